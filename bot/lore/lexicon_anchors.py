"""How the spoiler lexicon (bot/lore/lexicon.py) learns from its content pack when each kind of event
happens to each character: the anchors. They come from what the pack states as happening in an episode
(the episodes' summaries and deaths, the event index, the characters' fates, events and relationships
that are events), never from the text being judged, so a text can be checked against its own tag.

A fate is anchored at its episode, or at its tag when its text tells it only after a "later"
(Cheong-san's mother is attacked in episode 4, and "later she appears as a zombie": episode 10, her tag). A description the pack tags ("the
virus creator", episode 2) anchors the kinds it tells at its tag.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.lore.lexicon_clauses import clauses
from bot.lore.lexicon_subjects import Mentions, in_clause, nearest
from bot.lore.lexicon_terms import (
    ALSO,
    DEATH_KINDS,
    EVENT_KINDS,
    FATE_KINDS,
    GROUPS,
    PLOT_TERMS,
    RELATIONSHIP_GROUPS,
    RELATIONSHIP_KINDS,
)
from bot.lore.lexicon_words import IMPLIED_BY, OF_A_RELATIVE, attempted
from bot.show import Position

if TYPE_CHECKING:
    from bot.lore.content import ContentPack

#: What never counts: the show's own titles ("Dead" is not a death).
TITLES = re.compile(r"all of us are dead|now at our school|지금 ?우리 ?학교는", re.I)
#: Sentences end at . ! ? ; and line breaks, but not after a title such as "Ms." or "Mr.", nor "ep." ("ep. 3 (s2) ..."); Chinese and Japanese
#: ones at 。！？； with or without a space after ("I-sak变成丧尸；警察审问 Byeong-chan": two claims), as a ";" between
#: two words is ("bitten protecting su-hyeok;she threw gwi-nam off").
_SENTENCE_END = re.compile(  # (one look behind first: most places end nothing, and are passed at once)
    r"(?<=[.!?;。！？；])(?:(?<!\bMs\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\bep\.)(?<=[.!?;])(?<!\.\.\.)\s+"
    r"|(?<=[。！？；])\s*|(?<=[^\W\d_];)(?=[^\W\d_])"
    r"|(?<=\.\.\.)\s+(?=(?-i:[A-Z0-9])))|\n+", re.I  # "just... leaving them": chat's pause (as "…"), not an end
)
#: What tells that the rest of a fate's text happens in a later episode than the fate's own.
_LATER = re.compile(r"\b(?:later|eventually|afterwards|after that)\b", re.I)
#: The words of a text, for the vocabulary a near miss of a name is checked against.
WORD = re.compile(r"[a-z]+")


def spaced(sentence: str, vocabulary: AbstractSet[str]) -> bool:
    """Whether a sentence is read for near misses of names: it holds a word the pack never uses, or two short
    words the pack does use that together are none of its words: a name spaced as fans romanise it ("hyun ju",
    "chung san"), whose syllables the pack's own names hold."""
    words = WORD.findall(sentence.lower())
    return any(word not in vocabulary for word in words) or any(
        len(a) <= 4 and len(b) <= 4 and len(a + b) >= 5 and a + b not in vocabulary for a, b in pairwise(words))

#: "she is bitten by Gwi-nam and turns": a word after "by X and" is the subject's, not the agent's (Gwi-nam turns
#: in episode 5, not when he bites Na-yeon).
_BY_AGENT = re.compile(r"\bby\s+$", re.I)
_AND_THEN = re.compile(r"\s*(?:,\s*)?(?:and|then|before)\s+(?:[a-z]+\s+)?$", re.I)  # "and (turns) into a zombie"
_SIBLINGS = frozenset({"sibling_of", "older_sibling_of", "younger_sibling_of"})
#: Whom fans call someone's "gf" or "bf": their love interest, or whom they have a crush on ("su-hyeok's gf" is Nam-ra).
_PARTNERS = frozenset({"love_interest_of", "loves", "crush_on"})  # not "crush_of": who likes them
_ALWAYS_READ = frozenset({"kill", "survival"})  # a kill's victim dies; a survival tells a fate


