"""Uploads from the thirtieth blind set (bench/trivia_import.py --set wild30): lists readied for season 2's release,
brought from quiz apps and other bots. A season's part in a note is read as that season's episode (part 1 begins the
season; a later part's episode, not numbered before the listing shows the parts, holds the question to all of it);
Blooket's template and Quizizz's Open-Ended rows read; another bot's JSON named for what it is; spellings of one name
joined by "or" each accepted."""

from __future__ import annotations

import datetime as dt

from bot.lore.lexicon_seasons import whole_season
from bot.show import NOTHING, EpisodeInfo, Position, ShowShape
from bot.trivia.episodelabels import named
from bot.trivia.partnotes import parts_listed
from bot.trivia.tagging import written_episode
from tests.table import table
from tests.trivia.uploads import answers, refusal, spoils, text


@table(("note", "held"), [
    ("S2P1E3", Position(2, 3)),
    ("S2 Part 1 Ep 2", Position(2, 2)),
    ("season 2, part 1, episode 4", Position(2, 4)),
    ("season 2 part 2 ep 1", whole_season(2)),
    ("S2P2E1", whole_season(2)),
    ("시즌2 파트2 1화", whole_season(2)),
    ("part 2 ep 1", whole_season(2)),
    ("S2 Part 2", whole_season(2)),
    ("T2 Parte 1 Ep 3", Position(2, 3)),  # (wild31: Spanish, Portuguese, German and Japanese part marks)
    ("Staffel 2 Teil 2 Folge 1", whole_season(2)),
    ("シーズン2 パート1 第2話", Position(2, 2)),
    ("シーズン2 パート2 第1話", whole_season(2)),
])
def test_a_seasons_part_in_a_spoiler_column_holds_the_question_to_that_season(note: str, held: Position) -> None:
    parsed = text(f"Question,Answer,Spoiler\nWho leads the NIS team?,Han Du-seok,\"{note}\"\n")
    assert spoils(parsed) == {"Who leads the NIS team?": held}


@table(("upload", "question", "held"), [
    ("# spoiler: season 2 part 2 ep 1\nWho leads the NIS team?:\n- Han Du-seok\n", "Who leads the NIS team?",
     whole_season(2)),
    ("# S2P1E4\nWho leads the NIS team?:\n- Han Du-seok\n", "Who leads the NIS team?", Position(2, 4)),
    ("**Season 2 Part 2**\nQ: Who leads the NIS team?\nA: Han Du-seok\nEpisode: 1\n", "Who leads the NIS team?",
     whole_season(2)),
    ("**Season 2 Part 1**\nQ: Who leads the NIS team?\nA: Han Du-seok\nEpisode: 3\n", "Who leads the NIS team?",
     Position(2, 3)),
    # (wild31) a Part column beside Season and Episode; a repeat noted in part 2 holds the question kept
    ("Question,Answer,Season,Part,Episode\nWho leads the NIS team?,Han Du-seok,2,2,1\n", "Who leads the NIS team?",
     whole_season(2)),
    ("Question,Answer,Season,Part,Episode\nWho leads the NIS team?,Han Du-seok,2,1,3\n", "Who leads the NIS team?",
     Position(2, 3)),
    ("Question,Answer,Spoiler\nWho leads the NIS team?,Han Du-seok,S2P1E1\nwho leads the NIS team?,Du-seok,S2P2E1\n",
     "Who leads the NIS team?", whole_season(2)),
    ("# S2P1E2\nWho leads the NIS team?:\n- Han Du-seok\n# S2P2E2\nWho leads the NIS team?:\n- Du-seok\n",
     "Who leads the NIS team?", whole_season(2)),
    ("Quiz!\n\n**Season 2 Part 1 (eps 1-4)**\n1. Who leads the NIS team?\nA: >!Han Du-seok!<\n\nEdit: thanks!\n",
     "Who leads the NIS team?", Position(2, 4)),
])
def test_a_later_parts_episode_is_never_read_as_the_seasons_episode_of_its_number(
        upload: str, question: str, held: Position) -> None:
    assert spoils(text(upload))[question] == held


