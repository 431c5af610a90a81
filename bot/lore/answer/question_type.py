"""What a question asks, read from its words: who, which_episode, when, why, how_many (and what "how" measures),
where, what_is, yes_no, or a statement ("it has 8 episodes right", "lee yoo mi role"); and whether it is a claim to
check: a tag ("right?", "true?", "no cap", "fr"), a negative ("isn't ..."), a report ("an article said ...").
analysis.py reads the rest (names, glosses, positions, clauses).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.lazy_re import compile_later
from bot.lore.answer.korean_topics import bare_topic

if TYPE_CHECKING:
    from bot.lore.answer.analysis import Analysis

_AUX = frozenset(
    """is are was were do does did has have had will would can could should am isn't aren't wasn't
    weren't doesn't don't didn't hasn't haven't won't can't couldn't wouldn't shouldn't""".split()
)
_NEGATIVE_AUX = frozenset({"isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "hasn't", "haven't", "won't"})
_HOW = {"many": "many", "much": "much", "long": "long", "old": "old", "tall": "tall", "big": "big",
        "large": "big", "short": "tall", "heavy": "heavy", "far": "far", "often": "often", "rich": "much"}
_TAG = compile_later(
    r"(?:,|\s)\s*(?:right|true|correct|yes|no|innit|isn't it|aren't they|wasn't it|weren't they|didn't it|"
    r"didn't they|doesn't it|don't they|(?:isn't|wasn't|didn't|doesn't|hasn't|won't) (?:he|she)|is that (?:right|true|correct)|is it true|am i right|yeah|yh|"
    r"no cap|for real|fr|frfr|deadass|ong)\s*\??\s*$"  # "it got 124 mil hours week 1 no cap?": a claim to check
)
# A tag said for emphasis ("fr", "no cap"), and the words a question of its own starts with
_EMPHASIS = compile_later(r"no cap|for real|fr|frfr|deadass|ong")
_WH_FIRST = frozenset("who whom whose what whats when where which why how".split())
_REPORTED = compile_later(
    r"^(?:an?|some|one|the)?\s*(?:article|site|website|blog|post|report|video|tiktok|tweet|friend|someone|"
    r"somebody|people|person|guy|youtuber|news)\s+(?:[\w-]+\s+)?(?:said|says|claimed|claims|told me|reported|wrote|"
    r"mentioned)\b"
    r"|^(?:i|we)\s+(?:read|heard|saw|was told|thought)\b|^(?:they|people)\s+(?:say|said)\b|^is it true\b"
    r"|^(?:apparently|supposedly|rumou?r has it|word is)\b"
)
_WH = compile_later(
    r"\b(?:(?P<which_ep>(?:in\s+)?(?:which|what)\s+(?:episode|part)s?)|(?P<when>when)|(?P<why>why)|"
    r"(?P<how>how)\s+(?P<how_what>many|much|long|old|tall|big|large|short|heavy|far|often|rich)|"
    r"(?P<where>where)|(?P<who>who|whom|whose)|(?P<what>what|which))\b"
)
_STATES = compile_later(r"\b(?:is|are|was|were|has|have|had|got|gets|dies|died|came|comes|started|began|did|does)\b")
# "namra halfbie?", "suhyeok still alive", "cheongsan dead??": a name and a state, asked in chat.
_CHAT_STATE_WORD = (r"(?:(?:a|an) )?(?:dead|alive|zombie|zombified|halfbie|hambie|infected|bitten|human|ok|okay|safe|"
                    r"survives?|dies|died|turns?|turned|makes? it(?: out)?|made it(?: out)?|(?:becomes?|became|turns? into|turned into) (?:a )?(?:zombie|halfbie|hambie))")
_CHAT_STATE = compile_later(  # ("su hyeok alive or dead", "namra halfbie or zombie": which of the two)
    rf"^ent\d+(?: (?:still|really|actually|now|rly|fr))? {_CHAT_STATE_WORD}(?: or (?:{_CHAT_STATE_WORD}|not))?"
    r"(?: (?:now|still|rn|fr|at the end|in the end))?$"
)
# A "which episode" that names nothing that happens (only the show): how many episodes there are.
_BARE_EPISODE = compile_later(
    r"^(?:the show\s+|season (?:1|one)\s+)?(?:which|what) episodes?(?:\s+(?:is it|are there|does it have|in total|total))?"
    r"(?:\s+(?:the show|season (?:1|one)))?$"
)
# "the episode with the music room", "ep where hee-soo gives birth": an episode named by what is in it.
_EPISODE_DESCRIBED = compile_later(
    r"^(?:(?:what|which) (?:is|was) )?(?:the |that |this )?(?:episode|ep|part|scene|one) (?:where|with|when|in which|that has|"
    r"that shows|about)\b(?! (?:the show|it)\b)"
)


def read_type(a: Analysis) -> None:
    """The question type `a` asks (who, when, yes_no, a statement ...), whether it is a claim to check (a tag
    "right?" or "no cap", "isn't ...", "an article said ..."), and what "how" measures; `a` is updated in place."""
    text = a.text
    first = a.words[0] if a.words else ""
    a.yes_no = first in _AUX
    a.negative = first in _NEGATIVE_AUX
    tag = _TAG.search(text)
    if tag is not None and first in _WH_FIRST and _EMPHASIS.fullmatch(tag.group(0).strip(" ,?")):
        # "who plays onjo fr", "when does s2 come out deadass": said for emphasis after a question, no claim to check
        a.text = text = text[: tag.start()].strip()
        a.words = a.text.split()
        tag = None
    reported = _REPORTED.search(text)
    match = _WH.search(text)
    if match is not None and not (a.yes_no and match.start() > 0 and match.group("who") is None):
        group = match.lastgroup or ""
        if group in ("how", "how_what"):
            a.qtype, a.how = "how_many", _HOW.get(match.group("how_what"), "many")
        elif group == "which_ep":
            a.qtype = "which_episode"
        elif group == "what":
            a.qtype = "what_is"
        else:
            a.qtype = group
        if a.yes_no and match.start() > 0:
            a.qtype = "yes_no"  # "is there anyone who ...", "did the teacher who ..."
    elif a.yes_no:
        a.qtype = "yes_no"
    if tag is not None:
        a.claim = True
        a.yes_no = True
        if a.qtype in ("statement", "what_is"):
            a.qtype = "yes_no"
        a.text = text[: tag.start()].strip()
        a.words = a.text.split()
    if reported is not None:
        a.claim = a.reported = True
        a.yes_no = True
        a.qtype = "yes_no"
    if a.negative:
        a.claim = True
    if a.qtype == "statement" and (first == "how" or (a.words[-1:] == ["how"] and tag is None)):
        a.qtype = "how"  # "how does Byeong-chan die", "gwinam dies how": the way it happens
    if a.qtype == "statement" and _CHAT_STATE.match(a.text):
        a.qtype, a.yes_no = "yes_no", True  # "namra halfbie?", "cheongsan dead??": is it so
    if a.qtype == "statement" and _STATES.search(a.text):
        a.claim = True  # "season one is eight 45 minute episodes": a claim to check
    if a.qtype == "statement" and a.korean and a.words:
        if re.search(r"\b(?:actor|role|plays|character|name)\b", a.text):
            a.qtype = "who"  # "장하리 역 배우": who plays Jang Ha-ri
        elif a.slots or not bare_topic(a.raw):  # "감독?", "출연진 알려줘": the topic asked for, no "Yes."
            a.qtype, a.yes_no = "yes_no", True  # "나연이 죽어?": a Korean question without a question word
    if a.qtype == "which_episode" and not a.slots and _BARE_EPISODE.match(a.text):
        # "지금 우리 학교는 몇 화야?", "the show which episode": how many episodes it has.
        a.qtype, a.how = "how_many", "many"
        a.text = "how many episodes are there"
        a.words = a.text.split()
    if a.qtype in ("statement", "what_is", "where", "when") and _EPISODE_DESCRIBED.match(a.text):
        a.qtype = "which_episode"  # "the episode with the music room", "the ep where they kiss"
    if a.qtype in ("statement", "what_is", "where") and "location" in a.text:
        a.qtype = "where"  # "season 2 filming location", "what are the filming locations": a place
        a.text = re.sub(r"\s*\blocations?\b", "", a.text)
        a.words = a.text.split()
    moment = re.match(r"^(?:in )?(?:what|which) (time|date|day|year)\b(?! of (?:high )?school\b|"
                      r" (?:are|is|r) (?:they|we|ent\d|the (?:kids|students|characters|main \w+))(?: in)?\W*$)", a.text)
    if moment is not None:
        a.qtype, a.how = "when", {"time": "time", "year": "year"}.get(moment.group(1))