@dataclass
class Anchors:
    """The earliest position of each kind of event, per character and per plot word."""

    by_character: dict[str, dict[str, Position]] = field(default_factory=dict)
    by_term: dict[str, Position] = field(default_factory=dict)

    def add(self, character: str, group: str, position: Position) -> None:
        groups = self.by_character.setdefault(character, {})
        for kind in (group, ALSO[group]) if group in ALSO else (group,):
            if kind not in groups or position < groups[kind]:
                groups[kind] = position

    def add_term(self, term: str, position: Position) -> None:
        if term not in self.by_term or position < self.by_term[term]:
            self.by_term[term] = position


#: Han and kana: Chinese and Japanese write words unspaced (Korean spaces them).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: An answer in brackets after its question: "チョンサンは最後どうなる？ (死亡)", "who dies? (cheongsan)".
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*")


def _fragment(sentence: str) -> bool:
    """Whether a sentence is a bit of the one before: one or two words ("cheongsan.", "i cant."), as many
    unspaced characters ("好难过。", "つらい"; about two to a word), or an answer in brackets."""
    unspaced = len(_UNSPACED.findall(sentence))
    spoken = [word for word in sentence.split() if any(c.isalnum() for c in word)]  # not a stop set apart: "bitten 。"
    if (not unspaced and len(spoken) <= 2) or _BRACKETED.fullmatch(sentence):
        return True
    if not unspaced:
        return False
    words = [word for word in _UNSPACED.sub(" ", sentence).split() if any(c.isalnum() for c in word)]
    return len(words) + (unspaced + 1) // 2 <= 2


#: A sentence about the writer, no answer to the name asked before it ("Nam-ra? i'm only on ep 2", "南罗？我才看到第2集").
_WRITERS_OWN = re.compile(r"\s*(?:(?:i|i'm|im|i've|ive|my|me|aku|gue|gw|saya|yo)(?![\w'’-])|我|私|僕|俺|(?:나|난|내|저는|제가)(?![\uac00-\ud7a3]))",
                          re.I)


#: A question's lead before the one it asks about ("what happens to byeongchan", "what about soju", a reply's quote
#: "> what happened to isak"): the name after it is asked about as if alone, whatever ends it.
_ASKED_ABOUT = re.compile(r"\s*(?:(?:so|and|but|then|ok)\s+)?(?:what(?:['’]?s|\s+is|\s+was)?\s+(?:happens?|happened|will\s+happen"
                          r"|happening)\s+(?:to|with)|what\s+about|how\s+about)\s+", re.I)


def _asked(sentence: str) -> bool:
    """Whether a short sentence waits for the next to say what it is about: a name asked about ("南罗呢？",
    "Nam-ra?", "what happens to byeongchan") or set down alone in Chinese or Japanese ("清山。", "チョンサン。"),
    its fate after it."""
    if lead := _ASKED_ABOUT.match(sentence):  # "what happens to the class president": a role asked about, as a name
        return _fragment(re.sub(r"^the\s+", "", sentence[lead.end():], flags=re.I))
    return _fragment(sentence) and (sentence.rstrip()[-1:] in "?？。" or _UNSPACED.search(sentence) is not None)


def sentences(text: str) -> Iterator[str]:
    """The sentences of a text; a fragment (`_fragment`) goes with the sentence before it on its line, as chat
    writes one thought in bits ("just finished ep 11. cheongsan. i cant.")."""
    held = ""
    at = 0
    for end in [*_SENTENCE_END.finditer(text), None]:
        sentence = text[at:end.start() if end is not None else len(text)]
        if sentence.strip():
            if held and (_fragment(sentence) or (_asked(held) and not _WRITERS_OWN.match(sentence))):
                lead = _ASKED_ABOUT.match(held)  # "what happens to byeongchan? bitten": "byeongchan? bitten"
                held = f"{held[lead.end():] if lead else held} {sentence}"
            else:
                if held:
                    yield held
                held = sentence
        if end is not None and "\n" in end.group(0) and held:
            yield held  # a new line: a new thought
            held = ""
        at = end.end() if end is not None else len(text)
    if held:
        yield held


