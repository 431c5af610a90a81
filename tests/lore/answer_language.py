"""Which language an /ask answer is written in, the way a reader would tell at a glance.

The blind and development rows may name the language a native speaker expects (`lang: ko`); the
check reads only what is in the clear: links, mentions, code spans, the show's English title and the
sources cited at the end of a line (publishers' names: "(TheReviewGeek; The Cinemaholic)") are left out, then the script decides Korean, Japanese and Chinese, and for Latin text the language whose
small words it uses most (English, Spanish, Portuguese, Indonesian, French, German). A Latin line with none of those small words but
a word Spanish and Portuguese spell alike ("Lee Eun-saem interpreta a Park Mi-jin.") is either of them
(`answer_languages`): a native reader of either takes it as theirs.
"""

from __future__ import annotations

import re

from bot.lore.answer.asker_language import ASKER_LANGUAGES

#: The languages a row may name: English and those an answer may be worded in (Tagalog is named by rows whose answer
#: a Filipino fan expects in Tagalog).
LANGUAGES = frozenset({"en", "tl", *ASKER_LANGUAGES})

_NOISE = re.compile(r"<[^>]*>|https?://\S+|`[^`]*`|\*?all of us are dead\*?", re.IGNORECASE)
# A line's closing list of sources, whose names ("The Cinemaholic", "Decider (Sean T. Collins)") say nothing of
# the language the answer is written in.
_SOURCES = re.compile(r"\((?:[^()\n]|\([^()\n]*\))*\)[ \t]*$", re.MULTILINE)
# A romanized name ("Ha-ri", "Nam On-jo"), whose halves are no words of any language ("ha" is Spanish); never a
# Portuguese verb with its pronoun ("Presume-se"); a surname said before it goes with it ("Ha Seung-ri": "ha" is Spanish).
_NAME = re.compile(r"\b(?:[A-Z][a-z]+ )?[A-Z][a-z]*-(?!se\b|lhe\b|me\b)[a-z]+\b")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+")
# Small words each language writes in almost every sentence and the others rarely do.
_SMALL_WORDS = {
    "en": frozenset("the is are has have not yet of and as no it was be been there any what when".split()),
    "es": frozenset("sí el la los las es está todavía aún hay fecha sale según del y pero ni también se ha en lo le su"
                    .split()),
    "pt": frozenset("sim não ainda da do os as é há uma um data sai segundo nem mas também foi tem já no na em com"
                    .split()),
    "id": frozenset("belum ada yang dan tanggal resmi rilis tidak sudah menurut per atau dari ini itu di oleh juga "
                    "tapi ya".split()),
    # (and its elisions, "l'épisode", "n'a", "qu'il", "c'est", read as the letter before the apostrophe)
    "fr": frozenset("oui non le les est sont une des du au aux pas encore aucune selon mais ni aussi été dans qui il elle "
                    "ce cette ou et avec pour sur l d n qu c saison saisons épisode épisodes meurt compte joue élève "
                    "lycée".split()),
    # (never "may", an English month too)
    "tl": frozenset("ang ng mga ay hindi wala kay ni noong nung siya sila oo opo sa si po yung ito namatay buhay "
                    "lumabas lalabas gumanap ginampanan petsa pa".split()),
    # (never "die", an English word too)
    "de": frozenset("ja nein ist sind der das den dem und nicht noch kein keine eine ein einer von mit auf für staffel "
                    "folge folgen spielt stirbt überlebt wurde hat wird bis laut auch geschrieben".split()),
}


# Words Spanish and Portuguese write alike in an answer, read only when no small word decides.
_IBERIAN = frozenset("interpreta sobrevive temporada episodio presuntamente".split())


def answer_languages(text: str) -> frozenset[str]:
    """The languages `text` may be read as: one, or Spanish and Portuguese both when it is written alike in either."""
    written = answer_language(text)
    words = {w.lower() for w in _WORD.findall(_NOISE.sub(" ", _SOURCES.sub(" ", text)))}
    # ("No" opens a Spanish answer as often as an English one: "No. Mi-jin sobrevive.")
    if written == "en" and words & _IBERIAN and not words & _SMALL_WORDS["en"] - {"no"}:
        return frozenset({"es", "pt"})
    return frozenset({written})


def answer_language(text: str) -> str:
    """The language code of `text` (see LANGUAGES); "en" when nothing else shows."""
    text = _NOISE.sub(" ", _SOURCES.sub(" ", text))
    if len(_HANGUL.findall(text)) >= 4:
        return "ko"
    if len(_KANA.findall(text)) >= 3:
        return "ja"
    if len(_HAN.findall(text)) >= 4:
        return "zh"
    words = [w.lower() for w in _WORD.findall(_NAME.sub(" ", text))]
    scores = {lang: sum(w in small for w in words) for lang, small in _SMALL_WORDS.items()}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    return best if scores[best] > 0 else "en"
