"""The words a season-2 question asks its release or a delay with (read by season2.py): "can i watch it", "is it out
yet", "when does it drop", "is there a release date", "was it pushed back".
"""

from __future__ import annotations

from bot.lazy_re import compile_later

# "can i watch season 2", "is season 2 on netflix already": whether it is out.
AVAILABLE = (r"\bwatch\w*\b|\bavailable\b|\b(?:already|now|yet) on netflix\b|\bon netflix (?:yet|now|already)\b"
             r"|^(?:is|isn't|isnt) (?:season 2|s2|it|the season|the sequel) (?:already )?on netflix\b")
RELEASE_NOW = compile_later(
    r"\brelease\w*\b|\bcome out\b|\bcoming out\b|\bcomes out\b|\bcame out\b|\bdate\b|\bpremiere\w*\b|\bair\w*\b"
    r"|\bdrop\w*\b|\bstream\w*\b|\bout yet\b|\bout\b|\bwhen\b(?!.*\b(?:film|shoot|production|renew|announc|wrap|finish|cast))"
    r"|\bhow long (?:until|till|til|before|to wait|do we (?:have to )?wait)\b|\bwait\w* for\b|" + AVAILABLE
)
# "has Netflix announced a release date", "is there a release date": the release, whatever else
# the question says ("announced", "is there" alone ask whether there is a season 2).
RELEASE_DATE = compile_later(r"(?:release|premiere|air|streaming)\s+date\b|\bdate\b|\brelease\w*\b|\bpremiere\w*\b")
RELEASE_WORDS = compile_later(
    r"\brelease\w*\b|\bcome out\b|\bcoming out\b|\bcomes out\b|\bcame out\b|\bpremiere\w*\b|\bair\w*\b|\bdrop\w*\b"
    r"|\bstream\w*\b|\bout\b|\b(?:be|get|gets|hit|hits|land|lands|arrive|arrives|come|comes|coming) (?:on|to) netflix\b"
)
# "was it delayed", "did they push it back", "is s2 postponed": a move later asked of
DELAY = compile_later(r"\bdelay\w*\b|\bpostpon\w*\b|\bpushed (?:back|to)\b|\bpush\w* (?:\w+ ){1,2}?back\b|\bmoved back\b")
