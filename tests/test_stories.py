"""Several stories in one input: facts are compared only within their own story."""

from __future__ import annotations

from sourcediff.models import Document
from sourcediff.pipeline import check
from sourcediff.stories import group_stories
from sourcediff.text import content_words

FLOOD = [
    "Floods kill at least 12 in the river valley\nAt least 12 people were killed when the river burst its banks "
    "in the valley town of Marlow on Tuesday, police said.\nRescue crews used boats to reach flooded homes.\n"
    "The regional flood agency said 23 rivers had burst their banks after two days of rain.",
    "Marlow floods: death toll rises to 15\nThe death toll from the floods in Marlow has risen to 15, police said.\n"
    "Rescue crews searched flooded homes in the valley through the night.\n"
    "The flood agency said 21 rivers had burst their banks after heavy rain.",
]
COURT = [
    "Man jailed over warehouse fire\nA man whose warehouse fire killed two workers was jailed for 12 years at the "
    "crown court on Friday.\nThe judge said he had shown a callous disregard for human life.\n"
    "The fire caused more than £2m of damage, the court heard.",
    "Warehouse arsonist sentenced\nAn arsonist was jailed for 12 years after a warehouse fire in which two workers "
    "died.\nThe judge told him he had shown a callous disregard for human life.\n"
    "Damage to the warehouse was estimated at £2.1m, the court heard.",
]


def as_documents(texts: list[str], prefix: str) -> list[Document]:
    return [Document(id=f"{prefix}{n}", outlet=f"{prefix} outlet {n}", text=t) for n, t in enumerate(texts)]


def words(text: str) -> list[frozenset[str]]:
    return [frozenset(content_words(line)) for line in text.split("\n")]


def test_documents_are_grouped_by_story() -> None:
    texts = [FLOOD[0], COURT[0], FLOOD[1], COURT[1]]
    assert group_stories([words(t) for t in texts]) == [0, 1, 0, 1]


def test_one_document_is_one_story() -> None:
    assert group_stories([words(FLOOD[0])]) == [0]
    assert group_stories([]) == []


def test_tolls_from_different_stories_never_conflict() -> None:
    report = check(as_documents(FLOOD, "flood") + as_documents(COURT, "court"))
    assert len(set(report.stories.values())) == 2
    for finding in report.findings:
        assert len({report.stories[c.doc] for c in finding.claims}) == 1, finding.summary
    conflicts = [f for f in report.findings if f.verdict == "conflict"]
    assert [sorted(c.value for c in f.claims) for f in conflicts] == [["21 rivers", "23 rivers"]]


def test_many_copies_of_two_sources_stay_one_story() -> None:
    """Syndicated copy: twenty outlets reprint each of two reports on one flood, two cover a fire."""
    copies = [FLOOD[n % 2].replace("Tuesday", ["Tuesday", "Wednesday"][n % 3 == 0]) for n in range(40)]
    stories = group_stories([words(t) for t in copies + COURT])
    assert set(stories[:40]) == {0}
    assert stories[40] == stories[41] == 1


def test_blocking_groups_as_comparing_every_pair_does() -> None:
    """Past `exact_up_to` documents only the pairs blocking proposes are scored: same stories here."""
    texts = [FLOOD[0], COURT[0], FLOOD[1], COURT[1]]
    assert group_stories([words(t) for t in texts], exact_up_to=0) == [0, 1, 0, 1]


def test_blocking_keeps_many_copies_of_two_sources_one_story() -> None:
    copies = [FLOOD[n % 2].replace("Tuesday", ["Tuesday", "Wednesday"][n % 3 == 0]) for n in range(40)]
    stories = group_stories([words(t) for t in copies + COURT], exact_up_to=0)
    assert set(stories[:40]) == {0}
    assert stories[40] == stories[41] == 1


def test_blocking_separates_many_short_stories() -> None:
    """A day of news: hundreds of short items on a few stories, interleaved, grouped by story."""
    subjects = [("harbour", "ferry", "crossing", "storm", "cancelled"),
                ("council", "budget", "libraries", "vote", "cuts"),
                ("striker", "transfer", "club", "fee", "signed"),
                ("vaccine", "trial", "patients", "dose", "results")]
    fillers = ("morning", "report", "update", "officials", "residents", "week", "statement", "later")
    items = []
    for n in range(400):
        subject = subjects[n % 4]
        lines = [f"The {subject[0]} {subject[1]} {subject[2]} news {fillers[n % 8]}",
                 f"{subject[3]} {subject[4]} {subject[1]} {fillers[(n // 8) % 8]} {subject[0]}"]
        items.append([frozenset(content_words(line)) for line in lines])
    stories = group_stories(items, exact_up_to=0)
    assert len(set(stories)) == 4
    assert all(stories[n] == stories[n % 4] for n in range(400))


def test_plain_python_and_numpy_group_alike() -> None:
    """A few documents are compared in plain Python (numpy is not loaded for them): same stories."""
    copies = [FLOOD[n % 2].replace("Tuesday", ["Tuesday", "Wednesday"][n % 3 == 0]) for n in range(6)]
    for texts in ([FLOOD[0], COURT[0], FLOOD[1], COURT[1]], copies + COURT, [*FLOOD, COURT[0]]):
        lists = [words(t) for t in texts]
        assert group_stories(lists) == group_stories(lists, plain_up_to=0)
