"""Questions written with labels, as on a quiz sheet, read as entries (bot/trivia/entries.py builds the list).

Moderators keep quizzes in notes and documents: `Question: ...` then `Answer: ...`, `Q:` / `A:`, or a numbered
question (`1. Who ...?`) followed by `Answer: x`, with `Episode: 6` where a question spoils, in a .txt or a
.yaml; the labels in Korean, Japanese, Spanish, Portuguese or German too ("問題：", "Pregunta:", "Resposta:",
"Capítulo:"), a "Season: 2" line beside "Episode: 3", and an episode alone on its line ("第３話", "Episode 6") as a heading over the questions below it
(a question's own episode line lower than its heading does not ask it sooner); a season alone on its line
("SEASON 2") heads the episodes below it, read as that season's. A quiz-night sheet writes its answers apart: numbered questions, then an `Answers:` heading over the
numbered answer key (each answer goes to the question of its number), or each answer on its question's line
after a dash (`1. Who ...? - Park Ji-hu / Park Ji-hoo`) or '||' (a Discord post's, "||answer||" hiding it), on the line
below a numbered question with no label ("Q1: Who ...?" over "Hyosan") or as "- answer" items below it. Lettered
choices under a question ("A) Seoul B) Hyosan", one a line or several on one) are no answers: an answer that is only
a letter ("answer: B", "ans: (b)") is its choice's text. A numbered list pasted without its line breaks ("1. Who ...?
Hyosan 2. Who ...? Park Ji-hu") is read when every piece is numbered in turn and answered after its '?'. Such a file is read when it is plainly that: every question has its answer line, and nothing in it is
written the way a Red or hyosan list is (a `- answer` line, a `Question?:` key line), which the YAML reader
reads instead. A line that is none of these after the first question is refused naming it (what it belongs
to cannot be guessed); lines before the first question are the file's title, said in a warning. In a post of
dashed questions, a question left without its answer among answered ones is left out with a warning naming its
line (the others import), a closing line under the last is a note (one naming a later season in words, "(todo de la
temporada 2, parte 1)", says the season of the questions without an episode of their own, as a title would; one
announcing the next quiz, "(next week: season 2 part 2 quiz!)", names that quiz's), and a
title naming a span of episodes ("episode 1-3 quiz") holds its unlabelled questions to the span's last episode (the
later season's where the title names one, "AOUAD S2 quiz hanggang ep 3": S2E3, unless it names a part).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from yaml.error import Mark
from yaml.nodes import ScalarNode

from bot.lazy_re import compile_later
from bot.show import TRACKED_SEASON, read_position
from bot.trivia.entries import Entry, answers_node, split_answers, text_node
from bot.trivia.episodelabels import (
    in_english,
    in_part,
    in_season,
    label,
    later_part,
    part_alone_heading,
    range_end,
    season_heading,
    spoils_written,
)
from bot.trivia.laterseason import names_later_season, season_headed, season_named
from bot.trivia.listparts import Collector, short, unbarred
from bot.trivia.normal import slash_alternatives
from bot.trivia.noteshapes import Shaped, shaped_lines
from bot.trivia.partnotes import names_a_part, part_last, part_said, season_part_named
from bot.trivia.partyposts import ASKED, bold_heading
from bot.trivia.seasonmarks import names_first_season
from bot.trivia.starred import Read, starred_lines
from bot.trivia.titlespan import other_show_named, said_of_this_list, title_span
from bot.yamlnodes import STR_TAG

#: A question's label and number: "Question:", "Q1:", "1." / "1)", Indonesian "Soal 1:", Japanese "問1　" / "第1問";
#: a note in brackets before the colon ("Soal 3 (spoiler eps 6):") is the question's episode (see _kinds).
_QUESTION = compile_later(
    r"^(?:(?:q|question|질문|문제|pregunta|pergunta|frage|soal|pertanyaan|問題|質問|问题)\s*\d{0,4}"
    r"(?:\s*[(\[](?P<note>[^)\]]{1,40})[)\]])?\s*[:：]|q?\s*\d{1,4}\s*[.)]"
    r"|問\s*[0-9０-９]{1,4}(?:\s+|\s*[.．:：)）])|第\s*[0-9０-９]{1,4}\s*問\s*[.．:：]?)\s*(?P<text>.*)$",
    re.IGNORECASE,
)
_ANSWER = compile_later(
    r"^(?:a|answers?|ans|정답|답|respuestas?|respostas?|antwort|correct answers?|jawaban|jawab|答え|回答|正解|解答|答案)"
    r"\s*\d{0,4}\s*[:：]\s*(?P<text>.*)$", re.IGNORECASE
)
#: Choices lettered under a multiple-choice question, one a line or several on one ("A) Seoul B) Hyosan", "a. a bow"),
#: and an answer that is only a letter ("B", "(b)"): the choice's text is the answer, the other choices are not.
_CHOICE = compile_later(r"(?:^|(?<=\s))\(?(?P<letter>[A-Fa-f])[.)]\s+(?P<text>\S.*?)(?=\s+\(?[A-Fa-f][.)]\s|\s*$)")
_CHOICES_LINE = compile_later(r"^\(?[A-Fa-f][.)]\s+\S")
_LETTER = compile_later(r"^\(?(?P<letter>[A-Fa-f])(?:\)?\.?$|[.)]\s+\S)")  # "B", "(b)", "B) Hyosan"
#: Quotes round a whole answer the way Japanese writes them ("「ヒョサン」"): the author's, not the answer's.
_CORNERED = compile_later(r"^[「『](?P<text>[^「」『』]+)[」』]$")
_EPISODE = compile_later(
    r"^(?:episode|ep|spoils?|spoilers?|에피소드|회차|episodio|episódio|capítulo|capitulo|話|話数|エピソード|ネタバレ)\s*[:：]"
    r"\s*(?P<text>.*)$", re.IGNORECASE,
)
#: A line that is only an episode, as a heading over the questions of that episode ("第３話", "6화", "Episode 6",
#: "Capítulo 12"): the questions below it spoil it, until the next heading or a question's own episode line.
#: What a document writes after it is the heading's, not a question's: a colon, a recap's title after a dash or in
#: brackets ("Episode 2:", "Ep. 4 – The toilet episode", "EPISODE 3 (spoilers up to here)"), never a question ('?').
_HEADING = compile_later(
    r"^(?P<core>第\s*[0-9０-９]{1,2}\s*話|[0-9]{1,2}\s*화|(?:episode|ep\.?|episodio|episódio|capítulo|capitulo)\s*[0-9]{1,2})(?!\s*[-–—~]\s*[0-9])"  # ("episode 1-3 quiz": a range)
    r"(?:\s*[:：.]|\s*[-–—:|]\s*[^?？]*|\s*[(\[][^?？]*[)\]])?$",
    re.IGNORECASE,
)
#: What a pasted document puts before a line and is not the line's: a bullet ("●", "•"), a Markdown heading's '#'s
#: and rules round a heading ("## Episode 10", "# ---- Episode 4 ----").
_BULLET = compile_later(r"^[●•◦○▪▫■□►▸‣⁃∙·]\s*")
#: A heading for something other than an episode ("Round 2 (2 pts each)", "Part 3", "Level 3 (hard)", "Chapter 4 of
#: the webtoon", "Week 2", "2부"): it ends the episode section above it and tags nothing, unless its words give an
#: episode or a range ("Week 2 (episodes 4-6)", "2부 (3화 스포)", "Part 3 – spoilers (ep 7)"); never a question ('?').
_DIVIDER = compile_later(
    r"^(?:(?:bonus|final|lightning|speed)\s+)?(?:round|part|level|chapter|week|section|stage|set)\s*#?\s*[0-9]{1,2}"
    r"(?P<rest>[\s:：.\-–—|(\[,][^?？]{0,60})?$|^(?:제\s*)?[0-9]{1,2}\s*(?:부|라운드|단계|주차)(?P<krest>[\s:：.(\[][^?？]{0,60})?$"
    r"|^bonus(?:\s+(?:round|questions?|qs))?(?P<brest>[\s:：.\-–—(\[,!](?:(?!\s[-–—]\s)[^?？|]){0,60})?$",  # ("Bonus: season 2!", never
    # a row answered after a dash or in bars: "Bonus: name the shop - ||…||")
    re.IGNORECASE,
)
_MARKS = "#=-*~_ \t"
#: A Markdown heading that is a question, as a quiz kept in Notion writes each: a question when an answer line
#: follows it ("## Which episode has the gym confession?" over "**A:** Episode 10"), else a comment.
_MD_QUESTION = compile_later(r"^#{2,6}\s+(?P<text>[^#\s].*[?？])\s*$")
#: A question numbered with '#' ("#1 - Which city ...? - Hyosan"): no Markdown heading (one has a space after its
#: '#'), nor a comment: read as any other line.
_HASH_NUMBERED = compile_later(r"^#\d{1,4}\s*[-–—.:)]\s*\S[^?？]*[?？]")
_NUMBER = compile_later(r"^q?\s*(\d{1,4})\s*[.)]")
#: A question's second half numbered after a comma ("1, parte 2: E quem joga …?", "2, part 2: And who …?").
_SECOND_HALF = compile_later(r"^\d{1,3}\s*,\s*(?:parte?|pt\.?|bagian|phần|teil)\s*\d{1,2}\s*[:：]\s*\S", re.IGNORECASE)
#: A row opening on a bonus and asking ("Bonus: who kills Woo-jin? - ||Nam-ra||", "Bonus question: …?", "Pregunta extra: ¿…?",
#: "보너스 문제: …?", "ボーナス問題：…？"): a question, as written.
_BONUS_ASKED = compile_later(r"^(?:b[oô]nus|extra|tie-?breaker|(?:pregunta|pergunta|soal|pertanyaan)[^\S\n]+(?:extra|b[oô]nus)|보너스(?:[^\S\n]*문제)?"
                             r"|ボーナス(?:問題)?)(?:[^\S\n]+(?:questions?|q|round))?"
                             r"(?:[^\S\n]*[(\[（][^()\[\]（）\n]{1,20}[)\]）])?"  # ("Bonus (ep 12): who kills Woo-jin?", imports50)
                             r"[^\S\n]*[:：.\-–—)][^\S\n]*[^\s?？][^?？]*[?？]", re.IGNORECASE)
#: A bonus round's heading in bold, asking too ("**BONUS ROUND: who said it??**"): a round's divider (bold_heading takes none
#: that asks: "**Who kills Woo-jin?**" is a question).
_BONUS_ROUND = compile_later(r"^(?:\*\*|__)[^\S\n]*bonus[^\S\n]+(?:round|time|section)(?![\w])[^*_\n]{0,60}(?:\*\*|__)[^\S\n]*$", re.IGNORECASE)
#: The season of a question's episode line, on its own line: "Season: 2", "Temporada: 2", "시즌: 2".
_SEASON_LINE = compile_later(r"^(?:season|temporada|saison|staffel|시즌|シーズン)\s*[:：]\s*(?P<text>\S.*)$", re.IGNORECASE)
# The heading over an answer key ("Answers:", "Answer key", "정답").
_KEY_HEADING = compile_later(r"^(?:answers?|answer key|answer sheet|key|정답|답)\s*[:：]?$", re.IGNORECASE)
# An answer after its question's '?' (and any label after it: "(ep 3)"), past a dash with spaces round it, or past
# '||' (a Discord post's "question? || answer", or "question? ||answer||" hiding it); a label in full-width brackets too
# ("誰？（6話までのネタバレ） - ||グィナム||").
# (a Markdown bullet's "- " before a question is none of it)
_DASHED = compile_later(r"^(?:-\s+)?(?P<q>.+?[?？](?:\s*[(\[（【][^)\]）】]{1,30}[)\]）】])?)(?:\s+[-–—]\s+|\s*(?P<bars>\|\|)\s*"
                        r"|\s+(?P<pipe>\|)\s+)(?P<a>\S.*)$")  # ("question? | answer | S2P2E3": cells a pipe apart)
# What a Red or hyosan list has and labels never: an answer line, a key line with its value below it.
_YAML_LINE = compile_later(r"^(?:-(?:\s|$)|[^:：]*[:：]\s*$)")


_SEASONS = {n: f"s{n}" for n in range(2, 10)}
# a closing line wholly in brackets: an aside on the list (its bracket left open too: "(bonus: first to DM me … wins!!")
_ASIDE = compile_later(r"^\s*[(\[（](?:(?![)\]）]).)*(?:[)\]）][\s!.]*)?$")


def _without_aside(text: str) -> str:
    """`text` without the aside in brackets it ends with ("Season 2 (after the premiere!)": "Season 2"), from the first
    bracket opened after the last one closed before it; else as it is. (A scan, not a pattern: a pattern searched from
    every bracket of a run of thousands, "[[[[…", went square.)"""
    bare = text.rstrip()
    if not bare.endswith((")", "]")):
        return text
    closed = max(bare.rfind(")", 0, len(bare) - 1), bare.rfind("]", 0, len(bare) - 1))
    opened = next((at for at in range(closed + 1, len(bare) - 1) if bare[at] in "(["), None)
    return text if opened is None else bare[:opened].rstrip()


def _at(line: int) -> ScalarNode:
    mark = Mark("upload", 0, line - 1, 0, None, 0)  # (no buffer: a message names the line alone)
    return ScalarNode(STR_TAG, "", mark, mark, style='"')


#: A label in Markdown bold or italics ("**Q:** ...", "__Answer__: ..."), as a quiz kept in a .md or pasted from
#: Discord is written: the marks are the editor's, the label the same.
_MARKED_LABEL = compile_later(r"^([*_]{1,3})([^*_:：]{1,20}?)(?:([:：])\1|\1\s*([:：]))")
_MARKED_NUMBER = compile_later(r"^([*_]{1,3})((?:q|question)?\s*\d{1,4}\s*[.)])\1", re.IGNORECASE)  # "**Q1.**", "**1)**"


#: A post's own edit note, as Reddit posts end ("Edit: thanks for the gold", "EDIT 2: fixed Q3", "ETA: …"): no question.
_EDIT_NOTE = compile_later(r"^(?:edit|eta|update)\s*\d{0,2}\s*[:：]", re.IGNORECASE)


def _decoration(line: str) -> bool:
    """A line of punctuation alone, three marks or more, as a paste's rules and frames are drawn ("-----", "=====",
    "~*~*~", "[[[[]]]]"): no question, answer or episode, and no one answers with it."""
    marks = "".join(line.split())
    return len(marks) >= 3 and all(unicodedata.category(ch)[0] == "P" or unicodedata.category(ch) == "Sm" for ch in marks)


def _kind(line: str) -> tuple[str, str]:
    line = _BULLET.sub("", line.replace("\u00a0", " "), count=1)
    if _EDIT_NOTE.match(line) or _decoration(line):
        return "comment", line
    if line.startswith("#") and (asked := _MD_QUESTION.match(line)) is not None:  # "## Nam-ra is bitten. Which episode?" (kept if answered)
        return "mdquestion", asked.group("text").strip()
    if line.startswith("#") and _HASH_NUMBERED.match(line) is None:  # a comment, unless a heading ("## Part 2")
        heading = _HEADING.match(line.strip(_MARKS))
        if heading is None and (divider := _DIVIDER.match(line.strip(_MARKS))) is not None:
            return "divider", divider.group("rest") or divider.group("krest") or divider.group("brest") or ""
        if heading is None and (aside := _part_divider(line)) is not None:
            return "divider", aside  # "## 파트 2": a part's heading as a round's
        if heading is None and season_heading(_without_aside(line.strip(_MARKS))) is not None:
            return "season", line.strip(_MARKS)  # "## Season 2 — Part 2 (eps 7–12)": Markdown's season heading
        return ("heading", heading.group("core")) if heading is not None else ("comment", line)
    if line.startswith(("*", "_")):  # (both open with their marks: a line without them is not tried)
        line = _MARKED_LABEL.sub(lambda m: m.group(2) + (m.group(3) or m.group(4)), line, count=1)
        line = _MARKED_NUMBER.sub(lambda m: m.group(2), line, count=1)
    if _SECOND_HALF.match(line):  # "1, parte 2: ¿Y quién …?": question 1's second half, asked as it is written
        return "question", line.strip()
    if _BONUS_ASKED.match(line):  # "Bonus: who kills Woo-jin? - ||Nam-ra||" between numbered ones (imports49: refused the list)
        return "question", line.strip()
    if _BONUS_ROUND.match(line):  # "**BONUS ROUND: who said it??**" (imports49: refused the list)
        return "divider", ""
    for kind, pattern in (("answer", _ANSWER), ("episode", _EPISODE), ("question", _QUESTION), ("seasonline", _SEASON_LINE)):
        if (found := pattern.match(line)) is not None:
            note = found.groupdict().get("note")  # a label's note that is no episode ("Q1 (2 pts):") stays the question's
            kept = f"({note}) " if note and spoils_written(f"({note})") is None else ""
            return kind, kept + found.group("text").strip()
    if _CHOICES_LINE.match(line):
        return "choices", line
    if (heading := _HEADING.match(line)) is not None:
        return "heading", heading.group("core")
    if (divider := _DIVIDER.match(line)) is not None:
        return "divider", divider.group("rest") or divider.group("krest") or divider.group("brest") or ""
    if (aside := _part_divider(line)) is not None:
        return "divider", aside
    if season_heading(line) is not None or season_heading(_without_aside(line)) is not None:
        return "season", line  # ("Season 2 Part 1 (eps 1-4)": its aside read below)
    if (bold := bold_heading(line)) is not None and (inner := _kind(bold))[0] in ("heading", "divider", "season"):
        return inner  # "**Round 2 — Season 2**": Discord's heading
    return "other", line


_PART_ASIDE = compile_later(r"\s*[(\[][^()\[\]]*[)\]]\s*$")  # "Parte 2 (caps 7-12)": "(caps 7-12)"


def _part_divider(line: str) -> str | None:
    """A part's heading in the words bot/trivia/partnotes.py reads ("Parte 2 (caps 7-12)", "## 파트 2", "Ikalawang
    Bahagi", "2ª parte"), as a round's divider: its aside ("" for none); None for any other line."""
    if part_alone_heading(line) is None:
        return None
    aside = _PART_ASIDE.search(line.strip(_MARKS))
    return "" if aside is None else aside.group()


