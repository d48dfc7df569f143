"""Command line: parses arguments, calls the library, prints. No pipeline logic lives here."""

from __future__ import annotations

import gc
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from .errors import InputError, SourcediffError
from .models import FACT_KINDS as KINDS
from .models import SEVERITIES, SEVERITY_RANK, VERDICT_RANK, Finding
from .regexes import compile_regex
from .report import FILE_FORMATS, FORMATS
from .report.safe import for_message

F = TypeVar("F", bound=Callable[..., Any])
EXIT_OK, EXIT_DISAGREEMENT, EXIT_TROUBLE = 0, 1, 2
# --fail-on: a verdict (that verdict or a graver one), a severity (a disagreement of that severity or
# higher), any disagreement, or none
FAIL_ON_VERDICTS = ("conflict", "qualified", "variant")
FAIL_ON_SEVERITIES = ("high", "medium", "low")
FAIL_ON = (*FAIL_ON_VERDICTS, *FAIL_ON_SEVERITIES, "any", "none")


def input_options(command: F) -> F:
    """Options every command that reads articles shares."""
    for option in reversed(
        [
            click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
            click.option(
                "--no-filter", is_flag=True, help="Keep every paragraph (one document, or texts on unrelated stories)."
            ),
            click.option(
                "--workers",
                type=click.IntRange(min=1),
                default=None,
                help="Processes for extraction (default and most: the number of cores; used for large inputs).",
            ),
            click.option(
                "--include-hidden",
                "hidden",
                is_flag=True,
                help="Also read hidden files and folders (else listed as skipped).",
            ),
            click.option(
                "--strict", is_flag=True, help="Exit 2 when any document is skipped (else a skip makes the exit 1)."
            ),
            click.option(
                "--kinds",
                default=",".join(KINDS),
                show_default=True,
                callback=_parse_kinds,
                help="Comma-separated kinds of fact to read and compare; fewer is faster on large inputs.",
            ),
            click.option(
                "--max-doc-size",
                default="5MB",
                show_default=True,
                callback=_parse_size,
                help="Cut a larger document at a paragraph or sentence end, with a message (0: no limit).",
            ),
            click.option("-v", "--verbose", is_flag=True, help="Show tracebacks and timings."),
            click.option("-q", "--quiet", is_flag=True,
                         help="No progress bar (else shown on a terminal for more than 50 documents)."),
        ]
    ):
        command = option(command)
    return command


def output_options(formats: Sequence[str], help_text: str) -> Callable[[F], F]:
    """Options every command that prints a report shares; `formats` are the command's --format choices."""
    return lambda command: _output_options(command, formats, help_text)


def _output_options(command: F, formats: Sequence[str], help_text: str) -> F:
    for option in reversed(
        [
            click.option(
                "--format",
                "fmt",
                type=click.Choice(list(formats)),
                default="table",
                show_default=True,
                help=help_text,
            ),
            click.option(
                "-o",
                "--output",
                type=click.Path(dir_okay=False, writable=True),
                default=None,
                help="Write the report to FILE instead of standard output.",
            ),
        ]
    ):
        command = option(command)
    return command


def _parse_size(_ctx: click.Context, _param: click.Parameter, value: str) -> int:
    from .limits import parse_size

    try:
        return parse_size(value)
    except ValueError as problem:
        raise click.BadParameter(str(problem)) from None


