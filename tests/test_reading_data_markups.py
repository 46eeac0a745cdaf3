"""YAML data files, CSV / TSV exports and DokuWiki pages read as publication lists."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import pubkit
from pubkit.formats import guess_format
from pubkit.reading.markup import guess_markup, parse
from pubkit.reading.reader import read

DATA = Path(__file__).parent / "fixtures" / "reading" / "data"

JEKYLL = """\
# _data/publications.yml
# names ending in * are marked; the page prints "* equal contribution" under the list
owner: Ngaio Te Rangi

publications:
  - key: terangi2025fronts
    title: "Tidal mixing fronts on the Chatham Rise"
    authors:
      - Ngaio Te Rangi
      - Lukas Brenner
    me: 0
    venue: "Journal of Geophysical Research: Oceans"
    year: 2025
    type: article
  - key: brenner2025heatwaves
    title: >-
      Marine heatwaves and subsurface
      warming in the Tasman Sea
    authors: "Lukas Brenner*, Ngaio Te Rangi* and Aroha Parata"
    me: 1
    venue: Geophysical Research Letters
    year: 2024
    status: submitted
  - title: "Upwelling variability off the Otago Peninsula"
    authors: [Hamish McLeod, N. Te Rangi]
    me: 1
    booktitle: "The Marine Environment of Aotearoa"
    publisher: NIWA Press
    year: 2021
    type: chapter

talks:
  - title: "Fronts, gliders and iwi"
    event: New Zealand Marine Sciences Society Conference
    year: 2024
"""


def _papers(text: str, path: str) -> pubkit.Bibliography:
    return read(text, path=path)


class TestYamlData:
    def test_records_are_entries_at_their_first_key(self) -> None:
        bib = _papers(JEKYLL, "_data/publications.yml")
        assert [p.title for p in bib] == [
            "Tidal mixing fronts on the Chatham Rise",
            "Marine heatwaves and subsurface warming in the Tasman Sea",
            "Upwelling variability off the Otago Peninsula",
        ]
        assert [p.source.line for p in bib if p.source] == [6, 15, 24]

    def test_fields_by_key(self) -> None:
        first, second, third = _papers(JEKYLL, "pubs.yml")
        assert [a.name for a in first.authors] == ["Ngaio Te Rangi", "Lukas Brenner"]
        assert first.year == 2025
        assert first.venue is not None and first.venue.name == "Journal of Geophysical Research: Oceans"
        assert [a.name for a in second.authors] == ["Lukas Brenner", "Ngaio Te Rangi", "Aroha Parata"]
        assert second.status is pubkit.Status.SUBMITTED
        assert third.venue is not None and third.venue.name.startswith("The Marine Environment of Aotearoa")

    def test_owner_and_legend(self) -> None:
        bib = _papers(JEKYLL, "pubs.yml")
        assert bib.owner == "Ngaio Te Rangi"
        assert [a.name for a in bib[0].authors if a.is_owner] == ["Ngaio Te Rangi"]
        assert [a.equal_contribution for a in bib[1].authors] == [True, True, False]
        assert not bib.problems

    def test_talks_are_skipped(self) -> None:
        titles = [p.title for p in _papers(JEKYLL, "pubs.yml")]
        assert "Fronts, gliders and iwi" not in titles

    def test_owner_index_shows_as_bold(self) -> None:
        doc = parse(JEKYLL, path="x.yml")
        entry = next(b for b in doc.blocks if b.line == 15)
        bold = [entry.text[s.start : s.end] for s in entry.spans if s.kind == "bold"]
        assert bold == ["Ngaio Te Rangi"]

    def test_a_mapping_of_records_and_nested_venues(self) -> None:
        text = """\
lee2024deep:
  type: article
  title: Deep ocean mixing
  author: ["Lee, Ana", "Okafor, Chidi"]
  date: 2024-05
  parent:
    type: periodical
    title: Journal of Physical Oceanography
  serial-number:
    doi: 10.1175/JPO-D-23-0001.1
