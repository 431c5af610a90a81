"""Progress said with a doubt or a time around it, rewritten as the plain forms bot.progress_said reads.

Plain text in, plain text out (already lower-cased, apostrophes gone, by bot.progress_said.chat_free):

- two episodes offered ("ep 4 or 5 idk", "on 7 or 8", "8화 아니면 9화", "4話か5話", "tô no 6 ou 7"): the lower one,
  the one surely reached, so nothing past what was watched is shown (never a count: "1 or 2 eps left" counts
  from the end, where the lower would be the later place);
- "tonight" beside an episode: watched tonight ("watched ep 6 tonight") is watched; to be watched tonight ("tonight
  ill watch 6", "ep 7 tonight", "watching ep 4 tonight with my cousin") is a plan, read as "gonna watch", so the one
  before it is what was seen;
- `count_left`: how many episodes a fan says are left ("2 left", "only 3 more eps", "me faltan 2 capítulos", "tinggal
  2 episode lagi", "두 편 남음"), for bot.watched to count back from the end while season 1 is the only one out.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.text import NUMBER_WORDS

_EP_WORD = r"(?:(?:episodes?|eps?|el|o|the) )?"
# "4 or 5", "ep 4 or ep 5", "the 10th or 11th", "7 o el 8", "6 ou 7", "5 atau 6", "8화 아니면 9화", "4話か5話".
_EITHER = compile_later(
    r"(?<![\d:])(?<!season )(?<!\bs)(?P<low>\d{1,2}(?:st|nd|rd|th)?)(?P<ko> ?[화회편話])?"
    r" ?(?:or maybe|or|o|ou|atau|아니면|이나|인가|か) ?(?:maybe )?" + _EP_WORD +
    r"(?P<high>\d{1,2})(?:st|nd|rd|th)?(?: ?[화회편話])?(?:인가)?(?![\d:]| ?(?:am|pm|hours?|hrs?|mins?|minutes?|days?|times|stars?|/))"
)
# "/progress ep 8": the command's name typed again into its own option.
_COMMAND = compile_later(r"^/?progress:? (?=\S)")
# "dont spoil anything after ep 4", "no spoilers past ep 6": the line the fan draws is how far they have watched.
_SPOILER_LINE = compile_later(r"^(?:pls |please )?(?:dont|do not|no) spoil(?:ers?)?(?: me)?(?: anything| for)?"
                              r" (?:after|past|beyond) ((?:episode|ep|e) ?\d{1,2})(?: pls| please)?$")
# "gonna start it this weekend", "just about to start it": not started yet.
_NOT_STARTED = compile_later(r"^(?:im |i am )?(?:just )?(?:about to|gonna|going to|will|planning to) start(?: it| the show| watching(?: it)?)?"
                             r"(?: (?:this weekend|tonight|tomorrow|soon|later|today|now|next week))?$")
# A count (of what is left, of hours) whose lower number would be the later place: left as typed.
_COUNTING = compile_later(r"\b(?:left|to go|remaining|more|falta\w*|tinggal|sisa|lang)\b|남|あと|残")
# Doubts said around the two episodes: "idk", "cant remember", "i forgot", "not sure (if)", "either", "lupa", "ata".
_DOUBT = compile_later(
    r"^(?:(?:im )?not sure(?: if)?,? |either |idk,? |i forgot,? )"
    r"|,? (?:idk|i dont know|cant remember|can not remember|i forgot|forgot|not sure|lupa|ata|creo|acho|i think)$"
)

# "watched ep 6 tonight", "finished it tonight": said of what was watched, the time says nothing more (never beside a
# second episode: "finished ep 11 and 12 tonight" may leave 12 for tonight).
_SEEN_TONIGHT = compile_later(
    r"^(?!.*(?:\b(?:gonna|going to|will|ill|plan\w*|about to|and|then)\b|[,&+]))(?P<said>.*\b(?:watched|finished|saw|seen|done|binged)\b[^.!?;]*?)"
    r" tonight(?P<rest>\W.*)?$"  # (never past a sentence's end: "im done. tonight ep 6" plans ep 6; review71d)
)
# "tonight i finished 6" (no comma): said first of what was watched, nothing more (watched77: asked again)
_TONIGHT_SEEN_FIRST = compile_later(r"^tonight,? (?=(?:i |we )?(?:just )?(?:finished|watched|saw|binged) )")
# "tonight ill watch 6", "tonights plan: ep 9", "tonight: ep 6": a plan said first; abroad (Tagalog, Portuguese:
# "mamayang gabi ep 7", "à noite vou ver o 6": read alike, the one before seen; watched72). Never "mamaya" alone
# (Indonesian "nanti malam ep 7", "nanti malem ep 7" are read by bot.progress_words and bot.progress_forms; watched74).
_TONIGHT_FIRST = compile_later(
    r"^(?:tonight(?:s plan| i ?ll| i will| im gonna| im going to| gonna| (?:im|we are|were)(?= watching))?:? (?:watch(?:ing)? |start(?:ing)? )?"
    # (never "tomorrow im watching 6": a plan for tomorrow says nothing of today, as "ill watch ep 6 tomorrow",
    # "mañana veo el 7", "tomorrow ep 6": asked again, watched21, watched58; review71d)
    r"|mamayang gabi(?: (?:ko )?(?:panonoorin|papanoorin)(?: ko)?)? "
    r"|(?:hoje )?[aà] noite,? (?:eu )?(?:vou ver|vou assistir|vejo|assisto) (?=(?:o |a )?(?:ep |epis[oó]dio )?\d))(?:o |a |yung |ang )?"
    r"(?=(?:(?:episodes?|eps?|the|epis[oó]dio) ?)?\d{1,2}\b(?! ?(?:episodes|eps)\b))"  # (never a count: "6 episodes", watched76)
)
# "ep 4 at 10pm", "capítulo 4 a las 22:00": an evening's clock time beside an episode and no verb, as often the time it
# is to be watched as the one it was (watched22: "ep 4 at 10pm" was saved as ep 4); a night's small hours ("episode 3
# at 3am lol") are a binge's, watched.
_EVENING = r"(?:at|a las|às|um|alle) (?:(?:[5-9]|1[0-1])(?:[:.]\d{2})? ?pm|(?:1[7-9]|2[0-3])[:.h]\d{2}(?: ?uhr)?)"
# "ep 7 tonight", "watching ep 4 tonight with my cousin": the episode to watch tonight.
_TONIGHT_AFTER = compile_later(
    r"^(?:(?:and )?then )?(?:(?:im |we are |were )?(?:watching|starting|doing) )?(?:el |la |le |o |a )?(?P<said>(?:(?:s|season) ?\d{1,2},? )?(?:episode|ep|eps|the) ?\d{1,2}"
    r"(?:st|nd|rd|th)?(?: of (?:s|season) ?\d{1,2})?"
    # "last ep of s2 tonight", "s2 finale tonight!!": the last episode is the one to watch (watched27: were asked again)
    r"|(?:the )?(?:(?:s|season) ?\d{1,2} )?(?:finale|last (?:ep|episode))(?: of (?:s|season) ?\d{1,2})?"
    # "s2e4 tonight", "2x04 ce soir": the same typed short (never "s2e4 at 11pm", watched18: watched then)
    r"|(?:s ?\d{1,2} ?e ?\d{1,2}|\d{1,2}x\d{1,2})(?= (?:tonight|ce soir|heute abend|stasera|malam ini|mamaya|tối nay)\b))"
    r"(?: (?:lo|la) (?:veo|miro|voy a ver)| [aà] regarder| vou ver)?"
    # ("im watching ep 6 with her tonight": whom with, said before when; watched76)
    r"(?: (?:with|w/|w) (?:her|him|them|my [a-z]+))? (?:tonight|ce soir|heute abend|stasera|malam ini|mamaya|tối nay|" + _EVENING + r")(?: with (?:my |our )?[a-z]+| after (?:homework|dinner|work|school|class|lunch)"
    r"| pagkatapos ng (?:klase|hapunan|trabaho|school|homework)| (?:habis|setelah|sehabis) (?:kelas|sekolah|makan|kerja|pr))?[!.~ ]*$"
)


def hedged_said(text: str) -> str:
    """`text` with two episodes offered said as the lower one, and "tonight" as watched or as a plan."""
    text = _NOT_STARTED.sub("havent started", _SPOILER_LINE.sub(r"watched up to \1", _COMMAND.sub("", text)))
    either = _EITHER.search(text)
    if either is not None and int(either["low"].rstrip("stndrh")) < int(either["high"]) and _COUNTING.search(text) is None:
        low = either["low"] + (either["ko"] or "").strip()
        text = _DOUBT.sub("", f"{text[:either.start()]}{low}{text[either.end():]}").strip(" ,")
    text = _TONIGHT_SEEN_FIRST.sub("", text)
    if (seen := _SEEN_TONIGHT.match(text)) is not None:
        return seen["said"] + (seen["rest"] or "")
    if (first := _TONIGHT_FIRST.match(text)) is not None:
        return "gonna watch " + text[first.end():]
    if (after := _TONIGHT_AFTER.match(text)) is not None:
        return "gonna watch " + after["said"]
    return text


#: Korean native counts before a counter ("두 편", two episodes): bot.progress_said reads them too.
KOREAN_COUNTS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "열한": 11,
                 "열두": 12}
_TL_COUNT = {"isang": 1, "dalawang": 2, "tatlong": 3, "apat na": 4, "limang": 5}
# Small counts in the other languages a count left is read in ("me faltan dos", "falta um", "tinggal satu episode lagi",
# "dalawa na lang", "plus que deux épisodes", "nur noch zwei Folgen", "còn hai tập nữa", "还剩两集").
FOREIGN_COUNTS = {"uno": 1, "una": 1, "um": 1, "uma": 1, "dos": 2, "dois": 2, "duas": 2, "tres": 3, "três": 3, "satu": 1,
                   "dua": 2, "tiga": 3, "isa": 1, "dalawa": 2, "tatlo": 3, "un": 1, "une": 1, "deux": 2, "trois": 3,
                   "eine": 1, "zwei": 2, "drei": 3, "due": 2, "tre": 3, "một": 1, "hai": 2, "一": 1, "两": 2, "二": 2, "三": 3}
_N_EN = r"(?P<n>\d{1,2}|" + "|".join(w for w, n in NUMBER_WORDS.items() if n <= 12) + ")"
_N = _N_EN[:-1] + "|" + "|".join(sorted(FOREIGN_COUNTS, key=len, reverse=True)) + ")"
_EPS = r"(?: (?:more )?(?:episodes?|eps?))?"
# ("3 eps left of my first watch": of the first time through, never of a rewatch)
_OF_THE_SEASON = r"(?: (?:in|of) (?:season 1|s1|the show|the season|the series|my first (?:watch|time)(?: through)?)| (?:till|until|to) the end)?"
# What a fan says is left: "2 left", "only 3 more eps", "1 ep to go", "last 4 left", "4 eps away from the end".
_COUNT_LEFT = tuple(compile_later(pattern) for pattern in (
    r"^(?:(?:i )?(?:only|just|still) (?:have |got )?)?(?:the )?(?:last |final |all )?" + _N_EN + _EPS
    + r"(?: (?:left|to go|remaining)" + _OF_THE_SEASON + r"| away from the end)$",
    # "only 3 more eps"; never "just one more episode", the binge's plan to watch one more whatever is left
    r"^only " + _N_EN + r" more(?: (?:episodes?|eps?))?$",
    r"^(?:me |nos )?(?:falta(?:n|m)?|queda(?:n)?) (?:solo |s[oó]lo |s[oó] )?" + _N + _EPS + "$",  # "me faltan 2 capítulos", "faltam 3"
    # "mi mancano 2 episodi", "mancano due puntate"
    r"^(?:mi |ci )?manca(?:no)? (?:solo |soltanto |ancora )?" + _N + r"(?: (?:episodi|episodio|puntate|puntata|eps?|episodes?))?$",
    r"^(?:tinggal|sisa) " + _N + _EPS + "(?: lagi)?$",  # "tinggal 2 episode lagi"
    r"^(?P<n>\d{1,2}|" + "|".join(sorted(KOREAN_COUNTS, key=len, reverse=True)) + r") ?(?:편|화|회|개)(?:만)? ?남(?:음|았어요?|았음|았다|았네)?$",  # "두 편 남음"
    r"^(?P<n>\d{1,2}|" + "|".join(_TL_COUNT) + r"|dalawa|isa|tatlo)(?: (?:episodes?|eps?))? na(?: lang)?$",  # "dalawang episode na lang"
    r"^(?:chỉ )?còn (?:lại )?(?:có )?" + _N + _EPS + "(?: nữa)?(?: thôi)?$",  # "còn 2 tập nữa (thôi)" (tập: episode by then)
    r"^(?:il (?:me|nous) (?:reste|restent) |(?:(?:il )?(?:ne )?(?:me |nous )?(?:reste )?)?plus que )" + _N + _EPS + "$",
    r"^nur noch " + _N + _EPS + "$",  # "nur noch zwei Folgen" (never "noch zwei Folgen": may be a binge's plan)
    r"^(?:还|只|就)?剩(?:下)? ?" + _N + r" ?集$",  # "还剩两集"
    r"^เหลอ(?:อก)? ?" + _N + r" ?ตอน$",  # "เหลืออีก 2 ตอน", its marks dropped
))


def count_left(said: str) -> int | None:
    """How many episodes `said` (chat_free text) says are left to watch, or None when it says no count."""
    found = next((found for pattern in _COUNT_LEFT if (found := pattern.match(said)) is not None), None)
    if found is None:
        return None
    n = found["n"]
    return int(n) if n.isdigit() else (KOREAN_COUNTS.get(n) or _TL_COUNT.get(n) or NUMBER_WORDS.get(n) or FOREIGN_COUNTS.get(n))
