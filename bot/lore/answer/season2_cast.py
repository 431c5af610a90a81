"""Season 2's cast as Netflix announced it, listed: "who's in s2", "new cast?", "who is the new one", "who's the
new girl in s2" (the newcomers the sources make female, and apart those they say neither of, never a guess);
the returning cast behind the bars of season 1's end (who is back tells who lives through it); "who isn't coming
back": season 1's survivors the announcement leaves out, behind the same bars. Moved from season2.py, which asks it.
"""

from __future__ import annotations

import dataclasses

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
# "who returns in season 2", "who's back for s2": the returning cast answers it, the newcomers said after it
_RETURN = compile_later(r"\b(?:return\w*|back)\b")
# "who isn't coming back for s2", "who's not returning", "who won't be in season 2": those season 1 leaves alive whom
# Netflix's announcement leaves out (their being alive tells season 1's end: hidden as far as it)
_LEFT_OUT = compile_later(r"\b(?:not|isn'?t|aren'?t|won'?t|wont|isnt|arent|n't)\s+(?:be\s+)?(?:coming\s+back|returning|back|in|return)\b"
                          r"|\b(?:left\s+out|missing)\b")
_KIND = {"she": " (female, as my sources describe them)", "he": " (male, as my sources describe them)"}
# the plain list ("quienes salen en la temporada 2", "시즌2 출연진") in the asker's language: the newcomers' line, the
# returning cast's and "actor as character"; names stay romanized as the fact sheet spells them, in Korean, Japanese
# and Chinese too (a name written their way would be a guess at its spelling)
_SAID_IN: dict[str, tuple[str, str, str]] = {
    "ko": ("시즌2 새 출연진: {}.", "시즌2에 돌아오는 출연진: {}.", "{} ({} 역)"),
    "ja": ("シーズン2の新キャスト：{}。", "シーズン2に戻ってくるキャスト：{}。", "{}（{}役）"),
    "zh": ("第二季新演员：{}。", "第二季回归演员：{}。", "{}（饰演{}）"),
    "es": ("Nuevos en la temporada 2: {}.", "Regresan en la temporada 2: {}.", "{} como {}"),
    "pt": ("Novos na 2ª temporada: {}.", "Voltam na 2ª temporada: {}.", "{} como {}"),
    "id": ("Pemain baru di season 2: {}.", "Kembali di season 2: {}.", "{} sebagai {}"),
    "fr": ("Nouveaux dans la saison 2 : {}.", "De retour dans la saison 2 : {}.", "{} dans le rôle de {}"),
    "de": ("Neu in Staffel 2: {}.", "Zurück in Staffel 2: {}.", "{} als {}"),
    "tl": ("Bago sa season 2: {}.", "Babalik sa season 2: {}.", "{} bilang {}"),
}
# "onjo sale en la temporada 2??": a returning lead's plain yes, in the asker's language ({} is "Nam On-jo (Park Ji-hu)")
_BACK = {
    "ko": "네. 넷플릭스가 발표한 시즌2 출연진에 {}도 있어요. 시즌1에서 돌아와요.",
    "ja": "はい。{}はNetflixが発表したシーズン2のキャストに入っています。シーズン1から戻ってきます。",
    "zh": "是的。{}在Netflix公布的第二季演员名单中，从第一季回归。",
    "es": "Sí. {} está en el reparto de la temporada 2 que anunció Netflix: vuelve de la temporada 1.",
    "pt": "Sim. {} está no elenco da 2ª temporada anunciado pela Netflix: volta da 1ª temporada.",
    "id": "Ya. {} ada di jajaran pemain season 2 yang diumumkan Netflix: kembali dari season 1.",
    "fr": "Oui. {} fait partie du casting de la saison 2 annoncé par Netflix : de retour après la saison 1.",
    "de": "Ja. {} gehört zur von Netflix angekündigten Besetzung von Staffel 2: zurück aus Staffel 1.",
    "tl": "Oo. Kasama si {} sa cast ng season 2 na inanunsyo ng Netflix: babalik siya mula sa season 1.",
}
# "귀남이 시즌2에 나와?": one Netflix's announcement leaves out, in the asker's language, with no flat "no" (the announced
# cast need not be the whole cast); {} is "Yoon Gwi-nam (Yoo In-soo)"
_ABSENT = {
    "ko": "알려진 바로는 아니에요. 넷플릭스가 발표한 시즌2 출연진에 {} 이름은 없어요.",
    "ja": "知られている限りでは出ません。{}はNetflixが発表したシーズン2のキャストに入っていません。",
    "zh": "据目前所知不会。{}不在Netflix公布的第二季演员名单中。",
    "es": "No, que se sepa: {} no está en el reparto de la temporada 2 que anunció Netflix.",
    "pt": "Não, até onde se sabe: {} não está no elenco da 2ª temporada anunciado pela Netflix.",
    "id": "Sejauh yang diketahui, tidak: {} tidak ada di jajaran pemain season 2 yang diumumkan Netflix.",
    "fr": "Pas à notre connaissance : {} ne fait pas partie du casting de la saison 2 annoncé par Netflix.",
    "de": "Soweit bekannt nicht: {} gehört nicht zur von Netflix angekündigten Besetzung von Staffel 2.",
    "tl": "Sa pagkakaalam, hindi: hindi kasama si {} sa cast ng season 2 na inanunsyo ng Netflix.",
}
_ABSENT_EN = compile_later(r"Not as far as anyone knows: (.+) is not in the season 2 cast Netflix announced\.")
_BACK_EN = compile_later(r"Yes\. (.+) is in the season 2 cast Netflix announced: (?:he|she|they) returns? from season 1\.")
# a lead season 1 leaves presumed dead who is cast all the same ("o cheong-san volta na 2 temporada?"): cast, his
# return unexplained ({} is "Lee Cheong-san (Yoon Chan-young)", then his short name)
_UNEXPLAINED_EN = compile_later(r"(.+) is in the season 2 cast Netflix announced, but how (?:he|she|they) returns is unexplained: "
                                r"season 1 leaves (.+) presumed dead, though recaps disagree\.")
