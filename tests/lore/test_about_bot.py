"""Questions to /ask about using the bot, not the show (bot/lore/about_bot.py)."""

from __future__ import annotations

import datetime as dt
import re

from bot.lore.about_bot import about_the_bot
from bot.watched import read_watched
from tests.bot.test_show import NOW, PREMIERE, with_season_two
from tests.table import table


@table(("question", "command"), [
    ("how do i set my progress", "/progress"), ("what episode am i on", "/progress"), ("how far did i get", "/progress"),
    ("how do i play trivia", "/trivia start"), ("how do i start a quiz", "/trivia start"),
    ("how do I hide spoilers", "Show me privately"), ("how do i get reminders for season 2", "/season2 remind"),
    ("can you remind me when s2 comes out", "/season2 remind"),
    ("what can you do", "/help"), ("what commands are there", "/help"),
    ("진행도 어떻게 설정해?", "/progress"), ("퀴즈 어떻게 해?", "/trivia start"), ("시즌2 나오면 알려줘", "/season2 remind"),
    ("스포 안 보이게 하는 법", "Show me privately"), ("명령어 뭐 있어?", "/help"),
])
def test_a_question_about_using_the_bot_gets_the_command_for_it(question: str, command: str) -> None:
    pointer = about_the_bot(question, 1)
    assert pointer is not None and command in pointer


@table("question", [
    "who plays onjo", "what episode does onjo's dad die", "how do they hide from zombies", "how do the students escape",
    "what game do they play in ep 1", "how to play the game in the show", "is there a spoiler in ep 3",
    "where do i watch it", "can you remind me who plays onjo", "remind me what happens in ep 3",
    "tell me when season 2 comes out", "how can i hide from zombies", "시즌2 언제 나와?", "청산이 몇 화에서 죽어?",
])
def test_a_question_of_the_show_is_left_to_the_answers(question: str) -> None:
    assert about_the_bot(question, 1) is None


@table("now", [NOW, PREMIERE + dt.timedelta(hours=1)])
def test_the_progress_forms_a_fan_is_pointed_to_are_saved_as_typed(now: dt.datetime) -> None:
    # rehearse65: on release day /help and this pointer still offered "im on ep 3" and "finished", both asked again
    # ("names no season") once season 2 is out; /help's first step says the same forms (bot.progress_said.progress_forms)
    shape = with_season_two()
    pointer = about_the_bot("how do i set my progress", shape.last_released(now).season) or ""
    forms = [said for said in re.findall(r"`([^`]+)`", pointer) if not said.startswith("/")]
    assert len(forms) == 3, pointer
    for form in forms:
        read_watched(form, shape, now=now)  # a form asked again raises PositionError
