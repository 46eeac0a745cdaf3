"""RIS: what Zotero, EndNote, Mendeley, Scopus, Web of Science and review tools export; read and written.

Records are found by their `TY` / `ER` lines (so each keeps its line number) and each is parsed by
rispy. pubkit's own facts RIS has no tag for (status, awards, equal contribution, selected) travel
as `N1` notes ("Status: accepted") and are read back. See docs/formats.md for the mapping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import rispy

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem, Severity
from pubkit.formats._latex import citation_keys
from pubkit.formats._records import Fields, build, joined, person, problems_of, year_month
from pubkit.model import Author, Paper, Status, VenueKind, arxiv_id

__all__ = ["read", "write"]

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: |$)")
_COUNTER = re.compile(r"^\s*\d+\.\s*$")  # rispy's own writer puts "1." before each record

#: RIS reference types to (kind, kind is final, status).
_KIND_OF_TYPE: dict[str, tuple[VenueKind, bool, Status | None]] = {
    "JOUR": (VenueKind.JOURNAL, False, None),
    "EJOUR": (VenueKind.JOURNAL, False, None),
    "JFULL": (VenueKind.JOURNAL, False, None),
    "MGZN": (VenueKind.JOURNAL, False, None),
    "NEWS": (VenueKind.JOURNAL, False, None),
    "ABST": (VenueKind.JOURNAL, False, None),
    "INPR": (VenueKind.JOURNAL, False, Status.ACCEPTED),
    "CONF": (VenueKind.CONFERENCE, False, None),
    "CPAPER": (VenueKind.CONFERENCE, False, None),
    "CHAP": (VenueKind.BOOK, False, None),
    "ECHAP": (VenueKind.BOOK, False, None),
    "BOOK": (VenueKind.BOOK, False, None),
    "EBOOK": (VenueKind.BOOK, False, None),
    "EDBOOK": (VenueKind.BOOK, False, None),
    "THES": (VenueKind.THESIS, True, None),
    "RPRT": (VenueKind.REPORT, True, None),
    "SLIDE": (VenueKind.TALK, True, None),
    **dict.fromkeys(("GEN", "UNPB", "ELEC", "WEB", "BLOG", "DATA", "COMP"), (VenueKind.OTHER, False, None)),
}
_TYPE_OF_KIND = {
    VenueKind.CONFERENCE: "CPAPER",
    VenueKind.WORKSHOP: "CPAPER",
    VenueKind.DEMO: "CPAPER",
    VenueKind.JOURNAL: "JOUR",
    VenueKind.PREPRINT: "JOUR",
    VenueKind.BOOK: "CHAP",
    VenueKind.THESIS: "THES",
    VenueKind.REPORT: "RPRT",
    VenueKind.TALK: "SLIDE",
    VenueKind.OTHER: "GEN",
}
_ISSN = re.compile(r"^(?:ISSN[:\s]*)?\d{4}-?\d{3}[\dX](?:\s*\(\w+\))?$", re.I)  # "0162-8828 (Print)"
_NOTE = re.compile(r"^(Status|Award|Equal contribution|Corresponding|Equal advising):\s*(.+?)\.?$")
_FLAG_NOTES = {
    "Equal contribution": "equal_contribution",
    "Corresponding": "corresponding",
    "Equal advising": "equal_advising",
}
#: rispy keys read into a `Paper` attribute; the others are kept in `extra` under `ris:<TAG>`.
_CONSUMED = frozenset(
    "type_of_reference title primary_title authors first_authors year publication_year date "
    "secondary_title journal_name alternate_title3 custom3 alternate_title1 alternate_title2 publisher "
    "volume number start_page end_page doi urls issn abstract notes_abstract notes keywords id "
    "unknown_tag".split()
)
_TAG_OF_KEY = {key: tag for tag, key in rispy.TAG_KEY_MAPPING.items()}
_CAVEAT: dict[str, Any] = {"kind": "syntax", "severity": Severity.WARNING}  # the record was still read


# ----------------------------------------------------------------------------------------------
# Reading


def _records(text: str, path: str | None) -> tuple[list[tuple[int, list[str]]], list[Problem]]:
    """The lines of each record, from its `TY` line to its `ER` line, with the `TY` line's number."""
    records: list[tuple[int, list[str]]] = []
    problems: list[Problem] = []
    current: tuple[int, list[str]] | None = None
    strays: list[tuple[int, list[str]]] = []
    last = 0
    for number, line in enumerate(text.splitlines(), start=1):
        tag = _TAG_LINE.match(line)
        if tag and tag[1] == "TY":
            if current is not None:
                problems.append(
                    Problem("record has no ER line; read up to the next TY", path, current[0], **_CAVEAT)
                )
                records.append(current)
            current = (number, [line])
        elif current is not None:
            current[1].append(line)
            if tag and tag[1] == "ER":
                records.append(current)
                current = None
        elif line.strip() and not _COUNTER.match(line):
            if not strays or last != number - 1:
                strays.append((number, []))
            strays[-1][1].append(line)
            last = number
    problems += [_stray(stray, path) for stray in strays]
    if current is not None:
        problems.append(Problem("record has no ER line at the end of the file", path, current[0], **_CAVEAT))
        records.append(current)
    return records, problems


