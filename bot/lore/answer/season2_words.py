"""Season 2 as /ask askers name it in their languages: one table, read by every reader that finds the season named.

Spanish and Portuguese ("la temporada 2", "a 2ª temporada", "segunda temporada", with the "season 2" and "s2" fans mix
in), French ("la saison 2", "deuxième saison") and German ("staffel 2", "zweite staffel"), written once here for the
readers of foreign_asks.py, foreign_glosses.py, french_german_glosses.py and season2_foreign_asks.py; a reader that
also takes rarer spellings ("2e saison", "2. staffel") adds them after these. Each entry is a bare alternation of
whole words, none the start of another, so a reader may put it in a group of its own in any order. Season 2 in
English and Korean alone ("season two", "시즌2"), as the charts and filming-places readers find it, is one lazy
pattern. The season-2 news reader (bot/season2/sources/headline_abroad.py) keeps its own: a headline's words are
spaced as they come ("temporada\\s+2") and take other forms ("temporada dois", "saison deux", "musim kedua"), never
a bare "s2", so this table would change what a headline is read to say.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

#: Spanish and Portuguese: "la temporada 2", "a 2ª temporada", "2da temporada", "segunda temporada"; "season 2", "s2"
SPANISH_PORTUGUESE = r"segunda temporada|temporada 2|2(?:a|ª|da)? temporada|season 2|s2"
#: French: "la saison 2", "la deuxième saison", "la seconde saison"
FRENCH = r"saison 2|deuxième saison|seconde saison"
#: German: "staffel 2", "die zweite staffel"
GERMAN = r"staffel 2|zweite staffel"

#: Season 2 named in English or Korean anywhere in a question ("season two", "s2", "시즌 2"), as it is typed
SEASON_TWO_NAMED = compile_later(r"\b(?:season|s) ?(?:2|two)\b|시즌\s*2")
