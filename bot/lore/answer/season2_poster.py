"""Season 2's poster ("did they release a s2 poster", "is there a season 2 poster yet"): the one the news
names, Netflix Korea's poster of the renewal (6 June 2022), and that no poster or date card for the release
is in the sources, with the one current status of the release. Read as a release question before, it got
"Not yet." although a poster exists."""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.claims import Claims
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.wording import date_text

POSTER = compile_later(r"\bposters?\b|\bkey ?art\b|\bkey visuals?\b|\bdate cards?\b|\bdate announcement posters?\b")

# Said as sure as the sources are: none of them names a poster for the release.
_NO_RELEASE_POSTER = "No poster for season 2's release, nor a release-date card, is in my sources."


def poster_answer(raw: str, claims: Claims, release: Answer) -> Answer | None:
    """The renewal's poster from the claims that name one, then that no release poster is known, then the
    first line of `release` (the release as the current status has it); None when no claim names a poster."""
    named = [c for c in claims.season2 if c.standing == "standing" and "poster" in c.text.casefold()]
    if not named:
        return None
    claim = named[-1]
    full = claims.part(claim)
    # the poster and its day in the clear (the renewal's full line names who is back: hidden as far as it spoils)
    lead = Part(f"One so far: a poster came with Netflix's renewal of the show on {date_text(claim.date)}.",
                confidence=full.confidence, sources=full.sources)
    none = Part(_NO_RELEASE_POSTER, hedged=True)
    return Answer(raw, True, [lead, full, none, *release.parts[:1]], "season2.poster", release.entities)
