"""Fans' loose wordings, read as the question they ask (rewording.py calls these).

"ahn dong goo s2 confirmed?" asks whether he is in season 2; "exact episode nayeon dies?" asks which episode;
"did namra and onjo die together" asks whether each of them died, once the two share no moment the sources tell.
Without these, a word the sources never use ("confirmed", "exact", "together") left the question "I don't know".
"""

from __future__ import annotations

from bot.lazy_re import compile_later

# "did namra and onjo die together", "do both survive": whether each of them did (the fate of each), never an
# event the two share that the sources would have to name
_TOGETHER = compile_later(r"\s*\b(?:together|both|at the same time|with each other|side by side)\b")
# "ahn dong goo s2 confirmed?", "is kim si eun confirmed for season 2", "was lomon cast in s2": whether they are
# in season 2 (its cast), never "I don't know" for the word "confirmed"
_S2 = r"(?:season 2|s2|season two|aouad 2|the new season)"
_CAST_CONFIRMED = compile_later(
    rf"^\W*(?:so |and |but |wait )?(?:(?:is|was|has|are|were) )?(ent\d+) (?:(?:been|officially|actually|really) )*"
    rf"(?:(?:confirmed|cast|casted|announced|joining|returning|coming back) (?:for|in|to) {_S2}|(?:in )?{_S2} "
    rf"(?:confirmed|cast|casted|announced)|{_S2} (?:cast )?(?:confirmed|official))\W*$")
# "exact episode nayeon dies?", "the exact ep gwinam dies": which episode (said with "exact", and no "which")
_EXACT_EPISODE = compile_later(r"^\W*(?:the\s+|what(?:'s|\s+is)?\s+(?:the\s+)?)?(?:exact|precise|specific)\s+(?:episode|ep)\s+"
                            r"(?:(?:where|when|that|in which)\s+)?(?=ent\d+\b)")
_STATE = compile_later(r"^\W*(?:is|was|are|were|does|did|do|has|have)\s+ent\d+\b.*\b(?:dead|alive|die|dies|died|"
                    r"survive[sd]?|zombie|halfbie|hambie|turn(?:s|ed)?|infected|bitten|human|make it|made it|gone)\b")


def loosely_asked(clause: str) -> str | None:
    """`clause` as the question it asks when it is one of the loose wordings above, else None."""
    if (cast := _CAST_CONFIRMED.match(" ".join(clause.split()))) is not None:
        return f"is {cast.group(1)} in season 2"
    if ("exact" in clause or "precise" in clause or "specific" in clause) and _EXACT_EPISODE.match(clause):
        return _EXACT_EPISODE.sub("which episode ", clause)
    return None


def apart(clause: str) -> str | None:
    """"did namra and onjo die together" as "did namra and onjo die", asked again only when the two share no
    moment the sources tell (then "together" got "I don't know"); None when it says no "together"."""
    if "ent1" in clause and _STATE.match(clause) and _TOGETHER.search(clause):
        return " ".join(_TOGETHER.sub(" ", clause).split())
    return None
