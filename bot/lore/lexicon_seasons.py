"""Episodes of later seasons named outright ("S2E3", "season 2 episode 3", "2x03", "episode 3 of
season 2", "the season 2 premiere"). The pack knows no event of those seasons, so a plot word, a
reaction or a season-1 character said with one gives away the episode named (lexicon._episodes):
"Ha-ri gets bitten in S2E3" spoils season 2, episode 3, never nothing.

A later season named without an episode ("Su-hyeok turns into a zombie in season 2", "next season",
"시즌2에서", "the s2 finale") may tell any of its episodes, the last included: it spoils the whole
season (`whole_season`), read as its last known episode where the show's shape lists it (`as_listed`)
and as after every episode of the season before where it does not.

Season 2's week in Spanish, Portuguese, French, Korean, Tagalog and Indonesian fan chat (`returns_said`;
lexicon_typos says these phrasings the lexicon's way before a text is read): a return ("¡¡VOLVIÓ CHEONGSAN!!", "o cheongsan voltou",
"cheongsan est de retour", "VUELVE CHEONGSAN", "a volta do cheongsan"; "no volvió" is never coming back), alive still
("sigue vivo", "est toujours vivant"), the later season named ("en la t2", "na 2ª temporada",
"dans la saison 2"), a state kept into it ("sigue siendo mitad zombi", "est toujours une mi-zombie"), On-jo's university, the
next trailer ("en el tráiler", "di teaser", "nasa teaser"), and the season-1
words said beside them ("teve que matar ele", "não tinha morrido", "a survécu", "la mort du père d'onjo").

The season said after its event, in the message's next sentence ("HARI IS PREGNANT??? SEASON 2 WHAT", `told_of_season`),
and the season-2 words the lexicon reads a text with (`SEQUEL`: "AOUAD 2"; `A_ROLE`: On-jo's university, a role there)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.lore.lexicon_anchors import TITLES
from bot.lore.lexicon_subjects import Mentions
from bot.lore.lexicon_words import EPISODE_REF, NUMBER_WORDS, TOLD_ON
from bot.lore.lexicon_words import GROUPS as SCAN_GROUPS
from bot.show import NOTHING, Position, ShowShape
from bot.text import ORDINAL_WORDS

_SEASON = r"s(?:eason)?\s*0?([2-9])"
_EP = r"(?:e|ep|eps|episode)s?\s*\.?\s*#?0?"
_ORDINALS = {word: n for word, n in ORDINAL_WORDS.items() if n <= 10}  # "first" to "tenth"
#: A later season's episode as fans name one: each form's season and episode in groups sN and eN (episode 1 for a premiere,
#: `WHOLE` for a finale or a later part's episode, whichever episode that turns out to be: `NAMED_WHOLE`). Spanish, Portuguese and Indonesian forms arrive said
#: as "ep 3 de la t2" / "ep 3 da season 2" (lexicon_typos: "capítulo 3", "2ª temporada").
_LATER_EPISODE = re.compile(
    rf"(?<![\w-])(?:s(?:eason)?\s*0?(?P<s1>[2-9])\s*[,:の]?\s*{_EP}(?P<e1>\d{{1,2}})"  # S2E3, season 2, ep 3, S02E03
    r"|(?P<s2>[2-9])x(?P<e2>\d\d)"  # 2x03 (not "8x8": a board)
    r"|t0?(?P<s3>[2-9])\s*e0?(?P<e3>\d{1,2})"  # T2E4 (Spanish and Portuguese "temporada")
    rf"|{_EP}(?P<e4>\d{{1,2}})\s+\(?(?:(?:of|in|from|de|da|do|del|di|ng|sa)\s+)?(?:(?:the|la|a)\s+)?"
    r"(?:s(?:eason)?\s*0?(?P<s4>[2-9])|t(?P<s4b>[2-9]))"  # episode 3 of season 2, eps 4 season 2, ep 3 de la t2
    rf"|(?P<o5>{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+ep(?:isode)?\s+(?:of|in)\s+(?:the\s+)?s(?:eason)?\s*0?(?P<s5>[2-9])"
    rf"|season\s+(?P<s6>two|three)\s*,?\s*(?:episode\s+|ep\.?\s*)(?P<w6>{'|'.join(NUMBER_WORDS)}|\d{{1,2}}(?!\d))"  # season two ep 4
    rf"|(?:the\s+)?s(?:eason)?\s*0?(?P<s7>[2-9])\s*(?:premiere|opener|first\s+ep(?:isode)?)"  # the season 2 premiere
    rf"|(?:the\s+)?s(?:eason)?\s*0?(?P<s8>[2-9])\s*(?:finale|(?:last|final)\s+ep(?:isode)?)"  # the s2 finale
    r"|(?:the\s+|el\s+|o\s+)?(?:finale|(?:last|final)\s+ep(?:isode)?|final)\s+(?:of|de|da|do)\s+(?:the\s+|la\s+|a\s+)?"
    r"(?:s(?:eason)?\s*0?(?P<s9>[2-9])|t(?P<s9b>[2-9])))(?![\w-])"  # the finale of season 2, el final de la t2
    r"|(?:(?:시즌\s*0?|지우학\s*)(?P<s10>[2-9])|(?P<s10b>[2-9])\s*기)\s*(?P<e10>\d{1,2})\s*화|시즌\s*0?(?P<s11>[2-9])\s*(?:마지막\s?화|최종화|막화)"
    r"|シーズン\s*(?P<s12>[2-9])\s*の?\s*第?\s*(?P<e12>\d{1,2})\s*話"
    # a later part's episode, "part 2 ep 1", "p2e1", "ep 3 of pt 2": the season whole (Part 2's numbering is unknown)
    rf"|(?:part|pt\.?)\s*(?P<s13>2)\s*,?\s*{_EP}\d{{1,2}}|p(?P<s14>2)\s*e\s*\d{{1,2}}"
    rf"|{_EP}\d{{1,2}}\s+(?:of|in|from|de|del)\s+(?:the\s+|la\s+)?(?:part|pt\.?|parte)\s*(?P<s15>2)(?![\w-])"
    # a season's episode numbered with a dot ("2.03 namra dies", "in 2.04 ..."), only opening a line or after "in": a
    # version, a grade or a price is written so too ("update 2.03", "gpa 2.03")
    r"|(?:(?<![^\n])|(?<=\bin\s))(?P<s16>[2-9])\.(?P<e16>0[1-9]|1[0-2])(?![\w.,%])",
    re.I,
)
#: The words of an episode named whose number in the season is unknown, a finale or a later part's ("the s2 finale", "p2e1"):
#: an event told of it is that episode's, as of any episode named, not a season's said without one.
#: A later part's episode named ("part 2 ep 1", "p2e1", "ep 3 of pt 2"), never "part 2" alone (a season said without one).
LATER_PART = re.compile(r"p2\s*e\s*\d|(?:part|pt\.?)\s*2\s*,?\s*e|\d\s+(?:of|in|from|de|del)\s+(?:the\s+|la\s+)?(?:part|pt|parte)", re.I)
NAMED_WHOLE = re.compile(r"finale|final|last|마지막|최종|막화|" + LATER_PART.pattern, re.I)
#: What every later season or episode named holds (a cheap test first: most texts name none).
_LATER_HINT = re.compile(r"season|part|pt\.?\s*2|p2\s*e|[st]\s*0?[2-9]|시즌|지우학|シーズン|[2-9]\s*(?:x\d|기)|[2-9]\.[01]\d", re.I)
#: Where a premiere named is the event a cast goes to ("at the s2 premiere", "for the season 2 premiere").
_AT_EVENT = re.compile(r"(?<![\w-])(?:at|to|for)\s+(?:the\s+)?$", re.I)
#: Which named group holds each form's episode ("1": a premiere; "whole": a finale).
_FORMS = (("s1", "e1"), ("s2", "e2"), ("s3", "e3"), ("s4", "e4"), ("s4b", "e4"), ("s5", "o5"), ("s6", "w6"), ("s7", "1"),
          ("s8", "whole"), ("s9", "whole"), ("s9b", "whole"), ("s10", "e10"), ("s10b", "e10"), ("s11", "whole"), ("s12", "e12"),
          ("s13", "whole"), ("s14", "whole"), ("s15", "whole"), ("s16", "e16"))
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "second": 2, "third": 3}
#: A later season named, no episode: "season 2", "s2", "season two", "the second season", "시즌2", "시즌 2".
_LATER_SEASON = re.compile(
    r"(?<![\w-])(?:s(?:eason)?\s*0?([2-9])|season\s+(two|three|four|five)|(second|third)\s+season)(?![\w-])"
    r"|시즌\s*0?([2-9])(?!\d)"
    r"|(?<![\w-])((?:the\s+)?(?:next|new|upcoming|coming)\s+season|(?:part|pt\.?)\s*(?:2|two)(?!\s+of\b))(?![\w-])",
    # the season after the pack's ("part 2", "pt 2": Netflix's name for the season to come, not "part 2 of ep 11")
    re.I,
)
#: The show's title numbered: its season 2 ("AOUAD 2", "All of Us Are Dead 2", the Korean press's "지금 우리 학교는2").
SEQUEL = re.compile(r"(?<![\w-])(?:all of us are dead|aouad|aoad|지금\s*우리\s*학교는)\s*(?:2|two|ii)(?![\w-])", re.I)
#: Season-2 words that are a character's role there, not the season: said of an actor they are the actor's life.
A_ROLE = re.compile(r"universit(?:y|ies)|uni|college|dorm(?:s|itory|itories)?|대학생|대학교|기숙사", re.I)
#: The words that tie an event to the season after them ("in", "by the end of the").
SAID_IN = r"(?:in|during|by the end of|at the end of)\s+(?:the\s+)?"
#: An event word tied to a later season named right after it ("gets bitten in season 2", "dies in the
#: new season", "ONJO GOT BITTEN. IN S2."): that season's event, even of one season 1 tells the same of (Nam-ra's bite).
IN_LATER_SEASON = re.compile(
    r"(?:\s+\w+){0,2}?[.!…]*\s+" + SAID_IN + "(?=" + _LATER_SEASON.pattern + ")",
    re.I,
)
#: A sentence opening on the later season ("in season 2 namra dies", Tagalog "sa season 2 namatay si namra", said "in
#: season 2 ..." first): the events after it are that season's, as IN_LATER_SEASON ties those before it.
OPENS_IN_LATER = re.compile(r"[\W_]*" + SAID_IN + "(?:" + _LATER_SEASON.pattern + r")[\s,:]", re.I)
#: A poll or a question of who lives or dies in season 2 ("who survives s2?", "who dies first in season 2?", "¿quién
#: sobrevive en la temporada 2?", "시즌2에서 누가 살아남을까?"): the names offered after it ("🅰️ onjo 🅱️ suhyeok", "my bets:
#: onjo, namra") are offered as alive in season 2, which gives away that they outlive season 1 (lexicon.scan reads every
#: later sentence of the text as said of season 2). The question's three parts come in any order, as languages put them
#: (Spanish and Portuguese verbs already said in English by lexicon_typos.rephrase).
_L, _R = r"(?<![\w-])", r"(?![\w-])"
_QUESTION = r"(?=[^?？\n]*?(?:"  # each part somewhere in the question
ASKS_OF_SEASON_TWO = re.compile(
    r"(?:^|(?<=[?？!.\n]))(?=[^?？\n]{0,160}[?？])"
    + _QUESTION + _L + r"(?:who(?:['’]s)?|qui[eé]n(?:es)?|quem|siapa|sino|ai)" + _R + r"|누가|누구|誰|谁|ใคร))"
    + _QUESTION + _L + r"(?:surviv\w*|lives?|living|dies|die|dying|died|makes? it|(?:gets?|is) (?:bit|bitten|killed)|turns?"
    r"|sobreviv\w*|morr\w*|muer\w*|viv[ei]r?|viver|bertahan|hidup|mati|selamat|mabubuhay|mabuhay|makakaligtas"
    r"|mamamatay|mamatay|sống(?: sót)?|chết)" + _R + r"|살아\s?남|죽|생존|生き残|死ぬ|活下来|活到))"
    + _QUESTION + _L + r"(?:s2|season\s*(?:2|two)|second season|next season|temporada\s*2|2(?:ª|a|°|º)?\s*temporada"
    r"|segunda temporada|musim\s*(?:2|kedua)|ikalawang season|phần\s*2|mùa\s*2)" + _R + r"|시즌\s*2|2期|第(?:二|2)季))", re.I)
#: A state kept into the later season ("still a halfbie in season 2", "still has the bite in s2", "Nam-ra's life as a
#: halfbie in season 2"): season 1's fate, no new event.
STILL = re.compile(r"\b(?:still|masih|remains?|stays?|is back as|li(?:fe|ves|ving) as)\s+(?:(?:ha(?:ve|s|d)|got|carr(?:y|ies))\s+)?"
                    r"(?:(?:an?|the|that|his|her|their)\s+)?$", re.I)
#: A relative after the word ("losing her brother"): the relative's event, which the pack may tell.
#: A guess or a wish about a later season ("s2 theory: ...", "endgame in season 2 pls", "i bet X dies in s2"):
#: it tells no event of that season, only the season-1 fate it assumes (lexicon SEASON_TWO).
GUESSED = re.compile(r"(?<![\w-])(?:theor(?:y|ies|ize\w*)|i (?:think|bet|hope|want|guess|feel like|predict)|hope(?:fully)?"
                     r"|pls|plz|please|wish|predict\w*|maybe|probably|might|gonna|should|needs? to|better (?:not|be)|what if"
                     r"|i can feel it|manifesting|calling it|if|unless|in case|bracing|scared|afraid|terrified|nervous"
                     r"|semoga|ojal[áa]|tomara|hoffentlich|rumou?r(?:s|ed)?|reportedly|allegedly|supposedly)(?![\w-])"
                     r"|^\W*(?:does|do|did|will|would|is|are|can|could)(?![\w-])(?=[^.!]*\?)", re.I)  # a yes/no question; not
#: "who/what ...?": a trivia question presumes its event. A guess said as a heading governs the clause after it ("my theory:
#: maru is the villain in s2", "calling it now, someone gets bitten in s2e1").
_HEADING = re.compile(r"(?:\s+now)?\s*[,:]\s")
#: The guesses that keep back even a named episode's event ("i bet namra dies in s2e3"): not a plea or "gonna", which a
#: fan's own reaction holds ("s2e3 ending gonna haunt me").
SPECULATED = ("theor", "i bet", "i think", "i hope", "hope", "predict", "calling it", "what if", "if", "unless", "in case",
              "manifesting", "bracing", "scared", "afraid", "terrified", "nervous", "does", "do", "did", "will", "would", "is", "are", "can", "could")
#: Where a guess stops governing: another clause ("on-jo dies in season 2, you should watch it", "... and i'm gonna cry").
_CLAUSE_BREAK = re.compile(r"[,;.!?:]\s|\s(?:and|but|so|lol|lmao|tbh|ngl)\s|\s[-–—]\s", re.I)
#: A plea is a wish only at the end of what it asks ("endgame in season 2 pls"), not before a new ask ("please don't ...").
_PLEA_GOES_ON = re.compile(r"(?:pls|plz|please)\s+[a-z]", re.I)


def guessed(sentence: str, at: int, only: tuple[str, ...] = ()) -> bool:
    """Whether a guess word (of `only`'s, where given) governs the later season named at `at`: in its clause ("i bet namra
    dies in s2", "s2 theory: ..."), or as a heading before it ("my theory: ..."), not in a clause of its own after the event
    told ("suhyeok turns in season 2, maybe the best twist")."""
    for match in GUESSED.finditer(sentence):
        if only and not match.group(0).lstrip(" \t").lower().startswith(only):
            continue
        low, high = sorted((match.start(), at))
        if match.end() <= at and (heading := _HEADING.match(sentence, match.end())):
            low = heading.end()
        if _CLAUSE_BREAK.search(sentence, low, high) is None and not _PLEA_GOES_ON.match(sentence, match.start()):
            return True
    return False


_THEIRS = re.compile(r"\s+(?:his|her|their)\s+\w", re.I)
#: The episode count of a season the show's shape does not list yet: after every known episode.
WHOLE = 99


def later_episodes(sentence: str, next_season: int = 2) -> list[tuple[Position, str]]:
    """The later seasons' episodes `sentence` names, with the words that name them; a season named
    without an episode (`next_season`: the one "next season" means) as `whole_season`."""
    found: list[tuple[Position, str]] = []
    taken: list[tuple[int, int]] = []
    if not _LATER_HINT.search(sentence):
        return found
    for match in _LATER_EPISODE.finditer(sentence):
        if match.group("s7") and _AT_EVENT.search(sentence, 0, match.start()):
            taken.append(match.span())  # "lomon at the s2 premiere": the cast's evening, neither the episode nor the season
            continue
        position = _episode_of(match)
        if position is not None:
            found.append((position, match.group(0)))
            taken.append(match.span())
    for match in _LATER_SEASON.finditer(sentence):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue  # the season of an episode named: "season 2 episode 3"
        number, word, ordinal, korean, _ = match.groups()
        season = int(number or korean) if number or korean else _WORDS.get((word or ordinal or "").lower(), next_season)
        found.append((whole_season(season), match.group(0)))
    return found


#: What a fan says of an episode they have seen beside REACTION's words, on release day: its ending, a twist, a shout
#: ("s2e3 ending destroyed me", "2x05 omg", "시즌2 3화 엔딩 미쳤다", "シーズン2の3話のラスト泣いた", "T2E4 me destruyó").
LATER_REACTION = re.compile(
    r"(?<![\w-])(?:omg|omfg|ending|end of|twist|reveal|screaming|screamed|insane|brutal|criminal|unreal"
    r"|i need a (?:minute|moment)|ruined my|(?<!no )(?<!without )spoilers|reunion|killed off|me destruy\w*|me dej[óo]"
    r"|llorando|acabou comigo|nangis|iyak|grabe|(?:ese|este|qu[ée]) final(?! de semana)|no puede ser|n[ãa]o acredito|no+o{2,})"
    r"(?![\w-])|[💀😱]|엔딩|결말|소름|미쳤|실화|등장|ラスト|泣い|衝撃", re.I)
#: A fate said of someone without a season-1 word ("hari turns in s2", "the new kid dies in season 2"), as IN_LATER_SEASON ties it.
FATE_VERB = re.compile(r"(?<![\w-])(?:turns?|turned|dies|died|is killed|gets? (?:bit|bitten|killed|infected))(?![\w-])", re.I)
#: A song, the opening or a set "back in s2e2" is no story ("the ost is back in s2e2", "the school set is back"): a
#: return's words read only when none of these comes right before them.
_THING_BACK = "".join(rf"(?<!\b{w} )" for w in ("ost", "osts", "song", "songs", "music", "theme", "opening", "intro",
                                               "soundtrack", "bgm", "credits", "set", "sets"))
#: What a later season's episode is said to hold beyond the fates the pack reads: a wedding, a kiss, a return, a
#: survival, a loss ("ep 2 of s2: ha-ri and dae-su get married", "namra comes back in s2e2", "시즌2 2화 하리 대수 결혼함").
LATER_EVENT = re.compile(
    r"(?<![\w-])(?:get(?:s|ting)? married|marr(?:y|ies|ied)|wedding|kiss(?:es|ed)?|pregnant|(?:is|are|was|still) alive|survived?"
    r"|survives|" + _THING_BACK + r"(?:comes? back|came back|(?:is|are) back|returns?|returned)|loses?|lost|shoots?|shot|betray\w*|cure[ds]?|finds(?: out)?|find out|found out"
    r"|villain|se casan|casam|casaram|vivo|viva|vuelve|volta|voltou|buhay|ikinasal|bumalik|hidup|menikah|kembali)(?![\w-])"
    r"|결혼|키스|임신|살아|돌아|배신|죽였", re.I)
#: What is said to happen to someone in a later season as a whole that no season-1 fate tells: a pregnancy, a wedding, a
#: betrayal ("ha-ri is pregnant in season 2", "si hari buntis sa s2"), a halfbie's state or its cure ("the new kid is a
#: halfbie in season 2", "namra is human again in s2"; not "still a halfbie"); not a return or "alive", which season 1 ends on.
WHOLE_EVENT = re.compile(r"(?<![\w-])(?:(?:an? )?half-?(?:bie|zombie)|human again|cured|pregnant|get(?:s|ting)? married|marr(?:ies|ied)|betray(?:s|ed)?|hamil|buntis"
                         r"|embarazada|gr[áa]vida|enceinte|schwanger|menikah|ikinasal|se casan|casam|casaram)(?![\w-])", re.I)
#: A yes-or-no question's first word ("does", "will", "is"): `ASKED`'s, and `back_later`'s without its "?".
_YES_OR_NO = r"does|do|did|is|are|was|will|would|can|could"
#: A question of the writer's ("does anyone die in s2e1?", "who dies in s2?"): it tells no event of the episode.
ASKED = re.compile(r"^\W*(?:(?:poll|q|question|quiz|survey|encuesta|enquete|pregunta|pergunta)\s*:\W*)?"
                   rf"(?:{_YES_OR_NO}|who(?:['’]s)?|what|when|where|how|which|anyone|any"
                   r"|qui[eé]n(?:es)?|quem|qui|siapa|sino)"
                   r"(?![\w-])[^.!?]*\?", re.I)
#: Said by a fan who keeps the event back ("s2 ep 3 cliffhanger!!! no spoilers but wow"): only an event word tells it.
NO_SPOILERS = re.compile(r"(?<![\w-])(?:no|without|zero|sin|sem|tanpa|walang)\s+spoilers?(?![\w-])|스포\s?(?:없|x)|ネタバレなし", re.I)
#: The fates a later season is said to hold for someone ("X dies in season 2"): not a state kept ("still a halfbie").
FATE_GROUPS = ("death", "kill", "turn", "bite", "infect")
#: The episode as a release, not a story ("omg s2e1 drops in 2 hours", "s2e2 subs are out omg", "the s2 ep 1 runtime is
#: insane", "s2 ep 1 trailer breakdown omg"): the excitement beside it is for the release, so only an event word tells one.
RELEASE_TALK = re.compile(
    r"(?<![\w-])(?:trailers?|teasers?|posters?|runtime|length|durasi\w*|drops?|dropping|comes? out|(?:is|are) out|out now"
    r"|subs|subtitles?|dub(?:bed)?|legenda\w*|subt[ií]tulos?|releas\w*|airs?|airing|estreia|estrena|tayang|premiere date"
    r"|ost|soundtrack|bgm|songs?|music|watch party|countdown|tonight|tomorrow|tmrw|kst|gmt|utc|\d+\s*(?:min|mins|minutes|hours?|hrs?|h)|\d{1,2}(?::\d\d)?\s*[ap]m)"
    r"(?![\w-])|공개|예고|노래|브금|配信|予告|主題歌", re.I)
#: A position said as a mark, a progress or what something spoils ("a death spoiling S2E1", "spoiler-safe up to S2E2",
#: "hidden until s2e3"): no event told of it.
AS_A_MARK = re.compile(r"(?:spoil\w*|(?:safe|marked|hidden|watched|progress)\s+(?:up\s+)?(?:to|until|through)|up to|until)"
                       r"\s+(?:the\s+)?$", re.I)
#: Events of the writer's own story ("... of my own fanfic"), not the show's.
OWN_STORY = re.compile(r"(?<![\w-])(?:my|our)\s+(?:own\s+)?(?:fan)?(?:fics?|story|stories|au|podcast|book|novel)(?![\w-])", re.I)


def _episode_of(match: re.Match[str]) -> Position | None:
    """The later season's episode `match` (of `_LATER_EPISODE`) names; None past a position's range."""
    for season_group, episode_group in _FORMS:
        if (season := match.group(season_group)) is None:
            continue
        number = _WORDS.get(season.lower()) or int(season)
        if episode_group == "whole":
            return whole_season(number)
        said = "1" if episode_group == "1" else match.group(episode_group).lower()
        episode = NUMBER_WORDS.get(said) or _ORDINALS.get(said) or int(said.rstrip("stndrh"))
        return Position(number, episode) if 1 <= episode <= WHOLE else None
    return None


def whole_season(season: int) -> Position:
    """What telling an event of a season without its episode gives away: that season to its end,
    whatever its episode count turns out to be (hiding longer is safe, showing early a leak)."""
    return Position(season, WHOLE)


def as_listed(position: Position, shape: ShowShape) -> Position:
    """A whole season (`whole_season`) read as its last episode the shape lists, once it lists one:
    a reader who finished the season reads it in the clear. Any other position as it is."""
    if position.episode != WHOLE or not position:
        return position
    last = shape.last_of(position.season)
    return last if last != NOTHING else position


def tells_new_event(sentence: str, named: Sequence[tuple[int, int, frozenset[str]]],
                    known: Callable[[str, str], Position | None]) -> bool:
    """Whether `sentence` tells an event the pack does not of the one named nearest its word (`named`:
    start, end, characters; `known(character, kind)`: its position, None when the pack tells none):
    "Su-hyeok turns into a zombie in season 2", and any event said to happen in it ("Nam-ra gets bitten
    in season 2"). Said with a season named, what the pack tells is
    season 1's ("after Cheong-san's death, Nam-ra returns"), and a return is the fate season 1 ends
    on (lexicon SEASON_TWO): neither is a later event."""
    text = TITLES.sub(lambda m: " " * len(m.group(0)), sentence)  # "All of Us Are Dead 2" is no death
    opened = OPENS_IN_LATER.match(text)
    opened = None if opened is None or ASKED.match(text[opened.end():]) else opened  # "in s2, does namra die?": asked
    for group, pattern in SCAN_GROUPS.items():
        if group == "survival" or not named:
            continue
        for match in pattern.finditer(text):
            gap = [max(start - match.end(), match.start() - end, 0) for start, end, _ in named]
            nearest = frozenset().union(*(c for g, (_, _, c) in zip(gap, named, strict=True) if g == min(gap)))
            if (not _THEIRS.match(text, match.end()) and any(known(c, group) is None for c in nearest)) or ((
                    IN_LATER_SEASON.match(text, match.end()) or (opened and match.start() >= opened.end()))
                    and not STILL.search(text, 0, match.start())):
                return True
    return False


def at_the_end_is_the_story(sentence: str, mentions: Mentions, anchors: dict[str, dict[str, Position]]) -> bool:
    """Whether "at the end" in `sentence` is when in the story, not the last episode: a word of an event that
    happens once to someone named (one person, not "the villain", who may be several), which the pack anchors
    for them, tells which episode ("cheongsan died at the end": his death's, 11). A bite or a kiss may come
    again: "at the end" still counts with them. A word of the name itself ("that half-zombie girl ... at the very end")
    tells no event."""
    named = [c for m in mentions if not m[3] and len(m[2]) == 1 for c in m[2]]
    spans = [(m[0], m[1]) for m in mentions if not m[3]]
    return any(group in anchors.get(c, {}) for group in _ONCE if any(
        not any(a <= w.start() and w.end() <= b for a, b in spans) for w in SCAN_GROUPS[group].finditer(sentence))
        for c in named)


_ONCE = ("death", "turn", "halfbie", "infect")  # what happens to someone once

#: A return ("comes back", "is back", "brought gwinam back"), told in a later season ("in s2"; "back for season 2" is
#: casting news, an actor's: "Lee Yoo-mi returns for season 2" tells only Na-yeon's season-1 fate).
_RETURNED = re.compile(r"(?<![\w-])(?:comes? back|came back|coming back|returns?|returned|returning|(?:is|are|was|'s|’s) back"
                       r"|(?:brought|brings?|bringing) (?:[\w-]+ )?back)(?![\w-])", re.I)
#: `ASKED`, or a yes-or-no question typed without its "?" ("does gwinam come back in s2")
_ASKED_OR_YES_OR_NO = re.compile(ASKED.pattern + rf"|^\W*(?:{_YES_OR_NO})\s", re.I)
_DENIED = re.compile(r"(?:(?<![\w-])(?:not|never|no longer)|n['’]?t)\s+(?:[\w-]+\s+)?$", re.I)  # "will not return", "didn't come back"


def back_later(sentence: str, mentions: Mentions, gone: frozenset[str]) -> str | None:
    """The words telling that one whom season 1 ends and the pack lists in no later season comes back in one (`gone`:
    "gwinam returns in s2", "in season 2 gwinam comes back", "they brought gwinam back in s2"): that season's event. Not
    Cheong-san's, whom the pack lists in season 2 (his return is casting news: season 1's end, lexicon SEASON_TWO); nor a
    guess, a wish, a rumour, a denial or a question ("i hope gwinam comes back in s2", "rumour says ...", "yoo in-soo didn't
    come back for s2", "does gwinam come back?", "they brought gwinam back in s2??")."""
    if _ASKED_OR_YES_OR_NO.match(sentence) or sentence.rstrip().endswith(("?", "？")):
        return None
    opened = OPENS_IN_LATER.match(sentence)
    for back in _RETURNED.finditer(sentence):
        later = IN_LATER_SEASON.match(sentence, back.end())
        if (not (later or (opened and back.start() >= opened.end())) or guessed(sentence, back.start())
                or _DENIED.search(sentence, max(0, back.start() - 24), back.start())):
            continue
        gaps = [(max(m[0] - back.end(), back.start() - m[1], 0), m[2]) for m in mentions if not m[3] and m[1] > m[0]]
        if gaps and any(c in gone for gap, who in gaps if gap == min(g for g, _ in gaps) for c in who):
            return back.group(0)
    return None


# Season 2's week: a return, the later season named, a state kept into it, in fans' other languages.

#: (what fans type, the lexicon's words), read before lexicon_typos' own phrasings, in this order.
RETURN_PHRASES: tuple[tuple[str, str], ...] = (
    # a return, as "came back" (not "volvió a ver": again; not "se volvió": became; "no volvió": never came back)
    # (and said in the present, "vuelve", "regresa", "volta", "retorna": the week's posts say it both ways)
    (r"(?:no|nunca|n[aã]o) (?:volvi[óo]|regres[óo]|ha vuelto|voltou|voltaram|vuelven?|regresan?|voltam|volta|retorna)"
     r"|n['’]est (?:pas|jamais) (?:revenue?|de retour)|ne revient (?:pas|jamais)", "never came back"),
    # a return as a noun: "la vuelta de cheongsan", "el regreso de", "a volta do", "o retorno da", "le retour de"
    (r"(?:(?:la|el|a|o|le) )?(?:vuelta|regreso|volta|retorno|retour) (?:de|del|do|da|du|d['’])", "the return of"),
    (r"(?<!se )(?:volvi[óo]|regres[óo]|ha vuelto|voltou|voltaram|vuelven?|regresan?|voltam|retorna(?:m|n|ram|ron|u)?"
     r"|(?:est[áa]|t[áa]) de (?:vuelta|volta)|(?:est|sont) de retour"
     r"|(?:est|sont) revenue?s?|revien(?:t|nent))(?! (?:a|à|au|ao|aos|às|al|à la|pra|para)\b)", "came back"),
    # Korean "온조 돌아왔다!!" after a name, as "came back" (not after a verb or "로": "헤엄쳐 돌아옴", episode 7's swim;
    # "반좀비로 돌아옴", his comeback as one in season 1)
    (r"(?<![로서아어워와쳐져고해게면며] )(?<=[\uac00-\ud7a3] )돌아\s?(?:왔(?:다|어|네|음)?|옴|온다)(?=\s*(?:$|[^\w\s]|[ㄱ-ㅎㅏ-ㅣ]))", "came back"),
    # Indonesian "namra kembali!", "onjo balik lagi" (not "kembali ke sekolah": back to school)
    (r"(?<!membawa )(?<!bawa )kembali(?! ke\b)|balik lagi(?! ke\b)", "came back"),
    (r"(?:en|na|no|dans) (?:la |a )?(?:temporada 2|temp\.? ?2(?!\d)|t2|2(?:ª|a|°|º)? temporada|segunda temporada|saison 2"
     r"|(?:deuxi[èe]me|seconde) saison)", "in season 2"),  # not a bare "t2" (Terminator 2, a tier)
    # German, and Spanish fans' short "en la 2" (at a clause's end: not "en la 2da parte"), Indonesian "di s2" and Tagalog
    # "sa season 2" ("wer stirbt in staffel 2", "kien mata a namra en la 2", "namra mati di season 2"; not after "pa rin",
    # still: "halfbie pa rin sa s2" is a state kept)
    (r"in (?:der )?(?:staffel 2|zweiten staffel)|en la 2(?=\s*(?:$|[?!.,]))|(?<!pa rin )(?<!pa din )(?:di|sa) (?:season ?2|s2)", "in season 2"),
    (r"(?:von|aus) (?:der )?(?:staffel 2|zweiten staffel)", "of season 2"),  # "folge 3 von staffel 2": "ep 3 of season 2"
    (r"(?:die )?(?:staffel 2|zweite staffel)", "season 2"),
    (r"(?:la |a )?(?:temporada 2|temp\.? ?2(?!\d)|2(?:ª|°|º) temporada|segunda temporada|saison 2|(?:deuxi[èe]me|seconde) saison)", "season 2"),
    # a state kept into the later season: season 1's fate, no new event (lexicon_seasons' "still a halfbie in season 2")
    # ... and alive still, as "is still alive" ("sigue vivo", "continua viva", "sigue con vida", "est toujours vivant")
    (r"(?:sigue|segue|contin[úu]a|est(?: toujours| encore)?|reste) (?:viv[oa]s?|con vida|com vida|vivante?s?)", "is still alive"),
    (r"(?:sigue siendo|contin[úu]a (?:siendo|sendo)|contin[úu]a(?= (?:meio|metade|mitad|medio|semi))|ainda é"
     r"|est (?:toujours|encore))(?: une?| una?| uma?)?", "is still"),
    (r"(?:tuvo|tuvieron|teve|tiveram) que (?:matarl[oa]|mat[aá]-l[oa]|matar (?:ele|ela))", "had to kill him"),
    (r"(?:tuvo|tuvieron|teve|tiveram) que matar(?: a| o)?", "had to kill"),
    (r"(?:n[aã]o|nunca) (?:tinha |havia )?(?:morrido|morreu)|n['’]est pas mort(?:e)?", "did not die"),
    (r"(?:tinha|havia) morrido", "died"),  # "died", as "meu celular tinha morrido" is read by lexicon_slang
    (r"(?:a|ont) surv[ée]cu|survivent|survit", "survived"),
    # (not the writer, "virei meio zumbi depois de maratonar": worn out)
    (r"(?:à moitié|demi|mi)[- ]zombies?|(?<!virei )(?<!fiquei )(?<!estou )(?<!tô )(?<!sou )(?<!= )(?:meio|metade)[- ]zumbis?", "halfbie"),
    # the next season's trailer or teaser (lexicon SEASON_TWO's "the trailer": who is in it outlives season 1)
    (r"(?:(?:en|in) )?(?:el|o|no|na|nasa|di|sa) (?:tr[áa]iler|teaser)", "in the trailer"),
    # studying at a university is On-jo's season-2 life (lexicon SEASON_TWO's "uni")
    (r"(?:(?:na|en la|a la|à l['’]|di) )?(?:faculdade|universidade|universidad|facultad|universit[ée]|kuliah)", "at uni"),
    (r"la mort(?: de la| du| des| de| d['’])?", "the death of"),
)
#: What the phrasings above hold, and a French relative ("le père d'onjo", read by lexicon_typos): a cheap test on
#: lowercase, with lexicon_typos' own (grouped by their first letters: each more alternative costs every text read). A
#: state kept ("sigue siendo", "est toujours") matters only beside a later season, whose words are here.
RETURNS_CHEAP = (r"v(?:ol(?:vi[óo]|t[aou])|uel[tv])|de volta|re(?:gres|tour|torn|vien|venu)|t(?:emp(?:orada|\.? ?2\b)|2\b|r[áa]iler|easer)"
                 r"|staffel|la 2\b|(?:di|sa) s(?:2|eason ?2)\b"
                 r"|viv(?:[oa]|ante?)s?\b|[cmn] vida|pas mort"
                 r"|s(?:aison|urv(?:[ée]cu|it|ivent)|œur|oeur)|que mat|m(?:orr[ie]|oiti|i[- ]zomb|ère|ere d|eio|etade)|la mort| is back"
                 r"|p(?:ère|ere d)|frère|kembali|balik lagi|bumalik|nagbalik|facul|universida|universit[ée]|kuliah|돌아")
_HINT = re.compile(RETURNS_CHEAP)
#: "¡¡VOLVIÓ CHEONGSAN!!", "voltou gwinam?!", "VOLTOU O CHEONGSAN", "vuelve cheongsan": a return told before the one
#: back, who ends the sentence (Portuguese and Spanish fans put an article before a name). Also in Tagalog
#: ("bumalik si suhyeok!!"), and with a clause after ("volvió suhyeok y sigue enamorado"), the name still its subject.
_TOLD_FIRST = re.compile(r"(?:^|(?<=[¡!?.]))\s*(?:volvi[óo]|regres[óo]|voltou|vuelve|regresa|volta|retorna|est de retour"
                         r"|revient|is back|came back|(?:bumalik|nagbalik)(?: na)? (?:si|ang))(?: (?:el|la|o|a|le))? ([\w-]+)"
                         r"(?=\s*(?:$|[^\w\s'’-])|" + TOLD_ON + ")", re.I | re.M)
_B, _E = r"(?<![\w-])", r"(?![\w-])"
_RETURN = re.compile(_B + "(?:" + "|".join(f"((?:{w}))" for w, _ in RETURN_PHRASES) + ")" + _E, re.I)


def returns_said(text: str, low: str) -> str:
    """`text` (`low`: it lowercased, as first read) with these phrasings said the lexicon's way, a return told before the
    one back after them ("¡¡VOLVIÓ CHEONGSAN!!" -> "¡¡ CHEONGSAN came back!!"); unchanged without their words."""
    if not _HINT.search(low):
        return text
    return _RETURN.sub(lambda m: RETURN_PHRASES[(m.lastindex or 1) - 1][1], _TOLD_FIRST.sub(r" \1 came back", text))


#: An episode as Spanish, Portuguese, French, German and Dutch fans name one ("el cap 12", "episodio 11", "l'épisode 6",
#: "folge 3", "aflevering 11"); "cap" only
#: after an article or a season ("temporada 2 cap 3"; "no cap" is English slang).
_EPISODE_SAID = re.compile(r"(?<![\w-])(?:l['’])?(?:cap[ií]tulo|episodio|epis[óo]dio|épisode|folge|aflevering|afl\.|(?:(?<=el )|(?<=al )|(?<=del )"
                           r"|(?<=los )|(?<=o )|(?<=do )|(?<=temporada \d )|(?<=temp \d )|(?<=t\d ))caps?\.?)\s*(\d{1,2})(?![\w-])", re.I)


def episodes_said(text: str) -> str:
    """`text` with its Spanish, Portuguese, French, German and Dutch episodes said as the lexicon reads them ("ep 12")."""
    return _EPISODE_SAID.sub(r"ep \1", text)


#: How a sentence may open on the later season it is about ("SEASON 2 WHAT", "in s2 ep 4"), and what said right after
#: that season makes the sentence about the season itself, not the one before ("season 2 when", "s2 trailer looks sick").
_OPENS_ON = re.compile(r"[\W_]*(?:in\s+)?")
_ABOUT_THE_SEASON = re.compile(r"\s*(?:when|soon|next|already|finally|is (?:here|finally|coming)|hype|(?:let['’]?s|lets) go+"
                               r"|cast|renew\w*|confirm\w*|announc\w*|better|will|(?:has|have) to|must|bring|can['’]?t wait)(?![\w-])", re.I)
_TRAILING = re.compile(r"[\s?!.。！？…]*$")
_HOW = re.compile(r"(?<![\w-])(?:how|why)\s*[?？]", re.I)  # "... survived the fire?? how?? s2 ep1 explain": asked of it


def told_of_season(sentence: str, after: str) -> str:
    """`sentence` with the later season the next sentence of the message opens on said in it, before its end
    ("HARI IS PREGNANT??? SEASON 2 WHAT" reads "HARI IS PREGNANT in SEASON 2???", as "ha-ri is pregnant in season 2"
    does; "namra kills him?? s2 ep 4 wtf" as of S2E4): fans put the season after the event. Unchanged when `after`
    opens on none, is about the season itself ("season 2 when??", "s2 trailer looks sick"), asks or guesses, or
    `sentence` names an episode or a season of its own or asks it how ("how?? s2 ep1 explain yourself")."""
    opening = _OPENS_ON.match(after)
    if (opening is None or "?" in after or GUESSED.search(after) or RELEASE_TALK.search(after)
            or later_episodes(sentence) or EPISODE_REF.search(sentence) or _HOW.search(sentence)):
        return sentence
    for _, words in later_episodes(after):
        if after.find(words) == opening.end() and not _ABOUT_THE_SEASON.match(after, opening.end() + len(words)):
            end = _TRAILING.search(sentence)
            at = end.start() if end else len(sentence)
            return f"{sentence[:at]} in {words}{sentence[at:]}"
    return sentence


#: A grave's emoji ("🕊️", "⚰️"), and what makes one a ship's, peace's or the writer's own ("suhyeok x namra 🕊️🤍").
_GRAVE = re.compile(r"🕊|⚰")
_NOT_MOURNING = re.compile(r"[❤🤍💕💖💗💞😍🥰✨]|(?<![\w-])(?:x|peace|love|free|enjoy|my|our)(?![\w-])", re.I)


def mourned_later(sentence: str, mentions: Mentions, outlive: frozenset[str],
                  end: Position) -> list[tuple[Position, str, str]]:
    """A later season's death (`end`: season 1's last episode) of the one person a grave's emoji mourns beside their name,
    whom season 1 leaves alive or at large (`outlive`): "🕊️ su-hyeok 😭", "namra 🕊️"; only a later season can tell it.
    Not a ship's dove, peace's or the writer's own loss, nor one of several named."""
    named = [m for m in mentions if not m[3] and not m[4]]
    grave = _GRAVE.search(sentence)
    if len(named) != 1 or grave is None or _NOT_MOURNING.search(sentence):
        return []
    return [(whole_season(end.season + 1), character, grave.group(0)) for character in sorted(named[0][2] & outlive)]
