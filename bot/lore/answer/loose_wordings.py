"""Fans' loose wordings, read as the question they ask (rewording.py calls these).

"ahn dong goo s2 confirmed?" asks whether he is in season 2; "exact episode nayeon dies?" asks which episode;
"did namra and onjo die together" asks whether each of them died, once the two share no moment the sources tell.
Without these, a word the sources never use ("confirmed", "exact", "together") left the question "I don't know".
"""

from __future__ import annotations

import dataclasses
import re

from bot.lazy_re import compile_later
from bot.lore.answer.result import Answer

# "did namra and onjo die together", "do both survive": whether each of them did (the fate of each), never an
# event the two share that the sources would have to name
_TOGETHER = compile_later(r"\s*\b(?:together|both|at the same time|with each other|side by side)\b")
# "ahn dong goo s2 confirmed?", "is kim si eun confirmed for season 2", "was lomon cast in s2": whether they are
# in season 2 (its cast), never "I don't know" for the word "confirmed"
_S2 = r"(?:season 2|s2|season two|aouad 2|the new season)"
_CAST_CONFIRMED = compile_later(
    rf"^\W*(?:so |and |but |wait )?(?:(?:is|was|has|are|were) )?(ent\d+(?: 's (?:dad|father|mom|mother|brother|sister|son|"
    rf"daughter|bro|sis|kid))?) (?:(?:been|officially|actually|really) )*"
    rf"(?:(?:confirmed|cast|casted|announced|joining|returning|coming back) (?:for|in|to) {_S2}|(?:in )?{_S2} "
    rf"(?:confirmed|cast|casted|announced)|{_S2} (?:cast )?(?:confirmed|official))\W*$")
# "exact episode nayeon dies?", "the exact ep gwinam dies": which episode (said with "exact", and no "which")
_EXACT_EPISODE = compile_later(r"^\W*(?:the\s+|what(?:'s|\s+is)?\s+(?:the\s+)?)?(?:exact|precise|specific)\s+(?:episode|ep)\s+"
                            r"(?:(?:where|when|that|in which)\s+)?(?=ent\d+\b)")
_STATE = compile_later(r"^\W*(?:is|was|are|were|does|did|do|has|have)\s+ent\d+\b.*\b(?:dead|alive|die|dies|died|"
                    r"survive[sd]?|zombie|halfbie|hambie|turn(?:s|ed)?|infected|bitten|human|make it|made it|gone)\b")

# "did the original come out in 2022", "when did the og season drop", "how long ago did the first one come out": season 1
# by another name, said before its release (once season 2 is out, never the newest season's release)
_SEASON_ONE = compile_later(
    r"\b(?:the )?(?:first one|first season|season one|og(?: one| season| series| show)?|original(?: one| season| series| show)?)"
    r"(?= (?:(?:first|originally|initially|actually|really|even) )?(?:(?:come|came) out|(?:was |got )?released?|drop(?:ped)?"
    r"|premiered?|air(?:ed)?|debut(?:ed)?|launch(?:ed)?)\b)")
# said in the past: "when does the first one drop" asks ahead (season 2's first episode or part), never season 1
_PAST = compile_later(r"\b(?:did|was|were|came|dropped|released|premiered|aired|debuted|launched|ago)\b")

# "the teacher's boy", "the science teacher's little boy": a boy of someone described is their son (the kin the
# sources name), never the teacher himself; a boy or girl of someone named ("suhyeok's girl") is left alone, as fans
# mean a sweetheart by it as often as a child
_OWNED_BOY = compile_later(r"(\bthe (?:[a-z]+ ){0,2}[a-z]+\s?(?:'s|’s)\s+)(?:(?:little|lil|baby|young|younger)\s+)?boy\b")
# "who carries the bow", "what does hari carry around": a thing carried is a thing used (a weapon), never the boy
# the archers carried
_THING = r"(?:bows?|arrows?|bats?|weapons?|guns?|knife|knives|pipes?|sticks?|axes?|flares?|phones?|bags?|laptops?|hammers?)"
_CARRIES_THING = compile_later(rf"\bcarr(?:y|ies|ied|ying)(?: around)?(?= (?:(?:a|an|the|her|his|their|that) )?{_THING}\b)")
_WHAT_CARRIED = compile_later(r"^(\W*what (?:does|did|do) +ent\d+ +)carry(?: around| with (?:her|him|them))?(\W*)$")
# "onjo's dad survive?", "hari's brother die?": a fate asked with no "does" before the kin
_BARE_KIN_FATE = compile_later(r"^(\W*)(ent\d+\s?'s\s+(?:dad|father|mom|mum|mother|brother|bro|sister|sis|son|daughter|"
                               r"kid|appa)\s+)(survive|live|make it|die)\b")

