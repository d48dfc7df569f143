"""Date facts as a reader sees them: sentence in, date phrase and ISO period out."""

from __future__ import annotations

import calendar
import datetime
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.kinds.measures import extract_dates, year_spans
from sourcediff.models import Fact, When
from sourcediff.text import Sentence, paragraphs, sentences

PUBLISHED = datetime.date(2025, 6, 17)  # a Tuesday


def facts_in(text: str, published: datetime.date | None = PUBLISHED) -> list[Fact]:
    return extract_dates(text, sentences(text, paragraphs(text)), doc_id="doc", published=published)


def only_fact(text: str, published: datetime.date | None = PUBLISHED) -> Fact:
    found = facts_in(text, published)
    assert len(found) == 1, [fact.value for fact in found]
    return found[0]


# sentence, date phrase, first day, last day, granularity
RESOLVED = [
    ("The inquiry was announced on 16 June.", "16 June", "2025-06-16", "2025-06-16", "day"),
    ("Figures published on 16th June showed a rise.", "16th June", "2025-06-16", "2025-06-16", "day"),
    ("The report was released June 16.", "June 16", "2025-06-16", "2025-06-16", "day"),
    ("London, Jun 16 (Reuters) The government said it would act.", "Jun 16", "2025-06-16", "2025-06-16", "day"),
    ("The vote took place on June 16, 2025, in Westminster.", "June 16, 2025", "2025-06-16", "2025-06-16", "day"),
    ("The deadline is 16 June 2025.", "16 June 2025", "2025-06-16", "2025-06-16", "day"),
    ("Published Mon, 16 Jun 2025 10:00 BST.", "Mon, 16 Jun 2025", "2025-06-16", "2025-06-16", "day"),
    ("MPs met on Monday, 16 June, to debate it.", "Monday, 16 June", "2025-06-16", "2025-06-16", "day"),
    ("Ministers met on Monday 16 June in London.", "Monday 16 June", "2025-06-16", "2025-06-16", "day"),
    ("The report will be published on 20 June.", "20 June", "2025-06-20", "2025-06-20", "day"),
    ("The ruling (2025-06-16) was final.", "2025-06-16", "2025-06-16", "2025-06-16", "day"),
    ("The letter was dated 16/06/2025.", "16/06/2025", "2025-06-16", "2025-06-16", "day"),
    ("The letter was dated 06/16/2025.", "06/16/2025", "2025-06-16", "2025-06-16", "day"),
    ("The home secretary spoke on Monday.", "Monday", "2025-06-16", "2025-06-16", "weekday"),
    ("The home secretary spoke on Tuesday.", "Tuesday", "2025-06-17", "2025-06-17", "weekday"),
    ("Critics attacked Monday's announcement.", "Monday", "2025-06-16", "2025-06-16", "weekday"),
    ("Critics attacked Monday’s announcement.", "Monday", "2025-06-16", "2025-06-16", "weekday"),
    ("The council met last Tuesday.", "last Tuesday", "2025-06-10", "2025-06-10", "weekday"),
    ("A video was released on Friday morning.", "Friday morning", "2025-06-13", "2025-06-13", "weekday"),
    ("The talks are due to finish on Thursday.", "Thursday", "2025-06-19", "2025-06-19", "weekday"),
    ("The leaders spoke over the weekend.", "over the weekend", "2025-06-14", "2025-06-15", "range"),
    ("The spokesman restated it this weekend.", "this weekend", "2025-06-14", "2025-06-15", "range"),
    ("The review was published last week.", "last week", "2025-06-09", "2025-06-15", "range"),
    ("Troops are to leave early next week.", "early next week", "2025-06-23", "2025-06-25", "range"),
    ("The scheme was first announced in January.", "January", "2025-01-01", "2025-01-31", "month"),
    ("Arrests followed in December.", "December", "2024-12-01", "2024-12-31", "month"),
    ("The law changed in January 2025.", "January 2025", "2025-01-01", "2025-01-31", "month"),
    ("By May 2024, around 550 suspects had been identified.", "May 2024", "2024-05-01", "2024-05-31", "month"),
    ("The deal was signed in March 2019.", "March 2019", "2019-03-01", "2019-03-31", "month"),
    ("Strength fell to a low in January this year.", "January this year", "2025-01-01", "2025-01-31", "month"),
    ("The results will be published next month.", "next month", "2025-07-01", "2025-07-31", "month"),
    ("At the start of June the minister resigned.", "start of June", "2025-06-01", "2025-06-10", "part-of-year"),
    ("In 2012 the newspaper published its investigation.", "2012", "2012-01-01", "2012-12-31", "year"),
    ("In 2018, a court jailed the men.", "2018", "2018-01-01", "2018-12-31", "year"),
    ("Crime has fallen since 2010.", "2010", "2010-01-01", "2010-12-31", "year"),
    ("Emissions must reach net zero by 2030.", "2030", "2030-01-01", "2030-12-31", "year"),
    ("The law was passed in the year 2000.", "2000", "2000-01-01", "2000-12-31", "year"),
    ("The 2014 report found widespread failings.", "2014", "2014-01-01", "2014-12-31", "year"),
    ("Prices rose sharply last year.", "last year", "2024-01-01", "2024-12-31", "year"),
    ("He first raised it ten years ago.", "ten years ago", "2015-01-01", "2015-12-31", "year"),
    ("Writing at the end of 2024, he said the system had failed.", "end of 2024", "2024-10-01", "2024-12-31",
     "part-of-year"),
    ("The rule was dropped at the end of last year.", "end of last year", "2024-10-01", "2024-12-31",
     "part-of-year"),
    ("She set up the audit earlier this year.", "earlier this year", "2025-01-01", "2025-06-17", "part-of-year"),
    ("Growth slowed in early 2025.", "early 2025", "2025-01-01", "2025-04-30", "part-of-year"),
    ("The plant closed in late 2024.", "late 2024", "2024-09-01", "2024-12-31", "part-of-year"),
    ("Inflation peaked in mid-2023.", "mid-2023", "2023-05-01", "2023-08-31", "part-of-year"),
    ("In the first half of 2024, sales fell.", "first half of 2024", "2024-01-01", "2024-06-30", "part-of-year"),
    ("Last summer the tide turned.", "Last summer", "2024-06-01", "2024-08-31", "part-of-year"),
    ("The bill was published yesterday.", "yesterday", "2025-06-16", "2025-06-16", "day"),
    ("The minister said today that the law would change.", "today", "2025-06-17", "2025-06-17", "day"),
    ("A decision is expected tomorrow.", "tomorrow", "2025-06-18", "2025-06-18", "day"),
    ("Police were called last night.", "last night", "2025-06-16", "2025-06-16", "day"),
    ("The prime minister said this morning that he agreed.", "this morning", "2025-06-17", "2025-06-17", "day"),
    ("The abuse happened between 2000 and 2006.", "between 2000 and 2006", "2000-01-01", "2006-12-31", "range"),
    ("Abuse continued from 1997 to 2013, the report found.", "from 1997 to 2013", "1997-01-01", "2013-12-31",
     "range"),
    ("The 1997-2013 period was examined.", "1997-2013", "1997-01-01", "2013-12-31", "range"),
    ("Spending rose in 2019-20.", "2019-20", "2019-01-01", "2020-12-31", "range"),
    ("The scheme ran between January and March 2024.", "between January and March 2024", "2024-01-01",
     "2024-03-31", "range"),
    ("The festival runs 16-18 June.", "16-18 June", "2025-06-16", "2025-06-18", "range"),
    ("In the year ending March 2025, 11,000 offences were recorded.", "the year ending March 2025",
     "2024-04-01", "2025-03-31", "range"),
    ("Sales collapsed in the 1990s.", "1990s", "1990-01-01", "1999-12-31", "range"),
    ("The figures cover the year to 5 April 2025.", "the year to 5 April 2025", "2024-04-06", "2025-04-05",
     "range"),
    ("Talks collapsed three weeks ago.", "three weeks ago", "2025-05-27", "2025-05-27", "day"),
    ("Earlier in March the plan was dropped.", "Earlier in March", "2025-03-01", "2025-03-31", "month"),
]


