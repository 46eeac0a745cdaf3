"""Web of Science plain-text export (`.ciw`, "Plain text file"): two-letter tagged records; read only.

A record runs from its `PT` line to its `ER` line; a value goes on over lines indented by three
spaces. Full names (`AF`) are preferred to the short ones (`AU`) in `AU`'s order; `RP` marks the
corresponding authors; the year falls back to the early access date (`EA`) of papers not yet in an
issue. Tags pubkit has no attribute for (`C1`, `CR`, `TC`, `OI`...) are kept in `extra` as `wos:TAG`.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any

import attrs

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem, Severity
from pubkit.formats._records import Fields, build, joined, person, problems_of, year_month
from pubkit.model import Author, Paper, VenueKind, month_number
from pubkit.names import fold, initials_key

__all__ = ["read"]

_TAG_LINE = re.compile(r"([A-Z][A-Z0-9])(?: (.*))?")  # fullmatch: "TI A title", "ER", "JI "
_CONTINUATION = re.compile(r"[ \t]+\S")  # WoS indents by three spaces; converters vary
_MONTH_WORD = re.compile(r"[A-Za-z]{3,}")
_CORRESPONDING = re.compile(r"\((?:corresponding|reprint) author\)", re.IGNORECASE)
#: Tags outside records: the file's name and version, a record's end and the file's end.
_OUTSIDE = frozenset({"FN", "VR", "EF", "ER"})
#: Tags whose lines are one item each (an author, an address, a cited reference); other tags' lines
#: are one text wrapped.
_ITEM_TAGS = frozenset("AU AF BA BF BE CA GP C1 C3 CR RP".split())
#: `PT` publication types to (kind, kind is final).
_KIND_OF_TYPE: dict[str, tuple[VenueKind, bool]] = {
    "J": (VenueKind.JOURNAL, False),
    "C": (VenueKind.CONFERENCE, False),
    "B": (VenueKind.BOOK, False),
    "S": (VenueKind.BOOK, False),  # a book in a series, or a series of proceedings (see `DT`)
    "P": (VenueKind.OTHER, True),  # a patent
}
#: `DT` document types that say what a book or series record is ("Proceedings Paper" in LNCS).
_KIND_OF_DOCUMENT = {
    "proceedings paper": VenueKind.CONFERENCE,
    "meeting abstract": VenueKind.CONFERENCE,
    "book chapter": VenueKind.BOOK,
}
#: Tags read into a `Paper` attribute (or an `extra` field with a common name); the rest are `wos:TAG`.
_CONSUMED = frozenset(
    "PT AU AF CA TI SO SE CT CY CL PY PD VL IS BP EP AR DI PM SN EI BN DT AB DE LA PU PI BE JI J9".split()
)
_NAME_MAX = 200  # a longer "name" is junk: compared by its start only
_CAVEAT: dict[str, Any] = {"kind": "syntax", "severity": Severity.WARNING}  # the record was still read


@attrs.define
class _Record:
    """One record's tags in order, each with its values (a value's lines in order), and where it starts."""

    line: int
    tags: dict[str, list[list[str]]] = attrs.Factory(dict)
    last: list[str] | None = None

    def add(self, tag: str, value: str) -> None:
        self.last = [value.strip()]
        self.tags.setdefault(tag, []).append(self.last)

    def one(self, tag: str) -> str | None:
        """A text tag's first value, its lines joined."""
        values = self.tags.get(tag)
        return joined(values[0]) if values else None

    def items(self, tag: str) -> list[str]:
        """An item tag's values, one a line."""
        return [line for value in self.tags.get(tag, []) for line in value if line]

    def text(self) -> str:
        """The record's first tags, as a problem shows them."""
        return "\n".join(f"{t} {self.one(t) or ''}"[:100] for t in list(self.tags)[:4])


def _stray(number: int, lines: list[str], path: str | None, where: str) -> Problem:
    text = "\n".join(lines)
    message = f"not a Web of Science tag line {where}; ignored"
    return Problem(message, path, number, text[:300], kind="syntax")


