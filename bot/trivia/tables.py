"""Lists kept in a spreadsheet and uploaded as the CSV (or TSV) it exports, read as entries (bot/trivia/entries.py).

Moderators write trivia in Google Sheets or Excel and upload File > Download > CSV: a header row naming the
columns (`Question,Answer(s),Episode`, `질문,정답,회차`), answers "a, b" in one cell or one a line in it (Alt+Enter),
alternatives in columns of their own (`Alt answer 1`, `Answer 2`), commas, semicolons (Excel in a European locale,
with its `sep=;` line) or tabs between the cells. Each row is then read as a JSON row is, so the two exports are
checked alike. Two shapes come without the usual header: Kahoot's quiz template (rows of instructions above the
header, four choices and the right one's number), read as the choices it numbers; and a table of two columns, a
question ending in '?' then its answer (Quizlet's export, a sheet with no header), read so with a warning saying so.
Headers are read in other languages too (Pregunta / Pergunta;Resposta;Episódio / Pertanyaan / 質問,答え,話数, accents
aside), and a column whose header speaks of spoilers or episodes is the episode even in words no synonym lists:
ignored, it would ask a spoiling row from the start. A cell a spreadsheet runs as a formula (=HYPERLINK(...),
+cmd|..., @SUM(...)) is refused naming its line: it is no text to store, and an export of it would run it.
A question wrapped in its cell is one question, its lines joined by a space. A quiz add-on's "Option 1".."Option 4"
beside its "Correct answer" column are the wrong choices, never answers; so are a printed quiz's "A".."D" columns,
whose plain "Answer" column names the right one by its letter (a row with no choices gives its answer as text). A Markdown table (a wiki's or Notion's,
pasted into a .txt under a line of chat) is read as the table it is. A form's responses sheet (Google Forms'
Timestamp, Email Address, Score, one column a question) is refused saying so: its rows are what people answered.
Anything else is left to the other readers: a Red or hyosan list never has such a header row.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.lazy_re import compile_later
from bot.show import read_position
from bot.trivia.ankitext import anki_rows
from bot.trivia.entries import (
    ALSO_KEYS,
    ANSWER_KEYS,
    EPISODE_KEYS,
    QUESTION_KEYS,
    Entry,
    episode_words,
    read_rows,
)
from bot.trivia.listparts import Collector, fold_accents, short
from bot.trivia.partyposts import ASKED
from bot.yamlnodes import MAP_TAG, SEQ_TAG, STR_TAG

_DELIMITERS = (",", ";", "\t")
_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs"}
#: Excel's first line naming the delimiter (`sep=;`), which no question is.
_SEP_LINE = compile_later(r"^\ufeff?sep=(?P<d>[,;\t|])\s*$", re.IGNORECASE)
#: What a header says beside the column's name: "Answer(s)", Kahoot's "Question - max 120 characters", "Answer:".
_HEADER_NOISE = compile_later(r"\(s\)|(?<!\s)\s+[-–—]\s.*$|(?<![:*.])[:*.]+\s*$")  # ("Ep.": "ep"; a run tried from its start)
_NUMBERED = compile_later(r"^(?P<base>.*?)\s*(?:#|no\.?)?\s*(?P<n>\d{1,2})$")
_ALSO_WORDS = compile_later(r"^(?:alt|alternate|alternative|other|accepted|also|extra)s?\.?(?:\s+(?:answers?|correct answers?))?$")
#: Words that make an answer column another accepted answer, in the languages headers are read in: "Also accept",
#: "Respuesta alternativa", "Autre réponse", "다른 정답", "Weitere Antwort", "Jawaban lain" (accents folded).
_OTHER_WORDS = frozenset({
    "alt", "alternate", "alternative", "alternatives", "other", "another", "also", "accept", "accepted", "extra",
    "more", "alternativa", "alternativas", "alternativo", "otra", "otras", "otro", "autre", "autres", "alternatif",
    "outra", "outras", "andere", "weitere", "alternativ", "altra", "altre", "lain", "다른", "추가",
    "기타", "別", "他の", "其他", "другой", "другие", "альтернативный", "інша", "інші", "αλλη", "αλλες", "อื่น",
})
#: Kahoot's right choices: "2", "1,3".
_CHOICE_NUMBERS = compile_later(r"^\s*(?:\d{1,2}|[a-f])(?:\s*[,;]\s*(?:\d{1,2}|[a-f]))*\s*$", re.IGNORECASE)
# "Option A".."Option D": choices lettered, as quiz add-ons and printed quizzes letter them (A is choice 1).
_LETTERED = compile_later(r"^(?P<base>option|choice|answer)\s+(?P<l>[a-f])$")
_BARE_LETTER = compile_later(r"^[a-f]$")
# The column that says which choice is right, by its number or letter (Kahoot's template in its other languages too:
# "Respuesta(s) correcta(s)", "Resposta(s) correta(s)", "Bonne(s) réponse(s)", "Richtige Antwort(en)", accents folded).
_CORRECT_HEADERS = frozenset({"correct answer", "correct answers", "correct option", "correct options", "correct choice",
                              "right option", "right choice", "respuesta correcta", "respuestas correctas",
                              "opcion correcta", "resposta correta", "respostas corretas", "opcao correta",
                              "bonne reponse", "bonnes reponses", "reponse correcte", "richtige antwort",
                              "richtige antworten", "richtige antwort(en)", "risposta corretta", "jawaban benar", "jawaban yang benar"})
_HEADER_ROWS = 12  # how far down a header may be (Kahoot's template has its instructions above it)


#: A cell a spreadsheet reads as a formula: '=' then anything, or '+', '-', '@' then a function ("@SUM(",
#: "+HYPERLINK(") or a DDE call ("+cmd|' /C calc'!A0"). Stored, it would be exported and opened as one.
_FORMULA = compile_later(r"^(?:=\S|[+\-@][a-z_][\w.]*\(|[+\-@=].*\w+\|\s*'[^']*'\s*!)", re.IGNORECASE)


@lru_cache(maxsize=1024)  # (a row of 16,000 tabs is 16,000 empty cells: each read once)
def _form(cell: str) -> str:
    # (a template's note on the header's second line is no part of its name: Blooket's "Correct Answer(s)\n(Only
    # include Answer #)", "Answer 3\n(Optional)")
    # (and emoji dressing a header, "❓ Question", "✅ Answer": a column named with one reads as its words)
    named = "".join(ch for ch in cell.split("\n", 1)[0] if unicodedata.category(ch) != "So" and ch not in "\ufe0f\u200d")
    folded = fold_accents(_HEADER_NOISE.sub("", named.strip().lstrip("\ufeff")).strip().casefold())
    return re.sub(r"[\s_\-]+", " ", folded).strip()


@dataclass(frozen=True)
class _Column:
    """A column as read: its header, the key the row gets ("" for a column no question needs), and for Kahoot's
    choices, the choice's number."""

    header: str
    key: str
    choice: int = 0


