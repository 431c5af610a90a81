"""Moderators' additions to the lore: what each kind holds, checking a submission, and applying
approved additions to a content pack.

Kinds and their fields (each addition also has the position it spoils and a source link):
- event: `text` (what happens), `characters` (optional, names; kept as `character_ids`);
- death: `character` (a name the server's lore knows; kept as `character_id`), `death_kind` (dies,
  turns, bitten, halfbie, presumed_dead) and `text` (how);
- character: `name`, `actor` (optional), `summary` (who they are);
- question: `question`, `answer`, `wrong` (optional wrong options for buttons, separated by ";").

Applied to a pack (`apply_additions`), an approved addition becomes what the pack would have said:
a character (and their actor), a death in its episode and the character's fate (a later fate
replaces an earlier one), an event in its episode's summary and the named characters' events and a
searchable fact; every addition's source becomes a pack source. Its text spoils the position given,
so the spoiler renderer hides it from anyone not there yet. Questions are trivia's
(`addition_questions`). An addition that no longer fits the pack (its character is gone from a
newer version) is left out, with a log line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from bot.errors import UserError
from bot.lazy_re import Pattern
from bot.lore.content.model import Character, ContentPack, Death, Episode, Event, Fact, Fate, Person, Source
from bot.lore.model import Addition, AdditionKind
from bot.lore.names import NameResolver, fold
from bot.progress_said import season_unsaid
from bot.show import NOTHING, Position, PositionError, ShowShape, parse_position
from bot.text import clean_input, defuse_mentions
from bot.trivia.hangul import another_surname
from bot.trivia.model import Question
from bot.urls import UrlRefused, as_pasted, check_public_url, host_of

log = logging.getLogger(__name__)


class AdditionError(UserError):
    """A submission that can't be queued; the message says what to fix."""


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind, as the modal asks for it (label at most 45 characters)."""

    key: str
    label: str
    max_length: int
    required: bool = True
    long: bool = False
    placeholder: str = ""


# Its example is the latest episode out, filled in by the form (cogs/lore/review.py): a fixed "S2E1"
# was refused with "season 2 is not known yet" until season 2's episodes were listed.
SPOILS = FieldSpec("spoils", "Episode it spoils", 40)
SOURCE = FieldSpec("source", "Source link (https://...)", 500, placeholder="https://www.netflix.com/tudum/...")
FIELDS: dict[AdditionKind, tuple[FieldSpec, ...]] = {
    "event": (
        FieldSpec("text", "What happens", 300, long=True),
        FieldSpec("characters", "Who is in it (names, comma-separated)", 200, required=False),
        SPOILS,
        SOURCE,
    ),
    "death": (
        FieldSpec("character", "Character", 80, placeholder="a name, as in /character"),
        FieldSpec("death_kind", "Dies, turns, bitten or presumed dead (or …)", 20, placeholder="dies"),
        FieldSpec("text", "What happens", 300, long=True),
        SPOILS,
        SOURCE,
    ),
    "character": (
        FieldSpec("name", "Name", 80),
        FieldSpec("actor", "Played by (optional)", 80, required=False),
        FieldSpec("summary", "Who they are", 300, long=True),
        SPOILS,
        SOURCE,
    ),
    "question": (
        FieldSpec("question", "Question", 300, long=True),
        FieldSpec("answer", "Answer", 100),
        FieldSpec("wrong", "Wrong options for buttons, separated by ;", 300, required=False),
        SPOILS,
        SOURCE,
    ),
}
KIND_NAMES: dict[AdditionKind, str] = {
    "event": "an event", "death": "a death or turn", "character": "a character", "question": "a trivia question",
}
_DEATH_KINDS = {
    "dies": "dies", "die": "dies", "died": "dies", "death": "dies", "dead": "dies", "killed": "dies",
    "turns": "turns", "turn": "turns", "turned": "turns", "zombie": "turns",
    "bitten": "bitten", "bite": "bitten", "bit": "bitten",
    "halfbie": "halfbie", "hambie": "halfbie",
    "presumed dead": "presumed_dead", "presumed_dead": "presumed_dead", "missing": "presumed_dead",
}
#: Words around a kind that say nothing more: "turned into a zombie", "becomes a halfbie", "is killed".
_KIND_FILLER = frozenset({
    "is", "was", "gets", "got", "get", "becomes", "became", "become", "into", "a", "an", "as", "and", "then",
    "turning", "finally", "by", "zombies", "the", "horde", "infected", "goes", "went", "he", "she", "they",
})
#: Words that take the kind back ("doesn't die", "survives"): never read as a death.
_KIND_DENIED = frozenset({"not", "no", "never", "doesnt", "didnt", "isnt", "survives", "survived", "alive", "almost"})


def _death_kind(typed: str) -> str | None:
    """What becomes of a character, as a moderator says it ("died", "turned into a zombie", "becomes
    a halfbie"): one kind, or None when none is said, two differ ("bitten and turns"), or it is denied."""
    if "?" in typed or "\uff1f" in typed:  # asked, not said: "죽었나?", "dies?"
        return None
    text = " ".join(typed.casefold().replace("-", " ").replace("'", "").replace("\u2019", "").split()).strip(" .!")
    if text in _DEATH_KINDS:
        return _DEATH_KINDS[text]
    words = re.findall(r"[^\W_]+", text)
    if any(w in _KIND_DENIED or any(d in w for d in _KO_DENIED) for w in words):
        return None
    read = {w: _DEATH_KINDS.get(w) or _korean_kind(w) for w in words}
    kinds = {kind for kind in read.values() if kind is not None}
    if len(kinds) != 1 or any(read[w] is None and w not in _KIND_FILLER and w not in _KO_FILLER for w in words):
        return None
    return kinds.pop()


#: The same in Korean, as word stems ("죽었다", "좀비가", "물렸다"), the longer first.
_KO_KINDS = (
    ("반좀비", "halfbie"), ("좀비", "turns"), ("감염", "turns"), ("사망", "dies"), ("죽", "dies"), ("숨지", "dies"),
    ("숨짐", "dies"), ("숨졌", "dies"), ("물림", "bitten"), ("물렸", "bitten"), ("물린", "bitten"), ("물리", "bitten"),
    ("실종", "presumed_dead"), ("행방불명", "presumed_dead"), ("생사불명", "presumed_dead"),
)
_KO_FILLER = frozenset({"됨", "된다", "됐다", "되다", "돼", "됐음", "되어", "변함", "변했다", "결국", "끝내", "그리고"})
#: Korean that takes the kind back: 안 죽음, 죽지 않음, 살아남음, 생존, 죽을 뻔함, 못 ...
_KO_DENIED = ("안", "않", "살아", "생존", "뻔", "아님", "못")


#: Korean that is not their fate: a killing they did ("죽였다", "죽인"), a rumour ("사망설", "좀비설").
_KO_NOT_FATE = re.compile(r"^죽(?:이|였|인)|설$")


def _korean_kind(word: str) -> str | None:
    if _KO_NOT_FATE.search(word):
        return None
    return next((kind for stem, kind in _KO_KINDS if word.startswith(stem)), None)


#: The fate a death of this kind leaves (a bite alone changes no fate).
_FATE_OF = {"dies": "dead", "turns": "zombie", "halfbie": "halfbie", "presumed_dead": "presumed_dead"}


@dataclass(frozen=True)
class Draft:
    """A checked submission, ready to be queued (or an edit, to replace a pending one's fields)."""

    kind: AdditionKind
    spoils: Position
    source_url: str
    fields: dict[str, str]


def _text(values: Mapping[str, str], spec: FieldSpec) -> str:
    text = clean_input(str(values.get(spec.key) or ""), limit=spec.max_length)
    if spec.required and not text:
        raise AdditionError(f"“{spec.label}” can't be empty.")
    return text if spec.key == "source" else _inert(text)


def _inert(text: str) -> str:
    """A moderator's words as the lore will show them anywhere, plain or in spoiler bars: no pings,
    no masked links, no spoiler bars or code spans of their own (nothing a reader could be fooled
    by, nothing that could open or close the bot's bars)."""
    text = defuse_mentions(text).replace("](", "] (").replace("`", "'")
    return re.sub(r"\|{2,}", "|", text)


def prepare(
    kind: AdditionKind,
    values: Mapping[str, str],
    *,
    resolver: NameResolver,
    shape: ShowShape,
    now: dt.datetime,
) -> Draft:
    """A submission checked: every required field, a position the show has (an episode, not 0), a
    public source link, and names this server's lore knows. AdditionError says what to fix."""
    if kind not in FIELDS:
        raise AdditionError("Pick what you are adding: an event, a death or turn, a character or a question.")
    texts = {spec.key: _text(values, spec) for spec in FIELDS[kind]}
    typed_spoils = texts.pop("spoils")
    try:
        spoils = parse_position(typed_spoils, shape, now=now, allow_nothing=False)
    except PositionError as exc:
        raise AdditionError(f"Episode it spoils: {exc.message}") from None
    # "ep 3" reads as season 1's, which would show a later season's lore to anyone past S1E3.
    if unsaid := season_unsaid(typed_spoils, spoils.season, spoils.episode, shape.last_released(now).season):
        raise AdditionError(f"Episode it spoils: {unsaid}")
    try:
        source = check_public_url(as_pasted(texts.pop("source")))
    except UrlRefused as exc:
        raise AdditionError(f"Source link: {exc.message}") from None
    fields = {k: v for k, v in texts.items() if v}
    if kind == "death":
        fields["character_id"] = _character(resolver, fields["character"])
        death_kind = _death_kind(fields["death_kind"])
        if death_kind is None:
            raise AdditionError("Say what becomes of them in a word or two: dies, turns, bitten, presumed dead, or another state the lore knows.")
        fields["death_kind"] = death_kind
    elif kind == "character":
        _new_character(resolver, fields["name"])
    elif kind == "event" and fields.get("characters"):
        names = [n.strip() for n in re.split(r"[,;/]|\band\b", fields["characters"]) if n.strip()]
        fields["character_ids"] = ",".join(dict.fromkeys(_character(resolver, n) for n in names[:8]))
    elif kind == "question":
        wrong = _wrong_options(str(values.get("wrong") or ""))
        if len(wrong) > 4:
            raise AdditionError("At most four wrong options (buttons hold five choices).")
        if any(w.casefold() == fields["answer"].casefold() for w in wrong):
            raise AdditionError("A wrong option is the same as the answer.")
        fields["wrong"] = ";".join(wrong)
    return Draft(kind, spoils, source, fields)


def _wrong_options(typed: str) -> list[str]:
    """The wrong options as moderators list them: separated by ; as the form asks, else one a line,
    else by slashes or commas ("On-jo, Su-hyeok, Nam-ra" is three options, never one button)."""
    for separator in (r";", r"\n", r"\s/\s|/", r","):
        if re.search(separator, typed):
            parts = re.split(separator, typed)
            break
    else:
        parts = [typed]
    return [part for part in (_inert(clean_input(p, limit=100)) for p in parts) if part]


def _new_character(resolver: NameResolver, name: str) -> None:
    """A character added under the full name of one the lore has would be a second one of that name
    (two identical choices in /character); what is new about them is an event, a death or a turn."""
    found = resolver.resolve(name, ("character",))
    # a name the lore knows ("Cheong-san"), or a full name one spelling off it ("Lee Su-hyuk"); a
    # new person sharing a given name is added under their full name ("Kim Min-jae")
    same = found.score >= 100 or (found.score >= 90 and len(name.split()) >= 2)
    # "Kang Min-jae" (or "Min-jae Kang") is not Jung Min-jae; "Jeong Min-jae", "Yi Min-jae" are spellings of one
    words = tuple(fold(w) for w in name.split())
    other = found.entity is not None and any(
        another_surname(order, found.entity.name) for order in (words, words[-1:] + words[:-1]))
    if found.entity is not None and not found.ambiguous and same and not other:
        raise AdditionError(
            f"{found.entity.name} is already a character. Add what is new about them as an event, or as a death "
            "or turn; a new person who shares a name is added under their full name."
        )


def _character(resolver: NameResolver, name: str) -> str:
    found = resolver.resolve(name, ("character",))
    if found.entity is None:
        hint = ", ".join(e.name for e in found.candidates[:4])
        raise AdditionError(
            f"I don't know a character called “{name[:60]}”"
            + (f" (did you mean {hint}?)" if hint else "")
            + ". Add the character first if they are new."
        )
    return found.entity.id


def describe(addition: Addition) -> list[tuple[str, str]]:
    """The addition's fields as (label, value) pairs, for the review card."""
    out: list[tuple[str, str]] = []
    for spec in FIELDS[addition.kind]:
        if spec.key == "spoils":
            out.append((spec.label, f"{addition.spoils} ({addition.spoils.label})"))
        elif spec.key == "source":
            out.append((spec.label, addition.source_url))
        elif addition.fields.get(spec.key):
            out.append((spec.label, addition.fields[spec.key]))
    return out


def form_values(addition: Addition) -> dict[str, str]:
    """What the edit form starts with: the addition as it was typed (fields, position, source)."""
    values = {k: v for k, v in addition.fields.items() if not k.endswith("_id") and not k.endswith("_ids")}
    values["spoils"] = str(addition.spoils)
    values["source"] = addition.source_url
    return values


# -------------------------------------------------------------------------------- applying


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:40]