@pytest.mark.parametrize(("sentence", "value", "first", "last", "granularity"), RESOLVED)
def test_date_phrase_resolves(sentence: str, value: str, first: str, last: str, granularity: str) -> None:
    fact = only_fact(sentence)
    assert fact.kind == "date"
    assert fact.value == value == sentence[fact.start : fact.end]
    assert isinstance(fact.detail, When)
    assert (fact.detail.start, fact.detail.end, fact.detail.granularity) == (first, last, granularity)


# sentence, date phrase, granularity: without a publication date these stay open.
UNRESOLVED = [
    ("The home secretary spoke on Monday.", "Monday", "weekday"),
    ("The bill was published yesterday.", "yesterday", "relative"),
    ("The scheme was first announced in January.", "January", "month"),
    ("The leaders spoke over the weekend.", "over the weekend", "relative"),
    ("Prices rose sharply last year.", "last year", "relative"),
    ("The inquiry was announced on 16 June.", "16 June", "day"),
]


@pytest.mark.parametrize(("sentence", "value", "granularity"), UNRESOLVED)
def test_relative_date_without_publication_date(sentence: str, value: str, granularity: str) -> None:
    fact = only_fact(sentence, published=None)
    assert fact.value == value
    assert fact.detail == When(None, None, granularity, fact.detail.relative)
    assert fact.year is None


