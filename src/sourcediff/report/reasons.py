"""Why a finding's claims were lined up as one fact, in words an editor can check (`--explain`).

Figures and dates carry the frame parts and clause words their aligner matched on; names and
quotes are aligned on who they are about, which their claims' normalised values show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..models import Claim, Finding
from ..regexes import compile_regex

_WORD = compile_regex(r"[^\W_]+(?:['’][^\W_]+)*")
SHOWN_WORDS = 6  # clause words named in a reason; the JSON `why` has them all


def alignment_reasons(finding: Finding) -> list[str]:
    """One short line per reason the claims of `finding` were taken to state the same fact."""
    if finding.kind == "name":
        return _name_reasons(finding.claims)
    if finding.kind == "quote":
        return _quote_reasons(finding.claims)
    return _frame_reasons(finding)


def _frame_reasons(finding: Finding) -> list[str]:
    reasons: list[str] = []
    frame = finding.frame
    if frame is not None and frame.dimension not in ("", "none"):
        measure = frame.dimension + (f" in {frame.unit}" if frame.unit else "")
        reasons.append(f"the same measure ({measure})")
    words = [part.partition(": ")[2] for part in finding.why if part.startswith("word: ")]
    parts = [part for part in finding.why if not part.startswith("word: ")]
    if parts:
        reasons.append("the same " + "; ".join(parts))
    if words:
        more = f" and {len(words) - SHOWN_WORDS} more" if len(words) > SHOWN_WORDS else ""
        reasons.append("words their clauses share: " + ", ".join(words[:SHOWN_WORDS]) + more)
    return reasons or ["the same kind of figure in the same story (no frame or shared words recorded)"]


def _name_reasons(claims: Sequence[Claim]) -> list[str]:
    forms = Counter(_field(claim, "text") or claim.value for claim in claims)
    surnames = {_field(claim, "surname").casefold() for claim in claims} - {""}
    given = {_field(claim, "given").casefold() for claim in claims} - {""}
    reasons = []
    if len(surnames) == 1 and len(given) <= 1:
        who = (sorted(given)[0].title() + " " if given else "") + sorted(surnames)[0].title()
        reasons.append(f"one name: every claim's surname and given name read as {who}")
    else:
        reasons.append("names alike in spelling or form: " + ", ".join(sorted(surnames | given)))
    reasons.append("written " + "; ".join(f"{form!r} ×{n}" for form, n in forms.most_common()))
    return reasons


def _quote_reasons(claims: Sequence[Claim]) -> list[str]:
    speakers = Counter(_field(claim, "speaker") for claim in claims)
    speakers.pop("", None)
    reasons = []
    if speakers:
        reasons.append("attributed to " + ", ".join(f"{name} ({n})" for name, n in speakers.most_common()))
    word_sets = [frozenset(w.casefold() for w in _WORD.findall(claim.value)) for claim in claims]
    shortest = min(word_sets, key=len, default=frozenset())
    common = frozenset.intersection(*word_sets) if word_sets else frozenset()
    if shortest:
        reasons.append(f"{len(common)} of the {len(shortest)} words of the shortest quote are in every quote")
    return reasons or ["quotes alike in wording"]


def _field(claim: Claim, name: str) -> str:
    normalized = claim.normalized if isinstance(claim.normalized, dict) else {}
    value = normalized.get(name)
    return value if isinstance(value, str) else ""
