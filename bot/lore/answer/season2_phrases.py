"""The words of season 2's timing answers (when, is it out, what time, the date, the window), in
English and in each asker's language (bot.lore.answer.asker_language).

English is what the answers have always said, word for word; the other languages say the same
things at the same confidence: a verdict resting on a report is hedged ("Reportedly, no." /
"보도에 따르면, 아니요."), a rumour gives no verdict, "as of <day>" and the sources stay. The status
answers (season2_status.py) take their sentences from here; pack texts those answers quote (the
episode count not announced, the fan-made trailers) are in `PACK_TEXTS`, each translated from its
exact English words, so an edited record is said in English rather than in an outdated translation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

_EN_CHROME = {
    "episode": "season 2, episode {n}",
    "episode_not_out": "Season 2 has not come out yet, and no source lists its episodes: I know nothing of {episode}.",
    "episode_unlisted": "Season 2 is out, but no source lists its episodes yet: I know nothing of {episode}.",
    "sources": "Sources: ",
    "reported_note": "Confidence: reported, not official.",
    "rumour_note": "Confidence: rumour.",
}


@dataclass(frozen=True)
class TimingWords:
    """One language's sentences; `{day}`, `{when}`, `{window}`, `{publisher}` are filled in."""

    verdicts: dict[str, str]  # the English verdict -> this language's ("Not yet." -> "아직이에요.")
    reported: dict[str, str]  # the same verdicts resting on a report ("Reportedly, no.")
    rumour_verdict: str
    hedges: dict[str, str]  # confidence -> the word in "(reported)"
    as_of: str
    no_date: str
    no_date_withdrawn: str
    no_date_one_out: str
    release_date: str
    set_on: str
    came_out: str
    since: str
    status_heading: str
    hedged_heading: str
    delayed: str
    had_date: str
    had_date_delayed: str
    had_date_none: str
    window_heading: str
    window: str
    window_official: str
    window_reported: str
    one_source: str
    one_source_moved: str
    estimate_heading: str
    earlier_heading: str
    estimate: str
    end: str
    milestones: dict[str, str] = field(default_factory=dict)
    plain_heading: str = "{heading}: {sentence}"
    # in front of a line resting on a report or a rumour that does not say so itself (result._LABELS)
    labels: dict[str, str] = field(default_factory=lambda: {"reported": "Reportedly: ", "rumour": "Rumour: "})
    gap: str = " "  # between a verdict and the sentence after it (none in Japanese and Chinese)
    comma: str = ", "  # between the notes of a heading ("(rumour, 10 January 2026)")
    # whether an episode of season 2 is out before any source lists them (episodes.py), and the labels Discord shows
    # around an answer (cogs/lore/render.py): "Sources: " before a card's sources, the confidence note in the footer
    chrome: dict[str, str] = field(default_factory=lambda: dict(_EN_CHROME))

    def labelled(self, text: str, confidence: str) -> str:
        """`text` with the label its confidence puts in front of it ("Reportedly: ...")."""
        return self.labels.get(confidence, "") + text

    def headed(self, heading: str, confidence: str, sentence: str) -> str:
        """`sentence` under `heading`, with its confidence's word when it rests on a report or a rumour."""
        hedge = self.hedges.get(confidence)
        return (self.hedged_heading if hedge else self.plain_heading).format(heading=heading, hedge=hedge, sentence=sentence)

    def verdict(self, english: str, confidence: str = "official") -> str:
        """`english` ("Yes.", "Not yet.") in this language, as sure as `confidence` (see
        wording.hedged_verdict: a rumour gives no verdict)."""
        if confidence == "rumour":
            return self.rumour_verdict
        return (self.reported if confidence == "reported" else self.verdicts).get(english, english)


_VERDICTS = ("Yes.", "No.", "Not yet.", "Not confirmed.", "Not confirmed yet.")

