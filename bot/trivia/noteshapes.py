"""What notes apps and Discord put round a labelled quiz's lines, read as the labels they stand for
(bot/trivia/labelled.py reads the rest).

Fans keep countdown quizzes where they already write: a Discord channel ("[12:03] mina: Q: ... A: ...", or messages
copied with their "mina — Today at 12:03" lines), Obsidian ("> [!question] Who bites Nam-ra?" over "> Gwi-nam", a
"> [!warning] Spoilers up to episode 6" callout over the questions it warns of), Notion's toggles ("- ▸ Who ...?"
with the answers nested below) and a Google Forms quiz copied from its page ("1 point" under each question, "Correct
answer" over its answer). Each line keeps its number, so a problem still names the line the author sees;
a line may give two (a question and its answer typed on one chat line). A chat log's talk between the questions
("lol easy") is no question: labelled.py leaves it out, naming its lines in a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.lazy_re import compile_later
from bot.trivia.partyposts import answer_below, answered_line, marked_line

#: A chat export's stamp and speaker before what was said: "[12:03] mina: ...", "[28/01/2022 12:03 PM] mina: ...".
_STAMP = r"^\[(?:[\w/.\-]{6,11},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\]\s*"
_CHAT_LINE = compile_later(_STAMP + r"(?P<name>[^:\s][^:]{0,31}?)\s*:\s*(?P<said>.*)$", re.IGNORECASE)
#: A chat exporter's stamp and speaker alone, the messages on the lines below: "[28-Jan-22 12:03 PM] mina#1234".
_CHAT_STAMP = compile_later(_STAMP + r"[^:\s]\S{0,31}$", re.IGNORECASE)
#: The line Discord puts over copied messages: "mina — Today at 12:03", "jun — 28/01/2022 12:03", "mina — 오늘 오후 12:03".
_CHAT_HEADER = compile_later(
    r"^\S.{0,31}?\s+[—–]\s+(?:today|yesterday|오늘|어제|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})\b.{0,20}\d{1,2}:\d{2}"
    r"(?:\s*[ap]\.?m\.?)?\s*$", re.IGNORECASE)
#: A question and its answer on one line, as typed in one chat message: "Q: Who ...? A: Gwi-nam", "Q: name the club
#: A: science club" (after a '?', or an answer label in capitals: "what is plan a: ..." stays one question).
#: (The spaces before the answer taken from the first of them, as the shortest question would: tried from each, a long
#: run cost the square of its length.)
_ONE_LINE = compile_later(
    r"^(?P<q>(?i:q|question|질문)\s*[:：]\s*\S.*?)(?<!\s)\s+(?P<a>(?:(?<=[?？]\s)(?i:a|answer|ans)|A|Answer|ANS|ANSWER|정답|답)"
    r"\s*[:：]\s*\S.*)$")
#: An Obsidian callout's first line: "> [!question] Who bites Nam-ra?", "> [!warning]- Spoilers up to episode 6".
_CALLOUT = compile_later(r"^(?:>\s*)?\[!(?P<type>[\w-]+)\][+-]?\s*(?P<title>.*)$")
#: A callout's body, to its blank line ('>' and all: a file quoted throughout has lost them to the paste reader).
_CALLOUT_BODY = compile_later(r"^(?:>\s?)?(?P<text>\S.*)$")
_ASKING = frozenset({"question", "questions", "faq", "help", "quiz"})
#: A Notion toggle as exported or copied: "▸ Who ...?", "- ▶ Who ...?", its answers indented below it.
_TOGGLE = compile_later(r"^(?P<indent>[ \t]*)(?:[-*+][ \t]+)?[▸▶►▹](?:\ufe0f)?[ \t]*(?P<text>\S.*)$")
_NESTED = compile_later(r"^(?P<indent>[ \t]+)(?:[-*+•◦○][ \t]+)?(?P<text>\S.*)$")


@dataclass(frozen=True)
class Shaped:
    """A line as read: its number, its text, and the kind the app's shape gives it ("" where labelled.py decides:
    "question", "answer", "divider" (a note over the questions below it) or "skip")."""

    n: int
    text: str
    kind: str = ""


#: A Google Forms quiz copied from its page (or its answer key): each question over its points ("1 point", "2 points",
#: "1 punto", "1점"), its choices, then "Correct answer" over the right one(s); "* Indicates required question" at the top.
_POINTS = compile_later(r"^\d{1,3}\s*(?:points?|puntos?|pontos?|punkte?|poin|점|ポイント|点)$", re.IGNORECASE)
_FORM_KEY = compile_later(r"^(?:correct answers?|respuestas? correctas?|respostas? corretas?|bonnes? réponses?|정답|正解)$",
                          re.IGNORECASE)
_REQUIRED = compile_later(r"^\*\s*(?:indicates required|required|obligatori|obrigat|필수|必須)", re.IGNORECASE)


def _form_lines(lines: list[tuple[int, str]], plain: Callable[[str], bool]) -> list[Shaped] | None:
    """A copied form quiz's lines read: the line over its points a question (its required mark " *" dropped), the
    lines under "Correct answer" to the blank line its answers, the choices, points and marks skipped; None when the
    file is no such copy (no points line, or no "Correct answer")."""
    texts = [raw.strip() for _, raw in lines]
    if not any(_POINTS.match(t) for t in texts) or not any(_FORM_KEY.match(t) for t in texts):
        return None
    out: list[Shaped] = []
    state = "title"  # then "choices" (under a question), "answers" (under "Correct answer")
    for i, ((n, _), text) in enumerate(zip(lines, texts, strict=True)):
        after = next((t for t in texts[i + 1:] if t), "")
        if _POINTS.match(after) and text and not _POINTS.match(text):
            out.append(Shaped(n, re.sub(r"\s*\*$", "", text), "question"))
            state = "choices"
        elif _FORM_KEY.match(text):
            out.append(Shaped(n, "", "skip"))
            state = "answers"
        elif state == "answers" and text:
            out.append(Shaped(n, text, "answer"))
        elif state == "title" and text and not _REQUIRED.match(text):
            out.append(Shaped(n, text))
        elif state == "between" and text and not plain(text):  # a section's title naming its part ("Part 1 (S2E1-6)")
            out.append(Shaped(n, text))
        else:
            out.append(Shaped(n, "", "skip"))
            state = "between" if state == "answers" and not text else state
    return out


def shaped_lines(lines: list[tuple[int, str]], plain: Callable[[str], bool]) -> tuple[list[Shaped], bool]:
    """The lines with the apps' shapes read (`plain`: a text carrying no label of its own), and whether the file is a
    chat log (its talk between questions then left out)."""
    if (form := _form_lines(lines, plain)) is not None:
        return form, False
    out: list[Shaped] = []
    chat = False
    callout = ""  # the open callout's type ("" outside one)
    toggle: int | None = None  # the open toggle's indent
    for n, raw in lines:
        line = raw.replace("\u00a0", " ")
        if _CHAT_HEADER.match(line.strip()) or _CHAT_STAMP.match(line.strip()):
            chat = True
            out.append(Shaped(n, "", "skip"))
            continue
        if (said := _CHAT_LINE.match(line.strip())) is not None:
            chat, line = True, said.group("said")
        line, kind = marked_line(line.strip(), plain)  # a party post's emoji bullet ("🧟 Who ...?", "✅ Gwi-nam")
        if kind:
            out.append(Shaped(n, line, kind))
            continue
        if (both := _ONE_LINE.match(line.strip())) is not None:
            out += [Shaped(n, both.group("q")), Shaped(n, both.group("a"))]
            continue
        if (pieces := answered_line(line.strip(), plain)) is not None:  # "Who ...? answer ||Gwi-nam||"
            out += [Shaped(n, text, kind) for text, kind in pieces]
            continue
        if (below := answer_below(line.strip())) is not None:  # "answer ||Gwi-nam||" under its question
            out.append(Shaped(n, below, "answer"))
            continue
        if (opened := _CALLOUT.match(line.strip())) is not None:
            callout = opened.group("type").casefold()
            title = opened.group("title").strip()
            asking = callout in _ASKING and bool(title) and plain(title)
            out.append(Shaped(n, title, "question" if asking else "" if callout in _ASKING else "divider"))
            callout = "answer" if asking else "note"
            continue
        if callout and line.strip() == ">":  # a callout's empty line
            out.append(Shaped(n, "", "skip"))
            continue
        if callout and (body := _CALLOUT_BODY.match(line.strip())) is not None:
            text = body.group("text").strip()
            asked = callout == "answer" and text and plain(text)
            out.append(Shaped(n, text, "answer" if asked else "" if callout == "answer" else "skip"))
            continue
        callout = ""
        nested = _NESTED.match(line)
        if toggle is not None and nested is not None and len(nested.group("indent").expandtabs(4)) > toggle:
            text = nested.group("text").strip()
            out.append(Shaped(n, text, "answer" if plain(text) else ""))
            continue
        toggle = None
        if (folded := _TOGGLE.match(line)) is not None:  # (a toggle of a heading or a label: read as one)
            toggle = len(folded.group("indent").expandtabs(4))
            text = folded.group("text").strip()
            out.append(Shaped(n, text, "question" if plain(text) else ""))
            continue
        out.append(Shaped(n, line))
    return out, chat
