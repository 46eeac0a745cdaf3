"""Publication pages for Hugo Blox and academicpages: stable files, the user's files kept, real builds."""

from __future__ import annotations

import html
import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURES, require_module, require_tool

import pubkit
from pubkit.pages import dump_pages

FORMATS = FIXTURES / "formats"


def _bib() -> pubkit.Bibliography:
    bib = pubkit.load(FORMATS / "dblp-person.xml") + pubkit.load(FORMATS / "zotero.ris")
    tricky = pubkit.Paper(
        'A "Quoted" Title: #hash, {braces} & <angle> — no year',
        [pubkit.Author("Sanghyuk Chun", is_owner=True)],
        [pubkit.Venue("yes", None, pubkit.VenueKind.JOURNAL)],
    )
    return bib.with_papers([*bib, tricky])


def _files(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("fmt", ["hugo", "academicpages"])
def test_re_export_writes_the_same_files(tmp_path: Path, fmt: str) -> None:
    first = dump_pages(_bib(), fmt, tmp_path)
    before = _files(tmp_path)
    second = dump_pages(_bib(), fmt, tmp_path)
    assert first.written == second.written and second.kept == ()
    assert _files(tmp_path) == before
    per_paper = 2 if fmt == "hugo" else 1
    assert len(before) == per_paper * len(_bib())


def test_files_pubkit_did_not_write_are_left_alone(tmp_path: Path) -> None:
    report = dump_pages(_bib(), "academicpages", tmp_path)
    mine = report.written[0]
    mine.write_text("---\ntitle: edited by hand\n---\nMy own words.\n", encoding="utf-8")
    other = tmp_path / "_publications" / "2010-01-01-older-paper.md"
    other.write_text("---\ntitle: Older\n---\n", encoding="utf-8")
    again = dump_pages(_bib(), "academicpages", tmp_path)
    assert again.kept == (mine,)
    assert mine.read_text(encoding="utf-8").endswith("My own words.\n")
    assert other.read_text(encoding="utf-8") == "---\ntitle: Older\n---\n"


def test_slugs_come_from_year_and_title(tmp_path: Path) -> None:
    report = dump_pages(_bib(), "hugo", tmp_path)
    names = [p.parent.name for p in report.written if p.name == "index.md"]
    assert names[:2] == [
        "2022-eccv-caption-correcting-false-negatives-by-collecting-machine",
        "2021-probabilistic-embeddings-for-cross-modal-retrieval",
    ]
    assert "2021-probabilistic-embeddings-for-cross-modal-retrieval-2" in names  # the same paper from RIS
    assert names[-1] == "a-quoted-title-hash-braces-angle-no-year"


def test_front_matter_and_cite_bib_read_back(tmp_path: Path) -> None:
    require_module("yaml")
    import yaml

    bib = _bib()
    dump_pages(bib, "hugo", tmp_path)
    bundle = tmp_path / "content" / "publication" / "2021-probabilistic-embeddings-for-cross-modal-retrieval"
    _, front, body = (bundle / "index.md").read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front)
    assert meta["title"] == "Probabilistic Embeddings for Cross-Modal Retrieval"
    assert meta["publication_types"] == ["paper-conference"] and meta["date"] == "2021-01-01"
    assert meta["doi"] == "10.1109/CVPR46437.2021.00831" and meta["generated_by"] == "pubkit"
    assert "**Sanghyuk Chun**" in body
    (cited,) = pubkit.load(bundle / "cite.bib")
    assert cited.title == meta["title"] and cited.identifiers.doi == meta["doi"]


def test_unknown_page_format_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="hugo, academicpages"):
        dump_pages(_bib(), "wordpress", tmp_path)


# ----------------------------------------------------------------------------------------------
# The consumers: Hugo and Jekyll build a site listing every paper

_HUGO_INDEX = """<ul>{{ range where .Site.RegularPages "Section" "publication" }}
<li class="paper">{{ .Title }}|{{ .Params.publication }}|{{ .Date.Year }}</li>{{ end }}</ul>
"""
_JEKYLL_CONFIG = """title: Publications
collections:
  publications:
    output: true
    permalink: /:collection/:path/
defaults:
  - scope: {path: "", type: publications}
    values: {layout: single}
"""
_JEKYLL_INDEX = """---
---
<ul>{% for post in site.publications %}
<li class="paper">{{ post.title }}|{{ post.venue }}|{{ post.category }}</li>{% endfor %}</ul>
"""


