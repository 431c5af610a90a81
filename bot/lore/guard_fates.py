"""A fate as fans ask and answer it, for the spoiler guard (plain Python; bot/lore/guard_answers.py reads answers so).

The words of a fate asked in fans' languages (dying, living, turning, a return), a Korean or Japanese fate negated or
said back ("안 죽어", "死ぬよ") as the yes or the no it is, and an answer in emoji alone (👍, 💀, 😭, 🧟) or tears promised
said in the words the reader reads.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.guard_said import EMOJI

# a fate asked about, as fans ask it in their languages: a no to one tells the other ("¿onjo se muere?" "nel": she lives)
DIE = compile_later(
    r"(?i)\b(?:die[sd]?|dying|dead|muere[ns]?|morir(?:á|a)?|morre[mu]?|muore|muoiono|mort[oa]|mati|meninggal|namatay|mamatay|patay|mourir|meurt|chết)\b"
    r"|죽\w*|死\w*|ตาย")  # Thai, unspaced: "มินแจตายไหม", "ตาย 😭"
LIVE = compile_later(
    r"(?i)\b(?:survive[sd]?|live[sd]?|alive|make[s]? it|made it|ok|okay|fine|alright|safe|sobreviv\w*|sopravviv\w*|vive|viv[oa]|selamat|hidup"
    r"|buhay|survit)\b|살아\w*|생존\w*|괜찮\w*|生き残\w*|生きて\w*|助か\w*|รอด")
# a yes or no on whether someone is "ok" tells how their story ends, no fate of its own said back
WELLBEING = compile_later(r"(?i)\b(?:ok|okay|oke|okey|fine|alright|all right|safe)\b|괜찮|está bien|baik")
ENGLISH_FATE = compile_later(r"(?i)die[sd]?|dying|dead|survive[sd]?|live[sd]?|makes? it|made it|turn(?:s|ed)?")
TURN = compile_later(r"(?i)\bturn(?:s|ed)?\b(?! (?:on|off|up|down|out|around|back|to|into a (?!zombie)))")  # "does ju-ran turn?"
# an answer in emoji alone: 👍 a yes, 👎 a no, a skull or tears the sad one of a fate's two ends, a zombie its turning
EMOJI_ONLY = re.compile(rf"^[\s{EMOJI}]+$")
# a Korean or Japanese fate negated opening an answer ("안 죽어", "死なないよ"), and the fate a Korean or Japanese question asks
# ("죽어?", "살아?", "살아남아?", "死ぬ？", "生きてる？"); Korean filler before it ("결국 안 죽어", "근데 결국 안 죽어 ㅋㅋ")
KO_NEGATED = compile_later(r"^[\s*_>]*(?:(?:(?:결국(?:엔|은)?|끝내|마지막에(?:는|엔)?|근데|그런데)[\s,.]+)*(?:안|못)\s*(죽|살)[^\s?？]*(?=\s|$)|(死|生)(?:な|んで|きて)(?:ない|ねえ|へん)(?![?？]))")
# a Japanese fate said back as the answer ("チョンサン死ぬ？" "死ぬよ", "生きてる"), a yes to that fate
JA_SAID = compile_later(r"^[\s*_>]*(死|生)(?:ぬ|んだ|んじゃ|にます|きてる|きてます|き残)(?![^\s?？]*[?？])")
KO_SAID = compile_later(r"^(?:죽|살아)[^\s?？]*(?=\s|$)")  # a Korean fate said back after a yes or a no ("응 죽어 ㅠㅠ")
_KO_FATE = compile_later(r"죽|살|死(?=[なぬんにだ])|生(?=き)")  # not the 生 of 先生 (teacher)
_EMOJI_YES = re.compile("[\U0001F44D\U0001F44C\u2705\u2714\U0001F4AF]")
_EMOJI_NO = re.compile("[\U0001F44E\u274C\u2716\U0001F645]")
_EMOJI_SAD = re.compile("[\U0001F480\u2620\u26B0\U0001FAA6\U0001F62D\U0001F622\U0001F494\U0001F97A\U0001F972\U0001F614]")
_EMOJI_ZOMBIE = re.compile("\U0001F9DF")
_EMOJI_DEAD = re.compile("[\U0001F480\u2620\u26B0\U0001FAA6]")
# a question asked laughing ("does gwinam die of being ugly 💀", "does daesu ever shut up lol"): a skull or tears
# under it laugh along ("I'm dead"), a yes is not the only sane reading of them
JOKING = compile_later(r"(?i)\b(?:lo+l|lmf?ao+|ha(?:ha)+h?|xd+|jk|joking|bruh)\b|ㅋㅋ|[\U0001F480\u2620\U0001F602\U0001F923]")
# "you'll cry at the end", "bring tissues": tears promised, the sad end as a crying emoji tells it
CRY = compile_later(r"(?i)^[\s*_]*(?:you'?ll|you will|u'?ll|you'?re gonna|ur gonna|u r gonna) (?:cry|sob|be crying|need tissues)"
                    r"|^[\s*_]*(?:bring|get|grab|prepare) (?:some |the |ur |your )?tissues"
                    # a wish to the reader about sadness: "hope u have tissues 😭", "i hope you're ready 💀"
                    r"|^[\s*_]*(?:i\s+)?hope\s+(?:you'?re|youre|u'?re|ur|you|u|ya|y'?all)(?:\s+(?:are|r|have|got|brought))?\s+"
                    r"(?:some\s+|the\s+|ur\s+|your\s+)?(?:ready|prepared|tissues|strong)\b")
# a question of someone's fate (dying, living, turning, being bitten), which tears or a skull answer as the sad
# end; under one of being in a season or of its quality ("is namra in s2?", "is s2 good?") they react, answer nothing
_FATE_ASKED = compile_later(r"(?i)\b(?:turns?|turned|turning|zombie|halfbie|hambie|bit(?:es|ten)?|infected"
                            r"|kill(?:s|ed)?)\b")
# a return asked ("does cheongsan come back in s2?", "vuelve namra?"): tears or a skull alone answer it (he is lost, or
# found); beside an answer in bars they react to it ("||yes he does|| 😭"), as a return's joy and sorrow both weep
RETURN_ASKED = compile_later(r"(?i)\b(?:comes? back|coming back|came back|return(?:s|ed|ing)?|be back|vuelve|regresa"
                             r"|volta|babalik|bumalik|kembali)\b|돌아\w*|복귀")
HAPPENS_TO = compile_later(r"(?i)\bhappen(?:s|ed)? (?:to|with) (.+?)[\s?？!.]*$")


def negated_ko(asked: str, answer: str) -> str:
    """A Korean or Japanese fate said negated ("안 죽어", "안죽는대", "못 살아", "死なないよ") as the no or the yes it is to the
    fate asked: "아니" under the same fate ("온조 죽어?" "안 죽어": she lives), "응" under the other ("온조 살아?" "안 죽어");
    a Japanese fate said back ("チョンサン死ぬ？" "死ぬよ") the yes, or the no under the other."""
    asked_fate = _KO_FATE.search(asked)
    if asked_fate is None:
        return answer
    if said := JA_SAID.match(answer):
        return "응" if said.group(1) == asked_fate.group()[0] else "아니"
    if negated := KO_NEGATED.match(answer):
        return "아니" if (negated.group(1) or negated.group(2)) == asked_fate.group()[0] else "응"
    return answer


def emoji_said(asked: str, answer: str) -> str:
    """An answer in emoji alone (or tears promised) said in words, read with its question: 👍 "yes", 👎 "no", 💀 or 😭 to "does
    X die?" "yes" and to "does X survive?" "no", 🧟 or 💀 to "what happens to X" "X becomes a zombie" or "X dies"; else as it was."""
    if CRY.search(answer):
        answer = "😭"
    if not EMOJI_ONLY.match(answer):
        return answer
    if JOKING.search(asked) and not (_EMOJI_YES.search(answer) or _EMOJI_NO.search(answer) or _EMOJI_ZOMBIE.search(answer)):
        return answer  # laughing along with a joke, read as nothing
    subject = HAPPENS_TO.search(asked)
    if _EMOJI_ZOMBIE.search(answer):
        return f"{subject.group(1)} becomes a zombie" if subject else "yes"
    if subject and _EMOJI_DEAD.search(answer):
        return f"{subject.group(1)} dies"
    if _EMOJI_YES.search(answer) or _EMOJI_NO.search(answer):
        return "yes" if _EMOJI_YES.search(answer) else "no"
    if _EMOJI_SAD.search(answer) and subject is None and (fate_asked(asked) or RETURN_ASKED.search(asked)):
        return "no" if LIVE.search(asked) and not DIE.search(asked) else "yes"
    return answer


def fate_asked(asked: str) -> bool:
    """Whether a question asks of someone's fate ("does cheongsan die?", "does namra turn?", "does gwinam bite namra?"),
    which a skull or tears answer as its sad end; "is namra in s2?" or "is s2 good?" they only react to."""
    return bool(DIE.search(asked) or LIVE.search(asked) or _FATE_ASKED.search(asked))
