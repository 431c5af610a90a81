"""Where a Japanese, Korean, Thai, Vietnamese, Tagalog or Indonesian sentence begins a new clause without a comma (split from bot.progress_clauses at
587 lines): fans there often end a place with a space and go on ("5話まで見た 今日は8話まで見る予定", "오늘 8화까지 볼 예정
지금 5화", "ดูถึงตอน 5 แล้ว คืนนี้..."), so a day, "now", a plan that was, "as for me" or someone else named begins a
clause as a comma would; bot.progress_clauses cuts at `COMMALESS` as at its commas.

Someone else, named first (`KO_OTHERS`, `JA_OTHERS`, `TH_OTHERS`, `TL_OTHERS`, `ID_OTHERS`, `VI_OTHERS`): "친구는 9화",
"友達は8話まで見た", "แฟนดูถึงตอน 8", "kapatid ko nasa ep 8", "adikku udah ep 9", "em mình đang tập 9",
a clause bot.progress_clauses leaves out. Plain text patterns (Thai with its marks dropped, as bot.progress_said.chat_free
leaves it); nothing here knows the show.
"""

from __future__ import annotations

from bot.lazy_re import compile_later

# Someone else, in Korean: "친구는 9화", "남친은 5화".
KO_OTHERS = r"(?:친구|남친|여친|남자친구|여자친구|동생|언니|오빠|형|누나|엄마|아빠|남편|아내)(?:는|은|가|이)"
JA_OTHERS = r"(?:友達|友だち|妹|姉|兄|弟|母|父|彼氏|彼女|ママ|パパ)(?:は|が|も)"
# ... in Thai, its marks dropped: a friend, an older or younger sibling, a mother, a partner ("แฟน", never "แฟนคลับ", a
# fan club; watched64)
TH_OTHERS = r"(?:เพอน|พสาว|พชาย|นองสาว|นองชาย|แมเรา|แมผม|แมฉน|นอง|แฟน(?!คลบ))"
# ... in Tagalog, Indonesian and Vietnamese ("kapatid ko", "adikku", "temen gue", "em mình"; moved here from
# bot.progress_clauses, watched68)
TL_OTHERS = r"(?:yung |ang )?(?:kapatid|kaibigan|nanay|tatay|jowa|ate|kuya|pinsan|mama|papa) ko\b"
ID_OTHERS = r"(?:adik|kakak|temen|teman|pacar|nyokap|bokap|ibu|ayah|sepupu)(?:ku|\s(?:gue|gw|aku|saya))\b"
VI_OTHERS = r"(?:bạn|em|chị|anh|mẹ|bố|ba)(?: gái| trai)? (?:mình|tôi|tui|tớ)\b"
# The three, for bot.progress_clauses's someone else: named first, or last in Tagalog and Indonesian ("nasa ep 10 na yung
# kaibigan ko", "udah ep 9 adikku"; never "kasama kapatid ko", "bareng adikku": with them; watched69)
# ("tập 9 em mình chưa xem xong", "tập 9 em mình đang xem": an episode said first, then the sibling watching it; watched72)
OTHERS_ABROAD = (f"^(?:{TL_OTHERS}|{ID_OTHERS}|{VI_OTHERS}|(?:tập|episode|ep) ?\\d{{1,2}},? {VI_OTHERS})"
                 rf"|.*(?<=\s)(?<!kasama )(?<!sama )(?<!bareng )(?<!with )(?:{TL_OTHERS}|{ID_OTHERS})$")

# ("tập 9 em mình chưa xem xong": an episode said alone first is the sibling's, no clause of the fan's; watched72)
_NOT_AFTER_A_BARE_EPISODE = "".join(rf"(?<!^{word} {digits} )" for word in ("episode", "ep", "tập") for digits in (r"\d", r"\d\d"))

