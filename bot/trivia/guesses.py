"""What a message in a typed-answer channel is: an attempt at the answer, or chat.

In a channel where a typed game runs, people also talk: "lol", "this one is hard", "brb", "wait
what", "gg", an emoji, "anyone know?". Only an attempt counts toward a player's guess limit and
makes someone a player. A message is an attempt when it resembles an answer or an option of the
question (the matcher decides that part), or when it is short and shaped like an answer: after the
framing words ("I think it's", "is it", "... i guess") it still holds a word that is not chat, and
it is not a question put back to the others ("who is that?").

Everything here is pure: the matcher (`bot.trivia.matching`) calls `classify` for a message that
matched nothing, and the game reads the verdict it returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bot.lazy_re import compile_later
from bot.trivia.hangul import is_korean_talk
from bot.trivia.normal import is_number, read
from bot.trivia.talk import is_talk, is_talk_shaped


class Verdict(StrEnum):
    """How a typed message is judged. The values are the strings the game has always stored."""

    RIGHT = "correct"  # scores
    CLOSE = "close"  # a near miss: told privately, counts as a guess
    SEVERAL_ANSWERS = "multiple"  # two or more different candidates: earns nothing, counts
    WRONG_ATTEMPT = "wrong"  # an attempt that is not the answer: counts as a guess
    CHAT = "chat"  # not an attempt: does not count, does not make a player

    @property
    def is_attempt(self) -> bool:
        return self is not Verdict.CHAT


@dataclass(frozen=True)
class MatchResult:
    verdict: Verdict
    matched: str | None = None  # the accepted answer (or the option) the message was judged against

    @property
    def correct(self) -> bool:
        return self.verdict is Verdict.RIGHT

    @property
    def is_attempt(self) -> bool:
        """Whether the message counts as a guess (everything but chat)."""
        return self.verdict is not Verdict.CHAT


# -- vocabulary --------------------------------------------------------------------------------
# Words are compared in comparison form (bot.trivia.normal): lower case, apostrophes dropped.

# Words that make a message a sentence rather than a bare list of answers.
SENTENCE_WORDS = frozenset(
    """
    a an the of in on at to for with by from into about as than then because since but if so
    is was are were be been being am isnt wasnt arent werent aint
    it its this that these those there here he she they we you i me my mine your his her him their
    them our us im ive id youre hes shes theyre thats whats theres
    do does did dont doesnt didnt has have had hasnt havent can cant could couldnt would wouldnt
    should will wont shall may might must not no nor never
    who what where when why how which whose whom whos whats wheres hows
    """.split()
)
# Words that say nothing about the answer: laughter, reactions, hedges, comments on the question.
CHAT_WORDS = frozenset(
    """
    lol lool lmao lmfao rofl haha hahaha hehe heh xd xdd brb afk gg ggs gj wp ggwp omg omfg wtf
    idk idc ikr imo imho tbh ngl fr smh hmm hm hmmm uh um umm uhh er erm ok okay k kk yeah yea ya
    yep yup nah nope wait huh damn dang darn ugh wow nice cool sure thanks thank ty thx np sorry
    oops rip bruh bro dude pls plz please help hard easy tough tricky difficult impossible hint
    skip next again question q qs ques really seriously literally oh ah aha ahh eh meh yay woo ez kek pog
    poggers something whatever guess think thought know knew pretty probably maybe perhaps
    definitely obviously surely answer answers idea clue lucky wrong close almost yes true false
    got get gonna wanna gotta lemme let see hold sec second moment minute bit lot much many more
    some any all none nobody anyone anybody everyone someone somebody one just also too very now
    well again still even only say said says tell told sure believe guessing thinking same
    one ones way go going come coming back good bad great awesome funny hilarious fun lost confused
    remember forgot forget mind no clue anyway though tho btw also actually honestly basically
    like kinda sorta right ready start started over done won win winning score points point final
    need needs needed fast slow quick wat wut wha gl hf glhf gn gm hi hello hey bye cya welcome wb
    rn lets go round guys yall everybody losing lose lost leading ahead behind turn mine yours
    doubt duh ofc obv obvs def defo deffo knows prob probs prolly late sry srry edit edited typo ignore
    que si oui oke okey okee okie iya sip yaar yar aigoo aigo aigooo omo omona heol daebak saranghae saranghaeyo
    hwaiting jinjja porfa pfv plis grabe wag huwag paso passo dificil dificl susah bgt banget
    teka lang hala ano nga ulit ang niya hirap pasagot sagot naman lakas aduh lupa bentar apa espera cual ganteng cantik ayo ayoo ayooo
    jawabannya jawabanku obvio obvia obviamente ay
    """.split()
)  # (the last lines: the same said in the other languages of a global fan server, "que", "si", "oke", Korean "aigoo"; "paso", "passo": I pass;
#   "difícil", Indonesian "susah bgt": hard; Tagalog "teka lang" wait, "ano nga ulit" what was it again, "ang hirap" so hard, "pasagot naman" the answer please,
#   "ang lakas niya" she's so strong; Indonesian "aduh lupa" ugh I forgot, "bentar" a sec, "apa ya" what is it; "espera cuál";
#   Indonesian "ganteng bgt", "cantik": so handsome, pretty; "ayo(o)": come on; "jawabannya", Tagalog "ang sagot ay": the answer is; "obvio": obviously)
# Korean words of address typed in letters after a name ("suhyeok oppa", "jihu unnie", "byeongchan ssaem"): the person
# so called, no second name ("appa", "eomma" are a parent: another person)
KOREAN_ADDRESS = frozenset(
    "oppa unnie eonni noona nuna hyung hyungnim sunbae sunbaenim ssaem saem ssam ssi nim seonsaengnim ajusshi ahjussi ajeossi"
    .split()
)
# Titles and place words that may stand before an accepted answer without naming another one:
# "Mt Etna", "Capt Nemo", "President Obama", "Sir Paul McCartney".
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr doctor sir dame madame madam lord lady king queen prince princess emperor empress
    president pres senator sen governor gov mayor prime minister pm chancellor general gen colonel
    col captain capt cpt major maj lieutenant lt sergeant sgt admiral adm commander cmdr officer
    agent detective det professor prof coach saint st mt mount lake river cape fort port isle
    island uncle aunt auntie grandpa grandma pope father mother sister brother rev reverend
    judge justice chief master mister lil big old young jr sr god goddess banjang
    """.split()
)
CONNECTORS = frozenset({"and", "or", "vs", "versus", "n"})
NEGATIONS = frozenset({"not", "isnt", "wasnt", "aint", "never", "nor", "arent", "werent"})
# "anyone but gwinam", "anything except 12": every candidate save one, which is ruled out, not guessed
ANY_OTHER = frozenset({"anyone", "anybody", "anything", "everyone", "everybody"})
SAVE_FOR = frozenset({"but", "except", "besides"})
FILLER_WORDS = CHAT_WORDS | SENTENCE_WORDS | CONNECTORS
# "gwinam or anyone", "suhyeok or someone idk": a guess left open to every other one (where "X or something", "X or
# whatever his name is" hedge over how one name is said)
_OR_ANYONE = compile_later(r"\b(?:or|atau|o|ou)\s+(?:any|some)\s*(?:one|body)(?:\s+else)?\b(.*)$", re.I)