def pack_texts(pack: ContentPack) -> Iterator[str]:
    """The pack's texts that are no events (summaries, notes, facts, claims, sources, names)."""
    for character in pack.characters.values():
        yield character.name
        yield character.summary
    for person in pack.people.values():
        yield person.name
        yield person.notes or ""
    yield from (fact.text for fact in pack.facts.values())
    yield from (claim.text for claim in pack.claims.values())
    yield from (source.title for source in pack.sources.values())


def own_texts(pack: ContentPack) -> dict[str, list[str]]:
    """The pack's texts about each character (where their pronouns are theirs)."""
    own: dict[str, list[str]] = {}
    for c in pack.characters.values():
        own[c.id] = [c.summary, *(e.text for e in c.events), *(d.text for d in c.descriptions),
                     *(r.text for r in c.relationships), *([c.fate.text] if c.fate is not None else [])]
    for episode in pack.episodes.values():
        for death in episode.deaths:
            own.setdefault(death.character, []).append(death.text)
    return own




def _fate_shown(text: str, status: str, episode: Position | None, spoils: Position) -> Position:
    """Where a fate is first shown: its episode, or its tag when its text tells it only after a "later"
    ("is attacked by the zombie Gyeong-su; later she appears as a zombie": the attack is the episode's,
    the turn the tag's)."""
    later = _LATER.search(text)
    if episode is None or later is None:
        return episode or spoils
    told = [m.start() for group in FATE_KINDS.get(status, ()) for m in GROUPS[group].finditer(text)]
    return episode if any(at < later.start() for at in told) or not told else spoils


