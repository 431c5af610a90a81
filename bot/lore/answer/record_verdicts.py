"""The verdict a record gives a yes/no question: "Yes." when it states every word of the question
plainly, "No." when the clause that names the question's subject negates it ("JTBC Studios is one
of its producers rather than a broadcaster"), a claim it calls wrong, or a word that cannot hold
beside the question's ("fictional" for "is Hyosan real"); "Not confirmed." when it only hedges;
nothing otherwise. `bot.lore.answer.retrieval` picks the record."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.ordinals import other_ordinal
from bot.lore.answer.records import Record
from bot.lore.answer.wording import denies_someone_unasked
from bot.lore.answer.words import fold_text, stem, words_of

_NEAR = 6  # words between a negation and what it denies
_NEGATION = compile_later(
    r"\b(?:not|never|neither|nor|no one|nobody|wrong|rather than|no source|fan-made|n't|cannot"
    r"|no(?= \w+ (?:can|could|is|was|will|would|exists?)\b))\b",  # "no vaccine can be made"
    re.I,
)
_UNSURE = compile_later(r"\b(?:unconfirmed|unverified|rumou?r\w*|one article says|one source says|speculation|disagree\w*|not certain|uncertain|unclear|not clear)\b",
                     re.I)
_HEDGED = compile_later(r"\b(?:probably|possibly|perhaps|maybe|likely|apparently|sometimes|some (?:recaps|sources|sites|say))\b",
                     re.I)
_CLAUSES = compile_later(r"[;:.()]|,\s+(?:and|but)\s+|\s+-\s+")
# A word of the question and one of a record that cannot both hold: "is Hyosan real" against
# "fictional"; "is it based on a manga / novel" against "webtoon" (a Korean web comic, neither).
# "was it filmed at a real school" against "built as a set" (never "was the school a real set": a set it was).
ANTONYMS = ((compile_later(r"\b(?:real|actual)\b(?!\s+(?:(?:film|filming|movie|tv|studio)\s+)?sets?\b)"),
              compile_later(r"\bfictional\b|\bfictitious\b|\bmade[- ]up\b|\bbuilt as a set\b|\bpurpose-built\b", re.I)),
             (compile_later(r"\bmanga\b|\bnovel\b|\bbook\b"), compile_later(r"\bwebtoon\b", re.I)))
UNKNOWN = compile_later(r"\bnot (?:announced|known|confirmed|stated|said)|\bunknown\b|\bno official\b|\bhas not announced", re.I)
# A record that says a claim is false ("... is wrong", "no source says ...").
_FALSE = compile_later(r"\b(?:is|was|were|are) wrong\b|\bno source\b|\bfan-made\b|\bmisquoted\b|"
                    r"\bnot the korean\b", re.I)
# "neither won": no to whether those named won, not to whether the show won anything anywhere.
# What someone seeks, hopes or may do is not what happens: no "Yes." off it
_SOUGHT = compile_later(r"\b(?:push(?:es|ing)? for|campaign(?:s|ing|ed)? for|hop(?:e|es|ing) (?:to|for|that)|wants? to|"
                     r"asks? for|asking for|tries to|trying to|plans? to|planning to|calls? for|fight(?:s|ing)? for|"
                     r"may(?!\s+\d)|might|could)\b")  # never the month: "(May 2022)"
# What is undone is not done: "did she resign" against "tears up her resignation letter" is no "Yes."
_UNDONE = compile_later(r"\b(?:tears? up|tore up|rips? up|ripped up|withdr[ae]w\w*|takes? back|took back|calls? off|called off)\b")
_NEITHER_WON = compile_later(r"\bneither won\b", re.I)
# "Not everyone dies": no to "does everyone die", yes to "does anyone survive" or "does anyone die".
_LIVES_ASKED = compile_later(r"\b(?:die[sd]?|dead|death|surviv\w*|alive|live[sd]?|living|make it|made it|kill\w*)\b", re.I)
_NOT_EVERYONE = compile_later(r"\bnot (?:everyone|everybody|all)\b", re.I)
_EVERYONE = compile_later(r"\b(?:every\s?one|everybody|every|all|whole)\b")  # "every student" too
# "more survived than died", "did most of them die": a comparison of amounts, which a record that compares nothing
# ("six students survive") cannot settle either way (no "Yes." off "not everyone dies").
_AMOUNTS_ASKED = compile_later(r"\b(?:more|fewer|less)\b.*\bthan\b|\b(?:most|majority|half) of\b", re.I)
_COMPARES = compile_later(r"\b(?:than|more|fewer|less|most|twice|double|half|behind|ahead|bigger|smaller|majority)\b", re.I)


def record_verdict(shared: Shared, ask: Ask, stems: Sequence[str], record: Record) -> str:
    """"Yes.", "No.", "Not confirmed." or "" (the record does not settle it)."""
    if (claim := shared.pack.claims.get(record.id)) is not None and claim.standing != "standing":
        return "No."
    if re.match(r"(?:overall, )?(?:no|yes)\b", record.text, re.I):
        return ""  # "Overall, no: after 23 days it was third ...": the record gives its own verdict
    key = [s for s in stems if s in record.stems]
    said = _focus(shared, ask, record)
    clauses = [(c, {stem(w) for w in words_of(fold_text(c))}) for c in _CLAUSES.split(said)]
    for s in key:
        bearing = [c for c, found in clauses if s in found]
        if bearing and all(_UNSURE.search(c) or _HEDGED.search(c) for c in bearing):
            return "Not confirmed."  # "is there a dub": only "(probably English-dub voices)" says so
    if _AMOUNTS_ASKED.search(ask.a.raw) and not _COMPARES.search(said):
        return ""
    if _NOT_EVERYONE.search(said) and _LIVES_ASKED.search(ask.a.raw):  # never "are there other halfbies": "Yes."
        return "No." if _EVERYONE.search(ask.a.raw.casefold()) else "Yes."
    if (false := _FALSE.search(said)) is not None:  # never "they are not the Korean actors" for "is the cast korean"
        return "" if denies_someone_unasked(said, false.start(), ask.a.raw) else "No."
    if _NEITHER_WON.search(said) and "award" in stems and "nominate" not in stems:
        return "No." if ask.found.subjects or "baeksang" in stems else ""
    text_stems = {stem(w) for w in words_of(fold_text(said))}
    if other_ordinal(ask.a.raw, said):
        return "No."  # "are they first years" against "second year"
    for real, fictional in ANTONYMS:
        if real.search(f"{ask.a.raw.casefold()} {ask.text}") and fictional.search(said):
            return "No."
    if not key:
        return ""
    split = re.split(r"[;:.]|,\s+(?:and|but)\s+|\s+-\s+", said)
    said_of = [(c, {stem(w) for w in words_of(fold_text(c))} & set(key)) for c in split]
    most = max(len(k) for _, k in said_of)  # "filmed in andong": never "shot in Seoul ... unconfirmed"
    for clause, held in said_of:
        if held and len(held) == most:
            if _UNSURE.search(clause):
                return "Not confirmed."
            if _negates(clause, key):
                return "" if denies_someone_unasked(said, said.find(clause), ask.a.raw) else "No."
    if all(s in text_stems for s in key) and len(key) == len(set(stems)):
        # "is season 2 rated" against "Netflix has not announced ... its rating": not a yes;
        # "does mi-jin get into college" against "pushing for ... college admission": what is sought, no yes
        return "Not confirmed." if UNKNOWN.search(said) else "" if _SOUGHT.search(said) or _UNDONE.search(said) else "Yes."
    return ""


def _focus(shared: Shared, ask: Ask, record: Record) -> str:
    """What the record says of whom the question names (`Records.said_of`)."""
    named = [s.id for s in ask.found.subjects if s.kind in ("character", "person")]
    return shared.records.said_of(record, named)


def platform_verdict(platform: str, record: Record) -> str:
    """"is it on disney plus" against "streams on Netflix only": No; "is it on netflix": Yes."""
    only = re.search(r"\b(\w+) only\b", record.text)
    if only is None:
        return ""
    return "Yes." if only.group(1).casefold().startswith(platform) else "No."


def _negates(clause: str, key: Sequence[str]) -> bool:
    """Whether a negation in `clause` bears on a word asked about: within a few words of it
    ("about 10,000 not infected" does not deny that people were killed)."""
    words = words_of(fold_text(clause))
    at = [i for i, w in enumerate(words) if stem(w) in key]
    for match in _NEGATION.finditer(clause):
        before = len(words_of(fold_text(clause[: match.start()])))
        if any(abs(before - i) <= _NEAR for i in at):
            return True
    return False
