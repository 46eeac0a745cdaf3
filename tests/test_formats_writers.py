"""JSON Resume, RenderCV and Hayagriva writers, each checked by its real consumer."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, IN_CI, SEED, SHARED, require_module, require_tool, shared_file

import pubkit

NASTY = [
    'Say "no": #1 - yes',
    "null",
    "- starts like a list item",
    "@at & *star* [brackets] {braces} %percent `tick`",
    "line\u2028separator and next\u0085line",
    "Ünïcödé — “quotes” 1.0e3",
    "trailing colon:",
    "10",
]


def _papers() -> pubkit.Bibliography:
    return pubkit.load(FIXTURES / "formats" / "zotero.ris", owner="Sanghyuk Chun") + pubkit.load(
        FIXTURES / "formats" / "dblp-person.xml"
    )


def _nasty_papers() -> list[pubkit.Paper]:
    return [
        pubkit.Paper(
            text,
            [pubkit.Author("Ada Lovelace", is_owner=True), pubkit.Author(f"Bob {i}x")],
            [pubkit.Venue(text, None, pubkit.VenueKind.JOURNAL)],
            2000 + i,
            pubkit.Status.ACCEPTED if i % 2 else pubkit.Status.PUBLISHED,
        )
        for i, text in enumerate(NASTY)
    ]


# ----------------------------------------------------------------------------------------------
# YAML written by pubkit reads back as the same values


@pytest.mark.parametrize("fmt", ["rendercv", "hayagriva"])
def test_yaml_output_keeps_every_string_as_a_string(fmt: str) -> None:
    require_module("yaml")
    import yaml

    papers = _nasty_papers()
    data = yaml.safe_load(pubkit.dumps(papers, fmt))
    if fmt == "rendercv":
        entries = data["cv"]["sections"]["publications"]
        titles = [e["title"].replace("\\", "") for e in entries]
    else:
        entries = list(data.values())
        titles = [re.sub(r"\\(.)", r"\1", e["title"]) for e in entries]  # Hayagriva escapes {}$\\
    assert titles == [p.title for p in papers]
    assert all(isinstance(e["date"], str) for e in entries)


def test_rendercv_marks_the_owner_bold_and_says_the_status() -> None:
    require_module("yaml")
    import yaml

    data = yaml.safe_load(pubkit.dumps(_papers(), "rendercv"))
    assert data["cv"]["name"] == "Sanghyuk Chun"
    first = data["cv"]["sections"]["publications"][0]
    assert first["authors"][0] == "**Sanghyuk Chun**" and first["doi"] == "10.1109/CVPR46437.2021.00831"
    nasty = yaml.safe_load(pubkit.dumps(_nasty_papers(), "rendercv", name="Ada"))
    assert nasty["cv"]["sections"]["publications"][1]["journal"] == "Accepted at null"


# ----------------------------------------------------------------------------------------------
# JSON Resume: the official schema from npm


def _resume_schema() -> dict[str, object]:
    """schema.json of npm's @jsonresume/schema, which .ci/run installs (skip locally, fail in CI)."""
    base = Path(os.environ.get("PUBKIT_NPM", Path.home() / ".cache" / "pubkit" / "npm"))
    path = base / "node_modules" / "@jsonresume" / "schema" / "schema.json"
    if not path.exists():
        message = f"npm package @jsonresume/schema is not installed at {path} (.ci/run installs it)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    schema: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@pytest.mark.parametrize("source", ["papers", "nasty", "seed"])
def test_json_resume_validates_against_the_official_schema(source: str) -> None:
    require_module("jsonschema")
    import jsonschema

    if source == "seed":
        bib = pubkit.load(shared_file(SEED))
    else:
        bib = _papers() if source == "papers" else pubkit.Bibliography(_nasty_papers())
    document = json.loads(pubkit.dumps(bib, "json-resume"))
    validator = jsonschema.Draft7Validator(_resume_schema(), format_checker=jsonschema.FormatChecker())
    assert [e.message for e in validator.iter_errors(document)] == []
    assert [p["name"] for p in document["publications"]] == [p.title for p in bib]


