"""How sure a headline is, by its words: whether it asks, guesses or denies (it then announces nothing:
`refuses`, `asks`), and whether it only relays someone else's word (a rumour: `hedged`). Pure functions on
text, read by `headlines.read_clause` and by the readers of denials and summaries.

- asking or guessing: "?", "could", "expected", "what we know", 전망, 예상; a fan's wish, dream or joke
  ("releasing march 19 in my dreams", "i wish", "copium", "manifesting", "delulu", 제발, 희망회로, "trust me bro",
  "(source: my delusions)", "/s", 🤡, 뇌피셜), or a condition or make-believe ("if it doesn't drop by march 19 i'm
  rioting", "what if", "imagine", 나오면) claims nothing, and denies nothing either (`not_meant`);
- denying or negating: "denies", "false", "not", "n't", 사실무근, 아냐, "안 된다", 가짜; but "won't arrive until March 26"
  is a delay (`NOT_UNTIL`), "not confirmed yet" a rumour, and "Netflix Isn't Splitting It in Two" how it comes out
  (all at once), not a denial;
- a rumour: "rumour", "leaked", "insiders", "sources say", "allegedly", Korean hearsay (했대요, 공개래, 19일이래,
  "라고 들었어", 카더라, 썰, 지인이 …; a fan's 공개래 after "라인업 떴다" passes on Netflix's word: reported), an insider's word (관계자피셜), someone's word passed on ("my cousin … says", "i heard"), fans'
  word ("per fans"); relayed: "reportedly", "apparently", "report says", 공개설, 확인 불가, the Korean press's
  "…것으로 전해졌다/알려졌다", 확실시, 잠정 확정, and its "settled on" (가닥); how it looks or is said, not vouched
  for: "appears to", 듯, "것으로 보인다", 유력 ("tipped"), Japanese 説, らしい, "…配信か", German wohl, Spanish "dicen que".
  The rule: a word that relays or describes how a day looks is a rumour with its day kept; a word that forecasts what
  may be ("could", "likely", "expected", 전망, 예상) claims nothing.
- a day said NOT to be a rumour ("May 28 is not a rumour", "bukan hoaks", "루머 아니고", "デマではありません", "…属实") is
  confirmed, never denied (`said_true`, read first by `headline_abroad.in_english`), unless said in sarcasm ("totally not a
  rumour lol") or of a fan's own hunch ("kata feeling aku"): then it claims nothing; nor is it confirmed when a guess
  follows ("루머 아니고 그냥 내 추측"), when it is asked ("消息是否属实？") or when the report is said NOT true ("消息不属实");
- news said against a background of rumours ("Release Date Set For March 19 After Delay Rumors", "amid
  delay reports") is the news, not the rumoured delay: the background is set aside (`without_background`);
- a part that only says the decision is still weighed ("…넷플릭스 내부 검토", "… 논의 중", "— Netflix still weighing it")
  beside a part that says what was settled asks nothing: the rest is read as a rumour (`without_weighing`), while
  "공개 연기 검토" (a delay considered) in one part still claims nothing;
- a fan's own guess after Netflix's window for our season ("netflix says Q1 for aouad 2, my gut says feb 26", "…1분기라는데
  내 뇌피셜로는 2월 26일") leaves the window, read as Netflix's word, and never the guess (`netflix_word_beside_guess`).
"""

from __future__ import annotations

import functools
import re

from bot.lazy_re import Pattern, RewriteTable, compile_later
from bot.season2.sources.headline_words import PART_MARK
from bot.season2.sources.other_titles import EN_SHOW_NAME, KO_SHOW_NAME, SEASON_TWO_NAME

_QUESTION = compile_later(
    r"\?|¿|\b(?:i|we|my\s+\w+|some(?:one|body)|people|fans)\s+(?:(?:just|really|kinda|still)\s+)?(?:thinks?|bets?|reckons?"
    r"|guess(?:es)?)\b|\b(what we know|everything we know|when will|could|might|may return|theor(?:y|ies)|predictions?|predicted|(?<!than\s)expected"
    # (not the month before its premiere: "Sets May Premiere Date", "a May release", "its May debut")
    r"|(?<!\bsets\s)(?<!\bset\s)(?<!\bgets\s)(?<!\blocks\s)(?<!\blocks\sin\s)(?<!\bconfirms\s)(?<!\breveals\s)(?<!\ba\s)(?<!\bits\s)(?<!\bfor\s)"
    r"may (be|premiere|arrive|release|return|drop|come|stream|debut|land)|likely|possibl[ey]|explained|guide"
    # (Netflix "eyes" a month; "my eyes hurt" is a fan's own eyes)
    r"|what to expect|hopes?|wants?|wishes|teases?|hints?|(?<!\bmy\s)(?<!\byour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)"
    r"(?<!\btheir\s)(?<!\bthe\s)(?<!\bmine\s)eyes|eyeing|(?<!\bnot\s)(?<!n['’]t\s)expects?"  # ("did NOT expect": surprise, s2wild74)
    r"|fans? (say|think|believe|guess|predict|bet|want|are (sure|convinced)))\b"
    r"|\b(release date|cast|plot|story)\s*(,|&|and)\s*(cast|plot|story|more)\b"
    # unless the explainer's list names the release's day: "Everything to Know About the Cast, Story and April 16 Release"
    r"(?![^;…?]{0,40}?\d{1,2}(st|nd|rd|th)?\s+(release|premiere|debut)\b)"
    r"|\bin\s+talks\b|\bconsidering\b"  # "Netflix in talks to release … on March 19": nothing set
    # a fan's own call, a guess to be proven: "calling it now: … may 28", "calling it:", "mark my words", "screenshot this"
    # (not a name given: "Netflix is calling it …")
    r"|\bcalling\s+it(\s+now\b|\s*:)|\bmark\s+my\s+words\b|\bscreenshot\s+this\b|\bremember\s+i\s+said\s+(this|it)\b"
    # ... abroad, and "I think" in Japanese and Korean (s2wild57): "ya verán", "escreve o que eu tô falando", "내 말 믿어", "두고 봐",
    # "信我", "だと思う", "것 같아"
    r"|\bya\s+(lo\s+)?ver[aá]n\b|\bescrev[ea]m?\s+o\s+que\s+eu\s+(t[ôo]|estou|to)\s+(falando|dizendo)\b|\bguard(en|em)\s+(este|esse|esto)\s+(tweet|post)\b"
    r"|\bretenez\s+bien\b|\bmerkt\s+euch\b|\bricordatevi\b|\blihat\s+(aja|saja)\s+nanti\b|\bingat\s+kata[- ]kata(ku|\s+gue|\s+aku)\b"
    r"|내\s*말\s*(믿어|들어|맞지)|두고\s*봐|(?<!微)信我|记住我说的|記住我說的|(?:だ|と)\s*思う|気がする|(?:일|할|될|나올)\s*것\s*같(아|다|음|네)"
    # a fan's question typed without its "?": "is aouad s2 really coming out march 12 or is that fake"
    r"|^\W*(is|are|does|did|will|was|has)\s+(it|that|this|there|aouad|all\s+of\s+us|the|s2|season|netflix|지우학)\b"
    r"|\bor\s+(is\s+(that|it|this)\s+)?(just\s+)?(fake|real|true|cap|nah|a\s+rumou?r|a\s+fan\s+edit)\b"
    # more questions typed without "?": "anyone know if …", "wondering if …", "when is aouad s2 coming out …", "wait so …",
    # a plea ("pls tell me aouad s2 is march 19"), Korean's "… 맞나요", "… 인가요"
    r"|\b(anyone|anybody|someone|somebody)\s+(know|knows|confirm|heard)\b|\b(wondering|wonder|curious)\s+(if|whether|when)\b"
    r"|^\W*(when|where|why|how|what)\s+(is|are|does|do|did|will|was|time)\b|^\W*wait\s+(so|what|is|are|does|did)\b"
    r"|\b(pls|please|plz)\s+tell\s+me\b|맞(나요|나|냐|니|죠)(?![가-힣])|(인가요|인가|일까요|일까)(?![가-힣])"
    # Korean's "when" typed without "?": "지우학2 예고편 언제 나와요 ㅠㅠ" (not 언제든 "anytime", 언제나 "always")
    r"|언제(?!든|나(?:\s|$|[.!,~]))"
    # Korean asks with its ending, no "?" typed: "6월 11일 베일 벗나", "공개하나요", "나올까", "나왔니" (not 하나 "one",
    # 누나, 언니, 어머니, nor the verbs whose stem ends in 나: 만나요 "see you", 끝나 "it ends", 떠나, 지나)
    r"|(?<=[가-힣])(?:(?<!누)(?<!만)(?<!끝)(?<!떠)(?<!지)(?:(?<!하)나|나요)|(?<!언)(?<!머)니|까요?)(?=[\s.~…ㅠㅜ!]*$)"
    # Chinese asks with 吗 ("今天上线了吗": is it up today?), Japanese with か after its polite verb ("配信開始ですか")
    r"|[吗嗎](?![\u4e00-\u9fff])|(?:です|ます|でしょう|のです|んです)か(?![\u3040-\u30ff\u4e00-\u9fff])"
    # "예상보다 빨라", "earlier than expected": a day set, compared with the guesses
    r"|전망|예상(?!보다|과\s*달리|을\s*(깨|뒤엎))|관측|추정|듯(?=[가-힣])(?!하다|합니다|해요|해(?![가-힣])|함|싶)|할까|될까|가능성|검토|논의|불가피",  # 불가피: "공개 연기 불가피", a forecast  # 가능성 (a possibility), 검토/논의 (still considered)
    re.I,
)
#: A denial, a correction or a negation says the milestone did NOT happen: no claim (a wrong post
#: to every server is worse than waiting for the next report).
_DENIED = compile_later(
    r"\b(den(y|ies|ied|ial)|debunk\w*|false|fake|hoax|untrue|wrong|incorrect|inaccurate|erroneous|refute[sd]?|dismiss(es|ed)?|shoots? down|shot down|shut(s|ting)? down|baseless"
    r"|misinformation|clarif(y|ies|ied)|not|never|no longer|nothing (is |has been )?(decided|confirmed|set)"
    r"|respond(s|ed)? to"
    # a fan taking their own post back ("deleting my tweet about …", "the account I got it from made it up")
    r"|made (it|that|this|them) up|delet(e|ed|ing) (my|this|the|that) (tweet|post)s?)\b|n't\b|^\W*no\b"
    # others' words quoted as seen going round ("still seeing accounts post 'AOUAD 2 April 30' lmao"): not the poster's
    r"|\bseeing\s+(accounts?|people|ppl|folks|posts?|tweets?|some)\s+(still\s+)?(post(ing)?|say(ing)?|claim(ing)?|tweet(ing)?"
    r"|writ(e|ing)|shar(e|ing))\s*:?\s*['‘\"“]"
    r"|부인|사실무근|사실\s*아냐|아니다|아냐|아니야|않|없다|없어|미정|해명"
    # "4/9 공개 아님", "공개 아니래", "아닙니다", "아니라고 함": that release said not to be so
    r"|아님|아닙니다|아니(?:래|에요|예요|라고|라는|란|어서|었|므로|기에)"
    # "오늘 공개 안 된다", "못 나온다", "가짜래", "오보": the release said not to be so
    r"|(?<![가-힣])(안|못)\s*(된|돼|되|됨|됐|됩|한|해|함|나오|나와|나온|나옴)|가짜|거짓|오보|(?<![가-힣])구라(?=였|이었|임|래|라고)"  # ("배포 시작 안 됨": not started)
    # what was said dismissed as a tabloid rumour: "공개 연기됐다는 거 찌라시임", "…는 거 루머래", "헛소문"
    r"|(찌라시|지라시|루머|헛소문)\s*(임|이야|이래|(?:이었|였)(?:네|다|음|어|구나|잖아)?|래|일\s*뿐|에\s*불과|입니다|예요|이에요)(?![가-힣])|헛소문",
    re.I,
)
#: "won't arrive until March 26", "not until 2028": a delay, not a negation of the release.
#: Only the release's own verbs: "won't confirm the date until" is no delay.
NOT_UNTIL = (r"\b(won't|will not|not)\s+((be|come)\s+)?((arriv|premier|releas|drop|debut|land|stream|return|hit|air|out)\w*"
             r"\s+)?((on\s+)?netflix\s+)?until\b")
