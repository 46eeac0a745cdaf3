"""Page and CV styles the reader met first on lists written by strangers: theme pages (Jekyll's
academicpages, Hugo's Wowchemy), tables with a heading row, AsciiDoc and Typst CVs, economics CVs
that print only the co-authors. Each test is a small page of its kind, not a copy of one file."""

from __future__ import annotations

import pytest

import pubkit
from pubkit.model import Status
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


SUB_BULLETS = """## Publications

- **Typing Without Looking: Eyes-Free Text Entry on Smartwatches for Blind Users**
  - Aiko Tanabe, <u>Rosa Lindgren</u>, Jonas Berg
  - *CHI '25: Proceedings of the 2025 CHI Conference on Human Factors in Computing Systems*
- **Shared Screens, Split Attention: How Families Negotiate Tablet Use at Dinner**
  - <u>Rosa Lindgren</u>, Marcus Oyelaran, Hanna Virtanen
  - *Proceedings of the ACM on Human-Computer Interaction (CSCW)*, 2024
"""


def test_sub_bullets_under_a_title_are_the_lines_of_its_entry() -> None:
    bib = _papers(SUB_BULLETS, "cv.md")
    assert len(bib) == 2 and not bib.problems
    assert bib[0].title == "Typing Without Looking: Eyes-Free Text Entry on Smartwatches for Blind Users"
    assert [a.name for a in bib[0].authors] == ["Aiko Tanabe", "Rosa Lindgren", "Jonas Berg"]
    assert "CHI Conference on Human Factors" in bib[0].venues[0].name


def test_myst_roles_badges_and_type_codes() -> None:
    """`{sup}`†`` is a superscript marker; a leading `` `CVPR 2025` `` badge is the venue and year; a
    GB/T 7714 "[J]" ends a Chinese title."""
    text = (
        "## Publications\n\n{sup}`†` equal contribution.\n\n"
        "- `CVPR 2025` [Dreaming in Voxels: Sparse Latent Diffusion for 3D Shapes](https://arxiv.org/abs/2412.09876),"
        " Zhen Liu{sup}`†`, **Jiayi Wang**{sup}`†`, Ming Li.\n"
        "- 陈晓宇, **王佳怡**, 李明. 稀疏视角下的新视角合成综述[J]. "
        "中国图象图形学报, 2022, 27(6): 1789-1810.\n"
    )
    bib = _papers(text, "index.md")
    first, second = bib
    assert (first.title, first.year, first.venues[0].name) == (
        "Dreaming in Voxels: Sparse Latent Diffusion for 3D Shapes",
        2025,
        "CVPR",
    )
    assert [a.name for a in first.authors] == ["Zhen Liu", "Jiayi Wang", "Ming Li"]
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert (second.title, second.venues[0].name, second.year) == (
        "稀疏视角下的新视角合成综述",
        "中国图象图形学报",
        2022,
    )
    assert [a.name for a in second.authors] == ["陈晓宇", "王佳怡", "李明"]


def test_a_heading_inside_a_list_item_is_a_line_of_it() -> None:
    """Research portals (Elsevier Pure) print each output as `<li><h3>title</h3>authors, In: journal`."""
    html = (
        "<html><body><h2>Research output</h2><ul>"
        "<li><h3 class='title'><a href='/p/1'><span>Dune erosion during storm surges in the Dutch safety"
        " assessment</span></a></h3>Geerdink, T. R. A., de Vries, A. &amp; Warmink, J. J., 2024,"
        " <span class='journal'>In: <a href='/j'>Coastal Engineering</a></span>. 190, 104512.</li>"
        "<li><h3 class='title'><a href='/p/2'><span>Learning roughness for hydraulic models of the Rhine"
        " branches</span></a></h3>Bomers, A., de Vries, A. &amp; Schielen, R. M. J., 2023,"
        " <span class='journal'>In: <a href='/j2'>Water Resources Research</a></span>. 59, 3.</li>"
        "</ul></body></html>"
    )
    bib = _papers(html, "portal.html")
    assert [p.title for p in bib] == [
        "Dune erosion during storm surges in the Dutch safety assessment",
        "Learning roughness for hydraulic models of the Rhine branches",
    ]
    assert [len(p.authors) for p in bib] == [3, 3]
    assert [p.venues[0].name for p in bib] == ["Coastal Engineering", "Water Resources Research"]


def test_sections_in_portuguese_and_cv_section_macros() -> None:
    text = (
        "Carla Lima Ferreira\n\nProdução bibliográfica\n\nArtigos completos publicados em periódicos\n\n"
        "1. FERREIRA, C. L.; SOUZA, M. A. Fósforo em solos do Cerrado sob plantio direto. Revista Brasileira"
        " de Ciência do Solo, v. 45, p. 1-12, 2021.\n\n"
        "Livros publicados/organizados ou edições\n\n"
        "2. FERREIRA, C. L.; ALVES, R. Manejo de solos tropicais. 1. ed. Brasília: Embrapa, 2020. 320p.\n\n"
        "Apresentações de Trabalho\n\n3. FERREIRA, C. L. Fósforo e plantio direto. 2019. (Apresentação).\n"
    )
    bib = _papers(text, "lattes.txt")
    assert [p.year for p in bib] == [2021, 2020]
    latex = (
        "\\documentclass{europasscv}\\begin{document}\\ecvsection{Istruzione e formazione}"
        "\\ecvitem{2014}{Laurea magistrale, Università di Bologna}\\ecvsection{Pubblicazioni}"
        "\\ecvitem{2022}{L. Bianchi, M. Rossi, \\textit{Ceramiche a vernice nera dall'Etruria},"
        " Studi Etruschi 85, 2022.}"
        "\\end{document}"
    )
    headings = [h.text for h in parse(latex, path="cv.tex").headings]
    assert headings == ["Istruzione e formazione", "Pubblicazioni"]


PAPER_BOXES = """# 📝 Publications

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">CVPR 2025</div><img src='a.png'></div></div>
<div class='paper-box-text' markdown="1">

[SceneWeaver: Compositional 3D Scene Generation with Layout-Guided Gaussian Diffusion](https://arxiv.org/abs/2503.01234)

**Jiayi Wang**, Hyunwoo Park, Yuki Nakamura, Ming Li

[**Project**](https://sceneweaver.github.io/) | [Code](https://github.com/x/y)
</div>
</div>

<div class='paper-box'><div class='paper-box-image'><div><div class="badge">ECCV 2024 Oral</div><img src='b.png'></div></div>
<div class='paper-box-text' markdown="1">

[GaussCity: Unbounded City-Scale Neural Rendering with Hierarchical 3D Gaussians](https://arxiv.org/abs/2407.05678)

**Jiayi Wang**, Zhen Liu, Seo-yeon Choi, Ming Li

[**Project**](https://gausscity.github.io/)
</div>
</div>
"""  # noqa: E501


def test_a_paper_box_is_one_entry_with_its_badge_as_venue_and_year() -> None:
    """AcadHomepage: a badge, a linked title, an author line and a row of links, each its own block."""
    bib = _papers(PAPER_BOXES, "index.md")
    assert [p.title.split(":")[0] for p in bib] == ["SceneWeaver", "GaussCity"]
    assert [(p.year, p.venues[0].name if p.venues else None) for p in bib] == [(2025, "CVPR"), (2024, "ECCV")]
    assert [[a.name for a in p.authors][-1] for p in bib] == ["Ming Li", "Ming Li"]


RESEARCH_PORTAL = """<html><head><title>Research output - Lena Okafor</title></head><body>
<h2>Research output</h2>
<ul class="list-results">
<li class="list-result-item"><div class="rendering rendering_journal">
<h3 class="title"><a rel="ContributionToJournal" href="https://portal.example.edu/en/publications/tidal-mixing"
 class="link"><span>Tidal mixing in shallow estuaries under changing river discharge</span></a></h3>
<a rel="Person" href="https://portal.example.edu/en/persons/okafor" class="link person"><span>Okafor, L.</span></a>,
Brandt, K. H. &amp; <a href="https://portal.example.edu/en/persons/meyer" class="link"><span>Meyer, J. P. R.</span></a>,
<span class="date">Mar 2024</span>, <span class="journal">In: <a rel="Journal" href="https://portal.example.edu/en/journals/x"
 class="link"><span>Estuarine Coastal and Shelf Science</span></a></span>. <span class="volume">41</span>,
 <span class="journal-issue">3</span>, p. 112-130
<p class="type"><span>Research output: </span><span>Contribution to journal › Article › Academic › peer-review</span></p>
</div></li>
<li class="list-result-item"><div class="rendering rendering_journal">
<h3 class="title"><a rel="ContributionToJournal" href="https://portal.example.edu/en/publications/sediment-budgets"
 class="link"><span>Sediment budgets of a dredged tidal channel</span></a></h3>
<a rel="Person" href="https://portal.example.edu/en/persons/ito" class="link person"><span>Ito, M.</span></a> &amp;
<a rel="Person" href="https://portal.example.edu/en/persons/okafor" class="link person"><span>Okafor, L.</span></a>,
<span class="date">Jun 2022</span>, <span class="journal">In: <a rel="Journal" href="https://portal.example.edu/en/journals/y"
 class="link"><span>Continental Shelf Research</span></a></span>. <span class="volume">236</span>, p. 45-58
<p class="type"><span>Research output: </span><span>Contribution to journal › Article › Academic › peer-review</span></p>
</div></li>
</ul></body></html>"""  # noqa: E501


def test_a_research_portal_links_its_authors_to_their_pages_and_marks_its_fields() -> None:
    """A research portal's entry: a link to a person's page is an author's name (not a linked title),
    the page's date / volume / issue classes say what they hold, its output-type line is no venue."""
    bib = _papers(RESEARCH_PORTAL, "portal.html")
    assert [p.title for p in bib] == [
        "Tidal mixing in shallow estuaries under changing river discharge",
        "Sediment budgets of a dredged tidal channel",
    ]
    first, second = bib
    assert [a.name for a in first.authors] == ["L. Okafor", "K. H. Brandt", "J. P. R. Meyer"]
    assert [a.name for a in second.authors] == ["M. Ito", "L. Okafor"]
    assert [p.year for p in bib] == [2024, 2022]
    assert [p.venue.name if p.venue else None for p in bib] == [
        "Estuarine Coastal and Shelf Science",
        "Continental Shelf Research",
    ]
    assert (first.volume, first.number, first.pages) == ("41", "3", "112--130")
    assert bib.owner == "Lena Okafor"
    assert all(p.authors[[a.name for a in p.authors].index("L. Okafor")].is_owner for p in bib)


RST_FIELD_LISTS = """Publications
############

.. note::

   :sup:`†` marks equal contribution.

Journal papers
==============

* Adaptive mesh refinement for compressible flows on GPUs

  :Authors: **Ilse van Dijk**\\ :sup:`†`, Miriam Okafor\\ :sup:`†`
  :Journal: *SIAM Journal on Scientific Computing*, 46(2), A1021-A1045
  :Year: 2024
  :Status: published

* Entropy-stable schemes on curvilinear meshes

  Ilse van Dijk, Hendrik Visser. *Computers & Fluids*, 255, 105821, 2023.

* Roofline analysis of flux reconstruction kernels
  :Authors: Hendrik Visser, **Ilse van Dijk**
  :Venue: SC Workshops
  :Year: 2022
"""


def test_an_rst_item_goes_on_under_its_marker_and_its_field_list_names_the_fields() -> None:
    """A reST bullet's body indented under it, after a blank line, is part of the item; its field
    list's names are dropped and mark the fields (":Journal:" is the venue, its numbers stay numbers);
    a `.. note::` is read for its legend, never as an entry."""
    bib = _papers(RST_FIELD_LISTS, "pubs.rst")
    assert [p.title for p in bib] == [
        "Adaptive mesh refinement for compressible flows on GPUs",
        "Entropy-stable schemes on curvilinear meshes",
        "Roofline analysis of flux reconstruction kernels",
    ]
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Ilse van Dijk", "Miriam Okafor"],
        ["Ilse van Dijk", "Hendrik Visser"],
        ["Hendrik Visser", "Ilse van Dijk"],
    ]
    first = bib[0]
    assert [a.equal_contribution for a in first.authors] == [True, True]
    assert first.venue is not None and first.venue.name == "SIAM Journal on Scientific Computing"
    assert (first.volume, first.number, first.pages, first.year) == ("46", "2", "A1021--A1045", 2024)
    assert [p.venue.name if p.venue else None for p in bib[1:]] == ["Computers & Fluids", "SC Workshops"]
    assert bib.owner == "Ilse van Dijk"
    assert not bib.problems


JAPANESE = """# 業績一覧 (Publications)

山田 太郎 (Taro Yamada) ／ 東北大学 大学院情報科学研究科 准教授

\\* は筆頭著者と同等の貢献 (equal contribution) を示します。

## International Conferences

1. Hanako Sato\\*, **Taro Yamada**\\*, Kenji Takahashi. "Cross-lingual Transfer for Dependency
   Parsing." In *Findings of ACL 2023*, pp. 301–328.
2. **Taro Yamada**, Mai Nakamura. "Tokenization Matters for Pretrained Models." In *Proceedings of
   EMNLP 2022*, pp. 4410–4421.
3. Mai Nakamura, **Taro Yamada**. "A Benchmark for Legal Question Answering." In *Proceedings of
   LREC 2022*, pp. 880–889.

## 論文誌 (Journal Papers)

1. **山田 太郎**, 佐藤 花子, 鈴木 一郎: 「大規模言語モデルを用いた日本語文法誤り訂正の評価」, 情報処理学会論文誌, Vol. 65,
   No. 3, pp. 512–523, 2024年3月.
2. 中村 舞, **山田 太郎**: 「日本語法律文書に対する質問応答データセットの構築」, 言語処理学会第30回年次大会, P3-12, 2024年3月.
"""  # noqa: E501


def test_japanese_titles_in_corner_brackets_and_the_owner_in_both_scripts() -> None:
    """「」 quotes a title (the journal after it is the venue); the owner printed bold in kanji on a page
    whose owner is Taro Yamada is the owner; a legend in Japanese with its English gloss is read; a
    section of "International Conferences" is no internship."""
    bib = _papers(JAPANESE, "publications.md")
    assert [p.title for p in bib] == [
        "Cross-lingual Transfer for Dependency Parsing",
        "Tokenization Matters for Pretrained Models",
        "A Benchmark for Legal Question Answering",
        "大規模言語モデルを用いた日本語文法誤り訂正の評価",
        "日本語法律文書に対する質問応答データセットの構築",
    ]
    assert bib.owner == "Taro Yamada"
    assert [[a.name for a in p.authors if a.is_owner] for p in bib] == [
        ["Taro Yamada"],
        ["Taro Yamada"],
        ["Taro Yamada"],
        ["山田 太郎"],
        ["山田 太郎"],
    ]
    assert [a.equal_contribution for a in bib[0].authors] == [True, True, False]
    assert [a.name for a in bib[3].authors] == ["山田 太郎", "佐藤 花子", "鈴木 一郎"]
    assert [p.venue.name if p.venue else None for p in bib[3:]] == [
        "情報処理学会論文誌",
        "言語処理学会第30回年次大会",
    ]
    assert [p.year for p in bib] == [2023, 2022, 2022, 2024, 2024]
    assert not bib.problems


def test_german_quotes_are_balanced() -> None:
    """„…“ is a German pair (its “ closes): no warning about a missing closing quote."""
    text = (
        "# Veröffentlichungen\n\n"
        "- Anna Brenner. „Armut und Fürsorge im Vormärz“. Historische Zeitschrift 312 (2021), 1–30.\n"
    )
    bib = _papers(text, "pubs.md")
    assert [p.title for p in bib] == ["Armut und Fürsorge im Vormärz"]
    assert not [p for p in bib.problems if "quote" in p.message]


ORCID_WORKS = """Ingrid Solberg
ORCID iD

Works (3)

Grain refinement by Zr additions in laser powder bed fused Al-Mg alloys
Acta Materialia
2025-01-15 | Journal article
DOI: 10.1016/j.actamat.2024.120611
CONTRIBUTORS: Ingrid Solberg; Tomás Ferreira; Kenji Watanabe
Source: Crossref

Learned free-energy functionals for multicomponent solidification
arXiv
2024-11-02 | Preprint
DOI: 10.48550/arXiv.2411.01187
CONTRIBUTORS: Tomás Ferreira; Ingrid Solberg
Source: DataCite

Columnar-to-equiaxed transition under pulsed laser scanning
Additive Manufacturing
2024-06 | Journal article
CONTRIBUTORS: Ingrid Solberg; Marit Haugen
Source: Ingrid Solberg
"""


def test_a_record_printed_one_field_per_line_keeps_its_lines_apart() -> None:
    """An ORCID works list: title, journal, "date | kind" and "KEY: value" lines, one field each; the
    keys mark their fields (CONTRIBUTORS the authors, Source no venue), the kind of work is no venue."""
    bib = _papers(ORCID_WORKS, "orcid.txt")
    assert [p.title for p in bib] == [
        "Grain refinement by Zr additions in laser powder bed fused Al-Mg alloys",
        "Learned free-energy functionals for multicomponent solidification",
        "Columnar-to-equiaxed transition under pulsed laser scanning",
    ]
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Ingrid Solberg", "Tomás Ferreira", "Kenji Watanabe"],
        ["Tomás Ferreira", "Ingrid Solberg"],
        ["Ingrid Solberg", "Marit Haugen"],
    ]
    assert [p.year for p in bib] == [2025, 2024, 2024]
    venues = [p.venue.name if p.venue else None for p in bib]
    assert venues == ["Acta Materialia", "arXiv", "Additive Manufacturing"]
    assert bib[0].identifiers.doi == "10.1016/j.actamat.2024.120611"
    assert bib.owner == "Ingrid Solberg"


GERMAN_CHAIR = """<html><head>
<title>Prof. Dr. Katharina Brenner: Veröffentlichungen – Historisches Seminar – Universität Leipzig</title>
</head><body>
<header><h1>Prof. Dr. Katharina Brenner</h1></header>
<h2>Veröffentlichungen</h2>
<h3>Monographien</h3>
<ul>
<li>Die Stadt und ihre Armen. Kommunale Fürsorge in Leipzig und Dresden,
Köln/Weimar/Wien: Böhlau 2019, 486 S.</li>
</ul>
<h3>Aufsätze</h3>
<ul>
<li>„Arme Leute, gute Bürger? Städtische Fürsorge im Kaiserreich“, in: Geschichte und Gesellschaft 49 (2023),
H. 2, S. 211–238.</li>
<li>(zus. mit Jonas Albrecht) „Zählen, ordnen, helfen. Armenstatistik als Verwaltungswissen“, in: Archiv für
Sozialgeschichte 62 (2022), S. 101–130.</li>
</ul></body></html>"""


def test_a_chairs_page_the_owner_from_its_heading_and_works_printed_without_the_owner() -> None:
    """The owner is the page's heading (not "Historisches Seminar" from its title); a monograph cited
    with place, publisher and year, a quoted article and "(zus. mit X)" all have the owner first."""
    bib = _papers(GERMAN_CHAIR, "veroeffentlichungen.html")
    assert bib.owner == "Katharina Brenner"
    titles = [p.title for p in bib]
    assert titles[0].startswith("Die Stadt und ihre Armen")  # where its subtitle goes is a guess
    assert titles[1:] == [
        "Arme Leute, gute Bürger? Städtische Fürsorge im Kaiserreich",
        "Zählen, ordnen, helfen. Armenstatistik als Verwaltungswissen",
    ]
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Katharina Brenner"],
        ["Katharina Brenner"],
        ["Katharina Brenner", "Jonas Albrecht"],
    ]
    assert all(p.authors[0].is_owner for p in bib)
    assert [p.year for p in bib] == [2019, 2023, 2022]


PROFILE_CARDS = """<html><head><title>Ann Lee | Scholars</title></head><body>
<section class="PublicationList_root__m4N5" aria-label="Publications">
<div class="Card_root__7Hx"><a class="Card_title__3kL" href="/publications/1">Mixed-matrix membranes with aligned
MOF nanosheets</a><div class="Card_authors__9aQ"><span>Dan Kowalski</span>, <a class="AuthorLink_self__W2e"
href="/scholars/alee">Ann Lee</a></div><div class="Card_meta__Pp3"><span class="Card_source__Z8r">Journal of
Membrane Science</span><span class="Card_dot__e1">·</span><span class="Card_date__k2W">February 2025</span></div></div>
<div class="Card_root__7Hx"><a class="Card_title__3kL" href="/publications/2">Engineering carbon molecular sieve
membranes for olefin separations</a><div class="Card_authors__9aQ"><a class="AuthorLink_self__W2e"
href="/scholars/alee">Ann Lee</a></div><div class="Card_meta__Pp3"><span class="Card_source__Z8r">Georgia Institute
of Technology</span><span class="Card_dot__e1">·</span><span class="Card_date__k2W">May 2018</span></div></div>
</section></body></html>"""  # noqa: E501


def test_a_react_profile_marks_its_fields_in_generated_class_names() -> None:
    """Cards of `<div>`s whose CSS-module classes name their fields ("Card_authors__9aQ"): the linked
    title, the authors below it (one author too) and the source · date line are one entry; the dot
    between two spans is no part of the venue."""
    bib = _papers(PROFILE_CARDS, "profile.html")
    assert [p.title for p in bib] == [
        "Mixed-matrix membranes with aligned MOF nanosheets",
        "Engineering carbon molecular sieve membranes for olefin separations",
    ]
    assert [[a.name for a in p.authors] for p in bib] == [["Dan Kowalski", "Ann Lee"], ["Ann Lee"]]
    assert [p.venue.name if p.venue else None for p in bib] == [
        "Journal of Membrane Science",
        "Georgia Institute of Technology",
    ]
    assert [p.year for p in bib] == [2025, 2018]
    assert bib.owner == "Ann Lee"


SWEDISH_CV = """CURRICULUM VITAE – ANNA LINDBERG
Docent i hydrologi, Uppsala universitet

1. Examina
2017 Filosofie doktor i hydrologi, Uppsala universitet

2. Publikationer
(* = delat förstaförfattarskap)

2.1 Artiklar i vetenskapliga tidskrifter (refereegranskade)

[1] Anna Lindberg*, Johan Ek* och Karin Sjöberg. ”Snow drought and streamflow in northern
Sweden”. I: Hydrology and Earth System Sciences 28 (2024), s. 1021–1040.
[2] Johan Ek, Anna Lindberg och Pekka Virtanen. ”Groundwater recharge under a warming
climate”. I: Journal of Hydrology 615 (2022), s. 128701.

3. Inbjudna föredrag (urval)

2024 ”Snow drought in the Nordics”, EGU General Assembly, Wien (inbjuden).
"""


def test_a_swedish_cv_numbered_sections_och_and_a_swedish_legend() -> None:
    """Numbered section lines ("2.1 Artiklar i vetenskapliga tidskrifter") are headings, Swedish section
    words say which are papers (talks are not), "och" joins names, ”…” quotes a title, "I:" opens
    the venue and "delat förstaförfattarskap" is equal contribution."""
    bib = _papers(SWEDISH_CV, "cv.txt")
    assert [p.title for p in bib] == [
        "Snow drought and streamflow in northern Sweden",
        "Groundwater recharge under a warming climate",
    ]
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Anna Lindberg", "Johan Ek", "Karin Sjöberg"],
        ["Johan Ek", "Anna Lindberg", "Pekka Virtanen"],
    ]
    assert [a.equal_contribution for a in bib[0].authors] == [True, True, False]
    assert [p.venue.name if p.venue else None for p in bib] == [
        "Hydrology and Earth System Sciences",
        "Journal of Hydrology",
    ]
    assert bib.owner == "Anna Lindberg"
    assert not [p for p in bib.problems if p.severity is pubkit.Severity.ERROR]


GOST_LIST = """СОКОЛОВА Екатерина Андреевна
кандидат физико-математических наук, доцент

СПИСОК НАУЧНЫХ ТРУДОВ

I. Статьи в изданиях, индексируемых в Web of Science и Scopus

1. Sokolova E.A., Lebedev M.V., Park J. Adaptive discontinuous Galerkin methods for
   convection-dominated problems // Journal of Computational Physics. 2024. Vol. 498. P. 112671.
2. Соколова Е.А., Каримов Р.Т. Об устойчивости разрывного метода Галёркина для уравнения
   переноса // Журнал вычислительной математики. 2022. Т. 62, № 5. С. 801–815.

II. Доклады на конференциях

1. Sokolova E.A. Adaptive meshes for convection problems // Марчуковские чтения, 2021.
"""


def test_a_russian_list_its_owner_in_both_scripts_and_its_sections() -> None:
    """A GOST list: "СПИСОК НАУЧНЫХ ТРУДОВ" is a section, never the owner; the owner named on the first
    line is found printed as "Соколова Е.А." and as "Sokolova E.A."; talks ("Доклады") are no papers."""
    bib = _papers(GOST_LIST, "trudy.txt")
    assert bib.owner is not None and bib.owner.startswith("СОКОЛОВА")
    assert [p.title for p in bib] == [
        "Adaptive discontinuous Galerkin methods for convection-dominated problems",
        "Об устойчивости разрывного метода Галёркина для уравнения переноса",
    ]
    assert [[a.name for a in p.authors if a.is_owner] for p in bib] == [["Sokolova E.A."], ["Соколова Е.А."]]
    assert [p.year for p in bib] == [2024, 2022]


AUTHOR_PAGE_COPY = """Ingrid Solberg

2024

pdf bib abs
Cross-lingual Transfer of Discourse Relations for Low-resource Languages
Ingrid Solberg | Mateo Ruiz | Lilja Ólafsdóttir
Proceedings of the 2024 Joint International Conference on Computational Linguistics (LREC-COLING 2024)

pdf bib
Connective Lexicons for the Nordic Languages
Ingrid Solberg
Proceedings of the 3rd Workshop on Computational Approaches to Discourse (CODI 2024)

Article
Full-text available
Thermal conductivity of twisted bilayer graphene from machine-learned potentials
October 2024 · Physical Review B 110(15)
Ingrid Solberg · Mateo Ruiz · [...] · Erik Nilsson
Cite
"""


def test_an_author_page_copied_as_text_one_field_a_line() -> None:
    """ACL Anthology and ResearchGate copies print a field per line: button and kind-of-work lines are
    no fields, names between bars or dots are authors ("[...]" hides some), a line's last name stays
    with it, a month and year open the venue line."""
    bib = _papers(AUTHOR_PAGE_COPY, "solberg.txt")
    assert [p.title for p in bib] == [
        "Cross-lingual Transfer of Discourse Relations for Low-resource Languages",
        "Connective Lexicons for the Nordic Languages",
        "Thermal conductivity of twisted bilayer graphene from machine-learned potentials",
    ]
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Ingrid Solberg", "Mateo Ruiz", "Lilja Ólafsdóttir"],
        ["Ingrid Solberg"],
        ["Ingrid Solberg", "Mateo Ruiz", "Erik Nilsson"],
    ]
    assert [p.year for p in bib] == [2024, 2024, 2024]
    assert bib[2].venue is not None and bib[2].venue.name == "Physical Review B"
    assert bib.owner == "Ingrid Solberg"


TURKISH_CV = """Prof. Dr. MEHMET ALİ ŞAHİN
Orta Doğu Teknik Üniversitesi, İnşaat Mühendisliği Bölümü

ESERLER / PUBLICATIONS

Açıklama: (*) lisansüstü öğrenci yazar / graduate student author; (‡) eşit katkı / equal contribution

A. ULUSLARARASI HAKEMLİ DERGİLERDE YAYIMLANAN MAKALELER (SCI, SSCI, AHCI)

A1. ‡*Öztürk E., ‡*Kaya B., ŞAHİN M. A., "Seismic fragility of reinforced concrete frames with
     masonry infills", Earthquake Engineering & Structural Dynamics, vol.53, pp.1021-1043, 2024
A2. ŞAHİN M. A., Yıldırım Ö., "Rapid damage assessment of school buildings", Structural Safety,
     vol.22, pp.341-344, 2023

C. BIOGRAPHICAL SKETCH
"""


def test_lettered_labels_long_capital_sections_and_a_glossed_legend() -> None:
    """ "A1." opens an item like "1." (and is no part of the first name); a long section heading in
    capitals is a section; "ŞAHİN M. A." is the owner MEHMET ALİ ŞAHİN; a legend glossed after a
    slash ("eşit katkı / equal contribution") is read."""
    bib = _papers(TURKISH_CV, "cv.txt")
    assert [p.title for p in bib] == [
        "Seismic fragility of reinforced concrete frames with masonry infills",
        "Rapid damage assessment of school buildings",
    ]
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Öztürk E", "Kaya B", "ŞAHİN M. A."],
        ["ŞAHİN M. A.", "Yıldırım Ö"],
    ]
    assert [[a.is_owner for a in p.authors] for p in bib] == [[False, False, True], [True, False]]
    assert [a.equal_contribution for a in bib[0].authors] == [True, True, False]


NIH_BIOSKETCH = """BIOGRAPHICAL SKETCH

NAME: Okafor, Chinwe Adaeze
POSITION TITLE: Associate Professor of Epidemiology

C. Contributions to Science
1. Early career: HIV testing among young men. My doctoral work described how networks shape testing.
	a.	Okafor CA, Baral SD. Stigma and HIV testing in Nigeria. J Acquir Immune Defic Syndr. 2015 Mar 1;68(3):330-336.
	b.	Ezeh K, Okafor CA. Respondent-driven sampling in two Nigerian cities. Epidemiology. 2016 Jan;27(1):98-106.
"""  # noqa: E501


def test_an_nih_biosketch_names_its_owner_and_letters_its_citations() -> None:
    """The "NAME:" line names the owner (not "BIOGRAPHICAL SKETCH"); "C. Contributions to Science" is a
    publication section whose lettered items ("a.") are the papers."""
    bib = _papers(NIH_BIOSKETCH, "biosketch.txt")
    assert bib.owner == "Chinwe Adaeze Okafor"
    assert [p.title for p in bib if p.authors][-2:] == [
        "Stigma and HIV testing in Nigeria",
        "Respondent-driven sampling in two Nigerian cities",
    ]
    papers = [p for p in bib if p.title.startswith(("Stigma", "Respondent"))]
    assert [[a.name for a in p.authors if a.is_owner] for p in papers] == [["Okafor CA"], ["Okafor CA"]]


def test_owners_and_names_across_central_european_and_greek_pages() -> None:
    """Czech "a" and Greek "και" join names; "Mgr. …, Ph.D." is no part of the owner's name; a Greek
    owner is found printed in Latin letters; a Hungarian name printed family name first is the owner."""
    czech = (
        "<html><body><h1>Mgr. Kateřina Horáková, Ph.D.</h1><h2>Publikace</h2><ol>"
        "<li>BLAŽEK, Tomáš, Kateřina HORÁKOVÁ a Jiří NOVOTNÝ. Allosteric activation of OTU "
        "deubiquitinases. <i>Journal of Molecular Biology</i>. 2023, roč. 435, č. 14, s. 168102.</li>"
        "</ol></body></html>"
    )
    (paper,) = _papers(czech, "publikace.html")
    assert [a.name for a in paper.authors] == ["Tomáš BLAŽEK", "Kateřina HORÁKOVÁ", "Jiří NOVOTNÝ"]
    assert [a.is_owner for a in paper.authors] == [False, True, False]
    greek = (
        "<html><body><h1>Νικόλαος Κωνσταντίνου</h1><h2>Δημοσιεύσεις</h2><ol>"
        "<li>A. Georgiou and N. Konstantinou, “Federated channel charting for user localization,” "
        "<i>IEEE Journal of Selected Topics in Signal Processing</i>, vol. 18, pp. 101–114, 2024.</li>"
        "<li>Δ. Αλεξίου και Ν. Κωνσταντίνου, «Ανίχνευση σημάτων MIMO με νευρωνικά δίκτυα», "
        "<i>Πρακτικά 11ου Πανελληνίου Συνεδρίου</i>, 2022.</li></ol></body></html>"
    )
    first, second = _papers(greek, "pubs.html")
    assert [a.is_owner for a in first.authors] == [False, True]
    assert [a.name for a in second.authors] == ["Δ. Αλεξίου", "Ν. Κωνσταντίνου"]
    assert [a.is_owner for a in second.authors] == [False, True]
    hungarian = (
        "Dr. Kovács Eszter\n\nPUBLICATIONS\n\n"
        "1. Török, P., Kovács, E. & Valkó, O. (2023): Seed bank persistence in sandy grasslands. "
        "– Applied Vegetation Science 26(2): e12721.\n"
    )
    (paper,) = _papers(hungarian, "cv.txt")
    assert [a.is_owner for a in paper.authors] == [False, True, False]


MKDOCS_TABS = """# Publications

!!! info "Legend"

    \\* equal contribution

=== "Journals"

    1. **R. Adeyemi-Costa**\\* and S. Okoye\\*. "Uncertainty-aware screening of solid electrolytes."
       *Chemistry of Materials*, 34(15):6870–6881, 2022.

=== "Talks"

    1. "Machine-learned potentials", invited talk, MRS Fall Meeting, Boston, 2023.
"""


def test_mkdocs_content_tabs_and_admonitions_are_text_not_code() -> None:
    """Under MkDocs Material's `=== "Journals"` tab and `!!! info` box the indented body is the page's
    text (the tab's label a section), not a code block."""
    bib = _papers(MKDOCS_TABS, "publications.md")
    assert [p.title for p in bib] == ["Uncertainty-aware screening of solid electrolytes"]
    assert [(a.name, a.equal_contribution) for a in bib[0].authors] == [
        ("R. Adeyemi-Costa", True),
        ("S. Okoye", True),
    ]
    assert bib[0].venue is not None and bib[0].venue.name == "Chemistry of Materials"


EXPORTS = """Scopus
EXPORTDATE:14 March 2025

Lindqvist A.; Moreau P.; Hassan R.
AUTHOR FULL NAMES: Lindqvist, Anna (57201234567); Moreau, Pierre (57190012345); Hassan, Rami (58012398765)
Thermal conductivity of paraffin composites with expanded graphite
(2024) International Journal of Heat and Mass Transfer, 221, art. no. 125078, . Cited 4 times.
DOI: 10.1016/j.ijheatmasstransfer.2023.125078
AFFILIATIONS: Department of Energy Technology, KTH Royal Institute of Technology, Stockholm, Sweden
DOCUMENT TYPE: Article
SOURCE: Scopus

arXiv:2403.11561  [pdf, other]  math.AP  math.SP
Resonances of the damped wave equation on hyperbolic manifolds
Authors: Pierre-Louis Garnier, Anna Lindqvist
Abstract: We establish a resonance expansion for the damped wave equation. … ▽ More
Submitted 18 March, 2024; originally announced March 2024.
Comments: 29 pages, 1 figure
Journal ref: Comm. Math. Phys. 406 (2025), no. 2, Paper No. 41
"""


def test_scopus_and_arxiv_records_printed_a_field_per_line() -> None:
    """A Scopus export's record (names, title, source line, capitalised keys as metadata) and an arXiv
    listing's (identifier line, "Authors:", "Abstract:", "Journal ref:") are one paper each."""
    scopus, arxiv = _papers(EXPORTS, "export.txt")
    assert scopus.title == "Thermal conductivity of paraffin composites with expanded graphite"
    assert [a.name for a in scopus.authors] == ["Lindqvist A", "Moreau P", "Hassan R"]
    assert (scopus.year, scopus.venue.name if scopus.venue else None) == (
        2024,
        "International Journal of Heat and Mass Transfer",
    )
    assert arxiv.title == "Resonances of the damped wave equation on hyperbolic manifolds"
    assert [a.name for a in arxiv.authors] == ["Pierre-Louis Garnier", "Anna Lindqvist"]
    assert arxiv.identifiers.arxiv == "2403.11561"
    assert arxiv.venue is not None and arxiv.venue.name == "Comm. Math. Phys."


def test_a_cvs_own_latex_macros_are_written_out() -> None:
    """`\\me` for the owner's name, `\\eq` for a marker and `\\pub{..}{..}{..}{..}` for an entry's layout
    are expanded before reading; every entry keeps its line."""
    tex = r"""\newcommand{\me}{\textbf{L.~Ferreira}}
\newcommand{\eq}{\textsuperscript{$\ast$}}
\newcommand{\pub}[4]{\item #1. \newblock \textit{#2}. \newblock #3, #4.}
\section{Publications}
{\small \eq\ equal contribution}
\begin{enumerate}
\pub{\me\eq, J.~Whitmore\eq, and A.~Sousa}{Pollinator network rewiring after wildfire}{Ecology Letters}{2024}
\pub{M.~Costa, \me, and J.~Whitmore}{Trait matching predicts interaction turnover}{Journal of Ecology}{2023}
\end{enumerate}
"""
    bib = _papers(tex, "cv.tex")
    assert [p.title for p in bib] == [
        "Pollinator network rewiring after wildfire",
        "Trait matching predicts interaction turnover",
    ]
    assert [[(a.name, a.is_owner, a.equal_contribution) for a in p.authors] for p in bib] == [
        [("L. Ferreira", True, True), ("J. Whitmore", False, True), ("A. Sousa", False, False)],
        [("M. Costa", False, False), ("L. Ferreira", True, False), ("J. Whitmore", False, False)],
    ]
    assert [p.source.line if p.source else None for p in bib] == [7, 8]


