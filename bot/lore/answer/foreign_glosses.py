"""Spanish, Portuguese and Indonesian questions read as English words (`gloss_foreign`), as korean_glosses.py
does for Korean: "quien muere al final", "quem morre no final", "siapa yang mati di akhir" -> "who dies at the
end"; "cuando sale la temporada 2" -> "when does season 2 come out"; "o cheong-san morre?" -> "does ent0 die".

Fans of a worldwide Netflix show ask in their own language; without these glosses such a question got "I don't
know that". Only a text holding a word no English question uses ("quien", "temporada", "siapa", ...) is glossed,
so an English question never loses a word ("a", "no", "o" and "de" are English or names too). Names have already
become slots (ent0, ent1) when this runs, so a name is never read as a word here.
"""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later, rewrite_in_turn
from bot.lore.answer.chat import LAUGHS
from bot.lore.answer.described_abroad import described_abroad
from bot.lore.answer.european_glosses import gloss_european
from bot.lore.answer.foreign_asks import foreign_ask
from bot.lore.answer.foreign_relatives import relatives_in_english
from bot.lore.answer.french_german_glosses import gloss_french_german
from bot.lore.answer.group_glosses import DIE as _DIE
from bot.lore.answer.group_glosses import GROUP_ROWS, group_asked
from bot.lore.answer.group_glosses import SURVIVE as _SURVIVE
from bot.lore.answer.heard_leads import HEARD_LEAD
from bot.lore.answer.hinglish_glosses import gloss_hinglish
from bot.lore.answer.japanese_glosses import japanese_left
from bot.lore.answer.role_glosses import HOLDER, ROLES
from bot.lore.answer.season2_glosses import COMES_OUT, SEASON2_ROWS, WILL_COME_OUT, short_season_two
from bot.lore.answer.season2_words import SPANISH_PORTUGUESE
from bot.lore.answer.tagalog_glosses import TAGALOG_ASKS, TAGALOG_WORDS, couple_asked
from bot.lore.answer.vietnamese_thai_glosses import thai_left
from bot.lore.answer.which_sex_glosses import WHICH_SEX_WORDS
from bot.lore.answer.words import says_any
from bot.lore.answer.written_dates import MONTHS_ABROAD

# words that mark the question as Spanish, Portuguese or Indonesian (none is an English question word)
_MARKERS = frozenset("""
    vivo viva hidup masih quien quién quienes quem cuando cuándo quando siapa siapakah kapan apakah muere mueren morre morrem mati murió murio
    morreu temporada sutradara pemeran interpreta episodios episódios sobrevive sobreviven sobrevivem selamat murieron morreram
    meninggal berapa zumbi dirigió dirigio dirigiu convierte vuelve virou torna menjadi tiene zombi cuántos cuantos quantos estreia estrena rilis tayang mordió mordeu muerden mordieron mordida mordido mordidos mordidas infectado infectada infectados infectadas digigit dgigit tergigit kegigit
    qué serie série basa basada baseada baseia acontece aconteceu pasa pasó paso sucede sucedió aparece doblada doblado dublada dublado doblaje dublagem
    sino ano anong gumanap gumaganap kelan kailan lalabas ipapalabas namatay mamamatay patay ilan ilang buhay nangyari nakaligtas
    gigit kumagat kinagat nonton panoorin manood mapapanood mapanood dónde donde onde assistir dirige direktor
    mayores maiores terjadi sudah udah sdh udh labas lumabas bago bagong baru hora horas episódio llama chama nombre título titulo salió salio saiu estrenó estreno estreou lançou lanzaron
    padre madre mamá papá hermano hermana profesora profesor professora último ultimo capítulo ganó premio revelación
    jadi gak nggak ngga enggak engga sih kah terakhir durasi menit pacaran jadian naksir patay jowa sina ba anong saang
    bawat oras gaano katagal tahun thn meron ayah ayahnya bapak bapaknya ibu ibunya adik adiknya kakak kakaknya tatay
    nanay kapatid ni tanggal petsa gusto kay umur umurnya usia taon
    atrasó atraso retrasó adiada adiado adiaram diundur ditunda katanya totoo oras lança lanza rekap sebelum naantala nadelay daw regresan vuelven volta voltam balik kembali babalik kasama denger dengar kabarnya
    terminó terminou acabó acabou mintió mintio mentiu rescatistas socorristas gimana bagaimana paano nagtapos natapos nasa sobrevivieron sobreviveram vuelvo ada termina acaba episodio capitulo ditonton tonton adegan
    novios namoram namorados nome aja dong ceritanya isinya sinopsis ringkasan rangkuman judul judulnya syuting syutingnya webtoonnya diadaptasi diangkat dimana enamorado enamorada
    gosta apaixonado apaixonada escribió escribio escreveu musim pelakon episod bila sabes saben sabe
    traicionó traiciono traicionaron traiu traíram traidor traidora
    coreana coreano grabó grabo filmó rodó gravada filmada basada baseada basado baseado resumen resumo verdad verdade benar bener betul benarkah betulkah totoo hay tráiler avance cuántas cuantas quantas temporadas
""".split())
_SLOT = r"(ent\d+)"
_ARTICLE = r"(?:el |la |o |a |los |las |os |as |si |sang |apakah )?"
_ZOMBIE = r"(?:un |uma |um |una )?(?:zombie|zombi|zumbi)s?"
_TURN = r"(?:se convierte en|se vuelve|se transforma en|vira|virou|se torna|se transforma em|jadi|menjadi|berubah jadi|berubah menjadi)"
# coming out, as Spanish and Portuguese ask its hour ("¿a qué hora sale?", "que horas lança no brasil?")
_COMES_OUT = r"(?:sale|sai|se estrena|estrena|estreia|llega|chega|lan[cç]a|lanza|lan[cç]am|lanzan)"
_CAME_OUT = r"(?:sali[oó]|saiu|estren[oó]|estreou|lan[cç]ou|lan[cç]aram|lanzaron|lleg[oó]|chegou)"
_BITTEN = r"(?:digigit|dgigit|tergigit|kena gigit|kegigit)"  # bitten (Indonesian passive; "menggigit" bites)
_HOLDER = HOLDER  # whose death is asked (role_glosses.py)
_ROLES = ROLES

# Whole questions whose order differs from English: a yes/no has no "does" in these languages, and
# Indonesian may put "siapa" (who) or "rilis" (come out) last.
_EPISODE = r"(?:episodio|episódio|capítulo|capitulo|cap|ep)"
# Indonesian "episode berapa" (episode how-many): which episode ("berapa episode" is how many)
_EPISODE_NO = r"(?:episode|eps?|episod)(?: ke)? ?berapa"
_YES_NO_TAIL = r"(?: (?:gak|ga|gk|nggak|ngga|enggak|engga|tidak|belum))?"
_SEASON = r"(season \d|s\d|temporada \d)"
_S2 = rf"(?:la |a )?(?:{SPANISH_PORTUGUESE})"  # season 2 as its own words say it
_WEBTOON = r"(?:el |la |o |a |ang |yung |sa )?(?:webtoon|manhwa|c[oó]mic|komik|quadrinho|historieta)"
# How something ends, asked ("cómo termina", "como acabou", "paano nagtapos", "gimana berakhir"), or its ending named
# with "how" after it ("ending season 1 gimana")
_HOW_ENDS = (r"(?:c[oó]mo|paano|bagaimana|gimana)(?: es que| que)? (?:termin[oó]|terminou|termina|acab[oó]|acabou|acaba|nagtapos"
             r"|natapos|berakhir|selesai)")
