"""ORCID public API v3.0 works saved to a file: `/works` summaries, `/work/<put-code>` records, bulk.

Read only, never fetched. A works summary names no authors (ORCID leaves them out of summaries);
full work records carry `contributors`. Each group of a summary is one work, however many sources
claim it: the first (preferred) summary is read, the others' put-codes kept.
"""

from __future__ import annotations

import json
from typing import Any

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem, Severity
from pubkit.formats._records import Fields, build, person, problems_of
from pubkit.model import Paper, Status, VenueKind

__all__ = ["read"]

#: ORCID work types to (kind, kind is final, status).
_KIND_OF_TYPE: dict[str, tuple[VenueKind, bool, Status | None]] = {
    "journal-article": (VenueKind.JOURNAL, False, None),
    "journal-issue": (VenueKind.JOURNAL, False, None),
    "magazine-article": (VenueKind.JOURNAL, False, None),
    "review": (VenueKind.JOURNAL, False, None),
    "conference-paper": (VenueKind.CONFERENCE, False, None),
    "conference-abstract": (VenueKind.CONFERENCE, False, None),
    "conference-poster": (VenueKind.CONFERENCE, False, None),
    "conference-output": (VenueKind.CONFERENCE, False, None),
    "conference-presentation": (VenueKind.TALK, True, None),
    "lecture-speech": (VenueKind.TALK, True, None),
    "book-chapter": (VenueKind.BOOK, False, None),
    "book": (VenueKind.BOOK, False, None),
    "edited-book": (VenueKind.BOOK, False, None),
    "dissertation": (VenueKind.THESIS, True, None),
    "dissertation-thesis": (VenueKind.THESIS, True, None),
    "report": (VenueKind.REPORT, True, None),
    "working-paper": (VenueKind.REPORT, False, None),
    "preprint": (VenueKind.PREPRINT, False, Status.PREPRINT),
}
_ROLES_KEPT = frozenset({"author", "", "co-investigator", "principal-investigator"})


def _value(node: Any, *path: str) -> str | None:
    """`node[path...]["value"]` (ORCID wraps most strings as `{"value": ...}`), or None."""
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    if isinstance(node, dict):
        node = node.get("value")
    if isinstance(node, (str, int)) and not isinstance(node, bool):
        text = " ".join(str(node).split())
        return text or None
    return None


def _fields(work: dict[str, Any], notes: list[str]) -> Fields:
    work_type = (_value(work, "type") or "").lower()
    kind, final, status = _KIND_OF_TYPE.get(work_type, (VenueKind.OTHER, False, None))
    fields = Fields(kind=kind, kind_is_final=final, status=status)
    fields.title = _value(work, "title", "title") or ""
    subtitle = _value(work, "title", "subtitle")
    if subtitle:
        fields.title = f"{fields.title}: {subtitle}"
    date = work.get("publication-date")
    year, month = _value(date, "year"), _value(date, "month")
    if year and year.isdigit():
        fields.year = int(year)
    elif year:
        notes.append(f"publication year {year!r} is not a number; ignored")
    if month and month.isdigit():
        fields.month = int(month)
    fields.venue = _value(work, "journal-title")
    ids = work.get("external-ids")
    listed = ids.get("external-id") if isinstance(ids, dict) else None
    for item in listed if isinstance(listed, list) else []:
        if not isinstance(item, dict):
            continue
        id_type = (_value(item, "external-id-type") or "").lower()
        value = _value(item, "external-id-value")
        if not value or _value(item, "external-id-relationship") in ("part-of", "version-of"):
            if value:
                fields.extra[f"orcid-{id_type}-related"] = value
            continue
        if id_type == "doi" and fields.doi is None:
            fields.doi = value
        elif id_type == "arxiv" and fields.arxiv is None:
            fields.arxiv = value
        elif id_type == "isbn" and fields.isbn is None:
            fields.isbn = value
        elif id_type in ("uri", "url"):
            fields.links.append(value)
        else:
            fields.extra[id_type or "external-id"] = value
    url = _value(work, "url")
    if url:
        fields.links.insert(0, url)
    contributors = work.get("contributors")
    people = contributors.get("contributor") if isinstance(contributors, dict) else None
    for entry in people if isinstance(people, list) else []:
        role = _value(entry, "contributor-attributes", "contributor-role") or ""
        name = _value(entry, "credit-name")
        if not name or role.lower() not in _ROLES_KEPT:
            continue
        author = person(name)
        if author is not None:
            fields.authors.append(author)
    fields.abstract = _value(work, "short-description")
    citation = work.get("citation")
    if isinstance(citation, dict) and _value(citation, "citation-value"):
        fields.extra[f"orcid-citation-{_value(citation, 'citation-type') or 'other'}"] = (
            _value(citation, "citation-value") or ""
        )
    put_code = _value(work, "put-code")
    if put_code:
        fields.extra["orcid-put-code"] = put_code
        fields.key = f"orcid{put_code}"
    if work_type and work_type not in _KIND_OF_TYPE:
        fields.extra["orcid-type"] = work_type
    return fields


