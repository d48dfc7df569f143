"""Words that turn a digit string into a quantity: number words, scales, units, qualifiers.

General English news vocabulary only; nothing here is about any one story.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ...regexes import compile_regex, longest_first


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A regex compiled on its first use (call the result to get it): for the patterns only a rare
    path needs, so that importing the package does not pay for them."""

    @cache
    def compiled() -> re.Pattern[str]:
        return compile_regex(pattern, flags)

    return compiled


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
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                  "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
# Indian scales: "35 lakh rupees", "2 crore".
SCALE_WORDS_INDIAN = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
FRACTIONS = {
    "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2,
    "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 0.1, "tenths": 0.1,
}
# Vague plurals: "thousands of", "dozens of" claim at least a couple of the unit.
# Vague counts, as the interval a reader takes them to claim: "several days", "a few officers".
VAGUE_COUNTS = {"several": (3.0, 9.0), "a few": (2.0, 5.0), "a couple": (2.0, 3.0), "a handful": (2.0, 6.0)}
VAGUE_PLURALS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
                 "billions": 2_000_000_000}

# Money: ISO 4217 codes, always upper case (every other unit code in `units.py` holds a lower-case
# letter, so `unit.isupper()` tells money apart). Signs and prefixes written before the figure,
# matched in any case ("US$", tokenised "hk $", "RM1.50", "Mex$"):
CURRENCY_SYMBOLS = {"£": "GBP", "$": "USD", "US$": "USD", "$US": "USD", "U.S.$": "USD", "U.S. $": "USD",
                    "U.S $": "USD", "US $": "USD", "€": "EUR", "¥": "JPY", "Y=": "JPY", "₹": "INR", "Rs": "INR",
                    "Rs.": "INR", "A$": "AUD", "AU$": "AUD", "$A": "AUD", "C$": "CAD", "CA$": "CAD", "C $": "CAD",
                    "NZ$": "NZD", "NZD$": "NZD", "NZ $": "NZD", "HK$": "HKD", "HK $": "HKD", "S$": "SGD",
                    "R$": "BRL", "Mex$": "MXN", "MX$": "MXN", "RM": "MYR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
                    "₦": "NGN", "SFr": "CHF"}
# ISO codes written as such, before or after the figure ("USD 200", "115USD", "50 million USD");
# "M" in front means million ("30 MUSD", "MAUD 60").
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "AUD", "CAD", "CHF", "CNY", "HKD", "INR", "NZD", "SGD", "ZAR",
                  "SEK", "NOK", "DKK", "MXN", "BRL", "RUB", "KRW", "MYR", "NGN", "AED", "SAR", "RMB")
CURRENCY_SIGNS_AFTER = {"€": "EUR", "元": "CNY", "円": "JPY", "$": "USD", "£": "GBP"}
# Words after the figure; a country word before "dollars", "francs", "pesos" names the currency.
CURRENCY_WORDS = {
    "sterling": "GBP", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY",
    "rupees": "INR", "rupee": "INR", "usd": "USD", "gbp": "GBP", "eur": "EUR", "francs": "CHF", "franc": "CHF",
    "yuan": "CNY", "renminbi": "CNY", "roubles": "RUB", "rubles": "RUB", "shekels": "ILS", "lira": "TRY",
    "naira": "NGN", "rand": "ZAR", "pesos": "MXN", "peso": "MXN", "ringgit": "MYR", "baht": "THB",
    "rupiah": "IDR", "kronor": "SEK", "kroner": "NOK", "krona": "SEK", "zloty": "PLN", "riyals": "SAR",
    "dirhams": "AED", "guilders": "NLG", "marks": "DEM", "rmb": "CNY",
}
CURRENCY_COUNTRY = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "hong kong": "HKD",
    "new zealand": "NZD", "singapore": "SGD", "swiss": "CHF", "french": "FRF", "mexican": "MXN",
    "dutch": "NLG", "german": "DEM", "taiwan": "TWD", "zimbabwe": "ZWL", "jamaican": "JMD",
}
# Rough mid-2025 reference rates to US dollars, used only when no document prints both sums; the
# currencies the euro replaced at their fixed conversion rates.
USD_PER_UNIT = {"USD": 1.0, "GBP": 1.35, "EUR": 1.15, "JPY": 0.0069, "INR": 0.0117, "AUD": 0.65,
                "CAD": 0.73, "NZD": 0.60, "HKD": 0.127, "BRL": 0.18, "CHF": 1.23, "CNY": 0.139, "RMB": 0.139,
                "RUB": 0.0127, "ILS": 0.29, "TRY": 0.025, "NGN": 0.00065, "ZAR": 0.056, "SGD": 0.78,
                "MXN": 0.053, "MYR": 0.235, "KRW": 0.00073, "SEK": 0.105, "NOK": 0.099, "DKK": 0.155,
                "AED": 0.272, "SAR": 0.267, "THB": 0.031, "IDR": 0.000062, "PLN": 0.27, "TWD": 0.034,
                "ZWL": 0.0031, "JMD": 0.0063, "NLG": 1.15 / 2.20371, "DEM": 1.15 / 1.95583, "FRF": 1.15 / 6.55957}
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

