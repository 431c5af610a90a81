"""python -m bench.trivia_answers [DIR]: the typed-answer matcher against whole trivia lists.

For every question of every list in DIR (default ../shared/red-trivia-lists, Red-DiscordBot's 54
lists), with the lists' answers taught to the matcher as a game would:
- every accepted answer, typed as it is written, must be judged right (no unmatchable answer);
- answers that fold to nothing (emoji, "~") are reported, since no player can ever type them;
- "collisions": two different answers of one question with the same comparison form, counted by
  what tells them apart (case and punctuation, accents, "&", number words): any other difference
  could be meaning lost in folding, so those pairs are listed;
- how many questions can be played in buttons mode with same-kind wrong options;
- generated player messages: each display answer inside ten kinds of chat ("my answer is X",
  "X i guess", "is it X?"...) must be right, the answer followed by two other answers of its list
  must be several answers, and bystander chat ("lol", "brb"...) must be chat.
Prints a JSON summary; exits 1 when an answer does not match itself.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from bot.lore.names import fold
from bot.trivia.distractors import OptionPicker
from bot.trivia.lists import ListError, parse_list
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from bot.trivia.normal import compact_form, normalize_tokens


def _default_dir() -> Path:
    """../shared/red-trivia-lists beside the checkout (or beside the folder of worktrees)."""
    repo = Path(__file__).resolve().parents[1]
    for base in (repo.parent, repo.parent.parent):
        candidate = base / "shared" / "red-trivia-lists"
        if candidate.is_dir():
            return candidate
    return repo.parent / "shared" / "red-trivia-lists"


DEFAULT_DIR = _default_dir()
_NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|fou?rty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|quarter|third|first|"
    r"second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"\b[IVX]{2,}\b", re.IGNORECASE)


def _why_same(a: str, b: str) -> str:
    """What tells apart two answers of one question that read the same (see `run`)."""
    if _plain(a) == _plain(b):
        return "case, spacing or punctuation"
    if fold(a) == fold(b):
        return "accents"
    if _plain(a.replace("&", "and")) == _plain(b.replace("&", "and")):
        return "& for and"
    if _NUMBER_WORD.search(a) or _NUMBER_WORD.search(b) or _ROMAN.search(a) or _ROMAN.search(b):
        return "number words or Roman numerals"
    return "other"


def _plain(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


def load(directory: Path) -> list[tuple[str, list[Question]]]:
    lists: list[tuple[str, list[Question]]] = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            parsed = parse_list(path.read_bytes(), path.stem)
        except ListError as exc:
            print(f"{path.name}: not imported: {exc.problems[:2]}", file=sys.stderr)
            continue
        lists.append((path.stem, list(parsed.questions)))
    return lists


def run(directory: Path, show: int) -> dict[str, object]:
    lists = load(directory)
    questions = [q for _, qs in lists for q in qs]
    matcher = AnswerMatcher(lists=questions)
    answers = 0
    failures: list[tuple[str, str, str]] = []
    unmatchable: list[tuple[str, str]] = []
    collisions = Counter[str]()
    collision_examples: list[tuple[str, str]] = []
    t0 = time.perf_counter()
    for q in questions:
        forms: dict[str, str] = {}
        for answer in q.answers:
            answers += 1
            form = compact_form(normalize_tokens(answer))
            if not form:
                unmatchable.append((q.id, answer))
                continue
            if form in forms and forms[form] != answer:
                why = _why_same(forms[form], answer)
                collisions[why] += 1
                if why == "other" and len(collision_examples) < show:
                    collision_examples.append((forms[form], answer))
            forms.setdefault(form, answer)
            verdict = matcher.judge(answer, q).verdict
            if verdict is not Verdict.RIGHT:
                failures.append((q.id, answer, verdict.value))
    elapsed = time.perf_counter() - t0
    playable = Counter[str]()
    for _, qs in lists:
        picker = OptionPicker(qs, matcher)
        for q in qs:
            options = picker.options(q, seed=q.id)
            playable["buttons" if options.playable else "typed only"] += 1
    messages = generated(lists, matcher, min(show, 10))
    return {
        "lists": len(lists),
        "questions": len(questions),
        "answers": answers,
        "self_match_failures": len(failures),
        "failures": failures[:show],
        "unmatchable_answers": len(unmatchable),
        "unmatchable": unmatchable[:show],
        "same_question_collisions": sum(collisions.values()),
        "collisions_by_difference": dict(collisions),
        "collisions_of_another_kind": collision_examples,
        "buttons_playable": dict(playable),
        "self_match_seconds": round(elapsed, 2),
        "generated_messages": messages,
    }


FRAMES = (
    "my answer is {}", "pretty sure it's {}", "{} i guess", "is it {}?", "{}!!!", "{} lol", "i think {}",
    "{}, final answer", "ummm {}", "{} obviously",
)
CHAT = ("lol", "this one is hard", "brb", "wait what", "gg", "omg i know this", "anyone know?", "😂")


def generated(lists: list[tuple[str, list[Question]]], matcher: AnswerMatcher, show: int) -> dict[str, object]:
    """Rates of fair verdicts on generated messages (see the module docstring)."""
    rng = random.Random(5)
    sent = Counter[str]()
    missed = Counter[str]()
    examples: dict[str, list[tuple[str, str, str]]] = {}

    def check(kind: str, guess: str, question: Question, wanted: Verdict) -> None:
        sent[kind] += 1
        verdict = matcher.judge(guess, question).verdict
        if verdict is not wanted:
            missed[kind] += 1
            found = examples.setdefault(kind, [])
            if len(found) < show:
                found.append((guess, question.answers[0], verdict.value))

    for _, questions in lists:
        for q in questions:
            answer = q.answers[0]
            if len(answer) > 60:
                continue
            for frame in FRAMES:
                check("chat_style_right", frame.format(answer if rng.random() < 0.5 else answer.lower()), q, Verdict.RIGHT)
            others = [o.answers[0] for o in rng.sample(questions, min(3, len(questions)))
                      if o.id != q.id and len(o.answers[0]) < 40][:2]
            if len(others) == 2:
                check("spam_several", f"{answer} {others[0]} {others[1]}", q, Verdict.SEVERAL_ANSWERS)
            check("bystander_chat", rng.choice(CHAT), q, Verdict.CHAT)
    return {
        kind: {"messages": sent[kind], "fair": sent[kind] - missed[kind],
               "rate": round((sent[kind] - missed[kind]) / sent[kind], 4), "examples_missed": examples.get(kind, [])}
        for kind in sent
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--show", type=int, default=20, help="examples to print of each finding")
    args = parser.parse_args()
    if not args.directory.is_dir():
        print(f"no such directory: {args.directory}", file=sys.stderr)
        sys.exit(2)
    result = run(args.directory, args.show)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    sys.exit(1 if result["self_match_failures"] else 0)


if __name__ == "__main__":
    main()
