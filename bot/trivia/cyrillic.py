"""Russian and Ukrainian typed in a fan channel, read as the matcher's English.

Fans who watched with Russian subtitles type the characters' names as those subtitles spell them ("Онджо",
"Намра", "Сухёк") inside their own chat: "ну Онджо же", "я думаю Намра", "блин, Онджо". Their everyday words
are put in English ("ну" well, "я думаю" i think, "блин" damn, "кто это" who is it, "нет" / "ні" no), so every
other rule of the matcher (`bot.trivia.matching`) judges the message as it judges English: "кто это", "блин",
"он сам виноват" are talk, "ну Онджо же" tries On-jo. Their numbers, ordinals and what they count are put in
English words too ("двенадцать" twelve, "шестеро" six, "вторая серия" second episode, "четыре месяца" four
months), read by the matcher's own number words; a parent named with the genitive ("мама Чхонсана") is
"Cheongsan's mom". A character's name the spoiler lexicon knows in Russian letters is its Latin name
(`bot.lore.lexicon_disguise.cyrillic_name`: "Чхонсан" cheongsan, "Намру" namra); every other word is written in
Latin letters as Russian subtitles spell Korean names (Kontsevich): their pairs for one Korean sound first ("дж" j, "чх" ch, "кв" / "гв" gw), then letter by letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from bot.lazy_re import compile_later
from bot.lore.lexicon_disguise import cyrillic_name
from bot.text import NUMBER_WORDS

__all__ = ["from_cyrillic", "unknown_words_name_nothing"]

_CYRILLIC = compile_later(r"[\u0400-\u04ff]")
_CYRILLIC_WORD = compile_later(r"[\u0400-\u04ff]+(?:['’ʼ][\u0400-\u04ff]+)?")
_CYRILLIC_PAIRS = (("дж", "j"), ("чх", "ch"), ("кх", "k"), ("тх", "t"), ("пх", "p"), ("кв", "gw"), ("гв", "gw"))
_CYRILLIC_LETTERS = str.maketrans(dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    "a b v g d e yeo zh z i y k l m n o p r s t u f h ts ch sh shch _ eu _ e yu ya i yi ye g".split(), strict=True,
)) | {"ъ": "", "ь": "", "'": "", "’": "", "ʼ": ""})

# English for the Russian (and Ukrainian) words of a fan channel's chat, by the English said: "" drops the word
# (an emphasis: "же", "ж"). Only whole words, lowercased; a name is never one of them.
_ENGLISH = {
    russian: english
    for english, words in (
        line.split(":", 1) for line in """
        well: ну нуу нуну
        : же ж то
        damn: блин блін капец пипец жесть капєць
        haha: ахах ахаха ахахах ахахаха хаха хахаха хах хех пхпх аха
        lol: лол кек ору ржу ржака
        oh: ой ого ааа ооо
        wow: вау офигеть обалдеть жиза
        hmm: хм хмм ммм эм ээ эээ мда
        ok: ок окей норм лады ладно понятно пон ясно ясн добре
        cringe: кринж
        yay: ура
        go: го погнали
        sorry: сорян сори извините вибачте
        thanks: спс спасибо дякую
        bro: бро чел
        hi: привет прив хай
        bye: пока
        gg: гг
        easy: изи
        who: кто хто
        what: что чё шо що
        it: это це
        even: вообще взагалі
        was: был была было был був була було
        i: я
        think: думаю думаєш думаешь кажется здається вроде мабуть
        maybe: может можливо наверное напевно
        know: знаю знает знає знаешь знаєш
        remember: помню пам'ятаю памятаю
        idk: хз
        meh: такое таке
        not: не нє
        or: или або чи
        and: и і та
        but: а але но
        no: нет ні неа нее нет-нет
        yes: да ага угу
        of course: конечно звісно конєчно
        for sure: точно
        he: он він
        she: она вона
        they: они вони
        we: мы ми
        you: ты ти вы ви
        him: его його
        her: её ее її
        us: нас
        me: мне меня мені мене
        himself: сам сама самі
        loves: любит любить любить кохає
        guilty: виноват винен
        scary: страшный страшний страшно
        end: конец кінець
        already: уже вже
        hard: сложно сложный складно важко
        easy: легко
        hours: часа часов часы годин години
        at night: ночи ночі
        in: в во у
        on: на
        with: с з
        here: тут вот ось
        so: так
        all: все всё всі
        please: пожалуйста будь-ласка пж пжлст
        next: следующий наступний
        mom: мама мать мати мамка
        dad: папа отец тато батько
        brother: брат
        sister: сестра
        teacher: учитель учительница вчитель вчителька
        one: один одна одно
        two: два две дві двое двоє
        three: три трое троє
        four: четыре чотири четверо
        five: пять п'ять пятеро п'ятеро
        six: шесть шість шестеро
        seven: семь сім семеро
        eight: восемь вісім
        nine: девять дев'ять
        ten: десять
        eleven: одиннадцать одинадцять
        twelve: двенадцать дванадцять
        thirteen: тринадцать тринадцять
        fourteen: четырнадцать чотирнадцять
        fifteen: пятнадцать п'ятнадцять
        sixteen: шестнадцать шістнадцять
        seventeen: семнадцать сімнадцять
        first: первая первый первой первую первое перша перший першій
        second: вторая второй вторую второе друга другий другій
        third: третья третий третьей третью третє третя третій
        fourth: четвертая четвёртая четвертый четвёртый четвертой четвёртой четверта четвертий
        fifth: пятая пятый пятой п'ята п'ятий
        sixth: шестая шестой шоста шостий
        seventh: седьмая седьмой сьома сьомий
        eighth: восьмая восьмой восьма восьмий
        ninth: девятая девятый девятой дев'ята дев'ятий
        tenth: десятая десятый десятой десята десятий
        eleventh: одиннадцатая одиннадцатый одиннадцатой одинадцята одинадцятий
        twelfth: двенадцатая двенадцатый двенадцатой дванадцята дванадцятий
        episode: серия серии серию серія серії эпизод епізод
        episodes: серий серій эпизодов епізодів
        season: сезон сезона
        months: месяц месяца месяцев місяць місяці місяців
        weeks: неделя недели недель неделю тиждень тижні тижнів
        years: год года лет рік роки років
        days: день дня дней днів
        people: человек людей людини людей
        students: студентов учеников студентів учнів
        """.strip().splitlines()
    )
    for russian in words.split()
}
# A parent or sibling, then whose, in the genitive ("мама Чхонсана", "папа Онджо"): "cheongsan's mom"
_KIN_OF = compile_later(r"(?<![\u0400-\u04ff])(мама|мать|мати|папа|отец|тато|батько|брат|сестра)\s+"
                        r"(([\u0400-\u04ff]+?)(?:(?<=[бвгджзклмнпрстфхцчшщ])а)?)(?![\u0400-\u04ff])", re.I)


def _spelt(word: str) -> str:
    """A Russian word in Latin letters, as subtitles spell Korean names."""
    word = word.lower()
    for pair, sound in _CYRILLIC_PAIRS:
        word = word.replace(pair, sound)
    return word.translate(_CYRILLIC_LETTERS)


#: What Russian letters cannot tell apart in a romanised Korean name: 외 is "ве" after a consonant ("Чхве" Choi), 이 "и"
#: ("Ли" Lee), 애 "э" ("Ынсэм" Eun-saem), one "о" writes both 오 and 어, a final ㅇ is "н".
_RUSSIAN_BLIND = (("oi", "ve"), ("oe", "ve"), ("ee", "i"), ("ae", "e"), ("eo", "o"), ("ng", "n"))


def _as_russian_writes(word: str) -> str:
    for sound, written in _RUSSIAN_BLIND:
        word = word.replace(sound, written)
    return word


def _latin(word: str, names: frozenset[str] = frozenset()) -> str:
    """One Russian word in English when it is an everyday one and no word of the answers, else in Latin letters (an
    answer's word when it spells one as Russian subtitles do: "Чхве" is Choi)."""
    if (spelt := _spelt(word)) in names:
        return spelt
    if len(spelt) > 1 and (named := next((n for n in sorted(names) if _as_russian_writes(n) == _as_russian_writes(spelt)), None)):
        return named
    if (name := cyrillic_name(word)) is not None:
        return name  # a character as the spoiler lexicon knows them ("Чхонсан", "Намру": cheongsan, namra)
    word = word.lower()
    if (english := _ENGLISH.get(word.replace("’", "'").replace("ʼ", "'"))) is not None:
        return english
    if re.fullmatch(r"(?:а?(?:ха)+х?|(?:ах)+а?)", word):
        return "haha"  # ("ахахахах": a laugh of any length)
    return spelt


# Said together, the words mean otherwise ("нам конец": we're done, not Nam)
_PHRASES = {"нам конец": "we are done", "нам капец": "we are done", "нам кінець": "we are done", "не знаю": "dont know",
            "часа ночи": "am", "часов ночи": "am", "години ночі": "am", "часа дня": "pm"}
_PHRASE = compile_later(r"(?<![\u0400-\u04ff])(?:" + "|".join(_PHRASES) + r")(?![\u0400-\u04ff])", re.I)


def from_cyrillic(guess: str, answers: Sequence[str]) -> str:
    """The message with its Russian and Ukrainian words put in English or Latin letters ("Онджо" -> "onjo", "не Намра"
    -> "not namra", "ну Онджо же" -> "well onjo", "двенадцать серий" -> "twelve episodes"); as typed when it writes
    none, or when an answer is itself written in them. A name of the answers split in two ("Гви Нам") is one word."""
    if not _CYRILLIC.search(guess) or any(_CYRILLIC.search(answer) for answer in answers):
        return guess
    names = frozenset(w for a in answers for w in (*re.findall(r"[a-z]+", a.lower()), re.sub(r"[^a-z]", "", a.lower())) if w)
    guess = _PHRASE.sub(lambda said: _PHRASES[said.group(0).lower()], guess)
    guess = _KIN_OF.sub(lambda kin: f"{cyrillic_name(kin.group(2)) or _spelt(kin.group(3))}'s {_latin(kin.group(1))}", guess)
    guess = _names_joined(guess, names)
    english = re.sub(r"\s{2,}", " ", _CYRILLIC_WORD.sub(lambda found: _latin(found.group(0), names), guess)).strip()
    # ("два часа ночи": 2am, the hour, as English chat glues it, no count)
    english = _HOUR.sub(lambda hour: f"{NUMBER_WORDS.get(hour.group(1), hour.group(1))}{hour.group(2)}", english)
    # ("12 серия": one episode named by its number, episode 12; a count takes the plural, "12 серий")
    return _NUMBERED.sub(lambda said: f"episode {said.group(1)}" if said.group(1).isdigit() or said.group(1) in NUMBER_WORDS
                         else said.group(0), english)


_HOUR = compile_later(r"\b([a-z]+|\d+) (am|pm)\b")
_NUMBERED = compile_later(r"\b([a-z]+|\d+) episode\b")




def _pair_name(first: str, second: str, names: frozenset[str]) -> str | None:
    """The name two Russian words side by side are ("Чхон Сан", "Гви Нам": a name of the answers split in two), or None."""
    return cyrillic_name(f"{first} {second}") or (joined if (joined := _spelt(first) + _spelt(second)) in names else None)


def _names_joined(guess: str, names: frozenset[str]) -> str:
    """`guess` with each name typed in two Russian words ("ну Он Джо") put as its one Latin word."""
    words = list(_CYRILLIC_WORD.finditer(guess))
    out, at, i = [], 0, 0
    while i < len(words):
        first = words[i]
        if i + 1 < len(words) and not guess[first.end():words[i + 1].start()].strip() and (
            name := _pair_name(first.group(0), words[i + 1].group(0), names)
        ) is not None:
            out += [guess[at:first.start()], name]
            at, i = words[i + 1].end(), i + 2
            continue
        i += 1
    return "".join(out) + guess[at:]


def unknown_words_name_nothing(guess: str, answers: Sequence[str], names_someone: Callable[[str], bool], talk: Callable[[str], bool]) -> bool:
    """Whether a message all in Russian or Ukrainian words is talk though some of its words are none this module knows
    ("го дальше", "ору с него"): those words, in Latin letters, name no one (`names_someone`: an answer, or a
    person the lore knows, "Намра") and the rest is talk (`talk`: judged as the question's guess), so a word
    of everyday Russian this module lacks is no guess spelt in Latin. A message with digits or Latin letters,
    or of known words only ("семь": a number tried), is left to the matcher."""
    if not _CYRILLIC.search(guess) or re.search(r"[0-9a-zA-Z]", guess) or any(_CYRILLIC.search(a) for a in answers):
        return False
    words = _CYRILLIC_WORD.findall(_PHRASE.sub(" ", guess))
    if any(_pair_name(first, second, frozenset()) for first, second in pairwise(words)):
        return False  # ("Он Джо": a name in two words)
    names = frozenset(w for a in answers for w in re.findall(r"[a-z]+", a.lower()))
    unknown = [w for w in words if _latin(w, names) == _spelt(w) and cyrillic_name(w) is None]
    if not unknown or any(names_someone(_spelt(w)) for w in unknown):
        return False
    return talk(" ".join(_latin(w, names) for w in words if w not in unknown))