"""
        (paper,) = _papers(text, "refs.yml")
        assert [a.name for a in paper.authors] == ["Ana Lee", "Chidi Okafor"]
        assert paper.venue is not None and paper.venue.name == "Journal of Physical Oceanography"
        assert paper.year == 2024
        assert paper.identifiers.doi == "10.1175/JPO-D-23-0001.1"

    def test_a_record_without_authors_is_read_with_a_warning_at_its_line(self) -> None:
        # its keys name its title and its date: a paper printed without names (as a .bib entry can be)
        bib = _papers("papers:\n  - title: A lonely title with no names\n    year: 2020\n", "p.yml")
        assert [(p.title, p.authors, p.year) for p in bib] == [("A lonely title with no names", (), 2020)]
        assert [(p.line, p.path, p.severity.value) for p in bib.problems] == [(2, "p.yml", "warning")]

    def test_a_config_file_has_no_entries(self) -> None:
        bib = _papers("title: My site\nauthor: Jane Doe\nplugins: [jekyll-feed]\n", "_config.yml")
        assert len(bib) == 0
        assert [p.kind for p in bib.problems] == ["no-entries"]

    def test_syntax_error_is_a_problem_naming_its_line(self) -> None:
        bib = _papers('publications:\n  - title: "unclosed\n    year: 2020\n  - : :\n', "bad.yml")
        assert len(bib) == 0
        (problem,) = bib.problems
        assert problem.kind == "syntax" and problem.path == "bad.yml" and problem.line is not None

    @pytest.mark.parametrize(
        "text",
        [
            # an alias bomb: nine levels of nine aliases each (9**9 nodes when expanded)
            "a: &a [x,x,x,x,x,x,x,x,x]\n"
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n"
                for i in range(9)
            ),
            "x: " + "[" * 100_000,  # deep flow nesting
            "a:\n" + "".join(" " * i + "b:\n" for i in range(1, 1200)),  # deep block nesting
            "- title: x\n  year: 2020\n" * 200_000,  # a huge file
        ],
        ids=["alias-bomb", "deep-flow", "deep-block", "huge"],
    )
    def test_hostile_input_finishes_fast_with_a_problem(self, text: str) -> None:
        start = time.monotonic()
        bib = _papers(text, "hostile.yml")
        assert time.monotonic() - start < 10
        assert len(bib) == 0 and bib.problems
        assert all(p.line is not None or p.kind == "no-entries" for p in bib.problems)

    def test_pubkits_own_rendercv_and_hayagriva_read_back(self, tmp_path: pytest.TempPathFactory) -> None:
        bib = pubkit.load("examples/cv.md")
        for name, fmt in (("cv.yaml", "rendercv"), ("refs.yml", "hayagriva")):
            path = f"{tmp_path}/{name}"
            pubkit.dump(bib, path, format=fmt)
            back = pubkit.load(path)
            assert not back.problems
            assert [p.title for p in back] == [p.title for p in bib]
            assert [[a.name for a in p.authors] for p in back] == [[a.name for a in p.authors] for p in bib]
            assert [p.year for p in back] == [p.year for p in bib]
            assert [p.venue.name if p.venue else None for p in back] == [
                p.venue.name if p.venue else None for p in bib
            ]


REPORT = (DATA / "report.csv").read_text(encoding="utf-8")


class TestDelimited:
    def test_rows_are_entries_at_the_line_they_start(self) -> None:
        bib = _papers(REPORT, "report.csv")
        assert [p.source.line for p in bib if p.source] == [5, 6, 10]
        assert bib[1].title == "Cycle lanes and road safety: a Bayesian model"

    def test_fields_by_column(self) -> None:
        first, second, third = _papers(REPORT, "report.csv")
        assert [a.name for a in first.authors] == ["Ana Barros", "James Whitmore"]
        assert first.year == 2024
        assert first.venue is not None and first.venue.name == "Transportation Research Part A"
        assert second.status is pubkit.Status.ACCEPTED
        assert third.status is pubkit.Status.SUBMITTED

    def test_owner_and_legend_cell(self) -> None:
        bib = _papers(REPORT, "report.csv")
        assert bib.owner == "Ana Barros"
        assert [a.equal_contribution for a in bib[1].authors] == [True, True, False]

    def test_presentations_datasets_and_totals_are_no_papers(self) -> None:
        bib = _papers(REPORT, "report.csv")
        titles = {p.title for p in bib}
        assert not titles & {"Ride-hailing and transit: early results", "Auckland trip records 2017-2019"}
        assert not [p for p in bib.problems if p.is_error]

    def test_tab_separated(self) -> None:
        text = (
            "Title\tAuthors\tYear\tJournal\n"
            "Deep ocean mixing\tLee, Ana; Okafor, Chidi\t2024\tJournal of Oceanography\n"
        )
        (paper,) = _papers(text, "list.tsv")
        assert [a.name for a in paper.authors] == ["Ana Lee", "Chidi Okafor"]
        assert paper.venue is not None and paper.venue.name == "Journal of Oceanography"

    def test_a_row_too_long_is_a_problem_at_its_line(self) -> None:
        start = time.monotonic()
        text = (
            "Title,Authors,Year\n" + "x" * 10_000_000 + ',"Lee, A.",2020\n' + 'A fine title,"Lee, A.",2021\n'
        )
        bib = _papers(text, "big.csv")
        assert time.monotonic() - start < 10
        assert [p.title for p in bib] == ["A fine title"]
        assert [p.line for p in bib.problems] == [2]

    def test_many_cells_too_long_are_a_problem(self) -> None:
        text = "Title,Authors,Year\n" + ",".join(["abc"] * 3_000_000) + '\nA fine title,"Lee, A.",2021\n'
        bib = _papers(text, "wide.csv")
        assert [p.title for p in bib] == ["A fine title"]
        assert [p.line for p in bib.problems] == [2]

    def test_rows_without_a_header_are_read_or_reported(self) -> None:
        bib = _papers("1,2,3\nx,y,z\n", "odd.csv")
        assert len(bib) == 0
        assert {p.line for p in bib.problems} <= {1, 2} and bib.problems


DOKU = (DATA / "lab.dokuwiki.txt").read_text(encoding="utf-8")


class TestDokuWiki:
    def test_items_fields_and_lines(self) -> None:
        bib = _papers(DOKU, "pubs.txt")
        assert [p.source.line for p in bib if p.source] == [10, 11, 12]
        first, second, third = bib
        assert [a.name for a in first.authors] == ["Elin Vik", "Henrik Strand"]
        assert first.venue is not None and first.venue.name == "IEEE Robotics and Automation Letters"
        assert second.title == "Energy-optimal gait transitions in a series-elastic quadruped"
        assert [a.name for a in second.authors] == ["Henrik Strand", "Marco Bellini"]
        assert third.year == 2023

    def test_owner_legend_and_skipped_sections(self) -> None:
        bib = _papers(DOKU, "pubs.txt")
        assert bib.owner == "Henrik Strand"
        assert [a.equal_contribution for a in bib[0].authors] == [True, True]
        assert all("forestry" not in p.title for p in bib)

    def test_headings_by_number_of_equals(self) -> None:
        doc = parse(DOKU, markup="dokuwiki")
        assert [(h.text, h.level) for h in doc.headings][:2] == [
            ("Legged Robotics Lab: Publications", 1),
            ("2024", 2),
        ]

    def test_spans(self) -> None:
        doc = parse(DOKU, markup="dokuwiki")
        entry = next(b for b in doc.blocks if b.line == 10)
        kinds = {(s.kind, entry.text[s.start : s.end]) for s in entry.spans}
        assert ("italic", "IEEE Robotics and Automation Letters") in kinds
        assert ("bold", "Elin Vik") in kinds and ("sup", "*") in kinds
        assert ("link", "DOI") in kinds
        second = next(b for b in doc.blocks if b.line == 11)
        assert second.text.count("\n") == 2  # the forced breaks


class TestSniffing:
    @pytest.mark.parametrize(
        ("path", "markup"),
        [("a.yml", "yamldata"), ("a.yaml", "yamldata"), ("a.csv", "delimited"), ("a.tsv", "delimited")],
    )
    def test_by_suffix(self, path: str, markup: str) -> None:
        assert guess_markup(path, "") == markup
        assert guess_format(path, "") == "cv"

    def test_data_files_are_not_written_as_lists(self) -> None:
        with pytest.raises(pubkit.FormatError):
            guess_format("out.yml", writing=True)

    @pytest.mark.parametrize(
        ("text", "markup"),
        [(JEKYLL, "yamldata"), (REPORT, "delimited"), (DOKU, "dokuwiki")],
        ids=["yaml", "csv", "dokuwiki"],
    )
    def test_by_content(self, text: str, markup: str) -> None:
        assert guess_markup("list.txt", text) == markup
        assert guess_markup(None, text) == markup

    def test_mediawiki_stays_mediawiki(self) -> None:
        page = "== Publications ==\n# '''A. Lee''', B. Roe. ''Deep things''. Nature, 2020.\n"
        assert guess_markup(None, page) == "mediawiki"

    def test_a_citation_list_with_commas_is_no_export(self) -> None:
        text = (
            "Authors, Title, Journal, Year\n\n"
            "A. Lee, B. Roe. Deep things. Nature, 2020.\nC. Doe. More things. Science, 2021.\n"
        )
        assert guess_markup(None, text) != "delimited"
