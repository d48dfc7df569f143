"""Judge name mentions across documents: one person written with two titles, (in `positions.py`)
given two roles, and (in `spelling.py`) the rare spelling of a name that every other mention spells
one way.

Only `variant` findings come out of here: a title that differs (both may be right), a likely
slip in spelling, or a transliteration outlets commonly alternate.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from ...models import SEVERITY_RANK, Claim, Fact, Finding, Mention
from .._shared import Outlets, claim_of
from .acronyms import acronym_findings
from .forenames import forename_findings
from .forms import mention_of, name_key, outlets_of
from .nicknames import nickname_findings
from .positions import role_findings
from .settings import DEFAULTS, NamesSettings
from .spelling import spelling_findings
from .titles import RANKS, TITLE_SPELLINGS
from .variants import variant_findings

__all__ = ["compare_names"]

COMPARED_RANK_CLASSES = ("honour", "academic", "military", "clergy")  # not Mr/Ms, not offices
# Forms of address any ordained minister is given: "the Rev. Jo Bell" is also "Pastor Jo Bell" or
# "Father Bell", so a style never disagrees with another clergy title (a bishop is also "Rev.").
CLERGY_STYLES = frozenset({"rev", "reverend", "pastor", "father"})
LINKED = frozenset({"sir", "dame"})  # "Sir Ian", "Dame Judi": a given name that points to a full name


def compare_names(
    facts: Sequence[Fact],
    *,
    outlet_of: Outlets,
    settings: NamesSettings = DEFAULTS,
    texts: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Title, role and spelling variants among name facts; ids are left empty for the caller to number.

    `texts` (document id -> text) lets a role finding quote the role with the name; without it a
    role claim quotes the name alone.
    """
    names = [f for f in facts if f.kind == "name" and isinstance(f.detail, Mention)]
    findings = (_title_findings(names, outlet_of) + role_findings(names, outlet_of, texts or {})
                + forename_findings(names, outlet_of) + nickname_findings(names, outlet_of)
                + spelling_findings(names, outlet_of, settings) + variant_findings(names, outlet_of)
                + acronym_findings(names, outlet_of))
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.claims[0].doc, f.claims[0].start))
    return findings

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
        mention = mention_of(fact)
        if mention.given and mention.surname and mention.entity_kind in ("person", "unknown"):
            key = (name_key(mention.given), name_key(mention.surname))
            people.setdefault(("surname", key[1]), set()).add(key)
            people.setdefault(("given", key[0]), set()).add(key)
    resolved: list[PersonKey | None] = []
    for fact in names:
        mention = mention_of(fact)
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
        rank = mention_of(fact).rank
        if rank not in RANKS:
            continue
        rank_class, sex, _ = RANKS[rank]
        if sex:
            sexes.add(sex)
        if rank_class in COMPARED_RANK_CLASSES and rank not in CLERGY_STYLES:
            by_class.setdefault(rank_class, {}).setdefault(TITLE_SPELLINGS.get(rank, rank), []).append(fact)
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
        title = Counter(mention_of(f).title for f in facts).most_common(1)[0][0]
        sides.append(f"'{title}' ({outlets_of(facts, outlet_of)})")
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
    full = [mention_of(f).name for f in mentions if mention_of(f).given and mention_of(f).surname]
    return Counter(full or [mention_of(f).name for f in mentions]).most_common(1)[0][0]


def _first_per_doc(facts: Iterable[Fact]) -> list[Fact]:
    """One mention per document, preferring one that gives the full name."""
    best: dict[str, Fact] = {}
    for fact in facts:
        current = best.get(fact.doc)
        full = bool(mention_of(fact).given and mention_of(fact).surname)
        if current is None or (full and not (mention_of(current).given and mention_of(current).surname)):
            best[fact.doc] = fact
    return list(best.values())

