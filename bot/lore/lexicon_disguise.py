"""Text disguised by how it is typed, undone before the spoiler lexicon (bot/lore/lexicon.py) reads it: fans space,
dot or leet a name to slip past a filter ("c h e o n g s a n dies", "d.i.e.s", "ch3ongs4n d1es", "cheong\u200bsan"),
type full-width letters ("ｃｈｅｏｎｇｓａｎ") or half-width kana, write a name in Russian letters ("Чхонсан") or a name and
its fate in Devanagari, Arabic or Bengali ones ("चेओंगसान मर जाता है", `in_fans_scripts`), hashtag a fate ("#RIPCheongsan"), strike a word
out and write the truth after it ("~~lives~~ dies"), or put a name on its own line and the verb on the next.
Each is read as the plain text it stands for; a text typed plainly is left as it is (`DISGUISED`, a cheap test
the lexicon asks first, so plain texts never reach `undisguise`)."""

from __future__ import annotations

import re
import unicodedata

from bot.lazy_re import compile_later, rewrite_in_turn
from bot.text import as_shown

_LETTER = r"[^\W\d_]"  # a letter of any script (hangul and kanji too)
#: Four or more single letters, each after the same separator: "c h e o n g s a n", "d.i.e.s", "g-w-i-n-a-m",
#: "청 산 이 죽 음", "青 山 死 了" (never "U.S.A." or "a b c": three letters are initials or choices).
_SPACED = re.compile(rf"(?<!\w){_LETTER}(?P<sep>[ .\-_*·•])(?:{_LETTER}(?P=sep)){{2,}}{_LETTER}(?!\w)")
#: Leetspeak inside a word, between letters: "ch3ongs4n", "d1es", "w00j1n", "n@mra"; never a word ending in a digit
#: ("s1e4", "ep11", "h1n1"), which is an episode or a code, nor one starting with one ("3p", "2nd"), unless digits
#: stood for letters inside it too and it has three letters ("n4mr4": a code has two, "s1e4", "h1n1").
_LEET = re.compile(r"(?<![\w@$])(?:(?=(?:[013457@$]*[a-z]){3})[a-z]+(?:[013457@$]+[a-z]+)+[013457]+"
                   r"|[a-z]+(?:[013457@$]+[a-z]+)+)(?![\w@$])", re.I)
_LEET_LETTERS = str.maketrans("013457@$", "oieastas")
#: Full-width letters and digits ("ｃｈｅｏｎｇｓａｎ", "ＳＯＪＵ") and, in a text having them, the ideographic space (not
#: full-width punctuation, which Japanese and Chinese are written with: "どうなる？"); half-width kana ("ｵﾝｼﾞｮ"), whose
#: voicing marks NFKC puts back on their letters. Hangul's compatibility letters (ㅊㅅ) are left alone: NFKC would
#: turn them into conjoining jamo the initials reader does not know.
_FULL_WIDTH = {code: code - 0xFEE0 for span in ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B))
               for code in range(*span)} | {0x3000: 0x20}
_HALF_WIDTH_KANA = re.compile(r"[\uff61-\uff9f]+")
#: "#RIPCheongsan", "#JusticeForSoju", "#ripwoojin": a hashtag's words, as the tag runs them together.
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_RIP_TAG = re.compile(r"^rip(?=[a-z]{3})", re.I)
#: Words struck out (Markdown ~~...~~): the writer took them back, and the words after them say what they meant.
_STRUCK = re.compile(r"~~[^~\n]+~~")
#: A line holding one or two words and nothing else ("cheongsan" then, lines below, "dies"): read with the next
#: line that says something, as a sentence naming who that line is about.
_BARE_LINE = re.compile(r"^[ \t>*_#]*([^\W\d_]+(?:[ '’-][^\W\d_]+)?)[ \t*_]*\n(?:[ \t]*\n)*(?=[ \t>]*\w)", re.M)

