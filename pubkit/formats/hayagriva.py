"""Hayagriva YAML, Typst's bibliography format: one entry per paper, under the BibTeX writer's key made
citable in Typst (`conf/x+y` becomes `conf-x-y`).

Conference and journal papers get a `parent` (proceedings / periodical) holding the venue; DOI, arXiv
id and ISBN go under `serial-number`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pubkit.bibliography import Bibliography
from pubkit.formats._latex import citation_keys
from pubkit.formats._out import YamlValue, date_text, yaml_document
from pubkit.model import Author, Paper, Status, VenueKind

__all__ = ["write"]

_NOT_LABEL = re.compile(r"[^\w.:-]")  # what a Typst label (`@key`, `<key>`) cannot hold
_FORMATTING = re.compile(r"([\\{}$])")  # verbatim braces, math and escapes in Hayagriva's text fields
_ABSOLUTE_URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.I)  # Hayagriva refuses relative URLs

#: Venue kind to (entry type, parent type); no parent type means the venue is the publisher.
_TYPES: dict[VenueKind, tuple[str, str | None]] = {
    VenueKind.CONFERENCE: ("article", "proceedings"),
    VenueKind.WORKSHOP: ("article", "proceedings"),
    VenueKind.DEMO: ("article", "proceedings"),
    VenueKind.JOURNAL: ("article", "periodical"),
    VenueKind.PREPRINT: ("article", "repository"),
    VenueKind.BOOK: ("chapter", "book"),
    VenueKind.THESIS: ("thesis", None),
    VenueKind.REPORT: ("report", None),
    VenueKind.TALK: ("performance", "conference"),
    VenueKind.OTHER: ("misc", "misc"),
}


def _text(value: str) -> str:
    """Text as itself: Hayagriva reads `{...}` as verbatim and `$...$` as math, `\\` escapes.

    >>> _text("{LGBT}+ $x$")
    '\\\\{LGBT\\\\}+ \\\\$x\\\\$'
    """
    return _FORMATTING.sub(r"\\\1", value)


def _name(author: Author) -> str:
    if not author.family or not author.given:
        return author.name
    return ", ".join(p for p in (author.family, author.given, author.suffix) if p)


def entry(paper: Paper) -> dict[str, YamlValue]:
    """One Hayagriva entry."""
    venue = paper.venue
    kind = venue.kind if venue else VenueKind.OTHER
    entry_type, parent_type = _TYPES[kind]
    item: dict[str, YamlValue] = {"type": entry_type, "title": _text(paper.title)}
    if paper.authors:
        item["author"] = [_name(a) for a in paper.authors]
    date = date_text(paper)
    if date:
        item["date"] = date
    for name, value in (("volume", paper.volume), ("issue", paper.number), ("page-range", paper.pages)):
        if value:
            item[name] = value
    ids = paper.identifiers
    serial = {k: v for k, v in (("doi", ids.doi), ("arxiv", ids.arxiv), ("isbn", ids.isbn)) if v}
    if serial:
        item["serial-number"] = serial
    if ids.url and _ABSOLUTE_URL.match(ids.url):
        item["url"] = ids.url
    elif ids.arxiv:
        item["url"] = f"https://arxiv.org/abs/{ids.arxiv}"
    if paper.status is not Status.PUBLISHED and paper.status is not Status.PREPRINT:
        item["note"] = paper.status.value.replace("-", " ")
    if venue is not None:
        if parent_type is None:
            item["organization"] = _text(venue.name)
        else:
            parent: dict[str, YamlValue] = {"type": parent_type, "title": _text(venue.name)}
            if venue.publisher:
                parent["publisher"] = _text(venue.publisher)
            item["parent"] = parent
    if paper.abstract:
        item["abstract"] = _text(paper.abstract)
    return item


def _labels(keys: list[str]) -> list[str]:
    """Citation keys Typst can cite as `@key`: other characters become `-`, still unique."""
    out: list[str] = []
    taken: set[str] = set()
    for key in keys:
        label = _NOT_LABEL.sub("-", key)
        candidate, number = label, 1
        while candidate in taken:
            number += 1
            candidate = f"{label}-{number}"
        taken.add(candidate)
        out.append(candidate)
    return out


def write(bib: Bibliography | Iterable[Paper], *, key: Callable[[Paper], str | None] | None = None) -> str:
    """A Hayagriva file: `key: entry` for every paper."""
    papers = list(bib)
    keys = _labels(citation_keys(papers, key=key))
    return yaml_document({k: entry(p) for p, k in zip(papers, keys, strict=True)}) if papers else "{}\n"
