"""How far a fan says they have watched, said the way fans say it in chat (for /progress).

`bot.show.parse_position` reads a position ("S1E3", "up to 6", "5화까지 봤어"); fans also type a
sentence around it: "im on episode 3 rn", "just finished ep 5!", "ep 12 (the last one)", "3rd",
"세번째 화", "3 of 12". What says nothing more (a chat lead, a tail such as "rn", "lol", an emoji, a
remark in brackets) is read past (bot.progress_said reads the words; here they are saved). One that says the episode is not finished ("halfway through ep 4",
"in the middle of ep 4", "almost done with ep 4", "just started ep 4") means the episode before is
the last one watched: that is what is saved, and the reply says so, so episode 4's end stays hidden.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

from bot.lazy_re import compile_later
from bot.other_works import OTHER_SHOWS
from bot.position_choices import position_choices
from bot.progress_clauses import (
    clauses,
    finished_beside,
    not_out,
    not_seen,
    own_first_time,
    says_where,
    season_into,
    season_lead,
    season_named,
    season_rewatched,
    season_to_come,
    season_unfinished,
    started_beside,
)
from bot.progress_counted import out_of
from bot.progress_events import events_disagree, events_said, titles_placed
from bot.progress_finish_ahead import finish_ahead
from bot.progress_left import first_left
from bot.progress_markup import struck_free
from bot.progress_may_say_more import may_say_more
from bot.progress_other_show import another_show_aside, another_show_watched, own_title_read_past
from bot.progress_parts import (
    part_begun,
    part_end_placed,
    part_not_out,
    part_season,
    part_unread,
    parts_placed,
)
from bot.progress_plans import TIME_TO_COME
from bot.progress_refused import clearer, refuse_one_night
from bot.progress_rewatched import one_episode_again, show_rewatched
from bot.progress_rewritten import marks_said
from bot.progress_said import BARE_DONE, chat_free, core, says_seen, season_not_started, season_unsaid
from bot.progress_season_carried import season_carried
from bot.progress_season_eve import done_before_coming, done_of_another
from bot.progress_this_show import this_show_said
from bot.progress_words import SHOW_BEGUN
from bot.show import NOTHING, Position, PositionError, ShowShape, parse_position, typed_shown
from bot.text import NUMBER_WORDS, ORDINAL_WORDS


@dataclass(frozen=True)
class Watched:
    """What to save (`position`) and, when the fan is partway through an episode, that episode."""

    position: Position
    partway: Position | None = None
    rewatched: bool = False  # a season's end saved because the fan said they are watching it again (the reply says so)
    # a part of a later season said ("finished part 1 of s2") where no listing shows its episodes, or named alone ("s2
    # part 1": begun): why only the season before it was saved (the reply says so: part_unread, part_begun)
    part_unread: str | None = None


def _only_season_one_has(episode: int, shape: ShowShape, out: int) -> bool:
    """"on ep 10" once season 2's eight are out: no season after the first has an episode 10; before any listing a
    season out has its premiere ("on ep 1" on its release weekend: which season?)."""
    return all(max(len(shape.episodes_in(season)), shape.contains(Position(season, 1))) < episode for season in range(2, out + 1))


def before(position: Position, shape: ShowShape) -> Position:
    """The episode just before `position` in the show (NOTHING before the first)."""
    earlier = [p for p in shape.positions() if p < position]
    return earlier[-1] if earlier else NOTHING


#: The longest text read as a place: far past any fan's (the sets' longest is about 110 characters; /progress takes 40).
LONGEST_SAID = 300


def read_watched(text: str, shape: ShowShape, *, now: dt.datetime, allow_nothing: bool = True) -> Watched:
    """How far `text` says its writer has watched (below); a later season's place said in words only season 1's
    places are read in ("s2 ep 7 pa lang") is read as they are, carried to that season (progress_season_carried).
    A season said still to come ("all caught up, bring on s2", "watched everything, ready for s2") holds nothing the
    fan has seen: all that is out, read from such words, stops at the end of the season before it."""
    if len(text) > LONGEST_SAID:  # (its readers are linear, but a thousand of them over any text Discord lets through is not)
        raise PositionError(f"\u201c{typed_shown(text)}\u201d is too long to read as how far you have watched, so your progress "
                            f"is unchanged: type the last episode you have finished, like S{shape.last_released(now).season}E5.")
    try:
        said = _read_watched(text, shape, now=now, allow_nothing=allow_nothing)
    except PositionError:
        # (a listed title said as its season's place: "on ep 2, into the dark next", watched52)
        if (carried := season_carried(titles_placed(text, shape.titles()), shape, now, _read_watched)) is None:
            if (done := done_before_coming(text, shape, now, _read_watched)) is None:
                raise
            carried = (done, None)
        said = Watched(*carried)
    # (and a part out named alone, "s2 part 1": read as begun, the reply says so rather than leave S1E12 unexplained)
    if (why := part_unread(text, shape, now) or part_begun(text, shape, now)) is not None \
            and (part := part_season(text, shape, now)) is not None and said.position.season < part:
        said = replace(said, part_unread=why)
    coming = season_to_come(text)
    end = said.position.season  # (a season's end saved before a later season out, only then the text read again)
    if 1 <= end < shape.last_released(now).season and said.position == shape.last_of(end) \
            and finish_ahead(chat_free(text)) == end + 1:  # "finishing s1 after work, s2 next": season 1's end ahead (watched56)
        raise PositionError(f"\u201c{typed_shown(text)}\u201d says the season to come beside a finish still ahead, so your "
                            f"progress is unchanged: type the last episode you have finished, like S1E5.")
    if coming is None or coming < 2 or not shape.episodes_in(coming - 1) or said.position != shape.last_released(now) \
            or said.position < Position(coming, 1):
        return said
    return Watched(shape.last_of(coming - 1))


def _read_watched(text: str, shape: ShowShape, *, now: dt.datetime, allow_nothing: bool = True) -> Watched:
    """How far `text` says its writer has watched; raises parse_position's PositionError (naming
    what was typed) when no position is in it, or when the one in it does not exist. A sentence of
    clauses ("finished ep 3, starting 4", "ep 8... no wait ep 9") is read when its clauses agree (or
    each says watched on to a later one: "finished s1, on s2 ep 3"); any clause left unread that
    may say more (a number, a "not") has it asked again. A season said before an episode said alone
    ("binging s2, on ep 6", "haven't finished s1, on ep 8") is that episode's; a season said rewatched
    ("rewatching s1, on ep 2 again") was seen to its end."""
    # (struck text taken back before any reader sees it: the strict forms would read "~~finished~~" as said)
    typed, text = text, struck_free(text)
    text = parts_placed(marks_said(this_show_said(text) or own_title_read_past(text), shape.last_released(now).season), shape, now)
    text = titles_placed(text, shape.titles())  # "just finished <a listed title>": that episode
    _refuse_asked(typed, shape, now, allow_nothing)
    refuse_one_night(typed)  # "im done now", "tonight i watched 6 eps": the strict forms read the show's end, ep 6
    if another_show_aside(typed):  # "ep 5 ✔️ (squid game)": that show's place, none of this one's
        raise PositionError(f"\u201c{typed_shown(typed)}\u201d names another show beside it, so your progress is "
                            f"unchanged: type how far into this show you are, like S{shape.last_released(now).season}E5.")
    if events_disagree(chat_free(typed)):
        raise PositionError(f"\u201c{typed_shown(typed)}\u201d names things that happen in different episodes, so nothing "
                            f"was saved: type the last episode you have finished, like S1E5.")
    if done_of_another(typed, shape, now, _read_watched):
        raise PositionError(f"\u201c{typed_shown(typed)}\u201d says the season to come beside something else finished, so your "
                            f"progress is unchanged: type the last episode you have finished, like S1E5.")
    aside = _aside(typed, shape, now, allow_nothing)
    try:
        said = _read_said(text, shape, now, allow_nothing, typed)
    except PositionError:
        if aside is None or _NUMBERED.search(chat_free(_ASIDE.sub(" ", typed))):
            raise
        return aside  # "oh yeah i totally finished it (im on ep 2)": the one place said, in brackets
    return aside if aside is not None and aside.position < said.position else _as_rewatch(said, text, shape)


def _as_rewatch(said: Watched, text: str, shape: ShowShape) -> Watched:
    """"rewatching, on ep 5": season 1's end saved, not the episode said, so marked for the reply to tell why."""
    seasons = {season for part in clauses(text) if (season := season_rewatched(part)) is not None}
    if said.partway is None and len(seasons) == 1 and said.position == shape.last_of(seasons.pop()):
        return replace(said, rewatched=True)
    return said


