"""Is a message that named nothing of the question talk, or an attempt at its answer?

Asked only of a message that matched no answer, option, near miss or known name, so being wrong
here costs little either way: taking talk for an attempt costs its author a guess and a "wrong!",
taking a wrong attempt for talk only spares it. An attempt is a name or a noun phrase ("seoul",
"police officer", "train to seoul", "three months"), framed or not ("i think it's busan"). Talk is
shaped otherwise:

- a clause: a pronoun or a verb of being, doing or having after the framing words ("he deserved it",
  "i love her", "she is so underrated", "wait is this spoilers", "rip my streak");
- an intensifier or a negation ("so cute", "never read it", "too many episodes");
- someone saying what they do ("i want chicken now", "i cried at the end"; not "i think", "i'd say");
- a verdict on something ("that was brutal", "sequel was meh");
- words about the game, the show or how one feels, only or for half the words ("best scene",
  "hate hate hate", "spoiler alert", "best zombie movie"), beside chat (a word of the question is an
  attempt: "Mexico" for the capital of Mexico; so is a number: "episode 12");
- Korean chat (`bot.trivia.hangul.is_korean_talk`: "ㅋㅋㅋ 뭐야", "진짜 몰라", "웹툰 봤어?"), or a
  Korean sentence, which ends with its verb ("치킨 먹고싶다"); a hedge after a name is no verb
  ("서울 아님?": "isn't it Seoul?" is an attempt);
- a question ending with its question word ("season 2 when");
- only the noun the question asks about, said back ("months?" for "How many months...",
  `only_what_is_asked`).

Whatever a message names, a fan's own talk is no attempt, asked before anything is matched (`fan_talk`):
stanning someone ("i stan namra"), a ranking where no rank is asked ("top 3 namra scenes"), a meme
("press f"), a streak or a score ("3 for 3 today", "got 12/12 on the quiz"), unless the answer's own
words say it ("stan lee").

Shapes no word list names (`is_talk_shaped`), which carry over to any question:
- a word that qualifies what follows it rather than frames a guess: a possessive, a demonstrative
  or an intensifier right before the core ("so brave", "that laugh", "my bias", "rip that city";
  "is that busan?" and "ok so busan?" frame one);
- a verb in -ing ("sharing passwords", "brb ordering"; not after an article: "the building");
- a place or time said with a preposition ("it was in the lab", "the one from the webtoon?"), someone
  described ("the girl from hospital playlist?"), two clauses joined ("old but gold", "easy if you
  watched it"); a guess given with its reason is still a guess ("busan from the trailer");
- a core of four words or more, longer than any answer by three, listing nothing and not shaped as a
  title ("that whole rooftop fight scene"; not "dawn of the dead");
- a feeling shown by an emoji ("the rooftop 😭", "that poor girl 🥲"; laughter is no sign: "tokyo 😂"
  may be a joke guess);
- Korean words around a Korean chat word ("그 옥상 장면", "진짜 명작", "아 거기"; a hedge after a name
  is still an attempt: "서울 아님?");
- said to someone ("@yuna look at this", `bot.trivia.guesses.addresses_someone`), unless it is only
  a guess ("@yuna busan").

`keep`: the words of the question's own answers and options, which are never talk ("Best", "Love").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Sequence
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from bot.lazy_re import compile_later
from bot.lore.name_keys import KOREAN_SURNAMES
from bot.trivia.chatabroad import pitied_together, praised, said_apart, tagalog_remark
from bot.trivia.emojis import shows_feeling
from bot.trivia.hangul import HEDGES, has_hangul, is_korean_predicate, is_korean_talk
from bot.trivia.normal import TALLIED, TENS, UNITS, Reading
from bot.trivia.stretches import EPISODES, IS_WAS, episode_remarked, others_told_of, stretch

# Words of a clause: pronouns, verbs of being, doing and having, modals, negations, intensifiers.
CLAUSE_WORDS = frozenset(
    """
    i me my mine you your yours he him his she her hers it its we us our they them their this that these
    those there here im ive id ill youre youve hes shes theyre weve were thats theres whats wheres heres
    is are was am be been being isnt arent wasnt werent do does did dont doesnt didnt done doing
    has have had hasnt havent hadnt having can cant could couldnt would wouldnt should shouldnt will wont
    shall may might must never not so very too really such much most always ever still already
    want wants wanted need needs needed saw seen felt missed deserve deserves deserved looks looked seems seemed
    """.split()
)
# ...in Spanish and Portuguese: my ("mi" is no word of its own: Mi-jin), I, am, be, was, have, lost ("meu tio é caolho kkk", "no seas tuerto", "perdí el celular")
_OTHER_CLAUSE_WORDS = frozenset("mis meu minha meus yo eu soy sou eres estoy estou seas sea ser tengo tenho tiene perdi fui foi fue".split())
# Words about the game, the show or a feeling: never an answer on their own here.
TALK_WORDS = frozenset(
    """
    show shows series drama kdrama episode episodes ep eps scene scenes season seasons character
    characters actor actors actress actresses cast name names question questions trivia streak
    streaks points hint hints spoiler spoilers spoil spoiled spoiling ending plot chat reference guy
    guys girl girls thing things stuff one ones cute sad crazy insane gross scary creepy underrated
    overrated iconic cool handsome pretty beautiful amazing awesome best worst favorite favourite
    fave fav annoying satisfying legend legendary queen icon slay slayed slaying ate hate hated
    hates love loved loves cried cry crying scream screamed screaming cheered cheering hungry
    craving vibes vibe imagine finally typing nvm ew ewww mmm yum yummy aww awww respect respects
    grim early late pass peak cinema classic behaviour behavior material alert free fault irl tho
    rewatch rewatched rewatching binge binged watching watched read reading heard remember forgot
    forgotten mood same real fake exist exists hurry sweet tall fine ok mm movie movies films dad
    mom mum parents try food lunch dinner breakfast snack snacks poor good bad great terrible
    horrible awful sick dope lit mid trash boring fun funny hilarious weird strange obvious simple
    obscure random wholesome cursed based unreal unfair fair rigged lucky unlucky clutch carry
    carrying sweat sweaty tryhard noob noobs pro goat ratio cap nocap lowkey highkey frfr deadass
    slaps sus yikes oof welp phew whew ahhh ooh oooh boo gah bleh ezpz secs mins rn idek istg ong
    bestie besties yall anyway anyways savage legit scared terrified shook shocked speechless dying
    rip sobbing
    wild brutal freebie argh eww meh nightmare nightmares hero heroes villain villains fictional imaginary
    sequel prequel remake gimme boy boys kid kids dude childhood nostalgia nostalgic flashback flashbacks
    memories trauma traumatized traumatised chills goosebumps tense intense epic wholesome painful
    heartbreaking brave bravest smart dumb stupid genius masterpiece overhyped underhyped jumpscare
    jumpscares bloody gory gore disgusting nasty cringe cringy cute cutest adorable mvp ship shipping otp thanks
    karma justice payback confession confessions
    """.split()
)
# Someone saying what they do ("i want chicken", "i cried at the end", "he deserved it"), unless it
# frames a guess ("i think", "i'd say", "im going with", "she is").
_SUBJECTS = frozenset({
    "i", "im", "id", "ive", "he", "she", "they", "we", "you", "hes", "shes", "theyre", "youre",
    "many", "everyone", "everybody", "nobody", "people", "someone", "somebody",  # "so many died", "everyone says"
})
_FRAMING_VERBS = frozenset(
    """
    think thought guess guessing believe say said reckon bet know mean meant swear vote pick choose
    go going gonna wanna would will am is was are be pretty sure 100 def definitely probably maybe
    feel suppose assume figure
    """.split()
)


def is_talk(tokens: Sequence[str], core: Sequence[str], content: Sequence[str], keep: Collection[str]) -> bool:
    """Whether a message (its `tokens`, its `core` without the framing words, and the `content`
    words of that) that named nothing of the question is talk rather than an attempt (see module
    docstring)."""
    if judges(tokens):
        return True  # a verdict, whatever it is on: "the english dub is awful"
    if any(w in keep for w in content):
        return False  # a word of an answer or an option: an attempt at it
    if any(w in CLAUSE_WORDS or w in _OTHER_CLAUSE_WORDS for w in core) or tuple(tokens[:2]) == ("what", "a"):
        return True
    if len(tokens) >= 2 and (tokens[-1] in _ASKING_LAST or is_korean_predicate(tokens[-1])):
        return True  # "season 2 when", "webtoon fans where"; "바이러스 이름 뭐였지", "치킨 먹고싶다"
    if _says_what_they_do(tokens):
        return True
    talk = sum(w in TALK_WORDS for w in content)
    if talk == len(content):
        return True
    # ("episode 12" is an attempt: a number is what it says)
    return len(content) >= 2 and 2 * talk >= len(content) and not any(w[:1].isdigit() for w in content)


_ASKING_LAST = frozenset({"when", "where", "why", "how", "wya"})
# "Who was it again?" in the languages fans ask it back in: Korean 누구 with its endings last ("반장 누구더라", "누구였지"),
# Indonesian "siapa" last (before "ya", "sih", "lagi"), Tagalog "sino" first ("sino ba yung class pres"). Never the
# rhetorical "who else but" ("누구긴 남라지", "누구겠어") nor Spanish "sino" ("no es onjo sino namra": rather Nam-ra).
_WHO_RHETORICAL = frozenset("누구긴 누구겠어 누구겠냐 누구게".split())
_ASKED_AFTER_WHO = frozenset("ya sih lagi tuh yah".split())
_TAGALOG_ANSWERING = frozenset("si edi syempre siyempre".split())  # ("sino pa, edi si namra": who else, Nam-ra)


_WHO_WORDS = compile_later(r"누구|누군|siapa|^\W*(?:sino|qui[eé]n|quem|who|ano\s+ba)\b|\bsino\s+y[au]n\W*$", re.I).search  # (most messages hold none: one look)
# "siapa namra?", "quién es onjo??", "quem é a onjo?": who someone is, asked with the name after (never "siapa lagi
# kalau bukan namra": who else but Nam-ra)
_WHO_IS = frozenset("es era fue e eh".split())
_WHO_ELSE = frozenset("lagi kalau kalo klo selain bukan".split())
_WHO_ELSE_EN = frozenset("else but except besides".split())  # ("who else but namra?": Nam-ra, the answer given)


# Tagalog asking whether someone did or had something, "ba" after the verb and "si" before the name ("kinagat ba talaga
# si namra?": was Nam-ra really bitten?), never "si namra ba?" (is it Nam-ra?), a hedged guess
_ASKED_OF = compile_later(r"(?<!\w)(?!si\b)[^\W\d_]+\s+ba\s+(?:talaga\s+|ulit\s+|naman\s+)?si\s+[^\W\d_]", re.I).search


_WHO_THAT = frozenset({("sino", "yan"), ("sino", "yun")})
_THAT_ONE = frozenset("yan yun yung ba naman ito to".split())
_ANSWERED_AFTER = compile_later(r"\?\s*[^\W\d_]").search


def asks_who_back(text: str, read_words: Callable[[str], Sequence[str]]) -> bool:
    """Whether a message asks the others who someone is, in Korean, Indonesian or Tagalog ("반장 누구더라", "ketua kelas
    siapa ya", "sino yung class pres"), or in Tagalog whether someone did so ("kinagat ba si namra?"): a question back,
    whatever role or name it holds, no guess. `read_words` reads the text's words."""
    if text.rstrip().endswith("?") and _ASKED_OF(text):
        return True
    if not _WHO_WORDS(text):
        return False
    tokens = read_words(text)
    if not tokens:
        return False
    last = next((t for t in reversed(tokens) if t not in _ASKED_AFTER_WHO), "")
    if last[:2] in ("누구", "누군") and last not in _WHO_RHETORICAL:
        return True
    if last == "siapa" and len(tokens) >= 2:
        return True
    if text.rstrip().endswith("?") and 2 <= len(tokens) <= 4 and (
        (tokens[0] == "siapa" and _WHO_ELSE.isdisjoint(tokens)) or (tokens[0] in ("quien", "quem") and tokens[1] in _WHO_IS)
    ):
        return True
    if tokens[0] == "who" and 3 <= len(tokens) <= 5 and text.rstrip().endswith("?") and "?" not in text.rstrip().rstrip("?") and "," not in text \
            and _WHO_ELSE_EN.isdisjoint(tokens):
        return True  # "who bit onjo??", "who bit namra again?": asked of the others, one question alone
    if tuple(tokens[-2:]) in _WHO_THAT or (tuple(tokens[:2]) == ("ano", "ba") and len(tokens) >= 3 and tokens[2] in _THAT_ONE):
        return True  # "lol yung hari 😂 sino yan" (who said that?), "ano ba yung ginawa na yun" (what was that?)
    if tuple(tokens[:2]) in _WHO_THAT and _ANSWERED_AFTER(text):
        return False  # "sino yan? namra": asked, then answered
    # ("sino si namra ulit?": who is Nam-ra again; "si" after "sino" is "is", no answer given)
    return tokens[0] == "sino" and len(tokens) >= 2 and _TAGALOG_ANSWERING.isdisjoint(tokens[2:] if tokens[1] == "si" else tokens)


def asks_at_end(tokens: Sequence[str]) -> bool:
    """Whether a message of three words or more ends asking ("the end of this round when"): a question
    to the others, whatever answer-like words it holds."""
    return len(tokens) >= 3 and tokens[-1] in _ASKING_LAST and not _awaited(tokens[:-1])


# A message about another question than the one open: the previous one ("onjo for the last one", "last q was 6"),
# or this one once it is revealed ("knew it was onjo, too slow", "i had mr lee typed"): talk, no guess. ("I was going
# to say country" stays a guess: said while the question is open.)
_ANOTHER_ROUND = compile_later(
    r"\b(?:for|on|to|of)\s+(?:the\s+)?(?:last|prev|previous|other|first)\s+(?:one|q|qs|question|round)\b"
    r"|\b(?:last|prev|previous)\s+(?:q|question|one|round)\s+(?:was|is|=)"
    r"|\bknew\s+it\b|\btoo\s+(?:slow|late)\b|\btime\s+ran\s+out\b"
    r"|\bi\s+had\s+(?:[\w'’.-]+\s+){1,3}typed\b|\bi\s+(?:said|typed)\s+that\b"
    r"|\b(?:last|pichla|pichle|pichli|pehla|pehle)\s+(?:wala|wale|wali|vala|sawal|question)\b"  # Hinglish "last wala"
    r"|\b(?:soalan|yang)\s+tadi\b|\b(?:yung|sa)\s+kanina\b"  # Malay "yang tadi", Tagalog "yung kanina": the one before
    r"|\blast\s+(?:round|time)\b"  # "my guess was suhyeok last round"
    r"|\btold\s+(?:u|you|ya|yall)\b|\bsabi\s+ko\s+na\b|\bmaine\s+(?:bola|kaha)\s+tha\b",  # the reveal: "told u it was onjo"
    re.I,
)


def of_another_round(text: str) -> bool:
    """Whether a message speaks of the previous question or of this one after its reveal (see `_ANOTHER_ROUND`)."""
    return _ANOTHER_ROUND.search(text) is not None


_SEASON_TAG = compile_later(r"^(?:s|pt)\d{1,2}$")  # "s2", "pt2"


def _awaited(tokens: Sequence[str]) -> bool:
    """Whether the words before a closing "when" name a season to come ("onjo!!! s2 when", "namra season 2 when"):
    hype for its release, said beside the guess, no question about it."""
    return bool(tokens) and (
        bool(_SEASON_TAG.match(tokens[-1]))
        or (len(tokens) >= 2 and tokens[-2] in ("season", "part", "pt") and tokens[-1].isdigit())
    )
_BEING = frozenset("is was are were isnt wasnt".split())


def judges(tokens: Sequence[str], verdicts: Collection[str] = ()) -> bool:
    """A verdict on something: a verb of being followed by talk only ("that was brutal", "sequel was
    meh", "it was so good"), which framing would otherwise strip down to the talk word; "it was
    busan" names something. `verdicts`: other words that may follow too ("the real mvp ngl")."""
    for i, word in enumerate(tokens[1:], 1):
        rest = tokens[i + 1 :]
        if word in _BEING and rest and all(w in TALK_WORDS or w in CLAUSE_WORDS or w in verdicts for w in rest):
            return True
    return False


def talk_beside(core: Sequence[str], words: Sequence[str], option: bool = False, felt: bool = False) -> bool:
    """Whether the words said beside another answer of the list (`core`: those of the message's core;
    `words`: all of them) make it talk about it ("episode 5 was crazy", "omg the library scene", "i
    only know seoul") rather than an attempt ("the library?", "i think seoul", "I'm Too Young To Die"),
    as a feeling shown by an emoji does (`felt`, `shows_feeling`: "nam-ra 🥺", "the rooftop 😭").
    Beside an `option` of the question only a clause does ("the english dub is awful"; "ep 1" tries)."""
    commented = not option and (any(w in _COMMENT_TAILS for w in core) or (len(words) >= 2 and words[-1] == "again"))
    return any(w in CLAUSE_WORDS or (w in TALK_WORDS and not option) for w in core) or _says_what_they_do(words) or (
        felt and not option
    ) or commented  # ("economics round ugh", "netflix numbers again": the round commented on)


def _says_what_they_do(tokens: Sequence[str]) -> bool:
    return any(w in _SUBJECTS and nxt not in _FRAMING_VERBS for w, nxt in pairwise(tokens))


# Words that qualify the word after them ("so brave", "that laugh", "my bias"): before a core, no frame.
# ("rip tony": mourning someone, no guess)
_QUALIFIERS = frozenset("my your his her our their this that these those so very too such really rip".split())
_COPULAS = frozenset("is was isnt wasnt".split())
_BEFORE_SO = frozenset("its is was were are im hes shes thats theyre youre looks looked feels felt".split())  # "is that busan?": a framed guess
_PREPOSITIONS = frozenset("in from at on with about".split())
_DESCRIBING = frozenset("from about with".split())  # "the girl from hospital playlist": who, not a name
_DETERMINERS = frozenset("the a an my your his her our their this that".split())
_CLAUSE_GLUE = frozenset("but because cause cuz coz if since although unless".split())  # "old but gold"
_NO_LIST = frozenset("or and vs n of to".split())  # (a list, or a title's glue: "dawn of the dead")
# Slang that makes the words before it a comment, not a guess ("van gogh vibes", "rock and roll baby").
_COMMENT_TAILS = frozenset(
    """
    vibes vibe queen king baby energy core moment behavior behaviour goals icon gang squad nation era
    supremacy fuel flashbacks memories stans round nerds fans assemble question questions time
    rise lore reveal appreciation slander propaganda agenda fandom fighting hwaiting forever stan 4ever 4eva 4life moments scenes
    """.split()
)
_CHEERS = frozenset("lets go lol lmao omg again rn tho fr yay woo".split())  # after a comment tail
_AGREED = frozenset("ok okay k kk fine sure".split())
_WHEN_SAID = frozenset("now tonight today tomorrow yesterday".split())  # ending a remark, never a guess's frame
_RATING = compile_later(r"^\d+/(?:10|100)$").match
# "4" said for "for" before "life" or "ever" ("cheongsan 4 life"): a fan's vow, no number; "4 real": "for real"
_FOR_ALWAYS = frozenset("life lyfe ever eva evr".split())
_FOR_WORDS = _FOR_ALWAYS | {"real"}
# A fan's words for their favourite, never an answer's ("i stan namra", "namra stans where u at")
_STAN = frozenset("stan stans stanning stanned".split())
_TALLY_GAP = frozenset({"for", "outta", "of"})  # "3 for 3 today": a streak, no number guessed
_SCORED = frozenset({"got", "scored", "get"})  # before a score: "got 12/12 on the quiz"
_PAIR = compile_later(r"^(\d{1,3})/(\d{1,3})$").match


def _in_saying(tokens: Sequence[str], k: int) -> bool:
    """Whether tokens[k] is a number of a saying: "4" of "4 life" / "4 ever" / "4 real"."""
    return tokens[k] == "4" and tokens[k + 1 : k + 2] != () and tokens[k + 1] in _FOR_WORDS


def _own_none(own: Container[str], words: Collection[str]) -> bool:
    """Whether none of `words` is one of the answers' own words (`own`)."""
    return not any(w in own for w in words)


_PLACE = compile_later(r"\d+(?:st|nd|rd|th)").fullmatch  # (read has made "first" "1st")
# The round's questions spoken of ("the 3rd gwinam question", "another namra question", "so many questions about namra", Tagalog "ang dami ng
# tanong tungkol kay namra", Indonesian "pertanyaan tentang", Spanish and Portuguese "preguntas sobre")
_QUESTION = frozenset("question questions tanong pertanyaan pregunta preguntas pergunta perguntas moment moments".split())
# (...and its moments counted: "another onjo moment", "so many gwinam moments")
_ABOUT = frozenset("about tungkol tentang sobre".split())
_COUNTED = frozenset("another many more".split())  # ("another namra question lol", "so many gwinam questions")


_SCENE = frozenset("scene scenes escena escenas cena cenas eksena adegan".split())  # (Spanish, Portuguese, Tagalog, Indonesian)


# "So (very)" said after a word, as Indonesian and Vietnamese put it ("keren bgt", "xinh quá"): a name, a word and one
# of these is the name remarked on (held82's "chị onjo xinh quá trời"), never after a guess's particle ("namra kan")
SO_MUCH_AFTER = frozenset("bgt banget bngt qua sekali demais".split())  # (and Portuguese "fofa demais")
GUESS_PARTICLES = frozenset("kan dong ya yah yan po ata chu ai".split())


_WHY_THOUGH = frozenset({("y", "tho"), ("y", "though")})


def _groaned_again(tokens: Sequence[str], own: Container[str], text: str) -> bool:
    """Whether a short message groans at a word come round again: "onjo again?? 😭" (asked, never "onjo again" typed as
    the guess), Tagalog "onjo na naman 😭"; none where an answer holds "again" or "naman"."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in _CHEERS and tokens[end - 1] != "again":
        end -= 1
    if 3 <= end <= 5 and tuple(tokens[end - 2 : end]) == ("na", "naman"):
        return _own_none(own, ("naman",))
    return 2 <= end <= 4 and tokens[end - 1] == "again" and "?" in text and _own_none(own, ("again",))
def fan_talk(tokens: Sequence[str], own: Container[str], echoed: Container[str], known: Container[str], text: str = "") -> bool:
    """Whether a message is a fan's talk whatever it names: stanning someone ("i stan namra", "stan namra",
    "namra stans where u at"), ranking ("top 3 namra scenes", where the question asks no rank or top),
    a remark ("hari keren bgt"), a meme ("press f", "press x to doubt"), a streak ("3 for 3 today") or a score or tally ("got 12/12 on
    the quiz", "12/12 eps done"; a pair of two numbers is read with the tallies in
    `bot.trivia.normal.years_apart`). `own` holds the answers' words: where they say it ("stan lee",
    "printing press", "press f" where "Press F" answers), the word is the answer's; where the name it opens is
    one the server's lists know (`known`: "stan mikita" in a list of guesses), a name."""
    if _own_none(own, _STAN) and any(
        t in _STAN and (k + 1 == len(tokens) or t + tokens[k + 1] not in known) for k, t in enumerate(tokens)
    ):
        return True
    if _own_none(own, SO_MUCH_AFTER) and any(t in SO_MUCH_AFTER and tokens[k - 1].isalpha() and tokens[k - 1] not in GUESS_PARTICLES and (
        tokens[k - 1] not in own and tokens[k - 2] not in GUESS_PARTICLES and not said_apart(tokens, k - 2, text)  # ("hari kan? keren bgt")
    ) for k, t in enumerate(tokens[2:], 2)):
        return True  # "hari keren bgt", "suhyeok ganteng bgt", "onjo dễ thương quá": someone remarked on, no guess
    if tagalog_remark(tokens) or pitied_together(tokens) or praised(tokens, text):
        return True  # "ang tapang ni namra", "si namra ang tapang": how brave she is; "kawawa naman si namra at suhyeok"
    if len(tokens) >= 2 and tokens[0] == "press" and len(tokens[1]) == 1 and tokens[1].isalpha() and _own_none(own, tokens[:2]):
        return True
    if episode_remarked(tokens, own) or _groaned_again(tokens, own, text):
        return True  # "the last episode so sad": the finale talked of; "onjo again?? 😭": the name come round again
    if tuple(tokens[:2]) in _WHY_THOUGH and _own_none(own, tokens[1:2]):
        return True  # "y tho" (why though), even where a title opens with "Y" ("Y tu mamá también")
    for k, token in enumerate(tokens):
        if (pair := _PAIR(token)) is not None and not any(t.isdigit() for t in tokens) and (
            (k and tokens[k - 1] in _SCORED) or (pair[1] == pair[2] and tokens[k + 1 : k + 2] != () and tokens[k + 1] in TALLIED)
        ):
            return True  # "got 12/12 on the quiz", "12/12 eps done": a score or a tally (a number beside it guesses)
    place = 1 if tokens and tokens[0] == "the" else 0
    if len(tokens) > place + 2 and _PLACE(tokens[place]) and tokens[place + 1] == "one" and tokens[place + 2] in IS_WAS:
        return _own_none(own, ("one",))  # "the 1st one was too easy": a question before this one spoken of
    if _own_none(own, _QUESTION) and any(t in _QUESTION and (
        (tokens[k + 1 : k + 2] != () and tokens[k + 1] in _ABOUT) or any(_PLACE(w) or w in _COUNTED for w in tokens[max(0, k - 3) : k])
    ) for k, t in enumerate(tokens)):
        return True  # the round's questions spoken of: who they are about, how many so far
    if not _SCENE.isdisjoint(tokens) and _own_none(own, _SCENE) and _own_none(echoed, _SCENE):
        return True  # "the library scene with gwinam 😭", "la escena de hari", "adegan namra": a scene talked of
    for k in range(len(tokens) - 2):
        if stretch(tokens, k, own) and _own_none(echoed, EPISODES):  # (where episodes are counted, "the last 6 episodes" answers: review68c)
            return True  # "the last 3 episodes so sad", "first 2 eps were slow": a stretch of the show, no episode guessed
        if tokens[k] == "top" and tokens[k + 1].isdigit() and _own_none(own, ("top",)) and _own_none(echoed, ("top", "rank")):
            return True
        if tokens[k].isdigit() and tokens[k + 1] in _TALLY_GAP and tokens[k + 2] == tokens[k]:
            return True
        if others_told_of(tokens, k, own, text):
            return True  # "the other 6 died", "those 6 kids died": others told of, no count guessed (Vietnamese "sáu đứa kia")
    return False


