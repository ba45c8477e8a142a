"""Bytes into text: UTF-8 first, a known legacy encoding when it must, binary data refused.

A UTF-8 byte-order mark is kept as U+FEFF at offset 0. That is deliberate: gold
corpora (PTC) count it in their character offsets, and plain text is kept exactly.
Legacy encodings are a guess, so the guess is logged as a warning (stderr in the
CLI) rather than made silently.
"""

from __future__ import annotations

import codecs
import logging
from typing import NamedTuple

from claimscope.errors import InputError

__all__ = ["LEGACY_ENCODINGS", "Decoded", "decode_bytes", "refuse_binary"]

log = logging.getLogger(__name__)

#: Legacy encodings we recognise, by Python codec name, with the name users know them by.
LEGACY_ENCODINGS: dict[str, str] = {
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "koi8_r": "KOI8-R",
    "iso8859_15": "ISO-8859-15",
    "mac_roman": "Mac Roman",
    "shift_jis": "Shift JIS",
    "gb18030": "GB18030",
    "big5": "Big5",
    "euc_kr": "EUC-KR",
}

#: Byte signatures of common non-text files, named in the error so users see what they passed.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/ODT/XLSX)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Control bytes that never occur in text (tab, newlines, form feed and escape do).
_CONTROL = frozenset(set(range(32)) - {9, 10, 11, 12, 13, 27})
#: Share of letters outside ASCII above which a Windows-1252 reading is doubted.
_NON_LATIN_SHARE = 0.3


class Decoded(NamedTuple):
    """Decoded text and the codec that produced it (``utf-8`` in the normal case)."""

    text: str
    encoding: str


def refuse_binary(data: bytes) -> None:
    """Raise if ``data`` is evidently not text (NUL bytes, a file signature, control bytes).

    Raises:
        InputError: the data is binary (code ``input.binary``).
    """
    head = data[:4096]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"binary data ({what}), not an article", code="input.binary")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"binary data (NUL byte at offset {nul}), not text", code="input.binary")
    controls = sum(1 for b in head if b in _CONTROL)
    if head and controls / len(head) > 0.05:
        raise InputError(
            f"binary data ({controls} control bytes in the first {len(head)}), not text",
            code="input.binary",
        )


def _refuse_binary_text(text: str, codec: str) -> None:
    """A BOM says nothing about what follows: binary data can start with FF FE too."""
    head = text[:4096]
    bad = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in text or (head and bad / len(head) > 0.05):
        raise InputError(
            f"binary data (starts like {codec} text but holds control characters), not text",
            code="input.binary",
        )


def decode_bytes(data: bytes, *, name: str = "input") -> Decoded:
    """Decode ``data`` as UTF-8, a BOM-marked UTF-16/32, or a recognised legacy encoding.

    Args:
        data: the raw bytes of one article (or page).
        name: how the input is called in the warning a legacy encoding causes.

    Raises:
        InputError: binary data, or bytes that no known encoding reads; the message names
            the first offending byte and its offset.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise _undecodable(err, codec) from None
            _refuse_binary_text(text, codec)
            return Decoded(text, codec)
    refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_err:
        legacy = _legacy(data)
        if legacy is None:
            raise _undecodable(utf8_err, "utf-8", data) from None
    log.warning("%s: not UTF-8; decoded as %s", name, LEGACY_ENCODINGS[legacy.encoding])
    return legacy


def _legacy(data: bytes) -> Decoded | None:
    """Windows-1252 unless it fails or reads as mostly accented gibberish; then ask a detector."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_latin(text):
        return Decoded(text, "cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None and best.encoding in LEGACY_ENCODINGS and best.chaos < 0.2:
        return Decoded(str(best), best.encoding)
    return Decoded(text, "cp1252") if text is not None else None


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    foreign = sum(1 for c in letters if not c.isascii())
    return foreign / len(letters) <= _NON_LATIN_SHARE


def _undecodable(err: UnicodeDecodeError, codec: str, data: bytes | None = None) -> InputError:
    byte = err.object[err.start]
    message = f"not {codec.upper()} (byte 0x{byte:02x} at offset {err.start})"
    if data is not None:
        try:
            data.decode("cp1252")
        except UnicodeDecodeError as legacy_err:
            bad = data[legacy_err.start]
            message = (
                f"not UTF-8 (byte 0x{byte:02x} at offset {err.start}) "
                f"or Windows-1252 (byte 0x{bad:02x} at offset {legacy_err.start}); "
                "convert it to UTF-8"
            )
    return InputError(message, code="input.encoding")
