"""Page and CV styles the reader met first on lists written by strangers: theme pages (Jekyll's
academicpages, Hugo's Wowchemy), tables with a heading row, AsciiDoc and Typst CVs, economics CVs
that print only the co-authors. Each test is a small page of its kind, not a copy of one file."""

from __future__ import annotations

import pubkit
from pubkit.reading.markup import guess_markup, parse


def _papers(text: str, path: str) -> pubkit.Bibliography:
    return pubkit.loads(text, "cv", path=path)


ACADEMICPAGES = """<html><head><title>Publications - Ngozi Eze</title></head><body>
<div class="sidebar sticky"><h3 class="author__name">Ngozi Eze</h3>
<ul class="author__urls"><li>Edinburgh, UK</li><li><a href="mailto:x@y.z">Email</a></li></ul></div>
<div class="archive"><h1 class="page__title">Publications</h1>
<article class="archive__item">
  <h2 class="archive__item-title"><a href="/publication/2024-gloss">Interlinear Glossing for Low-Resource Languages</a></h2>
  <p>Published in <i>Transactions of the ACL</i>, 2024</p>
  <p class="archive__item-excerpt">We cast glossing as structured prediction.</p>
  <p>Recommended citation: Eze, N., &amp; Whitlock, D. (2024). &quot;Interlinear Glossing for
  Low-Resource Languages.&quot; <i>Transactions of the ACL</i>, 12, 1189–1205.</p>
  <p><a href="/files/gloss.pdf">Download Paper</a></p>
</article>
<article class="archive__item">
  <h2 class="archive__item-title"><a href="/publication/2023-tone">Do Multilingual Models Hear Tone in Languages</a></h2>
  <p>Published in <i>Findings of EMNLP</i>, 2023</p>
  <p>Recommended citation: Aas, I., &amp; Eze, N. (2023). &quot;Do Multilingual Models Hear Tone in
  Languages.&quot; In <i>Findings of EMNLP 2023</i>, pp. 8812–8826.</p>
</article></div></body></html>"""  # noqa: E501


def test_a_recommended_citation_is_the_entry_and_a_linked_heading_is_no_section() -> None:
    """The citation under each title heading is read (its label dropped); the heading, the "Published
    in" line and the excerpt are not papers of their own; a title about "Languages" is no section."""
    bib = _papers(ACADEMICPAGES, "publications.html")
    assert [p.title for p in bib] == [
        "Interlinear Glossing for Low-Resource Languages",
        "Do Multilingual Models Hear Tone in Languages",
    ]
    assert [[a.name for a in p.authors] for p in bib] == [["N. Eze", "D. Whitlock"], ["I. Aas", "N. Eze"]]
    assert [p.year for p in bib] == [2024, 2023]
    assert not bib.problems  # the sidebar's "Email" and "Edinburgh, UK" are not read


WOWCHEMY = """<html><head><title>Publications | Lena Hoffmann</title></head><body>
<div class="pub-list-item"><span class="article-metadata li-cite-author">
<span class="author-highlighted">Lena Hoffmann</span>, <span>Tobias Wendt</span>, <span>Marco Bianchi</span>
</span> (2024). <a href="/publication/a/">Tactile servoing for deformable objects in cluttered bins</a>.
<em>IEEE Robotics and Automation Letters</em>.</div>
<div class="pub-list-item"><span class="article-metadata li-cite-author">
<span>Akosua Boateng</span>, <span class="author-highlighted">Lena Hoffmann</span>, <span>Marco Bianchi</span>
</span> (2023). <a href="/publication/b/">Learning grasp affordances from human video</a>.
<em>Conference on Robot Learning (CoRL)</em>.</div>
<div class="pub-list-item"><span class="article-metadata li-cite-author">
<span class="author-highlighted">Lena Hoffmann</span>, <span>Marco Bianchi</span>
</span> (2022). <a href="/publication/c/">Contact-rich insertion with learned impedance</a>.
<em>IEEE International Conference on Robotics and Automation (ICRA)</em>.</div>
</body></html>"""


