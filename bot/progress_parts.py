"""A season released in parts ("finished part 1", "part 2 ep 1", "s2 pt 2 e3", "파트1 다 봤어", "halfway thru part 2"),
said as the episodes of that season the listing shows each part to be.

No source names a part's episodes: the listing shows them. A season is taken to be in parts only when its episodes
come in two or three drops of three or more each (every episode of a drop listed within a day of the drop's first, as
ShowShape.set_premiere takes a season's first drop), so weekly episodes are never parts. Where the parts are not
seen in the listing, only what the words themselves say is read: "part 1 ep 4" is the season's episode 4 (part 1
begins the season); "finished part 1" once a later season is out is that season begun ("halfway through season 2",
all of the season before it); anything of a later part is left to be asked again, never guessed, and `part_unread`
says why (that part is not out yet, or no listing shows its episodes). A part of something else is no part of a season
("part 2 of the recap", "the webtoon part 2"); a part of an episode ("ep 5 part 2", "part one of ep 12") is partway
through that episode, unless that part of the season is out ("ep 5 part 2" then is either: asked again). What is left
of a part, its last or first episode and all of it ("1 ep left of part 2", "on the last ep of part 1", "binged all of
part 1") are counted in the part the listing shows, once it is out; a part begun only once it is out ("halfway thru part
2": part 1 seen), part 1 begun or half seen that season begun ("halfway through part 1", "파트1 반 정도 봤어"), as
"halfway through s2" (watched42).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from bot.lazy_re import compile_later
from bot.lore.mark_words import WHOLE_SAID
from bot.progress_beside import NTH_TIME
from bot.progress_forms import IN_A_SPAN
from bot.progress_hedged import FOREIGN_COUNTS, KOREAN_COUNTS
from bot.show import EpisodeInfo, Position, ShowShape
from bot.text import NUMBER_WORDS

#: A part's number: digits, words and roman numerals as fans type them ("part one", "parte dos", "teil zwei", "pt ii"),
#: read by imported lists' part notes too (bot/trivia/partnotes.py).
PART_NUMBERS = {"1": 1, "2": 2, "3": 3, "one": 1, "two": 2, "three": 3, "i": 1, "ii": 2, "iii": 3, "uno": 1, "dos": 2,
           "un": 1, "deux": 2, "eins": 1, "zwei": 2, "一": 1, "二": 2, "三": 3}
PART_NUMBER = r"(?:[1-3]|one|two|three|iii|ii|i|uno|dos|un|deux|eins|zwei)"
# "part 1", "pt. 2", "vol 2", "volume 1", "parte 1", "partie 1", "teil 1", "파트1", "パート1", "第一部" (Chinese, after its season).
_PART = (rf"(?:(?<![a-z])(?:(?:the|la|a|die|der|ang) )?(?:part|pt\.?|vol\.?|volume|parte|partie|teil|파트|パート) ?(?P<n{{0}}>{PART_NUMBER})"
         r"(?![a-z0-9à-ÿ]|\.\d)|第(?P<z{0}>[一二三])部)")
# The season said beside the part: "s2", "season 2", "staffel 2", "시즌2", "シーズン2", "第二季".
_SEASON_WORD = r"s|season|staffel|saison|temporada|stagione"
_SEASON = (r"(?<!\w)(?:(?:" + _SEASON_WORD + r") ?(?P<s{0}>\d{{1,2}})|(?:시즌|シーズン) ?(?P<k{0}>\d{{1,2}})"
           r"|第(?P<c{0}>[一二三]|\d{{1,2}})季)")
_OF = r"(?:of|de|da|del|von|ng) (?:the |la |a |der )?"
_EP = r"(?:episode|ep|eps|e|cap|cap[ií]tulo|episodio|epis[oó]dio|folge)\.?"
_SEASON_SAID = compile_later(rf"(?<!\w)(?:{_SEASON_WORD}|시즌|シーズン) ?(\d{{1,2}})(?!\d)")
# "s2p1", "s2 p2": a season's part in short.
_SHORT = compile_later(r"(?<!\w)s ?(\d{1,2}) ?p([1-3])(?!\w)")

# An episode of a part: "part 2 ep 1", "s2 pt 2 e3", "시즌2 파트2 1화", "パート2の2話", "parte 2, cap 2", "ep 1 of part 2".
_PART_EPISODE = compile_later(
    rf"(?:{_SEASON.format(1)}[\s,:-]*)?{_PART.format(1)}[\s,:-]*(?:の|的)?(?:{_EP} ?(?P<e1>\d{{1,2}})(?!\w)|(?P<e2>\d{{1,2}}) ?(?:화|話|集))"
    # ("nasa ep 4 na ako ng part 2": the Tagalog "na ako" between them, watched44)
    rf"|(?<!\w){_EP} ?(?P<e3>\d{{1,2}}) (?:na (?:ako )?)?{_OF}{_PART.format(2)}"
    # "2 eps into part 2": that many of the part seen (never "6 eps in part 2", a count)
    rf"|(?<!\w)(?P<e4>\d{{1,2}}) (?:eps?|episodes?) into {_PART.format(3)}(?: {_OF}{_SEASON.format(2)})?")
# (the verb before it is taken with it: "on ep 5 part 2 rn" is "in the middle of ep 5 rn")
_AT = r"(?:(?:im |i am )?(?:on|at|watching|doing) |(?:estoy|voy|ando) (?:en|por) (?:el )?|(?:t[oô]|estou) n[oa] )?"
# A part of an EPISODE, its second half ("ep 5 part 2", "s2 ep 5 pt 2") where that season's part 2 is not out, or any
# part of it named as such ("part one of ep 12"): partway through that episode, never a part of the season.
_EPISODE_PART = compile_later(
    rf"(?<!\w){_AT}(?P<lead>(?:{_SEASON.format(1)} ?)?(?:{_EP} ?\d{{1,2}}|(?P<e>\d{{1,2}}) ?(?:화|話)))[ -]{{0,3}}"
    rf"(?:part|pt\.?|parte|파트|パート) ?(?P<n1>[123]|one|two|three)(?![\w.])")
_PART_OF_EPISODE = compile_later(
    rf"(?<!\w){_AT}(?:(?:the )?(?:part|pt\.?) ?(?:[1-3]|one|two|three)|(?:the )?(?:first|second|1st|2nd) part) of (?:the )?"
    rf"(?P<lead>{_EP} ?\d{{1,2}})(?!\w)")
# "part 2 of my s1 rewatch": a part of a season's rewatch, that season seen
_PART_OF_REWATCH = compile_later(rf"(?<!\w){_AT}(?:part|pt\.?) ?{PART_NUMBER} of (?:my|our|the) (?:s|season) ?(\d{{1,2}}) re-?watch\b")
# A part said seen: the verb before it ("finished part 1", "done with part 1 of s2", "tapos na part 1", "udah nonton part
# 1", "terminei a parte 1", "jai fini la partie 1") or after it ("parte 1 terminada", "파트1 다 봤어", "パート1見終わった",
# "第二季第一部看完了", "teil 1 von staffel 2 durch", "volume 1 done").
_SEEN_BEFORE = (r"(?:(?:i |ive |i have |weve )?(?:just |finally |already )?(?:finished|done with|done w/?|completed|watched|saw|seen|binged"
                # ("tapos na ako sa part 1", "udah kelar part 1": the Tagalog "ako sa", the Indonesian "kelar" between)
                r"|got through|tapos na(?: ako)?(?: sa| ang| yung)?|tapos ko na(?: ang| yung)?|natapos ko na|natapos na"
                r"|(?:udah|sudah|udh) (?:nonton|kelar|selesai|beres|namatin)|udah|sudah|terminei|termin[eé]"
                r"|acab[eé]i?|jai fini|fini|maratonei|marat?one[eé]"
                r"|ho finito|ho visto|xong) )")
# (Korean, said done: "봤어", "끝냈어", "끝남", "끝"; never a wish or a when, "봤으면", "끝나면", "끝낼게", "끝나감")
_KO_SEEN = r"(?:봤|끝냈|끝났)(?!으면)\w*|봄|끝냄|끝남|끝(?![가-힣])"
_SEEN_AFTER = (rf"(?: (?:is |was )?(?:done|finished|watched|over|completed?)|[ ]?(?:を|は|도|을|를)?(?: ?다)? ?(?:{_KO_SEEN})"
               r"|(?: (?:ya )?)?(?:terminad[ao]|acabad[ao]|termin[eé]e?|finie?|finita|finito|durch|fertig|gesehen|geschaut|tamat"
               r"|selesai|kelar|beres|(?:udah|sudah) (?:kelar|selesai|beres|ditonton)|udah)|(?:を|は)?(?:見終わった|観終わった|見た|完走した|一気見した|一気に見た)|(?:都)?看完了?)")
# (when it was seen, in the fan's words: "last night", "anoche", "ontem à noite", "kagabi", "kemarin"; never asked, "part 2 done?")
_AFTER = (r"(?: (?:twice|again|already|now|rn|lol|today|yesterday|last night|this morning|earlier|anoche|ayer|hoy|ontem à noite|ontem|hoje"
          rf"|kagabi|kahapon|kanina|kemarin|tadi malam|semalam|tadi|{IN_A_SPAN}))?(?=$|[,;.!，、]| and | then | but | (?:now |still )?waiting for )")
# ... and between the part and the verb where the verb comes last: "파트1 어젯밤에 다 봤어", "パート1昨日見終わった"
_WHEN_BEFORE_VERB = r"(?: ?(?:어젯밤에?|어제|오늘|昨日|昨夜|今日|昨天|昨晚|今天))?"
_PART_BEGUN = compile_later(
    rf"(?:^|(?<=[,;] ))(?:(?:im |i am )?(?:halfway (?:thru|through)|half ?way (?:thru|through)|in the middle of|on|started|starting"
    rf"|watching|into|(?:almost|nearly) (?:done|finished|through)(?: with)?)|(?:voy |estoy |ando )?(?:por |en |a )?la mitad de|(?:t[oô] |estou )?na metade d[ae]|(?:udah |sudah |udh )?setengah(?: dari)?"
    rf"|(?:nasa )?kalahati(?: na)? ng) {_PART.format(1)}(?: {_OF}{_SEASON.format(2)})?{_AFTER}"
    # ... and half of it said after the part ("파트1 반 정도 봤어", "パート1の半分まで見た")
    rf"|(?:^|(?<=[,;] ))(?:{_SEASON.format(3)} ?)?{_PART.format(3)} ?(?:을|를|은|는|の)? ?(?:절반|반|중간|半分)(?: ?(?:정도|쯤|까지|まで|くらい))?"
    rf" ?(?:봤\w*|봄|보는 ?중|見た|観た|見てる)?(?=$|[,;.!])")


# What is left of a part ("1 ep left of part 2", "2 eps to go in part 1") and a part's first or last episode ("on the
# last ep of part 1", "the first ep of part 2"): counted in the part the listing shows, once it is out (watched40).
# ... said abroad: "me quedan 6 caps de la parte 2", "faltam 2 eps da parte 2", "tinggal 6 ep lagi di part 2"; the
# episodes' word left out, as "2 left" is read ("2 left in part 2", "quedan 2 de la parte 2"; watched43).
_LEFT_OF_PART = compile_later(
    rf"(?:^|(?<=[,;] )|(?<= ))(?:(?P<count>\d|one|two|three|a|only one) (?:more )?(?:(?:eps?|episodes?) )?(?:left|to go|remaining) (?:of|in) "
    rf"|(?:me |nos )?(?:quedan?|faltan?|faltam) (?:s[oó]lo |solo |s[oó] )?(?P<abroad>\d|{'|'.join(sorted(FOREIGN_COUNTS, key=len, reverse=True))}) "
    rf"(?:(?:caps?|cap[ií]tulos?|episodios?|epis[oó]dios?|eps?) )?(?:de|da|do) "
    rf"|(?:tinggal|sisa) (?P<id>\d|satu|dua|tiga) (?:eps?|episodes?|episod)(?: lagi)? (?:di|dari) "
    # ... and in Tagalog: "nalang 2 eps sa part 2", "2 eps na lang sa part 2" (watched51)
    rf"|na ?lang (?P<tl>\d|isa|dalawa|tatlo) (?:eps?|episodes?) sa |(?P<tl2>\d|isa|dalawa|tatlo) (?:eps?|episodes?) na ?lang sa )"
    rf"{_PART.format(1)}"
    rf"(?: {_OF}{_SEASON.format(2)})?{_AFTER}")
# (the Tagalog way too: "nasa last ep na ako ng part 1", "nasa huling ep na ng part 2")
# ... and in Spanish and Indonesian: "estoy en el último cap de la parte 1", "lagi di ep terakhir part 1" (watched47)
_END_OF_PART = compile_later(
    rf"(?<!\w)(?:(?:the|el) )?(?:(?P<end>last|final|first|huling|unang|[uú]ltimo|primer) (?:ep|episode|one|cap|cap[ií]tulo|episodio)"
    rf"|(?:ep|eps|episode) (?P<end2>terakhir|pertama)) (?:na (?:ako )?)?(?:{_OF}|(?<=terakhir )(?:di |dari )?|(?<=pertama )(?:di |dari )?)"
    rf"{_PART.format(1)}"
    rf"(?: {_OF}{_SEASON.format(2)})?(?P<again> again(?=$|[,;.!]))?"  # (seen again: said "twice", as the readers read it, watched52)
    rf"(?=$|[,;.!]| (?:now|rn|tonight|tomorrow|tmrw|today|again|lol|left|to go|twice|thrice|{NTH_TIME}))")  # ("just the last ep of part 2 left")
# A part's finale ("the part 2 finale", "the finale of part 2", "el final de la parte 2", "o final da parte 2"): its last
# episode, said as _END_OF_PART reads it (watched51: "saving the part 2 finale for next week")
_FINALE_OF_PART = compile_later(rf"(?<!\w)(?:the )?(?P<a>{_PART.format(1)}) finale(?!\w)"
                                rf"|(?<!\w)(?:(?:the|el|o) )?(?:finale|final) (?:of|de la|da|ng) (?P<b>{_PART.format(2)})")
# A part not begun beside a place ("finished part 1 again, haven't started part 2", "todavía no empiezo la parte 2", "di
# ko pa nasisimulan ang part 2"): its first episode not seen, a bound the place must stay before, once it is out (watched43).
_PART_NOT_STARTED = compile_later(
    r"(?:^|(?<=[,;] ))(?:(?:but |and |y |pero )?(?:i )?(?:still )?(?:havent|have not|didnt|did not|not) (?:even |yet )*(?:started|begun)"
    r"|(?:y |pero )?(?:todav[ií]a|a[uú]n) no (?:empiezo|empec[eé]|he empezado)|(?:pero )?(?:di|hindi) (?:ko )?pa (?:ko )?nasisimulan)"
    rf" (?:con )?{_PART.format(1)}(?: {_OF}{_SEASON.format(2)})?(?: yet)?(?=$|[,;.!])")
# ... said the Korean way, the part first: "파트2 한 화 남았어", "파트1 두 편 남음" (watched41)
_KO_LEFT_OF_PART = compile_later(
    rf"(?:^|(?<=[,;] ))(?:{_SEASON.format(2)} ?)?{_PART.format(1)} ?(?:은|는)? ?(?P<count>[1-3]|한|두|세) ?(?:화|편|회) ?(?:만)? ?남(?:음|았어요?|았음|았다|았네)?"
    rf"(?=$|[,;.!])")
# The first episodes of a part said seen ("only seen the first two of part 2", "watched the first 3 eps of part 2"): that
# many of the part, once it is out (never said as a plan: "gonna watch the first 2 of part 2" has none of them seen).
_FIRST_OF_PART = compile_later(
    rf"(?<!\w)(?P<verb>(?:(?:only|just|already) )?(?:seen|watched|saw|finished|done with) )(?:the )?first (?P<count>\d|one|two|three|four|five|six)"
    rf" (?:(?:eps?|episodes?) )?{_OF}{_PART.format(1)}(?: {_OF}{_SEASON.format(2)})?{_AFTER}")
# ... and the part said after ("2화 남았다 파트2", as "2화 남았다 시즌2" is read; watched52): said part first for the above
_KO_LEFT_PART_AFTER = compile_later(r"^(?P<left>(?:[1-3]|한|두|세) ?(?:화|편|회) ?(?:만)? ?남\w*) (?P<part>(?:파트|パート) ?[1-3])$")
_COUNT = {**NUMBER_WORDS, **KOREAN_COUNTS, **FOREIGN_COUNTS, "a": 1, "only one": 1}  # (the counts a count left is read with)


def _seen_pattern() -> str:
    season_before = rf"(?:{_SEASON.format(1)}[\s,:-]*(?:の|的)?)?"
    # ("binged all of part 1", "finished vol 2 of the show": the whole part, of this show)
    # ("maratonei a parte 1 inteira": the whole part said after it)
    whole = (rf"(?:all (?:of )?|the whole )?{_PART.format(1)}(?: {_OF}{_SEASON.format(2)}| of the (?:show|series))?"
             r"(?: (?:inteira|entera|completa|enterita))?")
    # (a clause begins at the start, after a comma, or after "but" / "and": "rewatching s1 ep 5 but finished s2 p1")
    return rf"(?:^|(?<=[,;] )|(?<= but )|(?<= and ))(?:{_SEEN_BEFORE}(?P<v>))?{season_before}{whole}(?(v)(?:{_SEEN_AFTER})?|{_WHEN_BEFORE_VERB}{_SEEN_AFTER}){_AFTER}"


_PART_SEEN = compile_later(_seen_pattern())

Part = tuple[int, int, dt.datetime | None]  # first and last episode, when it is out (None: not yet known)


def parts_of(shape: ShowShape, season: int) -> tuple[Part, ...]:
    """The season's parts as its listing shows them: two or three drops of three or more episodes each, every episode
    of a drop listed within a day of its first; () when the listing shows no parts (weekly episodes, one drop). One
    drop listed before the later part's day the season-2 status holds (`ShowShape.later_part`) is Part 1 alone: Part 2's
    episodes are not known, so nothing of it is counted (watched51)."""
    drops: list[list[EpisodeInfo]] = []
    starts: list[dt.datetime] = []
    for info in shape.episodes_in(season):
        if info.airstamp is None:
            return ()
        if drops and info.airstamp <= starts[-1] + dt.timedelta(days=1) and info.number == drops[-1][-1].number + 1:
            drops[-1].append(info)
        else:
            drops.append([info])
            starts.append(info.airstamp)
    later = shape.later_part(season)
    if len(drops) == 1 and len(drops[0]) >= 3 and later is not None and (aired := shape.aired_at(drops[0][-1])) is not None \
            and aired < later:  # one drop listed, the status dating a later part: that drop is Part 1, Part 2 unlisted
        return ((drops[0][0].number, drops[0][-1].number, aired),)
    if not 2 <= len(drops) <= 3 or any(len(drop) < 3 for drop in drops):
        return ()
    return tuple((drop[0].number, drop[-1].number, shape.aired_at(drop[-1])) for drop in drops)


def _number(found: re.Match[str], *names: str) -> int | None:
    said = next((found[name] for name in names if found[name] is not None), None)
    return None if said is None else int(said) if said.isdigit() else PART_NUMBERS.get(said)


def parts_placed(text: str, shape: ShowShape, now: dt.datetime) -> str:
    """`text` with each part of a season it names said as that season's episodes ("finished part 1": "finished season
    2 episode 6" when the listing shows part 1 to be S2E1-S2E6); `text` unchanged when it names no part read here."""
    said = unicodedata.normalize("NFKC", text).casefold().replace("'", "").replace("\u2019", "")
    said = re.sub(r"\s+", " ", said).strip()
    if not any(word in said for word in ("part", "pt", "vol", "teil", "파트", "パート", "部", "p1", "p2", "p3")):
        return text
    # a part said with no season beside it is of the season the message names elsewhere ("rewatching season 1, finished
    # part 1": season 1's, no parts), else of the latest out
    named = {int(found[1]) for found in _SEASON_SAID.finditer(said)}
    latest = min(named) if named else shape.last_released(now).season
    placed = _PART_OF_REWATCH.sub(r"rewatching s\1", _PART_OF_EPISODE.sub(r"in the middle of \g<lead>", said))
    placed = _EPISODE_PART.sub(lambda found: _episode_half(found, shape, now, latest), placed)
    placed = _PART_EPISODE.sub(lambda found: _episode(found, shape, now, latest), _SHORT.sub(r"s\1 part \2", placed))
    placed = _KO_LEFT_OF_PART.sub(lambda found: _left(found, shape, now, latest), _KO_LEFT_PART_AFTER.sub(r"\g<part> \g<left>", placed))
    placed = _LEFT_OF_PART.sub(lambda found: _left(found, shape, now, latest), placed)
    placed = _finale_said(placed)
    placed = _END_OF_PART.sub(lambda found: _end(found, shape, now, latest), placed)
    placed = _FIRST_OF_PART.sub(lambda found: _first(found, shape, now, latest), placed)
    placed = _PART_NOT_STARTED.sub(lambda found: _not_started(found, shape, now, latest), placed)
    placed = _PART_SEEN.sub(lambda found: _seen(found, shape, now, latest), placed)
    placed = _PART_BEGUN.sub(lambda found: _begun(found, shape, now, latest), placed)
    return text if placed == said else placed


