"""Lists written as entries, one mapping a question, as other tools export them (bot/trivia/lists.py reads them).

Google Sheets and Apps Script, Notion, Airtable and the online "JSON from CSV" converters give a JSON array of
rows (`[{"Question": ..., "Answers": "a, b", "Episode": 7}]`), bare or under one key (`{"questions": [...]}`), or
other bots' exports grouped in categories, difficulties or rounds however nested (every group's rows read);
Open Trivia DB gives `results` with `question`, `correct_answer` and `incorrect_answers`, its text in HTML
entities, or with every field in base64 or percent-encoded when its API was asked to (`encode=base64`,
`url3986`, `urlLegacy`): decoded for the whole file, so no question is stored as the code it was sent in. A
`category` field is each question's category, as in a hyosan list (`/trivia start` plays it by that name). A moderator cannot rewrite hundreds of rows by hand, so each entry is read whenever it says plainly
which field is its question and which its answers: keys in any case, with their usual synonyms; answers as a
list or as one text split at '|', ';' or ',' (the first of these it holds). An entry with two question fields,
two answer fields or two episode fields that say different things is refused naming the entry and the keys:
which one its author meant cannot be guessed. The text files of labelled questions (bot/trivia/labelled.py)
come here as entries too, so both are checked alike: the same limits and text checks as a hyosan list (the
Collector), the episode read as a hyosan `spoils:` is, and an entry that names none left undeclared (the
importer's tagging reads it as it reads any undeclared question: bot/trivia/tagging.py).
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import unicodedata
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.lazy_re import compile_later
from bot.show import NOTHING, Position, read_position
from bot.trivia.episodelabels import in_english, in_season, later_part, range_end, season_heading
from bot.trivia.laterseason import LeftOut, said_season, storable
from bot.trivia.listparts import MAX_QUESTION_CHARS, MAX_QUESTIONS, Collector, imported_id, key_form, short
from bot.trivia.model import DIFFICULTIES, Question, TriviaList
from bot.trivia.normal import slash_alternatives
from bot.trivia.partyposts import also_accepted
from bot.trivia.quizrows import no_right_choice, quiz_row
from bot.trivia.redformat import label_allowed
from bot.yamlnodes import NULL_TAG, SEQ_TAG, STR_TAG

_END_MARKS = compile_later(r"\s*[?？!！.。]+$|\s+(?=[?？!！.,，。])")


def _same_question(text: str) -> str:
    """A question as typed again: other capitals, spaces, or its '?' left off or spaced ("Who bites Nam-ra ?")."""
    return _END_MARKS.sub("", " ".join(text.split()).casefold())


QUESTION_KEYS = frozenset({
    "question", "q", "prompt", "text", "question text", "front", "pregunta", "pergunta", "frage", "domanda", "질문", "문제",
    "pertanyaan", "soal", "質問", "問題", "问题", "問題文", "вопрос", "питання", "ερωτηση", "คำถาม",
})
# The answer itself; then the further answers accepted beside it (read after it when both are given).
ANSWER_KEYS = frozenset({
    "answer", "answers", "a", "ans", "correct", "correct answer", "correct answers", "right answer", "respuesta",
    "respuestas", "resposta", "respostas", "reponse", "back", "respuesta correcta", "resposta correta", "resposta certa",
    "reponse correcte", "bonne reponse", "richtige antwort", "risposta corretta", "antwort", "risposta", "정답", "답", "jawaban", "kunci jawaban",
    "答え", "回答", "正解", "解答", "答案", "ответ", "відповідь", "απαντηση", "คำตอบ",
})
# Open Trivia DB's one right answer: never split at its commas ("Washington, D.C." is one answer).
_ONE_ANSWER_KEYS = frozenset({"correct answer"})
ALSO_KEYS = frozenset({"accepted", "accepted answers", "alternatives", "alternative answers", "also accepted",
                       "other answers", "aliases", "acceptable answers", "alternate answers", "alt answers"})
EPISODE_KEYS = frozenset({
    "episode", "ep", "spoils", "spoiler", "spoilers", "spoiler episode", "episodio", "folge", "에피소드", "회차", "스포", "화", "회",
    "spoiler ep", "話", "話数", "エピソード", "ネタバレ", "集", "集数", "集數", "серия", "эпизод", "серія",
    "επεισοδιο", "ตอน", "capitulo", "cap", "episodios", "capitulos",
})
#: The season beside the episode, in its own column or field ("Season 2", then "Episode 3"): a sheet mixing both seasons.
SEASON_KEYS = frozenset({"season", "temporada", "saison", "staffel", "시즌", "シーズン", "季", "sezon", "сезон"})
#: A season's part beside it ("Season 2", "Part 2", "Episode 1"): read alone, its episode 1 would be the season's.
_PART_KEYS = frozenset({"part", "parte", "partie", "teil", "파트", "パート"})
#: A field no synonym names that still says it is the spoiler or episode ("Spoiler (episode)", "Spoils up to",
#: "Episode spoiled", "Spoiler level"): read as the episode, since ignoring it would lose the moderator's episode.
_EPISODE_WORDS = compile_later(r"\b(?:spoil\w*|episod\w*|capitul\w*|eps?)\b|스포|회차|에피|화수|몇\s*화|話|ネタバレ")  # ("Ep #")
#: ...but never one that names what the episode is called or about ("Episode title", "Episode name"): a title
#: is no episode number, so that field stays text.
_EPISODE_TEXT = compile_later(r"\b(?:titles?|names?|summary|synopsis|descriptions?|notes?|recap|plot|comments?)\b|제목|タイトル")


def _later_episode(value: Node) -> bool:
    """Whether a field's text names a later season's episode ("S2 part 1 - ep 4", "S2E4"; never "2" or "Round 2")."""
    if not isinstance(value, ScalarNode) or not isinstance(value.value, str) or len(value.value) > 40:
        return False
    found = read_position(in_english(value.value))
    return found is not None and found.season >= 2


def episode_words(form: str) -> bool:
    """A key's form (compared as `key_form` gives it) that speaks of the spoiler or the episode in words no synonym
    lists, and names no episode's title or text."""
    return bool(_EPISODE_WORDS.search(form)) and not _EPISODE_TEXT.search(form)
