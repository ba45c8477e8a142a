"""Decoding: UTF-8 kept exactly (BOM included), legacy encodings named, binary refused."""

from __future__ import annotations

import logging

import pytest

from claimscope.errors import InputError
from claimscope.ingest.decode import decode_bytes, refuse_binary


def test_decode_utf8_kept_exactly():
    text = "Line one\r\n“Quoted” 40\u00a0000 caf\u0065\u0301 🚢\n"
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


def test_decode_utf8_bom_kept_as_first_character():
    # PTC counts the BOM in its offsets, so it must stay at offset 0.
    decoded = decode_bytes(b"\xef\xbb\xbfHeadline\nBody")
    assert decoded.text == "\ufeffHeadline\nBody"


def test_decode_utf16_with_bom():
    assert decode_bytes("Héllo wörld".encode("utf-16")).text == "Héllo wörld"


def test_decode_windows_1252_warns(caplog):
    data = "The minister said “nearly 40” café owners – all of them – were hurt.".encode("cp1252")
    with caplog.at_level(logging.WARNING, logger="claimscope"):
        decoded = decode_bytes(data, name="notes.txt")
    assert decoded.encoding == "cp1252"
    assert "“nearly 40” café" in decoded.text
    assert "notes.txt: not UTF-8; decoded as Windows-1252" in caplog.text


def test_decode_windows_1251_detected_for_cyrillic(caplog):
    text = "Министр сказал, что сорок человек пострадали во время пожара в Москве в понедельник."
    with caplog.at_level(logging.WARNING, logger="claimscope"):
        decoded = decode_bytes(text.encode("cp1251"))
    assert decoded.text == text
    assert "Windows-1251" in caplog.text


def test_decode_undecodable_names_byte_and_offset():
    data = b"Plain start \xe9 then \x81 junk \x9d" + bytes(range(0x80, 0xA0)) * 3
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    message = str(info.value)
    assert info.value.code == "input.encoding"
    assert "not UTF-8 (byte 0xe9 at offset 12)" in message
    assert "Windows-1252 (byte 0x81 at offset 19)" in message


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"text then a NUL \x00 byte", "NUL byte at offset 16"),
        (bytes(range(1, 9)) * 20, "control bytes"),
    ],
)
def test_decode_binary_refused(data, what):
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.code == "input.binary"
    assert what in str(info.value)


def test_refuse_binary_accepts_text_with_tabs_and_form_feeds():
    refuse_binary(b"col1\tcol2\r\n\x0cpage two\n")


def test_decode_binary_behind_a_utf16_bom_is_refused() -> None:
    with pytest.raises(InputError, match="binary data") as err:
        decode_bytes(b"\xff\xfe\x00\x01binary\x00\x00")
    assert err.value.code == "input.binary"


def test_decode_real_utf16_text_with_bom_still_decodes() -> None:
    data = "Caf\u00e9 prices rose 5%.\r\n".encode("utf-16")
    assert decode_bytes(data).text == "Caf\u00e9 prices rose 5%.\r\n"