class PackAnchoring:
    """The anchors of a lexicon, read from its pack (`anchor_pack`), and what they answer (`_event`: when a kind
    of event first happens to a character; `_may_read`: which kinds can give anything away); the reading of names
    is the lexicon's."""

    _anchors: Anchors
    _vocabulary: set[str]
    _relatives: dict[str, dict[str, set[str]]]
    _fates: dict[str, Position]
    _readable: dict[str, frozenset[str]] | None

    def _mentions(self, sentence: str, subject: frozenset[str] = frozenset()) -> Mentions:
        raise NotImplementedError

    def anchor_pack(self, pack: ContentPack) -> None:
        anchors = self._anchors
        for character in pack.characters.values():
            for rel in character.relationships:
                kind = "sibling" if rel.type in _SIBLINGS else "partner" if rel.type in _PARTNERS else rel.type
                if kind in ("child_of", "parent_of", "sibling", "best_friend_of", "partner"):
                    self._relatives.setdefault(character.id, {}).setdefault(kind, set()).add(rel.target)
        for position, episode in pack.episodes.items():
            self._anchor_text(episode.summary, position, ())
            for death in episode.deaths:
                for group in DEATH_KINDS.get(death.kind, ()):
                    anchors.add(death.character, group, position)
                self._anchor_text(death.text, position, (death.character,))
        for story in pack.events.values():  # the event index: who takes part in what, and how
            for participant in story.participants:
                for group in EVENT_KINDS.get(story.kind, {}).get(participant.role, ()):
                    anchors.add(participant.character, group, story.episode or story.spoils)
            self._anchor_terms(story.text, story.episode or story.spoils)
        for character in pack.characters.values():
            fate = character.fate
            if fate is not None:
                for group in FATE_KINDS.get(fate.status, ()):
                    anchors.add(character.id, group, _fate_shown(fate.text, fate.status, fate.episode, fate.spoils))
                # The fate's text may run past its episode (an epilogue): it is read at its tag.
                self._anchor_text(fate.text, fate.spoils, (character.id,))
            for happening in character.events:
                self._anchor_text(happening.text, happening.episode, (character.id,))
            for description in character.descriptions:  # "the virus creator" (episode 2): what it says, from then
                if description.spoils:
                    self._anchor_text(description.text, description.spoils, (character.id,))
            for rel in character.relationships:
                event = RELATIONSHIP_KINDS.get(rel.type)
                if event is not None:
                    anchors.add(rel.source, event, rel.spoils)
                    self._anchor_text(rel.text, rel.spoils, (rel.source,), relationship=True)

    def _anchor_text(
        self, text: str, position: Position, owners: tuple[str, ...], *, relationship: bool = False
    ) -> None:
        """Anchor the kinds of event a text states: a character's own text (fate, event, death)
        speaks of its owners; a summary of whoever is named nearest each word."""
        self._vocabulary.update(WORD.findall(text.lower()))
        for sentence in sentences(TITLES.sub(" ", text)):
            mentions = self._mentions(sentence, frozenset(owners))
            starts = clauses(sentence)
            for group, pattern in GROUPS.items():
                if relationship and group not in RELATIONSHIP_GROUPS:
                    continue
                for match in pattern.finditer(sentence):
                    if OF_A_RELATIVE.match(sentence, match.end()) or (group == "death" and attempted(sentence, match.start())):
                        continue  # "his zombified mother": the mother's, not his; "tries to end her life": not yet
                    local = in_clause(mentions, starts, match.start())
                    named = (
                        nearest(sentence, local, match.start(), match.end(), owners=group == "family")
                        if mentions else owners
                    )
                    named = _not_the_agent(sentence, local, match.start(), named, owners)
                    for character in named:
                        self._anchors.add(character, group, position)
            if not relationship:
                self._anchor_terms(sentence, position)

    def _may_read(self, present: frozenset[str]) -> frozenset[str]:
        """The kinds whose words can give anything away about the characters `present`: a kill (its
        victim dies) and a survival (a fate) always; the rest when one of them has an event of that
        kind, or of a kind that implies it."""
        if self._readable is None:
            self._readable = {
                character: frozenset(kinds) | {g for g, implying in IMPLIED_BY.items() if set(implying) & kinds.keys()}
                for character, kinds in self._anchors.by_character.items()
            }
        return _ALWAYS_READ.union(*(self._readable.get(character, ()) for character in present))

    def _dies(self, character: str) -> bool:
        """Whether the pack has `character` die (not only turn or become a halfbie)."""
        return "death" in self._anchors.by_character.get(character, {})

    def _event(self, character: str, group: str, *, implied: bool = True, fate: bool = False) -> Position | None:
        """The earliest position of an event of `group` for `character`: as the pack anchors it, else
        (`implied`: the word is written close to the name) the kinds that imply it (IMPLIED_BY), else
        (survival) the character's fate; and (`fate`: a survival said of the whole story, "Su-hyeok
        survives") not before the fate."""
        anchors = self._anchors.by_character.get(character, {})
        position = anchors.get(group)
        if position is None and implied:
            implying = [anchors[kind] for kind in IMPLIED_BY.get(group, ()) if kind in anchors]
            position = min(implying) if implying else None
        if group in ALSO and group not in anchors:  # never bitten as the pack tells: what implies it, or "bite"
            wider = self._event(character, ALSO[group], implied=implied, fate=fate)
            position = wider if position is None or (wider is not None and wider < position) else position
        if group == "survival" and (position is None or fate):
            told = self._fates.get(character)  # a fate says whether they survive
            position = told if position is None or (told is not None and told > position) else position
        return position

    def _anchor_terms(self, text: str, position: Position) -> None:
        """Anchor the plot words a text of `position` uses ("six students" in the survivors' event)."""
        for term, pattern in PLOT_TERMS.items():
            if pattern.search(text):
                self._anchors.add_term(term, position)


def _not_the_agent(sentence: str, mentions: Mentions, start: int, named: frozenset[str] | tuple[str, ...],
                   owners: tuple[str, ...]) -> frozenset[str] | tuple[str, ...]:
    """Whom a word after "by X and" happens to: the one before "by" (or the text's owners), not X."""
    agent = next((m for m in reversed(mentions) if m[0] < m[1] <= start and not m[3]), None)
    if agent is None or not set(named) <= agent[2] or not _AND_THEN.fullmatch(sentence, agent[1], start):
        return named
    if not _BY_AGENT.search(sentence, 0, agent[0]):
        return named
    before = [m for m in mentions if m[1] <= agent[0] and m[2] and not m[4]]
    return before[-1][2] if before else frozenset(owners)

