"""The /ask embed: the same remembered answer shown at one gate, then another, hides what each gate must."""

from __future__ import annotations

import pytest

from bot.lore.answer import Answer, Part, SourceRef
from bot.lore.guard import Spoiled
from bot.show import NOTHING, Position
from bot.text import spoiler_bars
from cogs.lore import render
from cogs.lore.guard import Original, notice_texts
from tests.cogs.spoiler_oracle import outside_bars, plain

LATEST = Position(1, 12)
DIES = Position(1, 11)
SOURCE = SourceRef("Radio Times", "Recap", "https://example.org/tv/cheong-san-dies-in-episode-11", "2022-02-01")


def _reads(text: str) -> Position:
    """A stand-in reader: an address or question that names the death spoils episode 11."""
    return DIES if "dies" in text else NOTHING


def _body(answer: Answer, gate: Position, *, question_spoils: Position = NOTHING) -> str:
    embed, _ = render.answer_embed(answer, gate, latest=LATEST, public=True, question_spoils=question_spoils,
                                   reads=_reads)
    description = embed.description or ""
    return description.partition("\n\n")[2]


def test_a_source_whose_address_spoils_hides_only_its_link_each_time_the_answer_is_shown() -> None:
    answer = Answer("when does season 2 come out?", True,
                    [Part("Season 2 comes out on 12 March 2027.", sources=(SOURCE,))])
    for gate in (LATEST, Position(1, 3), LATEST):  # the same answer, remembered, in a spoiler channel and at S1E3
        shown = plain(outside_bars(_body(answer, gate)))
        assert shown.startswith("Season 2 comes out on 12 March 2027.")  # the date in the clear
        assert ("cheong-san-dies" in shown) == (gate >= DIES)  # the link hidden where it spoils


def test_an_echo_of_a_spoiling_question_is_hidden_at_a_low_gate_each_time_it_is_shown() -> None:
    answer = Answer("does Cheong-san die?", False, [Part("My sources don't say that Cheong-san dies.", echoes=True)])
    for gate in (Position(1, 3), LATEST, Position(1, 3)):
        hidden = _body(answer, gate, question_spoils=DIES).startswith("||")
        assert hidden == (gate < DIES)


def test_a_count_in_the_embed_hides_everything_past_the_gate_in_one_block() -> None:
    from bot.lore.answer import AnswerEngine
    from bot.lore.content import bundled_pack

    engine = AnswerEngine(bundled_pack(), index=None)
    try:
        answer = engine.answer("how many students die")
    finally:
        engine.close()
    for gate, blocks in ((NOTHING, 1), (Position(1, 5), 1), (LATEST, 0)):
        body = _body(answer, gate)
        assert body.count("||") == 2 * blocks
        assert ("Kim Hyeon-ju" in body.split("||")[0]) == (gate >= Position(1, 1))


def test_a_card_with_many_long_sections_fits_one_embed_keeping_its_first_sections_whole() -> None:
    from bot.lore.answer import Part
    from bot.lore.cards import Card, Section

    events = tuple(Part(f"A moderator's addition number {n}: " + "she runs down the corridor again " * 4,
                        spoils=Position(1, 3)) for n in range(40))
    card = Card("Nam On-jo", [Section("Played by", (Part("Park Ji-hu"),)),
                              *(Section(f"Events {n}", events) for n in range(8))])
    embed, _ = render.card_embed(card, Position(1, 12), latest=Position(1, 12))
    assert len(embed) <= 6000  # Discord sends it, never a refusal
    assert embed.fields[0].value == "Park Ji-hu"
    assert all(str(f.value).endswith("more)") for f in embed.fields[1:])  # says what was left out


def test_progress_warns_only_a_fan_behind_what_the_channel_shows() -> None:
    latest = Position(1, 12)
    behind = render.progress_text(Position(1, 3), Position(1, 5), latest=latest)
    assert "Careful: replies here show everything up to season 1, episode 5" in behind
    # marked ahead of what is out, read by a fan who has seen all that is out: nothing to warn of
    assert "Careful" not in render.progress_text(latest, Position(2, 1), latest=latest)


