"""CSL-JSON: schema-valid output, a lossless round trip through `custom`, and what other tools write."""

from __future__ import annotations

import functools
import json
import subprocess

import attrs
import pytest
from conftest import SHARED, require_module, require_tool, shared_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bibtex import papers as bibtex_papers

import pubkit
from pubkit import Author, Award, Bibliography, Identifiers, Paper, Status, Venue, VenueKind
from pubkit.formats import bibtex, csljson

CVPR = Venue("IEEE Conference on Computer Vision and Pattern Recognition", "CVPR", VenueKind.CONFERENCE)


@functools.cache
def schema_validator() -> object:
    require_module("jsonschema")
    import jsonschema

    path = shared_file(SHARED / "schemas" / "csl-data.json")
    return jsonschema.Draft7Validator(json.loads(path.read_text(encoding="utf-8")))


def paper(**changes: object) -> Paper:
    base = Paper("Probabilistic Embeddings", [Author("Sanghyuk Chun", is_owner=True)], [CVPR], 2021)
    return attrs.evolve(base, **changes)


def items_of(*papers: Paper) -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads(csljson.write(papers))
    return items


@pytest.mark.parametrize(
    ("venue", "status", "csl_type"),
    [
        (CVPR, Status.PUBLISHED, "paper-conference"),
        (Venue("Workshop on X", None, VenueKind.WORKSHOP), Status.PUBLISHED, "paper-conference"),
        (Venue("Journal of Y", None, VenueKind.JOURNAL), Status.ACCEPTED, "article-journal"),
        (Venue("arXiv", None, VenueKind.PREPRINT), Status.PREPRINT, "article"),
        (Venue("KAIST AI Seminar", None, VenueKind.TALK), Status.PUBLISHED, "speech"),
        (Venue("KAIST", None, VenueKind.THESIS), Status.PUBLISHED, "thesis"),
        (Venue("NAVER", None, VenueKind.REPORT), Status.PUBLISHED, "report"),
        (Venue("Advances", None, VenueKind.BOOK), Status.PUBLISHED, "chapter"),
    ],
)
def test_types_follow_the_venue_kind(venue: Venue, status: Status, csl_type: str) -> None:
    item = items_of(paper(venues=[venue], status=status))[0]
    assert item["type"] == csl_type


def test_arxiv_preprint_has_number_and_url() -> None:
    item = items_of(
        paper(
            venues=[Venue("arXiv", None, VenueKind.PREPRINT)],
            status=Status.PREPRINT,
            identifiers=Identifiers(arxiv="2204.03359"),
        )
    )[0]
    assert item["number"] == "arXiv:2204.03359"
    assert item["URL"] == "https://arxiv.org/abs/2204.03359"
    assert item["issued"] == {"date-parts": [[2021]]}


def test_what_csl_cannot_hold_goes_under_custom() -> None:
    item = items_of(
        paper(
            authors=[
                Author("Byeongho Heo", equal_contribution=True),
                Author("Sanghyuk Chun", equal_contribution=True, is_owner=True),
            ],
            awards=[Award("Oral")],
            status=Status.ACCEPTED,
            selected=True,
            extra={"code": "https://github.com/x/y"},
        )
    )[0]
    assert item["custom"] == {
        "status": "accepted",
        "venues": [{"name": CVPR.name, "kind": "conference", "acronym": "CVPR"}],
        "equal-contribution": [1, 2],
        "owner": [2],
        "awards": ["Oral"],
        "selected": True,
        "extra": {"code": "https://github.com/x/y"},
    }
    assert item["status"] == "forthcoming"
    assert item["container-title-short"] == "CVPR"


def test_reads_what_zotero_and_citeproc_js_write() -> None:
    text = json.dumps(
        [
            {
                "id": "http://zotero.org/users/1/items/ABC",
                "type": "article",
                "title": "ECCV Caption",
                "author": [{"family": "Chun", "given": "Sanghyuk"}, {"literal": "NAVER AI Lab"}],
                "issued": {"raw": "2022-04-07"},
                "publisher": "arXiv",
                "number": "arXiv:2204.03359",
                "URL": "http://arxiv.org/abs/2204.03359",
                "DOI": "10.48550/arXiv.2204.03359",
                "language": "en",
            },
            {
                "id": "k2",
                "type": "article-journal",
                "title": "Vision Transformers",
                "author": [{"family": "Berg", "non-dropping-particle": "van der", "given": "Jan"}],
                "issued": {"literal": "June 2021"},
                "container-title": "Journal of Vision",
                "volume": 12,
                "issue": "3",
                "page": "1-10",
            },
            {
                "id": "k3",
                "type": "paper-conference",
                "title": "Dated",
                "issued": {"date-parts": [["2020", "6"]]},
            },
        ]
    )
    bib = csljson.read(text, owner="Sanghyuk Chun")
    assert not bib.problems
    first, second, third = bib.papers
    assert first.identifiers.arxiv == "2204.03359"
    assert first.status is Status.PREPRINT and first.venue == Venue("arXiv", None, VenueKind.PREPRINT)
    assert first.authors[1].name == "NAVER AI Lab" and first.authors[0].is_owner
    assert (first.year, first.month) == (2022, 4)
    assert first.fields["csl:language"] == '"en"'
    assert first.source is not None and first.source.key == "http://zotero.org/users/1/items/ABC"
    assert second.authors[0].family == "van der Berg"
    assert (second.year, second.month, second.volume, second.number) == (2021, 6, "12", "3")
    assert second.venue is not None and second.venue.kind is VenueKind.JOURNAL
    assert (third.year, third.month) == (2020, 6)
    # Unknown CSL variables go back out as they came in.
    assert json.loads(csljson.write(bib))[0]["language"] == "en"


