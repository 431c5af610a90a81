"""How fans say how far they have watched, in chat: the words around a position. Plain text in,
plain text out; nothing here knows the show's shape (bot.show reads the position left, bot.watched
saves it).

- `up_to_free` reads past what a position form takes ("up to 6", "watched 3", "5화까지 봤어"): what
  bot.show.parse_position reads;
- `core` reads past what a chat sentence says around it ("im on episode 3 rn", "just finished ep 5!",
  "ep 12 (the last one)", "3rd", "세번째 화"), and tells when it says the episode is not finished
  ("halfway through ep 4", "5화 반쯤 봤어"): what bot.watched.read_watched saves (a sentence of several clauses is
  cut by bot.progress_clauses first);
- `said_first` finds how far a fan says they are before asking something ("i just finished ep 6 and
  im crying who bit namra", "5화까지 봤는데 ..."): what /ask reads past (bot.lore.answer.rants);
- `season_unsaid` tells when an episode typed for what a text spoils names no season once a later
  one is out ("ep 3", "3화"): what /lore add and /triviaset add_question ask again;
- `progress_forms` the forms of `/progress` suggested to a fan, read as typed at that time.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from bot.episode_marks import SEASON_ALONE, SEASON_KO_OR_EN
from bot.lazy_re import compile_later
from bot.progress_beside import NTH_TIME, beside_free
from bot.progress_clock import clock_free
from bot.progress_commaless import behind_first
from bot.progress_events import events_said
from bot.progress_forms import IN_A_SPAN, foreign_said
from bot.progress_hedged import KOREAN_COUNTS, hedged_said
from bot.progress_laughs import laughs_free
from bot.progress_lists import episode_lists
from bot.progress_markup import markup_free
from bot.progress_one_night import one_night_free, one_night_told
from bot.progress_reactions import emoji_free
from bot.progress_seasons import seasons_said, seen_last
from bot.progress_told import age_free, told_said
from bot.progress_words import NUMBERS, counted_said, words_said
from bot.text import (
    JAMO,
    NUMBER_WORDS,
    cjk_number,
    keycaps_as_digits,
    quote_user_text,
    strip_invisible,
)

# -- a position form's own words (bot.show.parse_position) ---------------------------------------

# "finished it", "i've seen it all", "just binged the whole show", "the whole thing twice": all of it, as said in chat.
ALL_SAID = compile_later(
    r"^(?:i ?ve |i have |im |i am |i )?(?:just |already |finally )?"
    r"(?:(?:finished|done|completed|binged|marathoned|wrapped(?: up)?)(?: (?:with )?(?:it|it all|all of it|everything|(?:the )?(?:whole |entire )?"
    r"(?:show|series|thing)|both seasons|all (?:the )?seasons))?|(?:seen|watched) (?:it all|all of it|everything|all episodes|"
    r"(?:the )?(?:whole |entire )?(?:show|series|thing)|both seasons|all (?:the )?seasons|all)|(?:the )?(?:whole|entire) (?:show|series|thing))"
    r"(?: (?:again|twice|thrice|\d{1,2} times|(?:two|three|four|five|six|seven|eight|nine|ten|many) times))?(?: already| now| lol| before)?$"
)
# "finished it", "done with it lol", "binged it": "it" names no season, so once a later season is out it may be
# season 1 alone, seen long before (bot.show asks which); "watched it all", "all of it" say all of it. Korean "다 봤다"
# ("다" left once "봤다" is read past) says it too: finished, what left unsaid, as "finished it".
IT_ALONE = compile_later(r"(?<!\bof )\bit\b(?! all)|^다$"
                        # ... and "i finished", "im done": the keyword ("finished") said as a sentence is "terminé"'s
                        r"|^(?:i ?ve |i have |im |i am |i )(?:just |already |finally )?(?:finished|done|completed)"
                        r"(?: already| now| lol| before)?$")
# "finished!", "done!!", "finally finished 😭", "all done", "finished again": the verb alone, which names no season either,
# so once a later season is out it may be season 1 just finished (watched27: was all of season 2; a rewatch's end,
# "finished again", "done twice", as likely season 1's); "all", "latest" say all.
BARE_DONE = compile_later(r"^(?:(?:i ?ve|i have|im|i am|i|all|just|already|finally|officially) )*(?:finished|done|completed?"
                          r"|binged|marathoned|wrapped(?: up)?)(?: (?:again|twice|thrice|\d{1,2} times|(?:two|three|four|five|many) times))?"
                          r"(?: (?:already|now|lol|lmao|before|finally|at last|yay|semana passada|(?:la )?semana pasada))*$")
# Words before a position that say nothing more: "up to 6", "through ep 4", "watched 3", "i'm caught up to s1e8".
_UP_TO = compile_later(
    r"^(?:(?:i ?ve |i have |im |i am )?(?:watched|seen|finished|caught up) (?:up )?(?:to |through |until |till )?"
    r"|(?:safe |spoilers? )?(?:up to|upto|up too|through|thru|until|till) (?:and including )?|(?:im |i am )?(?:on|at) )"
)
# Words after a position that say nothing more: "5화까지", "5화까지 봤어", "시즌2 3화 봤어요", "3화 시청 완료",
# "다 봤어" (다 is then read as all), "안 봤어" (안: nothing); "s2e3 done", "s2 ep 3 rn", an emoji.
_UP_TO_TAIL = compile_later(
    r"(?:\s*(?:까지|まで))?(?:\s*만)?(?:\s*(?:봤\w*|봄|시청\w*|보는\s*중|보고\s*있\w*|달림|달렸\w*))?(?:\s*(?:완료|했\w*|함))?"
    r"(?:\s+(?:done|finished|lol|rn|now|so far|atm|already))*[\W_]*$"
)


def up_to_free(norm: str) -> str:
    """`norm` (bot.show's normal form) without the words before and after its position that say
    nothing more ("up to", "까지 봤어"); what is left may be no position at all."""
    lead = _UP_TO.match(norm)
    rest = norm[lead.end():] if lead else norm
    return rest[:_UP_TO_TAIL.search(rest).start()].strip()  # type: ignore[union-attr]  # matches "" at worst


# -- a chat sentence around a position (bot.watched.read_watched) ---------------------------------

# "halfway through", "in the middle of", "almost done with", "just started": the episode is not finished.
# A fan may say where they stopped ("stopped in the middle of ep 6", "paused halfway through ep 4").
_PARTWAY = compile_later(
    r"^(?:(?:i ?m|i am|i ?ve|i have|i) )?(?:currently |still |just |now |only |like |kinda |literally )*"
    r"(?:(?:stopped|paused|left off|quit|fell asleep|dozed off) (?:during |in |on |at )?)?(?:like |about |right )?"
    r"(?:(?:halfway|half way|midway|partway|part way) (?:through|thru|into|in)(?: watching)?"
    r"|(?:\d{1,3} ?(?:mins?|minutes?|m|h|hrs?|hours?|secs?|seconds?) |a few (?:mins?|minutes?) |a bit |(?:half )?an hour )?into(?: watching)?"
    # "paused at 34:12 in episode 6", "half of ep 3": a time into it, a half of it
    r"|(?:(?:watched|seen|saw) (?:only |just )?|at )?(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3} ?(?:mins?|minutes?)) (?:in|into|of)(?: watching)?|(?:watched |seen |saw )?half (?:of|through|thru|into|in)"
    # "want to watch ep 9", "planning to start ep 4", "still need to watch ep 7", "might watch ep 6": a wish or plan
    r"|(?P<next>(?:(?:about|bout|abt|going|fixing|ready|getting ready|want|wanna|planning|plan|hoping|need|still need) to"
    r"|gonna|finna|wanna|will|might|may|(?:i ?ll|i will) be)"
    r" (?:start|begin|watch|put on)(?: watching)?|(?:up )?next(?: up)?(?: is| for me is)?:?|(?:its|it is) time for"
    # "just before the finale", "havent started ep 5 yet", "not yet on ep 2": that one is still to come (never "im not on
    # ep 5" or "havent reached ep 8", which say only that the fan is somewhere before it)
    r"|(?:just |right )?before|(?:havent|have not|not)(?: yet)? (?:started|begun)(?: watching)?|(?:havent|have not|not) yet (?:on|at|reached|got to))"
    r"|(?:in the middle of|in the middle|mid|somewhere in(?: the middle of)?)(?: watching)?"
    r"|(?:almost|nearly) (?:done with|done|finished with|finished|through)"
    # "never finished ep 1", "didnt finish the last ep", "not done with ep 1 yet": begun, not finished (an episode only)
    r"|(?:(?:never|didnt|did not) (?:finish(?:ed)?|completed?)|not (?:yet )?done with)(?= (?:the )?(?:ep|episode|e|last|first|finale|pilot)\b| ?\d)"
    r"|(?:stopped|paused|quit|fell asleep|dozed off|gave up|left off|left(?: it| the show| the series)?)(?: watching)? (?:during|in|on|at|with)"
    r"|(?:about|going|need|have) to finish|(?:gonna|gotta|will) finish"
    r"|(?:\d{1,3}|a few|some|like \d{1,3}) ?(?:mins?|minutes?) left (?:of|in|on)"
    # "paused ep 9", "last 10 min of ep 6": stopped in it, or short of its end (watched22; "paused ep 9 at 35:20" is
    # read by its time, as before)
    r"|paused(?!.* at \d)|(?:on |in |at )?(?:the )?last (?:\d{1,3}|few|couple(?: of)?) ?(?:mins?|minutes?) (?:of|in)"
    r"|(?:the )?(?:very )?(?:start|beginning) of"  # "stopped at the start of ep 3": barely into it (watched50)
    r"|(?P<start>started|starting|begun|beginning)(?: watching| on)?)(?: |$)"
)
# "i'm on", "currently at", "just finished", "i just watched": nothing more than parse_position reads.
_LEAD = compile_later(
    r"^(?:(?:so|ok|okay|well|u+m+|u+h+|yeah|yes|ya|yo+|hi+|he+y+|omg|guys|update|ngl|tbh|honestly|i think|i guess)\b,? ?)*"
    r"(?:(?:i ?m|i am|i ?ve|i have|i|we ?re|we are|we ?ve|we have|we|me and (?:my |\d{1,2} )?\w+ are|me:?) (?:both |all )?)?"
    r"(?:currently |still |just |now |rn |right now |already |finally |only )?"  # ("tmrw ep 10 rn ep 6": watched69)
    r"(?:(?:(?:(?:stuck|was|were) )?(?:on|at)(?: to)?|watching|(?:got|gotten|made it|up) to|reached"
    r"|(?:finished|completed|wrapped(?: up)?|(?:got )?done with|got through|made it through|watched|seen|saw|(?:binged|marathoned|did)(?= (?:all |eps?|episodes?|s|season|\d)))"
    r"(?: watching)?"
    # "havent watched past ep 2": that far and no further
    r"|(?:havent|have not|hasnt|didnt|did not|not) (?:watched |gotten |got |gone |made it |been )?(?:past|beyond)"
    # "gave up after ep 2", "dropped it after 5", "left off after ep 9": that one watched, none after it
    r"|(?:gave up|quit|stopped|left off|dropped(?: it| the show)?)(?: watching(?: it)?)? after)(?: |$))?"
)
# Words after the position that say nothing more: "rn", "lol", "so far", "of the show".
_TAIL = compile_later(
    # (laughs abroad: "to no ep 7 kkkk", "baru ep 3 wkwk", "voy en el 5 jajaja", "5화 ㅋㅋ", Thai "555"; watched70)
    r"(?: (?:rn|right now|now|atm|at the moment|so far|lol|lmao|lmfao|haha\w*|hehe\w*|xd|tbh|ngl|already|today|k{3,}|wkwk\w*|jaja\w*|jeje\w*|ㅋ{2,}|5{3,}"
    r"|yet|last ni(?:ght|te)|last (?:week|month|year)|a (?:year|month) ago|yesterday|this morning|earlier today|irl|on the (?:train|bus|plane|subway|metro|way \w+)|on my (?:phone|laptop|tablet|ipad|tv|computer|pc)|tho|though|i think|i guess|and counting|lets go|omg|pls|please|btw|fr|yes|yep"
    r"|just now|now what|myself|done|down|finished|completed|watched|at \d{1,2}(?:[:.]\d{2})? ?(?:am|pm)|at midnight"
    # an hour said with "h" ("vou ver o ep 8 às 21h10": never "at 21:10", which may be a moment of the episode; watched73)
    r"|(?:at|[aà]s|a las) (?:1\d|2[0-3])h(?:[0-5]\d)?"
    # "ep 11 sorry typo", "ep 2 twice", "ep 5 of this", "ep 6 fertig", "5 eps vistos": nothing more of the place; "the s1
    # finale again" (watched52; never "on ep 3 again", where a rewatch is, which may be short of the fan's own place)
    r"|sorry|typo|oops|my bad|twice|thrice|(?<=finale )again|finally|of this(?: one| show)?|for me|fertig|gesehen|durch|termin[eé]e?|selesai|bitti"
    r"|vistos|assistidos|看完了?|完了|j[aá]|udah|sudah|nih|kak|bang|gan|(?:(?<=ep \d )|(?<=ep \d\d ))ya|aku|gue|gw"  # (already, said after it: "metade da s2 já", "setengah s2 udah";
    # an Indonesian particle, "baru ep 5 nih", "nanti malem lanjut ep 7 ya": watched64, watched74)
    r"|in one (?:night|day|sitting|go|weekend)|over the weekend|(?:just )?(?:ended|over)"
    # "watched ep 6 on jan 28", "2 eps back in 2022": when it was watched
    r"|on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|(?:back )?in (?:19|20)\d{2}"
    # "started on the 9th", "ep 8 on the 12th": a day of the month, no episode (never "im on the 9th", a place)
    r"|(?<!\bim )(?<!\bam )(?<!\bwe )(?<!\bwere )(?<!\bcurrently )(?<!\bnow )(?<!\bstill )(?<!\bjust )(?<!\bonly )"
    r"on the \d{1,2}(?:st|nd|rd|th)(?: of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?"  # "on the 2nd of may"
    # "finished it on 1/28" (never "on 3/12", which may count episodes), "left it at ep 5 for a week"
    r"|on \d{1,2}/(?:1[3-9]|2\d|3[01])(?:/\d{2,4})?|for (?:a|one|two|\d{1,2}) (?:while|bit|week|weeks|day|days|month|months)"
    r"|was (?:a |an )?\d{1,2}(?:\.\d)?/10"
    # "s2 finale broke me", "the last ep had me sobbing": said of an episode watched
    r"|(?:broke|wrecked|destroyed|killed|ruined|shattered|traumati[sz]ed|gutted) me|(?:had|left) me (?:\w+ing|in tears|shook|wrecked|broken|destroyed|speechless|dead|empty|numb|devastated)"
    r"|(?:with|w/|w) (?:my )?(?:\d{1,2} |two |three |four )?(?:sis|sister|brother|bro|mom|mum|dad|friend|bf|gf|family|roommate|cousin|partner|kid|bestie|bff)s?"
    r"|(?:with|w/|w) (?:her|him|them)|con (?:ella|[eé]l|ellos|ellas)|com (?:ela|ele|eles|elas)"  # ("... with her": watched75, 76)
    # "ep 9 made me cry for 20 min": said of an episode watched
    r"|made me (?:cry|sob|scream|tear up|bawl)(?: (?:so hard|for \d{1,3} ?(?:mins?|minutes?|hours?)|\d{1,2} times|twice))?"
    r"|(?:waiting|ready|hyped|excited) for (?:s ?\d{1,2}|season \d{1,2}|the next season|the next one|more|(?:part|pt|vol) ?\d|the next part)"
    # "ep 12 was insane": said of an episode watched
    r"|(?:was|were) (?:so |literally |actually |lowkey |kinda |just |absolutely )*(?:insane|crazy|good|great|amazing|sad"
    r"|wild|scary|intense|fire|peak|awesome|heartbreaking|brutal|emotional|a lot|mid|meh|ok|okay|boring|slow|fun|funny)"  # "ep 9 done": finished, as the lead "finished ep 9" says
    r"|no spoilers?|(?:please |pls )?(?:dont|do not|stop) spoil(?:ing)?(?: me| it)?|spoiler free"
    rf"|of (?:the show|aouad|all of us are dead|this (?:one|1|show|series))|끝|[{JAMO}]+))+$"  # ㅎㅎ, ㅠㅠ: jamo once NFKC
)
# Korean: "지금 5화" (now), and an episode left unfinished: "5화 반쯤 봤어", "5화 중간", "5화 보다가 멈춤".
# "정주행 중인데 지금 8화" (binging, now on 8), "3시간 동안 4화까지", "어제 밤새 5화까지": when, not how far.
# "in a day", "in 2 days": how long watching took, said after what was watched only.
_IN_A_SPAN = compile_later(rf" (?:{IN_A_SPAN})$")
# "finished ep 3 before bed", "terminé el cap 3 antes de dormir", "tapos ko na ep 3 bago matulog": when, said after what was
# watched only (watched41); never "gonna watch ep 3 before bed", a plan.
_BEFORE_AN_EVENT = compile_later(r" (?:before (?:bed|bedtime|sleep|sleeping|going to (?:bed|sleep)|i (?:went to (?:bed|sleep)|slept|fell asleep)"
                                 r"|work|school|class|dinner|lunch|breakfast|the (?:(?:s|season) ?\d{1,2} )?(?:trailer|teaser|announcement)"
                                 r"(?: (?:dropped|came out|was (?:released|out)))?)"
                                 r"|antes de (?:dormir(?:me)?|ir a (?:la cama|dormir)|cenar|jantar|trabajar|trabalhar)"
                                 r"|bago (?:matulog|pumasok|kumain)|sebelum (?:tidur|kerja|sekolah|makan)"
                                 r"|(?<=\d )(?:ngayong gabi|malam ini))$")  # "tapos ko na ep 6 ngayong gabi": tonight, a fact
_KO_NOW = compile_later(r"^(?:(?:나는|난|나|저는|전|저|이건|이거는?|내가|제가|\d{1,2} ?살(?:인데|이고|임)?|[중고초] ?[1-6](?:인데|이고|임)|새벽 ?\d{1,2} ?시(?:인데|에)?|방금|막|정주행 ?중(?:인데|이고|이에요|임)?|어제|(?:오늘|내일) ?밤에?|오늘|이따가?|어젯밤|밤새|주말에?|새벽에?|\d{1,2} ?시간 ?(?:동안|만에|째)?"
                     r"|\d{1,2} ?일 ?(?:동안|만에|째)?|\d{1,2} ?시 ?\d{1,2} ?분에?|\d{1,2} ?시에?|\d{1,2} ?월 ?\d{1,2} ?일에?(?=\s*\d{1,2} ?[화회편] ?(?:다 ?)?봤)"
                     r"|(?:동생|언니|누나|오빠|형|엄마|아빠|친구|여친|남친|여자친구|남자친구)(?:이랑|랑|하고|와|과)|(?:자막|더빙)(?:으로|판으로)?|(?:하루|이틀|사흘) ?만에|하룻밤 ?(?:만에|새|에)?|(?:자기|잠들기) ?전에?|시작했는데|(?:달렸|정주행했)는데)\s*)*(?:지금|현재|이제|아직)?\s*")
# "7화 다 봤어요" (watched all of 7), "4화 보는 중이에요" (watching 4 now): the episode, as "finished ep 7", "watching ep 4";
# after an episode's code too: "s2e3 다 봤어"; "3화째" (on the third); "마지막 회 보고 멍함" (watched it, and dazed).
_KO_TAIL = compile_later(r"(?<=[화회편\d])\s*(?:까지\s*)?(?:만\s*)?(?:(?:어제|오늘|어젯밤|밤새)\s*)?(?:다\s*)?(?:봤어요|봤어|봤음|봤다|봄|보는\s?중(?:이에요|이야|임|입니다)?"
                      r"|보고\s?있어요?|보고\s?있음|끝냈어요?|끝냄|끝남|완료|finish(?:ed)?|done|완주\w*|째(?:\s?보는\s?중|\s?임)?"
                      r"|보고\s?(?:멍\w*|울었\w*|울음|오열\w*|충격\w*|소름\w*|멘붕\w*|현타\w*|눈물\w*|잠\w*|잤\w*))$")
# "시즌2 하룻밤에 다 봤어", "하룻밤에 시즌2 다 봤어", "시즌2 하룻밤에 다 볼 거야": how long the season took, before or after it (in a day, a night)
_KO_SPAN = r"(?:하루 ?만에|하룻밤 ?(?:만에|새|에)?|밤새) ?"
# "6화 시작했어요" (started 6), "5화 볼 차례" (5 is next), "3화 보다 잠듦" (fell asleep watching 3), "시즌2 반 봤어" (half of it), "4화 중반" (the middle
# of 4; 초반/후반: early, late in it): not finished.
_KO_PARTWAY = compile_later(r"\s*(?:반쯤|반 ?정도|절반|반(?= ?(?:봤|봄|보는|넘))|중간|중반|초반|후반|막바지|보다가|보다 ?말|보는 ?도중|보다 ?(?:잠|졸|멈|끊)|시작|볼 ?차례"
                         # (a plan for all of a season, "시즌2 다 볼 거야", is of the season as "시즌2 볼 거야": never its end)
                         r"|(?:" + _KO_SPAN + r")?(?:(?:다|전부|끝까지) ?)?(?:볼 ?거(?!래)|볼거(?!래)|볼 ?예정|보려고|보러)|보기 ?전|이제 ?볼"
                         r"|(?<=[화회편])\s*\d{1,3} ?분 ?(?:쯤 ?|정도 ?)?(?=봤|봄|보는|남))(?:\s|[^\W\d])*$")  # (never a count after: "시즌2 보기 전에 두 화 남았어")
# "starting 8 tonight", "gonna watch ep 4 after dinner": when, after an episode not watched yet.
_LATER = compile_later(r"(?: (?:later|tomorrow|tmrw|tmr|tonight|today|now|next|soon|after (?:dinner|work|school|class|this|homework|lunch)))+$")
# ... a day on from today, said in a clause of its own: what is watched before it is not said
_A_DAY_ON = compile_later(r"\b(?:tomorrow|tmrw|tmr)\b")
_CLAUSE_BREAK = compile_later(r"[,;]|\.\s")
# "paused ep 9 halfway", "s2 ep 6 half done": said after the episode.
_HALF = (r" (?:halfway|half way|midway|partway|half(?: done| watched)?)(?: through| thru| in)?$"
         r"| (?:pela|na|a la|por la) (?:metade|mitad)$")  # "2x03 pela metade": halfway
_STOPPED = r"^(?:(?:stopped|paused|fell asleep|dozed off|quit|left) (?:on |at |in )?)?"
# "im on ep 5, 20 min in": a time into the episode just said.
_TIME_IN = (r",? (?:like |about )?\d{1,3} ?(?:mins?|minutes?|m|hrs?|hours?|h) in$"
            r"|,? (?:at|around|about) (?:the )?\d{1,3} ?(?:mins?|minutes?)(?: mark| in)?$"  # "ep 6 at 32 min"
            r"|,? with (?:like |about )?\d{1,3} ?(?:mins?|minutes?) (?:left|to go)$")  # "ep 3 with 20 min left"
_PARTWAY_AFTER = compile_later(_STOPPED + r"(?P<said>.+?)(?:" + _HALF + "|" + _TIME_IN + ")")
# "ep 9 at 45:00", "s2e3 @ 12:30": where in the episode the fan is (a clock time only beside what was watched).
_STAMP_AFTER = compile_later(_STOPPED + r"(?P<said>.+?) (?:at|@|paused at|stopped at) \d{1,2}:\d{2}(?::\d{2})?$")
# "s2 ep 4 next", "the s2 finale is up next": the episode to watch next, said after it (never after a watched one).
_NEXT_AFTER = compile_later(r"^(?P<said>.+?)(?P<next> (?:is )?(?:up )?next(?: up)?)$")
# "havent watched yet", "haven't even started", "only watched the trailer": nothing watched.
_NONE_YET = compile_later(
    r"^(?:i )?(?:still )?(?:(?:havent|have not|hasnt|didnt|did not|not) (?:even |yet |actually )*"
    r"(?:started|start|watched|watch|seen|begun)(?: it| anything| any(?: of it| eps?| episodes)?| the show| yet| a single ep(?:isode)?| at all)*"
    r"|(?:only |just )?(?:(?:watched|seen|saw) )?(?:the )?(?:trailers?|teasers?|edits|clips|memes|reels|shorts|tiktoks)"
    r"(?: (?:on|from) (?:tiktok|youtube|yt|twitter|x|insta|instagram|reels))?(?: so far| yet)?|not yet)$"
    r"|^(?:1 ?[화회편]도|첫 ?화도|한 ?[화회편]도|하나도|아무것도) ?안 ?봤\w*$"
    # ... abroad: "예고편만 봤어" (its tail read past: "예고편"), "trailer pa lang napanood ko", "solo vi el tráiler", "baru
    # nonton trailernya", "予告編だけ見た"
    r"|^(?:예고편|티저|트레일러)(?:만)?(?: ?(?:한|두|세|\d{1,2}) ?번(?:이나|만)? ?(?:봤\w*|봄))?$|^(?:yung |ang )?(?:trailers?|teasers?) (?:pa )?lang(?: (?:ang )?(?:napanood|nakita|pinanood) ko)?$"
    r"|^(?:s[oó]lo |solo |s[oó] )?(?:he visto|vi|assisti) (?:el|o) (?:tr[aá]iler|teaser)$"
    r"|^(?:baru|cuma|cuman|cuman baru) (?:nonton|liat|lihat) (?:trailer|teaser)(?:nya)?$|^予告編?(?:だけ|しか)見(?:た|てない)$"
)
# "haven't started s2 yet", "시즌2 아직 안봄": a season not begun, which says nothing of how far into the one before.
_SEASON_NOT_STARTED = compile_later(
    r"^(?:i )?(?:still )?(?:havent|have not|didnt|did not|not|not even) (?:even |yet |actually )*"
    r"(?:started|start|watched|watch|seen|begun)(?: on| watching)? (?:s|season) ?(\d{1,2})(?: yet)?$"
    r"|^" + SEASON_KO_OR_EN + r"(?:은|는)? ?(?:아직|하나도)? ?안 ?(?:봤\w*|봄|봐\w*)$|^" + SEASON_KO_OR_EN + r"(?:은|는) ?아직$"
    # ... abroad (watched43): "todavía no empiezo la 2", "di pa nasisimulan s2", "シーズン2はまだ"
    r"|^(?:y |pero )?(?:todav[ií]a|a[uú]n) no (?:empiezo|empec[eé]|he empezado|veo|vi|he visto) (?:con )?la (?:season |temporada )?(\d{1,2})$"
    r"|^(?:pero )?(?:di|hindi) (?:ko )?pa (?:ko )?(?:nasisimulan|sinisimulan|napapanood)(?: ang| yung)? (?:s|season) ?(\d{1,2})$"
    r"|^(?:シーズン|season) ?(\d{1,2}) ?は ?まだ(?:見てない|観てない)?$"
    # (watched44) "ainda não comecei a 2ª temporada", "a 2 ainda não comecei", "la 2 todavía no", "wala pang s2",
    # "s2 belum keluar" / "belum nonton s2" (not out, or not begun: either way none of it seen)
    r"|^(?:e |mas )?ainda n[aã]o (?:comecei|started|vi|assisti) (?:a )?(?:(\d{1,2})(?:a|ª)? temporada|(?:temporada|season) (\d{1,2})|(\d{1,2}))$"
    r"|^(?:y |pero |e |mas )?(?:la|a) (?:temporada )?(\d{1,2})(?:a|ª)?(?: temporada)? (?:todav[ií]a|a[uú]n|ainda) (?:no|n[aã]o)"
    r"(?: (?:la )?(?:empiezo|he empezado|veo|comecei|vi|assisti))?$"
    r"|^(?:pero |tapos )?wala pa(?:ng| ang) (?:s|season) ?(\d{1,2})$"
    r"|^(?:tapi |tp )?(?:belum|blm) (?:nonton|mulai|liat) (?:s|season) ?(\d{1,2})$"
    r"|^(?:tapi |tp )?(?:s|season) ?(\d{1,2}) (?:belum|blm)(?: (?:keluar|rilis|nonton|mulai|ditonton))?$"
)


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked of the same clause up to three times a reading
def season_not_started(text: str) -> int | None:
    """The season `text` says its writer has not started ("haven't started s2 yet": 2), or None."""
    said = _END_MARKS.sub("", chat_free(text))
    found = _SEASON_NOT_STARTED.match(said)
    return None if found is None else int(next(g for g in found.groups() if g is not None))


# "done with s1", "s1 over", "s2 binged already", "시즌1 다 봤어요", "시즌 1 끝", "1기 완", "시즌2 끝까지 달림" (ran it to
# the end), "시즌2 나오자마자 다 봤다" (watched it all as soon as it came out): a whole season, as bot.show reads
# "finished season 1".
# "finished s1 for the 3rd time": a season seen whole, again
_NTH_TIME = " " + NTH_TIME  # (and abroad: "pela terceira vez", "sa pangatlong beses")
_WHOLE_SEASON = compile_later(
    r"^(?:(?:(?:im|i am|i ?ve|i have|i|we|we ?ve|we have) )?(?:just |already |finally )?(?:finished|done with|got done with|completed|watched|seen"
    r"|binged) (?:all of )?(?:s|season) ?(\d{1,2})(?: again| twice| thrice| otra vez| de nuevo| outra vez| de novo| ulit|" + _NTH_TIME + r")?"  # "finished s1 again"
    r"|(?:s|season) ?(\d{1,2}) (?:is |was )?(?:all )?(?:finished|done|over|complete|completed|binged|watched|rewatched)"
    r"(?: already| now| last (?:night|week)| yesterday| twice| again| thrice|" + _NTH_TIME + r")*"  # "s1 finished twice": seen whole, twice
    r"|(?:" + _KO_SPAN + ")?" + SEASON_KO_OR_EN + r" ?(?:을|는|은)? ?"
    r"(?:나오자마자|" + _KO_SPAN + r"|주말에|어제|벌써|이미)? ?(?:다시|또)? ?(?:다|전부|끝까지|완결까지)? ?"  # "시즌1 다시 다 봤어": again
    r"(?:정주행 ?)?(?:봤\w*|봄|끝\w*|완료?|완주\w*|달림|달렸\w*|정주행\w*(?: ?(?:완료|끝\w*|했\w*|함))?))$"
)
# 다섯 편 봤어요 (watched five episodes): a Korean count in words, as digits.
_KO_COUNT = compile_later(r"(" + "|".join(["열한", "열두", "다섯", "여섯", "일곱", "여덟", "아홉", "한", "두", "세", "네", "열"])
                       + r") ?(?=편|화|개 ?에피)")
_BRACKETS = compile_later(r"\s*[(\[][^)\]]*[)\]]\s*")
_END_MARKS = compile_later(r"[\s!?.~…,:;]+$")
# "ep 7 not finished yet", "ep 7, not done yet": into it, never to its end (watched71; read as "ep 7 halfway"); without
# "yet", "ep 4 not done" may be no more than a mark (asked again)
_NOT_FINISHED_YET = compile_later(r"\b((?:ep|episode) ?\d{1,2}),? (?:(?:is |its )?not (?:finished|done|over) yet|(?:pero )?(?:di|hindi) (?:ko )?(?:pa (?:tapos|natapos)|natapos))(?=$|,)")  # ("di ko natapos": not finished, watched77)
_ARROW = compile_later(r"(?<=\w)\s*(?:->|→|=>|⇒)\s*(?=\w)")
# "ep 9, 40:12", "ep 9 - 40:12", "ep 9 (40:12)", "ep 9 40:12": where in it, said after the episode (watched24: a dash, a
# bracket or a space before it read the episode as finished); "32:10 ep 3", "stopped at 1:05:00 ep 10": said before it.
_STAMP_LAST = compile_later(r"(?<=\d)(?:\s*,\s*|:\s+|\s+[-–—|]\s*|\s+(?:timestamp\s+)?)\(?(\d{1,2}:\d{2}(?::\d{2})?)\)?$")
_STAMP_FIRST = compile_later(r"^(?:(?:paused|stopped|im) at )?(\d{1,2}:\d{2}(?::\d{2})?),? (?:of |in |into |on )?"
                             r"((?:(?:s|season) ?\d{1,2} )?(?:ep|episode) ?\d{1,2})$")
# "3rd", "the 3rd one": an episode of season 1 said as an ordinal alone.
_ORDINAL = compile_later(r"^(?:the )?(\d{1,3}) ?(?:st|nd|rd|th)(?: one)?$")
# "3 episodes in", "watched 3 eps": that many episodes of season 1.
_EPISODES_IN = compile_later(r"^(\d{1,2}) (?:episodes|eps)(?: in| deep| so far| down)?$|^(1) (?:episode|ep) (?:in|down)$")
# "epsiode", "espiode", "episdoe": a slip typing "episode".
_EPISODE_SLIP = compile_later(r"\b(?:epsiode|espiode|episdoe|epiosde|epsidoe|episoed|epiode|eipsode|epsode|episod|eppisode"
                           r"|epidose|episoe|espisode)s?\b")
# "finsihed", "finshed", "watchd": a slip typing "finished" or "watched".
_SEEN_SLIP = compile_later(r"\b(?:finsihed|finshed|fnished|finisehd|finihsed|finised|finishd|fineshed|finnished)\b"
                        r"|\b(?:watchd|wacthed|whatched|wathced|watchedd|wtached)\b")
_SEEN_SLIPS = {"f": "finished", "w": "watched"}
# "currenlty", "the seris", "ep 7 donee": other slips in the words progress is said in.
_OTHER_SLIPS = ((compile_later(r"\b(?:currenlty|curently|currenly|currntly|currentyl|crurently|currnetly)\b"), "currently"),
                (compile_later(r"\b(?:seris|sereis|seires|serise|sereies)\b"), "series"),
                (compile_later(r"\bdon+e+\b"), "done"),
                (compile_later(r"\b(?:fel a?sle+p|fell (?:aslep|asle{3,}p))\b"), "fell asleep"), (compile_later(r"\bdur+in\b"), "during"),
                (compile_later(r"\bbinge[- ]?watched\b"), "binged"))  # "binge-watched season 2": binged it
# "sesaon 2", "seasn 2": a slip typing "season"; "szn 1": short for it.
_SEASON_SLIP = compile_later(r"\b(?:sesaon|sesason|seasn|seaosn|saeson|seson|sason|seaon|seasom|sesson|szn|ssn)(?= ?\d)")
# "episode 3 (season 2)": a season in brackets belongs to the episode before it, never read past.
_SEASON_BRACKETED = compile_later(r"[(\[]\s*((?:s|season|시즌) ?\d{1,2})\s*[)\]]")
# "3 of s2", "3 of season 2" (never "ep 3 of s2", one episode, nor "3 of s2s cast"): a count of the season's episodes.
_COUNT_OF_SEASON = compile_later(r"(?<![\w/:.])(?<!\bep )(?<!\beps )(?<!\bepisode )(?<!\be )(\d{1,2}) of (?=(?:s|season) ?\d{1,2}(?:$|[ ,;]))")
# "the first 3 of s2", "first 2 eps of season 2" said seen (never a plan: "gonna watch the first 3 of s2 tonight").
# ... and abroad: "los primeros 3 de la temporada 2", "os primeiros 3 da 2ª temporada", "第二季前三集看了".
_FIRST_OF_SEASON = compile_later(r"\b(?:(?:the|los|os|les) )?(?:first|primeros|primeiros|premiers) (?P<n>\d{1,2}) (?:eps? |episodes? )?(?:of|in) (?:s|season) ?(?P<s>\d{1,2})\b"
                                 r"|前 ?(?P<zn>\d{1,2}) ?集(?:看了|看完了|看完)? of season (?P<zs>\d{1,2})")
# "the first 3" said seen abroad, with or without its season, said the English way (before the season words are
# read: "Staffel 2 gesehen" would be a season finished): "前三集看完了", "最初の3話見た", "처음 3화 봤어", "udah nonton 3
# episode pertama", "xem 3 tập đầu phần 2 rồi", "die ersten 3 Folgen von Staffel 2 gesehen", "j'ai vu les 3 premiers
# épisodes de la saison 2"; and the first minutes of an episode, partway through it ("the first 30 mins of ep 4").
_SEASON_SAID = r"(?: (?:of |de |von |der |của )?(?:la )?(?:s|season|saison|staffel|phần|temporada) ?(?P<{}>\d{{1,2}}))?"
_FIRST_ABROAD = compile_later(
    r"^(?:我)?(?:已经)?前 ?(?P<zh>\d{1,2}|[一二三四五六七八九十两兩]) ?集(?:都)?(?:看了|看完了?)$|^最初の ?(?P<ja>\d{1,2}) ?話(?:だけ|まで)?(?:を|は)?(?:見た|観た|見ました|見終わった)$"
    r"|^처음 ?(?P<ko>\d{1,2}) ?[화회편](?:까지)? ?(?:다 )?(?:봤\w*|봄)$"
    r"|^(?:aku |gue |gw |saya )?(?:udah|sudah|udh|dah|baru) (?:nonton|liat|lihat|tengok) (?P<id>\d{1,2}|"
    + "|".join(sorted((w for w in NUMBERS if w.isascii() and not w.startswith("ke")), key=len, reverse=True))  # "dua" (watched46)
    + r") (?:episode|eps?) (?:pertama|awal)$"
    rf"|^(?:mình |tôi |tui )?(?:đã )?(?:xem|coi) (?:xong |được )?(?P<vi>\d{{1,2}}) tập đầu{_SEASON_SAID.format('vs')}(?: rồi)?$"
    rf"|^(?:ich )?(?:hab |habe )?(?:die )?ersten (?P<de>\d{{1,2}}) (?:folgen|episoden){_SEASON_SAID.format('ds')} (?:gesehen|geschaut|geguckt)$"
    rf"|^(?:jai )?(?:vu|regard[eé]) les (?P<fr>\d{{1,2}}) premiers (?:[eé]pisodes|eps){_SEASON_SAID.format('fs')}$")
_FIRST_MINUTES = compile_later(r"^(?:(?:only|just) )?(?:watched |seen |vi |assisti |saw )?(?:the |los |os )?(?:first|primeros|primeiros) "
                               r"(\d{1,3}|" + "|".join(w for w, n in NUMBER_WORDS.items() if 1 < n <= 59) + r") ?(?:mins?|minutes|minutos)"
                               r" (?:of|del?|do|da) (?:the )?(?=(?:s\d{1,2} ?)?(?:ep|e\d|cap|episode))")

_KO_FIRST_MINUTES = compile_later(r"^(?:시즌 ?(\d{1,2}) ?)?(\d{1,2}) ?화 (?:처음|첫) ?(\d{1,3}) ?분(?:만|까지)? ?(?:봤\w*|봄)$")


def firsts_said(text: str) -> str:
    """`text` with "the first N" said abroad and the first minutes of an episode said as English reads them (above)."""
    if (first := _FIRST_ABROAD.match(text)) is not None:
        count = next(n for key, n in first.groupdict().items() if n and len(key) == 2 and not key.endswith("s"))
        said = first["vs"] or first["ds"] or first["fs"]
        season = f" of season {said}" if said else ""
        number = NUMBERS.get(count) or cjk_number(count)  # ("前三集", "前两集", "前10集", "dua")
        return f"watched the first {number} eps{season}"
    if (minutes := _KO_FIRST_MINUTES.match(text)) is not None:  # "시즌2 1화 처음 3분만 봤어"
        return f"{minutes[3]} min into {f'season {minutes[1]} ' if minutes[1] else ''}ep {minutes[2]}"
    return _FIRST_MINUTES.sub(lambda found: f"{NUMBER_WORDS.get(found[1], found[1])} min into ", text)


_SEEN_ABROAD = compile_later(r"\b(?:vi|assisti|vu)\b|看")
_PLANNED = compile_later(r"\b(?:gonna|going to|will|wanna|want to|plan\w*|tonight|tomorrow|tmrw|later|next)\b")
# "done w ep 6", "almost done w/ s1": "with"; "done s1", "done season 1", "done the first ep of s2": "with" left out.
_WITH_SHORT = compile_later(r"\b(done|finished|through) w(?:/ ?| )(?=\S)"
                            r"|\b(done) (?=(?:s|season|ep|episode|e) ?\d{1,2}\b|\d{1,2} (?:eps|episodes)\b|(?:the )?(?:first|last|whole) (?:ep|episode|season)\b)")
# "eps 1-4", "2-3", "s2 ep 2-3", "s2e1-2", "시즌1 1~3화": a range of episodes. Said as watched ("watched eps 1-4", "eps 1-6 done")
# or from the first episode, all of them were seen: the last. Said as a place ("2-3", "on ep 5-6") it may be
# either: the first, the one surely reached (never one more than the fan has seen).
_RANGE = compile_later(r"^(?:(?:s|season|시즌) ?(?P<season>\d{1,2}) ?)?(?P<word>(?:episodes|episode|eps|ep|e) ?)?(?P<low>\d{1,2}) ?"
                    r"(?:-|~|to|thru|through) ?(?:(?:s|season) ?(?P<again>\d{1,2}) ?)?(?:(?:episodes|episode|eps|ep|e) ?)?"
                    r"(?P<high>\d{1,2}) ?(?P<ko>[화회편])?$")
_SEEN = compile_later(r"\b(?:watched|seen|saw|finished|completed|done|binged|marathoned|wrapped|got through|made it through|last ni(?:ght|te)|yesterday)\b"
                   r"|\bdid(?= (?:eps?|episodes?|\d))|봤|봄|끝|완료"  # "ep 2 and 3 last night", "did eps 9,10": watched
                   r"|\b(?:wrecked|broke|destroyed|ruined|killed) me\b")  # "the s1 finale wrecked me": felt, so seen
# "9화랑 10화", "9하고 10화": two episodes one after the other, as the range "9-10화" (never a season's number). In
# English "ep 3 and 4" is bot.progress_lists.episode_lists' (after an episode word only: "4" may start a clause).
_AND_NEXT = compile_later(r"(?<![a-z\d])(\d{1,2})(\s*[화회편])?\s*(?:랑|이랑|하고)\s*(\d{1,2})(?=\s*[화회편])")
_SEASON_BEFORE = compile_later(r"(?:season|\bs|시즌)\s*$")


def _and_next(match: re.Match[str]) -> str:
    low, high = int(match.group(1)), int(match.group(3))
    if high != low + 1 or _SEASON_BEFORE.search(match.string[:match.start()]):
        return match.group()
    after = match.string[match.end():].lstrip()[:1]
    return f"{low}-{high}{'' if after in ('화', '회', '편') else (match.group(2) or '').strip()}"


# "the first 3 episodes", "watched the first two eps": that many episodes of season 1.
_FIRST_FEW = compile_later(r"^(?:the )?first (\d{1,2})(?: (?:episodes|eps))?$")
# "three episodes in", "ep four": numbers spelled out, as digits (an ordinal only beside an episode word).
_NUMBER_WORD = compile_later(r"\b(" + "|".join(w for w, n in NUMBER_WORDS.items() if n <= 20) + r")\b")
_EPISODE_WORD = compile_later(r"\b(?:episodes?|eps?|seasons?|s)\b|\b(?:the )?first\b")
# "s2 3", "season 2 3": a season, then its episode.
_SEASON_EPISODE = compile_later(r"^(?:s|season) ?(\d) (\d{1,2})$")
# 세번째 화, 일곱 번째 에피소드: Korean ordinals in words, read as the digits parse_position takes.
_KOREAN_ORDINALS = {"첫": 1, "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
                    "아홉": 9, "열": 10, "열한": 11, "열두": 12}
_KOREAN_ORDINAL = compile_later(r"(" + "|".join(sorted(_KOREAN_ORDINALS, key=len, reverse=True)) + r") ?번째")


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked of the same one by each reader of a reply (six)
def _chat_plain(text: str) -> str:
    """`text` lower-cased without markup, emoji, laughs or apostrophes, spaces single: chat_free's first steps."""
    text = keycaps_as_digits(text)  # "s2 ep 2 gets a 7️⃣", "9️⃣/🔟": digits before a rating or score beside them is read
    text = unicodedata.normalize("NFKC", strip_invisible(markup_free(text))).casefold().replace("\u2019", "'").replace("'", "")
    text = beside_free(re.sub(r"\s+", " ", text).strip())  # "ep 4: 7.5/10", "2x speed", "ep 9 is 62 min": no places
    text = emoji_free(text)  # (those after the fan's own reaction kept a while: "my reaction to ep 8 🙅" is no "watched")
    # "jajaja voy en el 3", "baru ep 3 wkwk adikku udah ep 10": no laugh, a clause break; "ep 7 not finished yet"
    text = _NOT_FINISHED_YET.sub(r"\1 halfway", behind_first(laughs_free(text)))  # ("udah ep 5 adikku udah ep 9")
    return text


def said_of_one_night(text: str) -> str:
    """What `text` says when all it says is of one night ("im done now": "says you stopped but not where"; bot.progress_one_night),
    which the strict forms would read as the show's end or episode 6; "" when it says more."""
    return one_night_told(said) if (said := _chat_plain(text)) and not one_night_free(said) else ""


@functools.lru_cache(maxsize=4096)  # (as _chat_plain: asked of the same text by each reader of a reply)
def chat_free(text: str) -> str:
    """`text` lower-cased without emoji, brackets, end marks or apostrophes, spaces single."""
    text = one_night_free(_chat_plain(text))  # "tonight i watched 6 eps", "im done now": of one night, never where (watched78)
    # "4話まで見た"; "my wifi died during ep 9"; "ep 4 or 5 idk": ep 4, "ep 7 tonight": a plan (before and after a
    # foreign form is said in English: "4話か5話", "hoy en la noche veo el 6")
    text = hedged_said(told_said(seen_last(foreign_said(words_said(age_free(seasons_said(firsts_said(hedged_said(clock_free(re.sub(r"\s+", " ", text).strip()))))))))))
    text = _STAMP_FIRST.sub(r"\1 into \2", _STAMP_LAST.sub(r" at \1", text))  # "ep 9 (40:12)": where in it
    text = _BRACKETS.sub(" ", _SEASON_BRACKETED.sub(r" \1 ", _SEASON_SLIP.sub("season", text)))
    text = re.sub(r"\b(ep|eps|episode)\.", r"\1 ", text)  # "Ep. 9"
    text = _ARROW.sub(" done, now on ", text)  # "s1e12 -> s2e2": from the one before to the one now
    text = _EPISODE_SLIP.sub("episode", text)  # "epsiode 4"
    text = _SEEN_SLIP.sub(lambda m: _SEEN_SLIPS[m.group()[0]], text)  # "finsihed ep 6"
    for slip, meant in _OTHER_SLIPS:
        text = slip.sub(meant, text)
    text = _WITH_SHORT.sub(lambda m: f"{m[1] or m[2]} with ", text)  # "done w ep 6", "done s1"
    text = _COUNT_OF_SEASON.sub(r"\1 eps of ", text)  # "3 of s2 down", "llevo 3 de la temporada 2": 3 episodes of it
    text = events_said(text)  # "the library ep": season 1's episode 5
    if _EPISODE_WORD.search(text):  # "three episodes in", "season two ep four"
        text = _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1)]), text)
    if (_SEEN.search(text) or _SEEN_ABROAD.search(text)) and not _PLANNED.search(text):  # "watched the first 3 of s2"
        text = _FIRST_OF_SEASON.sub(lambda m: f"{'watched ' if m['zs'] else ''}season {m['s'] or m['zs']} eps 1-{m['n'] or m['zn']}", text)
    text = episode_lists(text)  # "ep 11 and 12": "ep 11-12"
    text = re.sub(r"\beps (?=\d)", "ep ", text)  # "season 2 eps 3": one episode named
    text = _AND_NEXT.sub(_and_next, text)
    text = re.sub(r"\b(done|finished)\s*(?:\.{2,}|…)\s*(?=with\b)", r"\1 ", text)  # "im done... with ep 3": a pause
    text = re.sub(r"(?<=[^\s\u1100-\u11ff])([\u1100-\u11ff]+)$", r" \1", text)  # "보는 중ㅋㅋ": a laugh, glued on
    text = counted_said(re.sub(r"\s+", " ", text).strip())  # "2 folgen hinter meinem bruder": its count as digits now
    return _END_MARKS.sub("", text)


