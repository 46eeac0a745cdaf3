"""CSL-JSON: the citeproc / pandoc / Zotero item format, read and written losslessly.

Output validates against the CSL-JSON schema v1.0.2; what CSL has no variable for (equal
contribution, owner, awards, status, venue acronym and kind, extra fields) goes under `custom`
and is read back. See docs/formats.md for the mapping.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem, Severity
from pubkit.formats._latex import PROTECT_KEY, citation_keys, needs_protection, remember_phrases
from pubkit.formats._records import NO_TITLE, note_kind
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
from pubkit.venues import guess_kind

__all__ = ["read", "write"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: `Paper.extra` keys with this prefix hold CSL variables pubkit has no attribute for (as JSON).
CSL_PREFIX = "csl:"
#: The `Paper.extra` key holding a title's CSL rich text (with `<i>`, `<sup>` markup), as JSON.
RICH_TITLE_KEY = "csl:title"

#: The CSL item type of each venue kind (Hugo Blox's publication types are these too).
TYPE_OF_KIND = {
    VenueKind.CONFERENCE: "paper-conference",
    VenueKind.WORKSHOP: "paper-conference",
    VenueKind.DEMO: "paper-conference",
    VenueKind.JOURNAL: "article-journal",
    VenueKind.PREPRINT: "article",
    VenueKind.BOOK: "chapter",
    VenueKind.THESIS: "thesis",
    VenueKind.REPORT: "report",
    VenueKind.TALK: "speech",
    VenueKind.OTHER: "document",
}
_KIND_OF_TYPE = {
    "paper-conference": VenueKind.CONFERENCE,
    "article-journal": VenueKind.JOURNAL,
    "article-magazine": VenueKind.JOURNAL,
    "article-newspaper": VenueKind.JOURNAL,
    "periodical": VenueKind.JOURNAL,
    "review": VenueKind.JOURNAL,
    "article": VenueKind.PREPRINT,
    "chapter": VenueKind.BOOK,
    "book": VenueKind.BOOK,
    "collection": VenueKind.BOOK,
    "thesis": VenueKind.THESIS,
    "report": VenueKind.REPORT,
    "speech": VenueKind.TALK,
    "event": VenueKind.TALK,
}
_CSL_STATUS = {
    Status.ACCEPTED: "forthcoming",
    Status.SUBMITTED: "submitted",
    Status.UNDER_REVIEW: "under review",
}
_STATUS_OF_CSL = {
    "forthcoming": Status.ACCEPTED,
    "in press": Status.ACCEPTED,
    "accepted": Status.ACCEPTED,
    "submitted": Status.SUBMITTED,
    "under review": Status.UNDER_REVIEW,
    "preprint": Status.PREPRINT,
}
_FLAGS = (
    ("equal-contribution", "equal_contribution"),
    ("corresponding", "corresponding"),
    ("equal-advising", "equal_advising"),
    ("owner", "is_owner"),
)
_MARKUP = re.compile(r"</?(?:i|b|sup|sub|span(?:\s+[^>]*)?)>")
_NOCASE = re.compile(r'<span class="nocase">([^<]*)</span>')
_ARXIV_NUMBER = re.compile(r"^\s*arxiv\s*:\s*(\S+)\s*$", re.IGNORECASE)
_KNOWN = _words(
    "id type title author issued container-title container-title-short journalAbbreviation "
    "event-title event publisher volume issue page DOI URL ISBN number abstract note status custom "
    "citation-key"
)

# ----------------------------------------------------------------------------------------------
# Writing


def _name(author: Author) -> dict[str, str]:
    if not author.family and not author.given:
        return {"literal": author.name}
    out = {"family": author.family or author.name}
    if author.given:
        out["given"] = author.given
    if author.suffix:
        out["suffix"] = author.suffix
    return out


def _venue_dict(venue: Venue) -> dict[str, Any]:
    out: dict[str, Any] = {"name": venue.name, "kind": venue.kind.value}
    if venue.acronym:
        out["acronym"] = venue.acronym
    if venue.publisher:
        out["publisher"] = venue.publisher
    if venue.year is not None:
        out["year"] = venue.year
    return out


def _item(paper: Paper, key: str) -> dict[str, Any]:
    venue = paper.venue
    kind = venue.kind if venue else VenueKind.OTHER
    ids = paper.identifiers
    preprint = paper.status is Status.PREPRINT or kind is VenueKind.PREPRINT
    if preprint:
        csl_type = "article"
    elif venue is None and paper.status in (Status.SUBMITTED, Status.UNDER_REVIEW):
        csl_type = "manuscript"
    else:
        csl_type = TYPE_OF_KIND[kind]
    item: dict[str, Any] = {"id": key, "type": csl_type, "title": _rich_title(paper)}
    if paper.authors:
        item["author"] = [_name(a) for a in paper.authors]
    if paper.year is not None:
        item["issued"] = {"date-parts": [[paper.year, paper.month] if paper.month else [paper.year]]}
    custom: dict[str, Any] = {"status": paper.status.value}
    if paper.month is not None and paper.year is None:
        custom["month"] = paper.month  # CSL dates start with the year
    if venue is not None:
        if kind in (VenueKind.THESIS, VenueKind.REPORT):
            item["publisher"] = venue.name
        else:
            item["container-title"] = venue.name
            if venue.publisher:
                item["publisher"] = venue.publisher
        if venue.acronym:
            item["container-title-short"] = venue.acronym
        custom["venues"] = [_venue_dict(v) for v in paper.venues]
    for name, value in (("volume", paper.volume), ("issue", paper.number), ("page", paper.pages)):
        if value:
            item[name] = value
    if ids.doi:
        item["DOI"] = ids.doi
    if ids.url:
        item["URL"] = ids.url
    if ids.isbn:
        item["ISBN"] = ids.isbn
    if ids.arxiv:
        custom["arxiv"] = ids.arxiv
        if preprint:
            item["number"] = f"arXiv:{ids.arxiv}"
            if not ids.url:
                item["URL"] = f"https://arxiv.org/abs/{ids.arxiv}"
                custom["url-from-arxiv"] = True
    if paper.abstract:
        item["abstract"] = paper.abstract
    if paper.note:
        item["note"] = paper.note
    if paper.status in _CSL_STATUS:
        item["status"] = _CSL_STATUS[paper.status]
    for label, flag in _FLAGS:
        marked = [i for i, a in enumerate(paper.authors, start=1) if getattr(a, flag)]
        if marked:
            custom[label] = marked
    if paper.awards:
        custom["awards"] = [a.name for a in paper.awards]
    if paper.selected:
        custom["selected"] = True
    others: dict[str, str] = {}
    for name, value in paper.extra:
        if name == RICH_TITLE_KEY:
            continue
        if name.startswith(CSL_PREFIX) and name[len(CSL_PREFIX) :] not in _KNOWN:
            try:
                item[name[len(CSL_PREFIX) :]] = json.loads(value)
            except ValueError:
                item[name[len(CSL_PREFIX) :]] = value
        else:
            others[name] = value
    if others:
        custom["extra"] = others
    item["custom"] = custom
    return item


def write(
    bib: Bibliography | Iterable[Paper],
    *,
    key: Callable[[Paper], str | None] | None = None,
    indent: int | None = 2,
) -> str:
    """Write papers as a CSL-JSON array; ids are the same citation keys the BibTeX writer makes."""
    papers = list(bib)
    keys = citation_keys(papers, key=key)
    items = [_item(p, k) for p, k in zip(papers, keys, strict=True)]
    return json.dumps(items, ensure_ascii=False, indent=indent) + "\n"


# ----------------------------------------------------------------------------------------------
# Reading


def _flag(name: str) -> dict[str, Any]:
    return {name: True}


def _text(item: dict[str, Any], name: str, problems: list[str]) -> str | None:
    value = item.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        problems.append(f"{name!r} should be a string, got {type(value).__name__}; ignored")
        return None
    text = str(value).strip()
    return text or None


def _rich_title(paper: Paper) -> str:
    """The title as CSL rich text: the markup it was read with (`<i>k</i>-optimality`) while the text is
    unchanged; otherwise the plain title, with a `<` that would read as markup escaped."""
    rich = paper.fields.get(RICH_TITLE_KEY)
    if rich is not None:
        try:
            value = json.loads(rich)
        except ValueError:
            value = None
        if isinstance(value, str) and _plain_title(value)[0] == paper.title:
            return value
    if _MARKUP.search(paper.title) or ("&" in paper.title and html.unescape(paper.title) != paper.title):
        return html.escape(paper.title, quote=False)
    return paper.title


def _plain_title(title: str) -> tuple[str, list[str]]:
    """A CSL rich-text title without its HTML-like markup, and the words marked `nocase`."""
    protected = [html.unescape(m) for m in _NOCASE.findall(title)]
    text = html.unescape(_MARKUP.sub("", title))
    return " ".join(text.split()), [p for p in protected if p.strip() and not needs_protection(p)]


def _authors(value: Any, problems: list[str]) -> list[Author]:
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(f"'author' should be a list of names, got {type(value).__name__}; ignored")
        return []
    authors = []
    for index, name in enumerate(value):
        if not isinstance(name, dict):
            problems.append(f"author {index + 1} should be an object, got {type(name).__name__}; skipped")
            continue
        parts = {k: str(v).strip() for k, v in name.items() if isinstance(v, (str, int, float))}
        literal = parts.get("literal")
        family = " ".join(
            p
            for p in (parts.get("dropping-particle"), parts.get("non-dropping-particle"), parts.get("family"))
            if p
        )
        given = parts.get("given", "")
        if literal and not family:
            authors.append(Author(literal, "", literal))
        elif family or given:
            authors.append(
                Author.from_parts(given if family else "", family or given, suffix=parts.get("suffix", ""))
            )
        else:
            problems.append(f"author {index + 1} has no name; skipped")
    return authors


def _date(value: Any, problems: list[str]) -> tuple[int | None, int | None]:
    if value is None:
        return None, None
    if isinstance(value, (str, int)):
        value = {"raw": str(value)}
    if not isinstance(value, dict):
        problems.append(f"'issued' should be a date object, got {type(value).__name__}; ignored")
        return None, None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            year = int(str(parts[0][0]).strip())
            month = int(str(parts[0][1]).strip()) if len(parts[0]) > 1 and str(parts[0][1]).strip() else None
        except ValueError:
            problems.append(f"'issued' date-parts {parts[0]!r} are not numbers; ignored")
            return None, None
        if not 0 < year < 10000:
            problems.append(f"'issued' year {year} is out of range; ignored")
            return None, None
        if month is not None and not 1 <= month <= 12:
            problems.append(f"'issued' month {month} is out of range; ignored")
            month = None
        return year, month
    for field in ("raw", "literal"):
        text = value.get(field)
        if isinstance(text, str) and text.strip():
            return _parse_date_text(text, problems)
    if parts is not None:
        problems.append("'issued' has malformed date-parts; ignored")
    return None, None


def _json_int(digits: str) -> int | str:
    """A JSON integer; one too long for a number anyone means (a 5,000-digit volume) stays text."""
    return int(digits) if len(digits) <= 30 else digits


def _parse_date_text(text: str, problems: list[str]) -> tuple[int | None, int | None]:
    match = re.search(r"(?<!\d)(\d{4})(?:[-/](\d{1,2}))?(?!\d)", text)
    if not match:
        problems.append(f"'issued' {text[:40]!r} holds no year; ignored")
        return None, None
    year = int(match[1])
    month = int(match[2]) if match[2] and 1 <= int(match[2]) <= 12 else None
    if month is None:
        word = re.search(r"\b([A-Za-z]{3})[a-z]*\.?\b", text)
        if word:
            month = month_number(word[1])
    return year, month


def _custom_venues(value: Any, problems: list[str]) -> list[Venue] | None:
    """pubkit's own venue records under `custom`; None (with a note) when they are not well formed."""
    if value is None:
        return None
    if not isinstance(value, list):
        problems.append("custom 'venues' should be a list; read the venue from container-title")
        return None
    venues = []
    for entry in value:
        texts = ("name", "acronym", "publisher", "kind")
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k, ""), (str, type(None))) for k in texts
        ):
            problems.append("custom 'venues' holds a malformed venue; read the venue from container-title")
            return None
        try:
            kind = VenueKind(entry.get("kind", "other"))
            year = entry.get("year")
            venues.append(
                Venue(
                    entry.get("name", ""),
                    entry.get("acronym"),
                    kind,
                    publisher=entry.get("publisher"),
                    year=year if isinstance(year, int) else None,
                )
            )
        except (ValueError, TypeError) as err:
            problems.append(f"custom 'venues': {err}; read the venue from container-title")
            return None
    return venues


