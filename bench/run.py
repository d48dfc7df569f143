"""Time `sourcediff check` end to end on synthetic stories of 10 to 5,000 articles, and print figures.

    python bench/run.py [--sizes 10,100,1000,5000] [--repeat 3] [--repeat-large 1] [--keep DIR]

Every time is printed in seconds and as a multiple of the calibration figure ("x cal"): the best of
three runs of a fixed pure-Python loop of 10 million additions in a fresh interpreter, measured in the
same run. A machine that runs Python four times slower, or a busy one, shows four times the seconds
but about the same multiples, so figures from different machines can be compared.

Each story is made from the five real articles in fixtures/casey-audit/: every generated article takes
one fixture text, shuffles or drops a few middle paragraphs, changes a figure in about one article in
five, and gets its own id and outlet. So the alignment faces many outlets that mostly agree and
sometimes do not. A fixed seed makes every run see the same input.

Each measured command is started by a fresh, small helper interpreter that times it and reaps it
with os.wait4, which returns that one child's resource usage. The helper is needed because Linux
carries a process's peak RSS across exec, so a child started straight from this script would
inherit the generator's own peak; and RUSAGE_CHILDREN would give the maximum over every child so
far. The peak RSS printed is the largest single process in the command's tree (the CLI or one of
its extraction workers), not their sum; CPU time is the whole tree's. Commands run with -v, whose
`timings:` line gives the time of each pipeline stage.

Commands run with bytecode caching on (in a scratch pycache folder, after one warm-up run), as an
installed package runs: an environment that sets PYTHONDONTWRITEBYTECODE would otherwise recompile
every module on every run and add about 0.1 s to each.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "casey-audit"
# Real articles for the extraction rate: the development set beside the project, else the fixture story.
DEV_TEXTS = Path(__file__).resolve().parent.parent.parent / "shared" / "dev" / "texts"
REAL_TEXT_TARGET_MB_S = 1.5  # per core; wished for in the speed issue, not one of its acceptance targets
SEED = 20250616
DEFAULT_SIZES = (10, 100, 1000, 5000)
REPEAT_UP_TO = 100  # articles; larger stories run --repeat-large times
STARTUP_REPEAT = 5
CALIBRATION_REPEAT = 3
BURN = "total = 0\nfor i in range(10_000_000):\n    total += i"  # pure-Python work for one core

# Shape of the generated articles.
PERTURBED_SHARE = 0.2  # articles that change a figure
PERTURB_RANGE = (0.05, 0.4)  # relative change of a perturbed figure, either direction
MAX_DROPPED_PARAGRAPHS = 2
MAX_SWAPPED_PARAGRAPHS = 2
KEPT_HEAD = KEPT_TAIL = 2  # paragraphs at each end that are never moved or dropped
BYTES_PER_ARTICLE = 8_000  # so 1,000 articles are about 8 MB, padded with reused paragraphs if short

# Targets printed next to the figures, as multiples of the calibration loop.
SMALL_STORY, SMALL_TARGET_CAL = 10, 0.4  # wall, start-up included
LARGE_STORY, LARGE_TARGET_CAL, LARGE_CPU_TARGET_CAL = 1000, 8.0, 12.0
HUGE_STORY, HUGE_TO_LARGE_RATIO = 5000, 5.5
MAX_STAGE_EXPONENT = 1.15  # growth of each stage's time from LARGE_STORY to HUGE_STORY articles
HUGE_PEAK_TARGET_MB = 1.5 * 1024 * 1024 * 1024 / 1_000_000  # 1.5 GiB

EXIT_TROUBLE = 2
MB = 1_000_000
NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w]|[.,]\d)")
YEAR = range(1900, 2100)
PLACES = ("Northbury", "Eastvale", "Kingsport", "Harrow", "Linwood", "Ashford", "Bramley", "Corton",
          "Dunmore", "Fenwick", "Glenholm", "Hatherley", "Ivybridge", "Kelso", "Larkhill", "Milford",
          "Newhaven", "Oakham", "Penrith", "Redcar", "Selby", "Thirsk", "Upton", "Wexcombe", "Yarm")
MASTHEADS = ("Gazette", "Herald", "Chronicle", "Courier", "Post", "Times", "Echo", "Mercury",
             "Observer", "Standard", "Argus", "Sentinel", "Express", "Examiner", "Advertiser",
             "Record", "Journal", "Telegraph", "Star", "News", "Bulletin", "Tribune", "Mail",
             "Dispatch", "Reporter", "Guardian", "Clarion", "Leader", "Press", "Review", "Messenger",
             "Globe", "Register", "Recorder", "Citizen", "Voice", "Week", "Daily", "Beacon", "Pilot")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    outlet: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Run:
    wall_s: float
    cpu_s: float  # user + system time of the child and the workers it waited for
    peak_rss_mb: float
    exit_code: int
    stderr: str


@dataclass(frozen=True, slots=True)
class Case:
    label: str
    articles: int
    input_mb: float
    paths: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Result:
    case: Case
    runs: tuple[Run, ...]
    findings: int
    conflicts: int
    stages: dict[str, float]  # wall seconds of each stage (the least over the runs)
    stage_cpu: dict[str, float]  # CPU seconds of each stage, worker processes included (likewise)

    @property
    def best(self) -> float:
        return min(run.wall_s for run in self.runs)

    @property
    def best_cpu(self) -> float:
        return min(run.cpu_s for run in self.runs)

    @property
    def median(self) -> float:
        return statistics.median(run.wall_s for run in self.runs)

    @property
    def pipeline_s(self) -> float:
        return sum(self.stages.values())


# ---- generating stories -------------------------------------------------------------------------


def load_fixtures() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))]
    if not texts:
        sys.exit(f"bench: no .txt fixtures in {FIXTURES}")
    return texts


def outlet_name(index: int) -> str:
    place, masthead = PLACES[index % len(PLACES)], MASTHEADS[(index // len(PLACES)) % len(MASTHEADS)]
    rounds = index // (len(PLACES) * len(MASTHEADS))
    return f"{place} {masthead}" + (f" {rounds + 1}" if rounds else "")


def first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "untitled")[:120]


def vary_paragraphs(text: str, rng: random.Random) -> str:
    """Drop and swap a few paragraphs, leaving the opening and closing ones where they are."""
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    middle = content[KEPT_HEAD:-KEPT_TAIL]
    if len(middle) < 2:
        return text
    dropped = set(rng.sample(middle, rng.randint(0, min(MAX_DROPPED_PARAGRAPHS, len(middle) - 2))))
    movable = [i for i in middle if i not in dropped]
    for _ in range(rng.randint(0, MAX_SWAPPED_PARAGRAPHS)):
        at = rng.randrange(len(movable) - 1)
        a, b = movable[at], movable[at + 1]
        lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(line for i, line in enumerate(lines) if i not in dropped)


def perturbable(match: re.Match[str]) -> bool:
    value = float(match[0].replace(",", ""))
    return value >= 100 and not ("," not in match[0] and int(value) in YEAR and value.is_integer())


def perturb_figure(text: str, rng: random.Random) -> str:
    """Change one figure (a large one when the text has any) by a random share, keeping its style."""
    matches = list(NUMBER.finditer(text))
    candidates = [m for m in matches if perturbable(m)] or [m for m in matches if len(m[0]) >= 2]
    if not candidates:
        return text
    match = rng.choice(candidates)
    old = float(match[0].replace(",", ""))
    change = rng.uniform(*PERTURB_RANGE) * rng.choice((-1, 1))
    new = max(1.0, old * (1 + change))
    if "." in match[0]:
        shown = f"{new:.{len(match[0].split('.')[1])}f}"
    else:
        new_int = round(new) if round(new) != old else int(old) + 1
        shown = f"{new_int:,}" if "," in match[0] else str(new_int)
    return text[: match.start()] + shown + text[match.end() :]


def generate(count: int, fixtures: Sequence[str], rng: random.Random) -> list[Article]:
    articles = []
    for index in range(count):
        source = fixtures[index % len(fixtures)]
        text = vary_paragraphs(source, rng)
        if rng.random() < PERTURBED_SHARE:
            text = perturb_figure(text, rng)
        articles.append(Article(f"a{index:04d}", outlet_name(index), first_line(source), text))
    return pad(articles, fixtures, rng, target_bytes=count * BYTES_PER_ARTICLE)


def pad(articles: list[Article], fixtures: Sequence[str], rng: random.Random, *,
        target_bytes: int) -> list[Article]:
    """Append paragraphs reused from the fixtures to random articles until the story is big enough."""
    paragraphs = [line for text in fixtures for line in text.split("\n") if len(line) > 200]
    total = sum(len(jsonl_line(a).encode()) for a in articles)
    while total < target_bytes and articles:
        at = rng.randrange(len(articles))
        extra = rng.choice(paragraphs)
        article = articles[at]
        articles[at] = Article(article.id, article.outlet, article.title, f"{article.text}\n{extra}")
        total += len(extra.encode()) + 1
    return articles


def jsonl_line(article: Article) -> str:
    record = {"id": article.id, "outlet": article.outlet, "title": article.title, "text": article.text}
    return json.dumps(record, ensure_ascii=False) + "\n"


def write_jsonl(articles: Sequence[Article], path: Path) -> Path:
    path.write_text("".join(jsonl_line(a) for a in articles), encoding="utf-8")
    return path


def write_txt(articles: Sequence[Article], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in articles:
        path = folder / f"{article.id}.txt"
        path.write_text(f"outlet: {article.outlet}\ntitle: {article.title}\n\n{article.text}", encoding="utf-8")
        paths.append(path)
    return paths


def build_cases(sizes: Sequence[int], workdir: Path, seed: int) -> list[Case]:
    fixtures = load_fixtures()
    cases = []
    for size in sizes:
        articles = generate(size, fixtures, random.Random(seed + size))
        story = write_jsonl(articles, workdir / f"story-{size}.jsonl")
        cases.append(Case(f"{size} jsonl", size, story.stat().st_size / MB, (str(story),)))
        if size == SMALL_STORY:
            files = write_txt(articles, workdir / f"txt-{size}")
            mb = sum(p.stat().st_size for p in files) / MB
            cases.append(Case(f"{size} .txt", size, mb, tuple(map(str, files))))
    return cases


# ---- measuring ----------------------------------------------------------------------------------


def sourcediff_command() -> list[str]:
    """The console script beside this interpreter (not a pyenv shim, which adds its own start-up)."""
    found = shutil.which("sourcediff", path=sysconfig.get_path("scripts")) or shutil.which("sourcediff")
    return [found] if found else [sys.executable, "-c", "from sourcediff.cli import main; main()"]


MEASURE_HELPER = """
import json, os, subprocess, sys, time
with open(sys.argv[1], "wb") as errors:
    started = time.perf_counter()
    child = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=errors)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