def test_reads_what_pandoc_makes_of_pubkit_bibtex() -> None:
    require_tool("pandoc")
    bib = Bibliography(
        [
            paper(authors=[Author.from_parts("Jan", "van der Berg"), Author.from_parts("Łukasz", "Kaiser")]),
            paper(venues=[Venue("Journal of Vision", None, VenueKind.JOURNAL)], volume="3", pages="1-10"),
        ]
    )
    done = subprocess.run(
        ["pandoc", "--from=biblatex", "--to=csljson"],
        input=bibtex.write(bib, dialect="biblatex"),
        capture_output=True,
        text=True,
        check=True,
    )
    back = csljson.read(done.stdout)
    assert not back.problems
    # pandoc turns English titles into sentence case for CSL, protecting words with a nocase span.
    assert [p.title.casefold() for p in back] == [p.title.casefold() for p in bib]
    assert [[a.key for a in p.authors] for p in back] == [[a.key for a in p.authors] for p in bib]
    assert [p.year for p in back] == [2021, 2021]
    assert back.papers[1].pages in ("1-10", "1–10")


@pytest.mark.parametrize(
    ("text", "message", "where"),
    [
        ('{"items": 3}', "expected a JSON array", None),
        ("[1, 2", "not valid JSON", 1),
        ('"just a string"', "expected a JSON array", None),
    ],
)
def test_input_that_is_not_a_list_of_items_is_a_problem(text: str, message: str, where: int | None) -> None:
    bib = csljson.read(text, path="x.json")
    assert len(bib) == 0
    assert message in bib.problems[0].message
    assert bib.problems[0].line == where


def test_wrong_types_are_problems_with_the_item_index_and_the_rest_is_read() -> None:
    text = json.dumps(
        [
            "not an object",
            {"id": "a", "type": "article-journal", "title": "Good", "author": "Chun", "issued": 2021},
            {"id": "b", "title": ["a", "list"]},
            {
                "id": "c",
                "title": "Also good",
                "issued": {"date-parts": [["x"]]},
                "custom": 5,
                "page": {"a": 1},
            },
        ]
    )
    bib = csljson.read(text)
    assert [p.title for p in bib] == ["Good", "Also good"]
    assert bib.papers[0].year == 2021
    by_item = {(p.item, p.message.split(":")[0]) for p in bib.problems}
    assert (0, "item should be an object, got str") in by_item
    assert {p.item for p in bib.problems} == {0, 1, 2, 3}


def test_one_object_instead_of_a_list_is_read_with_a_problem() -> None:
    bib = csljson.read(json.dumps({"id": "a", "type": "article", "title": "Alone"}))
    assert [p.title for p in bib] == ["Alone"]
    assert "one object" in bib.problems[0].message


def test_seed_round_trips_losslessly(seed_path: object) -> None:
    bib = pubkit.load(seed_path)  # type: ignore[arg-type]
    back = csljson.read(csljson.write(bib))
    assert [attrs.evolve(p, source=None) for p in back] == [attrs.evolve(p, source=None) for p in bib]
    schema_validator().validate(json.loads(csljson.write(bib)))  # type: ignore[attr-defined]


@st.composite
def csl_papers(draw: st.DrawFn) -> Paper:
    """Papers with everything the model holds, several venues and extra fields included."""
    base = draw(bibtex_papers())
    more = draw(
        st.lists(
            st.builds(
                Venue,
                st.sampled_from(["AI for Content Creation workshop", "AAAI Conference", "Journal of Tests"]),
                st.sampled_from([None, "AICCW", "AAAI"]),
                st.sampled_from(list(VenueKind)),
                year=st.one_of(st.none(), st.integers(2000, 2030)),
            ),
            max_size=2,
        )
    )
    return attrs.evolve(
        base,
        venues=base.venues + tuple(more),
        status=draw(st.sampled_from(list(Status))),
        authors=[attrs.evolve(a, equal_advising=draw(st.booleans())) for a in base.authors],
        abstract=draw(st.one_of(st.none(), st.text(min_size=1, max_size=30).filter(str.strip))),
        extra=draw(
            st.dictionaries(
                st.sampled_from(["code", "pubkit-protect", "editor"]), st.text(min_size=1, max_size=10)
            )
        ),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(csl_papers(), min_size=1, max_size=4))
def test_write_then_read_is_lossless_and_schema_valid(items: list[Paper]) -> None:
    written = csljson.write(items)
    back = csljson.read(written)
    assert not back.problems
    assert [attrs.evolve(p, source=None) for p in back] == items
    schema_validator().validate(json.loads(written))  # type: ignore[attr-defined]


def test_rich_text_markup_is_stripped_and_nocase_words_remembered() -> None:
    text = json.dumps(
        [{"id": "a", "title": 'On <span class="nocase">Bayesian</span> <i>DNNs</i> &amp; x<sup>2</sup>'}]
    )
    read = csljson.read(text).papers[0]
    assert read.title == "On Bayesian DNNs & x2"
    assert read.fields["pubkit-protect"] == "{Bayesian}"
    assert "{Bayesian}" in bibtex.write([read])


def test_events_and_bad_dates_are_kept_or_reported() -> None:
    items = (
        '[{"id": "a", "title": "x", "event": "Ev"},'
        ' {"id": "b", "title": "y", "container-title": "C", "event-title": "ET"},'
        ' {"id": "c", "title": "z", "issued": {"date-parts": [[20200]]}}]'
    )
    bib = pubkit.loads(items, "csl-json")
    assert bib[0].venues[0].name == "Ev"
    assert bib[1].venues[0].name == "C"
    assert "ET" in bib[1].fields["csl:event-title"]
    (problem,) = bib.problems
    assert (problem.item, "out of range" in problem.message) == (2, True)
