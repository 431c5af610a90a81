"""Season-1 episodes named in a text, for the spoiler lexicon (bot/lore/lexicon.py): an episode named with an
event word, a reaction, a season-1 character or a thing of one of its scenes gives that episode away ("cant
believe ep 11 did that to him", "ep 12 namra 😭", "the rat in ep 1"), and so does an episode of a later season
named with a plot word, a reaction or a season-1 character ("Ha-ri gets bitten in S2E3": lexicon_seasons)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from types import MappingProxyType

from bot.lore import name_keys
from bot.lore.chat_people import FAMILY, SIBLINGS_PLURAL, alternation
from bot.lore.lexicon_pets import OWN, PETS_OWN_FATE, aged, pets_name
from bot.lore.lexicon_reach import ending_at
from bot.lore.lexicon_seasons import (
    A_ROLE,
    AS_A_MARK,
    ASKED,
    FATE_GROUPS,
    FATE_VERB,
    IN_LATER_SEASON,
    LATER_EVENT,
    LATER_PART,
    LATER_REACTION,
    NAMED_WHOLE,
    NO_SPOILERS,
    OWN_STORY,
    RELEASE_TALK,
    SAID_IN,
    SPECULATED,
    STILL,
    WHOLE,
    WHOLE_EVENT,
    at_the_end_is_the_story,
    back_later,
    guessed,
    later_episodes,
    tells_new_event,
    whole_season,
)
from bot.lore.lexicon_subjects import Consider, Mentions
from bot.lore.lexicon_words import EPISODE_REF, NUMBER_WORDS, OTHER_BITE, OTHER_SEASON, REACTION
from bot.lore.lexicon_words import GROUPS as SCAN_GROUPS
from bot.lore.name_particles import without_particle
from bot.lore.other_works import OTHER_WORKS
from bot.show import Position
from bot.text import cjk_number

#: A Chinese episode numbered in Chinese numerals ("第十一集", "第二话"), written as digits before it is read.
_HAN_EPISODE = re.compile(r"第\s*([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*(?=[集话話])")


def han_episodes(text: str) -> str:
    """`text` with "第十一集" as "第11集", as Chinese recaps number episodes either way."""
    return _HAN_EPISODE.sub(lambda match: f"第{cjk_number(match.group(1))}", text)


#: What every episode reference holds (a cheap test before EPISODE_REF's).
_EPISODE_HINT = re.compile(r"\d|finale|episode|ending|\bend\b|\bep\b|막화|최종화|마지막\s?화", re.I)
#: The writer's own family ("my brother"), whose word is no event of the show.
_MINE = re.compile(r"(?<![\w-])(?:my|our)\s+(?:little\s+|big\s+)?(?:" + alternation(*FAMILY, *SIBLINGS_PLURAL) + r")(?![\w-])",
                   re.I)
#: The writer's own mishap, as lexicon_slang says it ("mati lampu pas eps 6 😭", "my phone died at ep 8 💔"): the tears
#: in its sentence are for it, not for the episode named.
_OWN_MISHAP = re.compile(r"(?<![\w-])(?:the power went out|the power came on|lost my things)(?![\w-])|(?:인터넷|와이파이|전기|불|폰|핸드폰)"
                         r"(?:이|가)?\s?(?:돌아왔|came back|들어왔|복구)"  # a device's death in Japanese ("スマホが3話の途中で死んだ")
                         r"|(?:スマホ|携帯|ケータイ|電池|バッテリー|パソコン|テレビ|ネット|充電)(?:が|は|も)[^.!?。！？]{0,24}?died"
                         r"|(?:끝나서|끝났으니|덕분에|다행히)\s?살았\w*")  # the writer spared an exam's end: "시험 끝나서 살았다"
#: An episode still to be watched ("ep 4 tonight", "ep 9 tmrw", "ep 6 after work"): a reaction beside it is for something else.
_PLANNED = re.compile(r"[ \t,]*(?:tonight|tonite|tmrw|tmr|tomorrow|later|next|after (?:work|school|class|dinner)"
                      r"|(?:for |on )?(?:the |this )?(?:weekend|evening))(?![\w-])", re.I)
#: A fate said to befall someone of season 1 again ("NOT CHEONGSAN DYING AGAIN", "they killed onjo again"): a second one, so the
#: later season's, whichever episode (hiding a rewatch's "again" is the safe side); not the writer's own ("gwinam bit me again").
_AGAIN = re.compile(r"(?<![\w-])(?<!\bi )(?:dy(?:ing)|dies|die|died|kill(?:s|ed|ing)?|bit(?:es|ten|ing)?|turn(?:s|ed|ing)"
                    r"|infect(?:s|ed)?)(?:\s+(?!(?:me|us|my|our)\b)[\w-]+){0,2}?\s+again(?![\w-])", re.I)
#: The "again" of a rewatch or a memory ("watching cheongsan die again", "the flashback of onjo getting bitten again").
_SEEN_AGAIN = re.compile(r"(?<![\w-])(?:re-?watch\w*|watch\w*|saw|see\w*|seen|binge\w*|reliv\w*|flashbacks?|dreams?|replay\w*"
                         r"|rewind\w*)(?![\w-])", re.I)
#: Where the writer is in the show, said right before the episode ("i'm only on ep 5", "voy en el cap 4", "baru ep 3", "まだ4話",
#: "我才看到第5集"): their place, so a reaction or a name before it is for something else (the events read on their own).
#: (Its match holds 5 words at most, "i am only up to": searched through lexicon_reach.)
_WHERE_I_AM = re.compile(r"(?:(?<![\w'’-])(?:i['’]?m|im|i am|we['’]re|we are)(?: (?:only|just|still|now))? (?:on|at|up to)"
                         r"|(?<![\w-])(?:only|still|stuck) (?:on|at)|(?<![\w-])(?:voy|estoy|sigo|ando|vou|estou) (?:en|por|no)(?: el)?"
                         r"|(?<![\w-])(?:baru|masih)(?: (?:di|sampai|sampe|nonton))?|まだ|아직|나도 아직|[我才还還]+(?:看到|在看|到))\s*$", re.I)
#: An episode shown in class ("our teacher played ep 4 in class 💀", "made us watch s2 ep 1 for english class"): the
#: screening is the event, and a shout beside it is about the class, not the episode's story.
_IN_CLASS = re.compile(r"[\s,]*(?:in|during|for|at)\s+(?:[\w-]+\s+)?(?:class|school|lessons?|homeroom|lectures?)(?![\w-])", re.I)
_SHOWN = re.compile(r"(?<![\w-])(?:play(?:s|ed)?|show(?:s|ed)?|put on|watch(?:ed)?)\s+(?:us\s+|them\s+)?(?:the\s+)?"
                    r"(?:s(?:eason)?\s*\d\s+)?$", re.I)


def _screened(sentence: str, start: int, end: int) -> bool:
    """Whether the episode named at `start`-`end` is one shown in class (`_IN_CLASS`): shown, played or watched there."""
    return _IN_CLASS.match(sentence, end) is not None and _SHOWN.search(sentence, 0, start) is not None


#: The writer's friend who shares a character's name, named right after ("my friend suhyeok", "친구 수혁이", "我朋友秀赫",
#: "temenku Su-hyeok"): not the show's, so the episode beside them is only the one they watch. Not "온조 친구 이삭" (On-jo's).
#: (Its match holds 3 words at most, "my best friend": searched through lexicon_reach.)
_A_FRIEND = re.compile(r"(?:(?<![\w-])(?:my|our)\s+(?:(?:best|close)\s+)?(?:friend|bff|bestie|classmate|coworker)|^\s*(?:(?:내|우리|제)\s?)?친구"
                       r"|(?:^|\s)(?:내|우리|제)\s?친구|我的?(?:朋友|同学|同學)|(?:^|私の|僕の|俺の|うちの)友達の|temen\s?(?:ku|gue|gw|aku)"
                       r"|(?<![\w-])mi\s+amig[oa]|(?<![\w-])(?:mon ami|ma copine|meu amigo|minha amiga))\s*$", re.I)
#: A death in the writer's own life ("my grandpa passed away so i stopped at ep 11", "RIP to my cat", "namatay yung lolo
#: ko", "kakek gue meninggal", "할머니 돌아가셔서"), as lexicon_typos leaves it: nobody's of the show, even beside an episode.
_OWN_LOSS = re.compile(
    r"(?<![\w-])(?:(?:rip|r\.i\.p\.?)(?: to| for)? (?=(?:my|our) )|(?:the )?(?:death|loss|funeral) of (?=(?:my|our) )|(?:died|passed away)"
    r" (?=(?:my|our) )|(?=(?:my|our) [\w'’-]+(?: [\w'’-]+){0,2} (?:just |finally |sadly )?(?:passed|died|is gone|left us|crossed the rainbow)))"
    r"(?:my|our) (?:(?:best |close )?(?:friend|bff|bestie|neighbou?r|classmate|roommate|coworker)['’]s )?(?:(?:great[- ])?grand\w*|granny"
    r"|nana|uncle|aunt\w*|cousin|dad|mom|mum|father|mother|brother|sister|cat|dog|pet|hamster|bird|fish|goldfish|puppy|kitten|bunny|rabbit)"
    r"(?: (?:just |finally |sadly )?(?:passed(?: away)?|died|is gone|left us|crossed the rainbow bridge))?(?![\w-])"
    r"|(?:namatay|died|pumanaw)(?: na)? (?:(?:yung|ang|'yung) )?(?:lolo|lola|tatay|nanay|tito|tita|pusa|aso|kapatid) ko"
    r"|(?<![\w-])(?:kakek|nenek|bokap|nyokap|kucing|anjing|om|tante|sepupu)(?: gue| gw| aku| saya|ku)? (?:died|meninggal|wafat)"
    r"|(?:(?:외)?할(?:머니|아버지)|우리\s?(?:엄마|아빠|강아지|고양이|개))(?:께서|가|이)?\s?(?:돌아가\w*|죽\w*|무지개\s?다리\w*)"
    r"|(?:うちの|私の|僕の|俺の)?(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|祖父|祖母|愛犬|愛猫)(?:が|は|も)\s*died"
    r"|(?:我|我的|我家)(?:奶奶|爷爷|爺爺|外婆|外公|姥姥|姥爷|姥爺|猫|貓|狗)[^.!?。！？]{0,8}?died"
    # a thing of the writer's mourned in jest ("rip to our science teacher's patience", "rip my sleep schedule")
    r"|(?:rip|r\.i\.p\.?)(?: to| for)? (?:my|our) (?:[\w'’-]+ ){0,3}?(?:patience|sleep(?: schedule)?|sanity|wallet|bank account"
    r"|grades?|homework|productivity|bedtime|voice|snacks|tissues|data|battery)(?![\w-])", re.I)
#: The writer's own relatives, friends and pets in Spanish, Portuguese and French ("mi abuela", "meu avô", "ma grand-mère").
_MY_KIN = {"abuelo": "grandpa", "abuela": "grandma", "avô": "grandpa", "avó": "grandma", "vovô": "grandpa", "vovó": "grandma",
           "grand-père": "grandpa", "grand-mère": "grandma", "papi": "grandpa", "mamie": "grandma", "tío": "uncle", "tio": "uncle",
           "tía": "aunt", "tia": "aunt", "oncle": "uncle", "tante": "aunt", "primo": "cousin", "prima": "cousin", "cousin": "cousin",
           "cousine": "cousin", "papá": "dad", "pai": "dad", "père": "dad", "mamá": "mom", "mãe": "mom", "mère": "mom", "hermano": "brother",
           "hermana": "sister", "irmão": "brother", "irmã": "sister", "frère": "brother", "sœur": "sister", "perro": "dog",
           "cachorro": "dog", "chien": "dog", "gato": "cat", "chat": "cat", "meilleure amie": "best friend", "meilleur ami": "best friend",
           "mejor amiga": "best friend", "mejor amigo": "best friend", "melhor amiga": "best friend", "melhor amigo": "best friend",
           "amie": "friend", "ami": "friend", "amiga": "friend", "amigo": "friend", "copine": "friend", "copain": "friend"}
_KIN = "|".join(sorted(_MY_KIN, key=len, reverse=True))
#: The writer's own ("meu avô faleceu", "mi tía murió"), and their friend's relative ("le père de ma meilleure amie": "my best
#: friend's dad"): theirs, as lexicon_episodes leaves them, not a character's.
_MY_KIN_SAID = re.compile(r"(?<![\w-])(?:(?:(?:le|el|o|a|la|du|del|do|da|de la) )?(" + _KIN + r") (?:de|da|do|del) )?"
                          r"(?:mi|meu|minha|mon|ma) (" + _KIN + r")(?![\w-])", re.I)


def kin_said(text: str) -> str:
    """`text` with the writer's own relatives, friends and pets said in English ("meu avô" -> "my grandpa")."""
    return _MY_KIN_SAID.sub(lambda m: f"my {_MY_KIN[m.group(2).lower()]}" + (
        f"'s {_MY_KIN[m.group(1).lower()]}" if m.group(1) else ""), text)


