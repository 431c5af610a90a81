"""Tagalog and Taglish questions read as English words, the Tagalog table of foreign_glosses.py (which splices these
rows in where they always stood, so every reading keeps its turn): "sino gumanap kay ent0" -> "who plays ent0",
"kailan lalabas ang s2" -> "when does s2 come out", "ilang episodes ang season 1" -> "how many episodes season 1".
Names have already become slots (ent0, ent1) when this runs."""

from __future__ import annotations

import re

from bot.lazy_re import LazyPattern, compile_later

_SLOT = r"(ent\d+)"
_PO = r"(?:(?:ba|po|ba po|po ba) )?"  # "kailan po lalabas", "kailan ba po": politeness and asking, nothing more

#: Whole asks: when it comes out, or came out: "kelan lalabas ang season 2" (when comes out the season 2), "kailan
#: lumabas ang all of us are dead" (when came out); whether someone turns: "naging zombie ba si ent0" (became zombie is
#: ent0), "si ent0 naging halfbie ba"
TAGALOG_ASKS: tuple[tuple[LazyPattern, str], ...] = (
    (compile_later(rf"^\W*(?:kelan|kailan) {_PO}(?:lalabas|ilalabas|ipapalabas|magkakaroon(?: ng)?)(?: na)?(?: ang| yung| ng)? (.+?)\W*$", re.I),
     r"when does \1 come out"),
    (compile_later(rf"^\W*(?:kelan|kailan) {_PO}(?:lumabas|inilabas|nilabas|ipinalabas|na-?release|ni-?release|nirelease)"
                   r"(?: ang| yung| ng)? (.+?)\W*$", re.I),
     r"when did \1 come out"),
    (compile_later(rf"^\W*(?:naging|nagiging|magiging) (zombie|halfbie|hambie) {_PO}(?:si |ang |yung )?{_SLOT}\W*$", re.I),
     r"does \2 turn into a \1"),
    (compile_later(rf"^\W*(?:si |ang |yung )?{_SLOT} (?:ay )?(?:naging|nagiging|magiging) (zombie|halfbie|hambie)(?: (?:ba|po|na ba))?\W*$", re.I),
     r"does \1 turn into a \2"),
    # a deed asked yes or no, the one it was done to after "si", the doer after "ni": "pinatay ba si ent0 ni ent1" (killed
    # is ent0 by ent1), "kinagat ba ni ent1 si ent0" (bitten by ent1 is ent0), "pinatay ba si ent0" (was ent0 killed)
    (compile_later(rf"^\W*pinatay {_PO}(?:si |ang |yung ){_SLOT} (?:ni|ng) {_SLOT}\W*$", re.I), r"did \2 kill \1"),
    (compile_later(rf"^\W*pinatay {_PO}(?:ni|ng) {_SLOT} (?:si |ang |yung ){_SLOT}\W*$", re.I), r"did \1 kill \2"),
    (compile_later(rf"^\W*kinagat {_PO}(?:si |ang |yung ){_SLOT} (?:ni|ng) {_SLOT}\W*$", re.I), r"did \2 bite \1"),
    (compile_later(rf"^\W*kinagat {_PO}(?:ni|ng) {_SLOT} (?:si |ang |yung ){_SLOT}\W*$", re.I), r"did \1 bite \2"),
    (compile_later(rf"^\W*pinatay {_PO}(?:si |ang |yung )?{_SLOT}\W*$", re.I), r"was \1 killed"),
    (compile_later(rf"^\W*kinagat {_PO}(?:si |ang |yung )?{_SLOT}\W*$", re.I), r"was \1 bitten"),
)

