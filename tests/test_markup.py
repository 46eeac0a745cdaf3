"""The markup layer: every markup read into blocks with plain text, spans, exact source lines and headings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURES, REAL_LISTS, SEED, require_module, shared_file

import pubkit
from pubkit.reading.markup import MARKUPS, Block, Document, guess_markup, parse

MARKUP_FIXTURES = FIXTURES / "markup"


def _read(path: Path) -> Document:
    return parse(path.read_text(encoding="utf-8"), path=str(path))


def _block(document: Document, fragment: str) -> Block:
    """The one block whose text holds `fragment`."""
    found = [b for b in document.blocks if fragment in b.text]
    assert len(found) == 1, [b.text for b in found]
    return found[0]


def _spans(block: Block, kind: str) -> list[tuple[str, str | None]]:
    return [(block.text[s.start : s.end], s.target) for s in block.spans if s.kind == kind]


def _line_of(block: Block, word: str) -> int:
    return block.line_at(block.text.index(word))


def _check_shape(document: Document, *, html_comments: bool = True) -> None:
    """What every reader promises: clean text, spans inside it, a sorted line map starting at offset 0."""
    for block in document.blocks:
        assert block.text, block
        assert block.text == block.text.strip()
        assert "  " not in block.text and " \n" not in block.text and "\n " not in block.text
        assert not html_comments or "<!--" not in block.text
        assert block.breaks[0][0] == 0
        offsets = [offset for offset, _ in block.breaks]
        lines = [line for _, line in block.breaks]
        assert offsets == sorted(set(offsets)) and lines == sorted(lines)
        assert all(0 <= s.start < s.end <= len(block.text) for s in block.spans)
        assert block.kind in {"item", "paragraph", "heading", "aside"}
        headings = [b for b in document.blocks if b.kind == "heading"]
        assert len(headings) == len(document.headings)


# -- choosing the markup ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("cv.md", "markdown"),
        ("cv.QMD", "markdown"),
        ("cv.Rmd", "markdown"),
        ("a/cv.htm", "html"),
        ("cv.jemdoc", "jemdoc"),
        ("cv.tex", "latex"),
        ("cv.org", "org"),
        ("cv.rst", "rst"),
    ],
)
def test_markup_is_chosen_by_suffix(path: str, expected: str) -> None:
    assert guess_markup(path, "plain words") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publications\n\n1. Lee, A. A title. J. Sci. 2020.\n", "text"),
        ("# Kai\n\n- **Kai**, Lee. Wells. [pdf](https://x.org/a), 2020.\n", "markdown"),
        ("1. Lee, A. *Deep wells*. J. Water, 2020.\n2. Lee, A. *Shallow wells*. 2019.\n", "markdown"),
        ("1. Lee, A.*, Roe, B.* Deep wells. J. Water, 2020.\n", "text"),
        ("<ul>\n<li>Lee, A. A title.</li>\n</ul>\n", "html"),
        ("\\begin{itemize}\n\\item Lee, A. \\textit{A title}.\n\\end{itemize}\n", "latex"),
        ("# jemdoc: menu{MENU}{x.html}\n== Papers\n- Lee, A.\n", "jemdoc"),
        ("#+TITLE: Papers\n* Journal\n- Lee, A.\n", "org"),
        ("Papers\n======\n\n.. contents::\n\n- **Lee, A.** and Roe, B. *Deep wells*.\n", "rst"),
    ],
)
def test_markup_is_sniffed_without_a_telling_suffix(text: str, expected: str) -> None:
    assert guess_markup("cv.txt", text) == expected
    assert guess_markup(None, text) == expected


def test_markdown_in_a_txt_file_is_read_as_markdown() -> None:
    document = _read(MARKUP_FIXTURES / "cv_markdown.txt")
    assert document.markup == "markdown"
    assert _spans(_block(document, "Shallow wells"), "bold") == [("Kai Sørensen", None)]


def test_unknown_markup_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown markup 'docx'"):
        parse("text", markup="docx")
    assert set(MARKUPS) == {
        "markdown",
        "html",
        "jemdoc",
        "latex",
        "org",
        "rst",
        "asciidoc",
        "typst",
        "mediawiki",
        "rtf",
        "yamldata",
        "tomldata",
        "delimited",
        "dokuwiki",
        "troff",
        "textile",
        "lyx",
        "notebook",
        "xmlrecords",
        "text",
    }


# -- one fixture per markup ------------------------------------------------------------------------


def test_markdown_fixture() -> None:
    document = _read(MARKUP_FIXTURES / "cv.md")
    _check_shape(document)
    assert document.title == "Publications of Oskar Brandvold"
    assert not any("Hidden" in b.text or "include" in b.text for b in document.blocks)
    assert [h.text for h in document.headings] == ["Publications", "Journal papers", "Talks"]
    first = _block(document, "Glacier memory")
    assert (first.kind, first.number, first.line) == ("item", 3, 15)
    assert first.text.startswith('Oskar Brandvold*, Ines Maalouf*. "Glacier')
    assert _spans(first, "bold") == [("Oskar Brandvold", None)]
    assert _spans(first, "link") == [("pdf", "https://example.org/gm.pdf")]
    assert _line_of(first, "Nature") == 16
    assert [h.text for h in first.headings] == ["Publications", "Journal papers"]
    second = _block(document, "Firn density")
    assert second.number == 7
    assert second.text.endswith("2019†.\n[Oral]")
    assert _spans(second, "bold") == [("Oskar Brandvold", None)]
    assert _spans(second, "italic") == [("Firn density maps", None)]
    assert _spans(second, "sup") == [("†", None)]
    assert _line_of(second, "[Oral]") == 19
    third = _block(document, "Snow lines")
    assert third.number == 12 and third.text.startswith("Brandvold, O. code-like")
    assert _spans(third, "underline") == [("Snow lines", None)]
    assert _spans(third, "code") == [("code-like", None)]
    assert _spans(third, "strike") == [("struck", None)]
    assert _block(document, "Melt ponds").text == "Maalouf, I. Melt ponds. Polar Sci. 2017."
    definition = _block(document, "Ice talk")
    assert definition.kind == "item" and definition.text.startswith("2016\nBrandvold, O.")
    assert _line_of(definition, "Tromsø") == 28
    # an abstract folded away in `<details>` is what the page shows on a click: no block
    assert not [b for b in document.blocks if "keep a memory" in b.text]


def test_markdown_year_markers_stay_in_the_text() -> None:
    document = parse("2019. Lee, A. A year-first entry.\n", markup="markdown")
    assert [(b.text, b.number) for b in document.blocks] == [("2019. Lee, A. A year-first entry.", None)]


def test_markdown_fenced_code_is_no_entry_but_an_indented_block_is_text() -> None:
    source = "# P\n\n```bibtex\n@article{x, title={T}}\n```\n\n    Lee, A. Indented entry. 2020.\n"
    document = parse(source, markup="markdown")
    assert [(b.text, b.line) for b in document.blocks] == [("P", 1), ("Lee, A. Indented entry. 2020.", 7)]


def test_html_fixture() -> None:
    document = _read(MARKUP_FIXTURES / "cv.html")
    _check_shape(document)
    assert document.title == "Pages"
    assert not any(
        "Hidden" in b.text or "not an entry" in b.text or "color" in b.text for b in document.blocks
    )
    first = _block(document, "Wave & tide")
    assert (first.kind, first.number) == ("item", 5)
    assert first.text == "L. Ferreyra and P. Nakagawa*. Wave & tide coupling.\nOcean Lett. 3 (2020)."
    assert _spans(first, "link") == [("Wave & tide coupling", "https://doi.org/10.9/x")]
    assert _spans(first, "bold") == [("L. Ferreyra", None)]
    assert _line_of(first, "Ocean") == 8
    assert _block(document, "Swell").number == 6
    assert _spans(_block(document, "Swell"), "underline") == [("L. Ferreyra", None)]
    nested = _block(document, "Rip currents")
    assert nested.number == 9 and nested.text.endswith("2017.\nSecond paragraph of the same item.")
    assert _spans(nested, "strike") == [("Draft", None)]
    assert _block(document, "Defined entry").text == "2015\nFerreyra, L. Defined entry."
    assert _block(document, "Table entry").text == "2014\nFerreyra, L. Table entry."
    assert _block(document, "Plain div entry").kind == "paragraph"
    assert [h.text for h in _block(document, "Plain div").headings] == [
        "Dr. Lucia Ferreyra",
        "Selected Papers",
    ]


def test_html_list_on_one_line_gives_one_block_per_item() -> None:
    document = parse(
        "<ul><li>Lee, A. One.</li><li>Roe, B. Two.</li><li>Poe, C. <b>Three</b>.</li></ul>", markup="html"
    )
    assert [b.text for b in document.blocks] == ["Lee, A. One.", "Roe, B. Two.", "Poe, C. Three."]
    assert all(b.kind == "item" and b.line == 1 for b in document.blocks)


def test_html_double_break_outside_lists_separates_entries() -> None:
    source = "<p>Lee, A. One.<br>Nature 2020.<br><br>\nRoe, B. Two.<br/>\n<br />Poe, C.</p>"
    source += "<ul><li>a<br><br>b</li></ul>"
    document = parse(source, markup="html")
    assert [(b.text, b.line) for b in document.blocks] == [
        ("Lee, A. One.\nNature 2020.", 1),
        ("Roe, B. Two.", 2),
        ("Poe, C.", 3),
        ("a\nb", 3),
    ]


def test_text_lines_longer_than_any_wrap_width_are_one_entry_each() -> None:
    first = (
        "Lee, A. A long unwrapped entry that runs well past any wrap width, as exported lists do. "
        "Nature 2020."
    )
    second = (
        "Roe, B. Another unwrapped entry that runs past the wrap width of any text editor. Proc. ICML, 2019."
    )
    document = parse(f"{first}\n{second}\n\nshort wrapped\nlines join\n", markup="text")
    assert [(b.text, b.line) for b in document.blocks] == [
        (first, 1),
        (second, 2),
        ("short wrapped lines join", 4),
    ]


def test_jemdoc_fixture() -> None:
    document = _read(MARKUP_FIXTURES / "cv.jemdoc")
    _check_shape(document)
    assert document.title == "Pages of Wren Okonkwo"
    assert not any("Hidden" in b.text or "code, not" in b.text for b in document.blocks)
    first = _block(document, "Sparse Routing")
    assert first.text.splitlines()[1] == "Wren Okonkwo#, Tal Ben-Ami#, Rui Costa*."
    assert _spans(first, "bold") == [("Sparse Routing in Mesh Networks", None)]
    assert _spans(first, "italic") == [("Wren Okonkwo", None)]
    assert _spans(first, "underline") == [("NetConf 2022", None)]
    assert _spans(first, "link") == [
        ("pdf", "https://arxiv.org/abs/2201.00001"),
        ("code", "https://github.com/example/sr"),
    ]
    assert first.text.endswith("[pdf] [code]")
    assert _line_of(first, "[code]") == 10
    second = _block(document, "Dense Routing")
    assert _spans(second, "code") == [("arXiv", None)]
    assert ("Spotlight", None) in _spans(second, "bold")
    assert _block(document, "Raw HTML paragraph").line == 17
    assert _spans(_block(document, "A bullet"), "link") == [("link text", "https://example.org/b")]


def test_jemdoc_tables_give_one_entry_per_row_and_code_blocks_none() -> None:
    source = (
        "== Papers\n~~~\n{}{table}{pubs}\n2020 | *Lee, A.* Deep nets. ||\n2019 | Roe, B. Wide nets. ||\n~~~\n"
    )
    source += "~~~\n{Code}{python}\nx = 1\n~~~\n"
    document = parse(source, markup="jemdoc")
    rows = [b for b in document.blocks if b.kind != "heading"]
    assert [(b.text, b.line) for b in rows] == [
        ("2020\nLee, A. Deep nets.", 4),
        ("2019\nRoe, B. Wide nets.", 5),
    ]
    assert _spans(rows[0], "bold") == [("Lee, A.", None)]


def test_latex_fixture() -> None:
    document = _read(MARKUP_FIXTURES / "cv.tex")
    _check_shape(document)
    assert document.title == "Mira Quellbrunn | Curriculum Vitae"  # (moderncv's `\\title`, a line under it)
    assert not any("hidden" in b.text.lower() or "comment" in b.text for b in document.blocks)
    assert [(h.text, h.level) for h in document.headings] == [
        ("Journal Articles", 1),
        ("Conference Papers", 2),
    ]
    first = _block(document, "Sparse gauges")
    assert first.text == (
        "M. Quellbrunn, T. Ostrander* and L. Böhm. Sparse gauges for river networks. "
        "J. Hydrol. Res. 12, 101–115 (2021). doi"
    )
    assert _spans(first, "bold") == [("M. Quellbrunn", None)]
    assert _spans(first, "sup") == [("*", None)]
    assert _spans(first, "link") == [("doi", "https://doi.org/10.1/abc_d")]
    assert (
        _line_of(first, "Böhm") == 10 and _line_of(first, "Sparse") == 11 and _line_of(first, "Hydrol") == 12
    )
    second = _block(document, "Café-scale")
    assert second.number == 7 and second.text.endswith("Café-scale flows,\nWater Lett. (2019).")
    assert _spans(second, "underline") == [("Quellbrunn, M.", None)]
    cventry = _block(document, "Flood maps")
    assert (
        cventry.kind == "item"
        and cventry.text == "2020\nFlood maps from phones\nProc. HydroConf\nVienna\nwith R. Anand"
    )
    entry = _block(document, "Root uptake")
    assert entry.text == "09/18\nQuellbrunn, M.; Anand, R.\nSoil Sci.\nRoot uptake revisited"
    assert _spans(entry, "italic") == [("Soil Sci.", None)]
    bibitem = _block(document, "Wet feet")
    assert bibitem.text == "M. Quellbrunn and R. Anand. Wet feet. https://x.org/p"
    assert _spans(bibitem, "bold") == [("R. Anand", None)]
    assert _spans(bibitem, "italic") == [("feet", None)]
    assert _block(document, "Dry feet").number == 12
    assert not any(b.text == "99" for b in document.blocks)


def test_latex_fragment_without_document_environment() -> None:
    document = parse(
        "\\section{Papers}\n\\begin{enumerate}\n\\item A.~Lee. \\emph{Title one}. 2020.\n"
        "\\item[{[4]}] B. Roe. Title two. 2019.\n\\end{enumerate}\n",
        markup="latex",
    )
    assert [(b.kind, b.number, b.text) for b in document.blocks] == [
        ("heading", None, "Papers"),
        ("item", None, "A. Lee. Title one. 2020."),
        ("item", 4, "B. Roe. Title two. 2019."),
    ]


def test_org_fixture() -> None:
    document = _read(MARKUP_FIXTURES / "cv.org")
    _check_shape(document)
    assert document.title == "Tomas Vendrell -- Publications"
    assert not any("Hidden" in b.text or "print(" in b.text or "comment" in b.text for b in document.blocks)
    assert [(h.text, h.level) for h in document.headings] == [("Journal articles", 1), ("In review", 2)]
    first = _block(document, "Tidal mixing")
    assert first.number == 1 and first.text.startswith("Vendrell, T. and Okafor, N. (2022).")
    assert _spans(first, "bold") == [("Vendrell, T.", None)]
    assert _spans(first, "italic") == [("Tidal mixing in shallow bays", None)]
    assert _spans(first, "link") == [("doi", "https://doi.org/10.5/tm.22")]
    assert _line_of(first, "Coastal") == 7
    second = _block(document, "Salt wedges")
    assert (
        second.text
        == "Okafor, N., Vendrell, T. (2020). Salt wedges revisited.\nEstuaries 9. preprint https://x.org/sw"
    )
    assert _spans(second, "underline") == [("Vendrell, T.", None)]
    assert _spans(second, "code") == [("preprint", None)]
    assert _spans(second, "link") == [("https://x.org/sw", "https://x.org/sw")]
    assert [h.text for h in _block(document, "Foam lines").headings] == ["Journal articles", "In review"]


def test_rst_fixture() -> None:
    document = _read(MARKUP_FIXTURES / "cv.rst")
    _check_shape(document)
    assert not any(
        "Hidden" in b.text or "comment" in b.text or "directive" in b.text for b in document.blocks
    )
    assert [(h.text, h.level) for h in document.headings] == [
        ("Ilse Marchetti", 1),
        ("Refereed papers", 2),
        ("Talks", 3),
    ]
    first = _block(document, "Quiet lattices")
    assert first.kind == "item" and first.text.endswith("Phys. Rev. Q 4, 12--19. doi")
    assert _spans(first, "bold") == [("Marchetti, I.", None)]
    assert _spans(first, "italic") == [("Quiet lattices", None)]
    assert _spans(first, "link") == [("doi", "https://doi.org/10.7/ql")]
    assert _line_of(first, "Phys.") == 15
    assert _spans(_block(document, "Loud lattices"), "code") == [("arXiv:1901.00001", None)]
    assert _block(document, "Lattices, 2018").text.endswith("2018. talks")
    assert (
        _block(document, "Noisy lattices").text
        == "Marchetti, I. and Dube, K.\nNoisy lattices. Phys. Lett. 2 (2017)."
    )


def test_rst_definition_list_items_keep_the_term_on_its_own_line() -> None:
    source = "Papers\n======\n\n2019\n   Lee, A. Deep nets.\n   Nature.\n\n2018\n   Roe, B. Wide nets.\n"
    items = [b for b in parse(source, markup="rst").blocks if b.kind == "item"]
    assert [b.text for b in items] == ["2019\nLee, A. Deep nets. Nature.", "2018\nRoe, B. Wide nets."]
    assert _line_of(items[0], "Nature") == 6


def test_text_fixture() -> None:
    document = _read(MARKUP_FIXTURES / "cv.txt")
    _check_shape(document)
    assert [(h.text, h.level) for h in document.headings] == [
        ("Publications of Ana Lindqvist", 2),  # a title-case line standing alone
        ("JOURNAL ARTICLES", 1),
        ("Conference Papers", 2),
    ]
    items = [(b.number, b.text.split(".")[0]) for b in document.blocks if b.kind == "item"]
    assert [number for number, _ in items] == [1, 2, 3, 4, None, None]
    wrapped = _block(document, "Hard-wrapped")
    assert (
        wrapped.text
        == "Lindqvist, A., Moreau, P. (2020). Hard-wrapped entries across two lines. J. Wrap. 4, 1-9."
    )
    assert _line_of(wrapped, "across") == 5 and _line_of(wrapped, "two") == 6
    assert _block(document, "Bulleted").text == "Lindqvist, A. Bulleted entry, 2016."
    assert (
        _block(document, "Talk paper").text == "Lindqvist, A. Talk paper, 2015. continued on a second line."
    )


def test_text_years_starting_entries_stay_and_long_lists_keep_their_numbers() -> None:
    source = "2019. Lee, A. First.\n(2018) Roe, B. Second.\n999. Poe, C. Third.\n1000. Doe, D. Fourth.\n"
    document = parse(source, markup="text")
    assert [(b.text, b.number) for b in document.blocks] == [
        ("2019. Lee, A. First.", None),
        ("(2018) Roe, B. Second.", None),
        ("Poe, C. Third.", 999),
        ("Doe, D. Fourth.", 1000),
    ]


@pytest.mark.parametrize(
    ("markup", "source"),
    [
        ("markdown", "A\n\n<!-- hidden\n\nstill hidden\n\n- not an entry"),
        ("markdown", "A <!-- hidden\n\nstill hidden --> B"),
        ("html", "<p>A</p><!-- <li>hidden</li>\n\n<li>still hidden</li>"),
        ("latex", "A\n% \\item hidden\n\\iffalse\n\\item hidden \\iftrue x \\fi hidden\n\\fi\n"),
        ("latex", "A\n\\begin{comment}\n\\item hidden\n"),
        ("jemdoc", "A\n# - hidden\n"),
        ("org", "A\n# hidden\n#+begin_comment\nhidden\n"),
        ("rst", "A\n\n.. hidden\n   hidden too\n"),
    ],
)
def test_comments_are_never_read(markup: str, source: str) -> None:
    document = parse(source, markup=markup)
    assert "hidden" not in " ".join(b.text for b in document.blocks)
    assert document.blocks[0].text.startswith("A")


# -- the real lists --------------------------------------------------------------------------------

_PUBLICATION_SECTIONS = {
    "Selected Publications",
    "Academic Papers (peer-reviewed conferences and workshops)",
    "Academic Papers (Journals and Preprints)",
    "Academic Papers (Preprints)",
}


def test_seed_cv_gives_its_44_entries() -> None:
    document = _read(shared_file(SEED))
    _check_shape(document)
    assert document.markup == "markdown"
    entries = [
        b
        for b in document.blocks
        if b.kind != "heading"
        and b.headings
        and b.headings[-1].text in _PUBLICATION_SECTIONS
        and re.search(r'"[^"]+"', b.text)
    ]
    assert len(entries) == 44
    numbered = [b.number for b in entries if b.number is not None]
    assert numbered == list(range(23, 0, -1))
    adamp = next(b for b in entries if "AdamP" in b.text and b.number == 14)
    assert adamp.text.startswith("Byeongho Heo*, Sanghyuk Chun*, Seong Joon Oh")
    assert _spans(adamp, "bold") == [("Sanghyuk Chun", None)]
    legends = [b for b in document.blocks if b.text == "* indicates equal contribution."]
    assert len(legends) == 3


def test_haitaoyuan_commented_entries_are_not_read() -> None:
    document = _read(shared_file(REAL_LISTS / "04_haitaoyuan_publications.md"))
    _check_shape(document)
    items = [b for b in document.blocks if b.kind == "item"]
    assert len(items) == 40
    assert all(b.number == 1 for b in items)
    text = " ".join(b.text for b in document.blocks)
    for hidden in ("Mitigating Redundancy", "AdaMixT", "Towards Automatic Mathematical Exercise Solving"):
        assert hidden not in text
    goodtp = _block(document, "GoodTP")
    assert goodtp.text.splitlines()[1:] == ["Haitao Yuan, Gao Cong", "SIGMOD 2026, CCF-A."]
    hib = _block(document, "Having It Both Ways")
    assert ("*", None) in _spans(hib, "sup") and ("#", None) in _spans(hib, "sup")


def test_jintangli_jemdoc_markers_bold_and_links() -> None:
    document = _read(shared_file(REAL_LISTS / "12a_jintangli_publications.jemdoc"))
    _check_shape(document)
    assert document.markup == "jemdoc"
    spikes = _block(document, "1-bit Spikes")
    assert spikes.kind == "item"
    assert "Zibin Zheng, Liang Chen*." in spikes.text
    assert ("Jintang Li", None) in _spans(spikes, "bold")
    assert _spans(spikes, "link")[0] == ("pdf", "https://arxiv.org/abs/2305.19306")
    assert spikes.text.endswith("[pdf] [code]")
    assert _line_of(spikes, "In Proceedings") == 13
    mask = _block(document, "Behind the Mask")
    assert mask.text.splitlines()[1].startswith("Jintang Li#, Ruofan Wu#,")
    assert document.blocks[1].text == "Note: * for corresponding author, # for equal contribution."


def test_seananderson_pandoc_definitions_are_entries() -> None:
    document = _read(shared_file(REAL_LISTS / "06_seananderson_cv-pandoc.md"))
    _check_shape(document)
    dory = _block(document, "Finding Dory")
    assert dory.kind == "item" and dory.text.startswith("2020\nVeríssimo, D., S.C. Anderson, M. Tlusty.")
    assert _spans(dory, "bold") == [("S.C. Anderson", None)]
    assert dory.line_at(0) + 1 == _line_of(dory, "Veríssimo")
    assert "Preprints" in [h.text for h in document.headings]


def test_avivnavon_span_lines_make_one_entry_each() -> None:
    document = _read(shared_file(REAL_LISTS / "05_avivnavon_publications.md"))
    _check_shape(document)
    entry = _block(document, "Beyond Transcription")
    assert entry.text.splitlines()[:3] == [
        "Beyond Transcription: Mechanistic Interpretability in ASR",
        "N. Glazer, Y. Segal-Feldman, H. Segev, A. Shamsian, A. Buchnick, G. Hetz, E. Fetaya, J. Keshet, "
        "A. Navon",
        "AAAI, 2026.",
    ]
    assert _spans(entry, "link")[0] == (
        "Beyond Transcription: Mechanistic Interpretability in ASR",
        "https://arxiv.org/abs/2508.15882",
    )
    assert len([b for b in document.blocks if b.kind != "heading"]) == 21


def test_zijingzhao_heading_per_paper_then_authors() -> None:
    document = _read(shared_file(REAL_LISTS / "02a_zijingzhao_publications.md"))
    _check_shape(document)
    position = next(i for i, b in enumerate(document.blocks) if b.text.startswith("SIGMark"))
    heading, authors = document.blocks[position], document.blocks[position + 1]
    assert heading.kind == "heading"
    assert authors.text.startswith("Xinjie Zhu*, Zijing Zhao*,") and "Weifeng Zhang†" in authors.text
    assert ("ICLR 2026", None) in _spans(authors, "bold")


def test_matveev_plain_text_numbered_and_wrapped() -> None:
    document = _read(shared_file(REAL_LISTS / "10_matveev_publications.txt"))
    _check_shape(document)
    assert document.markup == "text"
    items = [b for b in document.blocks if b.kind == "item"]
    assert [b.number for b in items] == [0, 0, *range(1, 33)]
    first = items[2]
    assert first.text.startswith(
        "Uranyl solvation by a reference interaction site model, B. Li, A.V. Matveev,"
    )
    assert _line_of(first, "151-160") == 12


@pytest.mark.parametrize(
    "name",
    [
        "02a_zijingzhao_publications.md",
        "02b_zijingzhao_about.md",
        "04_haitaoyuan_publications.md",
        "05_avivnavon_publications.md",
        "06_seananderson_cv-pandoc.md",
        "10_matveev_publications.txt",
        "12a_jintangli_publications.jemdoc",
        "12b_jintangli_index.jemdoc",
    ],
)
def test_real_lists_read_cleanly(name: str) -> None:
    document = _read(shared_file(REAL_LISTS / name))
    _check_shape(document)
    # each entry a block of its own or more (the lists hold 8 to 80 entries; an abstract folded in a
    # `<details>` is no block), never a list swallowed into a few blocks
    assert len(document.blocks) >= 15


# -- hostile input ---------------------------------------------------------------------------------

_HOSTILE = {
    "tags": "<a " * 10**5,
    "brackets": "[" * 10**5,
    "stars": "*a" * 10**5,
    "spaces": "# a" + " " * 10**5 + "b",
    "textbf": "\\textbf{" * 10**4,
    "comments": "<!--" * 10**4 + "<!" * 10**4,
    "quotes": '<a href="' * 10**4,
    "backticks": "`" * 10**5,
    "mixed": "_a/b+c=d~e\\" * 10**4,
    "nested_html": "<ul><li>" * 10**4,
    "table_rows": "<table>" + "<tr " * 10**5 + "<th>",  # a record table's rows looked at once each
    "nested_quotes": "> " * 10**4 + "a",
    "links": "[[a][" * 10**4 + "{{" * 10**4,
    "heading_spaces": "== a" + " " * 10**5 + "b",  # a wiki heading's closing "=" searched for
    "heading_tabs": "* a" + "\t" * 10**5 + "b",  # an org heading's tags searched for
    "grid_rows": "+---+---+\n| a | b |\n" * 10**4,  # a Pandoc grid table of many rows
    "grid_row": "+---+\n" + "| a |\n" * 10**4,  # one row of many lines, never closed
    "grid_rule": "+" + "-+" * 10**5 + "\n| a |\n",
    "record_tags": "Title\nA. Author\n査読有り 筆頭著者\n論文\n 12\n" * 10**4,
    "year_cells": "\\begin{tabular}{ll}" + "2024 & a \\\\\n & b \\\\\n" * 10**4,
    "entry_keys": "\\begin{rubric}{P}" + "\\entry*[2024] a\n" * 10**4,
    "jsx_props": '<A x={\n<B y="\n' * 10**4,  # MDX components never closed: each line scanned once
    "record_keys": "Title: a  Volume: 1 | Year: 2 | " * 10**4,  # a line of many keys (Web of Science)
    # DiVA's source line of a record of names and affiliations, its venue a run of spaces
    "source_line": "1. Lee, Ann\nKTH, Stockholm.\nA title\n2024 In: a" + " " * 10**5 + "b\n",
}
# markdown-it-py and pylatexenc need seconds for 10^5 characters of some shapes (linearly): test a tenth
_SLOW = {("markdown", "brackets"), ("markdown", "stars"), ("markdown", "links"), ("markdown", "tags")}


@pytest.mark.parametrize("markup", MARKUPS)
@pytest.mark.parametrize("name", sorted(_HOSTILE))
def test_hostile_input_finishes(markup: str, name: str) -> None:
    source = _HOSTILE[name]
    if (markup, name) in _SLOW or markup == "latex":
        source = source[: len(source) // 10]
    document = parse(source, markup=markup)
    for block in document.blocks:
        assert block.breaks[0][0] == 0


# -- any input -----------------------------------------------------------------------------------

_PIECE_TEXT = (
    "a Lee \n \n\n * ** _ / + = ~ ` # [ ] ( ) { } < > <b> </b> <li> </li> <br> <!-- --> &amp; \\ \\\\ \\n "
    "\\item \\textbf{ \\begin{itemize} \\end{itemize} % $ ^ [[ ]] {{ }} : .. === --- | \" ' é \t - 1."
)
_PIECES = [*_PIECE_TEXT.split(" "), " ", "- ", "1. "]


@pytest.mark.parametrize("markup", MARKUPS)
def test_any_input_reads_without_error(markup: str) -> None:
    require_module("hypothesis")
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
    def read(source: str) -> None:
        _check_shape(parse(source, markup=markup), html_comments=markup in {"html", "markdown"})

    read()


def test_a_latex_headings_footnote_is_a_paragraph_under_it_not_heading_text() -> None:
    """`\\section{Papers\\footnote{† equal contribution}}`: the heading is "Papers" and the footnote a
    block of its own below it, where the reader finds the legend."""
    doc = parse(
        "\\section{Independent Publications\\protect\\footnote{\\textsuperscript{\\dag}These authors "
        "contributed equally; names in small caps are graduate students.}}\n"
        "\\begin{enumerate}\\item A. Lee\\textsuperscript{\\dag}, B. Roe\\textsuperscript{\\dag}. "
        "Deep nets. Nature, 2020.\\end{enumerate}\n",
        markup="latex",
    )
    assert [h.text for h in doc.headings] == ["Independent Publications"]
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "item"]
    assert doc.blocks[1].text.startswith("†These authors contributed equally")
    (paper,) = pubkit.loads(
        "\\section{Publications\\footnote{\\textsuperscript{\\dag}These authors contributed equally.}}\n"
        "\\begin{enumerate}\\item A. Lee\\textsuperscript{\\dag}, B. Roe\\textsuperscript{\\dag}. "
        "Deep nets for cats. Nature, 2020.\\end{enumerate}\n",
        "cv",
        path="cv.tex",
    )
    assert [a.equal_contribution for a in paper.authors] == [True, True]


def test_rst_numbered_items_with_an_indented_paragraph_are_one_block_each() -> None:
    """ "1. Citation" then an indented paragraph ("   *Indicios de calidad:* …"), then "2. …": each
    number opens an item; the paragraph indented past the marker is the item's own."""
    text = (
        "Publicaciones\n=============\n\n"
        "1. Martín-Oliva, L.; Serrano, A. Single-atom platinum for CO oxidation.\n"
        "   *J. Am. Chem. Soc.* **2023**, *145*, 11234–11245.\n\n"
        "   *Indicios de calidad:* JCR 2023: IF 14.4, Q1.\n\n"
        "2. García-Ruiz, J.; Martín-Oliva, L. Operando DRIFTS study of CO2 methanation.\n"
        "   *ACS Catal.* **2022**, *12*, 5678–5690.\n"
    )
    doc = parse(text, markup="rst")
    items = [b for b in doc.blocks if b.kind == "item"]
    assert [b.number for b in items] == [1, 2]
    assert "Indicios de calidad" in items[0].text and items[1].text.startswith("García-Ruiz")


