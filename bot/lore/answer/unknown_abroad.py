"""An "I don't know" in the asker's language: "a temporada 2 é dublada?", "temenku bilang park ji hu udah nikah, hoax
ga?", "친구가 로몬 군대 간대 진짜야?" are questions no source answers, and the English "I don't know that (about Lomon)"
the router says last reads as no answer to them at all. Only its two plain forms are said again (that, or that about
someone named, with its reason: the sources silent, or the question unread); an "I don't know" that names what was asked
stays as it is worded.
"""

from __future__ import annotations

import dataclasses
import re

from bot.lazy_re import compile_later
from bot.lore.answer.asker_language import asker_language
from bot.lore.answer.result import Answer
from bot.lore.answer.story_phrases import IDK_ABOUT, NAMED_ABOUT, SOURCES_SILENT, described_name

# dont_know's plain leads: "I don't know that." and "I don't know that about Lomon: my sources don't say." (or "I
# couldn't read what you asked", not_read's)
_PLAIN = compile_later(r"^I don't know that(?: about (?P<name>[^:.]{1,40}): (?P<why>my sources don't say|I couldn't read"
                       r" what you asked))?\.", re.I)
# "I don't know that" and what can be asked instead (what the sources are: the show, its people, season 2's news), as
# each language says them; said with SOURCES_SILENT's why ("I don't know that: my sources don't say."). Someone named is said
# as story_phrases.IDK_ABOUT says it, with why it is not known: the sources silent, or the question unread (not_read's:
# whether the sources say is unknown too)
_SAID = {
    "ko": ("그건 모르겠어요", " 배역, 인물, 각 화의 내용, 시즌2 소식은 알려 드릴 수 있어요."),
    "es": ("No sé eso",
           " Puedo responder sobre el reparto, los personajes, lo que pasa en cada episodio y las noticias de la "
           "temporada 2."),
    "pt": ("Não sei isso",
           " Posso responder sobre o elenco, os personagens, o que acontece em cada episódio e as notícias da 2ª "
           "temporada."),
    "id": ("Aku tidak tahu soal itu",
           " Aku bisa menjawab soal pemeran, karakter, apa yang terjadi di tiap episode, dan kabar season 2."),
    "tl": ("Hindi ko alam iyan",
           " Masasagot ko ang tungkol sa cast, mga karakter, ang nangyayari sa bawat episode, at balita ng season 2."),
}
# "I don't know that anyone betrays On-jo" / "... that Nam-ra betrays Su-hyeok" (betrayals.not_told), as each language
# says it: {done} the one betrayed, {doer} the one asked of
_BETRAYS = compile_later(r"^I don't know that (?P<doer>[^:.]{1,40}?) betrays (?P<done>[^:.]{1,40}): (?P<why>my sources "
                         r"don't say|I couldn't read what you asked)\.")
_BETRAYS_SAID = {
    "es": ("No sé de nadie que traicione a {done}", "No sé si {doer} traiciona a {done}"),
    "pt": ("Não sei de ninguém que traia {done}", "Não sei se {doer} trai {done}"),
    "id": ("Aku tidak tahu ada yang mengkhianati {done}", "Aku tidak tahu apakah {doer} mengkhianati {done}"),
    "tl": ("Hindi ko alam kung may nagtaksil kay {done}", "Hindi ko alam kung nagtaksil si {doer} kay {done}"),
}
# what preamble says to a verdict asked for ("is s2 worth it"), and as each language says it ("¿vale la pena la temporada 2?")
OPINION = "That is a matter of opinion, not something my sources state."
_OPINION_SAID = {
    "ko": "그건 의견의 문제라 제 출처가 말해 주는 사실이 아니에요.",
    "es": "Eso es cuestión de opinión, no algo que digan mis fuentes.",
    "pt": "Isso é questão de opinião, não algo que minhas fontes digam.",
    "id": "Itu soal selera, bukan sesuatu yang disebut sumberku.",
    "tl": "Opinyon iyan, hindi bagay na sinasabi ng mga source ko.",
}
# strangers.py's "I don't know who Cheong-san's father is: my sources don't say." ("ayah cheong-san mati gak"), as
# each language says it, the relative named as described_name says them ("ayah Cheong-san")
_WHO_KIN = compile_later(r"^I don't know who (?P<who>[^\W\d_][\w-]*'s (?:mother|father)) is: my sources don't say\.$")
_WHO_SAID = {"es": "No sé quién es {who}", "pt": "Não sei quem é {who}", "id": "Aku tidak tahu siapa {who}"}
# the question unread, as each language says it
_UNREAD = {
    "ko": "질문을 제대로 읽지 못했어요", "es": "no pude leer lo que preguntaste", "pt": "não consegui ler o que você perguntou",
    "id": "aku tidak bisa membaca pertanyaanmu", "tl": "hindi ko nabasa ang tanong mo",
}