# "on ep 5?", "ep 3??": a place asked, not said (never "S2 FINALE???", a cry; nor "i think ep 6?", a guess given).
_ASKED = compile_later(r"(?<!\?)\?{1,2}[\s\W]*$")
_HEDGED = compile_later(r"\b(?:i think|i guess|i believe|probably|prob|pretty sure|maybe)\b")
# "on s2 ep 3? nah", "ep 10? nope": a place asked, then answered no by the fan (watched19: saved as asked).
# ... or answered with a doubt: "hoje vejo o 6? não sei", "ep 6? idk" (watched77: saved as asked)
_DENIED = compile_later(r"\?\s*(?:lol |haha |lmao )?(?:nah|nope|no|not yet|idk|i dont know|i don'?t know|not sure|n[aã]o sei|sei l[aá]|no s[eé]"
                        r"|ewan|di ko alam|(?:gak|nggak|ga) ?tau|gatau|không biết|몰라|모르겠\w*|ไม่รู้)(?: (?:lol|lmao|haha\w*))?[\s\W]*$")


def _refuse_asked(typed: str, shape: ShowShape, now: dt.datetime, allow_nothing: bool) -> None:
    """Refuse a text whose last clause is a place said as a question ("on ep 5?"): the fan may be asking whether to
    say it, or what is in it; a question after a place ("im on ep 4, does it get better?") leaves the place said."""
    said = unicodedata.normalize("NFKC", typed).rstrip()
    if (denied := _DENIED.search(said)) is not None:
        said = said[:denied.start() + 1]  # "on s2 ep 3? nah": the question, its answer left off
    if _ASKED.search(said) is None:
        return
    parts = clauses(said)
    if not parts or _HEDGED.search(parts[-1]):
        return
    try:
        _read_one(titles_placed(parts[-1], shape.titles()), shape, now=now, allow_nothing=allow_nothing)
    except PositionError:
        if _left(parts[-1], shape, now) is None:  # (what is left asked too: "2 more to go in s2?", watched51)
            return
    latest = shape.last_released(now).season
    raise PositionError(f"\u201c{typed_shown(typed)}\u201d reads as a question, so your progress is unchanged: type "
                        f"how far you have watched without the question mark, like S{latest}E5.")