def _part_of(line: str, season: int, headed: int | None) -> int | None:
    """The part a heading names alone ("**Part 2**", "## Part 2 (eps 7-12)") under a later season's heading or a
    header naming one; None for any other (a quiz's own "Part 2 — hard ones" over season 1)."""
    return part_alone_heading(line) if season > 1 or headed else None


def _closing_part(text: str, season: int) -> int:
    """The part of `season` a closing line names beside it ("temporada 2, parte 1": 1), else 0."""
    named = season_part_named(text)
    return named[1] if named is not None and named[0] == season else 0


def _noted_in(n: int, text: str, season: int, part: int, heading: str) -> tuple[int, str] | None:
    """A question's own label ("Who ...? (ep 3)") under a later season's or part's heading, as that season's or part's
    episode (under "**Season 2 Part 2**", "ep 3" is the part's third); None elsewhere or without a bare episode."""
    said = label(text) if season > 1 else None
    if said is None or said[1] is None or said[1].season != 1:
        return None
    return n, in_part(said[0], season, part, heading)


def _noted(line: Shaped) -> list[tuple[str, str]]:
    """The episode a question's label notes in brackets ("Soal 3 (spoiler eps 6):"), as its episode line."""
    # (a note is in brackets: a line without any has none, and is not matched again)
    found = None if line.kind or not ("(" in line.text or "[" in line.text) else _QUESTION.match(_BULLET.sub("", line.text.strip()))
    note = found.group("note") if found is not None else None
    return [("episode", f"({note})")] if note and spoils_written(f"({note})") is not None else []


