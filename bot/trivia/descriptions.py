"""A character named by what they are: "the detective" for Song Jae-ik, "the class president" for
Nam-ra, "the firefighter" for On-jo's father, "ha-ri's little brother" for Woo-jin.

Fans answer "who..." questions with the role as often as with the name. The phrases come from the
head of each character's lore summary and the apposition after it ("On-jo's father, a firefighter
and rescue worker ..."), ending on its noun ("class president", "reserved class president"); only a
phrase one character alone has names anyone ("the teacher" is two people, "a student" dozens), and a
one-word phrase only when it is a long word and no kin word ("detective", not "bully" nor "father"). Little/younger, big/older,
dad/father and mom/mum/mother are one; a phrase is compared with its words joined ("onjo's dad", "on-jo's
father"), and also without its little/older ("hari's brother").

What fans call a character instead of a name (the lore's `descriptions`: "the bully", "the assemblywoman",
"the girl in the pink vest") names them too, whole, turned round as fans shorten it ("the pink vest girl"),
and with words left out before its noun ("the archery captain" for the archery club captain); so does who they
are to another, told in the lore's relationships as a possessive ("Jin-su's father": "jinsu's dad"); a description
typed names no one when it fits two characters. A role the pack's questions set after a name ("Yoo Joon-seong, the
injured boy") is theirs too, and a role is said with a word for a person ("the cheerful guy", "the injured kid"; "guy"
and "girl" only as the lore's own pronouns and kin words say). Someone told by a clause ("the guy who stabbed gwinam",
"whoever made the virus") is named only through it: a name inside the clause is the clause's, no guess of that name;
a deed to one named there ("the guy who stabbed gwinam": Cheong-san) is read first (`bot.trivia.deeds`). A child is
told by their parent's role too ("the firefighter's daughter": So-ju's daughter, On-jo). A name with a word of
address ("onjo sunbae", "ate namra") is read by `bot.trivia.address`; a deed of the story no one did to the one named
("the guy who bit onjo") names no one (`done_by_no_one`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from itertools import combinations, pairwise
from typing import Protocol

from bot.lazy_re import compile_later
from bot.trivia.address import ELDER_WORDS, SIBLINGS
from bot.trivia.deeds import SUBJECT_PRONOUNS, Names, deed_keys, deeds_said, doer_said, name_keys
from bot.trivia.deeds import stem as _stem
from bot.trivia.guesses import ARTICLES, THE_ONE
from bot.trivia.normal import normalize_tokens
from bot.trivia.talk import KOREAN_ROLES, PRESIDENT_SHORT

__all__ = ["KOREAN_KIN_WORDS", "clause_told", "described", "descriptions", "done_by_no_one", "named_before", "said_off"]

_SAME = {
    "little": "younger", "big": "older", "dad": "father", "mom": "mother", "mum": "mother", "elder": "older",
    **PRESIDENT_SHORT,  # ("the prez": the class president)
    "w": "with",  # ("the girl w the bow" is "the girl with the bow")
    "neighbor": "neighbour", "neighbors": "neighbours",
    **ELDER_WORDS,  # ("woojin's noona": his sister; "On-jo's sunbae": her senior)
}
_AGE = frozenset({"younger", "older"})  # ("ha-ri's brother" is her little brother where she has one)
_NEAR = frozenset({"next", "door"})  # ("onjo's neighbor" is her next-door neighbour)
_APPOSITION = compile_later(r"^[^,]*,\s*(?:an?|the)\s+([^,.]*?)(?:,| who | whom | with | in | at | and | from |\.|$)")
_MIN_ALONE = 6  # a one-word role names someone only when it is this long ("detective", never "bully")
_MIN_FAN_ALONE = 5  # ...the noun of what fans call them, a shorter one too ("the joker" of "the class joker")
# ...and is no kin word: "dad" alone says back whose parent is asked, or cries for one ("아빠ㅠ"); nor a word for one
# of many around them ("a classmate" names none of class 2-5, whoever alone is summarised so)
_KIN = frozenset("father mother brother sister son daughter parent friend classmate schoolmate teammate member student"
                 " senior junior".split())  # ("sunbae", "선배" alone: whose senior?)


# A relationship told as a possessive noun phrase ("Jin-su's father", "On-jo's next-door neighbour"), not a clause
_KIN_TO = compile_later(r"^[\w-]+['’]s(?:\s+[\w-]+){1,3}$")
# What a summary says someone is ("A boy from the archery club"), said before a role: "the boy archer", "the male archer"
_GENDERED = {
    "boy": ("boy", "guy", "male"), "man": ("man", "guy", "male"), "girl": ("girl", "female"), "woman": ("woman", "female"),
}
# A person said by a word that names no role, the noun fans put after what someone is ("the cheerful guy" for the
# cheerful classmate, "the injured kid"): any of them for anyone, "guy"/"boy" and "girl" by what the lore says they are
# ("the injured one?" stays a question to the others: "one" points at no one)
_PERSON = frozenset("student classmate schoolmate kid person boy guy dude girl".split())
_PERSON_ANYONE = ("kid", "student", "classmate", "person")
#: ...and the words for a person said by the lore's pronoun for them ("the guy who...": never Nam-ra)
_CALLED = {"he": ("guy", "boy", "dude"), "she": ("girl",)}
_HE = frozenset("he his him himself boy man guy father brother son".split())
_SHE = frozenset("she her hers herself girl woman mother sister daughter".split())
_THEIRS = frozenset({"his", "her", "their"})
_PRONOUNS = frozenset("he his him himself she her hers herself".split())
_TURNED = frozenset({"in", "with"})  # "the girl in the pink vest" is typed "the pink vest girl"
_MAX_LEFT_OUT = 5  # descriptions longer than this are only read whole and by their ends


class _Text(Protocol):
    @property
    def text(self) -> str: ...


class _Described(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def summary(self) -> str: ...

    @property
    def descriptions(self) -> Sequence[_Text]: ...

    @property
    def relationships(self) -> Sequence[_Text]: ...


def _persons(character: _Described, gendered: Sequence[str]) -> tuple[str, ...]:
    """The words a person is called by, as fans end a role with them: anyone's, and "guy"/"boy" or "girl" where the
    summary, the fate or a kin word says which (both said, or none: neither)."""
    fate = getattr(character, "fate", None)
    # pronouns of their own texts ("gets him isolated"), never a noun there, which may be another's ("Cheong-san's mother")
    words = set(normalize_tokens(f"{character.summary} {getattr(fate, 'text', '') or ''}".casefold())) & _PRONOUNS
    kin = [bond.text for bond in character.relationships] + [character.summary]  # ("Woo-jin's older sister")
    words |= {normalize_tokens(text.casefold())[-1] for text in kin if _KIN_TO.match(text.strip(" ."))} | set(gendered)
    he, she = not _HE.isdisjoint(words), not _SHE.isdisjoint(words)
    return _PERSON_ANYONE + (_CALLED["he"] if he and not she else _CALLED["she"] if she and not he else ())


def _folded(words: Sequence[str]) -> tuple[str, ...]:
    kept = [w for w in words if w not in ARTICLES]
    return tuple(said for w in kept for said in KOREAN_ROLES.get(w, (_SAME.get(w, w),)))  # ("반장": the class president)


def _mixed(owners: dict[tuple[str, ...], set[str]], character: _Described) -> None:
    """Adds what fans call someone said with the words of one of their fan descriptions before the noun of another
    ("the one-eyed bully" of "the one-eyed guy" and "the bully")."""
    said = [words for d in character.descriptions if (words := _folded(normalize_tokens(d.text))) and _CLAUSE.isdisjoint(words)]
    nouns = {words[-1] for words in said if words[-1] not in _KIN | _PERSON}
    for words in said:
        for noun in nouns if len(words) > 1 and words[-1] in _PERSON else ():
            owners.setdefault(_key((*words[:-1], noun)), set()).add(character.id)


def _key(words: Sequence[str]) -> tuple[str, ...]:
    """A phrase compared with its words joined: "onjo's dad" and "on-jo's father" are one."""
    return ("".join(words),)


def _phrases(head: str) -> set[tuple[str, ...]]:
    words = normalize_tokens(head)
    if "of" in words:
        words = words[: words.index("of")]  # "class president of 2-5"
    words = list(_folded(words))
    if not words or words[-1].endswith("ed"):
        return set()  # a role ends on its noun ("a boy relentlessly bullied" describes no role)
    return {tuple(words[k:]) for k in range(len(words)) if len(words) - k > 1 or (len(words[-1]) >= _MIN_ALONE and words[-1] not in _KIN)}


def _called(text: str) -> set[tuple[str, ...]]:
    """The phrases a fan description is typed as: whole (even one short word: "the bully"), turned round
    ("pink vest girl"), and with words before its noun left out ("archery captain", "captain")."""
    words = _folded(normalize_tokens(text))
    if not words:
        return set()
    said = {words}
    turn = next((i for i, w in enumerate(words) if w in _TURNED), None)
    if turn is not None and 0 < turn < len(words) - 1:
        said.add(words[turn + 1:] + words[:turn])
    for whole in list(said):
        if len(whole) > _MAX_LEFT_OUT or not _CLAUSE.isdisjoint(whole):
            continue  # (a clause is said whole: "his eye" of "the one who lost his eye" tells no one)
        *before, noun = whole
        for size in range(len(before)):
            for kept in combinations(before, size):
                if size or (len(noun) >= _MIN_FAN_ALONE and noun not in _KIN):
                    said.add((*kept, noun))
    return said


def named_before(texts: Iterable[str], names: Mapping[str, Sequence[str]]) -> dict[str, set[str]]:
    """The role words a pack's questions put before a character's name, by character id ("Who plays the archer Jung
    Min-jae?": "archer"): one or two lower-case words after "the", nothing between them and the name."""
    texts = list(texts)
    found: dict[str, set[str]] = {}
    for character, spelled in names.items():
        # Both patterns hold a spelling as it is: only the texts that do are read (a start reads
        # every question for every character; most name one or two of them).
        holding = [text for text in texts if any(spelling in text for spelling in spelled)]
        if not holding:
            continue
        name = "(?:" + "|".join(map(re.escape, spelled)) + ")"
        before = re.compile(r"\bthe ((?:[a-z]+ )?[a-z]+) " + name + r"\b")
        # ...or after it, set off by a comma and ending where a clause starts ("Yoo Joon-seong, the injured boy the
        # archers carry": "injured boy"; "the commander put in charge" ends on no noun and is left)
        after = re.compile(r"\b" + name + r", the ((?:[a-z]+ )?[a-z]+)(?= the | who | whom | that |\s*[,?.]|$)")
        for text in holding:
            found.setdefault(character, set()).update(m.group(1) for pattern in (before, after) for m in pattern.finditer(text))
    return {character: roles for character, roles in found.items() if roles}


def descriptions(
    characters: Iterable[_Described], head: str = r"^(.*?)(?:,| who | whom | with | in | at | and | from |\.|$)",
    named: Mapping[str, Collection[str]] | None = None,
) -> Mapping[tuple[str, ...], str]:
    """Each phrase one character alone is described by -> that character's id. `named`: the role words the pack's
    questions put before a character's name (`named_before`); a role the lore gives another too ("the archer") is
    theirs as well, so it names neither, and said with what the summary says they are ("a boy from the archery
    club") it names them ("the boy archer")."""
    owners: dict[tuple[str, ...], set[str]] = {}
    gendered: dict[str, tuple[str, ...]] = {}
    persons: dict[str, tuple[str, ...]] = {}
    characters = list(characters)
    forms = name_keys(characters)
    for form, owner in forms.items():
        owners.setdefault(_key(("whoname", form)), set()).add(owner)
    for character in characters:
        summary = character.summary.casefold()
        if (opening := re.match(head, summary)) and len(noun := _folded(normalize_tokens(opening.group(1)))) == 1:
            gendered[character.id] = _GENDERED.get(noun[0], ())
        heads = [found.group(1) for found in (re.match(head, summary), _APPOSITION.match(summary)) if found]
        persons[character.id] = _persons(character, gendered.get(character.id, ()))
        for phrase in set().union(*map(_phrases, heads)) if heads else ():
            for said in {phrase, tuple(w for w in phrase if w not in _AGE)} if len(phrase) > 2 else {phrase}:
                owners.setdefault(_key(said), set()).add(character.id)
            if len(phrase) > 1 and phrase[-1] in _PERSON:  # "cheerful classmate": "the cheerful guy", "the cheerful one"
                for person in persons[character.id]:
                    owners.setdefault(_key((*phrase[:-1], person)), set()).add(character.id)
        for description in character.descriptions:
            for said in _called(description.text):
                owners.setdefault(_key(said), set()).add(character.id)
                if (said[-1] in _PERSON and len(said) > 1) or (len(said) == 1 and said[0] not in _KIN | _PERSON):
                    for person in persons[character.id]:  # "the rich girl": "the rich one"; "the archer": "the archer girl"
                        owners.setdefault(_key((*said[: len(said) - (said[-1] in _PERSON)], person)), set()).add(character.id)
        _mixed(owners, character)
        for bond in character.relationships:
            if _KIN_TO.match(bond.text):  # "Jin-su's father": who they are to another, as fans say it ("jinsu's dad")
                kin = _folded(normalize_tokens(bond.text))
                for said in {kin, tuple(w for w in kin if w not in _AGE | _NEAR)}:  # ("woojin's sister" for his older sister)
                    owners.setdefault(_key(said), set()).add(character.id)
        _clauses(owners, character, persons[character.id])
        _deeds(owners, character, persons[character.id], forms)
    for owner, roles in (named or {}).items():
        for role in (_folded(normalize_tokens(text)) for text in roles):
            if _key(role) in owners or (len(role) > 1 and role[-1] not in _KIN):
                owners.setdefault(_key(role), set()).add(owner)  # ("the injured boy": the pack's own words for him)
            if (len(role) > 1 and role[-1] in _PERSON) or (len(role) == 1 and role[0] not in _KIN):
                for person in persons.get(owner, ()):  # ("the cheerful Han Gyeong-su": "the cheerful guy")
                    owners.setdefault(_key((*role[: len(role) - (len(role) > 1)], person)), set()).add(owner)
            for word in gendered.get(owner, ()):
                owners.setdefault(_key((word, *role)), set()).add(owner)
    # (a clause's word two characters share is kept, owned by no one: it tells neither apart, `_by_clause`)
    return {phrase: next(iter(ids)) if len(ids) == 1 else "" for phrase, ids in owners.items() if len(ids) == 1 or phrase[0][:3] == "who"}


# A role told with a clause ("the teacher who made the virus"): the role's noun and one word of the clause that the lore's
# summary or a fan description of one character alone holds with that noun ("virus": "the virus creator")
_CLAUSE = frozenset({"who", "that"})
_CAPITALISED = compile_later(r"\b[A-Z][\w'’-]*").findall
_MIN_CLAUSE_WORD = 4  # (the words that tell someone apart: "virus", "archery"; never "the", "was", "her")


def _clauses(owners: dict[tuple[str, ...], set[str]], character: _Described, persons: Sequence[str]) -> None:
    """Adds the keys a role said with a clause finds `character` by: their role nouns (and the words for a person
    fans end one with), each with a word of their summary and descriptions (`_by_clause`)."""
    texts = [character.summary, *(d.text for d in character.descriptions)]
    words = {w for text in texts for w in _folded(normalize_tokens(text.casefold())) if len(w) >= _MIN_CLAUSE_WORD and w.isalpha()}
    words -= {w for text in texts for w in normalize_tokens(" ".join(_CAPITALISED(text)))}  # (names: another's, "Cheong-san")
    nouns = {phrase[-1] for text in texts for phrase in _called(text) if phrase} & words | set(persons) | {"one"}
    for noun in nouns:
        for word in words - {noun}:
            owners.setdefault(_key(("who", noun, word)), set()).add(character.id)
    for said in (_folded(normalize_tokens(d.text.casefold())) for d in character.descriptions):
        # what fans call them, its words before the word that qualifies its noun ("archery girl" of the archery club
        # captain, `_of_word`; "the science guy" stays one of the science teacher's kind, no one told)
        for word in said[:-2] if _CLAUSE.isdisjoint(said) else ():
            for person in persons if word in words else ():
                owners.setdefault(_key(("whoof", person, word)), set()).add(character.id)


def _deeds(owners: dict[tuple[str, ...], set[str]], character: _Described, persons: Sequence[str], forms: Names) -> None:
    """Adds the keys a role said with a deed finds `character` by (`bot.trivia.deeds`): each deed, and each word for a
    person they may be called by ("the girl who...": never Su-hyeok)."""
    events = [str(getattr(e, "text", "")) for e in getattr(character, "events", ())]
    # (their pronoun: the one their events open on, which tell what they do; else what the summary says they are)
    opening = [words[0] for text in events if (words := normalize_tokens(text.casefold())) and words[0] in SUBJECT_PRONOUNS]
    said = max(set(opening), key=opening.count) if opening else "he" if "guy" in persons else "she" if "girl" in persons else ""
    own = frozenset({said} - {""})
    texts = [*events, *(b.text for b in character.relationships)]
    for verb, named in deed_keys(character.id, texts, own, forms):
        owners.setdefault(_key(("who", "did", verb, named)), set()).add(character.id)
        owners.setdefault(_key(("whom", character.id, verb)), set()).add(named)  # ("the guy namra threw": Gwi-nam)
        owners.setdefault(_key(("whodeed", verb)), set()).add(character.id)  # (a deed someone does: `done_by_no_one`)
    called = _CALLED.get(said, ())  # (by their events' pronoun too: Cheong-san)
    for person in (*persons, *called, "one"):
        owners.setdefault(_key(("whois", person, character.id)), set()).add(character.id)


def _role_told(core: Sequence[str]) -> tuple[tuple[str, ...], Sequence[str]] | None:
    """A role and the clause that tells it ("the girl who threw gwinam": ("girl",), ["threw", "gwinam"]), or None (no role
    before "who" / "that", or nothing after it)."""
    at = next((i for i, w in enumerate(core) if w in _CLAUSE), 0)
    role = _folded(core[:at])
    if not role or at >= len(core) - 1:
        return None
    return role, core[at + 1 :]


class _Forms:
    """The names the roles hold (`descriptions`' "whoname" keys), looked up as `bot.trivia.deeds` reads them."""

    def __init__(self, phrases: Mapping[tuple[str, ...], str]) -> None:
        self._phrases = phrases

    def get(self, form: str) -> str | None:
        return self._phrases.get(_key(("whoname", form))) or None


def _by_deed(core: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> tuple[str, str, str] | None:
    """The one character a role with a deed describes ("the girl who threw gwinam off the roof": Nam-ra), with the
    deed's verb stem and the name said, or None (no deed, no one, two, or a role not theirs: "the girl who kissed namra")."""
    if (told := _role_told(core)) is None:
        return None
    role, clause = told[0], list(told[1])
    forms = _Forms(phrases)
    found = {(phrases.get(_key(("who", "did", verb, named))), verb) for verb, named in deeds_said(clause, forms)}
    ids = {found_id for found_id, _ in found if found_id}
    if len(ids) != 1:
        return None
    who = next(iter(ids))
    if not phrases.get(_key(("whois", role[-1], who))):
        return None
    verb = next(verb for found_id, verb in found if found_id == who)
    named = next((w for w in clause if forms.get(w.removesuffix("s")) or forms.get(w)), "")
    return who, verb, named


_DEED_WORDS = 3  # a deed and the one it is done to, told alone ("bit onjo", "confessed to daesu")


def done_by_no_one(core: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> bool:
    """Whether a role with a deed tells it done to one the lore names, by no one ("the guy who bit onjo": no one bites
    On-jo), with a verb of the story's deeds: a guess naming no one, never talk (nor said on: "the one who bit onjo would
    be so dead" is talk)."""
    told = _role_told(core)
    said = deeds_said(list(told[1]), _Forms(phrases)) if told is not None and len(told[1]) <= _DEED_WORDS else []
    return bool(said) and all(
        _key(("whodeed", verb)) in phrases and not phrases.get(_key(("who", "did", verb, named))) for verb, named in said
    )


def _done_to(core: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> str | None:
    """Who a role with a deed done to them by one named describes ("the guy namra threw off the roof": Gwi-nam, "the one
    cheongsan stabbed"), as the doer's deeds tell it; "" where it names no one alone (or says no deed known); None where
    the message is no such role: a word for a person, a name, then its verb."""
    words = [w for w in core if w not in ARTICLES]
    if len(words) > 3 and words[1] in _CLAUSE:
        del words[1]  # "the girl that cheongsan kissed"; Thai "คนที่ cheongsan จูบ" read "the one who cheongsan kissed"
    if len(words) < 3 or words[0] not in _PERSON | {"one"} or (done := doer_said(words[1:], _Forms(phrases))) is None:
        return None
    told = phrases.get(_key(("whom", *done)))  # (the doer's id, the verb)
    return told if told and phrases.get(_key(("whois", words[0], told))) else ""


def _whoever(core: Sequence[str]) -> Sequence[str]:
    """"whoever made the virus" as "the one who made the virus"; "our class pres" as "the class pres" (the class's own);
    "el bully", "yung class president" as "the bully" (Spanish, Portuguese, Tagalog, Indonesian "the")."""
    if core and core[0] == "whoever":
        return ("one", "who", *core[1:])
    return core[1:] if len(core) > 1 and (core[0] == "our" or core[0] in THE_ONE) else core


def clause_told(tokens: Sequence[str], phrases: Mapping[tuple[str, ...], str] | None = None) -> bool:
    """Whether a message is someone told by a clause ("the guy who died", "whoever made the virus", "the person that
    stabbed gwinam", "the guy namra threw off the roof"): a name in it is the clause's, no guess of that name; it names
    someone only through `described`. `phrases`: the roles, whose names tell a clause without "who" (`_done_to`)."""
    if not tokens or not (tokens[0] in ARTICLES or tokens[0] in ("whoever", "our")):
        return False  # ("namra who else": a name, then talk)
    if phrases and _done_to(tokens, phrases) is not None:
        return True
    core = list(_whoever([t for t in tokens if t not in ARTICLES]))
    at = next((i for i, w in enumerate(core) if w in _CLAUSE), None)
    return at is not None and 1 <= at <= 2 and at < len(core) - 1 and core[0].isalpha()


def _by_clause(core: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> tuple[str, tuple[str, ...]] | None:
    """The one character a role with a clause describes ("the teacher who made the virus"), with the words that told
    them apart (its noun and the clause's words the lore holds: "teacher", "virus"), or None (no clause, no one, two)."""
    if (told := _role_told(core)) is None:
        return None
    role = told[0]
    found = {w: phrases.get(_key(("who", role[-1], w))) for w in _folded(told[1])}
    ids = {found_id for found_id in found.values() if found_id is not None}
    if len(ids) != 1 or "" in ids:
        return None  # no one, two, or a word that fits two ("the student who lives next door": On-jo and Cheong-san)
    words = _folded(told[1])
    if any(a in _THEIRS and len(b) >= _MIN_CLAUSE_WORD and found[b] is None for a, b in pairwise(words)):
        return None  # what is theirs, a word the lore never tells them by: "the guy who lost his phone" (his eye)
    return next(iter(ids)), (role[-1], *(w for w, found_id in found.items() if found_id is not None))


def described(core: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> str | None:
    """The character a message's words describe alone ("the science teacher"; "his dad the science teacher", the kin
    word of a pronoun before it saying who they are to the one asked of; "the teacher who made the virus"), or None."""
    if not phrases:
        return None
    core = _whoever(core)
    if len(core) > 2 and core[0] in _THEIRS and _SAME.get(core[1], core[1]) in _KIN:
        core = core[2:]
    kin = _folded(_korean_kin(core))  # ("소방관 딸" as "firefighters daughter")
    said = phrases.get(_key(kin)) or _sibling_of(kin, phrases) or _named_korean_kin(core, phrases) or _child_of_role(kin, phrases) or _done_to(core, phrases) or _of_word(
        _folded(core), phrases
    ) or _crush_of(core, phrases) or None
    if said is not None or _CLAUSE.isdisjoint(core):
        return said
    deed = _by_deed(core, phrases)  # (a deed to one named first: "the one who pushed gwinam off the roof" is no one on a roof)
    if deed is not None:
        return deed[0]
    clause = _by_clause(core, phrases)
    return clause[0] if clause is not None else None


# Whom one loves, as fans say it: "onjo's crush", Tagalog "crush ni onjo", Indonesian "gebetan onjo" (the one On-jo has a
# crush on, Su-hyeok): the lore's deed of loving (`bot.trivia.deeds`) told by its doer
_CRUSH = "crush"
_CRUSH_BEFORE = {("crush", "ni"): 2, ("gebetan",): 1, ("gebetannya",): 1}


_ADMIRER = "admirer"  # ...and the other way: "hari's admirer" is the one who has a crush on Ha-ri (Dae-su)


def _crush_of(core: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> str | None:
    """The one someone named loves ("onjo's crush": Su-hyeok), or who loves them ("hari's admirer": Dae-su), or None (no
    such words, or no one the lore says)."""
    words = [w for w in core if w not in ARTICLES]
    owner: Sequence[str] = ()
    if len(words) >= 2 and words[-1] in (_CRUSH, _ADMIRER) and len(words[-2]) > 2 and words[-2].endswith("s"):
        owner = (*words[:-2], words[-2][:-1])
    if words[-1:] == [_ADMIRER]:
        loved = _Forms(phrases).get("".join(owner)) if owner and len(owner) <= 3 else None
        return phrases.get(_key(("who", "did", _CRUSH, loved))) or None if loved else None
    for opening, size in _CRUSH_BEFORE.items():
        if tuple(words[:size]) == opening and len(words) > size:
            owner = words[size:]
    if not owner or len(owner) > 3 or (lover := _Forms(phrases).get("".join(owner))) is None:
        return None
    return phrases.get(_key(("whom", lover, _CRUSH))) or None


# A sibling or a child of either sex (Tagalog "kapatid ni woojin": "woojin's sibling"; "anak ni soju": "soju's kid"): the
# one sister or brother, daughter or son the lore gives them
_EITHER_SEX = {"sibling": SIBLINGS, "kid": ("daughter", "son"), "child": ("daughter", "son")}


def _sibling_of(kin: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> str | None:
    """The one sibling or child someone named has ("woojins sibling": Ha-ri; "byeongchans kid": Jin-su, never
    Byeong-chan), or None (no such words, none, or two)."""
    if len(kin) < 2 or kin[-1] not in _EITHER_SEX:
        return None
    found = {phrases.get(_key((*kin[:-1], said))) for said in _EITHER_SEX[kin[-1]]} - {None, ""}
    return next(iter(found)) if len(found) == 1 else None


# Korean puts whose before the kin word, no "'s" ("소방관 딸": the firefighter's daughter)
_KOREAN_KIN = {"딸": "daughter", "딸내미": "daughter", "아들": "son", "아빠": "dad", "엄마": "mom", "선배": "senior"}


# ...and a sibling by whose, named in hangul ("우진이 누나": Woo-jin's older sister; "하리 동생": Ha-ri's younger one, either sex)
_KOREAN_SIBLING = {"누나": ("older sister",), "언니": ("older sister",), "형": ("older brother",), "오빠": ("older brother",), "동생": SIBLINGS,
                   "남동생": ("brother",), "여동생": ("sister",)}

KOREAN_KIN_WORDS = frozenset(_KOREAN_KIN) | frozenset(_KOREAN_SIBLING)


def _named_korean_kin(core: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> str | None:
    """Who one named in hangul has as that kin ("우진이 누나": Ha-ri), as the lore's relationships say it, or None."""
    kins = _KOREAN_SIBLING.get(core[1], (_KOREAN_KIN.get(core[1], ""),)) if len(core) == 2 else ("",)
    if not all(kins):
        return None
    owner, fond = _korean_owner(core[0])
    forms = _Forms(phrases)
    if (owner_id := forms.get(owner) or forms.get(fond)) is None:
        return None
    return _one_kin(owner_id, [tuple(_SAME.get(w, w) for w in kin.split()) for kin in kins], phrases)  # ("하리 오빠": none)


def _korean_owner(word: str) -> tuple[str, str]:
    """The name a Korean owner word gives ("온조네 아빠": On-jo's family's dad; "병찬의"), as typed and without the "이"
    of one called fondly ("우진이 누나")."""
    owner = word.removesuffix("의").removesuffix("네")
    return owner, owner.removesuffix("이")


def _one_kin(owner_id: str, kins: Sequence[tuple[str, ...]], phrases: Mapping[tuple[str, ...], str]) -> str | None:
    """The one character the lore's relationships give `owner_id` as any of `kins`, said by their given name or the
    whole of it ("woojins sister"); None for none or two. (Character ids are the name's romanised syllables: "jang-woo-jin".)"""
    parts = owner_id.split("-")
    found = {phrases.get(_key((name + "s", *kin))) for name in ("".join(parts[1:]), "".join(parts)) for kin in kins} - {None, ""}
    return next(iter(found)) if len(found) == 1 else None


def _korean_kin(core: Sequence[str]) -> Sequence[str]:
    """A Korean role and a kin word after it as English says them ("소방관 딸" -> "firefighters daughter"), else `core`."""
    if len(core) != 2 or core[0] not in KOREAN_ROLES or core[1] not in _KOREAN_KIN:
        return core
    *role, last = KOREAN_ROLES[core[0]]
    return (*role, last + "s", _KOREAN_KIN[core[1]])


def _of_word(words: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> str | None:
    """One a word of what fans call them and a word for a person tell ("archery girl": the girl of the archery club
    captain), or None (a word of their summary alone says no role: "poor kid" is no Gyeong-su)."""
    return phrases.get(_key(("whoof", words[1], words[0]))) or None if len(words) == 2 and words[1] in _PERSON else None


# A child said by a word for any child ("the firefighter's kid"): the lore's kin words for one
_CHILD = {"kid": ("daughter", "son"), "child": ("daughter", "son"), "girl": ("daughter",), "boy": ("son",)}


def _child_of_role(words: Sequence[str], phrases: Mapping[tuple[str, ...], str]) -> str | None:
    """Who one is to someone told by a role ("the firefighter's daughter": So-ju's daughter, On-jo), the lore's
    relationship with the role's owner said by name (their given name, or the whole of it, as the relationships
    have it), or None. (Character ids are the name's romanised syllables: "nam-so-ju".)"""
    for k in range(1, len(words)):
        owner, kin = words[:k], words[k:]
        if len(owner[-1]) < 4 or owner[-1][-1] != "s" or not (owner_id := phrases.get(_key((*owner[:-1], owner[-1][:-1])))):
            continue
        return _one_kin(owner_id, [(*kin[:-1], said) for said in _CHILD.get(kin[-1], (kin[-1],))], phrases)
    return None


def said_off(
    core: Sequence[str], echoed: Collection[str], named: Callable[[str], bool], phrases: Mapping[tuple[str, ...], str] | None = None
) -> bool:
    """A description typed back off the question's own words: the whole of it ("class president" where the question
    asks which student is the class president, "onjo's dad" for the name of On-jo's father), or its owner one the
    question names ("onjo's dad" where it asks who On-jo's parent is); it names no one the player knew. `echoed`
    holds the compact forms of the question's runs of words (bot.trivia.preparing), `named` says whether a word
    names someone the question names ("class", before "president", names no one); `phrases`: the roles, for one said with a clause."""
    core = _whoever(core)
    words = _folded([w for w in core if w not in ARTICLES])
    if not words or "".join(words) in echoed:
        return bool(words)
    if (clause := _by_clause(core, phrases or {})) is not None:
        told = clause[1][1:] if clause[1][0] in _PERSON | {"one"} else clause[1]  # ("the one who": no role said)
        return all(w in echoed for w in told)  # "the teacher who made the virus" where it asks which teacher created it
    if _named_korean_kin(core, phrases or {}) is not None:  # "병찬 아들" where it asks who Byeong-chan's son is
        return any(named(said) for said in _korean_owner(core[0]))
    if (deed := _by_deed(core, phrases or {})) is not None:  # "the one who pushed gwinam off the roof" where it asks who throws him
        return deed[2] in echoed and any(_stem(w) == deed[1] for w in echoed if w.isalpha())
    if _CRUSH in echoed and _crush_of(core, phrases or {}) is not None and any(named(w) or named(w.removesuffix("s")) for w in words):
        return True  # "onjo's crush" where it asks whom On-jo has a crush on
    owners = ("".join(words[:k]) for k in range(1, len(words)))  # ("hari's little brother": hari's, before "little")
    return any(owner.endswith("s") and owner in echoed and named(owner[:-1]) for owner in owners)
