"""A fan's sentence of several clauses about how far they have watched, cut and judged clause by clause (plain text in,
plain text out; bot.watched.read_watched reads each clause with bot.progress_said.core and saves the place).

- `clauses` cuts a sentence at commas, "but", "and then" ("finished ep 3, starting 4"), keeps what follows a correction
  ("ep 8... no wait ep 9") and leaves out clauses about someone else ("my friend is on 9");
- `season_lead`, `seasons_named`, `season_named`, `not_seen`, `season_rewatched`: what a clause says of a season;
- `finished_beside`: a bare "finished" read by the clauses beside it ("finished!! s2 next": season 1).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from bot.lazy_re import compile_later
from bot.progress_beside import NTH_TIME
from bot.progress_commaless import COMMALESS, JA_OTHERS, KO_OTHERS, OTHERS_ABROAD, TH_OTHERS, THEIRS_GOES_ON
from bot.progress_nothing_more import done_for_now, episode_planned, says_nothing_more
from bot.progress_other_show import OWN_NAMES
from bot.progress_said import BARE_DONE, chat_free, core, says_seen
from bot.show import ShowShape

# "ep 8... no wait ep 9", "ep 5 i mean 6", "to no ep 7, mentira, to no 3" ("a lie", after a comma: watched71; never
# "mentira que ...", "no way ...": "to no ep 5, mentira que ele morreu"): what is said after a correction is what is
# meant; "second season? nah still on s1 ep 9": a question the fan answers no, then the place.
_CORRECTION = compile_later(r"(?:^|[\s,.…]+)(?:no wait|wait no|nvm|i mean|correction|jk|just kidding|kidding|in my dreams|sike|psych|(?:(?<=, )|(?<=,))mentira(?! q(?:ue)?\b)"
                         r"|(?:lol|lmao|haha|ha|jk) no(?=,)|nope(?=,)|nah(?=,)|(?<=\? )(?:nah|nope)(?= ))\b[\s,:]*")  # "finished? lol no, ep 4"
# "binged it in one night... the first 3 eps", "la serie en una noche... bueno, los primeros 3 caps": the show said whole,
# then narrowed after a pause to its first episodes (watched46; never another show's: "binged squid game... the first 3")
_NARROWED = compile_later(r"(?:\.{2,}|…)\s*(?:(?:well|bueno|pues|ok|okay|actually|like),? )?(?=(?:only |just |solo |s[oó] )?(?:the |los |os )?"
                          r"(?:first|primeros|primeiros) \d{1,2}(?: (?:eps?|episodes?|caps?|cap[ií]tulos|episodios|epis[oó]dios))?"
                          r"(?: (?:only|lol|tho|though))?$)")
_SHOW_WHOLE = compile_later(r"^(?:i |me )?\S+ (?:it|the (?:whole )?(?:show|series|thing)|everything|la serie|a s[eé]rie)(?: in \S+ \S+| en una noche| numa noite)?$")
# "finished ep 3, starting 4", "ep 5 and halfway through 6", "im on ep 4 but my friend is on 9". (A break that opens with
# spaces starts at the first of them: tried from each space of a long run, the split cost the square of its length.)
_CLAUSE = compile_later(r"(?<!\s)\s*(?:[,;、]|[.!?]+\s|\.{2,}|…)\s*(?:(?:but|mas|pero|tapi|e|y)\s+)?|(?<!\s)\s+(?:-|but|and then|then|and|&|while|plus|y|bc|because|cuz|coz|mas|pero|tapi)\s+"
                     r"|[?!]+(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])[?!]+(?=[^\s?!.])"  # "出?我看到": no space after a question in CJK
                     r"|(?<!\s)\s+so\s+(?=(?:im|i|i am|ive|we|were) )"  # "s2 isnt out til 2027 so im done with s1"
                     r"|(?<!\s)\s+e\s+(?=eu |(?:terminei|acabei) )"  # "minha irmã tá no ep 8 e eu no 5": "and I", another's place, then the fan's (watched59)
                     r"|(?<!\s)\s*(?:然后|然後)\s*"  # "看完王国第二季然后僵尸校园看到第4集": "and then"
                     r"|(?<!\s)\s*(?:けど|けれど|だけど)\s*|(?<!\s)\s+สวน(?=เรา|ฉน|ผม|หน)"  # Japanese "but", Thai "as for (me)" (marks dropped)
                     r"|(?<!\s)\s+(?=(?:im|i am|i ve|ive|나는|난|저는|전) |" + KO_OTHERS + r" )"
                     + COMMALESS)  # places said without a comma in Japanese, Korean and Thai
_WHERE = compile_later(r"\b(?:on|at|up to|got to|made it to|reached|caught up to|currently|now)\b|까지|보는 ?중|^지금 ")  # ("지금 6화": watched65)
# "all but the last ep", "everything except the finale": a sentence that leaves episodes out ("finished s1 but
# haven't started s2" leaves none: its "not" is read as such).
_EXCEPT = compile_later(r"\b(?:(?:all|everything|every (?:ep|eps|episode|episodes)|(?:the )?whole (?:thing|show|season|series)"
                     r"|it all|all of it|(?<!for )(?:s|season) ?\d{1,2}) but(?! (?:not|havent|have not|hasnt|didnt|did not|dropped|quit|stopped|gave|fell|paused|i|im)\b)|except|besides|other than|apart from|minus|without)\b|빼고|제외")
# A clause about someone else: "my friend is on 9", "my sister's on ep 2", "she is on 5".
_SOMEONE_ELSE = compile_later(
    r"^(?:(?:my|our) (?:(?:little|lil|big|older|younger|baby|best) )?(?:friends?|bf|gf|boyfriend|girlfriend|sister|sis|brother|bro|mom|mum|dad|roommate|partner|wife"
    r"|husband|cousin|bestie|bff|family|parents|kids?|son|daughter)s?|he|she|they|hes|shes|theyre)\b"
    rf"|^(?:{KO_OTHERS})\s"
    r"|^(?:bestie|bff|everyone|everybody|bf|gf|sis|bro|mom|mum|dad|ates?|kuyas?)\b|^@\w+"  # Tagalog: "ate's on ep 7"
    r"|^the (?:gc|group ?chat|squad|others)\b|^(?:hindi pa tapos )?si (?:ate|kuya|bunso|mama|papa|tita|tito)\b|^nasa (?:ep|episode) ?\d{1,2}(?: na)? si \w+$"  # ("the gc is at ep 10", watched56)
    r"|^(?:karde[sş]im|arkada[sş][iı]m|ablam|abim|annem|babam)\b"  # Turkish: "kardeşim 10. bölümde" (my sibling)  # "bf on ep 12", "@jisoo on ep 9"
    # French and German: "ma sœur a fini", "mein bruder ist bei folge 10"
    r"|^(?:ma|mon|mes) (?:s(?:œ|oe)ur|fr[eè]re|m[eè]re|p[eè]re|amie?|copine?|cousine?)s?\b"
    r"|^(?:meine?|mein) (?:schwester|bruder|mutter|mama|vater|papa|freundin|freund|cousine?)\b"
    # the same in Spanish, Portuguese, Tagalog, Indonesian, Japanese, Vietnamese and Thai (its marks dropped)
    r"|^(?:(?:esta noche|hoy|ayer|anoche) )?(?:mis?|tus?|sus?) (?:herman[oa]s?|amig[oa]s?|novi[oa]|mam[aá]|pap[aá]|prim[oa]s?)\b"
    r"|^(?:siya|sya) (?=nasa|tapos|nanood|nanonood)|^dia (?=udah|sudah|dah|baru|masih|lagi|nonton|belum)"  # he, she (watched71)
    r"|^(?:él|ella|ele|ela) (?=va |está|esta |iba |ya |vio |termin|tá |ta |está|já |viu |assistiu )"  # ("él va en el 10", watched72)
    r"|^(?:meus?|minhas?) (?:irm[aã]o?s?|amig[oa]s?|namorad[oa]|m[aã]e|pai|prim[oa]s?)\b"
    rf"|{OTHERS_ABROAD}"  # Tagalog, Indonesian, Vietnamese: "kapatid ko", "adikku", "em mình", first or last
    rf"|^{JA_OTHERS}"
    r"|^我(?:的)?(?:姐姐?|哥哥?|妹妹?|弟弟?|妈妈?|爸爸?|朋友|男朋友|女朋友|室友)"  # "我姐看完了" (my sister finished)
    rf"|^(?:เมอคน|เมอวาน)?\s*{TH_OTHERS}"  # ("แฟน", "น้อง": a partner, a younger one; watched64), after last night, yesterday (watched71)
)
# A clause that only says when, still to come ("tomorrow", "明日見る", "내일 볼 거야", "watching it tonight"): said of the
# place before it, which is then a plan (watched19: "シーズン2の7話、明日見る" was saved as season 2's episode 7).
_WHEN_ALONE = compile_later(
    r"^(?:(?:ill|i will|will|gonna|going to|im gonna) )?(?:watch(?:ing)? (?:it |that |this )?)?(?:tomorrow|tmrw|tmr|tonight|later"
    r"|next week|this weekend|soon|mañana|demain|ce soir|morgen|heute abend|domani|stasera|amanhã|besok|bukas|mamaya"
    r"|ngày mai|tối nay|yarın|bu gece|after (?:class|school|work)|pagkatapos ng (?:klase|trabaho)|(?:habis|setelah|sehabis) (?:kelas|sekolah|kerja))"
    r"(?: (?:watch(?:ing)?|lo veo|je regarde))?$"
    r"|^(?:明日|あした|今夜|今晩|明天|今晚|今天晚上|내일|오늘 ?밤|이따가?)(?:に|は)? ?(?:見る|見ます|観る|看|再看|볼 ?(?:거\w*|게\w*|래\w*)|봐야지)?$"
)

_SAME_HERE, _ON_AT = compile_later(r"^(?:so am i|me too|same here|me as well)$"), compile_later(r" on ((?:ep |episode )?\d{1,2})$")
_OWN_FIRST = compile_later(r"(?:im|i am|i ve|ive|i|we|were) (?=.*\d)")  # (a place of its own: never "ep 6, tonight im hyped")
# "watching s2 tonight, ep 1", "starting season 2 tonight, ep 1": a season to watch tonight, then its episode said alone,
# which is the one to come (watched22: saved as season 2's episode 1, its spoilers shown before it was seen).
_SEASON_TONIGHT = compile_later(r"^(?:(?:im|i am|i ?ll|i will|gonna|going to|will)\s)?(?:watching|starting|binging|bingeing"
                                r"|beginning|watch|start|binge)?\s?(?:the )?(?:s|season) ?(\d{1,2}) tonight$")
_BARE_EPISODE = compile_later(r"^(?:(?:on|at|from) )?(?:ep|episode|e) ?(\d{1,2})$")

# "시즌1 다 보고 시즌2 2화": "having watched all of season 1, (now) season 2 episode 2": two clauses.
_KO_THEN = compile_later(r"\s*(?:다 ?(?:보고|봤고)(?: ?나서)?|끝내고|끝냈고)\s+(?!있)")


def clauses(text: str) -> list[str]:
    """The clauses of `text` that say how far its writer is, each to be read alone: what follows a
    correction ("ep 8... no wait ep 9": "ep 9"), cut at commas, "but", "and then" ("finished ep 3,
    starting 4"). Clauses about someone else ("my friend is on 9") are left out."""
    return list(_clauses(text))  # (a list of its own: a caller may change it)


def someone_elses(text: str) -> list[str]:
    """The clauses of `text` (cut as `clauses` cuts them) about someone else ("my bf finished his binge"): those it leaves out."""
    # (the plain text's clauses too: chat_free reads past someone else's rewatch, "my sister is rewatching ep 10", as no
    # rewatch of the fan's, so its place would be lost to a caller asking whose season is to come; watched59)
    plain = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "").replace("'", ""))
    said = [part.strip() for cut in (chat_free(text), plain) for part in _CLAUSE.split(cut) if part]
    return list(dict.fromkeys(part for part in said if part and _SOMEONE_ELSE.match(part)))


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked of the same one four times a reply
def _clauses(text: str) -> tuple[str, ...]:
    said = chat_free(text)
    if _EXCEPT.search(said):
        return ()  # "watched all but the last ep": what is left out is not read here
    said = _KO_THEN.sub(" 다 봤어, ", said)
    corrected = list(_CORRECTION.finditer(said))
    if corrected:
        said = _still_before(said[:corrected[-1].start()], said[corrected[-1].end():])
    if (narrowed := _NARROWED.search(said)) is not None and _SHOW_WHOLE.match(said[:narrowed.start()]):
        said = said[narrowed.end():]
    parts: list[str] = []
    cut, first = [part.strip() for part in _CLAUSE.split(said) if part and part.strip()], ""
    for at, part in enumerate(cut):
        part, first = first + part, ""
        if done_for_now(part, cut[at - 1] if at else "", cut[at + 1] if at + 1 < len(cut) else ""):
            continue  # "tonight im done": done for the night, never the season's end (watched77)
        if _WHEN_ALONE.match(part) and at + 1 < len(cut) and _OWN_FIRST.match(cut[at + 1]) and not says_seen(cut[at + 1]):
            first = f"{part} "  # "my sister is on 9, tonight im watching 6": when, said first of the fan's clause (watched76)
        elif parts and (dropped := _DROPPED_AFTER.match(part)) and (begun := _BEGUN.match(parts[-1])):
            parts[-1] = f"{dropped[1]} min into {begun[1]}"  # "started s2 but dropped it after 10 min": minutes into it
        elif parts and _SAME_HERE.match(part) and _SOMEONE_ELSE.match(parts[-1]) and (theirs := _ON_AT.search(parts[-1])):
            parts.append(f"im on {theirs[1]}")  # "my little sister is on 9 and so am i", "…, me too": theirs is the fan's (fix122)
        elif parts and _WHEN_ALONE.match(part):
            parts[-1] = f"{parts[-1]} {part}"  # "s2 ep 7, tomorrow": the place is the one to come, never one seen
        elif len(parts) == 1 and _WHEN_ALONE.match(parts[0]) and not says_seen(part):
            parts[0] = f"{part} {parts[0]}"  # "tonight, ep 6", "pagkatapos ng klase, ep 6 na": said first, the same plan (watched50)
        elif parts and (tonight := _SEASON_TONIGHT.match(parts[-1])) and (bare := _BARE_EPISODE.match(part)):
            parts[-1] = f"gonna watch s{tonight[1]} ep {bare[1]}"  # "watching s2 tonight, ep 1": the episode to come
        else:
            parts.append(part)
    return tuple(_it_named(_rest_finished(part, parts[:i]), parts[:i]) for i, part in enumerate(parts)
                 if not _SOMEONE_ELSE.match(part) and not (i and _END_SEEN.match(part) and _SLEPT_THROUGH.match(parts[i - 1]))
                 and not (i and (_FINISHED_IT.match(part) or THEIRS_GOES_ON.match(part)) and _SOMEONE_ELSE.match(parts[i - 1]))  # ("my sister ..., finished it": hers)
                 and not (i and _STOPPED.match(part) and _SEEN_UP_TO.search(parts[i - 1])))  # ("20 min of ep 5 then stopped")


