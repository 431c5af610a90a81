"""The fairness table: what a fair player would say about a typed message (tests/trivia/fairness.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.lore.content import bundled_pack
from bot.lore.names import NameResolver
from bot.trivia.matching import AnswerMatcher, Verdict
from bot.trivia.model import Question
from tests.table import table


# fairness.yaml: the classes of issue 11; fairness_players.yaml: answers typed the way players type
# them in chat, for questions of Red's lists and the bundled list. Read by the first test that needs
# them, not at import: every pytest-xdist worker imports this module, and only one runs it.
@cache
def cases() -> list[dict[str, Any]]:
    return [
        case
        for name in ("fairness.yaml", "fairness_players.yaml")
        for case in yaml.load(  # libyaml when present
            (Path(__file__).parent / name).read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    ]


VERDICTS = {
    "right": Verdict.RIGHT,
    "close": Verdict.CLOSE,
    "several": Verdict.SEVERAL_ANSWERS,
    "wrong": Verdict.WRONG_ATTEMPT,
    "chat": Verdict.CHAT,
}


def _id(case: dict[str, Any]) -> str:
    return f"{case['class']}: {case['guess']!r} for {case['answers'][0]!r} is {case['verdict']}"


@cache
def _resolver() -> NameResolver:
    return NameResolver.from_pack(bundled_pack())


def _judge(case: dict[str, Any]) -> Verdict:
    text = case.get("question", "?")
    answers = tuple(str(a) for a in case["answers"])
    question = Question(
        id="fair:" + _id(case),
        text=text,
        answers=answers,
        choices=tuple(str(c) for c in case.get("options", ())),
        list_name="fair-" + _id(case),
    )
    # Other answers of the same list: questions worded alike, so their answers are of the same kind.
    rivals = [
        Question(id=f"rival:{i}", text=text, answers=(str(a),), list_name=question.list_name)
        for i, a in enumerate(case.get("list", ()))
    ]
    matcher = AnswerMatcher(_resolver() if case.get("resolver") else None, lists=[question, *rivals])
    return matcher.judge(str(case["guess"]), question).verdict


def test_the_table_holds_at_least_500_cases_with_unique_ids() -> None:
    ids = [_id(c) for c in cases()]
    assert len(cases()) >= 500 and len(set(ids)) == len(ids)


def test_every_case_names_a_known_verdict_and_class() -> None:
    assert {c["verdict"] for c in cases()} <= set(VERDICTS)
    assert {c["class"] for c in cases()} >= {
        "chat-style", "alias-plus-word", "symbols", "separators", "typos", "spam", "extension",
        "numbers", "number-words", "unicode", "punctuation", "chat", "articles", "abbreviations", "surname",
        "plural", "romanization", "markup", "negative",
    }


@table("case", cases, ids=_id)
def test_a_fair_player_would_agree(case: dict[str, Any]) -> None:
    assert _judge(case) is VERDICTS[case["verdict"]]
