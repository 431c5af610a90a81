"""python -m bench.trivia_import [--verbose]: lists as moderators write them, through `/triviaset import`.

Every file in tests/trivia/fixtures/imports/ (or --set: moderators, imports_moderators/, is a second set;
fans, imports_fans/, a third; wild5, imports_wild5/, a fifth, whose expected.yaml may give the list's `name`;
wild6, imports_wild6/, a sixth; wild7, imports_wild7/, a seventh; wild8, imports_wild8/, an eighth; wild9, imports_wild9/, a ninth; wild10,
imports_wild10/, a tenth; wild11, imports_wild11/, an eleventh; wild12, imports_wild12/, a twelfth; wild13,
imports_wild13/, a thirteenth; wild14, imports_wild14/, a fourteenth; wild15, imports_wild15/, a fifteenth; wild16, imports_wild16/, a sixteenth;
wild17, imports_wild17/, a seventeenth; wild18, imports_wild18/, an eighteenth, whose `_show` lists a later season as out;
wild19, imports_wild19/, a nineteenth (non-English servers' lists before season 2);
wild20, imports_wild20/, a twentieth (season 2's release-party lists, uploaded before it is out);
wild21, imports_wild21/, a twenty-first (release week: other bots' exports, placeholders, hostile files);
wild22, imports_wild22/, a twenty-second (a rewatch month: lists by episode, spoiler ranges, Google Docs pastes);
wild23, imports_wild23/, a twenty-third (hunting wrong imports in those shapes: other headings, answers like ranges);
wild24, imports_wild24/, a twenty-fourth (countdown and release-week lists from fans' tools: phones, locales, apps);
wild25, imports_wild25/, a twenty-fifth (lists brought from other bots and tools: Open Trivia DB, Anki, Kahoot, Forms);
wild26, imports_wild26/, a twenty-sixth (lists moderators type for a season-2 launch party: Discord style, sheets, hostile);
wild27, imports_wild27/, a twenty-seventh (lists written after season 2 is out: episode marks of both seasons, S3E1);
wild28, imports_wild28/, a twenty-eighth (hostile and messy uploads: merged headers, entities, aliases, encodings, bars);
wild29, imports_wild29/, a twenty-ninth (quiz apps' exports for this show: Kahoot, Quizizz, fates told by answers, marks);
wild30, imports_wild30/, a thirtieth (season 2's release lists: Part 1 / Part 2 marks, Blooket, Gimkit, markdown, names);
wild31, imports_wild31/, a thirty-first (season 2's release weeks, Part 1 out, Part 2 listed: part marks, other sites);
wild32, imports_wild32/, a thirty-second (release weeks again, a 6 + 6 split: a later part's episode, 2x09, exports);
wild33, imports_wild33/, a thirty-third (the same split, hunting over-reads: quiz rounds, points, years, other shows);
wild34, imports_wild34/, a thirty-fourth (the same split: part headings over "(ep 3)", [P2E3], parts in words, exports);
wild35, imports_wild35/, a thirty-fifth (the same split: P2E1, 2x07, "ep 7 overall", headings in four languages, apps),
wild36, imports_wild36/, a thirty-sixth (the same split, hunting over-reads: "second part of the episode", quiz parts, polls),
wild37, imports_wild37/, a thirty-seventh (the same split: Part 1's night, prefixes before marks, "come back", bars, exports),
wild38, imports_wild38/, a thirty-eighth (the same split, hunting over-reads: a quiz's own parts and rounds, "#1 - " lines),
wild39, imports_wild39/, a thirty-ninth (the same split, hunting under-gating: unmarked lists titled for season 2, newcomers),
wild40, imports_wild40/, a fortieth (the same split: marks in many shapes on some rows, "episode 1-3 quiz", sheets abroad),
wild41, imports_wild41/, a forty-first (the same split, hunting under-gating: ranges and bounds in titles, "S1E10-S2E2", "6화까지"),
wild42, imports_wild42/, a forty-second (the same split, hunting under-gating: dates and counts in titles, bounds abroad, Spoiler columns),
wild43, imports_wild43/, a forty-third (the same split, hunting under-gating: bounds beside dates and seasons, "6話まで" on a row, newcomers),
wild44, imports_wild44/, a forty-fourth (the same split, hunting under-gating: bounds on a row, beside smaller dates, of other shows),
wild45, imports_wild45/, a forty-fifth (the same split, hunting under-gating: headers naming Part 2, forbidding it, two shows, closing lines),
wild46, imports_wild46/, a forty-sixth (the same split, both ways: a season-1 quiz's own "part 2", closing lines bounding Part 1, hashtags and tabs),
wild47, imports_wild47/, a forty-seventh (the same split, hunting over-reads of wild46's: quizzes' own "Part 2" rows, "|---|", other shows' Part 1),
wild48, imports_wild48/, a forty-eighth (the same split, hunting over-reads of stop 66's: "next week: season 2 part 2 quiz", "1, parte 2:"),
wild49, imports_wild49/, a forty-ninth (the same split, hunting over-reads of stop 67's: "tonight's was season 2 part 2", "Bonus:" rows),
wild50, imports_wild50/, a fiftieth (the same split, hunting over-reads of stop 68's: bars around questions, "(ep 12)" notes, 殺/杀),
wild51, imports_wild51/, a fifty-first (the same split, hunting over-reads of stop 69's: "(season 1 spoilers too)", "S2 퀴즈", "2期", titles abroad),
wild52, imports_wild52/, a fifty-second (the same split, both ways in stop 70's: Nam-ra's choice, state and love, "Who shoots So-ju?", "Hyosan S2"),
wild53, imports_wild53/, a fifty-third (the same split, both ways in stop 71's: Nam-ra's choice abroad, lists written before season 2, "episodes 4 to 6"),
whose `_show` may list a later part's episodes (`later`) for a later premiere, and whose expected.yaml may give `upload_as`, the file name the moderator's upload carries;
or --data: any
such folder) is uploaded by a moderator of the in-process sandbox
(the real bot, the real command, the real service and database) and judged against expected.yaml
there (what each file must do, written with the files, before the importer was changed):
- right: imported with the expected questions and answers, nothing dropped or mangled, the named
  warnings given, the reply saying what expected's `says` asks (the encoding it read, say); or refused with a message naming the expected lines (and saying what the file
  is, where expected says so);
  (or, where expected gives `kept`, a list of that name already there asked about and left as it was);
- unclear: refused, as it must be, but the message misses an expected line or explanation;
- wrong: anything else (a question stored from a refused file, a reply that shows in the clear what `unsaid` lists too): imported when it must be refused or the reverse, a question dropped or an
  answer changed, a warning missing, an error reply, or a post (the reply, /trivia info, a game of
  the list) that pings anyone.
Where expected.yaml gives a question's `truth` (the episode it really spoils), its stored tag is
scored: under-gated (asked or shown before that episode: the worst), over-gated (kept from fans who
could have had it) or exact; where it gives `typed` guesses, each is judged by the game's own matcher
(right ones refused, wrong ones accepted). These figures are in the summary beside the verdicts.
Prints a JSON summary; --verbose says why each file that is not right is not, and every gating and
typed miss.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

from bot.app import EXTENSIONS
from bot.clock import ManualClock
from bot.harness import Harness
from bot.sandbox import Attachment
from bot.show import EpisodeInfo, ShowShape, read_position

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "trivia" / "fixtures"
DATA = FIXTURES / "imports"
SETS = {"imports": DATA, "moderators": FIXTURES / "imports_moderators", "fans": FIXTURES / "imports_fans",
        "wild5": FIXTURES / "imports_wild5", "wild6": FIXTURES / "imports_wild6",
        "wild7": FIXTURES / "imports_wild7", "wild8": FIXTURES / "imports_wild8",
        "wild9": FIXTURES / "imports_wild9", "wild10": FIXTURES / "imports_wild10",
        "wild11": FIXTURES / "imports_wild11",
        "wild12": FIXTURES / "imports_wild12",
        "wild13": FIXTURES / "imports_wild13",
        "wild14": FIXTURES / "imports_wild14",
        "wild15": FIXTURES / "imports_wild15",
        "wild16": FIXTURES / "imports_wild16",
        "wild17": FIXTURES / "imports_wild17",
        "wild18": FIXTURES / "imports_wild18",
        "wild19": FIXTURES / "imports_wild19",
        "wild20": FIXTURES / "imports_wild20",
        "wild21": FIXTURES / "imports_wild21",
        "wild22": FIXTURES / "imports_wild22",
        "wild23": FIXTURES / "imports_wild23",
        "wild24": FIXTURES / "imports_wild24",
        "wild25": FIXTURES / "imports_wild25",
        "wild26": FIXTURES / "imports_wild26",
        "wild27": FIXTURES / "imports_wild27",
        "wild28": FIXTURES / "imports_wild28",
        "wild29": FIXTURES / "imports_wild29",
        "wild30": FIXTURES / "imports_wild30",
        "wild31": FIXTURES / "imports_wild31",
        "wild32": FIXTURES / "imports_wild32",
        "wild33": FIXTURES / "imports_wild33",
        "wild34": FIXTURES / "imports_wild34",
        "wild35": FIXTURES / "imports_wild35",
        "wild36": FIXTURES / "imports_wild36",
        "wild37": FIXTURES / "imports_wild37",
        "wild38": FIXTURES / "imports_wild38",
        "wild39": FIXTURES / "imports_wild39",
        "wild40": FIXTURES / "imports_wild40",
        "wild41": FIXTURES / "imports_wild41",
        "wild42": FIXTURES / "imports_wild42",
        "wild43": FIXTURES / "imports_wild43",
        "wild44": FIXTURES / "imports_wild44",
        "wild45": FIXTURES / "imports_wild45", "wild46": FIXTURES / "imports_wild46",
        "wild47": FIXTURES / "imports_wild47",
        "wild48": FIXTURES / "imports_wild48",
        "wild49": FIXTURES / "imports_wild49",
        "wild50": FIXTURES / "imports_wild50",
        "wild51": FIXTURES / "imports_wild51",
        "wild52": FIXTURES / "imports_wild52", "wild53": FIXTURES / "imports_wild53"}
TRIVIA = tuple(dict.fromkeys((*EXTENSIONS, "cogs.trivia")))


_TALLY = ("under_gated", "over_gated", "gated_right", "right_accepted", "right_refused", "wrong_refused",
          "wrong_accepted")


def _pings(messages: list[Any]) -> list[str]:
    return [p for m in messages for p in m.mentions_pinged]


async def _questions(h: Harness, name: str) -> dict[str, Any]:
    cog: Any = h.bot.get_cog("Trivia")
    questions, _ = await cog.service._library.pool(h.guild.id)
    return {q.text: q for q in questions if q.list_name == name}


async def _stored(h: Harness, name: str) -> dict[str, list[str]]:
    return {text: list(q.answers) for text, q in (await _questions(h, name)).items()}


def _in_the_clear(text: str) -> str:
    """The reply without what spoiler bars hide."""
    return re.sub(r"\|\|.+?\|\|", "", text, flags=re.DOTALL)


async def _play(h: Harness, name: str) -> list[str]:
    """Start a typed game of the list, let every question time out; what went wrong on the way."""
    channel = h.channels["trivia"]
    before = len(h.discord.messages(channel))
    reply = await h.discord.invoke(h.fan, channel, "trivia", "start", category=name, mode="typed", questions=3)
    problems = [f"/trivia start pinged {p}" for p in reply.mentions_pinged]
    for _ in range(8):
        await h.discord.say(h.fan, channel, "@everyone hi")  # chat in the game; nothing it says may ping
        await h.advance(dt.timedelta(seconds=35))
        await asyncio.sleep(0.05)
    await h.discord.invoke(h.moderator, channel, "trivia", "stop")
    posts = [m for m in h.discord.messages(channel)[before:] if m.author_id == h.discord.store.bot_user_id]
    if not posts:
        problems.append(f"the game posted nothing ({reply.text[:120]!r})")
    problems += [f"a game post pinged {p}" for p in _pings(posts)]
    for post in posts:
        if post.text.count("||") % 2:
            problems.append(f"a game post has unbalanced spoiler bars: {post.text[:160]!r}")
    return problems


def _lines_named(text: str, lines: list[int]) -> list[int]:
    return [n for n in lines if not re.search(rf"\bline {n}\b", text)]


def _gates(questions: dict[str, Any], want: dict[str, Any], tally: dict[str, Any]) -> None:
    """Each question's stored tag against the episode it really spoils."""
    for question, position in (want.get("truth") or {}).items():
        got = questions.get(str(question))
        if got is None:
            continue  # counted as missing by the verdict
        truth = read_position(str(position))
        kind = "under_gated" if got.spoils < truth else "over_gated" if got.spoils > truth else "gated_right"
        tally[kind] += 1
        if kind != "gated_right":
            tally["misses"].append(f"{kind}: {question!r} stored {got.spoils or 0}, spoils {position}")


