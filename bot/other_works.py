"""Other works named beside the show, shared by every reader that must set them aside: other shows by their names (season 2's
headline reader, trivia imports' title bounds, progress's "watching squid game, on s2 ep 5") and the show's other media, its
webtoon, game or novel (a headline of the webtoon's season 2, "up to ep 3 of the webtoon"). Pure patterns on text."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

#: Other shows fans and outlets name beside ours (English and Korean), whose names are no common words.
OTHER_SHOWS = (r"sweet\s*home|squid\s*game|alice\s+in\s+borderland|hellbound|weak\s*hero(?:\s+class)?|mask\s*girl"
               r"|gyeongseong\s+creature|black\s+knight|stranger\s+things|physical\s*:?\s*100|bloodhounds|parasyte"
               r"|스위트\s*홈|오징어\s*게임|킹덤|약한\s*영웅|마스크\s*걸|경성\s*크리처|기생수")
#: Squid Game by its titles abroad, as the season-2 reader sets it aside ("El juego del calamar 3 se estrena el 19 de marzo, y Estamos
#: Muertos 2 aún sin fecha": the 19th is its, ours has none); Brazil's "Round 6" only there, where no quiz has rounds (fix104).
SQUID_GAME_ABROAD = (r"el\s+juego\s+del\s+calamar|round\s*6(?!\s*(?:of|de|do|da)\b)|trò\s+chơi\s+con\s+mực|สควิดเกม|鱿鱼游戏|魷魚遊戲"
                     r"|イカゲーム")

#: Another medium of the show's, its own season 2 ("Now at Our School mobile game season 2", "La novela …: temporada 2",
#: "Die Webtoon-Vorlage …: Staffel 2", "Webtoon … phần 2"): no news of the series when the post names no series beside it.
#: (never the "game" in Squid Game's own title abroad, イカゲーム or 鱿鱼游戏: "鱿鱼游戏3 3月26日上线，僵尸校园2 3月19日上线" is two series, s2wild104)
OTHER_MEDIUM = compile_later(r"\bwebtoon|웹툰|ウェブトゥーン|\bmanhwa\b|漫画|\b(?:mobile|video|online)\s+game\b|모바일\s*게임|(?<!イカ)ゲーム|(?<!鱿鱼)游戏"
                             r"|\bnovel(?:a|le)?\b|\broman\b|소설|小説|小说", re.I)


def other_medium(text: str) -> bool:
    """Whether `text` names another medium of the show's (the webtoon, a game, a novel)."""
    return OTHER_MEDIUM.search(text) is not None
