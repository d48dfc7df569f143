"""A large report is written one finding at a time, each claim encoded once: the text is exactly what
encoding the whole report at once gives, odd characters escaped alike."""

from __future__ import annotations

import json

from sourcediff.models import Claim, Document, Finding, Report
from sourcediff.report.json import INDENT_UP_TO_CLAIMS, report_dict, report_json
from sourcediff.report.safe import json_text

ODD = "bidi \u202e override, line\u2028separator, C1 \x85, surrogate \udcff, quote \" and \\ slash"


def _report() -> Report:
    docs = [Document(id=f"d{i:03}", text=f"Text {i} {ODD}", outlet=f"Outlet {i} \u200f") for i in range(60)]
    shared = [Claim(doc.id, doc.outlet, "40 people", {"low": 40, "note": ODD}, f"About 40 people {ODD}.", 6, 15)
              for doc in docs]
    findings = [Finding(f"F{n:03}", "number", "conflict", "high", f"people hurt {ODD}", f"summary {n} {ODD}",
                        (*shared, Claim("d000", "Outlet 0", f"{n} people", {"low": n}, "Other.", 0, 2)),
                        explanation=(ODD,))
                for n in range(INDENT_UP_TO_CLAIMS // len(shared) + 2)]  # more claims than the indented form takes
    return Report(tuple(docs), tuple(findings), stories={doc.id: 1 for doc in docs})


def test_a_large_report_is_the_text_of_encoding_it_whole() -> None:
    report = _report()
    findings = report.listed()
    assert sum(len(f.claims) for f in findings) > INDENT_UP_TO_CLAIMS  # the finding-by-finding path
    whole = report_dict(report, findings)
    expected = json_text('{"documents": ' + json.dumps(whole["documents"], ensure_ascii=False)
                         + ', "findings": [' + ", ".join(json.dumps(f, ensure_ascii=False) for f in whole["findings"])
                         + '], "summary": ' + json.dumps(whole["summary"], ensure_ascii=False)
                         + ', "dropped": []}') + "\n"
    written = report_json(report, findings)
    assert written == expected
    assert json.loads(written) == json.loads(expected)
    assert "\\u202e" in written and "\u202e" not in written  # escaped, not printed