EN = TimingWords(
    verdicts={v: v for v in _VERDICTS},
    reported={v: "Reportedly, " + v[:1].lower() + v[1:] for v in _VERDICTS},
    rumour_verdict="Only a rumour so far:",
    hedges={"reported": "reported", "rumour": "rumour"},
    as_of=" as of {day}",
    no_date="No release date for season 2 has been announced{as_of}; it has not come out.",
    no_date_withdrawn=("No release date for season 2 stands now: the date announced earlier was withdrawn when season 2 "
                       "was delayed on {day}; it has not come out."),
    no_date_one_out=("No release date for season 2 has been announced{as_of}, and only one source, "
                     "{publisher}, says it is out (since {day})."),
    release_date="Season 2's release date is {when}{set_on}.",
    set_on=" (set on {day})",
    came_out="Season 2 came out on {when}.",
    since=" (since {day})",
    status_heading="Where things stand now",
    hedged_heading="{heading} ({hedge}): {sentence}",
    delayed="; a delay was announced on {day}",
    had_date="Season 2 had a release date",
    had_date_delayed=", but it was delayed on {day} with no new date yet",
    had_date_none=", but none stands now",
    window_heading="Release window",
    window="{heading}: season 2 is expected in {window}, a window, not a date.",
    window_official="Yes, that is the official window ({window}), though no day is set yet.",
    window_reported="Reportedly, that is the window ({window}), though no day is set yet.",
    one_source=("Not confirmed yet, one source: {publisher} gives {when} for season 2; a date stands once Netflix or "
                "a second independent source says so."),
    one_source_moved=("Not confirmed yet, one source: {publisher} now gives {when}; the date that stands is {standing} "
                      "until Netflix or a second source says otherwise."),
    estimate_heading="Unofficial estimate",
    earlier_heading="Earlier",
    estimate="season 2 is expected in {window}",
    end=".",
    milestones={
        "rumoured": "Season 2 is only rumoured",
        "renewed": "Season 2 has been renewed",
        "pre_production": "Season 2 is in pre-production",
        "casting": "Season 2 is being cast",
        "filming": "Season 2 is filming",
        "filming_wrapped": "Filming of season 2 has wrapped",
        "post_production": "Season 2 is in post-production",
        "teaser": "A teaser for season 2 has been announced or released",
        "trailer": "A trailer for season 2 has been announced or released",
        "release_date_announced": "Season 2 has a release date",
        "released": "Season 2 is out",
        "cancelled": "Season 2 was cancelled",
    },
)

KO = TimingWords(
    labels={"reported": "보도에 따르면: ", "rumour": "소문: "},
    chrome={"episode": "시즌2 {n}화", "episode_not_out": "시즌2는 아직 공개되지 않았고, 에피소드 목록을 전하는 곳도 없어요. {episode}에 대해서는 아는 게 없어요.",
            "episode_unlisted": "시즌2는 공개됐지만, 아직 에피소드 목록을 전하는 곳이 없어요. {episode}에 대해서는 아는 게 없어요.",
            "sources": "출처: ", "reported_note": "신뢰도: 공식이 아닌 보도예요.", "rumour_note": "신뢰도: 소문이에요."},
    verdicts={"Yes.": "네.", "No.": "아니요.", "Not yet.": "아직이에요.", "Not confirmed.": "확인되지 않았어요.",
              "Not confirmed yet.": "아직 확인되지 않았어요."},
    reported={"Yes.": "보도에 따르면, 네.", "No.": "보도에 따르면, 아니요.", "Not yet.": "보도에 따르면, 아직이에요.",
              "Not confirmed.": "보도에 따르면, 확인되지 않았어요.", "Not confirmed yet.": "보도에 따르면, 아직 확인되지 않았어요."},
    rumour_verdict="아직 소문일 뿐이에요:",
    hedges={"reported": "보도", "rumour": "소문"},
    as_of=" {day} 기준",
    no_date="시즌2 공개일은{as_of} 발표되지 않았고, 시즌2는 아직 공개되지 않았어요.",
    no_date_withdrawn="지금 정해진 시즌2 공개일은 없어요. 앞서 발표된 날짜는 {day}에 시즌2가 연기되면서 철회됐고, 시즌2는 아직 공개되지 않았어요.",
    no_date_one_out="시즌2 공개일은{as_of} 발표되지 않았고, 공개됐다고 하는 곳은 {publisher} 한 곳뿐이에요({day}부터).",
    release_date="시즌2 공개일은 {when}이에요{set_on}.",
    set_on=" ({day} 발표)",
    came_out="시즌2는 {when}에 공개됐어요.",
    since=" ({day}부터)",
    status_heading="현재 상황",
    hedged_heading="{heading} ({hedge}): {sentence}",
    delayed="; {day}에 연기가 발표됐어요",
    had_date="시즌2 공개일이 정해졌었어요",
    had_date_delayed=". 하지만 {day}에 연기됐고 새 날짜는 아직 없어요",
    had_date_none=". 하지만 지금 정해진 날짜는 없어요",
    window_heading="공개 시기",
    window="{heading}: 시즌2는 {window}에 공개될 것으로 예상돼요. 날짜가 아니라 시기예요.",
    window_official="네, 공식 공개 시기({window})가 맞아요. 다만 날짜는 아직 정해지지 않았어요.",
    window_reported="보도에 따르면 그 시기({window})가 맞아요. 다만 날짜는 아직 정해지지 않았어요.",
    one_source=("아직 확인되지 않았어요. {publisher} 한 곳만 시즌2 공개일을 {when}(으)로 전하고 있어요. 넷플릭스나 다른 독립 "
                "매체가 확인해야 날짜로 볼 수 있어요."),
    one_source_moved=("아직 확인되지 않았어요. {publisher} 한 곳만 이제 {when}(이)라고 전해요. 넷플릭스나 다른 매체가 달리 "
                      "말하기 전까지 정해진 날짜는 {standing}이에요."),
    estimate_heading="비공식 전망",
    earlier_heading="이전 소식",
    estimate="시즌2는 {window}에 공개될 것으로 예상돼요",
    end=".",
    milestones={
        "rumoured": "시즌2는 아직 소문일 뿐이에요",
        "renewed": "시즌2 제작이 확정됐어요",
        "pre_production": "시즌2는 사전 제작 중이에요",
        "casting": "시즌2 캐스팅이 진행 중이에요",
        "filming": "시즌2를 촬영 중이에요",
        "filming_wrapped": "시즌2 촬영이 끝났어요",
        "post_production": "시즌2는 후반 작업 중이에요",
        "teaser": "시즌2 티저가 발표됐거나 공개됐어요",
        "trailer": "시즌2 예고편이 발표됐거나 공개됐어요",
        "release_date_announced": "시즌2 공개일이 정해졌어요",
        "released": "시즌2가 공개됐어요",
        "cancelled": "시즌2가 취소됐어요",
        "release_date_changed": "시즌2 공개일이 바뀌었어요",
        "delayed": "시즌2가 연기됐어요",
        "release_window": "시즌2 공개 시기가 전해졌어요",
    },
)

