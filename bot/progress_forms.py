"""Progress as fans type it in other languages and shapes, rewritten into the English bot.progress_said reads.

Plain text in, plain text out (already lower-cased by bot.progress_said.chat_free); nothing here knows the show:

- `foreign_said`: Japanese ("4話まで見た"), Spanish ("voy en el capítulo 5"), Portuguese ("terminei o episódio 9"),
  Tagalog ("nasa ep 4 na ako"), Indonesian ("udah nonton sampe eps 6"), Vietnamese ("xem xong tập 8 rồi"), Thai
  ("ดูถึงตอนที่ 4 แล้ว": bot.progress_thai), French ("je suis à l'épisode 6") and German ("bin bei folge 5") said as "watched up to ep 4",
  "on ep 5", ...
  Only whole leads and whole sentences are rewritten: a word alone ("ya", "todo", "vi") is English often enough.
(A clause beside a position that says nothing of how far is bot.progress_nothing_more's.)
"""

from __future__ import annotations

import re

from bot.lazy_re import FirstCharacterRows, compile_later
from bot.progress_catching_up import catching_up_said
from bot.progress_other_show import OWN_NAMES
from bot.progress_plans import plans_said
from bot.progress_thai import SAID_END, bare, thai_said
from bot.text import cjk_number

_END = SAID_END
_JA_EP = r"第?\s*(\d{1,2})\s*話"
_WATCHED_JA = r"(?:見た|観た|見ました|観ました|見終わった|見終えた|視聴した|視聴済み?)"
_JA_LEFT = r"(?:だけ|くらい|ぐらい|ほど)?(?:残ってる|残ってます|残り|ある|です|だよ)?"  # minutes left of an episode: "あと20分だけ"
_WATCHING_JA = r"(?:見てる|観てる|見ている|観ている|見てます|観てます|視聴中)"
_WHO_ID = r"(?:aku |gue |gw |saya |ako |kami |kita )?"  # ("kami udah ep 5": we, the fan among them)
_WHO_VI = r"(?:mình |tôi |tui |t |em |anh |chị |tớ )?"
# An episode's word in the languages read here, before bot.progress_forms' words put "episode" for it.
_EPW = r"(?:cap[ií]tulo|cap|episodio|epis[oó]dio|[eé]pisode|episodes?|ep|folge|tập|b[oö]l[uü]m|puntata|الحلقة)"
#: How long watching took ("in one night", "en una noche"), said after what was watched: read past by bot.progress_said,
#: after a part by bot.progress_parts ("finished part 1 in one night") and after a show finished abroad here.
IN_A_SPAN = (r"in (?:a|one|\d{1,2}) (?:night|day|sitting|go|weekend)s?"  # and as said abroad ("en una noche")
             r"|en una noche|en un d[ií]a|em uma noite(?: s[oó])?|numa noite(?: s[oó])?|in una notte|in un giorno|en une nuit"
             r"|in einer nacht|an einem abend|bir gecede|trong một đêm|sa isang gabi|dalam semalam|semalam")
# Spanish and Portuguese numbers up to 12, as fans type them after an episode word (and before "primeros").
_NUMBERS = {"uno": 1, "um": 1, "dos": 2, "dois": 2, "tres": 3, "três": 3, "cuatro": 4, "quatro": 4, "cinco": 5, "seis": 6,
            "siete": 7, "sete": 7, "ocho": 8, "oito": 8, "nueve": 9, "nove": 9, "diez": 10, "dez": 10, "once": 11, "onze": 11,
            "doce": 12, "doze": 12}