# "who is the best archer", "who was the best at archery", "quién es la mejor arquera": the sources rank no archers, but
# they name the archery club's captain, so the question is read as who the archer is (never "a matter of opinion")
_BEST_ARCHER = compile_later(r"\b(?:the |la |el |a |o )?(?:best|mejor|melhor|meilleure?|beste[rn]?) "
                             r"(?:archers?|arquer[oa]s?|arqueir[oa]s?|archère|bogenschütz\w*|at archery|with (?:a |the )?bows?)\b")
# "is namra lying about being a halfbie", "is onjo's dad lying when he says he'll come back": a doubt of someone in the story
# (never a teller's, nor a return in season 2), answered by what becomes of them, with no verdict on the lie
_LYING = r"(?:is|was)\s+(ent\d+(?:\s?'s\s+\w+)?)\s+(?:just\s+|really\s+)?(?:lying|lyin|faking|pretending)"
_LYING_ABOUT = compile_later(rf"^\W*{_LYING}\s+(?:about\s+being|being|to\s+be)\b")
# ... a state of the story ("a halfbie", "fine", "not bitten"): what becomes of them; anything else ("class president",
# "the archer's captain") is who they are
_A_STATE = compile_later(r"\s+(?:(?:a|an|not|still|really)\s+)*(?:halfbie|hambie|zombie|human|dead|alive|infected|bitten|immune|"
                         r"fine|ok|okay|sick|hurt|normal|cured|turning|turned)\b")
_LYING_WHEN = compile_later(rf"^\W*{_LYING}\s+when\s+(?:he|she|they)\s+(?:says?|said|promises?|promised|tells?|told)\b")
# "was cheolsu lying when he said no one else survived": who else lives, as told in the story, is checked by what they told
# (the helicopter crew, E8), not by their own fate; a promise ("when he says he'll come back") by what becomes of them
_EVERYONE = r"(?:no ?one|nobody|no body|every ?one|everybody|the others|the rest)"
# ... what they told, worded loosely: "no one else survived", "everyone was dead", "they were all dead"
_ALL_GONE = (rf"(?:(?:{_EVERYONE}|all)\b(?: else)?\s+(?:(?:was|is|were|are|had)\s+)?(?:being\s+)?"
             r"(?:surviv\w*|alive|dead|died|dying|left|made it|making it)\b|(?:they|we|the others)\s+(?:were|are|was)\s+all\s+(?:dead|gone)\b)")
_TOLD_WHEN = compile_later(rf"^\W*{_LYING}\s+when\s+(?:he|she|they)\s+(?:said|told)\s+(?:(?:them|us|the \w+)\s+)?(?:that\s+)?"
                           rf"(?P<said>{_ALL_GONE}.*)$")
# ... said as a lie told ("cheolsu lied about nobody surviving right?", "did cheolsu lie to the rescue team that everyone
# died") or told, then doubted ("cheolsu said they were all dead, was that a lie?")
_LIED_ABOUT = compile_later(rf"^\W*(?:did\s+)?(ent\d+)\s+(?:lied|lie|lying)\s+(?:to\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?"
                            rf"(?:about|that)\s+(?P<said>{_ALL_GONE}.*)$")
# ... or the lie to the rescue crew named alone ("did cheolsu lie to the rescue crew", "cheolsu lied to the rescuers right?")
_LIED_TO_CREW = compile_later(r"^\W*(?:did\s+)?(ent\d+)\s+(?:lied|lie|lying)\s+to\s+(?:the\s+)?(?:rescue\s+|helicopter\s+)?"
                              r"(?:crew|team|rescuers?|pilots?|soldiers|helicopter)(?:\s*,?\s*(?:right|or not|too))?\W*$")
_SAID_THEN_LIE = compile_later(rf"^\W*(ent\d+)\s+(?:said|told\s+(?:them|us|the\s+\w+(?:\s+\w+)?))\s+(?:that\s+)?(?P<said>{_ALL_GONE})"
                               r"[\s,.!-]+(?:(?:was|is)\s+(?:that|it)\s+a\s+lie|(?:was|is)\s+(?:he|she)\s+lying|did\s+(?:he|she)\s+lie)\W*$")


