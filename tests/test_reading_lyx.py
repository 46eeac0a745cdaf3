"""LyX documents: layouts as blocks, font toggles as spans, insets inline (formulas, quotes, links,
LaTeX), the header and notes never read; small sources of each kind, read into papers."""

from __future__ import annotations

import pubkit
from pubkit.reading.markup import Block, guess_markup, parse

CV = r"""#LyX 2.4 created this file. For more info see https://www.lyx.org/
\lyxformat 620
\begin_document
\begin_header
\textclass article
\begin_preamble
\begin_layout Enumerate
never read
\end_layout
\end_preamble
\language english
\end_header

\begin_body

\begin_layout Title
Kofi Mensah
\end_layout

\begin_layout Standard
\begin_inset Note Note
status open

\begin_layout Plain Layout
Smith, J. (2020). A hidden draft. Nature.
\end_layout

\end_inset

Underlined names are students; 
\begin_inset Formula $^{\ddagger}$
\end_inset

 equal contribution.
\end_layout

\begin_layout Section*
Journal Articles
\end_layout

\begin_layout Itemize

\bar under
Osei, A.
\bar default

\begin_inset Formula $^{\ddagger}$
\end_inset

, 
\series bold
Mensah, K.
\series default

\begin_inset Formula $^{\ddagger}$
\end_inset

 and Boateng, E.
 (2023).
 
\begin_inset Quotes eld
\end_inset

Rainfall variability and maize yields in northern Ghana
\begin_inset Quotes erd
\end_inset

.
 
\shape italic
Journal of Agrarian Change
\shape default
 23(4): 711
\begin_inset ERT
status collapsed

\begin_layout Plain Layout


\backslash
textendash{}
\end_layout

\end_inset

730. 
\begin_inset CommandInset href
LatexCommand href
name "doi"
target "https://doi.org/10.1111/joac.12345"
literal "false"

\end_inset


\end_layout

\begin_deeper
\begin_layout Standard
Cited by 12
\begin_inset Foot
status collapsed

\begin_layout Plain Layout
Google Scholar, May 2024.
\end_layout

\end_inset


\end_layout

\end_deeper
\begin_layout Description
2021 
\series bold
Mensah, K.
\series default
 (2021).
 Land tenure
\change_deleted 1 1700000000
 and credit
\change_unchanged
 in Ghana.
 
\emph on
World Development
\emph default
 140, 105290.
\end_layout

\begin_layout Section
Teaching
\end_layout

\begin_layout Itemize
Development Economics (2019
\begin_inset space ~
\end_inset

– present)
\end_layout

\end_body
\end_document
"""  # noqa: W291, W293

WRAPPED = r"""#LyX 2.3 created this file. For more info see http://www.lyx.org/
\lyxformat 544
\begin_document
\begin_header
\textclass article
\end_header

\begin_body

\begin_layout Section
Publications
\end_layout

\begin_layout Enumerate
Lindqvist,
 
\series bold
Hanna
\series default
 and Berg, Olof
\begin_inset Formula $^{*}$
\end_inset

 (2022). Snow cover
and permafrost thaw in
northern Sweden.
\begin_inset Newline newline
\end_inset


\emph on
Permafrost and Periglacial Processes
\emph default
 33(1):
\begin_inset space ~
\end_inset

1
\SpecialChar nobreakdash
20, C:
\backslash
data.
\end_layout

\begin_layout Standard
\begin_inset Formula $^{*}$
\end_inset

 corresponding author.
\end_layout

\end_body
\end_document
"""  # noqa: W293


def _spans(block: Block, kind: str) -> list[str]:
    return [block.text[s.start : s.end] for s in block.spans if s.kind == kind]


def test_a_lyx_file_is_known_by_its_suffix_and_its_first_line() -> None:
    assert guess_markup("cv.lyx", "") == "lyx"
    assert guess_markup(None, CV) == guess_markup("cv.txt", CV) == "lyx"
    assert guess_markup(None, "# LyX tips\n\nSome notes about LyX.\n") != "lyx"


