"""Answers typed in Thai script or in Vietnamese, read as the English words the matcher knows.

Thai and Vietnamese fans answer in their own language: a number as a word ("สิบสอง", "mười hai"), a count
with its counter or an episode ("หกคน", "bốn tháng", "tập 12", "ตอนที่ 12"), a place or a job of the story
("ห้องสมุด", "thư viện", "lính cứu hỏa"), a name as their subtitles write it ("อนโจ", "กวีนัม"), framed by
their own particles and hedges ("chắc là Gwi Nam": probably; "ค่ะ", "nha") and denials ("ไม่ใช่อนโจ",
"không phải On Jo": not On-jo). The message is put in those English words first, so every other rule of
the matcher (`bot.trivia.matching`) judges it as it judges English: "not X" stays no guess of X, "ep 11"
where 12 is asked stays wrong.

Thai writes no spaces between words: the words below are found by longest match, numbers by their
own pattern, and a name left in Thai letters is romanised the way Thai transcribes Korean names (อ
for the vowel ㅓ, โ for ㅗ, ก จ ด บ for g j d b), which is how the show's names reach Thai fans.
Vietnamese is read only in words written with its own marks ("là", "tập", "sáu"), so an English or
Spanish message is never taken for it ("ba", "hai" and "nam" alone stay as typed; "ba" alone reads three only where a
number answers, "ep ba lol" episode three). "Ba" as dad ("ba tôi", "ba mẹ") or an hour ("ba giờ") is no count, and "ba
tập cuối" (the last three episodes) is a stretch of the show, no episode guessed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.lazy_re import compile_later
from bot.text import NUMBER_WORDS, THAI, ascii_digits
from bot.trivia.listparts import fold_accents
from bot.trivia.numberwords import is_number

__all__ = ["in_english"]

# Letters only Vietnamese writes among the languages a fan server types (hooks, dots below, ă â ê ô ơ ư đ).
_VIETNAMESE = compile_later(r"[ăâêôơưđĂÂÊÔƠƯĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")

# -- Thai ----------------------------------------------------------------------------------------------
_THAI_UNITS = {"หนึ่ง": 1, "เอ็ด": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
_UNIT_PATTERN = "|".join(sorted(_THAI_UNITS, key=len, reverse=True))
_THAI_NUMBER = compile_later(rf"(?:(ยี่|{_UNIT_PATTERN})?สิบ)?({_UNIT_PATTERN})?")
# Words of the story's trivia (places, jobs, things) as Thai fans and their Netflix subtitles write them.
_THAI_WORDS: dict[str, str] = {
    "ห้องสมุด": "library", "ห้องน้ำ": "bathroom", "ห้องส้วม": "toilet", "นักดับเพลิง": "firefighter",
    "ดับเพลิง": "firefighter", "สถานีตำรวจ": "police station", "ตำรวจ": "police", "โรงเรียน": "school",
    "ดาดฟ้า": "roof", "หลังคา": "roof", "โรงยิม": "gym", "โรงพละ": "gym", "เพื่อนบ้าน": "neighbour",
    "บ้านข้างๆ": "next door", "ข้างบ้าน": "next door", "ธนูกับลูกศร": "bow and arrow", "ธนู": "bow",
    "หนู": "rat", "ครู": "teacher", "วิทยาศาสตร์": "science", "ภาษาอังกฤษ": "english", "ไก่ทอด": "fried chicken",
    "กองไฟ": "campfire", "โดรน": "drone", "ขีปนาวุธ": "missiles", "พายุ": "storm", "ฝนตก": "rain",
    "ห้องกระจายเสียง": "broadcasting room", "ห้องดนตรี": "music room", "ไซต์ก่อสร้าง": "construction site",
    # the story's people as Thai fans tell them: a role, "the one who" and a deed ("คนที่จูบ onjo"), a sibling before
    # whose ("พี่สาว woojin": "sister of woojin"), losing an eye (Gwi-nam's fan description)
    "หัวหน้าห้อง": "class president", "คนที่": "the one who", "จูบ": "kissed", "ฆ่า": "killed", "กัด": "bit",
    "แทง": "stabbed", "เสียตา": "lost his eye", "พี่สาว": "sister of", "น้องสาว": "sister of",
    "พี่ชาย": "brother of", "น้องชาย": "brother of",
    "พ่อของ": "dad of", "แม่ของ": "mom of", "ท้อง": "is pregnant", "ผู้หญิง": "the girl",
    "เสื้อกั๊กสีชมพู": "in the pink vest", "เสื้อกั๊กชมพู": "in the pink vest",
    # Na-yeon's handkerchief; "and" between two ("namra กับ suhyeok")
    "ผ้าเช็ดหน้า": "handkerchief", "กับ": "and",
    # ...and talk: hard, easy, so, can't remember
    "ยาก": "hard", "ง่าย": "easy", "จัง": "so", "มาก": "very", "จำไม่ได้": "i forgot", "เศร้า": "sad",
    # ...and the last ones ("3 ตอนสุดท้าย": the last three episodes, a stretch of the show, no episode guessed)
    "สุดท้าย": "last",
    # ...and "I mean", "what", "who", disgust and praise ("หมายถึง namra", "หมายถึงอะไร", "หมายถึงใคร", "อี๋ gwinam")
    "หมายถึง": "i mean", "อะไร": "what", "ใคร": "who", "อี๋": "ew", "น่ารัก": "cute",
    # ...one's own past ("ตอนเด็กเราเป็นหัวหน้าห้อง": as a kid I was class president), a scene ("ฉาก") and where in it
    "ตอนเด็ก": "", "เราเป็น": "i was", "ผมเป็น": "i was", "ฉันเป็น": "i was", "ฉาก": "scene", "บน": "on",
}
# Counters after a number, and the episode words before one ("ตอนที่ 12"); คน counts people (a plain count).
_THAI_AFTER = {"เดือน": "months", "วัน": "days", "สัปดาห์": "weeks", "อาทิตย์": "weeks", "ปี": "years", "คน": "", "ตอน": "episodes"}
_THAI_BEFORE = {"ตอนที่": "episode", "ตอน": "episode", "อีพี": "ep", "อีพ": "ep"}
# Particles, hedges and "it is" that frame a Thai guess ("น่าจะกวีนัม ค่ะ": probably Gwi-nam), and the denial.
_THAI_FRAME = ("น่าจะเป็น", "น่าจะ", "คิดว่าเป็น", "คิดว่า", "เป็น", "ค่ะ", "คะ", "ครับ", "คับ", "นะ", "จ้า", "จ้ะ", "มั้ง", "อะ", "ป่ะ")
_THAI_NOT = ("ไม่ใช่", "ไม่ได้")
_THAI_OR = ("หรือว่า", "หรือ")
_THAI_LAUGH = compile_later(r"(?<!\d)5{3,}\+*(?!\d)")  # "555" is Thai laughter (ห้า: ha)

# Thai letters as Korean names come through Thai: consonants as an onset and as a final, vowels.
_ONSET = dict(zip("กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ",
                  "g k k k ng j ch ch s ch y d t t t t n d t t t t n b p p f p f p m y r l w s s s h l _ h".split(), strict=True))
_FINAL = {"ก": "k", "ข": "k", "ค": "k", "ง": "ng", "จ": "t", "ช": "t", "ซ": "t", "ด": "t", "ต": "t", "ท": "t", "น": "n",
          "บ": "p", "ป": "p", "พ": "p", "ม": "m", "ย": "i", "ร": "n", "ล": "l", "ว": "o", "ส": "t"}
_LEADING = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
_VOWEL_SIGNS = {"ะ": "a", "ั": "a", "า": "a", "ิ": "i", "ี": "i", "ึ": "eu", "ื": "eu", "ุ": "u", "ู": "u", "ำ": "am", "็": ""}
_SILENT = "่้๊๋์ํ"  # tone marks; ์ silences its letter (dropped with it below)


def _romanised(word: str) -> str:
    """A name in Thai letters in Latin, as Thai transcribes Korean ("อนโจ" -> "onjo", "ชองซาน" -> "cheongsan")."""
    word = re.sub(r".[\u0e4c]", "", word)  # a letter under ์ is not said
    out: list[str] = []
    i, n = 0, len(word)
    while i < n:
        lead = _LEADING.get(word[i], "")
        i += bool(lead)
        if i >= n or word[i] not in _ONSET:
            i += 1
            continue
        onset = _ONSET[word[i]].replace("_", "")
        i += 1
        if _cluster_at(word, i):
            onset += _ONSET[word[i]]  # a cluster: "กวี" gwi
            i += 1
        vowel = lead
        while i < n and (word[i] in _VOWEL_SIGNS or word[i] in _SILENT):
            vowel += _VOWEL_SIGNS.get(word[i], "")
            i += 1
        if lead == "เ" and i < n and word[i] == "อ":
            vowel, i = "eo", i + 1  # เ-อ
        elif not lead and vowel == "" and i < n and word[i] == "อ":
            vowel, i = "eo", i + 1  # อ after a letter: the vowel ㅓ ("ชอง" cheong)
        elif lead == "เ" and i < n and word[i] == "า":
            vowel, i = "ao", i + 1
        elif vowel in ("a", "") and i < n and word[i] == "ว" and (i + 1 == n or word[i + 1] not in _VOWEL_SIGNS):
            vowel, i = "wa" if vowel else "ua", i + 1  # ัว
        final = ""
        if i < n and word[i] in _FINAL and (i + 1 == n or (word[i + 1] not in _VOWEL_SIGNS and word[i + 1] != "อ")):
            if (not vowel or i + 1 == n or word[i + 1] in _ONSET or word[i + 1] in _LEADING) and not _cluster_at(word, i + 1):
                final = _FINAL[word[i]] if word[i] != "ง" else "ng"
                i += 1
        out.append(onset + (vowel or ("o" if final else "a")) + final)
    return "".join(out)


def _cluster_at(word: str, i: int) -> bool:
    """Whether the letter at `i` joins the letter before it in one onset ("กวี" gwi, "บยอ" byeo, "ฮยอ" hyeo)."""
    return 0 < i < len(word) - 1 and word[i] in "รลวย" and (word[i + 1] in _VOWEL_SIGNS or word[i + 1] == "อ")


def _thai_number(text: str) -> int | None:
    said = _THAI_NUMBER.fullmatch(text)
    if not text or said is None:
        return None
    tens = (2 if said.group(1) == "ยี่" else _THAI_UNITS.get(said.group(1) or "", 1)) if "สิบ" in text else 0
    return tens * 10 + _THAI_UNITS.get(said.group(2) or "", 0)


def _thai_run(run: str) -> str:
    """One run of Thai letters (no spaces) as English words."""
    words: list[str] = []
    i = 0
    name = ""
    while i < len(run):
        found = _thai_word_at(run, i)
        if found is None:
            name += run[i]
            i += 1
            continue
        if name:
            words.append(_romanised(name))
            name = ""
        english, width = found
        words.append(english)
        i += width
    if name:
        words.append(_romanised(name))
    return " ".join(w for w in words if w)


def _thai_word_at(run: str, i: int) -> tuple[str, int] | None:
    for width in range(min(len(run) - i, _LONGEST_THAI), 1, -1):  # (never wider than a word: 4,000 letters read at once)
        piece = run[i : i + width]
        if piece in _THAI_WORDS:
            return _THAI_WORDS[piece], width
        if piece in _THAI_NOT:
            return "not", width
        if piece in _THAI_OR:
            return "or", width
        if piece in _THAI_FRAME:
            return "", width
        if piece in _THAI_BEFORE:
            return _THAI_BEFORE[piece], width
        if piece in _THAI_AFTER:
            return _THAI_AFTER[piece], width
        if (number := _thai_number(piece)) is not None and not _thai_number_goes_on(run, i + width):
            return str(number), width
    return None


# The widest Thai word read: the words' own, a frame's, and a number's ("เก้าสิบเก้า", 99: eleven letters)
_LONGEST_THAI = max(len(w) for w in (*_THAI_WORDS, *_THAI_NOT, *_THAI_OR, *_THAI_FRAME, *_THAI_BEFORE, *_THAI_AFTER, "เก้าสิบเก้า"))


def _thai_number_goes_on(run: str, end: int) -> bool:
    """Whether a number word continues into a name's letters ("สองซาน" is no two)."""
    return end < len(run) and run[end] in _VOWEL_SIGNS