child.returncode = os.waitstatus_to_exitcode(status)
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"wall": wall, "cpu": cpu, "maxrss": usage.ru_maxrss, "code": child.returncode}))
"""


PYCACHE = Path(tempfile.gettempdir()) / "sourcediff-bench-pycache"


def command_env() -> dict[str, str]:
    """The environment of measured commands: bytecode cached, as for an installed package."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def measure(command: Sequence[str]) -> Run:
    """Run `command` from a fresh helper and return its wall time, CPU time, peak RSS and stderr."""
    with tempfile.TemporaryDirectory() as scratch:
        errors = Path(scratch) / "stderr"
        helper = [sys.executable, "-c", MEASURE_HELPER, str(errors), *command]
        done = subprocess.run(helper, capture_output=True, text=True, check=False, env=command_env())
        if done.returncode != 0:
            sys.exit(f"bench: the measuring helper failed:\n{done.stderr}")
        figures = json.loads(done.stdout)
        stderr = errors.read_text(encoding="utf-8", errors="replace")
    rss_bytes = figures["maxrss"] * (1 if sys.platform == "darwin" else 1024)
    return Run(figures["wall"], figures["cpu"], rss_bytes / MB, figures["code"], stderr)


def stage_timings(stderr: str, label: str = "timings") -> dict[str, float]:
    """The `timings: read 0.012s, extract 0.3s, ...` line that `check -v` prints (wall seconds), or
    with `label="cpu"` the `cpu: ...` line (CPU seconds, worker processes included)."""
    line = next((ln for ln in stderr.splitlines() if ln.startswith(f"{label}: ")), "")
    return {name: float(secs) for name, secs in re.findall(r"(\w[\w ]*?) ([\d.]+)s", line.split(": ", 1)[-1])}