def _stray(stray: tuple[int, list[str]], path: str | None) -> Problem:
    text = "\n".join(stray[1])
    return Problem(
        "text outside a RIS record (no TY line before it); ignored", path, stray[0], text[:300], kind="syntax"
    )


def _values(record: dict[str, Any], *keys: str) -> list[str]:
    out: list[str] = []
    for key in keys:
        value = record.get(key)
        if isinstance(value, list):
            out += [str(v).strip() for v in value if str(v).strip()]
        elif value is not None and str(value).strip():
            out.append(str(value).strip())
    return out


def _first(record: dict[str, Any], *keys: str) -> str | None:
    values = _values(record, *keys)
    return values[0] if values else None


def _pages(record: dict[str, Any]) -> str | None:
    start, end = _first(record, "start_page"), _first(record, "end_page")
    if start and end:
        return f"{start}-{end}"
    return start or end


def _fields(record: dict[str, Any], notes: list[str]) -> Fields:
    ris_type = (_first(record, "type_of_reference") or "").upper()
    kind, final, status = _KIND_OF_TYPE.get(ris_type, (VenueKind.OTHER, False, None))
    fields = Fields(kind=kind, kind_is_final=final, status=status)
    titles = _values(record, "title", "primary_title")
    fields.title = titles[0] if titles else ""
    for name in _values(record, "authors", "first_authors"):
        author = person(name)
        if author is not None:
            fields.authors.append(author)
    fields.year, fields.month = year_month(_first(record, "year", "publication_year", "date"))
    if fields.month is None:
        fields.month = year_month(_first(record, "date"))[1]
    book_title = _values(record.get("unknown_tag") or {}, "BT")  # ACM's and EndNote's book title
    fields.venue = (
        _first(record, "secondary_title", "custom3", "journal_name", "alternate_title3")
        or (book_title[0] if book_title else None)
        or _first(record, "tertiary_title")
    )
    fields.venue_short = _first(record, "alternate_title1", "alternate_title2")
    fields.publisher = _first(record, "publisher")
    if kind in (VenueKind.THESIS, VenueKind.REPORT) and not fields.venue:
        fields.venue, fields.publisher = fields.publisher, None  # the university or institution
    fields.volume, fields.number = _first(record, "volume"), _first(record, "number")
    fields.pages = _pages(record)
    fields.doi = _first(record, "doi")
    fields.links = _values(record, "urls")
    fields.abstract = _first(record, "abstract", "notes_abstract")
    fields.key = _first(record, "id")
    for issn in _values(record, "issn"):
        if not _ISSN.match(issn) and fields.isbn is None:  # SN holds an ISBN for books, an ISSN for serials
            fields.isbn = issn
        else:
            fields.extra["issn"] = joined([fields.extra.get("issn"), issn], "; ") or issn
    keywords = _values(record, "keywords")
    if keywords:
        fields.extra["keywords"] = "; ".join(keywords)
    rest = []
    flags: dict[str, list[str]] = {}
    for note in _values(record, "notes"):
        found = _NOTE.match(note)
        if found and found[1] == "Status":
            try:
                fields.status = Status(found[2].strip().lower())
            except ValueError:
                rest.append(note)
        elif found and found[1] == "Award":
            fields.awards.append(found[2].strip())
        elif found:
            flags[_FLAG_NOTES[found[1]]] = [n.strip() for n in found[2].split(";")]
        elif note == "Selected":
            fields.selected = True
        else:
            rest.append(note)
    fields.note = joined(rest, "\n")
    _flag_authors(fields, flags)
    if ris_type and ris_type not in _KIND_OF_TYPE:
        fields.extra["ris:TY"] = ris_type
    for key in record:
        if key in _CONSUMED or key not in _TAG_OF_KEY:
            continue
        fields.extra[f"ris:{_TAG_OF_KEY[key]}"] = "; ".join(_values(record, key))
    for tag, values in (record.get("unknown_tag") or {}).items():
        fields.extra[f"ris:{tag}"] = "; ".join(str(v) for v in values)
    if len(titles) > 1:
        notes.append(f"{len(titles)} titles; the first is kept, the others as extra field 'ris:T1'")
        fields.extra["ris:T1"] = "; ".join(titles[1:])
    return fields


