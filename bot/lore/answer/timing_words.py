"""One language's sentences for season 2's timing answers (`TimingWords`): the shape each table in
season2_phrases.py fills, with the labels Discord shows around an answer, English by default."""

from __future__ import annotations

from dataclasses import dataclass, field

_EN_CHROME = {
    "episode": "season 2, episode {n}",
    "episode_not_out": "Season 2 has not come out yet, and no source lists its episodes: I know nothing of {episode}.",
    "episode_unlisted": "Season 2 is out, but no source lists its episodes yet: I know nothing of {episode}.",
    "sources": "Sources: ",
    "reported_note": "Confidence: reported, not official.",
    "rumour_note": "Confidence: rumour.",
}


@dataclass(frozen=True)
class TimingWords:
    """One language's sentences; `{day}`, `{when}`, `{window}`, `{publisher}` are filled in."""

    verdicts: dict[str, str]  # the English verdict -> this language's ("Not yet." -> "아직이에요.")
    reported: dict[str, str]  # the same verdicts resting on a report ("Reportedly, no.")
    rumour_verdict: str
    hedges: dict[str, str]  # confidence -> the word in "(reported)"
    as_of: str
    no_date: str
    no_date_withdrawn: str
    no_date_one_out: str
    release_date: str
    set_on: str
    came_out: str
    part_two: str  # a season released in parts: its Part 2's day (Status.part_at)
    part_two_out: str  # ... once that Part 2 is out (rules.part_out_by)
    since: str
    status_heading: str
    hedged_heading: str
    delayed: str
    had_date: str
    had_date_delayed: str
    had_date_none: str
    window_heading: str
    window: str
    window_official: str
    window_reported: str
    one_source: str
    one_source_moved: str
    estimate_heading: str
    earlier_heading: str
    estimate: str
    end: str
    milestones: dict[str, str] = field(default_factory=dict)
    plain_heading: str = "{heading}: {sentence}"
    # in front of a line resting on a report or a rumour that does not say so itself (result._LABELS)
    labels: dict[str, str] = field(default_factory=lambda: {"reported": "Reportedly: ", "rumour": "Rumour: "})
    gap: str = " "  # between a verdict and the sentence after it (none in Japanese and Chinese)
    comma: str = ", "  # between the notes of a heading ("(rumour, 10 January 2026)")
    # whether an episode of season 2 is out before any source lists them (episodes.py), and the labels Discord shows
    # around an answer (cogs/lore/render.py): "Sources: " before a card's sources, the confidence note in the footer
    chrome: dict[str, str] = field(default_factory=lambda: dict(_EN_CHROME))

    def labelled(self, text: str, confidence: str) -> str:
        """`text` with the label its confidence puts in front of it ("Reportedly: ...")."""
        return self.labels.get(confidence, "") + text

    def headed(self, heading: str, confidence: str, sentence: str) -> str:
        """`sentence` under `heading`, with its confidence's word when it rests on a report or a rumour."""
        hedge = self.hedges.get(confidence)
        return (self.hedged_heading if hedge else self.plain_heading).format(heading=heading, hedge=hedge, sentence=sentence)

    def verdict(self, english: str, confidence: str = "official") -> str:
        """`english` ("Yes.", "Not yet.") in this language, as sure as `confidence` (see
        wording.hedged_verdict: a rumour gives no verdict)."""
        if confidence == "rumour":
            return self.rumour_verdict
        return (self.reported if confidence == "reported" else self.verdicts).get(english, english)
