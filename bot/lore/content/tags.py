"""The pack's spoiler tags checked against each other, with the file and line of every problem.

Every text of the pack that can reach a reader carries the position it spoils: a character's summary,
relationships (both ways), fate and events, an actor's notes, an episode's summary and deaths, a
fact, a claim, a source's title. The spoiler lexicon (bot/lore/lexicon.py), built from the pack's
own episode-anchored events, reads what each text gives away; a text that gives away a later
position than its tag fails ("line 12: tagged 0 but names Cheong-san ... die (S1E11)"). A tag may be
later than the lexicon reads (the lexicon is a lower bound), never earlier.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.lore.content.model import ContentPack
from bot.lore.content.reader import BAD, Problem, Record
from bot.show import NOTHING, Position

if TYPE_CHECKING:
    from bot.lore.lexicon import Lexicon

#: One text to check: (file, line, what it is, the text, its tag, whom it is about).
Tagged = tuple[str, int, str, str, Position, str]


def _records(value: Any) -> list[Record]:
    if value is None or value is BAD:
        return []
    return [r for r in value if isinstance(r, Record)]


def _tag(value: Any) -> Position:
    return value if isinstance(value, Position) else NOTHING


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value is not BAD else None


def tagged_texts(docs: dict[str, Any], names: dict[str, str]) -> Iterator[Tagged]:
    """Every tagged text of a pack's read documents; `names` maps character and person ids to
    names (a pronoun in a character's own text stands for them)."""
    yield from _characters(docs.get("characters.yaml"), names)
    for rec in _records(docs.get("people.yaml")):
        notes = _text(rec["notes"])
        if notes:
            yield ("people.yaml", rec.lines["notes"], f"notes of '{rec['id']}'", notes,
                   _tag(rec["notes_spoils"]), str(rec["name"]))
    for rec in _records(docs.get("episodes.yaml")):
        tag = _tag(rec["spoils"])
        summary = _text(rec["summary"])
        if summary:
            yield ("episodes.yaml", rec.lines["summary"], f"summary of episode {rec['number']}", summary, tag, "")
        for death in _records(rec["deaths"]):
            text = _text(death["text"])
            if text:
                who = names.get(str(death["character"]), "")
                yield ("episodes.yaml", death.lines["text"], f"death in episode {rec['number']}", text, tag, who)
    for name, what in (("facts.yaml", "fact"), ("claims.yaml", "claim")):
        for rec in _records(docs.get(name)):
            text = _text(rec["text"])
            if text:
                yield (name, rec.lines["text"], f"{what} '{rec['id']}'", text, _tag(rec["spoils"]), "")
    for rec in _records(docs.get("sources.yaml")):
        title = _text(rec["title"])
        if title:
            yield ("sources.yaml", rec.lines["title"], f"title of source '{rec['id']}'", title,
                   _tag(rec["spoils"]), "")


def _characters(doc: Any, names: dict[str, str]) -> Iterator[Tagged]:
    for rec in _records(doc):
        ident, name = str(rec["id"]), str(rec["name"])
        summary = rec["summary"]
        if isinstance(summary, Record) and _text(summary["text"]):
            yield ("characters.yaml", summary.lines["text"], f"summary of '{ident}'", summary["text"],
                   _tag(summary["spoils"]), name)
        for rel in _records(rec["relationships"]):
            tag = _tag(rel["spoils"])
            target = names.get(str(rel["target"]), "")
            if _text(rel["text"]):
                yield ("characters.yaml", rel.lines["text"], f"relationship of '{ident}'", rel["text"], tag, name)
            if _text(rel["inverse_text"]):
                yield ("characters.yaml", rel.lines["inverse_text"], f"relationship of '{ident}' (inverse)",
                       rel["inverse_text"], tag, target)
        fate = rec["fate"]
        if isinstance(fate, Record) and _text(fate["text"]):
            yield ("characters.yaml", fate.lines["text"], f"fate of '{ident}'", fate["text"], _tag(fate["spoils"]), name)
        for event in _records(rec["events"]):
            if _text(event["text"]):
                yield ("characters.yaml", event.lines["text"], f"event of '{ident}'", event["text"],
                       _tag(event["spoils"]), name)


def tag_problems(pack: ContentPack, docs: dict[str, Any], root: Path, lexicon: Lexicon | None = None) -> list[Problem]:
    """Every text whose tag is earlier than what the lexicon reads in it."""
    # Imported here: the lexicon's hundreds of patterns compile at its import, and what imports this module (the
    # content loader, so every `hyosan` command and every start) mostly checks no tags.
    from bot.lore.lexicon import lexicon_of

    lexicon = lexicon or lexicon_of(pack)
    names = {c.id: c.name for c in pack.characters.values()} | {p.id: p.name for p in pack.people.values()}
    problems: list[Problem] = []
    for file, line, what, text, tag, about in tagged_texts(docs, names):
        found = lexicon.scan(text, about=about)
        if found is not None and found.position > tag:
            problems.append(Problem(
                str(root / file), line,
                f"{what} is tagged {tag or 0} but gives away {found.position} "
                f"({' + '.join(found.terms)}): tag it spoils: {found.position} or later",
            ))
    return problems