#: The characters' names in Russian letters, as Russian subtitles and fans write Korean names ("Чхонсан умирает",
#: "Намру укусили"): read as the Latin names the lexicon knows, whatever case ending Russian gives them.
_CYRILLIC_NAMES: dict[str, tuple[str, ...]] = {
    "cheongsan": ("чхонсан", "чхон сан", "чхон-сан", "чонсан"), "onjo": ("онджо", "он джо"), "namra": ("намр",),
    "suhyeok": ("сухёк", "сухек", "су хёк"), "gwinam": ("квинам", "гвинам", "гуинам"), "nayeon": ("наён", "наен"),
    "hari": ("хари",), "woojin": ("уджин", "у джин"), "isak": ("исак",), "gyeongsu": ("кёнсу", "кенсу", "гёнсу"),
    "daesu": ("тэсу", "дэсу"), "mijin": ("миджин", "мичжин"), "hyoryeong": ("хёрён",), "soju": ("соджу",),
    "byeongchan": ("пёнчхан", "бёнчан", "бенчан"),
}
_CYRILLIC_NAME_OF = {written: latin for latin, names in _CYRILLIC_NAMES.items() for written in names}
_CYRILLIC_NAME = re.compile(r"(?<![а-яё])(" + "|".join(sorted(_CYRILLIC_NAME_OF, key=len, reverse=True))
                            + r")(?:ой|ою|ом|а|ы|е|у)?(?![а-яё])", re.I)

#: The cheap test: whether a text may be disguised at all (most texts are not, and skip `undisguise`).
DISGUISED = re.compile(
    rf"[\u0400-\u04ff\u0600-\u06ff\u0900-\u09ff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff61-\uff9f\u200b-\u200d\u2060\ufeff\u00ad]|~~|#\w"
    rf"|{_SPACED.pattern}|{_LEET.pattern}|^[ \t>*_#]*[^\W\d_]+(?:[ '’-][^\W\d_]+)?[ \t*_]*\n", re.I | re.M)


def cyrillic_name(word: str) -> str | None:
    """The Latin name a character's name in Russian letters is, whatever its case ending ("Намру": namra), or None."""
    found = _CYRILLIC_NAME.fullmatch(word)
    return _CYRILLIC_NAME_OF[found.group(1).lower()] if found is not None else None


def _joined(match: re.Match[str]) -> str:
    return match.group().replace(match.group("sep"), "")


def _tag_words(match: re.Match[str]) -> str:
    return " " + _CAMEL.sub(" ", _RIP_TAG.sub("rip ", match.group(1))) + " "


def undisguise(text: str) -> str:
    """`text` as it would be typed plainly: the disguises above undone, everything else as it was."""
    # characters that show nothing ("cheong\u200bsan") dropped as an imported list's are (a joiner inside an emoji kept)
    text = as_shown(text.translate(_FULL_WIDTH))
    text = _HALF_WIDTH_KANA.sub(lambda run: unicodedata.normalize("NFKC", run.group()), text)
    text = _STRUCK.sub(" ", text)
    text = _SPACED.sub(_joined, text)
    text = _LEET.sub(lambda word: word.group().translate(_LEET_LETTERS), text)
    text = _HASHTAG.sub(_tag_words, text)
    text = _CYRILLIC_NAME.sub(lambda name: f" {_CYRILLIC_NAME_OF[name.group(1).lower()]} ", text)
    text = in_fans_scripts(text) if _SCRIPTS.search(text) else text
    return _BARE_LINE.sub(r"\1 ", text)


