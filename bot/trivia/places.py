"""Countries and the first-level regions people name after a place ("Paris France", "Austin Texas",
"Sydney Australia"): such a word after a place answer says where it is, it does not make another
place (bot.trivia.another), and is no typo of another one ("Austria" for Australia). Compact forms
(bot.trivia.normal.compact_form), common short forms included.

Also a country's other names ("RSA", "DRC", "Holland") and the word for its people ("Swiss",
"Dutch"), which a fair quizmaster takes for the country; the choice is documented at
`country_forms`: a demonym that names two countries ("Korean", "Congolese") is left out, and a
country's name counts for a nationality answer only when the question asks for a nationality
(never for a language: "Portugal" is not Portuguese to "What language is spoken in Brazil?")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.trivia.normal import compact_form

_COUNTRIES = """
afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
brazil brunei bulgaria burkina burundi cambodia cameroon canada capeverde chad chile china colombia
comoros congo costarica croatia cuba cyprus czechia czechrepublic denmark djibouti dominica
dominicanrepublic ecuador egypt elsalvador eritrea estonia eswatini ethiopia fiji finland france
gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary
iceland india indonesia iran iraq ireland israel italy ivorycoast jamaica japan jordan kazakhstan
kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
netherlands holland newzealand nicaragua niger nigeria northkorea northmacedonia macedonia norway
oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia
rwanda samoa sanmarino saudiarabia senegal serbia seychelles sierraleone singapore slovakia slovenia
somalia southafrica southkorea korea southsudan spain srilanka sudan suriname sweden switzerland
syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu
uganda ukraine unitedarabemirates uae unitedkingdom uk britain greatbritain england scotland wales
northernireland unitedstates usa us america uruguay uzbekistan vanuatu vatican venezuela vietnam
yemen zambia zimbabwe europe asia africa rsa drc cotedivoire czechia eswatini swaziland
"""
_REGIONS = """
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada newhampshire newjersey newmexico newyork
northcarolina northdakota ohio oklahoma oregon pennsylvania rhodeisland southcarolina southdakota
tennessee texas utah vermont virginia washington westvirginia wisconsin wyoming
ontario quebec britishcolumbia alberta manitoba saskatchewan novascotia newbrunswick newfoundland
newsouthwales queensland victoria tasmania
"""
COUNTRIES = frozenset(_COUNTRIES.split())
PLACES = COUNTRIES | frozenset(_REGIONS.split())
_LONGEST = 3  # words in the longest name ("united arab emirates")


def place_at(tokens: Sequence[str], at: int) -> int:
    """How many words starting at `at` name a country or region (0 if none), longest first."""
    for size in range(min(_LONGEST, len(tokens) - at), 0, -1):
        if compact_form(list(tokens[at : at + size])) in PLACES:
            return size
    return 0

# Other names of one country (compact forms): the short forms and abbreviations people type.
_SAME_COUNTRY: tuple[tuple[str, ...], ...] = (
    ("southafrica", "rsa"),
    ("democraticrepublicofthecongo", "democraticrepublicofcongo", "drc", "doctorcongo", "congokinshasa"),  # ("DR" reads as Doctor)
    ("netherlands", "thenetherlands", "holland"),
    ("czechrepublic", "czechia"),
    ("ivorycoast", "cotedivoire"),
    ("myanmar", "burma"),
    ("eswatini", "swaziland"),
    ("northkorea", "dprk"),
    ("china", "prc", "peoplesrepublicofchina"),
    ("papuanewguinea", "png"),
    ("saudiarabia", "ksa"),
    ("bosniaandherzegovina", "bosnia", "bih"),
    ("turkey", "turkiye"),
    ("capeverde", "caboverde"),
    ("easttimor", "timorleste"),
    ("vaticancity", "vatican", "holysee"),
    ("northmacedonia", "macedonia"),
    ("australia", "aus"),
    ("russia", "russianfederation"),
    ("southkorea", "rok", "republicofkorea", "korea"),  # ("korea" as the world says it; North Korea is "dprk")
    ("taiwan", "roc", "republicofchina"),
    ("ireland", "eire", "republicofireland", "irishrepublic"),
)
# What its people (and its things) are called, where that word names one country only ("Korean",
# "Congolese", "Guinean" name two or more and are left out).
_DEMONYMS = """
afghanistan:afghan albania:albanian algeria:algerian argentina:argentinian,argentine armenia:armenian
australia:australian,aussie austria:austrian bangladesh:bangladeshi belgium:belgian bolivia:bolivian
brazil:brazilian bulgaria:bulgarian cambodia:cambodian canada:canadian chile:chilean china:chinese
colombia:colombian croatia:croatian cuba:cuban czechrepublic:czech czechia:czech denmark:danish
egypt:egyptian england:english estonia:estonian ethiopia:ethiopian finland:finnish france:french
germany:german ghana:ghanaian greece:greek hungary:hungarian iceland:icelandic india:indian
indonesia:indonesian iran:iranian iraq:iraqi ireland:irish israel:israeli italy:italian
jamaica:jamaican japan:japanese jordan:jordanian kenya:kenyan latvia:latvian lebanon:lebanese
libya:libyan lithuania:lithuanian malaysia:malaysian mexico:mexican mongolia:mongolian
morocco:moroccan nepal:nepalese,nepali netherlands:dutch thenetherlands:dutch holland:dutch
newzealand:kiwi nigeria:nigerian norway:norwegian pakistan:pakistani peru:peruvian
philippines:filipino poland:polish portugal:portuguese romania:romanian russia:russian
saudiarabia:saudi scotland:scottish serbia:serbian singapore:singaporean slovakia:slovak
slovenia:slovenian southafrica:southafrican spain:spanish sweden:swedish switzerland:swiss
syria:syrian thailand:thai turkey:turkish ukraine:ukrainian unitedkingdom:british
greatbritain:british britain:british unitedstates:american usa:american venezuela:venezuelan
vietnam:vietnamese wales:welsh unitedarabemirates:emirati qatar:qatari kuwait:kuwaiti
tajikistan:tajik uzbekistan:uzbek kazakhstan:kazakh kyrgyzstan:kyrgyz turkmenistan:turkmen
azerbaijan:azerbaijani belarus:belarusian cyprus:cypriot malta:maltese ecuador:ecuadorian
uruguay:uruguayan paraguay:paraguayan sovietunion:soviet,soviets ussr:soviet,soviets tunisia:tunisian
"""
_OTHER_NAMES: dict[str, tuple[str, ...]] = {form: group for group in _SAME_COUNTRY for form in group}
_COUNTRY_OF: dict[str, tuple[str, ...]] = {}
_DEMONYMS_OF: dict[str, tuple[str, ...]] = {}
for _entry in _DEMONYMS.split():
    _country, _words = _entry.split(":")
    _DEMONYMS_OF[_country] = tuple(_words.split(","))
    for _word in _DEMONYMS_OF[_country]:
        _COUNTRY_OF[_word] = (*_COUNTRY_OF.get(_word, ()), _country)
# A question that asks for a nationality: the country's name there names it too ("Spain" for Spanish;
# never for a language, "What language is spoken in Brazil?", nor an ocean, "Indian").
_NATIONALITY_WORDS = frozenset("nationality nationalities heritage ethnic ethnicity citizen citizenship descent".split())


# A U.S. state's postal code, typed for the state ("MD" for Maryland), only where the code is no
# everyday word, chat or other name ("in", "or", "me", "hi", "ok", "oh", "la", "pa", "ma", "de", "al",
# "co", "id", "ar", "ga", "mi", "ne", "ms", "ca", "ct" are not: those states are not here).
_STATE_CODES = dict(
    pair.split("=") for pair in (
        "alaska=ak arizona=az florida=fl illinois=il iowa=ia kansas=ks kentucky=ky maryland=md minnesota=mn "
        "missouri=mo montana=mt nevada=nv newhampshire=nh newjersey=nj newmexico=nm newyork=ny "
        "northcarolina=nc northdakota=nd rhodeisland=ri southcarolina=sc southdakota=sd tennessee=tn "
        "texas=tx utah=ut vermont=vt virginia=va washington=wa westvirginia=wv wisconsin=wi wyoming=wy"
    ).split()
)
# Every state's code, typed after a place to say where it is ("Atlanta, GA", "Austin TX"): the codes
# that are everyday words or chat ("in", "or", "me", "hi", "ok", "oh", "la", "pa", "ma", "de", "al",
# "co", "id") only for a state the question names itself ("Augusta, ME" to "the capital of Maine").
_CODE_WORDS = frozenset("in or me hi ok oh la pa ma de al co id".split())
_EVERY_STATE_CODE = {
    **{code: state for state, code in _STATE_CODES.items()},
    **dict(pair.split("=") for pair in (
        "in=indiana or=oregon me=maine hi=hawaii ok=oklahoma oh=ohio la=louisiana pa=pennsylvania "
        "ma=massachusetts de=delaware al=alabama co=colorado id=idaho ga=georgia ca=california "
        "ct=connecticut mi=michigan ne=nebraska ms=mississippi ar=arkansas"
    ).split()),
}


def state_by_code(word: str, asked_places: Collection[str]) -> str | None:
    """The state a code typed after a place answer names ("ga" → "georgia"), or None: a code that
    is an everyday word names only a state the question names (see `_CODE_WORDS`)."""
    state = _EVERY_STATE_CODE.get(word)
    if state is None or (word in _CODE_WORDS and state not in asked_places):
        return None
    return state


# A place name typed for another it is commonly confused with (typed -> meant): both are real names,
# so a typo reading refuses it; a fair quizmaster takes "Columbia" for the country Colombia, unless
# the question's list answers both.
CONFUSED_FOR: dict[str, str] = {"columbia": "colombia"}

_OFFICIAL_HEADS = (
    "republicof", "kingdomof", "stateof", "commonwealthof", "federalrepublicof", "peoplesrepublicof",
    "islamicrepublicof", "unitedrepublicof", "federationof", "principalityof",
)
_OFFICIAL_TAILS = ("republic", "federation", "kingdom", "confederation")


def country_forms(compact: str, question_tokens: Sequence[str], country: bool) -> list[str]:
    """Other compact forms a country answer is typed as: its short forms, and, when the answer is
    the country (`country`), the word for its people where that names it alone (a fair quizmaster
    takes "Swiss" for Switzerland, as Red's own lists take "Greek" for Greece); or the country a
    nationality answer names. Never a word of the question itself ("Where is Dutch spoken?")."""
    forms = [form for form in _OTHER_NAMES.get(compact, ()) if form != compact]
    if country and compact in COUNTRIES:
        # its official name: "the Republic of Chile", "Kingdom of Spain", "the French Republic"
        forms.extend(
            form for form in (
                *(head + compact for head in _OFFICIAL_HEADS),
                *(word + tail for word in _DEMONYMS_OF.get(compact, ()) for tail in _OFFICIAL_TAILS),
            ) if form not in PLACES and compact in _OTHER_NAMES.get(form, (compact,))
            # (the Dominican Republic is no Dominica, the Republic of China no China)
        )
    code = _STATE_CODES.get(compact) if "state" in question_tokens or "states" in question_tokens else None
    if code is not None:
        forms.append(code)  # "MD" to "Which state...?" (the question says "state": not Georgia the country)
    if country:
        for name in (compact, *forms):
            forms.extend(_DEMONYMS_OF.get(name, ()))
    if compact in _COUNTRY_OF and not _NATIONALITY_WORDS.isdisjoint(question_tokens):
        for name in _COUNTRY_OF[compact]:
            forms.extend((name, *_OTHER_NAMES.get(name, ())))
    echoed = set(question_tokens)
    return [form for form in dict.fromkeys(forms) if form not in echoed and form != compact]


# One country's names, and the regions inside it, for telling "London, England" (the UK's capital,
# where it is) from "Dover, England" (to "the capital of Delaware": another Dover).
_ONE_COUNTRY: tuple[frozenset[str], ...] = (
    frozenset("unitedkingdom uk britain greatbritain".split()),
    frozenset("unitedstates usa us america unitedstatesofamerica".split()),
    frozenset("unitedarabemirates uae".split()),
    *(frozenset(group) for group in _SAME_COUNTRY),
)
_INSIDE: dict[str, frozenset[str]] = {
    "unitedkingdom": frozenset("england scotland wales northernireland".split()),
    "unitedstates": frozenset([*_REGIONS.split()[: _REGIONS.split().index("ontario")], "georgia"]),  # the states first
    # (Georgia, also a country, is listed among them)
    "canada": frozenset("ontario quebec britishcolumbia alberta manitoba saskatchewan novascotia newbrunswick newfoundland".split()),
    "australia": frozenset("newsouthwales queensland victoria tasmania".split()),
}


def _country_name(compact: str) -> str:
    """The one name `_INSIDE` knows a country by ("uk" → "unitedkingdom")."""
    for group in _ONE_COUNTRY:
        if compact in group:
            return next((name for name in group if name in _INSIDE), compact)
    return compact


def places_agree(said: str, asked: str) -> bool:
    """Whether the place typed after an answer (`said`) fits the place a question names (`asked`):
    one place by two names ("Holland", "the Netherlands"), or one inside the other ("England" and the
    UK, "Texas" and the USA)."""
    if said == asked or any(said in group and asked in group for group in _ONE_COUNTRY):
        return True
    said_name, asked_name = _country_name(said), _country_name(asked)
    return said in _INSIDE.get(asked_name, ()) or asked in _INSIDE.get(said_name, ())


def other_countries_named_with(compact: str) -> list[str]:
    """Other countries' names that hold a country answer's ("Dominican Republic" for Dominica,
    "Republic of China" for China, "Nigeria" for Niger, "Northern Ireland" for Ireland): typed
    whole, they name that other country, never this one."""
    if compact not in COUNTRIES:
        return []
    own = set(_OTHER_NAMES.get(compact, ())) | {compact}
    return [
        name for name in sorted(PLACES | _OTHER_NAMES.keys())
        if compact in name and name not in own and compact not in _OTHER_NAMES.get(name, ())
    ]
