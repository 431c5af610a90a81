"""Fates marked by emoji, for the spoiler lexicon (plain Python; lexicon_typos.rephrase calls each when its cheap test
says so, before a text is read): hearts beside names in a line with a mending heart (who lives), a line of names each
after 🩸 (the bitten), a tally of ✅ and ❌ beside names ("✅ onjo ❌ gwinam"), and a fate's emoji run ending its name's item
("gyeongsu 🩸🧣🧟 isak 🩹🧟")."""

from __future__ import annotations

import re

#: Hearts beside names in a line with a mending heart ("cheongsan ❤️‍🩹 onjo 💚"): the mended one lived, so each heart
#: there marks one who lives, with other emoji in its run or not ("onjo 💚✨ suhyeok 💙🔥 ❤️‍🩹 cheongsan"); hearts alone
#: are favourites ("onjo 💚 suhyeok 💙 my faves").
_MENDING = re.compile("\u2764\ufe0f?\u200d\U0001fa79")
_EMOJI = "[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]"
_HEART = "[\u2764\u2665\U0001f493-\U0001f49f\U0001f5a4\U0001f90d\U0001f90e\U0001f9e1\U0001fa75-\U0001fa77\U0001fa79]"
_HEART_ITEM = re.compile(f"(?<=[^\\W\\d])[ \t]+{_EMOJI}*?{_HEART}{_EMOJI}*(?=[ \t]|$)", re.M)
#: A line of names each after a drop of blood ("🩸 isak 🩸 gyeongsu 🩸 hyeonju"): the bitten, as "🧟" before them marks the
#: turned; not blood before other words ("🩸 day 2 of my period", "🩸🩸 cramps so bad, namra pls protect me").
_BLOOD_LINE = re.compile(f"(?:[ \t]*{_EMOJI}*\U0001fa78{_EMOJI}*[ \t]+[^\\W\\d][\\w'’-]*(?:[ \t]+[^\\W\\d][\\w'’-]*)?,?)+[ \t]*"
                         f"{_EMOJI}*[ \t]*")
_BLOOD = re.compile(f"[ \t]*{_EMOJI}*\U0001fa78{_EMOJI}*[ \t]+")
EMOJI_CHEAP = re.compile("[\U0001fa78\U0001fa79]")


def marked_by_emoji(text: str) -> str:
    """`text` with hearts beside names in a line with a mending heart said as who survived, and a line of names each
    after 🩸 as who was bitten."""
    if "\U0001fa79" in text and _MENDING.search(text):
        text = _HEART_ITEM.sub(" survived\n", text)
    if "\U0001fa78" in text:
        text = "\n".join(_BLOOD.sub("\nbitten: ", line).lstrip("\n") if _BLOOD_LINE.fullmatch(line) else line
                         for line in text.split("\n"))
    return text


#: A tally of fates: ✅ and ❌ (☑️ ✔️ / ✖️ ❎) beside names in one line ("✅ onjo ✅ suhyeok ❌ gwinam", "daesu ✅ woojin ❌")
#: mark who lives and who dies. Only a line with both marks is a tally (one ❌ may be a wrong quiz answer).
_YES, _NO = "✅☑✔", "❌✖❎🪦"  # a headstone among ✅ is a ❌ ("🪦 cheongsan 🪦 gwinam ✅ onjo")
_MARK = re.compile(r"\s*[✅☑✔❌✖❎🪦]\ufe0f?\s*")
#: A mark's item is no one's fate when it is or names an episode or a number ("✅ ep 5 ❌ ep 9", "✅ watched ep 1 ❌
#: haven't started ep 2": a fan's progress), or a pair ("✅ onjo x cheongsan": a ship voted for), so such a tally is left
#: as written.
_NOT_A_FATE = re.compile(r"^\W*\d|(?<![\w-])(?:ep|eps|episode|season|part|s|e)\s*\d|\s(?:x|×|&|/|\+)\s", re.I)
#: A tally under a question of taste ("who's the better lead? ✅ onjo ❌ namra") is a vote, no one's fate.
_TASTE = re.compile(r"(?<![\w-])(?:fav\w*|best|better|worst|prefer\w*|votes?|ships?|couples?|cutest|hottest|rate|rating)(?![\w-])", re.I)