def _finale_said(text: str) -> str:
    """`text` with a part's finale ("the part 2 finale") said as its last episode ("the last ep of part 2")."""
    return _FINALE_OF_PART.sub(lambda found: f"the last ep of {found['a'] or found['b']}", text)


def part_end_placed(said: str, shape: ShowShape, now: dt.datetime) -> str:
    """What is said left ("the last ep of part 2" of "saving the last ep of part 2 for next week") with a part's end said
    as that season's episode, once the listing shows the part out (watched51); nothing else of a part is read here
    ("파트1 반", half of part 1, names no end)."""
    placed = _finale_said(_parts_said(said))
    latest = shape.last_released(now).season
    return _END_OF_PART.sub(lambda found: _end(found, shape, now, latest), placed)


def _season(found: re.Match[str], latest: int) -> tuple[int, bool]:
    """The season named beside the part, else the latest out; and whether it was named."""
    named = _number(found, *(name for name in ("s1", "k1", "c1", "s2", "k2", "c2", "s3", "k3", "c3") if name in found.re.groupindex))
    return (named, True) if named is not None else (latest, False)


def _episode_half(found: re.Match[str], shape: ShowShape, now: dt.datetime, latest: int) -> str:
    """"ep 5 part 2": partway through episode 5 unless that season's part 2 is out (then which is meant is unknown)."""
    season, part = _season(found, latest)[0], _number(found, "n1")
    parts = parts_of(shape, season)
    if part is None or (parts and part <= len(parts) and _out(parts[part - 1], now)):
        return found[0]
    # ("5화 파트2", "5話パート2": that episode in the words the readers after this one know)
    lead = found["lead"] if found["e"] is None else f"{found['lead'][:found.start('e') - found.start('lead')]}ep {found['e']}"
    return f"in the middle of {lead}"