# "watched 20 min of ep 5 then stopped", "watched the first 3 of s2 then stopped": a stop where the minutes or the
# episodes seen before it say, nothing more (watched46, watched49; never "on ep 6 but paused", which may be partway into it)
_STOPPED = compile_later(r"^(?:i )?(?:stopped|paused|quit|gave up)(?: (?:there|watching|for (?:the|to)night))?$")
_SEEN_UP_TO = compile_later(r"\b\d{1,3} ?(?:mins?|minutes?) (?:of|into|in) |^(?:i )?(?:just )?(?:watched|finished|saw|binged) ")
# "started s2 but dropped it after 10 min": what was begun, a few minutes of it seen (watched46)
_DROPPED_AFTER = compile_later(r"^(?:i )?(?:dropped|quit|stopped|gave up(?: on)?)(?: it| watching(?: it)?)? after (?:like |about )?(\d{1,3}) ?(?:mins?|minutes?)$")
_BEGUN = compile_later(r"^(?:i )?(?:just )?(?:started|began|begun) ((?:s|season) ?\d{1,2}|(?:ep|episode) ?\d{1,2}|(?:s|season) ?\d{1,2},? (?:ep|episode|e) ?\d{1,2})$")


# "on s2 now lol jk still on ep 4": season 2 said begun, taken back, then "still" at an episode: season 1's (the lowest
# reading; a later season taken back leaves which season asked).
_SEASON_TAKEN_BACK = compile_later(r"^(?:im |i am )?(?:on|in|at|into) (?:s|season) ?(2)(?: now)?(?: (?:lol|lmao|haha))?$")
_STILL_AT = compile_later(r"^(?P<lead>(?:im |i am )?still (?:on |at )?)(?=(?:ep|episode|e) ?\d{1,2}\b)")


