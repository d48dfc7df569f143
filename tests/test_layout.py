"""The layout shows the design: one package per kind of fact, small modules, and kinds that reach
each other only through a package's public names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from sourcediff.kinds import REGISTRY, plan
from sourcediff.kinds.base import FactKind

SRC = Path(__file__).resolve().parents[1] / "src" / "sourcediff"
KINDS = SRC / "kinds"
MAX_LINES = 450
KIND_PACKAGES = sorted(p.name for p in KINDS.iterdir() if (p / "__init__.py").is_file())


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports from, as absolute names (`from .x import y` counts as `pkg.x` and `pkg.x.y`)."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[: len(base) - node.level + 1] if node.level else []
            origin = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.add(origin)
            found.update(f"{origin}.{alias.name}" for alias in node.names)
    return found


def test_kind_packages() -> None:
    assert KIND_PACKAGES == ["measures", "names", "quotes"]


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_is_over_the_limit(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(SRC)} has {lines} lines; split it along a seam"


@pytest.mark.parametrize("path", sorted(KINDS.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_kinds_reach_other_kinds_only_through_their_package(path: Path) -> None:
    own = path.relative_to(KINDS).parts[0] if path.parent != KINDS else None
    for name in imported_modules(path):
        parts = name.split(".")
        if parts[:2] != ["sourcediff", "kinds"] or len(parts) < 3 or parts[2] not in KIND_PACKAGES:
            continue
        if parts[2] == own:
            continue
        assert path.parent != KINDS or path.name == "__init__.py", f"{path.name} (shared) imports the kind {name}"
        module = ".".join(parts[:4]) if len(parts) > 3 else ""
        assert not module or not (KINDS / parts[2] / f"{parts[3]}.py").is_file(), (
            f"{path.relative_to(SRC)} imports {module}; import public names from sourcediff.kinds.{parts[2]}"
        )


@pytest.mark.parametrize("path", sorted(KINDS.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_kinds_never_import_the_stages_that_run_them(path: Path) -> None:
    for name in imported_modules(path):
        assert not name.startswith(("sourcediff.pipeline", "sourcediff.cli", "sourcediff.report")), name


def test_every_kind_follows_the_kinds_it_needs() -> None:
    provided: set[str] = set()
    for kind in REGISTRY:
        assert set(kind.needs) <= provided, f"{kind.name} needs {kind.needs} before it runs"
        provided |= set(kind.kinds)
    assert sorted(provided) == sorted(["number", "duration", "date", "time", "name", "quote"])


@pytest.mark.parametrize(
    ("wanted", "runs"),
    [
        (("number",), ["names", "measures"]),  # figures need the names, for whose figure it is
        (("date", "duration"), ["names", "measures"]),
        (("name",), ["names"]),
        (("quote",), ["names", "quotes"]),  # quotes need the names, for speakers
        (("number", "quote"), ["names", "measures", "quotes"]),
    ],
)
def test_the_registry_runs_what_is_asked_for_and_what_it_needs(wanted: tuple[str, ...], runs: list[str]) -> None:
    assert [kind.name for kind in plan(wanted)] == runs


def test_registered_kinds_have_the_protocol() -> None:
    members = [name for name in dir(FactKind) if not name.startswith("_")] + list(FactKind.__annotations__)
    for kind in REGISTRY:
        for member in members:
            assert hasattr(kind, member), (kind, member)