def tallied(line: str) -> str:
    """A tally line said the lexicon's way: "✅ onjo ❌ gwinam" as "alive: onjo" and "dead: gwinam" on lines of their own,
    "daesu ✅ woojin ❌" as "daesu alive" and "woojin dead" (the marks after the names when the line starts with one)."""
    marks = list(_MARK.finditer(line))
    if not (any(m.group(0).strip()[0] in _YES for m in marks) and any(m.group(0).strip()[0] in _NO for m in marks)):
        return line
    before = line[:marks[0].start()].rstrip()
    after_names = bool(before) and before[-1] not in ":?!.\n"  # "daesu ✅": the mark follows its name
    items = [line[a.end():b.start() if b else len(line)] for a, b in zip(marks, [*marks[1:], None], strict=True)]
    if after_names:
        items = [line[a.end() if a else 0:b.start()] for a, b in zip([None, *marks[:-1]], marks, strict=True)]
    if any(_NOT_A_FATE.search(item) for item in items) or _TASTE.search(before):
        return line
    said = [("alive" if m.group(0).strip()[0] in _YES else "dead", item.strip()) for m, item in zip(marks, items, strict=True)]
    if after_names:
        return "\n".join(f"{item} {fate}" for fate, item in said) + "\n" + line[marks[-1].end():]
    return before + "\n" + "\n".join(f"{fate}: {item}" for fate, item in said)


#: A fate's emoji run after a word and before the next ("gyeongsu 🩸🧣🧟 isak 🩹🧟"): the name before it is the one it
#: marks, so the run ends that name's item (the next name is a new one), as a tally's line does. Not a run after a
#: number ("ep 11 🪦 ...") nor on a line begun by a mark ("🧟❌ isak, gyeongsu", "🪦 cheongsan 🪦 gwinam": marks that
#: come before their names).
_EMOJI_ITEM = re.compile(r"(?<=[^\W\d])(?<![Rr][Ii][Pp])([ \t]+[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]*[🧟⚰🪦]"
                         r"[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]*)[ \t]+(?=[^\W\d])")


#: A line of a fate's emoji alone ("cheongsan\n🔥⚰️"), or of "rip" and them ("rip 🪦🪦\nmr lee").
_EMOJI_LINE = re.compile(r"[ \t]*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d \t]*[🧟⚰🪦][\u2600-\u27bf\U0001f000-\U0001faff"
                         r"\ufe0f\u200d \t]*")
_RIP_LINE = re.compile(r"[ \t]*(?:rip|r\.i\.p\.?|press f|f)[ \t]+[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d \t]*[🧟⚰🪦]"
                       r"[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d \t]*", re.I)


def _emoji_lines(text: str) -> str:
    """A fate's emoji on a line of their own go with the line before ("cheongsan\n🔥⚰️\nonjo\n🫶": Cheong-san's), and
    "rip 🪦" on a line of its own with the line after ("rip 🪦🪦\nmr lee"), as if typed on one line."""
    lines: list[str] = []
    for line in text.split("\n"):
        if lines and _EMOJI_LINE.fullmatch(line) and lines[-1].strip() and not _EMOJI_LINE.fullmatch(lines[-1]):
            lines[-1] = f"{lines[-1]} {line.strip()}"
        elif lines and _RIP_LINE.fullmatch(lines[-1]) and line.strip():
            lines[-1] = f"{lines[-1].strip()} {line}"
        else:
            lines.append(line)
    return "\n".join(lines)


def fate_emoji_items(text: str) -> str:
    """`text` with each run of a fate's emoji ending its name's item ("gyeongsu 🩸🧣🧟 isak 🩹🧟": a line each), and
    such emoji on a line of their own joined to their name's line (lexicon_typos.rephrase calls it when 🧟, ⚰ or 🪦 is
    in the text)."""
    if "\n" in text:
        text = _emoji_lines(text)
    return "\n".join(_EMOJI_ITEM.sub(r"\1\n", line) if line[:1].isalpha() else line for line in text.split("\n"))
