"""Korean words that put a release off or change its day (연기, 미뤄, 밀린다, 변경, 앞당겨), as `headline_rules.RULES` reads them.
Pure patterns on text."""

from __future__ import annotations

from bot.text import KOREAN_WEEKDAY_LETTERS

#: Up to three words before what follows them, the last one's end anywhere ("CG 작업때문에"): the language of
#: `([^\s;…]+\s*){0,3}?`, read in one pass (a long word split every way three times went as the cube of its length).
UP_TO_THREE_WORDS = r"(?:[^\s;…]++\s+){0,2}(?:[^\s;…]+\s*)?"
#: Korean 연기 is a delay only where the release's words lead to it ("공개 연기", "공개일 3월 26일로 연기") or a
#: new day or window does ("3월 26일로 미뤄졌다", "하반기로 연기"); it also means acting (연기력, 연기 변신,
#: 연기 호평, "눈빛으로 연기했다"), which is none.
_KO_PUT_OFF = r"(연기(?!력|자|파|대상|\s*(변신|호평|극찬|칭찬|화제|연습|도전|열정|내공|구멍|호흡|톤|인생))|미뤄|미루|미룬|미뤘|밀린|밀려|밀렸|밀림|밀리(?!언)|늦춰|늦춘|늦추|늦어져|지연|순연)"
_KO_LATER = r"(\d\s*일(\s*(오전|오후|밤|저녁|새벽|낮)\s*\d{1,2}\s*시(\s*\d{1,2}\s*분|\s*반)?)?|\d\s*월|\d\s*년|내년|반기|분기|봄|여름|가을|겨울|초|말|중순|하순|주|이후)\s*(으)?로\s*"
#: A span a release is put off by ("공개 일주일 연기", "2주 미뤄져"); a bare "3일" is left out (it may be a day: "3일로").
_KO_SPAN = r"((일|한|두|세|\d+)\s*주(일)?|한\s*달|\d+\s*개월|하루|이틀|사흘|며칠|보름)(\s*(가량|정도|더|씩))?\s*"
#: Put off, in words that never mean acting (연기 only as a delay that happens: 연기됐다, 연기설).
_KO_PUT_OFF_PLAIN = r"(미뤄|미루|미룬|미뤘|밀린|밀려|밀렸|밀림|밀리(?!언)|늦춰|늦춘|늦추|늦어져|지연|순연|연기(?=\s*(됐|되|돼|된|설)))"
#: What a release was, or was said to be, before what follows ("공개였는데", "공개 예정이었지만", "공개라더니", "공개한다더니",
#: "공개한다고 했는데"): the day before it is the one it had.
#: ... and as the press names the season by it ("4월 2일 공개 예정이던 '지우학2'", "공개될 예정이었던 시즌2").
KO_WAS = (r"(?:(?:이었|였)(?:는데|지만|으나|던데|다가|던)|이던|(?:이)?라더니|(?:한|된)다더니|(?:이)?라고\s*했는데|(?:한|된)다고\s*했는데)")
KOREAN_DELAY = (
    # the season's name, then why it is put off ("지우학2 CG 작업 때문에 또 밀린다는", "시즌2 후반 작업 탓에 연기됐다")
    rf"(학교는\s*2|지우학\s*2|시즌\s*2)['’」》\"”]?\s*{UP_TO_THREE_WORDS}(때문에|탓에|(으)?로\s*인해|문제로)\s*"
    rf"(또다시\s*|또\s*|다시\s*|결국\s*)?{_KO_PUT_OFF_PLAIN}|"
    rf"(공개|방송|첫\s*방송|촬영|제작)(일|일정|날짜|일자|시기)?(이|가|은|는|도)?\s*(일정\S*\s*)?{UP_TO_THREE_WORDS}"
    rf"{_KO_LATER}({_KO_SPAN})?(또\s*|다시\s*|결국\s*)?{_KO_PUT_OFF}"
    rf"|(공개|방송|첫\s*방송|촬영|제작)(일|일정|날짜|일자|시기)?(이|가|은|는|도)?\s*(일정\S*\s*)?(또\s*|다시\s*|결국\s*)?"
    rf"({_KO_SPAN})?{_KO_PUT_OFF}"
    rf"|(?<![가-힣]){_KO_SPAN}(또\s*|다시\s*)?{_KO_PUT_OFF}"  # fans' "일주일 미뤄졌대", the release left unsaid
    rf"|{_KO_LATER}(공개\s*|방송\s*)?({_KO_SPAN})?(또\s*|다시\s*|결국\s*)?{_KO_PUT_OFF}"
    # a day's release fallen through ("5월 7일 공개 무산", "7일 공개 불발"): that day put off, the season not cancelled
    rf"|\d\s*일\s*(넷플릭스\s*)?(공개|첫\s*방송)\s*(이|은|도)?\s*(결국\s*)?(무산|불발|취소|물\s*건너|없던\s*일)(?!설)"
    # a day it was, then put off in the end ("4월 2일 공개였는데 결국 연기", "공개 예정이었지만 또 밀림"): no acting ("공개였는데 연기
    #미쳤다"): 연기 only as the clause's end
    rf"|(공개|방송|첫\s*방송)\s*(예정)?\s*{KO_WAS}\s*((결국|끝내|또다시|또|다시|갑자기)\s*){{0,2}}"
    rf"({_KO_PUT_OFF_PLAIN}|연기(?=\s*($|[…,.!?;~ㅠㅜㅋ]|\.\.\.|됐|되|돼|됨|했|함|라니|래)))"
    # the season's name, then "in the end put off" as the news itself ("'지우학2' 결국 연기…26일 공개"), or 연기설: never its acting
    rf"|(학교는\s*2|지우학\s*2|시즌\s*2)['’」》\"”]?(가|이|는|은|도)?,?\s*(((결국|끝내|또다시|또|다시|전격)\s*){{1,2}}{_KO_PUT_OFF}(?=설|\s*($|[…,.!?;]|\.\.\.|됐|되|돼|했|한다|키로|결정))|((또다시|또|다시)\s*)?연기(?=설)"
    # ... or as the subject of 연기 in the passive ("시즌2가 연기됐다"; acting is 연기했다, never 연기됐다), said as done
    # (never "연기될 수도", "연기됐다는 건 루머", "연기된다면")
    r"|(?<=[가이])\s*연기(?=\s*(됨|(됐|되었)(다|음|어|네|습니다)?(\s|$|[.!…,;~ㅠㅜ]))))"
)

