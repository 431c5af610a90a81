"""The /ask embed: the same remembered answer shown at one gate, then another, hides what each gate must."""

from __future__ import annotations

from bot.lore.answer import Answer, Part, SourceRef
from bot.show import NOTHING, Position
from cogs.lore import render

LATEST = Position(1, 12)
DIES = Position(1, 11)
SOURCE = SourceRef("Radio Times", "Recap", "https://example.org/tv/cheong-san-dies-in-episode-11", "2022-02-01")


def _reads(text: str) -> Position:
    """A stand-in reader: an address or question that names the death spoils episode 11."""
    return DIES if "dies" in text else NOTHING


def _body(answer: Answer, gate: Position, *, question_spoils: Position = NOTHING) -> str:
    embed, _ = render.answer_embed(answer, gate, latest=LATEST, public=True, question_spoils=question_spoils,
                                   reads=_reads)
    description = embed.description or ""
    return description.partition("\n\n")[2]


def test_a_part_linking_a_spoiling_address_stays_hidden_after_the_same_answer_was_shown_in_the_clear() -> None:
    answer = Answer("what happens to Cheong-san?", True, [Part("He is bitten in the final fight.", sources=(SOURCE,))])
    assert not _body(answer, LATEST).startswith("||")  # a spoiler channel reads it in the clear
    assert _body(answer, Position(1, 3)).startswith("||")  # the same answer, remembered, in a channel at S1E3
    assert not _body(answer, LATEST).startswith("||")


def test_an_echo_of_a_spoiling_question_is_hidden_at_a_low_gate_each_time_it_is_shown() -> None:
    answer = Answer("does Cheong-san die?", False, [Part("My sources don't say that Cheong-san dies.", echoes=True)])
    for gate in (Position(1, 3), LATEST, Position(1, 3)):
        hidden = _body(answer, gate, question_spoils=DIES).startswith("||")
        assert hidden == (gate < DIES)


def test_a_count_in_the_embed_hides_everything_past_the_gate_in_one_block() -> None:
    from bot.lore.answer import AnswerEngine
    from bot.lore.content import bundled_pack

    engine = AnswerEngine(bundled_pack(), index=None)
    try:
        answer = engine.answer("how many students die")
    finally:
        engine.close()
    for gate, blocks in ((NOTHING, 1), (Position(1, 5), 1), (LATEST, 0)):
        body = _body(answer, gate)
        assert body.count("||") == 2 * blocks
        assert ("Kim Hyeon-ju" in body.split("||")[0]) == (gate >= Position(1, 1))
