"""Fans' question marks that ask nothing: rewritten so the readers of `headlines.py` take what is said, at its
strength. Pure functions on text.

- Hearsay passed on with doubt ("hearing aouad s2 might be march 12?? take with a grain of salt", Korean's "지우학2
  19일에 나온다며??", heard that it comes out on the 19th, right?) relays a rumour: its "??" is the hearsay's tone and
  its "might be" the rumour's, so it is read as that rumour (`as_heard`), never as reported. A question of
  whether the rumour is true ("… or is that fake", "진짜임?", "is it true?") still asks.
- Excitement after a plain statement ("sweet home 3 on march 12 AND aouad s2 on march 19?? netflix is spoiling
  us", "… aouad s2 in may?? 2027 is stacked") asks nothing either: the "??" between a statement of the season's day and an exclamation is left out
  (`as_exclaimed`). A statement with a question's words ("really", "wait", "so … now??") or followed by a
  request ("anyone?", "pls confirm") still asks.
- A fan's own feelings said with a "not" ("i'm not ready", "i can't wait", "not me crying", 못 기다려) deny nothing
  of the season: they are read as the exclamation they are, as is a closing sigh that there is "still no date??"
  (`without_feelings`).
- A closing question to fellow fans about their own watching, after the news said with "." or "!" ("… comes out friday!!
  anyone doing a watch party?", "… all out now. who else finished already??") asks nothing of the news and is left out
  (`without_invitations`); "who else heard this?" or a "??" on the news itself still asks.
- A day passed on "but Netflix hasn't confirmed" (in several languages) or after "leak??" is a rumour of that day (`as_heard`).
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.season2.sources.headline_words import KO_DAY, MONTH
from bot.season2.sources.other_titles import EN_SHOW_NAME, SEASON_TWO_NAME, ours_only

#: A day as fans write it ("march 12", "12 March", "3/12", "19일"); "s2" is no day.
_A_DAY = compile_later(rf"\b{MONTH}\s*\d{{1,2}}(?!\d)|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b|(?<![\w/.])\d{{1,2}}\s*[/.]\s*\d{{1,2}}(?![\d/.])"
                    rf"|{KO_DAY}", re.I)
#: A month the season comes in, as fans write it: "aouad s2 in may", "this june".
_A_MONTH = compile_later(rf"\b(?:in|this|next)\s+{MONTH}(?![\w\d]|\s*\d)", re.I)
#: Hearsay said first: "hearing …", "i'm hearing …", "i heard …", "heard that …", "word is …".
_HEARD = compile_later(r"^\W*(?:(?:i'?m|i\s+am|we'?re)\s+hearing|hearing|i\s+(?:just\s+)?heard|heard(?:\s+that)?|word\s+is)\s+",
                    re.I)
#: The rumour's guess: "might be", "may be", "could be" said of what was heard.
_GUESS = compile_later(r"\b(?:might|may|could)\s+be\b", re.I)
#: Korean hearsay asked back ("나온다며??", "공개한다며?", "19일이라며?"): heard, not asked.
_KOREAN_HEARD = compile_later(r"(?<=[가-힣])(다며|라며|다면서|라면서)\s*\?+")
#: Words that ask whether what was heard is so ("is it true", "or is that fake", "진짜임?", "pls confirm").
_ASKS_IF_SO = compile_later(r"\b(?:true|real|legit|fake|confirm\w*|anyone|someone|really|actually|wait|or|pls|please"
                         r"|is\s+(?:it|that|this)|are\s+(?:they|you)|who|what|when|where|why|how|idk"
                         # disbelief: "march 12?? lol no", "… yeah right", "sus"
                         r"|no|nope|nah|lol|lmao|huh|hm+|doubt\w*|sus|cap|sure|yeah\s+right)\b|[🤔🤨]"
                         r"|진짜|정말|사실|맞(?:아|음|나|냐|죠)|아니면|누가|언제", re.I)


#: A day passed on, then "but Netflix hasn't confirmed (it)" closing the post ("mas a Netflix não confirmou", "not confirmed by
#: Netflix yet"): the day unconfirmed, a rumour (the "not" denies nothing of it).
_NOT_CONFIRMED = compile_later(
    r"\s*[,;]?\s*(?:(?:but|mas|pero|mais|ma|aber)\s+(?:a\s+|la\s+|le\s+)?netflix\s+(?:hasn['’]?t|has\s+not|did\s+not|didn['’]?t|not"
    r"|não|no|n['’]a\s+pas|hat\s+(?:es\s+)?(?:noch\s+)?nicht|non\s+ha)\s+(?:yet\s+|ainda\s+|aún\s+)?(?:confirm\w*|bestätigt)"
    r"|not\s+(?:yet\s+)?confirmed(?:\s+by\s+netflix)?"
    # (a fan's "not sure" or "not official yet" in Korean, Japanese's read in Korean by then: "3월 19일?? 확실하진 않음", s2wild70)
    r"|확실하(?:진|지는|지)\s*않\S*|(?:아직\s*)?(?:공식\s*)?확정\s*(?:아님|아니\S*)"
    # (and "확실한 건 아님", "pero no es oficial", "ainda não é oficial", Tagalog's "di pa sure", s2wild72)
    r"|확실한\s*(?:건|것은|거)\s*(?:아님|아니\S*|없\S*)|(?:(?:but|pero|mas)\s+)?(?:(?:a[úu]n|ainda|todav[íi]a)\s+)?(?:no|não|not)\s+(?:es|é|is)"
    r"\s+(?:oficial|official)|(?:di|hindi)\s+pa\s+(?:sure|sigurado|official|opisyal|confirmed|kumpirmado)"
    # (and "아직 공식은 아님", Tagalog's "pero wala pang official", s2wild74)
    r"|(?:아직\s*)?공식(?:은|이)?\s*(?:아님|아니\S*)|(?:pero\s+)?wala\s+pang\s+(?:official|opisyal|kumpirmasyon)"
    # (and a fan's shorthand "(확실X)", not certain, s2wild77)
    r"|\(?\s*확실\s*[xX×✗❌]"
    # (and "not official yet", "nada oficial ainda", "belum resmi", "chưa chính thức", "chưa xác nhận", s2wild86)
    r"|(?:but\s+)?not\s+(?:yet\s+)?official|nada\s+(?:de\s+)?oficial|(?:tapi\s+)?belum\s+(?:resmi|dikonfirmasi)"
    r"|(?:nhưng\s+)?chưa\s+(?:chính\s+thức|xác\s+nhận))"
    r"(?:\s+(?:it|that|this|yet|ainda|aún|todavía|ancora))*\W*$", re.I)
#: A post opening on its kind asked ("leak?? AOUAD 2 on May 7 …", "rumor?? …"): what follows is that leak or rumour.
_KIND_ASKED = compile_later(r"^\W*(?:leak(?:ed)?|rumou?rs?|insider\s+info)\s*\?+[!]*\s*", re.I)


#: A bare Korean day said to be what is heard ("3월 19일이라는 카더라"): the release on that day, heard (s2wild70).
_KO_DAY_HEARD = compile_later(rf"({KO_DAY})\s*(?:이)?라는\s*(?=카더라|썰|루머|소문)")


#: Words quoted as what was said of it before, with no day in them ("'아직 확정 아님'이라던 지우학2, 3월 19일 공개 확정": the season
#: once said "not confirmed yet"): past talk, no hedge of the day the post gives (s2wild71).
_QUOTED_PAST_TALK = compile_later(r"['‘\"“][^'’\"”\d]{1,30}['’\"”]\s*(?:이)?라(?:던|더니|고\s*했던)\s*")


#: A day of the season's asked "is this real" (after it or before it: "aouad 2 march 19?? is this real", "is this real?? aouad 2
#: march 19": the post seen, doubted): a rumour of that day, never more (s2wild71; "… is this real or fanmade??" asks which, and "is it
#: true" or "is that real" asks whether it is so: both say nothing, as test_headline_hearsay rules).
_REAL_ASKED_AFTER = compile_later(r"^(?P<said>[^?]+?)\s*\?*\s*(?:wait\s+)?is\s+this\s+real\b\W*$", re.I)
_SEASON_SAID = compile_later(rf"(?:{SEASON_TWO_NAME})", re.I)
#: ... or hoped for after its "??" ("aouad 2 march 19?? can't come soon enough", "… march 19??? please be true"): the fan's
#: hope of a day not yet given, a rumour of it (s2wild72).
_HOPED_AFTER = compile_later(r"^(?P<said>[^?]+?)\s*\?+\s*(?:(?:please|pls|plz)\s+(?:let\s+it\s+)?be\s+(?:true|real)\W*)?"
                             r"(?:(?:i\s+)?can['’]?t\s+come\s+soon\s+enough|(?:please|pls|plz)\s+(?:let\s+it\s+)?be\s+(?:true|real)"
                             # ... "i hope it's true", "hope so", "sana totoo/nga", "semoga beneran", "ojalá sea verdad" (s2wild82)
                             r"|(?:i\s+)?(?:really\s+)?hope\s+(?:so|(?:it|that)\s*(?:['’]?s|\s+is)\s+(?:true|real|legit))"
                             r"|(?:sana|i\s+wish)\s+(?:totoo|nga)|semoga\s+(?:beneran|bener|benar)|ojal[aá]\s+(?:sea\s+)?(?:verdad|cierto)"
                             # (Portuguese's hope by then "i wish", s2wild83)
                             r"|(?:tomara|i\s+wish)\s+que\s+seja\s+verdade|mong\s+là\s+thật"
                             # (or its source given, not Netflix's: "march 26?? source: trust me bro", "?? source is a random tiktok",
                             # never asked for: "?? source?", s2wild73)
                             r"|sources?\s*(?::|is|=)(?!\s*(?:the\s+)?(?:netflix|tudum|official))\s*[^?]{1,40})"
                             r"(?:\s+(?:lol|lmao|omg))?\W*$", re.I)
_REAL_ASKED_FIRST = compile_later(r"^\W*(?:wait\s+)?is\s+this\s+real\s*\?+\s*(?P<said>[^?]+?)\s*\?*\W*$", re.I)

#: A month rumoured with no day ("aouad 2 not officially dated but rumoured for march"): said as the rumour of that window it is, as
#: "rumoured to drop in march" is read (fix121; a day after it is read as it stands: "rumoured for march 19").
_RUMOURED_FOR_A_MONTH = compile_later(rf"\brumou?red\s+(?:for|in)\s+(?=(?:early\s+|mid\s+|late\s+)?{MONTH}(?![\w\d]|\s*\d))", re.I)


def as_heard(text: str) -> str:
    """Hearsay passed on with doubt as the rumour it relays (see the module); any other headline as it is. A day said "but
    Netflix hasn't confirmed" is a rumour (`_NOT_CONFIRMED`), as is one asked "is this real" (`_REAL_ASKED_AFTER`, `_REAL_ASKED_FIRST`);
    a leak or rumour named with "??" before it is one (`_KIND_ASKED`)."""
    text = _KO_DAY_HEARD.sub(r"\1 공개라는 ", _QUOTED_PAST_TALK.sub("", _RUMOURED_FOR_A_MONTH.sub("rumoured to drop in ", text)))
    if (real := _REAL_ASKED_AFTER.match(text) or _REAL_ASKED_FIRST.match(text) or _HOPED_AFTER.match(text)) is not None and _A_DAY.search(real.group("said")) \
            and _SEASON_SAID.search(real.group("said")):
        text = real.group("said") + " (unconfirmed)"
    if _A_DAY.search(text) and (m := _NOT_CONFIRMED.search(text)) is not None and m.start() > 0:
        text = text[:m.start()] + " (unconfirmed)"
    if (kind := _KIND_ASKED.match(text)) is not None and "?" not in text[kind.end():] and _A_DAY.search(text):
        text = "rumour: " + text[kind.end():]
    if (m := _KOREAN_HEARD.search(text)) and not _ASKS_IF_SO.search(text):
        return text[:m.start()] + m.group(1) + text[m.end():]
    if not _HEARD.match(text) or _ASKS_IF_SO.search(text) or not _A_DAY.search(text):
        return text  # "hearing it might be delayed??" is a guess of no day: as it is
    return _GUESS.sub("is", re.sub(r"\?+", ",", text), count=1)


#: A statement giving a day, "??" (or "?!"), then an exclamation: the marks are excitement ("NETFLIX DELAYED AOUAD S2
#: AGAIN??? i'm so done" gives no day: as it is).
#: After the marks, its source asked for, or doubted, or the fan's own belief: "… ?? source", "?? lies", "?? i thought june".
#: ... or the fan not finding it out ("… last friday?? where", "?? kok gak ada", "?? wala naman sa netflix", "?? no lo encuentro").
_DOUBTED_AFTER = compile_later(r"\b(?:sources?|proof|receipts|citation|lies|lying|liar|as\s+if|thought|since\s+when|where|can['’]?t\s+find"
                               r"|not\s+(?:there|on\s+netflix)|(?:gak|ga|nggak|tidak)\s+ada|wala\s+(?:naman|pa)|no\s+(?:lo|la)\s+(?:encuentro|veo)"
                               r"|não\s+(?:acho|encontro|achei))\b", re.I)
_EXCLAIMED = compile_later(r"^(?P<said>[^?]+?)\s*(?:\?{1,2}!*){1,3}\s+(?P<then>[^?]+)$")
#: ... but nothing after the marks except the season's name ("march 19?? aouad 2"): no exclamation, the day asked (s2wild68).
_NAME_ONLY = compile_later(rf"^\W*(?:{SEASON_TWO_NAME})\W*$", re.I)
#: A statement of the season's day starts with no question's word ("is", "does", "when", "so", "wait").
_OPENS_A_QUESTION = compile_later(r"^\W*(?:is|are|was|were|does|do|did|will|would|can|could|has|have|when|what|where|why"
                               r"|how|who|which|so|wait|hold\s+on|wdym|hearing|i\s+heard)\b", re.I)


#: Spanish or Portuguese hearsay after the marks ("¿¿… el 5 de marzo?? eso dicen en tiktok", "… dizem por aí"): the opening ¿¿
#: is the same disbelief as the closing ??, and the day is what is said (a rumour, as `hedged` reads "eso dicen").
_HEARSAY_AFTER = compile_later(r"^\W*(?:(?:eso|as[ií]|es\s+lo\s+que)\s+dicen|(?:é\s+o\s+que\s+)?dizem)\b", re.I)


def as_exclaimed(text: str) -> str:
    """A statement of the season's day whose "??" is excitement, without the marks (see the module); any other as it is."""
    if (m := _EXCLAIMED.match(text.lstrip("¿ "))) is not None and text.lstrip().startswith("¿") and _HEARSAY_AFTER.match(m.group("then")):
        text = text.lstrip("¿ ")
    if ((m := _EXCLAIMED.match(text)) is None or not (_A_DAY.search(m.group("said")) or _A_MONTH.search(m.group("said")))
            or _OPENS_A_QUESTION.match(text)
            or _ASKS_IF_SO.search(text) or _DOUBTED_AFTER.search(m.group("then")) or _NAME_ONLY.match(m.group("then"))):
        return text
    return f"{m.group('said')}! {m.group('then')}"