COMMALESS = (
    r"|(?<!\s)\s+(?=이제 시즌 ?\d|ตอ ?season \d)"  # "시즌1 끝냄 이제 시즌2", "... ต่อซีซั่น 2" (on to s2, marks dropped): a clause of its own (watched56)
    # "5話まで見た 今日は8話まで見る予定", "오늘 8화까지 볼 예정 지금 5화", "ดูถึงตอน 5 แล้ว คืนนี้...": a place or a plan (any Thai word)
    # ended, then a day or "now" begins another, said without a comma (watched63; Thai with its marks dropped)
    r"|(?:(?<=\d)|(?<=[話화])|(?<=見た)|(?<=予定)|(?<=예정)|(?<=봤고)|(?<=봤어)|(?<=거고)|(?<=だった)|(?<=는데)|(?<=[\u0e00-\u0e7f]))\s+"
    # ("8話まで見る予定だった 今5話", "8화까지 볼 예정이었는데 지금 5화": a plan that was; "ดูถึงตอน 8 พรุ่งนี้": tomorrow ends it; watched64)
    r"(?=今日|今夜|今晩|今 ?\d|오늘|지금|이따|내일|คนน|ตอนน|วนน|พรงน(?!\s*$|\s+ตอนน)"
    # "ดูถึงตอน 8 แล้ว แฟนตอนนี้ตอน 3", "ตอนนี้ตอน 5 แฟนตอน 8": someone else's place after the fan's (watched65)
    + "|" + TH_OTHERS
    # "น้องดูถึงตอน 10 แล้ว เราดูถึงตอน 3": "I" (เรา, ฉัน, ผม) after someone else's place begins the fan's own (watched70)
    + r"|(?:เรา|ฉน|ผม)(?=\s*(?:ดถง|ดตอน|ตอน|episode|ep\b)))"
    # "友達は8話まで見た 私は今5話": "as for me" begins the fan's own (watched64); "1話見直してから8話まで見る予定": and then
    r"|(?<!\s)\s+(?=(?:私|僕|俺|あたし|うち)は|" + JA_OTHERS + ")|(?<=[見直返]して)から"
    # "tapos ko na ep 5 kapatid ko nasa ep 8 na", "baru ep 5 nih adikku udah ep 9", "xem xong tập 5 rồi em mình đang tập 9":
    # the fan's place ended, then someone else's, or "as for me" after theirs ("... rồi mình mới tập 5"), or a day to come
    # ("nasa ep 5 ako ngayon bukas ep 8", "đang tập 5 mai xem tập 8"), said without a comma (watched68). Tagalog and
    # Indonesian may say the subject last ("nasa ep 8 kapatid ko", "udah ep 9 adikku": theirs), so someone else begins a
    # clause there only after the fan is named ("ko", "aku", "finished" from "tapos ko na") and when their place follows.
    r"|(?:(?<=\bko)|(?<=\bako)|(?<=\baku)|(?<=\bgue)|(?<=\bnih)|(?<=finished ep \d)|(?<=finished ep \d\d))\s+(?="
    + TL_OTHERS + r"\s+(?:nasa|tapos|natapos|nanonood|nanood|naka)\b|" + ID_OTHERS + r"\s+(?:udah|sudah|dah|baru|lagi|masih|nonton|belum|blm)\b)"
    r"|(?:(?<=\d)|(?<=\bngayon)|(?<=\bnih)|(?<=rồi)|(?<=\bako)|(?<=\baku)|(?<=\blang))\s+(?=(?:" + _NOT_AFTER_A_BARE_EPISODE + VI_OTHERS + r"|mình|tôi|tui|tớ)\s+(?:đang|mới|xem|coi|đã|chưa|tới)\b"
    r"|(?:bukas|besok|mamaya|nanti|ntar|ngày mai|tối nay|mai|tomorrow|tmrw|tmr|rn|now) (?:ep|episode|tập|xem|coi|nonton|manood|lanjut)\b)"
    # ("nasa ep 10 na yung kaibigan ko ako ep 3 pa lang": the fan named after someone else named last; watched69)
    # ("siya nasa ep 9 ako ep 4", "dia udah ep 9 aku ep 3": after "he" or "she" at a place; watched71)
    # ("nasa ep 4 ako si ate nasa ep 10": someone named by "si" after the fan; watched72)
    # ("em mình tập 9 rồi còn mình tập 5": "as for me" after someone else's place; watched75)
    r"|(?<=rồi)\s+(?=còn (?:mình|tôi|tui|tớ|em) (?:đang |mới )?(?:tập|episode) \d)"
    r"|(?<=\bako)\s+(?=si (?:ate|kuya|bunso|mama|papa|tita|tito|[a-z]+) (?:nasa|tapos|natapos|nanonood|nanood)\b)"
    r"|(?:(?<=\bko)|(?<=\d))\s+(?=ako (?:nasa |sa )?(?:ep|episode)\b)|(?:(?<=ku)|(?<=\d))\s+(?=aku (?:baru |udah |sudah |masih |lagi )?(?:ep|episode)\b)"
)

# "친구는 5화까지 봤고 지금 6화", "友達は5話まで見た 今6話", "แฟนดูถึงตอน 5 แล้ว ตอนนี้ตอน 6": "now" with no one named after
# someone else's place goes on about them, so it is theirs too (watched65); "난 지금 5화", "ตอนนี้เรา ตอน 5", "私は今5話"
# name the fan.
THEIRS_GOES_ON = compile_later(r"^(?:今(?!.*(?:私|僕|俺|あたし|うち))|지금|현재|ตอนน(?!\s*(?:เรา|ฉน|ผม|หน)))")

# "udah ep 5 adikku udah ep 9", "aku udah ep 5 adikku udah ep 9", "udah ep 5 kakakku udah tamat": Indonesian may name the
# subject last ("udah ep 9 adikku": the sibling's), so with no "aku" first whose place comes first is open; the lower place
# is the fan's either way, never past theirs (watched72), so only then does the sibling begin a clause of their own
# ("udah ep 9 adikku masih ep 5" is still asked again, as watched_blind65 holds).
_ID_BEHIND = compile_later(rf"^(?P<fan>(?P<aku>(?:aku|gue|gw|saya) )?(?:udah|sudah|dah|baru) (?:ep|eps|episode) ?(?P<n>\d{{1,2}})) "
                           rf"(?P<other>{ID_OTHERS} (?:udah|sudah|dah) (?:(?:ep|eps|episode) ?(?P<m>\d{{1,2}})|tamat|kelar|selesai|beres)(?: (?:sih|nih|lho|loh))?)$")


def behind_first(text: str) -> str:
    """`text` (lower-cased) with a comma before someone else's place said after the fan's, when the fan is named first or
    the fan's place is the lower one (above); else as it is."""
    found = _ID_BEHIND.match(text)
    if found is None or not (found["aku"] or found["m"] is None or int(found["n"]) < int(found["m"])):
        return text
    return f"{found['fan']}, {found['other']}"
