"""File side of reading and writing: format guessing, several inputs, atomic writes, stdout."""

from __future__ import annotations

import os
import time
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


# -- safe files: never write over what cannot be written back --------------------------------------

CLEAN_BIB = "@article{a, title={Kept}, author={A. Author}, journal={J}, year={2020}}\n"


def _convert(*args: str) -> int:
    from pubkit.cli import main

    return main(["-q", "convert", *args])


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (CLEAN_BIB + "@article{b, author={No Title}}\n", "problem"),
        ('@string{jj = "Journal"}\n' + CLEAN_BIB, "@string"),
        ("% my notes\n" + CLEAN_BIB, "comments"),
        ("@comment{keep me}\n" + CLEAN_BIB, "comments"),
    ],
)
def test_writing_over_a_bib_input_that_would_lose_something_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, why: str
) -> None:
    path = tmp_path / "x.bib"
    path.write_text(content, encoding="utf-8")
    assert _convert(str(path), "-o", str(path)) == 1
    err = capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == content
    assert err.count("\n") == 1 and str(path) in err and why in err and "--force" in err
    assert _convert(str(path), "-o", str(path), "--force") == 0
    assert path.read_text(encoding="utf-8") != content


def test_writing_a_list_over_the_cv_it_was_read_from_is_refused(tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    bib = pubkit.load(cv)
    with pytest.raises(pubkit.errors.WriteError, match="document around its publication list"):
        pubkit.dump(bib, cv)
    assert cv.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")


def test_a_clean_bib_input_may_be_rewritten_in_place(tmp_path: Path) -> None:
    path = tmp_path / "x.bib"
    path.write_text(CLEAN_BIB, encoding="utf-8")
    assert _convert(str(path), "-o", str(path)) == 0
    assert pubkit.load(path)[0].title == "Kept"


def test_a_read_only_target_is_refused_even_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.bib"
    source.write_text(CLEAN_BIB, encoding="utf-8")
    target = tmp_path / "out.bib"
    target.write_text("mine\n", encoding="utf-8")
    target.chmod(0o444)
    assert _convert(str(source), "-o", str(target), "--force") == 1
    assert "read-only" in capsys.readouterr().err and target.read_text(encoding="utf-8") == "mine\n"


def test_write_errors_are_one_line_naming_the_target_not_a_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.bib"
    source.write_text(CLEAN_BIB, encoding="utf-8")
    missing = tmp_path / "no" / "such" / "dir" / "x.md"
    loop = tmp_path / "loop.bib"
    loop.symlink_to(loop)
    for target in (missing, loop):
        assert _convert(str(source), "-o", str(target)) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"pubkit: error: {target}: ") and err.count("\n") == 1
        assert ".tmp" not in err and "Traceback" not in err


def test_a_stale_temporary_file_from_a_killed_write_is_removed(tmp_path: Path) -> None:
    target = tmp_path / "out.bib"
    stale = tmp_path / ".out.bib.k1ll3d.tmp"
    fresh = tmp_path / ".out.bib.w0rk1n.tmp"  # another write, still running
    for leftover in (stale, fresh):
        leftover.write_text("half", encoding="utf-8")
    old = time.time() - 2 * pubkit.io.STALE_SECONDS
    os.utime(stale, (old, old))
    pubkit.dump([Paper("A Title")], target)
    assert not stale.exists() and fresh.exists()
