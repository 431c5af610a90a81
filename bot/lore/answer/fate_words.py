"""How a fate is worded: the verdict that opens an answer to "is X alive" at the state X is in, the states a later
one ends, and how each state is said of someone."""

from __future__ import annotations

from bot.lazy_re import compile_later

# (state at that point, what was asked) -> the verdict that opens the sentence
VERDICTS: dict[tuple[str, str], str] = {}
for _state, _answers in {
    "alive": {"alive": "Yes.", "dead": "No.", "zombie": "No.", "halfbie": "No.", "infected": "No."},
    "bitten": {"alive": "For now.", "dead": "Not yet.", "zombie": "Not yet.", "halfbie": "Not yet.", "infected": "Yes."},
    "halfbie": {"alive": "In a way.", "dead": "Not exactly.", "zombie": "Not exactly.", "halfbie": "Yes.",
                "infected": "Yes."},
    "zombie": {"alive": "No.", "dead": "Yes.", "zombie": "Yes.", "halfbie": "No.", "infected": "Yes."},
    "dead": {"alive": "No.", "dead": "Yes.", "zombie": "No.", "halfbie": "No.", "infected": "No."},
    "presumed_dead": {"alive": "Uncertain.", "dead": "Presumably, but it is not certain.", "zombie": "Uncertain.",
                      "halfbie": "Uncertain.", "infected": "Uncertain."},
    "unknown": {"alive": "Unclear.", "dead": "Unclear.", "zombie": "Unclear.", "halfbie": "Unclear.",
                "infected": "Unclear."},
}.items():
    for _asked, _verdict in _answers.items():
        VERDICTS[(_state, _asked)] = _verdict
# States that a later one ends (a halfbie who dies was one): asked of that later time, said so.
ONCE_STATES = {"halfbie": "a halfbie", "infected": "infected"}
PAST = compile_later(r"^(?:was|were|did|had|has)\b|\b(?:ever|become|became)\b")
SAID = {
    "alive": "",
    "bitten": "{name} has been bitten",
    "halfbie": "{name} is a halfbie, infected but keeping their mind",
    "zombie": "{name} turns into a zombie",
    "dead": "{name} is dead",
    "presumed_dead": "{name} is presumed dead, though recaps disagree",
    "unknown": "The sources do not say what becomes of {name}",
}

# The words a question about a fate or a state uses, read as answered (stems).
FATE_STEMS = ("happen", "fate", "end", "die", "survive", "become", "turn", "zombie", "what", "whatever", "how", "to", "with")
STATE_STEMS = ("survive", "die", "zombie", "turn", "infect", "halfbie", "bite", "now", "still", "ok", "okay",
                "safe", "human", "end", "make", "live",
                # "a full zombie", "completely turned": how far they turned is the state itself
                "full", "fully", "complete", "completely", "total", "totally", "proper", "real")