def test_a_macro_is_written_out_after_a_list_label_redefined_in_the_body() -> None:
    """ "\\renewcommand{\\labelenumi}{[J\\arabic{enumi}]}" inside the document: the owner's `\\me` before
    and after it is still written out, and the redefined name in its own definition is left alone."""
    tex = r"""\documentclass{res}
\newcommand{\me}{\textbf{A.~Nowak}}
\begin{document}
\section*{Journal articles}
\begin{enumerate}
\renewcommand{\labelenumi}{[J\arabic{enumi}]}
\item \me\ and T.~Lis, ``Coastal upwelling in the Baltic,'' \emph{Oceanologia}, vol.~65, 2023.
\end{enumerate}
\section*{Conference papers}
\begin{enumerate}
\renewcommand{\labelenumi}{[C\arabic{enumi}]}
\item P.~Zając and \me, ``Inflow pathways,'' in \emph{Proc. OCEANS}, 2021.
\end{enumerate}
\end{document}
"""
    bib = _papers(tex, "cv.tex")
    assert [[(a.name, a.is_owner) for a in p.authors] for p in bib] == [
        [("A. Nowak", True), ("T. Lis", False)],
        [("P. Zając", False), ("A. Nowak", True)],
    ]


def test_macro_expansion_is_bounded() -> None:
    """A macro defined through itself, or thousands of unclosed arguments, end the expansion early."""
    from pubkit.reading.markup.latex_macros import expand

    doubling = "\\newcommand{\\a}{\\a\\a}\n" + "\\a " * 1000
    assert len(expand(doubling)) <= 5 * len(doubling) + 10_000
    unclosed = "\\newcommand{\\pub}[1]{#1}\n" + "\\pub{x " * 20_000
    assert expand(unclosed) == unclosed


MEDIAWIKI = """__NOTOC__
{{Infobox lab member
| name = Margarethe Kessler
}}
'''Margarethe Kessler''' leads the Community Ecology Group.

== Publications ==
''Lab members are '''bold'''; <sup>*</sup> = equal contribution.''

=== Journal articles ===
# '''Kessler, M.''', Obi, T.<sup>*</sup> & Hart, L.<sup>*</sup> (2024). [https://doi.org/10.1038/s41559-024-02411-8 Pollinator network rewiring under warming]. ''Nature Ecology & Evolution'' '''8''': 1123–1135.
# Obi, T. & '''Kessler, M.''' (2023). Trait matching predicts interaction turnover. ''Ecology Letters'' '''26''': 1867–1880. {{doi|10.1111/ele.14301}}
"""  # noqa: E501


def test_a_mediawiki_lab_page() -> None:
    """`.wiki` pages: `==` headings, `#` items, `'''bold'''` owners, `''italic''` venues, `[url title]`
    links, `{{doi|...}}` identifiers; the infobox is no entry."""
    bib = _papers(MEDIAWIKI, "kessler.wiki")
    assert [p.title for p in bib] == [
        "Pollinator network rewiring under warming",
        "Trait matching predicts interaction turnover",
    ]
    assert [[a.name for a in p.authors if a.is_owner] for p in bib] == [["M. Kessler"], ["M. Kessler"]]
    assert [a.equal_contribution for a in bib[0].authors] == [False, True, True]
    assert [p.venue.name if p.venue else None for p in bib] == [
        "Nature Ecology & Evolution",
        "Ecology Letters",
    ]
    assert bib[1].identifiers.doi == "10.1111/ele.14301"
    assert guess_markup(None, MEDIAWIKI) == "mediawiki"


def test_table_headings_in_other_languages_and_schema_org_marks() -> None:
    """A column heading names its field by a word in it ("Các tác giả", "Năm công bố"); a row's number
    column is no field; schema.org `itemprop`s (DBLP) mark the venue and date."""
    vietnamese = (
        "<html><body><h2>Bài báo trên tạp chí quốc tế</h2><table>"
        "<tr><th>TT</th><th>Tên bài báo</th><th>Các tác giả</th><th>Tên tạp chí, tập, số, trang</th>"
        "<th>Năm công bố</th></tr>"
        "<tr><td>1</td><td>Word segmentation for Vietnamese clinical notes</td><td><b>Minh Anh Nguyen</b>,"
        " Duc Thanh Vu</td><td><i>Journal of Biomedical Informatics</i>, 138, 104289</td><td>2023</td></tr>"
        "</table></body></html>"
    )
    (paper,) = _papers(vietnamese, "cv.html")
    assert paper.title == "Word segmentation for Vietnamese clinical notes"
    assert [a.name for a in paper.authors] == ["Minh Anh Nguyen", "Duc Thanh Vu"]
    assert paper.year == 2023
    assert paper.venue is not None and paper.venue.name == "Journal of Biomedical Informatics"
    dblp = (
        '<html><body><h2>Publications</h2><ul class="publ-list"><li class="entry">'
        '<cite class="data" itemprop="headline"><span itemprop="author"><span itemprop="name">Lea Hartmann'
        '</span></span>, <span itemprop="author"><span itemprop="name">Tobias Reinholt</span></span>:<br>'
        ' <span class="title" itemprop="name">Graph Diffusion Models Are Implicitly Over-Smoothing.</span>'
        ' <a href="https://dblp.org/db/conf/iclr/iclr2025.html"><span itemprop="isPartOf">'
        '<span itemprop="name">ICLR</span></span></a> <span itemprop="datePublished">2025</span></cite>'
        "</li></ul></body></html>"
    )
    (paper,) = _papers(dblp, "dblp.html")
    assert paper.title == "Graph Diffusion Models Are Implicitly Over-Smoothing"
    assert (paper.year, paper.venue.name if paper.venue else None) == (2025, "ICLR")


def test_awesome_cv_entries_of_five_arguments() -> None:
    """Awesome-CV's `\\cventry` takes five arguments, moderncv's six: every entry is read, none is lost
    into the one before it."""
    entries = "".join(
        f"  \\cventry\n    {{R.~Patel and \\textbf{{S.~Okonkwo}}}}\n    {{Title number {k} of a paper}}\n"
        f"    {{Chemistry of Materials}}\n    {{202{k}}}\n    {{}}\n"
        for k in range(1, 4)
    )
    tex = "\\documentclass{awesome-cv}\n\\begin{document}\n\\cvsection{Publications}\n"
    tex += f"\\begin{{cventries}}\n{entries}\\end{{cventries}}\n\\end{{document}}\n"
    bib = _papers(tex, "cv.tex")
    assert [p.title for p in bib] == [f"Title number {k} of a paper" for k in range(1, 4)]
    assert [p.year for p in bib] == [2021, 2022, 2023]
    assert all([a.name for a in p.authors] == ["R. Patel", "S. Okonkwo"] for p in bib)


def test_one_entry_of_many_authors_and_many_macro_definitions_read_in_linear_time() -> None:
    """A line's last-name rule and the macro expander are linear: 40,000 authors in one entry (about 3 s;
    quadratic, minutes) and 100,000 unclosed definitions finish well within the hang guard."""
    from conftest import no_hang

    with no_hang("one entry of 40,000 authors, 100,000 unclosed macro definitions"):
        names = ", ".join(f"A. {chr(65 + i % 26)}ee{chr(97 + i // 26 % 26)}son" for i in range(40_000))
        many = f"- {names}. A title. Journal of Things, 2020.\n"
        (paper,) = pubkit.loads(many, "cv", path="x.md")
        assert len(paper.authors) == 40_000
        pubkit.loads("\\newcommand{\\a}{" * 100_000, "cv", path="x.tex")


ZOTERO_RTF = r"""{\rtf1\ansi\ansicpg1252
{\fonttbl\f0\froman\fcharset0 TimesNewRomanPSMT;}
{\colortbl;\red255\green255\blue255;}
\pard\qc\f0\b\fs32 Eleanor Whitcombe\
\pard\b0\fs24 Department of History, University of Edinburgh\
\
\b PUBLICATIONS
\b0 \
{\pard \li720 \fi-720 {\b Whitcombe, Eleanor.} \uc0\u8220{}Bills of Exchange and Trust in Glasgow.\uc0\u8221{} {\i{}Economic History Review} 77, no. 2 (2024): 455\uc0\u8211{}81.\par}
{\pard \li720 \fi-720 \uc0\u8212{}\uc0\u8212{}\uc0\u8212{}. \uc0\u8220{}Credit without Banks? Rural Lending in Perthshire.\uc0\u8221{} {\i{}Past & Present} 262 (2024): 101\uc0\u8211{}33.\par}
}"""  # noqa: E501


def test_an_rtf_bibliography() -> None:
    """An RTF document (a word processor's, Zotero's "Copy to RTF") is read as the HTML it shows: its
    tables skipped, `\\u8220` quotes, `{\\b ..}` bold, `{\\i ..}` italic; `———.` repeats the authors
    of the entry before; every entry keeps its source line; `{\\rtf` is no CSL-JSON."""
    bib = pubkit.loads(ZOTERO_RTF, "cv", path="cv.rtf")
    assert [p.title for p in bib] == [
        "Bills of Exchange and Trust in Glasgow",
        "Credit without Banks? Rural Lending in Perthshire",
    ]
    assert [[a.name for a in p.authors] for p in bib] == [["Eleanor Whitcombe"], ["Eleanor Whitcombe"]]
    assert [p.venue.name if p.venue else None for p in bib] == ["Economic History Review", "Past & Present"]
    assert [p.source.line if p.source else None for p in bib] == [9, 10]
    assert guess_markup(None, ZOTERO_RTF) == "rtf"
    from pubkit.formats import guess_format

    assert guess_format("cv.rtf", ZOTERO_RTF) == "cv"


def test_gb_t_7714_conference_and_book_codes() -> None:
    """GB/T 7714: "Title[C]//Proceedings" ends the title at the code even without a space, and after a
    book's "[M]" the place and publisher are no venue."""
    page = (
        "<html><body><h2>Publications</h2>"
        "<p>[1] <b>Jane Roe</b>, Ann Lee. Deep nets for cats[C]//Proceedings of the IEEE International "
        "Geoscience and Remote Sensing Symposium (IGARSS). Pasadena, USA: IEEE, 2023: 2145-2148.</p>"
        "<p>[2] <b>王晓明</b>, 陈军. 遥感影像智能解译原理与方法[M]. 北京: 科学出版社, 2020.</p></body></html>"
    )
    conference, book = _papers(page, "pubs.html")
    assert conference.title == "Deep nets for cats"
    assert conference.venue is not None and conference.venue.name.startswith("Proceedings of the IEEE")
    assert (book.title, book.venue, book.year) == ("遥感影像智能解译原理与方法", None, 2020)


def test_latex_curve_class_rubrics_and_entries() -> None:
    """The `curve` class: `\\begin{rubric}{Publications}` is a section, `\\subrubric` a subsection and
    `\\entry*[2024]` an item whose key column is dropped; a rubric of talks gives no paper."""
    source = (
        "\\documentclass{curve}\n\\newcommand{\\me}{\\textbf{Adeyemi,~K.}}\n\\begin{document}\n"
        "\\begin{rubric}{Publications}\n\\subrubric{Refereed papers}\n"
        "\\entry*[2024]\n  \\me, \\& Larsen,~M. 2024, ``Dust attenuation curves at cosmic noon'', "
        "\\emph{ApJ}, 962, 115\n"
        "\\entry*[2022]\n  Larsen,~M., \\me\\ 2022, ``Machine-learned morphologies of radio sources'', "
        "in \\emph{Astronomical Data Analysis Software and Systems XXXI}, ASP Conference Series, "
        "Vol.~532, p.~211\n\\end{rubric}\n"
        "\\begin{rubric}{Invited Talks}\n\\entry*[2024] ``Dust at cosmic noon'', Colloquium, Cape Town\n"
        "\\end{rubric}\n\\end{document}\n"
    )
    first, second = _papers(source, "cv.tex")
    assert (first.title, [a.name for a in first.authors], first.year) == (
        "Dust attenuation curves at cosmic noon",
        ["K. Adeyemi", "M. Larsen"],
        2024,
    )
    assert first.source is not None and first.source.line == 7  # the entry's text, under its key
    assert second.venue is not None
    assert second.venue.name == "Astronomical Data Analysis Software and Systems XXXI"


def test_pandoc_grid_table_rows_are_entries() -> None:
    """A Pandoc grid table (a Word CV through `pandoc -t markdown`): each row is an entry at its first
    line, its cells joined over their lines, the spans and marks of the cells kept."""
    page = (
        "**Assoc. Prof. Dr. Supaporn Wongsawat**\n\n# Publications\n\n"
        "+------+----------------------------------------------------+\n"
        "| 2024 | **Wongsawat, S.**, [Chaiyaporn,                    |\n"
        "|      | K.]{.underline}, & Tanaka, H. (2024). Genomic      |\n"
        "|      | prediction of drought tolerance in cassava.        |\n"
        "|      | *Field Crops Research*, *305*, 109188.             |\n"
        "+------+----------------------------------------------------+\n"
        "| 2022 | **สุภาพร วงศ์สวัสดิ์** และ กิตติ ชัยพร. (2565).    |\n"
        "|      | การประเมินความทนแล้งของมันสำปะหลัง.                |\n"
        "|      | *วารสารวิทยาศาสตร์เกษตร*, *53*(2), 120--131.        |\n"
        "+------+----------------------------------------------------+\n"
    )
    english, thai = _papers(page, "cv.md")
    assert english.title == "Genomic prediction of drought tolerance in cassava"
    assert [a.name for a in english.authors] == ["S. Wongsawat", "K. Chaiyaporn", "H. Tanaka"]
    assert english.authors[0].is_owner and english.source is not None and english.source.line == 6
    assert english.venue is not None and english.venue.name == "Field Crops Research"
    # Thai vowel signs are combining marks: they stay in the names, and "และ" is "and"
    assert [a.name for a in thai.authors] == ["สุภาพร วงศ์สวัสดิ์", "กิตติ ชัยพร"]
    assert thai.title == "การประเมินความทนแล้งของมันสำปะหลัง"
    assert thai.source is not None and thai.source.line == 11


def test_grid_table_with_headings_and_a_citation_column() -> None:
    """Rows above a grid table's `+===+` rule are its headings; a "Publication" column beside only a
    year column holds whole citations (beside an author or venue column it would hold titles)."""
    page = (
        "# Publications\n\n+------+---------------------------+\n| Year | Publication               |\n"
        "+======+===========================+\n| 2024 | Lee, A., & Roe, B.        |\n"
        "|      | (2024). Deep nets for     |\n|      | cats. *Cat Journal*, 3.   |\n"
        "+------+---------------------------+\n| 2023 | Roe, B. (2023). Wet dogs  |\n"
        "|      | and dry feet. *Dog Rev.*  |\n"  # cut off before its closing rule
    )
    bib = _papers(page, "cv.md")
    assert [(p.title, p.year, p.source.line if p.source else None) for p in bib] == [
        ("Deep nets for cats", 2024, 6),
        ("Wet dogs and dry feet", 2023, 10),
    ]
    assert [[a.name for a in p.authors] for p in bib] == [["A. Lee", "B. Roe"], ["B. Roe"]]
    assert not bib.problems


MHRA_PAGE = """# Dr Eilidh MacAskill

*Unless stated otherwise I am the sole author.*

## Edited volumes

- (ed. with Jonas Falkenberg) *Music and Migration in the North Sea World* (Turnhout: Brepols, 2020)

## Articles

- ‘Singing the Metrical Psalms in Aberdeen, 1590–1625’, *Music & Letters*, 104 (2023), 1–29
- (with Rosalind Heggie) ‘Bell-Ringing and Civic Time in Perth’, *Journal of the Royal Musical Association*, 147.2 (2022), 301–38
- ‘Psalm Tunes in Motion’, in *Music and Migration in the North Sea World*, ed. by Eilidh MacAskill and Jonas Falkenberg (Turnhout: Brepols, 2020), pp. 55–78
"""  # noqa: E501


def test_humanities_entries_without_the_owners_name() -> None:
    """An MHRA page prints no author on the owner's own work: the owner (named by the page's heading,
    "Dr" and all, even when a section word hides in the name: MacAskill) is the author, "(with X)" and
    "(ed. with X)" add co-authors, and the owner as the book's editor is no author of the chapter."""
    bib = _papers(MHRA_PAGE, "cv.md")
    assert bib.owner == "Eilidh MacAskill"
    assert [(p.title, [a.name for a in p.authors]) for p in bib] == [
        ("Music and Migration in the North Sea World", ["Eilidh MacAskill", "Jonas Falkenberg"]),
        ("Singing the Metrical Psalms in Aberdeen, 1590–1625", ["Eilidh MacAskill"]),
        ("Bell-Ringing and Civic Time in Perth", ["Eilidh MacAskill", "Rosalind Heggie"]),
        ("Psalm Tunes in Motion", ["Eilidh MacAskill"]),
    ]
    assert all(p.authors[0].is_owner for p in bib)


def test_a_repository_kind_of_work_line_is_no_title() -> None:
    """IRIS prints the numbered kind of work over each entry ("1.1 Articolo in rivista"): not the
    title, and a patent's kind keeps it out of the papers as a section would."""
    page = (
        "<html><body><h1>Giulia Ferraresi</h1><h3>Pubblicazioni</h3>\n"
        '<div class="iris-item"><span class="tipologia">1.1 Articolo in rivista</span><br>\n'
        "Ferraresi, Giulia; Conti, Pietro (2024). Ohmic heating of tomato puree. FOOD CHEMISTRY, 441, "
        "138312.</div>\n"
        '<div class="iris-item"><span class="tipologia">6.1 Brevetto</span><br>\n'
        "Ferraresi, Giulia; Rossi, Anna (2022). Dispositivo per il riscaldamento ohmico. IT102022000012345."
        "</div>\n</body></html>"
    )
    (paper,) = _papers(page, "iris.html")
    assert paper.title == "Ohmic heating of tomato puree"
    assert paper.venue is not None and paper.venue.name == "FOOD CHEMISTRY"


def test_persian_inverted_names_and_a_latin_word_ending_a_title() -> None:
    """Persian APA: "Family، Given، و Family، Given" pairs like Latin inverted names ("و" is "and"),
    an entry whose names the labeller does not know still has them before its "(year)", and a Latin
    word at a title's end stays in it, before the italic journal."""
    page = (
        '<html lang="fa" dir="rtl"><body><h1>Maryam Rezaei</h1><h2>مقالات</h2><ol>\n'
        "<li>رضایی، مریم، و کریمی، سارا. (2023). ارزیابی منابع آب با داده‌های GRACE. "
        "<i>نشریه آب و خاک</i>، ۳۷(۲)، ۱۱۳–۱۲۸.</li>\n"
        "<li>حسینی، رضا، و مرادی، پریسا. (2022). بهینه‌سازی الگوی کشت در حوضه دریاچه ارومیه. "
        "<i>تحقیقات منابع آب ایران</i>، ۱۸(۲)، ۱۴۵–۱۶۲.</li>\n</ol></body></html>"
    )
    first, second = _papers(page, "fa.html")
    assert [a.name for a in first.authors] == ["مریم رضایی", "سارا کریمی"]
    assert first.title == "ارزیابی منابع آب با داده‌های GRACE"
    assert first.venue is not None and first.venue.name == "نشریه آب و خاک"
    assert [a.name for a in second.authors] == ["رضا حسینی", "پریسا مرادی"]


RESEARCHMAP_COPY = """西村 遥
ニシムラ ハルカ  (Haruka Nishimura)

論文
 2
Slow slip events beneath the Bungo Channel
Haruka Nishimura, Takeshi Oda, Kenta Ueda
Journal of Geophysical Research: Solid Earth 129(4) e2023JB028112 2024年4月
査読有り 筆頭著者 責任著者
A Bayesian inversion of interseismic coupling along the Ryukyu Trench
Takeshi Oda, Haruka Nishimura
Geophysical Journal International 231(1) 402-421 2022年10月
査読有り

講演・口頭発表等
 1
Slow earthquakes and where to find them
Haruka Nishimura
日本地球惑星科学連合2024年大会 2024年5月
"""


def test_a_researcher_database_copied_as_text() -> None:
    """researchmap copied as text: a section's name over its count, records of title / authors / venue
    and date with no blank line between them, each ended by its line of tags; the Latin name beside
    the native one is the owner; "2024年4月" is the date, not the year inside an article number."""
    bib = _papers(RESEARCHMAP_COPY, "cv.txt")
    assert bib.owner == "Haruka Nishimura"
    assert [(p.title, p.year, p.source.line if p.source else None) for p in bib] == [
        ("Slow slip events beneath the Bungo Channel", 2024, 6),
        ("A Bayesian inversion of interseismic coupling along the Ryukyu Trench", 2022, 10),
    ]
    assert [a.name for a in bib[1].authors] == ["Takeshi Oda", "Haruka Nishimura"]
    assert bib[1].authors[1].is_owner
    assert bib[0].venue is not None and bib[0].venue.name == "Journal of Geophysical Research: Solid Earth"


def test_latex_table_rows_under_a_blank_year_cell_keep_the_year_above() -> None:
    """A CV's `tabular` with a year column: a blank year cell is the year of the row above; a year in
    a paper's number ("GT2024-127733") stays in it."""
    source = (
        "\\documentclass{article}\\begin{document}\\section*{Journal articles}\n"
        "\\begin{tabular}{ll}\n"
        "2024 & A.~Lee and B.~Roe. ``First paper title here.'' \\textit{J. Cats}, 3:1. \\\\\n"
        "     & B.~Roe and A.~Lee. ``Second paper title here.'' \\textit{J. Dogs}, 4:2. \\\\\n"
        "     & C.~Poe and A.~Lee. ``Third paper title here.'' In \\textit{Proceedings of the ASME Turbo "
        "Expo 2024}, GT2024-127733, London, UK. \\\\\n"
        "2023 & A.~Lee. ``Fourth paper title here.'' \\textit{J. Cats}, 2:1. \\\\\n"
        "\\end{tabular}\n\\end{document}\n"
    )
    bib = _papers(source, "cv.tex")
    assert [(p.year, p.source.line if p.source else None) for p in bib] == [
        (2024, 3),
        (2024, 4),
        (2024, 5),
        (2023, 6),
    ]
    assert bib[2].venue is not None and bib[2].venue.name == "Proceedings of the ASME Turbo Expo"


def test_repec_venues_and_working_paper_series() -> None:
    """RePEc/IDEAS: `"Title," Journal, Publisher, vol.` gives the journal, not its publisher; a
    series' number and the institution after it, and a book's "edition 1", are no part of a venue."""
    page = (
        "<html><body><h1>Amara Okafor</h1><h3>Articles</h3><ol>\n"
        '<li>Amara Okafor, 2024. "<b><a href="/a/1.html">Informal Lenders and Monetary Policy</a></b>," '
        '<a href="/s/oup/jeurec.html">Journal of the European Economic Association</a>, European Economic '
        "Association, vol. 22(4), pages 1733-1771.</li>\n"
        '<li>Jens Holm &amp; Amara Okafor, 2024. "<b>Mobile Money and Savings</b>," The Warwick Economics '
        "Research Paper Series (TWERPS) 1502, University of Warwick, Department of Economics.</li>\n"
        '<li>Amara Okafor &amp; Jens Holm, 2023. "<b>Credit Cycles in Lagos</b>," NBER Working Papers '
        "31544, National Bureau of Economic Research, Inc.</li>\n</ol></body></html>"
    )
    bib = _papers(page, "ideas.html")
    assert [p.venue.name if p.venue else None for p in bib] == [
        "Journal of the European Economic Association",
        "The Warwick Economics Research Paper Series",
        "NBER Working Papers",
    ]


def test_plain_text_year_column_with_blank_key_cells() -> None:
    """A text CV's `YEAR<TAB>` column leaves the key blank for a second paper of the year: a tab-indented
    line opening with a name after an entry that ended is a new entry of that year, not a wrapped line;
    a paper's number and the city and state are no part of the event's name."""
    text = (
        "REFEREED PAPERS\n\n"
        '2024\tJ. K. Brandt and L. Wu. "Data-driven closure models for transitional boundary\n'
        '\tlayers," Journal of Fluid Mechanics, vol. 980, A12.\n'
        '\tS. Patel and J. K. Brandt. "Reduced-order modeling of dynamic stall," AIAA Journal,\n'
        "\tvol. 62, no. 3, pp. 1021-1036.\n"
        '2023\tL. Wu and J. K. Brandt. "Wall models informed by resolvent analysis," AIAA SciTech\n'
        "\tForum, Orlando, FL, AIAA Paper 2023-1587.\n"
    )
    bib = _papers(text, "cv.txt")
    assert [(p.title, p.year, p.source.line if p.source else None) for p in bib] == [
        ("Data-driven closure models for transitional boundary layers", 2024, 3),
        ("Reduced-order modeling of dynamic stall", 2024, 5),
        ("Wall models informed by resolvent analysis", 2023, 7),
    ]
    assert bib[2].venue is not None and bib[2].venue.name == "AIAA SciTech Forum"


def test_spanish_cvn_signature_position_and_a_chinese_legend() -> None:
    """The Spanish CVN's "(2/3)" (second of three signatories) is neither title nor date, and a volume
    that looks like a year before the real one stays a volume; a Chinese legend glossed in full-width
    brackets gives its roles, and a caseless label paragraph opens a section."""
    cvn = (
        "Publicaciones\n\n"
        "1\tAna Torres; Lucía Martín Gómez; Javier Ortega. (2/3). Deep eutectic solvents for phenolic "
        "compounds. Journal of Chromatography A. 1640, pp. 461953. 2021. ISSN 0021-9673\n"
    )
    (paper,) = _papers(cvn, "cvn.txt")
    assert (paper.title, paper.year, paper.volume) == (
        "Deep eutectic solvents for phenolic compounds",
        2021,
        "1640",
    )
    page = (
        "<html><body><h1>王晓明</h1><h2>Publications</h2>"
        "<p>注：<sup>#</sup> 表示共同第一作者（equal contribution），<sup>*</sup> 表示通讯作者"
        "（corresponding author）。</p>"
        "<p>[1] <b>Xiaoming Wang</b><sup>#</sup>, Hao Li<sup>#</sup>, Jun Chen<sup>*</sup>. Change-aware "
        "transformers for remote sensing[J]. Remote Sensing of Environment, 2024, 301: 113912.</p>"
        "<p><strong>授权专利 (Patents)</strong></p>"
        "<p>[1] 王晓明, 李浩. 一种遥感影像变化检测方法: 中国, ZL202210345678.9[P]. 2023.</p></body></html>"
    )
    (paper,) = _papers(page, "zh.html")
    assert [(a.name, a.equal_contribution, a.corresponding) for a in paper.authors] == [
        ("Xiaoming Wang", True, False),
        ("Hao Li", True, False),
        ("Jun Chen", False, True),
    ]


def test_cards_of_a_linked_title_heading_over_one_field_items() -> None:
    """A Semantic Scholar-like page: each card is a title heading inside a link, then one-field list items
    (authors, venue, date); a word that only holds a section word ("networks", "datasets") makes no
    section of a title, and an owner's given name cut to its initial ("Ana L.") is still the owner."""
    card = (
        '<div class="row"><a href="/paper/{n}"><h2><span>{title}</span></h2></a><ul>'
        "<li><span>{authors}</span></li><li><span>{venue}</span></li><li><span>{year}</span></li></ul>"
        "<div>12 Citations</div></div>\n"
    )
    page = (
        "<html><head><title>Ana Lúcia Tavares | Papers</title></head><body><h1>Ana Lúcia Tavares</h1>\n"
        + card.format(
            n=1,
            title="Graph neural networks for cell-type annotation transfer",
            authors="A. Tavares, Mateus Ribeiro",
            venue="ArXiv",
            year="2023",
        )
        + card.format(
            n=2,
            title="Benchmarking doublet detection across 40 single-cell datasets",
            authors="Mateus Ribeiro, Ana L. Tavares",
            venue="Genome Biology",
            year="2022",
        )
        + card.format(
            n=3,
            title="Tissue-aware imputation of missing gene expression",
            authors="Ana Lúcia Tavares",
            venue="Pacific Symposium on Biocomputing",
            year="2019",
        )
        + "</body></html>"
    )
    bib = _papers(page, "s2.html")
    assert [(p.title, p.year, p.venue.name if p.venue else None) for p in bib] == [
        ("Graph neural networks for cell-type annotation transfer", 2023, "arXiv"),
        ("Benchmarking doublet detection across 40 single-cell datasets", 2022, "Genome Biology"),
        ("Tissue-aware imputation of missing gene expression", 2019, "Pacific Symposium on Biocomputing"),
    ]
    assert [[a.is_owner for a in p.authors] for p in bib] == [[True, False], [False, True], [True]]


def test_a_list_printed_in_two_scripts_has_one_owner() -> None:
    """A Ukrainian list prints the owner as "Бондаренко О. В." on Ukrainian entries and "Bondarenko O." on
    English ones: the most frequent author counts both, under Ukrainian section words."""
    text = (
        "СПИСОК НАУКОВИХ ПРАЦЬ\n\nСтатті у виданнях, що індексуються в Scopus\n\n"
        "1. Bondarenko O., Melnyk A. Hosting capacity of distribution networks with rooftop photovoltaics. "
        "Energies. 2024. Vol. 17, no. 3. P. 512.\n"
        "2. Tkachuk I., Bondarenko O. Frequency stability of the power system after synchronization. "
        "Electric Power Systems Research. 2023. Vol. 214. P. 108871.\n\n"
        "Статті у фахових виданнях України\n\n"
        "3. Бондаренко О. В., Мельник А. П. Прогнозування навантаження розподільних мереж. Технічна "
        "електродинаміка. 2025. № 2. С. 45–53.\n"
        "4. Мельник А. П., Бондаренко О. В. Алгоритм відновлення живлення споживачів. Вісник НТУ «ХПІ». "
        "2022. № 1. С. 12–19.\n"
    )
    bib = _papers(text, "cv.txt")
    assert len(bib) == 4
    assert [next(k for k, a in enumerate(p.authors) if a.is_owner) for p in bib] == [0, 1, 0, 1]


LINKEDIN_COPY = """Lukas Brenner
Associate Professor of Supply Chain Management

Publications

Inventory pooling under supplier disruption risk
Manufacturing & Service Operations Management · Mar 12, 2024
Show publication
We estimate how much pooling of semiconductor inventory reduced line stoppages.
Other authors
Hannah Oduya
Marco Pellegrini

Data-driven newsvendor with censored demand
Operations Research · 2023
Show publication
Other authors
Wei-Ting Huang
"""


def test_a_profile_copied_as_text_where_the_owner_is_never_printed() -> None:
    """LinkedIn's publication records: title, "Venue · date", "Show publication", a description, then
    "Other authors" one a line: the profile's owner is the first author, the description no field."""
    bib = _papers(LINKEDIN_COPY, "profile.txt")
    assert [(p.title, p.year, p.venue.name if p.venue else None) for p in bib] == [
        (
            "Inventory pooling under supplier disruption risk",
            2024,
            "Manufacturing & Service Operations Management",
        ),
        ("Data-driven newsvendor with censored demand", 2023, "Operations Research"),
    ]
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Lukas Brenner", "Hannah Oduya", "Marco Pellegrini"],
        ["Lukas Brenner", "Wei-Ting Huang"],
    ]
    assert all(p.authors[0].is_owner for p in bib)


def test_a_repository_listing_with_metadata_pairs_and_kinds_of_work() -> None:
    """A DSpace listing: a `<dl>` of "Date Issued" / "Journal / series" pairs inside an entry gives its
    fields, a dataset or a poster is no paper, and "Browsing by Author "Family, Given"" names the owner."""
    item = (
        '<li class="ds-artifact-item"><div class="artifact-type"><span>{kind}</span></div>'
        '<a href="/handle/{n}"><h4>{title}</h4></a>'
        "<div><span>Brunner, Seraina</span>; <span>Keller, Fadri</span></div>"
        "<dl><dt>Date Issued</dt><dd>{date}</dd><dt>Journal / series</dt><dd>{venue}</dd>"
        "<dt>Rights / License</dt><dd>Creative Commons Attribution 4.0 International</dd></dl></li>\n"
    )
    page = (
        '<html><head><title>Research Collection: Browsing by Author "Brunner, Seraina"</title></head><body>'
        '<h2>Browsing by Author "Brunner, Seraina"</h2><ul>\n'
        + item.format(
            kind="Journal Article",
            n=1,
            title="Seasonal evolution of englacial drainage",
            date="2024-03",
            venue="The Cryosphere",
        )
        + item.format(
            kind="Dataset",
            n=2,
            title="Borehole water pressure records, 2021–2023",
            date="2024-02",
            venue="ETH Zurich",
        )
        + item.format(
            kind="Conference Poster",
            n=3,
            title="Subglacial hydrology seen from boreholes",
            date="2023-12",
            venue="AGU Fall Meeting",
        )
        + "</ul></body></html>"
    )
    bib = _papers(page, "dspace.html")
    assert bib.owner == "Seraina Brunner"
    (paper,) = bib
    assert (paper.title, paper.year, paper.venue.name if paper.venue else None) == (
        "Seasonal evolution of englacial drainage",
        2024,
        "The Cryosphere",
    )
    assert paper.authors[0].is_owner


def test_a_national_cv_systems_keyed_venue_line_and_keywords() -> None:
    """CvLAC (Colombia): '"Title" . En: Colombia <br> Journal ISSN: … ed: Publisher <br> v.49 fasc.2
    p.1 - 12 ,2023,' then keyword lines: the journal is the venue, the country and keywords are not."""
    page = (
        "<html><head><title>CvLAC - Diana Rincón</title></head><body><h3>Artículos</h3><table>"
        '<tr><td><blockquote>DIANA RINCON, Juan Pérez, "Parasitismo de Prorops nasuta sobre la broca del '
        'café" . En: Colombia <br>Revista Colombiana De Entomologia&nbsp;&nbsp;ISSN: 0120-0488&nbsp;&nbsp;'
        "ed: Sociedad Colombiana De Entomologia<br>v.49&nbsp;fasc.2&nbsp;p.1&nbsp;-&nbsp;12&nbsp;,2023,"
        "<br><i>Palabras: </i><br><i>Sectores: </i><br>Agricultura, ganadería, caza, silvicultura,"
        "</blockquote></td></tr></table></body></html>"
    )
    (paper,) = _papers(page, "cvlac.html")
    assert paper.title == "Parasitismo de Prorops nasuta sobre la broca del café"
    assert (paper.year, paper.venue.name if paper.venue else None) == (
        2023,
        "Revista Colombiana De Entomologia",
    )


def test_apa_entries_in_devanagari() -> None:
    """Hindi APA entries: names paired across the script ("तिवारी, एस."), "एवं" is "and", the words after
    the year are the title up to its full stop and then the journal; "(सं.)" marks a book's editor."""
    page = (
        '<html lang="hi"><body><h1>Dr. Kavita Raghuvanshi</h1><h2>शोध पत्र / Research Papers</h2><ol>'
        "<li>तिवारी, एस., <strong>रघुवंशी, क.</strong> एवं मिश्रा, ए. (2021). प्राकृतिक खेती के प्रति किसानों की "
        "अभिवृत्ति. <em>कृषि विस्तार समीक्षा</em>, 12(1), 33–41.</li>"
        "<li><strong>रघुवंशी, क.</strong> (2020). कृषि प्रसार में महिलाओं की भूमिका. In: शर्मा, एम. (सं.), "
        "<em>ग्रामीण विकास के नए आयाम</em> (पृ. 88–102). वाराणसी: प्रकाशन संस्थान.</li></ol></body></html>"
    )
    article, chapter = _papers(page, "hi.html")
    assert [a.family for a in article.authors] == ["तिवारी", "रघुवंशी", "मिश्रा"]
    assert (article.title, article.year) == ("प्राकृतिक खेती के प्रति किसानों की अभिवृत्ति", 2021)
    assert article.venue is not None and article.venue.name == "कृषि विस्तार समीक्षा"
    assert chapter.venue is not None and chapter.venue.name == "ग्रामीण विकास के नए आयाम"


