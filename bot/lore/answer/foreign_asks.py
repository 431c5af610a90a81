"""Whole Spanish, Portuguese, Indonesian and Tagalog questions of the kinds English and Korean/Japanese
already read, put as the English question that asks the same (`foreign_ask`): a scene's episode ("¿en qué
capítulo es la escena de la biblioteca?", "episódio da cena da mangueira", "episode berapa adegan di
perpustakaan", "anong episode yung sa library"; someone leaving the group or coming back: "¿en qué capítulo sale
nam-ra del grupo?", "namra balik di ep berapa"), how long an episode is, the age rating ("¿es apta para mi
hijo de 13?", "boleh ditonton anak 13 tahun?"), what happens to someone and who survives ("oq acontece com a
ent0", "ent0 kenapa di akhir", "siapa aja yg selamat"), season 2's news, whether Netflix will announce it in a month,
and whether it or its cast was announced in a month ("¿se anunció la temporada 2 en julio de 2025?").

Without these, such a question got "I don't know" or, for a dated one, the layer that tells what nobody knows
of season 2's story. The English question goes through the same readers, so what it hides below a member's
mark (what happens in the library) is hidden exactly as when asked in English. Names are slots (ent0) here.
"""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later
from bot.lore.answer.ending_glosses import ending_asked
from bot.lore.answer.season2_foreign_asks import season2_foreign_ask
from bot.lore.answer.season2_words import SPANISH_PORTUGUESE
from bot.lore.answer.written_dates import MONTHS_ABROAD
from bot.text import MONTH_NAMES

_SEASON_2 = rf"(?:la |a |ang |yung )?(?:{SPANISH_PORTUGUESE})"
_MONTH_EN = {name: english for months in MONTHS_ABROAD.values() for name, english in months.items()}
_MONTH_EN.update({english.casefold(): english.casefold() for english in MONTH_NAMES})
_MONTH = "(" + "|".join(sorted(_MONTH_EN, key=len, reverse=True)) + ")"

# "which episode" said first ("en qué capítulo", "em qual episódio", "anong episode", "di episode berapa") or,
# in Indonesian, last ("adegan perpustakaan di episode berapa"); "episódio da cena" names the scene at once
_WHICH_FIRST = compile_later(
    r"^\W*(?:(?:en|em|sa|di) )?(?:(?:qu[eé]|q|cu[aá]l|qual|anong|saang|ano(?:ng)? ang)(?: es el| [eé] o)? "
    r"(?:cap[ií]tulo|episodio|epis[oó]dio|ep|eps|cap|episode)|(?:episode|eps?|episod)(?: ke)? berapa"
    r"|epis[oó]dio(?= d[ae] cena\b))\b(.*)$", re.I)
_WHICH_LAST = compile_later(r"^(.*?)\s*(?:di |pada |sa )?(?:episode|eps?|episod)(?: ke)? berapa(?: (?:ya|sih|kah))?\W*$", re.I, prefilter=True)
# what else a question asks of an episode ("en qué capítulo muere ent0"): the readers of deaths and bites keep it
_OTHER_ASK = compile_later(r"\b(?:muere|mueren|muri[oó]|morre|morreu|mati|meninggal|namatay|patay|mordi\w*|digigit|kinagat"
                           r"|pasa|passa|acontece|terjadi|nangyari|qui[eé]n|quem|siapa|sino)\b", re.I)
