"""A fate the writer's pet and the show's one share, for the spoiler guard (plain Python).

A fan tells of a pet named for a character, then says the show's one met the same end ("kucingku gwinam mati tahun lalu
😭 di series juga mati", "namatay yung aso kong si cheongsan, pati sa series patay din"): the pet's clause read without
the pet's word says the character's fate. The lexicon sets the pet apart (bot/lore/lexicon_pets.py) and, in languages
that leave the subject unsaid, reads no one for the show's side; bot/lore/guard.py reads the message so as well.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.lexicon_pets import PET_BEFORE, PET_REACH
from bot.lore.lexicon_words import SHOW_PLACE

# the show's one said to share the fate: its place, "too" before or after the fate ("di series juga mati", "pati sa series
# patay din", "and in the show he dies too", "di drakornya dia juga mati"); the fate words of the languages that drop the
# subject, and English's
_FATE = r"(?:mati|meninggal|patay|namatay|hidup|selamat|buhay|dies?|died|survives?|muere|murió|morre|morreu|sobrevive)"
_TOO = r"(?:juga|din|rin|pun|too|also|tamb[ié]m|tambi[ée]n)"
_PLACE = rf"(?:di (?:series|serial|drama|drakor|film)(?: ?nya)?|sa (?:k-?drama|drama|serye)|{SHOW_PLACE})"
_HE = r"(?:siya|sya|dia|he|she)"
_SHARED = compile_later(rf"(?i)(?<![\w-])(?:{_PLACE}[\s,]+(?:(?:(?:{_HE}\s+)?{_TOO}\s+(?:{_HE}\s+)?{_FATE})|(?:{_HE}\s+)?{_FATE}"
                        rf"(?:\s+(?:na\s+)?{_TOO})"
                        # ... "too" alone, the pet's fate left unsaid ("... in the show too lol", "y en la serie también"; not
                        # "di series juga ada gwinam": the show has one, no fate)
                        rf"|(?P<alone>{_TOO})(?=\W*$|\W*(?:lol|lmao|jaja\w*|haha\w*|wkwk\w*|k{{3,}})(?![\w'’-])))"
                        # ... or said before the place ("he dies in the show too")
                        rf"|{_HE}\s+{_FATE}\s+{_PLACE}\s+{_TOO}"
                        # ... or a fate set against the pet's ("di series untung hidup", "in the show she survives tho")
                        rf"|(?P<apart>{_PLACE}[\s,]+(?:(?:untung|tapi|but|pero|mas)\s+(?:{_HE}\s+)?{_FATE}"
                        rf"|{_HE}\s+{_FATE}\s+(?:tho|though|pero|tapi))))(?![\w'’-])")
_PLACE_WORDS = ("seri", "séri", "serye", "show", "drama", "drakor", "film", "드라마", "본편", "작품")  # what every place above holds
_WORD = compile_later(r"(?<![\w'’-])\w")
_NAME = compile_later(r"\w[\w'’-]*")
_ALIVE = compile_later(r"(?i)(?<![\w-])hidup(?![\w-])")  # (the lexicon reads Indonesian "hidup" as life, "selamat" a survival)
# ... "too" alone opening its clause after the pet's ("died 😭 in the show too", "y en la serie también")
_OPENS = compile_later(r"(?i)(?:^|[^\w\s'’-]|(?<![\w-])(?:and|y|e|dan|at|pati))\s*$")
_NEAR = 80  # how far before the show's side the pet's name, and before the pet the words of its clause, are looked for


def shared_with_pet(text: str) -> str | None:
    """`text` with the pet's word before a name taken out when the show's one is said to share its fate ("kucingku gwinam
    mati tahun lalu 😭 di series juga mati": "gwinam mati tahun lalu 😭 di series juga mati"); None when it says no such
    thing or names no pet ("kucingku gwinam mati tahun lalu 😭 kangen banget": the writer's loss alone); a fate set against
    the pet's, the name and the show's side alone ("kucingku suhyeok mati 😭 di series untung hidup": "suhyeok di series
    untung selamat")."""
    lowered = text.lower()
    if not any(word in lowered for word in _PLACE_WORDS):
        return None  # (most messages name no show's place: no pattern searched)
    shared = _SHARED.search(text)
    if shared is None or (shared.group("alone") and not _OPENS.search(text, max(0, shared.start() - 8), shared.start())):
        return None  # ("he was named after the guy in the show too": "too" of the naming, no fate)
    for word in _WORD.finditer(text, max(0, shared.start() - _NEAR), shared.start()):
        pet = PET_BEFORE.search(text, max(0, word.start() - PET_REACH), word.start())
        if pet is not None and shared.group("apart"):  # the name and the show's side alone, the pet's fate set aside
            name = _NAME.match(text, word.start())
            return f"{name.group() if name else ''} {_ALIVE.sub('selamat', shared.group())}"
        if pet is not None:  # (read near the two clauses only: a long message is not read twice whole)
            before = _WORD.search(text, max(0, pet.start() - _NEAR), pet.start())
            return text[before.start() if before else pet.start():pet.start()] + text[word.start():shared.end()]
    return None


# the show's one only said to be there too ("di series juga ada gwinam", "en la serie también hay un gwinam"): no fate
_THERE_TOO = compile_later(rf"(?i)(?<![\w-]){_PLACE}[\s,]+(?:{_TOO}\s+)?(?:ada|hay|tem|may|meron|there['’]?s|there is)(?![\w'’-])")


def pet_apart(text: str) -> str | None:
    """`text` with a sentence's end put before the show's one only said to be there too, after a pet named ("kucingku gwinam
    mati 😭 di series juga ada gwinam": "kucingku gwinam mati 😭. di series juga ada gwinam"), for the lexicon to read the
    pet's death apart from the show's name; None when it says no such thing."""
    lowered = text.lower()
    if not any(word in lowered for word in _PLACE_WORDS):
        return None
    there = _THERE_TOO.search(text)
    if there is None or not any(PET_BEFORE.search(text, max(0, word.start() - PET_REACH), word.start())
                                for word in _WORD.finditer(text, max(0, there.start() - _NEAR), there.start())):
        return None
    return f"{text[:there.start()].rstrip()}. {text[there.start():]}"
