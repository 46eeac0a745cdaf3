"""Where a citation's parts end, read through `parse_reference`: Vancouver's names before a title that
opens like a name, AMA's editors before their book, a meeting's place and days in other languages."""

from __future__ import annotations

import pytest

import pubkit
from pubkit.reading.tokens import Token


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Ferreira MC, Kowalczyk J, Adeyemi O, Rahimi S. Hepatitis C cascade of care among people who "
            "inject drugs. J Infect Dis. 2023;227(4):512-520.",
            ["Ferreira MC", "Kowalczyk J", "Adeyemi O", "Rahimi S"],
            "Hepatitis C cascade of care among people who inject drugs",
        ),
        (
            "Ferreira MC, Baptiste RL, Okonjo-Hale T, Mensah AA. Injectable PrEP acceptability among "
            "cisgender women. AIDS Behav. 2022;26:1-9.",
            ["Ferreira MC", "Baptiste RL", "Okonjo-Hale T", "Mensah AA"],
            "Injectable PrEP acceptability among cisgender women",
        ),
        (  # initials first: no Vancouver list, the rule stays out of it
            "Y. Tanaka-Reyes, M. Osei, and K. Lindgren. “Enclave Shadows: Attacks on Confidential VMs,” "
            "in Proc. USENIX Security, 2024.",
            ["Y. Tanaka-Reyes", "M. Osei", "K. Lindgren"],
            "Enclave Shadows: Attacks on Confidential VMs",
        ),
    ],
)
def test_vancouver_names_end_at_the_last_initials_stop(text: str, authors: list[str], title: str) -> None:
    paper = pubkit.parse_reference(text)
    assert [a.name for a in paper.authors] == authors
    assert paper.title == title


def test_amas_editors_before_the_book_are_no_part_of_the_venue() -> None:
    paper = pubkit.parse_reference(
        "Ferreira MC, Okafor N. HIV prevention in women. In: Mayer KH, Seage GR, eds. Principles of HIV "
        "Prevention. 2nd ed. New York: Springer; 2021:211-230."
    )
    assert paper.venue is not None and paper.venue.name == "Principles of HIV Prevention"


@pytest.mark.parametrize(
    ("printed", "name", "acronym"),
    [
        (
            "18th World Conference on Earthquake Engineering (18WCEE), Milan, İtalya, 30 Haziran - 05 Temmuz",
            "18th World Conference on Earthquake Engineering",
            "18WCEE",
        ),
        (
            "Uluslararası Deprem Mühendisliği ve Sismoloji Konferansı, Ankara, Türkiye, 8 - 11 Ekim",
            "Uluslararası Deprem Mühendisliği ve Sismoloji Konferansı",
            None,
        ),
    ],
)
def test_a_meetings_place_and_days_in_turkish_are_no_part_of_its_name(
    printed: str, name: str, acronym: str | None
) -> None:
    paper = pubkit.parse_reference(f'Yıldız M., Şahin E., "Deprem tehlikesi analizi", {printed} 2024.')
    assert paper.venue is not None
    assert (paper.venue.name, paper.venue.acronym) == (name, acronym)
    assert paper.year == 2024


MATH_CV = r"""\documentclass{article}
\begin{document}
\section*{Ilse Vandermeer}
\subsection*{Publications}
\begin{enumerate}
\item \emph{A Kato smoothing estimate on asymptotically conic manifolds}, Proc. Amer. Math. Soc.
 \textbf{150} (2022), no.~11, 4801--4815.
\item \emph{Limiting absorption principle for periodic operators on $\mathbb{Z}^d$}, J. Spectr. Theory
 \textbf{9} (2019), no.~4, 1351--1387.
\item (joint with A. Brandt-Sousa and J. Lindqvist) \emph{Wave operators for fractional Schr\"odinger
 operators}, J. Funct. Anal. \textbf{284} (2023), 109823.
\end{enumerate}
\end{document}
"""


def test_an_italic_title_opening_a_math_entry_is_the_title_and_its_venue_follows() -> None:
    """AMS's "\\emph{Title}, Journal": the italic run that opens the entry is the title (its first words
    are no "A. Kato"), the abbreviated journal after its comma the venue (no "J. Spectr" author), and
    "(joint with X and Y)" names the owner's co-authors."""
    first, second, third = pubkit.loads(MATH_CV, "cv", path="cv.tex")
    assert first.title == "A Kato smoothing estimate on asymptotically conic manifolds"
    assert [a.name for a in first.authors] == ["Ilse Vandermeer"]
    assert second.venue is not None and second.venue.name == "J. Spectr. Theory"
    assert [a.name for a in second.authors] == ["Ilse Vandermeer"]
    assert [a.name for a in third.authors] == ["Ilse Vandermeer", "A. Brandt-Sousa", "J. Lindqvist"]
    assert third.title == "Wave operators for fractional Schrödinger operators"


@pytest.mark.parametrize(
    "text",
    [
        'A. Nakashima-Hart (on behalf of the ATLAS Collaboration), "Searches for vector-like quarks at '
        'ATLAS," J. Phys. Conf. Ser. 2438, 012055 (2023).',
        'A. Nakashima-Hart, for the ATLAS Collaboration, "Searches for vector-like quarks at ATLAS," '
        "J. Phys. Conf. Ser. 2438, 012055 (2023).",
    ],
)
def test_a_speaker_for_a_collaboration_keeps_the_group_out_of_the_title(text: str) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.title == "Searches for vector-like quarks at ATLAS"
    assert [a.name for a in paper.authors] == ["A. Nakashima-Hart"]


BIO_TABLE = """# Hannah Oduya, PhD

## Publications

| Year | Title | Authors | Journal | Links |
|------|-------|---------|---------|-------|
| 2025 | Apical constriction waves drive otic vesicle invagination | Abara T, **Oduya H** | *Development* \
152(4):dev204311 | [DOI](https://doi.org/10.1242/dev.204311) |
| 2024 | A toolkit of tagged junctional proteins | Lindqvist E, **Oduya H** | *eLife* 13:RP94412 \
| [DOI](https://doi.org/10.7554/eLife.94412) |
"""


def test_an_article_number_with_letters_is_no_part_of_the_journal() -> None:
    """A table's journal cell "*Development* 152(4):dev204311": the volume, issue and article number
    (letters and all) are no part of the journal's name."""
    first, second = pubkit.loads(BIO_TABLE, "cv", path="cv.md")
    assert first.venue is not None and first.venue.name == "Development"
    assert second.venue is not None and second.venue.name == "eLife"


ADS_LIST = """T. N. Okonjo -- Publications (from NASA ADS)

REFEREED PUBLICATIONS

 1. Okonjo, T. N., Haverkamp, L., & Brandstetter, M. 2025, ApJ, 979, 88
    The Mass-Metallicity Relation of Ultra-Faint Dwarf Galaxies from Keck/DEIMOS
    Spectroscopy of Resolved Red Giants
    2025ApJ...979...88O   doi:10.3847/1538-4357/ad9f21   arXiv:2410.11234

 2. Okonjo, T. N. & Villalobos, C. 2024, AJ, 167, 211
    A Homogeneous Catalog of Blue Horizontal Branch Stars in the Outer Halo
    2024AJ....167..211O   doi:10.3847/1538-3881/ad3a4c
"""


def test_an_ads_list_names_the_journal_after_the_year_and_the_title_below() -> None:
    """AAS as ADS prints it: "Names 2025, ApJ, 979, 88", the title on the lines below, then the bibcode
    (no field) and the identifiers; the arXiv id is no venue."""
    first, second = pubkit.loads(ADS_LIST, "cv", path="ads.txt")
    assert first.title == (
        "The Mass-Metallicity Relation of Ultra-Faint Dwarf Galaxies from Keck/DEIMOS Spectroscopy of "
        "Resolved Red Giants"
    )
    assert first.venue is not None and first.venue.name == "ApJ"
    assert (first.volume, first.pages, first.year) == ("979", "88", 2025)
    assert first.identifiers.doi == "10.3847/1538-4357/ad9f21"
    assert second.title == "A Homogeneous Catalog of Blue Horizontal Branch Stars in the Outer Halo"
    assert second.venue is not None and second.venue.name == "AJ"


@pytest.mark.parametrize(
    ("text", "authors", "title", "venue"),
    [
        (
            "Ní Bhriain, Aoife. to appear. Lenition and the left edge of the phonological phrase. "
            "Journal of Celtic Linguistics 25.",
            ["Aoife Ní Bhriain"],
            "Lenition and the left edge of the phonological phrase",
            "Journal of Celtic Linguistics",
        ),
        (
            "Smith, John. In press. A theory of mutation. Language 100.",
            ["John Smith"],
            "A theory of mutation",
            "Language",
        ),
    ],
)
def test_a_status_where_the_year_would_be_is_the_status(
    text: str, authors: list[str], title: str, venue: str
) -> None:
    """USSL's "Name. to appear. Title. Journal": the status stands in the year's place; the given name
    before it is the name's, the sentence after it the title."""
    paper = pubkit.parse_reference(text)
    assert [a.name for a in paper.authors] == authors
    assert paper.title == title
    assert paper.venue is not None and paper.venue.name == venue
    assert paper.status is pubkit.Status.ACCEPTED


PDF_TEXT_CV = """Thi Hoa Nguyen

Publications

 [7]  T. H. Nguyen. “Proton conduction pathways in BaZrO3 grain boundaries”. In: Chem-
      istry of Materials 35.9 (2023), pp. 3555–3566.

 [8]  T. H. Nguyen and L. Brännström. “Self-
      supervised potentials for oxide ion conductors”. In: Journal of Physical Chemistry
      Letters 14.21 (2023), pp. 4980–4987.
"""


def test_a_word_a_pdfs_line_end_cut_is_whole_again() -> None:
    """pdftotext keeps the hyphen of a word cut at a line end ("Chem-" / "istry"): the word is joined
    without it when the records use the whole word, and with it for a compound ("Self-supervised")."""
    first, second = pubkit.loads(PDF_TEXT_CV, "cv", path="cv.txt")
    assert first.venue is not None and first.venue.name == "Chemistry of Materials"
    assert second.title == "Self-supervised potentials for oxide ion conductors"


def test_an_arxiv_marker_is_no_venue_when_a_journal_follows() -> None:
    paper = pubkit.parse_reference(
        "P. Mahlangu, T. H. Nguyen, and K. W. Sørensen. “Foundation models for solid electrolytes: how far "
        "does fine-tuning go?” 2025. arXiv: 2509.11873 [cond-mat.mtrl-sci]. Under review at Nature "
        "Communications."
    )
    assert paper.venue is not None and paper.venue.name == "Nature Communications"
    assert paper.identifiers.arxiv == "2509.11873"
    assert paper.status is pubkit.Status.UNDER_REVIEW


def test_an_irish_family_name_of_several_words_is_one_name() -> None:
    paper = pubkit.parse_reference(
        "Breatnach, Liam & Mac Giolla Phádraig, Siobhán. 2021. Verb movement in Irish. Celtica 33. 1–20."
    )
    assert [a.name for a in paper.authors] == ["Liam Breatnach", "Siobhán Mac Giolla Phádraig"]
    assert paper.authors[1].family == "Mac Giolla Phádraig"


def test_a_preprint_server_naming_its_doi_is_the_venue() -> None:
    paper = pubkit.parse_reference(
        "T. H. Nguyen, L. Brännström, and A. Castellanos. “OxideBench: a benchmark of DFT reaction energies "
        "for oxide catalysis”. 2025. ChemRxiv: 10.26434/chemrxiv-2025-7hq2r."
    )
    assert paper.venue is not None and paper.venue.name == "ChemRxiv"
    assert paper.identifiers.doi == "10.26434/chemrxiv-2025-7hq2r"


def test_apa_preprint_server_after_the_preprint_mark_is_the_venue() -> None:
    paper = pubkit.parse_reference(
        "Nguyen, H. T., & **Lattimore, K. M.** (2025). *Machine learning prediction of postpartum "
        "readmission using EHR data* [Preprint]. medRxiv. https://doi.org/10.1101/2025.02.11.25322041"
    )
    assert paper.venue is not None and paper.venue.name == "medRxiv"
    assert paper.status is pubkit.Status.PREPRINT
    other = pubkit.parse_reference(
        "Lee, A. (2024). *Cats and dogs* [Preprint]. PsyArXiv. https://doi.org/10.31234/x"
    )
    assert other.venue is not None and other.venue.name == "PsyArXiv"


def test_esa_chapter_the_sentence_after_the_editors_is_the_book() -> None:
    paper = pubkit.parse_reference(
        "Thornbury, R. L., and T. Nakagawa. 2024. Grasslands in a drier world. Pages 211–236 in S. Collins "
        "and A. Knapp, editors. Drylands under global change. Island Press, Washington, D.C., USA."
    )
    assert paper.title == "Grasslands in a drier world"
    assert paper.venue is not None and paper.venue.name == "Drylands under global change"
    assert paper.venue.publisher == "Island Press"
    # the editors of a book that is the entry itself are its names: no book after them
    book = pubkit.parse_reference(
        "Wierzbicki, Tomasz, and Hannah Lindqvist, eds. *Small Change: Money and Morality in Central Europe, "
        "1750–1950*. Budapest: CEU Press, 2023."
    )
    assert book.title == "Small Change: Money and Morality in Central Europe, 1750–1950"


def test_a_thesis_names_its_institution_in_brackets_or_after_a_colon() -> None:
    apa = pubkit.parse_reference(
        "Lee, A. (2019). Cats and their owners (Doctoral dissertation). Retrieved from X."
    )
    assert apa.venue is not None and apa.venue.name == "Doctoral dissertation"
    gsa = pubkit.parse_reference(
        "Rangi, T.A., 2015, Mechanics of slow slip at the Hikurangi margin [Ph.D. thesis]: Wellington, "
        "Victoria University of Wellington, 212 p."
    )
    assert gsa.venue is not None and gsa.venue.name == "Ph.D. thesis, Victoria University of Wellington"


def test_an_issn_is_no_year() -> None:
    paper = pubkit.parse_reference("Lee, A. Cats and dogs. Energy Proceedings, E-ISSN 2004-2965, Vol. 28.")
    assert paper.year is None
    assert paper.venue is not None and paper.venue.name == "Energy Proceedings"


def test_a_status_in_the_year_s_place_before_a_title_read_as_the_venue() -> None:
    paper = pubkit.parse_reference(
        "Karim Haddad and **Mette Kjær Sørensen**. Under review. Haptic Breathing Guides for Panic Attacks."
    )
    assert paper.title == "Haptic Breathing Guides for Panic Attacks"
    assert paper.venue is None and paper.status is pubkit.Status.UNDER_REVIEW


def test_researchgate_keys_are_no_part_of_the_venue() -> None:
    paper = pubkit.parse_reference(
        "Abebe Tadesse, Sileshi Mekonnen. Integrated soil fertility management in Ethiopian cereal systems. "
        "In book: Soil Fertility Management in Sub-Saharan Africa Publisher: Springer. 2022."
    )
    assert paper.venue is not None and paper.venue.name == "Soil Fertility Management in Sub-Saharan Africa"


def test_plain_journal_after_an_italic_title_and_its_comma() -> None:
    paper = pubkit.parse_reference(
        "<b>T. Wierzbicki</b>, P. Dąbrowski, and J. Kowalczyk, <i>Curie temperature enhancement by "
        "low-temperature annealing of (Ga,Mn)As</i>, J. Phys.: Condens. Matter 15, 7865 (2003)."
    )
    assert paper.title == "Curie temperature enhancement by low-temperature annealing of (Ga,Mn)As"
    assert paper.venue is not None and paper.venue.name == "J. Phys.: Condens. Matter"


def test_gsa_journal_between_the_title_s_colon_and_its_volume() -> None:
    paper = pubkit.parse_reference(
        "Dlamini, T., 2024, Why is the Bushveld so rich? A review of competing models for PGE "
        "enrichment: South\nAfrican Journal of Geology, v. 127, p. 1-28."
    )
    assert paper.title == "Why is the Bushveld so rich? A review of competing models for PGE enrichment"
    assert paper.venue is not None and paper.venue.name == "South African Journal of Geology"


def test_an_acronym_s_short_year_is_the_venue_s_year() -> None:
    paper = pubkit.parse_reference("Ann Lee, Bo Roe. Sparse attention for long documents. ICML '23.")
    assert paper.venue is not None and paper.venue.name == "ICML"
    assert paper.year == 2023


def test_a_bachelor_s_or_master_s_thesis_keeps_its_institution() -> None:
    paper = pubkit.parse_reference(
        "Ravi Kumar. Low-power sensing for farms. B.Tech. thesis, Indian Institute of Technology Madras, "
        "2019."
    )
    assert (
        paper.venue is not None
        and paper.venue.name == "B.Tech. thesis, Indian Institute of Technology Madras"
    )