# scenes a fan names by their place or thing, as English names them ("the library scene")
_SCENES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"(?<!\w)(?:{p})(?!\w)", re.I), e) for p, e in (
    (r"biblioteca|perpustakaan|library|silid-aklatan", "library"),
    (r"mangueras?|mangueiras?|selang(?: pemadam(?: kebakaran)?)?|(?:fire )?hose", "fire hose"),
    (r"sala de m[uú]sica|ruang musik|music room", "music room"),
    (r"sala de (?:radio|r[aá]dio|transmisi[oó]n|transmiss[aã]o|difusi[oó]n)|ruang siaran|broadcasting room", "broadcasting room"),
    (r"gimnasio|gin[aá]sio|aula olahraga|gedung olahraga|gym|gimnasyo", "gym"),
    (r"tormenta|tempestad|tempestade|hujan badai|badai|bagyo|thunderstorm|storm", "thunderstorm"),
))
_KISS = compile_later(r"(?<!\w)(?:besos?|besan|besaron|se besa|beijos?|beijam|beijaram|se beijam|ciuman|cium(?:an)?|berciuman"
                      r"|halik(?:an)?|naghalikan|kiss)(?!\w)", re.I)
_CONFESS = compile_later(r"(?<!\w)(?:se declara|se declar[oó]|se declarou|declara|confiesa|confes[oó]|confessa|confessou"
                         r"|nembak|menyatakan cinta|nyatain perasaan|umamin|confess(?:es|ion)?)(?!\w)", re.I)
_SLOTS = compile_later(r"\bent\d+\b")
# someone leaving the group or coming back, after "which episode" ("sale ent0 del grupo", "ent0 balik"): as English asks it
_LEAVES = compile_later(r"(?<!\w)(?:sale|sali[oó]|deja|dej[oó]|abandona|se va|se fue|sai|saiu|deixa|deixou|keluar|pergi|"
                        r"umalis|iniwan)(?: (?:el |la |o |a |si )?ent\d+)?(?: (?:de|del|do|da|dari|sa))? (?:el |o |la |a |ang )?(?:grupo|grup|group|geng)\b", re.I)
# ... never becoming ("se vuelve zombie", "se volvió medio zombie") nor being again ("volta a ser humana", "kembali jadi
# manusia"): those are no coming back
_COMES_BACK = compile_later(r"(?<!\w)(?<!se )(?:vuelve|volvi[oó]|regresa|regres[oó]|volta|voltou|retorna|balik|kembali|bumalik|babalik)"
                            r"(?!\w)(?! a (?:ser|virar|ficar|convertirse|transformarse)\b| (?:jadi|menjadi|berubah)\b)", re.I)
# ... and becoming one ("en qué capítulo se vuelve zombie gwinam", "em que episódio o gwinam vira zumbi"): as English asks
# it, whose answer says what they become (a halfbie) and when
_TURNS = compile_later(r"(?<!\w)(?:se vuelve|se volvi[oó]|se convierte en|se convirti[oó] en|se transforma en|se transform[oó] en"
                       r"|vira|virou|se torna|se tornou|jadi|menjadi|berubah jadi|berubah menjadi)(?: (?:un|una|um|uma|el|la|o|a)"
                       r"| ent\d+)? (?:medio |meio |setengah )?(?:zombie|zombi|zumbi)s?(?!\w)", re.I)

_LENGTH = compile_later(
    r"^\W*(?:(?:y |e )?(?:cu[aá]nto|quanto)(?: tiempo| tempo)? dura(?:n|m)?(?: (?:cada|un|uno|um|el|o|los|os))? "
    r"(?:cap[ií]tulos?|episodios?|epis[oó]dios?|caps?|eps?)"
    r"|(?:cu[aá]ntos|quantos) minutos (?:dura|duran|tiene|tienen|tem|t[eê]m|duram)(?: (?:cada|un|um|el|o|los|os))? "
    r"(?:cap[ií]tulos?|episodios?|epis[oó]dios?|caps?|eps?)"
    r"|(?:la |a )?(?:duraci[oó]n|dura[cç][aã]o) (?:de (?:los|cada)|dos|de cada|del|do) (?:cap[ií]tulos?|episodios?|epis[oó]dios?)"
    r"|(?:ilang|gaano) (?:minutes?|mins?|minuto|oras|hours?|katagal|kahaba)(?: ba)?(?: ang| yung)? (?:bawat|kada|isang|per|each|every) "
    r"(?:episode|ep)s?"
    r"|satu (?:episode|eps?) berapa (?:menit|jam|lama))\W*$", re.I)