def test_json_resume_item_carries_venue_date_link_and_authors() -> None:
    items = json.loads(pubkit.dumps(_papers(), "json-resume", document=False))
    assert items[0] == {
        "name": "Probabilistic Embeddings for Cross-Modal Retrieval",
        "publisher": "2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
        "releaseDate": "2021-06",
        "url": "https://doi.org/10.1109/CVPR46437.2021.00831",
        "summary": "Sanghyuk Chun, Seong Joon Oh, Rafael Sampaio de Rezende, Yannis Kalantidis, Diane Larlus",
    }


# ----------------------------------------------------------------------------------------------
# RenderCV renders the file


def test_rendercv_render_accepts_the_seed(tmp_path: Path, seed_path: Path) -> None:
    """`rendercv render` validates the file and writes the CV (Markdown and HTML: its PDF step needs a
    Typst package from the internet, which CI has no access to)."""
    require_module("rendercv")
    bib = pubkit.load(seed_path) + pubkit.Bibliography(_nasty_papers())
    pubkit.dump(bib, tmp_path / "cv.yaml", "rendercv")
    done = subprocess.run(
        [sys.executable, "-m", "rendercv", "render", "cv.yaml", "--dont-generate-pdf", "--dont-generate-png"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (markdown,) = (tmp_path / "rendercv_output").glob("*.md")
    text = " ".join(markdown.read_text(encoding="utf-8").split())
    missing = [p.title for p in bib if " ".join(p.title.split()) not in text.replace("\\", "")]
    assert missing == []
    assert "**Sanghyuk Chun**" in text


# ----------------------------------------------------------------------------------------------
# Hayagriva: Typst compiles a document citing every entry


def test_typst_compiles_a_document_citing_every_hayagriva_entry(tmp_path: Path, seed_path: Path) -> None:
    require_module("typst")
    import typst

    bib = pubkit.load(seed_path) + _papers() + pubkit.Bibliography(_nasty_papers())
    pubkit.dump(bib, tmp_path / "refs.yml", "hayagriva")
    keys = re.findall(r"^(\S+):$", (tmp_path / "refs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    assert len(keys) == len(bib)
    citations = " ".join(f"#cite(<{k}>)" for k in keys)
    (tmp_path / "main.typ").write_text(f'{citations}\n#bibliography("refs.yml", style: "ieee")\n')
    typst.compile(str(tmp_path / "main.typ"), output=str(tmp_path / "main.pdf"))
    pdftotext = require_tool("pdftotext")
    text = subprocess.run(
        [pdftotext, str(tmp_path / "main.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"[{len(bib)}]" in text and "Probabilistic" in text


def test_hayagriva_keys_are_typst_labels_and_urls_absolute() -> None:
    require_module("yaml")
    import yaml

    relative, absolute = pubkit.Identifiers(url="files/a.pdf"), pubkit.Identifiers(url="https://b.org")
    papers = [
        pubkit.Paper("A", source=pubkit.Source(key="x+y"), identifiers=relative),
        pubkit.Paper("B", source=pubkit.Source(key="x-y"), identifiers=absolute),
    ]
    data = yaml.safe_load(pubkit.dumps(papers, "hayagriva"))
    assert list(data) == ["x-y", "x-y-2"]
    assert "url" not in data["x-y"] and data["x-y-2"]["url"] == "https://b.org"


def test_typst_compiles_a_real_bibtex_corpus_through_hayagriva(tmp_path: Path) -> None:
    """502 entries of a real BibTeX file (odd keys, relative links, LaTeX): every one cited."""
    require_module("typst")
    import typst

    path = shared_file(SHARED / "bib-corpus" / "cryptobib_db.bib.gz")
    bib = pubkit.loads(gzip.decompress(path.read_bytes()).decode("utf-8"), "bibtex")
    pubkit.dump(bib, tmp_path / "refs.yml", "hayagriva")
    keys = re.findall(r"^(\S+):$", (tmp_path / "refs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    assert len(keys) == len(bib) > 500
    citations = " ".join(f"@{k}" for k in keys)
    (tmp_path / "main.typ").write_text(f'{citations}\n#bibliography("refs.yml", style: "ieee")\n')
    typst.compile(str(tmp_path / "main.typ"), output=str(tmp_path / "main.pdf"))
    assert (tmp_path / "main.pdf").read_bytes().startswith(b"%PDF")