def _still_before(taken: str, rest: str) -> str:
    """What is said after a correction, an episode said "still" at after a later season taken back put in the one before;
    "it" not seen after an episode taken back is that episode ("my reaction to ep 8 lol jk havent seen it", watched68)."""
    if (not_seen := _NOT_SEEN_IT.match(rest)) is not None and (taken_ep := _THEIR_EPISODE.search(taken)) is not None:
        return f"{not_seen['not']} ep {taken_ep[1] or taken_ep[2]}{rest[not_seen.end():]}"
    if _SEASON_TAKEN_BACK.match(taken.strip(" ,.…")) is None or (still := _STILL_AT.match(rest)) is None:
        return rest
    return f"{still['lead']}s1 {rest[still.end():]}"


# "fell asleep during ep 3, finished it this morning": "it" is the episode slept through, never the whole show (watched46).
# "fell asleep during the finale but saw the end": the end seen past a gap, the episode still partway (never the show's end)
_SLEPT_THROUGH = compile_later(r"^(?:i )?(?:(?:fell asleep|dozed off|paused|stopped)(?: watching)? (?:during|in|on|at|halfway through)"
                               r"|halfway through|in the middle of) (?P<ep>.+)$")
_END_SEEN = compile_later(r"^(?:i )?(?:saw|seen|watched|caught|napanood ko|nakita ko|vi|assisti) (?:the |yung |ang |o |el )?"
                          r"(?:end|ending|final)(?: (?:tho|though|at least|naman))?$")
