"""An episode of season 1 named by what happens in it ("stopped after the library ep", "finished the ep where nam-ra
gets bitten"), rewritten as its number for bot.progress_said to read ("stopped after season 1 episode 5").

Plain text in, plain text out (already lower-cased by bot.progress_said.chat_free). Season 1's episodes have no
official titles, so fans name them by an event; only events the fact sheet places in one episode are here (an event
over several, such as the rooftop days (7 to 9) or Na-yeon's death (episode not confirmed), is left as typed and
asked again). The number is said with its season, so it stays season 1's once a later season is out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.lazy_re import compile_later

if TYPE_CHECKING:  # (bot.show reads bot.progress_said, which reads this module)
    from bot.show import Position

_BITTEN = r"(?:gets |get |got |is |was |getting )?(?:bitten|bit|infected)"
_DIES = r"(?:dies|died|die|dying|death|sacrifices? \w+|sacrifice)"
# Each event, and the season-1 episode the fact sheet places it in (section 2 of facts.md, one episode only).
_EVENTS = tuple((compile_later(pattern), episode) for pattern, episode in (
    (rf"\bi-?sak (?:turns|{_BITTEN}|{_DIES})", 2),
    (r"\bbroadcast(?:ing)? room\b|\bfire hose\b", 3),
    (rf"\bhee-?s[ou]o? gives birth|\bms\.? park (?:{_DIES})|\bgyeong-?su (?:turns|{_BITTEN}|{_DIES})|\bhandkerchief\b", 3),
    (rf"\bbyeong-?chan (?:{_BITTEN}|{_DIES})", 4),
    (rf"\b(?:rat|mouse|hamster) bites\b|\bhyeon-?ju (?:turns|{_BITTEN})", 1),
    (r"\blibrary\b|\b(?<!sound )drones?\b|\bgwi-?nams? (?:[a-z]+ ){0,3}eye\b", 5),
    (rf"\bnam-?ra (?:{_BITTEN})", 6),
    (r"\bmusic room\b|\b(?:nam-?ra and su-?hyeok|su-?hyeok and nam-?ra) kiss|\bso-?ju swim", 7),
    (r"\bsos\b|\bcheong-?san confess|\bcampfire confession\b|\boffice (?:on )?fire\b|\bsets? (?:the )?office\b", 8),
    (r"\bnam-?ra (?:throws|hurls) gwi-?nam|\bgwi-?nam (?:gets |is |was )?(?:thrown|hurled) off|\bthunderstorm\b", 9),
    (rf"\bdae-?su confess|\bgym (?:storeroom|confession)\b|\bji-?min (?:turns|{_BITTEN}|{_DIES})", 10),
    # (never "so-ju saves": he saves officials in episode 4 and the students in 11)
    (rf"\b(?:so-?ju|on-?jos (?:dad|father)) (?:{_DIES})|\bmissiles?\b|\bgym (?:breakout|escape)|\bescape from the gym|\bcheong-?san (?:{_BITTEN}|{_DIES}|kisses)",
     11),
    (rf"\bwoo-?jin (?:{_BITTEN}|{_DIES})|\b(?:four|4) months later\b|\bepilogue\b", 12),
))
# "the library ep", "the ep where so-ju dies", "the one where nam-ra gets bitten": an episode named by an event.
_NAMED = compile_later(r"\b(?:the|that) (?:(?:[a-z-]+ ){1,3}(?:ep|episode)\b(?! ?\d)"
                    r"|(?:ep|episode|one) (?:where|when|with|in which)\b[^,.;!?]*)")

# Said as how far the fan is ("stopped after", "finished", "on"): never an event named alone ("the library episode
# 😭"), which is as often a thing to talk about as a place.
_PLACE_WORDS = r"with|on|at|after|through|thru|to|of|in"  # (a word of place alone, not of watching: _MERE_PLACE)
_PLACE_SAID = compile_later(rf"\b(?:finished|watched|seen|saw|{_PLACE_WORDS}|past|wrapped(?: up)?|started|binged)\s$")


# "at the part where they fly the drone", "just past the music room", "just saw so-ju die": a scene the fan is at or
# just past, so partway through its episode (the one before is what is surely seen).
# "Up to" a scene may stop short of it, and "at the library scene" names a place the class stays in over episodes: asked
# again, as before. "Stopped after" a scene named as one ("stopped after the gym confession"), never a place alone ("stopped
# after the library, got food").
_AT_SCENE = compile_later(r"^(?:(?:im|i am|we are|were) )?(?:just |right )?(?:(?:(?:i )?stopped (?:right |just )?after"
                       r"(?= (?:the |that )?(?:[a-z-]+ ){1,3}(?:scene|part|bit|moment|sequence|confession)\b)|past|after|(?:saw|watched|seen))"
                       r"(?: (?:the|that) (?:part|bit|scene|moment) (?:where|when|with))?"
                       r"|at (?:the|that) (?:part|bit|scene|moment) (?:where|when|with))(?= )|^(?:the (?:part|bit|scene) )?where(?= )"
                       r"(?! (?:do|does|did|is|are|was|were|can|could|will|would|should)\b)")  # "where do they fly the drone": asked


# A scene seen outside the show ("just saw the drone trailer", "saw so-ju die on tiktok") says nothing of how far.
_ELSEWHERE = compile_later(r"\b(?:trailers?|(?:fan ?)?fics?|teasers?|clips?|edits?|tiktoks?|videos?|youtube|yt|reels?|memes?|shorts|spoilers?"
                        r"|twitter|insta\w*|gifs?|fan ?cams?|webtoon|manhwa|comic)\b")


# "just saw a drone at the park", "saw my cat in the library": a thing of real life (an article or an owner), no scene.
_OF_LIFE = compile_later(r" (?:a|an|some|my|our|your|his|her|their|this|one) ")


# "just got to the library part", "at the fire hose scene", "up to the music room bit": a scene named by what is in it,
# reached, so partway through its episode (watched22). Never the broadcasting room this way: the class holds out in it in
# episode 3 and comes back to its PA system in 6, so a scene there says neither ("at the broadcasting room scene").
_AT_NAMED_SCENE = compile_later(
    r"^(?:(?:im|i am|we are|were) )?(?:just |right |finally )?(?:(?:got|get|came|made it) (?:to|past)|at|up to|reached|on|past"
    r"|(?:i )?paused (?:at|on|during|in)|nag-?pause (?:ako |kami )?sa) (?:the |that |a )?"  # "paused at the library scene": in it (never "stopped at", short of it)
    # (why it was paused says nothing more: "paused at the library scene to cry")
    r"(?P<what>[^,.;!?]+?) ?(?:part|bit|scene|moment|sequence)(?: rn| now| right now| lol)?(?: (?:to|for|bc|cuz) [a-z ]+)?[\s!.~]*$"
    # ... and the scene said first, then paused there ("the drone scene omg, pausing here", watched52)
    r"|^(?:the |that )(?P<first>(?:[a-z-]+ ){0,2}[a-z-]+) (?:part|bit|scene|moment|sequence)(?: omg| lol| rn| now)*[,.!]* (?:(?:im |i am |i )?(?:pausing"
    r"|paused|pause)(?: it)?) (?:right )?(?:here|there|rn|now)[\s!.~]*$")
# The same said abroad ("estoy en la parte de la biblioteca", "bis zur Szene im Musikraum", "音楽室のシーンまで見た",
# "도서관 장면 보는 중", "看到图书馆那段了"), as bot.progress_forms has left it ("tô na" and "bin bei der" are "on" by then).
_AT_SCENE_ABROAD = tuple(compile_later(pattern) for pattern in (
    r"^(?:estoy |voy |(?:yo )?paus[eé] )?(?:justo |ya )?(?:en|por) la (?:parte|escena) (?:de la |del |de )(?P<what>.+)$",
    r"^(?:on|estou na|to na|cheguei na|(?:eu )?pausei na) (?:parte|cena) (?:da|do|de la|del|de) (?P<what>.+)$",  # ("estoy en la": "on")
    r"^(?:on a|(?:je suis |j en suis )?(?:à|a)|(?:juste )?après) la (?:scène|partie) (?:de la |du |de l |des |d )(?P<what>.+)$",
    r"^(?:sono |siamo )?(?:arrivat[oaie] )?(?:alla|dopo la) (?:parte|scena) (?:della |dello |dell |del |dei )(?P<what>.+)$",
    r"^(?:on|bis zur|bei der) (?P<what>\w+?)s?szene$|^(?:on|bis zur|bei der) szene (?:im|in der|mit dem|mit der|vom|von der) (?P<de>.+)$",
    r"^(?P<ja>\S+?)の(?:シーン|場面|ところ)(?:まで見た|まで|を見てる|見てる|で一時停止(?:した|中))?$",
    # ("에서 멈춤": paused in it; "멈췄어 울려고": paused to cry, why says nothing more)
    r"^(?P<ko>.+?) ?장면(?:까지|에서)? ?(?:보는 ?중|봤어|봄|임|멈춤|멈췄\w*|일시 ?정지\w*)?(?: \S+(?:려고|러))?$",
    r"^(?:看到|在|到了)(?P<zh>.+?)(?:那段|那一段|那场戏)了?$",
    r"^(?:đang ở|tới|đến) (?:đoạn|cảnh) (?P<vi>.+)$",
    r"^(?P<tr>.+?) sahnesindeyim$",
    r"^وصلت (?:ل|إلى |الى )مشهد (?P<ar>.+)$",
    r"^ถงฉาก(?P<th>.+?)แลว$",  # "ถึงฉาก...แล้ว", its marks dropped by chat_free
    r"^(?:lagi di|sampai(?: ke)?) adegan (?P<id>.+)$",
))
# Why the fan stopped there, said after the scene ("pausei na cena da biblioteca pra chorar"): nothing more of where.
_WHY_PAUSED = compile_later(r" (?:para|pra|pa|untuk|buat|để) [^\W\d]+(?: [^\W\d]+){0,3}$")
# What those scenes name, as the English _EVENTS reads (only places one episode holds; "the gym", "the roof" are not).
_SCENE_WORDS = tuple((compile_later(pattern), english) for pattern, english in (
    (r"^(?:biblioteca|biblioth[eè]que|bibliothek|図書室|図書館|도서관|图书馆|thư viện|kütüphane|المكتبة|หองสมด|perpustakaan)$", "library"),
    (r"^(?:sala d[ei] m[uú]sica|salle de musique|musikraum|aula di musica|音楽室|음악실|音乐教室|音乐室|phòng nhạc|müzik odası"
     r"|غرفة الموسيقى|หองดนตร|ruang musik)$", "music room"),
    (r"^(?:drone|dron|ドローン|드론|无人机)$", "drone"),
    (r"^(?:체육관 창고|体育館の倉庫|体育倉庫|体育馆仓库|体育馆储藏室)$", "gym storeroom"),
))


def _scene_reached(text: str) -> str | None:
    """The episode before the one holding a scene said reached ("just got to the library part"), or None."""
    what = None
    if (named := _AT_NAMED_SCENE.match(text)) is not None:
        what = named["what"] or named["first"]
    else:
        abroad = next((found for pattern in _AT_SCENE_ABROAD if (found := pattern.match(text)) is not None), None)
        said = None if abroad is None else _WHY_PAUSED.sub("", next(group for group in abroad.groups() if group is not None).strip())
        what = next((english for pattern, english in _SCENE_WORDS if said and pattern.match(said)), None)
    if what is None or "broadcast" in what or any(ch.isdigit() for ch in text) or _ELSEWHERE.search(text):
        return None
    episodes = {episode for pattern, episode in _EVENTS if pattern.search(what)}
    return f"halfway through season 1 episode {episodes.pop()}" if len(episodes) == 1 else None


def _scene_said(text: str) -> str:
    if (reached := _scene_reached(text)) is not None:
        return reached
    at = _AT_SCENE.match(text)
    if at is None or any(ch.isdigit() for ch in text) or _ELSEWHERE.search(text) or _OF_LIFE.match(text[at.end():]):
        return text
    episodes = {episode for pattern, episode in _EVENTS if pattern.search(text[at.end():])}
    return f"halfway through season 1 episode {episodes.pop()}" if len(episodes) == 1 else text


# "terminé el episodio de la biblioteca", "finished episode de la biblioteca" once its verb is English: the episode named
# by a scene abroad, said as "the library ep" (watched22).
_EPISODE_OF_ABROAD = compile_later(r"\b(?:the )?(?:episode|episodio|cap[ií]tulo|epis[oó]dio) (?:de la |del |da |do |de l ?|du |della |dello )(?P<what>.+)$")


def _episode_of_abroad(text: str) -> str:
    found = _EPISODE_OF_ABROAD.search(text)
    what = None if found is None else next((english for pattern, english in _SCENE_WORDS if pattern.match(found["what"])), None)
    return text if found is None or what is None else f"{text[:found.start()]}the {what} ep"


def events_said(text: str) -> str:
    """`text` with an episode said watched and named by an event as its season-1 number ("finished the library ep":
    "finished season 1 episode 5"); one named by events the fact sheet places in different episodes, or none, or
    named alone, is left as typed."""
    text = _episode_of_abroad(text)
    named = _NAMED.search(text)
    if named is None:
        return _scene_said(text)
    if any(ch.isdigit() for ch in named.group()) or not _PLACE_SAID.search(text[:named.start()]):
        return text
    episodes = {episode for pattern, episode in _EVENTS if pattern.search(named.group())}
    if len(episodes) != 1:
        return text
    return f"{text[:named.start()]}season 1 episode {episodes.pop()}{text[named.end():]}"


def events_disagree(text: str) -> bool:
    """Whether an episode said watched is named by events the fact sheet places in different episodes, counting what
    follows it too ("on the ep where so-ju dies and nam-ra gets bitten": 11 and 6), which a clause alone would not."""
    named = _NAMED.search(text)
    if named is None or not _PLACE_SAID.search(text[:named.start()]):
        return False
    return len({episode for pattern, episode in _EVENTS if pattern.search(text[named.start():])}) > 1


_TITLE_AFTER_ONE = compile_later(r"\bepisode \d{1,2} (?:and|&) $")  # "watched <title> and <title>": the second one too
# A word of place alone ("on", "at") before a title of two words: as often an everyday phrase ("on night shift rn", "stuck
# at red lights"), so only a word of watching reads it (watched52); a longer title reads after either ("on those who remain").
_MERE_PLACE = compile_later(rf"\b(?:{_PLACE_WORDS})\s$")
# ... save "on" beginning the fan's own clause ("on red lights now", "im on red lights rn"; watched53), never after another
# verb ("stuck on red lights", "waiting on red lights") nor before a title that is an everyday "on" phrase ("on night
# shift", "on call", "on hold": its last word one that "on" takes in everyday talk)
_FAN_ON = compile_later(r"(?:^|[,;] )(?:(?:i[\'\u2019]?m|i am|still|now|currently|rn) )*on\s$")
# (nothing else after them: never "on red lights all the way home", "on red lights rn and the bus is late"; watched54)
_NOW_AFTER = compile_later(r"(?:\s*\b(?:rn|now|right now|atm|currently|lol|lmao|haha\w*|hehe\w*)\b)*\s*[.!]*\s*$")
_ON_PHRASE = compile_later(r"\b(?:shift|duty|break|call|leave|hold|lunch|vacation|holiday|board|time|fire|air|track|point|sale|strike"
                           r"|ice|way|edge|mind|phone|road|repeat|hiatus|mute|guard|top)$")  # ("on thin ice", "on my way": watched54)
# ... and such a title after a word that ends a working day as well as an episode ("just finished night shift, so tired",
# "got off night shift"): the fan's own shift, no place (watched54; "just watched night shift" reads)
_WORK_DONE = compile_later(r"\b(?:finished|done with|off|from|after)\s$")
# ... and a word of watching abroad before a title, where the same words before an episode are read ("vừa xem xong red
# lights", "terminé into the dark", "udah nonton red lights", "tapos ko na red lights"; watched52)
_WATCHED_ABROAD = compile_later(r"(?:^|\s)(?:(?:vừa |đã )?xem xong|assisti|terminei|termin[eé]|vi|(?:udah |sudah )?(?:nonton"
                                r"|selesai nonton)|tapos ko na)\s$")
# A title said first in its clause as the one to watch next ("on ep 2, into the dark next"), as "s2 ep 3 next" is read
# (bot.progress_said: the one before it seen); never "into the dark next week", a plan of when.
_CLAUSE_START = compile_later(r"(?:^|[,;] )$")
_NEXT = compile_later(r"(?: is)?(?: up)? next(?: up)?(?=$|[,;.!])")


def titles_placed(text: str, titles: list[tuple[re.Pattern[str], Position]]) -> str:
    """`text` with a later season's episode said watched by its listed title (ShowShape.titles: "just finished <title>",
    "on <title> rn") as its season and number, as an event names season 1's (watched51); a title said alone or in a
    sentence ("im scared of going into the dark") is left as typed: only a title right after a word of watching reads."""
    if not titles:
        return text
    folded = " ".join(text.casefold().split())
    for title, position in titles:
        for found in title.finditer(folded):
            before = folded[:found.start()]
            if len(found.group().split()) < 3 and _MERE_PLACE.search(before) \
                    and not (_FAN_ON.search(before) and not _ON_PHRASE.search(found.group()) and _NOW_AFTER.match(folded, found.end())):
                continue
            if len(found.group().split()) < 3 and _ON_PHRASE.search(found.group()) and _WORK_DONE.search(before):
                continue
            if _PLACE_SAID.search(before) or _TITLE_AFTER_ONE.search(before) or _WATCHED_ABROAD.search(before) \
                    or (_CLAUSE_START.search(before) and _NEXT.match(folded, found.end())):
                return titles_placed(f"{folded[:found.start()]}season {position.season} episode {position.episode}"
                                     f"{folded[found.end():]}", titles)
    return text
