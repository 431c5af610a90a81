"""Season 2's episode lines in the asker's language, by their English words (season2_episodes.py says them): how
many episodes TVmaze lists ("시즌2 에피소드 몇 개야", "第二季有几集", "wie viele folgen hat staffel 2") and how they come
out in parts ("¿cuándo sale la parte 2?", "시즌2 파트2 언제 나와?"). Moved out of season2_episodes.py with its count
table; a language without a line keeps the English one (never half of each language).
"""

from __future__ import annotations

_LISTED = "Season 2 has {count} episodes listed so far on TVmaze; more may come in a later part."
_ALL = "Season 2 has {count} episodes, as TVmaze lists them."
_ONE_SOURCE = "Not confirmed yet, one source: TVmaze lists {count} episodes for season 2."
# once out in parts, Part 2 still to come: how many are out by the status and the listing (season2_episodes._counted)
OUT_SO_FAR = "Season 2 has {out} episodes out so far (episodes 1-{last}), of the {count} TVmaze lists."
# once out with none listed: the count no source gives yet
NONE_LISTED = "How many episodes season 2 has is not in my sources yet (TVmaze lists none so far)."

#: Season 2's episode count (season2_episodes._count), by its English words with the count left out
COUNT_SAID: dict[str, dict[str, str]] = {
    "ko": {_LISTED: "TVmaze에는 지금까지 시즌2 에피소드가 {count}개 올라와 있어요. 다음 파트에서 더 나올 수도 있어요.",
           _ALL: "TVmaze 기준으로 시즌2는 {count}부작이에요.",
           _ONE_SOURCE: "아직 확정은 아니에요. 출처 하나(TVmaze)에 시즌2가 {count}부작으로 올라와 있어요.",
           OUT_SO_FAR: "TVmaze 기준으로 시즌2는 지금까지 {count}개 에피소드 중 {out}개(1-{last}화)가 나왔어요.",
           NONE_LISTED: "시즌2가 몇 화인지는 아직 제 출처에 없어요(TVmaze에도 아직 올라와 있지 않아요)."},
    "ja": {_LISTED: "TVmazeには今のところシーズン2のエピソードが{count}話掲載されています。後のパートで増えるかもしれません。",
           _ALL: "TVmazeによると、シーズン2は全{count}話です。",
           _ONE_SOURCE: "まだ確定ではありません。情報源は一つ（TVmaze）で、シーズン2は{count}話と掲載されています。",
           OUT_SO_FAR: "TVmazeによると、シーズン2は掲載されている{count}話のうち、今のところ{out}話（第1-{last}話）が配信されています。",
           NONE_LISTED: "シーズン2が全何話かは、まだ私の情報源にありません（TVmazeにもまだ掲載されていません）。"},
    "zh": {_LISTED: "TVmaze目前列出第二季{count}集；之后的部分可能还会更多。",
           _ALL: "根据TVmaze，第二季共{count}集。",
           _ONE_SOURCE: "尚未确认，只有一个来源：TVmaze列出第二季共{count}集。",
           OUT_SO_FAR: "根据TVmaze，第二季列出的{count}集中，目前已上线{out}集（第1-{last}集）。",
           NONE_LISTED: "第二季有几集，我的来源里还没有（TVmaze目前也没有列出）。"},
    "es": {_LISTED: "Por ahora TVmaze lista {count} episodios de la temporada 2; puede haber más en una parte posterior.",
           _ALL: "Según TVmaze, la temporada 2 tiene {count} episodios.",
           _ONE_SOURCE: "Aún no está confirmado, una sola fuente: TVmaze lista {count} episodios para la temporada 2.",
           OUT_SO_FAR: "Según TVmaze, de los {count} episodios de la temporada 2 ya salieron {out} (episodios 1-{last}).",
           NONE_LISTED: "Cuántos episodios tiene la temporada 2 aún no está en mis fuentes (TVmaze todavía no lista ninguno)."},
    "pt": {_LISTED: "Por enquanto o TVmaze lista {count} episódios da 2ª temporada; pode haver mais numa parte posterior.",
           _ALL: "Segundo o TVmaze, a 2ª temporada tem {count} episódios.",
           _ONE_SOURCE: "Ainda não confirmado, uma só fonte: o TVmaze lista {count} episódios para a 2ª temporada.",
           OUT_SO_FAR: "Segundo o TVmaze, dos {count} episódios da 2ª temporada já saíram {out} (episódios 1-{last}).",
           NONE_LISTED: "Quantos episódios a 2ª temporada tem ainda não está nas minhas fontes (o TVmaze ainda não lista nenhum)."},
    "id": {_LISTED: "Sejauh ini TVmaze mencantumkan {count} episode season 2; mungkin ada lagi di bagian berikutnya.",
           _ALL: "Menurut TVmaze, season 2 punya {count} episode.",
           _ONE_SOURCE: "Belum dikonfirmasi, baru satu sumber: TVmaze mencantumkan {count} episode untuk season 2.",
           OUT_SO_FAR: "Menurut TVmaze, dari {count} episode season 2 sejauh ini sudah rilis {out} (episode 1-{last}).",
           NONE_LISTED: "Berapa episode season 2 belum ada di sumber saya (TVmaze belum mencantumkan satu pun)."},
    "fr": {_LISTED: "Pour l'instant, TVmaze liste {count} épisodes de la saison 2 ; d'autres peuvent venir dans une partie suivante.",
           _ALL: "D'après TVmaze, la saison 2 compte {count} épisodes.",
           _ONE_SOURCE: "Pas encore confirmé, une seule source : TVmaze liste {count} épisodes pour la saison 2.",
           OUT_SO_FAR: "D'après TVmaze, sur les {count} épisodes de la saison 2, {out} sont sortis pour l'instant (épisodes 1-{last}).",
           NONE_LISTED: "Le nombre d'épisodes de la saison 2 n'est pas encore dans mes sources (TVmaze n'en liste aucun pour l'instant)."},
    "de": {_LISTED: "TVmaze listet bisher {count} Folgen von Staffel 2; in einem späteren Teil können weitere kommen.",
           _ALL: "Laut TVmaze hat Staffel 2 {count} Folgen.",
           _ONE_SOURCE: "Noch nicht bestätigt, nur eine Quelle: TVmaze listet {count} Folgen für Staffel 2.",
           OUT_SO_FAR: "Laut TVmaze sind von den {count} Folgen von Staffel 2 bisher {out} erschienen (Folgen 1-{last}).",
           NONE_LISTED: "Wie viele Folgen Staffel 2 hat, steht noch nicht in meinen Quellen (TVmaze listet bisher keine)."},
    "tl": {_LISTED: "Sa ngayon, {count} episode ng season 2 ang nakalista sa TVmaze; baka may madagdag pa sa susunod na part.",
           _ALL: "Ayon sa TVmaze, may {count} episode ang season 2.",
           _ONE_SOURCE: "Hindi pa kumpirmado, isang source pa lang: {count} episode ang nakalista sa TVmaze para sa season 2.",
           OUT_SO_FAR: "Ayon sa TVmaze, {out} sa {count} episode ng season 2 ang nakalabas na sa ngayon (episode 1-{last}).",
           NONE_LISTED: "Wala pa sa mga source ko kung ilang episode ang season 2 (wala pang nakalista sa TVmaze)."},
}

