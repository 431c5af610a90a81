"""The fan's own reaction to an episode, said as "watched ep N" (watched62): a reaction video filmed, posted or
uploaded by the fan ("my reaction to ep 8 is up on tiktok", "subí mi reacción al cap 8", "내 리액션 8화 올렸어",
"8話のリアクション動画あげた", "reaction ko sa ep 8 nasa yt na") is of an episode the fan has seen.

Someone else's reaction ("my sister's reaction to ep 8", "watching reactions to ep 8") says nothing of the fan's place
(bot.progress_nothing_more); a reaction still to come ("gonna post my reaction to ep 8 once i get there") is no place.

Plain text in (lower-cased by bot.progress_said.chat_free), plain text out; nothing here knows the show.
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.season2.sources.other_titles import OTHER_SHOWS

# What may follow the reaction: where it is, a laugh; never another number, a clause, a time still to come, the
# episode's show ("my reaction to ep 8 of squid game": another show's, maybe), nor what is no episode seen ("my reaction
# to ep 8 spoilers", "... (i haven't watched it)": watched63; "di ko pa napapanood", "todavía no lo he visto", "ainda não vi",
# "아직 안 봄": watched64).
_AFTER = compile_later(r"(?! (?:of|de|del|do|da|ng|ni)\b)(?!.*\b(?:when|once|after|if|gonna|going to|will|soon|later|tomorrow|tmrw|tonight|cuando|mañana|manana|pag|kapag"
          r"|bukas|nanti|besok|kalau|quando|amanhã|amanha|depois|ngày mai|tối nay|lát nữa|khi|sẽ|sắp|spoil\w*|trailers?|teasers?|previews?|promos?|leak\w*|predictions?|theor\w*"
          # (nor to what others made of it: a recap, a review, someone's reaction, behind the scenes, review64d)
          r"|recaps?|summar\w*|resumen|resumo|reviews?|reactions?|reacciones|bts|behind the scenes"
          r"|haven ?t|havent|havn ?t|hvnt|have not|not (?:seen|watched)|didn ?t|didnt|not yet|without|sin haber\w*|sin verlo|sem ter|sem ver|tanpa|tr[aá]iler|avance|pr[eé]via|bocoran"
          r"|belum|blm|belom|(?:hindi|hndi|hinde|hnd|di)(?: ko| ako)? pa?|wala pa|todav[ií]a no|a[uú]n no|n[io] lo he visto|ainda n[aã]o|nem (?:assisti|vi)|chưa)\b)"
          r"(?!.*(?:나중|내일|이따|明日|あとで|後で|예고|스포|予告|ネタバレ|아직|안 ?봄|안 ?봤|못 ?봄|못 ?봤|まだ|見てない|未視聴|未見))"
          # ("my reaction to ep 8 (squid game)", "(havnt watched)": an aside in brackets other than a laugh may be whose
          # show it is or that it is not seen yet; watched65)
          r"(?!.*[(\[](?!\s*(?:lol|lmao|haha\w*|jaja\w*|kk+|ㅋ+|ㅎ+|笑|w+)\s*[)\]]))[^\d,;]*$")
# Korean and Japanese said after the reaction: only that it is posted, or a laugh; any other word may be another show's
# title ("내 리액션 8화 오징어게임", "8話のリアクション動画あげた 呪術廻戦": watched65), so what is left must be none of them.
_CJK_POSTED = compile_later(r"올렸(?:어요|어|다|음)|올림|업로드\w*|업뎃|영상|[ㅋㅎ]+|笑|草|ｗ+")
_CJK = compile_later(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_OTHER_SHOW = compile_later(OTHER_SHOWS)
_OWN_REACTION = compile_later(
    # "my reaction to ep 8 is up", "just posted my reaction to ep 8 lol", "watching my reaction to ep 8 lol"
    r"^(?:i )?(?:just |finally )?(?:(?:posted|uploaded|filmed|recorded|made|dropped|edited|watching|rewatching|watched) )?"
    r"(?:my|our) reaction(?: video)? (?:to|of|for|on) (?:ep|episode|e) ?(?P<en>\d{1,2})\b"
    # "subí mi reacción al cap 8", "grabé mi reacción al ep 8", "mi reacción al 8 ya está en youtube"
    r"|^(?:ya )?(?:(?:sub[ií]|grab[eé]|hice|publiqu[eé]|editando|edit[eé]) )?mi reacci[oó]n (?:al?|del?) (?:cap(?:[ií]tulo)? |ep |episodio )?"
    r"(?P<es>\d{1,2})\b"
    # "minha reação ao ep 8 já tá no tiktok", "gravei minha reação ao ep 8"
    r"|^(?:(?:postei|gravei|subi|fiz) )?minha rea[cç][aã]o (?:ao|do|no) (?:ep |epis[oó]dio )?(?P<pt>\d{1,2})\b"
    # "reaction ko sa ep 8 nasa yt na", "reaksi aku ke ep 8 udah di upload"
    r"|^(?:yung )?(?:reaction|reaksyon) ko sa (?:ep |episode )?(?P<tl>\d{1,2})\b"
    r"|^(?:video )?(?:reaksi|reaction|react) (?:aku|gue|gw|saya) (?:ke|buat|untuk|di|pas) (?:eps? |episode )?(?P<id>\d{1,2})\b"
    # "video reaction tập 8 của mình đây" (said "episode 8" by then; watched63)
    r"|^(?:video )?(?:reaction|react) (?:tập |ep |episode )(?P<vi>\d{1,2}) của (?:mình|tôi|tui|tớ)\b"
    # "내 리액션 8화 올렸어", "제 8화 리액션 영상 올렸어요"
    r"|^(?:내|제|나의) (?:리액션 ?(?:영상)? ?(?P<ko>\d{1,2}) ?화|(?P<ko2>\d{1,2}) ?화 ?리액션)"
    # "8話のリアクション動画あげた": posted by the fan ("あげた", "撮った")
    r"|^第?(?P<ja>\d{1,2}) ?話の ?リアクション(?:動画)?(?:を)? ?(?:あげた|上げた|撮った|投稿した|アップした)"
)


def own_reaction_said(text: str) -> str:
    """`text` said as "watched ep N" when it is the fan's own reaction to episode N (above); else as it is."""
    found = _OWN_REACTION.match(text)
    if found is None or _AFTER.match(tail := text[found.end():]) is None or _CJK.search(_CJK_POSTED.sub("", tail)):
        return text
    if _OTHER_SHOW.search(tail):  # "my reaction to ep 8 squid game": another show's episode, maybe
        return text
    return f"watched ep {next(n for n in found.groupdict().values() if n is not None)}"
