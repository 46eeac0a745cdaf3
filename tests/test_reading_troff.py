"""groff / troff CVs (`-ms`, `-me`, `-mm`, `-man`): requests as blocks, escapes as fonts and glyphs,
read into papers with the owner, equal contribution, venue and year. Small sources of each kind."""

from __future__ import annotations

import pubkit
from pubkit.reading.markup import Block, Document, guess_markup, parse

MS_CV = r""".\" cv.ms -- built with: groff -ms -t cv.ms
.nr PS 11
.ds CH
.de XX
.IP [99] 5
Macro body, never printed.
..
.TL
Curriculum Vitae
.AU
Ingrid Solvang
.AI
Department of Geography, Somewhere University
.NH 1
Employment
.IP "2019\(en" 8
Associate Professor, Somewhere University.
.NH 1
Publications
.LP
My name is in \fBbold\fP.
\(dg\~Equal contribution.
.SH 2
Journal articles
.IP [1] 5
\fBSolvang, I.\fP\(dg, & Moreau, P.\(dg (2024).
Glacier retreat and meltwater routing in southern Norway.
.I "Journal of Glaciology" ,
70(2), 101\(en118.
.IP [2] 5
Okafor, B., & \fBSolvang, I.\fP (2022).
Sediment budgets of proglacial lakes.
.I "Earth Surface Processes and Landforms" ,
47(9), 2210\(en2225.
.SH 2
Chapters
.IP [3] 5
\fBSolvang, I.\fP (2021).
Cold-region hydrology.
In R. Lund (Ed.),
.I "Handbook of Mountain Water"
(pp. 44\(en61). Routledge.
.NH 1
Grants
.TS
tab(;);
l l r.
2023\(en2026;Research Council (FRIPRO);NOK 8,000,000
2020\(en2021;Seed grant;NOK 50,000
.TE
"""


def _blocks(document: Document, kind: str) -> list[Block]:
    return [b for b in document.blocks if b.kind == kind]


def _spans(block: Block, kind: str) -> list[str]:
    return [block.text[s.start : s.end] for s in block.spans if s.kind == kind]


def test_an_ms_cv_reads_its_papers_owner_equal_contribution_venue_and_year() -> None:
    """`.IP [n]` items under `.SH` sections are papers; the `\\fB` name is the owner, the `\\(dg`
    legend marks equal contribution, the `.I` argument is the venue; employment and grants are no papers."""
    bib = pubkit.loads(MS_CV, "cv", path="cv.ms")
    assert [p.title for p in bib] == [
        "Glacier retreat and meltwater routing in southern Norway",
        "Sediment budgets of proglacial lakes",
        "Cold-region hydrology",
    ]
    first, second, chapter = list(bib)
    assert [a.name for a in first.authors] == ["I. Solvang", "P. Moreau"]
    assert [a.is_owner for a in first.authors] == [True, False]
    assert [a.equal_contribution for a in first.authors] == [True, True]
    assert [a.is_owner for a in second.authors] == [False, True]
    assert not any(a.equal_contribution for a in second.authors)
    assert (first.year, second.year, chapter.year) == (2024, 2022, 2021)
    assert first.venue is not None and first.venue.name == "Journal of Glaciology"
    assert second.venue is not None and second.venue.name == "Earth Surface Processes and Landforms"
    assert chapter.venue is not None and chapter.venue.name == "Handbook of Mountain Water"
    assert [p.source.line if p.source else None for p in bib] == [26, 31, 38]


def test_a_troff_cv_without_a_telling_suffix_is_sniffed() -> None:
    """The same source with no suffix (or `.txt`) is read as troff from its request lines."""
    assert guess_markup(None, MS_CV) == guess_markup("cv.txt", MS_CV) == "troff"
    bib = pubkit.loads(MS_CV, "cv")
    assert len(list(bib)) == 3
    assert [a.is_owner for a in next(iter(bib)).authors] == [True, False]


