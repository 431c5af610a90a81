"""Progress typed in Thai, rewritten into the English bot.progress_said reads (split from bot.progress_forms at 588
lines, watched56): Thai is typed without spaces and chat_free drops its vowel and tone marks, so its forms are matched
bare ("ดูถึงตอนที่ 4 แล้ว": "watched up to ep 4").

Plain text in, plain text out; nothing here knows the show.
"""

from __future__ import annotations

import unicodedata

from bot.lazy_re import FirstCharacterRows, compile_later

# The end of a whole sentence said: end marks and spaces only (bot.progress_forms' sentences end so too).
SAID_END = r"[\s!?.~…]*$"


def bare(thai: str) -> str:
    """`thai` without its vowel and tone marks, as bot.progress_said.chat_free leaves Thai (it drops marks, Mn)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", thai) if unicodedata.category(ch) != "Mn")


# Thai, said without spaces: "ดูถึงตอนที่ 4 แล้ว" (watched up to 4), "กำลังดูตอน 7" (watching 7), "ดู EP 9 จบแล้ว" (finished 9),
# "ดูจบแล้ว" (watched to the end), "ยังไม่ได้ดู" (not watched yet).
_TH_EP = r"\s*(?:ตอนที่|ตอน|อีพี|ep|episode)\s*(\d{1,2})\s*"
_WHOM = r"(?:น้อง|พี่|เพื่อน|แฟน|แม่|พ่อ)(?:สาว|ชาย|ๆ)?"  # whom the fan watched with ("กับน้อง")
_MONTH = r"(?:มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)\w*"
# A laugh after it ("ดูถึงตอน 5 แล้ว 555", "... ฮ่าๆ"; watched69), after a space: "ตอน 5555" is no episode 5 laughed at.
_LAUGHED = rf"(?:\s+(?:5{{3,}}|(?:{bare('ฮ่า')})+ๆ*|lol))*"
_THAI = FirstCharacterRows((compile_later(f"(?:{bare(pattern)}){_LAUGHED}{SAID_END}"), english) for pattern, english in (
    # "ถึงตอนที่ 10 แล้ว" too; "ดูถึงตอน 8 เมื่อคืน", "เมื่อคืนดูถึงตอน 6": last night, seen (watched68, watched70)
    (rf"^(?:เมื่อคืน\s*)?(?:เรา|ฉัน|ผม|หนู)?\s*(?:ดู|เพิ่งดู)?\s*ถึง{_TH_EP}(?:แล้ว|ละ)?\s*(?:เมื่อคืน)?", r"watched up to ep \1"),
    (rf"^(?:ดู)?\s*ถึง{_TH_EP}ของ\s*(season \d{{1,2}})\s*(?:แล้ว|ละ)?", r"watched up to ep \1 of \2"),
    (rf"^ดู{_TH_EP}ถึง{_TH_EP}(?:เมื่อคืน|แล้ว|ละ)?", r"watched ep \1-\2"),  # "ดูตอนที่ 2 ถึงตอนที่ 4 เมื่อคืน"
    # "คืนนี้จะดูตอน 5": tonight, a plan; "คืนนี้เราจะดูตอน 6 กับน้อง": with someone, the fan's own (watched76)
    (rf"^(?:คืนนี้|วันนี้)?\s*(?:เรา|ฉัน|ผม|หนู)?\s*(?:จะ)\s*ดู{_TH_EP}(?:กับ\s*{_WHOM})?", r"gonna watch ep \1"),
    # "พรุ่งนี้ดูตอน 8", "ดูถึงตอน 8 พรุ่งนี้": tomorrow, a plan (watched64)
    (rf"^พรุ่งนี้\s*(?:จะ)?\s*ดู\s*(?:ถึง)?{_TH_EP}", r"ep \1 tomorrow"),
    (rf"^(?:จะ)?\s*ดู\s*(?:ถึง)?{_TH_EP}พรุ่งนี้", r"ep \1 tomorrow"),
    # "ดูตอน 4 ไปแล้ว", "วันที่ 9 ดูตอน 4 ไปแล้ว": watched already (on the 9th), a past said
    (rf"^(?:วันที่\s*\d{{1,2}}\s*)?(?:เรา|ฉัน|ผม|หนู)?\s*ดู{_TH_EP}ไป\s*แล้ว", r"watched ep \1"),
    (rf"^วันที่\s*\d{{1,2}}\s*{_MONTH}\s*(?:เรา|ฉัน|ผม|หนู)?\s*ดู{_TH_EP}แล้ว", r"watched ep \1"),  # "วันที่ 9 มีนาดูตอน 4 แล้ว" (watched76)
    (rf"^(?:กำลัง|ตอนนี้)?\s*ดู(?:อยู่)?{_TH_EP}(?:อยู่)?", r"watching ep \1"),  # "ดูตอนที่ 9": watching 9
    # "ดูจบตอนที่ 6 แล้ว" too; "เมื่อคืนสามทุ่มดูตอน 8 จบแล้ว": last night at nine (watched76)
    (rf"^(?:เมื่อคืน\s*(?:(?:หนึ่ง|สอง|สาม|สี่|ห้า|\d)\s*ทุ่ม(?:ครึ่ง)?)?\s*)?(?:ดู)?{_TH_EP}จบ\s*(?:แล้ว|ละ)|^ดู\s*จบ{_TH_EP}(?:แล้ว|ละ)", r"finished ep \1\2"),
    (rf"^(?:ดู)?{_TH_EP}(?:ไป)?\s*ครึ่ง(?:นึง|หนึ่ง|ทาง)?", r"halfway through ep \1"),  # "ดูตอน 7 ไปครึ่งนึง": half of 7
    # "ตอน 8 ดูไป 10 นาที": 10 minutes of it seen, into it; "เมื่อคืนดูกับน้องถึงตอน 6": watched with someone, the fan's own
    # place (never "ดูกับน้อง น้องดูถึงตอน 8": the other one's; watched72)
    (rf"^(?:ดู)?{_TH_EP}(?:ดู)?(?:ไป)?\s*(\d{{1,3}})\s*นาที(?:แล้ว|ละ)?", r"\2 min into ep \1"),
    (rf"^(?:เมื่อคืน\s*)?(?:เรา|ฉัน|ผม|หนู)?\s*ดู\s*กับ\s*(?:น้อง|พี่|เพื่อน|แฟน|แม่|พ่อ)(?:สาว|ชาย|ๆ)?\s*ถึง{_TH_EP}(?:แล้ว|ละ)?", r"watched up to ep \1"),
    # "ตอน 7 ยังไม่จบ", "ตอน 7 555 ยังไม่จบ": not finished yet, into it (watched71)
    (rf"^(?:ดู)?{_TH_EP}(?:5{{3,}}\s*)?(?:ยัง)?\s*ไม่จบ", r"halfway through ep \1"),
    (rf"^(?:เผลอ)?หลับ(?:ไป)?\s*(?:ตอน|ระหว่าง|ขณะ)(?:ที่)?\s*(?:กำลัง)?ดู{_TH_EP}", r"fell asleep during ep \1"),  # "หลับไปตอนดูตอนที่ 3"
    # "หลับไประหว่างตอนจบ แต่ดูตอนท้ายทัน": asleep during the finale, its end caught: partway still (watched46)
    (r"^(?:เผลอ)?หลับ(?:ไป)?\s*(?:ตอน|ระหว่าง|ขณะ)(?:ที่)?\s*(?:กำลัง)?(?:ดู)?\s*(?:ตอนจบ|ตอนสุดท้าย|อีพีสุดท้าย)"
     r"(?:\s*แต่\s*(?:ก็)?ดู(?:ตอนท้าย|ฉากจบ|ตอนจบ)ทัน)?", "fell asleep during the finale"),
    (r"^(?:ดู)?\s*(?:แค่|เพิ่ง)?\s*(\d{1,2})\s*ตอนแรก(?:เอง)?", r"watched the first \1"),  # "ดูแค่สองตอนแรก": the first two
    (rf"^(?:(?:ตอนนี้\s*(?:เรา|ฉัน|ผม|หนู)?|เรา|ฉัน|ผม|หนู)\s*(?:อยู่)?|อยู่){_TH_EP}", r"on ep \1"),  # "(ส่วน)ฉันตอนที่ 2": me, on 2; "ตอนนี้ตอน 5": now; "อยู่ตอน 5": at 5
    (r"^(?:ดู)?\s*จบ\s*(?:แล้ว|ละ)(?=$|,)", "finished it"),  # "ดูจบแล้ว": which season, once season 2 is out
    # "ดูรวดเดียวจบในคืนเดียว": watched to the end in one go, in one night (watched49)
    (r"^(?:ดู)?\s*รวดเดียว\s*จบ(?:\s*(?:ใน)?\s*(?:คืนเดียว|วันเดียว))?(?:\s*(?:แล้ว|ละ))?(?=$|,)", "finished it"),
    (r"^(?:ดู)?\s*จบ\s*(?:แล้ว|ละ|หมดแล้ว)|^ดูหมดแล้ว", "finished the series"),
    (r"^(?:ยัง)?\s*ไม่ได้ดู(?:เลย)?|^ยังไม่ดู(?:เลย)?", "havent watched"),
))


def thai_said(text: str) -> str:
    """`text` (chat_free) said in English when it is one of the Thai forms above; else as it is."""
    for pattern, english in _THAI.for_text(text):
        if (found := pattern.match(text)) is not None:
            return found.expand(english)
    return text
