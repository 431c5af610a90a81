"""Questions written in a script /ask cannot read (Arabic, Devanagari, Cyrillic...): one clear English line saying
so, never an answer to whatever digit or name the reader could still make out ("सीजन 2 कब आएगा" once got class 2-5
and the second week's viewing hours)."""

from __future__ import annotations

from bot.lazy_re import compile_later

# Each script no layer reads, by its Unicode block, with the name a reader knows it by. Hangul, kana, Chinese
# characters, Thai and Latin letters (Vietnamese among them) are read elsewhere.
_SCRIPTS = (
    ("Arabic script", compile_later(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")),
    ("Devanagari (Hindi)", compile_later(r"[\u0900-\u097f]")),
    ("Bengali", compile_later(r"[\u0980-\u09ff]")),
    ("Tamil", compile_later(r"[\u0b80-\u0bff]")),
    ("Cyrillic", compile_later(r"[\u0400-\u04ff]")),
    ("Greek", compile_later(r"[\u0370-\u03ff]")),
    ("Hebrew", compile_later(r"[\u0590-\u05ff]")),
)
_LATIN = compile_later(r"[A-Za-z\u00c0-\u024f]")

UNREAD = ("Sorry, I can't read questions written in {script} yet. Please ask in English; I also understand Korean, "
          "Japanese, Chinese, Spanish, Portuguese, Indonesian, French, German and Tagalog.")


def unread_script(text: str) -> str | None:
    """The line for `text` when most of its letters are in a script no layer reads (a romanized name inside,
    "من يلعب دور on-jo", changes nothing); None otherwise."""
    latin = len(_LATIN.findall(text))
    for script, letters in _SCRIPTS:
        if (count := len(letters.findall(text))) >= 2 and count > latin:
            return UNREAD.format(script=script)
    return None
