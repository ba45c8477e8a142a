from __future__ import annotations

from claimscope.reports._segments import Mark, segment_text


def _mark(index: int, start: int, end: int, layer: str = "x") -> Mark:
    return Mark(index, start, end, layer, (layer,), f"m{index}")


def test_segments_overlapping_spans_split_at_every_boundary():
    text = "abcdefghij"
    marks = [_mark(0, 0, 6), _mark(1, 3, 9), _mark(2, 4, 5)]
    segs = segment_text(text, marks)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, [m.index for m in s.marks]) for s in segs] == [
        ("abc", [0]),
        ("d", [0, 1]),
        ("e", [0, 1, 2]),
        ("f", [0, 1]),
        ("ghi", [1]),
        ("j", []),
    ]


def test_segments_anchor_marks_where_they_start():
    segs = segment_text("hello world", [_mark(0, 0, 5), _mark(1, 0, 11), _mark(2, 6, 11)])
    assert [s.anchors for s in segs] == [(0, 1), (), (2,)]


def test_segments_identical_spans_share_one_run():
    segs = segment_text("same span", [_mark(0, 0, 4), _mark(1, 0, 4)])
    assert [m.index for m in segs[0].marks] == [0, 1]


def test_segments_code_points_with_astral_characters():
    text = "a 😬 b\u00a0c"
    segs = segment_text(text, [_mark(0, 2, 3), _mark(1, 4, 7)])
    assert [s.text for s in segs if s.marks] == ["😬", "b\u00a0c"]


def test_segments_boundary_inside_crlf_keeps_one_line_break():
    text = "one\r\ntwo"
    segs = segment_text(text, [_mark(0, 0, 4)])
    assert "".join(s.text for s in segs) == "one\ntwo"


def test_segments_drop_empty_and_out_of_range_marks():
    segs = segment_text("short", [_mark(0, 2, 2), _mark(1, 3, 99), _mark(2, 4, 1)])
    assert [s.text for s in segs] == ["short"]
    assert segs[0].marks == ()


def test_segments_empty_text():
    assert segment_text("", []) == []