_NOT_UNTIL = compile_later(NOT_UNTIL, re.I)
_RUMOUR = compile_later(
    r"\brumou?r(s|ed)?\b|\bunconfirmed\b|\bspeculat|\bleak(s|ed|ers?)?\b|\binsiders?\b|\balleged(ly)?\b|\btip(ped|ster)\b"
    # Netflix silent beside the day ("leakers: aouad 2 in march. netflix: 🤐", "netflix won't confirm", "netflix declined
    # to comment"): the day is someone else's word, Netflix's own is withheld
    r"|\bnetflix(?:'s)?\s*(?::\s*|is\s+|has\s+|stays?\s+|staying\s+|remains?\s+|still\s+)?(?:🤐|🤫|😶|silent|silence|quiet|mum"
    r"|no\s+comment|(?:won'?t|will\s+not|wont|hasn'?t|has\s+not|didn'?t|did\s+not|refuses?\s+to|declined?\s+to)\s+(?:confirm|comment))"
    r"|\bsources? (say|says|claim|claims)\b"
    # someone's own unnamed sources: "confirmed by my sources", "per my sources", "my sources: …", "according to our sources"
    r"|\b(my|our)\s+(own\s+)?sources?\b|\bby\s+(some|several|multiple|two|three)?\s*(sources?|insiders?|leakers?)\b"
    # "a source tells Soompi", "sources tell us", "a source close to the production said", "Industry sources:", "word is"
    r"|\bsources?\s+(close\s+to\s+[^;…,]{1,40}?\s+)?(says?|tells?|told|said|claims?|confirm(s|ed)?|reveal(s|ed)?)\b|\bindustry\s+sources?\b"
    r"|^\W*word\s+(is|on\s+the\s+street)\b|\baccording to (a )?(source|insider)s?\b|\banonymous\b|루머|설\s(?!\s*(일축|부인|반박|해명|선\s*그))|소문|[지찌]라시"
    # Korean hearsay by name: 카더라 ("…공개라는 카더라 있음", 카더라통신: what "they say"), a 썰 told ("썰) …", "썰 풀어봄"),
    # an acquaintance's word (지인이 …, 지인피셜, "지인 말로는")
    r"|카더라|라는\s*썰(?![가-힣])|(?<![가-힣])썰(?=\s*[)\]】:：]|\s*(?:풀|있|돌|들))|(?<![가-힣])지인\s*(?:이|가|한테|피셜|왈|말로는|말에\s*따르면)"
    # Korean hearsay, someone else's word passed on: "크랭크업 했대요", "공개된대", "나온다더라", "확정이라던데"
    r"|(했|됐|한|된|난|났|온|뜬|떴|간|긴)대(요)?(?![가-힣])|[다라]더라|[다라]던데"
    # "공개래", "19일이래" (hearsay's 래); an insider's word (관계자피셜, "관계자 말로는", 업계 관계자); a press
    # exclusive only "likely" ("[단독] ... 공개 유력")
    r"|(공개|확정|개봉|방영|출시|일|정)\s*(이)?래(요)?(?![가-힣])|관계자\s*피셜|관계자\s*(말로는|말에\s*따르면)|업계\s*관계자"
    # an unnamed insider of the trade's, however the press puts it ("방송가 관계자에 따르면", "한 관계자는"); Netflix's own
    # 관계자 ("넷플릭스 관계자에 따르면") speaks for the makers
    r"|(?:방송가|방송계|방송|연예계|가요계|제작\s*업계|(?<![가-힣])한)\s*관계자"
    # ... and "likely" passed on ("공개 유력이래", "유력하대"): still only likely
    r"|유력(?:이래|이라던데|이라더라|하대|하다더라|하다던데|하다|합니다|해)?(?![가-힣])"
    # the press's "settled on" ("3월 공개 가닥", "공개 가닥…최종 조율 중"): a direction heard of, not announced
    r"|가닥(?![가-힣])|가닥\s*(을\s*)?잡"
    # heard from someone: "i heard aouad s2 is march 19", "3월 19일이라고 들었어", "19일이라고 하더라"
    # ("heard aouad s2 is june 11" said first, as fans drop the "i"; "a friend of a friend" is hearsay twice over)
    r"|\b(i|we)\s+(heard|hear)\b|\bheard\s+that\b|^\W*heard\b|\bfriend\s+of\s+a\s+friend\b|\b(someone|somebody|people)\s+(said|says|say|told\s+me|tells\s+me)\b|(라|다)고\s*(들었|들음|하더라|하던데)"
    # "hearing aouad s2 is march 12", "i'm hearing …", "take it with a grain of salt"; Korean's "나온다며" (heard, right?)
    r"|^\W*((i'?m|we'?re)\s+)?hearing\b|\bgrain\s+of\s+salt\b|(?<=[가-힣])(다며|라며|다면서|라면서)(?![가-힣])"
    # someone's word passed on: "my cousin works at netflix korea and says ...", "a friend told me", "someone at netflix"
    r"|\b(my|a|our)\s+([\w-]+\s+){0,2}?(cousin|friend|sister|brother|mom|mum|dad|aunt|uncle|mutual|co-?worker|bf|gf"
    r"|boyfriend|girlfriend|neighbou?r)s?\b[^;…]{0,60}?\b(says?|said|told|tells|swears?)\b|\bsomeone\s+(who\s+works\s+)?at\s+netflix\b"
    # fans are no source: "per fans", "fans say", "fan account claims", "a fan theory"
    r"|\bper fans\b|\bfans? (say|says|claim|claims|think|believe|insist)\b|\bfan (accounts?|theor(y|ies)|pages?)\b"
    # a random, unnamed social post's word (fix81): "says a random tiktok", "per some twitter acc", Tagalog "sabi ng isang
    # tiktok", Indonesian "kata akun tiktok" (never Netflix's own: "per netflix's tiktok", "a tiktok from netflix")
    r"|\b(says?|said|per|according\s+to|via|sabi\s+(ng|ni)|kata|dari)\s+((a|an|some|one|isang|random|akun|sebuah|ng)\s+)+"
    r"(tiktok|tt|twitter|tweet|x|ig|insta(gram)?|reddit|facebook|fb|youtube|yt|threads)\b(?![^;…]{0,30}\bnetflix\b)",
    re.I,
)
#: Someone else's word relayed: "reportedly", "report says", "according to a leaked listing", "said to",
#: 공개설 (a rumoured release), 연기설 (a rumoured delay), "확인 불가" (cannot be confirmed).
_HEDGE = compile_later(
    r"\b(reportedly|apparently|supposedly)\b|\breports? (say|says|claim|claims|suggest|suggests)\b"
    # fans' hearsay opening a post: "they say …", "people are saying …", "ppl saying …" (not Netflix's word)
    r"|^\W*(they|people|ppl|everyone|some(\s+people)?)\s*(say|are\s+saying|['’]re\s+saying|saying|keep\s+saying)\b"
    r"|^\W*(people|ppl|everyone)\s+said\b"  # (fans' word once, s2wild72; "they said …" may be Netflix's: "… and netflix kept its word")
    # (not their verdict of what is out: "everyone said the trailer lied but …", s2wild73)
    r"(?!\s+(that\s+)?(the|its|this)\s+(trailer|teaser|ost|soundtrack)\s+(lied|was\s+(a\s+lie|mid|peak|fire|trash|bad|good|amazing|insane|boring)))"
    r"|,\s*(claims?|says|suggests?)\s+(an?\s+|the\s+)?(new\s+)?reports?\s*$"  # "… could arrive May 14, claims report"
    r"|\b(media|press|outlets?)\s+(reports?|reported|say|says|claims?)\b|\baccording to (a |the )?(new )?(report|leak"
    r"|leaked|listing)|\bsaid to (be|premiere|arrive|drop|debut|land|release|stream)\b|\bper (a )?report\b"
    r"|\bper (an? )?(sources?|insiders?|leakers?|reports?)\b"
    # someone's word, by who they are: "per my cousin", "according to a dubbing studio employee" (not Netflix's own word)
    r"|\b(per|according\s+to|via)\s+(an?|my|our|one|some)\s+([\w'’-]+\s+){0,3}?(cousin|friend|brother|sister|mom|dad|aunt"
    r"|uncle|contact|employee|worker|staffer|translator|intern)s?\b|(공개|개봉|방영)설|연기설(?!\s*(은|는)?\s*(일축|부인|반박|해명|선\s*그|사실무근|사실\s*(?:아님|아냐|아니\S*)|루머))|확인\s*(불가|안\s*돼|되지\s*않)"
    r"|전해(졌|진다|져|지고)"  # "…것으로 전해졌다": the Korean press's "reportedly"
    # "…것으로 알려졌다" (reportedly, too), 확실시 (seen as certain), 잠정 확정 (tentatively set), 내부 확정 (set inside)
    r"|것으?로\s*알려(졌|진다|져|지고)|확실시|"
    # how it looks, not vouched for: "…공개할 듯", "공개될 듯하다", "…것으로 보인다", "appears to", "seems set to" (a rumour,
    # its day kept; 전망, "could", "expected" forecast what may be, and claim nothing)
    r"듯(\s*(하다|합니다|해요|해|함|싶다|싶어|싶네|요))?(?![가-힣])|것으?로\s*보(인다|입니다|여|이며|였다)|\b(appears?|seems?)\s+(set\s+)?to\b|잠정\s*(확정|결정)|내부\s*(확정|결정)"
    # an exclusive's plan, not a day set: "[단독] … 5월 공개 목표", "EXCLUSIVE: Netflix aiming for a May release" (the outlet's
    # own sources on what is hoped for; a plain "내년 상반기 공개 목표" relays the makers' stated aim)
    r"|([\[【(]\s*단독\s*[\]】)]|\bexclusive\b)[^;…]*?((공개|개봉|방영|출시|스트리밍)\s*(를|을)?\s*목표|\b(aim(s|ed|ing)?\s+(for|at)|target(s|ed|ing)?)\b)"
    r"|\b(believed|understood|thought|rumou?red|tipped)\s+to\s+(be\s+)?\w+"  # "believed to premiere March 19"
    # hearsay said after the day: "…, eso dicen en reddit", "así dicen", "é o que dizem", "dizem por aí", "or so they say" (s2wild59)
    r"|\b(eso|as[ií]|es\s+lo\s+que)\s+dicen\b|\b(é\s+o\s+que\s+)dizem\b|\bdizem\s+por\s+a[ií]\b|\b(or\s+)?so\s+(they|people|ppl)\s+say\b"
    r"|\bc['’]est\s+ce\s+qu['’]on\s+dit\b"
    # a fan's own hedge on the day, a rumour at most (s2wild67): "probably drops march 19", "… maybe", "… prob", "iirc",
    # "… idk", "lol if true", "hearing this from a friend", "march 19??", "tentatively March 19", "March 19 (TBC)", Korean's
    # 아마 before the day or last (not 아마존), "quizás", "talvez", Indonesian "katanya", Tagalog "daw" (not of the fan's own
    # evening or feelings: "probably watching it tonight", "아마 제일 기다린 소식", "idk how to wait")
    r"|\biirc\b|\bafaik\b|\bidk\b(?=\W*$)|\bif\s+(?:true|real|legit)\b|\b(?:heard|hearing)\s+(?:this|that|it)\s+(?:from|on|via)\b"
    r"|\bfrom\s+a\s+friend\b|(?<=\d)(?:st|nd|rd|th|일)?\s*\?|(?<![가-힣])아마도?(?=[^\w가-힣]*$)"
    r"|(?<!\bno\s)\b(maybe|prob(ably)?)\b(?=\W*$|\s+(?:(?:be|is|gonna|going\s+to|will)\s+)?(?:drop|come|coming|out\b|releas|premier|arriv|land|on\b"
    r"|in\b|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|\btentative(ly)?\b|\btbc\b"
    r"|(?<![가-힣])아마도?(?![가-힣])(?=[^.!?;…]{0,12}?(?:\d|공개|나[오온올와]|개봉|방영))|\bquiz[áa]s?\b|\btal\s*vez\b"
    r"|\bkatanya\b|\bdaw\b|\bsabi\s+(?:nila|nla|raw|daw|ng\s+iba)\b",  # (Tagalog "sabi nila": they say, s2wild84)
    re.I,
)
#: A relative's or a friend's word, in Tagalog and Indonesian ("sabi ng tita ko", "kata tante aku"): hearsay (s2wild105), where it
#: opens or closes the post (up to two words beside it); never mom's advice after the news ("… 19 Maret! kata ibu: jangan
#: begadang", "Netflix confirmed …, sabi ng tita ko it's scary"), nor "kata kak Netflix" (a brand called "sis", review69a).
_RELATIVES = (r"(?:sabi\s+(?:ng|ni)\s+(?:tita|tito|mama|mommy|nanay|papa|tatay|kuya|ate|pinsan|kaibigan|friend|barkada|lola|lolo|jowa)"
              r"|kata\s+(?:tante|om|mama|mamah|ibu|ayah|papa|kakak|kak|adik|sepupu|temen|teman|pacar|nenek|kakek))\b(?!\s+netflix\b)")