# "about season 2" (the router's subject) as each language names it
_SEASON_TWO = {"ko": "시즌2", "es": "la temporada 2", "pt": "a 2ª temporada", "tl": "sa season 2"}


def unknown_abroad(question: str, answer: Answer) -> Answer:
    """`answer`, when it is dont_know's plain "I don't know that" to a question typed in another language, said in that
    language; else as it is."""
    if answer.answered or not answer.parts or answer.parts[0].lang != "en":
        return answer
    if (betrays := _BETRAYS.match(answer.parts[0].text)) is not None:
        return _betrayal_abroad(question, answer, betrays)
    if answer.parts[0].text.startswith(OPINION) and (lang := asker_language(question)) in _OPINION_SAID:
        said = _OPINION_SAID[lang] + _SAID[lang][1]
        return dataclasses.replace(answer, parts=[answer.parts[0].worded(said, lang)])
    if (kin := _WHO_KIN.match(answer.parts[0].text)) is not None and len(answer.parts) == 2:
        return _kin_abroad(question, answer, kin)
    plain = _PLAIN.match(answer.parts[0].text)
    if plain is None or (lang := asker_language(question)) not in _SAID:
        return answer
    lead, offer = _SAID[lang]
    if not (name := plain["name"]):
        return dataclasses.replace(answer, parts=[answer.parts[0].worded(f"{lead}: {SOURCES_SILENT[lang]}.{offer}", lang)])
    named = _SEASON_TWO.get(lang, name) if name == "season 2" else NAMED_ABOUT.get(lang, "{name}").format(name=name)
    why = _why(plain["why"], lang)
    said = IDK_ABOUT[lang].format(name=named, why=why) + offer
    return dataclasses.replace(answer, parts=[answer.parts[0].worded(said, lang)])


def _betrayal_abroad(question: str, answer: Answer, betrays: re.Match[str]) -> Answer:
    """betrayals.not_told's "I don't know that anyone betrays On-jo" said in the asker's language where it has the words;
    its part keeps echoing the names asked (hidden as the question is)."""
    if (lang := asker_language(question)) not in _BETRAYS_SAID:
        return answer
    anyone, someone = _BETRAYS_SAID[lang]
    said = (anyone if betrays["doer"] == "anyone" else someone).format(doer=betrays["doer"], done=betrays["done"])
    why = _why(betrays["why"], lang)
    return dataclasses.replace(answer, parts=[answer.parts[0].worded(f"{said}: {why}.{_SAID[lang][1]}", lang)])


def _kin_abroad(question: str, answer: Answer, kin: re.Match[str]) -> Answer:
    """"I don't know who Cheong-san's father is" (and what can be asked instead) in the asker's language where it has
    the words; else as it is."""
    lang = asker_language(question)
    if lang not in _WHO_SAID or (who := described_name(kin["who"], lang)) is None:
        return answer
    said = f"{_WHO_SAID[lang].format(who=who)}: {SOURCES_SILENT[lang]}.{_SAID[lang][1]}"
    return dataclasses.replace(answer, parts=[answer.parts[0].worded(said, lang)])


def _why(said: str, lang: str) -> str:
    """Why it is not known (the English reply's "my sources don't say" or "I couldn't read what you asked") in `lang`."""
    return _UNREAD[lang] if said.casefold() != "my sources don't say" else SOURCES_SILENT[lang]
