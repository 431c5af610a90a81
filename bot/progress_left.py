"""What a fan says is still left to watch ("2 eps left", "only the finale left", "eps 10-12 to go", "시즌2 두 화 남았어"),
for bot.watched: the episode before the first one left is the last one watched. A count says how many, never which,
so it is counted back from a season's end only where that end is out and the season is known.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.lazy_re import compile_later
from bot.progress_hedged import count_left
from bot.progress_said import chat_free
from bot.show import Position, PositionError, ShowShape

# "only the last ep left", "8-12 left", "마지막 화만 남음": what is left runs to a season's end, so the episode
# before it is the last one watched. A count ("2 eps left", "12 left") says nothing of which: asked again.
_LEFT = compile_later(r"^(?:(?:i )?(?:only|just|still) (?:have )?)?(?:the )?(?P<said>.+?) (?:is |are )?(?:all (?:thats|that is|i have) )?"
                   r"(?:left|to go|remaining|na(?: lang)?)$"  # ("finale na lang": only the finale left)
                   r"|^(?P<ko>.+?) ?(?:만|이|가)? ?남(?:음|았어요?|았음|았다|았네)?$"
                   r"|^(?:(?:aku |gue |gw )?(?:tinggal|sisa) )(?P<id>.+?)(?: (?:lagi|aja|doang|saja))?$")  # "tinggal episode terakhir" (watched50)
# "finale na lang ng s2": what is left, then whose ("ng s2") said after "na lang" (watched50)
_LEFT_OF_AFTER = compile_later(r"^(?P<what>.+?) na(?: lang)? (?P<of>(?:ng|sa|of) .+)$")  # (chat_free: "na of season 2")
# "saving the finale for the weekend", "me guardo el último cap para el finde", "마지막화는 주말에 보려고 아껴둠": what is
# kept for a later day is what is left (watched49; "guardando o último ep pro fds", "最終話は週末にとっておく": watched50)
_SAVED = compile_later(r"^(?:i ?m |i am |i )?(?:saving|keeping) (?P<said>.+?) for (?:later|(?:the|this) weekend|tomorrow|tmrw|sunday|saturday"
                       r"|next week)$|^(?:me (?:guardo|estoy guardando)|(?:estoy )?guardando) (?P<es>.+?) (?:para el|pa el|pal) (?:finde|fin de semana|domingo"
                       r"|s[aá]bado)$|^me (?:guardo|estoy guardando) (?P<es2>.+?) para (?:ma[nñ]ana|despu[eé]s|luego)$|^(?:t[oô] |estou )?guardando (?P<pt>.+?) (?:pro|pra|para o) (?:fim de semana|fds|s[aá]bado|domingo)$"
                       r"|^(?:t[oô] |estou )?guardando (?P<pt2>.+?) (?:pra|para) (?:amanh[aã]|depois|mais tarde)$|^(?P<ko>.+?)(?:는|은) (?:주말에|내일|나중에) (?:보려고 |볼려고 )?아껴(?:둠|뒀어|두는 중|놨어|놓음)$"
                       r"|^(?P<ja>.+?)(?:は|を) ?(?:週末|明日|あと|後)(?:に|で|まで)? ?(?:取って|とって)(?:おく|ある|おいてる|る)$")
# "12 eps left", "all twelve episodes to go": how many are left, never which (all of a season left is none seen)
_COUNTED = compile_later(r"^(?:all |the last |last |only )?(?:\d{1,2}|[a-z]+) (?:more )?(?:episodes|eps)$")
_LEFT_RANGE = compile_later(r"^(?:(?:episodes|eps|ep|e) ?)?(\d{1,2}) ?(?:-|~|to|thru|through|and|&) ?(?:(?:episodes|eps|ep|e) ?)?(\d{1,2}) ?[화회편]?$")


# "시즌2 두 화 남았어", "시즌2는 3편 남음": the season said first in Korean, then what is left of it.
_KO_SEASON_FIRST = compile_later(r"^시즌 ?(?P<n>\d{1,2}) ?(?:은|는)? (?P<left>\S+ ?(?:편|화|회) ?(?:만)? ?남\w*)$"
                                 r"|^(?P<left2>\S+ ?(?:편|화|회) ?(?:만)? ?남\w*) 시즌 ?(?P<n2>\d{1,2})$")  # ... or after ("2화 남았다 시즌2")
# "2 eps left of s2", "3 eps left in season 2": a count left of the season named.
_NAMES_SEASON = compile_later(r"\b(?:s|season|part) ?\d|시즌|シーズン")
_OF_SEASON = compile_later(r" (?:of|in|sa|ng) (?:s|season) ?(\d{1,2})$")  # (Tagalog "2 na lang sa s2")
_MORE_LEFT = compile_later(r"^((?:only )?\d{1,2}) more (left|to go|remaining) (?=(?:of|in) )")
_COUNT_OF_SEASON = compile_later(r"^(?:i )?(?:(?:still |only )?(?:have|got) )?(?P<count>\S+ (?:more )?(?:eps?|episodes?)) (?P<of>(?:of|in) (?:s|season) ?\d{1,2})"
                                 r" (?P<left>left|to go|remaining)$")

# "2 eps to go before I start s2", "1 ep left then s2", "시즌2 보기 전에 두 화 남았어", "me faltan 2 caps para empezar la 2",
# "2 eps na lang bago s2", "tinggal 2 ep lagi sebelum s2", "faltam 2 eps pra começar a s2", "シーズン2の前にあと2話": a count
# left before a season is begun is of the season before it (watched41), never of the season named.
_BEFORE_SEASON = compile_later(
    r"(?i)(?<![\s,])[\s,]+(?:before|b4|until|till|til|then|and then)(?: i(?: can)?)? (?:start(?:ing)? |watch(?:ing)? |begin(?:ning)? "
    r"|get(?:ting)? to |mov(?:e|ing) on to |go(?:ing)? (?:on )?to |on ?to )?(?:the )?(?:s|season) ?(?P<en>\d{1,2})[\s!.]*$"
    r"|^시즌 ?(?P<ko>\d{1,2}) ?(?:을|를)? ?(?:보기|시작하기|들어가기)? ?전에?\s*"
    r"|(?<![\s,])[\s,]+(?:para|pa|antes de) (?:(?:empezar|comenzar|ver|pasar a) (?:con )?)?la (?:temporada |t|s)?(?P<es>\d{1,2})[\s!.]*$"
    r"|(?<![\s,])[\s,]+(?:luego|despu[eé]s|y luego|y despu[eé]s) la (?:temporada |t|s)?(?P<es2>\d{1,2})[\s!.]*$"  # ("..., luego la s2": watched56)
    r"|(?<![\s,])[\s,]+bago (?:ko )?(?:simulan |panoorin )?(?:ang |ng )?(?:s|season) ?(?P<tl>\d{1,2})[\s!.]*$"
    r"|(?<![\s,])[\s,]+(?:sebelum|(?:abis|habis|setelah) itu|terus|baru) (?:mulai |nonton |lanjut (?:ke )?)?(?:s|season|musim) ?(?P<id>\d{1,2})[\s!.]*$"
    r"|(?<![\s,])[\s,]+(?:pra|para|antes d[ae]) (?:(?:começar|comecar|ver|assistir) )?(?:a )?(?:s|temporada )?(?P<pt>\d{1,2})[\s!.]*$"
    # ("faltam 2 eps pra s2", "còn 2 tập nữa là tới s2", "あと2話でs2", "2화 남았다 시즌2 전에", "อีก 2 ตอนจะถึง ss2": watched58)
    r"|(?<![\s,])[\s,]+(?:nữa )?(?:là|rồi|thì) (?:tới|đến|sang|qua) (?:s|season|phần) ?(?P<vi>\d{1,2})[\s!.]*$"
    r"|(?<=[話回])で ?(?:s|シーズン) ?(?P<ja2>\d{1,2})[\s!.。]*$|(?<![\s,])[\s,]+시즌 ?(?P<ko3>\d{1,2}) ?(?:보기 |시작하기 |들어가기 )?전에?[\s!.]*$"
    r"|\s*จะ\s*ถ\u0e36?ง\s*(?:ss|s|ซีซั่น|ซีซัน|season) ?(?P<th>\d{1,2})[\s!.]*$"
    r"|(?<![\s,])[\s,]+그 ?다음(?:에)? 시즌 ?(?P<ko2>\d{1,2})[\s!.]*$"  # ("마지막화 남음, 그다음 시즌2": watched56)
    r"|^シーズン ?(?P<ja>\d{1,2}) ?(?:を見る|に入る|を見始める)?の?前に[、,\s]*"
    r"|^(?:s|season) ?(?P<lead>\d{1,2}) next[\s,]+(?:but |tho |though )?")  # ("s2 next but i still have the finale": watched57)
# What is left said before a season to come: "1 more ep then s2" (alone, "1 more ep" may be a binge's plan), "i still have
# the finale" (watched57); read only beside the season to come, which says the season before it is not done.
_MORE_BEFORE = compile_later(r"^(?:just |only )?(\d{1,2}|one|two|three) more(?: (?:episodes?|eps?))?$|^อก ?(\d{1,2}) ?ตอน$")  # (Thai "อีก 2 ตอน", bare)
_STILL_HAVE = compile_later(r"^(?:i |we )?(?:still|only|just) (?:have|got) (?:the )?(?P<said>.+?)(?: (?:to watch|to go|left))?$")


def before_a_season(text: str) -> tuple[str, int | None]:
    """`text` without a season said still to begin after a count left, and the season the count is of (the one before)."""
    found = _BEFORE_SEASON.search(text)
    season = None if found is None else int(next(g for g in found.groups() if g is not None))
    if found is None or season is None or season < 2:
        return text, None
    return (text[:found.start()] + text[found.end():]).strip(), season - 1


def first_left(text: str, shape: ShowShape, now: dt.datetime, read: Callable[[str], Position], of: int | None = None
               ) -> Position | None:
    """The first episode `text` says is still left to watch (None: no such end said). A count ("2 left") counts back
    from the end of season `of` (or the season named, or season 1 while it is the only one out); what is named left
    ("the finale", "eps 10-12") is read by `read` (bot.watched's reading of one clause) and must run to its season's
    end."""
    text, before = before_a_season(text)
    of = of if before is None else before
    if before is not None:
        text = _MORE_BEFORE.sub(lambda found: f"{found[1] or found[2]} eps left", chat_free(text))
    free = _COUNT_OF_SEASON.sub(r"\g<count> \g<left> \g<of>", chat_free(text))  # "2 eps of s2 left": "2 eps left of s2"
    free = _KO_SEASON_FIRST.sub(lambda found: f"{found['left'] or found['left2']} of s{found['n'] or found['n2']}", free)
    named = _OF_SEASON.search(free)
    if named is not None:  # "2 more to go in s2": the season said, the count is of its episodes (alone it may be days)
        free = _MORE_LEFT.sub(r"\1 more eps \2 ", free)
        named = _OF_SEASON.search(free)
    counted = count_left(free if named is None or named[1] == "1" else free[:named.start()])
    if counted is not None:  # "2 left": counted back from the end, while season 1 is the only season out to count in
        season = (of or 1) if named is None else int(named[1])
        episodes = len(shape.episodes_in(season))
        out = shape.last_released(now)
        if (named is None and of is None and out.season != 1) or not 1 <= counted <= episodes or shape.last_of(season) > out:
            return None  # a season not out, or not all out: its end is not what is left before
        return Position(season, episodes - counted + 1)
    free = _LEFT_OF_AFTER.sub(r"\g<what> \g<of> na lang", chat_free(text))
    found = _LEFT.match(free) or _SAVED.match(free) or (None if before is None else _STILL_HAVE.match(free))
    said = None if found is None else next(g for g in found.groups() if g is not None).strip()
    if not said or said.isdigit() or _COUNTED.match(said):
        return None
    ranged = _LEFT_RANGE.match(said)
    # (what is left before a season to come is in the season before it: "the finale left then s2" is season 1's)
    within = "" if before is None or _NAMES_SEASON.search(said) else f"s{before} "
    try:
        first = read(f"{within}ep {ranged[1]}" if ranged else within + said)
        last = read(f"{within}ep {ranged[2]}") if ranged else first
    except PositionError:
        return None
    if first > last or first.season != last.season or last != shape.last_of(last.season):
        return None
    return first
