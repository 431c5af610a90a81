"""Season 2's release and return asked whole in Spanish, Portuguese, Indonesian and Tagalog, the season-2 table of
foreign_glosses.py (which splices these rows in where they always stood, so every reading keeps its turn): a delay
heard ("dicen que la temporada 2 se atrasó", "katanya season 2 diundur ya?") -> "is season 2 delayed", who returns
("quiénes regresan en la temporada 2", "a namra volta?") -> "who is returning in season 2", a day heard and doubted
("vi no tiktok que a temporada 2 sai dia 15 de janeiro, é real?") -> "is it true season 2 comes out in ...", the
hour asked ("anong oras lalabas ang season 2"). Names have already become slots (ent0, ent1) when this runs."""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later
from bot.lore.answer.heard_leads import HEARD_LEAD
from bot.lore.answer.season2_words import SPANISH_PORTUGUESE
from bot.lore.answer.written_dates import MONTHS_ABROAD

_SLOT = r"(ent\d+)"  # a name's slot, as foreign_glosses.py matches it
COMES_OUT = r"(?:sale|sai|estrena|estreia|estrenan|estreiam|lanzan|lançam|lança|lanza|llega|chega)"
# said in the future too: "vai sair", "va a salir", "sairá", "saldrá" (a date heard is checked the same way)
WILL_COME_OUT = rf"(?:(?:vai|va a|van a|vão) (?:sair|salir|estrear|estrenar|lançar|lanzar|chegar|llegar)|sair[aá]|saldr[aá]|estrear[aá]|estrenar[aá]|{COMES_OUT})"
# a day, a month or a year said after "sale", "sai" (never "a onjo sai da série na temporada 2": she leaves the show);
# "marco" is março typed without its cedilla (foreign_asks' table of months)
_MONTHS_SAID = "|".join(dict.fromkeys([*MONTHS_ABROAD["es"], *MONTHS_ABROAD["pt"]]))
_DAY_SAID = (r"(?:[^,?!]*(?<!temporada )(?<!season )(?<![a-z])\d(?!\s*(?:ª|a|da|nda)?\s*temporada)"
             rf"|[^,?!]*\b(?:{_MONTHS_SAID}|semana|mes|mês|año|ano)\b)")

# the doubt after it ("é real?", "es verdad?", "es fake?")
_DOUBT = r"(?:\W+(?:é|es|e) (?:real|verdade|verdad|cierto|sério|serio|fake|falso|falsa|mentira))"

# Spanish and Portuguese fans' short "t2" after "en la", "na" ("vuelve gwinam en la t2?"), never a bare "t2" (Terminator 2,
# a tier)
# ("cuando sale la t2", "el ep 5 de la t2": after "la" or "de la" too)
_SHORT_T2 = compile_later(r"(?<!\w)((?:en|na|no|em|de|da) (?:la |a )?|la )t2(?!\w)", re.I)


def short_season_two(text: str) -> str:
    """`text` with "en la t2" as "en la temporada 2" (a Spanish word, so the question is read as Spanish)."""
    return _SHORT_T2.sub(r"\1temporada 2", text) if "t2" in text.casefold() else text