def test_rst_escaped_spaces_and_a_role_holding_an_asterisk() -> None:
    """reST's "Dvořák\\ :sup:`*`": the escaped space prints as nothing and the role's "*" is its text, no
    emphasis opening (which would run on into the venue's italics)."""
    text = (
        "Publications\n============\n\n"
        '#. **T. Kopecká**, M. Horáček\\ :sup:`‡`, and J. Dvořák\\ :sup:`*`, "Photoredox-catalysed'
        ' decarboxylative coupling," *Org. Lett.*, vol. 26, no. 9, pp. 1875–1880, Mar. 2024.\n'
    )
    (block,) = [b for b in parse(text, markup="rst").blocks if b.kind == "item"]
    assert block.text.startswith("T. Kopecká, M. Horáček‡, and J. Dvořák*, ")
    assert "Org. Lett.," in block.text and "*Org" not in block.text
    (paper,) = pubkit.loads(text, "cv", path="cv.rst")
    assert (paper.year, paper.venue and paper.venue.name) == (2024, "Org. Lett.")


def test_typst_numbered_items_are_entries() -> None:
    """Typst's numbered list (`1. …`, `2. …`) holds one entry per item, as `+` items do."""
    doc = parse(
        "= Publications\n\n1. *Kamaruddin N.A.* Sea, land and paperwork \\/\\/ Asian Ethnicity. 2024.\n"
        "2. *Kamaruddin N.A.* Indigenous tourism \\/\\/ Tourism, Culture & Communication. 2024.\n",
        markup="typst",
    )
    items = [b for b in doc.blocks if b.kind == "item"]
    assert [b.line for b in items] == [3, 4]
    assert items[0].text.startswith("Kamaruddin N.A. Sea, land")


