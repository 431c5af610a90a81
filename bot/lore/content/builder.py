"""Checking a pack across its files, then building the typed `ContentPack`.

The reader has checked each value on its own; the builder checks what spans records and files:
ids unique across every kind, every reference pointing at an id of the right kind, every episode
of season 1 present once and no episode the show's shape (bot.show) does not have, claims'
standing agreeing with refuted_by/superseded_by, a fate never spoiling less than its own episode,
the show's episode count agreeing with the shape. Only a pack without problems is built; inverse
relationships are derived here. With `check_tags`, every text's spoiler tag is then checked against
what the spoiler lexicon reads in it (tags.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.lore.content.model import (
    INVERSES,
    Character,
    Claim,
    ContentPack,
    Death,
    Description,
    Episode,
    Event,
    Fact,
    Fate,
    Participant,
    Person,
    Relationship,
    Show,
    Source,
    StoryEvent,
    Titles,
    Webtoon,
)
from bot.lore.content.reader import BAD, Problem, Reader, Record
from bot.lore.content.schema import FILES, OPTIONAL_FILES, TOP
from bot.lore.content.tags import tag_problems
from bot.show import NOTHING, Position, ShowShape

# Text for a derived relationship when the YAML gives no inverse_text; {t} = the target's short name.
_DERIVED_TEXT: dict[str, str] = {
    "parent_of": "{t}'s parent",
    "child_of": "{t}'s child",
    "sibling_of": "{t}'s sibling",
    "older_sibling_of": "{t}'s older sibling",
    "younger_sibling_of": "{t}'s younger sibling",
    "friend_of": "friend of {t}",
    "best_friend_of": "{t}'s best friend",
    "crush_on": "has a crush on {t}",
    "crush_of": "{t} has a crush on them",
    "love_interest_of": "{t}'s love interest",
    "loves": "in love with {t}",
    "teacher_of": "{t}'s teacher",
    "student_of": "{t}'s student",
    "neighbour_of": "{t}'s neighbour",
    "classmate_of": "{t}'s classmate",
    "bullies": "bullies {t}",
    "bullied_by": "bullied by {t}",
    "killed": "killed {t}",
    "killed_by": "killed by {t}",
    "bit": "bit {t}",
    "bitten_by": "bitten by {t}",
    "colleague_of": "{t}'s colleague",
    "senior_of": "{t}'s senior",
    "junior_of": "{t}'s junior",
    "infected": "infected {t}",
    "infected_by": "infected by {t}",
    "saved": "saved {t}",
    "saved_by": "saved by {t}",
}


def _tup(value: Any) -> tuple[Any, ...]:
    if value is None or value is BAD:
        return ()
    return tuple(value)


def _ok(value: Any) -> bool:
    return value is not None and value is not BAD


def _records(value: Any) -> list[Record]:
    if not _ok(value):
        return []
    return [r for r in value if isinstance(r, Record)]


def _short(name: str) -> str:
    parts = name.split()
    return parts[-1] if len(parts) > 1 else name


class Builder:
    """Reads, checks and builds the pack in `root` (a folder of the seven files), or in `bundle`
    (the whole pack as one file's text, `root` then naming that file); `problems` holds
    everything found."""

    def __init__(
        self, root: Path, shape: ShowShape, bundle: str | None = None, *, check_tags: bool = False
    ) -> None:
        self.root = root
        self.bundle = bundle
        self.shape = shape
        self.check_tags = check_tags
        self.reader = Reader(shape)
        self.docs: dict[str, Any] = {}
        # kind -> id -> (path, line)
        self.ids: dict[str, dict[str, tuple[str, int]]] = {}

    @property
    def problems(self) -> list[Problem]:
        return self.reader.problems

    def path(self, name: str) -> str:
        return str(self.root) if self.bundle is not None else str(self.root / name)

    def problem(self, name: str, line: int | None, message: str) -> None:
        self.reader.problems.append(Problem(self.path(name), line, message))

    def run(self) -> ContentPack | None:
        r = self.reader
        if self.bundle is not None:
            self.docs.update(r.read_bundle(self.bundle, str(self.root)))
        elif not self.root.is_dir():
            r.problems.append(Problem(str(self.root), None, "not a directory"))
            return None
        else:
            for name in FILES:
                if name in OPTIONAL_FILES and not (self.root / name).exists():
                    self.docs[name] = None
                    continue
                self.docs[name] = r.read_file(self.root / name, name)
        self.check_ids()
        self.check_refs()
        self.check_records()
        if r.problems:
            return None
        pack = self.build()
        if self.check_tags:
            r.problems.extend(tag_problems(pack, self.docs, self.root))
            if r.problems:
                return None
        return pack

    # -- checks

    def check_ids(self) -> None:
        first: dict[str, tuple[str, str, int]] = {}
        for name in FILES:
            kind = TOP[name][2]
            if not kind:
                continue
            table = self.ids.setdefault(kind, {})
            for rec in _records(self.docs[name]):
                ident = rec["id"]
                if not _ok(ident):
                    continue
                line = rec.values.get("__id_line__", rec.line)
                if ident in first:
                    other_kind, other_path, other_line = first[ident]
                    what = "" if other_kind == kind else f" (a {other_kind})"
                    self.problem(
                        name, line, f"duplicate id '{ident}'{what}, first at {other_path}:{other_line}"
                    )
                    continue
                first[ident] = (kind, self.path(name), line)
                table[ident] = (self.path(name), line)

    def check_refs(self) -> None:
        for kind, ident, path, line in self.reader.refs:
            if ident not in self.ids.get(kind, {}):
                self.reader.problems.append(Problem(path, line, f"unknown {kind} id '{ident}'"))

    def check_records(self) -> None:
        self._check_show()
        self._check_episodes()
        self._check_claims()
        self._check_characters()
        self._check_events()

    def _check_show(self) -> None:
        show = self.docs["show.yaml"]
        if not isinstance(show, Record):
            return
        count, season_one = show["episode_count"], len(self.shape.episodes_in(1))
        if isinstance(count, int) and count is not BAD and count != season_one:
            self.problem(
                "show.yaml",
                show.lines["episode_count"],
                f"episode_count {count} does not match the show's shape (season 1 has {season_one} episodes)",
            )

    def _check_episodes(self) -> None:
        episodes = self.docs["episodes.yaml"]
        seen: dict[Position, int] = {}
        for rec in _records(episodes):
            position = _episode_position(rec)
            line = rec.lines.get("number", rec.line)
            if position is None:
                if isinstance(rec["number"], int) and rec["number"] is not BAD:
                    self.problem("episodes.yaml", line, f"episode number {rec['number']} is not an episode")
                continue
            if not self.shape.contains(position):
                self.problem("episodes.yaml", line, f"episode {position} ({position.typed_label}) is not in the show")
                continue
            if position in seen:
                self.problem("episodes.yaml", line, f"duplicate episode {position} (first at line {seen[position]})")
            else:
                seen[position] = line
            spoils = rec["spoils"]
            if isinstance(spoils, Position) and spoils != position:
                self.problem(
                    "episodes.yaml",
                    rec.lines["spoils"],
                    f"episode {position}: spoils must be the episode itself ({position})",
                )
        if _ok(episodes):
            missing = [p for p in (info.position for info in self.shape.episodes_in(1)) if p not in seen]
            if missing:
                self.problem("episodes.yaml", None, "missing episodes: " + ", ".join(str(p) for p in missing))

    def _check_claims(self) -> None:
        for rec in _records(self.docs["claims.yaml"]):
            standing = rec["standing"]
            ident = rec["id"]
            line = rec.values.get("__id_line__", rec.line)
            if standing == "refuted" and not _ok(rec["refuted_by"]):
                self.problem("claims.yaml", line, f"claim '{ident}' is refuted but has no refuted_by")
            if standing == "superseded" and not _ok(rec["superseded_by"]):
                self.problem("claims.yaml", line, f"claim '{ident}' is superseded but has no superseded_by")
            if _ok(rec["refuted_by"]) and standing != "refuted":
                self.problem("claims.yaml", rec.lines["refuted_by"], f"claim '{ident}' has refuted_by but standing is '{standing}'")
            if _ok(rec["superseded_by"]) and standing != "superseded":
                self.problem("claims.yaml", rec.lines["superseded_by"], f"claim '{ident}' has superseded_by but standing is '{standing}'")
            for key in ("refuted_by", "superseded_by"):
                if _ok(ident) and rec[key] == ident:
                    self.problem("claims.yaml", rec.lines[key], f"claim '{ident}' cannot refer to itself")
            season = rec["season"]
            if isinstance(season, int) and season not in (1, 2):
                self.problem("claims.yaml", rec.lines["season"], f"season must be 1 or 2, got {season}")

    def _check_characters(self) -> None:
        for rec in _records(self.docs["characters.yaml"]):
            seasons = rec["seasons"]
            if _ok(seasons):
                for s in seasons:
                    if isinstance(s, int) and s not in (1, 2):
                        self.problem("characters.yaml", rec.lines["seasons"], f"season must be 1 or 2, got {s}")
            fate = rec["fate"]
            if isinstance(fate, Record):
                ep, sp = fate["episode"], fate["spoils"]
                if isinstance(ep, Position) and isinstance(sp, Position) and sp < ep:
                    self.problem(
                        "characters.yaml",
                        fate.lines["spoils"],
                        f"fate of '{rec['id']}' happens in {ep} but spoils only {sp}",
                    )
            for rel in _records(rec["relationships"]):
                if rel["target"] == rec["id"] and _ok(rel["target"]):
                    self.problem("characters.yaml", rel.lines["target"], "a character cannot relate to itself")

    def _check_events(self) -> None:
        """An event has an episode, or (when the sources do not pin it down) `between` its first and
        last possible episodes; it spoils at least the last episode it may be in."""
        for rec in _records(self.docs["events.yaml"]):
            episode, between, spoils = rec["episode"], rec["between"], rec["spoils"]
            line = rec.values.get("__id_line__", rec.line)
            latest: Position | None = episode if isinstance(episode, Position) else None
            if episode is None and "episode" in rec.values:
                span = [p for p in _tup(between) if isinstance(p, Position)]
                if len(span) != 2 or span[0] > span[1]:
                    self.problem("events.yaml", rec.lines.get("between", line),
                                 f"event '{rec['id']}' has no episode, so it needs between: [first, last]")
                    continue
                latest = span[1]
            elif _ok(between):
                self.problem("events.yaml", rec.lines["between"],
                             f"event '{rec['id']}' has an episode; between is only for an event without one")
            if isinstance(spoils, Position) and latest is not None and spoils < latest:
                self.problem("events.yaml", rec.lines["spoils"],
                             f"event '{rec['id']}' happens in {latest} but spoils only {spoils}")

    # -- dataclasses (only when there are no problems)

    def build(self) -> ContentPack:
        d = self.docs
        sources = {
            r["id"]: Source(r["id"], r["publisher"], r["title"], r["url"], r["date"], r["spoils"] or NOTHING)
            for r in _records(d["sources.yaml"])
        }
        people = {
            r["id"]: Person(
                r["id"],
                r["name"],
                r["hangul"],
                _tup(r["variants"]),
                _tup(r["misspellings"]),
                _tup(r["roles"]),
                r["notes"],
                _tup(r["sources"]),
                r["notes_spoils"] or NOTHING,
            )
            for r in _records(d["people.yaml"])
        }
        char_recs = _records(d["characters.yaml"])
        relations = _relations(char_recs)
        characters: dict[str, Character] = {}
        played: dict[str, list[str]] = {}
        for r in char_recs:
            fate = r["fate"]
            characters[r["id"]] = Character(
                id=r["id"],
                name=r["name"],
                hangul=r["hangul"],
                spelled_hangul=r["spelled_hangul"],
                variants=_tup(r["variants"]),
                misspellings=_tup(r["misspellings"]),
                actor=r["actor"],
                seasons=_tup(r["seasons"]),
                summary=r["summary"]["text"],
                summary_spoils=r["summary"]["spoils"],
                relationships=relations[r["id"]],
                fate=(
                    # A fate without its own tag is as sure as the character's row.
                    Fate(fate["status"], fate["text"], fate["episode"], fate["spoils"], _tup(fate["sources"]),
                         fate["confidence"] or r["confidence"] or "official")
                    if isinstance(fate, Record)
                    else None
                ),
                events=tuple(
                    Event(e["text"], e["episode"], e["spoils"]) for e in _records(r["events"])
                ),
                sources=_tup(r["sources"]),
                short_name=r["short_name"] or _short(r["name"]),
                actor_confidence=r["actor_confidence"] or "reported",
                actor_note=r["actor_note"],
                descriptions=tuple(Description(x["text"], x["spoils"]) for x in _records(r["descriptions"])),
                confidence=r["confidence"] or "official",
            )
            if r["actor"]:
                played.setdefault(r["actor"], []).append(r["id"])
        episodes: dict[Position, Episode] = {}
        for r in _records(d["episodes.yaml"]):
            position = _episode_position(r)
            assert position is not None  # checked
            episodes[position] = Episode(
                position,
                r["summary"],
                r["spoils"],
                tuple(Death(x["character"], x["kind"], x["text"]) for x in _records(r["deaths"])),
                r["title"],
            )
        episodes = dict(sorted(episodes.items()))
        facts = {
            r["id"]: Fact(
                r["id"],
                r["topic"],
                r["text"],
                _tup(r["keywords"]),
                r["spoils"],
                r["confidence"],
                _tup(r["sources"]),
                r["date"],
            )
            for r in _records(d["facts.yaml"])
        }
        claims = {
            r["id"]: Claim(
                id=r["id"],
                date=r["date"],
                text=r["text"],
                milestone=r["milestone"],
                confidence=r["confidence"],
                standing=r["standing"],
                refuted_by=r["refuted_by"],
                superseded_by=r["superseded_by"],
                source=r["source"],
                release_window=r["release_window"],
                season=r["season"] if r["season"] is not None else 2,
                approximate_date=bool(r["approximate_date"]),
                corroborated_by=_tup(r["corroborated_by"]),
                see_also=_tup(r["see_also"]),
                spoils=r["spoils"] or NOTHING,
            )
            for r in _records(d["claims.yaml"])
        }
        events = _events(_records(d["events.yaml"]))
        s = d["show.yaml"]
        t, w = s["titles"], s["webtoon"]
        show = Show(
            titles=Titles(t["english"], t["korean"], t["romanized"], t["literal"]),
            webtoon=Webtoon(w["title"], w["author"], w["platform"], w["years"], w["episodes_approx"]),
            premiere=s["premiere"],
            episode_count=s["episode_count"],
            rating=s["rating"],
            directors=_tup(s["directors"]),
            writer=s["writer"],
            studios=_tup(s["studios"]),
            setting=s["setting"],
            virus=s["virus"],
            type=s["type"],
            sources=_tup(s["sources"]),
            recaps=_tup(s["recaps"]),
        )
        return ContentPack(
            show=show,
            people=people,
            characters=characters,
            episodes=episodes,
            facts=facts,
            claims=claims,
            sources=sources,
            events=events,
            _played_by={k: tuple(v) for k, v in played.items()},
        )


def _events(records: list[Record]) -> dict[str, StoryEvent]:
    """The event index in story order: by the first episode each may be in, then as written."""
    built = [
        StoryEvent(
            id=r["id"],
            kind=r["kind"],
            text=r["text"],
            episode=r["episode"],
            between=(r["between"][0], r["between"][1]) if r["episode"] is None else None,
            participants=tuple(Participant(p["character"], p["role"]) for p in _records(r["participants"])),
            place=r["place"],
            names=_tup(r["names"]),
            spoils=r["spoils"],
            confidence=r["confidence"],
            sources=_tup(r["sources"]),
        )
        for r in records
    ]
    order = sorted(range(len(built)), key=lambda i: (built[i].earliest, i))
    return {built[i].id: built[i] for i in order}


def _episode_position(rec: Record) -> Position | None:
    """An episodes.yaml record's position: its season (1 when left out) and number."""
    season, number = rec["season"], rec["number"]
    season = 1 if season is None else season
    if not isinstance(season, int) or not isinstance(number, int) or season is BAD or number is BAD:
        return None
    try:
        return Position(season, number)
    except ValueError:
        return None


def _relations(char_recs: list[Record]) -> dict[str, tuple[Relationship, ...]]:
    """Each character's relationships: the written ones, then the inverses of others' toward it
    (unless written too). A derived text is the YAML's inverse_text, or a neutral template."""
    short = {r["id"]: (r["short_name"] or _short(r["name"])) for r in char_recs}
    written: dict[str, list[Relationship]] = {r["id"]: [] for r in char_recs}
    derived: dict[str, list[Relationship]] = {r["id"]: [] for r in char_recs}
    for r in char_recs:
        for rel in _records(r["relationships"]):
            written[r["id"]].append(
                Relationship(rel["type"], r["id"], rel["target"], rel["text"], rel["spoils"], False)
            )
            inverse = INVERSES[rel["type"]]
            text = rel["inverse_text"] or _DERIVED_TEXT[inverse].format(t=short[r["id"]])
            derived[rel["target"]].append(
                Relationship(inverse, rel["target"], r["id"], text, rel["spoils"], True)
            )
    relations: dict[str, tuple[Relationship, ...]] = {}
    for cid, rels in written.items():
        have = {(x.type, x.target) for x in rels}
        extra = [x for x in derived[cid] if (x.type, x.target) not in have]
        relations[cid] = tuple(rels + extra)
    return relations