@dataclass
class _Open:
    line: int
    text: str
    answers: list[str] = field(default_factory=list)
    answer_line: int = 0
    episode: tuple[int, str] | None = None
    heading: tuple[int, str] | None = None
    noted: tuple[int, str] | None = None  # its label's episode read under a later season's heading ("(ep 3)")
    season: tuple[int, str] | None = None
    choices: dict[str, str] = field(default_factory=dict)


def _answer_key(read: Read, raw: dict[int, str]) -> Read | None:
    """A sheet's numbered questions with the answer key below them read as questions each with its answer line;
    None when the file has no such key."""
    heading = next((i for i, (n, kind, text) in enumerate(read) if kind == "answer" and not text
                    and _KEY_HEADING.match(raw[n].strip())), None)
    if heading is None or heading + 1 >= len(read):
        return None
    questions, key = read[:heading], read[heading + 1:]
    if any(kind != "question" for _, kind, _ in key) or any(kind == "answer" for _, kind, _ in questions):
        return None
    answers: dict[str, tuple[int, str]] = {}
    for n, _, text in key:
        if (number := _NUMBER.match(raw[n].strip())) is None or number.group(1) in answers:
            return None
        answers[number.group(1)] = (n, text)
    out: Read = []
    for n, kind, text in questions:
        out.append((n, kind, text))
        number = _NUMBER.match(raw[n].strip()) if kind == "question" else None
        if number is not None and number.group(1) in answers:
            line, answer = answers.pop(number.group(1))
            out += [(line, "answer", a) for a in slash_alternatives(answer)]  # alternatives, as dashed
    return None if answers else out


