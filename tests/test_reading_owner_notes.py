"""What a list says about its owner's part in a work without printing the owner's name, and notes
printed under an entry: single-authored working papers, bare titles beside "(with X)" lines, book
reviews, award and reception lines below a citation."""

from __future__ import annotations

import pubkit
from pubkit import Award

WIX_PAGE = """<html><body><main>
<h1>Matthias Großmann</h1>
<h4><span style="text-decoration:underline;">Working Papers</span></h4>
<p><span style="font-weight:bold;">Bunching at the Mini-Job Threshold: Evidence on Hours Constraints
</span></p>
<p><span style="font-style:italic;">with Ana Lucía Ferreira</span></p>
<p><span>CEPR Discussion Paper No. 19204, 2025</span></p>
<p><span>&#8203;</span></p>
<p><span style="font-weight:bold;">Who Pays for Parental Leave? Firm Responses to the 2007
Elterngeld Reform</span></p>
<p><span>Single-authored. Draft coming soon.</span></p>
<p><span>&#8203;</span></p>
<h4><span style="text-decoration:underline;">Publications</span></h4>
<p><span style="font-weight:bold;">Tax Salience and Labor Supply: Evidence from Church Tax Exits</span>
(with Jonas Wüthrich),
<span style="font-style:italic;">Journal of Public Economics</span>, 2024, 231, 105077.</p>
<h4>Work in Progress</h4>
<p>Firm Wage Premia and Commuting Zones (with Sun-Hee Park)</p>
<p>Automation and the Gender Pay Gap in German Manufacturing</p>
</main></body></html>
"""


def _by_title(bib: pubkit.Bibliography) -> dict[str, pubkit.Paper]:
    return {p.title: p for p in bib}


def test_a_single_authored_card_is_the_owners_alone_and_stops_at_the_next_heading() -> None:
    """ "Single-authored." under a bold title is the owner alone (never a name); a zero-width spacer
    paragraph is no line of the card, and the card does not take the first entry of the next section."""
    bib = pubkit.loads(WIX_PAGE, "cv", path="research.html")
    papers = _by_title(bib)
    parental = papers["Who Pays for Parental Leave? Firm Responses to the 2007 Elterngeld Reform"]
    assert [a.name for a in parental.authors] == ["Matthias Großmann"]
    assert parental.venue is None
    tax = papers["Tax Salience and Labor Supply: Evidence from Church Tax Exits"]
    assert tax.venue is not None and tax.venue.name == "Journal of Public Economics"
    assert not bib.problems


def test_a_bare_title_beside_coauthor_notes_is_the_owners_paper() -> None:
    """In a section of "Title (with X)" lines, a line that is a title alone is the owner's own work,
    not text to skip."""
    bib = pubkit.loads(WIX_PAGE, "cv", path="research.html")
    papers = _by_title(bib)
    bare = papers["Automation and the Gender Pay Gap in German Manufacturing"]
    assert [a.name for a in bare.authors] == ["Matthias Großmann"]
    assert bare.owner is not None
    withx = papers["Firm Wage Premia and Commuting Zones"]
    assert [a.name for a in withx.authors] == ["Matthias Großmann", "Sun-Hee Park"]


def test_a_bare_line_is_no_paper_where_no_entry_names_its_coauthors() -> None:
    """The rule needs the section's "(with X)" lines: a title-like paragraph elsewhere is not read."""
    text = WIX_PAGE.replace("Firm Wage Premia and Commuting Zones (with Sun-Hee Park)", "Ongoing projects:")
    titles = {p.title for p in pubkit.loads(text, "cv", path="research.html")}
    assert "Automation and the Gender Pay Gap in German Manufacturing" not in titles


HISTORY_CV = """ELENA MARCHETTI

PUBLICATIONS

Books

Marchetti, Elena. The Salt Merchants of Trapani: Commerce and Kinship in
     Bourbon Sicily, 1734-1816. Ithaca, NY: Cornell University Press, 2021.
     * Winner, Helen and Howard R. Marraro Prize, Society for Italian
       Historical Studies, 2022
     * Reviewed in American Historical Review, Journal of Modern History

Articles

Marchetti, Elena. "Notaries, Brokers, and the Grain Trade in Eighteenth-Century
     Palermo." Journal of Modern Italian Studies 27, no. 3 (2022): 311-34.

Book Reviews

Review of Merchants of Grain: Food Supply in Early Modern Naples, by Paolo
     Ostrander. Renaissance Quarterly 76, no. 1 (2023): 312-14.
"""


def test_bullets_indented_under_a_citation_are_its_notes_not_entries() -> None:
    """A plain-text CV's "* Winner, … Prize" and "* Reviewed in …" under a book: an award and a note of
    that book, not two more papers."""
    bib = pubkit.loads(HISTORY_CV, "cv", path="cv.txt")
    assert len(bib) == 3
    book = _by_title(bib)["The Salt Merchants of Trapani: Commerce and Kinship in Bourbon Sicily, 1734-1816"]
    assert [a.name for a in book.authors] == ["Elena Marchetti"]
    assert book.year == 2021
    assert book.awards == (
        Award("Winner, Helen and Howard R. Marraro Prize, Society for Italian Historical Studies, 2022"),
    )
    assert book.note is not None and book.note.startswith("Reviewed in American Historical Review")