@pytest.mark.parametrize(
    ("where", "institution"),
    [
        (
            "Korea Advanced Institute of Science and Technology, Daejeon",
            "Korea Advanced Institute of Science",
        ),
        ("Seoul National University", "Seoul National University"),
        ("University of Texas at Austin", "University of Texas at Austin"),
    ],
)
def test_a_thesis_institutions_words_stay_in_it(where: str, institution: str) -> None:
    """ "… Science and Technology": the "and" opens no author list after the title; a town inside the
    name ("Seoul National University", "… at Austin") is a word of it."""
    text = (
        f"\\cvitem{{2019}}{{Kwon J-W (2019) Prefrontal circuits for flexible behavior. PhD thesis, {where}.}}"
    )
    page = (
        f"\\documentclass{{moderncv}}\n\\begin{{document}}\n\\section{{Thesis}}\n{text}\n\\end{{document}}\n"
    )
    (paper,) = pubkit.loads(page, "cv", path="cv.tex")
    assert [a.name for a in paper.authors] == ["Kwon J-W"]
    assert paper.venue is not None and paper.venue.publisher is not None
    assert paper.venue.publisher.startswith(institution)


def test_a_doi_button_is_no_part_of_the_venue() -> None:
    """ESA journals print "Ecosphere 13:e4190." and pages add a `[DOI](…)` button: the button's word is
    no part of the venue; its target is the DOI."""
    page = (
        "# Publications\n\n- Lund, K., and **T. Berg**. 2022. Fire and grazing. *Ecosphere* 13:e4190. "
        "[DOI](https://doi.org/10.1002/ecs2.4190)\n"
    )
    (paper,) = pubkit.loads(page, "cv", path="p.md")
    assert paper.venue is not None and paper.venue.name == "Ecosphere"
    assert paper.identifiers.doi == "10.1002/ecs2.4190"


APS_PAGE = """# Publications

Bold: me. <sup>†</sup> equal contribution.

- M. Ferreira, J.-H. Park, and **S. Ø. Lykke**, arXiv:2311.04412 (2023).
- J.-H. Park<sup>†</sup>, M. Ferreira<sup>†</sup>, and **S. Ø. Lykke**, Phys. Rev. Lett. **131**,
  213401 (2023). *Editors' Suggestion*
- T. Nguyen and **S. Ø. Lykke**, Phys. Rev. A **108**, 043312 (2023).
- M. A. Rivera-Núñez, **S. Ø. Lykke**, and R. Grimm, Science **368**, 1110 (2020).
- **S. Ø. Lykke** and H. Sato, J. Phys.: Conf. Ser. **1412**, 062003 (2020).
- **S. Ø. Lykke**, A. Kowalski, and K. Yamamoto, submitted to Phys. Rev. X (2024).
"""


def test_citations_that_print_no_title_are_read_with_an_empty_one() -> None:
    """APS's "Names, Phys. Rev. A **108**, 043312 (2023)." prints no title: the journal in abbreviations
    right before the numbers is the venue (also when the labeller took it, or a highlight after the
    numbers, for a title), and the paper's title is empty; an arXiv id alone is a preprint's venue."""
    bib = pubkit.loads(APS_PAGE, "cv", path="pubs.md")
    assert [p.title for p in bib] == [""] * 6
    assert [p.venue.name if p.venue else None for p in bib] == [
        "arXiv",
        "Phys. Rev. Lett.",
        "Phys. Rev. A",
        "Science",
        "J. Phys.: Conf. Ser.",
        "Phys. Rev. X",
    ]
    assert [a.name for a in bib[4].authors] == ["S. Ø. Lykke", "H. Sato"]
    assert [(p.volume, p.pages) for p in bib][1:4] == [("131", "213401"), ("108", "043312"), ("368", "1110")]
    assert [a.equal_contribution for a in bib[1].authors] == [True, True, False]
    assert [award.name for award in bib[1].awards] == ["Editors' Suggestion"]
    assert bib[5].status is pubkit.Status.SUBMITTED
    assert not [p for p in bib.problems if p.severity is pubkit.Severity.ERROR]


def test_rsc_citations_without_titles_and_titled_ones_beside_them() -> None:
    """RSC's "A. Lee, B. Roe and C. Poe, *Chem. Sci.*, 2020, **11**, 1234." prints no title; a citation
    that prints one keeps it, and names in title case before the journal stay names."""
    page = (
        "<html><body><h2>Publications</h2><ol>"
        "<li>L. Gómez-Arrieta, K. Lindgren and <b>R. Peña-Ortega</b>, <i>Energy Environ. Sci.</i>, 2024, "
        "<b>17</b>, 1021–1033.</li>"
        "<li>R. Peña-Ortega and P. Simon, Layered oxides for sodium storage, <i>Chem. Sci.</i>, 2021, "
        "<b>12</b>, 55–60.</li>"
        "<li>Çakır, A.; Brandt, M. Copper Photocatalysis Comes of Age. <i>Nat. Chem.</i> <b>2023</b>, "
        "<i>15</i>, 297–299.</li>"
        "</ol></body></html>"
    )
    untitled, titled, title_case = pubkit.loads(page, "cv", path="p.html", owner="R. Peña-Ortega")
    assert (title_case.title, title_case.venue and title_case.venue.name) == (
        "Copper Photocatalysis Comes of Age",
        "Nat. Chem.",
    )
    assert (untitled.title, untitled.venue and untitled.venue.name) == ("", "Energy Environ. Sci.")
    assert [a.name for a in untitled.authors] == ["L. Gómez-Arrieta", "K. Lindgren", "R. Peña-Ortega"]
    assert (titled.title, titled.venue and titled.venue.name) == (
        "Layered oxides for sodium storage",
        "Chem. Sci.",
    )


def test_a_vancouver_group_author_then_its_people_after_a_semicolon() -> None:
    """ "Study Group; Lavoie J, Benali FZ, Mwangi P.": a group, then people in Vancouver's commas (no
    "Surname, I.; Surname, I." list); NLM's "[Internet]" is no part of the title."""
    page = (
        "Publications\n============\n\n"
        "#. Global Nursing Workforce Study Group; Lavoie J, **Benali FZ**, Mwangi P. International migration "
        "of nurses: a survey. Int Nurs Rev. 2023;70(2):201-12.\n"
        "#. **Benali FZ**, Lavoie J. Safe staffing in Quebec: an evidence review [Internet]. "
        "Montréal: INESSS; 2021.\n"
    )
    first, second = pubkit.loads(page, "cv", path="p.rst")
    assert [a.name for a in first.authors] == [
        "Global Nursing Workforce Study Group",
        "Lavoie J",
        "Benali FZ",
        "Mwangi P",
    ]
    assert second.title == "Safe staffing in Quebec: an evidence review"


_ORG_CHAPTERS = "* Chapters\n\n1. {}\n"


@pytest.mark.parametrize(
    ("page", "book"),
    [
        (
            _ORG_CHAPTERS.format(
                "Tanaka, K. and *van der Veen, A.* (2021). Changepoint analysis. In /Handbook of "
                "Modern Statistical Methods for Time Series/ (R. Davis and S. Holan, eds.) 233–260. CRC."
            ),
            "Handbook of Modern Statistical Methods for Time Series",
        ),
        (
            _ORG_CHAPTERS.format(
                "*Østby, M.* 2022. Plant–pollinator interactions in a warming Arctic. Pages 211–234 "
                "/in/ K. R. Halvorsen and E. Pétursson, editors. /Arctic Ecology in a Changing Climate/. "
                "Springer, Cham."
            ),
            "Arctic Ecology in a Changing Climate",
        ),
    ],
)
def test_a_books_editors_are_no_part_of_its_name(page: str, book: str) -> None:
    """Editors in a bracket after the book ("(R. Davis and S. Holan, eds.)") and ESA's "in K. R. Halvorsen
    and E. Pétursson, editors. *Book*": the venue is the book alone."""
    (paper,) = pubkit.loads(page, "cv", path="p.org")
    assert paper.venue is not None and paper.venue.name == book


@pytest.mark.parametrize(
    ("entry", "title", "venue"),
    [
        (
            "Y. Ogawa *et al.*, Van der Waals heterostructure photodetectors with 10 ps response. "
            "Adv. Mater. 34, 2201145 (2022).",
            "Van der Waals heterostructure photodetectors with 10 ps response",
            "Adv. Mater.",
        ),
        (
            'Lefèvre, C., Yıldız, K., & Tan, W.-L. 2020, "Obscured AGN Fractions in Submillimeter Galaxies," '
            "A&A, 640, A102",
            "Obscured AGN Fractions in Submillimeter Galaxies",
            "A&A",
        ),
        (
            "Du Plessis, J., and Chen, L. (2020). Structural basis for co-chaperone selectivity of the TPR "
            "domain protein Sti1. Structure 28, 1225–1236.",
            "Structural basis for co-chaperone selectivity of the TPR domain protein Sti1",
            "Structure",
        ),
    ],
)
def test_where_a_title_meets_the_names_and_the_journal(entry: str, title: str, venue: str) -> None:
    """Particles after the names open the title ("Van der Waals"); "A&A" before the numbers is the journal;
    a protein's code with its full stop ends the title before a one-word journal ("Sti1. Structure")."""
    (paper,) = pubkit.loads(f"# Publications\n\n1. {entry}\n", "cv", path="p.md")
    assert (paper.title, paper.venue.name if paper.venue else None) == (title, venue)


NIH_BIOSKETCH = "\n".join(
    [
        "# BIOGRAPHICAL SKETCH",
        "",
        "## C. Contributions to Science",
        "",
        "1. **Early-life adversity and adult blood pressure.** My doctoral work established that adverse",
        "experiences in childhood are associated with higher incidence of hypertension in young adulthood.",
        "I served as the first author of these publications.",
        "",
        "   a. Hashimoto-Brandt K, Oyelaran T, Rossi GP. Adverse childhood experiences and incident "
        "hypertension in young adults: the CARDIA study. Am J Epidemiol. 2012;176(5):412-420.",
        "",
        "   b. Oyelaran T, Hashimoto-Brandt K. Childhood adversity and cardiovascular health (Review). "
        "Circulation. 2015;132(5):345-347.",
        "",
    ]
)


def test_an_nih_biosketchs_lettered_references_under_prose_are_entries() -> None:
    """ "Contributions to Science": a numbered paragraph of prose, then its references lettered "a.", "b."
    (indented, which CommonMark reads as the item's paragraphs): each reference is an entry, the prose none;
    a "(Review)" after a title is no part of it."""
    bib = pubkit.loads(NIH_BIOSKETCH, "cv", path="biosketch.md")
    assert [p.title for p in bib] == [
        "Adverse childhood experiences and incident hypertension in young adults: the CARDIA study",
        "Childhood adversity and cardiovascular health",
    ]
    assert [p.source.line for p in bib if p.source] == [9, 11]
    assert not bib.problems


def test_a_group_authors_name_with_a_year_and_a_network_after_the_names() -> None:
    """ "GBD 2021 Maternal Mortality Collaborators." is one author (its year no venue badge); "…, et al; for
    the PENTA-ID Network." is no part of the title."""
    page = (
        "# Publications\n\n"
        "- GBD 2021 Maternal Mortality Collaborators. Global levels of maternal mortality, 1990–2021. "
        "*Lancet*. 2023;402(10397):203-234.\n"
        "- El Idrissi Y, **van den Broek A**, Dell'Orto G, et al; for the PENTA-ID Network. Invasive group A "
        "streptococcal infections in children. *Euro Surveill*. 2023;28(21):2300123.\n"
    )
    first, second = pubkit.loads(page, "cv", path="p.md")
    assert [a.name for a in first.authors] == ["GBD 2021 Maternal Mortality Collaborators"]
    assert second.title == "Invasive group A streptococcal infections in children"


def test_a_clinicians_abstracts_and_editorials_are_publication_sections() -> None:
    """ "Abstracts and Poster Presentations" (printed in journals' supplements) and "Reviews, Editorials,
    and Commentaries" hold papers."""
    page = (
        "<html><body><h2>Reviews, Editorials, and Commentaries</h2>"
        "<p>1. Adebayo-Fischer N, Lindqvist H. Ancestry, biology, and disparities in triple-negative breast "
        "cancer. Curr Oncol Rep. 2020;22(8):77.</p>"
        "<h2>Abstracts and Poster Presentations</h2>"
        "<p>2. Kovačević M, Adebayo-Fischer N. Delays to adjuvant chemotherapy by race and insurance. "
        "J Clin Oncol. 2016;34(15 Suppl):1066.</p></body></html>"
    )
    bib = pubkit.loads(page, "cv", path="cv.html")
    assert [p.title for p in bib] == [
        "Ancestry, biology, and disparities in triple-negative breast cancer",
        "Delays to adjuvant chemotherapy by race and insurance",
    ]
    assert [a.name for a in bib[0].authors] == ["Adebayo-Fischer N", "Lindqvist H"]


def test_undated_entries_places_in_brackets_and_language_notes() -> None:
    """APA's "(n.d.)" paragraph is a citation too; ACM's "(Bend, OR, USA)" after the proceedings is where
    it met, not its name; "[in Japanese]" is no part of a title."""
    page = (
        "<html><body><h2>Publications</h2>"
        "<p>Fernández-Ruiz, M. J. (n.d.). <i>Working memory training manual for schools</i>. Retrieved from "
        "https://example.org/manual</p>"
        "<p>Priya Raghunathan and <b>Lucía Ortega-Bravo</b>. 2022. TimeTiles: A Toolkit for Time-Based "
        "Interactions. In <i>Proceedings of the 35th Annual ACM Symposium on User Interface Software and "
        "Technology</i> (Bend, OR, USA) <i>(UIST '22)</i>. ACM, New York, NY, USA, Article 67, 13 pages.</p>"
        "<p>Sato, K. and Ito, M. (2019) Warming of the abyss [in Japanese]. <i>Oceanogr. Jpn.</i> 28, 1-20."
        "</p></body></html>"
    )
    undated, acm, japanese = pubkit.loads(page, "cv", path="p.html")
    assert (undated.title, undated.year) == ("Working memory training manual for schools", None)
    assert acm.venue is not None and acm.venue.name.endswith("Software and Technology")
    assert japanese.title == "Warming of the abyss"


@pytest.mark.parametrize(
    ("venue_text", "name"),
    [
        ("medRxiv. Preprint posted online June 3, 2021", "medRxiv"),
        ("IEEE Trans. Ind. Electron., to", "IEEE Trans. Ind. Electron"),
    ],
)
def test_a_venues_status_words_are_no_part_of_it(venue_text: str, name: str) -> None:
    """AMA's "Preprint posted online …" after the server and IEEE's "to be published" leave no word in
    the venue's name."""
    from pubkit.reading.interpret import _venue_parts

    assert _venue_parts(venue_text)[0] == name


@pytest.mark.parametrize(
    ("text", "venue", "editor"),
    [
        (  # Chicago: the book, then "ed." and its editor
            "Hargreaves, Thomas. “Monks and Their Manuscripts.” In Studia Monastica, ed. Helen Forde. "
            "Oxford, 1981. Pp. 11–40.",
            "Studia Monastica",
            "Helen Forde",
        ),
        (  # German: "Hrsg." after the book's comma
            "Berger, Klaus. 2014. Die Stadt am Fluss. In Urbane Räume im Wandel, Hrsg. Petra Lang, 55-71. "
            "Bielefeld: Transcript.",
            "Urbane Räume im Wandel",
            "Petra Lang",
        ),
        (  # the editor's name, then "ed," and the book
            "Rao, Meera, 1991, ‘Regional Orders After the Cold War’, in K.P. Menon, ed, Asia Between "
            "Blocs (Pune: Deccan Books)",
            "Asia Between Blocs",
            "K.P. Menon",
        ),
    ],
)
def test_an_editors_mark_without_brackets_splits_the_book_from_its_editor(
    text: str, venue: str, editor: str
) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.venue is not None and paper.venue.name == venue
    assert dict(paper.extra)["editor"] == editor


def test_a_date_between_journal_and_numbers_an_acronym_after_the_venue_and_nested_quotes() -> None:
    nlm = pubkit.parse_reference(
        "Okoro B, Lindahl M. Renal outcomes after cardiac surgery. Kidney International Reports. "
        "2018/03/15 2018;4(2): 210-219."
    )
    assert nlm.venue is not None and nlm.venue.name == "Kidney International Reports"
    assert (nlm.year, nlm.volume, nlm.pages) == (2018, "4", "210--219")
    ieee = pubkit.parse_reference(
        "[12] Marsh, T. and Oduya, P., “A corpus of read aloud speech,” Proc. Int. Conf. Spoken Language "
        "Processing (ICSLP), Sydney, Australia, 1998."
    )
    assert ieee.venue is not None and ieee.venue.acronym == "ICSLP"
    nested = pubkit.parse_reference(
        "P. Lund and D. Oyelaran, ““Snapshot”: Fast consistent checkpoints for graphs,” SIGMOD, 2015."
    )
    assert nested.title == "“Snapshot”: Fast consistent checkpoints for graphs"


def test_names_between_the_year_and_the_title_open_the_title() -> None:
    paper = pubkit.parse_reference(
        "Okafor, B.T. 2011: Margaret Anne Ellery, 1920-2004. Journal of Historical Geography 37, 120-124."
    )
    assert [a.name for a in paper.authors] == ["B.T. Okafor"]
    assert (paper.title, paper.year) == ("Margaret Anne Ellery, 1920-2004", 2011)