def _episode(found: re.Match[str], shape: ShowShape, now: dt.datetime, latest: int) -> str:
    season, named = _season(found, latest)
    part, episode = _number(found, "n1", "z1", "n2", "z2", "n3", "z3"), _number(found, "e1", "e2", "e3", "e4")
    parts = parts_of(shape, season)
    if part is None or episode is None:
        return found[0]
    if parts and part <= len(parts) and _out(parts[part - 1], now) and episode <= parts[part - 1][1] - parts[part - 1][0] + 1:
        # (in Japanese words where the Japanese verb follows: "パート2の2話まで見た" reads as "シーズン2 8話まで見た")
        counted = parts[part - 1][0] + episode - 1
        return f"シーズン{season} {counted}話" if found["e2"] and found[0].endswith("話") else f"s{season} ep {counted}"
    if part == 1 and named and season > 1:  # part 1 begins the season, wherever its end is unknown
        return f"s{season} ep {episode}"
    return found[0]


def part_counted(shape: ShowShape, now: dt.datetime, count: int, number: int | None) -> Position | None:
    """The first episode of the one part out of a later season that holds `count` episodes (part `number`, when said):
    what "3/6" counts in ("3/6 done" while only Part 1's six are out); None when no part or several do."""
    seasons = range(2, shape.last_released(now).season + 1)
    found = [Position(season, part[0]) for season in seasons for said, part in enumerate(parts_of(shape, season), 1)
             if _out(part, now) and part[1] - part[0] + 1 == count and number in (None, said)]
    # ... or a season listed as one drop of that many, all out (Part 1's six before anything of Part 2 is known; watched54)
    found += [Position(season, 1) for season in seasons if number in (None, 1) and not parts_of(shape, season)
              and _one_drop_out(shape.episodes_in(season), count, shape, now)]
    return found[0] if len(found) == 1 else None


