"""Everyday chat of a global fan server's other languages (Indonesian, Tagalog, Vietnamese, Spanish, Portuguese):
a message of these words alone is talk (`bot.trivia.attempts`), and beside a name they are no second guess
(`bot.trivia.rivals`: "ini gampang, onjo", "qué miedo wey, es namra" guess On-jo, Nam-ra)."""

from __future__ import annotations

from bot.lazy_re import compile_later

__all__ = ["LAUGHED", "OTHER_TALK"]

# Indonesian "ini gampang", "anjir serem", "astaga", "orang itu"; Tagalog "nito", "siya", "nakakatakot", "ako sa kanya",
# "ang sakit ng eksenang yun"; Vietnamese "tôi chịu", "ghê quá", "trời ơi cảnh đó"; Spanish "no manches", "qué miedo
# wey", "ese tipo", "esa parte"; Portuguese "sei lá mano", "que medo"; pity said apart ("coitada, é a onjo")
OTHER_TALK = frozenset(
    """
    soalnya sumpah ini itu gampang mudah anjir anjay serem seram astaga gatau orang beneran ep
    talaga nito ito siya kanya ako sa ng nakakatakot tatakot takot sakit eksena eksenang yun ay
    toi chiu ghe qua troi oi canh do thang
    manches mames miedo wey guey ese esa tipo parte da esta guapo guapa guapisimo guapisima
    sei la mano medo lindo linda
    kasian kasihan kawawa pobre pobrecito pobrecita coitada coitado tadinha tadinho
    """.split()
)
LAUGHED = compile_later(r"^(?:k{3,}|(?:wk)+w?|(?:ja){2,}j?)$").match  # Portuguese "kkkk", Indonesian "wkwkwk", Spanish "jajaja"