# Whole sentences, each said as English that bot.progress_said reads.
_SENTENCES = FirstCharacterRows((compile_later(f"(?:{pattern}){_END}"), english) for pattern, english in (
    (rf"^{_JA_EP}(?:目)?まで{_WATCHED_JA}", r"watched up to ep \1"),
    # "第7話まで", "7話までOK": up to it, the verb left out (a moderator's mark, a fan's short answer)
    (rf"^{_JA_EP}(?:目)?まで(?:は|なら)?(?:ok|オッケー|大丈夫|可)?", r"up to ep \1"),
    (rf"^{_JA_EP}(?:目)?(?:を|は)?{_WATCHING_JA}", r"watching ep \1"),
    (rf"^{_JA_EP}(?:目)?(?:を|は)?(?:もう)?{_WATCHED_JA}", r"finished ep \1"),
    (rf"^(?:もう)?(?:一晩で|一日で)?(?:全部|全話|最後まで|最終話まで)(?:を)?{_WATCHED_JA}", "watched everything"),  # ("一晩で": in one night)
    (rf"^(?:もう一度|もう一回|また)(?:全部|全話|最後まで|最終話まで)(?:を)?{_WATCHED_JA}", "finished it again"),  # which, once s2 is out
    # "終わった", "tapos na", "fertig", "досмотрел", "skończyłem": finished, nothing after (which season, once season 2
    # is out, as "finished it"; watched27)
    (r"^(?:もう)?(?:見終わった|観終わった|見終えた|終わった|完走した)|^(?:tapos na|natapos ko na)(?: (?:ako|rin|din))?"
     r"|^(?:ich bin )?(?:fertig|durch)|^(?:ho )?(?:finito|finita)|^bitirdim|^(?:я )?(?:досмотрел[аи]?|закончил[аи]?)"
     r"|^(?:już )?(?:skończyłem|skończyłam|obejrzałem|obejrzałam)|^khatam(?: (?:ho gaya|ho gayi|kar diya|kar liya))?", "finished it"),
    (r"^(?:まだ)?(?:一話も|1話も|何も)?(?:見てない|観てない|見ていない|見てません|観ていない)", "havent watched"),
    # "napanood ko hanggang ep 8", "hanggang ep 8 lang napanood ko": up to it, seen (watched68)
    (r"^(?:napanood|pinanood) ko(?: na)? (?:hanggang|hangang) (?:sa )?(?:ep|episode) ?(\d{1,2})"
     r"|^(?:hanggang|hangang) (?:sa )?(?:ep|episode) ?(\d{1,2}) (?:pa )?lang (?:ang |yung )?(?:napanood|pinanood) ko", r"watched up to ep \1\2"),
    (rf"^あと{_JA_EP}", r"\1 eps left"),
    # Places said from the end or the middle, alone or after a season ("season 2 残り2話": "2 eps left of season 2", as
    # `with_season` says them): "残り2話", "最終話見てる", "半分まで見た", "还剩一集", "只剩最后一集了", "看了一半",
    # "solo me queda el último", "mi manca solo l'ultima puntata", "còn 1 tập cuối", "son 2 bölüm kaldı", "zur Hälfte".
    (rf"^(?:残り|のこり)(?:あと)?{_JA_EP}", r"\1 eps left"),
    (rf"^(?:今|いま)?最終(?:話|回)(?:を)?{_WATCHING_JA}", "watching the finale"),
    (rf"^(?:もう|ちょうど)?半分(?:まで|くらい|ぐらい)?(?:{_WATCHED_JA})?", "halfway through"),
    (r"^(?:我)?(?:还|只|就)?剩(?:下)?(?:最后)? ?(?:一|1) ?集了?", "only the finale left"),
    (r"^(?:我)?(?:还|只|就)?剩(?:下)? ?(?:两|二|2) ?集了?", "2 eps left"),
    (r"^(?:我)?(?:已经)?(?:看了|看到|看完了?)(?:一半|一半了)", "halfway through"),
    (r"^(?:s[oó]lo |solo )?(?:me |nos )?queda(?:n)? (?:s[oó]lo |solo )?(?:el |the )?(?:[uú]ltimo|last)(?: cap[ií]tulo| cap| episodio"
     r"| episode| ep)?", "only the finale left"),
    (r"^(?:mi |ci )?manca (?:solo |soltanto |ancora )?(?:l ?)?ultim[ao](?: puntata| episodio| ep| episode)?", "only the finale left"),
    (r"^(?:chỉ )?còn (?:1|một) (?:tập|episode|ep) cuối(?: cùng)?(?: nữa)?", "only the finale left"),
    (r"^(?:(?:bitmesine|bitmeye|sonuna) )?(?:son )?(\d{1,2}) (?:episode|eps?|b[oö]l[uü]m) kald[iı]", r"\1 eps left"),
    (r"^son (?:episode|b[oö]l[uü]m) kald[iı]", "only the finale left"),
    (r"^(?:ich hab |mir fehl(?:t|en) )?(?:nur )?noch (eine|zwei|drei|\d{1,2}) (?:episoden?|folgen?|eps?) (?:übrig|uebrig)",
     r"nur noch \1 eps"),
    (r"^(?:ich hab |mir fehl(?:t|en) )?(?:nur )?noch (eine|zwei|drei|\d{1,2}) (?:episoden?|folgen?|eps?) (?:von|aus|in) (season \d{1,2})"
     r" (?:übrig|uebrig)", r"nur noch \1 eps of \2"),  # "noch 2 Folgen von Staffel 2 übrig"
    # a count of episodes watched, said of a season after it ("llevo 3 capítulos de la temporada 2", "第二季看了三集",
    # "mùa 2 xem được 3 tập rồi", "2. sezonun 3 bölümünü izledim"): "watched 3 eps" (of season 2), counted from its start
    (r"^(?:ya )?llevo (?:vistos? )?(\d{1,2}) (?:cap[ií]tulos|episodios|eps?|episodes?)(?: vistos)?", r"watched \1 eps"),
    (r"^(?:我)?(?:已经)?看了 ?(\d{1,2}) ?集(?:了)?", r"watched \1 eps"),
    (rf"^{_WHO_VI}(?:đã )?(?:xem|coi) (?:được )?(\d{{1,2}}) (?:tập|tap|ep|episode)(?: rồi)?", r"watched \1 eps"),
    (r"^(\d{1,2}) b[oö]l[uü]m(?:[uü]n[uü]|[uü]) (?:izledim|seyrettim|bitirdim)", r"watched \1 eps"),
    # "bin 3 Folgen in Staffel 2 (drin)": that many episodes into it
    (r"^(?:ich )?(?:bin )?(\d{1,2}) (?:folgen|episoden|eps?) in (season \d{1,2})(?: drin)?", r"\1 eps into \2"),
    # (the place word left out: "metade da s2 já", watched53)
    (r"^(?:voy |estoy |vou |estou |t[oô] |je suis |jen suis )?(?:(?:a|en|por|na|no|[aà]) )?(?:la )?(?:mitad|metade|moiti[eé])", "halfway through"),
    # ... of a season, its season said in English by then, "já" after it ("metade da s2 já": "metade of season 2 já"; watched54)
    (r"^(?:mitad|metade|moiti[eé]) of (season \d{1,2})(?: j[aá])?", r"halfway through \1"),
    # ... or as "la 2" / "a 2" (the second season): "voy por la mitad de la 2", "tô na metade da t2" (watched55)
    (r"^(?:(?:voy|estoy|ando|estou|t[oô]) )?(?:(?:a|en|por|na|no) )?(?:la )?(?:mitad|metade) d(?:e la|a) (?:temporada |t ?)?(\d{1,2})(?: j[aá])?",
     r"halfway through season \1"),
    (r"^(?:ich bin |bin )?zur h[aä]lfte(?: (?:gesehen|geschaut|geguckt|durch))?", "halfway through"),
    (r"^(?:ich hab |hab |habe )?zur h[aä]lfte (?:gesehen|geschaut|geguckt|durch)", "halfway through"),
    (r"^(?:もう)?(?:一気見|イッキ見|一気に見|一気に観)(?:した|しました|た)?", "finished the series"),
    (r"^(?:我)?(?:一口气|一下子)(?:看完了?|追完了?)", "finished the series"),
    # "me vi toda la temporada 2 en una noche", "maratonei a segunda temporada inteira", "jai binge toute la saison 2"
    (r"^(?:me |ya |eu |j[aá] )?(?:vi|mir[eé]|marat?one[eé]|termin[eé]|maratonei|assisti|terminei|jai binge|jai bing[eé]|jai d[eé]vor[eé]"
     r"|jai regard[eé]|jai vu|ho visto|ho finito) (?:toda |tutta |toute )?(?:la |a )?(?:season |s ?|(?<=toda la )|(?<=toda a ))(\d{1,2})"
     r"(?: (?:entera|completa|inteira|toda|intera|en entier))?(?: (?:en una noche|em uma noite|numa noite|in una notte|en une nuit))?",
     r"finished season \1"),  # ("me vi toda la 2": a season by its feminine article after "toda", as watched22 reads "la 2")
    # ... as a clause reads it once its verb is said in English ("já vi a 1 toda, a 2 ainda não": "watched 1 toda"; the
    # feminine "toda" is of a temporada, never of an episode, "o 5 todo")
    (r"^watched (?:season )?(\d{1,2}) (?:toda|inteira|entera|completa)$", r"finished season \1"),
    # "baru 3 episode di season 2" (only 3 episodes into season 2); Thai "ดูซีซั่น 2 ถึงตอนที่ 3" (marks dropped)
    (r"^(?:aku |gue |gw |saya )?(?:baru|udah|sudah|udh) (\d{1,2}) (?:episode|eps?) (?:di|of|dari) (season \d{1,2})", r"\1 eps into \2"),
    (r"^ด ?(season \d{1,2}) ?ถง ?(?:ตอนท|ตอน|episode|ep) ?(\d{1,2})", r"watched up to ep \2 of \1"),
    # "3〜5話見た": a range, watched
    (rf"^第?(\d{{1,2}}) ?話? ?(?:〜|~|-|から) ?{_JA_EP}(?:目)?(?:まで)?{_WATCHED_JA}", r"watched ep \1-\2"),
    (rf"^(?:私|僕|俺|わたし|うち)?(?:は)?{_JA_EP}(?:目)?(?:です|だよ)?", r"on ep \1"),  # "私は6話": I'm on 6  # "4話": where the fan is, as "on ep 4"
    (rf"^(?:今|いま)(?:は)?{_JA_EP}(?:目)?(?:です|だよ|(?:を)?{_WATCHING_JA})?", r"on ep \1"),
    (rf"^(?:今夜|今日|今晩|このあと|あとで)?(?:は)?{_JA_EP}(?:を)?(?:見る|観る)(?:予定|つもり)?", r"gonna watch ep \1"),
    (r"^最終(?:話|回)(?:だけ)?(?:が)?残(?:ってる|っている|ってます|り)", "only the finale left"),
    (r"^(?:今夜|今日|今晩|このあと|あとで)(?:は)?最終(?:話|回)(?:を)?(?:見る|観る)(?:予定|つもり)?", "gonna watch the finale"),
    (rf"^{_JA_EP}(?:目)?(?:だけ|まで)?{_WATCHED_JA}", r"watched ep \1"),
    (rf"^{_JA_EP}(?:目)?まで$", r"up to ep \1"),  # "15歳、7話まで": up to 7
    (rf"^{_JA_EP}(?:目)?の(?:途中|半分|真ん中)(?:で(?:止めた|止めてる|止まってる|ストップ|中断\w*|一時停止\w*))?", r"halfway through ep \1"),
    (rf"^(?:もう)?最終(?:回|話)まで{_WATCHED_JA}", "watched everything"),
    # Vietnamese: "xem xong tập 8 rồi" (finished 8), "đang xem dở tập 6" (partway through 6), "xem hết rồi" (all)
    (rf"^{_WHO_VI}(?:đã )?(?:xem|coi) xong (?:tập|tap|ep|episode) ?(\d{{1,2}})(?: rồi)?", r"finished ep \1"),
    (rf"^{_WHO_VI}(?:đang )?(?:xem|coi) dở (?:tập|tap|ep) ?(\d{{1,2}})", r"halfway through ep \1"),
    (rf"^{_WHO_VI}(?:đã )?(?:xem|coi) xong(?: rồi)?(?=$|,)", "finished it"),  # "xem xong rồi": which season, once s2 is out
    # "シーズン1を3回目見終わった": a season finished again, the third time (watched47)
    (rf"^(season \d{{1,2}}) ?(?:を|は)?(?:[2-9]|二|三|四|五) ?(?:回目|周目)(?:を|も)?{_WATCHED_JA}", r"finished \1 again"),
    (rf"^{_WHO_VI}(?:đã )?(?:xem|coi) (?:hết|xong)(?: phim| cả phim| hết)?(?: rồi)?", "finished the series"),
    # "tối nay xem tập 9" (tonight, watching 9), "mình sẽ xem tập 5" (will watch 5): a plan
    (rf"^{_WHO_VI}(?:(?:tối nay|hôm nay|lát nữa|lát) {_WHO_VI}(?:sẽ )?|sẽ )(?:xem|coi) (?:tập|tap|ep) ?(\d{{1,2}})(?: with my sis)?", r"gonna watch ep \1"),  # ("với em gái")
    (rf"^{_WHO_VI}(?:vẫn )?chưa (?:xem|coi)(?: gì| tập nào| phim)?(?: cả)?", "havent watched"),
    # "(tối qua) định xem tập 7 mà ngủ quên" (meant to watch 7 (last night: "yesterday" by then), fell asleep): not begun; "xem tập 8 được 10 phút" (10 minutes of 8
    # seen), "nghỉ 5 phút rồi xem tiếp tập 9" (a 5-minute break, then 9 goes on): into it (watched71)
    (rf"^{_WHO_VI}(?:định|tính|muốn) (?:xem|coi) (?:tập|tap|ep|episode) ?(\d{{1,2}}) (?:mà|nhưng)(?: lại)? (?:ngủ quên|ngủ mất)(?: yesterday)?",
     r"havent started ep \1"),
    (rf"^{_WHO_VI}(?:xem|coi) (?:tập|tap|ep|episode) ?(\d{{1,2}}) được (\d{{1,3}}) phút", r"\2 min into ep \1"),
    (rf"^{_WHO_VI}(?:(?:nghỉ|dừng) (?:giải lao )?\d{{1,3}} phút (?:rồi |xong )?)?(?:xem|coi) tiếp (?:tập|tap|ep|episode) ?(\d{{1,2}})",
     r"halfway through ep \1"),
    # "xem được nửa tập 7" (watched half of 7); Chinese ("看到第7集一半": up to the middle of 7, "第6集看完了": finished 6,
    # "全部看完了": watched it all; 第N集 is "ep N" by then); Italian; Turkish ("bölüm 6'dayım": I'm at episode 6)
    (rf"^{_WHO_VI}(?:đã )?(?:xem|coi) (?:được )?(?:một )?nửa (?:tập|tap|ep) ?(\d{{1,2}})", r"halfway through ep \1"),
    (r"^(?:我)?(?:看到|看了) ?ep (\d{1,2}) ?(?:的)?(?:一半|中间)", r"halfway through ep \1"),
    (r"^(?:我)?(?:才|只)?(?:看完了?|看到了?) ?ep (\d{1,2})(?: ?了)?|^ep (\d{1,2}) ?(?:看完了?|看了)", r"finished ep \1\2"),
    # "现在第5集": now on 5; "还在第一季第十集": still on season 1's 10
    (r"^(?:我)?(?:现在|現在|目前|当前|當前|首刷|还在|還在|正在)(?:在)?(?:看)?(?:到)? ?(season \d{1,2} )?ep (\d{1,2})", r"on \1ep \2"),
    # "全部看完了" (watched all of it) is the series; "看完了", "已经看完了" (finished, its object "it" left unsaid, as
    # Chinese, Spanish, Portuguese, Korean and Tagalog leave it) is "finished it": which season, once season 2 is out?
    (r"^(?:我)?(?:全部|都)(?:看完了?|追完了?)|^全部看完了?", "finished the series"),
    (r"^(?:我)?(?:已经)?(?:看完了?|追完了?)", "finished it"),
    (r"^(?:看)?(?:到)? ?ep (\d{1,2}) ?(?:为止|為止)", r"up to ep \1"),  # "到第7集为止": up to 7
    (r"^(?:我)?(?:还|還)?(?:没|沒)(?:有)?(?:开始|開始)?(?:看|追)(?:过|過)?", "havent watched"),  # "还没看", "還沒看過"
    (r"^(?:ho )?(?:finito|visto tutta|terminato) (?:la serie|tutto|tutta la serie)", "finished the series"),
    (r"^(?:sono|sto) (?:all ?|al |alla )(?:episodio|ep|episode) ?(\d{1,2})", r"on ep \1"),
    (r"^(?:ho )?(?:finito|visto|terminato|guardato) (?:l ?|lo )?(?:episodio|ep|episode) ?(\d{1,2})$", r"finished ep \1"),
    (r"^b[oö]l[uü]m (\d{1,2}) ?(?:da|de|ta|te)y[iı]m", r"on ep \1"),
    (r"^(?:folge|episode) (\d{1,2}) (?:zur h[aä]lfte|halb)(?: (?:gesehen|geschaut|durch))?", r"halfway through ep \1"),
    # French, its apostrophes gone ("jai fini la série"); German
    (r"^(?:jai )?(?:fini|termin[eé]|vu|regard[eé]) (?:toute )?la saison(?! ?\d)", "finished it"),  # which, once s2 is out
    (r"^(?:jai )?(?:fini|termin[eé]|vu|regard[eé]) (?:toute )?la saison 1\b", "finished season 1"),
    (r"^(?:jai )?(?:fini|termin[eé]|vu|regard[eé]) (?:toute )?(?:la s[eé]rie|tout|tous les [eé]pisodes)",
     "finished the series"),
    (r"^(?:je nai |jai )?(?:pas encore|toujours pas|pas) (?:commenc[eé]|regard[eé]|vu)(?: la s[eé]rie)?", "havent watched"),
    (r"^(?:jai )?(?:vu|regard[eé]) les (\d{1,2}) premiers [eé]pisodes", r"watched the first \1 episodes"),
    (r"^(?:jai )?(?:vu|regard[eé]|fini|termin[eé]) (?:le |l ?)?(?:[eé]pisode|ep) ?(\d{1,2})$", r"finished ep \1"),
    # "the season" finished, with no number: which one, once season 2 is out ("ich hab die staffel durch", "terminé la
    # temporada", "vi a temporada"; watched26: were "the series", all of season 2); "la temporada uno": season 1
    (r"^(?:ich )?(?:hab |habe )?(?:schon )?die staffel (?:durch|gesehen|geschaut|geguckt|fertig)", "finished it"),
    (r"^(?:ya )?termin[eé] la temporada (?:1|uno)\b|^(?:eu )?(?:j[aá] )?(?:assisti|vi|terminei|maratonei) a temporada (?:1|um)\b",
     "finished season 1"),
    (r"^(?:ya )?termin[eé] la temporada(?! ?\d)|^(?:eu )?(?:j[aá] )?(?:assisti|vi|terminei|maratonei) a temporada(?! ?\d)"
     r"(?: toda| inteira)?(?: ontem| hoje)?", "finished it"),
    (r"^(?:ich )?(?:hab |habe )?(?:schon )?(?:die serie|die staffel(?: 1)?|alles|alle folgen) (?:durch|gesehen|geschaut"
     r"|geguckt|fertig)", "finished the series"),
    (r"^(?:ich )?(?:hab |habe )?(?:noch )?(?:nicht|gar nicht|keine folge) (?:angefangen|gesehen|geschaut|geguckt)",
     "havent watched"),
    (r"^(?:ich )?(?:bin )?(?:bei|in) (?:der )?folge (\d{1,2}) (?:in der mitte|zur h[aä]lfte|halb durch)", r"halfway through ep \1"),
    (r"^(?!.*\b(?:nicht|nie|kein\w*)\b)(?:ich )?(?:hab |habe )?(?:schon )?(\D*\d.*) (?:gesehen|geschaut|geguckt)", r"watched \1"),
    (rf"^(?:ya )?termin[eé] (?:la serie|todo|la temporada(?: 1| uno)?)(?: (?:{IN_A_SPAN}))?", "finished the series"),
    (r"^(?:ya )?(?:la|lo) (?:termin[eé]|acab[eé])(?: anoche| ayer| hoy)?", "finished it"),  # "ya la terminé": it
    # "terminei ontem", "ya acabé anoche": finished, said with nothing after but when
    (r"^(?:eu )?(?:j[aá] |ya )?(?:terminei|acabei|termin[eé]|acab[eé])(?: (?:ontem|hoje|agora|anteontem|ayer|hoy|anoche"
     r"|reci[eé]n|(?:na |la )?semana pasad[ao]|semana passada))?$", "finished it"),  # ("terminei semana passada": watched62)
    (r"^(?:s[oó] )?falta (?:s[oó] |apenas )?(?:o |a )?[uú]ltimo(?: epis[oó]dio| ep| cap)?", "only the finale left"),
    (r"^(?:chỉ )?còn (?:lại )?(?:mỗi )?(?:tập|episode|ep) cuối(?: nữa)?(?: thôi)?", "only the finale left"),  # "chỉ còn tập cuối"
    # "terminei a 1ª temporada" (ª is "a" once NFKC), "terminé la primera temporada": season 1, never the whole show
    (r"^(?:eu )?(?:j[aá] |ya )?(?:assisti|vi|terminei|maratonei|termin[eé]|acab[eé]) (?:a|la) (?:1a|primeira|primera) temporada"
     r"(?: toda| inteira| completa)?", "finished season 1"),
    (r"^(?:eu )?(?:j[aá] )?(?:assisti|vi|terminei|maratonei) (?:tudo|a s[eé]rie(?: toda| inteira)?|a temporada(?: 1| um)?)"
     rf"(?: ontem| hoje| (?:{IN_A_SPAN}))?", "finished the series"),
    (r"^(?:ya )?(?:vi|he visto|mir[eé]) (?:todo|toda la serie|la serie completa|todos los (?:cap[ií]tulos|episodios|eps))",
     "finished the series"),
    (rf"^(?:ya )?me (?:la|lo) (?:vi|mir[eé]|devor[eé]) tod[ao](?: (?:{IN_A_SPAN}))?", "finished the series"),
    (rf"^{_WHO_VI}(?:đã )?cày (?:hết|xong)(?: (?:rồi|luôn))?(?: (?:{IN_A_SPAN}))?(?: (?:rồi|luôn))?", "finished the series"),  # "cày hết trong một đêm"  # "me la vi toda en una noche"
    (r"^(?:ya )?(?:vi|he visto|mir[eé]) (?:solo |s[oó]lo )?(?:los )?primeros (\d{1,2}) (?:cap[ií]tulos|episodios|eps)",
     r"watched the first \1 episodes"),
    # "solo he visto los dos primeros", "só vi os 2 primeiros": the first ones, their count said before them (its word
    # read as digits after "ep")
    (rf"^(?:s[oó]lo |solo |s[oó] )?(?:ya |j[aá] )?(?:he visto|vi|mir[eé]|assisti) (?:s[oó]lo |solo |s[oó] |apenas )?(?:los|os) "
     rf"(\d{{1,2}}|{'|'.join(_NUMBERS)}) (?:primeros|primeiros)(?: (?:cap[ií]tulos|caps?|episodios|epis[oó]dios|eps))?",
     r"watched up to ep \1"),
    (r"^(?:eu )?(?:j[aá] )?(?:vi|assisti) (?:s[oó] |apenas |somente )?(?:os )?primeiros (\d{1,2}) (?:epis[oó]dios|eps)",
     r"watched the first \1 episodes"),
    # ... with no verb, after a whole said ("la serie en una noche... bueno, los primeros 3 caps", watched46)
    (r"^(?:s[oó]lo |solo |s[oó] |apenas )?(?:los|os) (?:primeros|primeiros) (\d{1,2}) (?:cap[ií]tulos|caps?|episodios|epis[oó]dios|eps)$",
     r"watched the first \1 episodes"),
    # (the ordinal already said as a number by bot/progress_words.py: "o primeiro episódio" is "o episode 1" here)
    (r"^(?:eu )?(?:j[aá] )?(?:(?:vi|assisti) (?:s[oó]|apenas|somente) o (?:primeiro epis[oó]dio|episode 1)|(?:s[oó]lo |solo )?vi "
     r"(?:s[oó]lo |solo )?el (?:primer cap[ií]tulo|episode 1))", "watched the first episode"),
    # ... with no verb ("solo el primer capítulo", "só o primeiro episódio", "hanya episode pertama", "chỉ mới xem tập đầu")
    (rf"^(?:s[oó]lo|solo|apenas|s[oó]|hanya|cuma|baru|nur) (?:(?:el|o|die) )?(?:{_EPW} 1|primer cap[ií]tulo|erste folge)"
     rf"|^{_WHO_VI}chỉ (?:mới )?(?:xem |coi )?(?:tập|tap) (?:đầu|1)(?: tiên)?", "watched the first episode"),
    # "vi el 3 y luego el 4", "vi o 3 e depois o 4": both seen, one after the other (a list, so a skip is asked again);
    # "vi el cap 5 y luego veo el 6": the one seen, then a plan (watched32)
    (rf"^(?:ya )?(?:vi|he visto|mir[eé]|termin[eé]) (?:el )?(?:{_EPW} )?(\d{{1,2}}) y (?:luego|despu[eé]s|tambi[eé]n) (?:el )?"
     rf"(?:{_EPW} )?(\d{{1,2}})( of season \d{{1,2}})?"
     rf"|^(?:eu )?(?:j[aá] )?(?:vi|assisti|terminei) o (?:{_EPW} )?(\d{{1,2}}) e (?:depois|tamb[eé]m|em seguida) o (?:{_EPW} )?(\d{{1,2}})"
     r"( of season \d{1,2})?", r"watched ep \1\4 and \2\5\3\6"),
    # ... and in Italian and French ("ho visto il 3 e poi il 4", "j'ai vu le 3 puis le 4", watched33)
    (rf"^(?:ho visto|ho finito|jai vu|jai regard[eé]|jai fini) (?:il |le |l )?(?:{_EPW} )?(\d{{1,2}}) (?:e poi|e dopo|puis|et puis"
     rf"|et ensuite) (?:il |le |l )?(?:{_EPW} )?(\d{{1,2}})( of season \d{{1,2}})?", r"watched ep \1 and \2\3"),
    # (a comma for "y": "vi el 4, luego veo el 5", "vi o 4, depois vejo o 5"; "vi el 3 de la 2 y luego veo el 4", watched33)
    (rf"^(?:ya )?(?:vi|he visto|termin[eé]) (?:el )?(?:{_EPW} )?(\d{{1,2}})( of season \d{{1,2}})?,? (?:y )?(?:luego|despu[eé]s|ahora)"
     rf" (?:veo|voy a ver|miro|empiezo) (?:el )?(?:{_EPW} )?\d{{1,2}}"
     rf"|^(?:eu )?(?:j[aá] )?(?:vi|assisti|terminei) o (?:{_EPW} )?(\d{{1,2}})( of season \d{{1,2}})?,? (?:e )?(?:depois|agora)"
     rf" (?:vejo|vou ver|assisto|vou assistir|come[cç]o) o (?:{_EPW} )?\d{{1,2}}", r"watched ep \1\3\2\4"),
    (r"^(?:natapos|tapos) ko na(?: (?:siya|sya|ito|yun))?$", "finished it"),  # "tapos ko na": I finished it
    # ... of a part it names: "3/6 na ako sa part 1", "udah 3/6 part 1" (watched55)
    (r"^(?:(?:udah|sudah|udh) )?(\d{1,2} ?/ ?\d{1,2})(?: na(?: ako)? (?:sa|ng)|(?: di| dari)?)(?: the)? (?:part|pt) ?([1-3])$", r"\1 of part \2"),
    (r"^(\d{1,2} ?/ ?\d{1,2}) na(?: ako)?", r"\1"),  # "3/6 na ako": at that count, read as "3/6" is (watched54)
    (r"^(?:natapos|tapos) ko na (?:ang |yung )?buong season(?! ?\d)", "finished it"),  # the whole season: which, once s2 is out
    (r"^(?:natapos|tapos) ko na (?:ang |yung )?(?:lahat(?: ng (?:episodes?|eps))?|buong series|series|show)", "finished the series"),
    (r"^(?:ya )?(?:la|lo) (?:vi|he visto|mir[eé]) (?:toda|todo|completa|entera)", "finished the series"),
    # "udah tamat": finished, nothing after (which season, once season 2 is out; watched26: was all of it)
    (rf"^{_WHO_ID}(?:udah|sudah|udh|dah) (?:tamat|selesai|kelar|beres)(?: nonton)?(?=$|,)", "finished it"),
    (rf"^{_WHO_ID}(?:udah|sudah|udh|dah) (?:tamat|selesai|kelar|beres)(?: nonton)?(?: semua(?:nya)?)?", "finished the series"),
    (r"^(?:di|hindi) ko pa (?:napapanood|napanood|pinapanood|nakikita|nasisimulan|sinisimulan)(?: (?:ito|yung show|ang show))?", "havent watched"),
    (rf"^{_WHO_ID}(?:belum|blm|belom) (?:nonton|liat|lihat|mulai)(?: (?:sama sekali|samsek|apa-apa))?", "havent watched"),
    (r"^(?:a[uú]n |todav[ií]a )?no (?:lo |la )?(?:he )?(?:visto|empezado|empiezo|empec[eé])(?: nada)?", "havent watched"),
    (r"^(?:ainda )?(?:n[aã]o|nem) (?:assisti|comecei|vi)(?: nada)?(?: ainda)?", "havent watched"),  # "nem assisti ainda" (watched65)
    (r"^(?:di|hindi) pa (?:ako|ko|kami) (?:nagsisimula|nakakapanood|nanonood|nakapanood)", "havent watched"),
    (r"^nasa (.+?) (?:(?:na|pa lang|palang|pa) )?(?:ako|kami|ko)(?: ngayon)?(?: with my sis)?", r"on \1"),  # ("nasa ep 5 ako ngayon": now; watched63)
    (r"^(?:ako|kami) (?:ay )?nasa (.+?)(?: (?:na|pa lang|palang|pa))?$|^nasa ((?:ep|episode) ?\d{1,2}) (?:pa|pa lang|palang)$", r"on \1\2"),  # "ako nasa ep 4 pa lang" (watched46), "nasa ep 3 pa lang" (watched75)
    # "시즌2 시작했는데 10분 보고 접음": begun, then dropped minutes in (watched46; as "started s2 but dropped it after 10 min")
    (r"^(시즌 ?\d{1,2}|\d{1,2} ?화) ?(?:을|를)? ?시작했(?:는데|고|지만|다가) ?\d{1,3} ?분(?:만|쯤|정도)? ?(?:보고|보다가) ?"
     r"(?:접음|접었\w*|포기\w*|그만\w*|끔|껐\w*|멈춤|멈췄\w*|하차\w*)", r"started \1"),
    # "vi os 3 primeiros e parei", "xem 3 tập đầu rồi dừng": the first episodes seen, then stopped (watched50)
    (r"^(?:eu )?(?:vi|assisti) (?:os |s[oó] os )?(\d{1,2}) primeiros(?: eps| epis[oó]dios)? e (?:parei|larguei|desisti)", r"watched the first \1"),
    (r"^(?:vi|mir[eé]) (?:los )?(?:(\d{1,2}) primeros|primeros (\d{1,2}))(?: caps| cap[ií]tulos| episodios)? y (?:par[eé]|lo dej[eé])", r"watched the first \1\2"),
    (r"^(?:mình |tôi )?xem (\d{1,2}) tập đầu(?: rồi)? (?:dừng|ngừng|bỏ)(?: lại)?", r"watched the first \1"),
    # "vi os 3 primeiros minutos do ep 5", "5話の最初の3分だけ見た": minutes into it (watched50)
    (r"^(?:eu )?(?:vi|assisti|mir[eé]) (?:s[oó] |solo )?(?:os |los )?(?:(\d{1,3}) primeiros|(?:(\d{1,3}) primeros|primeros (\d{1,3})))"
     r" minutos d(?:o|el?|a) (?:ep|cap|epis[oó]dio|cap[ií]tulo) ?(\d{1,2})", r"watched \1\2\3 min of ep \4"),
    (rf"^{_JA_EP}(?:の)?(?:最初の)?(\d{{1,3}}) ?分(?:だけ|くらい|ぐらい)?(?:見た|観た)", r"watched \2 min of ep \1"),
    # "시즌2 3화까지 보고 멈춤": seen up to an episode, then stopped (after it, never "보다가", while in it) (watched49)
    (r"^((?:시즌 ?\d{1,2} ?)?\d{1,2} ?화까지) 보고 (?:접음|접었\w*|그만\w*|멈춤|멈췄\w*|하차\w*)$", r"\1 봤어"),
    (r"^(?:ako |kami )?((?:ep|eps|episode) ?\d{1,2}) (?:na|pa lang|palang|pa)(?: (?:ako|ko|kami))?", r"on \1"),
    # "私はまだ3話" (me, still on 3)
    (rf"^(?:私|僕|俺|わたし)?(?:は)?(?:まだ|今|いま){_JA_EP}(?:目)?(?:です|だよ)?", r"on ep \1"),
    (rf"^{_WHO_ID}(?:udah|sudah|udh|dah) (?:nonton|liat|lihat) (?:semua(?: episode| eps?| ep)?|semuanya|sampai (?:habis|tamat)"
     r"|sampe (?:abis|tamat))", "finished the series"),
    # Korean: "정주행 끝냈다" (binged to the end), the show named first or not ("지우학 정주행 끝냈다", watched53)
    (rf"^(?:{OWN_NAMES}(?:은|는)? )?(?:다 ?)?정주행 ?(?:끝냈\w*|끝냄|끝남|끝|마침|마쳤\w*)", "finished the series"),
    # "just finished my aouad binge", "terminei minha maratona de aouad", "đã cày xong aouad": the show's binge done, so
    # finished (which season, once a second is out, as "finished it in one night"; watched53)
    (rf"^(?:i )?(?:just |finally )?(?:finished|done with|completed) (?:my|the|our) (?:{OWN_NAMES} )?(?:binge|marathon|binge-?watch)"
     rf"(?: of (?:{OWN_NAMES}|it|the show))?|^(?:eu )?(?:j[aá] )?(?:terminei|acabei) (?:a |minha )?maratona(?: d[ea] {OWN_NAMES})?"
     rf"|^(?:ya )?termin[eé] (?:mi|el) marat[oó]n(?: de {OWN_NAMES})?|^{_WHO_VI}(?:đã |vừa |mới )?cày xong(?: {OWN_NAMES})?(?: rồi)?"
     # "tapos ko na yung aouad marathon ko", "udah kelar maraton aouad" (watched54)
     rf"|^(?:natapos|tapos) ko na (?:yung |ang )?(?:{OWN_NAMES} )?(?:marathon|binge)(?: ko)?"
     # ... "tapos na marathon ko ng aouad" (my marathon, done), "(akhirnya) kelar maraton aouad" ((finally) done) (watched55)
     rf"|^(?:natapos|tapos) na (?:yung |ang )?(?:marathon|binge) ko(?: ng {OWN_NAMES})?"
     rf"|^{_WHO_ID}(?:akhirnya |udah |sudah |udh |dah )?(?:kelar|selesai|beres|tamat) (?:maraton|marathon|binge)(?: {OWN_NAMES})?", "finished it"),
    # ... of a season it names: "just finished my aouad s1 binge" (watched54)
    (rf"^(?:i )?(?:just |finally )?(?:finished|done with|completed) (?:my|the|our) (?:{OWN_NAMES} )?(?:s|season) ?(\d{{1,2}})"
     r" (?:binge|marathon|binge-?watch)", r"finished season \1"),
    (r"^(?:나 |난 |이미 |벌써 )?다 ?(?:봤\w*|봄)", "finished it"),  # "다 봤다": finished (it), no season said
    # An episode about to start, paused or slept through, a minute or the middle of one, in the languages fans use
    # (watched22): the one before it is what is seen. "a punto de empezar el cap 6", "gleich fange ich Folge 6 an",
    # "これから6話見る", "马上开始看第6集", "sắp xem tập 6"; "pausé el capítulo 9", "bei Folge 10 eingeschlafen",
    # "10話の途中で寝落ちした", "第10集看睡着了"; "en el minuto 30 del capítulo 4", "Folge 5, Minute 40", "4話の20分あたり",
    # "a metà dell'episodio 8", "في منتصف الحلقة 7", "nasa kalahati ng ep 7".
    (rf"^(?:estoy |estou )?(?:a punto de|prestes a) (?:empezar|comenzar|ver|come[cç]ar|assistir) (?:el |la |o )?{_EPW} ?(\d{{1,2}})",
     r"about to start ep \1"),
    (rf"^(?:je )?vais (?:commencer|regarder|voir|attaquer) (?:l ?|le )?{_EPW} ?(\d{{1,2}})", r"gonna watch ep \1"),
    (rf"^(?:gleich |jetzt )?fange? ich (?:mit )?(?:der )?{_EPW} (\d{{1,2}}) an", r"about to start ep \1"),
    (rf"^(?:これから|今から){_JA_EP}(?:を)?(?:見る|観る|見ます)?", r"about to start ep \1"),
    (r"^(?:我)?(?:马上|馬上|准备|準備|正要)(?:要)?(?:开始|開始)?(?:看)? ?(?:ep ?|第 ?)(\d{1,2}) ?集?", r"about to start ep \1"),
    (rf"^{_WHO_VI}sắp (?:xem|coi) {_EPW} ?(\d{{1,2}})", r"about to start ep \1"),
    (rf"^على وشك (?:أن )?(?:أبدأ|ابدأ|أشاهد|اشاهد) {_EPW} (\d{{1,2}})", r"about to start ep \1"),
    (rf"^(?:yo )?(?:paus[eé]|pausei|me dorm[ií] en|me qued[eé] dormid[oa] en|(?:eu )?(?:dormi|adormeci|apaguei|cochilei)"
     rf" (?:no|durante o|no meio do)) (?:el |o )?{_EPW} ?(\d{{1,2}})",
     r"paused ep \1"),
    (rf"^(?:je me suis |me suis |jme suis )?endormie? (?:pendant|devant|durant) (?:l ?|le )?{_EPW} ?(\d{{1,2}})",
     r"fell asleep during ep \1"),
    (rf"^(?:ich bin )?(?:bei|während|in) (?:der )?{_EPW} (\d{{1,2}}) eingeschlafen", r"fell asleep during ep \1"),
    (rf"^{_JA_EP}(?:の)?(?:途中で|で)(?:寝落ち|寝ちゃ|寝てしま)\w*", r"fell asleep during ep \1"),
    (r"^(?:我)?(?:在|看)? ?(?:ep ?|第 ?)(\d{1,2}) ?集? ?(?:的时候|的時候|时|時)?(?:看)?(?:睡着|睡著)了?", r"fell asleep during ep \1"),
    (rf"^(?:on )?{_EPW} (\d{{1,2}})(?:de|da|te|ta)? uyuya?kal\w*", r"fell asleep during ep \1"),  # ("bölümde": "on" by then)
    (r"^(\d{1,2}) ?[화회] ?(?:에서 )?(?:일시정지|멈춤)(?:함|했어|중)?", r"paused ep \1"),
    (rf"^(?:estoy |voy |estou |parei |par[eé] )?(?:en el |no |na )?minut[oe] (\d{{1,3}}) (?:del|do|de|da) {_EPW} ?(\d{{1,2}})",
     r"\1 min into ep \2"),
    (rf"^{_EPW} (\d{{1,2}}),? minute (\d{{1,3}})", r"\2 min into ep \1"),
    (rf"^{_JA_EP}の(\d{{1,3}})分(?:あたり|くらい|ぐらい|まで|目)?", r"\2 min into ep \1"),
    # minutes left of an episode (watched46): "me quedan 20 min del último cap", "faltam 20 min pro ep 5", "20 mins na
    # lang sa finale", "最終話あと20分", "5話あと20分": partway into it, as "20 min left of the finale"
    (r"^(?:me |le |nos )?(?:quedan|faltan|faltam|restam) (\d{1,3}) ?(?:min|mins|minutos?) (?:del?|do|da|pro|pra|para (?:el|o|a)) "
     r"(?:el |la |o |a )?(.+)$", r"\1 min left of \2"),
    (r"^(\d{1,3}) ?(?:min|mins|minutes?|minuto) na lang (?:sa|ng) (?:ang |yung )?(.+)$", r"\1 min left of \2"),
    (rf"^{_JA_EP}(?:は|も)?(?:あと|残り) ?(\d{{1,3}}) ?分{_JA_LEFT}$", r"\2 min left of ep \1"),  # (never "あと20分で配信": to come)
    (rf"^最終(?:話|回)(?:は|も)?(?:あと|残り) ?(\d{{1,3}}) ?分{_JA_LEFT}$", r"\1 min left of the finale"),
    (rf"^(?:sono )?a met[aà] (?:dell ?|del |della )?{_EPW} ?(\d{{1,2}})", r"halfway through ep \1"),
    (rf"^(?:أنا |نمت |توقفت )?(?:في|on) منتصف {_EPW} (\d{{1,2}})", r"halfway through ep \1"),  # ("في", in: "on" by then)
    # the middle of an episode, asleep or stopped there (watched33): "me quedé dormido a mitad del cap 5", "en medio del
    # cap 8", "no meio do ep 8", "mitten in Folge 5 eingeschlafen", "уснул на середине 7 серии", "zasnąłem w połowie 6
    # odcinka", "ep 6 ke beech mein so gaya"
    (rf"^(?:(?:yo )?me qued[eé] dormid[oa] |me dorm[ií] |(?:eu )?(?:dormi|adormeci|parei|cochilei|apaguei) |(?:estoy |voy |estou |t[oô] )?)"
     rf"(?:en medio|a (?:la )?mitad|no meio|na metade) d(?:el|e la|o|a) {_EPW} ?(\d{{1,2}})", r"halfway through ep \1"),
    (rf"^(?:ich bin |bin )?mitten in (?:der )?{_EPW} (\d{{1,2}})(?: (?:eingeschlafen|gestoppt|pausiert|aufgeh[oö]rt))?",
     r"halfway through ep \1"),
    (r"^(?:я )?(?:(?:уснул|заснул|остановил(?:ся|ась))а? )?на середине (\d{1,2})(?:-?й)? серии", r"halfway through ep \1"),
    (r"^(?:(?:zasn|usn)(?:ąłem|ęłam|ął|ęła) |jestem |zatrzyma(?:łem|łam) się )?w połowie (\d{1,2})\.? odcinka", r"halfway through ep \1"),
    (rf"^{_EPW} ?(\d{{1,2}}) ke (?:beech|bich) (?:mein|me|mai)(?: (?:so gaya|so gayi|so gya|ruk gaya|ruka|ruki|hoon|hu|hun))?",
     r"halfway through ep \1"),
    (rf"^nasa kalahati(?: na)?(?: ako)? ng {_EPW} ?(\d{{1,2}})", r"halfway through ep \1"),
    # Season 2 (or an episode) planned for tonight or at an hour: "ce soir je commence la saison 2", "heute Abend Staffel 2
    # Folge 1", "今夜シーズン2の1話見る", "今晚看第二季第一集", "bu gece 2. sezonun 1. bölümünü izleyeceğim", "第4話は22時から",
    # "4화 밤 10시에 볼 거야": a plan, no place watched.
    (r"^ce soir (?:je )?(?:commence|regarde|attaque) (?:la )?(season \d{1,2})", r"gonna start \1"),
    (rf"^heute abend (season \d{{1,2}}),? {_EPW} (\d{{1,2}})", r"gonna watch \1 ep \2"),
    (rf"^(?:今夜|今日|今晩)(?:は)?(season \d{{1,2}}) ?(?:の)?{_JA_EP}(?:を)?(?:見る|観る)", r"gonna watch \1 ep \2"),
    (r"^(?:今晚|今天晚上)(?:要)?看 ?(season \d{1,2}) ?(?:ep ?|第 ?)(\d{1,2}) ?集?", r"gonna watch \1 ep \2"),
    (r"^bu (?:gece|akşam) (season \d{1,2}) (?:episode )?(\d{1,2})\.? ?(?:b[oö]l[uü]m\w*)? izle\w*", r"gonna watch \1 ep \2"),
    (rf"^{_JA_EP}(?:は|を)?\d{{1,2}}時(?:から|に)(?:見る|観る)?", r"gonna watch ep \1"),
    (r"^(\d{1,2}) ?화 (?:(?:오늘 )?(?:밤|저녁) )?\d{1,2}시에 (?:볼 ?(?:거\w*|게\w*|래\w*)|봐야지)", r"gonna watch ep \1"),
))
# Leads said before an episode: "vi hasta el", "terminei o", "udah nonton sampe", "lagi nonton".
_LEADS = FirstCharacterRows((compile_later(pattern), english) for pattern, english in (
    # "paré al inicio del cap 3", "parei no começo do ep 3": barely into it (watched50)
    (r"^(?:me qued[eé]|par[eé]|(?:eu )?parei|lo dej[eé]) (?:al|en el|no) (?:inicio|principio|comienzo|come[cç]o) d(?:el?|o|a) (?=(?:cap|ep))",
     "stopped at the start of "),
    # where the fan stopped, maybe midway: "me quedé en el 7", "parei no 7", "j'ai arrêté à l'épisode 7", "berhenti di ep 7",
    # "mi ero fermata all'episodio 7"
    # "je me suis arrêté au milieu de l'épisode 6", "au milieu de l'épisode 6": partway through it (watched32)
    (r"^(?:(?:je me suis |jme suis |jai )?arr[eê]t[eé]e? |je suis |jen suis )?au milieu de (?:l|la)? ?(?=[eé]p)", "halfway through "),
    (r"^(?:me qued[eé] en (?:el |la )?|(?:eu )?parei n[oa] |(?:jai |je me suis )?arr[eê]t[eé]e? (?:à|a|au) |(?:aku |gue |gw |saya )?"
     r"berhenti (?:di|pas) |(?:mi ero |mi sono )?fermat[oa] (?:a |al |all)|(?:lo |la )?(?:dej[eé]|paus[eé](?! en la (?:escena|parte) )) en (?:el |la )?"
     # "lo dejé en el 8", "dừng ở tập 7", "huminto ako sa ep 7", "zatrzymałam się na 7 odcinku", "توقفت عند الحلقة 7"
     r"|(?:mình |tôi |tui )?dừng (?:ở|lại ở|tại) |huminto (?:ako |kami )?sa |zatrzyma(?:łam|łem|ł|ła) się na |توقفت عند )", "stopped at "),
    (r"^(?:ich )?bin (?:in der mitte|bei der h[aä]lfte) (?:von |der )?", "halfway through "),  # "bin in der Mitte von Folge 6"
    # fell asleep in an episode: "me dormí en el 8", "dormi no meio do ep 3", "ketiduran pas eps 10", "nakatulog ako sa ep 7",
    # "ngủ quên giữa tập 3": partway through it
    (r"^(?:(?:me dorm[ií]|me qued[eé] dormid[oa]) (?:en medio del?|en|durante) (?:el |la )?|(?:eu )?(?:dormi|cochilei) (?:no meio d[oa]|durante o|no|na) "
     rf"|{_WHO_ID}(?:ketiduran|tertidur) (?:pas|waktu|saat|di)(?: nonton)? |nakatulog (?:ako|kami) (?:sa|habang)(?: (?:nanonood|nanunuod|pinapanood ko)(?: ng| sa)?)? "
     rf"|{_WHO_VI}ngủ quên (?:giữa|trong|ở|lúc xem|khi xem|khi đang xem) )", "fell asleep during "),  # ("ở tập 9", "me quedé dormida en el 9": watched58)
    # plans: "empiezo el 3 esta noche", "vou ver o último hoje", "nanti malam mau nonton eps 6": the one before is seen
    (r"^(?:(?:hoy|esta noche|hoy en la noche) )?(?:empiezo|veo|voy a (?:ver|empezar)|quiero (?:ver|empezar)|(?:eu )?(?:vou|quero)"
     r" (?:ver|assistir|come[cç]ar)) (?:el |la |o |a )?"
     # "eu hoje vejo o 6", "hoje de noite vejo o 6": tonight's plan (never "hoje vejo o jogo às 6"; watched76)
     r"|^(?:eu )?hoje(?: [aà] noite| de noite)? (?:eu )?(?:vejo|assisto) (?:o |a )?(?=(?:ep |epis[oó]dio )?\d{1,2}\b(?! ?(?:epis[oó]dios|eps)\b))", "gonna watch "),
    (r"^(?:natapos|tapos) na (?:ako|kami) (?:sa|ng) (?:ang |yung )?", "finished "),  # "tapos na ako sa ep 9"
    # a whole season finished: "tapos na s1", "tapos ko ulit s1" (again), "udah selesai season 1" (read as "finished s1")
    (rf"^(?:(?:natapos|tapos) (?:na |ko (?:na )?)(?:ulit )?(?:ang |yung )?|{_WHO_ID}(?:udah|sudah|udh|dah) (?:tamat|selesai|kelar|beres)"
     r"(?: nonton)? )(?=(?:s|season) ?\d)", "finished "),
    (rf"^(?:nanti mal[ae]m |ntar malem |malam ini )?{_WHO_ID}(?:mau|pengen|akan|bakal) (?:nonton|lanjut) "
     rf"|^(?:nanti mal[ae]m|ntar malem|malam ini) {_WHO_ID}(?:nonton|lanjut) ", "gonna watch "),
    (r"^mamaya(?:ng gabi)? (?:ko )?(?:panonoorin|papanoorin|manonood)(?: ko)? (?:ng |ang |yung )?", "gonna watch "),
    (r"^(?:baru |udah |sudah )?setengah (?:dari |nonton )?|^kalahati (?:na |pa lang |pa )?(?:ng|sa) ", "halfway through "),
    (rf"^{_WHO_ID}(?:baru|barusan) mulai (?:nonton )?|^(?:ka)?kasimula (?:ko )?(?:pa )?lang (?:ng |sa )?(?=(?:ep|episode) ?\d)", "just started "),
    # "no he empezado el 5", "belum mulai ep 5", "pas encore commencé l'épisode 5", "ainda não comecei o 5": not begun
    (r"^(?:a[uú]n |todav[ií]a )?no (?:he )?(?:empezado|comenzado|empec[eé]|comenc[eé]) (?:con )?(?:el |la )?"
     rf"|^{_WHO_ID}belum (?:mulai|mulai nonton) |^(?:je nai |jai )?(?:pas encore|toujours pas) commenc[eé] (?:l|la|le)? ?(?=[eé]p)"
     r"|^(?:eu )?(?:ainda )?n[aã]o comecei (?:o |a )?", "havent started "),
    # "no he pasado del 4": watched that far and no further
    (r"^(?:a[uú]n |todav[ií]a )?no (?:he pasado|pas[eé]) (?:del |de la |de )?", "havent watched past "),
    # a rewatch: "la estoy viendo otra vez", "estou revendo"
    (r"^(?:(?:la|lo) )?(?:estoy|estamos) (?:viendo|mirando)(?:la|lo)? (?:otra vez|de nuevo)|^(?:eu )?(?:estou|to|tô) (?:revendo|reassistindo)",
     "rewatching"),
    (r"^(?:voy|estoy|ando|estou|t[oô]) (?:a |en |na |no |por )?(?:la |a )?(?:mitad|metade) (?:d(?:el?|o|a)|of) ", "halfway through "),
    (r"^(?:je suis |jen suis )?(?:a|à) la moiti[eé] de (?:l|la )? ?", "halfway through "),
    (r"^(?:l[aà],? |moi,? )?(?:je suis|jen suis|je suis arriv[eé]e?) (?:a|à|au) (?:l|la )? ?", "on "),
    (r"^(?:jai )?(?:regard[eé]|vu) jusqu ?(?:a|à|au) (?:l|la )? ?", "watched up to "),
    (r"^(?:jai )?(?:fini|termin[eé]) (?:l|la|le )? ?(?=[eé]p)", "finished "),
    (r"^(?:je regarde|je suis en train de regarder) (?:l|la|le )? ?", "watching "),
    (r"^(?:ich (?:bin |war )?|(?:bin|war) |(?=bei ))(?:jetzt |gerade |grad |aber |erst |noch )*(?:bei|an) (?:der )?", "on "),
    (r"^(?:ich )?(?:bin )?mitten in (?:der )?", "in the middle of "),
    (rf"^{_WHO_VI}(?:đang )?(?:xem|coi) (?:tới|đến|den|toi) ", "watched up to "),
    (rf"^{_WHO_VI}(?:sắp|gần) (?:xem|coi) xong (?=(?:tập|tap|ep|episode) ?\d)", "almost finished "),  # "sắp xem xong tập 4" (watched64)
    (rf"^{_WHO_VI}(?:đã )?(?:xem|coi) xong (?=(?:tập|tap|ep|episode) ?\d)", "finished "),  # "xem xong tập 4 rồi" (watched63)
    (rf"^{_WHO_VI}(?:đang )?(?:xem|coi) ", "watching "),
    # "đang ở tập 4 phần 2": at (on) episode 4 (watched53); "đang tập 6": on it (watched62)
    # ("em tập 9 rồi": "em" alone the fan speaking to someone older, never "em mình", a younger sibling; "... còn mình
    # tập 5": "as for me", after someone else's place; watched75)
    (rf"^{_WHO_VI}(?:đang )?ở (?=(?:tập|tap|ep) ?\d)|^(?:còn )?(?:{_WHO_VI}đang|mình|tôi|tui|tớ|em) (?=(?:tập|tap|episode) ?\d{{1,2}}(?: rồi)?$)", "on "),
    (rf"^{_WHO_ID}(?:baru|udah|sudah|udh) (?:sampai|sampe|nyampe) (?:di |ke )?", "up to "),
    (rf"^{_WHO_ID}(?:lagi|masih|udah|sudah|baru) (?:di|nyampe) |^{_WHO_ID}(?:lagi|masih|udah|sudah|baru) (?=(?:(?:s|season) ?\d{{1,2}} )?(?:ep|eps|episode) ?\d)", "on "),
    (rf"^{_WHO_VI}(?:mới|vừa) (?:xem |coi )?(?=(?:tập|tap|ep|episode) ?\d)", "on "),  # "mình mới tập 4": only at 4
    (rf"^{_WHO_ID}(?:nonton|liat) (?:sampe|sampai|ampe) (?:ke )?", "watched up to "),
    (r"^(?:ya )?(?:vi|he visto|mir[eé]) hasta (?:el |la )?", "watched up to "),
    (r"^(?:eu )?(?:j[aá] )?(?:assisti|vi) at[eé] (?:o |a )?", "watched up to "),
    # a mark said with no verb, "hasta el cap 5", "até o ep 3": up to that episode (never English "ate": "ate ramen
    # while watching", "ate so much popcorn")
    (r"^(?:s[oó]lo |solo )?hasta (?:el |la )?|^(?:s[oó] )?at[eé] (?:o |a |os |as )?(?=\d|(?:ep|eps|episode|episodes|epis[oó]dios?|cap|caps"
     r"|final|fim|end|meio|metade|temporada|season|s ?\d|[uú]ltimo|pen[uú]ltimo)\b)", "up to "),
    # Tagalog "hanggang ep 5", Indonesian "sampai eps 4": the same mark said with no verb
    (rf"^(?:hanggang|hangang) (?:sa )?(?:ang |yung )?|^{_WHO_ID}(?:sampai|sampe|ampe) (?:di |ke )?", "up to "),
    (rf"^{_WHO_ID}(?:udah|sudah|udh|dah|baru) (?:nonton|liat|lihat) (?:sampe|sampai|ampe) (?:ke )?", "watched up to "),
    (r"^(?:ya )?(?:termin[eé]|acabo de terminar) (?:el |la |los )?", "finished "),  # ("acabo de terminar el 6": just finished)
    (r"^(?:eu )?(?:j[aá] )?(?:terminei|acabei de terminar) (?:o |a |os )?", "finished "),
    (r"^(?:natapos|tapos) ko na (?:ang |yung )?", "finished "),
    (r"^(?:ya )?(?:vi|he visto|mir[eé]) (?:los |las |el |la |(?:o |os )(?=ep|cap|\d))?", "watched "),  # "vi o ep 4"
    (r"^(?:eu )?(?:j[aá] )?(?:assisti|vi) (?:os |o |a |as )?", "watched "),
    (rf"^{_WHO_ID}(?:udah|sudah|udh|dah|baru) (?:nonton|liat|lihat) ", "watched "),
    # Tagalog "nanood ako ng ep 8": the past tense, watched (never "nanonood", watching, nor "manonood", a plan; watched70);
    # Indonesian "nonton ep 4 semalem": watched, said with a past day (alone, "nonton ep 4" may be a plan)
    (r"^nanood (?:ako |kami )?(?:ng |ang |yung )?(?=(?:ep|eps|episode|tập) ?\d)", "watched "),
    (r"^nanood (?:ako |kami )?(?:hanggang|hangang) (?:sa )?(?=(?:ep|eps|episode) ?\d)", "watched up to "),  # (watched71)
    (r"^(?:ako|aku) (?=(?:ep|episode) ?\d{1,2}(?: (?:pa lang|pa|lang|na|nih))?$)", "on "),  # "ako ep 4", "aku ep 3": I, on (watched71)
    (rf"^{_WHO_ID}nonton (?=(?:ep|eps|episode) ?\d.* (?:kemarin|kemaren|semalem|semalam|tadi malam|yesterday)$)", "watched "),
    (r"^(?:yo |eu )?(?:ahora |agora |hoy |ainda |todav[ií]a |a[uú]n )?(?:voy|estoy|ando|sigo|vou|estou|vamos|estamos|tamo|tamos) (?:en|por|no|na) (?:el |la |o |a )?|^yo (?:en|por) (?:el |la )?"
     r"|^(?:io )?(?:sono|sto) (?:alla |al |all ?)(?=season \d)", "on "),  # "sono alla 2, ep 3" (a season by its article)
    # "ahora el cap 4", "agora ep 2", "jetzt Folge 6", "ora all'episodio 5", "ero all'episodio 8": where the fan is (was)
    (r"^(?:y |e )?(?:ahora|agora|jetzt|ora|ero|adesso) (?:en |no |na |bei |all ?|al )?(?:el |la |o |a |der )?(?=(?:cap|ep|folge|episod)\w* ?\d)", "on "),
    (r"^(?:e )?(?:eu (?=hoje ))?(?:agora |hoje |ainda )?(?:eu )?(?:ainda )?(?:t[oô]|to) n[oa] |^(?:e )?eu n[oa] ", "on "),  # ("agora tô no ep 2": now; watched70)
    # ("sekarang baru mulai ep 5": just started it, below; watched64)
    (r"^(?:sekarang|skrg|skrng) (?:baru|barusan) mulai (?:nonton )?", "just started "),
    (r"^(?:(?:sekarang|skrg|skrng) (?:baru |barusan |udah |sudah )?|barusan )(?:selesai|kelar|beres) (?:nonton )?(?=(?:eps? |episode )\d)", "finished "),
    (r"^(?:sekarang|skrg|skrng) (?:lagi |udah |di |baru |masih )?", "on "),  # "sekarang ep 8", "sekarang baru ep 5": now on 8
    (rf"^{_WHO_ID}(?:lagi|sedang|lg|masih) (?:nonton|liat|lihat) ", "watching "),
    (r"^(?:nanonood|pinapanood) ko (?:ang |yung )?", "watching "),
    # "pinanood ko ang ep 4", "noong ika-9 ng marso ko pinanood ang ep 4": watched, on a day past (watched76)
    (r"^(?:noong (?:ika-?\d{1,2}(?: ng [a-z]+)?|[a-z]+ \d{1,2}),? ko (?:pinanood|napanood)|(?:pinanood|napanood) ko)(?: na)? (?:ang |yung )?"
     r"(?=(?:ep|episode) ?\d)", "watched "),
))
_WORDS = ((compile_later(r"\b(?:cap[ií]tulos|epis[oó]dios|episodyo|l?[eé]pisodes|folgen)\b"), "eps"),
          # "7話で止まってた", "7화에서 멈췄어": stopped at it, said last
          # "7話で止めてる", "停在第7集", "7. bölümde bıraktım", "bei Folge 7 aufgehört", "ep 7 pe ruk gaya tha": the same
          (compile_later(r"^(\d{1,2}) ?(?:話で(?:止まって(?:た|る)|止め(?:た|てる|ている))|화에서 (?:멈췄\w*|멈춤|끊었\w*))$"), r"stopped at ep \1"),
          (compile_later(r"^停在(?:了)? ?(?:第 ?|ep ?)?(\d{1,2}) ?集? ?了?$|^(?:ich )?(?:hab|habe) bei (?:der )?(?:folge|episode) (\d{1,2}) aufgeh[oö]rt$"
                         r"|^(?:ep|episode) ?(\d{1,2}) (?:pe|par) ruk (?:gaya|gayi|gai) (?:tha|thi)$"), r"stopped at ep \1\2\3"),
          (compile_later(r"^(?:on episode |(\d{1,2})\.? ?b[oö]l[uü]mde )(\d{1,2})? ?b[ıi]rakt[ıi]m$"), r"stopped at ep \1\2"),
          (compile_later(r"^หยด(?:ไว)?ท ?(?:ตอนท|episode) ?(\d{1,2})$|^stopped at (\d{1,2}) odcink(?:u|iem)$"), r"stopped at ep \1\2"),
          # "el año pasado", "l'an dernier", "tahun lalu": when the fan stopped, said last as "last year"
          (compile_later(r" (?:el año pasado|(?:no )?ano passado|lan dernier|lannée dernière|tahun lalu|letztes jahr|lanno scorso"
                         r"|geçen yıl|năm ngoái)$"), " last year"),
          (compile_later(r"(?<=\d) (?:bis|à|a|al|até|hasta|đến|tới) (?=(?:ep|episode|folge|tập|tap)? ?\d)"), " to "),
          (compile_later(r"\b(?:l?[eé]pisode|folge|tập)\b"), "episode"),
          (compile_later(r"\bminut[oe]s? (\d{1,3}) (?:do|del|de|da) "), r"\1 min into "),  # "parei no minuto 40 do ep 9"
          (compile_later(r" (?:doang|aja|saja|pa lang|lang|rồi)$"), ""),  # "only", "already": said of the place before it
          # "watched s2 ep 4 after work": when it was watched, after a verb that says so (alone, "ep 7 after work" is a plan)
          (compile_later(r"^((?:i |we )?(?:just |finally )?(?:watched|finished|saw|binged|completed)\b.*?) after (?:work|school|class|dinner|my shift)$"), r"\1 today"),
          (compile_later(r" (?:esta noche|hoy|hoje|hoje [aà] noite|mais tarde|m[aá]s tarde)$"), " tonight"),  # a plan's when
          (compile_later(r" (?:ontem|ayer|anoche|kahapon|kemarin|kemaren|gestern|hier|hôm qua|kagabi|semalam|semalem|tadi malam|tối qua"
                         r"|đêm qua)$"), " yesterday"),  # when watched ("kagabi", "semalam", "tối qua": last night, watched56)
          (compile_later(r"\b(?:del|do|dari|von) (?=\d{1,2} to \d)"), ""),  # "vi del 1 al 6": from 1 to 6
          (compile_later(r"\b(?:(?:o|el) )?[uú]ltimo(?: (?:epis[oó]dio|cap[ií]tulo|cap|ep))?\b"
                         r"|\b(?:eps?|episode|episodyo) terakhir\b|\bhuling (?:ep|episode|episodyo)\b|^最終(?:話|回)$"), "the last episode"),
          (compile_later(r"\b(?:con mi|com (?:a |o )?minh?a?|com meu) (?:novio|novia|namorad[oa]|herman[oa]|irm[aã]o?|mam[aãá]e?|amig[oa]s?|prim[oa]s?)\b"),
           "with my bf"),
          (compile_later(r"마지막 ?(?:한|1) ?([화회편])"), r"마지막 \1"),  # 마지막 한 화 남음: the last one left
          (compile_later(r"\b(?:cap[ií]tulo|epis[oó]dio|cap|episodio|b[oö]l[uü]m)\b"), "episode"),
          (compile_later(r"ตอนท? ?(?=\d)"), "episode "))  # "ตอนที่ 3", its marks dropped
