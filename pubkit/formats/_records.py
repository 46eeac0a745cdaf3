"""Loose record fields to a `Paper`: the one place RIS, MEDLINE, EndNote, DBLP and ORCID readers share.

Each of those readers only knows its own syntax and tag names; it fills a `Fields` record and
`build` applies the common rules (identifiers from links, venue kind, preprint status, owner).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from pubkit.errors import Problem, Severity
from pubkit.model import (
    Author,
    Award,
    Identifiers,
    Paper,
    Source,
    Status,
    Venue,
    VenueKind,
    arxiv_id,
    month_number,
)
from pubkit.names import is_initials, split_name
from pubkit.venues import guess_kind

__all__ = ["Fields", "build", "joined", "person", "problems_of", "year_month"]

_DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\S+)$", re.IGNORECASE)
_DOI_IN_TEXT = re.compile(r"\b(10\.\d{4,9}/\S+)")
_ARXIV_IN_TEXT = re.compile(r"arxiv\s*[:/]\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z.\-]*/\d{7}(?:v\d+)?)", re.I)
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


@attrs.define
class Fields:
    """What a bibliographic record says, before the common rules turn it into a `Paper`."""

    title: str = ""
    authors: list[Author] = attrs.Factory(list)
    year: int | None = None
    month: int | None = None
    venue: str | None = None
    venue_short: str | None = None
    kind: VenueKind = VenueKind.OTHER
    """The kind the record's type names; the venue's wording refines it (`guess_kind`)."""
    kind_is_final: bool = False
    """The type alone decides (a thesis, a report), whatever the venue's wording."""
    publisher: str | None = None
    volume: str | None = None
    number: str | None = None
    pages: str | None = None
    doi: str | None = None
    arxiv: str | None = None
    isbn: str | None = None
    links: list[str] = attrs.Factory(list)
    """URLs in the record's order: DOI and arXiv links become identifiers, the first other one `url`."""
    abstract: str | None = None
    note: str | None = None
    status: Status | None = None
    awards: list[str] = attrs.Factory(list)
    selected: bool = False
    extra: dict[str, str] = attrs.Factory(dict)
    key: str | None = None


def person(text: str) -> Author | None:
    """An author from "Family, Given", "Given Family", "Family, Jr., Given" or "Family GI" (MEDLINE's
    and Scopus's "Chun S", "Sampaio de Rezende R."); None when empty.

    >>> [(a.given, a.family) for a in map(person, ["Chun S", "Sampaio de Rezende R.", "S. Chun", "Bo Li"])]
    [('S', 'Chun'), ('R.', 'Sampaio de Rezende'), ('S.', 'Chun'), ('Bo', 'Li')]
    """
    whole = text.rstrip().endswith(",")  # "AlphaFold Team,": a name with no given part, kept whole
    text = " ".join(text.split()).strip(" ,;")
    if not text:
        return None
    if whole:
        return Author(text, "", text)
    words = text.split(" ")
    if "," not in text and len(words) > 1 and is_initials(words[-1]) and not is_initials(words[0]):
        text = f"{' '.join(words[:-1])}, {words[-1]}"  # family name first, initials last
    given, family, suffix = split_name(text)
    if not family:
        given, family = "", given
    return Author.from_parts(given, family, suffix=suffix)


def year_month(text: str | None) -> tuple[int | None, int | None]:
    """Year and month from a date as records write it: "2021", "2021/05/03/", "2021 May 3", "2021-05".

    >>> year_month("2021/05/03/"), year_month("2019 Sep-Oct"), year_month("Spring 2020")
    ((2021, 5), (2019, 9), (2020, None))
    """
    if not text:
        return None, None
    match = _YEAR.search(text)
    if not match or not 0 < int(match[1]) < 10000:
        return None, None
    rest = text[match.end() :]
    month = None
    number = re.match(r"^[-/.](\d{1,2})\b", rest)
    if number:
        month = month_number(number[1])
    else:
        word = re.search(r"[A-Za-z]{3,}", rest) or re.search(r"[A-Za-z]{3,}", text[: match.start()])
        month = month_number(word[0]) if word else None
    return int(match[1]), month