def test_pandoc_heading_attributes_are_no_part_of_the_heading() -> None:
    """Pandoc's "## Formación académica {#formacion}" is the heading "Formación académica"."""
    from pubkit.reading.markup import markdown

    doc = markdown.read("## Formación académica {#formacion .unnumbered}\n\n- Tesis, 2018.\n")
    assert [h.text for h in doc.headings] == ["Formación académica"]


def test_a_wrapped_year_line_in_an_item_with_a_bracket_label() -> None:
    """ACM's " [5] Names.\\n     2023. Title …": the year opening the wrapped line is no item of its own
    in an item labelled "[5]" (as in one numbered "5.")."""
    from pubkit.reading.markup import text

    doc = text.read(
        "Publications\n\n [5] Rowena B. Manalo, Jerome Angelo S. Villareal, and Renato G. Bañez.\n"
        "     2023. Comparing Sentinel-1 and PlanetScope flood extents in the Cagayan River Basin.\n"
        "     Philippine Journal of Science 152, 4 (2023), 1401-1418.\n"
    )
    items = [b for b in doc.blocks if b.kind == "item"]
    assert len(items) == 1 and "2023. Comparing" in items[0].text


def test_an_al_folio_badge_in_markdown_is_no_part_of_the_names() -> None:
    """al-folio's `<abbr class="badge">Nurs Open</abbr>` before an entry is a field of its own (the venue's
    short name), not the first author's words."""
    md = (
        '# L. Abu-Hamdan\n\n## 2025\n\n- <abbr class="badge">Nurs Open</abbr> **ABU-HAMDAN, Lina**,'
        " AL SHAMSI, Noura and THOMAS, Jincy. Nurse-led early mobilisation in adult intensive care units."
        " *Nursing Open*. 2025, vol. 12, no. 2, e70118.\n"
    )
    paper = pubkit.loads(md, "cv", path="cv.md")[0]
    assert [a.name for a in paper.authors] == ["Lina ABU-HAMDAN", "Noura AL SHAMSI", "Jincy THOMAS"]