_STARTED_WHEN = compile_later(r"\bstart(?:ed|ing)(?: it| the show| watching(?: it)?)? (?:on|in|back in|last) "
                              r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the \d|\d|week|month|year)")
# "whole show no spoilers pls": the show named bare (no "finished", no "seen") beside a plea for no spoilers is the
# show they want kept from them, never all of it seen.
_BARE_WHOLE = compile_later(r"^(?:the )?(?:whole|entire) (?:show|series|thing)\b")
_NO_SPOILERS_ASKED = compile_later(r"\bno spoilers?\b|\bspoiler free\b|\b(?:dont|do not) spoil")


# "on s2 now", "im at season 2", "got to s2", "シーズン2突入した", "시즌2 들어감": a later season begun, no episode of it said
# (never "finished s2", "watching s2 tonight", "on s2 of squid game"; before it is out, bot.watched asks again).
_ON_A_SEASON = compile_later(r"^(?:(?:im|i am|were|we are) )?(?:currently |now |already |finally )?(?:on|at|in|into|got to|made it to|reached)"
                             r" (?:s|season) ?(\d{1,2})$|^(?:season|시즌) ?(\d{1,2}) ?(?:に ?)?(?:突入(?:した|しました|中)?"
                             r"|(?:에 ?)?(?:들어감|들어왔\w*|들어갔\w*|진입\w*))$")


