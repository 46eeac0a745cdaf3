"""Lists as other programs see them: HTML parsed by html5lib and drawn by Chromium, LaTeX compiled by
pdflatex, Markdown converted by pandoc. External tools skip locally when absent and fail in CI."""

from __future__ import annotations

import string
import struct
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTIFACTS, SEED, require_module, require_tool, shared_file
from hypothesis import given, settings
from hypothesis import strategies as st

import pubkit
from pubkit import Author, Bibliography, Identifiers, Paper, Status, Venue, VenueKind
from pubkit.latex import strip_controls

NASTY_TITLE = (
    "<script>alert(1)</script> & $x^2$ \\input{/etc/hostname} \\end{document} 100% #1 _a_ {b} ~ ^ | "
    '"q" `t` *star* [link](http://evil.example) www.example.org a@b.org @cite ^sup^ ~sub~ Zoë'
)
NASTY = Paper(
    NASTY_TITLE,
    [Author("Zoë Müller-Łukasiewicz"), Author("O'Brien <img src=x onerror=alert(1)>", corresponding=True)],
    [Venue("R&amp;D Workshop", "R&D", VenueKind.WORKSHOP)],
    2020,
)
PLAIN = [
    Paper("Plain one", [Author("Ann Lee", equal_contribution=True), Author("Sanghyuk Chun")], year=2021),
    Paper(
        "A preprint",
        [Author("Sanghyuk Chun")],
        [Venue("arXiv", kind=VenueKind.PREPRINT)],
        2022,
        Status.PREPRINT,
        identifiers=Identifiers(arxiv="2204.03359", doi="10.48550/arXiv.2204.03359"),
    ),
]
BIB = Bibliography([NASTY, *PLAIN], owner="Sanghyuk Chun")


def parse_fragment(text: str) -> ET.Element:
    """Parse an HTML fragment strictly: any parse error (invalid HTML) raises."""
    require_module("html5lib")
    import html5lib

    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    root: ET.Element = parser.parseFragment(text)
    return root


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


# -- HTML ---------------------------------------------------------------------------------------------


def test_html_fragment_is_valid_and_reversed() -> None:
    root = parse_fragment(pubkit.dumps(BIB, "html"))
    (ol,) = root.findall("ol")
    assert "reversed" in ol.attrib
    assert ol.get("start") == "3"
    assert [li.get("value") for li in ol.findall("li")] == ["3", "2", "1"]
    legend = root.find("p")
    assert legend is not None
    assert text_of(legend) == "* indicates equal contribution. † indicates corresponding author."


def test_html_escapes_everything_from_data() -> None:
    root = parse_fragment(pubkit.dumps(BIB, "html"))
    assert not root.findall(".//script")
    assert not root.findall(".//img")
    first = root.findall(".//li")[0]
    cite = first.find("cite")
    assert cite is not None
    assert text_of(cite) == NASTY_TITLE
    assert "O'Brien <img src=x onerror=alert(1)>†" in text_of(first)
    assert "R&amp;D Workshop (R&D), 2020." in text_of(first)
    assert [a.get("href") for a in root.iter("a")] == [
        "https://arxiv.org/abs/2204.03359",
        "https://doi.org/10.48550/arXiv.2204.03359",
    ]


@pytest.mark.parametrize(
    ("options", "tag", "attributes"),
    [
        ({"numbering": "ascending"}, "ol", {"class": "pubkit-list", "start": "1"}),
        ({"numbering": "none"}, "ul", {"class": "pubkit-list"}),
    ],
)
def test_html_list_element_follows_numbering(
    options: dict[str, Any], tag: str, attributes: dict[str, str]
) -> None:
    root = parse_fragment(pubkit.dumps(BIB, "html", **options))
    (element,) = list(root)[1:]
    assert element.tag == tag
    assert element.attrib == attributes


def test_html_owner_is_strong_and_groups_have_headings() -> None:
    root = parse_fragment(pubkit.dumps(BIB, "html", group_by="kind", heading_level=3))
    assert [text_of(h) for h in root.findall("h3")] == ["Workshop papers", "Preprints", "Other"]
    assert {text_of(s) for s in root.iter("strong")} == {"Sanghyuk Chun"}
    starts = [ol.get("start") for ol in root.findall("ol")]
    assert starts == ["3", "2", "1"]


def test_html_standalone_page_is_valid() -> None:
    require_module("html5lib")
    import html5lib

    page = pubkit.dumps(BIB, "html", standalone=True, title="Publications <of> me")
    document = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    assert document.findtext("head/title") == "Publications <of> me"
    style = document.findtext("head/style") or ""
    assert 'content: "[" counter(list-item) "] "' in style
    assert document.find("body/h1") is not None


