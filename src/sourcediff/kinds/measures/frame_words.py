"""The words a fact frame is read from: what happened, what is counted, which event, part or whole.

General English news vocabulary only; nothing here is about any one story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...regexes import compile_regex

# What happened, by class: the words that put a figure's clause in the class.
PREDICATE_WORDS: dict[str, tuple[str, ...]] = {
    "dead": ("killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "death", "deaths",
             "fatalities", "fatality", "fatally", "perished", "drowned", "murdered", "slain",
             "bodies", "toll"),
    "injured": ("injured", "injuring", "injure", "injuries", "injury", "wounded", "wounding", "hurt",
                "hospitalised", "hospitalized"),
    "missing": ("missing", "unaccounted"),
    "shot": ("shot", "shooting", "gunned"),
    "evacuated": ("evacuated", "evacuate", "evacuation", "evacuations", "displaced", "fled", "homeless",
                  "evacuees", "shelters"),
    "rescued": ("rescued", "rescue", "saved"),
    "arrested": ("arrested", "arrest", "arrests", "detained", "detain", "detentions", "custody", "apprehended",
                 "rounded"),
    "charged": ("charged", "charges", "charge", "indicted", "counts", "accused"),
    "convicted": ("convicted", "guilty", "conviction", "convictions"),
    "sentenced": ("sentenced", "sentence", "sentences", "jailed", "imprisonment", "prison", "jail"),
    "fined": ("fined", "fine", "fines", "penalty"),
    "damaged": ("damaged", "damage", "destroyed", "destruction", "burned", "burnt", "torched", "looted",
                "vandalised", "vandalized", "smashed", "attacked", "gutted", "wrecked", "disrupted", "disruption",
                "outage", "affected", "cut", "severed", "knocked", "broke", "broken", "snapped", "hampered"),
    "scored": ("scored", "score", "points", "goals", "goal", "touchdowns", "touchdown"),
    "passed": ("passes", "passed", "completed", "completions", "completing", "threw", "throwing", "passing",
               "attempts"),
    "rushed": ("rushed", "rushing", "carries", "ran"),
    "caught": ("catches", "caught", "receptions", "receiving"),
    "price": ("paid", "pay", "paying", "buy", "buying", "bought", "sold", "sell", "selling", "acquire",
              "acquiring", "acquired", "acquisition", "deal", "price", "prices", "priced", "valued", "valuing",
              "values", "worth", "offer", "bid", "purchase", "takeover", "merger"),
    "revenue": ("revenue", "revenues", "sales", "turnover", "income"),
    "profit": ("profit", "profits", "earnings"),
    "cost": ("cost", "costs", "spent", "spending", "budget", "funding", "aid"),
    "rose": ("rose", "risen", "rising", "increased", "climbed", "jumped", "gained", "soared", "added", "surged"),
    "fell": ("fell", "fallen", "falling", "dropped", "declined", "slid", "sagged", "decreased", "plunged",
             "tumbled", "slumped"),
    "population": ("population", "live", "living", "residents", "inhabitants", "members", "membership"),
    "employed": ("employees", "employs", "employ", "staff", "workers", "jobs", "workforce"),
    "married": ("married", "marrying", "marry", "wives", "wife", "husbands", "polygamy"),
    "deliberated": ("deliberated", "deliberation", "deliberations", "deliberating"),
    "expelled": ("ejected", "ousted", "excommunicated", "expelled", "removed", "kicked"),
    "dismissed": ("dismissed", "sacked", "laid", "layoffs", "fired"),
    "appeared": ("appeared", "appearance", "appear", "appears", "arraigned", "arraignment", "hearing"),
    "reported": ("said", "says", "told", "reported", "statement"),
    "announced": ("announced", "announcement", "unveiled", "confirmed"),
    "trial": ("trial", "tried", "retrial"),
    "voted": ("voted", "vote", "votes", "voting", "favor", "favour", "holdouts"),
    "attended": ("attended", "attendance", "crowd", "gathered", "marched", "marching", "rally", "protested"),
    "share": ("share", "stake", "market"),
    "fought": ("fought", "battled", "fighting", "firefighting"),
    "deep": ("deep", "depth", "below", "underground"),
    "weighed": ("weighing", "weighed", "weighs", "weigh", "weight"),
    "tall": ("tall", "height", "stands", "standing"),
    "away": ("away", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
             "northern", "southern"),
}
TOLLS = frozenset({"dead", "injured", "missing", "shot", "evacuated", "arrested", "rescued"})
PREDICATE_OF: dict[str, str] = {word: name for name, words in PREDICATE_WORDS.items() for word in words}
# A counted noun names what happened ("12 deaths", "$2 million of damage") unless it is only a unit of play.
WEAK_NOUN_CLASSES = frozenset({"passed", "scored", "share", "population", "employed"})
MONEY_CLASSES = frozenset({"price", "revenue", "profit", "cost"})  # "spent four seasons" pays nothing
# "death penalty", "injury time": a class word naming something else in front of these nouns.
COMPOUND_HEADS = frozenset(
    "penalty sentence sentences row threat threats certificate squad warrant time list".split()
)

# Nouns for people in general: a figure counting them is a count of people.
PEOPLE_NOUNS = frozenset(
    """people persons person men women children adults residents civilians villagers passengers victims
    individuals citizens migrants refugees workers pupils students patients soldiers troops officers
    police policemen fighters protesters demonstrators inhabitants locals tourists youths youngsters
    teenagers girls boys kids members employees staff dead injured""".split()
)
SPOUSE_NOUNS = frozenset({"woman", "women", "wife", "wive", "husband", "people", "person", "individual", "spouse"})
# Nouns that count the same kind of thing.
THING_SYNONYMS: dict[str, str] = {
    "vehicle": "vehicle", "car": "vehicle", "truck": "vehicle", "lorry": "vehicle", "van": "vehicle",
    "bus": "vehicle", "house": "building", "home": "building", "building": "building", "dwelling": "building",
    "residence": "building", "store": "shop", "shop": "shop", "business": "shop", "storefront": "shop",
    "wife": "spouse", "husband": "spouse", "spouse": "spouse", "bank": "bank", "branch": "bank",
    "arrest": "people", "death": "people", "fatality": "people", "casualty": "people", "injury": "people",
    "cable": "cable", "line": "cable", "contract": "deal", "deal": "deal", "agreement": "deal",
    "extension": "deal", "population": "people", "pistol": "gun", "handgun": "gun", "revolver": "gun",
    "firearm": "gun",
}
# Nouns that are units of play or time: "12 games", "45-yard": what was done with them says which.
PLAY_UNITS = frozenset("""game point yard goal run inning lap set match season minute second time start win loss
    drive touchdown""".split())
GENERIC_NOUNS = frozenset({"people", "person", "time", "thing", "one", "other", "others", "way"})
TIME_NOUNS = frozenset("""summer winter spring autumn fall year month week day season today yesterday tonight
    morning afternoon evening night""".split())
SHORT_TIME_UNITS = frozenset({"second", "minute", "hour"})
WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = {name: number for number, name in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
SPAN_WORDS = frozenset("days weeks months years hours day week month year".split())

# Words that make a clause about another event than the story's own.
BACKGROUND = compile_regex(
    r"\b(?:last|previous|prior)\s+(?:year|month|season|decade|time)\b|\byears?\s+(?:ago|earlier|before)\b"
    r"|\bmonths\s+(?:ago|earlier|before)\b|\ba\s+separate\b|\banother\s+(?:attack|raid|incident|shooting|quake|"
    r"earthquake|storm|flood|fire|case|crash|blast|explosion)\b|\bearlier\s+(?:this|that)\s+(?:year|month)\b"
    r"|\bin\s+the\s+past\b|\bsince\s+(?:19|20)\d\d\b"
    r"|\b(?:the|in)\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b",  # "the June 2012 quake", "in 1998"
    re.IGNORECASE,
)
RUNNING = compile_regex(
    r"\b(?:so\s+far|in\s+all|in\s+total|altogether|to\s+date|overall|all\s+told|career|all-time|total(?:ling)?"
    r"|since\s+the|this\s+season|dating\s+back)\b",
    re.IGNORECASE,
)
PART_BEFORE = compile_regex(
    r"\b(?:including|includes|included|among\s+them|among\s+those|of\s+whom|of\s+them|of\s+those)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
PART_AFTER = compile_regex(
    r"^\s*(?:-|\s)?(?:\w+\s+){0,2}?(?:of\s+(?:them|whom|those|these|the|its|their)\b|other\b|more\b|alone\b|"
    r"additional\b|extra\b|further\b|seriously\b|critically\b|others\b)"
    r"|^(?:\s+[\w'’]+){1,4}\s+and\s+(?:a|an|one|two|three|four|five|six|\d+)\s",  # "two officers and a deputy"
    re.IGNORECASE,
)
ALONE_AFTER = compile_regex(r"\balone\b", re.IGNORECASE)
SELECTION_BEFORE = compile_regex(  # "his first 17 passes", "the last four months" (not "will last four months")
    r"\b(?:the|his|her|their|its|our|my|your)\s+(?:first|last|next|final|opening|previous|past)\s+$", re.IGNORECASE
)
RATIO_AFTER = compile_regex(r"^\s*(?:-|\s)?of(?:\s+|-)(?:the\s+)?\d[\d,.]*(?![\w])", re.IGNORECASE)  # not "of 223rd"
OF_TOTAL_BEFORE = compile_regex(
    r"\d\s*(?:-|\s)of(?:-|\s+)$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+$", re.IGNORECASE
)
STREAK = compile_regex(
    r"^\s*(?:straight|consecutive|successive)\s+(?:\w+\s+)?(?:games?|wins?|victor(?:y|ies)|days?|seasons?|"
    r"loss(?:es)?|defeats?|years?|times?|completions?|starts?|nights?|weeks?|months?)\b"
    r"|^\s*(?:\w+\s+)?in\s+a\s+row\b|\b(?:straight|consecutive)\s+$",
    re.IGNORECASE,
)
CHANGE_BEFORE = compile_regex(
    r"\b(?:drop|fall|decline|decrease|rise|increase|gain|loss|jump|cut|reduction|boost|surge|dip|slide)\s+of\s+"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?$|\b(?:rose|fell|dropped|climbed|increased|"
    r"decreased|declined|grew|shrank|jumped|slipped|gained|lost|sagged|slid|added|shed|soared|surged|plunged|"
    r"tumbled|sank|dipped|rallied|down|up|by)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)
RATE_AFTER = compile_regex(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:per|a|an|each)\s+(?:game|contest|match|season|share|head|capita|person|night|"
    r"visit|ticket|barrel|gallon|litre|liter|pound|ounce|unit|hour)\b|^\s*(?:ppg|rpg|apg)\b",
    re.IGNORECASE,
)
ELAPSED_BEFORE = compile_regex(r"\b(?:after|following|into)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
                               re.IGNORECASE)
REMAINING_AFTER = compile_regex(r"^\s*(?:,\s*\d+\s+seconds?\s+)?(?:left|remaining|to\s+go|to\s+play)\b", re.IGNORECASE)
RANGE_START_BEFORE = compile_regex(r"\b(?:between|from|since|starting|beginning)\s+(?:\w+\s+)?$", re.IGNORECASE)
RANGE_END_BEFORE = compile_regex(r"\b(?:until|till|through|to|ending)\s+$|\bbetween\b[^;]{3,40}\band\s+$",
                                 re.IGNORECASE)
GLUED_UNIT_AFTER = compile_regex(
    r"^-(yard|foot|metre|meter|mile|point|game|man|page|seat|room)s?\s+(?:[a-z]+\s+)?([a-z]{3,})"
)
EXTREME = compile_regex(r"\b(?:maximum|minimum|largest|biggest|highest|lowest|strongest|record|all-time|most\s+ever)\b",
                        re.IGNORECASE)
RECORD = compile_regex(r"^\d+\s?-\s?\d+(?:\s|$)")  # "a 9-14 start", "won 31-24": a record or score, not a quantity
YEAR = compile_regex(r"\b((?:19|20)\d\d)\b")


# For each pattern, words (lower case) one of which every match of it holds: a sentence holding none
# of them is not searched with it, and most sentences hold none.
_NEEDED_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    EXTREME: ("maximum", "minimum", "largest", "biggest", "highest", "lowest", "strongest", "record", "all-time",
              "most"),
    RANGE_START_BEFORE: ("between", "from", "since", "starting", "beginning"),
    STREAK: ("straight", "consecutive", "successive", "row"),
    PART_BEFORE: ("includ", "among", "whom", "them", "those"),
    SELECTION_BEFORE: ("first", "last", "next", "final", "opening", "previous", "past"),
    ALONE_AFTER: ("alone",),
    RUNNING: ("far", "all", "total", "altogether", "date", "career", "since", "season", "dating"),
    BACKGROUND: ("last", "previous", "prior", "year", "month", "separate", "another", "earlier", "past", "since",
                 "19", "20"),
}
# Case-blind matching takes these for "i" and "s", where lower() keeps them apart: a sentence with
# one is searched with every pattern.
_LOOSE_CASE = ("ı", "ſ", "İ")


@lru_cache(maxsize=8192)
def searchable(sentence: str) -> frozenset[re.Pattern[str]]:
    """The patterns of `_NEEDED_WORDS` that can match somewhere in the sentence (or in any part of it)."""
    if any(letter in sentence for letter in _LOOSE_CASE):
        return frozenset(_NEEDED_WORDS)
    holds = sentence.lower().__contains__
    return frozenset(pattern for pattern, words in _NEEDED_WORDS.items() if any(map(holds, words)))
