"""Lists that leave the owner's name out of the entries (mathematicians', economists' and
philosophers' pages: "*Title* (with X), Journal"), as old hand-written homepages lay them out:
layout-table rows with a bullet cell, `<br>`-separated numbered lines, names with letters after them."""

from __future__ import annotations

import pubkit

LAYOUT_TABLE = """<html><head><title>Daniel R. Abernathy - Research</title></head><body>
<table border="0" width="720">
<tr><td colspan="2"><b>Daniel R. Abernathy</b><br>Professor of Economics</td></tr>
<tr><td colspan="2"><b>Publications</b></td></tr>
<tr>
<td width="20" valign="top"><font size="2">&#149;</font></td>
<td width="700"><font size="2"><a href="a.pdf">&quot;Adaptive Learning and the Great Moderation&quot;</a><br>
(with Lucia Bertolini)<br>
<i>American Economic Review</i>, 95(4), September 2005, 1187-1210.</font></td>
</tr>
<tr>
<td width="20" valign="top"><font size="2">&#149;</font></td>
<td width="700"><font size="2"><a href="b.pdf">&quot;Robust Taylor Rules under Model Uncertainty&quot;</a><br>
<i>Review of Economic Studies</i> 71, 2004, 821-852.</font></td>
</tr>
</table></body></html>
"""


def test_a_layout_table_row_with_a_bullet_cell_is_the_entry_in_the_next_cell() -> None:
    """A row's first cell holding only a bullet ("•") is decoration: the entry is the next cell, read
    with the owner the page names and the co-authors of its "(with …)" line."""
    bib = pubkit.loads(LAYOUT_TABLE, "cv", path="research.html")
    by_title = {p.title: p for p in bib}
    assert set(by_title) == {
        "Adaptive Learning and the Great Moderation",
        "Robust Taylor Rules under Model Uncertainty",
    }
    first = by_title["Adaptive Learning and the Great Moderation"]
    assert [a.name for a in first.authors] == ["Daniel R. Abernathy", "Lucia Bertolini"]
    assert first.authors[0].is_owner and first.year == 2005
    assert first.venue is not None and first.venue.name == "American Economic Review"
    alone = by_title["Robust Taylor Rules under Model Uncertainty"]
    assert [a.name for a in alone.authors] == ["Daniel R. Abernathy"] and alone.year == 2004


NUMBERED_LINES = """<html><head><title>François Delacroix</title></head><body>
<h2>Fran&ccedil;ois Delacroix</h2>
<h3>Papers in refereed journals</h3>
<p>
14. <i>Cuspidal unipotent characters and Harish-Chandra series</i> (with G. Malleson and
J. Ortu&ntilde;o), J. Algebra <b>242</b> (2001), 112-149.<br>
13. <i>Perfect isometries and the Alperin weight conjecture</i> (with R. Kessar-Lindt),
Math. Z. <b>233</b> (2000), 451-478.<br>
12. <i>Derived equivalences for blocks with dihedral defect groups</i>,
J. Reine Angew. Math. <b>495</b> (1998), 63-91.<br>
</p>
</body></html>
"""


def test_br_separated_lines_numbered_in_sequence_are_one_entry_each() -> None:
    """A paragraph whose `<br>` lines count down "14.", "13.", "12." holds three entries, even though
    none prints its author (the owner): each line is read alone, with its number."""
    bib = pubkit.loads(NUMBERED_LINES, "cv", path="math.html")
    assert [p.title for p in bib] == [
        "Cuspidal unipotent characters and Harish-Chandra series",
        "Perfect isometries and the Alperin weight conjecture",
        "Derived equivalences for blocks with dihedral defect groups",
    ]
    assert [p.year for p in bib] == [2001, 2000, 1998]
    assert [[a.name for a in p.authors] for p in bib][1] == ["François Delacroix", "R. Kessar-Lindt"]
    assert all(p.authors[0].is_owner for p in bib)


