"""Research portals' author pages copied as text: each paper a card of short lines (title, names, venue,
date) followed by the portal's buttons and counts, which are no part of it."""

from __future__ import annotations

import pubkit

SEMANTIC_SCHOLAR = """Semantic Scholar's Logo
Search 225,176,402 papers from all fields of science
Sign In

Lucía Ferrer-Quintana
Institut de Ciències del Mar (ICM-CSIC)
Follow
Publications
38
h-index
14

Showing 1 through 10 of 38 Publications

Marine heatwaves reshape zooplankton phenology across the western Mediterranean
Lucía Ferrer-Quintana, M. Castells, +3 authors J. Ribas
Nature Communications
12 April 2023
TLDR
Satellite-derived heatwave indices show that marine heatwaves advance copepod spring peaks.
Expand
Highly Influential
87 Citations
PDF
Save
Alert

Jellyfish blooms and fisheries: a 30-year reconstruction from Catalan landing records
L. Ferrer-Quintana, A. Puig, R. Solé
Fish and Fisheries
2021
64 Citations
PDF
Save
Alert

Gelatinous zooplankton and climate: a review of Mediterranean evidence
L. Ferrer-Quintana
Scientia Marina
2015
11 Citations
Save
Alert

1
2
Next
"""


def test_a_semantic_scholar_copy_reads_every_card_without_its_buttons() -> None:
    bib = pubkit.loads(SEMANTIC_SCHOLAR, "cv", path="author.txt")
    got = [(p.title, [a.name for a in p.authors], p.venue.name if p.venue else None, p.year) for p in bib]
    assert got == [
        (
            "Marine heatwaves reshape zooplankton phenology across the western Mediterranean",
            ["Lucía Ferrer-Quintana", "M. Castells", "J. Ribas"],  # "+3 authors": names the page leaves out
            "Nature Communications",
            2023,
        ),
        (
            "Jellyfish blooms and fisheries: a 30-year reconstruction from Catalan landing records",
            ["L. Ferrer-Quintana", "A. Puig", "R. Solé"],
            "Fish and Fisheries",  # a venue over its year, not a heading over a count
            2021,
        ),
        (
            "Gelatinous zooplankton and climate: a review of Mediterranean evidence",
            ["L. Ferrer-Quintana"],
            "Scientia Marina",
            2015,
        ),
    ]
    assert all(p.owner is not None for p in bib)
    assert all(p.note is None and not p.awards for p in bib)  # "TLDR", "Highly Influential": buttons


def test_a_heading_over_a_year_line_still_opens_a_section() -> None:
    """A block's first line over years alone ("Invited talks\\n2025\\n2024", pdftotext's columns) is a
    section's name; only inside a block is a line over a year the venue of a card."""
    text = (
        "Publications\n\n"
        "Lee, A. (2024). Rainfall extremes in lowland catchments. Journal of Hydrology, 12, 1-9.\n\n"
        "Invited talks and seminars\n2025\n2024\n\n"
        "“Rainfall extremes in a warming climate”, Met Office Hadley Centre seminar, Exeter.\n"
    )
    bib = pubkit.loads(text, "cv", path="cv.txt")
    assert [p.title for p in bib] == ["Rainfall extremes in lowland catchments"]


def _pure_item(title: str, body: str, extra: str) -> str:
    return (
        '<li class="list-result-item"><div class="result-container"><div class="rendering">'
        f'<h3 class="title"><a href="/fi/publications/1"><span>{title}</span></a></h3>'
        f'\n{body}\n<div class="search-result-extra">{extra}</div></div></div></li>\n'
    )