# "finished it (the first ep)", "done (well, up to ep 4)": a remark in brackets that is a place of its own.
_ASIDE = compile_later(r"[(\[]([^)\]]*)[)\]]")


def _aside(typed: str, shape: ShowShape, now: dt.datetime, allow_nothing: bool) -> Watched | None:
    """The earliest place said in brackets; read_watched never saves past it, as the fan may be taking back what the
    sentence says (a bracket that reads as no place says nothing more, as before)."""
    found: list[Watched] = []
    for inner in _ASIDE.findall(typed):
        if not inner.strip() or _SEASON_ONLY.match(chat_free(inner)):  # "ep 4 (season 2)": the episode's season
            continue
        try:
            found.append(_read_one(inner, shape, now=now, allow_nothing=allow_nothing))
        except PositionError:
            continue
    return min(found, key=lambda said: said.position, default=None)


# What outside the brackets may name another place with: a number, a number word, an end of the show.
_NUMBERED = compile_later(r"\d|\b(?:" + "|".join(sorted(sorted({*NUMBER_WORDS, *ORDINAL_WORDS}), key=len, reverse=True))
                       + r"|finale|pilot|last|first)\b")
_SEASON_ONLY = compile_later(r"^(?:s|season|시즌) ?\d{1,2}(?: (?:lol|lmao|haha\w*|hehe\w*|ㅋ+|w+|jaja\w*|kkk+|555+))?$")  # ("then s2 lol")


def _read_said(text: str, shape: ShowShape, now: dt.datetime, allow_nothing: bool, typed: str) -> Watched:
    try:
        return _read_one(text, shape, now=now, allow_nothing=allow_nothing)
    except PositionError as refused:
        lead = season_lead(text)
        said = _read_clauses(lead[1], shape, now, allow_nothing, lead[0]) if lead else None
        said = said or _read_clauses(text, shape, now, allow_nothing, None) or _left(text, shape, now)
        if said is not None:
            return said
        rewatched = None if own_first_time(typed) else season_rewatched(text) or season_rewatched(text, seen_again=True) \
            or _rewatch_beside_unfinished(text) \
            or _rewatch_then_where(text, shape, now) or _season_one_rewatched(text, shape, now)
        latest = shape.last_released(now)
        if rewatched is not None and shape.episodes_in(rewatched) and rewatched <= latest.season:
            return Watched(min(shape.last_of(rewatched), latest))
        if (why := part_unread(typed, shape, now)) is not None:  # "part 2 ep 1" before part 2 is out, or parts unlisted
            raise PositionError(f"{why}, so \u201c{typed_shown(typed)}\u201d left your progress unchanged: type the last episode "
                                f"you have finished, like S{latest.season}E3.") from None
        raise clearer(refused, text, latest, typed) from None