def _identifiers(fields: Fields, notes: list[str], extra: dict[str, str]) -> Identifiers:
    doi, arxiv, url = fields.doi, fields.arxiv, None
    for link in fields.links:
        link = link.strip()
        found = _DOI_URL.match(link)
        if found:
            doi = doi or found[1]
        elif arxiv_id(link):
            arxiv = arxiv or arxiv_id(link)
        elif url is None and link:
            url = link
        elif link and link != url:
            extra.setdefault("links", "")
            extra["links"] = " ".join(filter(None, (extra["links"], link)))
    if doi and not arxiv:
        arxiv = arxiv_id(doi)
    if not arxiv:
        for text in (fields.venue, fields.volume, fields.number, fields.note):
            found = _ARXIV_IN_TEXT.search(text or "")
            if found:
                arxiv = found[1]
                break
    if doi:
        found = _DOI_IN_TEXT.search(doi)
        doi = found[1].rstrip(".,;") if found else doi
    identifiers = Identifiers()
    for name, value in (("doi", doi), ("arxiv", arxiv), ("url", url), ("isbn", fields.isbn)):
        try:
            identifiers = attrs.evolve(identifiers, **{name: value})
        except ValueError as err:
            notes.append(f"{name}: {err}; kept as an extra field")
            extra[name] = str(value)
    return identifiers


def _venues(fields: Fields, identifiers: Identifiers) -> list[Venue]:
    name = fields.venue or fields.venue_short
    if not name:
        return [Venue("arXiv", None, VenueKind.PREPRINT)] if fields.kind is VenueKind.PREPRINT else []
    short = fields.venue_short if fields.venue_short != name else None
    kind = fields.kind if fields.kind_is_final else guess_kind(name, fields.kind)
    if kind is VenueKind.OTHER and short:
        kind = guess_kind(short, kind)
    return [Venue(name, short, kind, publisher=fields.publisher)]


def build(
    fields: Fields,
    *,
    path: str | None,
    line: int | None = None,
    owner: str | None = None,
    untitled: bool = False,
) -> tuple[Paper | None, list[str]]:
    """The paper a record describes, and notes on what was dropped; None when it has no title (with
    `untitled`, as a format pubkit writes such citations in: unless it names authors and a journal)."""
    notes: list[str] = []
    title = " ".join(fields.title.split()).rstrip()
    if not title and not (untitled and fields.authors and (fields.venue or fields.venue_short)):
        return None, ["record has no title; skipped"]
    if not title:  # "Firsov, O. B., Zh. Eksp. Teor. Fiz. 36, 1517 (1959)": kept, as printed
        notes.append(NO_TITLE)
    extra = dict(fields.extra)
    identifiers = _identifiers(fields, notes, extra)
    venues = _venues(fields, identifiers)
    status = fields.status
    if status is None:
        preprint = bool(venues) and venues[0].kind is VenueKind.PREPRINT
        status = Status.PREPRINT if preprint else Status.PUBLISHED
    month = fields.month if fields.month is not None and 1 <= fields.month <= 12 else None
    year = fields.year if fields.year is not None and 0 < fields.year < 10000 else None
    if fields.year is not None and year is None:
        notes.append(f"year {fields.year} is out of range; ignored")
    try:
        paper = Paper(
            title,
            fields.authors,
            venues,
            year,
            status,
            [Award(a) for a in fields.awards if a.strip()],
            identifiers,
            source=Source(path, line, key=fields.key),
            volume=fields.volume,
            number=fields.number,
            pages=fields.pages,
            month=month,
            abstract=fields.abstract,
            note=fields.note,
            selected=fields.selected,
            extra=extra,
        )
    except (ValueError, TypeError) as err:
        return None, [*notes, str(err)]
    return (paper.with_owner(owner) if owner else paper), notes


#: The note on a record that names authors and a journal but no title (physics' and chemistry's
#: citations print none): read with an empty title.
NO_TITLE = "prints no title: read as a citation without one"


def note_kind(note: str) -> str:
    """The `Problem.kind` of a reader's note on a paper it read."""
    return "no-title" if note.endswith(NO_TITLE) else "invalid-field"


def problems_of(
    paper: Paper | None,
    notes: list[str],
    *,
    path: str | None,
    line: int | None = None,
    item: int | None = None,
    text: str = "",
) -> list[Problem]:
    """`build`'s notes as problems: caveats on a paper read (warnings), or why a record was lost (error)."""
    out = [
        Problem(n, path, line, "", item, kind=note_kind(n), severity=Severity.WARNING)
        for n in (notes if paper is not None else notes[:-1])
    ]
    if paper is None and notes:
        out.append(Problem(notes[-1], path, line, text[:300], item))
    return out


def joined(values: Iterable[str | None], sep: str = " ") -> str | None:
    """Non-empty values joined, or None."""
    text = sep.join(v.strip() for v in values if v and v.strip())
    return text or None
