"""RIS, MEDLINE, EndNote XML, DBLP XML and ORCID JSON readers, the RIS writer, and format sniffing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rispy
from conftest import FIXTURES, SEED, shared_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pubkit
from pubkit.formats import guess_format, sniff

FORMATS = FIXTURES / "formats"


def _load(name: str) -> pubkit.Bibliography:
    return pubkit.load(FORMATS / name)


def _summary(paper: pubkit.Paper) -> tuple[object, ...]:
    """What every format must carry through a round trip."""
    return (
        paper.title,
        tuple((a.given, a.family, a.equal_contribution) for a in paper.authors),
        paper.year,
        paper.venue.name if paper.venue else None,
        paper.kind,
        paper.status,
        paper.identifiers.doi,
        paper.identifiers.arxiv,
        tuple(a.name for a in paper.awards),
        paper.pages,
        paper.volume,
    )


# ----------------------------------------------------------------------------------------------
# Format names from suffix and content


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zotero.ris", "ris"),
        ("pubmed.nbib", "nbib"),
        ("endnote.xml", "endnote-xml"),
        ("dblp-person.xml", "dblp-xml"),
        ("orcid-works.json", "orcid-json"),
        ("orcid-work.json", "orcid-json"),
    ],
)
def test_format_is_told_by_suffix_and_content(name: str, expected: str) -> None:
    path = FORMATS / name
    assert guess_format(path, path.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        ('[{"id": "a", "type": "book", "title": "T"}]', ".json", "csl-json"),
        ("PMID- 1\nTI  - A title.\n", ".txt", "nbib"),  # PubMed's "PubMed format" saved as .txt
        ("TY  - JOUR\nTI  - A title\nER  - \n", ".txt", "ris"),  # Web of Science's RIS as .txt
        ("[1] A. Author, A title, 2020.\n", ".txt", "cv"),  # a list that starts with "[" stays a list
        ("TY  - JOUR\nTI  - A title\nER  - \n", "", "ris"),
        ('<?xml version="1.0"?>\n<xml><records><record/></records></xml>', ".xml", "endnote-xml"),
    ],
)
def test_shared_suffixes_are_sniffed(text: str, suffix: str, expected: str) -> None:
    assert guess_format(f"input{suffix}", text) == expected


def test_xml_that_is_neither_endnote_nor_dblp_is_a_format_error() -> None:
    with pytest.raises(pubkit.FormatError, match=r"input\.xml"):
        guess_format("input.xml", "<html><body/></html>")
    assert sniff("<html/>") is None


# ----------------------------------------------------------------------------------------------
# RIS


def test_zotero_ris_export_reads_every_record() -> None:
    bib = _load("zotero.ris")
    assert [p.source.line for p in bib if p.source] == [1, 26, 45, 62, 74]
    cvpr, eccv, pami, chapter, thesis = bib
    assert cvpr.authors[2].given == "Rafael Sampaio" and cvpr.authors[2].family == "de Rezende"
    assert (cvpr.year, cvpr.month, cvpr.pages) == (2021, 6, "8411-8420")
    assert cvpr.kind is pubkit.VenueKind.CONFERENCE
    assert cvpr.identifiers.doi == "10.1109/CVPR46437.2021.00831"
    assert cvpr.fields["keywords"] == "Training; Uncertainty; Computer vision"
    assert cvpr.fields["ris:L1"].startswith("files/42/")  # nothing dropped: unknown tags kept
    assert (eccv.status, eccv.kind, eccv.identifiers.arxiv) == (
        pubkit.Status.PREPRINT,
        pubkit.VenueKind.PREPRINT,
        "2204.03359",
    )
    assert pami.venue is not None and pami.venue.acronym == "IEEE Trans. Pattern Anal. Mach. Intell."
    assert (pami.volume, pami.number, pami.fields["issn"]) == ("45", "3", "0162-8828")
    assert chapter.kind is pubkit.VenueKind.BOOK and chapter.identifiers.isbn == "978-3-030-12345-6"
    assert thesis.kind is pubkit.VenueKind.THESIS and thesis.venue is not None
    assert thesis.venue.name == "Seoul National University"
    assert bib.problems == ()


def test_broken_ris_gives_problems_with_lines_not_tracebacks() -> None:
    text = (
        "stray words\nmore\n\nTY  - JOUR\nAU  - Doe, Jane\nER  - \n"
        "TY  - JOUR\nTI  - Kept\nTY  - CONF\nTI  - Last\n"
    )
    bib = pubkit.loads(text, "ris", path="x.ris")
    assert [p.title for p in bib] == ["Kept", "Last"]
    assert [(p.line, p.message.split(";")[0]) for p in bib.problems] == [
        (1, "text outside a RIS record (no TY line before it)"),
        (4, "record has no title"),
        (7, "record has no ER line"),
        (9, "record has no ER line at the end of the file"),
    ]
    assert bib.problems[0].text == "stray words\nmore"
    assert [(p.kind, p.is_error) for p in bib.problems] == [
        ("syntax", True),
        ("unreadable-entry", True),
        ("syntax", False),  # read, with a caveat
        ("syntax", False),
    ]


def test_ris_writer_output_is_read_by_rispy_and_back_to_the_same_records() -> None:
    bib = _load("zotero.ris")
    text = pubkit.dumps(bib, "ris")
    records = rispy.loads(text)
    assert [r["title"] for r in records] == [p.title for p in bib]
    again = pubkit.loads(text, "ris")
    assert [_summary(p) for p in again] == [_summary(p) for p in bib]
    assert pubkit.dumps(again, "ris") == text  # stable


def test_seed_through_bibtex_and_ris_keeps_its_records(seed_path: Path) -> None:
    seed = pubkit.load(seed_path)
    through_bibtex = pubkit.loads(pubkit.dumps(seed, "bibtex"), "bibtex")
    text = pubkit.dumps(through_bibtex, "ris")
    assert len(rispy.loads(text)) == len(seed) > 20
    back = pubkit.loads(text, "ris")
    assert back.problems == ()
    assert [_summary(p) for p in back] == [_summary(p) for p in through_bibtex]


def test_ris_keeps_status_awards_equal_contribution_and_selection() -> None:
    author = pubkit.Author("Ada Lovelace", equal_contribution=True)
    paper = pubkit.Paper(
        "On Engines",
        [author, pubkit.Author("Charles Babbage", equal_contribution=True)],
        [pubkit.Venue("Conference on Engines", "CoE", pubkit.VenueKind.CONFERENCE)],
        1843,
        pubkit.Status.ACCEPTED,
        [pubkit.Award("Oral")],
        selected=True,
    )
    text = pubkit.dumps([paper], "ris")
    assert "N1  - Status: accepted" in text and "N1  - Award: Oral" in text
    (back,) = pubkit.loads(text, "ris")
    assert _summary(back) == _summary(paper) and back.selected
    assert back.venue is not None and back.venue.acronym == "CoE"


# ----------------------------------------------------------------------------------------------
# MEDLINE / PubMed


def test_pubmed_nbib_reads_full_names_dois_and_preprints() -> None:
    bib = _load("pubmed.nbib")
    nature, biorxiv = bib
    assert nature.title.endswith("model organisms and pathogens")  # continuation line joined, period off
    assert [a.name for a in nature.authors] == [
        "Kathryn Tunyasuvunakool",
        "Jonas Adler",
        "Zachary Wu",
        "AlphaFold Team",
    ]
    assert (nature.year, nature.month, nature.volume, nature.number) == (2021, 8, "596", "7873")
    assert nature.identifiers.doi == "10.1038/s41586-021-03828-1"
    assert nature.venue is not None and nature.venue.kind is pubkit.VenueKind.JOURNAL
    assert nature.fields["pmid"] == "33472210" and "MH" not in nature.fields
    assert nature.fields["medline:MH"] == "Humans | *Protein Folding"
    assert biorxiv.status is pubkit.Status.PREPRINT and biorxiv.pages == "1021-1029"
    assert biorxiv.authors[0].family == "García-López"
    (problem,) = bib.problems
    assert (problem.line, problem.message) == (68, "record has no title; skipped")


# ----------------------------------------------------------------------------------------------
# EndNote XML


def test_endnote_xml_reads_styled_text_types_and_links() -> None:
    bib = _load("endnote.xml")
    adamp, jmlr, thesis = bib
    assert adamp.kind is pubkit.VenueKind.CONFERENCE and adamp.month == 5
    assert adamp.identifiers.arxiv == "2006.08217"
    assert adamp.identifiers.url == "https://openreview.net/forum?id=Iz3zU3M316D"
    assert adamp.source is not None and adamp.source.key == "heo2021adamp"
    assert jmlr.title == "Which Shortcut Cues Will DNNs Choose? A Study from the Parameter-Space Perspective"
    assert jmlr.venue is not None and jmlr.venue.acronym == "J. Mach. Learn. Res."
    assert jmlr.fields["endnote:research-notes"] == "read for the survey"
    assert thesis.kind is pubkit.VenueKind.THESIS
    assert thesis.venue is not None and thesis.venue.name == "Seoul National University"
    (problem,) = bib.problems
    assert problem.item == 3 and "no title" in problem.message


# ----------------------------------------------------------------------------------------------
# DBLP


def test_dblp_person_page_drops_homonym_numbers_and_reads_links() -> None:
    bib = _load("dblp-person.xml")
    assert bib.owner == "Sanghyuk Chun"
    eccv, cvpr, _adamp, pami, volume = bib
    assert all(p.owner is not None and p.owner.name == "Sanghyuk Chun" for p in bib)
    assert eccv.status is pubkit.Status.PREPRINT and eccv.identifiers.arxiv == "2204.03359"
    assert eccv.authors[3].name == "Minsuk Chang"
    assert cvpr.title == "Probabilistic Embeddings for Cross-Modal Retrieval"  # DBLP's final period off
    assert cvpr.identifiers.doi == "10.1109/CVPR46437.2021.00831"
    assert cvpr.identifiers.url is not None and "openaccess.thecvf.com" in cvpr.identifiers.url
    assert cvpr.venue is not None and cvpr.venue.kind is pubkit.VenueKind.CONFERENCE
    assert cvpr.fields["crossref"] == "conf/cvpr/2021" and cvpr.fields["dblp"] == "conf/cvpr/ChunORKL21"
    assert [a.name for a in pami.authors] == ["Sangwon Jung", "Sanghyuk Chun", "Wei Zhang", "Taesup Moon"]
    assert pami.title == "Learning Fair Classifiers with Partially Annotated Group Labels"
    assert volume.identifiers.isbn == "978-1-6654-4899-4" and volume.authors[1].name == "Jane Doe"
    (problem,) = bib.problems
    assert problem.line == 81 and "no title" in problem.message


def test_dblp_crossref_names_the_venue_from_the_proceedings_record() -> None:
    text = """<dblp>
