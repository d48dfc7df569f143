"""Bytes to text, saying how: every decode that is not plain UTF-8 leaves a note for the document's reason.

The order: a byte order mark (UTF-8, UTF-16, UTF-32); UTF-16 or UTF-32 without one, told by where
the NUL bytes fall; UTF-8; UTF-8 with a few bytes that are not (each read as cp1252); and a
single-byte encoding: cp1252, the encoding of most Western news text that is not UTF-8, unless the
text it gives is clearly garbled and another encoding reads the same bytes cleanly.
charset-normalizer only proposes the other encodings; which one wins is decided by counting
implausible characters in the text each gives ("£" is plausible before a figure, "Ł" is not; "³"
inside a word, "Õ" after a lower-case letter, a word of accented letters only are not). A stray
NUL byte is removed. Last, `ftfy` repairs text that was mis-decoded before it reached us ("Ã©",
"â€™").
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from .regexes import compile_regex

__all__ = ["BINARY_REASON", "Decoded", "Decoder", "NotText", "wide_encoding"]

BINARY_REASON = "binary file, not text; convert it to UTF-8 text first"
BASE_ENCODING = "cp1252"
# Tried besides charset-normalizer's guesses: the single-byte encodings English news text comes in.
FALLBACK_ENCODINGS = ("iso8859_15", "mac_roman", "cp850", "cp437")
GUESSES = 4  # charset-normalizer's best few are scored
SAMPLE_BYTES = 32_768  # the encoding is chosen from the start of the bytes
SWITCH_SCORE = 6  # cp1252's text must score at least this (two garbled spots) ...
SWITCH_RATIO = 3  # ... and this many times another encoding's score, for the other encoding to win
MULTI_BYTE_MIN_HIGH_SHARE = 0.3  # text in a multi-byte encoding is mostly bytes above 0x7f
MAX_NUL_SHARE = 0.01  # more NUL bytes than this (and no UTF-16/32 pattern): binary
WIDE_NUL_SHARE = 0.1  # UTF-16: at least this share of the odd (LE) or even (BE) bytes are NUL ...
WIDE_OTHER_NUL_SHARE = 0.05  # ... and at most this share of the others
MAX_CONTROL_SHARE = 0.05  # decoded text with more control characters than this is binary
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_SEQUENCE = compile_regex(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTE = compile_regex(rb"[\x80-\xff]")
_CONTROL = compile_regex(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
_NON_ASCII = compile_regex(r"[^\x00-\x7f]")
_LONG_WORD = compile_regex(r"[^\W\d_]{4,}")
# A sign that text was decoded with the wrong encoding before: a UTF-8 lead byte read as a Latin
# letter, followed by a continuation byte read as a symbol or letter; or a C1 control character.
_MOJIBAKE_HINT = compile_regex(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]"
)
# The UTF-8 bytes of the characters _MOJIBAKE_HINT starts with: U+00C2-U+00F4 and U+0080-U+009F
_MOJIBAKE_FIRST_BYTES = ((0xC3, 0x82, 0xB4), (0xC2, 0x80, 0x9F))  # lead byte, continuation range
_IN_WORD_PUNCTUATION = frozenset("’‘ʼ·‐‑–—")
_COMMON_SYMBOLS = frozenset("°±×÷©®™§¶•£€¥¢")


class NotText(ValueError):
    """The bytes are not text; the message is the reason, without the file name."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    notes: tuple[str, ...] = ()  # how it was decoded, when not plainly: "decoded as cp1252", ...


