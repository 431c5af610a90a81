"""Something of the season's own that is not the season said to have no day yet ("Estamos Muertos 2: tráiler sin fecha, pero se
estrena el 19 de marzo", "지우학2 쇼케이스 일정 미정, 공개는 3월 19일", "aouad 2 tagalog dub no date yet but the show drops march 19",
"僵尸校园2国语配音未定，3月19日上线"): the trailer, a dub, a showcase, a fan meeting or the merch is undated, never the season, and
never a trailer said to be out. That thing and its "no date" are set aside before the season's day is read; the day given beside
them is the season's (s2wild104). Pure functions on text, read by `headline_parts`."""

from __future__ import annotations

import re

from bot.lazy_re import compile_later

#: What of the season's has a day of its own, in the ten languages the readers know.
_THING = (r"tr[aá]ilers?|teasers?|dub(?:bed|bing|s)?\b|doblaje|doblad[oa]|dublad[oa]|dublagem|showcase|fan\s*meet(?:ing)?s?"
          r"|merch(?:andise)?|\bost\b|posters?|\bevents?\b|eventos?|예고편|티저|더빙|쇼케이스|제작발표회|팬미팅|굿즈|포스터|이벤트"
          r"|预告片?|預告片?|配音|发布会|發布會|见面会|見面會|周边|海报|海報|予告編?|吹き?替え?版?|ファンミ(?:ーティング)?|イベント|グッズ"
          r"|ポスター|lồng\s+tiếng|họp\s+fan|fan\s*meeting|sự\s+kiện|ตัวอย่าง|พากย์(?:ไทย)?|แฟนมีต(?:ติ้ง)?|โปสเตอร์|sulih\s+suara")
#: Words that may stand between the thing and its "no date": a language's name, "still", a topic particle, 일정 (schedule).
_BETWEEN = (r"(?:\s*(?:[は는은이가]|일정|日程|아직|还|還|尚|仍|まだ|ยัง(?=ไม่))\s*|\s+(?:is|has|still|yet|a[uú]n|todav[ií]a|ainda|pa"
            r"|masih|vẫn|indonesia|tagalog|filipino|english|latino|brasileiro|thai|vietnamese)\b\s*){0,3}")
#: Said to have no day yet.
_NO_DAY = (r"(?:no\s+(?:release\s+)?date(?:\s+yet)?|not\s+(?:yet\s+)?(?:officially\s+)?(?:dated|announced)(?:\s+yet)?|tb[adc]\b"
           r"|sin\s+fecha|sem\s+data|wala\s+pang\s+(?:date|petsa|araw)|belum\s+ada\s+tanggal|chưa\s+có\s+ngày|ไม่มีก(?:ำ|ํา)หนด(?:ฉาย|การ)?"
           r"|미정|未定档?|还没定档|還沒定檔)(?:\s+(?:yet|a[uú]n|todav[ií]a|ainda|pa|lagi))?")
_THING_UNDATED = compile_later(rf"(?:{_THING}){_BETWEEN}\s*{_NO_DAY}", re.I)


def without_things_undated(text: str) -> str:
    """`text` without a thing of the season's said to have no day yet ("aouad 2 dub no date yet but the show drops march 19": "aouad
    2 but the show drops march 19")."""
    return " ".join(_THING_UNDATED.sub(" ", text).split()) if _THING_UNDATED.search(text) else text
