"""The "Show me privately" button keeps working after a restart, even under a long question."""

from __future__ import annotations

from bot.harness import Harness
from tests.cogs.spoiler_oracle import outside_bars, plain


async def test_show_me_privately_works_after_a_restart_even_for_a_long_question(hyosan: Harness) -> None:
    h = hyosan
    question = "what happens to Cheong-san at the very end of the first season, after the last fight with Gwi-nam?"
    answer = await h.discord.invoke(h.fan, h.general, "ask", question=question)
    await h.discord.invoke(h.fan, h.general, "progress", watched="12")
    assert len(question) > 85 and all(len(str(b["custom_id"])) <= 100 for b in answer.buttons)
    await h.restart()
    shown = await h.discord.click(h.fan, answer, str(answer.buttons[0]["custom_id"]))
    assert shown.ephemeral and question.split(",")[0] in plain(shown.text)
    assert "construction site" in plain(outside_bars(shown.text))


async def test_show_me_privately_answers_under_each_reply_to_a_question_asked_twice(hyosan: Harness) -> None:
    h = hyosan
    await h.discord.invoke(h.fan, h.general, "progress", watched="12")
    first = await h.discord.invoke(h.fan, h.general, "ask", question="what happens to Cheong-san?")
    second = await h.discord.invoke(h.fan, h.general, "ask", question="what happens to Cheong-san?")
    for answer in (second, first):
        shown = await h.discord.click(h.fan, answer, str(answer.buttons[0]["custom_id"]))
        assert shown.ephemeral and "construction site" in plain(outside_bars(shown.text))
