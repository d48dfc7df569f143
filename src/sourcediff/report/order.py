"""The one order every report lists things in, whatever order or folders the articles came in.

- Documents by id.
- The claims of a finding by document id, then by where they stand in the text; with
  `--reference`, the draft's claims first.
- Facts and stretches set aside by cleaning by document id, each document's in the order found.
- Findings keep their order and ids: most severe first (numbered when they are judged).

The pipeline puts the documents in this order before anything is read from them, so every
later stage (stories, cleaning, judging, the outlets a summary names) sees the same sequence;
`Report` and `FactReport` apply it again when they are made, so a report built by hand is
listed the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from ..models import Claim, Document, Dropped, Fact, FactReport, Finding, Report

OnDocument = TypeVar("OnDocument", Fact, Dropped)


def put_in_order(report: Report | FactReport) -> None:
    """Set a report's lists in this order; called by the (frozen) records themselves when made."""
    setattr_ = object.__setattr__
    setattr_(report, "documents", in_id_order(report.documents))
    setattr_(report, "facts", by_document(report.facts))
    setattr_(report, "dropped", by_document(report.dropped))
    if isinstance(report, Report):
        first = frozenset(report.reference)
        setattr_(report, "findings", tuple(claims_in_order(finding, first=first) for finding in report.findings))


def in_id_order(documents: Iterable[Document]) -> tuple[Document, ...]:
    """The documents sorted by id."""
    return tuple(sorted(documents, key=_doc_id))


def claims_in_order(finding: Finding, *, first: frozenset[str] = frozenset()) -> Finding:
    """The finding with its claims sorted by document id, then by offset; the claims of the
    documents in `first` (a draft checked against its sources) before the others."""
    if first:
        claims = tuple(sorted(finding.claims, key=lambda claim: (claim.doc not in first, *_claim_key(claim))))
    else:
        claims = tuple(sorted(finding.claims, key=_claim_key))
    return finding if claims == finding.claims else replace(finding, claims=claims)


def by_document(records: Iterable[OnDocument]) -> tuple[OnDocument, ...]:
    """Facts or set-aside stretches sorted by document id, each document's in the order they came."""
    return tuple(sorted(records, key=_on_doc))


def _doc_id(document: Document) -> str:
    return document.id


def _claim_key(claim: Claim) -> tuple[str, int, int]:
    return claim.doc, claim.start, claim.end


def _on_doc(record: Fact | Dropped) -> str:
    return record.doc