#: Korean 변경 of the release's day ("공개일 4월 2일로 변경", "공개 일정 변경…3월 26일 공개", "3월 26일로 공개 변경"):
#: the release's words or a new day lead to it (촬영 일정 변경 is filming's).
KOREAN_CHANGE = (r"(공개|방송|첫\s*방송)\s*(일|일정|날짜|일자|시기)?(이|가|은|는|도)?\s*" + UP_TO_THREE_WORDS + r"(으)?로?\s*변경"
                 r"|\d\s*일\s*(으)?로\s*(공개\s*|방송\s*)?(일정\s*)?변경"
                 # the day with its hour: "5월 28일(금) 오후 4시로 변경되었습니다"
                 r"|\d\s*일\s*(\(\s*[" + KOREAN_WEEKDAY_LETTERS + r"]\s*\))?\s*(오전|오후|낮|밤|저녁|새벽)?\s*\d{1,2}\s*시(\s*\d{1,2}\s*분|\s*반)?\s*(으)?로\s*(공개\s*)?(일정\s*)?변경"
                 # brought forward: "공개 일주일 앞당겨…3월 12일 공개", "12일로 앞당겼다"
                 r"|(공개|방송|첫\s*방송)\s*(일|일정|날짜|일자|시기)?(이|가|은|는|도)?\s*" + UP_TO_THREE_WORDS + r"앞당(겨|겼|긴|기)"
                 r"|\d\s*일\s*(으)?로\s*(앞)?당(겨|겼|긴|기)"
                 r"|새\s*(공개|방송)\s*(일|날짜|일자)")  # "새 공개일은 3월 19일": a new day

#: Filming or making put off ("촬영 3월 26일로 연기"), with no word of the release (공개, 방송) anywhere: the day is the
#: shoot's, never the release's.
KOREAN_MAKING_ONLY = r"^(?!.*(?:공개|방송|개봉|출시|스트리밍)).*(?:촬영|제작|크랭크)"