#: The writer's own baby asleep ("the baby is finally asleep so i can start ep 7", "tulog na si baby"): no birth of the show.
_OWN_BABY = re.compile(r"(?<![\w-])(?:(?:the|my|our|si|yung|ang) )?baby(?: ko| namin)?(?:['’]s| is| was)?(?: (?:finally|just|now"
                       r"|already|fast))? (?:asleep|sleeping|napping|down for (?:a |the )?nap|in bed)(?![\w-])"
                       r"|(?<![\w-])(?:tulog|natulog|nakatulog)(?: na)? (?:si|ang|yung) baby(?![\w-])", re.I)
#: What a survival said up to an episode has after it ("namra survived ep 11", "a survécu à l'épisode 11"): a survival
#: that far, which the episode tells, not a fate.
TO_AN_EPISODE = re.compile(r"\s+(?:(?:to|till|until|through|past|al|ao|à|a|sa)\s+)?(?:(?:the|el|o|ang)\s+|l['’])?"
                           r"(?=(?:ep|eps|episode|episodio|episódio|épisode|cap|capítulo|capitulo)\s*\.?\s*\d)", re.I)
#: An episode survived: the viewer's evening ("my brother didn't survive ep 4, he fell asleep", "meu irmão não sobreviveu
#: ao ep 4" as rephrased), no one's survival of the show.
_ENDURED = re.compile(r"(?<![\w-])surviv(?:e|ed|es|ing)" + TO_AN_EPISODE.pattern, re.I)


