"""Whole questions about season 2's state in Spanish, Portuguese, Indonesian, French and German, put as the English
question that asks the same (`season2_foreign_ask`): whether filming is over or has begun ("ya terminaron de grabar
la temporada 2", "as gravações da 2 temporada ja acabaram", "syuting season 2 udah selesai", "le tournage de la
saison 2 est fini", "sind die dreharbeiten zu staffel 2 fertig"), how long is left before it ("faltam quantos dias
pra 2 temporada", "berapa hari lagi season 2", "il reste combien de jours avant la saison 2", "wie viele tage noch
bis staffel 2"), whether it is out ("la saison 2 est deja sortie"), what it is about ("de q trata la temporada 2",
"sobre o que vai ser a segunda temporada", "season 2 ceritanya tentang apa") and who is in it ("quienes salen en la
temporada 2", "quem ta no elenco da 2 temporada"), its second part with or without the season named ("¿cuándo sale la
parte 2?": season 1 had no parts), whether its date moved ("la cambiaron de fecha", "mudaram a data") and whether one of
the cast is in it, in French and German ("su-hyeok est dans la saison 2", "ist on-jo in staffel 2 dabei").

Before, each was read word by word as what is in season 2 and got "Nobody knows yet" about its story. Only a question
naming season 2 and holding no other question word ("dónde", "quién", "cuándo" where they ask something else) is
read, so "dónde se grabó la temporada 2" keeps its own reader. The English question goes through the same readers
(and the answer is said in the asker's language where those readers say it), so nothing hidden changes.
"""

from __future__ import annotations

import re

from bot.lazy_re import compile_later
from bot.lore.answer.asked_day import asked_day
from bot.lore.answer.season2_words import FRENCH, GERMAN, SPANISH_PORTUGUESE
from bot.lore.answer.written_dates import MONTHS_ABROAD
from bot.text import MONTH_NAMES, MONTH_NAMES_IN, ordinal

_S2 = (rf"(?:{SPANISH_PORTUGUESE}|temporada dos|2nda temporada|season two|{FRENCH}|deuxieme saison|2e saison"
       rf"|{GERMAN}|2\. staffel|zweiten staffel)")
_SEASON_2 = compile_later(rf"(?<!\w){_S2}(?!\w)", re.I)
_SLOT = compile_later(r"\bent\d+\b")
# filming and its end (or that it goes on, or began); a "where" or "who" asks something else of the shoot
_FILMING = compile_later(r"(?<!\w)(?:grab\w*|rodaje|rodar|rodando|film(?:ar|ando|agem|agens|ación|acion|aci[oó]n)\w*|grava\w*"
                         r"|syuting\w*|shooting|tournage|tourner|tournée?|dreh\w*|drehen)(?!\w)", re.I)
_ENDED = compile_later(r"(?<!\w)(?:terminaron|termin[oó]|terminado|terminou|terminaram|terminad[oa]|acabaron|acab[oó]|acabou"
                       r"|acabaram|acabad[oa]|finaliz\w+|conclu\w+|selesai|kelar|beres|rampung|fini[es]?|termin[ée]e?s?"
                       r"|fertig|abgeschlossen|beendet|vorbei|todav[ií]a|a[uú]n|siguen|ainda|continuam|masih"
                       r"|encore|noch)(?!\w)", re.I)
# that it has all come out ("¿ya terminó la temporada 2?", "tapos na ba season 2?", "season 2 udah tamat belum?"), not how
_OVER = compile_later(r"(?<!\w)(?:termin[oó]|terminou|acab[oó]|acabou|tapos|natapos|tamat|selesai|kelar)(?!\w)", re.I)
_HOW = compile_later(r"(?<!\w)(?:c[oó]mo|paano|gimana|bagaimana|cara)(?!\w)", re.I)
_BEGUN = compile_later(r"(?<!\w)(?:empez\w+|comenz\w+|come[cç]\w+|inici\w+|mulai|commenc\w+|d[ée]but\w+|angefangen|begonnen)(?!\w)",
                       re.I)