_ENDING = r"(?:ending|akhir|akhirnya)"
_HOW = r"(?:gimana|bagaimana|kayak gimana|kaya gimana|gmn)"
_REORDERED: tuple[tuple[LazyPattern, str], ...] = (
    # "ada yang tau kapan season 2 rilis", "ada yg tau ent0 selamat": "does anyone know" said first asks nothing itself
    (compile_later(r"^\W*(?:ada )?(?:yang|yg) (?:tau|tahu|tw)(?: (?:gak|ga|nggak|ngga|enggak))?\W*\s+(?=\S)", re.I), ""),
    # "alguien sabe si ya salió la temporada 2", "sabes si muere ent0", "você sabe se a 2 temporada já saiu": the same
    # lead in Spanish and Portuguese; "ay no, ent0 muere?", "¿sí muere ent0?": a sigh or a "really" said first
    (compile_later(r"^\W*(?:(?:alguien|alguém|alguem|alguno|vocês?|vc|tu|usted(?:es)?) )?(?:sabes?|saben|sabem|sabéis)"
                   r" (?:si|se)\s+(?=\S)|^\W*(?:ay+|uy|oye|oigan)(?: no)?[\s,!.]+(?=\S)"
                   r"|^\W*s[ií]\s+(?=(?:muere|mueren|morre|morrem|muri[oó]|morreu|sale|sai)\b)", re.I), ""),
    # Spanish "no la temporada 1 sino la 2": "sino" is "but" (never Tagalog's "who"), the season asked the second one
    (compile_later(r"(?:\bno |\bnão |\bnao )?(?:(?:pregunto|hablo|digo|falo) )?(?:por |de |d[ao] )?(?:la |el |a |o )?"
                   r"(temporada|parte|cap[ií]tulo|episodio|episódio|season) ?\d+,? (?:sino|mas|e sim) (?:por |de |d[ao] )?"
                   r"(?:la |el |a |o )?(?:(?:temporada|parte|cap[ií]tulo|episodio|episódio|season) ?)?(\d+)", re.I), r"\1 \2"),
    (compile_later(r"(?:\bno |\bnão |\bnao )(?:(?:pregunto|hablo|digo|falo) )?(?:por |de |d[ao] )?(?:la |a )\d+,? (?:sino|mas|e sim)"
                   r" (?:por |de |d[ao] )?(?:la |a )(\d+)", re.I), r"temporada \1"),  # "no pregunto por la 1 sino por la 2": seasons
    (compile_later(r"\bsino(?= (?:la|el|los|las|que|por|en|de|al|del|lo|un|una)\b)", re.I), "pero"),  # Spanish "but", never "who"
    # "la temporada 2 sale en qué año", "em que ano sai a segunda temporada": when it comes out, the year asked
    (compile_later(r"^\W*(.+?) (?:sai|sale|sair[aá]|saldr[aá]|vai sair|va a salir|estreia|estrena|chega|llega)"
                   r" (?:em|en|no|el) (?:que|qu[eé]|qual|cu[aá]l) (?:ano|año|m[eê]s|d[ií]a)\W*$", re.I, prefilter=True), r"when does \1 come out"),
    (compile_later(r"^\W*(?:em|en|no|el) (?:que|qu[eé]|qual|cu[aá]l) (?:ano|año|m[eê]s|d[ií]a) (?:sai|sale|sair[aá]|saldr[aá]"
                   r"|vai sair|va a salir|estreia|estrena|chega|llega) (.+?)\W*$", re.I), r"when does \1 come out"),
    (compile_later(r"^\W*bila(?=\s)", re.I), "kapan"),  # Malay "bila musim 2 keluar" (when), never Indonesian's "if"
    # "¿la temporada 2 está confirmada?", "a segunda temporada foi confirmada?", "season 2 udah dikonfirmasi belum?",
    # "¿ya renovaron la temporada 2?": whether there is to be one (the renewal), never what is in it
    (compile_later(rf"^\W*(?:(?:ya |já )?(?:est[aá]|es|foi|fue|é|t[aá]) )?{_S2} (?:ya |já |ja )?(?:est[aá] |es |fue |foi |é |t[aá] "
                   r"|(?:udah|sudah|dah|sdh|udh) )?(?:confirmad[ao]|oficial|renovad[ao]|dikonfirmasi|resmi|fix)"
                   rf"(?: (?:o no|ou não|ou nao|belum|gak|ga|nggak|ya))?\W*$|^\W*(?:ya |já )?(?:confirmaron|confirmaram|renovaron|renovaram) {_S2}\W*$",
                   re.I), "is season 2 confirmed"),
    # "sai da série", "sale de la serie": leaves the show (never "comes out", a release date's verb)
    (compile_later(r"(?<!\w)(?:se )?(?:sai|sale|saiu|sali[oó]|sair[aá]|saldr[aá]) (?:da|de la|del|do|de) (?:s[eé]rie|show|elenco|reparto)\b",
                   re.I), "leaves the show"),
    *SEASON2_ROWS,  # a delay heard, who returns, a day heard, the hour asked: season 2 asked whole
    # a recap asked "before season 2" ("resumen de la temporada 1 antes de la 2", "rekap season 1 sebelum season 2 dong",
    # "recap ng s1 bago mag s2"): season 1's recap; season 2 is only when it is wanted
    (compile_later(r"^\W*(.*?\b(?:resumen|resumo|rekap|recap)\b.*?)\s+(?:antes d[ea] (?:la |a )?(?:temporada 2|2|segunda(?: temporada)?)"
                   r"|sebelum (?:season 2|s2)|bago (?:mag |ang |yung )?(?:season 2|s2))(?: (?:dong|pls|please|po|plis|porfa))?\W*$", re.I), r"\1"),
    # "baru nonton sampe episode 3, ...": how far they are, said before the question, asks nothing (the mark is theirs)
    (compile_later(r"^\W*(?:(?:baru|udah|sudah|aku|gw|gue|saya|ku)\s+)*nonton (?:sampe|sampai|smpe|ampe) (?:episode|eps?) \d+\W+(?=\S)", re.I), ""),
    # Indonesian: "ent0 jadi zombie di episode berapa", "kapan ent0 digigit": the episode of a turn or a bite
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} {_TURN} {_ZOMBIE} (?:di |pada |dalam )?{_EPISODE_NO}\W*$", re.I),
     r"which episode does \1 turn into a zombie"),
    (compile_later(rf"^\W*(?:kapan|(?:di |pada )?{_EPISODE_NO}) {_ARTICLE}{_HOLDER} (?:di)?gigit(?: (?:sama|oleh) \w+)?\W*$", re.I),
     r"which episode does \1 get bitten"),
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} (?:di)?gigit (?:di |pada |dalam )?{_EPISODE_NO}\W*$", re.I),
     r"which episode does \1 get bitten"),
    # "episode terakhir ada yang mati gak", "di episode 11 siapa yang mati": who dies in it
    (compile_later(rf"^\W*(?:di |pada )?(?:episode|eps?) terakhir (?:ada )?(?:siapa )?(?:yang|yg) {_DIE}{_YES_NO_TAIL}\W*$", re.I),
     r"who dies in the last episode"),
    (compile_later(rf"^\W*(?:di |pada )?(?:episode|eps?) (\d+) (?:ada )?(?:siapa )?(?:yang|yg) {_DIE}{_YES_NO_TAIL}\W*$", re.I),
     r"who dies in episode \1"),
    # "ent0 sama ent1 pacaran gak", "mag jowa ba sina ent0 at ent1": whether they are a couple
    (compile_later(rf"^\W*{_SLOT} (?:sama|dan|dengan|ama|&) {_SLOT} (?:pacaran|jadian)(?: beneran)?{_YES_NO_TAIL}\W*$", re.I),
     r"are \1 and \2 dating"),
    # Tagalog "sino si ent0", "sino ba si ent0": who someone is ("si" names a person)
    (compile_later(rf"^\W*sino(?: ba)? si {_SLOT}(?: ba)?\W*$", re.I), r"who is \1"),
    # "siapa yang suka sama ent0", "sino may gusto kay ent0": who likes them; "may gusto ba si ent0 kay ent1": whether
    (compile_later(rf"^\W*siapa (?:yang|yg) (?:suka|naksir|demen|cinta) (?:sama|ama|dengan|ke|kepada) {_SLOT}\W*$", re.I), r"who likes \1"),
    (compile_later(rf"^\W*sino(?: ang| yung)? (?:may gusto|nagkakagusto|crush) (?:kay|sa) {_SLOT}\W*$", re.I), r"who likes \1"),
    (compile_later(rf"^\W*(?:may gusto|nagkakagusto|crush) ba si {_SLOT} (?:kay|sa) {_SLOT}\W*$", re.I), r"does \1 like \2"),
    # "ilang taon na si ent0", "umur ent0 berapa", "berapa umur ent0": how old they are (Tagalog, Indonesian)
    (compile_later(rf"^\W*(?:ilang taon|ilan taon|ilang edad)(?: na)?(?: ba)?(?: na)? (?:si |ni )?{_HOLDER}(?: na)?(?: ba)?\W*$", re.I), r"how old is \1"),
    (compile_later(rf"^\W*(?:si )?{_HOLDER} (?:ilang taon|ilan taon)(?: na)?(?: ba)?\W*$", re.I), r"how old is \1"),
    (compile_later(rf"^\W*(?:berapa )?(?:umur|usia)(?:nya)? {_ARTICLE}{_HOLDER}(?: (?:sekarang|skrg))?(?: berapa)?(?: sih| ya)?\W*$", re.I),
     r"how old is \1"),
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} (?:umur|usia)(?:nya)?(?: berapa| brp)(?: sih| ya)?\W*$", re.I), r"how old is \1"),
    # the rewatch before season 2: how season 1 ends ("cómo terminó la primera temporada", "como acabou a 1 temporada",
    # "paano nagtapos ang season 1", "ending season 1 gimana"), which episode to see again before season 2 ("qué capítulo
    # vuelvo a ver antes de la temporada 2"), whether someone is in season 2 ("ent0 ada di season 2", "nasa season 2 ba si
    # ent0"): as English asks them (were "I don't know")
    # the webtoon's ending ("cómo termina el webtoon", "como acaba o webtoon", "ending webtoonnya gimana", "paano
    # nagtapos ang webtoon"): as the English is answered, with the director's word that the show changed it
    (compile_later(rf"^\W*(?:{_HOW_ENDS}|(?:qu[eé] pasa|o que acontece) (?:al|no) final (?:del?|do)"
                   rf"|(?:(?:bagaimana|gimana) )?{_ENDING}(?: ?nya)?) {_WEBTOON}(?: ?nya)?(?: {_HOW})?\W*$", re.I), "how does the webtoon end"),
    (compile_later(rf"^\W*(?:bagaimana|gimana) {_WEBTOON}(?: ?nya)? (?:berakhir|selesai|tamat)(?:nya)?\W*$", re.I), "how does the webtoon end"),
    (compile_later(rf"^\W*{_HOW_ENDS}(?: (?:ang|yung|si))? (.+?)\W*$", re.I),
     r"how does \1 end"),
    (compile_later(rf"^\W*{_ENDING}(?: ?nya)? (?!nya )(.+?) {_HOW}\W*$", re.I),
     r"how does \1 end"),
    (compile_later(r"^\W*(?:qu[eé]|cu[aá]l(?:es)?|qual|quais) (?:episodios?|episódios?|capítulos?|capitulos?|cap|ep) (?:debo |deber[ií]a |tengo que |devo |vale )?"
                   r"(?:vuelvo a ver|volver a ver|ver de nuevo|reveo|rever|reassisto|reassistir|ver de novo) antes (?:de|da|do) (.+?)\W*$", re.I),
     r"which episode should i rewatch before \1"),
    (compile_later(rf"^\W*(?:apakah )?{_SLOT} (?:ada|muncul|main|ikut)(?: lagi)? (?:di|dalam) {_SEASON}\W*$", re.I), r"is \1 in \2"),
    (compile_later(rf"^\W*nasa {_SEASON}(?: (?:ba|na|rin|din))* (?:si |ang |yung ){_SLOT}\W*$", re.I), r"is \2 in \1"),
    # "ending nya gimana", "endingnya gimana sih": how it ends (never "nya" read as what ends)
    (compile_later(rf"^\W*{_ENDING} ?nya {_HOW}\W*$", re.I), r"how does it end"),
    # "episode berapa yang harus ditonton ulang sebelum season 2": which one to see again before season 2 (the last one)
    (compile_later(r"^\W*(?:episode|eps?) (?:berapa|mana|yang mana) (?:yang |yg )?(?:harus |perlu |sebaiknya |bagus )?(?:di)?(?:tonton|nonton) "
                   r"(?:ulang|lagi) sebelum (.+?)\W*$", re.I), r"which episode should i rewatch before \1"),
    # "nasa netflix ba ang all of us are dead": whether it is there (never "I don't know")
    (compile_later(r"^\W*nasa (netflix|youtube|viu|viki|iflix|disney\+?|prime video|hbo|hulu)(?: (?:ba|na|rin|din))* (?:ang |yung )?(.+?)\W*$",
                   re.I), r"is \2 on \1"),
    # "nasa ep 7 ba yung kiss ni suhyeok at namra", "adegan ciuman di episode berapa": which episode the kiss is in (the
    # number asked, the scene hidden past the mark)
    (compile_later(r"^\W*nasa (?:ep|eps|episode) ?\d+ (?:ba )?(?:yung |ang |un )?(?:kiss|halik|halikan)(?: (?:ni|nina|nila) (ent\d+)"
                   r"(?: (?:at|and|tsaka|saka) (?:si )?(ent\d+))?)?\W*$", re.I), r"which episode is the \1 \2 kiss"),
    (compile_later(r"^\W*adegan (?:ciuman|cium)(?:nya)?(?: (ent\d+)(?: (?:dan|sama|&) (ent\d+))?)? (?:di |pada )?(?:episode|eps?) berapa\W*$",
                   re.I), r"which episode is the \1 \2 kiss"),
    # "kapan trailer season 2 diumumin": when they announce it, as English asks it
    (compile_later(r"^\W*kapan (trailer|teaser|cast)(?:nya)?(?: (.+?))? (?:akan |bakal )?(?:di)?umum(?:in|kan)\W*$", re.I),
     r"when will they announce the \2 \1"),
    # "sino ang wala sa season 2", "sino hindi kasama sa season 2": season 1's survivors its cast leaves out
    (compile_later(r"^\W*sino(?: ang| yung)?(?: mga)? (?:wala|hindi kasama|di kasama|hindi babalik|di babalik)(?: na)? sa (season \d|s\d)\W*$", re.I),
     r"who isn't coming back for \1"),
    # "ada season 2 nya ga": whether there is one
    (compile_later(r"^\W*(?:apakah )?ada (season \d|s\d) ?(?:nya)?\W*$", re.I), r"is there a \1"),
    # "ada webtoonnya ga", "ada kabar season 2 ga": whether it is based on one; season 2's news
    (compile_later(r"^\W*(?:apakah )?ada (webtoon|manhwa) ?(?:nya)?\W*$", re.I), r"is it based on a \1"),
    (compile_later(r"^\W*(?:apakah )?(?:ada )?(?:kabar|berita)(?: terbaru)?(?: (?:soal|tentang|dari))? (?!.*\b(?:kapan|siapa|berapa|apa|gimana|mana)\b)(.+?)\W*$",
                   re.I),
     r"any news on \1"),
    (compile_later(rf"^\W*(?:si |ang |yung )?{_SLOT} (?:ba )?(?:ay )?nasa {_SEASON}(?: (?:ba|na|rin|din))*\W*$", re.I), r"is \1 in \2"),
    # "cuántos años tiene onjo", "quantos anos tem a onjo", "qué edad tiene ent0", "qual a idade da ent0": the same in
    # Spanish and Portuguese
    (compile_later(rf"^\W*(?:cu[aá]ntos a[ñn]os|quantos anos|qu[eé] edad|qual (?:[eé] )?(?:a )?idade)(?: (?:tiene|tem|tenía|tinha|de|do|da))? "
                   rf"{_ARTICLE}{_HOLDER}\W*$", re.I), r"how old is \1"),
    # "ent0 suka sama siapa": whom they like
    (compile_later(rf"^\W*{_SLOT} (?:suka|naksir|demen|cinta) (?:sama|ama|dengan|ke|kepada) siapa\W*$", re.I), r"who does \1 like"),
    # "berapa menit per episode", "durasi tiap episode berapa lama", "ilang oras ang bawat episode": its runtime
    (compile_later(r"^\W*(?:berapa (?:menit|jam|lama)(?: sih)?(?: durasi(?:nya)?)?(?: per| tiap| setiap| satu)? ?(?:episode|eps?)(?: ?nya)?"
                   r"|durasi (?:tiap |per |setiap |satu )?(?:episode|eps?)(?:nya)?(?: berapa(?: lama| menit| jam)?)?"
                   r"|(?:ilang|gaano) (?:oras|minuto|katagal)(?: ba)?(?: ang)? (?:bawat|kada|isang) (?:episode|ep))\W*$", re.I),
     r"how long is each episode"),
    # Tagalog: "anong episode namatay si ent0", "sa episode 5 ba namatay si ent0"
    (compile_later(rf"^\W*(?:anong|saang|ano(?:ng)? ang|ilang) (?:episode|eps?)(?: ba)? (?:namatay|mamamatay|patay|namamatay)"
                   rf"(?: ba)? (?:si |ang |yung )?{_HOLDER}\W*$", re.I), r"which episode does \1 die"),
    (compile_later(rf"^\W*(?:sa )?(?:episode|eps?) (\d+) (?:ba )?(?:namatay|patay|mamamatay) (?:ba )?(?:si |ang |yung )?{_SLOT}\W*$", re.I),
     r"does \2 die in episode \1"),
    # "gwinam balik di ep 6?", "babalik ba si gwinam sa ep 6?": a return in an episode (episode_held.py holds its "Yes.")
    (compile_later(rf"^\W*(?:apakah )?{_SLOT} (?:kembali|balik)(?: lagi)? (?:di|pas) (?:episode|eps?) ?(\d+)\W*$"
                   rf"|^\W*(?:babalik|bumalik) (?:ba )?(?:si |ang |yung )?{_SLOT} (?:sa )?(?:episode|eps?) ?(\d+)\W*$", re.I),
     r"does \1\3 come back in episode \2\4"),
    # "may trailer na ba ang season 2", "may season 2 na ba": whether there is one out
    (compile_later(r"^\W*(?:meron|may) (?:na )?(?:bang |ba |na ba |nang )?(?:trailer|teaser)\b.*$", re.I), r"is there a trailer yet"),
    (compile_later(r"^\W*(?:trailer|teaser)(?:nya)?(?: (?:season \d|s\d))? (?:udah|sudah|dah|sdh|udh) ada\b.*$", re.I), r"is there a trailer yet"),
    (compile_later(rf"^\W*(?:meron|may) (?:na )?(?:ba )?(?:ng |nang )?{_SEASON}(?: na)?(?: ba)?\W*$", re.I), r"is \1 out"),
    # "tanggal rilis season 2", "s2 udah ada tanggal rilis belum", "anong petsa lalabas ang season 2": when it comes out
    # "tanggal rilis season 2 udah resmi belum?", "la fecha de la temporada 2 es oficial o es rumor?": whether there is one
    (compile_later(rf"^\W*(?:kapan )?tanggal (?:rilis|tayang)(?:nya)? {_SEASON}(?: (?:udah|sudah|dah|sdh|udh) (?:resmi|pasti|fix|dikonfirmasi))?"
                   rf"{_YES_NO_TAIL}\W*$", re.I), r"when does \1 come out"),
    (compile_later(r"^\W*(?:la |a )?(?:fecha|data)(?: de (?:estreno|estreia|lançamento|lanzamiento|salida))? (?:de la |da |de )?(season \d|s\d|temporada \d|\d(?:ª|a)? temporada) "
                   r"(?:ya |já )?(?:es|é|está) (?:oficial|real|confirmada|segura)(?: o (?:es )?(?:un |solo )?rumor| ou (?:é )?(?:só )?(?:boato|rumor))?\W*$",
                   re.I), r"when does \1 come out"),
    # "bisa nonton season 2 di indonesia gak": whether it is out there (it is out nowhere yet)
    (compile_later(rf"^\W*(?:udah |sudah |apa )?bisa (?:nonton|ditonton) {_SEASON} di ([a-z]+(?: [a-z]+)??){_YES_NO_TAIL}\W*$", re.I),
     r"is \1 out in \2 yet"),
    (compile_later(rf"^\W*{_SEASON} (?:udah|sudah|dah|sdh|udh) ada tanggal (?:rilis|tayang)(?:nya)?{_YES_NO_TAIL}\W*$", re.I),
     r"when does \1 come out"),
    (compile_later(rf"^\W*(?:anong|ano ang|kailan ang) (?:petsa|araw|date) (?:ng )?(?:lalabas|ipapalabas|labas|release)(?: ng| ang| yung)? {_SEASON}\W*$", re.I),
     r"when does \1 come out"),
    # a month or a year heard and checked: "s2 desember rilis gak", "lalabas ba ang season 2 ngayong 2026"
    (compile_later(rf"^\W*{_SEASON} ((?:[^\W\d_]+ )?20\d\d|januari|februari|maret|april|mei|juni|juli|agustus|september"
                   rf"|oktober|november|desember) (?:rilis|tayang|keluar){_YES_NO_TAIL}\W*$", re.I), r"is \1 coming out in \2?"),
    (compile_later(rf"^\W*(?:lalabas|ilalabas|ipapalabas) (?:na )?ba (?:ang |yung )?{_SEASON} (?:ngayong|sa) (\w+(?: \d{{4}})?)\W*$", re.I),
     r"is \1 coming out in \2?"),
    # "s2 tahun ini rilis gak": whether it comes out this year (or next)
    (compile_later(rf"^\W*{_SEASON} (?:tahun|thn) ini (?:rilis|tayang|keluar){_YES_NO_TAIL}\W*$", re.I), r"is \1 coming out this year"),
    (compile_later(rf"^\W*{_SEASON} (?:tahun|thn) depan (?:rilis|tayang|keluar){_YES_NO_TAIL}\W*$", re.I), r"is \1 coming out next year"),
    # "en qué episodio muere ent0", "em que episódio o ent0 morre": the episode of a death, hidden past the mark
    (compile_later(rf"^\W*(?:en |em |no |na )?(?:qu[eé]|cu[aá]l|qual) {_EPISODE} (?:{_DIE} {_ARTICLE}{_HOLDER}|{_ARTICLE}{_HOLDER} {_DIE})\b", re.I),
     r"which episode does \1\2 die"),
    # "ent0 muere en qué capítulo", "o ent0 morre em qual episódio": the same asked with the name first
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} (?:se )?{_DIE} (?:en |em |no |na )?(?:qu[eé]|cu[aá]l|qual) {_EPISODE}\W*$", re.I),
     r"which episode does \1 die"),
    # "ya salió la temporada 2 en méxico", "já saiu a 2ª temporada": whether it is out (the country is no other release)
    (compile_later(r"^\W*(?:ya |já |ja )?(?:sali[oó]|estren[oó]|saiu|estreou)(?: ya| já)? (?!(?:el |o |un |um )?(?:tr[aá]iler|teaser)\b)(.+?)"
                   r"(?: (?:en|em|no|na) (?:el |la |o |a )?[^\W\d_]+)?\W*$", re.I), r"is \1 out"),
    # "a quién interpreta ent0", "qué papel tiene ent0": whom an actor plays (never "who plays" them)
    (compile_later(rf"^\W*(?:a qui[eé]n (?:interpreta|encarna|hace|da vida)|qu[eé] (?:papel|personaje) (?:tiene|hace|interpreta))"
                   rf"(?: a)? {_SLOT}\b", re.I), r"who does \1 play"),
    # "¿a qué hora sale en estados unidos?", "¿a qué hora sale?": the hour of "it", the place said again in the answer
    (compile_later(rf"^\W*(?:a )?qu[eé] horas? {_COMES_OUT}"
                   r"(?: (?:en|em|no|na|nos) (?:los |el |la |o |a |os )?[^\W\d_]+(?: [^\W\d_]+)?)?\W*$", re.I), "what time does it come out"),
    # "a qué hora sale la temporada 2 en mexico": the hour asked; the country is no other release
    (compile_later(rf"^\W*(?:a )?qu[eé] horas? {_COMES_OUT} (.+?)"
                   r"(?: (?:en|em|no|na) (?:el |la |o |a )?[^\W\d_]+)?\W*$", re.I), r"what time does \1 come out"),
    # whether it is on Netflix, a country said after ("season 1 ada di netflix indonesia gak", "available ba yung season 1
    # sa pinas", "está la temporada 1 en netflix españa?"): as English asks it (Netflix carries it worldwide)
    (compile_later(r"^\W*(?:apakah )?(?:(.+?) )?ada di netflix(?: [^\W\d_]+)?(?: (?:gak|ga|nggak|ngga|enggak|engga|tidak|belum))?\W*$", re.I),
     r"is \1 on netflix"),
    (compile_later(r"^\W*(?:available|mapapanood|napapanood)(?: na)?(?: ba)?(?: (?:ang|yung))? (.+?)(?: sa (?:netflix|pinas|pilipinas"
                   r"|philippines|ph))+\W*$", re.I), r"is \1 on netflix"),
    (compile_later(r"^\W*(?:ya )?(?:est[aá]|tá|ta)(?: disponible| dispon[ií]vel)? (?:la |el |a |o )?(.+?) (?:en|na|no) netflix(?: [^\W\d_]+)?\W*$",
                   re.I), r"is \1 on netflix"),
    # "es verdad que es coreana?", "é coreana?", "la serie es coreana?": whether the show is Korean
    (compile_later(r"^\W*(?:(?:es |é |e )?(?:verdad|cierto|verdade)(?: que)? )?(?:la serie |a série |a serie )?(?:es|é|e) "
                   r"(?:una serie |uma série |un drama |um dorama |una |uma )?(?:coreana|coreano|de corea|da coreia)\W*$", re.I), "is it korean"),
    # said in the past ("que horas saiu a primeira temporada no brasil", "anong oras lumabas ang season 1 sa pinas"):
    # the hour season 1 came out (at once everywhere), the country no other release
    (compile_later(rf"^\W*(?:a )?qu[eé] horas? (?:se )?{_CAME_OUT} (.+?)(?: (?:en|em|no|na) (?:el |la |o |a )?[^\W\d_]+)?\W*$", re.I),
     r"what time did \1 come out"),
    (compile_later(r"^\W*(?:anong|ano ang|anu(?:ng)?) oras (?:ba )?(?:lumabas|inilabas|nilabas|pinalabas)(?: na)?(?: ba)?(?: ang| yung)? (.+?)"
                   r"(?: sa (?:pinas|pilipinas|philippines|ph))?\W*$", re.I), r"what time did \1 come out"),
    # "ent0 mati di episode berapa", "di episode berapa ent0 mati": the episode of a death (never "does ent0 die")
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} {_DIE} (?:di |pada |dalam )?{_EPISODE_NO}\W*$", re.I), r"which episode does \1 die"),
    (compile_later(rf"^\W*(?:di |pada |dalam )?{_EPISODE_NO} {_ARTICLE}{_HOLDER} {_DIE}\W*$", re.I), r"which episode does \1 die"),
    # "ent0 digigit di episode berapa", "en qué episodio muerden a ent0", "em que episódio a ent0 é mordida": the episode of a
    # bite, as "which episode is ent0 bitten" asks it (hidden past the mark)
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} {_BITTEN} (?:di |pada |dalam )?{_EPISODE_NO}\W*$", re.I), r"which episode is \1 bitten"),
    (compile_later(rf"^\W*(?:di |pada |dalam )?{_EPISODE_NO} {_ARTICLE}{_HOLDER} {_BITTEN}\W*$", re.I), r"which episode is \1 bitten"),
    (compile_later(rf"^\W*(?:en |em |no |na )?(?:qu[eé]|cu[aá]l|qual) {_EPISODE} (?:(?:muerden|mordieron|muerde|mordi[oó]) a {_ARTICLE}{_HOLDER}"
                   rf"|{_ARTICLE}{_HOLDER} (?:es|fue|é|foi) mordid[oa])\b", re.I), r"which episode is \1\2 bitten"),
    # a fate heard and doubted ("disseram que o ent0 morre, é verdade?", "me dijeron que ent0 se convierte en zombie, es
    # cierto?", "katanya ent0 mati? beneran?", "totoo bang namatay si ent0?"): the fate asked, as "someone said" is in English
    (compile_later(rf"^\W*{HEARD_LEAD} (?=(?:{_ARTICLE}{_HOLDER} (?:se )?(?:{_DIE}|{_TURN}|{_SURVIVE}|{_BITTEN})"
                   r"|(?:namatay|mamamatay|patay|buhay|nabuhay) ))(.+?)"
                   r"(?:\W+(?:(?:é|es|e) )?(?:verdade|verdad|cierto|real|sério|serio|fake|falso|mentira)"
                   r"|\W+(?:bener(?:an)?|benar|betul|hoax)(?: (?:gak|ga|nggak|ya|bukan))?(?: sih)?"
                   r"|\W+totoo(?: ba)?)?\W*$", re.I), r"\2"),
    *GROUP_ROWS,  # "mueren todos los estudiantes?", "todos morrem?": the group's fate, never "I don't know"
    # "ent0 se muere o no": the reflexive "se" changes nothing
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} (?:se )?{_DIE}\b", re.I), r"does \1 die"),
    (compile_later(rf"^\W*{_ARTICLE}{_SLOT} {_TURN} {_ZOMBIE}\b", re.I), r"does \1 turn into a zombie"),
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} {_SURVIVE}\b", re.I), r"does \1 survive"),  # "el papá de ent0 sobrevive"
    # "gwinam akhirnya mati ga sih": "in the end", "really" said between changes nothing
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} (?:akhirnya|pada akhirnya|beneran|bener|udah|sudah|jadinya) {_DIE}\b", re.I),
     r"does \1 die"),
    # "cheongsan ta vivo?", "gwinam sigue vivo?", "onjo masih hidup?": whether they are alive, as English asks it
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} (?:(?:sigue|segue|continua|continúa|est[aá]|t[aá]|masih|tetap|akhirnya) )?"
                   r"(?:viv[oa]|con vida|com vida|hidup)\b", re.I), r"is \1 alive"),
    # "ent0 es zombi", "o ent0 foi mordido", "la ent0 está infectada": a state asked, as English asks it
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} (?:es|é|e) {_ZOMBIE}\W*$", re.I), r"is \1 a zombie"),
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} (?:fue|foi|es|é|ha sido) mordid[oa]s?\W*$", re.I), r"was \1 bitten"),
    (compile_later(rf"^\W*{_ARTICLE}{_HOLDER} (?:est[aá]|t[aá]|fue|foi|es|é) infectad[oa]s?\W*$", re.I), r"is \1 infected"),
    # "¿está doblada la temporada 2?", "a temporada 2 é dublada?": a dub, which no source names (season2.py says so)
    (compile_later(r"^\W*(?:est[aá] |é |e )?(?:doblad[oa]s?|dublad[oa]s?) (.+?)\W*$", re.I), r"is \1 dubbed"),
    (compile_later(r"^\W*(.+?) (?:est[aá] |é |e |tiene |tem )?(?:doblad[oa]s?|dublad[oa]s?|doblaje|dublagem)\W*$", re.I, prefilter=True), r"is \1 dubbed"),
    # a dub in the asker's own language ("tiene doblaje latino", "tem dublagem em português"): never the English one
    (compile_later(r"^\W*(.+?) (?:est[aá] |é |e |tiene |tem )?(?:doblad[oa]s?|dublad[oa]s?|doblaje|dublagem)"
                   r" (?:al |en |em |para )?(?:latino|latina|espa[nñ]ol|castellano|portugu[eê]s|brasileir[oa])\W*$", re.I, prefilter=True),
     r"is \1 dubbed in spanish"),
    # "por que não aparece na minha netflix?", "¿por qué no me sale en netflix?": the fan cannot find it, so whether
    # season 2 is out yet (the day it came or comes), as loose_wordings reads "why is it not on my netflix"
    (compile_later(r"^\W*(?:por ?qu[eé]|pq|porque) (?:no|não|nao) (?:me |te )?(?:aparece|sale|sali[oó]|est[aá]|t[aá]|saiu|sai)"
                   r"(?: (?:la|a) (?:temporada 2|segunda temporada))? (?:en|na|no|em) (?:mi |minha |meu |o |a )?netflix\W*$", re.I, prefilter=True),
     "when does season 2 come out"),
    # a release date heard and checked: "es verdad que la temporada 2 sale en marzo", "é verdade que a segunda temporada
    # sai em abril", "apa benar season 2 rilis maret", "totoo ba na lalabas ang season 2 sa march": whether it comes out
    # then (read before as what is in season 2); with no season said ("es verdad que sale en marzo") fans mean the next
    (compile_later(rf"^\W*(?:es |será |sera |é |e )?(?:verdad|cierto|verdade)(?: que)? (?:se )?{WILL_COME_OUT}(?: (?:en|em|el|no|na|a|o|para))* (.+?)\W*$", re.I, prefilter=True),
     r"is it true season 2 comes out in \1"),
    (compile_later(rf"^\W*(?:es |será |sera |é |e )?(?:verdad|cierto|verdade)(?: que)? (.+?) (?:se )?{WILL_COME_OUT}(?: (?:en|em|el|no|na|a|o|para))* (.+?)\W*$", re.I),
     r"is it true \1 comes out in \2"),
    # said in the past, of season 1: "es verdad que la temporada 1 salió en enero" (checked against its premiere)
    (compile_later(rf"^\W*(?:es |é |e )?(?:verdad|cierto|verdade)(?: que)? (.+?) (?:se )?{_CAME_OUT}(?: (?:en|em|el|no|na|a|o))* (.+?)\W*$", re.I),
     r"is it true \1 came out in \2"),
    # "la temporada 1 es para mayores de 18", "é só para maiores?": its age rating (TV-MA in the US)
    # (the season said is kept: "la temporada 2 es para mayores" is season 2's, which is not announced)
    (compile_later(r"^\W*(?:la |el |a |o )?(?:season 2|temporada 2|s2|segunda temporada) (?:es|é|e) (?:solo |só |so |apta |apto )?"
                   r"(?:para )?(?:mayores|maiores|adultos)(?: de (?:edad|idade|\d{1,2}))?\W*$", re.I), r"is season 2 for adults"),
    (compile_later(r"^\W*(?:(?:la |el |a |o )?.{1,30}? )?(?:es|é|e) (?:solo |só |so |apta |apto )?(?:para )?(?:mayores|maiores|adultos)"
                   r"(?: de (?:edad|idade|\d{1,2}))?\W*$", re.I), r"is it for adults"),
    # said verb first, the doubt after the month: "sai em março mesmo a 2 temporada?", "sale en marzo de verdad la
    # temporada 2?" (read before as what is in season 2)
    (compile_later(rf"^\W*(?:se )?{WILL_COME_OUT} (?:em|en|no|na|el) (\w+(?: \d{{4}})?) (?:mesmo|msm|memo|de verdad|de verdade|en serio|sério|serio|realmente)"
                   r"(?: (?:a |la |el |o )?(.+?))?\W*$", re.I), r"is it true \2 comes out in \1"),
    (compile_later(r"^\W*(?:apa |apakah )?(?:benar|bener|beneran|bneran|betul|benarkah|betulkah|serius|seriusan)(?: kalau| bahwa| kalo)? (.+?) (?:akan )?(?:di)?(?:rilis|tayang|keluar)"
                   r"(?: (?:pada|di|tanggal|bulan|tahun))* (.+?)\W*$", re.I), r"is it true \1 comes out in \2"),
    (compile_later(r"^\W*totoo (?:ba )?(?:na |ng |nga )?(?:na )?(?:lalabas|ilalabas|ipapalabas)(?: na)?(?: ang| yung)? (.+?) "
                   r"(?:sa|ngayong|sa darating na) (.+?)\W*$", re.I), r"is it true \1 comes out in \2"),
    (compile_later(r"^\W*(?:apakah |apa )?(?:udah |sudah |dah |sdh |udh )?ada (?:trailer|teaser)\b.*$", re.I), r"is there a trailer yet"),
    # "dónde se grabó", "onde foi gravada": where it was filmed; "está basada en un webtoon": what it is based on
    (compile_later(r"^\W*(?:d[oó]nde|onde) (?:se )?(?:grab[oó]|film[oó]|rod[oó]|foi gravad[ao]|foi filmad[ao]|gravaram|filmaron|grabaron)\b.*$", re.I),
     r"where was it filmed"),
    (compile_later(r"^\W*(?:est[aá]|es|é|foi|fue) (?:basada|baseada|basado|baseado) (?:en|em|num|numa) (?:un |uma |um )?(\w+)\W*$", re.I),
     r"is it based on a \1"),
    # "ya hay trailer de la temporada 2", "já tem trailer da segunda temporada": whether there is one (fans mean season 2's)
    (compile_later(r"^\W*(?:y |e )?(?:ya |já |ja )?(?:hay|há|ha|tem|existe|sali[oó]|saiu)(?: ya| já)? (?:un |uma |um |el |o |algún |algum )?"
                   r"(?:tr[aá]iler|teaser|avance)\b.*$", re.I), r"is there a trailer yet"),
    # "se filtró el tráiler de la temporada 2?": a leak of it (season2.py: no "Yes."); Portuguese's "vazou" is left
    # unsourced under `date` (ask_blind90's ruling)
    (compile_later(r"^\W*(?:(?:se )?filtr\w+ (?:el )?(?:tr[aá]iler|teaser)\b.*|(?:el )?(?:tr[aá]iler|teaser)\b.*\b(?:se )?filtr\w+)\W*$", re.I),
     r"did the season 2 trailer leak"),
    # season 2's timing as fans ask it on release day: the date ("ya hay fecha de estreno de la temporada 2", "tem data
    # da temporada 2", "tanggal rilis season 2 udah diumumin"), the hour ("jam berapa season 2 tayang"), the count to
    # come ("quantos episódios vai ter a 2 temporada") and the trailer said first ("trailer season 2 udah ada?")
    (compile_later(r"^\W*(?:y |e )?(?:ya |já |ja )?(?:hay|há|tem|existe)(?: ya| já)? (?:una |uma )?(?:fecha|data)(?: de (?:estreno|"
                   r"estreia|lanzamiento|lançamento|salida))?(?: (?:de|da|do|para|pra))? (.+?)\W*$", re.I), r"is there a release date for \1 yet"),
    # the date said alone, as a search is typed ("fecha de estreno temporada 2", "data de estreia da 2ª temporada"): when
    # the season comes out, and only the season's ("fecha de nacimiento de ..." is no release)
    (compile_later(r"^\W*(?:(?:la|a) )?(?:fecha|data)(?: de (?:estreno|estreia|lanzamiento|lançamento|salida))?(?: (?:de|da|do|del))?"
                   r"(?: (?:la|a))? ((?:segunda|2[ªa]?) temporada\b.*?|temporada (?:2|dos|dois)\b.*?|(?:todos )?estamos (?:todos )?"
                   r"(?:muertos|mortos)\b.*?)\W*$", re.I), r"when does \1 come out"),
    (compile_later(r"^\W*(?:apakah )?tanggal (?:rilis|tayang)(?:nya)? (.+?) (?:udah|sudah|dah|sdh|udh) (?:di)?(?:umumin|umumkan|keluar|ada)\b.*$",
                   re.I), r"has the release date of \1 been announced"),
    (compile_later(r"^\W*jam berapa (.+?) (?:di)?(?:rilis|tayang|keluar)\b.*$", re.I), r"what time does \1 come out"),
    (compile_later(r"^\W*(.+?) (?:di)?(?:rilis|tayang|keluar) jam berapa\b.*$", re.I, prefilter=True), r"what time does \1 come out"),
    (compile_later(r"^\W*(?:trailer|teaser)(?:nya)? (.+?) (?:udah|sudah|dah|sdh|udh) (?:ada|keluar|rilis)\b.*$", re.I),
     r"is there a trailer for \1 yet"),
    (compile_later(r"^\W*(?:cu[aá]ntos|quantos) (?:episodios|episódios|capítulos|capitulos|caps|eps) (?:va a tener|vai ter|tendr[aá]|ter[aá]) "
                   r"(.+?)\W*$", re.I), r"how many episodes will \1 have"),
    # (the question mark stays outside: "when does season 2 ? come out" was two questions, season 1's premiere after)
    (compile_later(r"^\W*(?:(?:cu[aá]ndo|quando) (?:sale|sai|se estrena|estrena|estreia|lanzan|lançam|lança|lanza|llega|chega)"
                   r"|(?:(?:cu[aá]nto(?:s d[ií]as| tiempo)?|quantos dias|quanto tempo) falta[nm]?|falta[nm]? (?:quanto|cu[aá]nto)(?: tempo| tiempo)?) (?:para|pra|pa))"
                   r" (.+?)\W*$", re.I),
     r"when does \1 come out"),
    (compile_later(r"^\W*(?:kapan|berapa (?:minggu|bulan|lama) lagi) (.+?) (?:rilis|tayang|keluar|dirilis)\b", re.I), r"when does \1 come out"),
    # said with nothing after the verb ("quando estreia", "¿cuándo sale?"): asked as an English fan asks "when does it
    # come out", not "I don't know"; said in the past ("cuándo se estrenó") as "when did it come out"
    (compile_later(rf"^\W*(?:y |e )?(?:cu[aá]ndo|quando) (?:se )?{COMES_OUT}\W*$", re.I), r"when does it come out"),
    (compile_later(rf"^\W*(?:y |e )?(?:cu[aá]ndo|quando) (?:se )?{_CAME_OUT}\W*$", re.I), r"when did it come out"),
    (compile_later(rf"^\W*(?:y |e )?(?:cu[aá]ndo|quando|(?:en|em|de) qu[eé] a[ñn]o) (?:se )?{_CAME_OUT} (.+?)\W*$", re.I), r"when did \1 come out"),
    # whether it is out, before and on release day: "¿ya salió la temporada 2?", "já saiu a segunda temporada?",
    # "la temporada 2 ya salió?" (read before as what is in season 2)
    (compile_later(rf"^\W*(?:y |e )?(?:ya |já |ja )?(?:se )?{_CAME_OUT}(?: ya| já)? (.+?)\W*$", re.I), r"is \1 out"),
    (compile_later(rf"^\W*(.+?) (?:ya |já |ja )(?:se )?{_CAME_OUT}\W*$", re.I), r"is \1 out"),
    *TAGALOG_ASKS,  # "kelan lalabas ang season 2", "kailan lumabas ang all of us are dead", "naging zombie ba si ent0"
    # whether it is out, on release day: "season 2 sudah rilis?", "udah keluar belum s2", "labas na ba ang s2"
    (compile_later(r"^\W*(?:apakah )?(.+?) (?:sudah|udah|dah|sdh|udh) (?:di)?(?:rilis|tayang|keluar)\b.*$", re.I, prefilter=True),
     r"is \1 out"),
    # ("udah keluar episode 1 di indonesia?": the country said as English says it, "is episode 1 out in indonesia")
    (compile_later(r"^\W*(?:apakah )?(?:sudah|udah|sdh|udh) (?:di)?(?:rilis|tayang|keluar) (?:belum )?(.+?) di ([^\W\d_]+)\W*$", re.I),
     r"is \1 out in \2"),
    (compile_later(r"^\W*(?:apakah )?(?:sudah|udah|sdh|udh) (?:di)?(?:rilis|tayang|keluar) (?:belum )?(.+?)\W*$", re.I),
     r"is \1 out"),
    # "episode 9 ceritanya apa", "spoiler episode 11 dong", "resumen del episodio 5": what happens in it (hidden past the mark)
    (compile_later(r"^\W*(?:spoiler|sinopsis|ringkasan|rangkuman|cerita|isi)(?:nya)? (?:di )?(?:episode|ep|eps) ?(\d+)"
                   r"(?: (?:dong|donk|pls|plis|apa|gimana))?\W*$", re.I), r"what happens in episode \1"),
    (compile_later(r"^\W*(?:di )?(?:episode|ep|eps) ?(\d+)(?: tuh| itu)? (?:ceritanya|isinya|tentang|ada) ?(?:apa|gimana|bagaimana)"
                   r"(?: aja| saja)?(?: sih| ya)?\W*$", re.I), r"what happens in episode \1"),
    (compile_later(rf"^\W*(?:un |el |o )?(?:resumen|resumo|sinopse|sinopsis)(?: r[aá]pido)? (?:del?|do|da) {_EPISODE} ?(\d+)\W*$", re.I),
     r"what happens in episode \1"),
    # "judul episode 1 apa", "syutingnya dimana", "webtoonnya judulnya apa": an episode's title, where it was shot, the webtoon
    (compile_later(r"^\W*judul(?:nya)? (?:episode|ep|eps) ?(\d+)(?: apa| apaan)?(?: sih| ya)?\W*$", re.I),
     r"what is the title of episode \1"),
    (compile_later(r"^\W*(?:lokasi )?syuting(?:nya)? (?:di ?mana|dmn)(?: sih| ya)?\W*$", re.I), "where was it filmed"),
    (compile_later(r"^\W*(?:judul |(?:.+? )?(?:diadaptasi|diangkat|adaptasi|berdasarkan)(?: dari)? )?webtoon(?:nya)?(?: judulnya)? apa(?: sih| ya)?\W*$", re.I, prefilter=True),
     "what webtoon is it based on"),  # "ent0 diadaptasi dari webtoon apa"
    (compile_later(r"^\W*(?:é |es |está |esta )?basead[oa] em (?:qual|que) webtoon\W*$", re.I), "what webtoon is it based on"),
    # whom someone loves or likes: "de quien esta enamorado ent0", "o ent0 gosta de quem?", "dae-su esta enamorado de hari?"
    (compile_later(rf"^\W*(?:de )?qui[eé]n (?:est[aá] |anda )?enamorad[oa] {_ARTICLE}{_SLOT}\W*$", re.I), r"who is \1 in love with"),
    (compile_later(rf"^\W*{_ARTICLE}{_SLOT} (?:est[aá] )?(?:enamorad[oa] de|apaixonad[oa] por) qui[eé]n?m?\W*$", re.I),
     r"who is \1 in love with"),
    (compile_later(rf"^\W*(?:de quem )?{_ARTICLE}{_SLOT} gosta(?: de quem)?\W*$", re.I), r"who does \1 like"),
    (compile_later(rf"^\W*{_ARTICLE}{_SLOT} (?:est[aá] )?(?:enamorad[oa] de|apaixonad[oa] (?:por|pel[oa])) {_ARTICLE}{_SLOT}\W*$", re.I),
     r"is \1 in love with \2"),
    (compile_later(rf"^\W*{_ARTICLE}{_SLOT} gosta (?:d[oa]|de) {_SLOT}\W*$", re.I), r"does \1 like \2"),
    # "de quien es hermano woojin", "woojin itu adiknya siapa": whose sibling they are, as "who is X's sibling" asks it
    (compile_later(rf"^\W*(?:de )?qu(?:i[eé]n|em) (?:es|é) (?:el |la |o |a )?(?:herman[oa]|irm[aã]o?) {_ARTICLE}{_SLOT}\W*$", re.I),
     r"who is \1's sibling"),
    (compile_later(rf"^\W*{_SLOT} (?:itu )?(?:adik|kakak)(?:nya)? siapa\W*$", re.I), r"who is \1's sibling"),
    # "onjo y cheongsan son novios?", "a onjo e o cheongsan namoram?": whether two are a couple
    (compile_later(rf"^\W*{_ARTICLE}{_SLOT} (?:y|e) {_ARTICLE}{_SLOT} (?:son novios|s[aã]o namorados|namoram|andan|est[aá]n juntos|"
                   rf"est[aã]o juntos|terminan juntos|acaban juntos|ficam juntos)\W*$", re.I), r"are \1 and \2 dating"),
    # "apa yang terjadi di episode 4": what happens in it
    (compile_later(r"^\W*apa (?:yang )?(?:terjadi|terjadi di|terjadi pada|yang terjadi) (?:di |pada |dalam )?(?:episode|ep|eps|episode ke) ?(\d+)\W*$", re.I),
     r"what happens in episode \1"),
    (compile_later(r"^\W*(?:labas|lumabas) na (?:ba )?(?:ang |yung )?(.+?)\W*$", re.I), r"is \1 out"),
    (compile_later(r"^\W*(?:ang |yung )?(.+?) (?:labas|lumabas) na(?: ba)?\W*$", re.I), r"is \1 out"),
    (compile_later(r"^\W*(?!siapa\b)(.+?)(?:\s+itu)?\s+siapa\W*$", re.I, prefilter=True), r"siapa \1"),  # "ent0 itu siapa"
    # Tagalog yes/no: "buhay pa ba si ent0" (alive still is ent0), "namatay ba si ent0" (died did ent0), "patay na ba
    # talaga si ent0" (dead already really is ent0); "patay na daw si ent0" (dead already reportedly: a claim heard)
    (compile_later(rf"^\W*buhay (?:pa )?(?:daw |raw )?(?:ba )?(?:talaga )?(?:si |ang |yung )?{_HOLDER}", re.I), r"is \1 still alive"),
    (compile_later(rf"^\W*(?:namatay|mamamatay|patay) (?:na )?(?:daw |raw )?(?:ba )?(?:talaga )?(?:si |ang |yung )?{_HOLDER}", re.I),
     r"does \1 die"),
    # the one asked of said first: "tatay ni ent0 namatay ba", "si ent0 buhay pa ba", "si ent0 patay na ba talaga"
    (compile_later(rf"^\W*(?:si |ang |yung )?{_HOLDER} (?:ay )?(?:namatay|mamamatay|patay)(?: na)?(?: ba)?(?: talaga)?\W*$", re.I),
     r"does \1 die"),
    (compile_later(rf"^\W*(?:si |ang |yung )?{_HOLDER} (?:ay )?buhay(?: pa)?(?: ba)?(?: talaga)?\W*$", re.I), r"is \1 still alive"),
)

