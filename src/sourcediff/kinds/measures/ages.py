"""Ages: "a 10-year-old girl", "Dana Ortiz, 23, was arrested", "Smith (52)", "girls aged 6 and 8", "aged 67".

An age is a `Quantity` with unit "age" (years; "age_month", "age_week", "age_day" for a baby's age
in months, weeks or days), so that an age is never read as a count of something.
"""

from __future__ import annotations

import re

from ...regexes import compile_regex
from .figures import Figure

AGE_UNITS = {"year": "age", "month": "age_month", "week": "age_week", "day": "age_day"}
_AGE_TAIL = compile_regex(r"[\s-]?-?\s?(?P<unit>year|month|week|day)s?[\s-]+old\b", re.IGNORECASE)
AGE_BEFORE = compile_regex(r"\b(?:aged|age\s+of|ages\s+of|as\s+young\s+as|as\s+old\s+as|age|ages)\s*$", re.IGNORECASE)
# Words before a comma or bracket that an age in apposition follows: a name, or a person.
_PERSON_NOUNS = (
    "man|woman|men|women|boy|girl|son|daughter|wife|husband|mother|father|brother|sister|suspect|victim|driver|"
    "officer|deputy|teenager|resident|friend|partner|girlfriend|boyfriend|grandmother|grandfather|child|baby|"
    "student|pupil|worker|gunman|shooter|passenger|pilot|owner|neighbour|neighbor|defendant|accused|nephew|niece"
)
_APPOSITION_BEFORE = compile_regex(
    rf"(?:\b(?P<name>[A-Z][A-Za-z'’-]*\.?)|\b(?:Jr|Sr|II|III)\.?|\b(?:{_PERSON_NOUNS}))\s?(?P<mark>,|\()\s?$"
)
_APPOSITION_AFTER = compile_regex(r"\s?(?:,|\)|;|\.(?!\d)|$|\s(?:and|of|who|was|is|were|has|had|from)\b)")
_NOT_NAMES = frozenset(
    """In On At By Since Of And But Now Today Yesterday Also However Meanwhile Then Overall Altogether So Yet
    Still For From With After Before During Last This Next The A An It He She They We Of Here There Instead
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)
_LIST_GAP = compile_regex(r"\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s?-\s?(?:and|or)\s+", re.IGNORECASE)
MAX_AGE = 120


def age_tail(after: str) -> tuple[str, int] | None:
    """ "-year-old", " years old", " weeks old" right after a figure: its age unit and length."""
    match = _AGE_TAIL.match(after)
    if match is None:
        return None
    return AGE_UNITS[match.group("unit").lower()], match.end()


def _plain_whole(figure: Figure) -> bool:
    return (not (figure.unit or figure.currency or figure.percent or figure.fraction or figure.vague)
            and figure.high is None and figure.value == int(figure.value) and 0 < figure.value <= MAX_AGE)


def in_apposition(body: str, figure: Figure) -> bool:
    """ "Dana Ortiz, 23, was ...", "Smith (52)", "the suspect, 23,": an age after the person it belongs to."""
    if not _plain_whole(figure) or figure.words:
        return False
    mark = body[max(0, figure.start - 2) : figure.start].strip()[-1:]
    if mark not in (",", "("):
        return False
    before = _APPOSITION_BEFORE.search(body, max(0, figure.start - 40), figure.start)
    if before is None or (before.group("name") and before.group("name").rstrip(".") in _NOT_NAMES):
        return False
    after = _APPOSITION_AFTER.match(body, figure.end)
    if after is None:
        return False
    return (before.group("mark") == "(" and after.group().strip() == ")") or before.group("mark") == ","


def merge_age_lists(body: str, figures: list[Figure]) -> list[Figure]:
    """ "aged 6 and 8", "ages 6, 8 and 10", "8- and 10-year-old": one fact holding every age of the list.

    A run of plain whole numbers joined by list gaps is found once; each figure of it starts a list that
    runs to the run's end (so a run of a thousand numbers is not rescanned from every one of them).
    """
    merged: list[Figure] = []
    index = 0
    while index < len(figures):
        end = index + 1
        while (_plain_whole(figures[end - 1]) and end < len(figures) and _plain_whole(figures[end])
               and _LIST_GAP.fullmatch(body, figures[end - 1].end, figures[end].start)):
            end += 1
        tail: bool | None = None  # an age unit after the run's last figure, looked up when first needed
        at = index
        while at < end:
            figure = figures[at]
            if end - at > 1:
                if AGE_BEFORE.search(body, max(0, figure.start - 20), figure.start) is None and tail is None:
                    tail = age_tail(body[figures[end - 1].end :]) is not None
                if tail or AGE_BEFORE.search(body, max(0, figure.start - 20), figure.start):
                    joined = figure.copy()
                    joined.end = joined.number_end = figures[end - 1].end
                    joined.members = tuple(member.value for member in figures[at:end])
                    merged.append(joined)
                    break
            merged.append(figure)
            at += 1
        index = end
    return merged