# "시즌1 재탕 중인데 시즌2는...": a rewatch said, then ("while") a clause of its own.
_KO_WHILE = compile_later(r"(?<=중)(?:인데|이고)\s+")


def _rewatch_beside_unfinished(text: str) -> int | None:
    """"rewatching s1 while halfway through s2", "rewatching s1 ep 5, haven't finished s2": a season rewatched beside the
    next one said begun and not finished, so the rewatched one is all that is sure seen (None: not so said)."""
    parts = [piece for part in clauses(text) for piece in _KO_WHILE.split(part) if piece.strip()]
    again = [season for part in parts if (season := season_rewatched(part) or season_rewatched(_ONE_EPISODE.sub("", part)))]
    # (the next season said unfinished or not started; "halfway through it": where in the rewatch)
    unfinished = [season for part in parts if (season := season_unfinished(part) or season_not_started(part)) is not None]
    where = [part for part in parts if _IN_IT.match(chat_free(part))]
    if len(again) != 1 or not unfinished or len(again) + len(unfinished) + len(where) != len(parts) or any(later != again[0] + 1 for later in unfinished):
        return None
    return again[0]


def _season_one_rewatched(text: str, shape: ShowShape, now: dt.datetime) -> int | None:
    """"rewatching, on ep 10" once season 2's eight are out: a rewatch naming no season, at an episode no later season
    has, is season 1's (watched32); at one a later season also has ("rewatching, on ep 5") it stays asked (None)."""
    out = shape.last_released(now).season
    said = show_rewatched(text, 1)
    if out < 2 or said == text or _rewatch_then_where(said, shape, now) != 1:
        return None
    numbers = [int(n) for n in re.findall(r"(?<![s\d])\d{1,2}(?!\d)", said)]
    return 1 if numbers and all(_only_season_one_has(n, shape, out) for n in numbers) else None


# Where in a rewatch, said in a short clause of its own ("nasa ep 3 na", "на 3 серии", "jestem na 3 odcinku"), never
# a first time through or an end beside it ("first time i only got to ep 3", "dropped it at ep 3").
_WHERE_SHORT = compile_later(r"^(?!.*\b(?:first|1st|dropped|stopped|quit|gave|only|not|never|left|til|till|until)\b)\S+(?: \S+){0,5}$")


_THEIR_FIRST_TIME = compile_later(r"^(?:my|our) (?!first\b)(?:\S+ )?\S+s first (?:time|watch)$|^(?:hes|shes|theyre|its) (?:his|her|their)"
                                  r" first (?:time|watch)$|^(?:his|her|their) first (?:time|watch)$")


def _rewatch_then_where(text: str, shape: ShowShape, now: dt.datetime) -> int | None:
    """"rewatching s1, jestem na 3 odcinku": a season said rewatched, then where in it in words another language's
    readers read (a place of that season), so it was seen to its end (None: not so said)."""
    parts = clauses(text)
    again = [season_rewatched(part) for part in parts]
    season = next((said for said in again if said is not None), None)
    if season is None or again.count(season) != 1 or len(parts) < 2:
        return None
    for part, said in zip(parts, again, strict=True):
        if said is None and _THEIR_FIRST_TIME.match(chat_free(part)):
            continue  # "my little bro's first time so i'm rewatching with him": his first time, not the fan's
        if said is None:
            if not _WHERE_SHORT.match(chat_free(part)):
                return None
            try:
                where = _read_one(part, shape, now=now, allow_nothing=False, season=season).position
            except PositionError:
                return None
            if where.season != season:
                return None
    return season


_IN_IT = compile_later(r"^(?:im |i am )?(?:halfway|midway|partway|almost done|in the middle) (?:through|thru|with|of)? ?it$")
# "rewatching s1 ep 5": the rewatch of season 1, where in it said after
_ONE_EPISODE = compile_later(r"(?<=\d) ?(?:e|ep|episode) ?\d{1,2}$")