_OTHER_ASK = compile_later(r"(?<!\w)(?:d[oó]nde|onde|di ?mana|dmn|où|wo|qui[eé]n(?:es)?|quem|siapa|qui|wer|cu[aá]ndo|quando"
                           r"|kapan|quand|wann|por ?qu[eé]|porque|kenapa|pourquoi|warum|cu[aá]nto|quanto|berapa|combien|wie)(?!\w)", re.I)
# how long is left before it comes out (Spanish "cuánto falta" the older glosses read)
_COUNTDOWN = compile_later(r"(?<!\w)(?:faltam? quantos dias|quantos dias falta[mn]?|quanto tempo falta|falta quanto"
                           r"|berapa (?:hari|minggu|bulan|lama) lagi|(?:il )?(?:reste|rest) combien|combien de (?:jours|temps)"
                           r"|dans combien de (?:jours|temps)|wie viele tage|wieviele tage|wie lange (?:noch|dauert es noch|muss)"
                           r"|(?:cu[aá]ntos d[ií]as|cu[aá]nto tiempo|cu[aá]nto) falta)(?!\w)", re.I)
# whether it is out, French ("German "ist staffel 2 schon raus" and the others are read already)
_OUT_FR = compile_later(r"(?<!\w)(?:est|elle est|c'est|est-elle)(?: d[ée]j[aà])? (?:sortie?|dispo|disponible)(?!\w)", re.I)
# one of its episodes asked of ("l'épisode 8 de la saison 2 est sorti ?"): that episode, never season 2 as a whole
_EPISODE_FR = compile_later(r"(?<!\w)l['’]?(?:[ée]pisode|ep) (\d{1,2})(?!\w)", re.I)
# its second part ("teil 2 von staffel 2", "la parte 2 de la temporada 2"), asked when: never the premiere in its place
_PART_TWO = compile_later(r"(?<!\w)(?:(?:teil|parte|partie|bagian|part) ?(?:2|zwei|dos|dois|deux|dua)|(?:zweite[rn]?|segunda|seconde"
                          r"|deuxi[eè]me) (?:teil|parte|partie))(?!\w)", re.I)
# a part of something else ("la parte 2 del episodio 11", "teil 2 des webtoons"): never season 2's
_ANOTHER_WHOLE = compile_later(r"(?<!\w)(?:epis[oó]dio|[eé]pisode|cap[ií]tulo|folge|ep ?\d+|webtoon|pel[ií]cula|filme?|"
                               r"temporada 1|saison 1|staffel 1|season 1)(?!\w)", re.I)
_WHEN = compile_later(r"(?<!\w)(?:wann|cu[aá]ndo|quando|quand|kapan|kailan|kelan)(?!\w)", re.I)
# how many episodes it has ("cuántos episodios tiene la parte 2", "quantos episódios tem a parte 2", "berapa episode part 2")
_EPISODES_COUNTED = compile_later(r"(?<!\w)(?:cu[aá]nt[oa]s (?:episodios|cap[ií]tulos)|quant[oa]s (?:epis[oó]dios|cap[ií]tulos)"
                                  r"|berapa (?:episode|eps?|episod)|combien d'[ée]pisodes|wie viele folgen)(?!\w)", re.I)
# its date changed ("la cambiaron de fecha", "mudaram a data", "tanggal rilisnya diganti", "ils ont
# changé la date", "wurde sie verschoben"): yes or no, and which way it moved (a move earlier is no delay)
_MOVED = compile_later(r"(?<!\w)(?:cambi\w+ (?:de |la )?fecha|(?:mudaram|mudou|trocaram) (?:a )?data|(?:ganti|diganti|berubah|"
                       r"ubah|diubah) tanggal\w*|tanggal\w* (?:\w+ ){0,3}?(?:diganti|berubah|diubah|ganti)|chang\w+ (?:de |la )?date|date (?:a |est )?"
                       r"chang\w+|verschoben|(?:datum|termin)\w* (?:\w+ ){0,3}?ge[aä]ndert)(?!\w)", re.I)