# Phrases, longest first; each stands for the English words a question in English would use.
_GLOSSES: tuple[tuple[LazyPattern, str], ...] = tuple((compile_later(rf"(?<!\w)(?:{p})(?!\w)", re.I), e) for p, e in (
    # who is new (season 2's announced newcomers), before "siapa pemain" reads as "who plays"
    (r"(?:siapa|sino)(?: saja| aja| ang| yung| ang mga| yung mga| mga)?(?: yang)? "
     r"(?:(?:pemain|pemeran|pelakon|watak|karakter|tokoh|cast) baru(?:nya)?|bago|bagong (?:cast|karakter|characters?|tauhan|artista))",
     " who is new "),
    (r"(?:(?:pemain|pemeran|pelakon|watak|karakter|tokoh) baru|(?:mga )?bagong (?:cast|karakter|tauhan|artista))", " new cast "),
    # an episode's title: "cómo se llama el episodio 3 de la temporada 2", "qual o nome do episódio 3" (scen45: "nobody
    # knows what is in it", where English is told the title, hidden until the episode)
    (r"(?:c[oó]mo se llama|como se chama|cu[aá]l es el (?:nombre|t[ií]tulo)(?: del?)?|qual (?:é )?o (?:nome|t[ií]tulo)(?: d[oa])?)"
     r"(?: el| o)?(?=\s+(?:episodio|episódio|capítulo|capitulo|ep)\b)", " what is the title of "),
    (r"(?:la |a )?(?:segunda temporada|temporada 2|2(?:a|ª|da|nda)? temporada|season 2)", " season 2 "),
    (r"(?:la |a )?(?:primera temporada|primeira temporada|temporada 1|1(?:a|ª|ra)? temporada)", " season 1 "),
    (r"(?:la |a )?(?:serie|série)", " the show "),
    # "en la temporada 2", "na série": the place said after a name or a question
    (r"(?:en|em|na|no|di|da|de la|sa)(?=\s+(?:season \d|s\d|the show)\b)", " in "),
    (r"(?:de|do|da|ng)(?=\s+season \d\b)", " of "),  # "al final de la temporada 1", "sa dulo ng season 1"
    # said last, a doubt or an "or not" ("se muere o no", "morreu mesmo?", "mati beneran?"): asked as English asks it
    (r"(?:o|ou) (?:no|não|nao)(?=\W*$)", " or not "),
    (r"(?:mesmo|msm|de verdad|de verdade|en serio|beneran|talaga)(?=\W*$)", " really "),
    # "siapa aja yang selamat" (who all that survived), "siapa itu nam-ra", "siapakah ha-ri": "aja", "saja", "sih", "itu"
    (r"(siapa)(?:kah)?(?: (?:saja|aja|sih|itu))?(?= )", r"\1"),  # and "-kah" ask nothing more
    (r"(?:en el|en|em|no|na)(?=\s+" + _EPISODE + r"\b)", " in "),  # "quien muere en el episodio 3"
    # "dónde puedo verla en españa": the country said is no other place to watch it
    (r"(d[oó]nde (?:puedo |se puede |lo puedo |la puedo |podemos )?(?:ver|verla|verlo|mirar|mirarla|mirarlo)"
     r"|onde (?:posso |dá (?:pra|para) |da pra |eu posso )?(?:assistir|ver))(?: la serie| a série| a serie)?"
     r" (?:en|em|no|na) (?:el |la |o |a )?[^\W\d_]+(?=\W*$)", r" \1 "),
    # "qué le pasa a ent0", "o que acontece com ent0": what happens to someone
    (r"(?:o )?qu[eé] (?:le )?(?:acontece|aconteceu|pasa|pas[oó]|sucede|sucedi[oó]) (?:com|con|a|al|à|ao)(?: el| la| o| a)?", " what happens to "),
    # "en qué webtoon se basa la serie", "em que se baseia a série": what the show is based on
    (r"(?:en |em |de )?(?:qu[eé]|cu[aá]l|qual) ?(\w*) (?:se basa|se baseia|está basada|está baseada|é baseada|fue basada|foi baseada)(?: en| em)?\s+the show",
     r" what \1 is the show based on "),
    (r"the show\s+(?:se basa|se baseia|está basada|está baseada|é baseada|es basada) (?:en un|em um|em uma|num|numa|en|em)",
     " is the show based on "),
    (r"(?:cu[aá]ntos|quantos|berapa) (?:episodios|episódios|episode|episod|eps|capítulos|capitulos)", " how many episodes "),
    # "resumen de la temporada 1", "resumo da primeira temporada": a recap (every episode, each hidden past the mark)
    (r"(?:un |o |el )?(?:resumen|resumo)(?:\s+(?:rápido|rapido))?(?:\s+(?:de|da|do|del|in|of))?(?=\s+season \d\b)", " recap of "),
    (r"(?:cu[aá]ntas|quantas|berapa|ilang) (?:temporadas|season|seasons)(?: hay| tiene| tem| há| ada| meron)?", " how many seasons are there "),
    # "qué pasó en el capítulo 5", "o que aconteceu no episódio 3": what happens in that episode (hidden past the mark)
    (r"(?:o )?qu[eé] (?:pas[oó]|pasa|sucede|sucedi[oó]|acontece|aconteceu)(?=\s+(?:en|em|no|na|in)\b)", " what happens "),
    (r"(?:al final|no final|en el final|di akhir(?: cerita)?|di ending|di episode terakhir|sa dulo|sa huli|sa ending)", " at the end "),
    (r"(?:en el|en|no|na) (?:último|ultimo|última|ultima) (?:episodio|episódio|capítulo|capitulo|cap|ep)", " in the last episode "),
    # "quién ganó el premio a mejor actriz revelación": an award's name, never an opinion
    (r"(?:el |o )?(?:premio|prêmio)(?: a| de| al| ao| da)?(?: la| a)?", " the "),
    (r"(?:mejor|melhor) (?:actriz|atriz) (?:revelación|revelacion|revelação)", " best new actress award "),
    (r"(?:mejor|melhor) (?:actor|ator) (?:revelación|revelacion|revelação)", " best new actor award "),
    (r"(?:ganó|gano|ganaron|ganhou|ganharam)", " won "),
    (r"(?:qui[eé]n|quem|siapa)(?: yang| yg)? (?:interpreta(?: a)?|hace de|faz(?: o papel d[eoa])?|memerankan|pemeran|pelakon|pemain"
     r"|main (?:jadi|sebagai)|berperan (?:jadi|sebagai)|meranin)", " who plays "),
    *WHICH_SEX_WORDS,  # "¿a qué chica mordió ent0?": which girl they bit
    *TAGALOG_WORDS,  # "sino gumanap kay ent0", "ilang episodes ang season 1", "sino direktor ng ..."
    # "sa ep 12", "di episode 11": in an episode
    (r"(?:sa|di|pada)(?=\s+(?:ep|eps|episode|episodes|episod|ending|dulo)\b)", " in "),
    (r"(?:pemeran|pelakon|aktor|aktris|(?:el |la |o |a )?(?:actor|actriz|ator|atriz) (?:de|do|da|del))", " actor of "),
    (r"(?:qui[eé]n|quem) (?:escribi[oó]|escreveu|escribe|escreve)(?: el guion de| o roteiro de)?", " who wrote "),
    (r"(?:qui[eé]n|quem|siapa)(?: yang| yg)? (?:dirigi[oó]|dirigiu|dirige|dirigir[aá]|sutradara(?:nya)?|menyutradarai|es el director de|é o diretor de)", " who directed "),
    # "nonton all of us are dead di netflix bisa?": whether it is on that service
    (r"(?:bisa )?nonton(?: the show)? di (?!mana\b|dmn\b)(\w+\+?)(?: bisa| bisa gak| bisa ga| gak| ga)?", r" can i watch it on \1 "),
    # "siapa yang dibunuh namra" (di-: the one killed by her), "quem o woojin salvou": whom the named one did it to
    (r"siapa(?: yang| yg)? dibunuh(?:\s+oleh)?\s+(ent\d+)|quem\s+(?:[oa]\s+)?(ent\d+)\s+matou|a\s+qui[eé]n(?:es)?\s+mat[oó]\s+(ent\d+)",
     r" who did \1\2\3 kill "),  # "a quién mató gwinam": the Spanish, likewise
    (r"siapa(?: yang| yg)? digigit(?:\s+oleh)?\s+(ent\d+)|quem\s+(?:[oa]\s+)?(ent\d+)\s+mordeu", r" who did \1\2 bite "),
    (r"siapa(?: yang| yg)? diselamatkan(?:\s+oleh)?\s+(ent\d+)|quem\s+(?:[oa]\s+)?(ent\d+)\s+salvou", r" who did \1\2 save "),
    # "quien no murio", "quem não morreu", "siapa yang tidak mati": the death denied, as English asks it (negated.py)
    (r"(?:qui[eé]n|quem|siapa)(?: yang| yg)? (?:no|não|nao|tidak|gak|nggak) (?:muri[oó]|muere|morreu|morre|mati|meninggal)",
     " who didn't die "),
    (r"(?:por ?qu[eé]|porque|kenapa|mengapa) (?:(ent\d+) (?:no|não|nao|tidak|gak|nggak) (?:muri[oó]|muere|morreu|morre|mati)"
     r"|(?:no|não|nao) (?:muri[oó]|muere|morreu|morre) (ent\d+))", r" why didn't \1\2 die "),  # "por que (no murio) namra"
    (r"(?:qui[eé]n|quem|siapa)(?: yang| yg)? (?:mata|matou|mató|mato|membunuh|bunuh|ngebunuh)(?: a)?", " who kills "),
    (r"(?:qui[eé]n|quem|siapa)(?: yang| yg)? (?:salv[oó]|salvou|rescat[oó]|resgatou|menyelamatkan|nyelamatin)(?: a| o)?", " who saved "),
    (r"(?:qui[eé]n|quem|siapa)(?: yang| yg)? (?:mordi[oó]|mordeu|menggigit|gigit|ngegigit)(?: a)?", " who bit "),
    (r"(?:que |q )?(?:cre[oó]|hizo|invent[oó]|criou|fez|inventou) (?:el |o )v[ií]rus"  # "el profe que creó el virus"
     r"|(?:guru )?(?:yang |yg )?(?:bikin|membuat|menciptakan|nyiptain) virus(?:nya)?", " created the virus "),  # "siapa guru yang bikin virus"
    # "quien le sacó el ojo a gwinam", "quem arrancou o olho do gwinam": whose eye was taken out, as English asks it
    (r"(?:le |lhe )?(?:sac[oó]|sacaron|quit[oó]|quitaron|apuñal[oó]) (?:en )?(?:el|un) ojo(?: a)?|(?:arrancou|furou|tirou) o olho d[oa]", " took out the eye of "),
    # where to watch it: "nonton di mana", "saan pwede panoorin", "dónde puedo verla", "onde assistir"
    (r"(?:(?:di ?mana|dmn) (?:bisa )?nonton(?:nya)?|(?:bisa )?nonton(?:nya)? (?:di ?mana|dmn))", " where can i watch it "),
    (r"saan(?: ba)?(?: pwede| puwede| pwedeng| puwedeng| pede)?(?: ko)? (?:panoorin|manood|mapanood|mapapanood)(?: ito| to| ang the show| ang)?", " where can i watch it "),
    (r"d[oó]nde (?:puedo |se puede |lo puedo |la puedo |podemos )?(?:ver|verla|verlo|mirar|mirarla|mirarlo)(?: la serie)?", " where can i watch it "),
    (r"onde (?:posso |dá (?:pra|para) |da pra |eu posso )?(?:assistir|ver)(?: a série| a serie)?", " where can i watch it "),
    # "quién es el mejor amigo de ent0", "quem é a melhor amiga da ent0": a friendship, never a ranking
    (r"(?:el |la |o |a )?(?:mejor amig[oa]|melhor amig[oa]) (?:de|del|do|da)", " the best friend of "),
    (r"(?:qui[eé]n|quem|siapa)(?: yang| yg)? (?:es|é|era|foi|adalah)", " who is "),
    (r"sinong (teacher|student)s?(?: ang| yung)?", r" which \1 "),  # "sinong teacher ang unang namatay": which of them
    (r"(?:qui[eé]n(?:es)?|quem|siapa(?: yang| yg)?|sino(?: ang| yung)?)", " who "),
    (r"(?:cu[aá]ndo|quando|kapan|kelan|kailan)", " when "),
    # "¿qué profesor muere primero?", "quem morre primeiro", "siapa yang mati duluan": the first (last) of them
    (r"(?:muere|morre) (?:primero|primeiro)|(?:mati|meninggal|tewas) (?:duluan|pertama(?: kali)?)"
     r"|(?:ang |yung )?unang (?:namatay|mamamatay|namamatay)", " dies first "),  # Tagalog: "sino unang namatay"
    (r"(?:muere|morre) (?:de |por )?[uú]ltimo", " dies last "),
    (r"(?:muere|morre|mati|meninggal|mueren|morrem|namatay|mamamatay)", " dies "),
    (r"(?:muri[oó]|morreu)", " died "),
    (_SURVIVE, " survives "),
    (r"(?:el director|o diretor|sutradara|director|diretor)", " director "),
    (r"(?:villan[oa]s?|vil[aã]o|vil[aã]|vil[oõ]es|kontrabida|penjahat(?:nya)?)", " villain "),  # "el villano de la temporada 1"
    (r"(?:de|da|do|del|sa|ng|di)(?=\s+(?:the show|all of us are dead|aouad|aoad)\b)", " in "),  # "o vilão de all of us are dead"
    # "¿cheolsu le mintió a los rescatistas?", "cheolsu mentiu para os socorristas?": the lie told the rescue crew
    (r"(?:traicion[oó]|traicionaron|traiu|tra[ií]ram)(?: a| o)?", " betrayed "),  # "¿namra traicionó a suhyeok?"
    (r"(?:le |les |lhes? )?(?:minti[oó]|mentiu)(?: (?:a|para)(?: (?:los|las|os|as))?)?", " lied to the "),
    (r"(?:rescatistas|socorristas|resgatistas|equipo de rescate|equipe de resgate)", " rescuers "),
    (r"(?:temporada)", " season "),
    (r"(?:episodio|episódio|episode|capítulo|capitulo)", " episode "),
    (r"(?:apakah|el|la|los|las|os|tiene|tem|hay|há|ada)", " "),
))


