"""The language a question is typed in, for the answers /ask words in the asker's language.

One place decides it, from what the member typed (never from the English the readers gloss it
into): Hangul is Korean, kana Japanese, Chinese characters without either Chinese; in Latin letters,
Spanish, Portuguese, Indonesian, French, German or Tagalog when that language's own small words outnumber English ones
("cuándo sale la temporada 2", "quando sai a 2ª temporada", "kapan season 2 rilis", "c'est quand la saison 2",
"wann kommt staffel 2", "kailan po lalabas ang s2"). A word several of
them write ("ya" is Spanish and Indonesian) decides nothing alone: it only adds to a language a word of its own
already names ("katanya season 2 diundur ya?" is Indonesian). A line whose only words Spanish and Portuguese spell
alike ("hari sobrevive?") is Iberian all the same, Portuguese when its letters say so (ã, ç, "lh"), else Spanish.
Anything else is English, the language every answer is written in first (Hinglish, Thai... stay so).
"""

from __future__ import annotations

import functools
import re

from bot.lazy_re import compile_later
from bot.lore.content import bundled_pack
from bot.lore.names import resolver_of
from bot.text import HANGUL

#: The languages an answer may be worded in besides English ("en").
ASKER_LANGUAGES = ("ko", "ja", "zh", "es", "pt", "id", "fr", "de", "tl")

