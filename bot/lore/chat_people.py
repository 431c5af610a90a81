"""The words that name someone of the chat's own world rather than a character ("my sister", "my mom", "엄마"):
one list, read by every pattern that tells the writer's people from the show's. Each entry is ready for a regex
alternation (a trailing "s?" is a plural fans type as well); a reader that needs fewer takes the named parts it needs.
"""

from __future__ import annotations

#: Parents, as fans type them in English.
PARENTS = ("father", "mother", "dad", "mum", "mom", "parents?")
#: Children: "my son" is also fans' word for a character they love, so a reader of the writer's own life may leave them out.
CHILDREN = ("son", "daughter")
#: Brothers and sisters, spelled out.
SIBLINGS = ("brother", "sister")
#: ... and short: also how the chat addresses anyone ("bro he really died"), so a reader of relationships may leave them out.
SIBLINGS_SHORT = ("bro", "sis")
#: The word for them together.
SIBLINGS_PLURAL = ("siblings?",)
#: The writer's family in English, every reader's base.
FAMILY = (*PARENTS, *CHILDREN, *SIBLINGS, *SIBLINGS_SHORT)
#: Parents as Korean fans romanise them ("eomma"), beside the English.
PARENTS_ROMANISED = ("appa", "eomma", "umma")
#: The family words in Hangul ("엄마", "동생"): no case, no plural.
FAMILY_HANGUL = ("아빠", "아버지", "엄마", "어머니", "동생", "오빠", "누나", "언니")
#: A younger brother or sister said by sex: a search for 동생 finds them already; a reader anchored before the word needs them.
SIBLINGS_HANGUL_BY_SEX = ("남동생", "여동생")
#: Whom the writer dates ("my bf", "my gf") and their friends, in English.
PARTNERS = ("gf", "bf", "girlfriend", "boyfriend", "bae")
FRIENDS = ("friend", "bff", "bestie")
#: ... and in Hangul ("내 친구 주란이": the writer's friend, not the newcomer Ju-ran).
FRIENDS_HANGUL = ("친구", "베프", "절친")


def alternation(*words: str) -> str:
    """`words` as one regex alternation, ungrouped (the caller adds its group and boundaries)."""
    return "|".join(words)
