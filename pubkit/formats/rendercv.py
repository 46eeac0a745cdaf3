"""RenderCV input YAML: papers as `cv.sections.<section>` publication entries, for `rendercv render`.

The owner's name is bold (RenderCV reads Markdown); one link per paper (the DOI, else the URL, else
arXiv), the venue and status as the entry's `journal` line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pubkit.bibliography import Bibliography
from pubkit.formats._out import YamlValue, date_text, main_url, yaml_document
from pubkit.model import Author, Paper, Status

__all__ = ["write"]

_MARKDOWN = re.compile(r"([\\`*_\[\]<>#])")
_STATUS_WORDS = {
    Status.ACCEPTED: ("Accepted", "at"),
    Status.SUBMITTED: ("Submitted", "to"),
    Status.UNDER_REVIEW: ("Under review", "at"),
}


def _plain(text: str) -> str:
    """Text RenderCV's Markdown leaves as it is."""
    return _MARKDOWN.sub(r"\\\1", text)


def _author(author: Author) -> str:
    return f"**{_plain(author.name)}**" if author.is_owner else _plain(author.name)


def _journal(paper: Paper) -> str | None:
    label = " and ".join(v.label for v in paper.venues)
    if paper.status in _STATUS_WORDS:
        word, preposition = _STATUS_WORDS[paper.status]
        label = f"{word} {preposition} {label}" if label else word
    if paper.awards:
        label = f"{label} ({'; '.join(a.name for a in paper.awards)})".strip()
    return _plain(label) if label else None


def entry(paper: Paper) -> dict[str, YamlValue]:
    """One RenderCV `PublicationEntry`."""
    item: dict[str, YamlValue] = {
        "title": _plain(paper.title),
        "authors": [_author(a) for a in paper.authors],
    }
    date = date_text(paper)
    if date:
        item["date"] = date
    journal = _journal(paper)
    if journal:
        item["journal"] = journal
    url = main_url(paper)
    if paper.identifiers.doi:
        item["doi"] = paper.identifiers.doi
    elif url:
        item["url"] = url
    return item


def write(
    bib: Bibliography | Iterable[Paper], *, name: str | None = None, section: str = "publications"
) -> str:
    """A RenderCV input file: `cv.name` (from `name` or the owner) and one section of publications."""
    papers = list(bib)
    cv: dict[str, Any] = {}
    owner = name or (bib.owner if isinstance(bib, Bibliography) else None)
    if owner:
        cv["name"] = owner
    cv["sections"] = {section: [entry(p) for p in papers]}
    return yaml_document({"cv": cv})
