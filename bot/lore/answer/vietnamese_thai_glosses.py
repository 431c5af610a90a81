"""Vietnamese and Thai questions read as the English ones they ask ("phần 2 khi nào ra" -> "when does season 2
come out", "ใครเล่นเป็นนัมรา" -> "who plays namra"), before names are found, as japanese_glosses.py does for Japanese.

Vietnamese and Thai fans of a worldwide Netflix show ask in their own language; without these forms such a question
got "I don't know that", and worse, Vietnamese "nào ra" (when ... out) was read as the name Nam-ra. Vietnamese fans
write the names in Latin letters as English fans do ("nam ra", "cheongsan"); Thai fans write them in Thai script,
transcribed from Korean. Only a whole question of one of the forms below is read; any other text is left as typed
(foreign_glosses.py then reads other Thai as nothing: "I don't know", never an answer to its digits alone).
"""

from __future__ import annotations

import re
import unicodedata

from bot.lazy_re import LazyPattern, compile_later

# Letters only Vietnamese uses among the languages fans ask in (Spanish "dónde" has none of them).
_VIETNAMESE = compile_later(r"[ảãạăằắẳẵặâầấẩẫậđẻẽẹêềếểễệỉĩịỏõọôồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵ]")
_VI_SEASON_2 = compile_later(r"(?<!\w)(?:phần|mùa|season|ss|phan|mua)\s*(?:2|hai)(?!\w)")
_VI_TAIL = compile_later(r"(?:\s+(?:vậy|thế|ạ|nhỉ|hả|vầy|v|z|ko|không|hông|k|chưa|nhé|nha|ta))*\s*$")
_VI_WHEN = r"(?:khi nào|bao giờ|lúc nào|ngày nào|bao lâu nữa)"
_VI_OUT = r"(?:ra|ra mắt|chiếu|lên sóng|phát sóng|có)"
_VI_PLAY = r"(?:đóng vai|đóng|vào vai|thủ vai|diễn vai|diễn)"
# Each whole question (its tail of particles and marks taken off) and the English it asks.
_VI_FORMS: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"^{p}$"), e) for p, e in (
    (rf"season 2\s+(?:thì\s+)?{_VI_WHEN}\s+(?:mới\s+)?{_VI_OUT}", "when does season 2 come out"),
    (rf"season 2\s+{_VI_OUT}\s+{_VI_WHEN}", "when does season 2 come out"),
    (rf"{_VI_WHEN}\s+(?:thì\s+)?(?:mới\s+)?{_VI_OUT}\s+season 2", "when does season 2 come out"),
    (r"season 2\s+(?:có\s+)?(?:bao nhiêu|mấy)\s+tập", "how many episodes does season 2 have"),
    (r"(?:phim\s+)?(?:này\s+)?(?:có\s+)?(?:bao nhiêu|mấy)\s+tập", "how many episodes are there"),
    (r"season 2\s+(?:có\s+)?(?:những\s+)?(?:ai|diễn viên nào)(?:\s+(?:đóng|tham gia|quay lại|trở lại))?",
     "who is in the season 2 cast"),
    (rf"ai\s+{_VI_PLAY}\s+(.+)", r"who plays \1"),
    (rf"(?:diễn viên\s+)?(?:{_VI_PLAY}\s+)?(.+?)\s+(?:do\s+)?(?:là\s+)?ai\s+{_VI_PLAY}", r"who plays \1"),
    (rf"diễn viên\s+(?:{_VI_PLAY}\s+)?(.+?)\s+là ai", r"who plays \1"),
    (r"ai\s+(?:đã\s+)?cắn\s+(.+)", r"who bit \1"),
    (r"(.+?)\s+bị ai cắn", r"who bit \1"),
    (r"ai\s+(?:đã\s+)?giết\s+(.+)", r"who killed \1"),
    (r"(.+?)\s+bị ai giết", r"who killed \1"),
    # "cheongsan có chết không" (the "không" taken off with the tail); "ai chết" asks who, not whether
    (r"(?!ai\s)(.+?)\s+(?:có\s+)?(?:bị\s+)?chết", r"does \1 die"),
    (r"(?!ai\s)(.+?)\s+(?:có\s+)?(?:còn\s+)?sống", r"does \1 survive"),
    (r"(?:xem|coi)(?:\s+phim)?(?:\s+này)?\s+ở đâu", "where can i watch it"),
    (r"(?:phim\s+)?(?:này\s+)?(?:ai\s+là\s+đạo diễn|đạo diễn\s+(?:là\s+)?ai)", "who directed it"),
))

