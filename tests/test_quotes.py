"""Quotes as a fact-checker reads them: who said what, and whether outlets print the same words.

The extraction table is made of real-world patterns (split quotes, nested quotes, apostrophes,
multi-paragraph quotes, pronoun and role-noun speakers, scare quotes, UK single-quote style).
The comparison stories are small made-up multi-outlet stories (a flood, a court case, a strike).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sourcediff
from sourcediff.kinds.names import extract_names
from sourcediff.kinds.quotes import compare_quotes, extract_quotes, quote_spans, word_key, words_of
from sourcediff.models import Fact, Finding, QuoteValue
from sourcediff.text import paragraphs, sentences


def quotes_in(text: str, doc_id: str = "doc") -> list[Fact]:
    """The quotes, with speakers resolved among the names the names kind finds, as the pipeline does."""
    sents = sentences(text, paragraphs(text))
    names = extract_names(text, sents, doc_id=doc_id)
    return extract_quotes(text, sents, doc_id=doc_id, names=names)


def detail(fact: Fact) -> QuoteValue:
    assert isinstance(fact.detail, QuoteValue)
    return fact.detail


def quote(text: str, value: str) -> Fact:
    found = [fact for fact in quotes_in(text) if fact.value == value]
    assert found, [fact.value for fact in quotes_in(text)]
    return found[0]


# text, the quoted words exactly as the fact value, the speaker (None: nobody named)
QUOTES = [
    # straight and curly double quotes, attribution after and before
    ('The council said the road would reopen. "We expect the work to finish by Friday," said Jane Porter.',
     "We expect the work to finish by Friday,", "Jane Porter"),
    ("Mr Patel told reporters: “The water came up faster than anyone expected.”",
     "The water came up faster than anyone expected.", "Mr Patel"),
    ("“We need answers about what went wrong,” Maria Lopez told the BBC.",
     "We need answers about what went wrong,", "Maria Lopez"),
    ("“Nobody is above the law,” said Chief Constable Mark Reid.", "Nobody is above the law,", "Mark Reid"),
    ("“The strike will go ahead next week,” Lisa Grant, the union’s general secretary, said.",
     "The strike will go ahead next week,", "Lisa Grant"),
    ("“Why did nobody listen to the warnings?” asked Ella Shaw.", "Why did nobody listen to the warnings?",
     "Ella Shaw"),
    ("“Why did nobody listen to the warnings?” Ella Shaw asked.", "Why did nobody listen to the warnings?",
     "Ella Shaw"),
    ('Dr. Amira Khan said: "Hospitals are at capacity this winter."', "Hospitals are at capacity this winter.",
     "Amira Khan"),
    # UK single-quote house style, and apostrophes that must not end the quote
    ("Ms Okafor said: 'We can't let this happen again to another family.'",
     "We can't let this happen again to another family.", "Ms Okafor"),
    ("'It's the '90s all over again for this town,' said Tom Reeve.", "It's the '90s all over again for this town,",
     "Tom Reeve"),
    ("'This was rock 'n' roll at its very finest,' Dave Lister wrote.",
     "This was rock 'n' roll at its very finest,", "Dave Lister"),
    ("'The drivers' union will not back down on pay,' said Ann Marsh.",
     "The drivers' union will not back down on pay,", "Ann Marsh"),
    ("‘We’re not leaving until it’s fixed properly,’ said resident Jo Bell.",
     "We’re not leaving until it’s fixed properly,", "Jo Bell"),
    ("Nurse Kay Dunn said: ‘The patients’ families were never told what happened.’",
     "The patients’ families were never told what happened.", "Kay Dunn"),
    # nested quotes: single inside double, double inside single
    ("“When I asked, he told me ‘there is nothing we can do’ and walked away,” said Sam Ortiz.",
     "When I asked, he told me ‘there is nothing we can do’ and walked away,", "Sam Ortiz"),
    ("“My son said ‘Dad, I’m scared’ and I couldn’t help him,” said Lee Grant.",
     "My son said ‘Dad, I’m scared’ and I couldn’t help him,", "Lee Grant"),
    ("Mr Hale said: 'The sign on the door read \"closed\" for weeks.'",
     'The sign on the door read "closed" for weeks.', "Mr Hale"),
    # split quotes: both halves belong to the speaker named between them
    ("Resident Mary Hill lost everything. “We were not warned,” she said. “Nobody came to help us at all.”",
     "Nobody came to help us at all.", "Mary Hill"),
    ("“Prices must come down this year,” said Ken Ito. “They will not,” replied Jo Marsh.",
     "Prices must come down this year,", "Ken Ito"),
    # multi-sentence and multi-paragraph quotes
    ("“The river rose two metres in an hour. We had no time to move the animals,” farmer Ian Cole said.",
     "The river rose two metres in an hour. We had no time to move the animals,", "Ian Cole"),
    ("Judge Helen Marr said: “The defendant showed no remorse.\n“He must serve at least ten years.”",
     "The defendant showed no remorse.\n“He must serve at least ten years.", "Helen Marr"),
    ("Ms Ward wrote: 'Staff did their best.\n'But the system failed them and it failed the children.'",
     "Staff did their best.\n'But the system failed them and it failed the children.", "Ms Ward"),
    ("The chief executive, Nina Brooks, said: “We will review everything we do.\nShares fell sharply.",
     "We will review everything we do.", "Nina Brooks"),
    ("“We tried everything we could… but it was too late,” said Omar Diaz.",
     "We tried everything we could… but it was too late,", "Omar Diaz"),
    # pronoun speakers resolve to the last person the story made its subject
    ("Union leader Rob Kane addressed the rally on Monday. “We will not be intimidated by anyone,” he said.",
     "We will not be intimidated by anyone,", "Rob Kane"),
    ("The head teacher, Ruth Ames, wrote to parents on Friday.\nShe said the school would reopen soon. "
     "“Safety comes first for every pupil,” she added.", "Safety comes first for every pupil,", "Ruth Ames"),
    ("Mr Lowe met Ms Grant on Monday. “It was a very productive meeting,” she said.",
     "It was a very productive meeting,", "Ms Grant"),
    ("Coach Tony Bale praised striker Leon Ayew. “He was outstanding for us tonight,” he said.",
     "He was outstanding for us tonight,", "Tony Bale"),
    # role nouns: the minister, the peer, the report
    ("Health Minister Ana Ruiz visited the hospital. Staff raised concerns about pay. "
     "“We have heard you loud and clear,” the minister said.", "We have heard you loud and clear,", "Ana Ruiz"),
    ("Lord Barnes, a crossbench peer, led the review. “The system failed these families,” the peer said.",
     "The system failed these families,", "Lord Barnes"),
    ("An inquiry by Professor Sarah Lund was published on Tuesday. "
     "“Warnings were ignored at every level,” the report said.", "Warnings were ignored at every level,",
     "Sarah Lund"),
    ("Dame Carol West published her review on Thursday. “The culture on the ward was toxic,” her report concluded.",
     "The culture on the ward was toxic,", "Carol West"),
    ("Transport Secretary Omar Reed visited the depot. "
     "“Passengers deserve a better service,” the Transport Secretary said.",
     "Passengers deserve a better service,", "Omar Reed"),
    # according to, organisations, unnamed speakers
    ("According to Inspector Paul Dane, “the driver had been awake for twenty hours.”",
     "the driver had been awake for twenty hours.", "Paul Dane"),
    ("According to the Environment Agency, “river levels will stay high until the weekend.”",
     "river levels will stay high until the weekend.", "Environment Agency"),
    ("“We are reviewing the footage from that night,” a police spokesman said.",
     "We are reviewing the footage from that night,", None),
    ("“Help is on the way for everyone” was the message on the banner.", "Help is on the way for everyone", None),
    ("“Enough is enough for this city.” Thousands marched through the centre on Saturday.",
     "Enough is enough for this city.", None),
    # fragments inside the reporter's sentence belong to its subject
    ("Mayor Sadia Noor promised “a full and independent review of the response”.",
     "a full and independent review of the response", "Sadia Noor"),
    ("“They [the council] knew about the cracks for years,” said Neil Fox.",
     "They [the council] knew about the cracks for years,", "Neil Fox"),
]


@pytest.mark.parametrize(("text", "value", "speaker"), QUOTES, ids=[v[:30] for _, v, _ in QUOTES])
def test_quote_value_and_speaker(text: str, value: str, speaker: str | None) -> None:
    fact = quote(text, value)
    assert text[fact.start : fact.end] == fact.value
    assert fact.kind == "quote"
    assert detail(fact).speaker == speaker
    assert not detail(fact).scare


def speaker_of(text: str, value: str) -> str | None:
    """The speaker of the quote whose words are `value` (which must be found)."""
    return detail(quote(text, value)).speaker


_SENTENCED = "Tom Mills, 34, admitted two counts of manslaughter at Leeds Crown Court on Friday.\n"
_CALLOUS = "You showed a callous disregard for human life."
_SORRY = "I am truly sorry for what I did to those families,"

# Two people who share a surname stay two people; a bare or titled surname is the namesake the
# title fits, and among those the one mentioned last. (text, quoted words, speaker)
SHARED_SURNAME = [
    pytest.param(_SENTENCED + f"Sentencing him, Judge Sarah Mills said: “{_CALLOUS}”", _CALLOUS, "Sarah Mills",
                 id="full-name"),
    pytest.param(_SENTENCED + f"Judge Sarah Mills jailed him for ten years. “{_CALLOUS}” she said.", _CALLOUS,
                 "Sarah Mills", id="she"),
    # "Judge" fits the judge, though the defendant was mentioned last; and it fits no one else
    pytest.param(f"Judge Sarah Mills jailed Tom Mills on Friday.\nJudge Mills said: “{_CALLOUS}”", _CALLOUS,
                 "Sarah Mills", id="judge-title"),
    pytest.param(_SENTENCED + f"Sentencing him, Judge Mills said: “{_CALLOUS}”", _CALLOUS, "Mills",
                 id="judge-not-the-defendant"),
    pytest.param(f"Sarah Mills, the judge, jailed Tom Mills on Friday. Judge Mills said: “{_CALLOUS}”", _CALLOUS,
                 "Sarah Mills", id="judge-by-role"),
    # a bare surname is the namesake mentioned last
    pytest.param(f"Judge Sarah Mills spoke first. Tom Mills then addressed the court.\n“{_SORRY}” Mills said.",
                 _SORRY, "Tom Mills", id="bare-defendant-last"),
    pytest.param(f"Tom Mills addressed the court. Judge Sarah Mills then spoke.\n“{_CALLOUS}” Mills said.",
                 _CALLOUS, "Sarah Mills", id="bare-judge-last"),
    # ... and needs no earlier mention only when one person has the surname
    pytest.param(f"“{_SORRY}” Mills told the court. Tom Mills, 34, was jailed for ten years.", _SORRY, "Tom Mills",
                 id="bare-only-one"),
    pytest.param(f"“{_SORRY}” Mills told the court. Mr Mills, 34, was jailed for ten years.", _SORRY, "Mr Mills",
                 id="bare-before-title"),
    # titles and pronouns follow the gender a title gives
    pytest.param(f"Ms Sarah Mills, the prosecutor, spoke after Mr Tom Mills was jailed.\n“{_CALLOUS}” Ms Mills said.",
                 _CALLOUS, "Sarah Mills", id="ms"),
    pytest.param(f"Mr Tom Mills was jailed after Ms Sarah Mills spoke.\n“{_SORRY}” Mr Mills said.", _SORRY,
                 "Tom Mills", id="mr"),
    pytest.param(f"Mr Tom Mills and Ms Sarah Mills spoke after the hearing.\n“{_SORRY}” he said.", _SORRY,
                 "Tom Mills", id="he"),
    pytest.param(f"Mr Tom Mills and Ms Sarah Mills spoke after the hearing.\n“{_CALLOUS}” she said.", _CALLOUS,
                 "Sarah Mills", id="she-by-title"),
    pytest.param(f"Judge Sarah Mills jailed Tom Mills. Mr Mills wept in the dock.\n“{_SORRY}” he said.", _SORRY,
                 "Tom Mills", id="he-after-mr"),
    # one first name misspelt is still one person; two first names are two
    pytest.param("Yvonne Parr spoke first. “We will act on every recommendation,” said Yvonnne Parr.",
                 "We will act on every recommendation,", "Yvonne Parr", id="misspelt-first-name"),
    pytest.param("Tim Parr spoke first. “We will act on every recommendation,” said Tom Parr.",
                 "We will act on every recommendation,", "Tom Parr", id="two-first-names"),
]


@pytest.mark.parametrize(("text", "value", "speaker"), SHARED_SURNAME)
def test_people_sharing_a_surname_are_kept_apart(text: str, value: str, speaker: str) -> None:
    assert speaker_of(text, value) == speaker


_DONE = "Nothing can bring them back, but justice has been done,"

# A speaker named with a role, before or after the name, on either side of the speech verb.
ROLE_AND_NAME = [
    f"“{_DONE}” said the victims' employer, Karen Holt.",
    f"“{_DONE}” said the victims’ employer, Karen Holt.",
    f"'{_DONE}' said the victims' employer, Karen Holt.",
    f"“{_DONE}” said Karen Holt, the victims' employer.",
    f"“{_DONE}” the employer, Karen Holt, said.",
    f"“{_DONE}” the victims' employer, Karen Holt, told reporters.",
    f"“{_DONE}” said their employer, Karen Holt.",
    f"“{_DONE}” said the firm's managing director, Karen Holt.",
    f"The victims' employer, Karen Holt, said: “{_DONE} and we will remember them.”",
    f"Karen Holt, the victims' employer, said: “{_DONE} and we will remember them.”",
]


@pytest.mark.parametrize("text", ROLE_AND_NAME, ids=[
    "role-then-name", "curly-apostrophe", "single-quotes", "name-then-role", "role-name-verb", "told", "their",
    "possessive-owner", "before-quote", "before-quote-name-first",
])
def test_speaker_named_with_a_role(text: str) -> None:
    value = next(f.value for f in quotes_in(text) if f.value.startswith("Nothing"))
    assert speaker_of(text, value) == "Karen Holt"


def test_a_name_after_the_speaker_is_not_the_speaker() -> None:
    text = f"Ann Reid spoke first. “{_DONE}” she said, Karen Holt nodding beside her."
    assert speaker_of(text, _DONE) == "Ann Reid"


NO_QUOTES = [
    "The company's chief executive said it wasn't clear when the plant would reopen.",
    "Fashion from the ’90s is back, and the shop’s owners can’t keep up.",
    "Residents said 'til the water goes down, they can't return to their homes.",
    "The girls' mothers and the boys' fathers met the head teacher on Monday.",
    "It was rock ’n’ roll, Smith’s friends said, and nobody minded.",
]


@pytest.mark.parametrize("text", NO_QUOTES)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quotes_in(text) == []


SCARE = [
    ("Critics called the plan “reckless”.", "reckless"),
    ("The findings were described as “deeply troubling” by officials.", "deeply troubling"),
    ("The ‘rapid’ review took three months.", "rapid"),
    ('He said "no" and left the room.', "no"),
    ("She called it “a national disgrace” in a post.", "a national disgrace"),
]


@pytest.mark.parametrize(("text", "value"), SCARE)
def test_scare_quotes_are_marked(text: str, value: str) -> None:
    assert detail(quote(text, value)).scare


def test_nested_quote_is_its_own_fact() -> None:
    text = "“When I asked, he told me ‘there is nothing at all we can do’ and walked away,” said Sam Ortiz."
    inner = quote(text, "there is nothing at all we can do")
    assert inner.in_quote and detail(inner).nested


def test_account_of_someone_elses_finding_is_not_own_words() -> None:
    text = "Ms Hart said Professor Dev Rao found evidence of “a pattern of neglect across several wards”."
    value = detail(quote(text, "a pattern of neglect across several wards"))
    assert value.speaker == "Ms Hart" and value.own_words is False


def test_own_words_and_verb() -> None:
    value = detail(quote("Jane Cole told MPs: “We will act on every recommendation.”",
                         "We will act on every recommendation."))
    assert (value.speaker, value.verb, value.own_words, value.speaker_text) == ("Jane Cole", "told", True, "Jane Cole")


def test_quote_value_json_round_trip() -> None:
    fact = quote("“We will act on every recommendation,” said Jane Cole.", "We will act on every recommendation,")
    assert fact.normalized() == {"speaker": "Jane Cole", "speaker_text": "Jane Cole", "verb": "said",
                                 "scare": False, "own_words": True, "speaker_is_person": True, "nested": False}


def test_sentence_holds_the_quote() -> None:
    text = "Judge Helen Marr said: “The defendant showed no remorse.\n“He must serve at least ten years.”"
    fact = quotes_in(text)[0]
    assert fact.value in fact.sentence and fact.paragraph == 0


# --- comparison -------------------------------------------------------------------------------------


def compare(*texts: str) -> list[Finding]:
    facts = [fact for n, text in enumerate(texts) for fact in quotes_in(text, doc_id=f"doc{n}")]
    return compare_quotes(facts, outlet_of=lambda doc: "ABCDEFG"[int(doc[-1])])


def only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, [f.summary for f in findings]
    return findings[0]


FLOOD_A = ("Hundreds of homes were evacuated overnight. Emergency planning chief Sue Kerr said: "
           "“The river rose faster than any model predicted. We had to get people out before midnight.”")


@pytest.mark.parametrize("other", [
    # identical
    FLOOD_A,
    # case, apostrophes, punctuation and quote style
    "Sue Kerr said: 'the river rose faster than any model predicted; we had to get people out before midnight.'",
    "“The River rose faster than any model predicted – we had to get people out before midnight,” said Sue Kerr.",
    # a clean excerpt: a fragment of the quote inside the reporter's sentence
    "Sue Kerr said the water “rose faster than any model predicted” and crews worked until dawn.",
    # marked elision
    "“The river rose faster than any model predicted … before midnight,” said Ms Kerr.",
], ids=["identical", "single-quotes-lowercase", "dash-and-case", "excerpt", "elision"])
def test_same_quote_agrees(other: str) -> None:
    finding = only(compare(FLOOD_A, other))
    assert finding.verdict == "agree" and finding.severity == "info" and finding.kind == "quote"
    assert finding.topic == "quote: Sue Kerr"


def test_apostrophe_style_agrees() -> None:
    a = "“We can’t rebuild the bridge until the water’s gone down,” said engineer Raj Mehta."
    b = "'We can't rebuild the bridge until the water's gone down,' said Mr Mehta."
    assert only(compare(a, b)).verdict == "agree"


def test_number_words_and_spelling_agree() -> None:
    a = "“It will take ten years to repair the organisation's reputation,” said Tom Hale."
    b = "“It will take 10 years to repair the organization's reputation,” Tom Hale said."
    assert only(compare(a, b)).verdict == "agree"


def test_one_inserted_word_is_a_variant_with_the_diff() -> None:
    a = "The judge told the court: “Those who threaten witnesses or interfere with evidence will go to prison.”"
    b = "The judge told the court: “Those who threaten witnesses or who interfere with evidence will go to prison.”"
    finding = only(compare(a, b))
    assert finding.verdict == "variant" and finding.severity == "medium"
    assert "words differ: 'or interfere' (A) vs 'or who interfere' (B)" in finding.summary


def test_changed_word_is_a_variant() -> None:
    a = "“The company has offered a fair deal to every worker on the line,” said manager Ian Boyd."
    b = "“The company has offered a final deal to every worker on the line,” said manager Ian Boyd."
    finding = only(compare(a, b))
    assert finding.verdict == "variant"
    assert "'a fair deal' (A) vs 'a final deal' (B)" in finding.summary


def test_extra_sentence_in_one_outlet_is_a_variant() -> None:
    a = "Strike leader Dan Ross said: “Our members will walk out on Monday. Management left us no choice.”"
    b = "“Our members will walk out on Monday,” said Dan Ross, who leads the union."
    finding = only(compare(a, b))
    assert finding.verdict == "variant" and finding.severity == "medium"
    assert "only A continues: 'Management left us no choice'" in finding.summary


def test_extra_sentence_printed_by_a_third_outlet_agrees() -> None:
    a = "Strike leader Dan Ross said: “Our members will walk out on Monday. Management left us no choice.”"
    c = "“Our members will walk out on Monday,” said Dan Ross, who leads the union."
    assert only(compare(a, a.replace("Strike leader", "Union boss"), c)).verdict == "agree"


def test_two_outlets_continuing_differently_is_a_variant() -> None:
    a = ("“The vast majority of drivers support this action and will stand together until the end,” "
         "said Dan Ross.")
    b = ("“The vast majority of drivers support this action. But we will talk to anyone who wants a deal,” "
         "said Dan Ross.")
    finding = only(compare(a, b))
    assert finding.verdict == "variant"
    assert "A continues 'and will stand together" in finding.summary
    assert "B continues 'But we will talk" in finding.summary


def test_same_words_different_speakers_is_a_high_variant() -> None:
    a = "Defence lawyer Mark Tate said: “My client has always maintained his innocence in this case.”"
    b = "Prosecutor Helen Gray said: “My client has always maintained his innocence in this case.”"
    finding = only(compare(a, b))
    assert finding.verdict == "variant" and finding.severity == "high"
    assert "Mark Tate" in finding.summary and "Helen Gray" in finding.summary


def test_title_and_full_name_are_the_same_speaker() -> None:
    a = "Ms Gray told the jury: “The evidence against the defendant is overwhelming and consistent.”"
    b = "Prosecutor Helen Gray said: “The evidence against the defendant is overwhelming and consistent.”"
    assert only(compare(a, b)).verdict == "agree"


def test_own_words_against_account_of_a_finding_is_a_high_variant() -> None:
    a = ("Minister Jo Pike addressed MPs. She said: “There have been examples of councils ignoring complaints "
         "from tenants for years. That cannot continue.”")
    b = ("Minister Jo Pike addressed MPs. “The review looked at six councils, and she refers to examples of councils "
         "ignoring complaints from tenants for years,” Ms Pike said.")
    finding = only(compare(a, b))
    assert finding.verdict == "variant" and finding.severity == "high"
    assert "own words" in finding.summary and "she refers to" in finding.summary


def test_found_as_in_discovered_is_not_a_finding() -> None:
    a = "“Police found the bodies of three climbers near the summit on Sunday,” said ranger Ola Berg."
    b = "“The bodies of three climbers near the summit on Sunday,” Ola Berg said, “were found by police.”"
    finding = only(compare(a, b))  # the quotes align, and "found" does not make an attribution variant
    assert finding.verdict == "agree" and finding.severity == "info"


def test_different_quotes_sharing_common_words_are_not_aligned() -> None:
    a = "“The flood defences in the town were not good enough this year,” said Sue Kerr."
    b = "“Our flood defences in the town held up, and we are proud of the crews,” said Jim Lowe."
    assert len(quotes_in(a)) == len(quotes_in(b)) == 1
    assert compare(a, b) == []


def test_scare_quotes_are_never_compared() -> None:
    assert compare("Critics called the plan “reckless”.", "Critics called the plan “reckless” and unfair.") == []


def test_quotes_from_one_document_are_not_compared() -> None:
    text = "“We will win this case in court,” said Ann Lee. Later she repeated: “We will win this case in court.”"
    assert len(quotes_in(text)) == 2
    assert compare(text) == []


def test_claims_point_into_the_documents() -> None:
    a = "The judge told the court: “Those who threaten witnesses or interfere with evidence will go to prison.”"
    b = "Reporters heard: 'Those who threaten witnesses or who interfere with evidence will go to prison.'"
    for claim in only(compare(a, b)).claims:
        text = a if claim.doc == "doc0" else b
        assert text[claim.start : claim.end] == claim.value
        assert claim.value in claim.text and claim.outlet in "AB"


def test_reordered_paragraphs_with_marked_elision_agree() -> None:
    a = ("The report concludes: “Warnings about the dam were raised and ignored for years... The agency says it "
         "acted, but the records show otherwise.\n“Families deserve the truth about what happened that night.”")
    b = ("Its author, Professor Eve Lam, wrote: “Warnings about the dam were raised and ignored for years.\n"
         "“Families deserve the truth about what happened that night.\n"
         "“Nobody checked the sluice gates. The agency says it acted, but the records show otherwise.”")
    assert only(compare(a, b)).verdict == "agree"


def test_quote_of_a_finding_that_names_the_speaker_agrees() -> None:
    a = "Minister Jo Pike said: “Professor Eve Lam found ‘a culture of silence that let the abuse continue for years’.”"
    b = "Professor Eve Lam wrote: “There was a culture of silence that let the abuse continue for years.”"
    findings = compare(a, b)
    assert findings and all(f.verdict == "agree" for f in findings)


def test_unnamed_speakers_never_make_an_attribution_variant() -> None:
    a = "Ann Reid chaired the meeting. “Every family affected will get help with the cost of repairs,” she said."
    b = "Tom Wade spoke first. “Every family affected will get help with the cost of repairs,” he said."
    assert only(compare(a, b)).verdict == "agree"


def test_split_quote_against_joined_quote_agrees() -> None:
    a = "“The dam held, but only just. We were lucky this time,” said engineer Paul Ng."
    b = "“The dam held, but only just,” said Paul Ng. “We were lucky this time.”"
    assert only(compare(a, b)).verdict == "agree"


def test_numbers_in_words_and_figures_agree() -> None:
    a = "“More than 1,000 people have been moved to safety tonight,” said fire chief Dan Holt."
    b = "“More than a thousand people have been moved to safety tonight,” said fire chief Dan Holt."
    assert only(compare(a, b)).verdict == "agree"


@pytest.mark.parametrize("other", [
    "“They knew about the cracks in the bridge for years,” said Neil Fox.",
    "“[The council] knew about the cracks in the bridge for years,” said Neil Fox.",
])
def test_bracketed_editor_words_are_not_a_variant(other: str) -> None:
    a = "“They [the council] knew about the cracks in the bridge for years,” said Neil Fox."
    assert only(compare(a, other)).verdict == "agree"


@pytest.mark.parametrize(("british", "american"), [
    ("neighbourhood", "neighborhood"), ("offence", "offense"), ("defences", "defenses"), ("travelled", "traveled"),
    ("cancelling", "canceling"), ("colourful", "colorful"), ("catalogue", "catalog"), ("programme", "program"),
    ("okay", "OK"), ("grey", "gray"), ("honourable", "honorable"), ("favourite", "favorite"), ("6:00", "6"),
])
def test_spelling_conventions_are_one_word(british: str, american: str) -> None:
    assert word_key(british) == word_key(american)


@pytest.mark.parametrize(("one", "other"), [("four", "for"), ("filled", "filed"), ("fourth", "forth"), ("6:30", "6")])
def test_different_words_stay_apart(one: str, other: str) -> None:
    assert word_key(one) != word_key(other)


def test_word_keys_fold_style_not_words() -> None:
    assert word_key("Can’t") == word_key("can't") == "cant"
    assert word_key("Colour") == word_key("color")
    assert word_key("ten") == "10"
    assert words_of("years... The system").segments == ((0, 1), (1, 3))


# --- properties -------------------------------------------------------------------------------------

PIECES = st.sampled_from([
    "“", "”", "‘", "’", '"', "'", " ", " ", " ", "\n", "\n“", ", ", ". ", ": ", "…", "...", "[", "]",
    "said", "she said", "Ms Smith", "Jane Smith", "the minister", "we", "can't", "Smith's", "'90s",
    "rock 'n' roll", "girls' ", "The", "report", "found", "according to", "Hello", "world", "—",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_every_value_is_its_span(text: str) -> None:
    for fact in quotes_in(text):
        assert text[fact.start : fact.end] == fact.value
        assert fact.value == fact.value.strip() and fact.start < fact.end
    for span in quote_spans(text):
        assert span.open_at < span.start <= span.end <= span.close_at


@settings(max_examples=100, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_comparison_never_fails_and_claims_are_exact(text: str) -> None:
    for finding in compare(text, text):
        assert finding.verdict == "agree"
        for claim in finding.claims:
            assert text[claim.start : claim.end] == claim.value


# --- the fixture story, as a regression check (the rule against story words applies to src/ only) ---

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "casey-audit"


@pytest.mark.slow
@pytest.mark.skipif(not FIXTURE.is_dir(), reason="fixture story not present")
def test_fixture_story_variants() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURE.glob("*.txt"))]
    findings = compare(*texts)
    variants = [f.summary for f in findings if f.verdict == "variant"]
    assert any("'or commit'" in v and "'or who commit'" in v for v in variants)
    assert any("continues 'and agree that" in v and "continues 'But we must never" in v for v in variants)
    assert any("she refers to" in v and "own words" in v for v in variants)
    quoted_report = [f for f in findings if any("can’t be proved" in c.value for c in f.claims)]
    assert quoted_report and all(f.verdict == "agree" for f in quoted_report)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Inspector Amir Mohammed", "Inspector Amir Muhammad"),  # a transliteration, not another speaker
        ("Baroness Jane Hale", "Jane Hale"),  # a title is not a first name
        ("Dr Karl Weber", "Karl Weber"),
    ],
)
def test_one_speaker_written_two_ways_is_not_an_attribution_change(first: str, second: str) -> None:
    words = "“Nothing can bring them back, but justice has been done today,”"
    found = compare(f"{words} said {first}.", f"{words} said {second}.")
    assert [f.verdict for f in found] == ["agree"]


def test_two_people_sharing_a_surname_are_two_speakers() -> None:
    words = "“Nothing can bring them back, but justice has been done today,”"
    found = compare(f"{words} said Sarah Mills.", f"{words} said Tom Mills.")
    assert [f.severity for f in found if f.verdict == "variant"] == ["high"]


def test_judge_and_defendant_sharing_a_surname() -> None:
    """One outlet gives the judge's first name, the other only her title; both name the defendant."""
    a = f"Tom Mills, 34, admitted manslaughter on Friday. Sentencing him, Judge Sarah Mills said: “{_CALLOUS}”"
    b = f"Tom Mills, 34, was jailed for ten years. Judge Mills said: “{_CALLOUS}”"
    assert [detail(quotes_in(text)[0]).speaker for text in (a, b)] == ["Sarah Mills", "Mills"]
    findings = compare(a, b)
    assert [f.verdict for f in findings] == ["agree"]