#: How season 2 comes out in parts (season2_episodes._drops and ._part): `parts` before it is out and `parts_out`
#: after ({n} parts, {groups}); one `group` ("episodes {first}-{last} on {day}"); one part asked of, listed, to come
#: or out ({k}, {count} episodes {first}-{last}, {when}; `coming`'s {hedge}: EPISODE_OUT_SAID's, unless Netflix dated
#: that part too, as the English line says "(one source, not confirmed officially)"); `sep` between the groups where it is no comma; `one_day_out`,
#: `one_day`: all on one day ({count}, {day}), where a language has them
DROPS_SAID: dict[str, dict[str, str]] = {
    "ko": {"parts": "아직 확정은 아니에요. 출처 하나(TVmaze)에 따르면 시즌2는 {n}개 파트로 나와요: {groups}.",
           "parts_out": "TVmaze 기준으로 시즌2는 {n}개 파트로 나와요: {groups}.",
           "group": "{day}에 {first}-{last}화",
           "listed": "아직 확정은 아니에요. 출처 하나(TVmaze)에 따르면 시즌2 파트{k}는 {count}개 에피소드({first}-{last}화)로 {when}에 나와요.",
           "coming": "TVmaze 기준으로 시즌2 파트{k}는 {count}개 에피소드({first}-{last}화)이고, {when}에 나와요{hedge}.",
           "came": "TVmaze 기준으로 시즌2 파트{k}는 {count}개 에피소드({first}-{last}화)이고, {when}에 나왔어요.",
           # all listed on one day ({count}, {day}), out or only listed: "시즌2 끝났어?" once it is out
           "one_day_out": "TVmaze 기준으로 시즌2는 {day}에 {count}개 에피소드가 모두 한꺼번에 공개됐어요. 두 번째 파트는 올라와 있지 않아요.",
           "one_day": "아직 확정은 아니에요. 출처 하나(TVmaze)에 시즌2 에피소드 {count}개가 모두 {day}에 한꺼번에 나오는 것으로 "
                      "올라와 있고, 두 번째 파트는 없어요.",
           # "시즌2 끝났어?" while it is out in parts: the part still to come ({k}, {when}, {first}-{last}), or all out
           # ({n} parts, the finale {last}, its {day})
           "over_ahead": "시즌2는 아직 안 끝났어요. TVmaze 기준으로 파트{k}({first}-{last}화)는 {when}에 나와요.",
           "over_all": "시즌2는 다 나왔어요. TVmaze 기준으로 파트 {n}개 모두 나왔고, 마지막 화({last}화)는 {day}에 나왔어요."},
    "ja": {"parts": "まだ確定ではありません。情報源は一つ（TVmaze）で、シーズン2は{n}パートに分かれています：{groups}。",
           "parts_out": "TVmazeによると、シーズン2は{n}パートに分かれています：{groups}。",
           "group": "{day}に第{first}-{last}話", "sep": "、",
           "listed": "まだ確定ではありません。情報源は一つ（TVmaze）で、シーズン2のパート{k}は{count}話（第{first}-{last}話）、{when}配信です。",
           "coming": "TVmazeによると、シーズン2のパート{k}は{count}話（第{first}-{last}話）で、{when}に配信されます{hedge}。",
           "came": "TVmazeによると、シーズン2のパート{k}は{count}話（第{first}-{last}話）で、{when}に配信されました。",
           "over_ahead": "シーズン2はまだ終わっていません。TVmazeによると、パート{k}（第{first}-{last}話）は{when}に配信されます。",
           "over_all": "シーズン2はすべて配信されました。TVmazeによると、{n}パートすべてが配信済みで、最終話（第{last}話）は{day}に配信されました。"},
    "zh": {"parts": "尚未确认，只有一个来源：TVmaze列出第二季分{n}部分上线：{groups}。",
           "parts_out": "根据TVmaze，第二季分{n}部分上线：{groups}。",
           "group": "{day}上线第{first}-{last}集", "sep": "，",
           "listed": "尚未确认，只有一个来源：TVmaze列出第二季第{k}部分为{count}集（第{first}-{last}集），{when}上线。",
           "coming": "根据TVmaze，第二季第{k}部分为{count}集（第{first}-{last}集），{when}上线{hedge}。",
           "came": "根据TVmaze，第二季第{k}部分为{count}集（第{first}-{last}集），已于{when}上线。",
           "over_ahead": "第二季还没有完结。根据TVmaze，第{k}部分（第{first}-{last}集）将于{when}上线。",
           "over_all": "第二季已经全部上线。根据TVmaze，{n}个部分都已上线，最后一集（第{last}集）于{day}上线。"},
    "es": {"parts": "Aún no está confirmado, una sola fuente: TVmaze lista la temporada 2 en {n} partes: {groups}.",
           "over_ahead": "La temporada 2 aún no ha terminado: la parte {k} (episodios {first}-{last}) sale el {when}, según TVmaze.",
           "over_all": "La temporada 2 ya salió entera: sus {n} partes; el último episodio ({last}) salió el {day}, según TVmaze.",
           "parts_out": "Según TVmaze, la temporada 2 sale en {n} partes: {groups}.",
           "group": "episodios {first}-{last} el {day}",
           "listed": "Aún no está confirmado, una sola fuente: TVmaze lista la parte {k} de la temporada 2 con {count} episodios "
                     "({first}-{last}), el {when}.",
           "coming": "La parte {k} de la temporada 2 son {count} episodios ({first}-{last}): sale el {when}, según TVmaze{hedge}.",
           "came": "La parte {k} de la temporada 2 son {count} episodios ({first}-{last}): salió el {when}, según TVmaze."},
    "pt": {"parts": "Ainda não confirmado, uma só fonte: o TVmaze lista a 2ª temporada em {n} partes: {groups}.",
           "over_ahead": "A 2ª temporada ainda não acabou: a parte {k} (episódios {first}-{last}) sai em {when}, segundo o TVmaze.",
           "over_all": "A 2ª temporada já saiu inteira: as {n} partes; o último episódio ({last}) saiu em {day}, segundo o TVmaze.",
           "parts_out": "Segundo o TVmaze, a 2ª temporada sai em {n} partes: {groups}.",
           "group": "episódios {first}-{last} em {day}",
           "listed": "Ainda não confirmado, uma só fonte: o TVmaze lista a parte {k} da 2ª temporada com {count} episódios "
                     "({first}-{last}), em {when}.",
           "coming": "A parte {k} da 2ª temporada tem {count} episódios ({first}-{last}): sai em {when}, segundo o TVmaze{hedge}.",
           "came": "A parte {k} da 2ª temporada tem {count} episódios ({first}-{last}): saiu em {when}, segundo o TVmaze."},
    "id": {"parts": "Belum dikonfirmasi, baru satu sumber: TVmaze mencantumkan season 2 dalam {n} bagian: {groups}.",
           "over_ahead": "Season 2 belum selesai: bagian {k} (episode {first}-{last}) rilis pada {when}, menurut TVmaze.",
           "over_all": "Season 2 sudah keluar semua: {n} bagian; episode terakhir ({last}) rilis pada {day}, menurut TVmaze.",
           "parts_out": "Menurut TVmaze, season 2 rilis dalam {n} bagian: {groups}.",
           "group": "episode {first}-{last} pada {day}",
           "listed": "Belum dikonfirmasi, baru satu sumber: TVmaze mencantumkan bagian {k} season 2 berisi {count} episode "
                     "({first}-{last}), pada {when}.",
           "coming": "Bagian {k} season 2 berisi {count} episode ({first}-{last}): rilis pada {when}, menurut TVmaze{hedge}.",
           "came": "Bagian {k} season 2 berisi {count} episode ({first}-{last}): sudah rilis pada {when}, menurut TVmaze."},
    "fr": {"parts": "Pas encore confirmé, une seule source : TVmaze liste la saison 2 en {n} parties : {groups}.",
           "parts_out": "D'après TVmaze, la saison 2 sort en {n} parties : {groups}.",
           "group": "épisodes {first}-{last} le {day}",
           "listed": "Pas encore confirmé, une seule source : TVmaze liste la partie {k} de la saison 2 avec {count} épisodes "
                     "({first}-{last}), le {when}.",
           "coming": "La partie {k} de la saison 2 compte {count} épisodes ({first}-{last}) : elle sort le {when}, d'après TVmaze{hedge}.",
           "came": "La partie {k} de la saison 2 compte {count} épisodes ({first}-{last}) : elle est sortie le {when}, d'après TVmaze.",
           "over_ahead": "La saison 2 n'est pas encore finie : la partie {k} (épisodes {first}-{last}) sort le {when}, d'après TVmaze.",
           "over_all": "La saison 2 est sortie en entier : ses {n} parties ; le dernier épisode ({last}) est sorti le {day}, d'après TVmaze."},
    "de": {"parts": "Noch nicht bestätigt, nur eine Quelle: TVmaze listet Staffel 2 in {n} Teilen: {groups}.",
           "parts_out": "Laut TVmaze erscheint Staffel 2 in {n} Teilen: {groups}.",
           "group": "Folgen {first}-{last} am {day}",
           "listed": "Noch nicht bestätigt, nur eine Quelle: TVmaze listet Teil {k} von Staffel 2 mit {count} Folgen "
                     "({first}-{last}), am {when}.",
           "coming": "Teil {k} von Staffel 2 hat {count} Folgen ({first}-{last}): er erscheint am {when}, laut TVmaze{hedge}.",
           "came": "Teil {k} von Staffel 2 hat {count} Folgen ({first}-{last}): er erschien am {when}, laut TVmaze.",
           "over_ahead": "Staffel 2 ist noch nicht vorbei: Teil {k} (Folgen {first}-{last}) erscheint am {when}, laut TVmaze.",
           "over_all": "Staffel 2 ist komplett erschienen: alle {n} Teile; die letzte Folge ({last}) erschien am {day}, laut TVmaze."},
    "tl": {"parts": "Hindi pa kumpirmado, isang source pa lang: ayon sa TVmaze, lalabas ang season 2 nang {n} part: {groups}.",
           "parts_out": "Ayon sa TVmaze, lumalabas ang season 2 nang {n} part: {groups}.",
           "group": "episode {first}-{last} sa {day}",
           "listed": "Hindi pa kumpirmado, isang source pa lang: ayon sa TVmaze, {count} episode ({first}-{last}) ang part {k} "
                     "ng season 2, sa {when}.",
           "coming": "Ayon sa TVmaze, {count} episode ({first}-{last}) ang part {k} ng season 2: lalabas ito sa {when}{hedge}.",
           "came": "Ayon sa TVmaze, {count} episode ({first}-{last}) ang part {k} ng season 2: lumabas ito noong {when}.",
           "over_ahead": "Hindi pa tapos ang season 2: lalabas ang part {k} (episode {first}-{last}) sa {when}, ayon sa TVmaze.",
           "over_all": "Labas na ang buong season 2: ang {n} part; lumabas ang huling episode ({last}) noong {day}, ayon sa TVmaze."},
}

