"""Trivia as Discord shows it: the question, reveal and result embeds, the lists, settings, stats
and reports embeds, and the short private replies. Pure functions of domain results; the buttons
are in views.py.

Text from a list (questions, answers, explanations, sources) is shown inert: no pings, its
markdown escaped, the author's spoiler bars kept (button labels render no markdown: only pings
and invisibles are taken out there).

Spoilers: a game never draws a question past its gate, so the question and its choices are shown
as they are (labels still pass through spoilers.unhideable against the gate). The reveal shows the
answer, the explanation and the source as any public message does: in the clear up to the channel's
(or thread's) spoiler mark as it stands when the reveal is posted, in ||...|| past it. Not the mark
the game started under: a moderator may have lowered it since, and then the reveal hides more.
Hints are private (ephemeral) and kept to the game's `clear_up_to` (nothing): a 50/50's choices
like the question's buttons, an answer's shape in bars whenever the question spoils anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import discord

from bot import spoilers
from bot.permissions import permission_list
from bot.show import NOTHING, Position
from bot.text import (
    defuse_mentions,
    keep_spoilers,
    quote_keeping_spoilers,
    quote_user_text,
    shorten,
    strip_invisible,
    timestamp,
)
from bot.trivia import target
from bot.trivia.daily import DailyAnswer
from bot.trivia.events import ClickResult, Event, GameEnded, HintResult, QuestionShown, Revealed
from bot.trivia.library import ListExport
from bot.trivia.model import (
    Game,
    MemberStats,
    Question,
    Report,
    Score,
    TriviaSettings,
)
from bot.trivia.posts import marker
from bot.trivia.scoring import BOT_PLAYER, DIFFICULTY_WEIGHTS, base_points, most_points
from bot.trivia.snapshot import correct_choice
from cogs.places import place_of
from cogs.trivia.render_lists import problems_text

LETTERS = "ABCDE"
COLOUR = discord.Colour(0x8E1B1B)
REASON_LABELS = {"wrong": "Wrong answer", "ambiguous": "Ambiguous", "spoiler": "Spoiler"}


# ---------------------------------------------------------------------------------------------
# Pieces


def choice_label(question: Question, index: int, gate: Position) -> str:
    letter = LETTERS[index]
    choice = question.choices[index]
    if "||" in choice:  # a label cannot hide what the list's author hid
        return f"{letter}. Option {letter}"
    # a label cannot be hidden: past the gate (the question's or its picked options'), only its letter
    text = spoilers.unhideable(_inert(choice, 70), question.asked_tag, gate, fallback=f"Option {letter}")
    return shorten(f"{letter}. {text}", 80)


def mention(user_id: int) -> str:
    """A member's mention, or the bot's name for its own seat in a game (Red's bot_plays)."""
    if user_id == BOT_PLAYER:
        return "**hyosan** (the bot)"
    return f"<@{user_id}>"


def _inert(text: str, limit: int) -> str:
    """List text (possibly imported by a member) made harmless but keeping its markdown: no pings,
    no invisible characters; the author's spoiler bars stay spoilers, balanced (bot.text.keep_spoilers):
    what they hid is never shown in the clear, and the bot's own bars around it still close."""
    return keep_spoilers(shorten(defuse_mentions(strip_invisible(text)), limit))


def _shown(text: str, spoils: Position, viewer: Position, limit: int, *, hidden: bool = False) -> str:
    """List text shown in a message: inert (no pings, its markdown read as plain characters: a
    list's `**`, `#` or backticks never restyle the bot's message). In the clear the author's
    spoiler bars stay spoilers, balanced (bot.text.quote_keeping_spoilers); hidden whole (it spoils
    past `viewer`, or `hidden`) every pipe is escaped, so nothing closes the bot's bars early."""
    if spoilers.is_safe(spoils, viewer) and not hidden:
        return quote_keeping_spoilers(text, limit=limit)
    return spoilers.hide_quoted(quote_user_text(text, limit=limit))


def _question_text(question: Question, gate: Position) -> str:
    return _shown(question.text, question.spoils, gate, 1500)


def _reveal_text(text: str, spoils: Position, mark: Position) -> str:
    return _shown(text, spoils, mark, 900)


def difficulty_text(question: Question) -> str:
    """The difficulty and what a right answer is worth (AGIMUS-style difficulty points)."""
    weight = DIFFICULTY_WEIGHTS.get(question.difficulty, 1.0)
    return (
        f"{question.difficulty.capitalize()}: ×{weight:g} points "
        f"({base_points(question.difficulty)} + speed and streak bonuses)"
    )


def scores_lines(scores: list[Score], limit: int = 10, *, by_right_answers: bool = False) -> str:
    """The standings, ranked as the game is won: by points, or (a right-answer target) by right answers."""
    if not scores:
        return "Nobody scored."
    if by_right_answers:
        scores = sorted(scores, key=lambda row: (-row.correct, -row.points, row.user_id))
    lines = []
    rank = 0
    last: tuple[int, int] | None = None
    for position, row in enumerate(scores[:limit], start=1):
        key = (row.correct, 0) if by_right_answers else (row.points, 0)
        if key != last:
            rank, last = position, key
        if by_right_answers:
            lines.append(f"**{rank}.** {mention(row.user_id)}: {row.correct} right ({row.points} pts)")
        else:
            lines.append(f"**{rank}.** {mention(row.user_id)}: {row.points} pts ({row.correct} right)")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Messages


def question_embed(event: QuestionShown) -> discord.Embed:
    game, q = event.game, event.question
    embed = discord.Embed(
        title=f"Question {event.q_index + 1} of {game.question_count}",
        description=_question_text(q, game.gate),
        colour=COLOUR,
    )
    how = "Pick an answer below." if game.mode == "buttons" else "Type your answer in this channel."
    embed.add_field(name="Time", value=f"Answers close {timestamp(event.deadline)}. {how}", inline=False)
    embed.add_field(name="Difficulty", value=difficulty_text(q), inline=False)
    if event.late:
        embed.add_field(name="Late", value="This question was held up, so its answer time starts now.", inline=False)
    gate = f" · safe up to {game.gate.label}" if game.gate else ""
    embed.set_footer(text=f"{q.category} · {q.difficulty}{gate} · {marker('question', game.id, event.q_index)}")
    return embed


def reveal_embed(event: Revealed, mark: Position) -> discord.Embed:
    """A question's reveal; `mark`: the channel's (or thread's) spoiler mark as it stands now, when
    the reveal is posted (NOTHING when unmarked). The title and the field names never name the answer."""
    q, game = event.question, event.game
    if event.skipped:
        title = "Skipped!"
    elif event.early:
        title = "Everyone has answered!"
    elif event.timed_out:
        title = "Time's up!"
    else:
        title = "Correct!"
    lines: list[str] = []
    if event.show_answer:
        # the server (or the list) may want every answer in bars
        answer = _shown(q.shown_answer, q.spoils, mark, 900, hidden=game.settings.spoiler_answers)
        lines.append(f"The answer: **{answer}**")
    else:
        lines.append("The answer stays secret in this server.")
    if event.earned:
        who = _first_few([
            f"{mention(u)} (+{p}{', hint' if u in event.hinted else ''})"
            for u, p in sorted(event.earned.items(), key=lambda kv: -kv[1])
        ], ", ")
        lines.append(f"Scored: {who}")
    elif event.answered:
        lines.append("Nobody got it.")
    else:
        lines.append("Nobody answered.")
    if event.show_answer and q.explanation:
        lines.append(_reveal_text(q.explanation, q.explanation_tag, mark))
    if event.show_answer and q.source:
        lines.append("Source: " + _reveal_text(q.source, q.source_tag, mark))
    embed = discord.Embed(title=title, description="\n".join(lines), colour=COLOUR)
    by_right = target.by_right_answers(game.settings)
    embed.add_field(name="Scores", value=scores_lines(event.scores, 5, by_right_answers=by_right), inline=False)
    embed.set_footer(text=marker("reveal", game.id, event.q_index))
    return embed


# Hundreds may answer one question right on a busy night: a message names this many, then counts
# the rest (an embed holds 4,096 characters of description, 6,000 in all: 300 mentions do not fit).
NAMED_AT_MOST = 25


def _first_few(names: list[str], joiner: str) -> str:
    if len(names) <= NAMED_AT_MOST:
        return joiner.join(names)
    return f"{', '.join(names[:NAMED_AT_MOST])} and {len(names) - NAMED_AT_MOST} more"


_END_TEXT = {
    "points": "reached the points to win",
    "answers": "reached the right answers to win",
    "questions": "the questions ran out",
    "mark": "this channel's spoiler mark was lowered below the rest of this game's questions, so it ended there",
    "stopped": "the game was stopped: nobody wins a stopped game",
    "idle": "nobody answered for a while, so the game stopped (no winner)",
    "offline": "the bot was offline too long to resume this game (no winner)",
    "error": "something went wrong moving this game on, so it was stopped (no winner); /trivia start begins a new one",
}


#: When a game that ended short of its goal was won by the top score.
_WON_WHEN = {
    "questions": "when the questions ran out",
    "mark": "when this channel's spoiler mark was lowered below the rest of this game's questions, which ended it",
}


def game_over_embed(event: GameEnded) -> discord.Embed:
    reason = _END_TEXT.get(event.reason, "the game could not continue (no winner)")
    if event.winners:
        names = _first_few([mention(u) for u in event.winners], " and ")
        title = "We have a winner!" if len(event.winners) == 1 else "A shared win!"
        # "won: the questions ran out" (or "won: the mark was lowered") read as if that were the win: the top score is
        when = _WON_WHEN.get(event.reason)
        description = f"{names} won with the top score {when}." if when else f"{names} won: {reason}."
    else:
        title = "Game over"
        description = f"No winner: {reason}." if event.status == "finished" else reason[0].upper() + reason[1:] + "."
    embed = discord.Embed(title=title, description=description, colour=COLOUR)
    by_right = target.by_right_answers(event.game.settings)
    embed.add_field(name="Final scores", value=scores_lines(event.scores, by_right_answers=by_right), inline=False)
    embed.set_footer(text=marker("end", event.game.id, -1))
    return embed


def stopped_text(user_id: int) -> str:
    return f"{mention(user_id)} stopped the game: nobody wins a stopped game. The final scores follow."


def skipped_text(user_id: int, events: Sequence[Event]) -> str:
    """What /trivia skip says in the channel (the events the skip caused: the question's reveal first)."""
    which = next((f" question {e.q_index + 1}" for e in events if isinstance(e, Revealed)), " the question")
    return f"{mention(user_id)} skipped{which}: the answers given so far count, and its answer follows."


def started_text(
    event: QuestionShown, starter_id: int, *, mark: Position, asked: Position | None, where: object = None,
    lists: str = "", own: Position | None = None, wanted: int | None = None,
) -> str:
    """Who started what, how far it goes, and why: a game never goes past the channel's spoiler mark
    (nothing when unmarked), and when that is what held it back, how a moderator raises it. `where`:
    the channel or thread it is in (what the text calls it, cogs/places.py); `lists`: the lists it was
    started with, credited (render_lists.game_lists); `wanted`: the number of questions the starter
    asked for, said when fewer fit (else a host counting on a 10-question night finds out at question 8)."""
    place = place_of(where)
    game = event.game
    gate = f"safe up to {game.gate.label}" if game.gate else "spoiler-free (no episode content)"
    capped = ""
    if asked is not None and mark < asked:
        held = f"is spoiler-safe only up to {mark.label}" if mark else "has no spoiler mark"
        capped = (
            f" You asked for up to {asked.label}, but this {place} {held}: a moderator can raise it with "
            f"/spoilers up_to:{asked}."
        )
    elif asked is None and own is not None and own < mark:
        capped = f" Held to your /progress ({own.label}): start with up_to_episode to ask further."
    elif asked is None and not mark:
        capped = f" This {place} has no spoiler mark, so only spoiler-free questions: a moderator can set one with /spoilers."
    count = game.question_count
    length = "1 question" if count == 1 else f"up to {count} questions"
    if wanted is not None and count < wanted:
        capped += f" Only {count} of the {wanted} questions you asked for fit: {_fewer_because(game, place)}."
    return (
        f"{mention(starter_id)} started trivia{f' from {lists}' if lists else ''}: {length}, {game.mode} mode, {gate}."
        + capped
        + " "
        + winning_rule(game.settings, count)
        + (f" This list's settings apply: {', '.join(event.overrides)}." if event.overrides else "")
    )


def _fewer_because(game: Game, place: str) -> str:
    """What may have held a game to fewer questions than asked: each filter the start applied."""
    why = [f"the others are past this {place}'s spoiler mark" if game.gate else "the others spoil the show"]
    if game.mode == "buttons":
        why.append("have no multiple choice for buttons")
    if game.settings.no_repeat_games > 0:
        why.append(f"were asked in this server's last {game.settings.no_repeat_games} games")
    return ", ".join(why[:-1]) + (" or " if len(why) > 1 else "") + why[-1]


def winning_rule(settings: TriviaSettings, question_count: int) -> str:
    """How this game is won, as it will be played (bot.trivia.target): the target, and who wins when
    the questions run out first."""
    last = "the last question" if question_count != 1 else "the question"
    right = settings.right_answers_to_win
    if right > 0:
        if right > question_count:
            return f"The most right answers after {last} wins."
        plural = "s" if right != 1 else ""
        return f"The first to {right} right answer{plural} wins, else the most right answers after {last}."
    if settings.points_to_win > most_points(question_count):  # out of reach: only the fallback is true
        return f"The top score after {last} wins."
    return (
        f"The first to {settings.points_to_win} points wins (a right answer earns {base_points('easy')} or more), "
        f"else the top score after {last}."
    )


def stats_embed(user_id: int, stats: MemberStats | None) -> discord.Embed:
    embed = discord.Embed(title="Trivia stats", colour=COLOUR)
    if stats is None:
        embed.description = f"{mention(user_id)} has not finished a game here yet."
        return embed
    embed.description = mention(user_id)
    embed.add_field(name="Games", value=str(stats.games))
    embed.add_field(name="Wins", value=str(stats.wins))
    embed.add_field(name="Points", value=str(stats.points))
    embed.add_field(name="Right / wrong", value=f"{stats.correct} / {stats.wrong} ({stats.accuracy:.0%})")
    embed.add_field(name="Best streak", value=str(stats.best_streak))
    fastest = "n/a" if stats.fastest_ms is None else f"{stats.fastest_ms / 1000:.1f} s"
    embed.add_field(name="Fastest answer", value=fastest)
    return embed


def reports_embed(rows: list[Report], total: int = 0) -> discord.Embed:
    """The oldest open reports; `total`: how many are open in all (more than shown: said)."""
    if not rows:
        return discord.Embed(title="Question reports", description="The queue is empty.", colour=COLOUR)
    lines = []
    for row in rows:
        when = timestamp(row.created_at, "R")
        text = spoilers.render(quote_keeping_spoilers(row.question_text, limit=120), row.spoils, NOTHING)
        # A generated question's id names its subject ("gen-bitten-by-…"): hidden as its text is.
        qid = spoilers.render(f"`{row.question_id}`", row.spoils, NOTHING)
        lines.append(f"**#{row.id}** {REASON_LABELS[row.reason]} · {qid} · {mention(row.reporter_id)} {when}\n{text}")
        if row.answer:
            lines.append("Answer: " + spoilers.render(quote_keeping_spoilers(row.answer, limit=80), row.spoils, NOTHING))
    embed = discord.Embed(title="Question reports", description=shorten("\n".join(lines), 4000), colour=COLOUR)
    more = f"The oldest {len(rows)} of {total} open reports. " if total > len(rows) else ""
    embed.set_footer(
        text=f"{more}Resolve one with /triviaset reports resolve:<number>; add retire:True to stop asking its question here."
    )
    return embed


def daily_text(day: str, question: Question, gate: Position) -> str:
    date = dt.datetime.strptime(day, "%Y%m%d").strftime("%d %B %Y")
    return f"**Daily question, {date}**\n{_question_text(question, gate)}"


HINT_COST = "Taking the hint halves your points on this question (your streak is kept)."


def hint_text(result: HintResult) -> str:
    """The private answer to a Hint click: the hint itself, or why there is none (a 50/50's two
    choices come with their buttons: views.hint_view)."""
    if result.status == "unknown":
        return "This game is over."
    if result.status == "closed":
        return "This question is closed."
    if result.status == "none":
        return "This question has no hint."
    if result.status == "answered":
        return "You already answered this question, so a hint would not help (and costs nothing)."
    hint, question, game = result.hint, result.question, result.game
    assert hint is not None and question is not None and game is not None
    again = " (again)" if result.status == "again" else ""
    if hint.kind == "fifty":
        lines = [f"**Hint{again}: 50/50.** It is one of these two:"]
        lines += [f"- {choice_label(question, index, game.gate)}" for index in hint.keep]
        lines.append(HINT_COST)
        return "\n".join(lines)
    words = ", ".join(str(n) for n in hint.lengths)
    shape = spoilers.render(f"`{_inert(hint.shape, 200)}`", question.spoils, game.clear_up_to)
    plural = "s" if len(hint.lengths) != 1 else ""
    return (
        f"**Hint{again}:** the answer looks like {shape} "
        f"({len(hint.lengths)} word{plural}: {words} letters; first letters shown).\n{HINT_COST}"
    )


# -- short private replies ---------------------------------------------------------------------

_CLICK_TEXT = {
    "already": "You already answered this question; your first answer counts.",
    "closed": "This question is closed.",
    "unknown": "This game is over.",
}


def click_reply(result: ClickResult, choice: int) -> str:
    """The private answer to a choice button."""
    if result.status != "recorded":
        return _CLICK_TEXT[result.status]
    text = f"Locked in: answer {LETTERS[choice]}. " + (
        "This server keeps answers secret when time runs out: the scores will show whether you got it."
        if result.secret else "The answer is revealed when time is up."
    )
    if result.hinted:
        text += " (You took the hint: half points on this one.)"
    return text


REPORT_PROMPT = "What is wrong with this question?"


def game_cut_off_text(missing: Sequence[str], place: str = "channel") -> str:
    """Said on a game's last question when the channel stopped taking the bot's posts."""
    if not missing:
        return f"This game ended here: Discord no longer lets me post in this {place}."
    return (
        f"This game ended here: I can no longer post in this {place} (I need {permission_list(missing)}). "
        f"A moderator can allow {'it' if len(missing) == 1 else 'them'} for me in the channel's settings "
        "(Edit Channel > Permissions)."
    )


def report_reply(queued: bool) -> str:
    return "Thanks: the moderators will look at it." if queued else "You already reported this."


def daily_closed_text(
    day: str, question: Question, gate: Position, settings: TriviaSettings, *, replaced: bool = True
) -> str:
    """A past day's daily question, closed (`replaced` by the next one, else turned off), with its
    answer as the server's games reveal one: in the clear up to `gate`, in bars when the server
    wants every answer in bars, not at all when it keeps answers secret."""
    right = correct_choice(question)
    if not settings.reveal_answers or right is None:
        answer = "\nThe answer stays secret in this server."
    else:
        shown = _shown(question.choices[right], question.spoils, gate, 80, hidden=settings.spoiler_answers)
        answer = f"\nThe answer: **{LETTERS[right]}. {shown}**"
    why = "a new daily question is up" if replaced else "the daily question is turned off here"
    return f"{daily_text(day, question, gate)}{answer}\n(closed: {why})"


def daily_answer_reply(result: DailyAnswer, gate: Position = NOTHING) -> str:
    """The private reply to a daily answer: the streak, and (once it counted) the right answer and
    its explanation, in spoiler bars past `gate` (the channel's mark), as the channel's reveal."""
    q = result.question
    told = ""
    right = None if q is None else correct_choice(q)
    if q is not None and right is not None:  # a daily question always has its choices
        told = f" The answer: **{LETTERS[right]}. {_reveal_text(q.choices[right], q.spoils, gate)}**."
        if q.explanation:
            told += "\n" + _reveal_text(q.explanation, q.explanation_tag, gate)
    if result.status == "correct":
        return f"Right!{told}\nYour daily streak here: {result.streak} (best {result.best_streak})."
    if result.status == "wrong":
        return f"Not this time.{told}\nYour daily streak starts again tomorrow."
    if result.status == "already":
        return "You already answered today's question."
    return "This daily question is closed."


def dropped_post_text(step: str, q_index: int) -> str:
    """The notice standing in for a step of a game that could not be posted (no show content in it)."""
    number = q_index + 1
    if step == "question":
        return (
            f"\u26a0\ufe0f Question {number} could not be posted, so nobody can answer it. "
            "The game goes on when its time is up."
        )
    if step == "reveal":
        return f"\u26a0\ufe0f The answer to question {number} could not be posted. The game goes on."
    return "\u26a0\ufe0f The final scores could not be posted: /trivia leaderboard and /trivia stats have them."


def about_guess(channel_id: int, jump_url: str, text: str) -> str:
    """A direct message about a typed guess, saying where it was and linking to it."""
    return f"About [your guess]({jump_url}) in <#{channel_id}>: {text}"


def close_guess_text(guesses_left: int) -> str:
    """The direct message to a typed guess that was nearly right."""
    plural = "es" if guesses_left != 1 else ""
    return f"So close! Check your spelling: {guesses_left} guess{plural} left on this question."


def over_limit_text(limit: int) -> str:
    """The direct message to a player's first typed guess past the limit (no show content in it)."""
    plural = "es" if limit != 1 else ""
    return (
        f"That guess was not counted: you have used your {limit} guess{plural} on this question. "
        "You can try again on the next one."
    )


def import_problems_text(problems: Sequence[str]) -> str:
    """Why nothing was imported."""
    return problems_text("Nothing was imported: the list has problems.", problems)


def imported_text(list_name: str, count: int, warnings: Sequence[str], shown: int = 5) -> str:
    lines = "".join(f"\n- {quote_user_text(w, limit=300)}" for w in warnings[:shown])
    return f"Imported **{list_name}**: {count} question{'' if count == 1 else 's'}." + (f"\nWarnings:{lines}" if lines else "")


def export_text(export: ListExport, where: object = None) -> str:
    """`where`: the channel or thread exported in, whose mark held questions back (cogs/places.py)."""
    past = f"past {export.gate.label}" if export.gate else f"episodes, and this {place_of(where)} has no spoiler mark"
    note = f" ({export.left_out} left out: they spoil {past})" if export.left_out else ""
    count = len(export.questions)
    # Imported again (as the import's own warning suggests, to declare spoils), this file replaces
    # the list: the questions left out would be lost.
    keep = (
        " Importing this file again would replace the list without them: to get every question, export it in a "
        "channel whose /spoilers mark is past them."
    ) if export.left_out else ""
    return f"{count} question{'' if count == 1 else 's'}{note}.{keep}"


def resolved_text(report_id: int, done: bool, retire: bool | None = None) -> str:
    if retire is None:
        return f"Report #{report_id} resolved." if done else f"No open report #{report_id}."
    if retire:
        if not done:
            return f"There is no report #{report_id} in this server."
        return (
            f"Report #{report_id} resolved: its question is no longer asked in this server's games or daily "
            f"question (resolve:{report_id} retire:False asks it again)."
        )
    if not done:
        return f"The question of report #{report_id} is not retired (or there is no such report): nothing changed."
    return f"The question of report #{report_id} is asked again in this server's games."
