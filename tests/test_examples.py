"""The narrated scripts in examples/ run as a user would run them, and do what their output says."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from pybtex.database import parse_file

import pubkit
from pubkit.dedup import dedupe, find_duplicates

EXAMPLES = ROOT / "examples"
CV = "examples/cv.md"
BIB = "examples/scholar.bib"


def run(script: str, *args: str | Path, tmp_path: Path, expect: int = 0) -> str:
    """Run an example from the repository root (as the docs tell users to), return its standard output."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == expect, f"{script} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.parametrize("script", sorted(p.name for p in EXAMPLES.glob("*.py")))
def test_examples_use_only_the_public_api(script: str) -> None:
    source = (EXAMPLES / script).read_text(encoding="utf-8")
    assert re.search(r"^import pubkit$", source, re.M)
    assert not re.search(r"^\s*(?:from pubkit[. ]|import pubkit\.)", source, re.M)
    assert "def main(" in source and 'if __name__ == "__main__":' in source


# --- read_cv.py ------------------------------------------------------------------------------------


def test_read_cv_prints_every_paper_of_the_bundled_list_and_no_problems(tmp_path: Path) -> None:
    bib = pubkit.load(CV)
    out = run("read_cv.py", tmp_path=tmp_path)
    assert f"Read {len(bib)} papers from {CV}" in out
    assert f"CV owner: {bib.owner}" in out
    for paper in bib:
        assert f"{paper.source}" in out
        assert f"title:   {paper.title}" in out
    assert "No problems: every entry was read." in out


def test_read_cv_reports_each_problem_with_its_place_and_exits_1(tmp_path: Path) -> None:
    broken = FIXTURES / "cv" / "broken.md"
    bib = pubkit.load(broken.relative_to(ROOT))
    assert bib.problems, "the fixture is meant to hold an unreadable entry"
    out = run("read_cv.py", broken.relative_to(ROOT), tmp_path=tmp_path, expect=1)
    assert f"{len(bib.problems)} problem(s):" in out
    for problem in bib.problems:
        assert str(problem) in out
        assert problem.text.strip()[:60] in out


# --- export.py -------------------------------------------------------------------------------------


def test_export_writes_bibtex_biblatex_and_csl_json_that_other_tools_read(tmp_path: Path) -> None:
    bib = pubkit.load(CV)
    out_dir = tmp_path / "out"
    out = run("export.py", out_dir, tmp_path=tmp_path)
    for name in ("papers.bib", "papers-biblatex.bib"):
        entries = parse_file(str(out_dir / name), bib_format="bibtex").entries
        assert len(entries) == len(bib), name
        assert len(set(entries)) == len(bib)  # unique citation keys
    items = json.loads((out_dir / "papers.json").read_text(encoding="utf-8"))
    assert [item["title"] for item in items] == [paper.title for paper in bib]
    assert all(item["id"] and item["type"] and item["author"] for item in items)
    for name in ("papers.bib", "papers-biblatex.bib", "papers.json"):
        assert f"{name}: read back {len(bib)} papers, {len(bib)} with the same title" in out
    assert "@inproceedings{" in out  # the first entry is shown


def test_export_defaults_to_a_new_temporary_directory(tmp_path: Path) -> None:
    out = run("export.py", tmp_path=tmp_path)
    written = re.findall(r"^Wrote \S+\s+(\S+) \(\d+ bytes\)$", out, re.M)
    assert len(written) == 3
    for path in map(Path, written):
        assert path.is_file() and tmp_path in path.parents


def test_export_accepts_several_inputs(tmp_path: Path) -> None:
    both = pubkit.load([CV, BIB])
    run("export.py", tmp_path / "out", CV, BIB, tmp_path=tmp_path)
    entries = parse_file(str(tmp_path / "out" / "papers.bib"), bib_format="bibtex").entries
    assert len(entries) == len(both)


# --- dedupe_cv_and_bib.py -------------------------------------------------------------------------


def _section(out: str, start: str, end: str) -> str:
    return out.split(start, 1)[1].split(end, 1)[0]