JA = TimingWords(
    labels={"reported": "報道によると：", "rumour": "噂："},
    chrome={"episode": "シーズン2の第{n}話", "episode_not_out": "シーズン2はまだ配信されておらず、エピソードの一覧を伝える情報源もありません。{episode}については何もわかりません。",
            "episode_unlisted": "シーズン2は配信されましたが、エピソードの一覧を伝える情報源はまだありません。{episode}については何もわかりません。",
            "sources": "出典：", "reported_note": "確度：報道（公式ではありません）。", "rumour_note": "確度：噂。"},
    plain_heading="{heading}：{sentence}",
    gap="",
    comma="、",
    verdicts={"Yes.": "はい。", "No.": "いいえ。", "Not yet.": "まだです。", "Not confirmed.": "確認されていません。",
              "Not confirmed yet.": "まだ確認されていません。"},
    reported={"Yes.": "報道によると、はい。", "No.": "報道によると、いいえ。", "Not yet.": "報道によると、まだです。",
              "Not confirmed.": "報道によると、確認されていません。", "Not confirmed yet.": "報道によると、まだ確認されていません。"},
    rumour_verdict="今のところ噂にすぎません：",
    hedges={"reported": "報道", "rumour": "噂"},
    as_of="{day}時点で",
    no_date="シーズン2の配信日は{as_of}発表されておらず、まだ配信されていません。",
    no_date_withdrawn="現在、シーズン2の配信日は決まっていません。以前発表された日付は{day}の延期で取り消され、まだ配信されていません。",
    no_date_one_out="シーズン2の配信日は{as_of}発表されておらず、配信されたと伝えているのは{publisher}の1社だけです（{day}から）。",
    release_date="シーズン2の配信日は{when}です{set_on}。",
    set_on="（{day}発表）",
    came_out="シーズン2は{when}に配信されました。",
    since="（{day}から）",
    status_heading="現在の状況",
    hedged_heading="{heading}（{hedge}）：{sentence}",
    delayed="。{day}に延期が発表されました",
    had_date="シーズン2には配信日がありました",
    had_date_delayed="が、{day}に延期され、新しい日付はまだありません",
    had_date_none="が、現在決まっている日付はありません",
    window_heading="配信時期",
    window="{heading}：シーズン2は{window}の配信が見込まれています。日付ではなく時期です。",
    window_official="はい、公式の配信時期（{window}）です。ただし日付はまだ決まっていません。",
    window_reported="報道によると、その時期（{window}）です。ただし日付はまだ決まっていません。",
    one_source=("まだ確認されていません。{publisher}の1社だけがシーズン2の配信日を{when}としています。Netflixか別の独立した"
                "情報源が伝えれば確定とみなします。"),
    one_source_moved=("まだ確認されていません。{publisher}の1社だけが今は{when}としています。Netflixか別の情報源が変更を"
                      "伝えるまで、決まっている日付は{standing}です。"),
    estimate_heading="非公式の予想",
    earlier_heading="以前のニュース",
    estimate="シーズン2は{window}の配信が予想されています",
    end="。",
    milestones={
        "rumoured": "シーズン2はまだ噂にすぎません",
        "renewed": "シーズン2の制作が決定しています",
        "pre_production": "シーズン2はプリプロダクション中です",
        "casting": "シーズン2はキャスティング中です",
        "filming": "シーズン2は撮影中です",
        "filming_wrapped": "シーズン2の撮影は終了しました",
        "post_production": "シーズン2はポストプロダクション中です",
        "teaser": "シーズン2のティーザーが発表または公開されました",
        "trailer": "シーズン2の予告編が発表または公開されました",
        "release_date_announced": "シーズン2の配信日が決まっています",
        "released": "シーズン2は配信されています",
        "cancelled": "シーズン2は中止になりました",
        "release_date_changed": "シーズン2の配信日が変更されました",
        "delayed": "シーズン2は延期されました",
        "release_window": "シーズン2の配信時期が伝えられています",
    },
)

