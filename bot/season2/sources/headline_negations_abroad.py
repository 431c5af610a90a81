"""A negation or a question in another language, said in English before that language's words are read (Italian "non",
Polish "nie", Turkish "değil", Arabic "لن", Thai "หรือยัง"), and a day set right by negation in its own words ("no sale el
11 de junio sino el 18"): read by `headline_abroad.in_english`. Pure functions on text.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.text import MONTH_NAMES

#: A negation or a question in the languages whose "out" and "premieres" words headline_abroad reads, said in English before those
#: words are (else "non è disponibile", "nie jest dostępny", "yayında değil", "nahi aa gayi", "لن يعرض" and "ดูได้แล้วหรือยัง"
#: read as the season out or dated): Italian "non" before its verb, Polish "nie", Turkish "değil", Hinglish "nahi", Arabic
#: "لن"/"لا"/"لم"/"ليس" and its question ("هل …؟"), Thai questions ("หรือยัง", has it yet?; "ไหม", "มั้ย", "หรือเปล่า").
NOT_OR_ASKED_ABROAD = (
    (compile_later(r"\b(\d{1,2}\s+(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık))['’]?\w{0,3}\s+değil\b",
                re.I), r"not \1"),
    (compile_later(r"\b(?:çıkış|yayın|vizyon)\s+tarihi\b", re.I), "release date"),
    (compile_later(r"\bhenüz\s+(?:bir\s+)?tarih\s+(?:açıklamadı|vermedi|belirlemedi)\b", re.I), "has not announced a date yet"),
    (compile_later(r"\bnon\s+(?=(?:è|e|sarà|sara|arriva|arriverà|esce|uscirà|slitta|ancora|più|ha|c['’]è|verrà)\b)"
                r"|\bnie\b|\bdeğil\b|\b(?:nahi|nahin|nahii|nhi)\b", re.I), " not "),
    (compile_later(r"(?<![\u0600-\u06ff])(?:لن|لا|لم|ليس|ليست)(?![\u0600-\u06ff])"), " not "),
    (compile_later(r"(?<![\u0600-\u06ff])هل(?![\u0600-\u06ff])(.*?)[\s؟?]*$", re.S), r"\1?"),
    (compile_later(r"؟"), "?"),
    # a hope, not a day told ("semoga … tayang 11 Juni", "Hoffentlich kommt …", "أتمنى أن يعرض …", "umarım", "hy vọng", หวังว่า,
    # "надеюсь", उम्मीद, Tagalog "sana" (never "sana all", envy, nor Indonesian "di sana", there: s2wild80; nor "dapat sana", was
    # to be, nor a person's name after "si", "ni", "kay": "si Sana ng TWICE", s2wild81)): what the English
    # readers know as a fan's wish (Spanish and Portuguese ones read by their subjunctive)
    (compile_later(r"(?<!\bdi\s)(?<!\bke\s)(?<!\bdari\s)(?<!\bsi\s)(?<!\bni\s)(?<!\bkay\s)(?<!\bdapat\s)\bsana\b(?!\s+all\b)|\b(?:semoga|moga-moga|mudah-mudahan|hoffentlich|ojal[aá]|tomara|umarım|inşallah|hy\s+vọng|mong\s+là|spero\s+che"
                r"|j['’]esp[eè]re)\b|(?<![\w])надеюсь(?![\w])|उम्मीद|(?<![\u0600-\u06ff])(?:أتمنى|نتمنى|يا\s+رب)(?![\u0600-\u06ff])|หวังว่า",
                re.I), " i wish "),
    # Thai "ปลอม" (fake), "ข่าวปลอม" (fake news), after a quoted day: a fake called so (s2wild86)
    (compile_later(r"\s*(?:ข่าว)?ปลอม(?:นะ|จ้า|ครับ|ค่ะ|แหละ)?"), " fake "),
    (compile_later(r"\s*(?:หรือ(?:ยัง|เปล่า|ไม่)|ไหม|มั้ย|เหรอ|หรอ)\s*"), "? "),
)
#: A day set right by negation in its own words ("no sale el 11 de junio sino el 18", "Не 11, а 18 июня: …"): the day after
#: "but" (sino, mas, mais, а, aber, ma, tapi) with the first day's month when it names none, the first day only the one it is not.
_BUT_THE_DAY = compile_later(rf"\bnot\s+(?P<verb>premieres\s+)?(?:on\s+|am\s+)?(?:(?P<m1>{'|'.join(MONTH_NAMES)})\s+)?(?P<d1>\d{{1,2}})\b\.?,?\s+"
                          rf"(?:sino|but|mas|mais|а|aber|sondern|ma|tapi)\s+(?:(?:el|on|em|le|sim|no|dia|am|il)\s+)?(?:(?P<m2>{'|'.join(MONTH_NAMES)})\s+)?"
                          rf"(?P<d2>\d{{1,2}})\b(?!\s*(?:[:.]\d|[ap]\.?m\b|h\b|uhr\b|ep|folge|bölüm|tập|серии|серий|эпизод|%))(?P<rest>\s*[:—–-]\s*.+)?", re.I)


def corrected_day(text: str) -> str:
    """A day set right by negation (`_BUT_THE_DAY`) as English says it ("premieres on June 18, not June 11"); else as it is."""
    def said(m: re.Match[str]) -> str:
        month = m.group("m2") or m.group("m1")
        if month is None:
            return m.group(0)
        first = f"{m.group('m1') or month} {m.group('d1')}"
        rest = m.group("rest") or ""
        if not m.group("verb") and rest:  # the name after the days: "<name> premieres on …"
            return f"{rest.lstrip(' :—–-')} premieres on {month} {m.group('d2')}, not {first}"
        return f"premieres on {month} {m.group('d2')}, not {first}{rest}"
    return _BUT_THE_DAY.sub(said, text)
