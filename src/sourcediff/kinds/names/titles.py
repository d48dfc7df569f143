"""Titles written before a name: the one table the name extractor, the name judge and quote speakers read.

Each title has a class, the sex it gives (or ""), and what a lone word after it is ("given" for
"Sir Ian", "surname" for "Lady Smith"). The ranks (every class but "address") are what the name
extractor splits off as a title and what the judge compares: one person written with two ranks
of the same class ("Dame" and "Baroness") is a title variant. The "address" titles are offices
and forms of address that quote attribution reads before a speaker's name ("Judge Mills",
"Mayor Noor", "Sister Ruth") but that the name extractor treats as part of an office, not a rank.
"""

from __future__ import annotations

# Title -> (class, sex, what a lone following word is: "given" or "surname").
TITLES: dict[str, tuple[str, str, str]] = {
    **dict.fromkeys(("sir", "prince", "king", "emperor"), ("honour", "m", "given")),
    **dict.fromkeys(("dame", "princess", "queen", "empress"), ("honour", "f", "given")),
    **dict.fromkeys(("lord", "baron", "viscount", "earl", "marquess", "duke"), ("honour", "m", "surname")),
    **dict.fromkeys(("lady", "baroness", "viscountess", "countess", "marchioness", "duchess"),
                    ("honour", "f", "surname")),
    **dict.fromkeys(("mr", "messrs"), ("courtesy", "m", "surname")),
    **dict.fromkeys(("mrs", "ms", "miss"), ("courtesy", "f", "surname")),
    "mx": ("courtesy", "", "surname"),
    **dict.fromkeys(("dr", "doctor", "professor", "prof"), ("academic", "", "surname")),
    **dict.fromkeys(("general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt",
                     "commander", "cmdr", "admiral", "adm", "brigadier", "sergeant", "sgt", "corporal", "cpl",
                     "marshal", "inspector", "insp", "detective", "det", "constable", "superintendent", "supt"),
                    ("military", "", "surname")),
    **dict.fromkeys(("reverend", "rev", "bishop", "archbishop", "cardinal", "rabbi", "imam", "pastor",
                     "canon", "sheikh", "ayatollah"), ("clergy", "", "surname")),
    "father": ("clergy", "m", "surname"),
    "pope": ("clergy", "m", "given"),
    **dict.fromkeys(("judge", "justice", "mayor", "governor", "gov", "senator", "sen", "rep", "councillor", "cllr",
                     "pc"), ("address", "", "surname")),
    "sister": ("address", "f", "surname"),
}
# The honorifics and ranks: titles the name extractor splits off and the judge compares.
RANKS: dict[str, tuple[str, str, str]] = {title: entry for title, entry in TITLES.items() if entry[0] != "address"}
# Titles a lone surname after which names a member of the peerage ("Lord Smith", "Baroness Hale").
PEERAGES = frozenset(title for title, (kind, _sex, lone) in RANKS.items() if kind == "honour" and lone == "surname")
# Short and long spellings of one title, folded to one: "Sgt" is "sergeant", "Doctor" is "Dr".
TITLE_SPELLINGS = {
    "prof": "professor", "doctor": "dr", "gen": "general", "lt": "lieutenant", "col": "colonel", "maj": "major",
    "capt": "captain", "cmdr": "commander", "adm": "admiral", "sgt": "sergeant", "cpl": "corporal",
    "insp": "inspector", "supt": "superintendent", "det": "detective", "rev": "reverend", "gov": "governor",
    "sen": "senator", "cllr": "councillor",
}