# ... of one season's, or one of its episodes ("cuánto duran los episodios de la temporada 2", "quanto dura o primeiro
# episódio da temporada 2", "cuánto dura el capítulo 3 de la temporada 2")
_LENGTH_OF_SEASON = compile_later(
    r"^\W*(?:y |e )?(?:cu[aá]nto|quanto)(?: tiempo| tempo)? dura(?:n|m)?(?: (?:cada|un|uno|um|el|o|los|os))? "
    r"(?:(?P<first>primer|primeiro|1er|1º) )?(?:cap[ií]tulos?|episodios?|epis[oó]dios?|caps?|eps?)(?: (?P<n>\d{1,2}))? "
    r"(?:de|da|del|do) (?:la |a )?(?:(?:temporada|season) ?(?P<s>\d)|(?P<th>\d)(?:ª|º|a)? temporada)\W*$", re.I)

_KID = r"(?:mi |mis |un |una |meu |minha |um |uma |anak |adik |ponakan |kapatid |anak ko |ko )?" \
       r"(?:hij[oa]s?|niñ[oa]s?|herman[oa]s?|hermanit[oa]s?|sobrin[oa]s?|filh[oa]s?|irm[aã]o|irm[aã]|crian[cç]as?|anak|adik|bocah|bata)?"
_AGE = r"(?: ?(?:de|dari|umur|usia|ng)?\s*\d{1,2}(?: ?(?:a[ñn]os|anos|tahun|thn|th|years? old|yo|taon|na taon))?)"
_RATING = compile_later(
    r"^\W*(?:(?:es |[eé] )?(?:apta|apto|apropiada|adecuada|adequada|apropriada|recomendable|indicada|buena|boa) "
    rf"(?:para|pra|pa) {_KID}{_AGE}?"
    rf"|(?:se )?(?:la |lo )?puede (?:ver|mirar)(?:la|lo)? {_KID}{_AGE}"
    rf"|{_KID}{_AGE} (?:la |lo |a )?(?:puede|pode) (?:ver|mirar|assistir|ver(?:la|lo))"
    r"|(?:para|pra) (?:qu[eé]|que) (?:edad|idade) es|(?:a partir de|desde) qu[eé] edad|qu[eé] clasificaci[oó]n(?: de edad)? tiene"
    r"|(?:qual )?(?:[eé] )?(?:a )?classifica[cç][aã]o(?: (?:indicativa|et[aá]ria))?|qual (?:a )?idade (?:m[ií]nima|recomendada)"
    rf"|boleh (?:di)?tonton (?:(?:sama|oleh|buat|untuk) )?{_KID}{_AGE}?|(?:aman|cocok) (?:buat|untuk|bagi) {_KID}{_AGE}?"
    r"|(?:rating|batas) (?:umur|usia)(?:nya)?(?: berapa)?|umur berapa (?:boleh )?nonton"
    rf"|(?:pwede|puwede|pede) (?:ba )?(?:ba )?(?:to |ito |ba )?(?:sa|para sa|panoorin ng) {_KID}{_AGE}?(?: (?:kong|ko) \w+)?"
    r"|anong (?:age )?rating(?: nito| neto| nya| niya)?|pang ilang taon)"
    r"(?: (?:la serie|a s[eé]rie|esta serie|essa s[eé]rie|ini|ito|to))?\W*$", re.I, prefilter=True)