def core(text: str) -> tuple[str, bool]:
    """What is left of `text` once chat is read past, and whether it says the episode is unfinished."""
    said = chat_free(text)
    if _BARE_WHOLE.match(said) and _NO_SPOILERS_ASKED.search(said):
        return "", False
    tails = [said]
    for _ in range(3):  # tails come in runs: "3 rn lol"
        said = _END_MARKS.sub("", _TAIL.sub("", said))
        if _SEEN.search(said) is not None:  # "binged s2 in 2 days"; never "s2 ep 3 in 2 days", which may be to come
            said = _IN_A_SPAN.sub("", said) if "," in said else _BEFORE_AN_EVENT.sub("", _IN_A_SPAN.sub("", said))
        tails.append(said)
    said = _KO_TAIL.sub("", _KO_NOW.sub("", said))
    for whole_said in (*tails, said):  # "havent watched", "시즌 1 끝": their last word is no tail there
        if _NONE_YET.match(whole_said):
            return "nothing", False
        if BARE_DONE.match(whole_said):  # "all done": no season said
            return "finished it", False
        if ALL_SAID.match(whole_said):  # "finised the show": what the slip read leaves is all of it
            return ("finished it" if IT_ALONE.search(whole_said) else "all"), False  # "it": which season? (show.py)
        if (whole := _WHOLE_SEASON.match(whole_said)) is not None:
            return f"finished season {next(g for g in whole.groups() if g is not None)}", False
    if (begun := _ON_A_SEASON.match(said)) is not None and (into_season := int(next(g for g in begun.groups() if g))) > 1:
        return f"finished season {into_season - 1}", False  # "on s2 now", "nasa s2 na ako": into it, as "halfway through s2"
    said = _KO_COUNT.sub(lambda m: str(KOREAN_COUNTS[m.group(1)]), said)
    if (stamp := _STAMP_AFTER.match(said)) is not None and _SEEN.search(said) is not None:
        said = stamp["said"]  # "finished ep 6 at 2:30": when, a clock time
    partway = _PARTWAY.match(said) or _KO_PARTWAY.search(said) or _PARTWAY_AFTER.match(said) or _STAMP_AFTER.match(said)
    if partway is None and _SEEN.search(said) is None:
        partway = _NEXT_AFTER.match(said)
    if partway is not None and partway.groupdict().get("said") is not None:
        said = partway["said"]
    elif partway is not None:
        said = said[partway.end():] if partway.start() == 0 else said[:partway.start()]
        later = _LATER.search(said)
        if later is None or not _A_DAY_ON.search(later.group()) or not _CLAUSE_BREAK.search(said):
            said = re.sub(_HALF, "", _LATER.sub("", said))  # "stopped at s2e2 halfway", "will watch ep 5 tomorrow"
        # (else "started s2, ep 3 tomorrow": what was started is the clause before the comma, and the plan after it says
        # no episode seen; left unread here, the clauses say what is: "started s2", all of season 1)
    else:
        lead = _LEAD.match(said)
        said = said[lead.end():] if lead is not None and lead.end() < len(said) else said
    started = partway is not None and (partway.groupdict().get("start") is not None or "시작" in partway.group())
    if started and said.strip() in ("", "it", "the show", "the series", "watching", "watching it", "막", "이제 막") \
            and not _STARTED_WHEN.search(chat_free(text)):  # "started on jan 12": when it began, not where it is now
        said = "episode 1"  # "just started (the show)": in its first episode
    ahead = partway is not None and (started or partway.groupdict().get("next") is not None or "볼" in partway.group())
    if ahead and (season := SEASON_ALONE.match(said.strip())) is not None:
        said = f"s{season.group(1) or season.group(2)}e1"  # "just started season 2": in its first episode
    elif partway is not None and (into := _into(said)) is not None:
        # "halfway through season 2", "somewhere in s2": into a later season, no episode of it sure: every episode of
        # the season before is watched, so all of it is what is saved (never the episode before that season's first)
        return f"finished season {into - 1}", False
    said = _KOREAN_ORDINAL.sub(lambda m: f"{_KOREAN_ORDINALS[m.group(1)]}번째", said)
    said = _EPISODES_IN.sub(lambda m: f"episode {m.group(1) or m.group(2)}", _FIRST_FEW.sub(r"episode \1", said))
    ranged = _RANGE.match(said.strip())  # "ep 3 to ep 5", "s1e1-s1e6": a season said again is the same one
    if ranged is not None and int(ranged["low"]) < int(ranged["high"]) and ranged["again"] in (None, ranged["season"]):
        # (from the first: all seen, unless planned or begun: "gonna watch eps 1-3 tonight" has none of them seen)
        seen = (ranged["low"] == "1" and partway is None) or _SEEN.search(chat_free(text)) is not None
        named = ranged["low"] == "1" or ranged["word"] or ranged["season"] or ranged["ko"]
        if named or not seen:  # "watched 4 to 6 today" may count episodes ("4 to 6 of them"): asked again
            its = f"season {ranged['season']} " if ranged["season"] else ""
            said = f"{its}episode {ranged['high'] if seen else ranged['low']}"
    said = _SEASON_EPISODE.sub(r"s\1e\2", said)
    ordinal = _ORDINAL.match(said)
    if ordinal is not None:
        said = f"episode {ordinal.group(1)}"
    return said.strip(), partway is not None


