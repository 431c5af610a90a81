"""Who loves whom, in each asker's language: the content pack's romance bonds ("secretly in love with On-jo", "Su-hyeok's
love interest; they kiss") and the ties said beside them (neighbours, best friends), translated from their EXACT
English words as the pack texts are (season2_pack_texts); and the leads that say what the sources leave out ("My
sources don't say whether X and Y end up together"). A bond a moderator edits is said in English, as true as before,
until its translation is written again. Names stay as the fact sheet spells them (romanized), in Hangul for Korean
askers (the Korean sentences name the characters so; the one a line is about is named by story_phrases).
"""

from __future__ import annotations

#: English bond text -> its words in each asker's language (bot/content/characters.yaml's relationships).
BONDS: dict[str, dict[str, str]] = {
    "has a crush on Su-hyeok": {
        "ko": "수혁을 짝사랑해요",
        "ja": "Su-hyeok に片思いしている", "zh": "暗恋 Su-hyeok",
        "es": "está colada por Su-hyeok", "pt": "tem uma queda por Su-hyeok", "id": "naksir Su-hyeok",
        "fr": "a le béguin pour Su-hyeok", "de": "ist in Su-hyeok verknallt",
    },
    "the boy On-jo has a crush on": {
        "ko": "온조가 짝사랑하는 남자아이",
        "ja": "On-jo が片思いしている男の子", "zh": "On-jo 暗恋的男生",
        "es": "el chico por el que On-jo está colada", "pt": "o garoto por quem On-jo tem uma queda",
        "id": "cowok yang ditaksir On-jo",
        "fr": "le garçon pour qui On-jo a le béguin", "de": "der Junge, in den On-jo verknallt ist",
    },
    "secretly in love with On-jo": {
        "ko": "온조를 몰래 좋아해요",
        "ja": "ひそかに On-jo に恋している", "zh": "偷偷喜欢着 On-jo",
        "es": "está enamorado en secreto de On-jo", "pt": "é secretamente apaixonado por On-jo",
        "id": "diam-diam jatuh cinta pada On-jo",
        "fr": "est secrètement amoureux d'On-jo", "de": "ist heimlich in On-jo verliebt",
    },
    "the girl Cheong-san is in love with": {
        "ko": "청산이 좋아하는 여자아이",
        "ja": "Cheong-san が恋している女の子", "zh": "Cheong-san 喜欢的女生",
        "es": "la chica de la que Cheong-san está enamorado", "pt": "a garota por quem Cheong-san é apaixonado",
        "id": "cewek yang dicintai Cheong-san",
        "fr": "la fille dont Cheong-san est amoureux", "de": "das Mädchen, in das Cheong-san verliebt ist",
    },
    "falls for Nam-ra; they kiss": {
        "ko": "남라에게 반하고, 두 사람은 키스해요",
        "ja": "Nam-ra に惹かれ、二人はキスをする", "zh": "爱上了 Nam-ra，两人接吻",
        "es": "se enamora de Nam-ra; se besan", "pt": "fica apaixonado por Nam-ra; os dois trocam um beijo",
        "id": "jatuh hati pada Nam-ra; mereka berciuman",
        "fr": "tombe amoureux de Nam-ra ; ils s'embrassent", "de": "verliebt sich in Nam-ra; sie küssen sich",
    },
    "Su-hyeok's love interest; they kiss": {
        "ko": "수혁이 좋아하는 상대이고, 두 사람은 키스해요",
        "ja": "Su-hyeok の想い人で、二人はキスをする",
        "zh": "Su-hyeok 的心上人，两人接吻", "es": "la chica de la que Su-hyeok se enamora; se besan",
        "pt": "a garota por quem Su-hyeok é apaixonado; os dois trocam um beijo", "id": "gebetan Su-hyeok; mereka berciuman",
        "fr": "celle dont Su-hyeok tombe amoureux ; ils s'embrassent", "de": "Su-hyeoks große Liebe; sie küssen sich",
    },
    "falls for Ha-ri and confesses in the gym": {
        "ko": "하리에게 반해 체육관에서 고백해요",
        "ja": "Ha-ri に惹かれ、体育館で告白する", "zh": "喜欢上 Ha-ri，并在体育馆里表白",
        "es": "se enamora de Ha-ri y se le declara en el gimnasio", "pt": "fica apaixonado por Ha-ri e declara o que sente no ginásio",
        "id": "jatuh hati pada Ha-ri dan menyatakan perasaannya di gedung olahraga",
        "fr": "tombe amoureux de Ha-ri et se déclare au gymnase", "de": "verliebt sich in Ha-ri und gesteht es ihr in der Turnhalle",
    },
    "the girl Dae-su falls for and confesses to in the gym": {
        "ko": "대수가 반해 체육관에서 고백하는 상대",
        "ja": "Dae-su が惹かれ、体育館で告白する相手の女の子",
        "zh": "Dae-su 喜欢上并在体育馆里表白的女生",
        "es": "la chica de la que Dae-su se enamora y a la que se declara en el gimnasio",
        "pt": "a garota por quem Dae-su fica apaixonado e a quem ele declara o que sente no ginásio",
        "id": "cewek yang disukai Dae-su dan yang ia tembak di gedung olahraga",
        "fr": "la fille dont Dae-su tombe amoureux et à qui il se déclare au gymnase", "de": "das Mädchen, in das sich Dae-su verliebt und dem er in der Turnhalle seine Gefühle gesteht",
    },
    # the ties said first beside a couple asked of ("onjo y cheongsan son novios?")
    "Cheong-san's next-door neighbour": {
        "ko": "청산의 옆집에 살아요",
        "ja": "Cheong-san の隣の家に住んでいる", "zh": "Cheong-san 的隔壁邻居",
        "es": "la vecina de al lado de Cheong-san", "pt": "a vizinha de porta de Cheong-san", "id": "tetangga sebelah Cheong-san",
    },
    "On-jo's next-door neighbour": {
        "ko": "온조의 옆집에 살아요",
        "ja": "On-jo の隣の家に住んでいる", "zh": "On-jo 的隔壁邻居",
        "es": "el vecino de al lado de On-jo", "pt": "o vizinho de porta de On-jo", "id": "tetangga sebelah On-jo",
    },
    "On-jo's best friend since childhood": {
        "ko": "어릴 때부터 온조의 절친이에요",
        "ja": "子どもの頃からの On-jo の親友", "zh": "On-jo 从小到大最好的朋友",
        "es": "el mejor amigo de On-jo desde la infancia", "pt": "o melhor amigo de On-jo desde a infância",
        "id": "sahabat On-jo sejak kecil",
    },
    "Cheong-san's childhood best friend": {
        "ko": "청산의 어릴 적 절친이에요",
        "ja": "Cheong-san の幼なじみで親友", "zh": "Cheong-san 的青梅竹马和最好的朋友",
        "es": "la mejor amiga de la infancia de Cheong-san", "pt": "a melhor amiga de infância de Cheong-san",
        "id": "sahabat masa kecil Cheong-san",
    },
}