def _records(text: str, path: str | None) -> tuple[list[_Record], list[Problem]]:
    """The records from `PT` to `ER`, and problems for lines that are neither tags nor continuations."""
    records: list[_Record] = []
    problems: list[Problem] = []
    current: _Record | None = None
    strays: list[tuple[int, list[str], str]] = []
    header = ended = in_run = False  # in_run: a stray line since the last tag or continuation line
    for number, line in enumerate(text.splitlines(), start=1):
        if number == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue  # a blank line begins and ends nothing: not a record, not a run of junk
        tag = _TAG_LINE.fullmatch(line)
        name = tag[1] if tag else ""
        if name == "PT" or (tag and current is None and name not in _OUTSIDE):
            if current is not None:
                problems.append(
                    Problem("record has no ER line; read up to the next PT", path, current.line, **_CAVEAT)
                )
            if name != "PT":
                problems.append(
                    Problem("record has no PT line; read from its first tag", path, number, **_CAVEAT)
                )
            current = _Record(number)
            records.append(current)
            ended = False
        if tag and name in _OUTSIDE:
            if current is not None and name != "ER":
                message = f"record has no ER line; read up to the {name} line"
                problems.append(Problem(message, path, current.line, **_CAVEAT))
            current = None
            header = header or name == "FN"
            ended = name == "EF"
        elif tag and current is not None:
            current.add(name, tag[2] or "")
        elif current is not None and current.last is not None and _CONTINUATION.match(line):
            current.last.append(line.strip())
        else:
            if not in_run:  # one problem for a run of junk lines, with its first lines shown
                where = (
                    "inside a record" if current is not None else "outside a record (no PT line before it)"
                )
                strays.append((number, [], where))
            if len(strays[-1][1]) < 3:
                strays[-1][1].append(line[:300])
            in_run = True
            continue
        in_run = False
    problems += [_stray(number, lines, path, where) for number, lines, where in strays]
    if current is not None:
        problems.append(
            Problem("record has no ER line at the end of the file", path, current.line, **_CAVEAT)
        )
    elif header and not ended and records:
        message = "the export has no EF line at its end: it may be cut short"
        problems.append(Problem(message, path, records[-1].line, **_CAVEAT))
    return records, problems


def _family(name: str) -> str:
    return fold(name.partition(",")[0][:_NAME_MAX]).strip()


def _key(name: str) -> str:
    """A short name as `AU` and `RP` print it, compared without case, accents, dots or spacing."""
    return " ".join(fold(name[:_NAME_MAX]).replace(".", " ").replace(",", " , ").split())


def _full_names(short: list[str], full: list[str]) -> list[str]:
    """`AF`'s names in `AU`'s order; a short name with no full name of its family stays short."""
    if not short or not full or len(full) == len(short):
        return full or short
    pool: dict[str, deque[str]] = {}
    for name in full:
        pool.setdefault(_family(name), deque()).append(name)
    out = []
    for name in short:
        same = pool.get(_family(name))
        out.append(same.popleft() if same else name)
    return out


def _corresponding(rp: str | None) -> list[str]:
    """The short names `RP` marks: "Aguirre, M (corresponding author), Univ ...; Tanaka, H (...)"."""
    pieces = _CORRESPONDING.split(rp or "")
    return [piece.rpartition(";")[2][:_NAME_MAX].strip() for piece in pieces[:-1] if piece.strip()]


def _authors(record: _Record) -> list[Author]:
    """`AF` (else `AU`, else the book's `BF` / `BA`) as authors, `RP`'s marked, then `CA` groups."""
    short = record.items("AU") or record.items("BA")
    full = record.items("AF") or ([] if record.items("AU") else record.items("BF"))
    names = _full_names(short, full)
    marked = _corresponding(joined(record.items("RP"), "; "))
    exact, loose = {_key(n) for n in marked}, {initials_key(n) for n in marked}
    authors = []
    for index, name in enumerate(names):
        author = person(name)
        if author is None:
            continue
        if short and marked:  # the short name as RP prints it; without one, family and first initial
            flag = _key(short[index]) in exact
        else:
            flag = bool(marked) and author.initials_key in loose
        authors.append(attrs.evolve(author, corresponding=True) if flag else author)
    return authors + [Author(n, "", n) for n in record.items("CA")]


