"""Draft against sources (`check --reference draft.md sources/`): does our copy match what others report?

The draft is read and judged as one more outlet, so its facts are aligned exactly as any
outlet's. Then only the findings the draft takes part in are kept: a disagreement when the draft
states the fact otherwise than at least one source (disagreements among the sources alone are
left out), and with `--all` the agreements and single facts of the draft too. The draft's claims
come first in each finding (see `report/order.py`), and the findings are numbered again.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence
from dataclasses import replace

from .models import LISTED_VERDICTS, Claim, Finding
from .regexes import compile_regex

__all__ = ["against_reference", "claim_key"]

_WORD = compile_regex(r"[^\W_]+(?:['’][^\W_]+)*")


def against_reference(findings: Sequence[Finding], drafts: Collection[str]) -> list[Finding]:
    """The findings in which a draft document (`drafts`: its ids) takes part, and, for a
    disagreement, states the fact otherwise than a source; numbered F001, F002, ... in order."""
    kept = [finding for finding in findings if _concerns_draft(finding, drafts)]
    return [replace(finding, id=f"F{number:03d}") for number, finding in enumerate(kept, start=1)]


def _concerns_draft(finding: Finding, drafts: Collection[str]) -> bool:
    mine = [claim for claim in finding.claims if claim.doc in drafts]
    theirs = [claim for claim in finding.claims if claim.doc not in drafts]
    if not mine:
        return False
    if finding.verdict not in LISTED_VERDICTS:  # agree, single: listed only with --all
        return True
    said = {claim_key(finding.kind, claim) for claim in mine}
    return any(claim_key(finding.kind, claim) not in said for claim in theirs)


def claim_key(kind: str, claim: Claim) -> Hashable:
    """What a claim states, as far as telling the draft from a source goes: the interval and unit of
    a figure, the days of a date, a name with its title, a quote's words with who said them and how.
    Two claims with the same key say the same thing, however worded ("four months", "4 months")."""
    normal = claim.normalized if isinstance(claim.normalized, dict) else {}
    if kind in ("number", "duration", "time"):
        return kind, normal.get("low"), normal.get("high"), normal.get("unit")
    if kind == "date":
        return kind, normal.get("start"), normal.get("end")
    if kind == "name":
        return kind, str(normal.get("name", claim.value)).casefold(), str(normal.get("title", "")).casefold()
    if kind == "quote":
        words = tuple(word.casefold() for word in _WORD.findall(claim.value))
        return kind, words, normal.get("speaker"), normal.get("own_words")
    return kind, claim.value.casefold()