_UNEXPLAINED = {
    "ko": "넷플릭스가 발표한 시즌2 출연진에 {}도 있지만, 어떻게 돌아오는지는 밝혀지지 않았어요. 시즌1 결말에서 {}의 생사는 "
          "불분명해요(죽은 것으로 추정되지만 리뷰마다 해석이 달라요).",
    "ja": "{}はNetflixが発表したシーズン2のキャストに入っていますが、どう戻ってくるのかは明かされていません。シーズン1では{}は死んだと"
          "思われていますが、解釈は分かれています。",
    "zh": "{}在Netflix公布的第二季演员名单中，但如何回归尚未说明：第一季结尾{}被推测已死，不过各方解读不一。",
    "es": "{} está en el reparto de la temporada 2 que anunció Netflix, pero no se explica cómo vuelve: la temporada 1 deja "
          "a {} presuntamente muerto, aunque los resúmenes no coinciden.",
    "pt": "{} está no elenco da 2ª temporada anunciado pela Netflix, mas não se explica como volta: a 1ª temporada deixa "
          "{} dado como morto, embora os resumos divirjam.",
    "id": "{} ada di jajaran pemain season 2 yang diumumkan Netflix, tapi belum dijelaskan bagaimana ia kembali: season 1 "
          "membuat {} diduga tewas, meski ringkasan berbeda pendapat.",
    "fr": "{} fait partie du casting de la saison 2 annoncé par Netflix, mais son retour n'est pas expliqué : la saison 1 "
          "laisse {} présumé mort, même si les résumés divergent.",
    "de": "{} gehört zur von Netflix angekündigten Besetzung von Staffel 2, aber wie er zurückkommt, ist nicht erklärt: "
          "Staffel 1 lässt {} mutmaßlich tot zurück, auch wenn Zusammenfassungen uneins sind.",
    "tl": "Kasama si {} sa cast ng season 2 na inanunsyo ng Netflix, pero hindi pa naipapaliwanag kung paano siya babalik: "
          "sa dulo ng season 1, malamang na patay na si {}, kahit hindi nagkakasundo ang mga recap.",
}


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
        comma = "、" if ask.language in ("ja", "zh") else ", "
        parts[0] = parts[0].worded(newly.format(comma.join(cast_line(shared, c, ask.language) for c in new)), ask.language)
        if len(parts) == 2:
            parts[1] = parts[1].worded(back.format(comma.join(cast_line(shared, c, ask.language) for c in returning)),
                                       ask.language)
    if new and returning and not asks_new and ask.matches(_RETURN):  # (the returning cast is the last part, "New" the first
        at = int(bool(left_out))                                      # after those left out)
        parts.insert(at, parts.pop())
        also = parts[at + 1]
        if also.text.startswith("New in season 2"):  # worded abroad, the list stays as it is said there, with no "Also"
            parts[at + 1] = dataclasses.replace(also, text="Also new" + also.text.removeprefix("New"))
    return parts