# one of the cast asked in French or German ("su-hyeok est dans la saison 2 ?", "ist on-jo in staffel 2 dabei?");
# Spanish, Portuguese and Indonesian are read in foreign_glosses.py
_MEMBER = compile_later(r"^\W*(?:est-ce que |ist |kommt |spielt )?(ent\d+) (?:est|sera|revient|appara[iî]t|joue|ist|kommt|spielt)?"
                        rf" ?(?:dans|en|in|bei|auch in) (?:la )?(?:{FRENCH}|deuxieme saison|staffel 2|der zweiten staffel"
                        r"|2\. staffel)(?: (?:dabei|drin|mit|vor|zur[uü]ck|zu sehen))?(?: (?:ou pas|oder nicht|aussi|auch))?\W*$", re.I)
# what it is about
_STORY = compile_later(r"(?<!\w)(?:de (?:q|que|qu[eé]) (?:trata|va|se trata)|sobre (?:o )?(?:que|oq|q) (?:[eé]|vai ser|fala|trata|sera|será)"
                       r"|qual (?:[eé] )?a hist[oó]ria|cual es la historia|cu[aá]l es la trama|la trama|a trama|la historia|a hist[oó]ria"
                       r"|cerita(?:nya)? (?:tentang )?apa|ceritanya gimana|tentang apa|sinopsis(?:nya)?"
                       r"|(?:ça )?parle de quoi|de quoi (?:parle|ça parle|elle parle)|l'histoire|worum geht|wovon handelt)(?!\w)", re.I)
# who is in it
_CAST = compile_later(r"(?<!\w)(?:qui[eé]n(?:es)? (?:sale|salen|act[uú]a|act[uú]an|est[aá]n?|aparece|aparecen|vuelve|vuelven)"
                      r"|(?:el )?reparto|(?:o )?elenco|actores|atores|quem (?:t[aá]|est[aá]|est[aã]o|sai|atua|aparece|volta)"
                      r"|siapa (?:aja |saja )?(?:pemain|pemeran|pelakon|yang main|yg main)|pemain(?:nya)?|pemeran(?:nya)?|pelakon(?:nya)?"
                      r"|qui joue dans|le casting|besetzung|wer spielt (?:in|mit|bei))(?!\w)", re.I)

# whether its date is out ("¿ya anunciaron la fecha?", "ya hay fecha", "já tem data", "may petsa na ba", "udah ada tanggal
# rilis", "la date est annoncée"): the release date, never what is in it
_DATE_SET = compile_later(r"(?<!\w)(?:(?:anunci\w+|confirm\w+|dieron|deram|tiene|tienen|tem|t[eê]m|hay|h[aá]) (?:(?:ya|j[aá]|a|la) )?"
                          r"(?:fecha|data)|(?:fecha|data) (?:de (?:estreno|lanzamiento|lan[cç]amento|estreia) )?(?:ya )?(?:anunciad[ao]|"
                          r"confirmad[ao]|definid[ao])|(?:may|meron) (?:na )?(?:ba )?(?:na )?(?:petsa|release date)|petsa"
                          r"|(?:ada|udah|sudah|diumumin|diumumkan) (?:\w+ ){0,2}?tanggal|tanggal (?:rilis|tayang)\w*"
                          r"|date (?:de sortie )?(?:est |a [ée]t[ée] )?annonc[ée]e|datum (?:schon )?(?:bekannt|angek[uü]ndigt))(?!\w)", re.I)