ZH = TimingWords(
    labels={"reported": "据报道：", "rumour": "传闻："},
    chrome={"episode": "第二季第{n}集", "episode_not_out": "第二季还没有上线，也没有任何来源列出它的剧集：关于{episode}，我一无所知。",
            "episode_unlisted": "第二季已经上线，但还没有任何来源列出它的剧集：关于{episode}，我一无所知。",
            "sources": "来源：", "reported_note": "可信度：报道，非官方。", "rumour_note": "可信度：传闻。"},
    plain_heading="{heading}：{sentence}",
    gap="",
    comma="，",
    verdicts={"Yes.": "是的。", "No.": "不是。", "Not yet.": "还没有。", "Not confirmed.": "未经证实。",
              "Not confirmed yet.": "尚未证实。"},
    reported={"Yes.": "据报道，是的。", "No.": "据报道，不是。", "Not yet.": "据报道，还没有。",
              "Not confirmed.": "据报道，未经证实。", "Not confirmed yet.": "据报道，尚未证实。"},
    rumour_verdict="目前只是传闻：",
    hedges={"reported": "报道", "rumour": "传闻"},
    as_of="截至{day}，",
    no_date="{as_of}第二季尚未公布上线日期，也还没有上线。",
    no_date_withdrawn="第二季目前没有确定的上线日期：之前公布的日期因{day}宣布延期而作废，第二季还没有上线。",
    no_date_one_out="{as_of}第二季尚未公布上线日期，只有{publisher}一家称其已上线（自{day}起）。",
    release_date="第二季的上线日期是{when}{set_on}。",
    set_on="（{day}公布）",
    came_out="第二季已于{when}上线。",
    since="（自{day}起）",
    status_heading="目前进展",
    hedged_heading="{heading}（{hedge}）：{sentence}",
    delayed="；{day}宣布延期",
    had_date="第二季曾有上线日期",
    had_date_delayed="，但已于{day}延期，尚无新日期",
    had_date_none="，但目前没有确定的日期",
    window_heading="上线时间段",
    window="{heading}：第二季预计在{window}上线，这是一个时间段，不是具体日期。",
    window_official="是的，这是官方公布的时间段（{window}），但具体日期尚未确定。",
    window_reported="据报道，这是预计的时间段（{window}），但具体日期尚未确定。",
    one_source="尚未证实：只有{publisher}一家给出第二季上线日期为{when}；要等Netflix或另一家独立来源证实才算确定。",
    one_source_moved="尚未证实：只有{publisher}一家现在给出{when}；在Netflix或另一家来源另有说法之前，确定的日期仍是{standing}。",
    estimate_heading="非官方预测",
    earlier_heading="此前消息",
    estimate="第二季预计在{window}上线",
    end="。",
    milestones={
        "rumoured": "第二季目前只是传闻",
        "renewed": "第二季已确定续订",
        "pre_production": "第二季正处于前期制作阶段",
        "casting": "第二季正在选角",
        "filming": "第二季正在拍摄",
        "filming_wrapped": "第二季已经杀青",
        "post_production": "第二季正处于后期制作阶段",
        "teaser": "第二季的先导预告已宣布或发布",
        "trailer": "第二季的预告片已宣布或发布",
        "release_date_announced": "第二季已有上线日期",
        "released": "第二季已经上线",
        "cancelled": "第二季已被取消",
        "release_date_changed": "第二季的上线日期有变",
        "delayed": "第二季已延期",
        "release_window": "第二季的上线时间段已有消息",
    },
)