# "vi hasta el cinco", "tô no episódio três": a Spanish or Portuguese number said after an episode word
_NUMBER_SAID = compile_later(r"\b(episode|ep|eps|up to|on) (?:el |o )?(" + "|".join(_NUMBERS) + r")\b")


# "第六話", "十二話": an episode numbered in kanji.
_KANJI_EP = compile_later(r"([一二三四五六七八九十]{1,3})\s*話")
# "看了三集", "慢两集": a count of episodes in Chinese numerals (never "第三集", an ordinal, nor "一集" alone, "an episode")
_ZH_COUNT = compile_later(r"(?<![第一二三四五六七八九十两兩])([两兩二三四五六七八九十]|十[一二]|[一二]十)\s*集")


def _kanji(number: str) -> str:
    """`number` in digits ("十二" -> "12"); a malformed one ("三三", "十十") stays as typed, so nothing reads it."""
    value = cjk_number(number)
    return number if value is None else str(value)


# A season said in other languages: "temporada 2", "2ª temporada" ("2a" once NFKC), "staffel 2", "saison 2", "stagione 2",
# "mùa 2", "sezon 2", "シーズン2", "第二季", "ซีซั่น 2" (marks dropped); "第3集" (episode 3, Chinese); "ep 4 da season 2".
_SEASON_WORDS = (
    # "odcinek 3 sezonu 2" (episode 3 of season 2): the season's number after it, never the episode's before it
    (compile_later(r"(?<!\w)(odcin(?:ek|ka|ku) \d{1,2}) sezon(?:u|ie) (\d{1,2})(?!\w)"), r"\1 season \2"),
    (compile_later(r"\b(?:temporada|staffel|saison|stagione|m[uù]a|sezon|musim) ?(\d{1,2})\b"), r"season \1"),
    (compile_later(r"\b(\d{1,2})\. ?b[oö]l[uü]m\b"), r"episode \1"),  # "3. bölüm": the third episode
    (compile_later(r"\b(\d{1,2})[oa] (episode|ep)\b"), r"\2 \1"),  # "o 3º episódio" ("3o" once NFKC): the third
    (compile_later(r"\b(\d{1,2}) ?(?:a|ª|nd|rd|th|e|eme|ème|\.)? (?:temporada|staffel|saison|stagione|sezon)\b"), r"season \1"),
    (compile_later(r"シーズン ?(\d{1,2}) ?の?|" + bare("ซีซั่น") + r" ?(\d{1,2})"), r"season \1\2 "),
    (compile_later(r"第 ?([一二三]|\d{1,2}) ?季 ?"), lambda found: f"season {cjk_number(found[1])} "),
    # Russian and Polish, their cases: "2 сезон", "сезона 2", "второй сезон", "2 sezonu", "drugiego sezonu"
    (compile_later(r"(?<!\w)(\d{1,2})(?:-?й|-?го|-?м)? сезон\w*|(?<!\w)сезон\w* (\d{1,2})(?!\d)|(?<!\w)(\d{1,2})\.? sezon(?:u|ie|em)(?!\w)"),
     r"season \1\2\3"),
    (compile_later(r"(?<!\w)(?:перв(?:ый|ого|ом)|pierwsz(?:y|ego|ym)) (?:сезон|sezon)\w*"), "season 1"),
    (compile_later(r"(?<!\w)(?:втор(?:ой|ого|ом)|drugi(?:ego|m)?) (?:сезон|sezon)\w*"), "season 2"),
    (compile_later(r"(?:第|(?<=season \d )|(?<=season \d\d )) ?(\d{1,2}) ?集"), r" ep \1 "),  # "第2季3集": its episode 3
    (compile_later(r"\b(?:da|de la|de|der|della|dello|dari|ng) (?=season \d)"), "of "),
    # A season's end said in other languages ("fim da 1ª temporada", "o final da temporada 1", "akhir season 1", "la fin de
    # la saison 1", "ende der staffel 1"): its last episode, as "end of season 1" is read (never "fine", English too).
    (compile_later(r"\b(?:(?:o|a|el|la|le|das) )?(?:fim|fin|final|akhir|ende) (?:of )?(?=season \d)"), "end of "),
    # "voy en el cap 3 de la 1", "tô no ep 4 da 1ª" ("1a" once NFKC): an episode of the season said by its number alone
    (compile_later(r"(?<=\d) (?:de la|da|della) ([12])a?$"), r" of season \1"),
    # ... or its last one ("voy en el último cap de la 1"), and "ep terakhir s1" (watched43)
    (compile_later(r"\b([uú]ltimo (?:cap[ií]tulo|cap|episodio|epis[oó]dio|ep)) (?:de la|da) ([12])a?$"), r"\1 of season \2"),
    (compile_later(r"(?<=terakhir) (?=season \d|s ?\d)"), " of "),
    # ... or by its short "T2" ("tô no ep 3 da t2", "cap 5 de la t2"), as "T2E3" is read
    (compile_later(r"(?<=\d) (?:de la|da|de|della) t ?([1-9])$"), r" of season \1"),
)
# "season 2 3話まで見た", "season 2, voy en el cap 3": a season said first, then a foreign form of its episode.
_SEASON_FIRST = compile_later(r"^(season \d{1,2})[\s,:の]+(?!ep |episode |e\d)(.+)$")
_YESTERDAY_FIRST = compile_later(r"^(?:昨日|昨夜|きのう|어제|어젯밤에?),? ?(?=season \d)"
                                 # "今日は5話まで見た", "昨日5話まで見た": the day, said before an episode seen (watched62); "私は8話まで
                                 # 見た": the fan (watched65)
                                 rf"|^(?:昨日|昨夜|きのう|今日|今朝|さっき|私|僕|俺|わたし|あたし|うち)(?:は)?,? ?(?={_JA_EP}(?:目)?(?:だけ|まで)?{_WATCHED_JA})")