FORECAST_CUES = compile_regex(
    r"\b(?:expected|forecast|projected|predicted|likely|set|poised|due|tipped|estimated)\s+to\s+"
    r"(?:\w+\s+){0,2}?(?:rise|reach|surpass|exceed|top|pass|climb|increase|grow|hit|fall|drop|be|"
    r"double|treble|go)\b|\b(?:could|may|might|will|would)\s+(?:rise|reach|surpass|exceed|top|pass|"
    r"climb|increase|grow|hit|double|soon|pay|cost|fetch|total|value|be\s+worth)\b|\bby\s+the\s+end\s+of\b",
    re.IGNORECASE,
)
UP_PHRASES = (
    "rose", "risen", "rising", "rises", "climbed", "climbing", "climbs", "increased", "increasing", "jumped", "jumps",
    "grew", "soared", "soars", "surged", "surges", "gained", "gains", "added", "advanced", "rallied", "leapt",
    "leaped", "rebounded", "edged up", "ticked up", "inched up", "picked up", "boosted", "widened", "surpassed",
    "exceeded", "topped", "passed", "swelled", "mounted", "now stands at", "has reached", "reached", "so far",
    "to date", "initially", "at first", "earlier report", "earlier reports", "first reported", "originally",
    "updated", "revised",
)
DOWN_PHRASES = (
    "fell", "fallen", "falling", "falls", "dropped", "drops", "declined", "declines", "decreased", "shrank",
    "slumped", "down to", "revised down", "lowered", "lost", "loses", "shed", "sheds", "slid", "slides", "slipped",
    "slips", "sank", "plunged", "plunges", "plummeted", "tumbled", "tumbles", "dipped", "dips", "eased", "eases",
    "edged down", "edged lower", "ticked down", "inched down", "retreated", "contracted", "narrowed", "reduced by",
    "cut by", "slashed",
)


def phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Whole-word phrases, longest first, any white space between their words."""
    ordered = longest_first(phrases)
    return compile_regex(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + r")\b",
                         re.IGNORECASE)


UP_CUES = phrase_regex(UP_PHRASES)
DOWN_CUES = phrase_regex(DOWN_PHRASES)
# The first word of every trend and forecast cue: a clause without one of them has no cue.
TREND_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in UP_PHRASES + DOWN_PHRASES)
FORECAST_FIRST_WORDS = frozenset(
    "expected forecast projected predicted likely set poised due tipped estimated could may might will would by".split()
)
# Verbs of change before "from": "fell from $1,900 to $1,750" is a change, not a range.
CHANGE_CUES = compile_regex(
    r"\b(?:rose|risen|rising|rises|rise|climbed|increased|increases?|jumped|grew|grown|soared|surged|gained|"
    r"fell|fallen|falling|falls|fall|dropped|declined|decreased|decreases?|slid|slipped|sank|plunged|tumbled|lost|"
    r"cut|cuts|reduced|raised|lowered|boosted|slashed|went|moved|changed?|widened|narrowed|shrank|eased|edged|"
    r"revised|up|down|upgraded|downgraded|increase|decline|drop|jump)\b",
    re.IGNORECASE,
)
# "ethnicity is not recorded for two-thirds": the figure is the complement of what is recorded.
NEGATION_CUES = compile_regex(
    r"\b(?:not|never|no|missing|unrecorded|unknown|without|lacking|absent|lacks?|failed\s+to)\b",
    re.IGNORECASE,
)

# Words before a figure that make it a label, not a quantity ("No. 10", "Section 28").
LABEL_WORDS = frozenset({
    "no", "no.", "nos", "number", "section", "article", "chapter", "page", "pages", "line", "clause",
    "room", "flight", "route", "platform", "gate", "ward", "version", "v", "vol", "volume", "level",
    "grade", "year", "class", "tier", "phase", "stage", "episode", "season", "series", "round", "act",
    "category", "paragraph", "schedule", "rule", "exhibit", "item", "figure", "table", "size", "channel",
    "junction", "highway", "interstate", "bus", "apollo", "boeing", "airbus", "unit", "block", "lot", "exit",
    "code", "zip", "postcode", "zipcode", "model", "type", "pier", "berth", "track", "lane", "suite", "apartment",
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
    "stood", "took", "told", "went", "won", "wrote", "shook", "struck", "tore", "swept", "hit", "sank", "broke",
    # Times of day: "rise to 300 tonight" counts no "tonight".
    "today", "tonight", "yesterday", "tomorrow", "overnight",
})
# Words glued to a figure that describe the figure, not what it counts: "a 5,000-strong force".
GLUED_MODIFIERS = frozenset({"odd", "strong", "plus"})