# Fields the exports carry that a question needs not (Open Trivia DB's wrong answers are never accepted).
_KNOWN_OTHERS = frozenset({
    "id", "incorrect answers", "wrong answers", "type", "category", "created", "created time", "last edited time",
    "notes", "tags", "number", "no", "#", "difficulty", "explanation", "source",
})
# What an export wraps its rows in that is no row: Airtable's record `fields`.
_RECORD_FIELDS = "fields"
_CATEGORY_CHARS = 40  # as a hyosan list's
_ENTITY = compile_later(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)
# Where one text of answers is split: '|' (not a spoiler bar's '||'), ';', ',' (not inside a number: "1,000", nor a
# decimal comma, "124,79", as sheets in European locales write one number), ' / '.
_SPLITS = (
    ("'|'", compile_later(r"(?<!\|)\|(?!\|)")),
    ("';'", compile_later(r";")),
    ("','", compile_later(r"(?<!\d),|,(?!\d)")),
    # last: ' / ' (`slash_alternatives`: not inside a word, "AC/DC", nor between halves of one thing, "24 / 7")
)

ReadPosition = Callable[[Collector, Node], Position | None]


@dataclass(frozen=True)
class Entry:
    """One question as an export or a text file gives it, before it is checked: `at` is where it starts,
    `what` how a message names it ("entry 2"), the rest as synthetic nodes the Collector reads."""

    at: Node
    what: str
    question: ScalarNode
    answers: SequenceNode
    episode: Node | None = None
    explanation: Node | None = None
    source: Node | None = None
    difficulty: str | None = None
    category: str | None = None
    # the episode heading a question sits under beside its own episode line: the later of the two is held to,
    # as an own line lower than its heading is as likely the question before it's, or a slip
    heading: Node | None = None
    season: Node | None = None  # a season field beside the episode ("Season: 2")