def _record_owner(data: Any) -> str | None:
    """The person's name in a saved `/record` (or `/person`): the credit name, else given and family."""
    person = data.get("person", data) if isinstance(data, dict) else None
    name = person.get("name") if isinstance(person, dict) else None
    if not isinstance(name, dict):
        return None
    credit = _value(name, "credit-name")
    parts = [_value(name, "given-names"), _value(name, "family-name")]
    return credit or " ".join(p for p in parts if p) or None


def _works(data: Any, problems: list[Problem], path: str | None) -> list[tuple[int, Any, list[str]]]:
    """(item index, work record, put-codes of other sources' copies) for each work in the file."""
    summary = data.get("activities-summary") if isinstance(data, dict) else None
    if isinstance(summary, dict):  # a whole saved /record: its works
        data = summary.get("works") or {"group": []}
    if isinstance(data, dict) and isinstance(data.get("group"), list):
        out = []
        for index, group in enumerate(data["group"]):
            summaries = group.get("work-summary") if isinstance(group, dict) else None
            if not isinstance(summaries, list) or not summaries:
                problems.append(Problem("group has no work-summary; skipped", path=path, item=index))
                continue
            others = [_value(s, "put-code") or "" for s in summaries[1:] if isinstance(s, dict)]
            out.append((index, summaries[0], [o for o in others if o]))
        return out
    if isinstance(data, dict) and isinstance(data.get("bulk"), list):
        out = []
        for index, entry in enumerate(data["bulk"]):
            if isinstance(entry, dict) and isinstance(entry.get("work"), dict):
                out.append((index, entry["work"], []))
            else:
                error = entry.get("error") if isinstance(entry, dict) else None
                detail = _value(error, "developer-message") or _value(error, "user-message") or "not a work"
                problems.append(Problem(f"bulk entry is an error: {detail}", path=path, item=index))
        return out
    if isinstance(data, dict) and isinstance(data.get("work-summary"), list):
        return [(i, w, []) for i, w in enumerate(data["work-summary"])]
    if isinstance(data, dict):
        return [(0, data, [])]
    if isinstance(data, list):
        return [(i, w, []) for i, w in enumerate(data)]
    problems.append(Problem(f"expected ORCID works JSON, got {type(data).__name__}", path, kind="no-entries"))
    return []


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read ORCID works JSON; each work a paper or a problem with its index in the file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        problem = Problem(
            f"not valid JSON: {err.msg}", path, err.lineno, text[err.pos : err.pos + 80], kind="syntax"
        )
        return Bibliography(problems=[problem], owner=owner)
    problems: list[Problem] = []
    papers: list[Paper] = []
    has_authors = False
    owner = owner or _record_owner(data)
    for index, work, others in _works(data, problems, path):
        if not isinstance(work, dict):
            problems.append(Problem(f"work should be an object, got {type(work).__name__}", path, item=index))
            continue
        notes: list[str] = []
        fields = _fields(work, notes)
        if others:
            fields.extra["orcid-other-put-codes"] = " ".join(others)
        has_authors = has_authors or bool(fields.authors)
        paper, more = build(fields, path=path, owner=owner)
        problems += [
            Problem(n, path, item=index, kind="invalid-field", severity=Severity.WARNING) for n in notes
        ]
        problems += problems_of(paper, more, path=path, item=index)
        if paper is not None:
            papers.append(paper)
    problems.sort(key=lambda p: p.item if p.item is not None else -1)
    if papers and not has_authors:
        problems.append(
            Problem(
                "ORCID work summaries list no authors; save full /work records to get them",
                path,
                kind="shape",
                severity=Severity.WARNING,
            )
        )
    return Bibliography(papers, problems=problems, owner=owner)
