"""The words the engine knows, for repairing typos: every word of the pack, and of questions.

A misspelt word is repaired only toward one of these (words.py `TypoFixer`), so "libary" becomes
"library" because the pack speaks of a library, and a word the engine could not use anyway is left
as typed.
"""

from __future__ import annotations

from bot.lore.answer.relation_words import REL_WORDS
from bot.lore.answer.words import known_words, words_of
from bot.lore.content import ContentPack

# Words of questions that the pack's own texts may not hold.
_QUESTION_WORDS = """
which episode episodes season seasons when where why what who whom whose how many much long old tall big
happen happens happened coming come comes came released release premiere premiered watch watched stream
streaming netflix survive survives survived survivor survivors alive dead die dies died death kill kills
killed killer bite bites bitten infected zombie zombies halfbie halfbies turn turns turned become becomes
actor actress actors plays played playing role character characters cast director directed writer wrote
webtoon author created creator made invented invent inventor developed designed virus school teacher father mother brother sister friend girlfriend
boyfriend crush love loves likes daughter son parent parents scene scenes library kiss kissed kisses
confess confesses confession rooftop roof gym bombing bomb missile drone music broadcasting thunderstorm
filming filmed finished wrapped trailer renewed cancelled confirmed announced production rating rated
korean title meaning mean name called based book episode runtime minutes hours viewing views number
birthday height weight blood type mbti zodiac instagram dating married favourite favorite food net worth
age real nickname job work living degree grade class president bully main lead protagonist vest pink
cost costs budget money price salary paid weather today tomorrow world cup song songs music soundtrack
best worst favourite better good great funny scary sad happy ending explained theory theories spoiler
joke jokes recommend recommendation similar another other like likes liked tell know think want need
make made give take find found look looked feel felt mean meant play game games player fight fights
year years month months week weeks hour minute time times first last next before after during while
people person family friends mother father sister brother wife husband child children baby babies
school class student students teacher teachers police army military soldier soldiers government city
country world korea korean japan america english language subtitles dub dubbed voice voices sound
house home room door window floor roof wall phone video camera picture photo picture story plot series
kill kills dies died lives lived alive dead zombie zombies human humans infected cure vaccine blood
tall short height weight heavy light strong weak fast slow young older younger eldest oldest
status update updates news latest progress state stage current currently soon still already yet ever
about above after again against almost nearly narrowly alone along also always among answer anyone anything anyway
around asked away back became because become been before began begin behind being below best better
between both bring brought called came cannot carry case cause change close come coming could course
different does doing done down during each early either else end enough even every everyone everything
fact family finally find first follow following form found friend from full gave getting give given
going gone group half hand happen hard have having head hear heard help here high hold hope house
however idea important inside instead into itself just keep kept kind knew known large later least
leave left less life line little live living long look made main make making many matter maybe mean
might mind more most move much must name near never next night nothing number often once only open
order other others over own part people place plan point possible probably problem put question quite
rather really reason right said same saw second seem seen sent several shall should show side since
small some something sometimes soon sort start state stay still such sure take taken talk tell than
thank that their them then there these they thing think this those though thought three through time
together told took toward true turn under until upon used very want wanted watch water ways well went
were what when where whether which while whole whom whose will with within without word words work
world would write wrong year years fully completely totally entirely partly properly
protect protects protected protecting shield shields shielded defend defends defended save saves saved saving
rescue rescues rescued endgame canon principal headmaster
liking loving dating crushing fancies fancy
vegan vegans vegetarian religious christian catholic buddhist atheist allergic diabetic introvert extrovert
""".split()  # the last line: traits fans ask of someone ("is onjo vegan"), never repaired into "began"


def question_vocabulary(pack: ContentPack) -> list[str]:
    texts: list[str] = [pack.show.setting, pack.show.virus, pack.show.type]
    for fact in pack.facts.values():
        texts += [fact.text, *fact.keywords]
    texts += [claim.text for claim in pack.claims.values()]
    for event in pack.events.values():
        texts += [event.text, *event.names, event.place or ""]
    for character in pack.characters.values():
        texts += [character.summary, *(e.text for e in character.events), *(d.text for d in character.descriptions)]
        texts += [r.text for r in character.relationships]
        if character.fate is not None:
            texts.append(character.fate.text)
    texts += [episode.summary for episode in pack.episodes.values()]
    words: set[str] = set(_QUESTION_WORDS) | known_words() | set(REL_WORDS)  # "colleague" is no "college"
    for text in texts:
        words.update(w for w in words_of(text.casefold()) if w.isalpha() and len(w) >= 3)
    return sorted(words)
