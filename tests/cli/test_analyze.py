"""``claimscope analyze``: exit codes, one stderr line per bad input, streaming, exact offsets."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimscope.cli import app

ARTICLES = Path(__file__).parents[1] / "fixtures" / "articles"
HTML = Path(__file__).parents[1] / "fixtures" / "html"
# Sentences and entities come from spaCy alone: these tests exercise the command, not the layers.
FAST = ["--only", "sentences,entities"]

pytestmark = pytest.mark.model


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str, stdin: bytes | None = None):
        return runner.invoke(app, ["analyze", *args], input=stdin, catch_exceptions=False)

    return invoke


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def _check_offsets(analysis: dict, source: bytes) -> None:
    text = analysis["article"]["text"]
    assert text.encode("utf-8") == source
    spans = analysis["sentences"] + analysis["entities"]
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    "name",
    ["crlf_quotes_nbsp.txt", "emoji_combining.txt", "bom_utf8.txt", "plain_tabs_trailing.txt"],
)
def test_analyze_offsets_exact_on_tricky_text(run, name):
    result = run(str(ARTICLES / name), "--format", "json", *FAST)
    assert result.exit_code == 0, result.stderr
    analysis = json.loads(result.stdout)
    assert analysis["id"] == Path(name).stem
    _check_offsets(analysis, (ARTICLES / name).read_bytes())


def test_analyze_crlf_entity_offsets_count_code_points(run):
    result = run(str(ARTICLES / "crlf_quotes_nbsp.txt"), "--format", "json", *FAST)
    analysis = json.loads(result.stdout)
    text = analysis["article"]["text"]
    starts = {s["start"] for s in analysis["sentences"]}
    # Every line after a CRLF starts a sentence, at its code-point offset in the file.
    for i in range(len(text) - 2):
        if text[i : i + 2] == "\r\n" and text[i + 2 : i + 3] not in {"", "\r"}:
            assert i + 2 in starts


def test_analyze_folder_batch_goes_on_past_bad_files(run, tmp_path):
    for name in ("crlf_quotes_nbsp.txt", "emoji_combining.txt"):
        shutil.copy(ARTICLES / name, tmp_path / name)
    (tmp_path / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "empty.txt").write_text("\n\n")
    (tmp_path / "recs.jsonl").write_text(
        '{"id": "r1", "text": "Officials said 40 were hurt."}\n{oops\n'
    )
    out = tmp_path / "out.jsonl"
    result = run(str(tmp_path), "--format", "jsonl", "--out", str(out), *FAST)
    assert result.exit_code == 1
    errors = _lines(result.stderr)
    assert len(errors) == 3
    assert all(line.startswith("claimscope: error: ") for line in errors)
    assert any("broken.txt: binary data" in line for line in errors)
    assert any("recs.jsonl: line 2: not JSON" in line for line in errors)
    ids = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    assert ids == ["crlf_quotes_nbsp", "emoji_combining", "r1"]
    assert "Traceback" not in result.stderr


def test_analyze_single_bad_input_exit_2_one_line(run, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_bytes(b"caf\xe9 \x81\x8d\x8f\x90\x9d" * 3)
    result = run(str(bad), "--format", "json", *FAST)
    assert result.exit_code == 2
    (line,) = _lines(result.stderr)
    assert line.startswith(f"claimscope: error: {bad}: not UTF-8 (byte 0xe9 at offset 3)")
    assert line.endswith("[input.encoding]")
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["missing-file.txt"], "missing-file.txt: no such file or folder"),
        (["--skip", "nonsense", str(ARTICLES / "bom_utf8.txt")], "unknown layer 'nonsense'"),
        (["--format", "pdf", str(ARTICLES / "bom_utf8.txt")], "unknown format 'pdf'"),
        (["--published", "yesterday", str(ARTICLES / "bom_utf8.txt")], "not an ISO date"),
        (["--max-size", "100", str(ARTICLES / "emoji_combining.txt")], "over the size cap of 100"),
        (["--max-size", "lots", str(ARTICLES / "emoji_combining.txt")], "bad size 'lots'"),
        (["http://127.0.0.1:9/x"], "private, loopback or reserved"),
        (["ftp://example.org/a.txt"], "only http and https"),
    ],
)
def test_analyze_bad_input_or_usage_exit_2(run, args, fragment):
    result = run(*args)
    assert result.exit_code == 2
    (line,) = _lines(result.stderr)
    assert fragment in line


def test_analyze_legacy_encoding_warned_on_stderr_and_analysed(tmp_path):
    # A real process: the warning travels through main()'s logging set-up to stderr.
    path = tmp_path / "legacy.txt"
    path.write_bytes("Officials said “40” cafés closed.".encode("cp1252"))
    result = subprocess.run(
        [sys.executable, "-m", "claimscope", "analyze", str(path), "-f", "json", *FAST],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert _lines(result.stderr) == [
        f"claimscope: WARNING: {path}: not UTF-8; decoded as Windows-1252"
    ]
    assert json.loads(result.stdout)["article"]["text"] == "Officials said “40” cafés closed."


def test_analyze_json_single_object_batch_array(run, tmp_path):
    single = run(str(ARTICLES / "bom_utf8.txt"), "--format", "json", *FAST)
    assert isinstance(json.loads(single.stdout), dict)
    batch = run(
        str(ARTICLES / "bom_utf8.txt"),
        str(ARTICLES / "plain_tabs_trailing.txt"),
        "-f",
        "json",
        *FAST,
    )
    assert [a["id"] for a in json.loads(batch.stdout)] == ["bom_utf8", "plain_tabs_trailing"]


def test_analyze_stdin_jsonl_with_metadata_defaults(run):
    data = b'{"id": "a", "text": "The mayor said 12 roads closed."}\n{"id": "b", "text": "Rain."}\n'
    result = run(
        "-", "--format", "jsonl", "--published", "2024-02-03", "--outlet", "Wire", *FAST, stdin=data
    )
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert {r["article"]["published"] for r in rows} == {"2024-02-03"}
    assert {r["article"]["outlet"] for r in rows} == {"Wire"}


def test_analyze_stdin_text_kept_exactly(run):
    data = "Headline\r\n\r\n“Body” with 🚢 and cafe\u0301.\r\n".encode()
    result = run("-", "--format", "json", *FAST, stdin=data)
    assert json.loads(result.stdout)["article"]["text"].encode() == data


def test_analyze_html_input(run):
    result = run(str(HTML / "harbour_strike.html"), "--format", "json", *FAST)
    article = json.loads(result.stdout)["article"]
    assert article["title"] == "Harbour strike enters third week"
    assert article["published"] == "2024-03-05"


def test_analyze_results_written_before_an_interruption_are_kept(run, tmp_path, monkeypatch):
    from claimscope.pipeline import Pipeline

    records = "".join(json.dumps({"id": f"r{i}", "text": f"Story {i}."}) + "\n" for i in range(5))
    (tmp_path / "in.jsonl").write_text(records)
    real_run = Pipeline._run

    def run_then_interrupt(self, doc, article, aid):
        if aid == "r3":
            raise KeyboardInterrupt
        return real_run(self, doc, article, aid)

    monkeypatch.setattr(Pipeline, "_run", run_then_interrupt)
    for fmt, name in (("jsonl", "out.jsonl"), ("json", "out.json")):
        out = tmp_path / name
        result = run(str(tmp_path / "in.jsonl"), "--format", fmt, "--out", str(out), *FAST)
        assert result.exit_code != 0  # click turns Ctrl-C into Abort; main() exits 130
        text = out.read_text("utf-8")
        rows = (
            [json.loads(line) for line in text.splitlines()] if fmt == "jsonl" else json.loads(text)
        )
        assert [r["id"] for r in rows] == ["r0", "r1", "r2"]


def test_analyze_layer_failure_reported_batch_goes_on(run, tmp_path, monkeypatch):
    from claimscope.errors import LayerError
    from claimscope.pipeline import Pipeline

    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps({"id": f"r{i}", "text": f"Story {i}."}) + "\n" for i in range(3))
    )
    real_run = Pipeline._run

    def flaky(self, doc, article, aid):
        if aid == "r1":
            raise LayerError("entities", aid, ValueError("boom"))
        return real_run(self, doc, article, aid)

    monkeypatch.setattr(Pipeline, "_run", flaky)
    result = run(str(tmp_path / "in.jsonl"), "--format", "jsonl", *FAST)
    assert result.exit_code == 1
    assert _lines(result.stderr) == [
        "claimscope: error: r1: layer 'entities' failed: ValueError: boom [layer]"
    ]
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["r0", "r2"]


def test_analyze_only_says_what_it_adds(run):
    result = run(str(ARTICLES / "bom_utf8.txt"), "--format", "json", "--only", "techniques")
    assert "--only techniques also runs sentences, which it requires" in result.stderr


def test_analyze_config_file_skip(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimscope.toml").write_text(
        'skip = ["attributions", "quantities", "claims", "techniques", "findings"]\n'
    )
    result = run(str(ARTICLES / "bom_utf8.txt"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    layers = json.loads(result.stdout)["meta"]["layers"]
    assert layers["techniques"]["status"] == "skipped"
    assert layers["entities"]["status"] == "ran"


def test_analyze_config_file_unknown_key(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claimscope.toml").write_text('skp = ["techniques"]\n')
    result = run(str(ARTICLES / "bom_utf8.txt"))
    assert result.exit_code == 2
    assert "unknown setting 'skp'" in result.stderr


def test_analyze_html_batch_needs_out_folder(run):
    result = run(str(ARTICLES), "--format", "html", *FAST)
    assert result.exit_code == 2
    assert "give --out a folder" in result.stderr


def test_analyze_out_file_not_created_when_nothing_succeeds(run, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("   ")
    out = tmp_path / "report.json"
    result = run(str(bad), "--format", "json", "--out", str(out), *FAST)
    assert result.exit_code == 2
    assert not out.exists()


def test_analyze_text_report_to_file(run, tmp_path):
    out = tmp_path / "report.txt"
    result = run(str(ARTICLES / "crlf_quotes_nbsp.txt"), "--out", str(out), *FAST)
    assert result.exit_code == 0, result.stderr
    report = out.read_text("utf-8")
    assert "crlf_quotes_nbsp" in report
    assert "\x1b[" not in report  # no terminal colour codes in a file


def test_analyze_html_batch_one_page_per_article(run, tmp_path):
    folder = tmp_path / "pages"
    inputs = [str(ARTICLES / "bom_utf8.txt"), str(HTML / "budget_vote.html")]
    result = run(*inputs, "--format", "html", "--out", str(folder), *FAST)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["bom_utf8.html", "budget_vote.html"]
    assert "<html" in (folder / "budget_vote.html").read_text("utf-8").lower()


def test_analyze_verify_numbers_leaves_out_doubted_warnings_with_a_note(run, tmp_path):
    article = tmp_path / "island.txt"
    article.write_text(
        "Island crossings cancelled\n\n"
        "The operator cancels between 40 and 60 crossings every month, its figures show. "
        "The cancellations among island routes have grown, with about 95 crossings "
        "cancelled in March alone, the operator said.\n",
        encoding="utf-8",
    )
    common = [str(article), "--format", "json", "--only", "quantities,findings"]
    plain = json.loads(run(*common, "--published", "2024-03-01").stdout)
    verified = json.loads(run(*common, "--published", "2024-03-01", "--verify-numbers").stdout)
    assert [f["kind"] for f in plain["findings"] if f["severity"] == "warning"] == [
        "range_violation"
    ]
    assert [f for f in verified["findings"] if f["severity"] == "warning"] == []
    assert any("--verify-numbers" in note for note in verified["meta"]["notes"])