ES = TimingWords(
    labels={"reported": "Según los informes: ", "rumour": "Rumor: "},
    chrome={"episode": "episodio {n} de la temporada 2",
            "episode_not_out": "La temporada 2 todavía no ha salido y ninguna fuente enumera sus episodios: no sé nada del {episode}.",
            "episode_unlisted": "La temporada 2 ya salió, pero ninguna fuente enumera aún sus episodios: no sé nada del {episode}.",
            "sources": "Fuentes: ", "reported_note": "Confianza: según informes, no oficial.", "rumour_note": "Confianza: rumor."},
    verdicts={"Yes.": "Sí.", "No.": "No.", "Not yet.": "Todavía no.", "Not confirmed.": "No está confirmado.",
              "Not confirmed yet.": "Todavía no está confirmado."},
    reported={"Yes.": "Según los informes, sí.", "No.": "Según los informes, no.", "Not yet.": "Según los informes, todavía no.",
              "Not confirmed.": "Según los informes, no está confirmado.",
              "Not confirmed yet.": "Según los informes, todavía no está confirmado."},
    rumour_verdict="Por ahora es solo un rumor:",
    hedges={"reported": "según informes", "rumour": "rumor"},
    as_of=" a fecha de {day}",
    no_date="No se ha anunciado fecha de estreno para la temporada 2{as_of}; todavía no ha salido.",
    no_date_withdrawn=("Ahora no hay fecha de estreno para la temporada 2: la fecha anunciada antes se retiró cuando la "
                       "temporada 2 se retrasó el {day}; todavía no ha salido."),
    no_date_one_out=("No se ha anunciado fecha de estreno para la temporada 2{as_of}, y solo una fuente, {publisher}, "
                     "dice que ya salió (desde el {day})."),
    release_date="La fecha de estreno de la temporada 2 es el {when}{set_on}.",
    set_on=" (fijada el {day})",
    came_out="La temporada 2 salió el {when}.",
    since=" (desde el {day})",
    status_heading="Situación actual",
    hedged_heading="{heading} ({hedge}): {sentence}",
    delayed="; se anunció un retraso el {day}",
    had_date="La temporada 2 tenía fecha de estreno",
    had_date_delayed=", pero se retrasó el {day} y aún no hay nueva fecha",
    had_date_none=", pero ahora no hay ninguna",
    window_heading="Ventana de estreno",
    window="{heading}: se espera la temporada 2 {window}, una ventana, no una fecha.",
    window_official="Sí, esa es la ventana oficial ({window}), aunque todavía no hay día fijado.",
    window_reported="Según los informes, esa es la ventana ({window}), aunque todavía no hay día fijado.",
    one_source=("Todavía no está confirmado, una sola fuente: {publisher} da el {when} para la temporada 2; una fecha "
                "vale cuando Netflix o una segunda fuente independiente lo dice."),
    one_source_moved=("Todavía no está confirmado, una sola fuente: {publisher} da ahora el {when}; la fecha vigente es el "
                      "{standing} hasta que Netflix o una segunda fuente diga otra cosa."),
    estimate_heading="Estimación no oficial",
    earlier_heading="Antes",
    estimate="se espera la temporada 2 {window}",
    end=".",
    milestones={
        "rumoured": "La temporada 2 es solo un rumor",
        "renewed": "La temporada 2 está confirmada",
        "pre_production": "La temporada 2 está en preproducción",
        "casting": "La temporada 2 está en fase de casting",
        "filming": "La temporada 2 se está rodando",
        "filming_wrapped": "El rodaje de la temporada 2 ha terminado",
        "post_production": "La temporada 2 está en posproducción",
        "teaser": "Se ha anunciado o publicado un teaser de la temporada 2",
        "trailer": "Se ha anunciado o publicado un tráiler de la temporada 2",
        "release_date_announced": "La temporada 2 tiene fecha de estreno",
        "released": "La temporada 2 ya salió",
        "cancelled": "La temporada 2 fue cancelada",
        "release_date_changed": "La fecha de estreno de la temporada 2 cambió",
        "delayed": "La temporada 2 se retrasó",
        "release_window": "Hay una ventana de estreno para la temporada 2",
    },
)

