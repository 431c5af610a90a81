"""The words around an answer worded in the asker's language (bot.lore.answer.asker_language): its title and the line
saying what its channel or the reader's /progress lets it show, so a Portuguese answer does not end on an English
sentence (its confidence note is season2_phrases.chrome_words', the one table of labels around an answer). English
stays what cogs/lore/render.py has always said; the button's name is quoted as Discord shows it ("Show me
privately")."""

from __future__ import annotations

from bot.show import NOTHING, Position


def episode_label(lang: str, at: Position) -> str:
    """`Position.label` in another language: "temporada 1, episódio 3", "시즌 1 3화"."""
    if at == NOTHING:
        return _WORDS[lang]["nothing"]
    whole = at.label.startswith("all of season")  # a season's last episode whichever it turns out to be
    return _WORDS[lang]["whole" if whole else "episode"].format(s=at.season, e=at.episode)


_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "title": "Antwort", "channel": "Kanal", "thread": "Thread", "episode": "Staffel {s}, Folge {e}",
        "whole": "das Ende von Staffel {s}", "nothing": "noch nichts",
        "all": "In diesem {place} darf über alles bis {label} gesprochen werden.",
        "none": "Dieser {place} hat keine Spoiler-Markierung, darum sind hier alle Spoiler versteckt.",
        "up_to": "In diesem {place} sind Spoiler bis {label} erlaubt; spätere sind versteckt.",
        "privately": "„Show me privately“ zeigt die Antwort passend zu deinem /progress.",
        "you_all": "Alles wird gezeigt (bis {label}).",
        "you_none": "Alle Spoiler sind versteckt. Sag mit /progress, wie weit du geschaut hast.",
        "you_up_to": "Nur Spoiler bis {label} werden gezeigt; spätere sind versteckt.",
    },
    "fr": {
        "title": "Réponse", "channel": "salon", "thread": "fil", "episode": "l'épisode {e} de la saison {s}",
        "whole": "la fin de la saison {s}", "nothing": "rien pour l'instant",
        "all": "Dans ce {place}, on peut parler de tout jusqu'à {label}.",
        "none": "Ce {place} n'a pas de marque de spoilers : tous les spoilers y sont cachés.",
        "up_to": "Dans ce {place}, les spoilers jusqu'à {label} sont permis ; les suivants sont cachés.",
        "privately": "« Show me privately » montre la réponse selon ton /progress.",
        "you_all": "Tout est montré (jusqu'à {label}).",
        "you_none": "Tous les spoilers sont cachés. Utilise /progress pour dire jusqu'où tu as regardé.",
        "you_up_to": "Seuls les spoilers jusqu'à {label} sont montrés ; les suivants sont cachés.",
    },
    "pt": {
        "title": "Resposta", "channel": "canal", "thread": "tópico", "episode": "o episódio {e} da temporada {s}",
        "whole": "o fim da temporada {s}", "nothing": "nada ainda",
        "all": "Este {place} pode falar de tudo até {label}.",
        "none": "Este {place} não tem marca de spoiler, então todo spoiler fica escondido aqui.",
        "up_to": "Neste {place}, spoilers até {label} podem aparecer; os posteriores ficam escondidos.",
        "privately": "“Show me privately” mostra a resposta conforme o seu /progress.",
        "you_all": "Tudo é mostrado (até {label}).",
        "you_none": "Todo spoiler fica escondido. Use /progress para dizer até onde você assistiu.",
        "you_up_to": "Só aparecem spoilers até {label}; os posteriores ficam escondidos.",
    },
    "es": {
        "title": "Respuesta", "channel": "canal", "thread": "hilo", "episode": "el episodio {e} de la temporada {s}",
        "whole": "el final de la temporada {s}", "nothing": "nada todavía",
        "all": "En este {place} se puede hablar de todo hasta {label}.",
        "none": "Este {place} no tiene marca de spoilers, así que aquí se ocultan todos.",
        "up_to": "En este {place} se permiten spoilers hasta {label}; los posteriores se ocultan.",
        "privately": "“Show me privately” muestra la respuesta según tu /progress.",
        "you_all": "Se muestra todo (hasta {label}).",
        "you_none": "Se ocultan todos los spoilers. Usa /progress para indicar hasta dónde has visto.",
        "you_up_to": "Solo se muestran spoilers hasta {label}; los posteriores se ocultan.",
    },
    "id": {
        "title": "Jawaban", "channel": "channel", "thread": "thread", "episode": "season {s}, episode {e}",
        "whole": "seluruh season {s}", "nothing": "belum ada",
        "all": "Di {place} ini semuanya boleh dibahas sampai {label}.",
        "none": "{Place} ini belum punya tanda spoiler, jadi semua spoiler disembunyikan di sini.",
        "up_to": "Di {place} ini spoiler sampai {label} boleh dibahas; spoiler setelahnya disembunyikan.",
        "privately": "“Show me privately” menampilkan jawaban sesuai /progress kamu.",
        "you_all": "Semua ditampilkan (sampai {label}).",
        "you_none": "Semua spoiler disembunyikan. Pakai /progress untuk mencatat sampai mana kamu nonton.",
        "you_up_to": "Spoiler setelah {label} disembunyikan.",
    },
    "tl": {
        "title": "Sagot", "channel": "channel", "thread": "thread", "episode": "season {s}, episode {e}",
        "whole": "buong season {s}", "nothing": "wala pa",
        "all": "Sa {place} na ito, puwedeng pag-usapan ang lahat hanggang {label}.",
        "none": "Walang spoiler marker ang {place} na ito, kaya nakatago rito ang lahat ng spoiler.",
        "up_to": "Sa {place} na ito, puwede ang spoiler hanggang {label}; nakatago ang mga kasunod.",
        "privately": "Ipinapakita ng “Show me privately” ang sagot ayon sa /progress mo.",
        "you_all": "Ipinapakita ang lahat (hanggang {label}).",
        "you_none": "Nakatago ang lahat ng spoiler. Gamitin ang /progress para sabihin kung hanggang saan ka na.",
        "you_up_to": "Nakatago ang mga spoiler pagkatapos ng {label}.",
    },
    "ko": {
        "title": "답변", "channel": "채널", "thread": "스레드", "episode": "시즌 {s} {e}화", "whole": "시즌 {s} 전체",
        "nothing": "아직 없음",
        "all": "이 {place}에서는 {label}까지 모두 이야기할 수 있어요.",
        "none": "이 {place}에는 스포일러 표시가 없어서 모든 스포일러를 가려요.",
        "up_to": "이 {place}에서는 {label}까지 스포일러가 괜찮고, 그 뒤는 가려요.",
        "privately": "“Show me privately”를 누르면 내 /progress에 맞춘 답을 볼 수 있어요.",
        "you_all": "모두 보여 줘요({label}까지).",
        "you_none": "모든 스포일러를 가려요. /progress로 어디까지 봤는지 알려 주세요.",
        "you_up_to": "{label} 이후의 스포일러는 가려요.",
    },
    "ja": {
        "title": "回答", "channel": "チャンネル", "thread": "スレッド", "episode": "シーズン{s} 第{e}話",
        "whole": "シーズン{s}全話", "nothing": "まだなし",
        "all": "この{place}では{label}まで何でも話せます。",
        "none": "この{place}にはネタバレの目安がないので、ネタバレはすべて隠します。",
        "up_to": "この{place}は{label}までネタバレOKです。それより後は隠します。",
        "privately": "「Show me privately」で自分の/progressに合わせた答えを見られます。",
        "you_all": "すべて表示しています（{label}まで）。",
        "you_none": "ネタバレはすべて隠しています。/progressでどこまで見たか設定してください。",
        "you_up_to": "{label}より後のネタバレは隠しています。",
    },
    "zh": {
        "title": "回答", "channel": "频道", "thread": "子区", "episode": "第{s}季 第{e}集", "whole": "第{s}季全部",
        "nothing": "尚无",
        "all": "本{place}可以讨论到{label}为止的所有内容。",
        "none": "本{place}没有剧透标记，所以这里隐藏所有剧透。",
        "up_to": "本{place}到{label}为止可以剧透，之后的内容会被隐藏。",
        "privately": "点「Show me privately」可按你自己的 /progress 查看答案。",
        "you_all": "全部显示（到{label}为止）。",
        "you_none": "所有剧透都已隐藏。用 /progress 设置你看到哪里。",
        "you_up_to": "{label}之后的剧透已隐藏。",
    },
}


def worded(lang: str) -> bool:
    """Whether the words around an answer are said in `lang` (else in English)."""
    return lang in _WORDS


def title(lang: str) -> str:
    return _WORDS[lang]["title"]


def gate_line(lang: str, progress: Position, latest: Position, *, public: bool, place: str) -> str:
    """What the reply's gate shows, as cogs/lore/render.py's English footer says it, in `lang`."""
    words = _WORDS[lang]
    where = words.get(place, words["channel"])
    label = episode_label(lang, latest if progress >= latest else progress)
    if public:
        state = "all" if progress >= latest else "none" if progress == NOTHING else "up_to"
        said = words[state].format(place=where, Place=where[:1].upper() + where[1:], label=label)
        return f"{said} {words['privately']}" if lang not in ("ja", "zh") else said + words["privately"]
    state = "you_all" if progress >= latest else "you_none" if progress == NOTHING else "you_up_to"
    return words[state].format(label=label)