_NONE_CELL = compile_later(r"[-–—]+")  # a sheet's dash for no episode: beside a later season, all of it (not nothing)


def _in_its_season(entry: Entry, blank: Node | None = None) -> Node | None:
    """The entry's episode read in the season its season field gives: "3" beside season 2 is S2E3 (read alone, as
    season 1's, a season-2 question would be asked at S1E3); a later season without an episode is all of it. A
    range ("1-3", "ep 1 to 3") is the episode it ends on: the question spoils up to it. `blank`: the season a blank
    season field's episode is read in (the sheet's latest)."""
    episode = entry.episode
    if isinstance(episode, ScalarNode) and (end := range_end(str(episode.value))) != str(episode.value):
        episode = text_node(end, episode)
    season_field = entry.season if entry.season is not None and not _empty(entry.season) else None
    if season_field is None and episode is not None and not _empty(episode):
        season_field = blank
    if season_field is None:
        return episode
    number = re.search(r"\d{1,2}", unicodedata.normalize("NFKC", str(getattr(season_field, "value", ""))))
    if number is None:
        return episode
    season = int(number.group(0))
    if episode is not None and not _empty(episode) and not _NONE_CELL.fullmatch(str(getattr(episode, "value", "x")).strip()):
        if not isinstance(episode, ScalarNode):
            return episode  # (a list or a mapping: the reader says what is wrong with it)
        # (beside "Season 2 Part 2", its episode 1 is not the season's: all of the season, bot/trivia/partnotes.py)
        return text_node(in_season(str(episode.value).strip(), season, later_part(str(season_field.value))), episode)
    return text_node(f"s{season}", season_field) if season > 1 else episode


def _latest_season(entries: list[Entry]) -> Node | None:
    """A sheet's latest later season in its season fields ("2" beside "1"): a blank one beside it is read in it, as a
    bare "8" read as season 1's would ask a later season's question too soon (the other way it is only held back)."""
    fields = [e.season for e in entries if isinstance(e.season, ScalarNode) and not _empty(e.season)]
    numbered = [(int(m.group(0)), f) for f in fields
                if (m := re.fullmatch(r"\s*0?([2-9])\s*", unicodedata.normalize("NFKC", str(f.value)))) is not None]
    return max(numbered, key=lambda p: p[0])[1] if numbered else None


def text_node(text: str, at: Node) -> ScalarNode:
    """A text as a quoted scalar where `at` is: read as written (no YAML 1.1 reading to warn of)."""
    return ScalarNode(STR_TAG, text, at.start_mark, at.end_mark, style='"')


def answers_node(texts: list[str], at: Node) -> SequenceNode:
    return SequenceNode(SEQ_TAG, [text_node(t, at) for t in texts], at.start_mark, at.end_mark)


def split_answers(text: str) -> tuple[list[str], str | None]:
    """One text of answers as the answers it lists, and the separator it was split at (None: one answer)."""
    if (accepted := also_accepted(text)) is not None:  # "Lomon (accept: Park Solomon)"
        return accepted, "'(accept: ...)'"
    for name, pattern in _SPLITS:
        parts = [p.strip() for p in pattern.split(text)]
        if len(parts) > 1:
            return [p for p in parts if p], name
    if len(parts := _OR.split(text.strip())) > 1 and all(len(p.split()) <= 3 for p in parts) and _one_name(parts):
        return parts, "' or '"  # "Gwi-nam or Gwinam": spellings of one name ("Life or death" is one answer)
    parts = slash_alternatives(text)
    return parts, "' / '" if len(parts) > 1 else None


_OR = compile_later(r"(?<!\s)\s+or\s+", re.IGNORECASE)  # (from a run's first space: from each, the square of the run)


def _one_name(parts: list[str]) -> bool:
    """Whether each part spells the others' name: the same letters, or one's within another's ("Yoon Gwi-nam")."""
    letters = [re.sub(r"[\W_]+", "", p.casefold()) for p in parts]
    return all(a and any(a in b or b in a for b in letters[:i] + letters[i + 1:]) for i, a in enumerate(letters))