#: Words, read in turn with the other languages' (foreign_glosses._GLOSSES): each a regular expression and its English
TAGALOG_WORDS: tuple[tuple[str, str], ...] = (
    # "sino yung lalaki na nag kiss kay ent0" (the boy who kissed): the one described, and the deed in English words
    (r"(?<!\w)(?:(?:yung|ang) )?(?:lalaki|lalake) na(?= nag| kissed)", " the boy who "),
    (r"(?<!\w)(?:(?:yung|ang) )?babae na(?= nag| kissed)", " the girl who "),
    (r"(?<!\w)nag[ -]?kiss (?:kay|kina|sa)(?=\s)", " kissed "),
    # "sino yung archer na babae" (the archer that is a girl): the sex said after the noun, as "the archer girl" says it
    # (never a relative's: "kapatid na lalaki ni ent0" is their brother, foreign_relatives.py)
    (r"(?<=[a-z] )(?<!kapatid )(?<!anak )na (?:babae|girl)", " girl "), (r"(?<=[a-z] )(?<!kapatid )(?<!anak )na (?:lalaki|boy)", " boy "),
    # "sino gumanap kay ent0", "sino ang gumaganap bilang ent0", "sino yung artista ni ent0" (who is the actor of)
    (r"sino(?: ang| yung)? (?:gumanap|gumaganap|umarte)(?: (?:kay|bilang|na|sa))?", " who plays "),
    (r"sino(?: ba)?(?: ang| yung)? (?:artista|aktor|aktres|actor|actress)(?: (?:ni|ng|kay|sa|bilang))?(?=\s+ent\d)", " who plays "),
    # "sino pinatay ni ent0", "sino kinagat ni ent0": whom the one after "ni" killed or bit (the doer), never who did it to them
    (r"sino(?: ba)?(?: ang| yung)?(?: mga)? (?:pinatay|pinapatay|napatay) (?:ni|ng) (ent\d+)", r" who did \1 kill "),
    (r"sino(?: ba)?(?: ang| yung)?(?: mga)? (?:kinagat|kinakagat|nakagat) (?:ni|ng) (ent\d+)", r" who did \1 bite "),
    (r"sino(?: ang| yung)? (?:pumatay|pumapatay)(?: (?:kay|sa))?", " who kills "),
    (r"sino(?: ang| yung)?(?: mga)? hindi (?:namatay|mamamatay)", " who didn't die "),  # "sino ang hindi namatay"
    (r"bakit(?: po| ba)? hindi (?:namatay|mamatay) (?:si |ang |yung )?(ent\d+)", r" why didn't \1 die "),
    (r"sino(?: ang| yung)? (?:namatay|mamamatay)", " who dies "),
    (r"(?:ilan|ilang) (?:ang |yung )?(?:episodes?|eps)(?: ng| ang| meron(?: ang)?)?", " how many episodes "),
    (r"(?:ano|anong|ano ang|ano ba ang) (?:nangyari|mangyayari|nangyayari) (?:kay|kina|sa)", " what happens to "),
    (r"(?:ano|anong|ano ang|ano ba ang) (?:nangyari|nangyayari)(?=\s+(?:at the end|in the end|in ep|in episode|sa dulo|sa huli)\b)", " what happened "),
    # "ano ending ng s1", "ano yung ending ng season 1 no spoilers": how it ends (hidden past the reader's mark)
    (r"(?:ano|anong|paano)(?: po| ba)?(?: ang| yung)? (?:ending|katapusan|dulo)\s+(?:ng|sa|of)\s+(season \d|s\d)", r" how does \1 end "),
    (r"sino(?: ang| yung)?(?: mga)? (?:nakaligtas|nabuhay|buhay)(?: pa)?", " who survives "),
    (r"sino(?: ang| yung)? (?:direktor|director)(?: ng| sa)?", " who directed "),
    (r"sino(?: ang| yung)? (?:kumagat|kumakagat|kinagat)(?: (?:kay|sa))?", " who bit "),
    (r"sino(?: ang| yung)? (?:sumagip|nagligtas|nagsalba)(?: (?:kay|sa))?", " who saved "),
    (r"sino(?: ba| po)*(?: ang| yung)? (?:gumawa|lumikha|gumagawa)(?: (?:ng|sa))?", " who made "),  # "sino yung gumawa ng virus"
    # "sino yung teacher na lalaki na gumawa ng virus" (the teacher, a man, who made): which teacher made it (a woman said
    # is left as it was: the sources give a man)
    (r"sino(?: ba| po)*(?: ang| yung)? (?!ent\d)(teacher|guro|titser|scientist|estudyante|student)(?:\s+boy)?\s+na (?:gumawa|lumikha|gumagawa)(?: (?:ng|sa))?",
     r" which \1 made "),
    # "yung teacher na gumawa ng virus, patay ba" (the teacher that made the virus, dead?): the one described, as "the
    # teacher who made the virus" (never "which": the fate is asked of them)
    (r"(?<!\w)(?:yung |ang )?(teacher|guro|titser)\s+na (?:gumawa|lumikha)(?: (?:ng|sa))?(?=\s+virus\b)", r" the \1 who made the "),
    (r"virus\s*,\s*(?:patay|namatay)(?: na)?(?: ba)?(?: siya)?(?: talaga)?(?=\W*$)", " virus, do they die "),  # (of the one described)
    # "namatay ba lahat ng estudyante" (died all of the students): the group, as "did all the students die"
    (r"(?:namatay|namamatay|mamamatay)(?: ba| po)* (?:ang |ba )?lahat(?: ba)? ng (?:mga )?(?:estudyante|studyante|students?)",
     " did all the students die "),
    # "namatay ba lahat ng teacher", "... ng mga babae": that group, as "did all the teachers / girls die" (groups.py; the
    # bullies, a group the sources never draw up: "I don't know", never Gwi-nam's story)
    *((rf"(?:namatay|namamatay|mamamatay)(?: ba| po)* (?:ang |ba )?lahat(?: ba)? ng (?:mga )?(?:{words})\b", f" did all the {group} die ")
      for words, group in (("teachers?|guro|titser", "teachers"), ("babae|girls?", "girls"), ("lalaki|boys?", "boys"),
                           ("magulang|parents?", "parents"), ("bully|bullies", "bullies"))),
    # "lahat ba ng teacher namatay", "lahat ng students patay na ba" (all of the teachers died / dead): the same groups
    # named first, as "did all the teachers die"
    *((rf"(?<!\w)(?:ang |yung )?lahat(?: ba| po)* ng (?:mga )?(?:{words})(?: ba| po)* (?:ay )?(?:namatay|namamatay|"
       rf"mamamatay|patay)(?: na)?(?: ba| po)*\b", f" did all the {group} die ")
      for words, group in (("estudyante|studyante|students?", "students"), ("teachers?|guro|titser", "teachers"),
                           ("babae|girls?", "girls"), ("lalaki|boys?", "boys"), ("magulang|parents?", "parents"),
                           ("bully|bullies", "bullies"))),
    # "namatay ba yung mga bata" (died the children?): the kids as a whole, as "did the kids die" (groups.py)
    (r"(?:namatay|namamatay|mamamatay)(?: ba| po)* (?:ang |yung )?mga (?:bata|estudyante|studyante|students?)(?: ba| po)*(?=\W*$)",
     " did the kids die "),
    # "namatay ba yung mga teacher" (died the teachers?): that group as a whole, as "did the teachers die"
    *((rf"(?:namatay|namamatay|mamamatay)(?: ba| po)* (?:ang |yung )?mga (?:{words})(?: ba| po)*(?=\W*$)", f" did the {group} die ")
      for words, group in (("teachers?|guro|titser", "teachers"), ("babae|girls?", "girls"), ("lalaki|boys?", "boys"),
                           ("magulang|parents?", "parents"))),
    # "ilang teacher ang namatay", "ilang estudyante ang namatay" (how many of the group died): that group's count, as
    # "how many teachers die" (groups.py)
    *((rf"(?<!\w)ilan(?:g| ang| yung)? (?:mga )?(?:{words})(?: ang| yung)? (?:namatay|namamatay|mamamatay|patay|dies?)(?: ba| po)*\b",
       f" how many {group} die ")
      for words, group in (("estudyante|studyante|students?", "students"), ("teachers?|guro|titser", "teachers"),
                           ("babae|girls?", "girls"), ("lalaki|boys?", "boys"))),
    # "ilan ang namatay na teacher" (how many the died teachers): the same count, the verb before the group
    *((rf"(?<!\w)ilan(?:g| ang| yung)? (?:namatay|namamatay|mamamatay)(?: na| ng)? (?:mga )?(?:{words})(?: ba| po)*(?=\W*$)",
       f" how many {group} die ")
      for words, group in (("estudyante|studyante|students?", "students"), ("teachers?|guro|titser", "teachers"),
                           ("babae|girls?", "girls"), ("lalaki|boys?", "boys"))),
    # "ilan ang namatay sa ep 11" (how many died in episode 11): everyone's deaths in that episode, as "how many die in
    # episode 11" (episodes.py); "ilan ang namatay na teacher sa ep 4": that group's, as "which teacher dies in episode 4"
    (r"(?<!\w)ilan(?:g| ang| yung)? (?:namatay|namamatay|mamamatay|patay)(?: ba| po)* sa (?:ep|eps|episode|episodyo) ?(\d{1,2})"
     r"(?: ba| po)*(?=\W*$)", r" how many die in episode \1 "),
    *((rf"(?<!\w)ilan(?:g| ang| yung)? (?:namatay|namamatay|mamamatay)(?: na| ng)? (?:mga )?(?:{words})(?: ba| po)* sa "
       r"(?:ep|eps|episode|episodyo) ?(\d{1,2})(?: ba| po)*(?=\W*$)", rf" which {one} dies in episode \1 ")
      for words, one in (("estudyante|studyante|students?", "student"), ("teachers?|guro|titser", "teacher"),
                         ("babae|girls?", "girl"), ("lalaki|boys?", "boy"))),
    # "namatay ba lahat", "... sa dulo" (died all? at the end, read before this): everyone, as "did everyone die"
    (r"(?:namatay|namamatay|mamamatay)(?: ba| po)* (?:ang |ba )?lahat(?: ba| po)*(?=(?:\s+at the end)?\W*$)", " did everyone die "),
)

