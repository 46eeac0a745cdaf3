"""The model: validation on construction, derived properties, author roles, Bibliography."""

from __future__ import annotations

import attrs
import pytest

import pubkit
from pubkit import Author, Award, Bibliography, Identifiers, Paper, Problem, Source, Status, Venue, VenueKind


def paper(*names: str, **flags: bool) -> Paper:
    return Paper("A Title", [Author(n) for n in names], [Venue("Conf", "C", VenueKind.CONFERENCE)], 2020)


def test_author_splits_its_name_and_keeps_the_printed_form() -> None:
    author = Author("  Rafael  Sampaio de Rezende ")
    assert (author.name, author.given, author.family) == (
        "Rafael Sampaio de Rezende",
        "Rafael",
        "Sampaio de Rezende",
    )
    assert Author("Jung-Woo Ha").initials == "J.-W. Ha"
    assert Author.from_parts("Sanghyuk", "Chun").name == "Sanghyuk Chun"


@pytest.mark.parametrize(
    "build",
    [
        lambda: Author(""),
        lambda: Award(""),
        lambda: Venue("", None),
        lambda: Paper("T", year=-1),
        lambda: Paper("T", year=True),  # type: ignore[arg-type]
        lambda: Paper("T", month=13),
        lambda: Identifiers(doi="not-a-doi"),
        lambda: Identifiers(arxiv="12345"),
    ],
)
def test_invalid_values_are_refused(build: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        build()  # type: ignore[operator]


def test_collections_refuse_a_bare_string() -> None:
    with pytest.raises(TypeError):
        Paper("T", "Ada Lovelace")  # type: ignore[arg-type]


def test_identifiers_are_stored_bare() -> None:
    ids = Identifiers(doi="https://doi.org/10.1109/CVPR46437.2021.00831", arxiv="arXiv:2204.03359v2")
    assert (ids.doi, ids.arxiv, ids.arxiv_year) == ("10.1109/CVPR46437.2021.00831", "2204.03359v2", 2022)
    assert Identifiers(arxiv="https://arxiv.org/abs/hep-th/9901001").arxiv == "hep-th/9901001"
    assert not Identifiers()


def test_records_are_frozen_and_change_with_evolve() -> None:
    p = paper("Ada Lovelace")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p.title = "x"  # type: ignore[misc]
    assert attrs.evolve(p, status=Status.PREPRINT).status is Status.PREPRINT


@pytest.mark.parametrize(
    ("authors", "who", "role"),
    [
        ([Author("A A", is_owner=True), Author("B B")], None, "first"),
        ([Author("A A"), Author("B B", is_owner=True)], None, "last"),
        ([Author("A A"), Author("B B", is_owner=True), Author("C C")], None, "middle"),
        (
            [Author("A A", equal_contribution=True), Author("B B", equal_contribution=True, is_owner=True)],
            None,
            "co-first",
        ),
        (
            [Author("A A"), Author("B B", equal_contribution=True, is_owner=True), Author("C C")],
            None,
            "middle",
        ),
        ([Author("A A"), Author("B B")], None, None),
        ([Author("Jung-Woo Ha"), Author("B B")], "Jung-woo Ha", "first"),
    ],
)
def test_author_role(authors: list[Author], who: str | None, role: str | None) -> None:
    assert Paper("T", authors).author_role(who) == role


def test_extra_fields_are_kept_sorted_and_readable_as_a_dict() -> None:
    p = Paper("T", extra={"b": "2", "a": "1"})
    assert p.extra == (("a", "1"), ("b", "2"))
    assert p.fields == {"a": "1", "b": "2"}


def test_sources_lists_the_own_source_then_the_merged_ones() -> None:
    p = Paper("T", source=Source("a.md", 3), merged_from=[Source("b.bib", 7)])
    assert [str(s) for s in p.sources] == ["a.md:3", "b.bib:7"]


def test_bibliography_is_an_ordered_collection_that_concatenates() -> None:
    one = Bibliography([paper("A A")], problems=[Problem("bad", path="x.md", line=2)], owner="A A")
    two = Bibliography([paper("B B"), paper("C C")])
    both = one + two
    assert len(both) == 3
    assert [p.authors[0].name for p in both] == ["A A", "B B", "C C"]
    assert both.owner == "A A"
    assert [str(p) for p in both.problems] == ["x.md:2: bad"]
    assert len(both[1:]) == 2
    assert both.with_papers([]).problems == both.problems
    with pytest.raises(TypeError):
        Bibliography(["not a paper"])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("names", "owner", "flags"),
    [
        (["Bo Li", "Ann Lee"], "Bin Li", [False, False]),  # a short name is not an initial
        (["B. Li", "Ann Lee"], "Bin Li", [True, False]),
        (["Jung-woo Ha"], "Jung-Woo Ha", [True]),
        (["S. Chun", "Sanghyuk Chun"], "Sanghyuk Chun", [False, True]),  # an exact match wins
        (["L. Etxeberria", "M. Goñi"], "Lucía Etxeberria Goñi", [True, False]),  # one of two family names
        (["A. Etxeberria", "M. Goñi"], "Lucía Etxeberria Goñi", [False, False]),
        (["M. Oliveira", "E. Lindgren"], "M. Oliveira-Schmid", [True, False]),  # before the name was joined
        (["K. Schmid", "E. Lindgren"], "M. Oliveira-Schmid", [False, False]),
    ],
)
def test_with_owner_flags_the_owner_only(names: list[str], owner: str, flags: list[bool]) -> None:
    paper = Paper("T", [Author(n) for n in names]).with_owner(owner)
    assert [a.is_owner for a in paper.authors] == flags