def is_entry(node: Node) -> bool:
    if isinstance(node, MappingNode):
        keys = {key_form(str(k.value)) for k, v in node.value if isinstance(k, ScalarNode)}
        if keys & QUESTION_KEYS:
            return True
        inner = next((v for k, v in node.value if isinstance(k, ScalarNode) and key_form(str(k.value)) == _RECORD_FIELDS), None)
        return inner is not None and is_entry(inner)
    return False


def _empty(node: Node) -> bool:
    if isinstance(node, ScalarNode):
        return not str(node.value).strip() or (node.tag == NULL_TAG and node.style is None)
    return isinstance(node, SequenceNode | MappingNode) and not node.value


def _texts(node: Node) -> list[str] | None:
    """A field's answers as texts (None: a mapping or a nested list, which no answer is)."""
    if isinstance(node, ScalarNode):
        return [str(node.value)]
    if isinstance(node, SequenceNode) and all(isinstance(i, ScalarNode) for i in node.value):
        return [str(i.value) for i in node.value if not _empty(i)]
    return None


@dataclass
class _Reading:
    """What reading the rows found that is said once for the file, not once a row."""

    split: set[str]
    ignored: dict[str, None]
    entities: bool = False


def _said(node: Node) -> tuple[str, ...] | None:
    """What a field says, as two fields are compared: "a, b" says what ["a", "b"] says, in any case."""
    texts = _texts(node)
    if texts is not None and isinstance(node, ScalarNode):
        texts = split_answers(html.unescape(texts[0]))[0]
    return None if texts is None else tuple(" ".join(t.split()).casefold() for t in texts)


def _one(
    col: Collector, where: str, at: Node, fields: list[tuple[str, Node]], kind: str
) -> tuple[str, Node] | Literal[False] | None:
    """The one field of a kind an entry gives; False (an error said) when two say different things."""
    said = [(k, v) for k, v in fields if not _empty(v)]
    if len({_said(v) for _, v in said}) > 1:
        keys = " and ".join(repr(k) for k, _ in said[:3])
        col.error(at, f"{where} has two {kind} fields, {keys}, that say different things: keep the one meant "
                      f"(or put every {'answer' if kind == 'answer' else kind} in one of them)")
        return False
    return said[0] if said else None


def _unescaped(text: str, reading: _Reading) -> str:
    if _ENTITY.search(text) is None:
        return text
    reading.entities = True
    return html.unescape(text)


def _answer_texts(node: Node, reading: _Reading, one: bool = False) -> list[str] | None:
    """A field's answers; `one` for a field that holds a single answer (Open Trivia DB's), whose text is never split."""
    texts = _texts(node)
    if texts is None:
        return None
    texts = [_unescaped(t, reading) for t in texts]  # first: "&quot;Dynamite&quot;" is one answer, its ';' no split
    if isinstance(node, ScalarNode) and not one:
        texts, split = split_answers(texts[0])
        if split is not None:
            reading.split.add(split)
    return texts