def test_layouts_are_blocks_and_the_header_and_notes_are_not_read() -> None:
    document = parse(CV, path="cv.lyx")
    assert document.markup == "lyx"
    assert document.title == "Kofi Mensah"
    assert [(h.text, h.level, h.line) for h in document.headings] == [
        ("Journal Articles", 1, 38),
        ("Teaching", 1, 133),
    ]
    text = " ".join(b.text for b in document.blocks)
    assert "never read" not in text and "hidden draft" not in text and "status" not in text
    assert "and credit" not in text  # a tracked deletion
    legend, article, chapter = [b for b in document.blocks if b.kind in ("item", "paragraph")][:3]
    assert legend.text == "Underlined names are students; ‡ equal contribution."
    assert article.kind == "item" and article.line == 44
    assert article.text.startswith(
        "Osei, A.‡, Mensah, K.‡ and Boateng, E. (2023). "
        "“Rainfall variability and maize yields in northern Ghana”."
    )
    assert "Journal of Agrarian Change 23(4): 711–730. doi\nCited by 12" in article.text  # ERT, deeper layout
    assert chapter.text == "2021 Mensah, K. (2021). Land tenure in Ghana. World Development 140, 105290."
    footnote = next(b for b in document.blocks if b.kind == "aside" and "Scholar" in b.text)
    assert footnote.text == "Google Scholar, May 2024."
    assert document.problems == ()


def test_toggles_and_insets_are_spans_and_every_character_keeps_its_line() -> None:
    article = next(b for b in parse(CV, path="cv.lyx").blocks if b.text.startswith("Osei"))
    assert _spans(article, "underline") == ["Osei, A."]
    assert _spans(article, "bold") == ["Mensah, K."]
    assert _spans(article, "sup") == ["‡", "‡"]
    assert _spans(article, "italic") == ["Journal of Agrarian Change"]
    assert [(article.text[s.start : s.end], s.target) for s in article.spans if s.kind == "link"] == [
        ("doi", "https://doi.org/10.1111/joac.12345")
    ]
    assert article.line_at(article.text.index("‡")) == 47
    assert article.line_at(article.text.index(", Mensah")) == 50
    assert article.line_at(article.text.index("Rainfall")) == 64
    assert article.line_at(article.text.index("Cited")) == 100


def test_lines_are_joined_as_lyx_writes_them() -> None:
    """LyX puts the space before a wrapped word at the line's start; two lines of text (a hand-made
    wrap) are joined with a space; a formula, a toggle or `\\backslash` glues on."""
    item = next(b for b in parse(WRAPPED, path="cv.lyx").blocks if b.kind == "item")
    assert item.text == (
        "Lindqvist, Hanna and Berg, Olof* (2022). Snow cover and permafrost thaw in northern Sweden."
        "\nPermafrost and Periglacial Processes 33(1): 1-20, C:\\data."
    )
    assert item.line_at(item.text.index("permafrost")) == 25
    assert item.line_at(item.text.index("Sweden")) == 26


def test_a_lyx_cv_is_read_into_papers() -> None:
    bib = pubkit.loads(CV, "cv", path="cv.lyx")
    assert [(p.title, p.year, p.source.line if p.source else None) for p in bib] == [
        ("Rainfall variability and maize yields in northern Ghana", 2023, 44),
        ("Land tenure in Ghana", 2021, 115),
    ]
    first, second = bib
    assert [a.is_owner for a in first.authors] == [False, True, False]
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert first.venue is not None and first.venue.name == "Journal of Agrarian Change"
    assert second.venue is not None and second.venue.name == "World Development"
    wrapped = list(pubkit.loads(WRAPPED, "cv", path="w.lyx"))
    assert [p.title for p in wrapped] == ["Snow cover and permafrost thaw in northern Sweden"]