def test_requests_become_headings_items_and_the_title() -> None:
    """`.NH` / `.SH n` give levelled headings, `.IP [n]` numbered items, a year tag stays text;
    `.TL` and `.AU` give the title (the author, a CV's owner, after a bar); a macro body is skipped."""
    document = parse(MS_CV, path="cv.ms")
    assert document.markup == "troff"
    assert document.title == "Curriculum Vitae | Ingrid Solvang"
    assert [(h.text, h.level, h.line) for h in document.headings] == [
        ("Employment", 1, 15),
        ("Publications", 1, 19),
        ("Journal articles", 2, 24),
        ("Chapters", 2, 36),
        ("Grants", 1, 44),
    ]
    items = _blocks(document, "item")
    assert [b.number for b in items] == [None, 1, 2, 3]
    assert items[0].text == "2019– Associate Professor, Somewhere University."
    assert not any("Macro body" in b.text or "Geography" in b.text for b in document.blocks)
    assert items[1].text.startswith("Solvang, I.†, & Moreau, P.† (2024). Glacier retreat")
    assert "Journal of Glaciology, 70(2), 101–118." in items[1].text


def test_fonts_are_spans_and_every_word_keeps_its_line() -> None:
    """`\\fB...\\fP` is bold, a `.I "x" ,` argument italic with its punctuation glued on in roman."""
    document = parse(MS_CV, path="cv.ms")
    item = _blocks(document, "item")[1]
    assert _spans(item, "bold") == ["Solvang, I."]
    assert _spans(item, "italic") == ["Journal of Glaciology"]
    assert item.line == 26
    assert item.line_at(item.text.index("Glacier")) == 27
    assert item.line_at(item.text.index("Journal")) == 28
    assert item.line_at(item.text.index("70(2)")) == 29


def test_a_tbl_table_gives_one_row_a_block_and_its_cells_lines() -> None:
    """A `.TS` table with `tab(;)`: its options and format lines are dropped, each data row one block."""
    document = parse(MS_CV, path="cv.ms")
    rows = [b for b in document.blocks if b.headings and b.headings[-1].text == "Grants"]
    assert [b.text for b in rows] == [
        "2023–2026\nResearch Council (FRIPRO)\nNOK 8,000,000",
        "2020–2021\nSeed grant\nNOK 50,000",
    ]
    assert [b.line for b in rows] == [48, 49]


def test_escapes_glyphs_strings_and_comments() -> None:
    """Character escapes become their glyphs, `\\*Q...\\*U` quotes, `.ds` strings expand (with their
    fonts), ms accents join their letter, comments and spacing escapes vanish, `.br` breaks the line."""
    source = "\n".join(
        [
            r".ds me \fBGarc\('ia, L.\fP",
            ".LP",
            r"\*(me and Mu\*:ller, K.\(dd \" a comment",
            r"\*QA title\*U \(em \(sc \-\(en \e \&x\|y\^z \[u00E9]t\[u0065_0301] \f(BIboth\fR \s-2small\s0",
            ".br",
            r"W\h'0.5n'o\v'-2p'r\*(DYd \N'65' \C'dg'",
        ]
    )
    block = parse(source, markup="troff").blocks[0]
    assert block.text == ("García, L. and Müller, K.‡ “A title” — § -– \\ xyz été both small\nWord A †")
    assert _spans(block, "bold") == ["García, L.", "both"]
    assert _spans(block, "italic") == ["both"]
    assert block.line_at(block.text.index("Word")) == 6


def test_man_style_headings_tagged_paragraphs_and_alternating_fonts() -> None:
    """`.TH` pages: `.SH NAME` holds its heading, `.TP` takes its tag from the next line, `.BR`
    alternates bold and roman with no space, `.B a b` is all bold."""
    source = "\n".join(
        [
            '.TH "Tomas Berg" 7',
            ".SH PUBLICATIONS",
            ".TP",
            "[4]",
            ".BR Berg,\\ T. ,",
            "and Ahn, J. (2020). Title here.",
            ".B Some Journal",
            "12(3).",
        ]
    )
    document = parse(source, markup="troff")
    assert document.title == "Tomas Berg"
    assert [(h.text, h.level) for h in document.headings] == [("PUBLICATIONS", 1)]
    item = _blocks(document, "item")[0]
    assert item.number == 4
    assert item.text == "Berg, T., and Ahn, J. (2020). Title here. Some Journal 12(3)."
    assert _spans(item, "bold") == ["Berg, T.", "Some Journal"]


