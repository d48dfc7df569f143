"""Name variants worth an editor's minutes, and the differences that are not.

Every story here is made up: several outlets' sentences about one event, and the finding (or no
finding) a fact-checker expects.
"""

from __future__ import annotations

import pytest

from sourcediff.kinds.names import compare_names, extract_names
from sourcediff.models import Fact, Finding
from sourcediff.text import paragraphs, sentences


def names_in(text: str, doc_id: str = "doc") -> list[Fact]:
    return extract_names(text, sentences(text, paragraphs(text)), doc_id=doc_id)


def compare(*docs: str) -> list[Finding]:
    facts = [fact for n, text in enumerate(docs) for fact in names_in(text, doc_id=f"doc{n}")]
    return compare_names(facts, outlet_of=lambda doc: "Outlet " + doc[3:])


def values(finding: Finding) -> set[str]:
    return {claim.value for claim in finding.claims}


# --- no finding: conventions and forms that name the same thing ------------------------------------

@pytest.mark.parametrize("docs", [
    # a clergy style is given to any minister
    ("The Rev. Larry Dunn led the service on Sunday.", "Pastor Larry Dunn said the church would be rebuilt.",
     "The Rev. Larry Dunn thanked the firefighters.", "Father Larry Dunn was not available."),
    # party and state after a lawmaker's name
    ("Rep. Anna Lowe, D-Calif., called for a vote.", "Rep. Tom Marsh, R-Calif., opposed it.",
     "Rep. Tom Marsh, R-Calif., said the memos were clear."),
    # British and American names of one body, written the same in both
    ("The U.N. said aid was on its way to Dhaka.", "The UN said aid was on its way to Dhaka.",
     "The U.N. said aid would reach Dhaka on Friday."),
    # an abbreviated title with and without its full stop
    ("Dr. Ann Price treated the injured at Mercy Hospital.", "Dr Ann Price treated the injured at Mercy Hospital.",
     "Dr Ann Price said three were in a serious condition."),
    # a country and its adjective
    ("French police arrested two men near Calais.", "Police in France arrested two men near Calais.",
     "French police said the men were held overnight."),
])
def test_conventions_are_not_variants(docs: tuple[str, ...]) -> None:
    assert compare(*docs) == []


def test_clergy_ranks_of_one_person_still_differ() -> None:
    findings = compare("Bishop Ann Wells led the service.", "Archbishop Ann Wells led the service.",
                       "Bishop Ann Wells thanked the crews.")
    assert [f.topic for f in findings] == ["Ann Wells (title)"]


# --- spelling --------------------------------------------------------------------------------------

def test_a_surnames_final_s_is_a_slip_when_the_first_name_matches() -> None:
    docs = ("Deputy Mark Hendrick was shot at the scene.", "Deputy Mark Hendrick died later in hospital.",
            "The family of Mark Hendricks thanked the public.")
    (finding,) = compare(*docs)
    assert finding.topic == "Mark Hendrick (spelling)" and "Mark Hendricks" in values(finding)


def test_a_plural_family_name_is_not_a_slip() -> None:
    docs = ("Deputy Mark Hendrick was shot at the scene.", "Deputy Mark Hendrick died later in hospital.",
            "The Hendricks family thanked the public.")
    assert compare(*docs) == []