def test_a_books_second_sentence_in_sentence_case_before_its_imprint_is_its_subtitle() -> None:
    paper = pubkit.parse_reference(
        "Ferraro, Giulia. La città sostenibile. Una guida pratica per la progettazione dei quartieri del "
        "futuro. Milano: Franco Angeli, 2015."
    )
    assert paper.title == (
        "La città sostenibile. Una guida pratica per la progettazione dei quartieri del futuro"
    )
    assert paper.venue is None


def test_a_title_cut_without_a_mark_goes_on_to_the_venue_runs_first_full_stop() -> None:
    paper = pubkit.parse_reference(
        "Berg, K., & Olsen, T. (2004). The prevalence of insomnia in Norway as measured by the UK National "
        "Institute of Sleep Research Interview Schedule. Scandinavian Journal of Public Health, 32, 101-108."
    )
    assert paper.title.endswith("UK National Institute of Sleep Research Interview Schedule")
    assert paper.venue is not None and paper.venue.name == "Scandinavian Journal of Public Health"


def _tokens(words: str) -> list[Token]:
    """One token per word, as the tokenizer makes them from plain text."""
    tokens, at = [], 0
    for word in words.split():
        tokens.append(Token(word, at, at + len(word), False, frozenset(), False, None))
        at += len(word) + 1
    return tokens


def test_a_lower_case_word_of_the_journals_name_and_a_journal_read_as_a_note() -> None:
    """Two slips of the labeller, given as it makes them: a word of the journal's name read as its
    volume, and the journal with its numbers read as a note after the title."""
    from pubkit.reading.interpret import _venue_and_numbers_read_as_a_note, _volume_without_a_number

    tokens = _tokens("Title here, Revista andina ecuatoriana, 5: 2 (1987), 45-78.")
    labels = ["title"] * 2 + ["container"] * 2 + ["volume"] * 3 + ["date", "pages"]
    _volume_without_a_number(tokens, labels)
    assert labels[4] == "container"
    tokens = _tokens("Title here. Conservation Ecology, 8 (2)/ 21.")
    labels = ["title"] * 2 + ["note"] * 5
    _venue_and_numbers_read_as_a_note(tokens, labels)
    assert labels == ["title"] * 2 + ["container"] * 2 + ["volume"] * 3


def test_a_journals_name_after_the_title_with_no_mark_and_a_family_name_cut_from_its_initial() -> None:
    author_date = pubkit.parse_reference(
        "Harmon, T.J., Elena Vasquez, R. Dunn, and K. Osei 1998 The Kerkenes Regional Project 1997. "
        "Anatolica 14: 101–140."
    )
    assert (author_date.title, author_date.year) == ("The Kerkenes Regional Project 1997", 1998)
    assert author_date.venue is not None and author_date.venue.name == "Anatolica"
    cut = pubkit.parse_reference(
        "Harmon, T.J., Elena Vasquez, R. Dunn, and K. Osei 1998 The Çadır Höyük Regional Project 1997. "
        "Anatolica 14: 101–140."
    )
    assert cut.title == "The Çadır Höyük Regional Project 1997"
    aps = pubkit.parse_reference("A. Lee, B. Roe, Phys. Rev. Lett. 108, 043312 (2023).")
    assert [a.name for a in aps.authors] == ["A. Lee", "B. Roe"]
    assert aps.title == "" and aps.venue is not None and aps.venue.name == "Phys. Rev. Lett."


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        (  # Nature's preprint: the server between "Preprint at" and the link
            "Marsh, T., Lund, P. & Oyelaran, D. Soil fungi under drought. Preprint at bioRxiv "
            "https://doi.org/10.1101/2024.03.04.583301 (2024).",
            "Soil fungi under drought",
            "bioRxiv",
        ),
        (  # a title cut at "of the" by names the labeller read after it
            "Shevchuk, I., Marchenko, O. & Hrytsenko, V. Checklist of hoverflies (Diptera: Syrphidae) of the "
            "Kamianska Sich Steppe Reserve, Ukraine. Biodivers. Data J. 11, e90123 (2023).",
            "Checklist of hoverflies (Diptera: Syrphidae) of the Kamianska Sich Steppe Reserve, Ukraine",
            "Biodivers. Data J.",
        ),
        (  # GOST: the meeting's town after the quoted name's full stop
            "Марченко О. В. Запилювачі степу // Матеріали ІІ Міжнародної конференції «Біорізноманіття "
            "Полісся» (Житомир, 12–13 травня 2022 р.). Житомир, 2022. С. 41–43.",
            "Запилювачі степу",
            "Матеріали ІІ Міжнародної конференції «Біорізноманіття Полісся»",
        ),
        (  # a bracket inside the degree's name, then the institution
            "Marchenko, O. V. Hoverflies of the Ukrainian Carpathians. Candidate of Sciences (PhD) thesis, "
            "Institute of Zoology NAS of Ukraine (2012) [in Ukrainian].",
            "Hoverflies of the Ukrainian Carpathians",
            "Candidate of Sciences (PhD) thesis, Institute of Zoology NAS of Ukraine",
        ),
    ],
)
def test_preprint_servers_gost_meetings_and_degrees_in_brackets(text: str, title: str, venue: str) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.title == title
    assert paper.venue is not None and paper.venue.name == venue


def test_a_book_with_its_imprint_and_count_of_pages_has_no_venue() -> None:
    paper = pubkit.parse_reference(
        "Марченко О. В., Гриценко В. В. Сирфіди Карпат: атлас-визначник. Ужгород: Карпати, 2019. 184 с."
    )
    assert (paper.title, paper.venue) == ("Сирфіди Карпат: атлас-визначник", None)


@pytest.mark.parametrize(
    ("text", "title", "venue", "year"),
    [
        (  # NLM's preprint: the server after the bracketed mark, before its semicolon
            "Huber A, Lang T. Trade diversion under sanctions [Preprint]. SSRN; 2023 [cited 2024 Jan 5]. "
            "Available from: https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4412345",
            "Trade diversion under sanctions",
            "SSRN",
            2023,
        ),
        (  # NLM's thesis: the kind in brackets, the place left out, the institution kept
            "Huber A. Small states and security: Swiss and Austrian policy in Europe, 1990–2010 "
            "[dissertation]. Geneva: University of Geneva; 2014.",
            "Small states and security: Swiss and Austrian policy in Europe, 1990–2010",
            "dissertation, University of Geneva",
            2014,
        ),
        (  # a year a preposition makes part of the book's name
            "Huber A. Die Schweiz und die EU. In: Lang T, Huber A, Hrsg. Europapolitik seit 1992. "
            "Zürich: NZZ Libro; 2019. S. 45-67.",
            "Die Schweiz und die EU",
            "Europapolitik seit 1992",
            2019,
        ),
        (  # a report series after the title's question mark
            "Huber A. Neutrality after 2022: still an option? aiia Policy Brief 7/2024. Vienna: Austrian "
            "Institute for International Affairs; 2024.",
            "Neutrality after 2022: still an option?",
            "aiia Policy Brief",
            2024,
        ),
    ],
)
def test_nlm_preprints_theses_book_names_with_a_year_and_report_series(
    text: str, title: str, venue: str, year: int
) -> None:
    paper = pubkit.parse_reference(text)
    assert (paper.title, paper.year) == (title, year)
    assert paper.venue is not None and paper.venue.name == venue


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # Vietnamese "Trong" ("In") and "tập" ("volume")
            "Lê Minh Châu (2018). Tranh lụa Việt Nam hiện đại. Trong Kỷ yếu Hội thảo Quốc gia Mỹ thuật học "
            "lần thứ II, tập 2, tr. 45–60. Hà Nội: Nxb Mỹ thuật.",
            "Kỷ yếu Hội thảo Quốc gia Mỹ thuật học lần thứ II",
        ),
        (  # a year a preposition makes part of a book's name, the entry's date before it
            "2021 — «Romanen og klimaet». In Norsk prosa etter 1990, ed. Kari Lie, 45–60. Oslo: Gyldendal.",
            "Norsk prosa etter 1990",
        ),
        (  # AMA's chapter: an Indonesian publishing house after the book
            "Hasibuan R. Gagal jantung. In: Santoso B, eds. Buku Ajar Ilmu Penyakit Dalam. Badan Penerbit "
            "FKUI; 2020:101-120.",
            "Buku Ajar Ilmu Penyakit Dalam",
        ),
    ],
)
def test_vietnamese_chapters_named_years_and_publishing_houses(text: str, venue: str) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.venue is not None and paper.venue.name == venue


def test_a_legend_that_says_only_contributed_equally() -> None:
    page = (
        "# Dewi Lubis\n\n\\* Contributed equally. \\# Corresponding author.\n\n## Publications\n\n"
        "1. **Lubis D**\\*\\#, Hakim MR\\*, Suryani. Salt intake in rural Sumatra. *J Hypertens*. "
        "2023;41(2):100-108.\n"
    )
    (paper,) = pubkit.loads(page, "cv", path="cv.md")
    assert [(a.name, a.equal_contribution, a.corresponding) for a in paper.authors] == [
        ("Lubis D", True, True),
        ("Hakim MR", True, False),
        ("Suryani", False, False),
    ]


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        (  # IEEE's chapter: the quoted title ends at its quote, the book after "in" is the venue
            "P. Lis and M. Nowak, “Sediment transport in the Vistula Lagoon,” in *Coastal Research in "
            "Poland: Results and Outlook*, J. Zając, Ed. Cham, Switzerland: Springer, 2020, pp. 11–30.",
            "Sediment transport in the Vistula Lagoon",
            "Coastal Research in Poland: Results and Outlook",
        ),
        (  # IEEE's meeting with its town after the acronym and year
            "P. Lis, “Glider fleets in the Baltic,” in *OCEANS 2022 -- Chennai*, 2022, pp. 1–6.",
            "Glider fleets in the Baltic",
            "OCEANS",
        ),
        (  # MLA's thesis: the institution, then the degree
            "Keller, Anna. *Structure of Milk Gels*. 2014. University of Bern, PhD dissertation. Diss. "
            "Nr. 1234.",
            "Structure of Milk Gels",
            "PhD dissertation, University of Bern",
        ),
    ],
)
def test_ieee_chapters_meetings_with_their_town_and_mla_theses(text: str, title: str, venue: str) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.title == title
    assert paper.venue is not None and paper.venue.name == venue


def test_mlas_series_after_the_publisher_and_year_is_no_venue() -> None:
    paper = pubkit.parse_reference(
        "Keller, Anna, and Jonas Frei, editors. *Swiss Dairy Science*. Springer, 2018. "
        "Food Engineering Series."
    )
    assert (paper.title, paper.venue) == ("Swiss Dairy Science", None)


def test_a_quoted_title_read_on_over_in_and_the_book_ends_at_its_quote() -> None:
    """The labeller's slip, given as it makes it: the title run goes on past the closing quote, over "in"
    and the italic book."""
    from pubkit.reading.interpret import _quoted_title_ends_at_its_quote

    words = ["“Physical", "oceanography,”", "in", "Polish", "Marine", "Research,", "J.", "Lis,", "Ed."]
    tokens = [
        Token(w, 0, 0, False, frozenset({"italic"}) if 3 <= k <= 5 else frozenset(), k < 2, None)
        for k, w in enumerate(words)
    ]
    labels = ["title"] * 6 + ["editor"] * 3
    _quoted_title_ends_at_its_quote(tokens, labels)
    assert labels == ["title", "title", "other", "container", "container", "container", *["editor"] * 3]


def test_chicago_in_arabic_and_a_chicago_thesis() -> None:
    arabic = pubkit.parse_reference(
        "الحربي، سليمان بن خالد. طرق التجارة في الجزيرة العربية القديمة. الرياض: دارة الملك عبدالعزيز، "
        "1438هـ/2017م."
    )
    assert [a.name for a in arabic.authors] == ["سليمان بن خالد الحربي"]
    assert (arabic.title, arabic.venue, arabic.year) == ("طرق التجارة في الجزيرة العربية القديمة", None, 2017)
    assert dict(arabic.extra)["publisher"] == "دارة الملك عبدالعزيز"
    thesis = pubkit.parse_reference(
        "Al-Harbi, Sulaiman K. “Incense Routes in Strabo’s Geography, c. 100 BC–AD 50.” PhD diss., "
        "University of Durham, 2005."
    )
    assert thesis.venue is not None and thesis.venue.kind.value == "thesis"
    assert thesis.venue.name == "PhD diss., University of Durham"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Santoso B, Wibowo H, Lubis AC, dkk. Faktor risiko hipertensi pada lansia. Jurnal Kardiologi "
            "Indonesia. 2019;40(2):55-61.",
            ["Santoso B", "Wibowo H", "Lubis AC"],
        ),
        (
            "王杰, 刘亚楠, 李鹏, 等. 猪腹泻病原的分子流行病学调查[J]. 中国预防兽医学报, 2022, "
            "44(2): 150-155.",
            ["王杰", "刘亚楠", "李鹏"],
        ),
    ],
)
def test_et_al_in_indonesian_and_chinese_is_no_author(text: str, authors: list[str]) -> None:
    assert [a.name for a in pubkit.parse_reference(text).authors] == authors


def test_accepted_for_publication_in_a_journal_and_a_place_ending_the_book() -> None:
    accepted = pubkit.parse_reference(
        "Okafor, B.T., Bello, K.T. and Ojo, A.A. Male partner involvement in antenatal care in rural Ekiti "
        "State. Accepted for publication in West African Journal of Nursing."
    )
    assert accepted.venue is not None and accepted.venue.name == "West African Journal of Nursing"
    chapter = pubkit.parse_reference(
        "Ojo, A.A. and Okafor, B.T. (2015). Care of the newborn. In: Bello, K.T. (ed.) A Textbook of "
        "Community Midwifery in Tropical Practice. Ibadan: College Press. pp. 101–120."
    )
    assert (
        chapter.venue is not None
        and chapter.venue.name == "A Textbook of Community Midwifery in Tropical Practice"
    )
    assert dict(chapter.extra)["address"] == "Ibadan"


def test_mlas_publisher_after_an_italic_venue_and_a_thesis_institution_read_as_names() -> None:
    proceedings = pubkit.parse_reference(
        'Nowak, Anna. "Small Area Estimation with Satellite Data." *Proceedings of the 63rd ISI World '
        "Statistics Congress*, International Statistical Institute, 2021."
    )
    assert proceedings.venue is not None
    assert proceedings.venue.name == "Proceedings of the 63rd ISI World Statistics Congress"
    thesis = pubkit.loads(
        "# Anna Nowak\n\n## Publications\n\n- Nowak, Anna. *Bayesowskie modele dla danych "
        "regionalnych*. 2018. Uniwersytet Jagielloński, PhD dissertation.\n",
        "cv",
        path="cv.md",
    )[0]
    assert thesis.venue is not None and thesis.venue.name == "PhD dissertation, Uniwersytet Jagielloński"


def test_iso_690_family_names_in_capitals_with_a_single_name_among_them() -> None:
    """Indonesian ISO 690: every family name in capitals, given names after it, and a single name
    ("SUPRIYADI") on its own; "dan" is "and"."""
    paper = pubkit.parse_reference(
        "LESTARI, Dewi P., HARTONO dan SAPUTRA, Budi. Alterasi hidrotermal di daerah Garut. Jurnal "
        "Geologi Indonesia. 2020, vol. 15, no. 1, hlm. 10-25."
    )
    assert [a.name for a in paper.authors] == ["Dewi P. LESTARI", "HARTONO", "Budi SAPUTRA"]


def test_a_year_ending_a_venue_and_din_imprints_in_a_chapters_book() -> None:
    """A year closing a venue's name is its year, not OSCOLA's first page; DIN 1505's "*Book*, Laaber:
    Laaber 2016" is the book, its town and publisher left out, its year the chapter's."""
    chapter = pubkit.loads(
        "# Regula Baumann-Frey\n\n## Aufsätze\n\n"
        "* „Mehrchörigkeit in der Klosterkirche Einsiedeln“, in: Hans-Peter Gerber / Marianne Kuhn (Hg.):\n"
        "  *Handbuch Kirchenmusik der Frühen Neuzeit*, Laaber: Laaber 2016 (= Handbuch der Musik der Frühen"
        " Neuzeit 4), S. 233–259.\n",
        "cv",
        path="cv.md",
    )[0]
    assert chapter.venue is not None and chapter.venue.name == "Handbuch Kirchenmusik der Frühen Neuzeit"
    assert chapter.year == 2016
    law = pubkit.parse_reference(
        "Anna Smith, 'Data Trusts Revisited' (2018) 26 International Journal of Law and Information "
        "Technology 187"
    )
    assert (
        law.venue is not None and law.venue.name == "International Journal of Law and Information Technology"
    )