def _typed(h: Harness, questions: dict[str, Any], want: dict[str, Any], tally: dict[str, Any]) -> None:
    """Guesses players type, judged by the game's own matcher (the one the cog loaded)."""
    cog: Any = h.bot.get_cog("Trivia")
    matcher = cog.service._answering.matcher
    for question, guesses in (want.get("typed") or {}).items():
        got = questions.get(str(question))
        if got is None:
            continue
        for right, key in ((True, "right"), (False, "wrong")):
            for guess in guesses.get(key) or ():
                taken = matcher.judge(str(guess), got, h.guild.id).correct
                kind = ("right_accepted" if taken else "right_refused") if right else (
                    "wrong_accepted" if taken else "wrong_refused")
                tally[kind] += 1
                if kind in ("right_refused", "wrong_accepted"):
                    tally["misses"].append(f"{kind}: {question!r} {list(got.answers)} <- {guess!r}")


async def judge(
    h: Harness, path: Path, want: dict[str, Any], tally: dict[str, Any] | None = None
) -> tuple[str, list[str]]:
    name = str(want.get("name") or "imp-" + re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-"))
    data = await asyncio.to_thread(path.read_bytes)
    reply = await h.discord.invoke(
        h.moderator, h.channels["general"], "triviaset", "import", name=name,
        file=Attachment(str(want.get("upload_as") or path.name), data),
        timeout=60.0,  # thousands of questions take seconds on a loaded 2-core machine (Discord allows 15 min)
    )
    text = re.sub(r"\\(.)", r"\1", reply.text)  # as a reader sees it: markdown's escapes shown as what they escape
    why = [f"the reply pinged {p}" for p in reply.mentions_pinged]
    why += [f"the reply shows {s!r} in the clear" for s in want.get("unsaid") or () if s in _in_the_clear(text)]
    if "went wrong" in text.lower() or "traceback" in text.lower():
        return "wrong", [*why, f"error reply: {text[:200]!r}"]
    imported = text.startswith("Imported **")
    if imported and (stored_as := re.match(r"Imported \*\*(.+?)\*\*", text)) is not None:
        name = stored_as.group(1)  # a name given in expected.yaml is stored as the import command spells it
    if "refused" in want:
        if imported:
            return "wrong", [*why, f"imported, should be refused: {text[:200]!r}"]
        missing = _lines_named(text, list(want["refused"]))
        unclear = [f"does not name line {n}" for n in missing]
        if "says" in want and not re.search(want["says"], text):
            unclear.append(f"does not say {want['says']!r}")
        if (kept := await _stored(h, name)) and len(kept) != want.get("kept", 0):  # `kept`: a list already there
            why.append(f"refused, yet {len(kept)} questions were stored")
        if why:
            return "wrong", why
        return ("unclear", [*unclear, repr(text[:300])]) if unclear else ("right", [])
    if not imported:
        return "wrong", [*why, f"refused, should be imported: {text[:300]!r}"]
    stored = await _stored(h, name)
    if len(stored) != want["imported"]:
        why.append(f"{len(stored)} questions stored, {want['imported']} expected: {list(stored)}")
    for question, answers in (want.get("answers") or {}).items():
        got = stored.get(str(question))
        if got is None:
            why.append(f"question {question!r} missing (stored: {list(stored)[:5]})")
        elif got[: len(answers)] != [str(a) for a in answers]:
            why.append(f"answers of {question!r} are {got}, expected {answers}")
    questions = await _questions(h, name)
    if tally is not None:
        _gates(questions, want, tally)
        _typed(h, questions, want, tally)
    for question, position in {**(want.get("spoils") or {}), **(want.get("named") or {})}.items():
        got = questions.get(str(question))
        if got is not None and got.spoils < read_position(str(position)):
            why.append(f"{question!r} is stored spoiling {got.spoils or 0}, so it is asked before {position}")
    if "says" in want and not re.search(want["says"], text):
        why.append(f"the reply does not say {want['says']!r}: {text[:300]!r}")
    for n in _lines_named(text, list(want.get("warn") or [])):
        why.append(f"no warning names line {n}: {text[:300]!r}")
    info = await h.discord.invoke(h.fan, h.channels["general"], "trivia", "info", options={"list": name})
    why += [f"/trivia info pinged {p}" for p in info.mentions_pinged]
    if want.get("play"):
        why += await _play(h, name)
    return ("wrong", why) if why else ("right", [])


def _show(setup: dict[str, Any] | None) -> dict[str, Any]:
    """The bot's options for a set uploaded after a later season is out (`_show`: season, episodes, premiere; `later`:
    the episode a later part starts at and that part's premiere, when only the first part is out)."""
    if not setup:
        return {}
    show = ShowShape.season_one()
    aired = dt.datetime.fromisoformat(str(setup["premiere"]))
    later = setup.get("later") or {}
    start = int(later.get("from") or int(setup["episodes"]) + 1)
    then = dt.datetime.fromisoformat(str(later.get("premiere") or setup["premiere"]))
    season = int(setup["season"])
    show.add_episodes(season, [EpisodeInfo(season, n, None, aired if n < start else then)
                               for n in range(1, int(setup["episodes"]) + 1)])
    return {"show": show}


async def run(data: Path) -> dict[str, Any]:
    expected = yaml.safe_load((data / "expected.yaml").read_text(encoding="utf-8"))
    options = _show(expected.pop("_show", None))
    verdicts: dict[str, tuple[str, list[str]]] = {}
    tally: dict[str, Any] = {k: 0 for k in _TALLY} | {"misses": []}
    with tempfile.TemporaryDirectory() as tmp:
        clock = ManualClock(dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC))
        async with Harness.start(Path(tmp), clock=clock, extensions=TRIVIA, bot_options=options) as h:
            for name, want in expected.items():
                verdicts[name] = await judge(h, data / name, want, tally)
    counts = {kind: sum(1 for v, _ in verdicts.values() if v == kind) for kind in ("right", "unclear", "wrong")}
    misses = tally.pop("misses")
    scored = {k: v for k, v in tally.items() if any(tally[g] for g in _TALLY)} if any(tally.values()) else {}
    return {"files": len(verdicts), **counts, **scored, "details": verdicts, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="imports", help="a set of this repository")
    parser.add_argument("--data", type=Path, default=None, help="another folder with its expected.yaml")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    result = asyncio.run(run(args.data or SETS[args.set]))
    details = result.pop("details")
    misses = result.pop("misses")
    print(json.dumps(result))
    if args.verbose:
        for name, (verdict, why) in details.items():
            if verdict != "right":
                print(f"{verdict}: {name}")
                for line in why:
                    print(f"    {line}")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