#: A fan's feelings in the first person with a negation: "i'm not ready", "i am so not ok", "can't wait", "i cannot
#: breathe", "not me crying", "i'm not crying you're crying", "not sleeping tonight", 못 기다려, 못 참아.
_FEELINGS = compile_later(
    r"\b(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:so\s+|literally\s+|just\s+|still\s+)*not\s+(?:emotionally\s+|mentally\s+)?"
    r"(?:ready|ok(?:ay)?|prepared|fine|well|crying|over\s+it)\b|(?:\b(?:i|we)\s+)?(?:literally\s+|just\s+)?(?:can'?t|cannot)\s+"
    r"(?:wait|breathe|even|deal|cope|handle\s+(?:this|it)|believe\s+(?:it'?s|its)\s+(?:finally|almost|so\s+close))\b"
    r"|\bnot\s+me\s+(?:crying|screaming|shaking|sobbing)\b"
    # "not sleeping tonight", "i'm not gonna sleep", "no sleep tonight": a fan staying up for it
    r"|\bnot\s+(?:sleeping|going\s+to\s+sleep|gonna\s+sleep)(?:\s+tonight)?\b|\bno\s+sleep(?:\s+tonight)?\b)"
    r"|(?:못\s*기다리|못\s*기다려|못\s*참)\S*",
    re.I,
)