_FINISHED_IT = compile_later(r"^(?:i )?(?:finished|watched the rest of|finished the rest of) it(?: (?:this morning|today|later|after|after that"
                             r"|when i woke up|the next day))?$"
                             # ... abroad: "(y) lo terminé hoy" ("hoy" read as "tonight" by then), "sáng nay xem nốt rồi" (watched59)
                             r"|^(?:lo|la) (?:termin[eé]|acab[eé])(?: (?:hoy|tonight|esta ma[nñ]ana|en la ma[nñ]ana|despu[eé]s|luego|al despertar))?$"
                             r"|^(?:(?:sáng nay|hôm nay|sau đó|dậy) )?(?:xem|coi) (?:nốt|tiếp)(?: rồi)?$"
                             # "tadi pagi udah kelar", "今朝見終わった", "tinapos ko kanina", "(e) terminei hoje" (watched60)
                             r"|^(?:(?:tadi pagi|pagi ini|tadi|hari ini) )?(?:aku )?(?:udah |sudah |dah )?(?:kelar|selesai|beres)(?:in)?(?: (?:tadi pagi|pagi ini|tadi|hari ini))?$"
                             r"|^(?:今朝|今日|朝|起きてから|あとで)(?:続きを?)?(?:見終わった|見終えた|見た)$"
                             r"|^tinapos ko(?: (?:na|kanina|kaninang umaga|ngayon|paggising ko))?$"
                             r"|^(?:eu )?(?:o |a )?(?:terminei|acabei)(?: (?:hoje|tonight|de manh[aã]|hoje de manh[aã]|depois))?$")


# "rewatching s1 before s2, on ep 4 of the rewatch": the rewatch already said, its place after (watched46)
_OF_THE_REWATCH = compile_later(r" of (?:the|my|this) re-?watch$")


def _rest_finished(part: str, before: list[str]) -> str:
    """`part` with an "it" finished named as the episode the clause before it was stopped in; a place "of the rewatch"
    after a season said rewatched, as that rewatch's place."""
    if before and _OF_THE_REWATCH.search(part) and any(season_rewatched(said) is not None for said in before):
        return _OF_THE_REWATCH.sub("", part)
    # (the clause before read as chat_free reads it too: "9話で寝落ちして" is "fell asleep during ep 9"; watched60)
    if not before or not _FINISHED_IT.match(part) or (slept := _SLEPT_THROUGH.match(before[-1]) or _SLEPT_THROUGH.match(chat_free(before[-1]))) is None:
        return part
    return f"finished {slept['ep']}"


# "my bf binged all of s2, i haven't started it": "it" is the season said just before, never the whole show.
_NOT_SEEN_IT = compile_later(r"^(?P<not>(?:i )?(?:still )?(?:havent|have not|didnt|did not|not)(?: even| yet)* (?:started|watched|seen"
                             r"|finished)(?: watching)?) it\b")


# "언니는 8화 봤고 나는 안 봤어", "my sister watched ep 8, i havent watched": a bare "not seen" after someone else's
# episode is that episode not seen, never nothing of the show seen (watched60)
_BARE_NOT_SEEN = compile_later(r"^(?:i |나는 |난 |저는 )?(?:still )?(?:havent|have not|didnt|did not|안|아직 안)(?: (?:watched|seen|봤어|봤음|봄|봤다|봤어요)"
                               r"(?: it)?(?: yet)?)?$"  # ("my sister finished ep 9 and i havent seen it": watched69)
                               # "bạn mình xem tới tập 9, mình chưa xem", "adikku udah ep 9, aku belum nonton" (watched68),
                               # "kapatid ko nasa ep 9 na, hindi ko pa napapanood" (watched69)
                               r"|^(?:mình |tôi |tui |tớ )?(?:vẫn )?chưa (?:xem|coi)$|^(?:aku |gue |gw |saya )?(?:masih )?(?:belum|blm)(?: nonton)?$"
                               r"|^(?:hindi|di) ko pa (?:napapanood|napanood|pinapanood)$")
_THEIR_EPISODE = compile_later(r"\b(?:ep|episode|e) ?(\d{1,2})\b|(\d{1,2}) ?(?:화|話|集|회)")


