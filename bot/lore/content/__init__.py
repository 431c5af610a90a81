"""The show content pack: the YAML in bot/content/, read into typed, checked data.

The pack is eight files (sources, show, people, characters, episodes, facts, claims, and events: the
event index the /ask engine answers "which episode" and "who did it" from; a pack may leave
events.yaml out). Every problem names the file and the line, and all problems are reported at once
in one `ContentError`.

- model.py: the pack's types (dataclasses) and vocabularies;
- schema.py: what every file and field may hold;
- reader.py: YAML nodes (bot.yamlnodes) checked against the schema, problems with lines;
- builder.py: checks across records and files, then the `ContentPack`;
- loader.py: `load_pack(path)`, `check_pack(path)`, `bundled_pack()`.
"""

from bot.lore.content.loader import BUNDLED_DIR, bundled_pack, check_pack, load_bundle, load_pack
from bot.lore.content.model import (
    CLAIM_MILESTONES,
    Character,
    Claim,
    ContentPack,
    Episode,
    Fact,
    Participant,
    Person,
    Relationship,
    Source,
    StoryEvent,
)
from bot.lore.content.reader import ContentError, Problem

__all__ = [
    "BUNDLED_DIR",
    "CLAIM_MILESTONES",
    "Character",
    "Claim",
    "ContentError",
    "ContentPack",
    "Episode",
    "Fact",
    "Participant",
    "Person",
    "Problem",
    "Relationship",
    "Source",
    "StoryEvent",
    "bundled_pack",
    "check_pack",
    "load_bundle",
    "load_pack",
]
