"""Forms found by bench set wild29 (stop 41): a fan server's posts that name the season alone ("S2", "시즌2"), the
season said official with its day, the season out in Russian, French, Arabic, Spanish, Chinese and Korean fans' words
and "S2 is live", a Russian or Hindi day, a Spanish first half, countdowns in Portuguese and Arabic, 定档 before a day,
a Chinese hour with no zone before its verb, a delay denied with a leading "No", a teaser beside a day still unset, and
a Korean press question with its outlet after it. Variants of the set's items, not the items themselves."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Standing
from bot.season2.sources.headline_parts import read_headline
from bot.season2.sources.rss import FeedItem, claims_from_items
from bot.season2.sources.show_feeds import fan_server, with_show_named
from tests.table import table

RELEASE_DAY = dt.date(2027, 6, 4)  # a Friday
EARLIER = dt.date(2027, 3, 9)  # a Tuesday


def _read(headline: str, written: dt.date = EARLIER) -> set[tuple[str, str, str | None]]:
    """Each reading as (milestone, confidence, its moment in UTC or window's label)."""
    return {(r.milestone.value, r.confidence.value,
             r.release_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if r.release_at
             else (r.window.label if r.window else None))
            for r in read_headline(headline, written)}


def _posted(title: str, publisher: str, written: dt.date = EARLIER) -> set[tuple[str, Standing, str | None]]:
    item = FeedItem(title, None, publisher, written, False)
    claims, _ = claims_from_items([item], written)
    return {(c.milestone.value, c.standing, c.release_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if c.release_at else None)
            for c in claims}


def test_a_discord_post_is_from_a_fan_server() -> None:
    assert fan_server("discord.com") and fan_server("https://discord.com/channels/1/2")
    assert not fan_server("reddit.com") and not fan_server("notdiscord.com.example")


def test_a_fan_servers_post_naming_the_season_alone_is_ours() -> None:
    assert _posted("@here S2 drops tomorrow 4pm KST, spoiler rooms open after", "discord.com", dt.date(2027, 6, 3)) == {
        ("release_date_announced", Standing.STANDING, "2027-06-04 07:00")}


def test_the_same_post_elsewhere_names_no_show() -> None:
    assert _posted("@here S2 drops tomorrow 4pm KST, spoiler rooms open after", "x.com", dt.date(2027, 6, 3)) == set()


def test_a_korean_fan_servers_season_alone_is_ours() -> None:
    assert _posted("시즌2 드디어 공개!! 스포 채널 열었어요", "discord.com", RELEASE_DAY) == {
        ("released", Standing.STANDING, None)}


def test_a_season_named_after_the_and_a_day_is_ours_in_the_shows_own_feed() -> None:
    assert with_show_named("the Mar 12 S2 leak was fake") == "the Mar 12 AOUAD S2 leak was fake"


def test_a_fan_servers_day_called_fake_is_taken_back() -> None:
    assert _posted("@everyone the Mar 12 S2 date is fake, netflix denied it", "discord.com", dt.date(2027, 2, 11)) == {
        ("release_date_announced", Standing.REFUTED, "2027-03-12 00:00")}


def test_the_season_said_official_then_its_day_is_that_day_not_a_renewal() -> None:
    assert _read("AOUAD S2 is official: Friday June 4 at 4pm KST") == {
        ("release_date_announced", "reported", "2027-06-04 07:00")}


def test_the_season_said_official_alone_is_still_a_renewal() -> None:
    assert _read("All of Us Are Dead season 2 is official!", dt.date(2022, 6, 7)) == {("renewed", "reported", None)}


@table("headline", [
    "AOUAD S2 is live!!! go go go",
    "지우학2 시즌2 공개됨 ㅠㅠ",
    "Сезон 2 «Мы все мертвы» уже вышел на Netflix",
    "All of Us Are Dead saison 2 est maintenant disponible sur Netflix",
    "الموسم الثاني من All of Us Are Dead متاح الآن",
    "Ya está en Netflix Estamos Muertos temporada 2",
    "《殭屍校園》第二季終於上線了",
])
def test_the_season_out_is_read_in_more_words(headline: str) -> None:
    assert _read(headline, RELEASE_DAY) == {("released", "reported", None)}


@table("headline", [
    "AOUAD S2 is live on Friday at 4pm KST",
    "지우학2 6월 4일 공개됨",
    "La saison 2 de All of Us Are Dead est disponible à partir du 4 juin",
])
def test_the_season_live_or_available_from_a_day_to_come_is_not_out(headline: str) -> None:
    assert ("released", "reported", None) not in _read(headline)


@table("headline", [
    "Второй сезон «Мы все мертвы» выйдет 4 июня",
    "ऑल ऑफ अस आर डेड सीज़न 2 4 जून को रिलीज होगा",
    "《僵尸校园》第二季定档6月4日",
])
def test_a_russian_hindi_or_chinese_day_is_the_release_day(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "reported", "2027-06-04 00:00")}


