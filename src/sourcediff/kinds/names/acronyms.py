"""A misspelt acronym: one outlet's "NWSC" against everyone else's "NSWC".

An acronym is compared only with one of the same length (at least MIN_ACRONYM letters) and the
same first letter that is made of the same letters, as a slip of the fingers makes it: letters
swapped or one written twice. "LAPD" and "LASD" (two police forces) differ in a letter, so they
are never compared. The rare form appears in one outlet, at most MAX_RARE_MENTIONS times, and the
usual one in at least MIN_USUAL_OUTLETS outlets.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Fact, Finding
from .._shared import Outlets
from .forms import mention_of, name_claim, outlets_of

MIN_ACRONYM = 4
MAX_ACRONYM_EDITS = 2
MAX_RARE_MENTIONS = 2
MIN_USUAL_OUTLETS = 2


def is_acronym_fact(fact: Fact) -> bool:
    mention = mention_of(fact)
    return mention.entity_kind == "org" and mention.name.isupper() and mention.name.isalpha()


def acronym_findings(names: Sequence[Fact], outlet_of: Outlets) -> list[Finding]:
    """Medium variants for acronyms that look like a slip for the one the other outlets write."""
    from rapidfuzz.distance import DamerauLevenshtein

    forms: dict[str, list[Fact]] = {}
    for fact in names:
        if is_acronym_fact(fact) and len(mention_of(fact).name) >= MIN_ACRONYM:
            forms.setdefault(mention_of(fact).name, []).append(fact)
    findings = []
    for rare, rare_facts in forms.items():
        if len({f.doc for f in rare_facts}) != 1 or len(rare_facts) > MAX_RARE_MENTIONS:
            continue
        for usual, usual_facts in forms.items():
            if (usual != rare and len(usual) == len(rare) and usual[0] == rare[0] and set(usual) == set(rare)
                    and len({f.doc for f in usual_facts}) >= MIN_USUAL_OUTLETS
                    and DamerauLevenshtein.distance(rare, usual) <= MAX_ACRONYM_EDITS):
                findings.append(_finding(rare_facts, usual_facts, outlet_of))
                break
    return findings


def _finding(rare: Sequence[Fact], usual: Sequence[Fact], outlet_of: Outlets) -> Finding:
    per_doc = list({fact.doc: fact for fact in reversed(usual)}.values())[::-1]
    claims = tuple(name_claim(fact, outlet_of) for fact in [*rare, *per_doc])
    rare_name, usual_name = mention_of(rare[0]).name, mention_of(usual[0]).name
    summary = (f"'{rare_name}' ({outlets_of(rare, outlet_of)}) looks like a slip for '{usual_name}', the acronym "
               f"{outlets_of(usual, outlet_of)} write: the same letters in another order.")
    return Finding(id="", kind="name", verdict="variant", severity="medium", topic=f"{usual_name} (spelling)",
                   summary=summary, claims=claims)