def test_a_nested_markdown_item_under_an_entry_tells_its_award() -> None:
    text = (
        "# Publications\n\n"
        "- Marchetti, Elena. The Salt Merchants of Trapani. Ithaca, NY: Cornell University Press, 2021.\n"
        "  - Winner, Helen and Howard R. Marraro Prize, Society for Italian Historical Studies, 2022\n"
        "- Marchetti, Elena. Notaries and the Grain Trade. J. Mod. Ital. Stud. 27 (2022): 311-34.\n"
    )
    first, second = pubkit.loads(text, "cv", path="cv.md")
    assert [a.name for a in first.authors] == ["Elena Marchetti"]
    assert [a.name for a in first.awards] == [
        "Winner, Helen and Howard R. Marraro Prize, Society for Italian Historical Studies, 2022"
    ]
    assert second.awards == ()


def test_a_book_review_without_the_owners_name_is_the_owners() -> None:
    """ "Review of *Book*, by X": X wrote the book; the review is the owner's, alone."""
    bib = pubkit.loads(HISTORY_CV, "cv", path="cv.txt")
    review = next(p for p in bib if p.title.startswith("Review of Merchants of Grain"))
    assert [a.name for a in review.authors] == ["Elena Marchetti"]  # from the CV's "ELENA MARCHETTI"
    assert review.year == 2023
    assert review.venue is not None and review.venue.name == "Renaissance Quarterly"


CLINICAL_CV = """FRANCES J. OKONJO-WHITAKER, MD, MSc

BIBLIOGRAPHY
Total peer-reviewed publications: 23.
* Co-first authors; ‡ corresponding author; underlined names (shown here with _) are trainees I mentored.

Peer-reviewed articles

\t1.\t_Brennan KT_*, Okonjo-Whitaker FJ*, Yamada H. Lactate clearance trajectories and 28-day mortality \
among older adults with sepsis. Crit Care Med. 2025;53(8):e1612-e1621. PMID: 40312276.
\t2.\tOkonjo-Whitaker FJ‡, _Tran VQ_, Lindqvist E. Time-to-antibiotics and outcomes in suspected sepsis. \
Acad Emerg Med. 2024;31(11):1104-1113.
"""


def test_a_starred_legend_line_and_underscored_trainees_in_a_text_cv() -> None:
    """ "* Co-first authors; ‡ …" is the list's legend, not an entry (its "*" is a marker, not a bullet);
    "_Brennan KT_" is an underlined name (Word's underline saved as text), no reason to drop the entry."""
    first, second = pubkit.loads(CLINICAL_CV, "cv", path="cv.txt")
    assert [a.name for a in first.authors] == ["Brennan KT", "Okonjo-Whitaker FJ", "Yamada H"]
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert first.owner is not None and first.owner.name == "Okonjo-Whitaker FJ"
    assert [a.name for a in second.authors] == ["Okonjo-Whitaker FJ", "Tran VQ", "Lindqvist E"]
    assert second.authors[0].corresponding


ECON_CV = """ANA SOFÍA RESTREPO
Department of Economics

PUBLICATIONS

  "The Long Shadow of Displacement," *Journal of Labor Economics*, 2022, 40(S1): S301-S339.

WORK IN PROGRESS

  "Climate Shocks and Armed Group Recruitment" (with Tomás Villalobos)
  "Land Markets after Restitution: A Regression Discontinuity Approach"
  "Political Dynasties in Colombian Municipalities" (with Hye-jin Park and Sebastián Molina)

POLICY WRITING

  "Does Land Restitution Work?" *VoxDev*, 12 June 2023.
"""


def test_an_economists_text_cv_one_quoted_title_a_line_and_the_owner_as_names_are_written() -> None:
    """Quoted titles a line each are entries each; the owner a "(with X)" entry leaves out is named as
    names are written, not in the capitals of the CV's top line; "*VoxDev*" is an italic venue."""
    bib = pubkit.loads(ECON_CV, "cv", path="cv.txt")
    got = {p.title: ([a.name for a in p.authors], p.venue.name if p.venue else None) for p in bib}
    assert got == {
        "The Long Shadow of Displacement": (["Ana Sofía Restrepo"], "Journal of Labor Economics"),
        "Climate Shocks and Armed Group Recruitment": (["Ana Sofía Restrepo", "Tomás Villalobos"], None),
        "Land Markets after Restitution: A Regression Discontinuity Approach": (["Ana Sofía Restrepo"], None),
        "Political Dynasties in Colombian Municipalities": (
            ["Ana Sofía Restrepo", "Hye-jin Park", "Sebastián Molina"],
            None,
        ),
        "Does Land Restitution Work?": (["Ana Sofía Restrepo"], "VoxDev"),
    }
