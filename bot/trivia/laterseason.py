"""Questions of an imported list about a later season: what they are held to when their note says less.

The pack knows almost nothing of season 2's story, so the lexicon reads "What does Han Du-seok want from
Nam-ra?" or "Who betrays So Ju-ran?" as giving nothing away. A question that names a character new in a
later season, or a later season itself beside something of the show, is about that season's story: asked
before it, it spoils it. The safe side, for a question whose note does not place it in that season:
* no note (or a note of season 1's or of nothing): held to everything released (`last`): the bot knows no
  episode of that story, and all of the season may tell it; while a later part of that season is listed and not out,
  to all of the season as listed, unless the list says which part it is of (bot/trivia/tagging.py `_unplaced_hold`:
  "Who saves Jong-ah from the horde?" may be Part 2's);
* uploaded before that season is out (a list readied the night before the release, or weeks before TVmaze
  lists any of its episodes): held to the whole season (`whole_season`, the lexicon's form for a season told
  without its episode), never to season 1's end, which every channel marked for season 1 allows once the season
  is out; games read it as the season's last episode the show lists when they draw (`as_listed`, as /ask does),
  and ask it nowhere while none is listed; a bare episode number counts as nothing said then. A moderator's note
  "s2" says the same, and so does a question the lexicon reads as a season told without its episode;
* a list stored before this rule held such a question to season 1 (`Holding.stored` holds it again);
* a bare episode number ("# ep 3", a column's "3", read as season 1's): read as that episode of the latest
  season out (S2E3 is later than S1E3), or everything released when that season has no such episode yet;
* a question that says nothing of its episode in a list whose header (the text above its first question: "# Season
  2 release party quiz", "S2 questions") names a later season, in a list of this show: about that season, held as
  one naming its newcomer (a question with its own note keeps it: a release-party list mixes both seasons);
* a casting question ("Who plays Yong Ma-ru?") stays as it is: casting news announced by Netflix spoils
  nothing, and holding it back only keeps it from fans who could have had it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from bot.lazy_re import compile_later
from bot.lore.lexicon_asian_words import NAME_OF_ASIAN_WRITING
from bot.lore.lexicon_seasons import WHOLE, as_listed, whole_season
from bot.progress_other_show import OWN_NAMES
from bot.show import NOTHING, TRACKED_SEASON, Position, ShowShape
from bot.trivia.listparts import YAML_LINES
from bot.trivia.model import Question
from bot.trivia.partnotes import season_listed
from bot.trivia.seasonmarks import LATER_SEASON_KOREAN, LATER_SEASON_WORDS
from bot.trivia.titlespan import names_episodes

Reads = Callable[[str], Position]

#: The second season in the words of lists' titles abroad: Portuguese "2ª temporada" / "segunda temporada", Tagalog
#: "ikalawang season", Indonesian "musim kedua" / "musim 2" / "season kedua", Vietnamese "phần 2" / "mùa 2" (a season, as
#: Netflix Vietnam titles it).
_ABROAD = (r"(?:2\s*[ªa]|segunda)\s+temporada|ikalawang\s+season|(?:musim|season)\s+kedua|musim\s*0?[2-9]"
           r"|(?:ph[ầa]n|m[ùu]a)\s*0?[2-9]")
#: A later season named in the languages lists are kept in (`bot.trivia.seasonmarks`' words): "season 2", "s2" / "S 2",
#: "season two", "the second season", "시즌2", "2기", "temporada 2" / "T2", "saison 2", "シーズン2" / "2期" (not "2期生", a
#: second intake), "第二季" / "第2季".
_LATER_SEASON_TEXT = (
    rf"(?<![\w-])(?:s\s*0?[2-9]|season\s+four|{LATER_SEASON_WORDS}|{_ABROAD})(?![\w-])|{LATER_SEASON_KOREAN}"
    r"|(?<!\d)[2-9]\s*기(?![가-힣])|シーズン\s*[2-9２-９]|(?<![\d２-９])[2-9２-９]\s*期(?![生目間限末])|第\s*[二三2-9]\s*季"
    r"|ซี\s*ซั่?น\s*[2-9](?!\d)"  # (scripts a list is kept in, a chat read in English; Thai "ซีซั่น 2")
)
_LATER_SEASON = compile_later(_LATER_SEASON_TEXT, re.IGNORECASE)
#: Who plays whom: casting news, which spoils no story ("Who plays Yong Ma-ru?", "마루 역을 맡은 배우는?",
#: "¿Quién interpreta a Yong Ma-ru?", "Qui joue ...", "誰が演じ...").
_CASTING = compile_later(
    r"\b(?:who\s+plays|plays|played\s+by|portrays?|cast\s+as|actor|actress|interpreta|joue|spielt)\b"
    r"|역(?:을|할)?\s*맡|배우|演じ|饰演|扮演",
    re.IGNORECASE,
)


#: Whether one of season 1's cast comes back, asked of nobody's scene ("Does Cheong-san come back?", "Will Cheong-san
#: return in season 2?", "청산이 돌아와?", "¿Vuelve Cheong-san?"): the answer is the later season's, at its first episode at
#: least; one asked of a scene is that scene's ("Does Cheong-san come back to the classroom?", "Who comes back ...?").
_RETURN_ASKED = compile_later(
    r"^\s*(?:(?:does|do|did|will|is|are|would)\b[^?？]*\b(?:come\s+back|coming\s+back|return|be\s+back|back)"
    r"|¿?\s*(?:vuelve|volta|regresa)\b[^?？]*|[^?？]*\b(?:vuelve|volta|regresa)|[^?？]*돌아(?:오|와|올))"
    r"(?:\s+(?:in|for|on)\s+(?:season\s*(?:2|two)|s\s*2))?\s*(?:\?|？)\s*$",
    re.IGNORECASE,
)


#: ...and whether one is alive in the later season ("Is Cheong-san alive in season 2?"; never "Is Nam-ra alive?", which
#: season 1's end answers).
_ALIVE_LATER = compile_later(
    r"^\s*(?:is|are|will)\b[^?？]*\b(?:alive|living)\s+(?:in|for)\s+(?:season\s*(?:2|two)|s\s*2)\s*[?？]\s*$", re.I)


def _name_pattern(name: str) -> str:
    """A name as moderators type it: "Yong Ma-ru", "Yong Maru", "yong ma ru"; a Korean name with its particle
    after it. A name of one word ("Ma-ru") only as written: "Maru" alone is a word of other stories (a Star Trek
    list's "Kobayashi Maru")."""
    words = name.split()
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", name.strip()) if p]
    body = r"[\s\-]?".join(parts) if len(words) > 1 else re.escape(name.strip())
    if re.search(r"[가-힣ぁ-ヿ一-鿿]", name):
        return body
    return rf"(?<![\w-]){body}(?![\w-])"


_OWN_NAMED = compile_later(OWN_NAMES, re.IGNORECASE)
#: An English question's asking word: a question with none ("¿Quién …?", "Siapa yang …?") may be in words the lexicon
#: does not read, so its finding nothing is no "spoils nothing"
_ASKED_IN_ENGLISH = compile_later(r"(?<![\w'-])(?:who|whom|whose|what|which|where|when|why|how)(?![\w'-])", re.IGNORECASE)


class LaterSeason:
    """What a question's words say of a later season (`newcomers`: the names of characters new in one)."""

    __slots__ = ("_cast", "_names")
    _names: re.Pattern[str] | None
    _cast: re.Pattern[str] | None

    def __init__(self, newcomers: Iterable[str], cast: Iterable[str] = ()) -> None:
        object.__setattr__(self, "_names", _names(newcomers))
        # season 1's characters: one named beside a later season is this show's
        object.__setattr__(self, "_cast", _names(cast))

    def __setattr__(self, name: str, value: object) -> None:
        # read-only once made: one is shared by every bot of a process (bot/trivia/upload_reading.py)
        raise AttributeError(f"LaterSeason is read-only ({name})")

    def about(self, texts: Iterable[str], reads: Reads | None) -> bool:
        """Whether the texts (a question and its answers) tell a later season's story: a character new in it
        named, or the season named beside something of the show (a Friends list's "season 2" is not ours)."""
        joined = "\n".join(texts)
        if casting(joined.split("\n", 1)[0]):
            return False
        if self._names is not None and self._names.search(joined):
            return True
        asked = joined.split("\n", 1)[0]
        if self._cast is not None and _RETURN_ASKED.search(asked) and self._cast.search(asked):
            return True
        return bool(_LATER_SEASON.search(joined)) and (
            reads is None or reads(joined) > NOTHING or (self._cast is not None and self._cast.search(joined) is not None))

    def newcomer_named(self, text: str) -> bool:
        """Whether `text` names a character new in a later season ("Jong-ah", "Yong Ma-ru")."""
        return self._names is not None and self._names.search(text) is not None

    def unread_story(self, header: str, question: str, answers: Iterable[str]) -> bool:
        """Whether an unmarked question of a list titled as this show's quiz ("Trivia AOUAD") names season 1's
        characters in words the lexicon may not read (neither asked in English nor in Korean: "¿Quién infecta a
        Gyeong-su a propósito?"): what it tells of them is unknown, so it counts as naming the show (the last released episode)."""
        return (self._cast is not None and _OWN_NAMED.search(header) is not None
                and _ASKED_IN_ENGLISH.search(question) is None and not casting(question)
                and re.search("[가-힣]", question) is None  # (the lexicon reads Korean: "온조 아빠의 직업은?" spoils nothing)
                and (self._cast.search("\n".join((question, *answers))) is not None
                     or _thai_named(question, answers)))  # ("ใครฆ่าอูจิน?" under "ควิซ มัธยมซอมบี้": Woo-jin's death)

    def cast_named(self, texts: Iterable[str]) -> bool:
        """Whether the texts name one of season 1's cast ("Dae-su", "Cheong-san")."""
        return self._cast is not None and self._cast.search("\n".join(texts)) is not None

    def return_asked(self, question: str) -> bool:
        """Whether `question` asks whether one of season 1's cast comes back ("Does Cheong-san come back?", "Is
        Cheong-san alive in season 2?"), of no scene: the later season's first episode answers it."""
        return self._cast is not None and bool(_RETURN_ASKED.search(question) or _ALIVE_LATER.search(question)) \
            and self._cast.search(question) is not None


#: A question in Thai letters: the lexicon reads its names ("อูจิน") but hardly a word of what it asks of them
_THAI = compile_later("[\u0e01-\u0e5b]")


def _thai_named(question: str, answers: Iterable[str]) -> bool:
    """Whether a question in Thai names one of the show's characters in Thai letters, in it or in an answer."""
    if _THAI.search(question) is None:
        return False
    return _THAI_NAMED.search("\n".join((question, *answers))) is not None


# (and On-jo's father, "โซจู", whom the lexicon leaves out as the drink's name: a question of the show's list naming him
# is held, never asked at 0)
_THAI_NAMES = (*(w for w in NAME_OF_ASIAN_WRITING if re.match("[\u0e01-\u0e5b]", w)), "โซจู")
#: One of them as a whole name: never the start of a longer syllable, whose vowel or tone mark follows ("มารู้กัน", "let's
#: find out", holds Maru's "มารู" with "้" after it)
_THAI_NAMED = compile_later(
    "(?:" + "|".join(sorted(map(re.escape, _THAI_NAMES), key=len, reverse=True)) + ")(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")


#: The cast in Japanese or Chinese letters, three or more ("スヒョク", "李秀赫"; not "ハリ" of "ハリウッド" nor "青山", a place)
_CJK_CAST = compile_later("|".join(sorted((re.escape(w) for w in NAME_OF_ASIAN_WRITING
                                           if len(w) >= 3 and re.match("[\u3040-\u30ff\u4e00-\u9fff]", w)), key=len, reverse=True)))


def cjk_cast_named(texts: Iterable[str]) -> bool:
    """Whether the texts name one of the show's characters in Japanese or Chinese letters ("橋で噛まれたのは？ - スヒョク")."""
    return _CJK_CAST.search("\n".join(texts)) is not None


def show_named(header: str) -> str | None:
    """The show's own name as a list's header writes it ("AOUAD trivia night": "AOUAD"), else None."""
    found = _OWN_NAMED.search(header)
    return None if found is None else found.group()


def _names(names: Iterable[str]) -> re.Pattern[str] | None:
    kept = sorted({n for n in names if len(n.strip()) >= 2}, key=len, reverse=True)
    return re.compile("|".join(_name_pattern(n) for n in kept), re.IGNORECASE) if kept else None


def casting(question: str) -> bool:
    """Whether a question asks who plays whom: casting news, which spoils no story."""
    return bool(_CASTING.search(question))


def list_header(text: str, first_question: str) -> str:
    """A list file's text above its first question (its title and opening comments), at most 2,000 characters."""
    words = _opening(first_question)
    at = text.find(words) if words else -1
    return text[:min(at, 2000)] if at > 0 else ""


def question_lines(text: str, questions: Iterable[str]) -> tuple[int, ...]:
    """The line of `text` each question (in order) is written on, found as `list_header` finds the first; 0 where not."""
    lines: list[int] = []
    at = counted = ended = 0  # line ends counted up to `counted` (each question's start: counting from 0 each time was square)
    for question in questions:
        words = _opening(question)
        found = text.find(words, at) if words else -1
        if found >= 0:
            ended += len(YAML_LINES.findall(text, counted, found))  # (a lone "\r" ends one too)
            counted = found
        lines.append(ended + 1 if found >= 0 else 0)
        at = found + len(words) if found >= 0 else at
    return tuple(lines)


def _opening(question: str) -> str:
    """How a question is looked for in its file: its first 30 characters, its spaces as one."""
    return " ".join(question.split())[:30]


#: What a header says the list is, beside the season it names: "Season 2 release party quiz", "S2 questions",
#: "시즌2 퀴즈", "preguntas de la temporada 2" (not "S2 coming soon!" over a season-1 list).
_SUBJECT_WORDS = (r"(?:quiz\w*|trivia|questions?|qs|party|edition|round|night|special|spoilers?|premiere|release|"
                  r"finale|preguntas|perguntas|fiesta|festa|estreno|estreia|kuis|pertanyaan|tanong)\b|퀴즈|문제|트리비아|クイズ|問題|测验|问答|問答"
                  r"|스포|ネタバレ|剧透|劇透")  # (spoilers, as "S2 spoilers": "지우학 시즌2 파트2 스포 금지", imports50)
_SUBJECT_AFTER = compile_later(rf"(?:[\s\W]+\w+){{0,3}}?[\s\W]*(?:{_SUBJECT_WORDS})", re.IGNORECASE)  # "S2 party quiz"
_SUBJECT_BEFORE = compile_later(  # "questions about season 2", "preguntas de la temporada 2", "Trivia de Estamos Muertos T2"
    r"(?:quiz\w*|trivia|questions?|spoilers?|preguntas|perguntas|kuis|pertanyaan|tanong)"
    r"\s+(?:about|for|from|of|on|de|da|do|sobre|para\s+sa|sa|ng|untuk|tentang)?"
    rf"\s*(?:the|la|el|a)?\s*(?:(?:{OWN_NAMES})\s*[:\-–—]?\s*)?$", re.IGNORECASE)


def _subject_beside(header: str, season: re.Match[str]) -> bool:
    """Whether what the list is is said beside the season `header` names ("S2 quiz", "questions about season 2")."""
    # (the words before it are looked for in the 200 characters before it: a header of hundreds of hashtags naming
    # "#s2" each time searched all that came before each one, square)
    return bool(_SUBJECT_AFTER.match(header, season.end())
                or _SUBJECT_BEFORE.search(header, max(0, season.start() - 200), season.start()))


#: A title that is the show's name and a later season alone ("今学校 2期", "AOUAD S2 🧟"): the list is that season's.
_SHOW_SEASON_ALONE = compile_later(rf"[\W_]*(?:{OWN_NAMES}|今学校?)[\W_]*(?:{_LATER_SEASON_TEXT})[\W_]*", re.IGNORECASE)


def headed_later(header: str, texts: Iterable[str], reads: Reads | None, *, told: bool = False, marked: bool = False) -> bool:
    """Whether a list's header says the list is about a later season (the season named beside what the list is)
    and the list is of this show (a question that gives something of it away, or `told`: one naming its cast, "S2 퀴즈"
    over "국정원 팀장은 누구? - 한두석", imports51; a Friends quiz's "Season 2 questions" is not ours). A title that is the
    show's name and season alone ("今学校 2期") says so too, unless the author marks rows' episodes (`marked`: a Red
    list's "# AOUAD season 2" over "# S2 Part 1 Ep 2" leaves its unmarked "Which city is the school in?" unplaced)."""
    if not header or reads is None:
        return False
    if not marked and _SHOW_SEASON_ALONE.fullmatch(header.strip().split("\n", 1)[0]) is not None:
        return True
    named = any(_subject_beside(header, m) for m in _LATER_SEASON.finditer(header))
    # a later season named beside the episodes the quiz covers ("eps 1-3 + s2 part 1") is what the list is too
    named = named or (_LATER_SEASON.search(header) is not None and names_episodes(header))
    # the header naming this show says so too ("지금 우리 학교는 시즌2 퀴즈": Korean questions the reader may not know)
    return named and (_OWN_NAMED.search(header) is not None or told or any(reads(text) > NOTHING for text in texts))


# A later season's episode mark ("S2E4", "s02 e7", "T2E4", "2x09", "S2P2E1").
_LATER_MARK = compile_later(r"(?<![\w])[st]\s*0?[2-9]\s*[-.]?\s*(?:p\s*[1-3]\s*)?e|(?<![\w.])[2-9]\s*x\s*\d{1,2}(?![\w.])", re.I)


# The show's name numbered as its later season ("aouad 2 trivia night", "지우학2 퀴즈", "All of Us Are Dead 2"), never
# an episode ("지우학 2화") or a mark's start ("aouad 2x05": _LATER_MARK's).
_TITLE_NUMBERED = compile_later(rf"(?:{OWN_NAMES})['’\"”」》]?\s*[2-9](?![\d\w])", re.I)


def names_later_season(text: str) -> bool:
    """Whether `text` (a whole upload) names a later season anywhere: a season's words ("season 2", "S2", "시즌2",
    "temporada 2"), the show's name numbered ("aouad 2") or one of its episode marks ("S2E4", "T2E4", "2x09")."""
    return bool(_LATER_SEASON.search(text) or _LATER_MARK.search(text) or _TITLE_NUMBERED.search(text))


#: Season 1 named in a list's title, abroad too, with the quiz's own part after it ("mùa 1 phần 2", "musim 1 - bagian 2",
#: "1ª temporada, parte 2", "ซีซั่น 1 พาร์ท 2", "시즌1 2부", "s1 pt 2"): the part is the quiz's, season 1 had none (within
#: its line: "… da 2ª temporada" over "1. Quem …" names no season 1)
_FIRST_TITLED = compile_later(
    r"(?:(?<![\w-])(?:s0?1|season[^\S\n]*0?1|season[^\S\n]+one|(?:first|1st)[^\S\n]+season|temporada[^\S\n]*0?1|saison[^\S\n]*0?1|staffel[^\S\n]*0?1"
    r"|mùa[^\S\n]*0?1|musim[^\S\n]*0?1|(?:1[^\S\n]*[ªa]|primeira|primera)[^\S\n]+temporada|sezon[^\S\n]*0?1)(?![\w-])|시즌[^\S\n]*0?1(?!\d)"
    r"|ซี[^\S\n]*ซั่?น[^\S\n]*1(?!\d)|シーズン[^\S\n]*[1１](?![0-9０-９])|第[^\S\n]*[一1][^\S\n]*季)"
    r"(?![^\S\n]*(?:&|and|\+|y|e|và|dan|at|und|et|/|-|–|~|,)[^\S\n]*(?:(?:s|season|seasons|temporadas?|mùa|musim|시즌|ซีซั่น)[^\S\n]*)?0?[2-9](?!\d))"  # ("season 1 & 2")
    r"(?:[^\S\n]*(?:[,:\-–—][^\S\n]*)?(?:part|pt\.?|parte|phần|bagian|พาร์ท|ภาค|round)[^\S\n]*\d(?!\d)|[^\S\n]*\d[^\S\n]*부)?",
    re.IGNORECASE,
)


def first_season_titled(header: str) -> bool:
    """Whether a list's title names season 1 and no later season ("AOUAD season 1 quiz", "Kuis AOUAD musim 1 - bagian
    2"): its questions are season 1's, whatever a quiz's own "part 2" says."""
    found = _FIRST_TITLED.search(header)
    return found is not None and not names_later_season(f"{header[:found.start()]} {header[found.end():]}")


#: Season 1 named as where someone comes from ("Which season 1 survivor opens the gym door?", "a character from season
#: 1"): the question is asked of a later season.
_FROM_SEASON_ONE = compile_later(
    r"(?<![\w-])(?:(?:season|s)[^\S\n]*0?1(?:['’]s)?[^\S\n]+(?:survivors?|characters?|cast|kids?|students?|members?|favou?rites?)"
    r"|from[^\S\n]+(?:season|s)[^\S\n]*0?1)(?![\w-])", re.IGNORECASE)


def from_season_one(question: str) -> bool:
    """Whether a question names season 1 as the past of whom it asks about ("Which season 1 survivor …?")."""
    return _FROM_SEASON_ONE.search(question) is not None


def season_named(text: str) -> int | None:
    """The later season `text` names in words ("season 2", "시즌2", "ซีซั่น 2", "phần 2"), else None."""
    found = _LATER_SEASON.search(text)
    return None if found is None else _season_of(found)


def _season_of(found: re.Match[str]) -> int:
    digit = re.search(r"\d", unicodedata.normalize("NFKC", found.group()))
    return int(digit.group()) if digit is not None else 2


def season_headed(header: str) -> int | None:
    """The later season a list's header names beside what the list is ("AOUAD S2 quiz", "season 2 — spoilers
    hidden"), else None: a part's heading under it ("**Part 2**") is that season's part."""
    for m in _LATER_SEASON.finditer(header):
        if _subject_beside(header, m):
            return _season_of(m)
    return None


def is_whole_season(position: Position) -> bool:
    return position.episode == WHOLE


#: The last season Netflix has announced (season 2, renewed on 6 June 2022; no other since): a note may name it before
#: it is out, never one after it ("S3E1" once season 2 is out is a slip, refused naming its line). The season tracking
#: follows (bot/show.py), raised there when Netflix renews the show again.
ANNOUNCED = TRACKED_SEASON


def ahead(shape: ShowShape, position: Position) -> bool:
    """Whether a note names an episode of the season after the last the show knows ("S2E3", "2x03", "시즌2 3화"
    before season 2 is out): a list readied for the release. Stored as written, it is asked only where a channel
    allows that episode, which none can before the show lists it (the import's reply says so); a season further
    on ("S9E9"), or one never announced ("S3E1"), is a slip, refused."""
    return position.season == shape.last().season + 1 <= ANNOUNCED and 1 <= position.episode < WHOLE


def _last_season_known(shape: ShowShape) -> int:
    """The last season the show has or has announced: none past it is known to any source."""
    return max(ANNOUNCED, shape.last().season)


def whole_known(shape: ShowShape, position: Position) -> bool:
    """A whole later season a note may name: one the show has, or the one announced; never one no source knows of
    ("S9E99", "season 9": stored, it would be asked nowhere, ever), nor season 1's ("S1E99": an episode past its 12)."""
    return is_whole_season(position) and 1 < position.season <= _last_season_known(shape)


class LeftOut(Exception):  # (a verdict on one question, not a failure of the import)
    """A question whose tag names no season or episode the show may have (`left_out`): it alone is left out of its
    list, said; the others import (one bad row never refuses the whole list)."""


def left_out(shape: ShowShape, position: Position) -> bool:
    """A tag past every season known or announced ("S9E1", "S9E99", "season 9"), or the whole of season 1 typed as
    "S1E99" (an episode past its last): no channel could ever allow it."""
    return not storable(shape, position) and (
        position.season > _last_season_known(shape) or (is_whole_season(position) and position.season == 1))


def storable(shape: ShowShape, position: Position) -> bool:
    """A tag an imported question may carry: one the show has, a whole later season known, or one `ahead`."""
    return shape.allows(position) or whole_known(shape, position) or ahead(shape, position)


def beyond(shape: ShowShape, position: Position) -> str:
    """What to say of a tag past what the show has, when more can be said: a season it has no episode of ("S3E1":
    none announced), or an episode past a season's last ("S2E10" of 8, "S1E13" of 12)."""
    if position.season > ANNOUNCED:  # as /spoilers says it ("There is no season 9, episode 1"), the season first
        return f": there is no season {position.season} (none has been announced)"
    if position.season > shape.last().season:
        return f": the show has no season {position.season} episode yet"
    if (last := shape.last_of(position.season)) and position > last:
        return f": season {position.season} has {last.episode} episodes{' so far' if position.season > 1 else ''} (up to {last})"
    return ""


_SEASON_NUMBERS = {"two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "二": 2, "三": 3}
#: A note's words around a season named alone: "all of s2", "the whole of season 2", "s2 (all)", "S2 spoilers"; and
#: its finale, whatever its number turns out to be: "season 2 finale", "the last episode of S2", "시즌2 마지막화".
_AROUND = compile_later(
    r"^(?:all\s+of\s+|(?:the\s+)?whole\s+(?:of\s+)?|(?:the\s+)?(?:finale|last\s+episode|ending)\s+of\s+)"
    r"|\s*\(?\s*(?:all|whole|spoilers?|finale|final\s+episode|last\s+episode|ending|마지막\s*화|최종\s*화)\s*\)?$",
    re.IGNORECASE,
)
_MARKS = " \t[]()|*_.!:-"


def said_season(text: str) -> Position | None:
    """A moderator's note naming a later season and no episode ("s2", "season 2", "all of season 2", "시즌2",
    "temporada 2"): all of that season, whichever its last episode turns out to be; None for anything else."""
    bare = _AROUND.sub("", text.strip(_MARKS)).strip(_MARKS)
    if _LATER_SEASON.fullmatch(bare) is None:
        return None
    digit = re.search(r"[2-9２-９]", bare)
    if digit is not None:
        return whole_season(int(digit.group(0)))
    word = next((n for w, n in _SEASON_NUMBERS.items() if w in bare.casefold()), None)
    return None if word is None else whole_season(word)


def returned(current: Position, last: Position) -> Position:
    """A return of season 1's cast asked of no scene ("Does Cheong-san come back?"): season 2's first episode, which
    shows who is back, where the listing has it (else all of season 2, as `held` says); never less than `current`."""
    first = Position(TRACKED_SEASON, 1)
    listed = season_listed(TRACKED_SEASON)
    return max(current, first) if (last.season >= TRACKED_SEASON or (listed is not None and listed >= first)) else held(current, None, last)


def held(current: Position, declared: Position | None, last: Position) -> Position:
    """The tag of a question about a later season (`declared`: its note, None without one; `last`: the last
    episode released): kept when it already names a later season, else as the module says."""
    if current.season >= TRACKED_SEASON:
        return current
    if last.season < TRACKED_SEASON:  # the later season is not out: all of it, however many episodes it turns out to have
        return whole_season(TRACKED_SEASON)
    if declared is not None and declared and declared.season == 1:
        # (a later part listed and not out yet is that season's too: "Who saves Jong-ah? (ep 9)" is S2E9 of a 6 + 6
        # listing, never the last one out; a number no listed episode has is the last one out)
        bare = Position(last.season, declared.episode)
        return max(current, bare if bare <= max(last, season_listed(last.season) or last) else last)
    return max(current, last)


@dataclass(frozen=True)
class Holding:
    """Stored questions as games must read them: a list tagged before this module held a later season's story
    to season 1 (`stored`, read once per stored list), and a whole season's tag met against the show (`now`)."""

    later: LaterSeason | None
    reads: Reads | None
    shape: ShowShape

    def stored(self, question: Question) -> Question:
        if self.later is None or question.spoils.season >= TRACKED_SEASON:
            return question
        if not self.later.about((question.text, *question.answers), self.reads):
            return question
        return replace(question, spoils=whole_season(TRACKED_SEASON))

    def now(self, question: Question) -> Question:
        tags = (question.spoils, question.explanation_spoils, question.source_spoils, question.choices_spoils)
        if not any(is_whole_season(t) for t in tags):
            return question
        spoils, explanation, source, choices = (as_listed(t, self.shape) for t in tags)
        return replace(
            question, spoils=spoils, explanation_spoils=explanation, source_spoils=source, choices_spoils=choices
        )