#: A form's title for a column: "Your question", "Write your question", "The answer" (a Google Form moderators
#: collect questions with, whose export heads each column with the form's own wording).
_WORDED = compile_later(r"^(?:(?:your|the|a|an|its|write|enter|type|submit|trivia|quiz|tu|su|tua|sua|escribe|escriba|escreva|"
                        r"digite|la|el|o)\s+){1,3}(?P<key>.+)$")  # (and in Spanish and Portuguese: "Tu pregunta", "Sua pergunta")


#: Where a header's two languages meet with only a space between ("질문 Question", "Answer 정답"): Latin beside
#: Hangul, kana or Han.
_SCRIPTS_MEET = compile_later(r"(?<=[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff])\s+(?=[a-z])|"
                              r"(?<=[a-z.])\s+(?=[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff])")


_NAMED = QUESTION_KEYS | ANSWER_KEYS | EPISODE_KEYS
_NAMED_OR_ALSO = _NAMED | ALSO_KEYS  # (every column the importer reads by its header's name)


def _bilingual(form: str) -> str:
    """A header naming its column in two languages ("Question / 질문", "Answer / 정답", "질문 Question"): the name
    it is read by, when the halves name one kind of column; else the header as it is."""
    halves = [h.strip() for h in (form if "/" in form else _SCRIPTS_MEET.sub("/", form)).split("/")]
    if len(halves) < 2 and form not in _NAMED:
        # two names in one script with a space between ("Pregunta Question"): only where both sides are names
        words = form.split(" ")
        halves = next(([" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))
                       if " ".join(words[:i]) in _NAMED and " ".join(words[i:]) in _NAMED), halves)
    if len(halves) < 2:
        return form
    kinds = {kind for h in halves for kind, keys in (("q", QUESTION_KEYS), ("a", ANSWER_KEYS), ("e", EPISODE_KEYS))
             if h in keys}
    return next((h for h in halves if h in _NAMED), form) if len(kinds) == 1 else form


@lru_cache(maxsize=1024)
def _header_name(cell: str) -> str:
    """The name a header's cell reads as (its form, its form's words, one of its two languages)."""
    return _bilingual(_worded(_form(cell)))


def _worded(form: str) -> str:
    found = _WORDED.match(form)
    return found.group("key") if found is not None and found.group("key") in QUESTION_KEYS | ANSWER_KEYS else form


def _columns(header: list[str]) -> list[_Column] | None:
    """The header's columns, or None when the row is no header of a question table."""
    forms = [_header_name(h) for h in header]
    if not any(f in QUESTION_KEYS or f == "questions" for f in forms):
        return None
    # a sheet lettering its choices "A".."D" with no word before them (a printed quiz's): "A" is a choice there,
    # not the answer column (an "A" alone beside "Q" still is)
    lettered = {"b", "c"} <= set(forms)
    plain_answer = any(f in ANSWER_KEYS and not (lettered and _BARE_LETTER.match(f)) for f in forms)
    columns: list[_Column] = []
    for raw, form in zip(header, forms, strict=True):
        numbered = _NUMBERED.match(form) or _LETTERED.match(form)
        base = numbered.group("base") if numbered else form
        if form in QUESTION_KEYS or form == "questions":
            columns.append(_Column(raw, "question"))
        elif lettered and _BARE_LETTER.match(form):
            columns.append(_Column(raw, "", choice=ord(form) - ord("a") + 1))
        elif numbered and base in ANSWER_KEYS | {"option", "choice"}:
            number = int(numbered.group("n")) if "n" in numbered.groupdict() else ord(numbered.group("l")) - ord("a") + 1
            first = number == 1 and not plain_answer
            # "Option 2" beside a "Correct answer" column (a quiz add-on's, Google Forms') is a wrong choice, never
            # an answer: only "Answer 2" is another accepted answer (Kahoot's numbered choices: see _kahoot)
            offered = plain_answer and base in ("option", "choice")
            columns.append(_Column(raw, "" if offered else "answer" if first else "alternatives", choice=number))
        elif form in ALSO_KEYS or _ALSO_WORDS.match(base) or _other_answer(form):
            columns.append(_Column(raw, "alternatives"))
        elif form in ANSWER_KEYS:
            columns.append(_Column(raw, "answer"))
        elif form not in EPISODE_KEYS and episode_words(form) and not any(f in EPISODE_KEYS for f in forms):
            # "Spoiler level", "Episode #", "Spoils up to": read as the episode, since ignoring it would ask a
            # spoiling row from the start ("Episode title" is text: see episode_words)
            columns.append(_Column(raw, "episode"))
        else:
            columns.append(_Column(raw, raw.strip().lstrip("\ufeff") if form else ""))
    if not any(c.key in ("answer", "alternatives") for c in columns):
        return None
    return columns


def _names_column(cell: str) -> bool:
    """Whether a header cell names a column the importer reads (a question, an answer, another answer, an episode)."""
    form = _header_name(cell)
    base = numbered.group("base") if (numbered := _NUMBERED.match(form)) else form  # ("Alt 1", "Answer 2")
    return bool(form) and (base in _NAMED_OR_ALSO or _other_answer(form)
                           or _ALSO_WORDS.match(base) is not None or bool(episode_words(form)))


def _merged_header(header: list[str], columns: list[_Column], below: list[str]) -> list[_Column] | None:
    """A header a sheet split over two rows by merged cells ("Answers" over "Main" / "Also accept"), read as one:
    the row under the header, empty in the question's column, with a cell naming a column. A cell below names its
    column when it names one; else its column keeps the header above it, an empty one the merged cell to its left
    (None when the row below is a question's, or blank)."""
    asked = next(i for i, c in enumerate(columns) if c.key == "question")
    if ((asked < len(below) and below[asked].strip()) or not any(_names_column(c) for c in below)
            or any(read_position(c) is not None for c in below if c.strip())):  # ("", "ep 5": a row lacking its question)
        return None
    cells: list[str] = []
    spanning = ""
    for i in range(max(len(header), len(below))):
        top, sub = (header[i] if i < len(header) else ""), (below[i] if i < len(below) else "")
        spanning = top if top.strip() else spanning
        # a second column under one merged "Answers" is another accepted answer, never a second answer field
        inherited = "other answers" if _form(spanning) in ANSWER_KEYS else spanning
        cells.append(sub if _names_column(sub) else top if top.strip() else inherited if sub.strip() else "")
    return _columns(cells)


def _other_answer(form: str) -> bool:
    """A header naming another accepted answer in words: an answer word and an "other" word ("다른 정답",
    "autre reponse"), or "also accept" / "accepted too" with no answer word."""
    words = form.replace("/", " ").split()
    if len(words) < 2 or not any(w in _OTHER_WORDS for w in words):
        return False
    return any(w in ANSWER_KEYS for w in words) or all(w in _OTHER_WORDS | {"too", "as", "well"} for w in words)


def _mark(line: int) -> Mark:
    return Mark("upload", 0, line - 1, 0, None, 0)  # (no buffer: a message names the line alone)


def _scalar(text: str, line: int) -> ScalarNode:
    return ScalarNode(STR_TAG, text, _mark(line), _mark(line), style='"')


def _cell(text: str, line: int, answer: bool) -> Node:
    """A cell as the row's value: an answer cell with line breaks (Alt+Enter) lists one answer a line; any other
    cell's lines are one text, joined by a space (a question wrapped in its cell is one question)."""
    if answer and "\n" in text.strip():
        items = [_scalar(t.strip(), line) for t in text.splitlines() if t.strip()]
        return SequenceNode(SEQ_TAG, items, _mark(line), _mark(line))
    return _scalar(" ".join(t.strip() for t in text.splitlines() if t.strip()), line)


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """The table's rows with the line each starts on; [] when the text is no table (a quote never closed). A cell
    longer than the csv module reads (131,072 characters) is its line split plainly, so the question's or answer's
    limit refuses it naming that line, and the rows after it are read on."""
    lines = text.split("\n")
    rows: list[tuple[int, list[str]]] = []
    start = 1
    while start <= len(lines):
        reader = csv.reader(io.StringIO("\n".join(lines[start - 1:]), newline=""), delimiter=delimiter)
        base = start - 1
        try:
            for row in reader:
                rows.append((start, row))
                start = base + reader.line_num + 1
            return rows
        except csv.Error as error:
            if "field limit" not in str(error):
                return []
            rows.append((start, lines[start - 1].split(delimiter)))
            start += 1
    return rows


def _kahoot(columns: list[_Column], body: list[tuple[int, list[str]]]) -> list[_Column] | None:
    """Kahoot's template: its "Correct answer(s)" column numbers the right choices among "Answer 1".."Answer 4"; a quiz
    add-on's "Correct option" numbers or letters them among "Option 1".."Option 4" or "Option A".."Option D"."""
    choices = [c for c in columns if c.choice]
    correct = [i for i, c in enumerate(columns) if _form(c.header) in _CORRECT_HEADERS]
    # choices lettered bare ("A".."D"): the plain answer column names the right one by its letter, and a row
    # with no choices (a list mixing both kinds) gives its answer as text
    bare = any(_BARE_LETTER.match(_form(c.header)) for c in choices)
    if bare and not correct:
        correct = [i for i, c in enumerate(columns) if c.key == "answer"]
    if not choices or len(correct) != 1:
        return None
    cells = [row[correct[0]] for _, row in body if len(row) > correct[0] and row[correct[0]].strip()]
    # (a number of many digits among them is a slip in its row, left out naming its line: not a reason to read the
    # sheet as another kind, whose right answer would be the number itself)
    if not cells or not (any(_CHOICE_NUMBERS.match(c) for c in cells) if bare else (
            all(_CHOICE_NUMBERS.match(c) or c.strip().isdigit() for c in cells) and any(_CHOICE_NUMBERS.match(c) for c in cells))):
        return None
    return [_replace_key(c, "choice") if c.choice else _replace_key(c, "correct") if i == correct[0] else c
            for i, c in enumerate(columns)]


def _replace_key(column: _Column, key: str) -> _Column:
    return _Column(column.header, key, column.choice)


def _cells(columns: list[_Column], row: list[str]) -> list[tuple[_Column, str]]:
    return [(c, row[i].strip() if i < len(row) else "") for i, c in enumerate(columns)]


def _picked(cells: list[tuple[_Column, str]]) -> str | None:
    """A row's correct-answer cell as typed (None without such a column)."""
    return next((text for c, text in cells if c.key == "correct"), None)


def _right(columns: list[_Column], row: list[str]) -> list[str] | None:
    """The choices a row's correct-answer column picks (None without such a column)."""
    cells = _cells(columns, row)
    picked = _picked(cells)
    if picked is None:
        return None
    offered = [text for c, text in cells if c.key == "choice" and text]
    # a number or letter that is itself one of the choices ("12" among 8, 10, 12, 16) is that choice's text
    wanted = {int(n) if n.isdigit() else ord(n.lower()) - ord("a") + 1
              for n in re.findall(r"\d+|\b[a-f]\b", picked, re.IGNORECASE)}
    if not picked and _TYPED_KIND.search(_kind(columns, row)):
        return offered  # Quizizz's fill-in-the-blank: its options are the answers it accepts
    return [picked] if picked in offered or not offered else [
        text for c, text in cells if c.key == "choice" and c.choice in wanted and text]


def _picks_none(columns: list[_Column], row: list[str]) -> bool:
    """Whether a row's right answer is a number no choice of it has (Blooket's "7" of two answers): a slip in that
    row, which no guess can answer."""
    cells = _cells(columns, row)
    picked = _picked(cells) or ""
    return bool(re.fullmatch(r"[\d\s,;]+", picked)) and not _right(columns, row) and any(
        text for c, text in cells if c.key == "choice")


def _row_node(columns: list[_Column], line: int, row: list[str]) -> MappingNode | None:
    cells = _cells(columns, row)
    if not any(text for c, text in cells if c.key):
        return None  # a blank row, or one with only a number in a column no question needs
    pairs: list[tuple[Node, Node]] = []
    if (right := _right(columns, row)) is not None:
        pairs.append((_scalar("answers", line), SequenceNode(SEQ_TAG, [_scalar(t, line) for t in right], _mark(line),
                                                             _mark(line))))
    for column, text in cells:
        if column.key and column.key not in ("choice", "correct"):
            pairs.append((_scalar(column.key, line), _cell(text, line, column.key in ("answer", "alternatives"))))
    return MappingNode(MAP_TAG, pairs, _mark(line), _mark(line))


#: What a form's responses sheet has beside one column a question (Google Forms, Microsoft Forms): its rows are
#: what people answered, right or wrong, so no row says a question's answer.
_RESPONSE_COLUMNS = frozenset({"timestamp", "email address", "email", "score", "username", "start time",
                               "completion time", "zeitstempel", "marca temporal", "carimbo de data/hora", "타임스탬프",
                               "horodateur", "タイムスタンプ", "direccion de correo electronico", "correo electronico",
                               "endereco de e mail", "e mail", "adresse e mail", "e mail adresse", "이메일 주소", "メールアドレス",
                               "puntuacion", "pontuacao", "punteggio", "punktzahl", "points", "점수", "スコア", "nombre de usuario",
                               "nome de usuario"})
_RESPONSES = ("the file is a form's responses sheet (Timestamp, Email, Score, then one column a question): its rows are "
              "what people answered, not the answers: make a table with a 'Question' column and an 'Answer' column "
              "(and an 'Episode' one for spoilers), one row a question, and upload that")


def _responses(header: list[str]) -> bool:
    """A Google Forms / Microsoft Forms responses header: a time stamp column and a score, email or name column
    (never beside an answer column: a form moderators collect questions with, "Timestamp, Email, Question, Answer",
    is a list of questions with their answers)."""
    forms = {_form(h) for h in header}
    return bool(forms & {"timestamp", "zeitstempel", "marca temporal", "carimbo de data/hora", "타임스탬프", "start time",
                         "horodateur", "タイムスタンプ"}) \
        and len(forms & _RESPONSE_COLUMNS) >= 2 and not forms & ANSWER_KEYS


#: A live poll's results (Mentimeter's or Slido's export: "Slide, Question, Option, Votes"): what an audience voted.
_VOTE_COLUMNS = frozenset({"votes", "vote", "vote count", "number of votes", "votos", "stimmen", "voix", "투표수", "投票数"})
_POLL = ("the file is a live poll's results (Mentimeter's or Slido's export: each option with its votes): votes are "
         "not answers: make a table with a 'Question' column and an 'Answer' column (and an 'Episode' one for "
         "spoilers), one row a question, and upload that")


def _headerless(rows: list[tuple[int, list[str]]]) -> bool:
    """No header: every row a question ending in '?' and its answer (Quizlet's export), or its answers in the cells
    after it (a sheet's "Download .tsv" of question, answer, other spellings) -- unless a later cell could be an
    episode ("6", "S1E6"), which no header says is not an answer."""
    filled = [[c.strip() for c in row if c.strip()] for _, row in rows]
    filled = [cells for cells in filled if cells]
    return bool(filled) and all(
        len(cells) >= 2 and ASKED.search(cells[0]) is not None and all(read_position(c) is None for c in cells[2:])
        for cells in filled)


#: A Markdown table's line under its header: "|---|:---|:---:|" (the outer bars optional).
# (GitHub's: one dash a cell will do. Its spaces taken once: two runs side by side split every way cost a blank line of
# thousands of spaces the square of it.)
_MD_RULE = compile_later(r"^\s*+\|?\s*+:?-+:?\s*+(?:\|\s*+:?-+:?\s*+)+\|?\s*+$")
_MD_CELL = compile_later(r"(?<!\\)\|")
#: Emphasis around a whole cell ("**Gwi-nam**", "_Hyosan_", "`2-5`"): how the table was styled, never what a player
#: types; markers inside a cell ("2*3") stay.
_MD_EMPHASIS = ("**", "__", "*", "_", "`")


def _unstyled(cell: str) -> str:
    for mark in _MD_EMPHASIS:
        inner = cell[len(mark):-len(mark)]
        if len(cell) > 2 * len(mark) and cell.startswith(mark) and cell.endswith(mark) and mark[0] not in inner:
            return inner.strip()
    return cell


def _markdown_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    cells = [cell.strip().replace("\\|", "|") for cell in _MD_CELL.split(inner)]
    return [_unstyled(cell) for cell in cells]


def _markdown(col: Collector, text: str) -> list[Entry] | None:
    """A Markdown table (from a wiki, Notion, GitHub or a chat) pasted into a text file, lines of chat around it:
    read as the table it is, its header and its rows (None when the text holds no such table)."""
    lines = text.splitlines()
    rule = next((n for n, line in enumerate(lines) if n and _MD_RULE.match(line) and "|" in lines[n - 1]), None)
    if rule is None or (columns := _columns(_markdown_cells(lines[rule - 1]))) is None:
        return None
    table: list[tuple[int, list[str]]] = []
    for number in range(rule + 1, len(lines)):
        if "|" not in lines[number]:
            if lines[number].strip():
                break  # the table ends where a line of chat comes after it
            continue
        table.append((number + 1, _markdown_cells(lines[number])))
    how = f"the file is read as a Markdown table (header on line {rule}), one row a question"
    return _read(col, columns, table, how)


def table_entries(col: Collector, text: str) -> list[Entry] | None:
    """The entries of a spreadsheet's export or a Markdown table (None when the file is not one; None with
    problems said when its rows have mistakes)."""
    body = text.lstrip("\ufeff")
    if (pasted := _markdown(col, body)) is not None or col.problems:
        return pasted
    if (anki := anki_rows(body)) is not None:
        how = (f"the file is read as Anki's export (fields separated by {anki[0]}): each note's front is the question, "
               "its back the answer (its HTML, sounds and the columns its header names for other things left out)")
        return _read(col, [_Column("question", "question"), _Column("answer", "answer")], anki[1], how)
    if (cards := _one_line_cards(body)) is not None:
        how = ("the file is read as Quizlet's export with ';' between the cards: each term (before its tab) is the "
               "question, its definition the answer")
        return _read(col, [_Column("question", "question"), _Column("answer", "answer")], cards, how)
    first, _, rest = body.partition("\n")
    offset = 0
    delimiters: tuple[str, ...] = _DELIMITERS
    if (sep := _SEP_LINE.match(first.rstrip("\r"))) is not None:
        body, offset, delimiters = rest, 1, (sep.group("d"),)
    if "\n" not in body.strip() and not any(d in body for d in delimiters):
        return None
    for delimiter in delimiters:
        if delimiter not in body:
            continue  # one cell a row: no header, no responses sheet (a 50,000-line YAML list was parsed once a delimiter)
        rows = [(n + offset, row) for n, row in _rows(body, delimiter)]
        if rows and _responses(rows[0][1]):
            col.error(_scalar(delimiter.join(rows[0][1]), rows[0][0]), _RESPONSES)
            return None
        for index, (_, header) in enumerate(rows[:_HEADER_ROWS]):
            forms = {_form(h) for h in header}
            if forms & _VOTE_COLUMNS and not forms & ANSWER_KEYS:
                col.error(_scalar(delimiter.join(header), rows[index][0]), _POLL)
                return None
            if len(header) < 2 or (columns := _columns(header)) is None:
                continue
            table = rows[index + 1:]
            if table and (merged := _merged_header(header, columns, table[0][1])) is not None:
                columns, table = merged, table[1:]
            kahoot = _kahoot(columns, table)
            how = (f"the file is read as a spreadsheet's rows (cells separated by {_NAMES[delimiter]}, header on line "
                   f"{rows[index][0]}), one row a question")
            if kahoot is not None:
                columns = kahoot
                how += "; its answer is the choice its correct-answer column numbers (the other choices are not accepted)"
            return _read(col, columns, table, how)
    for delimiter in ("\t", *delimiters):
        if delimiter not in body:
            continue
        rows = [(n + offset, row) for n, row in _rows(body, delimiter)]
        if _headerless(rows):
            cells = [(n, [c for c in row if c.strip()]) for n, row in rows]
            widest = max(len(row) for _, row in cells)
            columns = [_Column("question", "question"), _Column("answer", "answer"),
                       *(_Column(f"answer {n}", "alternatives") for n in range(2, widest))]
            how = (f"the file has no header row: it is read as a table of two columns separated by {_NAMES[delimiter]}"
                   ", the question then its answer" + ("s" if widest > 2 else ""))
            return _read(col, columns, cells, how)
    return None


def _one_line_cards(body: str) -> list[tuple[int, list[str]]] | None:
    """Quizlet's export with "Between rows: Semicolon" chosen: one line of "term TAB definition;" cards (None when the
    text is not that: more lines, or a piece without its one tab)."""
    cards = [card for card in body.strip().split(";") if card.strip()]
    if "\n" in body.strip() or len(cards) < 2 or any(card.count("\t") != 1 for card in cards):
        return None
    return [(1, card.strip().split("\t")) for card in cards]


def _formulas(col: Collector, columns: list[_Column], table: list[tuple[int, list[str]]]) -> None:
    """Each read cell a spreadsheet would run as a formula, said with its line: such a cell is what the sheet
    computes from (or an attack on whoever opens the list's export), never a question or an answer to store."""
    for line, row in table:
        for column, cell in zip(columns, row, strict=False):
            if column.key and _FORMULA.match(cell.strip()):
                col.error(_scalar(cell, line), f"the cell {short(cell.strip(), 40)!r} in column {column.header.strip()!r}"
                          " is a spreadsheet formula, not text: copy the column and paste it as values only (Sheets: "
                          "Ctrl+Shift+V; Excel: Paste Special > Values), or write the text without the formula")


#: A quiz tool's question types: one whose options are all accepted (typed in), one with no right answer at all.
_TYPED_KIND = compile_later(r"fill|blank|open|short answer|type ?answer|typed", re.IGNORECASE)
_NO_ANSWER_KIND = compile_later(r"poll|survey|opinion|word ?cloud|draw|slide|info", re.IGNORECASE)


def _kind(columns: list[_Column], row: list[str]) -> str:
    """The row's question type ("Multiple Choice", "Fill-in-the-Blank", "Poll"), when a column says it."""
    return next((row[i] for i, c in enumerate(columns)
                 if _form(c.header) in ("question type", "type") and i < len(row)), "")


def _given(columns: list[_Column], row: list[str]) -> bool:
    """Whether the row gives an answer: a choice, or the right one said."""
    return any(c.key in ("choice", "correct", "answer", "alternatives") and i < len(row) and row[i].strip()
               for i, c in enumerate(columns))


def _read(col: Collector, columns: list[_Column], table: list[tuple[int, list[str]]], how: str) -> list[Entry] | None:
    _formulas(col, columns, table)
    if col.problems:
        return None
    if any(c.key == "correct" for c in columns):
        # a poll asks an opinion: no answer of it is right, so it is no trivia question; nor is a typed one (Quizizz's
        # Open-Ended) with no answer given, which takes whatever is typed
        polls = [(line, row) for line, row in table if _NO_ANSWER_KIND.search(_kind(columns, row))
                 or (_TYPED_KIND.search(_kind(columns, row)) and not _given(columns, row))]
        for line, row in polls:
            col.warn(_scalar("", line), f"the row is a {_kind(columns, row).strip()!r} (no answer is right): left out")
        slips = [(line, row) for line, row in table if (line, row) not in polls and _picks_none(columns, row)]
        for line, row in slips:
            col.warn(_scalar("", line), f"the row's right answer ({_picked(_cells(columns, row))!r}) "
                                        "is the number of none of its choices: left out (fix the number to keep it)")
        table = [entry for entry in table if entry not in polls and entry not in slips]
    heads = [_form(c.header) for c in columns]
    again = [(line, row) for line, row in table if [_form(c) for c in row[:len(heads)]] == heads]
    for line, _ in again:  # two exports pasted into one file: the second one's header is no question
        col.warn(_scalar("", line), "the header row again (two sheets pasted together?): left out")
    nodes = [node for line, row in table if (node := _row_node(columns, line, row)) is not None and (line, row) not in again]
    start = _mark(table[0][0] if table else 1)
    return read_rows(col, SequenceNode(SEQ_TAG, list(nodes), start, start), None, how=how)