def _ident(prefix: str, name: str, addition: Addition) -> str:
    return f"{_slug(name) or prefix}-x{addition.id}"


def _source(addition: Addition) -> Source:
    day = addition.reviewed_at or addition.submitted_at
    return Source(
        id=f"added-source-{addition.id}",
        publisher=host_of(addition.source_url) or "source",
        title="added by a server's moderators",
        url=addition.source_url,
        date=day.date().isoformat() if day else None,
    )


class _Pack:
    """A pack being extended: mutable copies of the dicts an addition touches."""

    def __init__(self, pack: ContentPack) -> None:
        self.base = pack
        self.people = dict(pack.people)
        self.characters = dict(pack.characters)
        self.episodes = dict(pack.episodes)
        self.facts = dict(pack.facts)
        self.sources = dict(pack.sources)
        self.played_by = {k: tuple(v) for k, v in pack._played_by.items()}

    def build(self) -> ContentPack:
        return replace(
            self.base, people=self.people, characters=self.characters, episodes=self.episodes,
            facts=self.facts, sources=self.sources, _played_by=self.played_by,
        )

    def episode(self, position: Position) -> Episode:
        return self.episodes.get(position) or Episode(
            position, "Not written up in the content pack yet; this server's moderators added what happens below.",
            position, (),
        )

    def apply(self, addition: Addition) -> None:
        source = _source(addition)
        f, pos = addition.fields, addition.spoils
        if addition.kind == "character":
            cid = _ident("character", f["name"], addition)
            actor_id: str | None = None
            if f.get("actor"):
                actor_id = _ident("actor", f["actor"], addition)
                self.people[actor_id] = Person(actor_id, f["actor"], None, (), (), ("actor",), None, (source.id,))
                self.played_by[actor_id] = (*self.played_by.get(actor_id, ()), cid)
            name = f["name"]
            self.characters[cid] = Character(
                cid, name, None, (), (), actor_id, (pos.season,), f["summary"], pos, (), None, (), (source.id,),
                short_name=name.split()[-1] if name.split() else name, actor_confidence="reported",
                introduced=pos, confidence="reported",  # a moderator's link, as their facts are
            )
        elif addition.kind == "death":
            character = self.characters.get(f.get("character_id", ""))
            if character is None:
                raise LookupError(f"character {f.get('character_id')!r} is not in the pack")
            kind = f["death_kind"]
            episode = self.episode(pos)
            self.episodes[pos] = replace(episode, deaths=(*episode.deaths, Death(character.id, kind, f["text"])),
                                         sources=(*episode.sources, source.id))
            status = _FATE_OF.get(kind)
            # `seasons` stays as it was: a season-1 character shown "in season 2" would give away
            # that they survive season 1 (the fate, hidden by its position, tells it instead).
            changes: dict[str, object] = {
                "sources": (*character.sources, source.id),
                "events": (*character.events, Event(f["text"], pos, pos)),
            }
            old = character.fate
            if status is not None and (old is None or old.episode is None or old.episode <= pos):
                changes["fate"] = Fate(status, f["text"], pos, pos, (source.id,), "reported")
            self.characters[character.id] = replace(character, **changes)  # type: ignore[arg-type]
        elif addition.kind == "event":
            existing = self.episodes.get(pos)
            summary = f["text"] if existing is None else f"{existing.summary} {f['text']}"
            episode = self.episode(pos)
            self.episodes[pos] = replace(episode, summary=summary, spoils=pos, sources=(*episode.sources, source.id))
            names: list[str] = []
            for cid in filter(None, f.get("character_ids", "").split(",")):
                character = self.characters.get(cid)
                if character is not None:
                    names.append(character.name)
                    self.characters[cid] = replace(character, events=(*character.events, Event(f["text"], pos, pos)))
            fact_id = f"added-event-{addition.id}"
            self.facts[fact_id] = Fact(fact_id, "trivia", f["text"], tuple(names), pos, "reported", (source.id,), None)
        else:
            return  # questions are trivia's
        self.sources[source.id] = source


