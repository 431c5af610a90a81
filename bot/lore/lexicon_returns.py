"""Season 2's week in Spanish, Portuguese and French fan chat, for the spoiler lexicon (bot/lore/lexicon_typos.py says
these phrasings the lexicon's way before a text is read): a return ("¡¡VOLVIÓ CHEONGSAN!!", "o cheongsan voltou",
"cheongsan est de retour", "VUELVE CHEONGSAN", "a volta do cheongsan"; "no volvió" is never coming back), alive still
("sigue vivo", "est toujours vivant"), the later season named ("en la t2", "na 2ª temporada",
"dans la saison 2"), a state kept into it ("sigue siendo mitad zombi", "est toujours une mi-zombie"), On-jo's university, and the season-1
words said beside them ("teve que matar ele", "não tinha morrido", "a survécu", "la mort du père d'onjo")."""

from __future__ import annotations

import re

from bot.lore.lexicon_words import TOLD_ON

#: (what fans type, the lexicon's words), read before lexicon_typos' own phrasings, in this order.
RETURN_PHRASES: tuple[tuple[str, str], ...] = (
    # a return, as "came back" (not "volvió a ver": again; not "se volvió": became; "no volvió": never came back)
    # (and said in the present, "vuelve", "regresa", "volta", "retorna": the week's posts say it both ways)
    (r"(?:no|nunca|n[aã]o) (?:volvi[óo]|regres[óo]|ha vuelto|voltou|voltaram|vuelven?|regresan?|voltam|volta|retorna)"
     r"|n['’]est (?:pas|jamais) (?:revenue?|de retour)|ne revient (?:pas|jamais)", "never came back"),
    # a return as a noun: "la vuelta de cheongsan", "el regreso de", "a volta do", "o retorno da", "le retour de"
    (r"(?:(?:la|el|a|o|le) )?(?:vuelta|regreso|volta|retorno|retour) (?:de|del|do|da|du|d['’])", "the return of"),
    (r"(?<!se )(?:volvi[óo]|regres[óo]|ha vuelto|voltou|voltaram|vuelven?|regresan?|voltam|retorna(?:m|n|ram|ron|u)?"
     r"|(?:est[áa]|t[áa]) de (?:vuelta|volta)|(?:est|sont) de retour"
     r"|(?:est|sont) revenue?s?|revien(?:t|nent))(?! (?:a|à|au|ao|aos|às|al|à la|pra|para)\b)", "came back"),
    # Korean "온조 돌아왔다!!" after a name, as "came back" (not after a verb or "로": "헤엄쳐 돌아옴", episode 7's swim;
    # "반좀비로 돌아옴", his comeback as one in season 1)
    (r"(?<![로서아어워와쳐져고해게면며] )(?<=[\uac00-\ud7a3] )돌아\s?(?:왔(?:다|어|네|음)?|옴|온다)(?=\s*(?:$|[^\w\s]|[ㄱ-ㅎㅏ-ㅣ]))", "came back"),
    # Indonesian "namra kembali!", "onjo balik lagi" (not "kembali ke sekolah": back to school)
    (r"(?<!membawa )(?<!bawa )kembali(?! ke\b)|balik lagi(?! ke\b)", "came back"),
    (r"(?:en|na|no|dans) (?:la |a )?(?:temporada 2|t2|2(?:ª|a|°|º)? temporada|segunda temporada|saison 2"
     r"|(?:deuxi[èe]me|seconde) saison)", "in season 2"),  # not a bare "t2" (Terminator 2, a tier)
    (r"(?:la |a )?(?:temporada 2|2(?:ª|°|º) temporada|segunda temporada|saison 2|(?:deuxi[èe]me|seconde) saison)", "season 2"),
    # a state kept into the later season: season 1's fate, no new event (lexicon_seasons' "still a halfbie in season 2")
    # ... and alive still, as "is still alive" ("sigue vivo", "continua viva", "sigue con vida", "est toujours vivant")
    (r"(?:sigue|segue|contin[úu]a|est(?: toujours| encore)?|reste) (?:viv[oa]s?|con vida|com vida|vivante?s?)", "is still alive"),
    (r"(?:sigue siendo|contin[úu]a (?:siendo|sendo)|contin[úu]a(?= (?:meio|metade|mitad|medio|semi))|ainda é"
     r"|est (?:toujours|encore))(?: une?| una?| uma?)?", "is still"),
    (r"(?:tuvo|tuvieron|teve|tiveram) que (?:matarl[oa]|mat[aá]-l[oa]|matar (?:ele|ela))", "had to kill him"),
    (r"(?:tuvo|tuvieron|teve|tiveram) que matar(?: a| o)?", "had to kill"),
    (r"(?:n[aã]o|nunca) (?:tinha |havia )?(?:morrido|morreu)|n['’]est pas mort(?:e)?", "did not die"),
    (r"(?:tinha|havia) morrido", "died"),  # "died", as "meu celular tinha morrido" is read by lexicon_slang
    (r"(?:a|ont) surv[ée]cu|survivent|survit", "survived"),
    # (not the writer, "virei meio zumbi depois de maratonar": worn out)
    (r"(?:à moitié|demi|mi)[- ]zombies?|(?<!virei )(?<!fiquei )(?<!estou )(?<!tô )(?<!sou )(?:meio|metade)[- ]zumbis?", "halfbie"),
    # studying at a university is On-jo's season-2 life (lexicon SEASON_TWO's "uni")
    (r"(?:(?:na|en la|a la|à l['’]|di) )?(?:faculdade|universidade|universidad|facultad|universit[ée]|kuliah)", "at uni"),
    (r"la mort(?: de la| du| des| de| d['’])?", "the death of"),
)
#: What the phrasings above hold, and a French relative ("le père d'onjo", read by lexicon_typos): a cheap test on
#: lowercase, with lexicon_typos' own (grouped by their first letters: each more alternative costs every text read). A
#: state kept ("sigue siendo", "est toujours") matters only beside a later season, whose words are here.
RETURNS_CHEAP = (r"v(?:ol(?:vi[óo]|t[aou])|uel[tv])|de volta|re(?:gres|tour|torn|vien|venu)|t(?:emporada|2\b)"
                 r"|viv(?:[oa]|ante?)s?\b|[cn] vida"
                 r"|s(?:aison|urv(?:[ée]cu|it|ivent)|œur|oeur)|que mat|m(?:orri|oiti|i[- ]zomb|ère|ere d|eio|etade)|la mort| is back"
                 r"|p(?:ère|ere d)|frère|kembali|balik lagi|bumalik|nagbalik|facul|universida|universit[ée]|kuliah|돌아")
