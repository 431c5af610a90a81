"""A clause that asks only part of a question, read with the clause before it (on the clauses' slot texts):
"suhyeok and namra kiss?? what ep" asks which episode of the kiss, never how many episodes the show has; "where was it
filmed and when" asks when of the filming; "how many episodes and how long is each" asks how long each episode is
(`episode_asked_after`, read by `router`)."""

from __future__ import annotations

from bot.lazy_re import compile_later

# a clause that is only "which episode" ("what ep", "which episode was that", "ep?")
_BARE_WHICH_EPISODE = compile_later(
    r"^\W*(?:and |so |but |ok |also )?(?:(?:in )?(?:what|which|wat|wht|wich) (?:ep|eps|episode|epi|episodes)"
    r"(?: (?:is|was) (?:that|this|it)(?: in)?| tho| though| pls| plz| again)?|(?:ep|episode) (?:number|no)|ep)\W*$"
)
_AND_WHICH_EPISODE = compile_later(r"(?<=\w)\s+(?:and|&|n)\s+(?:in\s+)?(?:what|which)\s+(?:ep|eps|episode)\W*$")
_ASKING = compile_later(r"^\W*(?:who|whos|what|whats|where|when|why|how|which)\b")
_AUXILIARY = compile_later(r"^\W*(?:did|does|do|was|is|were|are)\s+")


# "where was it filmed and when": a bare question word asks the clause before it again.
_BARE_ASKING = compile_later(r"^\W*(when|where|why|how)\W*$")
_LEADING = compile_later(r"^\W*(?:where|what|whats|how|why|when)\b(?!\s+(?:many|much|old)\b)")
# "how many episodes and how long is each": each of what the clause before counted.
_EACH = compile_later(r"\beach(?: one)?\W*$")
_COUNTED = compile_later(r"\bhow many ([a-z]+)")

# "when is s2 out and how many episodes": a count of episodes with no season, after a clause that names one, is of it
_SEASON_NAMED = compile_later(r"\b(?:season ?|s)(\d)\b")
_EPISODES_COUNTED = compile_later(r"^\W*(?:and |also |plus )?how many (?:episodes|eps)(?: (?:are there|is it|will it have|does it have))?\W*$")


def episode_asked_after(clauses: list[str]) -> list[str]:
    """The clauses, with a bare "what ep" read as "which episode" of the clause before it, a bare
    "when" as the clause before asked with "when", and "each" as each of what it counted."""
    merged: list[str] = []
    for at, clause in enumerate(clauses):
        clause = _AND_WHICH_EPISODE.sub("", clause)  # "who kisses ent0 and in what ep": the who says when
        if merged and "each" in clause and (counted := _COUNTED.search(merged[-1])) and (each := _EACH.search(clause)):
            clause = f"{clause[:each.start()]}each {counted.group(1)}"
        if merged and _EPISODES_COUNTED.match(clause) and (named := _SEASON_NAMED.search(merged[-1])) is not None:
            clause = f"{clause.strip().rstrip('?!. ')} in season {named.group(1)}"
        # "how many episodes and when does season 2 come out": the season named in the clause after it, as well
        if (_EPISODES_COUNTED.match(clause) and at + 1 < len(clauses) and not _SEASON_NAMED.search(clause)
                and (named := _SEASON_NAMED.search(clauses[at + 1])) is not None):
            clause = f"{clause.strip().rstrip('?!. ')} in season {named.group(1)}"
        if merged and (bare := _BARE_ASKING.match(clause)) and (lead := _LEADING.match(merged[-1])):
            merged.append(bare.group(1) + merged[-1][lead.end():])
        elif merged and _BARE_WHICH_EPISODE.match(clause) and not _BARE_WHICH_EPISODE.match(merged[-1]):
            if not _ASKING.match(merged[-1]):  # "who kisses ent0? what ep": the who's answer says when
                merged[-1] = "which episode " + _AUXILIARY.sub("", merged[-1].strip().rstrip("?!. "))
        else:
            merged.append(clause)
    return merged