def test_a_sources_press_headline_never_reaches_the_answer_only_its_outlet_and_date() -> None:
    from bot.lore.content import bundled_pack
    from bot.lore.lexicon import lexicon_of

    reads = lexicon_of(bundled_pack()).position  # the real lexicon: a Korean interview title telling Gwi-nam's end
    source = SourceRef("OSEN", "유인수 \"귀남이 최후, 시원섭섭했다\"", "https://example.org/news/12345", "2026-03-01")
    answer = Answer("who plays gwi-nam?", True, [Part("Yoo In-soo plays Gwi-nam.", sources=(source,))])
    for gate in (Position(1, 10), LATEST):  # below the headline's episode (11) and past it
        embed, _ = render.answer_embed(answer, gate, latest=LATEST, public=True, reads=reads)
        body = (embed.description or "") + "".join(str(f.value) for f in embed.fields)
        assert "최후" not in body  # dropped, not even behind bars
        assert "Yoo In-soo plays Gwi-nam." in plain(outside_bars(body)) and "OSEN" in plain(outside_bars(body))


def test_the_labels_around_an_answer_are_in_the_language_it_is_worded_in() -> None:
    from bot.lore.cards import Card

    korean = SourceRef("NewsX", "", None, "2026-02-23", lang="ko")
    answer = Answer("시즌2 언제 나와", True, [Part("시즌2 공개일은 발표되지 않았어요.", confidence="reported", sources=(korean,),
                                                hedged=True, lang="ko")])
    embed, _ = render.answer_embed(answer, LATEST, latest=LATEST)
    assert str(embed.footer.text).startswith("신뢰도: 공식이 아닌 보도예요.")
    english = Answer("when does season 2 come out", True, [Part("No date.", confidence="reported", hedged=True)])
    assert str(render.answer_embed(english, LATEST, latest=LATEST)[0].footer.text).startswith("Confidence: reported, not official.")
    card, _ = render.card_embed(Card("시즌2", sources=(korean,)), LATEST, latest=LATEST)
    assert card.description == "출처: NewsX, 2026년 2월 23일"
    assert render.card_embed(Card("Season 2", sources=(SOURCE,)), LATEST, latest=LATEST)[0].description == \
        "Sources: Radio Times, 1 February 2022"


def _footer(answer: Answer, gate: Position, *, public: bool = True, place: str = "channel") -> tuple[str, str]:
    embed, _ = render.answer_embed(answer, gate, latest=LATEST, public=public, place=place)
    return str(embed.title), str(embed.footer.text)


def test_an_answer_worded_in_portuguese_has_its_title_and_footer_in_portuguese() -> None:
    answer = Answer("quando sai a 2ª temporada?", True, [Part("A 2ª temporada saiu em 9 de abril de 2027.", lang="pt")])
    title, footer = _footer(answer, Position(1, 3))
    assert title == "Resposta"
    assert footer.startswith("Neste canal, spoilers até o episódio 3 da temporada 1 podem aparecer")


def test_an_answer_worded_in_indonesian_says_an_unmarked_thread_hides_every_spoiler_in_indonesian() -> None:
    answer = Answer("kapan season 2 tayang?", True, [Part("Season 2 rilis pada 9 April 2027.", lang="id")])
    title, footer = _footer(answer, NOTHING, place="thread")
    assert (title, footer.split(".")[0]) == ("Jawaban", "Thread ini belum punya tanda spoiler, jadi semua spoiler disembunyikan di sini")


def test_a_reported_answer_in_korean_says_how_sure_it_is_in_korean_privately() -> None:
    answer = Answer("시즌2 언제 나와?", True, [Part("보도에 따르면 2027년 4월 9일이에요.", confidence="reported", lang="ko")])
    _, footer = _footer(answer, LATEST, public=False)
    assert footer == "신뢰도: 공식이 아닌 보도예요. 모두 보여 줘요(시즌 1 12화까지)."


def test_an_answer_in_english_keeps_its_english_title_and_footer() -> None:
    answer = Answer("when does season 2 come out?", True, [Part("Season 2 comes out on 9 April 2027.")])
    title, footer = _footer(answer, NOTHING)
    assert title == "Answer" and footer.startswith("This channel has no spoiler mark")