def test_a_numbered_series_between_an_italic_book_and_its_imprint() -> None:
    """Chicago's "*Book*. Arabia Antiqua 4. Leiden: Brill, 2019." names the book's series, no venue;
    Nature's report "*Title*. HRB Overview Series 14 (Health Research Board, Dublin, 2023)." came out
    in its series."""
    book = pubkit.parse_reference(
        "Al-Ghamdi, Abdulaziz S., ed. *Greek and Latin Inscriptions from North-West Arabia*. Arabia "
        "Antiqua 4. Leiden: Brill, 2019."
    )
    assert (book.title, book.venue, book.year) == (
        "Greek and Latin Inscriptions from North-West Arabia",
        None,
        2019,
    )
    report = pubkit.parse_reference(
        "Fahy, G., Kinsella, R. & Doyle, A. *Cocaine use in Ireland: prevalence, harms and treatment*. HRB "
        "Overview Series 14 (Health Research Board, Dublin, 2023)."
    )
    assert report.venue is not None and report.venue.name == "HRB Overview Series"


def test_an_italic_work_inside_a_quoted_title_is_the_titles() -> None:
    """Chicago's "“The Frankincense Road in Pliny’s *Natural History* 12.63–65.” *Journal* 29": the
    italic work sits inside the quotes, so the title goes on to the closing quote."""
    paper = pubkit.parse_reference(
        "Al-Ghamdi, Abdulaziz S. “The Frankincense Road in Pliny’s *Natural History* 12.63–65.” *Arabian "
        "Archaeology and Epigraphy* 29, no. 1 (2018): 112–30."
    )
    assert paper.title == "The Frankincense Road in Pliny’s Natural History 12.63–65"
    assert paper.venue is not None and paper.venue.name == "Arabian Archaeology and Epigraphy"


@pytest.mark.parametrize(
    ("text", "authors", "title_start"),
    [
        (
            "NURHADI, Andi, WULANDARI, Ayu K. and SUPRIYADI. Lineament density analysis from DEMNAS. IOP "
            "Conference Series: Earth and Environmental Science. 2017, vol. 62, 012019.",
            ["Andi NURHADI", "Ayu K. WULANDARI", "SUPRIYADI"],
            "Lineament",
        ),
        (
            "WULANDARI, A. K., RAHMAWATI, Intan dan SUPRIYADI. Hydrothermal eruption hazard at Dieng. "
            "Indonesian Journal on Geoscience. 2022, vol. 9, no. 2, pp. 161–178.",
            ["A. K. WULANDARI", "Intan RAHMAWATI", "SUPRIYADI"],
            "Hydrothermal",
        ),
        (
            "SUPRIYADI, WULANDARI, A. K., dkk. Geokimia mata air panas di Gunung Ungaran. Riset Geologi dan "
            "Pertambangan. 2018, vol. 28, no. 1, hlm. 33–47.",
            ["SUPRIYADI", "A. K. WULANDARI"],
            "Geokimia",
        ),
    ],
)
def test_iso_690_capitals_ending_with_a_single_name_or_et_al(
    text: str, authors: list[str], title_start: str
) -> None:
    """ISO 690 in capitals where a single name ends the list (then its full stop ends the authors) or
    "dkk." (et al.) follows the names."""
    paper = pubkit.parse_reference(text)
    assert [a.name for a in paper.authors] == authors
    assert paper.title.startswith(title_start)


@pytest.mark.parametrize(
    "award",
    [
        "Premio al mejor póster",
        "Prémio de melhor artigo",
        "Prix du meilleur article",
        "Preis für den besten Vortrag",
    ],
)
def test_best_paper_awards_in_other_languages(award: str) -> None:
    """An award after a proceedings paper's publisher, in Spanish, Portuguese, French or German, is the
    paper's award, not a second list of authors."""
    paper = pubkit.loads(
        "# M. F. Restrepo-Gómez\n\n## Publicaciones\n\n"
        "- **Restrepo-Gómez, M. F.**, Cardona, L., & Vélez-Arango, D. (2019). Mapeo digital de cadmio en"
        " suelos de Antioquia. En *Memorias del XXIII Congreso Latinoamericano de la Ciencia del Suelo*"
        f" (pp. 455–458). Sociedad Colombiana de la Ciencia del Suelo. **{award}**\n",
        "cv",
        path="cv.md",
    )[0]
    assert [a.name for a in paper.awards] == [award]
    assert [a.name for a in paper.authors] == ["M. F. Restrepo-Gómez", "L. Cardona", "D. Vélez-Arango"]


def test_apas_bracketed_description_ends_an_italic_title() -> None:
    """APA's "*Title* [Manuscrito enviado para publicación]. Facultad …": the title ends with its italics,
    the bracket says the work was submitted, and no venue is read from the faculty."""
    paper = pubkit.loads(
        "# M. F. Restrepo-Gómez\n\n## Publicaciones\n\n`2024`\n"
        "**Restrepo-Gómez, M. F.**, & Giraldo, P. (2024). *Calibración de sensores NIR portátiles para cadmio"
        " foliar en cacao* [Manuscrito enviado para publicación]. Facultad de Ciencias Agrarias, Universidad"
        " Nacional de Colombia.\n",
        "cv",
        path="cv.md",
    )[0]
    assert paper.title == "Calibración de sensores NIR portátiles para cadmio foliar en cacao"
    assert (paper.status, paper.venue) == (pubkit.Status.SUBMITTED, None)


@pytest.mark.parametrize(
    ("text", "venue", "status"),
    [
        (
            "Novak J, Steinbauer K. Trust in public health institutions after the pandemic: a panel study."
            " Eingereicht bei BMC Public Health (in Begutachtung).",
            "BMC Public Health",
            "under-review",
        ),
        (
            "Vuković, Ivana, and Ana Jurić Kovač. “Compassion Fatigue among Community Nurses during the"
            " Pandemic.” Poslano na recenziju u BMC Nursing.",
            "BMC Nursing",
            "submitted",
        ),
        (
            "Jurić Kovač, Ana, and Dario Knežević. “Digital Literacy of Older Adults and Telehealth.” Public"
            " Health Nursing, u tisku.",
            "Public Health Nursing",
            "accepted",
        ),
    ],
)
def test_statuses_in_german_and_croatian_with_the_venue_they_went_to(
    text: str, venue: str, status: str
) -> None:
    """ "Eingereicht bei X", "Poslano na recenziju u X" (submitted to X), "u tisku" (in press): the status,
    and the venue after its preposition."""
    paper = pubkit.parse_reference(text)
    assert (paper.venue and paper.venue.name, paper.status.value) == (venue, status)


def test_vancouver_editors_end_at_their_mark() -> None:
    """ "In: Lorenz P, editor. Microwave and millimetre-wave sensors for healthcare.": the book starts after
    the editor's mark, whatever the labeller ran into the editors."""
    paper = pubkit.loads(
        "= Publications\n\n== Book chapters\n\n"
        ". Vogelsang S, Hartmann T. Radar sensing of vital signs. In: Lorenz P, editor. Microwave and\n"
        "  millimetre-wave sensors for healthcare. London: IET; 2020. p. 145-78.\n",
        "cv",
        path="index.jemdoc",
    )[0]
    assert (
        paper.venue is not None and paper.venue.name == "Microwave and millimetre-wave sensors for healthcare"
    )


def test_spanish_no_date_and_event_days() -> None:
    """ "s.f." (sin fecha) where the year would be is no part of the name; "14 al 16 de noviembre" after a
    meeting's name are its days."""
    undated = pubkit.parse_reference(
        "Vergara, Hernán. s.f. “La radiación cósmica en Chacaltaya y los primeros físicos chilenos.”"
        " *Boletín de la Sociedad Chilena de Física* 12: 33–41."
    )
    assert ([a.name for a in undated.authors], undated.year) == (["Hernán Vergara"], None)
    initials = pubkit.parse_reference(
        "Free, C.M., S.C. Anderson, S.D. Gaines, and L.F. Bellquist. 2023. Impact of the marine heatwave on"
        " West Coast fisheries. Fish and Fisheries. 24: 652–674."
    )
    assert [a.name for a in initials.authors][2] == "S.D. Gaines"
    meeting = pubkit.parse_reference(
        "Castagnino, F. B. (2018) ‘Descomposición de la brecha salarial formal-informal por cuantiles’,"
        " Anales de la LIII Reunión Anual de la Asociación Argentina de Economía Política, 14 al 16 de"
        " noviembre. ISSN 1852-0022."
    )
    assert meeting.venue is not None
    assert (
        meeting.venue.name
        == "Anales de la LIII Reunión Anual de la Asociación Argentina de Economía Política"
    )


def test_an_australian_style_manual_list_with_abstracts_and_accepted_papers() -> None:
    """ "‘Title’ [abstract], *Circulation*": the bracket describes the work, the journal is the venue;
    "accepted for publication in *Journal*": the status and the venue; a Spanish legend "con † los autores
    de contribución equivalente"."""
    text = (
        "<h1>Graham L. Ashcombe</h1><p>Se marcan con ‡ los estudiantes y con † los autores de contribución"
        " equivalente.</p><h2>Publications</h2><ol>\n"
        "<li>Tran P† and <b>Ashcombe GL</b>† (2018) ‘Sex differences in time to reperfusion in regional"
        " Victoria’ [abstract], <i>Circulation</i>, 138(Suppl 1):A14210.</li>\n"
        "<li>Harcourt S, O’Brien M and <b>Ashcombe GL</b>, ‘Polypill adherence in secondary prevention: a"
        " mixed-methods study’, accepted for publication in <i>Internal Medicine Journal</i>.</li>\n"
        "</ol>\n"
    )
    abstract, accepted = pubkit.loads(text, "cv", path="publications.html")
    assert abstract.venue is not None and abstract.venue.name == "Circulation"
    assert [a.equal_contribution for a in abstract.authors] == [True, True]
    assert accepted.venue is not None and accepted.venue.name == "Internal Medicine Journal"
    assert accepted.status is pubkit.Status.ACCEPTED


def test_croatian_editors_marks_in_mla() -> None:
    """Croatian MLA: "…, i Marina Perić, urednice. *Book*" (the names are the book's editors, the mark no
    part of the title) and "*Book*, uredili Tomislav Rukavina i Marina Perić, Medicinska naklada" (edited
    by: no part of the book's name)."""
    edited = pubkit.parse_reference(
        "Jurić Kovač, Ana, i Marina Perić, urednice. Sestrinske intervencije u palijativnoj skrbi: priručnik"
        " za studente. Medicinska naklada, 2020."
    )
    assert edited.title == "Sestrinske intervencije u palijativnoj skrbi: priručnik za studente"
    chapter = pubkit.parse_reference(
        "Jurić Kovač, Ana. „Zdravstvena njega starijih osoba u zajednici.“ Zdravstvena njega u zajednici,"
        " uredili Tomislav Rukavina i Marina Perić, Medicinska naklada, 2019, str. 211–34."
    )
    assert chapter.venue is not None and chapter.venue.name == "Zdravstvena njega u zajednici"


def test_an_arxiv_subject_class_and_an_abnt_subtitle() -> None:
    """IEEE's "*arXiv*:2406.01234 [eess.SY], Jun. 2024": the class is the id's, the month the date's,
    the venue arXiv; ABNT's "Title: subtitle. Journal, v. 38" keeps its lower-case subtitle."""
    preprint = pubkit.parse_reference(
        "E. Whitfield, H. Liu, and M. Hassan, “Physics-informed remaining-useful-life estimation for SiC"
        " power modules,” *arXiv*:2406.01234 [eess.SY], Jun. 2024."
    )
    assert (preprint.venue and preprint.venue.name, preprint.month, preprint.year) == ("arXiv", 6, 2024)
    abnt = pubkit.parse_reference(
        "PIRES, L. C.; SOUZA, R. . O telejornal local e a cidade: sentidos de pertencimento no RJTV."
        " Contracampo (UFF), v. 38, p. 33-50, 2019."
    )
    assert abnt.title == "O telejornal local e a cidade: sentidos de pertencimento no RJTV"
    assert abnt.venue is not None and abnt.venue.name == "Contracampo"


@pytest.mark.parametrize(
    ("printed", "server"),
    [
        ("SSRN Working Paper", "SSRN"),
        ("bioRxiv preprint", "bioRxiv"),
        ("Research Square preprint", "Research Square"),
    ],
)
def test_a_preprint_servers_name_with_the_kind_of_work(printed: str, server: str) -> None:
    """ "SSRN Working Paper", "bioRxiv preprint": the venue is the server, as "arXiv preprint" is arXiv."""
    paper = pubkit.parse_reference(
        f"Castagnino, F.B. (2024) ‘Inflation expectations and wage indexation in a high-inflation economy’."
        f" {printed}. Available at: https://doi.org/10.2139/ssrn.4712345."
    )
    assert paper.venue is not None and paper.venue.name == server


@pytest.mark.parametrize(
    ("printed", "venue"),
    [
        ("Διδακτορική διατριβή, Ιόνιο Πανεπιστήμιο, Κέρκυρα", "Διδακτορική διατριβή, Ιόνιο Πανεπιστήμιο"),
        (
            "Rozprawa doktorska, Instytut Genetyki Człowieka Polskiej Akademii Nauk, Poznań",
            "Rozprawa doktorska, Instytut Genetyki Człowieka Polskiej Akademii Nauk",
        ),
        (
            "Tesis doctoral, Universidad Complutense de Madrid; Vidal-Pardo E",
            "Tesis doctoral, Universidad Complutense de Madrid",
        ),
        (
            "Trabajo Fin de Máster, Universidad Autónoma de Madrid",
            "Trabajo Fin de Máster, Universidad Autónoma de Madrid",
        ),
        ("Sc.D. dissertation, Harvard University", "Sc.D. dissertation, Harvard University"),
        (
            "Ph.D. dissertation, University of California, Davis",
            "Ph.D. dissertation, University of California, Davis",
        ),
    ],
)
def test_thesis_venues_without_their_town_or_director(printed: str, venue: str) -> None:
    """A town alone after an institution goes (not a state university's campus); a director after ";"
    goes; Spanish "Trabajo Fin de Máster" and "Sc.D." are degrees."""
    paper = pubkit.parse_reference(
        f"Lin, Y.-T. (2017). Fine particulate matter and incident diabetes. {printed}."
    )
    assert paper.venue is not None and paper.venue.name == venue


def test_a_status_and_the_venue_after_its_comma_and_spanish_sometido() -> None:
    """ "… renters. Revise and resubmit, *Social Problems*.": the status right after the title, the
    journal after its comma; Spanish "Sometido" (submitted) opening a moderncv item is no name."""
    paper = pubkit.loads(
        "= Publications\n\n== Under review\n\n"
        "- *Whitaker JR*. Precarity in place: a typology of housing trajectories among low-income renters."
        " Revise and resubmit,\n  /Social Problems/.\n",
        "cv",
        path="index.jemdoc",
    )[0]
    assert paper.venue is not None and paper.venue.name == "Social Problems"
    assert paper.status is pubkit.Status.UNDER_REVIEW
    submitted = pubkit.loads(
        "\\documentclass{moderncv}\n\\name{Luisa}{Ospina-Cárdenas}\n\\begin{document}\n"
        "\\section{Publicaciones}\n"
        "\\cvitem{Sometido}{\\uline{Restrepo-Gaviria MC}, \\textbf{Ospina-Cárdenas LF}. Emotion regulation"
        " as a mediator between war exposure and adolescent depression. Manuscrito sometido a \\emph{Dev"
        " Psychopathol}.}\n\\end{document}\n",
        "cv",
        path="cv.tex",
    )[0]
    assert [a.name for a in submitted.authors] == ["Restrepo-Gaviria MC", "Ospina-Cárdenas LF"]


def test_a_kind_of_work_before_a_status_and_a_links_label_are_no_venue() -> None:
    """ "*Management Science*. Manuscript under review.": "Manuscript" is a note; "Preprint:" before
    a link labels the link; neither is the venue's last word."""
    paper = pubkit.parse_reference(
        "Halvorsen, Ø., & Nowak, Ł. (2025). Reciprocity in online labor markets. *Management Science*."
        " Manuscript under review."
    )
    assert paper.venue is not None and paper.venue.name == "Management Science"
    assert paper.status is pubkit.Status.UNDER_REVIEW
    linked = pubkit.parse_reference(
        "Lüthi, S., & Aebischer, L. (2025). Dry spells within the rainy season: a storyline approach."
        " Submitted to *Earth's Future*. Preprint: https://doi.org/10.22541/essoar.173512345.55012345/v1"
    )
    assert linked.venue is not None and linked.venue.name == "Earth's Future"


def test_a_status_in_harvards_bracket_before_a_title_with_a_year() -> None:
    """ "(submitted)" where Harvard prints "(2024)": the sentence after it is the title, its year
    included; the next sentence the venue."""
    paper = pubkit.parse_reference(
        "Nowak-Zielińska, M. and Wiśniewski, T. (submitted) Attributing the September 2024 floods in the"
        " Kłodzko Valley to anthropogenic warming. Natural Hazards and Earth System Sciences."
    )
    assert (
        paper.title == "Attributing the September 2024 floods in the Kłodzko Valley to anthropogenic warming"
    )
    assert paper.venue is not None and paper.venue.name == "Natural Hazards and Earth System Sciences"
    assert paper.year is None and paper.status is pubkit.Status.SUBMITTED