#: A survival up to an episode and no further ("survived ep 3 but not the police station"): the fate told after it.
_BUT_NOT = re.compile(r"(?<![\w-])(?:but not|but didn['’]?t|mais pas|mais n['’]a pas|pero no|mas n[ãa]o)(?![\w-])", re.I)


_UP_TO_KO = re.compile(r"\d{1,2}\s?화\s?까지\s*$")  # Korean says it first: "11화까지 살아남음"
#: ... or on past it ("survived ep 7 onwards", "ep 10 and the rest", "ep 5 through 12", "ep 9, the whole show"): the fate.
_ONWARD = re.compile(r"[^.!?;\n]*?(?:[-–~&+]|(?<![\w-])(?:through|thru|till|til|until|onwards?|beyond|after|rest|whole"
                     r"|entire|every|all|end|finale|last|final|hasta|até|jusqu)(?![\w-])|(?<![\w-])to\s+(?:ep\w*\s*)?\d)", re.I)


def survived_to_episode(sentence: str, start: int, end: int) -> bool:
    """Whether the survival word at `start`-`end` is said up to an episode the lexicon reads ("survived ep 11", "11화까지
    살아남음"), and only that far: its episode tells it, not the character's fate."""
    if _UP_TO_KO.search(sentence, 0, start):
        return True
    to = TO_AN_EPISODE.match(sentence, end)
    ref = EPISODE_REF.match(sentence, to.end()) if to is not None else None
    return ref is not None and not _BUT_NOT.search(sentence, ref.end()) and not _ONWARD.match(sentence, ref.end())


