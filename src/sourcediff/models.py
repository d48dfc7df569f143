"""The records every stage passes on: documents, facts, findings and the report.

Every output format renders from these records and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .pickling import bulk_record

if TYPE_CHECKING:
    import pandas as pd

Status = Literal["ok", "skipped"]
Verdict = Literal["conflict", "qualified", "variant", "agree", "single"]
Severity = Literal["high", "medium", "low", "info"]
FactKindName = Literal["number", "duration", "date", "time", "name", "quote"]
EntityKind = Literal["person", "place", "org", "unknown"]

FACT_KINDS: tuple[FactKindName, ...] = ("number", "duration", "date", "time", "name", "quote")

VERDICTS: tuple[Verdict, ...] = ("conflict", "qualified", "variant", "agree", "single")
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low", "info")
SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}
VERDICT_RANK: dict[str, int] = {name: rank for rank, name in enumerate(VERDICTS)}


K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read: its text is what every offset in the report points into."""

    id: str
    text: str
    outlet: str = ""
    title: str = ""
    url: str = ""
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    source: str = ""  # where it came from: a path, "path:line", or "<stdin>"
    status: Status = "ok"
    reason: str = ""
    # characters of the file as read (line ends made "\n") before `text`: a header block's; 0 when
    # the text is the whole file or a record's field, None when it was extracted (HTML)
    offset_base: int | None = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "status": self.status,
            "reason": self.reason,
            "source": self.source,
            "chars": len(self.text),
            "offset_base": self.offset_base,
        }


@bulk_record
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as an interval: what the source claims, with its qualifier applied."""

    value: float  # the number as written
    low: float | None  # None: open end
    high: float | None
    bound: Literal["=", "~", ">", ">=", "<", "<=", "range"]
    # A code: money in ISO 4217 ("GBP", "USD", upper case); percent, fraction, the durations (month,
    # year, ...), age, clock, ordinal, and the units of measure of kinds/measures/units.py ("mi", "km",
    # "lb", "degF", "mph", "magnitude", ...), each with its dimension and conversion there.
    unit: str | None
    counts: str | None  # the noun it measures
    trend: Literal["up", "down", "forecast", "peak"] | None = None
    negated: bool = False  # "not recorded for two-thirds": the complement is claimed
    qualifiers: tuple[str, ...] = ()  # the words that set the bound or trend ("more than", "expected to")
    precision: float = 1.0  # the step the figure was rounded to: 1,400 -> 100, 52.9 -> 0.1
    # The figure's part in a change: the amount ("rose 5%"), the level before ("fell from $1,900")
    # or after ("... to $1,750"); `previous` is the level before, on the level after.
    change: Literal["by", "from", "to"] | None = None
    previous: float | None = None
    members: tuple[float, ...] = ()  # a list read as one fact: "girls aged 6 and 8" -> (6.0, 8.0)
    vague: bool = False  # a vague word gives the interval: "several", "dozens of", "a couple of"
    zone: str | None = None  # the time zone written with a clock time ("ET", "GMT", "Alaska time")

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "bound": self.bound,
            "unit": self.unit,
            "counts": self.counts,
            "trend": self.trend,
            "negated": self.negated,
            "qualifiers": list(self.qualifiers),
            "precision": self.precision,
            "change": self.change,
            "previous": self.previous,
            "members": list(self.members),
            "vague": self.vague,
            "zone": self.zone,
        }


@bulk_record
@dataclass(frozen=True, slots=True)
class When:
    """A date or period, resolved as far as the text and the publication date allow."""

    start: str | None  # ISO date of the first day covered, None when unresolved
    end: str | None  # ISO date of the last day covered
    granularity: Literal["day", "weekday", "month", "year", "part-of-year", "relative", "range"]
    relative: bool = False  # resolved against the publication date ("on Monday", "yesterday")
    # Days after (+) or before (-) the day the text last named: "the next day" +1, "the previous
    # day" -1, "later that day" and "that night" 0. Such a date is left unresolved (start None).
    offset: int | None = None
    day_part: str | None = None  # "early", "late", "morning", "afternoon", "evening", "night"

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "granularity": self.granularity,
            "relative": self.relative,
            "offset": self.offset,
            "day_part": self.day_part,
        }


@bulk_record
@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a name: the words as written, the title before them and the parts of the name."""

    text: str  # as written, title included: equals Fact.value
    name: str  # the name alone, without title or possessive ending
    title: str  # the title written before the name ("Dame", "Prime Minister", "Sgt."), "" if none
    rank: str  # the honorific or rank in the title, folded ("baroness", "dr", "sgt"), "" if none
    role: str  # the office or role given with the name ("Home Secretary", "trade secretary")
    given: str  # first name or initials, "" when not written
    surname: str  # family name with its particles ("von der Leyen"); the whole word for places and orgs
    entity_kind: EntityKind
    possessive: bool  # written "Smith's" or "Smiths'"
    initial: bool = False  # opens its sentence, so its capital letter proves nothing
    role_start: int = -1  # where `role` stands in the document text (-1 when there is none) ...
    role_end: int = -1  # ... and where it ends: a role finding quotes it with the name

    @property
    def name_offset(self) -> int:
        """Where `name` starts within `text`."""
        return len(self.text) - len(self.name)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "title": self.title,
            "rank": self.rank,
            "role": self.role,
            "given": self.given,
            "surname": self.surname,
            "entity_kind": self.entity_kind,
            "possessive": self.possessive,
        }


