"""Another show's season asked about ("when's the new season of squid game", "is stranger things s5 out", "kingdom
season 3 when", "오징어게임 시즌3 언제 나와", "cuándo sale la nueva temporada de el juego del calamar"): hyosan knows
one show, so it says so in the asker's language, never with our season 2's date or news.

A scene or an episode OF another work is theirs too ("the rain scene in squid game what ep", "which ep of sweet home
is the fire hose scene", "when do they get on the train in train to busan"): never our episode that shares its words,
unless the question compares ours with it ("what ep does cheongsan say it's like train to busan").

Only a season OF the other work counts: the title with a season's number beside it, "the new/next season of" the
title, or the title coming out or renewed. A question that names our show, or links the other work's people to
ours ("which squid game actors are in season 2", "who from squid game is in s2"), is ours and read as before.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.asker_language import asker_language
from bot.lore.answer.result import CAPABILITIES, Answer, Part
from bot.lore.names import NameResolver
from bot.lore.other_works import OTHER_WORKS

# Titles as fans abroad write them (the Latin-letter ones are OTHER_WORKS)
_TITLES_ABROAD = (r"(?:오징어\s?게임|킹덤|스위트\s?홈|부산행|지옥|기묘한\s?이야기|종이의\s?집|워킹\s?데드|라스트\s?오브\s?어스"
                  r"|イカゲーム|キングダム|ストレンジャー・?シングス|鱿鱼游戏|魷魚遊戲|怪奇物语|王国|甜蜜家园"
                  r"|(?:el )?juego del calamar|round 6|la casa de papel)")
# Series fans wait seasons of that no source of ours names (OTHER_WORKS holds those our records compare with)
_SERIES = (r"(?:wednesday|bridgerton|the witcher|alice in borderland|extraordinary attorney woo|physical 100|one piece"
           r"|the boys|cobra kai|outer banks|emily in paris|the umbrella academy|arcane|the sandman|3 body problem)")
_WORK = rf"(?:{OTHER_WORKS}|{_TITLES_ABROAD}|{_SERIES})"
_NUMBERED = (r"(?:(?:season|seasons|s|part|parte|partie|teil|bagian|temporada|temp|saison|staffel|musim|시즌|シーズン)\s*\d+"
             r"|第\s*[\d一二三四五六七八九十]+\s*[季部])")
# An actor's own next work, unnamed ("cho yi hyun new drama season 2 when", "her other show s2"): never ours
_THEIR_WORK = (r"(?<!the )(?<!this )(?<!that )(?<!our )(?:new|next|other|latest|upcoming)\s+"
               r"(?:drama|k-?drama|movie|film|series|show)")
_NEW = r"(?:new|next|latest|upcoming|third|fourth|fifth|nueva|nova|próxima|proxima|siguiente|새|다음|新)"
# What follows "season of" without naming another work: ours, under the names fans use, or a time
_NOT_A_TITLE = (r"(?:(?:the|this|that|our|ur|your|its)\s+(?:(?:netflix|korean|zombie)\s+)?"
                r"(?:show|series|k-?drama|drama|one|thing)\b"
                r"|(?:the\s+)?(?:all\s+of\s+us|aou?a?d\b|aoud\b|zombie|jugeun|now\s+at\s+our|webtoon|hyosan)"
                r"|(?:it|this|that|ours|2nd|next)\b|\d"
                # our show described, not named, within the next few words ("the school zombie show", "the high
                # school zombie drama", "zombies at school", "the korean zombie series")
                r"|(?:[\w'’-]+\s+){0,4}?(?:zombies?|school|hakgyo\w*|jigeum|k-?drama|halfbies?)\b)")
_OTHER_SEASON = compile_later(
    rf"{_WORK}['’]?s?\s*(?:{_NUMBERED}|\d+\s*(?:기|季)|{_NEW}\s*(?:season|temporada|시즌)"
    rf"|(?:season|temporada)\s+{_NEW})(?![a-z0-9-])"
    rf"|(?:{_NUMBERED}|{_NEW}\s+(?:season|temporada))\s+(?:of|de|da|do|del|von|dari)\s+(?:the\s+)?{_WORK}"
    # coming out or back, renewed ("is squid game renewed", "when is kingdom coming back", "squid game 3 when"), never
    # a work's past ("did train to busan come out before the webtoon")
    rf"|{_WORK}\s+(?:is\s+|will\s+be\s+|getting\s+|get\s+)?(?:com(?:e|es|ing)\s+back|coming\s+out|returns?|returning"
    r"|renewed|out\s+yet|cancell?ed)\b"
    rf"|\b{_THEIR_WORK}['’]?s?\s*{_NUMBERED}(?![a-z0-9-])"
    rf"|{_WORK}\s+[2-9]\s+(?:(?:is\s+)?com\w*|releas\w*|drop\w*|out|when|trailer|date)\b"
    # "did they renew squid game", "was kingdom renewed", "will kingdom get a season 3", "is the new squid game season out"
    rf"|\brenew(?:ed|ing)?\s+{_WORK}|{_WORK}\s+(?:been|was|got|gets)\s+renewed"
    rf"|{_WORK}\s+(?:get|gets|getting|have|has|having)\s+(?:a\s+|another\s+|any\s+)?(?:{_NEW}\s+)?(?:season|seasons|s\d)"
    rf"|\b{_NEW}\s+{_WORK}\s+(?:season|temporada|시즌)"
    rf"|\b(?:season|musim)\s+(?:baru|terbaru|selanjutnya|berikutnya)\s+{_WORK}"  # "kapan season baru squid game"
    # a title no list holds, after "the new season of" or "season 3 of" ("when's the new season of wednesday"), unless
    # it is ours or no title at all ("the new season of the show", "season 2 of aouad", "season 2 of 2027")
    rf"|\b(?:{_NEW}\s+season|season\s*\d+)\s+of\s+(?!{_NOT_A_TITLE})[a-z]",
    re.I)
# What every reading above and below needs somewhere in the text (a work, an actor's own next work, or "season N of"):
# one cheap search first, as most questions name none, before the dozen alternatives each try a title at every place
_ANY_WORK = compile_later(rf"{_WORK}|\b{_THEIR_WORK}|season\s*\d*\s+of\b", re.I, prefilter=True)
# A scene or an episode asked "in"/"of" another work, or the work's own scene named ("kingdom s2 rain scene")
_SCENE_WORDS = r"(?:ep|eps|episode|episodes|scene|scenes|part)\b|when\s+(?:do|does|did)\s+(?:they|he|she)\b"
_OTHER_SCENE = compile_later(
    rf"\b(?:{_SCENE_WORDS}).*?\b(?:in|of|from)\s+(?:the\s+)?{_WORK}(?![\w-])"
    rf"|\b(?:in|of|from)\s+(?:the\s+)?{_WORK}\b.*?\b(?:{_SCENE_WORDS})"
    rf"|{_WORK}\s*(?:{_NUMBERED}\s+)?(?:[^\s?!.]+\s+){{0,3}}(?:scenes?\b|장면)"
    # its finale or last episode ("is the squid game finale out march 12", "stranger things' last ep"): never ours
    rf"|{_WORK}['’]?s?\s*(?:{_NUMBERED}\s+)?(?:finale|(?:last|final)\s+(?:episode|ep)s?)\b"
    rf"|\b(?:finale|(?:last|final)\s+(?:episode|ep))\s+(?:of|in)\s+(?:the\s+)?{_WORK}(?![\w-])", re.I)
# The other work missing from the asker's Netflix ("why is squid game not on my netflix", "kingdom isn't on netflix
# anymore"): where it streams is no fact of ours, least of all its viewing figures
_NOT_ON_NETFLIX = compile_later(rf"{_WORK}\s+(?:is\s*n[o']?t|is\s+not|not|isnt|gone|removed|missing)\b(?:\s+[\w']+){{0,2}}"
                                rf"\s+(?:on|from)\s+(?:my\s+|our\s+|the\s+)?netflix", re.I)
# Ours compared with it ("what ep does cheongsan say it's like train to busan", "the squid game reference")
_COMPARED = compile_later(rf"\b(?:like|reference[sd]?|referencing|mentions?|mentioned|says?|said|compares?|compared|homage|"
                          rf"nod|nods|talks?\s+about|calls?)\b(?:\s+(?:to|it|its|it's|this|the))*\s+(?:the\s+)?{_WORK}", re.I)
# The other work's cast named ("the squid game actors in s2"): a question about people, not its scenes
_CAST = r"actors?|actress(?:es)?|cast|players?|stars?"
_CAST_WORDS = compile_later(rf"\b(?:{_CAST})\b", re.I)
# Someone of ours known from the other work ("what ep does the girl from squid game die", "lee yoo mi from squid game")
_KNOWN_FROM = compile_later(rf"(?:\b[\w'-]+\s+from|\b(?:girl|guy|boy|one|lady|woman|man|dude|kid|person|actor|actress)\s+in"
                            rf"|\bwho\s+(?:was|is|played|plays)\s+in)\s+(?:the\s+)?{_WORK}"
                            rf"(?!\s+(?:{_NUMBERED}\s+)?(?:[\w'-]+\s+){{0,2}}scenes?\b)", re.I)
# Our own show named: the question is ours ("is aouad s2 coming before squid game s3")
_OURS = compile_later(r"\b(?:all of us are dead|aouad|aoad|jigeum\s*uri\s*hakgyo\w*)\b|지금\s?우리\s?학교는|지우학|今、私たちの学校は|僵尸校园|殭屍校園",
                      re.I)
# One of our people's other work ("cho yi hyun new drama season 2 when"): their name does not make the season ours
_THEIR_OTHER_WORK = compile_later(r"\b(?:new|next|other|another|latest|upcoming)\s+(?:k-?)?(?:dramas?|shows?|series|films?|movies?)\b",
                                  re.I)
# What "from"/"in" the work may follow that is no one ("the rain scene from squid game", "what ep in hellbound")
_NO_ONE = compile_later(r"(?:scenes?|ep|eps|episodes?|part|what|which|when)\b", re.I)
# The other work's people linked to ours: "which squid game actors are in season 2", "any squid game actors in s2"
_PEOPLE = compile_later(rf"\b(?:{_CAST}|who|people|girl|guy)\b", re.I)
# Someone asked for inside the other work, by a role or a deed, never by a name of ours ("who is the villain in squid
# game season 2", "who lost an eye in squid game", "¿quién es el villano de squid game 2?"): that work's, not ours
_WHO_IN_WORK = compile_later(rf"\b(?:who|qui[eé]n|quem|sino|siapa)\b.*?\b(?:in|of|de|del|da|do|sa|ng|di)\s+(?:the\s+)?{_WORK}(?![\w-])",
                             re.I)
# ... unless being in it is what is asked ("who else was in squid game", "who here also starred in kingdom")
_BEING_IN = compile_later(rf"\b(?:was|were|is|are|been|played|plays|starred|appear\w*|acted)\s+(?:also\s+)?in\s+(?:the\s+)?{_WORK}",
                          re.I)
# A role held in the other work, said as its own ("is the squid game villain in aouad season 2"): that work's
# villain, never ours, even where our show is named too
_THEIR_ROLE = compile_later(rf"\bthe\s+{_WORK}(?:'s)?\s+(?:main\s+)?(?:villain|bad\s?guy|antagonist|big\s+bad|protagonist|hero|"
                            r"main\s+character)\b", re.I)

_ONLY_OURS = {
    "en": "I only know All of Us Are Dead, so I can't tell you about another show's seasons. "
          f"I can answer questions about {CAPABILITIES}.",
    "ko": "저는 '지금 우리 학교는'만 알아요. 다른 작품의 시즌은 알려 드릴 수 없어요.",
    "ja": "私が知っているのは『今、私たちの学校は…』だけなので、ほかの作品のシーズンについてはお答えできません。",
    "zh": "我只了解《僵尸校园》，无法回答其他剧集的季度问题。",
    "es": "Solo conozco All of Us Are Dead, así que de las temporadas de otra serie no sé nada: es la única serie de "
          "la que tengo fuentes.",
    "pt": "Eu só conheço All of Us Are Dead, então não sei nada das temporadas de outra série: é a única série de que "
          "tenho fontes.",
    "id": "Aku cuma tahu All of Us Are Dead, jadi soal season serial lain aku tidak bisa jawab: sumberku hanya tentang "
          "serial ini.",
    "de": "Ich kenne nur All of Us Are Dead, deshalb kann ich über die Staffeln einer anderen Serie nichts sagen.",
}
_ONLY_OURS_SCENES = {
    "en": "I only know All of Us Are Dead, so I can't tell you about another show's scenes or episodes. "
          f"I can answer questions about {CAPABILITIES}.",
    "ko": "저는 '지금 우리 학교는'만 알아요. 다른 작품의 장면이나 회차는 알려 드릴 수 없어요.",
    "ja": "私が知っているのは『今、私たちの学校は…』だけなので、ほかの作品の場面や話数についてはお答えできません。",
    "zh": "我只了解《僵尸校园》，无法回答其他剧集的场景或集数问题。",
    "es": "Solo conozco All of Us Are Dead, así que de las escenas o capítulos de otra serie no sé nada.",
    "pt": "Eu só conheço All of Us Are Dead, então não sei nada das cenas ou episódios de outra série.",
    "id": "Aku cuma tahu All of Us Are Dead, jadi soal adegan atau episode serial lain aku tidak bisa jawab.",
    "de": "Ich kenne nur All of Us Are Dead, deshalb kann ich über Szenen oder Folgen einer anderen Serie nichts sagen.",
}


_ONLY_OURS_SHOW = {
    "en": f"I only know All of Us Are Dead, so I can't tell you about another show. I can answer questions about "
          f"{CAPABILITIES}.",
    "ko": "저는 '지금 우리 학교는'만 알아요. 다른 작품은 알려 드릴 수 없어요.",
    "ja": "私が知っているのは『今、私たちの学校は…』だけなので、ほかの作品についてはお答えできません。",
    "zh": "我只了解《僵尸校园》，无法回答其他剧集的问题。",
    "es": "Solo conozco All of Us Are Dead, así que de otra serie no sé nada.",
    "pt": "Eu só conheço All of Us Are Dead, então não sei nada de outra série.",
    "id": "Aku cuma tahu All of Us Are Dead, jadi soal serial lain aku tidak bisa jawab.",
    "de": "Ich kenne nur All of Us Are Dead, deshalb kann ich über eine andere Serie nichts sagen.",
}


def names_other_work(text: str) -> bool:
    """Whether `text` names another work or an actor's other one ("did the sweet home date leak")."""
    return _ANY_WORK.search(text) is not None