# a second question after "y", "e", "dan", "at" ("cuándo sale la temporada 2 y cuántos episodios tiene"), read on its own
_TWO_ASKS = compile_later(r"(?<!\s)\s+(?:y|e|dan|at)\s+(?=(?:cu[aá]nd[oa]|cu[aá]nt[oa]s|qui[eé]n(?:es)?|quem|quando|quant[oa]s|siapa|kapan"
                          r"|berapa|sino|kailan|kelan|ilan|ilang|d[oó]nde|onde)\b)", re.I)
# Indonesian months spelt unlike English ones
_ID_MONTHS = {name: english for name, english in MONTHS_ABROAD["id"].items() if name != english}
_ID_MONTH = compile_later(r"\b(?:" + "|".join(_ID_MONTHS) + r")\b", re.I)
# a laugh said first, typed the way fans abroad type it (chat.py reads one said last)
_LAUGH_FIRST = compile_later(rf"^\W*(?:(?:{LAUGHS}|lo+l|lmf?a+o+|xd+)(?:[\s,.!~]+|$))+(?=\S)", re.I)
_MUSIM = compile_later(r"\bmusim (?:ke-?)?(\d|pertama|kedua|ketiga)\b", re.I)
# "quem matou o diretor", "quién mató al director", "who killed the director": a school's head is the one killed
# (the principal, a character the pack knows), never the show's director and his news
_HEAD_KILLED = compile_later(r"(?<!\w)(kill|kills|killed|killing|mata|matou|mató|mato|mataron|mataram)(?:\s+(?:a|al|o|the|el))?"
                             r"\s+(?:school\s+)?(?:director|diretor)(?:\s+(?:de la|del|da|do|of the)\s+(?:escuela|escola|colegio"
                             r"|colégio|school))?(?![\w'’])", re.I)