# "is season 1 over", "is s1 finished", "is season 1 out", "season 1 is over right?", "did season 1 end", "is season 1 finished
# airing": season 1 came out whole at its premiere, as "did all of season 1 come out" asks it (never season 2's filming, the
# webtoon's run nor the runtime a "season 1" record names; "is season 1 done filming" is not this)
_S1 = r"(?:season 1|season one|s1|the first season)"
_SEASON_ONE_OVER = compile_later(
    rf"^\W*(?:so |wait |and |ok |okay )?(?:(?:is|has) {_S1}|{_S1} (?:is|has)|{_S1}(?= over\b))(?: already| fully| completely| all)? "
    r"(?:over|finished|done|out|complete|completed|ended|all out)"
    rf"|^\W*(?:so |wait |and |ok |okay )?did {_S1} (?:already )?(?:end|finish|conclude|wrap up)")
# what may follow it: airing, yet, a tag, "or are there more episodes"
_SEASON_ONE_OVER_TAIL = compile_later(r"(?: airing| releasing| streaming)?(?: yet| now| already)?(?:,? (?:right|yeah|yes|no|then))?"
                                      r"(?:,? or (?:is|are) there (?:any )?(?:more|other) (?:episodes|eps)(?: coming)?"
                                      r"|,? or (?:is it )?still (?:airing|coming out))?\W*$")


# "who's the new villain": season 2's (season 1's villain is no new one), as "the villain in season 2" asks it
_NEW_VILLAIN = compile_later(r"\bthe new (villain|bad guy|antagonist|big bad|main villain)\b(?! in\b)")


# "why is it not on my netflix", "why isn't s2 on netflix yet": the fan cannot find it, so whether it is out yet
_NOT_ON_NETFLIX = compile_later(r"^\W*why\s+(?:is|isn'?t|is\s+not|can'?t\s+i\s+(?:find|see|watch))\s+(it|s2|season\s*2|season two|"
                                r"the new season|part\s*2)\s+(?:not\s+)?(?:showing\s+(?:up\s+)?)?(?:on|in)\s+(?:my\s+)?netflix"
                                r"(?:\s+(?:yet|app|account))?\W*$")

# "where was ground zero (of the outbreak)": where it started (never episode 0, never patient zero, a person)
_GROUND_ZERO = compile_later(r"^\W*(?:so |and |wait )?(?:where|what)(?:'s| was| is| were)? ground zero(?: (?:of|for|in) (?:the|this) (?:outbreak|virus|infection|apocalypse))?\W*$")

# "everyone dies?", "so everybody died?", "all dead?": whether everyone dies, never the one record that says "dies"
# ("every single person dies in the end right?": a "right" after it asks the same)
_BARE_EVERYONE = compile_later(r"^\W*(?:so |and |wait |but )?(?:everyone|everybody|every one|every (?:person|character)"
                               r"|all of them|they all|all) (?:dies|died|die|dead|is dead|are dead)(?: in the end| at the end)?"
                               r"(?:\W*(?:right|rite|ryt|no|lol))?\W*$")

# "do all the kids die", "does every classmate survive": the students (not-everyone-dies), never whoever a record says
# "dies" of (Byeong-chan, a teacher); "does every zombie die": all the zombies, a group as well, never one bitten by them;
# "does every one die": everyone
_EVERY_OF = compile_later(r"^\W*(?:so |and |wait |but )?(do|does|did|will) (?:every|each|all(?: of)? the|all) "
                          r"(kids?|classmates?|child|children|zombies?|(?:main )?characters?|person|people|(?:(?<=every )|(?<=each ))one)"
                          r"( (?:die|survive|live|make it)\b.*)$")
_EVERY_AS = {"kid": "students", "kids": "students", "classmate": "students", "classmates": "students", "child": "students",
             "children": "students", "zombie": "zombies", "zombies": "zombies"}  # else everyone ("every character")
# "did everyone in class 2-5 die", "did the whole class die": the class's students, as "did every student die"
_WHOLE_CLASS = compile_later(r"\b(?:(?:everyone|everybody|all(?: of)?(?: the students)?) (?:in |of |from )?(?:class )?2 ?-? ?5"
                             r"|the whole class(?: 2 ?-? ?5)?)(?= (?:die|died|dies|survive|survived|make it|made it)\b)")
# "every episode someone dies?": whether someone dies in every episode, never the one whose death is "around" one
# "does every episode have a death": the same
_EVERY_EPISODE_FIRST = compile_later(r"^\W*(?:(?:in )?(?:every|each) (?:episode|ep)(?: ,)? (?:someone|somebody|a person|people) "
                                     r"(?:dies|die|died)|(?:does|do|did) (?:every|each) (?:episode|ep) (?:have|has|had) "
                                     r"(?:a death|deaths|someone (?:die|dying))(?: in it)?)\W*$")


