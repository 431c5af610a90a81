"""What a moderator asks of a spoiler, read as the episode it spoils (before analysis, on the clause's
slot text):

- "which episode reveals namra is a halfbie", "what ep spoils cheongsan's death", "what episode shows
  gwinam losing his eye": in which episode that happens;
- "is it a spoiler that gwinam becomes a halfbie", "is gwinam becoming a halfbie a spoiler": the same
  (the answer gives the episode, hidden from a reader before it, so a moderator sees how far it reaches).
"""

from __future__ import annotations

from bot.lazy_re import compile_later

_REVEALS = compile_later(r"^\W*(?:in )?(?:which|what|wat) (?:episode|ep) (?:reveals|shows|spoils|covers|has|is it that) (?:that |when |how )?(?P<what>.+?)\W*$")
_IS_IT_A_SPOILER = compile_later(
    r"^\W*(?:is it (?:a )?spoiler(?: to say| to tell| if i say)? that (?P<a>.+?)|is (?P<b>.+?) (?:a |considered a )?spoiler)"
    r"(?: or not)?\W*$"
)


def spoiler_asked(clause: str) -> str:
    """`clause` as the episode question it asks (unchanged unless a wording above matches it)."""
    if "spoil" not in clause and "reveal" not in clause and "show" not in clause and "cover" not in clause:
        return clause
    text = " ".join(clause.split())
    if (found := _IS_IT_A_SPOILER.match(text)) is not None and "ent" in (what := found.group("a") or found.group("b")):
        return f"which episode {what}"
    if (found := _REVEALS.match(text)) is not None and "ent" in found.group("what"):
        return f"which episode {found.group('what')}"
    return clause
