"""Countries and the first-level regions people name after a place ("Paris France", "Austin Texas",
"Sydney Australia"): such a word after a place answer says where it is, it does not make another
place (bot.trivia.another). Compact forms (bot.trivia.normal.compact_form), common short forms
included."""

from __future__ import annotations

from collections.abc import Sequence

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
yemen zambia zimbabwe europe asia africa
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
PLACES = frozenset((_COUNTRIES + _REGIONS).split())
_LONGEST = 3  # words in the longest name ("united arab emirates")


def place_at(tokens: Sequence[str], at: int) -> int:
    """How many words starting at `at` name a country or region (0 if none), longest first."""
    for size in range(min(_LONGEST, len(tokens) - at), 0, -1):
        if compact_form(list(tokens[at : at + size])) in PLACES:
            return size
    return 0