def sayings_read(reading: Reading) -> Reading:
    """The reading with the numbers of sayings said as words ("cheongsan 4 life" is "cheongsan forever"): no count is
    said, where a number is asked or a name."""
    tokens: list[str] = []
    seps: set[int] = set()
    for k, token in enumerate(reading.tokens):
        if k in reading.seps:
            seps.add(len(tokens))
        if k > 0 and _in_saying(reading.tokens, k - 1):
            continue  # (the "life" of "4 life", said with it)
        if _in_saying(reading.tokens, k):
            tokens.extend(("for", "real") if reading.tokens[k + 1] == "real" else ("forever",))
        else:
            tokens.append(token)
    return Reading(tuple(tokens), frozenset(seps))


def says_a_saying(tokens: Sequence[str]) -> bool:
    """Whether a number in the message belongs to a saying (`sayings_read`)."""
    return any(_in_saying(tokens, k) for k in range(len(tokens)))


def is_talk_shaped(
    tokens: Sequence[str], start: int, core: Sequence[str], content: Sequence[str], text: str, longest: int
) -> bool:
    """Whether a message that named nothing of the question is shaped as talk (see module docstring):
    `tokens` are all its words, `core` those after the first `start` (framing) words and before the
    last ones, `content` the words of that which could be an answer; `longest` is the most words an
    accepted answer has."""
    if _qualified(tokens, start, text):
        return True
    titled = longest >= 4 and len(tokens) >= 4  # (as long as a title the answers are: "...dog in the night time")
    if len(tokens) >= 2 and not tokens[-2][:1].isdigit() and not titled and (  # ("21 questions" is a title)
        tokens[-1] in _COMMENT_TAILS or (core and core[-1] in _COMMENT_TAILS) or any(
            w in _COMMENT_TAILS and all(x in _CHEERS for x in tokens[i + 1 :]) for i, w in enumerate(tokens[1:], 1)
        )
    ):
        return True  # "van gogh vibes", "archery queen", "marvel round lets go": a comment on what comes before
    if any(_RATING(t) or t == "24/7" for t in tokens):
        return True  # "10/10 movie", "24/7 cheongsan stan"
    if len(tokens) >= 2 and (tokens[-1] == "again" or tuple(tokens[-2:]) == ("lets", "go")):
        return True  # "geography again", "first try lets go": the round commented on, cheered
    said = len(tokens)
    while said > 1 and tokens[said - 1] in _CHEERS | _AGREED:
        said -= 1
    if said >= 2 and tokens[said - 1] in _WHEN_SAID and (said < len(tokens) or "?" in text):
        return True  # "star wars now?? ok", "marathon tonight lol": the round, or one's evening, commented on
        # (a title may end so: "apocalypse now")
    if len(tokens) >= 2 and any(
        len(w) >= 6 and w.endswith("ing") and (i == 0 or tokens[i - 1] not in ("the", "a", "an"))
        for i, w in enumerate(core, start)
    ):
        return True
    if not _CLAUSE_GLUE.isdisjoint(core):
        return True
    # (a guess said with its reason is a guess: "busan from the trailer")
    reasoned = len(core) > 1 and core[0] in content and core[0] not in TALK_WORDS and (
        core[1] in _PREPOSITIONS or core[1] in _DESCRIBING
    ) and not (start and tokens[start - 1] in _SUBJECTS | {"it", "that", "this"})  # ("it happened at the mall")
    if longest < 4 and not reasoned and any(  # (a long title may hold a place: "the dog in the night time")
        (w in _PREPOSITIONS and nxt in _DETERMINERS) or (w in _DESCRIBING and start < i < start + len(core) - 1)
        for i, (w, nxt) in enumerate(pairwise(tokens))
    ):
        return True
    if len(core) >= 4 and len(core) > longest + 2 and _NO_LIST.isdisjoint(core) and not reasoned:
        return True
    if shows_feeling(text):
        return True
    korean = [t for t in tokens if has_hangul(t) or is_korean_talk(t)]
    return len(korean) >= 2 and len(korean) == len(tokens) and any(
        is_korean_talk(t) and t not in HEDGES and has_hangul(t) for t in korean
    )


