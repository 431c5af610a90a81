"""An episode of season 1 named by what happens in it ("stopped after the library ep", "finished the ep where nam-ra
gets bitten"), rewritten as its number for bot.progress_said to read ("stopped after season 1 episode 5").

Plain text in, plain text out (already lower-cased by bot.progress_said.chat_free). Season 1's episodes have no
official titles, so fans name them by an event; only events the fact sheet places in one episode are here (an event
over several, such as the rooftop days (7 to 9) or Na-yeon's death (episode not confirmed), is left as typed and
asked again). The number is said with its season, so it stays season 1's once a later season is out.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

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
    (r"\bmusic room\b|\b(?:nam-?ra and su-?hyeok|su-?hyeok and nam-?ra) kiss", 7),
    (r"\bsos\b|\bcheong-?san confess|\bcampfire confession\b|\boffice (?:on )?fire\b|\bsets? (?:the )?office\b", 8),
    (r"\bnam-?ra (?:throws|hurls) gwi-?nam|\bgwi-?nam (?:gets |is |was )?(?:thrown|hurled) off|\bthunderstorm\b", 9),
    (rf"\bdae-?su confess|\bgym storeroom\b|\bji-?min (?:turns|{_BITTEN}|{_DIES})", 10),
    # (never "so-ju saves": he saves officials in episode 4 and the students in 11)
    (rf"\b(?:so-?ju|on-?jos (?:dad|father)) (?:{_DIES})|\bmissiles?\b|\bgym (?:breakout|escape)|\bescape from the gym|\bcheong-?san (?:{_BITTEN}|{_DIES}|kisses)",
     11),
    (rf"\bwoo-?jin (?:{_BITTEN}|{_DIES})|\b(?:four|4) months later\b|\bepilogue\b", 12),
))
# "the library ep", "the ep where so-ju dies", "the one where nam-ra gets bitten": an episode named by an event.
_NAMED = compile_later(r"\b(?:the|that) (?:(?:[a-z-]+ ){1,3}(?:ep|episode)\b"
                    r"|(?:ep|episode|one) (?:where|when|with|in which)\b[^,.;!?]*)")

# Said as how far the fan is ("stopped after", "finished", "on"): never an event named alone ("the library episode
# 😭"), which is as often a thing to talk about as a place.
_PLACE_SAID = compile_later(r"\b(?:finished|watched|seen|saw|with|on|at|after|through|thru|to|past|wrapped(?: up)?|started"
                         r"|binged|of|in)\s$")


# "at the part where they fly the drone", "just past the music room", "just saw so-ju die": a scene the fan is at or
# just past, so partway through its episode (the one before is what is surely seen).
# "Up to" a scene may stop short of it, and "at the library scene" names a place the class stays in over episodes: asked
# again, as before.
_AT_SCENE = compile_later(r"^(?:(?:im|i am|we are|were) )?(?:just |right )?(?:(?:past|after|(?:saw|watched|seen))"
                       r"(?: (?:the|that) (?:part|bit|scene|moment) (?:where|when|with))?"
                       r"|at (?:the|that) (?:part|bit|scene|moment) (?:where|when|with))(?= )|^(?:the (?:part|bit|scene) )?where(?= )"
                       r"(?! (?:do|does|did|is|are|was|were|can|could|will|would|should)\b)")  # "where do they fly the drone": asked


# A scene seen outside the show ("just saw the drone trailer", "saw so-ju die on tiktok") says nothing of how far.
_ELSEWHERE = compile_later(r"\b(?:trailers?|teasers?|clips?|edits?|tiktoks?|videos?|youtube|yt|reels?|memes?|shorts|spoilers?"
                        r"|twitter|insta\w*|gifs?|fan ?cams?|webtoon|manhwa|comic)\b")


def _scene_said(text: str) -> str:
    at = _AT_SCENE.match(text)
    if at is None or any(ch.isdigit() for ch in text) or _ELSEWHERE.search(text):
        return text
    episodes = {episode for pattern, episode in _EVENTS if pattern.search(text[at.end():])}
    return f"halfway through season 1 episode {episodes.pop()}" if len(episodes) == 1 else text


def events_said(text: str) -> str:
    """`text` with an episode said watched and named by an event as its season-1 number ("finished the library ep":
    "finished season 1 episode 5"); one named by events the fact sheet places in different episodes, or none, or
    named alone, is left as typed."""
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