# "私はseason 1の4話", "我还在season 1 ep 4": the fan named before their place in a season ("我还在": I'm still on).
_ME_FIRST = compile_later(r"^(?:(?:私|僕|俺|わたし|うち)は|我(?:还|還)?在) ?(?=season \d)")
# "temporada 2 cuando?? voy en el cap 5": a question, then a clause of its own (never that season's episode).
_ANOTHER_CLAUSE = compile_later(r"[?!,;]|\. ")


# A rewatch of one episode of a season, said first, and a whole season said finished at a clause's end, in Spanish,
# Japanese, Korean and Chinese ("viendo de nuevo el cap 3 de la temporada 1, ya terminé la 2", "シーズン1の3話を見返してる、
# シーズン2はもう見終わった", "시즌1 3화 다시 보는 중", "在重温第一季第3集"): said as English, the rest read as before
# (watched22). "la 2" is feminine, so "la temporada 2", never an episode ("el 2").
_REWATCH_ABROAD = tuple((compile_later(pattern), english) for pattern, english in (
    (r"^(?:estoy )?(?:viendo|mirando) (?:de nuevo|otra vez) el (?:cap[ií]tulo|cap|episodio|episode) (\d{1,2}) (?:de la|of) (season \d{1,2})",
     r"rewatching \2 ep \1"),
    (rf"^(season \d{{1,2}}) ?の?{_JA_EP}(?:を)?(?:見返して|見直して)(?:る|いる|ます)", r"rewatching \1 ep \2"),
    (r"^시즌 ?(\d{1,2}) (\d{1,2}) ?화 (?:다시 보는 ?중|재탕 ?중)", r"rewatching season \1 ep \2"),
    (r"^(?:我)?(?:在|正在)?(?:重温|重刷|重看) ?(season \d{1,2}) ?(?:第 ?(\d{1,2}) ?集|ep ?(\d{1,2}))", r"rewatching \1 ep \2\3"),
    (r"^(?:我)?(?:在|正在) ?(?=rewatching )", ""),  # "在重温第一季" once "重温" is said as "rewatching s1"
    (r"^(?:我)?(season \d{1,2}) ?(?:刚开始看|刚开始|开始看了|刚看)$", r"started \1"),  # "第二季刚开始看": just begun
    (r"(?<=, )(?:ya )?(?:termin[eé]|acab[eé]) la (\d{1,2})$", r"finished season \1"),
    (rf"(?<=[,、]) ?(season \d{{1,2}}) ?(?:は|を)?(?:もう)?(?:全部)?{_WATCHED_JA}$", r" finished \1"),
))


