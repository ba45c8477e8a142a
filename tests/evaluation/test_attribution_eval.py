"""Reading PolNeAR's layout and scoring attributions, on a tiny folder written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimscope.contract.model import Attribution, Source, Span
from claimscope.errors import InputError
from claimscope.evaluation.attribution import (
    GoldAttribution,
    read_ann,
    read_polnear,
    score_articles,
)

TEXT = (
    "Mayor wins vote\n\n"
    "“We kept our word,” the mayor said, “and the bridge is open.”\n"
    "Critics said the bridge cost too much.\n"
)


def _off(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def _ann() -> str:
    q1, q2 = _off("“We kept our word,”"), _off("“and the bridge is open.”")
    src, cue = _off("the mayor"), _off("said")
    c_src, c_cue = _off("Critics"), _off("said the bridge")
    c_cue = (c_cue[0], c_cue[0] + 4)
    content = _off("the bridge cost too much")
    return "\n".join(
        [
            f"T1\tSource {src[0]} {src[1]}\tthe mayor",
            f"T2\tCue {cue[0]} {cue[1]}\tsaid",
            f"T3\tContent {q1[0]} {q1[1]};{q2[0]} {q2[1]}\t“We kept our word,”",
            "continued text of a span that crossed a line break",
            f"T4\tAttribution {cue[0]} {cue[1]}\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            f"T5\tSource {c_src[0]} {c_src[1]}\tCritics",
            f"T6\tCue {c_cue[0]} {c_cue[1]}\tsaid",
            f"T7\tContent {content[0]} {content[1]}\tthe bridge cost too much",
            f"T8\tAttribution {c_cue[0]} {c_cue[1]}\tsaid",
            "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
            f"T9\tDiscuss {content[0]} {content[1]}\tthe bridge cost too much",
            "#1\tAnnotatorNotes T9\ta note",
            "",
        ]
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "mayor.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / "mayor_aaaa.ann").write_text(_ann(), encoding="utf-8")
    (root / "attributions" / "mayor_bbbb.ann").write_text("", encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text(
        "compartment\tfilename\tannotators\ndev\tmayor\taaaa|bbbb\n", encoding="utf-8"
    )
    return root


def test_attribution_eval_reads_discontinuous_content_and_roles() -> None:
    gold = read_ann(_ann())
    assert len(gold) == 2
    first = gold[0]
    assert len(first.content) == 2
    assert TEXT[first.source[0][0] : first.source[0][1]] == "the mayor"


def test_attribution_eval_uses_first_listed_annotator(folder: Path) -> None:
    [article] = read_polnear(folder)
    assert article.name == "mayor" and len(article.attributions) == 2


def test_attribution_eval_needs_metadata_when_annotators_disagree(folder: Path) -> None:
    (folder.parent / "metadata.tsv").unlink()
    with pytest.raises(InputError, match="metadata"):
        read_polnear(folder)


def test_attribution_eval_rejects_a_folder_without_the_layout(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a PolNeAR folder"):
        read_polnear(tmp_path)


def _attr(
    content: tuple[int, int], cue: tuple[int, int] | None, source: tuple[int, int] | None
) -> Attribution:
    def span(r: tuple[int, int]) -> Span:
        return Span(start=r[0], end=r[1], text=TEXT[r[0] : r[1]])

    src = None
    if source is not None:
        s = span(source)
        src = Source(start=s.start, end=s.end, text=s.text)
    return Attribution(id="a1", source=src, cue=span(cue) if cue else None, content=span(content))


def test_attribution_eval_dice_threshold_and_source_overlap() -> None:
    gold = read_ann(_ann())
    whole_quote = (_off("“We kept")[0], _off("open.”")[1])
    right = _attr(whole_quote, _off("said"), _off("mayor"))
    too_short = _attr(_off("much"), (TEXT.rindex("said"), TEXT.rindex("said") + 4), _off("Critics"))
    scores = score_articles([([right, too_short], gold)])
    assert scores.content.tp == 1  # the split quote matches; "much" is under Dice 0.5
    assert scores.cue.tp == 2 and scores.source.tp == 2
    assert scores.matched == 1 and scores.source_accuracy == 1.0
    assert scores.joint.tp == 1 and scores.joint.f1 == pytest.approx(0.5)


def test_attribution_eval_wrong_source_fails_joint_only() -> None:
    gold = [GoldAttribution(content=(_off("the bridge cost too much"),), source=(_off("Critics"),))]
    pred = _attr(_off("the bridge cost too much"), None, _off("the mayor"))
    scores = score_articles([([pred], gold)])
    assert scores.content.f1 == 1.0
    assert scores.source_accuracy == 0.0 and scores.joint.tp == 0


@pytest.mark.issue(3)
def test_attribution_eval_shared_cue_is_one_attribution_with_fragments() -> None:
    # gold: one attribution whose content is both halves; the layer gives the second half
    # (a quote continuing its speaker) the same cue and source as the first
    first, second = _off("“We kept our word,”"), _off("“and the bridge is open.”")
    gold = [GoldAttribution(content=(first, second), cue=(_off("said"),), source=(_off("mayor"),))]
    pred = [
        _attr(first, _off("said"), _off("mayor")),
        _attr(second, _off("said"), _off("mayor")),
    ]
    scores = score_articles([(pred, gold)])
    assert scores.content.n_pred == 1 and scores.content.f1 == 1.0
    assert scores.cue.f1 == 1.0 and scores.source.f1 == 1.0 and scores.joint.f1 == 1.0
    # without a shared cue they stay two predictions: one matches, one does not
    apart = score_articles([([pred[0], _attr(second, None, _off("mayor"))], gold)])
    assert apart.content.n_pred == 2 and apart.content.tp == 1


@pytest.mark.model
def test_attribution_eval_cli_prints_scores_and_rule(folder: Path) -> None:
    from typer.testing import CliRunner

    from claimscope.cli import app

    result = CliRunner().invoke(app, ["eval", "attribution", str(folder)])
    assert result.exit_code == 0, result.output
    lines = dict(line.split("\t", 1) for line in result.output.strip().splitlines())
    assert lines["articles"] == "1" and lines["gold"] == "2"
    for key in ("content_F1", "cue_F1", "source_F1", "joint_F1", "source_accuracy_matched"):
        assert 0.0 <= float(lines[key]) <= 1.0
    assert "Dice >= 0.5" in lines["matching"]


def test_attribution_eval_cli_bad_folder_is_one_line_error(tmp_path: Path) -> None:
    from claimscope.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["eval", "attribution", str(tmp_path)])
    assert exit_info.value.code == 2
