"""Units of measure: what each written form means, its dimension, and how to convert it.

One table for the whole package. `Quantity.unit` holds a unit *code* from `UNITS` (or a currency
code, see below); the alignment code converts two figures of one dimension with `to_base` before
it compares them: "40 km" and "25 miles", "64 kilometres" and "40 miles", "minus 17 degrees
Celsius" and "1 degree Fahrenheit".

Codes:
- every code here holds at least one lower-case letter ("mi", "km", "lb", "degF", "mph");
- money is an upper-case ISO 4217 code ("USD", "GBP"), kept with its surface forms and reference
  rates in `lexicon.py` (`CURRENCY_SYMBOLS`, `CURRENCY_WORDS`, `USD_PER_UNIT`). So `code.isupper()`
  tells money from every other unit, and `to_base` converts money to US dollars at those rates.

`to_base(value, code)` is `value * factor + offset` in the dimension's base unit (metre, square
metre, litre, kilogram, metre per second, kelvin, joule, watt, byte, bit per second, second, year
of age, minute of the day, ...). Temperatures are the one dimension with an offset; "deg" (degrees
with no scale written) has no factor, so it converts to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ...regexes import compile_regex, longest_first
from .lexicon import USD_PER_UNIT

__all__ = ["UNITS", "Unit", "UnitMatch", "base_unit", "convert", "to_base", "unit_at", "unit_dimension", "unit_name"]


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    dimension: str
    factor: float | None  # to the dimension's base unit; None: no scale known ("deg")
    offset: float = 0.0  # added after the factor (temperatures only)
    name: str = ""  # how a reader says it


_FAHRENHEIT_OFFSET = 273.15 - 32 * 5 / 9
_SECONDS_PER_DAY = 86_400.0

_TABLE: tuple[tuple[str, str, float | None, float, str], ...] = (
    # length (metre)
    ("mm", "length", 0.001, 0.0, "millimetre"), ("cm", "length", 0.01, 0.0, "centimetre"),
    ("m", "length", 1.0, 0.0, "metre"), ("km", "length", 1000.0, 0.0, "kilometre"),
    ("in", "length", 0.0254, 0.0, "inch"), ("ft", "length", 0.3048, 0.0, "foot"),
    ("yd", "length", 0.9144, 0.0, "yard"), ("mi", "length", 1609.344, 0.0, "mile"),
    ("nmi", "length", 1852.0, 0.0, "nautical mile"),
    # area (square metre)
    ("cm2", "area", 1e-4, 0.0, "square centimetre"), ("m2", "area", 1.0, 0.0, "square metre"),
    ("km2", "area", 1e6, 0.0, "square kilometre"), ("ha", "area", 1e4, 0.0, "hectare"),
    ("acre", "area", 4046.8564224, 0.0, "acre"), ("sqft", "area", 0.09290304, 0.0, "square foot"),
    ("sqyd", "area", 0.83612736, 0.0, "square yard"), ("sqmi", "area", 2_589_988.110336, 0.0, "square mile"),
    # volume (litre)
    ("ml", "volume", 0.001, 0.0, "millilitre"), ("cl", "volume", 0.01, 0.0, "centilitre"),
    ("l", "volume", 1.0, 0.0, "litre"), ("m3", "volume", 1000.0, 0.0, "cubic metre"),
    ("cuft", "volume", 28.316846592, 0.0, "cubic foot"), ("gal", "volume", 3.785411784, 0.0, "US gallon"),
    ("qt", "volume", 0.946352946, 0.0, "US quart"), ("pt", "volume", 0.473176473, 0.0, "US pint"),
    ("floz", "volume", 0.0295735295625, 0.0, "US fluid ounce"), ("cup", "volume", 0.2365882365, 0.0, "cup"),
    ("tbsp", "volume", 0.01478676478125, 0.0, "tablespoon"), ("tsp", "volume", 0.00492892159375, 0.0, "teaspoon"),
    ("bbl", "volume", 158.987294928, 0.0, "barrel (oil)"),
    # mass (kilogram)
    ("mg", "mass", 1e-6, 0.0, "milligram"), ("g", "mass", 0.001, 0.0, "gram"), ("kg", "mass", 1.0, 0.0, "kilogram"),
    ("t", "mass", 1000.0, 0.0, "tonne"), ("lb", "mass", 0.45359237, 0.0, "pound"),
    ("oz", "mass", 0.028349523125, 0.0, "ounce"), ("st", "mass", 6.35029318, 0.0, "stone"),
    ("ton", "mass", 907.18474, 0.0, "short ton"), ("ct", "mass", 0.0002, 0.0, "carat"),
    # speed (metre per second)
    ("mps", "speed", 1.0, 0.0, "metre per second"), ("kmh", "speed", 1 / 3.6, 0.0, "kilometre per hour"),
    ("mph", "speed", 0.44704, 0.0, "mile per hour"), ("knot", "speed", 1852 / 3600, 0.0, "knot"),
    # fuel economy (kilometre per litre)
    ("mpg", "fuel economy", 0.425143707, 0.0, "mile per US gallon"),
    # temperature (kelvin)
    ("degC", "temperature", 1.0, 273.15, "degree Celsius"),
    ("degF", "temperature", 5 / 9, _FAHRENHEIT_OFFSET, "degree Fahrenheit"),
    ("kelvin", "temperature", 1.0, 0.0, "kelvin"), ("deg", "temperature", None, 0.0, "degree"),
    # energy (joule)
    ("j", "energy", 1.0, 0.0, "joule"), ("kj", "energy", 1e3, 0.0, "kilojoule"),
    ("mj", "energy", 1e6, 0.0, "megajoule"), ("kwh", "energy", 3.6e6, 0.0, "kilowatt-hour"),
    ("mwh", "energy", 3.6e9, 0.0, "megawatt-hour"), ("gwh", "energy", 3.6e12, 0.0, "gigawatt-hour"),
    ("twh", "energy", 3.6e15, 0.0, "terawatt-hour"), ("cal", "energy", 4.184, 0.0, "calorie"),
    ("kcal", "energy", 4184.0, 0.0, "kilocalorie"), ("btu", "energy", 1055.05585, 0.0, "British thermal unit"),
    # power (watt)
    ("w", "power", 1.0, 0.0, "watt"), ("kw", "power", 1e3, 0.0, "kilowatt"), ("mw", "power", 1e6, 0.0, "megawatt"),
    ("gw", "power", 1e9, 0.0, "gigawatt"), ("hp", "power", 745.69987, 0.0, "horsepower"),
    # data size (byte)
    ("bit", "data size", 0.125, 0.0, "bit"), ("byte", "data size", 1.0, 0.0, "byte"),
    ("kb", "data size", 1e3, 0.0, "kilobyte"), ("mb", "data size", 1e6, 0.0, "megabyte"),
    ("gb", "data size", 1e9, 0.0, "gigabyte"), ("tb", "data size", 1e12, 0.0, "terabyte"),
    ("pb", "data size", 1e15, 0.0, "petabyte"),
    # data rate (bit per second)
    ("kbps", "data rate", 1e3, 0.0, "kilobit per second"), ("mbps", "data rate", 1e6, 0.0, "megabit per second"),
    ("gbps", "data rate", 1e9, 0.0, "gigabit per second"),
    # earthquake magnitude, angle (radian), sound level
    ("magnitude", "magnitude", 1.0, 0.0, "magnitude"), ("rad", "angle", 1.0, 0.0, "radian"),
    ("db", "sound level", 1.0, 0.0, "decibel"),
    # durations (second): the codes `lexicon.DURATION_UNITS` gives
    ("second", "duration", 1.0, 0.0, "second"), ("minute", "duration", 60.0, 0.0, "minute"),
    ("hour", "duration", 3600.0, 0.0, "hour"), ("day", "duration", _SECONDS_PER_DAY, 0.0, "day"),
    ("week", "duration", 7 * _SECONDS_PER_DAY, 0.0, "week"),
    ("week2", "duration", 14 * _SECONDS_PER_DAY, 0.0, "fortnight"),
    ("month", "duration", 30.44 * _SECONDS_PER_DAY, 0.0, "month"),
    ("year", "duration", 365.25 * _SECONDS_PER_DAY, 0.0, "year"),
    ("decade", "duration", 3652.5 * _SECONDS_PER_DAY, 0.0, "decade"),
    ("century", "duration", 36525 * _SECONDS_PER_DAY, 0.0, "century"),
    # age (year of age): "a 10-year-old", "Smith, 52,"; "a six-month-old baby"
    ("age", "age", 1.0, 0.0, "years of age"), ("age_month", "age", 1 / 12, 0.0, "months of age"),
    ("age_week", "age", 7 / 365.25, 0.0, "weeks of age"), ("age_day", "age", 1 / 365.25, 0.0, "days of age"),
    # shares (percent)
    ("percent", "share", 1.0, 0.0, "percent"), ("fraction", "share", 100.0, 0.0, "fraction"),
    # time of day (minutes after midnight), and the place of a thing in order
    ("clock", "time of day", 1.0, 0.0, "minutes after midnight"), ("ordinal", "ordinal", 1.0, 0.0, "ordinal"),
)

UNITS: dict[str, Unit] = {code: Unit(code, dim, factor, offset, name) for code, dim, factor, offset, name in _TABLE}

_BASE_OF: dict[str, str] = {}
for _unit in UNITS.values():
    if _unit.factor == 1.0 and _unit.offset == 0.0:
        _BASE_OF.setdefault(_unit.dimension, _unit.code)


def unit_dimension(code: str | None) -> str | None:
    """ "mi" -> "length", "degF" -> "temperature", "GBP" -> "money"; None for no unit or an unknown code."""
    if not code:
        return None
    unit = UNITS.get(code)
    if unit is not None:
        return unit.dimension
    return "money" if code in USD_PER_UNIT else None


def unit_name(code: str) -> str | None:
    """How a reader names the unit: "mi" -> "mile", "degF" -> "degree Fahrenheit"."""
    unit = UNITS.get(code)
    return unit.name if unit is not None else None


def base_unit(dimension: str) -> str | None:
    """The code `to_base` converts a dimension to: "length" -> "m", "money" -> "USD"."""
    return "USD" if dimension == "money" else _BASE_OF.get(dimension)


def to_base(value: float, code: str) -> float:
    """`value` in `code`, in its dimension's base unit (money in US dollars at the reference rates).

    Raises ValueError for a code with no known scale ("deg") and KeyError for an unknown code.
    """
    if code in USD_PER_UNIT:
        return value * USD_PER_UNIT[code]
    unit = UNITS[code]
    if unit.factor is None:
        raise ValueError(f"{code!r} ({unit.name}) has no scale to convert from")
    return value * unit.factor + unit.offset


def convert(value: float, source: str, target: str) -> float:
    """`value` in `source` as `target`, both of one dimension: convert(25, "mi", "km") is about 40.2."""
    if unit_dimension(source) != unit_dimension(target) or unit_dimension(source) is None:
        raise ValueError(f"cannot convert {source!r} to {target!r}: different dimensions")
    base = to_base(value, source)
    if target in USD_PER_UNIT:
        return base / USD_PER_UNIT[target]
    unit = UNITS[target]
    if unit.factor is None:
        raise ValueError(f"{target!r} ({unit.name}) has no scale to convert to")
    return (base - unit.offset) / unit.factor


# ---- written forms ------------------------------------------------------------------------------
# Words and phrases after a figure, matched in any case; plurals are listed, not guessed.
_WORDS: dict[str, tuple[str, ...]] = {
    "mm": ("millimetre", "millimetres", "millimeter", "millimeters"),
    "cm": ("centimetre", "centimetres", "centimeter", "centimeters"),
    "m": ("metre", "metres", "meter", "meters"),
    "km": ("kilometre", "kilometres", "kilometer", "kilometers", "km", "kms", "klicks"),
    "in": ("inch", "inches"),
    "ft": ("foot", "feet"),
    "yd": ("yard", "yards", "yds"),
    "mi": ("mile", "miles", "statute miles"),
    "nmi": ("nautical mile", "nautical miles"),
    "sqmi": ("square mile", "square miles", "sq mi", "sq. miles", "sq miles"),
    "km2": ("square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "sq. km"),
    "m2": ("square metre", "square metres", "square meter", "square meters", "sq m"),
    "cm2": ("square centimetre", "square centimetres", "square centimeter", "square centimeters"),
    "sqft": ("square foot", "square feet", "sq ft", "sq. ft", "sq. ft."),
    "sqyd": ("square yard", "square yards"),
    "ha": ("hectare", "hectares"),
    "acre": ("acre", "acres"),
    "ml": ("millilitre", "millilitres", "milliliter", "milliliters"),
    "cl": ("centilitre", "centilitres", "centiliter", "centiliters"),
    "l": ("litre", "litres", "liter", "liters"),
    "m3": ("cubic metre", "cubic metres", "cubic meter", "cubic meters"),
    "cuft": ("cubic foot", "cubic feet"),
    "gal": ("gallon", "gallons"),
    "qt": ("quart", "quarts"),
    "pt": ("pint", "pints"),
    "floz": ("fluid ounce", "fluid ounces", "fl oz"),
    "cup": ("cup", "cups"),
    "tbsp": ("tablespoon", "tablespoons", "tbsp"),
    "tsp": ("teaspoon", "teaspoons", "tsp"),
    "bbl": ("barrel", "barrels", "bbl", "bbls"),
    "mg": ("milligram", "milligrams", "milligramme", "milligrammes"),
    "g": ("gram", "grams", "gramme", "grammes"),
    "kg": ("kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kg", "kgs"),
    "t": ("tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"),
    "ton": ("ton", "tons", "short tons"),
    "lb": ("pound", "pounds", "lb", "lbs"),
    "oz": ("ounce", "ounces", "oz"),
    "st": ("stone",),
    "ct": ("carat", "carats"),
    "mph": ("mph", "miles per hour", "miles an hour", "mile per hour", "miles-per-hour"),
    "kmh": ("kph", "kmph", "km/h", "km/hr", "kmh", "kilometres per hour", "kilometers per hour",
            "kilometres an hour", "kilometers an hour", "kilometre per hour", "kilometer per hour"),
    "mps": ("metres per second", "meters per second", "m/s"),
    "mpg": ("mpg", "miles per gallon", "miles a gallon"),
    "knot": ("knot", "knots"),
    "degC": ("degrees celsius", "degree celsius", "degrees centigrade", "degree centigrade", "degrees c",
             "celsius", "°c", "ºc", "° c", "º c"),
    "degF": ("degrees fahrenheit", "degree fahrenheit", "degrees f", "fahrenheit", "°f", "ºf", "° f", "º f"),
    "kelvin": ("kelvin", "kelvins"),
    "deg": ("degree", "degrees", "°", "º"),
    "j": ("joule", "joules"),
    "kj": ("kilojoule", "kilojoules"),
    "mj": ("megajoule", "megajoules"),
    "kwh": ("kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours", "kwh"),
    "mwh": ("megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours", "mwh"),
    "gwh": ("gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours", "gwh"),
    "twh": ("terawatt-hour", "terawatt-hours", "terawatt hour", "terawatt hours", "twh"),
    "cal": ("calorie", "calories"),
    "kcal": ("kilocalorie", "kilocalories", "kcal"),
    "btu": ("btu", "btus"),
    "w": ("watt", "watts"),
    "kw": ("kilowatt", "kilowatts"),
    "mw": ("megawatt", "megawatts"),
    "gw": ("gigawatt", "gigawatts"),
    "hp": ("horsepower",),
    "bit": ("bit", "bits"),
    "byte": ("byte", "bytes"),
    "kb": ("kilobyte", "kilobytes"),
    "mb": ("megabyte", "megabytes"),
    "gb": ("gigabyte", "gigabytes"),
    "tb": ("terabyte", "terabytes"),
    "pb": ("petabyte", "petabytes"),
    "kbps": ("kbps", "kilobits per second"),
    "mbps": ("mbps", "megabits per second"),
    "gbps": ("gbps", "gigabits per second"),
    "magnitude": ("magnitude", "on the richter scale"),
    "db": ("decibel", "decibels"),
    "rad": ("radian", "radians"),
}
# Abbreviations whose case matters ("MW" is not "mW"), after a space or glued to the figure.
_CASED: dict[str, tuple[str, ...]] = {
    "mm": ("mm",), "cm": ("cm",), "km": ("km",), "kg": ("kg",), "mg": ("mg",), "lb": ("lb", "lbs"),
    "oz": ("oz",), "ml": ("ml", "mL", "cc"), "kw": ("kW", "KW"), "mw": ("MW",), "gw": ("GW",), "kwh": ("kWh", "KWH"),
    "mwh": ("MWh",), "gwh": ("GWh",), "twh": ("TWh",), "kb": ("KB", "kB"), "mb": ("MB",), "gb": ("GB",),
    "tb": ("TB",), "pb": ("PB",), "kbps": ("kbps", "Kbps"), "mbps": ("Mbps",), "gbps": ("Gbps",),
    "ft": ("ft",), "yd": ("yd",), "hp": ("hp",), "db": ("dB",), "m2": ("m2", "m²"), "km2": ("km2", "km²"),
    "m3": ("m3", "m³"), "sqft": ("sq ft",), "sqmi": ("sq mi",), "kmh": ("km/h", "kph", "kmh"), "mps": ("m/s",),
    "mph": ("mph",), "bbl": ("bbl",),
}
# Only glued to the figure: spaced out, these letters are words ("5 m people", "12 in all").
_GLUED_ONLY: dict[str, tuple[str, ...]] = {
    "m": ("m",), "g": ("g",), "l": ("l", "L"), "t": ("t",), "w": ("W",), "in": ("in",), "mi": ("mi",),
    "degC": ("C",), "degF": ("F",), "rad": ("rad",),
}


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(form) for form in longest_first(set(forms)))


_WORD_OF = {form: code for code, forms in _WORDS.items() for form in forms}
_CASED_OF = {form: code for code, forms in _CASED.items() for form in forms}
_GLUED_OF = {form: code for code, forms in _GLUED_ONLY.items() for form in forms}
_END = r"(?![A-Za-z0-9²³])"
# After the figure: glued ("12kW", "9.9mm"), after a space ("12 miles") or a hyphen ("a 12-mile race",
# tokenised "a 12 - mile race").
_WORD_AFTER = compile_regex(rf"(?P<sep>\s?-\s?|\s|)(?P<u>{_alternation(_WORD_OF)}){_END}", re.IGNORECASE)
_CASED_AFTER = compile_regex(rf"(?P<sep>\s|-|)(?P<u>{_alternation(_CASED_OF)}){_END}")
_GLUED_AFTER = compile_regex(rf"(?P<sep>)(?P<u>{_alternation(_GLUED_OF)}){_END}")
# The first word after the figure: a unit only if some written form starts with it (one set lookup
# before the three searches).
_FIRST_WORD = compile_regex(r"(?:\s?-\s?|\s)?([A-Za-z°º][A-Za-z°º²³]*)")
_FIRST_WORDS = frozenset(
    form.split()[0].split("-")[0].split("/")[0].rstrip(".").lower() for form in (*_WORD_OF, *_CASED_OF, *_GLUED_OF)
)


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit written right after a figure: its code, where its words end, as written."""

    code: str
    end: int
    surface: str
    hyphen: bool  # joined by a hyphen: the figure and unit qualify a noun ("a 12-mile race")


def unit_at(text: str, position: int) -> UnitMatch | None:
    """The unit that starts at `position` (just after a figure), longest written form first."""
    first = _FIRST_WORD.match(text, position)
    if first is None or first.group(1).lower() not in _FIRST_WORDS:
        return None
    best: re.Match[str] | None = None
    code = ""
    for regex, table, fold in ((_WORD_AFTER, _WORD_OF, True), (_CASED_AFTER, _CASED_OF, False),
                               (_GLUED_AFTER, _GLUED_OF, False)):
        match = regex.match(text, position)
        if match and (best is None or match.end() > best.end()):
            best = match
            code = table[match.group("u").lower() if fold else match.group("u")]
    if best is None:
        return None
    return UnitMatch(code, best.end(), best.group("u"), "-" in best.group("sep"))