def foreign_said(text: str) -> str:
    """`text` (lower-case) said in English when it is one of the foreign forms above; else as it is."""
    for word, english in _SEASON_WORDS:
        text = word.sub(english, text)  # a template or a function
    text = plans_said(re.sub(r"\s+", " ", text).strip())  # "me dormí antes del cap 5", "esta noche empiezo la 2, cap 1"
    text = catching_up_said(text)  # "por fin me puse al día", "episode 5 tak dekh liya", "at the end of ep 6"
    for pattern, english in _REWATCH_ABROAD:
        text = pattern.sub(english, text, count=1)
    text = _ME_FIRST.sub(lambda found: "on " if "在" in found.group() else "", text)
    text = _YESTERDAY_FIRST.sub("", text)  # "昨日シーズン1見終わった": when, said before the season (watched56)
    first = _SEASON_FIRST.match(text)
    if first is not None and not _ANOTHER_CLAUSE.search(first[2]) and (rest := _foreign_said(first[2])) != first[2]:
        if rest.startswith(("episode ", "ep ")):  # "staffel 2 folge 6 fertig": its words only, said in order
            return f"{first[1]} {rest}"
        return with_season(rest, first[1])  # "watched up to ep 3 of season 2"
    return _foreign_said(text)


_LAST_YEAR_FIRST = compile_later(r"^(?:tahun lalu|去年|작년에?|el año pasado|ano passado|lan dernier|letztes jahr),? ?(?=\S)")
# "hoje à noite terminei o ep 6", "tối nay xem xong tập 6 rồi", "คืนนี้ดูจบตอนที่ 6 แล้ว": tonight, said first before a verb
# that says it was watched (a fact, when; never before a plan: "tối nay xem tập 9")
_TONIGHT_FIRST_SEEN = compile_later(r"^(?:hoje (?:[àa] )?noite|esta noche|tối nay|malam ini|ngayong gabi|today|yesterday|hari ini|" + bare("คืนนี้") + r"),? ?"
                                    r"(?=(?:eu )?(?:terminei|assisti|vi|termin[eé]|acab[eé]|(?:mình |tôi )?(?:xem|coi) xong|udah|sudah"
                                    r"|natapos|(?:i |we )?(?:just )?(?:finished|watched|saw)(?= (?:ep|episode) ?\d)|selesai(?= (?:eps?|episode) ?\d))\b|" + bare("ดูจบ") + ")")

