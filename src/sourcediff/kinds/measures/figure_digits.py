"""Figures written with digits: signs, currency signs and codes, separators, fractions, powers of ten, scales.

"-3", "$US4.2m", "RM1.50", "12,34,567.89", "80, 000" (tokenised), "7 1/2", "3⁄4", "½", "6.02×10^23",
"6 hundred million", "35 lakh", "2.1M", "15pc", "115USD", "75 USD million", "30 MUSD". What the
figure measures is read later (`units.py` for units of measure, `numbers.py` for the counted noun).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...regexes import compile_regex, longest_first
from .lexicon import (
    CURRENCY_CODES,
    CURRENCY_COUNTRY,
    CURRENCY_SIGNS_AFTER,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SCALE_WORDS_INDIAN,
    lazy_pattern,
)

VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
          "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
_VULGAR = "".join(VULGAR)
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100})
MAX_FIGURE_DIGITS = 30  # more is a code or noise, never a figure (and 10**400 overflows a float)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_MINUS = "-−–"


def _alternation(forms: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(form) for form in longest_first(set(forms)))


_SYMBOLS = {key.lower(): code for key, code in CURRENCY_SYMBOLS.items()}
_CODES_LOWER = ("usd", "eur", "gbp", "aud", "cad", "nzd", "hkd", "inr", "jpy", "chf", "cny")
_PREFIX = (
    rf"(?:(?<![A-Za-z])(?i:{_alternation(tuple(CURRENCY_SYMBOLS))})"
    rf"|(?<![A-Za-z])(?P<mcode>M)?(?:{'|'.join(CURRENCY_CODES)}|{'|'.join(_CODES_LOWER)})(?=\s?\d))"
)
_FRACTION_TAIL = r"(?P<num>\d{1,2})[/⁄](?P<den>\d{1,3})(?![\d/⁄])"
_SCALE_WORD = r"(?i:thousand|million|billion|trillion|lakhs?|crores?)\b"
_SUFFIX = r"(?:(?i:mn|bn|tn|trn|mln)|m|M|b|B|k|K)\b"
_CODE_AFTER = rf"(?P<mafter>M)?(?:{'|'.join(CURRENCY_CODES)}|usd|eur|gbp)\b|[{''.join(CURRENCY_SIGNS_AFTER)}]"
_NO_PREFIX = r"(?P<sign>(?!))?(?:(?P<cur>(?P<mcode>(?!)))\s?)?"  # the groups of `_PREFIX_PART`, never matched
_PREFIX_PART = rf"(?P<sign>[{_MINUS}]\s?)?(?:(?P<cur>{_PREFIX})\s?)?"
_DIGITS_TAIL = (
    rf"(?P<digits>(?P<fnum>\d{{1,2}})[/⁄](?P<fden>\d{{1,3}})(?![\d/⁄])"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d)"  # Indian grouping: 12,34,567.89
    r"|\d{1,3}(?:,[\u200b\u2060\u00ad]?\d{3})+(?:\.\d+)?(?![\d,]\d)"  # a zero-width mark may follow ","
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d,]\d)"  # "3\u202f000": thin or no-break spaces
    r"|\d{1,3}(?:,\s000)+(?!\d)"  # tokenised: "80, 000"
    rf"|\d+(?:\.\d+)?|(?P<solo>[{_VULGAR}]))"
    rf"(?:(?P<mixsep>\s|-){_FRACTION_TAIL}|\s?(?P<vulgar>[{_VULGAR}]))?"
    r"(?:\s?[×x]\s?10(?:\^|\*\*)?\s?(?P<power>[-−–]?\d{1,3})(?!\d)|(?<=10)(?P<sup>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?"
    rf"(?P<scale>\s?(?:(?i:hundred)\s+)?{_SCALE_WORD}|\s?(?i:hundred)\b(?!\s+(?i:and)\b)|{_SUFFIX})?"
    rf"(?P<code>\s?(?:{_CODE_AFTER}))?"
    rf"(?P<scale2>\s{_SCALE_WORD})?"
    r"(?P<pct>\s?%|\s?(?i:per\s?cent|percent|pct)\b|\s?pc\b|\s?(?i:percentage\s+points?)\b)?"
)
_DIGITS = compile_regex(_PREFIX_PART + _DIGITS_TAIL)
_DIGITS_AT = compile_regex(_NO_PREFIX + _DIGITS_TAIL)  # a match that starts at the digit itself
_CURRENCY_WORD_AFTER = lazy_pattern(
    rf"(?:\s+|-)(?P<country>(?:{_alternation(tuple(CURRENCY_COUNTRY))})\s+)?"
    rf"(?P<word>{_alternation(tuple(CURRENCY_WORDS))})(?:\s+sterling)?\b",
    re.IGNORECASE,
)
_NEXT_WORD = compile_regex(r"(?:\s+|-)([A-Za-z][A-Za-z.]*)")
_CURRENCY_FIRST_WORDS = frozenset(
    [word.split()[0].rstrip(".") for word in (*CURRENCY_COUNTRY, *CURRENCY_WORDS)] + ["pound", "pounds"]
)
_PREFIX_REACH = max(len(symbol) for symbol in CURRENCY_SYMBOLS) + 4  # sign, space, "M", space
HAS_DIGIT = compile_regex(rf"[\d{_VULGAR}]")
# "5-foot-8", "5 feet 8 inches", "6ft 2in", "6'2\"": one height, not a length and a count.
_HEIGHT = compile_regex(
    r"(?<![\d.,])(?P<feet>[3-7])\s?-?\s?(?:foot|feet|ft\.?|')[\s-]*(?P<inches>1[01]|\d)(?![\d.])"
    r"(?:\s?-?\s?(?:inches|inch|in\b|\"|”))?",
    re.IGNORECASE,
)
_MAGNITUDE_M = compile_regex(r"(?:^|[^\w.])M\d\.\d")  # "M4.6": an earthquake's magnitude
_HEIGHT_GATE = compile_regex(r"\d\s?-?\s?(?:foot|feet|ft|')", re.IGNORECASE)
_SPACE_BEFORE = frozenset(" \t\n\u00a0([")


@dataclass(slots=True)
class Figure:
    """A figure as written, and its exact span in the sentence (widened later to take in its unit)."""

    start: int
    end: int
    value: float
    precision: float
    currency: str | None = None
    percent: bool = False
    fraction: bool = False
    words: bool = False  # written in words ("three", "a dozen")
    vague: bool = False  # "thousands of", "several"
    high: float | None = None  # set for ranges
    scale: float = 1.0  # the scale word or suffix applied ("thousand" in "3 to 4 thousand")
    unit: str | None = None  # a unit of measure (`units.py` code) read with the figure
    unit_hyphen: bool = False  # "a 12-mile race": figure and unit qualify a noun
    number_end: int = 0  # where the written number ends, before any unit or counted noun
    bound: str | None = None  # a bound the figure's own words set: "three-plus" is ">"
    members: tuple[float, ...] = ()  # a list read as one ("aged 6 and 8")
    pounds: bool = False  # "pounds" follows: money or weight, the sentence decides

    def copy(self) -> Figure:
        return Figure(self.start, self.end, self.value, self.precision, self.currency, self.percent, self.fraction,
                      self.words, self.vague, self.high, self.scale, self.unit, self.unit_hyphen, self.number_end,
                      self.bound, self.members, self.pounds)


_GROUP_MARKS = str.maketrans("", "", ", \u00a0\u202f\u2009\u200b\u2060\u00ad")  # between groups of digits


def precision_of_digits(digits: str) -> float:
    plain = digits.translate(_GROUP_MARKS)
    if "." in plain:
        return 10.0 ** -len(plain.split(".")[1])
    stripped = plain.rstrip("0")
    zeros = len(plain) - len(stripped) if stripped else 0
    return 10.0**zeros


def _prefix_endings() -> tuple[str, ...]:
    """Every way the text just before a digit can end when a sign or currency prefix stands there (lower case)."""
    prefixes = {symbol.lower() for symbol in CURRENCY_SYMBOLS} | {code.lower() for code in CURRENCY_CODES}
    prefixes |= {f"m{code.lower()}" for code in CURRENCY_CODES} | set(_CODES_LOWER) | set(_MINUS)
    return tuple(sorted(prefixes | {f"{prefix} " for prefix in prefixes}))


_PREFIX_ENDINGS = _prefix_endings()


def _digit_matches(sentence: str) -> list[re.Match[str]]:
    """The same matches as `_DIGITS.finditer(sentence)`, found much faster.

    `_DIGITS` opens with an optional sign and currency, so the regex engine cannot skip ahead and
    tries the whole pattern at every character. A match always starts at most `_PREFIX_REACH`
    characters before a digit, so jumping to the next digit (a cheap single-class search) and
    searching from just before it finds the same leftmost match; where no prefix can end just
    before the digit (most digits), the match starts at the digit itself.
    """
    found: list[re.Match[str]] = []
    position = 0
    while (digit := HAS_DIGIT.search(sentence, position)) is not None:
        at = digit.start()
        lead = sentence[max(position, at - _PREFIX_REACH) : at].lower()
        if lead.endswith(_PREFIX_ENDINGS):
            match = _DIGITS.search(sentence, max(position, at - _PREFIX_REACH))
        else:
            match = _DIGITS_AT.match(sentence, at)
        if match is None:  # unreachable: a lone digit always matches
            break
        found.append(match)
        position = max(match.end(), digit.start() + 1)
    return found


def _number(match: re.Match[str]) -> tuple[float, float, bool] | None:
    """The number the digits (and a fraction or power of ten) write, its precision, and whether it is a fraction."""
    digits, solo, fnum, fden, num, den, vulgar, power, sup = match.group(
        "digits", "solo", "fnum", "fden", "num", "den", "vulgar", "power", "sup")
    if solo:
        return VULGAR[solo], 1 / 8, True
    if fnum:
        numerator, denominator = int(fnum), int(fden)
        if denominator not in FRACTION_DENOMINATORS or not 0 < numerator < denominator:
            return None  # "9/11", "24/7", "16/06": a name or a date
        return numerator / denominator, 1 / denominator, True
    plain = digits.translate(_GROUP_MARKS)
    if len(plain) > MAX_FIGURE_DIGITS or len((power or sup or "").lstrip("-−–⁻")) > 2:  # nor "10^400"
        return None
    value = float(plain)
    precision = precision_of_digits(plain)
    if num:
        numerator, denominator = int(num), int(den)
        if denominator in FRACTION_DENOMINATORS and 0 < numerator < denominator:
            return value + numerator / denominator, 1 / denominator, False
    if vulgar:
        return value + VULGAR[vulgar], 1 / 8, False
    power = power or (sup or "").translate(_SUPERSCRIPTS)
    if power:
        exponent = int(power.replace("−", "-").replace("–", "-"))
        return _clean(value * 10.0**exponent), precision * 10.0**exponent, False
    return value, precision, False


def _scale_of(text: str) -> float:
    scale = 1.0
    for word in text.lower().split():
        scale *= SCALE_WORDS.get(word) or SCALE_WORDS_INDIAN.get(word) or SCALE_SUFFIXES.get(word, 1)
    return scale


def _valid_sign(sentence: str, match: re.Match[str]) -> bool:
    """ "-3 yards", "FTSE -0.8%", "convert - 20": a minus sign, not a range's or a score's dash."""
    at = match.start("sign")
    if at > 0 and sentence[at - 1] not in _SPACE_BEFORE:
        return False
    previous = sentence[:at].rstrip()[-1:]
    if previous.isdigit() or previous in {"%", ")", "-", "–"}:
        return False  # "10 - 20", "3 - 2", a dash after a dash
    return not (sentence[at] == "–" and match.group("sign") != "–")  # an en dash only glued: "–5"


def digit_figures(sentence: str) -> list[Figure]:
    found: list[Figure] = []
    if _HEIGHT_GATE.search(sentence):
        found, sentence = _heights(sentence)
    for match in _digit_matches(sentence):
        if match.start() > 0 and sentence[match.start() - 1].isalpha() and not _MAGNITUDE_M.match(
                sentence, match.start() - 2):
            continue  # "A320", "S10", the "2" of "m2": part of a name or a unit, never a figure of its own
        read = _number(match)
        if read is not None:
            found.append(_figure(sentence, match, *read))
    return found


def _heights(sentence: str) -> tuple[list[Figure], str]:
    """The heights in feet and inches, and the sentence with them blanked out for the other figures."""
    heights = []
    for match in _HEIGHT.finditer(sentence):
        feet = int(match.group("feet")) + int(match.group("inches")) / 12
        heights.append(Figure(match.start(), match.end(), feet, 1 / 12, unit="ft"))
        sentence = sentence[: match.start()] + " " * (match.end() - match.start()) + sentence[match.end() :]
    return heights, sentence


def _clean(value: float) -> float:
    """16.4 * 1e6 is 16399999.999999998: twelve significant digits are more than any text writes."""
    return float(f"{value:.12g}")


def _figure(sentence: str, match: re.Match[str], value: float, precision: float, is_fraction: bool) -> Figure:
    cur, sign, scale_group, code, scale2, pct, mafter, mcode = match.group(
        "cur", "sign", "scale", "code", "scale2", "pct", "mafter", "mcode")
    if sign and _valid_sign(sentence, match):
        start, value = match.start("sign"), -value
    else:
        start = match.start("cur") if cur else match.start("digits")
    currency = None
    if cur:
        currency = _SYMBOLS.get(cur.lower()) or (cur[1:] if mcode else cur.upper())  # a sign, or "USD 200", "MAUD 60"
    scale_text = scale_group.strip() if scale_group else ""
    scale = _scale_of(scale_text) if scale_text else 1.0
    if scale2:
        scale *= _scale_of(scale2.strip())
    if mafter or mcode:
        scale *= 1_000_000  # "30 MUSD", "MAUD 60"
    if code:
        code = code.strip()
        currency = currency or CURRENCY_SIGNS_AFTER.get(code) or code.lstrip("M").upper()
    end = match.end()
    if scale_text in ("m", "b", "B") and not currency and not _money_follows(sentence, end):
        end, scale = match.start("scale"), 1.0  # "100m" is as likely metres as millions; "2b" a label
    number_end = match.start("code") if code else match.start("scale") if scale_group else end
    if scale != 1.0:
        value, precision = _clean(value * scale), precision * scale
    figure = Figure(start, end, value, precision, currency=currency, percent=bool(pct), fraction=is_fraction,
                    scale=scale, number_end=number_end)
    if not currency and not pct:
        currency_word(sentence, figure)
    return figure


def _money_follows(sentence: str, end: int) -> bool:
    after = _CURRENCY_WORD_AFTER().match(sentence, end)
    return after is not None or sentence.startswith((" pounds", " pound"), end)


def currency_word(sentence: str, figure: Figure) -> None:
    """ "85 million euros", "10 us dollar", "250 million dutch guilders": the currency word after the figure."""
    following = _NEXT_WORD.match(sentence, figure.end)
    if following is None or following.group(1).lower().rstrip(".") not in _CURRENCY_FIRST_WORDS:
        return
    after = _CURRENCY_WORD_AFTER().match(sentence, figure.end)
    if after is not None:
        country = (after.group("country") or "").strip().lower()
        word = after.group("word").lower()
        figure.currency = CURRENCY_COUNTRY.get(" ".join(country.split())) if country else CURRENCY_WORDS[word]
        if figure.currency is None:
            figure.currency = CURRENCY_WORDS[word]
        figure.end = after.end()
        return
    if sentence.startswith((" pounds", " pound", "-pound"), figure.end):
        figure.pounds = True