# -- fans' own scripts: Devanagari (Hindi), Arabic letters (Arabic, Urdu, Persian) and Bengali ----------------------
# The characters' names and the plain words of a death, a bite, a turning or a survival, read as the lexicon's English
# ("चेओंगसान मर जाता है": cheongsan dies; "نامرا اتعضت": namra got bitten; "উজিন জম্বি হয়ে যায়": woojin turned into a
# zombie). The writer's own things that "die" (a phone, a battery) and one's own dying of laughter are nobody's.
_SCRIPTS = re.compile("[\u0600-\u06ff\u0750-\u077f\u0900-\u09ff]")
#: their letters and vowel signs (not their punctuation: "،", "؟", "।"), which a word's bounds are tested against
_OWN = "\u0900-\u0963\u0966-\u097f\u0980-\u09ff\u0610-\u061a\u0620-\u06d3\u06d5-\u06ff\u0750-\u077f"
_NB, _NE = rf"(?<![\w{_OWN}])", rf"(?![\w{_OWN}])"
#: names as each script spells them (a pattern each: Arabic letters vary by language and writer); Hari, Dae-su and Ji-min
#: are left out where their spelling is an everyday word or a famous other name ("हारी" lost, "دايسو" Daiso, Harry).
_SCRIPT_NAMES: dict[str, str] = {
    "cheongsan": r"च[ेि]?(?:ओ|यो|ॉ|ो)?[ंन]्?ग?[ -]?सान|छोंगसान|(?:تش|چ|ش)[يیئ]?و[نن](?:غ|ج|گ|ق)[ -]?سان|চ[েি]?(?:ও|য়|ো)?ং[ -]?সান",
    "onjo": r"ओ[ंन]्?[ -]?जो|[أاآ]ونجو|أون جو|[অও](?:ন|ঞ)্?[ -]?জো",
    "namra": r"न[ाा]?मरा|نامر[اه]|নামরা",
    "suhyeok": r"सु[ -]?ह्?(?:यो|यॉ|यु|्यो|्यु)क|سو[ -]?ه[يی]و[كک]|সুহ[িই]?(?:য়|ও)?[োও]?ক",
    "gwinam": r"(?:ग्व|गु)[िीइ][ -]?नाम|(?:غ|گ)و[يی][ -]?نام|(?:ق|ك|ک)و[يی]نام|(?:গুই|গ্বি|গি)[ -]?নাম",
    "nayeon": r"ना[ -]?(?:यो|यॉ|येओ)न|نا[ -]?[يی]ئ?ون|না(?:য়|ই)(?:য়)?[োও]?ন",
    "woojin": r"(?:वू|उ)[ -]?ज[िी]न|وو[ -]?ج[يی]?ن|[উঊ][ -]?জ[িী]ন",
    "isak": r"[इई]साक|[إاآ][يی]سا[كک]|ইসাক",
    "gyeongsu": r"[गक]्?यो[ंन]्?ग[ -]?स[ुू]|(?:غ|ك|ک|گ|ج)[يی]ون(?:غ|ج|گ)[ -]?سو|[গক]ি(?:য়|ও)ং[ -]?সু",
    "soju": r"सोज[ूु]|سو[ -]?جو|সোজু",
    "byeongchan": r"ब्यो[ंन]्?ग?[ -]?चा?न|ب[يی]ون(?:غ|گ|ج)[ -]?(?:تش|چ)ان|ব(?:িয়|িও)ং[ -]?চান",
    "hyeonju": r"ह्?(?:यो|यू|यॉ)न[ -]?ज[ूु]|ه[يی]ون[ -]?جو|হ(?:িয়|িও)ন[ -]?জু",
    "mijin": r"म[िी]ज[िी]न|م[يی]ج[يی]ن|মিজিন",
}
_SCRIPT_NAME = compile_later(unicodedata.normalize("NFC", _NB + "(?:" + "|".join(f"(?P<{latin}>{spelled})" for latin, spelled in _SCRIPT_NAMES.items())
                             + r")(?P<case>কে|কেও|ের|এর|র|ও)?" + _NE))