def _one_drop_out(infos: tuple[EpisodeInfo, ...], count: int, shape: ShowShape, now: dt.datetime) -> bool:
    if len(infos) != count or count < 3 or any(info.airstamp is None for info in infos):
        return False
    first, last = infos[0].airstamp, infos[-1].airstamp
    aired = shape.aired_at(infos[-1])
    return first is not None and last is not None and last - first <= dt.timedelta(days=1) and aired is not None and aired <= now


def _out(part: Part, now: dt.datetime) -> bool:
    return part[2] is not None and part[2] <= now


def _seen(found: re.Match[str], shape: ShowShape, now: dt.datetime, latest: int) -> str:
    season, named = _season(found, latest)
    part, parts = _number(found, "n1", "z1"), parts_of(shape, season)
    if part is None or season < 2:
        return found[0]
    if parts and part <= len(parts) and _out(parts[part - 1], now):
        return f"finished s{season} ep {parts[part - 1][1]}"
    if not parts and not named and latest >= 2:  # a later season's part, where it ends unknown: that season begun
        return f"halfway through season {season}"
    return found[0]


def _out_part(found: re.Match[str], shape: ShowShape, now: dt.datetime, latest: int) -> tuple[int, Part] | None:
    """The season and the part named in `found`, when the listing shows that part and it is out."""
    season, part = _season(found, latest)[0], _number(found, "n1", "z1")
    parts = parts_of(shape, season)
    if part is None or not parts or part > len(parts) or not _out(parts[part - 1], now):
        return None
    return season, parts[part - 1]


