"""Questions kept for the "Show me privately" button of a public /ask answer.

The button rebuilds the answer from the question (cogs/lore/views.py). A question that does not
fit in a button's custom_id is kept in the database under a short key derived from it, so the
button works after a restart; the same question always gets the same key.
"""

from __future__ import annotations

import hashlib

from db.connection import Database
from db.lore import asked as asked_db


def question_key(question: str) -> str:
    return hashlib.sha256(question.encode("utf-8")).hexdigest()[:20]


async def remember_question(db: Database, question: str) -> str:
    """Keep a question; returns its key."""
    key = question_key(question)
    async with db.transaction() as conn:
        await asked_db.remember_question(conn, key, question)
    return key


async def recall_question(db: Database, key: str) -> str | None:
    async with db.read() as conn:
        return await asked_db.recall_question(conn, key)
