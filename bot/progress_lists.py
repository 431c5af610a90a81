"""Lists of episodes one after another said as their range, for bot.progress_said.

`episode_lists`: "ep 11 and 12", "episodes 10, 11 and 12", "6화 7화 8화", "3화부터 6화까지" as the range "ep 10-12",
which bot.progress_said reads (watched: the last; said as a place: the first). Only episodes one after the other;
"ep 3, 4" (no "and", one episode word) may be a correction and is left as typed. `check_lists`: a check list
("ep1 ✓ ep2 ✓ ep3", "ep 1 ✅ ep 2 ✅ ep 3 ⏳") as the last episode ticked, for bot.progress_rewritten. Plain text in,
plain text out; nothing here knows the show.
"""

from __future__ import annotations

import itertools
import re

from bot.lazy_re import compile_later

# "ep 11 and 12", "eps 9,10", "episodes 10, 11 and 12", "capítulos 4 y 5": numbers after an episode word, joined (also
# before "tomorrow" or "next": "ep 11-12 tomorrow" is refused as still to come, as "ep 11 tomorrow" is). A joining word
# stands alone, as `_JOIN` splits it: "e1 e2 e3" is episodes said one by one, not 1 "e" 2.
_LIST = compile_later(r"\b(?P<word>episodes|eps|episode|ep|e)\s?(?P<nums>\d{1,2}(?:\s*(?:,|&|\+|\band\b|\bn\b|\by\b|\be\b)\s*\d{1,2})+)\b"
                   r"(?!\s*(?:eps|episodes|more|left|to go|friends|people|times|of|/|-|~))")
_JOIN = compile_later(r"\s*(?:,|&|\+|\band\b|\bn\b|\by\b|\be\b)\s*")
# "6화 7화 8화", "6화, 7화랑 8화", "3화부터 6화까지": Korean episodes one after another.
_KO_LIST = compile_later(r"(?<!\d)(\d{1,2})\s*[화회편](?:\s*(?:,|랑|이랑|하고|와|과|부터)?\s*(\d{1,2})\s*[화회편])+")
_WORD_AGAIN = compile_later(r"\b(?:episodes|episode|eps|ep|e) ?\d{1,2}(?:\s*(?:,|&|\band\b)\s*(?:(?:episode|ep|e) ?)?\d{1,2}\b)+")
_WORD_SAID_AGAIN = compile_later(r"(?<=[,&d])(\s*)(?:episode|ep|e) ?(?=\d)")
# "ep 3 and a half", "ep 7.5": 3 (7) seen, the next one begun (a half only after an episode word: "4.5 stars" is none)
_AND_A_HALF = compile_later(r"(\d{1,2}) and a half\b|(?:(?<=\bep )|(?<=\bepisode )|(?<=\bep)|(?<=\bon ))(\d{1,2})\.5\b"
                            r"|(?<=\bep )(\d{1,2}) ?1\u20442\b")  # "on 11.5", "ep 8 ½" (½ once NFKC)
_KO_NUMBER = compile_later(r"(\d{1,2})\s*[화회편]")


def _in_a_row(numbers: list[int]) -> bool:
    return len(numbers) > 1 and all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _listed(found: re.Match[str]) -> str:
    numbers = [int(n) for n in _JOIN.split(found["nums"]) if n]
    joined = _JOIN.findall(found["nums"])
    plural = found["word"] in ("episodes", "eps") or any(j.strip() != "," for j in joined)
    if not plural or not _in_a_row(numbers):  # "ep 3, 4": may be a correction; "ep 2 and 5": a skip
        return found.group()
    return f"{found['word']} {numbers[0]}-{numbers[-1]}"


def _ko_listed(found: re.Match[str]) -> str:
    numbers = [int(n) for n in _KO_NUMBER.findall(found.group())]
    ranged = "부터" in found.group() and len(numbers) == 2 and numbers[0] < numbers[1]
    return f"{numbers[0]}-{numbers[-1]}화" if ranged or _in_a_row(numbers) else found.group()


def episode_lists(text: str) -> str:
    """`text` with each list of episodes one after another said as their range ("ep 11 and 12": "ep 11-12")."""
    text = _AND_A_HALF.sub(lambda found: next(n for n in found.groups() if n), text)  # "ep 3 and a half": 3 seen
    # "ep 2, ep 3 and ep 4": the episode word said again, in the same list
    text = _WORD_AGAIN.sub(lambda found: _WORD_SAID_AGAIN.sub(r"\1", found.group()), text)
    return _KO_LIST.sub(_ko_listed, _LIST.sub(_listed, text))