def _read_clauses(
    text: str, shape: ShowShape, now: dt.datetime, allow_nothing: bool, season: int | None
) -> Watched | None:
    """read_watched's reading of a sentence clause by clause (None: asked again). An episode said
    alone takes the season said before it (`season`, or an earlier clause's); a clause saying what
    is not watched yet ("not ep 10 yet") is a bound the reading must stay before."""
    parts = finished_beside(started_beside(clauses(text)))
    # ("terminé el cap 4 y volví a ver el 2": the episode watched again was seen before, the place is the other's)
    parts = [part for part in parts if not one_episode_again(part)] if len(parts) > 1 else parts
    if len(parts) > 1 and any(_THIS_ONE.search(chat_free(part)) for part in parts):
        # "on ep 3 of this one, ep 9 of kingdom": an episode of any other title beside this one's is that show's (fix122)
        parts = [part for part in parts if _THIS_ONE.search(chat_free(part)) or not _OF_ANOTHER.match(chat_free(part))]
    if len(parts) < 2 and parts == [chat_free(text)] and season is None:
        return None
    read: list[tuple[str, Watched]] = []
    bounds: list[Position] = []
    coming: set[int] = set()  # seasons said still to come beside the place ("on ep 10 of s1, s2 next")
    ahead = False
    later = next((started for part in parts if (started := season_not_started(part)) is not None and started > 1), None)
    if season is None and later == 2:
        # "4화까지 봤어, 시즌2는 아직", "on ep 9, haven't started s2": season 1's episode (never "haven't started s3", which
        # leaves season 1 or 2)
        season = 1
    whole = season_to_come(text) or 0  # ("2 left then s2": "then s2" cut off as a bare "s2", the season to come)
    for at, part in enumerate(parts):
        alone = _SEASON_ONLY.match(chat_free(part))
        if len(parts) > 1 and (next_season := season_to_come(part) or (whole if alone and at == len(parts) - 1 else 0)) > 1 \
                and len(_NUMBERS.findall(chat_free(part))) == 1 and (not alone or int(_NUMBERS.findall(alone.group())[0]) == next_season):
            coming.add(next_season)  # "on ep 10 of s1, s2 next": the season to come is no place, the other clause's is
            continue
        try:
            its = season if season_named(part) is None else None  # "s2 rated 8.5, im on s1 ep 6": its own season
            read.append((part, _read_one(part, shape, now=now, allow_nothing=allow_nothing, season=its)))
        except PositionError:
            # "2 eps left but theyre the long ones"; "2 of s2 down, 6 to go": counted in the season of the place just read,
            # or of the season the clause just read says begun ("almost done with s2, 1 ep left", watched40)
            # ("almost done with s1, 1 ep left" once season 2 is out: the season said begun, though no place was read from it)
            its = season if read and read[-1][1].position.season == season else _season_begun(read[-1][0] if read else parts[at - 1]) if at else None
            if not its and whole > 1 and at < len(parts) - 1 and (_SEASON_ONLY.match(chat_free(parts[-1])) or season_to_come(parts[-1]) == whole):
                its = whole - 1  # "2 left then s2": of the season before the one said after it (never "ready for s2, 2 eps left")
            if (left := _left(part, shape, now, its)) is not None:
                read.append((part, left))
                continue
            again = season_rewatched(part) or season_rewatched(_ONE_EPISODE.sub("", part))  # "rewatching s1 ep 3"
            if again is not None and again < shape.last_released(now).season:
                season = again  # "rewatching s1, on ep 3, finished s2": its places are the rewatch's (_past_a_rewatch)
                continue
            unseen = not_seen(part)
            if unseen is None and (started := season_not_started(part)) is not None:
                unseen = f"started s{started}"  # "시즌2는 아직", "todavía no empiezo la 2": as "haven't started s2"
            bound = _bound(unseen, shape, now, season) if unseen is not None else None
            if bound is not None:
                bounds.append(bound)
            elif later is not None and season_not_started(part) == later and not shape.episodes_in(later):
                continue  # "haven't started s2" before season 2 is out: nothing more than the place beside it
            elif _OTHER_PLACE.match(chat_free(part)) and any(_THIS_ONE.search(chat_free(other)) for other in parts):
                continue  # "on ep 3 of this one, ep 9 of squid game": that show's place, beside this one's (watched76)
            elif another_show_watched(part):
                return None  # (a clause "在看别的剧": the place after it is that show's)
            elif may_say_more(part):
                if not not_out(part, shape, now) and not part_not_out(part, shape, now):
                    return None
                ahead = True  # "finished s1, on s2 ep 2" before season 2 is out: a hope or a mistake, no place
            elif (bare := _SEASON_ONLY.match(chat_free(part))) is not None:
                season = int(re.sub(r"\D", "", bare.group()))  # "season two, episode three": that season's episode
                continue
            elif _PLANNED.search(said := chat_free(part)) and (planned := _PLANNED_EPISODE.search(said)) is not None \
                    and not _AGAIN.search(said) and (bound := _bound(f"ep {planned[1]}", shape, now, season)) is not None:
                bounds.append(bound)  # "finish ep 10 tomorrow, 2 left": ep 10 still to finish (watched58)
            else:
                continue  # a clause that says nothing ("s2 next week"): its season is no episode's
        if (named := season_named(part)) is not None and not core(part)[0].startswith("finished season"):
            season = named  # "haven't finished s1 yet, on ep 8"; never after a whole season ("finished s1, on ep 3")
        elif named is not None and shape.episodes_in(named + 1) and Position(named + 1, 1) <= shape.last_released(now):
            season = named + 1  # "finished s1, on ep 3": the next season's, once it is out
    # "udah ep 5, nanti malem ep 7": a plan beside a place said is no watch, only a bound the place stays before (the
    # place said, never the one before the plan; a place past the plan is asked again; never a finish planned, "gonna
    # finish ep 4 tonight": partway into it; watched75)
    plans = [(part, said) for part, said in read if said.partway is not None and _PLANNED.search(chat_free(part))
             and not _AGAIN.search(chat_free(part)) and "finish" not in chat_free(part)]
    if plans and len(plans) < len(read):
        bounds.extend(said.partway for _, said in plans if said.partway is not None)
        read = [entry for entry in read if entry not in plans]
    if not read or (ahead and not all(season_named(part) for part, _ in read)):
        return None  # (beside a season not out, only a place said with its season: "s1 ep 7 rn, s2 someday")
    if not (read := _past_a_rewatch(read, parts)):
        return None  # "rewatching s1, on ep 3": all of season 1, read whole (_read_said)
    last = read[-1][1]
    if any(not last.position.season <= season <= last.position.season + 1 for season in coming):
        return None  # ("on ep 10 of s1, s3 next": the season to come is not the next one; "rest of s2 tomorrow" its own)
    onward = says_where(read[-1][0])  # "finished s1, on s2 ep 3 now", never "finished ep 11, ep 12 tonight"
    # ("fell asleep during ep 3, finished it this morning": partway into the episode then said seen, watched46)
    if all(said.position == last.position or (said.position < last.position and (says_seen(part) or (said.partway == last.position and read[-1][0].startswith("finished "))) and onward)
           or _season_then_next(part, said.position, last.position, shape) or _started_then(part, last.position)
           for part, said in read[:-1]) \
            and all(last.position < bound for bound in bounds):
        return last
    return None


