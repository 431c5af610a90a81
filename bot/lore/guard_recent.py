"""A guarded channel's last few messages, for a plain answer to the question just asked (plain Python).

"does cheongsan die?" and, 20 seconds later from someone else, "yeah 😭" as a plain message (no Discord reply, no
quote): read alone it names nothing, yet in a quiet channel it can only answer the question above it. A plain
message is read with the channel's last question when that question is another member's, recent (ANSWERED_WITHIN),
with few messages between (BETWEEN; none for emoji alone, which react to the message right above them; a few more,
SAID_BACK_BETWEEN, when the answer says the question's verb back, "yeah she does", and nothing between asks), and the
message is a bare answer (bot.lore.guard_answers.bare: a yes, a no, emoji, a name or an episode). In a busy channel the last question is the one answered: "yeah" under someone's
"anyone up?" asked after the spoiler question answers "anyone up?", and names nothing.

In memory only: for each channel, who wrote its last few messages, when, and the question each asks (a text that
asks nothing is not kept, only that it was said, unless it is a bare answer: a question's edit reads it again while
it is fresh); a channel quiet for ANSWERED_WITHIN is forgotten whole, an older
message of one still talking is never read and goes when it next speaks, and only so many channels are kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

from bot.clock import Clock
from bot.lazy_re import compile_later
from bot.lore.answer.words import PERSON_WORDS, STOP
from bot.lore.guard_answers import AGREEMENT, bare, commits, emoji_only, says_back
from bot.lore.guard_named import CHATTER
from bot.lore.guard_questions import asks_open, question_in
from bot.lore.kin import KIN_WORDS
from bot.lore.lexicon_subjects import relative_gender

ANSWERED_WITHIN = dt.timedelta(minutes=3)  # an answer comes right after; later, a "yes" answers something else
BETWEEN = 3  # messages between the question and its plain answer; more, and the talk has moved on
SAID_BACK_BETWEEN = 6  # ... unless the answer says the question's verb back ("yeah she does"): it answers that question
CHANNELS = 500  # the guarded channels remembered; the quietest forgotten first

# a yes or a no agreeing with a statement by "does" ("yeah he does", "no she doesn't 😭"): who it agrees of
_AGREES = compile_later(r"(?i)^[\s*_]*(?:y+e+[sa]*h*|yea+h*|yep|yup|ya+|n+o+|nah+|nope)[\s,.!…]*(he|she)\s+(?:does|doesn['’]?t"
                        r"|does not)\b")
# a word of agreement alone (guard_answers.AGREEMENT) agrees with a remark of the chat between ("grabe yung ep 1 ang
# ganda"), not with the question above; a remark says three words at least and answers no question (a fate answer between
# is agreed with as the question's answer: "true 😭" under "yes in ep 5 😭")
_WORDS = re.compile(r"\w+")
_REMARK_WORDS = 3
# an outcry alone ("nooo 😭", "NOOOO"), a no drawn out, under another's remark between cries at it ("i spilled coffee on my
# keyboard"), not at the question above (the asker's own "pls someone answer" leaves it the answer)
_OUTCRY = re.compile(r"(?i)^[\Wㅠㅜ_]*n+o{3,}[\Wㅠㅜ_]*$")
# a statement of a person in the present, with no question ("suhyeok looks so good", "the singer sings like an angel",
# "gwinam's actor has such a creepy smile", "she cries every time"), which such a yes can agree with: its subject a
# pronoun, someone of the chat's world ("my sister", "the new guy maru") or a bare name, a word or two, then a verb in -s
# (never "is" / "was": "yeah he does" agrees with no "maru is so tall", nor with "the rooftop set looks so real"; never
# a fate: agreeing with "cheongsan dies" tells it as much as a yes to the question)
# the chat's people whose word says a gender beyond relative_gender's ("my girlfriend": "she"; "my wife" is its), and those
# of either ("my roommate")
_CHAT_GENDER = {**dict.fromkeys("bf boyfriend grandpa grandad granddad grandfather uncle nephew".split(), "he"),
                **dict.fromkeys("gf girlfriend grandma granny grandmother aunt auntie niece".split(), "she")}
_PEOPLE = "|".join(sorted(sorted({*PERSON_WORDS, *(word for word in KIN_WORDS if word.isascii()), *_CHAT_GENDER, "husband", "wife",
                           "actor", "actress", "singer", "roommate", "roomie", "bestie", "cousin", "classmate", "coworker", "crush"}),
                          key=len, reverse=True))
# words a statement may open with that name no one (the stop words too), joined once: every message is read
_NOT_NAMES = STOP | frozenset({"mine", "yours", "everyone", "everything", "nobody", "ep", "episode", "s2", "season"})
_STATES = compile_later(
    r"(?i)^[\s*_]*(?:(?P<pronoun>he|she)|(?:the|my|your|ur|his|her|that|this)\s+(?:[\w'’-]+\s+)?(?P<person>" + _PEOPLE + r")s?"
    r"|(?P<bare>[a-z][\w-]*)(?P<whose>['’]s\s+(?:" + _PEOPLE + r"))?)(?:\s+[a-z][\w-]*)??"
    r"(?:\s+(?:kinda|really|so|also|still|just|always|literally))?\s+(?!(?:is|was|has been|yes|dies|lives|survives|turns|gets|comes|returns|becomes"
    r"|makes|kills|bites|stays|leaves|goes|escapes)\b)[a-z]*[^s\W]s\b")


@dataclass(frozen=True)
class Said:
    """One message of a channel: who wrote it, when, and the question it asks ("" when none)."""

    author_id: int
    asks: str
    at: dt.datetime
    message_id: int = 0
    answer: str = ""  # its text when bare enough to answer a question above it, for that question's edit
    states: str = ""  # whom it states something of, when a yes saying "does" may agree with it: "he", "she" or "*"
    remark: str = ""  # its text when a line of its own, asking and answering nothing: a word of agreement under it says it again


def _nobody(_: str) -> str:
    """No name's gender known: a statement of a bare name is agreed with by no "yeah he does"."""
    return ""


