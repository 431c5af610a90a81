"""Questions asked through "confirmed" or "survive", read as the plain question the pack answers:

- "is it confirmed (that) nam-ra is a half zombie", "is it confirmed gwi-nam died", "is cheongsan's death confirmed":
  the claim itself ("is nam-ra a half zombie", "did gwi-nam die"), answered and hidden as any fate is; so is
  "namra halfbie confirmed?";
- "is the virus name confirmed": what the virus is called; "is the number of episodes for s2 confirmed": how many
  episodes season 2 has;
- "confirmed deaths in ep 3", "the death count in ep 5", "who survives ep 7": who dies in that episode ("who
  survives ep 12", the last: who survives season 1).

"is X confirmed for s2" (the cast) is left as asked: season2.py reads it.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.show import SEASON_ONE_EPISODES

_ENT = r"ent\d+"
_IT_CONFIRMED = compile_later(
    r"^\W*(?:is it|was it|has it been|it is|its|it's)(?: been)?(?: officially| actually| really| 100%)? confirmed"
    r"(?: that| if| whether)? (?P<rest>.+)$"
)
# Only a claim about someone named ("ent0 is dead"), never of season 2 or the cast ("that s2 comes out in 2027",
# "ent0 is in s2", "for s2": season2.py reads those)
_OF_SOMEONE = compile_later(rf"^{_ENT} (?!.*\b(?:s2|season 2|season two|for|cast|return|back)\b)")
_BE = compile_later(rf"^(?P<x>{_ENT}|[a-z-]+) (?P<be>is|was|are|were) (?P<y>.+)$")
# "ent0 died", "ent0 dies", "ent0 becomes a halfbie": the verb asked as did/does
_VERB = compile_later(rf"^(?P<x>{_ENT}|[a-z-]+) (?P<v>died|survived|turned|dies|survives|turns|becomes|became) ?(?P<y>.*)$")
_DEATH_CONFIRMED = compile_later(rf"^\W*(?:is|was|has) (?P<x>{_ENT}) ?'?s? death (?:been )?confirmed\W*$")
_VIRUS_NAME = compile_later(r"^\W*is (?:the )?(?:virus ?'?s? name|name of the virus|virus name) (?:confirmed|official)\W*$")
_S2_COUNT = compile_later(
    r"^\W*(?:is|has) (?:the )?(?:number of episodes|episode count|ep count|amount of episodes)(?: for| of| in)? "
    r"(?:s2|season 2|season two)(?: been)? (?:confirmed|announced|official)\W*$"
)
_EPISODE_DEATHS = compile_later(
    r"^\W*(?:what ?'?s |what is |whats )?(?:the )?(?:confirmed |official )?(?:deaths?|death count|death toll|body count)"
    r"(?: are| is)? in (?:ep|episode|eps) ?(?P<n>\d{1,2})\W*$"
    r"|^\W*who (?:survives?|makes it|lives)(?: through| past| in)? (?:ep|episode) ?(?P<m>\d{1,2})\W*$"
)
# "namra halfbie confirmed?", "cheongsan dead confirmed" (Korean "남라 반좀비 확정이야?" glossed so): the claim
_LOOSE_STATE = compile_later(
    rf"^\W*(?P<x>{_ENT}) (?:is )?(?:a )?(?P<y>halfbie|hambie|half zombie|dead|alive) (?:confirmed|official|for sure)\W*$"
)
# "ep 5 confirmed deaths", "episode 5 confirmed death who" (Korean "5화 확정 사망자 누구야" glossed so)
_LOOSE_DEATHS = compile_later(
    r"^\W*(?:ep|episode) ?(?P<n>\d{1,2}) (?:confirmed |official )?(?:deaths?|death count|body count)(?: who)?\W*$"
)
_PRESENT = {"died": "die", "survived": "survive", "turned": "turn", "became": "become"}


def _claim(rest: str) -> str:
    """"ent0 is a half zombie" as "is ent0 a half zombie", "ent0 died" as "did ent0 die"; otherwise as said."""
    rest = " ".join(rest.split()).rstrip(" ?!.")
    if (be := _BE.match(rest)) is not None:
        return f"{be['be']} {be['x']} {be['y']}"
    if (verb := _VERB.match(rest)) is not None:
        past = verb["v"] in _PRESENT
        base = _PRESENT.get(verb["v"]) or verb["v"].removesuffix("s")
        return " ".join(w for w in ("did" if past else "does", verb["x"], base, verb["y"]) if w)
    return rest


def confirmed_asked(clauses: list[str]) -> list[str]:
    """Each clause asked through "confirmed" or "survive" as its plain question; every other clause as it is."""
    out: list[str] = []
    for clause in clauses:
        plain = " ".join(clause.split())
        if (it := _IT_CONFIRMED.match(plain)) is not None and _OF_SOMEONE.match(it["rest"]):
            out.append(_claim(it["rest"]))
        elif (death := _DEATH_CONFIRMED.match(plain)) is not None:
            out.append(f"did {death['x']} die")
        elif (state := _LOOSE_STATE.match(plain)) is not None:
            a = "a " if state["y"] in ("halfbie", "hambie", "half zombie") else ""
            out.append(f"is {state['x']} {a}{state['y']}")
        elif (deaths := _LOOSE_DEATHS.match(plain)) is not None:
            out.append(f"who dies in episode {deaths['n']}")
        elif _VIRUS_NAME.match(plain):
            out.append("what is the virus called")
        elif _S2_COUNT.match(plain):
            out.append("how many episodes does season 2 have")
        elif (ep := _EPISODE_DEATHS.match(plain)) is not None:
            # who survives the last episode is who survives the season
            out.append("who survived season 1" if ep["m"] == str(SEASON_ONE_EPISODES) else f"who dies in episode {ep['n'] or ep['m']}")
        else:
            out.append(clause)
    return out
