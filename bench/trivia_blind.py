"""python -m bench.trivia_blind: a blind set over Red-DiscordBot's 54 lists (../shared/red-trivia-lists).

150 questions drawn at random (fixed seed) across all the lists' questions. For each, two right answers
typed the way players type them, each in one style picked at random among those that fit the answer:

- framing: lowercase, "X?", "its X", "X i think", "X!!", no punctuation, accents dropped;
- forms: a leading "The" dropped, "&" for "and", "St"/"Mt"/"Dr" for Saint/Mount/Doctor, the surname
  alone of a two-word answer to a "Who" question, a place with its country or state appended;
- typos: two adjacent letters swapped or one dropped in a word of seven letters or more, a doubled
  letter typed once;

and one wrong answer: the answer of another question of the same list nearest to the right one in
spelling (the likeliest confusion), typed lowercase with "?" (skipped where the two lists' answers
share a form). The matcher has learned all 54 lists, as a server that imported them all.

Prints right accepted, right refused (with the refused ones), wrong accepted (with them). Skipped
when the lists are absent. The set is built from the lists at run time: nothing of them is stored.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from bot.lore.content import bundled_pack
from bot.lore.names import NameResolver
from bot.trivia.lists import parse_list
from bot.trivia.matching import AnswerMatcher, normalize
from bot.trivia.model import Question

RED = Path(__file__).resolve().parents[2] / "shared" / "red-trivia-lists"  # ../shared beside the checkout
if not RED.is_dir():  # a worktree beside the main checkout: /work/wt/<name>
    RED = Path(__file__).resolve().parents[3] / "shared" / "red-trivia-lists"
SEED = 28
SIZE = 150
_ABBREVIATIONS = ((" and ", " & "), ("Saint ", "St "), ("Mount ", "Mt "), ("Doctor ", "Dr "))
_STATE_OF_CAPITAL = re.compile(r"capital of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\?")


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _longest(answer: str) -> tuple[int, str]:
    words = answer.split()
    i = max(range(len(words)), key=lambda k: len(words[k]))
    return i, words[i]


def _in_longest(answer: str, change: Callable[[str], str | None]) -> str | None:
    i, word = _longest(answer)
    if len(word) < 7 or not word.isalpha():
        return None
    new = change(word)
    if new is None:
        return None
    words = answer.split()
    words[i] = new
    return " ".join(words)


def _swap(rng: random.Random) -> Callable[[str], str | None]:
    def change(word: str) -> str | None:
        at = rng.randrange(1, len(word) - 2)
        if word[at] == word[at + 1]:
            return None
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return change


def _drop(rng: random.Random) -> Callable[[str], str | None]:
    def change(word: str) -> str | None:
        at = rng.randrange(1, len(word) - 1)
        return word[:at] + word[at + 1 :]
    return change


def _single(word: str) -> str | None:
    new = re.sub(r"([a-z])\1", r"\1", word, count=1)
    return new if new != word else None


def styles(question: Question, answer: str, rng: random.Random) -> list[tuple[str, str | None]]:
    """Every way a player may type `answer` that fits it: (style, typed) with None where it does not fit."""
    lower = answer.lower()
    words = answer.split()
    state = _STATE_OF_CAPITAL.search(question.text)
    out: list[tuple[str, str | None]] = [
        ("lowercase", lower),
        ("question mark", lower + "?"),
        ("its", "its " + lower), ("it's", "it's " + answer),
        ("i think", lower + " i think"),
        ("excited", answer + "!!"),
        ("no punctuation", re.sub(r"[^\w\s]", "", lower) if re.search(r"[^\w\s\d]", lower) and not re.search(r"\d", lower) else None),
        ("plural", lower + "s" if len(words) == 1 and answer.islower() and answer.isalpha() and not answer.endswith("s") and not normalize(answer).isdigit() else None),
        ("first name", words[0] if question.text.startswith("Who") and len(words) == 2 and len(words[0]) >= 4 else None),
        ("no accents", _unaccented(lower) if _unaccented(lower) != lower else None),
        ("no article", answer[4:] if answer.startswith("The ") and len(words) > 1 else None),
        ("abbreviation", next((answer.replace(a, b) for a, b in _ABBREVIATIONS if a in answer), None)),
        ("surname", words[-1] if question.text.startswith("Who") and len(words) == 2 and words[-1].isalpha() else None),
        ("with its state", f"{lower}, {state.group(1).lower()}" if state is not None else None),
        ("swapped letters", _in_longest(lower, _swap(rng))),
        ("dropped letter", _in_longest(lower, _drop(rng)) if len(_longest(lower)[1]) >= 8 else None),
        ("double letter once", _in_longest(lower, _single)),
    ]
    return out


def _forms(answer: str) -> set[str]:
    """An answer's comparison form, singular and plural (two questions answered alike are skipped)."""
    form = normalize(answer)
    return {form, form + "s", form.removesuffix("s")}