#: (what fans type, the lexicon's words), in order: the writer's own things first, then who a bite happened to (the one
#: marked as its object: "को", "کو", "رو", "কে"), then the verbs.
_SCRIPT_WORDS: tuple[tuple[str, str], ...] = (
    (r"(?:फ़ोन|फोन|मोबाइल|बैटरी|लैपटॉप|موبايلي|موبايل|جوالي|جوال|تلفوني|البطارية|الشحن|فون|گوشیم|گوشی|باتریم|ফোন|ব্যাটারি)"
     r"(?: \S+){0,2}? (?:मर|مات|مر|مرد|মরে|মারা)\S*(?: (?:गया|गई|गयी|گیا|گئی|গেছে|গেল))?", "lost my things"),
    (r"(?:हँसते|हंसते|हँस|हंस)\S*(?: (?:हँसते|हंसते))? मर \S+|ہنس ہنس (?:کے|کر) مر \S+|मर (?:गया|गई|गयी) (?:मैं|میں)|(?:हँसी|हंसी|डर|भूख|गर्मी|शर्म|ख़ुशी|खुशी) से मर \S+|(?:ہنسی|ڈر|بھوک|گرمی) سے مر \S+|मैं (?:तो )?मर \S+"
     r"|(?:مت|متت|مات|ماتت|موت|هموت|بموت|مردم|مرد|موتت) من (?:الضحك|الرعب|الخوف|الجوع|الملل)|از (?:خنده|ترس) مردم"
     r"|হাসতে হাসতে মরে \S+", "laughed a lot"),
    (r"([a-z]+) (?:की|کی|ki|এর|ের|র)? ?(?:माँ|मां|ماں|মা|maa|mummy|mom)", r"\1's mother"),
    (r"((?:[a-z]+'s )?[a-z]+) (?:को|کو|رو|را|কে) (?:\S+ ){0,3}?(?:काट|کاٹ|گاز گرفت|কামড়)\S*(?: (?:लिया|ली|लेते|लेता|लेती"
     r"|है|हैं|गया|لیا|گیا|گئی|شد|দেয়|দিল|দিয়েছে|গেল))*", r"\1 got bitten"),
    (r"काट(?:ा|ी|े)?(?: (?:लिया|ली|लेते|लेता|लेती))?|کاٹ(?:ا|ی)?(?: لیا)?|گاز (?:گرفت|گرفتن|گرفته)|কামড়ে (?:দেয়|দিল)",
     "bit"),
    (r"(?:ان|ات)عض(?:ت|وا)? (?:من|على (?:إيد|ايد|يد))", "got bitten by"),
    (r"(?:ان|ات)عض(?:ت|وا)?|ينعض|بتنعض|تنعض|تم عضه?ا?", "got bitten"),
    # a killing: of the one marked as its object (Hindi "मार डाला", Persian "کشت", Bengali "মেরে ফেলে"), or Arabic's "قتل"
    (r"([a-z]+) (?:को|کو|رو|را|কে) (?:\S+ ){0,2}?(?:मार (?:डाला|डाली|डाले)|مار (?:ڈالا|ڈالی)|کشت(?:ن|ند)?|মেরে (?:ফেলে|ফেলল))",
     r"\1 got killed"),
    (r"([a-z]+) (?:को|کو) (?:[a-z]+ (?:ने|نے) )?(?:मार (?:दिया|दी)|مار (?:دیا|دی))", r"\1 got killed"),  # no one between
    (r"(?:ات|ان)قتل(?:ت|وا)?", "got killed"),
    (r"على (?:إيد|ايد|يد)", "by"),  # at the hands of
    # one just named "is no more" (Hindi, Urdu "नहीं रहे", "نہیں رہا"; Bengali "আর নেই") or "didn't survive" ("नहीं बचा")
    (r"(?<=[a-z] )(?:अंकल |انکل |जी |جی |सर |سر )?(?:नहीं|नही|نہیں) (?:रहे|रहा|रही|رہے|رہا|رہی)|(?<=[a-z] )আর (?:বেঁচে )?নেই",
     "died"),
    (r"(?<=[a-z] )(?:अंकल |انکل |जी |جی |सर |سر )?(?:नहीं|नही|نہیں) (?:बचा|बची|बचे|बच पाया|बच पाई|बच पाए|بچا|بچی|بچے|بچ پایا)",
     "didn't survive"),
    # may God have mercy on him (Arabic), his soul be glad (Persian): RIP
    (r"(?:الله )?(?:يرحمه|يرحمها|يرحمك|يرحمكم)(?: الله)?(?: يا)?|رحمة الله عليه|رحمه الله|روحش شاد", "rip"),
    (r"(?:راح|راحت|راحوا) فيها", "died"),  # Egyptian: was done for
    (r"(?:بي|بت|ي|ت)?قتل(?:ت|وا|ها|ه)?", "killed"),
    (r"عض(?:ها|وها)", "bit her"),
    (r"عض(?:ه|وه)", "bit him"),
    (r"عض|عضت|عضوا", "bit"),
    (r"(?:आधी|आधा|आधे) (?:ज़|ज)(?:ॉ|ो)म्बी|(?:हाफ़?|हाफ)बी|(?:آدھی|آدھا) زومبی|ل?(?:نص|نصف) زومبي|نیمه ?زامبی|نصفه زامبی"
     r"|(?:অর্ধেক|আধা) জম্বি|হাফবি", "halfbie"),
    (r"(?:ज़|ज)(?:ॉ|ो)म्बी|(?:ज़|ज)ोंबी|زومبی|(?:ل|لل|ال)?زومبي(?:ز|ات)?|زامبی|জম্বি(?:তে)?", "zombie"),
    # becoming one: after it (Hindi, Urdu, Persian, Bengali: "zombie बन गया"), or before it (Arabic: "تحول لzombie")
    (r"(halfbie|zombie) (?:बन (?:जाता|जाती|जाते|गया|गई|गयी|गए)(?: (?:है|हैं|था|थी))?|بن (?:گیا|گئی|جاتا|جاتی)(?: (?:ہے|تھا|تھی))?"
     r"|شد|میشه|می ?شه|হয়ে (?:যায়|গেল|গেছে)|পরিণত হয়)", r"turned into a \1"),
    (r"(?:(?:و)?بقت|بقى|(?:ي|ت|بي|بت)?تحول(?:ت|وا)?|اتحول(?:ت|وا)?|صار|صارت|بقا|بيبقى|بتبقى) (?:ل)?(halfbie|zombie)",
     r"turned into a \1"),
    (r"की मौत|کی موت", "'s death"),
    # Egyptian "موت" after a word of praise is "to death", very ("كيوت موت": so cute)
    # and after a show, an episode or a scene it praises ("الحلقة 5 موت": episode 5 is a killer)
    (r"(?:كيوت|حلو|حلوة|جميل|جميلة|تحفة|رهيب|رهيبة|قوي|قوية|لذيذ|مضحك|جامد|جامدة|شاطر|شاطرة|المسلسل|المشهد"
     r"|(?:الحلقة|الحلقه)(?: \d+)?) موت", "so very good"),
    (r"मर (?:जाता|जाती|जाते|गया|गई|गयी|गए)(?: (?:है|हैं|था|थी))?|मारा (?:जाता|गया)|मौत|مر (?:جاتا|جاتی|گیا|گئی)(?: (?:ہے|تھا|تھی))?"
     r"|موت|بيموت|بتموت|يموت|تموت|ماتت|مات|ماتوا|توفي|توفيت|می ?میر(?:ه|د|ن|ند)|(?<=[a-z] )(?:مردن|مردند|مرد)|মারা (?:যায়|গেল|গেছে|যান)|মরে (?:যায়|গেল|গেছে)"
     r"|মৃত্যু", "dies"),
    (r"(?:ज़|ज)िंदा (?:बचती|बचता|बचते|रहती|रहता|रहते)(?: (?:है|हैं))?|बच (?:जाती|जाता|जाते|गई|गया|गए)(?: (?:है|हैं))?"
     r"|زندہ (?:بچ|رہ)\S*|عايش(?:ة|ين)?(?= (?:في النهاية|في الآخر|للآخر|بالنهاية))|تنجو|ينجو|بتنجو|بينجو|نجت|نجا|نجوا|زنده (?:می ?مونه|می ?مونن|موندن|موندند|موند|می ?ماند|می ?مانند|ماندند|ماند)|বেঁচে (?:যায়|থাকে|গেল)", "survives"),
    (r"(?:يضحي|تضحي|ضحى|ضحت) (?:بنفسه|بنفسها)|(?:اپنی جان|خودش رو) قربان \S+", "sacrifices himself"),
    (r"(?:आखिर|आख़िर|अंत) में|آخر میں|في النهاية|في الآخر|بالنهاية|آخرش|در آخر|শেষে", "in the end"),
    (r"(?:الحلقة|قسمت|قسط|এপিসোড|एपिसोड) (\d+)", r"episode \1"),
    (r"(?:أبو|ابو) ([a-z]+)", r", \1's dad,"),
    (r"आग|آگ|النار|آتش|আগুন", "fire"),
    (r"और|اور|و", "and"),
    (r"वो|वह|وہ|সে", ""),  # "she" or "he" (one word for both): the one named before goes on
)
_SCRIPT_WORD = [(compile_later(unicodedata.normalize("NFC", _NB + f"(?:{words})" + _NE)), said) for words, said in _SCRIPT_WORDS]


_SPACES = re.compile(r"[ \t]{2,}")
_HARAKAT = dict.fromkeys([*range(0x064B, 0x0660), 0x0670])  # Arabic letters' short vowels, seldom typed, often pasted
_PUNCTUATION = str.maketrans({"\u060c": ",", "\u061b": ";", "\u061f": "?", "\u06d4": ".", "\u0964": ".", "\u0965": "."})


def _script_name(match: re.Match[str]) -> str:
    latin = next(name for name, spelled in match.groupdict().items() if spelled and name != "case")
    return f" {latin} {match.group('case') or ''} "


def in_fans_scripts(text: str) -> str:
    """`text` with the characters' names and fate words in Devanagari, Arabic or Bengali letters said in English."""
    text = unicodedata.normalize("NFC", text).replace("\u200c", "").translate(_HARAKAT)  # "مُرد": the vowel marks dropped
    text = _SPACES.sub(" ", _SCRIPT_NAME.sub(_script_name, text))
    return rewrite_in_turn(text, _SCRIPT_WORD).replace(" 's ", "'s ").translate(_PUNCTUATION)
