"""Progress as fans type it in other languages and shapes, rewritten into the English bot.progress_said reads.

Plain text in, plain text out (already lower-cased by bot.progress_said.chat_free); nothing here knows the show:

- `foreign_said`: Japanese ("4話まで見た"), Spanish ("voy en el capítulo 5"), Portuguese ("terminei o episódio 9"),
  Tagalog ("nasa ep 4 na ako") and Indonesian ("udah nonton sampe eps 6") said as "watched up to ep 4", "on ep 5", ...
  Only whole leads and whole sentences are rewritten: a word alone ("ya", "todo", "vi") is English often enough;
- `episode_lists`: "ep 11 and 12", "episodes 10, 11 and 12", "6화 7화 8화", "3화부터 6화까지" as the range "ep 10-12",
  which bot.progress_said reads (watched: the last; said as a place: the first). Only episodes one after the other;
  "ep 3, 4" (no "and", one episode word) may be a correction and is left as typed;
- `says_nothing_more`: a clause beside a position that says nothing of how far the fan is (the webtoon, a first
  watch, waiting for a season not out yet), so the sentence is read without it.
"""

from __future__ import annotations

import itertools
import re

_END = r"[\s!?.~…]*$"
_JA_EP = r"第?\s*(\d{1,2})\s*話"
_WATCHED_JA = r"(?:見た|観た|見ました|観ました|見終わった|見終えた|視聴した|視聴済み?)"
_WATCHING_JA = r"(?:見てる|観てる|見ている|観ている|見てます|観てます|視聴中)"
_WHO_ID = r"(?:aku |gue |gw |saya |ako )?"
# Whole sentences, each said as English that bot.progress_said reads.
_SENTENCES = tuple((re.compile(pattern + _END), english) for pattern, english in (
    (rf"^{_JA_EP}(?:目)?まで{_WATCHED_JA}", r"watched up to ep \1"),
    (rf"^{_JA_EP}(?:目)?(?:を|は)?{_WATCHING_JA}", r"watching ep \1"),
    (rf"^{_JA_EP}(?:目)?(?:を|は)?(?:もう)?{_WATCHED_JA}", r"finished ep \1"),
    (rf"^(?:もう)?(?:全部|全話|最後まで|最終話まで)(?:を)?{_WATCHED_JA}", "watched everything"),
    (r"^(?:まだ)?(?:一話も|1話も|何も)?(?:見てない|観てない|見ていない|見てません|観ていない)", "havent watched"),
    (rf"^あと{_JA_EP}", r"\1 eps left"),
    (r"^(?:ya )?termin[eé] (?:la serie|todo|la temporada(?: 1| uno)?)", "finished the series"),
    (r"^(?:eu )?(?:j[aá] )?(?:assisti|vi|terminei) (?:tudo|a s[eé]rie(?: toda| inteira)?|a temporada(?: 1| um)?)", "finished the series"),
    (r"^(?:ya )?(?:vi|he visto|mir[eé]) (?:todo|toda la serie|la serie completa)", "finished the series"),
    (r"^(?:natapos|tapos) ko na (?:ang )?(?:lahat|buong series|buong season)", "finished the series"),
    (rf"^{_WHO_ID}(?:udah|sudah|udh|dah) (?:tamat|selesai|kelar|beres)(?: nonton)?", "finished the series"),
    (r"^(?:di|hindi) ko pa (?:napapanood|napanood|pinapanood|nakikita)(?: (?:ito|yung show|ang show))?", "havent watched"),
    (rf"^{_WHO_ID}(?:belum|blm|belom) (?:nonton|liat|lihat)(?: (?:sama sekali|samsek|apa-apa))?", "havent watched"),
    (r"^(?:a[uú]n |todav[ií]a )?no (?:lo )?(?:he )?(?:visto|empezado)(?: nada)?", "havent watched"),
    (r"^(?:ainda )?n[aã]o (?:assisti|comecei|vi)(?: nada)?", "havent watched"),
    (r"^nasa (.+?) na (?:ako|kami)", r"on \1"),
))
# Leads said before an episode: "vi hasta el", "terminei o", "udah nonton sampe", "lagi nonton".
_LEADS = tuple((re.compile(pattern), english) for pattern, english in (
    (r"^(?:ya )?(?:vi|he visto|mir[eé]) hasta (?:el |la )?", "watched up to "),
    (r"^(?:eu )?(?:j[aá] )?(?:assisti|vi) at[eé] (?:o |a )?", "watched up to "),
    (rf"^{_WHO_ID}(?:udah|sudah|udh|dah|baru) (?:nonton|liat|lihat) (?:sampe|sampai|ampe) (?:ke )?", "watched up to "),
    (r"^(?:ya )?termin[eé] (?:el |la |los )?", "finished "),
    (r"^(?:eu )?(?:j[aá] )?terminei (?:o |a |os )?", "finished "),
    (r"^(?:natapos|tapos) ko na (?:ang |yung )?", "finished "),
    (r"^(?:ya )?(?:vi|he visto|mir[eé]) (?:los |las |el |la )?", "watched "),
    (r"^(?:eu )?(?:j[aá] )?(?:assisti|vi) (?:os |o |a |as )?", "watched "),
    (rf"^{_WHO_ID}(?:udah|sudah|udh|dah|baru) (?:nonton|liat|lihat) ", "watched "),
    (r"^(?:voy|estoy|ando|vou|estou) (?:en|por|no|na) (?:el |la |o |a )?", "on "),
    (r"^(?:eu )?(?:t[oô]|to) n[oa] ", "on "),
    (rf"^{_WHO_ID}(?:lagi|sedang|lg|masih) (?:nonton|liat|lihat) ", "watching "),
    (r"^(?:nanonood|pinapanood) ko (?:ang |yung )?", "watching "),
))
_WORDS = ((re.compile(r"\b(?:cap[ií]tulos|epis[oó]dios|episodyo)\b"), "eps"),
          (re.compile(r"마지막 ?(?:한|1) ?([화회편])"), r"마지막 \1"),  # 마지막 한 화 남음: the last one left
          (re.compile(r"\b(?:cap[ií]tulo|epis[oó]dio|cap)\b"), "episode"))