_RELATIVES_WORD = compile_later(rf"^(?:\W*[^\W\d]+){{0,2}}\W*{_RELATIVES}|\b{_RELATIVES}(?=(?:[^\S\n]+[^\W\d]+){{0,2}}[^\w:]*$)", re.I)
#: Our season said not officially dated, "but" it or its Part 1 rumoured for a day ("aouad 2 isn't officially dated yet but part 1 is
#: rumored for march 19"): that day is ours, a rumour, no denial (never another show's: "…, but squid game 3 is rumored …") (s2wild105).
_BUT_RUMOURED = (r"[,\s]*but\s+(?:(?:(?:it|part\s*(?:1|one)|the\s+first\s+part)\s*)?(?:['’]s|is)\s+)?(?:(?:heavily|widely|strongly)\s+)?"
                 r"rumou?red\b")  # (its Part 1's label may be out by then: "… but is rumored …"; no copula: "… but rumoured for …", s2wild106)
UNDATED_BUT_RUMOURED = compile_later(r"\b(?:is\s*n['’]?t|is\s+not|not)\s+(?:yet\s+)?(?:officially\s+)?dated(?:\s+yet)?(?=" + _BUT_RUMOURED + ")",
                                     re.I)
#: Said not to be confirmed YET ("not confirmed yet", "yet to be confirmed"): the claim is a rumour, no denial.
_NOT_YET = compile_later(r"\bnot\s+(?:(?:yet|officially)\s+)*confirmed\s+yet\b|\bnot\s+yet\s+(?:officially\s+)?confirmed\b"
                      # "Netflix Yet To Confirm"
                      r"|\byet\s+to\s+be\s+(?:officially\s+)?confirmed\b|\byet\s+to\s+(?:officially\s+)?confirm\b|아직\s*(?:공식\s*)?확정\s*(?:안|아니)"
                      # "Netflix hasn't said a word yet", "netflix hasn't confirmed anything yet": nothing official yet
                      r"|\b(?:has|have)\s*n[o'’]?t\s+(?:officially\s+)?(?:said|confirmed|announced)\s+(?:a\s+word|anything|it)\s+yet\b"
                      r"|\bnetflix\s+(?:has\s+)?(?:said|confirmed|announced)\s+nothing\s+yet\b", re.I)  # (s2wild93)