PT = TimingWords(
    labels={"reported": "Segundo as notícias: ", "rumour": "Boato: "},
    chrome={"episode": "o episódio {n} da 2ª temporada",
            "episode_not_out": "A 2ª temporada ainda não saiu e nenhuma fonte lista os episódios: não sei nada sobre {episode}.",
            "episode_unlisted": "A 2ª temporada já saiu, mas nenhuma fonte lista os episódios ainda: não sei nada sobre {episode}.",
            "sources": "Fontes: ", "reported_note": "Confiança: segundo notícias, não oficial.", "rumour_note": "Confiança: boato."},
    verdicts={"Yes.": "Sim.", "No.": "Não.", "Not yet.": "Ainda não.", "Not confirmed.": "Não está confirmado.",
              "Not confirmed yet.": "Ainda não está confirmado."},
    reported={"Yes.": "Segundo as notícias, sim.", "No.": "Segundo as notícias, não.",
              "Not yet.": "Segundo as notícias, ainda não.", "Not confirmed.": "Segundo as notícias, não está confirmado.",
              "Not confirmed yet.": "Segundo as notícias, ainda não está confirmado."},
    rumour_verdict="Por enquanto é só um boato:",
    hedges={"reported": "segundo notícias", "rumour": "boato"},
    as_of=" até {day}",
    no_date="Nenhuma data de estreia da 2ª temporada foi anunciada{as_of}; ela ainda não saiu.",
    no_date_withdrawn=("Nenhuma data de estreia da 2ª temporada vale agora: a data anunciada antes foi retirada quando a "
                       "2ª temporada foi adiada em {day}; ela ainda não saiu."),
    no_date_one_out=("Nenhuma data de estreia da 2ª temporada foi anunciada{as_of}, e só uma fonte, {publisher}, diz que "
                     "ela já saiu (desde {day})."),
    release_date="A data de estreia da 2ª temporada é {when}{set_on}.",
    set_on=" (definida em {day})",
    came_out="A 2ª temporada saiu em {when}.",
    since=" (desde {day})",
    status_heading="Situação atual",
    hedged_heading="{heading} ({hedge}): {sentence}",
    delayed="; um adiamento foi anunciado em {day}",
    had_date="A 2ª temporada tinha data de estreia",
    had_date_delayed=", mas foi adiada em {day} e ainda não há nova data",
    had_date_none=", mas nenhuma vale agora",
    window_heading="Janela de estreia",
    window="{heading}: a 2ª temporada é esperada {window}, uma janela, não uma data.",
    window_official="Sim, essa é a janela oficial ({window}), mas ainda não há dia marcado.",
    window_reported="Segundo as notícias, essa é a janela ({window}), mas ainda não há dia marcado.",
    one_source=("Ainda não está confirmado, uma só fonte: {publisher} dá {when} para a 2ª temporada; uma data vale "
                "quando a Netflix ou uma segunda fonte independente a confirma."),
    one_source_moved=("Ainda não está confirmado, uma só fonte: {publisher} agora dá {when}; a data que vale é {standing} "
                      "até a Netflix ou uma segunda fonte dizer outra coisa."),
    estimate_heading="Estimativa não oficial",
    earlier_heading="Antes",
    estimate="a 2ª temporada é esperada {window}",
    end=".",
    milestones={
        "rumoured": "A 2ª temporada é só um boato",
        "renewed": "A 2ª temporada foi renovada",
        "pre_production": "A 2ª temporada está em pré-produção",
        "casting": "A 2ª temporada está em fase de elenco",
        "filming": "A 2ª temporada está sendo filmada",
        "filming_wrapped": "As filmagens da 2ª temporada terminaram",
        "post_production": "A 2ª temporada está em pós-produção",
        "teaser": "Um teaser da 2ª temporada foi anunciado ou lançado",
        "trailer": "Um trailer da 2ª temporada foi anunciado ou lançado",
        "release_date_announced": "A 2ª temporada tem data de estreia",
        "released": "A 2ª temporada já saiu",
        "cancelled": "A 2ª temporada foi cancelada",
        "release_date_changed": "A data de estreia da 2ª temporada mudou",
        "delayed": "A 2ª temporada foi adiada",
        "release_window": "Há uma janela de estreia para a 2ª temporada",
    },
)

