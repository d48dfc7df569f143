"""Who a quote belongs to, as a fact-checker reads it: the same speaker written two ways is one
speaker, and two different sources with different words are two statements, not one quote.

Every sentence here is made up.
"""

from __future__ import annotations

import pytest

from sourcediff.kinds.names import extract_names
from sourcediff.kinds.quotes import compare_quotes, extract_quotes
from sourcediff.models import Fact, Finding, QuoteValue
from sourcediff.text import paragraphs, sentences


def quotes_in(text: str, doc_id: str = "doc") -> list[Fact]:
    sents = sentences(text, paragraphs(text))
    return extract_quotes(text, sents, doc_id=doc_id, names=extract_names(text, sents, doc_id=doc_id))


def compare(*texts: str) -> list[Finding]:
    facts = [fact for n, text in enumerate(texts) for fact in quotes_in(text, doc_id=f"doc{n}")]
    return compare_quotes(facts, outlet_of=lambda doc: "ABCDEFG"[int(doc[-1])])


def speaker(text: str) -> str | None:
    found = quotes_in(text)
    assert len(found) == 1, [f.value for f in found]
    assert isinstance(found[0].detail, QuoteValue)
    return found[0].detail.speaker


@pytest.mark.parametrize(("text", "who"), [
    ("“We will not back down on this,” Opposition leader Priya Shah said on Monday.", "Priya Shah"),
    ("“We will not back down on this,” opposition leader Priya Shah said on Monday.", "Priya Shah"),
    ("“The roof went first, then the walls,” Fire Chief Dan Holt said.", "Dan Holt"),
    ("“The scheme was a betrayal of every voter in the state,” the suit states.", "suit"),
    ("“The defendants acted together from the start of the campaign,” the complaint alleges.", "complaint"),
])
def test_speakers_after_a_role_and_documents(text: str, who: str) -> None:
    assert speaker(text) == who


SHOT = "“That shot our team made was a hell of a shot and it had to be made,” {} said."


@pytest.mark.parametrize(("one", "other"), [
    ("Police Chief Carl Dane Jr.", "Police Chief Carl Dane"),  # a suffix
    ("Chief Mark Hendricks", "Chief Mark Hendrick"),  # a misspelt surname
    ("Chief Rob Mills", "Chief Robert Mills"),  # a short form of the first name
    ("Chief Christopher Lowe", "Chief Chris Lowe"),
    ("Chief Vassilios Kalas", "Chief Vassilis Kalas"),  # a misspelt first name
])
def test_one_speaker_written_two_ways_is_a_wording_variant_not_another_speaker(one: str, other: str) -> None:
    a = SHOT.format(one)
    b = SHOT.format(other).replace("hell of a shot", "helluva shot")
    (finding,) = compare(a, b)
    assert finding.verdict == "variant" and finding.severity == "medium"
    assert "speaker differs" not in finding.summary and "words differ" in finding.summary


@pytest.mark.parametrize(("one", "other"), [
    ("Chief Paul Mills", "Chief Paula Mills"),  # two given names, not a slip
    ("Chief Tom Mills", "Chief Sarah Mills"),
])
def test_different_people_are_different_speakers(one: str, other: str) -> None:
    (finding,) = compare(SHOT.format(one), SHOT.format(other))
    assert finding.severity == "high" and "speaker differs" in finding.summary


STATEMENT = ("Party chair Tom Reyes said: “This constituted an act of unprecedented betrayal: a campaign in league "
             "with a hostile foreign power to bolster its own chance to win the election.”")
COMPLAINT = ("“The conspiracy constituted an act of previously unimaginable betrayal: a campaign in league with a "
             "hostile foreign power to bolster its own chance to win the election,” the complaint states.")


def test_a_statement_echoing_a_complaint_is_not_one_quote() -> None:
    assert [f for f in compare(STATEMENT, COMPLAINT) if f.verdict == "variant"] == []


def test_two_people_with_different_words_are_two_statements() -> None:
    a = "Mayor Ann Lee said: “Every family affected by the flood will get help with the cost of the repairs.”"
    b = "Tom Wade said: “Every family affected by the flood will get some help with the cost of the repairs.”"
    assert [f for f in compare(a, b) if f.verdict == "variant"] == []


def test_one_speaker_with_different_words_is_still_a_variant() -> None:
    a = "Mayor Ann Lee said: “Every family affected by the flood will get help with the cost of the repairs.”"
    b = "Ann Lee said: “Every family affected by the flood will get some help with the cost of the repairs.”"
    (finding,) = compare(a, b)
    assert finding.verdict == "variant" and "words differ" in finding.summary


def test_a_document_and_a_person_with_the_same_words_still_align() -> None:
    a = "Tom Reyes said: “A campaign in league with a hostile foreign power to win the election.”"
    b = "“A campaign in league with a hostile foreign power to win the election,” the complaint states."
    (finding,) = compare(a, b)
    assert finding.verdict == "agree"


def test_a_quote_split_differently_is_one_quote_worded_differently() -> None:
    a = "“It was a hard game, we were down early but we kept going,” coach Tim Lane said after the match."
    b = "“This is a hard game,” coach Tim Lane said. “We were down early but we kept going.”"
    (finding,) = compare(a, b)
    assert finding.verdict == "variant"
    assert "'It was a hard game' (A) vs 'This is a hard game' (B)" in finding.summary
    values = {claim.value for claim in finding.claims}
    assert values >= {"This is a hard game,", "We were down early but we kept going."}