#: The season said not to be split in parts ("Netflix Isn't Splitting It in Two", "won't be split into two parts",
#: 분할 공개 안 한다): how it comes out, all at once, no denial of anything.
_NOT_SPLIT = compile_later(r"\b(?:is\s*n[o'’]?t|are\s*n[o'’]?t|won'?t|will\s+not|not|never)\s+(?:be(?:ing)?\s+)?(?:splitting|split"
                        r"|dividing|divided)\b(?:\s+(?:it|the\s+season|season\s*2|s2|up))?(?:\s+(?:in|into)\s+(?:two|2|parts"
                        r"|halves)(?:\s+parts)?)?|분할\s*공개\s*(?:안|않|없)\S*", re.I)


#: A delay's new day said to be unset ("공개 연기…새 공개일 미정", "delayed, new date not announced yet"): part of the delay's
#: news, no denial of it (read only beside a delay's words: "'공개일 미정'" alone still takes back what it answers).
_NEW_DAY_UNSET = compile_later(r"\bnew\s+(?:release\s+|premiere\s+)?date\s+(?:is\s+|has\s+)?(?:not|n[o'’]t|yet\s+to\s+be)\s+(?:yet\s+)?"
                            r"(?:been\s+)?(?:announced|set|confirmed|decided|revealed)(?:\s+yet)?\b|\bno\s+new\s+(?:release\s+"
                            r"|premiere\s+)?date\s+(?:yet|announced|set)\b|(?:새|향후)\s*(?:공개|방송)?\s*(?:일|일정|날짜|일자)\s*(?:은|는)?\s*"
                            r"(?:아직\s*)?(?:미정|안\s*나왔\S*|없\S*)", re.I)
#: A teaser or trailer said out ("티저 공개", "teaser drops", "tung teaser"), and the season's day said unset beside it
#: ("공개일 미정", "release date not yet announced", "Starttermin noch offen"): news of the teaser, no denial of it.
_MATERIAL_OUT = compile_later(r"티저|예고편|\bteaser\b|\btr[aá]iler\b", re.I)
_DAY_UNSET = compile_later(r"\(?\s*(?:공개|방송|개봉)\s*(?:일|일정|날짜|일자)\s*(?:은|는)?\s*(?:아직\s*)?미정\s*\)?"
                        r"|\b(?:the\s+)?(?:release|premiere)\s+date\s+(?:is\s+)?(?:still\s+)?(?:not\s+(?:yet\s+)?(?:been\s+)?(?:announced|set"
                        r"|confirmed|revealed)(?:\s+yet)?|yet\s+to\s+be\s+(?:announced|set|confirmed)|tba|tbd)\b", re.I)
_DELAY_SAID = compile_later(r"연기|미뤄|미룬|밀려|밀렸|밀림|밀린|순연|\bdelay|\bpostpon|\bpushed\s+back", re.I)


#: A fan's own "not", of their watching or feelings ("i haven't rewatched s1 yet", "i'm not ready"): no denial of the news
#: beside it ("can't wait" and "can't come soon enough" still refuse: they may stand beside another show's news).
_FANS_OWN_NOT = compile_later(
    r"\b(?:i|we|u|you)\s+(?:still\s+|really\s+|just\s+)?(?:have\s*n[o'’]?t|haven[’']?t|did\s*n[o'’]?t|didn[’']?t)\s+(?:even\s+|yet\s+)?"
    r"(?:re-?)?(?:watch(?:ed)?|seen|finish(?:ed)?|start(?:ed)?|slept|caught\s+up)\b"
    r"|\b(?:i[’']?m|i\s+am|we[’']?re)\s+(?:so\s+|still\s+|just\s+|literally\s+)?not\s+(?:ready|okay|ok|fine|sleeping|going\s+to\s+sleep)\b"
    r"|\b(?:this|it)\s*(?:is|['’]s)\s+not\s+a\s+drill\b"  # (a fan's cry of joy, s2wild60)
    # (and "no lie, …", "nope, not a drill:", "false alarm, … is still march 19": what follows is so, s2wild87)
    r"|(?:^|[\s,.!:;(])(?:no\s+lie|not\s+a\s+drill|false\s+alarm)(?:\s+(?:guys|y['’]?all|everyone|people|folks))?(?=\s*[,.!:;—–)]|\s*$)"
    # ("the trailer did NOT prepare me", s2wild72; "ep 1 did NOT disappoint", s2wild73; "i did NOT expect … today", s2wild74)
    r"|\b(?:did\s*n[o'’]?t|didn[’']?t|did\s+not)\s+(?:prepare\s+(?:me|us)|disappoint|expect)\b"
    # (and a cheer with no subject of its own closing a post after a "!": "it's official, aouad 2 march 19!! can't come soon
    # enough" longs for what the post said, s2wild73; "<title> can't come soon enough" still refuses)
    r"|(?<=[!！])\s*(?:i\s+)?can['’]?t\s+come\s+soon\s+enough\b(?=\W*$)",
    re.I)


def refuses(text: str) -> bool:
    """Whether a headline asks, guesses or denies: it announces nothing, whatever else it says."""
    said = _NOT_UNTIL.sub(" until", _NOT_YET.sub(" ", _NOT_SPLIT.sub(" ", _FANS_OWN_NOT.sub(" ", UNDATED_BUT_RUMOURED.sub(" ", text)))))
    if _DELAY_SAID.search(said):
        said = _NEW_DAY_UNSET.sub(" ", said)  # "공개 연기…새 공개일 미정": the delay, its new day still to come
    if _MATERIAL_OUT.search(said):
        said = _DAY_UNSET.sub(" ", said)  # "티저 공개 (공개일 미정)": the teaser out, the season's day still to come
    return bool(asks(text) or _DENIED.search(said))


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked again of the same one
def asks(text: str) -> bool:
    """Whether a headline asks or guesses ("?", "could", 전망), or a fan only wishes or jokes ("in my
    dreams", "copium": `not_meant`): it says nothing for sure."""
    return _QUESTION.search(text) is not None or _QUESTION.search(_OUTLET_TAIL.sub("", text)) is not None or not_meant(text)


#: An outlet's name after its headline ("…6월 공개되나 - 뉴스엔", "… | Soompi", "…공개될까 [스타뉴스]"): a question's ending
#: sits before it, so the question is read without it.
_OUTLET_TAIL = compile_later(r"\s*(?:\s[-–—|]\s+[^\s\d?!.…|\-–—][^\d?!.…|\-–—]{0,30}|\[[^\]\d]{2,20}\])\s*$")


@functools.lru_cache(maxsize=4096)  # a pure function of the text, asked again of the same one
def hedged(text: str) -> bool:
    """Whether words say it is only a rumour or someone else's word ("reportedly", "sources say",
    "allegedly", 공개설): the outlet vouches for nothing, so it is no independent report."""
    if _OFFICIAL_OUT.search(text):
        text = _KOREAN_RELAYED.sub(" ", text)  # "라인업 떴다!!! 지우학2 봄 공개래": Netflix's word passed on, no hearsay
    if _NOW_OFFICIAL.search(text):
        return bool(_NOT_YET.search(text))  # "they say … march 19, and it's official!": the hearsay borne out (s2wild75)
    return bool(_RUMOUR.search(text) or _HEDGE.search(text) or _RELATIVES_WORD.search(text) or _NOT_YET.search(text))


#: The post closing on what it said being official now ("…, and it's official!", "…. now official", "…, já é oficial!", "…, ¡y ya es oficial!"): no hearsay;
#: never asked ("… march 19. it's official?", a question by then closing on a comma: the hearsay still, review59d).
_NOW_OFFICIAL = compile_later(r"[,.!;]\s*¡?(?:and\s+|but\s+|y\s+|e\s+)?(?:(?:it|that)\s*(?:['’]?s|\s+is)\s+(?:now\s+|finally\s+)?official(?:\s+now)?"
                              r"|now\s+official|(?:mas\s+|pero\s+)?(?:já\s+é|ya\s+es)\s+oficial)[^\w?？,]*$", re.I)