def test_lines_that_only_start_with_numbers_out_of_sequence_stay_one_entry() -> None:
    """A wrapped entry whose second line happens to open with a number ("12. …" after "3. …") is no
    sequence: the paragraph is not cut there."""
    page = (
        "<html><body><h3>Publications</h3><p>3. Ann Lee and Bo Chen. <i>Deep nets for cats</i>.<br>\n"
        "12. Workshop on Cats, Nature, 2020.</p></body></html>"
    )
    bib = pubkit.loads(page, "cv", path="p.html")
    assert len(bib) == 1 and bib[0].title == "Deep nets for cats"


POST_NOMINALS = """<HTML><HEAD><TITLE>Dr Andrew Pemberton MD FRCP - Selected Publications</TITLE></HEAD>
<BODY>
<H3>Selected Publications</H3>
<OL>
<LI><B>Pemberton AJ</B>, Rasmussen K, Sever PS. Blood pressure lowering in diabetic subjects with left
ventricular hypertrophy. <I>Diabetes Care</I> 2001;24:1020-5.
<LI>Rasmussen K, <B>Pemberton AJ</B>. Ambulatory blood pressure and target organ damage. <I>J Hypertens</I>
1999;17:1187-93.
</OL></BODY></HTML>
"""


def test_a_title_naming_the_owner_with_letters_after_the_name() -> None:
    """ "Dr Andrew Pemberton MD FRCP" names Andrew Pemberton: the fellowship letters are no name, and
    the Vancouver "Pemberton AJ" of the entries is the owner."""
    bib = pubkit.loads(POST_NOMINALS, "cv", path="pubs.html")
    assert bib.owner is not None and "FRCP" not in bib.owner
    assert [[a.is_owner for a in p.authors] for p in bib] == [[True, False, False], [False, True]]


YEAR_COLUMN = """<HTML><BODY><P><B>Hans-Peter Kr&ouml;ger</B></P>
<P><B>Publications (selected)</B></P>
<TABLE BORDER="0" WIDTH="95%">
<TR>
  <TD VALIGN="top" WIDTH="8%"><B>2006</B></TD>
  <TD VALIGN="top">M. Lindqvist, H.-P. Kr&ouml;ger and S. Okafor,<BR>
  <I>Spin-charge separation in quasi-one-dimensional cuprate ladders</I>,<BR>
  Phys. Rev. B <B>73</B>, 045112 (2006).</TD>
</TR>
<TR>
  <TD VALIGN="top" WIDTH="8%">&nbsp;</TD>
  <TD VALIGN="top">H.-P. Kr&ouml;ger,<BR>
  <I>Renormalization group approach to the two-leg Hubbard ladder revisited</I>,<BR>
  J. Phys.: Condens. Matter <B>18</B>, 2231 (2006).</TD>
</TR>
</TABLE>
<P><B>Preprints</B></P>
<TABLE BORDER="0" WIDTH="95%">
<TR>
  <TD VALIGN="top" WIDTH="8%">&nbsp;</TD>
  <TD VALIGN="top">M. Lindqvist and H.-P. Kr&ouml;ger,<BR>
  <I>Entanglement entropy of critical spin ladders</I>,<BR>
  cond-mat/0705233.</TD>
</TR>
</TABLE></BODY></HTML>
"""


def test_a_year_column_cell_opens_its_row_and_a_bare_old_arxiv_id_is_the_preprints_venue() -> None:
    """A row whose first cell is the year ("2006" over the citation) reads as a year-first entry; a
    pre-2007 arXiv id printed bare ("cond-mat/0705233") is the identifier, the venue is arXiv and the
    year is the id's when none is printed."""
    bib = pubkit.loads(YEAR_COLUMN, "cv", path="pubs.html")
    first, second, preprint = bib
    assert first.title == "Spin-charge separation in quasi-one-dimensional cuprate ladders"
    assert [a.name for a in first.authors] == ["M. Lindqvist", "H.-P. Kröger", "S. Okafor"]
    assert (first.year, first.venue and first.venue.name) == (2006, "Phys. Rev. B")
    assert second.title.startswith("Renormalization group approach") and second.year == 2006
    assert preprint.identifiers.arxiv == "cond-mat/0705233"
    assert (preprint.venue and preprint.venue.name, preprint.year) == ("arXiv", 2007)