NOT_DATES = [
    "More than 2,000 people marched through the city.",
    "About 2000 people marched through the city.",
    "Police found 1,400 children at risk.",
    "In 2000 homes the heating failed.",
    "The 2000 officers were deployed overnight.",
    "The bill came to £2012.",
    "The crash happened at 3:18.",
    "The meeting starts at 10.30am.",
    "He was held for four months.",
    "The scheme ran for two years.",
    "It went unnoticed for a decade.",
    "The 40-year-old was arrested.",
    "Thousands joined a protest march.",
    "Campaigners marched through the town.",
    "She was charged under the Terrorism Act 2000.",
    "Leaders met at the G7 summit.",
    "COVID-19 cases rose again.",
    "Officials said it may take weeks.",
    "It was the second time the first report was ignored.",
    "Theresa May's government fell.",
    "He told The Sunday Times he would stay.",
    "The Good Friday Agreement ended the conflict.",
    "Polling day fell on a Thursday.",
    "She told the Today programme she would stay.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date(sentence: str) -> None:
    assert [fact.value for fact in facts_in(sentence)] == []


def test_facts_carry_sentence_paragraph_year_and_context() -> None:
    text = "Title line\nCases were recorded in 2012 and 2014 by the council."
    found = facts_in(text)
    assert [fact.value for fact in found] == ["2012", "2014"]
    first = found[0]
    assert first.sentence == "Cases were recorded in 2012 and 2014 by the council."
    assert first.paragraph == 1
    assert first.year == 2012
    assert first.context == ("cases", "recorded", "council")
    assert first.doc == "doc"


def test_month_phrase_leaves_its_own_words_out_of_context() -> None:
    fact = only_fact("Arrests rose in June 2024 after the June storms.")
    assert fact.value == "June 2024"
    assert fact.context == ("arrests", "rose", "june", "storms")  # the other "June", not the date's


def test_year_spans_skip_counts_and_money() -> None:
    text = "Since 2010, 2000 people and £2012 were counted; by May 2024 the Act 2000 applied."
    assert [year for _start, _end, year in year_spans(text)] == [2010, 2024]
    assert [year for *_span, year in year_spans(text, include_names=True)] == [2010, 2024, 2000]
    for start, end, year in year_spans(text, include_names=True):
        assert text[start:end] == str(year)


PHRASES = [
    "16 June", "Monday, 16 June", "on Monday", "Monday's", "last Tuesday", "in January", "January 2025",
    "May 2024", "in 2012", "since 2010", "end of 2024", "the end of last year", "earlier this year",
    "next month", "yesterday", "between 2000 and 2006", "from 1997 to 2013", "1997-2013", "2025-06-16",
    "16/06/2025", "the year ending March 2025", "over the weekend", "mid-2023", "the 1990s",
]
FILLER = ["the", "minister", "said", "2,000", "people", "march", "may", "£2012", "3:18", "four months", ",", "and"]


ODD = [
    "30 February 2024", "31/02/2025", "the year to 29 February 2024", "early next week", "last summer",
    "a few days ago", "2019-20", "16-18 June", "Monday the 16th of June", "Sun, 5 Jan", "(2012)", "in",
    "between", "from", "to", "-", "'s", "Today", "2000s", "99", "1,999", "12.5", "May", "June 31",
]
WORDS = st.one_of(
    st.sampled_from(PHRASES + FILLER + ODD),
    st.text(alphabet="0123456789 ,.-/'’:aMJ", max_size=6),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12), st.sampled_from([" ", ", ", " and ", "-"]), st.booleans())
def test_value_is_always_the_text_span(words: list[str], joiner: str, dated: bool) -> None:
    text = "Officials " + joiner.join(words) + "."
    published = PUBLISHED if dated else None
    found = extract_dates(text, [Sentence(0, len(text), 0)], doc_id="doc", published=published)
    previous_end = 0
    for fact in found:
        assert fact.value == text[fact.start : fact.end]
        assert fact.start >= previous_end  # in order, no overlaps
        previous_end = fact.end
        detail = fact.detail
        assert isinstance(detail, When)
        if detail.start is not None and detail.end is not None:
            assert detail.start <= detail.end


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_written_dates_match_the_calendar(day: datetime.date) -> None:
    month = calendar.month_name[day.month]
    for phrase in (f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}", day.isoformat()):
        fact = only_fact(f"It happened on {phrase}.", published=None)
        assert fact.value == phrase
        assert (fact.detail.start, fact.detail.end) == (day.isoformat(), day.isoformat())
    last_day = calendar.monthrange(day.year, day.month)[1]
    fact = only_fact(f"It happened in {month} {day.year}.", published=None)
    assert (fact.detail.start, fact.detail.end) == (f"{day:%Y-%m}-01", f"{day:%Y-%m}-{last_day:02d}")