def _parse_kinds(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[str, ...]:
    kinds = tuple(dict.fromkeys(k.strip() for k in value.split(",") if k.strip()))
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise click.BadParameter(f"{', '.join(unknown) or 'none given'}; choose from {', '.join(KINDS)}")
    return kinds


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sourcediff")
def cli() -> None:
    """Line up the same facts across news articles and report where the outlets disagree.

    PATHs are files (.txt .md .html .json .jsonl .csv), folders (read recursively) or - for
    standard input.

    \b
    Exit codes:
      0  no finding reaches --fail-on, and every document was read
      1  a finding reaches --fail-on, or a document was skipped (its reason is on stderr)
      2  usage or input trouble (no readable article; with --strict, any skipped document)
    """


@cli.command()
@input_options
@output_options(FORMATS, "Report format: html a self-contained page, csv one row per claim, jsonl one finding a "
                "line, markdown for a ticket, sqlite a database file (needs -o).")
@click.option("--all", "show_all", is_flag=True, help="Also list agreements and facts only one outlet gives.")
@click.option(
    "--fail-on",
    type=click.Choice(list(FAIL_ON)),
    default="conflict",
    show_default=True,
    help="Exit 1 on a finding with this verdict or a graver one (conflict > qualified > variant), or on a "
    "disagreement of this severity or higher (high, medium, low); 'any': any disagreement.",
)
@click.option(
    "--min-severity",
    type=click.Choice(list(SEVERITIES)),
    default=None,
    help="List only findings of this severity or higher (default: medium in the table, every one in the "
    "other formats and with --all).",
)
@click.option("--explain", is_flag=True, help="Show normalised values, offsets and what cleaning set aside.")
@click.option("--include-text", is_flag=True,
              help="JSON: put each document's text as read in the report (every offset points into it).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Rows in the terminal table (default 60).")
@click.option("--reference", metavar="DRAFT", default=None,
              help="Check a draft against the PATHs: list only where the draft states a fact otherwise than a "
              "source, the draft's claim first.")
@click.option("--excel", is_flag=True,
              help="CSV for a spreadsheet: a UTF-8 byte order mark first, and ' before each cell that starts with "
              "= + - @, a tab or a carriage return, so no article text runs as a formula.")
def check(
    paths: tuple[str, ...],
    no_filter: bool,
    workers: int | None,
    kinds: tuple[str, ...],
    max_doc_size: int,
    verbose: bool,
    fmt: str,
    output: str | None,
    show_all: bool,
    fail_on: str,
    explain: bool,
    limit: int | None,
    include_text: bool,
    min_severity: str | None,
    reference: str | None,
    hidden: bool,
    strict: bool,
    quiet: bool,
    excel: bool,
) -> None:
    """Find the facts outlets state differently, with evidence.

    \b
    Examples:
      sourcediff check stories/fire/                    the table, in colour on a terminal
      sourcediff check a.txt b.html feed.jsonl --all    every finding, agreements too
      sourcediff check stories/ --format json -o report.json --fail-on none
      sourcediff check stories/ --format html -o report.html   a page to open or send
      sourcediff check stories/ --format sqlite -o report.db   then: datasette report.db
      sourcediff check stories/ --min-severity high --fail-on high   for a CI job
      sourcediff check --reference draft.md sources/    does our copy match the sources?
    """
    from .pipeline import check as run_check
    from .progress import ProgressBar
    from .report import render_pieces, write_file

    if excel and fmt != "csv":
        raise click.UsageError("--excel applies only to --format csv")
    if fmt in FILE_FORMATS:
        from .report.sqlite import check_database_target

        check_database_target(output)
    _check_output(output, (*paths, *([reference] if reference else [])))
    _check_workers(workers)
    with _collector_off(), ProgressBar(sys.stderr, enabled=not quiet and sys.stderr.isatty()) as progress:
        report = run_check(paths, stdin=_stdin(paths), no_filter=no_filter, workers=workers, kinds=kinds,
                           hidden=hidden, max_doc_size=max_doc_size, reference=reference, progress=progress)
    _warn_skipped(report.documents)
    _warn_unmatched_draft(report)
    least = min_severity or ("medium" if fmt == "table" and not show_all else "info")
    if fmt in FILE_FORMATS and output:
        write_file(report, fmt, output, show_all=show_all, min_severity=least)
    else:
        width, color = _table_layout(fmt, output)
        _emit(render_pieces(report, fmt, show_all=show_all, explain=explain, limit=limit, include_text=include_text,
                            min_severity=least, width=width, color=color, excel=excel), output)
    if verbose:
        click.echo("timings: " + ", ".join(f"{k} {v:.3f}s" for k, v in report.timings.items()), err=True)
        click.echo("cpu: " + ", ".join(f"{k} {v:.3f}s" for k, v in report.cpu_timings.items()), err=True)
    _fail_if_skipped(report.documents, strict)
    if any(_fails(finding, fail_on) for finding in report.findings):
        sys.exit(EXIT_DISAGREEMENT)


def _warn_unmatched_draft(report: Any) -> None:
    """With --reference: a draft on another story than every source was compared with nothing; say so,
    or an empty report would read as 'the draft matches the sources'."""
    drafts = set(report.reference)
    stories = {report.stories.get(doc) for doc in drafts} - {None}
    if drafts and not any(story in stories for doc, story in report.stories.items() if doc not in drafts):
        _say("note: the draft shares no story with the sources, so none of its facts was compared; "
             "check that the PATHs cover the same story (or use --no-filter)")


def _fails(finding: Finding, fail_on: str) -> bool:
    """Whether a finding reaches `--fail-on` (see FAIL_ON)."""
    disagreement = finding.verdict in FAIL_ON_VERDICTS
    if fail_on in FAIL_ON_VERDICTS:
        return disagreement and VERDICT_RANK[finding.verdict] <= VERDICT_RANK[fail_on]
    if fail_on in FAIL_ON_SEVERITIES:
        return disagreement and SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[fail_on]
    return disagreement and fail_on == "any"


@cli.command()
@input_options
@output_options(("table", "json"), "Report format.")
def facts(
    paths: tuple[str, ...],
    no_filter: bool,
    workers: int | None,
    kinds: tuple[str, ...],
    max_doc_size: int,
    verbose: bool,
    fmt: str,
    output: str | None,
    hidden: bool,
    strict: bool,
    quiet: bool,
) -> None:
    """List every fact read from each document, and what cleaning set aside.

    \b
    Examples:
      sourcediff facts article.txt                      what was read, per document
      sourcediff facts stories/fire/ --kinds number,date --format json
    """
    from .pipeline import facts as read_facts
    from .progress import ProgressBar
    from .report.facts import render_facts

    _check_output(output, paths)
    _check_workers(workers)
    with _collector_off(), ProgressBar(sys.stderr, enabled=not quiet and sys.stderr.isatty()) as progress:
        found = read_facts(paths, stdin=_stdin(paths), no_filter=no_filter, workers=workers, kinds=kinds,
                           hidden=hidden, max_doc_size=max_doc_size, progress=progress)
    _warn_skipped(found.documents)
    _emit(render_facts(found.documents, found.facts, found.dropped, fmt), output)
    _fail_if_skipped(found.documents, strict)


def _table_layout(fmt: str, output: str | None) -> tuple[int | None, bool]:
    """The table's width and whether it is in colour: a terminal's own width, in colour unless
    NO_COLOR is set; into a pipe, $COLUMNS wide (default 120) and plain; into a file (-o), 120 and plain."""
    import os
    import shutil

    if fmt != "table" or output:
        return None, False
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns, not os.environ.get("NO_COLOR")
    columns = os.environ.get("COLUMNS", "")
    return (int(columns) if columns.isdigit() and int(columns) >= 40 else None), False


def _stdin(paths: tuple[str, ...]) -> Any:
    return sys.stdin.buffer if "-" in paths else None


def _check_output(output: str | None, paths: tuple[str, ...]) -> None:
    """Before the run: -o must not name an input, and its folder must be there and writable."""
    from .outfile import check_target

    if output:
        check_target(output, paths)


def _check_workers(workers: int | None) -> None:
    """More workers than cores only cost memory: the pipeline uses the cores, and says so here."""
    from .workers import core_count

    cores = core_count()
    if workers is not None and workers > cores:
        _say(f"--workers {workers} is more than the {cores} cores here; using {cores}")


def _warn_skipped(documents: Any) -> None:
    usable = [d for d in documents if d.status == "ok"]
    notes: dict[tuple[str, str], int] = {}  # (file, note) -> records: a file's records share how it was read
    for doc in documents:
        if doc.status == "skipped":
            _say(f"skipped {doc.source or doc.id}: {doc.reason}")
        elif doc.reason:  # read, but not plainly: another encoding, repaired mojibake, NUL bytes removed
            key = (_RECORD_SUFFIX.sub("", doc.source or doc.id), doc.reason)
            notes[key] = notes.get(key, 0) + 1
    for (source, note), records in notes.items():
        _say(f"note: {source}: {note}" + (f" ({records} records)" if records > 1 else ""))
    if not usable:
        raise InputError("no readable article among the inputs; see the messages above")
    if len(usable) < len(documents):
        _say(f"{len(documents) - len(usable)} of {len(documents)} documents skipped (reasons above); the report "
             "covers the rest and the exit code is at least 1; --strict makes a skip exit 2")


_RECORD_SUFFIX = compile_regex(r"(?<=.)[:#]\d+$")  # "feed.jsonl:12", "feed.csv#3": a record of that file


def _fail_if_skipped(documents: Any, strict: bool) -> None:
    """A run that skipped a document never exits 0: 1, or 2 with --strict."""
    skipped = sum(doc.status == "skipped" for doc in documents)
    if skipped and strict:
        raise InputError(f"{skipped} documents skipped and --strict is set; see the reasons above")
    if skipped:
        sys.exit(EXIT_DISAGREEMENT)


def _emit(text: str | Iterable[str], output: str | None) -> None:
    if output:
        from .outfile import write_atomically

        write_atomically(output, text)
    else:
        for piece in [text] if isinstance(text, str) else text:
            click.echo(piece, nl=False)


def _say(message: str) -> None:
    """One line on stderr: names and reasons come from the inputs, so their controls are shown escaped."""
    click.echo(f"sourcediff: {for_message(message)}", err=True)


def _interrupt(signum: int, _frame: Any) -> None:
    """SIGTERM ends a run as Ctrl-C does: workers stopped, no report written, one line."""
    raise KeyboardInterrupt


@contextmanager
def _collector_off() -> Iterator[None]:
    """Python's cyclic collector off for the run, and what the run made frozen after it.

    The records form no cycles and live until the process ends; switched back on at once, the
    collector would walk every one of them at its next allocation, and again at exit.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def main(argv: list[str] | None = None) -> None:
    """Entry point: the one place errors become a one-line message and an exit code.

    Called with `argv` (tests, other programs) it returns or raises SystemExit; as the `sourcediff`
    command it ends the process as soon as the work is done (`quick_exit.end`).
    """
    if argv is not None:
        _main(argv)
        return
    from .quick_exit import end

    try:
        _main(sys.argv[1:])
    except SystemExit as done:
        end(done.code)
    end(0)


def _main(args: list[str]) -> None:
    verbose = "-v" in args or "--verbose" in args
    if threading.current_thread() is threading.main_thread():  # signal handlers can only be set there
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        cli.main(args=args, prog_name="sourcediff", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.exceptions.Abort:
        _say("interrupted; no report written")
        sys.exit(EXIT_TROUBLE)
    except click.ClickException as problem:
        message = problem.format_message().rstrip(".")
        context = getattr(problem, "ctx", None)  # the (sub)command the mistake was made in
        _say(f"{message}; see '{context.command_path if context else 'sourcediff'} --help'")
        sys.exit(EXIT_TROUBLE)
    except SourcediffError as problem:
        if verbose:
            raise
        _say(str(problem))
        sys.exit(EXIT_TROUBLE)
    except (OSError, UnicodeError) as problem:
        if verbose:
            raise
        _say(f"{problem}; check the path and try again")
        sys.exit(EXIT_TROUBLE)
    except Exception as problem:  # the error boundary: anything else is our bug
        if verbose:
            raise
        _say(f"internal error ({type(problem).__name__}: {problem}); run again with -v and report the traceback")
        sys.exit(EXIT_TROUBLE)


if __name__ == "__main__":
    main()
