"""Which name an event word goes with, for the spoiler lexicon (bot/lore/lexicon.py): the nearest name
in the word's clause (with the names listed together with it), an owner ("On-jo's friends") only for
the word right after it, and across a headline's colon, dash or "|" only when the word's own clause
names no subject before it ("Gyeong-su turns into a zombie: Na-yeon ..." is Gyeong-su's turn,
"Cheong-san: bitten by Gwi-nam" is Cheong-san's bite).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.lazy_re import compile_later
from bot.lore.lexicon_clauses import guessed_at
from bot.lore.lexicon_reach import ending_at, words_on
from bot.lore.lexicon_words import (
    FANS_SEE_OFF,
    FAREWELL,
    GROUPS,
    OBJECT_EVENTS,
    OBJECT_GAP,
    OWNED_GAP,
    PRONOUN_RELATIVE,
    RELATIVE_TYPES,
)

if TYPE_CHECKING:
    from bot.lore.names import NameResolver

#: What may stand between the names of a list ("Cheong-san and Na-yeon die": both die; "suhyeok x namra").
#: A word the resolver does not know may stand between them as one more of the list ("woojin, joonsung and jimin").
LIST_GAP = compile_later(r"^\s*(?:,|and|&|, and|as well as|x|/|\+|or|, or|then|, then|and then|and also|y|e|dan|et)\s*"
                      r"(?:[\w'’-]+\s*(?:,|and|&|, and)\s*){0,2}$", re.I)  # not "best friend I-sak": one person

#: (start, end, characters, stands in: a pronoun or the implied subject, written as an owner) of each
#: name in a sentence.
Mentions = list[tuple[int, int, frozenset[str], bool, bool]]
#: How a reading step reports what it found: (position, the words that gave it away).
Consider = Callable[..., None]


#: How far (characters) a word may stand from a name to be read through the kinds that imply it:
#: "Cheong-san becomes a halfbie" is, "After Cheong-san stabs his eye ... he returns as a halfbie" is not.
IMPLIED_REACH = 16


def in_text_order(characters: Iterable[str], mentions: Mentions) -> list[str]:
    """`characters` in the order the sentence first names them, then by id (those it does not name, read from the
    context, last): the one a tie names depends on the text, never on a set's order (which the hash seed decides)."""
    listed = list(characters)
    if len(listed) < 2:
        return listed  # one alone: no order to read (the common case, asked per event word)
    first: dict[str, int] = {}
    for m in mentions:
        for c in m[2]:
            first[c] = min(first.get(c, m[0]), m[0])
    return sorted(listed, key=lambda c: (first.get(c, sys.maxsize), c))


def distance(mentions: Mentions, character: str, start: int, end: int) -> int:
    """How far the nearest name of `character` stands from a word (0: read from the context)."""
    gaps = [max(m_start - end, start - m_end, 0) for m_start, m_end, chars, _, _ in mentions if character in chars]
    return min(gaps, default=0)


#: What stands between a death's words and a name that is the object of a verb said after them ("draw the zombies
#: away and reach Cheong-san", "stays behind to save On-jo"): whom it was done for, not who died ("... and is Cheong-san"
#: or "... and dies, Cheong-san" still name him).
_THEN_DONE_TO = compile_later(
    r"\s*(?:,\s*)?(?:and|to|so as to|in order to)\s+(?:then\s+)?(?!(?:is|was|are|were|be|becomes?|dies?|died|turns?|turned|the|a|an|my|our)\b)"  # "rip to the X": no verb
    r"[a-z]+(?:\s+(?:to|up|out|back|with|over))?\s+(?:(?:the|poor|little|his|her|their)\s+)?", re.I)


def done_for(sentence: str, local: Mentions, end: int) -> Mentions:
    """`local` less the names written after a death's words (ending at `end`) as a following verb's object."""
    near = words_on(sentence, end, 8)  # its match holds 8 words at most ("in order to then walk over the"): none past them
    return [m for m in local if not (end <= m[0] <= near and _THEN_DONE_TO.fullmatch(sentence, end, m[0]))]


def in_clause(mentions: Mentions, starts: list[int], start: int) -> Mentions:
    """The names of the clause a word at `start` stands in, when that clause names its own subject
    before the word ("Gyeong-su turns into a zombie: Na-yeon ..." is Gyeong-su's turn); else the
    sentence's ("Cheong-san: bitten by Gwi-nam", "Cheong-san's fate: dead" are his)."""
    if len(starts) == 1:
        return mentions
    at = bisect_right(starts, start) - 1
    low = starts[at]
    high = starts[at + 1] if at + 1 < len(starts) else 1 << 30
    local = [m for m in mentions if low <= m[0] < high]
    return local if any(m[1] <= start and m[1] > m[0] for m in local) else mentions