ID = TimingWords(
    labels={"reported": "Menurut laporan: ", "rumour": "Rumor: "},
    chrome={"episode": "episode {n} season 2",
            "episode_not_out": "Season 2 belum keluar, dan belum ada sumber yang mencantumkan episodenya: saya tidak tahu apa pun tentang {episode}.",
            "episode_unlisted": "Season 2 sudah keluar, tetapi belum ada sumber yang mencantumkan episodenya: saya tidak tahu apa pun tentang {episode}.",
            "sources": "Sumber: ", "reported_note": "Tingkat keyakinan: menurut laporan, tidak resmi.", "rumour_note": "Tingkat keyakinan: rumor."},
    verdicts={"Yes.": "Ya.", "No.": "Tidak.", "Not yet.": "Belum.", "Not confirmed.": "Belum dikonfirmasi.",
              "Not confirmed yet.": "Belum dikonfirmasi."},
    reported={"Yes.": "Menurut laporan, ya.", "No.": "Menurut laporan, tidak.", "Not yet.": "Menurut laporan, belum.",
              "Not confirmed.": "Menurut laporan, belum dikonfirmasi.", "Not confirmed yet.": "Menurut laporan, belum dikonfirmasi."},
    rumour_verdict="Sejauh ini baru rumor:",
    hedges={"reported": "menurut laporan", "rumour": "rumor"},
    as_of=" per {day}",
    no_date="Belum ada tanggal rilis season 2 yang diumumkan{as_of}; season 2 belum keluar.",
    no_date_withdrawn=("Saat ini tidak ada tanggal rilis season 2: tanggal yang diumumkan sebelumnya dibatalkan saat "
                       "season 2 ditunda pada {day}; season 2 belum keluar."),
    no_date_one_out=("Belum ada tanggal rilis season 2 yang diumumkan{as_of}, dan hanya satu sumber, {publisher}, yang "
                     "menyebut season 2 sudah keluar (sejak {day})."),
    release_date="Tanggal rilis season 2 adalah {when}{set_on}.",
    set_on=" (ditetapkan {day})",
    came_out="Season 2 rilis pada {when}.",
    since=" (sejak {day})",
    status_heading="Status saat ini",
    hedged_heading="{heading} ({hedge}): {sentence}",
    delayed="; penundaan diumumkan pada {day}",
    had_date="Season 2 pernah punya tanggal rilis",
    had_date_delayed=", tetapi ditunda pada {day} dan belum ada tanggal baru",
    had_date_none=", tetapi sekarang tidak ada yang berlaku",
    window_heading="Perkiraan waktu rilis",
    window="{heading}: season 2 diperkirakan rilis {window}; ini rentang waktu, bukan tanggal.",
    window_official="Ya, itu rentang waktu resminya ({window}), tetapi tanggalnya belum ditetapkan.",
    window_reported="Menurut laporan, itu rentang waktunya ({window}), tetapi tanggalnya belum ditetapkan.",
    one_source=("Belum dikonfirmasi, baru satu sumber: {publisher} menyebut {when} untuk season 2; tanggal dianggap "
                "pasti setelah Netflix atau sumber independen kedua menyebutnya."),
    one_source_moved=("Belum dikonfirmasi, baru satu sumber: {publisher} sekarang menyebut {when}; tanggal yang berlaku "
                      "tetap {standing} sampai Netflix atau sumber kedua menyebut lain."),
    estimate_heading="Perkiraan tidak resmi",
    earlier_heading="Sebelumnya",
    estimate="season 2 diperkirakan rilis {window}",
    end=".",
    milestones={
        "rumoured": "Season 2 baru sebatas rumor",
        "renewed": "Season 2 sudah dipastikan dibuat",
        "pre_production": "Season 2 sedang dalam praproduksi",
        "casting": "Season 2 sedang dalam tahap casting",
        "filming": "Season 2 sedang syuting",
        "filming_wrapped": "Syuting season 2 sudah selesai",
        "post_production": "Season 2 sedang dalam pascaproduksi",
        "teaser": "Teaser season 2 sudah diumumkan atau dirilis",
        "trailer": "Trailer season 2 sudah diumumkan atau dirilis",
        "release_date_announced": "Season 2 sudah punya tanggal rilis",
        "released": "Season 2 sudah keluar",
        "cancelled": "Season 2 dibatalkan",
        "release_date_changed": "Tanggal rilis season 2 berubah",
        "delayed": "Season 2 ditunda",
        "release_window": "Ada perkiraan waktu rilis season 2",
    },
)