def chromium(page: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    binary = require_tool("chromium")
    command = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_chromium_renders_the_seed_page(tmp_path: Path) -> None:
    seed = pubkit.load(shared_file(SEED))
    page = tmp_path / "seed.html"
    page.write_text(
        pubkit.dumps(seed + BIB, "html", group_by="section", standalone=True, title="Sanghyuk Chun"),
        encoding="utf-8",
    )
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "lists-seed.png"
    png.unlink(missing_ok=True)
    done = chromium(page, f"--screenshot={png}", "--window-size=1000,1400", tmp_path=tmp_path)
    assert png.exists(), done.stderr[-2000:]
    assert png_size(png) == (1000, 1400)
    assert png.stat().st_size > 20_000  # a page of text, not a blank screen


def test_chromium_does_not_run_injected_markup(tmp_path: Path) -> None:
    page = tmp_path / "nasty.html"
    page.write_text(pubkit.dumps(BIB, "html", standalone=True), encoding="utf-8")
    done = chromium(page, "--dump-dom", tmp_path=tmp_path)
    dom = done.stdout
    assert "<li" in dom, done.stderr[-2000:]
    assert "<script" not in dom
    assert "<img" not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom


# -- LaTeX --------------------------------------------------------------------------------------------


def pdflatex(tex: str, tmp_path: Path) -> str:
    """Compile with pdflatex (no shell escape) and return the PDF's text."""
    binary = require_tool("pdflatex")
    pdftotext = require_tool("pdftotext")
    (tmp_path / "list.tex").write_text(tex, encoding="utf-8")
    done = subprocess.run(
        [binary, "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "list.tex"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    out = subprocess.run(
        [pdftotext, "-layout", "list.pdf", "-"], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFC", " ".join(out.stdout.split()))


def test_latex_standalone_compiles_and_shows_data_literally(tmp_path: Path) -> None:
    cjk = Paper("漢字 title", [Author("Zhang San")], year=2020)
    text = pdflatex(pubkit.dumps(BIB.with_papers([*BIB.papers, cjk]), "latex", standalone=True), tmp_path)
    for literal in (
        "<script>alert(1)</script>",
        "\\input{/etc/hostname} \\end{document} 100% #1",
        "{b}",
        "Zoë Müller",
        "O’Brien <img src=x onerror=alert(1)>",
        "R&amp;D Workshop (R&D), 2020.",
        "[4] Zoë",
        "[U+6F22][U+5B57] title",
        "arXiv preprint arXiv:2204.03359.",
    ):
        assert literal in text
    assert not (tmp_path / "hostname").exists()


def test_latex_fragment_compiles_in_a_bare_document(tmp_path: Path) -> None:
    fragment = pubkit.dumps(BIB, "latex", group_by="kind", numbering="ascending", label="n.")
    assert "\\begin{enumerate}" in fragment
    text = pdflatex(
        f"\\documentclass{{article}}\n\\begin{{document}}\n{fragment}\\end{{document}}\n", tmp_path
    )
    assert "Workshop papers 1. Zoë" in text
    assert "3. Ann Lee*, Sanghyuk Chun, “Plain one”, 2021." in text


def test_latex_seed_compiles(tmp_path: Path) -> None:
    seed = pubkit.load(shared_file(SEED))
    text = pdflatex(pubkit.dumps(seed, "latex", group_by="section", standalone=True), tmp_path)
    assert "Academic Papers (peer-reviewed conferences and workshops)" in text
    assert "[44]" in text
    assert "Uncertainty & Robustness in Deep Learning Workshop" in text


# -- Markdown through pandoc --------------------------------------------------------------------------


@pytest.mark.parametrize("reader", ["commonmark", "gfm", "markdown-smart"])
def test_markdown_renders_to_the_plain_text_entries(reader: str) -> None:
    """Escaping is right when pandoc's rendering of each Markdown item reads exactly as the text style."""
    pandoc = require_tool("pandoc")
    options: dict[str, Any] = {"group_by": "kind"}
    markdown = pubkit.dumps(BIB, "markdown", **options)
    done = subprocess.run(
        [pandoc, "-f", reader, "-t", "html5"], input=markdown, capture_output=True, text=True, check=True
    )
    root = parse_fragment(done.stdout)
    items = [" ".join(text_of(li).split()) for li in root.iter("li")]
    expected = [line for line in pubkit.dumps(BIB, "text", **options).splitlines() if line.startswith("[")]
    assert items == expected
    assert [text_of(s) for s in root.iter("strong")] == ["Sanghyuk Chun"] * 2
    assert not root.findall(".//script")
    assert [a.get("href") for a in root.iter("a")] == [
        "https://arxiv.org/abs/2204.03359",
        "https://doi.org/10.48550/arXiv.2204.03359",
    ]


def test_markdown_ordered_labels_survive_pandoc() -> None:
    pandoc = require_tool("pandoc")
    markdown = pubkit.dumps(BIB, "markdown", label="n.")  # descending: must not be renumbered upwards
    done = subprocess.run(
        [pandoc, "-f", "commonmark", "-t", "plain"],
        input=markdown,
        capture_output=True,
        text=True,
        check=True,
    )
    starts = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("- ")]
    assert starts == ["3.", "2.", "1."]


# -- properties: any text from data shows literally ---------------------------------------------------

ANY_CHARS = st.characters(
    min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs", "Cc", "Zl", "Zp")
)
MARKUP_CHARS = st.sampled_from(string.punctuation + "ab1 w:/.&;#")  # markup-heavy: the likely failures
DATA_TEXT = st.text(alphabet=st.one_of(MARKUP_CHARS, ANY_CHARS), min_size=1, max_size=40).filter(
    lambda s: s.strip() != ""
)


def random_papers(titles: list[str], names: list[str]) -> Bibliography:
    papers = [
        Paper(
            title,
            [Author(name), Author("Sanghyuk Chun", equal_contribution=True)],
            [Venue(name, title)],
            2020,
        )
        for title, name in zip(titles, names, strict=False)
    ]
    return Bibliography(papers, owner="Sanghyuk Chun")


@settings(max_examples=60, deadline=None)
@given(titles=st.lists(DATA_TEXT, min_size=1, max_size=5), names=st.lists(DATA_TEXT, min_size=5, max_size=5))
def test_html_shows_any_data_as_text(titles: list[str], names: list[str]) -> None:
    bib = random_papers(titles, names)
    root = parse_fragment(pubkit.dumps(bib, "html", numbering="none"))
    items = [text_of(li) for li in root.iter("li")]
    assert items == pubkit.dumps(bib, "text", numbering="none").splitlines()[2:]
    # bidi overrides and controls are never printed (pubkit.latex.strip_controls), all else is
    assert [text_of(c) for c in root.iter("cite")] == [strip_controls(p.title) for p in bib]


@settings(max_examples=25, deadline=None)
@given(titles=st.lists(DATA_TEXT, min_size=1, max_size=5), names=st.lists(DATA_TEXT, min_size=5, max_size=5))
@pytest.mark.parametrize("numbering", ["none", "descending"])
def test_markdown_shows_any_data_as_text(numbering: str, titles: list[str], names: list[str]) -> None:
    pandoc = require_tool("pandoc")
    bib = random_papers(titles, names)
    markdown = pubkit.dumps(bib, "markdown", numbering=numbering)
    done = subprocess.run(
        [pandoc, "-f", "commonmark", "-t", "html5", "--wrap=none"],
        input=markdown,
        capture_output=True,
        text=True,
        check=True,
    )
    root = parse_fragment(done.stdout.replace("\ufe0e", ""))  # pandoc adds a text-style selector to "↩"
    items = [" ".join(text_of(li).split()) for li in root.iter("li")]
    text = unicodedata.normalize("NFC", pubkit.dumps(bib, "text", numbering=numbering))  # as pandoc reads
    expected = [" ".join(line.split()) for line in text.splitlines()[2:]]
    assert items == expected
    assert [text_of(s) for s in root.iter("strong")] == ["Sanghyuk Chun"] * len(bib)


@settings(max_examples=8, deadline=None)
@given(titles=st.lists(DATA_TEXT, min_size=1, max_size=5), names=st.lists(DATA_TEXT, min_size=5, max_size=5))
def test_latex_compiles_any_data(
    tmp_path_factory: pytest.TempPathFactory, titles: list[str], names: list[str]
) -> None:
    bib = random_papers(titles, names)
    sentinel = Paper("Sentinel after the data", [Author("Last Author")], year=1999)
    tex = pubkit.dumps(bib + Bibliography([sentinel]), "latex", standalone=True, numbering="ascending")
    text = pdflatex(tex, tmp_path_factory.mktemp("latex"))
    assert f"[{len(bib) + 1}] Last Author, “Sentinel after the data”, 1999." in text
