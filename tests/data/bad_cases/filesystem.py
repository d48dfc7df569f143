"""Odd folders: symlinked subfolders are followed once, loops are not, and hidden files, unreadable
folders and folders nested too deep are listed as skipped with the reason and the way to include them.
(1,200 levels of folders and the memory of a long run are in tests/test_input_limits.py: the corpus
is copied with shutil.copytree, which recurses once per level.)"""

from __future__ import annotations

from . import Case

A = b"Flooding forced 3,000 residents from their homes in the river valley on Tuesday, officials said.\n"
B = b"Flooding forced 3,200 residents from their homes in the river valley on Tuesday, officials said.\n"
C = b"Flooding forced 3,000 residents from their homes in the river valley on Tuesday, a spokesman said.\n"


CASES = [
    Case(
        name="symlinked-subfolder-is-followed",
        files={"a.txt": A, "elsewhere/b.txt": B},
        args=("check", "{dir}/top", "--format", "json"),
        links={"top/linked": "../elsewhere", "top/a.txt": "../a.txt"},
        ok=2,
        skipped=0,
        why="a symlinked subfolder was skipped without a word; its files are read",
    ),
    Case(
        name="symlink-loop-reported-once",
        files={"top/a.txt": A, "top/sub/b.txt": B},
        args=("check", "{dir}/top", "--format", "json"),
        links={"top/sub/loop": ".."},
        exit_codes=(1,),
        ok=2,
        skipped=1,
        reasons=("symlink loop",),
        why="a link back up the tree is listed, not followed for ever",
    ),
    Case(
        name="hidden-files-listed-as-skipped",
        files={"a.txt": A, "b.txt": B, ".draft.txt": C, ".cache/c.txt": C},
        exit_codes=(1,),
        ok=2,
        skipped=2,
        reasons=("hidden file, not read; add --include-hidden", "hidden folder"),
        why="hidden files and folders were passed over in silence",
    ),
    Case(
        name="hidden-files-read-with-include-hidden",
        files={"a.txt": A, "b.txt": B, ".draft.txt": C},
        args=("check", "{dir}", "--format", "json", "--include-hidden"),
        ok=3,
        skipped=0,
        why="--include-hidden reads them",
    ),
    Case(
        name="unreadable-subfolder-listed",
        files={"a.txt": A, "b.txt": B, "locked/c.txt": C},
        unreadable=("locked",),
        exit_codes=(1,),
        ok=2,
        skipped=1,
        reasons=("cannot open this folder",),
        why="an unreadable subfolder was skipped without a message",
    ),
    Case(
        name="folder-nested-past-the-limit",
        files={"a.txt": A, "b.txt": B, "/".join(["d"] * 105) + "/c.txt": C},
        exit_codes=(1,),
        ok=2,
        skipped=1,
        reasons=("nested more than 100 levels deep",),
        why="folders deeper than the limit are listed as skipped, not walked (1,200 levels crashed)",
    ),
    Case(
        name="strict-makes-a-skip-exit-2",
        files={"a.txt": A, "b.txt": B, ".draft.txt": C},
        args=("check", "{dir}", "--format", "json", "--strict"),
        exit_codes=(2,),
        stderr_has=("--strict is set",),
        why="--strict turns any skipped document into exit 2",
    ),
]