#: A clause's own speaker ("i'll be back", "we're so back", "me when"): what follows is theirs, not a name's.
_SPEAKER = compile_later(r"(?<![\w'’-])(?:i|i['’]?(?:ll|m|ve|d)|im|ill|we|we['’]?(?:re|ll|ve)|me)(?![\w'’-])", re.I)


#: A comeback told just before an emoji: the emoji laughs at it ("the bully ... comes back STRONGER 💀"), not "never came back 💀".
_RETURNED = compile_later(r"(?<!never )(?<!n't )(?<!nt )(?:comes?|came|coming) back(?! to life| from the dead)(?:\s+\w+)?\s*$", re.I)
#: A halfbie told just before an emoji: the one who did not die ("first halfbie is the bully 💀"): the emoji laughs.
_HALFBIE = compile_later(r"(?<![\w-])(?:half-?bies?|hambies?|half[- ]?zombies?)(?![\w-])|반\s?좀비", re.I)


def spoken(sentence: str, mentions: Mentions, starts: list[int], start: int) -> bool:
    """Whether the word at `start` stands in a clause after the first that names no one but has a speaker of its
    own, a quote ("Gwi-nam after Cheong-san took his eye: i'll be back 💀": an emoji there is the writer's laugh), or
    right after a comeback or a halfbie ("comes back STRONGER 💀", "first halfbie is the bully 💀")."""
    at = bisect_right(starts, start) - 1
    low = starts[at] if at >= 0 else 0
    if _returned_before(sentence, low, start):  # "comes back STRONGER 💀": a laugh at the comeback, no death
        return True
    named = {c for m in mentions if low <= m[0] < start for c in m[2]}
    if len(named) <= 1 and _halfbie_between(sentence, low, start):
        return True  # "first halfbie is the bully 💀": a laugh at it (never "cheongsan vs halfbie gwinam 💀": his, maybe)
    high = starts[at + 1] if at + 1 < len(starts) else len(sentence)
    if not named and _told_after(sentence, mentions, start, high, low):
        return True  # ":skull: gwinam got his eye stabbed": the emoji opens what it reacts to, told in words after it
    if len(starts) == 1:
        return False
    return at > 0 and not any(low <= m[0] < start for m in mentions) and _SPEAKER.search(sentence, low, start) is not None


def _returned_before(sentence: str, low: int, start: int) -> bool:
    """Whether a comeback (_RETURNED, from `low`) ends right at `start`. Its match is words and spaces alone, ending in at
    most one word after "back": searched from there, not from the clause's start (per event word of a long message that
    was square time), with the same answer."""
    at = start
    while at > low and sentence[at - 1].isspace():
        at -= 1
    while at > low and (sentence[at - 1].isalnum() or sentence[at - 1] == "_"):  # what \w matches
        at -= 1
    while at > low and sentence[at - 1].isspace():
        at -= 1
    return _RETURNED.search(sentence, max(low, at - len("coming back")), start) is not None


#: How far a halfbie word's match reads (its longest, "half-zombies", and the character its lookahead reads), with room.
_HALFBIE_READS = 16


@lru_cache(maxsize=256)
def _first_halfbie(sentence: str, low: int) -> int | None:
    """Where the sentence's first halfbie word from `low` starts (read to the sentence's end): asked once per clause."""
    found = _HALFBIE.search(sentence, low)
    return found.start() if found else None


def _halfbie_between(sentence: str, low: int, start: int) -> bool:
    """Whether a halfbie word stands between `low` and `start` (`_HALFBIE.search(sentence, low, start)`), without
    searching the clause anew per event word (square time on a long message): a match that reads nothing from `start` on
    is found alike in the whole sentence; only the last few places before `start` are searched cut there."""
    first = _first_halfbie(sentence, low)
    if first is not None and first + _HALFBIE_READS <= start:
        return True
    return _HALFBIE.search(sentence, max(low, start - _HALFBIE_READS), start) is not None


def _told_after(sentence: str, mentions: Mentions, start: int, end: int, low: int = 0) -> bool:
    """Whether a name after an emoji at `start` (up to `end`) is followed by an event told in words of its own
    (":skull: gwinam got his eye stabbed", "gyeongsu 💀 na-yeon infected him"): the emoji is no word of theirs.
    `low` (at most `start`): where the clause from `start` to `end` begins."""
    after = next((m[1] for m in mentions if start < m[0] < end and not m[3]), None)
    return after is not None and any(_told_in_words(name, sentence, after, end, low) for name in GROUPS)


