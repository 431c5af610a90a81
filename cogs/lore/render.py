"""Lore answers and cards as Discord embeds, autocomplete choices and short replies.

Every piece of show content goes through bot/spoilers.py (a SpoilerTracker per reply). Titles and
field names are only fixed labels or names (never spoilers); descriptions and field values hold the
parts, wrapped in ||…|| when they spoil past the reply's gate: the channel's mark for a public reply,
the viewer's own progress for a private one (bot/lore/progress.py). A field value never cuts a part
in half (a cut spoiler would leak): parts that do not fit are left out with a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import discord

from bot.lore.answer import Answer, Part, SourceRef, chrome_words, gate_words, part_text, visible_parts
from bot.lore.cards import Card
from bot.lore.names import Entity
from bot.lore.unmark import CLEAR
from bot.show import NOTHING, Position
from bot.spoilers import Reads, SpoilerTracker, address_spoils, hide, hide_quoted, is_safe, render
from bot.text import quote_keeping_spoilers, quote_user_text, shorten
from bot.tree import MAX_EMBED
from cogs.marks import held_mark_text, lists, out_words

ACCENT = discord.Colour(0x8B0000)
FIELD_LIMIT = 1024
DESCRIPTION_LIMIT = 4096
CHOICE_LIMIT = 100
MAX_CHOICES = 25


@lru_cache(maxsize=512)  # every reply has one, from a few positions: worked out once each
def _progress_footer(
    progress: Position, latest: Position, extra: str = "", *, public: bool = False, place: str = "channel"
) -> str:
    """What the reply's gate shows; `latest` is the last released episode. A public reply's gate is
    the mark of its `place` (cogs/places.py: "channel" or "thread"), whoever asked."""
    if public:
        if progress >= latest:
            shown = f"This {place} may discuss everything up to {latest.label}."
        elif progress == NOTHING:
            shown = f"This {place} has no spoiler mark, so every spoiler is hidden here."
        else:
            shown = f"This {place} is spoiler-safe up to {progress.label}; later spoilers are hidden."
        shown += " Show me privately answers at your own /progress."
    elif progress >= latest:
        shown = f"Everything is shown (up to {latest.label})."
    elif progress == NOTHING:
        shown = "Every spoiler is hidden. Use /progress to set what you have watched."
    else:
        shown = f"Spoilers after {progress.label} are hidden."
    return (extra + " " + shown).strip()


def _join_parts(
    tracker: SpoilerTracker, parts: Sequence[Part], limit: int, *, with_sources: bool, links: bool = False
) -> str:
    lines: list[str] = []
    size = 0
    left_out = 0
    for part in parts:
        text = part_text(part, links=links) if with_sources else _label(part)
        candidate = render(text, part.spoils, tracker.progress)
        if size + len(candidate) + 1 > limit - 20:
            left_out += 1
            continue
        line = tracker.render(text, part.spoils)
        lines.append(line)
        size += len(line) + 1
    if left_out:
        lines.append(f"(+{left_out} more)")
    return "\n".join(lines) or "\u2014"


def _label(part: Part) -> str:
    if part.hedged:
        return part.text  # the text says how sure it is
    prefix = {"reported": "reportedly ", "rumour": "rumour: "}.get(part.confidence, "")
    return prefix + part.text


def _sources_line(sources: Sequence[SourceRef]) -> str:
    if not sources:
        return ""
    # the label in the language the sources are cited in (their dates are written so: "출처: ..., 2026년 2월 23일")
    return chrome_words(s.lang for s in sources)["sources"] + "; ".join(s.label() for s in sources[:4])


@lru_cache(maxsize=1024)
def _quoted_question(question: str) -> str:
    """The question made inert, kept: fans ask the same questions again."""
    return quote_keeping_spoilers(question, limit=200) or "(empty question)"


def _spoiling_at_least(part: Part, spoils: Position) -> Part:
    """The part, hidden at least from `spoils` on; the part itself when it already is, so the
    lines it has built (its sources as links) are not built again for every reply."""
    return part if spoils <= part.spoils else replace(part, spoils=spoils)


@dataclass(frozen=True)
class _HiddenLink(SourceRef):
    """A source whose address gives away more than the reader may see: its link in spoiler bars."""

    def link(self) -> str:
        return hide(super().link())


def _links_hidden(part: Part, reads: Reads, progress: Position) -> Part:
    """The part with each source whose address spoils past `progress` hidden behind bars, its own
    words as they are: a slug like ".../cheong-san-dies" beside a release date hides the link, not
    the date. A part hidden whole hides its links with it."""
    if not is_safe(part.spoils, progress):
        return part
    spoiling = [s for s in part.sources if s.url and not is_safe(address_spoils(s.url, reads), progress)]
    if not spoiling:
        return part
    return replace(part, sources=tuple(
        _HiddenLink(s.publisher, s.title, s.url, s.date) if s in spoiling else s for s in part.sources))


def answer_embed(
    answer: Answer, progress: Position, *, latest: Position, public: bool = False, question_spoils: Position = NOTHING,
    reads: Reads | None = None, place: str = "channel",
) -> tuple[discord.Embed, Position | None]:
    """/ask: the question (made inert, and hidden whole when it gives away more than the reply may
    show: a fan's public "does Cheong-san die in episode 11?" spoils the channel too) and the answer
    parts, each with its sources."""
    tracker = SpoilerTracker(progress)
    if is_safe(question_spoils, progress):
        question = _quoted_question(answer.question)
    else:  # hidden whole: quoted without bars of its own, so these are the only ones
        question = hide_quoted(quote_user_text(answer.question, limit=200) or "(empty question)")
    parts = [  # what is true at the reader's position; a repeat of the question hidden as it is
        _spoiling_at_least(part, question_spoils) if part.echoes else part
        for part in visible_parts(answer, progress)
    ]
    if reads is not None:  # a source linked by an address that spoils (shown on hover): that link hidden
        parts = [_links_hidden(part, reads, progress) for part in parts]
    body = _join_parts(tracker, parts, DESCRIPTION_LIMIT - len(question) - 20, with_sources=True, links=True)
    # An answer worded in the asker's language has its title and footer said in it too
    lang = next((part.lang for part in answer.parts if gate_words.worded(part.lang)), "en")
    title = gate_words.title(lang) if lang != "en" else "Answer"
    embed = discord.Embed(title=title, description=f"**Q:** {question}\n\n{body}", colour=ACCENT)
    confidence = answer.noted_confidence  # mixed: each sentence says its own (Part.said, a hedged part's words)
    if lang != "en":
        # the confidence note from the one table of labels around an answer (season2_phrases.chrome_words)
        extra = chrome_words([lang])[f"{confidence}_note"] if confidence in ("reported", "rumour") else ""
        footer = (extra + " " + gate_words.gate_line(lang, progress, latest, public=public, place=place)).strip()
        embed.set_footer(text=footer)
        return embed, tracker.highest
    extra = ""
    if confidence and confidence != "official":
        # in the language the answer is worded in ("신뢰도: 공식이 아닌 보도예요." below a Korean answer)
        extra = chrome_words(p.lang for p in parts)[f"{confidence}_note"]
    embed.set_footer(text=_progress_footer(progress, latest, extra, public=public, place=place))
    return embed, tracker.highest


def card_embed(
    card: Card, progress: Position, *, latest: Position, public: bool = False, place: str = "channel"
) -> tuple[discord.Embed, Position | None]:
    tracker = SpoilerTracker(progress)
    embed = discord.Embed(title=shorten(card.title, 256), colour=ACCENT)
    sources = _sources_line(card.sources)
    if sources:
        embed.description = shorten(sources, 1000)
    embed.set_footer(text=_progress_footer(progress, latest, public=public, place=place))
    sections = card.sections[:20]
    # Discord refuses an embed over 6000 characters in all: the first sections (who plays them, who they
    # are) keep their whole field, later ones (a long list of moderators' additions) give way, whole parts only
    left = MAX_EMBED - len(embed) - sum(len(section.name) for section in sections)
    for n, section in enumerate(sections):
        room = min(FIELD_LIMIT, left - _SECTION_FLOOR * (len(sections) - n - 1))
        value = _join_parts(tracker, section.parts, max(room, _SECTION_FLOOR), with_sources=False)
        embed.add_field(name=section.name, value=value, inline=False)
        left -= len(value)
    return embed, tracker.highest


_SECTION_FLOOR = 40  # what a section needs to say "(+N more)" when nothing of it fits


def choices_for(entities: Sequence[Entity]) -> list[tuple[str, str]]:
    """(name, value) autocomplete choices: a name only (names are never spoilers), value = ref."""
    out: list[tuple[str, str]] = []
    for entity in entities[:MAX_CHOICES]:
        suffix = " (actor)" if entity.kind == "person" else ""
        out.append((shorten(entity.name + suffix, CHOICE_LIMIT), entity.ref[:CHOICE_LIMIT]))
    return out


def _watched(position: Position) -> str:
    return f"up to {position.label}" if position else "nothing yet"


def progress_text(
    own: Position | None, channel: Position | None, *, latest: Position, saved: Position | None = None,
    in_server: bool = True, asked: Position | None = None, place: str = "channel", followed: int | None = None,
) -> str:
    """`asked`: what was typed, when it was past what is out and `saved` is the last episode out;
    `place`: "thread" in a thread (cogs/places.py); `followed`: the channel or forum whose mark a
    thread without its own follows."""
    lines: list[str] = []
    if saved is not None and asked is not None and asked > saved:
        lines.append(f"{asked.label.capitalize()} is not out yet, so I saved the latest out: "
                     f"you have watched {_watched(saved)}. Set it again once you have seen more.")
    elif saved is not None:
        lines.append(f"Saved: you have watched {_watched(saved)}.")
    else:
        lines.append(
            f"You have watched {_watched(own)}." if own is not None
            else "You have not set your progress yet (counts as nothing watched)."
        )
    mine = saved if saved is not None else (own or NOTHING)
    # Saved past what is out (an episode announced, not released): the rest shows as it comes out.
    ahead = f", the latest out ({mine.label} is not out yet)" if mine > latest else ""
    if not in_server:
        lines.append(
            f"Here, nothing up to {latest.label}{ahead} is hidden." if mine >= latest
            else f"Here, spoilers after {mine.label} are hidden." if mine else "Here, every spoiler is hidden."
        )
        return "\n".join(lines)
    mark = channel or NOTHING
    if channel is not None:
        safe = f"spoiler-safe {_watched(channel)}" if channel else "spoiler-free (every spoiler hidden)"
        lines.append(f"This {place} has no mark of its own and follows <#{followed}>'s: {safe}." if followed
                     else f"This {place} is marked {safe}.")
    if mark >= latest:
        lines.append(f"Public replies here show everything up to {latest.label}.")
    elif mark:
        lines.append(f"Public replies here hide spoilers after {mark.label}, whoever asks.")
    else:
        # "has no spoiler mark" only when it has none: a place marked "no spoilers" was just said to be marked so
        unmarked = f" (the {place} has no spoiler mark)" if channel is None else ""
        lines.append(f"Public replies here hide every spoiler, whoever asks{unmarked}.")
    if min(mark, latest) > mine:  # the channel agreed to more than this fan has seen: said before they read on
        lines.append(f"⚠️ Careful: replies here show everything up to {min(mark, latest).label} in the clear, "
                     "past where you are.")
    lines.append(
        "Your private replies in this server (Show me privately) "
        + (f"show everything up to {latest.label}{ahead}." if mine >= latest
           else f"hide spoilers after {mine.label}." if mine else "hide every spoiler.")
    )
    # Direct messages read the progress set there (bot/lore/progress.py: DM_GUILD), not this server's.
    lines.append("In direct messages with me, the progress you set there with `/progress` counts.")
    return "\n".join(lines)


def partway_note(partway: Position) -> str:
    """/progress "halfway through ep 4": why the episode before was saved, and what to type later."""
    return (f"You are still watching {partway.label}, so its end stays hidden: "
            f"set `/progress {partway}` once you have finished it.")


def rewatch_note(saved: Position) -> str:
    """/progress "rewatching, on ep 5": why the season's end was saved rather than the episode said."""
    return (f"A rewatch: all of season {saved.season} seen before, so its spoilers are not hidden from you. "
            f"Watching it for the first time? Set `/progress` to the last episode you have finished.")


def part_unread_note(why: str, saved: Position) -> str:
    """/progress "finished part 1 of s2" where no listing shows that part's episodes, or "s2 part 1" alone (the part
    begun): why only the season before was saved (`why`: progress_parts.part_unread or part_begun), and what to type
    instead."""
    return (f"{why}, so only {saved.label} is saved: set `/progress` to the last episode you have finished, "
            f"like S{saved.season + 1}E3.")


def _latest_words(latest: Position, reported: str | None) -> str:
    """"the latest out", as sure as its source (`reported`: cogs.marks.lone_report)."""
    return "the latest out" if reported is None or latest.season < 2 else \
        f"the latest {lists(reported)} as aired (not confirmed yet)"


def spoilers_text(up_to: Position, *, latest: Position, place: str = "channel", asked: Position | None = None,
                  reported: str | None = None, unlisted: str = "", due: str = "") -> str:
    """The reply to /spoilers; `place` is "thread" in a thread (whose own mark it sets); `asked`: what
    was typed, when it was past what is out and `up_to` is the last episode out; `reported`: the source
    alone saying `latest`'s season is out (cogs.marks.lone_report), said as its word; `unlisted`: its episodes
    not listed yet (bot.season2.unlisted); `due`: when `asked`'s season comes out (cogs.marks.release_due), "" unknown."""
    if asked is not None and asked > up_to:
        return (
            f"{asked.label.capitalize()} is not out yet, so this {place} is marked spoiler-safe up to {up_to.label}, "
            f"{_latest_words(up_to, reported)}. {f'{due}: raise' if due else 'Raise'} the mark with `/spoilers` "
            "once more has aired."
        )
    if up_to >= latest:
        return (f"This {place} is now a spoiler {place}: everything up to {up_to.label} may be discussed in the clear, "
                f"{out_words(latest, reported, unlisted)}. {held_mark_text(up_to, latest, place, unlisted=unlisted)}")
    if up_to == NOTHING:
        return (
            f"This {place}'s spoiler mark is now nothing: public replies here hide every spoiler, whoever asks "
            "(members still see their own progress with Show me privately)."
        )
    return f"This {place} is now spoiler-safe up to {up_to.label}: later spoilers stay hidden in public replies."


NOTHING_TO_FOLLOW = (
    "Only a thread can follow its channel's spoiler mark, and this is a channel. Give an episode "
    "(like S1E7), `0` to hide every spoiler, or `clear` to take this channel's mark away."
)


def following_text(parent_id: int, mark: Position | None, *, latest: Position, had: bool) -> str:
    """/spoilers clear in a thread: it reads its channel's mark again (`mark`, as it stands);
    `had`: whether the thread had a mark of its own."""
    lead = (
        f"This thread no longer has a spoiler mark of its own: it follows <#{parent_id}>'s mark." if had
        else f"This thread has no spoiler mark of its own, so it already follows <#{parent_id}>'s mark."
    )
    if mark is None or mark == NOTHING:
        shown = ("That channel has none, so public replies here hide every spoiler until a moderator marks it "
                 "(or this thread) with `/spoilers`.")
    elif mark >= latest:
        shown = f"Everything up to {latest.label} may be discussed in the clear here."
    else:
        shown = f"Public replies here are spoiler-safe up to {mark.label}; later spoilers stay hidden."
    return f"{lead} {shown} It changes when the channel's mark does."


_OWN_MARK = "unless the post has a mark of its own (`/spoilers` in that post)"


def forum_marked_text(forum_id: int, up_to: Position, *, latest: Position, asked: Position | None = None,
                      reported: str | None = None, unlisted: str = "") -> str:
    """/spoilers forum: the mark each post of the forum reads while it has none of its own (`reported`: as
    spoilers_text)."""
    if asked is not None and asked > up_to:
        return (
            f"{asked.label.capitalize()} is not out yet, so <#{forum_id}> is marked spoiler-safe up to {up_to.label}, "
            f"{_latest_words(up_to, reported)}: each post in it shows up to there in the clear, {_OWN_MARK}."
        )
    if up_to >= latest:
        return (
            f"<#{forum_id}> is now a spoiler forum: in each post, everything up to {up_to.label} may be discussed in "
            f"the clear, {_OWN_MARK}. {held_mark_text(up_to, latest, 'forum', unlisted=unlisted)}"
        )
    if up_to == NOTHING:
        return f"<#{forum_id}>'s spoiler mark is now nothing: public replies in its posts hide every spoiler, {_OWN_MARK}."
    return f"<#{forum_id}> is now spoiler-safe up to {up_to.label}: each post in it shows up to there in the clear, {_OWN_MARK}."


def forum_cleared_text(forum_id: int, had: bool) -> str:
    """/spoilers clear forum: the forum's posts without a mark of their own hide every spoiler."""
    lead = f"<#{forum_id}>'s spoiler mark is cleared" if had else f"<#{forum_id}> had no spoiler mark"
    return f"{lead}: public replies in its posts hide every spoiler, {_OWN_MARK}."


def cleared_text(had: bool) -> str:
    """/spoilers clear in a channel: no mark, so public replies hide every spoiler."""
    if not had:
        return "This channel had no spoiler mark: public replies here already hide every spoiler, whoever asks."
    return (
        "This channel's spoiler mark is cleared: public replies here hide every spoiler, whoever asks "
        "(members still see their own progress with Show me privately)."
    )


ALLOWED_INSTEAD = (
    "\nIf you meant every spoiler allowed here instead (스포 해제 as in spoilers unlocked), "
    "run `/spoilers up_to:스포 허용` (or `full spoilers`)."
)


def unmark_choice(place: str, typed: str, request: str | None) -> tuple[str, str] | None:
    """The autocomplete choice taking the mark away, when it fits what is typed: in a thread it
    follows the channel (shown first when nothing is typed yet), in a channel it clears."""
    typed = typed.casefold()
    if place == "thread":
        if request is not None or not typed or "follow channel".startswith(typed) or "clear".startswith(typed):
            return ("Follow the channel's mark (clear this thread's own)", "follow channel")
        return None
    if request == CLEAR or (typed and "clear".startswith(typed)):
        return ("Clear this channel's mark (hide every spoiler)", "clear")
    return None


def word_mark_choices(typed: str, said: str | None, latest: Position) -> list[tuple[str, str]]:
    """The marks said in words ("no spoilers", "full spoilers") that fit what is typed: both when
    nothing is typed yet, else each one the text begins or says (bot/lore/mark_words.py)."""
    typed = typed.casefold().strip()
    words = [("No spoilers (nothing discussed in the clear)", "no spoilers", "nothing"),
             (f"Full spoilers (everything up to {latest}, the latest)", "full spoilers", "latest")]
    return [(name, value) for name, value, means in words
            if not typed or value.startswith(typed) or said == means]


def not_found_text(what: str, typed: str, candidates: Sequence[Entity] = ()) -> str:
    shown = quote_user_text(typed, limit=80) or "(nothing)"
    if candidates:
        names = ", ".join(e.name for e in candidates[:8])
        return f"\u201c{shown}\u201d could be several: {names}. Pick one from the list."
    return f"I don't know a {what} called \u201c{shown}\u201d. Start typing and pick from the list."


def spoilers_now(channel: Position | None, *, place: str, followed: int | None, guarded: bool) -> str:
    """A bare /spoilers: how this `place` stands now (a moderator ran it to see its mark, and was only told what to
    give: rehearse66), then what to give to change it."""
    if channel is None:
        mark = f"This {place} has no spoiler mark: its public replies hide every spoiler."
    else:
        safe = f"spoiler-safe {_watched(channel)}" if channel else "spoiler-free (every spoiler hidden)"
        mark = (f"This {place} has no mark of its own and follows <#{followed}>'s: {safe}." if followed
                else f"This {place} is marked {safe}.")
    return f"{mark} The spoiler guard is **{'on' if guarded else 'off'}** here.\n{SPOILERS_NEEDS_ONE}"


SPOILERS_NEEDS_ONE = ("Give `up_to` (the last episode discussed openly here, like S1E7; `clear` to take the mark away) "
                      "or `guard` (on or off), or both.")
GUARD_NEEDS_INTENT = (
    "The spoiler guard reads members' messages, and this bot runs without Discord's Message Content intent "
    "(its operator turned `message_content_intent` off), so it cannot see what members type. Nothing was changed. "
    "The bot's operator can enable the intent in the Discord Developer Portal (Bot > Privileged Gateway Intents) "
    "and set `message_content_intent = true`."
)


def guard_here(place: str) -> str:
    """/progress in a guarded channel or thread: what a member's own message past the mark meets."""
    return (f"🛡️ The spoiler guard is on in this {place}: a message giving away more than its mark is taken down "
            "and posted again behind spoiler bars. Put spoilers inside `||bars||` yourself.")


GUARD_FOLLOWS = "It follows that channel's spoiler guard again too."


def guard_text(on: bool, place: str, *, can_delete: bool, can_post: bool = True) -> str:
    """/spoilers guard: what the guard now does in this `place` (its threads or posts follow it unless set apart)."""
    if not on:
        return f"🛡️ Spoiler guard is **off** in this {place}: members' messages here are left as they are."
    text = (f"🛡️ Spoiler guard is **on** in this {place}: a member's message that gives away more than its spoiler "
            "mark allows is taken down and posted again behind spoiler bars, naming its author.")
    if not can_post:  # neither a notice nor a warning can go out: the guard leaves every message as it is
        return text + (" I need **Send Messages** here first: until I have it, I leave every message as it is.")
    if not can_delete:
        text += (" I need **Manage Messages** here to take messages down (posted again behind bars); "
                 "until I have it, I leave them up and answer with a warning.")
    return text
