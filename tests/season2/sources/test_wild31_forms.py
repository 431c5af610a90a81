"""Forms found by bench set wild31 (stop 41), which hunted wrong readings: a fan's hope in Indonesian, German, Arabic,
Turkish, Vietnamese, Russian or Hindi names no day; an old post re-shared under its own earlier day is no news; "S2 is
official!! <day>" is the day, never a renewal; a Saudi, Turkish, Vietnamese or Italian post's bare hour is its own clock's;
a day denied by negation in Spanish, Portuguese, Turkish, Hindi or Italian is taken back; a day set right by negation
("sino el 18", "а 18 июня") reads the new day; the season out in Russian and Hindi words. Variants of the set's items,
not the items themselves."""

from __future__ import annotations

import datetime as dt

from bot.season2.model import Standing
from bot.season2.sources.rss import FeedItem, claims_from_items

RUMOUR_WEEK = dt.date(2027, 3, 9)
EVE = dt.date(2027, 6, 17)  # the Thursday before a Friday 18 June release
OUT = dt.date(2027, 6, 18)


def _posted(title: str, written: dt.date = RUMOUR_WEEK, where: str = "x.com") -> set[tuple[str, Standing, str | None]]:
    """Each claim a post makes as (milestone, standing, its moment in UTC)."""
    claims, _ = claims_from_items([FeedItem(title, None, where, written, False)], written)
    return {(c.milestone.value, c.standing, c.release_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if c.release_at else None)
            for c in claims}


def _days(title: str, written: dt.date = RUMOUR_WEEK) -> set[str | None]:
    return {moment[:10] if moment else None for _, _, moment in _posted(title, written)}


def test_a_hope_in_another_language_names_no_day() -> None:
    assert _posted("semoga AOUAD 2 tayang 2 Juli, amin") == set()
    assert _posted("Hoffentlich startet All of Us Are Dead Staffel 2 am 2. Juli") == set()
    assert _posted("أتمنى أن يعرض الموسم الثاني من All of Us Are Dead في 2 يوليو") == set()


def test_an_old_post_reshared_under_its_earlier_day_is_no_news() -> None:
    assert _posted("[2022.06.07] 지금 우리 학교는 시즌2 제작 확정") == set()


def test_a_post_stamped_with_this_years_day_reads_the_release_day_not_the_stamp() -> None:
    assert _days("[2027.04.20] '지금 우리 학교는' 시즌2, 6월 18일 공개 확정", dt.date(2027, 4, 20)) == {"2027-06-18"}


def test_the_season_said_official_with_exclamations_then_its_day_is_the_day_not_a_renewal() -> None:
    assert {m for m, _, _ in _posted("S2 is official! July 2, 4pm KST", where="discord.com")} == {"release_date_announced"}


def test_a_saudi_turkish_or_vietnamese_posts_bare_hour_is_its_own_clocks() -> None:
    assert {t for _, _, t in _posted("الموسم الثاني من All of Us Are Dead يعرض 2 يوليو الساعة 10 صباحًا بتوقيت السعودية")} == {
        "2027-07-02 07:00"}
    assert {t for _, _, t in _posted("Hepimiz Öldük 2. sezon 2 Temmuz'da saat 10:00'da Netflix'te")} == {"2027-07-02 07:00"}
    assert {t for _, _, t in _posted("Ngôi trường xác sống 2 lên sóng Netflix lúc 14h ngày 2/7")} == {"2027-07-02 07:00"}


def test_an_italian_posts_hour_tomorrow_is_italys_clock() -> None:
    assert {t for _, _, t in _posted("Domani alle 9:00 arriva All of Us Are Dead 2 su Netflix", EVE)} == {"2027-06-18 07:00"}


def test_a_day_denied_by_negation_in_other_languages_is_taken_back() -> None:
    for title in ("All of Us Are Dead 2 não vai sair em 2 de julho, a Netflix negou",
                  "Hepimiz Öldük 2. sezonun yayın tarihi 2 Temmuz değil, Netflix henüz tarih açıklamadı",
                  "All of Us Are Dead stagione 2 non uscirà il 2 luglio: Netflix smentisce",
                  "All of Us Are Dead सीजन 2 2 जुलाई को रिलीज नहीं होगा, नेटफ्लिक्स ने अफवाह को खारिज किया"):
        assert _posted(title) == {("release_date_announced", Standing.REFUTED, "2027-07-02 00:00")}, title


def test_a_day_set_right_by_negation_reads_the_new_day_only() -> None:
    assert _days("Estamos Muertos 2 no sale el 2 de julio sino el 9") == {"2027-07-09"}
    assert _days("Не 2, а 9 июля: второй сезон «Мы все мертвы» на Netflix") == {"2027-07-09"}


def test_the_season_out_in_russian_or_hindi_words() -> None:
    assert {m for m, _, _ in _posted("Второй сезон «Мы все мертвы» уже на Netflix", OUT)} == {"released"}
    assert {m for m, _, _ in _posted("All of Us Are Dead सीजन 2 अब नेटफ्लिक्स पर स्ट्रीम हो रहा है", OUT)} == {"released"}