def _told_in_words(name: str, sentence: str, after: int, end: int, low: int) -> bool:
    """Whether GROUPS[name], searched from `after` up to `end`, finds a match that opens with a word (not an emoji).
    The matches are found once per clause (from `low` to `end`): a long message's every emoji searched the whole rest
    of it (square time, 20 s for 4,000 characters of "😭💀 지민 "), and one searched from the sentence's start to each
    clause's end was square too (1.2 s for 4,000 characters of "gwinam: i'll be back 💀 "). A search from `after` finds
    the same matches as one from `low` unless a match runs across `after`; then it is searched from there, as before."""
    starts, ends, worded_from = _matches_up_to(name, sentence, low, end)
    at = bisect_left(starts, after)
    if at and ends[at - 1] > after:
        return any(match.group(0)[:1].isalnum() for match in GROUPS[name].finditer(sentence, after, end))
    return worded_from[at]


@lru_cache(maxsize=512)
def _matches_up_to(name: str, sentence: str, low: int, end: int) -> tuple[list[int], list[int], list[bool]]:
    """GROUPS[name]'s matches in `sentence` read from `low` up to `end`: their starts, their ends, and for each index
    whether a match from there on opens with a word (one more entry, False, for "none left")."""
    matches = list(GROUPS[name].finditer(sentence, low, end))
    worded_from = [False] * (len(matches) + 1)
    for index in range(len(matches) - 1, -1, -1):
        worded_from[index] = worded_from[index + 1] or matches[index].group(0)[:1].isalnum()
    return [m.start() for m in matches], [m.end() for m in matches], worded_from


def nearest(sentence: str, mentions: Mentions, start: int, end: int, *, owners: bool = False) -> frozenset[str]:
    """The characters of the name nearest a word (all of them when several are as near), with the
    names listed together with it ("Cheong-san and Na-yeon die"); a name written inside the words
    ("ends Woo-jin's life") alone. A name written as an owner ("On-jo's friends") counts only for
    `owners` words (family: "On-jo's father")."""
    best: list[int] = []
    gap_best = None
    if any(m[1] > start and m[0] < end and m[1] > m[0] and not m[3] for m in mentions):
        # a name inside the words is whom they are about: "Nam-ra ends Woo-jin's life" is Woo-jin's death
        mentions = [m for m in mentions if m[1] > start and m[0] < end and not m[3]]
    for index, (m_start, m_end, _, stand_in, owner) in enumerate(mentions):
        inside = m_end > start and m_start < end
        if inside and stand_in:
            continue  # "gives her life": the pronoun belongs to the words, not to whom they are about
        if owner and not owners and not inside and not (m_end <= start and OWNED_GAP.match(sentence[m_end:start])):
            continue  # "On-jo's friends turn" is not On-jo; "Cheong-san's death" is Cheong-san
        gap = 0 if inside or (m_start >= end and guessed_at(sentence, start, end, m_start)) else \
            start - m_end if m_end <= start else m_start - end
        if gap_best is None or gap < gap_best:
            gap_best, best = gap, [index]
        elif gap == gap_best:
            best.append(index)
    chosen: set[int] = set(best)

    def listed(a: int, b: int) -> bool:  # two names written as a list: "A and B", "A, B"
        plain = not (mentions[a][3] or mentions[a][4] or mentions[b][3] or mentions[b][4])
        return plain and bool(LIST_GAP.match(sentence[mentions[a][1]:mentions[b][0]]))

    for index in best:
        left = index
        while left > 0 and listed(left - 1, left):
            left -= 1
            chosen.add(left)
        right = index
        while right + 1 < len(mentions) and listed(right, right + 1):
            right += 1
            chosen.add(right)
    return frozenset(c for index in chosen for c in mentions[index][2])


#: Whom a meme makes the reader or the writer ("POV: you're Ms. Park", "me as So-ju"): the name right after.
_PLAYING = compile_later(r"(?:\byou(?:['’]?re| are)|\bu r|\bur|\bi['’]?m|\bi am|\bme as)\s+$", re.I)


def played(sentence: str, mentions: Mentions) -> frozenset[str]:
    """The characters a sentence makes "you" or "I" ("POV: you're Ms. Park and ..."): none when it names none so."""
    return frozenset(c for m in mentions if not m[3] and m[1] > m[0] and _PLAYING.search(sentence, 0, m[0]) for c in m[2])


#: "lost her brother": a pronoun before a noun is its owner, not the one the event happens to.
_OWNER_PRONOUN = compile_later(r"(?:his|her|their)\s+\w", re.I)


