"""The list reader's stages: tokens, interpretation rules, the list's template and owner, bad input."""

from __future__ import annotations

import pytest

import pubkit
from pubkit import Status, VenueKind
from pubkit.reading.markup.base import Block, Span
from pubkit.reading.tokens import quoted_ranges, tokenize


def test_quoted_ranges_pair_quotes_and_skip_apostrophes() -> None:
    text = 'A. Lee, \u201cHopfield\u2019s nets\u201d, and "Two" and an open \u201cquote'
    spans = [text[a:b] for a, b in quoted_ranges(text)]
    assert spans == ["\u201cHopfield\u2019s nets\u201d", '"Two"']


def test_tokens_carry_markup_and_hard_breaks() -> None:
    block = Block("Deep Nets\nAnn Lee, Bo Chen", (Span(10, 17, "bold"),), ((0, 1), (10, 2)), "item")
    tokens = tokenize(block)
    assert [t.text for t in tokens] == ["Deep", "Nets", "Ann", "Lee,", "Bo", "Chen"]
    assert [t.break_before for t in tokens] == [False, False, True, False, False, False]
    assert tokens[2].styles == frozenset({"bold"}) and tokens[4].styles == frozenset()
    assert block.line_at(tokens[4].start) == 2


@pytest.mark.parametrize(
    ("text", "title", "authors", "venue", "year"),
    [
        (
            "Lee, A., & Roe, B. (2019). Deep nets for cats. Journal of Feline Studies, 12(3), 45–67.",
            "Deep nets for cats",
            ["A. Lee", "B. Roe"],
            "Journal of Feline Studies",
            2019,
        ),
        (
            'A. Lee and B. Roe, "Deep nets for cats," in Proc. IEEE Conf. Computer Vision (CVPR), 2019, '
            "pp. 1-9.",
            "Deep nets for cats",
            ["A. Lee", "B. Roe"],
            "Proc. IEEE Conf. Computer Vision",
            2019,
        ),
        (
            "Lee A, Roe BC. Deep nets for cats. Nat Commun. 2022;13(1):1981.",
            "Deep nets for cats",
            ["Lee A", "Roe BC"],
            "Nat Commun",
            2022,
        ),
        (
            "**Ann Lee**, Bo Roe. [Deep nets for cats](https://example.org/p.pdf). *NeurIPS 2021*.",
            "Deep nets for cats",
            ["Ann Lee", "Bo Roe"],
            "NeurIPS",
            2021,
        ),
    ],
)
def test_parse_reference_reads_common_styles(
    text: str, title: str, authors: list[str], venue: str, year: int
) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.title == title
    assert [a.name for a in paper.authors] == authors
    assert paper.venue is not None and venue in (paper.venue.name, paper.venue.acronym)
    assert paper.year == year


def test_parse_reference_numbers_and_owner() -> None:
    paper = pubkit.parse_reference(
        "Lee, A., & Roe, B. (2019). Deep nets for cats. Journal of Feline Studies, 12(3), 45–67.",
        owner="Ann Lee",
    )
    assert (paper.volume, paper.number, paper.pages) == ("12", "3", "45--67")
    assert paper.owner is not None and paper.owner.name == "A. Lee"


@pytest.mark.parametrize(
    ("text", "venue", "numbers"),
    [  # numbers ending the venue, a page cut at its period, a period of years that is no event's year
        (
            "A. Lee and B. Roe. Quantum dots in a box. PRX Quantum 5, 020318 (2024).",
            "PRX Quantum",
            ("5", "020318"),
        ),
        ("Abby Fowler, “Saying No to Oprah,” Newsweek, November 5, 2001, 21.", "Newsweek", (None, "21")),
        (
            "GORIA, Stéphane, 2014. Jeux de plateau. Board Game Studies, n°8, p. 35 49.",
            "Board Game Studies",
            (None, "35--49"),
        ),
    ],
)
def test_parse_reference_numbers_after_the_venue(
    text: str, venue: str, numbers: tuple[str | None, str]
) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.venue is not None and paper.venue.name == venue
    assert (paper.volume if numbers[0] else None, paper.pages) == numbers


def test_an_events_town_and_country_are_no_part_of_its_name() -> None:
    """HAL prints the event's town and country inside its italic venue: the place words end it."""
    text = "".join(
        f'<dd><span class="Auteurs">Camille Dubois, <b>Julien Moreau</b></span>. <span class="Titre">{title}'
        f"</span>. <i>{venue}</i>, Jun {year}, {place}. pp.1-9</dd>\n"
        for title, venue, year, place in [
            (
                "Sparse voxel transformers",
                "CVPR 2024 - IEEE/CVF Conference on Computer Vision",
                2024,
                "Seattle, USA",
            ),
            (
                "Learning shape descriptors",
                "3DV 2021 - International Conference on 3D Vision",
                2021,
                "London, UK",
            ),
        ]
    )
    bib = pubkit.loads(f"<h2>Communications</h2><dl>{text}</dl>", "cv", path="hal.html")
    assert [p.venue.name if p.venue else None for p in bib] == [
        "CVPR - IEEE/CVF Conference on Computer Vision",
        "3DV - International Conference on 3D Vision",
    ]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            'Aguilar, Mariana. 2019. "Lactose in Yogurt." PhD diss., University of Wisconsin.',
            "University of Wisconsin",
        ),
        ("Lee, Ann. 2018. Cats and Dogs. PhD diss., Stanford University.", "Stanford University"),
    ],
)
def test_chicagos_phd_diss_is_a_thesis(text: str, venue: str) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.venue is not None and paper.venue.kind is VenueKind.THESIS
    assert paper.venue.name == f"PhD diss., {venue}"


def test_a_spanish_chapter_names_its_book_without_en_and_its_coordinators() -> None:
    paper = pubkit.parse_reference(
        "Morales Ortega, Javier. “Escribir al rey: cartas de pueblos zapotecos.” En *Voces indígenas en el "
        "archivo colonial*, coordinado por Margarita Menegus y Felipe Castro, 211–240. México: UNAM, 2019."
    )
    assert paper.venue is not None and paper.venue.name == "Voces indígenas en el archivo colonial"


def test_irish_agus_joins_the_last_two_names() -> None:
    paper = pubkit.parse_reference(
        "Ní Bhriain, S., agus Mac Gearailt, P. (2022). Oideachas cuimsitheach i scoileanna Gaeltachta. "
        "Irish Educational Studies, 41(2), 201–219."
    )
    assert [a.name for a in paper.authors] == ["S. Ní Bhriain", "P. Mac Gearailt"]


def test_an_acm_acronym_with_its_short_year_closes_the_venue() -> None:
    paper = pubkit.parse_reference(
        "Daniel Kim and Elena Marchetti. 2024. Sonification Toolkits for Novice Programmers. In Proceedings "
        "of the 26th International ACM SIGACCESS Conference on Computers and Accessibility (ASSETS ’24). "
        "ACM, New York, NY, USA, Article 37, 15 pages."
    )
    assert paper.venue is not None and paper.venue.acronym == "ASSETS"
    assert paper.venue.name.endswith("Computers and Accessibility")


def test_a_period_of_years_in_a_venue_leaves_the_printed_year() -> None:
    paper = pubkit.parse_reference(
        "Adorno, T. W. (1971). Erziehung nach Auschwitz. In T. W. Adorno (Ed.), Erziehung zur Mündigkeit. "
        "Vorträge und Gespräche mit Hellmut Becker 1959–1969 (pp. 88–104). Frankfurt am Main: Suhrkamp."
    )
    assert paper.year == 1971
    assert paper.venue is not None and paper.venue.name.endswith("1959–1969")