LAB_MEMBERS_IN_BOLD = """<HTML><HEAD><TITLE>Hargrove Lab - Publications</TITLE></HEAD><BODY>
<P><B>Publications</B></P>
<P>Lab members in <B>bold</B>; * denotes equal contribution.</P>
<P>24. <B>Ramirez, L. A.</B>*, <B>K. Oyelaran</B>*, and J. T. Hargrove. 2008. Pollinator network rewiring
following experimental species removal. <I>Ecology Letters</I> 11:564-575.</P>
<P>23. Hargrove, J. T., and <B>M. Szab&oacute;</B>. 2008. Do floral rewards track climate? A 40-year
herbarium record. <I>American Journal of Botany</I> 95:1120-1131.</P>
<P>22. Hargrove, J. T. 2006. Bumble bee foraging ranges in agricultural landscapes. <I>Journal of Applied
Ecology</I> 43:901-909.</P>
</BODY></HTML>
"""


def test_a_legend_setting_lab_members_in_bold_keeps_bold_from_naming_the_owner() -> None:
    """ "Lab members in bold": the bold names are the PI's students, so the owner is the author the
    entries share (Hargrove), never the most often bold name; "*" still marks equal contribution."""
    bib = pubkit.loads(LAB_MEMBERS_IN_BOLD, "cv", path="pubs.html")
    assert [[a.is_owner for a in p.authors] for p in bib] == [[False, False, True], [True, False], [True]]
    assert [a.equal_contribution for a in bib[0].authors] == [True, True, False]


ORG_LIST = """#+TITLE: Mehmet E. Yıldız -- Publications
#+OPTIONS: toc:nil num:nil

* Journal and conference papers

1. Near-optimal cell-probe lower bounds for dynamic connectivity [with L. Abramov and S. Patel].
   In /STOC 2015/, pages 113--122.
2. Succinct data structures for range mode queries [joint work with C. Moreau].
   /Algorithmica/ 78(2):451--478, 2017.
"""


def test_a_title_parted_by_a_double_dash_names_the_owner_and_bracketed_with_notes_name_coauthors() -> None:
    """ "Name -- Publications" names the owner; "[with X and Y]" and "[joint work with X]" after a title
    are the co-authors of the owner's paper, not words of its title."""
    bib = pubkit.loads(ORG_LIST, "cv", path="pubs.org")
    assert bib.owner == "Mehmet E. Yıldız"
    assert [p.title for p in bib] == [
        "Near-optimal cell-probe lower bounds for dynamic connectivity",
        "Succinct data structures for range mode queries",
    ]
    assert [a.name for a in bib[0].authors] == ["Mehmet E. Yıldız", "L. Abramov", "S. Patel"]
    assert [a.name for a in bib[1].authors] == ["Mehmet E. Yıldız", "C. Moreau"]


def test_a_documents_own_author_names_the_owner() -> None:
    """LaTeX's `\\author{}` and org's `#+AUTHOR:` name the owner even under a title such as "List of
    publications"."""
    latex = r"""\documentclass{article}
\title{List of publications}
\author{Ilse Vanderstraeten}
\begin{document}
\maketitle
\section*{Articles in refereed journals}
\begin{enumerate}
\item \emph{Heat kernel bounds on supercritical Galton--Watson trees}, Electron. J. Probab.
  \textbf{21} (2016), 1--31.
\item \emph{Mixing times of the interchange process on expanders} (with M.~Okoye),
  Ann. Probab. \textbf{51} (2015), 1212--1240.
\end{enumerate}
\end{document}
"""
    bib = pubkit.loads(latex, "cv", path="pubs.tex")
    assert bib.owner == "Ilse Vanderstraeten"
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Ilse Vanderstraeten"],
        ["Ilse Vanderstraeten", "M. Okoye"],
    ]
    org = ORG_LIST.replace(
        "#+TITLE: Mehmet E. Yıldız -- Publications", "#+TITLE: Publications\n#+AUTHOR: Mehmet E. Yıldız"
    )
    assert pubkit.loads(org, "cv", path="pubs.org").owner == "Mehmet E. Yıldız"