#: A fan's sigh that there is still no date ("still no date??", "no release date yet?!", "still no date?? netflix pls"): a
#: complaint, not a question.
_NO_DATE_YET = compile_later(r"\b((?:still\s+)?no\s+(?:release\s+|premiere\s+)?date(?:\s+(?:yet|tho|though|smh))?)\s*[?!]*\?[?!]*"
                          r"(?=\s*(?:(?:netflix|@\w+)\s+)?(?:pls+|plz+|please+|smh|ugh)?\s*[^\w\s]*\s*$)", re.I)  # ("… netflix pls")


#: A word asked of oneself then answered ("delayed a week and honestly? fine"): an aside, no question of the news.
_ASIDE_ANSWERED = compile_later(r"\b(honestly|tbh|ngl|seriously|frankly|lowkey)\s*\?+(?=\s+(?:it'?s\s+)?(?:fine|good|ok(?:ay)?|great"
                             r"|whatever|fair|valid|worth\s+it|same)\b)", re.I)


#: A hedge that says "not" ("don't quote me (on this)", "no me cites"): hearsay passed on, no denial of the news.
_DONT_QUOTE_ME = compile_later(r"\b(?:do\s*n['’]?t|do\s+not|dont)\s+quote\s+me(?:\s+on\s+(?:this|that|it))?\b|\bno\s+me\s+cites\b", re.I)


