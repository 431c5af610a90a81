"""The lists a server plays: the built-in ones (the bundled pack and the lore-generated questions)
and the ones it imported; importing (and whether it replaces a list), deleting, exporting, what
/trivia info tells of a list, and the names and categories commands offer.

A list's author is what its file declares; who imported it is recorded beside it (`imported_by`),
so whoever shows the author shows the importer too and credit cannot be faked.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from bot.clock import Clock
from bot.show import NOTHING, Position
from bot.text import clean_input, quote_user_text
from bot.trivia import snapshot
from bot.trivia.bank import QuestionBank, built_in_about
from bot.trivia.gates import Gates
from bot.trivia.laterseason import Holding
from bot.trivia.listparts import MAX_QUESTIONS, named, named_in_slug
from bot.trivia.lists import MAX_BYTES, slugify
from bot.trivia.model import ImportedList, Question, TriviaError, TriviaList
from bot.trivia.selection import unknown
from db.connection import Database
from db.trivia import lists as list_store


class ListExists(TriviaError):
    """An import that would replace a list the moderator was not asked about."""

    def __init__(self, existing: ImportedList) -> None:
        super().__init__(f"This server already has a list called {existing.name}.")
        self.existing = existing


def import_name(name: str | None, filename: str) -> str:
    """The name an imported list is stored under: the given name, else the file's stem, as a slug.
    A name with nothing a slug keeps (emoji, punctuation) is refused: every such list would be stored as
    "list", and the next one would offer to replace the first."""
    typed = clean_input(name or PurePath(_without_txt(filename)).stem, limit=60)
    if not named_in_slug(typed):
        whose = "That name" if name else "The file's name"
        raise TriviaError(
            f"{whose} (\u201c{quote_user_text(typed, limit=40)}\u201d) has no letters a-z, digits or Korean, and a "
            "list's name is kept in those: choose one with them, like `actors-quiz` or `배우-퀴즈`."
        )
    return slugify(typed)


LIST_SUFFIXES = (".yaml", ".yml", ".json")  # JSON is YAML: a list exported from a quiz site reads as one
# A spreadsheet exported as CSV (or TSV) is read by its header row (bot/trivia/tables.py); the spreadsheet itself is not.
TABLE_SUFFIXES = (".csv", ".tsv")
_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")
# Notepad saves "quiz.yaml" as "quiz.yaml.txt" unless told otherwise, and Windows hides the ".txt":
# the name still says YAML, so the file is read as the list its author sees.
# Plain text read by what it holds (a list, a table, `Question:` / `Answer:` lines): Notepad's .txt, and the .md a
# moderator keeps the quiz in beside the server's notes (Markdown is plain text with marks).
_TEXT_SUFFIXES = (".txt", ".md", ".markdown")
_SAVED_AS_TEXT = tuple(f"{suffix}.txt" for suffix in LIST_SUFFIXES)


def _without_txt(filename: str) -> str:
    return filename[:-4] if filename.lower().endswith(_SAVED_AS_TEXT) else filename


def check_upload(filename: str, size: int) -> None:
    """Refuse, before downloading it, an attachment that cannot be a list: a name with folders in
    it, a file that is no text by its name (an image, a PDF; a .txt is read: a quiz written as `Question:` /
    `Answer:` lines, or a list Notepad saved), or a file too big."""
    shown = quote_user_text(filename, limit=80)
    if "/" in filename or "\\" in filename or filename.startswith(".") or not filename.strip():
        raise TriviaError(
            f"The file name `{shown}` is not a plain file name; upload the list as a file like "
            "`capitals.yaml`. Nothing was imported."
        )
    if filename.lower().endswith(_SPREADSHEETS):
        raise TriviaError(
            f"`{shown}` is the spreadsheet itself, which cannot be read here: save it as CSV (Google Sheets: File > "
            "Download > Comma-separated values; Excel: Save As > CSV UTF-8) with a header row such as "
            "`Question,Answers,Episode`, and upload that. Nothing was imported."
        )
    if not _without_txt(filename).lower().endswith((*LIST_SUFFIXES, *TABLE_SUFFIXES, *_TEXT_SUFFIXES)):
        raise TriviaError(
            f"`{shown}` is not a YAML file: trivia lists are .yaml or .yml files (Red-DiscordBot's format "
            "or hyosan's; a .json export, a spreadsheet saved as .csv and a .txt or .md of `Question:` / `Answer:` lines "
            "are read too). If it holds a list, rename it to end in .yaml. Nothing was imported."
        )
    check_import_size(size)


def check_import_size(size: int) -> None:
    """Refuse a file too big to be a list before downloading it."""
    if size > MAX_BYTES:
        raise TriviaError(
            f"That file is {size / 1_000_000:.1f} MB, too big for a list: lists can be at most {MAX_BYTES // 1000} KB "
            "(split it into several lists). "
            "Nothing was imported."
        )


@dataclass(frozen=True)
class ListExport:
    """A list's questions safe for a channel (`gate`: its spoiler mark), and how many were left out."""

    name: str
    author: str | None
    description: str | None
    questions: list[Question]
    left_out: int
    gate: Position
    config: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ListInfo:
    """What /trivia info shows of a list. Built-in lists have no author, importer or CONFIG.

    `spoils` counts the questions by the position each spoils (NOTHING: safe anywhere), as games
    use the tags (bot/trivia/tagging.py)."""

    name: str
    built_in: bool
    author: str | None
    description: str | None
    question_count: int
    imported_by: int | None
    imported_at: dt.datetime | None
    config: dict[str, object]
    spoils: dict[Position, int]

    @property
    def spoiling(self) -> int:
        return sum(count for position, count in self.spoils.items() if position != NOTHING)