def _dashed(read: Read) -> Read | None:
    """Numbered questions each with its answer after a dash, alternatives after ' / ', read as answer lines."""
    # every line "question? - answer" and none labelled: Quizlet's export with " - " between term and definition (a
    # title above the first)
    loose = all(kind in ("other", "season", "divider") for _, kind, _ in read)  # (under a Markdown season or part heading too)
    first = next((i for i, (_, _, text) in enumerate(read) if _DASHED.match(text)), 0) if loose else 0
    # (and under numbered ones a closing line wholly in brackets, "(next week: Squid Game season 2 part 1 night!)": a
    # note, never a refusal)
    last = max((i for i, (_, kind, _) in enumerate(read) if kind == "question"), default=len(read))
    questions = [(n, text) for i, (n, kind, text) in enumerate(read)
                 if kind == "question" or (kind == "other" and ((loose and i >= first) or (i > last and _ASIDE.match(text))))]
    if not questions or any(kind == "answer" for _, kind, _ in read):
        return None
    questions = [(n, found.group("q") + text[found.end():] if (found := _BARRED_ASKED.match(text)) else text) for n, text in questions]
    split = {n: found for n, text in questions if (found := _DASHED.match(text)) is not None}
    left = {n: text for n, text in questions if n not in split}
    # a line after the last answered question is the post's closing note ("have fun!!", or naming a season in words: the
    # list's; a mark such as "S2E4" there is refused, as it cannot be told which question it is of); a question
    # among answered ones with no answer of its own is left out, said (the others import): only where most are answered
    notes = {n for n in left if len(split) > 1 and n > max(split) and (loose or _ASIDE.match(left[n])) and not ASKED.search(left[n])
             and not _YAML_LINE.match(left[n]) and (not names_later_season(left[n]) or _ASIDE.match(left[n]) is not None)}
    unanswered = {n for n in left if n not in notes and ASKED.search(left[n])}
    if len(notes) + len(unanswered) != len(left) or len(notes) > 2 or (unanswered and len(split) < max(2, 2 * len(unanswered))):
        return None
    out: Read = []
    for n, kind, text in read:
        if n in notes or n in unanswered:
            out.append((n, "unanswered" if n in unanswered else "note", text))
        elif n in split and kind != "episode":  # (a label's note, "Q1 (S2E2): ", is its question's episode: kept below)
            out.append((n, "question", split[n].group("q").strip()))
            said, noted = _answer_noted(split[n].group("a"))
            said = said.removesuffix("||").strip() if split[n].group("bars") else unbarred(said)  # ("||answer||" hid it)
            cells = said.rsplit(" | ", 1) if split[n].group("pipe") else []
            cell = cells[1].strip() if len(cells) == 2 and _tag_cell(cells[1]) else None
            tag = cell or noted
            out += [(n, "answer", a) for a in slash_alternatives(cells[0] if cell else said)]
            out += [(n, "episode", tag)] if tag else []  # its last cell the episode it spoils
        else:
            out.append((n, kind, text))
    return out