@bulk_record
@dataclass(frozen=True, slots=True)
class QuoteValue:
    """Who says the quote, as far as the article tells it."""

    speaker: str | None  # resolved: the person (or body) the article gives the words to
    speaker_text: str | None  # how the text refers to them: "she", "the minister", "Ms Smith"
    verb: str | None  # the speech verb ("said", "told", "according to"), None when there is none
    scare: bool = False  # one to three words: a scare quote, never compared
    own_words: bool | None = None  # False: the speaker's account of someone else's finding
    speaker_is_person: bool = False  # the speaker is a named person (not a body or a role)
    nested: bool = False  # a quote inside a quote

    def to_json(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "speaker_text": self.speaker_text, "verb": self.verb,
                "scare": self.scare, "own_words": self.own_words,
                "speaker_is_person": self.speaker_is_person, "nested": self.nested}


Detail = Quantity | When | Mention | QuoteValue  # what a fact says, normalised, by kind


@bulk_record
@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure or date is about, read from its own clause: the key on which outlets are aligned.

    Two facts are the same fact only when their frames agree on what is measured (`dimension`,
    `unit`, `thing`), what happened (`predicate`), whose it is (`owner`), where and in which event,
    and whether it is a whole or a part of another count (`scope`).
    """

    dimension: str  # count, money, share, rate, age, duration, date, length, ..., or "none": not comparable
    unit: str | None  # the unit or granularity within the dimension (USD, hours/days, weekday, ...)
    thing: str | None  # the class of what is counted ("people", "building", "spouse")
    noun: str | None  # the counted noun itself, singular ("woman", "cable")
    predicate: str | None  # what happened: a class ("dead", "arrested", "price") or "v:" + a plain verb
    owner: str | None  # whose figure: a name's key ("manning"), "n:" + a noun, "~" + a pronoun's guess
    where: str | None  # a place the clause sets the figure in ("dallas")
    when: str | None  # a day the clause ties a count of people to ("saturday")
    scope: str  # whole, part, part:first, part:of, total:of, running, streak, change, start, end
    background: str = ""  # a cue that the clause is about another event ("last year", "10 days after")
    years: tuple[int, ...] = ()  # years the clause names
    months: tuple[int, ...] = ()  # months the clause names (1-12)
    words: tuple[str, ...] = ()  # the clause's content words, for ranking candidates
    cues: tuple[str, ...] = ()  # (the word that set the predicate, the name that set the owner), "" when none

    def to_json(self) -> dict[str, Any]:
        return {
            "measure": self.dimension,
            "unit": self.unit,
            "thing": self.thing,
            "noun": self.noun,
            "happened": self.predicate,
            "owner": self.owner,
            "where": self.where,
            "when": self.when,
            "scope": self.scope,
            "background": self.background or None,
        }


@bulk_record
@dataclass(frozen=True, slots=True)
class Fact:
    """One fact found in one document, with exact offsets into `Document.text`."""

    doc: str
    kind: FactKindName
    value: str  # document.text[start:end]
    start: int
    end: int
    sentence: str  # the sentence the fact stands in
    detail: Detail  # the normalised form: Quantity (number, duration), When, Mention or QuoteValue
    context: tuple[str, ...] = ()  # content words around the fact, for alignment
    paragraph: int = 0
    year: int | None = None  # the year the sentence is about, when it names one
    in_quote: bool = False  # inside a direct quote
    lede: bool = False  # in the title or first paragraph
    sentence_start: int = -1  # where `sentence` starts in the document text (-1: not recorded)
    frame: Frame | None = None  # numbers, durations and dates: what the fact is about

    def normalized(self) -> dict[str, Any]:
        return self.detail.to_json()


@bulk_record
@dataclass(frozen=True, slots=True)
class Claim:
    """One outlet's side of a finding."""

    doc: str
    outlet: str
    value: str
    normalized: Any
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "outlet": self.outlet,
            "value": self.value,
            "normalized": self.normalized,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@bulk_record