def _it_named(part: str, before: list[str]) -> str:
    """`part` with an "it" not seen yet named as the season the clause before it named ("i haven't started s2"); a bare
    "not seen" after someone else's episode, as that episode."""
    if before and _BARE_NOT_SEEN.match(part) and _SOMEONE_ELSE.match(before[-1]) \
            and (theirs := _THEIR_EPISODE.search(before[-1])) is not None:
        return f"havent watched ep {theirs[1] or theirs[2]}"
    if not before or (not_seen := _NOT_SEEN_IT.match(part)) is None or (named := season_named(before[-1])) is None:
        return part
    return f"{not_seen['not']} s{named}{part[not_seen.end():]}"


# "binging s2 rn, on ep 6", "시즌2 정주행 중 지금 4화": watching a season, then its episode said alone
# ("halfway through s2, on ep 5": where in it, watched36).
_SEASON_LEAD = compile_later(
    r"^(?:(?:currently|now|rn|still|just|im|i am|we are|were|been)\s)*(?:binging|bingeing|binge ?watching|marathoning"
    # (never "starting s2 tonight, ep 1": a start to come, its first episode not yet seen)
    r"|watching|going through|on|(?:about |almost |over )?(?:halfway|midway|partway) (?:through|thru|into)|started|starting(?!\s(?:the )?(?:s|season) ?\d{1,2}\s(?:tonight|today)\b))\s(?:the )?(?:s|season) ?(\d{1,2})"
    # (never "watching s2 tonight, ep 1": tonight is to come, as _SEASON_TONIGHT reads it)
    r"(?:\s(?:with|w) (?:(?:eng(?:lish)? )?subs|subtitles|(?:the )?dub|my [a-z]+))?"  # "watching s2 with subs, ep 2": how, or with whom
    r"(?:\s(?:rn|now|atm|right now|today|yesterday|last night))?(?:\s*,\s*|\s+)(?:but )?"  # "started s2 today, 3 eps in": the season the place is in
    r"(?=(?:(?:im|i am|currently|now|rn|and|already) )*(?:(?:on|at|(?:i )?(?:stopped|paused|left off) at) )?(?:(?:ep|episode|e) ?\d|\d{1,2} eps? in$))"  # never "watching s2 reactions, on ep 3"
    # "s2: 6 down, 2 to go", "s2: on ep 6": the season said first with a colon (watched27), never "s2: 8 eps" (its length)
    r"|^(?:s|season) ?(\d{1,2}) ?: ?(?=(?:(?:im|i am|currently|now|rn) )*(?:(?:on|at) )?(?:(?:ep|episode|e) ?\d"
    r"|\d{1,2}(?: eps?| episodes)? (?:down|done|in|watched|seen)(?:,|$)))"
    # "s2 is 8 eps, im on 4", "season 2 is 8 episodes long and ive watched 5": its length said, then where in it; never
    # "s2 is 8 eps, ive seen the trailer 4 times" (watched37)
    r"|^(?:s|season) ?(\d{1,2}) (?:is|has|only has|has only|is only) (?:only )?\d{1,2} (?:eps|episodes)(?: long)?(?:\s*,\s*|\s+)(?:(?:and|but) )?"
    r"(?=(?:(?:im|i am|ive|i have|still|currently|now|rn|already) )*(?:(?:on|at|watched|seen|done with|finished) )(?:(?:ep|episode) ?)?\d{1,2}(?: of (?:s|season) ?\d{1,2})?(?: (?:rn|now|atm|already))?$)"
    r"|^(?:지금\s*)?(?:시즌 ?(\d{1,2})|s ?(\d{1,2})|(\d{1,2}) ?(?:기|시즌))\s*(?:을|를)?\s*(?:정주행|몰아 ?보는|보는|달리는)\s*"
    r"(?:하는 ?중(?:이고|인데|임)?|하는데|중이고|중인데|중임|중|인데)?[\s,]*(?=(?:지금|현재|이제|아직)? ?\d{1,2} ?[화회편])"
)
# A season named in a clause ("havent finished s1", "s2 episode 1 done"), for an episode said alone after it.
_SEASON_NAMED = compile_later(r"(?:(?<![a-z])s|season|시즌) ?(\d{1,2})(?!\d)|(?<!\d)(\d{1,2}) ?기")
# "havent seen s2 ep 3 yet", "not ep10 yet", "havent finished s1": what is said not watched yet.
# (Indonesian "belum ep 4", watched44)
_NOT_SEEN = compile_later(r"^(?:i )?(?:still )?(?:havent|have not|hasnt|didnt|did not|not|(?:tapi |tp )?(?:belum|blm))(?: even| yet)*"
                       r" (?P<said>(?:(?:seen|watched|finished|reached|got to|gotten to) )?.+?)(?: yet)?$")