# A Thai letter typed three times or more stretches the word for emphasis ("มากกก": มาก, very): one is the word's own
_THAI_STRETCHED = compile_later(r"([\u0e01-\u0e2e])\1{2,}")


def _thai(text: str) -> str:
    text = _THAI_STRETCHED.sub(r"\1", _THAI_LAUGH.sub(" lol ", ascii_digits(text)))
    read = re.sub(r"[\u0e00-\u0e7f]+", lambda m: f" {_thai_run(m.group(0))} ", text)
    read = re.sub(r"\s+", " ", read).strip()
    read = re.sub(r"\b(\d+) episode last\b", r"the last \1 episodes", read)  # "3 ตอนสุดท้าย": the last three episodes
    return re.sub(r"\b(\d+) episode\b", r"\1 episodes", read)  # "12 ตอน": a count of episodes


# -- Vietnamese ----------------------------------------------------------------------------------------
_VI_UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
             "tám": 8, "chín": 9}
_VI_TEN = {"mười": 10, "mươi": 10}
# Words of the story's trivia in Vietnamese (several words each: matched before the single words).
_VI_WORDS: dict[str, str] = {
    "thư viện": "library", "nhà vệ sinh": "bathroom", "phòng vệ sinh": "bathroom", "lính cứu hỏa": "firefighter",
    "lính cứu hoả": "firefighter", "cứu hỏa": "firefighter", "cứu hoả": "firefighter", "đồn cảnh sát": "police station",
    "cảnh sát": "police", "trường học": "school", "sân thượng": "roof", "mái nhà": "roof", "nhà thi đấu": "gym",
    "phòng thể dục": "gym", "hàng xóm": "neighbour", "nhà bên cạnh": "next door", "bên cạnh": "next door",
    "cung tên": "bow and arrow", "chuột": "rat", "giáo viên": "teacher", "khoa học": "science", "tiếng anh": "english",
    "gà rán": "fried chicken", "khăn tay": "handkerchief", "khăn mùi xoa": "handkerchief", "lửa trại": "campfire", "tên lửa": "missiles", "bão": "storm", "mưa": "rain",
    "không phải": "not", "ko phải": "not", "k phải": "not", "chứ không phải": "not", "là": "its", "hoặc": "or",
    "hay là": "or",
    # talk ("dễ thương": cute; "hai đứa": the two of them; "khó quá": so hard; "không biết (nữa)": I don't know; "trời ơi": oh my) and who one is ("tôi là namra": I am Nam-ra)
    "dễ thương": "cute", "hai đứa": "both", "khó quá": "so hard", "không biết": "idk", "ko biết": "idk", "k biết": "idk", "trời ơi": "omg", "tôi là": "i am",
    "mình là": "i am", "em là": "i am",
    # ...and how a question or an episode felt ("câu này dễ mà": this one is easy; "buồn quá": so sad)
    "câu này": "this one", "dễ": "easy", "buồn quá": "so sad", "buồn": "sad",
    # roles and what they are told by ("lớp trưởng": class president; "đội trưởng câu lạc bộ bắn cung": archery club captain)
    "lớp trưởng": "class president", "đội trưởng câu lạc bộ bắn cung": "archery club captain", "chứ ai": "",
    "đội trưởng đội bắn cung": "archery captain", "tên bắt nạt": "the bully", "kẻ bắt nạt": "the bully",
    "cô gái": "the girl", "áo vest hồng": "in the pink vest", "áo gile hồng": "in the pink vest",
    # a deed's doer ("thằng cắn namra": the guy who bit Nam-ra; "người giết": the one who killed)
    "thằng cắn": "the guy who bit", "người cắn": "the one who bit", "thằng giết": "the guy who killed",
    "người giết": "the one who killed", "kẻ giết": "the one who killed",
    # season 2's newcomers by what fans call them ("cô gái nổi tiếng": the popular girl, Ju-ran; "anh chàng NIS": the
    # NIS guy, Du-seok); a call to another player ("chị ơi": hey sis) names no one
    "cô gái nổi tiếng": "the popular girl", "anh chàng nis": "the nis guy", "người của nis": "the nis guy", "chị ơi": "", "anh ơi": "", "em ơi": "",
}
# Kin before "của" and whose ("bố của onjo": On-jo's dad; "chị của woojin": Woo-jin's older sister)
_VI_KIN = {"bố": "dad", "cha": "father", "mẹ": "mom", "chị": "older sister", "anh trai": "older brother",
           "em trai": "younger brother", "em gái": "younger sister", "tiền bối": "senior", "con gái": "daughter", "con trai": "son"}  # ("tiền bối của onjo": Ma-ru)