# A question wholly in a moderator's bars before its answer ("||who kills Woo-jin?|| - ||Nam-ra||"): the bot puts its own.
_BARRED_ASKED = compile_later(r"^\|\|(?P<q>[^|]+?[?？])\|\|(?=\s*[-–—]\s)")
# An episode noted after a dashed answer ("- ||Nam-ra|| (ep 12)"), as a numbered row notes it before.
_ANSWER_NOTE = compile_later(r"[(\[（【](?P<tag>[^()\[\]（）【】]{1,30})[)\]）】]$")  # (searched in the answer's stripped end)


def _answer_noted(said: str) -> tuple[str, str | None]:
    """A dashed answer without the episode noted after it, and that note (None without one)."""
    said = said.rstrip()
    found = _ANSWER_NOTE.search(said, max(0, len(said) - 40))
    cell = found.group("tag").strip() if found else ""
    # (a bare number is no episode: "2022 (2)", a count)
    position = read_position(in_english(cell)) or spoils_written(cell) if any(c.isalpha() for c in cell) else None
    if found and not position and (head := _NOTE_HEAD.match(cell)):  # "(ep 6... rip)": the episode, then the writer's aside
        cell, position = head.group(0), read_position(in_english(head.group(0)))
    return (said[:found.start()].rstrip(), cell) if found and position and position.season > 0 else (said, None)


