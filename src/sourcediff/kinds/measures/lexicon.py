"""Words that turn a digit string into a quantity: number words, scales, units, qualifiers.

General English news vocabulary only; nothing here is about any one story.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000}
# Suffixes written straight after a figure: "£10m", "$1.5bn", "45k".
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                  "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
FRACTIONS = {
    "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2,
    "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6, "tenth": 0.1, "tenths": 0.1,
}
# Vague plurals: "thousands of", "dozens of" claim at least a couple of the unit.
VAGUE_PLURALS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
                 "billions": 2_000_000_000}

CURRENCY_SYMBOLS = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR", "A$": "AUD",
                    "C$": "CAD", "NZ$": "NZD", "HK$": "HKD", "R$": "BRL"}
CURRENCY_WORDS = {
    "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "dollars": "USD", "dollar": "USD", "euros": "EUR",
    "euro": "EUR", "yen": "JPY", "rupees": "INR", "rupee": "INR", "usd": "USD", "gbp": "GBP", "eur": "EUR",
    "francs": "CHF", "yuan": "CNY", "renminbi": "CNY", "roubles": "RUB", "rubles": "RUB",
    "shekels": "ILS", "lira": "TRY", "naira": "NGN", "rand": "ZAR",
}
# Rough mid-2025 reference rates to US dollars, used only when no document prints both sums.
USD_PER_UNIT = {"USD": 1.0, "GBP": 1.35, "EUR": 1.15, "JPY": 0.0069, "INR": 0.0117, "AUD": 0.65,
                "CAD": 0.73, "NZD": 0.60, "HKD": 0.127, "BRL": 0.18, "CHF": 1.23, "CNY": 0.139,
                "RUB": 0.0127, "ILS": 0.29, "TRY": 0.025, "NGN": 0.00065, "ZAR": 0.056}
RATE_TABLE_DATE = "2025-07-01"

DURATION_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
    "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "week2",
    "fortnights": "week2", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}
DAYS_PER_UNIT = {"second": 1 / 86_400, "minute": 1 / 1_440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
                 "week2": 14.0, "month": 30.44, "year": 365.25, "decade": 3_652.5, "century": 36_525.0}
# After a span of time these words make it a point in time, not how long something lasted.
OFFSET_WORDS = frozenset({"ago", "later", "earlier", "before", "after", "old", "on", "since", "previously",
                          "prior", "hence", "from"})

CASUALTY_WORDS = frozenset({
    "killed", "dead", "deaths", "death", "died", "die", "fatalities", "casualties", "injured", "wounded",
    "hurt", "missing", "victims", "bodies", "hostages", "toll", "murdered", "shot", "stabbed",
})

# Qualifier phrases right before a figure, mapped to how they bound it.
LOWER_EXCLUSIVE = ("more than", "over", "upwards of", "in excess of", "above", "exceeding", "beyond",
                   "north of", "greater than", "surpassing", "topping", "passing", "well over", "surpass",
                   "surpassed", "exceed", "exceeded", "pass", "passed")
LOWER_INCLUSIVE = ("at least", "a minimum of", "no fewer than", "no less than", "not less than",
                   "minimum of", "as young as")
UPPER_EXCLUSIVE = ("fewer than", "less than", "under", "below", "short of", "just under", "not quite")
UPPER_NEAR = ("nearly", "almost", "close to", "approaching", "just shy of", "getting on for")
UPPER_INCLUSIVE = ("up to", "at most", "no more than", "not more than", "a maximum of", "maximum of",
                   "as many as", "as much as", "as old as")
APPROXIMATE = ("about", "around", "roughly", "some", "an estimated", "estimated", "approximately",
               "approx", "circa", "c.", "more or less", "an approximate", "a reported", "reportedly",
               "almost exactly", "give or take")
AFTER_LOWER_INCLUSIVE = ("or more", "and counting", "or above", "plus", "and more", "or over")
AFTER_APPROXIMATE = ("or so", "odd", "-odd", "or thereabouts")
AFTER_UPPER_INCLUSIVE = ("or fewer", "or less", "or under", "at most")

FORECAST_CUES = re.compile(
    r"\b(?:expected|forecast|projected|predicted|likely|set|poised|due|tipped|estimated)\s+to\s+"
    r"(?:\w+\s+){0,2}?(?:rise|reach|surpass|exceed|top|pass|climb|increase|grow|hit|fall|drop|be|"
    r"double|treble|go)\b|\b(?:could|may|might|will|would)\s+(?:rise|reach|surpass|exceed|top|pass|"
    r"climb|increase|grow|hit|double|soon|pay|cost|fetch|total|value|be\s+worth)\b|\bby\s+the\s+end\s+of\b",
    re.IGNORECASE,
)
UP_CUES = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|increased|jumped|grew|soared|surpassed|exceeded|"
    r"topped|passed|swelled|mounted|now\s+stands\s+at|has\s+reached|reached|so\s+far|to\s+date|"
    r"initially|at\s+first|earlier\s+reports?|first\s+reported|originally|updated|revised)\b",
    re.IGNORECASE,
)
DOWN_CUES = re.compile(
    r"\b(?:fell|fallen|falling|dropped|declined|decreased|shrank|slumped|down\s+to|revised\s+down|"
    r"lowered)\b",
    re.IGNORECASE,
)
# "ethnicity is not recorded for two-thirds": the figure is the complement of what is recorded.
NEGATION_CUES = re.compile(
    r"\b(?:not|never|no|missing|unrecorded|unknown|without|lacking|absent|lacks?|failed\s+to)\b",
    re.IGNORECASE,
)

# Words before a figure that make it a label, not a quantity ("No. 10", "Section 28").
LABEL_WORDS = frozenset({
    "no", "no.", "nos", "number", "section", "article", "chapter", "page", "pages", "line", "clause",
    "room", "flight", "route", "platform", "gate", "ward", "version", "v", "vol", "volume", "level",
    "grade", "year", "class", "tier", "phase", "stage", "episode", "season", "series", "round", "act",
    "category", "paragraph", "schedule", "rule", "exhibit", "item", "figure", "table", "size", "channel",
    "junction", "highway", "interstate", "bus", "apollo", "boeing", "airbus", "unit", "block", "lot",
})
# Nouns that measure nothing on their own; look further for what is counted.
GENERIC_HEADS = frozenset({"number", "total", "figure", "tally", "count", "sum", "amount", "estimate",
                           "rate", "level", "share", "proportion", "percentage", "majority", "minority"})
DETERMINERS = frozenset({"the", "all", "its", "their", "these", "those", "his", "her", "our", "this",
                         "that", "such", "them", "whom", "which", "a", "an", "of", "every"})
RUN_STOP = frozenset({
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "that", "who", "which",
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could",
    "can", "may", "might", "should", "must", "did", "do", "does", "as", "than", "since", "after",
    "before", "during", "into", "across", "between", "over", "under", "per", "a", "an", "the", "they",
    "it", "he", "she", "we", "you", "i", "this", "these", "those", "their", "its", "his", "her", "our",
    "when", "where", "while", "if", "because", "so", "not", "no", "each", "about", "around", "out", "up",
    "down", "off", "said", "say", "says", "according", "also", "now", "already", "just", "only", "more",
    "less", "such", "there", "here", "then", "ago", "old", "later", "earlier", "whom", "whose",
    "through", "against", "among", "within", "without", "toward", "towards", "upon", "via", "like",
    # Irregular past tenses that are never part of a noun phrase ("-ed" ones are caught by their
    # ending; "led", "held", "built", "left" are not here: "US-led", "rebel-held", "left-wing").
    "became", "began", "brought", "came", "caught", "chose", "fell", "felt", "fled", "found", "gave",
    "got", "grew", "heard", "kept", "knew", "lost", "ran", "rose", "saw", "sent", "sought", "spoke",
    "stood", "took", "told", "went", "won", "wrote",
    # Times of day: "rise to 300 tonight" counts no "tonight".
    "today", "tonight", "yesterday", "tomorrow", "overnight",
})
# Words glued to a figure that describe the figure, not what it counts: "a 5,000-strong force".
GLUED_MODIFIERS = frozenset({"odd", "strong", "plus"})