_MOURNING = re.compile(r"[🕊🪦⚰🥀🙏💐]\ufe0f?")  # mourning's emoji, beside the writer's own loss
#: What lexicon_typos makes of the writer calling themself a zombie ("i'm a half zombie before coffee", "aku setengah
#: zombie"): tired, which `_the_shows` knows again to leave the 🧟 beside it to the writer. A pattern, not one sentence:
#: "I am / I feel / I turned (half) zombie" in English, Tagalog, Indonesian, Spanish, Portuguese, Japanese and Chinese.
WRITER_TIRED = "was very tired"


def _the_shows(sentence: str) -> str:
    """`sentence` less what is not the show's: "my brother got bitten by a mosquito during ep 4", "my grandpa passed
    away so i stopped at ep 11", "the baby is asleep, starting ep 7", "didn't survive ep 4" tell no event."""
    sentence = _ENDURED.sub(" ", _OWN_BABY.sub(" ", sentence)) if "baby" in sentence or "surviv" in sentence else sentence
    if WRITER_TIRED in sentence:  # the writer a zombie before coffee: their 🧟
        sentence = sentence.replace("🧟", " ")
    mourned = _OWN_LOSS.sub(" ", sentence)
    mourned = _MOURNING.sub(" ", mourned) if mourned != sentence else mourned  # the 🕊 is for the writer's grandma
    mourned = _CALLED.sub(" ", mourned) if "bro" in mourned or "sis" in mourned else mourned
    return OTHER_BITE.sub(" ", _MINE.sub(" ", _OWN_MISHAP.sub(" ", mourned)))


#: "bro" / "sis" said to the reader, opening or closing the sentence or before a comma ("bro i just finished ep 6", "ep 4
#: tonight sis"): no one's brother (not "hari's bro, woojin").
_CALLED = re.compile(r"^\W*(?:(?:ok|okay|yo|lol|lmao|omg|nah|bruh|man|ngl)\W+)?(?:bro|sis)(?![\w'’-])(?!\s+(?:of|is|was|who)\b)"
                     r"|(?<![\w'’-])(?<!['’]s )(?<!my )(?<!his )(?<!her )(?:bro|sis)(?:\s*,|\W*$)", re.I)


_WHAT_HAPPENS = re.compile(r"\s+(?:where|when|with)\s+(?:they|we|she|he|the|everyone)\b", re.I)  # what happens in it


