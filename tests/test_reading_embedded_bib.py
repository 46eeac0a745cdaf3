"""A LaTeX CV whose `.bib` is embedded (`filecontents`): `\\fullcite` items and `\\printbibliography`."""

from __future__ import annotations

import pubkit
from pubkit.reading.markup import parse

CV = r"""\begin{filecontents}{pubs.bib}
@article{doe2024,
  author = {Doe, Jane and \textbf{Roe, Rita}},
  title = {Sparse graphs and their spectra},
  journal = {Journal of Graph Theory},
  volume = {105},
  pages = {1--20},
  year = {2024},
  doi = {10.1002/jgt.1},
}
@inproceedings{roe2023,
  author = {Roe, Rita and Poe, Paul},
  title = {Fast spectral clustering},
  booktitle = {Proceedings of SODA},
  year = {2023},
  author+an = {1=highlight; 2=equal},
}
@unpublished{roe2025,
  author = {Roe, Rita},
  title = {Expanders everywhere},
  year = {2025},
  pubstate = {submitted},
}
@misc{talk2024,
  author = {Roe, Rita},
  title = {Spectra, an invited talk},
  year = {2024},
}
\end{filecontents}
\documentclass{article}
\usepackage{biblatex}
\addbibresource{pubs.bib}
\begin{document}
\section{Journal articles}
$^*$ equal contribution.
\begin{itemize}
  \item \fullcite{doe2024} \emph{Best paper award.}
  \item \fullcite{nokey2020}
\end{itemize}
\nocite{*}
\printbibliography[type=inproceedings,heading=subbibliography,title={Conference papers}]
\printbibliography[type=unpublished,title={Preprints}]
\section{Talks}
\printbibliography[type=misc,heading=none]
\end{document}
"""


def test_fullcite_items_and_printed_bibliographies_are_the_embedded_records() -> None:
    bib = pubkit.loads(CV, "cv", path="cv.tex", owner="Rita Roe")
    papers = {p.title: p for p in bib}
    assert list(papers) == [
        "Sparse graphs and their spectra",
        "Fast spectral clustering",
        "Expanders everywhere",
    ]
    article, proceedings, preprint = papers.values()
    assert article.source is not None and article.source.line == 37  # the \item's line
    assert [a.name for a in article.authors] == ["Jane Doe", "Rita Roe"]
    assert [a.is_owner for a in article.authors] == [False, True]
    assert article.venue is not None and article.venue.name == "Journal of Graph Theory"
    assert (article.year, article.volume, article.identifiers.doi) == (2024, "105", "10.1002/jgt.1")
    assert proceedings.source is not None and proceedings.source.line == 11  # its line in the .bib
    assert [a.equal_contribution for a in proceedings.authors] == [False, True]
    assert proceedings.source.section is not None and "Conference papers" in proceedings.source.section
    assert preprint.status is pubkit.Status.SUBMITTED
    assert any(p.line == 38 and "nokey2020" in p.message for p in bib.problems)


def test_the_filecontents_block_is_never_read_as_text() -> None:
    document = parse(CV, markup="latex")
    words = " ".join(b.text for b in document.blocks)
    assert "@article" not in words and "author+an" not in words
    assert "Conference papers" in [h.text for h in document.headings]


def test_an_item_that_is_one_cite_and_a_bibliography_without_options() -> None:
    source = CV.replace(r"\fullcite{doe2024} \emph{Best paper award.}", r"\cite{doe2024}")
    source = source.replace(r"\printbibliography[type=unpublished,title={Preprints}]", r"\printbibliography")
    bib = pubkit.loads(source, "cv", path="cv.tex")
    titles = [p.title for p in bib]
    assert titles.count("Sparse graphs and their spectra") == 1  # printed once, in its item
    assert "Expanders everywhere" in titles


def test_a_huge_filecontents_block_is_read() -> None:
    record = "@article{k%d,\n  author = {Doe, Jane},\n  title = {Title number %d},\n"
    record += "  journal = {J},\n  year = {2020},\n}\n"
    body = "".join(record % (n, n) for n in range(3000))
    source = (
        "\\begin{filecontents*}{x.bib}\n" + body + "\\end{filecontents*}\n\\begin{document}\n\\nocite{*}\n"
    )
    source += "\\section{Publications}\n\\printbibliography\n\\end{document}\n"
    bib = pubkit.loads(source, "cv", path="cv.tex")
    assert len(bib) == 3000
    unclosed = "\\begin{filecontents}{y.bib}\n" + "{" * 100_000 + "\n"
    pubkit.loads(unclosed, "cv", path="cv.tex")  # finishes
