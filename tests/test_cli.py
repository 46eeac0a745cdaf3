"""The command line: subcommands, exit codes, one-line errors, stdin/stdout."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

import pubkit
from pubkit.cli import main

EXAMPLE = ROOT / "examples" / "cv.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_show_prints_every_paper_and_a_count(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", str(EXAMPLE))
    assert code == 0
    assert out.count("\n  Sanghyuk Chun (owner)") + out.count(", Sanghyuk Chun (owner)") >= 1
    assert out.rstrip().endswith("14 papers, 0 problems")
    assert err == ""


def test_show_reports_problems_with_file_and_line(capsys: pytest.CaptureFixture[str]) -> None:
    broken = FIXTURES / "cv" / "broken.md"
    code, _out, err = run(capsys, "show", str(broken))
    assert code == 0
    assert f"{broken}:4: unbalanced quotes" in err
    assert run(capsys, "show", "--strict", str(broken))[0] == 0  # a warning: the entry was read
    unreadable = FIXTURES / "cv" / "unreadable.md"
    code, _out, err = run(capsys, "show", "--strict", str(unreadable))
    assert code == 1
    assert f"{unreadable}:4: entry has no title" in err
    assert run(capsys, "-q", "show", str(broken))[2] == ""


def test_unreadable_file_is_one_line_error_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "show", str(tmp_path / "missing.md"))
    assert code == 1
    assert err.startswith("pubkit: error: ") and err.count("\n") == 1
    assert "missing.md" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["convert"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["show", str(EXAMPLE), "--format", "nope"])
    assert exc.value.code == 2


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert pubkit.__version__ in capsys.readouterr().out
    for command in ("show", "convert"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "example" in capsys.readouterr().out


def test_convert_to_bibtex_file_from_suffix(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_path = tmp_path / "cv.bib"
    code, out, _err = run(capsys, "convert", str(EXAMPLE), "-o", str(out_path))
    assert code == 0
    assert out == ""
    assert len(pubkit.load(out_path)) == 14


def test_convert_reads_stdin_and_writes_stdout(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = EXAMPLE.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "convert", "-", "--format", "cv", "--to", "csl-json")
    assert code == 0
    assert len(pubkit.loads(out, "csl-json")) == 14


def test_convert_to_stdout_needs_a_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["convert", str(EXAMPLE)])
    assert exc.value.code == 2


def test_dedupe_merges_across_files_and_reports_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_path = tmp_path / "merged.json"
    code, out, err = run(
        capsys,
        "dedupe",
        str(EXAMPLE),
        str(ROOT / "examples" / "scholar.bib"),
        "--report",
        "json",
        "-o",
        str(out_path),
    )
    assert code == 0
    assert out == ""
    report = json.loads(err[: err.rindex("}") + 1])
    merged = pubkit.load(out_path)
    assert report["records"] == 19
    assert len(merged) == 19 - sum(len(g["papers"]) - 1 for g in report["duplicates"])
    assert "duplicate groups merged" in err.splitlines()[-1]


def test_dedupe_rejects_a_threshold_out_of_range(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["dedupe", str(EXAMPLE), "--threshold", "3"])
    assert exc.value.code == 2


def test_list_writes_a_numbered_html_list_with_writer_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", str(EXAMPLE), "--to", "html", "--dedupe", "--kind", "journal")
    assert code == 0
    assert out.count("<li") == 2
    assert re.search(r"<ol [^>]*reversed", out)
    assert "<strong>Sanghyuk Chun</strong>" in out


def test_list_bad_marker_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["list", str(EXAMPLE), "--marker", "nonsense"])
    assert exc.value.code == 2


@pytest.mark.parametrize("bad", [["--years", "abc"], ["--max-authors", "0"], ["--label", "{n}{n}"]])
def test_list_bad_option_values_are_usage_errors(capsys: pytest.CaptureFixture[str], bad: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["list", str(EXAMPLE), *bad])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_quiet_and_verbose_work_after_the_subcommand(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "convert", str(EXAMPLE), "-o", str(tmp_path / "a.bib"), "-q")[2] == ""
    assert "read 14 papers" in run(capsys, "convert", str(EXAMPLE), "-o", str(tmp_path / "b.bib"), "-v")[2]
    assert "read 14 papers" in run(capsys, "-v", "convert", str(EXAMPLE), "-o", str(tmp_path / "c.bib"))[2]