def _left(found: re.Match[str], shape: ShowShape, now: dt.datetime, latest: int) -> str:
    """"1 ep left of part 2": the part's episode that many before its end seen (a count past the part: as typed)."""
    placed = _out_part(found, shape, now, latest)
    said = next(said for said in (found.groupdict().get(name) for name in ("count", "abroad", "id", "tl", "tl2")) if said)
    count = int(said) if said.isdigit() else _COUNT[said]
    # (all of a later part left: "6 eps left in part 2" of six, the part before it seen)
    if placed is None or not 1 <= count <= placed[1][1] - placed[1][0] + (placed[1][0] > 1):
        return found[0]
    return f"finished s{placed[0]} ep {placed[1][1] - count}"


def _end(found: re.Match[str], shape: ShowShape, now: dt.datetime, latest: int) -> str:
    """"the last ep of part 1": that part's last episode in the season (its first: "the first ep of part 2")."""
    if (placed := _out_part(found, shape, now, latest)) is None:
        return found[0]
    first = (found["end"] or found["end2"]) in ("first", "unang", "primer", "pertama")
    return f"s{placed[0]} ep {placed[1][0] if first else placed[1][1]}" + (" twice" if found["again"] else "")


def _first(found: re.Match[str], shape: ShowShape, now: dt.datetime, latest: int) -> str:
    """"only seen the first two of part 2": the part's episode that many into it (a count past the part: as typed)."""
    if (placed := _out_part(found, shape, now, latest)) is None:
        return found[0]
    count = int(found["count"]) if found["count"].isdigit() else _COUNT[found["count"]]
    first, last = placed[1][:2]
    return found[0] if count > last - first + 1 else f"{found['verb']}s{placed[0]} ep {first + count - 1}"


