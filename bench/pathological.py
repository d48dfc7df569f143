"""Time `sourcediff.check` on repeated pathological text, a huge article and a story of many tiny ones.

    python bench/pathological.py [--repeats 100000] [--timeout 120] [--only NAME ...]
                                 [--big-mb 50] [--articles 20000] [--skip-big] [--skip-many]
                                 [--no-limit] [--varied]

Each case runs `sourcediff.check` end to end, in process, in a fresh child interpreter (so one case's
caches and peak memory do not reach the next, and a case that hangs is killed at --timeout):

- a pattern case is one article whose second paragraph is the pattern repeated --repeats times (a
  scraped page flattened into one line), beside a short article of another outlet on the same event.
  Such a paragraph is caught whole by the repeated-text guard (`text.repeated_text`: it squeezes to
  under 5% with zlib), dropped with a reason and never read. With --varied, each pattern that holds
  a figure runs again as NAME+varied, every repeat with another number, which the guard does not
  catch: those cases time the extractors themselves on 100,000 figures in one paragraph;
- the big case is one article of --big-mb megabytes made of news paragraphs with varied figures, cut
  to the default --max-doc-size (5 MB); with --no-limit it runs again with no limit (big-no-limit);
- the many case is --articles tiny articles of one story, each from its own outlet.

Times are the child's CPU time (`time.process_time`, plus its workers'), not wall time, so other
busy processes on a shared machine move them less; each is also printed as a multiple of a fixed
pure-Python calibration loop (bench/calibrate.py, the loop bench/run.py uses), so runs on machines
of other speeds compare.
Peak memory is the child's peak resident set (`ru_maxrss`), and the largest extraction worker's.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence

from calibrate import loop_seconds

TARGET_PATTERN_S = 5.0  # seconds of CPU for --repeats repeats of a pattern
TARGET_MANY_MB = 2_000  # peak resident memory of the many-articles case
MB = 1_000_000
SEED = 20250617

# The opening of every generated article: places and people are invented for the benchmark.
LEAD = ("Flooding forced 3,000 residents of Marrowen from their homes on Tuesday, the regional "
        "council said, after the river rose 2.4 metres in six hours.")
OTHER = ("About 3,200 people left their homes in Marrowen on Tuesday as the river rose 2.5 metres, "
         "council officer Tessaly Ostrivel said. \"We have never seen water this high,\" she said.")

# Each repeated unit is written as scraped pages run text together: no paragraph break.
PATTERNS: dict[str, str] = {
    "thousands": "1,000 ",
    "ones-list": "1, ",
    "share-of": "50% of ",
    "dates": "January 1, 2024 ",
    "quote-said": "\"We will rebuild the bridge,\" he said. ",
    "word-figures": "one hundred and ",
    "dollars": "$5 ",
    "millions": "$1.5 million ",
    "title": "Mr. ",
    "open-parens": "(",
    "double-dash": "--",
    "no-spaces": "xxxxxxxxxx",  # 100,000 repeats: a 1 MB line without a space
    "clock": "3 p.m. ",
    "title-said": "Mr. Vantrel said ",
    "more-than": "more than 10 ",
    "open-quotes": "\u201c",
    "stray-quote": "the \"river 5 ",
    "parentheses": "(12) ",
    "dashes": "- 7 -- ",
    "capitals": "Dornask Kavrin Quellby ",
    "years": "2024 ",
    "grouped-digits": ",000",
}


def calibration_seconds() -> float:
    """The best time of a fixed pure-Python loop: the unit every time is also quoted in."""
    return loop_seconds()


# ---- the child: build one case's documents and run the pipeline on them ---------------------------


VARIED = "+varied"  # a pattern case with this suffix numbers each repeat differently


def pattern_documents(name: str, repeats: int) -> list[dict[str, str]]:
    base = name.removesuffix(VARIED)
    unit = PATTERNS[base]
    if name.endswith(VARIED):  # no longer one run repeated: the repeated-text guard does not apply
        body = "".join(re.sub(r"\d+", str(i % 99_991 + 2), unit) for i in range(repeats))
    else:
        body = unit * repeats
    body = ("1" if base == "grouped-digits" else "") + body
    return [
        {"id": "pathological", "outlet": "Marrowen Wire", "text": f"{LEAD}\n{body}\n"},
        {"id": "other", "outlet": "Valley Post", "text": OTHER + "\n"},
    ]


_SENTENCES = (
    "The council said {a:,} homes were flooded and {b} roads closed on {day}.",
    "Officer {person} said crews had worked for {c} hours to clear {d} tonnes of debris.",
    "\"We expect the water to fall by {e} centimetres overnight,\" {person} said.",
    "Insurers put the damage at ${f} million, up {g}% on the flood of {year}.",
    "About {h} people spent the night in {i} shelters, and {j} were treated in hospital.",
)
_PEOPLE = ("Tessaly Ostrivel", "Kavrin Dornask", "Brindlemoor Quellby", "Vantrel Marrowen")
_DAYS = ("Monday", "Tuesday", "Wednesday", "March 3", "March 4")


_STORY_FIGURES = {key: 40 + 97 * n for n, key in enumerate("abcdefghij")}
_VARIANTS = (1.0, 1.0, 1.0, 1.1, 0.8)  # most outlets give the story's figure, some another


def news_paragraph(rng: random.Random, *, one_story: bool = False) -> str:
    """Three or four sentences of flood news: with `one_story`, the story's figures as outlets give
    them (mostly the same, sometimes another); otherwise fresh figures, so no two paragraphs agree."""
    chosen = rng.sample(_SENTENCES, rng.randint(3, 4))
    if one_story:
        values = {key: round(base * rng.choice(_VARIANTS)) for key, base in _STORY_FIGURES.items()}
    else:
        values = {key: rng.randint(2, 9_999) for key in "abcdefghij"}
    return " ".join(s.format(**values, day=rng.choice(_DAYS), person=rng.choice(_PEOPLE),
                             year=rng.randint(1950, 2020)) for s in chosen)


def big_documents(megabytes: float) -> list[dict[str, str]]:
    rng = random.Random(SEED)
    parts, size = [LEAD], 0
    while size < megabytes * MB:
        parts.append(news_paragraph(rng))
        size += len(parts[-1]) + 1
    return [{"id": "big", "outlet": "Marrowen Wire", "text": "\n".join(parts) + "\n"},
            {"id": "other", "outlet": "Valley Post", "text": OTHER + "\n"}]


def many_documents(count: int) -> list[dict[str, str]]:
    rng = random.Random(SEED)
    return [{"id": f"a{i:05d}", "outlet": f"Outlet {i:05d}", "text": f"{LEAD}\n{news_paragraph(rng, one_story=True)}\n"}
            for i in range(count)]


def run_child(case: str, repeats: int, megabytes: float, articles: int) -> None:
    import sourcediff

    builders: dict[str, Callable[[], list[dict[str, str]]]] = {
        "big": lambda: big_documents(megabytes),
        "big-no-limit": lambda: big_documents(megabytes),
        "many": lambda: many_documents(articles),
    }
    docs = builders[case]() if case in builders else pattern_documents(case, repeats)
    chars = sum(len(d["text"]) for d in docs)
    started = time.process_time()
    limit = {"max_doc_size": 0} if case == "big-no-limit" else {}
    report = sourcediff.check(docs, workers=None if case == "many" else 1, **limit)
    seconds = time.process_time() - started
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "seconds": seconds + workers.ru_utime + workers.ru_stime,
        "chars": chars,
        "documents": len(docs),
        "facts": len(report.facts),
        "findings": len(report.findings),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000,
        "worker_peak_mb": workers.ru_maxrss / 1000,
    }))


# ---- the parent: run every case in its own interpreter and print the table ------------------------


def run_case(case: str, args: argparse.Namespace) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", case, "--repeats", str(args.repeats),
               "--big-mb", str(args.big_mb), "--articles", str(args.articles)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"status": f"killed at {args.timeout:.0f} s"}
    if done.returncode != 0:
        return {"status": f"exit {done.returncode}: {done.stderr.strip().splitlines()[-1:]}"}
    return {"status": "ok", **json.loads(done.stdout.strip().splitlines()[-1])}


def describe(case: str, result: dict[str, object], unit: float, args: argparse.Namespace) -> str:
    big = f"{args.big_mb:g} MB"
    size = {"big": big, "big-no-limit": big, "many": f"{args.articles:,} articles"}.get(case, f"{args.repeats:,}x")
    if result["status"] != "ok":
        return f"{case:<15} {size:>16}  {result['status']}"
    seconds = float(result["seconds"])  # type: ignore[arg-type]
    verdict = _verdict(case, seconds, result)
    return (f"{case:<15} {size:>16} {seconds:9.2f} {seconds / unit:9.1f} {result['facts']:>9,} "
            f"{float(result['peak_mb']):8.0f} {float(result['worker_peak_mb']):8.0f}  {verdict}")  # type: ignore[arg-type]


def _verdict(case: str, seconds: float, result: dict[str, object]) -> str:
    if case == "many":
        peak = float(result["peak_mb"]) + float(result["worker_peak_mb"])  # type: ignore[arg-type]
        return "ok" if peak < TARGET_MANY_MB else f"over {TARGET_MANY_MB} MB"
    if case.startswith("big"):
        return "finished"
    return "ok" if seconds < TARGET_PATTERN_S else f"over {TARGET_PATTERN_S:g} s"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=100_000)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds of wall time per case")
    parser.add_argument("--only", nargs="*", default=None, help="case names (patterns, big, many)")
    parser.add_argument("--big-mb", type=float, default=50.0)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--skip-big", action="store_true")
    parser.add_argument("--skip-many", action="store_true")
    parser.add_argument("--no-limit", action="store_true",
                        help="also run the big article with --max-doc-size 0 (about 20 s of CPU a megabyte)")
    parser.add_argument("--varied", action="store_true",
                        help="also run each pattern with figures that differ from repeat to repeat (+varied)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child(args.child, args.repeats, args.big_mb, args.articles)
        return
    varied = [name + VARIED for name, unit in PATTERNS.items() if args.varied and re.search(r"\d", unit)]
    cases = [*PATTERNS, *varied, *(() if args.skip_big else ("big",)), *(("big-no-limit",) if args.no_limit else ()),
             *(() if args.skip_many else ("many",))]
    cases = [c for c in cases if args.only is None or c in args.only]
    unit = calibration_seconds()
    print(f"calibration: {unit:.3f} s for the 10,000,000-step loop in a fresh interpreter (bench/calibrate.py)")
    print(f"targets: a pattern under {TARGET_PATTERN_S:g} s of CPU; {args.articles:,} articles under "
          f"{TARGET_MANY_MB:,} MB (main process plus largest worker)")
    print(f"{'case':<15} {'size':>16} {'cpu s':>9} {'x calib':>9} {'facts':>9} {'peak MB':>8} {'worker':>8}")
    for case in cases:
        print(describe(case, run_case(case, args), unit, args), flush=True)


if __name__ == "__main__":
    main()