_NEWS = compile_later(
    rf"^\W*(?:(?:hay|tem|h[aá]|alguna|alguma|may|meron|ada)(?: (?:alguna|alguma|na|nang|ba|na ba))* )?"
    r"(?:noticias?|not[ií]cias?|novedad(?:es)?|novidades?|actualizaci[oó]n(?:es)?|atualiza[cç](?:[aã]o|[oõ]es)|info(?:rmaci[oó]n)?"
    r"|balita|update|kabar|berita)(?: (?:nueva|nuevas|nova|novas|terbaru|baru))?(?: (?:ba|na ba|na))?"
    rf"(?: (?:de|da|del|sobre|acerca de|sa|tungkol sa|ng|soal|tentang))? {_SEASON_2}(?: (?:ya|gak|ga|ba))?\W*$"
    rf"|^\W*ano(?:ng)? (?:na |bang |ba )?(?:ang |yung )?(?:balita|update|bago)(?: (?:ba|na|na ba))*(?: (?:sa|tungkol sa|ng))? {_SEASON_2}\W*$"
    rf"|^\W*(?:(?:ya |j[aá] )?se sabe (?:algo )?|(?:qu[eé]|o que) se sabe )(?:de|da|sobre) {_SEASON_2}\W*$", re.I)

_WILL_ANNOUNCE = compile_later(
    rf"^\W*(?:(?:la |a )?netflix )?(?:va a anunciar|van a anunciar|anunciar[aá]|vai anunciar|v[aã]o anunciar|akan (?:meng)?umum(?:in|kan)"
    r"|bakal (?:ng)?umumin|mag-?aanunsyo(?: ba)?(?: ang netflix)?|iaanunsyo(?: ba)?(?: ng netflix)?)(?: netflix)? "
    rf"{_SEASON_2}(?: (?:en|em|di|sa|bulan|sa buwan ng|no|na))+ {_MONTH}\W*$", re.I)

_ANNOUNCED = r"(?:se anunci[oó]|anunci[oó]|anunciaron|(?:fue |foi )?anunciad[oa]|anunciou|anunciaram|confirm[oó]|confirmaron|confirmou" \
             r"|(?:sudah |udah )?diumum(?:kan|in)|dikonfirmasi|in-?announce|inanunsyo)"
_CAST = r"(?:(?:el |o )?(?:reparto|elenco)|(?:ang |yung )?cast|pemain|pemeran)"
# a particle after the year asks nothing more ("season 2 diumumkan juli 2025 ya?", "... en julio 2025, no?")
_WHEN = rf"(?: (?:en|em|no|na|di|pada|bulan|nung|noong|sa))* {_MONTH}(?: (?:de|del))? (20\d\d)(?:\W*(?:ya|kah|kan|gak|ga|ba|no|né|n[aã]o))?\W*$"
_DATED = (  # the season (or its cast) said first, or the verb first
    compile_later(rf"^\W*(?:{_CAST} (?:de |da |del |dari |ng )?)?{_SEASON_2} (?:ba )?{_ANNOUNCED}{_WHEN}", re.I),
    compile_later(rf"^\W*{_ANNOUNCED} (?:ba )?(?:{_CAST} (?:de |da |del |dari |ng )?)?{_SEASON_2}{_WHEN}", re.I),
)
_CAST_SAID = compile_later(_CAST, re.I)

# that season 1 has all come out ("¿ya terminó la temporada 1?", "tapos na ba season 1?", "a temporada 1 já acabou?",
# "season 1 udah tamat?"), as "did all of season 1 come out" asks it: never how it ends, nor the asker's own watching
# ("ya terminé la temporada 1", "tapos ko na season 1", "tapos na ako sa season 1", "tapos na ba yung season 1 mo", "gua udah
# kelar season 1", "udah selesai nonton season 1": I, you, we) nor one of its episodes
_SEASON_ONE = compile_later(r"(?<!\w)(?:temporada 1|1(?:a|ª|ra|era)? temporada|primera temporada|primeira temporada|season 1|s1"
                            r"|unang season|season pertama|musim 1)(?!\w)", re.I)
# ("¿la temporada 1 ya salió completa?", "a temporada 1 saiu inteira?": all of it out)
_OVER = compile_later(r"(?<!\w)(?:termin[oó]|terminou|acab[oó]|acabou|tapos|natapos|tamat|selesai|kelar"
                      r"|(?:sali[oó]|saiu|est[aá]) (?:complet[ao]|enter[ao]|inteir[ao]))(?!\w)", re.I)