def object_gap(sentence: str, start: int, end: int, mentions: Mentions) -> bool:
    """Whether only OBJECT_GAP's words, or an owner named, stand between a word and whom it is done to ("biting
    chungsan's mom", "bit chungsans mom": she is bitten, not Cheong-san)."""
    owners = [m for m in mentions if m[4] and start <= m[0] and m[1] <= end]
    gap = "".join(sentence[a:b] for a, b in zip([start, *(m[1] for m in owners)], [*(m[0] for m in owners), end], strict=True))
    return OBJECT_GAP.match(gap) is not None


#: The longest run OBJECT_GAP may match from a place (its words, without the closing `$`): no gap past it matches.
_GAP_REACH = re.compile(r"\s*(?:(?:his|her|their|my|our|poor|little|lil)\s+)*", re.I)  # (never prefiltered: it matches the empty string)


def objects_of(sentence: str, mentions: Mentions, readable: frozenset[str]) -> Iterator[tuple[str, str, str]]:
    """(character, kind of event, the word) for each event that happens to the one named right after its word
    ("Ha-ri lost her brother", "Gwi-nam finally gets Cheong-san"): OBJECT_EVENTS, of the kinds `readable`."""
    low = sentence.lower()
    by_start = sorted(range(len(mentions)), key=lambda i: mentions[i][0])
    starts = [mentions[i][0] for i in by_start]
    for group, pattern, tail, needs in OBJECT_EVENTS:
        if group not in readable or (needs and not any(word in low for word in needs)):
            continue
        for match in pattern.finditer(sentence):
            # only a name within the gap's own words can follow OBJECT_GAP (not every later name, per word: square time)
            reach = _GAP_REACH.match(sentence, match.end())
            assert reach is not None  # (it matches the empty string)
            near = sorted(by_start[bisect_left(starts, match.end()):bisect_right(starts, reach.end())])
            after = [m for m in (mentions[i] for i in near) if m[0] >= match.end() and not m[4] and m[1] > m[0]
                     and OBJECT_GAP.match(sentence[match.end():m[0]]) and not _OWNER_PRONOUN.match(sentence, m[0])]
            if after and (tail is None or tail.match(sentence, after[0][1])):
                # "the zombies got Gwi-nam": bitten; not "him" read as the biter, the verb's own subject ("X ... and then got him")
                before = [m for m in mentions if m[1] <= match.start() and not m[3]] if after[0][3] else []
                biter = (shared_subject(sentence, mentions, match.start()) or frozenset(
                    c for m in before[-1:] if _MAIN_VERB.fullmatch(sentence, m[1], match.start()) for c in m[2])
                ) if after[0][3] else frozenset()
                for character in sorted(after[0][2]):  # one name of several people: a fixed order
                    yield character, "bitten" if group == "bite" and character not in biter else group, match.group(0)


# -- pronouns ---------------------------------------------------------------------------------------

#: A pet named after a character ("my cat cheong-san", "named my kitten cheongsan", "我家猫叫青山", "con mèo tên
#: Cheongsan", a member's nickname: "<@88> (our onjo)", a friend: "my friend onjo"): the name right after is the pet's (the
#: member's, the friend's), and what it
#: does ("he already bit me") is no event of the show.
PET_NAMED = compile_later(
    r"(?:(?<![\w-])(?:(?:my|our|his|her|their)\s+(?:new\s+|little\s+|baby\s+|lil\s+)?|named\s+(?:my|our)\s+(?:new\s+)?)"
    r"(?:cat|kitty|kitten|dog|doggo|puppy|pup|hamster|bunny|rabbit|parrot|fish|turtle|goldfish)s?,?"
    r"(?:\s+(?:is\s+)?(?:named|called))?\s+|(?:猫|猫咪|狗|狗狗|貓|貓咪)(?:叫|名叫|叫做)\s*"
    r"|(?<![\w-])con\s+(?:mèo|chó|cún)\s+(?:tên|tên là)\s+|고양이\s?이름(?:은|이|도)?\s*|강아지\s?이름(?:은|이|도)?\s*"
    # the writer's friend named like a character ("my friend onjo just got into university", "minha amiga onjo"), not
    # "her best friend i-sak" (On-jo's, in the show)
    r"|(?<![\w-])(?:(?:my|our)\s+(?:(?:best|close|old)\s+)?(?:friend|roommate|roomie|classmate|coworker|neighbou?r|cousin)"
    r"|mi\s+amig[oa]|minha\s+amiga|meu\s+amigo|temen\s?(?:ku|gue|gw|aku))s?,?(?:\s+(?:is\s+)?(?:named|called))?\s+"
    # a member's nickname after their Discord mention ("<@88> (our onjo lol) survived her exam", "<@88> aka cheongsan")
    r"|<@!?\d+>\s*(?:[(\[]\s*(?:our|my|aka|a\.k\.a\.?)|aka|a\.k\.a\.?)\s+)$", re.I)  # (not "our namra": a fan's)