def test_a_highlighted_author_span_and_the_page_title_name_the_owner() -> None:
    bib = _papers(WOWCHEMY, "publications.html")
    assert bib.owner == "Lena Hoffmann"
    assert [next(i for i, a in enumerate(p.authors) if a.is_owner) for p in bib] == [0, 1, 0]


MARKDOWN_TABLE = """## Refereed papers

| Year | Title | Journal | Authors | Links |
|------|-------|---------|---------|-------|
| 2024 | Late-time radio flares from tidal disruption events | The Astrophysical Journal Letters | A. Nakashima, **T. Adeyemi**, L. Ferrer | [arXiv](https://arxiv.org/abs/2404.00917) |
| 2023 | Spectroscopic evolution of the helium-rich TDE AT 2021ehb | Astronomy & Astrophysics | L. Ferrer, **T. Adeyemi** | [ADS](https://ui.adsabs.harvard.edu/abs/x) |
| 2022 | Machine-learning photometric classification of nuclear transients | The Astronomical Journal | M. Hu, **T. Adeyemi**, K. Lindberg | — |
"""  # noqa: E501


def test_a_tables_heading_row_names_the_field_of_each_column() -> None:
    bib = _papers(MARKDOWN_TABLE, "papers.md")
    assert bib[0].title == "Late-time radio flares from tidal disruption events"
    assert [p.venues[0].name for p in bib] == [
        "The Astrophysical Journal Letters",
        "Astronomy & Astrophysics",
        "The Astronomical Journal",
    ]
    assert [len(p.authors) for p in bib] == [3, 2, 3]
    html = "<table><tr><th>Year</th><th>Title</th><th>Venue</th><th>Authors</th></tr>" + "".join(
        f"<tr><td>{p.year}</td><td>{p.title}</td><td>{p.venues[0].name}</td>"
        f"<td>{', '.join(a.name for a in p.authors)}</td></tr>"
        for p in bib
    )
    assert [p.venues[0].name for p in _papers(f"<html><body>{html}</table></body></html>", "p.html")] == [
        p.venues[0].name for p in bib
    ]


ASCIIDOC = """= Rafael Quintanilla-Beck: Curriculum Vitae
Rafael Quintanilla-Beck <rqb@cs.example.edu>
:toc: left

== Employment

[horizontal]
2021--:: Associate Professor, Utrecht University

== Publications

// a paper under embargo is left out
. Amara Diallo, *Rafael Quintanilla-Beck*, and Yusuke Ohta.
_Sound Gradual Verification with Symbolic Execution_.
In Proceedings of the ACM on Programming Languages (OOPSLA), 2025.
https://doi.org/10.1145/3720412[doi:10.1145/3720412]

. *Rafael Quintanilla-Beck* and Helena Sørensen.
_Typed Holes for Probabilistic Programs_.
In European Symposium on Programming (ESOP 2024), pp. 211--238. Springer, 2024.

----
. Not a paper: a listing block
----
"""


def test_asciidoc_items_headings_and_comments() -> None:
    assert guess_markup("cv.adoc", ASCIIDOC) == guess_markup(None, ASCIIDOC) == "asciidoc"
    document = parse(ASCIIDOC, path="cv.adoc")
    assert [h.text for h in document.headings][:2] == [
        "Rafael Quintanilla-Beck: Curriculum Vitae",
        "Employment",
    ]
    bib = _papers(ASCIIDOC, "cv.adoc")
    assert [p.title for p in bib] == [
        "Sound Gradual Verification with Symbolic Execution",
        "Typed Holes for Probabilistic Programs",
    ]
    assert [p.year for p in bib] == [2025, 2024]
    assert bib[0].identifiers.doi == "10.1145/3720412"
    assert [a.is_owner for a in bib[1].authors] == [True, False]


