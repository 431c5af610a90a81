"""Other works fans of the show name beside it (Squid Game, Kingdom, Train to Busan...): what happens in them is
not the show's. A leaf module, so the lexicon's parts and the answer engine read one list without importing each other."""

from __future__ import annotations

#: Other works fans of the show talk about, as fans type them (lowercase too: "squid game finale", "kingdom's first
#: zombie"): a finale or a plot word owned by one of them is that work's, not the show's.
OTHER_WORKS = (r"(?:squid ?game|kingdom|train to busan|peninsula|(?:fear )?the walking dead|twd|sweet ?home|stranger things"
               r"|hellbound|money heist|game of thrones|attack on titan|the last of us|tlou|black summer|z nation"
               r"|zombieverse|(?:the )?hunger games|(?<!my )(?<!our )(?<!your )(?<!his )(?<!her )(?<!the )(?<!of )happiness|#alive|world war z|resident evil|28 days later|night of the living dead)")