# "11 or am i dumb", "cheongsan? or not", "suhyeok or smth", "gwinam or whatever his name is": a hedge closing one guess.
# (Begun at the first of its spaces and commas, its end's run taken once: tried from each of a long run, the square of it.)
_OR_HEDGE = compile_later(
    r"(?<![\s,?])[\s,?]*\bor\s+(?:am\s+i\s+(?:dumb|wrong|stupid|crazy|trippin[g']?|misremembering|mixing\s+(?:it|them)\s+up)"
    r"|not|smth|sth|smthn|smthng|whatever(?:\s+(?:his|her|their)\s+names?\s+is)?)(?:\s+like\s+that)?(?=[\s?!.…]*+(?:lol|lmao|idk)?[\s?!.…]*$)",
    re.I,
)


def without_hedge(text: str) -> str:
    """The message without a hedge closing its one guess ("11 or am i dumb" -> "11?"), as typed when it has none."""
    return _OR_HEDGE.sub("?", text, count=1)


def open_to_anyone(text: str) -> bool:
    """Whether a message ends by leaving its guess open to anyone ("gwinam or anyone", "onjo or someone else lol")."""
    found = _OR_ANYONE.search(text)
    return found is not None and all(is_filler(w) for w in read(found.group(1)).tokens)

# Framing around an answer: stripped at the start ("i think its", "my answer is", "is it") and at
# the end ("i guess", "lol", "right?") of a message before its core is compared.
_LEADING_FRAME = frozenset(
    """
    i think its it is was maybe probably my answer guess the a an pretty sure im believe say id
    would could must be gotta has have to um uh er erm hmm hm ok okay oh ah lol lmao omg so well
    wait definitely obviously surely perhaps that thats know easy final go with going gonna
    yeah yes no nah uhh umm hmmm kinda like feel prob probs prolly
    cest itu kayaknya
    mujhe mujhko lagta lagti hai shayad rasanya mungkin sepertinya kurasa siguro
    creo pienso supongo que es yo acho eu e je pense tal vez talvez quizas quiza
    """.split()
)  # (and in other languages: French "c'est", "je pense que", Spanish "creo que es", Portuguese "acho que é", Indonesian
# "itu", "kayaknya", "rasanya", Hindi "mujhe lagta hai", Tagalog "siguro")
_TRAILING_FRAME = frozenset(
    """
    i think guess lol lmao haha hehe xd maybe probably right no yes idk believe ok okay perhaps
    obviously surely for sure imo tbh is it was hmm hm or something whatever smh though tho final
    kan sih deh dong kayaknya ata yata lah hai hain hoga tha thi siguro pala kot creo acho supongo po yun yan nha ba ne
    """.split()
)  # (Indonesian "itu gwinam kan", Tagalog "onjo ata", "onjo pala", "woojin po", "namra yun", Vietnamese "woojin nha", Malay "KL lah", Hindi "namra hi hai": a hedge after a guess)
ARTICLES = frozenset({"the", "a", "an"})
# Spanish and Portuguese articles a player puts before each noun of an answer ("el arco y la flecha" for
# "arco y flecha"); "a" and "as" are left out, being English words too
OTHER_LANGUAGE_ARTICLES = frozenset("el la los las un una unos unas o os um uma".split())
# ...and Tagalog's and Indonesian's "the one" before a word ("yung buntis", "yang hamil")
THE_ONE = OTHER_LANGUAGE_ARTICLES | {"yung", "yang", "ang"}
# One telling of oneself ("i was class president lol", Spanish "fui presidenta de la clase", Portuguese "eu era", Indonesian
# "aku dulu ketua kelas"): what follows is the player's own past, no guess, unless it frames one ("i was gonna say", "im sure")
_OF_ONESELF = (("i", "was"), ("i", "am"), ("im",), ("i", "used", "to", "be"), ("fui",), ("yo", "fui"), ("yo", "era"),
               ("yo", "soy"), ("eu", "era"), ("eu", "fui"), ("eu", "sou"), ("aku", "dulu"), ("saya", "dulu"), ("gue", "dulu"))