def returning_said(character: Character, part: Part, lang: str) -> Part:
    """`part`, a returning lead's plain "Yes. <name> is in the season 2 cast ..." (or one left out's "Not as far as anyone
    knows: ..."), said in `lang` where it has the words (hidden exactly as before: only its text changes); any other
    part as it is."""
    if lang in _UNEXPLAINED and (unexplained := _UNEXPLAINED_EN.fullmatch(part.text)) is not None:
        return part.worded(_UNEXPLAINED[lang].format(*unexplained.groups()), lang)
    if lang in _ABSENT and (absent := _ABSENT_EN.fullmatch(part.text)) is not None:
        return part.worded(_ABSENT[lang].format(absent.group(1)), lang)
    said = _BACK_EN.fullmatch(part.text) if lang in _BACK and 1 in character.seasons else None
    return part if said is None else part.worded(_BACK[lang].format(said.group(1)), lang)


# "does yong maru come back in s2", "is han du-seok returning": coming back asked of someone season 1 never had
_BACK_ASKED = compile_later(r"\breturn\w*|\b(?:come|comes|coming|be)\s+back\b")


def not_back(character: Character, parts: list[Part], ask: Ask) -> list[Part]:
    """`parts` (the one named's place in the cast, from its "Yes." on), but for a newcomer Netflix announced asked whether
    they come back: new in season 2, never a "Yes." to a return from nowhere."""
    if (not parts or 1 in character.seasons or 2 not in character.seasons or character.introduced
            or not _BACK_ASKED.search(ask.raw.casefold())):  # the raw words: "coming back for" is read as "in"
        return parts
    said = parts[0].text.removeprefix("Yes. ")
    return [dataclasses.replace(parts[0], text=f"New in season 2, not back from season 1: {said}"), *parts[1:]]


def left_dead(shared: Shared, character: Character, spoils: Position) -> list[Part]:
    """"is gwinam dead or coming back in s2": the cast says who is back; how season 1 leaves one who is not is the other
    half of the question (hidden as far as `spoils`). Moved from season2.py, which asks it."""
    fate = character.fate
    if 2 in character.seasons or fate is None or fate.status not in LEFT:
        return []
    return [Part(f"Season 1 leaves {character.short_name or character.name} {LEFT[fate.status]}.", spoils, fate.confidence,
                 shared.knowledge.refs(character.sources), hedged=fate.confidence == "official")]  # else "Reportedly: ..."


def absent_first(parts: list[Part], members: list[Part], character: Character, alone: bool) -> list[Part]:
    """`parts` (season 2's untold story first) and `members` (the one named's place in its cast): "is gwinam the
    villain in s2" asks of one season 1 has and Netflix's cast leaves out, so that place leads, and the untold line
    after it says no "Nobody knows yet" (what is known of them there is said first)."""
    if 2 in character.seasons or 1 not in character.seasons or not alone or not parts:
        return [*parts, *members]
    untold = dataclasses.replace(parts[0], text=parts[0].text.replace("Nobody knows yet: s", "S", 1))
    return [*members, untold, *parts[1:]]