def test_dedupe_example_reports_each_merged_group_with_its_reasons_and_sources(tmp_path: Path) -> None:
    both = pubkit.load([CV, BIB])
    report = find_duplicates(both)
    out = run("dedupe_cv_and_bib.py", tmp_path=tmp_path)
    assert f"Read {len(both)} records from {CV} and {BIB}" in out
    merged = _section(out, "MERGED", "LINKED")
    assert report.duplicates
    for group in report.duplicates:
        assert "; ".join(group.reasons) in merged
        for paper in group.papers:
            assert ", ".join(str(s) for s in paper.sources) in merged
    # The seed's traps: a hyphenated spelling of the same title, and a CV / .bib pair by arXiv id.
    groups = re.split(r"\n  (?=\S)", merged)  # one block per group: its title line, then its copies
    assert len(groups) == len(report.duplicates) + 1
    relabel = next(block for block in groups if "Relabeling ImageNet" in block)
    assert "Re-labeling ImageNet" in relabel
    assert "same arXiv id" in merged
    assert "examples/scholar.bib" in merged  # the CV and the .bib were merged with each other


def test_dedupe_example_links_versions_without_merging_them(tmp_path: Path) -> None:
    both = pubkit.load([CV, BIB])
    report = find_duplicates(both)
    out = run("dedupe_cv_and_bib.py", tmp_path=tmp_path)
    linked = _section(out, "LINKED, NOT MERGED", "After merging")
    assert report.versions
    for group in report.versions:
        assert "; ".join(group.reasons) in linked
    # ViDT (ICLR 2022) and its journal extension are one work at two stages: linked, both kept.
    assert "ViDT" in linked and "An Extendable, Efficient and Effective" in linked
    assert f"After merging: {report.unique} papers (from {len(both)} records)" in out


def test_dedupe_example_writes_the_merged_bibtex(tmp_path: Path) -> None:
    merged = dedupe(pubkit.load([CV, BIB]))
    target = tmp_path / "merged.bib"
    out = run("dedupe_cv_and_bib.py", CV, BIB, "-o", target, tmp_path=tmp_path)
    assert f"Wrote {len(merged)} papers to {target}" in out
    entries = parse_file(str(target), bib_format="bibtex").entries
    assert len(entries) == len(merged)
    titles = [str(entry.fields["title"]) for entry in entries.values()]
    assert sum("ImageNet" in t for t in titles) == 1  # Re-labeling / Relabeling merged into one


# --- publication_page.py ---------------------------------------------------------------------------


class _Items(HTMLParser):
    """Collects the list items of an HTML page and whether it is a whole document."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[str] = []
        self.tags: set[str] = set()
        self._open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "li":
            self._open = True
            self.items.append("")
        elif self._open:
            self.items[-1] += f"<{tag}>"

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._open = False
        elif self._open:
            self.items[-1] += f"</{tag}>"

    def handle_data(self, data: str) -> None:
        if self._open:
            self.items[-1] += data


def test_publication_page_writes_a_deduplicated_numbered_markdown_and_html_page(tmp_path: Path) -> None:
    papers = dedupe(pubkit.load([CV, BIB]))
    out = run("publication_page.py", tmp_path / "site", tmp_path=tmp_path)
    assert f"{len(papers)} papers after merging duplicates" in out

    markdown = (tmp_path / "site" / "publications.md").read_text(encoding="utf-8")
    numbers = [int(n) for n in re.findall(r"^- \[(\d+)\] ", markdown, re.M)]
    assert numbers == list(range(len(papers), 0, -1))
    assert markdown.startswith(f"# Publications of {papers.owner}")
    assert "## Conference papers" in markdown and "## Journal articles" in markdown
    assert markdown.count(f"**{papers.owner}**") == len(papers)

    parser = _Items()
    parser.feed((tmp_path / "site" / "publications.html").read_text(encoding="utf-8"))
    assert {"html", "head", "body", "ol"} <= parser.tags
    assert len(parser.items) == len(papers)
    assert all(f"<strong>{papers.owner}</strong>" in item for item in parser.items)