def test_malformed_lyx_gives_problems_at_their_lines() -> None:
    broken = (
        "#LyX 2.3 created this file.\n\\begin_body\n\\begin_layout Enumerate\nSmith, J. (2020). First.\n"
        "\\begin_layout Enumerate\n\\begin_inset Foot\nstatus open\n\\end_layout\n\\end_inset\n\\end_inset\n"
    )
    document = parse(broken, path="x.lyx")
    assert [(p.line, p.kind) for p in document.problems] == [(3, "syntax"), (10, "syntax"), (5, "syntax")]
    assert document.blocks[0].text == "Smith, J. (2020). First."
    header = parse("#LyX 2.3 created this file.\n\\begin_header\n\\textclass article\n", path="x.lyx")
    assert [(p.line, p.message) for p in header.problems] == [(2, "LyX header not closed")]
    open_layout = parse("\\begin_layout Standard\nText", path="x.lyx")
    assert [p.line for p in open_layout.problems] == [1]
    assert open_layout.blocks[0].text == "Text"


def test_hostile_lyx_is_read_in_linear_time() -> None:
    """Long runs of LyX's marks without their closers, and one huge formula."""
    head = "#LyX 2.3 created this file.\n\\begin_layout Standard\n"
    for body in (
        "\\begin_inset Formula $" + "^{" * 50_000 + "$\n\\end_inset\n",
        "\\begin_inset Formula $" + "^\\" * 40_000 + "$\n\\end_inset\n",
        "\\begin_inset Note Note\n" * 20_000,
        "\\series bold\nx\n" * 20_000,
        "\\begin_layout Enumerate\n" * 20_000,
        "\\end_inset\n" * 20_000,
        "word " * 25_000,
        '\\begin_inset CommandInset href\nname "' + "\\" * 100_000 + "\n",
    ):
        document = parse(head + body, path="x.lyx")
        assert isinstance(document.blocks, tuple)


TABLE = r"""#LyX 2.3 created this file. For more info see http://www.lyx.org/
\lyxformat 544
\begin_document
\begin_header
\textclass article
\end_header
\begin_body
\begin_layout Section
Publications
\end_layout

\begin_layout Standard
\begin_inset Tabular
<lyxtabular version="3" rows="2" columns="2">
<features tabularvalignment="middle">
<column alignment="center" valignment="top">
<row>
<cell alignment="center" valignment="top" usebox="none">
\begin_inset Text

\begin_layout Plain Layout
2024
\end_layout

\end_inset
</cell>
<cell alignment="center" valignment="top" usebox="none">
\begin_inset Text

\begin_layout Plain Layout
Smith, J. and Doe, A. (2024). A tabled paper. Nature 1, 2.
\end_layout

\end_inset
</cell>
</row>
<row>
<cell alignment="center" valignment="top" usebox="none">
\begin_inset Text

\begin_layout Plain Layout
2023
\end_layout

\end_inset
</cell>
<cell alignment="center" valignment="top" usebox="none">
\begin_inset Text

\begin_layout Plain Layout
Doe, A. (2023). Another paper. Science 3, 4.
\end_layout

\end_inset
</cell>
</row>
</lyxtabular>

\end_inset


\end_layout

\begin_layout Bibliography
\begin_inset CommandInset bibitem
LatexCommand bibitem
key "doe22"
literal "false"

\end_inset

Doe, A. (2022). A third paper. Cell 5, 6.
\end_layout

\end_body
\end_document
"""


def test_a_table_row_and_a_bibliography_item_are_entries() -> None:
    document = parse(TABLE, path="pubs.lyx")
    items = [b for b in document.blocks if b.kind == "item"]
    assert [(b.text.split("\n")[0], b.line) for b in items] == [
        ("2024", 22),
        ("2023", 42),
        ("Doe, A. (2022). A third paper. Cell 5, 6.", 72),
    ]
    assert items[0].text == "2024\nSmith, J. and Doe, A. (2024). A tabled paper. Nature 1, 2."
    assert "doe22" not in " ".join(b.text for b in document.blocks)
    bib = pubkit.loads(TABLE, "cv", path="pubs.lyx")
    assert [(p.title, p.year) for p in bib] == [
        ("A tabled paper", 2024),
        ("Another paper", 2023),
        ("A third paper", 2022),
    ]
