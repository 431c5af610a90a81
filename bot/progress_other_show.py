"""Another show said watched in a clause of its own, with no place of it: the place said next is that show's.

Said in words ("watching a different kdrama rn") or by its title, any title ("watching squid game, on s2 ep 5",
"rewatching squid game, s2e5", "viendo el juego del calamar, voy en la temporada 2 cap 5", "오징어게임 보는 중, 시즌2 5화",
"在看鱿鱼游戏，看到第二季第5集了": stop 48's leftovers), while "watching with my sister", "watching in bed" or "binging all
weekend" say how this show is watched and leave the place its own.

"在看别的剧，看到第二季第5集了" (watching another drama, got to season 2 episode 5), "最近在追《黑暗荣耀》，看到第二季第5集了"
(following The Glory lately, ...), "nonton drakor lain, udah season 2 ep 6", "watching a different kdrama rn, s2 ep 5":
the season and episode go on the sentence about that show, so reading them as this show's would save a place the fan
never said, past what they have seen once season 2 is out (watched27). A clause about another show that has a place
of its own ("2 eps left of squid game, on s2 ep 4") leaves the next one this show's, as before. Plain text in (a
clause as bot.progress_said.chat_free leaves it); nothing here knows the show's shape.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.other_works import OTHER_SHOWS
from bot.progress_lists import TICKS
from bot.season2.sources.other_titles import ABROAD_SHOW_NAME, EN_SHOW_NAME, KO_SHOW_NAME

# This show's own names in title marks ("《僵尸校园》看到第二季第5集了" is its place, said with its Chinese title).
_THIS_SHOW_TITLES = r"(?:僵尸校园|殭屍校園|僵屍校園|我们的学校|我們的學校|지금 ?우리 ?학교는|今、私たちの学校は|all of us are dead|aoad|estamos muertos|estamos mortos)"
# ... and every name the project knows it by, English, Korean, short and abroad ("aouad", "지우학", "Ngôi trường xác
# sống": other_titles' lists)
OWN_NAMES = rf"(?:{EN_SHOW_NAME}|{KO_SHOW_NAME}|\baoad\b|{_THIS_SHOW_TITLES[3:-1]}|{ABROAD_SHOW_NAME})"
# This show named as what is watched ("watching all of us are dead, ep 5", "im watching aoad ep 5", "rewatching aouad,
# on ep 3"), or its Korean name before its place ("지우학 5화까지 봤어"): the name is read past, so the place said is
# this show's, never another show's (its title is no other title).
_OWN_NAMED = compile_later(
    r"(\b(?:(?:re-?)?watching|binging|bingeing|binge watching|following|(?:re)?viendo|mirando|assistindo|nonton"
    rf"|regarde|schaue|guardando) ){OWN_NAMES}(?=[\s,.;:!、，]|$)|^(){KO_SHOW_NAME}(?=\s*(?:\d{{1,2}}\s*[화회]|시즌))",
    re.I,
)
_OTHER_KIND = (r"(?:show|series|drama|kdrama|k-drama|cdrama|c-drama|jdrama|j-drama|anime|sitcom|netflix show|tv show"
               r"|podcast|thing)")
_ANOTHER_SHOW = compile_later(
    # English: "watching a different kdrama rn", "also binging another show", "on some other series atm"
    r"^(?:(?:im|i am|i|also|currently|rn|now|recently|lately|been|ive been|started|just) )*"
    r"(?:watching|binging|bingeing|following|into|on|hooked on|started|starting|halfway through)"
    rf" (?:a|another|some|my other|a different|the other|this other|some other|other|a new) {_OTHER_KIND}"
    r"(?: (?:rn|now|atm|too|lol|right now|also|as well|lately|recently))*$"
    # Chinese: "在看别的剧", "最近在追《黑暗荣耀》", "也在刷另一部美剧" (a title in 《》 is another show's, never this one's)
    r"|^(?:我)?(?:最近|现在|現在|目前|也|还|還|同时|同時)*(?:在)?(?:看|追|刷)(?:着|著)?"
    r"(?:(?:别的|別的|另一部|其他|其它|另外一部|另外的)(?:剧|劇|美剧|美劇|日剧|日劇|韩剧|韓劇|动漫|動漫|番|电视剧|電視劇)"
    rf"|《(?!{_THIS_SHOW_TITLES}》)[^》]+》)(?:中|呢|了)?$"
    # Japanese and Korean: "別のドラマ見てる", "「イカゲーム」見てる", "다른 드라마 보는 중"
    r"|^(?:別の|他の|ほかの)(?:ドラマ|アニメ|作品|番組)(?:を)?(?:見て|観て)(?:る|いる|ます)$"
    rf"|^「(?!{_THIS_SHOW_TITLES}」)[^」]+」(?:を)?(?:見て|観て)(?:る|いる|ます)$"
    r"|^(?:나 |난 )?다른 (?:드라마|작품|애니|거) ?(?:보는 ?중|보고 ?있\w*)$"
    # Indonesian, Malay, Tagalog, Vietnamese, Turkish: "nonton drakor lain", "tengah tengok drama lain", "nanonood ng
    # ibang drama", "đang xem phim khác", "başka bir dizi izliyorum"
    r"|^(?:aku |gue |gw |saya |sy )?(?:lagi |sedang |tengah )?(?:nonton|tengok|tonton) (?:drakor|drama|film|anime|series|serial"
    r"|cerita) lain$"
    r"|^(?:nanonood|nanunuod|nanood) (?:ako )?ng ibang (?:drama|series|show|kdrama|anime)$"
    r"|^(?:mình |tôi |tui |em )?(?:đang )?(?:xem|coi) (?:phim|bộ) khác$|^başka (?:bir )?(?:dizi|anime) izliyorum$"
    # Spanish, Portuguese, French, German, Italian, Russian, Polish, Hinglish: "viendo otra serie", "assistindo outra
    # série", "je regarde une autre série", "ich schaue eine andere serie", "sto guardando un'altra serie", "смотрю
    # другой сериал", "oglądam inny serial", "doosra show dekh raha hoon"
    r"|^(?:(?:estoy|tô|to|estou) )?(?:viendo|mirando|vendo|assistindo) (?:otra|outra) (?:serie|série|novela|anime)$"
    r"|^(?:je )?regarde une autre (?:série|serie)$|^(?:ich )?(?:schaue|gucke|sehe) (?:gerade )?(?:eine )?andere serie$"
    r"|^(?:sto )?guardando un ?altra serie$|^смотрю (?:другой|ещё один|еще один) (?:сериал|аниме)$"
    r"|^oglądam (?:inny|jeszcze jeden) serial$|^(?:ek )?(?:doosra|dusra|aur ek) (?:show|drama|series) dekh (?:raha|rahi) (?:hoon|hu|hun)$"
)


# Another show named by its title as what is watched, in a clause of its own: "watching squid game", "binging stranger
# things rn", "hooked on the glory", "在看鱿鱼游戏", "오징어게임 보는 중", "イカゲーム見てる". Any title, not a list of
# them: the words after the verb are a title when none of them says how, when, with whom or what part of this show is
# watched ("watching with my sister", "watching at 2x speed", "watching it again", "rewatching s1", "watching rn").
_TITLE_WATCHED = compile_later(
    r"^(?:(?:im|i am|i|also|currently|rn|now|recently|lately|still|been|ive been|just|started|finally|and) )*"
    r"(?:watching|binging|bingeing|binge watching|following|hooked on|obsessed with|rewatching|re-watching"
    # ... and abroad: "viendo el juego del calamar", "assistindo round 6", "nonton squid game", "je regarde the glory"
    r"|(?:estoy |tô |to |estou )?(?:re)?(?:viendo|mirando|vendo|assistindo)|(?:lagi |sedang |tengah )?(?:nonton|tengok)"
    r"|(?:je )?(?:regarde|revois)|(?:ich )?schaue|(?:sto )?(?:ri)?guardando|(?:sto )?rivedendo|(?:nanonood|nanunuod) (?:ako )?ng)"
    r" ([a-zà-ÿ][a-zà-ÿ&:.-]*(?: [a-zà-ÿ][a-zà-ÿ&:.-]*){0,4}?)"
    # ... watched again: "watching kingdom again", "reviendo élite otra vez" (another show's rewatch, its place its own)
    r"(?: (?:again|once more|otra vez|de nuevo|outra vez|de novo|nochmal|noch mal|encore|di nuovo))?"
    r"(?: (?:rn|now|atm|too|lol|lmao|right now|also|as well|lately|recently))*$"
    # Chinese, Korean, Japanese: a title with no season, episode or pronoun in it, then the verb
    r"|^(?:我)?(?:最近|现在|現在|目前|也|还|還|同时|同時)*(?:在)?(?:看|追|刷)(?:着|著)?([\u4e00-\u9fff]{2,10})(?:中|呢)?$"
    r"|^(?:요즘 |나 |난 |나는 |저는 )?([가-힣]+(?: [가-힣]+){0,2}) (?:보는 ?중|보고 ?있\w*|정주행 ?중)$"
    r"|^([\u30a0-\u30ff\u4e00-\u9fff]{2,12})(?:を)?(?:見て|観て)(?:る|いる|ます)$"
)
# Words no title is made of, typed after "watching": how, when, with whom, which part, this show ("watching it again
# w my cousin", "rewatching before s2", "watching all of us are dead", "binging all weekend").
_NOT_TITLE_WORDS = frozenset(
    "it its this that these them thing show shows series season seasons ep eps episode episodes part finale ending"
    " premiere end rest whole first second third last next new same again over alone together with w without"
    " before after since until till by while when because bc cuz cause and or but so then rn now atm today"
    " tonight yesterday tomorrow late early all day days night nights weekend week morning evening nonstop hard slowly"
    " finally properly still instead time times speed dubbed dub subbed sub subs dubs subtitles netflix tv phone laptop"
    " ipad korean english aoad zombie zombies my our his her their your mom dad sister brother bf gf boyfriend"
    " girlfriend friend friends family cousin roommate roommates kids wife husband lol haha trailer trailers reaction"
    " reactions recap clips edits youtube tiktok live ahead behind back through thru up out down off im just"
    " already yet more too very really slow fast binge marathon everything everyday daily solo during between along"
    " secretly quietly crying sobbing screaming eating snacking story plot yay ugh omg bruh damn tbh ngl fr lowkey"
    " highkey literally honestly"
    # abroad: with, again, a season or an episode, my family, now ("viendo con mi novio", "nonton ulang", "schaue es
    # nochmal", "assistindo com minha irmã")
    " con com avec mit sama bareng dengan ulang lagi otra outra vez nuevo novo nochmal wieder encore ini itu sekarang"
    " serie série serial temporada staffel saison stagione capitulo capítulo cap episodio episódio folge épisode mi mis"
    " minha meu mon ma mes mein meine hermana hermano irmã irmão novio novia namorado namorada adik kakak pacar todo tudo"
    " toda hoy ahora agora maintenant jetzt oggi adesso ora otro outro drakor lain"
    # ... and how it is heard there, dubbed or subtitled ("je regarde en vf", "viendo doblada", "assistindo legendado"; in
    # which language or where, "en latino", "auf deutsch", "em casa", "di hp", opens with a word no title opens with, below)
    " vf vostfr vost vo doblada doblado subtitulada subtitulado dublado dublada legendado legendada".split()
)
# Words a title may hold but never open with ("alice in borderland", but "watching in bed"), and what alone is a
# pronoun ("viéndola": "viendo la", "schaue es")
_NOT_FIRST_WORDS = frozenset("in on at of to for from by into about like de da do del des du"
                             " en em na di auf sur dans".split())  # "viendo en latino", "assistindo em casa"
_PRONOUNS = frozenset("la lo le las los es sie ya".split())
# ...and in Chinese, Korean and Japanese, the characters that say a season, an episode, a rewatch or this show itself
_NOT_TITLE_CJK = compile_later(
    r"[季集话話部遍次完到第它这這那此剧劇番]|电视|電視|视频|視頻|直播|手机|手機"
    r"|시즌|[화회편]|다시|혼자|같이|이거|그거|넷플|드라마|정주행|지금|요즘|계속|열심히|밤새|누워서|친구|동생|언니|오빠|누나|형|엄마|아빠"
    r"|남친|여친|가족|랑|하고|티비|자막|더빙|シーズン|[期回]|これ|それ|また|一緒|今日|今夜|"
    + _THIS_SHOW_TITLES[3:-1]
)


def own_title_read_past(text: str) -> str:
    """`text` with this show's name taken off where it says only what is watched (see _OWN_NAMED), when a place is said
    beside it ("finished watching all of us are dead" is read whole, as before)."""
    if not any(char.isdigit() for char in text):
        return text
    return _OWN_NAMED.sub(lambda named: (named.group(1) or named.group(2) or "").rstrip(), text).strip()


# "squid game with subs, ep 4", "squid game, ep 4": a known other title alone in its clause (how or with whom it is
# watched beside it), so the place after it is that show's (watched48: it was read as this show's).
_OTHER_SHOW_ALONE = compile_later(rf"^(?:(?:im|i am|currently|now|still|rn) )*(?:(?:re)?watching |binging |bingeing )?(?:{OTHER_SHOWS})"
                                  r"(?: (?:s|season) ?\d{1,2})?(?: (?:with|w) (?:(?:eng(?:lish)? )?subs|subtitles|(?:the )?dub|my [a-z]+)| rn| now)*$", re.I)


def another_show_watched(clause: str) -> bool:
    """Whether a clause says only that its writer is watching another show (see the module's head)."""
    if _ANOTHER_SHOW.search(clause) is not None or _OTHER_SHOW_ALONE.match(clause) is not None:
        return True
    titled = _TITLE_WATCHED.search(clause)
    if titled is None:
        return False
    if (title := titled.group(1)) is not None:
        words = [word.strip("&:.-") for word in title.split()]
        return not (any(word in _NOT_TITLE_WORDS for word in words) or words[0] in _NOT_FIRST_WORDS
                    or (len(words) == 1 and (words[0] in _PRONOUNS or words[0].endswith("ly"))))  # "watching happily"
    title = next(group for group in titled.groups() if group is not None)
    return _NOT_TITLE_CJK.search(title) is None


# "ep 5 ✔️ (squid game)", "ep1 ✓ ep2 ✓ ep3 ✓ (kingdom rewatch)": a bracket naming another show, by a name no common
# word has or as what is watched again, says whose places those are (watched33: they were read past as a remark).
_BRACKET = compile_later(r"[(\[]([^)\]]*)[)\]]")
_OTHER_SHOW_NAMED = compile_later(OTHER_SHOWS, re.I)
_OWN_NAMED_ANYWHERE = compile_later(OWN_NAMES, re.I)
# "ep 5 done, of squid game", "ep 6 ke beech mein so gaya, squid game ka": the show named last, in a clause of its own.
_OTHER_SHOW_LAST = compile_later(rf"(?:^|[,;]|\s[-–—]\s)\s*(?:(?:of|from|de|del|da|do|von|di|ka|ki|ke) )?(?:{OTHER_SHOWS})"
                                 r"(?: (?:ka|ki|ke|s ?\d{1,2}|season \d{1,2}))?[\s.!]*$", re.I)
# "ep 1 ✓ ep 2 ✓ ep 3 ✓ - the glory", "cap 1 ✓ cap 2 ✓ (élite)": a check list labelled last with what it tracks.
_TICKED = compile_later(rf"[{TICKS}]")
_LABEL_LAST = compile_later(r"(?:\(([^()\d]+)\)|\s[-–—:]\s*([^()\d\-–—:]+))[\s.!]*$")
# "on ep 8 (kingdom)", "ep 6 - the glory": a known title that is also a common word (so no OTHER_SHOWS name), alone in
# brackets or after a dash right after the place, is that show's label; elsewhere it stays a word ("(moving scene)").
_COMMON_WORD_TITLES = r"(?:kingdom|the\s+glory|moving|[eé]lite)(?:\s+(?:s\d{1,2}|season\s*\d{1,2}|\d))?"
_TITLE_AFTER_PLACE = compile_later(rf"\d\s*(?:\(\s*{_COMMON_WORD_TITLES}\s*\)|\[\s*{_COMMON_WORD_TITLES}\s*\]"
                                   rf"|[-–—]\s*{_COMMON_WORD_TITLES})[\s.!]*$")
_TITLE_AGAIN = compile_later(r"^([a-zà-ÿ][a-zà-ÿ&:.'-]*(?: [a-zà-ÿ][a-zà-ÿ&:.'-]*){0,3}) (?:re-?watch(?:ing)?|again)$")


def another_show_aside(typed: str) -> bool:
    """Whether a bracket in `typed` names another show ("(squid game)", "(kingdom rewatch)"), or its last clause does
    ("ep 5 done, of squid game"): never this show's names, nor words that say how or when ("(late night rewatch)")."""
    folded = typed.casefold()
    if _OTHER_SHOW_LAST.search(folded) or _TITLE_AFTER_PLACE.search(folded):
        return True
    if _TICKED.search(typed) and (label := _LABEL_LAST.search(folded)) is not None:
        words = (label[1] or label[2]).split()
        if words and not _OWN_NAMED_ANYWHERE.search(" ".join(words)) and not any(
                word in _NOT_TITLE_WORDS or word in _NOT_FIRST_WORDS or not word.isalpha() or "watch" in word for word in words):
            return True  # (never a word of how or when: "(so good)", "- finally")
    for inner in _BRACKET.findall(folded):
        if _OWN_NAMED_ANYWHERE.search(inner):
            continue
        again = _TITLE_AGAIN.match(inner.strip())
        if _OTHER_SHOW_NAMED.search(inner) or (again is not None and not any(
                word in _NOT_TITLE_WORDS or word in _NOT_FIRST_WORDS for word in again[1].split())):
            return True
    return False
