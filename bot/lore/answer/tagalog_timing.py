"""Season 2's timing answers in Tagalog (`TL`), the table season2_phrases.py's WORDS lists beside the others: kept
apart because that module is full. Written as Filipino fans write it, English kept where they keep it ("season 2",
"release date", "trailer")."""

from __future__ import annotations

from bot.lore.answer.timing_words import TimingWords

TL = TimingWords(
    labels={"reported": "Ayon sa mga ulat: ", "rumour": "Tsismis: "},
    chrome={"episode": "season 2, episode {n}",
            "episode_not_out": "Hindi pa lumalabas ang season 2, at wala pang source na naglilista ng mga episode nito: wala akong alam tungkol sa {episode}.",
            "episode_unlisted": "Lumabas na ang season 2, pero wala pang source na naglilista ng mga episode nito: wala akong alam tungkol sa {episode}.",
            "sources": "Mga source: ", "reported_note": "Katiyakan: ayon sa mga ulat, hindi opisyal.", "rumour_note": "Katiyakan: tsismis."},
    verdicts={"Yes.": "Oo.", "No.": "Hindi.", "Not yet.": "Hindi pa.", "Not confirmed.": "Hindi pa kumpirmado.",
              "Not confirmed yet.": "Hindi pa kumpirmado."},
    reported={"Yes.": "Ayon sa mga ulat, oo.", "No.": "Ayon sa mga ulat, hindi.", "Not yet.": "Ayon sa mga ulat, hindi pa.",
              "Not confirmed.": "Ayon sa mga ulat, hindi pa kumpirmado.", "Not confirmed yet.": "Ayon sa mga ulat, hindi pa kumpirmado."},
    rumour_verdict="Tsismis pa lang sa ngayon:",
    hedges={"reported": "ayon sa mga ulat", "rumour": "tsismis"},
    as_of=" hanggang {day}",
    no_date="Wala pang inaanunsyong release date ang season 2{as_of}; hindi pa ito lumalabas.",
    no_date_withdrawn=("Wala nang release date ang season 2 sa ngayon: binawi ang naunang petsa nang i-delay ang season 2 "
                       "noong {day}; hindi pa ito lumalabas."),
    no_date_one_out=("Wala pang inaanunsyong release date ang season 2{as_of}, at isang source lang, ang {publisher}, ang "
                     "nagsasabing lumabas na ito (mula {day})."),
    release_date="Ang release date ng season 2 ay {when}{set_on}.",
    set_on=" (itinakda noong {day})",
    came_out="Lumabas ang season 2 noong {when}.",
    part_two="Lumalabas ang season 2 nang hati-hati: ang release date ng part 2 ay {when}.",
    part_two_out="Lumabas ang season 2 nang hati-hati: lumabas ang part 2 noong {when}.",
    since=" (mula {day})",
    status_heading="Kalagayan ngayon",
    hedged_heading="{heading} ({hedge}): {sentence}",
    delayed="; inanunsyo ang pag-delay noong {day}",
    had_date="Nagkaroon ng release date ang season 2",
    had_date_delayed=", pero na-delay ito noong {day} at wala pang bagong petsa",
    had_date_none=", pero wala nang umiiral ngayon",
    window_heading="Tantiyang panahon ng labas",
    window="{heading}: inaasahang lalabas ang season 2 {window}; panahon ito, hindi petsa.",
    window_official="Oo, iyan ang opisyal na panahon ({window}), pero wala pang itinakdang petsa.",
    window_reported="Ayon sa mga ulat, iyan ang panahon ({window}), pero wala pang itinakdang petsa.",
    one_source=("Hindi pa kumpirmado, isang source pa lang: sinasabi ng {publisher} na {when} ang season 2; "
                "ituturing na tiyak ang petsa kapag sinabi na ito ng Netflix o ng pangalawang independent na source."),
    one_source_moved=("Hindi pa kumpirmado, isang source pa lang: {when} na ang sinasabi ng {publisher}; {standing} pa rin "
                      "ang umiiral na petsa hangga't walang ibang sinasabi ang Netflix o ang pangalawang source."),
    estimate_heading="Hindi opisyal na tantiya",
    earlier_heading="Dati",
    estimate="inaasahang lalabas ang season 2 {window}",
    end=".",
    milestones={
        "rumoured": "Tsismis pa lang ang season 2",
        "renewed": "Kumpirmadong gagawin ang season 2",
        "pre_production": "Nasa pre-production ang season 2",
        "casting": "Nasa casting ang season 2",
        "filming": "Nagsu-shooting ang season 2",
        "filming_wrapped": "Tapos na ang shooting ng season 2",
        "post_production": "Nasa post-production ang season 2",
        "teaser": "May inanunsyo o inilabas nang teaser ng season 2",
        "trailer": "May inanunsyo o inilabas nang trailer ng season 2",
        "release_date_announced": "May release date na ang season 2",
        "released": "Lumabas na ang season 2",
        "cancelled": "Kinansela ang season 2",
        "release_date_changed": "Nagbago ang release date ng season 2",
        "delayed": "Na-delay ang season 2",
        "release_window": "May tantiyang panahon na ng labas ang season 2",
    },
)