def other_show_season(cleaned: str, text: str, resolver: NameResolver) -> Answer | None:
    """The "I only know All of Us Are Dead" answer when `text` (or the typed `cleaned`) asks about another work's
    season, scene or episode; None when it does not, or when the question is ours after all (our show, or one of its
    people, named: "when is season 2 of cheongsan and onjo coming")."""
    if not (_ANY_WORK.search(text) or _ANY_WORK.search(cleaned)):
        return None
    # an asker's language with no sentence here (French, Tagalog) is answered in English, never a traceback
    lang = found if (found := asker_language(cleaned)) in _ONLY_OURS else "en"
    if _THEIR_ROLE.search(text) or _THEIR_ROLE.search(cleaned):
        return Answer(cleaned, False, [Part(_ONLY_OURS_SHOW[lang], lang=lang)], "unknown")
    if _OURS.search(cleaned) or _OURS.search(text):
        return None
    if (any(_OTHER_SEASON.search(t) for t in (text, cleaned)) and not _PEOPLE.search(text)
            and not (resolver.mentions(text) and not _THEIR_OTHER_WORK.search(text))):
        return Answer(cleaned, False, [Part(_ONLY_OURS[lang], lang=lang)], "unknown")
    if (any(_OTHER_SCENE.search(t) for t in (text, cleaned)) and not _COMPARED.search(text)
            and not _CAST_WORDS.search(text) and not _known_from(text)):
        return Answer(cleaned, False, [Part(_ONLY_OURS_SCENES[lang], lang=lang)], "unknown")
    if ((any(_NOT_ON_NETFLIX.search(t) for t in (text, cleaned)) or _who_in_work(text) or _who_in_work(cleaned))
            and not resolver.mentions(text)):
        return Answer(cleaned, False, [Part(_ONLY_OURS_SHOW[lang], lang=lang)], "unknown")
    return None


def _known_from(text: str) -> bool:
    """Whether the other work only says who is meant: a person "from"/"in" it ("the girl from squid game"), never
    a scene "in" it ("the rain scene in squid game", "what ep in hellbound do they use the speakers")."""
    known = _KNOWN_FROM.search(text)
    return known is not None and _NO_ONE.match(known.group(0)) is None


def _who_in_work(text: str) -> bool:
    """Whether `text` asks who, in the other work, holds a role or did a deed (never who of ours was in it: "who was
    in squid game", "the girl from squid game", "which squid game actors")."""
    return (_WHO_IN_WORK.search(text) is not None and _KNOWN_FROM.search(text) is None
            and _CAST_WORDS.search(text) is None and _COMPARED.search(text) is None and _BEING_IN.search(text) is None)