def best_stages(runs: Sequence[Run], label: str) -> dict[str, float]:
    """Each stage's least time over the runs: like the best wall time, what the machine gives when
    nothing else takes it (a busy moment slows one stage of one run, not every run)."""
    timings = [stage_timings(run.stderr, label) for run in runs]
    return {stage: min(t.get(stage, seconds) for t in timings) for stage, seconds in timings[-1].items()}


def run_case(case: Case, command: Sequence[str], output: Path, repeat: int) -> Result:
    runs = []
    for _ in range(repeat):
        run = measure([*command, "check", *case.paths, "--format", "json", "-o", str(output), "-v"])
        if run.exit_code not in (0, 1):
            sys.stderr.write(run.stderr)
            sys.exit(f"bench: sourcediff failed on {case.label} with exit code {run.exit_code}")
        runs.append(run)
    verdicts: dict[str, int] = json.loads(output.read_text(encoding="utf-8"))["summary"]["findings"]
    stages, stage_cpu = best_stages(runs, "timings"), best_stages(runs, "cpu")
    return Result(case, tuple(runs), sum(verdicts.values()), verdicts.get("conflict", 0), stages, stage_cpu)


def usable_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def burn_together(count: int) -> float:
    started = time.perf_counter()
    children = [subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(count)]
    for child in children:
        child.wait()
    return time.perf_counter() - started


