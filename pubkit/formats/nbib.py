"""MEDLINE / PubMed `.nbib` ("Save > Format: PubMed"): tagged lines, one record per PMID; read only.

Full author names (`FAU`) are preferred to the short ones (`AU`); DOIs come from `LID` / `AID`
"[doi]" lines; MEDLINE's shortened page ranges ("1021-9") are written out ("1021-1029").
"""

from __future__ import annotations

import re

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem
from pubkit.formats._records import Fields, build, joined, person, problems_of, year_month
from pubkit.model import Author, Paper, Status, VenueKind

__all__ = ["read"]

_TAG = re.compile(r"^([A-Z][A-Z0-9]{0,3})\s*- ?(.*)$")
_CONTINUATION = re.compile(r"^\s{2,}\S")
_ID = re.compile(r"^(\S+)\s*\[(\w+)\]$")
_CONSUMED = frozenset("PMID TI AU FAU CN DP TA JT VI IP PG LID AID AB PT IS OT PL LA".split())
#: MEDLINE publication types that say what the paper is, to (kind, status).
_TYPES: dict[str, tuple[VenueKind, Status | None]] = {
    "preprint": (VenueKind.PREPRINT, Status.PREPRINT),
    "congress": (VenueKind.CONFERENCE, None),
    "technical report": (VenueKind.REPORT, None),
}


def _records(text: str, path: str | None) -> tuple[list[tuple[int, list[tuple[str, str]]]], list[Problem]]:
    """Each record's (tag, value) pairs, continuation lines joined, with the line of its first tag."""
    records: list[tuple[int, list[tuple[str, str]]]] = []
    problems: list[Problem] = []
    current: list[tuple[str, str]] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            current = None
            continue
        tag = _TAG.match(line)
        if tag and line[4:6] == "- ":
            if current is None or tag[1] == "PMID":
                current = []
                records.append((number, current))
            current.append((tag[1], tag[2].strip()))
        elif _CONTINUATION.match(line) and current:
            name, value = current[-1]
            current[-1] = (name, f"{value} {line.strip()}")
        else:
            message = "not a MEDLINE tagged line; ignored"
            problems.append(Problem(message, path, number, line[:300], kind="syntax"))
    return records, problems


def _expand_pages(pages: str) -> str:
    """MEDLINE's "1021-9" as "1021-1029"; other ranges and article numbers as they are."""
    match = re.match(r"^(\d+)-(\d+)$", pages)
    if match and len(match[2]) < len(match[1]):
        start, end = match[1], match[2]
        return f"{start}-{start[: len(start) - len(end)]}{end}"
    return pages


def _fields(pairs: list[tuple[str, str]]) -> Fields:
    values: dict[str, list[str]] = {}
    for tag, value in pairs:
        values.setdefault(tag, []).append(value)

    def one(tag: str) -> str | None:
        return values[tag][0] if values.get(tag) else None

    fields = Fields(kind=VenueKind.JOURNAL)
    title = one("TI") or ""
    fields.title = title[:-1] if title.endswith(".") and not title.endswith("..") else title
    names = values.get("FAU") or values.get("AU") or []
    for name in names:
        author = person(name)
        if author is not None:
            fields.authors.append(author)
    fields.authors += [Author(n, "", n) for n in values.get("CN", []) if n.strip()]
    fields.year, fields.month = year_month(one("DP"))
    fields.venue = one("JT")
    fields.venue_short = one("TA")
    fields.volume, fields.number = one("VI"), one("IP")
    pages = one("PG")
    fields.pages = _expand_pages(pages) if pages else None
    for value in values.get("LID", []) + values.get("AID", []):
        found = _ID.match(value)
        if found and found[2] == "doi" and fields.doi is None:
            fields.doi = found[1]
        elif found and found[2] == "pii":
            fields.extra.setdefault("pii", found[1])
    fields.abstract = one("AB")
    for kind in (t.lower() for t in values.get("PT", [])):
        if kind in _TYPES:
            fields.kind, fields.status = _TYPES[kind]
    pmid = one("PMID")
    if pmid:
        fields.extra["pmid"] = pmid
        fields.key = f"pmid{pmid}"
    for tag, name, sep in (("PT", "publication-type", "; "), ("IS", "issn", "; "), ("OT", "keywords", "; ")):
        text = joined(values.get(tag, []), sep)
        if text:
            fields.extra[name] = text
    for tag in ("PL", "LA"):
        if one(tag):
            fields.extra["publisher-place" if tag == "PL" else "language"] = one(tag) or ""
    for tag, items in values.items():
        if tag not in _CONSUMED:
            fields.extra[f"medline:{tag}"] = " | ".join(items)
    return fields


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read MEDLINE records (PubMed's .nbib or "PubMed format" .txt); each a paper or a problem."""
    records, problems = _records(text, path)
    papers: list[Paper] = []
    for line, pairs in records:
        paper, notes = build(_fields(pairs), path=path, line=line, owner=owner)
        shown = "\n".join(f"{t:<4}- {v}" for t, v in pairs[:4])
        problems += problems_of(paper, notes, path=path, line=line, text=shown)
        if paper is not None:
            papers.append(paper)
    problems.sort(key=lambda p: p.line or 0)
    return Bibliography(papers, problems=problems, owner=owner)
