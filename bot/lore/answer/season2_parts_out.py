"""Whether season 2 is out, or over, while TVmaze lists it in parts (season2_episodes._drops): the verdict first.

Once Part 1 is out, "is s2 out yet?" is "Yes." and since when (the release line, in the asker's language), then the
part still to come (its day moved by Netflix or a report, TVmaze not following yet: one line, "Part 1 (episodes 1-4) is
out, since ...; Part 2 (episodes 5-8) comes out on ..."); "is season 2 over?" is "Yes." with the finale's day once every part has aired by the engine's
clock, and "No, Part 2 comes ..." before that (the listing's two days alone answered neither).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask
from bot.lore.answer.question import Question, normalise
from bot.lore.answer.result import CONFIDENCE_ORDER, Answer, Part, SourceRef
from bot.lore.answer.season2_episode_words import DROPS_SAID, EPISODE_OUT_SAID, PARTS_SO_FAR_SAID
from bot.lore.answer.season2_phrases import WORDS
from bot.lore.answer.season2_status import StatusAnswers
from bot.lore.answer.wording import day_text, hedged_verdict, when_text
from bot.season2.model import Milestone, Status, strongest
from bot.season2.rules import part_out_by
from bot.show import NOTHING, EpisodeInfo

# "is s2 over", "has season 2 finished": asked yes or no ("when does s2 end" asks a day, with no verdict)
_YES_NO = compile_later(r"^(?:is|are|has|have|did|does)\b")

# "시즌2 나왔어?", "파트2 나왔어?" as the glosses read it ("season 2 came out", asked yes or no): whether it is out, as "is s2 out" is
_CAME_OUT = compile_later(r"^(?:season 2|part 2|(?:season 2,? )?(?:ep|episode) \d{1,2}) (?:came out|is out|released|was released)\W*$"
                          # "did episode 5 come out", "is episode 6 on netflix yet" ("nasa netflix na ba ep 5"): the same
                          r"|^(?:did|has|have|is|are) (?:the )?(?:season 2 )?(?:ep|episode|finale)\b[^?]*\b(?:come out|on netflix)"
                          r"(?: yet| now| already)?\W*$")


def came_out_asked(ask: Ask) -> bool:
    """Whether `ask` is "is season 2 (its Part 2, an episode) out?" in other words ("season 2 came out", "did episode 5
    come out", "is episode 6 on netflix yet"), a yes or no."""
    return ask.a.qtype == "yes_no" and ask.matches(_CAME_OUT) is not None


def part_opening(listed: tuple[EpisodeInfo, ...], numbers: list[int]) -> EpisodeInfo:
    """The listed episode a part opens with (`numbers`: its episodes' numbers, as _drops groups them by day)."""
    return next(info for info in listed if info.number == numbers[0])


def first_to_come(listed: tuple[EpisodeInfo, ...], days: dict[dt.date, list[int]],
                  aired: Callable[[EpisodeInfo], bool]) -> int | None:
    """Which part (0 the first, by day) has not `aired` yet; None once every part has."""
    for index, (_, numbers) in enumerate(sorted(days.items())):
        if not aired(part_opening(listed, numbers)):
            return index
    return None


def out_in_parts(answers: StatusAnswers, status: Status, ahead: int | None, part_line: Callable[[int], Part],
                 lang: str) -> list[Part]:
    """"is s2 out yet?" once Part 1 is out: "Yes.", since its day, then the part still to come, if any."""
    lead = answers.release_part(status, verdict="Yes.", lang=lang)
    return [*([lead] if lead is not None else []), *([part_line(ahead)] if ahead is not None else [])]


def out_then_moved(answers: StatusAnswers, status: Status, days: dict[dt.date, list[int]], ahead: int, held: dt.datetime,
                   later: Part, lang: str) -> Part | None:
    """"is s2 out yet?" once Part 1 is out and Part `ahead + 1`'s day moved (`held`, the status's; `later`: that part's
    own line, its backing): one answer, "Part 1 (episodes 1-4) is out, since ...; Part 2 (episodes 5-8) comes out on
    <held>, as Netflix says (TVmaze still lists ...)", never "Yes." then "Not yet:" (fix112); None with no release day."""
    lead = answers.release_part(status, lang=lang)
    if lead is None or status.release_at is None:
        return None
    groups = [numbers for _, numbers in sorted(days.items())]
    (a, b), (first, last) = (groups[0][0], groups[ahead - 1][-1]), (groups[ahead][0], groups[ahead][-1])
    listed = sorted(days)[ahead]
    since, when = when_text(status.release_at, status.release_timed, lang=lang), when_text(held, lang=lang)
    sure = max(lead.confidence, later.confidence, key=lambda c: CONFIDENCE_ORDER.get(c, 0))
    by = "as Netflix says" if later.confidence == "official" else "as reported, not confirmed by Netflix yet"
    text = (f"Part 1 (episodes {a}-{b}) is out, since {since}; Part {ahead + 1} (episodes {first}-{last}) comes out on "
            f"{when}, {by} (TVmaze still lists {day_text(listed)}).")
    # each source once, as cited (TVmaze backs Part 1's day and lists Part 2's: one citation)
    cited: dict[tuple[str, str | None, str | None], SourceRef] = {}
    for ref in (*lead.sources, *later.sources):
        cited.setdefault((ref.publisher, ref.url, ref.date), ref)
    sources = tuple(cited.values())
    part = Part(text, NOTHING, sure, sources, hedged=True, times=(*lead.times, *later.times))
    if (local := PARTS_SO_FAR_SAID.get(lang)) is None:
        return part
    ending = EPISODE_OUT_SAID[lang]["netflix" if later.confidence == "official" else "reported"]
    return part.worded(local.format(a=a, b=b, since=since, k=ahead + 1, first=first, last=last, when=when)
                       + ending.format(listed=day_text(listed, lang)), lang)


def over_in_parts(question: str, listed: tuple[EpisodeInfo, ...], days: dict[dt.date, list[int]], ahead: int | None,
                  part_line: Callable[[int], Part], lang: str = "en") -> Part:
    """"is season 2 over?" while season 2 is out in parts: all of it out with the finale's day, or the part still to come;
    in `lang` where DROPS_SAID has its words ("over_ahead", "over_all")."""
    verdict = _YES_NO.search(question) is not None
    words = DROPS_SAID.get(lang, {})
    if ahead is not None:
        line = part_line(ahead)
        numbers = sorted(days.items())[ahead][1]
        first = part_opening(listed, numbers)
        assert first.airstamp is not None  # (every episode is dated: _drops)
        said = (f"Part {ahead + 1} comes out on {when_text(first.airstamp)}: episodes {numbers[0]}-{numbers[-1]}, "
                "as TVmaze lists them.")
        part = Part(f"No, {said}" if verdict else f"Season 2 is not over yet. {said}", NOTHING,
                    line.confidence, line.sources, hedged=True, times=line.times)
        local = words.get("over_ahead")
        return part if local is None else part.worded(local.format(
            k=ahead + 1, when=when_text(first.airstamp, lang=lang), first=numbers[0], last=numbers[-1]), lang)
    finale = max(listed, key=lambda info: info.number)
    assert finale.airstamp is not None
    count = "both parts" if len(days) == 2 else f"all {len(days)} parts"
    said = (f"Season 2 is all out: {count}, the finale (episode {finale.number}) on {day_text(finale.airstamp.astimezone(dt.UTC).date())}, "
            "as TVmaze lists them.")
    line = part_line(len(days) - 1)
    part = Part(f"Yes. {said}" if verdict else said, NOTHING, line.confidence, line.sources, hedged=True)
    local = words.get("over_all")
    return part if local is None else part.worded(local.format(
        n=len(days), last=finale.number, day=day_text(finale.airstamp.astimezone(dt.UTC).date(), lang)), lang)


def over_dated(ask: Ask, answers: StatusAnswers, status: Status, now: dt.datetime) -> Part | None:
    """"is season 2 over?" once season 2 is out with Part 2's day from the status (Netflix's) and no listing: all out
    once that day has passed, else "No, Part 2 comes out on ..."; in the asker's language (the Part 2 line's words,
    "Yes."/"Not yet." before it: "¿ya terminó la temporada 2?" was answered in English); None without such a Part 2."""
    if status.part_at is None or status.milestone is not Milestone.RELEASED:
        return None
    if ask.language != "en" and ask.language in WORDS:
        out = part_out_by(status, now)
        return answers.part_two(status, ("Yes." if out else "Not yet.") if ask.a.yes_no else "", ask.language)
    question = ask.text
    when, verdict = when_text(status.part_at, status.part_timed), _YES_NO.search(question) is not None
    sure = strongest(status.part_backing).value if status.part_backing else "reported"
    if part_out_by(status, now):  # (a day only reported: "Reportedly, yes.", no surer than it)
        said = f"Season 2 is all out: both parts, Part 2 (the last) on {when}."
        text = f"{hedged_verdict('Yes.', sure)} {said}" if verdict else said
    else:
        text = f"No, Part 2 comes out on {when}." if verdict else f"Season 2 is not over yet. Part 2 comes out on {when}."
    refs = answers.refs(replace(status, release_backing=status.part_backing), release=True)
    return Part(text, NOTHING, sure, refs, hedged=sure != "official", times=(status.part_at,))


def not_over_yet(ask: Ask, answers: StatusAnswers, status: Status) -> Answer | None:
    """"is season 2 over?", "시즌2 끝났어?" before it is out: whether it has finished airing, so that it has not come
    out yet (its day, or that none is set), never a cancellation nor the filming; None once it is out or cancelled."""
    if status.milestone in (None, Milestone.RELEASED, Milestone.CANCELLED) or not (ask.a.yes_no or ask.a.qtype == "statement"):
        return None
    if status.release_at is not None:  # a day set: "Not yet." and that day (never "Yes." to the day being set),
        # with the one-source line the release answer gives beside it (TVmaze alone listing it out, or another day)
        lead = answers.part(status, verdict="Not yet.", lang=ask.language)
        one_source = answers.one_source_part(status, ask.language)
        return Answer(ask.raw, True, [lead, *([one_source] if one_source is not None else [])], "season2.release")
    q = Question(ask.raw, normalise(ask.text), [s.mention for s in ask.a.slots.values()], ask.language)
    return answers.release(q, status, True)