def _not_started(found: re.Match[str], shape: ShowShape, now: dt.datetime, latest: int) -> str:
    """"..., haven't started part 2": that part's first episode not seen yet; said alone or of a part not out, as typed
    (alone it says no place: anywhere in the part before, as "haven't started s2" is asked how far)."""
    placed = _out_part(found, shape, now, latest) if found.start() else None
    return found[0] if placed is None else f"not s{placed[0]} ep {placed[1][0]} yet"  # a bound, never a place


def _begun(found: re.Match[str], shape: ShowShape, now: dt.datetime, latest: int) -> str:
    """"halfway thru part 2": the part before it seen, once part 2 itself is out (never a part still to come); part 1
    of a later season out ("halfway through part 1", "파트1 반 정도 봤어"): that season begun, as "halfway through s2"."""
    season, _ = _season(found, latest)
    part, parts = _number(found, "n1", "z1", "n3", "z3"), parts_of(shape, season)
    if part == 1 and 2 <= season <= shape.last_released(now).season:
        return f"halfway through season {season}"
    if part is None or part < 2 or not parts or part > len(parts) or not _out(parts[part - 1], now):
        return found[0]
    return f"finished s{season} ep {parts[part - 2][1]}"


_PART_NAMED = compile_later(rf"(?:{_SEASON.format(1)}[\s,:-]*(?:の|的)?)?{_PART.format(1)}(?: {_OF}{_SEASON.format(2)})?")