_MUSIM_NTH = {"pertama": "1", "kedua": "2", "ketiga": "3"}
_PO_LAST = compile_later(r"(?<!\s)\s+po(?=\W*$)", re.I)
# Indonesian particles said last ("gak sih", "kah", "ya?"): the yes/no they ask is the question's own
_PARTICLES_LAST = compile_later(r"(?<!\s)(?:\s+(?:gak|ga|gk|nggak|ngga|enggak|engga|kah|sih|ya|dong|deh|nih|kan))+(?=\s*[?!.]|\W*$)", re.I)


def gloss_foreign(text: str) -> str:
    """`text` with its Spanish, Portuguese, Indonesian or Tagalog question words in English, or `text`
    itself when no word in it is plainly one of those languages."""
    if (japanese := japanese_left(text)) is not None:
        return japanese
    text, whole = thai_left(text)
    if whole:
        return text
    text = short_season_two(text)  # "sale ent0 en la t2", "quién sale en la t2": season 2, and so a Spanish question
    if _LAUGH_FIRST.match(text):
        text = _LAUGH_FIRST.sub("", text)  # "jajajaja ya salió la season 2?", "wkwkwk ent0 suka sama siapa"
    if "musim" in text.casefold():  # Malay's season ("bila musim 2 keluar", "siapa pelakon baru musim kedua")
        text = _MUSIM.sub(lambda m: f"season {_MUSIM_NTH.get(m.group(1).casefold(), m.group(1))}", text)
    if (two := _TWO_ASKS.search(text)) is not None:  # "cuándo sale la temporada 2 y cuántos episodios tiene": each apart
        return f"{gloss_foreign(text[:two.start()])} and {gloss_foreign(text[two.end():])}"
    if (asked := foreign_ask(text)) is not None:  # "¿cuánto dura cada capítulo?", "anong episode yung sa library"
        return asked
    text = couple_asked(text)  # "mag jowa ba sina ent0 at ent1": before German reads "mag" as "likes"
    text = _PO_LAST.sub("", text)  # "who plays ent0 po?": Tagalog's politeness said last asks nothing more
    text = described_abroad(text)  # "la chica del arco", "yung babaeng buntis": the one described, in English words
    text = gloss_hinglish(gloss_french_german(gloss_european(text)))  # "quand sort la saison 2", "kto gra ent0"
    text = _HEAD_KILLED.sub(r"\1 the principal", text)  # in English too: a kill asked of "the director"
    if not says_any(text, _MARKERS):
        return text
    text = re.sub(r"\s+", " ", text).strip()  # a name's slot leaves two spaces ("ent0  se convierte")
    text = _PARTICLES_LAST.sub("", text)  # "ent0 mati gak sih": "gak", "sih", "kah" ask nothing more
    text = group_asked(text)  # "mueren todos los profesores", "semua guru mati": the group, as English asks it
    text = relatives_in_english(text)  # "el padre de ent0", "ayah ent0", "tatay ni ent0": "ent0's father"
    text = rewrite_in_turn(text, _ROLES, _REORDERED, _GLOSSES)
    if " out in " in text:  # "is season 2 coming out in desember?": the month as the date readers know it
        text = _ID_MONTH.sub(lambda m: _ID_MONTHS[m.group(0).casefold()], text)
    return re.sub(r"\s+", " ", text).strip()