def _into(said: str) -> int | None:
    season = SEASON_ALONE.match(said.strip())
    number = None if season is None else int(season.group(1) or season.group(2))
    return number if number is not None and number > 1 else None


def says_seen(clause: str) -> bool:
    """Whether a clause says its episodes were watched ("finished s1", "watched ep 3", "3화 봤어")."""
    return _SEEN.search(chat_free(clause)) is not None


# -- how far, said before a question (/ask, bot.lore.answer.rants) ---------------------------------

_EPISODE_SAID = r"(?:(?:season 1,? )?episode \d+|ep\.? ?\d+|s\d+e\d+|e\d+)"
# "finished it.", "done with the show,", "watched s1": all of it ("only seen 3 eps": a count of episodes)
_WHOLE_SAID = r"(?:it|the (?:show|series|season|whole (?:thing|show|season|series))|s1|season 1|everything|all of it)"
# "ok so i just finished ep 6 and im crying who bit namra", "im on ep 3, does ...": said before what follows
_SAID_FIRST = (
    r"^\W*(?:(?:ok(?:ay)?|so|bro|guys|wait|omg|ngl|lol|lmao|yo|hey|um+|ugh|help)\W+)*"
    r"(?:i\s*(?:'m|’m|am)\s+|im\s+|i\s+)?(?:(?:just|only|currently|finally|rn|now)\s+)*"
    r"(?:finished|watched|seen|saw|on|at|up to|halfway through|started|done with|through)\s+"
    r"(?:(?:up\s+)?(?:to|until|till|thru|through)\s+)?"
    rf"(?:{_EPISODE_SAID}|\d+ (?:eps?|episodes)|{_WHOLE_SAID})\b[^?]*?\s(?=(?:THEN))"
)
# "5화까지 봤는데 ...", "6화 보는 중인데 ...", "지금 3화인데 ...": the same in Korean, joined to what follows
_SAID_FIRST_KO = compile_later(
    r"^\W*(?:(?:나|난|저|전|제가|내가)\s*)?(?:지금\s*)?(?:시즌\s*1\s*)?(?:제\s*)?\d+\s*(?:화|회|편)\s*"
    r"(?:까지\s*)?(?:다\s*)?(?:봤는데|봤고|봤어요?\s*근데|봤음\s*근데|보는\s*중인데|보는\s*중|보고\s*있는데|인데|이에요\s*근데|임\s*근데)"
    r"[\s,.!?~]*"
)