def test_a_quote_reprinted_by_many_outlets_is_still_compared() -> None:
    """Wire copy: seventy outlets print one version; one outlet changes a word."""
    same = "Fire chief Ann Cole said: “The building was not safe and should have been closed years ago.”"
    changed = same.replace("should have been", "could have been")
    facts = [f for n, text in enumerate([same] * 70 + [changed]) for f in quotes_in(text, doc_id=f"doc{n}")]
    findings = compare_quotes(facts, outlet_of=lambda doc: doc)
    variant = only([f for f in findings if f.verdict == "variant"])
    assert "should" in variant.summary and "could" in variant.summary
    assert len({c.doc for c in variant.claims}) == 71


def test_a_pronoun_speaker_never_makes_a_speaker_difference() -> None:
    """'she said' resolved to the wrong person must not become a high-severity attribution claim."""
    words = "“The barrier held, and it will hold again next winter,”"
    named = f"Flood chief Ann Cole spoke to reporters. {words} said Ann Cole."
    pronoun = f"Mayor Rita Vance and Ann Cole toured the site. Rita Vance thanked the crews. {words} she said."
    assert [f.verdict for f in compare(named, pronoun)] == ["agree"]


def test_an_unbalanced_quote_mark_does_not_swallow_a_flattened_article() -> None:
    sentences = ("The ferry company said {n} passengers were aboard when the engine failed on Monday. "
                 "Coastguard crews towed the vessel 14 kilometres back to port over 6 hours. "
                 "One passenger, Idris Quellane, said: \"We had no power at all.\" "
                 "The company said the ship, built in 1998, had passed an inspection in March. "
                 "Repairs are expected to cost $2.5 million, the operator said.")
    clean = " ".join(sentences.format(n=212 + k) for k in range(6))  # a page run together: one paragraph
    stray = clean.replace("the engine failed", "the \"engine failed", 1)
    other = {"id": "b", "outlet": "Harbour Post", "text": sentences.format(n=215)}

    def read(text: str) -> list[tuple[str, str]]:
        found = sourcediff.facts([{"id": "a", "outlet": "Ferry News", "text": text}, other]).facts
        return [(f.kind, f.value) for f in found if f.doc == "a" and f.kind != "name"]

    assert read(stray) == read(clean)
    assert [value for kind, value in read(stray) if kind == "quote"] == ["We had no power at all."] * 6
