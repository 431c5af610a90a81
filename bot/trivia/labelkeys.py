"""Red questions whose episode label is typed before them with a colon, unquoted: "S2E3: Who bites Ju-ran?:".

YAML cannot read such a key (a ': ' inside it), so Red refuses the file; but the author plainly wrote a
question labelled with its episode, as "(S2E3) Who ...?:" would be. When YAML fails and every such line's
words before the colon are an episode label (bot/trivia/episodelabels.py reads it: "S2E3", "Ep 3", "2x03",
"시즌2 3화"), the keys are read as if quoted, kept as typed (their label tags them, as any label in a Red
key does), and a warning names the lines to quote for Red. Any other ': ' in a key stays a mistake to mend.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.trivia.episodelabels import spoils_written

# A key at the line's start: a short label, ': ', the question, its ':' (a comment after it kept).
_LABELLED_KEY = compile_later(
    r"^(?P<label>[^\s\"'#\-:\[{][^:#\n]{0,29}?):[ \t]+(?P<rest>[^:#\n]*?\S)[ \t]*:[ \t]*(?P<comment>#.*)?$")


def quoted_labels(text: str) -> tuple[str, list[int]] | None:
    """The text with each key "label: question?:" quoted, and their line numbers (1-based); None when there is
    none. (A key holding ': ' after no label is left as it is: YAML still fails, and its hint names the line.)"""
    lines = text.split("\n")
    mended: list[int] = []
    for number, line in enumerate(lines, start=1):
        found = _LABELLED_KEY.match(line.rstrip("\r"))
        if found is None or spoils_written(f"({found.group('label')})") is None:
            continue
        key = f"{found.group('label')}: {found.group('rest')}".replace("'", "''")
        comment = found.group("comment")
        lines[number - 1] = f"'{key}':" + (f" {comment}" if comment else "")
        mended.append(number)
    return ("\n".join(lines), mended) if mended else None