#: A poster's apology closing a correction ("… is feb 26 not feb 19 sorry", "…, my bad", "mb", "oops"): the statement ends there
#: (s2wild59).
_APOLOGY_AFTER = compile_later(r"[\s,]+(?:sorry|my\s+bad|mb|oops|whoops)(?:\s+(?:guys|all|everyone|y'?all))?\s*[!.]*\s*$", re.I)


#: A day a fan longs for ("march 19 can't come soon enough"): the day, cheered; never "… AOUAD S2 can't come soon enough"
#: with no day of its own beside another show's news (s2wild70).
_DAY_LONGED_FOR = compile_later(rf"(?P<day>\b{MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:just\s+)?(?:can['’]?t|cannot)\s+come"
                                r"\s+(?:any\s+)?soon(?:er)?(?:\s+enough)?\b", re.I)


def without_feelings(text: str) -> str:
    """A headline with a fan's negated feelings read as the exclamation they are (see the module): "march 12?? i'm not
    ready" is "march 12?? !"; a last "still no date??" is said, not asked; "honestly? fine" is an aside answered; a closing
    "sorry" or "my bad" ends the statement."""
    text = _DONT_QUOTE_ME.sub("take it with a grain of salt", _ASIDE_ANSWERED.sub(r"\1,", _APOLOGY_AFTER.sub("!", text)))
    text = _DAY_LONGED_FOR.sub(r"\g<day>!", text)
    return _NO_DATE_YET.sub(lambda m: m.group(1) + "!", _FEELINGS.sub("!", text))