_VI_KIN_OF = compile_later(r"(?<!\w)(" + "|".join(sorted(_VI_KIN, key=len, reverse=True)) + r")\s+của\s+([^\s,.!?]+)")
# ...and a parent without "của" ("bố onjo": On-jo's dad), never an elder so ("chị onjo" calls On-jo)
_VI_PARENT = compile_later(r"(?<!\w)(bố|mẹ)\s+(?!của)([^\W\d_]+)")
# ...and a deed said in the passive, "bị" before its doer ("bị gwinam cắn": bitten by Gwi-nam)
_VI_DONE = {"cắn": "bitten", "giết": "killed", "đâm": "stabbed"}
_VI_PASSIVE = compile_later(r"(?<!\w)bị\s+([^\W\d_]+)\s+(" + "|".join(_VI_DONE) + r")(?!\w)")
_VI_AFTER = {"tháng": "months", "ngày": "days", "tuần": "weeks", "năm": "years", "người": "", "tập": "episodes",
             "đứa": "", "cái": ""}  # ("sáu đứa": six kids; "hai cái": two things, a plain count)
# The first or last episodes counted ("ba tập cuối": the last three episodes), said as English says it ("the last 3
# episodes"): a stretch of the show, no episode guessed; and the first or last things or kids ("hai cái đầu tiên": the
# first two ones), no count guessed
_VI_FIRST_LAST = compile_later(r"(?<!\w)([^\W\d_]+|\d+)\s+(tập|cái|đứa)\s+(cuối|đầu)(?:\s+tiên)?(?!\w)")
_FIRST_LAST = {"cuối": "last", "đầu": "first"}
# ...and kids or things pointed at, then told of ("ba đứa kia chết rồi": those three kids died; "sáu đứa kia chết rồi": the
# six others died): "those kids", no count guessed, not even the one asked
_VI_THOSE = compile_later(r"(?<!\w)([^\W\d_]+|\d+)\s+(đứa|cái)\s+(?:kia|này|ấy)\s+(?=[^\W\d_])")
_VI_BEFORE = {"tập": "episode"}
# Particles and hedges around a Vietnamese guess ("chắc là": probably; "là": it is; "nha", "ạ": polite endings).
# "là" (it is) reads "its": after a denial it names the guess instead ("không phải On Jo, là Nam Ra").
_VI_FRAME = frozenset("chắc có lẽ nha nhé ạ á đó nè mà đấy đâu luôn rồi hả hở nữa".split())
_VI_WORD = compile_later(r"[^\W\d_]+", re.UNICODE)