def test_a_law_professors_bluebook_list() -> None:
    """Bluebook: "*Title*, 136 Harv. L. Rev. 1789 (2023)" on the owner's page prints no author; the journal
    sits between the volume and the first page, "(with X)" after the citation adds a co-author,
    "(reviewing X, Book)" names no author of the entry, and "Note," is no part of the title."""
    page = (
        "<html><body><h1>Margaret Chen-Alvarez</h1><h3>Articles</h3><ul>"
        '<li><em>Agency Guidance as Law</em>, 136 <span style="font-variant: small-caps">Harv. L. Rev.</span>'
        " 1789 (2023).</li>"
        "<li><em>Chevron's Ghost</em>, 89 U. Chi. L. Rev. 1401 (2022) (with Aditi Rao).</li>"
        "<li>Note, <em>Notice-and-Comment Rulemaking in Emergencies</em>, 128 Yale L.J. 2210 (2019).</li>"
        "<li><em>Bureaucracy's Defenders</em>, 121 Colum. L. Rev. 987 (2022) "
        "(reviewing Nicholas R. Parrillo, "
        "Against the Bureaucracy (2021)).</li></ul></body></html>"
    )
    bib = _papers(page, "law.html")
    assert [(p.title, p.year, p.volume, p.venue.name if p.venue else None) for p in bib] == [
        ("Agency Guidance as Law", 2023, "136", "Harv. L. Rev."),
        ("Chevron's Ghost", 2022, "89", "U. Chi. L. Rev."),
        ("Notice-and-Comment Rulemaking in Emergencies", 2019, "128", "Yale L.J."),
        ("Bureaucracy's Defenders", 2022, "121", "Colum. L. Rev."),
    ]
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Margaret Chen-Alvarez"],
        ["Margaret Chen-Alvarez", "Aditi Rao"],
        ["Margaret Chen-Alvarez"],
        ["Margaret Chen-Alvarez"],
    ]


def test_a_year_line_right_over_an_entrys_lines_is_its_heading() -> None:
    """An author page copied as text puts the year line right above the first entry of the year (no
    blank line): the year is a heading over the entries, and an entry that prints no year of its own
    (its venue neither) is read under it, not dropped; "Ingrid K. Solberg" is the owner Ingrid Solberg."""
    text = (
        "Ingrid Solberg\n\n2024\npdf bib abs\nConnective Lexicons for the Nordic Languages\n"
        "Ingrid Solberg | Henrik Aas\n"
        "Proceedings of the Workshop on Computational Approaches to Discourse\n\n"
        "2023\npdf bib abs\nShallow Discourse Parsing for Norwegian\nIngrid K. Solberg | Henrik Aas\n"
        "Proceedings of the Nordic Conference on Computational Linguistics (NoDaLiDa)\n"
    )
    bib = _papers(text, "page.txt")
    assert [(p.title, p.year, p.source.line if p.source else None) for p in bib] == [
        ("Connective Lexicons for the Nordic Languages", 2024, 4),
        ("Shallow Discourse Parsing for Norwegian", 2023, 10),
    ]
    assert [p.authors[0].is_owner for p in bib] == [True, True]


def test_a_mathematicians_list_and_a_german_humanities_list() -> None:
    """A preprint with an arXiv id on the owner's list prints no author and is still the owner's paper;
    "[T]" is a label, not a name; "Comment." opens a journal's abbreviated name; a quoted title that opens
    the entry ("„Armut“, in: X (Hrsg.): Book") is the title and the book the venue."""
    text = (
        "EIRIK HALVORSEN\nDepartment of Mathematics, University of Bergen\n\nPreprints\n\n"
        "[16] Entropy rigidity for Anosov actions of Z^k, preprint (2024), arXiv:2409.11876.\n\n"
        "Published papers\n\n"
        "[6]  E. Halvorsen, Smooth conjugacy of Anosov diffeomorphisms on nilmanifolds, Comment.\n"
        "     Math. Helv. 95 (2020), 311-352.\n\n"
        "Thesis\n\n"
        "[T]  E. Halvorsen, Rigidity of hyperbolic actions of higher-rank abelian groups, Ph.D.\n"
        "     thesis, University of Chicago, 2015.\n"
    )
    bib = _papers(text, "cv.txt")
    assert [(p.title, [a.name for a in p.authors]) for p in bib] == [
        (
            "Entropy rigidity for Anosov actions of Z^k",
            ["Eirik Halvorsen"],
        ),  # the owner's name from the CV's capitals, as names are written
        ("Smooth conjugacy of Anosov diffeomorphisms on nilmanifolds", ["E. Halvorsen"]),
        ("Rigidity of hyperbolic actions of higher-rank abelian groups", ["E. Halvorsen"]),
    ]
    assert bib[1].venue is not None and bib[1].venue.name == "Comment. Math. Helv."
    page = (
        "<html><body><h1>Katharina Brenner</h1><h2>Aufsätze</h2><ul>"
        "<li>„Armut“, in: Hans-Peter Ullmann (Hrsg.): Handbuch der deutschen Sozialgeschichte, München: "
        "C.H. Beck 2021, S. 302–331.</li></ul></body></html>"
    )
    (chapter,) = _papers(page, "cv.html")
    assert (chapter.title, [a.name for a in chapter.authors]) == ("Armut", ["Katharina Brenner"])
    assert chapter.venue is not None and chapter.venue.name.startswith(
        "Handbuch der deutschen Sozialgeschichte"
    )


def _owner_index(paper: pubkit.Paper) -> int | None:
    return next((k for k, a in enumerate(paper.authors) if a.is_owner), None)


JAKES_RESUME = r"""\documentclass[letterpaper,11pt]{article}
\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
\newcommand{\resumeProjectHeading}[2]{
    \item
    \begin{tabular*}{0.97\textwidth}{l@{\extracolsep{\fill}}r}
      \small#1 & #2 \\
    \end{tabular*}\vspace{-7pt}
}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
\begin{document}
\begin{center}\textbf{\Huge \scshape Mele Tupou}\end{center}
\section{Publications}
  \resumeSubHeadingListStart
    \resumeProjectHeading
          {\textbf{Graph Priors for Reef Mapping from Drone Video} $|$ \emph{ICRA 2025}}{May 2025}
          \resumeItemListStart
            \resumeItem{\textbf{Mele Tupou}, Sione Vake, Hana Ito}
          \resumeItemListEnd
    \resumeProjectHeading
          {\textbf{Counting Sea Cucumbers with Sonar} $|$ \emph{IEEE Robotics and Automation Letters}}
          {Mar. 2024}
          \resumeItemListStart
            \resumeItem{Sione Vake, \textbf{Mele Tupou}, Lucia Ferreira-Santos, Hana Ito}
          \resumeItemListEnd
    \resumeProjectHeading
          {\textbf{Soft Grippers for Coral Sampling} $|$ \emph{IROS 2023}}{Oct. 2023}
          \resumeItemListStart
            \resumeItem{\textbf{Mele Tupou}, Daniel Okwuosa, Hana Ito}
          \resumeItemListEnd
    \resumeProjectHeading
          {\textbf{Cheap Tactile Skins for Underwater Arms} $|$ \emph{RSS 2023 Workshop on Touch Processing}}
          {July 2023}
          \resumeItemListStart
            \resumeItem{Daniel Okwuosa, \textbf{Mele Tupou}}
          \resumeItemListEnd
  \resumeSubHeadingListEnd
\end{document}
"""


def test_jakes_resume_headings_with_the_authors_in_the_bullet_below() -> None:
    """A list macro defined as `\\begin{itemize}` does not swallow the document; a heading macro's
    bullet list below it is that entry's authors; `$|$` separates the title from the venue."""
    bib = _papers(JAKES_RESUME, "resume.tex")
    assert [(p.title, [a.name for a in p.authors], p.venue and p.venue.name, p.year) for p in bib] == [
        (
            "Graph Priors for Reef Mapping from Drone Video",
            ["Mele Tupou", "Sione Vake", "Hana Ito"],
            "ICRA",
            2025,
        ),
        (
            "Counting Sea Cucumbers with Sonar",
            ["Sione Vake", "Mele Tupou", "Lucia Ferreira-Santos", "Hana Ito"],
            "IEEE Robotics and Automation Letters",
            2024,
        ),
        ("Soft Grippers for Coral Sampling", ["Mele Tupou", "Daniel Okwuosa", "Hana Ito"], "IROS", 2023),
        (
            "Cheap Tactile Skins for Underwater Arms",
            ["Daniel Okwuosa", "Mele Tupou"],
            "RSS Workshop on Touch Processing",
            2023,
        ),
    ]
    assert [_owner_index(p) for p in bib] == [0, 1, 0, 1]


SPHINX_BIBLIOGRAPHY = """<html><head><title>Publications</title></head><body>
<h1>Publications</h1><p>Papers by Ilse Varga and the group.</p>
<div class="docutils container"><dl class="citation">
<dt class="label" id="id2"><span class="brackets">VBM24</span></dt>
<dd><p>Ilse Varga, Lukas Brenner, and Sofia Marquez. A cumulant lattice model for blood flow in aneurysms.
<em>Journal of Computational Physics</em>, 498:112671, 2024.</p></dd>
<dt class="label" id="id3"><span class="brackets">BV23</span></dt>
<dd><p>Lukas Brenner and Ilse Varga. Adaptive mesh refinement on one GPU. <em>Computer Physics
Communications</em>, 291:108832, 2023. Equal contribution of both authors.</p></dd>
</dl></div></body></html>"""


def test_a_sphinx_bibliography_key_is_no_author_and_a_note_marks_equal_contribution() -> None:
    """sphinxcontrib-bibtex's `<dt class="label">` key is dropped like a number; pybtex's note
    "Equal contribution of both authors" marks the first two authors."""
    bib = _papers(SPHINX_BIBLIOGRAPHY, "publications.html")
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Ilse Varga", "Lukas Brenner", "Sofia Marquez"],
        ["Lukas Brenner", "Ilse Varga"],
    ]
    assert [[a.equal_contribution for a in p.authors] for p in bib] == [[False] * 3, [True, True]]


def test_a_heading_with_an_anchor_button_and_the_author_named_in_a_meta_tag() -> None:
    """`<h2>Papers<div><button>§</button></div></h2>` is the heading "Papers"; the page's
    `<meta name="author">` is the owner, not the site's name in `<title>`."""
    page = """<html><head><title>What I published - Small Numbers</title>
<meta name="author" content="Harleen Kaur"></head><body>
<h2 class="header-anchor-post">Peer-reviewed papers<div class="pencraft">
<button class="header-anchor">§</button>
</div></h2>
<ol><li><p>Kaur H, Mensah A. Food insecurity and gestational diabetes in Punjab. <em>BMJ Global Health</em>,
2024.</p></li>
<li><p>Oduya P, Kaur H. Fortified rice and haemoglobin: a meta-analysis. <em>Nutrients</em>, 2023.</p>
</li></ol>
</body></html>"""
    bib = _papers(page, "post.html")
    assert [p.title for p in bib] == [
        "Food insecurity and gestational diabetes in Punjab",
        "Fortified rice and haemoglobin: a meta-analysis",
    ]
    assert bib.owner == "Harleen Kaur" and [_owner_index(p) for p in bib] == [0, 1]


def test_merged_table_cells_keep_every_cell_under_its_heading() -> None:
    """A `rowspan` category and year cell leave later rows with fewer cells: each cell is still read
    under its own column, and the merged year is the year of every row it spans."""
    page = """<html><head><title>Aditi Rao</title></head><body><h1>Aditi Rao</h1><h2>Publications</h2>
<table><tr><th>Category</th><th>No.</th><th>Publication</th><th>Year</th></tr>
<tr><td rowspan="3">Journal Articles</td><td>[J3]</td><td><b>A. Rao</b> and R. Menon, &quot;A reconfigurable
surface at 28 GHz,&quot; <i>IEEE Trans. Antennas Propag.</i>, vol. 73, pp. 1011&ndash;1022, 2025.</td>
<td rowspan="2">2025</td></tr>
<tr><td>[J2]</td><td>P. Sen and <b>A. Rao</b>, &quot;A dual-polarized dipole array for base stations,&quot;
<i>IEEE Antennas Wireless Propag. Lett.</i>, vol. 24, pp. 88&ndash;92.</td></tr>
<tr><td>[J1]</td><td><b>A. Rao</b> and K. Lind, &quot;A cavity-backed slot antenna,&quot;
<i>Electron. Lett.</i>, vol. 58, pp. 540&ndash;542.</td><td>2022</td></tr></table></body></html>"""
    bib = _papers(page, "pubs.html")
    assert [(p.title, p.year, _owner_index(p)) for p in bib] == [
        ("A reconfigurable surface at 28 GHz", 2025, 0),
        ("A dual-polarized dipole array for base stations", 2025, 1),
        ("A cavity-backed slot antenna", 2022, 0),
    ]


def test_arabic_indic_digits_and_a_hijri_year_pair() -> None:
    """Years printed in Arabic-Indic digits are years; of "(١٤٤٤هـ/٢٠٢٢م)" the Gregorian one is taken;
    "، و" glued to the next name is "and"."""
    page = """<html lang="ar" dir="rtl"><body><h1>فاطمة سعيد الزهراني</h1><h3>البحوث المنشورة</h3><ol>
<li>القحطاني، خالد محمد، و<strong>الزهراني، فاطمة سعيد</strong>. (٢٠٢٣). أثر دعم الأعلاف على ربحية مربي الأغنام. <em>مجلة الاقتصاد الزراعي</em>، ٩(١)، ٢٢–٤٨.</li>
<li><strong>الزهراني، فاطمة سعيد</strong>. (١٤٤٤هـ/٢٠٢٢م). تقدير الطلب على المياه الجوفية. <em>مجلة جامعة الملك سعود</em>، ٣٤(٤)، ٣٠١–٣٢٠.</li>
</ol></body></html>"""  # noqa: E501
    bib = _papers(page, "cv.html")
    assert [p.year for p in bib] == [2023, 2022]
    assert [len(p.authors) for p in bib] == [2, 1] and [_owner_index(p) for p in bib] == [1, 0]


def test_a_law_professors_list_that_never_prints_her_name() -> None:
    """The owner from "Prof. Dr. X, LL.M. (Cambridge)"; "Title, ZGR 2024, 412–451" (a law journal's
    abbreviation, year and first page) is her paper; "(gemeinsam mit X)" adds a co-author."""
    text = (
        "Prof. Dr. Johanna Kreutzfeldt, LL.M. (Cambridge)\n"
        "Lehrstuhl für Bürgerliches Recht, Handels- und Gesellschaftsrecht\n\n"
        "SCHRIFTENVERZEICHNIS\n\nIII. Aufsätze in Zeitschriften\n\n"
        "1.\tNachhaltigkeitsberichterstattung und Vorstandshaftung – Zur Umsetzung der CSRD, "
        "ZGR 2024, 412–451.\n"
        "2.\t(gemeinsam mit Felix Ostendorf) Künstliche Intelligenz im Vorstand – Delegation und Haftung, "
        "AG 2022, 665–675.\n"
    )
    bib = _papers(text, "schriften.txt")
    assert bib.owner == "Johanna Kreutzfeldt"
    assert [([a.name for a in p.authors], p.year, p.venue and p.venue.name) for p in bib] == [
        (["Johanna Kreutzfeldt"], 2024, "ZGR"),
        (["Johanna Kreutzfeldt", "Felix Ostendorf"], 2022, "AG"),
    ]


def test_a_newsletter_list_with_a_summary_under_each_paper() -> None:
    """A blog post's items: the bold linked title, then "Kaur H, Mensah A. *Journal*, 2024" or "with X ·
    under review at the *Journal*, 2025", then a paragraph in the first person about the paper, which is
    neither venue nor author; a footnote's mark after the year is no part of it."""
    page = """<html><head><title>My papers - Small Numbers</title><meta name="author" content="Harleen Kaur">
</head><body><h2>Peer-reviewed papers</h2><ol>
<li><p><strong><a href="https://x.org/a">Anaemia cut-offs for adolescents need revisiting</a></strong><br>
Kaur H, Mensah A. <em>The Lancet</em>, 2024 (correspondence).</p>
<p>A short letter, but the one that got me the most angry emails. Short version: the threshold for
15-year-olds was set using data from Europe in the 1960s.</p></li>
<li><p><strong><a href="https://x.org/b">Iron fortification of rice and haemoglobin: a meta-analysis</a>
</strong><br>
Oduya P, Kaur H, Ng WL, Lindqvist R. <em>Public Health Nutrition</em>, 2023.<a class="footnote-anchor"
href="#footnote-1">1</a></p>
<p>Priscilla, my first PhD student, pulled together 23 trials. Fortified rice works, modestly.</p></li>
</ol><h2>Still in the pipeline</h2><ul>
<li><p><strong>Counting calories in the wrong place: measurement error in household surveys</strong><br>
with Rafael Lindqvist · under review at the <em>American Journal of Clinical Nutrition</em>, 2025.</p>
<p>Household surveys ask one person what everyone ate. We compared that with weighed food records.</p></li>
</ul></body></html>"""
    bib = _papers(page, "post.html")
    assert [([a.name for a in p.authors], p.venue and p.venue.name, p.year) for p in bib] == [
        (["Kaur H", "Mensah A"], "The Lancet", 2024),
        (["Oduya P", "Kaur H", "Ng WL", "Lindqvist R"], "Public Health Nutrition", 2023),
        (["Harleen Kaur", "Rafael Lindqvist"], "American Journal of Clinical Nutrition", 2025),
    ]
    assert bib[2].status == pubkit.Status.UNDER_REVIEW


def test_a_cristin_result_list() -> None:
    """Cristin's records: "Journal 2024 ;Volum 578.(2) s. 88-97" (the journal before the year, the volume
    after the glued ";Volum"), and a thesis's imprint with no place, "Title. : University 2017 (ISBN …)"."""
    text = (
        "Resultater for Ingrid Solheim Berg\n\nVitenskapelig artikkel\n\n"
        "Berg, Ingrid Solheim; Nygård, Even; Haugland, Kari Margrethe.\n"
        "Temperature-dependent development of salmon lice copepodids in a warming sea. "
        "Aquaculture 2024 ;Volum 578. s. –\nHI UiB\n\n"
        "Haugland, Kari Margrethe; Berg, Ingrid Solheim.\n"
        "Thermal delousing and post-treatment mortality in Atlantic salmon: a register-based study. "
        "Diseases of Aquatic Organisms 2022 ;Volum 148.(2) s. 37-49\nHI UiB\n\n"
        "Doktorgradsavhandling\n\nBerg, Ingrid Solheim.\n"
        "Host–parasite interactions between Atlantic salmon and salmon lice. : Universitetet i Bergen 2017 "
        "(ISBN 978-82-308-3456-1) 156 s.\nUiB\n"
    )
    bib = _papers(text, "cristin.txt")
    assert [(p.title, p.year, p.venue and p.venue.name) for p in bib] == [
        ("Temperature-dependent development of salmon lice copepodids in a warming sea", 2024, "Aquaculture"),
        (
            "Thermal delousing and post-treatment mortality in Atlantic salmon: a register-based study",
            2022,
            "Diseases of Aquatic Organisms",
        ),
        ("Host–parasite interactions between Atlantic salmon and salmon lice", 2017, None),
    ]


def test_a_schriftenverzeichnis_section_by_section() -> None:
    """A German law list: monographs whose "[Dissertation]" tag is no venue, "JZ 2025 (im Erscheinen)",
    reviews and edited volumes are sections of publications, "(hrsg. zusammen mit X)" adds a co-editor."""
    text = (
        "Prof. Dr. Johanna Kreutzfeldt, LL.M. (Cambridge)\n\nSCHRIFTENVERZEICHNIS\n\nI. Monographien\n\n"
        "1.\tStimmrechtsberater im Aktienrecht, Berlin: Duncker & Humblot 2014 (Schriften zum "
        "Wirtschaftsrecht, Bd. 268), 298 S. [Dissertation]\n\n"
        "II. Aufsätze in Zeitschriften\n\n"
        "1.\tDie Business Judgment Rule im Lichte der Nachhaltigkeitspflichten, JZ 2025 (im Erscheinen).\n\n"
        "III. Herausgeberschaften\n\n"
        "1.\tGesellschaftsrecht in der Krise (hrsg. zusammen mit Martin Ebeling), München: C.H. Beck 2023.\n"
    )
    bib = _papers(text, "schriften.txt")
    assert [([a.name for a in p.authors], p.venue and p.venue.name) for p in bib] == [
        (["Johanna Kreutzfeldt"], None),
        (["Johanna Kreutzfeldt"], "JZ"),
        (["Johanna Kreutzfeldt", "Martin Ebeling"], None),
    ]
    assert bib[1].status == pubkit.Status.ACCEPTED and bib[1].year == 2025


def test_plugin_pages_that_mark_fields_with_prefixed_classes() -> None:
    """BibBase's `<span class="bibbase_paper_author">Last, F.; Last, F.; and Last, F.</span>` is the
    authors, whole, and the italic journal after it the venue; teachPress's type and status badges inside
    the title element are no part of the title."""
    bibbase = """<html><body><h1>Petra Nováková</h1><h2>Publications</h2>
<div class="bibbase_paper"><span class="bibbase_paper_titleauthoryear">
<span class="bibbase_paper_title">Egg rejection by great reed warblers depends on clutch age.</span>
<span class="bibbase_paper_author">Nováková, P.; Šťastný, T.; and Okonkwo, E.</span>
<span class="bibbase_paper_year"><i>Behavioral Ecology</i>. 2025. In press.</span></span></div>
<div class="bibbase_paper"><span class="bibbase_paper_titleauthoryear">
<span class="bibbase_paper_title">Nest predation and clutch size in a cuckoo host.</span>
<span class="bibbase_paper_author">Hauber, M. E.; and Nováková, P.</span>
<span class="bibbase_paper_year"><i>Animal Behaviour</i>, 187: 1–12. 2023.</span></span></div>
</body></html>"""
    bib = _papers(bibbase, "pubs.html")
    assert [([a.name for a in p.authors], p.venue and p.venue.name) for p in bib] == [
        (["P. Nováková", "T. Šťastný", "E. Okonkwo"], "Behavioral Ecology"),
        (["M. E. Hauber", "P. Nováková"], "Animal Behaviour"),
    ]
    teachpress = """<html><body><h1>Lin Ortega</h1><table class="teachpress_publication_list">
<tr class="tp_publication"><td class="tp_pub_info"><p class="tp_pub_author">Lin Ortega; Sam Reyes</p>
<p class="tp_pub_title"><a class="tp_title_link" href="#">Peer tutoring in first-year calculus</a>
<span class="tp_pub_type">Journal Article</span> <span class="tp_pub_label_status">Forthcoming</span></p>
<p class="tp_pub_additional">In: <span class="tp_pub_additional_journal">Journal of Mathematics
Education</span>, vol. 12, 2025.</p></td></tr>
<tr class="tp_publication"><td class="tp_pub_info"><p class="tp_pub_author">Sam Reyes; Lin Ortega</p>
<p class="tp_pub_title"><a class="tp_title_link" href="#">Worked examples and transfer</a>
<span class="tp_pub_type">Proceedings Article</span></p>
<p class="tp_pub_additional">In: <span class="tp_pub_additional_booktitle">Proceedings of PME 46</span>,
pp. 33–40, 2023.</p></td></tr></table></body></html>"""
    bib = _papers(teachpress, "pubs.html")
    assert [p.title for p in bib] == ["Peer tutoring in first-year calculus", "Worked examples and transfer"]


def test_a_medical_school_cv_and_a_group_author() -> None:
    """The Harvard Medical School CV's "Research Investigations" holds papers; "X (GRAM) Collaborators."
    opening an entry is its (group) author."""
    text = (
        "Funmilayo Okonjo-Adeyemi, MD, MPH\n\nReport of Scholarship\n\n"
        "Peer-Reviewed Scholarship in print or other media:\n\nResearch Investigations\n\n"
        "1.\tOkonjo-Adeyemi F, Balogun T, Hooper DC. Carbapenemase-producing Enterobacterales in a teaching "
        "hospital: a prospective surveillance study. Clin Infect Dis. 2018 Jul 2;67(1):88-95.\n\n"
        "2.\tBalogun T, Okonjo-Adeyemi F. Point-prevalence of antibiotic use across six hospitals. "
        "J Antimicrob Chemother. 2020 Mar 1;75(3):765-772.\n\n"
        "Scholarship without named authorship\n\n"
        "1.\tGlobal Research on Antimicrobial Resistance (GRAM) Collaborators. Global burden of bacterial "
        "antimicrobial resistance in 2019: a systematic analysis. Lancet. 2022;399(10325):629-655.\n"
    )
    bib = _papers(text, "cv.txt")
    assert [(p.year, [a.name for a in p.authors][:1]) for p in bib] == [
        (2018, ["Okonjo-Adeyemi F"]),
        (2020, ["Balogun T"]),
        (2022, ["Global Research on Antimicrobial Resistance GRAM Collaborators"]),  # as names are kept
    ]


def test_a_review_site_profile_and_affiliations_after_names() -> None:
    """An OpenReview profile copied as text: the "Published: …, Last Modified: …" line is no date of the
    paper's, the line after it is the venue ("ICML 2024 Workshop X Poster" keeps its year inside), "Readers"
    and "Show details" are chrome, and a hyphenated given name opens the names line. INSPIRE's
    "Name (INFN, Pisa), Name (Oxford U.)" prints each author's affiliation, which is no name."""
    text = (
        "Sofía Martínez-Ibarra\n\nPublications\n\n"
        "Pessimism Meets Causality: Identifiable Offline Policy Evaluation\n"
        "Sofía Martínez-Ibarra, Kofi Boateng, Théo Lambert\n"
        "Published: 25 Sept 2024, Last Modified: 15 Jan 2025\nNeurIPS 2024 poster\nReaders:  Everyone\n"
        "Show details\n\n"
        "When Is Offline Model Selection Possible?\nKofi Boateng, Sofía Martínez-Ibarra\n"
        "Published: 10 Jun 2024, Last Modified: 10 Jun 2024\nICML 2024 Workshop ARLET Poster\n"
        "Readers:  Everyone\nShow details\n\n"
        "Reward-Free Exploration with Causal Priors\nHye-jin Park, Sofía Martínez-Ibarra, Théo Lambert\n"
        "Published: 27 Oct 2023, Last Modified: 03 Dec 2023\nSubmitted to ICLR 2024\nReaders:  Everyone\n"
        "Show details\n"
    )
    bib = _papers(text, "profile.txt")
    assert [(p.venue and p.venue.name, p.year, p.authors[0].name) for p in bib] == [
        ("NeurIPS", 2024, "Sofía Martínez-Ibarra"),
        ("ICML Workshop ARLET", 2024, "Kofi Boateng"),
        ("ICLR", 2024, "Hye-jin Park"),
    ]
    record = (
        "Chiara Bellandi\n\nPublications\n\n"
        "Tracker alignment with cosmic-ray muons for the ATLAS ITk strip barrel\n"
        "Chiara Bellandi (INFN, Pisa), Marco Rinaldi (INFN, Pisa), Priya Venkataraman (Oxford U.)\n"
        "Published in: JINST 18 (2023) P05012\n"
    )
    (paper,) = _papers(record, "inspire.txt")
    assert [a.name for a in paper.authors] == ["Chiara Bellandi", "Marco Rinaldi", "Priya Venkataraman"]


def test_years_of_an_era_a_chinese_legend_and_an_inspire_preprint() -> None:
    """ "令和6年" is 2024 and "（民國110年）" 2021 (an era's year written as the Gregorian one, full-width
    digits too); "<sup>*</sup>為共同第一作者" is a legend; "[Poster presentation]" is no part of a title; a
    record with only an "e-Print:" line is a paper, with its arXiv id."""
    japanese = (
        "佐藤　健太\n\n学術論文\n\n"
        "1. K. Sato, Y. Tanaka, J. Müller: In situ observation of hydrogen-assisted fatigue crack growth in "
        "SUS316L, International Journal of Hydrogen Energy, Vol.68, pp.1123-1135 (令和６年).\n"
    )
    (paper,) = _papers(japanese, "gyoseki.txt")
    assert paper.year == 2024
    page = """<html><body><h2>Yi-Chun Chen</h2>
<p>標示說明：<strong>粗體</strong>為本人；<sup>*</sup>為共同第一作者；<sup>#</sup>為通訊作者。</p>
<h3>Journal papers</h3><ol>
<li><u>Huang, Y.-T.</u><sup>*</sup>, <strong>Chen, Y.-C.</strong><sup>*#</sup>, &amp; Wang, T.-T. (民國110年).
Cyberbullying victimization and depressive symptoms. <em>Journal of Affective Disorders</em>, 345,
112–120.</li>
<li><strong>Chen, Y.-C.</strong>, &amp; Lin, C.-M. (2023). Sleep and mood in adolescents
[Poster presentation]. Annual Meeting of the Taiwan Psychiatric Association, Taipei.</li>
</ol></body></html>"""
    bib = _papers(page, "cv.html")
    assert [a.equal_contribution for a in bib[0].authors] == [True, True, False]
    assert bib[0].authors[1].corresponding and bib[0].year == 2021
    assert bib[1].title == "Sleep and mood in adolescents"
    record = (
        "Chiara Bellandi\n\nPublications\n\n"
        "Yukawa-sector constraints from differential cross sections at next-to-leading order\n"
        "Yuki Nakamura (Tokyo U., ICEPP), Chiara Bellandi (INFN, Pisa and Pisa U.)\n"
        "e-Print: 2502.04417 [hep-ph]\npdf\ncite\n0 citations\n"
    )
    (preprint,) = _papers(record, "inspire.txt")
    assert preprint.identifiers.arxiv == "2502.04417" and [a.name for a in preprint.authors] == [
        "Yuki Nakamura",
        "Chiara Bellandi",
    ]


def test_a_cms_page_with_a_layout_class_on_body_and_a_wiki_table() -> None:
    """Drupal's `<body class="one-sidebar sidebar-first">` hides nothing (only a sidebar element does);
    a Confluence table's `<p>` inside heading and data cells keeps each cell under its column, so the
    "#" column's number is no part of the first author; "Restrepo Villegas, Mariana" is one name, the
    owner's."""
    page = """<html><body class="html not-front one-sidebar sidebar-first"><h1>Mariana Restrepo Villegas</h1>
<div class="sidebar">Menu</div><h2>Publications</h2><div class="biblio-entry">Restrepo Villegas, Mariana, and
Oluwaseun Adebayo-Hart. "Courts and the Politics of Water Rights." <i>Comparative Politics</i> 54 (2022):
1-22.</div><div class="biblio-entry">Restrepo Villegas, Mariana. "Indigenous Consultation in Colombia."
<i>Latin American Research Review</i> 57 (2021): 300-318.</div>
<h2>Journal articles</h2><table><tbody>
<tr><th><p><strong>#</strong></p></th><th><p><strong>Reference</strong></p></th></tr>
<tr><td><p>1</p></td><td><p>M. Stanescu and <strong>R. Oyelaran</strong>, &ldquo;Flaky test detection with
execution traces,&rdquo; <em>IEEE Trans. Softw. Eng.</em>, vol. 50, pp. 812&ndash;829, 2024.</p></td></tr>
</tbody></table></body></html>"""
    bib = _papers(page, "pubs.html")
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Mariana Restrepo Villegas", "Oluwaseun Adebayo-Hart"],
        ["Mariana Restrepo Villegas"],
        ["M. Stanescu", "R. Oyelaran"],
    ]
    assert [_owner_index(p) for p in bib[:2]] == [0, 0]


def test_a_german_peer_reviewed_heading() -> None:
    """ "Zeitschriftenaufsätze (begutachtet)" is a publication section: "begutachtet" (peer-reviewed) is
    no reviewing service ("Gutachtertätigkeit")."""
    text = (
        "Dr. Anna Weber\n\nPublikationen\n\nZeitschriftenaufsätze (begutachtet)\n\n"
        "1. Weber, A.; Krause, T.: Verteilte Regelung von Mikronetzen. In: at - Automatisierungstechnik 71 "
        "(2023), Nr. 4, S. 301-312.\n\n"
        "2. Krause, T.; Weber, A.: Robuste Zustandsschätzung im Verteilnetz. In: Elektrotechnik und "
        "Informationstechnik 139 (2022), S. 55-63.\n\n"
        "Gutachtertätigkeit\n\nIEEE Transactions on Smart Grid, Energies\n"
    )
    assert [p.year for p in _papers(text, "cv.txt")] == [2023, 2022]


def test_a_vita_export_with_status_lines_under_each_citation() -> None:
    """A faculty-activity system's vita (Faculty180): APA citations with no blank line between, each followed
    by tab-indented "Status:" and "Refereed:" lines, which end the citation and give its status; APA 6's
    ". . ." before the last of many authors is no name."""
    text = (
        "Publications\n\n"
        "Alvarado-Brooks, K. M., Nguyen, T. H., & Okafor, D. (in press). Kinship caregivers' help-seeking "
        "after child welfare exit: A mixed-methods study. Child Abuse & Neglect.\n"
        "\tStatus: Accepted\n\tRefereed: Yes\n"
        "Alvarado-Brooks, K. M. (2023). Racial disproportionality in foster care reentry. Social Service "
        "Review, "
        "97(2), 301-338.\n"
        "\tStatus: Completed/Published\n\tRefereed: Yes\n"
        "Whitfield, R., Chen, L., Alvarado-Brooks, K. M., Mbeki, S. N., Ortiz, J., Harrell, P., . . . "
        "Lindqvist, E. (2022). Implementing family group decision-making across rural counties. Child "
        "Welfare, 100(3), 1-24.\n"
        "\tStatus: Completed/Published\n\tRefereed: Yes\n"
    )
    bib = _papers(text, "vita.txt")
    assert [p.year for p in bib] == [None, 2023, 2022]
    assert bib[0].status == pubkit.Status.ACCEPTED
    assert [a.name for a in bib[2].authors][-2:] == ["P. Harrell", "E. Lindqvist"]


def test_profile_records_of_an_index_and_a_paper_repository() -> None:
    """A SINTA / Google Scholar copy: title, "Authors : SN Rahmawati, A Wibowo", then "Journal 11 (2),
    415-424 2024 3 cited"; an SSRN author page: title, venue, "Number of pages: … Posted: …", authors,
    affiliations ("University - Faculty of Law"), downloads and buttons."""
    sinta = (
        "Publications\n\n"
        "Biochar amendment improves water retention and maize yield on an Alfisol in East Java\n"
        "Authors : SN Rahmawati, M Tanaka, PJ Gregory\nGeoderma Regional 36, e00752 2024 5 cited\n\n"
        "Kajian Kesuburan Tanah Andisol untuk Pengembangan Kentang Dataran Tinggi\n"
        "Authors : SN Rahmawati\nJurnal Agro 8 (2), 201-214 2021 6 cited\n"
    )
    bib = _papers(sinta, "sinta.txt")
    assert [([a.name for a in p.authors], p.year, p.venue and p.venue.name) for p in bib] == [
        (["SN Rahmawati", "M Tanaka", "PJ Gregory"], 2024, "Geoderma Regional"),
        (["SN Rahmawati"], 2021, "Jurnal Agro"),
    ]
    ssrn = (
        "Papers\n\n1.\nGreen Subsidies and the SCM Agreement: A Proposal for a Climate Carve-Out\n"
        "American Journal of International Law, Vol. 118, No. 2, pp. 245-289, 2024\n"
        "Number of pages: 45 Posted: 03 May 2024\n"
        "Daniela Ferreira-Lindqvist, Hiroshi Tanabe and Léa Moreau-Diallo\n"
        "Stockholm University - Faculty of Law, Kyoto University - Graduate School of Law\n"
        "Downloads 1,102 (38,911)\nCitation 9\nView PDFAdd Paper to My Library\n\n"
        "2.\nThe Security Exception Revisited: WTO Panels after Russia – Traffic in Transit\n"
        "Stockholm Faculty of Law Research Paper Series No. 131\n"
        "Number of pages: 52 Posted: 19 Sep 2024 Last revised: 02 Dec 2024\n"
        "Daniela Ferreira-Lindqvist\nStockholm University - Faculty of Law\nDownloads 388 (187,203)\n"
    )
    bib = _papers(ssrn, "ssrn.txt")
    assert [([a.name for a in p.authors], p.year) for p in bib] == [
        (["Daniela Ferreira-Lindqvist", "Hiroshi Tanabe", "Léa Moreau-Diallo"], 2024),
        (["Daniela Ferreira-Lindqvist"], 2024),
    ]
    assert bib[0].venue is not None and bib[0].venue.name == "American Journal of International Law"


def test_a_philosophy_profile_with_dash_separated_records() -> None:
    """PhilPapers' "Title. A & B - 2024 - Journal 181 (6):1411-1433." and "- forthcoming - Mind.": the
    dashes around the year split the title and authors from the venue; the lines under a record
    (details, categories, "Direct download") are no part of it."""
    text = (
        "Amara Okonkwo-Reyes\n\nPublications\n\n"
        "Testimonial Smothering and the Ethics of Silence. Amara Okonkwo-Reyes & Lukas Brenner - forthcoming "
        "- Mind.\ndetails\nEpistemic Injustice in Social and Political Philosophy\n"
        "Direct download (3 more)   Export citation   Bookmark\n\n"
        "Credibility Excess as a Structural Harm. Lukas Brenner & Amara Okonkwo-Reyes - 2022 - Journal of "
        "Social Philosophy 53 (1):88-107.\ndetails\nTestimony in Epistemology\n"
        "Direct download (3 more)   Export citation   Bookmark\n"
    )
    bib = _papers(text, "philpapers.txt")
    assert [(p.title, [a.name for a in p.authors], p.venue and p.venue.name, p.year) for p in bib] == [
        (
            "Testimonial Smothering and the Ethics of Silence",
            ["Amara Okonkwo-Reyes", "Lukas Brenner"],
            "Mind",
            None,
        ),
        (
            "Credibility Excess as a Structural Harm",
            ["Lukas Brenner", "Amara Okonkwo-Reyes"],
            "Journal of Social Philosophy",
            2022,
        ),
    ]


