"""A "they say" lead fans type before a claim abroad ("disseram que", "me dijeron que", "katanya", "totoo bang"):
the words foreign_glosses.py drops before a fate it reads, and the lead typed alone, here or abroad ("my friend
said", "katanya"), which preamble.py asks about in the asker's language."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

# who said it or a doubt, said before a fate ("disseram que", "me dijeron que", "es cierto que", "katanya", "totoo bang")
HEARD_LEAD = (r"(?:(?:mis?|una?|meu|minha|o|a) (?:\w+ )?\w+ (?:me |nos )?(?:dice|dijo|dicen|dijeron|diz|disse|dizem|disseram|falou|contou)"
              r"(?: que)?"  # "mi amigo dice que", "minha irmã disse que": who said it, named
              r"|(?:me |nos |eu )?(?:disseram|dizem|falaram|contaram|dijeron|dicen|contaron|ouvi(?: dizer)?|escuch[eé]|le[ií]|vi)"
              r"(?: (?:no|na|en|em|el) \w+)?(?: que)?|(?:es |é |e )?(?:verdad|cierto|verdade)(?: que)?"
              r"|(?:apa |apakah )?(?:benar|bener|beneran|betul|serius)(?: kalau| kalo| bahwa)?|katanya|kabarnya|denger(?:2|-denger)?"
              r"|kata (?:temen|teman|adik|adek|kakak|abang|pacar|sepupu|cowok|cewek)\w*(?: (?:aku|gue|gua|gw|saya))?"  # "kata temenku": who said it
              # "temenku bilang", "sabi ng kaibigan ko": who said it, said the other way round
              r"|(?:temen|teman|adik|adek|kakak|abang|pacar|sepupu|cowok|cewek)\w*(?: (?:aku|gue|gua|gw|saya))? bilang(?: kalau| kalo)?"
              r"|dengar(?:-dengar)?|kata orang|totoo(?: ba| bang| nga)?(?: na)?|sabi(?: nila| ng \w+(?: (?:ko|mo|niya|namin|natin))?)?(?: na)?)")
# The lead with no claim after it ("my friend said", "tiktok says", "is it true", "i heard"): asked what was said,
# never answered as a question about friends or TikTok.
_SAID_ALONE = compile_later(
    r"^\W*(?:(?:(?:my|a|an|this|some|one of my|ma)\s+(?:\w+\s+)?\w+|some(?:one|body)|people|they|everyone|everybody|tiktok|"
    r"tik tok|reddit|twitter|youtube|yt|insta(?:gram)?|the internet|\w+\s+on\s+\w+)\s+(?:said|says|say|told(?: me| us)?|tells (?:me|us)|"
    r"spoiled me|spoilt me|claims?|claimed|keeps saying|is saying|are saying|was saying)|i\s+(?:saw|heard|read)(?:\s+(?:on|in)\s+"
    r"(?:a\s+)?\w+)?|(?:is|was)\s+(?:it|that|this)\s+(?:(?:actually|really|even)\s+)?(?:true|real|legit|tru|ture|confirmed|official)"
    # "confirmed?", "is that official", "is it official yet??": a doubt with nothing said to doubt (read on its own)
    r"(?:\s+(?:yet|now|tho|though|or\s+not|or\s+nah))?|(?:confirmed|official)(?:\s+(?:yet|tho|though))?|apparently|supposedly|"
    r"rumou?rs?\s+(?:has it|say|says))(?:\s+that)?\W*$",
    re.I,
)
# The lead typed with nothing after it ("dizem que", "katanya", "sabi nila"): the language its words are
# (Tagalog answered in English, as the rest of the bot answers it)
_LEAD_ALONE = compile_later(rf"^\W*{HEARD_LEAD}\W*$", re.I)
_LEAD_LANGUAGE = compile_later(r"(?P<pt>disseram|dizem|disse|diz|falaram|falou|contaram|contou|ouvi|eu|verdade|é)|(?P<es>dijeron|dicen|dice|dijo|contaron|escuch|le[ií]"
                               r"|verdad|cierto|es\b)|(?P<id>katanya|kabarnya|kata |denger|dengar|kata orang|benar|bener|betul|serius)", re.I)


def lead_alone(text: str) -> str | None:
    """The language of `text` when it is only a "they say" lead with no claim after it, else None."""
    if _SAID_ALONE.match(text):
        return "en"
    if not _LEAD_ALONE.match(text):
        return None
    said = _LEAD_LANGUAGE.search(text)
    return said.lastgroup or "en" if said is not None else "en"
