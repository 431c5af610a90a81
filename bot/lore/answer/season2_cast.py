"""Season 2's cast as Netflix announced it, listed: "who's in s2", "new cast?", "who is the new one", "who's the
new girl in s2" (the newcomers the sources make female, and apart those they say neither of, never a guess);
the returning cast behind the bars of season 1's end (who is back tells who lives through it); "who isn't coming
back": season 1's survivors the announcement leaves out, behind the same bars. Moved from season2.py, which asks it.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.ask import Ask, Shared
from bot.lore.answer.newcomers import newcomers_asked
from bot.lore.answer.pronouns import asked_gender
from bot.lore.answer.result import Part, SourceRef
from bot.lore.content import Character
from bot.show import NOTHING, Position

#: How season 1 leaves one not in season 2's cast ("is gwinam dead or coming back in s2").
LEFT = {"presumed_dead": "presumed dead, though recaps disagree", "dead": "dead", "zombie": "a zombie"}

_NEW = compile_later(r"\bnew\b")
# "who isn't coming back for s2", "who's not returning", "who won't be in season 2": those season 1 leaves alive whom
# Netflix's announcement leaves out (their being alive tells season 1's end: hidden as far as it)
_LEFT_OUT = compile_later(r"\b(?:not|isn'?t|aren'?t|won'?t|wont|isnt|arent|n't)\s+(?:be\s+)?(?:coming\s+back|returning|back|in|return)\b"
                          r"|\b(?:left\s+out|missing)\b")
_KIND = {"she": " (female, as my sources describe them)", "he": " (male, as my sources describe them)"}
# the plain list ("quienes salen en la temporada 2") in the asker's language: the newcomers' line, the returning
# cast's and "actor as character"; names stay romanized as the fact sheet spells them (Korean and the CJK languages,
# which write names their own way, keep the English list)
_SAID_IN: dict[str, tuple[str, str, str]] = {
    "es": ("Nuevos en la temporada 2: {}.", "Regresan en la temporada 2: {}.", "{} como {}"),
    "pt": ("Novos na 2ª temporada: {}.", "Voltam na 2ª temporada: {}.", "{} como {}"),
    "id": ("Pemain baru di season 2: {}.", "Kembali di season 2: {}.", "{} sebagai {}"),
    "fr": ("Nouveaux dans la saison 2 : {}.", "De retour dans la saison 2 : {}.", "{} dans le rôle de {}"),
    "de": ("Neu in Staffel 2: {}.", "Zurück in Staffel 2: {}.", "{} als {}"),
}
# "onjo sale en la temporada 2??": a returning lead's plain yes, in the asker's language ({} is "Nam On-jo (Park Ji-hu)")
_BACK = {
    "es": "Sí. {} está en el reparto de la temporada 2 que anunció Netflix: vuelve de la temporada 1.",
    "pt": "Sim. {} está no elenco da 2ª temporada anunciado pela Netflix: volta da 1ª temporada.",
    "id": "Ya. {} ada di jajaran pemain season 2 yang diumumkan Netflix: kembali dari season 1.",
    "fr": "Oui. {} fait partie du casting de la saison 2 annoncé par Netflix : de retour après la saison 1.",
    "de": "Ja. {} gehört zur von Netflix angekündigten Besetzung von Staffel 2: zurück aus Staffel 1.",
}
_BACK_EN = compile_later(r"Yes\. (.+) is in the season 2 cast Netflix announced: (?:he|she|they) returns? from season 1\.")


def cast_line(shared: Shared, character: Character, lang: str = "en") -> str:
    """"Kim Si-eun as So Ju-ran" (the character alone when no actor is known), in `lang` ("Kim Si-eun como ...")."""
    if character.actor:
        actor = shared.knowledge.person_name(character.actor)
        return _SAID_IN[lang][2].format(actor, character.name) if lang in _SAID_IN else f"{actor} as {character.name}"
    return character.name


def cast_parts(shared: Shared, ask: Ask, refs: tuple[SourceRef, ...], last: Position) -> list[Part]:
    """The lines answering a question about season 2's cast: the newcomers (of the kind asked for, if one is),
    those a server's moderators added from the episode that shows them, and the returning cast unless only
    the new are asked of. `refs`: Netflix's announcement; `last`: season 1's last episode."""
    season2 = [c for c in shared.pack.characters.values() if 2 in c.seasons]
    returning = [c for c in season2 if 1 in c.seasons]
    asks_new = ask.matches(_NEW)
    gender = asked_gender(ask.a.words) if asks_new else ""
    newcomers, unsaid = newcomers_asked(shared.pack, [c for c in season2 if 1 not in c.seasons], gender,
                                        shared.profiles.gender)
    new = [c for c in newcomers if not c.introduced]
    parts: list[Part] = []
    if new:
        parts.append(Part(f"New in season 2{_KIND.get(gender, '')}: " + ", ".join(cast_line(shared, c) for c in new)
                          + ".", NOTHING, "official", refs))
    # a newcomer a server's moderators added is named only from the episode that shows them
    parts.extend(Part(f"Also new in season 2, from {c.introduced.label} on: {cast_line(shared, c)}.", c.introduced,
                      c.actor_confidence, shared.knowledge.refs(c.sources))
                 for c in [*newcomers, *unsaid] if c.introduced)
    neither = [c for c in unsaid if not c.introduced]
    if neither:
        parts.append(Part("Also new, and my sources do not say whether female or male: "
                          + ", ".join(cast_line(shared, c) for c in neither) + ".", NOTHING, "official", refs))
    if gender and not parts:
        parts.append(Part(f"None of season 2's announced newcomers is{_KIND[gender]}.", NOTHING, "official", refs))
    left_out = [c for c in shared.pack.characters.values() if 1 in c.seasons and 2 not in c.seasons and c.fate
                and c.fate.status == "alive" and c.actor_confidence == "official"] if ask.matches(_LEFT_OUT) else []
    if left_out:
        parts.insert(0, Part("Season 1's survivors not in the season 2 cast Netflix announced: "
                             + ", ".join(cast_line(shared, c) for c in left_out) + ".", last, "official", refs))
    if returning and not asks_new:
        parts.append(Part("Returning in season 2: " + ", ".join(cast_line(shared, c) for c in returning) + ".",
                          last, "official", refs))
    plain = (bool(new) and parts[0].text.startswith("New in season 2: ") and len(parts) == 1 + bool(returning and not asks_new))
    if ask.language in _SAID_IN and plain:  # only the plain list has words abroad: never half of each language
        newly, back, _ = _SAID_IN[ask.language]
        parts[0] = parts[0].worded(newly.format(", ".join(cast_line(shared, c, ask.language) for c in new)), ask.language)
        if len(parts) == 2:
            parts[1] = parts[1].worded(back.format(", ".join(cast_line(shared, c, ask.language) for c in returning)),
                                       ask.language)
    return parts


def returning_said(character: Character, part: Part, lang: str) -> Part:
    """`part`, a returning lead's plain "Yes. <name> is in the season 2 cast ...", said in `lang` where it has the words
    (hidden exactly as before: only its text changes); any other part as it is."""
    said = _BACK_EN.fullmatch(part.text) if lang in _BACK and 1 in character.seasons else None
    return part if said is None else part.worded(_BACK[lang].format(said.group(1)), lang)


def left_dead(shared: Shared, character: Character, spoils: Position) -> list[Part]:
    """"is gwinam dead or coming back in s2": the cast says who is back; how season 1 leaves one who is not is the other
    half of the question (hidden as far as `spoils`). Moved from season2.py, which asks it."""
    fate = character.fate
    if 2 in character.seasons or fate is None or fate.status not in LEFT:
        return []
    return [Part(f"Season 1 leaves {character.short_name or character.name} {LEFT[fate.status]}.", spoils, fate.confidence,
                 shared.knowledge.refs(character.sources), hedged=fate.confidence == "official")]  # else "Reportedly: ..."
