"""Spelling variants: the rare spelling of a name that every other mention spells one way.

Precision comes first: a name word is compared only when it is capitalised mid-sentence, never
written in lower case, and the two forms refer to the same person (same surname for a given name,
same given name for a surname) or stand alone as the same kind of word. A transliteration
outlets commonly alternate (Mohammed/Muhammad) is reported as such, not as a slip.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ...models import Fact, Finding, Severity
from ...pickling import quick_init
from ...regexes import compile_regex
from .._shared import Outlets
from .forms import (
    TRANSLITERATION_GROUPS,
    mention_of,
    name_claim,
    name_key,
    outlets_of,
    spelling_convention,
    transliteration,
)
from .given import gendered_pair
from .settings import NamesSettings

Slot = str  # given | surname | middle | single | part

# Endings that turn one proper noun into another ("Carters", "Yemeni", "Kenyan").
INFLECTIONS = ("s", "es", "i", "n", "an", "ian", "ns", "ese", "e", "a", "is", "ish")
_WORD = compile_regex(r"[^\W\d_][\w'’\-]*")
_TAG = compile_regex(r"[A-Z]-")  # "R-Calif.", "D-N.Y.": a party and state, not a name to spell
_LOWER_WORD = compile_regex(r"(?<![\w'’\-])[a-z][a-z'’\-]*")


@quick_init
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


_LETTERS = compile_regex(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _sentence_key(sentence: str) -> str:
    """A sentence by its letters only: a reprint with an edited figure is still the same sentence."""
    return " ".join(_LETTERS.findall(sentence.lower()))



def spelling_findings(names: Sequence[Fact], outlet_of: Outlets, settings: NamesSettings) -> list[Finding]:
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
    sentences = {f.sentence for f in names}  # a sentence reprinted by many outlets is read once
    words = {word for text in sentences for word in _LOWER_WORD.findall(text)}
    return {word.replace("'", "").replace("’", "").replace("-", "") for word in words}


def _forms(names: Sequence[Fact]) -> dict[str, _Form]:
    forms: dict[str, _Form] = {}
    for fact in names:
        for word in _words(fact):
            forms.setdefault(word.key, _Form(word.key)).words.append(word)
    return forms


def _words(fact: Fact) -> list[_Word]:
    """The name words of one mention, each with its place in the name."""
    mention = mention_of(fact)
    parts = _word_parts(mention.name, mention.entity_kind, mention.given, mention.surname, bool(mention.title),
                        bool(mention.initial))
    return [_Word(fact, key, slot, partner, mention.entity_kind, proper) for key, slot, partner, proper in parts]


@lru_cache(maxsize=65536)
def _word_parts(name: str, kind: str, given: str, surname: str, titled: bool,
                initial: bool) -> tuple[tuple[str, Slot, str, bool], ...]:
    """(key, slot, partner, proper) of each word of a name: the same for every mention written alike."""
    # a person named in a text set in capitals ("JANE ORPAL"): the words are a name, not acronyms
    in_capitals = kind == "person" and bool(given) and name.isupper()
    tokens = [t for t in _WORD.findall(name)
              if t[0].isupper() and (in_capitals or not _acronym(t)) and not _TAG.match(t)]
    keys = [name_key(t) for t in tokens]
    words = []
    for index, key in enumerate(keys):
        if len(key) < 2:
            continue  # an initial
        # a sentence's first word proves nothing by its capital, unless more of the name follows it
        proper = len(keys) > 1 or titled or not initial
        words.append((key, *_slot(given, surname, keys, index), proper))
    return tuple(words)


def _slot(given: str, surname: str, keys: Sequence[str], index: int) -> tuple[Slot, str]:
    if len(keys) == 1:
        return "single", ""
    if given and surname:
        if index == 0:
            return "given", name_key(surname)
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
    from rapidfuzz.process import extract  # not cdist: its matrix would load numpy for this alone

    blocks: dict[str, list[int]] = {}
    for index, form in enumerate(forms):
        blocks.setdefault("^" + form.key[0], []).append(index)
        blocks.setdefault(form.key[-2:] + "$", []).append(index)
    found: dict[tuple[int, int], int] = {}
    for members in blocks.values():
        if len(members) < 2:
            continue
        keys = [forms[i].key for i in members]
        for row, i in enumerate(members):
            later = extract(keys[row], keys[row + 1 :], scorer=DamerauLevenshtein.distance,
                            score_cutoff=max_edits, limit=None)
            for _, edits, offset in sorted(later, key=lambda match: match[2]):
                j = members[row + 1 + offset]
                if 0 < edits <= max_edits:
                    found[(min(i, j), max(i, j))] = int(edits)
    by_key = {form.key: index for index, form in enumerate(forms)}
    for group in TRANSLITERATION_GROUPS:
        present = sorted(by_key[k] for k in group if k in by_key)
        for n, i in enumerate(present):
            for j in present[n + 1 :]:
                found.setdefault((i, j), 0)
    return [(forms[i], forms[j], edits) for (i, j), edits in found.items()]


def _judge_pair(a: _Form, b: _Form, edits: int, limits: NamesSettings) -> tuple[str, _Form, _Form] | None:
    """('spelling' | 'tie' | 'transliteration', rare form, usual form), or None when nothing is worth saying."""
    rare, usual = sorted((a, b), key=_Form.support)
    if spelling_convention(a.key, b.key):
        return None  # "Harbour"/"Harbor": a house style
    if transliteration(a.key, b.key):
        same = all(_same_use(w, usual, inflected=False, gendered=False) for w in rare.words)
        return ("transliteration", rare, usual) if same else None
    if edits > limits.max_edits or edits > limits.max_edit_share * max(len(a.key), len(b.key)):
        return None
    if rare.support() == usual.support():
        return ("tie", rare, usual) if _tie(rare, usual, limits) else None
    if not rare.one_source() or rare.distinct > limits.max_rare_mentions:
        return None
    if len(usual.docs) < 2 and usual.distinct < limits.majority_ratio * rare.distinct:
        return None
    if not any(w.proper for w in usual.words):
        return None
    inflected, gendered = _endings(rare.key, usual.key)
    if not all(_same_use(w, usual, inflected=inflected, gendered=gendered) for w in rare.words):
        return None
    return "spelling", rare, usual


def _tie(a: _Form, b: _Form, limits: NamesSettings) -> bool:
    """Two spellings as common as each other: worth reporting only in a person's full name, the other
    part the same ("Ana Kouris"/"Ana Kourys"), each spelling from one source."""
    if not (a.one_source() and b.one_source()) or max(a.distinct, b.distinct) > limits.max_rare_mentions:
        return False
    if _endings(a.key, b.key)[1]:
        return False  # "Paul"/"Paula": two names
    places_a = {(w.slot, w.partner) for w in a.words}
    places_b = {(w.slot, w.partner) for w in b.words}
    return all(slot in ("given", "surname") for slot, _ in places_a | places_b) and bool(places_a & places_b)


def _endings(a: str, b: str) -> tuple[bool, bool]:
    """Whether the two differ by an inflection, or like two distinct given names ("Paul"/"Paula")."""
    short, long = sorted((a, b), key=len)
    extra = long[len(short) :] if long.startswith(short) else None
    return extra in INFLECTIONS, gendered_pair(a, b)


def _same_use(word: _Word, usual: _Form, *, inflected: bool, gendered: bool) -> bool:
    """Whether the rare word stands where the usual one does, so both name the same thing."""
    if word.slot == "given":  # a given name is only compared within one surname
        return not gendered and any(u.slot == "given" and u.partner == word.partner for u in usual.words)
    partners = {u.partner for u in usual.words if u.slot == "surname"} if word.slot == "surname" else set()
    if word.partner in partners:
        return True  # a surname after the same given name: "Mark Hendricks" is a slip for "Mark Hendrick"
    if inflected:
        return False  # "Carters", "Yemeni": another word
    if word.slot == "surname":
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
    claims = tuple(name_claim(f, outlet_of) for f in rare_facts + usual_facts)
    rare_names = _quoted(rare_facts, outlet_of)
    usual_outlets = outlets_of((w.fact for w in usual.words), outlet_of)
    if rare.words[0].slot in ("given", "surname"):  # a person: name them in full
        usual_name = mention_of(usual_facts[0]).name
    else:
        usual_name = Counter(_written(w) for w in usual.words).most_common(1)[0][0]
    if label == "transliteration":
        severity: Severity = "low"
        summary = (
            f"transliteration: {rare_names} and '{usual_name}' ({usual_outlets}) are spellings of one "
            "name that outlets commonly alternate; not an error, but the report could use one."
        )
    elif label == "tie":
        severity = "medium"
        summary = (f"{rare_names} and '{usual_name}' ({usual_outlets}) spell one name two ways, each as often "
                   "as the other: check which is right.")
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
        topic=f"{usual_name} ({'spelling' if label == 'tie' else label})",
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
    for token in _WORD.findall(mention_of(word.fact).name):
        if name_key(token) == word.key:
            return str(token)
    return word.key


def _quoted(facts: Sequence[Fact], outlet_of: Outlets) -> str:
    by_value: dict[str, list[Fact]] = {}
    for fact in facts:
        by_value.setdefault(mention_of(fact).name, []).append(fact)
    return " and ".join(f"'{value}' ({outlets_of(group, outlet_of)})" for value, group in by_value.items())