def _vietnamese_numbers(words: list[str]) -> list[str]:
    """Vietnamese number words in digits ("mười hai" -> 12, "hai mươi" -> 20); other words as they are."""
    out: list[str] = []
    alone = sum(1 for v in words if v.strip("?!.…")) == 1  # (one word but stops: "sáu ?")
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "mười":
            unit = _VI_UNITS.get(nxt)
            out.append(str(10 + unit) if unit else "10")
            i += 2 if unit else 1
        elif w in _VI_UNITS and nxt == "mươi":
            unit = _VI_UNITS.get(words[i + 2]) if i + 2 < len(words) else None
            out.append(str(_VI_UNITS[w] * 10 + (unit or 0)))
            i += 3 if unit else 2
        elif w in _VI_UNITS and (_VIETNAMESE.search(w) or alone or nxt in _VI_AFTER or out[-1:] in (["episode"], ["tập"], ["ep"])):
            out.append(str(_VI_UNITS[w]))  # "hai" alone stays Latin unless beside a counter ("hai tháng")
            i += 1
        else:
            out.append(w)
            i += 1
    return out


@functools.cache
def _vi_phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    """`_VI_WORDS`' phrases, the longest first, each compiled once (not sorted again for every message)."""
    return tuple((re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)"), f" {_VI_WORDS[phrase]} ")
                 for phrase in sorted(_VI_WORDS, key=len, reverse=True))