# "rewatching s1", "s1 rewatch", "my third rewatch of season 1", "시즌1 2회차", "시즌1 재탕": a whole season seen before
# (never "1회차", the first time through).
_SEASON_REWATCHED = compile_later(
    r"\bre-?watch\w* (?:of )?(?:all of )?(?:the )?(?:s|season) ?(\d{1,2})\b(?! ?(?:e|ep|episode) ?\d)|\b(?:s|season) ?(\d{1,2}) re-?watch"
    r"|(?:시즌 ?(\d{1,2})|(\d{1,2}) ?기) ?(?:을|를)? ?(?:(?:[2-9]|\d{2}) ?회차|재탕|다시 ?보)"
    # "sto riguardando la prima stagione", "أعيد مشاهدة الموسم الأول", "nirerewatch ko ang season 1" (watched22)
    r"|(?:\bni(?:re)?re-?watch\w*(?: ko)?(?: ang)?|\b(?:sto )?(?:riguardando|rivedendo)(?: la)?|أعيد مشاهدة) (?:s|season) ?(\d{1,2})\b(?! ?(?:e|ep|episode) ?\d)"
    # "2nd time watching s2", "シーズン2の2周目", "第二季二刷中" (a second time through season 2)
    r"|\b(?:[2-9](?:nd|rd|th)|second|third) time (?:watching|through) (?:s|season) ?(\d{1,2})\b(?! ?(?:e|ep|episode) ?\d)"
    r"|(?:s|season|シーズン) ?(\d{1,2}) ?(?:の ?)?(?:[2-9二三] ?周目|[二三2-9] ?刷)"
)
# "finished s1 for the 3rd time", "시즌1 세 번째로 다 봤어": the fan's own season seen whole again (never a first time)
_SEASON_SEEN_AGAIN = compile_later(
    r"^(?:i |ive |i have |we )?(?:just |already |finally )?(?:finished|watched|seen|done with|completed|binged) (?:all of )?"
    r"(?:s|season) ?(\d{1,2}) (?!for the (?:first|1st) time|por primera|pela primeira)(?:again|twice|thrice|" + NTH_TIME + r")"
    r"|^시즌 ?(\d{1,2}) ?(?:을|를)? ?" + NTH_TIME + r" ?(?:다 ?)?(?:봤\w*|봄|끝\w*)"
)
_NEGATED = compile_later(r"\b(?:not|never|havent|hasnt|didnt|dont|cant|wont)\b|안 ?봤|못 ?봤")
_BEFORE_SEASON = compile_later(r"\b(?:(?:before|until|till|til|(?:and )?then)(?: starting| watching)?|(?:while )?(?:i |we )?wait(?:ing)? for)"
                               r" (?:s|season) ?\d{1,2}\b"
                               r"(?: (?:drops|comes out|comes|is out|starts|releases))?"
                               # "시즌2 전에", "bago season 2", "قبل الثاني" (before the second)
                               r"|시즌 ?\d{1,2} ?전에|\bbago (?:s|season) ?\d{1,2}\b|قبل (?:الثاني|season ?\d{1,2})"
                               # "ready for s2", "bereit für staffel 2", "перед вторым сезоном", "przed 2 sezonem", "等第二季"
                               r"|\b(?:s|season) ?\d{1,2} (?:tonight|tomorrow|tmrw|tmr|next(?: week)?|later|soon|starts(?: now| tonight| tomorrow)?)$"
                               # "on to s2", "moving on to s2": the next season to come (watched54)
                               # ... abroad: "lanjut s2" (on to), "s2 na next", "이제 시즌2" (now s2), "giờ tới s2", "agora a s2" (watched55)
                               r"|\blanjut(?:in)? (?:s|season) ?\d{1,2}\b|\b(?:s|season) ?\d{1,2} na next$|이제 시즌 ?\d{1,2}$|^(?:次は|ตอ) ?(?:season|s) ?\d{1,2}$|\bgiờ tới (?:s|season) ?\d{1,2}\b"
                               r"|\b(?:agora (?:vem )?a|ahora (?:viene )?(?:a )?la) (?:s|season) ?\d{1,2}$"  # "agora a s2", "ahora la s2"
                               # "depois s2", "xong là tới phần 2" (then s2, done then on to s2; watched58)
                               r"|\bdepois (?:a )?(?:s|season) ?\d{1,2}$|\b(?:xong )?(?:là|rồi|thì) (?:tới|đến|sang) (?:s|season) ?\d{1,2}$"
                               r"|\bbring on (?:s|season) ?\d{1,2}\b|\bon to (?:s|season) ?\d{1,2}\b|\bready for (?:s|season) ?\d{1,2}\b|\bbereit f[uü]r (?:staffel|season) ?\d{1,2}\b"
                               r"|перед (?:вторым|2|season ?2)(?: сезоном)?|\bprzed (?:2|drugim|season ?2)(?: sezonem)?|等 ?(?:第二季|season ?\d{1,2})")  # "rewatching s1 before s2 drops"
# What else a rewatch may say: where in it the fan is ("on ep 4 again", "정주행 중 3화"), never why or since when
# ("cause i dropped it at ep 5").
_REWATCH_SAYS = compile_later(r"(?:\b(?:on|at|my|the|again|currently|now|rn|im|i|am|lol|first|second|third|fourth|fifth"
                           r"|\d(?:st|nd|rd|th)|of|time|ep|eps|episode|e|from|it|ive|seen|all|before|already|for|series|show"
                           r"|whole|thing|finished|watched|last|year|times|with|we|were|are|us|and|me|bf|gf|boyfriend|girlfriend|sis|sister|brother|bro"
                           r"|started|starting|done|just|szn|fertig|tới|dah|udah|sampai|sampe"
                           r"|halfway|half|way|midway|partway|through|thru|middle|into"  # "halfway through my s1 rewatch"
                           r"|mom|mum|dad|friends?|roommates?|partner|family|cousin|kids?|tho|though|dari|desde"
                           # where, in the languages a rewatch is read in: "voy en el 4", "tô no 4 de novo", "lagi di
                           # ep 4", "bin bei folge 4"
                           r"|(?:voy|vamos) en el|t[oô] n[oa]|de novo|otra vez|de nuevo|lagi di|bin bei|nasa|na ako|ako|đang|xem|tập"
                           # ... and again there, after a season seen whole again: "tô no ep 2 do rewatch", "nasa ep 2 ulit"
                           r"|do|re-?watch|ulit"
                           # how many are left of it ("rewatching s1, 3 eps left", "me quedan 3 del rewatch", "見返し残り3話",
                           # "重温还剩3集"): the rewatch's count, never the fan's first time through (watched22)
                           r"|left|to go|remaining|more|in|me|quedan?|faltan?|del|capitulos|eps)\b|\d++|지금|다시|정주행|보는|중|인데|화|째|今|話|看到"
                           r"|残り|あと|还剩|剩|集|는"
                           # seen whole before, beside it ("on ep 3 again but finished it once", "pero ya lo terminé antes",
                           # "mas já tinha visto tudo", "tapi udah pernah tamat", "전에 다 봤어", "だけど前に全部見た") (watched40)
                           r"|(?:\b(?:but|(?<=\bit )once|pero|ya|lo|la|termin[eé]|vi|antes|toda|completa|entera|mas|j[aá]|terminei|tinha"
                           r"|visto|tudo|inteira|tapi|pernah|tamat|selesai|sebelumnya|dulu|nonton|(?:na)?tapos|ko|na|dati|noon)\b)"
                           r"|전에|예전에|이미|다|봤(?:어|음|었어|었음|고)|だけど|けど|前に|全部|見た|見終わった"
                           r"|[\s,.!~:#、-])*")