# A check list ("ep1 ✓ ep2 ✓ ep3", "ep 1 ✅ ep 2 ✅ ep 3 ⏳", "e1 ✔ e2 ✔ e3 ✔", "cap 1 ✓ cap 2 ✓ cap 3 ✗", "1話✓ 2話✓ 3話",
# "第1集✓ 第2集✓ 第3集✗"): each episode with its mark or none; the ones ticked are seen, one unticked (or under way, or
# crossed) after them is not (watched32, watched33).
#: The marks that tick one done ("✅", "✓", "✔", "☑"), and those that say it is under way or not seen ("⏳", "❌", "☐"):
#: bot.progress_rewritten and bot.progress_other_show read the same ones.
TICKS = "\u2705\u2713\u2714\u2611"
_CROSSES = "\u274c\u2717\u2718\u2716\u2b1c\u2610\u274e"
_UNTICKS = "\u23f3\u231b" + _CROSSES
TICK = rf"[{TICKS}]\ufe0f?"
_NOT_TICKED = rf"[{_UNTICKS}]\ufe0f?"
# crossed, barred or left empty ("❌", "✖️", "☐"; "🚫", "⛔" only right after an episode, as they also say "no spoilers"):
# not seen (never "under way")
_CROSSED = (rf"(?:[{_CROSSES}]\ufe0f?|[\u26d4\U0001f6ab]\ufe0f?(?=[\s,;|/]*$|\s*(?:episode|ep|e)"
            r" ?\d|\s*\d{1,2} ?[話화회集]))")
_EP_WORD = r"(?:episode|ep|e|cap[ií]tulo|cap|epis[oó]dio|episodio|[ée]pisode|folge|t[aậ]p)"
_ITEM_EP = rf"(?:{_EP_WORD} ?\d{{1,2}}|第 ?\d{{1,2}} ?[集話话]|\d{{1,2}} ?[話화회集])"
_ITEM = rf"{_ITEM_EP}(?: ?(?:{TICK}|{_NOT_TICKED}))?"
_CHECK_LIST = compile_later(rf"(?i)(?<![\w.]){_ITEM}(?:[\s,;|/-]+{_ITEM})+(?![\w.])")
_ITEM_READ = compile_later(rf"(?i)(?:{_EP_WORD} ?(?P<n>\d{{1,2}})|第 ?(?P<zh>\d{{1,2}}) ?[集話话]|(?P<ja>\d{{1,2}}) ?[話화회集])"
                           rf"(?: ?(?P<tick>{TICK})|(?: ?{_NOT_TICKED}))?")
# "☑ ep1 ☑ ep2 ☐ ep3", "[x] ep 1 [ ] ep 2", "✓ homework ✗ ep 4": marks typed before what they mark, as a to-do list is.
_BOXES = ((compile_later(r"\[[xX\u2713\u2714]\]"), "\u2713"), (compile_later(r"\[ ?\]"), "\u2610"))
_MARK_FIRST = compile_later(rf"({TICK}|{_NOT_TICKED})\s*([^{TICKS}{_UNTICKS},;]+?)"
                            rf"(?=\s*(?:{TICK}|{_NOT_TICKED}|$))")
_ITEM_EP_FOUND = compile_later(rf"(?i)(?<![\w.]){_ITEM_EP}")
# "ep 12 ❌": an episode crossed alone is one not seen yet, never a place said; "s1 ✅ s2 ❌": a season crossed is none
# of what was seen (dropped, what is ticked beside it read).
# ("ep 12: ❌", "finale ❌", "s2 finale ❌": the mark after a colon or dash, the last episode by its name)
_CROSSED_ALONE = compile_later(rf"(?i)(?<![\w.])({_ITEM_EP}|(?:(?:s|season) ?\d{{1,2}} )?(?:the )?(?:finale|last (?:ep|episode)))"
                               rf"\s*[:=\-–—>→]*\s*{_CROSSED}")
_SEASON_CROSSED = compile_later(rf"(?i)(?<![\w.])(?:s ?\d|season ?\d)\s*[:=\-–—>→]*\s*{_CROSSED}(?=[\s,;|/-]*$)")


def _checked(found: re.Match[str]) -> str:
    items = [(int(item["n"] or item["zh"] or item["ja"]), item["tick"] is not None)
             for item in _ITEM_READ.finditer(found.group())]
    ticked = [n for n, tick in items if tick]
    # the ticks first, one after another, then only what is left to watch after them: else left as typed
    if not ticked or [tick for _, tick in items] != sorted((tick for _, tick in items), reverse=True) \
            or (not _in_a_row(ticked) and len(ticked) > 1) or any(n <= ticked[-1] for n, tick in items if not tick):
        return found.group()
    return f"ep {ticked[-1]} done"


def check_lists(text: str) -> str:
    """`text` with a check list of episodes said as the last one ticked ("ep1 ✓ ep2 ✓ ep3": "ep 2 done"), marks typed
    first moved after what they mark, and an episode crossed alone said not seen yet ("ep 12 ❌": "ep 12 not yet")."""
    for box, mark in _BOXES:
        text = box.sub(mark, text)
    marked = list(_MARK_FIRST.finditer(text))
    # only a whole list of marks first, each on one thing ("☑ ep1 ☑ ep2 ep3" or "❌ spoilers, on ep 5" left as typed)
    if marked and re.sub(r"\s+", "", "".join(found.group() for found in marked)) == re.sub(r"\s+", "", text) and all(
            len(_ITEM_EP_FOUND.findall(found[2])) < 2 for found in marked):
        text = " ".join(f"{found[2].strip()} {found[1]}" for found in marked)
    text = _CROSSED_ALONE.sub(r"\1 not yet,", _CHECK_LIST.sub(_checked, text))
    return crossed if (crossed := _SEASON_CROSSED.sub("", text).strip()) else text