#: Korean's relaying endings ("공개래", "확정됐대"): hearsay, unless the post says what it relays is out officially.
_KOREAN_RELAYED = compile_later(r"(?:공개|확정|개봉|방영|출시|일|정)\s*(?:이)?래(?:요)?(?![가-힣])|(?:했|됐|한|된|난|났|온|뜬|떴|간|긴)대(?:요)?(?![가-힣])")
#: Netflix's own lineup or notice said to be out ("넷플 2027 라인업 떴다", "공식 발표 나왔어", "넷플릭스 공지 올라옴"): what
#: the fan then passes on with 래 is its word, as reported as any outlet's (not when that too is heard: "라인업 떴다는데", "공지 떴대").
_OFFICIAL_OUT = compile_later(r"(?:라인업|공식\s*(?:발표|공지|입장)|공지)\s*(?:이|가)?\s*(?:떴|나왔|올라왔|올라옴|뜸|발표됐)(?!대|다는|다던|다더|다고|단다|던데|다네)"
                            # ... or Netflix's own staff named as the source ("넷플릭스 관계자에 따르면 … 공개래"): the makers' word
                            r"|넷플릭스\s*(?:측|관계자)\s*(?:에\s*따르면|에게\s*확인|가|는|이)(?![가-힣])")


#: A part that only says who still weighs it: "넷플릭스 내부 검토", "제작사 측 논의 중", "Netflix still weighing options".
_WEIGHED = compile_later(
    r"^\s*(?:(?:넷플릭스|제작사|제작진|방송사|측|내부|최종|막바지|현재|아직)\s*)*(?:검토|논의|협의)\s*(?:중|단계|하고\s*있어)?\s*[.!]*\s*$"
    r"|^\s*(?:netflix|the\s+streamer|the\s+studio)\s+(?:is\s+)?(?:still\s+)?(?:weighing|reviewing|considering|discussing)"
    r"(?:\s+(?:it|options|the\s+move|the\s+plan|internally))?\s*[.!]*\s*$"
    # or that it is not final yet, in a part of its own: '… 4월 공개 가닥…넷플릭스 "확정 아냐"' (no day of its own taken back)
    r"|^\s*(?:(?:넷플릭스|제작사|제작진|측|관계자)\s*)*[\"“'‘]?\s*(?:아직\s*)?(?:최종\s*)?확정\s*(?:아냐|아니야|아니다|아님)\s*[\"”'’]?[.!]*\s*$",
    re.I,
)
PART_BREAK = compile_later(rf"\s*{PART_MARK}\s*")


def without_weighing(text: str) -> tuple[str, bool]:
    """A headline without its parts that only say the decision is still weighed, and whether it had one (then what
    it says is a rumour: see the module)."""
    parts = PART_BREAK.split(text)
    kept = [part for part in parts if not _WEIGHED.match(part)]
    if len(kept) == len(parts) or not kept:
        return text, False
    return "…".join(kept), True


#: Someone's pet or an oracle, as a joke's source ("my cat", "their cousin's dog", "my tarot reader", "a magic 8 ball").
_WHOSE = r"(?:(?:their|his|her|your|our|some|a|the|my)\s+)(?:[\w'’-]+\s+){0,2}?"
_PET_OR_ORACLE = (r"(?:dog|cat|hamster|parrot|goldfish|bunny|rabbit|fortune\s+cookie|crystal\s+ball|ouija(?:\s+board)?|magic\s+8"
                  r"(?:\s+ball)?|8\s+ball|tarot(?:\s+(?:reader|cards?))?|psychic|astrologer|fortune\s+teller|horoscope)\b")