_ORDER: dict[str, int] = {"character": 0, "death": 1, "event": 2, "question": 3}


def apply_additions(pack: ContentPack, additions: Iterable[Addition]) -> ContentPack:
    """The pack with the approved additions applied (characters first, then deaths and events, each
    kind oldest first). Additions that no longer fit the pack are left out, with a log line."""
    approved = sorted((a for a in additions if a.state == "approved"), key=lambda a: (_ORDER[a.kind], a.id))
    if not any(a.kind != "question" for a in approved):
        return pack
    extended = _Pack(pack)
    for addition in approved:
        try:
            extended.apply(addition)
        except (LookupError, ValueError) as exc:
            log.warning("lore addition %s (%s) left out: %s", addition.id, addition.kind, exc)
    return extended.build()


def addition_questions(additions: Sequence[Addition]) -> tuple[Question, ...]:
    """The approved trivia questions among `additions`, as trivia questions of their own list."""
    out: list[Question] = []
    for addition in additions:
        if addition.kind != "question" or addition.state != "approved":
            continue
        f = addition.fields
        wrong = tuple(w for w in f.get("wrong", "").split(";") if w)
        # The answer's place among the options is fixed by the question (not always first).
        choices = tuple(
            sorted((f["answer"], *wrong), key=lambda o: hashlib.sha1(f"{addition.id}:{o}".encode()).hexdigest())
        ) if wrong else ()
        out.append(
            Question(
                id=f"added:{addition.id}", text=f["question"], answers=(f["answer"],), choices=choices,
                category="added by moderators", spoils=addition.spoils, source=host_of(addition.source_url),
                list_name="added-by-moderators",
            )
        )
    return tuple(out)


def names_newcomers(pack: ContentPack) -> bool:
    """Whether `pack` has a newcomer for `newcomer_reader` to read (without one it reads NOTHING in every text)."""
    return any(character.introduced for character in pack.characters.values())


def newcomer_reader(pack: ContentPack) -> Callable[[str], Position]:
    """What a text gives away by naming a newcomer moderators added (their full or given name, as the
    lexicon does not know them): the episode that first shows them, else NOTHING."""
    named: list[tuple[Pattern, Position]] = []
    for character in pack.characters.values():
        if character.introduced:
            # the given name alone only when no one else has it ("Min-jae" is season 1's Jung Min-jae too)
            shared = any(character.short_name.casefold() in other.name.casefold()
                         for other in pack.characters.values() if other.id != character.id)
            for name in dict.fromkeys(n for n in (character.name, "" if shared else character.short_name) if len(n) >= 4):
                spelled = r"[-\s]?".join(re.escape(part) for part in re.split(r"[-\s]+", name))
                named.append((re.compile(rf"(?<!\w){spelled}(?!\w)", re.I), character.introduced))
    return lambda text: max((first for pattern, first in named if pattern.search(text)), default=NOTHING)
