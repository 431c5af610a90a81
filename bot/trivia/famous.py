"""Famous full names that open with a word players also give as a one-name answer of someone or
something else: "Robin Hood" is not Batman's Robin, "Homer Simpson" not the poet Homer, "Apollo
Creed" not the god, "Alexander Hamilton" not Alexander the Great.

A question that asks for a person accepts a name word after a one-name answer (the answer's own
surname: "Napoleon Bonaparte", "Dante Alighieri", "Alfred Pennyworth"), so only names this famous
as someone else are told apart. Such a name is still the answer's own when the question speaks of
its world (a word of the name, or one listed with it: "Who is Bart's father?" keeps "Homer
Simpson" for Homer), when its list is of that world, or when the question accepts the full name.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from bot.trivia.normal import normalize_tokens

# "full name: words that place a question in that name's world" (the name's own words count too)
_FAMOUS = """
robin hood: sherwood nottingham tuck marian outlaw merry archer archery rich poor legendary friar sheriff thief thieves locksley
robin williams: mork doubtfire genie comedian
robin thicke: blurred
homer simpson: simpsons springfield bart marge lisa maggie duff doh cartoon donut doughnut flanders moe burns sitcom
peter pan: neverland wendy hook tinkerbell tinker barrie grows grow lost darling smee crocodile
peter parker: spider spiderman spider-man spidey mary jane aunt may web marvel avengers
apollo creed: rocky boxer boxing balboa
napoleon dynamite: idaho
alexander hamilton: musical treasury federalist burr
thor heyerdahl: kon-tiki kontiki raft
mario andretti: racing indianapolis formula indy driver
virgil van dijk: liverpool football footballer
prince harry: royal meghan sussex
prince william: royal kate cambridge
prince charles: royal diana wales
prince philip: royal edinburgh
prince andrew: royal york
prince george: royal
drake bell: josh nickelodeon
pink floyd: band wall
elvis costello: attractions declan mcmanus
michael jackson: thriller pop moonwalk billie jean neverland jackson
nelson mandela: africa apartheid
hannibal lecter: lambs clarice cannibal psychiatrist hopkins
luke skywalker: jedi vader tatooine star wars leia yoda kenobi lightsaber rebel kylo anakin padme skywalker
jude law: actor watson sherlock
david bowie: ziggy stardust
david beckham: football footballer posh
adam sandler: comedian actor
adam smith: economist economics wealth nations
joseph stalin: soviet ussr russia
mary poppins: nanny banks umbrella practically
mary shelley: frankenstein
elizabeth taylor: actress cleopatra
victoria beckham: spice posh
diana ross: supremes
venus williams: tennis serena
ulysses grant: president civil
arthur miller: crucible salesman playwright
leonardo dicaprio: titanic actor revenant
harry styles: direction
harry potter: hogwarts wizard hermione dumbledore snitch quidditch gryffindor weasley voldemort lived scar muggle hagrid snape ron dursley
bruce lee: kung martial dragon
bruce wayne: batman gotham dark knight
bruce willis: diehard mcclane
bruce springsteen: boss
donald duck: disney duck huey dewey louie daisy mickey goofy scrooge
donald trump: president
han solo: falcon chewbacca chewie star wars leia kylo smuggler millennium corellian jabba greedo carbonite kessel cantina eisley
tyson fury: gypsy
augustus gloop: wonka chocolate factory charlie
charlie brown: peanuts snoopy linus lucy
charlie chaplin: silent tramp
john lennon: beatles imagine yoko
paul mccartney: beatles wings
mark zuckerberg: facebook meta
jack sparrow: pirates caribbean pearl depp
james bond: 007 spy agent
isaac newton: gravity physicist apple
abraham lincoln: president gettysburg
thomas edison: inventor invented bulb phonograph
"""


def _entries() -> dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]:
    found: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for line in _FAMOUS.strip().splitlines():
        name, _, world = line.partition(":")
        tokens = normalize_tokens(name)
        words = frozenset(normalize_tokens(world)) | set(tokens[1:])
        found.setdefault(tokens[0], []).append((tuple(tokens[1:]), words | {w + "s" for w in words}))
    return {first: tuple(rests) for first, rests in found.items()}


#: one-name answer -> (the words that complete a famous name after it, that name's world words)
FAMOUS: Mapping[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]] = _entries()


def _speaks_of(world: frozenset[str], echoed: Collection[str]) -> bool:
    """Whether the question's words (`echoed`) name a word of `world`: as listed, or a form of it
    ("Spider-Man's", "outlaws", "Simpson" for "simpsons": one starts with the other, five letters on)."""
    if any(word in echoed for word in world):
        return True
    long = [word for word in echoed if len(word) >= 5 and word.isalpha()]
    return any(
        (said.startswith(word) or word.startswith(said)) and abs(len(said) - len(word)) <= 3
        for word in world if len(word) >= 5 for said in long
    )


def famous_own(tokens: Sequence[str], end: int, name: str, echoed: Collection[str]) -> bool:
    """Whether the words after a one-name answer `name` (found up to `end`) complete the famous name
    the question speaks of ("Robin Hood" to "Which outlaw robbed the rich in Sherwood?"): they are the
    answer's own, whatever kind the question asks for."""
    return any(
        tuple(tokens[end : end + len(rest)]) == rest and _speaks_of(world, echoed) for rest, world in FAMOUS.get(name, ())
    )


def famous_other(
    tokens: Sequence[str], end: int, name: str, echoed: Collection[str], listed: Collection[str] | None,
) -> tuple[str, ...] | None:
    """The words after a one-name answer `name` (found up to `end`) that make it a famous name of
    someone else (see the module docstring), or None. `echoed`: the question's own words; `listed`:
    its list's answers (compact), a list of that name's world when two of them are of it ("Hogwarts"
    and "Hermione" beside "Harry Potter": a list of one world, whose "Harry" is Harry Potter; a
    general list answering "Robin Hood" somewhere is none)."""
    for rest, world in FAMOUS.get(name, ()):
        if tuple(tokens[end : end + len(rest)]) != rest or _speaks_of(world, echoed):
            continue
        if listed is not None and sum(word in listed for word in world) >= 2:
            continue
        return rest
    return None