def test_a_russian_tomorrow_on_moscows_clock_is_the_drop() -> None:
    assert _read("Завтра в 10:00 по Москве выходит «Мы все мертвы» 2 сезон", dt.date(2027, 6, 3)) == {
        ("release_date_announced", "reported", "2027-06-04 07:00")}


def test_a_chinese_hour_before_its_release_verb_is_on_utc_plus_8() -> None:
    assert _read("《僵尸校园》第二季6月4日下午3点全球上线") == {("release_date_announced", "reported", "2027-06-04 07:00")}


def test_a_spanish_first_half_is_that_window() -> None:
    assert _read("Estamos Muertos temporada 2 llega en el primer semestre de 2027", dt.date(2027, 1, 14)) == {
        ("release_window", "reported", "the first half of 2027")}


@table("headline, written", [
    ("faltam 10 dias para All of Us Are Dead 2!!", dt.date(2027, 5, 25)),
    ("باقي 10 أيام على الموسم الثاني من All of Us Are Dead", dt.date(2027, 5, 25)),
])
def test_a_portuguese_or_arabic_countdown_counts_to_the_release(headline: str, written: dt.date) -> None:
    assert _read(headline, written) == {("release_date_announced", "reported", "2027-06-04 00:00")}


def test_a_delay_denied_with_a_leading_no_leaves_the_day_standing() -> None:
    assert _read("Nope, AOUAD S2 is not delayed. June 4 still stands", dt.date(2027, 4, 10)) == {
        ("release_date_announced", "reported", "2027-06-04 00:00")}


def test_a_leading_no_before_a_day_still_takes_that_day_back() -> None:
    assert _read("No, AOUAD S2 is not coming June 4") == set()


@table("headline", [
    "'지우학2' 메인 티저 공개…공개일은 아직 미정",
    "All of Us Are Dead Season 2 teaser drops, release date still not announced",
])
def test_a_teaser_beside_a_day_still_unset_is_the_teaser(headline: str) -> None:
    assert _read(headline, dt.date(2027, 2, 17)) == {("teaser", "reported", None)}


@table("headline", ["'지우학2' 6월 공개되나 - 스포츠조선", "'지우학2' 6월 공개될까 [스타뉴스]"])
def test_a_korean_press_question_with_its_outlet_after_it_claims_nothing(headline: str) -> None:
    assert _read(headline, dt.date(2027, 2, 15)) == set()


@table("headline", [
    "Второй сезон «Мы все мертвы» не выйдет 4 июня",  # will not come out on June 4
    "Второй сезон «Мы все мертвы» НЕ выйдет 4 июня: Netflix опроверг слухи",
    "«Мы все мертвы» 2 сезон не выйдет в 2027",
])
def test_a_russian_day_or_year_said_not_to_be_the_seasons_sets_nothing(headline: str) -> None:
    assert _read(headline) == set()


@table("headline", [
    "По слухам, второй сезон «Мы все мертвы» выйдет 4 июня",  # by rumour
    "Слухи: второй сезон «Мы все мертвы» выйдет 4 июня",
    "Второй сезон «Мы все мертвы» якобы выйдет 4 июня",  # allegedly
    "अफवाह: ऑल ऑफ अस आर डेड सीजन 2 4 जून को रिलीज होगा",  # a rumour
])
def test_a_russian_or_hindi_day_said_as_a_rumour_is_a_rumour(headline: str) -> None:
    assert _read(headline) == {("release_date_announced", "rumour", "2027-06-04 00:00")}