HEP_TH = """Tomás Q. Villarreal — List of publications
==========================================

In all entries "—" stands for myself.

Refereed articles
=================

#. L. Ferraro, T. Hoshino and —, "Holographic entanglement entropy and the extended phase
   space of AdS black holes," *JHEP* **1504** (2015) 118, arXiv:1412.5521 [hep-th].
#. —, "Higher-spin fields on the fuzzy sphere," *Phys. Rev. D* **88** (2013) 065021,
   arXiv:1306.2214 [hep-th].
"""


def test_a_dash_among_the_authors_stands_for_the_owner() -> None:
    """hep-th lists write the owner as "—" ("L. Ferraro, T. Hoshino and —"; "—, Title"): the owner,
    where the dash stands (three dashes or more are still the authors of the entry before)."""
    bib = pubkit.loads(HEP_TH, "cv", path="pubs.rst")
    assert bib.owner == "Tomás Q. Villarreal"
    assert [[(a.name, a.is_owner) for a in p.authors] for p in bib] == [
        [("L. Ferraro", False), ("T. Hoshino", False), ("Tomás Q. Villarreal", True)],
        [("Tomás Q. Villarreal", True)],
    ]


def test_a_with_sentence_after_the_title_names_the_coauthors() -> None:
    """ "Title. With A. B. Cruz and P. Nakashima. *J. Number Theory* …": the sentence names the
    co-authors of the owner's paper; the title ends before it."""
    page = """<html><head><title>Mihai Constantinescu</title></head><body><h1>Mihai Constantinescu</h1>
<h3>Papers</h3><ul>
<li>On the distribution of Gauss sums over function fields. With A. B. Cruz and P. Nakashima.
<i>J. Number Theory</i> 185 (2018), 1&ndash;27.</li>
<li>Moments of quadratic Dirichlet L-functions over rational function fields. <i>Int. Math. Res. Not.
IMRN</i> 2016, no. 14, 4201&ndash;4240.</li>
</ul></body></html>"""
    first, second = pubkit.loads(page, "cv", path="p.html")
    assert first.title == "On the distribution of Gauss sums over function fields"
    assert [a.name for a in first.authors] == ["Mihai Constantinescu", "A. B. Cruz", "P. Nakashima"]
    assert [a.name for a in second.authors] == ["Mihai Constantinescu"]


def test_a_page_saying_authors_are_alphabetical_places_the_owner_by_name() -> None:
    """ "Authors are listed alphabetically": the owner an entry leaves out stands where the family name
    sorts among the co-authors, not first."""
    text = ORG_LIST.replace(
        "#+OPTIONS: toc:nil num:nil\n", "#+OPTIONS: toc:nil num:nil\n\nAuthors are listed alphabetically.\n"
    )
    bib = pubkit.loads(text, "cv", path="pubs.org")
    assert [a.name for a in bib[0].authors] == ["L. Abramov", "S. Patel", "Mehmet E. Yıldız"]
    assert [a.name for a in bib[1].authors] == ["C. Moreau", "Mehmet E. Yıldız"]
    assert all(p.owner is not None for p in bib)


def test_a_coauthors_line_and_a_single_authored_line_under_a_bold_title() -> None:
    """ "Coauthors: Jonas Eriksen, Yuki Tanabe" under a title names the owner's co-authors (the key is no
    name); "Single-authored, job market paper" is the owner's alone and no words of the title."""
    text = """# Friederike Mahlberg

## Working Papers

- **Inflation Expectations of Firms: Survey Evidence from Germany**\\
  Coauthors: Jonas Eriksen, Yuki Tanabe\\
  Revise & resubmit, *Review of Economic Studies*
- **Household Debt Overhang and the Slow Recovery**\\
  Single-authored, job market paper, 2017
"""
    first, second = pubkit.loads(text, "cv", path="cv.md")
    assert first.title == "Inflation Expectations of Firms: Survey Evidence from Germany"
    assert [a.name for a in first.authors] == ["Friederike Mahlberg", "Jonas Eriksen", "Yuki Tanabe"]
    assert second.title == "Household Debt Overhang and the Slow Recovery"
    assert [a.name for a in second.authors] == ["Friederike Mahlberg"]