def _parts_said(text: str) -> str:
    """`text` as the part patterns read it: NFKC, casefolded, one space between words, "s2p2" as "s2 part 2"."""
    return _SHORT.sub(r"s\1 part \2", re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).casefold()))


def _part_named(text: str) -> tuple[re.Match[str], int] | None:
    """The first part of a season `text` names ("s2p2" as "s2 part 2"), and its number; None when it names none."""
    if (found := _PART_NAMED.search(_parts_said(text))) is None or (part := _number(found, "n1", "z1")) is None:
        return None
    return found, part


def part_unread(typed: str, shape: ShowShape, now: dt.datetime) -> str | None:
    """Why a part of a season in `typed` (read as no place) was not read, when that is what stopped it: that part is not
    out yet, or no listing shows which episodes it holds; None when `typed` names no part of a season out."""
    if (named := _part_named(typed)) is None:
        return None
    found, part = named
    latest = shape.last_released(now)
    season = _season(found, latest.season)[0]
    if season < 2 or season > latest.season:
        return None  # a season not out is told so (bot.progress_refused)
    parts = parts_of(shape, season)
    if part_not_out(typed, shape, now):
        return f"Part {part} of season {season} is not out yet"
    if not parts or part > len(parts):
        return f"No listing shows which episodes part {part} of season {season} holds"
    return None