def _vietnamese(text: str) -> str:
    lowered = _VI_PARENT.sub(lambda m: f"{m[2]}'s {_VI_KIN[m[1]]}", _VI_KIN_OF.sub(lambda m: f"{m[2]}'s {_VI_KIN[m[1]]}", text.lower()))
    lowered = _VI_PASSIVE.sub(lambda m: f"{_VI_DONE[m[2]]} by {m[1]}", lowered)
    lowered = _VI_THOSE.sub(lambda m: "those kids " if m[2] == "đứa" else "those ones ", lowered)
    lowered = _VI_FIRST_LAST.sub(lambda m: f"the {_FIRST_LAST[m[3]]} {m[1]} {m[2]}{'' if m[2] == 'tập' else ' ones'}", lowered)
    for pattern, english in _vi_phrases():
        lowered = pattern.sub(english, lowered)
    words = re.findall(r"[^\s]+", lowered)
    words = [w if (bare := w.rstrip("?!.…")) not in _VI_FRAME else w[len(bare):] for w in words]  # ("sáu hả?": "sáu ?")
    words = [w for w in words if w]
    words = _vietnamese_numbers(words)
    out: list[str] = []
    for i, w in enumerate(words):
        if w in _VI_BEFORE and i + 1 < len(words) and words[i + 1].isdigit():
            out.append(_VI_BEFORE[w])  # "tập 12": episode 12
        elif w in _VI_AFTER and out and out[-1].isdigit():
            if _VI_AFTER[w]:
                out.append(_VI_AFTER[w])  # "4 tháng": 4 months; "6 người": 6
        else:
            out.append(w)
    return " ".join(out)


