"""Vietnamese chat said the lexicon's way, for the spoiler lexicon (bot/lore/lexicon_typos.in_latin): Vietnamese is
spaced and writes the characters' names in Latin letters, so only its words need saying ("bố của Onjo hy sinh": On-jo's
dad sacrificed himself)."""

from __future__ import annotations

import re

from bot.lore.lexicon_words import WORD_END as _E
from bot.lore.lexicon_words import WORD_START as _B

_VIET_WORDS: tuple[tuple[str, str], ...] = (
    (r"(?:bố|ba|cha) (?:của )?([\w-]+)", r"\1's dad"),
    (r"mẹ (?:của )?([\w-]+)", r"\1's mom"),
    (r"cô (?:giáo )?park", "ms park"),  # the homeroom teacher ("cô park bị zombie cắn")
    (r"bị (?:zombie|xác sống) cắn", "got bitten"),  # a zombie's bite, no one's named
    (r"bị (?:con )?(?:muỗi|chó|mèo|ong|kiến|rắn)(?: cắn| đốt)", "got bitten by an animal"),  # a mosquito's, a dog's
    (r"bị ([\w-]+) cắn", r"got bitten by \1"),  # not "bị muỗi cắn": a mosquito is no one of the pack's
    (r"công trường", "the construction site"),
    (r"thầy (?:giáo )?(?:dạy )?(?:khoa học|sinh học|hóa học)", "the science teacher"),
    (r"(?:đồn|sở) cảnh sát", "the police station"),
    (r"(?:lên|học|ở(?: trường)?|trường) đại học", "at uni"),
    (r"tập (\d{1,2})", r"ep \1"),  # an episode ("tập 4 duseok xuất hiện"; not "tập cuối", the last: read in its phrase)
    (r"(?:phần|mùa) 2", "season 2"),
    # ("dễ thương chết đi được", "mệt chết mất": cute, tired to death)
    (r"(?<!cười )(?<!thương )(?<!yêu )(?<!mệt )(?<!đói )(?<!xinh )(?<!trai )(?<!cute )"
     r"chết(?! (?:lặng|cười|mê|đói|máy|pin|đi được|vì (?:dễ thương|đáng yêu|cute|đẹp trai|xinh|cười|ngại)))"
     r"|(?<!tôi )(?<!mình )(?<!thoại )(?<!máy )(?<!pin )toang(?: rồi)?|qua đời",
     "died"),  # (not dying of cuteness or of laughter, "cười chết mất"; not the writer's or a phone's "toang")
    # "sống sót" (survived), "còn sống" (still alive); "Hari sống, còn Woo-jin thì không": a name then "lives" ending its
    # clause (not "sống ở Hà Nội", lives in Hanoi, nor "cuộc sống", life)
    (r"(?:những )?người sống sót", "the survivors"),
    # "sống tới cuối" (lives to the end), "suhyeok có sống không?" (does he live?; not "sống không nổi", can't stand it)
    (r"(?:(?:còn|vẫn) )?sống (?:tới|đến) (?:cuối(?: phim)?|hết phim|tập cuối)", "survive to the end"),
    (r"(?:sống sót|(?:còn|vẫn) sống)(?: (?:không|ko|hông)(?=\s*(?:[?？.!]|$)))?", "survived"),  # (and asked: "... không?")
    (r"([\w-]+) sống(?=\s*(?:[,.!;]|$))", r"\1 survived"),
    (r"sống (?:không|ko|hông)(?=\s*(?:[?？.!]|$))", "survive"),
    (r"hy sinh", "sacrificed themselves"),
    (r"bị cắn", "got bitten"),
    (r"cắn", "bit"),
    (r"(?:biến )?thành (?:nửa zombie|nửa xác sống)|nửa zombie|nửa xác sống", "halfbie"),
    (r"(?:biến )?thành (?:zombie|xác sống)", "turned into a zombie"),
    (r"nhà thi đấu|phòng thể dục", "the gym"),
    (r"thư viện", "the library"),
    (r"hôn", "kissed"),
)
_VIET = re.compile(_B + "(?:" + "|".join(f"(?P<w{n}>{w})" for n, (w, _) in enumerate(_VIET_WORDS)) + ")" + _E, re.I)
_VIET_CHEAP = re.compile(r"chết|toang|qua đời|sống|hy sinh|cắn|nửa|thư viện|thi đấu|thể dục|của|hôn|bố|mẹ|công trường|thầy|cảnh sát|đại học"
                         r"|phần 2|mùa 2|tập \d")


def said_as(words: tuple[tuple[str, str], ...], match: re.Match[str]) -> str:
    """The lexicon's words for the phrasing matched (a name it holds, group 1 of that phrasing, put in its place)."""
    name = match.lastgroup or "w0"  # the phrasing's own group (named: its inner groups shift the numbers)
    pattern, meant = words[int(name[1:])]
    inner = re.match(pattern, match.group(name), re.I)
    return f" {inner.expand(meant) if inner else meant} "


def vietnamese_said(text: str) -> str:
    """`text` with its Vietnamese event words said as the lexicon reads them (unchanged when it has none)."""
    if _VIET_CHEAP.search(text.lower()):
        return _VIET.sub(lambda m: said_as(_VIET_WORDS, m), text)
    return text