FR = TimingWords(
    labels={"reported": "D'après les médias : ", "rumour": "Rumeur : "},
    chrome={"episode": "épisode {n} de la saison 2",
            "episode_not_out": "La saison 2 n'est pas encore sortie et aucune source ne liste ses épisodes : je ne sais rien de l'{episode}.",
            "episode_unlisted": "La saison 2 est sortie, mais aucune source ne liste encore ses épisodes : je ne sais rien de l'{episode}.",
            "sources": "Sources : ", "reported_note": "Fiabilité : selon les médias, pas officiel.", "rumour_note": "Fiabilité : rumeur."},
    verdicts={"Yes.": "Oui.", "No.": "Non.", "Not yet.": "Pas encore.", "Not confirmed.": "Ce n'est pas confirmé.",
              "Not confirmed yet.": "Ce n'est pas encore confirmé."},
    reported={"Yes.": "D'après les médias, oui.", "No.": "D'après les médias, non.",
              "Not yet.": "D'après les médias, pas encore.", "Not confirmed.": "D'après les médias, ce n'est pas confirmé.",
              "Not confirmed yet.": "D'après les médias, ce n'est pas encore confirmé."},
    rumour_verdict="Ce n'est qu'une rumeur pour l'instant :",
    hedges={"reported": "selon les médias", "rumour": "rumeur"},
    as_of=" au {day}",
    no_date="Aucune date de sortie n'a été annoncée pour la saison 2{as_of} ; elle n'est pas encore sortie.",
    no_date_withdrawn=("Aucune date de sortie ne tient pour la saison 2 : la date annoncée plus tôt a été retirée quand la "
                       "saison 2 a été repoussée le {day} ; elle n'est pas encore sortie."),
    no_date_one_out=("Aucune date de sortie n'a été annoncée pour la saison 2{as_of}, et une seule source, {publisher}, "
                     "dit qu'elle est sortie (depuis le {day})."),
    release_date="La date de sortie de la saison 2 est le {when}{set_on}.",
    set_on=" (fixée le {day})",
    came_out="La saison 2 est sortie le {when}.",
    since=" (depuis le {day})",
    status_heading="Où en est-on",
    hedged_heading="{heading} ({hedge}) : {sentence}",
    plain_heading="{heading} : {sentence}",
    delayed=" ; un report a été annoncé le {day}",
    had_date="La saison 2 avait une date de sortie",
    had_date_delayed=", mais elle a été repoussée le {day}, sans nouvelle date pour l'instant",
    had_date_none=", mais aucune ne tient aujourd'hui",
    window_heading="Période de sortie",
    window="{heading} : la saison 2 est attendue {window}, une période, pas une date.",
    window_official="Oui, c'est la période officielle ({window}), mais aucun jour n'est encore fixé.",
    window_reported="D'après les médias, c'est la période ({window}), mais aucun jour n'est encore fixé.",
    one_source=("Pas encore confirmé, une seule source : {publisher} donne le {when} pour la saison 2 ; une date tient "
                "quand Netflix ou une deuxième source indépendante la donne."),
    one_source_moved=("Pas encore confirmé, une seule source : {publisher} donne maintenant le {when} ; la date qui tient "
                      "est le {standing} jusqu'à ce que Netflix ou une deuxième source dise autre chose."),
    estimate_heading="Estimation non officielle",
    earlier_heading="Avant",
    estimate="la saison 2 est attendue {window}",
    end=".",
    milestones={
        "rumoured": "La saison 2 n'est qu'une rumeur",
        "renewed": "La saison 2 est confirmée",
        "pre_production": "La saison 2 est en préproduction",
        "casting": "Le casting de la saison 2 est en cours",
        "filming": "La saison 2 est en tournage",
        "filming_wrapped": "Le tournage de la saison 2 est terminé",
        "post_production": "La saison 2 est en post-production",
        "teaser": "Un teaser de la saison 2 a été annoncé ou publié",
        "trailer": "Une bande-annonce de la saison 2 a été annoncée ou publiée",
        "release_date_announced": "La saison 2 a une date de sortie",
        "released": "La saison 2 est sortie",
        "cancelled": "La saison 2 a été annulée",
        "release_date_changed": "La date de sortie de la saison 2 a changé",
        "delayed": "La saison 2 a été repoussée",
        "release_window": "Il y a une période de sortie pour la saison 2",
    },
)

WORDS = {"en": EN, "ko": KO, "ja": JA, "zh": ZH, "es": ES, "pt": PT, "id": ID, "fr": FR}


def timing_words(lang: str) -> TimingWords:
    """The sentences in `lang`; English for a language without them."""
    return WORDS.get(lang, EN)


def chrome_words(langs: Iterable[str]) -> dict[str, str]:
    """The labels around an answer (see TimingWords.chrome) in the language its parts or sources are all worded in;
    English when they are worded in several (or in English)."""
    worded = set(langs)
    return timing_words(worded.pop() if len(worded) == 1 else "en").chrome