def _flag_authors(fields: Fields, flags: dict[str, list[str]]) -> None:
    for flag, names in flags.items():
        wanted = {n for n in names if n}
        on: dict[str, Any] = {flag: True}
        fields.authors = [attrs.evolve(a, **on) if a.name in wanted else a for a in fields.authors]


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read RIS records; a record without a title, or text outside records, becomes a problem."""
    records, problems = _records(text, path)
    papers: list[Paper] = []
    for line, lines in records:
        if not _TAG_LINE.match(lines[-1]) or not lines[-1].startswith("ER"):
            lines = [*lines, "ER  - "]
        try:
            parsed = rispy.loads("\n".join(lines), enforce_list_tags=False)
        except Exception as err:  # rispy has no error type of its own: any failure is this record's
            problems.append(Problem(f"RIS record cannot be read: {err}", path, line, "\n".join(lines)[:300]))
            continue
        if len(parsed) != 1:
            problems.append(Problem("RIS record cannot be read", path, line, "\n".join(lines)[:300]))
            continue
        notes: list[str] = []
        paper, more = build(_fields(parsed[0], notes), path=path, line=line, owner=owner, untitled=True)
        problems += [Problem(n, path, line, kind="duplicate-field", severity=Severity.WARNING) for n in notes]
        problems += problems_of(paper, more, path=path, line=line, text="\n".join(lines))
        if paper is not None:
            papers.append(paper)
    problems.sort(key=lambda p: p.line or 0)
    return Bibliography(papers, problems=problems, owner=owner)


# ----------------------------------------------------------------------------------------------
# Writing


class _Writer(rispy.RisWriter):  # type: ignore[misc]
    """rispy's writer without the "1." counter lines between records."""

    def set_header(self, count: int) -> str:
        return ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _name(author: Author) -> str:
    """ "Family, Given"; a name with no given part ("AlphaFold Team") as "Family," so it stays whole."""
    if not author.given:
        return f"{author.family or author.name},"
    return ", ".join(p for p in (author.family, author.given, author.suffix) if p)


def _reference(paper: Paper, key: str) -> dict[str, Any]:
    venue = paper.venue
    kind = venue.kind if venue else VenueKind.OTHER
    ris_type = _TYPE_OF_KIND[kind]
    if venue is None and paper.status in (Status.SUBMITTED, Status.UNDER_REVIEW):
        ris_type = "UNPB"
    extra = paper.fields
    ris_type = extra.get("ris:TY", ris_type)
    ref: dict[str, Any] = {"type_of_reference": ris_type, "id": key, "title": _one_line(paper.title)}
    if paper.authors:
        ref["authors"] = [_name(a) for a in paper.authors]
    if paper.year is not None:
        ref["year"] = str(paper.year)
        if paper.month:
            ref["date"] = f"{paper.year}/{paper.month:02d}//"
    if venue is not None:
        ref["secondary_title"] = venue.name
        if venue.acronym:
            ref["alternate_title1"] = venue.acronym
        if venue.publisher:
            ref["publisher"] = venue.publisher
    for name, value in (("volume", paper.volume), ("number", paper.number)):
        if value:
            ref[name] = value
    if paper.pages:
        start, _, end = re.sub(r"\s*[-–—]+\s*", "-", paper.pages).partition("-")
        ref["start_page"] = start
        if end:
            ref["end_page"] = end
    ids = paper.identifiers
    if ids.doi:
        ref["doi"] = ids.doi
    arxiv_url = f"https://arxiv.org/abs/{ids.arxiv}" if ids.arxiv and arxiv_id(ids.url) != ids.arxiv else None
    urls = [u for u in (ids.url, arxiv_url) if u]
    if urls:
        ref["urls"] = urls
    if ids.isbn:
        ref["issn"] = ids.isbn
    elif extra.get("issn"):
        ref["issn"] = extra["issn"]
    if paper.abstract:
        ref["abstract"] = _one_line(paper.abstract)
    if extra.get("keywords"):
        ref["keywords"] = [k.strip() for k in extra["keywords"].split(";") if k.strip()]
    notes = []
    if paper.status not in (Status.PUBLISHED, Status.PREPRINT):
        notes.append(f"Status: {paper.status.value}")
    notes += [f"Award: {a.name}" for a in paper.awards]
    for label, flag in _FLAG_NOTES.items():
        names = [a.name for a in paper.authors if getattr(a, flag)]
        if names:
            notes.append(f"{label}: {'; '.join(names)}")
    if paper.selected:
        notes.append("Selected")
    notes += [f"Also at {v.label}" + (f", {v.year}" if v.year else "") for v in paper.venues[1:]]
    if paper.note:
        notes.append(_one_line(paper.note))
    if notes:
        ref["notes"] = notes
    unknown: dict[str, list[str]] = {}
    for name, value in paper.extra:
        if name.startswith("ris:") and name != "ris:TY":
            tag = name[4:]
            if tag in rispy.TAG_KEY_MAPPING and rispy.TAG_KEY_MAPPING[tag] not in ref:
                ref[rispy.TAG_KEY_MAPPING[tag]] = (
                    value.split("; ") if tag in rispy.LIST_TYPE_TAGS else _one_line(value)
                )
            elif tag not in rispy.TAG_KEY_MAPPING:
                unknown[tag] = [_one_line(value)]
    if unknown:
        ref["unknown_tag"] = unknown
    return ref


def write(
    bib: Bibliography | Iterable[Paper],
    *,
    key: Callable[[Paper], str | None] | None = None,
) -> str:
    """Write papers as RIS records (`ID` holds the same citation key the BibTeX writer makes)."""
    papers = list(bib)
    keys = citation_keys(papers, key=key)
    refs = [_reference(p, k) for p, k in zip(papers, keys, strict=True)]
    return rispy.dumps(refs, implementation=_Writer) if refs else ""