_NUMBERS = compile_later(r"\d+")
_OTHER_PLACE = compile_later(rf"^(?:on |at )?(?:ep|episode) ?\d{{1,2}} (?:of|from|in) (?:{OTHER_SHOWS})$")
_THIS_ONE = compile_later(r"\d{1,2} of this (?:one|1|show)$")
_OF_ANOTHER = compile_later(r"^(?:on |at )?(?:ep|episode) ?\d{1,2} (?:of|from|in) (?!this\b|s\d|season\b)[a-z][a-z' ]{0,40}$")
# An episode still to watch or finish, said with when or a plan ("finish ep 10 tomorrow", "gonna watch ep 5")
# ("terminé, esta noche el 6", "tapos na ako, mamaya ep 6": a plan beside a bare finish, no end of the show; review71d)
_PLANNED = compile_later(rf"{TIME_TO_COME}|\bmamaya\b|\b(?:gonna|going to|will|wanna|want to|gotta|need to|have to) (?:finish|watch)\b")
_PLANNED_EPISODE = compile_later(r"\b(?:ep|episode|e|el|o|cap|tập) ?(\d{1,2})\b")
# ... never one planned again ("im on ep 4, tonight rewatching ep 1 again": seen before, no bound; watched74)
_AGAIN = compile_later(r"\bre-?watch|\bagain\b|\bulit\b|(?:xem|coi) lại\b|de nuevo|otra vez|de novo|다시")


def _past_a_rewatch(read: list[tuple[str, Watched]], parts: list[str]) -> list[tuple[str, Watched]]:
    """"rewatching s1, on ep 3, finished s2 already": the places in a season said rewatched were seen before, so what
    is said seen of a later season is how far the fan is (only when every clause left says seen, and they agree);
    none left: the rewatch alone."""
    again = next((season for part in parts  # "rewatching s1 ep 3, finished s2 ep 2": ep 3 of the rewatch
                  if (season := season_rewatched(part) or season_rewatched(_ONE_EPISODE.sub("", part))) is not None), None)
    if again is None:
        return read
    later = [(part, said) for part, said in read if said.position.season > again]
    if len(later) == len(read):
        return read
    if not all(says_seen(part) for part, _ in later) or any(said.position != later[-1][1].position for _, said in later):
        return []  # the rewatch's place against another: asked again, or season 1's end alone (_read_said)
    return later