_DECODED_LISTS = 512  # lists kept decoded (Red ships 54; a big server imports a few dozen)

#: A server's own questions besides the built-in and imported lists (its moderators' additions).
GuildQuestions = Callable[[int], Sequence[Question]]


class Library:
    def __init__(
        self, db: Database, clock: Clock, built_in: Sequence[Question], gates: Gates,
        guild_questions: GuildQuestions | None = None, holding: Holding | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.built_in = list(built_in)
        self.gates = gates
        self.guild_questions = guild_questions
        # an imported question telling a season's story before its episodes were known: read against the show as
        # it is when a game draws, and lists stored before that rule held again (bot/trivia/laterseason.py)
        self.holding = holding
        # (server, list) -> a digest of its stored questions and those questions, most recently used last
        self._lists: OrderedDict[tuple[int, str], tuple[bytes, tuple[Question, ...]]] = OrderedDict()
        self._lists_lock = threading.Lock()

    def built_in_lists(self) -> dict[str, int]:
        """Each built-in list's name and size."""
        counts: dict[str, int] = {}
        for question in self.built_in:
            counts[question.list_name] = counts.get(question.list_name, 0) + 1
        return counts

    def built_in_name(self, name: str) -> str | None:
        """"list" or "category" when a built-in one has this name, which a server's list may not take
        (`category:cast` would then play both, credited to the list's author)."""
        if name in self.built_in_lists():
            return "list"
        return "category" if any(q.category == name for q in self.built_in) else None

    async def imported_lists(self, guild_id: int) -> list[ImportedList]:
        async with self.db.read() as conn:
            return await list_store.imported_lists(conn, guild_id)

    async def pool(self, guild_id: int) -> tuple[list[Question], dict[str, dict[str, object]]]:
        """The guild's questions (built in and imported), and the CONFIG of each imported list that
        carries one."""
        async with self.db.read() as conn:
            lists = await list_store.imported_lists(conn, guild_id, with_questions=True)
        found = list(self.built_in)
        if self.guild_questions is not None:
            found.extend(self.guild_questions(guild_id))
        # (off the event loop: reading a list's questions takes a millisecond per hundred, and a
        # server may import dozens of lists; each version of a list is read once)
        imported, configs = await asyncio.to_thread(self._decoded, guild_id, lists)
        found.extend(imported if self.holding is None else map(self.holding.now, imported))
        return found, configs

    def _decoded(
        self, guild_id: int, lists: Sequence[ImportedList]
    ) -> tuple[list[Question], dict[str, dict[str, object]]]:
        """The questions and CONFIGs of a server's imported lists, each list decoded once per version
        (kept while its stored text is the same; a list imported again or edited is read anew)."""
        found: list[Question] = []
        configs: dict[str, dict[str, object]] = {}
        for row in lists:
            assert row.questions_json is not None
            key = (guild_id, row.name)
            digest = hashlib.blake2b(row.questions_json.encode("utf-8"), digest_size=16).digest()
            with self._lists_lock:  # (two games may start at once, each in its own thread)
                cached = self._lists.get(key)
            if cached is None or cached[0] != digest:
                cached = (digest, tuple(self._stored(snapshot.load_questions(row.questions_json))))
            with self._lists_lock:
                self._lists[key] = cached
                self._lists.move_to_end(key)
                while len(self._lists) > _DECODED_LISTS:
                    self._lists.popitem(last=False)
            found.extend(cached[1])
            if row.config:
                configs[row.name] = row.config
        return found, configs

    def _stored(self, questions: Sequence[Question]) -> list[Question]:
        """A stored list's questions as games read them, whenever the list was tagged."""
        return list(questions) if self.holding is None else [self.holding.stored(q) for q in questions]

    async def list_names(self, guild_id: int) -> list[str]:
        """Every list this server can play, built-in and imported, sorted."""
        return sorted(set(self.built_in_lists()) | {row.name for row in await self.imported_lists(guild_id)})

    async def categories(self, guild_id: int, max_spoils: Position | None = None) -> list[str]:
        questions, _ = await self.pool(guild_id)
        return QuestionBank(questions).categories(max_spoils=max_spoils)

    async def import_list(self, guild_id: int, parsed: TriviaList, user_id: int, *, replace_existing: bool = True) -> int:
        """Store a parsed list for the guild (replacing one of the same name, unless
        `replace_existing` is False: then ListExists, checked in the write itself, so two moderators
        importing one name at once never overwrite each other unasked); returns its size."""
        if kind := self.built_in_name(parsed.name):
            raise TriviaError(
                f"'{parsed.name}' is a built-in {kind}: import it again with a `name` of its own "
                f"(like `name:{parsed.name}-fans`). Nothing was imported."
            )
        if not parsed.questions:
            raise TriviaError("The list has no questions; nothing was imported.")
        questions = [replace(q, list_name=parsed.name) for q in parsed.questions]
        async with self.db.transaction() as conn:
            if not replace_existing and (existing := await list_store.get_list(conn, guild_id, parsed.name)):
                raise ListExists(existing)
            await list_store.save_list(
                conn, guild_id, parsed.name, author=parsed.author, description=parsed.description,
                questions_json=snapshot.dump_questions(questions), question_count=len(questions),
                imported_by=user_id, now=self.clock.now(), config_json=json.dumps(parsed.config, sort_keys=True),
            )
        return len(questions)

    async def add_question(self, guild_id: int, addition: TriviaList, user_id: int) -> tuple[int, bool]:
        """Add the one question of `addition` (bot/trivia/builder.py, tagged) to the server's list of
        that name, creating the list when there is none; returns the list's size and whether it was
        created. An existing list keeps its author, description, CONFIG and importer."""
        name = addition.name
        if kind := self.built_in_name(name):
            raise TriviaError(f"'{name}' is a built-in {kind}; add questions to a list of this server's own.")
        new = [replace(q, list_name=name) for q in addition.questions]
        async with self.db.transaction() as conn:
            row = await list_store.get_list(conn, guild_id, name)
            questions = snapshot.load_questions(row.questions_json) if row and row.questions_json else []
            known = {" ".join(q.text.casefold().split()) for q in questions}
            if any(" ".join(q.text.casefold().split()) in known for q in new):
                raise TriviaError(f"'{name}' already has that question; nothing was added.")
            if len(questions) + len(new) > MAX_QUESTIONS:
                raise TriviaError(f"'{name}' already has {len(questions)} questions, the most a list can hold.")
            questions.extend(new)
            await list_store.save_list(
                conn, guild_id, name, author=row.author if row else None,
                description=row.description if row else None,
                questions_json=snapshot.dump_questions(questions), question_count=len(questions),
                imported_by=row.imported_by if row else user_id, now=row.imported_at if row else self.clock.now(),
                config_json=row.config_json if row else "{}",
            )
        return len(questions), row is None

    async def imported_list(self, guild_id: int, name: str) -> ImportedList | None:
        """The server's imported list of that name (what an import of that name would replace)."""
        async with self.db.read() as conn:
            return await list_store.get_list(conn, guild_id, name)

    async def list_meant(self, guild_id: int, name: str) -> str:
        """The list a member meant: the name as typed when a list has it, else as imports name
        lists ("World Capitals" -> world-capitals); a name with nothing a slug keeps ("지우학 퀴즈")
        stays as typed, never the fallback slug "list" (a list may be called that)."""
        if name in self.built_in_lists() or await self.imported_list(guild_id, name) is not None:
            return name
        found = named(name, await self.list_names(guild_id))
        return found or (slugify(name) if named_in_slug(name) else name)

    async def delete_list(self, guild_id: int, name: str) -> ImportedList:
        """Delete an imported list; the built-in ones cannot be (turn them off instead)."""
        name = await self.list_meant(guild_id, name)
        if name in self.built_in_lists():
            raise TriviaError(f"'{name}' is a built-in list; it cannot be deleted (turn it off with /triviaset settings).")
        async with self.db.transaction() as conn:
            row = await list_store.get_list(conn, guild_id, name)
            if row is None or not await list_store.delete_list(conn, guild_id, name):
                raise TriviaError("This server has no imported list by that name (see /trivia lists); nothing was deleted.")
        return replace(row, questions_json=None)

    async def _read(self, guild_id: int, name: str) -> tuple[ListInfo, list[Question]]:
        name = await self.list_meant(guild_id, name)
        if name in self.built_in_lists():
            questions = [q for q in self.built_in if q.list_name == name]
            author, description = built_in_about(name)
            return ListInfo(name, True, author, description, len(questions), None, None, {}, _spoils(questions)), questions
        row = await self.imported_list(guild_id, name)
        if row is None or row.questions_json is None:
            if self.built_in_name(name) == "category":  # listed under Categories by /trivia lists
                raise TriviaError(
                    f"'{name}' is a category of the built-in lists, not a list: /trivia start category:{name} "
                    f"plays it; /trivia info and export take a list ({', '.join(sorted(self.built_in_lists()))}, "
                    "or one this server imported: see /trivia lists)."
                )
            raise TriviaError(unknown(name, sorted(self.built_in_lists()), "list"))  # imported names may spoil
        questions = self._stored(snapshot.load_questions(row.questions_json))
        if self.holding is not None:
            questions = [self.holding.now(q) for q in questions]
        info = ListInfo(
            name, False, row.author, row.description, len(questions), row.imported_by, row.imported_at, row.config,
            _spoils(questions),
        )
        return info, questions

    async def list_info(self, guild_id: int, name: str) -> ListInfo:
        """A built-in or imported list as /trivia info shows it."""
        return (await self._read(guild_id, name))[0]

    async def export_list(self, guild_id: int, name: str, channel_id: int) -> ListExport:
        """A list for export from a channel: nothing past the channel's spoiler mark."""
        info, questions = await self._read(guild_id, name)
        gate = await self.gates.gate_for(channel_id, None)
        safe = [q for q in questions if q.spoils <= gate]
        return ListExport(info.name, info.author, info.description, safe, len(questions) - len(safe), gate, info.config)


def _spoils(questions: Sequence[Question]) -> dict[Position, int]:
    return dict(sorted(Counter(q.spoils for q in questions).items()))
