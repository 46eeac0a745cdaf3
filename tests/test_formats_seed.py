"""The seed's papers, read through BibTeX, written the way MEDLINE, EndNote, DBLP and ORCID write them,
and read back by pubkit's readers: the same titles, people, years, venues and identifiers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest

import pubkit
from pubkit import Paper, VenueKind

_ENDNOTE_TYPES = {
    VenueKind.CONFERENCE: ("Conference Proceedings", 10),
    VenueKind.WORKSHOP: ("Conference Proceedings", 10),
    VenueKind.DEMO: ("Conference Proceedings", 10),
    VenueKind.JOURNAL: ("Journal Article", 17),
    VenueKind.PREPRINT: ("Journal Article", 17),
    VenueKind.BOOK: ("Book Section", 5),
    VenueKind.THESIS: ("Thesis", 32),
    VenueKind.REPORT: ("Report", 27),
}
_DBLP_TYPES = {VenueKind.JOURNAL: "article", VenueKind.PREPRINT: "article", VenueKind.BOOK: "incollection"}
_ORCID_TYPES = {
    VenueKind.JOURNAL: "journal-article",
    VenueKind.PREPRINT: "preprint",
    VenueKind.BOOK: "book-chapter",
    VenueKind.THESIS: "dissertation-thesis",
    VenueKind.REPORT: "report",
}


def _style(text: str) -> str:
    return f'<style face="normal" font="default" size="100%">{escape(text)}</style>'


def _medline(papers: list[Paper]) -> str:
    records = []
    for number, paper in enumerate(papers, start=1):
        lines = [f"PMID- {number}", f"TI  - {paper.title}."]
        lines += [f"FAU - {a.family}, {a.given}".rstrip(", ") for a in paper.authors]
        if paper.year:
            lines.append(f"DP  - {paper.year}")
        if paper.venue:
            lines.append(f"JT  - {paper.venue.name}")
        if paper.identifiers.doi:
            lines.append(f"LID - {paper.identifiers.doi} [doi]")
        records.append("\n".join(lines))
    return "\n\n".join(records) + "\n"


def _endnote(papers: list[Paper]) -> str:
    records = []
    for paper in papers:
        name, number = _ENDNOTE_TYPES.get(paper.kind, ("Generic", 13))
        parts = [f'<ref-type name="{name}">{number}</ref-type>', "<contributors><authors>"]
        parts += [f"<author>{_style(f'{a.family}, {a.given}'.rstrip(', '))}</author>" for a in paper.authors]
        parts += ["</authors></contributors>", f"<titles><title>{_style(paper.title)}</title>"]
        if paper.venue and paper.kind is not VenueKind.THESIS:
            parts.append(f"<secondary-title>{_style(paper.venue.name)}</secondary-title>")
        parts.append("</titles>")
        if paper.venue and paper.kind is VenueKind.THESIS:
            parts.append(f"<publisher>{_style(paper.venue.name)}</publisher>")
        if paper.year:
            parts.append(f"<dates><year>{_style(str(paper.year))}</year></dates>")
        if paper.identifiers.doi:
            parts.append(
                f"<electronic-resource-num>{_style(paper.identifiers.doi)}</electronic-resource-num>"
            )
        if paper.identifiers.arxiv:
            url = f"https://arxiv.org/abs/{paper.identifiers.arxiv}"
            parts.append(f"<urls><related-urls><url>{_style(url)}</url></related-urls></urls>")
        records.append("<record>" + "".join(parts) + "</record>")
    return '<?xml version="1.0" encoding="UTF-8" ?><xml><records>' + "".join(records) + "</records></xml>"


def _dblp(papers: list[Paper]) -> str:
    records = []
    for index, paper in enumerate(papers):
        tag = _DBLP_TYPES.get(paper.kind, "inproceedings")
        venue = "journal" if tag == "article" else "booktitle"
        informal = ' publtype="informal"' if paper.kind is VenueKind.PREPRINT else ""
        parts = [f"<author>{escape(a.name)} 000{index % 3 + 1}</author>" for a in paper.authors]
        parts.append(f"<title>{escape(paper.title)}.</title>")
        if paper.year:
            parts.append(f"<year>{paper.year}</year>")
        if paper.venue:
            parts.append(f"<{venue}>{escape(paper.venue.name)}</{venue}>")
        if paper.identifiers.doi:
            parts.append(f"<ee>https://doi.org/{escape(paper.identifiers.doi)}</ee>")
        if paper.identifiers.arxiv:
            parts.append(f'<ee type="oa">https://arxiv.org/abs/{paper.identifiers.arxiv}</ee>')
        records.append(f'<r><{tag} key="x/{index}"{informal}>' + "".join(parts) + f"</{tag}></r>")
    return f"<dblpperson name={quoteattr('Sanghyuk Chun')}>" + "\n".join(records) + "</dblpperson>"


def _orcid(papers: list[Paper]) -> str:
    works = []
    for index, paper in enumerate(papers):
        ids = [{"external-id-type": "doi", "external-id-value": paper.identifiers.doi}] * bool(
            paper.identifiers.doi
        )
        ids += [{"external-id-type": "arxiv", "external-id-value": paper.identifiers.arxiv}] * bool(
            paper.identifiers.arxiv
        )
        people = [
            {"credit-name": {"value": a.name}, "contributor-attributes": {"contributor-role": "author"}}
            for a in paper.authors
        ]
        works.append(
            {
                "work": {
                    "put-code": index,
                    "title": {"title": {"value": paper.title}},
                    "type": _ORCID_TYPES.get(paper.kind, "conference-paper"),
                    "publication-date": {"year": {"value": str(paper.year)}} if paper.year else None,
                    "journal-title": {"value": paper.venue.name} if paper.venue else None,
                    "external-ids": {"external-id": [{**i, "external-id-relationship": "self"} for i in ids]},
                    "contributors": {"contributor": people},
                }
            }
        )
    return json.dumps({"bulk": works})


def _facts(paper: Paper, *, kind: bool) -> tuple[object, ...]:
    """The facts every reader must give back; names compared by key (how each format splits them)."""
    return (
        paper.title,
        [a.key for a in paper.authors],
        paper.year,
        paper.venue.name if paper.venue else None,
        paper.kind if kind else None,
        paper.identifiers.doi,
        paper.identifiers.arxiv,
    )


@pytest.mark.parametrize(
    ("fmt", "make", "kind"),
    [
        ("nbib", _medline, False),
        ("endnote-xml", _endnote, True),
        ("dblp-xml", _dblp, True),
        ("orcid-json", _orcid, True),
    ],
)
def test_seed_papers_come_back_from_each_format(
    seed_path: Path, fmt: str, make: Callable[[list[Paper]], str], kind: bool
) -> None:
    seed = pubkit.loads(pubkit.dumps(pubkit.load(seed_path), "bibtex"), "bibtex")
    papers = list(seed)
    text = make(papers)
    assert pubkit.formats.sniff(text) == fmt
    back = pubkit.loads(text, fmt)
    assert [p for p in back.problems if p.is_error] == []
    assert len(back) == len(papers) > 20
    expected = [_facts(p, kind=kind) for p in papers]
    if fmt == "nbib":  # MEDLINE has no arXiv field
        expected = [(*e[:6], None) for e in expected]
    assert [_facts(p, kind=kind) for p in back] == expected
    if fmt == "dblp-xml":
        assert all(p.owner is not None for p in back if any(a.name == "Sanghyuk Chun" for a in p.authors))