def test_rst_superscript_role_is_a_mark_not_a_letter_of_the_name() -> None:
    """reST's "Okonkwo, C. I.\\ :sup:`s`" prints the "s" raised: a mark after the name, not its letter
    ("I.s"); ":sup:`*`" marks keep their legend's meaning."""
    text = (
        "Publications\n============\n\n"
        "#. Okonkwo, C. I.\\ :sup:`s`, Wöhrmann, F. \\& Pfänder, J. A. Rapid fault-valve behaviour recorded"
        " in calcite veins. *Geology* **51**, 1–5 (2023).\n"
        "#. Dvořák, J.\\ :sup:`*`, Wöhrmann, F.\\ :sup:`*`. Slip on the Tauern Window margin. *Tectonics*"
        " **40**, 2–9 (2021).\n\n:sup:`*` equal contribution\n"
    )
    first, second = pubkit.loads(text, "cv", path="publications.rst")
    assert [a.name for a in first.authors] == ["C. I. Okonkwo", "F. Wöhrmann", "J. A. Pfänder"]
    assert [a.equal_contribution for a in second.authors] == [True, True]


_DOCS_STYLE = (
    '<html><head><style type="text/css">.c0{font-weight:400}.c2{font-weight:700}'
    ".c3{text-decoration:underline}.c6{font-style:italic}.c8{height:11pt}</style></head><body>"
)
_DOCS_GAP = '<p class="c1 c8"><span class="c0"></span></p>\n'