def test_parse_reference_without_a_title_is_a_parse_error() -> None:
    with pytest.raises(pubkit.ParseError):
        pubkit.parse_reference("")


def test_printed_venue_stays_beside_an_arxiv_id_and_printed_year_wins() -> None:
    paper = pubkit.parse_reference(
        'Ann Lee, Bo Roe, "Deep Nets for Cats", Uncertainty in Artificial Intelligence (UAI 2024). '
        "arXiv:2301.01234"
    )
    assert paper.identifiers.arxiv == "2301.01234"
    assert paper.venue is not None and paper.venue.acronym == "UAI"
    assert (paper.year, paper.status) == (2024, Status.PUBLISHED)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "J. Doe, Hyperbolic groups, in: Geometric Group Theory (Oberwolfach 2019), Springer, 2021, 1-20.",
            2021,
        ),
        (
            "A. Lee. Fast sampling. In Uncertainty in AI (UAI 2024). arXiv:2310.01234, 2023.",
            2024,
        ),
        (
            "Review of *Parish Music*, by T. Bright (Boydell, 2021), *Early Music*, 50 (2022), 446–48",
            2022,
        ),
    ],
)
def test_a_meetings_year_yields_to_the_printed_date_but_a_preprints_does_not(text: str, year: int) -> None:
    assert pubkit.parse_reference(text).year == year


@pytest.mark.parametrize(
    ("text", "venue", "status"),
    [
        (
            "A. Smith and B. Jones, Spin liquids in kagome magnets (submitted to Phys. Rev. X).",
            "Phys. Rev. X",
            "submitted",
        ),
        ("Lee, A. (2024). Deep nets for cats (under review at ICML).", "ICML", "under review"),
    ],
)
def test_a_status_in_parentheses_names_the_venue_it_went_to(text: str, venue: str, status: str) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.title in ("Spin liquids in kagome magnets", "Deep nets for cats")
    assert paper.venue is not None and venue in (paper.venue.name, paper.venue.acronym)
    assert paper.status.value == status.replace(" ", "-")


def test_arxiv_alone_is_a_preprint_with_the_id_year() -> None:
    paper = pubkit.parse_reference('Ann Lee, Bo Roe, "Deep Nets for Cats", arXiv preprint arXiv:2301.01234.')
    assert paper.venues[0].kind is VenueKind.PREPRINT
    assert (paper.year, paper.status) == (2023, Status.PREPRINT)


@pytest.mark.parametrize(
    ("tail", "status"),
    [
        ("Under review at Nature.", Status.UNDER_REVIEW),
        ("In revision, Nature.", Status.UNDER_REVIEW),
        ("Submitted to Nature.", Status.SUBMITTED),
        ("Nature, to appear.", Status.ACCEPTED),
        ("Nature (in press).", Status.ACCEPTED),
    ],
)
def test_status_is_never_a_venue(tail: str, status: Status) -> None:
    paper = pubkit.parse_reference(f'Ann Lee, Bo Roe, "Deep Nets for Cats," {tail}')
    assert paper.status is status
    assert all("review" not in v.name.lower() and "submitted" not in v.name.lower() for v in paper.venues)


LIST = """\
# Ann Lee

## Publications

\\* equal contribution, † corresponding author.

- Bo Roe\\*, **Ann Lee**\\*, Cy Park†. "Deep Nets for Cats." *Conference on Cats (CoC)*, 2021. (Oral)
- **Ann Lee**, Cy Park. "Wide Nets for Dogs." *Journal of Dogs*, 12(3):45--67, 2020. [PDF](https://x.org/a.pdf)
- **Ann Lee**. "Nets for Birds." Under review.
- Ann Lee. Deep nets for fish. Nature.

<!-- - **Ann Lee**. "Commented Out." Nowhere, 2010. -->

## Talks

- "Deep Nets", invited talk at the University of Cats, 2021.
"""


def test_a_list_reads_legend_owner_markers_awards_and_status() -> None:
    bib = pubkit.loads(LIST, "cv", path="lee.md")
    assert [p.title for p in bib] == [
        "Deep Nets for Cats",
        "Wide Nets for Dogs",
        "Nets for Birds",
        "Deep nets for fish",
    ]
    assert not [p for p in bib.problems if p.is_error]
    first = bib[0]
    assert [(a.equal_contribution, a.corresponding, a.is_owner) for a in first.authors] == [
        (True, False, False),
        (True, False, True),
        (False, True, False),
    ]
    assert [a.name for a in first.awards] == ["Oral"]
    assert bib.owner == "Ann Lee"
    assert bib[2].status is Status.UNDER_REVIEW and bib[2].venues == ()
    assert (bib[1].volume, bib[1].number, bib[1].pages) == ("12", "3", "45--67")


def test_a_marker_without_a_legend_is_a_warning_not_a_guess() -> None:
    text = '# Papers\n\n- Bo Roe\\*, Ann Lee\\*. "Deep Nets for Cats." Conference on Cats (CoC), 2021.\n'
    bib = pubkit.loads(text, "cv")
    assert not any(a.equal_contribution for a in bib[0].authors)
    (warning,) = bib.problems
    assert (warning.severity, warning.kind) == (pubkit.Severity.WARNING, "uncertain-field")


def test_an_item_that_cannot_be_read_is_a_problem_with_its_line_never_dropped() -> None:
    text = "# Papers\n\n- 2019, 2020, 2021\n- Ann Lee. Deep nets for cats. Nature.\n"
    bib = pubkit.loads(text, "cv", path="p.md")
    assert len(bib) + len([p for p in bib.problems if p.is_error]) == 2
    assert all(p.line in (3, 4) for p in bib.problems)


def test_owner_is_the_author_on_nearly_every_paper_when_nothing_else_names_one() -> None:
    entries = "\n".join(
        f'- Zed Quinn, Ann Lee, Co {name}. "Paper number {i} about cats." Journal of Cats, {2000 + i}.'
        for i, name in enumerate(["Abel", "Baker", "Carter", "Dunn", "Eliot"])
    )
    bib = pubkit.loads(f"# Papers\n\n{entries}\n", "cv", path="papers.md")
    assert bib.owner is None or bib.owner in ("Zed Quinn", "Ann Lee")  # two on every paper: no guess
    bib = pubkit.loads(f"# Papers\n\n{entries}\n", "cv", path="ann_lee_cv.md")
    assert bib.owner == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "# a" + " " * 50_000 + "b",
        "arxiv" + " " * 50_000,
        "<a " * 30_000,
        " *a" * 30_000,
        "[" * 50_000,
        "- " + "Ann Lee, " * 20_000 + '"Title", Venue, 2020.',
        "\\item " * 20_000,
        "(" * 20_000 + "2020",
    ],
)
def test_hostile_input_is_read_without_error(text: str) -> None:
    bib = pubkit.loads(text, "cv")
    assert len(bib) + len(bib.problems) >= 1


@pytest.mark.parametrize(
    ("line", "title", "authors", "venue"),
    [
        (
            "Ann Lee and Bob Roe. Pretraining BERT. Proc. of the ACL, 2019.",
            "Pretraining BERT",
            ["Ann Lee", "Bob Roe"],
            "Proc. of the ACL",
        ),
        (
            "Yiping Lu, Ann Lee Fast Solvers for Partial Differential Equations (NeurIPS 2025)",
            "Fast Solvers for Partial Differential Equations",
            ["Yiping Lu", "Ann Lee"],
            "NeurIPS",
        ),
        (
            "J. van der Berg, A. de la Fuente. Deep nets for cats. Nature, 2020.",
            "Deep nets for cats",
            ["J. van der Berg", "A. de la Fuente"],
            "Nature",
        ),
        (
            "DOE, J.; ROE, B. Deep nets for cats. Nature, 2020.",
            "Deep nets for cats",
            ["J. DOE", "B. ROE"],
            "Nature",
        ),
        (
            "Kaiser Ł, Aydın Ş. Deep nets for cats. Nature. 2020;5:1-9.",
            "Deep nets for cats",
            ["Kaiser Ł", "Aydın Ş"],
            "Nature",
        ),
    ],
)
def test_entries_read_at_their_hard_edges(line: str, title: str, authors: list[str], venue: str) -> None:
    (paper,) = pubkit.loads(f"- {line}\n", "cv")
    assert (paper.title, [a.name for a in paper.authors]) == (title, authors)
    assert paper.venue is not None and venue in (paper.venue.name, paper.venue.acronym)