# the month it comes out in ("¿sale en enero?", "sai em janeiro", "keluar bulan januari", "lalabas ba sa enero")
_MONTH_EN = {name: english.capitalize() for months in MONTHS_ABROAD.values() for name, english in months.items()} | {
    name.casefold(): english for name, english in zip(MONTH_NAMES_IN["tl"], MONTH_NAMES, strict=True)}
_MONTHS = "|".join(sorted(_MONTH_EN, key=len, reverse=True))
_IN_MONTH = compile_later(r"(?<!\w)(?:sale|saldr[aá]|estrena|sai|vai sair|estreia|keluar|rilis|tayang|lalabas|ipapalabas)"
                          r"(?: (?:ya|j[aá]|ba|na|di|pas|kah))* (?:en|em|no|di|bulan|sa|pada|sa buwan ng)(?: bulan)? "
                          rf"({_MONTHS})(?!\w)", re.I)
_A_MONTH = compile_later(rf"(?<!\w)(?:{_MONTHS})(?!\w)", re.I)
# where it is shown ("¿estará en netflix?", "vai ser na netflix", "sa netflix ba lalabas", "tayang di netflix")
_NETFLIX = compile_later(r"(?<!\w)(?:en|na|no|sa|di) netflix(?!\w)", re.I)


def season2_foreign_ask(text: str) -> str | None:
    """The English question `text` asks of season 2's state (see the module's docstring), or None."""
    if (member := _MEMBER.match(text)) is not None:
        return f"is {member.group(1)} in season 2"
    if _SEASON_2.search(text) is None:  # "¿cuándo sale la parte 2?": season 1 had no parts, so it is season 2's
        if not _PART_TWO.search(text) or _SLOT.search(text) or _ANOTHER_WHOLE.search(text):
            return None
        if _EPISODES_COUNTED.search(text):
            return "how many episodes does part 2 of season 2 have"  # "cuántos episodios tiene la parte 2"
        return "when does part 2 of season 2 come out" if _WHEN.search(text) else None
    if _SLOT.search(text) is not None:
        return None
    if _PART_TWO.search(text):
        if _EPISODES_COUNTED.search(text):
            return "how many episodes does part 2 of season 2 have"
        return "when does part 2 of season 2 come out" if _WHEN.search(text) or _COUNTDOWN.search(text) else None
    if _COUNTDOWN.search(text):
        return "when does season 2 come out"
    if _MOVED.search(text) and not _WHEN.search(text):
        return "did they change the date of season 2"
    if _STORY.search(text):
        return "what is season 2 about"
    if _CAST.search(text):
        return "who is in the season 2 cast"
    if _OTHER_ASK.search(text):
        return None
    if (month := _IN_MONTH.search(text)) is not None:
        return f"does season 2 come out in {_MONTH_EN[month.group(1).casefold()]}"
    if _DATE_SET.search(text):
        return "did they announce the release date of season 2"
    if _NETFLIX.search(text):  # a day or a month beside it ("sale en netflix el 12 de marzo?") asks when, not where
        if (day := asked_day(text)) is not None:
            # a day alone ("tanggal 21") is one of the release's month, as English "on the 21st" reads
            return f"does season 2 come out on {MONTH_NAMES[day[0] - 1]} {day[1]}" if day[0] else \
                f"does season 2 come out on the {ordinal(day[1])}"
        if (month := _A_MONTH.search(text)) is not None:
            return f"does season 2 come out in {_MONTH_EN[month.group(0).casefold()]}"
        return "will season 2 be on netflix"
    if _FILMING.search(text):
        if _ENDED.search(text):
            return "has season 2 finished filming"
        if _BEGUN.search(text):
            return "has season 2 started filming"
        return None
    if _OUT_FR.search(text):
        return f"is s2 ep {episode.group(1)} out yet" if (episode := _EPISODE_FR.search(text)) else "is season 2 out"
    if _OVER.search(text) and not _HOW.search(text):
        return "is season 2 over"  # "já acabou a 2ª temporada?": whether it has all come out, never its story
    return None
