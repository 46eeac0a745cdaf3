"""File side of reading and writing: format guessing, several inputs, atomic writes, stdout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT

import pubkit
from pubkit import Bibliography, Paper
from pubkit.formats import guess_format

EXAMPLE = ROOT / "examples" / "cv.md"


@pytest.mark.parametrize(
    ("name", "text", "writing", "expected"),
    [
        ("cv.md", None, False, "cv"),
        ("cv.txt", None, False, "cv"),
        ("refs.bib", None, False, "bibtex"),
        ("items.json", None, False, "csl-json"),
        ("page.html", None, True, "html"),
        ("cv.md", None, True, "markdown"),
        ("cv.txt", None, True, "text"),
        ("cv.tex", None, True, "latex"),
        ("noext", "@article{a, title={T}}", False, "bibtex"),
        ("noext", ' [{"id": "a"}]', False, "csl-json"),
        ("noext", '- A B, "T", C, 2020.', False, "cv"),
    ],
)
def test_guess_format(name: str, text: str | None, writing: bool, expected: str) -> None:
    assert guess_format(name, text, writing=writing) == expected


def test_unknown_suffix_for_writing_is_a_format_error() -> None:
    with pytest.raises(pubkit.FormatError, match="cannot tell the format"):
        guess_format("out.xyz", writing=True)
    with pytest.raises(pubkit.FormatError, match="cannot write 'docx'"):
        pubkit.dumps(Bibliography(), "docx")


def test_load_several_paths_concatenates_in_order(tmp_path: Path) -> None:
    bib_path = tmp_path / "one.bib"
    bib_path.write_text("@article{x, title={Only Here}, author={Ada Lovelace}, journal={J}, year={1843}}\n")
    both = pubkit.load([EXAMPLE, bib_path])
    assert len(both) == len(pubkit.load(EXAMPLE)) + 1
    assert both[-1].source is not None and both[-1].source.path == str(bib_path)
    assert both.owner == "Sanghyuk Chun"


def test_dump_replaces_the_target_atomically_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bib"
    target.write_text("old content\n")
    pubkit.dump(pubkit.load(EXAMPLE), target)
    assert target.read_text().startswith("@")
    assert target.read_text().endswith("\n")
    assert [p.name for p in tmp_path.iterdir()] == ["out.bib"]


def test_a_failing_write_keeps_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old content\n")
    with pytest.raises(ValueError, match="numbering"):
        pubkit.dump(pubkit.load(EXAMPLE), target, numbering="sideways")
    assert target.read_text() == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_dump_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    pubkit.dump([Paper("A Title")], "-", "text")
    assert "A Title" in capsys.readouterr().out


def test_dumps_accepts_any_iterable_of_papers() -> None:
    assert "A Title" in pubkit.dumps([Paper("A Title")], "markdown")


def test_an_interrupted_write_leaves_neither_a_partial_file_nor_a_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.bib"
    target.write_text("old content\n")

    def fail(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("pubkit.io.os.replace", fail)
    with pytest.raises(OSError, match="disk full"):
        pubkit.dump(pubkit.load(EXAMPLE), target)
    assert target.read_text() == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bib"]


def test_dump_keeps_permissions_and_writes_through_symlinks(tmp_path: Path) -> None:
    target = tmp_path / "site.bib"
    target.write_text("old\n")
    target.chmod(0o644)
    link = tmp_path / "link.bib"
    link.symlink_to(target)
    pubkit.dump(pubkit.load(EXAMPLE), link)
    assert link.is_symlink()
    assert target.read_text().startswith("@")
    assert target.stat().st_mode & 0o777 == 0o644
    fresh = tmp_path / "new.bib"
    pubkit.dump(pubkit.load(EXAMPLE), fresh)
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask  # as any new file, not mkstemp's 0600
