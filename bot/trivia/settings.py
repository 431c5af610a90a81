"""A server's trivia settings: reading them, and a moderator's changes (including the lists and
categories switched on or off), checked before anything is saved."""

from __future__ import annotations

from bot.text import quote_user_text
from bot.trivia.library import Library
from bot.trivia.listparts import named
from bot.trivia.model import TriviaError, TriviaSettings
from bot.trivia.selection import Shown, closest, shown_only
from db.connection import Database
from db.trivia import settings as settings_store


class ServerSettings:
    def __init__(self, db: Database, library: Library) -> None:
        self.db = db
        self.library = library

    async def get(self, guild_id: int) -> TriviaSettings:
        async with self.db.read() as conn:
            return await settings_store.get_settings(conn, guild_id)

    async def update(self, guild_id: int, **changes: object) -> TriviaSettings:
        async with self.db.transaction() as conn:
            if changes:
                await settings_store.update_settings(conn, guild_id, **changes)
            return await settings_store.get_settings(conn, guild_id)

    async def change(
        self, guild_id: int, changes: dict[str, object], *, shown: Shown | None = None, **switches: str
    ) -> tuple[TriviaSettings, bool]:
        """Apply a moderator's changes (settings fields, plus lists or categories to switch on or
        off: see switch_lists); returns the new settings and whether anything was asked to change.
        `shown`: whether a name gives nothing away, so a typo may be answered with it (see `_not_a`).

        The `role` start policy needs a start role: given now or already set.
        """
        current = await self.get(guild_id)
        changes = dict(changes)
        if changes.get("start_policy") == "role" and changes.get("start_role_id") is None and current.start_role_id is None:
            raise TriviaError("Give start_role too: the role whose members may start games.")
        if changes.get("start_role_id") is not None:
            # A start role given alone means "members of this role start games"; given beside
            # another policy it would be saved and do nothing, so that is refused.
            policy = changes.setdefault("start_policy", "role")
            if policy != "role":
                raise TriviaError(
                    f"start_role only matters with who_can_start:role, not {policy}: "
                    "give the role alone (or with who_can_start:role), or leave it out."
                )
        for kind in ("list", "category"):
            on, off = switches.get(f"enable_{kind}"), switches.get(f"disable_{kind}")
            if on is not None and on == off:
                raise TriviaError(
                    f"You asked to turn the {kind} \u201c{quote_user_text(on, limit=60)}\u201d both on and off; "
                    "give one of the two."
                )
        changes = changes | await self.switch_lists(guild_id, current, shown=shown, **switches)
        return await self.update(guild_id, **changes), bool(changes)

    async def switch_lists(
        self,
        guild_id: int,
        current: TriviaSettings,
        *,
        enable_list: str | None = None,
        disable_list: str | None = None,
        enable_category: str | None = None,
        disable_category: str | None = None,
        shown: Shown | None = None,
    ) -> dict[str, object]:
        """The settings changes that turn lists and categories on or off.

        Several names may be given, comma-separated ("aouad, generated", as /trivia start takes
        them). Each must be one this server has (a built-in or imported list, a category); anything
        else is refused, naming it, and nothing changes, so a typo can't silently switch nothing off.
        """
        lists = set(await self.library.list_names(guild_id))
        categories = set(await self.library.categories(guild_id))
        lists_off = set(current.disabled_lists)
        cats_off = set(current.disabled_categories)
        for name, known, off, turn_off, kind, other in (
            (enable_list, lists, lists_off, False, "list", categories),
            (disable_list, lists, lists_off, True, "list", categories),
            (enable_category, categories, cats_off, False, "category", lists),
            (disable_category, categories, cats_off, True, "category", lists),
        ):
            names = [part.strip() for part in (name or "").split(",") if part.strip()]
            for typed in names:
                found = named(typed, known | off) or typed
                if found not in known and found not in off:
                    raise TriviaError(_not_a(kind, typed, len(names) > 1, shown_only(known | off, shown), other, turn_off))
                if turn_off:
                    off.add(found)
                else:
                    off.discard(found)
        changes: dict[str, object] = {}
        if lists_off != set(current.disabled_lists):
            changes["disabled_lists"] = sorted(lists_off)
        if cats_off != set(current.disabled_categories):
            changes["disabled_categories"] = sorted(cats_off)
        return changes


def _not_a(kind: str, typed: str, several: bool, known: list[str], other: set[str], turn_off: bool) -> str:
    """Why `typed` names no list (or category) here: a category given as a list (or the other way
    round) says which option takes it; a slip of a letter or two says the name meant, one of `known`
    (only names that give nothing away: a suggestion shows what the moderator did not type)."""
    # One name is not said back (it may be anything); which of several is.
    which = f" (\u201c{quote_user_text(typed, limit=60)}\u201d)" if several else ""
    if (as_other := named(typed, other)) is not None:
        other_kind = "category" if kind == "list" else "list"
        option = f"{'disable' if turn_off else 'enable'}_{other_kind}"
        return (f"\u201c{quote_user_text(as_other, limit=60)}\u201d is a {other_kind}, not a {kind}: "
                f"give it as `{option}`. Nothing was changed.")
    said = f"There is no trivia {kind} by that name here{which}"
    if (near := closest(typed, known)) is not None:
        return f"{said}. Did you mean \u201c{quote_user_text(near, limit=60)}\u201d? Nothing was changed."
    return f"{said}; /trivia lists shows them. Nothing was changed."