_NOT_ITS_END = compile_later(r"(?<!\w)(?:c[oó]mo|como|paano|gimana|bagaimana|por ?qu[eé]|porque|bakit|kenapa|kailan|cu[aá]ndo"
                             r"|quando|kapan|d[oó]nde|onde|qu[eé]|o que|oq|ano|ko|ku|aku|gue|gw|ako|mo|ka|kami|kayo|namin|natin"
                             r"|saya|gua|lu|lo|kamu|kau|nonton|ditonton|napanood|panoorin"
                             r"|ver|vi|assisti|assistir|watch\w*|cap[ií]tulos?|episodios?|epis[oó]dios?|episode|eps?)(?!\w)", re.I)


def _scene(rest: str) -> str | None:
    """The English scene question for what follows "which episode", or None when it names no scene."""
    if _OTHER_ASK.search(rest):
        return None
    slots = _SLOTS.findall(rest)
    if len(slots) == 1 and _LEAVES.search(rest):  # "¿en qué capítulo sale nam-ra del grupo?"
        return f"which episode does {slots[0]} leave the group"
    if len(slots) == 1 and _TURNS.search(rest):  # "¿en qué capítulo se vuelve zombie gwinam?"
        return f"which episode does {slots[0]} become a zombie"
    if len(slots) == 1 and _COMES_BACK.search(rest):  # "namra balik di ep berapa", "en qué capítulo vuelve gwinam"
        return f"which ep does {slots[0]} come back"
    if _KISS.search(rest):
        return " ".join(["which episode is the", *slots[:2], "kiss"])
    if _CONFESS.search(rest):
        if len(slots) == 2:
            return f"which episode does {slots[0]} confess to {slots[1]}"
        return "which episode is the confession scene"
    for pattern, english in _SCENES:
        if pattern.search(rest):
            return f"which episode is the {english} scene"
    return None


# what happens to someone, said whole ("oq acontece com a ent0 no final", "ent0 kenapa di akhir", "nasib ent0 gimana",
# "apa yang terjadi sama ent0"): never "kenapa ent0 mati" (why), which the readers of reasons keep
_AT_THE_END = r"(?: (?:no final|no fim|al final|di akhir|di ending|pada akhirnya|akhirnya))?"
_HAPPENS_TO = compile_later(
    rf"^\W*(?:(?:o que|oq|oque|o q|q) (?:acontece|aconteceu|vai acontecer) (?:com|c/|pra|para) (?:o |a )?(ent\d+)"
    rf"|(?:apa (?:yang |yg )?terjadi|gimana nasib|bagaimana nasib|nasib) (?:sama |ama |dengan |dgn |pada |ke )?(ent\d+)"
    rf"|(ent\d+) (?:kenapa|gimana nasibnya|bagaimana nasibnya|nasibnya gimana|nasibnya bagaimana)"
    rf"|(ent\d+) (?:akhirnya|di akhir|di ending|pas akhir) (?:gimana|bagaimana|gmn|jadi apa))"  # "ent0 akhirnya gimana"
    rf"{_AT_THE_END}(?: (?:gimana|bagaimana|ya|sih))?\W*$", re.I)
# who survives, said whole: "siapa aja yg selamat", "siapa yang survive di akhir", "quem sobrevive no final"
_SURVIVORS = compile_later(
    r"^\W*(?:siapa(?: aja| saja)?(?: (?:yang|yg))? (?:selamat|survive|bertahan hidup|hidup|masih hidup)"
    r"|(?:qui[eé]nes|qui[eé]n|quem) (?:sobreviven|sobrevive|sobrevivem|sobrevivieron|sobreviveram|sobrevivi[oó]|sobreviveu))"
    rf"{_AT_THE_END}(?: (?:sampai akhir|sampe akhir))?\W*$", re.I)


# what happens in an episode, said the Indonesian chat way: "eps 5 ngapain aja", "episode 3 ada apa aja"
_IN_EPISODE = compile_later(r"^\W*(?:di |pas )?(?:episode|eps?|episod) ?(\d+) (?:ngapain|ada apa|isinya apa)(?: aja| saja)?\W*$", re.I)