def _kind(record: _Record) -> tuple[VenueKind, bool]:
    """The kind `PT` names; `DT` refines a book or series record ("Proceedings Paper" in LNCS)."""
    publication = (record.one("PT") or "")[:1].upper()
    kind, final = _KIND_OF_TYPE.get(publication, (VenueKind.OTHER, False))
    if publication != "J":
        for document in (record.one("DT") or "").split(";"):
            kind = _KIND_OF_DOCUMENT.get(document.strip().lower(), kind)
    return kind, final


def _dates(record: _Record) -> tuple[int | None, int | None]:
    """Year from `PY`, else the early access date (`EA` "JAN 2025", `EY`); month from `PD` ("JUL 5")."""
    year, month = year_month(record.one("PY"))
    published = record.one("PD")
    if published and month is None:
        word = _MONTH_WORD.search(published)
        month = (month_number(word[0]) if word else None) or year_month(published)[1]
    if year is None:
        year, early = year_month(record.one("EA"))
        month = month or early
        year = year or year_month(record.one("EY"))[0]
    return year, month


def _fields(record: _Record) -> Fields:
    kind, final = _kind(record)
    one = record.one
    fields = Fields(kind=kind, kind_is_final=final)
    fields.title = one("TI") or ""
    fields.authors = _authors(record)
    fields.year, fields.month = _dates(record)
    fields.venue = one("SO") or one("CT") or one("SE")
    fields.venue_short = one("JI") or one("J9")
    fields.publisher = one("PU")
    fields.volume, fields.number = one("VL"), one("IS")
    start, end, article = one("BP"), one("EP"), one("AR")
    fields.pages = joined([start, end], "-") if start or end else article
    fields.doi = one("DI")
    isbn = one("BN")
    fields.isbn = isbn.split(";")[0].strip() if isbn else None
    fields.abstract = one("AB")
    fields.key = one("UT")
    for name, value in (
        ("pmid", one("PM")),
        ("issn", joined([one("SN"), one("EI")], "; ")),
        ("editor", joined(record.items("BE"), " and ")),
        ("series", one("SE") if fields.venue != one("SE") else None),
        ("event-title", one("CT") if fields.venue != one("CT") else None),
        ("event-date", one("CY")),
        ("event-place", one("CL")),
        ("publication-type", one("DT")),
        ("keywords", one("DE")),
        ("language", one("LA")),
        ("publisher-place", one("PI")),
    ):
        if value:
            fields.extra[name] = value
    kept = {
        "PT": (one("PT") or "")[:1].upper() not in _KIND_OF_TYPE,
        "AR": bool(start or end),
        "BN": ";" in (isbn or ""),
        "J9": fields.venue_short != one("J9"),
    }
    for tag, values in record.tags.items():
        if tag in _CONSUMED and not kept.get(tag) and len(values) == 1:
            continue
        if tag in _ITEM_TAGS:
            text = joined(record.items(tag), " | ")
        else:
            text = joined((joined(v) for v in values), " | ")
        if text:
            fields.extra[f"wos:{tag}"] = text
    return fields


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read a Web of Science plain-text export; each record is a paper or a problem at its `PT` line."""
    records, problems = _records(text, path)
    papers: list[Paper] = []
    for record in records:
        for tag, values in record.tags.items():
            if len(values) > 1 and tag not in _ITEM_TAGS:
                message = (
                    f"tag {tag} given {len(values)} times; the first value is read, all kept as 'wos:{tag}'"
                )
                problems.append(
                    Problem(message, path, record.line, kind="duplicate-field", severity=Severity.WARNING)
                )
        paper, notes = build(_fields(record), path=path, line=record.line, owner=owner)
        problems += problems_of(paper, notes, path=path, line=record.line, text=record.text())
        if paper is not None:
            papers.append(paper)
    if not records and not problems and text.strip():
        problems.append(
            Problem("no Web of Science records (PT ... ER) in the input", path, 1, kind="no-entries")
        )
    problems.sort(key=lambda p: p.line or 0)
    return Bibliography(papers, problems=problems, owner=owner)