def test_nature_proceedings_vancouver_supplements_and_a_server_in_a_note() -> None:
    """Nature's "in *Proc. …* 455–462 (Docomomo International, 2022)": pages and publisher are not the
    book's name; a year ending a title ("… de 1960.") is the title's; Vancouver's "2021;27 Suppl 1:S32";
    "Working paper, SSRN.": the server is the venue."""
    proceedings = pubkit.parse_reference(
        "Rossi, M. L. Reading the plan: typological analysis of 1970s housing estates. in *Proc. 17th"
        " International Docomomo Conference* 455–462 (Docomomo International, 2022)."
    )
    assert proceedings.venue is not None
    assert proceedings.venue.name == "Proc. 17th International Docomomo Conference"
    assert proceedings.pages == "455--462" and proceedings.year == 2022
    titled = pubkit.parse_reference(
        "Benítez, S. & Rossi, M. L. Arquitectura escolar y Estado: las escuelas del Plan de Construcciones"
        " Escolares de 1960. *Estoa* **9**, 77–89 (2020)."
    )
    assert titled.title.endswith("Escolares de 1960") and titled.year == 2020
    supplement = pubkit.parse_reference(
        "Salem MR, Elshafei NA. COVID-19 case fatality across Egyptian governorates [abstract]. East"
        " Mediterr Health J. 2021;27 Suppl 1:S32."
    )
    assert supplement.venue is not None and supplement.venue.name == "East Mediterr Health J"
    assert (supplement.year, supplement.volume) == (2021, "27")
    server = pubkit.parse_reference(
        "Thu Ha Nguyen and Minh Duc Pham. 2024. Large language models for audit sampling: A field"
        " experiment with a Vietnamese audit firm. Working paper, SSRN."
    )
    assert server.venue is not None and server.venue.name == "SSRN"


def test_a_theses_publisher_is_its_institution_not_a_supervisor() -> None:
    """ "M.Sc. Thesis, King Fahd University …, May 2016. (Supervisor: Prof. M. A. Abido)": the university
    publishes it; "Ph.D. Dissertation. Indian Institute of Technology Bombay" too; Vietnamese "Luận án
    Tiến sĩ" and Finnish "Kandidaatintutkielma" are theses, their town left out."""
    supervised = pubkit.parse_reference(
        'Al-Qahtani, A. M., "Control and Stability of Droop-Based DC Microgrids", M.Sc. Thesis, King Fahd'
        " University of Petroleum & Minerals, Dhahran, Saudi Arabia, May 2016."
        " (Supervisor: Prof. M. A. Abido)"
    )
    assert supervised.venue is not None
    assert supervised.venue.publisher == "King Fahd University of Petroleum & Minerals"
    bombay = pubkit.parse_reference(
        "Priyanka Deshmukh. 2019. *Hydrological Response of Upper Bhima Basin to Climate and Land Use"
        " Change*. Ph.D. Dissertation. Indian Institute of Technology Bombay, Mumbai, India."
    )
    assert bombay.venue is not None and bombay.venue.publisher == "Indian Institute of Technology Bombay"
    hanoi = pubkit.parse_reference(
        "Nguyễn Thị Thu Hà. 2016. Chất lượng lợi nhuận kế toán. Luận án Tiến sĩ Kinh tế. Trường Đại học"
        " Kinh tế Quốc dân, Hà Nội."
    )
    assert hanoi.title == "Chất lượng lợi nhuận kế toán"
    assert hanoi.venue is not None and hanoi.venue.publisher == "Trường Đại học Kinh tế Quốc dân"
    helsinki = pubkit.parse_reference(
        "Lehtinen, Aino. Torpparikysymys paikallisessa muistitiedossa. Kandidaatintutkielma, Helsingin"
        " yliopisto, 2021."
    )
    assert helsinki.venue is not None and helsinki.venue.kind is pubkit.VenueKind.THESIS
    assert helsinki.venue.publisher == "Helsingin yliopisto"


def test_a_reviews_book_sentence_before_the_journal_and_a_decades_word() -> None:
    """ "Arvio teoksesta Sanna Huttunen (toim.): *Digitaalinen historia Pohjolassa*. *Tieteessä
    tapahtuu* 41 (1)": the reviewed book's sentence is a note, the journal the venue; "1900-luvun"
    (the 1900s) is no year."""
    paper = pubkit.parse_reference(
        "Lehtinen, Aino. Digitaalinen historia ja analogiset kysymykset. Arvio teoksesta Sanna Huttunen"
        " (toim.): *Digitaalinen historia Pohjolassa*. *Tieteessä tapahtuu* 41 (1), 2023, 66–67."
    )
    assert paper.title == "Digitaalinen historia ja analogiset kysymykset"
    assert paper.venue is not None and paper.venue.name == "Tieteessä tapahtuu"
    decade = pubkit.parse_reference(
        "Lehtinen, Aino. Naisten kansalaisuus 1900-luvun alussa. *Historiallinen Aikakauskirja*, 2022."
    )
    assert decade.year == 2022


def test_gen82_kinds_in_one_reference_each() -> None:
    """Filipino "Dela Cruz, R. A." and three initials ("Villanueva, M. C. D."); a title going on after a
    comma up to Nature's italic venue; a university's name running on into its town; AMA's "Posted …"
    and a question opening the title; APA's date range in brackets; the title's last words before
    Vancouver's journal read as a publisher; AMA's publisher after the italic book's full stop."""
    names = pubkit.parse_reference(
        "Villanueva, M. C. D. & Dela Cruz, R. A. Biotic indices for Philippine streams. *J. Environ. Sci."
        " Manag.* **25**, 88–104 (2022)."
    )
    assert [a.name for a in names.authors] == ["M. C. D. Villanueva", "R. A. Dela Cruz"]
    place = pubkit.parse_reference(
        "Villanueva, M. C. D. & Santos, A. L. Post-Haiyan recovery of mangrove crab assemblages in Guiuan,"
        " Eastern Samar. *Proceedings of the Asia-Pacific Coastal Ecology Workshop*, Tacloban City, Nov"
        " 2017, pp. 41–47."
    )
    assert place.title.endswith("in Guiuan, Eastern Samar")
    hong_kong = pubkit.parse_reference(
        "Chan KY. Governing the Displaced [dissertation]. The University of Hong Kong; 2017."
    )
    assert hong_kong.venue is not None and hong_kong.venue.publisher == "The University of Hong Kong"
    question = pubkit.parse_reference(
        "Brandt F. Stumme Mehrheit? Die Schweigespirale in Kommentarspalten und die Bereitschaft zur"
        " Online-Partizipation. *Publizistik*. 2022;67(2):233-256."
    )
    assert question.title.startswith("Stumme Mehrheit?") and [a.name for a in question.authors] == [
        "Brandt F"
    ]
    posted = pubkit.parse_reference(
        "Brandt F, Weber T. Do AI-generated news summaries reduce trust in journalism? A conjoint"
        " experiment. *OSF Preprints*. Posted November 12, 2024. doi:10.31219/osf.io/x4k9e"
    )
    assert posted.venue is not None and posted.venue.name == "OSF Preprints"
    ranged = pubkit.parse_reference(
        "Valdés-Ortiz, C., & Fuenzalida, P. (2023, October 29–November 2). CFD analysis of wind loads on"
        " heliostats. In *Proceedings of the ASME International Mechanical Engineering Congress and"
        " Exposition*. ASME, New Orleans, LA, USA."
    )
    assert ranged.title == "CFD analysis of wind loads on heliostats" and ranged.year == 2023
    institute = pubkit.parse_reference(
        "Chan KY. Refugee intellectuals and the Cold War cultural front: the Union Research Institute,"
        " 1952-1969. *Cold War History*. 2021;21(3):301-322."
    )
    assert institute.title.endswith("the Union Research Institute, 1952-1969")
    chapter = pubkit.parse_reference(
        "Chan KY. Housing the refugees: the Shek Kip Mei fire revisited. In: Lam CM, Thompson R, eds."
        " *Colonial Cities in Postwar Asia*. Hong Kong University Press; 2022:115-139."
    )
    assert chapter.venue is not None and chapter.venue.name == "Colonial Cities in Postwar Asia"
    assert chapter.venue.publisher == "Hong Kong University Press"


def test_gen83_kinds_in_one_reference_each() -> None:
    """ "[Preprint]" / "[reseña]" tags after a title are no part of it; a two-word surname before the
    initials still ends the names ("Fuentes Rojas C. Medina y …"); Vancouver's "2020;(46)" (an issue,
    no volume) and a translator after the title; a thesis's institution after its degree (ABNT, NLM,
    Chicago, DIN)."""
    preprint = pubkit.parse_reference(
        "Fuentes Rojas C. Collective ignorance and the Chilean constitutional process [Preprint]."
        " PhilArchive. 2024. Available from: https://philarchive.org/rec/FUECIA"
    )
    assert preprint.title == "Collective ignorance and the Chilean constitutional process"
    review = pubkit.parse_reference(
        "Fuentes Rojas C. Medina y la epistemología de la resistencia [reseña]. Rev Latinoam Filos."
        " 2021;47(2):377-81."
    )
    assert review.title == "Medina y la epistemología de la resistencia"
    assert [a.name for a in review.authors] == ["Fuentes Rojas C"]
    issue = pubkit.parse_reference(
        "Fuentes Rojas C, Salinas Muñoz J. Desacuerdo entre pares y humildad intelectual. Veritas."
        " 2020;(46):9-30."
    )
    assert (issue.title, issue.year) == ("Desacuerdo entre pares y humildad intelectual", 2020)
    translated = pubkit.parse_reference(
        "Okonkwo-Bell A. Silencio testimonial y violencia epistémica. Fuentes Rojas C, traductora. Rev"
        " Filos (Santiago). 2019;76:211-33."
    )
    assert translated.title == "Silencio testimonial y violencia epistémica"
    theses = {
        "Tavares, R.M. (2018) *Mapeamento semântico de robôs móveis*. Tese (Doutorado em Engenharia"
        " Elétrica). Universidade Federal do Rio Grande do Norte, Natal.": "Universidade Federal do Rio"
        " Grande do Norte",
        "Al Marzouqi YA. Mechanics of solid expandable tubulars [dissertation]. Abu Dhabi (UAE): Khalifa"
        " University of Science and Technology; 2017.": "Khalifa University of Science and Technology",
        "Zürcher, Nadia. 2018. “Integrated Modelling of Buildings.” PhD diss., ETH Zürich.": "ETH Zürich",
        "Meier, Anna: Der Beschäftigungskrampf der Musiker. Würzburg, Julius-Maximilians-Universität,"
        " Diss. phil., 2015": "Julius-Maximilians-Universität",
        "Azoulay-Regev M. Serum zinc levels in children. MD thesis, Tel Aviv University; 2014. Supervisor:"
        " Prof. I. Zaltsman.": "Tel Aviv University",
    }
    for printed, institution in theses.items():
        paper = pubkit.parse_reference(printed)
        assert paper.venue is not None and paper.venue.kind is pubkit.VenueKind.THESIS, printed
        assert paper.venue.publisher == institution, printed


def test_vancouver_book_after_an_editor_mark_and_a_series_after_the_imprint() -> None:
    """Vancouver's chapter: the book after "editor." ends where the imprint begins; a series in brackets
    after the imprint is a note beside that book (not the publisher, not the volume), and the venue of a
    work with no book; MLA's "Ed. Jane Smith." before the names stays the editors."""
    chapter = pubkit.parse_reference(
        "Tesfaye A, Bekele M. Dust in the Ethiopian rift. In: Smith J, editor. Astrophysical dust. Cham:"
        " Springer; 2021. p. 45-67. (Astrophysics and Space Science Library; vol. 431)."
    )
    assert chapter.venue is not None
    assert (chapter.venue.name, chapter.venue.publisher) == ("Astrophysical dust", "Springer")
    assert chapter.volume is None and chapter.pages == "45--67"
    assert chapter.note is not None and "Astrophysics and Space Science Library" in chapter.note
    paper = pubkit.parse_reference(
        "Kamaruddin N.A. Stateless children and schooling in Sabah: a preliminary ethnography. Bangi:"
        " Institute of Ethnic Studies, UKM, 2022. 28 p. (KITA Working Paper Series; No. 42)."
    )
    assert paper.venue is not None and paper.venue.name == "KITA Working Paper Series"
    mla = pubkit.parse_reference(
        'Okonjo, Adaeze. "Emecheta\'s London." *The Cambridge Companion to the Black British Novel*. Ed.'
        " Jane Smith. Cambridge: Cambridge UP, 2018. 45-67. Print."
    )
    assert mla.venue is not None and mla.venue.name == "The Cambridge Companion to the Black British Novel"


def test_gen84_kinds_in_one_reference_each() -> None:
    """DIN's "Bd." and "u. a.", a title's sentence before "In:", an edition after an italic book, a
    colon after initials, a report's series in brackets, a thesis in a note; APA's month in the date's
    bracket, an article number, a book's publisher and access note after "In *Book*."; MLA's "edited by",
    a publishing house read as a venue, a review's sentence after a one-word name; GOST's hyphenated
    journal and a name before "//"."""
    din = pubkit.parse_reference(
        "González-Ruiz, María ; Haugen, Kristin Aasland ; Tveit, Ola ; u. a.: Food waste reduction apps. In:"
        " *Journal of Business Research* Bd. 139 (2022), S. 1203–1215"
    )
    assert [a.name for a in din.authors] == ["María González-Ruiz", "Kristin Aasland Haugen", "Ola Tveit"]
    assert din.venue is not None and (din.venue.name, din.volume) == ("Journal of Business Research", "139")
    question = pubkit.parse_reference(
        "Skjærvik, Hege ; Haugen, Kristin Aasland: Grønnvasking eller grønn kommunikasjon? Forbrukeres"
        " reaksjoner på miljøpåstander. In: *Praktisk økonomi & finans* Bd. 37 (2021), Nr. 2, S. 112–127"
    )
    assert question.title.endswith("? Forbrukeres reaksjoner på miljøpåstander")
    assert question.venue is not None and question.venue.name == "Praktisk økonomi & finans"
    book = pubkit.parse_reference(
        "Haugen, Kristin Aasland: *Markedsføring i en digital hverdag*. 2. utg. Bergen : Fagbokforlaget, 2022"
    )
    assert (book.title, book.venue) == ("Markedsføring i en digital hverdag", None)
    initials = pubkit.parse_reference(
        "Skjærvik, H. ; Haugen, K. A.: Green claims and consumer scepticism. In: *Advances in Consumer"
        " Research* Bd. 49. Duluth, MN : Association for Consumer Research, 2021, S. 455–456"
    )
    assert (initials.title, [a.name for a in initials.authors]) == (
        "Green claims and consumer scepticism",
        ["H. Skjærvik", "K. A. Haugen"],
    )
    report = pubkit.parse_reference(
        "Haugen, Kristin Aasland ; Larsen, Trond Erik: *Merkevarebygging for norsk sjømat i Asia*. Bergen :"
        " SNF, 2019 (SNF-rapport 07/19)"
    )
    assert report.venue is not None
    assert (report.venue.name, report.venue.kind) == ("SNF-rapport", pubkit.VenueKind.REPORT)
    thesis = pubkit.parse_reference(
        "Haugen, Kristin Aasland: *Essays on brand extensions and consumer evaluation*. Bergen, Norges"
        " Handelshøyskole, Diss., 2012"
    )
    assert thesis.venue is not None and thesis.venue.publisher == "Norges Handelshøyskole"
    month = pubkit.parse_reference(
        "Correia, B. A. (2019, dezembro). Ouvir as freiras de Évora. *Glosas*, (20), 12–15."
    )
    assert month.title == "Ouvir as freiras de Évora"
    entry = pubkit.parse_reference(
        "Correia, B. A. (2021). Sociedade Filarmónica Capricho Bejense. In *Dicionário das bandas"
        " filarmónicas portuguesas*. INET-md. Consultado em 3 de março de 2024, em https://bandas.inetmd.pt/x"
    )
    assert entry.venue is not None
    assert (entry.venue.name, entry.venue.publisher) == (
        "Dicionário das bandas filarmónicas portuguesas",
        "INET-md",
    )
    assert entry.year == 2021
    online = pubkit.parse_reference(
        "Correia, B. A. (2020). Santa Clara de Évora, Convento de. In *Enciclopédia da música religiosa em"
        " Portugal* (online). CESEM."
    )
    assert online.venue is not None and online.venue.name == "Enciclopédia da música religiosa em Portugal"
    edited = pubkit.parse_reference(
        'Roslan, Nur Aqilah. "Steamships and the Sacred: Malay Pilgrims in the Red Sea." *The Indian Ocean'
        " and the Making of Islamic Modernity*, edited by Miriam Kessler and Omar Haddad, Edinburgh UP, 2022,"
        " pp. 201–24."
    )
    assert (
        edited.venue is not None
        and edited.venue.name == "The Indian Ocean and the Making of Islamic Modernity"
    )
    house = pubkit.parse_reference(
        "Roslan, Nur Aqilah, and Tan Kah Seng. *Print, Piety and Politics in the Malay World*. Penerbit"
        " Universiti Kebangsaan Malaysia, 2021."
    )
    assert house.venue is None
    review = pubkit.parse_reference(
        "Roslan, Nur Aqilah. Review of *Emergency Landscapes: Counterinsurgency and Memory in Malaya*, by"
        " James Harcourt. *Asian Studies Review*, 2019."
    )
    assert review.title.startswith("Review of Emergency Landscapes")
    assert [a.name for a in review.authors] == ["Nur Aqilah Roslan"]
    gost = pubkit.parse_reference(
        "Минералого-геохимические особенности месторождения Пак Ланг / К.Х. Фам, Н.В. Гусева, Т.Х. Чан //"
        " Геология рудных месторождений. – 2023. – Т. 65, № 6. – С. 531–548."
    )
    assert [a.name for a in gost.authors][-1] == "Т.Х. Чан"
    assert gost.venue is not None and gost.venue.name == "Геология рудных месторождений"
    hyphen = pubkit.parse_reference(
        "Phạm Quang Huy, Nguyễn Văn Nam. Đặc điểm khoáng vật quặng vàng vùng Pắc Lạng // Tạp chí Khoa học Kỹ"
        " thuật Mỏ - Địa chất. – 2021. – T. 62, № 3. – Tr. 45–56."
    )
    assert hyphen.venue is not None and hyphen.venue.name == "Tạp chí Khoa học Kỹ thuật Mỏ - Địa chất"


