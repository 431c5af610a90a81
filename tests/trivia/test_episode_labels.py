"""Episode labels, named episodes and `# spoils:` comments as moderators write them (bot/trivia/episodelabels.py)."""

from __future__ import annotations

import pytest

from bot.show import NOTHING, Position, ShowShape
from bot.trivia.episodelabels import comment_over, label, named
from bot.trivia.lists import ListError, parse_list
from bot.trivia.tagging import tag_imported
from tests.table import table


@table(("text", "episode"), [
    ("Who is bitten? (Ep 1)", 1), ("Who? (ep.3)", 3), ("Who? (Episode 11)", 11), ("Who? (Ep12)", 12),
    ("[SPOILER ep 9] Who throws him?", 9), ("{ep4} Where?", 4), ("【3화】 Who dies?", 3),
    ("Who? (spoiler: ep 10)", 10), ("Who? <ep 7>", 7), ("Who? (spoilers up to ep 8)", 8),
    ("||ep 6|| Who?", 6), ("Who? ||ep 11||", 11), ("||Spoiler E11|| Who?", 11), ("|| EP 12 || How many?", 12),
    ("||(Ep 5)|| What?", 5), ("Which two? ||spoilers ep7||", 7), ("(3화) 누가?", 3), ("[스포 6화] 누가?", 6),
    ("(스포주의 11화) 누가?", 11), ("12화 - 누가?", 12), ("SPOILER ep 8: What?", 8),
    ("(spoilers for episode 10) Who?", 10), ("Who? (major spoiler, ep 11)", 11), ("spoiler!! ep5 - who?", 5),
    ("(S1E3) Who?", 3), ("[제3회] 누가?", 3), ("(스포 11회) 누가?", 11), ("제12화 - 누가?", 12), ("[ㅅㅍ 9화] 누가?", 9),
])
def test_a_label_before_or_after_a_question_is_read(text: str, episode: int) -> None:
    found = label(text)
    assert found is not None and found[1] == Position(1, episode)


@table("text", ["(no spoilers) Who plays On-jo?", "How many episodes are there?", "Who is #1?"])
def test_no_label(text: str) -> None:
    assert label(text) is None


def test_episodes_named_inside_a_question_or_an_answer() -> None:
    assert named("In episode 7, which two kiss?") == Position(1, 7)
    assert named("the episode 5 library scene", "Episode 6") == Position(1, 6)
    assert named("How many episodes does season 1 have?", "12 episodes") == NOTHING


# rehearse59: "What do the NIS agents drive in S2E2?" named nothing, so a Red list's question was asked in unmarked channels
@table(("text", "episode"), [
    ("What do the NIS agents drive in S2E2?", Position(2, 2)), ("Who is new in s02e01", Position(2, 1)),
    ("Which tower do they climb in season 2 episode 3?", Position(2, 3)), ("what happens in s2 ep 4?", Position(2, 4)),
    # a console, a sequel's title, a season alone: no episode
    ("Which PS2 game does Dae-su play?", NOTHING), ("Who is in season 2?", NOTHING), ("How many eps in S2?", NOTHING),
])
def test_an_episode_named_with_its_season_inside_a_question(text: str, episode: Position) -> None:
    assert named(text) == episode


def test_a_spoils_comment_over_a_red_question_or_after_it() -> None:
    lines = ["AUTHOR: x", "# spoils: S1E6", "Who bites Nam-ra?:", "- Gwi-nam", "Who? :  # spoils E9", "- x", "# no spoilers", "Q?:"]
    assert comment_over(lines, 3) == (2, "S1E6")
    assert comment_over(lines, 5) == (5, "E9")
    assert comment_over(lines, 8) == (7, "0")
    assert comment_over(lines, 4) is None


