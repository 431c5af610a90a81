"""Deciding whether a typed message answers a question, the way a fair player would.

Guess and answers are read in comparison form (`bot.trivia.normal`: folded like names, number
words as digits, "+", "#", a leading minus, decimals and fractions kept). Then:

1. A message is right when it holds an accepted answer as whole words, whatever chat frames it:
   "my answer is deluminator", "pretty sure it's Tina Turner", "Dorado i guess", "paris lol".
   A word before an accepted answer ("Mt Etna", "President Obama", "planet Mars") keeps it that
   answer, but not one that makes another ("New York", "Mexico City", "Iron Man 2", "Mars bar",
   "apple pie": `bot.trivia.another`; nor "Robin Hood" for Robin when another list the matcher
   learned for the same server answers "Robin Hood" and the question's own list does not), nor a number with another unit; short forms, initials of a
   title ("ff4"), yes/no words, a person's surname alone and a given name no one else there has
   count (`bot.trivia.variants`); a place's state, by name or code, may follow it ("Atlanta, GA").
   A name typed after "@" is who the message is said to, not part of it. Typos are
   forgiven inside a word of five letters or more (one edit up to seven, two from eight; two letters
   swapped, the first two too, are one from seven; a short word of a long title may carry one substitution), never by adding or dropping a whole word or
   a chunk of one ("washingtondc" is not "Washington", "Deja" is not "Deja Q"), nor into other words
   ("the rapist" is no Therapist, "icarus's dad" no Icarus: `bot.trivia.wordplay`), nor onto another name
   a learned list answers or a place ("Atlantis" for Atlantic, `bot.trivia.hits`). A name answer also
   matches its other romanizations (Cheong = Jeong, Jeju = Cheju); a year, its last two digits ("'77").
   A message of emoji alone is right when the emoji's own name is an accepted answer ("🏹").
2. Several answers (which earns nothing) means two or more *different* candidates: the accepted
   answer and an option of the question, another answer of the same list standing as an item
   ("paris london berlin", "Paris, London"), another person the lore knows, a separate item
   ("Paris, London", "Berlin or Paris"), another of the answer's closed set ("coffee tea", "bow sword",
   `bot.trivia.families`), a bare list of words, or an item offered beside a near miss ("jerry or speedy"
   for Speedy Gonzales: `bot.trivia.rivals.near_miss_offered`). Chat around one answer, words the
   question itself uses, titles, and a separator inside an accepted answer ("IQ / Valkyrie") are
   never a second candidate; two well-known cities are ("tokyo kyoto", `bot.trivia.families`). A
   candidate right after "not" ("it's not Paris") is not a guess, nor one taken back ("jupiter no";
   "saturn no wait jupiter" is judged on jupiter: `bot.trivia.guesses.taken_back`).
3. Otherwise a near miss (one typo too many, part of a multi-word answer, the answer with a chunk
   added) is close; a message that resembles an answer or an option, or is short and shaped like
   an answer, is a wrong attempt; anything else is chat (`bot.trivia.attempts`, `bot.trivia.guesses`).

Answers are prepared once per question (`bot.trivia.preparing`) and cached by server and question id (`bot.trivia.preparedcache`;
what a server's lists taught, `bot.trivia.lessons`, is its own); a match is a few dictionary hits over the message's word windows and a few bounded Levenshtein
computations (`bot.trivia.hits.chosen_hits`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.lore.names import skeleton
from bot.trivia.accepted import allowed_edits, another_vowel_written
from bot.trivia.address import addressed, named_then_told, of_own_elder
from bot.trivia.alternatives import echoed_alternative
from bot.trivia.another import (
    another_given_name,
    another_name_after,
    another_sport,
    makes_compound,
    names_another,
)
from bot.trivia.attempts import attempt_or_chat, counted_own_company, counted_then_told
from bot.trivia.chatabroad import OTHER_TALK, TAGALOG_PRONOUNS, disgust_opening, disgusted_thing, said_apart
from bot.trivia.corrections import (
    called_fondly,
    letter_doubled,
    named_alone,
    narrated,
    reaction,
    reported_guess,
    still_meant,
    two_people,
)
from bot.trivia.cyrillic import unknown_words_name_nothing
from bot.trivia.descriptions import (
    KOREAN_KIN_WORDS,
    clause_told,
    described,
    done_by_no_one,
    said_off,
)
from bot.trivia.elsewhere import known_elsewhere, spelt_out
from bot.trivia.emojis import pictured_answer, reacts, shows_feeling
from bot.trivia.english import COMMON_WORDS
from bot.trivia.famous import famous_own
from bot.trivia.firstreading import first_reading, inside_bars
from bot.trivia.fullnames import full_name_said
from bot.trivia.guesses import (
    ARTICLES,
    CONNECTORS,
    FILLER_WORDS,
    OTHER_LANGUAGE_ARTICLES,
    SENTENCE_WORDS,
    STRETCHED,
    TITLE_WORDS,
    MatchResult,
    Verdict,
    addresses_someone,
    core_bounds,
    destretched,
    everyday_word,
    framed_only,
    is_chat_word,
    laughs,
    of_oneself,
    open_to_anyone,
    speaks_as,
    strip_markup,
    without_hedge,
)
from bot.trivia.hangul import another_korean_given_name, another_surname, has_hangul, vowels_agree
from bot.trivia.hits import chosen_hits, labelled_elsewhere
from bot.trivia.koreanverdict import judged_in_korean
from bot.trivia.model import Question
from bot.trivia.nearmiss import near_miss
from bot.trivia.normal import (
    MONTH_NAMES,
    OF_WHOLE,
    TWO_NUMBERS,
    TWO_YEARS,
    Reading,
    compact_form,
    emoji_said,
    fold_text,
    normalize_tokens,
    parts_of_whole,
    read,
    without_day_and_month,
    years_apart,
)
from bot.trivia.numberwords import (
    OTHER_LANGUAGE_NUMBERS,
    counted_in_other_language,
    japanese_number,
    number_where_asked,
    numbers_offered,
    other_language_number,
)
from bot.trivia.otherlanguages import (
    NAMED_THINGS,
    deed_in_other_language,
    owned_in_other_language,
    phrase_in_other_language,
    without_articles,
    word_in_english,
)
from bot.trivia.otherscripts import in_answers_kana
from bot.trivia.ownwords import acted_alone, without_aside
from bot.trivia.peoplenamed import KIN_OF, people_named
from bot.trivia.phonetyping import before_reason, sounded_out, unfinished
from bot.trivia.preparedcache import PreparedQuestions
from bot.trivia.rivals import RANGE_ITEMS, code_offered_beside, near_miss_offered, segment_rivals
from bot.trivia.segments import surname_among_items, surname_typed, titled_surname
from bot.trivia.stretches import guessed_before_stretch
from bot.trivia.talk import (
    CLAUSE_WORDS,
    TALK_WORDS,
    asks_at_end,
    asks_who_back,
    fan_talk,
    judges,
    of_another_round,
    ranks,
    sayings_read,
    says_a_saying,
    talk_beside,
)
from bot.trivia.typedforms import spelled_out
from bot.trivia.units import AWAY, measure_for_a_place, other_unit, own_time, units_apart
from bot.trivia.variants import the_other_reply, unsure_yes_no, yes_no_reply
from bot.trivia.wordplay import (
    SAID_OF,
    mourned,
    pitied,
    pity_alone,
    said_of_other_things,
    says_another,
    split_into_phrase,
    talked_of,
)

__all__ = [
    "MAX_GUESS_CHARS",
    "AnswerMatcher",
    "MatchResult",
    "Verdict",
    "allowed_edits",
    "fold_text",
    "normalize",
    "normalize_tokens",
]

MAX_GUESS_CHARS = 200  # a message is read this far (an accepted answer typed in full is found whole)
MAX_ANSWER_CHARS = 2000
# A digit typed for a word it sounds like, before the words it goes with: "4 real", "2 late".
_TEXT_SPEAK = frozenset(
    (digit, (word,)) for digit, words in (("4", "real ever sure life u you"), ("2", "late much many soon u you"))
    for word in words.split()
)
# The game's own counts before a number: "round 3 lol" says where the game is, not an episode
_GAME_COUNTS = frozenset({"round", "rd", "question", "q", "game"})
# Someone's friend or classmate told by what they look like or do, the whole message: one of many, no one named (a tie
# the lore gives one person alone, "onjo's best friend", is read as a description first)
_LOOSE_TIE = re.compile(r"^\s*(?:the\s+)?[\w-]+?['’]?s\s+(?:friend|classmate|bestie|bff|buddy|pal|homie)s?(?:\s+(?:with|who|that|in|w)\b.*|\W*)$", re.I)
_CONFIRMING = frozenset((w,) for w in "right yeah yes no ryt".split())  # a tag asking the others to confirm
_INSTEAD = frozenset("its it is but thats was".split())  # after a denial: what it is instead ("not X, it's Y")
# Words a verdict on someone may end with beside its talk words ("was the real mvp ngl").
_VERDICT_TAIL = frozenset({"the", "a", "an", "ngl", "tbh", "fr", "lol", "lmao", "imo", "honestly"})


def normalize(text: str) -> str:
    """The comparison form of an answer or a guess, leading article dropped (words joined by spaces)."""
    tokens = normalize_tokens(text)
    if len(tokens) > 1 and tokens[0] in ARTICLES:
        tokens = tokens[1:]
    return " ".join(tokens)


def _of_the_show(words: Sequence[str]) -> bool:
    """Whether the words after disgust and an article are the show's or the game's ("ew the ending", "que asco el
    episodio", "kadiri yung sagot mo": another's answer), no thing guessed."""
    return bool(words) and all(t in TALK_WORDS or t in OTHER_TALK or t in TAGALOG_PRONOUNS for t in words)


class AnswerMatcher(PreparedQuestions):
    """Judges typed messages; one instance serves every game (prepared answers cached by question id,
    lists learned: `bot.trivia.preparedcache`)."""

    # -- judging --------------------------------------------------------------------------------

    def match(self, guess: str, question: Question, scope: int | None = None) -> MatchResult:
        """`judge`, with chat reported as a wrong guess (the verdicts the game has always known)."""
        result = self.judge(guess, question, scope)
        if result.verdict is Verdict.CHAT:
            return MatchResult(Verdict.WRONG_ATTEMPT)
        return result

    def judge(self, guess: str, question: Question, scope: int | None = None) -> MatchResult:
        """The verdict on a message typed while `question` is open in a game of `scope` (its server,
        whose lessons apply; see module docstring). A message in hangul is right when it is, or
        when its words without their Korean endings, or romanised, are (`bot.trivia.hangul`). An
        aside in brackets that is chat ("lee suhyeok (copying mina lol)") is left out."""
        first = first_reading(  # quotes, season marks, other languages, episodes (`bot.trivia.firstreading`)
            guess, question, None if self._resolver is None else lambda rest: bool(self._resolver and self._resolver.mentions(rest))
        )
        if first.verdict is not None:
            return MatchResult(first.verdict)
        typed, guess = first.typed, first.guess
        def verdict_of(text: str) -> Verdict:
            return self._judge(text, question, scope).verdict

        guess = inside_bars(guess, verdict_of)  # ("||ep 7|| no spoilers lol": the talk outside the bars no guess)
        if acted_alone(guess, verdict_of):
            return MatchResult(Verdict.CHAT)  # "*sobs*", "[screaming]": what the player does, no guess
        guess = without_aside(guess, verdict_of)  # ("lee suhyeok (copying mina lol)")
        if asks_who_back(guess[:MAX_GUESS_CHARS], lambda text: read(strip_markup(text)).tokens):
            return MatchResult(Verdict.CHAT)  # "반장 누구더라", "ketua kelas siapa ya": who it was, asked of the others
        result = self._judge(guess, question, scope)
        if not result.correct and (hedged := without_hedge(guess)) != guess:
            result = self._judge(hedged, question, scope)  # "11 or am i dumb": a hedge around 11 (never "Ready or Not")
        if result.verdict is Verdict.RIGHT and open_to_anyone(guess[:MAX_GUESS_CHARS]):
            return MatchResult(Verdict.SEVERAL_ANSWERS, result.matched)  # "gwinam or anyone": no one guess
        if result.verdict is Verdict.CLOSE and unfinished(guess):
            return MatchResult(Verdict.CHAT)  # "Nam-": half a name sent, the rest still coming
        if result.verdict is Verdict.WRONG_ATTEMPT and unknown_words_name_nothing(
            typed, question.answers, lambda word: self._names_someone(word, question, scope), lambda rest: verdict_of(rest) is Verdict.CHAT
        ):
            return MatchResult(Verdict.CHAT)  # "го дальше": Russian talk, a word of it unknown here but naming no one
        if result.verdict is Verdict.CHAT and (said := emoji_said(guess[:MAX_GUESS_CHARS])) is not None:  # "🏹" for Bow and arrow
            pictured = pictured_answer(said, question.answers, lambda words: self._accepted_text(compact_form(read(words).tokens), question, scope))
            return result if pictured is None else MatchResult(Verdict.RIGHT, pictured)
        if result.verdict is not Verdict.CHAT and ranks(guess[:MAX_GUESS_CHARS], len(read(strip_markup(guess[:MAX_GUESS_CHARS])).tokens)):
            return MatchResult(Verdict.CHAT)  # "namra and suhyeok >>>": a ship ranked above the rest
        if result.verdict is not Verdict.CHAT and of_another_round(guess[:MAX_GUESS_CHARS]) and (
            self._prepare(question, scope).exact.get(compact_form(read(strip_markup(guess[:MAX_GUESS_CHARS])).tokens)) is None
        ):
            return MatchResult(Verdict.CHAT)  # "onjo for the last one", "knew it was onjo, too slow": another round's
        if result.verdict in (Verdict.WRONG_ATTEMPT, Verdict.CHAT) and reacts(guess[:MAX_GUESS_CHARS]) and (result.verdict is Verdict.CHAT) == (alone := self._named_alone(guess[:MAX_GUESS_CHARS], question, self._prepare(question, scope).entities if result.verdict is Verdict.CHAT else None)):
            return MatchResult(Verdict.WRONG_ATTEMPT if alone else Verdict.CHAT)  # "boom 💥", "NA-YEON 🤬": a reaction; "yung hari 🥺": a guess
        if result.verdict is not Verdict.RIGHT and (kana := in_answers_kana(guess, question.answers)) is not None:
            again = self._judge(kana, question, scope)  # "ろもん" for ロモン: the same sounds in the other kana
            if again.verdict is Verdict.RIGHT:
                return again
        if not has_hangul(guess):
            return result
        tokens = read(strip_markup(guess[:MAX_GUESS_CHARS])).tokens  # (`bot.trivia.koreanverdict`: readings, rivals, talk)
        return judged_in_korean(result, tokens, question, self._prepare(question, scope), lambda text: self._judge(text, question, scope), self._named_alone(guess[:MAX_GUESS_CHARS], question))

    def _accepted_text(self, compact: str, question: Question, scope: int | None) -> str | None:
        """The accepted answer typed as `compact`, whole, or None."""
        named = self._prepare(question, scope).exact.get(compact)
        return named.text if named is not None and named.accepted else None

    def _names_someone(self, word: str, question: Question, scope: int | None) -> bool:
        """Whether a word names an answer (or nearly) or someone the lore knows ("namra", "suhyeok")."""
        if self._judge(word, question, scope).verdict in (Verdict.RIGHT, Verdict.CLOSE, Verdict.SEVERAL_ANSWERS):
            return True
        return self._resolver is not None and bool(self._resolver.mentions(word))

    def _judge(self, guess: str, question: Question, scope: int | None) -> MatchResult:
        p = self._prepare(question, scope)
        lessons = self._classes.lessons(scope)
        if len(guess) > MAX_GUESS_CHARS and len(guess) <= MAX_ANSWER_CHARS:
            # A list may accept a long answer: typed in full, it is right (only that is read in full).
            whole = p.exact.get(compact_form(read(strip_markup(guess, links=False)).tokens))
            if whole is not None and whole.accepted:
                return MatchResult(Verdict.RIGHT, whole.text)
        text = strip_markup(guess[:MAX_GUESS_CHARS], links=False)
        if not any(len(a.compact) == 1 for a in p.accepted):  # (where a letter answers, "a b c d" lists them)
            text = spelled_out(text)  # "s o s"
        reading = read(text)
        if STRETCHED(text) and reading.compact not in p.exact:
            reading = Reading(destretched(reading.tokens, p.exact), reading.seps)  # "jupiterrrr"
        if says_a_saying(reading.tokens) and reading.compact not in p.exact:
            reading = sayings_read(reading)  # "cheongsan 4 life", "top 5 namra scenes": no number said
        if not p.entities and (cut := disgust_opening(  # "kadiri yung panyo", "ew rat": a thing asked ("ew stop": no thing)
                reading.tokens, p.key[0], lambda word: word in NAMED_THINGS or any(word in a.tokens for a in p.accepted))) and not (
                self._resolver is not None and self._resolver.mentions(" ".join(disgusted_thing(reading.tokens, cut)))) and not _of_the_show(disgusted_thing(reading.tokens, cut)):
            reading = Reading(reading.tokens[cut:], frozenset(k - cut for k in reading.seps if k > cut))
        tokens = reading.tokens
        if opened := guessed_before_stretch(tokens, reading.seps, text, laughs):
            judged = self._judge(" ".join(opened), question, scope)  # "ep 12, the last 3 episodes were brutal": ep 12
            # ...but a name before it where a number answers is whom the remark is of ("namra, the last 3 episodes were brutal")
            numberless = p.numeric and judged.verdict is Verdict.WRONG_ATTEMPT and not any(t.isdigit() for t in opened)
            return MatchResult(Verdict.CHAT) if numberless else judged
        if fan_talk(tokens, {t for a in p.accepted for t in a.tokens}, p.echoed, p.known, text):
            return MatchResult(Verdict.CHAT)  # "i stan namra", "top 3 namra scenes", "press f", "3 for 3 today"
        if not tokens or (len(tokens) >= 3 and tokens[0].isdigit() and tokens[1] == "more"):
            return MatchResult(Verdict.CHAT)  # ("3 more qs then bed": a count of what is left, no answer)
        if p.numeric and not OF_WHOLE.isdisjoint(tokens) and all(OF_WHOLE.isdisjoint(a.tokens) for a in p.accepted):
            reading = parts_of_whole(reading)  # "ep 5 of 12": 5; "im on ep 5 of 12": a tally
            tokens = reading.tokens
        two = TWO_YEARS if p.year else TWO_NUMBERS  # (never where a fraction answers: "9 3/4", "4 1/2 feet")
        if p.numeric and any(two(t) and t not in p.exact for t in tokens) and (p.year or all("/" not in a.compact for a in p.accepted)):
            reading = years_apart(reading, two, p.echoed)  # "2022/2023", "11/12": two numbers
            tokens = reading.tokens
        if p.year and not MONTH_NAMES.isdisjoint(tokens):
            reading = without_day_and_month(reading)  # "august 1977", "19th february 1960": the year
            tokens = reading.tokens
        if p.units:
            reading = units_apart(reading, p.units)  # "50m 100m": two numbers
            tokens = reading.tokens
        if not p.accepted:
            return MatchResult(attempt_or_chat(tokens, text, p))
        if yes_no_reply(tokens, (a.compact for a in p.accepted)):
            said = self._judge(tokens[0], question, scope)  # "no they didnt": its "no"; "yeah they did" tries too
            return said if said.verdict is not Verdict.CHAT else MatchResult(Verdict.WRONG_ATTEMPT)
        if the_other_reply(tokens, (a.compact for a in p.accepted), question.text):
            return MatchResult(Verdict.WRONG_ATTEMPT)  # "yeah" where No answers
        reported = reported_guess(tokens, p.accepted, reading.seps)
        if reported is not None:  # "jin said huxley lmao": another player's guess, none of one's own
            return self._judge(" ".join(reported), question, scope) if reported else MatchResult(Verdict.CHAT)
        if p.numeric and len(tokens) > 1 and tokens[0] in OTHER_LANGUAGE_NUMBERS and said_apart(tokens, 0, text):  # "anim, the others died"
            return self._judge(f"{OTHER_LANGUAGE_NUMBERS[tokens[0]]}, {' '.join(tokens[1:])}", question, scope)  # a number, then talk
        kept = still_meant(tokens, text, reading.seps, p)
        if kept is not None:  # "jupiter no": taken back; "saturn no wait jupiter": jupiter
            return self._judge(" ".join(kept), question, scope) if kept else MatchResult(Verdict.CHAT)
        if (reasoned := before_reason(tokens)) is not None and (said := self._judge(" ".join(reasoned), question, scope)).is_attempt:
            return said  # "hari bc archery": the guess, its reason naming nothing guessed
        # (a name in hangul is kept, though it ends as Korean talk does: "남라" as "몰라", in "남라? 온조?")
        # (a one-word message keeps its word whatever it is: no name looked up for it)
        hangul_names = frozenset(i for i, t in enumerate(tokens) if len(tokens) > 1 and has_hangul(t) and is_chat_word(t) and self._resolver and self._name(t))
        hangul_names |= {i for i, t in enumerate(tokens) if i and t in KOREAN_KIN_WORDS and has_hangul(tokens[i - 1])}  # ("온조 아빠": kin)
        start, end = core_bounds(tokens, hangul_names)
        if (start > 1 or end < len(tokens)) and clause_told(tokens, self._roles):
            start, end = int(tokens[0] in ARTICLES), len(tokens)  # "the one gwinam bit": a clause whole, no "gwinam" framed
        if (oneself := of_oneself(tokens)) and oneself < end and self._resolver is not None and not self._resolver.mentions(" ".join(tokens)) and (
            self._judge(" ".join(tokens[oneself:end]), question, scope).is_attempt
        ):
            return MatchResult(Verdict.CHAT)  # "i was class president lol", "fui presidenta de la clase": one's own past
        if self._resolver is not None and (speaks_as(tokens, self._resolver.mentions) or of_own_elder(tokens)):
            return MatchResult(Verdict.CHAT)  # "im namra lol", "soy namra jaja": speaking as a character; "my oppa ..."
        core = tokens[start:end]
        compact = compact_form(core)
        if unsure_yes_no(core, tokens):
            return MatchResult(Verdict.CHAT)  # "no sé si", "gak tau ya": not knowing, no yes nor no
        # 1. the whole message, framing aside, is an answer or an option
        hit = p.exact.get(compact)
        if hit is None and (start or end < len(tokens)):
            hit = p.exact.get(compact_form(tokens)) or p.exact.get(compact_form(tokens[:end]))  # an answer that opens with "no", "maybe"... ("woo-jin po", "next door po")
        if hit is None and len(core) >= 4 and not ARTICLES.isdisjoint(core[1:-1]):
            bare = [t for i, t in enumerate(core) if not (0 < i < len(core) - 1 and t in ARTICLES)]
            hit = p.exact.get(compact_form(bare))  # an article put inside a title: "when the doves cry"
        if hit is None and len(core) >= 2 and not OTHER_LANGUAGE_ARTICLES.isdisjoint(core):
            hit = without_articles(core, p)  # "el arco y la flecha": Spanish articles before each noun
        if hit is None and p.surnames:
            titled = 0
            while titled < len(core) - 1 and core[titled] in TITLE_WORDS:
                titled += 1  # "Dr McCoy", "Professor Lockhart"
            hit = surname_typed(compact_form(core[titled:]), p.surnames, p.known)
        if hit is None:
            hit = titled_surname(core, p.accepted)  # "teacher park", "detective song"
        full = full_name_said(core, p) if hit is None and p.full_names else None
        if full is not None and full[1]:
            hit = full[0]  # "wolfgang amadeus mozart": the composer's own given names (`bot.trivia.fullnames`)
        if hit is None and (in_english := counted_in_other_language(core) or (japanese_number(compact) if len(core) == 1 else None)):
            return self._judge(in_english, question, scope)  # "episodio seis", "cinco días", "第12話", "十二": read in English
        if hit is None and (owned := addressed(tokens, core, lambda kin: described(normalize_tokens(kin), self._roles) is not None, lambda name: self._name(name) is not None) or (
            owned_in_other_language(core) or deed_in_other_language(core)) or (
            deed_in_other_language(tokens) if len(core) < len(tokens) else None)) is not None:
            return self._judge(owned, question, scope)  # "el papá de onjo", "ayah onjo": "onjo's dad"; "el que besó a namra"
        if hit is None and len(core) >= 2 and (phrased := phrase_in_other_language(core)) is not None:
            said = self._judge(phrased, question, scope)  # "trem para busan", "restoran ayam goreng": scores as in English
            if said.verdict is Verdict.RIGHT:
                return said
        if hit is None and p.numeric and (offered := numbers_offered(core)) is not None:
            named = next((p.exact[n] for n in offered if n in p.exact and p.exact[n].accepted), None)  # "cuatro o cinco"
            return MatchResult(Verdict.SEVERAL_ANSWERS, named.text) if named is not None else MatchResult(Verdict.WRONG_ATTEMPT)
        if hit is None and (number := other_language_number(core if len(core) > 1 else [compact]) or (
            number_where_asked(core, tokens[:start] + tokens[end:], question.text) if p.numeric else None  # "el doce", "once creo"
        )) is not None:
            hit = p.exact.get(number)  # "tres", "ocho", "dua belas": the number in another language, typed alone
            if (hit is None or not hit.accepted) and p.numeric:
                return MatchResult(Verdict.WRONG_ATTEMPT)  # ("dos" for 3 tries; "lima" where no number answers is Lima)
            hit = hit if hit is not None and hit.accepted else None
        if hit is None and (english := word_in_english(core)):  # "rojo", "kucing", "la escuela": an everyday word in another language
            hit = next((p.exact[w] for w in english if w in p.exact and p.exact[w].accepted), None)
            if hit is None and p.entities and (said := self._judge(f"the {english[0]}", question, scope)).verdict is Verdict.RIGHT:
                return said  # "el bombero": the firefighter, one the lore tells by that role
        if hit is None and len(core) == 1:
            hit = letter_doubled(compact, p) or called_fondly(compact, p)  # "stagg", "thre"; "woojinie"
        elif hit is None and len(core) >= 2 and compact[-1:].isalpha() and compact[-2:-1] == compact[-1:]:  # "beat itt"; never "episode 11"
            hit = next((a for a in p.accepted if len(a.tokens) >= 2 and compact == a.compact + a.compact[-1]), None)
        if hit is None and p.alone:  # initials: "GoT" as the whole message, "MJ" framed too ("i think mj")
            hit = p.alone.get(compact_form(tokens)) or (p.alone.get(compact) if compact not in FILLER_WORDS else None)
        if hit is None and len(core) == 3 and "person" in p.asks.kinds and core[1].isalpha() and not (
            core[1] in SENTENCE_WORDS or core[1] in CONNECTORS or core[1] in RANGE_ITEMS
        ):
            hit = p.exact.get(compact_form([core[0], core[2]]))  # a middle name: "Wade Winston Wilson"
            hit = hit if hit is not None and hit.accepted and hit.tokens == (core[0], core[2]) else None
            if hit is not None and self._resolver is not None and (key := self._name(" ".join(core))) and key not in p.entities:
                hit = None  # another person the lore knows in full: "ha seung-ri" (the actress) is no Ha-ri
        if hit is None and p.entities and len(tokens) >= 2 and (heard := sounded_out(tokens)) is not None and (
            again := self._judge(" ".join(heard), question, scope)
        ).correct:
            return again  # voice-to-text: "on joe" for On-jo, "on joe's dad"
        if hit is None and len(tokens) >= 2:
            hit = spelt_out(core, p) or spelt_out(tokens, p)  # "international business machines" for IBM
        if hit is None and len(tokens) >= 2 and len(letters := "".join(filter(str.isalpha, text.lower()))) >= 8:
            hit = p.exact.get(letters)  # its letters as typed, a space slipped: "traint o busan" ("o" is no "of" there)
            hit = hit if hit is not None and hit.accepted and not any(map(str.isdigit, text)) else None
        if hit is None and (alone := named_alone(p)) and (listed := surname_among_items(tokens, reading.seps, alone)):
            return MatchResult(Verdict.SEVERAL_ANSWERS if listed[1] else Verdict.RIGHT, listed[0].text)
        if hit is None and p.surnames and (first := two_people(core, p.surnames, p.echoed)):
            return MatchResult(Verdict.SEVERAL_ANSWERS, first.text)  # "pitt willis"
        if hit is not None and hit.accepted and code_offered_beside(p, tokens, start, end):
            return MatchResult(Verdict.SEVERAL_ANSWERS, hit.text)  # "na or k"
        if hit is not None and hit.accepted and len(hit.tokens) == 1 and split_into_phrase(tokens, hit.compact):
            return MatchResult(Verdict.WRONG_ATTEMPT)  # "the rapist" is no Therapist (`bot.trivia.wordplay`)
        if hit is not None and hit.accepted and everyday_word(compact, text) and not framed_only(tokens, start, end) and (
            hit.compact not in (compact_form(tokens), compact_form(tokens[:end]) if start else "")  # (the answer typed whole, "Let It Be", "You got it", is no talk around a word)
        ):
            return MatchResult(Verdict.CHAT)  # "one sec", "let's go": the word said in talk
        if hit is not None and hit.accepted and start and tokens[start - 1] in _GAME_COUNTS and tokens[start - 1] not in p.echoed and (
            core[0][:1].isdigit()
        ):
            return MatchResult(Verdict.CHAT)  # "round 3 lol": the game's count, not the answer 3
        if hit is not None:
            return MatchResult(Verdict.RIGHT if hit.accepted else Verdict.WRONG_ATTEMPT, hit.text)
        if p.skeletons and len(compact) >= 5 and compact not in COMMON_WORDS:  # ("jones" is no Jonas)
            hit = p.skeletons.get(skeleton(compact))
            if hit is not None and vowels_agree(compact, hit.compact) and not another_vowel_written(compact, hit.compact):
                return MatchResult(Verdict.RIGHT, hit.text)
        if p.entities and start >= 2 and laughs(tokens[0]) and tokens[start - 1] in ARTICLES and len(core) <= 2 and self._resolver and not (
            self._resolver.mentions(" ".join(core)) or described(core, self._roles) is not None
        ):
            return MatchResult(Verdict.CHAT)  # "LMAOOO the gym" where a character is asked: where, laughed at, no guess
        # 2. a name the lore knows
        if self._resolver is not None and p.entities and compact not in COMMON_WORDS:  # ("lemon": no Lomon)
            key = self._name(" ".join(core))
            told = core if described(core, self._roles) is not None else tokens  # ("the one who...": "one" is no framing)
            if (role := described(told, self._roles)) is not None:
                if ("character", role) in p.entities and said_off(
                    told, p.echoed, lambda owner: (key := self._name(owner)) is not None and key in p.echoed_entities, self._roles
                ):
                    return MatchResult(Verdict.CHAT)  # "onjo's dad" for the name of On-jo's father: the question said back
                if ("character", role) in p.entities:
                    return MatchResult(Verdict.RIGHT, p.entities["character", role])  # "the detective?", "hari's little bro" (`bot.trivia.descriptions`)
                if ("character", role) in p.echoed_entities and tokens[end:] in _CONFIRMING and "?" in text:
                    return MatchResult(Verdict.CHAT)  # "the boy archer right?": who the question's own character is, asked of the others
                if ("character", role) in p.echoed_entities or len([t for t in core if t not in ARTICLES]) >= 2 or (
                    start and tokens[start - 1] in ARTICLES and any(k[0] == "character" for k in p.entities)
                ):  # "the detective" where a character is asked: a description as a guess
                    return MatchResult(Verdict.WRONG_ATTEMPT)  # the role where its actor is asked ("the detective"), "onjo's dad"
            if role is None and (_LOOSE_TIE.match(text) or clause_told(tokens, self._roles)):  # ("the guy who bit onjo": no one)
                return MatchResult(Verdict.WRONG_ATTEMPT if done_by_no_one(told, self._roles) else Verdict.CHAT)  # ("the guy who died")
            if key is not None:
                if key in p.entities and not another_surname(core, p.entities[key]) and not any(
                    another_korean_given_name(typed, p.entities[key], text) for typed in (core, tokens)  # ("ah" is no filler in "seo-ah")
                ):
                    return MatchResult(Verdict.RIGHT, p.entities[key])
                return MatchResult(Verdict.CHAT if mourned(tokens, p.echoed) else Verdict.WRONG_ATTEMPT)  # ("nam-ra 🥺" guesses: ruled at stop 63; "rip cheongsan" where he is named)
        # 3. answers and candidates inside the message
        hits, negated = chosen_hits(p, tokens)
        hits = [h for h in hits if not (h.accepted and labelled_elsewhere(p, tokens, h))]  # ("season 2" for two years)
        if hits and ((narrated(tokens, hits) and not counted_then_told(tokens, text, p)) or counted_own_company(tokens, text, p)):
            return MatchResult(Verdict.CHAT)  # "i went to warsaw last summer it was cold"; "6 friends, we watched it" (not "6 kids, it was sad")
        rivals: dict[str, str] = {}
        right: str | None = None
        another = False  # the answer qualified into another one ("new york" for York, "mars bar" for Mars)
        starts = {h.start for h in hits}  # (a candidate right after the answer is another item: "paris london")
        compound: str | None = None  # ("mars bar"), unless the words beside it are a list: "paris london berlin"
        for h in hits:
            if h.accepted and h.answer is not None and (talked_of(text, tokens, h.end, h.answer.tokens, p.echoed) or pitied(tokens, h.start, guess, p.echoed)):
                return MatchResult(Verdict.CHAT)  # "cheongsan deserved better", "poor cheongsan": said of the answer, no guess
            if h.accepted and h.answer is not None and len(h.answer.tokens) == 1 and famous_own(
                tokens, h.end, h.answer.compact, p.echoed
            ):
                right = right or h.text  # "Robin Hood" where the question speaks of Sherwood
            elif h.accepted and h.answer is not None and (
                names_another(tokens, h.start, h.end, h.answer, p.asks, p.echoed)
                or another_given_name(tokens, h.start, h.answer, p.accepted, p.asks)
                or another_sport(tokens, h.start, h.answer, p.accepted)
                or another_name_after(
                    tokens, h.end, h.answer, p.accepted, p.echoed,
                    lessons.followers.get(p.list_name, {}).get(h.answer.compact, ()),
                )
                or known_elsewhere(lessons, p, tokens, h.end, h.answer)
                or says_another(text, tokens, h.start, h.end, h.answer.tokens, p.echoed)  # "icarus's dad", "the rapist lol"
            ):
                another = True
            elif h.accepted and h.answer is not None and h.end not in starts and makes_compound(
                tokens, h.end, h.answer, p.asks, p.echoed, reading.seps, p.accepted
            ):
                another, compound = True, h.text
            elif h.accepted and h.end - h.start == 1 and ((everyday_word(tokens[h.start], text) and not framed_only(
                tokens, h.start, h.end
            )) or (tokens[h.start], tokens[h.end:h.end + 1]) in _TEXT_SPEAK):
                continue  # "ok go next", "will someone explain": the word said in talk; "4 real": for real
            elif h.accepted and said_of_other_things(tokens, h.start, h.end):
                return MatchResult(Verdict.CHAT)  # "my cat just walked on my keyboard": one's own; "fire this show": praise; "8 more questions??": a count of something else
            elif h.accepted:
                right = right or h.text
            elif h.answer is not None:  # an option counts wherever it stands
                rivals.setdefault(h.group, h.text)
        segment_rivals(p, tokens, reading.seps, hits, start, end, rivals)
        if self._resolver is not None and p.entities and len(tokens) > 1:  # (a one-word message was already read as a name above)
            mentions = [(m.text, (m.candidates[0].kind, m.candidates[0].id) if len(m.candidates) == 1 else None) for m in self._resolver.mentions(text)]
            others, right = people_named(mentions, self._name, self._roles, p, (tokens, core, text), hits, rivals, right)
            another = another or others
        if right is not None and not rivals and (alt := echoed_alternative(p, tokens, reading.seps, text, hits)):
            rivals["alt"] = alt  # "10 or 11" for Eleven where the question says "Top 10"
        if right is not None and asks_at_end(tokens) and all(h.end < len(tokens) for h in hits):
            return MatchResult(Verdict.CHAT)  # "the end of this round when": asked of the others
        if right is not None:
            if (rivals or another) and judges([t for i, t in enumerate(tokens) if not any(h.start <= i < h.end for h in hits)], _VERDICT_TAIL):
                return MatchResult(Verdict.CHAT)  # two people judged in one sentence: "onjo's dad was the real mvp ngl"
            if (rivals or another) and (told := named_then_told(tokens, text)):
                return self._judge(" ".join(told), question, scope)  # "namra, cute nila ni suhyeok": Nam-ra guessed
            if rivals or another:  # ("principal or vice principal": the answer and another one)
                return MatchResult(Verdict.SEVERAL_ANSWERS, right)
            if full is not None:
                return MatchResult(Verdict.WRONG_ATTEMPT)  # "leopold mozart": another of that name
            if not (p.units and other_unit(tokens, p.units)) and not measure_for_a_place(tokens, (a.compact for a in p.accepted)):  # "4 years"
                return MatchResult(Verdict.RIGHT, right)
            return MatchResult(Verdict.CHAT if own_time(tokens) else Verdict.WRONG_ATTEMPT)  # ("brb 2 mins": how long one is away)
        # (a denial, and the "it's" / "but" naming what it is instead, is no talk beside the name that follows:
        # "its not gwinam its cheongsan" tries Cheong-san)
        negated = negated | {i for i in range(1, len(tokens)) if i - 1 in negated and tokens[i] in _INSTEAD}
        beside = [t for i, t in enumerate(tokens) if not any(h.start <= i < h.end for h in hits) and i not in negated]
        if not another and rivals and all(k.startswith(("p:", "o:", "e:")) or k == "bare" for k in rivals) and (talk_beside(
            [t for i, t in enumerate(tokens) if start <= i < end and not any(h.start <= i < h.end for h in hits) and i not in negated],
            beside, any(k[:2] == "o:" for k in rivals), shows_feeling(text),
        ) or not SAID_OF.isdisjoint(beside)) and not KIN_OF.match(text):  # ("wait hyoryeong lives?")
            if pity_alone(tokens, guess) and (person := next((v for k, v in rivals.items() if k[:2] == "e:" or (
                k[:2] == "p:" and "person" in p.asks.kinds  # ("poor byeongchan" where the principal is whom asked)
            )), None)):
                return MatchResult(Verdict.WRONG_ATTEMPT, person)  # "poor daesu": another guessed, as "poor suhyeok" is
            return self._judge(" ".join(told), question, scope) if (told := named_then_told(tokens, text)) else MatchResult(Verdict.CHAT)  # another answer or an option said in talk: "episode 5 was crazy", "cheongsan deserved better" ("hari, she's the best" guesses)
        if len(rivals) >= 2 or (another and rivals.keys() - {"bare"}) or (compound and rivals):  # ("iron man 2 or thor")
            return MatchResult(Verdict.SEVERAL_ANSWERS, compound)
        if another and not rivals and len(tokens) >= 4 and sum(
            t in CLAUSE_WORDS for i, t in enumerate(tokens) if not any(h.start <= i < h.end for h in hits)
        ) >= 2:  # (a clause, not a word: "titanic movie" tries; another title's words are no clause)
            return MatchResult(Verdict.CHAT)  # the answer made into talk: "that rat scene made me gag"
        if (another or rivals) and not AWAY.isdisjoint(tokens):
            return MatchResult(Verdict.CHAT)  # "bathroom break brb": one's own errand, no guess
        if another or rivals:
            return MatchResult(Verdict.WRONG_ATTEMPT, next(iter(rivals.values()), None))
        if p.units and other_unit(tokens, p.units):  # "1.45 million" is not close to 1.45 billion; "brb 5 mins": away
            return MatchResult(Verdict.CHAT if own_time(tokens) else Verdict.WRONG_ATTEMPT)
        if compact in p.plain or compact_form(tokens) in p.plain:
            return MatchResult(Verdict.WRONG_ATTEMPT)  # "bad", "the who": another answer of the list, as typed
        if negated and all(i in negated for i in range(start, end)):
            return MatchResult(Verdict.CHAT)  # "not gwinam??": a denial alone, no guess (nor a near miss of it)
        # 4. a near miss
        near = near_miss(p.accepted, core, compact, p.echoed, p.known)
        if near is None and (start or end < len(tokens)):  # an answer that opens with "now", "no"... typed with a typo
            own = [a for a in p.accepted if a.tokens[:start] == tuple(tokens[:start])
                   and (end == len(tokens) or a.tokens[end - len(tokens):] == tuple(tokens[end:]))]
            near = near_miss(own, tokens, compact_form(tokens), p.echoed, p.known) if own else None
        if near is not None:
            return MatchResult(Verdict.CLOSE, near)
        if (near := near_miss_offered(p, tokens)) is not None:
            return MatchResult(Verdict.SEVERAL_ANSWERS, near)  # "jerry or speedy": another item beside a near miss
        # 5. an attempt, or chat (said to someone, naming nothing: "@hana stop spamming"; "@hana busan" tries)
        if (len(tokens) >= 2 and addresses_someone(guess)) or reaction(tokens, core, p.echoed):  # ("film monster lol")
            return MatchResult(Verdict.CHAT)
        if negated:
            kept = tuple(t for i, t in enumerate(tokens) if i not in negated)
            return MatchResult(attempt_or_chat(kept, text, p) if kept else Verdict.CHAT)
        return MatchResult(attempt_or_chat(tokens, text, p))
