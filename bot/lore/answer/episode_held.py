"""A "Yes." held to the episode the question names: "did gwinam kill the principal in episode 1",
"did na yeon die in episode 8".

A record that tells the deed without placing it in that episode (the sources leave the principal's
death and Na-yeon's turning without an episode) or in another one does not say it happens in the
episode asked: its "Yes." would vouch for the episode too. Each such part then says what the
sources do say, without the verdict, under a line saying the episode is not theirs.
"""

from __future__ import annotations

import dataclasses
import re

from bot.lazy_re import compile_later
from bot.lore.answer.result import Answer, Part
from bot.lore.answer.story_phrases import in_language
from bot.lore.content import ContentPack
from bot.show import Position

_YES = compile_later(r"^(?:Reportedly, )?yes\. ", re.I)
_EPISODES = compile_later(r"\bepisodes? (\d+)(?:\s*(?:and|to|or|-|–)\s*(\d+))?", re.I)
_UNPINNED = compile_later(r"\bnot (?:pin(?:ned)? down|confirmed|clear)\b|\bunconfirmed\b|\bdo not (?:pin|say|give)\b", re.I)
# The line over what the sources do say, in the language the parts under it are said in ("vuelve gwinam en el ep 6?").
_LEADS = {
    "en": "My sources don't say that happens in episode {n}. What they do say:",
    "ko": "{n}화에 그런 일이 있다는 말은 출처에 없어요. 출처에 나오는 건 이거예요:",
    "ja": "それが第{n}話で起きるとは情報源に書かれていません。書かれているのは次のとおりです：",
    "zh": "资料来源没有说这发生在第{n}集。资料来源说的是：",
    "es": "Mis fuentes no dicen que eso pase en el episodio {n}. Lo que sí dicen:",
    "pt": "As minhas fontes não dizem que isso acontece no episódio {n}. O que elas dizem:",
    "id": "Sumberku tidak menyebut hal itu terjadi di episode {n}. Yang mereka sebut:",
    "tl": "Hindi sinasabi ng mga source ko na nangyayari iyan sa episode {n}. Ang sinasabi nila:",
    "fr": "Mes sources ne disent pas que cela se passe dans l'épisode {n}. Ce qu'elles disent :",
    "de": "Meine Quellen sagen nicht, dass das in Folge {n} passiert. Was sie sagen:",
}


def held_to_episode(answer: Answer, asked: Position | None, pack: ContentPack) -> Answer | None:
    """The answer without the "Yes." of each part that does not place the deed in episode `asked`;
    None when every part does (or no episode is asked, or no part says "Yes.")."""
    if asked is None or asked.episode is None or asked.season > 1:
        return None
    parts: list[Part] = []
    changed = False
    for part in answer.parts:
        verdict = _YES.match(part.text)
        # a pack text already said in the asker's language keeps its "Yes." in its phrase ("Sí. Después de que ...")
        kept = part.phrase if (verdict is None and part.lang != "en" and part.phrase is not None and part.phrase.kind == "told"
                               and _YES.match(f"{part.phrase.verdict} ")) else None
        said = part.text[verdict.end():] if verdict else kept.said if kept is not None else ""
        if (verdict is None and kept is None) or _placed(said, asked.episode, pack):
            parts.append(part)
            continue
        if kept is not None:  # "vuelve gwinam en el ep 6?": the text said again in that language, without its "Sí."
            bare = dataclasses.replace(part, text=said, lang="en", hedged=False, phrase=dataclasses.replace(kept, verdict=""))
            parts.append(in_language([bare], part.lang, "")[0])
        else:
            parts.append(dataclasses.replace(part, text=said[:1].upper() + said[1:], hedged=False))
        changed = True
    if not changed:
        return None
    lang = next((p.lang for p in parts if p.lang in _LEADS), "en")
    lead = Part(_LEADS[lang].format(n=asked.episode), lang=lang)
    return dataclasses.replace(answer, parts=[lead, *parts])


def _placed(said: str, episode: int, pack: ContentPack) -> bool:
    """Whether `said` puts what it tells in `episode`: its event's (or story line's) episode, else the
    episode it names."""
    if _UNPINNED.search(said):
        return False
    for event in pack.events.values():
        if event.text.rstrip(".") in said:
            return event.episode is not None and event.episode.episode == episode
    for character in pack.characters.values():  # a character's own story line ("On the roof she throws ...")
        for told in character.events:
            if told.text.rstrip(".") in said:
                return told.episode.episode == episode
    found = [(int(m.group(1)), int(m.group(2) or m.group(1))) for m in _EPISODES.finditer(said)]
    return bool(found) and all(first <= episode <= last for first, last in found)