def comments_on(words: Sequence[str]) -> bool:
    """Whether the words after a name comment on it ("supremacy", "vibes", "queen", cheered after:
    "lomon supremacy", "archery queen lets go") rather than go on with it."""
    return bool(words) and words[0] in _COMMENT_TAILS and all(w in _CHEERS for w in words[1:])


# ">>>" after words (not at a line's start, where Discord quotes): fans' "better than anything", said of a ship or
# a favourite ("namra and suhyeok >>>", "onjo >>> everyone"); a verdict, no guess, once more than a name is said.
_RANKED = compile_later(r"\w[ \t]*>{2,}")


#: A name alone before a closing ">>>", however spelt ("namra", "nam-ra", "Choi Nam-ra"): a confident answer, no ranking.
_NAME_ALONE = compile_later(r"\s*(?:(?P<surname>[a-z]+)\s+)?[a-z]+(?:-[a-z]+)?[ \t]*>{2,}\W*", re.I)


def ranks(text: str, words: int) -> bool:
    """Whether a message of `words` words ranks what it names above the rest (">>>") rather than guesses it."""
    if (alone := _NAME_ALONE.fullmatch(text)) is not None and (
            alone.group("surname") is None or alone.group("surname").lower() in KOREAN_SURNAMES):
        return False
    return words >= 2 and _RANKED.search(text) is not None