#: What says a fan does not mean a day as news: a wish, a dream, a joke.
_NOT_MEANT = compile_later(
    r"\bi\s+wish\b|\bwish(?:es|ed|ing)?\b|\bmanifest\w*|\bcopium\b|\bcoping\b|\bin\s+my\s+(?:dreams?|head|mind)\b|\ben\s+mis\s+sueños\b|\b(?:nos|em)\s+meus\s+sonhos\b|\bdans\s+mes\s+rêves\b"
    r"|\bdream(?:ing)?\s+(?:of|about|that)\b|\bi\s+(?:literally\s+|just\s+)?(?:dreamt|dreamed|had\s+a\s+dream)\b|\bdelulu\b|\bpraying\b|\bjk\b|\bj/k\b|\(\s*(?:kinda|kind\s+of|sorta|sort\s+of|not\s+really)\s*\)|(?<!no\s)(?<!not\s)(?<!n't\s)(?<!n’t\s)\b(?:just\s+)?kidding\b|\bjust\s+joking\b|제발|소원|희망\s*회로|꿈에서"
    # a joke's "source" or mark: "trust me bro", "…, trust" closing the post (s2wild86; never "in netflix we trust"), "(source: my
    # delusions)", "/s", 🤡, 뇌피셜 (one's own brain's word)
    r"|\btrust\s+me\b|(?<!\bwe\s)(?<!\bi\s)(?<!\bcan\s)(?<!\bto\s)(?<!\byou\s)(?<!\bthey\s)\btrust(?:\s+(?:bro|lol|fr|frfr|pls))?\W*$|\bsource\s*[:=-]?\s*(?:me\b|i\s+made|dreams?\b|vibes\b|my\s"
    # someone's pet or an oracle as the source: "source: their cousin's dog", "source: a fortune cookie", 출처: 내 꿈
    r"|(?:(?:their|his|her|your|our|some|a|the|my)\s+)(?:[\w'’-]+\s+){0,2}?(?:dog|cat|hamster|parrot|goldfish|fortune"
    r"\s+cookie|crystal\s+ball|ouija|magic\s+8|tarot|horoscope|imagination|sleep|gut)\b)|출처\s*[:=]?\s*(?:내|나|꿈|뇌|느낌)"
    r"|\bdelusions?\b|\bvibes\s+only\b"
    # a plea to Netflix ("pls netflix release aouad 2 on march 19", "netflix please drop it march 19"): a wish (s2wild86)
    r"|\b(?:pl[sz]+|please+|pretty\s+please)\s+@?(?:netflix|nf)\s+(?:just\s+)?(?:release|drop|put\s+out|give\s+us)\b"
    r"|\b@?(?:netflix|nf)\s+(?:pl[sz]+|please+)\s+(?:just\s+)?(?:release|drop|put\s+out|give\s+us)\b"
    # a wish said by what it would do: "a teaser would be perfect", "… would make my week", "i'd die for a trailer" (s2wild64)
    r"|\bwould\s+be\s+(?:so\s+|just\s+|absolutely\s+)?(?:perfect|nice|great|amazing|ideal|lovely|cool|a\s+dream|iconic|the\s+dream)\b"
    r"|\bwould\s+(?:make|save)\s+my\s+(?:day|week|month|year|life)\b|\bi['’]?d\s+(?:kill|die|sell\s+my\s+soul)\s+for\b"
    # old news remembered, not told: "throwback to when netflix said … may 7", "remember when …", "#tbt"
    r"|\bthrowback\b|#?\btbt\b|\bremember\s+when\b|\bback\s+when\b"
    # a post quoted as having "aged like milk" or "aged badly": old words proven wrong, no news (s2wild59)
    r"|\baged\s+(?:like\s+milk|so\s+badly|badly|poorly|terribly|horribly)\b"
    # "a year ago netflix said …", "on this day last year": a year-old word is no news now
    r"|\b(?:a|one|1)\s+years?\s+ago\b|\bon\s+this\s+day\s+last\s+year\b"
    # a guessing game or a bet: "guess the aouad 2 release date! … mine: april 9", "my guess is march", "place your bets"
    r"|\bguess(?:ing)?\s+(?:the\s+|what\s+|when\s+)?(?:[\w'’-]+\s+){0,4}?(?:release\s+)?(?:date|day|month)\b"
    r"|\b(?:my|our|your|closest|best|wild)\s+(?:guess|bet|prediction)(?:es|s)?\b|\bplace\s+(?:your|ur)\s+bets\b"
    # one's own hunch: "my gut says feb 26", "gut feeling: march", "i think feb 26" (left52)
    r"|\b(?:my|our)\s+(?:gut|instincts?|intuition)\s+(?:says?|said|tells?\s+me|is\s+saying)\b|\bgut\s+feeling\b"
    r"|\bi\s+(?:(?:really|honestly|personally|still)\s+)?(?:think|bet|reckon)\b"
    # ... abroad: "que es mi apuesta", "meu palpite", "mon pronostic", "la mia previsione", "meine Vermutung", "tebakan aku" (s2wild56)
    r"|\b(?:mi|minha|meu|mon|ma|mia|mio|meine?)\s+(?:apuesta|predicci[oó]n|pron[oó]stico|aposta|palpite|previs[aã]o|pari|pronostic"
    r"|pr[ée]diction|scommessa|previsione|pronostico|tipp|vermutung|sch[äa]tzung)\b|\btebakan\s+(?:aku|gue|gw|saya|ku)\b"
    r"|\bi'?m\s+(?:guessing|betting|calling\s+it)\b|(?:^|[\s!.,])mine\s*[:=]"
    # "trust me" and one's own hunch abroad: créanme, confia, percaya sama aku, croyez-moi, glaubt mir, fidatevi, 相信我, 我猜,
    # 私の予想, 내 촉 (s2wild57: a bet typed as a fact, "Estamos muertos 2 sale el 29 de enero, créanme")
    r"|\b(?:cr[ée](?:e|an|ed)me|conf[ií][ae](?:n|d)?\s+en\s+m[ií]|confi(?:a|em)\s+em\s+mim|confia(?=\s*(?:$|[^\w\s]))|acredit(?:a|em)\s+em\s+mim"
    r"|croyez[- ]moi|crois[- ]moi|faites[- ]moi\s+confiance|glaub(?:t|en\s+sie)\s+mir|vertrau(?:t|en\s+sie)\s+mir|fidatevi|fidati\s+di\s+me"
    r"|credetemi|percaya(?:lah)?\s+(?:deh\s+|aja\s+|dong\s+)?(?:sama|ama|pada|sm)\s+(?:aku|gue|gw|saya|ku)|maniwala\s+kayo)\b"
    # (a closing "…, percaya deh", Spanish "confíen en mí", Tagalog "tiwala lang", Vietnamese "tin mình đi", a bet as well, s2wild87)
    r"|\bpercaya(?:lah)?\s+(?:deh|aja|dong)\W*$|\btiwala\s+lang\b|\btin\s+(?:mình|tôi|tui|tao|em|anh)\s+(?:đi|nha|nhé)\b"
    # (Korean "믿어봐", "날 믿어", Japanese "信じて" closing the post, Thai "เชื่อเรา", Chinese 信我, s2wild87)
    r"|(?<!못)(?<!못\s)(?:날|나를|나만)?\s*믿어\s*(?:봐|봐요|줘|라)?(?=\W*$)|信じて(?:ください|くれ)?(?=\W*$)|เชื่อ(?:เรา|ฉัน|ผม|กู|เค้า)|(?<!微)信我"  # (never 微信我, "message me on WeChat", s2wild90)
    # (never "못 믿어", a fan who can't believe it: review63d; "믿어봐" opening the post too, a Thai wish ขอให้/อยากให้ opening it, s2wild91)
    r"|^\W*(?:날|나를|나만)?\s*믿어\s*(?:봐|봐요|줘|라)(?=[\s,.!~])|^\W*(?:ขอให้|อยากให้)"
    r"|相信我|我猜|我賭|我赌|我觉得|我覺得|我感觉|我感覺|我估计|我估計|\b(?:tui|tôi|mình|em|tao)\s+đoán\b|(?:私|僕|俺|わたし|自分)の(?:予想|勘|願望)|(?:내|제|나의)\s*(?:촉|예상|예측|뇌피셜)|촉이\s*(?:그럼|와|옴|그래)"
    # a plea for what should come next: "aouad 2 trailer next please netflix" (never "trailer next friday")
    r"|\b(?:trailers?|teasers?|posters?|(?:release\s+)?date)\s+next\s*(?:pls|please|plz|netflix|🙏|!|$)"
    r"|(?:^|\s)/s\b|🤡|뇌피셜"
    # sarcasm on "not a rumour" ("june 4, totally not a rumour lol") and a fan's own hunch as the source (Indonesian "kata
    # feeling aku", "firasat gue"): the fan's day, not news (s2wild40)
    r"|\btotally\s+not\s+(?:a\s+|just\s+a\s+)?(?:rumou?r|hoax|fake|made\s+up)\b"
    r"|\bnot\s+(?:a\s+)?(?:rumou?r|hoax|fake)\s*[,.!]*\s*(?:lol|lmao|😉|😏|🤫|🤭|😜|\(?wink\)?)"
    r"|\bkata\s+(?:feeling|perasaan|hati|firasat)\b|\b(?:feeling|firasat|perasaan)\s+(?:aku|gue|gw|saya|ku)\b"
    # a fans' demand, not news: an ultimatum ("… ON MARCH 5 OR I'M CANCELLING", "or i riot"), "we demand it", "give us",
    # Korean 내놔, Spanish queremos / exigimos; Netflix told what to do at the start ("NETFLIX RELEASE AOUAD 2 ON MARCH 5")
    r"|\bor\s+(?:(?:i|we)(?:\s*['’]?\s*(?:m|ll)|\s+(?:am|are|will|shall))?\s+(?:(?:be|start|going\s+to|gonna)\s+)?"
    r"(?:riot\w*|cancel\w*|unsubscrib\w*|boycott\w*|quit\w*|scream\w*|lose\s+it|protest\w*|die|leave|storm\w*)|else|riot)\b"
    r"|\b(?:we|i)\s+(?:(?:all|still|just)\s+)?demand\b"
    # fans' demand told of ("fans demand a march 5 release", "fans are begging for may 7"): their day, not Netflix's (a "fan
    # campaign", a noun, is no verb)
    r"|\bfans\s+(?:are\s+|have\s+been\s+)?(?:demand(?:s|ed|ing)?|beg(?:s|ged|ging)?|petition(?:s|ed|ing)?|campaign(?:s|ed|ing)?"
    r"|plead(?:s|ed|ing)?|(?:call|ask)(?:s|ed|ing)?\s+for)\b"
    # "give us" said by the fan, not told of Netflix ahead ("they'll give us aouad s2 on may 7", "will give us")
    r"|(?<!'ll )(?<!’ll )(?<!\bwill )(?<!\bto )(?<!\bgonna )(?<!\bwould )(?<!\bfinally )\bgive\s+(?:us|me)\b|내놔|내놓아라|내놓으?라|\b(?:queremos|exigimos)\b"
    r"|^\W*(?:@?netflix\w*|nf)\s*[,:!]?\s+(?:pls\s+|please\s+|just\s+)?(?:release|drop|announce|put\s+out|(?:give|show)\s+(?:us|me))\b(?!\s+(?:date|dates"
    r"|schedule|time|slate|line-?up)\b)"
    # a condition or a make-believe: "if it doesn't drop by March 19 i'm rioting", "what if", "imagine", 나오면
    r"|^\W*(?:what\s+)?if\b|\bwhat\s+if\b|\bimagine\b|\bhypothetic\w*|\bsuppos(?:e|ing)\b|\bpretend\w*"
    r"|\bif\s+(?:[^\s,;…]+\s+){0,8}?(?:does\s*n[o']?t|do\s*n[o']?t|is\s*n[o']?t|wo\s*n't|won't|never|came|dropped|were|was)\b"
    r"|(?:나오|공개되|공개하|개봉하|뜨)면(?![가-힣])|(?:나온|된|한)다면(?![가-힣])"
    r"|^\W*(?:如果|要是|假如|假设|假設|万一|萬一)"  # ("如果僵尸校园2是3月19日": if it were, review69a)
    # a Korean wish: "예고편도 같이 왔으면" (if only it came too), "나왔으면 좋겠다"; a Japanese one: "5月28日配信だったらいいな"
    r"|(?:왔|나왔|떴|됐|했)으면(?:\s*좋겠\S*)?(?![가-힣])|(?:だったら|だと|なら|たら|れば)\s*(?:いい|良い)(?:な|のに)|ますように"
    # someone else's day scoffed at, the poster giving none: "my cousin swears … April 16, where is he getting this", "… and
    # everyone believed it", "ni idea de dónde lo sacó", "entah dari mana", "어디서 들은 건지"
    r"|\bwhere\s+(?:is|are|did|does|do)\s+(?:he|she|they|people|u|you|that)\s+(?:getting|get|got)\s+(?:this|that|it)\b"
    r"|\b(?:every(?:one|body)|people|y['’]?all)\s+believed\s+(?:it|this|that)\b|\bde\s+d[oó]nde\s+(?:lo|la)\s+sac\w*|\bde\s+onde"
    r"\s+(?:tirou|tiraram)\b|\bentah\s+dari\s+mana\b|어디서\s*(?:들은|나온|본)\s*(?:건지|거지|거야|건데)",
    re.I,
)


#: A pet or an oracle said to have spoken: "confirmed by my cat", "according to my magic 8 ball", "per my tarot reader", "my
#: dog barked twice so …" (never "watching it with my cat").
_ORACLE_SAID = compile_later(
    rf"\b(?:by|to|per|from)\s+{_WHOSE}{_PET_OR_ORACLE}|{_WHOSE}{_PET_OR_ORACLE}(?:\s+[\w'’-]+){{0,2}}?\s+(?:says?|said|predict"
    r"\w*|confirm\w*|barked|meowed|knocked|chose|picked|told|thinks?|pulled|showed)\b", re.I)
#: ... beside Netflix's own word, which the joke only decorates: "(ok netflix confirmed it too)".
_NETFLIX_SAID = compile_later(r"\bnetflix\s+(?:(?:also|actually|really|just|officially)\s+)?(?:confirmed|announced|said|says|posted"
                           r"|confirms|announces)\b(?!\s+(?:nothing|anything|no\b|not\b))", re.I)  # not "netflix confirmed nothing"


#: Our season said to have no day yet ("Estamos Muertos 2 aún sin fecha", "aouad 2? no date yet", "wala pang date"), at most three words
#: after its name and no number between (not "part 1 march 19, part 2 no date yet"): a day in the post is another's (fix104).
OURS_UNDATED = compile_later(
    rf"(?:{SEASON_TWO_NAME})[\W_]*(?:(?!part|parte|parti|vol|batch)[^\W\d_]+[\W_]+){{0,3}}?(?:no\s+(?:release\s+)?date|not\s+(?:yet\s+)?"
    r"(?:officially\s+)?dated|undated|sin\s+fecha|sem\s+data|belum\s+ada\s+tanggal|wala\s+pang\s+(?:date|petsa|araw)"
    r"|chưa\s+có\s+ngày|ยังไม่มีกำหนด|미정|未定|还没定档|未定档)", re.I)