def test_numbers_glued_to_the_venue_are_volume_and_pages() -> None:
    (paper,) = pubkit.loads("- Ann Lee, Bob Roe. Deep nets for cats. Nat Commun;13(1):5988, 2022.\n", "cv")
    assert (paper.venue.name if paper.venue else None, paper.volume, paper.number, paper.pages) == (
        "Nat Commun",
        "13",
        "1",
        "5988",
    )


def test_vancouver_family_names_with_extended_capitals() -> None:
    (paper,) = pubkit.loads("- Kaiser Ł, Aydın Ş. Deep nets for cats. Nature. 2020;5:1-9.\n", "cv")
    assert [(a.given, a.family) for a in paper.authors] == [("Ł.", "Kaiser"), ("Ş.", "Aydın")]


def test_an_author_list_ends_with_the_name_after_its_and() -> None:
    text = (
        "- Scalable properties of metal clusters, R. Marchal, I. Yudanov, A. Matveev, and N. Rösch, "
        "Chem. Phys. Lett. 578, 92 (2013).\n"
    )
    (paper,) = pubkit.loads(text, "cv")
    assert [a.name for a in paper.authors] == ["R. Marchal", "I. Yudanov", "A. Matveev", "N. Rösch"]
    assert paper.venue is not None and paper.venue.name == "Chem. Phys. Lett."
    assert (paper.volume, paper.pages, paper.year) == ("578", "92", 2013)


def test_a_dissertation_in_brackets_is_a_thesis_venue() -> None:
    paper = pubkit.parse_reference(
        "Müller, K. (2018). Nitrogen cycling in alpine meadows [Doctoral dissertation, University of Zurich]."
    )
    assert paper.title == "Nitrogen cycling in alpine meadows"
    assert [(v.name, v.kind) for v in paper.venues] == [
        ("Doctoral dissertation, University of Zurich", VenueKind.THESIS)
    ]


def test_collaborations_and_the_people_who_write_for_them() -> None:
    """A collaboration with its first author in parentheses is two authors; "on behalf of the X
    Collaboration" after a name is a note, not part of the title; a section letter ends the journal."""
    text = """# Publications

[1] ATLAS Collaboration (G. Aad et al.), "Search for resonant WZ production with the ATLAS
    detector", Phys. Rev. D 109 (2024) 012005.

[2] T. K. Lindqvist on behalf of the CMS Collaboration, "Searches for di-boson resonances
    at CMS", Eur. Phys. J. C 83 (2023) 612.
"""
    first, second = pubkit.loads(text, "cv", path="cv.txt")
    assert [a.name for a in first.authors] == ["ATLAS Collaboration", "G. Aad"]
    assert first.title == "Search for resonant WZ production with the ATLAS detector"
    assert first.venue is not None and first.venue.name == "Phys. Rev. D"
    assert [a.name for a in second.authors] == ["T. K. Lindqvist"]
    assert second.title == "Searches for di-boson resonances at CMS"
    assert second.venue is not None and second.venue.name == "Eur. Phys. J. C"
    euclid = pubkit.parse_reference(
        "Euclid Collaboration: Ilbert, O., de la Torre, S., Martinet, N., et al. 2025, A&A, 693, A58. "
        "Euclid preparation: the galaxy photometric redshifts."
    )
    assert [a.name for a in euclid.authors] == [
        "Euclid Collaboration",
        "O. Ilbert",
        "S. de la Torre",
        "N. Martinet",
    ]


def test_abbreviated_journals_series_and_other_markers() -> None:
    """ "Duke Math. J." and "Form. Methods Syst. Des." begin the venue, not end the title; a series after
    a proceedings volume ("CAV 2025. LNCS, vol. …") is no part of its name; ✨ with a legend is a marker."""
    text = """# Publications

> ✨ equal contribution

1. E. Halvorsen, Measure rigidity beyond uniform hyperbolicity, Duke Math. J. 172 (2023), 1–58.
2. Kowalczyk, A., Becker, T.: Monitorability of hyperproperties. Form. Methods Syst. Des. 61(1), 1–34 (2022)
3. Becker, T., Kowalczyk, A.: Compositional verification of timed systems. In: Gurfinkel, A. (eds.) CAV 2025.
   LNCS, vol. 15932, pp. 3–25. Springer, Cham (2025)
4. Mai Sato✨, Ren Ito✨, Ann Lee. Learning to rank proofs. In NeurIPS, 2024.
"""
    papers = list(pubkit.loads(text, "cv", path="pubs.md"))
    assert [p.title for p in papers[:3]] == [
        "Measure rigidity beyond uniform hyperbolicity",
        "Monitorability of hyperproperties",
        "Compositional verification of timed systems",
    ]
    assert [p.venue.name if p.venue else None for p in papers[:3]] == [
        "Duke Math. J.",
        "Form. Methods Syst. Des.",
        "CAV",
    ]
    assert [a.equal_contribution for a in papers[3].authors] == [True, True, False]
    assert [a.name for a in papers[3].authors] == ["Mai Sato", "Ren Ito", "Ann Lee"]


def test_place_names_inverted_names_and_titles_cut_between_words() -> None:
    """A place ending the title ("…, Ghana. Nature") is no abbreviated venue word; "WHITE, Hayden," is a
    whole inverted name, so the title's first word before a colon is no name; a title cut between two
    words ("by Large | U.K Law Firms, Fordham Law Review") runs to the phrase's comma."""
    ghana = pubkit.parse_reference(
        "Talbot, M. R., Delibrias, G., Holocene variations in the level of Lake Bosumtwi, Ghana. "
        "Nature, v. 268, pp. 722-724. 1977."
    )
    assert ghana.title == "Holocene variations in the level of Lake Bosumtwi, Ghana"
    assert ghana.venue is not None and ghana.venue.name == "Nature"
    white = pubkit.parse_reference(
        "WHITE, Hayden, Metahistory: The Historical Imagination in Nineteenth-century Europe, "
        "Johns Hopkins University Press, 2014"
    )
    assert white.title == "Metahistory: The Historical Imagination in Nineteenth-century Europe"
    assert [a.name for a in white.authors] == ["Hayden WHITE"]
    law = pubkit.parse_reference(
        "Vaughan, S. (2015) Going Public: Diversity Disclosures by Large U.K Law Firms, "
        "Fordham Law Review, 83(5), pp. 2310–2324."
    )
    assert law.title == "Going Public: Diversity Disclosures by Large U.K Law Firms"
    assert law.venue is not None and law.venue.name == "Fordham Law Review"
    review = pubkit.parse_reference(
        "Jeffrey W. Cody, Pompidou and circumstance (book review), Design book review: DBR, No. 39, "
        "1997, 58-61"
    )
    assert review.title == "Pompidou and circumstance (book review)"
    # an opening bracket is a mark: the title is not run on into "(Cambridge Univ. Press, 2019)"
    book = pubkit.parse_reference(
        "Tanaka, H. Ocean Heat Uptake: Observations and Theory (Cambridge Univ. Press, 2019)."
    )
    assert book.title == "Ocean Heat Uptake: Observations and Theory"


