"""One person's first name written two ways: "Bob Marsh" against "Robert W. Marsh".

Compared only where a surname is written in full with exactly two first names, and no outlet uses
both (an outlet that does may mean two people, a father and son). Reported, low:
- a pet form of the other (Bob/Robert, Jim/James: see `given.py`), which a reader may not connect;
- two forms of one name that share their opening but neither is a clipping of the other
  (Alessio/Alessandro), where the outlets disagree on the form.
Not reported: clippings (Chris/Christopher, Rick/Richard), initials, two names that are one slip
apart (the spelling judge reports those), and two distinct names (Paul/Paula, Tom/Sarah).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Claim, Fact, Finding
from .._shared import Outlets
from .forms import mention_of, name_claim, name_key, outlets_of, spelling_slip, transliteration
from .given import gendered_pair, is_given_name, pet_form, short_form
from .titles import TITLES
from .vocabulary import NOT_NAMES, ORG_HEADS, RANK_MODIFIERS, ROLE_NOUNS, ROLE_QUALIFIERS

MIN_SHARED_OPENING = 4  # letters two forms of one first name share at the start ("Alex-is", "Alex-andros")
MIN_FORM_LETTERS = 5  # both forms at least this long, when neither is a listed short form
FEMININE_ENDINGS = ("a", "ine", "elle", "ette", "ie")  # a name of the other sex, not another form of one


def forename_findings(names: Sequence[Fact], outlet_of: Outlets) -> list[Finding]:
    """Low-severity variants for people whose first name outlets write in two forms."""
    by_surname: dict[str, dict[str, list[Fact]]] = {}
    for fact in names:
        mention = mention_of(fact)
        given = mention.given.lower().rstrip(".")
        if (mention.surname and len(given) > 1 and " " not in given and mention.entity_kind in ("person", "unknown")
                and _first_name_like(given)):
            by_surname.setdefault(name_key(mention.surname), {}).setdefault(given, []).append(fact)
    findings = []
    for forms in by_surname.values():
        if len(forms) != 2:
            continue
        (one, one_facts), (other, other_facts) = forms.items()
        if {f.doc for f in one_facts} & {f.doc for f in other_facts}:
            continue  # an outlet writes both: perhaps two people
        why = _why(one, other)
        if why:
            findings.append(_finding(one_facts, other_facts, why, outlet_of))
    return findings


def _first_name_like(word: str) -> bool:
    """Not a title or role word parsed as a first name ("Special Counsel Robert Mueller")."""
    if is_given_name(word):
        return True  # "Bill" is also an organisation word
    return not (word in TITLES or word in ROLE_NOUNS or word in RANK_MODIFIERS or word in ROLE_QUALIFIERS
                or word in ORG_HEADS or word in NOT_NAMES)


def _why(one: str, other: str) -> str:
    """Why two first names are one name written two ways worth reporting, or "" when they are not."""
    if short_form(one, other) is not None:
        return "a familiar form a reader may not connect with the other" if pet_form(one, other) else ""
    if one.startswith(other) or other.startswith(one) or gendered_pair(one, other) or transliteration(one, other):
        return ""  # a clipping (Alex/Alexander), or two names (Paul/Paula)
    if spelling_slip(one, other):
        return ""  # the spelling judge reports a slip
    if one.endswith(FEMININE_ENDINGS) != other.endswith(FEMININE_ENDINGS):
        return ""  # Christopher/Christina, Patrick/Patricia: a brother and a sister
    shared = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), min(len(one), len(other)))
    if shared >= MIN_SHARED_OPENING and min(len(one), len(other)) >= MIN_FORM_LETTERS:
        return "two forms of one name (one may be a familiar or local form)"
    return ""


def _finding(one: Sequence[Fact], other: Sequence[Fact], why: str, outlet_of: Outlets) -> Finding:
    sides = sorted((one, other), key=lambda facts: -len({f.doc for f in facts}))
    claims: list[Claim] = []
    shown = []
    for facts in sides:
        per_doc = list({fact.doc: fact for fact in reversed(facts)}.values())[::-1]
        claims.extend(name_claim(fact, outlet_of) for fact in per_doc)
        shown.append(f"'{mention_of(per_doc[0]).name}' ({outlets_of(per_doc, outlet_of)})")
    usual = mention_of(sides[0][0]).name
    summary = f"first name written two ways: {' and '.join(shown)}: {why}; the report could use one."
    return Finding(id="", kind="name", verdict="variant", severity="low", topic=f"{usual} (first name)",
                   summary=summary, claims=tuple(claims))