def _entry(col: Collector, node: Node, number: int, reading: _Reading) -> Entry | Literal[False] | None:
    """The entry a row gives; None for a blank row, False when an error was said."""
    where = f"entry {number}"
    if isinstance(node, MappingNode):
        inner = next((v for k, v in node.value if isinstance(k, ScalarNode) and key_form(str(k.value)) == _RECORD_FIELDS
                      and isinstance(v, MappingNode)), None)
        node = inner if inner is not None and not is_entry(node) else node
    node = quiz_row(node) if isinstance(node, MappingNode) else node  # marked choices, a question object
    if not isinstance(node, MappingNode):
        col.error(node, f"{where} is not a question with its answer (a mapping like {{\"question\": ..., \"answer\": ...}})")
        return False
    fields = [(str(k.value), v) for k, v in node.value if isinstance(k, ScalarNode)]
    if all(_empty(v) for _, v in fields):
        return None
    by_kind: dict[str, list[tuple[str, Node]]] = {k: [] for k in ("question", "answer", "also", "episode", "season", "part")}
    # a field that says the spoiler or episode in other words is an episode field too, beside one named "Episode":
    # were it ignored, a row saying "Episode 2, Spoiler (episode) 6" would be asked at episode 2; two that disagree
    # are refused as any two episode fields are, naming both
    later: list[tuple[str, Node]] = []  # fields read for nothing that name a later season's episode
    for key, value in fields:
        form = key_form(key)
        kind = ("question" if form in QUESTION_KEYS else "answer" if form in ANSWER_KEYS else
                "also" if form in ALSO_KEYS else "episode" if form in EPISODE_KEYS else
                "episode" if episode_words(form) else "season" if form in SEASON_KEYS else "part" if form in _PART_KEYS else None)
        if kind is not None:
            by_kind[kind].append((key, value))
        elif form not in _KNOWN_OTHERS:
            reading.ignored.setdefault(key)
            later.extend([(key, value)] if _later_episode(value) else [])
    if not by_kind["episode"] and later:  # a "Round" cell "S2 part 1 - ep 4": no episode field, so that one says it
        by_kind["episode"].append(later[0])
    question = _one(col, where, node, by_kind["question"], "question")
    answer = _one(col, where, node, by_kind["answer"], "answer")
    episode = _one(col, where, node, by_kind["episode"], "episode")
    season = _one(col, where, node, by_kind["season"], "season")
    part = _one(col, where, node, by_kind["part"], "part")
    if question is False or answer is False or episode is False or season is False or part is False:
        return False
    if question is None:
        keys = ", ".join(repr(k) for k, _ in fields[:6])
        col.error(node, f"{where} has no question (its fields: {keys}); name the question's field 'question'")
        return False
    also = [(k, v) for k, v in by_kind["also"] if not _empty(v)]
    if answer is None and also:  # "Accepted" alone is the answer
        answer, also = also[0], also[1:]
    text = _texts(question[1])
    if text is None or len(text) != 1:
        col.error(question[1], f"{where}: its question ({question[0]!r}) must be one text")
        return False
    asked = _unescaped(text[0], reading)
    if answer is None:
        why = "none of its choices is marked correct" if no_right_choice(node) else "no field such as 'answer' or 'answers'"
        col.error(node, f"{where}: question {short(asked)!r} has no answer ({why})")
        return False
    answers = _answer_texts(answer[1], reading, one=key_form(answer[0]) in _ONE_ANSWER_KEYS)
    for _, more in also:
        answers = None if answers is None else answers + [a for a in (_answer_texts(more, reading) or []) if a not in answers]
    if answers is None:
        col.error(answer[1], f"{where}: the answers of {short(asked)!r} must be a text or a list of texts")
        return False
    given = {key_form(k): v for k, v in fields}
    difficulty = given.get("difficulty")
    graded = str(difficulty.value).strip().lower() if isinstance(difficulty, ScalarNode) else None
    category = given.get("category")
    # lower-case, as a hyosan list's category is; one too long to type after /trivia start is left to the list's name
    named = " ".join(str(category.value).split()).lower() if isinstance(category, ScalarNode) else ""
    return Entry(
        at=node, what=where, question=text_node(asked, question[1]), answers=answers_node(answers, answer[1]),
        episode=None if episode is None else episode[1], explanation=given.get("explanation"),
        source=given.get("source"), difficulty=graded if graded in DIFFICULTIES else None,
        category=named if 0 < len(named) <= _CATEGORY_CHARS else None,
        season=(season[1] if part is None or not isinstance(season[1], ScalarNode) else text_node(
            f"season {season[1].value} part {part[1].value}", season[1])  # one heading, as bot/trivia/partnotes.py reads
        ) if season is not None else category if named and season_heading(named) else None,
    )  # (a category that is a season alone, "Season 2", is the season of its rows' bare episodes, as a heading is)


def _question_texts(rows: SequenceNode) -> list[str]:
    return [str(v.value) for row in rows.value if isinstance(row, MappingNode) for k, v in row.value
            if isinstance(k, ScalarNode) and key_form(str(k.value)) in QUESTION_KEYS and isinstance(v, ScalarNode)]