#: An episode opening a note after an answer, an aside after it ("ep 6... rip", "S1E12 😭"; imports50: kept in the answer).
_NOTE_HEAD = compile_later(r"^(?:ep(?:isode)?\.?\s?\d{1,2}|s\d{1,2}\s?e\d{1,2})(?=[\s.,!…~😭]*[^\w\s]|\s+(?:rip|lol|lmao)\b)", re.IGNORECASE)


def _tag_cell(cell: str) -> bool:
    """Whether a line's last cell after its answer is the episode it spoils ("s2p2ep3", "S2 P.2 Ep.1", "ep 6")."""
    if not any(c.isalpha() for c in cell):
        return False
    # (or a label's reading: "part 2 ep 6 (ep 12 overall)", its part's episode and the season's count beside it)
    said = read_position(in_english(cell.strip())) or spoils_written(cell.strip())
    return said is not None and (said.season > 0 or not said)  # ("(no spoilers, part 1 or 2 whatever)": none, a tag too)


#: An answer written as a list item below its numbered question ("1. Who ...?" over "- Gwi-nam").
_ITEM = compile_later(r"^[-*•]\s+(?P<text>\S.*)$")


def _next_line(read: Read) -> Read | None:
    """Numbered questions each with its answer on the line below and no label ("Q1: Who ...?" over "Hyosan"), or its
    answers as "- answer" items below it; None unless every question is written so (a line more is no answer)."""
    if any(kind == "answer" for _, kind, _ in read):
        return None
    out: Read = []
    last = ""  # "question": one waiting for its answer; "item": answered by items, another may follow
    for n, kind, text in read:
        if kind == "other" and last in ("question", "item"):
            item = _ITEM.match(text)
            if item is None and last == "item":
                return None
            out.append((n, "answer", item.group("text") if item else text))
            last = "item" if item else "answered"
        elif kind == "other" and last:
            return None  # a second plain line: the question's own text wrapped, or talk, never guessed an answer
        elif kind == "question" and (last == "question" or text.endswith((":", "："))):
            return None  # ("1. Who ...?:" over "- x" is a Red key: YAML's to read)
        else:
            out.append((n, kind, text))
            last = "question" if kind == "question" else last
    return out if last != "question" and any(kind == "answer" for _, kind, _ in out) else None


#: A numbered list whose line breaks were lost in a paste: "1. Who ...? Hyosan 2. Who ...? Park Ji-hu".
_NEXT_NUMBER = compile_later(r"\s+(?=(?:q\s*)?\d{1,3}[.):]\s)", re.IGNORECASE)
_PIECE_NUMBER = compile_later(r"^(?:q\s*)?(?P<n>\d{1,3})[.):]\s*", re.IGNORECASE)
_ASKED_THEN = compile_later(r"^(?P<q>[^?？]+[?？])\s+(?P<a>[^?？]+)$")


def _paragraph(read: Read) -> Read | None:
    """One numbered line holding the whole list, each question's answer after its '?', read as its questions; None
    unless every numbered piece is a question and its answer, numbered in turn from 1."""
    asked = [i for i, (_, kind, _) in enumerate(read) if kind == "question"]
    if len(asked) != 1 or asked[0] != len(read) - 1:
        return None
    n, _, text = read[-1]
    pieces = _NEXT_NUMBER.split(text)
    numbers = [_PIECE_NUMBER.match(p) for p in pieces[1:]]
    if len(pieces) < 2 or any(m is None or int(m.group("n")) != i for i, m in enumerate(numbers, start=2)):
        return None
    split = [_ASKED_THEN.match(_PIECE_NUMBER.sub("", p) if i else p) for i, p in enumerate(pieces)]
    if any(found is None for found in split):
        return None
    out = read[:-1]
    for found in split:
        assert found is not None
        answer = found.group("a").strip()
        labelled = _ANSWER.match(answer)  # ("1. Who ...? Answer: Hyosan 2. ...")
        out += [(n, "question", found.group("q").strip()), (n, "answer", labelled.group("text") if labelled else answer)]
    return out


# A numbered question's whole line in spoiler bars ("||1. Who ...? (S2E2) - Yong Ma-ru||"): the line as if bare (the
# bars hid all of it from a reader; a game hides its answer itself).
_BARRED_LINE = compile_later(r"^\|\|(?P<inner>\s*(?:q\s*)?\d{1,4}\s*[.)]\s*(?:(?!\|\|).)+)\|\|$", re.IGNORECASE)


def _unbarred(line: str) -> str:
    found = _BARRED_LINE.match(line) if line.startswith("||") else None
    return line if found is None else found.group("inner").strip()


