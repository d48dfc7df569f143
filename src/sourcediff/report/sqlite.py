"""The SQLite report (`--format sqlite -o report.db`): the report as four related tables.

    documents(id, outlet, title, url, published, status, reason, source, chars, offset_base, story, draft)
    facts(id, doc -> documents, kind, value, start, end, sentence, normalized, year)
    findings(id, story, kind, verdict, severity, topic, summary)
    claims(id, finding -> findings, doc -> documents, outlet, value, normalized, start, end,
           sentence, fact -> facts)

`facts` holds every fact read (as `sourcediff facts` lists them), `findings` the findings the
command lists (as in the JSON report), `claims` each finding's claims in report order, with
`fact` the id of the fact at the same document, offsets and kind (NULL if there is none).
`normalized` is compact JSON text (SQLite's JSON functions read it). Text goes through
`safe.for_cell`, so a control character, bidi override or undecodable file-name byte is stored
escaped, as in the CSV report.

The database is written to a temporary file beside the target and renamed over it when it is
complete: an interrupted run leaves no half-written database, and an existing file is replaced,
never added to.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import UsageError
from ..models import Finding, Report
from ..outfile import _mode as file_mode
from .frames import compact_json, finding_story
from .safe import for_cell, for_message

SCHEMA = """\
CREATE TABLE documents (
    id TEXT PRIMARY KEY, outlet TEXT, title TEXT, url TEXT, published TEXT, status TEXT NOT NULL,
    reason TEXT, source TEXT, chars INTEGER NOT NULL, offset_base INTEGER, story INTEGER,
    draft INTEGER NOT NULL  -- 1: the draft checked against the sources (--reference)
);
CREATE TABLE facts (
    id INTEGER PRIMARY KEY, doc TEXT NOT NULL REFERENCES documents(id), kind TEXT NOT NULL,
    value TEXT NOT NULL, "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence TEXT,
    normalized TEXT, year INTEGER
);
CREATE TABLE findings (
    id TEXT PRIMARY KEY, story INTEGER, kind TEXT NOT NULL, verdict TEXT NOT NULL,
    severity TEXT NOT NULL, topic TEXT, summary TEXT
);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY, finding TEXT NOT NULL REFERENCES findings(id),
    doc TEXT NOT NULL REFERENCES documents(id), outlet TEXT, value TEXT NOT NULL, normalized TEXT,
    "start" INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence TEXT, fact INTEGER REFERENCES facts(id)
);
CREATE INDEX facts_doc ON facts(doc);
CREATE INDEX claims_finding ON claims(finding);
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_fact ON claims(fact);
"""


def check_database_target(output: str | None) -> None:
    """Before the run: a database is written to a file, so `-o FILE` is required and must be one."""
    if not output or output == "-":
        raise UsageError("--format sqlite writes a database file: add -o FILE (for example -o report.db)")
    if os.path.exists(output) and not os.path.isfile(output):
        raise UsageError(f"-o {for_message(output)} is not a regular file; --format sqlite needs a file path")


def write_database(report: Report, findings: Sequence[Finding], output: str) -> None:
    """Write the report to the SQLite file `output`, through a temporary file renamed over it."""
    check_database_target(output)
    target = Path(os.path.realpath(output))  # a link named by -o keeps pointing at the report
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode = MEMORY")  # a temporary file needs no journal beside it
            connection.execute("PRAGMA foreign_keys = ON")  # every reference is checked as it is written
            with connection:
                connection.executescript(SCHEMA)
                _fill(connection, report, findings)
        finally:
            connection.close()
        os.chmod(temporary, file_mode(target))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _fill(connection: sqlite3.Connection, report: Report, findings: Sequence[Finding]) -> None:
    connection.executemany(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_cells((d.id, d.outlet, d.title, d.url, d.published, d.status, d.reason, d.source, len(d.text),
                 d.offset_base, report.stories.get(d.id), int(d.id in report.reference)))
         for d in report.documents))
    fact_ids: dict[tuple[str, int, int, str], int] = {}
    for number, fact in enumerate(report.facts, start=1):
        fact_ids.setdefault((fact.doc, fact.start, fact.end, fact.kind), number)
    connection.executemany(
        "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_cells((number, f.doc, f.kind, f.value, f.start, f.end, f.sentence, compact_json(f.normalized()), f.year))
         for number, f in enumerate(report.facts, start=1)))
    connection.executemany(
        "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?)",
        (_cells((f.id, finding_story(report, f), f.kind, f.verdict, f.severity, f.topic, f.summary))
         for f in findings))
    connection.executemany(
        "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_cells((None, f.id, c.doc, c.outlet, c.value, compact_json(c.normalized), c.start, c.end, c.text,
                 fact_ids.get((c.doc, c.start, c.end, f.kind))))
         for f in findings for c in f.claims))


def _cells(row: Iterable[object]) -> tuple[object, ...]:
    """A row as SQLite takes it: text made valid UTF-8 (`for_cell`), numbers and NULLs as they are."""
    return tuple(for_cell(value) if isinstance(value, str) else value for value in row)

