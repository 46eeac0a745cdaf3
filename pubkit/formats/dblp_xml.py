"""DBLP XML: a person page saved from `dblp.org/pid/<pid>.xml` (or a `<dblp>` dump); read only.

Homonym numbers ("Wei Zhang 0002") are dropped from printed names; `ee` links become DOI, arXiv id
and URL; `crossref` fills a missing venue from the proceedings record; the page's person is the owner.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.entities import name2codepoint

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem, Severity
from pubkit.formats._records import Fields, build, person, problems_of, year_month
from pubkit.formats._xml import Tree, parse, text_of
from pubkit.model import Paper, Status, VenueKind, month_number

__all__ = ["read", "strip_homonym"]

_HOMONYM = re.compile(r"(?<!\s)\s+\d{4}$")
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
#: DBLP record element to (kind, kind is final).
_KIND_OF_TYPE = {
    "article": (VenueKind.JOURNAL, False),
    "inproceedings": (VenueKind.CONFERENCE, False),
    "proceedings": (VenueKind.CONFERENCE, False),
    "incollection": (VenueKind.BOOK, False),
    "book": (VenueKind.BOOK, False),
    "phdthesis": (VenueKind.THESIS, True),
    "mastersthesis": (VenueKind.THESIS, True),
    "data": (VenueKind.OTHER, True),
}
_CONSUMED = frozenset(
    "author editor title booktitle journal year month volume number pages ee url crossref publisher "
    "isbn school note".split()
)


def strip_homonym(name: str) -> str:
    """A DBLP name without its homonym number: "Wei Zhang 0002" -> "Wei Zhang".

    >>> strip_homonym("Wei Zhang 0002"), strip_homonym("Seong Joon Oh")
    ('Wei Zhang', 'Seong Joon Oh')
    """
    return _HOMONYM.sub("", " ".join(name.split()))


def _numeric_entities(text: str) -> str:
    """DBLP's named characters (`&uuml;`, declared in its external dblp.dtd) as numeric references.

    The DTD is never loaded, and no entity is expanded: only HTML's fixed Latin-1 names are rewritten.
    """

    def numeric(match: re.Match[str]) -> str:
        name = match[1]
        if name in _XML_ENTITIES or name not in name2codepoint:
            return match[0]
        return f"&#{name2codepoint[name]};"

    return _NAMED_ENTITY.sub(numeric, text)


def _title(element: ET.Element) -> str:
    title = text_of(element.find("title"))
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def _fields(element: ET.Element, proceedings: dict[str, ET.Element]) -> Fields:
    kind, final = _KIND_OF_TYPE.get(element.tag, (VenueKind.OTHER, False))
    fields = Fields(kind=kind, kind_is_final=final)
    fields.title = _title(element)
    people = element.findall("author") or element.findall("editor")
    for node in people:
        author = person(strip_homonym(text_of(node)))
        if author is not None:
            fields.authors.append(author)
    pids = [node.get("pid", "") for node in people]
    if any(pids):
        fields.extra["dblp-pids"] = " ".join(p or "-" for p in pids)
    fields.year, _ = year_month(text_of(element.find("year")))
    fields.month = month_number(text_of(element.find("month")).split(" ")[0] or "-")
    crossref = text_of(element.find("crossref"))
    parent = proceedings.get(crossref)
    venue = text_of(element.find("journal")) or text_of(element.find("booktitle"))
    if element.tag in ("phdthesis", "mastersthesis"):
        venue = text_of(element.find("school"))
    fields.venue = venue or None
    if parent is not None:
        fields.venue_short, fields.venue = fields.venue, _title(parent) or fields.venue
        fields.publisher = text_of(parent.find("publisher")) or None
        fields.extra["series"] = text_of(parent.find("series"))
    else:
        fields.publisher = text_of(element.find("publisher")) or None
    publtype = element.get("publtype", "").split()
    if "informal" in publtype or fields.venue == "CoRR":
        fields.kind, fields.kind_is_final = VenueKind.PREPRINT, True
        fields.status = Status.PREPRINT
    if publtype and publtype != ["informal"]:
        fields.extra["dblp-publtype"] = " ".join(publtype)  # withdrawn, encyclopedia, survey, ...
    fields.volume = text_of(element.find("volume")) or None
    fields.number = text_of(element.find("number")) or None
    fields.pages = text_of(element.find("pages")) or None
    fields.isbn = text_of(element.find("isbn")) or None
    fields.links = [text_of(e) for e in element.findall("ee") if text_of(e)]
    if fields.volume and fields.volume.startswith("abs/"):
        fields.arxiv = fields.volume[4:]
    fields.note = text_of(element.find("note")) or None
    fields.key = None
    fields.extra["dblp"] = element.get("key", "")
    if crossref:
        fields.extra["crossref"] = crossref
    for child in element:
        if child.tag not in _CONSUMED and text_of(child):
            fields.extra[f"dblp:{child.tag}"] = text_of(child)
    fields.extra = {k: v for k, v in fields.extra.items() if v}
    return fields


def _records(tree: Tree) -> list[ET.Element]:
    root = tree.root
    if root.tag == "dblpperson":
        return [child for r in root.findall("r") for child in r]
    if root.tag == "dblp":
        return list(root)
    return [root] if root.tag in _KIND_OF_TYPE else []


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read a DBLP person page (`<dblpperson>`) or a `<dblp>` file; each record a paper or a problem."""
    tree, problem = parse(_numeric_entities(text), path)
    if tree is None:
        return Bibliography(problems=[problem] if problem else [], owner=owner)
    if owner is None and tree.root.tag == "dblpperson" and tree.root.get("name"):
        owner = strip_homonym(tree.root.get("name", ""))
    records = _records(tree)
    problems: list[Problem] = []
    if not records and tree.root.tag not in ("dblpperson", "dblp"):
        message = f"not a DBLP file: the root element is <{tree.root.tag}>, not <dblpperson> or <dblp>"
        problems.append(Problem(message, path=path, line=1, kind="no-entries"))
    proceedings = {r.get("key", ""): r for r in records if r.tag == "proceedings"}
    papers: list[Paper] = []
    for index, element in enumerate(records):
        line = tree.line(element)
        if element.tag == "www":
            message = "home-page record (<www>), not a publication; skipped"
            problems.append(Problem(message, path, line, kind="ignored", severity=Severity.WARNING))
            continue
        if tree.root.tag == "dblp" and element.tag == "proceedings" and _is_referenced(element, records):
            message = f"proceedings {element.get('key')!r} read as the venue of its papers, not as a paper"
            problems.append(Problem(message, path, line, kind="ignored", severity=Severity.WARNING))
            continue
        paper, notes = build(_fields(element, proceedings), path=path, line=line, owner=owner)
        where = {"line": line} if line else {"item": index}
        problems += problems_of(paper, notes, path=path, text=text_of(element), **where)
        if paper is not None:
            papers.append(paper)
    return Bibliography(papers, problems=problems, owner=owner)


def _is_referenced(element: ET.Element, records: list[ET.Element]) -> bool:
    key = element.get("key", "")
    return any(text_of(r.find("crossref")) == key for r in records if r is not element)