def calibration_seconds() -> float:
    """The best time of one process running the fixed loop `BURN`: the unit wall times are quoted in."""
    return min(burn_together(1) for _ in range(CALIBRATION_REPEAT))


def effective_cores(count: int, one: float) -> float:
    """How many cores' worth of work `count` busy processes really get (a shared VM may give fewer)."""
    many = min(burn_together(count) for _ in range(CALIBRATION_REPEAT))
    return count * one / many


def source_state() -> str:
    """The commit the installed sourcediff was measured at, and whether its tree had edits."""
    spec = importlib.util.find_spec("sourcediff")
    if spec is None or spec.origin is None:
        return "sourcediff not importable"
    where = Path(spec.origin).resolve().parent
    done = subprocess.run(["git", "-C", str(where), "describe", "--always", "--dirty"],
                          capture_output=True, text=True, check=False)
    return f"{where} at {done.stdout.strip() or 'unknown commit'}"


# ---- printing -----------------------------------------------------------------------------------


def print_startup(command: Sequence[str], calibration: float) -> None:
    probes = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import rapidfuzz, pandas, rich'": [sys.executable, "-c", "import rapidfuzz, pandas, rich"],
        "sourcediff --help": [*command, "--help"],
    }
    print(f"start-up (best / median of {STARTUP_REPEAT}):")
    for label, probe in probes.items():
        walls = [measure(probe).wall_s for _ in range(STARTUP_REPEAT)]
        print(f"  {label:<45} {min(walls):6.3f} s / {statistics.median(walls):6.3f} s"
              f"  ({min(walls) / calibration:.2f} x cal)")


def print_table(results: Sequence[Result], calibration: float) -> None:
    header = (f"{'input':<12}{'articles':>9}{'MB':>7}{'runs':>5}{'wall best':>11}{'x cal':>7}{'median':>9}"
              f"{'CPU s':>8}{'x cal':>7}{'art/s':>9}{'peak RSS MB':>13}{'findings':>10}{'conflicts':>10}")
    print(header)
    print("-" * len(header))
    for r in results:
        print(f"{r.case.label:<12}{r.case.articles:>9}{r.case.input_mb:>7.2f}{len(r.runs):>5}"
              f"{r.best:>10.3f}s{r.best / calibration:>7.2f}{r.median:>8.3f}s{r.best_cpu:>7.2f}s"
              f"{r.best_cpu / calibration:>7.2f}{r.case.articles / r.best:>9.1f}"
              f"{max(run.peak_rss_mb for run in r.runs):>13.0f}{r.findings:>10}{r.conflicts:>10}")
    for title, pick in (("wall", lambda r: r.stages), ("CPU", lambda r: r.stage_cpu)):
        print(f"\nstage {title} times, the least over the runs, seconds (x cal):")
        for r in results:
            print(f"  {r.case.label:<12}" + "  ".join(f"{k} {v:.2f} ({v / calibration:.2f})"
                                                      for k, v in pick(r).items()))


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def exponent(small: float, big: float, ratio: float) -> float:
    """k in time ~ size**k, from the times at two sizes `ratio` apart."""
    return math.log(max(big, 1e-6) / max(small, 1e-6)) / math.log(ratio)


def print_targets(results: Sequence[Result], calibration: float) -> None:
    print("\ntargets (multiples of the calibration loop):")
    by_size = {r.case.articles: r for r in results if r.case.label.endswith("jsonl")}
    for r in results:
        if r.case.articles == SMALL_STORY:
            wall = r.median / calibration
            print(f"  {r.case.label:<10} wall incl. start-up <= {SMALL_TARGET_CAL}: {wall:.2f} (median)  "
                  f"{verdict(wall <= SMALL_TARGET_CAL)}")
    large, huge = by_size.get(LARGE_STORY), by_size.get(HUGE_STORY)
    if large is not None:
        wall, cpu = large.best / calibration, large.best_cpu / calibration
        print(f"  {large.case.label:<10} (~{large.case.input_mb:.1f} MB) wall <= {LARGE_TARGET_CAL}: {wall:.2f}  "
              f"{verdict(wall <= LARGE_TARGET_CAL)}; CPU <= {LARGE_CPU_TARGET_CAL}: {cpu:.2f}  "
              f"{verdict(cpu <= LARGE_CPU_TARGET_CAL)}")
    if large is not None and huge is not None:
        ratio = huge.best / large.best
        print(f"  wall({HUGE_STORY}) / wall({LARGE_STORY}) <= {HUGE_TO_LARGE_RATIO}: {ratio:.2f}  "
              f"{verdict(ratio <= HUGE_TO_LARGE_RATIO)}")
        size_ratio = HUGE_STORY / LARGE_STORY
        for stage in huge.stages:
            k = exponent(large.stages.get(stage, 0.0), huge.stages[stage], size_ratio)
            k_cpu = exponent(large.stage_cpu.get(stage, 0.0), huge.stage_cpu.get(stage, 0.0), size_ratio)
            print(f"  stage {stage:<18} exponent {LARGE_STORY}->{HUGE_STORY} <= {MAX_STAGE_EXPONENT}: wall {k:.2f}, "
                  f"CPU {k_cpu:.2f}  {verdict(max(k, k_cpu) <= MAX_STAGE_EXPONENT)}")
        peak = max(run.peak_rss_mb for run in huge.runs)
        print(f"  peak RSS at {HUGE_STORY} articles <= {HUGE_PEAK_TARGET_MB:.0f} MB: {peak:.0f} MB  "
              f"{verdict(peak <= HUGE_PEAK_TARGET_MB)}")


