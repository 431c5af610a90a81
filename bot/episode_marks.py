"""Season marks as fans type them, read one way by every reader of a position (`bot.show.parse_position`
and `bot.progress_said`): the patterns two readers shared word for word now live here once. Each caller keeps
its own rules around a mark (what words may stand beside it, what a season alone means where it is said).

Texts reach these patterns normalized (casefolded, markup and separators collapsed to single spaces).
"""

from __future__ import annotations

import re

#: A season named before more is said of it, in each group a reader takes the first filled one of: "시즌2",
#: "시즌 2", "2기", "2시즌", or as typed in English beside Korean words: "s2", "season 2" ("s2 3화", "시즌2 다 봤어").
SEASON_KO_OR_EN = r"(?:시즌 ?(\d{1,2})|(\d{1,2}) ?(?:기|시즌)|(?:s|season) ?(\d{1,2}))"
#: A season said alone, nothing else in the text: "s2", "season 2", "시즌2", "2기", "2시즌".
SEASON_ALONE = re.compile(r"^(?:(?:s|season|시즌) ?(\d{1,2})|(\d{1,2}) ?(?:기|시즌))$")