def test_the_title_s_end_read_as_the_venue_s_start() -> None:
    """A bracket the title opened closes in its own phrase; a period of years ends the title's
    sentence; Vancouver's "NOVA. 2015;13(24):" has its journal before a year glued to the volume; one
    word after its editors is the book."""
    bracket = pubkit.parse_reference(
        "Legurska, Palmira and Ivo Panchev. Onomasiological catalogue of semantic transitions in "
        "synchronous and thematic order (for Bulgarian, Russian, Serbian, Czech, French, and English). "
        "Балканско езикознание, 1, 2011, 7 – 17"
    )
    assert bracket.title.endswith("(for Bulgarian, Russian, Serbian, Czech, French, and English)")
    assert bracket.venue is not None and bracket.venue.name == "Балканско езикознание"
    years = pubkit.parse_reference(
        "38. Staples JE,, Kubota KA,, Chalcraft LG,, Mead PS,, Petersen JM. 2006. Epidemiologic and "
        "molecular analysis of human tularemia, United States, 1964–2004. Emerg Infect Dis 12: 1113–1118."
    )
    assert years.title.endswith("tularemia, United States, 1964–2004")
    assert years.venue is not None and years.venue.name == "Emerg Infect Dis"
    nova = pubkit.parse_reference(
        "Pinilla G, Chavarro B, Moreno N. Determinación de los genes, 16S ADNr, polA, y TpN47, en la "
        "detección de Treponema pallidum. NOVA. 2015;13(24): 17-25"
    )
    assert nova.venue is not None and nova.venue.name == "NOVA" and nova.year == 2015
    book = pubkit.parse_reference(
        "Lewis, D. (1991). Probability of Conditionals and Conditional Probabilities II, F. Jackson (ed.) "
        "Conditionals. Oxford: Oxford University Press."
    )
    assert book.venue is not None and book.venue.name == "Conditionals"


def test_imprints_inside_the_title_run() -> None:
    """ "Title. Ljubljana: Statistical Office …" ends with an imprint; "…, University of | Michigan Press"
    is a publisher cut after "of"."""
    yearbook = pubkit.parse_reference(
        "National Statistical Yearbook. Ljubljana: Statistical Office of the Republic of Slovenia."
    )
    assert yearbook.title == "National Statistical Yearbook"
    assert yearbook.fields.get("publisher") == "Statistical Office of the Republic of Slovenia"
    chaos = pubkit.parse_reference(
        "L Douglas Kiel, Euel W Elliott (ed.), Chaos Theory in the Social Sciences: Foundations and "
        "Applications, University of Michigan Press, 1997, 360 pp."
    )
    assert chaos.title == "Chaos Theory in the Social Sciences: Foundations and Applications"
    assert chaos.fields.get("publisher") == "University of Michigan Press"


def test_mla_volume_and_issue_and_a_volume_ending_a_sentence() -> None:
    """MLA joins volume and issue with a full stop ("13.2 (1989)"); "Classical Philology 43. 184-187"
    ends the volume's sentence; a decimal is no volume."""
    mla = pubkit.parse_reference(
        "Abraham, Nicolas. “Notes on the Phantom: A Complement to Freud’s Metapsychology.” Trans. "
        "Nicholas Rand. Critical Inquiry 13.2 (1989): 287-292."
    )
    assert (mla.volume, mla.number, mla.pages) == ("13", "2", "287--292")
    period = pubkit.parse_reference(
        "Hendrickson, G. L. & Eugene C. McCartney. 1948. Notes on Reading and Praying Audibly. "
        "Classical Philology 43. 184-187"
    )
    assert (period.volume, period.pages) == ("43", "184--187")


def test_gost_book_imprint_after_the_dash() -> None:
    """GOST's book: after "Title. –" come the place with its colon and the publisher, not the title."""
    book = pubkit.parse_reference(
        "Челпанов И.Б., Несенюк Л.П., Брагинский М.В. Расчет характеристик навигационных гироприборов. – "
        "Л.: Судостроение, 1978. – 264 с."
    )
    assert book.title == "Расчет характеристик навигационных гироприборов"
    assert book.year == 1978 and book.fields.get("publisher") == "Судостроение"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Smith J. Acute kidney injury. In: Feehally J, Floege J, editors. Comprehensive Clinical "
            "Nephrology. 7th ed. Philadelphia (PA): Elsevier; 2023. p. 801-815.",
            "Comprehensive Clinical Nephrology",
        ),
        (
            "Lee, A. (2019). Investment treaties. In Handbook of International Investment Law and Policy, "
            "Springer, Cham, pp. 1-20.",
            "Handbook of International Investment Law and Policy",
        ),
        ("Moreau, C. (2024). Quantum sensing with spins. PRX Quantum 5, 020318.", "PRX Quantum"),
        ("Doe, J. (2021). Testimony and trust. Philosophical Studies:1-23.", "Philosophical Studies"),
        (
            "Παπαδόπουλος, Γ. (2019). Διαχείριση υδάτων στη Θεσσαλία. Πρακτικά 15ου Πανελλήνιου Συνεδρίου "
            "της Ελληνικής Υδροτεχνικής Ένωσης, Λάρισα, σ. 12-20.",
            "Πρακτικά 15ου Πανελλήνιου Συνεδρίου της Ελληνικής Υδροτεχνικής Ένωσης",
        ),
    ],
)
def test_what_follows_a_venue_s_name_is_no_part_of_it(text: str, venue: str) -> None:
    """An edition, a town with its state and the publisher, a publisher and its town, a volume and
    article number, pages after a colon, a meeting's town (in its own language's words for a meeting):
    printed after the venue's name, none of them is in it."""
    paper = pubkit.parse_reference(text)
    assert paper.venue is not None and paper.venue.name == venue


def test_gost_name_ends_with_its_initials_and_a_collection_s_kind_is_no_part_of_it() -> None:
    """ "Краснова О. С. Частица …": the title's first word is no part of the surname-first name; after
    "//", " : материалы … конф." says what kind of collection it is, not its name."""
    paper = pubkit.parse_reference(
        "Краснова О. С. Частица «де» в говорах Томской области // Русская диалектология: традиции и "
        "инновации : материалы Междунар. науч. конф. (Москва, 14–16 окт. 2019 г.). – М. : ИРЯ РАН, 2019. "
        "– С. 156–159."
    )
    assert paper.title == "Частица «де» в говорах Томской области"
    assert [a.name for a in paper.authors] == ["Краснова О. С."]
    assert paper.venue is not None and paper.venue.name == "Русская диалектология: традиции и инновации"


def test_serbian_books_chapters_theses_and_statuses() -> None:
    """A book's imprint in a town the records do not know ("Београд: Институт …"); a chapter "У: Ж.
    Ковачевић (ур.), *Book*" names its editor without "У:" and "(ур.)"; "Докторска дисертација. Београд:
    Филозофски факултет …" is a thesis of that faculty; "под рецензијом" is under review."""
    book = pubkit.parse_reference(
        "Стојановић, Ненад (2021). Нормативност и природа: огледи о метаетичком натурализму. Београд: "
        "Институт за филозофију и друштвену теорију."
    )
    assert book.title == "Нормативност и природа: огледи о метаетичком натурализму" and book.venue is None
    assert book.fields.get("publisher") == "Институт за филозофију и друштвену теорију"
    chapter = pubkit.parse_reference(
        "Стојановић, Ненад (2020). Кант и проблем моралне мотивације. У: Ж. Ковачевић (ур.), Кант данас "
        "(стр. 45–67). Нови Сад: Матица српска."
    )
    assert chapter.venue is not None and chapter.venue.name == "Кант данас"
    assert chapter.fields.get("editor") == "Ж. Ковачевић"
    thesis = pubkit.parse_reference(
        "Стојановић, Ненад (2014). Метаетички натурализам и проблем нормативности. Докторска дисертација. "
        "Београд: Филозофски факултет Универзитета у Београду."
    )
    assert thesis.venue is not None and thesis.venue.kind is VenueKind.THESIS
    assert thesis.venue.name == "Докторска дисертација, Филозофски факултет Универзитета у Београду"
    review = pubkit.parse_reference(
        "Стојановић, Н. „Нормативни плурализам и проблем ауторитета“ (рад под рецензијом у часопису Theoria)."
    )
    assert review.status is Status.UNDER_REVIEW