@table(("question", "held"), [
    ("[S2P1E2] Who is On-jo's senior?", Position(2, 2)),
    ("[S2P2E1] Who leads the NIS team?", whole_season(2)),
    ("Who leads the NIS team? (season 2 part 2 ep 1)", whole_season(2)),
])
def test_a_part_labelling_a_question_is_read_as_its_season(question: str, held: Position) -> None:
    assert written_episode(question) == held


def test_season_ones_halves_headed_part_1_and_part_2_stay_season_one() -> None:
    parsed = text("Part 1 (eps 1-6)\nQ: Who bites Nam-ra?\nA: Gwi-nam\n\nPart 2 (eps 7-12)\nQ: Who kills Woo-jin?\nA: Nam-ra\n")
    assert spoils(parsed) == {"Who bites Nam-ra?": Position(1, 6), "Who kills Woo-jin?": Position(1, 12)}


@table(("upload", "kept"), [
    ("| ❓ Question | ✅ Answer | 📺 Ep |\n|:---|:---:|---:|\n| Which city is the school in? | Hyosan | – |\n", "Hyosan"),
    ("1. Which city is the school in?\nA: >!Hyosan!<\n", "Hyosan"),
])
def test_an_answer_is_read_past_emoji_headers_and_reddits_spoiler_tags(upload: str, kept: str) -> None:
    assert answers(text(f"# 🧟 S2 trivia\n\n{upload}")) == {"Which city is the school in?": (kept,)}


def test_blookets_template_takes_the_choice_its_correct_answer_column_numbers() -> None:
    parsed = text('"Blooket\nImport Template",,,,,,,\nQuestion #,Question Text,Answer 1,Answer 2,"Answer 3\n(Optional)",'
                  '"Answer 4\n(Optional)","Time Limit (sec)\n(Max: 300 seconds)","Correct Answer(s)\n(Only include Answer #)"\n'
                  "1,Which city is the school in?,Seoul,Hyosan,Busan,Daegu,20,2\n")
    assert answers(parsed) == {"Which city is the school in?": ("Hyosan",)}


@table("row", [
    "What did you think of the finale?,Open-Ended,,,",
    "Who bites Nam-ra?,Multiple Choice,Gwi-nam,Cheong-san,7",  # (wild31: a number past its choices)
])
def test_a_quiz_row_no_answer_of_which_is_right_is_left_out_naming_its_line(row: str) -> None:
    parsed = text("Question Text,Question Type,Option 1,Option 2,Correct Answer\n"
                  f"Which city is the school in?,Multiple Choice,Seoul,Hyosan,2\n{row}\n")
    assert answers(parsed) == {"Which city is the school in?": ("Hyosan",)}
    assert any("line 3" in w for w in parsed.warnings)


def test_a_posted_question_with_no_answer_is_left_out_naming_its_line_and_the_others_import() -> None:
    # (wild40) one row among answered ones lost its answer: the list was refused whole, naming no line
    parsed = text("AOUAD quiz\n1. Who bites Nam-ra? - ||Gwi-nam||\n2. Who hides in the basement? (S2E8)\n"
                  "3. Which city is the school in? - ||Hyosan||\n")
    assert list(answers(parsed)) == ["Who bites Nam-ra?", "Which city is the school in?"]
    assert any(w.startswith("line 3: question 'Who hides in the basement? (S2E8)' has no answer") for w in parsed.warnings)


def test_another_bots_json_export_is_refused_naming_the_formats_read() -> None:
    said = refusal(b'{"guild_id": "81234", "tags": [{"name": "rules", "content": "be nice", "uses": 40}]}')
    assert "JSON from another program" in said and "CSV" in said and "Red-DiscordBot" in said


@table(("answer", "accepted"), [
    ("Gwi-nam or Gwinam", ("Gwi-nam", "Gwinam")),
    ("Gwi-nam or Yoon Gwi-nam", ("Gwi-nam", "Yoon Gwi-nam")),
    ("Life or death", ("Life or death",)),
    ("Nam-ra or On-jo", ("Nam-ra or On-jo",)),
])
def test_spellings_of_one_name_joined_by_or_are_each_an_answer(answer: str, accepted: tuple[str, ...]) -> None:
    assert answers(text(f"Question,Answer\nWho is it?,{answer}\n")) == {"Who is it?": accepted}