# ---- command line -------------------------------------------------------------------------------


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated story sizes in articles (default: %(default)s)")
    parser.add_argument("--repeat", type=positive, default=3,
                        help=f"runs per story of up to {REPEAT_UP_TO} articles (default: %(default)s)")
    parser.add_argument("--repeat-large", type=positive, default=1,
                        help="runs per larger story (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed (default: %(default)s)")
    parser.add_argument("--real-text", type=Path, default=DEV_TEXTS if DEV_TEXTS.is_dir() else FIXTURES,
                        metavar="DIR", help="real articles to time extraction on (default: %(default)s)")
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="write the generated inputs and reports to DIR and keep them")
    args = parser.parse_args(argv)
    try:
        args.sizes = [positive(size) for size in args.sizes.split(",") if size.strip()]
    except (ValueError, argparse.ArgumentTypeError):
        parser.error(f"--sizes takes whole numbers separated by commas, not {args.sizes!r}")
    return args


def bench(args: argparse.Namespace, workdir: Path) -> None:
    command = sourcediff_command()
    cores = usable_cores()
    print(f"sourcediff: {' '.join(command)}\nsource: {source_state()}")
    print(f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}, python: {sys.version.split()[0]}, seed {args.seed}")
    calibration = calibration_seconds()
    print(f"calibration: one core runs the reference loop in {calibration:.3f} s ('x cal' below is wall / that)")
    print(f"cores: {cores} usable; {cores} busy processes get {effective_cores(cores, calibration):.2f} "
          "cores' worth of work\n")
    cases = build_cases(args.sizes, workdir, args.seed)
    # One unmeasured run writes the bytecode cache, so start-up is measured as an installed package's.
    run_case(min(cases, key=lambda case: case.articles), command, workdir / "warm-up.json", 1)
    print_startup(command, calibration)
    print(f"\ninputs in {workdir}\n")
    results = []
    for case in cases:
        repeat = args.repeat if case.articles <= REPEAT_UP_TO else args.repeat_large
        results.append(run_case(case, command, workdir / f"r-{case.label.replace(' ', '-')}.json", repeat))
    print_table(results, calibration)
    print_targets(results, calibration)
    print_real_text(args.real_text, command, workdir / "r-real-text.json", calibration, args.repeat)


def print_real_text(folder: Path, command: Sequence[str], output: Path, calibration: float, repeat: int) -> None:
    """How fast one core extracts facts from real articles, whose sentences do not repeat as the
    generated stories' do: the extract stage's CPU time with --workers 1, the least over the runs."""
    size = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / MB
    seconds = []
    for _ in range(repeat):
        run = measure([*command, "check", str(folder), "--workers", "1", "--format", "json", "-o", str(output), "-v"])
        seconds.append(stage_timings(run.stderr, "cpu").get("extract", math.nan))
    best = min(seconds)
    rate = size / best
    print(f"\nextraction on real text: {folder} ({size:.2f} MB of files), --workers 1, best of {repeat}")
    print(f"  extract CPU {best:.3f} s ({best / calibration:.2f} x cal): {rate:.2f} MB/s per core "
          f"(target {REAL_TEXT_TARGET_MB_S}: {verdict(rate >= REAL_TEXT_TARGET_MB_S)})")


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        bench(args, args.keep)
        return
    with tempfile.TemporaryDirectory(prefix="sourcediff-bench-") as workdir:
        bench(args, Path(workdir))


if __name__ == "__main__":
    main()
