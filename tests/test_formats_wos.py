"""The Web of Science plain-text reader: fields, continuation lines, record kinds, sniffing, problems."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import FIXTURES, no_hang
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pubkit
from pubkit import Severity, VenueKind
from pubkit.errors import KINDS
from pubkit.formats import guess_format, sniff

EXPORT = FIXTURES / "formats" / "wos-savedrecs.ciw"
HEADER = "FN Clarivate Analytics Web of Science\nVR 1.0\n"


def _bib() -> pubkit.Bibliography:
    return pubkit.load(EXPORT)


def _wos(*records: str, header: bool = False, end: bool = False) -> pubkit.Bibliography:
    text = (HEADER if header else "") + "\n".join(records) + ("EF\n" if end else "")
    return pubkit.loads(text, "wos", path="x.ciw")


def _where(bib: pubkit.Bibliography) -> list[tuple[int | None, str, str]]:
    return [(p.line, p.kind, p.severity.value) for p in bib.problems]


# ----------------------------------------------------------------------------------------------
# Fields


def test_export_reads_every_record_at_its_pt_line() -> None:
    bib = _bib()
    assert [p.source.line for p in bib if p.source] == [3, 60, 81, 106, 125, 145]
    assert [p.year for p in bib] == [2023, 2025, 2022, 2023, 2021, 2020]
    assert [p.identifiers.doi for p in bib][:4] == [
        "10.1007/s12237-022-01111-x",
        "10.1002/lom3.10999",
        "10.1109/OCEANSChennai45887.2022.9775300",
        "10.1007/978-3-031-25069-9_7",
    ]
    assert bib.problems == ()
    assert bib.owner is None  # an export is not a CV: nobody is the owner unless the caller says so


def test_journal_article_fields_and_wrapped_lines() -> None:
    article = _bib()[0]
    assert article.title == (
        "Tidal mixing controls nitrate supply to seagrass meadows in a shallow temperate lagoon"
    )
    assert [a.name for a in article.authors] == ["Anna Kowalska", "Thi Hoa Nguyen", "Chidi Okafor"]
    assert article.venue == pubkit.Venue(
        "ESTUARIES AND COASTS", "Estuaries Coasts", VenueKind.JOURNAL, publisher="SPRINGER"
    )  # SO as printed, in capitals, as the RIS and MEDLINE readers keep journal names
    assert (article.volume, article.number, article.pages, article.month) == ("46", "2", "455-470", 3)
    assert article.abstract is not None and article.abstract.startswith("Nitrate isotopes show that tidal")
    assert "of\n" not in article.abstract and "supplies most of the nitrogen" in article.abstract
    fields = article.fields
    assert fields["keywords"] == "seagrass; nitrate; tidal mixing; lagoon; stable isotopes"
    assert (fields["issn"], fields["pmid"], fields["language"]) == (
        "1559-2723; 1559-2731",
        "36000001",
        "English",
    )
    assert (fields["publication-type"], fields["publisher-place"]) == ("Article", "NEW YORK")
    assert article.sources[0].key == "WOS:000900000000001"


def test_corresponding_authors_come_from_every_rp_line() -> None:
    first, second = _bib()[:2]
    assert [a.corresponding for a in first.authors] == [True, False, True]
    assert [a.corresponding for a in second.authors] == [True, False]


def test_unknown_tags_and_unmapped_fields_are_kept_as_wos_tags() -> None:
    fields = _bib()[0].fields
    assert fields["wos:ZZ"] == "a converter's own tag"
    assert fields["wos:OA"] == "Green Published"
    assert fields["wos:C1"].count(" | ") == 1  # one address a line
    assert (
        fields["wos:CR"]
        == "Duarte CM, 1990, MAR ECOL PROG SER, V67, P201 | Orth RJ, 2006, BIOSCIENCE, V56, P987"
    )
    assert fields["wos:OI"].startswith("Kowalska, Anna/0000-0001-2345-6789")  # the model keeps no ORCIDs
    assert (fields["wos:TC"], fields["wos:Z9"], fields["wos:NR"], fields["wos:J9"]) == (
        "5",
        "6",
        "2",
        "ESTUAR COAST",
    )
    assert fields["wos:FX"] == "We thank the crew of RV Oceania."
    assert "wos:TI" not in fields and "wos:AU" not in fields and "wos:DI" not in fields


def test_early_access_gives_the_year_and_month_when_py_is_missing() -> None:
    paper = _bib()[1]
    assert (paper.year, paper.month, paper.status) == (2025, 1, pubkit.Status.PUBLISHED)
    assert paper.fields["wos:EA"] == "JAN 2025"
    assert paper.fields["publication-type"] == "Article; Early Access"
    (later,) = _wos("PT J\nTI T\nSO J\nPY 2024\nPD DEC\nEA JAN 2025\nER\n")
    assert (later.year, later.month) == (2024, 12)  # the date wins over early access


def test_conference_record_keeps_its_event() -> None:
    paper = _bib()[2]
    assert paper.venue == pubkit.Venue(
        "OCEANS 2022 - CHENNAI", "OCEANS-IEEE", VenueKind.CONFERENCE, publisher="IEEE"
    )
    fields = paper.fields
    assert (fields["event-title"], fields["event-date"], fields["event-place"]) == (
        "OCEANS Conference",
        "FEB 21-24, 2022",
        "Chennai, INDIA",
    )
    assert (fields["series"], fields["wos:SP"]) == ("OCEANS-IEEE", "IEEE; Marine Technol Soc")
    assert paper.identifiers.isbn == "978-1-6654-1821-8"


def test_series_proceedings_paper_is_a_conference_or_workshop_not_a_book() -> None:
    paper = _bib()[3]
    assert paper.venue is not None and paper.venue.name == "COMPUTER VISION - ECCV 2022 WORKSHOPS, PT IV"
    assert paper.kind is VenueKind.WORKSHOP  # PT S, DT Proceedings Paper, refined by the name
    assert paper.fields["series"] == "Lecture Notes in Computer Science"
    (journal,) = _wos("PT J\nTI T\nSO J CLIN ONCOL\nDT Article; Proceedings Paper\nER\n")
    assert journal.kind is VenueKind.JOURNAL  # a journal's proceedings issue stays a journal paper


def test_book_chapter_with_editors_and_isbns() -> None:
    chapter = _bib()[4]
    assert chapter.kind is VenueKind.BOOK and chapter.venue is not None
    assert chapter.venue.name == "SEAGRASSES OF THE WORLD"
    assert [a.name for a in chapter.authors] == ["Chidi Okafor", "Thi Hoa Nguyen"]  # editors are not authors
    assert chapter.fields["editor"] == "Duarte, CM and Orth, RJ"
    assert chapter.identifiers.isbn == "978-1-108-00000-2"
    assert chapter.fields["wos:BN"] == "978-1-108-00000-2; 978-1-108-00001-9"
    assert chapter.pages == "211-240"


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ("AU Li, W\nAF Li, Wei\n", ["Wei Li"]),  # full names preferred
        ("AU Li, W\n", ["W Li"]),  # short names when there is no AF
        ("AF Li, Wei\n", ["Wei Li"]),
        (
            "AU Li, W\n   Ng, A\n   Li, Y\nAF Li, Wei\n   Li, Yan\n",
            ["Wei Li", "A Ng", "Yan Li"],
        ),  # AU's order
        ("BA Roe, J\nBF Roe, Jane\n", ["Jane Roe"]),  # a whole book: its book authors
        ("AU Roe, J\nCA Seagrass Watch\n", ["J Roe", "Seagrass Watch"]),  # group authors after people
    ],
)
def test_full_names_in_short_names_order(authors: str, expected: list[str]) -> None:
    (paper,) = _wos(f"PT J\n{authors}TI T\nER\n")
    assert [a.name for a in paper.authors] == expected


def test_article_number_is_the_pages_of_a_paper_without_page_numbers() -> None:
    paper = _bib()[5]
    assert paper.pages == "102345" and "wos:AR" not in paper.fields
    (both,) = _wos("PT J\nTI T\nBP 1\nEP 9\nAR e123\nER\n")
    assert (both.pages, both.fields["wos:AR"]) == ("1-9", "e123")


def test_owner_given_by_the_caller_is_flagged() -> None:
    bib = pubkit.load(EXPORT, owner="Kowalska, Anna")
    assert [next((i for i, a in enumerate(p.authors) if a.is_owner), None) for p in bib] == [
        0,
        1,
        1,
        0,
        None,
        1,
    ]


# ----------------------------------------------------------------------------------------------
# Format names from suffix and content


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("savedrecs.ciw", "PT J\nTI T\nER\n", "wos"),  # WoS's own suffix: no sniffing needed
        ("savedrecs.txt", HEADER + "PT J\nTI T\nER\nEF\n", "wos"),  # WoS's default download
        ("savedrecs.text", HEADER + "PT J\nTI T\nER\nEF\n", "wos"),
        ("savedrecs.txt", "\ufeffFN Clarivate Analytics Web of Science\r\nVR 1.0\r\nPT J\r\n", "wos"),
        ("savedrecs.txt", "PT J\nAU Li, W\nTI T\nER\n\nPT J\nTI U\nER\n", "wos"),  # a converter's, no header
        ("savedrecs", HEADER + "PT J\nTI T\nER\nEF\n", "wos"),  # no suffix: the content decides
        ("list.txt", "PT Barnum, a biography (2001)\nER Nurse, a memoir (2004)\n", "cv"),
        ("pubmed.txt", "PMID- 1\nTI  - A title.\n", "nbib"),
        ("refs.txt", "TY  - JOUR\nTI  - A title\nER  - \n", "ris"),
    ],
)
def test_wos_is_told_by_suffix_and_content(name: str, text: str, expected: str) -> None:
    assert guess_format(name, text) == expected


def test_the_fixture_is_sniffed_and_loads_the_same_as_txt(tmp_path: Path) -> None:
    text = EXPORT.read_text(encoding="utf-8")
    assert sniff(text) == "wos"
    copy = tmp_path / "savedrecs.txt"
    copy.write_text(text, encoding="utf-8")
    assert [p.title for p in pubkit.load(copy)] == [p.title for p in _bib()]


# ----------------------------------------------------------------------------------------------
# Problems: every record a paper or a problem at its line, never a traceback


def test_a_record_without_a_title_is_an_error_at_its_pt_line() -> None:
    bib = _wos("PT J\nAU Li, W\nSO J\nER\n", "PT J\nTI Kept\nER\n", header=True, end=True)
    assert [p.title for p in bib] == ["Kept"]
    assert _where(bib) == [(3, "unreadable-entry", "error")]
    assert "no title" in bib.problems[0].message and "AU Li, W" in bib.problems[0].text
    with pytest.raises(pubkit.ParseError, match=r"x\.ciw:3"):
        pubkit.loads(HEADER + "PT J\nAU Li, W\nER\nEF\n", "wos", path="x.ciw", strict=True)


def test_truncated_exports_are_read_with_warnings() -> None:
    cut = _wos("PT J\nTI First\nPT J\nTI Second\nAU Li,", header=True)
    assert [p.title for p in cut] == ["First", "Second"]
    assert [(p.line, p.message.split(";")[0]) for p in cut.problems] == [
        (3, "record has no ER line"),
        (5, "record has no ER line at the end of the file"),
    ]
    no_end = _wos("PT J\nTI First\nER\n", header=True)
    assert [(p.line, p.severity) for p in no_end.problems] == [(3, Severity.WARNING)]
    assert "no EF line" in no_end.problems[0].message


def test_lines_that_are_neither_tags_nor_continuations_are_reported_in_runs() -> None:
    bib = _wos(
        "stray words\nmore stray words\n\nPT J\nTI Kept\nnot a tag line\nAU Li, W\nER\n\nafter the record\n",
        end=True,
    )
    assert [p.title for p in bib] == ["Kept"]
    assert [(p.line, p.kind, p.message.split(";")[0]) for p in bib.problems] == [
        (1, "syntax", "not a Web of Science tag line outside a record (no PT line before it)"),
        (6, "syntax", "not a Web of Science tag line inside a record"),
        (10, "syntax", "not a Web of Science tag line outside a record (no PT line before it)"),
    ]
    assert bib.problems[0].text == "stray words\nmore stray words"
    assert bib[0].authors[0].name == "W Li"  # the tags after the bad line are still read


def test_odd_records_are_read_with_a_caveat() -> None:
    bib = _wos("TI No PT line\nER\n", "PT J\nTI T\nTI Again\nER\n", "PT X\nTI Odd type\nER\n")
    assert [p.title for p in bib] == ["No PT line", "T", "Odd type"]
    assert _where(bib) == [(1, "syntax", "warning"), (4, "duplicate-field", "warning")]
    assert bib[1].fields["wos:TI"] == "T | Again"
    assert bib[2].kind is VenueKind.OTHER and bib[2].fields["wos:PT"] == "X"
    assert {p.kind for p in bib.problems} <= set(KINDS)


@pytest.mark.parametrize("text", [HEADER + "EF\n", "just some words\n"])
def test_input_without_records_says_so(text: str) -> None:
    bib = pubkit.loads(text, "wos", path="x.ciw")
    assert len(bib) == 0 and bib.problems and bib.problems[0].line == 1
    assert pubkit.loads("", "wos").problems == ()


def test_concatenated_exports_read_as_one() -> None:
    one = HEADER + "PT J\nTI First\nER\nEF\n"
    bib = pubkit.loads(one + one.replace("First", "Second"), "wos")
    assert [p.title for p in bib] == ["First", "Second"] and bib.problems == ()


# ----------------------------------------------------------------------------------------------
# Hostile input: finishes fast and reports


def _timed(text: str) -> tuple[pubkit.Bibliography, float]:
    start = time.perf_counter()
    with no_hang("wos reader"):
        bib = pubkit.loads(text, "wos", path="x.ciw")
    return bib, time.perf_counter() - start


def test_a_ten_megabyte_abstract_is_read() -> None:
    bib, seconds = _timed(HEADER + "PT J\nTI T\nAB " + "word " * 2_000_000 + "\n   and more\nER\nEF\n")
    assert len(bib) == 1 and bib[0].abstract is not None and bib[0].abstract.endswith("and more")
    assert seconds < 10


def test_a_hundred_thousand_author_lines_are_read() -> None:
    names = "\n".join(f"   Author{i}, A" for i in range(100_000))
    bib, seconds = _timed(f"PT J\nAU First, A\n{names}\nTI T\nRP First, A (corresponding author), X.\nER\n")
    assert len(bib[0].authors) == 100_001 and bib[0].authors[0].corresponding
    assert seconds < 20


@pytest.mark.parametrize(
    "text",
    [
        "PT J TI no newline at all " + "x" * 10_000_000,
        "x" * 10_000_000,
        "PT J\nTI T\n" + "   " + " " * 1_000_000 + "\nRP " + "(" * 100_000 + "\nER\n",
        "\x00\x01\x02\xff\ufffd" * 200_000,
        "PT J\nTI T\n" + "\x00\x1c\x85junk\n" * 50_000 + "ER\n",
    ],
    ids=["one-line-record", "one-line-junk", "long-runs", "binary", "binary-lines"],
)
def test_hostile_inputs_finish_fast_and_report(text: str) -> None:
    bib, seconds = _timed(text)
    assert seconds < 20
    assert len(bib) + len([p for p in bib.problems if p.severity is Severity.ERROR]) >= 1
    assert all(len(p.text) <= 300 for p in bib.problems)
    assert len(bib.problems) < 1_000


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_exports_never_raise_and_lose_no_record_silently(data: st.DataObject) -> None:
    """Cut, spliced or garbled exports: each `PT` line left at column 0 is a paper or a problem."""
    text = EXPORT.read_text(encoding="utf-8")
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 40))
        junk = data.draw(st.text(alphabet=st.sampled_from(list("PTERFNAUI \n\t\x00é\u2028")), max_size=8))
        text = text[:at] + junk + text[at + cut :]
    bib = pubkit.loads(text, "wos", path="x.ciw")
    starts = {
        n for n, line in enumerate(text.splitlines(), start=1) if line == "PT" or line.startswith("PT ")
    }
    read = {p.source.line for p in bib if p.source}
    reported = {p.line for p in bib.problems}
    assert starts <= read | reported
    assert all(p.path == "x.ciw" for p in bib.problems)
