"""Season 2's untold answer ("¿quién es el villano de la temporada 2?", "시즌2 빌런 누구야?") in the asker's language.

season2.py's `_untold` says that nobody knows yet what is in season 2, the one line Netflix gave of its story, and where
season 2 stands. Its first two lines are translated here from their EXACT English words (merged into the texts
season2_pack_texts.py words an answer from, so the whole answer is said in one language or left in English, never
half); the status line is built in the asker's language by the status answers themselves (season2_pack_texts.py's
`status_said_in`).
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.lazy_re import compile_later

#: what no source says of season 2, out or not: its dubs and how it was reviewed ("is s2 dubbed", "s2 imdb score"), any
#: leak of it ("a leak of s2 ep 1", "vazou o episódio 1", "una filtración", "se filtró el guion"), never a "leaked
#: release date", which asks the date; its first reactions and any TV channel ("first reactions to s2", "does s2 air on
#: korean tv"), never answered with the release date as if it were theirs
UNSOURCED = compile_later(r"\b(?:(?<!date )leak(?:s|ed|er)?"
                          r"(?!\s+(?:release\s+)?date)|filtraci.?n|filtrad[oa]s?|se filtr(?:[oó]|aron)?\b(?!\s+(?:la\s+)?fecha)"
                          r"|vazad[oa]s?|vazou|vazaram|vazamento|bocoran"
                          r"|dub|dubs|dubbed|dubbing|subtitles?|subbed|imdb|rotten tomatoes|metacritic|reviews?|reviewed|critics?"
                          r"|(?:first )?reactions?|korean tv|(?:air\w*|broadcast\w*) on korean|tv (?:channel|network)s?"
                          r"|(?:what|which) channels?)\b")
#: a launch event of season 2 ("is there a premiere event for s2", "when is the s2 red carpet", "a press con or
#: showcase"): none is in the sources, said as an answer (ask_blind65's ruling), never the release date as the event's
EVENTS = compile_later(r"\b(?:red carpets?|premiere (?:event|party|screening|showcase)s?|press (?:conference|con|event)s?"
                       r"|showcases?)\b")
NO_EVENT = "A premiere event, red carpet, press conference or showcase for season 2 has not been announced in my sources."

#: the lead of the untold answer, before and after season 2 is out, of what is in it or what happens to anyone in it
_LEADS: dict[str, dict[str, str]] = {
    "Nobody knows yet: season 2 has not come out, and my sources say nothing about what is in it.": {
        "ko": "아직 아무도 몰라요: 시즌2는 아직 공개되지 않았고, 출처에는 시즌2에 무엇이 나오는지 나와 있지 않아요.",
        "ja": "まだ誰にもわかりません。シーズン2はまだ配信されておらず、情報源にはその内容が何も書かれていません。",
        "zh": "目前还没人知道：第二季尚未上线，我的资料来源也没有提到其中的内容。",
        "es": "Nadie lo sabe todavía: la temporada 2 aún no ha salido y mis fuentes no dicen nada de lo que pasa en ella.",
        "pt": "Ninguém sabe ainda: a 2ª temporada ainda não saiu e minhas fontes não dizem nada sobre o que acontece nela.",
        "id": "Belum ada yang tahu: season 2 belum keluar, dan sumberku tidak menyebut apa pun tentang isinya.",
        "fr": "Personne ne le sait encore : la saison 2 n'est pas sortie et mes sources ne disent rien de son contenu.",
        "de": "Das weiß noch niemand: Staffel 2 ist noch nicht erschienen, und meine Quellen sagen nichts über ihren Inhalt.",
    },
    "Nobody knows yet: season 2 has not come out, and my sources say nothing about what happens to anyone in it.": {
        "ko": "아직 아무도 몰라요: 시즌2는 아직 공개되지 않았고, 출처에는 시즌2에서 누가 어떻게 되는지 나와 있지 않아요.",
        "ja": "まだ誰にもわかりません。シーズン2はまだ配信されておらず、情報源には誰がどうなるのか何も書かれていません。",
        "zh": "目前还没人知道：第二季尚未上线，我的资料来源也没有提到其中任何人的结局。",
        "es": "Nadie lo sabe todavía: la temporada 2 aún no ha salido y mis fuentes no dicen nada de lo que le pasa a nadie en ella.",
        "pt": "Ninguém sabe ainda: a 2ª temporada ainda não saiu e minhas fontes não dizem nada sobre o que acontece com alguém nela.",
        "id": "Belum ada yang tahu: season 2 belum keluar, dan sumberku tidak menyebut apa yang terjadi pada siapa pun di dalamnya.",
        "fr": "Personne ne le sait encore : la saison 2 n'est pas sortie et mes sources ne disent rien de ce qui arrive à qui que ce soit.",
        "de": "Das weiß noch niemand: Staffel 2 ist noch nicht erschienen, und meine Quellen sagen nichts darüber, was mit wem passiert.",
    },
    "Season 2 is out, but my sources do not say anything yet about what is in it.": {
        "ko": "시즌2는 공개됐지만, 출처에는 아직 시즌2에 무엇이 나오는지 나와 있지 않아요.",
        "ja": "シーズン2は配信されましたが、情報源にはまだその内容が何も書かれていません。",
        "zh": "第二季已经上线，但我的资料来源还没有提到其中的内容。",
        "es": "La temporada 2 ya salió, pero mis fuentes todavía no dicen nada de lo que pasa en ella.",
        "pt": "A 2ª temporada já saiu, mas minhas fontes ainda não dizem nada sobre o que acontece nela.",
        "id": "Season 2 sudah keluar, tapi sumberku belum menyebut apa pun tentang isinya.",
        "fr": "La saison 2 est sortie, mais mes sources ne disent encore rien de son contenu.",
        "de": "Staffel 2 ist erschienen, aber meine Quellen sagen noch nichts über ihren Inhalt.",
    },
    "Season 2 is out, but my sources do not say anything yet about what happens to anyone in it.": {
        "ko": "시즌2는 공개됐지만, 출처에는 아직 시즌2에서 누가 어떻게 되는지 나와 있지 않아요.",
        "ja": "シーズン2は配信されましたが、情報源にはまだ誰がどうなるのか何も書かれていません。",
        "zh": "第二季已经上线，但我的资料来源还没有提到其中任何人的结局。",
        "es": "La temporada 2 ya salió, pero mis fuentes todavía no dicen nada de lo que le pasa a nadie en ella.",
        "pt": "A 2ª temporada já saiu, mas minhas fontes ainda não dizem nada sobre o que acontece com alguém nela.",
        "id": "Season 2 sudah keluar, tapi sumberku belum menyebut apa yang terjadi pada siapa pun di dalamnya.",
        "fr": "La saison 2 est sortie, mais mes sources ne disent encore rien de ce qui arrive à qui que ce soit.",
        "de": "Staffel 2 ist erschienen, aber meine Quellen sagen noch nichts darüber, was mit wem passiert.",
    },
}

#: "All that is known of its story: " before the one line of season 2's story (season2.py's outline record)
OUTLINE_LEAD = "All that is known of its story: "
_OUTLINE_LEADS = {
    "ko": "알려진 이야기는 이것뿐이에요: ", "ja": "わかっている内容はこれだけです：", "zh": "目前已知的剧情只有这些：",
    "es": "Lo único que se sabe de su historia: ", "pt": "Tudo o que se sabe da história: ",
    "id": "Yang diketahui dari ceritanya hanya ini: ", "fr": "Tout ce que l'on sait de son histoire : ",
    "de": "Mehr ist über die Handlung nicht bekannt: ",
}


def untold_texts(pack_texts: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """The untold answer's leads, and "All that is known of its story: X" for each pack text X said in a language."""
    outlines = {f"{OUTLINE_LEAD}{english}": {lang: f"{lead}{said[lang]}" for lang, lead in _OUTLINE_LEADS.items()
                                             if lang in said}
                for english, said in pack_texts.items()}
    return _LEADS | outlines

