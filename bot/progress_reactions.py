"""The fan's own reaction to an episode, said as "watched ep N" (watched62): a reaction video filmed, posted or
uploaded by the fan ("my reaction to ep 8 is up on tiktok", "subí mi reacción al cap 8", "내 리액션 8화 올렸어",
"8話のリアクション動画あげた", "reaction ko sa ep 8 nasa yt na") is of an episode the fan has seen.

Only the shapes that say the reaction to the episode itself exists are read (watched66): the reaction ends the clause,
or only where it is posted or a laugh follows it. Anything else after it is asked again, never read as the episode:
a noun ("my reaction to ep 8 memes", "... thumbnail", "... spoilers"), a time ("before watching it", "tomorrow"), a
negation ("(haven't watched)"), another show ("of squid game", "呪術廻戦"), an aside in brackets. (watched63-65 listed
what is NOT the episode; such a list is never complete.)

Someone else's reaction ("my sister's reaction to ep 8", "watching reactions to ep 8") says nothing of the fan's place
(bot.progress_nothing_more).

Emoji after the reaction (watched67): only a laugh, tears, hearts or a cheer ("😂", "😭", "🔥", "🎉") may follow it; any
other says more ("🙅" no, "📅" a date, "🕐" a time, "❓" a question), so it is asked again. The chat cleaning drops emoji
before this reads, so `emoji_free` (its emoji step) keeps those after a reaction for `own_reaction_said` to refuse.

Plain text in (lower-cased by bot.progress_said.chat_free), plain text out; nothing here knows the show.
"""

from __future__ import annotations

import unicodedata

from bot.lazy_re import compile_later

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
# a laugh, each its own way ("lol", "jajaja", "kkkk", "rsrs", "wkwk", "555" (Thai), "ㅋㅋ", "笑", "www"), never followed by more letters
_LAUGH = r"(?>lol|lmao|lmfao|ha(?:ha)+h?|he(?:he)+|ja(?:ja)+j?|je(?:je)+|kk+|rs(?:rs)+|wk(?:wk)+w?|5{3,}|xd+|[ㅋㅎᄏᄒ]+|笑|草|w+|ｗ+)(?!\w)"
_SITE = r"(?:tiktok|tt|yt|youtube|ig|insta(?:gram)?|twitter|fb|facebook|my channel)"
# The emoji a fan's own reaction may end with: a laugh, tears, hearts, a cheer (the one list; any other is refused)
_CHEERS = frozenset("😂🤣😹😆😅😭🥹🥲💀🔥🎉🥳👏🙌❤♥🫶💕💖")
# What chat cleaning drops: emoji and other symbols ("So"), and their modifiers (skin tones), surrogates, combining marks
# ("\ufe0f"), never kept
_MARKS = ("Sk", "Cs", "Mn")
_DROPPED = ("So", *_MARKS)
# What may follow the reaction: where it is posted (in the languages the reactions above are said in), then laughs
# or a "!"; nothing else. (No "?"; an emoji left by `emoji_free` is one outside _CHEERS.)
_AFTER = compile_later(
    r"(?:\s+(?:(?:is |its |it's |it is )?(?:up|out|posted|uploaded)(?: now)?(?: on " + _SITE + r")?|on " + _SITE
    + r"|ya est[aá]|(?:ya )?(?:est[aá] |ta )?(?:en " + _SITE + r"|arriba)|(?:ya )?subida"  # "ya está (en youtube)"
    + r"|(?:j[aá] )?(?:t[aá] |est[aá] )?(?:no " + _SITE + r"|postada)"  # "já tá no tiktok"
    + r"|nasa " + _SITE + r" na|(?:naka-?)?(?:upload|post)(?:ed)? na"  # "nasa yt na"
    + r"|(?:udah|sudah|dah) (?:di ?upload|di ?post(?:ing)?|up|(?:ada )?di " + _SITE + r")"  # "udah di upload"
    + r"|đây|(?:mình )?(?:đã )?đăng (?:rồi|lên " + _SITE + r"(?: rồi)?)"  # "của mình đây", "đăng rồi"
    + r")|\s*(?:영상 ?)?(?:(?:유튜브|틱톡|인스타)에 ?)?(?:올렸(?:어요|어|다|음)|올림|업로드(?:했어요|했어|했다|함)|업뎃(?:했어|함)))?"
    r"(?:\s*(?:" + _LAUGH + r"|[(\[]\s*" + _LAUGH + r"\s*[)\]]|[!.~…]))*\s*"
)


def emoji_free(text: str) -> str:
    """`text` without emoji, save those after the fan's own reaction (above) outside _CHEERS, for `own_reaction_said`."""
    found = _OWN_REACTION.match(text)
    end = len(text) if found is None else found.end()
    return _dropped(text[:end]) + "".join(ch for ch in text[end:] if unicodedata.category(ch) not in _MARKS and ch not in _CHEERS)


def _dropped(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) not in _DROPPED)


def own_reaction_said(text: str) -> str:
    """`text` said as "watched ep N" when it is the fan's own reaction to episode N (above); else as it is, without
    the emoji `emoji_free` kept."""
    found = _OWN_REACTION.match(text)
    if found is None or _AFTER.fullmatch(text[found.end():]) is None:
        return _dropped(text)
    return f"watched ep {next(n for n in found.groupdict().values() if n is not None)}"