def test_gen85_kinds_in_one_reference_each() -> None:
    """A venue-first entry ("*Journal* (year) — Title. Names."), a title's last word before the owner's
    highlighted name, a last name read into the title at the entry's end, initials after an inverted
    last name before the venue, an italic title's last word (or its only word) before plain names, and
    "Mémoire de Master" as a thesis."""
    first = pubkit.parse_reference(
        "***Int J Epidemiol*** (2023) — Cohort profile: the Karachi Urban Birth Cohort (KUBC). **Abbasi HN**,"
        " Qureshi S, Yousafzai MT."
    )
    assert first.title == "Cohort profile: the Karachi Urban Birth Cohort (KUBC)"
    assert [a.name for a in first.authors] == ["Abbasi HN", "Qureshi S", "Yousafzai MT"]
    assert first.venue is not None and first.venue.name == "Int J Epidemiol"
    status = pubkit.parse_reference(
        "***Lancet Reg Health Southeast Asia*** (2025, under review) — Heat waves and all-cause mortality in"
        " Karachi: a case-crossover study. **Abbasi HN**, Chen X, Jamali T."
    )
    assert status.venue is not None and status.venue.name == "Lancet Reg Health Southeast Asia"
    assert status.title == "Heat waves and all-cause mortality in Karachi: a case-crossover study"
    inverted = pubkit.parse_reference(
        "*Die therapeutische Beziehung in der Online-Therapie: Ein narratives Review.* Rüegg-Favre, C., &"
        " Wyss, T. *Verhaltenstherapie*, 32(3), 101–112."
    )
    assert [a.name for a in inverted.authors] == ["C. Rüegg-Favre", "T. Wyss"]
    assert inverted.title == "Die therapeutische Beziehung in der Online-Therapie: Ein narratives Review"
    assert inverted.venue is not None and inverted.venue.name == "Verhaltenstherapie"
    one_word = pubkit.parse_reference(
        "*Prüfungsangst.* Rüegg-Favre, C. In T. Wyss & E. Moser (Hrsg.), *Klinische Psychologie im"
        " Hochschulkontext* (S. 113–131). Bern: Hogrefe."
    )
    assert (one_word.title, [a.name for a in one_word.authors]) == ("Prüfungsangst", ["C. Rüegg-Favre"])
    assert pubkit.venues.guess_kind("Mémoire de Master, Université de Lausanne") is pubkit.VenueKind.THESIS


def test_gen85_events_reports_and_years_in_styled_titles() -> None:
    """ABNT's event after its name ("…, 18., 2022, Giza. **Proceedings** [...]") is no part of it, and an
    event named in Portuguese is a conference; a year inside a bold title stays the title's when the
    entry's own year comes later; a report's series in brackets after the imprint is its venue."""
    abnt = pubkit.parse_reference(
        "SILVA, João. Título do trabalho aqui. In: CONGRESSO BRASILEIRO DE AVICULTURA, 12., 2019, Campinas."
        " **Anais** [...]. Campinas: FACTA, 2019. p. 1-2."
    )
    assert abnt.venue is not None
    assert (abnt.venue.name, abnt.venue.kind) == (
        "CONGRESSO BRASILEIRO DE AVICULTURA",
        pubkit.VenueKind.CONFERENCE,
    )
    report = pubkit.parse_reference(
        "EL-SHARKAWY, Mona Abdel-Fattah; MORSY, Ayman Hussein; FAWZY, Mahmoud Ashraf. **Seasonal"
        " surveillance of respiratory viruses in commercial poultry, Egypt 2023**. 10th of Ramadan City: Nile"
        " Vet Biologics, 2024. (NVB Technical Reports, 7)."
    )
    assert (report.title, report.year) == (
        "Seasonal surveillance of respiratory viruses in commercial poultry, Egypt 2023",
        2024,
    )
    assert report.venue is not None and report.venue.name == "NVB Technical Reports"


def test_gen86_kinds_in_one_reference_each() -> None:
    """GOST's marked last initial before the title and its thesis "… : MS thesis / University. — Town";
    a preprint server printed where a publisher would be; LNCS's series acronym before "vol."."""
    marked = pubkit.parse_reference(
        "Santiago R. M., Lim J. A., Dizon C. B.^†^ TagaloGLUE: a benchmark for natural language understanding"
        " in Filipino // Language Resources and Evaluation. --- 2025. --- Vol. 59, No. 1. --- P. 211--240."
    )
    assert marked.title.startswith("TagaloGLUE")
    assert [a.name for a in marked.authors][-1] == "Dizon C. B."
    theses = {
        "Santiago R. M. A hybrid stemmer for Tagalog using finite-state morphology : MS thesis / De La Salle"
        " University. --- Manila, 2019. --- 96 p.": "De La Salle University",
        "Сантьяго Р. М. Методы морфологического анализа для малоресурсных языков : дис. ... канд. техн. наук"
        " : 05.13.17 / Университет ИТМО. — Санкт-Петербург, 2022. — 148 с.": "Университет ИТМО",
    }
    for printed, institution in theses.items():
        thesis = pubkit.parse_reference(printed)
        assert thesis.venue is not None and thesis.venue.kind is pubkit.VenueKind.THESIS, printed
        assert thesis.venue.publisher == institution, printed
    server = pubkit.parse_reference(
        "Lim, K.T., Mendoza Jr., A.R.: A national dataset of daily streamflow for Philippine catchments"
        " (PhilFlow v1.0). EarthArXiv (2024). https://doi.org/10.31223/X5Q35K"
    )
    assert server.title.endswith("(PhilFlow v1.0)")
    assert server.venue is not None and server.venue.name == "EarthArXiv"
    assert server.authors[1].family == "Mendoza"
    series = pubkit.parse_reference(
        "Mendoza Jr., A.R.: Tropical cyclone rainfall and flash floods in Mindanao. In: Nakamura, T., Ahmad,"
        " S. (eds.) Water Security in Southeast Asia. WSTL, vol. 104, pp. 211–232. Springer, Cham (2022)."
    )
    assert series.venue is not None and series.venue.name == "Water Security in Southeast Asia"


def test_gen86_acm_elsevier_and_report_kinds() -> None:
    """ACM's chapter book before its editors' names and "(Eds.)" (its colon no imprint's), a surname after
    a middle initial before "Forthcoming.", a report series read as the publisher or a note; Elsevier's
    journal in title case after the title's last comma, before "139 (2022)"."""
    acm = pubkit.parse_reference(
        "Jerome Angelo S. Villareal. 2021. Mapping with, not for: participatory GIS in post-Yolanda Tacloban."
        " In Disaster Recovery in the Philippines: Lessons from Haiyan, Lourdes Q. Gatdula and Paolo R."
        " Umali (Eds.). Springer Nature Singapore, Singapore, 89-107."
    )
    assert (
        acm.venue is not None
        and acm.venue.name == "Disaster Recovery in the Philippines: Lessons from Haiyan"
    )
    forthcoming = pubkit.parse_reference(
        "Jerome Angelo S. Villareal, Patricia Anne L. Garcia, and Kristel Anne D. Macaraeg. Forthcoming."
        " Tides, tilapia and tricycles: livelihoods on the sinking coast of Bulacan. In Coastal Lives:"
        " Ethnographies of the Philippine Littoral, Rosalind C. Tuazon (Ed.). Ateneo de Manila University"
        " Press, Quezon City."
    )
    assert forthcoming.title.startswith("Tides, tilapia and tricycles")
    assert forthcoming.authors[-1].name == "Kristel Anne D. Macaraeg"
    assert forthcoming.venue is not None
    assert forthcoming.venue.name == "Coastal Lives: Ethnographies of the Philippine Littoral"
    reports = {
        "Ma. Theresa R. Castillo and Jerome Angelo S. Villareal. 2020. COVID-19 and hazard exposure in Metro"
        " Manila. UP CIDS Discussion Paper Series 2020-07. UP Center for Integrative and Development Studies,"
        " Quezon City.": "UP CIDS Discussion Paper Series",
        "Renato G. Bañez and Jerome Angelo S. Villareal. 2017. LiDAR-based flood hazard maps of the"
        " Iloilo-Jalaur River Basin. NOAH Technical Report Series, No. 2017-11. Project NOAH, DOST, Quezon"
        " City.": "NOAH Technical Report Series",
    }
    for printed, series in reports.items():
        report = pubkit.parse_reference(printed)
        assert report.venue is not None and report.venue.name == series, printed
    elsevier = pubkit.parse_reference(
        "P. Dąbrowski, G. Szczęsny, M. Zielińska, Round-robin fatigue testing of L-PBF Ti-6Al-4V specimens:"
        " results from seven European laboratories, Engineering Failure Analysis 139 (2022) 106457."
    )
    assert elsevier.title.endswith("results from seven European laboratories")
    assert elsevier.venue is not None and elsevier.venue.name == "Engineering Failure Analysis"


def test_a_manuscript_sent_for_publication_is_a_status() -> None:
    """Spanish "Manuscrito enviado para publicación" says the paper is submitted; it names no venue."""
    paper = pubkit.parse_reference(
        "Ferreyra ME, Paz L. Identidad digital y exclusión: una revisión sistemática. Manuscrito enviado para"
        " publicación; 2025."
    )
    assert (paper.status, paper.venue, paper.year) == (pubkit.Status.SUBMITTED, None, 2025)


def test_gen87_venue_first_variants_and_acm_dates() -> None:
    """Venue-first entries with a bracket between the venue and the dash ("(2020) [Editorial] —"), a
    thesis's degree and institution as the venue, names at the end whatever they were read as; ACM's
    "[n. d.]" where the year goes, and a title read into the venue after the year."""
    editorial = pubkit.parse_reference(
        "**Journal of Nursing Management** (2020) [Editorial] — Nursing leadership in Saudi Arabia during"
        " COVID-19: lessons for Vision 2030. Alqahtani, N. S."
    )
    assert editorial.title == "Nursing leadership in Saudi Arabia during COVID-19: lessons for Vision 2030"
    assert [a.name for a in editorial.authors] == ["N. S. Alqahtani"]
    assert editorial.venue is not None and editorial.venue.name == "Journal of Nursing Management"
    thesis = pubkit.parse_reference(
        "**PhD thesis, University of Technology Sydney** (2015) — Becoming a nurse: professional identity"
        " formation among Saudi women. Alqahtani, Noura S."
    )
    assert thesis.title == "Becoming a nurse: professional identity formation among Saudi women"
    assert thesis.venue is not None and thesis.venue.publisher == "University of Technology Sydney"
    undated = pubkit.parse_reference(
        "Karen Vestergaard Thøgersen and Ida Marie Fogh. [n. d.]. Waiting with Data: Temporalities of"
        " Self-Tracking in Danish Cardiac Rehabilitation. Medical Anthropology Quarterly. Under review."
    )
    assert undated.title.startswith("Waiting with Data") and undated.year is None
    assert [a.name for a in undated.authors] == ["Karen Vestergaard Thøgersen", "Ida Marie Fogh"]
    short = pubkit.parse_reference(
        "Karen Vestergaard Thøgersen. 2022. Når kommunen banker på. Jordens Folk 57, 1 (2022), 12-19."
    )
    assert short.title == "Når kommunen banker på"
    assert short.venue is not None and short.venue.name == "Jordens Folk"


def test_a_styled_venue_then_its_year_in_brackets_opens_the_entry() -> None:
    """ "***Journal of Cross-Cultural Psychology*** (2024). Title. Names. *55*(3), 301–322.": the styled
    name before "(2024)." is the venue (no person's: no initial, no comma); "**Smith, J.** (2024)." is
    still a name."""
    paper = pubkit.parse_reference(
        "***Journal of Cross-Cultural Psychology*** (2024). Face concern, harmony maintenance, and everyday"
        " conflict avoidance in three Malaysian ethnic groups. Lim, K. H., Mohd Yusof, N. H., Subramaniam,"
        " K., & Chua, B. S. *55*(3), 301–322."
    )
    assert paper.venue is not None and paper.venue.name == "Journal of Cross-Cultural Psychology"
    assert paper.title.startswith("Face concern") and paper.year == 2024
    owner_first = pubkit.parse_reference(
        "**Smith, J.** (2024). Deep nets for cats and their owners. *Journal of Things*, *12*(3), 45–67."
    )
    assert [a.name for a in owner_first.authors] == ["J. Smith"]


def test_a_venue_first_entry_with_its_numbers_before_the_dash_and_an_italic_title() -> None:
    """ "**Radiocarbon** 63(5), 2021, 1411–1430 — *Bayesian chronology …*. Names": the numbers between
    the venue and the dash are the venue's; an italic title after the dash is no styled title the dash
    sits in."""
    paper = pubkit.parse_reference(
        "**Journal of Archaeological Science: Reports** 49, 2023, 104012 — *Provenancing Low Countries"
        " greyware with pXRF: a pilot on 12th-century assemblages from Bruges*. K. Vandenbroucke, **J."
        " Claeys** & S. Peeters."
    )
    assert paper.title.startswith("Provenancing Low Countries greyware")
    assert paper.venue is not None and paper.venue.name == "Journal of Archaeological Science: Reports"
    assert [a.name for a in paper.authors] == ["K. Vandenbroucke", "J. Claeys", "S. Peeters"]


def test_abnt_thesis_imprint_and_journal_numbers() -> None:
    """ABNT's "Title. 2019. 212 f. Tese (Doutorado em X) – Universidade, Cidade, 2019.": the year and the
    leaves end no title and the institution is the thesis's (also after a Swedish "Licentiatavhandling –"
    or an "(LL.M. in …)" degree); "*Journal*, 2021, v. 598" keeps its year; "*Journal*, Leiden, n. 6"
    (no volume) its town."""
    doctoral = pubkit.parse_reference(
        "LINDQVIST, M. **Frost heave under Nordic roads**: field data and models. 2019. 212 f. Tese"
        " (Doutorado em Engenharia Civil) – Universidade Federal do Paraná, Curitiba, 2019."
    )
    assert doctoral.title == "Frost heave under Nordic roads: field data and models"
    assert doctoral.year == 2019 and doctoral.pages == "212"
    assert doctoral.venue is not None and doctoral.venue.publisher == "Universidade Federal do Paraná"
    licentiate = pubkit.parse_reference(
        "LINDQVIST, M. **Snow loads on timber roofs**: a survey in Norrbotten. 2014. 61 f."
        " Licentiatavhandling – Luleå tekniska universitet (LTU), Luleå, 2014."
    )
    assert licentiate.title == "Snow loads on timber roofs: a survey in Norrbotten"
    assert licentiate.venue is not None and licentiate.venue.publisher == "Luleå tekniska universitet"
    master = pubkit.parse_reference(
        "AL MANSOORI, Hessa Ali. **Arbitration clauses in Gulf construction contracts**. 2015. 140 f."
        " Dissertação (LL.M. in Construction Law) – King's College London, London, 2015."
    )
    assert master.venue is not None and master.venue.publisher == "King's College London"
    journal = pubkit.parse_reference(
        "NORDIN, E.; BERG, A. Lake ice phenology from Sentinel-1 in northern Sweden. **Remote Sensing of"
        " Environment**, 2022, v. 270, 112871."
    )
    assert journal.year == 2022 and journal.venue is not None
    assert journal.venue.name == "Remote Sensing of Environment"
    unnumbered = pubkit.parse_reference(
        "AL MANSOORI, Hessa Ali. Penalty clauses and Article 390 of the UAE Civil Code. **Journal of"
        " Business Law**, London, n. 4, p. 301-322, 2020."
    )
    assert unnumbered.venue is not None and unnumbered.venue.name == "Journal of Business Law"