def test_me_and_mm_lists() -> None:
    """-me: `.sh n "x"` headings, `.np` numbered items, `.ip` tags, `.b` bold; -mm: `.H`, `.AL` / `.LI`."""
    me = parse(
        '.sh 1 "Papers"\n.np\n.b "Kim, H." ,\nA. (2019). T.\n.ip \\(bu\nSecond.\n.np\nThird.', markup="troff"
    )
    assert [(h.text, h.level) for h in me.headings] == [("Papers", 1)]
    assert [(b.number, b.text) for b in me.blocks if b.kind == "item"] == [
        (1, "Kim, H., A. (2019). T."),
        (None, "Second."),
        (2, "Third."),
    ]
    mm = parse('.H 2 "Articles"\n.AL\n.LI\nOne.\n.LI\nTwo.\n.LE\n.P\nAfter.', markup="troff")
    assert [(h.text, h.level) for h in mm.headings] == [("Articles", 2)]
    assert [(b.kind, b.number, b.text) for b in mm.blocks if b.kind != "heading"] == [
        ("item", 1, "One."),
        ("item", 2, "Two."),
        ("paragraph", None, "After."),
    ]


def test_sniffing_needs_troff_and_leaves_other_markups_alone() -> None:
    """Request lines of two kinds (or font escapes that close) say troff; Markdown, plain text with a
    line opening with a dot, reST and LaTeX stay what they are."""
    assert guess_markup(None, ".PP\nText.\n.IP [1]\nA.\n.IP [2]\nB.") == "troff"
    escaped = r"[1] \fBLee, A.\fP (2020). T. \fIJ\fP." + "\n\n" + r"[2] \fBLee, A.\fP. \fIK\fP."
    assert guess_markup(None, escaped) == "troff"
    assert guess_markup(None, "# Papers\n\n- **Lee, A.** (2020). *Title*.\n") == "markdown"
    text = "Publications\n\n.NET tooling for science (2020).\n...and more.\n.I think so.\n"
    assert guess_markup(None, text) == "text"
    assert guess_markup(None, "Title\n=====\n\n.. note::\n\n   Hi.\n") == "rst"
    assert (
        guess_markup(None, "\\section{Papers}\n\\begin{itemize}\\item \\textbf{A}\\end{itemize}") == "latex"
    )


def test_hostile_sources_read_to_a_bounded_result() -> None:
    """Long runs of escapes or items, unterminated definitions, tables and delimited escapes end."""
    escapes = parse(".LP\n" + "\\fB\\fI\\fP" * 50_000 + "\\fBx\\fP" + "\\h'" * 20_000, markup="troff")
    assert [(b.text, _spans(b, "bold")) for b in escapes.blocks] == [("x", ["x"])]
    raised = parse(".LP\n" + "a\\u " * 30_000 + "\\d" + "\\&\\*'" * 30_000 + "e\\*'", markup="troff")
    assert raised.blocks[0].text.endswith("a é") and len(raised.blocks[0].spans) == 1
    bare = parse(".LP\n" + "\\f" * 50_000, markup="troff")
    assert set("".join(b.text for b in bare.blocks)) <= {"f"}
    items = parse(".IP [1] 5\n" * 50_000 + "Last.", markup="troff")
    assert [(b.number, b.text) for b in items.blocks] == [(1, "Last.")]
    definition = parse(".LP\nKept.\n.de XX\n" + ".IP [1]\nhidden\n" * 10_000, markup="troff")
    assert [b.text for b in definition.blocks] == ["Kept."]
    table = parse(".TS\ntab(;);\nl l.\n" + "a;b\n" * 10_000, markup="troff")
    assert len(table.blocks) == 10_000 and table.blocks[-1].text == "a\nb"
    strings = parse('.ds a \\*a\\*a\\*a\n.ds b "\\*a\\*a\n.LP\n' + "\\*b" * 5_000 + "end", markup="troff")
    assert strings.blocks[-1].text.endswith("end")