class RecentAsks:
    """The last SAID_BACK_BETWEEN + 1 members' messages of each guarded channel, bounded in number and time."""

    def __init__(self, clock: Clock, gender_of: Callable[[str], str] = _nobody) -> None:
        self._clock = clock
        self._gender_of = gender_of  # "he" / "she" of a character's name (the lexicon's), "" when unknown
        self._channels: OrderedDict[int, deque[Said]] = OrderedDict()

    def follows(self, channel_id: int, author_id: int, text: str, message_id: int = 0) -> str:
        """The question a new plain message `text` answers ("" when none), the message then noted as the channel's
        latest: the channel's last question, another member's, asked within ANSWERED_WITHIN and at most BETWEEN
        messages up, when `text` is a bare answer; an asker's follow-up ("like at the end?") read as the question
        they asked first just above it; a word of agreement alone under a remark between, that remark ("ikr" under
        "ju-ran turns in s2 ep 3"), which it says again."""
        now = self._clock.now()
        self._forget_old(now)
        said = self._channels.pop(channel_id, deque(maxlen=SAID_BACK_BETWEEN + 1))
        while said and now - said[0].at > ANSWERED_WITHIN:
            said.popleft()
        answer = text if bare(text) else ""  # read once: the guard reads every message of a guarded channel
        answered = _answered(list(said), author_id, answer)
        asks = question_in(text) or ""
        remarks = not asks and not (answered and commits(text)) and len(_WORDS.findall(CHATTER.sub(" ", text))) >= _REMARK_WORDS
        said.append(Said(author_id, asks, now, message_id, answer, "" if asks else _states(text, self._gender_of),
                         text if remarks else ""))
        self._channels[channel_id] = said  # the channel spoken in last is the last forgotten
        while len(self._channels) > CHANNELS:
            self._channels.popitem(last=False)
        return answered

    def notes(self, channel_id: int, author_id: int, text: str) -> None:
        """A line the guard does not read (a bot's, a webhook's) noted in a channel it remembers: a "yes" under a bot's
        "Ready? Reply yes to start" answers the bot, a 😭 under its "the watch party starts in 10 minutes!" reacts to
        that, neither the member's question above them."""
        if channel_id in self._channels:
            self._channels[channel_id].append(Said(author_id, question_in(text) or "", self._clock.now()))

    def edited(self, channel_id: int, message_id: int, text: str) -> list[tuple[int, str]]:
        """A remembered message's edit: "does he die?" made "does cheongsan die?" is the question a "yes 😭" after it
        answers. The plain answers already under it, sent within ANSWERED_WITHIN, are given back (their ids, and the
        question each now answers) to be read again: a "yes 😭" a minute old is a spoiler once its question names
        cheongsan; an older one has scrolled away from it and stays as it was."""
        said = self._channels.get(channel_id, deque())
        now = self._clock.now()
        at = next((n for n, one in enumerate(said) if message_id and one.message_id == message_id), None)
        if at is None or at < len(said) - BETWEEN - 1:  # an older question's answers have scrolled away from it
            return []
        one = said[at]
        said[at] = Said(one.author_id, question_in(text) or "", one.at, message_id, text if bare(text) else "")
        run = list(said)
        again: list[tuple[int, str]] = []
        for n, later in enumerate(run[at + 1:], start=at + 1):
            if later.answer and later.message_id and now - later.at <= ANSWERED_WITHIN:
                before = [up for up in run[max(0, n - BETWEEN - 1):n] if later.at - up.at <= ANSWERED_WITHIN]
                if asked := _answered(before, later.author_id, later.answer):
                    again.append((later.message_id, asked))
        return again

    def __len__(self) -> int:
        return sum(map(len, self._channels.values()))

    def _forget_old(self, now: dt.datetime) -> None:
        """Every channel quiet for ANSWERED_WITHIN forgotten whole (channels are in the order they last spoke: the
        sweep stops at the first one spoken in since); a channel still talking drops its older messages when next
        spoken in."""
        while self._channels and now - next(iter(self._channels.values()))[-1].at > ANSWERED_WITHIN:
            self._channels.popitem(last=False)


