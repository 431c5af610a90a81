"""French and German questions read as English words (`gloss_french_german`), as foreign_glosses.py does for
Spanish, Portuguese, Indonesian and Tagalog: "quand sort la saison 2", "wann kommt staffel 2" -> "when does season 2
come out"; "qui joue ent0", "wer spielt ent0" -> "who plays ent0"; "stirbt ent0" -> "does ent0 die".

Without these a French or German fan got "I don't know that" for the questions every other language has answered.
Only a text holding a word no English question uses ("quand", "saison", "wann", "staffel", ...) is glossed, so an
English question never loses a word; a text that also holds an English question word is English ("who wer the students
that die first": "wer" is a typo of "were", and its "die" a death). Names have already become slots (ent0, ent1) when
this runs. German "die" is an article there ("wer spielt die lehrerin"), never a death: German articles are dropped
before anything is read.
"""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later

# words that mark the question as French or German (none is an English question word)
_GERMAN = frozenset("""
    wann staffel wer spielt stirbt starb viele folgen folge episoden gebissen überlebt ueberlebt kommt erscheint regie
    regisseur passiert schauen gucken erschaffen getötet umgebracht
""".split())
_MARKERS = _GERMAN | frozenset("""
    quand saison qui joue interprète interprete incarne meurt mort morte combien épisodes épisode où regarder créé cree
    crée mordu tué tue survit réalise réalisé réalisateur arrive-t-il passe-t-il
""".split())
# words of an English question that no French or German one uses: with one of them the question is English
_ENGLISH = frozenset("the who what whats when where which whose why how does did is are were that this".split())
# German articles ("die" above all, which an English reading would take for a death), dropped first
_ARTICLES = compile_later(r"(?<!\w)(?:der|die|das|den|dem)(?!\w)", re.I)
_WORD = compile_later(r"[^\W\d_]+(?:-t-[^\W\d_]+)?")
_SLOT = r"(ent\d+)"

# Whole questions whose order differs from English (a yes/no has no "does" in either language).
_REORDERED: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(p, re.I), e) for p, e in (
    (rf"^\W*(?:est-ce que |est ce que )?{_SLOT} (?:meurt|est mort|est morte|va mourir|mourra)\b", r"does \1 die"),
    (rf"^\W*(?:est-ce que |est ce que )?{_SLOT} (?:survit|survivra|est vivant|est vivante)\b", r"does \1 survive"),
    (rf"^\W*(?:stirbt|starb) {_SLOT}\b", r"does \1 die"),
    (rf"^\W*(?:überlebt|ueberlebt) {_SLOT}\b", r"does \1 survive"),
    (rf"^\W*ist {_SLOT} tot\b", r"is \1 dead"),
    (r"^\W*quand (?:sort|sortira|arrive|arrivera|commence|débarque) (.+?)\W*$", r"when does \1 come out"),
    (r"^\W*wann (?:kommt|erscheint|startet|läuft) (.+?)(?: raus| heraus| an| auf netflix)?\W*$", r"when does \1 come out"),
    (rf"^\W*wer hat {_SLOT} (?:gebissen)\W*$", r"who bit \1"),
    (rf"^\W*wer hat {_SLOT} (?:getötet|umgebracht)\W*$", r"who killed \1"),
    (r"^\W*wer hat (.+?) (?:erschaffen|gemacht|entwickelt|erfunden|hergestellt)\W*$", r"who created \1"),
    (rf"^\W*was passiert (?:mit) {_SLOT}\b", r"what happens to \1"),
    (r"^\W*was passiert (?:in|bei) (?:folge|episode) (\d+)\b", r"what happens in episode \1"),
    (rf"^\W*qu'?(?:arrive-t-il|est-ce qu'il arrive) (?:à|a) {_SLOT}\b", r"what happens to \1"),
    (r"^\W*que se passe-t-il (?:dans|à) l'?(?:épisode|episode) (\d+)\b", r"what happens in episode \1"),
))

# Phrases, longest first; each stands for the English words a question in English would use.
_GLOSSES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"(?<!\w){p}(?!\w)", re.I), e) for p, e in (
    (r"(?:la )?(?:saison 2|deuxième saison|seconde saison)|(?:staffel 2|zweite staffel)", " season 2 "),
    (r"(?:la )?(?:saison 1|première saison)|(?:staffel 1|erste staffel)", " season 1 "),
    (r"(?:le )?virus", " the virus "),
    (r"qui (?:joue|interprète|interprete|incarne)(?: le rôle de| le role de)?|wer spielt(?: rolle von)?", " who plays "),
    (r"combien (?:d'|de |d’)?(?:épisodes|episodes)(?: (?:il y a|y a-t-il|a la série|a la serie))?", " how many episodes "),
    (r"wie viele (?:folgen|episoden)(?: hat(?: serie)?| gibt es)?", " how many episodes "),
    (r"où (?:peut-on |je peux |puis-je )?(?:regarder|voir)(?: la série| la serie)?", " where can i watch it "),
    (r"wo kann (?:ich|man) (?:es |sie |serie )?(?:schauen|gucken|sehen|anschauen|streamen)", " where can i watch it "),
    (r"qui (?:réalise|a réalisé|dirige)|wer (?:führt regie|ist regisseur)(?: bei| von)?", " who directed "),
    (r"qui a (?:créé|crée|cree|fabriqué|inventé|fait)", " who created "),
    (r"qui a mordu", " who bit "),
    (r"qui a tué", " who killed "),
    (r"qui est|wer ist", " who is "),
    (r"qui|wer", " who "),
    (r"quand|wann", " when "),
    (r"meurt|stirbt", " dies "),
))


def gloss_french_german(text: str) -> str:
    """`text` with its French or German question words in English, or `text` itself when no word in it is
    plainly one of those languages."""
    words = {w.casefold() for w in _WORD.findall(text)}
    if not words & _MARKERS or words & _ENGLISH:
        return text
    if words & _GERMAN:
        text = _ARTICLES.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    for pattern, english in _REORDERED:
        text = pattern.sub(english, text)
    for pattern, english in _GLOSSES:
        text = pattern.sub(english, text)
    return re.sub(r"\s+", " ", text).strip()