def episodes_named(
    sentence: str,
    mentions: Mentions,
    consider: Consider,
    *,
    season_one: frozenset[str],
    end: Position,
    event: Callable[[str, str], Position | None],
    by_character: dict[str, dict[str, Position]],
    names_thing: Callable[[str], bool],
    show: Callable[[], bool] = lambda: True,
    gone: frozenset[str] = frozenset(),
    newcomers: Mapping[str, frozenset[str]] = MappingProxyType({}),
) -> None:
    """Consider each episode `sentence` gives away (`end`: season 1's last episode; `season_one`: its
    characters; `event`: a character's earliest event of a kind; `names_thing`: whether a scene's thing is named; `show`: whether
    the text is about the show; `gone`: whom season 1 ends and no later season lists, whose return is that season's;
    `newcomers`: whom only a later season has, whose fate is that season's: "ma-ru dies" S2, "ma-ru dies in ep 6" S2E6)."""
    later = later_episodes(sentence, end.season + 1)  # "S2E3", "in season 2", "next season"
    newcomer = _newcomer_fate(sentence, mentions, newcomers)
    # "ju-ran survives s2" (the season said, not carried over from a question before: "who survives s2? ... rip ju-ran
    # in advance"), a newcomer's alone (not a cast list: "X, Y return, joined by Ma-ru in season 2"); an episode named
    # is theirs: read below
    said, named = _CARRIED.sub("", sentence), frozenset(c for m in mentions if not m[3] for c in m[2]) & season_one
    # (with an episode named, the fate is that episode's when it reads as the later season's; else still the whole later
    # season's: "ep 5 gwinam bites, jong-ah dies" never reads earlier than "jong-ah dies" alone)
    owed = bool(newcomer) and (not later or (not named and all(p.episode == WHOLE and w in said for p, w in later)))
    if owed and not EPISODE_REF.search(sentence):
        consider(whole_season(end.season + 1), newcomer)
        owed = False
    if later and named and (REACTION.search(sentence) or any(p.search(sentence) for p in SCAN_GROUPS.values())):
        # the owner of a relative named right after ("the death of onjo's dad") is not who the event is of
        starts = {m[0] for m in mentions}
        new = tells_new_event(sentence, [(m[0], m[1], m[2] & named) for m in mentions if m[2] & named
                                         and not (m[4] and (m[1] in starts or m[1] + 1 in starts))], event)
        # A guess about a whole season tells nothing of it; one naming its episode ("i bet X dies in s2e3")
        # may be a spoiler dressed as a guess once that episode is out, so it is hidden up to it.
        for position, words in later:  # "Ha-ri gets bitten in S2E3", "Su-hyeok turns into a zombie in season 2"
            # (a later part's episode is one named: "p2e1 suhyeok turns", even of a fate season 1 tells)
            if position.episode != WHOLE or LATER_PART.search(words) or (new and not guessed(sentence, max(0, sentence.find(words)))):
                consider(position, words)
    if later and named & gone and (back := back_later(sentence, mentions, gone)):  # "gwinam returns in s2"
        consider(max(position for position, _ in later), back)
    for position, words in later:
        if later_told(sentence, position, words, named=bool(named), show=show):
            consider(position, words)
    if (named and (again := _AGAIN.search(sentence)) and not _SEEN_AGAIN.search(sentence) and not ASKED.match(sentence)
            and not guessed(sentence, again.start())):
        consider(whole_season(end.season + 1), again.group(0))  # "NOT CHEONGSAN DYING AGAIN": a second fate, the later season's
    if not _EPISODE_HINT.search(sentence) or OTHER_SEASON.search(sentence):
        if owed and _fate_in_own_clause(sentence, mentions, newcomers):
            consider(whole_season(end.season + 1), newcomer)
        return
    # an episode named beside a newcomer's fate is their season's, asked or guessed too ("does ma-ru die in ep 6?")
    theirs = newcomer or _newcomer_fate(sentence, mentions, newcomers, asked=True)
    # ... and so is a bare one beside a newcomer named at all ("ep 6 reveals jong-ah is immune!!"): season 1 has no episode
    # with them, so the later season's, the safer reading once it is out (a later episode named is read above: "2기 4화 언제
    # 나와? 마루 보고싶다" asks when it comes out)
    # (beside a season-1 name too, only a newcomer in the episode's own clause: not "ep 11 cheongsan dies, cant wait for maru"); and
    # season 2's premise (On-jo's university: "ep 3 onjo moves into the uni dorm") beside a name in the episode's clause
    newcomers_in = [] if later else _newcomers_named(sentence, mentions, newcomers)
    # (whether the show's words or a scene's thing are in it: the same for every episode named, read once, when first needed)
    scanned: bool | None = None
    thing: bool | None = None
    pets_own = not named and PETS_OWN_FATE.search(sentence) is not None  # (searched once: "ep 5" may be named 2,000 times)
    for match in EPISODE_REF.finditer(sentence):
        number, word = match.group(1) or match.group(4) or match.group(5), match.group(2)
        episode = int(number) if number else NUMBER_WORDS[word.lower()] if word else end.episode
        if not 1 <= episode <= end.episode or another_works_finale(sentence, match, mentions) or (
                not number and not word and not named and another_work_in_clause(sentence, match.start(), before=True)) or (
                match.group(3) and at_the_end_is_the_story(sentence, mentions, by_character)):
            continue
        if (ending_at(_WHERE_I_AM, sentence, match.start(), 5) and not REACTION.search(sentence, match.end())
                and not any(m[0] >= match.end() for m in mentions)):
            continue  # the writer's place in the show ("😭 i'm only on ep 5"), not "i'm on ep 11 and cheongsan 😭"
        if pets_own or (not named and _screened(sentence, match.start(), match.end())):
            continue  # a screening at school ("our teacher played ep 4 in class, everyone screamed 💀")
        here = not named or _in_clause(sentence, match, [m[0] for m in newcomers_in])
        with_newcomer = bool(newcomers_in) and here
        with_newcomer = with_newcomer or (not later and bool(number) and _premise_in_clause(sentence, match, mentions))
        if ((episode > 1 and (with_newcomer or any(not m[3] and m[2] & season_one and not ending_at(_A_FRIEND, sentence, m[0], 3)
                                                   for m in mentions)))
                or (not match.group(3) and _tearful(sentence)
                    and not _PLANNED.match(sentence, match.end()))  # "i'm crying 😭 ep 4 tonight": not watched yet
                or (_WHAT_HAPPENS.match(sentence, match.end()) and not match.group(3))  # "the ending where they ..."
                or (scanned := scanned if scanned is not None else any(p.search(shows) for shows in [_the_shows(sentence)] for p in SCAN_GROUPS.values()))
                or (thing := thing if thing is not None else names_thing(sentence))):
            season = end.season + 1 if (theirs and (here or not newcomers_in)) or with_newcomer else end.season
            owed = owed and season == end.season
            consider(Position(season, episode), match.group(0))
    if owed and _fate_in_own_clause(sentence, mentions, newcomers):  # no episode read as the later season's: "ep 11
        consider(whole_season(end.season + 1), newcomer)  # cheongsan dies, maru dies" (not "..., cant wait for maru")


