"""Files moderators really upload as a trivia list: Notepad's "Unicode" (UTF-16) is read, and a zip,
a Word document or a picture renamed to .yaml is named for what it is, with nothing imported."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import zipfile
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.clock import ManualClock
from bot.harness import MODERATOR_PERMISSIONS, Harness
from bot.sandbox import Attachment

START = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
LIST = "AUTHOR: Hyosan High\nWhat is the school's name?:\n- Hyosan\n"

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def h(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    async with Harness.start(tmp_path_factory.mktemp("uploads"), clock=ManualClock(START)) as harness:
        yield harness


async def upload(h: Harness, filename: str, data: bytes, name: str) -> str:
    reply = await h.discord.invoke(
        h.moderator, h.channels["trivia"], "triviaset", "import", file=Attachment(filename, data), name=name
    )
    return reply.text


async def test_a_list_saved_by_notepad_as_unicode_is_imported(h: Harness) -> None:
    text = await upload(h, "notepad.yaml", LIST.encode("utf-16"), "notepad")
    assert "Imported **notepad**: 1 question" in text and "none of these 1" not in text


async def test_a_zip_renamed_to_yaml_is_called_a_zip_and_nothing_is_imported(h: Harness) -> None:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("list.yaml", LIST)
    text = await upload(h, "list.yaml", packed.getvalue(), "zipped")
    assert "Nothing was imported" in text and "zip" in text and "offset" not in text
    lists = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "lists")
    assert "zipped" not in lists.text


async def test_a_picture_renamed_to_yaml_is_called_a_picture(h: Harness) -> None:
    text = await upload(h, "list.yaml", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "picture")
    assert "Nothing was imported" in text and "picture" in text


async def test_two_moderators_importing_one_name_at_once_never_overwrite_each_other_unasked(h: Harness) -> None:
    second = h.discord.add_member(h.guild, "second mod", permissions=MODERATOR_PERMISSIONS)
    replies = await asyncio.gather(*(
        h.discord.invoke(
            who, h.channels["trivia"], "triviaset", "import", name="race",
            file=Attachment("race.yaml", f"AUTHOR: {who.name}\nWhat is 2+2?:\n- 4\n".encode()),
        )
        for who in (h.moderator, second)
    ))
    texts = sorted(reply.text for reply in replies)
    assert "Imported **race**" in texts[0] and "already has a list called **race**" in texts[1], texts


async def test_a_list_name_that_spoils_is_refused_saying_what_to_do(h: Harness) -> None:
    text = await upload(h, "list.yaml", LIST.encode(), "Cheong-san dies")
    assert "Nothing was imported" in text and text.rstrip().endswith("choose another"), text


async def test_a_list_with_many_long_problems_says_each_whole_within_one_message(h: Harness) -> None:
    bad = "".join(f"{'Which ' + 'very ' * 60 + 'long question'} {n}?: 5\n" for n in range(30)).encode()
    text = await upload(h, "many.yaml", bad, "many")
    assert "Nothing was imported" in text and len(text) <= 2000
    assert "more" in text.splitlines()[-1]


async def test_a_list_saved_as_korean_windows_text_is_imported_and_the_reply_names_cp949(h: Harness) -> None:
    text = await upload(h, "quiz.yaml", "학교 이름은?:\n- 효산고\n".encode("cp949"), "korean-ansi")
    assert text.startswith("Imported **korean-ansi**") and "CP949" in text, text


TAGGED_AS_WRITTEN = (
    "hyosan: 1\nquestions:\n"
    "  - question: \"Which club's captain fights with a bow?\"\n    answers: [archery]\n    spoils: 3화\n"
    "  - question: \"Which club practises in the gym?\"\n    answers: [archery club]\n    spoils: ep 4\n"
)


async def test_a_question_tagged_as_moderators_write_episodes_is_asked_only_from_that_episode(h: Harness) -> None:
    text = await upload(h, "tagged.yaml", TAGGED_AS_WRITTEN.encode(), "tagged")
    assert "Imported **tagged**: 2 questions" in text
    channel = h.channels["trivia"]
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="2")
    early = await h.discord.invoke(h.fan, channel, "trivia", "start", category="tagged", mode="typed", questions=1)
    assert early.ephemeral and "No questions fit" in early.text
    await h.discord.invoke(h.moderator, channel, "spoilers", up_to="3")
    started = await h.discord.invoke(h.fan, channel, "trivia", "start", category="tagged", mode="typed", questions=2)
    assert "from **tagged**: 1 question" in started.text  # the ep 4 question waits for episode 4
    await h.discord.invoke(h.moderator, channel, "trivia", "stop")


async def test_a_json_export_with_an_ambiguous_entry_imports_none_of_its_questions(h: Harness) -> None:
    data = b'[{"question": "Q one?", "answer": "a"}, {"question": "Q two?", "answer": "b", "correct": "c"}]'
    text = await upload(h, "sheet.json", data, "ambiguous")
    assert "Nothing was imported" in text and "entry 2" in text
    lists = await h.discord.invoke(h.fan, h.channels["trivia"], "trivia", "lists")
    assert "ambiguous" not in lists.text


async def test_a_json_export_of_rows_is_imported_as_a_list(h: Harness) -> None:
    data = b'[{"Question": "What is the school called?", "Answers": "Hyosan High School, Hyosan High"}]'
    text = await upload(h, "sheet.json", data, "rows")
    assert "Imported **rows**: 1 question" in text


async def test_mentions_in_a_json_export_ping_nobody_when_imported(h: Harness) -> None:
    data = b'[{"question": "@everyone who plays Su-hyeok? <@123456789012345678>", "answers": "Lomon, @here"}]'
    reply = await h.discord.invoke(h.moderator, h.channels["trivia"], "triviaset", "import",
                                   file=Attachment("pings.json", data), name="pings")
    assert "Imported **pings**" in reply.text and not reply.mentions_pinged


async def test_a_quiz_kept_as_a_txt_of_labels_is_imported(h: Harness) -> None:
    text = await upload(h, "quiz.txt", b"Q: What is the school called?\nA: Hyosan High School\n", "notes")
    assert "Imported **notes**: 1 question" in text and "labelled questions" in text


async def test_an_imported_lists_warnings_name_their_lines_without_quoting_what_spoils(h: Harness) -> None:
    question = "Which student dies holding the gym doors in episode 11?"
    repeated = f"AUTHOR: x\n{question}:\n- Cheong-san\n{question}:\n- Gwi-nam\n"
    text = await upload(h, "repeated.yaml", repeated.encode(), "repeated")
    assert "Imported **repeated**" in text and "line 4: the question on line 2 is repeated with different answers" in text, text
    assert "gym doors" not in text
