"""Progress told as a story ("my laptop died in the middle of ep 5", "stayed up till 3am and finished ep 6", "first night
got through 3 eps"), rewritten as the plain forms bot.progress_said reads ("stopped in the middle of ep 5", "finished
ep 6", "got through 3 eps").

Plain text in, plain text out (already lower-cased, apostrophes gone, by bot.progress_said.chat_free). Only what the
story says of the fan's own place is kept: what interrupted an episode says it was left partway (so the one before is
saved, never the one interrupted), and when or how long they watched says nothing of how far. `age_free` drops an age
said before the place ("15 y/o here, ep 7 rn"), before the other languages' forms are read.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.progress_words import SHOW_BEGUN
from bot.text import NUMBER_WORDS

# Something that stopped the fan partway through an episode: "my laptop died in the middle of ep 5", "my mom walked in
# during ep 3 so i paused it", "my sister made me stop at 4". Said of a thing or of someone stopping the fan, never of
# someone else's own place ("my sister is on ep 9" stays hers).
_INTERRUPTED = compile_later(
    r"^(?:(?:my|our|the) )?[a-z-]+(?: [a-z-]+)? (?:died|crashed|cut out|went out|went off|froze|lagged|buffered"
    r"|stopped working|walked in|came in|barged in|called(?: me| us)?|interrupted(?: me| us)?) "
    r"(?:on me |on us )?(?P<how>during|in the middle of|halfway through|midway through|partway through|mid|while (?:i was |we were )?watching) "
    r"|^(?:(?:my|our) )?[a-z-]+(?: [a-z-]+)? made (?:me|us) (?:stop|pause|quit)(?: watching)? (?P<at>at|during|in|on) "
)
# "... so i paused it": what the fan did about it, said after the place.
_SO_STOPPED = compile_later(r" so (?:i|we) (?:had to )?(?:paused?|stopped?|quit)(?: it| watching)?$")
# When or for how long they watched, before the place: "stayed up till 3am and", "first night", "been at it 3 days,",
# "started it on friday,", "it took me a month but".
_WHEN = compile_later(
    r"^(?:(?:i |we )?(?:stayed up|was up|were up) (?:till|until|til|to) \d{1,2}(?::\d{2})? ?(?:am|pm)?"
    # ("watched till 8 w my cousins": up to episode 8; an hour only with its clock or a clause after it; watched70)
    r"|(?:i |we )?(?:binged|watched|kept watching) (?:till|until|til|to) \d{1,2}(?:(?::\d{2})? ?(?:am|pm)|:\d{2}|(?=,| and| but))"
    rf"|(?:i |we )?{SHOW_BEGUN} at \d{{1,2}}(?::\d{{2}})? ?(?:am|pm)"
    r"|(?:the )?(?:first|second|third|last|other) (?:night|day)"
    r"|(?:ive |weve |i |we )?been (?:at it|watching(?: it)?|binging(?: it)?) (?:for )?(?:\d{1,2}|a|two|three|a few) (?:days?|hours?|nights?|weeks?)"
    rf"|(?:i |we )?{SHOW_BEGUN} (?:on \w+day|last night|yesterday|this morning|\d{{1,2}} days ago)"
    r"|it took (?:me|us) (?:a|one|\d{1,2}|two|three) (?:days?|weeks?|months?|nights?))(?:,| and| but)? "
)
# "cried so hard at the end of ep 11", "couldnt sleep after ep 2": a feeling at an episode's end, so it was finished.
_AT_ITS_END = compile_later(
    r"^(?:i )?(?:cried|sobbed|screamed|bawled|broke down|lost it|couldnt sleep|could not sleep)(?: so hard| so much| a lot)?"
    r" (?:at the end of|after) "
)
# "took a break after ep 6": stopped after it.
_BREAK = compile_later(r"^(?:i |we )?(?:took|taking|had) a (?:break|pause) (?:after|at the end of) ")
# "took 3 days to finish", "took me a week to binge it": how long the whole show took.
_TOOK = compile_later(r"^(?:it )?took (?:me |us )?(?:a|one|two|three|\d{1,2}) (?:days?|weeks?|nights?|hours?|months?) to"
                      r" (?:finish|binge|watch)(?: it| the show| the series| all of it| everything)?(?: (?P<what>(?:ep|episode) \d{1,2}))?$")
_TO_FINISH = compile_later(r"^(?:and )?to finish (?=(?:ep|episode|e) ?\d)")
# "my 2 friends and i finished ep 1", "3 of us watching ep 5": the fan among others, watching together.
_WE = compile_later(r"^(?:my |our )?(?:\d{1,2} |two |three )?[a-z-]+ and (?:i|me) (?=(?:just |already )?(?:finished|watched|saw|binged|are|were) )"
                    r"|^(?:\d{1,2}|two|three|four|all) of us (?:are |were )?(?=(?:watching|on|at|finished|watched) )")
# "my gf and i are on ep 8": the fan and someone watching together.
_TOGETHER = compile_later(r"^(?:my |our )?[a-z-]+ (?:and|&|n|\+) (?:i|me) (?:are|r|were) ")
# "everything except the last ep", "all but the finale", "all but the last 2": what is left is the season's end (of the
# season said after it: "all but the last one of s2"). Abroad (watched32): "todos menos el último", "tudo menos o
# último", "alle außer der letzten Folge", "除了最后一集都看了", "最後の1話以外全部見た", "마지막 화 빼고 다 봤어".
_ALL_BUT_THE_END = compile_later(
    r"^(?:(?:(?:i ?ve |i have |i )?(?:watched|seen|finished) )?(?:everything|all(?: of it)?|it all|all (?:the )?(?:eps|episodes))"
    r"|(?:(?:im|i am) )?(?:all |fully )?caught up)"  # "all caught up except the finale" (watched29)
    r" (?:except|but|besides|other than) (?:(?P<left>the (?:last|final) (?:ep|episode|one)|the finale)"
    r"|the last (?P<count>[2-5]|two|three)(?: eps| episodes)?)(?P<of> of (?:s|season) ?\d{1,2})?$"
    r"|^(?:(?:ya )?(?:vi|he visto) )?(?:todos|todo) menos (?P<es>the last episode|el [uú]ltimo)$"
    r"|^(?:(?:j[aá] )?(?:vi|assisti) )?(?:tudo|todos) menos (?P<pt>the last episode|o [uú]ltimo)$"
    r"|^(?:(?:ich )?(?:hab |habe )?)?alle(?:s)? au(?:ss|ß)er (?P<de>der letzten (?:episode|folge)|dem letzten|der letzten)"
    r"(?: (?:gesehen|geschaut|geguckt))?$"
    r"|^(?:我)?除了最后(?:一|1)集(?:以外)?(?:我)?(?:都|全)(?:看了|看完了?)$"
    r"|^最後の(?:1|一)?話(?:以外|を除いて)(?:は)?(?:全部)?(?:見た|観た|見ました)$"
    r"|^마지막 ?(?:1 ?)?화 ?(?:빼고|말고|제외하고) (?:다|전부) (?:봤어|봤음|봄|봤다|봤어요)$"
)

# "all but the last 2 minutes of ep 3", "todos menos los últimos 5 minutos del cap 8", "tudo menos o final do ep 6",
# "alles außer den letzten 2 Minuten von Folge 3", "除了第3集最后两分钟都看了", "最終話の最後の10分以外は見た": all of an
# episode but its end, so partway through it (watched33; never "all but the last season of kingdom": no episode word).
_MINUTES = r"(?:\d{1,2}|two|few|couple(?: of)?|ten|five) (?:min|mins|minutes|secs|seconds)"
_EPISODE = r"(?P<what>(?:the )?(?:ep|episode|e) ?\d{1,2}(?: of (?:s|season) ?\d{1,2})?|(?:s|season) ?\d{1,2} ?(?:ep|episode|e) ?\d{1,2}|the finale)"
_ALL_BUT_ITS_END = tuple(compile_later(pattern) for pattern in (
    rf"^(?:(?:i ?ve |i have |i )?(?:watched|seen) )?(?:all|everything) (?:but|except) the (?:last {_MINUTES}|ending|end) of {_EPISODE}$",
    rf"^(?:(?:ya )?(?:vi|he visto) )?(?:todo|todos) menos (?:los [uú]ltimos \d{{1,2}} minutos|el final) (?:del?|de la) {_EPISODE}$",
    rf"^(?:(?:j[aá] )?(?:vi|assisti) )?(?:tudo|todos) menos (?:os [uú]ltimos \d{{1,2}} minutos|o final) d[oa] {_EPISODE}$",
    rf"^(?:(?:ich )?(?:hab |habe )?)?alle(?:s)? au(?:ss|ß)er (?:den letzten \d{{1,2}} minuten|dem ende|dem schluss) (?:von |der )?"
    rf"{_EPISODE}(?: (?:gesehen|geschaut|geguckt))?$",
    r"^(?:我)?除了 ?(?P<what>(?:ep ?|第 ?)\d{1,2}) ?集?(?:的)?最后(?:\d{1,2}|两|几|一)分钟?(?:以外)?(?:我)?(?:都|全)(?:看了|看完了?)$",
    r"^(?P<what>最終(?:話|回)|第?\d{1,2} ?話)の最後の\d{1,2}分(?:以外|を除いて)(?:は)?(?:全部)?(?:見た|観た|見ました)$",
))


def _its_end_left(text: str) -> str | None:
    """"all but the last 2 minutes of ep 3": "halfway through ep 3"; None when not so said."""
    found = next((found for pattern in _ALL_BUT_ITS_END if (found := pattern.match(text)) is not None), None)
    if found is None:
        return None
    what = found["what"]
    if what.endswith("話") or what.endswith("回"):
        what = "the finale" if what.startswith("最終") else f"ep {what.strip('第話 ')}"
    return f"halfway through {what.replace('第', 'ep ')}"


# "15 y/o here,", "im 14 years old and", "tengo 15 años y", "tôi 15 tuổi,", "อายุ 16" (its vowel mark dropped): an age said
# first, before the place (never "im 14" alone, which may be an episode).


_AGE_FIRST = compile_later(r"^(?:(?:im|i am|tengo|tenho|tôi|toi|mình|aku|ako) )?\d{1,2} ?(?:y/o|y\.o\.?|yrs? old|years? old|años|anos"
                           r"|tuổi|tahun)(?: here)?(?:,| and| y| e| và| dan)? |^อาย ?\d{1,2} "
                           # "im 12, on s2 ep 3", "im 15 and on ep 11": an age, then the place said with its own verb
                           r"|^(?:im|i am) \d{1,2}(?:,| and) (?=(?:(?:im|i am) )?(?:on|at|watching|finished|just|up to|done with)\b)"
                           r"|^(?:\d{1,2}|[가-힣]{1,3}) ?살(?:인데|이고|이에요|임)?,? "  # "열두 살인데": I am twelve, and
                           # "jai 11 ans et", "ich bin 11 und", "12歳で", "10th grader on s2 ep 2": an age or a school year first
                           r"|^jai \d{1,2} ans(?:,| et) |^ich bin \d{1,2}(?: jahre(?: alt)?)?(?:,| und) (?=(?:jetzt |gerade )?(?:bei|an) )"
                           r"|^\d{1,2} ?歳(?:で|です|、|,)? ?(?=第?\d)"
                           # "мне 15, смотрю ...", "mam 16 lat i jestem na ...": Russian and Polish (watched27)
                           r"|^мне \d{1,2}(?: (?:лет|год|года))?(?:,| и) |^mam \d{1,2} lat(?:a)?(?:,| i) "
                           r"|^(?:im |i am )?(?:a |an |in )?\d{1,2}(?:st|nd|rd|th) grader?,? (?=(?:(?:im|i am) )?(?:on|at|watching|finished|just|up to|done with)\b)")
# "im 12" with nothing else: an age as often as an episode, so no place (asked again, never all 12 saved)
_AGE_ALONE = compile_later(r"^(?:im|i am) (\d{1,2})(?=[\s!.~]*(?:lol|lmao|haha|rn|now|btw|tho)?[\s!.~]*$)")


def age_free(text: str) -> str:
    """`text` without an age said before the place ("15 y/o here, ep 7 rn": "ep 7 rn")."""
    return _AGE_ALONE.sub(r"im \1 years old", _AGE_FIRST.sub("", text, count=1))


def told_said(text: str) -> str:
    """`text` with the story around the fan's place told as the plain form bot.progress_said reads; else as it is."""
    if (end := _ALL_BUT_THE_END.match(text)) is not None:
        of = end["of"] or ""
        if end["count"] is not None:
            return f"{NUMBER_WORDS.get(end['count'], end['count'])} eps left{of}"
        return f"only the last ep{of} left" if of else f"only {end['left'] or 'the finale'} left"
    if (its_end := _its_end_left(text)) is not None:
        return its_end
    text = _WHEN.sub("", text, count=1)
    if (stopped := _INTERRUPTED.match(text)) is not None:
        how = stopped["how"] or "at"
        rest = _SO_STOPPED.sub("", text[stopped.end():])
        return f"stopped {'during' if how.startswith('while') else how} {rest}"
    if (felt := _AT_ITS_END.match(text)) is not None:
        return "finished " + text[felt.end():]
    if (paused := _BREAK.match(text)) is not None:
        return "stopped after " + text[paused.end():]
    if (took := _TOOK.match(text)) is not None:
        return "finished it" if took["what"] is None else f"finished {took['what']}"
    text = _TO_FINISH.sub("finished ", text, count=1)  # "(stayed up till 4) to finish ep 8"
    return _WE.sub("we ", _TOGETHER.sub("we are ", text, count=1), count=1)
