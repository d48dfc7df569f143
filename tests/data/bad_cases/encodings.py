"""Text in every encoding scraped news arrives in: each is read right, never turned into mojibake, and
every decode that is not plain UTF-8 is said on stderr and in the document's reason. NUL bytes in a
text file are removed, not a reason to skip it."""

from __future__ import annotations

import json

from . import Case

ARTICLE = (
    "The council set aside £4.5 million for repairs after the flood on Tuesday, officials said.\n"
    "The river rose 2.4 metres in six hours, the highest level in 40 years.\n"
)
OTHER = (
    "The council set aside £5 million for repairs after the flood on Tuesday, officials said.\n"
    "The river rose 2.4 metres in six hours, the highest level in 40 years.\n"
).encode()
ACCENTED = "The café’s owner said the water reached the counter “within minutes” of the alarm.\n"
FACTS = ("facts", "{dir}", "--format", "json")


def jsonl(texts: list[str]) -> str:
    return "\n".join(json.dumps({"id": f"r{n}", "outlet": f"Outlet {n}", "text": text}, ensure_ascii=False)
                     for n, text in enumerate(texts, 1)) + "\n"


CASES = [
    Case(
        name="cp1252-pound-stays-pound",
        files={"a.txt": ARTICLE.encode("cp1252"), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million", "GBP", "decoded as cp1252"),
        stdout_lacks=("Ł",),
        stderr_has=("a.txt: decoded as cp1252",),
        why="a cp1252 file is read as cp1252, so '£' stays '£' (it was read as cp1250 'Ł')",
    ),
    Case(
        name="latin1-accents-and-pound",
        files={"a.txt": (ARTICLE + "The café owner said the water came in fast.\n").encode("latin-1"), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million", "café owner"),
        stderr_has=("a.txt: decoded as cp1252",),
        why="Latin-1 bytes are a subset of cp1252 here: accents and the pound sign survive",
    ),
    Case(
        name="cp1252-curly-quotes",
        files={"a.txt": (ARTICLE + ACCENTED).encode("cp1252"), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("café’s owner", "“within minutes”"),
        why="cp1252's curly quotes and apostrophes are read as such",
    ),
    Case(
        name="utf8-with-bom",
        files={"a.txt": b"\xef\xbb\xbf" + ARTICLE.encode(), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million",),
        stdout_lacks=("\\ufeff", "ï»¿"),
        why="a UTF-8 byte order mark is not part of the title",
    ),
    Case(
        name="utf16-le-with-bom",
        files={"a.txt": ARTICLE.encode("utf-16"), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million", "decoded as utf-16-le"),
        why="UTF-16 with a byte order mark",
    ),
    Case(
        name="utf16-le-without-bom-is-not-binary",
        files={"a.txt": ARTICLE.encode("utf-16-le"), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million", "no byte order mark"),
        stderr_has=("a.txt: decoded as utf-16-le",),
        why="UTF-16 without a BOM is told by its NUL pattern (it was called 'binary')",
    ),
    Case(
        name="utf16-be-without-bom",
        files={"a.txt": ARTICLE.encode("utf-16-be"), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million", "decoded as utf-16-be"),
        why="big-endian UTF-16 without a BOM",
    ),
    Case(
        name="utf32-with-bom",
        files={"a.txt": ARTICLE.encode("utf-32"), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million", "decoded as utf-32"),
        why="UTF-32 with a byte order mark",
    ),
    Case(
        name="utf8-with-three-bad-bytes",
        files={"a.txt": ARTICLE.encode() + "The café’s owner said “it came fast”.\n".encode("cp1252")[:24]
               + b"\n" + ACCENTED.encode(), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million", "café’s owner said", "not UTF-8 read as cp1252"),
        stdout_lacks=("Ã", "â€"),
        stderr_has=("a.txt: decoded as UTF-8, with 3 bytes",),
        why="UTF-8 with a few cp1252 bytes: each stray byte is read as cp1252, the rest as UTF-8",
    ),
    Case(
        name="half-utf8-half-cp1252",
        files={"a.txt": ARTICLE.encode() + ACCENTED.encode("cp1252"), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million", "café’s owner", "“within minutes”"),
        stdout_lacks=("Ã", "â€", "\\ufffd"),
        stderr_has=("a.txt: decoded as UTF-8",),
        why="a file glued from a UTF-8 and a cp1252 part (it was read as mac_iceland)",
    ),
    Case(
        name="mojibake-repaired-by-ftfy",
        files={"a.txt": (ARTICLE + ACCENTED).encode().decode("cp1252", "replace").encode(), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("£4.5 million", "café’s owner", "repaired mis-decoded characters"),
        stdout_lacks=("Â£", "â€"),
        stderr_has=("a.txt: repaired mis-decoded characters",),
        why="text mis-decoded before it was saved ('Â£', 'â€™') is repaired, and the repair is said",
    ),
    Case(
        name="nul-byte-in-text-file",
        files={"a.txt": ARTICLE.encode().replace(b"repairs", b"repa\x00irs"), "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("for repairs after", "removed 1 NUL byte"),
        why="a stray NUL byte is removed, not a reason to call the file binary",
    ),
    Case(
        name="nul-byte-in-jsonl",
        files={"feed.jsonl": jsonl([ARTICLE, OTHER.decode()]).encode().replace(b"repairs", b"repairs\x00", 1)},
        args=FACTS,
        ok=2,
        skipped=0,
        stdout_has=("removed 1 NUL byte",),
        why="one NUL byte no longer gets a whole JSONL file skipped as binary",
    ),
    Case(
        name="nul-byte-in-csv",
        files={"feed.csv": ("id,outlet,text\nr1,Herald,\"" + ARTICLE + "\"\nr2,Courier,\"" + OTHER.decode()
                            + "\"\n").encode().replace(b"Herald", b"Her\x00ald")},
        args=FACTS,
        ok=2,
        skipped=0,
        stdout_has=("\"outlet\": \"Herald\"",),
        why="one NUL byte no longer gets a whole CSV file skipped as binary",
    ),
    Case(
        name="cp1252-jsonl-noted-once",
        files={"feed.jsonl": jsonl([ARTICLE, OTHER.decode(), ARTICLE.replace("4.5", "4.6")]).encode("cp1252")},
        args=FACTS,
        ok=3,
        stdout_has=("£4.6 million",),
        stderr_has=("feed.jsonl: decoded as cp1252 (3 records)",),
        why="a JSONL file in cp1252: each line decoded, the decode said once for the file",
    ),
    Case(
        name="binary-file-skipped",
        files={"a.txt": ARTICLE.encode(), "b.txt": OTHER, "c.txt": bytes(range(256)) * 40},
        exit_codes=(1,),
        ok=2,
        skipped=1,
        reasons=("binary file",),
        why="a real binary file is still skipped with a reason",
    ),
]
