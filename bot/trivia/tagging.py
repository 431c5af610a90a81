"""Spoiler tags for questions from outside: imported lists are spoiling until declared otherwise.

A question of an imported list is shown in the clear wherever a game asks it, so its tag must cover
what it names. The spoiler lexicon (bot/lore/lexicon.py, handed in as `reads`: text -> the position
it gives away) reads the question, its choices and answers:
* a question that declares `spoils` (hyosan's format) keeps its tag, raised to what the lexicon
  reads when that is later;
* an episode its author writes before or after a question ("(Ep 5) What ...", "Ep 11 - ...", "3화 - ...",
  "Who ...? [SPOILER ep 9]", "||ep 6||") is a declared tag, in a Red list too, and so is an episode the
  question or an answer names ("in episode 7, who ..."); one named later than the tag raises it;
* a question that declares nothing (every other question of a Red list) spoils nothing when the lexicon
  finds nothing (unless, under a title naming the show, it names its characters in words the lexicon may not read:
  laterseason's `unread_story`, or the lexicon reads it as the show's once told it is about the show: "What bites the
  first student in the science lab?" under "AOUAD trivia night"), and
  else the last released episode: it is asked only where everything may be said (once season 1 is over, one the
  lexicon reads surely as a season-1 event or scene, naming no episode, later season, newcomer or return, is held to
  that episode instead, in a season-2 list too: "Who kills Woo-jin? - Nam-ra" is S1E12, never S2E6);
* the explanation and the source get their own tags the same way (shown at the reveal, in bars when
  they spoil more than the channel allows).
Without a lexicon (`reads` None) every undeclared question counts as spoiling the last episode.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.lazy_re import compile_later
from bot.lore.lexicon_asian_words import NAME_OF_ASIAN_WRITING
from bot.show import NOTHING, SEASON_ONE_EPISODES, TRACKED_SEASON, Position, read_position
from bot.trivia.episodelabels import in_season, label, named
from bot.trivia.labelprefix import unprefixed, upload_naming
from bot.trivia.laterseason import (
    LaterSeason,
    casting,
    cjk_cast_named,
    first_season_titled,
    from_season_one,
    headed_later,
    held,
    is_whole_season,
    names_later_season,
    returned,
    season_headed,
    show_named,
)
from bot.trivia.model import Question, TriviaList
from bot.trivia.partnotes import (
    names_a_part,
    part_episode,
    part_headed,
    part_last,
    part_noted,
    part_prefixed,
    part_said,
    parts_said,
    season_listed,
)
from bot.trivia.seasonmarks import names_first_season
from bot.trivia.seasononeend import tells_season_one_end
from bot.trivia.stateasked import fate_asked, learning_asked, scene_words, state_asked
from bot.trivia.titlespan import title_first, title_span

Reads = Callable[[str], Position]
_SEASON_ONE_END = Position(1, SEASON_ONE_EPISODES)  # season 1's last episode
#: Words telling what comes after the episode a question names ("later", "eventually", "in the end", "depois", "luego").
_AFTER_TOLD = compile_later(r"(?<!\w)(?:later|eventually|in the end|at the end|finale|final|last|afterwards?|after|depois|"
                            r"mais tarde|no fim|luego|después|despues|más tarde|al final|nanti|akhirnya|sau đó|이후|나중|결국|後で|最後)(?!\w)",
                            re.IGNORECASE)


#: A question asking who or what someone is ("Who is the class president?", "Who is On-jo's neighbour?"), no event: a
#: role of up to three words, nothing happening to them ("Who is the one bitten on the bridge?" asks of an event).
_WHO_IS = compile_later(r"^\W*(?:who|what)\s+(?:is|are|was|were)\s+(?:the|an?|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*[?？]\W*$",
                        re.IGNORECASE)
_WHO_IS_EVENT = compile_later(r"(?<![\w-])(?:\w+ed|bit|bitten|bites?|killed|dies|died|dead|saves?|turn\w*|infect\w*|first|last)"
                              r"(?![\w-])", re.IGNORECASE)


def _asks_who_someone_is(question: str) -> bool:
    """Whether `question` asks only who someone is ("Who is the class president?"), not of an event ("Who is the one
    bitten on the bridge?", review69d: shown to everyone before)."""
    return _WHO_IS.match(question) is not None and _WHO_IS_EVENT.search(question) is None


def _read(reads: Reads | None, *texts: str | None) -> Position | None:
    """What the texts give away; None when no lexicon is there to tell."""
    if reads is None:
        return None
    return max((reads(t) for t in texts if t), default=NOTHING)


def _tag(found: Position | None, declared: Position | None, last: Position) -> Position:
    if declared is None:  # nothing declared: spoiling unless the lexicon finds nothing (a later season: that far)
        return NOTHING if found == NOTHING else max(last, found or NOTHING)
    return max(declared, found or NOTHING)


def asked_with_answer(question: Question) -> str:
    """The question read with its answer in it: "which actress said season 2 filming had not started
    (Park Ji-hu)" tells more than either half ("an actress" and a name each give nothing away), and
    the answer is shown in the clear once the round ends. Read instead of the question alone, never
    reading less than it, so it costs the lexicon nothing more."""
    if not question.answers:
        return question.text
    return f"{question.text.rstrip(' ?？')} ({question.answers[0]})"


# What a label leaves behind once taken out: empty brackets, a separator before the question.
_LEFT_BY_LABEL = compile_later(r"[(\[{【]\s*[)\]}】]|^\s*[-–—:|]\s*")


def _unlabelled(question: Question) -> str | None:
    """The question read with its answer, its author's episode label taken out (None without one)."""
    found = label(question.text)
    if found is None or found[0] not in question.text:
        return None
    text = _LEFT_BY_LABEL.sub("", question.text.replace(found[0], "", 1)).strip()
    return asked_with_answer(replace(question, text=text)) if text else None


def _found(question: Question, reads: Reads | None) -> Position | None:
    """What the lexicon reads in a question, its answers, choices and category (None without a lexicon)."""
    return _read(reads, parts_said(unprefixed(asked_with_answer(question))), *question.answers, *question.choices,
                 question.category, _unlabelled(question))


#: Words placing an event by a season's course, not its story ("the first to turn", "the opening scene", "처음"): in a
#: season-2 list they may be season 2's first (as "in the last scene", `_AFTER_TOLD`, its finale: wild27's c09).
_SEASON_RELATIVE = compile_later(r"(?<!\w)(?:first|beginning|begins?|start\w*|opening|premiere|primeir\w*|primer\w*|"
                                 r"pertama|unang|đầu tiên)(?!\w)|처음|첫|最初|初め|第一", re.IGNORECASE)

#: Season 2's own story in words no season-1 scene has ("Who tells the NIS that Nam-ra killed Woo-jin?": the National
#: Intelligence Service is Han Du-seok's, a season-2 newcomer's), and a question asking what something is called ("What
#: do fans call infected people who keep their minds? - halfbie": the word is E9's, read as Gwi-nam's turn, S1E5)
_NOT_A_SCENE = compile_later(r"(?<!\w)(?:NIS|national intelligence(?: service)?|intelligence service|"
                             # (fans' words, not a character's: "What does Cheong-san call the outbreak?" is E2's scene)
                             r"(?:fans?|people|viewers|we|they)\s+(?:call|name)|nicknamed?)(?!\w)"
                             r"|국정원|국가정보원|国家情報院|国家情报院|国情院", re.IGNORECASE)


#: A deed done to or by someone, in words the lexicon may not place: shooting, loving ("Who shoots So-ju?", "¿Quién le
#: dispara a So-ju?", "ソジュを撃ったのは誰？", "南罗爱谁？", "ナムラが好きなのは誰？"; imports52: asked at 0, the lexicon leaving So-ju
#: out as the drink's name and reading no love in Chinese or Japanese)
_DEED = compile_later(r"(?<!\w)(?:shoots?|shot|shooting|dispar\w*|bumaril|binaril|tembak\w*|bắn|lov(?:es?|ed)|in love|"
                      r"enamorad[oa]s?|mahal|cinta)(?!\w)|撃|射|쏘|쐈|好き|爱|喜欢|사랑", re.IGNORECASE)
#: The show's characters in Japanese or Chinese letters, of any length (a kana name never the start of a longer word)
_ASIAN_NAMED = compile_later("|".join(sorted((re.escape(w) for w in NAME_OF_ASIAN_WRITING
                                              if re.match("[\u3040-\u30ff\u4e00-\u9fff]", w)), key=len, reverse=True))
                             + "(?![\u30a1-\u30ff])")


def _unread_deed(question: Question, later: LaterSeason) -> bool:
    """Whether an unmarked question the lexicon reads as nothing tells a deed done to or by one of the show's characters
    ("Who shoots So-ju?"): what it tells of them is unknown, so it counts as naming the show (the last released episode)."""
    texts = (question.text, *question.answers)
    return _DEED.search(question.text) is not None and not casting(question.text) and (
        later.cast_named(texts) or _ASIAN_NAMED.search("\n".join(texts)) is not None)



def _course_free(question: Question, reads: Reads, found: Position, shown: str | None) -> bool:
    """Whether a question with words placing it by a season's course ("Which animal bites the first student in the science
    lab? - a rat") is read as the same season-1 episode without them: the scene places it, not the season's "first"."""
    text = asked_with_answer(replace(question, text=_SEASON_RELATIVE.sub(" ", question.text)))
    return reads(f"{shown}: {text}" if shown else text) == found


def _surely_season_one(question: Question, reads: Reads | None, last: Position, later: LaterSeason | None,
                       shown: str | None = None, *, season_one_titled: bool = False, bounded: bool = False,
                       later_titled: bool = False) -> Position | None:
    """The season-1 episode an unmarked question of a list uploaded after season 1 tells, where the lexicon reads it
    surely: a season-1 event or scene it places ("Who kills Woo-jin? - Nam-ra", "谁杀了宇镇君？", "Who locks the roof
    door?"), the question naming no episode, no later season, no newcomer and no return. Held to that episode, not to
    the last one out nor all of season 2 (fix117: S2E6 or S2E12 in a season-2 list, kept from fans who had seen it);
    None where it does not apply (a season-2 story the lexicon does not read stays held as the module says)."""
    if reads is None or later is None or (last <= _SEASON_ONE_END and not bounded):
        return None
    texts = (question.text, *question.answers)
    if casting(question.text) or later.about(texts, reads) or later.return_asked(question.text) \
            or any(names_later_season(t) for t in texts) or named(*texts) \
            or part_noted(question.text) or part_prefixed(question.text):
        return None
    if tells_season_one_end(question.text):  # ("Who does Nam-ra choose to stay with?": E12, whatever its state words)
        return _SEASON_ONE_END
    # ("Who tells the helicopter crew that nobody else is alive?": a claim, no state; "How many months later …?" a count,
    # but under a later season's title, "AOUAD S2 quiz", the epilogue may be that season's)
    asked = scene_words(question.text, counted=not later_titled)
    if _AFTER_TOLD.search(asked) or state_asked(asked, season_one_titled=season_one_titled) \
            or fate_asked(question.text) or learning_asked(question.text) or _NOT_A_SCENE.search(question.text):
        return None
    found = _found(question, reads)
    if found == NOTHING and shown:  # "… in the science lab? - a rat" under a title naming the show: read as the show's
        found = _read(reads, f"{shown}: {asked_with_answer(question)}")
    if found is None or not NOTHING < found <= _SEASON_ONE_END:
        return None
    return None if _SEASON_RELATIVE.search(question.text) and not _course_free(question, reads, found, shown) else found


def tag_question(question: Question, reads: Reads | None, *, declared: bool, last: Position) -> Question:
    said = question.spoils if declared else None
    # The category shows in the question's footer, where no spoiler bar can hide it.
    # (a part's episode in it read as the listing's, "pt.2 ep 3" as S2E9, not as all of the season: partnotes.py; a
    # quiz's numbering before its label left out, whose "S2 quiz - " alone would say all of season 2: episodelabels.py)
    # (and its words without their label, read with the answer as one sentence: "Before he dies saving the kids, what is
    # On-jo's dad's job? (ep 1)" with "firefighter" tells So-ju's death, S1E11, whatever "ep 1" declares)
    spoils = _tag(_found(question, reads), said, last)
    explanation = _tag(_read(reads, question.explanation), said, last) if question.explanation else NOTHING
    source = _tag(_read(reads, question.source), said, last) if question.source else NOTHING
    return replace(
        question,
        spoils=spoils,
        explanation_spoils=max(question.explanation_spoils, explanation),
        source_spoils=max(question.source_spoils, source),
    )


def written_episode(text: str) -> Position | None:
    """The episode written before or after a question as its author's tag ("(Ep 5) What ...",
    "Who ...? [SPOILER ep 9]", "||ep 6|| ...", "3화 - ..."), or None (bot/trivia/episodelabels.py)."""
    found = label(text)
    return found[1] if found is not None else None


def _seasons_marked(parsed: TriviaList) -> bool:
    """Whether some of a list's questions note their season ("(S2E4)", "(시즌2 4화)", a column's or a comment's tag): its
    author marks the later season's questions, so a bare "(11화)" beside them is season 1's. Marks of season 1 alone
    ("(시즌1 6화)" under "지우학 시즌2 파트1 퀴즈") say the other way: its author marks the recaps, the bare ones are the title's."""
    for question in parsed.questions:
        found = label(question.text)
        if question.id not in parsed.undeclared or (found and found[1] and found[1].season >= 2
                                                    and in_season(found[0], 2) == found[0]):
            return True
    return False


def _headed_episode(question: Question, season: int | None, reads: Reads | None) -> Position | None:
    """A question's bare label ("(ep 7)") under a header naming a later season alone ("AOUAD S2 quiz", "Quiz de Estamos
    Mortos T2"): that season's episode, unless the question's words tell season 1's story (a watch party's list mixes
    both: "Who stabs Gwi-nam's eye in the library? (ep 5)" stays S1E5); None when that does not apply."""
    found = label(question.text)
    if season is None or found is None or found[1] is None or found[1].season != 1:
        return None
    if reads is None or reads(question.text.replace(found[0], "")) > NOTHING:  # (its words, not the label's number)
        return None
    return read_position(in_season(found[0], season))


def tag_imported(
    parsed: TriviaList, reads: Reads | None, last: Position, later: LaterSeason | None = None
) -> TriviaList:
    """The list with every question's tags as games will use them, and warnings that say so (`later`: what
    tells a later season's story, whose questions are held as bot/trivia/laterseason.py says: to all of that
    season when it is not out yet)."""
    # (a quiz's "[Part 2] Q1 (ep 7): " read against what the whole list names: labelprefix.py)
    said = "\n".join((parsed.header or "", *(t for q in parsed.questions for t in (q.text, *q.answers))))
    with upload_naming(said, later is not None and later.newcomer_named(said)):
        return _tagged(parsed, reads, last, later)


def _tagged(parsed: TriviaList, reads: Reads | None, last: Position, later: LaterSeason | None) -> TriviaList:
    questions: list[Question] = []
    spoiling = 0
    raised: list[str] = []
    undeclared = 0
    whole: list[int] = []  # held to all of a later season: said apart, as no other warning names that season
    placed: list[int] = []  # season 1's story the lexicon places surely: said apart, as held to its own episode
    # a list whose first lines hold no words is titled by its name ("aouad_s2_quiz.txt" uploaded bare, numbered "1) ...":
    # "aouad s2 quiz"); a header naming season 1 beside the later one ("S2 countdown: season 1 recap") is no season's
    header = parsed.header if any(c.isalpha() for c in parsed.header or "") else parsed.name.replace("-", " ")
    headed_season = season_headed(header)
    headed_season = None if headed_season is None or names_first_season(header) or _seasons_marked(parsed) else headed_season
    headed = later is not None and headed_later(
        header, (t for q in parsed.questions for t in (q.text, *q.answers)), reads,
        told=any(not casting(q.text) and (later.about((q.text, *q.answers), reads) or later.cast_named((q.text, *q.answers))
                 or cjk_cast_named((q.text, *q.answers))) for q in parsed.questions),  # ("Who plays Nam On-jo?": no story)
        marked=any(q.id not in parsed.undeclared for q in parsed.questions))
    # a header about a later part ("AOUAD S2 Part 2 quiz", "mùa 2 phần 2") of this show (named, or told in a question)
    parted = part_headed(header, season_titled=headed or headed_season is not None) if later is not None and (headed or show_named(header) is not None or any(
        _read(reads, q.text, *q.answers) or later.about((q.text, *q.answers), reads) for q in parsed.questions)) else None
    # a quiz app's rows opening with a later part ("Parte 2: ¿A quién muerden en el puente?") in a list of a later
    # season's (its header, or one of its questions, tells it): the season's part, as a row's "(part 2)" is
    prefixed = later is not None and any(part_prefixed(q.text) for q in parsed.questions) and (
        headed or headed_season is not None or any(later.about((q.text, *q.answers), reads) for q in parsed.questions))
    # a title naming season 1 and no later season ("AOUAD season 1 quiz", "Kuis AOUAD musim 1 - bagian 2"): what it leaves
    # unplaced is season 1's, held to its last episode, not to what is out of a later season
    # (nor a question naming one: "… (season 2 teaser)" under it is no season-1 question)
    first_only = later is not None and last > _SEASON_ONE_END and first_season_titled(header) and not any(
        names_later_season(t) for q in parsed.questions for t in (q.text, *q.answers))
    # a list half of whose questions tell a later season's story ("Who leads the NIS team?"): its others naming the
    # show's cast may tell it too in words the lexicon cannot place ("… trapped with Dae-su in the hospital lift?"), and
    # its rows' "(part 2)" are that season's part
    told_later = later is not None and not first_only and sum(
        later.about((q.text, *q.answers), reads) or from_season_one(q.text) for q in parsed.questions) * 2 >= len(parsed.questions)
    unplaced = _unplaced_hold(parsed, header, last, titled_part=parted is not None)
    # (never a Red list's: its first comment may be its first question's own note, "# spoilers: ep 1-3", a declared tag)
    bound = read_position(in_season(span, 1)) if (span := title_span(header)) and headed_season is None and parsed.format != "red" else None
    # ...a list of the show's even where its title does not name it ("Episodes 1-3 quiz (season 1)"), when a row tells its
    # story: each row read as the show's ("Which animal bites the first student in the science lab? - a rat": E1, was 3)
    bound_shown = show_named(header) or ("AOUAD" if bound is not None and any(_found(q, reads) for q in parsed.questions) else None)
    for number, question in enumerate(parsed.questions, start=1):
        declared = question.id not in parsed.undeclared
        # "Which season 1 survivor opens the gym door? (ep 4)": asked of a later season, its bare episode that season's
        # (never under a title naming season 1 alone: "Which season 1 character dies first? (ep 1)" there is S1E1, review67b)
        if not declared and later is not None and not first_only and from_season_one(question.text):
            written = _headed_episode(question, TRACKED_SEASON, reads)
            question, declared = (replace(question, spoils=written), True) if written else (question, declared)
        # an episode the question or an answer names is given away whatever is declared ("in episode 7, ...");
        # named without a label it declares nothing: "in episode 1, who is later killed by Nam-ra?" tells more
        # than episode 1, so it counts as naming the show (the last released episode), as an undeclared one does
        names = named(question.text, *question.answers)
        if not declared and (written := _headed_episode(question, headed_season, reads) or written_episode(question.text)):
            question, declared = replace(question, spoils=written), True
        undeclared += not declared
        tagged = tag_question(question, reads, declared=declared, last=last)
        if tagged.spoils < _SEASON_ONE_END and tells_season_one_end(question.text):  # (under "episodios 4 al 6" too)
            tagged = replace(tagged, spoils=_SEASON_ONE_END)
        elif declared and bound is not None and question.spoils == bound and label(question.text) is None \
                and (own := _surely_season_one(question, reads, last, later, bound_shown, bounded=True)) is not None \
                and (own := max(own, Position(1, title_first(header)))) < bound:
            # under a title bounding season 1's episodes ("AOUAD season 1 quiz: episodes 4 to 6"), a row the lexicon reads
            # surely as an episode within them is that episode's, not the bound's (imports53: "Who stabs Gwi-nam's eye in
            # the library?" was S1E6)
            tagged = replace(tagged, spoils=own)
        if not declared and (sure := _surely_season_one(question, reads, last, later, show_named(header), season_one_titled=first_only,
                                                        later_titled=headed_season is not None)) is not None:
            questions.append(replace(tagged, spoils=sure))
            spoiling += 1
            placed.append(number)
            continue
        if names > tagged.spoils or (names and not declared):
            tagged = replace(tagged, spoils=max(names, tagged.spoils, NOTHING if declared else last))
        if not declared and not tagged.spoils and later is not None and (later.unread_story(
                header, question.text, question.answers)  # "¿Quién infecta a Gyeong-su a propósito?" under "Trivia AOUAD"
                or _unread_deed(question, later)):  # "Who shoots So-ju?", "南罗爱谁？"
            tagged = replace(tagged, spoils=last)
        # an event told without a character ("What bites the first student in the science lab?" with "a rat") under a
        # header naming the show is the show's: read so, as the lexicon reads the plot words other stories share only
        # in a text about the show (read alone it spoiled nothing: asked at episode 0)
        if not declared and not tagged.spoils and (shown := show_named(header)) is not None:
            tagged = replace(tagged, spoils=_tag(_read(reads, f"{shown}: {asked_with_answer(question)}"), None, last))
        if later is not None and (later.about((question.text, *question.answers), reads) or (headed and not declared and not casting(question.text))):
            hold = last if part_noted(question.text) or part_prefixed(question.text) else unplaced
            spoils = held(tagged.spoils, question.spoils if declared else None, hold)
            # one counted as the last episode out only for naming the show in words the lexicon does not read ("Quem é
            # mordido na ponte? - Su-hyeok" under "2ª temporada"): unplaced, as one read as nothing (imports51: S2E6)
            # (never one asking whom a season-1 character loves in words the lexicon does not read, "¿De quién está
            # enamorada Nam-ra?": a state asked of what is out, as "Who does Nam-ra love?", read as the kiss, is)
            if not declared and spoils == last and _read(reads, asked_with_answer(question), *question.answers) == NOTHING \
                    and not (_unread_deed(question, later) and state_asked(question.text)
                             and not later.about((question.text, *question.answers), reads)):
                spoils = max(spoils, hold)
            # "Does Cheong-san come back?": season 2's first episode, not the last one out (laterseason.py)
            if not declared and later.return_asked(question.text) and (found := _read(reads, question.text, *question.answers)):
                spoils = returned(max(found, names), last)
            tagged = replace(tagged, spoils=spoils)
        # under "AOUAD S2 Part 2 quiz" a question is that part's, never asked an episode before it drops; so is one
        # noted "(part 2)" under "AOUAD S2 quiz hanggang ep 3" (the title's bound is Part 1's)
        # (a question read as nothing is raised only under a header of the show's: a quiz app's "Which city is the school
        # in?"; one whose tag is already in that part keeps it: "[Part 2] Q1 (ep 2)" is S2E8)
        # (or its answer names them: "Who is bitten on the bridge? - ||Su-hyeok||", imports50: asked at 0 before; never
        # one asking who someone is, "Who is the class president? - Nam-ra")
        if told_later and not declared and not tagged.spoils and later is not None \
                and later.cast_named((question.text, *(() if _asks_who_someone_is(question.text) else question.answers))) \
                and not casting(question.text):  # (its own words name them: "Who plays Lee Cheong-san?" spoils nothing)
            tagged = replace(tagged, spoils=unplaced)
        noted = (part_noted(question.text) if headed or told_later else None) or (part_prefixed(question.text) if prefixed else None)
        if noted and tagged.spoils < (read_position(part_episode(TRACKED_SEASON, noted, 1)) or NOTHING):
            tagged = replace(tagged, spoils=max(tagged.spoils, part_last(TRACKED_SEASON, noted)))
        if parted is not None and not declared and (tagged.spoils or headed or show_named(header) is not None):
            tagged = replace(tagged, spoils=max(tagged.spoils, parted))
        if first_only and not declared and tagged.spoils > _SEASON_ONE_END and later is not None \
                and not later.about((question.text, *question.answers), reads) and not later.return_asked(question.text) \
                and (found := _read(reads, asked_with_answer(question), *question.answers)) is not None \
                and found <= _SEASON_ONE_END:
            # one saying its own episode ("… in episode 2?", "No episódio 3, …") and read as no later, nor telling what
            # comes after it ("in episode 1, who is later killed …?"): that episode's
            own = names if names and found <= names and not _AFTER_TOLD.search(question.text) else _SEASON_ONE_END
            tagged = replace(tagged, spoils=own)
        questions.append(tagged)
        if is_whole_season(tagged.spoils):  # all of a later season: said below, not as the last released
            whole.append(number)
            undeclared -= not declared
            continue
        if not declared and tagged.spoils:
            spoiling += 1
        if declared and tagged.spoils > question.spoils:
            # by its number, not its text: the text is what gives the episode away
            raised.append(f"{_where(parsed, number, said=True)} declares {question.spoils or 0} but names {tagged.spoils}")
    warnings: list[str] = []  # hyosan's own first: what the questions spoil is always shown
    red = parsed.format == "red"
    if undeclared:
        head = "Red lists cannot say what a question spoils" if red else "Some questions do not say what they spoil"
        if spoiling:
            safe = undeclared - spoiling
            warnings.append(
                f"{head}: {spoiling} of {undeclared} name something from the show, so those count as spoiling "
                f"{last} (the last released episode) and are asked only in channels marked /spoilers up_to:latest"
                + (f"; the other {safe} spoil nothing and are asked anywhere." if safe else ".")
            )
            if placed:  # (held to their own episode, not the last released: said, so the reply does not mislead)
                which = ", ".join(f"{_where(parsed, n)}: {questions[n - 1].spoils}" for n in placed[:5]) + (" …" if len(placed) > 5 else "")
                many = len(placed) > 1
                warnings.append(f"Of those, {len(placed)} tell{'' if many else 's'} season 1's story at an episode the "
                                f"spoiler reader knows ({which}), so {'they count' if many else 'it counts'} as spoiling "
                                "that episode instead.")
            warnings.append(
                "To declare spoils: /trivia export this list, set `spoils:` on each question (0 for nothing, or an "
                "episode like S1E7) and import the file again."
            )
        else:
            warnings.append(
                f"{head}: the question names nothing from the show, so it spoils nothing and is asked anywhere."
                if undeclared == 1 else
                f"{head}: none of these {undeclared} name anything from the show, so they spoil nothing and are "
                "asked anywhere."
            )
    if whole:
        seasons = " and ".join(sorted({f"season {q.spoils.season}" for q in questions if is_whole_season(q.spoils)}))
        many = len(whole) > 1
        # which ones, by their lines (their text is what gives the season away), so a moderator can fix a declared
        # `spoils:` the words overrule ("Who holds the gym doors?", `spoils: 4`, answered by a season-2 newcomer)
        which = ", ".join(_where(parsed, n) for n in whole[:5]) + (" …" if len(whole) > 5 else "")
        warnings.append(
            f"{len(whole)} question{'s' if many else ''} ({which}) "
            f"tell{'' if many else 's'} the story of {seasons} without an episode"
            f"{', and it is not out yet' if last.season < 2 else ''}, so {'they are' if many else 'it is'} asked "
            f"only in channels marked for the end of {seasons} (its last episode), never before it."
        )
    if coming := sorted({q.spoils for q in questions if q.spoils > last and not is_whole_season(q.spoils)}):
        # a list readied for a release (bot/trivia/laterseason.py `ahead`): said, so nobody waits for them sooner
        span = str(coming[0]) if len(coming) == 1 else f"{coming[0]} to {coming[-1]}"
        count = sum(1 for q in questions if q.spoils in coming)
        warnings.append(f"{count} question{'s spoil' if count > 1 else ' spoils'} {span}, not out yet: asked only once "
                        "a channel's spoiler mark reaches that episode.")
    if raised:
        warnings.append(
            "Questions that name more than they declare count as spoiling what they name: "
            + "; ".join(raised[:5]) + (" …" if len(raised) > 5 else "")
        )
    spoiling_texts = {" ".join(q.text.split()): _where(parsed, n, said=True)
                      for n, q in enumerate(questions, start=1) if q.spoils}
    said = tuple(_unquoted(w, spoiling_texts, reads) for w in parsed.warnings)
    return replace(parsed, questions=tuple(questions), warnings=(*warnings, *said), undeclared=frozenset())


def _unplaced_hold(parsed: TriviaList, header: str, last: Position, *, titled_part: bool) -> Position:
    """Where a later season's story the list leaves unplaced is held: while a later part of that season is listed and not
    out, all of the season as listed ("Who saves Jong-ah from the horde?" in an untitled list may be Part 2's; imports50:
    held to what is out, it was shown at Part 1); else, or where the list says which part it is of (`titled_part`, a title
    naming a part, forbidding Part 2's spoilers too, or bounding the list, "spoilers até o ep 6 da 2ª temporada"; its file's
    name naming Part 1) or its author marks a later season's rows ("# S2P1E2", "In part 2, …"), what is out."""
    if titled_part or last.season < TRACKED_SEASON:
        return last
    if any((q.id not in parsed.undeclared and q.spoils.season >= TRACKED_SEASON) or part_said(q.text) > 1
           for q in parsed.questions):
        return last
    titled = parsed.header or ""  # (the file's name read as its title: "imp-p05-…" names no part)
    bounded = named(titled) if titled else NOTHING
    if names_a_part(titled) or (bounded and not is_whole_season(bounded)) or part_said(header) == 1:
        return last
    return max(last, season_listed(last.season) or last)


# Text a refusal or a warning quotes, 'like this', "like this" or “like this” (an apostrophe inside a
# word, "Cheong-san's", neither opens nor closes one), after "question " or "the question " when it
# is one: a question, an answer, a label or a line as the moderator wrote it.
_QUOTED = compile_later(r"(?<!\w)((?:the )?question )?(?:'(.+?)'(?!\w)|\"(.+?)\"(?!\w)|“(.+?)”)")
#: What stands for quoted text that gives something away: the line the problem names says which.
HIDDEN = "(text hidden: it names something from the show)"


def _quoted(match: re.Match[str]) -> tuple[str, str]:
    """(the words before the quote, the text quoted, without the ellipsis a long one was cut with)."""
    inner = next(group for group in match.groups()[1:] if group is not None)
    return match.group(1) or "", inner.removesuffix("…").removesuffix("...")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _where(parsed: TriviaList, number: int, *, said: bool = False) -> str:
    """Question `number` (1-based) as the moderator's file reads: its line where found ("line 5", under a title and a
    blank line; `said`: "the question on line 5", where a sentence names it), else its number ("question 3")."""
    line = parsed.lines[number - 1] if number <= len(parsed.lines) else 0
    return f"question {number}" if not line else f"the question on line {line}" if said else f"line {line}"


def _unquoted(warning: str, spoiling: dict[str, str], reads: Reads | None) -> str:
    """The warning with every spoiling question it quotes named by its line instead (as written,
    or with other capitals or spaces), and any other quoted text that gives something away hidden:
    the reply is shown in the clear, and the question's text is what gives its episode away."""
    def swap(match: re.Match[str]) -> str:
        before, inner = _quoted(match)
        folded = _folded(inner)
        for text, where in spoiling.items():
            if len(folded) >= 8 and _folded(text).startswith(folded):
                return where
        if reads is not None and reads(inner):
            return "the question" if before else HIDDEN
        return match.group(0)
    return _QUOTED.sub(swap, warning)


def tag_text(text: str | None, reads: Reads | None, last: Position) -> Position:
    """What a text from an imported list that declares nothing (its author, its description)
    spoils: nothing when the lexicon finds nothing, else the last released episode."""
    if not text:
        return NOTHING
    return _tag(_read(reads, text), None, last)


def spoiling_names(parsed: TriviaList, reads: Reads) -> list[str]:
    """Why a list's name or a category of it cannot be used: they show in autocomplete choices, game
    announcements and the lists, where Discord cannot hide spoilers, so they must give nothing
    away (`reads`: what a name gives away, read as its words). Said without repeating the name."""
    problems = []
    spoils = reads(parsed.name)
    if spoils:
        problems.append(
            f"the list's name (the name option, else the file's `name:` or its file name) names what happens in "
            f"the show (up to {spoils.label}); names show where spoilers cannot be hidden: choose another"
        )
    named = {parsed.name}
    for number, question in enumerate(parsed.questions, start=1):
        if question.category in named:
            continue
        named.add(question.category)
        spoils = reads(question.category)
        if spoils:
            problems.append(
                f"question {number}: its category names what happens in the show (up to {spoils.label}); "
                "categories show where spoilers cannot be hidden: choose another"
            )
    return problems


def unspoiled_problems(problems: list[str], reads: Reads | None) -> list[str]:
    """A refusal's problems with everything they quote that names something from the show (all of it,
    without a lexicon to tell) hidden: a question said as "the question", any other line, label or
    answer as HIDDEN. The reply is read in the clear, and the line each problem names says which."""
    def swap(match: re.Match[str]) -> str:
        before, inner = _quoted(match)
        if reads is not None and not reads(inner):
            return match.group(0)
        return "the question" if before else HIDDEN
    return [_QUOTED.sub(swap, problem) for problem in problems]
