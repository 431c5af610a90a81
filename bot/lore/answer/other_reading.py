"""A who-did-what question asked again in its other reading, when the one it was read in got "I don't know".

- Korean "청산이 문 사람", "수혁이 지켜준 사람": the 이 after a name that ends on a consonant is either the fans' name
  ending (청산이 = Cheong-san: "the one who bit Cheong-san") or the subject's particle ("the one Cheong-san bit"). The
  subject's reading is asked first (ask97's "귀남이 문 사람": whom Gwi-nam bit); only when the sources tell nothing of it
  is the name ending's asked ("청산이 문 사람": Gwi-nam bit him, E11). The answer's own line says which deed it tells
  ("공사장에서 귀남이 청산을 물어요"), so the reading taken is plain. One rule for every deed (the lead's ruling, stop
  62): a killing too ("우진이 죽인 사람": whom Woo-jin killed is untold, so who killed him, Nam-ra, E12).
- "who saved X" (Korean "X를 구해준 애" too) that no rescue answers: asked as who protected X, since a shielding told
  as one (Nam-ra bitten protecting Su-hyeok, E6) saves the one shielded; the shielder is never read as the one saved.
  So "who did X save" ("who namra saved") that no rescue answers is asked as whom X protected (Su-hyeok).
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.lore.answer.analysis import Slot
from bot.lore.answer.korean_chat import closes_on_consonant

# "who did ent0 bite" ("청산이 문 사람" as the glosses and rewording put it), "who did ent0 protect" ("청산이 지킨 사람"),
# "who did ent0 kill" ("우진이 죽인 사람"): the named one the doer
_SUBJECT_DID = compile_later(r"^\s*who(?:m)?\s+did\s+(ent\d+)\s+(bite|protect|kill)\W*$")
_PAST = {"bite": "bit", "protect": "protected", "kill": "killed"}
# "who saved ent0", "who ent0 saved" (Korean's own order), "who rescued ent0": the named one helped
_SAVED = compile_later(r"^\s*who\s+(?:(ent\d+)\s+(?:saved|rescued)|(?:saved|rescued)\s+(ent\d+))(?:\s+who)?\W*$")
# "who did ent0 save" ("who namra saved"): the one the named one shielded, when no rescue of theirs is told
_SAVER = compile_later(r"^\s*who(?:m)?\s+did\s+(ent\d+)\s+(?:save|rescue)\W*$")


def _name_ending(slot: Slot | None) -> bool:
    """Whether the name was typed with 이 after a consonant ("청산이", never "청산이가", "남라가" or "이삭")."""
    typed = slot.mention.text if slot is not None else ""
    return len(typed) > 2 and typed.endswith("이") and "가" <= typed[-2] <= "힣" and closes_on_consonant(typed[-2])


def other_reading(text: str, slots: dict[str, Slot]) -> str | None:
    """`text` asked in its other reading (see the module's doc), or None when it has none."""
    if (did := _SUBJECT_DID.match(text)) is not None:
        return f"who {_PAST[did.group(2)]} {did.group(1)}" if _name_ending(slots.get(did.group(1))) else None
    if (saved := _SAVED.match(text)) is not None:
        return f"who protected {saved.group(1) or saved.group(2)}"
    if (saver := _SAVER.match(text)) is not None:  # "효령이 구해준 사람": whom she saved untold, so who saved her
        return f"who saved {saver.group(1)}" if _name_ending(slots.get(saver.group(1))) else f"who did {saver.group(1)} protect"
    return None
