"""JSON Resume (jsonresume.org): the `publications` section of a résumé; valid against the official schema.

Each paper is `{name, publisher, releaseDate, url, summary}`; the summary carries the authors, the
status and the awards, which the schema has no field for.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pubkit.bibliography import Bibliography
from pubkit.formats._out import date_text, main_url
from pubkit.model import Paper, Status

__all__ = ["SCHEMA_URL", "write"]

#: The schema the output follows (`$schema` of the document).
SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
_STATUS_WORDS = {
    Status.ACCEPTED: "Accepted",
    Status.SUBMITTED: "Submitted",
    Status.UNDER_REVIEW: "Under review",
}


def _summary(paper: Paper) -> str:
    parts = []
    if paper.authors:
        parts.append(", ".join(a.name for a in paper.authors))
    if paper.status in _STATUS_WORDS:
        parts.append(_STATUS_WORDS[paper.status])
    if paper.awards:
        parts.append("; ".join(a.name for a in paper.awards))
    return ". ".join(parts)


def publication(paper: Paper) -> dict[str, Any]:
    """One JSON Resume `publications` item."""
    item: dict[str, Any] = {"name": paper.title}
    if paper.venues:
        item["publisher"] = " and ".join(v.label for v in paper.venues)
    date = date_text(paper)
    if date:
        item["releaseDate"] = date
    url = main_url(paper)
    if url:
        item["url"] = url
    summary = _summary(paper)
    if summary:
        item["summary"] = summary
    return item


def write(bib: Bibliography | Iterable[Paper], *, name: str | None = None, document: bool = True) -> str:
    """A JSON Resume document (`basics.name` from `name` or the owner) with `publications`; with
    `document=False`, only the `publications` array, to paste into an existing résumé."""
    papers = list(bib)
    items = [publication(p) for p in papers]
    if not document:
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    out: dict[str, Any] = {"$schema": SCHEMA_URL}
    owner = name or (bib.owner if isinstance(bib, Bibliography) else None)
    if owner:
        out["basics"] = {"name": owner}
    out["publications"] = items
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