def _left(text: str, shape: ShowShape, now: dt.datetime, of: int | None = None) -> Watched | None:
    """What is left said ("2 eps left", "only the finale left"): the episode before the first one left (progress_left)."""
    # (what is left read as a place, a part's end too: "saving the last ep of part 2 for next week", watched51)
    first = first_left(text, shape, now, lambda said: _read_one(part_end_placed(said, shape, now), shape, now=now, allow_nothing=False).position, of)
    return None if first is None else Watched(before(first, shape))


def _bound(unseen: str, shape: ShowShape, now: dt.datetime, season: int | None) -> Position | None:
    """The first episode not watched yet, from what a clause says is not ("finished s1": S1E12, "started s2": S2E1)."""
    if (started := season_not_started(f"havent {unseen}")) is not None:
        return Position(started, 1) if shape.episodes_in(started) else None
    if not any(ch.isdigit() for ch in unseen):  # "ep 4, not done": the episode said, not one after it
        return None
    try:
        return _read_one(unseen, shape, now=now, allow_nothing=False, season=season).position
    except PositionError:
        return None


# "started s2", "halfway through season 2": the season begun, its place said after ("started s2, 2 eps in", "s2 part 1
# done, on s2 ep 5": that part said as halfway through the season by bot.progress_seasons).
_STARTED_SEASON = compile_later(r"^(?:i )?(?:just |already )?(?:started|began|begun|halfway (?:through|thru|into)"
                                r"|(?:im )?(?:almost|nearly) (?:done|finished|through)(?: with)?) (?:s|season) ?(\d{1,2})$")


def _season_begun(part: str) -> int | None:
    """The season a clause says begun or partway through ("started s2", "almost done with s2": 2), else None."""
    started = _STARTED_SEASON.match(chat_free(part))
    return None if started is None else int(started[1])


# "started it", "started watching": the show begun, said before the place it is at now (stop 57's "started it before s2 was
# announced, on ep 3", its news read past)
_SHOW_STARTED = compile_later(rf"^(?:i |we )?(?:first )?{SHOW_BEGUN}$")


def _started_then(part: str, last: Position) -> bool:
    """"started s2, 2 eps in": a season said begun (or partway through), then a place in it; "started it, on ep 3": the
    show begun, then a place in it."""
    return _season_begun(part) == last.season or _SHOW_STARTED.match(chat_free(part)) is not None


def _season_then_next(part: str, seen: Position, last: Position, shape: ShowShape) -> bool:
    """"finished s1 and s2 ep 1": a whole season said seen, then an episode of the next season."""
    return says_seen(part) and seen == shape.last_of(seen.season) and last.season == seen.season + 1


def _read_one(
    text: str, shape: ShowShape, *, now: dt.datetime, allow_nothing: bool, season: int | None = None
) -> Watched:
    """One clause's position (read_watched), its chat read past; an episode said without its season
    once a later one is out ("ep 3", "3화") is asked again: season 1's or the latest's is not said,
    unless the sentence said it before (`season`)."""
    said = _read_one_said(text, shape, now=now, allow_nothing=allow_nothing)
    named = said.partway or said.position
    out = shape.last_released(now).season
    # "halfway through season 2" (all of season 1 seen) before season 2 is out; only a season's end may be read so
    into = (season_into(text) or 0) if said.partway is None and named == shape.last_of(named.season) else 0
    if (season is not None and season > out and named != NOTHING) or into > out:
        raise PositionError(f"Season {max(season or 0, into)} has not come out yet.")  # "watching s2, on ep 3"
    unsaid = season_unsaid(events_said(text.casefold()), named.season, named.episode, out)  # "the library ep": s1
    if unsaid and season is not None and season > 1 and named != NOTHING:
        return _in_season(said, season, shape, now)
    if unsaid and season != 1 and not _only_season_one_has(named.episode, shape, out):
        raise PositionError(unsaid)
    return said


def _in_season(said: Watched, season: int, shape: ShowShape, now: dt.datetime) -> Watched:
    """`said` (read as season 1's) as season `season`'s episode of that number, if it is out."""
    named = Position(season, (said.partway or said.position).episode)
    if not shape.contains(named) or named > shape.last_released(now):
        raise PositionError(f"There is no {named.typed_label} out yet.")  # never "all of season 2"
    return Watched(before(named, shape), named) if said.partway else Watched(named)