TYPST = """#import "@preview/modern-cv:0.7.0": *
#set text(font: "New Computer Modern", size: 10pt)

#align(center)[
  #text(size: 18pt)[*Mira Castellanos-Lund*] \\
  Department of Mathematics, Stockholm University
]

= Publications
== 2024
+ M. Castellanos-Lund and T. Oduya, _Global well-posedness for the energy-critical wave maps equation_, Ann. of Math. *199* (2024), no. 2, 455--531.
+ R. Delacroix-Hale, M. Castellanos-Lund and S. Ibarra, #link("https://doi.org/10.1007/s00220-024-04911-2")[_Resolvent estimates for Schrödinger operators on hyperbolic surfaces_], Comm. Math. Phys. *405* (2024).
// + M. Castellanos-Lund, _Lecture notes on Strichartz estimates_, unpublished (2016).
/* + M. Castellanos-Lund, _A withdrawn note_, 2015. */

= Talks
- _Soliton resolution in the radial case_, Oberwolfach workshop, 2023.
"""  # noqa: E501


def test_typst_items_headings_code_and_comments() -> None:
    assert guess_markup("cv.typ", TYPST) == guess_markup(None, TYPST) == "typst"
    bib = _papers(TYPST, "cv.typ")
    assert [p.title for p in bib] == [
        "Global well-posedness for the energy-critical wave maps equation",
        "Resolvent estimates for Schrödinger operators on hyperbolic surfaces",
    ]
    assert [p.year for p in bib] == [2024, 2024]
    assert bib[1].identifiers.doi == "10.1007/s00220-024-04911-2"


ECONOMICS = """# Clara Mendoza-Reyes

## Publications

- "Minimum Wages and the Geography of Firm Entry" (with Jonas Erikson and Priya Natarajan), *American Economic Review*, 2024, 114(6): 1655–1698.
- "Unemployment Insurance and Job Search Across the Business Cycle", *Review of Economic Studies*, 2023, 90(2): 812–849.
- "Sticky Wages, Flexible Hours" (with Hyun-woo Kang), *American Economic Journal: Macroeconomics*, forthcoming.

## Work in Progress

- "Heat and Labor Supply in Informal Economies"

## Teaching

- Intermediate Macroeconomics (undergraduate), 2021–2024.
"""  # noqa: E501


def test_an_economics_cv_prints_only_the_co_authors() -> None:
    """The owner is every paper's first author; "(with X and Y)" are the others; the quoted title ends
    at its closing quote; "Work in Progress" is a section of papers, teaching is not."""
    bib = _papers(ECONOMICS, "cv.md")
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Clara Mendoza-Reyes", "Jonas Erikson", "Priya Natarajan"],
        ["Clara Mendoza-Reyes"],
        ["Clara Mendoza-Reyes", "Hyun-woo Kang"],
        ["Clara Mendoza-Reyes"],
    ]
    assert all(p.authors[0].is_owner for p in bib)
    assert bib[2].title == "Sticky Wages, Flexible Hours"
    assert [p.venues[0].name if p.venues else None for p in bib][:2] == [
        "American Economic Review",
        "Review of Economic Studies",
    ]


def test_letters_after_the_owners_name_are_not_part_of_it() -> None:
    text = (
        "# Abena Osei-Bonsu, MD, MPH\n\n## Publications\n\n"
        "1. Nakamura K, **Osei-Bonsu A**, Lindqvist P. Sex differences in heart failure. "
        "*JAMA Cardiol*. 2024;9(3):211-219.\n"
        "2. **Osei-Bonsu A**, Whitfield RJ. Readmission after heart failure hospitalization. "
        "*Circ Heart Fail*. 2023;16(2):e009876.\n"
    )
    bib = _papers(text, "cv.md")
    assert bib.owner == "Abena Osei-Bonsu"
    assert [next(i for i, a in enumerate(p.authors) if a.is_owner) for p in bib] == [1, 0]