#: Whether two are a couple, in Tagalog: "mag jowa ba sina ent0 at ent1" (a couple are they), "nagde-date ba" (are they
#: dating), "magsyota", "mag-on", "nagkatuluyan ba" (did they end up together), "sila na ba" (are they together now); the
#: word after the names too ("ent0 at ent1, magjowa ba sila"), or one's partner asked ("jowa ba ni ent0 si ent1")
_ROMANCE = (r"(?:mag[ -]?jowa|magkasintahan|mag[ -]?syota|nag[ -]?(?:d[ae]-?)?date|mag[ -]?on|nagkatuluyan"
            r"|magkakatuluyan|magkatuluyan|sila(?= na\b))")
_ASKING = r"(?: (?:na|ba|po|sila))*"  # "na ba", "po ba", "ba sila": asking, nothing more
_AND = r" +(?:at|and|tsaka|saka|&) (?:si )?"
_COUPLE = compile_later(rf"^\W*{_ROMANCE}{_ASKING} (?:sina |si |ni |nina )?{_SLOT}{_AND}{_SLOT}\W*$"
                        rf"|^\W*(?:sina |si )?{_SLOT}{_AND}{_SLOT}{_ASKING}[,\s]+(?:ay )?{_ROMANCE}{_ASKING}\W*$"
                        rf"|^\W*(?:sila|jowa|syota){_ASKING} (?:ni|nina) {_SLOT} (?:si |ang )?{_SLOT}\W*$", re.I)
_COUPLE_WORDS = ("jowa", "mag", "date", "syota", "sila", "tuluyan", "kasintahan")  # what _COUPLE needs one of


def couple_asked(text: str) -> str:
    """"mag jowa ba sina ent0 at ent1", "nagde-date ba sina ent0 at ent1", "sila na ba ni ent0 si ent1" as "are ent0
    and ent1 dating"; any other text as it is."""
    if any(word in text.casefold() for word in _COUPLE_WORDS) and (couple := _COUPLE.match(" ".join(text.split()))):
        return "are {} and {} dating".format(*filter(None, couple.groups()))  # (each pattern is the whole text)
    return text
