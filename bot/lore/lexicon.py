"""The spoiler lexicon: which position a piece of text gives away, read from the content pack itself.

A text spoils when, in one sentence, it names a character (or an actor, standing for the characters
they play; names go through the one name resolver) together with a word of a kind of event that
happens to that character: dying, killing, turning, being bitten or infected, becoming a halfbie,
surviving, family and romance, making the virus. Being bitten ("Gwi-nam is bitten", "bitten by Gwi-nam",
the one named after "bites") is read apart from biting: it is the character's own bite, not the one
they give. Which name a word goes with is read as a reader would
(bot/lore/lexicon_subjects.py): the nearest name in the word's clause (a headline's "X turns: Y ..."
is X's turn), with the names listed together with it, a pronoun standing for whom the text is about
when it fits them, else for the nearest person named before it whom it fits (or each of them when
several fit: the pack's own texts say who is "he" and who "she"),
an owner ("On-jo's friends") not being the one the event happens to, "On-jo's father" being So-ju;
a loss or a catch happens to the one named after it ("Ha-ri lost her brother", "Gwi-nam finally gets
Cheong-san"). The position is the earliest one at which the pack shows that kind of event for that
character: "Nam-ra" + "bitten" is season 1, episode 6, because the pack's episode 6 has her bitten.
These anchors come from what the pack states as happening in an episode (the episodes' summaries and
deaths, the characters' fates and events, and the relationships that are events, such as bites and
kills, and the descriptions the pack tags: "the virus creator"), never from the text being judged, so a
text can be checked against its own tag (bot/lore/lexicon_anchors.py).

Texts are read with the words fans write (bot/lore/lexicon_words.py: slang such as "unalives", "rip",
"💀", "🕊️", "doesn't make it", "gets eaten"; "zombie Cheong-san"; Korean, its 초성 ("ㅊㅅ"), romanised Korean; roles such as
"the class president"; "onjo's dad", "his mother"; a name typed one letter off), while the anchors are
read from the pack with the stricter words below, so slang never moves an anchor earlier. A kind the
pack anchors nothing of for a character is read through the kinds that imply it ("Nam-ra is infected":
her bite; "Cheong-san becomes a zombie": his bite). A survival said of the whole story ("Su-hyeok
survives", "On-jo doesn't die", "Nam-ra is back") tells the character's fate, so it is read no earlier
than the fate.

More rules need no anchor:
* a season-1 character named with a season-2 role ("in both seasons", "returns for season 2", "now a
  university student") gives away that they outlive season 1: it spoils their fate, as a survival does
  (On-jo's is the last episode; Cheong-san's, presumed dead, his episode 11), the last episode of
  season 1 for one the pack gives no fate;
* plot words that need no name ("halfbie", "the bombing", "four months later", "the archers") spoil
  the first episode the pack mentions them in;
* an event of the pack's index told in other words ("So-ju swims back from the island", "woo-jin
  protecting his sister") spoils its episode (lexicon_terms.RetoldEvents), and so does one whose text
  moves someone, told by how they come or go and where ("chungsan's mum comes to the school": 4,
  "Hee-soo leaves the school": 2; lexicon_words.MOVES);
* "he" and "she" in a sentence naming nobody stand for whom the line named before ("Gwi-nam hates
  Cheong-san. That's why he bites him."); an attempt ("tries to end her life") is no death;
* a scene told without a name ("the helicopter flying past them", "the music room trap") spoils its
  event's episode (lexicon_scenes.Scenes); "at the end" and "the last ep" are the season's last episode, as
  "the finale"; a fate named ("Na-yeon's shocking fate") is the character's fate; a pronoun with no one
  before it stands for whom a fan tags after it in brackets ("he dies saving everyone (soju)");
* in a text that may be about any story (an imported trivia list: `anywhere`), plot words other stories
  use ("archery", "a training camp", "the epilogue of ...") and a capitalised name one letter off a
  character ("Guinan") count only when the text names the show's people or words (a plot word also when said
  with the very episode the pack has it in: "martial law declared in ep5");
* the names the pack gives events ("the goodbye kiss", "So-ju's flares") spoil the event's episode
  (bot/lore/lexicon_terms.py, which also reads the pack's descriptions as roles: "the villain");
* an episode of season 1 named with an event word, a season-1 character (not episode 1: all are there) or
  a reaction ("cant believe ep 11 did that to him") spoils that episode;
* the show's own title ("All of Us Are Dead") is never a death; a finale or a plot word owned by another work fans
  name, typed lowercase ("squid game finale", "kingdom's first zombie"), is that work's (lexicon_episodes.OTHER_WORKS).

`Lexicon.scan(text)` returns the latest position the text reveals and the words that gave it away
(None when it reveals nothing); `about` names whom the text is about (a card's title, the owner of
a fate), for its pronouns and for sentences that name nobody.
The lexicon is a lower bound: a text may be tagged later than it scans, never earlier. It serves
the content check, imported trivia lists, feed headlines and the tests' end-to-end oracle.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.lore import lexicon_reach, lexicon_whose
from bot.lore.lexicon_anchors import TITLES, sentences, spaced
from bot.lore.lexicon_build import PackLexicon, Show
from bot.lore.lexicon_clauses import clauses
from bot.lore.lexicon_disguise import DISGUISED, undisguise
from bot.lore.lexicon_episodes import (
    ANOTHER_WORK,
    LIKEWISE,
    WORKS_OWN,
    another_work_in_clause,
    episodes_named,
    names_episode,
    survived_to_episode,
)
from bot.lore.lexicon_korean import INITIALS, for_whom, korean_roles, protects, spell_initials
from bot.lore.lexicon_pets import pet_or_kin, show_apart
from bot.lore.lexicon_rolls import ROLL, listed
from bot.lore.lexicon_scenes import (
    OTHER_STORIES,
    about_show,
    apposed,
    names_another_story,
    predicated,
    writers_own,
)
from bot.lore.lexicon_seasons import A_ROLE, ASKS_OF_SEASON_TWO, SEQUEL, mourned_later, told_of_season
from bot.lore.lexicon_subjects import (
    IMPLIED_REACH,
    PET_LIKE,
    PET_NAMED,
    PRONOUN,
    Mentions,
    carried_over,
    distance,
    done_for,
    farewelled,
    in_clause,
    in_text_order,
    kin_of,
    mourned,
    narrowed,
    nearest,
    object_gap,
    objects_of,
    played,
    pronoun_relatives,
    resolve_pronouns,
    seen_off,
    shared_subject,
    spoken,
    subjectless,
)
from bot.lore.lexicon_terms import (
    BEFORE_WORDS,
    PLOT_NEEDS,
    PLOT_TERMS,
    SEASON_TWO,
    stems,
)
from bot.lore.lexicon_typos import mend, rephrase
from bot.lore.lexicon_whose import ASKED, FOR, FROM, GAME, IF, ME_OR, SELF, SELF_AFTER, SUFFERED, WOULD, YOURS
from bot.lore.lexicon_words import (
    BARE_OWNER,
    BITTEN,
    BITTEN_BEFORE,
    BY,
    CHARACTER_OF,
    DONE_TO,
    FATAL_SCENE,
    GLUED_RELATIVE,
    GOT_THROUGH,
    GRIEF,
    HARM,
    HOW_REVEALED,
    INTO_HALFBIE,
    MOURNING,
    MOVES,
    OF_A_RELATIVE,
    OTHER_BITE,
    PRONOUN_RELATIVE,
    RELATIVE,
    SURVIVED_SCENE,
    VICTIM_GAP,
    ZOMBIE_AFTER,
    ZOMBIE_BEFORE,
    attempted,
    left_to,
    tells_fate,
)
from bot.lore.lexicon_words import GROUPS as SCAN_GROUPS
from bot.lore.names import NameResolver
from bot.recent import RecentByIdentity
from bot.show import NOTHING, Position

if TYPE_CHECKING:
    from bot.lore.content import ContentPack

#: The words each kind of event is told with, for the pack's events retold (RetoldEvents.find).
TOLD_BY = {**SCAN_GROUPS, **HOW_REVEALED, **MOVES, "done": DONE_TO, "harm": HARM, "grief": GRIEF}
_OF_ANOTHER = re.compile(r"\s+of\b", re.I)  # "the epilogue of Harry Potter": another story's, in a text not about ours
# a run-on line naming many (a 4,000-character message, Discord's most): each event word weighs only the names within
# _AROUND characters of it, so the work grows with the line, not with its names times its event words (the sentence's
# subject and whom "you" plays are still read from all its names: "gwinam ran past <26 names> ... and finally dies")
_MANY, _AROUND = 24, 300


class _Around:
    """A long sentence's names by place, for the names said near each event word (and those it holds by no place: a
    pronoun's guess), in the sentence's own order."""

    def __init__(self, mentions: Mentions) -> None:
        self._mentions = mentions
        self._placed = sorted((m[0], i) for i, m in enumerate(mentions) if m[0] != m[1])
        self._placeless = [i for i, m in enumerate(mentions) if m[0] == m[1]]

    def near(self, start: int, end: int) -> Mentions:
        low = bisect_left(self._placed, (start - _AROUND, -1))
        high = bisect_right(self._placed, (end + _AROUND, len(self._mentions)))
        return [self._mentions[i] for i in sorted([*self._placeless, *(i for _, i in self._placed[low:high])])]


#: A name written as an owner ("On-jo's friends") is not who the sentence's event is about; but
#: "On-jo's father" is someone the pack knows.
_POSSESSIVE = re.compile(r"['’]s?$")
# a bite's "by" in Spanish, French, Portuguese, Italian, Indonesian ("fue mordida por gwinam", "mordue par", "morsa da",
# "digigit oleh")
_BITTEN_BY = re.compile(r"\s+(?:por|par|pelo|pela|da|dal|dalla|oleh)(?![\w-])", re.I)
_APOSTROPHE = re.compile(r"['’]s?(?![\w])")


@lru_cache(maxsize=64)
def _likened(sentence: str) -> bool:
    """Whether a pet is likened to the one it is named after (PET_LIKE): read once per sentence, not per pet's name."""
    return PET_LIKE.search(sentence) is not None