def _b64(text: str) -> str | None:
    try:
        return base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _percent(text: str) -> str | None:
    try:
        return urllib.parse.unquote_plus(text, errors="strict")
    except UnicodeDecodeError:
        return None


def _encoding(rows: SequenceNode) -> tuple[str, Callable[[str], str | None]] | None:
    """How every text of the export is encoded (Open Trivia DB's `encode=` option), and its decoder; None when
    the texts are plain. Every question must read so: a file is decoded whole or not at all."""
    asked = [t for t in _question_texts(rows) if t.strip()]
    if not asked:
        return None
    if all(re.fullmatch(r"[A-Za-z0-9+/]+={0,2}", t) and len(t) % 4 == 0 and (d := _b64(t)) and " " in d for t in asked):
        return "base64", _b64
    if all(" " not in t and re.search(r"%[0-9A-Fa-f]{2}|\+", t) for t in asked):
        return "percent-encoded (as a web address)", _percent
    return None


def _decode(node: Node, decoder: Callable[[str], str | None]) -> None:
    """Every text of a row decoded in place (its keys are never encoded)."""
    if isinstance(node, ScalarNode) and node.tag != NULL_TAG and str(node.value):
        decoded = decoder(str(node.value))
        node.value = node.value if decoded is None else decoded
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _decode(item, decoder)
    elif isinstance(node, MappingNode):
        for _, value in node.value:
            _decode(value, decoder)


def read_rows(col: Collector, rows: SequenceNode, wrapper: str | None, how: str | None = None) -> list[Entry] | None:
    """The entries of an export's rows, every problem said (None when there is one); a warning says how it was read
    (`how`: what the file was read as, when it is no JSON export)."""
    if len(rows.value) > MAX_QUESTIONS:
        col.error(rows, f"the list has {len(rows.value)} questions; the limit is {MAX_QUESTIONS}")
        return None
    encoded = _encoding(rows)
    if encoded is not None:
        _decode(rows, encoded[1])
    reading = _Reading(split=set(), ignored={})
    entries: list[Entry] = []
    blank: list[int] = []
    for number, node in enumerate(rows.value, start=1):
        got = _entry(col, node, number, reading)
        if got is None:
            blank.append(number)
        elif got is not False:
            entries.append(got)
    if col.problems:
        return None
    within = wrapper if wrapper is None or wrapper.startswith("the ") else repr(short(wrapper, 30))
    how = how or f"the file is read as {'an export' if within is None else within + ' of an export'} " \
          "with one entry a question (its question, answers and episode fields)"
    if encoded is not None:
        how += f"; every text in it was {encoded[0]} and is read decoded"
    if reading.split:
        how += f"; answers written as one text are split at {' and '.join(sorted(reading.split))} (write them as a " \
               "list to keep such a mark in an answer)"
    if reading.entities:
        how += "; HTML entities (&quot; and the like) are read as the characters they stand for"
    col.warn(rows, how)
    if reading.ignored:
        col.warn(rows, "fields not read: " + ", ".join(repr(short(k, 30)) for k in list(reading.ignored)[:8]))
    if blank:
        col.warn(rows, "blank entries skipped: " + ", ".join(str(n) for n in blank[:10]))
    return entries


def _labelled_problems(col: Collector, before: int, what: str) -> None:
    """The problems found while reading one entry, each saying which entry ("line 3: entry 2: ...")."""
    col.problems[before:] = [
        re.sub(r"^(line \d+: )?", lambda m: f"{m.group(0)}{what}: ", p, count=1) if what not in p else p
        for p in col.problems[before:]
    ]


#: Hashtags a sheet's author typed after a question as its spoiler note: "Who bites Ju-ran? #s2e4", "#spoiler #ep12".
_HASHTAGS = compile_later(r"(?:\s+#[^\s#]+)+\s*$")
_SPOILER_TAGS = frozenset({"spoiler", "spoilers", "spoils", "스포", "스포주의", "ネタバレ"})
_LETTER = compile_later(r"[^\W\d_]")


