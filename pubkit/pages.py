"""Publication pages for static sites: Hugo Blox (Wowchemy) bundles and academicpages (Jekyll) posts.

Each paper gets a file (Hugo: `content/publication/<slug>/index.md` + `cite.bib`; academicpages:
`_publications/<date>-<slug>.md`) whose name comes from its year and title, so a re-export writes
the same files. Files pubkit wrote carry a `generated_by: pubkit` mark; a file without it is the
user's and is never overwritten.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import attrs

from pubkit.bibliography import Bibliography
from pubkit.formats import _out
from pubkit.formats.csljson import TYPE_OF_KIND
from pubkit.formats.lists import format_entry
from pubkit.io import dumps
from pubkit.model import Paper, Status, VenueKind
from pubkit.names import fold

__all__ = ["PAGE_FORMATS", "PagesReport", "dump_pages", "slug"]

PageFormat = Literal["hugo", "academicpages"]
PAGE_FORMATS: tuple[str, ...] = ("hugo", "academicpages")
#: The front matter line (and BibTeX comment) that marks a file as pubkit's to overwrite.
MARK = "generated_by: pubkit"
_BIB_MARK = f"% {MARK} (a re-export overwrites this file)"
_SLUG_WORDS = 8

#: Hugo Blox `publication_types` (CSL types since Hugo Blox 5) and academicpages `category`.
_HUGO_TYPE = {**TYPE_OF_KIND, VenueKind.OTHER: "manuscript"}
_CATEGORY = {
    VenueKind.CONFERENCE: "conferences",
    VenueKind.WORKSHOP: "conferences",
    VenueKind.DEMO: "conferences",
    VenueKind.BOOK: "books",
}


@attrs.frozen
class PagesReport:
    """What `dump_pages` did: files written, files left alone because pubkit did not write them, and
    (with `prune`) pages of an earlier export that no paper has any more."""

    written: tuple[Path, ...]
    kept: tuple[Path, ...]
    removed: tuple[Path, ...] = ()


def slug(paper: Paper) -> str:
    """A file-name slug from the title's first words: ASCII, lower case, hyphens; a title with no
    Latin letters gets a short hash of itself, as stable.

    >>> slug(Paper("Probabilistic Embeddings for Cross-Modal Retrieval: Ünïcode!")), slug(Paper("深度学习"))
    ('probabilistic-embeddings-for-cross-modal-retrieval-unicode', 'paper-c9fd9db3')
    """
    words = re.findall(r"[a-z0-9]+", fold(paper.title).replace("ß", "ss"))
    if not words:
        return "paper-" + hashlib.sha1(paper.title.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
    return "-".join(words[:_SLUG_WORDS])


def _unique_slugs(papers: list[Paper]) -> list[str]:
    """`<year>-<slug>`, with `-2`, `-3` ... for a second paper of the same year and title start."""
    seen: dict[str, int] = {}
    out = []
    for paper in papers:
        base = f"{paper.year}-{slug(paper)}" if paper.year else slug(paper)
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


def _front_matter(fields: dict[str, _out.YamlValue]) -> str:
    return "---\n" + _out.yaml_document(fields) + MARK + "\n---\n"


def _hugo_page(paper: Paper, owner: str | None) -> str:
    venue = paper.venue
    fields: dict[str, _out.YamlValue] = {"title": paper.title, "authors": [a.name for a in paper.authors]}
    date = _out.date_text(paper, day=True)
    if date:
        fields["date"] = date
        fields["publishDate"] = date
    fields["publication_types"] = [_HUGO_TYPE[paper.kind]]
    if venue is not None:
        fields["publication"] = f"*{venue.name}*"
        if venue.acronym:
            fields["publication_short"] = venue.acronym
    if paper.abstract:
        fields["abstract"] = paper.abstract
    if paper.identifiers.doi:
        fields["doi"] = paper.identifiers.doi
    fields["featured"] = paper.selected
    links = {}
    if paper.identifiers.arxiv:
        links["url_preprint"] = f"https://arxiv.org/abs/{paper.identifiers.arxiv}"
    if paper.identifiers.url:
        links["url_source"] = paper.identifiers.url
    fields.update(links)
    if paper.awards:
        fields["tags"] = [a.name for a in paper.awards]
    if paper.status is not Status.PUBLISHED:
        fields["status"] = paper.status.value
    body = format_entry(paper, style="markdown", owner=owner)
    return _front_matter(fields) + "\n" + body + "\n"


def _academicpages_page(paper: Paper, name: str, owner: str | None) -> str:
    venue = paper.venue
    fields: dict[str, _out.YamlValue] = {
        "title": paper.title,
        "collection": "publications",
        "category": _CATEGORY.get(paper.kind, "manuscripts"),
        "permalink": f"/publication/{name}",
    }
    date = _out.date_text(paper, day=True)
    if date:
        fields["date"] = date
    if venue is not None:
        fields["venue"] = venue.label
    url = _out.main_url(paper)
    if url:
        fields["paperurl"] = url
    if paper.abstract:
        fields["excerpt"] = paper.abstract
    fields["citation"] = format_entry(paper, style="html", owner=owner)
    body = format_entry(paper, style="markdown", owner=owner)
    return _front_matter(fields) + "\n" + body + "\n"


def _ours(path: Path) -> bool:
    """Whether an existing file carries pubkit's mark (in its first lines)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return MARK in head


def _write(path: Path, text: str, written: list[Path], kept: list[Path]) -> None:
    if path.exists() and not _ours(path):
        kept.append(path)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    written.append(path)


def _stale(root: Path, format: str, written: list[Path]) -> list[Path]:
    """Pages pubkit wrote in an earlier export that this export did not write again."""
    if format == "hugo":
        found = [*root.glob("content/publication/*/index.md"), *root.glob("content/publication/*/cite.bib")]
    else:
        found = list(root.glob("_publications/*.md"))
    done = set(written)
    return sorted(p for p in found if p not in done and _ours(p))


def dump_pages(
    bib: Bibliography | Iterable[Paper],
    format: str,
    directory: str | os.PathLike[str],
    *,
    prune: bool = False,
) -> PagesReport:
    """Write one page per paper under `directory` (a site's root) for `format` "hugo" or "academicpages".

    Files without pubkit's mark are left as they are and listed in `PagesReport.kept`; `prune`
    deletes the pages an earlier export wrote for papers no longer in `bib`.
    """
    if format not in PAGE_FORMATS:
        msg = f"page format must be one of {', '.join(PAGE_FORMATS)}, not {format!r}"
        raise ValueError(msg)
    if not isinstance(bib, Bibliography):
        bib = Bibliography(bib)
    root = Path(directory)
    papers = list(bib)
    written: list[Path] = []
    kept: list[Path] = []
    for paper, name in zip(papers, _unique_slugs(papers), strict=True):
        if format == "hugo":
            bundle = root / "content" / "publication" / name
            _write(bundle / "index.md", _hugo_page(paper, bib.owner), written, kept)
            bibtex = dumps([paper], "bibtex")
            _write(bundle / "cite.bib", f"{_BIB_MARK}\n{bibtex}", written, kept)
        else:
            date = _out.date_text(paper, day=True)
            file_name = f"{date}-{name.removeprefix(f'{paper.year}-')}" if date else name
            page = _academicpages_page(paper, file_name, bib.owner)
            _write(root / "_publications" / f"{file_name}.md", page, written, kept)
    removed = _stale(root, format, written) if prune else []
    for path in removed:
        path.unlink()
        if format == "hugo" and not any(path.parent.iterdir()):
            path.parent.rmdir()
    return PagesReport(tuple(written), tuple(kept), tuple(removed))