#: An invitation to talk, as a megathread's title ends ("— drop your theories here", "share your predictions below"):
#: the thread's, no doubt about the news before it.
_INVITATION = compile_later(r"\b(?:drop|share|post|leave|put)\s+(?:your|ur|all\s+your)\s+(?:theories|predictions|thoughts|hopes"
                         r"|hot\s+takes)\b(?:\s+(?:here|below|in\s+the\s+comments))?", re.I)


#: A last question to fellow fans about their own watching, after the news said ("… comes out friday!! anyone doing a watch
#: party?", "… is all out now. who else finished already??"): asks nothing about the news (never "who else heard this?").
_FANS_CHAT = compile_later(r"(?<=[.!])\s+(?:(?:so\s+)?who\s+else\s+(?:is\s+|'s\s+|already\s+|has\s+)?(?:finished|watched|watching|binged"
                        r"|binging|done|crying|cried|staying\s+up|up\s+for)|(?:is\s+)?any\s*(?:one|body)\s+(?:else\s+)?(?:doing|hosting"
                        r"|planning|having|up\s+for|want(?:s|ing)?\s+to\s+(?:watch|binge|do))|who'?s\s+(?:watching|binging|joining|hosting)"
                        # "who's watched it already?", Malay "siapa dah habis tengok?" (who has finished watching it?)
                        r"|who'?s\s+(?:already\s+)?(?:watched|finished|seen)|siapa\s+(?:yang\s+)?(?:dah|sudah|udah)\s+(?:habis\s+)?"
                        r"(?:tengok|tonton|nonton))"
                        r"\b[^.!?]*\?+\s*$", re.I)


#: A closing question that only asks for the release date, after news of something else ("… teaser is out!! release date
#: when??", Japanese "ティザー来た！！配信日はまだ？", 공개일은 언제?): asks nothing of what was said.
_DATE_ASKED = compile_later(r"(?<=[.!！])\s*(?:(?:and\s+|so\s+)?(?:the\s+)?(?:release|premiere)\s+date\s+when|when(?:'s|\s+is)\s+the"
                         r"\s+(?:release|premiere)\s+date|(?:공개|配信)\s*(?:日|일)\s*(?:は|은)\s*(?:まだ|いつ|언제))[^.!?？]*[?？]+\s*$", re.I)


_A_DAY = compile_later(rf"{MONTH}\s*\d|\d\s*{MONTH}|\d{{1,2}}\s*(?:월|月|/)\s*\d|\d\s*(?:일|日)|\b(?:tomorrow|tonight|today|\w+day)\b|{KO_DAY}",
                    re.I)


