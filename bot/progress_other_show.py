"""Another show said watched in a clause of its own, with no place of it: the place said next is that show's.

"在看别的剧，看到第二季第5集了" (watching another drama, got to season 2 episode 5), "最近在追《黑暗荣耀》，看到第二季第5集了"
(following The Glory lately, ...), "nonton drakor lain, udah season 2 ep 6", "watching a different kdrama rn, s2 ep 5":
the season and episode go on the sentence about that show, so reading them as this show's would save a place the fan
never said, past what they have seen once season 2 is out (watched27). A clause about another show that has a place
of its own ("2 eps left of squid game, on s2 ep 4") leaves the next one this show's, as before. Plain text in (a
clause as bot.progress_said.chat_free leaves it); nothing here knows the show's shape.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

# This show's own names in title marks ("《僵尸校园》看到第二季第5集了" is its place, said with its Chinese title).
_THIS_SHOW_TITLES = r"(?:僵尸校园|殭屍校園|僵屍校園|我们的学校|我們的學校|지금 ?우리 ?학교는|今、私たちの学校は|all of us are dead|aoad)"
_OTHER_KIND = (r"(?:show|series|drama|kdrama|k-drama|cdrama|c-drama|jdrama|j-drama|anime|sitcom|netflix show|tv show"
               r"|podcast|thing)")
_ANOTHER_SHOW = compile_later(
    # English: "watching a different kdrama rn", "also binging another show", "on some other series atm"
    r"^(?:(?:im|i am|i|also|currently|rn|now|recently|lately|been|ive been|started|just) )*"
    r"(?:watching|binging|bingeing|following|into|on|hooked on|started|starting|halfway through)"
    rf" (?:a|another|some|my other|a different|the other|this other|some other|other|a new) {_OTHER_KIND}"
    r"(?: (?:rn|now|atm|too|lol|right now|also|as well|lately|recently))*$"
    # Chinese: "在看别的剧", "最近在追《黑暗荣耀》", "也在刷另一部美剧" (a title in 《》 is another show's, never this one's)
    r"|^(?:我)?(?:最近|现在|現在|目前|也|还|還|同时|同時)*(?:在)?(?:看|追|刷)(?:着|著)?"
    r"(?:(?:别的|別的|另一部|其他|其它|另外一部|另外的)(?:剧|劇|美剧|美劇|日剧|日劇|韩剧|韓劇|动漫|動漫|番|电视剧|電視劇)"
    rf"|《(?!{_THIS_SHOW_TITLES}》)[^》]+》)(?:中|呢|了)?$"
    # Japanese and Korean: "別のドラマ見てる", "「イカゲーム」見てる", "다른 드라마 보는 중"
    r"|^(?:別の|他の|ほかの)(?:ドラマ|アニメ|作品|番組)(?:を)?(?:見て|観て)(?:る|いる|ます)$"
    rf"|^「(?!{_THIS_SHOW_TITLES}」)[^」]+」(?:を)?(?:見て|観て)(?:る|いる|ます)$"
    r"|^(?:나 |난 )?다른 (?:드라마|작품|애니|거) ?(?:보는 ?중|보고 ?있\w*)$"
    # Indonesian, Malay, Tagalog, Vietnamese, Turkish: "nonton drakor lain", "tengah tengok drama lain", "nanonood ng
    # ibang drama", "đang xem phim khác", "başka bir dizi izliyorum"
    r"|^(?:aku |gue |gw |saya |sy )?(?:lagi |sedang |tengah )?(?:nonton|tengok|tonton) (?:drakor|drama|film|anime|series|serial"
    r"|cerita) lain$"
    r"|^(?:nanonood|nanunuod|nanood) (?:ako )?ng ibang (?:drama|series|show|kdrama|anime)$"
    r"|^(?:mình |tôi |tui |em )?(?:đang )?(?:xem|coi) (?:phim|bộ) khác$|^başka (?:bir )?(?:dizi|anime) izliyorum$"
    # Spanish, Portuguese, French, German, Italian, Russian, Polish, Hinglish: "viendo otra serie", "assistindo outra
    # série", "je regarde une autre série", "ich schaue eine andere serie", "sto guardando un'altra serie", "смотрю
    # другой сериал", "oglądam inny serial", "doosra show dekh raha hoon"
    r"|^(?:(?:estoy|tô|to|estou) )?(?:viendo|mirando|vendo|assistindo) (?:otra|outra) (?:serie|série|novela|anime)$"
    r"|^(?:je )?regarde une autre (?:série|serie)$|^(?:ich )?(?:schaue|gucke|sehe) (?:gerade )?(?:eine )?andere serie$"
    r"|^(?:sto )?guardando un ?altra serie$|^смотрю (?:другой|ещё один|еще один) (?:сериал|аниме)$"
    r"|^oglądam (?:inny|jeszcze jeden) serial$|^(?:ek )?(?:doosra|dusra|aur ek) (?:show|drama|series) dekh (?:raha|rahi) (?:hoon|hu|hun)$"
)


def another_show_watched(clause: str) -> bool:
    """Whether a clause says only that its writer is watching another show (see the module's head)."""
    return _ANOTHER_SHOW.search(clause) is not None