def test_a_currvita_list_with_lettered_item_keys() -> None:
    """`\\item[A1]` / `\\item[B2]`: the CV's own keys are no part of the first author; Romanian "în" opens a
    venue and "acceptat spre publicare" is a status."""
    text = r"""\documentclass{article}
\usepackage{currvita}
\begin{document}
\begin{cv}{Ioana-Cristina Dumitrescu}
\begin{cvlist}{Articole}
\item[A1] \textbf{I.-C. Dumitrescu}, A. Popescu, ``Hosting capacity of feeders'', \textit{IEEE Access}, vol. 12, 2024.
\item[A2] R. Stanciu, \textbf{I.-C. Dumitrescu}, ``Battery storage placement'', \textit{Energies}, vol. 16, 2023.
\item[A3] M. Ionescu, \textbf{I.-C. Dumitrescu}, ``Voltage unbalance mitigation'', \textit{Electric Power Systems
Research}, acceptat spre publicare.
\end{cvlist}
\end{cv}
\end{document}
"""  # noqa: E501
    bib = _papers(text, "cv.tex")
    assert [[a.name for a in p.authors] for p in bib] == [
        ["I.-C. Dumitrescu", "A. Popescu"],
        ["R. Stanciu", "I.-C. Dumitrescu"],
        ["M. Ionescu", "I.-C. Dumitrescu"],
    ]
    assert bib[2].status == pubkit.Status.ACCEPTED


def test_a_reference_manager_report_of_key_value_tables() -> None:
    """Zotero's "Generate Report" page: each item a list item holding a heading (the title) and a table of
    `<th>` keys and `<td>` values; "Author" rows are the authors, "Publication" the venue, "Date" the
    year, and record keeping ("Date Added", "Short Title", "Library Catalog") none of the fields."""
    row = "<tr><th{cls}>{key}</th><td>{value}</td></tr>"

    def item(title: str, rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            row.format(cls=' class="author"' if k == "Author" else "", key=k, value=v) for k, v in rows
        )
        return f'<li class="item journalArticle"><h2>{title}</h2><table>{cells}</table></li>'

    page = (
        '<html><head><title>Zotero Report</title></head><body><ul class="report">'
        + item(
            "Oppida and hinterlands in the Iberian Iron Age",
            [
                ("Item Type", "Journal Article"),
                ("Author", "Puigdomènech i Serra, Marta"),
                ("Author", "Ferrer Albà, Jordi"),
                ("Publication", "Journal of Archaeological Science: Reports"),
                ("Date", "2023-06"),
                ("Short Title", "Oppida and hinterlands"),
                ("Date Added", "4/2/2024, 10:11:44"),
            ],
        )
        + item(
            "Isotopic evidence for transhumance in the north-eastern Iberian Peninsula",
            [
                ("Item Type", "Journal Article"),
                ("Author", "Okafor, Chidi"),
                ("Author", "Puigdomènech i Serra, Marta"),
                ("Publication", "Archaeometry"),
                ("Date", "2021"),
                ("Library Catalog", "Wiley Online Library"),
            ],
        )
        + "</ul></body></html>"
    )
    bib = _papers(page, "report.html")
    assert [([a.name for a in p.authors], p.venue and p.venue.name, p.year) for p in bib] == [
        (
            ["Marta Puigdomènech i Serra", "Jordi Ferrer Albà"],
            "Journal of Archaeological Science: Reports",
            2023,
        ),
        (["Chidi Okafor", "Marta Puigdomènech i Serra"], "Archaeometry", 2021),
    ]
    assert bib.owner != "Zotero Report"


def test_georgian_and_tamil_names() -> None:
    """Georgian's Mkhedruli letters are a script without capitals (Unicode calls them lower case), and
    "და" / "மற்றும்" are "and" between names."""
    page = """<html><body><h1>Nino Beridze</h1><h2>Publications</h2><ol>
<li>წერეთელი, გ., და <strong>ბერიძე, ნ.</strong> (2022). „მცირე და საშუალო ბიზნესის დაკრედიტება“. <em>ეკონომიკა და ბიზნესი</em>, 15(2), 44–61.</li>
<li>ராஜேஷ் சுப்பிரமணியன், மற்றும் <strong>கலைச்செல்வி ஆறுமுகம்</strong>. “சங்க இலக்கியத்தில் இடப்பெயர்கள்.” <em>செந்தமிழ்</em>, 2021.</li>
</ol></body></html>"""  # noqa: E501
    bib = _papers(page, "cv.html")
    assert [len(p.authors) for p in bib] == [2, 2]
    assert [p.year for p in bib] == [2022, 2021]


def test_pubmed_results_copied_as_text() -> None:
    """A PubMed result page copied as text: the number, "Cite" and "Share" lines, then title, authors
    (a study group after ";" is no name), the citation line and "PMID:", then a snippet of the abstract."""
    text = (
        "Search: Okonkwo AN[Author]\n\n10 results\n\n"
        "1\nCite\nShare\n"
        "Tenapanor versus sevelamer for hyperphosphatemia in patients on hemodialysis: a randomized trial.\n"
        "Okonkwo AN, Balogun TO, Haddad R; NAPHOS Investigators.\n"
        "Kidney Int. 2024 Nov;106(5):912-925. doi: 10.1016/j.kint.2024.06.021. Epub 2024 Jul 30.\n"
        "PMID: 39087654 Clinical Trial.\n"
        "Serum phosphate fell more with tenapanor than with sevelamer …\n\n"
        "2\nCite\nShare\n"
        "Global access to kidney replacement therapy: where do we stand in 2023?\n"
        "Okonkwo AN, Lindgren E.\n"
        "Nat Rev Nephrol. 2023 Aug;19(8):489-490. doi: 10.1038/s41581-023-00721-4.\n"
        "PMID: 37301854 No abstract available.\n"
    )
    bib = _papers(text, "pubmed.txt")
    assert [([a.name for a in p.authors], p.venue and p.venue.name, p.year) for p in bib] == [
        (["Okonkwo AN", "Balogun TO", "Haddad R"], "Kidney Int", 2024),
        (["Okonkwo AN", "Lindgren E"], "Nat Rev Nephrol", 2023),
    ]
    assert bib[1].title == "Global access to kidney replacement therapy: where do we stand in 2023?"


def test_a_profile_page_of_records_with_by_lines() -> None:
    """A researcher profile (Academia.edu) copied as text: title, "by A and B" (", and 2 more" dropped),
    an abstract and "more", then "Publication Date:" and "Publication Name:" lines; the download button,
    reader counts and research interests are no field."""
    text = (
        "Papers (2)\n\n"
        "Salt Roads: Caravan Trade and Credit in the Southern Sahara\n"
        "by Amadou Diallo and Ines Moreau\n"
        "This article traces how caravan credit moved between oasis towns …\n"
        "more\n"
        "Publication Date: Sep 3, 2022\n"
        "Publication Name: Journal of African History\n"
        "Research Interests: History, Economic History\n"
        "Download (.pdf)\n\n"
        "Dates and Debt in Adrar\n"
        "by Ines Moreau, Amadou Diallo, and 3 more\n"
        "Publication Date: 2019\n"
        "Publication Name: Africa\n"
        "12 Views\n"
    )
    bib = _papers(text, "profile.txt")
    assert [(p.title, [a.name for a in p.authors], p.venue and p.venue.name, p.year) for p in bib] == [
        (
            "Salt Roads: Caravan Trade and Credit in the Southern Sahara",
            ["Amadou Diallo", "Ines Moreau"],
            "Journal of African History",
            2022,
        ),
        ("Dates and Debt in Adrar", ["Ines Moreau", "Amadou Diallo"], "Africa", 2019),
    ]
    assert not bib.problems


def test_kinds_of_work_as_sub_headings_right_over_their_first_entry() -> None:
    """A vita system's text export: "Journal Article" and "Dissertation" stand right over the first
    entry of their group, with no blank line; each is a heading, not the start of that entry, and
    the dissertation in parentheses after the title is the venue."""
    text = (
        "Scholarly Contributions\n\n"
        "Journal Article\n"
        "Okafor, D., & Lindqvist, E. (2022). Kin networks after foster care. Child Welfare, 99(2), 1-20.\n\n"
        "Lindqvist, E. (2020). Grandparents as caregivers. Social Service Review, 94(1), 33-60.\n\n"
        "Dissertation\n"
        "Lindqvist, E. (2015). Coming home (Doctoral dissertation, University of Oslo).\n"
    )
    bib = _papers(text, "vita.txt")
    assert [(p.title, p.year, p.venue and p.venue.name) for p in bib] == [
        ("Kin networks after foster care", 2022, "Child Welfare"),
        ("Grandparents as caregivers", 2020, "Social Service Review"),
        ("Coming home", 2015, "Doctoral dissertation, University of Oslo"),
    ]
    assert not bib.problems


def test_chinese_apa_sentences_and_an_owner_in_two_scripts_beside_underlined_students() -> None:
    """Chinese APA ends each part with "。": title, then the venue (after "載於" a chapter's editors and
    book, after "發表於" a meeting and its place), then the publisher. The owner is bold in both
    scripts; an underlined student beside them is not the owner."""
    html = (
        "<h2>著作目錄</h2><ol>"
        "<li><strong>Lin, M.-H.</strong>, <u>Wu, P.-Y.</u>, &amp; Tsai, K. (2024). Night shifts and sleep. "
        "<em>Sleep Health</em>, <em>10</em>(2), 100–110.</li>"
        "<li><strong>Lin, M.-H.</strong>, &amp; Tsai, K. (2023). Naps at school. "
        "<em>Journal of Sleep Research</em>, <em>32</em>(4), 1–9.</li>"
        "<li><u>吳佩瑜</u>、<strong>林美惠</strong>（2023年5月）。國中生午睡與注意力之關聯。"
        "發表於<em>臺灣睡眠醫學學會2023年年會</em>，臺中市。</li>"
        "<li><strong>林美惠</strong>（2022）。輪班工作與睡眠。載於蔡國華（主編），"
        "<em>職業衛生導論</em>（頁12–30）。華杏。</li>"
        "</ol>"
    )
    bib = _papers(html, "pubs.html")
    assert [(p.title, p.venue and p.venue.name, p.year) for p in bib][2:] == [
        ("國中生午睡與注意力之關聯", "臺灣睡眠醫學學會年會", 2023),
        ("輪班工作與睡眠", "職業衛生導論", 2022),
    ]
    assert [next(a.name for a in p.authors if a.is_owner) for p in bib] == [
        "M.-H. Lin", "M.-H. Lin", "林美惠", "林美惠"
    ]  # fmt: skip


def test_citations_under_sections_no_word_names_and_a_site_name_that_is_no_owner() -> None:
    """A research information system's page: one section is named in words the reader knows, the
    others by long classification lines or words it does not know; the citations under those are
    still read (never silently dropped), a supervision under an unknown heading is not, and the
    site's name on the first line is not the owner, the person on every paper is."""
    text = (
        "ETIS – Eesti Teadusinfosüsteem\n\n"
        "1.1. Teadusartiklid ajakirjades, mis on kajastatud Web of Science andmebaasides "
        "ja millel on mõjufaktor\n\n"
        "Saar, Mart; Kask, Rein (2024). Deadwood after windthrow in hemiboreal forests. "
        "Forest Ecology and Management, 553, 121604.\n\n"
        "Teaduslikud monograafiad\n\n"
        "Saar, Mart (2020). Eesti metsade surnud puit: seire ja majandamine. Tartu: Eesti Maaülikool.\n\n"
        "Doktoriväitekirjad\n\n"
        "Saar, Mart (2014). Natural disturbances in hemiboreal forests. (Doktoritöö, Tartu Ülikool). "
        "Tartu.\n\n"
        "Juhendamised\n\n"
        "Liis Vaher, doktorikraad, 2023, (juh) Mart Saar, Samblike taastumine, Eesti Maaülikool.\n"
    )
    bib = _papers(text, "etis.txt")
    assert [(p.year, p.owner and p.owner.name) for p in bib] == [
        (2024, "Mart Saar"),
        (2020, "Mart Saar"),
        (2014, "Mart Saar"),
    ]


def test_a_portal_record_whose_lines_open_with_the_field_they_hold() -> None:
    """A library bibliography (Expertus): each record's lines open with a key ("Autorzy:", "Tytuł:",
    "Źródło:"); each line is that field, the keys are no text, and a key naming no field of the
    citation ("Nr opisu:", "Impact Factor:") is left out; an ISBD area after a book ("/ eds. …
    - Cham: Springer") is no part of its name."""
    html = (
        "<h2>Publikacje</h2><table>"
        '<tr><td colspan="2"><span class="pole">Nr opisu:</span> 0000145231<br>'
        '<span class="pole">Autorzy:</span> Nowak Anna, <b>Zieliński Piotr</b>.<br>'
        '<span class="pole">Tytuł:</span> Ionic conductivity of doped zirconia.<br>'
        '<span class="pole">Źródło:</span> Solid State Ionics, 2024, vol. 381, s. 1-10<br>'
        '<span class="pole">Impact Factor:</span> 3.2</td></tr>'
        '<tr><td colspan="2"><span class="pole">Autorzy:</span> <b>Zieliński Piotr</b>.<br>'
        '<span class="pole">Tytuł:</span> Electrolytes for fuel cells.<br>'
        '<span class="pole">Źródło:</span> W: Advanced ceramics / eds. Anna Nowak. - Cham: Springer, '
        "2023, s. 1-20</td></tr></table>"
    )
    bib = _papers(html, "bpp.html")
    assert [(p.title, [a.name for a in p.authors], p.venue and p.venue.name, p.year) for p in bib] == [
        (
            "Ionic conductivity of doped zirconia",
            ["Nowak Anna", "Zieliński Piotr"],
            "Solid State Ionics",
            2024,
        ),
        ("Electrolytes for fuel cells", ["Zieliński Piotr"], "Advanced ceramics", 2023),
    ]


def test_records_printed_a_field_a_line_without_punctuation() -> None:
    """A national publication database's list (MTMT): the number on a line of its own, then the
    names, the title and the source each on a line without closing punctuation, and the year line of
    a chapter is no new entry; the title ends with its line and the article number is no part of
    the journal's name."""
    text = (
        "Folyóiratcikk\n\n"
        "1.\n"
        "Fekete, Zoltán ; Kovács, Eszter ; Horváth, Réka\n"
        "Seroprevalence of bluetongue virus in Hungarian sheep flocks\n"
        "PREVENTIVE VETERINARY MEDICINE 215 Paper: 105911 , 9 p. (2023)\n\n"
        "2.\n"
        "Brezovits, Lili ; Kovács, Eszter\n"
        "Detection of Coxiella burnetii in bulk tank milk\n"
        "In: Proceedings of the 32nd World Buiatrics Congress\n"
        "(2022) pp. 245-246. , 2 p.\n"
    )
    bib = _papers(text, "mtmt.txt")
    assert [(p.title, p.venue and p.venue.name, p.year) for p in bib] == [
        (
            "Seroprevalence of bluetongue virus in Hungarian sheep flocks",
            "PREVENTIVE VETERINARY MEDICINE",
            2023,
        ),
        (
            "Detection of Coxiella burnetii in bulk tank milk",
            "Proceedings of the 32nd World Buiatrics Congress",
            2022,
        ),
    ]


def test_spanish_apa_with_a_two_word_family_name_student_codes_and_statuses() -> None:
    """Spanish APA: ", y" before the last author, "(E)" after a student's name (a role code, no part of
    the name), "(en prensa)" in the year's place, "[Tesis de doctorado, …]" after a thesis's title; the
    owner, bold, has a family name of two words and is found on every paper."""
    html = (
        "<h2>Publicaciones</h2><ul>"
        "<li><b>Hernández Ruiz, G.</b>, Castillo, M. A., y Ortega, L. (2024). Etiquetado frontal. "
        "<i>Salud Pública de México</i>, 66(2), 1–10.</li>"
        "<li>Flores, A. (E), y <b>Hernández Ruiz, G.</b> (en prensa). Consumo de ultraprocesados. "
        "<i>Gaceta Médica de México</i>.</li>"
        "<li><b>Hernández Ruiz, G.</b> (2015). <i>Bebidas azucaradas en escolares</i> "
        "[Tesis de doctorado, Universidad Nacional Autónoma de México].</li>"
        "</ul>"
    )
    bib = _papers(html, "cv.html")
    assert [([a.name for a in p.authors], p.title) for p in bib] == [
        (["G. Hernández Ruiz", "M. A. Castillo", "L. Ortega"], "Etiquetado frontal"),
        (["A. Flores", "G. Hernández Ruiz"], "Consumo de ultraprocesados"),
        (["G. Hernández Ruiz"], "Bebidas azucaradas en escolares"),
    ]
    assert all(p.owner is not None and p.owner.name == "G. Hernández Ruiz" for p in bib)
    assert bib[1].status is pubkit.Status.ACCEPTED
    assert bib[2].venue is not None
    assert bib[2].venue.name == "Tesis de doctorado, Universidad Nacional Autónoma de México"


def test_latex_math_markers_and_a_bibtex_record_shown_under_each_citation() -> None:
    """A WordPress plugin's page prints role markers as LaTeX math ("Okafor$^*$") and a BibTeX record
    under each citation; the markers are markers (with the legend that also writes them so), and the
    record is none of the citation's text."""
    html = (
        "<p>$^*$ marks equal contribution.</p><h2>Publications</h2><ul>"
        "<li>C. Okafor$^*$, <b>L. Brandão</b>$^*$, and M. Lindqvist, &#8220;Persistent localization "
        "for marine robots,&#8221; <i>IEEE Robotics and Automation Letters</i>, vol. 9, 2024."
        "<pre>@article{okafor2024, title = {Persistent localization}, author = {Okafor, C.}}</pre></li>"
        "<li><b>L. Brandão</b> na J. Otieno, &#8220;MarineSim: a simulator for surface autonomy,&#8221; "
        "arXiv:2501.01234, 2025.<pre>@misc{brandao2025, title = {MarineSim}}</pre></li></ul>"
    )
    bib = _papers(html, "papercite.html")
    first, second = bib
    assert [(a.name, a.equal_contribution) for a in first.authors] == [
        ("C. Okafor", True), ("L. Brandão", True), ("M. Lindqvist", False)
    ]  # fmt: skip
    assert first.venue is not None and first.venue.name == "IEEE Robotics and Automation Letters"
    assert [a.name for a in second.authors] == ["L. Brandão", "J. Otieno"]
    assert second.venue is not None and second.venue.name == "arXiv"


def test_a_legend_that_names_the_students_before_their_mark() -> None:
    text = (
        "Names of my doctoral students are marked with †.\n\n# Papers\n\n"
        "- A. Lee†, B. Roe. Deep nets for cats. *Nature*, 2020.\n"
        "- B. Roe, A. Lee†. Deep nets for dogs. *Science*, 2021.\n"
    )
    bib = _papers(text, "cv.md")
    assert not bib.problems
    assert [a.name for p in bib for a in p.authors] == ["A. Lee", "B. Roe", "B. Roe", "A. Lee"]


def test_bengali_digits_danda_and_a_heading_glossed_in_english() -> None:
    """A Bengali page: digits of the script are digits, "।" ends a sentence as "." does, "ও" is "and";
    a heading glossed in English after " / " is read by its gloss, so the talks under it are none."""
    html = (
        "<h2>প্রকাশনা / Publications</h2><ol>"
        "<li><strong>চৌধুরী, নুসরাত</strong> ও সরকার, তানভীর (২০২৩)। উপকূলীয় জলবায়ু অভিবাসন। "
        "<em>সমাজ নিরীক্ষণ</em>, ১৬৮, ২৩–৪৫।</li></ol>"
        "<h3>সম্মেলন ও আমন্ত্রিত বক্তৃতা / Conferences and Invited Talks</h3><ul>"
        "<li>Chowdhury, N. (2024) ‘Climate migration and gender’. Invited talk, BRAC University.</li></ul>"
    )
    bib = _papers(html, "bn.html")
    assert [(p.title, [a.name for a in p.authors], p.year, p.venue and p.venue.name) for p in bib] == [
        ("উপকূলীয় জলবায়ু অভিবাসন", ["নুসরাত চৌধুরী", "তানভীর সরকার"], 2023, "সমাজ নিরীক্ষণ")
    ]


def test_a_list_copied_from_a_pdf_with_page_footers_ligatures_and_danish_statuses() -> None:
    """Text copied from a PDF: a page footer ("… Side 1 af 3") and a form feed inside an entry that
    runs on over the page break, ligatures ("ﬁ"), and Danish statuses after the venue."""
    text = (
        "PUBLIKATIONSLISTE\n\nA. Originale artikler\n\n"
        "1. Larsen TB, Thomsen AK. Direct oral anticoagulants in elderly patients with atrial\n"
        "ﬁbrillation. Age Ageing. I trykken 2025.\n\n"
        "2. Thomsen AK. Oral anticoagulation in elderly patients: beneﬁts, risks\nand\n\n"
        "Anne Thomsen – Publikationsliste                     Side 1 af 3\n"
        "\ftreatment patterns. Eur Heart J. 2018;39:1-9.\n"
    )
    bib = _papers(text, "pdf.txt")
    assert [(p.title, p.venue and p.venue.name, p.status) for p in bib] == [
        (
            "Direct oral anticoagulants in elderly patients with atrial fibrillation",
            "Age Ageing",
            pubkit.Status.ACCEPTED,
        ),
        (
            "Oral anticoagulation in elderly patients: benefits, risks and treatment patterns",
            "Eur Heart J",
            pubkit.Status.PUBLISHED,
        ),
    ]


def test_cards_whose_title_and_authors_are_headings() -> None:
    """A Bootstrap card a paper: the title in an `<h5>`, the authors in an `<h6>` right under it, the
    venue in a paragraph; the card is one entry, never a section named by the title."""
    html = (
        "<h1>Hiwot T. Alemu</h1><h2>Publications</h2>"
        '<div class="card"><div class="card-body">'
        '<h5 class="card-title">Determinants of home delivery among pastoralist women</h5>'
        '<h6 class="card-subtitle">Selam Girma, <strong>Hiwot T. Alemu</strong>, Yonas Haile</h6>'
        '<p class="card-text"><em>Reproductive Health</em>, 20, 88 (2023).</p></div></div>'
        '<div class="card"><div class="card-body">'
        '<h5 class="card-title">Geospatial analysis of maternal mortality in Ethiopia</h5>'
        '<h6 class="card-subtitle">Yonas Haile, <strong>Hiwot T. Alemu</strong></h6>'
        '<p class="card-text"><em>PLOS Global Public Health</em>, 2(8), e0000812 (2022).</p></div></div>'
    )
    bib = _papers(html, "cards.html")
    assert [(p.title, len(p.authors), p.venue and p.venue.name, p.year) for p in bib] == [
        ("Determinants of home delivery among pastoralist women", 3, "Reproductive Health", 2023),
        ("Geospatial analysis of maternal mortality in Ethiopia", 2, "PLOS Global Public Health", 2022),
    ]


def test_a_legend_line_that_opens_with_its_marker_is_no_bullet() -> None:
    text = (
        "PUBLIKATIONSLISTE\n\n*Delt førsteforfatterskab.\n\nA. Originale artikler\n\n"
        "1. Thomsen AK*, Nielsen PB*, Holm J. Oral anticoagulation and stroke. Eur Heart J. 2023;44:1-9.\n"
    )
    bib = _papers(text, "dk.txt")
    assert [(a.name, a.equal_contribution) for a in bib[0].authors] == [
        ("Thomsen AK", True), ("Nielsen PB", True), ("Holm J", False)
    ]  # fmt: skip
    assert not bib.problems


def test_entries_numbered_without_a_space_in_cjk_text_are_never_lost() -> None:
    """ "１．題名…" (a full-width number and stop, no space) opens an entry, as "1. " does: each is read
    or reported at its own line, never joined into the one before."""
    text = (
        "研究業績\n\n"
        "１．Hydrogen embrittlement of austenitic steels. Int J Hydrogen Energy, 68, 1123-1135, 2024.\n"
        "２．Fatigue crack growth in SUS316L under hydrogen. Acta Materialia, 250, 1-12, 2023.\n"
        "３．水素脆化の基礎。日本金属学会誌、87、1-10、2022。\n"
    )
    bib = _papers(text, "gyoseki.txt")
    lines = sorted([p.source.line for p in bib if p.source] + [p.line for p in bib.problems if p.line])
    assert lines == [3, 4, 5]


def test_a_profile_names_its_owner_under_a_menu_and_affiliations_stay_with_their_names() -> None:
    """An author profile copied as text (INSPIRE): the person's name under the site's menu is the owner,
    and "(INFN, Pisa)" after a name is an affiliation, even when it closes the names."""
    text = (
        "INSPIRE\nLiterature\nAuthors\nJobs\nSeminars\nMore...\n\n"
        "Chiara Bellandi\n(INFN, Pisa)\nResearch areas: hep-ex\n\n"
        "Tracker alignment with cosmic-ray muons for the ATLAS ITk strip barrel\n"
        "Chiara Bellandi (INFN, Pisa), Marco Rinaldi (INFN, Pisa), Hannah Osei (Liverpool U.)\n"
        "e-Print: 2310.07745 [physics.ins-det]\n\n"
        "Probing anomalous Wtb couplings with single-top polarisation observables\n"
        "Tomás Herrera (Buenos Aires U.), Chiara Bellandi (INFN, Pisa)\n"
        "e-Print: 2209.13302 [hep-ph]\n"
    )
    bib = _papers(text, "profile.txt")
    assert bib.owner == "Chiara Bellandi"
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Chiara Bellandi", "Marco Rinaldi", "Hannah Osei"], ["Tomás Herrera", "Chiara Bellandi"]
    ]  # fmt: skip
    assert [p.owner.name if p.owner else None for p in bib] == ["Chiara Bellandi", "Chiara Bellandi"]


def test_an_unknown_header_word_for_publications_ends_a_grants_section() -> None:
    """Profile systems draw section titles as plain divs: "Bibliographic" after a funding header
    opens the papers again, so they are never dropped with the grants."""
    text = """<html><body><h2>Nadia Rahimi</h2>
<div class="PropertyItemHeader"><a href="#">Research Activities and Funding</a></div>
<div class="grantTitle">Home blood pressure telemonitoring</div>
<div class="PropertyItemHeader"><a href="#">Bibliographic</a></div>
<ol><li><div>Rahimi N, Okafor CE, Chen AH. Pharmacist-led telemonitoring in safety-net primary care.
JAMA Intern Med. 2025 Jan 01; 185(1):44-53.</div></li>
<li><div>Okafor CE, Rahimi N. Clinician response to elevated office blood pressure.
Hypertension. 2024;81(2):1-9.</div></li>
</ol></body></html>"""
    bib = _papers(text, "profile.html")
    assert [p.year for p in bib] == [2025, 2024]
    assert all(p.owner is not None for p in bib)


def test_a_papers_award_line_is_no_section_of_awards() -> None:
    """ "Best Student Paper Award" on a line of its own inside an item is that paper's distinction: the
    items after it are still papers."""
    item = '<div class="item"><p>{}, “{},” <em>{}</em>, 2024.</p>{}</div>\n'
    text = "<h1>Publications</h1>\n" + "".join(
        item.format(names, title, venue, award)
        for names, title, venue, award in [
            ("J. Reyes and <b>M. Kowalczyk</b>", "Cold plates for inverters", "Proc. IEEE ITherm",
             "<div>Best Student Paper Award</div>"),
            ("T. Brandt and <b>M. Kowalczyk</b>", "Pool boiling on textured copper", "Appl. Therm. Eng.", ""),
            ("A. Nowicka and <b>M. Kowalczyk</b>", "Flow boiling in lattice heat sinks", "Int. J. Heat", ""),
        ]
    )  # fmt: skip
    bib = _papers(text, "webflow.html")
    assert [p.title for p in bib] == [
        "Cold plates for inverters", "Pool boiling on textured copper", "Flow boiling in lattice heat sinks"
    ]  # fmt: skip


def test_an_economics_cv_names_only_the_coauthors() -> None:
    """Title-first entries with "(with X and Y)" or no name at all are the owner's, whose name opens the
    document after a long preamble; the italic venue after the note is no co-author, and a quoted
    title runs to its closing quote past a question mark."""
    preamble = "".join(f"\\usepackage{{pkg{k}}}\n" for k in range(15))
    text = (
        f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n{{\\LARGE Priya Raman}}\\\\\n"
        "Department of Economics\n\n\\section{Publications}\n\\begin{enumerate}\n"
        "  \\item ``Roads, Markets, and Caste'' (with Esther Nakamura and Rohan Das),\n"
        "  \\textit{American Economic Review}, 2024, 114(6): 1655--1698.\n"
        "  \\item ``Reserved Seats and Public Goods,'' \\textit{Journal of Development Economics}, 2023.\n"
        "  \\item ``Who Gets the Job Card? Elite Capture in Workfare'' (with Arjun Mehta),\n"
        "  Revise and resubmit, \\textit{Review of Economic Studies}.\n"
        "  \\item ``The Promise and Limits of Workfare'' (with Arjun Mehta), \\textit{VoxDev}, March 2023.\n"
        "\\end{enumerate}\n\\end{document}\n"
    )
    bib = _papers(text, "cv.tex")
    assert bib.owner == "Priya Raman"
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Priya Raman", "Esther Nakamura", "Rohan Das"],
        ["Priya Raman"],
        ["Priya Raman", "Arjun Mehta"],
        ["Priya Raman", "Arjun Mehta"],
    ]
    assert bib[2].title == "Who Gets the Job Card? Elite Capture in Workfare"
    assert [p.venue.name if p.venue else None for p in bib][2:] == ["Review of Economic Studies", "VoxDev"]


def test_oscola_articles_that_print_no_author_are_the_owners() -> None:
    """A law page's OSCOLA list: ‘Title’ (2023) 86 MLR 1121, ‘Title’ [2024] PL 233 (with X), a status in
    brackets; the page's owner (an honorific dropped) wrote each, with the co-authors a note names."""
    text = """<html><head><title>Publications – Professor Eleanor Whitcombe</title></head><body>
<h1>Publications</h1>
<p>‘Automated Decision-Making and the Duty to Give Reasons’ (2025) 45 OJLS (forthcoming)</p>
<p>‘Ouster Clauses after <em>Privacy International</em>’ [2024] PL 233 (with Tomasz Zieliński)</p>
<p>‘Platform Power and Public Law: Who Regulates the Regulators?’ (2023) 86 MLR 1121</p>
<h2>Work in Progress</h2>
<p>‘Algorithmic Fairness and the Public Sector Equality Duty’ (under review)</p>
</body></html>"""
    bib = _papers(text, "oscola.html")
    assert bib[3].status is Status.UNDER_REVIEW and not bib.problems
    bib = bib.with_papers(list(bib)[:3])
    assert bib.owner == "Eleanor Whitcombe"
    assert [(p.year, p.venue.name if p.venue else None, p.volume) for p in bib] == [
        (2025, "OJLS", "45"), (2024, "PL", None), (2023, "MLR", "86")
    ]  # fmt: skip
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Eleanor Whitcombe"], ["Eleanor Whitcombe", "Tomasz Zieliński"], ["Eleanor Whitcombe"]
    ]  # fmt: skip
    assert bib[2].title == "Platform Power and Public Law: Who Regulates the Regulators?"


def test_markdown_footnotes_on_names_are_role_markers() -> None:
    """kramdown's `[^eq]` after a name, with `[^eq]: These authors contributed equally.` below, marks
    equal contribution; it never joins the name, and ACS's "Family, I." names end at their initials."""
    text = (
        "# Publications\n\n"
        "1. Okoro, A.[^eq]; Fischer, L.[^eq]; **Zhang, W.** Operando Raman Spectroscopy of Copper Oxide. "
        "*ChemRxiv* **2025**. Submitted.\n"
        "2. Li, H.[^eq]; **Zhang, W.**[^eq][^corr]; Chen, Y. Interatomic Potentials for Interfaces. "
        "*J. Phys. Chem. Lett.* **2024**, *15* (7), 1902–1910.\n\n"
        "[^eq]: These authors contributed equally.\n"
        "[^corr]: Corresponding author.\n"
    )
    bib = _papers(text, "pubs.md")
    assert [[(a.name, a.equal_contribution) for a in p.authors] for p in bib] == [
        [("A. Okoro", True), ("L. Fischer", True), ("W. Zhang", False)],
        [("H. Li", True), ("W. Zhang", True), ("Y. Chen", False)],
    ]
    assert bib[0].title == "Operando Raman Spectroscopy of Copper Oxide"
    assert bib.owner == "W. Zhang"


def test_a_profiles_chrome_under_each_citation_is_no_part_of_it() -> None:
    """Profiles RNS prints "View in: PubMed" and "Citations: 4 Fields: Vas" under each NLM citation,
    whose PMID and bracketed English title (a paper in Spanish) are no part of title or venue."""
    item = (
        "<li><div>{}. PMID: 37125633.</div>\n<div>View in: <a href='#'>PubMed</a></div>\n"
        "<div>Citations: <span>4</span> Fields: <a>Vas</a> Translation: <a>Humans</a></div></li>\n"
    )
    citations = [
        "Liang W, Okafor CE, Rahimi N. Cost-effectiveness of pharmacist-led hypertension management. "
        "Circ Cardiovasc Qual Outcomes. 2023 May; 16(5):e009418",
        "Rahimi N, Okafor CE. [Hypertension control among Spanish-speaking patients]. Rev Esp Cardiol. "
        "2023 Mar; 76(3):201-209",
    ]
    text = "<h2>Bibliographic</h2><ol>" + "".join(item.format(c) for c in citations) + "</ol>"
    bib = _papers(text, "profile.html")
    assert [(p.title, p.venue.name if p.venue else None) for p in bib] == [
        ("Cost-effectiveness of pharmacist-led hypertension management", "Circ Cardiovasc Qual Outcomes"),
        ("Hypertension control among Spanish-speaking patients", "Rev Esp Cardiol"),
    ]


def test_two_marks_in_one_superscript_are_two_marks() -> None:
    """ "Nowicka<sup>s,†</sup>": a student and an equal contributor; the comma between the marks parts
    no names."""
    text = (
        "<h1>Publications</h1><ul><li>A. Nowicka<sup>s,†</sup>, J. Reyes<sup>s,†</sup>, and "
        "<strong>M. Kowalczyk</strong>, “Flow boiling in lattice heat sinks,” <em>IEEE Trans. Compon. "
        "Packag. Manuf. Technol.</em>, 2025.</li></ul>\n"
        "<p><sup>s</sup> student · <sup>†</sup> equal contribution</p>"
    )
    bib = _papers(text, "pubs.html")
    assert [(a.name, a.equal_contribution) for a in bib[0].authors] == [
        ("A. Nowicka", True), ("J. Reyes", True), ("M. Kowalczyk", False)
    ]  # fmt: skip


def test_a_cards_year_badge_is_the_year_of_a_citation_that_prints_none() -> None:
    """A collection item prints its year in a badge of its own before the citation ("2025"), the
    citation none: the badge's year is the paper's."""
    item = '<div class="item"><div class="year">{}</div><p>{}, “{},” <em>{}</em>{}.</p></div>\n'
    text = "<h1>Publications</h1>\n" + "".join(
        item.format(*fields)
        for fields in [
            ("2025", "A. Nowicka and <b>M. Kowalczyk</b>", "Flow boiling in heat sinks", "Int. J. Heat", ""),
            (
                "2024",
                "T. Brandt and <b>M. Kowalczyk</b>",
                "Pool boiling on copper",
                "Appl. Therm. Eng.",
                ", 2023",
            ),
        ]
    )
    assert [p.year for p in _papers(text, "cards.html")] == [2025, 2023]


def test_a_profiles_hidden_tab_panel_holds_its_papers() -> None:
    """A saved CMS profile keeps `hidden` on every tab but the first: a tab panel is shown on a click,
    so its papers are the page's."""
    text = """<html><body><h1>Dr Aoife O'Sullivan</h1>
<div class="tab-panel" role="tabpanel" hidden><h2>Publications</h2><ul>
<li>O'Sullivan A, Kennedy D. Frailty screening at the front door. Int J Nurs Stud. 2024;150:104652.</li>
<li>Lynch P, O'Sullivan A. Nurse-led geriatric assessment in acute care. BMC Nurs. 2021;20:118.</li>
</ul></div></body></html>"""
    assert [p.year for p in _papers(text, "profile.html")] == [2024, 2021]