def part_begun(typed: str, shape: ShowShape, now: dt.datetime) -> str | None:
    """Why a part of a season out, named with no episode ("s2 part 1", "in part 1 of s2"), saved only the season before
    it: the part is read as begun, not finished (rehearse59: a fan typing it may be partway); None when `typed` names
    no such part."""
    if (named := _part_named(typed)) is None:
        return None
    found, part = named
    latest = shape.last_released(now)
    season = _season(found, latest.season)[0]
    parts = parts_of(shape, season) if 2 <= season <= latest.season else []
    if part > len(parts) or not _out(parts[part - 1], now):
        return None
    return f"Part {part} of season {season} with no episode named is read as begun, not finished"


def part_season(typed: str, shape: ShowShape, now: dt.datetime) -> int | None:
    """The season whose part `typed` names (the one named beside it, else the latest out); None when it names none, or
    names another season too ("part 3 of my s1 rewatch": a part of something else)."""
    if (named := _part_named(typed)) is None:
        return None
    season = _season(named[0], shape.last_released(now).season)[0]
    return None if any(int(other[1]) != season for other in _SEASON_SAID.finditer(_parts_said(typed))) else season


def part_not_out(clause: str, shape: ShowShape, now: dt.datetime) -> bool:
    """Whether `clause` names a part of a season out that the listing shows still to come ("part 2 next month" while only
    part 1 is out): a hope or a plan, so it says nothing of what was watched (watched41)."""
    if (named := _part_named(clause)) is None:
        return False
    found, part = named
    season = _season(found, shape.last_released(now).season)[0]
    parts = parts_of(shape, season) if 2 <= season <= shape.last_released(now).season else []
    # (Part 2 dated by the status, none of it listed: still to come until its day, watched51)
    later = len(parts) == 1 and part == 2 and (day := shape.later_part(season)) is not None and now < day
    return later or (0 < part <= len(parts) and not _out(parts[part - 1], now))


def part_marked(typed: str, shape: ShowShape, now: dt.datetime) -> Position | None:
    """The mark a moderator means by a season's part said alone ("S2 part 1", "s2p1", "season 2 part 1 spoilers"):
    discussed openly to that part's last episode, once the listing shows that part out; None otherwise (where "in part
    1" as a fan's progress is the season begun, a channel marked with a part discusses all of it: rehearse59)."""
    if (named := _part_named(typed)) is None or (season := _season(named[0], 0)[0]) < 2:
        return None  # (no season named: "part 1" alone may be season 1's first half, asked again)
    found, part = named
    said = found.string
    if any(word not in WHOLE_SAID for word in re.findall(r"[^\W_]+", said[:found.start()] + " " + said[found.end():])):
        return None
    parts = parts_of(shape, season)
    if part > len(parts) or not _out(parts[part - 1], now):
        return None
    return Position(season, parts[part - 1][1])