#: ... unless the pet is likened to the one it is named after ("he's gonna die like him", "first to go, just like in ep
#: 1"): then what it does tells the character's fate ("bites just like my old cat did" likens it to no one of ours).
PET_LIKE = compile_later(r"(?<![\w-])(?:like (?:him|her|in (?:the )?(?:ep|episode|show|series|drama))|the same way as (?:him|her))(?![\w-])",
                         re.I)
#: A last farewell ("so-ju hugging onjo one last time", "청산이가 온조를 마지막으로 보는"): either one named with it may be
#: the one going (the nearest name is often the one left behind), so the death is read of them all (the safe side).
LAST_TIME = compile_later(r"one last time|마지막으로\s?\S+", re.I)


def farewelled(group: str, word: str, characters: frozenset[str], local: Mentions) -> frozenset[str]:
    """Whom a death word tells of: `characters`, and everyone named with it when the word is a last farewell."""
    if group != "death" or not LAST_TIME.fullmatch(word):
        return characters
    return characters.union(*(m[2] for m in local if not m[3]))
#: Pronouns, each with the gender it says ("" for "they": anyone, and everyone named before it).
PRONOUN = compile_later(r"\b(?:(he|him|his)|(she|her|hers)|they|them|their)\b", re.I)  # not "herself": the subject's
_OWN_PRONOUNS = compile_later(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.I)
#: Nouns that say a person is a man or a woman, read where a text opens with one ("A boy relentlessly
#: bullied", "the rich girl", "On-jo's father", "the girl Cheong-san is in love with").
_NOUN_GENDER = {**{w: "he" for w in "boy man son father dad brother guy husband".split()},
                **{w: "she" for w in "girl woman daughter mother mom mum sister lady wife".split()}}
_OPENING_NOUN = compile_later(
    rf"^(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?|[\w-]+['’]s\s+(?:\w+\s+)?)({'|'.join(_NOUN_GENDER)})\b", re.I)


def pronoun_gender(match: re.Match[str]) -> str:
    """"he", "she" or "" (they) of a PRONOUN match."""
    return "he" if match.group(1) else "she" if match.group(2) else ""


def opening_noun_gender(text: str) -> str:
    """"he" or "she" that a text opening with a noun says ("A boy relentlessly bullied", "On-jo's
    father"), "" when it opens with none."""
    noun = _OPENING_NOUN.match(text.strip())
    return _NOUN_GENDER[noun.group(1).lower()] if noun is not None else ""


def relative_gender(word: str) -> str:
    """"he" or "she" that a relative word says ("mother": "she"), "" when it says neither."""
    return _NOUN_GENDER.get(word.lower(), "")


def fits(genders: dict[str, str], characters: frozenset[str], gender: str) -> bool:
    """Whether a pronoun of `gender` may stand for one of `characters` (an unknown gender fits any)."""
    return not gender or any(genders.get(c, "") in ("", gender) for c in characters)


def narrowed(genders: dict[str, str], characters: frozenset[str], sentence: str) -> frozenset[str]:
    """Of the characters a role may be ("the teacher": Ms. Park or Byeong-chan), those the sentence's own
    pronouns fit when they say one gender ("the teacher giving herself up"); else all of them."""
    if len(characters) < 2:
        return characters
    said = {"he" if m.group(1) else "she" for m in _OWN_PRONOUNS.finditer(sentence)}
    fitting = frozenset(c for c in characters if len(said) == 1 and genders.get(c, "") in ("", *said))
    return fitting or characters


#: A verb phrase with no subject of its own, joined to the sentence's first ("Woo-jin saved Hyo-ryeong but then
#: got bit", "Cheong-san, who loved On-jo, ended up dying"): what stands between the joint and the word.
_JOINERS = "and|but|then|before|until"  # ... then the words that may stand between it and the verb
_ON = "then|later|eventually|finally|also|still|just|literally|basically|sadly|ended up|ends up|got|gets|was|is|had|has|kinda"
_JOINED = compile_later(rf"(?:(?<![\w-])(?:{_JOINERS})|,(?!\s*(?:and|but|then)(?![\w-])))\s+(?:(?:{_ON})\s+)*$", re.I)
#: Every whole word a match of _JOINED holds (a joiner, a lone comma, a word of its repeated ones): searched through lexicon_reach.
_JOINED_WORD = compile_later(rf",|{_JOINERS}|{_ON.replace(' ', '|')}", re.I)


