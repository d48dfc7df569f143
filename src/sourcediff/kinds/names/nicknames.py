"""A nickname spelt differently: 'known by the street moniker of Tavo' against 'known as "Tavy"'.

A nickname is short and often seen in one outlet only, so the spelling judge's majority rule does
not apply. Two outlets that each introduce a nickname (after its cue: "known as", "nicknamed",
"moniker") spelt within MAX_NICKNAME_EDITS of each other name one person's nickname two ways.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Fact, Finding
from .._shared import Outlets
from .forms import mention_of, name_claim, name_key, outlets_of
from .roles import is_nickname

MAX_NICKNAME_EDITS = 1
MIN_NICKNAME_LETTERS = 3


def nickname_findings(names: Sequence[Fact], outlet_of: Outlets) -> list[Finding]:
    """One medium variant for each group of close nickname spellings given by different outlets."""
    from rapidfuzz.distance import DamerauLevenshtein

    forms: dict[str, list[Fact]] = {}
    for fact in names:
        mention = mention_of(fact)
        key = name_key(mention.name)
        if is_nickname(mention.role) and len(key) >= MIN_NICKNAME_LETTERS:
            forms.setdefault(key, []).append(fact)
    keys = sorted(forms, key=lambda k: -len({f.doc for f in forms[k]}))
    findings = []
    used: set[str] = set()
    for key in keys:
        if key in used:
            continue
        close = [other for other in keys if other != key and other not in used
                 and DamerauLevenshtein.distance(key, other, score_cutoff=MAX_NICKNAME_EDITS) <= MAX_NICKNAME_EDITS
                 and not {f.doc for f in forms[other]} & {f.doc for f in forms[key]}]
        if close:
            used.update([key, *close])
            findings.append(_finding([forms[k] for k in [key, *close]], outlet_of))
    return findings


def _finding(groups: Sequence[Sequence[Fact]], outlet_of: Outlets) -> Finding:
    shown = " and ".join(f"'{mention_of(facts[0]).name}' ({outlets_of(facts, outlet_of)})" for facts in groups)
    claims = tuple(name_claim(fact, outlet_of) for facts in groups for fact in facts)
    summary = f"nickname spelt differently: {shown}; check which the report should use."
    return Finding(id="", kind="name", verdict="variant", severity="medium",
                   topic=f"{mention_of(groups[0][0]).name} (nickname)", summary=summary, claims=claims)