_FRAMED_AFTER = frozenset("gonna going gon thinking think sure pretty 100 def definitely positive guessing about between torn".split())


def of_oneself(tokens: Sequence[str]) -> int:
    """How many words open a message by telling of oneself ("i was" of "i was class president lol"), or 0."""
    said = next((len(opening) for opening in _OF_ONESELF if tuple(tokens[: len(opening)]) == opening), 0)
    return said if said < len(tokens) and tokens[said] not in _FRAMED_AFTER and not tokens[said].endswith("ing") else 0


# A player speaking as a character ("im namra lol", Spanish "soy namra jaja", Portuguese "eu sou", Tagalog "ako si hari",
# Indonesian "aku hari wkwk", Vietnamese "tôi là namra"): role play, no guess, even where that character answers (as "i was
# class president lol"); never a name those words open ("Im Jae-hyuk") nor a guess framed ("im going with namra").
_AS_SOMEONE = (("i", "am"), ("im",), ("yo", "soy"), ("soy",), ("eu", "sou"), ("sou",), ("ako", "si"), ("aku",), ("gue",))
# ...and what one says one is of a character ("im namra's biggest fan", "im so namra coded", "soy team namra", "eu sou fã do
# suhyeok", Vietnamese "tôi là fan của namra"): talk of oneself, as "im onjo's biggest fan" (folded: "fã" is "fa")
_ONES_STANCE = frozenset("fan fans fa team coded hater haters".split())
_ARTICLE_AS = frozenset("a o la el".split())
_GUESS_AFTER = frozenset("but its pero mas answer".split())  # ("eu sou a namra", "soy la namra")