# "kasama kapatid ko", "bareng adikku", "cùng em mình": with them, whom the fan watched with (the place is still the fan's:
# "nasa ep 7 na ako kasama kapatid ko"); never someone else's place ("nasa ep 10 na yung kaibigan ko": theirs; watched70)
_WITH_WHOM = (r"(?:kapatid|kuya|ate|pinsan|nanay|mama|tatay|papa|jowa|kaibigan|barkada|adik|adek|kakak|abang|pacar|temen|teman"
              r"|sepupu|ibu|ayah|em gái|em trai|em|anh|chị|bạn)(?:ku| ko| gue| gw| aku| mình| tôi)?")
_WITH_THEM = compile_later(rf" (?:kasama(?: ko)?|bareng|sama|cùng(?: với)?|với) (?:ang |si |yung |ng )?{_WITH_WHOM}"
                         r"(?=$|,| (?:kemarin|kemaren|semalem|semalam|tadi malam|kagabi|kahapon|yesterday)$)")
# "em tập 9 rồi anh ơi", "anh ơi em mới xem tập 3": Vietnamese calling whom the fan speaks to, no one's place (watched76)
_CALLED = compile_later(r"^(?:anh|chị|bạn|mọi người|ad) ơi,? (?=\S)|,? (?:anh|chị|bạn|mọi người|ad) ơi(?=$|,)")
_WITH_THEM_FIRST = compile_later(rf"^(?:kasama(?: ko)?|bareng) (?:ang |si |yung |ng )?{_WITH_WHOM},? (?=nanood|nonton|udah|sudah)"
                                 rf"|(?<=^mamayang gabi) kasama(?: ko)? (?:ang |si |yung |ng )?{_WITH_WHOM}(?= manonood)")  # (watched76)

