"""JSON data islands in HTML pages (`__NEXT_DATA__`, JSON-LD): records read as a data file's."""

# ruff: noqa: E501  (sources written as their markup prints them, one record a line)

from __future__ import annotations

import json

import pubkit
from pubkit.reading.markup import parse

NEXT = """<html><body><h2>Publications</h2><p>Loading…</p>
<script id="__NEXT_DATA__" type="application/json">{
  "props": {"pageProps": {
    "publications": [
      {"title": "Catalysis by design", "authors": ["**Kai Berg**", "Ola Nord"], "venue": "ACS Catalysis", "year": 2023},
      {"title": "Zeolites and kinetics", "authors": ["Ola Nord", "**Kai Berg**"], "venue": "JCP", "year": 2021}
    ],
    "talks": [{"title": "A talk", "event": "Meeting"}]
  }}
}</script></body></html>
"""

LD = {
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "ScholarlyArticle",
            "name": "Glacier retreat in Patagonia",
            "author": [
                {"@type": "Person", "name": "Lucas Pereira"},
                {"@type": "Person", "name": "Sofia Ruiz"},
            ],
            "datePublished": "2022",
            "isPartOf": {"@type": "Periodical", "name": "Journal of Glaciology"},
        }
    ],
}
JSON_LD = (
    '<html><head><script type="application/ld+json">\n'
    + json.dumps(LD, indent=1)
    + "\n</script></head><body><h1>Lucas Pereira</h1></body></html>"
)


def test_next_data_records_at_their_lines_with_owner() -> None:
    papers = list(pubkit.loads(NEXT, "cv", path="index.html"))
    assert [p.title for p in papers] == ["Catalysis by design", "Zeolites and kinetics"]
    assert [p.source.line for p in papers if p.source] == [5, 6]
    assert [next(k for k, a in enumerate(p.authors) if a.is_owner) for p in papers] == [0, 1]


def test_json_ld_scholarly_articles() -> None:
    papers = list(pubkit.loads(JSON_LD, "cv", path="page.html"))
    assert [p.title for p in papers] == ["Glacier retreat in Patagonia"]
    assert [a.name for a in papers[0].authors] == ["Lucas Pereira", "Sofia Ruiz"]
    assert papers[0].year == 2022


def test_a_paper_the_page_shows_is_read_once() -> None:
    shown = NEXT.replace(
        "<p>Loading…</p>",
        "<ul><li><b>Kai Berg</b>, Ola Nord. Catalysis by design. ACS Catalysis, 2023.</li></ul>",
    )
    assert [p.title for p in pubkit.loads(shown, "cv", path="index.html")].count("Catalysis by design") == 1


def test_malformed_and_huge_json() -> None:
    document = parse('<p>x</p>\n<script type="application/json">{\n"a": [1,\n}</script>', markup="html")
    assert [p.line for p in document.problems] == [4]
    parse('<script type="application/json">{"t": "' + "x" * 100_000 + '"}</script>', markup="html")
    parse('<script type="application/json">' + "[" * 100_000 + "</script>", markup="html")