def _docs_entry(title: str, names: str, venue: str) -> str:
    return (
        f'<p class="c4"><span class="c0">{title}</span></p>\n<p class="c1">{names}</p>\n'
        f'<p class="c1"><span class="c6">{venue}</span></p>\n{_DOCS_GAP}'
    )


def test_a_google_docs_export_styles_by_class_and_prints_an_entry_a_field_a_paragraph() -> None:
    """Google Docs' "web page" export: spans styled by the style sheet's classes (".c3{text-decoration:
    underline}" marks the owner) and Google Scholar's layout, a title, a names and a venue paragraph
    between empty paragraphs; a bold paragraph is a heading of its own. A page of one entry a paragraph
    is read as before (`blank_line_paragraphs` is False there)."""
    from pubkit.reading.markup.html import blank_line_paragraphs

    owner = '<span class="c3">J Park</span>'
    page = (
        _DOCS_STYLE
        + '<p class="c1"><span class="c2">Jihyun Park</span></p>\n'
        + _DOCS_GAP
        + '<p class="c4"><span class="c2">1. 국제 학술지 (SCI/SCIE)</span></p>\n'
        + _docs_entry(
            "Late Paleozoic high-pressure metamorphism in the Okcheon Belt",
            f'{owner}<span class="c0">, HJ Shin, DH Choi</span>',
            "Gondwana Research 98, 1-17, 2021",
        )
        + _docs_entry(
            "Zircon U–Pb ages of Jurassic granitoids in the Yeongnam Massif",
            f'<span class="c0">SH Lee, </span>{owner}<span class="c0">, TH Kim, DW Han</span>',
            "Lithos 366, 105561, 2020",
        )
        + _docs_entry(
            "경상분지 하양층군 퇴적층의 쇄설성 저어콘 연대와 퇴적시기 재검토",
            '<span class="c3">박지현</span><span class="c0">, 김민수, 정유진</span>',
            "지질학회지 57 (2), 189-205, 2019",
        )
        + "</body></html>"
    )
    assert blank_line_paragraphs(page)
    papers = list(pubkit.loads(page, "cv", path="cv.html"))
    assert [p.year for p in papers] == [2021, 2020, 2019]
    assert papers[1].title == "Zircon U–Pb ages of Jurassic granitoids in the Yeongnam Massif"
    assert [a.name for a in papers[1].authors] == ["SH Lee", "J Park", "TH Kim", "DW Han"]
    assert papers[1].venue is not None and papers[1].venue.name == "Lithos"
    assert papers[0].owner is not None and papers[0].owner.name == "J Park"
    assert papers[2].title == "경상분지 하양층군 퇴적층의 쇄설성 저어콘 연대와 퇴적시기 재검토"
    assert [a.name for a in papers[2].authors] == ["박지현", "김민수", "정유진"]
    one_a_paragraph = "".join(
        f"<p>A. Roe, B. Lee. Study {k} of cats. <i>Nature</i> {k}, 2020.</p>{_DOCS_GAP}" for k in range(6)
    )
    assert not blank_line_paragraphs(one_a_paragraph)
    assert len(pubkit.loads(one_a_paragraph, "cv", path="cv.html")) == 6