# An episode typed as a Vietnamese number word without its marks, and nothing else ("ep ba", "tap hai": episode 3, 2;
# never "nam", a name's word too, nor "ano ep ba", Tagalog asking which episode)
_VI_BARE_EPISODE = compile_later(
    r"\s*(?:ep|tap)\s+(mot|hai|ba|bon|sau|bay|tam|chin|muoi)\s*([?!.]*)\s*((?:lol|lmao|haha+|hehe|jaja+|k{3,}|(?:wk)+|5{3,}|xd)\s*)?"
    r"(?:(?:nha|nhe)\s*)?[?!.]*\s*",
    re.IGNORECASE)  # (and a laugh or a particle after: "ep ba lol", "ep ba lol!!", "ep ba nha", review68c)
_VI_BARE_UNITS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}


def in_english(guess: str, answers: Sequence[str]) -> str:
    """The message with its Thai or Vietnamese put in the English words the matcher knows ("สิบสอง" -> "12",
    "bốn tháng" -> "4 months", "ไม่ใช่อนโจ" -> "not onjo"); as typed when it writes neither, or when an answer
    is itself written in that language (the question's own spelling is then the one to compare)."""
    if THAI.search(guess) and not any(THAI.search(a) for a in answers):
        return _thai(guess)
    if _VIETNAMESE.search(guess) or _vietnamese_frame_only(guess):
        if not any(_VIETNAMESE.search(a) for a in answers):
            return _vietnamese(guess)
    if len(guess) < 24 and (bare := _VI_BARE_EPISODE.fullmatch(guess)):
        return f"episode {_VI_BARE_UNITS[bare[1].lower()]}{bare[2]} {bare[3] or ''}".rstrip()
    if _VI_BARE_COUNT.fullmatch(guess) and any(is_number(a) or a.strip().lower() in NUMBER_WORDS for a in answers):
        return "3"  # "ba" alone where a number answers: Vietnamese three (elsewhere as typed: Tagalog's spoken question mark)
    if (bare := _VI_BARE_DISGUST.match(guess)) and (thing := _vi_bare_words().get(bare[1].lower())):
        return f"ghe con {thing}{guess[bare.end() :]}"  # "ghe con chuot": disgust at the rat, typed without marks
    return guess


_VI_BARE_COUNT = compile_later(r"\s*ba\s*[!.?]*\s*", re.IGNORECASE)  # (hedged too: "ba?", three?)
# Vietnamese disgust at an animal typed without its marks ("ghe con chuot": ghê con chuột, the rat)
_VI_BARE_DISGUST = compile_later(r"\s*ghe\s+con\s+([a-z]+)(?![^\W\d_])", re.IGNORECASE)


@functools.cache
def _vi_bare_words() -> dict[str, str]:
    """`_VI_WORDS`' single words as typed without their marks ("chuot": rat), where that leaves a word of its own."""
    return {bare: english for word, english in _VI_WORDS.items() if " " not in word and english
            and (bare := fold_accents(word).replace("đ", "d")) != word}


def _vietnamese_frame_only(guess: str) -> bool:
    """Whether a message opens with a Vietnamese word written with a mark other languages share ("là On Jo")."""
    text = guess.strip().lower()
    first = _VI_WORD.match(text)
    if first is not None and first.group(0) in _VI_UNITS and (rest := re.findall(r"[^\W\d_]+", text[first.end():]))[:1] == ["cái"] and "gì" not in rest:
        return True  # "hai cái" (two things): a count with its counter; never "hai cái gì?" (two what?, review68c)
    return first is not None and first.group(0) in ("là", "khó", "chắc", "sáu", "tám", "chín", "mười", "một", "tháng", "ngày")
