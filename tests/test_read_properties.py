"""Properties of reading: whatever bytes a file holds, reading it never raises, and every file comes
back as documents that are each ok (with text) or skipped (with a reason naming the file)."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcediff.read import read_paths

PIECES = [
    b'{"id": "r1", "text": "Flooding forced 3,000 residents from their homes."}', b'{"text": 12345}', b'{"text": NaN}',
    b"id,outlet,text", b'r1,Herald,"The river rose 2.4 metres', b'"', b'""', b",", b";", b"\t", b"\n", b"\r\n", b"\r",
    b"\x00", b"\xa3", b"\xe9", b"\x92", b"\xc3\xa9", b"\xe2\x80\x99", b"\xc3", b"\xff\xfe", b"\xfe\xff",
    codecs.BOM_UTF8, b"[", b"]", b"{", b"}", b"9" * 60, b"<html><p>", b"</p>", b"Title: A", b"---",
    "£4.5 million for repairs. ".encode(), "£4.5 million".encode("utf-16-le"), b"The council said. ",
]
SUFFIXES = (".txt", ".jsonl", ".json", ".csv", ".html", ".md")
file_bytes = st.one_of(st.binary(max_size=400), st.lists(st.sampled_from(PIECES), max_size=40).map(b"".join))


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(file_bytes, st.sampled_from(SUFFIXES))
def test_any_bytes_read_into_ok_or_skipped_documents(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        documents = read_paths([str(path)])
    assert documents
    for doc in documents:
        assert doc.status in ("ok", "skipped")
        if doc.status == "ok":
            assert doc.text.strip()
            assert "\x00" not in doc.text
        else:
            assert doc.reason.startswith("input"), doc.reason
            assert "\n" not in doc.reason


WORDS = ["the", "council", "said", "café", "naïve", "déjà", "vu", "Zoë", "Müller", "£12", "€5", "30°C", "½",
         "—", "–", "“quoted”", "it’s", "‘single’", "…", "crème", "brûlée", "façade", "São", "Ångström", "×", "±2",
         "©", "®", "™", "§4", "•", "fiancé", "Œuvre", "Señor", "niño", "¿qué?", "¡sí!", "Straße", "1,000", "3.5%"]


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join), min_size=1, max_size=8))
def test_text_in_any_encoding_keeps_its_characters(lines: list[str]) -> None:
    """News text that cp1252 can hold, written in cp1252, UTF-8 (with or without BOM) or UTF-16,
    reads back as written."""
    text = "The council set aside £4.5 million for the works, a spokesman said.\n" + "\n".join(lines)
    for data in (text.encode(), codecs.BOM_UTF8 + text.encode(), text.encode("utf-16"), text.encode("cp1252")):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "a.txt"
            path.write_bytes(data)
            [doc] = read_paths([str(path)])
        assert doc.status == "ok"
        assert doc.text.strip() == text.strip(), doc.reason


def test_other_single_byte_encodings_win_only_on_clear_evidence(tmp_path: Path) -> None:
    polish = "Mieszkańcy miasta zażółcili gęślą jaźń, powiedział rzecznik. Rada przeznaczyła 4,5 mln zł na naprawy.\n"
    mac = "The café’s owner said the water reached the counter “within minutes”; the crêpe stand was shut.\n"
    pound = "The council set aside £4.5 million; the café owner's Àß sign stayed up.\n"
    for name, text, encoding in (("pl", polish, "cp1250"), ("mac", mac, "mac_roman"), ("gb", pound, "cp1252")):
        (tmp_path / f"{name}.txt").write_bytes(text.encode(encoding))
    documents = {doc.id: doc for doc in read_paths([str(tmp_path)])}
    assert documents["pl"].text.strip() == polish.strip()
    assert documents["pl"].reason == "decoded as cp1250 (cp1252 gave garbled text)"
    assert documents["mac"].text.strip() == mac.strip()
    assert documents["gb"].text.strip() == pound.strip()
    assert documents["gb"].reason == "decoded as cp1252"


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2200, blacklist_categories=("Cs",)), max_size=60))
def test_utf8_lines_skip_the_mojibake_check_only_when_it_would_find_nothing(text: str) -> None:
    """A line of clean UTF-8 is passed over by a byte search before the slower check: both agree."""
    from sourcediff.decode import _MOJIBAKE_HINT, _may_hold_mojibake

    if _MOJIBAKE_HINT.search(text):
        assert _may_hold_mojibake(text.encode("utf-8"))
