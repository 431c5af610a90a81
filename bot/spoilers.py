"""The one spoiler renderer: every piece of show content passes through here before Discord.

A fact knows the episode it spoils (0 = safe). A viewer's progress is the last episode they have
seen. Text whose episode is past the progress goes inside ||…||; text for places Discord cannot
hide (embed titles, field names, button labels, autocomplete choices) is replaced by a safe
fallback instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def is_safe(spoils_episode: int | None, progress: int) -> bool:
    """Whether a viewer who has seen `progress` episodes may read this in the clear."""
    return (spoils_episode or 0) <= progress


def hide(text: str) -> str:
    """Wrap text in a spoiler; pipes inside are escaped so nothing can close the bars early."""
    if not text:
        return text
    inner = text.replace("\\", "\\\\").replace("|", "\\|")
    return f"||{inner}||"


def render(text: str, spoils_episode: int | None, progress: int) -> str:
    """Text for a message body, embed description or field value."""
    return text if is_safe(spoils_episode, progress) else hide(text)


def unhideable(text: str, spoils_episode: int | None, progress: int, fallback: str) -> str:
    """Text for a place Discord cannot hide (title, field name, label, choice): never spoil there."""
    return text if is_safe(spoils_episode, progress) else fallback


@dataclass
class SpoilerTracker:
    """Collects what a reply shows, so callers know the highest episode any shown fact spoils."""

    progress: int
    highest: int | None = None
    _seen: list[int] = field(default_factory=list)

    def render(self, text: str, spoils_episode: int | None) -> str:
        self._note(spoils_episode)
        return render(text, spoils_episode, self.progress)

    def unhideable(self, text: str, spoils_episode: int | None, fallback: str) -> str:
        if is_safe(spoils_episode, self.progress):
            self._note(spoils_episode)
            return text
        return fallback

    def _note(self, spoils_episode: int | None) -> None:
        episode = spoils_episode or 0
        if episode > 0:
            self._seen.append(episode)
            self.highest = max(self.highest or 0, episode)