@functools.lru_cache(maxsize=8)
def _breaks(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of the sentence's clause breaks (`_CLAUSE_END`), found once for every episode or mention in it."""
    found = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(sentence)]
    return tuple(start for start, _ in found), tuple(end for _, end in found)


@functools.lru_cache(maxsize=8)
def _has_role_word(sentence: str) -> bool:
    """Whether season 2's premise (`A_ROLE`) is named anywhere in the sentence: searched once, not for every episode."""
    return _ROLE_WORD.search(sentence) is not None


def _clause_of(sentence: str, at: re.Match[str] | tuple[int, int]) -> tuple[int, int]:
    """The span of the clause holding `at` (a match or a mention's span; `_CLAUSE_END` bounds it)."""
    at_start, at_end = (at.start(), at.end()) if isinstance(at, re.Match) else at
    starts, ends = _breaks(sentence)  # found once: rescanning for every episode named was square in the sentence's length
    i = bisect_right(ends, at_start)
    if i < len(starts) and starts[i] < at_start:  # a break across `at`'s start: a scan cut there reads it apart
        start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at_start)), default=0)
    else:
        start = ends[i - 1] if i else 0
    j = bisect_left(starts, at_end)
    if j and ends[j - 1] > at_end:  # a break across `at`'s end: searched from it, as ever
        after = _CLAUSE_END.search(sentence, at_end)
        return start, after.start() if after else len(sentence)
    return start, starts[j] if j < len(starts) else len(sentence)


def _fate_in_own_clause(sentence: str, mentions: Mentions, newcomers: Mapping[str, frozenset[str]]) -> bool:
    """Whether a newcomer's fate is told in the clause naming them ("..., maru dies"; not "..., cant wait for maru", nor
    asked: "..., does maru die?")."""
    spans = [(start, stop) for m in _newcomers_named(sentence, mentions, newcomers)
             for start, stop in [_clause_of(sentence, (m[0], m[1]))] if not ASKED.match(sentence[start:stop + 1].lstrip())]
    return any((fate := SCAN_GROUPS[group].search(sentence, start, stop)) and not guessed(sentence, fate.start())
               for start, stop in spans for group in _NEWCOMER_FATES)


def _in_clause(sentence: str, at: re.Match[str], starts: list[int]) -> bool:
    """Whether one of `starts` is in the clause holding `at`."""
    start, stop = _clause_of(sentence, at)
    return any(start <= s < stop for s in starts)


def _premise_in_clause(sentence: str, at: re.Match[str], mentions: Mentions) -> bool:
    """Whether season 2's premise (On-jo's university, `A_ROLE`) is told of someone named in the clause holding `at`, not
    the writer's own ("my uni roommate cried at ep 3")."""
    if not _has_role_word(sentence):
        return False  # no role word at all: no clause need be found
    start, stop = _clause_of(sentence, at)
    return any(not OWN.search(sentence, max(start, role.start() - 12), role.start())
               for role in _ROLE_WORD.finditer(sentence, start, stop)) and any(
        not m[3] and start <= m[0] < stop for m in mentions)


_ROLE_WORD = re.compile(rf"(?<![\w-])(?:{A_ROLE.pattern})(?![\w-])", re.I)
# a season carried over from the question before, as the scan appends it (from a run's first space: from each, its square)
_CARRIED = re.compile(r"(?<!\s)\s*\([^()]*\)\s*$")


@functools.lru_cache(maxsize=256)
def _tearful(sentence: str) -> bool:
    """A reaction not for the writer's own mishap, loss or bite (the tears are for those): read once per sentence, not
    per episode named (a long message names hundreds)."""
    return bool(REACTION.search(sentence) and not _OWN_MISHAP.search(sentence) and not _OWN_LOSS.search(sentence)
                and not OTHER_BITE.search(sentence))