def test_abnt_names_end_at_a_given_names_full_stop() -> None:
    """ "AL MANSOORI, Hessa Ali. Hawala, trust and …": ABNT's names are "SURNAME, Given" joined by ";",
    so a word after a given name's full stop that is no capitalised surname opens the title; a law's
    "No. 9 of 2016" stays in the title; "Em avaliação" is a status."""
    paper = pubkit.parse_reference(
        "AL MANSOORI, Hessa Ali. Remittances, trust and the informal economy in the Gulf. **Journal of"
        " Money Laundering Control**, Bingley, v. 25, n. 1, p. 12-30, 2022."
    )
    assert [a.name for a in paper.authors] == ["Hessa Ali AL MANSOORI"]
    assert paper.title.startswith("Remittances, trust")
    law = pubkit.parse_reference(
        "AL MANSOORI, Hessa Ali. Reorganisation after Federal Decree-Law No. 9 of 2016 on Bankruptcy."
        " **International Insolvency Review**, Chichester, v. 29, n. 2, p. 101-120, 2020."
    )
    assert law.title == "Reorganisation after Federal Decree-Law No. 9 of 2016 on Bankruptcy"
    reviewed = pubkit.parse_reference(
        "AL MANSOORI, Hessa Ali; SZABÓ, Anna. Smart contracts under civil law codes. **Computer Law \\&"
        " Security Review**. Em avaliação."
    )
    assert reviewed.status is pubkit.Status.UNDER_REVIEW
    assert reviewed.venue is not None and reviewed.venue.name == "Computer Law & Security Review"


def test_a_cv_key_in_an_entry_macros_first_argument_is_no_part_of_the_entry() -> None:
    """moderncv's "\\cvitem{[A9]}{SANTOS, C. R. dos; …}": the key is the CV's own numbering, as an
    "\\item[A9]"'s, not a line of the entry the labeller would read as one field; a Portuguese legend
    "* Autoria compartilhada" gives the marker its meaning."""
    papers = pubkit.loads(
        "\\documentclass{moderncv}\n\\name{Ingrid}{Berg}\n\\begin{document}\n\\section{Publications}\n"
        "\\cvitem{}{* Autoria compartilhada / equal authorship.}\n"
        "\\cvitem{[A9]}{SANTOS, C. R. dos*; BERG, I.*; MACHADO, F. S. Avaliação de produtos de precipitação"
        " por satélite (IMERG e CHIRPS) na bacia do rio Taquari-Antas.\n"
        "  \\textbf{Revista Brasileira de Meteorologia}, São Paulo, v. 35, n. 4, p. 611-624, 2020.}\n"
        "\\end{document}\n",
        "cv",
        path="cv.tex",
    )
    [paper] = papers
    assert paper.title.startswith("Avaliação de produtos")
    assert paper.venue is not None and paper.venue.name == "Revista Brasileira de Meteorologia"
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]


def test_iso690_names_in_capitals_and_thesis_and_report_kinds() -> None:
    """ISO 690's "NGUYEN, Duc Anh, LI, Xiaoyu, KOH, E. and …": a short word of capitals before given
    names is a family name, not initials; "B.A. Honors Thesis" is the thesis's kind whole; ACS's italic
    "*… Technical Report* 2018-04;" is a report's series; "eLife. Under review" names the journal."""
    names = pubkit.parse_reference(
        "NGUYEN, Duc Anh, LI, Xiaoyu, KOH, E. and WALSH, B. J. Cryo-EM of a seeded tau fibril. The EMBO"
        " Journal. 2022, vol. 41, no. 19, e111027."
    )
    assert [a.name for a in names.authors] == ["Duc Anh NGUYEN", "Xiaoyu LI", "E. KOH", "B. J. WALSH"]
    honors = pubkit.parse_reference(
        "Okafor, D. Zero Forcing on Circulant Graphs. B.A. Honors Thesis, Reed College, Portland, OR, 2019."
    )
    assert honors.title == "Zero Forcing on Circulant Graphs"
    assert honors.venue is not None and honors.venue.name.startswith("B.A. Honors Thesis")
    report = pubkit.parse_reference(
        "Lopez, E.; Okafor, D. Sorting with Two Stacks. *Cascade Summer REU Technical Report* 2019-02;"
        " Cascade College: Bend, OR, 2019."
    )
    assert report.title == "Sorting with Two Stacks"
    assert report.venue is not None and report.venue.name == "Cascade Summer REU Technical Report"
    submitted = pubkit.parse_reference(
        "KOH, Eugene and LI, Xiaoyu. Chaperones keep FUS out of stress granules. eLife. Under review."
    )
    assert submitted.venue is not None and submitted.venue.name == "eLife"
    assert submitted.title == "Chaperones keep FUS out of stress granules"


def test_gost_and_din_edges() -> None:
    """GOST: "// Revista de Contabilidad – Spanish Accounting Review." is one journal; a span of years
    before " / " ends the title; "tesis de maestría … / Universidad …. Ciudad, 2020." ends the venue at
    the institution; "(Documentos de Trabajo del IICE ; N.º 12)" is a working paper's series. DIN: "u. a."
    after a name is an et al."""
    article = pubkit.parse_reference(
        "Costos ocultos de la inflación en pymes (2019–2022) / L. B. Ferreyra, A. Lerda // Revista de"
        " Contabilidad – Spanish Accounting Review. 2024. Vol. 27, No. 1. P. 45–60."
    )
    assert article.title == "Costos ocultos de la inflación en pymes (2019–2022)"
    assert article.venue is not None
    assert article.venue.name == "Revista de Contabilidad – Spanish Accounting Review"
    thesis = pubkit.parse_reference(
        "Ferreyra L. B. Riesgo de auditoría en cooperativas : tesis de maestría en Auditoría / Universidad"
        " Nacional de Rosario. Rosario, 2019. 120 p."
    )
    assert thesis.title == "Riesgo de auditoría en cooperativas"
    assert thesis.venue is not None and thesis.venue.publisher == "Universidad Nacional de Rosario"
    grado = pubkit.parse_reference(
        "Ferreyra L. B. Costeo de la yerba mate : trabajo final de grado / Universidad Nacional de Misiones."
        " Posadas, 2016. 70 p."
    )
    assert grado.venue is not None and grado.venue.publisher == "Universidad Nacional de Misiones"
    series = pubkit.parse_reference(
        "Ferreyra L. B. Informes integrados en la bolsa argentina. Córdoba : FCE-UNC, 2022. 30 p."
        " (Documentos de Trabajo del IICE ; N.º 9)."
    )
    assert series.venue is not None and series.venue.name == "Documentos de Trabajo del IICE"
    din = pubkit.parse_reference(
        "**RAHIMI-TABAR, Kaveh** u. a.: Ride-hailing and car ownership in Tehran. In: *Transport Policy* 131"
        " (2023), S. 1-12"
    )
    assert [a.name for a in din.authors] == ["Kaveh RAHIMI-TABAR"]


def test_venue_first_dates_statuses_and_names_before_numbers() -> None:
    """A venue-first CV's "***J*** (2019) Title." (no full stop after the bracket), "(in press).",
    "(2023), pp. 77–98." before the title; the inverted names after the title's sentence end at their
    initials, before the volume and article number ("& Abdul Rahman, A. *14*, Article 118."); a bold
    venue with its town and year inside ("**Actes …, Namur 2019**, 2020, 77–84 — *Title*.") is the venue,
    a bold year alone ("**2024** — A. Ionescu, …") none."""
    plain = pubkit.parse_reference(
        "***Personality and Individual Differences*** (2020) Narcissism and online incivility: A diary"
        " study of Malaysian adults. Teoh, A. N., **Mohd Yusof, N. H.**, & Abdul Rahman, A. *160*, Article"
        " 109921."
    )
    assert plain.title.startswith("Narcissism and online incivility")
    assert plain.venue is not None and plain.venue.name == "Personality and Individual Differences"
    assert [a.name for a in plain.authors] == ["A. N. Teoh", "N. H. Mohd Yusof", "A. Abdul Rahman"]
    pressed = pubkit.parse_reference(
        "***Social Psychological Bulletin*** (in press). Blame toward flood victims: Two experiments."
        " Kaur, H., **Mohd Yusof, N. H.***, & Subramaniam, K."
    )
    assert pressed.status is pubkit.Status.ACCEPTED
    assert pressed.venue is not None and pressed.venue.name == "Social Psychological Bulletin"
    chapter = pubkit.parse_reference(
        "***Intergroup Relations in Southeast Asia*** (2022), pp. 12–30. Everyday multiculturalism on"
        " campus. **Mohd Yusof, N. H.** In W. Y. Chin (Ed.). Springer Nature Singapore."
    )
    assert chapter.title == "Everyday multiculturalism on campus"
    assert chapter.venue is not None and chapter.venue.name == "Intergroup Relations in Southeast Asia"
    proceedings = pubkit.parse_reference(
        "**Actes des Journées d'archéologie en Wallonie, Namur 2019**, 2020, 77–84 — *Une ferme médiévale"
        " près de Tournai*. H. Dumoulin, **J. Claeys** & J.-M. Lecomte."
    )
    assert proceedings.venue is not None
    assert proceedings.venue.name.startswith("Actes des Journées d'archéologie en Wallonie")
    assert proceedings.year == 2020 and len(proceedings.authors) == 3
    year_first = pubkit.parse_reference(
        "**2024** — A. Ionescu, M. U. Khalid, *Stanley depth of quotients of path ideals*, Bull. Math."
        " Soc. Sci. Math. Roumanie (N.S.) **67(115)** (2024), no. 1, 61–74."
    )
    assert year_first.title == "Stanley depth of quotients of path ideals"


def test_venue_first_names_before_a_set_off_title() -> None:
    """ "**Phys. Rev. B** 109, 075418 (2024) --- T. Akter, and M. N. H. Chowdhury, "Title".": after Pandoc's
    "---" (or an org description's "::") the names come first and end at a quoted title; the venue's
    numbers and year stay its own."""
    physics = pubkit.parse_reference(
        '**Appl. Phys. Lett.** 118, 062401 (2021) --- Chowdhury M. N. H., Tanaka Y., Sato K., "Giant magnon'
        ' Hall effect in honeycomb ferromagnets".'
    )
    assert physics.title == "Giant magnon Hall effect in honeycomb ferromagnets"
    assert len(physics.authors) == 3
    assert physics.venue is not None and physics.venue.name == "Appl. Phys. Lett."
    assert (physics.volume, physics.year) == ("118", 2021)
    papers = pubkit.loads(
        '* Publications\n- /Glia/ 70(2):310–325 (2022) :: Holm KS, Østergaard MH. "Astrocytic calcium in'
        ' the barrel cortex during whisking."\n- /eLife/ 11:RP77123 (2022) :: Friis RØ*, Holm KS*, Dalsgaard'
        ' AS, Højgaard JC. "Locus coeruleus bursts reset astrocytic calcium during NREM sleep."\n',
        "cv",
        path="cv.org",
    )
    assert [p.title for p in papers] == [
        "Astrocytic calcium in the barrel cortex during whisking",
        "Locus coeruleus bursts reset astrocytic calcium during NREM sleep",
    ]
    assert [a.name for a in papers[1].authors] == ["Friis RØ", "Holm KS", "Dalsgaard AS", "Højgaard JC"]
    assert papers[1].venue is not None and papers[1].venue.name == "eLife"


def test_abnt_leaves_and_initials_and_a_status_sentence_are_no_title() -> None:
    """ABNT's thesis without its leaves ("2016. Tesis (Magíster …) – Universidad …"), a "Memoria (Título
    de …)", the title after a last name's initials ("…; MELLA RIVAS, J. Salmon, debt and …"), and a
    sentence "Manuscrito enviado a **Journal**." ending the title (the status and where it went)."""
    thesis = pubkit.parse_reference(
        "QUISPE ROJAS, Ana. **Pastoras del altiplano**: agua y trabajo en Caquena. 2015. Tesis (Magíster en"
        " Antropología) – Universidad de Tarapacá, Arica, 2015."
    )
    assert thesis.title == "Pastoras del altiplano: agua y trabajo en Caquena"
    assert thesis.venue is not None and thesis.venue.publisher == "Universidad de Tarapacá"
    memoria = pubkit.parse_reference(
        "QUISPE ROJAS, Ana. **Mar, sal y memoria**: recolectoras en Quemchi. 2011. Memoria (Título de"
        " Antropóloga Social) – Universidad de Chile, Santiago, 2011."
    )
    assert memoria.title == "Mar, sal y memoria: recolectoras en Quemchi"
    assert [a.name for a in memoria.authors] == ["Ana QUISPE ROJAS"]
    assert memoria.venue is not None and memoria.venue.publisher == "Universidad de Chile"
    sent = pubkit.parse_reference(
        "QUISPE ROJAS, A.; MELLA RIVAS, J. Salmon, debt and kinship in Chiloé. Manuscrito enviado a"
        " **American Ethnologist**."
    )
    assert sent.title == "Salmon, debt and kinship in Chiloé"
    assert [a.name for a in sent.authors] == ["A. QUISPE ROJAS", "J. MELLA RIVAS"]
    assert sent.status is pubkit.Status.SUBMITTED
    assert sent.venue is not None and sent.venue.name == "American Ethnologist"


def test_harvard_single_quoted_titles_and_caret_legends() -> None:
    """Harvard's "(submitted) 'Title', *Journal*." ends the title at its quote and comma (ASCII quotes
    are apostrophes to the tokenizer), also when the italic journal wraps to the next line; a "^" is a
    role marker its legend explains ("^ denotes joint first authorship", "trainees are marked with ^"),
    and "Names of students I supervise are marked with an asterisk (*)" is a legend."""
    submitted = pubkit.parse_reference(
        "Walker, J.*, Parata, H. and Tipene, M. (submitted) 'Kaupapa Māori photovoice in practice: notes from"
        " a rangatahi study', *International Journal of Qualitative Methods*."
    )
    assert submitted.title == "Kaupapa Māori photovoice in practice: notes from a rangatahi study"
    assert (
        submitted.venue is not None and submitted.venue.name == "International Journal of Qualitative Methods"
    )
    papers = pubkit.loads(
        "## Publications\n\nNames of students I supervise are marked with an asterisk (*). ^ denotes joint"
        " first authorship.\n\n1. Ngata, R.^, Parata, H.^ and Walker, J.* (2024) 'Te Tiriti in the Pae Ora"
        " Act: a policy analysis', *New Zealand Medical Journal*, 137(1590), pp. 45–56.\n\n"
        "2. Pōmare, T., Parata, H. and Ngata, R. (2021) 'Kaupapa Māori evaluation in practice: lessons from a"
        " rural smoking cessation service',\n   *AlterNative: An International Journal of Indigenous"
        " Peoples*, 17(4), pp. 512–521.\n",
        "cv",
        path="publications.md",
    )
    assert [a.equal_contribution for a in papers[0].authors] == [True, True, False]
    assert (
        papers[1].title
        == "Kaupapa Māori evaluation in practice: lessons from a rural smoking cessation service"
    )
    assert papers[1].venue is not None
    assert papers[1].venue.name == "AlterNative: An International Journal of Indigenous Peoples"
    assert not papers.problems
    trainees = pubkit.loads(
        "Publications (trainees are marked with ^):\n\n1. Whitfield DM, Begay RT^, Nakai S. Prenatal care"
        " among American Indian women in rural New Mexico. Matern Child Health J. 2022;26(8):1645-55.\n",
        "cv",
        path="biosketch.txt",
    )
    assert not trainees.problems


def test_a_year_first_entry_with_one_vancouver_name() -> None:
    """ "**2019** — Marchetti F. *Il profilo forza-velocità …*": the name after the year's dash is the
    author, not the title's first words."""
    book = pubkit.parse_reference(
        "**2020** — Marchetti F. *Il profilo forza-velocità: dalla teoria al campo.* Perugia: Calzetti"
        " Mariucci, 164 pp."
    )
    assert book.title == "Il profilo forza-velocità: dalla teoria al campo"
    assert [a.name for a in book.authors] == ["Marchetti F"]


def test_venue_first_names_with_initials_then_an_unstyled_title() -> None:
    """ "*Materials and Structures*, 2022 — C. Aubry, L. Giraudeau, H. Vasseur. Influence of clay ….
    55(3), 84.": after the dash, names with their initials first end at a full stop and the title's
    sentence follows; an italic journal the work was submitted to later is no title."""
    paper = pubkit.parse_reference(
        "*Materials and Structures*, 2022 — C. Aubry, L. Giraudeau, P.-Y. Le Gall. Influence of clay"
        " mineralogy on the drying shrinkage of compacted earth. 55(3), 84."
    )
    assert paper.title == "Influence of clay mineralogy on the drying shrinkage of compacted earth"
    assert [a.name for a in paper.authors] == ["C. Aubry", "L. Giraudeau", "P.-Y. Le Gall"]
    assert paper.venue is not None and paper.venue.name == "Materials and Structures"
    submitted = pubkit.parse_reference(
        "*HAL* (preprint hal-04412875), 2024 — C. Aubry, N. Gautier, K. Benhaddou. Early-age cracking of"
        " low-clinker concretes in massive elements. Soumis à *Cement and Concrete Composites*."
    )
    assert submitted.title == "Early-age cracking of low-clinker concretes in massive elements"
    assert len(submitted.authors) == 3