def _listed(*drops: dt.datetime) -> ShowShape:
    """Season 2 listed as wild32's bench lists it: 12 episodes, six in each drop (or one a week: `drops` of 12)."""
    shape = ShowShape.season_one()
    shape.add_episodes(2, [EpisodeInfo(2, n, None, drops[(n - 1) * len(drops) // 12]) for n in range(1, 13)])
    return shape


_PARTS = _listed(dt.datetime(2026, 2, 27, 8, tzinfo=dt.UTC), dt.datetime(2026, 3, 27, 8, tzinfo=dt.UTC))


@table(("note", "held"), [  # (wild32) a part's episode as the listing's drops number it: Part 2 = episodes 7-12
    ("S2P2E3", Position(2, 9)),
    ("pt.2 ep 3", Position(2, 9)),
    ("시즌2 파트2 3화", Position(2, 9)),
    ("temporada 2 parte 2 cap 3", Position(2, 9)),
    ("Temp. 2 Parte 2 Cap. 1", Position(2, 7)),
    ("S2・P2・E2", Position(2, 8)),
    ("S2P2\u200bE3", Position(2, 9)),
    ("S2P1E6", Position(2, 6)),
    ("S2P2E7", whole_season(2)),  # past the part's six: all of the season, never S2E13 or S2E7
    ("S2P3E1", whole_season(2)),  # a part the listing does not have
    ("S2P2E99999999999999999999", whole_season(2)),
    ("S2P2", whole_season(2)),
    ("Season 2, Part II, Ep 3", Position(2, 9)),  # (wild33) a part's number in roman, as an ordinal, in Korean and Polish
    ("season 2 part 2nd ep 1", Position(2, 7)),
    ("시즌2 2부 3화", Position(2, 9)),
    ("Sezon 2 Część 2 Odcinek 6", Position(2, 12)),
    ("Saison 2 Partie 1 Ép 3", Position(2, 3)),  # ("Partie" is no part "i" and an episode "e")
    ("Season 2, Part Two, Episode One", Position(2, 7)),  # (wild34) numbers in words, a part's ordinal before it
    ("Temporada 2, Parte dos, Episodio uno", Position(2, 7)),
    ("Saison 2, deuxième partie, épisode 3", Position(2, 9)),
    ("season 2 part second ep 1", Position(2, 7)),
    ("S2 T2 F1", Position(2, 7)),  # German: Staffel, Teil, Folge
    ("시즌 2 후반부 1화", Position(2, 7)),  # the second half
    ("シーズン2 第2部 第3話", Position(2, 9)),
    ("Season 2 Bagian 2 Episode 3", Position(2, 9)),
    ("S2 | Pt 2 | Ep 5", Position(2, 11)),
    ("S2 P.2 Ep.1", Position(2, 7)),
    ("Ｓ２Ｐ２Ｅ３", Position(2, 9)),  # full-width, as a Japanese keyboard types it
    ("[P2E3]", Position(2, 9)),  # a part's mark with no season: season 2's, the only one in parts
    ("Phần 2 Tập 3", Position(2, 3)),  # Vietnamese "Phần" is a season, not a part
    ("2ª parte ep. 1", Position(2, 7)),  # (wild35) a part's ordinal before its word, with no season beside it
    ("Season 2, Ikalawang Bahagi, ep 3", Position(2, 9)),  # Tagalog: "the second part"
])
def test_a_later_parts_episode_is_its_drops_episode_as_the_show_lists_it(note: str, held: Position) -> None:
    parsed = text(f"Question,Answer,Spoiler\nWho leads the NIS team?,Han Du-seok,\"{note}\"\n", _PARTS)
    assert spoils(parsed) == {"Who leads the NIS team?": held}


def test_a_later_parts_episode_is_all_of_the_season_while_the_listing_shows_no_drops() -> None:
    weekly = _listed(*(dt.datetime(2026, 2, 27, 8, tzinfo=dt.UTC) + dt.timedelta(weeks=n) for n in range(12)))
    parsed = text("Question,Answer,Spoiler\nWho leads the NIS team?,Han Du-seok,S2P2E3\n", weekly)
    assert spoils(parsed) == {"Who leads the NIS team?": whole_season(2)}


@table(("upload", "question", "held"), [  # (wild32) headings, columns and asides over a later part's questions
    ("# ===== SEASON 2 PART 2 (drops 27 march) =====\n# ep 4\nWho leads the NIS team?:\n- Han Du-seok\n",
     "Who leads the NIS team?", Position(2, 10)),
    ("Question;Answer;Season;Part;Episode\nWho leads the NIS team?;Han Du-seok;2;2;3\n", "Who leads the NIS team?",
     Position(2, 9)),
    ("| Question | Answer | Season | Part | Ep |\n|---|---|---|---|---|\n| Who leads the NIS team? | Han Du-seok | 2 | 2 | – |\n",
     "Who leads the NIS team?", whole_season(2)),
    ("# 2×12\nWho leads the NIS team?:\n- Han Du-seok\n", "Who leads the NIS team?", Position(2, 12)),
    ("# worth 2x points\nWho leads the NIS team?:\n- Han Du-seok\n", "Who leads the NIS team?", None),
    # (wild33) a part's own heading under its season's; an episode inside the heading's "(eps 7-12)" is the season's
    ("# === SEASON 2 ===\n# --- Part 2 (eps 7-12) ---\n# ep 3\nWho leads the NIS team?:\n- Han Du-seok\n",
     "Who leads the NIS team?", Position(2, 9)),
    ("# === SEASON 2 PART 2 (eps 7-12) ===\n# ep 9\nWho leads the NIS team?:\n- Han Du-seok\n",
     "Who leads the NIS team?", Position(2, 9)),
    ("# Season 2 hype quiz\n# === PART 2: HARD MODE ===\n# ep 4\nWho is bitten at the police station?:\n- Byeong-chan\n",
     "Who is bitten at the police station?", Position(1, 4)),
    ("# AOUAD S2\n## Season 2 — Part 2 (eps 7–12)\n- Who is bitten on the bridge? (ep 1) — Dae-su\n",
     "Who is bitten on the bridge? (ep 1)", Position(2, 7)),  # (wild34: its own "(ep 1)" the part's first)
    # (wild34) a part's heading alone under a header naming season 2, a question's own "(ep 3)" under it
    ("AOUAD S2 quiz\n**Part 1 (eps 1-6)**\n1. Who leads the NIS team? (ep 6)\nA: Han Du-seok\n**Part 2 (eps 7-12)**\n"
     "2. Who saves Jong-ah? (ep 3)\nA: Su-hyeok\n", "Who saves Jong-ah? (ep 3)", Position(2, 9)),
    # (review60d) a later part's heading numbering its own episodes, "(eps 1-6)": "(ep 3)" is its third, never S2E3
    ("AOUAD S2 quiz\n**Part 2 (eps 1-6)**\n2. Who saves Jong-ah? (ep 3)\nA: Su-hyeok\n", "Who saves Jong-ah? (ep 3)",
     Position(2, 9)),
    ("s2 quiz!!\n__**PART 2**__\n1. Who saves Jong-ah? (ep 3) - Su-hyeok\n", "Who saves Jong-ah? (ep 3)", Position(2, 9)),
    ("Quiz night\n**Part 2**\n1. Who bites Nam-ra? (ep 6)\nA: Gwi-nam\n", "Who bites Nam-ra? (ep 6)", None),  # a round's
    ("AOUAD S2 quiz\nWho saves Jong-ah? | Su-hyeok | s2p2ep3\n", "Who saves Jong-ah?", Position(2, 9)),
    # (wild35) part headings in Korean, Spanish (with "(caps 7-12)") and Tagalog under a title naming season 2
    ("# 지금 우리 학교는 시즌2 퀴즈\n## 파트 2\n- 종아를 구하는 사람은? (3화) — 수혁\n", "종아를 구하는 사람은? (3화)", Position(2, 9)),
    ("Trivia de Estamos Muertos T2\n**Parte 2 (caps 7-12)**\n1. ¿Quién salva a Jong-ah? (cap 9) - Su-hyeok\n"
     "2. ¿A quién muerden en el puente? (cap 1) - Dae-su\n", "¿A quién muerden en el puente? (cap 1)", Position(2, 7)),
    ("AOUAD Season 2 trivia!!\n**Ikalawang Bahagi**\n1. Sino ang nakagat sa tulay? (ep 1) - Dae-su\n",
     "Sino ang nakagat sa tulay? (ep 1)", Position(2, 7)),
    ("AUTHOR: mod\n# S02E07 - part 2 premiere!\nWho gets bitten on the bridge?:\n- Dae-su\n",
     "Who gets bitten on the bridge?", Position(2, 7)),  # (a part's number among a comment's words)
    ("AOUAD trivia\nWho is still standing at the end? | Nam-ra | part 2 ep 6 (ep 12 overall)\n",
     "Who is still standing at the end?", Position(2, 12)),  # (its tag cell no second answer)
    # (wild36) Korean "2부" headings; a Red comment's "(ep 9 overall)" and "day 2"; a tag cell saying "no spoilers" with an aside (no second answer)
    ("# 지우학 시즌2 퀴즈\n### 2부\n- 종아를 구하는 사람은? (3화) — 수혁\n", "종아를 구하는 사람은? (3화)", Position(2, 9)),
    ("AUTHOR: mod\n# part 2, ep 3 (ep 9 overall)\nWho saves Jong-ah?:\n- Su-hyeok\n", "Who saves Jong-ah?", Position(2, 9)),
    ("AUTHOR: mod\n# S02E08 - part 2 day 2 !!\nWho hides in the basement?:\n- Su-hyeok\n", "Who hides in the basement?", Position(2, 8)),
    ("AOUAD trivia s1 & s2\nWho bites Nam-ra? | Gwi-nam | S1E6\nWhich city is the school in? | Hyosan | (no spoilers, part 1 or 2)\n",
     "Which city is the school in?", NOTHING),
    # (wild37) a comment's part in brackets after its season's label; a form's section naming its episodes over a bare
    # "(ep 4)"; a Round column naming a later season's episode (a round's number is none); a quiz's "Q1 (P2E1): "
    ("AUTHOR: mod\n#s2e9 (part 2!!)\nWho saves Jong-ah?:\n- Su-hyeok\n", "Who saves Jong-ah?", Position(2, 9)),
    ("AUTHOR: mod\n# s2e10 (part 2 ep 4!!)\nWho carries Jong-ah out?:\n- Su-hyeok\n", "Who carries Jong-ah out?",
     Position(2, 10)),  # (wild38) the part's episode in the aside, the same as the label
    ("AOUAD night\n* Indicates required question\n\nPart 1 (S2E1-6)\n\nWho opens the gym door? (ep 4) *\n1 point\n"
     "Su-hyeok\nNam-ra\nCorrect answer\nSu-hyeok\n", "Who opens the gym door? (ep 4)", Position(2, 4)),
    ("Question,Answer,Round\nWho opens the gym door?,Su-hyeok,S2 part 1 - ep 4\n", "Who opens the gym door?", Position(2, 4)),
    ("Question,Answer,Round\nWho opens the gym door?,Su-hyeok,Round 2\n", "Who opens the gym door?", None),
    ("AOUAD S2 trivia night\nQ1 (P2E1): Who gets bitten on the bridge? - Dae-su\nQ2: Who bites Nam-ra? - Gwi-nam\n",
     "Who gets bitten on the bridge?", Position(2, 7)),
])
def test_a_later_parts_heading_column_or_mark_holds_its_questions_to_the_listed_episode(
        upload: str, question: str, held: Position | None) -> None:
    assert spoils(text(upload, _PARTS)).get(question) == held


@table(("question", "held"), [  # (wild33) a part's first or last episode named in a question, as the listing has them
    ("Who is bitten in the part 2 premiere?", Position(2, 7)),
    ("Who dies in the part 1 finale?", Position(2, 6)),
    ("Who is left at the end of season 2 part 1?", Position(2, 6)),
    ("Who is still standing at the end of season 2?", whole_season(2)),
])
def test_a_parts_premiere_or_finale_named_in_a_question_is_that_drops_first_or_last_episode(
        question: str, held: Position) -> None:
    with parts_listed(_PARTS):
        assert named(question) == held


def test_a_csv_cell_longer_than_the_csv_module_reads_is_refused_naming_its_line() -> None:
    # (wild37) a 300,000-character cell was an error reply ("field larger than field limit")
    said = refusal(b"Question,Answer\nWho bites Nam-ra?,Gwi-nam\nWho " + b"a" * 140_000 + b"?,Dae-su\n")
    assert "line 3" in said and "characters long" in said