#: The fates a newcomer may be told to meet in their season ("ma-ru dies", "ju-ran survives", "du-seok gets bitten").
_NEWCOMER_FATES = (*FATE_GROUPS, "survival")


def _newcomers_named(sentence: str, mentions: Mentions, newcomers: Mapping[str, frozenset[str]]) -> Mentions:
    """The mentions of newcomers (`newcomers`: whom only a later season has, by their names) by one of their own names (not
    Hindi "gayi", Jong-ah's actress Yoon Ga-i), never a pet's name ("my dog maru died", "rip maru, best cat ever")."""
    return [m for m in mentions if not m[3] and len(m[2]) == 1 and (keys := newcomers.get(next(iter(m[2])))) is not None
            and name_keys.fold(without_particle(sentence[m[0]:m[1]]) or sentence[m[0]:m[1]]) in keys  # "주란이": 주란
            and not pets_name(sentence, m[0], m[1])]


def _newcomer_fate(sentence: str, mentions: Mentions, newcomers: Mapping[str, frozenset[str]], *, asked: bool = False) -> str:
    """The name of a newcomer (`newcomers`: whom only a later season has, by their names) a fate is told of in `sentence`
    ("ma-ru dies", "jong-ah dies in s2 ep 6"), "" when none: never asked, guessed or wished ("does maru die?", "if maru dies
    i riot") unless `asked` (whose season an episode named is), only by one of their own names (not Hindi "gayi", Jong-ah's
    actress Yoon Ga-i), and never a pet's name ("my dog maru died", "rip maru, best cat ever")."""
    named = _newcomers_named(sentence, mentions, newcomers)
    others = any(not m[3] and m[2] != named[0][2] for m in mentions) if named else False  # "... 온조 앞에서": the story's
    if not named or (not asked and (ASKED.match(sentence) or _ASKED_BARE.match(sentence))) or (
            not others and aged(sentence) and OWN.search(sentence) is not None):  # an age beside the writer's own word
        return ""
    for group in _NEWCOMER_FATES:
        if (fate := SCAN_GROUPS[group].search(sentence)) and (asked or not guessed(sentence, fate.start())):
            return sentence[named[0][0]:named[0][1]]
    return ""


#: A who-question typed without its "?" ("who dies in s2", "wer stirbt in staffel 2", "kien muere en la 2"), naming no one
#: and ending at most two words after the season ("... im scared"): asked, as ASKED's with one; not "who dies in s2 is X".
_ASKED_BARE = re.compile(r"^\W*(?:who|qui[eé]n(?:es)?|k[iy][eé]n(?:es)?|quem|wer|siapa|sino)(?![\w-])[^.!?:;=]*$", re.I)
_SAID_IN = re.compile(SAID_IN + "$", re.I)  # IN_LATER_SEASON's end
_RIP = re.compile(r"(?<![\w-])(?:rip|r\.i\.p\.?)(?![\w-])", re.I)  # a "rip" alone, which a mishap beside it owns


def later_told(sentence: str, position: Position, words: str, *, named: bool, show: Callable[[], bool]) -> bool:
    """Whether `sentence` tells or reacts to an event of the later season's episode `words` names, with or without a
    season-1 character ("s2e3 ending destroyed me", "the new teacher dies in season 2 episode 4", "the s2 finale broke
    me", "the new kid turns in season 2"): the episode's, or the whole season's where none is said (or its finale,
    whichever episode that turns out to be). Not a plan, a place, a question, another work's or the writer's own story
    ("s2e1 tonight", "i'm only on s2e1", "does anyone die in s2e1?", "squid game s2e3 ending", "... of my fanfic"), nor a
    mark ("a death spoiling S2E1"), nor,
    without a season-1 character, in a text that may be about any story (`show`: an imported trivia list's "season 2 finale")."""
    at = sentence.find(words)
    if (at < 0 or not (named or show()) or ASKED.match(sentence) or OWN_STORY.search(sentence)
            or (not named and _ASKED_BARE.match(sentence) and len(sentence[at + len(words):].split()) <= 2)
            or another_work_in_clause(sentence, at) or guessed(sentence, at, SPECULATED) or _PLANNED.match(sentence, at + len(words))
            or _WHERE_I_AM.search(sentence, 0, at) or AS_A_MARK.search(sentence, 0, at)
            or (not named and _screened(sentence, at, at + len(words)))):  # "showed us s2 ep 1 in class 💀"
        return False
    if position.episode == WHOLE and not NAMED_WHOLE.search(words):  # "season 2" alone: an event said to happen in it
        return _SAID_IN.search(sentence, 0, at) is not None and any(  # a cheap test first: "in" right before it
            IN_LATER_SEASON.match(sentence, m.end()) and not STILL.search(sentence, 0, m.start()) for m in [
                *FATE_VERB.finditer(sentence), *WHOLE_EVENT.finditer(sentence),
                *(m for group in FATE_GROUPS for m in SCAN_GROUPS[group].finditer(sentence))]
        ) and not guessed(sentence, at)
    reacted = not NO_SPOILERS.search(sentence) and not RELEASE_TALK.search(sentence) and (
        LATER_REACTION.search(sentence) is not None  # tears beside the writer's own loss are for it: "rip my sleep, s2 ep 4 😭"
        or (REACTION.search(sentence) is not None and not _OWN_MISHAP.search(sentence)))
    told = _RIP.sub(" ", sentence) if _OWN_MISHAP.search(sentence) else sentence  # "my phone died in s2 ep 4 😭 rip": its rip
    return reacted or LATER_EVENT.search(_OWN_MISHAP.sub(" ", sentence)) is not None or any(
        p.search(shows) for shows in [_the_shows(told)] for group, p in SCAN_GROUPS.items() if group != "survival")