#: How long season 2's episodes run as TVmaze lists them, in the asker's language ("¿cuánto dura el primer episodio de la
#: temporada 2?"): "one" of one episode, "each" of them all at one runtime (any other answer stays English)
LENGTH_SAID: dict[str, dict[str, str]] = {
    "es": {"one": "Aún no está confirmado, una sola fuente: TVmaze indica que el episodio {episode} de la temporada 2 dura {minutes} minutos.",
           "each": "Aún no está confirmado, una sola fuente: TVmaze indica que cada episodio de la temporada 2 dura {minutes} minutos."},
    "pt": {"one": "Ainda não confirmado, uma só fonte: o TVmaze indica que o episódio {episode} da temporada 2 tem {minutes} minutos.",
           "each": "Ainda não confirmado, uma só fonte: o TVmaze indica que cada episódio da temporada 2 tem {minutes} minutos."},
    "id": {"one": "Belum pasti, baru satu sumber: TVmaze mencatat episode {episode} season 2 berdurasi {minutes} menit.",
           "each": "Belum pasti, baru satu sumber: TVmaze mencatat tiap episode season 2 berdurasi {minutes} menit."},
    "ko": {"one": "아직 확정은 아니에요. 출처 하나(TVmaze)에 시즌2 {episode}화가 {minutes}분으로 올라와 있어요.",
           "each": "아직 확정은 아니에요. 출처 하나(TVmaze)에 시즌2 에피소드가 각 {minutes}분으로 올라와 있어요."},
}