<inproceedings key="conf/x/A21"><author>Ann Lee 0001</author><title>Paper.</title><year>2021</year>
<booktitle>X</booktitle><crossref>conf/x/2021</crossref></inproceedings>
<proceedings key="conf/x/2021"><title>Proceedings of the X Conference 2021</title>
<publisher>ACM</publisher><year>2021</year></proceedings>
</dblp>"""
    bib = pubkit.loads(text, "dblp-xml")
    (paper,) = bib
    (volume,) = bib.problems  # the volume is the venue, not a paper: said, not silently dropped
    assert volume.line == 4 and not volume.is_error and "venue" in volume.message
    assert paper.venue == pubkit.Venue(
        "Proceedings of the X Conference 2021", "X", pubkit.VenueKind.CONFERENCE, publisher="ACM"
    )
    assert paper.authors[0].name == "Ann Lee"


# ----------------------------------------------------------------------------------------------
# ORCID


def test_orcid_works_summary_reads_one_paper_per_group() -> None:
    bib = _load("orcid-works.json")
    cvpr, eccv, pami = bib
    assert cvpr.fields["orcid-other-put-codes"] == "99001234"
    assert (cvpr.year, cvpr.month, cvpr.kind) == (2021, 6, pubkit.VenueKind.CONFERENCE)
    assert cvpr.identifiers.doi == "10.1109/cvpr46437.2021.00831"
    assert eccv.status is pubkit.Status.PREPRINT and eccv.identifiers.arxiv == "2204.03359"
    assert pami.kind is pubkit.VenueKind.JOURNAL and pami.fields["orcid-issn-related"] == "0162-8828"
    assert [(p.item, p.message.split(";")[0]) for p in bib.problems] == [
        (3, "record has no title"),
        (4, "group has no work-summary"),
        (None, "ORCID work summaries list no authors"),
    ]
    assert [p.is_error for p in bib.problems] == [True, True, False]


def test_orcid_work_record_reads_contributors_and_subtitle() -> None:
    (paper,) = pubkit.load(FORMATS / "orcid-work.json", owner="Sanghyuk Chun")
    assert paper.title == "SWAD: Domain Generalization by Seeking Flat Minima"
    assert [a.name for a in paper.authors] == ["Junbum Cha", "Sanghyuk Chun", "Kyungjae Lee"]  # no editor
    assert paper.author_role() == "middle"
    assert paper.identifiers.arxiv == "2102.08604"
    assert paper.fields["orcid-citation-bibtex"].startswith("@inproceedings{cha2021swad")


def test_orcid_bulk_errors_are_problems() -> None:
    work = json.loads((FORMATS / "orcid-work.json").read_text(encoding="utf-8"))
    text = json.dumps({"bulk": [{"work": work}, {"error": {"developer-message": "404 Not Found"}}]})
    bib = pubkit.loads(text, "orcid-json", path="bulk.json")
    assert len(bib) == 1
    assert [str(p) for p in bib.problems] == ["bulk.json[1]: bulk entry is an error: 404 Not Found"]


# ----------------------------------------------------------------------------------------------
# Bad input: problems, never tracebacks; XML without entity expansion

_BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<dblpperson name="X"><r><article key="a"><title>&lol3;</title></article></r></dblpperson>"""
_EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE xml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<xml><records><record><titles><title>&secret;</title></titles></record></records></xml>"""


@pytest.mark.parametrize(("text", "fmt"), [(_BILLION_LAUGHS, "dblp-xml"), (_EXTERNAL, "endnote-xml")])
def test_xml_entities_are_refused_not_expanded(text: str, fmt: str) -> None:
    bib = pubkit.loads(text, fmt, path="evil.xml")
    assert len(bib) == 0
    (problem,) = bib.problems
    assert "entities" in problem.message and problem.line is not None
    with pytest.raises(pubkit.ParseError, match=r"evil\.xml"):
        pubkit.loads(text, fmt, path="evil.xml", strict=True)


@pytest.mark.parametrize(
    ("fmt", "text", "where"),
    [
        ("endnote-xml", "<xml><records><record><titles>\n<title>x</titles></record>", "x.in:2"),
        ("dblp-xml", '<dblpperson name="A">\n<r><article>', "x.in:2"),
        ("orcid-json", '{"group": [\n{"work-summary": [}]}', "x.in:2"),
        ("orcid-json", '"just a string"', "x.in"),
        ("orcid-json", '{"group": [1, {"work-summary": [3]}]}', "x.in[0]"),
        ("nbib", "PMID- 1\nthis is not a tag\nTI  - T.\n", "x.in:2"),
        ("ris", "\x00\x01 binary-ish", "x.in:1"),
    ],
)
def test_malformed_input_is_a_problem_with_its_place(fmt: str, text: str, where: str) -> None:
    bib = pubkit.loads(text, fmt, path="x.in")
    assert bib.problems and bib.problems[0].location == where


def test_seed_papers_read_through_csl_json_and_every_reader_shape(seed_path: Path) -> None:
    """The seed written as RIS and read back by sniffing alone, as a user's unnamed download would be."""
    seed = pubkit.load(shared_file(SEED))
    text = pubkit.dumps(pubkit.loads(pubkit.dumps(seed, "csl-json"), "csl-json"), "ris")
    assert sniff(text) == "ris"
    assert [p.title for p in pubkit.loads(text, "ris")] == [p.title for p in seed]


