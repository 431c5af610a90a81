"""The words of the story's answers (who plays whom, whether someone dies, survives or turns, the episode it
happens in, "I don't know who plays them") in each asker's language (bot.lore.answer.asker_language).

An answer's kinds build their parts in English and tag each with a `Phrase`: what it says, as facts (the
character, the actor, the verdict, the state, the episode). `in_language` says a tagged part again in the asker's
language with the same facts, at the same confidence (a reported or rumoured line keeps its label, from the one
table of labels, season2_phrases), citing the same sources, and hidden exactly as before: only a part's words
change, never its position, its `until`/`since` nor which parts there are. The English narrative after a verdict
("He reaches the gym ...") is not said again: the verdict, the state and the episode are. Names stay as the fact
sheet spells them (romanized); a Korean answer names a character in Hangul where the pack has it. Who someone is
(their summary) is said from profile_phrases' table. A part with no phrase, or whose facts a language cannot say as
they are (an actor's note, a summary not yet translated, the episode of someone whose end the sources leave open),
stays in English.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.lazy_re import compile_later
from bot.lore.answer.deed_phrases import DEEDS
from bot.lore.answer.fate_phrases import ENDS, TOLD
from bot.lore.answer.gate_words import episode_label, worded
from bot.lore.answer.korean_chat import closes_on_consonant
from bot.lore.answer.profile_phrases import PROFILES
from bot.lore.answer.recap_phrases import RECAPS
from bot.lore.answer.romance_phrases import bond_text, event_text, unsaid_text
from bot.lore.answer.season2_phrases import timing_words
from bot.lore.names import fold
from bot.show import Position

if TYPE_CHECKING:
    from bot.lore.answer.result import Part
    from bot.lore.answer.subjects import Subject
    from bot.lore.content import Character, Person


@dataclass(frozen=True)
class Phrase:
    """What a part says, for saying it in another language.

    kind: "cast" (`name` is played by `actor`; after "kin"'s sentence when `kin` is set), "state" (`verdict`, then `name` is in `state` from `at`),
    "so_far" (`verdict`: up to this point `name` is alive and not infected), "end" (`name`'s state at the end of
    their story, told from `at`, or from somewhere between `at` and `last`), "episode" (it happens in `at`, or somewhere from `at` to `last` when the sources leave it open),
    "kin" (`anchor`'s `kin` is `name`: "On-jo's father is Nam So-ju"), "recap" (what happens in `at`: `said`), "bond"
    (`verdict`, then "`name` — `said`": whom they love, or a tie beside it), "bond_event" (a romance `name`'s story tells:
    `said`), "unsaid_together" and "unsaid_likes" (the
    sources do not say that `name` and `anchor` end up together, or that `name` likes `anchor`), "profile" (who
    `name` is: their summary `said`, as profile_phrases translates it), "actor_lead" (the question named `actor`; the
    answer is about their character `name`), "told" (a pack text `said`, as fate_phrases translates it: after
    `name` and the note of their end `state` when set, with the episode `at`; else after the episode `at` as a heading)."""

    kind: str
    name: str = ""
    hangul: str = ""  # the character's Korean name, when the pack has it
    actor: str = ""
    actor_hangul: str = ""
    also: tuple[str, ...] = ()  # the actor's other spellings
    verdict: str = ""  # the English verdict that opens the part ("Yes.", "So far, no.")
    state: str = ""  # alive, bitten, halfbie, zombie, dead, presumed_dead, unknown
    at: Position | None = None
    last: Position | None = None
    anchor: str = ""  # "kin": whom the relative (`name`) is found from ("On-jo")
    anchor_hangul: str = ""  # the anchor's Korean name, when the pack has it
    kin: str = ""  # "kin": the relation word followed ("father")
    said: str = ""  # "recap", "profile": the English summary; "bond": the bond's English text (translated word for word)


def episode_phrase(at: Position | None, between: tuple[Position, Position] | None) -> Phrase:
    """The episode an event happens in, or the episodes it happens between when the sources leave it open."""
    return Phrase("episode", at=between[0], last=between[1]) if at is None and between else Phrase("episode", at=at)


_KO_VERDICTS = {
    "Yes.": "네.", "No.": "아니요.", "For now.": "아직은요.", "Not yet.": "아직이에요.", "In a way.": "어떤 의미에서는요.",
    "Not exactly.": "꼭 그렇지는 않아요.", "Uncertain.": "확실하지 않아요.", "Unclear.": "분명하지 않아요.",
    "Presumably, but it is not certain.": "아마도요. 하지만 확실하지 않아요.",
    "So far, yes.": "지금까지는 네.", "So far, no.": "지금까지는 아니요.",
}

@dataclass(frozen=True)
class StoryWords:
    """One language's words: the verdicts (by the English one), each state as said of {name}, and the sentences.
    Korean adds its particles to the name ({eun}: 은/는, {i}: 이/가) by the name's last sound."""

    verdicts: dict[str, str]
    states: dict[str, str]
    so_far: str
    cast: str
    also: str
    episode: str
    between: str
    where: str
    end: str
    idk_cast: str


_WORDS: dict[str, StoryWords] = {
    "ko": StoryWords(
        verdicts=_KO_VERDICTS,
        states={
            "alive": "{name}{eun} 살아남아요", "bitten": "{name}{eun} 물렸어요",
            "halfbie": "{name}{eun} 절비(반좀비)예요: 감염됐지만 정신은 그대로예요",
            "zombie": "{name}{eun} 좀비가 돼요", "dead": "{name}{eun} 사망해요",
            "presumed_dead": "{name}{eun} 사망한 것으로 추정되지만, 리뷰마다 엇갈려요",
            "unknown": "{name}{i} 어떻게 되는지 출처에 나오지 않아요",
        },
        so_far="{verdict} 이 시점까지 {name}{eun} 살아 있고 감염되지 않았어요.",
        cast="{name} 역은 {actor} 배우가 맡았어요.", also=" 다른 표기: {also}.",
        episode="회차: {label}.", between="출처마다 회차가 정확히 나오지 않아요: {first}에서 {last} 사이예요.", where=" ({label})", end="{label} 기준: {state}.",
        idk_cast=("{name} 역을 누가 맡았는지는 모르겠어요: 출처에 나오지 않아요. {name}에 대해서는 어떤 인물인지, "
                     "어떻게 되는지 알려 드릴 수 있어요."),
    ),
    "ja": StoryWords(
        verdicts={
            "Yes.": "はい。", "No.": "いいえ。", "For now.": "今のところは。", "Not yet.": "まだです。",
            "In a way.": "ある意味では。", "Not exactly.": "厳密には違います。", "Uncertain.": "確かではありません。",
            "Unclear.": "はっきりしません。", "Presumably, but it is not certain.": "おそらく。ただし確かではありません。",
            "So far, yes.": "今のところ、はい。", "So far, no.": "今のところ、いいえ。",
        },
        states={
            "alive": "{name} は生き残ります", "bitten": "{name} は噛まれています",
            "halfbie": "{name} は半ゾンビ（halfbie）です。感染していますが、意識は保っています",
            "zombie": "{name} はゾンビになります", "dead": "{name} は死亡します",
            "presumed_dead": "{name} は死亡したと推定されていますが、レビューによって見方が分かれます",
            "unknown": "{name} がどうなるかは情報源に書かれていません",
        },
        so_far="{verdict}この時点まで、{name} は生きていて感染もしていません。",
        cast="{name} 役は {actor} が演じています。", also="別表記: {also}。",
        episode="{label}。", where="（{label}）", end="{label}時点: {state}。",
        between="情報源では話数がはっきりしません。{first}から{last}の間です。",
        idk_cast=("{name} を誰が演じているかはわかりません。情報源に載っていません。{name} については、"
                     "どんな人物か、どうなるかならお答えできます。"),
    ),
    "zh": StoryWords(
        verdicts={
            "Yes.": "是的。", "No.": "没有。", "For now.": "暂时是。", "Not yet.": "还没有。", "In a way.": "某种意义上是。",
            "Not exactly.": "不完全是。", "Uncertain.": "不确定。", "Unclear.": "不清楚。",
            "Presumably, but it is not certain.": "推测是，但并不确定。",
            "So far, yes.": "到目前为止，是的。", "So far, no.": "到目前为止，没有。",
        },
        states={
            "alive": "{name} 活了下来", "bitten": "{name} 被咬了",
            "halfbie": "{name} 是半丧尸（halfbie）：被感染了，但保留着自己的意识",
            "zombie": "{name} 变成了丧尸", "dead": "{name} 死了",
            "presumed_dead": "{name} 被推测已经死亡，但各家剧评说法不一",
            "unknown": "资料来源没有说 {name} 的结局",
        },
        so_far="{verdict}到这一集为止，{name} 还活着，也没有被感染。",
        cast="{name} 由 {actor} 饰演。", also="也写作 {also}。",
        episode="{label}。", where="（{label}）", end="截至{label}：{state}。",
        between="资料来源没有确定是哪一集：在{first}到{last}之间。",
        idk_cast="我不知道 {name} 由谁饰演：我的资料来源没有提到。关于 {name}，我可以告诉你这个角色是谁、结局如何。",
    ),
    "es": StoryWords(
        verdicts={
            "Yes.": "Sí.", "No.": "No.", "For now.": "Por ahora, sí.", "Not yet.": "Todavía no.", "In a way.": "En cierto modo.",
            "Not exactly.": "No exactamente.", "Uncertain.": "No es seguro.", "Unclear.": "No está claro.",
            "Presumably, but it is not certain.": "Presuntamente, pero no es seguro.",
            "So far, yes.": "Hasta ahora, sí.", "So far, no.": "Hasta ahora, no.",
        },
        states={
            "alive": "{name} sobrevive", "bitten": "{name} recibe una mordida",
            "halfbie": "{name} es un halfbie (medio zombi): tiene la infección, pero conserva la mente",
            "zombie": "{name} se convierte en zombi", "dead": "{name} muere",
            "presumed_dead": "se presume la muerte de {name}, aunque las reseñas no coinciden",
            "unknown": "las fuentes no dicen qué le pasa a {name}",
        },
        so_far="{verdict} Hasta este punto de la historia, {name} sigue con vida y sin infección.",
        cast="{actor} interpreta a {name}.", also=" También se escribe {also}.",
        episode="En {label}.", where=" ({label})", end="En {label}: {state}.",
        between="Las fuentes no precisan el episodio: ocurre entre {first} y {last}.",
        idk_cast=("No sé quién interpreta a {name}: mis fuentes no lo dicen. De este personaje puedo decirte quién "
                     "es y qué le pasa."),
    ),
    "pt": StoryWords(
        verdicts={
            "Yes.": "Sim.", "No.": "Não.", "For now.": "Por enquanto, sim.", "Not yet.": "Ainda não.",
            "In a way.": "De certa forma.", "Not exactly.": "Não exatamente.", "Uncertain.": "Não é certo.",
            "Unclear.": "Não está claro.", "Presumably, but it is not certain.": "Presume-se que sim, mas não é certo.",
            "So far, yes.": "Até agora, sim.", "So far, no.": "Até agora, não.",
        },
        states={
            "alive": "{name} sobrevive", "bitten": "{name} leva uma mordida",
            "halfbie": "{name} é um halfbie (meio zumbi): tem a infecção, mas mantém a mente",
            "zombie": "{name} vira zumbi", "dead": "{name} morre",
            "presumed_dead": "presume-se a morte de {name}, mas as resenhas não concordam",
            "unknown": "as fontes não dizem o que acontece com {name}",
        },
        so_far="{verdict} Até este ponto da história, {name} continua com vida e sem infecção.",
        cast="Quem interpreta {name} é {actor}.", also=" Também aparece escrito como {also}.",
        episode="N{label}.", where=" ({label})", end="N{label}: {state}.",
        between="As fontes não precisam o episódio: acontece entre {first} e {last}.",
        idk_cast=("Não sei quem interpreta {name}: minhas fontes não dizem. Sobre esse personagem, posso dizer "
                     "quem é e o que acontece com ele."),
    ),
    "id": StoryWords(
        verdicts={
            "Yes.": "Ya.", "No.": "Tidak.", "For now.": "Untuk sekarang, ya.", "Not yet.": "Belum.",
            "In a way.": "Bisa dibilang begitu.", "Not exactly.": "Tidak persis.", "Uncertain.": "Belum pasti.",
            "Unclear.": "Tidak jelas.", "Presumably, but it is not certain.": "Diduga begitu, tapi belum pasti.",
            "So far, yes.": "Sejauh ini, ya.", "So far, no.": "Sejauh ini, tidak.",
        },
        states={
            "alive": "{name} selamat dan masih hidup", "bitten": "{name} sudah digigit",
            "halfbie": "{name} jadi halfbie (setengah zombie): terinfeksi tapi pikirannya tetap utuh",
            "zombie": "{name} berubah jadi zombie", "dead": "{name} meninggal",
            "presumed_dead": "{name} diduga meninggal, tapi ulasan-ulasan tidak sepakat",
            "unknown": "sumber tidak menyebut apa yang terjadi pada {name}",
        },
        so_far="{verdict} Sampai titik ini dalam cerita, {name} masih hidup dan tidak terinfeksi.",
        cast="{name} diperankan oleh {actor}.", also=" Juga ditulis {also}.",
        episode="Di {label}.", where=" ({label})", end="Di {label}: {state}.",
        between="Sumber tidak memastikan episodenya: terjadi antara {first} dan {last}.",
        idk_cast=("Aku tidak tahu siapa pemeran {name}: sumberku tidak menyebutkannya. Tentang {name} aku bisa "
                     "menjawab siapa dia dan apa yang terjadi padanya."),
    ),
    "de": StoryWords(
        verdicts={
            "Yes.": "Ja.", "No.": "Nein.", "For now.": "Vorerst ja.", "Not yet.": "Noch nicht.",
            "In a way.": "Gewissermaßen.", "Not exactly.": "Nicht ganz.", "Uncertain.": "Das ist nicht sicher.",
            "Unclear.": "Das ist unklar.", "Presumably, but it is not certain.": "Vermutlich, aber es ist nicht sicher.",
            "So far, yes.": "Bisher ja.", "So far, no.": "Bisher nein.",
        },
        states={
            "alive": "{name} überlebt", "bitten": "{name} wird gebissen",
            "halfbie": "{name} ist ein Halfbie (Halbzombie): infiziert, aber bei klarem Verstand",
            "zombie": "{name} wird zum Zombie", "dead": "{name} stirbt",
            "presumed_dead": "{name} ist vermutlich tot, doch die Kritiken sind sich nicht einig",
            "unknown": "die Quellen sagen nicht, was mit {name} passiert",
        },
        so_far="{verdict} Bis zu diesem Punkt der Geschichte lebt {name} noch und ist nicht infiziert.",
        cast="{actor} spielt {name}.", also=" Auch geschrieben: {also}.",
        episode="In {label}.", where=" ({label})", end="In {label}: {state}.",
        between="Die Quellen nennen die Folge nicht genau: zwischen {first} und {last}.",
        idk_cast=("Ich weiß nicht, wer {name} spielt: Meine Quellen sagen es nicht. Über {name} kann ich sagen, "
                     "wer das ist und was mit der Figur passiert."),
    ),
    "fr": StoryWords(
        verdicts={
            "Yes.": "Oui.", "No.": "Non.", "For now.": "Pour l'instant, oui.", "Not yet.": "Pas encore.",
            "In a way.": "D'une certaine façon.", "Not exactly.": "Pas exactement.", "Uncertain.": "Ce n'est pas sûr.",
            "Unclear.": "Ce n'est pas clair.", "Presumably, but it is not certain.": "Présumé, mais ce n'est pas sûr.",
            "So far, yes.": "Jusqu'ici, oui.", "So far, no.": "Jusqu'ici, non.",
        },
        states={
            "alive": "{name} survit", "bitten": "{name} se fait mordre",
            "halfbie": "{name} est un halfbie (mi-zombie) : l'infection est là, mais l'esprit reste intact",
            "zombie": "{name} devient un zombie", "dead": "{name} meurt",
            "presumed_dead": "la mort de {name} est présumée, mais les critiques ne sont pas d'accord",
            "unknown": "les sources ne disent pas ce qui arrive à {name}",
        },
        so_far="{verdict} Jusqu'à ce point de l'histoire, {name} est toujours en vie, sans infection.",
        cast="{actor} joue {name}.", also=" Aussi écrit {also}.",
        episode="Dans {label}.", where=" ({label})", end="Dans {label} : {state}.",
        between="Les sources ne précisent pas l'épisode : entre {first} et {last}.",
        idk_cast=("Je ne sais pas qui joue {name} : mes sources ne le disent pas. Sur ce personnage, je peux dire "
                     "qui c'est et ce qui lui arrive."),
    ),
    # Tagalog as Filipino fans write it, the show's own words kept in English where they do ("halfbie", "episode")
    "tl": StoryWords(
        verdicts={
            "Yes.": "Oo.", "No.": "Hindi.", "For now.": "Sa ngayon, oo.", "Not yet.": "Hindi pa.",
            "In a way.": "Sa isang banda, oo.", "Not exactly.": "Hindi eksakto.", "Uncertain.": "Hindi tiyak.",
            "Unclear.": "Hindi malinaw.", "Presumably, but it is not certain.": "Malamang, pero hindi tiyak.",
            "So far, yes.": "Sa ngayon, oo.", "So far, no.": "Sa ngayon, hindi.",
        },
        states={
            "alive": "buhay si {name} at nakaligtas", "bitten": "nakagat si {name}",
            "halfbie": "naging halfbie (kalahating zombie) si {name}: infected pero buo pa ang isip",
            "zombie": "naging zombie si {name}", "dead": "namatay si {name}",
            "presumed_dead": "malamang na patay na si {name}, pero hindi nagkakasundo ang mga recap",
            "unknown": "hindi sinasabi ng mga source kung ano ang nangyari kay {name}",
        },
        so_far="{verdict} Hanggang sa puntong ito ng kuwento, buhay pa si {name} at hindi infected.",
        cast="Si {actor} ang gumanap kay {name}.", also=" Isinusulat din bilang {also}.",
        episode="Sa {label}.", where=" ({label})", end="Sa {label}: {state}.",
        between="Hindi tiyak ng mga source ang episode: sa pagitan ng {first} at {last}.",
        idk_cast=("Hindi ko alam kung sino ang gumanap kay {name}: hindi ito sinasabi ng mga source ko. Tungkol kay "
                  "{name}, masasabi ko kung sino siya at ano ang nangyari sa kanya."),
    ),
}


#: How each language opens "up to this point in the story, X is alive" ("이 시점까지", "Hasta este punto de la
#: historia,"): shown only before the reader's next change, it is no spoiler (a spoiler check skips it, as it skips
#: the English sentence).
AS_OF_OPENINGS = tuple(w.so_far.split("{name}")[0].replace("{verdict}", "").strip() for w in _WORDS.values())


def _final_consonant(word: str) -> bool:
    """Whether `word` ends in a consonant, as Korean particles hear it: a Hangul syllable's final consonant, or
    a romanized name's last letter ("Cheong-san", "Su-hyeok" do; "Nam-ra" does not)."""
    last = word.rstrip(" )")[-1:]
    if "\uac00" <= last <= "\ud7a3":
        return closes_on_consonant(last)
    return last.casefold() in set("bcdfghjklmnpqrstvwxz")


def _given(hangul: str) -> str:
    """A Korean full name's given name ("남온조" -> "온조"): a three-syllable name's family name is its first."""
    return hangul[1:] if len(hangul) == 3 else hangul


def _name(phrase: Phrase, lang: str) -> dict[str, str]:
    name = phrase.hangul if lang == "ko" and phrase.hangul else phrase.name
    final = _final_consonant(name.split(" (")[0])  # "박선화 (Park Sun-hwa)는": the particle is the Hangul's
    return {"name": name, "eun": "은" if final else "는", "i": "이" if final else "가"}


def _text(phrase: Phrase, lang: str) -> str | None:
    """`phrase` said in `lang`; None when that language's table cannot say it as it is."""
    if phrase.kind == "kin":  # a Korean answer names both in Hangul, the anchor by the given name the asker used
        said = _KIN[lang].get(phrase.kin)
        anchor = _given(phrase.anchor_hangul) if lang == "ko" and phrase.anchor_hangul else phrase.anchor
        name = _name(phrase, lang)["name"]
        if lang == "fr" and said is not None and anchor[:1] in "AEIOU":
            said = said.replace("de {anchor}", "d'{anchor}")  # "Le père d'On-jo", as French elides before a vowel
        return None if said is None else said.format(anchor=anchor, name=name,
                                                     ieyo="이에요" if _final_consonant(name) else "예요")
    if phrase.kind == "bond":  # "{name} — {said}", after a verdict when there is one
        verdict = _WORDS[lang].verdicts.get(phrase.verdict, "") if phrase.verdict else ""
        name = _name(phrase, lang)["name"]
        return None if phrase.verdict and not verdict else bond_text(lang, name, phrase.said, verdict)
    if phrase.kind == "bond_event":
        return event_text(lang, _name(phrase, lang)["name"], phrase.said)
    if phrase.kind in ("unsaid_together", "unsaid_likes"):  # the two by their given names, as the English says them
        x, y = (_given(hangul) if lang == "ko" and hangul else name
                for name, hangul in ((phrase.name, phrase.hangul), (phrase.anchor, phrase.anchor_hangul)))
        return unsaid_text(lang, phrase.kind, x, y)
    if phrase.kind == "recap" and phrase.at is not None:
        summary = RECAPS.get(phrase.said, {}).get(lang)
        label = episode_label(lang, phrase.at)
        return None if summary is None else f"{label[:1].upper()}{label[1:]}{'：' if lang in ('ja', 'zh') else ': '}{summary}"
    if phrase.kind == "told":
        return _told(phrase, lang)
    if phrase.kind == "deed":
        said = DEEDS.get(phrase.said, {}).get(lang)
        if said is None or (phrase.name and lang == "ko" and not phrase.hangul):
            return None  # a doer the pack has no Hangul for keeps the English, as the names must be the pack's
        where = f" ({_ARTICLE.sub('', episode_label(lang, phrase.at))})" if phrase.at is not None else ""
        return f"{_name(phrase, lang)['name']}. {said}{where}" if phrase.name else f"{said}{where}"
    if phrase.kind == "actor_lead":  # "Cho Yi-hyun is an actor: this is about the character they play, Choi Nam-ra."
        actor = phrase.actor_hangul if lang == "ko" and phrase.actor_hangul else phrase.actor
        return _ACTOR_LEADS[lang].format(actor=actor, eun="은" if _final_consonant(actor) else "는",
                                         name=_name(phrase, lang)["name"])
    if phrase.kind == "profile":  # "{name}: {who they are}", the name said once when the summary opens with it
        said = PROFILES.get(phrase.said, {}).get(lang)
        if said is None or phrase.said.startswith(phrase.name):
            return said
        return f"{_name(phrase, lang)['name']}{'：' if lang in ('ja', 'zh') else ': '}{said}"
    words = _WORDS[lang]
    named = _name(phrase, lang)
    if "'" in named["name"]:  # "Cheong-san's mother", an English description: said as that language says it, or not
        described = described_name(named["name"], lang)
        if described is None:
            return None
        named = {"name": described, "eun": "", "i": ""}
    where = words.where.format(label=episode_label(lang, phrase.at)) if phrase.at else ""
    if phrase.kind == "cast":
        actor = f"{phrase.actor} ({phrase.actor_hangul})" if phrase.actor_hangul else phrase.actor
        also = words.also.format(also=" / ".join(phrase.also)) if phrase.also else ""
        cast = words.cast.format(name=named["name"], actor=actor) + also
        if not phrase.kin:
            return cast
        kin = _text(replace(phrase, kind="kin"), lang)  # "On-jo's father is Nam So-ju." first, as the English says
        return None if kin is None else f"{kin} {cast}"
    if phrase.kind == "episode" and phrase.at is not None and phrase.last is not None:
        return words.between.format(first=episode_label(lang, phrase.at), last=episode_label(lang, phrase.last))
    if phrase.kind == "episode" and phrase.at is not None:
        return words.episode.format(label=episode_label(lang, phrase.at))
    if phrase.kind == "so_far" and phrase.verdict in words.verdicts:
        return words.so_far.format(verdict=words.verdicts[phrase.verdict], **named)
    if phrase.kind == "state" and phrase.verdict in words.verdicts and phrase.state in words.states:
        said = words.states[phrase.state].format(**named)
        gap, stop = ("", "。") if lang in ("ja", "zh") else (" ", ".")
        return f"{words.verdicts[phrase.verdict]}{gap}{said[:1].upper()}{said[1:]}{where}{stop}"
    if phrase.kind == "end" and phrase.state in words.states and phrase.at is not None and phrase.last is not None:
        # somewhere from `at` to `last` ("around season 1, episode 2 or 3"): the span first, then the end
        said, stop = words.states[phrase.state].format(**named), "。" if lang in ("ja", "zh") else "."
        span = words.between.format(first=episode_label(lang, phrase.at), last=episode_label(lang, phrase.last))
        return f"{span}{'' if lang in ('ja', 'zh') else ' '}{said[:1].upper()}{said[1:]}{stop}"
    if phrase.kind == "end" and phrase.state in words.states and phrase.at is not None:
        return words.end.format(label=episode_label(lang, phrase.at), state=words.states[phrase.state].format(**named))
    return None


_ARTICLE = compile_later(r"^(?:o |el |la |l'|das )")


def _told(phrase: Phrase, lang: str) -> str | None:
    """"{name} ({end}): {text} ({episode})" or "{Episode}: {text}", as the English part is laid out."""
    said = (TOLD.get(phrase.said) or DEEDS.get(phrase.said, {})).get(lang)
    colon = "：" if lang in ("ja", "zh") else ": "
    if said is None or (phrase.state and lang not in ENDS.get(phrase.state, {})):
        return None
    if phrase.verdict:  # "No." before a record's text (record_verdicts): in that language too, or all in English
        verdict = _WORDS[lang].verdicts.get(phrase.verdict)
        return None if verdict is None else f"{verdict}{'' if lang in ('ja', 'zh') else ' '}{said}"
    if phrase.name:
        end = f" {ENDS[phrase.state][lang]}" if phrase.state else ""
        # in brackets without its article ("(episódio 11 da temporada 1)"), as the English "(season 1, episode 11)"
        where = f" ({_ARTICLE.sub('', episode_label(lang, phrase.at))})" if phrase.at is not None else ""
        return f"{_name(phrase, lang)['name']}{end}{colon}{said}{where}"
    if phrase.at is not None:
        label = episode_label(lang, phrase.at)
        return f"{label[:1].upper()}{label[1:]}{colon}{said}"
    return said


def in_language(parts: Sequence[Part], lang: str, intent: str) -> list[Part]:
    """`parts` with each tagged one said in `lang` (see the module's docstring); all of them as they are when
    `lang` is English or a language without these words. An episode is said alone only as the answer to "which
    episode" with one event (what happens in it, or which of two events is which, is the English text's)."""
    if not worded(lang) or lang not in _WORDS:
        return list(parts)
    episodes = sum(p.phrase is not None and p.phrase.kind == "episode" for p in parts)
    out: list[Part] = []
    for part in parts:
        phrase = part.phrase
        alone = phrase is not None and phrase.kind == "episode" and (intent != "which_episode" or episodes > 1)
        if phrase is None or alone or part.lang != "en" or (text := _text(phrase, lang)) is None:
            out.append(part)
            continue
        if not part.hedged:
            text = timing_words(lang).labelled(text, part.confidence)
        out.append(part.worded(text, lang, hedged=True))
    return out


def dont_know_cast(lang: str, name: str, hangul: str = "") -> str | None:
    """"I don't know who plays {name}" in `lang`, with what can be asked of them instead; None in English."""
    if lang not in _WORDS:
        return None
    named = _name(Phrase("cast", name=name, hangul=hangul), lang)
    return _WORDS[lang].idk_cast.format(**named)


# "On-jo's father is Nam So-ju": a relative a question names, who they are, by the relation word followed
_KIN: dict[str, dict[str, str]] = {
    "ko": {"father": "{anchor}의 아버지는 {name}{ieyo}.", "dad": "{anchor}의 아버지는 {name}{ieyo}.",
           "mother": "{anchor}의 어머니는 {name}{ieyo}.", "mom": "{anchor}의 어머니는 {name}{ieyo}.",
           "brother": "{anchor}의 형제는 {name}{ieyo}.", "sister": "{anchor}의 자매는 {name}{ieyo}.",
           "sibling": "{anchor}의 형제자매는 {name}{ieyo}.", "son": "{anchor}의 아들은 {name}{ieyo}.",
           "best friend": "{anchor}의 절친은 {name}{ieyo}.", "senior": "{anchor}의 대학 선배는 {name}{ieyo}."},
    "ja": {"father": "{anchor} の父親は {name} です。", "dad": "{anchor} の父親は {name} です。", "mother": "{anchor} の母親は {name} です。",
           "mom": "{anchor} の母親は {name} です。", "brother": "{anchor} のきょうだいは {name} です。", "sister": "{anchor} のきょうだいは {name} です。",
           "sibling": "{anchor} のきょうだいは {name} です。", "son": "{anchor} の息子は {name} です。", "best friend": "{anchor} の親友は {name} です。"},
    "zh": {"father": "{anchor} 的父亲是 {name}。", "dad": "{anchor} 的父亲是 {name}。", "mother": "{anchor} 的母亲是 {name}。",
           "mom": "{anchor} 的母亲是 {name}。", "brother": "{anchor} 的兄弟是 {name}。", "sister": "{anchor} 的姐妹是 {name}。",
           "sibling": "{anchor} 的兄弟姐妹是 {name}。", "son": "{anchor} 的儿子是 {name}。", "best friend": "{anchor} 最好的朋友是 {name}。"},
    "es": {"father": "El padre de {anchor} es {name}.", "dad": "El padre de {anchor} es {name}.",
           "mother": "La madre de {anchor} es {name}.", "mom": "La madre de {anchor} es {name}.",
           "brother": "El hermano de {anchor} es {name}.", "sister": "La hermana de {anchor} es {name}.",
           "sibling": "{anchor} y {name} son hermanos.", "son": "El hijo de {anchor} es {name}."},
    "pt": {"father": "O pai de {anchor} é {name}.", "dad": "O pai de {anchor} é {name}.",
           "mother": "A mãe de {anchor} é {name}.", "mom": "A mãe de {anchor} é {name}.",
           "brother": "O irmão de {anchor} é {name}.", "sister": "A irmã de {anchor} é {name}.",
           "sibling": "{anchor} e {name} são irmãos.", "son": "O filho de {anchor} é {name}."},
    "id": {"father": "Ayah {anchor} adalah {name}.", "dad": "Ayah {anchor} adalah {name}.", "mother": "Ibu {anchor} adalah {name}.",
           "mom": "Ibu {anchor} adalah {name}.", "brother": "Saudara laki-laki {anchor} adalah {name}.", "sister": "Saudara perempuan {anchor} adalah {name}.",
           "sibling": "Saudara {anchor} adalah {name}.", "son": "Anak {anchor} adalah {name}.",
           "best friend": "Sahabat {anchor} adalah {name}."},
    "de": {"father": "Der Vater von {anchor} ist {name}.", "dad": "Der Vater von {anchor} ist {name}.",
           "mother": "Die Mutter von {anchor} ist {name}.", "mom": "Die Mutter von {anchor} ist {name}.",
           "brother": "Der Bruder von {anchor} ist {name}.", "sister": "Die Schwester von {anchor} ist {name}.",
           "sibling": "{anchor} und {name} sind Geschwister.", "son": "Der Sohn von {anchor} ist {name}.",
           "best friend": "Am engsten befreundet mit {anchor} ist {name}."},
    "fr": {"father": "Le père de {anchor} est {name}.", "dad": "Le père de {anchor} est {name}.",
           "mother": "La mère de {anchor} est {name}.", "mom": "La mère de {anchor} est {name}.",
           "brother": "Le frère de {anchor} est {name}.", "sister": "La sœur de {anchor} est {name}.",
           "sibling": "{anchor} et {name} sont frère et sœur.", "son": "Le fils de {anchor} est {name}.",
           "best friend": "Le meilleur ami de {anchor} est {name}."},
    "tl": {"father": "Ang tatay ni {anchor} ay si {name}.", "dad": "Ang tatay ni {anchor} ay si {name}.",
           "mother": "Ang nanay ni {anchor} ay si {name}.", "mom": "Ang nanay ni {anchor} ay si {name}.",
           "brother": "Ang kapatid na lalaki ni {anchor} ay si {name}.", "sister": "Ang kapatid na babae ni {anchor} ay si {name}.",
           "sibling": "Magkapatid sina {anchor} at {name}.", "son": "Ang anak ni {anchor} ay si {name}.",
           "best friend": "Ang best friend ni {anchor} ay si {name}."},
}

# A character the pack names by a relative ("Cheong-san's mother") where a sentence puts a name: "ibu Cheong-san"
_DESCRIBED: dict[str, dict[str, str]] = {
    "es": {"mother": "la madre de {anchor}", "father": "el padre de {anchor}"},
    "pt": {"mother": "a mãe de {anchor}", "father": "o pai de {anchor}"},
    "id": {"mother": "ibu {anchor}", "father": "ayah {anchor}"},
    "fr": {"mother": "la mère de {anchor}", "father": "le père de {anchor}"},
    "de": {"mother": "die Mutter von {anchor}", "father": "der Vater von {anchor}"},
}
_DESCRIBED_NAME = compile_later(r"^([^\W\d_][\w-]*)'s (mother|father)$")


def described_name(name: str, lang: str) -> str | None:
    """"Cheong-san's mother" as `lang` says it ("la madre de Cheong-san"); None where its table has no such words."""
    found = _DESCRIBED_NAME.match(name)
    said = _DESCRIBED.get(lang, {}).get(found.group(2)) if found is not None else None
    return None if found is None or said is None else said.format(anchor=found.group(1))


# "{actor} is an actor: this is about the character they play, {name}": the question named the actor, the answer is
# about their character
_ACTOR_LEADS = {
    "ko": "{actor}{eun} {name} 역을 맡은 배우예요. 아래는 {name}에 대한 답이에요.",
    "ja": "{actor} は俳優です。以下は演じている役、{name} についての答えです。",
    "zh": "{actor} 是演员，以下是关于其饰演的角色 {name} 的回答。",
    "es": "{actor} forma parte del reparto; esto trata de su personaje, {name}.",
    "pt": "{actor} faz parte do elenco; isto é sobre o personagem que interpreta, {name}.",
    "id": "{actor} adalah pemeran; ini tentang karakter yang diperankannya, {name}.",
    "fr": "{actor} fait partie de la distribution ; voici la réponse sur son personnage, {name}.",
    "de": "{actor} gehört zur Besetzung; hier geht es um die Figur, die {actor} spielt: {name}.",
    "tl": "Si {actor} ay kasama sa cast; ito ay tungkol sa karakter na ginampanan niya, si {name}.",
}


# "I don't know that about {name}: {why}." as each language says it, and its why when the sources are silent: dont_know's
# plain lead, said here and by unknown_abroad (which has the other why, a question unread); Tagalog marks a person ("kay")
IDK_ABOUT = {
    "ko": "{name}에 대해 그건 모르겠어요: {why}.", "ja": "{name} のそのことはわかりません。{why}。",
    "zh": "关于 {name} 的这一点我不知道：{why}。", "es": "No sé eso de {name}: {why}.", "pt": "Não sei isso sobre {name}: {why}.",
    "id": "Aku tidak tahu soal itu tentang {name}: {why}.", "de": "Das weiß ich über {name} nicht: {why}.",
    "fr": "Je ne sais pas ça sur {name} : {why}.", "tl": "Hindi ko alam iyan tungkol {name}: {why}.",
}
SOURCES_SILENT = {
    "ko": "출처에 나오지 않아요", "ja": "情報源に載っていません", "zh": "我的资料来源没有提到", "es": "mis fuentes no lo dicen",
    "pt": "minhas fontes não dizem", "id": "sumberku tidak menyebutkannya", "de": "Meine Quellen sagen es nicht",
    "fr": "mes sources ne le disent pas", "tl": "hindi ito sinasabi ng mga source ko",
}
NAMED_ABOUT = {"tl": "kay {name}"}
# what can be asked of them instead, after dont_know_about's lead, as dont_know says it in English
_ASK_INSTEAD = {
    "ko": " {name}에 대해서는 누가 연기했는지, 어떤 인물인지, 어떻게 되는지, 가족과 친구가 누구인지 알려 드릴 수 있어요.",
    "ja": "{name} については、誰が演じているか、どんな人物か、どうなるか、家族や友人について答えられます。",
    "zh": "关于 {name}，我可以告诉你谁饰演、这个角色是谁、结局如何，以及家人和朋友。",
    "es": " De este personaje puedo decirte quién lo interpreta, quién es, qué le pasa y quiénes son su familia y sus amigos.",
    "pt": (" Sobre esse personagem, posso dizer quem o interpreta, quem é, o que lhe acontece e quem são a família e os "
           "amigos."),
    "id": " Tentang {name} aku bisa bilang siapa pemerannya, siapa dia, apa yang terjadi padanya, serta keluarga dan temannya.",
    "de": " Über diese Figur kann ich sagen, wer sie spielt, wer sie ist, was mit ihr passiert und wer Familie und Freunde sind.",
    "fr": " Sur ce personnage, je peux dire qui le joue, qui c'est, ce qui lui arrive, et qui sont sa famille et ses amis.",
    "tl": (" Tungkol kay {name}, masasabi ko kung sino ang gumanap, sino siya, ano ang nangyari sa kanya, at ang pamilya at "
           "mga kaibigan niya."),
}


def dont_know_about(lang: str, name: str, hangul: str = "") -> str | None:
    """"I don't know that about {name}" in `lang`, with what can be asked of them instead; None in English."""
    if lang not in _ASK_INSTEAD:
        return None
    named = _name(Phrase("cast", name=name, hangul=hangul), lang)["name"]
    lead = IDK_ABOUT[lang].format(name=NAMED_ABOUT.get(lang, "{name}").format(name=named), why=SOURCES_SILENT[lang])
    return lead + _ASK_INSTEAD[lang].format(name=named)


def cast_phrase(subject: Subject, character: Character, person: Person, lead: Phrase | None = None) -> Phrase | None:
    """What "X is played by Y" says, for another language, after the relative's `lead` when it was found through
    one ("On-jo's father is Nam So-ju."); None when it says more (another lead, an actor's note)."""
    if (subject.lead() and (lead is None or lead.kind != "kin")) or character.actor_note:
        return None
    also = tuple(v for v in person.variants if fold(v) != fold(person.name))[:2]
    cast = Phrase("cast", name=character.name, hangul=character.hangul or "", actor=person.name,
                  actor_hangul=person.hangul or "", also=also)
    return replace(cast, anchor=lead.anchor, anchor_hangul=lead.anchor_hangul, kin=lead.kin) if lead else cast