def wide_encoding(head: bytes) -> tuple[str, int] | None:
    """UTF-16 or UTF-32 (and the length of its byte order mark), told by the mark or the NUL bytes."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return (name, len(bom)) if name != "utf-8" else None
    sample = head[: 4096 - 4096 % 4] if len(head) >= 4096 else head[: len(head) - len(head) % 4]
    if sample.count(0) < len(sample) * WIDE_OTHER_NUL_SHARE or len(sample) < 4:
        return None
    zeros = [sample[offset::4].count(0) / max(1, len(sample[offset::4])) for offset in range(4)]
    for name, nul_at, other_at in (
        ("utf-32-le", (1, 2, 3), (0,)),
        ("utf-32-be", (0, 1, 2), (3,)),
        ("utf-16-le", (1, 3), (0, 2)),
        ("utf-16-be", (0, 2), (1, 3)),
    ):
        nul_share = min(zeros[i] for i in nul_at)
        if nul_share >= WIDE_NUL_SHARE and max(zeros[i] for i in other_at) <= WIDE_OTHER_NUL_SHARE:
            text = sample.decode(name, "replace")
            if _control_share(text) <= MAX_CONTROL_SHARE:
                return name, 0
    return None


class Decoder:
    """Decodes the bytes of one input, whole or line by line; a single-byte encoding, once chosen, is kept.

    `encoding` (given by the user) is tried for bytes that are not UTF-8, before anything is guessed.
    """

    def __init__(self, *, encoding: str | None = None) -> None:
        self._given = encoding
        self._single_byte: str | None = None

    def decode(self, data: bytes) -> Decoded:
        """A whole file: `NotText` when it is binary."""
        wide = wide_encoding(data)
        if wide is not None:
            name, skip = wide
            text = data[skip:].decode(name, "replace").replace("\x00", "")  # U+0000 is no text either
            if _control_share(text) > MAX_CONTROL_SHARE:
                raise NotText(BINARY_REASON)
            how = "" if skip else " (no byte order mark; told by its NUL bytes)"
            return _repaired(text, (f"decoded as {name}{how}",))
        nuls = data.count(0)
        if nuls > max(1, len(data) * MAX_NUL_SHARE):
            raise NotText(BINARY_REASON)
        decoded = self.decode_line(data)
        if _control_share(decoded.text) > MAX_CONTROL_SHARE:
            raise NotText(BINARY_REASON)
        return decoded

    def decode_line(self, data: bytes) -> Decoded:
        """Part of a file already known to be text (a JSONL or CSV line): NUL bytes are removed."""
        notes: list[str] = []
        if b"\x00" in data:
            nuls = data.count(0)
            data = data.replace(b"\x00", b"")
            notes.append(f"removed {nuls} NUL byte{'s' if nuls > 1 else ''}")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = self._not_utf8(data, notes)
        else:
            if not _may_hold_mojibake(data):
                return Decoded(text, tuple(notes))
        return _repaired(text, tuple(notes))

    def _not_utf8(self, data: bytes, notes: list[str]) -> str:
        if self._given is not None:
            try:
                text = data.decode(self._given)
            except UnicodeDecodeError:
                raise NotText(
                    f"not valid {self._given} text; try another encoding for read_paths, or none to have it detected"
                ) from None
            notes.append(f"decoded as {self._given}")
            return text
        sequences = len(_UTF8_SEQUENCE.findall(data))
        stray = len(_HIGH_BYTE.findall(data)) - sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
        if sequences and sequences * 4 >= stray:  # mostly UTF-8: the few other bytes are read one by one
            notes.append(f"decoded as UTF-8, with {stray} byte{'s' if stray > 1 else ''} that are not "
                         f"UTF-8 read as {BASE_ENCODING}")
            return data.decode("utf-8", _STRAY_BYTES).removeprefix("\ufeff")
        if self._single_byte is None:
            self._single_byte = choose_single_byte(data)
        name = self._single_byte
        notes.append(f"decoded as {name}" + ("" if name == BASE_ENCODING else f" ({BASE_ENCODING} gave garbled text)"))
        return data.decode(name, "replace")


def choose_single_byte(data: bytes) -> str:
    """cp1252, unless its text is clearly garbled and another encoding's is not."""
    sample = _sample(data)
    try:
        base_score = implausibility(sample.decode(BASE_ENCODING))
    except UnicodeDecodeError:
        base_score = None
    if base_score == 0:
        return BASE_ENCODING
    best, best_score = BASE_ENCODING, base_score
    mostly_ascii = len(_HIGH_BYTE.findall(sample)) < len(sample) * MULTI_BYTE_MIN_HIGH_SHARE
    for name in dict.fromkeys([*FALLBACK_ENCODINGS, *_guesses(sample)]):  # ties go to the first
        try:
            text = sample.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if mostly_ascii and len(text) < len(sample):
            continue  # a multi-byte encoding (cp932, gb2312, ...) for text of mostly ASCII bytes
        score = implausibility(text)
        if best_score is None or score < best_score:
            best, best_score = name, score
    if base_score is None:
        return best
    clearly = base_score >= SWITCH_SCORE and (best_score or 0) * SWITCH_RATIO <= base_score
    return best if clearly else BASE_ENCODING