# how long after the outbreak the ending is, claimed: "el epílogo es 4 meses después verdad?", "o epílogo é 1 ano
# depois né?", "epilognya 4 bulan kemudian kan?" (as "the epilogue is 4 months later right", answered yes or no)
_COUNT = {"un": "1", "uno": "1", "um": "1", "una": "1", "uma": "1", "satu": "1", "dos": "2", "dois": "2", "dua": "2",
          "tres": "3", "três": "3", "tiga": "3", "cuatro": "4", "quatro": "4", "empat": "4", "seis": "6", "enam": "6"}
_LATER = compile_later(
    r"^\W*¿?(?:el |o )?(?:ep[ií]logo|epilog(?: ?nya)?|final(?: ?nya)?|ending(?: ?nya)?) (?:es |é |e |itu |adalah |pas |pasa |se passa )?"
    r"(?:(\d{1,2})|(" + "|".join(_COUNT) + r")) (mes(?:es)?|m[eê]s|bulan|a[ñn]os?|anos?|tahun) (?:despu[eé]s|depois|kemudian)"
    r"(?:[\s,¿]+(?:verdad|cierto|no|né|n[aã]o|kan|ya|bukan|right))?\W*$", re.I)  # (", ¿verdad?" too)


def foreign_ask(text: str) -> str | None:
    """The English question `text` asks (see the module's docstring), or None for any other question."""
    text = " ".join(text.split())
    if (happens := _HAPPENS_TO.match(text)) is not None:
        return f"what happens to {next(g for g in happens.groups() if g)}"
    if (ending := ending_asked(text)) is not None:  # "a dónde va ent0 al final", "bakit hindi sumama si ent0"
        return ending
    if (later := _LATER.match(text)) is not None:
        unit = "months" if later.group(3).casefold().startswith(("mes", "mês", "bul")) else "years"
        return f"the epilogue is {later.group(1) or _COUNT[later.group(2).casefold()]} {unit} later right"
    if _SURVIVORS.match(text):
        return "who survives at the end"
    if (episode := _IN_EPISODE.match(text)) is not None:
        return f"what happens in episode {episode.group(1)}"
    if (first := _WHICH_FIRST.match(text)) is not None and (scene := _scene(first.group(1))) is not None:
        return scene
    if (last := _WHICH_LAST.match(text)) is not None and (scene := _scene(last.group(1))) is not None:
        return scene
    if _LENGTH.match(text):
        return "how long is each episode"
    if (length := _LENGTH_OF_SEASON.match(text)) is not None:  # "¿cuánto dura el primer episodio de la temporada 2?"
        if (length.group("s") or length.group("th")) != "2":  # "da 2ª temporada" too
            return "how long is each episode"  # season 1's: no source times one episode, so all of them, as asked
        number = "1" if length.group("first") else length.group("n")
        return f"how long is s2 ep {number}" if number else "how long are the s2 episodes"
    if _RATING.match(text):
        return "what is the age rating"
    if _NEWS.match(text):
        return "any news on s2"
    if (will := _WILL_ANNOUNCE.match(text)) is not None:
        return f"is netflix announcing s2 in {_MONTH_EN[will.group(1).casefold()]}"
    for pattern in _DATED:
        if (dated := pattern.match(text)) is not None:
            subject = "the s2 cast" if _CAST_SAID.search(text) else "season 2"
            return f"was {subject} announced in {_MONTH_EN[dated.group(1).casefold()]} {dated.group(2)}"
    if _OVER.search(text) and _SEASON_ONE.search(text) and not _SLOTS.search(text) and not _NOT_ITS_END.search(text):
        return "did all of season 1 come out"  # "¿ya terminó la temporada 1?": yes, all of it on its first day
    return season2_foreign_ask(text)  # "ya terminaron de grabar la temporada 2", "berapa hari lagi season 2"
