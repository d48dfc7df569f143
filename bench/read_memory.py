"""Peak memory of reading JSONL and CSV files of growing size: streamed, it follows what is kept, not the file.

    python bench/read_memory.py [--sizes 25,50,100] [--keep DIR]

For each size (MB) two files of each format are written: one whose records are all skipped (a
`text` that is a number, beside a 1 KB field of padding), so nothing is kept and the peak should
stay flat as the file grows; and one whose records are all articles, so the peak should grow with
the text kept (about one byte per character of ASCII text), not with a multiple of the file.
Each file is read by `sourcediff.read.read_paths` in a fresh interpreter, and the figure printed is
that process's peak RSS (ru_maxrss) less the peak of the same interpreter that only imports
sourcediff.read. Made-up records; no network.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SENTENCE = "Flooding forced {n} residents from their homes in the river valley on Tuesday, officials said. "
PADDING = "p" * 1000
MEASURE = """
import resource, sys
from sourcediff.read import read_paths
if sys.argv[1] != "-":
    docs = read_paths([sys.argv[1]])
    kept = sum(len(d.text) for d in docs)
    print(len(docs), sum(d.status == "ok" for d in docs), kept, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
else:
    print(0, 0, 0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def write_file(path: Path, megabytes: int, *, kept: bool) -> None:
    target = megabytes * 1_000_000
    written = 0
    csv = path.suffix == ".csv"
    with path.open("w", encoding="utf-8") as handle:
        if csv:
            handle.write("id,outlet,pad,text\n")
        n = 0
        while written < target:
            n += 1
            text = SENTENCE.format(n=n) * 10 if kept else "12345"
            pad = "" if kept else PADDING
            if csv:
                line = f'r{n},Outlet {n % 9},{pad},"{text}"\n' if kept else f"r{n},Outlet {n % 9},{pad},\n"
            else:
                record = {"id": f"r{n}", "outlet": f"Outlet {n % 9}", "pad": pad,
                          "text": text if kept else 12345}
                line = json.dumps(record) + "\n"
            handle.write(line)
            written += len(line)


def peak(path: str) -> tuple[int, int, int, int]:
    done = subprocess.run([sys.executable, "-c", MEASURE, path], capture_output=True, text=True, check=True)
    docs, ok, kept, rss_kb = (int(x) for x in done.stdout.split())
    return docs, ok, kept, rss_kb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="25,50,100")
    parser.add_argument("--keep", type=Path, default=None, help="write the files here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sourcediff-readmem-"))
    folder.mkdir(parents=True, exist_ok=True)
    base = peak("-")[3]
    print(f"baseline peak RSS (import only): {base / 1024:.1f} MB")
    print(f"{'file':<26} {'file MB':>8} {'records':>8} {'ok':>8} {'text kept MB':>13} {'peak - base MB':>15}")
    for size in (int(s) for s in args.sizes.split(",")):
        for kept in (False, True):
            for suffix in (".jsonl", ".csv"):
                path = folder / f"{'kept' if kept else 'skipped'}-{size}{suffix}"
                write_file(path, size, kept=kept)
                docs, ok, text, rss = peak(str(path))
                print(f"{path.name:<26} {path.stat().st_size / 1e6:>8.1f} {docs:>8} {ok:>8} {text / 1e6:>13.1f} "
                      f"{(rss - base) / 1024:>15.1f}")
                if args.keep is None:
                    path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