#: English event text -> its words in each asker's language: the romance a character's story tells beside a couple.
EVENTS: dict[str, dict[str, str]] = {
    "He confesses his feelings to On-jo on the roof.": {
        "ko": "옥상에서 온조에게 마음을 고백해요.",
        "ja": "屋上で On-jo に想いを打ち明ける。", "zh": "在楼顶向 On-jo 表白心意。",
        "es": "En la azotea le confiesa a On-jo lo que siente.", "pt": "No terraço, ele conta a On-jo o que sente.",
        "id": "Di atap ia mengungkapkan perasaannya kepada On-jo.",
        "fr": "Sur le toit, il avoue ses sentiments à On-jo.", "de": "Auf dem Dach gesteht er On-jo seine Gefühle.",
    },
    "She holds back her hunger and shares a kiss with Su-hyeok.": {
        "ko": "굶주림을 참고 수혁과 키스해요.",
        "ja": "飢えをこらえ、Su-hyeok とキスをする。", "zh": "她克制住饥饿，和 Su-hyeok 接吻。",
        "es": "Contiene su hambre y se besa con Su-hyeok.", "pt": "Ela segura a fome e troca um beijo com Su-hyeok.",
        "id": "Ia menahan rasa laparnya dan berciuman dengan Su-hyeok.",
        "fr": "Elle retient sa faim et embrasse Su-hyeok.", "de": "Sie hält ihren Hunger zurück und küsst Su-hyeok.",
    },
}

