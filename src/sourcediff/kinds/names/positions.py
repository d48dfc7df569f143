"""Roles and job titles compared like honours: one person given different roles by different outlets.

A role is read as a head noun ("manager"), the words that change the position ("deputy",
"acting") and the words that place it ("campaign", "fire"). Two outlets disagree when they give
one person:
- the same head with a different position word: "Fire Chief" against "Deputy Fire Chief" (medium);
- different heads in the same field: "campaign manager" against "campaign chairman" (low);
- two ranks of one class: "police lieutenant" against "marshal" (low).
Nothing is said when an outlet gives the person both roles ("president and general manager"),
when either head is a generic word ("officer", "official"), or when the roles share no field:
"lawyer" and "activist" are two facets of one person, not a disagreement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from ...models import Claim, Fact, Finding, Severity
from .._shared import Outlets, claim_of
from .forms import mention_of, name_key, outlets_of
from .given import one_given_name
from .roles import is_nickname
from .titles import RANKS, TITLE_SPELLINGS
from .vocabulary import ORG_HEADS

# Words that make another position of the same head: "deputy chief" is not "chief".
POSITION_WORDS = frozenset({"deputy", "assistant", "vice", "associate", "acting", "interim", "co"})
MEDIUM_POSITION_WORDS = frozenset({"deputy", "assistant", "vice", "acting", "interim"})  # a deputy is not the chief
# Words about time or tenure, not the role: "former campaign chairman" is a campaign chairman.
_TENURE = frozenset({"former", "ex", "then", "current", "longtime", "onetime", "new", "late", "now", "full-time",
                     "part-time", "retired", "veteran", "top", "senior", "junior", "lead", "chief", "special"})
# One position, several words: the canonical word for each.
_SAME_POSITION = {
    **dict.fromkeys(("chair", "chairwoman", "chairperson"), "chairman"),
    **dict.fromkeys(("spokeswoman", "spokesperson"), "spokesman"),
    **dict.fromkeys(("advisor", "aide", "staffer", "assistant", "counselor", "counsellor"), "adviser"),
    **dict.fromkeys(("attorney", "counsel", "solicitor", "barrister"), "lawyer"),
    **dict.fromkeys(("congresswoman", "representative", "rep", "lawmaker", "legislator"), "congressman"),
    **dict.fromkeys(("ceo", "chief-executive"), "executive"),
}
# Heads that fit any more particular role of the same person: "officer" is also "lieutenant".
GENERIC_HEADS = frozenset({"officer", "official", "member", "leader", "executive", "employee", "staff", "worker",
                           "head", "boss", "deputy", "partner", "associate", "figure"})
_ATTACHMENTS = (" with ", " of ", " for ", " at ", " in ", " from ")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})


@dataclass(frozen=True, slots=True)
class Position:
    """One role as compared: the head noun, the words that change the position, the words that place it."""

    head: str
    position: frozenset[str]
    field: frozenset[str]
    ranked: bool  # the head is a rank ("lieutenant", "marshal"): one rank at a time


def position_of(role: str) -> Position | None:
    """A role phrase as compared; None when it has no head noun."""
    core = f" {role.lower()} "
    for attachment in _ATTACHMENTS:
        core = core.split(attachment, 1)[0]
    words = [w.strip(".,") for w in core.split() if w.strip(".,")]
    words = [w for w in words if w not in _DETERMINERS and not w.endswith(("'s", "’s"))]
    if not words:
        return None
    if words[-1] == "general" and len(words) > 1:  # "attorney general", "secretary general": an office
        words = [*words[:-2], f"{words[-2]} general"]
    head = TITLE_SPELLINGS.get(words[-1], words[-1])
    if head.endswith("s") and head[:-1] in RANKS | _SAME_POSITION.keys() | {"adviser", "lawyer", "manager"}:
        head = head[:-1]
    head = _SAME_POSITION.get(head, head)
    rest = words[:-1]
    position = frozenset(w for w in rest if w in POSITION_WORDS)
    field = frozenset(w for w in rest if w not in POSITION_WORDS and w not in _TENURE and w not in ORG_HEADS)
    ranked = RANKS.get(head, ("", "", ""))[0] == "military"
    return Position(head, position, field, ranked)


def roles_of(role: str) -> list[Position]:
    """Every role a phrase gives: "president and general manager" gives two."""
    return [p for part in role.split(" and ") if (p := position_of(part)) is not None]


def disagreement(a: Position, b: Position) -> Severity | None:
    """How much two roles given to one person disagree, or None when both may hold."""
    if a.head == b.head:
        differs = a.position ^ b.position
        if not differs:
            return None
        return "medium" if differs & MEDIUM_POSITION_WORDS else "low"
    if a.head in GENERIC_HEADS or b.head in GENERIC_HEADS:
        return None
    if (a.ranked and b.ranked) or (a.field & b.field):
        return "low"
    return None


@dataclass(frozen=True, slots=True)
class _Held:
    fact: Fact
    position: Position
    phrase: str


def role_findings(names: Sequence[Fact], outlet_of: Outlets, texts: Mapping[str, str]) -> list[Finding]:
    """One finding per person whom outlets give roles that disagree; two people whose roles one outlet
    swaps (each given the role the other outlets give the other) make one finding."""
    judged = {surname: found for surname, held in _roles_by_person(names).items()
              if (found := _disagreements(held)) is not None}
    findings = []
    done: set[str] = set()
    for surname, (severity, sides) in judged.items():
        if surname in done:
            continue
        group = [surname] + [other for other in judged if other not in done and other != surname
                             and _swapped(sides, judged[other][1])]
        done.update(group)
        worst: Severity = "medium" if any(judged[s][0] == "medium" for s in group) else severity
        findings.append(_finding([judged[s][1] for s in group], worst, outlet_of, texts))
    return findings


def _roles_by_person(names: Sequence[Fact]) -> dict[str, list[_Held]]:
    """Roles by the person they are given to: a full name, or a bare surname only one full name has."""
    full: dict[str, list[str]] = {}  # surname key -> given names written with it
    for fact in names:
        mention = mention_of(fact)
        if mention.given and mention.surname and mention.entity_kind in ("person", "unknown"):
            full.setdefault(name_key(mention.surname), []).append(mention.given.lower())
    one_person = {surname: all(one_given_name(givens[0], other) for other in set(givens))
                  for surname, givens in full.items()}
    people: dict[str, list[_Held]] = {}
    for fact in names:
        mention = mention_of(fact)
        if not mention.role or is_nickname(mention.role) or mention.entity_kind != "person":
            continue
        surname = name_key(mention.surname) if mention.surname else ""
        if not one_person.get(surname):
            continue  # nobody, or several people, have this surname in full
        for position in roles_of(mention.role):
            people.setdefault(surname, []).append(_Held(fact, position, mention.role))
    return people


def _display(held: Sequence[_Held]) -> str:
    """The person's full name as most mentions with a role write it."""
    full = [mention_of(item.fact).name for item in held if mention_of(item.fact).given]
    return max(full, key=full.count) if full else mention_of(held[0].fact).name