FINNISH_PURE = (
    '<html lang="fi"><body><h1 class="person-name">Mikaela Virtanen</h1><main><ul class="list-results">\n'
    + _pure_item(
        "Bark beetle outbreak risk under warming: an ensemble modelling approach",
        '<a rel="Person" href="/fi/persons/salo"><span>Salo, K.</span></a>, <a rel="Person" '
        'href="/fi/persons/virtanen"><span>Virtanen, M.</span></a>, Andersson, E. &amp; 3 muuta, '
        '<span class="date">2025</span>, <span class="journal">Julkaisussa: <a rel="Journal"><span>Forest '
        'Ecology and Management</span></a>.</span> <span class="volume">578</span>, '
        '<span class="pages">122455</span>.',
        '<a class="link doi" href="https://doi.org/10.1016/j.foreco.2024.122455">'
        "https://doi.org/10.1016/j.foreco.2024.122455</a> · "
        '<span class="open-access">Avoin saatavuus</span> · '
        '<span class="citations">Lainaukset (Scopus): 17</span>',
    )
    + _pure_item(
        "Metsien kasvu ja ilmasto: katsaus dendrokronologiaan",
        '<a rel="Person" href="/fi/persons/virtanen"><span>Virtanen, M.</span></a> &amp; Mäkinen, H., '
        '<span class="date">2016</span>, <em>Metsätieteen perusteet</em>. Salo, K. &amp; Holmström, J. '
        "(toim.). Helsinki: Gaudeamus, s. 211-230",
        '<span class="citations">Lainaukset (Scopus): 7</span>',
    )
    + "</ul></main></body></html>"
)


def test_a_finnish_research_portal_reads_its_venues_authors_and_editors() -> None:
    """Pure in Finnish: "Julkaisussa:" is "In:", "& 3 muuta" is "and 3 others", "(toim.)" marks the
    book's editors, and "Avoin saatavuus" (open access) and "Lainaukset (Scopus): 17" (citations) are
    the portal's badges, never a venue."""
    article, chapter = pubkit.loads(FINNISH_PURE, "cv", path="publications.html")
    assert [a.name for a in article.authors] == ["K. Salo", "M. Virtanen", "E. Andersson"]
    assert article.venue is not None and article.venue.name == "Forest Ecology and Management"
    assert article.identifiers.doi == "10.1016/j.foreco.2024.122455"
    assert [a.name for a in chapter.authors] == ["M. Virtanen", "H. Mäkinen"]
    assert chapter.owner is not None and chapter.year == 2016
    assert chapter.venue is not None and chapter.venue.name == "Metsätieteen perusteet"


def _orcid_work(title: str, journal: str, date: str, contributors: str) -> str:
    return (
        '<li class="orcid-work">\n'
        f'  <h3 class="work-title">{title}</h3>\n'
        f'  <div class="work-subtitle"><span class="journal-title">{journal}</span></div>\n'
        f'  <div class="work-date">publication-date: <span class="date">{date}</span></div>\n'
        '  <div class="work-type">Journal article</div>\n'
        f'  <div class="work-contributors">Contributors: {contributors}</div>\n'
        '  <ul class="external-ids"><li>DOI: <a href="https://doi.org/10.1136/x">10.1136/x</a></li>'
        "<li>PMID: 39512290</li><li>EID: 2-s2.0-85209910230</li></ul>\n"
        '  <div class="work-source">Source: Crossref</div>\n'
        "</li>\n"
    )


ORCID_PAGE = (
    '<html><body><h1>Amara Osei-Bonsu</h1><h2>Publications</h2><ul class="orcid-works">\n'
    + _orcid_work(
        "Salt intake and blood pressure among adolescents in Ghana",
        "BMJ Global Health",
        "2024-11",
        "Efua Mensah; Amara Osei-Bonsu; Kwabena Agyeman",
    )
    + _orcid_work(
        "Trajectories of body mass index and incident type 2 diabetes",
        "Diabetologia",
        "2024-06-03",
        "Amara Osei-Bonsu; Mette Kjær Sørensen",
    )
    + "</ul></body></html>"
)