def test_pdf_text_with_page_furniture_numbered_sections_and_capitalised_surnames() -> None:
    """Text copied from a PDF CV: "Página 1 de 2" and the running header below it are no part of the
    entry that goes on over the page; "3.6 Artículos en prensa y en evaluación" over an author line is
    a section; "MENDOZA ALVARADO, Julio César" is one person (a family name of two words in capitals)."""
    text = """ANA LUCÍA TORRES VEGA
Investigadora – Instituto de Estudios Andinos
3. PRODUCCIÓN CIENTÍFICA
3.1 Artículos en revistas indexadas
TORRES VEGA, Ana Lucía y MENDOZA ALVARADO, Julio César. El arpa en los registros notariales
de Huamanga. Revista Andina, 2021, n.º 61, p. 45-78.
TORRES VEGA, Ana Lucía. Taki y memoria: canciones de trilla en Ayacucho
Página 1 de 2

Ana Lucía Torres Vega – Curriculum vitae

después del conflicto armado interno. Revista Musical Chilena, 2017, vol. 71, p. 9-30.
3.6 Artículos en prensa y en evaluación
TORRES VEGA, Ana Lucía. Pinkuyllu y wak'rapuku: aerófonos rituales del Cusco. Anuario
Musical, en prensa.
Página 2 de 2

Ana Lucía Torres Vega – Curriculum vitae
"""
    papers = list(pubkit.loads(text, "cv", path="cv.txt"))
    assert [p.title for p in papers] == [
        "El arpa en los registros notariales de Huamanga",
        "Taki y memoria: canciones de trilla en Ayacucho después del conflicto armado interno",
        "Pinkuyllu y wak'rapuku: aerófonos rituales del Cusco",
    ]
    assert [a.name for a in papers[0].authors] == ["Ana Lucía TORRES VEGA", "Julio César MENDOZA ALVARADO"]
    assert papers[2].status is Status.ACCEPTED


def test_abnt_edited_volumes_and_chapters() -> None:
    """ABNT: "LOBO, M. T.; PINTO, R. N. (Orgs.). *Book*" is a volume they edited, "PINTO, R. N. . Title"
    has a stray full stop, and "2016 – “Chapter”. In: LOBO, M. T.; PINTO, R. N. (Orgs.). Book." names the
    book's editors between "In:" and their mark."""
    volume = pubkit.parse_reference(
        "LOBO, M. T.; PINTO, R. N. (Orgs.). Wittgenstein no Brasil: ensaios. Belo Horizonte: Relicário "
        "Edições, 2016."
    )
    assert volume.title == "Wittgenstein no Brasil: ensaios"
    stray = pubkit.parse_reference(
        "LOBO, M. T.; PINTO, R. N. . Regras, práticas e o argumento da linguagem privada. Manuscrito, "
        "Campinas, v. 39, n. 4, p. 101-134, 2016."
    )
    assert stray.title == "Regras, práticas e o argumento da linguagem privada"
    chapter = pubkit.parse_reference(
        "2016 – “Cavell leitor de Wittgenstein”. In: LOBO, M. T.; PINTO, R. N. (Orgs.). Wittgenstein no "
        "Brasil: ensaios. Belo Horizonte: Relicário, p. 63-92."
    )
    assert chapter.title == "Cavell leitor de Wittgenstein"
    assert chapter.venue is not None and chapter.venue.name == "Wittgenstein no Brasil: ensaios"


def test_a_section_of_published_talks_holds_papers() -> None:
    """ "Глави от книги и публикувани доклади" (chapters and published talks): talks said to be published
    are papers, whatever the word for talks."""
    text = """# Десислава Маринова

## Професионален опит

- 2019–: асистент, Софийски университет

## Глави от книги и публикувани доклади

1. Маринова, Д. (2019). Емоционалната интелигентност като предиктор на академичния успех. В: Р.
   Иванова (Ред.), *Съвременни проблеми на образователната психология* (с. 88–104). София: Изток-Запад.
2. Маринова, Д., Иванова, Р. (2017). Стрес и справяне при студенти-първокурсници. В *Сборник с
   доклади от Националната конференция по психология* (с. 215–222). София: БПД.
"""
    papers = list(pubkit.loads(text, "cv", path="cv.md"))
    assert [p.year for p in papers] == [2019, 2017]


def test_law_review_citations() -> None:
    """Bluebook: "Title, 136 Harv. L. Rev. 1789 (2023)" has volume 136 before the venue and the first
    page after it; "Title, in The Oxford Handbook of X 233 (eds., 2021)" names the book after ", in"."""
    text = """# Scholarship

- Daniel Ruiz & Margaret Chen-Alvarez, *Interpretive Rules in the Wild*, 76 Stan. L. Rev. 501 (2024).
- Margaret Chen-Alvarez, *Judicial Review of Agency Guidance*, in The Oxford Handbook of
  Administrative Law 233 (Peter Cane & Peter L. Lindseth eds., 2021).
"""
    first, second = pubkit.loads(text, "cv", path="cv.md")
    assert first.title == "Interpretive Rules in the Wild"
    assert first.venue is not None and first.venue.name == "Stan. L. Rev."
    assert (first.volume, first.pages, first.year) == ("76", "501", 2024)
    assert second.title == "Judicial Review of Agency Guidance"
    assert second.venue is not None
    assert second.venue.name.startswith("The Oxford Handbook of Administrative Law")


def test_editors_before_a_book_and_statuses_in_other_languages() -> None:
    """ "in A. Verdi, P. Neri (a cura di), Book" names the book, not its editors; "sottoposto" and
    "c.s." (in corso di stampa) are statuses, never part of the authors."""
    text = r"""\section{Pubblicazioni}
\ecvitem{c.s.}{L. \textsc{Bianchi}, «Le officine di Volaterrae», in A. \textsc{Verdi}, P. \textsc{Neri}
(a cura di), \textit{Volterra. Lo scavo dell'acropoli}, Pisa, Edizioni della Normale.}
\ecvitem{sottoposto}{L. \textsc{Bianchi}, M. \textsc{Ferretti}, «Volterra e il mare», sottoposto a
\textit{Papers of the British School at Rome}.}
"""
    first, second = pubkit.loads(text, "cv", path="cv.tex")
    assert [a.name for a in first.authors] == ["L. Bianchi"]
    assert first.venue is not None and first.venue.name.startswith("Volterra. Lo scavo dell'acropoli")
    assert first.status is pubkit.Status.ACCEPTED
    assert [a.name for a in second.authors] == ["L. Bianchi", "M. Ferretti"]
    assert second.status is pubkit.Status.SUBMITTED