def foreign_said(text: str) -> str:
    """`text` (lower-case) said in English when it is one of the foreign forms above; else as it is."""
    for pattern, english in _SENTENCES:
        if (found := pattern.match(text)) is not None:
            return found.expand(english)
    for pattern, english in _LEADS:
        if (found := pattern.match(text)) is not None:
            text = english + text[found.end():]
            break
    for word, english in _WORDS:
        text = word.sub(english, text)
    return text


# "ep 11 and 12", "eps 9,10", "episodes 10, 11 and 12", "capítulos 4 y 5": numbers after an episode word, joined (also
# before "tomorrow" or "next": "ep 11-12 tomorrow" is refused as still to come, as "ep 11 tomorrow" is).
_LIST = re.compile(r"\b(?P<word>episodes|eps|episode|ep|e)\s?(?P<nums>\d{1,2}(?:\s*(?:,|&|\+|and|n|y|e)\s*\d{1,2})+)\b"
                   r"(?!\s*(?:eps|episodes|more|left|to go|friends|people|times|of|/|-|~))")
_JOIN = re.compile(r"\s*(?:,|&|\+|\band\b|\bn\b|\by\b|\be\b)\s*")
# "6화 7화 8화", "6화, 7화랑 8화", "3화부터 6화까지": Korean episodes one after another.
_KO_LIST = re.compile(r"(?<!\d)(\d{1,2})\s*[화회편](?:\s*(?:,|랑|이랑|하고|와|과|부터)?\s*(\d{1,2})\s*[화회편])+")
_AND_A_HALF = re.compile(r"(\d{1,2}) and a half\b")
_KO_NUMBER = re.compile(r"(\d{1,2})\s*[화회편]")


def _in_a_row(numbers: list[int]) -> bool:
    return len(numbers) > 1 and all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _listed(found: re.Match[str]) -> str:
    numbers = [int(n) for n in _JOIN.split(found["nums"]) if n]
    joined = _JOIN.findall(found["nums"])
    plural = found["word"] in ("episodes", "eps") or any(j.strip() not in (",",) for j in joined)
    if not plural or not _in_a_row(numbers):  # "ep 3, 4": may be a correction; "ep 2 and 5": a skip
        return found.group()
    return f"{found['word']} {numbers[0]}-{numbers[-1]}"


def _ko_listed(found: re.Match[str]) -> str:
    numbers = [int(n) for n in _KO_NUMBER.findall(found.group())]
    ranged = "부터" in found.group() and len(numbers) == 2 and numbers[0] < numbers[1]
    return f"{numbers[0]}-{numbers[-1]}화" if ranged or _in_a_row(numbers) else found.group()


def episode_lists(text: str) -> str:
    """`text` with each list of episodes one after another said as their range ("ep 11 and 12": "ep 11-12")."""
    text = _AND_A_HALF.sub(r"\1", text)  # "ep 3 and a half": 3 seen, the next one begun
    return _KO_LIST.sub(_ko_listed, _LIST.sub(_listed, text))


# Said beside a position, saying nothing of how far: the webtoon ("finished the webtoon"), a first watch, a season
# awaited ("ready for s2", "s2 hype", "trying to catch up before s2 comes out").
_NOTHING_MORE = re.compile(
    r"\b(?:webtoon|manhwa|comic|comics|the book)\b"
    r"|^(?:(?:its|it is|this is) )?(?:my )?(?:first|1st) (?:time|watch)(?: watching| through| seeing it)?(?: it)?$"
    r"|^(?!.*\b(?:ep|eps|episode|e|finished|done|watched|seen|not|havent)\b)(?:.* )?(?:ready for|hyped? for|waiting for"
    r"|excited for|cant wait for|before) (?:s|season) ?\d{1,2}(?: (?:comes out|drops|is out|releases|hype\w*))?$"
    r"|^(?:s|season) ?\d{1,2} hype\w*$"
    # "rewatching ep 2 with my sis": seen before, so it says nothing of how far beside what does
    r"|^(?:im |i am )?re-?watching (?:ep|episode|e) ?\d{1,2}(?: (?:with|for) .+)?$"
)


def says_nothing_more(clause: str) -> bool:
    """Whether a clause (chat_free) says nothing of how far its writer is: the webtoon, a season awaited."""
    return _NOTHING_MORE.search(clause) is not None
