"""The one YAML reader: aliases refused by default, expanded within a budget when asked (trivia
lists, as Red reads them), never a "billion laughs"."""

from __future__ import annotations

import pytest
from yaml.nodes import MappingNode

from bot.yamlnodes import YamlProblem, compose, plain_value, python_value
from tests.table import table


def _laughs(levels: int) -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]" for i in range(levels)]
    return "\n".join(lines) + "\n"


def test_an_alias_is_refused_without_a_budget() -> None:
    with pytest.raises(YamlProblem, match="aliases"):
        compose("a: &x [1]\nb: *x\n")


def test_an_alias_within_the_budget_stands_for_the_value_it_names() -> None:
    node = compose("a: &x [1, 2]\nb: *x\n", alias_budget=10)
    assert python_value(node) == {"a": [1, 2], "b": [1, 2]}


def test_aliases_past_the_budget_are_refused_at_the_alias_that_crosses_it() -> None:
    with pytest.raises(YamlProblem) as info:
        compose("a: &x [1, 2]\nb: *x\nc: *x\nd: *x\n", alias_budget=7)
    assert info.value.line == 4 and "more than 7 values" in info.value.message


def test_a_billion_laughs_is_refused_whatever_the_budget() -> None:
    with pytest.raises(YamlProblem, match="aliases repeat more than"):
        compose(_laughs(9), alias_budget=1_000_000)


def test_nested_aliases_count_everything_they_repeat() -> None:
    with pytest.raises(YamlProblem):
        compose(_laughs(2), alias_budget=1_000)  # b repeats 110 values, c repeats b ten times
    assert isinstance(compose(_laughs(2), alias_budget=20_000), MappingNode)


def test_an_alias_to_the_value_that_contains_it_is_refused() -> None:
    with pytest.raises(YamlProblem, match="a loop"):
        compose("a: &x {b: *x}\n", alias_budget=100)


def test_python_value_applies_merge_keys_and_keeps_the_last_duplicate_as_safe_load_does() -> None:
    node = compose("base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\nk: first\nk: last\n", alias_budget=100)
    assert python_value(node) == {"base": {"x": 1}, "merged": {"x": 1, "y": 2}, "k": "last"}


def test_plain_value_keeps_a_date_as_written_and_types_the_rest() -> None:
    node = compose("- {date: 2026-13-45, day: 2026-02-01, n: 7, ok: yes, text: hi, none: ~}\n")
    assert plain_value(node) == [{"date": "2026-13-45", "day": "2026-02-01", "n": 7, "ok": True, "text": "hi", "none": None}]


@table("character", ["\x07", "\x1b", "\x00"])
def test_a_control_character_is_a_problem_naming_it_not_a_crash(character: str) -> None:
    with pytest.raises(YamlProblem) as refused:
        compose(f"Which colour?:\n- {character}[31mred\n", alias_budget=100)
    assert f"U+{ord(character):04X}" in refused.value.message
    assert "remove it" in refused.value.message