@given(st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2050, 12, 31)),
       st.sampled_from(list(calendar.day_name)))
def test_weekday_is_the_latest_on_or_before_publication(published: datetime.date, weekday: str) -> None:
    fact = only_fact(f"The minister spoke on {weekday}.", published=published)
    assert fact.detail.start is not None
    day = datetime.date.fromisoformat(fact.detail.start)
    assert calendar.day_name[day.weekday()] == weekday
    assert 0 <= (published - day).days < 7


def test_plain_article_is_fast_and_never_imports_dateparser() -> None:
    script = """
import sys, time
from sourcediff.text import paragraphs, sentences
from sourcediff.kinds.measures import extract_dates
para = ("In 2012 the council said 2,000 people had been affected since 2010. By May 2024, around 550 "
        "suspects had been identified, and between 2000 and 2006 abuse went unreported. The review, "
        "published on 16 June 2025, found a 40-year-old had been held for four months at 10.30am.\\n")
text = para * (10_000 // len(para) + 1)
sents = sentences(text, paragraphs(text))
extract_dates(text, sents, doc_id="d")
start = time.perf_counter()
for _ in range(20):
    extract_dates(text, sents, doc_id="d")
print((time.perf_counter() - start) / 20 * 1000)
assert "dateparser" not in sys.modules
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert float(result.stdout) < 50  # milliseconds; typically a few


# The part of the day belongs to the date's span and is kept in `When.day_part`.
PARTS_OF_DAY = [
    ("The warehouse burned down early Saturday, fire crews said.", "early Saturday", "2025-06-14", "early"),
    ("A fire destroyed the Old Mill Chapel early Saturday.", "early Saturday", "2025-06-14", "early"),
    ("The talks collapsed late Friday.", "late Friday", "2025-06-13", "late"),
    ("Shots were heard Friday night near the depot.", "Friday night", "2025-06-13", "night"),
    ("The ferry left late Sunday evening.", "late Sunday evening", "2025-06-15", "late evening"),
    ("The minister resigned last night.", "last night", "2025-06-16", "night"),
    ("The strike began yesterday morning.", "yesterday morning", "2025-06-16", "morning"),
]


@pytest.mark.parametrize(("sentence", "value", "day", "part"), PARTS_OF_DAY, ids=[p[1] for p in PARTS_OF_DAY])
def test_part_of_day_is_in_the_span(sentence: str, value: str, day: str, part: str) -> None:
    fact = only_fact(sentence)
    assert fact.value == value == sentence[fact.start : fact.end]
    assert isinstance(fact.detail, When)
    assert (fact.detail.start, fact.detail.end, fact.detail.day_part) == (day, day, part)


# A day counted from the day the text last named: left unresolved, with its offset in days.
RELATIVE_DAYS = [
    ("The guard was attacked on the ferry. The next day the ship docked.", "The next day", 1, None),
    ("Investors sold the following morning.", "the following morning", 1, "morning"),
    ("A bridge had collapsed the previous day, officials said.", "the previous day", -1, None),
    ("He had seen the van the day before, the driver told police.", "the day before", -1, None),
    ("The court heard the case and later that day returned a verdict.", "later that day", 0, None),
    ("Crowds gathered again that night.", "that night", 0, "night"),
    ("Both teams arrived the same day.", "the same day", 0, None),
    ("Earlier that evening the lights went out.", "Earlier that evening", 0, "evening"),
]


@pytest.mark.parametrize(("sentence", "value", "offset", "part"), RELATIVE_DAYS, ids=[r[1] for r in RELATIVE_DAYS])
def test_relative_days_keep_their_offset(sentence: str, value: str, offset: int, part: str | None) -> None:
    fact = only_fact(sentence)
    assert fact.value == value == sentence[fact.start : fact.end]
    detail = fact.detail
    assert isinstance(detail, When)
    assert (detail.granularity, detail.start, detail.offset, detail.day_part) == ("relative", None, offset, part)


@pytest.mark.parametrize("sentence", [
    "The day before the election the polls narrowed.",  # counted from an event, not from a named day
    "He works a day after another without rest.",
    "That day-long strike ended.",
])
def test_days_counted_from_an_event_are_not_relative_days(sentence: str) -> None:
    assert [f.value for f in facts_in(sentence) if isinstance(f.detail, When) and f.detail.offset is not None] == []