def test_a_two_word_family_name_before_two_given_names_is_the_owner_not_two_people() -> None:
    """ "**Quispe Mamani, Ana Lucía** (2019): *Title*": on Ana Lucía Quispe Mamani's page, one author."""
    page = """<html><head><title>Ana Lucía Quispe Mamani</title></head><body><h1>Ana Lucía Quispe Mamani</h1>
<h2>Artículos</h2><ul>
<li><strong>Quispe Mamani, Ana Lucía</strong> (2019): «La evidencialidad en el quechua sureño».
<em>Lexis</em> 43 (1), 5-38.</li>
<li><strong>Quispe Mamani, Ana Lucía</strong> y Martín Cárdenas Huamán (2018): «Mirativity in Andean
Spanish: corpus evidence». <em>Journal of Pragmatics</em> 130, 56-71.</li>
</ul></body></html>"""
    first, second = pubkit.loads(page, "cv", path="p.html")
    assert [(a.name, a.is_owner) for a in first.authors] == [("Ana Lucía Quispe Mamani", True)]
    assert [a.name for a in second.authors] == ["Ana Lucía Quispe Mamani", "Martín Cárdenas Huamán"]


def test_polish_degrees_before_a_name_and_a_polish_list_heading() -> None:
    """ "Dr inż. Tomasz Wiśniewski" names Tomasz Wiśniewski; "WYKAZ OPUBLIKOWANYCH PRAC NAUKOWYCH" is
    a publication section's heading, never the owner."""
    text = """WYKAZ OPUBLIKOWANYCH PRAC NAUKOWYCH

Dr inż. Tomasz Wiśniewski

1. Wiśniewski T., Nowak A. Wpływ temperatury na wytrzymałość spoin. Przegląd Spawalnictwa, 2021, 93(4),
   12-19.
"""
    bib = pubkit.loads(text, "cv", path="cv.txt")
    assert bib.owner == "Tomasz Wiśniewski"
    assert bib[0].authors[0].is_owner


def test_a_book_under_contract_is_accepted_not_a_venue() -> None:
    paper = pubkit.parse_reference(
        "Brandt, Sofie. The Archive and the Ark: Salvage Ethnography in the Dutch Caribbean. Under contract "
        "with Oxford University Press."
    )
    assert paper.title == "The Archive and the Ark: Salvage Ethnography in the Dutch Caribbean"
    assert paper.status is pubkit.Status.ACCEPTED


def test_a_theses_institution_is_its_publisher_too() -> None:
    paper = pubkit.parse_reference(
        "Plotkin, G. D. (1971). Automatic Methods of Inductive Inference. Ph.D. thesis, Edinburgh University."
    )
    assert paper.venue is not None and paper.venue.kind is pubkit.VenueKind.THESIS
    assert paper.venue.publisher == "Edinburgh University"


def test_an_edited_volume_naming_its_editors_after_the_title() -> None:
    """ "*Pellegrini e reliquie …*, a cura di G. Benedetti e M. Ferreri, Roma, Carocci, 2020": the
    volume's editors are its authors; an essay's italic title stops before "in *Book*"."""
    text = """# Giulia Benedetti

## Curatele

1. *Pellegrini e reliquie nel Mediterraneo medievale*, a cura di G. Benedetti e M. Ferreri, Roma,
   Carocci, 2020.

## Saggi in volume

1. G. Benedetti, *Vescovi e mercanti nella Genova del XII secolo*, in *Chiesa e città nell’Italia
   medievale*, a cura di R. Lanfranchi, Firenze, Firenze University Press, 2015, pp. 201-229.
"""
    volume, essay = pubkit.loads(text, "cv", path="cv.md")
    assert volume.title == "Pellegrini e reliquie nel Mediterraneo medievale"
    assert [a.name for a in volume.authors] == ["G. Benedetti", "M. Ferreri"] and volume.year == 2020
    assert essay.title == "Vescovi e mercanti nella Genova del XII secolo"