def test_din_and_french_edges() -> None:
    """A quoted word inside a title ("Les « tiers-lieux » de la …") keeps the title whole; "u. a." ends
    a ";" list too; "Eingereicht bei: *Journal*" names the venue; French "Title : subtitle. HAL, 2023"
    keeps its subtitle and HAL is a preprint server; "Place, School, Mémoire de Master 1, 2022. –
    Betreuung: …" is a thesis of that school, its supervisor a note."""
    quoted = pubkit.parse_reference(
        "BOUCHARD, Élise ; FAURE, Léonie: Les « tiers-lieux » de la logistique urbaine : une géographie en"
        " recomposition. In: Flux (2023), Nr. 133, S. 45–63."
    )
    assert quoted.title == "Les « tiers-lieux » de la logistique urbaine : une géographie en recomposition"
    assert [a.name for a in quoted.authors] == ["Élise BOUCHARD", "Léonie FAURE"]
    submitted = pubkit.parse_reference(
        "VOGEL, Karsten ; KRÜGER, Anna-Lena u. a.: Superblocks in Berlin: eine Potenzialanalyse."
        " Eingereicht bei: Informationen zur Raumentwicklung (IzR)"
    )
    assert [a.name for a in submitted.authors] == ["Karsten VOGEL", "Anna-Lena KRÜGER"]
    assert submitted.venue is not None and submitted.venue.name == "Informationen zur Raumentwicklung"
    preprint = pubkit.parse_reference(
        "**BENKIRANE, Inès**: Les rues scolaires en Europe : revue de littérature. HAL, 2023 (hal-04123456)"
    )
    assert preprint.title == "Les rues scolaires en Europe : revue de littérature"
    assert preprint.venue is not None and preprint.venue.kind is pubkit.VenueKind.PREPRINT
    memoire = pubkit.parse_reference(
        "**BENKIRANE, Inès**: Les rues aux écoles, un outil d'apaisement du trafic ? Le cas de Montreuil."
        " Champs-sur-Marne, École d'Urbanisme de Paris, Mémoire de Master 1, 2022. – Betreuung: É. Bouchard"
    )
    assert memoire.title == "Les rues aux écoles, un outil d'apaisement du trafic ? Le cas de Montreuil"
    assert memoire.venue is not None and memoire.venue.publisher == "École d'Urbanisme de Paris"
    licence = pubkit.parse_reference(
        "**BENKIRANE, Inès**: La ville du quart d'heure à Bondy. Nanterre, Université Paris Nanterre,"
        " Mémoire de Licence 3, 2020"
    )
    assert licence.venue is not None and licence.venue.publisher == "Université Paris Nanterre"


def test_abnt_particles_closing_names_and_reviews_of_named_books() -> None:
    """ABNT's "SILVA, A. G. da." and "SANTOS, Luana Ferreira dos.": a particle closes the name, the title
    follows; a bold title before an italic journal leaves the journal's town out of it; "(versão revista
    da dissertação de mestrado)" after a book makes no thesis; "Reseña de «Book», de Author." is a
    review's title whole."""
    closed = pubkit.parse_reference(
        "BASTOS, R. C.; SILVA, A. G. da. **Pandemia e escolas do campo: o que dizem as professoras?**"
        " *Revista Brasileira de Educação do Campo*, Tocantinópolis, v. 6, e12845, 2021."
    )
    assert [a.name for a in closed.authors] == ["R. C. BASTOS", "A. G. da SILVA"]
    assert closed.title == "Pandemia e escolas do campo: o que dizem as professoras?"
    assert closed.venue is not None and closed.venue.name == "Revista Brasileira de Educação do Campo"
    given = pubkit.parse_reference(
        "SANTOS, Luana Ferreira dos. **A Lei 10.639/03 na prática: um estudo de caso**. In: CONGRESSO DE"
        " PESQUISA DA UEMG, 2017, Diamantina. Anais... Belo Horizonte: EdUEMG, 2017."
    )
    assert [a.name for a in given.authors] == ["Luana Ferreira dos SANTOS"]
    assert given.title == "A Lei 10.639/03 na prática: um estudo de caso"
    book = pubkit.parse_reference(
        "SANTOS, L. F. dos. **Professoras negras, memória e docência**. Curitiba: Appris, 2021. 198 p."
        " (versão revista da dissertação de mestrado)"
    )
    assert book.venue is None or book.venue.kind is not pubkit.VenueKind.THESIS
    review = pubkit.parse_reference(
        "QUISPE ROJAS, A. Reseña de «El agua es vida», de Marcela Zúñiga. **Revista Chilena de"
        " Antropología**, Santiago, n. 41, p. 210-213, 2020."
    )
    assert review.title == "Reseña de «El agua es vida», de Marcela Zúñiga"
    assert [a.name for a in review.authors] == ["A. QUISPE ROJAS"]
    assert review.venue is not None and review.venue.name == "Revista Chilena de Antropología"


def test_title_first_names_before_an_italic_journal() -> None:
    """A title-first list's "**Title**. Echeverría, O., Hartmann, J. *Hydrogeology Journal*": the last
    initial "J." is no "J." of the journal; "Pérez de la Fuente, I." is the last name, not the title's;
    a bold title's names read as its words are names ("**Estudio ….** Olivares-Ruiz, M. Informe …")."""
    journal = pubkit.parse_reference(
        "**Groundwater–surface water exchange along a losing reach of the Turia River**. Echeverría, O.,"
        " Hartmann, J. *Hydrogeology Journal*, 29, 1987–2003, 2021."
    )
    assert [a.name for a in journal.authors] == ["O. Echeverría", "J. Hartmann"]
    assert journal.venue is not None and journal.venue.name == "Hydrogeology Journal"
    particles = pubkit.parse_reference(
        "**Impacto del cambio climático en la cabecera del Tajo**. Alcaraz, E., Noguera, L., Pérez de la"
        " Fuente, I. *Tecnología y Ciencias del Agua*, 11(5), 210–245, 2020."
    )
    assert [a.name for a in particles.authors] == ["E. Alcaraz", "L. Noguera", "I. Pérez de la Fuente"]
    report = pubkit.parse_reference(
        "**Estudio de pérdidas por infiltración en la rambla de Nogalte (Puerto Lumbreras, Murcia)**."
        " Olivares-Ruiz, M. Informe técnico para la Confederación Hidrográfica del Segura, Valencia, 2022."
    )
    assert (
        report.title
        == "Estudio de pérdidas por infiltración en la rambla de Nogalte (Puerto Lumbreras, Murcia)"
    )
    assert [a.name for a in report.authors] == ["M. Olivares-Ruiz"]


def test_acm_and_elsevier_edges_of_gen93() -> None:
    """Elsevier's "…, Electrochim. Acta 462 (2023)": a long abbreviation before another word opens the
    journal; ACM's "…Responders? A Safety Audit. arXiv:…": a subtitle after a question; "In *Handbook of
    … in South Asia*, Names (Eds.)": the italic book's "in" opens no editors; "M.Phil. Thesis.
    Government College University"; French "Dir. A.-S. Dupont" after a thesis is its supervisor."""
    elsevier = pubkit.parse_reference(
        "J. Baek, D. Yoon, S. Oh, Operando XRD of the H2–H3 transition in Zr-doped Ni-rich cathodes,"
        " Electrochim. Acta 462 (2023) 142731."
    )
    assert elsevier.title == "Operando XRD of the H2–H3 transition in Zr-doped Ni-rich cathodes"
    assert elsevier.venue is not None and elsevier.venue.name == "Electrochim. Acta"
    question = pubkit.parse_reference(
        "Hamza Siddiqui and Omar Haddad. 2024. Large Language Models as Urdu First Responders? A Safety"
        " Audit. arXiv:2410.05512 [cs.HC]. Preprint."
    )
    assert question.title == "Large Language Models as Urdu First Responders? A Safety Audit"
    chapter = pubkit.parse_reference(
        "**Ayesha Noor Qureshi**. 2018. Cultural Considerations in Psychotherapy. In *Handbook of Clinical"
        " Psychology in South Asia*, Rukhsana Aziz and Vikram Menon (Eds.). Springer, Singapore, 145–162."
    )
    assert chapter.venue is not None and chapter.venue.name == "Handbook of Clinical Psychology in South Asia"
    thesis = pubkit.parse_reference(
        "**Ayesha Noor Qureshi**. 2016. *Perfectionism in University Students*. M.Phil. Thesis. Government"
        " College University, Lahore, Pakistan."
    )
    assert thesis.venue is not None and thesis.venue.publisher == "Government College University"
    french = pubkit.parse_reference(
        "*B. Le Goff*. Prédiction de la durée de vie des ouvrages en béton armé. Thèse de doctorat,"
        " Université Paris-Est. Dir. A.-S. Dupont (Laboratoire Navier)."
    )
    assert french.venue is not None and french.venue.publisher == "Université Paris-Est"


def test_a_styled_venue_tag_opens_the_entry() -> None:
    """A CV's "**[Journal of Field Robotics, 2025]** Title. Names. (early view)": the bold tag in brackets
    is the venue with its year (or status: "[Under review, IROS 2025]"), the title and the names follow;
    a note or a link after the names ends nothing. A title-first entry's names after a bold title are no
    ABNT surname ("**Title.** G. R. Whitcombe. *Bull. London Math. Soc.*")."""
    journal = pubkit.parse_reference(
        "**[Journal of Field Robotics, 2025]** Field evaluation of a low-cost quadruped for crop scouting."
        " Naod Worku, **Hiwot A. Tadesse**, Lukas Hoffmann. (early view)"
    )
    assert journal.title == "Field evaluation of a low-cost quadruped for crop scouting"
    assert [a.name for a in journal.authors] == ["Naod Worku", "Hiwot A. Tadesse", "Lukas Hoffmann"]
    assert journal.venue is not None and journal.venue.name == "Journal of Field Robotics"
    assert journal.year == 2025
    review = pubkit.parse_reference(
        "**[Under review, IROS 2025]** Amharic spoken commands for assistive manipulation. Selamawit Haile,"
        " **Hiwot A. Tadesse**, Biruk Girma."
    )
    assert review.status is pubkit.Status.UNDER_REVIEW
    assert review.venue is not None and review.venue.name == "IROS"
    assert len(review.authors) == 3
    maths = pubkit.parse_reference(
        "**Torsion-free subgroups of finite index in Coxeter groups.** G. R. Whitcombe. *Bull. London Math."
        " Soc.* **10** (1978), 312–316."
    )
    assert maths.venue is not None and maths.venue.name == "Bull. London Math. Soc."


def test_theses_and_statuses_in_more_languages() -> None:
    """A Swedish "Doktorsavhandling" (a compound of the thesis word) and a Czech "Disertační práce" at "České
    vysoké učení technické" are theses their university publishes; Polish "wysłane do *Journal*" is a
    submission to that journal, Russian "принята к публикации" and Chinese "即将发表" an acceptance; a
    Turkish "vd." is an "et al."."""
    swedish = pubkit.parse_reference(
        "Bergström, Elin. ”Isavsmältning och sedimentation i centrala Jämtland.” Doktorsavhandling,"
        " Stockholms universitet, 2018."
    )
    assert swedish.venue is not None and swedish.venue.kind is pubkit.VenueKind.THESIS
    assert swedish.venue.publisher == "Stockholms universitet"
    czech = pubkit.parse_reference(
        "Dvořáková, Tereza. *Adaptace průmyslových staveb pro bydlení*. Disertační práce, České vysoké učení"
        " technické v Praze, Fakulta architektury, 2018."
    )
    assert czech.venue is not None and czech.venue.publisher == "České vysoké učení technické v Praze"
    sent = pubkit.parse_reference(
        "Kowalski J, **Nowak A**. Metal-organic frameworks for CO2 capture. wysłane do *J. Am. Chem. Soc.*"
    )
    assert sent.venue is not None and sent.venue.name == "J. Am. Chem. Soc."
    assert sent.status is pubkit.Status.SUBMITTED
    accepted = pubkit.parse_reference(
        "Соколова А. В., Петров И. И. Нейросетевой разбор текста. *Findings of EMNLP* — принята к публикации."
    )
    assert accepted.status is pubkit.Status.ACCEPTED
    chinese = pubkit.parse_reference(
        "Jing Liu, Xiaofeng Wang. Trade liberalization and the labor share. *Journal of International"
        " Economics*. 即将发表"
    )
    assert chinese.status is pubkit.Status.ACCEPTED
    turkish = pubkit.parse_reference(
        "Selin Koç, Elif Karataş, Burak Şahin vd. Seasonal variation in somatic cell counts. Animals 14, 6."
    )
    assert [a.name for a in turkish.authors] == ["Selin Koç", "Elif Karataş", "Burak Şahin"]


def test_and_words_and_statuses_of_dutch_korean_and_vietnamese_lists() -> None:
    """Dutch "en" and Korean "및" join the last two names; Vietnamese "Đã nộp" is a submission, "Đang
    chỉnh sửa" a revision, "Đã được chấp nhận" and "Đang in" an acceptance (none of them the venue)."""
    dutch = pubkit.parse_reference(
        "Maarten Kuipers en <u>Jorien Hoogendoorn</u>, <i>Het schavot en de straat: publieke bestraffing in"
        " Amsterdam</i>, 12 Tijdschrift voor Sociale en Economische Geschiedenis 33 (2015)."
    )
    assert [a.name for a in dutch.authors] == ["Maarten Kuipers", "Jorien Hoogendoorn"]
    korean = pubkit.parse_reference(
        "김서연, 박지훈 및 한성진. “형태소 정보를 활용한 한국어 문장 임베딩 대조 학습.”"
        " 『제33회 한글 및 한국어 정보처리 학술대회 논문집』, 2021, pp. 45–50."
    )
    assert [a.name for a in korean.authors] == ["김서연", "박지훈", "한성진"]
    for status, wanted in (
        ("Đã nộp", pubkit.Status.SUBMITTED),
        ("Đang chỉnh sửa", pubkit.Status.UNDER_REVIEW),
        ("Đã được chấp nhận", pubkit.Status.ACCEPTED),
        ("Đang in", pubkit.Status.ACCEPTED),
    ):
        paper = pubkit.parse_reference(
            f"Tran, T.T.H. và Brandt, H. (2025) 'Mixed-layer heat budget of the South Vietnam upwelling',"
            f" *Progress in Oceanography*. {status}."
        )
        assert paper.status is wanted, status
        assert paper.venue is not None and paper.venue.name == "Progress in Oceanography", status


def test_a_chapters_book_before_its_editors_in_other_languages() -> None:
    """The book of a chapter ends before its editors: ACM's "In *Book*, A och B (Eds.)." with a Swedish
    "och", Vietnamese "biên tập bởi", Czech "editoval"; a title's ", dans *Livre*" ends the title."""
    for text, book in (
        (
            "Johanna Sandberg och Erik Holmqvist. 2020. Computational Thinking in the Nordic Countries. In"
            " <em>Computational Thinking Education in K–12: Nordic Perspectives</em>, Kristina Hellman och"
            " Ole Nygaard (Eds.). Springer, Cham, 77–96.",
            "Computational Thinking Education in K–12: Nordic Perspectives",
        ),
        (
            'Trần, Quốc Bảo. "Xử lý ngôn ngữ tự nhiên tiếng Việt." Trong *Trí tuệ nhân tạo: Nền tảng và ứng'
            " dụng*, biên tập bởi Nguyễn Văn Sơn, 145–178. Hà Nội: NXB Đại học Quốc gia Hà Nội, 2022.",
            "Trí tuệ nhân tạo: Nền tảng và ứng dụng",
        ),
        (
            "Dvořáková, Tereza. „Průmyslová krajina.“ <em>Praha a její proměny: architektura 1990–2020</em>,"
            " editoval Jan Kratochvíl, Academia, 2020, s. 88–121.",
            "Praha a její proměny: architektura 1990–2020",
        ),
    ):
        paper = pubkit.parse_reference(text)
        assert paper.venue is not None and paper.venue.name == book, text
    french = pubkit.parse_reference(
        "C. Moreau and P. Garnier, Inégalités sociales de santé et dépistage des cancers, dans *Épidémiologie"
        " sociale : concepts et méthodes*, edited by J. Perrin and M. Bernard (Presses de l'EHESP, 2020)."
    )
    assert french.title == "Inégalités sociales de santé et dépistage des cancers"


def test_initialled_names_after_an_italic_title_and_its_comma() -> None:
    """A title-first CV ("\\textit{Title}, T. Jabłoński, K. Wróblewska, …, Corrosion Science 218 (2023)"):
    the initialled names after the italic title's comma are the authors, not the venue's first words."""
    paper = pubkit.parse_reference(
        "*Corrosion behaviour of additively manufactured 316L steel in simulated body fluid*, T. Jabłoński,"
        " K. Wróblewska, A. Dąbrowska-Lis, R. Szczepański, Corrosion Science 218 (2023) 111187"
    )
    assert [a.name for a in paper.authors] == [
        "T. Jabłoński",
        "K. Wróblewska",
        "A. Dąbrowska-Lis",
        "R. Szczepański",
    ]
    assert paper.venue is not None and paper.venue.name == "Corrosion Science"
