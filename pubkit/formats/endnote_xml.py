"""EndNote XML (File > Export > XML): `<xml><records><record>` as EndNote 8 and later write it; read only.

Text sits inside `<style>` wrappers, which are dropped; the reference type comes from `<ref-type
name=...>`. Parsed through defusedxml: documents with entity declarations are refused.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem
from pubkit.formats._records import Fields, build, joined, person, problems_of, year_month
from pubkit.formats._xml import parse, text_of
from pubkit.model import Paper, Status, VenueKind, month_number

__all__ = ["read"]

#: `<ref-type name=...>` to (kind, kind is final, status).
_KIND_OF_TYPE: dict[str, tuple[VenueKind, bool, Status | None]] = {
    "journal article": (VenueKind.JOURNAL, False, None),
    "electronic article": (VenueKind.JOURNAL, False, None),
    "magazine article": (VenueKind.JOURNAL, False, None),
    "newspaper article": (VenueKind.JOURNAL, False, None),
    "conference proceedings": (VenueKind.CONFERENCE, False, None),
    "conference paper": (VenueKind.CONFERENCE, False, None),
    "book section": (VenueKind.BOOK, False, None),
    "electronic book section": (VenueKind.BOOK, False, None),
    "book": (VenueKind.BOOK, False, None),
    "edited book": (VenueKind.BOOK, False, None),
    "thesis": (VenueKind.THESIS, True, None),
    "report": (VenueKind.REPORT, True, None),
    "manuscript": (VenueKind.OTHER, False, Status.SUBMITTED),
    "unpublished work": (VenueKind.OTHER, False, Status.SUBMITTED),
}
#: Element paths read into a `Paper` attribute; other leaf elements of a record go to `extra`.
_CONSUMED = frozenset(
    "database source-app rec-number foreign-keys ref-type contributors titles periodical pages volume "
    "number dates publisher isbn electronic-resource-num urls abstract notes label keywords "
    "alt-periodical".split()
)


def _all(record: ET.Element, path: str) -> list[str]:
    return [t for t in (text_of(e) for e in record.findall(path)) if t]


def _one(record: ET.Element, *paths: str) -> str | None:
    for path in paths:
        values = _all(record, path)
        if values:
            return values[0]
    return None


#: EndNote's reference type numbers, for exports whose `<ref-type>` has no name.
_TYPE_NUMBERS = {
    "17": "journal article",
    "43": "electronic article",
    "19": "magazine article",
    "23": "newspaper article",
    "10": "conference proceedings",
    "47": "conference paper",
    "5": "book section",
    "60": "electronic book section",
    "6": "book",
    "28": "edited book",
    "32": "thesis",
    "27": "report",
    "36": "manuscript",
    "34": "unpublished work",
}


def _fields(record: ET.Element) -> Fields:
    ref_type = record.find("ref-type")
    type_name = (ref_type.get("name", "") if ref_type is not None else "").strip().lower()
    if not type_name and ref_type is not None:
        type_name = _TYPE_NUMBERS.get(text_of(ref_type), "")
    kind, final, status = _KIND_OF_TYPE.get(type_name, (VenueKind.OTHER, False, None))
    fields = Fields(kind=kind, kind_is_final=final, status=status)
    fields.title = _one(record, "titles/title") or ""
    for name in _all(record, "contributors/authors/author"):
        author = person(name)
        if author is not None:
            fields.authors.append(author)
    editors = _all(record, "contributors/secondary-authors/author")
    if editors:
        fields.extra["editor"] = " and ".join(editors)
    fields.year, _ = year_month(_one(record, "dates/year"))
    date = _one(record, "dates/pub-dates/date")
    if date:
        fields.month = year_month(date)[1] or month_number(date.split()[0])
    fields.venue = _one(
        record, "titles/secondary-title", "periodical/full-title", "alt-periodical/full-title"
    )
    fields.venue_short = _one(record, "periodical/abbr-1", "titles/alt-title", "alt-periodical/abbr-1")
    if fields.kind is VenueKind.THESIS and not fields.venue:
        fields.venue = _one(record, "publisher")
    else:
        fields.publisher = _one(record, "publisher")
    fields.volume = _one(record, "volume")
    fields.number = _one(record, "number")
    fields.pages = _one(record, "pages")
    fields.doi = _one(record, "electronic-resource-num")
    fields.links = _all(record, "urls/related-urls/url") + _all(record, "urls/web-urls/url")
    pdfs = _all(record, "urls/pdf-urls/url")
    if pdfs:
        fields.extra["pdf"] = " ".join(pdfs)
    isbn = _one(record, "isbn")
    if isbn and fields.kind is VenueKind.JOURNAL:
        fields.extra["issn"] = isbn
    else:
        fields.isbn = isbn
    fields.abstract = _one(record, "abstract")
    fields.note = _one(record, "notes")
    fields.key = _one(record, "label")
    keywords = _all(record, "keywords/keyword")
    if keywords:
        fields.extra["keywords"] = "; ".join(keywords)
    if type_name and type_name not in _KIND_OF_TYPE:
        fields.extra["endnote-type"] = type_name
    for child in record:
        if child.tag not in _CONSUMED:
            value = text_of(child)
            if value:
                fields.extra[f"endnote:{child.tag}"] = value
    for child in record.findall("titles/*"):
        if child.tag not in ("title", "secondary-title", "alt-title") and text_of(child):
            fields.extra[f"endnote:{child.tag}"] = text_of(child)
    fields.extra = {k: v for k, v in fields.extra.items() if v}
    fields.note = joined([fields.note])
    return fields


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read an EndNote XML export; each `<record>` is a paper or a problem with its line."""
    tree, problem = parse(text, path)
    if tree is None:
        return Bibliography(problems=[problem] if problem else [], owner=owner)
    root = tree.root
    records = root.findall("records/record") if root.tag == "xml" else root.findall(".//record")
    problems: list[Problem] = []
    if not records:
        message = f"no EndNote <record> elements under <{root.tag}>"
        problems.append(Problem(message, path, 1, kind="no-entries"))
    papers: list[Paper] = []
    lines = [tree.line(r) for r in records]
    for index, record in enumerate(records):
        line = lines[index] if lines.count(lines[index]) == 1 else None  # EndNote writes one long line
        paper, notes = build(_fields(record), path=path, line=line, owner=owner)
        problems += problems_of(paper, notes, path=path, line=line, item=index, text=text_of(record))
        if paper is not None:
            papers.append(paper)
    return Bibliography(papers, problems=problems, owner=owner)