def _listed(page: Path) -> list[str]:
    lines = page.read_text(encoding="utf-8").splitlines()
    return [
        html.unescape(line.split('"paper">', 1)[1].split("|")[0]) for line in lines if 'class="paper"' in line
    ]


def test_hugo_builds_a_site_listing_every_paper(tmp_path: Path, seed_path: Path) -> None:
    hugo = require_tool("hugo")
    bib = pubkit.load(seed_path) + _bib()
    (tmp_path / "layouts" / "_default").mkdir(parents=True)
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "Papers"\n')
    (tmp_path / "layouts" / "index.html").write_text(_HUGO_INDEX)
    (tmp_path / "layouts" / "_default" / "single.html").write_text("<h1>{{ .Title }}</h1>{{ .Content }}")
    (tmp_path / "layouts" / "_default" / "list.html").write_text("{{ range .Pages }}{{ .Title }}{{ end }}")
    dump_pages(bib, "hugo", tmp_path)
    done = subprocess.run([hugo, "--source", str(tmp_path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(_listed(tmp_path / "public" / "index.html")) == sorted(p.title for p in bib)
    page = tmp_path / "public" / "publication" / "2021-probabilistic-embeddings-for-cross-modal-retrieval"
    assert "<strong>Sanghyuk Chun</strong>" in (page / "index.html").read_text(encoding="utf-8")


def test_jekyll_builds_an_academicpages_site_listing_every_paper(tmp_path: Path, seed_path: Path) -> None:
    jekyll = require_tool("jekyll")
    bib = pubkit.load(seed_path) + _bib()
    (tmp_path / "_layouts").mkdir()
    (tmp_path / "_config.yml").write_text(_JEKYLL_CONFIG)
    (tmp_path / "index.html").write_text(_JEKYLL_INDEX)
    (tmp_path / "_layouts" / "single.html").write_text(
        "<h1>{{ page.title }}</h1>{{ page.citation }}{{ content }}"
    )
    dump_pages(bib, "academicpages", tmp_path)
    done = subprocess.run(
        [jekyll, "build", "--source", str(tmp_path), "--destination", str(tmp_path / "_site")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(_listed(tmp_path / "_site" / "index.html")) == sorted(p.title for p in bib)


def test_pages_command_writes_the_site_and_warns_about_kept_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pubkit.cli import main

    ris = str(FORMATS / "zotero.ris")
    assert main(["pages", "--to", "hugo", ris, "-o", str(tmp_path)]) == 0
    bundles = sorted(p.name for p in (tmp_path / "content" / "publication").iterdir())
    assert len(bundles) == 5 and "wrote 10 files for 5 papers" in capsys.readouterr().err
    (tmp_path / "content" / "publication" / bundles[0] / "index.md").write_text("mine\n")
    assert main(["pages", "--to", "hugo", ris, "-o", str(tmp_path)]) == 0
    assert "not written by pubkit" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["pages", ris, "-o", str(tmp_path)])  # --to is required


@pytest.mark.parametrize("fmt", ["hugo", "academicpages"])
def test_prune_removes_only_pubkit_pages_of_papers_gone(tmp_path: Path, fmt: str) -> None:
    bib = _bib()
    first = dump_pages(bib, fmt, tmp_path)
    folder = tmp_path / ("_publications" if fmt == "academicpages" else "content/publication/my-talk")
    mine = folder / ("my-talk.md" if fmt == "academicpages" else "index.md")
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text("---\ntitle: My talk\n---\n", encoding="utf-8")
    kept = dump_pages(bib[:2], fmt, tmp_path)
    assert kept.removed == () and all(p.exists() for p in first.written)  # without prune nothing goes
    pruned = dump_pages(bib[:2], fmt, tmp_path, prune=True)
    assert set(pruned.removed) == set(first.written) - set(pruned.written)
    assert all(p.exists() for p in pruned.written) and mine.exists()
    assert not any(p.exists() for p in pruned.removed)
    if fmt == "hugo":
        assert len(list((tmp_path / "content" / "publication").iterdir())) == 3  # 2 papers + mine