def _answered(said: list[Said], author_id: int, answer: str) -> str:
    """The question a plain message by `author_id` answers under the channel's recent messages `said` ("" when none):
    `answer` is its text when bare enough to answer one (`bare`), else ""."""
    if not answer:
        return ""
    # emoji alone react to the message right above them: a 💀 under "gwinam's face lmao" laughs at it; an answer saying
    # the question back ("yeah she does") reaches a question further up, the talk between asking nothing
    up = 1 if emoji_only(answer) else SAID_BACK_BETWEEN + 1 if says_back(answer) else BETWEEN + 1
    said = said[-up:]
    closed = _AGREES.match(CHATTER.sub(" ", answer))  # "no she doesn't" answers no "who's watching tonight" between
    asked = next((one for one in reversed(said) if one.asks and not (closed and asks_open(one.asks))), None)
    below = said[said.index(asked) + 1:] if asked is not None else []
    if asked is None or asked.author_id == author_id or _agrees_below(below, closed):
        return ""
    if AGREEMENT.match(answer) and (remark := next((one.remark for one in reversed(below) if one.remark), "")):
        return remark  # "oo nga 😭" under "grabe yung ep 1": agrees with the remark, read as it ("ikr" under a fate told)
    if _OUTCRY.match(answer) and any(one.remark and one.author_id != asked.author_id for one in below):  # not "pls answer"
        return ""
    return _first_asked(said[-BETWEEN - 1:] if asked in said[-BETWEEN - 1:] else said, asked)


def _states(text: str, gender_of: Callable[[str], str]) -> str:
    """Whom a statement states something of in the present ("he" / "she" for a pronoun or a name of that gender, "*"
    for someone of the chat's world, or theirs when their word says it), when a yes or a no saying "does" may agree with it; "" for any other line, and
    for a name of no known gender (so "yeah he does" under "namra screams so loud", or under a name the lexicon does
    not know, answers the question above: the safe reading)."""
    stated = _STATES.match(CHATTER.sub(" ", text)) if text else None
    bare = (stated.group("bare") or "").casefold() if stated is not None else ""
    if stated is None or bare in _NOT_NAMES:  # "mine does", "the uni scenes"
        return ""
    if bare and not stated.group("whose"):  # a name, not "gwinam's actor"
        return gender_of(bare)
    # someone of the chat's world is of the gender their word says ("my sister": "she", so "yeah he does" under it
    # answers the question above), else of either ("my cousin", "the new guy maru")
    person = (stated.group("person") or "").casefold()
    return (stated.group("pronoun") or relative_gender(person) or _CHAT_GENDER.get(person) or "*").casefold()


def _agrees_below(below: list[Said], agrees: re.Match[str] | None) -> bool:
    """Whether a yes or a no saying "does" (`agrees`: _AGREES's match of the answer, read once) agrees with a statement
    of the chat between the question and it ("does cheongsan die?" ... "suhyeok looks so good with the new haircut"
    "yeah he does"), not with the question above."""
    return agrees is not None and any(one.states in ("*", agrees.group(1).casefold()) for one in below)


def _first_asked(said: list[Said], asked: Said) -> str:
    """The question an answer to `asked` answers: the first of its asker's questions just before it, with nobody
    between ("does cheongsan die?" then "like at the end?": a yes tells he dies)."""
    run = said[:said.index(asked) + 1]
    first = asked
    for one in reversed(run[:-1]):
        if one.author_id != asked.author_id:
            break
        first = one if one.asks else first
    return first.asks