def season_lead(text: str) -> tuple[int, str] | None:
    """The season a fan says they are watching before its episode said alone ("binging s2 rn on ep 6": 2,
    "on ep 6"), or None."""
    said = chat_free(text)
    lead = _SEASON_LEAD.match(said)
    if lead is None:
        return None
    return int(next(g for g in lead.groups() if g is not None)), said[lead.end():]


def seasons_named(text: str) -> set[int]:
    """Every season a text names ("s1 + first 2 of s2": {1, 2}; "시즌1", "1기" too)."""
    return {int(a or b) for a, b in _SEASON_NAMED.findall(chat_free(text))}


_EPISODE_NEXT = compile_later(r" ?(?:e|ep|episode) ?\d")
# ... or a season of something else named after it ("on to s2 of squid game", "lanjut s2 ng sweet home"; watched55)
_OF_ANOTHER = compile_later(rf" (?:of|de|da|do|del|ng) (?!{OWN_NAMES}|(?:it|this|the show|la serie|a s[eé]rie)\b)\w")


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked several times a reply
def season_to_come(text: str) -> int | None:
    """The one season a text says is still to come ("rewatch done, ready for s2": 2, "s2 starts now"), or None."""
    said = ", ".join([chat_free(text), *(chat_free(part) for part in clauses(text))])  # ("追いついた!シーズン2楽しみ": by clause)
    coming = {int(a or b) for found in _BEFORE_SEASON.finditer(said)
              if not _EPISODE_NEXT.match(said, found.end()) and not _OF_ANOTHER.match(said, found.end())
              for a, b in _SEASON_NAMED.findall(found.group())}  # (never "then s2 ep 4 tonight": a place in it)
    return coming.pop() if len(coming) == 1 else None


def seasons_named_now(text: str) -> set[int]:
    """The seasons a text names but one said still to come ("rewatch done, ready for s2": none; "before s2", "等第二季")."""
    return {int(a or b) for a, b in _SEASON_NAMED.findall(_BEFORE_SEASON.sub(" ", chat_free(text)))}


def not_out(clause: str, shape: ShowShape, now: dt.datetime) -> bool:
    """Whether a clause names only seasons not out yet ("on s2 ep 2", "starting s2 tonight", "s2 someday" before season
    2 is out): a hope or a mistake, so it says nothing of what was watched."""
    named = seasons_named(clause)
    return bool(named) and min(named) > shape.last_released(now).season


def season_named(clause: str) -> int | None:
    """The one season a clause names ("havent finished s1 yet": 1), or None when it names none or several."""
    named = seasons_named(clause)
    return named.pop() if len(named) == 1 else None


_SEASON_SAID_ALONE = compile_later(r"^(?:s|season) ?(\d{1,2})$")
# "s2 next week", "s2 soon", "waiting on s2": a season named alone (no other number), still to come
_TO_COME = compile_later(r"^(?=\D*\d\D*$)(?:.* )?(?:next|soon|later|tomorrow|tmrw|tonight|week|month|waiting|wait|hyped?|ready"
                         r"|bring on|starting|start|when|cant wait|lanjut(?:in)?|giờ tới|이제|agora|ahora)\b")  # ("lanjut s2", "이제 시즌2": watched55)


def finished_beside(parts: list[str]) -> list[str]:
    """Clauses with a bare "finished" (which names no season) read by the others: beside a season still to come alone
    ("finished!! s2 next", "finished! on to s2", "done!! now waiting for s3") it is the season before that one; beside
    a place ("finished!! ep 12 😭", "finished! starting s2 tomorrow") it says no more than the place (watched27)."""
    done = [part for part in parts if BARE_DONE.match(part)]
    rest = [part for part in parts if not BARE_DONE.match(part)]
    if not done or not any(ch.isdigit() for part in rest for ch in part):
        return parts  # ("watching with my brother, i finished": nothing else numbered, the "finished" stands)
    if len(rest) == 1 and (alone := _SEASON_SAID_ALONE.match(rest[0])) is not None:
        return [f"finished season {alone[1]}"]  # "finished!! (s1)": that season (was all that is out)
    to_come = [part for part in rest if says_nothing_more(part) or _TO_COME.search(part)]
    coming = {season for part in to_come for season in seasons_named(part)}
    if len(coming) == 1 and len(to_come) == len(rest) and (season := coming.pop()) > 1:
        return [f"finished season {season - 1}"]
    # ("terminei, revendo o ep 3": beside what says nothing of the place, the "finished" stands; watched62)
    return done if not coming and all(says_nothing_more(part) and not episode_planned(part) for part in rest) else rest


# "just started, ep 1", "kakasimula ko lang, ep 3": the show just begun, then the episode it is at, said as one clause
# ("just started ep 1": partway through it, the episode before saved, never the episode itself).
_JUST_STARTED = compile_later(r"^(?:(?:i |we )?(?:just|only just) (?:started|began)(?: it| watching(?: it)?)?|kakasimula (?:ko )?(?:pa )?lang"
                              r"|baru (?:mulai|mulai nonton)|acabo de empezar(?:la)?|acabei de come[cç]ar)$")
