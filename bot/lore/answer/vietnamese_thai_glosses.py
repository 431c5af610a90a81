"""Vietnamese and Thai questions read as the English ones they ask ("phần 2 khi nào ra" -> "when does season 2
come out", "ใครเล่นเป็นนัมรา" -> "who plays namra"), before names are found, as japanese_glosses.py does for Japanese.

Vietnamese and Thai fans of a worldwide Netflix show ask in their own language; without these forms such a question
got "I don't know that", and worse, Vietnamese "nào ra" (when ... out) was read as the name Nam-ra. Vietnamese fans
write the names in Latin letters as English fans do ("nam ra", "cheongsan"); Thai fans write them in Thai script,
transcribed from Korean. Only a whole question of one of the forms below is read; any other text is left as typed
(other Thai is then read as nothing, `thai_left` for foreign_glosses.py: "I don't know", never an answer to its digits).
"""

from __future__ import annotations

import re
import unicodedata

from bot.lazy_re import LazyPattern, compile_later
from bot.lore.lexicon_asian_words import NAME_OF_ASIAN_WRITING
from bot.text import THAI, THAI_ASKS

# Letters only Vietnamese uses among the languages fans ask in (Spanish "dónde" has none of them).
_VIETNAMESE = compile_later(r"[ảãạăằắẳẵặâầấẩẫậđẻẽẹêềếểễệỉĩịỏõọôồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵ]")
_VI_SEASON_2 = compile_later(r"(?<!\w)(?:phần|mùa|season|ss|s|phan|mua)\s*(?:2|hai)(?!\w)")
_VI_TAIL_WORDS = r"(?:\s+(?:vậy|thế|ạ|nhỉ|hả|vầy|v|z|ko|không|hông|k|chưa|nhé|nha|ta|vay|the|a|nhi|ha|khong|hong|chua|nhe))*\s*$"
_VI_TAIL = compile_later(_VI_TAIL_WORDS)
_VI_WHEN = r"(?:khi nào|bao giờ|lúc nào|ngày nào|bao lâu nữa)"
_VI_OUT = r"(?:ra|ra mắt|chiếu|lên sóng|phát sóng|có)"
_VI_END = r"(?:cuối phim|cuối cùng|kết phim|tập cuối|đoạn cuối|lúc cuối)"
_VI_PLAY = r"(?:đóng vai|đóng|vào vai|thủ vai|diễn vai|diễn)"
# Each whole question (its tail of particles and marks taken off) and the English it asks.
_VI_SOURCE: tuple[tuple[str, str], ...] = (
    (rf"season 2\s+(?:thì\s+)?{_VI_WHEN}\s+(?:mới\s+)?{_VI_OUT}", "when does season 2 come out"),
    (rf"season 2\s+{_VI_OUT}\s+{_VI_WHEN}", "when does season 2 come out"),
    (rf"{_VI_WHEN}\s+(?:thì\s+)?(?:mới\s+)?{_VI_OUT}\s+season 2", "when does season 2 come out"),
    # "khi nào phần 2 ra mắt": the question word first; "còn bao nhiêu ngày nữa là đến phần 2": how long is left
    (rf"{_VI_WHEN}\s+season 2\s+(?:mới\s+)?(?:được\s+)?{_VI_OUT}", "when does season 2 come out"),
    (r"(?:còn\s+)?(?:bao nhiêu|mấy)\s+ngày\s+(?:nữa\s+)?(?:là\s+|thì\s+)?(?:đến|tới|có)\s+season 2(?:\s+(?:ra|ra mắt|chiếu))?",
     "when does season 2 come out"),
    (r"season 2\s+(?:còn\s+)?(?:bao nhiêu|mấy)\s+ngày\s+nữa(?:\s+(?:ra|ra mắt|chiếu))?", "when does season 2 come out"),
    (r"season 2\s+(?:có\s+)?(?:bao nhiêu|mấy)\s+tập", "how many episodes does season 2 have"),
    (r"(?:phần|mùa|season|ss|phan|mua)\s*(?:1|một|mot)\s+(?:có\s+)?(?:bao nhiêu|mấy)\s+tập", "how many episodes does season 1 have"),
    (r"(?:phim\s+)?(?:này\s+)?(?:có\s+)?(?:bao nhiêu|mấy)\s+tập", "how many episodes are there"),
    (r"season 2\s+(?:có\s+)?(?:những\s+)?(?:ai|diễn viên nào)(?:\s+(?:đóng|tham gia|quay lại|trở lại))?",
     "who is in the season 2 cast"),
    (r"season 2\s+(?:có\s+)?(?:ra\s+)?(?:vào\s+)?(?:năm\s+)?(20\d\d)", r"is season 2 coming out in \1?"),
    (r"(?:năm\s+)?(20\d\d)\s+(?:có\s+|ra\s+)?season 2", r"is season 2 coming out in \1?"),
    # "mùa 2 ra hết chưa" (all out yet?), "season 2 kết thúc chưa": whether it is all out, as "is season 2 finished"
    (r"season 2\s+(?:đã\s+)?(?:(?:ra|chiếu|phát sóng)\s+(?:hết|đủ|xong|đủ tập|hết tập)|kết thúc|hết)(?:\s+(?:rồi|chưa|à|hả|không|ạ))*",
     "is season 2 finished"),
    # "khi nào ra tập mới": the next episodes are season 2's ("ra" is "out", never Nam-ra)
    (rf"{_VI_WHEN}\s+(?:thì\s+)?(?:mới\s+)?{_VI_OUT}\s+(?:tập|phần|mùa)\s+(?:mới|tiếp(?:\s+theo)?)", "when does season 2 come out"),
    (rf"(?:tập|phần|mùa)\s+(?:mới|tiếp(?:\s+theo)?)\s+{_VI_WHEN}\s+(?:mới\s+)?{_VI_OUT}", "when does season 2 come out"),
    (r"(?:ai\s+(?:là\s+)?đạo diễn\s+season 2|(?:đạo diễn|ai đạo diễn)\s+season 2(?:\s+là\s+ai)?|season 2\s+(?:do\s+)?ai\s+đạo diễn)",
     "who directs season 2"),
    (r"(?:ai\s+(?:là\s+)?biên kịch|biên kịch\s+(?:là\s+)?ai|ai\s+viết\s+(?:kịch bản|phim)(?:\s+này)?)", "who wrote the script"),
    (r"(?:phim\s+)?(?:này\s+)?(?:được\s+)?(?:dựa\s+(?:trên|theo)|chuyển thể\s+từ)\s+(?:webtoon|truyện(?:\s+tranh)?)\s+(?:nào|gì)",
     "what webtoon is it based on"),
    (r"(?:phim\s+)?(?:này\s+)?(?:ra mắt|ra|chiếu|công chiếu)\s+(?:vào\s+)?(?:năm nào|khi nào|lúc nào|ngày nào|bao giờ)",
     "when did it come out"),
    (r"ai\s+(?:đã\s+)?(?:tạo ra|tạo|làm ra|chế tạo)\s+(?:con\s+)?virus(?:\s+này)?", "who created the virus"),
    (r"(?:con\s+)?virus\s+(?:này\s+)?(?:tên\s+(?:là\s+)?gì|gọi là gì|là gì)", "what is the virus called"),
    (r"(?:có\s+)?(?:bao nhiêu|mấy)\s+(?:học sinh|người|bạn)\s+(?:còn\s+)?sống sót", "how many students survive"),
    (r"ai\s+(?:còn\s+)?sống sót", "who survives"),
    # "tất cả đều chết hả", "mọi người chết hết à", "có phải tất cả học sinh đều chết không": everyone's fate; "ai chết đầu tiên", "ai chết ở tập 5": who dies
    # first, or in that episode (before "X chết", which read "tất cả" as a name and said "Yes.")
    (r"(?:có\s+phải\s+)?(?:tất cả(?:\s+(?:mọi người|học sinh|các bạn|nhân vật))?|mọi người|cả lớp)\s+(?:đều\s+)?(?:có\s+)?(?:bị\s+)?chết(?:\s+hết)?(?:\s+à)?",
     "does everyone die"),
    (r"ai\s+(?:là\s+người\s+)?(?:bị\s+)?chết\s+(?:đầu tiên|trước(?:\s+tiên)?|trước nhất)", "who dies first"),
    (r"ai\s+(?:bị\s+)?chết\s+(?:ở\s+|trong\s+)?tập\s+(\d{1,2})", r"who dies in episode \1"),
    # "giáo viên nào chết ở tập 3", "học sinh nào chết trong tập 2": which of a group dies in that episode (groups.py)
    *((rf"(?:{words})\s+nào\s+(?:bị\s+)?chết\s+(?:ở\s+|trong\s+)?tập\s+(\d{{1,2}})", rf"which {one} dies in episode \1")
      for words, one in (("giáo viên|cô giáo|thầy giáo", "teacher"), ("học sinh", "student"), ("người lớn", "adult"))),
    # "bố của on-jo chết ở tập mấy": a father's or mother's death, as "which episode does onjo's dad die" asks it
    (r"(?:(?:bố|cha)\s+(?:của\s+)?|ba\s+của\s+)(.+?)\s+(?:bị\s+)?chết\s+(?:ở\s+)?tập\s+(?:mấy|nào|bao nhiêu)", r"which episode does \1's dad die"),
    (r"(?:mẹ\s+(?:của\s+)?|má\s+của\s+)(.+?)\s+(?:bị\s+)?chết\s+(?:ở\s+)?tập\s+(?:mấy|nào|bao nhiêu)", r"which episode does \1's mom die"),
    (r"(?!ai\s)(.+?)\s+(?:bị\s+)?chết\s+(?:ở\s+)?tập\s+(?:mấy|nào|bao nhiêu)", r"which episode does \1 die"),
    # "mỗi tập dài bao nhiêu phút": an episode's length; "mấy tuổi được xem": the rating; "phần 2 đã được xác nhận chưa"
    (r"(?:mỗi|một|1)\s+tập\s+(?:phim\s+)?(?:dài|kéo dài|khoảng)?\s*(?:bao nhiêu|mấy|bao lâu)(?:\s+(?:phút|tiếng))?", "how long is each episode"),
    (r"(?:phim\s+)?(?:này\s+)?(?:từ\s+)?(?:bao nhiêu|mấy)\s+tuổi\s+(?:thì\s+)?(?:mới\s+)?(?:được\s+)?(?:xem|coi)(?:\s+được)?",
     "what is the age rating"),
    (r"season 2\s+(?:đã\s+)?(?:được\s+)?(?:xác nhận|công bố|chốt)", "is season 2 confirmed"),
    (r"season 2\s+(?:đã\s+)?(?:quay|bấm máy)\s+xong", "has season 2 finished filming"),
    (r"(?:có\s+)?trailer\s+season 2|season 2\s+(?:có\s+)?trailer", "when's the s2 trailer"),
    # "phần 2 ra chưa", "phần 2 đã chiếu rồi", "đã có phần 2 chưa" (its "chưa" taken off with the tail): whether it is out
    (r"season 2\s+(?:đã\s+)?(?:ra|ra mắt|chiếu|lên sóng|phát sóng)(?:\s+rồi)?", "is season 2 out"),
    (r"đã\s+(?:có|ra)\s+season 2(?:\s+rồi)?", "is season 2 out"),
    # "phần 2 có nam ra không" (its "không" taken off with the tail): whether they are in it
    (r"season 2\s+có\s+(?!bao nhiêu|mấy|những|ai\b)(.+)", r"is \1 in season 2"),
    (rf"ai\s+{_VI_PLAY}\s+(.+?)\s+(?:trong|ở)\s+season 2", r"who plays \1 in season 2"),  # "ai đóng vai namra trong phần 2"
    (rf"ai\s+{_VI_PLAY}\s+(.+)", r"who plays \1"),
    (rf"(?:diễn viên\s+)?(?:{_VI_PLAY}\s+)?(.+?)\s+(?:do\s+)?(?:là\s+)?ai\s+{_VI_PLAY}", r"who plays \1"),
    (rf"diễn viên\s+(?:{_VI_PLAY}\s+)?(.+?)\s+là ai", r"who plays \1"),
    (r"ai\s+(?:đã\s+)?cắn\s+(.+)", r"who bit \1"),
    (r"(.+?)\s+bị ai cắn", r"who bit \1"),
    (r"ai\s+(?:đã\s+)?giết\s+(.+)", r"who killed \1"),
    (r"(.+?)\s+bị ai giết", r"who killed \1"),
    # "ai làm gyeong-su bị nhiễm", "ai lây bệnh cho gyeongsu": who infected them; "em trai của ha-ri là ai": her brother
    (r"ai\s+(?:đã\s+)?(?:làm\s+)?(.+?)\s+bị\s+(?:nhiễm|lây)(?:\s+(?:bệnh|virus))?", r"who infected \1"),
    (r"ai\s+(?:đã\s+)?(?:lây nhiễm|lây bệnh|lây|làm nhiễm)\s+(?:cho\s+)?(.+)", r"who infected \1"),
    (r"(?:em|anh)\s+trai\s+(?!(?:của\s+)?(?:tôi|mình|tao|tớ|bạn|mày)\s+là\s)(?:của\s+)?(.+?)\s+là\s+ai", r"who is \1's brother"),
    (r"(?:em|chị)\s+gái\s+(?!(?:của\s+)?(?:tôi|mình|tao|tớ|bạn|mày)\s+là\s)(?:của\s+)?(.+?)\s+là\s+ai", r"who is \1's sister"),
    # "namra có thành zombie không", "cheongsan có trở lại phần 2 không": without these a known answer got "my sources
    # don't say" (the same "chết"/"season 2 có X" forms, said with other verbs)
    (r"(?!ai\s)(.+?)\s+(?:có\s+)?(?:bị\s+)?(?:biến\s+)?thành\s+(?:zombie|xác sống)", r"does \1 become a zombie"),
    (r"(?!ai\s)(.+?)\s+(?:có\s+)?(?:trở lại|quay lại|quay trở lại|xuất hiện)\s+(?:trong\s+|ở\s+)?season 2", r"is \1 in season 2"),
    # "cheongsan có chết không" (the "không" taken off with the tail); "ai chết" asks who, not whether
    # the end said: "cuối phim cheongsan có chết ko", "namra cuối phim thế nào", "onjo cuối phim ra sao", "... đi đâu"
    (rf"{_VI_END}\s+(?!ai\s)(.+?)\s+(?:có\s+)?(?:bị\s+)?chết", r"does \1 die"),
    (rf"{_VI_END}\s+(?!ai\s)(.+?)\s+(?:có\s+)?(?:còn\s+)?sống", r"does \1 survive"),
    (rf"(?!ai\s)(.+?)\s+(?:ở\s+)?{_VI_END}\s+(?:thế nào|như thế nào|ra sao|ra làm sao|bị sao|sao)", r"what happens to \1 at the end"),
    (rf"{_VI_END}\s+(?!ai\s)(.+?)\s+(?:thế nào|như thế nào|ra sao|ra làm sao|bị sao)", r"what happens to \1 at the end"),
    (rf"(?!ai\s)(.+?)\s+(?:ở\s+)?{_VI_END}\s+(?:đi đâu|đi về đâu)", r"where does \1 go at the end"),
    (r"(?:(?:bố|cha)\s+(?:của\s+)?|ba\s+của\s+)(.+?)\s+(?:có\s+)?(?:bị\s+)?chết", r"does \1's dad die"),
    (r"(?!ai\s)(.+?)\s+(?:có\s+)?(?:bị\s+)?chết", r"does \1 die"),
    (r"(?!ai\s)(.+?)\s+(?:có\s+)?(?:còn\s+)?sống", r"does \1 survive"),
    (r"(?:xem|coi)(?:\s+[a-z0-9 ]+?)?\s+ở đâu", "where can i watch it"),  # "xem all of us are dead ở đâu"
    (r"(?:phim\s+)?(?:này\s+)?(?:ai\s+là\s+đạo diễn|đạo diễn\s+(?:là\s+)?ai)", "who directed it"),
)


