"""Time the measures kind's extraction (numbers, durations, times, dates) per article, in process.

    python bench/extract.py [DIR ...] [--repeat 5] [--all-kinds]

Reads every .txt under the given folders (default: fixtures/), segments each article once, then
times `extract_measures` (with --all-kinds: every kind's extraction, as the pipeline's extract stage
runs it after segmenting) over all of them with the extractor's caches emptied before each pass,
so every sentence is read cold. Prints the best pass as milliseconds per article and as a multiple
of a calibration loop (a fixed pure-Python loop on one core), so that runs on machines or at times
of different speed compare: quote the multiple. Both are timed in this process's CPU time, not wall
time, so that other busy processes on a shared machine move the figures less.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from calibrate import loop_seconds

from sourcediff.kinds import extract_all
from sourcediff.kinds.base import Segmented
from sourcediff.kinds.measures import extract_measures
from sourcediff.models import Document, Fact

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def calibration_seconds() -> float:
    """The best time of a fixed pure-Python loop: the unit the extraction time is quoted in."""
    return loop_seconds()


def load(folders: Sequence[Path]) -> list[Segmented]:
    paths = sorted(p for folder in folders for p in folder.rglob("*.txt"))
    if not paths:
        raise SystemExit(f"bench: no .txt files under {', '.join(map(str, folders))}")
    return [Segmented.of(Document(id=p.stem, text=p.read_text(encoding="utf-8"))) for p in paths]


def clear_caches() -> None:
    """Empty every lru_cache of the measures modules, so each pass reads its sentences cold."""
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith("sourcediff.kinds.measures"):
            continue
        for value in vars(module).values():
            clear: Callable[[], None] | None = getattr(value, "cache_clear", None)
            if callable(clear):
                clear()


def one_pass(docs: Sequence[Segmented], *, all_kinds: bool = False) -> tuple[float, int]:
    """One cold pass, with the cyclic garbage collector paused as the pipeline pauses it."""
    extract: Callable[[Segmented], list[Fact]] = extract_all if all_kinds else extract_measures
    clear_caches()
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        facts = sum(len(extract(doc)) for doc in docs)
        return time.process_time() - started, facts
    finally:
        gc.enable()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, default=[FIXTURES])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--all-kinds", action="store_true", help="time every kind's extraction, not only measures")
    args = parser.parse_args(argv)
    docs = load(args.folders)
    one_pass(docs, all_kinds=args.all_kinds)  # imports and first-use compilation are not the per-article cost
    passes = [one_pass(docs, all_kinds=args.all_kinds) for _ in range(args.repeat)]
    unit = calibration_seconds()
    best, facts = min(passes)
    per_article = best / len(docs)
    print(f"calibration: {unit:.3f} s for the 10,000,000-step loop in a fresh interpreter (bench/calibrate.py)")
    print(f"articles: {len(docs)}, facts: {facts}, passes: {args.repeat}")
    what = "every kind's extraction" if args.all_kinds else "measures extraction"
    print(f"{what} per article: {per_article * 1000:.2f} ms best, "
          f"{statistics.median(p[0] for p in passes) / len(docs) * 1000:.2f} ms median")
    print(f"extraction per article in calibration units: {per_article / unit:.4f}")


if __name__ == "__main__":
    main()