#: "cuándo sale el ep 5 de la t2": one episode TVmaze alone dates (season2_episodes._airs), by language; {n} its number,
#: {when} its day and hour said there
ONE_SOURCE_AIRS: dict[str, str] = {
    "es": "Aún no está confirmado, una sola fuente: TVmaze lista el episodio {n} de la temporada 2 para el {when}.",
    "pt": "Ainda não confirmado, uma só fonte: o TVmaze lista o episódio {n} da 2ª temporada para {when}.",
    "id": "Belum dikonfirmasi, baru satu sumber: TVmaze mencantumkan episode {n} season 2 pada {when}.",
}


#: "s2e8 out?", "is season 2 finished" once season 2 is out in parts (season2_episodes._episode_out), by language: the
#: opening ("yes" out, "not_yet"; "came", "comes" with no verdict, asked when or whether it was delayed; {n} the episode, {when} its day, {k} its part, {first}-{last} the part's episodes),
#: then who dates it: "tvmaze" (its listing alone; {hedge}: "hedge" unless Netflix dated that part too), "netflix" or
#: "reported" (the status's Part 2 day, another than the {listed} one TVmaze still gives)
EPISODE_OUT_SAID: dict[str, dict[str, str]] = {
    # the day last, as a notice gives it ("…에 파트2와" read awkwardly after the hour in Korea's time)
    "ko": {"yes": "네, 시즌2 {n}화는 파트{k}({first}-{last}화)와 함께 나왔어요. 공개: {when}",
           "not_yet": "아직이에요. 시즌2 {n}화는 파트{k}({first}-{last}화)와 함께 나와요. 공개 예정: {when}",
           "came": "시즌2 {n}화는 파트{k}({first}-{last}화)와 함께 나왔어요. 공개: {when}",
           "comes": "시즌2 {n}화는 파트{k}({first}-{last}화)와 함께 나와요. 공개 예정: {when}",
           "tvmaze": ". TVmaze 기준이에요{hedge}.", "hedge": " (출처 하나, 공식 확인 전)",
           "netflix": ". 넷플릭스 발표 기준이에요 (TVmaze에는 아직 {listed}로 올라와 있어요).",
           "reported": ". 보도 기준이고 넷플릭스 확인 전이에요 (TVmaze에는 아직 {listed}로 올라와 있어요)."},
    "es": {"yes": "Sí: el episodio {n} de la temporada 2 salió el {when}, con la parte {k} (episodios {first}-{last})",
           "not_yet": "Todavía no: el episodio {n} de la temporada 2 sale el {when}, con la parte {k} (episodios {first}-{last})",
           "came": "El episodio {n} de la temporada 2 salió el {when}, con la parte {k} (episodios {first}-{last})",
           "comes": "El episodio {n} de la temporada 2 sale el {when}, con la parte {k} (episodios {first}-{last})",
           "tvmaze": ", según TVmaze{hedge}.", "hedge": " (una sola fuente, sin confirmar oficialmente)",
           "netflix": ", según Netflix (TVmaze aún indica el {listed}).",
           "reported": ", según se informa, sin confirmar aún por Netflix (TVmaze aún indica el {listed})."},
    "pt": {"yes": "Sim: o episódio {n} da 2ª temporada saiu em {when}, com a parte {k} (episódios {first}-{last})",
           "not_yet": "Ainda não: o episódio {n} da 2ª temporada sai em {when}, com a parte {k} (episódios {first}-{last})",
           "came": "O episódio {n} da 2ª temporada saiu em {when}, com a parte {k} (episódios {first}-{last})",
           "comes": "O episódio {n} da 2ª temporada sai em {when}, com a parte {k} (episódios {first}-{last})",
           "tvmaze": ", segundo o TVmaze{hedge}.", "hedge": " (uma só fonte, sem confirmação oficial)",
           "netflix": ", segundo a Netflix (o TVmaze ainda indica {listed}).",
           "reported": ", segundo relatos, ainda sem confirmação da Netflix (o TVmaze ainda indica {listed})."},
    "id": {"yes": "Ya: episode {n} season 2 sudah rilis pada {when}, bersama bagian {k} (episode {first}-{last})",
           "not_yet": "Belum: episode {n} season 2 rilis pada {when}, bersama bagian {k} (episode {first}-{last})",
           "came": "Episode {n} season 2 sudah rilis pada {when}, bersama bagian {k} (episode {first}-{last})",
           "comes": "Episode {n} season 2 rilis pada {when}, bersama bagian {k} (episode {first}-{last})",
           "tvmaze": ", menurut TVmaze{hedge}.", "hedge": " (baru satu sumber, belum dikonfirmasi resmi)",
           "netflix": ", menurut Netflix (TVmaze masih mencantumkan {listed}).",
           "reported": ", menurut laporan, belum dikonfirmasi Netflix (TVmaze masih mencantumkan {listed})."},
    "ja": {"yes": "はい、シーズン2の第{n}話は{when}にパート{k}（第{first}-{last}話）として配信されました",
           "not_yet": "まだです。シーズン2の第{n}話は{when}にパート{k}（第{first}-{last}話）として配信されます",
           "came": "シーズン2の第{n}話は{when}にパート{k}（第{first}-{last}話）として配信されました",
           "comes": "シーズン2の第{n}話は{when}にパート{k}（第{first}-{last}話）として配信されます",
           "tvmaze": "。TVmazeの情報です{hedge}。", "hedge": "（情報源は一つで、公式には未確認）",
           "netflix": "。Netflixの発表によります（TVmazeではまだ{listed}となっています）。",
           "reported": "。報道によるもので、Netflixはまだ確認していません（TVmazeではまだ{listed}となっています）。"},
    "zh": {"yes": "是的，第二季第{n}集已于{when}随第{k}部分（第{first}-{last}集）上线",
           "not_yet": "还没有。第二季第{n}集将于{when}随第{k}部分（第{first}-{last}集）上线",
           "came": "第二季第{n}集已于{when}随第{k}部分（第{first}-{last}集）上线",
           "comes": "第二季第{n}集将于{when}随第{k}部分（第{first}-{last}集）上线",
           "tvmaze": "，根据TVmaze{hedge}。", "hedge": "（只有一个来源，尚未官方确认）",
           "netflix": "，根据Netflix的公布（TVmaze目前仍列为{listed}）。",
           "reported": "，据报道，Netflix尚未确认（TVmaze目前仍列为{listed}）。"},
    "fr": {"yes": "Oui : l'épisode {n} de la saison 2 est sorti le {when}, avec la partie {k} (épisodes {first}-{last})",
           "not_yet": "Pas encore : l'épisode {n} de la saison 2 sort le {when}, avec la partie {k} (épisodes {first}-{last})",
           "came": "L'épisode {n} de la saison 2 est sorti le {when}, avec la partie {k} (épisodes {first}-{last})",
           "comes": "L'épisode {n} de la saison 2 sort le {when}, avec la partie {k} (épisodes {first}-{last})",
           "tvmaze": ", d'après TVmaze{hedge}.", "hedge": " (une seule source, pas encore confirmé officiellement)",
           "netflix": ", d'après Netflix (TVmaze indique encore le {listed}).",
           "reported": ", d'après la presse, sans confirmation de Netflix pour l'instant (TVmaze indique encore le {listed})."},
    "de": {"yes": "Ja: Folge {n} von Staffel 2 ist am {when} erschienen, mit Teil {k} (Folgen {first}-{last})",
           "not_yet": "Noch nicht: Folge {n} von Staffel 2 erscheint am {when}, mit Teil {k} (Folgen {first}-{last})",
           "came": "Folge {n} von Staffel 2 ist am {when} erschienen, mit Teil {k} (Folgen {first}-{last})",
           "comes": "Folge {n} von Staffel 2 erscheint am {when}, mit Teil {k} (Folgen {first}-{last})",
           "tvmaze": ", laut TVmaze{hedge}.", "hedge": " (nur eine Quelle, noch nicht offiziell bestätigt)",
           "netflix": ", laut Netflix (TVmaze nennt noch den {listed}).",
           "reported": ", laut Berichten, von Netflix noch nicht bestätigt (TVmaze nennt noch den {listed})."},
    "tl": {"yes": "Oo: lumabas ang episode {n} ng season 2 noong {when}, kasama ng part {k} (episode {first}-{last})",
           "not_yet": "Hindi pa: lalabas ang episode {n} ng season 2 sa {when}, kasama ng part {k} (episode {first}-{last})",
           "came": "Lumabas ang episode {n} ng season 2 noong {when}, kasama ng part {k} (episode {first}-{last})",
           "comes": "Lalabas ang episode {n} ng season 2 sa {when}, kasama ng part {k} (episode {first}-{last})",
           "tvmaze": ", ayon sa TVmaze{hedge}.", "hedge": " (isang source pa lang, hindi pa kumpirmado nang opisyal)",
           "netflix": ", ayon sa Netflix (nakalista pa rin sa TVmaze ang {listed}).",
           "reported": ", ayon sa mga ulat, hindi pa kumpirmado ng Netflix (nakalista pa rin sa TVmaze ang {listed})."},
}