def _qualified(tokens: Sequence[str], start: int, text: str) -> bool:
    """Whether the word before the core qualifies it ("so brave", "that laugh", "my bias") rather than
    frames a guess ("is that busan?"; "so" opening a question or after another word: "ok so busan?")."""
    before = tokens[start - 1] if start else ""
    if before in ("the", "a", "an") and start >= 2 and tokens[start - 2] == "rip":
        return True  # "rip the teacher"
    if before in ("that", "this") and start >= 2 and tokens[start - 2] in _COPULAS:
        return False
    if before == "so" and start >= 2 and tokens[start - 2] in _BEFORE_SO:
        return True  # "it's so small", "he was so brave": an intensifier after a verb of being
    if before == "so" and (start >= 2 or "?" in text):
        return False
    return before in _QUALIFIERS


# The noun a question asks about: "How many *months*...", "Which *planet*...", "What *colour*...".
_ASKED_NOUN = compile_later(r"\b(?:how\s+many|how\s+much|which|what)\s+([a-z]+)", re.IGNORECASE)


# An office whose holder a question asks for ("Which US president...", "Who was South Korea's president..."), and the
# short forms fans type for it: said alone, with the word the question puts before it ("us prez"), the question said back
_OFFICES = frozenset("president king queen emperor empress pope mayor governor senator chancellor premier".split())
#: (the short forms fans type for a president, also read by bot.trivia.descriptions: "the prez", the class president)
PRESIDENT_SHORT = {"prez": "president", "pres": "president"}
_OFFICE_SHORT = {**PRESIDENT_SHORT, "potus": "president"}
# ...and the Korean words for a role fans type in hangul, as the English words a question asks by: "반장" where it asks for
# the class president, "쌤" where it asks which teacher (also read by bot.trivia.descriptions, for a role said back)
KOREAN_ROLES = {
    "반장": ("class", "president"), "회장": ("president",), "대통령": ("president",),
    "선생님": ("teacher",), "선생": ("teacher",), "쌤": ("teacher",),
    "주장": ("captain",), "양궁부": ("archery", "club"),  # ("양궁부 주장": the archery club captain)
    "소방관": ("firefighter",),  # ("소방관 딸": the firefighter's daughter, bot.trivia.descriptions)
}
_WORDS_BEFORE = compile_later(r"([a-z]+)?[^a-z]+([a-z]+)")


