"""One name of a body, place or work written two ways: "Blue River Distribution Ltd." against "Blue River
Distributors Ltd.", "Red Cedar" against "RedCedar", "Pine Islands Auto Repair" against "Pine Island
Auto", "Springfield Stadium" against "Springfield Memorial Stadium", "Ana Lopez" against
"Ana Ruiz-Lopez", "A Quiet Life" against "Quiet Life".

Two forms are lined up word by word. Words may be missing at either end (outlets shorten names:
"Memorial Stadium" is the stadium too) and an abbreviation is its word ("Ltd" is "Limited");
otherwise the forms must differ in exactly one way, which is the finding:
- spacing: two words written as one ("Red Cedar" / "RedCedar");
- word form: one word's ending ("Islands" / "Island", "Distribution" / "Distributors");
- hyphenated part: one part of a hyphenated word ("Lopez" / "Ruiz-Lopez");
- inserted word: one word inside an organisation's or building's name ("Memorial"), never a word
  that tells two bodies apart ("County", "State");
- article: a title with or without its leading "A" or "An".
At least one other word must match, and it must not be a generic word ("Police", "Department").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ...models import Claim, Fact, Finding, Severity
from ...regexes import compile_regex
from .._shared import Outlets
from .forms import mention_of, name_claim, name_key, outlets_of
from .vocabulary import DEMONYM_ENDINGS, ORG_HEADS

MIN_STEM = 5  # letters two forms of one word share before their endings differ ("distribut-")
MAX_ENDING = 4  # letters of an ending ("-ion", "-ors", "-s")
MIN_STEM_SHARE = 0.7  # ... and the shared stem is this share of the shorter word
MIN_WORD_FORM_WORDS = 3  # names this long at least, for a word's ending to be compared
MAX_POSTINGS = 50  # a word in more forms than this is too common to pair forms on
# Abbreviations outlets write for a word of a name.
ABBREVIATIONS = {"limited": "ltd", "corporation": "corp", "company": "co", "incorporated": "inc",
                 "brothers": "bros", "department": "dept", "international": "intl", "saint": "st", "mount": "mt",
                 "fort": "ft", "street": "st", "avenue": "ave", "association": "assn", "university": "univ"}
# Words that tell two bodies apart ("Los Angeles County Police" is not the city's police).
JURISDICTION_WORDS = frozenset({"county", "city", "state", "federal", "national", "parish", "district", "borough",
                                "provincial", "regional", "metropolitan", "metro", "township", "village", "town",
                                "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                "upper", "lower", "new", "old", "junior", "senior", "women's", "men's"})
ARTICLES = frozenset({"a", "an"})
_WORD = compile_regex(r"[^\s]+")

Difference = tuple[str, tuple[str, ...], tuple[str, ...]]  # kind, words of one form, words of the other


@dataclass(frozen=True, slots=True)
class _Form:
    keys: tuple[str, ...]  # lower case, hyphens kept, abbreviations folded
    facts: tuple[Fact, ...]
    org: bool  # ends in an organisation or building word
    opening: bool  # every mention opens its sentence, where a leading "A" may have been left out


def variant_findings(names: Sequence[Fact], outlet_of: Outlets) -> list[Finding]:
    """A finding for each way forms of one multi-word name differ, with the outlets on each side."""
    forms = _forms(names)
    sides: dict[Difference, tuple[list[Fact], list[Fact]]] = {}
    for first, second in _candidates(forms):
        found = difference(first.keys, second.keys, org=first.org and second.org)
        if found is None or (found[0] == "article" and (first.opening or second.opening)):
            continue
        kind, mine, theirs = found
        a, b = first, second
        if (kind, theirs, mine) in sides:  # one difference, seen from the other side
            mine, theirs, a, b = theirs, mine, second, first
        one, other = sides.setdefault((kind, mine, theirs), ([], []))
        one.extend(a.facts)
        other.extend(b.facts)
    return [_finding(kind, one, other, outlet_of) for (kind, _, _), (one, other) in sides.items()
            if {f.doc for f in one} | {f.doc for f in other} != {one[0].doc}]


def _forms(names: Sequence[Fact]) -> list[_Form]:
    grouped: dict[tuple[str, ...], list[Fact]] = {}
    for fact in names:
        mention = mention_of(fact)
        keys = _keys(mention.name)
        if keys and all(keys) and not (mention.initial and len(keys) == 1):
            grouped.setdefault(keys, []).append(fact)
    return [_Form(keys, tuple(facts), keys[-1] in ORG_HEADS, all(mention_of(f).initial for f in facts))
            for keys, facts in grouped.items()]


@lru_cache(maxsize=16384)
def _keys(name: str) -> tuple[str, ...]:
    return tuple(_key(w.rstrip(".,")) for w in _WORD.findall(name))


def _key(word: str) -> str:
    key = name_key(word.replace("-", " ")).replace(" ", "-")
    return ABBREVIATIONS.get(key, key)


def _candidates(forms: Sequence[_Form]) -> list[tuple[_Form, _Form]]:
    """Pairs of forms that share a distinctive word, or a word one writes as two."""
    index: dict[str, list[int]] = {}
    for number, form in enumerate(forms):
        keys = set(form.keys) | {part for key in form.keys for part in key.split("-")}
        keys |= {a + b for a, b in zip(form.keys, form.keys[1:], strict=False)}
        for key in keys:
            if key not in ORG_HEADS and key not in ARTICLES and len(key) > 2:
                index.setdefault(key.replace("-", ""), []).append(number)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) <= MAX_POSTINGS:
            pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1 :] if a != b)
    return [(forms[a], forms[b]) for a, b in sorted(pairs)]


def difference(a: Sequence[str], b: Sequence[str], *, org: bool) -> Difference | None:
    """The one way two forms of a name differ, or None when they are not one name or do not differ."""
    for shift in range(-len(b) + 1, len(a)):  # every way of laying one form against the other
        found = _aligned(a, b, shift, org=org)
        if found is not None:
            return found
    return None


def _aligned(a: Sequence[str], b: Sequence[str], shift: int, *, org: bool) -> Difference | None:
    """Walk both forms from word `shift` of `a` (negative: of `b`), allowing one difference."""
    i, j = max(shift, 0), max(-shift, 0)
    found: Difference | None = None
    matched = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            matched += a[i] not in ORG_HEADS
            i, j = i + 1, j + 1
            continue
        if found is not None:
            return None
        step = _one_difference(a, b, i, j, org=org)
        if step is None:
            return None
        found, i, j = step
    if found is None or not matched:
        return None
    return found


def _one_difference(a: Sequence[str], b: Sequence[str], i: int, j: int, *,
                    org: bool) -> tuple[Difference, int, int] | None:
    """The difference at a[i], b[j] and where the walk goes on, or None when the words are not one name."""
    x, y = a[i], b[j]
    if i + 1 < len(a) and x + a[i + 1] == y.replace("-", ""):
        return None if "-" in y else (("spacing", (x, a[i + 1]), (y,)), i + 2, j + 1)  # "Latter-day": style
    if j + 1 < len(b) and y + b[j + 1] == x.replace("-", ""):
        return None if "-" in x else (("spacing", (x,), (y, b[j + 1])), i + 1, j + 2)
    last = i == len(a) - 1 and j == len(b) - 1  # a surname's place: "Ana Lopez" / "Ana Ruiz-Lopez"
    if last and ("-" in x) != ("-" in y) and (y in x.split("-") or x in y.split("-")):
        return ("hyphenated part", (x,), (y,)), i + 1, j + 1
    # a word's ending, in a name of three words or more (two-word names are people's, the spelling
    # judge's, or "West German" / "West Germany")
    if min(len(a), len(b)) >= MIN_WORD_FORM_WORDS and _word_forms(x, y):
        return ("word form", (x,), (y,)), i + 1, j + 1
    if i == 0 and j == 0 and (x in ARTICLES) != (y in ARTICLES):
        return (("article", (x,), ()), i + 1, j) if x in ARTICLES else (("article", (), (y,)), i, j + 1)
    inside = i > 0 and j > 0
    if org and inside and i + 1 < len(a) and a[i + 1] == y and x not in JURISDICTION_WORDS:
        return ("inserted word", (x,), ()), i + 1, j
    if org and inside and j + 1 < len(b) and b[j + 1] == x and y not in JURISDICTION_WORDS:
        return ("inserted word", (), (y,)), i, j + 1
    return None


def _word_forms(x: str, y: str) -> bool:
    """Two forms of one word: a shared stem and short different endings ("island"/"islands")."""
    if "-" in x or "-" in y:
        return False
    stem = 0
    while stem < min(len(x), len(y)) and x[stem] == y[stem]:
        stem += 1
    endings = (x[stem:], y[stem:])
    if stem < MIN_STEM or stem < MIN_STEM_SHARE * min(len(x), len(y)) or max(map(len, endings)) > MAX_ENDING:
        return False
    return not any(word.endswith(DEMONYM_ENDINGS) for word in (x, y))  # "Israel"/"Israeli", "German"/"Germany"


_SEVERITY: dict[str, Severity] = {"spacing": "low", "word form": "medium", "hyphenated part": "medium",
                                  "inserted word": "low", "article": "low"}


def _finding(kind: str, one: Sequence[Fact], other: Sequence[Fact], outlet_of: Outlets) -> Finding:
    sides = sorted((one, other), key=lambda facts: -len({f.doc for f in facts}))
    claims: list[Claim] = []
    shown = []
    for facts in sides:
        per_doc = list({fact.doc: fact for fact in reversed(facts)}.values())[::-1]
        claims.extend(name_claim(fact, outlet_of) for fact in per_doc)
        shown.append(f"'{mention_of(per_doc[0]).name}' ({outlets_of(per_doc, outlet_of)})")
    usual = mention_of(sides[0][0]).name
    summary = (f"one name written two ways ({kind}): {' and '.join(shown)}; check which the report should use.")
    return Finding(id="", kind="name", verdict="variant", severity=_SEVERITY[kind], topic=f"{usual} ({kind})",
                   summary=summary, claims=tuple(claims))