_AT_EPISODE = compile_later(r"^(?:(?:im |i am |now )?(?:on |at ))?((?:ep|eps|episode|cap|cap[ií]tulo|e) ?\d{1,2})$")


def started_beside(parts: list[str]) -> list[str]:
    """Clauses with the show said just begun before the episode it is at read as that episode begun (see above)."""
    if len(parts) == 2 and _JUST_STARTED.match(parts[0]) and (at := _AT_EPISODE.match(parts[1])) is not None:
        return [f"just started {at[1]}"]
    return parts


# A season said begun and not finished ("havent finished s2", "halfway through s2", "s2 not done yet", "시즌2는 아직 다 못
# 봄", "season 2 はまだ途中", "season 2 还没看完", "a segunda ainda não terminei" said after a season): no episode of it sure.
_UNFINISHED = compile_later(
    r"^(?:(?:i )?(?:still )?(?:havent|have not|hasnt|not)(?: yet)? (?:finished|done with|completed|gotten through)"
    r"|(?:while )?(?:im |i am )?(?:still )?(?:halfway|partway|midway|half way) (?:through|thru|into|in)|before finishing"
    r"|(?:im |i am )?(?:still )?in the middle of) (?:s|season) ?(\d{1,2})(?: yet)?$"
    r"|^(?:s|season) ?(\d{1,2}) (?:(?:is )?(?:still )?not (?:done|finished)|unfinished|in progress)(?: yet)?$"
    r"|^(?:시즌 ?|season )(\d{1,2}) ?(?:은|는)? ?아직 (?:다 )?(?:못|안) ?(?:봄|봤\w*)$|^season (\d{1,2}) ?(?:は|も)?まだ(?:途中|見終わってない)$"
    r"|^season (\d{1,2}) ?(?:还|還)?(?:没|沒)(?:有)?看完$|^(?:a |la )?(?:season (\d{1,2})|(segunda)) (?:ainda |todav[ií]a )?(?:n[aã]o|no)"
    r" (?:terminei|acabei|termin[eé])$"
)


def season_unfinished(clause: str) -> int | None:
    """The season a clause says is begun and not finished ("havent finished s2": 2), or None."""
    found = _UNFINISHED.match(chat_free(clause))
    return None if found is None else next(2 if g == "segunda" else int(g) for g in found.groups() if g is not None)


def not_seen(clause: str) -> str | None:
    """What a clause says is not watched yet ("havent seen s2 ep 3 yet": "seen s2 ep 3"), or None."""
    found = _NOT_SEEN.match(chat_free(clause))
    return None if found is None else found["said"]


# Who the fan rewatches with, and whether they have seen it: "with my gf whos never seen it", "with him", "together".
_COMPANY = compile_later(r"(?<!\s)\s*\b(?:together|with (?:him|her|them|my (?:(?!who)\w+ )?(?!who)\w+)(?:,? who(?:s| is| has)? (?:never|not|not yet|havent"
                         r"|hasnt) (?:seen|watched) it(?: before)?)?)\b")

# The fan's own first time said beside a rewatch ("rewatching with my sis, she finished it before, im on ep 3 for the
# first time", "es mi primera vez", "aku baru pertama kali"): the rewatch is the company's, not the fan's (watched41).
_OWN_FIRST_TIME = compile_later(r"\b(?:i ?m|i am)\b(?:(?!re-?watch|again|\bit\b)[^,;])* for the first time\b"
                                r"|\b(?:its|it is) my (?:very )?first (?:time|watch)\b(?! (?:re-?watch|watching it again|seeing it again))"
                                r"|\bfirst time for me\b|\bes mi primera vez\b|\b(?:é )?minha primeira vez\b|\bunang beses ko\b"
                                r"|\b(?:aku|gue|saya) (?:baru )?pertama kali\b|나는 처음|난 처음|私は初めて")


def own_first_time(text: str) -> bool:
    """Whether `text` says the fan is watching for the first time beside a rewatch (someone else's)."""
    return _OWN_FIRST_TIME.search(text.casefold().replace("'", "").replace("\u2019", "")) is not None


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked several times a reply
def season_rewatched(text: str, *, seen_again: bool = False) -> int | None:
    """The season a fan says they are watching again ("rewatching s1, on ep 2 again": 1), so saw to its end;
    None when none is, when another season is named too (but "before s2"), or when a "not" is said. `seen_again`: a
    season said seen whole again ("finished s1 for the 3rd time, on ep 2 of my rewatch") instead (whole texts only:
    its clause alone is a season finished, read as such)."""
    said = _COMPANY.sub("", chat_free(text))  # ("with my gf whos never seen it": her "never", not the fan's)
    found = (_SEASON_SEEN_AGAIN if seen_again else _SEASON_REWATCHED).search(said)
    if found is None or _NEGATED.search(said) or own_first_time(text):
        return None
    season = int(next(g for g in found.groups() if g is not None))
    rest = _BEFORE_SEASON.sub(" ", said[:found.start()] + " " + said[found.end():])
    return season if _REWATCH_SAYS.fullmatch(rest) else None


def says_where(clause: str) -> bool:
    """Whether a clause says how far its writer is ("on s2 ep 3 now", "finished ep 4"), not only names one."""
    return says_seen(clause) or _WHERE.search(chat_free(clause)) is not None


def season_into(text: str) -> int | None:
    """The later season `text` says its writer is partway into with no episode of it ("halfway through season 2": 2),
    which core reads as all of the season before watched; None when it says no such thing."""
    said, partway = core(text)
    if partway or not said.startswith("finished season "):
        return None
    into = int(said.rsplit(" ", 1)[-1]) + 1
    named = seasons_named(text)
    return into if into in named and into - 1 not in named else None