def test_a_book_that_names_only_its_editors_mark_is_read_without_authors() -> None:
    """ "(ed.) Title, Vol. 1. Place: Publisher.": the editors' mark alone is no name (it once raised)."""
    text = "(ed.) Public Communication and Behavior, Vol. 1. New York: Academic Press."
    paper = pubkit.parse_reference(text)
    assert paper.title == "Public Communication and Behavior"
    assert paper.authors == ()
    assert paper.volume == "1"


@pytest.mark.parametrize(
    ("legend", "status_text", "status"),
    [
        (
            "Hvězdičkou (*) jsou označeni autoři se stejným podílem (equal contribution).",
            "v tisku",
            "accepted",
        ),
        ("* تساوي المساهمة (equal contribution)", "Manuscript submitted for publication", "submitted"),
        ("(*) eşit katkı / equal contribution", "kabul edildi", "accepted"),
        ("* равный вклад авторов", "на рецензии", "under-review"),
        ("* gleichberechtigte Erstautorenschaft", "eingereicht", "submitted"),
        ("* contribución equivalente", "aceptado", "accepted"),
    ],
)
def test_legends_and_statuses_in_other_languages(legend: str, status_text: str, status: str) -> None:
    """A legend in another language (with its meaning glossed, or in its own words) marks equal
    contribution; a status in another language is a status, never a venue."""
    legend = legend.replace("*", "\\*")  # Markdown: a line's leading "*" would be a bullet
    entry = f"- Ann Lee\\*, Bo Roe\\*. Deep nets for cats. Nature, 2024 ({status_text}).\n"
    text = f"# Publications\n\n{legend}\n\n{entry}"
    (paper,) = pubkit.loads(text, "cv", path="cv.md")
    assert [a.equal_contribution for a in paper.authors] == [True, True]
    assert paper.venue is not None and paper.venue.name == "Nature"
    assert paper.status.value == status.replace(" ", "-")


def test_dblp_homonyms_caseless_scripts_and_more_words_for_and() -> None:
    """DBLP's "Jonas Weber 0003" is Jonas Weber; Hebrew names (a script without capitals) are names;
    Indonesian "dan" joins names; Finnish and Indonesian section words name publication sections."""
    text = """# Publikasi

- Jonas Weber 0003, Tobias Reinholt, Lea Hartmann: Temporal Graph Benchmarks Revisited. KDD 2024: 3310-3321
- Sari Wulandari dan Budi Santoso. Deteksi banjir dengan citra satelit. Jurnal Teknologi, 2023.
- בן-דוד, ש., לוי, נ. ומזרחי, י. (2020). דחיפות התנהגותיות באבטחת מידע. רבעון לכלכלה, 67(1), 33–58.
"""
    dblp, indonesian, hebrew = pubkit.loads(text, "cv", path="cv.md")
    assert [a.name for a in dblp.authors] == ["Jonas Weber", "Tobias Reinholt", "Lea Hartmann"]
    assert [a.name for a in indonesian.authors] == ["Sari Wulandari", "Budi Santoso"]
    assert hebrew.title == "דחיפות התנהגותיות באבטחת מידע"
    assert len(hebrew.authors) >= 2


def test_a_ditto_dash_stands_for_the_authors_of_the_entry_before() -> None:
    """Chicago's "———." is the entry before's authors, not an entry without any."""
    text = """PUBLICATIONS

Whitcombe, Eleanor. “Bills of Exchange and Trust in Glasgow.” Economic History Review 77 (2024): 455–81.
———. “Credit without Banks? Rural Lending in Perthshire.” Past & Present 262 (2024): 101–33.
"""
    first, second = pubkit.loads(text, "cv", path="cv.txt")
    assert second.title == "Credit without Banks? Rural Lending in Perthshire"
    assert [a.name for a in second.authors] == [a.name for a in first.authors] == ["Eleanor Whitcombe"]


def test_and_words_after_a_comma_and_an_owner_printed_in_another_order() -> None:
    """ "Wulandari, S., dan Hidayat, T." ends its list with Indonesian "and" after the comma; the owner
    Minh Anh Nguyen printed bold as "Nguyễn Thị Minh Anh" is the owner."""
    text = """# Minh Anh Nguyen

## Publications

- Wulandari, S., dan Hidayat, T. (2021). Pemetaan risiko gempa bumi. Jurnal Teknik Sipil, 12, 1–9.
- **Minh Anh Nguyen**, Duc Thanh Vu. Word segmentation for clinical notes. J. Biomed. Inform., 2023.
- Phạm Thị Thu Hà, **Nguyễn Thị Minh Anh**. Chuẩn hoá văn bản mạng xã hội. Tạp chí Tin học, 2021.
"""
    first, _, third = pubkit.loads(text, "cv", path="cv.md")
    assert [a.name for a in first.authors] == ["S. Wulandari", "T. Hidayat"]
    assert [a.is_owner for a in third.authors] == [False, True]


def test_tab_numbered_items_lettered_sections_and_an_owner_printed_without_a_given_name() -> None:
    """CIÊNCIAVITAE's "1<TAB>Ferreira, Marta; ..." items, NSF's "(c) PRODUCTS" section, a legend for
    "shared first authorship"; "Ferreira, Marta" is the owner Marta Sofia Ferreira."""
    text = (
        "Marta Sofia Ferreira\n\n(a) PROFESSIONAL PREPARATION\n\nUniversity of Lisbon, PhD, 2012\n\n"
        "(c) PRODUCTS\n\n† denotes shared first authorship\n\n"
        '1\tFerreira, Marta†; Sousa, Rui†. "Sediment provenance in the Tagus". Marine Geology 459 (2023).\n'
        '2\tPinto, Helena; Ferreira, Marta. "Storm-driven washover deposits". Geomorphology (2024).\n'
    )
    first, second = pubkit.loads(text, "cv", path="cv.txt")
    assert [a.name for a in first.authors] == ["Marta Ferreira", "Rui Sousa"]
    assert [a.equal_contribution for a in first.authors] == [True, True]
    assert [a.is_owner for a in first.authors] == [True, False]
    assert [a.is_owner for a in second.authors] == [False, True]


def test_a_thesis_named_in_parentheses_after_the_title_is_the_venue() -> None:
    thesis = "PhD Dissertation, University of Chicago"
    paper = pubkit.parse_reference(f"Karaca, E. 2019. Leaves of Kin ({thesis}).")
    assert paper.title == "Leaves of Kin"
    assert paper.venue is not None
    assert (paper.venue.name, paper.venue.kind) == (thesis, VenueKind.THESIS)
    kept = pubkit.parse_reference("A. Lee. Fast nets for cats (with a note). Nature, 2020.")
    assert kept.title == "Fast nets for cats (with a note)"


@pytest.mark.parametrize(
    "text",
    [
        "Petrauskienė, R. ir Jankauskaitė, E. (2021). Kalbos politika. Darbai ir dienos, 75, 1-20.",
        "Kamau, W. na Otieno, J. (2022). Kilimo hifadhi. Tanzania Journal, 3, 1-9.",
        "Castillo, M., y Ortega, L. (2024). Etiquetado frontal. Salud Pública, 66, 1-10.",
    ],
)
def test_and_in_lithuanian_swahili_and_spanish(text: str) -> None:
    assert len(pubkit.parse_reference(text).authors) == 2


def test_a_styled_title_ends_where_its_style_does_not_at_a_question_mark() -> None:
    paper = pubkit.parse_reference(
        "A. Lee, *Who Owns the Genome? Property, Privacy, and Biobanks*, 91 Geo. Wash. L. Rev. 1 (2023)."
    )
    assert paper.title == "Who Owns the Genome? Property, Privacy, and Biobanks"