def only_what_is_asked(words: Sequence[str], question: str) -> bool:
    """Whether a message's content `words` are only the noun the question asks about ("months?",
    "hmm months" for "How many months..."), or the office whose holder it asks for ("prez" where a US
    president is asked; "선생님" where it asks which teacher): the question said back, no attempt at its answer."""
    asked = {m.group(1) for m in _ASKED_NOUN.finditer(question) if m.group(1).islower()}  # (not "which Jackson")
    asked |= {w[:-1] for w in asked if w.endswith("s")} | {w + "s" for w in asked}
    said = [said for w in words for said in KOREAN_ROLES.get(w, (_OFFICE_SHORT.get(w, w),))]
    if not _OFFICES.isdisjoint(said):
        pairs = [m.groups() for m in _WORDS_BEFORE.finditer(" " + question.lower().replace("'s ", " "))]
        asked |= {w for before, office in pairs if office in _OFFICES for w in (before, office) if w}
    return bool(words) and all(w in asked for w in said)


_DIGIT = compile_later(r"\d").search
_NUMBER_WORDS = tuple(
    w for w in (*UNITS, *TENS, "hundred", "thousand", "million", "billion", "dozen", "none", "zero") if len(w) >= 3
)
# English words one slip from a number word, in a sentence no number ("once a week", "dozens of zombies"); alone they
# may still be one (Spanish "once", a slip)
_WORDS_NEAR_NUMBERS = frozenset({"once", "dozens"})


def no_number_said(tokens: Sequence[str], answers: Sequence[Sequence[str]], keep: Collection[str]) -> bool:
    """Whether a message says no number at all (no digit, no number word, typed right or one slip
    away: "thre", "fourr"; no hangul, which may be a Korean one) where the answer is a number alone
    ("52"; not a title that holds one: "20 questions"): talk about the question, not an attempt.
    `answers`: the accepted answers' words; `keep`: the question's one-word answers and options."""
    if not any(len(a) == 1 and _DIGIT(a[0]) for a in answers) or any(w in keep for w in tokens):
        return False
    for token in tokens:
        if _DIGIT(token) or has_hangul(token):
            return False
        if len(token) >= 3 and not (len(tokens) >= 2 and token in _WORDS_NEAR_NUMBERS) and any(
            w[0] == token[0] and Levenshtein.distance(token, w, score_cutoff=1) <= 1 for w in _NUMBER_WORDS
        ):  # (a typo spares the first letter)
            return False
    return True