#: A finale named after a capitalised title ("Stranger Things finale", "the Squid Game finale"): that work's, not the show's
#: (the show's own titles are blanked before a sentence is read). Not after a word that opens a sentence or a name of ours.
_TITLED = re.compile(r"(?-i:([A-Z][\w'’-]*))\s+(?:(?:season|s)\s*\d+\s+)?$")
_NOT_A_TITLE = frozenset({"in", "at", "the", "that", "this", "after", "before", "since", "what", "why", "how", "and", "but",
                          "so", "season", "aouad", "aoad", "s1", "netflix", "spoilers", "spoiler", "until", "till", "by",
                          "korea", "korean", "kdrama", "k-drama"})

_WORK_BEFORE = re.compile(r"(?<![\w-])" + OTHER_WORKS + r"\s+(?:(?:season|s)\s*\d+\s+)?$", re.I)
#: Another work named, or an actor's own ("her new movie"): an actor there plays someone else, and its end is not ours.
ANOTHER_WORK = re.compile(r"(?<![\w-])(?:" + OTHER_WORKS + r"|(?:her|his|their|a|the) (?:new|next|upcoming|latest|other)"
                          r" (?:movie|film|drama|k-?drama|series|role|webtoon))(?![\w-])", re.I)
#: A fate said to be the same as in the other work ("she died there too", "dies again"): the actor's character here
#: meets it as well, so the actor stands for their character after all.
LIKEWISE = re.compile(r"(?<![\w-])(?:too|as well|again|twice)(?![\w-])", re.I)
#: Where a clause ends: another work named in one clause says nothing of the next ("yoon chan-young dies at the
#: end, there goes my happiness", "the finale killed me, kingdom vibes").
_CLAUSE_END = re.compile(r"[,;:!?()]|\s[-–—]\s|\.\.+|\s(?:but|though|and then|than)\s", re.I)


def another_work_in_clause(sentence: str, at: int, *, before: bool = False) -> bool:
    """Whether another work (or an actor's own) is named in the clause holding `at` (only before it, with `before`):
    "lee yoo-mi died in squid game" is her other role, "lee yoo-mi dies, squid game was better" Na-yeon's death."""
    start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)), default=0)
    after = None if before else _CLAUSE_END.search(sentence, at)
    stop = at if before else after.start() if after else len(sentence)
    return ANOTHER_WORK.search(sentence, start, stop) is not None


#: A plot word owned by another work ("kingdom's first zombie", "train to busan's ending").
#: (Its match holds 6 words at most, "night of the living dead's first": searched through lexicon_reach.)
WORKS_OWN = re.compile(r"(?<![\w-])" + OTHER_WORKS + r"['’]s?\s+(?:[\w-]+\s+)?$", re.I)
_OPENS = re.compile(r"[\W_]*(?:\[[^\]]*\][\W_]*)?")  # what may stand before a sentence's first word: "[Spoilers] "


def another_works_finale(sentence: str, match: re.Match[str], mentions: Mentions) -> bool:
    """Whether the finale `match` names is another work's, titled just before it ("Stranger Things finale")."""
    if "finale" not in match.group(0).lower():
        return False
    if _WORK_BEFORE.search(sentence, 0, match.start()):
        return True  # "squid game finale": typed lowercase, a title fans know
    titled = _TITLED.search(sentence, 0, match.start())
    return titled is not None and titled.group(1).lower() not in _NOT_A_TITLE and not _OPENS.fullmatch(
        sentence, 0, titled.start(1)) and not any(
        m[0] <= titled.start(1) < m[1] for m in mentions)


def names_episode(sentence: str, episode: int) -> bool:
    """Whether `sentence` names season 1's `episode` by its number ("martial law declared in ep5"): a plot word other
    stories use, said of the very episode the pack has it in, is the show's."""
    if not _EPISODE_HINT.search(sentence) or OTHER_SEASON.search(sentence):
        return False
    return any(int(m.group(1) or m.group(4) or m.group(5)) == episode
               for m in EPISODE_REF.finditer(sentence) if m.group(1) or m.group(4) or m.group(5))
