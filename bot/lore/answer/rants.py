"""A question inside a rant: what fans say around it, in English, read past.

- a plea to keep spoilers hidden ("(no spoilers past ep 5 pls)", "spoiler free:", "스포ㄴㄴ"): left out, as every
  answer hides what is past its reader's episode anyway;
- how far the asker has watched, said first ("i just finished ep 6 and im crying who bit namra",
  "im on ep 3 does hee soo's baby make it"): the question alone, never read as about that episode;
- someone of the asker's said first ("my 13 yo loves nam-ra, who plays her", "my son asked how many episodes there
  are", "my 13yo wants to read the webtoon, what's it called"): the question alone, with whom the clause names in
  place of its pronoun ("my 13 yo is scared of gwinam, does he die"), or what they did ("my son is on ep 5, who dies
  next"); never what they said, which is a claim to check ("my friend said ...");
- an aside closed with "anyway" ("my toilet broke during ep 4 lol anyway who dies in ep 4"): the question alone;
- what an episode did to the asker, said first ("ep 11 broke me, does so-ju die", "the finale had me crying, how did
  season 1 end"): the question alone, when it does not point back at that episode ("... who dies in it");
- a feeling said after the question ("who plays nayeon i hate her so much", "does hari survive im
  so scared", "what ep do they kiss ngl it was so cute"): the question alone is read;
- someone named in a cry or a sentence before it, then asked about as "he" or "she" ("rip onjo dad
  ;-; how did he die", "wya onjo's dad 😭 which ep does he get to the gym", "gwinam is so scary. is he
  dead"): the question is read with the name in
  place of the pronoun. Only a short name said first, then a separator (punctuation, an emoticon,
  an emoji), then a whole question; otherwise the text is left as typed.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.parts_named import PART
from bot.progress_said import said_first

_QUESTION = r"(?:who|whom|whose|whos|what|whats|which|wich|when|where|why|how|did|does|do|is|was|will|are|were)\b"
# "ep 11 broke me, ...", "(part 2 of) the finale had me crying. ...", "episode 5 was so sad, ...": an episode felt,
# said before the question (the mark still rules what is shown)
_EPISODE_FELT_FIRST = compile_later(
    r"^\W*(?:(?:ok(?:ay)?|so|bro|omg|ngl|lol|ugh|man)\W+)*"
    rf"(?:(?:the )?{PART} of )?(?:the )?"
    r"(?:ep(?:isode)?\.? ?\d{1,2}|e\d{1,2}|"
    r"s1 ?e\d{1,2}|finale|last (?:ep|episode)|ending)\s+(?:(?:really|literally|honestly|lowkey|actually|just|fr)\s+)*"
    r"(?:(?:broke|destroyed|wrecked|ruined|killed|hurt|had|left|got) me\b(?:\s+(?:so\s+)?(?:crying|sobbing|bawling|"
    r"in tears|shook|dead|shaking|traumati[sz]ed))?|made me (?:cry|sob|tear up)|(?:was|is) (?:so |really |literally )*"
    r"(?:sad|painful|heartbreaking|intense|brutal|crazy|insane|wild|emotional))"
    rf"(?:(?:\s*(?:lol|lmao|😭+|💀+|;-;))+[\s,.!;:~-]+|\s*[,.!;:~-]+\s*|\s+(?:and|but|so)\s+|\s+)(?=\W*{_QUESTION})",
    re.I,
)
_BACK_AT_IT = compile_later(r"\b(?:in|of|during|from) (?:it|that|this|there)\b|\bthat (?:ep|episode|scene)\b", re.I)
# "ep 5 was so sad, who dies in it": the episode felt, which "it" then points back at
_FELT_NUMBER = compile_later(r"\b(?:ep(?:isode)?\.? ?|s1 ?e|e)(\d{1,2})\b", re.I)
_IN_IT = compile_later(r"\b(in|of|during|from) (?:it|that one|this one)\b", re.I)
# "... i hate her so much", "... im crying", "... ngl i loved him"
_FEELING = compile_later(
    rf"^(?P<q>\W*{_QUESTION}.+?)\s+(?:(?:ngl|tbh|lowkey|honestly|lol|bro|omg)\s+)?"
    r"(?:i|im|i'm|i am|ive|i've)\s+(?:so\s+|really\s+|literally\s+|still\s+|lowkey\s+)*"
    r"(?:hate|hated|love|loved|miss|missed|adore|stan|cried|cry|crying|sobbed|sobbing|scared|sad|mad|angry|upset|"
    r"devastated|obsessed|can'?t stand|can'?t stop|can'?t believe|cant believe|never|will never|wont|won't)\b.*$",
    re.I,
)
# "... ngl it was so cute", "... that scene was insane", "... lol he was robbed"
_VERDICT = compile_later(
    rf"^(?P<q>\W*{_QUESTION}.+?)\s+(?:(?:ngl|tbh|lowkey|honestly|lol|lmao|bro|omg|cuz|because|bc)\s+)*"
    r"(?:it|that|this|the)(?:\s+(?:scene|part|ep|episode|moment|one|ending))?\s+(?:was|is|were)\s+"
    r"(?:so\s+|really\s+|literally\s+|lowkey\s+|kinda\s+|such\s+(?:a\s+)?)*"
    r"(?:cute|sad|good|great|amazing|insane|crazy|scary|wild|iconic|beautiful|heartbreaking|painful|funny|peak|"
    r"fire|cold|sweet|romantic|brutal|gross|terrifying|emotional|perfect|the best|the worst)\b.*$",
    re.I,
    prefilter=True,
)
# "rip onjo dad ;-;", "wya onjo's dad 😭", "justice for woojin!!": a cry that names someone
_CRY = compile_later(
    r"^\W*(?:rip|r\.i\.p\.?|wya|omg|ugh|poor|justice for|i miss|miss|my boy|my girl|my baby|protect|nooo*|not)\s+"
    r"(?P<who>(?:[\w'-]+\s+){0,2}[\w'-]+?)\s*(?:[;:,.!?~-]+[\w;:,.!?~-]*|[^\w\s'-]+)\s+"
    rf"(?P<q>{_QUESTION}.+)$",
    re.I,
)
# "gwinam is so scary. is he dead", "onjo's dad was so brave!! how did he die": said of someone, then asked
_SAID_OF = compile_later(
    r"^\W*(?P<who>(?:the )?[\w'-]+(?:\s[\w'-]+)?)\s+(?:is|was|r|are|were|looks?|seems?)\s+[^?.!;]*?"
    r"(?:[.!;~]+\s+|\s[^\w\s'-]+\s+|\s+(?=(?:who|whom|whose|what|which|when|where|why|how)\b))"
    rf"(?P<q>{_QUESTION}.+)$",
    re.I,
)
# "(no spoilers past ep 5 pls)", "spoiler free:", "no spoilers pls", "스포ㄴㄴ": asked to keep spoilers hidden, which every
# answer does anyway (at the channel's mark, or the asker's progress); no part of the question
_NO_SPOILERS = compile_later(
    r"[(\[]?\s*(?:(?:pls|please|plz)\s+)?(?:no|without|w/?o|zero|avoid(?:ing)?)\s+spoil(?:ers|er|ing|s)?"
    r"(?:\s+(?:past|after|beyond|for|from)\s+(?:(?:season 1,? )?episode \d+|ep\.? ?\d+|s\d+e\d+|e\d+|the \w+ (?:ep|episode)))?"
    r"(?:\s+(?:pls|please|plz))?\s*[)\]]?\s*[:,!.-]*"
    r"|[(\[]?\s*spoiler[- ]?free\s*[)\]]?\s*[:,!.-]*"
    # Korean: "스포ㄴㄴ" (ㄴ as typed, or the jamo NFKC makes of it), "스포 금지", "스포 없이 제발", "노스포로"
    r"|[(\[]?\s*(?:노\s*스포(?:\s*로)?|스포\s*(?:[\u3134\u1102]+|금지|없이|사절|x|no|하지\s*마\w*|말아\w*))"
    r"(?:\s*(?:제발|부탁\w*|pls|please|plz))?\s*[)\]]?\s*[:,!.-]*",
    re.I,
)
# An episode of a season after the first said first ("just finished s2e1"): what follows without an episode
# or season of its own ("who died") asks about that season, never season 1's story.
_LATER_SEASON = compile_later(r"\bs0*([2-9]|[1-9]\d) ?e ?\d", re.I)
_NAMES_WHEN = compile_later(r"\b(?:s\d+|seasons?|ep|eps|episodes?|e\d+|finale|premiere)\b|시즌|\d\s*화", re.I)
_END_MARKS = compile_later(r"[\s?!.~]+$")
# What is said of the show, an episode or oneself names no one ("this show is so good. who plays her").
_NO_ONE = compile_later(r"^(?:the |this |that )?(?:show|drama|series|episode|ep|season|ending|scene|aouad|it|this|that|i|"
                     r"im|he|she|they|we|you|u|everyone|everybody|all)\b|\b(?:show|drama|series|season|episode)\b", re.I)
# A question itself ("who is on-jo's dad and what does he do", "how tall is lomon and who does he play"):
# the router reads its clauses, and "he" in the second is the first's answer.
_ASKING = compile_later(rf"^\W*{_QUESTION}|\b(?:and|or|but)\b", re.I)
_SUBJECT = compile_later(r"\b(?:he|she|they)\b", re.I)
_OBJECT = compile_later(r"\b(?:him|them)\b|\bher\b(?=\s*(?:$|[?!.,]|\s(?:in|at|on|to|with|from|for|again|off|up|out|lol|pls)\b))",
                     re.I)
_POSSESSIVE = compile_later(r"\b(?:his|their|her)\b", re.I)


# "(only seen ep 1 pls no spoilers)", "[im on ep 4]": how far the asker is, said in brackets after the question
# (the answer is shown at their progress anyway); never a bracket that describes whom they mean
_WATCHED_ASIDE = compile_later(
    r"\s*[(\[][^()\[\]]*\b(?:seen|watched|watching|finished|on ep\w*|up to|spoil\w*|havent|haven't|only)\b"
    r"[^()\[\]]*(?:[)\]]|$)\W*$"
    # "who dies in ep 11 im on ep 10", "... just finished ep 4 btw": how far the asker is, said after the question
    r"|(?<=\w)[\s,.;:!?-]+(?:(?:btw|tho|fyi|and|but|so|lol)\s+)?(?:i'?m|i am|im|currently|rn i'?m|i just|i|just|only)\s+"
    r"(?:on|at|up to|finished|watched|seen|saw|past|through)\s+(?:ep(?:isode)?s?\.?\s*\d{1,2}|e\d{1,2}|s\d+\s*e\d{1,2})"
    r"(?:\s+(?:btw|tho|rn|lol|so far|now|pls|please|no spoilers(?: pls| please)?))*\W*$",
    re.I,
)


# "rewatching s1 while we wait for s2, when is it out again", "im rewatching it rn. who dies in ep 3": a rewatch said
# first tells no episode (the answer stays at the reader's mark); the question after it is read alone
_REWATCHING_FIRST = compile_later(
    r"^\W*(?:(?:so|ok|okay|lol|ngl)\s+)?(?:i'?m\s+|i\s+am\s+|just\s+|currently\s+|been\s+|started\s+)*"
    r"(?:re-?watching|re-?watched|binging|bingeing|binge-?watching)\s+(?:s1|season\s+(?:1|one)|the\s+first\s+season|"
    r"the\s+(?:whole\s+)?(?:show|series|thing)|it|aouad|all\s+of\s+us\s+are\s+dead)(?:\s+again)?(?:\s+(?:rn|right\s+now|now|atm|"
    r"lol|while\s+(?:we|i)\s+wait(?:\s+for\s+(?:s2|season\s+2))?|before\s+(?:s2|season\s+2)|for\s+(?:s2|season\s+2)|"
    rf"waiting\s+for\s+(?:s2|season\s+2)))*\s*[,.!;:~-]+\s*(?=\W*{_QUESTION})",
    re.I,
)


# "my 13 yo", "my little brother", "my daughter (12)": someone of the asker's
_THEIRS = (r"^\W*(?:(?:so|ok|okay|lol|ngl|hey|hi|hii+)\s+)?my\s+(?:(?:little|lil|younger|older|big|baby)\s+)?"
           r"(?:\d{1,2}\s*(?:yo|y/o|yr\s*old|yrs?\s*old|years?[\s-]*old|year-old)(?:\s+(?:kid|son|daughter|sister|brother))?"
           r"|kids?|son|daughter|sister|brother|bro|sis|cousin|niece|nephew|mom|mum|dad|pa|ma|papa|mama|parents|grandma"
           r"|grandpa|granny|aunt|auntie|uncle|child|children|students?|class"
           r"|bf|gf|boyfriend|girlfriend|wife|husband|friends?)(?:\s*\(\d{1,2}\))?\s+")
# ... asked / wants to know + the question itself ("my son asked how many episodes there are")
_THEY_ASKED = compile_later(
    _THEIRS + r"(?:asked|asks|is\s+asking|was\s+asking|keeps?\s+asking|kept\s+asking|wants\s+to\s+know|wanted\s+to\s+know"
    r"|wonders|wondered|is\s+wondering|was\s+wondering)(?:\s+me)?\s*[,:]?\s+"
    r"(?P<q>(?:who|whom|whose|what|whats|which|when|where|why|how)\b.+)$", re.I)
# ... loves X / wants to read X, then a question about them ("my 13 yo loves nam-ra, who plays her")
_THEY_LIKE = compile_later(
    _THEIRS + r"(?:(?:really|rly|just|so|also)\s+)*(?:loves|likes|liked|loved|stans|adores|hates|misses|is\s+obsessed\s+with"
    r"|is\s+in\s+love\s+with|has\s+a\s+crush\s+on|is\s+(?:so\s+)?(?:scared|afraid|terrified)\s+of|wants\s+to\s+(?:read|watch|see)|is\s+(?:reading|watching))\s+"
    r"(?P<who>(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?)\s*(?:[,.!;:~]+|\s+(?:lol|lmao|haha|and|so)|\s+(?=(?:who|what|which|how)\s))\s*"
    rf"(?P<q>{_QUESTION}.+)$", re.I)
# ... anything else said first of them, then a question of its own ("my son is on ep 5, who dies next"); never what
# they said, heard or think ("my friend said onjo dies, who bites her": a claim to check)
_THEY_DID = compile_later(
    _THEIRS + r"(?!(?:said|says|told|tells|think|thinks|thought|claims?|claimed|swears?|swore|heard|hears|read|saw|showed|"
    r"sent|spoiled|spoilt)\b)[^?.!;,]{2,60}?\s*[,.!;:~]+\s*(?P<q>(?:who|whom|whose|what|whats|which|when|where|why|how)\b.+)$",
    re.I)
# "... lol anyway who dies in ep 4": what comes before "anyway" is no part of the question
_ANYWAY = compile_later(rf"^\W*\w.{{2,}}?[\s,.;!~]+(?:anyway|anyways|anyhow|but\s+yeah|moving\s+on)\s*[,:.!]*\s+(?P<q>{_QUESTION}.+)$",
                        re.I)
_WH = compile_later(r"\W*(?:who|whom|whose|whos|what|whats|which|wich|when|where|why|how)\b", re.I)
_IT = compile_later(r"\b(?:it|it's|its)\b", re.I)


def _theirs_first(text: str) -> str:
    """The question after what is said first of someone of the asker's, or after "anyway"; `text` itself else."""
    if (asked := _THEY_ASKED.match(text)) is not None:
        return asked.group("q")
    if (liked := _THEY_LIKE.match(text)) is not None and (_WH.match(liked.group("q")) or (
            _SUBJECT.search(liked.group("q")) and not _NO_ONE.search(liked.group("who")))):
        # a yes/no about the show itself keeps who asks it ("my 12yo wants to watch it, is it ok": the rating)
        who, question = liked.group("who"), liked.group("q")
        for pronoun, said in ((_SUBJECT, who), (_OBJECT, who), (_POSSESSIVE, f"{who}'s")):
            if pronoun.search(question):
                return pronoun.sub(said, question, count=1)
        if who.casefold().startswith("the ") and _IT.search(question):  # "wants to read the webtoon, what's it called"
            return _IT.sub(lambda m: f"{who} is" if m.group(0).casefold() in ("it's", "its") else who, question, count=1)
        return question
    if (did := _THEY_DID.match(text)) is not None:
        return did.group("q")
    if (after := _ANYWAY.match(text)) is not None:
        return after.group("q")
    return text


