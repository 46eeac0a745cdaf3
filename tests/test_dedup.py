"""Duplicates and versions: each blocking key and rule by hand-made cases, the seed's traps, merging."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from conftest import FIXTURES, ROOT, SEED, shared_file
from hypothesis import given, settings
from hypothesis import strategies as st

import pubkit
from pubkit.bibliography import Bibliography
from pubkit.dedup import DuplicateReport, dedupe, find_duplicates, merge_duplicates, merge_papers
from pubkit.model import Author, Award, Identifiers, Paper, Source, Status, Venue, VenueKind

CONF = VenueKind.CONFERENCE
JOURNAL = VenueKind.JOURNAL


def paper(
    title: str,
    authors: str = "Ada Lovelace, Charles Babbage",
    year: int | None = 2020,
    *,
    venue: str = "Conference on Engines",
    kind: VenueKind = CONF,
    line: int = 1,
    **fields: object,
) -> Paper:
    """A paper built by hand; `line` tells copies apart in reports."""
    people = tuple(Author(name.strip()) for name in authors.split(",") if name.strip())
    venues = (Venue(venue, kind=kind),) if venue else ()
    return Paper(title, people, venues, year, source=Source("test.md", line), **fields)  # type: ignore[arg-type]


def groups_of(report: DuplicateReport, attribute: str = "duplicates") -> set[frozenset[int]]:
    """The groups of a report as sets of source lines."""
    return {
        frozenset(p.source.line for p in g.papers if p.source and p.source.line)
        for g in getattr(report, attribute)
    }


# ------------------------------------------------------------------------- duplicates, rule by rule


def test_identifiers_decide_first() -> None:
    same_doi = [
        paper("Analytical Engines", line=1, identifiers=Identifiers(doi="10.1000/ae.1")),
        paper("Analytical engines.", line=2, identifiers=Identifiers(doi="https://doi.org/10.1000/AE.1")),
    ]
    report = find_duplicates(Bibliography(same_doi))
    assert groups_of(report) == {frozenset({1, 2})}
    assert report.duplicates[0].reasons == ("same DOI",)

    other_doi = [
        same_doi[0],
        paper("Analytical Engines", line=3, identifiers=Identifiers(doi="10.1000/ae.2")),
    ]
    assert find_duplicates(Bibliography(other_doi)).duplicates == ()

    arxiv = [
        paper("Notes on engines", line=1, identifiers=Identifiers(arxiv="2204.03359v1")),
        paper("Notes on the engine", line=2, identifiers=Identifiers(arxiv="arXiv:2204.03359v2")),
    ]
    assert find_duplicates(Bibliography(arxiv)).duplicates[0].reasons == ("same arXiv id",)


def test_fuzzy_title_with_agreeing_authors_and_year_is_a_duplicate() -> None:
    bib = Bibliography(
        [
            paper("Re-labeling ImageNet: from Single to Multi-Labels", line=1),
            paper("Relabeling ImageNet: from single to multi labels", "A. Lovelace, C. Babbage", line=2),
            paper("Relabelling ImageNet: from Single to Multi-Labels", line=3),  # a typo
        ]
    )
    report = find_duplicates(bib)
    assert groups_of(report) == {frozenset({1, 2, 3})}
    assert "same first author" in report.duplicates[0].reasons[0]


def test_different_first_authors_keep_similar_titles_apart() -> None:
    bib = Bibliography(
        [
            paper("Notes on the Analytical Engine", line=1),
            paper("Notes on the Analytical Engine", "Alan Turing", line=2),
        ]
    )
    assert find_duplicates(bib).duplicates == ()


def test_yearly_editorials_with_identical_titles_stay_apart() -> None:
    bib = Bibliography(
        [
            paper(
                "Editorial",
                "Ann Editor",
                year,
                venue="Widget Journal",
                kind=JOURNAL,
                line=year,
                volume=str(n),
            )
            for n, year in enumerate(range(2010, 2016), 1)
        ]
    )
    assert find_duplicates(bib).duplicates == ()


def test_same_column_in_different_issues_stays_apart() -> None:
    bib = Bibliography(
        [
            paper("Editor's comments", "Ann Editor", 2002, kind=JOURNAL, line=n, volume="26", number=str(n))
            for n in (1, 2, 3)
        ]
    )
    assert find_duplicates(bib).duplicates == ()


def test_numbered_parts_stay_apart() -> None:
    bib = Bibliography([paper("Engines, part 1: gears", line=1), paper("Engines, part 2: gears", line=2)])
    assert find_duplicates(bib).duplicates == ()


@pytest.mark.parametrize("title", ["#NAME?", "Untitled"])
def test_records_without_a_usable_title_are_never_merged_on_the_rest(title: str) -> None:
    bib = Bibliography(
        [paper(title, line=1, volume="4", pages="20-25"), paper(title, line=2, volume="4", pages="20-25")]
    )
    assert find_duplicates(bib).duplicates == ()


def test_citations_printing_no_title_are_one_paper_when_they_are_the_same_citation() -> None:
    """Physics' "A. Lee, Phys. Rev. A 4, 20 (2020)" prints no title: the same authors, journal, volume,
    first page and year are one paper; another page, or no authors to compare, is not."""
    same = [paper("", line=n, volume="4", pages="20-25", venue="Phys. Rev. A", kind=JOURNAL) for n in (1, 2)]
    report = find_duplicates(Bibliography(same))
    assert [len(g.papers) for g in report.duplicates] == [2]
    assert "no titles" in report.duplicates[0].reasons[0]
    other_page = [same[0], paper("", line=3, volume="4", pages="30-35", venue="Phys. Rev. A", kind=JOURNAL)]
    assert find_duplicates(Bibliography(other_page)).duplicates == ()
    nameless = [
        paper("", "", line=n, volume="4", pages="20-25", venue="Phys. Rev. A", kind=JOURNAL) for n in (4, 5)
    ]
    assert find_duplicates(Bibliography(nameless)).duplicates == ()


def test_truncated_title_needs_more_evidence() -> None:
    long = "Diminished control in crowdsourcing: an investigation of crowdworker multitasking behavior"
    agreeing = [
        paper(long, year=2016, line=1, volume="23", pages="1-28", venue="ACM TOCHI", kind=JOURNAL),
        paper(
            "Diminished Control in Crowdsourcing",
            year=2016,
            line=2,
            volume="23",
            pages="1-28",
            venue="ACM TOCHI",
            kind=JOURNAL,
        ),
    ]
    assert groups_of(find_duplicates(Bibliography(agreeing))) == {frozenset({1, 2})}
    bare = [paper(long, line=1), paper("Diminished Control in Crowdsourcing", line=2)]
    assert find_duplicates(Bibliography(bare)).duplicates == ()


def test_reworded_title_matches_on_authors_year_volume_and_pages() -> None:
    bib = Bibliography(
        [
            paper(
                "Antibiotic prophylaxis in pulmonary surgery",
                year=1994,
                kind=JOURNAL,
                line=1,
                volume="13",
                pages="280-284",
                venue="Ann Fr Anesth Reanim",
            ),
            paper(
                "[Antibiotic prophylaxis in thoracic surgery: a controlled trial]",
                year=1994,
                kind=JOURNAL,
                line=2,
                volume="13",
                pages="280-4",
                venue="Annales francaises d'anesthesie et de reanimation",
            ),
        ]
    )
    report = find_duplicates(bib)
    assert groups_of(report) == {frozenset({1, 2})}
    assert "volume and first page" in report.duplicates[0].reasons[0]


def test_clustering_does_not_chain_through_a_middle_record() -> None:
    # B has no DOI and matches both A and C; A and C have different DOIs, so they are different papers.
    bib = Bibliography(
        [
            paper("A long study of steam engines", line=1, identifiers=Identifiers(doi="10.1000/a")),
            paper("A long study of steam engines", line=2),
            paper("A long study of steam engines", line=3, identifiers=Identifiers(doi="10.1000/c")),
        ]
    )
    found = groups_of(find_duplicates(bib))
    assert len(found) == 1
    (group,) = found
    assert 2 in group and not {1, 3} <= group


def test_doi_spellings_are_one_doi() -> None:
    bib = Bibliography(
        [
            paper(
                "Dietary copper and growth in pigs",
                line=1,
                identifiers=Identifiers(doi="10.2527/jas2013-6195"),
            ),
            paper(
                "Dietary copper and growth in pigs",
                line=2,
                identifiers=Identifiers(doi="10.2527/jas.2013-6195"),
            ),
            paper(
                "Dietary copper and growth in pigs",
                line=3,
                identifiers=Identifiers(doi="10.1016/S0025-7753%2817%2930624-3"),
            ),
            paper(
                "Dietary copper and growth in pigs",
                line=4,
                identifiers=Identifiers(doi="10.1016/s0025-7753(17)30624-3"),
            ),
        ]
    )
    assert groups_of(find_duplicates(bib)) == {frozenset({1, 2}), frozenset({3, 4})}


def test_doi_updates_of_a_review_are_versions() -> None:
    review = "Cooling for newborns with hypoxic ischaemic encephalopathy"
    venue = "Cochrane Database of Systematic Reviews"
    bib = Bibliography(
        [
            paper(
                review,
                year=2007,
                kind=JOURNAL,
                venue=venue,
                line=1,
                identifiers=Identifiers(doi="10.1002/14651858.CD003311.pub2"),
            ),
            paper(
                review,
                year=2013,
                kind=JOURNAL,
                venue=venue,
                line=2,
                identifiers=Identifiers(doi="10.1002/14651858.CD003311.pub3"),
            ),
        ]
    )
    linked = find_duplicates(bib)
    assert linked.duplicates == ()
    assert groups_of(linked, "versions") == {frozenset({1, 2})}
    assert "version suffix" in linked.versions[0].reasons[0]
    assert groups_of(find_duplicates(bib, versions="merge")) == {frozenset({1, 2})}


def test_article_numbers_link_updates_without_a_doi() -> None:
    review = "Rescue high frequency jet ventilation versus conventional ventilation"
    bib = Bibliography(
        [
            paper(
                review, year=2006, kind=JOURNAL, venue="Cochrane Database Syst Rev", pages="CD000437", line=1
            ),
            paper(
                review,
                year=2015,
                kind=JOURNAL,
                venue="Cochrane Database of Systematic Reviews",
                pages="CD000437",
                line=2,
            ),
            paper(
                review, year=2010, kind=JOURNAL, venue="Cochrane Database Syst Rev", pages="CD000438", line=3
            ),
        ]
    )
    assert groups_of(find_duplicates(bib, versions="merge")) == {frozenset({1, 2})}


def test_a_doi_shared_by_many_titles_is_no_evidence() -> None:
    collection = Identifiers(doi="10.1089/end.2017.29029.abstracts")
    bib = Bibliography(
        [
            paper(
                "Trends of intervention for paediatric stone disease",
                "Ann Smith",
                line=1,
                identifiers=collection,
            ),
            paper("Partial nephrectomy: publication trends", "Ann Smith", line=2, identifiers=collection),
            paper("Ureteroscopy outcomes in the elderly", "Bo Jones", line=3, identifiers=collection),
        ]
    )
    assert find_duplicates(bib).duplicates == ()


def test_a_doi_clash_is_overruled_only_by_the_same_article() -> None:
    def copy(doi: str, pages: str, line: int) -> Paper:
        return paper(
            "Liraglutide and linagliptin improve glycemic control in obese rats",
            year=2012, kind=JOURNAL, venue="Appetite", volume="59", number="1", pages=pages, line=line,
            identifiers=Identifiers(doi=doi),
        )  # fmt: skip

    same = find_duplicates(
        Bibliography(
            [copy("10.1016/j.appet.2012.05.003", "e24", 1), copy("10.1016/j.regpep.2012.05.039", "e24", 2)]
        )
    )
    assert groups_of(same) == {frozenset({1, 2})}
    assert same.duplicates[0].conflicts == (
        "different DOIs: 10.1016/j.appet.2012.05.003, 10.1016/j.regpep.2012.05.039",
    )
    other_page = Bibliography(
        [copy("10.1016/j.appet.2012.05.003", "e24", 1), copy("10.1016/j.regpep.2012.05.039", "e31", 2)]
    )
    assert find_duplicates(other_page).duplicates == ()


def test_a_doi_clash_is_overruled_by_a_mistyped_volume_on_the_same_pages() -> None:
    def copy(doi: str, volume: str, line: int) -> Paper:
        return paper(
            "Gear trains in difference engines: a survey of designs",
            year=2011, kind=JOURNAL, venue="Engine Review", volume=volume, pages="e12", line=line,
            identifiers=Identifiers(doi=doi),
        )  # fmt: skip

    bib = Bibliography([copy("10.1000/er.2011.01.004", "37", 1), copy("10.1000/xy.2011.02.017", "1", 2)])
    assert groups_of(find_duplicates(bib)) == {frozenset({1, 2})}
    # Without the same page range a second volume keeps two DOIs apart.
    other = [
        copy("10.1000/er.2011.01.004", "37", 1),
        attrs.evolve(copy("10.1000/xy.2011.02.017", "1", 2), pages="e12-e13"),
    ]
    assert find_duplicates(Bibliography(other)).duplicates == ()


def test_a_doi_clash_is_overruled_by_a_typo_in_the_doi() -> None:
    def copy(doi: str, line: int, **fields: Any) -> Paper:
        return paper(
            "Lubrication of brass gears in calculating machines",
            year=2018, kind=JOURNAL, venue="Engine Review", volume="3", line=line,
            identifiers=Identifiers(doi=doi), **fields,
        )  # fmt: skip

    typo = [copy("10.1515/er-2018-0311", 1, pages="20180311"), copy("10.1515/ear-2018-0311", 2)]
    report = find_duplicates(Bibliography(typo))
    assert groups_of(report) == {frozenset({1, 2})}
    assert "typo" in report.duplicates[0].reasons[0]
    # Far-apart DOIs, another registrant, or another year: two papers.
    for other in (
        copy("10.1515/er-2018-0456", 2),
        copy("10.1516/er-2018-0311", 2),
        attrs.evolve(copy("10.1515/ear-2018-0311", 2), year=2019),
    ):
        assert find_duplicates(Bibliography([typo[0], other])).duplicates == ()


def test_doubled_doi_prefix_and_component_dois_are_the_same_doi() -> None:
    def copy(doi: str, line: int) -> Paper:
        return paper("Escapements of astronomical clocks", line=line, identifiers=Identifiers(doi=doi))

    doubled = [
        copy("10.5555/j.issn.1234-5678.2018.11.07", 1),
        copy("10.5555/10.5555/j.issn.1234-5678.2018.11.07", 2),
    ]
    assert groups_of(find_duplicates(Bibliography(doubled))) == {frozenset({1, 2})}
    part = [copy("10.5555/engines.01234", 1), copy("10.5555/engines.01234.001", 2)]
    assert groups_of(find_duplicates(Bibliography(part))) == {frozenset({1, 2})}
    other = [copy("10.5555/engines.01234", 1), copy("10.5555/engines.07112.001", 2)]
    assert find_duplicates(Bibliography(other)).duplicates == ()


def test_a_correction_notice_joins_its_paper_in_the_same_year() -> None:
    title = "Heat dissipation in large difference engines: a systematic review"

    def copy(prefix: str, line: int, year: int = 2019, **fields: Any) -> Paper:
        return paper(prefix + title, year=year, kind=JOURNAL, venue="Engine Review", line=line, **fields)

    article = copy("", 1, pages="131-150", identifiers=Identifiers(doi="10.1000/er.1088"))
    for prefix in ("Correction to: ", "CORRIGENDUM: ", "Erratum to - "):
        notice = copy(prefix, 2, pages="181-182", identifiers=Identifiers(doi="10.1000/er.1100"))
        merged = find_duplicates(Bibliography([article, notice]), versions="merge")
        assert groups_of(merged) == {frozenset({1, 2})}, prefix
        linked = find_duplicates(Bibliography([article, notice]))
        assert linked.duplicates == () and groups_of(linked, "versions") == {frozenset({1, 2})}
    # A copy of the notice whose export dropped "Correction to:" is known by the notice's DOI.
    notice = copy("Correction to: ", 2, pages="181-182", identifiers=Identifiers(doi="10.1000/er.1100"))
    bare = copy("", 3, pages="181-182", identifiers=Identifiers(doi="10.1000/er.1100"))
    for order in ([article, notice, bare], [bare, notice, article], [notice, bare, article]):
        report = find_duplicates(Bibliography(order), versions="merge")
        assert groups_of(report) == {frozenset({1, 2, 3})}
    # Where the corrected paper was printed, said after the title, is no part of it.
    cited = copy("Correction to: ", 2, identifiers=Identifiers(doi="10.1000/er.1100"))
    cited = attrs.evolve(cited, title=cited.title + " (vol 12, pg 131, 2019)")
    bare_cited = attrs.evolve(bare, title=title + " (VOL 12 PG 131 2019)")
    report = find_duplicates(Bibliography([article, cited, bare_cited]), versions="merge")
    assert groups_of(report) == {frozenset({1, 2, 3})}
    # A notice in a later year, by other authors, or about another title stays apart; so does a reprint.
    for other in (
        copy("Correction to: ", 2, year=2020),
        attrs.evolve(copy("Correction to: ", 2), authors=(Author("Alan Turing"),)),
        paper(
            "Correction to: Cooling of small engines", year=2019, kind=JOURNAL, venue="Engine Review", line=2
        ),
        copy("Reprint of: ", 2, pages="1-20", identifiers=Identifiers(doi="10.1000/er.2000")),
    ):
        assert find_duplicates(Bibliography([article, other]), versions="merge").duplicates == ()
    # "Correction-based" is a word of a title, not a notice.
    assert (
        find_duplicates(
            Bibliography(
                [
                    paper("Correction-based gear cutting methods", line=1),
                    paper("Gear cutting methods", line=2),
                ]
            )
        ).duplicates
        == ()
    )


def test_an_article_reprinted_a_year_later_is_one_record_but_yearly_columns_are_not() -> None:
    def copy(year: int, volume: str, pages: str, doi: str, line: int, **fields: Any) -> Paper:
        return paper(
            "Vendor management of difference engine building projects",
            "Ann Lund, Bo Yates", year, kind=JOURNAL, venue="Journal of Engine Technology",
            volume=volume, pages=pages, line=line, identifiers=Identifiers(doi=doi), **fields,
        )  # fmt: skip

    first = copy(2009, "24", "46-54", "10.1000/jet.2009.2", 1)
    again = copy(2010, "25", "56-64", "10.1000/jet.2008.23", 2)
    report = find_duplicates(Bibliography([first, again]), versions="merge")
    assert groups_of(report) == {frozenset({1, 2})}
    assert "reprint" in report.duplicates[0].reasons[0]
    assert find_duplicates(Bibliography([first, again])).duplicates == ()  # linked as versions
    for other in (
        copy(2011, "26", "56-64", "10.1000/jet.2011.5", 2),  # two years on
        copy(2010, "25", "56", "10.1000/jet.2010.9", 2),  # an abstract of it
        copy(2010, "25", "56-59", "10.1000/jet.2010.9", 2),  # a shorter piece
        copy(2010, "25", "", "", 2),  # no pages to compare
        attrs.evolve(again, authors=(Author("Ann Lund"), Author("Cy Weber"))),  # other authors
    ):
        assert find_duplicates(Bibliography([first, other]), versions="merge").duplicates == ()
    # A yearly column with a generic title stays apart even with the same length and authors.
    columns = [
        paper("Editorial", "Ann Editor, Bo Editor", 2010 + n, kind=JOURNAL, venue="Widget Journal",
              volume=str(n), pages="1-5", line=n + 1)
        for n in range(3)
    ]  # fmt: skip
    assert find_duplicates(Bibliography(columns), versions="merge").duplicates == ()


def test_a_title_behind_a_column_heading_is_the_same_title() -> None:
    title = "How an introverted engineer learned to build engines"

    def copy(heading: str, line: int, **fields: object) -> Paper:
        values: dict[str, object] = {"year": 2016, "kind": JOURNAL, "venue": "Engine Business Review"}
        values.update(fields)
        return paper(heading + title, "Ann Keller", line=line, **values)  # type: ignore[arg-type]

    plain = copy("", 1, volume="2016", number="May")
    headed = copy("How did it ... ", 2, volume="94", number="5", pages="35+")
    report = find_duplicates(Bibliography([plain, headed]))
    assert groups_of(report) == {frozenset({1, 2})}
    assert "column heading" in report.duplicates[0].reasons[0]
    assert groups_of(find_duplicates(Bibliography([copy("Case study 12: ", 1), copy("", 2)]))) == {
        frozenset({1, 2})
    }
    for other in (
        copy("", 1, year=2017),
        copy("", 1, volume="93"),
        copy("", 1, venue="Steam Quarterly"),
        attrs.evolve(copy("", 1), authors=(Author("Bo Turing"),)),
    ):
        assert find_duplicates(Bibliography([other, headed])).duplicates == (), other
    # A heading in front of a short title is no evidence: "Reply: Engines" / "Engines".
    short = [copy("", 1), paper("Reply: Engines", "Ann Keller", 2016, line=2)]
    assert find_duplicates(Bibliography(short)).duplicates == ()


def test_a_journal_supplement_series_is_the_journal() -> None:
    def copy(venue: str, volume: str, number: str, line: int) -> Paper:
        return paper(
            "Governors for steam engines: novel findings and their practical potential",
            "Ann Shaw", 1998, kind=JOURNAL, venue=venue, volume=volume, number=number,
            pages="17-29", line=line,
        )  # fmt: skip

    as_volume = copy("J Steam Eng Suppl", "40", "", 1)
    as_issue = copy("Journal of Steam Engineering", "12", "SUPPL. 40", 2)
    assert groups_of(find_duplicates(Bibliography([as_volume, as_issue]))) == {frozenset({1, 2})}
    other = copy("Journal of Steam Physics", "12", "SUPPL. 40", 2)
    assert find_duplicates(Bibliography([as_volume, other])).duplicates == ()


def test_swapped_given_and_family_names_still_agree() -> None:
    bib = Bibliography(
        [
            Paper(
                "The platform as factory: crowdwork and hidden labour",
                (Author("Altenried, Moritz"),),
                year=2020,
                source=Source("a.bib", 1),
            ),
            Paper(
                "The Platform as Factory: Crowdwork and Hidden Labour",
                (Author("Moritz, Altenried"),),
                year=2020,
                source=Source("b.bib", 2),
            ),
        ]
    )
    assert groups_of(find_duplicates(bib)) == {frozenset({1, 2})}


def test_editions_of_a_conference_and_numbered_titles_stay_apart() -> None:
    bib = Bibliography(
        [
            paper(
                "HimL: Health in my language",
                "Barry Haddow",
                2015,
                venue="Proceedings of the 18th Annual Conference of the EAMT",
                line=1,
            ),
            paper(
                "HimL: Health in my language",
                "Barry Haddow",
                2016,
                venue="Proceedings of the 19th Annual Conference of the EAMT",
                line=2,
            ),
            paper("Overview of the 5th Workshop on Asian Translation", "Toshiaki Nakazawa", 2018, line=3),
            paper("Overview of the 6th Workshop on Asian Translation", "Toshiaki Nakazawa", 2019, line=4),
        ]
    )
    assert find_duplicates(bib).duplicates == ()


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Amcis 2017 Proceedings", "Americas Conference on Information Systems", True),
        (
            "Proceedings of ICLR (ICLR)",
            "The Twelfth International Conference on Learning Representations",
            True,
        ),
        (
            "Proceedings of ACL (ACL)",
            "Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics "
            "(Volume 2: Short Papers)",
            True,
        ),
        (
            "Findings of EMNLP (EMNLP)",
            "Findings of the Association for Computational Linguistics: EMNLP 2024",
            True,
        ),
        ("NeurIPS", "Conference on Neural Information Processing Systems", True),
        ("J Clin Oncol", "Journal of Clinical Oncology", True),
        ("JAMA", "Journal of the American Medical Association", True),
        ("Diabetologia", "Diabetes", False),
        ("Cancer Prevention Research", "Clinical Cancer Research", False),
        ("ICCV", "IEEE Conference on Computer Vision and Pattern Recognition", False),
        ("ICLR", "International Conference on Machine Learning", False),
    ],
)
def test_venue_names_and_their_abbreviations(a: str, b: str, agree: bool) -> None:
    from pubkit.venues import venue_words, venues_agree

    assert venues_agree(venue_words(a), venue_words(b)) is agree
    assert venues_agree(venue_words(b), venue_words(a)) is agree


def test_big_blocks_are_compared_with_neighbours_only() -> None:
    from pubkit.dedup.blocking import BLOCK_CAP, WINDOW, candidate_pairs
    from pubkit.dedup.records import Record

    n = 3000
    records = [Record(paper("Editorial", "Ann Editor", 2000 + i % 20, line=i), i) for i in range(n)]
    found = candidate_pairs(records)
    assert len(found) <= n * WINDOW * 4  # a few big blocks, each linear; never n * n / 2
    assert len(found) > n  # but every record still meets its neighbours
    assert n > BLOCK_CAP


# ------------------------------------------------------------------------- versions


def test_preprint_and_published_copy_link_or_merge_by_mode() -> None:
    bib = Bibliography(
        [
            paper(
                "Engines that think about numbers",
                year=2020,
                venue="arXiv",
                kind=VenueKind.PREPRINT,
                status=Status.PREPRINT,
                line=1,
            ),
            paper("Engines That Think About Numbers", year=2021, venue="Conference on Engines", line=2),
        ]
    )
    linked = find_duplicates(bib)
    assert linked.duplicates == ()
    assert groups_of(linked, "versions") == {frozenset({1, 2})}
    assert "-> version" in linked.versions[0].reasons[0]
    merged = find_duplicates(bib, versions="merge")
    assert groups_of(merged) == {frozenset({1, 2})}
    assert merged.versions == ()


def test_conference_and_journal_with_one_title_are_versions_in_both_modes() -> None:
    bib = Bibliography(
        [
            paper("Cultural universality in CMC", year=2003, line=1),
            paper("Cultural universality in CMC", year=2004, kind=JOURNAL, venue="Journal of CMC", line=2),
        ]
    )
    for mode in ("link", "merge"):
        report = find_duplicates(bib, versions=mode)  # type: ignore[arg-type]
        assert report.duplicates == ()
        assert groups_of(report, "versions") == {frozenset({1, 2})}


FONT_AUTHORS = "Song Park, Sanghyuk Chun, Junbum Cha, Bado Lee, Hyunjung Shim"


def test_journal_extension_links_to_its_own_conference_paper_only() -> None:
    bib = Bibliography(
        [
            paper(
                "Few-shot Font Generation with Localized Style Representations and Factorization",
                FONT_AUTHORS,
                2021,
                line=1,
            ),
            paper(
                "Multiple Heads are Better than One: "
                "Few-shot Font Generation with Multiple Localized Experts",
                FONT_AUTHORS,
                2021,
                line=2,
            ),
            paper(
                "Few-shot Font Generation with Weakly Supervised Localized Representations",
                FONT_AUTHORS,
                None,
                venue="TPAMI",
                kind=JOURNAL,
                status=Status.SUBMITTED,
                line=3,
            ),
        ]
    )
    report = find_duplicates(bib)
    assert report.duplicates == ()
    assert groups_of(report, "versions") == {frozenset({1, 3})}
    # Either direction of the input gives the same answer.
    assert groups_of(find_duplicates(Bibliography(reversed(bib.papers))), "versions") == {frozenset({1, 3})}


def test_similar_titles_by_other_authors_are_not_versions() -> None:
    bib = Bibliography(
        [
            paper(
                "Learning De-biased Representations with Biased Representations",
                "Hyojin Bahng, Sanghyuk Chun, Sangdoo Yun, Jaegul Choo, Seong Joon Oh",
                2020,
                line=1,
            ),
            paper(
                "StyleAugment: Learning Texture De-biased Representations by Style Augmentation",
                "Sanghyuk Chun, Song Park",
                2021,
                venue="arXiv",
                kind=VenueKind.PREPRINT,
                status=Status.PREPRINT,
                line=2,
            ),
        ]
    )
    report = find_duplicates(bib)
    assert report.duplicates == () and report.versions == ()


def test_same_group_same_stage_different_titles_are_not_versions() -> None:
    authors = "Minz Won, Sanghyuk Chun, Oriol Nieto, Xavier Serra"
    bib = Bibliography(
        [
            paper("Data-driven Harmonic Filters for Audio Representation Learning", authors, 2020, line=1),
            paper(
                "Automatic Music Tagging with Harmonic CNN",
                authors,
                2019,
                venue="ISMIR LBD",
                kind=VenueKind.DEMO,
                line=2,
            ),
        ]
    )
    assert find_duplicates(bib).versions == ()


# ------------------------------------------------------------------------- order, determinism, bad input


def _mixed() -> list[Paper]:
    return [
        paper("A long study of steam engines", line=1, identifiers=Identifiers(doi="10.1000/a")),
        paper("A long study of steam engines", line=2),
        paper("A Long Study of Steam Engines.", line=3, identifiers=Identifiers(doi="10.1000/c")),
        paper("Re-labeling engines", line=4),
        paper("Relabeling engines", "A. Lovelace", line=5),
        paper(
            "Engines that think about numbers",
            year=2020,
            venue="arXiv",
            kind=VenueKind.PREPRINT,
            status=Status.PREPRINT,
            line=6,
        ),
        paper("Engines That Think About Numbers", year=2021, line=7),
        paper(
            "Engines that think about numbers: the journal version",
            year=2022,
            kind=JOURNAL,
            venue="J. Engines",
            line=8,
        ),
        paper("#NAME?", line=9),
        paper("#NAME?", line=10),
    ]


@settings(max_examples=40, deadline=None)
@given(st.permutations(_mixed()))
def test_grouping_does_not_depend_on_input_order(papers: list[Paper]) -> None:
    expected = find_duplicates(Bibliography(_mixed()))
    report = find_duplicates(Bibliography(papers))
    assert groups_of(report) == groups_of(expected)
    assert groups_of(report, "versions") == groups_of(expected, "versions")
    assert report.unique == expected.unique


def test_bad_input_never_crashes() -> None:
    crowd = ", ".join(f"Person{n} Family{n}" for n in range(3000))
    bib = Bibliography(
        [
            paper("", "", None, venue=""),
            Paper("#NAME?"),
            paper("Huge collaboration result", crowd, line=1),
            paper("Huge collaboration result", crowd, line=2),
            paper("No authors at all", "", None, line=3),
            paper("No authors at all", "", None, line=4),
        ]
    )
    report = find_duplicates(bib)
    assert frozenset({1, 2}) in groups_of(report)
    assert len(dedupe(bib)) == report.unique
    assert find_duplicates(Bibliography()).to_dict()["records"] == 0


def test_many_copies_of_one_paper_make_one_group() -> None:
    copies = [paper("A long study of steam engines", line=n) for n in range(1, 2001)]
    report = find_duplicates(Bibliography(copies))
    assert len(report.duplicates) == 1
    assert len(report.duplicates[0]) == 2000
    assert report.unique == 1


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="versions"):
        find_duplicates(Bibliography(), versions="squash")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="threshold"):
        find_duplicates(Bibliography(), threshold=1.5)


def test_progress_is_reported_up_to_the_total() -> None:
    calls: list[tuple[int, int]] = []
    find_duplicates(Bibliography(_mixed()), progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] > 0


# ------------------------------------------------------------------------- merging and the report


def test_merge_keeps_every_field_and_the_most_authoritative_values() -> None:
    preprint = Paper(
        "Engines that think about numbers",
        (Author("A. Lovelace"), Author("C. Babbage")),
        (Venue("arXiv", kind=VenueKind.PREPRINT),),
        2020,
        Status.PREPRINT,
        identifiers=Identifiers(arxiv="2001.00001", url="https://example.org/e"),
        source=Source("cv.md", 3),
        abstract="We think.",
        extra={"keywords": "engines"},
    )
    published = Paper(
        "Engines That Think About Numbers",
        (Author("Ada Lovelace"), Author("Charles Babbage")),
        (Venue("Conference on Engines", "CoE", kind=CONF),),
        2021,
        awards=(Award("Oral"),),
        identifiers=Identifiers(doi="10.1000/e"),
        source=Source("scholar.bib", key="lovelace2021"),
        pages="1-10",
        selected=True,
    )
    abbreviated = Paper(
        "Engines that think.",
        (Author("Lovelace, Ada"), Author("Babbage, Charles")),
        (Venue("Conf. on Engines", kind=CONF),),
        2021,
        awards=(Award("Best paper"),),
        source=Source("zotero.json", item=None) if False else Source("zotero.json"),
        volume="7",
    )
    merged = merge_papers([preprint, published, abbreviated])
    assert merged.status is Status.PUBLISHED
    assert merged.year == 2021
    assert merged.identifiers == Identifiers(doi="10.1000/e", arxiv="2001.00001", url="https://example.org/e")
    assert [a.name for a in merged.authors] == ["Ada Lovelace", "Charles Babbage"]
    assert merged.awards == (Award("Oral"), Award("Best paper"))
    labels = [v.label for v in merged.venues]
    assert "Conference on Engines (CoE)" in labels and "Conf. on Engines" not in labels
    assert merged.pages == "1-10" and merged.volume == "7" and merged.abstract == "We think."
    assert merged.selected and merged.fields["keywords"] == "engines"
    # every value that lost is kept
    assert (
        merged.fields["pubkit-merged-authors"] == "Ada Lovelace = A. Lovelace | Charles Babbage = C. Babbage"
    )
    assert merged.fields["pubkit-merged-title"] == "Engines that think. | Engines that think about numbers"
    assert merged.fields["pubkit-merged-year"] == "2020"
    assert merged.fields["pubkit-merged-venue"] == "Conf. on Engines"
    assert merged.sources == (preprint.source, published.source, abbreviated.source)


def test_dedupe_accounts_for_every_record_and_reports_conflicts() -> None:
    bib = Bibliography(
        [
            paper(
                "A long study of steam engines",
                year=2020,
                line=1,
                volume="3",
                pages="1-9",
                venue="J Eng",
                kind=JOURNAL,
            ),
            paper(
                "A long study of steam engines",
                year=2021,
                line=2,
                volume="3",
                pages="1-9",
                venue="Journal of Engines",
                kind=JOURNAL,
            ),
            paper("Something else entirely", line=3),
        ]
    )
    report = find_duplicates(bib)
    out = merge_duplicates(bib, report)
    assert len(out) == report.unique == 2
    assert sorted(s.line for p in out for s in p.sources) == [1, 2, 3]
    assert out[0].venue is not None and out[0].venue.name == "Journal of Engines"
    assert any("different years: 2020, 2021" in problem.message for problem in out.problems)
    assert report.duplicates[0].conflicts == ("different years: 2020, 2021",)
    assert len(dedupe(bib)) == 2


def test_report_serialises_to_json_and_text() -> None:
    report = find_duplicates(Bibliography(_mixed()))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["records"] == 10 and data["unique"] == report.unique
    assert {"score", "reasons", "conflicts", "papers"} <= set(data["duplicates"][0])
    text = report.to_text()
    assert text.startswith("10 records,") and "test.md:4" in text and "Versions:" in text


def test_several_sources_dedupe_across_files() -> None:
    cv = Bibliography([paper("Engines that think about numbers", line=1)])
    scholar = Bibliography(
        [
            Paper(
                "Engines That Think About Numbers",
                (Author("Lovelace, Ada"),),
                year=2020,
                source=Source("s.bib", key="k"),
            )
        ]
    )
    merged = dedupe(cv + scholar)
    assert len(merged) == 1
    assert {s.path for s in merged[0].sources} == {"test.md", "s.bib"}


# ------------------------------------------------------------------------- the seed CV

needs_cv_reader = pytest.mark.skipif(
    importlib.util.find_spec("pubkit.formats.cv") is None,
    reason="the CV reader (pubkit.formats.cv) has not landed",
)

SEED_VERSIONS = [
    ("ViDT: An Efficient", "An Extendable, Efficient"),
    ("Evaluating Weakly Supervised", "Evaluation for Weakly Supervised"),
    ("Few-shot Font Generation with Localized", "Few-shot Font Generation with Weakly"),
    ("To-ward High-quality", "Few-shot Compositional Font"),
    ("Visualizing and Understanding Self-attention", "Toward Interpretable Music Tagging"),
]


@pytest.fixture
def seed_report() -> DuplicateReport:
    return find_duplicates(pubkit.load(shared_file(SEED)))


@needs_cv_reader
def test_seed_selected_publications_are_the_eleven_duplicates(seed_report: DuplicateReport) -> None:
    assert len(seed_report.duplicates) == 11
    for group in seed_report.duplicates:
        assert len(group) == 2
        first, second = group.papers
        assert pubkit.titles.normalize_title(first.title) == pubkit.titles.normalize_title(second.title)
        sections = [p.source.section if p.source else None for p in group.papers]
        assert sum("Selected" in (s or "") for s in sections) == 1
    titles = {p.title for g in seed_report.duplicates for p in g.papers}
    assert {
        "Re-labeling ImageNet: from Single to Multi-Labels, from Global to Localized Labels",
        "Relabeling ImageNet: from Single to Multi-Labels, from Global to Localized Labels",
    } <= titles


@needs_cv_reader
def test_seed_versions_are_the_five_known_pairs(seed_report: DuplicateReport) -> None:
    found = {tuple(sorted(p.title for p in g.papers)) for g in seed_report.versions}
    expected = set()
    for a, b in SEED_VERSIONS:
        pair = [p.title for g in seed_report.versions for p in g.papers if p.title.startswith((a, b))]
        expected.add(tuple(sorted(pair)))
        assert len(pair) == 2, (a, b, pair)
    assert found == expected
    assert len(seed_report.versions) == 5


@needs_cv_reader
def test_seed_traps_stay_apart(seed_report: DuplicateReport) -> None:
    grouped = [
        {p.title.split(":")[0] for p in g.papers} for g in (*seed_report.duplicates, *seed_report.versions)
    ]
    for group in grouped:
        assert not (
            {"StyleAugment", "Learning De-biased Representations with Biased Representations"} <= group
        )
        assert "Multiple Heads are Better than One" not in group


@needs_cv_reader
def test_seed_dedupe_keeps_selected_flag_and_both_sources() -> None:
    bib = pubkit.load(shared_file(SEED))
    merged = dedupe(bib)
    assert len(merged) == 33
    relabel = next(p for p in merged if "ImageNet" in p.title)
    assert len(relabel.sources) == 2


# ------------------------------------------------------------------------- the benchmark script


def test_benchmark_script_scores_a_hand_made_folder(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import dedupe_bench
    finally:
        sys.path.pop(0)
    folder = FIXTURES / "dedup" / "tiny"
    papers = dedupe_bench.load_records(folder)
    assert [len(p.authors) for p in papers[:2]] == [2, 2]
    assert papers[1].authors[1].family == "Doe"
    result = dedupe_bench.run_pubkit(folder, "merge")
    assert result["records"] == 9 and result["gold_pairs"] == 2
    assert result["precision"] == result["recall"] == 1.0


@pytest.mark.parametrize(
    ("raw", "families"),
    [
        ("Wang G. Y.Wu S.Pei J. M.", ["Wang", "Wu", "Pei"]),
        ("Zuber, J and Le Quintrec, M", ["Zuber", "Le Quintrec"]),
        ("Smith, J.; Doe, A.", ["Smith", "Doe"]),
        ("", []),
        ("nan", []),
        (",,, and ;", []),
    ],
)
def test_benchmark_author_strings_parse_without_crashing(raw: str, families: list[str]) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import dedupe_bench
    finally:
        sys.path.pop(0)
    assert [a.family for a in dedupe_bench.parse_authors(raw)] == families


def test_fixture_folder_is_small_and_hand_made() -> None:
    folder = Path(FIXTURES / "dedup" / "tiny")
    assert sum(f.stat().st_size for f in folder.iterdir()) < 4096


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Deep Learning for Cats: Part I", "Deep Learning for Cats: Part II"),
        ("Deep Learning for Cats I", "Deep Learning for Cats II"),
        ("Deep Learning for Cats: Part A", "Deep Learning for Cats: Part B"),
    ],
)
def test_numbered_parts_of_a_series_stay_apart(first: str, second: str) -> None:
    report = find_duplicates(Bibliography([paper(first, line=1), paper(second, line=2)]))
    assert not report.duplicates


def test_dedupe_takes_any_iterable_and_refuses_a_foreign_report() -> None:
    copies = [paper("A long study of steam engines", line=n) for n in (1, 2)]
    assert len(dedupe(copies)) == 1
    other = [paper("A long study of steam engines", line=n) for n in (1, 2)]
    with pytest.raises(ValueError, match="other Paper objects"):
        merge_duplicates(Bibliography(copies), find_duplicates(Bibliography(other)))
    with pytest.raises(ValueError, match="at least one"):
        merge_papers([])


# ------------------------------------------------------------------------- rules that generalise

STUDY = "Renal outcomes of aldosterone blockade in older adults: a systematic review"


def test_an_abstract_carrying_the_full_articles_doi_is_not_the_article() -> None:
    abstract = paper(STUDY, venue="J Hypertens", kind=JOURNAL, line=1, volume="37", pages="e29")
    article = paper(
        STUDY, venue="Kidney Research Reports", kind=JOURNAL, line=2, volume="12", pages="485-495"
    )
    doi = Identifiers(doi="10.5555/krr.2020.0485")
    report = find_duplicates(
        [attrs.evolve(abstract, identifiers=doi), attrs.evolve(article, identifiers=doi)]
    )
    assert report.duplicates == ()
    # two full printings under one DOI, or one DOI in one journal, are still one record
    reprint = paper(STUDY, venue="Thorax", kind=JOURNAL, line=3, volume="62", pages="911-918")
    printed = paper(STUDY, venue="Postgrad Med J", kind=JOURNAL, line=4, volume="83", pages="705-712")
    both = [attrs.evolve(reprint, identifiers=doi), attrs.evolve(printed, identifiers=doi)]
    assert groups_of(find_duplicates(both)) == {frozenset({3, 4})}


def test_a_meeting_abstract_and_the_article_in_another_journal_stay_apart() -> None:
    meeting = paper(
        STUDY, venue="Neurology. Conference: 68th Annual Meeting", kind=JOURNAL, line=1, volume="86"
    )
    article = paper(STUDY, venue="World Neurosurgery", kind=JOURNAL, line=2, volume="86", pages="432-449")
    assert find_duplicates([meeting, article]).duplicates == ()
    # the same first page makes them one printing whatever the venue strings say
    proceedings = paper(
        STUDY, venue="Proceedings of the International Conference", line=3, volume="174", pages="611-620"
    )
    series = paper(STUDY, venue="Advances in Intelligent Systems", line=4, volume="174", pages="611-620")
    assert groups_of(find_duplicates([proceedings, series])) == {frozenset({3, 4})}


@pytest.mark.parametrize(
    "noted",
    [
        "Joint contractures in older age: a systematic literature review. German",
        "JOINT CONTRACTURES IN OLDER AGE: A SYSTEMATIC LITERATURE REVIEW. GERMAN ENGLISH",
        "[Joint contractures in older age: a systematic literature review]",
        "Joint contractures in older age: a systematic literature review [German].",
        "Joint contractures in older age: a systematic literature review. German. "
        "Gelenkkontrakturen im Alter: eine systematische Literaturübersicht",
    ],
)
def test_translated_titles_with_language_notes_match_the_english_record(noted: str) -> None:
    english = paper("Joint contractures in older age: a systematic literature review", line=1, kind=JOURNAL)
    report = find_duplicates([english, attrs.evolve(paper(noted, line=2, kind=JOURNAL))])
    assert groups_of(report) == {frozenset({1, 2})}


def test_a_language_word_that_begins_a_sentence_is_no_language_note() -> None:
    title = "Cisplatin in metastatic lung cancer: a randomised phase II study"
    group = paper(f"{title}. Italian Lung Cancer Task Force", line=1, kind=JOURNAL)
    other = paper(f"{title}. Italian experience with carboplatin", line=2, kind=JOURNAL)
    assert find_duplicates([group, other]).duplicates == ()


def test_issues_of_a_recurring_column_stay_apart() -> None:
    columns = [
        paper(
            "Gateways to clinical trials - January/February 2003",
            line=1,
            venue="Methods Find Exp Clin Pharmacol",
        ),
        paper("Gateways to clinical trials - March 2003", line=2, venue="Methods Find Exp Clin Pharmacol"),
        paper("Gateways to clinical trials - April 2003", line=3, venue="Methods Find Exp Clin Pharmacol"),
    ]
    assert find_duplicates(columns).duplicates == ()


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("J Mol Cell Cardiol", "Journal of Molecular and Cellular Cardiology"),
        (
            "Proc Natl Acad Sci U S A",
            "Proceedings of the National Academy of Sciences of the United States of America",
        ),
        ("Cochrane Database Syst Rev", "Cochrane Database of Systematic Reviews"),
    ],
)
def test_medline_abbreviations_are_their_journals(short: str, full: str) -> None:
    # other first pages: only one journal under two names keeps the pair together
    a = paper(STUDY, venue=short, kind=JOURNAL, line=1, volume="41", pages="12-19")
    b = paper(STUDY, venue=full, kind=JOURNAL, line=2, volume="41", pages="112-119")
    assert groups_of(find_duplicates([a, b])) == {frozenset({1, 2})}
    other = paper(
        STUDY, venue="Journal of Parsing Research", kind=JOURNAL, line=3, volume="41", pages="112-119"
    )
    assert find_duplicates([a, other]).duplicates == ()


def test_the_verdict_is_an_ordered_table_of_named_rules() -> None:
    from pubkit.dedup import scoring

    names = [rule.__name__ for rule in scoring.RULES]
    assert names[0] == "_rule_same_arxiv" and names[-1] == "_rule_same_record"
    assert len(set(names)) == len(names)
    assert 0.5 < scoring.TITLE_FLOOR < scoring.AUTHORS_AGREE < scoring.SAME_TITLE < 1


_POOL_TITLES = [
    "Renal outcomes of aldosterone blockade in older adults",
    "Renal outcomes of aldosterone blockade in older adults: a systematic review",
    "RENAL OUTCOMES OF ALDOSTERONE BLOCKADE IN OLDER ADULTS.",
    "Gateways to clinical trials - March 2003",
    "Gateways to clinical trials - April 2003",
    "Editorial",
]


@st.composite
def _records(draw: st.DrawFn) -> Paper:
    venue = draw(st.sampled_from(["J Hypertens", "Journal of Hypertension", "Kidney Reports", "arXiv"]))
    kind = VenueKind.PREPRINT if venue == "arXiv" else draw(st.sampled_from([JOURNAL, CONF]))
    return paper(
        draw(st.sampled_from(_POOL_TITLES)),
        draw(
            st.sampled_from(["Ada Lovelace, Charles Babbage", "A. Lovelace, C. Babbage", "Mary Somerville"])
        ),
        draw(st.sampled_from([2019, 2020, 2021, None])),
        venue=venue,
        kind=kind,
        volume=draw(st.sampled_from([None, "37", "38"])),
        pages=draw(st.sampled_from([None, "e29", "485-495", "12-19"])),
        identifiers=Identifiers(
            doi=draw(st.sampled_from([None, "10.5555/a.1", "10.5555/A.1", "10.5555/b.2"]))
        ),
    )


@settings(max_examples=300, deadline=None)
@given(_records(), _records(), st.sampled_from([0.8, 0.9, 0.95]))
def test_the_pair_verdict_is_symmetric(a: Paper, b: Paper, threshold: float) -> None:
    from pubkit.dedup.records import Record
    from pubkit.dedup.scoring import judge

    one, two = judge(Record(a, 0), Record(b, 1), threshold), judge(Record(b, 0), Record(a, 1), threshold)
    assert (one.kind, one.score) == (two.kind, two.score)