def test_acs_names_end_at_a_marked_initial_and_a_chapter_names_its_book_editors_and_publisher() -> None:
    paper = pubkit.parse_reference(
        "<b>Copper-catalysed amination of unactivated alkanes</b><br>Zhang, Y.; Kaur, P.; "
        "<b>Oliveira-Schmid, M.</b>* <i>J. Am. Chem. Soc.</i> <b>2025</b>, <i>147</i>, 3381–3390."
    )
    assert [a.name for a in paper.authors][-1] == "M. Oliveira-Schmid"
    assert paper.venue is not None and paper.venue.name == "J. Am. Chem. Soc."
    chapter = pubkit.parse_reference(
        "<b>Radical relay strategies for remote C–H functionalisation</b><br><b>Oliveira-Schmid, M.</b>; "
        "Zhang, Y. In <i>Modern Radical Chemistry</i>, 2nd ed.; Studer, A., Curran, D. P., Eds.; Wiley-VCH: "
        "Weinheim, 2023; pp 245–289."
    )
    assert [a.name for a in chapter.authors] == ["M. Oliveira-Schmid", "Y. Zhang"]
    assert chapter.venue is not None and chapter.venue.name == "Modern Radical Chemistry"
    assert chapter.fields["editor"].startswith("Studer, A., Curran, D. P.")
    assert (chapter.venue.publisher, chapter.fields["address"]) == ("Wiley-VCH", "Weinheim")


def test_a_portals_count_of_other_authors_is_no_name() -> None:
    paper = pubkit.parse_reference(
        "Sørensen, M. H., Pedersen, L. & 9 others, 2023, Registry-based cohort studies of statin use. "
        "In: Eur. J. Epidemiol. 38, 4, p. 411-425"
    )
    assert [a.name for a in paper.authors] == ["M. H. Sørensen", "L. Pedersen"]


def test_an_italic_title_ends_at_in_and_a_bracketed_translation_is_no_venue() -> None:
    chapter = pubkit.parse_reference(
        "L. García-Pérez, *On the Mizohata–Takeuchi conjecture for the parabola*, in: Recent Advances in "
        "Harmonic Analysis (J. Bennett and I. Łaba, eds.), Contemp. Math., vol. 789, Amer. Math. Soc., "
        "Providence, RI, 2023, pp. 91–108."
    )
    assert chapter.title == "On the Mizohata–Takeuchi conjecture for the parabola"
    assert chapter.venue is not None and chapter.venue.name == "Recent Advances in Harmonic Analysis"
    book = pubkit.parse_reference(
        "Wierzbicki, Tomasz. *Sąd i sąsiedzi: Drobne spory w Krakowie, 1918–1939* [The Court and the "
        "Neighbours: Petty Disputes in Kraków, 1918–1939]. Kraków: Universitas, 2016."
    )
    assert book.title == "Sąd i sąsiedzi: Drobne spory w Krakowie, 1918–1939"
    assert book.venue is None or "Court" not in book.venue.name


def test_bluebooks_year_in_the_volumes_place_and_inverted_names_before_natural_ones() -> None:
    law = pubkit.parse_reference("Ann Lee, *Platform Trusts*, 2021 U. Ill. L. Rev. 1409.")
    assert (law.title, law.year, law.venue and law.venue.name) == ("Platform Trusts", 2021, "U. Ill. L. Rev.")
    mixed = pubkit.parse_reference(
        "**Nguyễn, Thị Lan**, Phạm, Hồng Nhung & Sophie Whitaker. A tonal corpus of Vietnamese child-directed"
        " speech. Journal of Child Language, 2024."
    )
    assert [a.name for a in mixed.authors] == ["Thị Lan Nguyễn", "Hồng Nhung Phạm", "Sophie Whitaker"]


def test_an_acm_journals_volume_issue_and_article_number_are_no_part_of_its_name() -> None:
    paper = pubkit.parse_reference(
        "Kwame Asante and Amy J. Ko. 2023. Learning to Debug with Explanations: A Field Study. Proc. ACM "
        "Hum.-Comput. Interact. 7, CSCW2, Article 312 (October 2023), 27 pages."
    )
    assert paper.venue is not None and paper.venue.name.rstrip(".") == "Proc. ACM Hum.-Comput. Interact"
    assert (paper.volume, paper.year) == ("7", 2023)


def test_spanish_chapters_coordinators_theses_and_an_edited_books_editors() -> None:
    book = pubkit.parse_reference(
        "Gómez-Salvatierra, I. y Ruiz Padilla, A. (coords.) (2021). *Innovación docente en tiempos de "
        "pandemia*. Dykinson."
    )
    assert [a.name for a in book.authors] == ["I. Gómez-Salvatierra", "A. Ruiz Padilla"]
    chapter = pubkit.parse_reference(
        "Muñoz Benítez, J. y Gómez-Salvatierra, I. (2021). Docencia *online* de emergencia: lecciones "
        "aprendidas. En I. Gómez-Salvatierra y A. Ruiz Padilla (coords.), *Innovación docente en tiempos de "
        "pandemia* (pp. 115-134). Dykinson."
    )
    assert chapter.title == "Docencia online de emergencia: lecciones aprendidas"
    assert chapter.venue is not None and chapter.venue.name == "Innovación docente en tiempos de pandemia"
    thesis = pubkit.parse_reference(
        "Gómez-Salvatierra, I. (2016). *La escuela rural andaluza ante la LOMCE* [Tesis doctoral, "
        "Universidad de Granada]. Repositorio Institucional DIGIBUG."
    )
    assert thesis.title == "La escuela rural andaluza ante la LOMCE"
    assert thesis.venue is not None and thesis.venue.kind is VenueKind.THESIS
    assert thesis.venue.name == "Tesis doctoral, Universidad de Granada"  # not the archive printed after it


def test_vancouver_journal_before_its_glued_numbers_and_a_period_of_years_in_the_title() -> None:
    paper = pubkit.parse_reference(
        "Nakai S, Whitfield-Arce DM. Obstetric unit closures and travel time to delivery in the rural "
        "Southwest, 2012-2021. Health Aff (Millwood). 2022 Dec;41(12):1768-76. PMID: 36469822."
    )
    assert (
        paper.title == "Obstetric unit closures and travel time to delivery in the rural Southwest, 2012-2021"
    )
    assert (paper.venue and paper.venue.name, paper.year, paper.volume) == ("Health Aff", 2022, "41")


def test_a_preprint_server_before_nlms_bracketed_preprint_is_the_venue() -> None:
    paper = pubkit.parse_reference(
        "Harjo L, Nakai S, Whitfield-Arce DM. Out-of-hospital births after rural obstetric unit closures. "
        "medRxiv [Preprint]. 2025 Oct 3:2025.10.01.25336789. doi: 10.1101/2025.10.01.25336789."
    )
    assert paper.venue is not None and (paper.venue.name, paper.venue.kind) == ("medRxiv", VenueKind.PREPRINT)


def test_an_abbreviated_journal_goes_on_over_the_abbreviations_after_it() -> None:
    paper = pubkit.parse_reference(
        '[J6] O. T. Adebanjo, M. Haddad, and R. Lindgren, "Partial discharge in high-dv/dt motor windings '
        'fed by SiC inverters," submitted to IEEE Trans. Dielectr. Electr. Insul., 2025.'
    )
    assert paper.venue is not None and paper.venue.name == "IEEE Trans. Dielectr. Electr. Insul."