def test_readers_share_the_owner_rule() -> None:
    bib = pubkit.loads("@misc{x, title={T}, author={Li, Bo and Lee, Ann}}", "bibtex", owner="Bin Li")
    assert not any(a.is_owner for a in bib[0].authors)
    csl = pubkit.loads(
        '[{"id": "x", "title": "T", "author": [{"family": "Li", "given": "B."}]}]', "csl-json", owner="Bin Li"
    )
    assert csl[0].authors[0].is_owner


def test_a_name_with_a_given_part_only_is_a_one_part_family_name() -> None:
    """Found by the round-trip property: `from_parts("Ann", "")` was written as `Ann, Ann` in BibTeX."""
    author = Author.from_parts("Ann", " ")
    assert (author.name, author.given, author.family) == ("Ann", "", "Ann")
    back = pubkit.loads(pubkit.dumps([Paper("T", [author], year=2020)], "bibtex"), "bibtex")
    assert (back[0].authors[0].given, back[0].authors[0].family) == ("", "Ann")


@pytest.mark.parametrize(
    ("owner", "printed"),
    [
        (
            "Rafael Mendes de Oliveira",
            "R. M. Oliveira",
        ),  # the last of an Iberian family name, initials before
        ("José Ángel Núñez García", "Núñez, J. A."),  # the first of two family names
        ("José Ángel Núñez García", "J.A. Núñez-García"),  # the two joined by a hyphen
        ("Jörg K. Müller", "J. Mueller"),  # umlauts spelled out
        ("Ji-hoon Park", "Park J-H"),  # Vancouver's initials with a hyphen
    ],
)
def test_owner_found_in_the_ways_lists_print_a_name(owner: str, printed: str) -> None:
    paper = Paper("T", [Author(printed), Author("Zed Q. Other")]).with_owner(owner)
    assert [a.is_owner for a in paper.authors] == [True, False]


def test_owner_is_not_someone_of_the_same_family_name() -> None:
    paper = Paper("T", [Author("M. Oliveira"), Author("J. Mueller")])
    assert paper.with_owner("Rafael Mendes de Oliveira").owner is None
    assert paper.with_owner("Anna Müller").owner is None


def test_the_year_of_an_old_style_arxiv_id() -> None:
    """Ids of 1991-2007 ("archive/YYMMNNN") carry their year too."""
    assert Identifiers(arxiv="hep-th/9901001").arxiv_year == 1999
    assert Identifiers(arxiv="cond-mat/0702118v2").arxiv_year == 2007
    assert Identifiers(arxiv="math.AG/0601001").arxiv_year == 2006
