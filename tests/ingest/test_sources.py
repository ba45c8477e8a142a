"""CLI inputs into a lazy stream: folders, stdin, URLs, per-input errors, the batch flag."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimscope.errors import InputError
from claimscope.ingest import Failed, Ingested, SourceOptions, Sources

ARTICLES = Path(__file__).parents[1] / "fixtures" / "articles"


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_sources_folder_recursive_sorted_hidden_and_other_suffixes_skipped(tmp_path):
    _write(tmp_path / "b.txt", "Bee.")
    _write(
        tmp_path / "sub" / "a.htm",
        "<html><body><article><p>" + "Aye. " * 30 + "</p></article></body></html>",
    )
    _write(tmp_path / "sub" / "r.jsonl", '{"id": "r1", "text": "Arr."}\n')
    _write(tmp_path / ".hidden.txt", "No.")
    _write(tmp_path / ".git" / "x.txt", "No.")
    _write(tmp_path / "notes.md", "No.")
    sources = Sources([str(tmp_path)])
    assert sources.batch
    assert [i.id for i in sources] == ["b", "a", "r1"]


def test_sources_single_text_file_is_not_a_batch():
    sources = Sources([str(ARTICLES / "crlf_quotes_nbsp.txt")])
    assert not sources.batch
    (item,) = list(sources)
    assert isinstance(item, Ingested)
    assert item.id == "crlf_quotes_nbsp"
    assert item.article.text.encode() == (ARTICLES / "crlf_quotes_nbsp.txt").read_bytes()


def test_sources_json_array_is_a_batch_object_is_not(tmp_path):
    array = _write(tmp_path / "a.json", json.dumps([{"text": "One."}]))
    obj = _write(tmp_path / "o.json", json.dumps({"text": "One."}))
    assert Sources([str(array)]).batch
    assert not Sources([str(obj)]).batch


def test_sources_errors_are_items_and_the_rest_goes_on(tmp_path):
    good = _write(tmp_path / "good.txt", "Fine.")
    empty = _write(tmp_path / "empty.txt", "  \n")
    binary = _write(tmp_path / "bin.txt", b"\x00\x01\x02")
    items = list(Sources([str(tmp_path / "missing.txt"), str(empty), str(binary), str(good)]))
    assert [type(i).__name__ for i in items] == ["Failed", "Failed", "Failed", "Ingested"]
    assert [i.error.code for i in items if isinstance(i, Failed)] == [
        "input.missing",
        "input.empty",
        "input.binary",
    ]


def test_sources_size_cap_checked_before_reading(tmp_path):
    big = _write(tmp_path / "big.txt", "x" * 2000)
    (item,) = list(Sources([str(big)], SourceOptions(max_size=1000)))
    assert isinstance(item, Failed)
    assert "2,000 bytes, over the size cap of 1,000 bytes" in str(item.error)


def test_sources_jsonl_long_line_skipped_rest_read(tmp_path):
    path = _write(tmp_path / "r.jsonl", json.dumps({"text": "y" * 500}) + "\n" + '{"text": "ok"}\n')
    items = list(Sources([str(path)], SourceOptions(max_size=100)))
    assert isinstance(items[0], Failed) and items[0].origin.endswith("line 1")
    assert isinstance(items[1], Ingested) and items[1].article.text == "ok"


def test_sources_stdin_text_kept_exactly():
    data = "Headline\r\n\r\n“Body” 🚢\u00a0x\r\n".encode()
    sources = Sources(["-"], stdin=io.BytesIO(data))
    assert not sources.batch
    (item,) = list(sources)
    assert item.article.text.encode() == data


def test_sources_stdin_jsonl_streamed_as_records():
    data = b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n'
    sources = Sources(["-"], stdin=io.BytesIO(data))
    assert sources.batch
    assert [i.id for i in sources] == ["a", "b"]


def test_sources_cli_metadata_wins_for_files_fills_gaps_for_records(tmp_path):
    text = _write(tmp_path / "t.txt", "Body.")
    recs = _write(tmp_path / "r.jsonl", '{"text": "A.", "outlet": "Own"}\n{"text": "B."}\n')
    items = list(Sources([str(text), str(recs)], SourceOptions(metadata={"outlet": "Cli"})))
    assert [i.article.outlet for i in items] == ["Cli", "Own", "Cli"]


def test_sources_bad_cli_date_refused_up_front():
    with pytest.raises(InputError, match="not an ISO date"):
        Sources(["x.txt"], SourceOptions(metadata={"published": "05/03/2024"}))


def test_sources_url_through_local_server(server):
    (item,) = list(Sources([f"{server}/article"], SourceOptions(allow_private=True)))
    assert isinstance(item, Ingested)
    assert item.article.title == "Ferry fares rise"
    assert item.article.url == f"{server}/article"
    (plain,) = list(Sources([f"{server}/plain"], SourceOptions(allow_private=True)))
    assert plain.article.text == "Headline\r\n\r\nBody “q”."


def test_sources_url_refused_is_one_failed_item(server):
    (item,) = list(Sources([f"{server}/article"]))
    assert isinstance(item, Failed)
    assert item.error.code == "input.fetch"


def test_sources_empty_folder(tmp_path):
    (item,) = list(Sources([str(tmp_path)]))
    assert isinstance(item, Failed)
    assert "no article files" in str(item.error)
