"""Judge name mentions across documents: one person written with two titles, and the rare
spelling of a name that every other mention spells one way.

Only `variant` findings come out of here: a title that differs (both may be right), a likely
slip in spelling, or a transliteration outlets commonly alternate. Precision comes first:
a name word is compared only when it is capitalised mid-sentence, never written in lower case,
and the two forms refer to the same person (same surname for a given name, same given name
for a surname) or stand alone as the same kind of word.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from ...models import SEVERITY_RANK, Claim, Fact, Finding, Mention, Severity
from .._shared import Outlets, claim_of, outlet_list
from .extract import RANKS
from .settings import DEFAULTS, NamesSettings

__all__ = ["compare_names", "name_key", "transliteration"]

Slot = str  # given | surname | middle | single | part

COMPARED_RANK_CLASSES = ("honour", "academic", "military", "clergy")  # not Mr/Ms, not offices
LINKED = frozenset({"sir", "dame"})  # "Sir Ian", "Dame Judi": a given name that points to a full name
RANK_SPELLINGS = {
    "prof": "professor",
    "doctor": "dr",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "sgt": "sergeant",
    "cpl": "corporal",
    "insp": "inspector",
    "supt": "superintendent",
    "det": "detective",
    "rev": "reverend",
}
# Spellings outlets commonly alternate; the rules in `transliteration` cover the regular patterns.
TRANSLITERATION_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"muhammad", "mohammed", "mohamed", "mohammad", "muhammed", "mohamad", "mohamud"}),
    frozenset({"gaddafi", "qaddafi", "gadhafi", "kadhafi", "qadhafi", "khadafi", "gadafy"}),
    frozenset({"hussein", "husain", "husayn", "hussain", "husein"}),
    frozenset({"ahmed", "ahmad"}),
    frozenset({"mahmoud", "mahmud"}),
    frozenset({"hassan", "hasan"}),
    frozenset({"yusuf", "yousef", "youssef", "yousuf", "yusef"}),
    frozenset({"abdel", "abdul"}),
    frozenset({"osama", "usama"}),
    frozenset({"kyiv", "kiev"}),
    frozenset({"hezbollah", "hizbollah"}),
)
_TRANSLITERATED = {word: group for group in TRANSLITERATION_GROUPS for word in group}
# Regular romanisation patterns: Arabic qaf (Qaddafi/Gaddafi), "dh"/"kh" for one letter, and Slavic
# endings (Zelensky/Zelenskyy/Zelenskiy, Tchaikovsky/Tchaikovski).
_TRANSLITERATION_RULES = (
    (re.compile(r"^q"), "g"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"kh"), "k"),
    (re.compile(r"(?<=[a-z]{5})(?:iy|yy|ij|ii|i)$"), "y"),
)
# Endings that turn one proper noun into another ("Carters", "Yemeni", "Kenyan").
INFLECTIONS = ("s", "es", "i", "n", "an", "ian", "ns", "ese", "e", "a", "is", "ish")
# Endings that make a different given name, often of the other sex ("Paul"/"Paula").
GIVEN_NAME_PAIRS = ("e", "a", "ne", "le", "na", "ette", "ina", "elle", "o")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z][a-z'’\-]*")


@dataclass(frozen=True, slots=True)
class _Word:
    """One word of one name mention."""

    fact: Fact
    key: str  # folded: lower case, no diacritics or apostrophes
    slot: Slot
    partner: str  # given name key for a surname, surname key for a given name, other words for a part
    kind: str  # the mention's entity kind
    proper: bool  # capitalised where a capital letter proves it is a name


@dataclass(slots=True)
class _Form:
    key: str
    words: list[_Word] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.words)

    @property
    def docs(self) -> Counter[str]:
        return Counter(w.fact.doc for w in self.words)

    @property
    def distinct(self) -> int:
        """Mentions in different sentences: outlets reprinting one sentence count once."""
        return len({_sentence_key(w.fact.sentence) for w in self.words})

    def one_source(self) -> bool:
        """Every sentence using the form stands in one document (the others being its copies)."""
        holders: dict[str, set[str]] = {}
        for word in self.words:
            holders.setdefault(_sentence_key(word.fact.sentence), set()).add(word.fact.doc)
        return bool(set.intersection(*holders.values())) if holders else False

    def support(self) -> tuple[int, int]:
        return (len(self.docs), self.count)


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _sentence_key(sentence: str) -> str:
    """A sentence by its letters only: a reprint with an edited figure is still the same sentence."""
    return " ".join(_LETTERS.findall(sentence.lower()))


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """What two spellings share when they differ only in case, accents or apostrophes."""
    plain = word.casefold()
    if not plain.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    return plain.replace("'", "").replace("’", "").replace("-", "").rstrip(".")


def transliteration(a: str, b: str) -> bool:
    """Two keys that are common romanisations of one name (Zelensky/Zelenskyy, Gaddafi/Qaddafi)."""
    group = _TRANSLITERATED.get(a)
    if group is not None and b in group:
        return True
    return _transliteration_key(a) == _transliteration_key(b)


def _transliteration_key(key: str) -> str:
    for pattern, replacement in _TRANSLITERATION_RULES:
        key = pattern.sub(replacement, key)
    return key


def compare_names(
    facts: Sequence[Fact],
    *,
    outlet_of: Outlets,
    settings: NamesSettings = DEFAULTS,
) -> list[Finding]:
    """Title and spelling variants among name facts; ids are left empty for the caller to number."""
    names = [f for f in facts if f.kind == "name" and isinstance(f.detail, Mention)]
    findings = _title_findings(names, outlet_of) + _spelling_findings(names, outlet_of, settings)
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.claims[0].doc, f.claims[0].start))
    return findings


# --- titles -----------------------------------------------------------------------------------

PersonKey = tuple[str, str]


def _title_findings(names: Sequence[Fact], outlet_of: Outlets) -> list[Finding]:
    people: dict[PersonKey, list[Fact]] = {}
    for fact, person in zip(names, _resolve_people(names), strict=True):
        if person is not None:
            people.setdefault(person, []).append(fact)
    findings = []
    for mentions in people.values():
        ranks = _compared_ranks(mentions)
        if ranks:
            findings.append(_title_finding(mentions, ranks, outlet_of))
    return findings


def _resolve_people(names: Sequence[Fact]) -> list[PersonKey | None]:
    """Which full name each mention refers to. A titled bare surname ("Baroness Smith") or given name
    ("Sir Ian") is resolved only when exactly one full name in all the documents has it."""
    people: dict[tuple[str, str], set[PersonKey]] = {}
    for fact in names:
        mention = _mention(fact)
        if mention.given and mention.surname and mention.entity_kind in ("person", "unknown"):
            key = (name_key(mention.given), name_key(mention.surname))
            people.setdefault(("surname", key[1]), set()).add(key)
            people.setdefault(("given", key[0]), set()).add(key)
    resolved: list[PersonKey | None] = []
    for fact in names:
        mention = _mention(fact)
        if mention.given and mention.surname:
            resolved.append((name_key(mention.given), name_key(mention.surname)))
        elif mention.given and RANKS.get(mention.rank, ("", "", ""))[0] == "honour" and mention.rank not in LINKED:
            resolved.append((name_key(mention.given), ""))  # "King Charles": a regnal name stands alone
        else:
            part, value = ("surname", mention.surname) if mention.surname else ("given", mention.given)
            choices = people.get((part, name_key(value)), set())
            resolved.append(next(iter(choices)) if len(choices) == 1 and mention.rank else None)
    return resolved


def _compared_ranks(mentions: Sequence[Fact]) -> dict[str, list[Fact]]:
    """Two or more ranks of one class given to one person, unless they cannot be one person."""
    by_class: dict[str, dict[str, list[Fact]]] = {}
    sexes = set()
    for fact in mentions:
        rank = _mention(fact).rank
        if rank not in RANKS:
            continue
        rank_class, sex, _ = RANKS[rank]
        if sex:
            sexes.add(sex)
        if rank_class in COMPARED_RANK_CLASSES:
            by_class.setdefault(rank_class, {}).setdefault(RANK_SPELLINGS.get(rank, rank), []).append(fact)
    if len(sexes) > 1:
        return {}  # "Sir Ian Smith" and "Lady Smith" are two people
    for ranks in by_class.values():
        if len(ranks) > 1:
            return ranks
    return {}


def _title_finding(mentions: Sequence[Fact], ranks: dict[str, list[Fact]], outlet_of: Outlets) -> Finding:
    display = _display_name(mentions)
    claims: list[Claim] = []
    sides = []
    least_used = min(ranks, key=lambda r: len(ranks[r]))
    for rank, facts in sorted(ranks.items(), key=lambda item: -len(item[1])):
        chosen = facts if rank == least_used else _first_per_doc(facts)
        claims.extend(claim_of(f, outlet_of) for f in chosen)
        title = Counter(_mention(f).title for f in facts).most_common(1)[0][0]
        sides.append(f"'{title}' ({_outlets(facts, outlet_of)})")
    summary = (
        f"{display} is given different titles: {'; '.join(sides)}. Both can be right (an honour is kept "
        "when a new one is given, and ranks change), but check which title is current."
    )
    return Finding(
        id="",
        kind="name",
        verdict="variant",
        severity="low",
        topic=f"{display} (title)",
        summary=summary,
        claims=tuple(claims),
    )


def _display_name(mentions: Sequence[Fact]) -> str:
    full = [_mention(f).name for f in mentions if _mention(f).given and _mention(f).surname]
    return Counter(full or [_mention(f).name for f in mentions]).most_common(1)[0][0]


def _first_per_doc(facts: Iterable[Fact]) -> list[Fact]:
    """One mention per document, preferring one that gives the full name."""
    best: dict[str, Fact] = {}
    for fact in facts:
        current = best.get(fact.doc)
        full = bool(_mention(fact).given and _mention(fact).surname)
        if current is None or (full and not (_mention(current).given and _mention(current).surname)):
            best[fact.doc] = fact
    return list(best.values())


def _mention(fact: Fact) -> Mention:
    return cast(Mention, fact.detail)  # compare_names keeps only facts whose detail is a Mention


def _name_claim(fact: Fact, outlet_of: Outlets) -> Claim:
    """The claim for the name alone, without the title written before it."""
    mention = _mention(fact)
    return claim_of(fact, outlet_of, value=mention.name, start=fact.start + mention.name_offset)


def _outlets(facts: Iterable[Fact], outlet_of: Outlets) -> str:
    return outlet_list(outlet_of(f.doc) for f in facts)


# --- spelling ---------------------------------------------------------------------------------


def _spelling_findings(names: Sequence[Fact], outlet_of: Outlets, settings: NamesSettings) -> list[Finding]:
    lower = _lower_case_words(names)
    forms = [
        form
        for form in _forms(names).values()
        if len(form.key) >= settings.min_length
        and form.key.isalpha()
        and form.key not in lower
        and any(w.proper for w in form.words)
    ]
    best: dict[str, tuple[str, _Form, _Form]] = {}
    for a, b, edits in _close_pairs(forms, settings.max_edits):
        judged = _judge_pair(a, b, edits, settings)
        if judged is None:
            continue
        label, rare, usual = judged
        held = best.get(rare.key)
        if held is None or usual.support() > held[2].support():
            best[rare.key] = (label, rare, usual)
    return [_spelling_finding(label, rare, usual, outlet_of) for label, rare, usual in best.values()]


def _lower_case_words(names: Sequence[Fact]) -> set[str]:
    """Words the articles also write in lower case: ordinary English, not names."""
    sentences = {(f.doc, f.sentence) for f in names}
    words = {word for _, text in sentences for word in _LOWER_WORD.findall(text)}
    return {word.replace("'", "").replace("’", "").replace("-", "") for word in words}


def _forms(names: Sequence[Fact]) -> dict[str, _Form]:
    forms: dict[str, _Form] = {}
    for fact in names:
        for word in _words(fact):
            forms.setdefault(word.key, _Form(word.key)).words.append(word)
    return forms


def _words(fact: Fact) -> list[_Word]:
    """The name words of one mention, each with its place in the name."""
    mention = _mention(fact)
    tokens = [t for t in _WORD.findall(mention.name) if t[0].isupper() and not _acronym(t)]
    keys = [name_key(t) for t in tokens]
    words = []
    for index, key in enumerate(keys):
        if len(key) < 2:
            continue  # an initial
        # a sentence's first word proves nothing by its capital, unless more of the name follows it
        proper = len(keys) > 1 or bool(mention.title) or not mention.initial
        words.append(_Word(fact, key, *_slot(mention, keys, index), mention.entity_kind, proper))
    return words


def _slot(mention: Mention, keys: Sequence[str], index: int) -> tuple[Slot, str]:
    if len(keys) == 1:
        return "single", ""
    if mention.given and mention.surname:
        if index == 0:
            return "given", name_key(mention.surname)
        if index == len(keys) - 1:
            return "surname", keys[0]
        return "middle", ""
    return "part", " ".join(k for i, k in enumerate(keys) if i != index)


def _acronym(word: str) -> bool:
    letters = word.rstrip("s.")
    return len(letters) > 1 and letters.isupper()


def _close_pairs(forms: Sequence[_Form], max_edits: int) -> list[tuple[_Form, _Form, int]]:
    """Pairs within `max_edits`, compared only inside blocks sharing a first letter or last two."""
    from rapidfuzz.distance import DamerauLevenshtein
    from rapidfuzz.process import cdist

    blocks: dict[str, list[int]] = {}
    for index, form in enumerate(forms):
        blocks.setdefault("^" + form.key[0], []).append(index)
        blocks.setdefault(form.key[-2:] + "$", []).append(index)
    found: dict[tuple[int, int], int] = {}
    for members in blocks.values():
        if len(members) < 2:
            continue
        keys = [forms[i].key for i in members]
        matrix = cdist(keys, keys, scorer=DamerauLevenshtein.distance, score_cutoff=max_edits)
        for row, i in enumerate(members):
            for column in range(row + 1, len(members)):
                if 0 < matrix[row][column] <= max_edits:
                    found[(min(i, members[column]), max(i, members[column]))] = int(matrix[row][column])
    by_key = {form.key: index for index, form in enumerate(forms)}
    for group in TRANSLITERATION_GROUPS:
        present = sorted(by_key[k] for k in group if k in by_key)
        for n, i in enumerate(present):
            for j in present[n + 1 :]:
                found.setdefault((i, j), 0)
    return [(forms[i], forms[j], edits) for (i, j), edits in found.items()]


def _judge_pair(a: _Form, b: _Form, edits: int, limits: NamesSettings) -> tuple[str, _Form, _Form] | None:
    """('spelling' | 'transliteration', rare form, usual form), or None when nothing is worth saying."""
    rare, usual = sorted((a, b), key=_Form.support)
    if transliteration(a.key, b.key):
        same = all(_same_use(w, usual, inflected=False, gendered=False) for w in rare.words)
        return ("transliteration", rare, usual) if same else None
    if edits > limits.max_edits or edits > limits.max_edit_share * max(len(a.key), len(b.key)):
        return None
    if rare.support() == usual.support() or not rare.one_source() or rare.distinct > limits.max_rare_mentions:
        return None
    if len(usual.docs) < 2 and usual.distinct < limits.majority_ratio * rare.distinct:
        return None
    if not any(w.proper for w in usual.words):
        return None
    inflected, gendered = _endings(rare.key, usual.key)
    if not all(_same_use(w, usual, inflected=inflected, gendered=gendered) for w in rare.words):
        return None
    return "spelling", rare, usual


def _endings(a: str, b: str) -> tuple[bool, bool]:
    """Whether the two differ by an inflection, or like two distinct given names ("Paul"/"Paula")."""
    short, long = sorted((a, b), key=len)
    extra = long[len(short) :] if long.startswith(short) else None
    vowel_swap = len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in "aeiouy" and b[-1] in "aeiouy"
    return extra in INFLECTIONS, extra in GIVEN_NAME_PAIRS or vowel_swap


def _same_use(word: _Word, usual: _Form, *, inflected: bool, gendered: bool) -> bool:
    """Whether the rare word stands where the usual one does, so both name the same thing."""
    if word.slot == "given":  # a given name is only compared within one surname
        return not gendered and any(u.slot == "given" and u.partner == word.partner for u in usual.words)
    if inflected:
        return False
    if word.slot == "surname":
        partners = {u.partner for u in usual.words if u.slot == "surname"}
        if word.partner in partners:
            return True  # same given name
        return not partners and any(u.slot == "single" and u.kind == "person" for u in usual.words)
    if word.slot == "single":
        return any(u.slot in ("single", "surname") and _kinds_agree(word.kind, u.kind) for u in usual.words)
    if word.slot == "part":
        return any(u.slot == "part" and u.partner == word.partner for u in usual.words)
    return False


def _kinds_agree(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def _spelling_finding(label: str, rare: _Form, usual: _Form, outlet_of: Outlets) -> Finding:
    rare_facts = list(dict.fromkeys(w.fact for w in rare.words))
    usual_facts = _usual_examples(rare, usual)
    claims = tuple(_name_claim(f, outlet_of) for f in rare_facts + usual_facts)
    rare_names = _quoted(rare_facts, outlet_of)
    usual_outlets = _outlets((w.fact for w in usual.words), outlet_of)
    if rare.words[0].slot in ("given", "surname"):  # a person: name them in full
        usual_name = _mention(usual_facts[0]).name
    else:
        usual_name = Counter(_written(w) for w in usual.words).most_common(1)[0][0]
    if label == "transliteration":
        severity: Severity = "low"
        summary = (
            f"transliteration: {rare_names} and '{usual_name}' ({usual_outlets}) are spellings of one "
            "name that outlets commonly alternate; not an error, but the report could use one."
        )
    else:
        severity = "medium"
        times = "once" if rare.count == 1 else f"{rare.count} times"
        summary = (
            f"{rare_names} looks like a slip for '{usual_name}', the majority spelling: used "
            f"{usual.count} times by {usual_outlets}, against {times} for the other."
        )
    return Finding(
        id="",
        kind="name",
        verdict="variant",
        severity=severity,
        topic=f"{usual_name} ({label})",
        summary=summary,
        claims=claims,
    )


def _usual_examples(rare: _Form, usual: _Form) -> list[Fact]:
    """One mention of the usual spelling per outlet, in the same place in a name where possible."""
    slots = {(w.slot, w.partner) for w in rare.words}
    matching = [w for w in usual.words if (w.slot, w.partner) in slots]
    chosen: dict[str, Fact] = {}
    for word in matching + usual.words:
        chosen.setdefault(word.fact.doc, word.fact)
    return list(chosen.values())


def _written(word: _Word) -> str:
    """The word as the mention spells it."""
    for token in _WORD.findall(_mention(word.fact).name):
        if name_key(token) == word.key:
            return str(token)
    return word.key


def _quoted(facts: Sequence[Fact], outlet_of: Outlets) -> str:
    by_value: dict[str, list[Fact]] = {}
    for fact in facts:
        by_value.setdefault(_mention(fact).name, []).append(fact)
    return " and ".join(f"'{value}' ({_outlets(group, outlet_of)})" for value, group in by_value.items())