def test_orcid_whole_record_names_the_owner() -> None:
    works = json.loads((FORMATS / "orcid-works.json").read_text(encoding="utf-8"))
    work = json.loads((FORMATS / "orcid-work.json").read_text(encoding="utf-8"))
    works["group"].append({"work-summary": [work]})
    record = {
        "orcid-identifier": {"path": "0000-0002-4533-2610"},
        "person": {"name": {"given-names": {"value": "Sanghyuk"}, "family-name": {"value": "Chun"}}},
        "activities-summary": {"works": works},
    }
    text = json.dumps(record)
    assert sniff(text) == "orcid-json"
    bib = pubkit.loads(text, "orcid-json")
    assert bib.owner == "Sanghyuk Chun" and len(bib) == 4
    assert bib[3].author_role() == "middle"


def test_dblp_publication_types_and_endnote_type_numbers() -> None:
    dblp = """<dblpperson name="Ann Lee 0001"><r><article key="j/x" publtype="informal withdrawn">
<author>Ann Lee 0001</author><title>Gone.</title><year>2020</year><journal>CoRR</journal>
<volume>abs/2001.00001</volume></article></r></dblpperson>"""
    (paper,) = pubkit.loads(dblp, "dblp-xml")
    assert paper.status is pubkit.Status.PREPRINT and paper.fields["dblp-publtype"] == "informal withdrawn"
    assert paper.identifiers.arxiv == "2001.00001" and paper.owner is not None
    endnote = (
        "<xml><records><record><ref-type>32</ref-type><titles><title>T</title></titles>"
        "<publisher>MIT</publisher></record></records></xml>"
    )
    (thesis,) = pubkit.loads(endnote, "endnote-xml")
    assert thesis.venue == pubkit.Venue("MIT", None, pubkit.VenueKind.THESIS)  # type 32, no name: a thesis


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_files_never_raise(data: st.DataObject) -> None:
    """Cut, spliced or garbled exports of every format: papers and problems, never a traceback."""
    name = data.draw(st.sampled_from(sorted(p.name for p in FORMATS.iterdir())))
    text = (FORMATS / name).read_text(encoding="utf-8")
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 40))
        junk = data.draw(st.text(alphabet=st.sampled_from(list("<>&\"'{}[]:,-\n TYER0\u2028é")), max_size=8))
        text = text[:at] + junk + text[at + cut :]
    for fmt in ("ris", "nbib", "endnote-xml", "dblp-xml", "orcid-json"):
        bib = pubkit.loads(text, fmt, path=name)
        assert all(p.path == name for p in bib.problems)


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        # Scopus: "Family I." names, abbreviation in J2, export notes in N1
        (
            "ris",
            "TY  - JOUR\nAU  - Chun S.\nAU  - Sampaio de Rezende R.\nTI  - T\nT2  - Pattern Recognition\n"
            "PY  - 2021\nJ2  - Pattern Recogn.\nDB  - Scopus\nN1  - Export Date: 22 April 2022\nER  - \n",
        ),
        # ACM Digital Library: the proceedings in BT, the series in T3
        (
            "ris",
            "TY  - CONF\nT1  - T\nAU  - Chun, Sanghyuk\nAU  - Sampaio de Rezende, Rafael\nT3  - MM '21\n"
            "PY  - 2021\nBT  - Proceedings of the 29th ACM International Conference on Multimedia\nER  - \n",
        ),
        # MEDLINE without full names: "Family Initials"
        ("nbib", "PMID- 1\nTI  - T.\nAU  - Chun S\nAU  - Sampaio de Rezende R\nDP  - 2021 Jun\nJT  - Cell\n"),
    ],
)
def test_family_first_names_and_other_venue_tags(fmt: str, text: str) -> None:
    (paper,) = pubkit.loads(text, fmt)
    assert [(a.given[:1], a.family) for a in paper.authors] == [("S", "Chun"), ("R", "Sampaio de Rezende")]
    assert paper.venue is not None and paper.venue.kind is not pubkit.VenueKind.OTHER
    assert paper.year == 2021


def test_dblp_named_characters_are_read_without_loading_its_dtd() -> None:
    text = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n'
        '<article key="a"><author>J&uuml;rgen M&uuml;ller 0001</author><title>&Uuml;ber &amp; T.</title>'
        "<year>2020</year><journal>J</journal></article>\n</dblp>"
    )
    (paper,) = pubkit.loads(text, "dblp-xml")
    assert (paper.title, paper.authors[0].name) == ("Über & T", "Jürgen Müller")


def test_ris_names_without_a_given_part_stay_whole() -> None:
    team = pubkit.Author("AlphaFold Team", "", "AlphaFold Team")
    paper = pubkit.Paper("T", [team, pubkit.Author("Ada Lovelace")])
    text = pubkit.dumps([paper], "ris")
    assert "AU  - AlphaFold Team,\n" in text  # EndNote's and Zotero's way of saying "one field"
    (back,) = pubkit.loads(text, "ris")
    assert [(a.given, a.family) for a in back.authors] == [("", "AlphaFold Team"), ("Ada", "Lovelace")]