def without_invitations(text: str) -> str:
    """A headline without its invitation to talk (see `_INVITATION`): "… premieres in 25 days — drop your theories here",
    nor its closing question to fellow fans (`_FANS_CHAT`) or for the release date (`_DATE_ASKED`)."""
    text = _FANS_CHAT.sub("", _INVITATION.sub("", text))
    if (asked := _DATE_ASKED.search(text)) is not None and not _A_DAY.search(text[:asked.start()]):
        text = text[:asked.start()]  # (a day said before it is kept in doubt: "aouad s2 april 9!! release date when??")
    return text.strip(" —–-;:")


#: Others' words quoted as going round, then the poster's own day ("people still saying AOUAD 2 is out April 16 😭 it's May 28",
#: "still seeing accounts post 'AOUAD 2 April 16' lmao, it's the 28th of May"): the season on the poster's day, the others'
#: day set aside (read alone, the quoted one is hearsay or taken back: nothing).
_OTHERS_THEN_OURS = compile_later(
    # (or said once, remembered: "remember when everyone said aouad 2 was coming march 12? lol. it's march 19", s2wild72)
    r"^\W*(?:remember\s+when\s+)?(?:(?:i'?m\s+|i\s+keep\s+)?still\s+)?(?:seeing\s+)?(?:people|ppl|everyone|accounts?|some(?:one|body|\s+(?:people|accounts))?|folks)\s+"
    r"(?:are\s+|keep\s+)?(?:still\s+)?(?:say(?:ing)?|said|post(?:ing|ed)?|claim(?:ing|ed)?|tweet(?:ing|ed)?|told\s+me)\b(?P<said>.*?)"
    # (or "…, no, netflix said march 19": Netflix's word after the others' day, s2wild92)
    r"(?:\s*(?:\blmao\b|\blol\b|\bsmh\b|[\U0001F300-\U0001FAFF]|[!?,;.…—–-]))+\s*(?:no+\s*[,.!]*\s*)?"
    r"(?:it['’]?s|netflix(?:\s+korea)?\s+(?:said|says|confirmed)(?:\s+it['’]?s)?)\s+(?:actually\s+|really\s+)?"
    rf"(?P<day>(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}\b|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)(?P<rest>.*)$", re.I)
_SEASON_NAMED = compile_later(r"(?:all\s?of\s?us\s?are\s?dead|\baouad)['’]?\s*(?:season\s*2|s2|2)\b", re.I)


#: Others' doubt remembered, then the news ("ppl said aouad would never get a season 2 and now it's coming march 19", "they
#: said it'd never happen. aouad 2. march 19."): the news after it, no hearsay (s2wild74).
_DOUBT_THEN_NEWS = compile_later(r"^\W*(?:people|ppl|everyone|they|y['’]?all|haters)\s+said\s+(?P<doubt>[^.;!?]*?\bnever\b[^.;!?]*?)"
                                 r"(?:\s+and\s+now\b|[.!]+)\s*(?P<news>\S.*)$", re.I)
_SHOW_WORD = compile_later(EN_SHOW_NAME, re.I)
_SECOND_SEASON = compile_later(r"\b(?:season\s*(?:2|two)|s2|sequel)\b", re.I)


def as_others_corrected(text: str) -> str:
    """`text` as the season on the poster's own day when it quotes others' day first (`_OTHERS_THEN_OURS`), as the news
    after others' doubt remembered (`_DOUBT_THEN_NEWS`); else as it is."""
    if (doubt := _DOUBT_THEN_NEWS.match(text)) is not None:
        said, news = doubt.group("doubt"), doubt.group("news")
        named = _SHOW_WORD.search(said) and _SECOND_SEASON.search(said) and not _SHOW_WORD.search(news)
        return f"All of Us Are Dead season 2: {news}" if named else news
    if (m := _OTHERS_THEN_OURS.match(text)) is None or (name := _SEASON_NAMED.search(m.group("said"))) is None:
        return text
    ours = f"{name.group(0)} premieres {m.group('day')}{m.group('rest')}"
    if _FOR_ANOTHER.match(m.group("rest")) and ours_only(ours) != ours:
        # "… it's May 28 for Weak Hero 3 tho": that day is the other show's, never ours, and the others' day still set aside
        # (read alone, "AOUAD 2 is out May 14" is the season's day since s2wild82)
        return f"it's {m.group('day')}{m.group('rest')}"
    return ours


_FOR_ANOTHER = compile_later(r"\s*(?:is\s+|was\s+)?for\b", re.I)
