"""Closed sets of things a player lists when hedging: "jupiter saturn", "korea japan", "red blue",
"queen rook", "kidney liver", "coldplay radiohead", "army nis", "einstein newton", "sushi ramen",
"coffee tea", "bow sword".

Beside the right answer, one other word of the answer's own set is a second guess, not a word
qualifying the answer ("barack obama", "paris lol"): a message naming two planets for "the largest
planet" names several answers (bot.trivia.matching). Two words beside it already count as a list.
"""

from __future__ import annotations

from bot.text import MONTH_NAMES, WEEKDAY_NAMES
from bot.trivia.places import COUNTRIES

# Cities of one word that players name as guesses for a capital or a city ("tokyo kyoto", "sydney
# canberra"); none is also an everyday English word ("nice", "reading", "bath" are left out).
_CITIES = """
tokyo kyoto osaka yokohama nagoya sapporo kobe fukuoka hiroshima nagasaki seoul busan incheon daegu daejeon
gwangju ulsan suwon pyongyang beijing shanghai shenzhen guangzhou chengdu wuhan nanjing tianjin xian
taipei manila jakarta bangkok hanoi saigon singapore kuala delhi mumbai bombay kolkata calcutta chennai
madras bangalore karachi lahore islamabad dhaka kathmandu colombo kabul tehran baghdad damascus beirut
amman riyadh jeddah mecca medina dubai doha jerusalem ankara istanbul cairo alexandria nairobi lagos abuja
accra dakar casablanca rabat tunis algiers tripoli khartoum addis johannesburg pretoria durban kinshasa
luanda harare lusaka london paris berlin madrid barcelona rome milan naples venice florence turin lisbon
porto amsterdam rotterdam brussels antwerp vienna prague budapest warsaw krakow bucharest sofia athens
belgrade zagreb ljubljana bratislava kyiv kiev minsk moscow petersburg vilnius riga tallinn helsinki
stockholm oslo copenhagen reykjavik dublin edinburgh glasgow manchester liverpool birmingham munich
hamburg frankfurt cologne zurich geneva bern lyon marseille toulouse bordeaux seville valencia bilbao
ottawa toronto montreal vancouver calgary chicago boston seattle houston dallas miami atlanta denver
phoenix detroit philadelphia baltimore sacramento austin honolulu anchorage mexicocity guadalajara havana
bogota lima quito caracas santiago buenosaires montevideo asuncion brasilia rio saopaulo canberra sydney
melbourne brisbane perth adelaide auckland wellington
"""
_SETS = (
    "mercury venus earth mars jupiter saturn uranus neptune pluto",
    "red orange yellow green blue purple violet indigo pink brown black white grey gray",
    " ".join(WEEKDAY_NAMES).lower(),
    " ".join(m for m in MONTH_NAMES if m != "May").lower(),  # (not "may": a word of its own)
    "spring summer autumn winter",
    "asia europe africa antarctica australia oceania",
    "pacific atlantic indian arctic",
    "gold silver bronze copper iron lead tin zinc",
    # instruments and animals, named side by side as guesses ("trumpet trombone", "rat rabbit")
    "trumpet trombone saxophone sax clarinet flute violin viola cello piano guitar drums tuba harp oboe bassoon "
    "banjo ukulele accordion harmonica",
    "rat mouse rabbit hamster cat dog squirrel stag doe otter fox wolf bear horse cow pig sheep goat lion tiger elephant "
    "monkey owl eagle hawk snake frog dolphin whale shark moose beaver goose raccoon penguin kangaroo koala panda "
    "gorilla cheetah leopard rhino hippo camel giraffe zebra",
    # makers players name side by side ("sony nintendo", "toyota honda")
    "sony nintendo sega microsoft atari apple samsung google amazon facebook netflix disney intel ibm nokia "
    "huawei xiaomi motorola panasonic toshiba hitachi philips siemens nvidia amd",
    "toyota honda nissan hyundai kia mazda subaru mitsubishi ford chevrolet chevy dodge tesla bmw audi "
    "volkswagen vw mercedes porsche ferrari lamborghini fiat renault peugeot volvo",
    # pieces, positions and parts a question asks one of ("rook or queen", "chaser seeker", "kidney liver")
    "king queen rook bishop knight pawn",
    "seeker keeper chaser beater",
    "heart liver kidney lung stomach brain pancreas spleen bladder",
    "everest k2 kilimanjaro denali fuji matterhorn elbrus aconcagua mckinley vesuvius etna",
    # bands and agencies named side by side ("coldplay radiohead", "army nis")
    "beatles coldplay radiohead nirvana metallica abba oasis blur muse u2 acdc aerosmith bts blackpink exo bigbang",
    "nis cia fbi kgb mi6 nsa interpol police army navy military",
    # people known by one name, named side by side as guesses ("einstein newton", "raphael michelangelo")
    "newton einstein galileo darwin tesla edison curie kepler copernicus hawking faraday pasteur bohr planck "
    "archimedes pythagoras euclid mendel",
    "michelangelo raphael donatello leonardo davinci picasso monet manet rembrandt vermeer dali matisse cezanne "
    "renoir degas botticelli caravaggio warhol klimt gauguin",
    "mozart beethoven bach chopin handel haydn vivaldi tchaikovsky wagner brahms schubert verdi debussy",
    "plato aristotle socrates kant nietzsche descartes hegel confucius",
    # dishes ("sushi ramen"; not chicken, which says what is in one: "chicken curry")
    "ramen udon soba sushi sashimi tempura dango onigiri kimchi bibimbap bulgogi tteokbokki pizza pasta lasagna "
    "burger taco burrito curry paella hamburger sandwich hotdog",
    # drinks ("coffee tea"; not milk, lemon or honey, which say what is in one: "milk tea", nor a kind of
    # one of them: "espresso coffee")
    "tea coffee water juice soda cola lemonade kombucha cocoa beer wine whisky whiskey vodka rum gin "
    "sake champagne",
    # weapons ("bow sword", "gun or knife")
    "bow crossbow sword knife gun spear axe slingshot",
    # jobs ("police firefighter"; not detective or officer, which a job word before says which one of:
    # "police detective")
    "firefighter fireman paramedic police policeman policewoman cop doctor nurse teacher soldier lawyer farmer "
    "pilot scientist engineer journalist reporter dentist",
    _CITIES,
)
_CITY_WORDS = frozenset(_CITIES.split())
_FAMILIES: dict[str, frozenset[int]] = {}
for _n, _words in enumerate(_SETS):
    for _word in _words.split():  # (a word may be of two sets: Tesla the maker and the inventor)
        _FAMILIES[_word] = _FAMILIES.get(_word, frozenset()) | {_n}
_COUNTRY = -1


def _families(compact: str) -> frozenset[int]:
    found = _FAMILIES.get(compact, frozenset())
    return found | {_COUNTRY} if compact in COUNTRIES else found


def another_of_its_set(word: str, answers: set[str]) -> bool:
    """Whether `word` is another member of a set one of `answers` (compact forms) belongs to."""
    families = _families(word)
    return bool(families) and word not in answers and any(families & _families(a) for a in answers)


def is_place(word: str) -> bool:
    """Whether `word` (compact) is a country or a well-known city."""
    return word in _CITY_WORDS or _COUNTRY in _families(word)