#: Season 1 named ("s1", "season one", "the first season"), for the readers that set its news apart from season 2's.
SEASON_ONE = r"(?:s1|season\s*(?:1|one)|first\s+season)"
#: What says the season is still awaited, whatever else is out: "… is out now on disney+, perfect while we wait for
#: aouad 2", "can't wait for s2" (its release is none of what the post says is out).
STILL_AWAITED = compile_later(r"\b(?:while|as)\s+(?:we|i|you|u)\s+(?:(?:still|all)\s+)?(?:wait|are\s+waiting|'re\s+waiting)\b"
                           r"|\bwaiting\s+(?:for|on)\b|\bstill\s+(?:no|waiting)\b"
                           r"|\bcan[’']?t\s+(?:wait|come\s+(?:soon|fast|quick)\s+enough)\b"
                           # season 1 charting again before it: "season 1 is back at #1 … ahead of season 2" (s2wild64)
                           r"|\b" + SEASON_ONE + r"\s+(?:is\s+|has\s+)?(?:back|again|still|re-?enter\w*|return\w*|climb\w*)\b"
                           # ... or its charts of old: "season 1 topped Netflix's global Top 10 in 2022, now AOUAD 2" (s2wild65)
                           r"|\b" + SEASON_ONE + r"\s+(?:(?:was|became)\s+(?:the\s+)?(?:#\s*1|no\.?\s*1|number\s+one|top)|topped|ruled|led|debuted|hit|reached"
                           r"|spent)\b"
                           # ... or charting now, season 2 only named beside it: "aouad s1 #1 in 🇧🇷🇵🇭🇰🇷 again lol s2 when" (review58d)
                           r"|\b" + SEASON_ONE + r"\s+(?:is\s+)?(?:now\s+|still\s+)?(?:the\s+)?(?:#\s*1|no\.?\s*1|number\s+one)\b"
                           # (or "before" it: "aouad s1 is #1 in 🇧🇷🇵🇭🇰🇷 again before s2!!", review58d)
                           r"|\b(?:ahead\s+of|before)\s+(?:the\s+|its\s+)?(?:season\s*2|s2|aouad\s*2)\b"
                           # the season itself still some time off: "AOUAD 2 is still two weeks away", "aouad s2 is 9 days away"
                           # (s2wild65: what is "now streaming" beside it is another show; never a later part's, "Part 1 is out, Part
                           # 2 is three weeks away")
                           r"|\b(?:season\s*2|s2|aouad\s*2|dead['’\"”]?\s*2)['’\"”]?\s+(?:is\s+|['’]s\s+)?(?:still\s+)?(?:only\s+|just\s+)?"
                           r"(?:a|an|one|two|three|four|five|six|a\s+few|a\s+couple(?:\s+of)?|\d+)\s+(?:more\s+)?(?:days?|weeks?|months?"
                           r"|hours?|sleeps)\s+(?:away|to\s+go)\b", re.I)
#: Material not of season 2: season 1's ("rewatched the aouad s1 trailer") or none yet ("still no s2 trailer",
#: "no trailer yet", "where is the trailer"), taken out before a trailer or teaser is read as out.
_NOT_ITS_MATERIAL = compile_later(
    r"\b" + SEASON_ONE + r"(?:['’]s)?\s+(?:official\s+|main\s+|final\s+)?(?:trailer|teaser)s?\b"
    r"|\b(?:still\s+no|no|without\s+(?:a|the|any)|where(?:['’]s|\s+is)\s+(?:the|my|our))\s+(?:(?:aouad\s*)?(?:s2|season\s*2)\s+|new\s+"
    r"|official\s+|main\s+)*(?:trailer|teaser)s?\b"
    # one waited for ("a week waiting for the trailer", "esperando el tráiler", "aspettando il trailer", "warte auf den Trailer")
    r"|\b(?:waiting\s+(?:for|on)|esperando|aguardando|aspettando|attendant|warte[nt]?\s+auf)\s+(?:(?:the|an?|el|o|um|un|il|le|den"
    r"|einen)\s+)?(?:(?:aouad\s*)?(?:s2|season\s*2)\s+|aouad\s*2\s+|new\s+|official\s+|main\s+)*(?:tr[aá]iler|teaser)s?\b", re.I)


def other_material_only(text: str, material: Pattern) -> bool:
    """Whether every trailer or teaser a headline names is season 1's or one it says is not out (`_NOT_ITS_MATERIAL`)."""
    return material.search(_NOT_ITS_MATERIAL.sub(" ", text)) is None


#: A hope opening a post and running on, unbroken, into what follows ("i hope kingdom 3 wed, aouad 2 fri", "hoping kingdom 3
#: premieres wednesday, aouad 2 friday"): every day said in it is hoped for (never "… because", nor one sentence then another).
_HOPE_OPENS = compile_later(r"^\W*(?:(?:i|we)\s+)?(?:(?:really|just|so|still)\s+)?(?:hope|hoping|pray|praying|wish|wishing)\b"
                            r"(?:(?!\b(?:because|cause|cuz|coz|bc|since)\b)[^.!?;…])*$", re.I)


def hope_opens(lead: str) -> bool:
    """Whether the words before something in a post are a hope said of it (`_HOPE_OPENS`)."""
    return _HOPE_OPENS.match(lead) is not None


#: The day only hoped to hold, closing the post: "…, hopefully", "… fingers crossed", "…, sana nga", "semoga beneran" (s2wild82), or
#: the wish word alone ("…, semoga", "…, sana 🙏", "…, ojalá", "…, tomara", s2wild83) or with its "so"/"true" ("…, semoga aja",
#: "…, ojalá sea cierto", "…, mong là vậy", its "mong là" an "i wish" by then, s2wild84); or opening it ("hopefully aouad 2 march 19"; abroad, before our name: "mong aouad 2 ra ngày 19/3").
_HOPE_CLOSING = compile_later(
    r"(?:^|[,.!…—–-]|\s)\s*(?:hopefully|fingers\s+crossed|(?:sana|i\s+wish)(?:\s+(?:nga|totoo|vậy|thế|thật|aja|saja|que\s+s[ií]m?))?|semoga(?:\s+(?:beneran|bener|benar|aja|saja|ya))?"
    r"|ojal[aá](?:\s+(?:que\s+s[ií]|sea\s+(?:as[ií]|verdad|cierto)|as[ií]\s+sea))?|oxal[aá]|tomara(?:\s+que\s+sim)?"
    r"|(?:i\s+)?(?:really\s+)?hope\s+(?:so|(?:it|that)\s*(?:['’]?s|\s+is)\s+(?:true|real|legit)))\W*$"
    r"|^\W*hopefully\b|^\W*(?:semoga|ojal[aá](?:\s+que)?|oxal[aá]|mong|hy\s+vọng)\s+(?:" + EN_SHOW_NAME + ")", re.I)
#: ... never beside the day told as official ("it's official: aouad 2 march 19, sana", "netflix confirmed …, fingers crossed"):
#: a hope it goes well, the day told (s2wild83).
_OFFICIAL_WORD = r"(?:official(?:ly)?|confirmed|resmi|oficial(?:mente)?|opisyal|chính\s+thức)\b"
TOLD_OFFICIAL = compile_later(r"\b" + _OFFICIAL_WORD, re.I)
#: The day itself to be confirmed, by its pronoun (Spanish and Portuguese "lo confirmen", "que o confirmem", s2wild85).
_IT_CONFIRMED = r"(?:que\s+)?(?:lo|la|o|a)\s+confirm(?:e|en|em|am|an)\b"
#: An official word, or the day to be confirmed, in a hope's clause: what is hoped is the day made official (s2wild85).
OFFICIAL_HOPED_FOR = compile_later(r"\b(?:" + _OFFICIAL_WORD + "|" + _IT_CONFIRMED + ")", re.I)
#: ... nor hoped to become official ("…, hopefully official soon", "…, sana official na", "ojalá sea oficial": the day a fan's).
#: ... or hoped to be confirmed ("…, fingers crossed it's official soon", "ojalá lo confirmen pronto", s2wild85).
_HOPED_OFFICIAL = compile_later(r"\b(?:hopefully|hope|sana|i\s+wish|semoga|ojal[aá]|oxal[aá]|tomara|fingers\s+crossed)\W+(?:(?:it|that)(?:['’]?s|\s+is|\s+gets)\s+"
                                r"|(?:que\s+)?(?:sea|seja)\s+|(?:gets\s+)?)(?:officially\s+)?(?:" + _OFFICIAL_WORD
                                + "|" + _IT_CONFIRMED + ")", re.I)


def not_meant(text: str) -> bool:
    """Whether a fan's words are a wish, a joke or a dream rather than news of a day (see the module)."""
    told = _NETFLIX_SAID.search(text) is not None or TOLD_OFFICIAL.search(text) is not None
    if (closing := _HOPE_CLOSING.search(text)) is not None and told and closing.start() > 0:
        text = text[:closing.start()]  # ("oficial: …, ojalá" by then "…, i wish": a hope it goes well, the day told, s2wild84)
    return _NOT_MEANT.search(text) is not None or (_ORACLE_SAID.search(text) is not None and not _NETFLIX_SAID.search(text)) \
        or (_HOPE_CLOSING.search(text) is not None and not told) or _HOPED_OFFICIAL.search(text) is not None


