"""Loading a pack: any directory (`load_pack`, `check_pack`), one file holding a whole pack
(`load_bundle`), or the bundled one (`bundled_pack`)."""

from __future__ import annotations

import functools
from pathlib import Path

from bot.lore.content.builder import Builder
from bot.lore.content.model import ContentPack
from bot.lore.content.reader import ContentError, Problem
from bot.lore.content.schema import FILES
from bot.show import Position, ShowShape

BUNDLED_DIR = Path(__file__).resolve().parent.parent.parent / "content"


def _sorted(problems: list[Problem]) -> list[Problem]:
    order = {name: i for i, name in enumerate(FILES)}

    def key(p: Problem) -> tuple[int, str, int]:
        return (order.get(Path(p.path).name, len(order)), p.path, p.line or 0)

    return sorted(problems, key=key)


def load_pack(path: Path | None = None, shape: ShowShape | None = None, *, check_tags: bool = False) -> ContentPack:
    """Load and validate a pack (None = the bundled bot/content) against the show's shape (None =
    season 1 as bundled); raises ContentError with ALL problems. `check_tags` also checks every
    text's spoiler tag against the spoiler lexicon (what `hyosan content check` does)."""
    builder = Builder(
        Path(path) if path is not None else BUNDLED_DIR, shape or ShowShape.season_one(), check_tags=check_tags
    )
    pack = builder.run()
    if pack is None:
        raise ContentError(_sorted(builder.problems))
    return pack


def load_bundle(text: str, origin: str, shape: ShowShape | None = None, *, check_tags: bool = True) -> ContentPack:
    """A pack written as one file (a mapping with each file's top-level key), validated like a
    folder; problems name `origin` and the line. Raises ContentError with ALL problems.
    `check_tags=False` only for a bundle made of a folder whose tags were just checked."""
    shape = shape or ShowShape.season_one()
    # A pack is immutable and its check depends on its text and the shape alone (`origin` only names problems): a
    # text checked already (an import made again, the running bot swapping to it) is not checked again (~0.8 CPU-s).
    key = (text, shape.contained(), check_tags)
    if (kept := _CHECKED.get(key)) is not None:
        return kept
    builder = Builder(Path(origin), shape, bundle=text, check_tags=check_tags)
    pack = builder.run()
    if pack is None:
        raise ContentError(_sorted(builder.problems))
    _CHECKED[key] = pack
    while len(_CHECKED) > 4:  # (the last few: a pack's text is a few hundred kilobytes)
        del _CHECKED[next(iter(_CHECKED))]
    return pack


_CHECKED: dict[tuple[str, tuple[tuple[Position, ...], tuple[Position, ...]], bool], ContentPack] = {}


def check_pack(path: Path, shape: ShowShape | None = None) -> list[Problem]:
    """Every problem in the pack at `path`, spoiler tags included (empty when it is valid)."""
    try:
        load_pack(path, shape, check_tags=True)
    except ContentError as exc:
        return exc.problems
    return []


@functools.cache
def bundled_pack() -> ContentPack:
    """The bundled pack, loaded once (blocking file reads: call it at import or via to_thread)."""
    return load_pack(None)