def implausibility(text: str) -> int:
    """How garbled the text looks: 3 for each character that real text does not hold where it stands, 1
    for each rare symbol, 1 for each word made mostly of accented Latin letters."""
    score = 0
    for match in _NON_ASCII.finditer(text):
        at = match.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        score += _char_score(match.group(), before, after)
    for word in _LONG_WORD.finditer(text):
        accented = sum(1 for c in word.group() if not c.isascii() and _is_latin(c))
        score += accented > 0.6 * len(word.group())
    return score


def _char_score(char: str, before: str, after: str) -> int:
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Co", "Cn") or char == "\ufffd":
        return 3
    letters = before.isalpha(), after.isalpha()
    if _is_east_asian(char) and before.isascii() and after.isascii():
        return 3  # one kana or CJK sign amid Latin text: "｣4.5" is a multi-byte codec reading "£4.5"
    foreign = (category[0] == "L" or category == "Nd") and not _is_latin(char)
    if foreign and (_ascii_alnum(before) or _ascii_alnum(after)):
        return 3  # a letter or digit of another script against a Latin one: "۲4.5", "Бbc"
    if category[0] == "L":
        ascii_neighbour = (before.isascii() and letters[0]) or (after.isascii() and letters[1])
        wrong = (
            (ascii_neighbour and not _is_latin(char))  # a Cyrillic or Greek letter inside a Latin word
            or (char.isupper() and before.islower())  # "canÕt", "cafŽ"
            or (after.isdigit() and not letters[0])  # "Ł4.5", "œ3": a letter where a currency sign stands
        )
        return 3 if wrong else 0
    if category[0] == "N":
        return 3 if all(letters) else 0  # "zmusi³a"
    if char == "¤" or (category == "Sc" and letters[1]) or "\u2500" <= char <= "\u259f":
        return 3  # "¤5" (the euro of ISO 8859-15), "£ódŸ", box drawing
    if all(letters):
        return 0 if char in _IN_WORD_PUNCTUATION else 3
    if char in "‚„" and letters[0]:
        return 3  # a low quote right after a letter: "caf‚"
    return 1 if category[0] == "S" and char not in _COMMON_SYMBOLS else 0


def _ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _is_east_asian(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af" or "\uff00" <= char <= "\uffef"


def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def _guesses(sample: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    return [match.encoding for match in list(from_bytes(sample))[:GUESSES]]


def _sample(data: bytes) -> bytes:
    if len(data) <= SAMPLE_BYTES:
        return data
    cut = data.rfind(b"\n", 0, SAMPLE_BYTES)
    return data[: cut if cut > 0 else SAMPLE_BYTES]


def _control_share(text: str) -> float:
    sample = text[:SAMPLE_BYTES]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def _may_hold_mojibake(data: bytes) -> bool:
    """Whether UTF-8 bytes hold a character a sign of mojibake starts with: found by byte search,
    far faster than `_MOJIBAKE_HINT` over the decoded text (a "£" or a curly quote is no such sign)."""
    for lead, low, high in _MOJIBAKE_FIRST_BYTES:
        at = data.find(lead)
        while at >= 0:
            if at + 1 < len(data) and low <= data[at + 1] <= high:
                return True
            at = data.find(lead, at + 1)
    return False


def _repaired(text: str, notes: tuple[str, ...]) -> Decoded:
    """The text with mojibake repaired by ftfy, line by line where there is a sign of it."""
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return Decoded(text, notes)
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, remove_control_chars=False, normalization=None, explain=False,
    )
    lines = text.split("\n")
    repaired = 0
    for index, line in enumerate(lines):
        if _MOJIBAKE_HINT.search(line):
            fixed = ftfy.fix_text(line, config)
            if fixed != line:
                lines[index], repaired = fixed, repaired + 1
    if not repaired:
        return Decoded(text, notes)
    note = f"repaired mis-decoded characters (mojibake) on {repaired} line{'s' if repaired > 1 else ''} with ftfy"
    return Decoded("\n".join(lines), (*notes, note))


def _stray_bytes(error: UnicodeError) -> tuple[str, int]:
    """The error handler for mostly-UTF-8 bytes: each byte that is not UTF-8 is read as cp1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode(BASE_ENCODING, "replace"), error.end


_STRAY_BYTES = "sourcediff-stray-bytes"
codecs.register_error(_STRAY_BYTES, _stray_bytes)
