"""Textile wiki pages (Redmine, Textpattern): read as the Markdown each line stands for, line for line."""

from __future__ import annotations

import pubkit
from pubkit.formats import sniff
from pubkit.reading.markup import guess_markup, parse

PAGE = """{{>toc}}

h1. Publications — J. K. Hoffmann

p(note). Author convention: *bold* = me; ^†^ = equal first authorship. See [[CV_Build]] and "the PDF":https://x.org/cv.pdf.

h2. Refereed journal articles

# *Hoffmann J. K.*, Vargas-Ríos C., Oduya P., 2024, _Resolved gas kinematics of star-forming galaxies_, MNRAS, 531, 2210
# Seitkali A., *Hoffmann J. K.*, 2023, _A fibre-fed integral-field unit for the ELT_, JATIS, 10, 025004

h2. Talks (selected)

|_. Year |_. Event |
| 2024 | EAS Annual Meeting, Padova |
"""  # noqa: E501


def test_a_redmine_page_is_textile_not_json() -> None:
    """`{{>toc}}` opening a wiki page is no JSON; `h1.` / `p(note).` lines make it Textile."""
    assert sniff(PAGE) is None
    assert guess_markup(None, PAGE) == "textile"
    assert guess_markup("pubs.textile", "x") == "textile"


def test_textile_headings_items_and_spans_keep_their_lines() -> None:
    document = parse(PAGE, path="pubs.textile")
    assert [(h.text, h.level, h.line) for h in document.headings][:2] == [
        ("Publications — J. K. Hoffmann", 1, 3),
        ("Refereed journal articles", 2, 7),
    ]
    first = next(b for b in document.blocks if b.text.startswith("Hoffmann"))
    assert first.kind == "item" and first.line == 9
    assert [first.text[s.start : s.end] for s in first.spans if s.kind == "bold"] == ["Hoffmann J. K."]
    assert [first.text[s.start : s.end] for s in first.spans if s.kind == "italic"] == [
        "Resolved gas kinematics of star-forming galaxies"
    ]
    assert "{{" not in " ".join(b.text for b in document.blocks)
    note = next(b for b in document.blocks if "convention" in b.text)
    assert [(note.text[s.start : s.end], s.target) for s in note.spans if s.kind == "link"] == [
        ("the PDF", "https://x.org/cv.pdf")
    ]
    assert "CV_Build" in note.text and "[[" not in note.text


def test_a_textile_list_is_read() -> None:
    bib = pubkit.loads(PAGE, "cv", path="pubs.textile")
    assert [(p.title, p.year, len(p.authors)) for p in bib] == [
        ("Resolved gas kinematics of star-forming galaxies", 2024, 3),
        ("A fibre-fed integral-field unit for the ELT", 2023, 2),
    ]
    assert [next(k for k, a in enumerate(p.authors) if a.is_owner) for p in bib] == [0, 1]


def test_hostile_textile_is_read_in_linear_time() -> None:
    """Long runs of Textile's inline marks without their closers."""
    for mark in ("*", "_", "^", "@", '"x":', "!", "[[", "{{", "h1. "):
        text = "h1. Publications\n\np. intro\n\n# " + mark * 50_000 + "\n"
        document = parse(text, path="pubs.textile")
        assert document.headings[0].text == "Publications"
        assert len(document.blocks) >= 2