def test_orcid_works_read_their_marked_fields_and_keep_their_ids_as_lines() -> None:
    """A work's `journal-title` is its venue (not more title), "publication-date:" and "Contributors:"
    are keys, and the ids listed under it are lines of that work, not entries that fail."""
    bib = pubkit.loads(ORCID_PAGE, "cv", path="orcid.html")
    got = [(p.title, [a.name for a in p.authors], p.venue.name if p.venue else None, p.year) for p in bib]
    assert got == [
        (
            "Salt intake and blood pressure among adolescents in Ghana",
            ["Efua Mensah", "Amara Osei-Bonsu", "Kwabena Agyeman"],
            "BMJ Global Health",
            2024,
        ),
        (
            "Trajectories of body mass index and incident type 2 diabetes",
            ["Amara Osei-Bonsu", "Mette Kjær Sørensen"],
            "Diabetologia",
            2024,
        ),
    ]
    assert not [p for p in bib.problems if p.severity is pubkit.Severity.ERROR]


def test_a_pandoc_fenced_div_is_no_part_of_the_entries_inside_it() -> None:
    text = (
        "# Aoife Ní Bhriain\n\n## Journal articles\n\n::: {.hanging-indent}\n"
        "**Ní Bhriain, Aoife**. 2023. Lenition and the left edge of the phonological phrase. "
        "*Journal of Celtic Linguistics* 24. 1–38.\n\n"
        "Breatnach, Liam & **Aoife Ní Bhriain**. 2021. Initial mutation in Irish. *Ériu* 71. 45–80.\n"
        ":::\n"
    )
    first, second = pubkit.loads(text, "cv", path="cv.md")
    assert [a.name for a in first.authors] == ["Aoife Ní Bhriain"]
    assert first.title == "Lenition and the left edge of the phonological phrase"
    assert second.source is not None and second.source.line == 8  # the fence line is a blank one


def _activity(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><th scope="row">{key}</th><td>{value}</td></tr>\n' for key, value in rows)
    return f'<table class="f180-activity">{cells}</table>\n'


INTERFOLIO_PAGE = (
    "<html><body><h1>Ingrid M. Sørensen</h1><h2>Research Interests</h2><p>Spectral theory.</p>"
    '<h2 class="section-title">Scholarly and Creative Activities</h2>\n'
    + _activity(
        [
            ("Title", "Sharp decay estimates for the damped wave equation on hyperbolic manifolds"),
            ("Type", "Journal Article"),
            ("Authors", "Sørensen, Ingrid M.; Achterberg, Paul"),
            ("Journal/Publisher", "Journal of Functional Analysis"),
            ("Year", "2025"),
            ("Status", "Published"),
            ("Details", "Volume 288, Issue 4, Article 110761"),
        ]
    )
    + _activity(
        [
            ("Title", "Spectral gaps for random covers of compact surfaces"),
            ("Type", "Journal Article"),
            ("Authors", "Nakashima, Ren; Sørensen, Ingrid M."),
            ("Journal/Publisher", "Geometric and Functional Analysis"),
            ("Year", "2024"),
        ]
    )
    + "<h2>Courses Taught</h2><p>MATH 551 Functional Analysis</p></body></html>"
)


def test_an_interfolio_page_reads_each_activity_table_as_one_record() -> None:
    """A table per work, a key cell and a value a row, under "Scholarly and Creative Activities": one
    entry each, read by its keys."""
    bib = pubkit.loads(INTERFOLIO_PAGE, "cv", path="faculty.html")
    got = [(p.title, [a.name for a in p.authors], p.venue.name if p.venue else None, p.year) for p in bib]
    assert got == [
        (
            "Sharp decay estimates for the damped wave equation on hyperbolic manifolds",
            ["Ingrid M. Sørensen", "Paul Achterberg"],
            "Journal of Functional Analysis",
            2025,
        ),
        (
            "Spectral gaps for random covers of compact surfaces",
            ["Ren Nakashima", "Ingrid M. Sørensen"],
            "Geometric and Functional Analysis",
            2024,
        ),
    ]


def test_a_non_breaking_hyphen_in_a_name_is_its_hyphen() -> None:
    paper = pubkit.parse_reference(
        "L. Ferreira\u2011Santos, M. Osei and K. Lindgren, Boron clusters as Lewis superacids, "
        "<em>Chem. Sci.</em>, 2023, <b>14</b>, 1234–1245."
    )
    assert [a.name for a in paper.authors] == ["L. Ferreira-Santos", "M. Osei", "K. Lindgren"]