#: A fan's own guess said after Netflix's window ("netflix says Q1 for aouad 2, my gut says feb 26", "aouad 2: netflix says
#: first half of 2027, i'm betting on march 5", "넷플릭스는 지우학2 1분기라는데 내 뇌피셜로는 2월 26일"): the window is read as
#: Netflix's word about our season, the guess never (`netflix_word_beside_guess`; another show's window is left as it is).
_SAID_WINDOW = (r"(?:q[1-4]|h[12]|(?:spring|summer|fall|autumn|winter))(?:\s+20\d\d)?|(?:the\s+)?(?:first|second)\s+half"
                r"(?:\s+of\s+(?:the\s+year|20\d\d))?|(?:early|late|mid)[- ]20\d\d")
_OUR_SEASON = rf"(?:{EN_SHOW_NAME})\s*(?:s(?:eason)?\s*)?2\b"
_OWN_GUESS = compile_later(
    r"(?:\s*[,.;]+\s*|\s+(?=but\b))(?:(?:but|and|tho|though|honestly|ok|lol)\s+)*(?:my\s+(?:gut|guess|bet|money|heart|prediction)"
    r"|i\s+(?:think|bet|feel|guess|say|reckon)\b|i'?m\s+(?:betting|guessing|calling\s+it)\b|personally\b).*$", re.I)
_NETFLIX_SAYS = compile_later(
    rf"^\W*(?:(?P<name>{_OUR_SEASON})\s*[:,]?\s*)?(?:netflix|nf)\s+(?:says|said|confirmed|is\s+saying)\s+(?P<window>{_SAID_WINDOW})"
    rf"(?:\s+for\s+(?P<for>{_OUR_SEASON}))?\W*$", re.I)
_KO_OWN_GUESS = compile_later(r"(?:이?라는데|이?라던데)\s*(?:내|제|나의|난|나는)\s*(?:뇌피셜|촉|예상|생각|느낌|예측)?.*$")
_KO_NETFLIX_SAYS = compile_later(rf"^\W*넷플릭스(?:는|가|에서는?)?\s*(?P<name>['‘「《]?(?:{KO_SHOW_NAME})\s*(?:시즌\s*)?2['’」》]?)\s*"
                                 r"(?P<window>(?:20\d\d\s*년\s*)?(?:[1-4]\s*분기|상반기|하반기))\s*$")


def netflix_word_beside_guess(text: str) -> str:
    """Netflix's window for our season when a fan's own guess follows it, as "<season> coming in <window>"; else `text`."""
    if (cut := _OWN_GUESS.search(text)) is not None and (said := _NETFLIX_SAYS.match(text[:cut.start()])) is not None:
        if bool(said["name"]) != bool(said["for"]):  # our season named once, before or after ("… for kingdom 3": not ours)
            return f"{said['name'] or said['for']} coming in {said['window']}"
    if (cut := _KO_OWN_GUESS.search(text)) is not None and (said := _KO_NETFLIX_SAYS.match(text[:cut.start()])) is not None:
        return f"{said['name']} {said['window']} 공개"
    return text


#: A delay only rumoured, said as the background of the news: "after delay rumors", "amid postponement reports".
_BACKGROUND = compile_later(
    r"[,:]?\s*\b(?:after|amid|amidst|despite|following|ending|quashing|dispelling|putting to rest)\s+(?:the\s+|recent\s+"
    r"|earlier\s+|weeks\s+of\s+)*(?:delay|postponement)\s+(?:rumou?rs?|reports?|speculation|fears?|concerns?|talk|buzz|worries)\b",
    re.I,
)


def without_background(text: str) -> str:
    """The headline without a rumoured delay said as the news's background."""
    return _BACKGROUND.sub("", text)


#: A day said NOT to be a rumour, a hoax or a fake (s2wild39): the word that would take it back is negated, so the day stands,
#: confirmed ("No, May 28 is NOT a rumour — Netflix confirmed it", Indonesian "Bukan hoaks!", Korean "5월 28일 공개 루머 아니고
#: 공식", "카더라 아님", Japanese "「5月28日配信」はデマではありません", Chinese "网传…5月28日上线消息属实": what was said online is true).
#: Only as a statement: "not a rumour, just my guess" ("루머 아니고 그냥 내 추측", "bukan hoaks, cuma tebakan") is a fan's guess,
#: a question ("消息是否属实？") asks, and what is NOT true ("消息不属实") is a denial: none of them makes the day official.
_GUESS_AFTER_KO = r"(?!\s*[,.]?\s*(?:(?:그냥|걍|제|내|나의|순전히)\s*)*(?:추측|예상|생각|뇌피셜|희망|바람|느낌))"
_GUESS_AFTER_JA = r"(?!\s*[、,]?\s*(?:(?:ただの|私の|俺の|僕の|個人的な)\s*)*(?:予想|推測|妄想|願望|憶測))"
_SAID_TRUE = RewriteTable(
    # (the "No," answering whoever called it one: no denial of the day)
    (compile_later(r"^\W*no\s*[,.!]+\s*(?=[^.!?]*\bnot\s+(?:a\s+|just\s+a\s+)?(?:rumou?r|hoax|fake)\b)", re.I), ""),
    (compile_later(r"(?<!totally )\b(?:is\s+|it'?s\s+|that'?s\s+)?not\s+(?:a\s+|just\s+a\s+)?(?:rumou?r|hoax|fake(?!\s+news))(?!\s*[,;]?\s*(?:it'?s|but|just)\b)"
                   r"(?![\s,.!]*(?:lol|lmao|😉|😏|🤫|🤭|😜|\(?wink))"  # a wink: sarcasm (`_NOT_MEANT`)
                   r"|\bbukan\s+(?:hoaks|hoax|gosip|rumor|khabar\s+angin)\b(?!\s*[,;]?\s*(?:cuma|hanya|sekadar|tapi|cuman)\b)", re.I),
     " confirmed "),
    # the rumour said true, or NOT fake after all (s2wild55: "the delay rumor was true", "it wasn't fake", "não era fake",
    # "연기설 사실이었네", "推迟到4月16日是真的"): confirmed, never hearsay (a question is still one: "was the rumor true?")
    (compile_later(r"(?<!\bif\s)(?<!\bif\sthe\s)(?<!\bwhether\s)(?<!\bwhether\sthe\s)\brumou?rs?\s+(?:was|were|is|are)\s+(?:actually\s+|really\s+)?(?:true|real|right|legit|confirmed)\b(?!\s*[?？])"
                   r"|\b(?:it\s+|that\s+)?(?:wasn[’']?t|was\s+not|isn[’']?t)\s+(?:a\s+)?(?:fake|joke|hoax|rumou?r)\b(?![\s,.!]*(?:lol|lmao|😉|😏|🤭|😜))"
                   r"|\bn[ãa]o\s+era\s+(?:fake|mentira|boato)\b|\bno\s+era\s+(?:fake|mentira|rumor|bulo)\b", re.I), " confirmed "),
    (compile_later(r"설\s*(?:이|은|는)?\s*사실(?:이었|이네|로\s*(?:드러|확인))[가-힣]*"), " 확정 "),
    (compile_later(r"(?<![不没沒])是真的(?!\s*[吗嗎吧?？])"), " 确定 "),
    (compile_later(r"(?:은|는|이|가)?\s*(?:루머|찌라시|가짜\s*뉴스|카더라|썰)\s*(?:이|가)?\s*(?:아니고|아니라|아님|아닙니다|아니에요|아니야|아녜요)"
                   # (never "아님 말고", if not then whatever: a hedge)
                   + _GUESS_AFTER_KO + r"(?!\s*말고)(?!\s*[?？])"), " 확정 "),
    (compile_later(r"[」』]?\s*[はが]?\s*(?:デマ|噂|うわさ)\s*(?:では|じゃ)\s*(?:ありません|ない|なく)(?:です)?(?:て)?" + _GUESS_AFTER_JA
                   + r"(?!\s*[?？])"), " 確定 "),
    (compile_later(r"(?:的)?(?:消息|传闻|傳聞|传言|說法|说法)?\s*(?:并|並)?(?:不属实|不屬實)"), " 辟谣 "),  # said NOT true: debunked
    (compile_later(r"^\s*(?:网传|網傳)(?=.*(?<![不未非否])(?:属实|屬實)(?!\s*[吗嗎吧?？]))"), ""),
    (compile_later(r"(?:的)?(?:消息|传闻|傳聞|传言|說法|说法)?\s*(?<![不未非否])(?:属实|屬實)(?!\s*[吗嗎吧?？])"), " 确定 "),
)


def said_true(text: str) -> str:
    """`text` with a day said not to be a rumour as confirmed and one said not true as debunked (`_SAID_TRUE`); any other
    text as it is."""
    return _SAID_TRUE.rewrite(text)