# "My sources don't say whether {x} and {y} end up together. What they do say:"
_UNSAID_TOGETHER = {
    "ko": "{x}, {y} 두 사람이 결국 이어지는지는 출처에 나오지 않아요. 출처에 나오는 건 이거예요:",
    "ja": "{x} と {y} が最終的に結ばれるかは情報源に書かれていません。書かれているのは次のとおりです：",
    "zh": "资料来源没有说 {x} 和 {y} 最后是否在一起。资料来源说的是：",
    "es": "Mis fuentes no dicen si {x} y {y} terminan juntos. Lo que sí dicen:",
    "pt": "As minhas fontes não dizem se {x} e {y} ficam juntos. O que elas dizem:",
    "id": "Sumberku tidak menyebut apakah {x} dan {y} akhirnya jadian. Yang mereka sebut:",
    "fr": "Mes sources ne disent pas si {x} et {y} finissent ensemble. Ce qu'elles disent :",
    "de": "Meine Quellen sagen nicht, ob {x} und {y} am Ende zusammenkommen. Was sie sagen:",
}
# "My sources don't say that {x} likes {y}. What they do say:"
_UNSAID_LIKES = {
    "ko": "{x}의 마음이 {y}에게 있다는 말은 출처에 없어요. 출처에 나오는 건 이거예요:",
    "ja": "{x} が {y} を好きだとは情報源に書かれていません。書かれているのは次のとおりです：",
    "zh": "资料来源没有说 {x} 喜欢 {y}。资料来源说的是：",
    "es": "Mis fuentes no dicen que a {x} le guste {y}. Lo que sí dicen:",
    "pt": "As minhas fontes não dizem que {x} gosta de {y}. O que elas dizem:",
    "id": "Sumberku tidak menyebut bahwa {x} suka {y}. Yang mereka sebut:",
    "fr": "Mes sources ne disent pas que {x} aime {y}. Ce qu'elles disent :",
    "de": "Meine Quellen sagen nicht, dass {x} {y} mag. Was sie sagen:",
}
_UNSAID = {"unsaid_together": _UNSAID_TOGETHER, "unsaid_likes": _UNSAID_LIKES}


def bond_text(lang: str, name: str, said: str, verdict: str = "") -> str | None:
    """"{name} — {said}" in `lang` (after `verdict`, already in `lang`), or None when `said` has no translation."""
    bond = BONDS.get(said, {}).get(lang)
    if bond is None:
        return None
    gap = "" if not verdict or lang in ("ja", "zh") else " "
    return f"{verdict}{gap}{name} \u2014 {bond}"


def event_text(lang: str, name: str, said: str) -> str | None:
    """"{name}: {said}" (a romance their story tells) in `lang`, or None when `said` has no translation."""
    event = EVENTS.get(said, {}).get(lang)
    return None if event is None else f"{name}{'：' if lang in ('ja', 'zh') else ': '}{event}"


def unsaid_text(lang: str, kind: str, x: str, y: str) -> str | None:
    """What the sources leave out of two characters (`kind`: "unsaid_together", "unsaid_likes") in `lang`."""
    said = _UNSAID.get(kind, {}).get(lang)
    return None if said is None else said.format(x=x, y=y)
