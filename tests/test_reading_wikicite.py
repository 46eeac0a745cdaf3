"""MediaWiki citation templates: each `{{cite …}}` / `{{citation}}` one record of its item, at its line."""

# ruff: noqa: E501  (sources written as their markup prints them, one record a line)

from __future__ import annotations

import pubkit
from pubkit.reading.markup import parse

PAGE = """{{Infobox scientist
| name = Amara Okafor
}}
'''Amara Okafor''' is a hydrologist.<ref>{{cite web |title=Staff page |url=https://example.org}}</ref>

== Selected publications ==
* {{citation |author=Amara Okafor and Tunde Bello |year=2021 |title=Groundwater recharge in the [[Sahel|Sahel region]] |journal=''Hydrology Letters'' |volume=4 |pages=10–19}}
* '''Best paper''' {{cite book
 | last = Okafor | first = Amara
 | chapter = Floods of the Niger basin
 | editor1-last = Hassan | editor1-first = Musa
 | title = Rivers of West Africa
 | publisher = Springer
 | year = 2019
}} (in press)
* {{cite journal |last2=Okafor |first2=Amara |last1=Bello |first1=Tunde |author-link1=Tunde Bello |date=2020 |title=Soil moisture from radar |journal=[[Remote Sensing of Environment]] |doi=10.1/x }}
"""


def test_citation_templates_are_records_at_their_lines() -> None:
    papers = list(pubkit.loads(PAGE, "cv", path="page.wiki"))
    assert [p.title for p in papers] == [
        "Groundwater recharge in the Sahel region",
        "Floods of the Niger basin",
        "Soil moisture from radar",
    ]
    assert [p.source.line for p in papers if p.source] == [7, 8, 16]
    assert [a.name for a in papers[2].authors] == ["Tunde Bello", "Amara Okafor"]
    assert papers[2].year == 2020 and papers[2].authors[1].is_owner
    assert papers[1].venue is not None and papers[1].venue.name == "Rivers of West Africa"
    assert papers[0].year == 2021 and papers[0].authors[0].is_owner


def test_unclosed_template_is_a_problem_and_web_sources_in_refs_are_not_papers() -> None:
    document = parse("== Papers ==\n* {{cite journal |title=Never closed |year=2020\n", markup="mediawiki")
    assert [p.line for p in document.problems] == [2]
    assert not list(
        pubkit.loads("== Papers ==\nText.<ref>{{cite web |title=A site}}</ref>\n", "cv", path="p.wiki")
    )


def test_huge_template_finishes() -> None:
    text = "== Papers ==\n* {{cite journal |title=" + "a{{b|c}}[[d|e]]|" * 6000 + "\n"
    parse(text, markup="mediawiki")
    parse("* {{cite journal |title=" + "{{" * 50_000, markup="mediawiki")
