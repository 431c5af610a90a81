"""A rewatch of the show said in words while season 1 is the only season out, said as "rewatching s1" for the clause
readers (bot.progress_clauses.season_rewatched): a fan watching it again saw all of season 1 before, whatever episode
the rewatch is on ("rewatching, on ep 3", "2nd time watching, ep 5 now", "started my rewatch", "재탕 중 3화", "二刷中，看到第3集",
"пересматриваю, на 3 серии"; "seen it twice already"). Never a rewatch wished, planned, someone else's or of another
show (bot.progress_beside.NO_REWATCH), nor one said beside a season named (but one still to come: "ready for s2").
Plain text in and out (bot.watched calls it before season 2 is out); nothing here knows the show's shape.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.progress_beside import NO_REWATCH
from bot.progress_clauses import seasons_named_now

_SHOW_REWATCHED = compile_later(
    r"(?i)\bre-?watch(?:ing|ed)?\b(?!\s*(?:of\s+)?(?:the\s+)?(?:s|season|ep|eps|episode|e|시즌)?\s*\d)"
    r"|\b(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth) time (?:watching|through)(?: it)?\b(?! (?:s|season|ep|episode|e) ?\d)"
    r"|\bwatching it again\b"  # ("third time watching ep 4": that one episode again)
    r"|\b(?:[2-9](?:nd|rd|th)|second|third|fourth|fifth) (?:watch-?through|viewing|watch)\b"
    r"|(?:두|세|네|다섯|[2-9]) ?번째 ?(?:정주행|보는|시청)(?: ?(?:끝|완료|완))?"  # "두 번째 정주행 중 / 끝": a second binge
    # "2회차 정주행 중" (a second time through), "estoy viéndola por segunda vez", "reassistindo pela terceira vez",
    # "nonton ulang" (watching again), "xem lại lần 2" (watching again, second time), "ดูรอบสอง" (a second round)
    r"|^(?<!\d)[2-9] ?회차|^(?:(?:la|lo) )?(?:(?:estoy|estamos) )?(?:vi[eé]ndo|mirando)(?:la|lo)? (?:otra vez|de nuevo|por (?:segunda|tercera|cuarta) vez)"
    r"|^(?:eu )?(?:(?:estou|to|tô) )?(?:revendo|reassistindo|(?:vendo|assistindo)(?= (?:de novo|novamente|outra vez)))"
    r"(?! (?:o )?(?:ep|episode|epis[oó]dio) ?\d)"  # ("revendo o ep 3": that one episode again, as "rewatching ep 3")
    r"(?: (?:a série|tudo)(?: toda| inteira)?)?(?: pela (?:segunda|terceira|quarta) vez| de novo| novamente| outra vez)?"
    r"(?: (?:a série|tudo)(?: toda| inteira)?)?"
    r"|^(?:aku |gue |gw |saya )?(?:lagi )?nonton ulang|^(?:mình |tôi |tui )?(?:đang )?(?:xem|coi) lại(?: lần (?:[2-9]|hai|ba))?"
    r"|^ดูรอบ(?:สอง|สาม|ที่ ?[2-9])"
    # "재탕 중" (watching it again), "estoy volviendo a verla", "je revois la série", "schaue es zum zweiten Mal",
    # "二刷中" (a second brush through), "2周目" (a second lap)
    # ("volví a ver el 2": that one episode again, as "revendo o ep 3"; never "la 1", season 1; watched70)
    r"|^재탕|^(?:(?:la|lo) )?(?:(?:estoy|estamos) volviendo|vuelvo|volv[ií]) a ver(?! el (?:(?:cap\w*|ep|episode|episodio) ?)?\d| (?:cap\w*|ep|episode|episodio) ?\d)"
    r"(?:la|lo)?(?: (?:toda )?(?:la serie|la temporada|todo)(?: entera| completa)?)?(?: (?:otra vez|de nuevo))?"  # ("... toda la temporada", watched71)
    r"|^(?:je )?(?:la |le )?(?:revois|regarde [aà] nouveau)(?: la s[eé]rie| tout)?|^(?:ich )?(?:schaue|gucke|sehe) (?:es|sie|die serie) zum"
    r" (?:zweiten|dritten|vierten) mal|^[二三四2-9] ?刷(?:进行中|進行中|中|完了|完)?|^[二三四2-9] ?周目"
    # "deuxième visionnage", "schau's nochmal", "lo sto riguardando", "見返し中", "tekrar izliyorum", "пересматриваю",
    # "dobara dekh raha hoon", "أعيد مشاهدته", "tengok semula", "ดูซ้ำ", "oglądam drugi raz" (watching it again)
    r"|^(?:deuxi[eè]me|troisi[eè]me|[2-9]e) visionnage|^(?:ich )?(?:schau|schaue|guck|gucke|seh|sehe)(?:'?s)? (?:es |sie )?(?:nochmal|noch mal|erneut)"
    r"|^(?:(?:lo|la) )?(?:sto )?(?:riguardando|rivedendo)(?=[,.!?]|$)|^(?:今)?(?:見返し|見直し)中|^(?:diziyi )?(?:tekrar|yeniden) izliyorum"
    r"|^(?:я )?пересматриваю|^(?:main )?dobara dekh (?:raha|rahi) (?:hoon|hu|hun|hai)|^(?:أعيد|اعيد) مشاهدت(?:ه|ها)"
    r"|^(?:aku |saya )?(?:tengah )?tengok semula|^ดูซ้ำ|^ni(?:re)?re-?watch|^oglądam (?:drugi|trzeci|ponownie|jeszcze raz)(?: raz)?"
    r"|^(?:今)?(?:見返して|見直して)(?:る|いる|ます)|^(?:見返し|見直し)(?=残り|あと)|^(?:重温|重刷)(?:中)?"
    # "reviendo la serie", "je la regarde pour la deuxième fois", "zweiter Durchgang", "xem lần 2", "pangalawang beses ko
    # na", "смотрю второй раз", "drugi raz oglądam", "dusri baar dekh raha hoon", "أشاهده للمرة الثانية" (a second time)
    r"|^(?:(?:la|lo) )?(?:estoy |estamos )?revi[eé]ndo(?:la|lo)?(?: la serie| todo)?(?=[,.!?]| antes|$)"
    r"|^(?:je )?(?:la |le )?regarde pour la (?:deuxi[eè]me|troisi[eè]me|[2-9]e) fois|^(?:mein )?(?:zweiter|dritter|[2-9]\.) durchgang"
    r"|^(?:mình |tôi |tui )?(?:đang )?(?:xem|coi) lần (?:[2-9]|hai|ba)(?=[,.!?]|$)|^(?:pangalawang|ikalawang|pangatlong|ikatlong) beses(?: ko na)?"
    r"|^(?:я )?смотрю (?:во )?(?:второй|третий) раз|^(?:drugi|trzeci) raz oglądam|^(?:main )?(?:dusri|doosri|teesri) baar dekh"
    r" (?:raha|rahi) (?:hoon|hu|hun|hai)|^(?:أشاهده|اشاهده|أشاهدها|اشاهدها) للمرة (?:الثانية|الثالثة)")  # "見返してる" (watching it again), "重温" (reliving)
# "seen it twice already" (the show seen whole, more than once), "she's never seen it so we're on ep 4 (i've seen it
# twice)" (after someone new to it, "it" is the show, never the episode): a rewatch, so all of season 1 was seen.
_SEEN_IT_TWICE = (r"(?:i[\'\u2019]?ve |i have )?(?:already )?seen it (?:all )?(?:twice|thrice|\d{1,2} times|(?:two|three|four|five)"
                  r" times)(?: already| lol)?")
_SEEN_BEFORE = compile_later(rf"(?i)^{_SEEN_IT_TWICE}(?=[\s,.!]*$)|(?:never seen it|s first time|ha(?:s|ve)n[\'\u2019]?t seen it)"
                             rf"\b.*?(?P<aside>\s*[(\[]{_SEEN_IT_TWICE}[)\]])(?=[\s.!]*$)")


# Some episodes only, named as a range or as the first few: "rewatching the first 5 eps", "eps 1-3", "재탕 1~5화",
# "revendo os 4 primeiros", "二刷前五集", "volví a ver los caps 1 al 3". Such a rewatch says nothing sure about the rest
# of the season (the fan may never have seen past them), so it is no rewatch of the show.
_SOME_EPISODES = compile_later(
    r"(?i)\d{1,2} ?(?:-|~|～|to|thru|through|al|ao|a|até|hasta) ?(?:ep ?|cap ?)?\d{1,2}(?!\d| ?(?:min|h\b|시|時|点|分))"
    r"|\bfirst (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\b|\d{1,2} primeir|\bprimeir[oa]s \d"
    r"|\b(?:os|as|los|las) (?:dois|duas|tr[eê]s|quatro|cinco|seis|dos|cuatro) primeir|\bprimer[oa]s (?:\d|dos|tres|cuatro|cinco)"
    r"|前[一二三四五六七八九十两兩\d]{1,3}[集话話]|(?:앞|처음)(?:에|부터)? ?\d{1,2} ?[화회]"
)


def show_rewatched(text: str, season: int = 1) -> str:
    """`text` with its rewatch of the show said as "rewatching s1" (see the module's head); else as it was. Once a
    later season is out, a rewatch said beside the season still to come is of the one before it: `season`."""
    text = _SEEN_BEFORE.sub(lambda m: "rewatching" if m["aside"] is None else m.group()[:m.start("aside") - m.start()] + ", rewatching", text)
    if not seasons_named_now(text) and not NO_REWATCH.search(text.casefold()) and not _SOME_EPISODES.search(text):  # "rewatching ep 2": one episode, no place;
        # "재탕 하고 싶다": a rewatch wished, none of this show's
        # ("重温还剩3集", "見返し残り3話": a word said on after it, with no space, is kept a word of its own)
        text = _SHOW_REWATCHED.sub(lambda m: f"rewatching s{season}" + _then(m.string[m.end():]), text, count=1)
    return text


# Where in the rewatch, said straight after its word: "재탕 3화까지" (a number), "二刷到第三集了", "二刷看到第5集" (up to).
# (never one episode only: "재탕 2화만" is episode 2 watched again)
_WHERE_NEXT = compile_later(r"^ ?(?=\d)(?!\d{1,2} ?[화회편話集]? ?만)|^(?=看?到)")


def _then(rest: str) -> str:
    """What goes between "rewatching s1" and the words after it: a clause's comma before where in the rewatch is said,
    a space before a word that ran on ("重温还剩3集"), else nothing."""
    if _WHERE_NEXT.match(rest):
        return ", " + ("看" if rest.startswith("到") else "")
    return " " if rest[:1].isalnum() else ""


# A season's rewatch said done, before a clause naming a later season ("rewatched s1 and started s2", "rewatched season
# 1, now on s2 ep 2", "s1 rewatched, starting s2"): that season seen whole, said as "finished" for the clause readers.
# Never before an episode alone ("s1 rewatched, on ep 3": where in the rewatch, maybe) nor said alone ("rewatched s1":
# read as before, its reply saying it was a rewatch).
_REWATCH_DONE = compile_later(
    r"(?i)^(?:i )?(?:just |finally |already )?(?:re-?watched|finished (?:re-?watching|my rewatch of)) (?:s|season) ?(\d{1,2})"
    r"(?: again| twice)?(?=\s*(?:[,;&]|\band\b|\bthen\b))"
    r"|^(?:s|season) ?(\d{1,2}) (?:rewatched|rewatch (?:is )?(?:done|finished|complete|over))(?=\s*(?:[,;&]|\band\b|\bthen\b))")


def rewatch_done_said(text: str) -> str:
    """`text` with a season said rewatched to its end, before a clause naming only later seasons, said as "finished
    season N"; else as it was."""
    done = _REWATCH_DONE.match(text.strip())
    if done is None:
        return text
    season = int(done[1] or done[2])
    later = seasons_named_now(text.strip()[done.end():])
    return f"finished season {season}{text.strip()[done.end():]}" if later and min(later) > season else text


# A season's or a part's finale named by its number, in the words fans use: "the s1 finale", "the finale of part 2",
# "el final de la parte 1", "o final da temporada 1", "파트1 마지막화", "パート2の最終回", "tập cuối phần 1" (Vietnamese
# "phần" is a season, watched51), "finale part 2". Never one named after another show ("the squid game part 1 finale":
# the clause must begin with it or with its verb).
_WHICH = r"(?P<{0}>(?:s|season|part|pt|temporada|parte|t|시즌|파트|シーズン|パート|phần|mùa) ?\d{{1,2}})"
_FINALE = (r"(?:the )?" + _WHICH.format("a") + r" finale|(?:the )?(?:finale|last ep(?:isode)?) (?:of |dari |ng )?(?:the )?" + _WHICH.format("b")
           + r"|(?:el |o )?(?:final|[uú]ltimo (?:cap|ep)) (?:de la|da|do|del) " + _WHICH.format("c")
           + r"|" + _WHICH.format("d") + r" ?(?:의|の)? ?(?:마지막 ?화|최종화|막화|最終回|最終話)|tập cuối " + _WHICH.format("e"))
# ... said watched again before it ("rewatched", "revi", "volví a ver", "xem lại", "nonton ulang") or after it ("otra
# vez", "de novo", "다시 봤어", "もう一回見た"), or said seen the Korean, Japanese or Indonesian way ("파트1 마지막화 봤어",
# "パート2の最終回見た", "udah nonton finale part 2"): that finale seen, said as the finale readers read it (watched53);
# "pinanood ko ulit yung finale ng part 1" (watched54), "pinanood namin ulit ..." (we; watched55).
_FINALE_SEEN = compile_later(
    r"(?i)(?:^|(?<=[,;] ))(?:(?P<again>(?:i |eu |yo )?(?:just |finally |already |ya )?(?:re-?watched|revi|volv[ií] a ver|(?:mình |tôi |tui )?(?:đã )?xem lại"
    r"|(?:udah |sudah )?nonton ulang|pinano?[ou]od (?:ko|namin|natin) ulit(?: yung| ang)?))|(?P<seen>(?:i |eu |yo )?(?:just |finally |already |ya )?(?:watched|saw|vi|assisti|(?:udah|sudah) nonton))?) ?"
    rf"(?:{_FINALE})(?P<after> (?:otra vez|de nuevo|de novo|outra vez|novamente|again)| ?(?:을|를|은|는|を)? ?(?P<ko>(?:다시|또) )?(?:봤\w*|봄)"
    r"| ?(?:を)?(?P<ja>もう一回|もう一度|また)?(?:見た|観た|見終わった))?(?=\s*(?:$|[,;.!]))")


def finale_seen_said(text: str) -> str:
    """`text` with a season's or a part's finale said seen or seen again in any of the forms above said as "watched the
    s1 finale (again)" / "watched the part 2 finale (again)"; else as it was (a finale alone, "the part 2 finale", stays
    for the readers of a finale saved or left)."""
    def said(found: re.Match[str]) -> str:
        again = bool(found["again"] or found["ko"] or found["ja"] or (found["after"] or "").strip() in _AGAIN)
        if not (again or found["seen"] or found["after"]):
            return found[0]
        which = next(found[name] for name in "abcde" if found[name])
        number = "".join(filter(str.isdigit, which))
        named = f"part {number}" if re.match(r"(?i)part|pt|parte|파트|パート", which) else f"s{number}"
        return f"watched the {named} finale" + (" again" if again else "")
    return _FINALE_SEEN.sub(said, text)


_AGAIN = ("otra vez", "de nuevo", "de novo", "outra vez", "novamente", "again")


# One episode watched again, said abroad in a clause of its own ("volví a ver el 2", "revendo o 3", "nonton ulang ep 2",
# "đang xem lại tập 1", "1話見直してる", "1화 다시 보는 중"; "rewatching ep 2" in English is read past by
# bot.progress_nothing_more): seen before, so beside a place it says nothing of how far (watched63).
_ONE_EPISODE_AGAIN = compile_later(
    r"^(?:ya )?(?:volv[ií] a ver|(?:estoy )?(?:viendo de nuevo|reviendo)) (?:el )?(?:(?:cap(?:[ií]tulo)?|ep|episode|episodio) ?)?\d{1,2}$"
    r"|^(?:(?:estou|to|tô) )?(?:revendo|reassistindo) (?:o )?(?:(?:ep|episode|epis[oó]dio) ?)?\d{1,2}$"
    r"|^(?:aku |gue |gw |saya )?(?:lagi )?nonton ulang (?:eps? |episode )?\d{1,2}$"
    r"|^(?:mình |tôi |tui )?(?:đang )?(?:xem|coi) lại (?:tập|ep|episode) ?\d{1,2}$"
    r"|^第?\d{1,2} ?話(?:を)?(?:(?:見直して|見返して|もう一回見て)(?:る|いる|ます)?|(?:見直し|見返し)中)$"
    r"|^\d{1,2} ?화(?:를)? (?:다시 보는 ?중|다시 보고 있어|재탕 ?중)(?:인데|이야|임)?$")  # ("1화 다시 보는 중인데 친구는 9화": watched64)


def one_episode_again(clause: str) -> bool:
    """Whether a clause (as bot.progress_clauses.clauses gives it) is one episode said watched again, abroad (above)."""
    return _ONE_EPISODE_AGAIN.match(clause.casefold().strip()) is not None
