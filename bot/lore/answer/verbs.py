"""What a question's verb says happened: "die", "bite", "save" read as the event kinds they mean,
with the roles of the one who does it and of the one it is done to ("does So-ju die" wants So-ju
as the victim). Read by the event index (events.py), deeds and relative clauses.
"""

from __future__ import annotations

from bot.lazy_re import Pattern, compile_later
from bot.lore.answer.words import stem

# What a verb of the question says happened: the event kinds it means, and the roles of the one who
# does it (the agent) and of the one it is done to.
_VERBS: tuple[tuple[Pattern, frozenset[str], frozenset[str], frozenset[str], str], ...] = tuple(
    (compile_later(pattern), frozenset(kinds.split()), frozenset(agents.split()), frozenset(patients.split()),
     kinds.split()[0])
    for pattern, kinds, agents, patients in (
        (r"\b(?:kill|kills|killed|killing|murder\w*|finish\w* off)\b(?!\s+(?:her|him|them|my|your)sel(?:f|ves))",
         "death attack turn", "killer attacker biter", "victim"),  # a fight is no kill (Gwi-nam lives through the roof)
        (r"\b(?:die|dies|died|dying|dead|death|pass away|passe)\b", "death sacrifice turn", "killer", "victim"),
        (r"\b(?:bite|bites|bit|bitten|biting)\b", "bite turn halfbie death", "biter", "victim"),
        # "did he inject his son", "experiment on jin-su", "who gave jin-su the virus": infecting by hand
        (r"\b(?:infect\w*|contaminat\w*|inject\w*|experiment\w* on|test\w* (?:the virus |it )?on|"
         r"(?:give|gives|gave|given) (?:\w+ )?(?:the |a )?(?:jonas )?virus)\b", "infection turn", "infector", "victim"),
        (r"\b(?:turn|turns|turned|turning|zombified)\b|\b(?:become|becomes|became|is|was)\s+(?:a\s+)?zombie\b",
         "turn infection halfbie", "biter infector", "victim"),
        (r"\b(?:halfbie|hambie|half zombie)\b", "halfbie bite", "biter", "victim"),
        (r"\b(?:save|saves|saved|saving|rescue\w*|(?:gets?|got) (?:the \w+ out|out(?!\s+of\s+(?:the\s+)?(?:school|building|city|hyosan|gym|roof)))|"
         r"help\w* \w+ escape)\b",
         # who gives their life so another gets away (the victim of a sacrifice) saves them; "gets out of the gym"
        # with no one got out is an escape (below)
         "rescue sacrifice", "rescuer protector victim", "rescued protected"),
        (r"\b(?:protect\w*|shield\w*|defend\w*)\b", "bite sacrifice rescue fight", "protector victim rescuer", "protected rescued"),
        (r"\b(?:attack\w*|maul\w*|stab\w*|threw|throw\w*|hurl\w*|push\w*|beat\w*)\b",
         "attack fight death", "attacker", "victim"),
        # a fight is first a fight: "the roof fight" is Nam-ra's with Gwi-nam, not Jin-su thrown off a roof
        (r"\b(?:fight\w*|fought|brawl\w*|battle\w*|duel\w*)\b", "fight attack death", "attacker", "victim"),
        (r"\b(?:sacrific\w*|gives? (?:her|him)self up)\b", "sacrifice", "victim", "protected"),
        (r"\b(?:kiss\w*)\b", "kiss", "partner", "partner"),
        (r"\b(?:confess\w*|tells? \w+ (?:how|that) (?:he|she) feels)\b", "confession", "confessor", "confessed_to"),
        (r"\b(?:give birth|gives birth|gave birth|birth|pregnant|(?:have|has|had|having|deliver\w*) (?:the|her|a) baby|"
         r"baby (?:is |was )?born)\b", "birth", "present", "present"),
        (r"\b(?:bomb\w*|missile\w*|strike|strikes|airstrike\w*|nuke\w*)\b", "bombing", "present", "present"),
        (r"\b(?:escape\w*|flee\w*|fled|run away|ran away|break out|breakout|"
         r"(?:leave|leaves|leaving|left|(?:get|gets|getting|got) out of|(?:make|makes|made|making) it out of)\s+(?:the\s+)?"
         r"(?:school|building|city|hyosan|gym|roof))\b", "escape rescue", "present rescuer", "present rescued"),
    )
)