def test_a_split_quote_whose_first_part_is_an_excerpt_agrees() -> None:
    a = "“We are talking about a very hard game, we were down early but we kept going,” coach Tim Lane said."
    b = "“About a very hard game,” coach Tim Lane said. “We were down early but we kept going.”"
    assert [f.verdict for f in compare(a, b)] == ["agree"]


def test_a_different_speakers_quote_before_is_not_part_of_the_quote() -> None:
    a = "“It was a hard game, we were down early but we kept going,” coach Tim Lane said after the match."
    b = "“This is a hard game,” fan Jo Bell said. “We were down early but we kept going,” coach Tim Lane said."
    findings = compare(a, b)
    assert all("This is a hard game," not in {c.value for c in f.claims} for f in findings)


PASTOR = ("Governor Ann Ruiz said she apologised to the pastor “if the fire is in any way connected to the "
          "undeserved negative attention the church has received.”")


def test_a_quoted_phrase_with_a_word_dropped_is_a_variant() -> None:
    short = "Governor Ann Ruiz apologised if the “undeserved attention” on the church led to the fire."
    findings = [f for f in compare(short, PASTOR, PASTOR.replace("Governor", "Gov.")) if f.verdict == "variant"]
    (finding,) = findings
    assert "'undeserved attention' (A) vs 'undeserved negative attention' (B, C)" in finding.summary
    assert finding.claims[0].value == "undeserved attention"


@pytest.mark.parametrize("texts", [
    # the other form printed by one outlet only
    ["Governor Ann Ruiz apologised if the “undeserved attention” on the church led to the fire.", PASTOR],
    # another outlet prints the phrase's own words
    ["Governor Ann Ruiz apologised if the “undeserved attention” on the church led to the fire.", PASTOR, PASTOR,
     "She spoke of “undeserved attention” from the media."],
    # a word changed, not dropped
    ["Governor Ann Ruiz apologised if the “unwanted attention” on the church led to the fire.", PASTOR, PASTOR],
    # a scare quote of one word
    ["Governor Ann Ruiz called the attention “undeserved” and left.", PASTOR, PASTOR],
])
def test_short_phrases_without_a_dropped_word_give_no_variant(texts: list[str]) -> None:
    assert [f for f in compare(*texts) if f.verdict == "variant"] == []


def test_a_stray_space_before_a_closing_mark_still_closes_the_quote() -> None:
    text = ('"The man entered the shop, which had a dozen people inside, "police said. Officers came. '
            '"We locked down the street," Jo Bell said.')
    assert [f.value for f in quotes_in(text)] == ["The man entered the shop, which had a dozen people inside,",
                                                 "We locked down the street,"]


def test_a_quote_inside_a_quote_is_not_another_speaker() -> None:
    a = ("Jo Bell wrote that the mayor said the claim was false but that Tom Reyes had told him 'we have the "
         "finest roads in the whole country.'")
    b = ("“The mayor said the claim was false but that Tom Reyes had told him ‘we have the finest roads in the "
         "whole country,’” Jo Bell wrote.")
    assert all("speaker differs" not in f.summary for f in compare(a, b))


def test_two_translations_of_one_statement_are_one_quote_worded_differently() -> None:
    a = ('Prime Minister Eva Kostas said: "The government will not abandon the victims of this fire, and every '
         'family will receive help."')
    b = ('Eva Kostas said: "Our government is not going to abandon the fire victims; each family is going to '
         'receive assistance."')
    (finding,) = compare(a, b)
    assert finding.verdict == "variant" and "worded differently throughout" in finding.summary


@pytest.mark.parametrize("other", [
    # the same speaker saying something else
    'Eva Kostas said: "The fire service arrived within minutes of the first call from the village."',
    # another speaker with the same words translated
    'Tom Reyes said: "Our government is not going to abandon the fire victims; each family is going to '
    'receive assistance."',
])
def test_a_speakers_other_statement_is_not_a_translation(other: str) -> None:
    a = ('Prime Minister Eva Kostas said: "The government will not abandon the victims of this fire, and every '
         'family will receive help."')
    assert [f for f in compare(a, other) if f.verdict == "variant"] == []


def test_a_misspelt_speaker_gives_a_spelling_and_a_wording_finding() -> None:
    from sourcediff import check

    said = "“We found the man at the back of the warehouse after an hour of searching,” {} said."
    texts = [f"Fire crews were called at noon. Captain Mark Hendrick led them. {said.format('Mark Hendrick')}",
             f"Captain Mark Hendrick led the crews. {said.format('Mark Hendrick')}",
             "Fire crews were called at noon. " + said.format("Mark Hendricks").replace("an hour", "two hours")]
    report = check([{"text": text, "id": f"d{n}", "outlet": f"Outlet {n}"} for n, text in enumerate(texts)])
    kinds = {(f.kind, f.verdict, f.severity) for f in report.findings}
    assert ("name", "variant", "medium") in kinds and ("quote", "variant", "medium") in kinds
    assert all("speaker differs" not in f.summary for f in report.findings)