def episode_out_said(lang: str, aired: bool, by: str, hedged: bool, verdict: bool = True, **said: object) -> str | None:
    """One episode's "Yes:" / "Not yet:" line of a season out in parts in `lang` (EPISODE_OUT_SAID; `by` who dates
    it, `hedged` TVmaze's word alone; no `verdict`: its day alone; `said` the fields); None where the language has no such
    line (English kept)."""
    words = EPISODE_OUT_SAID.get(lang)
    if words is None:
        return None
    opening = ("yes" if aired else "not_yet") if verdict else ("came" if aired else "comes")
    return words[opening].format(**said) + words[by].format(
        hedge=words["hedge"] if hedged else "", **said)


#: "is s2 out yet?" once Part 1 is out and Netflix (or a report) moved Part 2's day (season2_parts_out.out_then_moved):
#: one answer, Part 1 out since {since} ({a}-{b}), Part {k} ({first}-{last}) to come on {when}, then who dates it
#: (EPISODE_OUT_SAID's "netflix" or "reported" ending, {listed} TVmaze's stale day); English kept elsewhere
PARTS_SO_FAR_SAID: dict[str, str] = {
    "ko": "파트1({a}-{b}화)은 나왔어요. 공개: {since}. 파트{k}({first}-{last}화) 공개 예정: {when}",
    "es": "La parte 1 (episodios {a}-{b}) ya salió, el {since}; la parte {k} (episodios {first}-{last}) sale el {when}",
    "pt": "A parte 1 (episódios {a}-{b}) já saiu, em {since}; a parte {k} (episódios {first}-{last}) sai em {when}",
    "id": "Bagian 1 (episode {a}-{b}) sudah rilis pada {since}; bagian {k} (episode {first}-{last}) rilis pada {when}",
    "ja": "パート1（第{a}-{b}話）は{since}に配信済みです。パート{k}（第{first}-{last}話）は{when}に配信されます",
    "zh": "第1部分（第{a}-{b}集）已于{since}上线；第{k}部分（第{first}-{last}集）将于{when}上线",
    "fr": "La partie 1 (épisodes {a}-{b}) est sortie le {since} ; la partie {k} (épisodes {first}-{last}) sort le {when}",
    "de": "Teil 1 (Folgen {a}-{b}) ist am {since} erschienen; Teil {k} (Folgen {first}-{last}) erscheint am {when}",
    "tl": "Labas na ang part 1 (episode {a}-{b}) mula {since}; lalabas ang part {k} (episode {first}-{last}) sa {when}",
}