def test_an_org_sub_item_under_an_entry_is_a_line_of_it() -> None:
    """Org's "   - 摘要：…" / "   - Người hướng dẫn: …" under a numbered entry is a line of that entry (as
    Markdown reads a nested list), a note of it; items under a short group item ("- 2024") stay entries."""
    text = (
        "* CV\n\n** Publications\n\n"
        "1. Chen, Y.† and Li, M. (2024) 'Effects of a nurse-led transitional care programme on readmission',"
        " /International Journal of Nursing Studies/, 150, p. 104652.\n"
        "   - 摘要：纳入 312 名老年心衰患者，干预组 90 天再入院率降低 9.4%。\n"
        '2. Trần, Quốc Bảo. "Neural Machine Translation for Low-Resource Language Pairs." Luận án tiến sĩ,'
        " Japan Advanced Institute of Science and Technology, 2020.\n"
        "   - Người hướng dẫn: GS. Kenji Watanabe.\n\n"
        "- 2019\n"
        "  - Chen, Y. and Tang, W. (2019) 'Family caregiver burden after stroke', /Int J Nurs Sci/, 9(2).\n"
    )
    papers = list(pubkit.loads(text, "cv", path="cv.org"))
    assert [p.year for p in papers] == [2024, 2020, 2019]
    assert [a.name for a in papers[0].authors] == ["Y. Chen", "M. Li"]
    assert papers[0].venue is not None and papers[0].venue.name == "International Journal of Nursing Studies"
    assert [a.name for a in papers[1].authors] == ["Quốc Bảo Trần"]


def test_a_quote_inside_an_entrys_item_is_a_line_of_it() -> None:
    """A Markdown item's quoted summary ("  > 요약: …", "  > 메모: …") is a note of its entry, no entry of its
    own; a Korean thesis "김서연. *Title*. 2023. 서울대학교, 박사학위논문." reads its italic title."""
    text = (
        "# 김서연\n\n## 논문\n\n"
        '- Kim, Seoyeon, and Sungjin Han. "Calibrating Retrieval-Augmented Generation for Korean Legal'
        ' Question Answering." *Proceedings of ACL*, 2024, pp. 4120–37.\n'
        "  > 요약: 법률 질의응답에서 검색 증강 생성 모델이 과신하는 문제를 분석함.\n\n"
        "- 김서연. *한국어 언어모델의 형태론적 일반화에 관한 연구*. 2023. 서울대학교, 박사학위논문.\n"
    )
    papers = list(pubkit.loads(text, "cv", path="cv.md"))
    assert [p.year for p in papers] == [2024, 2023]
    assert papers[0].venue is not None and papers[0].venue.name == "Proceedings of ACL"
    assert papers[1].title == "한국어 언어모델의 형태론적 일반화에 관한 연구"
    assert [a.name for a in papers[1].authors] == ["김서연"]