@dataclass(frozen=True)
class Reveal:
    """What a text gives away: the latest position, and the words that gave it away."""

    position: Position
    terms: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.position} ({', '.join(self.terms)})"



class Lexicon(PackLexicon):
    """What texts give away, built once from a content pack (`from_pack`)."""

    def _mentions(self, sentence: str, subject: frozenset[str] = frozenset(), *, show: Show = lambda: True) -> Mentions:
        """(start, end, characters) of each name in a sentence; an actor stands for their roles, and
        a pronoun for `subject` (whom the text is about). In a text not about the show (`show()`), a word
        capitalised inside a sentence is some other story's name, not ours one letter off ("Guinan")."""
        found: Mentions = []
        if subject:
            # A sentence without a subject of its own ("sacrifices herself so ...") is about `subject`.
            found.append((0, 0, subject, True, False))
        known = self._names.keys()
        # "lee yoo-mi died in squid game": an actor's other role (only in that clause: "lee yoo-mi dies, squid game ...")
        works = ANOTHER_WORK.search(sentence) is not None and not LIKEWISE.search(sentence)  # "she died there too": here also
        mentions = list(self.resolver.mentions(sentence, fuzzy=False, known_words=self._vocabulary if spaced(
            sentence, self._vocabulary) else None))
        # whether another of the story is named beside each name: any two names differ (asked once, not per name: square)
        others = any(m.candidates != mentions[0].candidates for m in mentions)
        named = [
            (mention.start, mention.end, mention.text, self._characters(c for c in mention.candidates if c.kind == "character"
                                                                        or not (works and another_work_in_clause(sentence, mention.start))))
            for mention in mentions
            if not names_another_story(self.resolver, sentence, mention.start, mention.text, show)
            and not (((PET_NAMED.search(sentence, max(0, mention.start - 30), mention.start)  # "my cat cheong-san", "우리 청산이 ... 14살"
                       and not show_apart(sentence, mention.end))  # "my dog is named gwinam but in the show he dies": his
                      or pet_or_kin(sentence, mention.start, mention.end, others=others))
                     and not _likened(sentence))
        ]  # near misses only where a word is new: the pack's own texts never look for them
        for m, (_, role_of) in sorted(self._roles.finditer(sentence), key=lambda r: (r[0].start(), r[1][0])):
            if predicated(sentence, *m.span()) or apposed(sentence, m.start(), (end for _, end, _, _ in named)):
                continue  # "i'm patient zero", "my dad is a firefighter": the writer's own; "min-jae the archer": Min-jae
            who = frozenset(c for c in role_of[(m.lastindex or 1) - 1].split() if c in known)  # "the teacher": either
            if who and not any(start < m.end() and m.start() < end for start, end, _, _ in named):
                named.append((m.start(), m.end(), m.group(0), narrowed(self._genders, who, sentence)))  # leftmost, first listed
        for start, end, text, characters in named:
            if not characters:
                continue
            apostrophe = _APOSTROPHE.match(sentence, end)
            after = apostrophe.end() if apostrophe else end
            glued = GLUED_RELATIVE.search(text, 1) if not text.isascii() else None
            after = start + glued.start() if glued else after  # "온조아빠": the relative typed onto the name
            relative = RELATIVE.match(sentence, after)
            owner = bool(_POSSESSIVE.search(text)) or apostrophe is not None
            if owner and CHARACTER_OF.match(sentence, after):
                owner = False  # "Yoon Chan-young's character dies": the character
            owner = owner or (relative is not None and not protects(sentence, relative.end()))  # "온조 아빠": the relative's
            found.append((start, end, characters, False, owner))
            if relative is not None:  # "On-jo's father": the pack's relatives stand there
                kin = kin_of(self._relatives, self._genders, characters, relative.group(1))
                if kin:
                    found.append((relative.start(1), relative.end(1), kin, False, False))
        found.sort(key=lambda m: m[0])
        if PRONOUN.search(sentence):  # the common headline has none
            found.extend(resolve_pronouns(sentence, [m for m in found if not m[3]], subject, self._genders))
            found.sort(key=lambda m: m[0])
        if not PRONOUN_RELATIVE.search(sentence):  # the common headline has none
            return found
        return pronoun_relatives(sentence, found, subject, self._relatives, self._genders, show)

    # -- reading a text ---------------------------------------------------------------------

    def scan(self, text: str, *, about: str = "", anywhere: bool = False) -> Reveal | None:
        """The latest position `text` gives away, with the words that did; None when nothing.
        Names in `about` (a card's title, the subject of a line) count in sentences naming nobody.
        `anywhere`: the text may be about any story (an imported trivia list), so plot words other stories
        use ("archery", "the epilogue of ...") count only where it names the show's people or words; else
        (the pack, a moderator's addition, a season-2 headline, a reply) it is about the show."""
        if not text:
            return None
        context: frozenset[str] = frozenset()
        if about:
            context = frozenset(c for m in self._mentions(TITLES.sub(" ", about)) if not m[4] for c in m[2])
        best: tuple[Position, tuple[str, ...]] | None = None
        answers: list[bool] = []  # whether the text is about the show: asked only when a word needs it

        def show() -> bool:
            if not answers:
                answers.append(not anywhere or bool(context) or about_show(self.resolver, self._characters, text))
            return answers[0]

        text = undisguise(text) if DISGUISED.search(text) else text  # "c h e o n g s a n", "ch3ongs4n" (cheap test first)
        text = spell_initials(text, self._initials) if INITIALS.search(text) else text  # "ㅊㅅ이": 청산이 (a cheap test first)
        text = rephrase(text)  # "mataron a woojin", "her on-screen father", "5. mr lee 4. isak": said the lexicon's way
        polled = False  # "who survives s2?" asked: the names after it are offered as in season 2 (ASKS_OF_SEASON_TWO)
        for line in TITLES.sub(" ", SEQUEL.sub(" season 2 ", text)).split("\n"):
            earlier: frozenset[str] = frozenset()  # who the line's last sentence naming someone named
            said_in = list(sentences(line))
            for at, sentence in enumerate(said_in):  # "HARI IS PREGNANT??? SEASON 2 WHAT": the season said after
                sentence = told_of_season(sentence, said_in[at + 1]) if at + 1 < len(said_in) else sentence
                mended = mend(BARE_OWNER.sub(self._owner_spelled, sentence), self._vocabulary)  # "sacrifced"
                said = f"{mended} (s2)" if polled else mended
                found, named = (self._scan_sentence(said, context, earlier, show=show) if anywhere
                                else self._sentences_read(said, context, earlier))
                polled = polled or ASKS_OF_SEASON_TWO.search(mended) is not None
                earlier = named or earlier
                if found is not None and (best is None or found[0] > best[0]):
                    best = found
        return None if best is None else Reveal(best[0], best[1])

    def _owner_spelled(self, match: re.Match[str]) -> str:
        """"onjos dad" read as "onjo's dad" when "onjo" is a name (not "his dad")."""
        text = match.string
        word = text[:match.start()].rsplit(None, 1)[-1] if text[:match.start()].strip() else ""
        return "'s" if word and self.resolver.mentions(word, fuzzy=False) else "s"

    def position(self, text: str, *, about: str = "", anywhere: bool = False) -> Position:
        """`scan`'s position, NOTHING when the text gives nothing away."""
        found = self.scan(text, about=about, anywhere=anywhere)
        return found.position if found is not None else NOTHING

    def _scan_sentence(
        self, sentence: str, context: frozenset[str], earlier: frozenset[str] = frozenset(), *, show: Show = lambda: True
    ) -> tuple[tuple[Position, tuple[str, ...]] | None, frozenset[str]]:
        """What a sentence gives away, and whom it names (for the pronouns of the next one: `earlier`);
        `show()`: its text is about the show (plot words other stories use count)."""
        best: tuple[Position, tuple[str, ...]] | None = None

        def consider(position: Position | None, *terms: str) -> None:
            nonlocal best
            if position and (best is None or position > best[0]):
                best = (position, terms)

        low = sentence.lower()
        for term, pattern in PLOT_TERMS.items():
            needs = PLOT_NEEDS.get(term)
            if (needs is not None and not any(need in low for need in needs)) or term not in self._anchors.by_term:
                continue  # a cheap test first: the word it needs, and whether the pack has it at all
            match = pattern.search(sentence)
            if match and term in OTHER_STORIES and not show():  # "archery", "a training camp": only as fans say it
                anchor = self._anchors.by_term.get(term)  # or named with the very episode the pack has it in
                match = OTHER_STORIES[term].search(sentence) or (
                    match if anchor and names_episode(sentence, anchor.episode) else None)
            if match and (lexicon_reach.ending_at(WORKS_OWN, sentence, match.start(), 6) or another_work_in_clause(sentence, match.start())):
                continue  # "kingdom's first zombie", "the half-zombie guy in kingdom": another work's
            if match and not writers_own(sentence, *match.span()):  # not "the archery club at my school"
                consider(self._anchors.by_term.get(term), match.group(0))
        for match, named_event in self._terms.terms.finditer(sentence):  # "the goodbye kiss"
            if lexicon_reach.ending_at(WORKS_OWN, sentence, match.start(), 6):
                continue  # "kingdom's first zombie": another work's
            if (not _OF_ANOTHER.match(sentence, match.end()) or show()) and not writers_own(sentence, *match.span()):
                # not "the epilogue of Harry Potter", nor "the PA system at my school"
                consider(named_event.position, match.group(0))
        for position, thing in self._scenes.find(sentence, show):  # "the helicopter flying past them"
            if not lexicon_reach.ending_at(WORKS_OWN, sentence, max(0, sentence.find(thing)), 6):  # not "kingdom's first zombie"
                consider(position, thing)
        mentions = self._mentions(sentence, context, show=show)
        # whom the verb is done for is not its subject ("cheongsan loves onjo. dies for onjo": Cheong-san dies)
        # (read only for a sentence opening on a verb with no subject, the cheap test first: the guard reads every message)
        bare = bool(earlier) and not context and subjectless(sentence)
        for_them = frozenset(c for m in mentions if not m[3] and lexicon_whose.ends(FOR, sentence, m[0]) for c in m[2]) if bare else frozenset()
        bare = bare and all(m[3] or m[2] <= for_them for m in mentions)
        if earlier and not context and PRONOUN.search(sentence):
            # "Gwi-nam hates Cheong-san. That's why he bites him.": "he" and "she" that fit no one the sentence
            # names stand for whom the line named before ("they" may be anyone: "I can tell you what happens to them")
            context = carried_over(self._genders, earlier, sentence, mentions)
            mentions = self._mentions(sentence, context, show=show) if context else mentions
        if bare:  # "so-ju saves them all. dies a hero": the verb's subject is one named before, not whom its
            context = (earlier - context - for_them) or earlier  # "her" stands for ("cheongsan loves onjo. dies for her": Cheong-san)
            mentions = self._mentions(sentence, context, show=show)
        own = frozenset(c for m in mentions if not m[3] and not m[4] for c in m[2]) or frozenset(  # else an owner: "X's scar??
            c for m in mentions if not m[3] for c in m[2])  # he's dead": the next sentence's "he" may be X (the safe side)
        victims = [(c, self._event(c, "death", implied=False)) for c in listed(sentence, mentions)] if len(mentions) > 1 else []  # a roll of the dead
        if victims and all(position for _, position in victims):
            consider(max(position for _, position in victims if position), *sorted(self._names.get(c, c) for c, _ in victims))
        roll = listed(sentence, mentions, ROLL) if len(mentions) >= ROLL else frozenset()  # "onjo suhyeok daesu hari mijin"
        # a roll call of five survivors or more (not one's names), a halfbie who outlives the season among them: their fates
        if len(roll) >= ROLL and roll <= self._outlive and len(roll & self._alive) >= ROLL:
            consider(max(self._fates[c] for c in roll), *sorted(self._names.get(c, c) for c in roll))
        episodes_named(sentence, mentions, consider, season_one=self._season_one, end=self.end_of_season_one,
                       event=self._event, by_character=self._anchors.by_character, names_thing=self._scenes.names_thing, show=show,
                       gone=self._gone, newcomers=self._newcomers)
        if not mentions and not context:
            return best, own
        starts = clauses(sentence)
        present = context.union(*(m[2] for m in mentions))
        readable = self._may_read(present)
        telling: dict[str, frozenset[str] | None] = {}  # per kind of event: the words the sentence tells it with

        def said(groups: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:  # which it tells, and those words
            for group in groups - telling.keys():
                found = [w for m in TOLD_BY[group].finditer(sentence) for w in stems(m.group(0)) or {"?"}]
                telling[group] = frozenset(found) if found else None
            hit = frozenset(g for g in groups if telling[g] is not None)
            return hit, frozenset(w for g in hit for w in telling[g] or ())

        named = context.union(*(m[2] for m in mentions if not (m[3] or m[4])))  # no owner, no pronoun's guess
        owners = frozenset(c for m in mentions if m[4] and not m[3] for c in m[2])
        retold = self._retold.find(sentence, named, said, owners)  # "So-ju swims back from the island"
        if retold is not None:
            event, words = retold
            consider(event.position, *(self._names.get(c, c) for c in sorted(event.characters & (named | owners))), *words)
        around = _Around(mentions) if len(mentions) > _MANY else None
        for group, pattern in SCAN_GROUPS.items():
            if group not in readable:
                continue  # no one named has an event of this kind: its words cannot give anything away
            for match in pattern.finditer(sentence):
                names = around.near(match.start(), match.end()) if around else mentions
                if group == "death" and (attempted(sentence, match.start()) or left_to(sentence, match.start())
                                         or seen_off(self.resolver, sentence, match)):
                    continue  # "tries to end her life": an attempt; "left the kids to die": no one's death told
                other = OTHER_BITE.match(sentence, match.start()) if group == "bite" else None
                if (other and not any(match.end() < m[0] < other.end() for m in names if not m[3])) or (
                        group == "survival" and WOULD.search(sentence, max(0, match.start() - 24), match.start())
                        and not IF.match(sentence, match.end())) or (  # ("could have survived if ...": read as said)
                        group == "survival" and lexicon_reach.ending_at(GAME, sentence, match.start(), 3) and ME_OR.search(sentence)) or (
                        group == "survival" and survived_to_episode(sentence, *match.span())):  # "survived ep 11": its episode's
                    # "bitten by a mosquito" (not "by the bully"); "he'd have made it out with On-jo" is no one's
                    # survival, nor "who would survive longer, me or Dae-su" (a game the fan plays)
                    continue
                if OF_A_RELATIVE.match(sentence, match.end()):  # "his zombified mother": the mother's, not his
                    kin = [m for m in names if m[0] >= match.end() and not sentence[match.end():m[0]].strip()]
                    for character in sorted(kin[0][2]) if kin else ():
                        consider(self._event(character, group), self._names.get(character, character), match.group(0))
                    continue
                if group == "turn" and INTO_HALFBIE.match(sentence, match.end()):
                    continue  # "turned into a hambie": the halfbie word tells it
                local = mourned(sentence, for_whom(sentence, in_clause(names, starts, match.start()), match.end()), match)
                if group in SUFFERED:  # "hid her bite from On-jo and then turned": not On-jo's
                    local = done_for(sentence, [m for m in local if not lexicon_whose.ends(FROM, sentence, m[0])], match.end())
                    # "ms park walking into the zombies for nayeon 🕊️": the one it was for, after another named, is spared
                    spared = [m for m in local if lexicon_whose.ends(FOR, sentence, m[0]) and any(o[1] <= m[0] for o in local)]
                    local = [m for m in local if m not in spared]
                if not match.group(0)[0].isalnum() and spoken(sentence, names, starts, match.start()):
                    continue  # "...: i'll be back 💀": the writer's laugh at a quote (not "cheongsan: i got bitten")
                roles = korean_roles(sentence, local, match, group)  # Korean: its particles tell who (lexicon_korean)
                if roles is not None:
                    for character, kind in roles:
                        consider(self._event(character, kind), self._names.get(character, character), match.group(0))
                    continue
                if SELF.search(match.group(0)) or (group in SUFFERED and SELF_AFTER.match(sentence, match.end())):
                    local = [m for m in local if m[1] <= match.start()]  # "gives herself up so Na-yeon": not hers
                if group == "bite" and BITTEN.match(match.group(0)) and any(m[1] <= match.start() and not m[3] for m in local):
                    local = [m for m in local if not (m[3] and m[0] >= match.end())]  # "saw namra bitten she cried": namra's
                characters = shared_subject(sentence, mentions, match.start()) or (  # (the sentence's first name)
                    nearest(sentence, local, match.start(), match.end(), owners=group == "family") if local else context)
                characters = farewelled(group, match.group(0), characters, local)  # "hugging onjo one last time"
                if YOURS.search(match.group(0)):  # "POV: you're Ms. Park ... you gave your life": whom "you" is, or no one
                    characters = played(sentence, mentions)
                before = [m for m in local if m[0] < m[1] <= match.start()] or [
                    m for m in names if m[0] < m[1] <= match.start()]  # "Cheong-san: bitten by Gwi-nam"
                bitten: frozenset[str] = frozenset()  # who is bitten, not biting: "Gwi-nam is bitten"
                by_word = bool(BY.match(sentence, match.end()) or (  # (Spanish, French, Portuguese: "es mordida por gwinam")
                    group == "bite" and BITTEN.match(match.group(0)) and _BITTEN_BY.match(sentence, match.end())))
                passive = group == "bite" and bool(BITTEN.match(match.group(0)) or by_word
                                                   or lexicon_reach.ending_at(BITTEN_BEFORE, sentence, match.start(), 1))
                if passive:  # "bitten by Gwi-nam": he bites; the one read besides him is bitten ("... poor namra")
                    agent = next((m[2] for m in names if m[0] >= match.end() and not m[3]), frozenset())
                    bitten = characters - agent if by_word else characters
                    if not bitten and not before and agent:  # "bitten by gwinam, poor cheongsan": whom else it names
                        bitten = frozenset(c for m in names if not m[3] and not m[4] for c in m[2]) - agent
                        characters = characters | bitten
                elif group == "bite":  # "the zombies bite Gwi-nam": the one named right after is bitten
                    bitten = next((m[2] for m in names if m[0] >= match.end() and not m[4] and m[1] > m[0]
                                   and object_gap(sentence, match.end(), m[0], names)), frozenset())
                    characters = characters | bitten
                if before and by_word:  # "Cheong-san gets bitten by Gwi-nam": both
                    by = nearest(sentence, before, match.start(), match.end())
                    characters = by if group == "turn" else characters | by  # "turned by Na-yeon": not hers
                    bitten = by if passive else bitten
                if group == "kill":  # "Cheong-san kills Gwi-nam": Gwi-nam dies (the name right after)
                    after = [m for m in names
                             if m[0] >= match.end() and not m[4] and VICTIM_GAP.match(sentence, match.end(), m[0])]
                    for character in in_text_order(nearest(sentence, after, match.start(), match.end()), names) if after else ():
                        consider(self._event(character, "death"), self._names.get(character, character), match.group(0))
                if group == "survival" and GOT_THROUGH.match(sentence, match.end()):
                    continue  # "he survived filming", "survives every pe class": no one's fate
                whole = group == "survival" and (tells_fate(sentence, match) or any(  # (or of the name put after the word, as
                    m[0] >= match.end() and not sentence[match.end():m[0]].strip() and tells_fate(sentence, match, m[1])
                    for m in names))  # Spanish and Portuguese ask it: "¿sobrevive suhyeok?", "sobreviveu onjo")
                if group == "survival" and SURVIVED_SCENE.match(sentence, match.end()) and not ASKED.match(sentence):
                    # "how did Gwi-nam survive the fall": no fate ("does So-ju survive the gym?" asks for it)
                    fatal = FATAL_SCENE.match(sentence, match.end())  # "how Cheong-san survived the fire": his fate
                    characters = frozenset(c for c in characters if fatal or "survival" in self._anchors.by_character.get(c, {}))
                    whole = whole or fatal is not None
                for character in in_text_order(characters, names):  # a tie names the first named (not a set's order)
                    near = distance(names, character, match.start(), match.end()) <= IMPLIED_REACH
                    kind = "bitten" if character in bitten else group
                    if group == "death" and not self._dies(character) and not MOURNING.fullmatch(match.group(0)):
                        continue  # one who never dies: only mourning ("rip class president") tells her turn
                    consider(self._event(character, kind, implied=near, fate=whole),
                             self._names.get(character, character), match.group(0))
        for character, group, word in objects_of(sentence, mentions, readable):  # "Ha-ri lost her brother"
            consider(self._event(character, group), self._names.get(character, character), word)
        for start, end, characters, stand_in, _ in mentions:
            zombie = not stand_in and (lexicon_reach.ending_at(ZOMBIE_BEFORE, sentence, start, 2) or ZOMBIE_AFTER.match(sentence[end:]))
            if zombie:  # "zombie Cheong-san", "namra zombie"
                for character in sorted(characters):
                    consider(self._event(character, "turn"), self._names.get(character, character), zombie.group(0))
            if not stand_in and len(characters) == 1:  # "So-ju's flares": an event the pack names after him
                for named_event in self._terms.owned.get(next(iter(characters)), ()):
                    said_first = named_event.before  # "외눈 귀남": Korean says it before the name
                    if lexicon_reach.found_from(named_event.pattern, sentence, end) or (
                            said_first and lexicon_reach.ending_at(said_first, sentence, start, BEFORE_WORDS)):
                        consider(named_event.position, sentence[start:end], named_event.label)
        for position, character, grave in mourned_later(sentence, mentions, self._outlive, self.end_of_season_one):
            consider(position, self._names.get(character, character), grave)  # "🕊️ su-hyeok 😭": a later season's death
        season_two = SEASON_TWO.search(sentence)
        if season_two:
            named = frozenset(c for m in mentions for c in m[2])
            if A_ROLE.fullmatch(season_two.group(0)):  # "On-jo, now a university student"; not an actor's degree
                named = frozenset(e.id for m in self.resolver.mentions(sentence, fuzzy=False) for e in m.candidates
                                  if e.kind == "character" and not PET_NAMED.search(sentence, max(0, m.start - 30), m.start))
            for character in in_text_order(named & self._season_one, mentions):  # what being in season 2 tells: their fate, as a survival does
                told = self._event(character, "survival", fate=True) or self.end_of_season_one
                consider(told, self._names.get(character, character), season_two.group(0))
        return best, own

    def learn(self, text: str, position: Position, characters: Iterable[str] = ()) -> None:
        """Anchor a text stated as happening at `position` (about `characters`, ids), as the pack's
        own events are: what a moderator adds for a new episode teaches the lexicon its deaths and
        turns. A server's additions belong in its own lexicon (`Lexicon.from_pack`), not the shared one."""
        self._anchor_text(text, position, tuple(characters))
        self._readable = None
        self._sentences_read.cache_clear()  # read again with what it learnt


def lexicon_of(pack: ContentPack, resolver: NameResolver | None = None) -> Lexicon:
    """The lexicon of a pack, built once per pack object (the last few packs are remembered)."""
    return _RECENT.get(pack, lambda: Lexicon.from_pack(pack, resolver))


_RECENT: RecentByIdentity[ContentPack, Lexicon] = RecentByIdentity()