# Letters of words, never those of a laugh or a face: "ㅠㅠ", "ㅋㅋ" (jamo) and "ヽ(・∀・)ノ" (ヽ, ・, ノ) beside an
# English question leave it English; two of a script's letters make a question of that language.
_KANA = compile_later(r"[\u3041-\u3096\u30a1-\u30f4\u30f7-\u30fa\u31f0-\u31ff]")
_HAN = compile_later(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# Japanese written almost all in kanji: a particle between kanji ("脚本家は誰", "原作は何") or 話 counting episodes
# ("全何話", "12話"), where Chinese says 集, or "死ぬ" ("何人死ぬ？"); one hiragana alone is no face's letter
_JAPANESE_AMONG_HAN = compile_later(r"[\u3400-\u4dbf\u4e00-\u9fff][はがのをっ][\u3400-\u4dbf\u4e00-\u9fff]|[何0-9０-９]話|死ぬ")
_FACE = compile_later(r"[(（][^()（）]{0,12}[)）]")  # "(・∀・)", "(ノ_<)": a face's letters are no words
_WORD = compile_later(r"[^\W\d_]+")
# the surname Yang before a given name ("quién es Yang Dae-su"), never Indonesian's "yang" (that, who)
_SURNAME_YANG = compile_later(r"\byang(?=\s+[^\W\d_]+-[^\W\d_]+)", re.I)
# letters only Vietnamese writes (never Portuguese's ã, õ, â, ê, ô): its "ba" (father) is no Tagalog "ba"
_VIETNAMESE = compile_later(r"[ảạăằắẳẵặầấẩẫậđẻẽẹềếểễệỉĩịỏọồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵ]", re.I)
# the show's English title, whose "are" is no English said by the asker ("all of us are dead diadaptasi dari webtoon apa")
_TITLE = compile_later(r"\ball of us are dead\b", re.I)
# a name's hyphenated syllables ("joo dong-geun", "na-yeon"), whose "dong", "na" or "il" is no Indonesian, Tagalog
# or French word; never a doubled word ("denger-denger"), Indonesian's "-nya" ("trailer-nya") nor French's "est-ce", "peut-être"
_NAME_SYLLABLES = compile_later(r"(?<![\w-])(?P<a>[^\W\d_]+)-(?!(?P=a)\b|nya\b|ce\b|se\b|être\b|etre\b)"
                                r"[^\W\d_]+(?![\w-])", re.I)
# Tagalog's small words English lines write too (a name "Ang", a "po box", "mga" in a site's name): one alone, beside
# English's own small words, is no Tagalog ("ang lee directed this right?"); alone it still is ("may season 2 na ba")
_TAGALOG_SMALL = frozenset("ang po mga sa ba kay".split())
_ENGLISH_SMALL = frozenset("this that it its my your from for to of and with right said says i you he she we".split())

# Words each language uses in questions and the others (English among them) do not: shared ones
# ("temporada", "segunda", "de", "que", "episode") decide nothing.
_OWN_WORDS = {
    "es": frozenset("""cuándo cuando sale salio salió saldrá saldra estrena estreno estrenó estrenará hay ya hora horario
        tiene tendrá tendra capítulos capitulos capítulo capitulo episodios cuántos cuantos cuántas cuantas fecha
        la el los las está esta tráiler avance sí llega llegará llegara lanzamiento anunciaron confirmada
        quién quien interpreta interpretó hace hizo actriz personaje muere murió murieron muerto muerta mueren muerden
        mordido sobrevive vive convierte papá papa mamá qué verdad retrasaron retrasada retrasado pospuesta
        pospusieron novios novia novio años hermano hermana sigue vivo viva salen vuelve volvió se
        dónde donde puedo ver grabó grabo grabaron rodó rodaron escribió escribio dirigió dirigio basada basado
        enamorado enamorada gusta pasa resumen llama apta apto hijo hija edad noticias novedad novedades escena
        cuánto cuanto dura anunció anuncio quienes quiénes sobreviven sobrevivieron que
        traicionó traiciono traicionaron traicionado traicionada traición traicion mordió mordio filtró salvó""".split()),
    "pt": frozenset("""quando sai saiu sairá saira estreia estreou lança lançamento tem terá tera vai ter já ja
        episódios episódio quantos quantas data horas da do das dos não nao sim chega chegou
        anunciaram confirmada previsão previsao
        quem faz fez interpreta ator atriz morre morrem morreram morreu morto morta mordida mordido sobrevive vive vira pai mãe
        qual é verdade adiada adiaram adiado atrasou atrasada namoram namorados namorada vivo viva tá ta né se
        mesmo lançou onde foi gravado gravada gravaram dirigiu escreveu assistir baseado baseada série acontece resumo
        gosta nome ver posso filho filha novidades notícias noticias cena dura anunciada classificação idade que oq
        sobrevivem sobreviveram volta voltam voltar voltou traiu traíram traíu traição traicao vazou vazaram salvou
        mordeu""".split()),
    "id": frozenset("""kapan rilis tayang udah sudah belum berapa jam ada tanggal diumumin diumumkan yang apa apakah
        kah nya dong sih gak nggak ga tidak keluar trailernya episodenya
        siapa siapakah pemeran meranin memerankan diperankan mati meninggal tewas selamat hidup digigit jadi berubah
        bapaknya ibunya ya katanya diundur ditunda beneran lagi gimana akhirnya yg gk bpk umur itu adiknya
        kakaknya pacaran masih
        dimana nonton suka jadian judul cerita sutradara syuting boleh ditonton anak tahun kabar terbaru adegan
        perpustakaan menit durasi kenapa akhir nasib nasibnya terjadi ngapain diadaptasi diangkat dari
        musim pelakon episod bila gigit menggigit ngegigit kembali""".split()),
    "en": frozenset("""when what whats how is are was does do did will out come comes coming released release
        there the yet many time date trailer episodes any has have been betray betrays betrayed""".split()),
    # French as fans type it, accents or none ("c qui onjo", "ya une saison 2", "ca dure combien")
    "fr": frozenset("""quand sort sortie sorti saison est les quelle quel quels quelles combien cb dans meurt meurent
        mort morte meilleure meilleur amie joue jouent survit il elle ils elles transforme devient deviennent où ou
        été ete tourné tourne tournée tournee tournage regarder réalisé realise réalisateur realisateur écrit ecrit
        qui quoi kel c'est c une des du aux sont épisode épisodes dure ça âge peut annoncée annoncee annoncé
        annonce confirmée confirmee acteur actrice père pere mère mere frère frere soeur sœur fils fille mordu mordue
        pas oui vrai se le ne koi cette résumé récap stp svp fin""".split()),
    # German as fans type it ("wer spielt onjo", "wann kommt die 2. staffel", "wieviele folgen"): never "die" or
    # "was", English words too, nor "das", a Portuguese one
    "de": frozenset("""wann kommt staffel staffeln erscheint wer spielt spielte stirbt starb folge folgen welcher welche
        welchem überlebt ueberlebt ist wie viele wieviele lang lange dauert geht eine ein der den dem von hat gibt wurde
        gedreht gefilmt wo alter ab bestätigt bestaetigt offiziell schauspieler schauspielerin darsteller tot noch
        vater mutter bruder schwester lebt gebissen episoden eigentlich nicht schon zweite und auch passiert mit
        zusammenfassung verliebt wen wem ende handelt worum liebt küsst kuesst beisst tötet toetet rettet""".split()),
    # Tagalog and Taglish ("sino si namra sa s2?", "kailan po lalabas ang s2"): never "ano" (Portuguese's year), "na",
    # "si", "ni", "pa" or "lang" (Portuguese, Spanish, French, German words too), nor "may" (English)
    "tl": frozenset("""sino sinong ang ng mga sa ba po yung yong kay nina sina kailan kelan lalabas lumabas ipapalabas
        labas namatay mamamatay patay buhay nabuhay nakaligtas gumanap gumaganap ginampanan nangyari bakit paano saan
        ilan ilang anong tatay nanay kapatid naman talaga nga rin din pala hindi wala meron siya sila niya nila nung
        noong ngayon artista direktor ginawa tungkol kwento kuwento dulo huli mangyayari ulit bumalik babalik
        kasama""".split()),
    # other languages' own words ("phan 2 khi nao ra", "kab aayega"): not Spanish for its "la", nor Portuguese for
    # a Vietnamese "nao", nor French for a Hinglish "ne" ("ka role kis actress ne kiya"); Dutch, Swedish, Italian,
    # Polish and Turkish ones, so that Dutch "wie speelt" is never German nor Italian "chi interpreta" Spanish (the
    # layer words no answer in those: English)
    "other": frozenset("""heure
        kab aayega kitne khi phan bao gio ngay tap chieu co khong không cuoi cuối tập có
        đóng hai nahi nahin kya kaun kaise bachta bachti bacha bachi mar gaya gayi jaata jaate jaati
        kis kisne kiya kia karta karti raha rahi rha rhi nibhaya nibhata hoga hogi
        speelt speelde wanneer seizoen aflevering afleveringen hoeveel gaat dood sterft overleeft het welke uit
        vem spelar när kommer säsong avsnitt hur många finns dör överlever vilket
        chi quale esce uscirà stagione puntata puntate episodi quanti quante muore sopravvive
        kto gra grał kiedy wychodzi sezon czy umiera ginie ile odcinków odcinku jest
        oynuyor çıkacak ölüyor bölüm bölümde kaç
        muea meua rai krub krab khrap khrub""".split()),  # Thai typed in Latin letters ("ja ma muea rai krub")
}
_SHARED = (_OWN_WORDS["es"] & _OWN_WORDS["pt"]) | (_OWN_WORDS["es"] & _OWN_WORDS["id"]) | (_OWN_WORDS["pt"] & _OWN_WORDS["id"])
# (French and German share none of their words with the three: French "se" counts for it)
_OWN = {lang: words - _SHARED if lang in ("es", "pt", "id") else words for lang, words in _OWN_WORDS.items()}
_SHARED_OF = {lang: words - _OWN[lang] for lang, words in _OWN_WORDS.items()}  # a language's words another writes too
# Words Spanish and Portuguese spell alike ("sobrevive", "interpreta"): Iberian, whichever of the two.
_IBERIAN = _OWN_WORDS["es"] & _OWN_WORDS["pt"]
# Letters only Portuguese writes ("não", "lançou", "filho") and its article opening a question about someone ("o
# cheongsan sobrevive?", "a ha-ri sobrevive?": Spanish says neither so), which tell an Iberian line's language apart.
_PORTUGUESE_LETTERS = compile_later(r"[ãõç]|lh|nh|^\W*[oa]\s")
_SPANISH_LETTERS = compile_later(r"[ñ¿¡]")
# Words Spanish and Portuguese write that French writes too: no sign of an Iberian line beside French's own words
# ("que devient nam-ra" is French)
_FRENCH_TOO = frozenset("que se".split())
# German words English chat writes too ("wen" for "when"): German only beside another German word or letter
_ENGLISH_CHAT_TOO = frozenset({"wen"})
_GERMAN_LETTERS = compile_later(r"[äöüß]", re.I)
# German question words no other language writes (never Dutch "wie", whose "wie is" is Dutch)
_GERMAN_ASKING = frozenset("wer wann wo".split())


# The languages counted against English, and for each of their own words the languages it is one of (a word is looked
# up once, not once a language); Indonesian's "-nya" and German's "lieblings-" words are counted apart (asker_language)
_OWNS = ("es", "pt", "id", "fr", "de", "tl")
_OWNING = {word: tuple(lang for lang in _OWNS if word in _OWN[lang]) for lang in _OWNS for word in _OWN[lang]}


@functools.lru_cache(maxsize=512)
def asker_language(typed: str) -> str:
    """"ko", "ja", "zh", "es", "pt", "id", "fr", "de", "tl", or "en" for anything else (see the module's docstring)."""
    letters = _FACE.sub(" ", typed)
    if len(HANGUL.findall(letters)) >= 2:
        return "ko"
    if len(_KANA.findall(letters)) >= 2 or _JAPANESE_AMONG_HAN.search(letters):
        return "ja"
    if len(_HAN.findall(letters)) >= 2:
        return "zh"
    words = [w.casefold() for w in _WORD.findall(_NAME_SYLLABLES.sub(" ", _TITLE.sub(" ", _SURNAME_YANG.sub(" ", _unnamed(typed)))))]
    # German as fans type it says "is" for "ist" after its question word ("wer is su-hyeok"): no English word there
    words = [w for i, w in enumerate(words) if not (w == "is" and i and words[i - 1] in _GERMAN_ASKING)]
    # a word in letters only Vietnamese writes ("tập cuối có hay không") is Vietnamese: its "hay" is no Spanish word
    vietnamese = sum(bool(_VIETNAMESE.search(w)) and w not in _OWN["other"] for w in words)
    english = max(sum(w in _OWN[lang] for w in words) + (vietnamese if lang == "other" else 0) for lang in ("en", "other"))
    # (each word looked up once in the languages' own words, not once a language: it runs for every question)
    own = dict.fromkeys(_OWNS, 0)
    for w in words:
        for lang in _OWNING.get(w, ()):
            own[lang] += 1
        if len(w) >= 6 and w.endswith("nya") and w not in _OWN["id"]:
            own["id"] += 1
        if len(w) > 9 and w.startswith("lieblings") and w not in _OWN["de"]:
            own["de"] += 1
    if own["tl"] and _VIETNAMESE.search(typed):
        own["tl"] = 0  # "ba của on-jo chết ở tập mấy": Vietnamese, answered in English
    if own["tl"] == 1 and any(w in _TAGALOG_SMALL for w in words) and any(w in _ENGLISH_SMALL for w in words):
        own["tl"] = 0  # "ang lee directed this right?": one small word among English ones, no Tagalog
    if own["de"] and own["de"] == sum(w in _ENGLISH_CHAT_TOO for w in words) and not _GERMAN_LETTERS.search(typed):
        own["de"] = 0  # "wen s2", "wen is it out": English chat's "when", unless German says more ("wen beißt")
    # only a language's own words (or, for Spanish and Portuguese, words they spell alike: an Iberian line) make a
    # line that language; a word it shares with another then helps choose between them
    french = any(w in _OWN["fr"] and w not in _IBERIAN for w in words)
    iberian = sum(w in _IBERIAN and not (french and w in _FRENCH_TOO) for w in words)
    only_shared = iberian if not own["es"] and not own["pt"] else 0
    sure = {lang: own[lang] or (only_shared if lang in ("es", "pt") else 0) for lang in own}
    scores = {lang: sure[lang] + sum(w in _SHARED_OF[lang] for w in words) / 2
              for lang in own if sure[lang]}
    if not scores:
        return "en"
    best = max(scores, key=lambda lang: scores[lang])
    others = [v for lang, v in scores.items() if lang != best and {lang, best} != {"es", "pt"}]
    if sure[best] <= english or scores[best] <= max(others, default=0):
        return "en"
    if best in ("es", "pt") and scores.get("es") == scores.get("pt"):
        lowered = typed.casefold()
        return "pt" if _PORTUGUESE_LETTERS.search(lowered) and not _SPANISH_LETTERS.search(lowered) else "es"
    return best


def _unnamed(typed: str) -> str:
    """`typed` without the names the resolver knows (exactly, as typed): a name is no word of any language ("who plays
    yong ma-ru?": the surname Yong is no Tagalog "yong"). The bundled pack's names: a language is read without a server's."""
    cut = typed
    for mention in reversed(resolver_of(bundled_pack()).mentions(typed, fuzzy=False)):
        cut = f"{cut[:mention.start]} {cut[mention.end:]}"
    return cut