def _disagreements(held: Sequence[_Held]) -> tuple[Severity, dict[Position, list[_Held]]] | None:
    """How much one person's roles disagree, and the roles on each side; None when they may all hold."""
    held_by_doc: dict[str, set[tuple[str, frozenset[str]]]] = {}
    by_position: dict[Position, list[_Held]] = {}
    for item in held:
        held_by_doc.setdefault(item.fact.doc, set()).add(_rank_of(item.position))
        by_position.setdefault(item.position, []).append(item)
    severity: Severity | None = None
    sides: dict[Position, list[_Held]] = {}
    for a, b in combinations(by_position, 2):
        docs = {item.fact.doc for item in by_position[a]} | {item.fact.doc for item in by_position[b]}
        pair = {_rank_of(a), _rank_of(b)}
        if len(docs) < 2 or any(pair <= both for both in held_by_doc.values()):
            continue  # one outlet's own roles, or roles an outlet says the person holds at once
        found = disagreement(a, b)
        if found is None:
            continue
        severity = "medium" if "medium" in (severity, found) else found
        for position in (a, b):
            sides.setdefault(position, by_position[position])
    return None if severity is None else (severity, sides)


def _rank_of(position: Position) -> tuple[str, frozenset[str]]:
    return position.head, position.position


def _swapped(mine: Mapping[Position, Sequence[_Held]], theirs: Mapping[Position, Sequence[_Held]]) -> bool:
    """Whether an outlet gives each of two people a role that other outlets give the other person."""
    def heads_in(sides: Mapping[Position, Sequence[_Held]]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for position, items in sides.items():
            for item in items:
                found.setdefault(item.fact.doc, set()).add(position.head)
        return found

    my_heads, their_heads = heads_in(mine), heads_in(theirs)
    for doc, heads in my_heads.items():
        for head in heads:
            # this outlet gives me `head`; does it give them a head that another outlet gives me,
            # while another outlet gives them `head`?
            given_them = their_heads.get(doc, set()) - {head}
            mine_elsewhere = {h for d, hs in my_heads.items() if d != doc for h in hs}
            theirs_elsewhere = {h for d, hs in their_heads.items() if d != doc for h in hs}
            if given_them & mine_elsewhere and head in theirs_elsewhere:
                return True
    return False


def _finding(groups: Sequence[Mapping[Position, Sequence[_Held]]], severity: Severity, outlet_of: Outlets,
             texts: Mapping[str, str]) -> Finding:
    claims: list[Claim] = []
    people = []
    for sides in groups:
        shown = []
        for items in sides.values():
            per_doc = list({item.fact.doc: item for item in items}.values())
            claims.extend(_claim(item, outlet_of, texts) for item in per_doc)
            shown.append(f"'{per_doc[0].phrase}' ({outlets_of((i.fact for i in per_doc), outlet_of)})")
        people.append((_display([item for items in sides.values() for item in items]), "; ".join(shown)))
    if len(people) == 1:
        what = f"{people[0][0]} is given different roles: {people[0][1]}"
    else:
        what = ("an outlet may have swapped these people's roles: "
                + " | ".join(f"{who}: {roles}" for who, roles in people))
    summary = f"{what}. Both can be right (people change jobs and outlets shorten titles), but check which is current."
    topic = " / ".join(who for who, _ in people)
    return Finding(id="", kind="name", verdict="variant", severity=severity, topic=f"{topic} (role)",
                   summary=summary, claims=tuple(claims))


def _claim(item: _Held, outlet_of: Outlets, texts: Mapping[str, str]) -> Claim:
    """The role with the name, as the document prints them ("former campaign manager Paul Hart")."""
    fact, mention = item.fact, mention_of(item.fact)
    text = texts.get(fact.doc)
    if text is None or mention.role_start < 0:
        return claim_of(fact, outlet_of)
    start, end = min(fact.start, mention.role_start), max(fact.end, mention.role_end)
    return Claim(fact.doc, outlet_of(fact.doc), text[start:end], fact.normalized(), fact.sentence, start, end)