@dataclass(frozen=True, slots=True)
class Finding:
    id: str
    kind: FactKindName
    verdict: Verdict
    severity: Severity
    topic: str
    summary: str
    claims: tuple[Claim, ...]
    explanation: tuple[str, ...] = ()
    frame: Frame | None = None  # numbers, durations and dates: the frame the claims share
    why: tuple[str, ...] = ()  # what made the claims align: shared frame parts and clause words

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "verdict": self.verdict,
            "severity": self.severity,
            "topic": self.topic,
            "summary": self.summary,
            "claims": [claim.to_json() for claim in self.claims],
            "explanation": list(self.explanation),
        }
        if self.frame is not None:
            found["frame"] = self.frame.to_json()
            found["why"] = list(self.why)
        return found


@dataclass(frozen=True, slots=True)
class Dropped:
    """A stretch of a document the cleaning stage set aside, and why."""

    doc: str
    start: int
    end: int
    reason: str
    preview: str

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "reason": self.reason,
            "preview": self.preview,
        }


class FrozenMap(Mapping[K, V]):
    """A read-only mapping that, unlike `types.MappingProxyType`, pickles."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._items: dict[K, V] = dict(items)

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"FrozenMap({self._items!r})"

    def __reduce__(self) -> tuple[type[FrozenMap[K, V]], tuple[dict[K, V]]]:
        return FrozenMap, (self._items,)


LISTED_VERDICTS: tuple[Verdict, ...] = ("conflict", "qualified", "variant")  # what a report lists unless asked for all


@dataclass(frozen=True, slots=True)
class Report:
    """What `sourcediff check` found: every finding, with the documents and facts it was judged from.

    `to_json()` and `to_dataframe()` list what the command lists: the disagreements (conflict,
    qualified, variant), or with `show_all=True` every finding (agree and single too). Documents,
    claims, facts and set-aside stretches are kept in the order of `report/order.py` (by document id).
    """

    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    facts: tuple[Fact, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    timings: Mapping[str, float] = field(default_factory=FrozenMap)  # stage -> seconds
    stories: Mapping[str, int] = field(default_factory=FrozenMap)  # document id -> story number (from 1)
    cpu_timings: Mapping[str, float] = field(default_factory=FrozenMap)  # stage -> CPU seconds, workers included
    reference: tuple[str, ...] = ()  # with --reference: the draft's document ids; its claims come first

    def __post_init__(self) -> None:
        from .report.order import put_in_order

        put_in_order(self)
        object.__setattr__(self, "timings", FrozenMap(self.timings))
        object.__setattr__(self, "stories", FrozenMap(self.stories))
        object.__setattr__(self, "cpu_timings", FrozenMap(self.cpu_timings))

    def counts_by_verdict(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(VERDICTS, 0)
        for finding in self.findings:
            counts[finding.verdict] += 1
        return counts

    def listed(self, *, show_all: bool = False) -> tuple[Finding, ...]:
        """The findings a user asked to see: disagreements by default, everything with `show_all`."""
        if show_all:
            return self.findings
        return tuple(f for f in self.findings if f.verdict in LISTED_VERDICTS)

    def to_json(self, *, show_all: bool = False, include_text: bool = False) -> dict[str, Any]:
        """The report as `--format json` writes it (`json.dumps(..., ensure_ascii=False, indent=2)`);
        `include_text` adds each document's text as read, which every offset points into."""
        from .report.json import report_dict

        return report_dict(self, self.listed(show_all=show_all), include_text=include_text)

    def to_dataframe(self, *, show_all: bool = False) -> pd.DataFrame:
        """One row per claim: finding, story, kind, verdict, severity, topic, summary, outlet, doc, value,
        normalized (compact JSON text), start, end, sentence: the rows `--format csv` writes."""
        from .report.frames import findings_frame

        return findings_frame(self, self.listed(show_all=show_all))


@dataclass(frozen=True, slots=True)
class FactReport:
    """What `sourcediff facts` shows: the documents, every on-story fact, and what cleaning set aside.

    Kept in the order of `report/order.py`, as `Report` is.
    """

    documents: tuple[Document, ...]
    facts: tuple[Fact, ...]
    dropped: tuple[Dropped, ...] = ()

    def __post_init__(self) -> None:
        from .report.order import put_in_order

        put_in_order(self)

    def to_json(self) -> dict[str, Any]:
        """The facts as `sourcediff facts --format json` writes them."""
        from .report.facts import facts_dict

        return facts_dict(self.documents, self.facts, self.dropped)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per fact: doc, outlet, kind, value, start, end, year, sentence."""
        from .report.frames import facts_frame

        return facts_frame(self.documents, self.facts)
