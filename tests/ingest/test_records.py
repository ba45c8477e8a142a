"""JSON and JSONL records: fields mapped, ids kept, a bad line reported by number."""

from __future__ import annotations

import json

from claimscope.ingest.ids import content_id
from claimscope.ingest.items import Failed, Ingested
from claimscope.ingest.records import iter_json, iter_jsonl


def _lines(*records: object) -> list[bytes]:
    return [(r if isinstance(r, str) else json.dumps(r)).encode() + b"\n" for r in records]


def test_records_jsonl_fields_and_ids():
    items = list(
        iter_jsonl(
            _lines(
                {
                    "id": "a1",
                    "text": "Body one.\r\n",
                    "title": "T",
                    "published": "2024-01-02",
                    "url": "https://x.example/a",
                    "outlet": "Gazette",
                    "label": "ignored",
                },
                {"id": 7, "text": "Body two."},
                {"text": "Body three."},
            ),
            origin="in.jsonl",
        )
    )
    assert [i.id for i in items] == ["a1", "7", content_id("Body three.")]
    first = items[0].article
    assert first.text == "Body one.\r\n"
    assert (first.title, first.published, first.url, first.outlet) == (
        "T",
        "2024-01-02",
        "https://x.example/a",
        "Gazette",
    )


def test_records_bad_line_named_and_rest_goes_on():
    items = list(
        iter_jsonl(
            _lines(
                {"id": "a", "text": "One."},
                "{not json",
                "",
                '"a string"',
                {"id": "b"},
                {"id": "c", "text": "Three."},
            ),
            origin="in.jsonl",
        )
    )
    failed = [i for i in items if isinstance(i, Failed)]
    assert [i.id for i in items if isinstance(i, Ingested)] == ["a", "c"]
    assert [f.origin for f in failed] == [
        "in.jsonl: line 2",
        "in.jsonl: line 4",
        "in.jsonl: line 5",
    ]
    assert "not JSON" in str(failed[0].error)
    assert "must be a JSON object, not string" in str(failed[1].error)
    assert "'text' is missing" in str(failed[2].error)


def test_records_jsonl_non_utf8_line():
    items = list(iter_jsonl([b'{"text": "caf\xe9"}\n'], origin="x.jsonl"))
    assert isinstance(items[0], Failed)
    assert "byte 0xe9 at column 14" in str(items[0].error)


def test_records_defaults_fill_gaps_only():
    items = list(
        iter_jsonl(
            _lines({"text": "A.", "outlet": "Own"}, {"text": "B."}),
            origin="x",
            defaults={"outlet": "Default", "published": "2024-05-01"},
        )
    )
    assert [i.article.outlet for i in items] == ["Own", "Default"]
    assert all(i.article.published == "2024-05-01" for i in items)


def test_records_bad_published_fails_that_record():
    items = list(iter_jsonl(_lines({"text": "A.", "published": "yesterday"}), origin="x"))
    assert isinstance(items[0], Failed)
    assert items[0].error.code == "input.published"


def test_records_json_object_and_array():
    one = list(iter_json(json.dumps({"id": "z", "text": "Only."}), origin="one.json"))
    assert [(i.id, i.origin) for i in one] == [("z", "one.json")]
    many = list(iter_json(json.dumps([{"text": "A."}, 5, {"text": "B."}]), origin="m.json"))
    assert [type(i).__name__ for i in many] == ["Ingested", "Failed", "Ingested"]
    assert many[1].origin == "m.json: item 1"


def test_records_malformed_json_file():
    items = list(iter_json('{"text": "A.",\n  oops}', origin="bad.json"))
    assert isinstance(items[0], Failed)
    assert "line 2" in str(items[0].error)