@functools.cache
def _said_first(then: str) -> re.Pattern[str]:
    return re.compile(_SAID_FIRST.replace("THEN", then), re.I)


def said_first(text: str, then: str) -> int:
    """Where what `text` goes on to say starts, after how far its writer says they have watched
    ("i just finished ep 6 and im crying " of "... who bit namra"); 0 when it says no such thing
    first. In English what follows must begin as `then` (a pattern) does: the words between are
    the fan's (feelings, "and"); in Korean the clause is joined to it ("봤는데")."""
    said = _SAID_FIRST_KO.match(text) or _said_first(then).match(text)
    return 0 if said is None else said.end()


# -- an episode typed without its season (a text's spoiler tag) -----------------------------------

#: A season said with an episode ("S1E3", "season 1", "1x03", "시즌1", "1기"): a bare "ep 3" says none. "the pilot"
#: is the show's first episode, never a later season's premiere.
_NAMES_A_SEASON = compile_later(r"(?i)(?<![a-z])s\s*0*\d|season|series|\d\s*x\s*\d|시즌|\d\s*기|\d\s*시즌|\bpilot\b")


def season_unsaid(typed: str, season: int, episode: int, out: int) -> str | None:
    """Why `typed`, read as season `season`'s episode `episode`, must say its season: it names none
    ("ep 3", "3", "3화") and season `out` is out, so a later season's text would be rated as season
    1's and shown to anyone past that episode of it. None when it may stand."""
    if season != 1 or out <= 1 or _NAMES_A_SEASON.search(typed) or _NAMES_A_SEASON.search(chat_free(typed)):
        return None  # (a season said in other words: "第二季看了一半", "la segunda temporada")
    return (
        f"\u201c{quote_user_text(typed, limit=40)}\u201d names no season, and season {out} is out: "
        f"write S1E{episode} or S{out}E{episode}."
    )


def progress_forms(out: int) -> str:
    """Three forms of `/progress` to suggest to a fan (/help, "how do i set my progress"), each saved as typed
    while season `out` is the latest out: once a later season is out, "ep 3" or a bare "finished" names no
    season and is asked again (`season_unsaid`), so the forms then say their season."""
    if out <= 1:
        return "`S1E3`, `im on ep 3`, `finished`"
    return f"`S1E3`, `s{out} ep 1`, `finished season 1`"