def test_a_red_list_reads_its_comments_and_refuses_a_label_past_the_last_episode() -> None:
    parsed = parse_list(b"# spoils: ep 11\nWho dies in the gym?:\n- So-ju\nWhat is the school?:\n- Hyosan\n", "red")
    first, second = parsed.questions
    assert first.spoils == Position(1, 11) and first.id not in parsed.undeclared and second.id in parsed.undeclared
    with pytest.raises(ListError) as refused:
        parse_list(b"Who reappears on the roof? (Ep 13):\n- Nam-ra\n", "red")
    assert "line 1" in str(refused.value.problems) and "S1E12" in str(refused.value.problems)


@table("data", [
    b"Who is the bully?:\n- Gwi-nam\nRun this?: !!python/object/apply:os.system [\"echo pwned\"]\n",
    b"Who is the bully?:\n- Gwi-nam\nRun this?:\n- !!python/name:os.system\n",
    b"Who is the bully?: !!set {Gwi-nam: null}\n",
])
def test_a_yaml_tag_for_another_program_is_refused_not_read_as_answers(data: bytes) -> None:
    with pytest.raises(ListError) as refused:
        parse_list(data, "red")
    assert any("another program" in p for p in refused.value.problems)


def test_a_question_repeated_in_a_hyosan_list_is_kept_once_with_the_later_spoils() -> None:
    data = (b"hyosan: 1\nquestions:\n  - question: Who infects Gyeong-su?\n    answers: [Na-yeon]\n    spoils: S1E3\n"
            b"  - question: Who infects Gyeong-su?\n    answers: [Na-yeon, Lee Na-yeon]\n    spoils: S1E6\n")
    parsed = parse_list(data, "dup")
    (question,) = parsed.questions
    assert question.spoils == Position(1, 6) and question.answers == ("Na-yeon",)
    assert any(w.startswith("line 6:") and "appears twice" in w for w in parsed.warnings)


def test_an_unpaired_spoiler_bar_in_a_question_is_warned_of() -> None:
    parsed = parse_list(b"Who bites Cheong-san? ||:\n- Gwi-nam\n", "bars")
    assert any(w.startswith("line 1:") and "unpaired '||'" in w for w in parsed.warnings)
    paired = parse_list(b"Who is it? ||ep 11||:\n- \"||Gwi-nam||\"\n", "bars").warnings
    assert not any("unpaired" in w for w in paired)


def test_a_hyosan_question_labelled_past_the_last_episode_is_refused() -> None:
    with pytest.raises(ListError) as refused:
        parse_list(b"hyosan: 1\nquestions:\n  - question: Who comes back? (Ep 13)\n    answers: [Cheong-san]\n", "late")
    assert any(p.startswith("line 3:") and "S1E12" in p for p in refused.value.problems)


def test_a_weekday_is_not_an_episode() -> None:
    assert named("2화요일에 뭐 해요?") == NOTHING and named("3화에서 누가 죽나요?") == Position(1, 3)


# -- as a sixth set of uploads wrote them (tests/trivia/fixtures/imports_wild6) ----------------------------


@table(("text", "episode"), [
    ("9화 스포) 격리소에서 누가?", 9), ("S1.E4 Who is mauled?", 4), ("S1E07 - Which room?", 7),
    ("(s01e11) How?", 11), ("e07 - Who swims back?", 7), ("[E8] What do they build?", 8),
    ("ep7-8 spoiler - Who tells the crew?", 8), ("(spoilers ep 3~5) Who?", 5),
])
def test_labels_after_a_spoiler_word_with_a_season_or_as_a_range_are_read(text: str, episode: int) -> None:
    found = label(text)
    assert found is not None and found[1] == Position(1, episode)


def test_a_range_past_the_last_episode_is_named_as_such() -> None:
    found = label("(ep 12-13) Who comes back?")
    assert found is not None and found[1] == Position(1, 13)  # (label_allowed refuses it, naming the line)