#: A relative clause right after a name ("the cop who questioned the science teacher makes it"): its verb's object
#: is not the main verb's subject. Not after a verb that takes a bare verb ("the kid who saw Gwi-nam bite him").
_WHO = compile_later(r"\s+(?:who|that)\s+(?!(?:saw|sees|see|watch\w*|hears?|heard|lets?|let|makes?|made|helps?|helped|is|was|are"
                  r"|were|had|has)\b)[a-z]+(?:ed|s)\s", re.I)
#: What may stand between a relative clause's object and the main verb ("... the science teacher (finally) makes it").
_MAIN_VERB = compile_later(r"\s*(?:(?:really|finally|actually|still|also|eventually|then|later|somehow|just)\s+)*", re.I)
#: A "who" clause opened with a comma between the first name and a comma joint ("Cheong-san, who loved On-jo, ended up dying").
_COMMA_WHO = compile_later(r",\s*who\b", re.I)


def shared_subject(sentence: str, mentions: Mentions, start: int) -> frozenset[str]:
    """The sentence's subject (its first name) when the word at `start` stands in a verb phrase joined to it
    with no subject of its own; empty otherwise (a comma joins only after a "who" clause). After a relative
    clause naming someone else ("the cop who questioned the science teacher makes it to the end") the word
    is the first name's, and also (either may be meant) the clause's."""
    first = next((m for m in mentions if not (m[3] or m[4]) and m[1] > m[0]), None)
    if first is not None and first[1] <= start and _WHO.match(sentence, first[1]):
        last = [m for m in mentions if first[1] < m[0] and m[1] <= start and not m[3]]
        if last and _MAIN_VERB.fullmatch(sentence, last[-1][1], start):
            return first[2] | last[-1][2]
    joint = ending_at(_JOINED, sentence, start, 0, _JOINED_WORD) if first is not None and first[1] <= start else None
    if first is None or joint is None or joint.start() < first[1] or any(first[1] <= m[0] < start for m in mentions if m[3]):
        return frozenset()
    if sentence[joint.start()] == "," and not _COMMA_WHO.search(sentence, first[1], joint.start()):
        return frozenset()
    return first[2]


#: A sentence opening on a third person's verb with no subject of its own ("so-ju saves them all. dies a hero", "gyeongsu
#: was so sweet. didn't deserve to turn"): its subject is whom the sentence before named. Not the writer's own verb
#: ("died laughing", "i die", "turns me into a simp"), nor a command ("just die."), nor "turns out": a bare "die" only as
#: a death is told.
_SUBJECTLESS = compile_later(
    r"\W*(?:(?:and|but|then|later|eventually|finally|also|still|just|literally|basically|sadly|even)\s+)*"
    r"(?:(?:dies|turns(?! out\b)|gets|becomes|ends up|ended up|doesn['’]?t|doesnt|didn['’]?t|didnt|does not|did not|never"
    r"|has to|sacrifices|sacrificed)(?![\w'’-])(?!\s+(?:me|us|you|u|ya|my|our)(?![\w'’-]))"  # "turns me into a simp"
    r"|(?:die[sd]?|dying) (?:a hero|a legend|alone|together|like a hero|protecting|saving|for (?:her|him|them|us))(?![\w-]))",
    re.I)


def subjectless(sentence: str) -> bool:
    """Whether `sentence` opens on a verb whose subject the sentence before named (`_SUBJECTLESS`)."""
    return _SUBJECTLESS.match(sentence) is not None


def carried_over(genders: dict[str, str], earlier: frozenset[str], sentence: str, mentions: Mentions) -> frozenset[str]:
    """Whom the line's sentence before named (`earlier`) that this sentence's "he" or "she" stands for: a
    pronoun that fits no one this sentence names ("Woo-jin is my baby. he got bit saving Ha-ri": Woo-jin)."""
    named = frozenset(c for m in mentions if not m[3] for c in m[2] if "~" not in c)  # not "his mom" of no one known
    said = {pronoun_gender(p) for p in PRONOUN.finditer(sentence)} - {""}
    said = {g for g in said if not named or not fits(genders, named, g)}
    return frozenset(c for c in earlier - named if any(fits(genders, frozenset({c}), g) for g in said))