@pytest.mark.parametrize(
    ("text", "title", "venue"),
    [
        (
            "Raghunathan P, Okafor CN. Extracellular volume in HFpEF: time to standardise reporting "
            "[Letter]. JACC Cardiovasc Imaging. 2024;17(3):345-6.",
            "Extracellular volume in HFpEF: time to standardise reporting",
            "JACC Cardiovasc Imaging",
        ),
        (
            "Farooqui Z, Raghunathan P. Re: Sex-specific thresholds for native T1 [Correspondence]. "
            "Radiology. 2023;306(2):e222901.",
            "Re: Sex-specific thresholds for native T1",
            "Radiology",
        ),
        (
            "Nkechi Adeyemi-Roth. Platform Wages. Reject & Resubmit at Review of Economic Studies.",
            "Platform Wages",
            "Review of Economic Studies",
        ),
    ],
)
def test_letters_replies_and_a_reject_and_resubmit(text: str, title: str, venue: str) -> None:
    paper = pubkit.parse_reference(text)
    assert (paper.title, paper.venue and paper.venue.name) == (title, venue)
    assert all(a.name.split()[-1] not in ("Re", "Re:") for a in paper.authors)


def test_gost_journal_after_double_slash_and_a_books_kind_after_its_colon() -> None:
    article = pubkit.parse_reference(
        "Влияние носителя на активность никелевых катализаторов / Е. А. Смирнова, Р. Р. Галиев, "
        "А. В. Хуснутдинова [и др.] // Кинетика и катализ. – 2023. – Т. 64, № 2. – С. 155–163."
    )
    assert [a.name for a in article.authors][-1] == "А. В. Хуснутдинова"
    assert article.venue is not None and article.venue.name == "Кинетика и катализ"
    book = pubkit.parse_reference(
        "Смирнова Е. А., Орлов Д. В. Гетерогенный катализ в химии растительной биомассы : монография. – "
        "Казань : Издательство Казанского университета, 2022. – 214 с."
    )
    assert (book.title, book.year) == ("Гетерогенный катализ в химии растительной биомассы", 2022)


def test_bluebooks_forthcoming_volume_and_a_responding_parenthetical() -> None:
    forthcoming = pubkit.parse_reference("Ann Lee, *The Algorithmic Jury*, 113 Geo. L.J. (forthcoming 2026).")
    assert (forthcoming.venue and forthcoming.venue.name, forthcoming.volume) == ("Geo. L.J.", "113")
    assert forthcoming.status is Status.ACCEPTED
    reply = pubkit.parse_reference(
        "Ann Lee, *Machine Testimony Revisited*, 70 Duke L.J. Online 88 (2021) (responding to Andrea Roth, "
        "*Machine Testimony*, 126 Yale L.J. 1972 (2017))."
    )
    assert ([a.name for a in reply.authors], reply.year) == (["Ann Lee"], 2021)


def test_a_books_place_and_publisher_are_no_venue() -> None:
    book = pubkit.parse_reference(
        "Chiara Bellandi (2021). Analisi limite delle strutture murarie storiche. Bologna : Società Editrice "
        "Esculapio, pp. 1-212."
    )
    assert (book.venue, book.fields["address"], book.fields["publisher"]) == (
        None,
        "Bologna",
        "Società Editrice Esculapio",
    )


def test_a_quotation_inside_a_venues_name_is_part_of_it() -> None:
    paper = pubkit.parse_reference(
        "Sara Gualtieri, Chiara Bellandi (2022). Monitoraggio dinamico di torri campanarie in muratura. In: "
        'Atti del XIX Convegno ANIDIS "L\'ingegneria sismica in Italia", Pisa : Pisa University Press, '
        "pp. 88-97."
    )
    assert paper.venue is not None and paper.venue.name.endswith('sismica in Italia"')


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (  # abbreviations alone between the title's comma and the numbers
            "R. Delacroix-Hale and S. Ibarra, Resolvent estimates for Schrödinger operators on hyperbolic "
            "surfaces, Comm. Math. Phys. 405 (2024), Paper No. 88, 41 pp.",
            "Comm. Math. Phys.",
        ),
        (  # a journal's capitals between the title's comma and the volume
            "Vargas-Ríos C., Hoffmann J. K., Eze N., 2023, The baryonic Tully–Fisher relation at cosmic "
            "noon, A&A, 678, A112",
            "A&A",
        ),
        (  # a capitalised word read as a volume before the numbers
            'DESI Collaboration, Abdalla, K., Amsel, T., et al. 2025, "Mg II absorbers in DESI Year 1 quasar '
            'spectra", AJ, 169, 101',
            "AJ",
        ),
        (  # a parenthesis that only holds a status is no part of the venue
            "Quiroga-Santos, R., Whitfield, E. & Nakamura, K. A brainstem circuit for vocal–respiratory "
            "coordination in songbirds. Nature (in the press).",
            "Nature",
        ),
        (  # a town that goes on a thesis's institution, with no comma between, is part of its name
            'L. Brügger. "Learning locomotion on deformable terrain." Doctoral thesis, ETH Zürich, 2021.',
            "Doctoral thesis, ETH Zürich",
        ),
    ],
)
def test_the_edges_of_a_venue_whatever_the_labeller_read_them_as(text: str, venue: str) -> None:
    paper = pubkit.parse_reference(text)
    assert paper.venue is not None and paper.venue.name == venue


def test_an_awards_giver_and_year_after_its_comma_are_the_awards() -> None:
    paper = pubkit.parse_reference(
        'Dizon-Reyes, Maria Liza, Paolo Santos, and Jennifer Wu. 2021. "Social Media Disinformation and '
        'Trust in Local Government." Asian Survey 61 (5): 801–28. Best Article Award, APSA Comparative '
        "Democratization Section, 2022."
    )
    assert paper.year == 2021
    assert [a.name for a in paper.awards] == [
        "Best Article Award, APSA Comparative Democratization Section, 2022"
    ]


def test_a_section_no_word_names_is_reported_when_its_items_look_like_citations() -> None:
    """Items left out of a section whose heading names no kind of publication ("Telescope time") are
    reported at the section's first item, so that nothing that reads like a citation goes unsaid;
    sections a word names ("Appointments") are skipped without a word."""
    page = (
        "# Ana Ruiz\n\n## Journal articles\n\n"
        "- **Ana Ruiz**, Ben Roe. Bars in galaxies. *Astrophysical Journal*, 2021.\n\n"
        "## Telescope time\n\n"
        "- ESO VLT/MUSE, 110.23AB, 24 h, “Bars in Fornax” (2023).\n"
        "- ALMA 2022.1.0045, 12 h, “Gas in bars” (2022).\n\n"
        "## Appointments\n\n"
        "- 2021–present, Assistant Professor, University of Granada, Spain, 2021.\n"
    )
    bib = pubkit.loads(page, "cv", path="cv.md")
    assert [p.title for p in bib] == ["Bars in galaxies"]
    [problem] = bib.problems
    assert (problem.line, problem.kind, problem.severity) == (9, "ignored", pubkit.Severity.WARNING)
    assert "'Telescope time': 2 item(s) not read" in problem.message


def test_the_owners_card_under_the_heading_is_no_paper() -> None:
    """A paragraph naming the owner's position and no date but the page's own ("Stand: Oktober 2024")
    is the owner's card atop the list, not an entry; a paragraph citing a paper with its year still is."""
    page = (
        "<h1>Publications</h1>"
        "<p>Peter Halloran, Professor Emeritus<br>Department of Computer Science<br>"
        "University of Canterbury, Christchurch, New Zealand</p>"
        "<p>Katharina Weißenböck, Lehrstuhl für Geschichte der Frühen Neuzeit, Universität Augsburg. "
        "Stand: Oktober 2024</p>"
        "<p>P. Halloran and R. Mukundan. Interactive terrain rendering on graphics hardware. "
        "Proceedings of Graphics Interface, 2007.</p>"
    )
    bib = pubkit.loads(page, "cv", path="p.html")
    assert [p.title for p in bib] == ["Interactive terrain rendering on graphics hardware"]