def test_spoiler_comments_in_other_words_are_the_authors_tag() -> None:
    lines = ["# spoilers for ep 11!!", "Q1?:", "# ⚠ SPOILER (9화)", "Q2?:", "#contains spoilers up to episode 10", "Q3?:",
             "Q4?:   # safe, no spoilers", "Q5?:  # ep11 spoiler", "# spoilers ep 7-8", "Q6?:", "# remember to check", "Q7?:"]
    assert comment_over(lines, 2) == (1, "ep 11")
    assert comment_over(lines, 4) == (3, "9화")
    assert comment_over(lines, 6) == (5, "episode 10")
    assert comment_over(lines, 7) == (7, "0")
    assert comment_over(lines, 8) == (8, "ep11")
    assert comment_over(lines, 10) == (9, "S1E8")  # (a range as the episode it ends on: the list's reader reads that)
    assert comment_over(lines, 12) is None
    parsed = parse_list(b"# spoilers for ep 11!!\nWho leads them out of the gym?:\n- So-ju\n", "red")
    assert parsed.questions[0].spoils == Position(1, 11) and not parsed.undeclared


def test_a_spoils_comment_naming_no_episode_is_still_refused_naming_its_line() -> None:
    with pytest.raises(ListError) as refused:
        parse_list(b"# spoils: banana\nWho?:\n- x\n", "red")
    assert refused.value.problems[0].startswith("line 1: the comment says")


def test_a_question_wholly_in_curly_quotes_is_read_without_them_and_its_answers_kept() -> None:
    parsed = parse_list("“Who plays Nam On-jo?”:\n- “Park Ji-hu”\n“I'm not the only one” - who says it?:\n- Nam-ra\n"
                        .encode(), "curly")
    first, second = parsed.questions
    assert first.text == "Who plays Nam On-jo?" and first.answers == ("“Park Ji-hu”",)
    assert second.text == "“I'm not the only one” - who says it?"
    assert any(w.startswith("line 1:") and "curly quotes" in w for w in parsed.warnings)


@table("comment", [
    "# not safe: big spoilers", "# NOT spoiler free", "# spoilers! not safe if you havent finished",
    "# no spoilers? wrong, this spoils the ending", "# ep1 and finale spoilers",
])
def test_a_spoiler_warning_is_never_read_as_spoiling_nothing_or_less(comment: str) -> None:
    parsed = parse_list(f"{comment}\nWho bites Cheong-san at the construction site?:\n- Gwi-nam\n".encode(), "red")
    assert parsed.questions[0].id in parsed.undeclared  # no tag: held back (to the last episode without the lexicon)
    last = ShowShape.season_one().last()
    assert tag_imported(parsed, None, last).questions[0].spoils == last


def test_a_heading_comment_tags_every_question_under_it_up_to_the_next_heading() -> None:
    lines = ["# ---- no spoilers ----", "Q1?:", "- a", "Q2?:", "- b", "# ==== SPOILERS up to ep 4 ====", "Q3?:", "- c",
             "Q4?:", "- d", "# ---- cast ----", "Q5?:", "- e", "# just a note", "Q6?:", "Q7?:  # spoiler ep 8"]
    assert comment_over(lines, 4) == (1, "0")
    assert comment_over(lines, 9) == (6, "ep 4")
    assert comment_over(lines, 12) is None  # a heading of its own ends the spoiler section
    assert comment_over(lines, 15) is None  # a plain comment over it says nothing, and no heading rules it
    assert comment_over(lines, 16) == (16, "ep 8")  # a question's own comment comes first
    parsed = parse_list(b"# --- spoilers ep 11 ---\nWho leads them out of the gym?:\n- So-ju\nWho dies there?:\n- So-ju\n",
                        "red")
    assert [q.spoils for q in parsed.questions] == [Position(1, 11)] * 2 and not parsed.undeclared


def test_a_red_question_written_with_its_answers_and_episode_under_it_is_read() -> None:
    parsed = parse_list(b"Who stabs Gwi-nam in the eye?:\n  answers:\n  - Cheong-san\n  episode: 5\n"
                        b"Who bites Cheong-san?:\n  answers: [Gwi-nam]\n  spoiler: ep11\nWhat school?:\n  answers: [Hyosan]\n",
                        "red")
    assert [(q.text, q.answers, q.spoils) for q in parsed.questions] == [
        ("Who stabs Gwi-nam in the eye?", ("Cheong-san",), Position(1, 5)),
        ("Who bites Cheong-san?", ("Gwi-nam",), Position(1, 11)),
        ("What school?", ("Hyosan",), NOTHING),
    ]
    assert parsed.undeclared == frozenset({parsed.questions[2].id})
    with pytest.raises(ListError) as refused:
        parse_list(b"Who?:\n  answers: [x]\n  ep: 13\n", "red")
    assert refused.value.problems[0].startswith("line 3: the question spoils '13', which is not an episode")