def read_genders(own_texts: dict[str, list[str]], named: Callable[[str], set[str]]) -> dict[str, str]:
    """Each character's gender ("he", "she", "" when the pack does not say), read from the pack's own
    texts about them (`own_texts`: fate, events, summary, descriptions, relationships): the pronouns
    of a sentence that names no one else are theirs; with others named, a pronoun none of them fits
    is theirs too, the others' genders read as far as known ("Na-yeon infects him on purpose and he
    turns" is Gyeong-su's once Na-yeon is known as "she"); and a text opening with a noun ("On-jo's
    father", "the rich girl")."""
    sentences = {c: [(s, named(s) - {c}) for t in texts for s in re.split(r"(?<=[.!?;])\s+", t) if s] for c, texts in
                 own_texts.items()}
    nouns: dict[str, list[str]] = {c: [] for c in own_texts}
    for character, texts in own_texts.items():
        for text in texts:
            if said := opening_noun_gender(text):
                nouns[character] += [said] * 2
    genders: dict[str, str] = {}
    for _ in range(3):  # each round may learn a gender the next reads others' pronouns with
        votes = {c: list(v) for c, v in nouns.items()}
        for character, read in sentences.items():
            for sentence, others in read:
                for match in _OWN_PRONOUNS.finditer(sentence):
                    said = "he" if match.group(1) else "she"
                    if all(genders.get(o, "") not in ("", said) for o in others):
                        votes[character].append(said)
        # the clear majority: a pronoun of someone unnamed ("his mother after she has turned") is outvoted
        genders = {c: g for c, v in votes.items() for g in ("he", "she") if v.count(g) > 2 * (len(v) - v.count(g))}
    return genders


#: A pronoun that owns the word after it ("his mother", "despite her bites", "their friends"): an owner, not whom
#: the sentence's words are about; "her" followed by a word that starts no noun ("saves her from") is an object.
_OWNING = compile_later(
    r"\s+(?!(?:and|or|but|so|as|at|by|for|from|in|into|on|onto|off|of|out|to|up|down|back|away|with|after|before|when"
    r"|while|because|then|too|again|again|goodbye|that|this|the|an?|he|she|they|it|i|is|was|if|once|now|here|there"
    r"|first|last|alone|instead|anymore|lol|lmao|tho)\b)[a-z]", re.I)


def resolve_pronouns(sentence: str, found: Mentions, subject: frozenset[str], genders: dict[str, str]) -> Mentions:
    """A mention for each pronoun of `sentence`, standing for the nearest person named before it whom
    it fits ("Na-yeon infects Gyeong-su and he turns": Gyeong-su), for every such person when several
    fit (strict: "Gwi-nam catches Cheong-san and he is bitten" tells either's bite; a name written as an
    owner only when no other fits), for everyone named before it for "they"; for `subject` (whom the text is about) first when it fits; for the
    one a fan tags after it in brackets ("she turned (isak)"); for no one known when no one fits ("She survives."),
    and then, with a subject, for the subject."""
    out: Mentions = []
    for match in PRONOUN.finditer(sentence):
        gender = pronoun_gender(match)
        word = match.group(0).lower()
        owning = word in ("his", "their") or (word == "her" and _OWNING.match(sentence, match.end()) is not None)
        if subject and fits(genders, subject, gender):
            out.append((match.start(), match.end(), subject, True, owning))
            continue
        before = [m for m in found if m[1] <= match.start() and m[2] and m[1] > m[0]]
        fitting = [m for m in before if fits(genders, m[2], gender)]
        fitting = [m for m in fitting if not m[4]] or fitting  # "On-jo's best friend I-sak ... she": not the owner
        standing = frozenset(c for m in fitting for c in m[2] if fits(genders, frozenset({c}), gender))
        if not standing and not subject:  # "she hid it and turned (isak)": whom a fan tags after, in brackets
            tagged = [m for m in found if m[0] > match.end() and m[2] and not m[4] and fits(genders, m[2], gender)
                      and sentence[:m[0]].rstrip().endswith("(")]
            standing = tagged[0][2] if tagged else standing
        out.append((match.start(), match.end(), standing or subject, True, owning))
    return out


def pronoun_fits(word: str, gender: str) -> bool:
    """Whether a pronoun ("she", "his") may stand for someone of `gender` ("he", "she"; "" when unknown)."""
    said = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}.get(word.lower(), "")
    return not gender or not said or said == gender