def labelled_entries(col: Collector) -> list[Entry] | None:
    """The entries of a file written with labels (None when it is not one; [] with problems said when it is
    one with mistakes)."""
    lines = [(n, _unbarred(raw.lstrip("\ufeff").rstrip())) for n, raw in enumerate(col.lines, start=1)]
    shaped, chat = shaped_lines(lines, lambda text: _kind(text)[0] == "other")
    read: Read = [(s.n, kind, text) for s in shaped if s.text.strip() and s.kind != "skip"
                  for kind, text in ((s.kind, s.text) if s.kind else _kind(s.text.strip()), *_noted(s))
                  if kind != "comment"]
    chatter = [n for n, kind, _ in read if kind == "other"] if chat else []
    read = [item for item in read if item[0] not in chatter]  # a chat log's talk between its questions
    read = [(n, "question" if i + 1 < len(read) and read[i + 1][1] == "answer" else "comment", text)
            if kind == "mdquestion" else (n, kind, text) for i, (n, kind, text) in enumerate(read)]
    read = [item for item in read if item[1] != "comment"]
    keyed, dashed, starred = _answer_key(read, dict(lines)), _dashed(read), starred_lines(read)
    read = keyed or dashed or starred or _next_line(read) or _paragraph(read) or read
    kinds = [kind for _, kind, _ in read]
    if "answer" not in kinds or "question" not in kinds or kinds.index("question") > kinds.index("answer"):
        return None
    # (a bullet's indent is the document's nesting, "  ○ Question: ...", never YAML's)
    indented = {s.n for s in shaped if not s.kind and s.text[:1].isspace() and _BULLET.match(s.text.strip()) is None}
    first = read[kinds.index("question")][0]  # ("eps 4–6:" over the first question: the quiz's title, not YAML's key)
    if any((kind == "other" and _YAML_LINE.match(text) and not (n < first and title_span(text) is not None))
           or (kind != "other" and n in indented) for n, kind, text in read):
        return None  # a Red or hyosan list (`question:` and `answers:` indented under `- id:`): YAML's to read
    start = kinds.index("question")
    while start and kinds[start - 1] in ("heading", "season", "divider"):  # an episode heading over the first question: its
        start -= 1
    title = [text for _, kind, text in read[:start]]
    opened: list[_Open] = []
    heading: tuple[int, str] | None = None
    closing: tuple[int, int, str, int] | None = None  # a closing line in brackets naming a later season: its line, season, text, part
    season = 1  # "SEASON 2" on its own line: the episodes below it are season 2's, its questions all of it at least
    part = 0  # under "Season 2 Part 2" (2): an episode's number is the part's, not the season's (bot/trivia/partnotes.py)
    part_line = ""  # that heading as written: its "(eps 7-12)" says which numbers are the season's own
    raw = dict(lines)
    header = "\n".join(text for n, text in lines if n < read[start][0])
    headed = season_headed(header)  # "AOUAD S2 quiz" above them
    bare_season = 1 if headed is None or names_first_season(header) else headed  # a bare episode's season with no heading
    # a title naming the episodes the quiz covers and no season ("episode 1-3 quiz"): a question with no episode or
    # label of its own spoils up to the last of them
    # (a title's bound naming a later season beside it, "đến tập 6 phần 2", "ถึงตอน 6 ซีซั่น 2", is that season's episode:
    # read as season 1's, season 2's questions the reader does not know would be asked at S1E6)
    # (and under a header naming that season, "今私 シーズン2クイズ（シーズン2の6話までネタバレ）", "AOUAD S2 quiz hanggang ep
    # 3": that season's episode, never left to the reader, who may know none of its questions: stored 0 before; never
    # where a part is named, whose episode 3 may be the season's 9th)
    span = next(((n, found, season_named(text) or headed or 1) for n, _, text in read[:start]
                 if (found := title_span(text)) is not None), None)
    bound = None if span is None or (headed and names_a_part(header)) else (span[0], in_season(span[1], span[2]))
    for n, kind, text in read[start:]:
        current = opened[-1] if opened else None
        if kind == "season":
            core = text.strip("*_~ \t")  # (its aside read apart, in bold or not: "(eps 1-6)" says where the part ends)
            bare = stripped if season_heading(stripped := _without_aside(core)) is not None else text
            season, part, part_line = season_heading(bare) or 1, later_part(bare), text
            # an aside naming episodes ("(eps 1-4)") under a season's first part: up to the last of them
            ranged = in_season(range_end(core[len(bare):].strip(" ()[]")), season) if bare != text and not part else ""
            heading = (n, ranged if read_position(ranged) else _SEASONS[season]) if season > 1 else None
        elif kind == "heading":
            heading = (n, in_season(text, season, part))
        elif kind == "divider" and (alone := _part_of(raw[n], season, headed)) is not None:
            # a part's own heading under its season's or under a header naming the season ("AOUAD S2 quiz" over
            # "**Part 2 (eps 7-12)**"): that season's part, its episodes noted as the part's (episodelabels.in_part)
            season, part, part_line = max(season, headed or 0), alone if alone > 1 else 0, raw[n]
            ranged = in_season(range_end(text.strip(" ()[]")), season) if text.strip() and not part else ""
            heading = (n, ranged if read_position(ranged) else _SEASONS[season])
        elif kind == "divider":  # a round or a part: what its words say it spoils, else no episode
            said = spoils_written(text) if text.strip() else None
            heading = (n, f"S{said.season}E{said.episode}") if said else None
            if said and said.season > 1:  # "Part 1 (S2E1-6)" (a form's section): the bare "(ep 4)" below are that season's
                season, part, part_line = said.season, 0, raw[n]
            named = None if said else season_heading(_without_aside(text).strip(" \t-–—:|!"))
            if named is not None:  # "Round 2 — Season 2 (after the premiere!)": a season's heading too
                season, part = named, 0
                heading = (n, _SEASONS[season]) if season > 1 else None
        elif kind == "unanswered":
            col.warn(None, f"line {n}: question {short(text)!r} has no answer after ' - ' or in '||' bars: left out, "
                           "the others imported (put its answer on its line and import the list again)")
        elif kind == "note":  # a closing note under the questions (_dashed), not asked; one naming a later season ("(todo
            # de la temporada 2, parte 1)") says the list's, as a title would; not one naming season 1 beside it ("(season 2
            # quiz next week, these are all s1!!)") nor another show ("(la semana que viene: quiz de Sweet Home temporada 3,
            # parte 1)"); one announcing the next quiz or a bonus, by what it says of this one after it (titlespan)
            own = said_of_this_list(text)  # ("(next week: season 1 rewatch quiz, tonight's was season 2 part 2)": part 2)
            parted = bool(own) and names_a_part(own)  # ("…; hoy fue la parte 2 entera": the season named before it)
            # ("… we did part 2 tonight": season 2's part, never under a title naming season 1: "(next week: part 2 of this
            # quiz! tonight was part 1)" below "AOUAD season 1 quiz (part 1 of 2)" is the quiz's own, imports50)
            alone = TRACKED_SEASON if not names_first_season(header) else None
            later = None if not own or names_first_season(own) or other_show_named(own) else \
                season_named(own) or (season_named(text) or alone if parted else None)
            closing = closing or (None if later is None else (
                n, later, text, _closing_part(own, later) or (_closing_part(text, later) or part_said(own) if parted else 0)))
            continue
        elif kind == "question":
            opened.append(_Open(n, text, heading=heading, noted=_noted_in(n, text, season, part, part_line)))
        elif current is None or kind == "other":
            col.problems.append(
                f"line {n}: {short(text)!r} is neither a question ('Question: ...' or '1. ...'), an answer "
                "('Answer: ...') nor the episode it spoils ('Episode: 6'): put it on the line of what it belongs to"
            )
        elif kind == "choices":
            current.choices.update((m.group("letter").casefold(), m.group("text").strip()) for m in _CHOICE.finditer(text))
        elif kind == "answer":
            text = (cornered.group("text") if (cornered := _CORNERED.match(text)) else text).strip()
            if (letter := _LETTER.match(text)) is not None and letter.group("letter").casefold() in current.choices:
                text = current.choices[letter.group("letter").casefold()]  # "answer: B": the choice it letters
            parts, _ = split_answers(text) if text else ([], None)
            # alternatives after ' / ' or a full-width '／', as a dashed sheet's (a slash inside a word stays)
            parts = [a for p in parts for a in slash_alternatives(p)]  # (split_answers splits at one kind: "A; B / C")
            current.answers += [p for p in parts if p not in current.answers]
            current.answer_line = current.answer_line or n
        elif kind == "seasonline":
            current.season = current.season or (n, text)
        elif current.episode is not None:
            col.problems.append(f"line {n}: question {short(current.text)!r} says its episode twice (first at line "
                                f"{current.episode[0]}): keep one")
        else:  # (a bare "(ep 7)" after an answer under "Estamos Muertos T2 quiz": season 2's, not season 1's, imports50)
            current.episode = (n, in_season(text, season, part) if season > 1 or part else in_season(text, bare_season))
    entries: list[Entry] = []
    for question in opened:  # (a closing line's season: its questions' "(ep 7)" that season's, the others all of it)
        if closing is not None and not (question.noted or question.episode or question.heading):
            question.noted = _noted_in(question.line, question.text, closing[1], closing[3], closing[2])
            # (one naming the season's part, "(todo de la temporada 2, parte 1)": that part's last episode as listed)
            question.heading = (closing[0], str(part_last(closing[1], closing[3])) if closing[3] else _SEASONS[closing[1]])
        if not question.answers:
            col.problems.append(f"line {question.line}: question {short(question.text or '(empty)')!r} has no "
                                "'Answer:' line below it")
            continue
        at = _at(question.line)
        episode = question.episode or question.noted or question.heading or (bound if label(question.text) is None else None)
        entries.append(Entry(
            at=at, what=f"question {len(entries) + 1}", question=text_node(question.text, at),
            answers=answers_node(question.answers, _at(question.answer_line)),
            episode=None if episode is None else text_node(episode[1], _at(episode[0])),
            heading=None if question.episode is None or question.heading is None or question.heading[1] in _SEASONS.values()
            else text_node(question.heading[1], _at(question.heading[0])),  # (its own episode says more than "s2")
            season=None if question.season is None else text_node(question.season[1], _at(question.season[0])),
        ))
    how = "the file is read as labelled questions ('Question:' or a number, then 'Answer:'); answers on one line " \
          "are split at '|', ';' or ',' (in a Red list, write each answer as its own '- answer' line)"
    if keyed:
        how += "; the numbered answers under the answer key each go to the question of their number"
    elif dashed:
        how += "; each question's answer is read after its ' - ', alternatives after ' / '"
    elif starred:
        how = "the file is read as a trivia bot's lines: a question, then each of its answers after a '*'"
    if title:
        how += f"; {short(title[0])!r} above the first question is read as a title, not asked"
    if chatter:
        how += "; the file is read as a chat log: " + ", ".join(f"line {n}" for n in chatter[:8]) + \
               (" and more" if len(chatter) > 8 else "") + " (talk, no question or answer) left out"
    col.warn(None, how)
    return entries