def test_a_markdown_heading_or_a_heading_that_is_just_an_episode_holds_that_episodes_questions() -> None:
    parsed = parse_list(b"## Episode 5\nWho stabs Gwi-nam's eye?:\n- Cheong-san\nWhat does Ha-ri use?:\n- bow\n## Cast\n"
                        b"Who plays On-jo?:\n- Park Ji-hu\n# ===== EP 11 =====\nWho leads them out?:\n- So-ju\n", "red")
    assert [q.spoils for q in parsed.questions] == [Position(1, 5), Position(1, 5), NOTHING, Position(1, 11)]
    assert parsed.undeclared == frozenset({parsed.questions[2].id})  # "## Cast" ends episode 5's section


def test_a_red_question_holding_fields_red_has_no_place_for_is_refused_naming_them() -> None:
    with pytest.raises(ListError) as refused:
        parse_list(b"Who?:\n- x\nWho bites Nam-ra?:\n  answers: [Gwi-nam]\n  difficulty: hard\n  episode: 6\n", "red")
    assert refused.value.problems == [
        "line 3: question 'Who bites Nam-ra?' holds 'difficulty', which a Red list has no place for: under a question "
        "write only its answers (and 'episode:'), or write the whole list in hyosan's format (hyosan: 1, questions:), "
        "which keeps them"
    ]


def test_a_heading_for_spoilers_after_an_episode_never_tags_that_episode() -> None:
    # "spoilers after ep 5" spoil episode 6 and on: never asked in a channel safe up to episode 5
    parsed = parse_list(b"# ---- spoilers after ep 5 ----\nWho dies in the finale?:\n- Cheong-san\n", "red")
    assert parsed.questions[0].id in parsed.undeclared


def test_safe_for_season_one_watchers_is_no_promise_of_nothing_spoiled() -> None:
    # "safe for S1 watchers" spoils season 1: never asked in a channel with no spoilers allowed
    parsed = parse_list(b"# safe for S1 watchers\nWho dies in the finale?:\n- Cheong-san\n", "red")
    assert parsed.questions[0].id in parsed.undeclared


def test_korean_spoiler_comments_count_episodes_in_hoe_and_say_spoiler_in_its_initials() -> None:
    lines = ["# 3회 스포", "Q1?:", "# ㅅㅍ 12화", "Q2?:", "# 스포: 제11화", "Q3?:", "# 3회 우승", "Q4?:"]
    assert comment_over(lines, 2) == (1, "3회")
    assert comment_over(lines, 4) == (3, "12화")
    assert comment_over(lines, 6) == (5, "제11화")
    assert comment_over(lines, 8) is None  # (no spoiler word: "won 3 times" is no tag)
    assert named("3회 우승한 사람은?") == NOTHING  # (in a question, 회 counts times, not an episode)


@table(("comment", "episode"), [
    ("# spoils: 11 & 12", 12), ("# spoilers: eps 3 and 4", 4), ("# spoilers for ep 3, 5 & 9", 9),
    ("# ⚠ SPOILER (9화, 10화)", 10), ("# SPOILER WARNING: episode seven", 7), ("# eps 3-4 spoilers", 4),
    ("# spoilers ep 7-8", 8), ("# spoils: S1E3~5", 5), ("## Episodes 5-6", 6),
])
def test_a_spoiler_comment_listing_episodes_or_saying_one_in_words_tags_the_last(comment: str, episode: int) -> None:
    parsed = parse_list(f"{comment}\nWho is it?:\n- someone\n".encode(), "red")
    assert parsed.questions[0].spoils == Position(1, episode) and not parsed.undeclared