# "second to last ep", "the penultimate one": the episode before the finale.
# "the one before the finale", "the ep right before the s2 finale", "마지막 전 화" (the one before the last).
_PENULTIMATE = compile_later(r"(?i)\b(?:the )?(?:second|2nd) (?:to|from) (?:the )?last (?:ep|episode|one)\b"
                          r"|\b(?:the )?penultimate (?:ep|episode|one)\b"
                          r"|\b(?:the )?(?:one|ep|episode) (?:right |just )?before the (?=(?:(?:s|season) ?\d{1,2} )?(?:finale|last (?:ep|episode|one))\b)"
                          r"|마지막 ?(?:바로 ?)?전 ?(?=[화회편])")


def _the_finale(found: re.Match[str]) -> str:
    """What a penultimate is said before: the finale itself ("the one before the s2 finale": "the s2 finale")."""
    if found.group().startswith("마지막"):
        return "마지막 "
    return "" if found.group().rstrip().endswith("the") else "the finale"


def _read_one_said(text: str, shape: ShowShape, *, now: dt.datetime, allow_nothing: bool) -> Watched:
    if _PENULTIMATE.search(text):  # read as the finale ("which season's?" once a later one is out), then the one before
        finale = _read_one_said(_PENULTIMATE.sub(_the_finale, text), shape, now=now, allow_nothing=allow_nothing)
        named = before(finale.partway or finale.position, shape)
        return Watched(before(named, shape), named) if finale.partway else Watched(named)
    if BARE_DONE.match(chat_free(text)):  # "finished!", "done!!": the keyword said in chat names no season
        text = "finished it"
    try:
        return Watched(parse_position(text, shape, now=now, allow_nothing=allow_nothing))
    except PositionError as refused:
        bare = "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk")).strip().rstrip("!~ ")
        if bare != text.strip():  # "S2 done 💀", "finished the first season!": an emoji, a cry say nothing more
            try:
                return Watched(parse_position(bare, shape, now=now, allow_nothing=allow_nothing))
            except PositionError:
                pass
        if (season := season_not_started(text)) is not None and season > 1:  # "haven't started s2": S1 not said
            raise PositionError(
                f"Not started season {season} yet: how far into season {season - 1} are you? Type "
                f"\u201cfinished season {season - 1}\u201d, or its episode, like S{season - 1}E5."
            ) from None
        said, partway = core(text)
        said = out_of(said, shape, now)
        if not said:
            raise
        try:
            found = parse_position(said, shape, now=now, allow_nothing=allow_nothing)
        except PositionError as inner:
            # "im on ep 13", "im on season 1": what is wrong with the episode read is the reason to give
            raise (refused if str(inner).startswith("\u201c") else inner) from None
    if partway and found:
        return Watched(before(found, shape), found)
    return Watched(found)


# Words fans start typing for an end of the show ("fin" for finished, "la" for latest): completed.
_WORDS = ("latest", "finished", "everything", "caught up", "the finale", "pilot", "nothing", "not started")
_EPISODE_WORDS = ("latest", "the finale", "finale", "pilot")  # an episode asked for, not how far one is


def watched_choices(
    shape: ShowShape, typed: str, *, now: dt.datetime, limit: int = 25, allow_nothing: bool = True
) -> list[tuple[str, str]]:
    """/progress autocomplete: the positions `typed` matches (bot.show.position_choices); else the one
    a chat sentence says ("im on ep 3 rn", "halfway through ep 4": the one before, named so), or the
    words for an end of the show that `typed` begins ("fin", "la"). Names carry no titles. Without
    `allow_nothing` (/episode), only episodes, and no sentence is read."""
    choices = position_choices(shape, typed, now=now, limit=limit, allow_nothing=allow_nothing)
    if choices or not typed.strip():
        return choices
    said = None
    if allow_nothing:
        try:
            said = read_watched(typed, shape, now=now)
        except PositionError:
            said = None
    if said is not None:
        name = f"{said.position.heading} ({said.position})"
        if said.partway is not None:
            name += f": still watching {said.partway}"
        return [(name, str(said.position))]
    start = chat_free(typed)
    found: dict[Position, str] = {}
    for word in _WORDS if allow_nothing else _EPISODE_WORDS:
        if len(start) >= 2 and word.startswith(start):
            try:
                position = parse_position(word, shape, now=now)
            except PositionError:  # "the finale" once season 2 is out: which season's is asked then
                continue
            found.setdefault(position, f"{word.capitalize()}: {position.label} ({position})")
    return [(name, str(position)) for position, name in found.items()][:limit]