def test_coauthor_notes_on_a_page_that_names_no_owner() -> None:
    """An economist's page that prints only co-authors ("Title" (with X and Y)) and never its owner's
    name: the note's "with" is no part of the first co-author, and a single-authored entry is read
    without authors (with a caveat), not lost."""
    page = (
        '+++\ntitle = "Research"\n+++\n\n## Publications\n\n'
        '* "Mobile Money and Household Risk Sharing" (with Anand Bhattacharya and Léa Fournier), '
        "*Journal of Development Economics*, 2022, 155: 102811.\n"
        '* "Minimum Wages and the Informal Sector," *American Economic Journal: Applied Economics*, 2021, '
        "13(2): 88–121.\n"
        '* "Rainfall Shocks and Remittances" (with Matthias Ziegler), *Economic Journal*, 2018, '
        "128: 2240–2271.\n"
    )
    bib = pubkit.loads(page, "cv", path="research.md")
    assert [[a.name for a in p.authors] for p in bib] == [
        ["Anand Bhattacharya", "Léa Fournier"],
        [],
        ["Matthias Ziegler"],
    ]
    assert [p.severity.value for p in bib.problems] == ["warning"]


def test_welsh_particles_and_hceres_labels() -> None:
    """ "ap Rhys, S." is one name (Welsh "ap", as "van"); HCERES's `\\item[ACTI2]` is a key of the CV's
    own numbering, no part of the entry."""
    tex = (
        "\\section{ACTI -- Communications avec actes}\n\\begin{itemize}\n"
        "\\item[ACTI2] ap Rhys, S. and Morgan, T. (2021). Coastal squeeze in Wales. "
        "\\textit{Proceedings of the Coastal Dynamics Conference}, 112--120.\n\\end{itemize}\n"
    )
    (paper,) = pubkit.loads(tex, "cv", path="cv.tex")
    assert [a.name for a in paper.authors] == ["S. ap Rhys", "T. Morgan"]
    assert paper.title == "Coastal squeeze in Wales"


def test_bold_titles_before_coauthor_notes_and_the_owner_in_the_description() -> None:
    """al-folio's page: the owner named in the front matter's `description:`; "**Shadow Banks and the
    Transmission of Monetary Policy** (with X and Y\\*)" then the venue's line: the bold run is the title
    (its "and" no names' separator) and the note ends at its bracket."""
    page = (
        "---\nlayout: page\ntitle: research\n"
        "description: Hyun-Woo Cho — Associate Professor of Finance\n---\n\n"
        "<sup>\\*</sup> PhD student co-author.\n\n### Refereed Journal Articles\n\n"
        "1. **Shadow Banks and the Transmission of Monetary Policy** (with Ananya Krishnamurthy and "
        "Oluwaseun Bakare\\*)  \n   *Review of Financial Studies*, 2022, 35(9): 4102–4150.\n"
        "2. **ESG Rating Disagreement and the Cost of Capital** (with Mei-Ling Tsai\\* and "
        "Giovanni De Luca)  \n"
        "   *Management Science*, forthcoming.\n"
    )
    first, second = pubkit.loads(page, "cv", path="research.md")
    assert first.title == "Shadow Banks and the Transmission of Monetary Policy"
    assert [a.name for a in first.authors] == ["Hyun-Woo Cho", "Ananya Krishnamurthy", "Oluwaseun Bakare"]
    assert [a.name for a in second.authors] == ["Hyun-Woo Cho", "Mei-Ling Tsai", "Giovanni De Luca"]
    assert second.venue is not None and second.venue.name == "Management Science"


