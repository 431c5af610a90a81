"""A "who" asked with its deed denied. "who didn't die" asks who survives and "who didn't survive" who dies (read so
in rewording.py); any other deed denied ("who wasn't bitten", "who didn't turn", "who did not die in the gym") is
"I don't know": the records tell who did a deed, never who did not, and the list of those who did answers the
opposite of what was asked."""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.result import Answer, dont_know

_NOT = (r"^\s*(?:so |and |but |ok )?who (?:all |else )?(?:didn'?t|did not|doesn'?t|does not|don'?t|do not|never|wasn'?t"
        r"|was not|weren'?t|were not|isn'?t|is not|hasn'?t|has not|won'?t|will not) (?:ever |actually )?")
_AT_END = r"(?: in the end| at the end| in season 1| in s1| in season one)?\W*$"
# "who didn't die", "who never died at the end": the survivors
_LIVED = compile_later(_NOT + r"(?:die|dies|died|get killed|gets killed|got killed)" + _AT_END)
# "who didn't survive", "who did not make it": those who die
_DIED = compile_later(_NOT + r"(?:survive|survives|survived|make it|made it|makes it)(?: out(?: alive)?)?" + _AT_END)
# any other deed of the story denied: no record tells it
_DENIED = compile_later(_NOT + r"(?:get |got |gets |be |been |become |turn into )?(?:die|dies|died|dying|bitten|bit|bite"
                        r"|bites|turn|turns|turned|infected|infect|killed|kill|kills|a zombie|zombies?|zombified|eaten"
                        r"|scratched|survive|survives|survived|make it|made it)\b")
# ... or any other state or wish denied ("who didn't want to die", "who didn't know about the virus", "who wasn't
# scared"): the records tell who did, felt or knew a thing, never who did not; the cast of season 2 or whoever plays
# someone is another question ("who isn't coming back for s2")
_DENIED_ELSE = compile_later(_NOT + r"(?!.*\b(?:s2|season|seasons|cast|coming back|come back|comes back|return|returns"
                             r"|returning|play|plays|played|appear|appears|actor|actress|episode|ep|eps)\b)\w")

# "why didn't namra die": what befell her (a halfbie), never a deed of hers that reads "namra ... die" (Woo-jin's end)
_WHY_DIDNT = r"^\s*why (?:didn'?t|did not|doesn'?t|does not|wasn'?t|was not|isn'?t|is not|hasn'?t|has not) "
_NO_PRONOUN = r"(?!(?:they|he|she|it|we|you|i|everyone|anyone|anybody|nobody|all|the|any)\b)"
_DIE = r" (?:ever |actually |just )?(?:die|get killed|survive|make it)\b"
_WHY_NOT = compile_later(rf"(?:{_WHY_DIDNT}{_NO_PRONOUN}(\w[\w' -]*?)|^\s*why (?:did|does) {_NO_PRONOUN}(\w[\w' -]*?) not)"
                         + _DIE)  # ("why did onjo not die")
# "why didn't the zombies die in ep 5": "the ..." scoped to an episode is read the same way (a group, no one character:
# kept_alive.py says it does not know), never as who died in that episode
_WHY_NOT_THE = compile_later(rf"{_WHY_DIDNT}(the \w[\w' -]*?){_DIE}")
# "... in ep 3": the episode asked scopes it; what saved them there, never how the season ends for them
_IN_EPISODE = compile_later(r"\s*in (?:ep|eps|episode|e)\.? ?(\d{1,2})\W*$")


def negated_who(clause: str) -> str | None:
    """"who didn't die" as "who survives", "who didn't survive" as "who dies", "why didn't namra die" as "what
    happened to namra" ("... in ep 6" as what kept her alive there: kept_alive.py); None for any other text."""
    if "why" in clause:
        said = " ".join(clause.split())
        if (why := _WHY_NOT.match(said) or _WHY_NOT_THE.match(said)) is not None:
            who = next(group for group in why.groups() if group)
            if (scope := _IN_EPISODE.match(said[why.end():])) is not None:
                return f"what kept {who} alive in episode {scope.group(1)}"  # kept_alive.py
            if not who.startswith("the "):  # (unscoped, "why didn't the zombies die" is read as before)
                return f"what happened to {who}"
    if "who" not in clause or not any(n in clause for n in ("n't", "nt ", "not ", "never ")):
        return None
    return "who survives" if _LIVED.match(clause) else "who dies" if _DIED.match(clause) else None


def denied_deed(ask: Ask) -> Answer | None:
    """"who wasn't bitten", "who didn't turn into a zombie": "I don't know", never who was."""
    return dont_know(ask.raw) if _DENIED.match(ask.text) or _DENIED_ELSE.match(ask.text) else None
