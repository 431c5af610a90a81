"""Who gets out alive, and who flies away on the helicopter, said without "survive", for the spoiler lexicon: phrasings
lexicon_slang hands to lexicon_typos.rephrase, said the way the lexicon reads them in English.

"solo seis logran salir de hyosan", "anim lang ang nakalabas", "cuma enam murid yang berhasil keluar", "seuls six élèves
s'en sortent vivants", 살아 나온 건 여섯 명뿐 (脱出できたのは6人だけ, 只有六个学生逃出: lexicon_asian_words) are the epilogue's six survivors, as
"only six of them make it out" is (lexicon_scenes' "six survivors"): the count and the way out said together, then alive
or Hyosan, so that "solo seis alumnos aprobaron" or "solo seis lograron salir del escape room" stay nobody's. One named
who "logra salir con vida" makes it out alive. "el que se va en el helicóptero", "qui monte dans l'hélicoptère" is
Cheol-su's flight (episode 8), as "flies away on the helicopter" is (not "mi papá se va en el helicóptero del trabajo");
"salen en el helicóptero" (who appear in one, a music video's) is not said so.
"si namra lang ang hindi sumama" (Tagalog: only Nam-ra did not go along) is "the only one who doesn't go with them".

Only data: (what fans type, the lexicon's words), no capturing group inside; `EXITS_CHEAP` the lowercase words that make
them worth reading."""

from __future__ import annotations

from bot.lore.other_works import OTHER_WORKS

_SIX = "(?:six|seis|sei|sechs|enam|anim|sáu|6)"
#: A music video, a concert, a film or another work the helicopter is in, a few words after it ("quien se va en el
#: helicóptero en el video de bts?", "ang sumakay sa helicopter sa concert ni taylor", "yang kabur naik helikopter siapa
#: sih di film itu", "el que se sube al helicóptero en squid game"): not Cheol-su's
_ELSEWHERE = (r"(?!(?:[ \t]+[^\s.!?,;]+){0,3}?[ \t]+(?:en|in|sa|di|no|na|dans|nel|nella|del|de)[ \t]+(?:(?:el|la|the|un|una|o|a|le"
              r"|il|l['’]|yung|ng)[ \t]+)?(?:video|vid|mv|music video|videoclip|clip|concierto|concert|concerto|show ni|film|movie"
              r"|pel[ií]cula|filme|juego|jogo|game|anime|" + OTHER_WORKS + r")(?![\w-]))")
#: Where "out alive" is said to be out of, when it is somewhere: Hyosan, its school, or the show and its end ("vivos de
#: hyosan", "vivi dalla scuola", "vivos en el final"); anywhere else is not the show's ("vivos del concierto", "hidup-hidup
#: dari escape room", "ng buhay sa exam namin", "vivants du bac")
_OUT_OF = (r"(?! (?:de|del|de la|de los|da|do|dos|das|dalla|dal|della|dai|en|em|no|na|nel|nella|dari|di|sa|ng|du|des|aus"
           r"|from|of|in|at) (?!(?:(?:el|la|los|las|the|o|a|il|lo|le|der|dem|den|die) |l['’])?(?:hyosan|효산|escuela|school|sekolah"
           r"|paaralan|escola|[ée]cole|scuola|schule|colegio|prepa|final|finale|end|ending|dulo|akhir|fin|fim|serie|series|s[ée]rie"
           r"|show|drama|k-?drama|temporada|season|episod\w*)(?![\w-])))")
#: What follows the way out: alive said, or Hyosan it is out of (not "del escape room", "sa exam room", nor a real school's
#: fire drill: "solo seis alumnos logran salir de la escuela a tiempo")
_ALIVE = (r"(?= (?:(?:viv[oa]s?|viv[ie]|vivante?s|con vida|com vida|hidup(?:-hidup)?|(?:ng|nang) buhay)(?![\w-])" + _OUT_OF
          + r"|(?:(?:de|da|do|dari|sa|aus|khỏi|ra khỏi|du) )?hyosan(?![\w-])))")