def test_coauthor_notes_in_norwegian_and_other_languages() -> None:
    """ "(sammen med Ingrid Bakke Lunde) «Title»": Norwegian's "together with" opens a co-author note, as
    "insieme a", "razem z" and "samen met" do."""
    page = (
        "<html><head><title>Publikasjoner | Halvor Brekke</title></head><body><h2>Artikler</h2><ul>"
        "<li>(sammen med Ingrid Bakke Lunde) «Jordskifteretten og tvisteløsning om bruksrett», "
        "<em>Tidsskrift for Rettsvitenskap</em> 2019 s. 201–240.</li>"
        "<li>«Hevd og alders tids bruk», <em>Lov og Rett</em> 2017 s. 3–20.</li></ul></body></html>"
    )
    first, second = pubkit.loads(page, "cv", path="p.html")
    assert [a.name for a in first.authors] == ["Halvor Brekke", "Ingrid Bakke Lunde"]
    assert first.title == "Jordskifteretten og tvisteløsning om bruksrett"
    assert [a.name for a in second.authors] == ["Halvor Brekke"]


def test_an_economists_revise_and_resubmit_section_holds_papers() -> None:
    """ "## Revise & Resubmit", "R&R", "Under Revision": an economist's sections of papers, read as the
    sections of published ones are (they were skipped, unreported)."""
    page = (
        "# Hyun-Woo Cho\n\n## Refereed Articles\n\n"
        "1. **Hyun-Woo Cho**. Dealer Balance Sheets and Liquidity. *Journal of Finance*, 2018, 53: 1-20.\n\n"
        "## Revise & Resubmit\n\n"
        "1. **Hyun-Woo Cho** and Ananya Krishnamurthy. Collateral Scarcity and Repo Spreads. R&R at "
        "*Review of Financial Studies*, 2024.\n"
    )
    bib = pubkit.loads(page, "cv", path="cv.md")
    assert [p.title for p in bib] == [
        "Dealer Balance Sheets and Liquidity",
        "Collateral Scarcity and Repo Spreads",
    ]


def test_year_led_paragraphs_that_never_print_the_owner() -> None:
    """A humanist's Google Sites page: one `<p>` per entry led by "2022 —" or "Forthcoming —", the owner
    never printed; a book with its imprint and page count and a nomination, a special issue she
    guest-edited "(guest ed., with X)", an edited volume "(ed., with X)" and a venue in brackets."""
    page = (
        "<html><head><title>Astrid Nygaard</title></head><body><h1>Astrid Nygaard</h1>"
        "<h2>Publications</h2><h3>Monograph</h3>"
        "<p>2021 — Skogens stemmer. Økopoetiske lesninger av nyere lyrikk. Oslo: Universitetsforlaget. "
        "212 s. Nominert til Brageprisen 2021 (sakprosa)</p>"
        "<h3>Edited volumes</h3>"
        "<p>2022 — “Arctic Ecopoetics”, special issue of Nordlit 49 (guest ed., with Siri Haug). Link</p>"
        "<p>2020 — Lyrikk og landskap (ed., with Odd Lie). Bergen: Fagbokforlaget. 240 s.</p>"
        "<h3>Articles</h3>"
        "<p>Forthcoming — “Lichens and Lyric Time”. Ibsen Studies 24 (2), 2025.</p>"
        "<p>Under review — “Moss Poetics in Inger Christensen” (Scandinavian Studies).</p>"
        "<p>2023 — “Forest Elegies in Norwegian Poetry”. Scandinavian Studies 95 (1): 12–35. DOI</p>"
        "</body></html>"
    )
    book, issue, edited, forthcoming, review, article = pubkit.loads(page, "cv", path="p.html")
    assert all(p.authors[0].name == "Astrid Nygaard" for p in (book, issue, edited, forthcoming, article))
    assert (book.venue, [a.name for a in book.awards]) == (None, ["Nominert til Brageprisen 2021 (sakprosa)"])
    assert (issue.title, issue.venue and issue.venue.name) == ("Arctic Ecopoetics", "Nordlit")
    assert [a.name for a in issue.authors] == ["Astrid Nygaard", "Siri Haug"]
    assert (edited.title, [a.name for a in edited.authors]) == (
        "Lyrikk og landskap",
        ["Astrid Nygaard", "Odd Lie"],
    )
    assert (forthcoming.title, forthcoming.status.value) == ("Lichens and Lyric Time", "accepted")
    assert review.venue is not None and review.venue.name == "Scandinavian Studies"
    assert article.venue is not None and article.venue.name == "Scandinavian Studies"
