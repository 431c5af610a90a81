"""Open Trivia DB's answer to a query it could not serve (no questions in it): why it imports nothing, in its words.

Moved out of bot/trivia/entries.py, which reads the rows of such an answer when it has some.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.trivia.listparts import key_form

# Open Trivia DB's response codes other than 0, each with what the moderator does next (its API's documentation).
_OPENTDB_CODES = {
    1: "no results: it has not that many questions for what was asked; ask for fewer, or another category or "
       "difficulty",
    2: "invalid parameter: the address asks for something it does not know; make the address again on its API page",
    3: "token not found: the session token in the address has expired; ask without it or with a new one",
    4: "token empty: the session token has given every question it has; reset the token or ask without it",
    5: "rate limit: it was asked too often (once every 5 seconds at most); wait a few seconds and try again",
}


def opentdb_refusal(root: Node) -> str | None:
    """Why an Open Trivia DB answer with no questions in it imports nothing, in its own words; None when the file
    is no such answer or has questions."""
    if not isinstance(root, MappingNode):
        return None
    fields = {key_form(str(k.value)): v for k, v in root.value if isinstance(k, ScalarNode)}
    code, results = fields.get("response code"), fields.get("results")
    if not isinstance(code, ScalarNode) or results is None or (isinstance(results, SequenceNode) and results.value):
        return None
    number = str(code.value).strip()
    said = _OPENTDB_CODES.get(int(number)) if number.isdigit() else None
    if said is None:
        said = "its results are empty" if number == "0" else "an answer it does not explain, and its results are empty"
    return (f"the file is Open Trivia DB's answer with no questions in it (response_code {number}: {said}); "
            "save its answer again once it holds questions")