def loosely_said(clause: str) -> str:
    """`clause` with the loose words above said as the questions' own ("the teacher's son", "who uses the bow",
    "does ent0 's dad survive", "did season 1 come out"); the clause itself when it has none of them."""
    if "'s" in clause or "’s" in clause:
        clause = _OWNED_BOY.sub(r"\1son", clause)
        clause = _BARE_KIN_FATE.sub(r"\1does \2\3", clause)
    clause = _BEST_ARCHER.sub("the archer", clause)
    clause = clause.replace("every single ", "every ")  # "does every single student die": every student
    if (over := _SEASON_ONE_OVER.match(clause)) is not None and _SEASON_ONE_OVER_TAIL.match(clause, over.end()):
        return "did all of season 1 come out"
    if "ground zero" in clause and _GROUND_ZERO.match(clause):
        return "where did the outbreak start"
    if _BARE_EVERYONE.match(clause):
        return "does everyone die"
    if (group := _EVERY_OF.match(clause)) is not None:
        past = group.group(1) == "did"
        if group.group(2) == "one" and " each one" in clause:  # "does each one die": of whom, as "each of them"
            return f"{'did' if past else 'does'} each of them{group.group(3)}"
        if group.group(2) not in _EVERY_AS:
            return f"{'did' if past else 'does'} everyone{group.group(3)}"
        return f"{'did' if past else 'do'} all the {_EVERY_AS[group.group(2)]}{group.group(3)}"
    if "class" in clause:
        clause = _WHOLE_CLASS.sub("all the students", clause)
    if "every" in clause and _EVERY_EPISODE_FIRST.match(clause):
        return "does someone die in every episode"
    if "netflix" in clause and (missing := _NOT_ON_NETFLIX.match(clause)) is not None:
        return f"when does {'season 2' if missing.group(1) == 'it' else missing.group(1)} come out"
    if "new" in clause:
        clause = _NEW_VILLAIN.sub(r"the \1 in season 2", clause)
    if ("first" in clause or "og" in clause or "original" in clause or "one" in clause) and _PAST.search(clause):
        clause = _SEASON_ONE.sub("season 1", clause)
    if "carr" in clause:
        clause = _CARRIES_THING.sub("uses", clause)
        clause = _WHAT_CARRIED.sub(lambda m: m.group(1).replace("what", "what weapon", 1) + "use" + m.group(2), clause)
    return clause


def loosely_asked(clause: str) -> str | None:
    """`clause` as the question it asks when it is one of the loose wordings above, else None."""
    if "ent" not in clause:
        return None
    if (cast := _CAST_CONFIRMED.match(" ".join(clause.split()))) is not None:
        return f"is {cast.group(1)} in season 2"
    if ("exact" in clause or "precise" in clause or "specific" in clause) and _EXACT_EPISODE.match(clause):
        return _EXACT_EPISODE.sub("which episode ", clause)
    if ("lie" in clause or "lyin" in clause) and (told := _LIED_ABOUT.match(clause) or _SAID_THEN_LIE.match(clause)
                                                     or _LIED_TO_CREW.match(clause)) is not None:
        return _what_told(told)
    if "lyin" in clause or "faking" in clause or "pretending" in clause:
        if (told := _TOLD_WHEN.match(clause)) is not None:
            return _what_told(told)
        if (about := _LYING_ABOUT.match(clause)) is not None and not _A_STATE.match(clause, about.end()):
            return f"who is {about.group(1)}"  # "is namra lying about being class president": who she is, told
        if (lying := about or _LYING_WHEN.match(clause)) is not None:
            return f"what happens to {lying.group(1)}"  # (no "Yes." to "is she lying": her story, told)
    return None


def _what_told(told: re.Match[str]) -> str:
    """"what does ent0 tell about no one else surviving": the lie doubted (`_LIED_ABOUT`, `_TOLD_WHEN`) as what was told,
    however loosely it was worded ("everyone was dead", "they were all dead": the story's "no one else is alive")."""
    return f"what does {told.group(1)} tell about no one else surviving"


def apart(clause: str) -> str | None:
    """"did namra and onjo die together" as "did namra and onjo die", asked again only when the two share no
    moment the sources tell (then "together" got "I don't know"); so is each half of "did onjo and her dad die
    together" (asked as "did onjo die together", then "did onjo's dad die together"); None with no "together"."""
    if "ent" in clause and _STATE.match(clause) and _TOGETHER.search(clause):
        return " ".join(_TOGETHER.sub(" ", clause).split())
    return None


def told_apart(answer: Answer) -> Answer:
    """The answer to "did hari and woojin die together" asked as "did hari and woojin die": each one's "Yes." to
    dying is no "Yes." to dying together (Ha-ri lives), so the fate is told without it."""
    parts = [dataclasses.replace(p, text=p.text[5:]) if p.text.startswith("Yes. ") else p for p in answer.parts]
    return dataclasses.replace(answer, parts=parts)
