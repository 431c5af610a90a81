"""tests/once.py: a set's answers computed once per run, and never waited for from a claimer that is gone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests import once


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(once, "_shared", tmp_path)
    return tmp_path


def test_the_first_worker_computes_and_leaves_the_answers_for_the_others(shared: Path) -> None:
    assert once.computed_once("set", lambda: {"q": [1, "두"]}) == {"q": [1, "두"]}
    assert once.computed_once("set", lambda: pytest.fail("computed twice")) == {"q": [1, "두"]}


def test_a_worker_whose_claimer_died_computes_the_answers_itself(shared: Path) -> None:
    (shared / "set.claim").write_text(str(2**31 - 1))  # no such process
    assert once.computed_once("set", lambda: {"q": 1}) == {"q": 1}


def test_a_claim_left_without_its_claimers_id_is_not_waited_for(shared: Path) -> None:
    (shared / "set.claim").write_text("")  # killed between creating the claim and writing its id
    os.utime(shared / "set.claim", (0, 0))
    assert once.computed_once("set", lambda: 4) == 4


def test_a_claimer_that_failed_withdraws_its_claim(shared: Path) -> None:
    with pytest.raises(ZeroDivisionError):
        once.computed_once("set", lambda: 1 / 0)
    assert not (shared / "set.claim").exists()
    assert once.computed_once("set", lambda: 2) == 2


def test_a_live_claimer_is_waited_for_only_so_long(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (shared / "set.claim").write_text(str(os.getpid()))
    monkeypatch.setattr(once, "WAIT_BOUND", 0.0)
    assert once.computed_once("set", lambda: 3) == 3