def test_a_page_laid_out_in_a_table_reads_its_content_cell_as_a_page() -> None:
    """A 2000s page: a menu cell beside a content cell of paragraphs and `<BR><BR>` runs; each entry is
    read on its own, none is glued to the menu or to the next one."""
    entries = "<BR><BR>\n".join(
        f"<B>Whitmore, J.R.</B> and Haldane, C. ({year}) {title}. <I>Antiquity</I> {year - 1926}, 1-20."
        for year, title in [(2006, "Rampart sequences at Wessex hillforts"), (2005, "Roundhouse floors"),
                            (2002, "Beyond the rampart: open settlements in the Iron Age")]
    )  # fmt: skip
    text = (
        "<HTML><BODY><TABLE WIDTH=640 BORDER=0><TR><TD WIDTH=130><A HREF='index.html'>Home</A><BR>"
        "<B>Publications</B></TD>\n<TD><P><B>Articles in journals</B></P>\n<P>" + entries + "</P>\n"
        "<P><B>Book chapters</B></P></TD></TR></TABLE></BODY></HTML>"
    )
    bib = _papers(text, "old.html")
    assert [(p.year, p.venue.name if p.venue else None) for p in bib] == [
        (2006, "Antiquity"), (2005, "Antiquity"), (2002, "Antiquity")
    ]  # fmt: skip


def test_a_listing_card_with_its_title_as_a_heading() -> None:
    """A Quarto listing's card: the linked heading is the title, then the venue line (a link with its
    numbers), the date line and the authors the page marks, in the theme's order."""
    card = (
        '<div class="quarto-post"><h3 class="listing-title"><a href="./p/{0}">{1}</a></h3>\n'
        '<div class="listing-subtitle"><a href="./p/{0}">{2}</a></div>\n'
        '<div class="listing-date">{3}</div>\n<div class="listing-author">{4}</div></div>\n'
    )
    text = "<h1>Publications</h1>\n" + "".join(
        card.format(*fields)
        for fields in [
            ("a", "Metacognitive illusions in self-paced study", "Memory &amp; Cognition, 52(8), 1877–1893",
             "Nov 15, 2024", "Leah M. Goldberg, Hannah Whitfield"),
            ("b", "Why learners underuse retrieval?", "Educational Psychology Review, 34, 2209–2236",
             "Oct 12, 2022", "Leah M. Goldberg, Priya Raman"),
        ]
    )  # fmt: skip
    bib = _papers(text, "listing.html")
    assert [(p.title, p.venue.name if p.venue else None, p.year, p.volume) for p in bib] == [
        ("Metacognitive illusions in self-paced study", "Memory & Cognition", 2024, "52"),
        ("Why learners underuse retrieval?", "Educational Psychology Review", 2022, "34"),
    ]
    assert [[a.name for a in p.authors] for p in bib][1] == ["Leah M. Goldberg", "Priya Raman"]


def test_a_content_class_that_says_the_page_has_a_navbar_hides_nothing() -> None:
    """Quarto marks its content `page-navbar` (the page has a navbar): the content is no navbar."""
    text = """<html><body><nav class="navbar"><span class="menu-text">About</span></nav>
<div id="quarto-content" class="quarto-container page-columns page-navbar"><main class="content">
<h1 class="title">Publications</h1><ul>
<li>Goldberg, L. M., &amp; Raman, P. (2022). Retrieval. Educ Psychol Rev, 34, 2209–36.</li>
</ul></main></div></body></html>"""
    assert [p.year for p in _papers(text, "index.html")] == [2022]


def test_an_accordion_item_holding_a_sections_paragraphs_is_no_entry() -> None:
    """A CMS accordion: `<li>` holds a header and a panel of `<p>` citations; each paragraph is an
    entry and the panel's sub-heading joins none of them."""
    citations = "".join(
        f"<p>{names}. {year}. “{title}.” <em>{venue}</em> {volume}: 411–38.</p>\n"
        for names, year, title, venue, volume in [
            ("Bell, Marcus, Kari Andersen, and Sung-min Cho", 2024, "Who Moves Back Home?", "Demography", 61),
            ("Cho, Sung-min, and Kari Andersen", 2021, "Union Dissolution", "J Marriage Fam", 83),
            ("Andersen, Kari", 2019, "Fathers on Leave in Norway", "Social Forces", 97),
        ]
    )  # fmt: skip
    text = (
        '<div class="field-fullname">Kari Andersen</div>\n<ul class="items"><li class="item">'
        '<div class="toggle-header"><div class="field-heading">Selected publications</div></div>\n'
        f'<div class="toggle-content"><p><strong>Journal articles</strong></p>\n{citations}</div></li></ul>'
    )
    bib = _papers(text, "profile.html")
    assert [(p.year, p.authors[0].name) for p in bib] == [
        (2024, "Marcus Bell"), (2021, "Sung-min Cho"), (2019, "Kari Andersen")
    ]  # fmt: skip


def test_a_listing_card_reaches_its_names_past_tags_and_a_blurb() -> None:
    """Quarto prints a card's categories and description before its date and authors: the card goes
    on to its names, and the blurb is no title."""
    text = """<h1>Publications</h1>
<div class="quarto-post"><h3 class="listing-title"><a href="./p/a">Retrieval practice transfers</a></h3>
<div class="listing-subtitle"><a href="./p/a">Journal of Experimental Psychology, 51(3), 401–419</a></div>
<div class="listing-category">journal article</div><div class="listing-category">registered report</div>
<div class="listing-description"><p>Noa Ben-David and Samuel Okonkwo contributed equally.</p></div>
<div class="listing-date">Mar 1, 2025</div>
<div class="listing-author">Noa Ben-David, Samuel Okonkwo, Leah M. Goldberg</div></div>
<div class="quarto-post"><h3 class="listing-title"><a href="./p/b">Why retrieval is underused</a></h3>
<div class="listing-subtitle"><a href="./p/b">Educational Psychology Review, 34, 2209–2236</a></div>
<div class="listing-category">review</div>
<div class="listing-description"><a href="./p/b"><p>Invited review.</p></a></div>
<div class="listing-date">Oct 12, 2022</div>
<div class="listing-author">Leah M. Goldberg, Priya Raman</div></div>"""
    bib = _papers(text, "listing.html")
    assert [(p.title, p.year, [a.name for a in p.authors]) for p in bib] == [
        (
            "Retrieval practice transfers",
            2025,
            ["Noa Ben-David", "Samuel Okonkwo", "Leah M. Goldberg"],
        ),
        ("Why retrieval is underused", 2022, ["Leah M. Goldberg", "Priya Raman"]),
    ]


def test_a_portal_cards_date_field_gives_the_year() -> None:
    """A research portal marks each output's date (`class="output-date"`: "Published 03/2025")."""
    text = """<h1>Research outputs</h1>
<div class="output-card"><h3 class="output-title"><a href="/o/1">Grazing and enteric methane of cows</a></h3>
<div class="output-creators">Ana Beatriz Souza; Rafael Costa Lima</div>
<div class="output-source"><i>Journal of Dairy Science</i>, Vol. 108(3), pp. 2411-2426</div>
<div class="output-date">Published 03/2025</div></div>"""
    assert [p.year for p in _papers(text, "portal.html")] == [2025]


def test_a_legend_in_a_sentence_marks_co_authors_who_contributed_equally() -> None:
    text = (
        "<h1>Publications</h1><p><em>An asterisk (*) marks co-authors who contributed equally.</em></p>\n"
        "<p>Haddad, Youssef*, and <strong>Elena Marchetti</strong>*. “Port Cities and the Untranslatable.” "
        "<em>Journal of World Literature</em> 8, no. 2 (2023): 201–24.</p>"
    )
    bib = _papers(text, "pubs.html")
    assert [a.equal_contribution for a in bib[0].authors] == [True, True] and not bib.problems


def test_mlas_italic_journal_after_the_quoted_title_is_the_venue_before_a_status() -> None:
    text = (
        "<h1>Articles</h1><p><strong>Marchetti, Elena</strong>. “Svevo’s Ledger: Bookkeeping and the Form "
        "of the Confession.” <em>PMLA</em>, forthcoming.</p>\n<p>Haddad, Youssef, and <strong>Elena "
        "Marchetti</strong>. “Port Cities.” <em>Journal of World Literature</em>, vol. 8, 2023.</p>"
    )
    bib = _papers(text, "pubs.html")
    assert [p.venue.name if p.venue else None for p in bib] == ["PMLA", "Journal of World Literature"]
    assert bib[0].status is Status.ACCEPTED


def test_a_key_of_the_lists_marks_is_no_paper() -> None:
    """moderncv's first `\\cvitem` explains the marks ("L. Ruiz Delgado = myself; s = student"): a key."""
    text = (
        "\\documentclass{moderncv}\n\\name{Lucía}{Ruiz Delgado}\n\\begin{document}\n\\section{Publications}\n"
        "\\cvitem{}{\\small \\textbf{L. Ruiz Delgado} = myself; $^{s}$ = student I supervised.}\n"
        "\\cvitem{[1]}{P. Wei and \\textbf{L. Ruiz Delgado}, \\emph{Orbital Hall effect in light metals}, "
        "Phys. Rev. B \\textbf{108}, 045112 (2023).}\n\\end{document}\n"
    )
    bib = _papers(text, "cv.tex")
    assert [p.title for p in bib] == ["Orbital Hall effect in light metals"]


def test_a_portal_card_whose_names_are_cut_by_semicolons() -> None:
    """An Esploro card: type chips, the title heading, then "A; B; C; D" (no comma), the source, the date."""
    text = """<h1>Research outputs</h1>
<div class="output-card"><div><span>Journal article</span><span>In press</span></div>
<h3 class="output-title"><a href="/o/1">Seaweed supplementation in organic dairy herds</a></h3>
<div>Emily Sorensen; Rafael Costa Lima; Hannah Meyer; Oluwaseun Adebayo</div>
<div><i>Journal of Agricultural Education and Extension</i></div>
<div class="output-date">Accepted 01/2025</div></div>"""
    bib = _papers(text, "portal.html")
    assert [(p.title, len(p.authors), p.year) for p in bib] == [
        ("Seaweed supplementation in organic dairy herds", 4, 2025)
    ]  # fmt: skip


def test_a_site_builders_inline_styles_and_an_economists_with_notes() -> None:
    """Wix and word processors print bold and italics as `style="…"`; an economist prints only co-authors."""
    bold, italic = '<span style="font-weight:bold;">', '<span style="font-style:italic;">'
    text = f"""<title>Research | Matthias Großmann</title><h2>Research</h2><h4>Publications</h4>
<p>{bold}Minimum Wages and Firm Exit: Evidence from Germany</span> (with Aylin Çelik and Sun-Hee Park),
{italic}Economic Journal</span>, 2023, 133(652): 1543–1578.</p>
<p>{bold}Spousal Labor Supply and the German Joint Taxation System</span>, {italic}Labour Economics</span>,
2021, 72, 102045.</p>"""
    bib = _papers(text, "research.html")
    assert [(p.title, [a.name for a in p.authors], p.venue and p.venue.name) for p in bib] == [
        (
            "Minimum Wages and Firm Exit: Evidence from Germany",
            ["Matthias Großmann", "Aylin Çelik", "Sun-Hee Park"],
            "Economic Journal",
        ),
        (
            "Spousal Labor Supply and the German Joint Taxation System",
            ["Matthias Großmann"],
            "Labour Economics",
        ),
    ]
    assert all(p.authors[0].is_owner for p in bib)


def test_a_paragraph_of_citations_cut_by_line_breaks_is_one_entry_per_line() -> None:
    text = """<h2>Publications</h2>
<p>Çelik, E.*, Yılmaz, S., and Brandt, K. M. (2024). “Damage detection from drone imagery.” <em>Proc.,
18th World Conf. on Earthquake Engineering</em>, Milan, Italy.<br />
Okafor, C. N., and Çelik, E. (2023). “Corrosion-aware life-cycle cost analysis.” <em>Structures Congress
2023</em>, ASCE, Reston, VA, 412–423.<br />
Çelik, E., and Fischer, L. (2021). “Rapid visual screening of school buildings.” <em>Proc., 17th World
Conf. on Earthquake Engineering</em>, Sendai, Japan.</p>"""
    bib = _papers(text, "profile.html")
    assert [(p.year, p.source.line if p.source else None) for p in bib] == [(2024, 2), (2023, 4), (2021, 6)]
    assert [p.title for p in bib][1] == "Corrosion-aware life-cycle cost analysis"


def test_jon_barrons_template_headings_paper_titles_and_tables_that_frame_the_page() -> None:
    """`<heading>` and `<papertitle>` (styled by the template's CSS) inside tables nested for layout."""
    frame = '<table style="width:100%;border:0px;"><tbody><tr><td>'
    text = f"""<html><head><title>Sanjana Raghunathan</title></head><body>
<table style="width:100%;max-width:800px;border:0px;"><tbody><tr><td>
{frame}<p><name>Sanjana Raghunathan</name></p><p>I'm a PhD student at the University of Washington,
advised by Prof. Ji-Hoon Park. I interned at Microsoft Research and Adobe in 2024 and 2025, and before
that I was an undergraduate at IIT Madras, where I worked on code-mixed sentiment analysis with
Prof. Kavitha Subramanian and on accessible charts for screen-reader users.</p>
<p>I am on the job market for the academic year 2026–27!</p>
<p>Email / CV / Google Scholar / Github</p></td></tr></tbody></table>
{frame}<heading>News</heading><ul><li><b>[Sep 2025]</b> Started an internship at Adobe Research with
Mira Dhillon.</li></ul><heading>Research</heading><p>I work on human-AI interaction and visualization,
interpretability and accessibility; papers I like best are highlighted below.</p></td></tr></tbody></table>
<table style="width:100%;border:0px;"><tbody><tr><td><img src="a.png"></td><td>
<a href="https://arxiv.org/abs/2509.14421"><papertitle>SteerViz: Visual Steering of Explanations
</papertitle></a><br><strong>Sanjana Raghunathan</strong>, Tomás Echeverría, Ji-Hoon Park<br>
<em>CHI 2026</em></td></tr>
<tr><td><img src="b.png"></td><td><papertitle>PromptLens: Probing Instructions</papertitle><br>Mira Dhillon,
<strong>Sanjana Raghunathan</strong><br><em>ICML 2025</em></td></tr></tbody></table>
<table width="100%" border="0"><tbody><tr><td><heading>Service</heading></td></tr>
<tr><td>Reviewer: CHI 2024–2026, UIST 2025, IEEE VIS 2024<br>Student volunteer: CHI 2023, Hamburg</td></tr>
<tr><td><heading>Teaching</heading></td></tr><tr><td>Teaching Assistant, CSE 442, Winter 2024</td></tr>
</tbody></table></td></tr></tbody></table></body></html>"""
    bib = _papers(text, "index.html")
    assert [(p.title, p.year, p.authors[0].name) for p in bib] == [
        ("SteerViz: Visual Steering of Explanations", 2026, "Sanjana Raghunathan"),
        ("PromptLens: Probing Instructions", 2025, "Mira Dhillon"),
    ]


def test_a_cards_place_after_its_italic_venue_and_its_row_of_links_are_no_part_of_the_venue() -> None:
    text = """<h2>Publications</h2><ul>
<li><a href="https://dl.acm.org/x"><b>CoCoder: How Novice Programmers Negotiate with AI Pair Coders</b></a>
<br><b>Sanjana Raghunathan</b>, Kwame Asante, Hyejin Shin<br><em>UIST 2024</em>, Pittsburgh, PA<br>
<a href="https://dl.acm.org/x">ACM DL</a> / <a href="s.pdf">slides</a></li>
<li><a href="https://arxiv.org/abs/1"><b>Are Self-Explanations Faithful? A Benchmark for LLMs</b></a><br>
Ananya Iyer, <b>Sanjana Raghunathan</b><br><em>NeurIPS 2024 Datasets and Benchmarks Track</em><br>
<a href="https://arxiv.org/abs/2406.01234">arXiv</a> / <a href="https://x.org/data">dataset</a></li></ul>"""
    bib = _papers(text, "index.html")
    assert [p.venue and p.venue.name for p in bib] == ["UIST", "NeurIPS Datasets and Benchmarks Track"]


def test_a_work_in_progress_line_with_its_coauthor_note_is_a_paper() -> None:
    text = "# Ann Lee\n\n## Work in Progress\n\nFirm Wage Premia and Commuting Zones (with Sun-Hee Park)\n"
    bib = _papers(text, "research.md")
    assert [(p.title, [a.name for a in p.authors]) for p in bib] == [
        ("Firm Wage Premia and Commuting Zones", ["Ann Lee", "Sun-Hee Park"])
    ]


def test_a_coauthor_note_after_the_date_names_a_coauthor() -> None:
    text = (
        "# Matthias Großmann\n\n## Policy Writing\n\n“Ten years of the German minimum wage: what have we "
        "learned?” VoxEU column, January 2025 (with Aylin Çelik).\n"
    )
    assert [a.name for a in _papers(text, "research.md")[0].authors] == ["Matthias Großmann", "Aylin Çelik"]


def test_a_pure_chapter_names_its_book_and_its_editors_after_the_authors() -> None:
    text = """<h2>Research output</h2><ul><li class="list-result-item"><div class="result-container">
<h3 class="title"><a href="/en/publications/x" class="link"><span>Cohort studies using Danish health
registries</span></a></h3>
<a rel="Person" href="/en/persons/m" class="link person"><span>Sørensen, M. H.</span></a> &amp;
<span>Pedersen, L.</span>, <span class="date">2023</span>, <span class="book"><span>Registry Epidemiology:
Principles and Practice</span></span>. Sørensen, H. T. &amp; Lash, T. L. (eds.). 2 ed. Cham: Springer,
p. 55-78</div></li></ul>"""
    (paper,) = _papers(text, "pure.html")
    assert [a.name for a in paper.authors] == ["M. H. Sørensen", "L. Pedersen"]
    assert paper.venue is not None and paper.venue.name == "Registry Epidemiology: Principles and Practice"


def test_a_papers_row_of_buttons_is_no_section_label() -> None:
    """Hugo Blox prints "DOI Dataset" (or one "Dataset" button) under a paper: the papers below count."""
    item = (
        '<div class="pub-list-item"><span class="article-metadata li-cite-author"><span>{a}</span>, '
        '<span>Mireille Thibodeau</span></span> ({y}). <a href="/publication/{y}/">{t}</a>. <em>{v}</em>.'
        '<p><a class="btn" href="https://doi.org/10.1/{y}">DOI</a>{b}</p></div>'
    )
    text = "<h1>Publications</h1>" + "".join(
        item.format(a=a, y=y, t=t, v=v, b=b)
        for a, y, t, v, b in [
            ("Élodie Lachance-Roy", 2025, "Hydroperiod controls breeding in fens", "Ecol. Appl.", ""),
            ("Hana Kobayashi", 2024, "Fire-driven carbon loss in ponds", "Global Change Biol.", ""),
            ("Ana Lúcia Ferreira", 2023, "A Bayesian framework for beaver effects", "Ecology", ""),
        ]
    ).replace("</a></p></div>", '</a> <a class="btn" href="https://osf.io/8hq2d/">Dataset</a></p></div>', 1)
    assert [p.year for p in _papers(text, "publication.html")] == [2025, 2024, 2023]


def test_a_pdftotext_cv_wrapped_citations_page_numbers_and_running_headers() -> None:
    """Text a PDF gave: citations wrapped over lines with no blank line between them, sections in sentence
    case, and a page number and the header of the next page in the middle of an entry."""
    text = """Tomasz Wiśniewski
School of Engineering, Newcastle University

Publications
Peer-reviewed journal articles
Okafor, N. and Wiśniewski, T. (2025) A convection-permitting ensemble for urban
flash flood forecasting in Tyneside. Hydrology and Earth System Sciences, 29, 1187–1205.
doi:10.5194/hess-29-1187-2025
Hartley, J. and Wiśniewski, T. (2024) Transferability of data-driven rain-
fall–runoff models to ungauged upland catchments. Water Resources

1

Tomasz Wiśniewski – Curriculum Vitae

Research, 60(3), e2023WR036112.
Wiśniewski, T. and Benn, C. (2024) Revisiting the depth–duration–frequency curves of the Flood
Estimation Handbook. Journal of Flood Risk Management, 17(2), e12977.
Conference papers (full paper, peer reviewed)
Okafor, N. and Wiśniewski, T. (2024) Nowcasting convective rainfall with optical flow. In: 14th
International Conference on Urban Drainage (ICUD 2024), Delft, Netherlands, pp. 812–819.

2

Tomasz Wiśniewski – Curriculum Vitae
"""
    bib = _papers(text, "cv.txt")
    assert [(p.source.line if p.source else None, p.year) for p in bib] == [
        (6, 2025),
        (9, 2024),
        (17, 2024),
        (20, 2024),
    ]
    assert bib[1].venue is not None and bib[1].venue.name == "Water Resources Research"


def test_typst_shorthands_a_cv_defines_for_its_owner_and_marks() -> None:
    text = """#let me(name) = underline(strong(name))
#let eq = super[†]
#let stu = super[s]

== Publications
#text(size: 9pt)[#eq equal contribution #h(1em) #stu student I supervised]

+ #me[L. Brügger]#eq, J. Haraldsen#eq, and C. Oyelaran. "Learning foothold selection for quadrupeds." _Science
  Robotics_, 10(98):eadk4471, 2025.
+ P. Wyss#stu, #me[L. Brügger], and C. Oyelaran. "Proprioceptive slip detection." _IEEE RA-L_, 9(11), 2024.
"""
    first, second = _papers(text, "cv.typ")
    assert [a.name for a in first.authors] == ["L. Brügger", "J. Haraldsen", "C. Oyelaran"]
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert [a.is_owner for a in second.authors] == [False, True, False]


def test_a_philosophers_notion_cv_reviews_drafts_and_notes_under_an_entry() -> None:
    text = """# Ruairí Ó Laoire

## Book

- Ó Laoire, Ruairí. 2024. *Acting Under Uncertainty: Agency and Moral Risk*. Oxford: Oxford University Press.
    - Reviewed in *Mind*, *Ethics*, and *Notre Dame Philosophical Reviews*. [OUP page](https://global.oup.com/x)

## Journal articles

- Ó Laoire, Ruairí. Forthcoming. “Moral Luck Without Luck.” *Philosophical Studies*. [Penultimate draft](https://x.org/a.pdf)

## Book reviews

- Review of *The Ethics of Attempts*, by Tomás Echeverría. *Notre Dame Philosophical Reviews*, 2023.08.14.
"""
    book, article, review = _papers(text, "cv.md")
    assert book.venue is None or "Mind" not in book.venue.name
    assert article.venue is not None and article.venue.name == "Philosophical Studies"
    assert review.venue is not None and review.venue.name == "Notre Dame Philosophical Reviews"
    assert [a.name for a in review.authors] == ["Ruairí Ó Laoire"]


def test_a_google_scholar_profile_copied_as_text() -> None:
    """Each paper: its title and authors on lines of their own, then its venue beside the count and year."""
    text = (
        "Akosua K. Osei\nAssistant Professor of Neuroscience, University of Copenhagen\n"
        "TITLE\tCITED BY\tYEAR\n"
        "Sparse coding of odor identity in the mouse piriform cortex\n"
        "AK Osei, J Lindqvist, M Fernández-Ruiz, R Brandt\n"
        "Neuron 112 (4), 601-617\t48\t2024\n"
        "Respiration-locked inhibition gates odor responses in anterior olfactory nucleus\n"
        "AK Osei, R Brandt\n"
        "bioRxiv, 2025.06.11.659012\t\t2025\n"
    )
    bib = _papers(text, "scholar.txt")
    assert [(p.title[:12], len(p.authors), p.venue and p.venue.name, p.year) for p in bib] == [
        ("Sparse codin", 4, "Neuron", 2024),
        ("Respiration-", 2, "bioRxiv", 2025),
    ]


def test_quoted_titles_under_an_unnamed_section_and_testimony_is_no_paper() -> None:
    text = r"""\documentclass{article}
\begin{document}
\section*{Nkechi Adeyemi-Roth}
\section*{Publications}
\begin{enumerate}
\item ``Mobile Money and Household Savings'' (with Kwame Asante), \textit{Journal of Development Economics},
2024, 166, 103199.
\end{enumerate}
\section*{Policy Work}
\begin{enumerate}
\item ``Digital Financial Services and Rural Savings in Nigeria'' (with Oluwaseun Bakare), World Bank Policy
Research Working Paper 10542, 2023.
\end{enumerate}
\section*{Amicus Briefs and Testimony}
\begin{enumerate}
\item Testimony before the House Committee on Administration of Criminal Justice on H.B. 312 (2025).
\end{enumerate}
\section*{Invited Seminars}
\begin{enumerate}
\item ``Mobile money in Nigeria,'' Keynote, Development Economics Workshop, Lagos, 2024.
\end{enumerate}
\end{document}
"""
    assert [p.year for p in _papers(text, "cv.tex")] == [2024, 2023]


def test_org_entities_for_marks_and_a_note_about_the_list_is_no_paper() -> None:
    text = """#+TITLE: Femke de Roos
* Publications
/Bold: myself. \\dagger: equal contribution. Citation counts from INSPIRE/Google Scholar, Jan 2026./

1. T. Bakker\\dagger, *F. de Roos*\\dagger, and H. Lindqvist, "Entanglement in driven spin chains,"
   Phys. Rev. B 109, 045112 (2024).
"""
    (paper,) = _papers(text, "cv.org")
    assert [a.name for a in paper.authors] == ["T. Bakker", "F. de Roos", "H. Lindqvist"]
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]


def test_a_patent_and_a_presented_abstract_are_said_and_not_read_as_papers() -> None:
    text = """# P. Raghunathan

## Publications

1. Raghunathan P, Okafor CN, Plein S. ECV trajectories after empagliflozin. Eur Heart J. 2024;45(2):101-9.
2. Raghunathan P, Greenwood JP. LGE burden and HF hospitalisation. Poster, SCMR Scientific Sessions, 2021.
3. Raghunathan P, Brandt R. Method for closed-loop perfusion imaging. US Patent App. 17/812,441, 2023.
"""
    bib = _papers(text, "cv.md")
    assert [p.year for p in bib] == [2024]
    assert sorted((p.line, p.kind) for p in bib.problems) == [(6, "ignored"), (7, "ignored")]


def test_a_title_the_page_marks_is_never_cut_at_its_question_mark() -> None:
    text = """<h2>publications</h2><ol class="bibliography"><li><div class="row">
<div class="col-sm-2 abbr"><abbr class="badge">RSS-W</abbr></div>
<div class="col-sm-8"><div class="title">Do We Need Touch for Bimanual Folding? A Negative Result</div>
<div class="author"><em>Mei Tanaka</em>, Jonas Albrecht, and Chidi Nwachukwu</div>
<div class="periodical"><em>In RSS Workshop on Tactile Sensing for Manipulation</em>, Jul 2024</div>
</div></div></li></ol>"""
    (paper,) = _papers(text, "publications.html")
    assert paper.title == "Do We Need Touch for Bimanual Folding? A Negative Result"


def test_an_abstract_under_a_job_market_paper_and_a_status_between_coauthors_and_journal() -> None:
    text = r"""\documentclass{article}
\begin{document}
\section*{Nkechi Adeyemi-Roth}
\section*{Job Market Paper}
\textbf{``Remote Work and the Geography of Wage Posting''} \\
\textit{Abstract:} Using 41 million online job postings, I show that employers that adopt remote-eligible
postings compress the spatial wage gradient by 18 percent.
\section*{Working Papers}
\begin{enumerate}
\item ``Minimum Wages and Informal Credit in Rural Peru'' (with Diego Quispe-Salazar) \\
\textit{Revise \& Resubmit, American Economic Journal: Applied Economics}
\end{enumerate}
\end{document}
"""
    jmp, working = _papers(text, "cv.tex")
    assert (jmp.title, jmp.venue) == ("Remote Work and the Geography of Wage Posting", None)
    assert [a.name for a in working.authors] == ["Nkechi Adeyemi-Roth", "Diego Quispe-Salazar"]
    assert working.venue is not None and working.venue.name == "American Economic Journal: Applied Economics"


def test_a_working_paper_series_after_a_coauthor_note() -> None:
    text = """# Nkechi Adeyemi-Roth

## Policy Work

- “Digital Financial Services and Rural Savings” (with Oluwaseun Bakare), World Bank Policy Research Working
  Paper 10542, 2023.
"""
    (paper,) = _papers(text, "cv.md")
    assert paper.venue is not None and paper.venue.name == "World Bank Policy Research Working Paper"


def test_a_lattes_cv_copy_numbers_alone_on_their_lines_under_sentence_case_sections() -> None:
    text = """Ana Paula Conceição Ribeiro
Produções
Produção bibliográfica
Artigos completos publicados em periódicos
1.
RIBEIRO, A. P. C.; SOUZA, M. T. . Soil organic carbon stocks under integrated systems. GEODERMA
REGIONAL, v. 40, 2025.
Citações:WEB OF SCIENCE 2|SCOPUS 3
2.
SOUZA, M. T. ; RIBEIRO, A. P. C. . Frações húmicas da matéria orgânica em Latossolo. Revista Brasileira
de Ciência do Solo, v. 48, 2024.
Apresentações de Trabalho
1.
RIBEIRO, A. P. C.. Carbono do solo e agricultura de baixa emissão. 2024. (Apresentação de Trabalho).
"""
    bib = _papers(text, "lattes.txt")
    assert [p.year for p in bib] == [2025, 2024]


def test_a_squarespace_page_with_title_names_and_venue_each_a_paragraph() -> None:
    p = '<p class="" style="white-space:pre-wrap;">{}</p>'
    rows = [
        "<strong>Interfacial engineering of Ni-rich cathodes by atomic layer deposition</strong>",
        "Seo-yeon Kim*, Min-jun Lee*, Yuki Takahashi, Ji-hoon Park†",
        "<em>Advanced Energy Materials</em> 15, 2403318 (2025)",
        "<strong>High-entropy spinel oxides as durable oxygen evolution catalysts</strong>",
        "Min-jun Lee, Hae-won Choi, Daniel R. Whitaker, Ji-hoon Park†",
        "<em>ACS Catalysis</em> 15, 4410–4421 (2025)",
    ]
    text = "<h2>Publications</h2>\n" + "\n".join(p.format(row) for row in rows)
    bib = _papers(text, "publications.html")
    assert [(len(b.authors), b.venue and b.venue.name, b.year) for b in bib] == [
        (4, "Advanced Energy Materials", 2025),
        (4, "ACS Catalysis", 2025),
    ]


def test_a_readmes_bold_title_names_and_italic_venue_on_lines_of_one_item() -> None:
    text = """# Priya Raghunathan

## Publications

- **Needles Are Not Enough: Measuring Multi-Hop Retrieval in Million-Token Contexts**
  **Priya Raghunathan**\\*, Hyun-woo Seo\\*, Daniel Oyelowo-Marsh
  *ICLR 2026* (Oral) [[paper](https://openreview.net/forum?id=nX8fQ2kLpA)]
"""
    (paper,) = _papers(text, "README.md")
    assert paper.title == "Needles Are Not Enough: Measuring Multi-Hop Retrieval in Million-Token Contexts"
    assert [a.name for a in paper.authors] == ["Priya Raghunathan", "Hyun-woo Seo", "Daniel Oyelowo-Marsh"]
    assert paper.venue is not None and paper.venue.name == "ICLR"


def test_a_pure_host_publication_is_the_venue() -> None:
    text = """<h2>Research output</h2><ul><li class="list-result-item"><div class="result-container">
<h3 class="title"><a href="/en/publications/x" class="link"><span>Compound flood drivers in the Rhine
delta</span></a></h3><a rel="Person" href="/en/persons/f" class="link person"><span>Hoekstra, F. A.</span></a>
&amp; <span>Li, W.</span>, <span class="date">2024</span>, <span class="host_publication">Proceedings of the
40th IAHR World Congress</span>. p. 1021-1030</div></li></ul>"""
    (paper,) = _papers(text, "pure.html")
    assert paper.venue is not None and paper.venue.name == "Proceedings of the 40th IAHR World Congress"


def test_text_cv_section_line_in_lower_case_over_one_entry_a_line() -> None:
    text = (
        "Rebecca Thornbury\n\nPublications\n\n"
        "1. Thornbury, R. L., and K. S. Whitfield. 2021. Precipitation variability drives production. "
        "Global Change Biology 27:1-12.\n\n"
        "Preprints and manuscripts in review\n"
        "Quintana, J., and R. L. Thornbury. 2025. Nighttime warming reduces nectar production. bioRxiv.\n"
        "Thornbury, R. L., and P. Ochieng. Spatial synchrony of drought responses. "
        "In review at Ecology Letters.\n"
    )
    papers = _papers(text, "cv.txt")
    assert [p.title for p in papers][1:] == [
        "Nighttime warming reduces nectar production",
        "Spatial synchrony of drought responses",
    ]
    assert [a.name for a in papers[1].authors] == ["J. Quintana", "R. L. Thornbury"]


def test_hceres_sections_with_a_lower_case_aside_and_a_thesis() -> None:
    """A French CV's HCERES sections: "OS -- Ouvrages scientifiques (ou chapitres de ces ouvrages)" is
    short once its aside is set apart, and "TH -- Thèse" holds the thesis; "COM -- … sans actes" none."""
    tex = (
        "\\section*{COM -- Communications orales sans actes}\n\\begin{itemize}\n"
        "\\item[COM1] Martin, C. Les sols en ville. Journées de la science du sol, Lyon, 2021.\n"
        "\\end{itemize}\n"
        "\\section*{OS -- Ouvrages scientifiques (ou chapitres de ces ouvrages)}\n\\begin{itemize}\n"
        "\\item[OS1] Martin, C. (2020). Sols urbains et biodiversité. In \\textit{Écologie urbaine}, "
        "Dupont, A. (dir.), Quae, p. 45--67.\n\\end{itemize}\n"
        "\\section*{TH -- Thèse}\n\\begin{itemize}\n"
        "\\item[TH1] Martin, C. (2016). Dynamique du carbone des sols urbains. Thèse de doctorat, "
        "Université de Lyon.\n\\end{itemize}\n"
    )
    bib = pubkit.loads(tex, "cv", path="cv.tex")
    assert [p.title for p in bib] == ["Sols urbains et biodiversité", "Dynamique du carbone des sols urbains"]


def test_a_german_schriftenverzeichnis_monographs_series_and_reviews() -> None:
    """A monograph's "Title. Subtitle, Place: Publisher Year" names no venue (the subtitle stays in the
    title); a numbered series in brackets before the imprint is no venue; "Rezension zu: X, Book" is the
    review's title, X no author of it."""
    tex = (
        "\\subsection*{I. Monographien}\n\\begin{enumerate}\n"
        "  \\item Weißenböck, Katharina: Armut und Fürsorge im Alten Reich. Eine Einführung, Stuttgart: "
        "Kohlhammer 2024.\n"
        "  \\item Weißenböck, Katharina: Stadt und Seuche. Gesundheitspolitik in Augsburg 1500--1650 "
        "(Studien zur Geschichte des Mittelalters 12), Köln: Böhlau 2019.\n\\end{enumerate}\n"
        "\\subsection*{V. Rezensionen}\n\\begin{enumerate}\n"
        "  \\item Weißenböck, Katharina: Rezension zu: Robert Jütte, Krankheit und Gesundheit, in: "
        "Historische Zeitschrift 301 (2015), S. 512--514.\n\\end{enumerate}\n"
    )
    first, second, review = pubkit.loads(tex, "cv", path="cv.tex")
    assert (first.title, first.venue) == ("Armut und Fürsorge im Alten Reich. Eine Einführung", None)
    assert second.venue is None
    assert review.title == "Rezension zu: Robert Jütte, Krankheit und Gesundheit"
    assert [a.name for a in review.authors] == ["Katharina Weißenböck"]


def test_italian_humanities_style_an_italic_title_a_journal_in_guillemets() -> None:
    """ "M. Lutzu - G. Bernardi, *Title … in Central Sardinia*, «Journal», XV (2020), pp. 101-124": the
    italics are the whole title, the guillemets the journal (without them), a dash between two names
    separates them, and Roman numerals before the date are the volume."""
    page = (
        "<h3>Articoli in rivista</h3><ul>"
        "<li>G. Bernardi, <i>Voices of the Village: Polyphonic Singing and Heritage Tourism in Central "
        "Sardinia</i>, «Ethnomusicology Forum», 32/2 (2023), pp. 189-210.</li>"
        "<li>M. Lutzu - G. Bernardi, <i>Registrare il tenore: pratiche di documentazione sonora a Bitti</i>, "
        "«Archivio di Etnografia», XV (2020), pp. 101-124.</li></ul>"
    )
    first, second = pubkit.loads(page, "cv", path="p.html")
    assert first.title.endswith("Heritage Tourism in Central Sardinia")
    assert first.venue is not None and first.venue.name == "Ethnomusicology Forum"
    assert [a.name for a in second.authors] == ["M. Lutzu", "G. Bernardi"]
    assert second.title == "Registrare il tenore: pratiche di documentazione sonora a Bitti"
    assert second.venue is not None and second.venue.name == "Archivio di Etnografia"
    assert second.year == 2020


