"""AMS `amsrefs` records in a LaTeX CV: each `\\bib` one entry at its line, its fields marked by their
keys (books, chapters in a `book={…}`, edited collections, statuses); `bibsection[Heading]` headings;
a record whose braces never close is a problem at its line, the others still read."""

from __future__ import annotations

import pubkit
from pubkit.reading.markup import parse

CV = r"""\documentclass{amsart}
\usepackage{amsrefs}
\newcommand{\stud}{$^{\dagger}$}
\begin{document}
\section*{Publications}
\begin{bibdiv}
\begin{biblist}[\resetbiblist{99}]
\bib{B1}{book}{
  author={M\"uller, Anna\stud},
  author={{\v C}api\'c, Edin},
  title={Harmonic analysis on trees},
  series={Lecture Notes in Math.},
  volume={2301},
  publisher={Springer},
  address={Cham},
  date={2022},
}
% \bib{old}{article}{author={Gone, A.}, title={Commented out}, journal={J. Old}, date={1999}}
\bib*{proc}{book}{title={Never printed alone}}
\bib{IB}{inbook}{
  author={{\v C}api\'c, Edin},
  title={Trees and their boundaries},
  book={
    title={Discrete Geometry Today},
    editor={Lee, Kim},
    publisher={Birkh\"auser},
    date={1990},
  },
  pages={10--42},
  date={2021},
}
\bib{C1}{collection}{
  title={Random Walks on Graphs},
  editor={{\v C}api\'c, Edin},
  editor={Rossi, Luca},
  publisher={Amer. Math. Soc.},
  date={2020},
}
\bib{S1}{article}{
  author={{\v C}api\'c, Edin},
  author={Rossi, Luca},
  title={Boundary behaviour of harmonic functions},
  journal={Israel J. Math.},
  review={\MR{4000001}},
  status={to appear},
  date={2025},
}
\end{biblist}
\end{bibdiv}
\end{document}
"""

SECTIONS = r"""\begin{document}
\section{Research}
\begin{bibsection}[Journal articles]
\bib{A}{article}{author={Rossi, Luca}, title={Broken record, journal={J. Broken}, date={2019}}
\bib{B}{article}{
  author={Rossi, Luca}, title={Spectra of {\em sparse} graphs}, journal={Ann. Probab.},
  volume={50}, number={2}, pages={1--30}, date={2022}, eprint={arXiv:2101.00001},
}
\end{bibsection}
\begin{bibsection}[Proceedings]
\bib{P}{inproceedings}{
  author={Rossi, Luca},
  title={Walks on lattices},
  conference={title={Workshop on Lattices}, address={Rome}, date={2018}},
  date={2019},
  pages={5--9},
}
\end{bibsection}
\section{Teaching}
Calculus, 2020.
\end{document}
"""


def test_each_bib_is_one_entry_at_its_line() -> None:
    bib = pubkit.loads(CV, "cv", path="cv.tex", owner="Edin Čapić")
    assert [(p.source.line if p.source else None, p.title) for p in bib] == [
        (8, "Harmonic analysis on trees"),
        (20, "Trees and their boundaries"),
        (32, "Random Walks on Graphs"),
        (39, "Boundary behaviour of harmonic functions"),
    ]
    book, chapter, collection, article = bib
    assert [a.name for a in book.authors] == ["Anna Müller", "Edin Čapić"]
    assert [a.is_owner for a in book.authors] == [False, True]
    assert book.venue is None and book.year == 2022
    assert chapter.venue is not None and chapter.venue.name == "Discrete Geometry Today"
    assert chapter.year == 2021  # the record's date, not its book's
    # an edited collection: its editors stand in the authors' place
    assert [a.name for a in collection.authors] == ["Edin Čapić", "Luca Rossi"]
    assert article.venue is not None and article.venue.name == "Israel J. Math."
    assert article.status.value == "accepted" and article.year == 2025
    assert not [p for p in bib.problems if p.is_error]


def test_fields_are_marked_and_keep_their_lines() -> None:
    document = parse(CV, path="cv.tex")
    book = next(b for b in document.blocks if "Harmonic analysis" in b.text)
    fields = {book.text[s.start : s.end]: s.target for s in book.spans if s.kind == "field"}
    assert fields["Müller, Anna†; Čapić, Edin"] == "author"
    assert fields["Harmonic analysis on trees"] == "title"
    assert fields["Springer"] == "publisher" and fields["Cham"] == "location"
    assert book.line == 8
    assert book.line_at(book.text.index("Čapić")) == 10
    assert book.line_at(book.text.index("Springer")) == 14
    assert [book.text[s.start : s.end] for s in book.spans if s.kind == "sup"] == ["†"]
    words = " ".join(b.text for b in document.blocks)
    assert "Commented out" not in words and "Never printed alone" not in words and "4000001" not in words


def test_bibsection_headings_and_an_unclosed_record() -> None:
    document = parse(SECTIONS, markup="latex")
    assert [(h.text, h.line) for h in document.headings] == [
        ("Research", 2),
        ("Journal articles", 3),
        ("Proceedings", 10),
        ("Teaching", 19),
    ]
    assert [(p.line, "braces" in p.message) for p in document.problems] == [(4, True)]
    bib = pubkit.loads(SECTIONS, "cv", path="cv.tex")
    assert [(p.source.line if p.source else None, p.title) for p in bib] == [
        (5, "Spectra of sparse graphs"),
        (11, "Walks on lattices"),
    ]
    article, paper = bib
    assert article.venue is not None and article.venue.name == "Ann. Probab." and article.year == 2022
    assert paper.venue is not None and paper.venue.name == "Workshop on Lattices" and paper.year == 2019
    assert any(p.line == 4 for p in bib.problems)


def test_deep_brace_nests_finish() -> None:
    deep = "{" * 20_000 + "Deep" + "}" * 20_000
    source = (
        "\\begin{biblist}\n\\bib{k}{article}{author={Doe, Jane}, title=" + deep + ", date={2020}}\n"
        "\\bib{u}{article}{title=" + "{" * 20_000 + "open}\n"
        "\\bib{j}{article}{author={Roe, Rita}, title={Fine title}, journal={J. Things}, date={2021}}\n"
        "\\end{biblist}\n"
    )
    document = parse(source, markup="latex")
    assert any("Fine title" in b.text for b in document.blocks)
    assert [p.line for p in document.problems] == [3]