#: "only six (students)" then the way out, language by language (a count word, then at most its noun).
_ONLY_SIX_OUT = (
    # Spanish and Portuguese
    r"(?:s[óo]lo|s[óo]|solamente|nada m[áa]s|apenas|somente) " + _SIX
    + r"(?: (?:estudiantes|alumnos|chicos|chavos|ni[ñn]os|de ellos|personas|estudantes|alunos|jovens|crian[çc]as|deles|pessoas))?"
    r" (?:(?:logran|lograron|consiguen|consiguieron|pudieron|conseguem|conseguiram) (?:salir|escapar|sair|fugir)"
    r"|(?:salen|salieron|escapan|escaparon|saem|sa[íi]ram|escapam|escaparam))" + _ALIVE,
    # Italian
    r"(?:solo|soltanto|solamente) " + _SIX + r"(?: (?:ragazzi|studenti|alunni|di loro|persone))?"
    r" (?:(?:riescono|riuscirono|sono riusciti) a (?:uscire|scappare|fuggire)|(?:escono|uscirono|sono usciti|scappano))" + _ALIVE,
    # French ("seuls six élèves de hyosan s'en sortent vivants")
    r"(?:seul(?:e)?s|seulement) " + _SIX + r"(?: (?:[ée]l[èe]ves|ados|jeunes|enfants|d['’]entre eux|personnes))?(?: de [\w-]+)?"
    r" (?:s['’]en (?:sortent|sont sortis|sortiront)|(?:r[ée]ussissent|ont r[ée]ussi) [àa] (?:sortir|s['’][ée]chapper|fuir))" + _ALIVE,
    # German, the verb before or after ("schaffen es nur sechs schüler lebend aus hyosan raus")
    r"(?:schaff(?:en|ten) es )?nur " + _SIX + r"(?: (?:schüler|schueler|kinder|jugendliche|von ihnen|leute))?"
    r"(?: schaff(?:en|ten) es)?(?: lebend(?: aus [\w-]+)?| aus hyosan) (?:raus|heraus|hinaus)",
    # Indonesian, Tagalog, Vietnamese
    r"(?:cuma|cuman|hanya|cm) " + _SIX + r"(?: (?:murid|siswa|anak|orang|pelajar))?(?: (?:yang|yg))?"
    r" (?:(?:berhasil|bisa|sempat) (?:keluar|kabur|lolos)|keluar|lolos)" + _ALIVE,
    _SIX + r" lang(?: na (?:estudyante|bata|tao))?(?: ang)? (?:nakalabas|nakatakas)" + _ALIVE,
    r"chỉ(?: có)? " + _SIX + r"(?: (?:học sinh|người|bạn|đứa))? (?:thoát|chạy thoát)(?: được)?(?: (?:khỏi|ra))?" + _ALIVE,
    # Korean, and Thai after lexicon_asian_words said รอด "survived" (Japanese and Chinese: there)
    # (not of an escape room, a game, an exam or a concert named after it: "... 여섯 명뿐이었어 방탈출에서 ㅋㅋ")
    r"살아\s?(?:나온|나왔던|남은)\s?(?:건|게|사람은|애들은|애는)\s?(?:여섯|6)\s?명(?:뿐|밖에)[가-힣]*"
    r"(?![^\n.!?]{0,20}?(?:방탈출|게임|시험|콘서트|공연|훈련))",
    r"survived ?ออกมา[^\n]{0,40}?ได้(?:แค่|เพียง)(?:หก|6) ?คน",
)
EXIT_PHRASES: tuple[tuple[str, str], ...] = (
    *((phrasing, "only six of them make it out") for phrasing in _ONLY_SIX_OUT),
    # one named who gets out alive ("suhyeok logra salir con vida", "onjo berhasil keluar hidup-hidup"; not "del examen")
    (r"(?:(?:logra|logr[óo]|consigue|consigui[óo]|consegue|conseguiu) (?:salir|sair) (?:viv[oa]|con vida|com vida)"
     r"|berhasil keluar hidup-hidup|nakalabas (?:nang|ng) buhay)(?![\w-])" + _OUT_OF, "makes it out alive"),
    # Cheol-su's flight (not "salen en el helicóptero": who appears in one)
    # (said of the one asked or named: "el que se va en el helicóptero", "qui monte dans l'hélicoptère", "cheolsu foge de
    # helicóptero"; not "mi papá se va en el helicóptero del trabajo")
    (r"(?:(?<=el que )|(?<=la que )|(?<=qui[eé]n )|(?<=qui )|(?<=quem )|(?<=o que )|(?<=chi )|(?<=cheolsu )|(?<=cheol-su )"
     r"|(?<=yang )|(?<=ang ))(?:se (?:va|fue|larga|larg[óo]|escapa|escap[óo]) en (?:el )?helic[óo]ptero|(?:se (?:sube|subi[óo])|huye|huy[óo]) (?:al|en el)"
     r" helic[óo]ptero|monte dans l['’]h[ée]licopt[èe]re|(?:s['’]enfuit|part|s['’]en va) en h[ée]licopt[èe]re"
     r"|(?:vai embora|foge|fugiu|sobe|subiu|entra|entrou) (?:no|de) helic[óo]ptero|(?:sale|sal[iì]|scappa|scapp[òo]|fugge)"
     r" (?:sull['’]|in )elicottero|(?:kabur|pergi) (?:naik |pakai )?helikopter|sumakay (?:sa|ng) helicopter)" + _ELSEWHERE,
     "flies away on the helicopter"),
    # Tagalog: "si namra lang ang hindi sumama (sa kampo)"
    (r"(?:lang|lamang) ang hindi (?:sumama|sasama|nakasama) sa kampo", "is the only one who doesn't go with them to the camp"),
    (r"(?:lang|lamang) ang hindi (?:sumama|sasama|nakasama)", "is the only one who doesn't go with them"),
)
#: A real-life trial right after a count of six ("only six students passed the exam lol", "only six of them made it out of
#: the escape room", "only six kids showed up to class today"): the writer's class or friends, not the epilogue's six
#: (read by lexicon_terms' and lexicon_scenes' "six survivors"; its clause only, up to a comma: linear). Never after "six
#: survivors", which only the show's six are ("the six survivors pass the quarantine test"), nor past a word of the show's
#: ending ("only 6 students survive hyosan lmao harder than my finals", "... survive the school and they still have homework").
_SHOWS_ENDING = r"(?!surviv|alive|hyosan|school|zombie|outbreak|apocalypse)"
REAL_TRIAL_AFTER = (r"(?:(?<=survivors)|(?!(?:" + _SHOWS_ENDING + r"[^.!?,;\n]){0,40}?(?<![\w-])(?:escape ?rooms?|exams?|tests?|quiz(?:zes)?|midterms?|finals|grades?|homework"
                    r"|assignments?|interviews?|auditions?|try-?outs?|the bar|haunted house|maze|corn maze|ujian|ulangan|examen|prova"
                    r"|exame|pagsusulit|showed up|show up|absent|(?:my|our) class|class today)(?![\w-])))")
EXITS_CHEAP = (r"seis|sei |six|sechs|enam|anim|sáu|helic|elicot|lang ang|lamang ang|명뿐|명밖에|ได้แค่|ได้เพียง"
               r"|logra|logr|consegu|consigu|hidup-hidup|nakalabas")