def around_the_question(text: str) -> str:
    """`text` without the feeling said after its question, or with the name cried before it in
    place of its pronoun; `text` itself when neither is there."""
    text = _theirs_first(text)  # "my 13 yo loves nam-ra, who plays her": the question, her named
    if (rewatch := _REWATCHING_FIRST.match(text)) is not None and len(text[rewatch.end():].split()) >= 2:
        text = text[rewatch.end():]  # "rewatching s1 rn, when is s2 out": the question alone
    if ((felt := _EPISODE_FELT_FIRST.match(text)) is not None and len(text[felt.end():].split()) >= 2
            and not _BACK_AT_IT.search(text, felt.end())):
        text = text[felt.end():]  # "ep 11 broke me, does so-ju die": the question alone
    elif felt is not None and (number := _FELT_NUMBER.search(text, 0, felt.end())) and _IN_IT.search(text, felt.end()):
        text = _IN_IT.sub(rf"\1 episode {int(number.group(1))}", text[felt.end():], count=1)  # "who dies in it": in ep 5
    if (kept := _WATCHED_ASIDE.sub("", text).strip()) and kept != text.strip():
        text = kept  # "who dies in ep 2 (only seen ep 1 pls no spoilers)": the question alone
    if ("spoil" in text.casefold() or "스포" in text) and (kept := " ".join(_NO_SPOILERS.sub(" ", text).split())):
        text = kept  # "does onjo survive?? (no spoilers past ep 5 pls)": the question alone
    if (watching := said_first(text, _QUESTION)) and len(text[watching:].split()) >= 2:
        later = _LATER_SEASON.search(text[:watching])
        text = text[watching:]  # how far the asker is: theirs, never the episode asked about
        if later is not None and not _NAMES_WHEN.search(text):  # "just finished s2e1 who died": in season 2
            text = f"{_END_MARKS.sub('', text)} in season {int(later.group(1))}"
    said = _SAID_OF.match(text)
    if said is not None and _ASKING.search(text[:said.start("q")]):
        said = None
    if said is not None and _NO_ONE.search(said.group("who")):
        return said.group("q")  # "this show is so good. who plays her": said of no one, so "her" is no one named
    cry = _CRY.match(text) or said
    if cry is not None and not _NO_ONE.search(cry.group("who")):
        who, question = cry.group("who"), cry.group("q")
        if _SUBJECT.search(question):
            return _SUBJECT.sub(who, question, count=1)
        if _OBJECT.search(question):
            return _OBJECT.sub(who, question, count=1)
        if _POSSESSIVE.search(question):
            return _POSSESSIVE.sub(f"{who}'s", question, count=1)
    felt = _FEELING.match(text) or _VERDICT.match(text)
    if felt is not None and len(felt.group("q").split()) >= 3:
        return felt.group("q")
    return text
