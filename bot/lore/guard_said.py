"""An answer as its words say it, for the spoiler guard (plain Python; bot/lore/guard_answers.py reads it so).

Fans answer with bars left open or typed wrongly ("||yes he dies", "|yes he dies in ep 5|": Discord shows both whole),
emoji before the words ("😭😭 yes"), a verdict ("it's a yes"), and with a gif or an action in words instead of a yes or a no ("*nods sadly*",
"nodding.gif", "[crying gif]", "*shakes head*", "*shrug*"), or "not her 😭" for a no to a fate asked of her.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.lexicon_slang import REST_IN_PEACE

#: The emoji an answer is typed with, as a character class's inside.
EMOJI = r"\U0001F300-\U0001FAFF\u2600-\u27BF\u200d\ufe0f"
_EMOJI_OPENING = re.compile(rf"^([{EMOJI}][\s{EMOJI}]*)(\w.*)$", re.DOTALL)  # "😭😭 yes"
_ONE_BAR = re.compile(r"(?<!\|)\|(?!\|)")  # "|yes he dies|": one bar a side hides nothing
# a gif or an action in words that is the whole answer ("*nods sadly*", "nodding.gif", "[crying gif]", "*shakes head*",
# "shrug gif"), or "not her", "not him": the yes, the no, the tears or the shrug it says
_GIF_SAID = compile_later(
    r"(?i)^[\s*_\[(]*(?:(?:a|the|insert|sends?|posts?)\s+)?(?:(nods?|nodding|nodded|thumbs?[\s-]?up)"
    r"|(shakes?\s+(?:my\s+|his\s+|her\s+)?head|head[\s-]?shak\w*|thumbs?[\s-]?down|not\s+(?:him|her|them))"
    r"|(cry|crying|cries|sob|sobs|sobbing|llorando|chorando|nangis|menangis|umiiyak|khóc)|(shrugs?|shrugging))(?:\s+(?:sadly"
    r"|slowly|solemnly|quietly|silently|softly|hard|intensifies|sad|triste|sedih|buồn))*(?:[\s.]*(?:gif|sticker|meme|emoji|noises?))?[\s*_\])]*"
    r"(?P<rest>[\s" + EMOJI + r"]*(?:(?:in\s+)?(?:ep\.?|episode)\s*\d{1,2}[\s" + EMOJI + r"]*)?)$")  # "[nodding gif] ep 4 😭"
_GIF_WORDS = ("yes", "no", "😭", "idk")
# a yes or a no said as a verdict opening the answer ("you guys it's a yes 😭", "that's a no", "it's a hard no", "it's a big
# fat yes"; "es un sí", "eso es un no", "gente, é um sim", "c'est un oui", "raga, è un sì", "jawabannya iya"): the yes or the
# no it is; not one of someone's on something else ("my mom said it's a no", "it's a no from me for ep 2", "es un sí de mi
# parte", "è un sì per sabato", "es un no rotundo a verla sin pañuelos"), nor the kind of question it was ("it's a yes or no question", "that's a yes/no thing"),
# nor a word it opens ("c'est un non-sens", "it's a no-brainer"), nor Indonesian "ya" before more words, where it is a
# filler ("jawabannya ya nonton sendiri")
_VERDICT = compile_later(r"(?i)^([\s*_>]*(?:(?:(?:you|u|ya)\s+)?guys|y'?all|ok|okay|so|well|gente|galera|pessoal|chic[oa]s"
                         r"|les gars|ragazzi|raga)?[\s,.!…]*)(?:(?:it['’]?s|its|it is|that['’]?s|thats|the answer is)\s+(?:a\s+)?"
                         r"|(?:(?:eso|isso)\s+)?(?:es|é|è|e|c['’]?est)\s+(?:un|um|une)\s+|(?:jawabannya|jawabnya|la respuesta es"
                         r"|a resposta é)\s+)(?:(?:big(?:\s+fat)?|fat|hard|sad|definite|solid|resounding|huge|rotundo)\s+)?"
                         r"(yes|no|s[iíì]|sim|n[ãa]o|oui|non|iya|ya|tidak|nggak|gak)(?![\w'’]|-\w)(?!(?<=\bya)\s+\w)"
                         r"(?:\s+(?:rotundo|total))?"
                         r"(?!(?:\s+(?:rotundo|total))?\s+(?:from|to|for|on|in|with|de|da|do|del|para|pra|pour|per|dari|buat|untuk|a|al|à|ao)"
                         r"(?![\w'’]))"
                         r"(?![ \t]*(?:/|-?(?:or|o|ou|atau)(?![\w'’])-?|-)[ \t]*(?:(?:a|un|um|une)[ \t]+)?"
                         r"(?:yes|no|s[ií]|sim|n[ãa]o|oui|non|iya|ya|tidak)(?![\w'’]))")
# mourning alone, in fans' languages ("rip 🕊️", "she didn't deserve that", "no se lo merecía", "ela não merecia isso", "di niya
# deserve yun", "dia gak pantes digituin", "không đáng bị như vậy", "그렇게 가다니"): the tears it is, which answer only a fate
# asked (guard_fates.emoji_said), never "rip, minggu depan" or "ju-ran, but why her hair tho"
_MOURNS = compile_later(
    r"(?i)^[\s*_\[(]*(?:(?:sad|crying|cry|sob|tears)[\s,.]+)*(?:r\.?i\.?p\.?|rest in peace|gone too soon|q\.?e\.?p\.?d\.?"
    r"|que en paz descanse|turut berduka(?: cita)?|innalillahi\w*|(?:삼가\s?)?(?:고인의\s?)?명복을\s?빕니다|명복을\s?빌어요?"
    r"|tội (?:quá|ghê|vậy)|thương quá|(?:" + REST_IN_PEACE + r")(?: nhé| nha| ya)?"
    r"|why (?:her|him)|(?:she|he|they) (?:didn'?t|did not|don'?t|doesn'?t) deserve (?:that|this|it)|(?:di|hindi) (?:niya|nya) deserve"
    r" (?:yun|yon|iyon|iyun|yan)|no se (?:lo )?merec[ií]a(?: eso)?|(?:ela|ele) n[ãa]o merecia(?: isso)?"
    r"|(?:dia )?(?:gak|ga|nggak|tidak) pant[ae]s (?:digituin|begitu|kayak gitu)"
    r"|(?:cô ấy |anh ấy |nó )?không đáng bị (?:như vậy|như thế|thế)|그렇게 가다니|(?:하늘에서\s?)?편히 쉬어(?:요|라)?"
    r"|may (?:he|she|they) rest in peace|(?:she|he)(?:'s| is) in a better place(?: now)?)"
    r"(?:\s+(?:bro|man|girl|boy|anh|em|chị|buddy|kid|(?:lil|little) (?:bro|sis)|(?:my|meu|minha|mi)\s+(?:baby|boy|girl|queen|king|heart|menin[oa]|beb[êé]|niñ[oa]|amor|anjo)))?"
    # ... the writer's fondness beside it ("rip my fav", "명복을 빕니다 ㅠㅠ 내 최애였는데", "pahinga ka na 😭 fav ko pa naman", "he
    # was my bias", "era mi favorito", "my fav dad"): the tears for the one asked of all the same
    r"(?:[\s,.…~ㅠㅜ" + EMOJI + r"]+(?:(?:(?:he|she) was |you were |(?:era|fue) (?:(?:o|a) )?)?(?:my|mi|minha|meu|내)\s?(?:fave?|favou?rite|favorit[oa]"
    r"(?: de (?:toda )?la serie)?|bias|최애)(?:\s(?:dad|daddy|papa|appa|mom|boy|girl|guy|kid|villain|character))?(?:였는데|였어|야)?|최애(?:였는데|였어|야)?|(?:fav|bias)\s+(?:ko(?: pa naman)?|gw|gue|aku"
    r"|của (?:tui|tôi|mình))|gone too soon))*"
    r"(?:[\s,.]+(?:crying|cry|sad|sob|sobbing|tears|gif))*[\s*_\]).!…~ㅠㅜ" + EMOJI + r"]*$")
# a gif linked by its page, whose address says its words ("https://tenor.com/view/rip-crying-gif-19283746": "rip crying")
_GIF_LINK = compile_later(r"(?i)^\s*<?https?://(?:www\.)?(?:tenor\.com(?:/\w\w)?/view|giphy\.com/gifs)/([\w-]+?)(?:-gif)?-[\w]+/?>?\s*$")
# a gif or an action said is a few words (and emoji): a longer line is chat, never read so (its runs of spaces and emoji
# would cost _GIF_SAID time growing as the square of the line's length)
_GIF_LONGEST = 200


def as_said(answer: str) -> str:
    """An answer as its words say it: bars left open or one bar a side dropped (Discord shows "||yes he dies" and "|yes
    he dies|" whole), emoji opening it put after its words ("😭😭 yes": "yes 😭😭"), as fans put them either side of a
    yes, and a gif or an action in words said as the yes, the no, the tears or the shrug it is ("*nods sadly*": "yes")."""
    answer = _VERDICT.sub(r"\1\2", _ONE_BAR.sub(" ", answer.replace("||", " ")).strip(), count=1)
    if linked := _GIF_LINK.match(answer):
        answer = linked.group(1).replace("-", " ")
    if len(answer) <= _GIF_LONGEST and _MOURNS.match(answer):
        return "😭"
    opening = _EMOJI_OPENING.match(answer)
    answer = f"{opening.group(2)} {opening.group(1).strip()}" if opening else answer
    gif = _GIF_SAID.match(answer) if len(answer) <= _GIF_LONGEST else None
    if gif is None:
        return answer
    said = next(word for word, group in zip(_GIF_WORDS, gif.groups()[:4], strict=True) if group)
    return f"{said} {gif.group('rest').strip()}".strip()
