"""TOML data files: read as YAML data files are, each record at its table header's line."""

# ruff: noqa: E501  (sources written as their markup prints them, one record a line)

from __future__ import annotations

import pubkit
from pubkit.reading.markup import guess_markup, parse

CV = '''[cv]
name = "Ines Duarte"

[cv.sections]
intro = "Selected work"

[[cv.sections.papers]]
title = "Sediment transport in estuaries"
authors = ["**Ines Duarte**", "Rui Costa"]
journal = "Estuarine Science"
year = 2022

[[cv.sections.papers]]
title = """
Tidal asymmetry and
channel depth"""
authors = ["Rui Costa", "**Ines Duarte**"]
journal = "Coastal Dynamics"
year = 2021

[[cv.sections.talks]]
title = "Estuaries at risk"
event = "Ocean Week"
'''

INLINE = """owner = "Rui Costa"
papers = [
  { title = "Wave power at the Iberian coast", authors = "Rui Costa and Ana Lima", journal = "Energy", year = 2020 },
  { title = "Salt marsh erosion", authors = "Ana Lima and Rui Costa", journal = "Marine Geology", year = 2018 },
]
"""


def test_arrays_of_tables_are_records_at_their_headers() -> None:
    papers = list(pubkit.loads(CV, "cv", path="cv.toml"))
    assert [p.title for p in papers] == [
        "Sediment transport in estuaries",
        "Tidal asymmetry and channel depth",
    ]
    assert [p.source.line for p in papers if p.source] == [7, 13]
    assert [next(k for k, a in enumerate(p.authors) if a.is_owner) for p in papers] == [0, 1]
    assert guess_markup(None, CV) == "tomldata"


def test_inline_records_are_found_by_their_text() -> None:
    document = parse(INLINE, markup="tomldata")
    assert [block.line for block in document.blocks] == [3, 4]
    assert len(list(pubkit.loads(INLINE, "cv", path="data.toml"))) == 2


def test_invalid_toml_is_a_problem_at_its_line_and_config_is_not_a_list() -> None:
    document = parse('a = "x"\n[[papers]]\ntitle = \n', markup="tomldata")
    assert [p.line for p in document.problems] == [3]
    assert guess_markup(None, "[check]\ndisable = 1\n") != "tomldata"


def test_huge_string_finishes() -> None:
    parse('[[papers]]\ntitle = "' + "x" * 100_000 + '"\n', markup="tomldata")
    parse("a = " + "[" * 100_000, markup="tomldata")