_HINT = re.compile(RETURNS_CHEAP)
#: "¡¡VOLVIÓ CHEONGSAN!!", "voltou gwinam?!", "VOLTOU O CHEONGSAN", "vuelve cheongsan": a return told before the one
#: back, who ends the sentence (Portuguese and Spanish fans put an article before a name). Also in Tagalog
#: ("bumalik si suhyeok!!"), and with a clause after ("volvió suhyeok y sigue enamorado"), the name still its subject.
_TOLD_FIRST = re.compile(r"(?:^|(?<=[¡!?.]))\s*(?:volvi[óo]|regres[óo]|voltou|vuelve|regresa|volta|retorna|est de retour"
                         r"|revient|is back|came back|(?:bumalik|nagbalik)(?: na)? (?:si|ang))(?: (?:el|la|o|a|le))? ([\w-]+)"
                         r"(?=\s*(?:$|[^\w\s'’-])|" + TOLD_ON + ")", re.I | re.M)
_B, _E = r"(?<![\w-])", r"(?![\w-])"
_RETURN = re.compile(_B + "(?:" + "|".join(f"((?:{w}))" for w, _ in RETURN_PHRASES) + ")" + _E, re.I)


def returns_said(text: str, low: str) -> str:
    """`text` (`low`: it lowercased, as first read) with these phrasings said the lexicon's way, a return told before the
    one back after them ("¡¡VOLVIÓ CHEONGSAN!!" -> "¡¡ CHEONGSAN came back!!"); unchanged without their words."""
    if not _HINT.search(low):
        return text
    return _RETURN.sub(lambda m: RETURN_PHRASES[(m.lastindex or 1) - 1][1], _TOLD_FIRST.sub(r" \1 came back", text))