# What is said of a whole season, put with the season it is said of: "halfway through season 2", "finished season 2",
# "watching the season 2 finale", "only the last ep of season 2 left"; anything else takes it after ("of season 2").
_OF_A_SEASON = {"halfway through": "halfway through {}", "finished the series": "finished {}", "finished it": "finished {}",
                "watched everything": "finished {}", "finished it again": "finished {} again",  # "シーズン2最終話まで見た": to that season's last episode
                "watching the finale": "watching the {} finale", "only the finale left": "only the last ep of {} left"}


def with_season(said: str, season: str) -> str:
    """`said` (an English form) said of `season` ("season 2")."""
    return _OF_A_SEASON[said].format(season) if said in _OF_A_SEASON else f"{said} of {season}"


def _foreign_said(text: str) -> str:
    text = _WITH_THEM.sub(" with my sis", _WITH_THEM_FIRST.sub("", _TONIGHT_FIRST_SEEN.sub("", _LAST_YEAR_FIRST.sub("", _CALLED.sub("", text)))))  # "去年7話で止まってた", "tahun lalu berhenti di ep 7": when, said first
    text = _KANJI_EP.sub(lambda found: f"{_kanji(found.group(1))}話", text)  # "第六話": episode 6
    text = _ZH_COUNT.sub(lambda found: f"{_kanji(found.group(1))}集", text)  # "看了三集": 3 episodes
    said = text = thai_said(text)
    sentence = next((found.expand(english) for pattern, english in _SENTENCES.for_text(text) if (found := pattern.match(text))), None)
    for pattern, english in () if sentence is not None else _LEADS.for_text(text):
        if (found := pattern.match(text)) is not None:
            text = english + text[found.end():]
            break
    text = text if sentence is None else sentence
    for word, english in _WORDS:
        text = word.sub(english, text)
    if sentence is not None or text != said:  # a foreign form was read: its numbers too
        text = _NUMBER_SAID.sub(lambda found: f"{found.group(1)} {_NUMBERS[found.group(2)]}", text)
    return text