def _hashtag_note(text: str) -> tuple[str, Position | None] | None:
    """The question without the hashtags after it and the latest episode they name (None: spoiler words alone);
    None when they are not all a spoiler note ("#1", "#BTS" and the like are the question's own words)."""
    found = _HASHTAGS.search(text)
    if found is None or not found.start():
        return None
    latest: Position | None = None
    for tag in found.group(0).split():
        word = tag[1:].strip(".,!?")
        if word.casefold() in _SPOILER_TAGS:
            continue
        # a number alone is no episode note; "#s2" is all of season 2 (bot/trivia/laterseason.py)
        position = (read_position(word) or said_season(word)) if _LETTER.search(word) else None
        if position is None:
            return None
        latest = max(latest or NOTHING, position)
    return text[: found.start()].rstrip(), latest


def build_list(
    col: Collector, entries: list[Entry], name: str, position: ReadPosition, *, author: str | None = None
) -> TriviaList | None:
    """The list the entries make, checked as a hyosan list's questions are; None when any has a problem."""
    if len(entries) > MAX_QUESTIONS:
        col.error(None, f"the list has {len(entries)} questions; the limit is {MAX_QUESTIONS}")
        return None
    questions: list[Question] = []
    declared: set[str] = set()
    blank = _latest_season(entries)
    seen: dict[str, tuple[str, int]] = {}
    left_out = 0
    for entry in entries:
        before = len(col.problems)
        text = col.text(entry.question, "the question", limit=MAX_QUESTION_CHARS, uncurl=True)
        text = text.strip() if text is not None else None
        if text == "":
            col.error(entry.question, "the question is empty")
        elif text is not None and not label_allowed(col, entry.question, text):
            text = None
        answers = col.answers(entry.answers, short(text or entry.what))
        spoils: Position | None = None
        episode = _in_its_season(entry, blank)
        try:
            if episode is not None and not _empty(episode):
                spoils = position(col, episode)
            if entry.heading is not None and (under := position(col, entry.heading)) is not None:
                spoils = max(spoils or NOTHING, under)
        except LeftOut as out:  # one bad row said and left out, never the whole list refused
            col.warn(entry.question, f"{entry.what}: {out}")
            left_out += 1
            continue
        if text and (note := _hashtag_note(text)) is not None:
            text, noted = note
            if noted is not None and not storable(col.shape, noted):
                col.error(entry.question, f"{entry.what}: its note names {noted}, which the show does not have "
                                          f"(up to {col.shape.last()})")
            elif noted is not None:
                spoils = max(spoils or NOTHING, noted)
        explanation = col.optional_text(entry.explanation, "the explanation")
        source = col.optional_text(entry.source, "the source")
        _labelled_problems(col, before, entry.what)
        if len(col.problems) > before or not text or answers is None:
            continue
        qid = imported_id(name, text)
        same = _same_question(text)  # "which city is the school  in" is the question typed again
        if same in seen:  # kept, held to the later of the two episodes (a repeat's "part 2" is no less a leak)
            first, at = seen[same]
            col.warn(entry.at, f"{entry.what}: question {short(text)!r} is asked again ({first}); the first is kept")
            if spoils is not None and spoils > questions[at].spoils:
                questions[at] = replace(questions[at], spoils=spoils)
                declared.add(questions[at].id)
            continue
        seen[same] = entry.what, len(questions)
        questions.append(Question(
            id=qid, text=text, answers=answers, choices=(), category=entry.category or name, difficulty=entry.difficulty or "medium",
            spoils=spoils or NOTHING, explanation=explanation, source=source, list_name=name,
        ))
        if spoils is not None:
            declared.add(qid)
    if not questions and not col.problems and not left_out:  # (none but left out: lists.py refuses saying why)
        col.error(None, "the file has no questions")
    if col.problems:
        return None
    return TriviaList(name, author, None, {}, tuple(questions), tuple(col.warnings),
                      undeclared=frozenset(q.id for q in questions if q.id not in declared), format="entries")
