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
