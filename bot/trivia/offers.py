"""What /trivia start offers as categories and lists: exactly what a game started there would ask
from (selection.select's rules: not retired, not turned off in the server, askable in the mode, and
never past the game's gate), and how many names were held back and why, for the autocomplete to say
so without naming them (a name held back by the gate may itself give away what it asks)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from bot.show import Position
from bot.trivia.library import Library
from bot.trivia.model import Question, TriviaSettings
from bot.trivia.selection import may_ask
from db.connection import Database
from db.trivia import reports as report_store
from db.trivia import settings as settings_store


@dataclass(frozen=True)
class Offer:
    names: list[str]  # the categories and lists a game would ask from, sorted
    past_gate: int  # names whose every askable question goes past the gate
    turned_off: int  # names turned off in this server


def _named_by(questions: Sequence[Question]) -> set[str]:
    return {q.category for q in questions} | {q.list_name for q in questions}


def offer_of(questions: Sequence[Question], settings: TriviaSettings, mode: str, gate: Position) -> Offer:
    every = _named_by(questions)
    enabled = [
        q for q in questions
        if q.list_name not in settings.disabled_lists and q.category not in settings.disabled_categories
    ]
    askable = [q for q in enabled if may_ask(q, mode)]
    within = _named_by([q for q in askable if q.spoils <= gate])
    return Offer(
        names=sorted(within),
        past_gate=len(_named_by(askable) - within),
        turned_off=len(every - _named_by(enabled)),
    )


async def offer(db: Database, library: Library, guild_id: int, mode: str, gate: Position) -> Offer:
    async with db.read() as conn:
        settings = await settings_store.get_settings(conn, guild_id)
        retired = await report_store.retired_questions(conn, guild_id)
    questions, _ = await library.pool(guild_id)
    in_play = [q for q in questions if q.id not in retired]
    return await asyncio.to_thread(offer_of, in_play, settings, mode, gate)
