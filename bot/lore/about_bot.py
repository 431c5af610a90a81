"""Questions a new fan puts to /ask about the bot itself, not the show: "how do i set my progress",
"how do i play trivia", "what episode am i on", "what can you do". They get the command that does it,
privately, instead of "I don't know" (the show's sources say nothing of the bot).
"""

from __future__ import annotations

from bot.lazy_re import Pattern, compile_later
from bot.progress_said import progress_forms

_HOW = r"(?:how (?:do|can|should|would) (?:i|we|you)|how to|where (?:do|can) (?:i|we)|can (?:i|we|you)|is there a way to|help me)"
_POINTERS: tuple[tuple[Pattern, str], ...] = (
    (compile_later(rf"\b{_HOW}\b.*\b(?:progress|episode i(?: a|)m on|where i am|how far i)|"
                r"\b(?:what|which) (?:episode|ep) (?:am i|i ?m|did i)\b|\bmy progress\b|\bhow far (?:did|have) i\b"
                r"|(?:진행도?|몇 ?화까지 ?봤는지).*(?:설정|저장|어떻게)|나 ?몇 ?화까지 봤(?:지|더라)"),
     "`/progress` sets how far you have watched ({forms}), and "
     "`/progress` alone shows what you set. Private replies then hide only what comes after it."),
    (compile_later(rf"\b{_HOW}\b.*\b(?:trivia|quiz)\b|\b(?:play|start) (?:a )?(?:trivia|quiz)\b"
                r"|(?:퀴즈|트리비아).*(?:어떻게|하는 ?법|방법|시작)", prefilter=True),
     "`/trivia start` starts a game in a server channel (answer with the buttons, or by typing in typed mode); "
     "`/trivia skip` skips the open question and `/trivia stop` ends the game you started; "
     "`/trivia leaderboard` shows the best players."),
    (compile_later(rf"\b{_HOW}\b.*\bspoilers?\b|스포.*(?:가리|숨기|안 ?보이).*(?:어떻게|방법|법)"),
     "Replies in a channel hide what its spoiler mark does not allow (moderators set it); **Show me privately** "
     "under a reply shows it to you alone, hiding only what comes after your `/progress`."),
    (compile_later(rf"\b{_HOW}\b.*\b(?:reminders?|notif\w*|dms?)\b"
                r"|\b(?:remind|notify) me\b.*\b(?:season ?2|s2|release\w*|premiere\w*|comes? out|drops?)\b"
                r"|시즌 ?2.*(?:나오면|공개되면|나올 ?때).*(?:알려|알림)|알림.*(?:어떻게|받)"),
     "`/season2 remind` sends you a direct message before season 2 comes out; `/season2 status` shows where it stands."),
    (compile_later(r"\bwhat (?:can|do) you do\b|\b(?:what|which) commands\b|\bhow (?:do|does) (?:this|the) bot\b"
                r"|\bhow (?:do i|to) use (?:you|this|the bot)\b|명령어|무슨 기능|뭐 ?할 ?수 ?있"),
     "`/help` lists every command you can use here. Start with `/progress`, then `/ask` anything about the show."),
)


def about_the_bot(question: str, out: int) -> str | None:
    """The pointer to the command a question about using the bot needs, or None for a question of
    the show; `out`: the latest season out, which says the forms of `/progress` read as typed."""
    said = question.casefold().replace("\u2019", "'").replace("'", "")
    for pattern, pointer in _POINTERS:
        if pattern.search(said):
            return pointer.replace("{forms}", progress_forms(out))
    return None