#: The one who does it, written after "by" ("got bit by Gwi-nam"): a closing emoji mourns the one it was done to.
_BY_AGENT = compile_later(r"\bby\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=64)
def _agents(sentence: str) -> dict[int, bool]:
    """Whether "by" stands right before the name at each place of `sentence`: filled as asked, kept per sentence."""
    return {}


def _by_agent(sentence: str, at: int) -> bool:
    """Whether the name at `at` is a passive's doer ("bit by Gwi-nam"): each name's asked once, not per emoji near it."""
    known = _agents(sentence)
    if at not in known:
        known[at] = _BY_AGENT.search(sentence, max(0, at - 12), at) is not None
    return known[at]


def mourned(sentence: str, local: Mentions, word: re.Match[str]) -> Mentions:
    """The names an emoji death word ("💀", "🕊️") may stand for: not the doer of a passive ("Na-yeon got bit by
    Gwi-nam 💀" mourns Na-yeon) when someone else is named, nor one after it told in words of their own ("gyeongsu
    💀 na-yeon infected him": Gyeong-su's); a word's own names are `local` unchanged."""
    if word.group(0)[:1].isalnum() or len(local) < 2:
        return local
    before = [m for m in local if m[1] <= word.start()]
    if before and len(before) < len(local) and _told_after(sentence, local, word.start(), len(sentence)):
        return before
    doers = frozenset(c for m in local if _by_agent(sentence, m[0]) for c in m[2])
    # "while they were on the roof": a pronoun standing for the doer too stands for the others only
    done_to = [(m[0], m[1], m[2] - doers, m[3], m[4]) for m in local if not m[2] <= doers]
    return done_to or local


#: What may stand before a question's first word: a quiz's label ("Q:", "trivia:", "3.").
_ASKED_FIRST = compile_later(r"\W*(?:(?:q|trivia|question|quiz)?\s*\d*\s*[:.)-]\s*)?", re.I)
#: character -> relationship type ("child_of", "parent_of", "sibling", ...) -> the relatives, as the pack has them.
Relatives = dict[str, dict[str, set[str]]]


def kin_of(relatives: Relatives, genders: dict[str, str], characters: Iterable[str], word: str) -> frozenset[str]:
    """The pack's relatives a relative word names ("mother": the parents the pack does not know as men)."""
    kind = RELATIVE_TYPES[word.lower()]
    gender = relative_gender(word)
    return frozenset(k for c in characters for k in relatives.get(c, {}).get(kind, ())
                     if fits(genders, frozenset({k}), gender))


def pronoun_relatives(sentence: str, found: Mentions, subject: frozenset[str], relatives: Relatives,
                      genders: dict[str, str], show: Callable[[], bool]) -> Mentions:
    """"Cheong-san finds his mother, now a zombie", "his mother after she has turned": the
    relative is whom the words after it are about (the pack's relative, or no one it knows); "whose father dies
    in the gym?" with no one named, in a text about the show (`show()`), any of the pack's fathers."""
    said_relatives = list(PRONOUN_RELATIVE.finditer(sentence))
    if not said_relatives:
        return found
    for match in said_relatives:
        named = [m for m in found if m[1] <= match.start() and not m[4] and m[2]]
        if not named and not subject:  # "his mom coming to the school broke me (chungsan)": the one named after
            said = {"his": "he", "her": "she"}.get(match.group(0).split()[0].lower(), "")
            named = [m for m in found if m[0] >= match.end() and not (m[3] or m[4]) and m[2]
                     and fits(genders, m[2], said)][:1]
        anyone = (not named and match.group(0)[:5].lower() == "whose" and _ASKED_FIRST.fullmatch(sentence, 0, match.start())
                  is not None and show())  # a question opening with it ("Q: whose father dies in the gym?")
        owners = subject or (named[-1][2] if named else frozenset(relatives) if anyone else frozenset())
        kin = kin_of(relatives, genders, owners, match.group(1))
        kind = RELATIVE_TYPES[match.group(1).lower()]
        kin = kin or frozenset({f"{'+'.join(sorted(owners))}~{kind}"})  # someone the pack does not know
        at = match.start(1)
        gender = relative_gender(match.group(1))
        found = [
            (m[0], m[1], kin, True, False)
            if m[3] and m[0] > at and m[0] > 0 and pronoun_fits(sentence[m[0]:m[1]], gender) else m
            for m in found
        ]  # "she" after "his mother" is the mother
        found.append((at, match.end(1), kin, False, False))
    found.sort(key=lambda m: m[0])
    return found


def seen_off(resolver: NameResolver, sentence: str, match: re.Match[str]) -> bool:
    """A farewell to an actor with fans in the sentence ("bye bye yoon chan-young, fans will wait"): their own life."""
    if not FAREWELL.fullmatch(match.group(0)) or not FANS_SEE_OFF.search(sentence):
        return False
    after = resolver.mentions(sentence[match.end():], fuzzy=False)
    return bool(after) and all(e.kind != "character" for m in after for e in m.candidates)  # not "X's cheongsan"
