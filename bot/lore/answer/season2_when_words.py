"""The words fans time season 2 with, and the questions that time "it" with no season named (read by season2_asked.py):

- a month, a window ("h1 2027", "early 2027"), a day counted from today ("this friday", "3 weeks") or a month's day
  ("march 12", "12th of march");
- "is it coming out this year or next year", "is it this friday?": the next season's day, then (season 1 is long out);
- "is it out march 12?", "coming out on the 12th?", "so it drops march 12 right": season 2 held to the day named, when no
  other subject is named (present or future only: "was it released on january 28" stays season 1's premiere).
"""

from __future__ import annotations

from bot.lazy_re import compile_later
from bot.text import month_alternation

MONTH = f"(?:{month_alternation(names=True, short=True)})"
# a window before its year ("h1 2027", "the first half of 2027") or after it, in Korean's order ("2027 first half of")
PART = (rf"(?:early|late|mid|end of|start of|beginning of|(?:the )?(?:first|second) half(?: of)?|h[12]|q[1-4]|"
        rf"spring|summer|fall|autumn|winter|{MONTH})(?: of)?")
WINDOW = rf"(?:{PART}\s+)?20\d\d(?:\s+{PART})?"
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day"
# "this friday", "tmrw", "3 weeks", "a few days": a day counted from today (a countdown's words)
RELATIVE = (rf"(?:(?:this|next) (?:week|month|year|weekend|{WEEKDAY})|today|tonight|tomorrow|tomorow|tmrw|tmr|{WEEKDAY}"
            r"|(?:\d+|a|a few|two|three|four) (?:days?|weeks?|months?))")
# a month (and day) with no year: "s2 in march fr?", "season 2 march 12?" (never Park Ji-hu's March 2023 remark)
MONTH_DAY = rf"(?:{MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})"
# the words that check a day ("..., right?", "or nah")
_CHECKED = r"(?P<tail>(?:\W+(?:right|yeah|yea|ya|yes|fr|true|confirmed|correct|or\s+(?:nah|not|no)))*)"

# "is it coming out this year or next year", "will it be out next month": the next season's, then (season 1 is long out)
IT_RELATIVE = compile_later(
    r"^\W*(?:is|will)\s+it\s+(?:be\s+)?(?:com(?:e|ing)\s+out|out|drop(?:ping)?|releas\w*)\s+(?:in\s+)?"
    rf"(?P<window>{RELATIVE}|{WINDOW})(?:\s+or\s+(?:{RELATIVE}|{WINDOW}|not|nah))?\W*$")
# "is it this friday?", "so its next month yeah": season 2's day checked (it is what a fan server waits for)
IT_DAY = compile_later(
    r"^\W*(?:(?:so|wait|oh|ok|okay|and)\W+)?(?:is\s+it|(?P<said>it\s*'?\s*s|its|it\s+is))\s+(?:on\s+|in\s+)?"
    rf"(?P<window>{RELATIVE}){_CHECKED}\W*(?P<q>\?)?\W*$")
# "is it out march 12?", "coming out on the 12th?", "does it drop on the 19th", "so it drops march 12 right", "it may
# come out in march right?" (a guess checked, never Park Ji-hu's March 2023 remark): the day it comes out checked, "it"
# (or nothing) being season 2; never a past tense ("was it released on january 28": season 1)
IT_ON_DAY = compile_later(
    r"^\W*(?:(?:so|wait|oh|ok|okay|and|hold\s+on)\W+)?"
    r"(?:(?:is|will|does|do|could|might)\s+it\s+|it\s*'?\s*s\s+|its\s+|it\s+(?:is\s+|will\s+|may\s+|might\s+|could\s+)?)?"
    r"(?:be\s+|gonna\s+|going\s+to\s+)?"
    r"(?:com(?:e|es|ing)\s+out|out|drop(?:s|ping)?|releas(?:e|es|ing)|premier(?:e|es|ing))\s+(?:on\s+|in\s+)?(?:the\s+)?"
    rf"(?P<window>{MONTH_DAY}|\d{{1,2}}(?:st|nd|rd|th)){_CHECKED}\W*$")