def test_the_owner_highlighted_under_a_former_name_is_the_owner() -> None:
    """A chemist's page names "Dr Marta Wiśniewska (née Zielińska)" and bolds "Zielińska, M." in the
    papers from before her change of name: the one bold author with her first initial is the owner."""
    page = (
        "<h1>Dr Marta Wiśniewska</h1><h2>Publications</h2><ol>"
        "<li><strong>Wiśniewska, M.</strong>; Nowak, P. Macrocyclic Bis-Squaramides as Anion Receptors. "
        "<em>Chem. Eur. J.</em> <strong>2020</strong>, <em>26</em>, 11502–11510.</li>"
        "<li>Nowak, P.; <strong>Zielińska, M.</strong>; Jurczak, J. Efficient Synthesis of Macrocycles. "
        "<em>Synthesis</em> <strong>2015</strong>, <em>47</em>, 3521–3528.</li></ol>"
    )
    first, second = pubkit.loads(page, "cv", path="p.html")
    assert first.owner is not None and first.owner.family == "Wiśniewska"
    assert second.owner is not None and second.owner.family == "Zielińska"


def test_swiss_law_list_prints_the_owner_only_beside_co_authors() -> None:
    """A Swiss lawyer's CV: sole-authored works print no author ("Title, AJP 2022, S. 98–103", "Title,
    in: Meier/Huber (Hrsg.), Book"), co-authored ones print "\\textsc{A/B}"; a statute's article is part
    of the title and the journal's abbreviation before the year is the venue."""
    page = (
        "{\\LARGE\\textbf{Dr.\\ iur.\\ Noémie Baumgartner}}\n\n\\section*{Publikationen}\n"
        "\\begin{enumerate}\n"
        "\\item Automatisierte Einzelentscheidungen nach Art.~21 DSG, in: Jusletter 13.~März 2023.\n"
        "\\item Videoüberwachung am Arbeitsplatz -- Bemerkungen zu einem Urteil, AJP 2022, S.~98--103.\n"
        "\\item \\textsc{Lukas Frei/Noémie Baumgartner}, Künstliche Intelligenz und Haftung, AJP 2021, "
        "S.~1145--1158.\n\\end{enumerate}\n"
    )
    first, second, third = pubkit.loads(page, "cv", path="cv.tex")
    assert first.title == "Automatisierte Einzelentscheidungen nach Art. 21 DSG"
    assert [a.name for a in first.authors] == ["Noémie Baumgartner"]
    assert second.title == "Videoüberwachung am Arbeitsplatz – Bemerkungen zu einem Urteil"
    assert second.venue is not None and second.venue.name == "AJP" and second.year == 2022
    assert [a.name for a in third.authors] == ["Lukas Frei", "Noémie Baumgartner"]


def test_spanish_and_chicago_titles_journals_and_theses() -> None:
    """Spanish "¿…?" opens a title, never a name; "núm. 46, enero-junio de 2022" and "año VII" are no
    part of a journal; Vancouver's "editores" before a book; a quoted Chicago title runs to its closing
    quote; a university named with "et" or a town is the thesis's institution."""
    page = (
        "# Publicaciones\n\n"
        "1. Muñoz-Rivas J, Garrido ML. ¿Cambió la alimentación de los hogares chilenos? Un análisis. "
        "Rev Chil Nutr. 2022;49(3):318–27.\n"
        "2. Soto F, Valdés C. La Ley de Etiquetado en Chile. En: Aránguiz O, Cuevas C, editores. Salud "
        "pública en Chile. Santiago: Editorial Universitaria; 2021. p. 145–68.\n"
        "3. Muñoz-Rivas J. “El control de convencionalidad a diez años del caso Radilla”, *Cuestiones "
        "Constitucionales*, núm. 46, enero-junio de 2022, pp. 89-118.\n"
        "4. Muñoz-Rivas J, Das A. 2019. “Cognitive Error (*bhrama*) in Nyāya and Contemporary "
        "Disjunctivism.” Sophia 58 (3): 401–19.\n"
        "5. Muñoz-Rivas J. Déterminants sociaux de la vaccination. Thèse de doctorat, Université Pierre et "
        "Marie Curie, Paris; 2014.\n"
        "6. Muñoz-Rivas J. Efficient Processing of Analytical Queries. Dissertation, Technische Universität "
        "München, 2009.\n"
    )
    papers = pubkit.loads(page, "cv", path="cv.md")
    assert papers[0].title.startswith("¿Cambió la alimentación")
    assert [a.name for a in papers[0].authors] == ["Muñoz-Rivas J", "Garrido ML"]
    venues = [p.venue.name if p.venue else None for p in papers]
    assert venues[1:3] == ["Salud pública en Chile", "Cuestiones Constitucionales"]
    assert papers[3].title == "Cognitive Error (bhrama) in Nyāya and Contemporary Disjunctivism"
    assert venues[3] == "Sophia"
    assert venues[4] is not None and venues[4].endswith("Université Pierre et Marie Curie")
    assert venues[5] == "Dissertation, Technische Universität München"


def test_oscola_numbers_a_blog_posts_date_and_a_volume_that_holds_a_year_are_no_part_of_a_venue() -> None:
    """OSCOLA's "(2018) 26 International Journal of … 187" (volume before, first page after), a blog
    post's ", 3 May" and "Proc. SPIE 11600" (no year 1600 in it) leave the venue's name alone."""
    page = (
        "# Publications\n\n"
        "1. **Friederike von Stein**, ‘Data Localisation in the African Continental Free Trade Area’ "
        "(2018) 26 International Journal of Law and Information Technology 187\n"
        "2. **Friederike von Stein**, ‘Schrems III?’ (Verfassungsblog, 3 May 2022)\n"
    )
    first, second = pubkit.loads(page, "cv", path="cv.md")
    assert first.venue is not None
    assert first.venue.name == "International Journal of Law and Information Technology"
    assert first.year == 2018
    assert second.venue is not None and second.venue.name == "Verfassungsblog"
    from pubkit.reading.interpret import _venue_parts

    assert _venue_parts("Proc. SPIE 11600")[:3] == ("Proc. SPIE 11600", None, None)


def test_polish_economics_list_journal_in_low_quotes_and_red_editors() -> None:
    """A Polish CV's "Title, „Bank i Kredyt” 2015, t. 46, nr 4, s. 321–344" (the journal in „…”, closed
    by ” as in Polish), "(red.)" after a volume's editors and "[w:]" before a chapter's book."""
    page = (
        "WYKAZ PUBLIKACJI\n\n"
        "1. Zabłocki J., Nowicka-Lis E. (red.), Polska w strefie euro? Szanse i zagrożenia, Oficyna "
        "Wydawnicza SGH, Warszawa 2008.\n"
        "2. Zabłocki J., Kryzys finansowy a polityka banków centralnych, [w:] M. Kowalewski (red.), "
        "Gospodarka światowa po kryzysie, Difin, Warszawa 2012, s. 133–158.\n"
        "3. Zabłocki J., Wrzosek M., Efekt przenoszenia kursu walutowego na ceny w Polsce, „Bank i "
        "Kredyt” 2015, t. 46, nr 4, s. 321–344.\n"
    )
    book, chapter, article = pubkit.loads(page, "cv", path="cv.txt")
    assert [a.name for a in book.authors] == ["Zabłocki J", "Nowicka-Lis E"]
    assert chapter.venue is not None and chapter.venue.name == "Gospodarka światowa po kryzysie"
    assert article.title == "Efekt przenoszenia kursu walutowego na ceny w Polsce"
    assert article.venue is not None and article.venue.name == "Bank i Kredyt"
    bib = pubkit.loads(page, "cv", path="cv.txt")
    assert not [p for p in bib.problems if "quote" in p.message]


def test_a_thesis_degree_read_apart_from_its_university_is_one_venue() -> None:
    """ "Master’s thesis, Seoul National University.", "Tesis doctoral, Universidad de Buenos Aires.
    Directora: …", "PhD dissertation, University of Notre Dame", "Tesis de doctorado, UNAM": the degree
    and its university are the thesis's venue, whichever way the labeller split them."""
    page = (
        "# Publications\n\n"
        "1. Choi, Seo-yeon. 2019. “Regional Voting after Democratization: A Generational Analysis.” "
        "Master’s thesis, Seoul National University.\n"
        "2. Iturraspe, Clara (1991). *La canción de cámara en la Argentina, 1880-1940*. Tesis doctoral, "
        "Universidad de Buenos Aires. Directora: Dra. Nélida Arrieta de Gainza.\n"
    )
    first, second = pubkit.loads(page, "cv", path="cv.md")
    assert first.venue is not None and first.venue.name == "Master’s thesis, Seoul National University"
    assert second.venue is not None and second.venue.name == "Tesis doctoral, Universidad de Buenos Aires"
    assert second.venue.kind is pubkit.VenueKind.THESIS


def test_korean_names_joined_by_a_middle_dot_and_a_journal_in_corner_brackets() -> None:
    """Korean political science: "강민재·최서연. 2021. “Title.” 『Journal』 55 (4): 59–84.": two names
    joined by "·", the quoted title, and the journal in 『』 after it."""
    page = (
        "<h2>Journal Articles</h2>"
        "<p>강민재&middot;<strong>최서연</strong>. 2021. &ldquo;지역주의 투표의 세대 효과: "
        "대통령 선거와 총선 비교.&rdquo; 『한국정치학회보』 55 (4): 59&ndash;84.</p>"
    )
    (paper,) = pubkit.loads(page, "cv", path="p.html")
    assert [a.name for a in paper.authors] == ["강민재", "최서연"]
    assert paper.title == "지역주의 투표의 세대 효과: 대통령 선거와 총선 비교"
    assert paper.venue is not None and paper.venue.name == "한국정치학회보"


def test_an_economists_working_paper_with_a_linked_title_and_no_coauthors() -> None:
    """jemdoc's "[url Title]" over "Quaderni - Working Paper DSE N° 1187, Università di Bologna, 2023." on
    an economist's page that prints co-authors only: the owner's own paper; the series' numbers
    ("Discussion Paper DP18211") are no part of its venue."""
    page = (
        "= Giulia Ferraresi\n\n== Working papers\n\n"
        "- [papers/sick.pdf Who Bears the Cost of Sick Leave?] (with Elena Rinaldi)\n"
        "  CEPR Discussion Paper DP18211, 2023.\n\n"
        "- [https://amsacta.unibo.it/id/eprint/7321 Collective Bargaining Coverage and Wage Inequality]\n"
        "  Quaderni - Working Paper DSE N° 1187, Università di Bologna, 2023.\n"
    )
    first, second = pubkit.loads(page, "cv", path="index.jemdoc")
    assert first.venue is not None and first.venue.name == "CEPR Discussion Paper"
    assert second.title == "Collective Bargaining Coverage and Wage Inequality"
    assert [a.name for a in second.authors] == ["Giulia Ferraresi"]


def test_thesis_venues_end_at_their_institution_and_spanish_apa_statuses_and_reviews() -> None:
    """A thesis's venue stops at its institution ("MD thesis, Tel Aviv University; 2014. Supervisor: …",
    "PhD diss., University of Tehran. (in Persian)", "Ph.D. dissertation, ETH Zurich"); Spanish APA's
    "(en dictamen)" is a status, and "[Reseña del libro *X*, de Y]." is the review's whole title."""
    page = (
        "# Publicaciones\n\n"
        "1. Azoulay-Regev M. Serum zinc levels in children with inflammatory bowel disease. MD thesis, Tel "
        "Aviv University; 2014. Supervisor: Prof. I. Zaltsman.\n"
        "2. Darvishi, Nasim. 2021. “Dotār Music of Northern Khorasan.” PhD diss., University of Tehran. (in "
        "Persian)\n"
        "3. **Barragán Ochoa, X.**, y Hollis, E. (en dictamen). Gendered returns: Mothers, deportation and "
        "care arrangements.\n"
        "4. **Barragán Ochoa, X.** (2021). [Reseña del libro *Retornos inciertos*, de L. Fuentes Arzate]. "
        "*Estudios Demográficos y Urbanos*, 36(2), 745–750.\n"
    )
    papers = pubkit.loads(page, "cv", path="cv.md")
    venues = [p.venue.name if p.venue else None for p in papers]
    assert venues[:2] == ["MD thesis, Tel Aviv University", "PhD diss., University of Tehran"]
    assert papers[2].status is pubkit.Status.UNDER_REVIEW
    assert papers[2].title == "Gendered returns: Mothers, deportation and care arrangements"
    assert papers[3].title == "Reseña del libro Retornos inciertos, de L. Fuentes Arzate"
    assert venues[3] == "Estudios Demográficos y Urbanos"


def test_a_german_schriftenverzeichnis_of_one_author_in_words_numbered_paragraphs() -> None:
    """An Austrian professor's list exported from Word: the owner named atop it with "Univ.-Prof. Dr.",
    numbered paragraphs that print no author ("Title. In: *Journal* 139 (2020), S. 381–402."), and an
    edited book's italic title with a full stop inside after "(zus. mit …)"."""
    page = (
        "<p><b>Univ.-Prof. Dr. Gudrun Pichlmayr</b></p><p>Institut für Germanistik, Universität Innsbruck</p>"
        "<h1>Aufsätze</h1>"
        "\n<p class=MsoListParagraphCxSpFirst style='mso-list:l3 level1 lfo3'><![if !supportLists]><span>"
        "<span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span></span><![endif]><span>Schnee "
        "und Satz. Zur Poetik der Verlangsamung. In: </span><i><span>Zeitschrift für deutsche\nPhilologie"
        "</span></i><span> 139 (2020), S. 381–402.</span><o:p></o:p></p>\n"
        "<p class=MsoListParagraphCxSpLast style='mso-list:l3 level1 lfo3'><![if !supportLists]><span>"
        "<span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span></span><![endif]><span>(zus. "
        "mit Friederike Lanz) </span><i><span>Rechtsräume. Beiträge zum 22. Forum junger\nRechtshistoriker"
        "</span></i><span>, Frankfurt am Main 2021.</span><o:p></o:p></p>\n"
    )
    bib = pubkit.loads(page, "cv", path="cv.htm")
    assert bib.owner == "Gudrun Pichlmayr"
    first, second = bib
    assert [a.name for a in first.authors] == ["Gudrun Pichlmayr"]
    assert first.venue is not None and first.venue.name == "Zeitschrift für deutsche Philologie"
    assert second.title == "Rechtsräume. Beiträge zum 22. Forum junger Rechtshistoriker"
    assert [a.family for a in second.authors] == ["Pichlmayr", "Lanz"]


def test_portuguese_np405_names_before_a_dash_and_a_journal_after_the_title() -> None:
    """Portugal's NP 405: "SAMPAIO, Maria Inês Caldeira; GARCÍA LÓPEZ, Javier -- Title. *Journal*. Vol.
    94 (2021), p. 263-280.": inverted names in capitals, a dash (org-mode's "--") before the title."""
    page = (
        "#+TITLE: Maria Inês Caldeira Sampaio\n\n* Publicações\n"
        "1. SAMPAIO, Maria Inês Caldeira; GARCÍA LÓPEZ, Javier -- Retablistas gallegos y portugueses en la "
        "raya del Miño (1700-1760). /Archivo Español de Arte/. Vol. 94, n.º 375 (2021), p. 263-280.\n"
        "2. SAMPAIO, Maria Inês Caldeira -- /A talha dourada no Porto barroco/. Porto: CITCEM, 2016.\n"
    )
    first, second = pubkit.loads(page, "cv", path="cv.org")
    assert [a.family for a in first.authors] == ["SAMPAIO", "GARCÍA LÓPEZ"]
    assert first.title == "Retablistas gallegos y portugueses en la raya del Miño (1700-1760)"
    assert first.venue is not None and first.venue.name == "Archivo Español de Arte"
    assert [a.name for a in second.authors] == ["Maria Inês Caldeira SAMPAIO"]


def test_finnish_law_names_between_dashes_and_an_issue_with_its_year() -> None:
    """Finnish legal style: "Sipilä, Laura – Rautio, Hanna-Maria – Bergström, Jonas: Title. Journal 32
    (2023)", "Rautio, Hanna-Maria – Kettunen, Aleksi: Title. Ympäristöjuridiikka 3/2020, s. 7–35."."""
    page = (
        "# Hanna-Maria Rautio\n\n## Julkaisut\n\n"
        "1. Sipilä, Laura – Rautio, Hanna-Maria – Bergström, Jonas: Carbon Sinks in EU Law after the LULUCF "
        "Revision. Review of European, Comparative & International Environmental Law 32 (2023): 3, s. "
        "411–423.\n"
        "2. Rautio, Hanna-Maria – Kettunen, Aleksi: Turvetuotannon luvanvaraisuus ja luottamuksensuoja. "
        "Ympäristöjuridiikka 3/2020, s. 7–35.\n"
    )
    first, second = pubkit.loads(page, "cv", path="cv.md")
    assert [a.family for a in first.authors] == ["Sipilä", "Rautio", "Bergström"]
    assert first.title == "Carbon Sinks in EU Law after the LULUCF Revision"
    assert [a.family for a in second.authors] == ["Rautio", "Kettunen"]
    assert second.year == 2020


def test_a_review_of_a_book_runs_to_the_books_imprint_whose_year_is_the_books() -> None:
    """Classicists' and MHRA reviews: "Review of L. Bertolini, *Herodotus …* (Cambridge, 2020), Bryn Mawr
    Classical Review 2021.04.17." — the title runs to the reviewed book's imprint, the year is the
    review's; "Review of *Book*, by X (Woodbridge: Boydell Press, 2021), *Early Music*, 50 (2022)"."""
    page = (
        "# Mette Lindhardt\n\n## Reviews\n\n"
        "- Review of L. Bertolini, *Herodotus and the Poetics of Wonder* (Cambridge, 2020), Bryn Mawr "
        "Classical Review 2021.04.17.\n"
        "- Review of *Parish Music in Tudor England*, by Thomas Brightwell (Woodbridge: Boydell Press, "
        "2021), *Early Music*, 50 (2022), 446–48\n"
    )
    first, second = pubkit.loads(page, "cv", path="cv.md")
    assert first.title == "Review of L. Bertolini, Herodotus and the Poetics of Wonder"
    assert second.title == "Review of Parish Music in Tudor England, by Thomas Brightwell"
    assert second.year == 2022


def test_a_quoted_phrase_that_opens_a_title_is_no_whole_title() -> None:
    """APA's "(2020). “Big Data” and the law of privacy. *Journal*": the quote closes inside the title,
    whose words go on in lower case; a whole quoted title ("“The Question,” in Book") still ends there."""
    first = pubkit.parse_reference(
        "Lee, A. (2020). “Big Data” and the law of privacy. Harvard Law Review, 12, 1–20."
    )
    assert first.title == "“Big Data” and the law of privacy"
    assert first.venue is not None and first.venue.name == "Harvard Law Review"
    second = pubkit.parse_reference(
        "Roe, B. “The Question,” in The Modern Middle East, ed. A. Lee (London: Tauris, 2019), 1–20."
    )
    assert second.title == "The Question"


def test_german_legal_history_headwords_quoted_openings_series_and_zugl_diss() -> None:
    """A German legal historian's list: "„Gute Policey“ vor Gericht" is one title that opens with a
    quoted phrase; "Art. „Policey“, in: HRG²" an encyclopedia entry whose title is its headword; a
    series in brackets before the imprint is no part of the title; "(zugl. Diss. …)" says a book was
    also a thesis, so it names no thesis venue."""
    text = (
        "# Karl Härter\n\n## Schriften\n\n"
        "1. Härter, Karl: „Gute Policey“ vor Gericht. Normdurchsetzung im Alten Reich, in: Zeitschrift "
        "für Neuere Rechtsgeschichte 32 (2010), S. 45–67.\n"
        "2. Härter, Karl: Art. „Policey“, in: Handwörterbuch zur deutschen Rechtsgeschichte, 2. Aufl., "
        "Bd. IV, Berlin 2020, Sp. 512–520.\n"
        "3. Härter, Karl: Policey und Strafjustiz in Kurmainz (Studien zur europäischen Rechtsgeschichte "
        "190), Frankfurt am Main 2005 (zugl. Diss. Univ. Frankfurt 2003).\n"
    )
    quoted, entry, book = _papers(text, "list.md")
    assert quoted.title == "„Gute Policey“ vor Gericht. Normdurchsetzung im Alten Reich"
    assert (entry.title, entry.venue and entry.venue.name) == (
        "Policey",
        "Handwörterbuch zur deutschen Rechtsgeschichte",
    )
    assert (book.title, book.venue, book.year) == ("Policey und Strafjustiz in Kurmainz", None, 2005)


def test_a_japanese_sist02_list_with_its_owner_in_two_scripts() -> None:
    """SIST 02 "山田健一. 題名：副題. 東京, 出版社, 1998.": the title runs to its full stop (a full-width
    colon inside it), "東京, 有斐閣," is the book's place and publisher, "佐藤一郎編." the book's editor,
    "博士論文（法学）" a degree; the owner printed "山田健一" on a page naming "山田 健一", and in Latin
    letters ("YAMADA, Ken'ichi") where the page's title glosses the name so."""
    text = (
        "#+TITLE: 山田 健一 業績一覧 (Publications of YAMADA Ken'ichi)\n#+AUTHOR: 山田 健一\n\n* 著書\n"
        "- 山田健一. 戦後日本の政党政治：派閥・後援会・選挙制度. 東京, 東京大学出版会, 1998, 312p.\n"
        "- YAMADA, Ken'ichi. Factions, Koenkai and the Vote. Honolulu, University of Hawaii Press, 2002.\n"
        "- 山田健一編. 比較のなかの日本政治. 東京, 有斐閣, 2010, 356p.\n"
        "* 論文\n"
        "- 山田健一. 選挙制度改革と政党組織. 佐藤一郎編. 日本政治の変容. 東京, 木鐸社, 2005, p. 23-58.\n"
        "- 山田健一. 戦後日本における保守政党の組織と派閥. 東北大学, 1990, 博士論文（法学）.\n"
    )
    book, english, edited, chapter, thesis = _papers(text, "list.org")
    assert (book.title, book.venue) == ("戦後日本の政党政治：派閥・後援会・選挙制度", None)
    assert [a.name for a in book.authors] == ["山田健一"] and book.authors[0].is_owner
    assert english.authors[0].is_owner
    assert [a.name for a in edited.authors] == ["山田健一"] and edited.authors[0].is_owner
    assert chapter.venue is not None and chapter.venue.name == "日本政治の変容"
    assert [a.name for a in thesis.authors] == ["山田健一"]


def test_chinese_gbt7714_books_editions_and_chapters() -> None:
    """GB/T 7714: "[M]. 北京: 中华书局" is a book's place and publisher; "吴敬梓, 著. 陆文渊, 点校." wrote
    and collated; "[C]//王远之. 论丛: 第三辑." names the book's editor, then the book (its volume
    apart); a translator after the title ("陆文渊, 译.") and the original under it ("原著: …") are no
    part of the record; the owner glossed in Latin letters in the heading ("陆文渊 LU Wenyuan")."""
    page = (
        "<h1>陆文渊 <span>LU Wenyuan</span></h1><h3>专著</h3><ol>"
        "<li>陆文渊. 明清小说评点研究[M]. 南京: 江苏古籍出版社, 1992.</li>"
        "<li>吴敬梓, 著. 陆文渊, 点校. 儒林外史[M]. 南京: 凤凰出版社, 2012.</li>"
        "<li>卫思德. 中国小说的读者与评点[M]. 陆文渊, 译. 北京: 北京大学出版社, 2001.\n"
        "<div>原著: Stephen Wester, <i>Readers and Commentators of the Chinese Novel</i>, 1994</div></li>"
        "<li>陆文渊. 金圣叹与晚明文人趣味[C]//王远之. 中国古代文学论丛: 第三辑. "
        "北京: 人民文学出版社, 1995: 210-233.</li>"
        "<li>LU Wenyuan. Commentary and Canon[C]//FENG Jin, ed. Reading Chinese Fiction across Cultures. "
        "Hong Kong: The Chinese University Press, 2010: 55-78.</li></ol>"
    )
    book, edition, translation, chapter, english = _papers(page, "profile.html")
    assert (book.venue, book.authors[0].is_owner) == (None, True)
    assert [a.name for a in edition.authors] == ["吴敬梓"] and edition.venue is None
    assert ([a.name for a in translation.authors], translation.year, translation.venue) == (
        ["卫思德"],
        2001,
        None,
    )
    assert chapter.venue is not None and chapter.venue.name == "中国古代文学论丛"
    assert english.venue is not None and english.venue.name == "Reading Chinese Fiction across Cultures"
    assert english.authors[0].is_owner


def test_a_polish_law_cv_exported_from_word_and_an_argentine_repository_profile() -> None:
    """Word's "k.k.</i><span\\nlang=PL>," keeps no space before the comma (a line break inside a tag is
    no space); "*Book*, red. naukowa wspólnie z A. Nowicką" names the owner's co-editor; "Recenzja:
    M. Dąbrowski, *Book*" is the review's title; a repository's `<span class="titulo">` marks its field."""
    word = (
        "<h2>Publikacje</h2>\n<ol><li><i><span lang=PL>Komentarz do art. 11–12 k.k.</span>"
        "</i><span\nlang=PL>, [w:] <i>Kodeks karny. Część ogólna. Komentarz</i>, red. P. Lewandowski, "
        "M. Sowa, wyd. 5, Warszawa 2021, s. 412–498.</span></li>\n"
        "<li><i>Prawo karne wobec nowych technologii</i>, red. naukowa wspólnie z "
        "A. Nowicką, Kraków 2019, ss. 312.</li>\n"
        "<li>Recenzja: M. Dąbrowski, <i>Przestępstwo ciągłe w orzecznictwie Sądu "
        "Najwyższego</i>, Warszawa 2018, „Państwo i Prawo” 2019, z. 5, s. 140–144.</li></ol>\n"
    )
    bib = pubkit.loads(word, "cv", path="cv.html", owner="Tomasz Wierzbicki")
    commentary, edited, review = bib
    assert commentary.title == "Komentarz do art. 11–12 k.k"
    assert commentary.venue is not None and commentary.venue.name == "Kodeks karny. Część ogólna. Komentarz"
    assert [a.name for a in edited.authors] == ["Tomasz Wierzbicki", "A. Nowicką"]
    assert review.title == "Recenzja: M. Dąbrowski, Przestępstwo ciągłe w orzecznictwie Sądu Najwyższego"
    assert [a.name for a in review.authors] == ["Tomasz Wierzbicki"]
    profile = (
        "<h3>Artículos publicados en revistas</h3><ul><li>"
        '<span class="autores">ARREGUI, VERÓNICA INÉS</span>. <span class="titulo">Merchant Networks and '
        "Kinship in the Late Colonial Río de la Plata</span>. "
        '<span class="medio">Colonial Latin American Review</span>. Abingdon: Taylor &amp; Francis. 2022 '
        "vol.31 n&deg;4. p512 - 534.</li></ul>"
    )
    (paper,) = pubkit.loads(profile, "cv", path="cvar.html")
    assert paper.title == "Merchant Networks and Kinship in the Late Colonial Río de la Plata"
    assert paper.venue is not None and paper.venue.name == "Colonial Latin American Review"


def test_a_norwegian_author_date_cv_in_latex() -> None:
    """Norwegian author-date: "I *Bok*, redigert av X og Y, 145–168" names the book ("I" is "in", the
    editors are the book's); "Med X." opens an entry the owner wrote with X; "Ph.d.-avhandling,
    Universitetet i Bergen" is a thesis the university published."""
    tex = (
        "\\section*{Publikasjoner}\n\\begin{itemize}\n"
        "  \\item 2023. «Lytte til arkivet: Metodiske refleksjoner». I \\emph{Musikkhistorie i Norden: Nye "
        "perspektiver}, redigert av Torgeir Vik og Helene Brekke, 145--168. Oslo: Universitetsforlaget.\n"
        "  \\item Med Eirik Tveit. 2019. «Innledning: Musikk og sted». I \\emph{Musikk og sted}, redigert av "
        "Siri Mæland Aasen og Eirik Tveit, 9--24. Oslo: Cappelen Damm Akademisk.\n"
        "  \\item 2016. \\emph{Lyden av det nasjonale: Hardingfela og verkbegrepet}. Ph.d.-avhandling, "
        "Universitetet i Bergen.\n\\end{itemize}\n"
    )
    chapter, introduction, thesis = pubkit.loads(tex, "cv", path="cv.tex", owner="Siri Mæland Aasen")
    assert chapter.venue is not None and chapter.venue.name == "Musikkhistorie i Norden: Nye perspektiver"
    assert [a.name for a in chapter.authors] == ["Siri Mæland Aasen"]
    assert [a.name for a in introduction.authors] == ["Siri Mæland Aasen", "Eirik Tveit"]
    assert thesis.venue is not None and thesis.venue.kind is pubkit.VenueKind.THESIS
    assert thesis.venue.publisher == "Universitetet i Bergen"


def test_belgian_comma_imprints_and_oscola_bracketed_imprints() -> None:
    """ "*Titre*, Bruxelles, Bruylant, 2008" and "in *Liber amicorum X*, Antwerpen, Intersentia, 2016":
    the plain "Place, Publisher," after an italic book is its imprint; names that end "(eds.)" are all
    editors; OSCOLA's "*Book* (Hart Publishing 2024) (Series)" gives the book's year, "(OUP 2013)"
    before a review's own "(2015)" is the reviewed book's, "(forthcoming 2025) 103 Tex L Rev" keeps
    its journal, and "*Restatement (Third)*" inside a quoted title stays in it."""
    belgian = (
        "## Books\n\n"
        "1. *La responsabilité internationale des organisations*, Bruxelles, Bruylant, 2008, 512 p.\n"
        "2. K. Delvaux, L. Gevers and M. Fontaine (eds.), *Belgium and the International Court of "
        "Justice*, The Hague, T.M.C. Asser Press, 2023.\n\n## Chapters\n\n"
        '1. "België en het Internationaal Gerechtshof", in *Liber amicorum Jan Verstraete*, Antwerpen, '
        "Intersentia, 2016, 233-251.\n"
    )
    book, edited, chapter = pubkit.loads(belgian, "cv", path="cv.md", owner="Katrien Delvaux")
    assert (book.title, book.venue) == ("La responsabilité internationale des organisations", None)
    assert [a.name for a in edited.authors] == ["K. Delvaux", "L. Gevers", "M. Fontaine"]
    assert chapter.venue is not None and chapter.venue.name == "Liber amicorum Jan Verstraete"
    oscola = (
        "<h2>Publications</h2>"
        "<p class=CVEntry><i>Restitution and Remedial Discretion</i> (Hart Publishing 2024) (Hart Studies "
        "in Private Law)</p>"
        "<p class=CVEntry>‘Change of Position and the Passing-On Defence’ (forthcoming 2025) "
        "103 Tex L Rev</p>"
        "<p class=CVEntry>‘Disgorgement for Breach of Contract in the <i>Restatement (Third)</i>’ (2020) 95 "
        "Notre Dame L Rev 1821</p>"
        "<p class=CVEntry>Review of Hanoch Dagan, <i>Reconstructing American Legal Realism</i> (OUP 2013) "
        "(2015) 78 MLR 560</p>"
    )
    monograph, forthcoming, article, review = pubkit.loads(
        oscola, "cv", path="cv.html", owner="Hannah Castell"
    )
    assert (monograph.title, monograph.year, monograph.venue) == (
        "Restitution and Remedial Discretion",
        2024,
        None,
    )
    assert forthcoming.venue is not None and forthcoming.venue.name == "Tex L Rev"
    assert article.title == "Disgorgement for Breach of Contract in the Restatement (Third)"
    assert (review.year, review.venue and review.venue.name) == (2015, "MLR")


def test_a_swiss_anthropologists_list_in_german_and_french() -> None:
    """ "*Book*, Münster: Waxmann 2018" after "in: X (Hg.)" is the book and its imprint; "(dir., avec X)"
    names the owner's co-editor; "Rez. zu: X, *Book*, Princeton 2005, in: *Sociologus* 57/1 (2007)" is
    a review dated by its journal; "(Wiederabdruck in: …)" is a note, the work where it first came out."""
    text = (
        "# Prof. Dr. Martina Kälin\n\n## Publikationen\n\n"
        "- *Ethnographies de l'État. Bureaucraties et citoyens en Suisse*, Lausanne: Antipodes 2019 "
        "(dir., avec Jean-Daniel Rochat).\n"
        "- (mit Nadia Bürgi) „Gemeinsam ins Feld. Kollaborative Ethnographie als Lehrform“, in: Karin "
        "Hollenstein / Felix Brand (Hg.), *Ethnographie lehren. Erfahrungen und Perspektiven*, Münster: "
        "Waxmann 2018, S. 99–115.\n"
        "- „Das Dorf, die Gäste und die Anderen“, in: Thomas Gisler / Ursula Venetz (Hg.), *Tourismus und "
        "Identität im Alpenraum*, Bielefeld: transcript 2012, S. 141–163 (Wiederabdruck in: Maria Rüegg "
        "(Hg.), *Alpine Räume. Ein Reader*, Wien: Böhlau 2019, S. 201–223).\n"
        "- Rez. zu: Sarah Green, *Notes from the Balkans. Locating Marginality on the Greek-Albanian "
        "Border*, Princeton 2005, in: *Sociologus* 57/1 (2007), S. 134–136.\n"
    )
    edited, chapter, reprinted, review = _papers(text, "list.md")
    assert [a.name for a in edited.authors] == ["Martina Kälin", "Jean-Daniel Rochat"]
    assert (
        chapter.venue is not None
        and chapter.venue.name == "Ethnographie lehren. Erfahrungen und Perspektiven"
    )
    assert (reprinted.year, reprinted.venue and reprinted.venue.name) == (
        2012,
        "Tourismus und Identität im Alpenraum",
    )
    assert review.title.startswith("Rez. zu: Sarah Green, Notes from the Balkans. Locating")
    assert (review.year, review.venue and review.venue.name) == (2007, "Sociologus")


def test_acm_style_theses_and_reports_of_a_norwegian_agronomist() -> None:
    """ACM's "Ph.D. Dissertation. Norwegian University of Life Sciences, Ås, Norway." is a thesis the
    university (its town left out) published; a venue cut inside a bracket of its own ("(NJF Report
    18, 4)") loses the opened bracket."""
    tex = (
        "\\section*{Publications}\n\\begin{itemize}\n"
        "\\item \\textbf{Solveig Røed} and Eirik Haugland. 2022. Farmers' use of digital fertiliser planning "
        "tools: an interview study. In \\textit{NJF Seminar 512: Digital Agriculture in the Nordic "
        "Countries} (NJF Report 18, 4). Nordic Association of Agricultural Scientists, 33--36.\n"
        "\\item \\textbf{Solveig Røed}. 2018. \\textit{Nitrogen dynamics and yield formation in spring "
        "wheat}. Ph.D. Dissertation. Norwegian University of Life Sciences, Ås, Norway.\n\\end{itemize}\n"
    )
    seminar, thesis = pubkit.loads(tex, "cv", path="cv.tex")
    assert seminar.venue is not None and seminar.venue.name == (
        "NJF Seminar 512: Digital Agriculture in the Nordic Countries"
    )
    assert thesis.venue is not None and thesis.venue.kind is pubkit.VenueKind.THESIS
    assert thesis.venue.publisher == "Norwegian University of Life Sciences"


def test_a_spanish_law_doctoral_candidates_chapters_and_reviews() -> None:
    """ "«Título», en A. BELTRÁN GARCÍA (dir.),<br> *El Derecho del mar ante los retos del siglo XXI*,
    Tirant lo Blanch, Valencia, 2022": the names after "en" are the book's editors, the italic book
    all of it the venue, the names after it its imprint; "Recensión a: X, *Libro*, …, en *Revista*" a
    review titled to its book."""
    page = (
        "<h2>Capítulos de libro</h2>\n<p>«La responsabilidad internacional del Estado del pabellón», en A. "
        "BELTRÁN GARCÍA (dir.),<br />\n<em>El Derecho del mar ante los retos del siglo XXI</em>, Tirant lo "
        "Blanch, Valencia, 2022, pp. 301-326.</p>\n<h2>Recensiones</h2>\n"
        "<p>Recensión a: I. PAPANICOLOPULU, <em>International Law and the Protection of People at Sea</em>, "
        "Oxford University Press, Oxford, 2018, en <em>Revista Española de Derecho Internacional</em>, vol. "
        "71, núm. 2, 2019, pp. 315-317.</p>\n"
    )
    chapter, review = pubkit.loads(page, "cv", path="cv.html", owner="Lucía Ferrándiz Moll")
    assert [a.name for a in chapter.authors] == ["Lucía Ferrándiz Moll"]
    assert (
        chapter.venue is not None and chapter.venue.name == "El Derecho del mar ante los retos del siglo XXI"
    )
    assert (
        review.title
        == "Recensión a: I. PAPANICOLOPULU, International Law and the Protection of People at Sea"
    )
    assert (review.year, review.venue and review.venue.name) == (
        2019,
        "Revista Española de Derecho Internacional",
    )