class _Kinded(Protocol):
    @property
    def kind(self) -> str: ...


class _Named(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def candidates(self) -> tuple[_Kinded, ...]: ...


def speaks_as(tokens: Sequence[str], mentions: Callable[[str], Sequence[_Named]]) -> bool:
    """Whether a message opens with the player saying they are a character the lore knows ("im namra lol"), by the
    resolver's `mentions` of a text."""
    said = next((len(opening) for opening in _AS_SOMEONE if tuple(tokens[: len(opening)]) == opening), 0)
    if not said or said == len(tokens):
        return False
    if not _ONES_STANCE.isdisjoint(tokens[said:]):
        if not _GUESS_AFTER.isdisjoint(tokens):
            return False  # "im team namra but its onjo": a guess after one's stance
        owned = [t[:-1] if t.endswith("s") else t for t in tokens]  # ("namras": Nam-ra's)
        near = (" ".join(owned[max(said, k - 2) : k + 3]) for k, t in enumerate(tokens) if k >= said and t in _ONES_STANCE)
        return any(c.kind == "character" for text in near for m in mentions(text) for c in m.candidates)
    said += int(tokens[said] in _ARTICLE_AS and said + 1 < len(tokens))
    rest, whole = " ".join(tokens[said:]), " ".join(tokens)
    named = mentions(rest)
    return bool(named) and rest.startswith(named[0].text.lower()) and all(c.kind == "character" for c in named[0].candidates) and not any(
        whole.startswith(m.text.lower()) for m in mentions(whole)
    )


# What one's guess is called after it ("hari is my answer", "6 is my guess")
_CALLED_GUESS = frozenset("answer guess pick bet choice".split())
_IS_MINE = frozenset((w, "my") for w in ("is", "s", "was"))

# A question put back to the others ("who is that?", "anyone know?") is chat, not a guess, unless
# it frames one ("is it Paris?", "could it be Rome?").
_QUESTION_STARTERS = frozenset(
    """
    who what whats where when why how which whose whom anyone anybody does do did can could should
    would will are am r u you isnt wasnt dont doesnt didnt hows wheres whos whys is was has have
    """.split()
)
_GUESS_QUESTIONS: tuple[tuple[str, ...], ...] = (
    ("is", "it"), ("was", "it"), ("could", "it"), ("would", "it"), ("is", "that"), ("was", "that"),
    ("isnt", "it"), ("wasnt", "it"), ("can", "it"), ("might", "it"),
)

# -- Discord markup that is never part of an answer ----------------------------------------------

_MARKUP = compile_later(
    r"<a?:\w{1,32}:\d{5,25}>"  # custom emoji
    r"|<(?:@[!&]?|#)\d{5,25}>"  # user, role and channel mentions
    r"|@(?:everyone|here)\b"
    r"|(?<![\w@.])@[a-z0-9_.]{2,32}"  # a name typed after "@" ("@jisoo atlnta"): who it is said to
    r"|(?<!\w):[a-z0-9_+\-]{2,32}:(?!\w)"  # :shortcode: emoji
    r"|(?<!\w)(?:[:;=][\-']?[()\[\]dpo3/\\|*]+|8-?[()]+|<3+|\^\^|[tT]_[tT]|>_<|-_-|o_o|[xX]D+)(?!\w)",  # emoticons
    re.IGNORECASE,
)
_ADDRESSED = compile_later(r"<@!?\d{5,25}>|(?<![\w@.])@(?!everyone\b|here\b)[a-z0-9_.]{2,32}", re.IGNORECASE)
_LINK = compile_later(r"https?://\S+", re.IGNORECASE)
# Every match of _MARKUP holds one of these: most messages skip the slower pattern.
_MARKUP_HINT = compile_later(r"[<@:;=^_]|8-?[()]|xd|-_", re.IGNORECASE)
_LAUGHTER = compile_later(r"^(?:a?h[ah]{2,}h*|(?:he){2,}h?|l+o+l+[ol]*|lm+f*a+o+|x+d+|k{3,}|w{3,}|a+h+|o+h+|u+g+h+|(?:ja){2,}j?|(?:je){2,}j?|(?:wk){2,}w?|5{3,})$")  # (Spanish "jajaja", Indonesian "wkwk", Thai "555")
_LONG_RUN = compile_later(r"(.)\1{2,}")


def laughs(word: str) -> bool:
    """Whether a word is laughter ("lmaooo", "jajaja", "wkwk")."""
    return bool(_LAUGHTER.match(word))


MAX_ATTEMPT_WORDS = 6  # a core longer than this (and longer than any answer) is a sentence: chat


_STRUCK = compile_later(r"~~(?!~)(.+?)~~")


def strip_markup(text: str, *, links: bool = True) -> str:
    """The text without custom emoji, mentions (a name typed after "@" too), :shortcodes:, emoticons, struck-out words ("~~mars~~
    jupiter": taken back) and (unless `links` is False) links. An answer may be a link, so the
    matcher keeps them; chat never needs them."""
    if "~~" in text:
        text = _STRUCK.sub(" ", text)
    if _MARKUP_HINT.search(text):
        text = _MARKUP.sub(" ", text)
    if links and "://" in text:
        text = _LINK.sub(" ", text)
    return text


def addresses_someone(text: str) -> bool:
    """Whether a message is said to someone ("@jisoo you know this", a mention): talk to them,
    unless it names an answer (which the matcher looks for first: "@minji seoul")."""
    return "@" in text and _ADDRESSED.search(text) is not None


STRETCHED = compile_later(r"([a-zA-Z])\1{2,}").search


def destretched(tokens: tuple[str, ...], keep: Container[str] = ()) -> tuple[str, ...]:
    """Words stretched for emphasis a typo away from themselves ("jupiterrrr" as "jupiterr"); chat
    words ("lmaooo") and words in `keep` (an answer's own: "FFVIII") are left as they are."""
    return tuple(
        t if is_chat_word(t) or not t.isalpha() or t in keep else _LONG_LETTERS.sub(r"\1\1", t) for t in tokens
    )


_LONG_LETTERS = compile_later(r"([a-z])\1{2,}")


def is_chat_word(word: str) -> bool:
    """A word that says nothing about the answer ("lol", "hmmmm", "hahaha", "yesss")."""
    known = _CHAT_MEMO.get(word)
    if known is None:
        known = _is_chat_word(word)
        if len(_CHAT_MEMO) >= _MEMO_SIZE:
            _CHAT_MEMO.clear()  # bounded; clear() is atomic
        _CHAT_MEMO[word] = known
    return known


def _is_chat_word(word: str) -> bool:
    if word in CHAT_WORDS or _LAUGHTER.match(word) or is_korean_talk(word):
        return True
    if _LONG_RUN.search(word):
        # "omggg", "brbbb", "sooooo": a stretched word is the word
        return _LONG_RUN.sub(r"\1", word) in FILLER_WORDS or _LONG_RUN.sub(r"\1\1", word) in FILLER_WORDS
    return False


# A word's verdict depends on the word alone, and chat repeats its words: remembered (bounded).
_CHAT_MEMO: dict[str, bool] = {}
_MEMO_SIZE = 20_000


def is_filler(word: str) -> bool:
    """A word that is not part of an answer: chat, sentence glue or a connector."""
    return word in SENTENCE_WORDS or word in CONNECTORS or is_chat_word(word)


# Whose it is or whom it is told to, after the thing: Portuguese "dela"/"dele", Tagalog "niya", Indonesian "nya", and
# Indonesian calls to another player ("kak", "bang", "mbak")
TOLD_AFTER = frozenset("dela dele niya nya kak bang mbak".split())


# Disgust before a framed guess ("ew its gwinam"): a reaction, the guess after it
_YUCK = frozenset("ew eww ewww yuck yikes gross ick".split())
# ...but not one saying it is him again ("ew its gwinam again", "lagi", "naman"): a reaction to what is on screen or said
_AGAIN = frozenset("again lagi naman".split())


def disgusted_again(tokens: Sequence[str], start: int) -> bool:
    """Whether the name at `start` follows "ew its" and "again" comes after it ("ew its gwinam again"): a reaction to
    him on screen or in another's guess, no guess of one's own (never handed points for an echo)."""
    return start >= 2 and tokens[start - 2] in _YUCK and tokens[start - 1] == "its" and not _AGAIN.isdisjoint(tokens[start + 1 :])


def core_bounds(tokens: Sequence[str], keep: frozenset[int] = frozenset()) -> tuple[int, int]:
    """[start, end) of a message's core: framing words dropped at both ends, at least one word kept,
    and never a word at an index in `keep` (a word already known to be an answer: "True lol")."""
    start, end = 0, len(tokens)
    while end - start > 1 and start not in keep and (
        tokens[start] in _LEADING_FRAME or is_chat_word(tokens[start]) or (tokens[start] in _YUCK and tokens[start + 1] == "its" and _AGAIN.isdisjoint(tokens))
    ) and not (tokens[start] == "no" and tokens[start + 1] in ("es", "e")) and not (  # (Spanish "no es onjo": not On-jo)
        tokens[start] in ANY_OTHER and tokens[start + 1] in SAVE_FOR  # ("anyone but gwinam": not Gwi-nam)
    ):
        start += 1
    said = 4 if tokens[end - 2 : end - 1] == ("final",) else 3  # ("hari is my final answer")
    if end - start > said and tokens[end - 1] in _CALLED_GUESS and tuple(tokens[end - said : end - said + 2]) in _IS_MINE and not (
        keep & set(range(end - said, end))
    ):
        end -= said  # "hari is my answer": the guess, as "my answer is hari" frames it
    while end - start > 1 and end - 1 not in keep and (
        tokens[end - 1] in _TRAILING_FRAME or is_chat_word(tokens[end - 1])
    ):
        end -= 1
    if end - start > 1 and start not in keep and tokens[start] in ARTICLES:
        start += 1
    return start, end


# Without a question mark, "who knows", "how do i play", "what is this" still ask rather than guess
# ("what about paris" does not).
_ASKING_WORDS = frozenset("who what whats how hows why whys where wheres when".split())
_ASKING_NEXT = frozenset(
    """
    is are was were do does did knows know cares care can could would should will the i you we it its
    am even happened
    """.split()
)
# Pronouns and verbs that make a message of three words or more a sentence about the game ("this
# question is stupid", "i love this show") when the answers are one or two words.
_SENTENCE_SIGNS = frozenset(
    """
    i me my you your we our us im ive id youre is are was were am do does did dont doesnt didnt cant
    can should would could will wont this that
    """.split()
)


_OPENERS = frozenset("wait ok okay so but and hmm hm um uh oh lol guys yo hold on".split())


def is_question_back(tokens: Sequence[str], text: str) -> bool:
    """A question put to the others ("who knows?", "what year was it?") rather than a framed guess."""
    if not tokens:
        return False
    opened = 0
    while opened < len(tokens) - 2 and tokens[opened] in _OPENERS:
        opened += 1  # "wait who survived again", "ok but what year"
    first, second = tokens[opened], tokens[opened + 1] if opened + 1 < len(tokens) else ""
    if first in _ASKING_WORDS and (second in _ASKING_NEXT or (len(second) >= 5 and second.endswith("ed"))):
        return True  # "who knows", "who survived"
    if first in ("which", "what") and opened + 2 == len(tokens) and second.isalpha():
        return True  # "wait which award", "which season", "wait what award": which one the question means, asked back
    if "?" not in text:
        return False
    if len(tokens) >= 2 and tokens[-1] in ("who", "what") and text.rstrip().endswith("?"):
        return True  # "he who?", "the what?"
    if tokens[0] not in _QUESTION_STARTERS:
        return False
    return tuple(tokens[:2]) not in _GUESS_QUESTIONS


def content_words(tokens: Sequence[str], keep: frozenset[str] = frozenset()) -> list[str]:
    """The words that could be (part of) an answer: not chat, not sentence glue, not a title.

    `keep` holds words of the question's own answers and options, which are content even when
    they look like chat ("Yes", "Nice", "Help")."""
    return [
        t for t in tokens
        if t in keep or is_number(t) or not (is_filler(t) or t in TITLE_WORDS)
    ]


def classify_tokens(
    tokens: Sequence[str],
    text: str,
    answer_words: frozenset[str] = frozenset(),
    longest_answer: int = 1,
) -> Verdict:
    """`classify` for a message already read (`tokens` from `bot.trivia.normal.read`)."""
    if not tokens:
        return Verdict.CHAT  # emoji, punctuation, a mention or a link alone
    if is_question_back(tokens, text):
        return Verdict.CHAT
    start, end = core_bounds(tokens)
    core = tokens[start:end]
    content = content_words(core, answer_words)
    if not content:
        if len(core) == 1 and (core[0] in answer_words or is_number(core[0]) or _title_alone(tokens)):
            return Verdict.WRONG_ATTEMPT  # ("prince", "king": a title typed alone names a thing or someone)
        return Verdict.CHAT
    if len(core) > max(MAX_ATTEMPT_WORDS, longest_answer + 2):
        return Verdict.CHAT
    if (
        longest_answer <= 2 and len(core) >= 3 and not _SENTENCE_SIGNS.isdisjoint(core)
        and answer_words.isdisjoint(core)
    ):
        return Verdict.CHAT
    if len(core) > 2 and core[0] in _NEGATED_OPENERS and core[1] in ("it", "that"):
        core = core[2 + (core[2:3] == ("be",)):]  # "wasnt it busan": a framed attempt
    if is_talk(tokens, core, content, answer_words) or (
        answer_words.isdisjoint(tokens) and is_talk_shaped(tokens, start, core, content, text, longest_answer)
    ):
        return Verdict.CHAT
    return Verdict.WRONG_ATTEMPT


def _title_alone(tokens: Sequence[str]) -> bool:
    """A title typed alone that names someone ("prince", "doctor"), not a call or praise ("god",
    "queen"), a place word ("cape") or an adjective too ("general")."""
    return len(tokens) == 1 and tokens[0] in _NAMING_TITLES


_NAMING_TITLES = frozenset(
    """
    doctor prince princess emperor empress president senator governor mayor chancellor colonel captain
    lieutenant sergeant admiral commander officer detective professor coach pope judge
    """.split()
)
_NEGATED_OPENERS = frozenset({"isnt", "wasnt", "aint", "couldnt", "wouldnt", "cant", "shouldnt"})
_OOPS = frozenset({"oops", "whoops"})
_TAKE_BACK = frozenset({"no", "nope", "nah", "nvm", "scratch", "jk", "jkjk", "nahi", "nahin", "아니", *_OOPS})  # (Hindi "nahi nahi"; Korean "onjo, 아니 남라")
_SURE = frozenset((w,) for w in "doubt cap question lie joke kidding contest brainer".split())  # "no doubt"
# ("X no no Y", "X no sorry Y")
_RESTART = frozenset({"wait", "actually", "i", "mean", "that", "its", "it", "is", "sorry", "sry", "soz", *_TAKE_BACK})
# What "no" opens that is no taking back ("no idea", "but no spoilers"): a saying of its own.
NO_IDIOMS = frozenset("one way idea clue doubt cap lie joke kidding offense offence hate spoilers matter".split())
_ASKED_THEN_NO = compile_later(r"\?\s*no\b", re.IGNORECASE)
_WAITING = frozenset({"wait", "oh", "oops", "hmm", "eh"})  # before "no", a player stopping themselves: "X wait no Y", "X eh no, Y"
_EDITED = frozenset({"nvm", "scratch"})  # after "edit", the same: "X edit: nvm its Y" (an edit note keeps the last guess)


def taken_back(tokens: Sequence[str], text: str, seps: Container[int] = ()) -> tuple[str, ...] | None:
    """The words a player still stands by when the message takes back what came before ("jupiter no",
    "jupiter? nope", "saturn no wait jupiter", "saturn no, jupiter": "jupiter"), or None when nothing
    is taken back ("widowmaker no limits": a "no" that runs on into more words, `seps` saying where
    punctuation stands); a "no?" that ends the message asks ("it's jupiter no?"), and a "no" after
    framing words is an answer ("i think no")."""
    for i in range(len(tokens) - 1, 0, -1):
        waited = (tokens[i - 1] in _WAITING or (tokens[i - 1] == "edit" and tokens[i] in _EDITED)) and i >= 2 and not is_filler(
            tokens[i - 2]
        )  # "gwinam- wait no suhyeok", "onjo edit: nvm its namra"
        if tokens[i] not in _TAKE_BACK or (is_filler(tokens[i - 1]) and not waited) or tokens[i + 1 : i + 2] in _SURE:
            continue
        if i == len(tokens) - 1 and text.rstrip().endswith("?"):
            return None
        rest = tokens[i + 1 :]
        if not rest and tokens[i] in _OOPS:
            continue  # "onjo oops": a slip said of the guess, still the guess ("onjo oops namra" corrects it)
        asked = i in seps and _ASKED_THEN_NO.search(text) is not None and (  # "onjo?? no namra": a reply to one's own question
            tuple(rest[:1]) == ("way",) or not rest or rest[0] not in NO_IDIOMS  # (not "namra? no idea")
        )
        if tokens[i] == "no" and tuple(rest[:1]) == ("way",) and asked and not any(map(is_filler, rest[1:])):
            rest = rest[1:]  # "cheongsan?? no way": the guess asked, then disbelieved
        elif rest and tokens[i] == "no" and not waited and not asked and rest[0] not in _RESTART and i + 1 not in seps:
            return None  # "widowmaker no limits": a title, or a list of items
        while rest and rest[0] in _RESTART:
            rest = rest[1:]
        return tuple(rest)
    return None


def classify(
    text: str,
    *,
    answer_words: frozenset[str] = frozenset(),
    longest_answer: int = 1,
) -> Verdict:
    """WRONG_ATTEMPT when a message that matched nothing is shaped like an answer, else CHAT.

    answer_words: words of the question's answers and options (never chat here, see
    `answer_vocabulary`); longest_answer: the most words an accepted answer has (a long title is
    not a sentence)."""
    cleaned = strip_markup(text)
    return classify_tokens(read(cleaned).tokens, cleaned, answer_words, longest_answer)


def answer_vocabulary(texts: Sequence[str]) -> frozenset[str]:
    """The one-word answers and options of a question ("Yes", "Nice", "Help"), which are never
    chat in its game, with yes/no and true/false paired."""
    words: set[str] = set()
    for text in texts:
        tokens = read(text).tokens
        if len(tokens) == 1:
            words.add(tokens[0])
    for a, b in (("yes", "no"), ("true", "false")):
        if a in words or b in words:
            words.update((a, b))
    return frozenset(words)


def everyday_word(answer: str, typed: str) -> bool:
    """Whether an answer is a word chat uses anyway ("go", "will", "us", "may", "no"; "one" typed as a
    word for the answer 1): said among other words, it is talk unless those only frame it."""
    return answer in FILLER_WORDS or (answer == "1" and re.search(r"\bone\b", typed.lower()) is not None)


def framed_only(tokens: Sequence[str], start: int, end: int) -> bool:
    """Whether every word around tokens[start:end] only frames a guess (a hedge, laughter, an article:
    "will i think", "us??", "no lol"), not talk it takes part in ("one sec", "let's go", "too hard for us")."""
    return all(
        t in _LEADING_FRAME or t in _TRAILING_FRAME or t in ARTICLES or _LAUGHTER.match(t) or t == tokens[start]
        for t in (*tokens[:start], *tokens[end:])
    )