def _unaccented(text: str) -> str:
    """`text` without its accents, as Vietnamese fans often type ("phan 2 khi nao ra", "nam 2026": the year)."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in folded if not unicodedata.combining(c))


_VI_FORMS = tuple((compile_later(rf"^{p}$"), e) for p, e in _VI_SOURCE)
_VI_PLAIN_FORMS = tuple((compile_later(rf"^{_unaccented(p)}$"), e) for p, e in _VI_SOURCE)
_VI_PLAIN_TAIL = compile_later(_unaccented(_VI_TAIL_WORDS))
# Without accents only words no English question uses say the text is Vietnamese ("khong", "khi nao", "o dau")
_VI_PLAIN_MARK = compile_later(r"(?<!\w)(?:khong|hong|chua|khi nao|bao gio|o dau|la ai|tap may|bao nhieu|dong vai|"
                               r"(?:phan|mua) (?:2|hai)|ai giet|bi ai giet)(?!\w)")  # ("ai can" is no mark: English "AI can ...")

# Thai transcriptions of the names, as the English a fan types: the lore's one table of names in Asian scripts
# (bot/lore/lexicon_typos.py) and the other spellings questions use (spellings differ).
_TH_NAMES: dict[str, str] = {
    **{written: latin for written, latin in NAME_OF_ASIAN_WRITING.items() if THAI.search(written)},
    "นามรา": "namra", "ชอนซาน": "cheongsan", "ซูฮย็อก": "suhyeok", "ควีนัม": "gwinam", "นายอง": "nayeon", "จีมิน": "jimin",
}
_TH_NAME = "(" + "|".join(sorted(_TH_NAMES, key=len, reverse=True)) + ")"
# a name in Latin letters inside a Thai question ("cheongsan ตายจริงไหม"), as the English ones are typed
_TH_ANY_NAME = "(" + "|".join(sorted(_TH_NAMES, key=len, reverse=True)) + r"|[a-z][a-z\- ]*[a-z])"
_TH_SEASON_2 = r"(?:ซีซั่น|ซีซัน|ภาค)\s*(?:2|๒|สอง)"
_TH_WHO = r"(?:คือ)?\s*ใคร"
_TH_ASK = rf"(?:{THAI_ASKS}|ป่ะ|ปะ|เปล่า|หรอ|เหรอ)?"  # ("ทุกคนตายหมดเลยหรอ": "หรอ", as fans type "หรือ")
_TH_POLITE = compile_later(r"(?:\s*(?:ครับ|คับ|ค่ะ|คะ|จ้า|นะ|อะ|อ่ะ))+\s*$")
_TH_FORMS: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"^{p}$"), e) for p, e in (
    (rf"ใคร\s*(?:เล่น|แสดง)\s*(?:เป็น)?\s*{_TH_ANY_NAME}", r"who plays \1"),  # "ใครเล่นเป็น nam-ra" too
    (rf"{_TH_NAME}\s*(?:ใคร\s*(?:เล่น|แสดง)|(?:นักแสดง|คนเล่น)\s*(?:คือ|เป็น)?\s*ใคร)", r"who plays \1"),
    (rf"{_TH_NAME}\s*(?:จะ)?\s*(?:ตาย|ตายแล้ว){_TH_ASK}", r"does \1 die"),
    (rf"{_TH_NAME}\s*(?:จะ)?\s*(?:รอด|รอดชีวิต){_TH_ASK}", r"does \1 survive"),
    # the end: "ออนโจตอนจบเป็นยังไง" (what happens to her), "นัมราตอนจบไปไหน" (where she goes)
    (rf"{_TH_ANY_NAME}\s*(?:ใน)?\s*(?:ตอนจบ|ตอนท้าย|ตอนสุดท้าย)\s*(?:เป็น|จะเป็น)?\s*(?:ยังไง|อย่างไร|ไง|ยังไงบ้าง){_TH_ASK}",
     r"what happens to \1 at the end"),
    (rf"{_TH_ANY_NAME}\s*(?:ใน)?\s*(?:ตอนจบ|ตอนท้าย|ตอนสุดท้าย)\s*(?:ไป|หายไป)\s*(?:ไหน|ที่ไหน){_TH_ASK}", r"where does \1 go at the end"),
    (rf"ใคร\s*กัด\s*{_TH_NAME}", r"who bit \1"),
    (rf"{_TH_ANY_NAME}\s*(?:โดน|ถูก)\s*ใคร\s*กัด", r"who bit \1"),  # "namra โดนใครกัด" too
    (rf"ใคร\s*ฆ่า\s*{_TH_NAME}", r"who killed \1"),
    # "ทุกคนตายหมดเลยไหม": everyone's fate; "ใครตายคนแรก", "ใครตายเป็นคนแรก", "ใครตายก่อน": who dies first
    (rf"ทุกคน\s*(?:จะ)?\s*ตาย\s*(?:หมด)?\s*(?:เลย)?\s*(?:ตอนจบ)?{_TH_ASK}", "does everyone die"),
    (rf"ใคร\s*(?:จะ)?\s*ตาย\s*(?:(?:เป็น)?\s*คนแรก|ก่อน(?:เพื่อน)?)\s*{_TH_ASK}", "who dies first"),
    (r"(?:เรื่องนี้\s*)?ดู\s*(?:ออนไลน์)?\s*(?:ได้)?\s*(?:ที่ไหน|ทางไหน|ที่ไหนได้บ้าง)", "where can i watch it"),  # ออน: online
    (rf"{_TH_ANY_NAME}\s*(?:ตาย|ตายจริง|ตายแล้วจริง)\s*(?:ๆ)?\s*(?:หรือ)?{_TH_ASK}", r"does \1 die"),
    (rf"{_TH_ANY_NAME}\s*(?:ตาย|โดนกัด|ถูกกัด)\s*(?:ตอน|อีพี|ep)\s*(?:ไหน|ที่เท่าไหร่|อะไร|ที่)", r"which episode does \1 die"),
    (rf"ผู้กำกับ\s*{_TH_SEASON_2}\s*{_TH_WHO}|{_TH_SEASON_2}\s*(?:ใคร\s*กำกับ|ผู้กำกับ\s*{_TH_WHO})", "who directs season 2"),
    (rf"(?:ผู้กำกับ\s*{_TH_WHO}|ใคร\s*(?:เป็น\s*)?(?:ผู้)?กำกับ)", "who directed it"),
    (r"(?:เรื่องนี้\s*)?(?:ซีซั่น|ซีซัน|ภาค)?\s*(?:1|๑|แรก)?\s*มี\s*กี่\s*(?:ตอน|อีพี|ep)", "how many episodes are there"),
    (rf"{_TH_SEASON_2}\s*มี\s*ใคร\s*(?:เล่น|แสดง)?\s*บ้าง|{_TH_SEASON_2}\s*(?:นักแสดง|มีนักแสดง)\s*{_TH_WHO}(?:บ้าง)?",
     "who is in the season 2 cast"),
    (r"ใคร\s*(?:สร้าง|ทำ)\s*ไวรัส", "who created the virus"),
    # "ฮา" is funny, never Ha-ri: "the funniest character" is the class joker
    (r"(?:ตัวละคร|ใคร)\s*(?:ที่)?\s*(?:ฮา|ตลก)\s*(?:ที่สุด)?\s*(?:คือ)?\s*(?:ใคร)?", "who is the comic relief"),
    (r"(?:ซีซั่น|ซีซัน|ภาค)\s*(?:2|๒|สอง)\s*(?:มี)?\s*กี่\s*(?:ตอน|อีพี|ep)", "how many episodes does season 2 have"),
    # "ซีซั่น 2 อีกกี่วัน", "อีกกี่วันซีซั่น 2 จะออก": how long is left; "ซีซั่น 2 เลื่อนไหม": whether its date moved
    (rf"{_TH_SEASON_2}\s*(?:จะ)?\s*(?:อีก|เหลือ(?:อีก)?)\s*กี่\s*(?:วัน|เดือน|อาทิตย์|สัปดาห์)\s*(?:จะ|ถึงจะ)?\s*(?:ออก|มา|ฉาย)?",
     "when does season 2 come out"),
    (rf"(?:อีก|เหลือ(?:อีก)?)\s*กี่\s*(?:วัน|เดือน|อาทิตย์|สัปดาห์)\s*(?:ถึง|จะถึง)?\s*{_TH_SEASON_2}\s*(?:จะ)?\s*(?:ออก|มา|ฉาย)?",
     "when does season 2 come out"),
    (rf"{_TH_SEASON_2}\s*(?:โดน|ถูก)?\s*เลื่อน\s*(?:ฉาย|วัน)?\s*(?:แล้ว)?\s*(?:หรือยัง|รึยัง)?{_TH_ASK}", "did they change the date of season 2"),
    # "ซีซั่น 2 ยืนยันแล้วหรือยัง": whether it is confirmed; "ตอนละกี่นาที": an episode's length; "อายุเท่าไหร่ถึงดูได้": the rating
    (rf"{_TH_SEASON_2}\s*(?:ได้)?\s*(?:ยืนยัน|คอนเฟิร์ม|ประกาศ)\s*(?:แล้ว)?\s*(?:หรือยัง|รึยัง|ยัง)?{_TH_ASK}", "is season 2 confirmed"),
    (r"(?:แต่ละ|หนึ่ง|1)?\s*(?:ตอน|อีพี|ep)\s*(?:ละ|นึง)?\s*(?:ยาว)?\s*(?:กี่|ประมาณกี่)\s*(?:นาที|ชั่วโมง)", "how long is each episode"),
    (r"(?:เรื่องนี้\s*)?(?:อายุ\s*(?:เท่าไหร่|เท่าไร|กี่ปี)\s*(?:ถึง|จึง)?\s*(?:จะ)?\s*ดู\s*ได้|เรท\s*(?:อายุ)?\s*(?:อะไร|เท่าไหร่))",
     "what is the age rating"),
))


def plain_vietnamese_thai(text: str) -> str:
    """`text` as the English question it asks when it is one of the Vietnamese or Thai forms above, else `text`."""
    if THAI.search(text):
        # the input's NFKC splits SARA AM ("ำ" of "กำกับ", direct) in two: put it back as the forms write it
        asked = _TH_POLITE.sub("", re.sub(r"[\s?!.…]+$", "", " ".join(text.split()).replace("\u0e4d\u0e32", "\u0e33")))
        for pattern, english in _TH_FORMS:
            if (found := pattern.match(asked)) is not None:
                return _TH_NAMES_RE.sub(lambda m: _TH_NAMES[m.group(0)], found.expand(english))
        return text
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())  # (one space: no run for \s+ to go square on)
    forms, tail = _VI_FORMS, _VI_TAIL
    if not _VIETNAMESE.search(folded):
        if folded != _unaccented(folded) or not _VI_PLAIN_MARK.search(folded):
            return text  # Spanish "dónde" has accents no Vietnamese question lacks; English has none of the words
        forms, tail = _VI_PLAIN_FORMS, _VI_PLAIN_TAIL
    asked = tail.sub("", _VI_SEASON_2.sub("season 2", re.sub(r"[\s?!.…]+$", "", folded.strip())))
    for pattern, english in forms:
        if (found := pattern.match(asked)) is not None:
            return found.expand(english)
    return text


_TH_NAMES_RE = compile_later(_TH_NAME)


# Thai likewise: only the season-2 date ("ซีซั่น 2 ออกเมื่อไหร่"); the polite particles a Thai fan ends an English
# question with ("who plays onjo ครับ") are dropped, and any other Thai is read as nothing, never as its digits.
_THAI_POLITE = compile_later(r"\s*(?:ครับ|คับ|ค่ะ|คะ|จ้า|นะ)+\s*(?=[?!.\s]*$)")
_THAI_WHEN_SEASON = compile_later(r"(?:ซีซั่น|ซีซัน|ภาค)\s*(?:2|๒|สอง)\s*(?:จะ)?\s*(?:ออก|มา|ฉาย|เข้า)?\s*"
                                  r"(?:เมื่อไหร่|เมื่อไร|ตอนไหน|วันไหน|วันที่เท่าไหร่)")


def thai_left(text: str) -> tuple[str, bool]:
    """What foreign_glosses.py reads of Thai the forms above left as typed, and whether that is the whole reading:
    season 2's date or nothing ("") read whole; an English question with its polite particles dropped, read on."""
    if not THAI.search(text):
        return text, False
    if _THAI_WHEN_SEASON.search(text):
        return "when does season 2 come out", True
    text = _THAI_POLITE.sub("", text)
    return ("", True) if THAI.search(text) else (text, False)