def test_a_victorianists_books_notes_and_coedited_volume() -> None:
    """ "Reviewed in *TLS*, *Victorian Studies*" under a book is a note, not its authors; "With Tom
    Aldous, eds. *Book*. Edinburgh: EUP, 2020. Edinburgh Critical Studies in Victorian Culture." is the
    owner's co-edited book, its series after the imprint no venue."""
    page = (
        "<h2>Books</h2>\n<p><em>Ruined Households: Debt, Domesticity and the Victorian Novel</em>. Oxford: "
        "Oxford University Press, 2023.<br>\n<small>Reviewed in <em>TLS</em>, <em>Victorian Studies</em>, "
        "<em>Review of English Studies</em>.</small></p>\n"
        "<p>With Tom Aldous, eds. <em>George Gissing and the Literary Marketplace</em>. Edinburgh: Edinburgh "
        "University Press, 2020. Edinburgh Critical Studies in Victorian Culture.</p>\n"
    )
    book, edited = pubkit.loads(page, "cv", path="cv.html", owner="Miriam Latchford")
    assert [a.name for a in book.authors] == ["Miriam Latchford"]
    assert edited.title == "George Gissing and the Literary Marketplace"
    assert [a.name for a in edited.authors] == ["Miriam Latchford", "Tom Aldous"]
    assert edited.venue is None


def test_thesis_venues_keep_degree_and_institution_and_a_status_keeps_its_journal() -> None:
    """IEEE's "Ph.D. dissertation, Dept. Geogr. & GIS, Cairo Univ., Giza, Egypt" is the degree and the
    institution (its department, town and country left out, the university its publisher); "University of
    California, Davis" keeps its campus; "*Revise & resubmit, Review of Financial Studies*" keeps the
    journal's whole name."""
    thesis = pubkit.parse_reference(
        "M. Hassan, “Urban heat islands of Greater Cairo,” Ph.D. dissertation, Dept. Geogr. & GIS, Cairo "
        "Univ., Giza, Egypt, 2016."
    )
    assert thesis.venue is not None and thesis.venue.name == "Ph.D. dissertation, Cairo Univ."
    assert thesis.venue.publisher is not None and "Cairo Univ" in thesis.venue.publisher
    campus = pubkit.parse_reference(
        "A. Lee, “Soil carbon in vineyards,” Ph.D. dissertation, University of California, Davis, 2019."
    )
    assert campus.venue is not None and campus.venue.name.endswith("University of California, Davis")
    revised = pubkit.parse_reference(
        "J. Ouellet and M. Lavoie. 2024. Tokenized Deposits and Bank Funding Fragility. *Revise & resubmit, "
        "Review of Financial Studies*."
    )
    assert revised.venue is not None and revised.venue.name == "Review of Financial Studies"


def test_a_kind_of_work_before_the_venue_is_no_part_of_it() -> None:
    """ "Preprint: EcoEvoRxiv" and "Póster. XLII Congreso de la Sociedad Española de Farmacología" name the
    kind of work before its venue."""
    preprint = pubkit.parse_reference(
        "SOUZA, L.; LIMA, R. Seedling survival under experimental drought in white-sand forests. Preprint: "
        "*EcoEvoRxiv*. 2024."
    )
    assert preprint.venue is not None and preprint.venue.name == "EcoEvoRxiv"
    poster = pubkit.parse_reference(
        "Jiménez-Lara C, Ruiz A (2022) Prescripción de gabapentinoides en atención primaria. Póster. XLII "
        "Congreso de la Sociedad Española de Farmacología, Salamanca."
    )
    assert poster.venue is not None and poster.venue.name.startswith("XLII Congreso de la Sociedad")


def test_a_chinese_cvs_owner_glossed_in_brackets_and_its_chinese_entries() -> None:
    """ "Wei Zhang (张伟), DVM, Ph.D." atop a text CV: the bracketed name is the owner's in the Chinese
    entries; "等" is "et al."; a book's "北京: 中国农业出版社" is its imprint, not a venue."""
    text = (
        "CURRICULUM VITAE\n\nWei Zhang (张伟), DVM, Ph.D.\nLecturer, College of Veterinary Medicine\n\n"
        "PUBLICATIONS\n\n"
        "[1] Zhang, W., Li, P. & Sun, L. Molecular survey of porcine circovirus 3 in Shandong, China, "
        "2020. Vet. Microbiol. 255, 109021 (2021).\n"
        "[2] 李鹏, 张伟, 孙磊, 等. 猪圆环病毒3型的分离与鉴定[J]. 中国兽医科学, 2021, 51(3): 301-307.\n"
        "[3] 孙磊, 张伟 主编. 猪病防控技术. 北京: 中国农业出版社, 2022.\n"
    )
    survey, chinese, book = _papers(text, "cv.txt")
    assert survey.title == "Molecular survey of porcine circovirus 3 in Shandong, China, 2020"
    assert [(a.name, a.is_owner) for a in chinese.authors] == [
        ("李鹏", False),
        ("张伟", True),
        ("孙磊", False),
    ]
    assert [a.name for a in book.authors if a.is_owner] == ["张伟"]
    assert book.venue is None and dict(book.extra)["publisher"] == "中国农业出版社"


def test_a_maiden_name_note_and_a_name_in_its_native_order_are_the_owners() -> None:
    """ "(published under my maiden name)": the author with the owner's given name is the owner, there
    and wherever else that name is printed; "Nguyễn Thị Minh Hằng" in a site's description beside "Hang
    T. M. Nguyen" is the owner's name in its own order; "Hà Nội: Nhà xuất bản …" is a book's imprint."""
    swiss = (
        "<html><head><title>Publications – Corinne Aebischer</title></head><body>"
        "<h1>Corinne Aebischer</h1><h2>Publications</h2><ul>"
        "<li>Aebischer, Corinne. “Foams of Whey.” <em>Food Hydrocolloids</em>, vol. 30, 2020, pp. 1–9.</li>"
        "<li>Wyss, Corinne, and Hans Keller. “Milk Protein Foams.” <em>International Dairy Journal</em>, "
        "vol. 21, 2011, pp. 402–09. (published under my maiden name)</li>"
        "<li>Wyss, Corinne. “Aerated Dairy Gels.” <em>Journal of Food Engineering</em>, vol. 99, 2010, "
        "pp. 12–20.</li></ul></body></html>"
    )
    papers = _papers(swiss, "p.html")
    assert [[a.name for a in p.authors if a.is_owner] for p in papers] == [
        ["Corinne Aebischer"],
        ["Corinne Wyss"],
        ["Corinne Wyss"],
    ]
    vietnam = (
        "<html><head><title>Research – Lan T. H. Tran</title></head><body>"
        "<p>Lan T. H. Tran</p><p>Trần Thị Hồng Lan · Statistics · Hà Nội</p>"
        "<h2>Publications</h2><ol>"
        "<li>Tran, L. T. H. &amp; Le, P. (2023). Small area estimation of poverty. <em>Survey Methodology"
        "</em>, 49(2), 1–20.</li>"
        "<li>Trần Thị Hồng Lan (2020). <em>Thống kê Bayes ứng dụng</em>. Hà Nội: Nhà xuất bản Đại học "
        "Quốc gia Hà Nội.</li></ol></body></html>"
    )
    article, book = _papers(vietnam, "p.html")
    assert [a.name for a in article.authors if a.is_owner] == ["L. T. H. Tran"]
    assert [a.name for a in book.authors if a.is_owner] == ["Trần Thị Hồng Lan"]
    assert book.venue is None and dict(book.extra)["publisher"] == "Nhà xuất bản Đại học Quốc gia Hà Nội"


def test_a_themes_header_and_sections_of_data_sets_and_curated_exhibitions_are_no_papers() -> None:
    """The site's name linked to its home page over its tagline is a theme's header, not a paper's title
    over names; "Data Sets" and "Curated exhibitions" are no sections of publications."""
    page = (
        "<html><head><title>Research &amp; Publications – Minh Q. Tran</title></head><body>"
        '<p class="main-title"><a href="https://minhtran-stats.com/" rel="home">Minh Q. Tran</a></p>'
        "<p>Trần Quang Minh · Statistics · Hà Nội</p>"
        "<h2>Journal articles</h2><ol><li>Tran, M. Q. (2022). Bayesian small areas. <em>Survey "
        "Methodology</em>, 48(1), 1–20.</li></ol>"
        "<h2>Data Sets</h2><ol><li>Tran, M. Q. (2023). Poverty maps of Vietnam, 2010–2020. Zenodo.</li></ol>"
        "<h2>Curated exhibitions</h2><ol><li>Lacquer Now, Vietnam Fine Arts Museum, Hà Nội, 2021.</li></ol>"
        "</body></html>"
    )
    (paper,) = _papers(page, "p.html")
    assert paper.title == "Bayesian small areas"


def test_a_swiss_humanists_cv_series_reviews_and_a_career_heading() -> None:
    """An academicpages CV whose first level-1 heading is "Akademische Laufbahn" (a section, not the
    owner); German "(= Series 12)" and a bracketed series after the italic title are notes, as is
    "[Rezension in …]"; the owner comes from the page's title."""
    page = (
        '---\ntitle: "CV – Prof. Dr. Anna Keller-Frei"\n---\n\n'
        "Akademische Laufbahn\n======\n* seit 2016: Professorin, Universität Bern\n\n"
        "Publikationen\n======\n\nMonographien\n------\n"
        "* Keller-Frei, Anna: *Stimmen im Tal. Volkslied und Moderne* (= Musik und Gesellschaft 9), "
        "Zürich: Chronos 2021.\n"
        "* Keller-Frei, Anna: *Orgeln der Innerschweiz 1600–1800* (Publikationen der Schweizerischen "
        "Musikforschenden Gesellschaft II/51), Bern u. a.: Peter Lang 2013. [Rezension in "
        "*Die Musikforschung* 68 (2015)]\n"
    )
    first, second = _papers(page, "cv.md")
    assert [a.name for a in first.authors if a.is_owner] == ["Anna Keller-Frei"]
    assert (first.title, first.venue) == ("Stimmen im Tal. Volkslied und Moderne", None)
    assert (second.title, second.year, second.venue) == ("Orgeln der Innerschweiz 1600–1800", 2013, None)


def test_an_mla_list_whose_owner_has_two_family_names_and_a_code_section() -> None:
    """ "Quispe Mamani, Luis A., and Andrea Paredes" is two people, the first inverted with a family name
    of two words; "Quispe Mamani, Luis Alberto." alone is the owner with his middle name written out;
    a "Código / Code" section holds no papers."""
    page = (
        "<html><head><title>Luis A. Quispe Mamani</title></head><body><h1>Luis A. Quispe Mamani</h1>"
        "<h2>Publications</h2><ul>"
        "<li><strong>Quispe Mamani, Luis A.</strong>, and Andrea Paredes Ccahuana. “Kitaev Interactions in "
        "Strained RuBr3.” <em>Physical Review B</em> 108 (2023): 045112.</li>"
        "<li>Quispe Mamani, Luis Alberto. “Propiedades electrónicas de isolantes de Mott.” Tesis de "
        "doctorado, Universidad Nacional de Ingeniería, 2021.</li></ul>"
        "<h2>Código / Code</h2><ul><li>Quispe Mamani, Luis A. “spinED: Exact Diagonalization.” Zenodo, "
        "2023.</li></ul></body></html>"
    )
    article, thesis = _papers(page, "p.html")
    assert [(a.name, a.is_owner) for a in article.authors] == [
        ("Luis A. Quispe Mamani", True),
        ("Andrea Paredes Ccahuana", False),
    ]
    assert [(a.name, a.is_owner) for a in thesis.authors] == [("Luis Alberto Quispe Mamani", True)]


def test_markdown_cvs_year_badges_and_a_spanish_y_after_a_marker() -> None:
    """markdown-cv's "`2018`" over an entry is its year, not a venue badge (the italic journal is the
    venue); "Giraldo, P.‡ y Jiménez, R." is two names, the marker before the "y"."""
    page = (
        "---\nlayout: cv\ntitle: Marta Ruiz\n---\n# Marta Ruiz\n\n## Publicaciones\n\n"
        "`2021`\n**Ruiz, M.**, Giraldo, P.‡ y Jiménez, R. (2021). Curvas de absorción de nutrientes. "
        "*Revista Colombiana de Ciencias Hortícolas*, *15*(1), e11934.\n\n"
        "`2018`\nRuiz, M., Hoyos, A., & Janssen, K. (2018). Zinc and cadmium in cacao seedlings. *PLOS ONE*, "
        "*13*(9), e0203111.\n"
    )
    first, second = _papers(page, "cv.md")
    assert [a.name for a in first.authors] == ["M. Ruiz", "P. Giraldo", "R. Jiménez"]
    assert [p.venue.name if p.venue else None for p in (first, second)] == [
        "Revista Colombiana de Ciencias Hortícolas",
        "PLOS ONE",
    ]
    assert (first.year, second.year) == (2021, 2018)


def test_an_org_cv_in_chinese_apa_with_counter_cookies_and_a_name_in_two_scripts() -> None:
    """Org's "6. [@6]" restarts a list's count (no part of the entry); "Mei-Ling Chen 陳美玲" in the title
    names the owner in both scripts; Chinese APA's 〈article〉 and 《journal》 marks are no part of them."""
    text = (
        "#+TITLE: Mei-Ling Chen 陳美玲 — Curriculum Vitae\n\n* Publications\n\n"
        "1. [@6] *陳美玲*、王大明（2021）。〈臺灣大學圖書館的研究資料服務〉。《大學圖書館》，25(1)，1–24。\n"
        "2. *陳美玲*（2020）。《數位人文研究方法》。臺北：國立臺灣大學出版中心。\n"
    )
    article, book = _papers(text, "cv.org")
    assert [(a.name, a.is_owner) for a in article.authors] == [("陳美玲", True), ("王大明", False)]
    assert article.title == "臺灣大學圖書館的研究資料服務"
    assert article.venue is not None and article.venue.name == "大學圖書館"
    assert (book.title, book.venue) == ("數位人文研究方法", None)


def test_rst_substitutions_and_a_books_prize_on_its_own_line() -> None:
    """reST's `|br|` (a raw HTML break) is written out as nothing, `|me|` as its `replace::` text; a book's
    prize on the line after its imprint is its award, and its year is not the book's."""
    text = (
        ".. |br| raw:: html\n\n   <br />\n\n.. |me| replace:: **K. L. Tan**\n\n"
        "Publications\n============\n\n"
        "1. |me|, *Echoes of the Straits: Hokkien Opera in Singapore*.\n"
        "   Singapore: NUS Press, 2018.\n"
        "   |br| *Shortlisted, Singapore Book Prize 2020*\n"
    )
    (book,) = _papers(text, "pubs.rst")
    assert [a.name for a in book.authors] == ["K. L. Tan"]
    assert (book.title, book.year, book.venue) == (
        "Echoes of the Straits: Hokkien Opera in Singapore",
        2018,
        None,
    )
    assert [a.name for a in book.awards] == ["Shortlisted, Singapore Book Prize 2020"]


def test_iso_690_theses_and_a_place_ending_a_title_before_in() -> None:
    """ISO 690's "Doctoral thesis. Fukuoka: Kyushu University" and "Tesis Magister. Bandung: Institut …"
    are the degree and the institution (the town left out); a department and a page count around the
    institution go; a title ending in a place ("…, Jawa Barat.") keeps it when "In:" starts the venue."""
    text = (
        "\\section*{Publications}\n\\begin{thebibliography}{9}\n"
        "\\bibitem{a} WULANDARI, Ayu K. Genesis of epithermal gold deposits in western Java. Doctoral"
        " thesis. Fukuoka: Kyushu University, 2020.\n"
        "\\bibitem{b} WULANDARI, Ayu K. \\emph{Studi alterasi hidrotermal lapangan Patuha}. Tesis Magister."
        " Bandung: Institut Teknologi Bandung, 2016.\n"
        "\\bibitem{c} WULANDARI, Ayu K. dan PRATAMA, Dimas. Zonasi alterasi lempung di lapangan panas bumi"
        " Patuha, Jawa Barat. In: \\emph{Prosiding Pertemuan Ilmiah Tahunan Ikatan Ahli Geologi Indonesia}."
        " Makassar, 2022, hlm.~112--120.\n"
        "\\end{thebibliography}\n"
    )
    doctoral, magister, proceedings = _papers(text, "cv.tex")
    assert doctoral.venue is not None and doctoral.venue.name == "Doctoral thesis, Kyushu University"
    assert magister.venue is not None and magister.venue.name == "Tesis Magister, Institut Teknologi Bandung"
    assert proceedings.title.endswith("Patuha, Jawa Barat")
    assert proceedings.venue is not None and proceedings.venue.name.startswith("Prosiding Pertemuan")
    nigeria = pubkit.parse_reference(
        "Adebayo, F.O. (2006). Effect of a health education programme on birth preparedness in Ibadan,"
        " Nigeria. Ph.D Thesis, Department of Nursing, University of Ibadan. xvi + 245pp."
    )
    assert nigeria.venue is not None and nigeria.venue.name == "Ph.D Thesis, University of Ibadan"


def _al_folio_entry(title: str, authors: str, periodical: str) -> str:
    return (
        '<li><div class="row"><div id="k" class="col-sm-8">\n'
        f'<div class="title">{title}</div>\n'
        f'<div class="author">{authors}</div>\n'
        f'<div class="periodical">\n  {periodical}\n</div>\n'
        "</div></div></li>\n"
    )


def test_al_folio_periodicals_with_the_venue_in_italics() -> None:
    """al-folio's "periodical" element holds more than the venue: a status before it ("Submetido ao"),
    the year and "In:" before it, ABNT's "v. 41, n. 2, p. 112-130, 2023" after it, a chapter's editors;
    the italics are the venue, the rest read as it is printed."""
    entries = [
        ("A note on skew-t mixtures", "Submetido ao <em>Journal of Multivariate Analysis</em>."),
        ("Diagnóstico de influência local", "(2024) In: <em>Anais do 26º SINAPE</em>. Fortaleza: ABE."),
        (
            "Modelos de regressão beta",
            "<em>Revista Brasileira de Biometria</em>, v. 41, n. 2, p. 112-130, 2023.",
        ),
        (
            "Modelos lineares mistos",
            "(2022) In: Lima, P.H. and Costa, L.F. (eds.) <em>Tópicos em Estatística Aplicada</em>. Recife:"
            " Editora UFPE, pp. 55–80.",
        ),
    ]
    page = (
        '<html><body><div class="publications"><h2 class="bibliography">2024</h2><ol class="bibliography">\n'
        + "".join(_al_folio_entry(t, "Albuquerque, T.S. and <em>Menezes, R.O.</em>", p) for t, p in entries)
        + "</ol></div></body></html>\n"
    )
    submitted, proceedings, article, chapter = _papers(page, "publications.html")
    assert (submitted.venue and submitted.venue.name, submitted.status) == (
        "Journal of Multivariate Analysis",
        pubkit.Status.SUBMITTED,
    )
    assert proceedings.venue is not None and proceedings.venue.name == "Anais do 26º SINAPE"
    assert (article.venue and article.venue.name, article.volume, article.year) == (
        "Revista Brasileira de Biometria",
        "41",
        2023,
    )
    assert chapter.venue is not None and chapter.venue.name == "Tópicos em Estatística Aplicada"


@pytest.mark.parametrize(
    ("printed", "venue"),
    [
        (
            "2015. Sveučilište u Zagrebu, Medicinski fakultet, doktorska disertacija.",
            "doktorska disertacija, Sveučilište u Zagrebu",
        ),
        ("2008. Sveučilište u Rijeci, diplomski rad.", "diplomski rad, Sveučilište u Rijeci"),
    ],
)
def test_croatian_theses_in_mla_order(printed: str, venue: str) -> None:
    """MLA's "Year. University, Faculty, degree.": Croatian degrees ("doktorska disertacija", "diplomski
    rad") name a thesis, the faculty after the university goes."""
    title = "Čimbenici povezani sa sindromom sagorijevanja medicinskih sestara"
    text = f"# Ana Jurić Kovač\n\n## Radovi\n\n1. Jurić Kovač, Ana. {title}. {printed}\n"
    (thesis,) = _papers(text, "cv.md")
    assert thesis.venue is not None and thesis.venue.name == venue


def test_abnt_theses_name_the_university() -> None:
    """ABNT's "Tese (Doutorado em Estatística) – Instituto de Matemática e Estatística, Universidade de
    São Paulo, São Paulo.": the degree and the university; its institute and its town go."""
    paper = pubkit.parse_reference(
        "MENEZES, R. O. Modelos de regressão censurados com erros assimétricos. 2017. Tese (Doutorado em"
        " Estatística) – Instituto de Matemática e Estatística, Universidade de São Paulo, São Paulo, 2017."
    )
    assert paper.venue is not None
    assert paper.venue.name == "Tese (Doutorado em Estatística), Universidade de São Paulo"


def test_an_argentine_harvard_cv_with_spanish_sections_and_legend() -> None:
    """Spanish sections: "Documentos de trabajo" are papers, "Presentaciones sin publicación en actas"
    are not; the legend "(*) Autores con igual contribución"; "(en evaluación)" in the year's place; a
    chapter "en Ledesma, R. y Sosa, L. (comps.) *Book*"; "Tesis de Maestría en Economía, Universidad"."""
    text = (
        "# Florencia B. Castagnino\n\n## 5. Publicaciones\n\n"
        "*Citas en formato Harvard. (\\*) Autores con igual contribución.*\n\n"
        "### 5.1. Artículos\n\n"
        "1. Ferreyra, M. J.\\*, Castagnino, F. B.\\* y Sosa, L. (2021) ‘Transferencias condicionadas y oferta"
        " laboral femenina’, Revista de Economía y Estadística, 59(1), pp. 9–41.\n"
        "2. Castagnino, F. B. y Paz, J. (en evaluación) ‘Informalidad y productividad en las pymes"
        " manufactureras argentinas’. Enviado a *Cuadernos de Economía*.\n"
        "3. Castagnino, F. B. (2020) ‘Política laboral y ciclo en la Argentina reciente’, en Ledesma, R. y"
        " Sosa, L. (comps.) *La economía argentina en el siglo XXI*. Córdoba: Editorial de la UNC,"
        " pp. 87–112.\n\n"
        "### 5.3. Documentos de trabajo\n\n"
        "4. Castagnino, F. B. y Paz, J. (2019) ‘Salario mínimo y empleo informal: evidencia con datos de"
        " panel’, Documento de Trabajo CEDLAS N° 245. La Plata: CEDLAS-UNLP.\n\n"
        "### 5.5. Tesis\n\n"
        "5. Castagnino, F. (2014) Medición de la informalidad laboral con la EPH continua. Tesis de Maestría"
        " en Economía, Universidad de San Andrés.\n\n"
        "### 5.6. Presentaciones sin publicación en actas\n\n"
        "- Castagnino, F. B. (2023) ‘Salarios y expectativas de inflación’, presentado en la LVIII Reunión"
        " Anual de la AAEP, Mendoza, noviembre.\n"
    )
    article, evaluated, chapter, working, thesis = _papers(text, "cv.md")
    assert [a.equal_contribution for a in article.authors] == [True, True, False]
    assert evaluated.title.startswith("Informalidad") and evaluated.status is Status.UNDER_REVIEW
    assert chapter.venue is not None and chapter.venue.name == "La economía argentina en el siglo XXI"
    assert working.venue is not None and working.venue.name.startswith("Documento de Trabajo CEDLAS")
    assert thesis.venue is not None
    assert thesis.venue.name == "Tesis de Maestría en Economía, Universidad de San Andrés"


def test_a_french_swiss_vancouver_cv_with_liquid_comments_and_a_footer() -> None:
    """An academicpages list in French: a Liquid `{% comment %}` block is no paper, nor is the footer
    "*Dernière mise à jour …*"; "au nom des investigateurs du groupe SAKK" is a note; "Rochat J-M#" is
    the owner, "#" corresponding by the legend; "119:1612–6" has no year; Vancouver names before a
    German chapter's "In: … (Hrsg.). *Book*. 5. Aufl. Stuttgart: Thieme"; a thesis's "Faculté de
    médecine, Université de Lausanne"."""
    text = (
        "---\ntitle: Publications\n---\n\n# Jean-Marc Rochat\n\n"
        "Mon nom est en **gras**. § = contribution égale ; # = auteur correspondant.\n\n"
        "## Articles\n\n"
        "1. Bühler T§, **Rochat JM**§, Meier-Abt A, au nom des investigateurs du groupe SAKK.\n"
        "   Neoadjuvant chemoradiotherapy with or without regional hyperthermia in rectal cancer.\n"
        "   *Lancet Oncol* 2021;22:1289–1298.\n\n"
        "2. Favre P, Lehmann S, Zaugg K, **Rochat J-M**#. Circulating tumour DNA for early detection of"
        " relapse in colon cancer. *J Clin Oncol* (2018) 36: 2201–2209.\n\n"
        "3. **Rochat JM**, Monnier A. Chimiothérapie intra-artérielle hépatique : expérience lausannoise de"
        " 42 cas. *Schweiz Med Wochenschr* 119:1612–6.\n\n"
        "{% comment %}\n4. Rochat JM, Zaugg K. Ten years of the Lausanne tumour board. Swiss Cancer Bulletin"
        " 2011.\n{% endcomment %}\n\n"
        "## Livres et chapitres\n\n"
        "5. **Rochat JM**, Zaugg K. Kolorektales Karzinom. In: Brunner U, Keller M (Hrsg.). *Kompendium"
        " Internistische Onkologie*. 5. Aufl. Stuttgart: Thieme; 2014. S. 310–328.\n\n"
        "## Thèse\n\n"
        "6. Rochat, Jean-Marc. *Toxicité hématologique du cisplatine chez le patient âgé.* Thèse de doctorat"
        " en médecine, Faculté de médecine, Université de Lausanne, 1981.\n\n"
        "---\n\n*Dernière mise à jour : septembre 2024. Les PDF sont disponibles sur demande.*\n"
    )
    trial, dna, old, chapter, thesis = _papers(text, "publications.md")
    assert trial.title.startswith("Neoadjuvant") and [a.name for a in trial.authors][-1] == "Meier-Abt A"
    owner = dna.authors[-1]
    assert (owner.name, owner.is_owner, owner.corresponding) == ("Rochat J-M", True, True)
    assert old.year is None
    assert (chapter.title, [a.name for a in chapter.authors]) == (
        "Kolorektales Karzinom",
        ["Rochat JM", "Zaugg K"],
    )
    assert chapter.venue is not None and chapter.venue.name == "Kompendium Internistische Onkologie"
    assert thesis.venue is not None
    assert thesis.venue.name == "Thèse de doctorat en médecine, Université de Lausanne"


@pytest.mark.parametrize(
    ("entry", "venue"),
    [
        (
            "PIRES, Luana. /Notícias em trânsito: o jornalismo nos ônibus do Rio de Janeiro/. 2012. 286 f."
            " Tese (Doutorado em Comunicação e Cultura) -- Escola de Comunicação, Universidade Federal do Rio"
            " de Janeiro, Rio de Janeiro, 2012.",
            "Tese (Doutorado em Comunicação e Cultura), Universidade Federal do Rio de Janeiro",
        ),
        (
            "Whitfield, E. Active gate driving of silicon carbide MOSFETs. PhD thesis, Power Electronics,"
            " Machines and Control Group, University of Nottingham, 2019.",
            "PhD thesis, University of Nottingham",
        ),
        (
            "Steinbauer K. Determinanten der Teilnahme am Mammographie-Screening in der Steiermark"
            " [Masterarbeit]. Graz: Medizinische Universität Graz; 2014.",
            "Masterarbeit, Medizinische Universität Graz",
        ),
        (
            "Vergara, Hernán. 1974. “Medición de la vida media del muón cósmico a nivel del mar.” Memoria de"
            " Título de Ingeniero Civil Físico, Universidad Técnica Federico Santa María.",
            "Memoria de Título de Ingeniero Civil Físico, Universidad Técnica Federico Santa María",
        ),
    ],
)
def test_theses_in_jemdoc_abnt_german_and_chilean_forms(entry: str, venue: str) -> None:
    """jemdoc's "--" (the first case, a jemdoc page) is an en dash (ABNT's "Tese (Doutorado em X) – Unit,
    University, Town"); a university's units before it go; "Masterarbeit" and Chile's "Memoria de Título
    de …" are theses."""
    page = f"= Publications\n\n- {entry}\n" if " -- " in entry else f"# Publications\n\n- {entry}\n"
    (thesis,) = _papers(page, "index.jemdoc" if " -- " in entry else "cv.md")
    assert thesis.venue is not None and thesis.venue.name == venue


def test_a_birth_name_given_atop_the_list_marks_the_owners_older_papers() -> None:
    """ "Papers before 2014 appear under my birth name *Kühn*": "Kühn S" is the owner on those papers."""
    text = (
        "# jemdoc: title{Publications -- Prof. Dr.-Ing. Sabine Vogelsang}\n= Sabine Vogelsang\n\n"
        "Papers before 2014 appear under my birth name *Kühn*.\n\n== Journal articles\n\n"
        ". Vogelsang S, Hartmann T. Radar-based respiration monitoring of preterm infants. IEEE Trans"
        " Biomed Eng. 2019;66(8):2201-10.\n"
        ". Kühn S, Lorenz P. A 24 GHz six-port radar for non-contact respiration sensing. IEEE Microw"
        " Wirel Compon Lett. 2013;23(4):214-6.\n"
    )
    recent, older = _papers(text, "index.jemdoc")
    assert [a.name for a in recent.authors if a.is_owner] == ["Vogelsang S"]
    assert [a.name for a in older.authors if a.is_owner] == ["Kühn S"]


def test_a_venue_element_holding_a_books_imprint_names_no_venue() -> None:
    """al-folio's periodical element of a book, "(2020) Recife: Editora UFPE. 312 p. ISBN …", is its
    imprint: no venue, and the imprint kept as the publisher."""
    page = (
        '<html><body><div class="publications"><ol class="bibliography">\n'
        + _al_folio_entry(
            "Análise de Regressão com R: teoria e aplicações",
            "<em>Menezes, R.O.</em> and Lima, P.H.",
            "(2020) Recife: Editora UFPE. 312 p. ISBN 978-65-5962-041-7.",
        )
        + "</ol></div></body></html>\n"
    )
    (book,) = _papers(page, "publications.html")
    assert (book.venue, book.year) == (None, 2020)
    assert "Editora UFPE" in dict(book.extra)["publisher"]


def test_a_greek_page_whose_owner_says_who_she_is_in_a_bio() -> None:
    """ "Είμαι η **Ελένη Μαυρογιάννη**, …" names the owner (a link's "Λήψη PDF" does not), is no paper;
    the English entries' "E. Mavrogianni" is her name in Latin letters (ELOT's "αυ" is "av")."""
    text = (
        '---\ntitle: "Βιογραφικό & Δημοσιεύσεις / CV & Publications"\n---\n\n'
        "Λήψη PDF\n\n"
        "Είμαι η **Ελένη Μαυρογιάννη**, ανεξάρτητη ερευνήτρια με έδρα την Αθήνα.\n\n"
        "## Δημοσιεύσεις / Publications\n\n"
        '1. **E. Mavrogianni** and N. Georgiou, "Linked open data in Greek academic libraries: a survey,"'
        " *Library Hi Tech*, vol. 42, no. 3, pp. 812–830, 2024.\n"
        "1. **Ε. Μαυρογιάννη** και Κ. Δημητρίου, «Η ψηφιοποίηση των τοπικών ιστορικών αρχείων στην Ελλάδα»,"
        " *QQML*, τόμ. 11, σσ. 301–318, 2022.\n"
    )
    bib = pubkit.loads(text, "cv", path="publications.md")
    assert bib.owner == "Ελένη Μαυρογιάννη"
    english, greek = bib.papers
    assert [a.is_owner for a in english.authors] == [True, False]
    assert [a.is_owner for a in greek.authors] == [True, False]


def test_a_polish_habilitation_list_in_word_html() -> None:
    """A Polish habilitation appendix: lettered bold sub-headings ("D. Prace przyjęte do druku") are no
    papers' titles; "Praca wysłana do redakcji" is a submitted paper's status; "w *Książka*" and
    "w Materiały … Zjazdu" open the venue; "III. Podsumowanie dorobku" (metrics) holds no papers."""
    text = (
        "<h1>WYKAZ OPUBLIKOWANYCH PRAC NAUKOWYCH</h1><h2>II. Wykaz publikacji</h2>\n"
        "<p><b>C. Rozdziały</b></p>\n"
        "<p>1. <b>Kaczmarek-Wilk, J.</b> Diagnostyka genetyczna chorób rzadkich u dzieci. w <i>Genetyka"
        " kliniczna w praktyce lekarskiej</i> (red. Nowak, P. &amp; Lewandowski, T.) 201–224 (PZWL, Warszawa,"
        " 2020).</p>\n"
        "<p><b>D. Prace przyjęte do druku i wysłane do redakcji</b></p>\n"
        "<p>2. Wiśniewska, K., <b>Kaczmarek-Wilk, J.</b> &amp; Lewandowski, T. A splicing-aware deep-learning"
        " model for the interpretation of intronic variants. Praca wysłana do redakcji <i>Nucleic Acids"
        " Res.</i> (w recenzji).</p>\n"
        "<p>3. <b>Kaczmarek, J.</b> &amp; Zając, A. Mozaikowość somatyczna u rodziców dzieci z zespołem"
        " Dravet. w Materiały XI Zjazdu Polskiego Towarzystwa Genetyki Człowieka, Poznań, 87 (2015).</p>\n"
        "<h2>III. Podsumowanie dorobku</h2>\n<p>Indeks Hirscha (Web of Science, 10.10.2024): 8</p>\n"
    )
    chapter, submitted, abstract = pubkit.loads(text, "cv", path="wykaz.html")
    assert chapter.title == "Diagnostyka genetyczna chorób rzadkich u dzieci"
    assert chapter.venue is not None and chapter.venue.name == "Genetyka kliniczna w praktyce lekarskiej"
    assert submitted.title.endswith("intronic variants")
    assert abstract.venue is not None and abstract.venue.name.startswith("Materiały XI Zjazdu")


def test_the_owner_bold_without_a_middle_word_and_named_on_a_field_line() -> None:
    """ "**Thu Ha Nguyen**" on Nguyen Thi Thu Ha's page is the owner (a word of the page's name left
    out); a text CV's "Name : Elif Nur AYDOĞAN" ends at its line, not at the next field's capitals."""
    page = (
        "<html><head><title>Nguyen Thi Thu Ha - Publications</title></head><body>\n"
        "<h1>Nguyen Thi Thu Ha</h1>\n"
        "<h2>Journal articles</h2>\n<ol>\n"
        "<li>Van Minh Tran, <b>Thu Ha Nguyen</b>, and Hoang Long Pham. 2022. Blockchain-based accounting"
        " information systems. <i>Journal of Asian Business</i> 29, 3 (2022), 181&ndash;199.</li>\n"
        "<li><b>Thu Ha Nguyen</b> and Kim Anh Do. 2022. Key audit matters and investor reactions."
        " <i>Asian Review of Accounting</i> 30, 4 (2022), 489&ndash;512.</li>\n</ol></body></html>\n"
    )
    papers = pubkit.loads(page, "cv", path="publications.html")
    assert [p.owner.name if p.owner else None for p in papers] == ["Thu Ha Nguyen", "Thu Ha Nguyen"]
    cv = (
        "Adı Soyadı / Name     : Elif Nur AYDOĞAN\n"
        "Unvan / Title         : Araştırma Görevlisi (Research Assistant)\n\n"
        "YAYINLAR / PUBLICATIONS\n\n"
        "A1. AYDOĞAN, Elif Nur; KAYA, Mehmet. Understanding continuance intention of\n"
        "    e-government services. Government Information Quarterly, 2023, 40.2: 101812.\n\n"
        "A4. AYDOĞAN, Elif Nur, KAYA, Mehmet and ERDEM, Ayşe. Process mining for\n"
        "    hospital outpatient workflows. Business Process Management Journal, 2022, 28.4: 1011-1030.\n\n"
        "C4. AYDOĞAN, Elif Nur. Gamification in e-learning environments. In: International Conference"
        " on\n    Information Systems and Technologies (ICIST). Antalya, 2021. p. 55-62.\n"
    )
    bib = pubkit.loads(cv, "cv", path="cv.txt")
    assert bib.owner == "Elif Nur AYDOĞAN"
    assert [[a.name for a in p.authors] for p in bib][1:] == [
        ["Elif Nur AYDOĞAN", "Mehmet KAYA", "Ayşe ERDEM"],  # (the item's label "A4." is no name's)
        ["Elif Nur AYDOĞAN"],
    ]
    assert all(p.authors[0].is_owner for p in bib)