SEASON2_ROWS: tuple[tuple[LazyPattern, str], ...] = (
    # the days around season 2's release: a delay heard ("dicen que la temporada 2 se atrasó, es verdad?", "é verdade que a
    # 2 temporada foi adiada?", "katanya season 2 diundur ya?", "na-delay daw ang season 2, totoo ba?"): whether it is
    # delayed, as English asks it (read before as what is in season 2)
    (compile_later(r"^\W*(?:(?:dicen|dijeron|escuch[eé]|le[ií]|dizem|disseram|ouvi|li|katanya|kabarnya|sabi nila|sabi)(?: que)? "
                   r"|(?:es |é |e )?(?:verdad|cierto|verdade)(?: que)? |(?:apa )?(?:benar|bener|beneran)(?: kalau| kalo)? )?"
                   r"(.+?) (?:(?:beneran|bener|benar|udah|sudah) )?(?:se atras[oó]|(?:la |lo )?atrasaron|se retras[oó]|(?:la |lo )?retrasaron|(?:fue|foi) (?:pospuesta|adiada|adiado"
                   r"|atrasada)|se pospuso|adiaram|atrasou|(?:di)?undur|ditunda|mundur)(?: (?:de nuevo|otra vez|de novo|outra vez|lagi|ya))*"
                   r"(?:\W+(?:es verdad|é verdade|e verdade|es cierto|é real|es real|bener(?:an)?(?: gak)?|né|ne|kan))?\W*$", re.I, prefilter=True), r"is \1 delayed"),
    # the verb first: "es verdad que retrasaron la temporada 2?", "dizem que adiaram a segunda temporada"
    (compile_later(r"^\W*(?:(?:es |é |e )?(?:verdad|cierto|verdade) que |(?:dicen|dizem|escuch[eé]|ouvi) que )?(?:se )?"
                   r"(?:retrasaron|atrasaron|pospusieron|postergaron|adiaram|atrasaram|retras[oó]|atras[oó]|pospuso|adiou|atrasou) "
                   rf"((?:la |a )?(?:{SPANISH_PORTUGUESE}))"
                   r"(?: (?:otra vez|de nuevo|de novo|outra vez))?\W*$", re.I), r"is \1 delayed"),
    (compile_later(r"^\W*(?:totoo (?:ba |bang |ba na |nga )?)?(?:na-? ?delay|nadelay|delayed|naantala|na-? ?postpone|nausog)(?: (?:daw|raw|ba|na|ulit))*(?: ang| yung)? (.+?)"
                   r"(?:\W+totoo(?: ba)?)?\W*$", re.I), r"is \1 delayed"),
    # who returns in season 2 and whether someone does ("quiénes regresan en la temporada 2", "quem volta na segunda
    # temporada", "siapa aja yang balik di season 2", "sino ang babalik sa season 2", "onjo sale en la temporada 2?",
    # "kasama ba si onjo sa season 2"): the announced cast (read before as what is in season 2), hidden as far as it tells
    (compile_later(r"^\W*(?:qui[eé]n(?:es)?|quem|siapa(?: aja| saja)?(?: yang| yg)?|sino(?: ang| yung| mga)?(?: mga)?)(?: (?:los que|que))? "
                   r"(?:regresan|regresa|vuelven|vuelve|volta|voltam|retorna|retornam|balik|kembali|babalik|bumabalik|magbabalik)"
                   r"(?: (?:en|na|no|em|di|sa|para|pra|ke))? (.+?)\W*$", re.I), r"who is returning in \1"),
    (compile_later(rf"^\W*(?:el |la |o |a |si )?{_SLOT} (?:sale|aparece|est[aá]|estar[aá]|vuelve|regresa|volta|retorna|vai estar|participa"
                   r"|va a (?:estar|salir|aparecer|volver)|vai (?:aparecer|voltar)|balik|kembali|muncul)(?: lagi)?(?: (?:en|na|no|em|di|ke))? (?:la |a )?("
                   rf"{SPANISH_PORTUGUESE})\W*$", re.I), r"is \1 in \2"),
    # "a namra volta?", "vuelve cheongsan?", "onjo balik gak?": back in season 2, the season fans wait for
    (compile_later(rf"^\W*(?:el |la |o |a |si )?{_SLOT} (?:volta|vuelve|regresa|retorna|balik(?: lagi)?|kembali|babalik)"
                   r"(?: (?:ou não|ou nao|o no|gak|ga|nggak|ba))?\W*$", re.I), r"is \1 in season 2"),
    (compile_later(rf"^\W*(?:volta|vuelve|regresa|retorna|babalik(?: ba)?)(?: (?:el|la|o|a|si))? {_SLOT}\W*$", re.I), r"is \1 in season 2"),
    # "vuelve gwinam en el ep 5?", "o gwinam volta no ep 5?": back in one episode of the story, as English asks it
    (compile_later(rf"^\W*(?:(?:volta|vuelve|regresa|retorna)(?: (?:el|la|o|a))? {_SLOT}|(?:el |la |o |a )?{_SLOT} (?:volta|vuelve|regresa|retorna))"
                   r" (?:en el|en|in|no|na|em) (?:ep|episodio|episódio|cap[ií]tulo|cap) ?(\d{1,2})\W*$", re.I), r"does \1\2 come back in episode \3"),
    # "cuando vuelve la serie?", "quando volta a série?": when the show comes back (season 2's release)
    (compile_later(r"^\W*(?:cu[aá]ndo|quando) (?:vuelve|regresa|volta|retorna) (?:la serie|a s[ée]rie|el show|o show)\W*$", re.I),
     "when does it come out"),
    # "vuelve el director en la t2?", "o diretor volta na segunda temporada?": the makers back, as English asks it (read
    # before as what is in season 2's story)
    (compile_later(r"^\W*(?:(?:vuelve|vuelven|regresa|regresan|volta|voltam|retorna|retornam) (?:el |la |los |las |o |a |os |as )?"
                   r"(?:director|directora|directores|diretor|diretora|diretores|guionista|escritor|roteirista)"
                   r"|(?:el |la |los |las |o |a |os |as )?(?:director|directora|directores|diretor|diretora|diretores|guionista|escritor|roteirista)"
                   r" (?:vuelve|vuelven|regresa|regresan|volta|voltam|retorna|retornam))"
                   rf"(?: (?:en|na|no|em|para|pra) (?:la |a )?(?:{SPANISH_PORTUGUESE}))?\W*$", re.I), "does the director return for season 2"),
    # "regresa cheong-san en la temporada 2?", "volta a namra na 2 temporada?": the verb first, the season named
    # ("vuelve gwinam en la t2?", "sale onjo en la temporada 2?", "aparece namra na 2ª temporada?")
    (compile_later(rf"^\W*(?:volta|vuelve|regresa|retorna|sale|aparece|aparecer[aá]|estar[aá])(?: (?:el|la|o|a|si))? {_SLOT} (?:en|na|no|em) (?:la |a )?("
                   rf"{SPANISH_PORTUGUESE})\W*$", re.I), r"is \1 in \2"),
    (compile_later(rf"^\W*(?:kasama|kasali|nasa|babalik|bumalik) (?:ba |rin ba |pa ba |din ba )?(?:si |sina )?{_SLOT}"
                   r"(?: (?:sa|ng) (season 2|s2))?\W*$", re.I), r"is \1 in season 2"),
    # a day seen somewhere and doubted: "vi no tiktok que a temporada 2 sai dia 15 de janeiro, é real?", "dicen que la
    # temporada 2 sale el 15 de enero, es verdad?", "mi amigo dice que ... sale el 12 de marzo, es fake?", or asked
    # plainly ("¿la temporada 2 sale el 12 de marzo?"): whether it comes out then
    (compile_later(r"^\W*(?:(?:(?:eu )?(?:vi|li|ouvi|escuch[eé]|le[ií])(?: (?:no|na|en|em|el) \w+)?|dizem|disseram|falaram|dicen|dijeron)"
                   rf"(?: que)?|{HEARD_LEAD}) (.+?) (?:se )?{WILL_COME_OUT}(?: (?:en|em|el|no|na|a|o|para|dia|día))* (?={_DAY_SAID})(.+?)"
                   rf"{_DOUBT}?\W*$", re.I), r"is it true \1 comes out in \2"),
    (compile_later(rf"^\W*(.+?) (?:se )?{WILL_COME_OUT}(?: (?:el|em|no|dia|día|o))* (\d{{1,2}} de (?:{_MONTHS_SAID})){_DOUBT}?\W*$", re.I),
     r"is it true \1 comes out in \2"),
    (compile_later(r"(?<!\w)((?:di)?(?:rilis|tayang|keluar)(?: pada)?) bulan depan(?!\w)", re.I), r"\1 next month"),
    (compile_later(r"(?<!\w)((?:di)?(?:rilis|tayang|keluar)(?: pada)?) tahun depan(?!\w)", re.I), r"\1 next year"),
    # Indonesian hearsay: "katanya s2 rilis januari, bener gak?", "denger2 season 2 rilis bulan depan": whether it comes out then
    (compile_later(r"^\W*(?:katanya|kabarnya|denger(?:2|-denger| denger)?|dengar(?:-dengar)?|kata orang|infonya)(?: sih)? (.+?) (?:akan )?(?:di)?"
                   r"(?:rilis|tayang|keluar)(?: (?:pada|di|tanggal|bulan|tahun))* (?!jam\b)(.+?)(?:\W+(?:bener(?:an)?|benar|betul)(?: (?:gak|ga|nggak|ngga|ya))?)?\W*$",
                   re.I), r"is it true \1 comes out in \2"),
    # "s2 jam berapa rilisnya": the hour, said before the verb
    (compile_later(r"^\W*(.+?) jam berapa (?:di)?(?:rilis|tayang|keluar)(?:nya)?\W*$", re.I), r"what time does \1 come out"),
    # "¿ya está la temporada 2?", "já está disponível a segunda temporada?": whether it is out
    (compile_later(r"^\W*(?:ya|já|ja) (?:est[aá]|tá|ta)(?: (?:disponible|dispon[ií]vel|en netflix|na netflix))? (?:la |a )?((?:"
                   rf"{SPANISH_PORTUGUESE}))(?: (?:disponible|dispon[ií]vel|en netflix|na netflix))?\W*$", re.I), r"is \1 out"),
    # "totoo ba na sa jan 15 na ang labas ng season 2?": the day said first
    (compile_later(r"^\W*totoo (?:ba )?(?:na |nga )?(?:na )?sa (.+?) (?:na )?(?:ang |yung )?(?:labas|release|showing|premiere) "
                   r"(?:ng |ang |nung )?(.+?)\W*$", re.I), r"is it true \2 comes out in \1"),
    # "anong oras lalabas ang season 2 sa pilipinas": the hour asked; the country is no other release
    (compile_later(r"^\W*(?:anong|ano ang|anu(?:ng)?) oras (?:ba )?(?:(?:lalabas|ilalabas|ipapalabas|labas|mapapanood)(?: na)?(?: ba)?"
                   r"(?: ang| yung)?|(?:ang |yung )?(?:labas|release|showing|premiere) (?:ng|nung|ang))"
                   r" (.+?)(?: sa (?:pinas|pilipinas|philippines|ph))?\W*$", re.I), r"what time does \1 come out"),
)