def test_a_survival_typed_in_japanese_or_chinese_is_hidden_in_the_echo_below_its_episode() -> None:
    from bot.lore.answer import AnswerEngine
    from bot.lore.content import bundled_pack
    from bot.lore.lexicon import lexicon_of

    lexicon = lexicon_of(bundled_pack())

    def reads(text: str) -> Position:
        found = lexicon.scan(text)
        return NOTHING if found is None else found.position

    engine = AnswerEngine(bundled_pack(), index=None)
    try:
        for question in ("スヒョクは最後まで生き残ります？", "Su-hyeokは生き残った？", "李秀赫活了下来吗"):
            for gate, hidden in ((Position(1, 3), True), (LATEST, False)):
                embed, _ = render.answer_embed(engine.answer(question), gate, latest=LATEST, public=True,
                                               question_spoils=reads(question), reads=reads)
                echo = (embed.description or "").partition("\n")[0]  # "**Q:** …", the question as asked
                assert ("||" in echo) == hidden, (question, gate, echo)
    finally:
        engine.close()


@pytest.mark.parametrize("length", [2000, 4000])  # the longest a member may type, and with Nitro
@pytest.mark.parametrize(("forwarded", "original"), [  # their own words, a message they forwarded, one with a picture
    (False, None), (True, None),
    (True, Original("2 pictures and a file", "https://discord.com/channels/111111111111111111/222222222222222222/333333333333333333")),
])
def test_a_guard_notice_for_the_longest_message_keeps_every_word_behind_bars_in_messages_that_fit(
    length: int, forwarded: bool, original: Original | None
) -> None:
    typed = ("||**cheong-san** dies|| <@123> @everyone `code` \\| " * 120)[:length]  # markdown everywhere
    notices = notice_texts(42, Spoiled(Position(1, 12), Position(1, 3)), "channel", typed, forwarded=forwarded,
                           original=original)
    assert ("forwarded by <@42>" in outside_bars(notices[0])) is forwarded
    assert original is None or f"It had 2 pictures and a file, still there in the original: {original.url}" in outside_bars(
        notices[0])
    assert all(len(notice) <= 2000 and spoiler_bars(notice) == 2 for notice in notices), notices
    shown = "".join(outside_bars(notice) for notice in notices)
    assert "dies" not in shown and "<@123>" not in "".join(notices)
    assert "".join(notices).count("dies") == typed.count("dies")  # the notices are the only copy left: nothing cut
    assert "…" not in "".join(notices)


def test_a_guard_notice_keeps_the_lines_of_a_recap_and_no_line_breaks_out_of_the_bars() -> None:
    typed = ("my ep 12 recap:\n# cheong-san dies\n> on-jo cries\n- su-hyeok lives\n* nam-ra leaves\n"
             "1. the end\n```\n|| gotcha\n\\|| escaped\n@everyone <@123>")
    notices = notice_texts(42, Spoiled(Position(1, 12), Position(1, 3)), "channel", typed)
    assert len(notices) == 1 and spoiler_bars(notices[0]) == 2, notices
    hidden = notices[0].partition("||")[2]
    lines = hidden.split("\n")
    assert [plain(line) for line in lines[:4]] == ["my ep 12 recap:", "# cheong-san dies", "> on-jo cries",
                                                  "- su-hyeok lives"], lines  # the member's lines, as written
    assert len(lines) == typed.count("\n") + 1
    assert all(line.lstrip("|")[:1] not in "#>-*`|+" or line.lstrip("|").startswith("\\") for line in lines), lines
    assert not any(line.lstrip("|")[:1].isdigit() and ". " in line and "\\." not in line for line in lines), lines
    assert "dies" not in outside_bars(notices[0]) and "<@123>" not in notices[0] and "@everyone" not in notices[0]


def test_a_long_recap_is_split_between_its_lines() -> None:
    typed = "\n".join(f"line {n}: cheong-san dies, su-hyeok lives, nam-ra is a halfbie now" for n in range(80))
    notices = notice_texts(42, Spoiled(Position(1, 12), Position(1, 3)), "channel", typed)
    assert len(notices) > 1 and all(len(notice) <= 2000 and spoiler_bars(notice) == 2 for notice in notices)
    for notice in notices:
        hidden = plain(notice.partition("||")[2].rstrip("|"))
        assert all(line.startswith("line ") and line.endswith("halfbie now") for line in hidden.split("\n")), hidden
    assert "".join(notices).count("halfbie") == 80
