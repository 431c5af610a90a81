"""Which season "the last episode" is once a second season is on the way.

"what's the last episode", "the finale", "who dies in the final ep", "마지막 화" are read as season
1's last episode (analysis.py): the only season whose episodes the pack tells. Once the show's shape
has a season 2 (TVmaze lists its episodes, or its premiere stands), that reading is said in so many
words, so an answer never calls episode 12 the show's last: season 1's last episode, and season 2's
as TVmaze lists it (one source), beside the answer as context. While season 2 is renewed but not out,
"what's the last episode" says it is season 1's and that season 2 has not come out yet.
"""

from __future__ import annotations

import dataclasses

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.result import Answer, Part, SourceRef
from bot.lore.answer.season2_tvmaze_ref import tvmaze_ref
from bot.season2.model import Milestone
from bot.show import NOTHING, Position, ShowShape

# The season's last episode named without its season ("the last ep", "final episode", "the finale")
_LAST = compile_later(r"\b(?:last|final|finale)\s+(?:episode|ep)s?\b|\bfinale\b")


def season_said(ask: Ask, shape: ShowShape, answer: Answer, milestone: Milestone | None = None,
                refs: tuple[SourceRef, ...] = ()) -> Answer:
    """`answer` to a question about "the last episode", led by which season's last it is when the
    show has a season 2 (or, asked which episode is the last, while season 2 is on its way but not
    out: `milestone`, where it stands); otherwise `answer` as it is."""
    first_last = shape.last_of(1)
    if not answer.answered or ask.a.season is not None or ask.a.episode != first_last or not ask.matches(_LAST):
        return answer
    lead = [Part(f"Season 1's last episode is episode {first_last.episode}.", NOTHING, "official", refs)]
    listed = shape.episodes_in(2)
    if listed:
        lead.append(Part(f"Season 2's last, as TVmaze lists it (one source), is {listed[-1].position.label}; "
                         "my sources tell nothing of what happens in it.", NOTHING, "reported", (tvmaze_ref(),),
                         hedged=True, aside=True))
    elif shape.contains(Position(2, 1)):
        lead.append(Part("No source lists season 2's episodes yet.", NOTHING, "official", aside=True))
    elif milestone is not None and milestone is not Milestone.RELEASED and answer.intent == "episode":
        # "what's the last episode", "is ep 12 the last one": the last so far, with season 2 still to come
        lead.append(Part("Season 2 has not come out yet.", NOTHING, "official", aside=True))
    else:
        return answer
    return dataclasses.replace(answer, parts=[*lead, *answer.parts])
