"""Write the adversarial corpus to tests/data/bad/ from the case modules in tests/data/bad_cases/.

    python tests/data/make_bad.py [--check]

With --check, compare instead of writing and exit 1 when the files on disk differ from the cases.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"
AREAS = ("inputs", "encodings", "csvjson", "filesystem", "edges", "pathological", "output", "html")


def cases() -> dict[str, list]:
    sys.path.insert(0, str(HERE))
    found = {}
    for area in AREAS:
        try:
            module = importlib.import_module(f"bad_cases.{area}")
        except ModuleNotFoundError:
            continue
        found[area] = list(module.CASES)
    return found


def expectation(case: object) -> dict[str, object]:
    record = asdict(case)  # type: ignore[call-overload]
    record.pop("files")
    record["stdin"] = None if record["stdin"] is None else record["stdin"].decode("latin-1")
    return record


def write(root: Path) -> None:
    for area, listed in cases().items():
        for case in listed:
            folder = root / area / case.name
            for rel, data in case.files.items():
                path = folder / "in" / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            for rel, target in case.links.items():
                link = folder / "in" / rel
                link.parent.mkdir(parents=True, exist_ok=True)
                os.symlink(target, link)
            (folder / "in").mkdir(parents=True, exist_ok=True)
            (folder / "expect.json").write_text(json.dumps(expectation(case), indent=1, sort_keys=True) + "\n")


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): (os.readlink(p).encode() if p.is_symlink() else p.read_bytes())
            for p in sorted(root.rglob("*")) if p.is_symlink() or p.is_file()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            write(Path(tmp))
            same = snapshot(Path(tmp)) == snapshot(BAD)
        print("corpus up to date" if same else "corpus differs from the cases: run python tests/data/make_bad.py")
        return 0 if same else 1
    shutil.rmtree(BAD, ignore_errors=True)
    write(BAD)
    print(f"wrote {sum(len(v) for v in cases().values())} cases to {BAD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