def _flag_list(value: Any) -> set[int]:
    if isinstance(value, bool):
        return set()
    if isinstance(value, int):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, int) and not isinstance(v, bool)}
    return set()


def _item_to_paper(
    item: dict[str, Any], index: int, path: str | None, owner: str | None
) -> tuple[Paper | None, list[str]]:
    notes: list[str] = []
    rich = _text(item, "title", notes) or ""
    title, protected = _plain_title(rich)
    if not title and not (
        item.get("author") and (item.get("container-title") or item.get("container-title-short"))
    ):
        return None, [*notes, "item has no title; skipped"]
    if not title:  # a citation that prints none: kept, as printed
        notes.append(NO_TITLE)
    custom = item.get("custom")
    if custom is not None and not isinstance(custom, dict):
        notes.append(f"'custom' should be an object, got {type(custom).__name__}; ignored")
        custom = None
    custom = custom or {}
    authors = _authors(item.get("author"), notes)
    for label, flag in _FLAGS:
        marked = _flag_list(custom.get(label))
        authors = [
            attrs.evolve(a, **_flag(flag)) if i in marked else a for i, a in enumerate(authors, start=1)
        ]
    year, month = _date(item.get("issued"), notes)
    if month is None and isinstance(custom.get("month"), int) and 1 <= custom["month"] <= 12:
        month = custom["month"]
    csl_type = item.get("type") if isinstance(item.get("type"), str) else None
    if "type" in item and csl_type is None:
        notes.append("'type' should be a string; ignored")

    number = _text(item, "number", notes)
    url = _text(item, "URL", notes)
    doi = _text(item, "DOI", notes)
    arxiv = custom.get("arxiv") if isinstance(custom.get("arxiv"), str) else None
    number_arxiv = _ARXIV_NUMBER.match(number or "")
    if arxiv is None and number_arxiv:
        arxiv = number_arxiv[1]
    if arxiv is None:
        arxiv = arxiv_id(url) or arxiv_id(doi)
    if custom.get("url-from-arxiv") is True:
        url = None
    extra: dict[str, str] = {}
    identifiers = Identifiers()
    for name, value in (("doi", doi), ("arxiv", arxiv), ("url", url), ("isbn", _text(item, "ISBN", notes))):
        try:
            identifiers = attrs.evolve(identifiers, **{name: value})
        except ValueError as err:
            notes.append(f"{name}: {err}; kept as an extra field")
            extra[name] = str(value)

    venues = _custom_venues(custom.get("venues"), notes)
    status_value = custom.get("status")
    status = None
    if isinstance(status_value, str):
        try:
            status = Status(status_value)
        except ValueError:
            notes.append(f"custom status {status_value!r} unknown; ignored")
    if status is None:
        csl_status = _text(item, "status", notes)
        status = _STATUS_OF_CSL.get((csl_status or "").lower())
    if venues is None:
        venues = []
        event = _text(item, "event-title", notes) or _text(item, "event", notes)  # "event": CSL 1.0.1
        venue_name = _text(item, "container-title", notes) or event
        if not venue_name and csl_type in ("thesis", "report"):
            venue_name = _text(item, "publisher", notes)
        publisher = _text(item, "publisher", notes) if csl_type not in ("thesis", "report") else None
        acronym = _text(item, "container-title-short", notes) or _text(item, "journalAbbreviation", notes)
        if not venue_name and (number_arxiv or (publisher or "").lower() == "arxiv"):
            venue_name, publisher = "arXiv", None
        if venue_name:
            kind = guess_kind(venue_name, _KIND_OF_TYPE.get(csl_type or "", VenueKind.OTHER))
            if csl_type in ("thesis", "report", "speech"):
                kind = _KIND_OF_TYPE[csl_type]
            venues.append(Venue(venue_name, acronym, kind, publisher=publisher))
        if event and event != venue_name:  # an event beside a container title: kept, not dropped
            extra[CSL_PREFIX + "event-title"] = json.dumps(event, ensure_ascii=False)
    if status is None:
        preprint = (venues and venues[0].kind is VenueKind.PREPRINT) or (
            csl_type == "article" and arxiv and not venues
        )
        status = Status.PREPRINT if preprint else Status.PUBLISHED

    awards = custom.get("awards", [])
    if not isinstance(awards, list):
        notes.append("custom 'awards' should be a list; ignored")
        awards = []
    if protected:
        extra[PROTECT_KEY] = remember_phrases(protected)
    if _MARKUP.search(rich):  # <i>k</i>-optimality: the markup is kept for CSL output
        extra[RICH_TITLE_KEY] = json.dumps(rich, ensure_ascii=False)
    others = custom.get("extra", {})
    if isinstance(others, dict):
        extra.update({str(k): str(v) for k, v in others.items()})
    for name, value in item.items():
        if name not in _KNOWN and value is not None:
            extra[CSL_PREFIX + name] = json.dumps(value, ensure_ascii=False, sort_keys=True)
    item_id = item.get("id")
    try:
        paper = Paper(
            title,
            authors,
            venues,
            year,
            status,
            [Award(str(a)) for a in awards if str(a).strip()],
            identifiers,
            source=Source(path, None, key=str(item_id) if item_id is not None else None),
            volume=_text(item, "volume", notes),
            number=_text(item, "issue", notes) or (number if number and not number_arxiv else None),
            pages=_text(item, "page", notes),
            month=month,
            abstract=_text(item, "abstract", notes),
            note=_text(item, "note", notes),
            selected=custom.get("selected") is True,
            extra=extra,
        )
    except (ValueError, TypeError) as err:
        return None, [*notes, str(err)]
    return (paper.with_owner(owner) if owner else paper), notes


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read a CSL-JSON array (Zotero, pandoc, citeproc-js); bad items become problems with their index."""
    try:
        data = json.loads(text, parse_int=_json_int)
    except RecursionError:
        problem = Problem("JSON nested too deeply to be CSL-JSON; nothing read", path=path, kind="syntax")
        return Bibliography(problems=[problem], owner=owner)
    except json.JSONDecodeError as err:
        problem = Problem(
            f"not valid JSON: {err.msg}",
            path=path,
            line=err.lineno,
            text=text[err.pos : err.pos + 80],
            kind="syntax",
        )
        return Bibliography(problems=[problem], owner=owner)
    problems: list[Problem] = []
    if isinstance(data, dict) and ("title" in data or "type" in data):
        problems.append(
            Problem(
                "expected a JSON array of items, got one object; read it as one item",
                path=path,
                kind="shape",
                severity=Severity.WARNING,
            )
        )
        data = [data]
    elif isinstance(data, dict) and isinstance(data.get("items"), list):
        problems.append(
            Problem(
                "expected a JSON array of items; read the object's 'items'",
                path=path,
                kind="shape",
                severity=Severity.WARNING,
            )
        )
        data = data["items"]
    if not isinstance(data, list):
        problems.append(
            Problem(
                f"expected a JSON array of CSL items, got {type(data).__name__}", path=path, kind="no-entries"
            )
        )
        return Bibliography(problems=problems, owner=owner)
    papers = []
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            problems.append(
                Problem(f"item should be an object, got {type(item).__name__}", path=path, item=index)
            )
            continue
        paper, notes = _item_to_paper(item, index, path, owner)
        label = f"item {item.get('id')!r}: " if item.get("id") is not None else ""
        if paper is None:  # one error for the lost item; what else was wrong with it goes in its message
            text = json.dumps(item, ensure_ascii=False, default=str)[:300]
            problems.append(Problem(label + "; ".join(notes[::-1]), path=path, item=index, text=text))
            continue
        problems += [
            Problem(label + note, path=path, item=index, kind=note_kind(note), severity=Severity.WARNING)
            for note in notes
        ]
        papers.append(paper)
    return Bibliography(papers, problems=problems, owner=owner)