def test_a_typst_abnt_list_with_places_dashes_and_a_corporate_editor() -> None:
    """ABNT in Typst: the town between the bold journal and "v." is a place, "art. 1893" no year,
    `--` a dash, a year sentence before a thesis's degree its date, and a body in capitals after "In:"
    the book's editor."""
    typ = (
        "= Publications\n\n"
        "+ SANTOS, R. M.; *VILLANUEVA, M. T. B.* Incidence of tuberculosis among household contacts in"
        " Quezon City. *BMC Public Health*, London, v. 22, art. 1893, 2022.\n"
        "+ DELA CRUZ, J. P. Field epidemiology training in the Philippines. In: WORLD HEALTH ORGANIZATION."
        " *Field Epidemiology Training Programmes in the Western Pacific*. Manila: WHO WPRO, 2017."
        " p. 45-58.\n"
        "+ VILLANUEVA, M. T. B. *Spatial epidemiology of dengue in Metro Manila, 2008-2011*. 2012."
        " Dissertation (PhD in Epidemiology) -- College of Public Health, University of the Philippines"
        " Manila, Manila, 2012.\n"
    )
    journal, chapter, thesis = pubkit.loads(typ, "cv", path="cv.typ")
    assert journal.venue is not None and journal.venue.name == "BMC Public Health"
    assert journal.year == 2022 and journal.fields.get("address") == "London"
    assert chapter.venue is not None
    assert chapter.venue.name == "Field Epidemiology Training Programmes in the Western Pacific"
    assert thesis.venue is not None and thesis.venue.publisher == "University of the Philippines Manila"
    assert thesis.venue.name.startswith("Dissertation (PhD in Epidemiology)") and thesis.year == 2012


def test_iso_690_meeting_book_and_town_and_turkish_and_vietnamese_theses() -> None:
    """ "In: 7. Ulusal … Kongresi. Erzurum, 2020.": the town goes; "Bildiriler Kitabı" (the meeting's
    book) is no part of its name; "Yüksek lisans tezi" and "Luận án Tiến sĩ" are theses."""
    meeting = pubkit.parse_reference(
        "ŞAHİN, Zeynep; AYDOĞAN, Elif Nur. E-ticaret sitelerinde karanlık örüntüler üzerine bir inceleme."
        " In: 7. Ulusal Yönetim Bilişim Sistemleri Kongresi. Erzurum, 2020. p. 301-308."
    )
    assert meeting.venue is not None and meeting.venue.name == "7. Ulusal Yönetim Bilişim Sistemleri Kongresi"
    book = pubkit.parse_reference(
        "AYDOĞAN, Elif Nur; KAYA, Mehmet. Açık veri portallarının kullanılabilirlik değerlendirmesi."
        " In: XXIV. Akademik Bilişim Konferansı. Bildiriler Kitabı. Ankara, 2022. p. 233-240."
    )
    assert book.venue is not None and book.venue.name == "XXIV. Akademik Bilişim Konferansı"
    thesis = pubkit.parse_reference(
        "AYDOĞAN, Elif Nur. Kamu e-hizmetlerinin benimsenmesinde güvenin rolü. Yüksek lisans tezi."
        " Ankara: Orta Doğu Teknik Üniversitesi, 2019."
    )
    assert thesis.title == "Kamu e-hizmetlerinin benimsenmesinde güvenin rolü"
    assert thesis.venue is not None and thesis.venue.kind is pubkit.VenueKind.THESIS


def test_styled_titles_first_reviews_and_finnish_editors() -> None:
    """A bold title read as names before the unstyled author is the title; a review's "Arvio teoksesta
    X: *Book*" sentence is a note; "toim." after the book's name opens its editors; jemdoc's venue
    first in italics, the title quoted after it."""
    rst = (
        "Aino Lehtinen\n=============\n\nKirjoitukset\n------------\n\n"
        "#. **Isoisoäidin kirjeet Amerikasta.** Aino Lehtinen. *Genos* 93 (2), 2022, 77–85.\n\n"
        "#. **Opettajattaren arki.** Aino Lehtinen. Arvio teoksesta Helena Saari: *Kansakoulun naiset*.\n"
        "   *Kasvatus & Aika* 15 (4), 2021, 120–122.\n\n"
        "#. **Muistitieto ja torpparikysymys: Hämeen kyläkirjat lähteinä.** Aino Lehtinen. Teoksessa\n"
        "   *Paikallishistorian uudet suunnat*, toim. Tiina Korhonen & Mikko Salo. Helsinki: SKS, 2023.\n"
    )
    letters, review, chapter = pubkit.loads(rst, "cv", path="index.rst")
    assert (letters.title, [a.name for a in letters.authors]) == (
        "Isoisoäidin kirjeet Amerikasta",
        ["Aino Lehtinen"],
    )
    assert review.title == "Opettajattaren arki"
    assert review.venue is not None and review.venue.name == "Kasvatus & Aika"
    assert chapter.venue is not None and chapter.venue.name == "Paikallishistorian uudet suunnat"
    jemdoc = (
        "= Publications\n\n"
        '- /Yearbook for Traditional Music/ 50 (2018), 133--154. "Archiving the kantele: Sound recordings,'
        ' ownership and the ethics of return." *S. Kivelä*.\n'
    )
    (paper,) = pubkit.loads(jemdoc, "cv", path="index.jemdoc")
    assert paper.title == "Archiving the kantele: Sound recordings, ownership and the ethics of return"
    assert paper.venue is not None and paper.venue.name == "Yearbook for Traditional Music"


def test_a_notion_callouts_legend_and_a_cvs_contact_row() -> None:
    """A Notion export's `<aside>` callout is text (its legend gives "†" its meaning); a CV's contact
    row with an e-mail address is no paper."""
    page = (
        "# Publicaciones\n\n<aside>\n📌 Última actualización: marzo 2024 · † = contribución igual (equal"
        " contribution)\n\n</aside>\n\n## Artículos\n\n"
        "1. Paz, J.† & **Rossi, M. L.**† Thermal performance of self-built housing. *Energy and Buildings*"
        " **285**, 112903 (2023).\n"
    )
    (paper,) = pubkit.loads(page, "cv", path="Publicaciones.md")
    assert [a.equal_contribution for a in paper.authors] == [True, True]
    cv = (
        "**Dr. PRIYANKA DESHMUKH**\n\n"
        "  ----------------- ------------------------------------------\n"
        "  **E-mail**        <priyanka.d@nitw.ac.in>\n"
        "  **Mobile**        +91-98xxxxxx21\n"
        "  ----------------- ------------------------------------------\n\n"
        "**A. Journal Papers**\n\n"
        "1.  [Priyanka Deshmukh]{.underline} and Ravi Kulkarni. 2023. Flood frequency under a changing"
        " climate. *Journal of Hydrology* 617, 128970.\n"
    )
    bib = pubkit.loads(cv, "cv", path="cv.md")
    assert [p.title for p in bib] == ["Flood frequency under a changing climate"]


def test_a_word_export_cv_in_spanish_title_first() -> None:
    """A Word export's heading name wrapped over two source lines ("Dra. Guadalupe Ramírez | Soto") is the
    owner; title-first chapters, "**Title**. <u>Owner</u>. En X y Y (coords.), <i>Book</i>": the names after
    "En" are the book's editors; "Memorias en extenso" and "Tesis" hold papers, "Talks (no proceedings)"
    none."""
    page = (
        "<html><body>\n<p class=MsoNormal><b><span>Dra. Guadalupe Ramírez\nSoto</span></b></p>\n"
        "<h2>Capítulos de libro</h2>\n"
        "<p class=MsoListParagraph>1. <b>La partería tradicional en la era de la\ncertificación</b>."
        " <u>Guadalupe Ramírez Soto</u>. En\nLeticia Domínguez Mora y Carlos Ruiz Pineda (coords.),"
        " <i>Salud intercultural\nen México</i>, México, CIESAS / INSP, 2023, pp.\n155-182.</p>\n"
        "<h2>Memorias en extenso</h2>\n"
        "<p class=MsoListParagraph>1. <b>Parteras y certificación</b>. <u>Guadalupe Ramírez Soto</u>."
        " En <i>Memorias del VI Congreso Mexicano de Antropología Social</i>, Mérida, 2020, pp. 45-52.</p>\n"
        "<h2>Talks (no proceedings)</h2>\n"
        "<p class=MsoListParagraph>1. <b>Agua y territorio</b>. Seminario Permanente, CIESAS, 2021.</p>\n"
        "</body></html>\n"
    )
    bib = pubkit.loads(page, "cv", path="cv.htm")
    assert bib.owner == "Guadalupe Ramírez Soto"
    assert [p.title for p in bib] == [
        "La partería tradicional en la era de la certificación",
        "Parteras y certificación",
    ]
    chapter = bib[0]
    assert [a.name for a in chapter.authors] == ["Guadalupe Ramírez Soto"] and chapter.authors[0].is_owner
    assert chapter.venue is not None and chapter.venue.name == "Salud intercultural en México"


def test_a_note_on_the_lists_style_is_no_paper() -> None:
    """A note in the list about the list itself (moderncv's "Numbering follows the Elsevier numeric style.
    Students I supervised are underlined.") is reported, not read as a paper."""
    tex = (
        "\\documentclass{moderncv}\n\\name{Julien}{Bouchard}\n\\begin{document}\n"
        "\\section{Publications}\n"
        "\\cvitem{}{\\small\\emph{Numbering follows the Elsevier numeric style. Students I supervised are"
        " underlined.}}\n"
        "\\cvitem{[1]}{J. Bouchard, A. Lee, Deep nets for cats, Pattern Recognit. 140 (2023) 109512.}\n"
        "\\end{document}\n"
    )
    bib = pubkit.loads(tex, "cv", path="cv.tex")
    assert [p.title for p in bib] == ["Deep nets for cats"]
    assert any(p.line == 5 for p in bib.problems)
    # (read with the owner's name, as a page naming its owner reads it: still a note, said so)
    from pubkit.reading.reader import _kind_of_no_paper

    note = pubkit.Paper(
        "Numbering follows the Elsevier numeric style. Students I supervised are underlined",
        (pubkit.Author("Julien Bouchard"),),
    )
    assert _kind_of_no_paper(note) == "a note on the list"
    assert _kind_of_no_paper(pubkit.Paper("Why I am not a Bayesian", (pubkit.Author("A. Lee"),))) is None


def test_numbered_source_lines_of_one_paragraph_are_entries() -> None:
    """Plain numbered lines that LaTeX joins into one paragraph (no `\\item`) are one entry per number, at
    its own line, a line without a number going on the entry above; lines whose numbers are no sequence
    stay one entry, and a warning says the others may be entries of their own."""
    head = "\\documentclass{article}\n\\begin{document}\n\\section{Publications}\n"
    tex = head + (
        "1. Kamaruddin N.A., Gimbang J. Sea, land and paperwork. Asian Ethnicity. 2024. Vol. 25.\n"
        "2. Kamaruddin N.A. Indigenous tourism and the state.\n"
        "   Tourism, Culture and Communication. 2024.\n"
        "3. Kamaruddin N.A. Ritual economies. Asian Studies Review. 2023. Vol. 47.\n\\end{document}\n"
    )
    bib = pubkit.loads(tex, "cv", path="cv.tex")
    assert [(p.source.line, p.title, p.year) for p in bib] == [
        (4, "Sea, land and paperwork", 2024),
        (5, "Indigenous tourism and the state", 2024),
        (7, "Ritual economies", 2023),
    ]
    assert bib[1].venue is not None and bib[1].venue.name == "Tourism, Culture and Communication"
    assert not bib.problems
    tex = head + (
        "1. Kamaruddin N.A., Gimbang J. Sea, land and paperwork. Asian Ethnicity. 2024. Vol. 25.\n"
        "5. Kamaruddin N.A. Indigenous tourism. Tourism, Culture and Communication. 2024.\n"
        "9. Kamaruddin N.A. Ritual economies. Indonesia and the Malay World. 2023.\n\\end{document}\n"
    )
    bib = pubkit.loads(tex, "cv", path="cv.tex")
    assert len(bib) == 1
    assert any("3 numbered lines read as one entry" in p.message and p.line == 4 for p in bib.problems)


def test_gen84_page_kinds() -> None:
    """A heading no word names over whole citations is their section, not a title taking them as its
    lines; Pandoc's `(@)` items are items; a paper printing the owner's other-script name family name
    first ("Фам К.Х." for Фам Куанг Хюи) is the owner's; APA's "Artigo e71245" after the volume."""
    page = (
        "<html><body><h1>Beatriz Correia</h1><h2>Atas de encontros científicos</h2>\n"
        "<p>Correia, B. A. (2023). Digitizing convent choirbooks: Metadata challenges. In <i>Proceedings of"
        " the 10th International Conference on Digital Libraries for Musicology</i> (pp. 88–92). ACM.</p>\n"
        "<p>Correia, B. A. (2022). A música no Convento do Calvário de Évora: Primeiros resultados. In"
        " <i>Atas do Encontro Nacional de Investigação em Música</i> (pp. 45–53). SPIM.</p>\n"
        "<p>Correia, B. A. (2022). “Tocar para Deus”: As bandas filarmónicas no Alentejo. <i>Música"
        " Hodie</i>, <i>22</i>, Artigo e71245.</p>\n</body></html>\n"
    )
    bib = pubkit.loads(page, "cv", path="cv.html")
    assert [p.source.line for p in bib] == [2, 3, 4]
    assert bib[2].venue is not None and bib[2].venue.name == "Música Hodie"
    md = (
        "# A. N. Okonkwo-Bello\n\n## Journal articles\n\n"
        "(@) Okonkwo-Bello, A. N. & Oyebanji, S. Surgical robotics in Africa: a scoping review. *J. Robot."
        " Surg.* **17**, 1745--1756 (2023).\n\n"
        "(@) Eze, C. C. et al. Telepresence robots on isolation wards. *BMJ Open* **12**, e058213 (2022).\n"
    )
    bib = pubkit.loads(md, "cv", path="cv.md")
    assert [[a.name for a in p.authors] for p in bib] == [
        ["A. N. Okonkwo-Bello", "S. Oyebanji"],
        ["C. C. Eze"],
    ]
    rst = (
        "===============================\nPhạm Quang Huy · Фам Куанг Хюи\n===============================\n\n"
        "Publications\n------------\n\n"
        "1. Фам К.Х., Гусева Н.В. Геохимические особенности гранитоидов // Известия Томского"
        " политехнического университета. – 2024. – Т. 335, № 4. – С. 112–124.\n\n"
        "2. Pham Q.H., Tran T.H. Fluid inclusion constraints on the Pac Lang gold deposit // Ore Geology"
        " Reviews. – 2024. – Vol. 168. – Art. 106042.\n"
    )
    bib = pubkit.loads(rst, "cv", path="cv.rst")
    assert [[a.is_owner for a in p.authors] for p in bib] == [[True, False], [True, False]]


def test_gen86_page_kinds() -> None:
    """A legend written "* --- equal contribution" (Pandoc's dashes) and "advisees are marked with ‡"; the
    owner printed "Mendoza Jr., A.R." and "Mendoza, A.R. Jr."; the owner's name in Cyrillic on a Latin
    page ("Сантьяго Р. М." for Santiago R. M.)."""
    md = (
        "# Antonio R. Mendoza Jr.\n\nNames of my graduate advisees are marked with ‡; \\* --- equal"
        " contribution.\n\n## Journal articles\n\n"
        "1. Mendoza Jr., A.R., Dela Peña, M.C.‡, Quiambao, R.L.: Projected changes in extreme rainfall over"
        " Luzon. J. Hydrol. Reg. Stud. **52**, 101702 (2024).\n"
        "2. Quiambao, R.L.\\*, Mendoza, A.R. Jr.\\*, Bautista, E.G.: Baseflow separation in the Laguna de Bay"
        " watersheds. Hydrol. Sci. J. **68**(9), 1244–1259 (2023).\n"
    )
    bib = pubkit.loads(md, "cv", path="cv.md")
    assert [[a.is_owner for a in p.authors] for p in bib] == [[True, False, False], [False, True, False]]
    assert [a.equal_contribution for a in bib[1].authors] == [True, True, False]
    assert not bib.problems
    gost = (
        "# Rafael M. Santiago\n\n## Publications\n\n"
        "1. Santiago R. M., Lim J. A. TagaloGLUE: a benchmark for Filipino // Language Resources and"
        " Evaluation. --- 2025. --- Vol. 59. --- P. 211--240.\n"
        "2. Santiago R. M., Petrov A. V. Zero-shot inflection for Philippine languages // Natural Language"
        " Engineering. --- 2023. --- Vol. 29. --- P. 1--20.\n"
        "3. Сантьяго Р. М., Кузнецова Д. С. Автоматическое выделение аффиксов в тагальском языке //"
        " Компьютерная лингвистика. --- 2022. --- Вып. 21. --- С. 512--521.\n"
    )
    bib = pubkit.loads(gost, "cv", path="cv.md")
    assert [[a.is_owner for a in p.authors] for p in bib] == [[True, False]] * 3


def test_venue_line_over_the_names_and_the_title() -> None:
    """A CV's "\\\\textbf{Journal}, 2023, 44(9):3512--3527.\\\\\\\\" over "Names. Title.":
    the styled name on the line with the year is the venue, the inverted names end at their initials'
    full stop, the title is what follows (however the labeller swapped them); a thesis's line holds its
    institution."""
    tex = (
        "\\documentclass{article}\n\\begin{document}\n\\section*{Publications}\n\\begin{enumerate}\n"
        "\\item \\textbf{Human Brain Mapping}, 2023, 44(9):3512--3527.\\\\\n"
        "Aydın, S., Erdoğan, Z.G., Demirtaş, K. Resting-state thalamocortical connectivity in migraine.\n"
        "\\item \\textbf{NeuroImage}, 2019, 197:457--469.\\\\\n"
        "Erdoğan, Z.G., Möller, H.E., Weber, M. Vascular space occupancy imaging of attention.\n"
        "\\item \\textbf{MSc Thesis}, Hacettepe Üniversitesi, 2011.\\\\\n"
        "Erdoğan, Z.G. EEG sinyallerinden artefakt giderimi için bağımsız bileşen analizi.\n"
        "\\end{enumerate}\n\\end{document}\n"
    )
    bib = pubkit.loads(tex, "cv", path="cv.tex")
    assert [(p.title, p.venue.name if p.venue else None, p.year) for p in bib][:2] == [
        ("Resting-state thalamocortical connectivity in migraine", "Human Brain Mapping", 2023),
        ("Vascular space occupancy imaging of attention", "NeuroImage", 2019),
    ]
    assert [a.name for a in bib[1].authors] == ["Z.G. Erdoğan", "H.E. Möller", "M. Weber"]
    thesis = bib[2]
    assert thesis.title.startswith("EEG sinyallerinden") and thesis.year == 2011
    assert thesis.venue is not None and thesis.venue.kind is pubkit.VenueKind.THESIS


def test_gen87_page_kinds() -> None:
    """Papers in a meeting's book under a section its words call talks ("Ponencias en congresos con
    referato") are read, a starred one too; "**2024** · Names": the dot is none of the names; a legend
    "† = co-primera autoría"; edited books and chapters after the year and the dot."""
    md = (
        "# Javiera Contreras Millalén\n\n† = co-primera autoría.\n\n"
        "## Ponencias en congresos con referato\n\n"
        "1. Ferreyra ME, Paz L. Algorithmic decision-making in social benefit allocation: lessons from"
        " Argentina. In: *Proceedings of the 30th Americas Conference on Information Systems (AMCIS)*;"
        " 2024; Salt Lake City, UT. Paper 1473.\n\n"
        "2. ★ Ferreyra ME, Bustos Ledesma C. Firma digital y expediente electrónico: tensiones entre"
        " normativa y práctica. In: *Memorias de las 52 JAIIO*; 2023; Buenos Aires, Argentina:112-125.\n\n"
        "## Artículos\n\n"
        "- **2025** · Painemal Huenchual, Rodrigo†, Javiera Contreras Millalén† y Sarah Whitmore."
        " «Territorios de conservación y disputas por el borde costero». *Estudios Atacameños* 70.\n"
        '- **En prensa** · Contreras-Millalén, Javiera. "Kinship at Sea: Salmon Farming and Moral Debt".'
        " *Journal of Latin American and Caribbean Anthropology*.\n"
        "- **2021** · Contreras Millalén, Javiera y Felipe Aravena Olivares (eds.). *Mar adentro: etnografías"
        " del litoral chileno*. Valdivia: Ediciones UACh.\n"
        "- **2024** · Contreras Millalén, Javiera. «Salmon frontiers: debt and kinship in Chiloé». En:"
        " Whitmore, S. y Kaplan, D. (eds.), *Oceans of Extraction: Anthropologies of the Blue Economy*."
        " Londres: Routledge, pp. 88-107.\n"
    )
    bib = pubkit.loads(md, "cv", path="cv.md")
    assert [p.source.line for p in bib][:2] == [7, 9]
    painemal, kinship, edited, chapter = bib[2:]
    assert [(a.name, a.equal_contribution) for a in painemal.authors][:2] == [
        ("Rodrigo Painemal Huenchual", True),
        ("Javiera Contreras Millalén", True),
    ]
    assert [a.name for a in kinship.authors] == ["Javiera Contreras-Millalén"]
    assert kinship.status is pubkit.Status.ACCEPTED
    assert (edited.title, edited.venue) == ("Mar adentro: etnografías del litoral chileno", None)
    assert [a.name for a in edited.authors] == ["Javiera Contreras Millalén", "Felipe Aravena Olivares"]
    assert chapter.venue is not None
    assert chapter.venue.name == "Oceans of Extraction: Anthropologies of the Blue Economy"


def test_a_journals_papers_under_a_section_its_words_call_teaching() -> None:
    """Teaching cases published in a journal ("*Emerald Emerging Markets Case Studies*, *13*(2)") are
    papers, though "Teaching" names no publications; a patent's "(2023)" is no volume and issue."""
    md = (
        "# R. Motaung\n\n## Journal articles\n\n"
        "1. **Motaung, R.** (2022). Stokvels and savings. *South African Journal of Business Management*,"
        " *53*(1), 1–12.\n\n"
        "### Teaching cases\n\n"
        "1. **Motaung, R.**, & Mahlangu, B. (2023). Mama Thandi's Kota Kitchen: Scaling a township food"
        " business during load shedding. *Emerald Emerging Markets Case Studies*, *13*(2).\n\n"
        "### Patents\n\n"
        "1. **Motaung, R.** Method of pooling savings in a mobile wallet. US 11,234,567 B2 (2023).\n"
    )
    bib = pubkit.loads(md, "cv", path="cv.md")
    assert [p.title for p in bib] == [
        "Stokvels and savings",
        "Mama Thandi's Kota Kitchen: Scaling a township food business during load shedding",
    ]


def test_venue_line_then_a_names_line_then_a_quoted_title() -> None:
    """ "**IEEE Transactions on Power Systems**, 39(2):2841--2853, 2024.\\\\" over the names ("J. De Clercq°,
    M. Lambrechts, **H. Verhaeghe**") on a line of their own, over the quoted title."""
    md = (
        "# H. Verhaeghe\n\n## Journal articles\n\n"
        "1.  **IEEE Transactions on Power Systems**, 39(2):2841--2853, 2024.\\\n"
        "    J. De Clercq, M. Lambrechts, **H. Verhaeghe**\\\n"
        '    "Chance-constrained scheduling of offshore hybrid interconnectors in\n'
        '    the North Sea"\n\n'
        "2.  **Applied Energy**, 355:122234, 2024.\\\n"
        "    L. Vandaele, T. Lefèvre, **H. Verhaeghe**\\\n"
        '    "Flexibility from residential heat pumps under dynamic tariffs: a\n'
        '    Belgian field study"\n'
    )
    bib = pubkit.loads(md, "cv", path="cv.md")
    assert [(p.title, p.venue.name if p.venue else None) for p in bib] == [
        (
            "Chance-constrained scheduling of offshore hybrid interconnectors in the North Sea",
            "IEEE Transactions on Power Systems",
        ),
        (
            "Flexibility from residential heat pumps under dynamic tariffs: a Belgian field study",
            "Applied Energy",
        ),
    ]
    assert [a.name for a in bib[0].authors] == ["J. De Clercq", "M. Lambrechts", "H. Verhaeghe"]


def test_a_bold_venue_the_title_ran_into_is_the_venue_whole() -> None:
    """ABNT in moderncv: "… with 412 basins. \\\\textbf{Journal of Hydrology: Regional Studies}, v. 48": the
    bold run after the title's full stop is the venue from its first word (its colon is the name's)."""
    tex = (
        "\\documentclass{moderncv}\n\\begin{document}\n\\section{Publications}\n"
        "\\cvitem{[A1]}{SUNDQVIST, I.; BORGES, L. T. Snowmelt timing shifts and spring flood risk in"
        " regulated rivers. \\textbf{Hydrology Research}, v. 55, n. 2, p. 201-219, 2024.}\n"
        "\\cvitem{[A2]}{SUNDQVIST, I. Uncertainty in low-flow indices for ungauged Swedish catchments: a"
        " regionalisation experiment with 412 basins. \\textbf{Journal of Hydrology: Regional Studies},"
        " v. 48, 101462, 2023.}\n\\end{document}\n"
    )
    paper = pubkit.loads(tex, "cv", path="cv.tex")[1]
    assert paper.title.endswith("a regionalisation experiment with 412 basins")
    assert paper.venue is not None and paper.venue.name == "Journal of Hydrology: Regional Studies"


def test_report_sections_in_german_and_french_posters_with_printed_abstracts_and_double_surnames() -> None:
    """ "Projekt- und Atelierberichte / rapports d'atelier" holds publications (reports), a poster whose
    abstract is printed "In: Book of Abstracts" is read under a "Poster" heading, and the owner printed
    "R. A. Cervantes-Villaseñor" and "R. A. Cervantes Villaseñor" is one person, on most papers."""
    text = (
        "## Projekt- und Atelierberichte / rapports d'atelier\n\n"
        "1. ABADIE, Chloé ; **BENKIRANE, Inès**: Montreuil, quartier de la Boissière : diagnostic / École"
        " d'Urbanisme de Paris. Champs-sur-Marne, 2022\n"
        "2. **BENKIRANE, Inès**: Atlas des friches logistiques du Val-de-Marne. Créteil : Conseil"
        " départemental, 2021\n\n"
        "## Poster\n\n"
        "3. **BENKIRANE, Inès** ; DEVAUX, Arthur: Walkability around Grand Paris Express stations (Poster)."
        " In: Book of Abstracts, AESOP Young Academics Conference. Dortmund, 2023\n"
    )
    papers = pubkit.loads(text, "cv", path="readme.md")
    assert len(papers) == 3
    owner = pubkit.loads(
        "## Artículos\n\n"
        '[1] R. A. Cervantes-Villaseñor, M. J. Ibarra, and L. E. Quiroz, "Sleeve gastrectomy in Mexican'
        ' patients," *Obes. Surg.*, vol. 34, pp. 411–420, 2024.\n\n'
        '[2] A. Sánchez-Ortega, R. A. Cervantes Villaseñor, and D. Montiel, "Fluorescence cholangiography'
        ' in difficult cholecystectomy," *Surg. Endosc.*, vol. 37, pp. 6890–6898, 2023.\n\n'
        '[3] R. A. Cervantes Villaseñor and F. J. Echeverría, "Interval cholecystectomy in mild biliary'
        ' pancreatitis," *Cir. Cir.*, vol. 91, pp. 455–463, 2023.\n\n'
        '[4] M. J. Ibarra and R. A. Cervantes-Villaseñor, "Hernia repair outcomes in a referral centre,"'
        " *Hernia*, vol. 26, pp. 1–9, 2022.\n",
        "cv",
        path="publicaciones.md",
    )
    assert all(p.owner is not None for p in owner)


def test_portuguese_and_spanish_cv_sections_and_bold_titled_reviews() -> None:
    """ "Comunicações" (talks) and "Docência" (teaching) hold no papers, "Comunicações … com publicação
    em atas" does; "Formación" and "Trayectoria" are a CV's; a bold title-first review, "**Recensão de
    *Book*, de Author.** Reviewer. *Journal*", keeps its reviewer, and "**Title.** Names. *Working
    Papers do ICS*" its series as the venue."""
    text = (
        "## Recensões\n\n"
        "- **Recensão de *O Bairro e o Mundo*, de Ana Rita Lourenço.** Inês Carvalho Mourão. *Etnográfica*,"
        " 26(3): 801–804, 2022.\n\n"
        "## Working papers\n\n"
        "- **Realojar sem ouvir? Participação e habitação em Loures.** Inês Carvalho Mourão. *Working Papers"
        " do ICS*, WP 2023/04. Lisboa: ICS-ULisboa, 2023.\n\n"
        "## Comunicações (seleção)\n\n"
        "- «Esperar a casa», painel *Housing Futures*, EASA 2024, Barcelona, 23–26 julho 2024.\n\n"
        "## Docência e outras atividades\n\n"
        "- Membro da APA — Associação Portuguesa de Antropologia (rede *Anthropology of Housing*).\n"
    )
    review, paper = pubkit.loads(text, "cv", path="publicacoes.md")
    assert review.title == "Recensão de O Bairro e o Mundo, de Ana Rita Lourenço"
    assert [a.name for a in review.authors] == ["Inês Carvalho Mourão"]
    assert paper.title == "Realojar sem ouvir? Participação e habitação em Loures"
    assert paper.venue is not None and paper.venue.name == "Working Papers do ICS"
    from pubkit.reading.reader import _section_kind

    assert _section_kind("Comunicações em congressos com publicação em atas") is True
    assert _section_kind("Formación académica") is False and _section_kind("Trayectoria") is False


def test_the_owner_printed_with_one_more_leading_initial() -> None:
    """ "**Chowdhury MTA**" on a page naming its owner "Tanvir Ahmed Chowdhury" (a "Md." the page leaves
    out): the highlighted name with the owner's family name and initials after one more is the owner."""
    text = (
        '<html><head><title>Publications | Tanvir Ahmed Chowdhury</title><meta property="og:site_name"'
        ' content="Tanvir Ahmed Chowdhury"/></head><body><p>Tanvir Ahmed Chowdhury</p><h2>Publications</h2>'
        "<p><i># Equal contribution; * Corresponding author.</i></p>"
    ) + "".join(
        f"<p>{k}. <b>Chowdhury MTA</b>, Akter S, Rahman MM*. Genomic survey number {k} of Salmonella from"
        f" poultry in Bangladesh. <i>Microb Genom</i>. 202{k};{k}(2):e00{k}.</p>"
        for k in range(1, 5)
    )
    text += "<p>5. <b>Chowdhury TA</b>, Nabi MR. Dengue serotypes in Dhaka. <i>Virus Res</i>. 2019;1:e1.</p>"
    papers = pubkit.loads(text, "cv", path="publications.html")
    assert len(papers) == 5 and all(p.owner is not None for p in papers)


def test_a_turkish_cv_sections_and_its_talks() -> None:
    """A Turkish academic CV (YÖK's layout): "ESERLER" (works) over lettered sections whose long headings
    end with the noun and a list of indexes ("… yayımlanan makaleler (SCI, SCI-E, SSCI, AHCI)"), books'
    chapters ("kitaplarda bölümler") and theses ("Tezler") hold papers; invited talks ("DAVETLİ
    KONUŞMALAR (bildiri metni yok)", no paper printed) do not."""
    entry = (
        "{n}. Elif Karataş, Hakan Öztürk ve Ahmet Yıldırım. 202{n}. Study number {n} of bovine mastitis in"
        " Kars. Veterinary Microbiology 26{n}, 1{n}9.\n\n"
    )
    text = (
        "ÖZGEÇMİŞ\n\nElif Karataş\n\n3. ESERLER\n\n"
        "A. Uluslararası hakemli dergilerde yayımlanan makaleler (SCI, SCI-E, SSCI, AHCI)\n\n"
        + "".join(entry.format(n=n) for n in range(1, 4))
        + "F. Ulusal kitaplarda bölümler\n\n"
        + entry.format(n=4)
        + "G. Tezler\n\n"
        + "G1. Elif Karataş. 2015. Sığır mastitislerinden izole edilen suşlar. Doktora Tezi. Atatürk"
        " Üniversitesi, Erzurum.\n\n"
        + "4. DAVETLİ KONUŞMALAR (bildiri metni yok)\n\n"
        + '- "Mastitiste antimikrobiyal direnç: sahadan laboratuvara", Türk Veteriner Hekimleri Birliği'
        " Kars Şubesi, Mart 2024.\n"
    )
    bib = pubkit.loads(text, "cv", path="ozgecmis.txt")
    assert len(bib) == 5, [p.title for p in bib]
    assert not any("Mastitiste" in (p.title or "") for p in bib)


def test_czech_korean_and_french_cv_sections_and_talks_without_proceedings() -> None:
    """Czech CV sections ("Publikace", "Články v časopisech", "Kapitoly v knihách", "Kvalifikační práce")
    and French status sections ("Sous presse / soumis") hold papers; "Vzdělání", "Výuka", "Přednášky (bez
    publikace)", Korean "학력", "경력", "학술대회 발표", French "Formation", "Interventions" and German
    "Vorträge und Poster (ohne Tagungsband)" do not ("학술대회 발표논문" does)."""
    from pubkit.reading.reader import _section_kind

    for heading in (
        "Publikace",
        "Články v časopisech",
        "Kapitoly v knihách",
        "Kvalifikační práce",
        "Sous presse / soumis",
        "학술대회 발표논문",
    ):
        assert _section_kind(heading) is True, heading
    for heading in (
        "Vzdělání a praxe",
        "Výuka",
        "Přednášky (bez publikace)",
        "학력",
        "경력",
        "학술대회 발표 (최근)",
        "Vorträge und Poster (Auswahl, ohne Tagungsband)",
        "Formation",
        "Interventions (sélection)",
    ):
        assert _section_kind(heading) is False, heading


def test_fields_parted_by_bars() -> None:
    """A home-made style, "Names | Title | *Journal* | 2024": each bar ends a field as a full stop does."""
    text = (
        "<h2>Publications</h2><ul>"
        + "".join(
            f"<li>Xiaofeng Wang, Hao Chen | Minimum wages and firm automation number {k}: evidence from"
            f" Chinese manufacturing | <em>Journal of Development Economics</em> | 202{k}</li>"
            for k in range(1, 4)
        )
        + "</ul>"
    )
    papers = list(pubkit.loads(text, "cv", path="pubs.html"))
    assert [p.title for p in papers] == [
        f"Minimum wages and firm automation number {k}: evidence from Chinese manufacturing"
        for k in range(1, 4)
    ]
    assert all(p.venue is not None and p.venue.name == "Journal of Development Economics" for p in papers)
    assert [[a.name for a in p.authors] for p in papers] == [["Xiaofeng Wang", "Hao Chen"]] * 3


def test_owner_under_a_vietnamese_title_or_glossed_in_latin_letters() -> None:
    """ "TS. Trần Thị Thu Hà" atop an org CV is the owner without the title "TS." (Tiến sĩ), printed
    "Tran, T.T.H." in the papers; a Chinese group page's "王晓峰" with "Wang Xiaofeng, Ph.D." under it is
    the owner printed "Xiaofeng Wang"."""
    org = (
        "* TS. Trần Thị Thu Hà\n\n** Công trình công bố\n\n"
        "1. Tran, T.T.H. và Brandt, H. (2025) 'Mixed-layer heat budget of the South Vietnam upwelling',"
        " /Progress in Oceanography/.\n\n"
        "2. Phan, M.T., Tran, T.T.H. và Lê, Q.K. (2023) 'Chlorophyll-a response to tropical cyclones',"
        " /Regional Studies in Marine Science/, 62, 102943.\n"
    )
    bib = pubkit.loads(org, "cv", path="cv.org")
    assert [p.owner.name if p.owner else None for p in bib] == ["T.T.H. Tran", "T.T.H. Tran"]
    html = (
        "<html><body><div><a href='/'>首页</a> | <a href='/p'>发表论文</a></div><h1>王晓峰</h1>"
        "<p>Wang Xiaofeng, Ph.D.</p><p>教授，博士生导师</p><h2>发表论文</h2><ol>"
        + "".join(
            f"<li><b>Single-atom sites number {k} on MOF nanosheets for CO2 photoreduction</b><br>"
            f"Yuchen Li, Hao Zhang, Xiaofeng Wang✉<br><i>J. Am. Chem. Soc.</i> <b>202{k}</b>, 146,"
            f" 88{k}.</li>"
            for k in range(1, 4)
        )
        + "</ol></body></html>"
    )
    papers = list(pubkit.loads(html, "cv", path="pubs.html"))
    assert [p.owner.name if p.owner else None for p in papers] == ["Xiaofeng Wang"] * 3


def test_an_inline_legend_among_the_names_keeps_their_comma() -> None:
    """ "Анна Соколова†, Павел Морозов† († — равный вклад), Ирина Белова.": the legend inside the list of
    names goes, the comma after it still parts the last two names."""
    text = (
        "Публикации\n==========\n\n"
        "* **Детекция сгенерированных текстов на русском языке: корпус и базовые модели.**\n"
        "  Анна Соколова†, Павел Морозов† († — равный вклад), Ирина Белова.\n"
        "  Компьютерная лингвистика и интеллектуальные технологии, вып. 23.\n"
    )
    (paper,) = pubkit.loads(text, "cv", path="cv.rst")
    assert [(a.name, a.equal_contribution) for a in paper.authors] == [
        ("Анна Соколова", True),
        ("Павел Морозов", True),
        ("Ирина Белова", False),
    ]