def verbs_in(text: str) -> list[tuple[frozenset[str], frozenset[str], frozenset[str], str, str]]:
    """What the question's verbs say happened, in `_VERBS` order: (event kinds, roles of the one who
    does it, roles of the one it is done to, the words matched, the main kind)."""
    found = []
    for pattern, kinds, agents, patients, primary in _VERBS:
        # A verb's word after an article or a possessive is its noun: "who hid a bite" asks who
        # hid something, not who bit someone.
        match = next((m for m in pattern.finditer(text)
                      if not (_AS_NOUN.fullmatch(m.group(0)) and _NOUN_BEFORE.search(text, 0, m.start()))), None)
        if match is not None:
            found.append((kinds, agents, patients, match.group(0), primary))
    return found


# "did ent0 kill the teacher": the one named does a deed to another (the verb right after them)
_THEY_DO = compile_later(r"^(?:did|does|do|has|have|was|will)\s+ent\d+(?: 's)?\s+(?:ever\s+|really\s+|actually\s+)?(\w+)\b")


def done_by_them(text: str) -> bool:
    """Whether a yes/no question asks if the one it names did something to another ("did ent0 kill the
    teacher"): a line about what another did for or to them (a relation's other side) answers no Yes."""
    match = _THEY_DO.match(text)
    return match is not None and done_to_another(match.group(1))


_NOUN_BEFORE = compile_later(r"\b(?:a|an|the|her|his|their|my|your|its|\w+'s)\s+$")
_AS_NOUN = compile_later(r"bites?|kills?|attacks?|rescues?|saves?|sacrifices?|turns?|escapes?|fights?|confessions?|betrayals?")


# "the guy who bombed the city", "the girl that bit Nam-ra": someone described by a deed they do to
# another, in the active ("the guy who got bitten" is the one it is done to, "the girl who died" does
# it to no one). Only a line where they do it names them: one that says the deed happened near them
# ("during the bombing", "Gwi-nam bites him") does not make them its doer.
_DEED_CLAUSE = compile_later(r"\b(?:who|that)\s+(?:(?:really|actually|then|also|just|literally)\s+)?([a-z]+)\b")
_DONE_TO_ANOTHER = compile_later(r"(?:kill\w*|murder\w*|bit|bite|bites|biting|infect\w*|saved?|saves|saving|rescu\w+|"
                              r"protect\w*|attack\w*|stab\w*|bomb\w*|nuk\w+|shot|shoots?|shooting|push\w*|threw|"
                              r"throws?|hurl\w*|orders?|ordered|ordering)")


def deeds_done(text: str) -> list[str]:
    """The verbs of `text`'s "who <verb>" clauses that say what the one described did to another."""
    return [m.group(1) for m in _DEED_CLAUSE.finditer(text) if done_to_another(m.group(1))]


def done_to_another(word: str) -> bool:
    """Whether `word` says what one did to another ("bombed", "bit"): a deed with someone it is done to."""
    return _DONE_TO_ANOTHER.fullmatch(word) is not None


# "when does nam-ra come back": a line where they come back (or are found again), never any line with "back" in it
# (Nam-ra "holds back her hunger", Cheong-san "drags On-jo back", Su-hyeok "pulls him back inside")
_COMING_BACK = compile_later(r"\b(?:come|comes|coming|came) back\b|\breturn(?:s|ed|ing)?\b")
_CAME_BACK = compile_later(r"\b(?:comes?|came|swims?|swam|is|was|gets?|got) back\b|\breturn(?:s|ed)?\b|\bfind\b|\bfound\b")


#: The stems of coming back asked ("return", "come back"): a line that tells_coming_back accounts for them
COMING_BACK_STEMS = frozenset(stem(w) for w in ("come", "comes", "came", "back", "return", "returns", "returned"))


def asks_coming_back(text: str) -> bool:
    """Whether a question asks of someone coming back ("when does nam-ra come back", "when does gwi-nam return")."""
    return ("back" in text or "return" in text) and _COMING_BACK.search(text) is not None


def tells_coming_back(text: str) -> bool:
    """Whether a line of the story tells of someone coming back or found again ("swims back from an island")."""
    return _CAME_BACK.search(text) is not None