# Thai transcriptions of the names (spellings differ), as the English a fan types.
_TH_NAMES: dict[str, str] = {
    "นัมรา": "namra", "นามรา": "namra", "ชองซาน": "cheongsan", "ชอนซาน": "cheongsan", "ชองซัน": "cheongsan",
    "ออนโจ": "onjo", "อนโจ": "onjo", "ซูฮยอก": "suhyeok", "ซูฮย็อก": "suhyeok", "ควีนัม": "gwinam",
    "กวีนัม": "gwinam", "กวินัม": "gwinam", "นายอน": "nayeon", "นายอง": "nayeon", "แดซู": "daesu", "ฮาริ": "hari",
    "ฮารี": "hari", "มีจิน": "mijin", "อูจิน": "woojin", "ฮโยรยอง": "hyoryeong", "จีมิน": "jimin",
}
_TH_NAME = "(" + "|".join(sorted(_TH_NAMES, key=len, reverse=True)) + ")"
_TH_ASK = r"(?:ไหม|มั้ย|มั๊ย|รึเปล่า|หรือเปล่า|หรือไม่|ป่ะ|ปะ|เปล่า)?"
_TH_POLITE = compile_later(r"(?:\s*(?:ครับ|คับ|ค่ะ|คะ|จ้า|นะ|อะ|อ่ะ))+\s*$")
_TH_FORMS: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"^{p}$"), e) for p, e in (
    (rf"ใคร\s*(?:เล่น|แสดง)\s*(?:เป็น)?\s*{_TH_NAME}", r"who plays \1"),
    (rf"{_TH_NAME}\s*(?:ใคร\s*(?:เล่น|แสดง)|(?:นักแสดง|คนเล่น)\s*(?:คือ|เป็น)?\s*ใคร)", r"who plays \1"),
    (rf"{_TH_NAME}\s*(?:จะ)?\s*(?:ตาย|ตายแล้ว){_TH_ASK}", r"does \1 die"),
    (rf"{_TH_NAME}\s*(?:จะ)?\s*(?:รอด|รอดชีวิต){_TH_ASK}", r"does \1 survive"),
    (rf"ใคร\s*กัด\s*{_TH_NAME}", r"who bit \1"),
    (rf"{_TH_NAME}\s*(?:โดน|ถูก)\s*ใคร\s*กัด", r"who bit \1"),
    (rf"ใคร\s*ฆ่า\s*{_TH_NAME}", r"who killed \1"),
    (r"(?:เรื่องนี้\s*)?ดู\s*(?:ได้)?\s*(?:ที่ไหน|ทางไหน|ที่ไหนได้บ้าง)", "where can i watch it"),
    (r"(?:ซีซั่น|ซีซัน|ภาค)\s*(?:2|๒|สอง)\s*(?:มี)?\s*กี่\s*(?:ตอน|อีพี|ep)", "how many episodes does season 2 have"),
))


def plain_vietnamese_thai(text: str) -> str:
    """`text` as the English question it asks when it is one of the Vietnamese or Thai forms above, else `text`."""
    if re.search(r"[\u0e00-\u0e7f]", text):
        asked = _TH_POLITE.sub("", re.sub(r"[\s?!.…]+$", "", text.strip()))
        for pattern, english in _TH_FORMS:
            if (found := pattern.match(asked)) is not None:
                return _TH_NAMES_RE.sub(lambda m: _TH_NAMES[m.group(0)], found.expand(english))
        return text
    folded = unicodedata.normalize("NFC", text).casefold()
    if not _VIETNAMESE.search(folded):
        return text
    asked = _VI_TAIL.sub("", _VI_SEASON_2.sub("season 2", re.sub(r"[\s?!.…]+$", "", folded.strip())))
    for pattern, english in _VI_FORMS:
        if (found := pattern.match(asked)) is not None:
            return found.expand(english)
    return text


_TH_NAMES_RE = compile_later(_TH_NAME)