def build(seed: int = SEED, size: int = SIZE) -> tuple[list[Question], list[dict[str, object]]]:
    questions: list[Question] = []
    by_list: dict[str, list[Question]] = {}
    for path in sorted(RED.glob("*.yaml")):
        parsed = parse_list(path.read_bytes(), path.stem).questions
        by_list[path.stem] = list(parsed)
        questions.extend(parsed)
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for q in rng.sample(questions, size):
        answer = rng.choice(q.answers)
        fitting = [(s, t) for s, t in styles(q, answer, rng) if t is not None and t.strip()]
        framing = [f for f in fitting if f[0] in ("lowercase", "question mark", "its", "i think", "excited")]
        forms = [f for f in fitting if f not in framing]
        second = rng.choice(forms) if forms else rng.choice(framing)
        if second[0] in ("swapped letters", "dropped letter", "double letter once", "plural") and rng.random() < 0.5:
            second = (second[0] + ", framed", rng.choice(("its {}", "{}?", "{} i think", "is it {}")).format(second[1]))
        picks = [rng.choice(framing), second]
        for style, typed in picks:
            rows.append({"list": q.list_name, "q": q.text, "answers": list(q.answers), "guess": typed,
                         "style": style, "right": True, "question": q})
        own = {form for a in q.answers for form in _forms(a)}
        others = [
            a for o in by_list[q.list_name] if o.id != q.id and own.isdisjoint(f for x in o.answers for f in _forms(x))
            for a in o.answers[:1]
        ]
        if others:
            wrong = min(others, key=lambda a: (Levenshtein.distance(a.lower(), answer.lower()), a))
            rows.append({"list": q.list_name, "q": q.text, "answers": list(q.answers), "guess": wrong.lower() + "?",
                         "style": "nearest other answer", "right": False, "question": q})
    return questions, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    if not RED.is_dir():
        print(json.dumps({"skipped": f"no lists at {RED}"}))
        return
    questions, rows = build(args.seed)
    resolver: Any = NameResolver.from_pack(bundled_pack())
    matcher = AnswerMatcher(resolver)
    matcher.add_lists(questions)
    counts = {"right_accepted": 0, "right_refused": 0, "wrong_refused": 0, "wrong_accepted": 0}
    misses: list[str] = []
    for row in rows:
        q = row["question"]
        assert isinstance(q, Question)
        result = matcher.judge(str(row["guess"]), q)
        if row["right"]:
            key = "right_accepted" if result.correct else "right_refused"
        else:
            key = "wrong_accepted" if result.correct else "wrong_refused"
        counts[key] += 1
        if key in ("right_refused", "wrong_accepted"):
            misses.append(f"{key}: [{row['list']}] {str(row['q'])[:70]!r} {row['answers']} <- {row['guess']!r} "
                          f"({row['style']}; {result.verdict.name})")
    print(json.dumps(counts))
    if args.verbose:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
