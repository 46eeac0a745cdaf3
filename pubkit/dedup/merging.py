"""Merging: one paper from its copies, field by field the richest value, nothing lost.

The most authoritative copy (published over preprint, more identifiers and locators) gives the
scalar fields; each author is the richest printed form among the copies (full given name over
initials, accents over none) with the role flags of every copy; venues are unioned, the richest
form of one venue first. Every value that lost is kept in `extra` under `pubkit-merged-<field>`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from pubkit.dedup.records import OTHER_STAGE, PREPRINT_STAGE, paper_stage
from pubkit.model import Author, Identifiers, Paper, Status, Venue, VenueKind, arxiv_id
from pubkit.names import fold, is_initials, squash
from pubkit.titles import is_usable_title, normalize_title
from pubkit.venues import venue_identity, venue_words, venues_agree

__all__ = ["MERGED_PREFIX", "merge_authors", "merge_papers", "merge_venues"]

#: `extra` keys holding the values that lost a merge: `pubkit-merged-title`, `pubkit-merged-authors`, ...
MERGED_PREFIX = "pubkit-merged-"
_SEPARATOR = " | "

_STATUS_RANK = {
    Status.PUBLISHED: 4,
    Status.ACCEPTED: 3,
    Status.UNDER_REVIEW: 2,
    Status.SUBMITTED: 1,
    Status.PREPRINT: 0,
}


def _authority(paper: Paper) -> tuple[int, int, int]:
    stage = paper_stage(paper)
    filled = (
        sum(
            1
            for v in (
                paper.year,
                paper.identifiers.doi,
                paper.volume,
                paper.pages,
                paper.number,
                paper.abstract,
            )
            if v
        )
        + len(paper.authors) // 50
    )
    published = _STATUS_RANK[paper.status] if stage != PREPRINT_STAGE else 0
    return (published, stage if stage != OTHER_STAGE else 1, filled)


def _pick(values: Iterable[Any]) -> Any:
    return next((v for v in values if v), None)


def _losers(
    field: str, winner: object, values: Iterable[object], *, fold_case: bool = False
) -> dict[str, str]:
    """The distinct values of `field` other than the winner, as one provenance entry (or none)."""

    def norm(v: object) -> str:
        return str(v).casefold() if fold_case else str(v)

    lost = [str(v) for v in dict.fromkeys(values) if v not in (None, "") and norm(v) != norm(winner)]
    lost = list(dict.fromkeys(lost))
    return {MERGED_PREFIX + field: _SEPARATOR.join(lost)} if lost else {}


def _richest_title(best: str, titles: Sequence[str]) -> str:
    """The most authoritative copy's title, written with the most accents and capitals any copy of the
    same words has (Scholar lower-cases "ImageNet"; a CV keeps it)."""
    if not is_usable_title(best):
        return str(max(titles, key=lambda t: (is_usable_title(t), len(t))))
    same = [t for t in titles if normalize_title(t) == normalize_title(best)]
    return max(same, key=lambda t: (sum(not c.isascii() for c in t), sum(c.isupper() for c in t)))


def merge_papers(papers: Sequence[Paper]) -> Paper:
    """Merge copies of one paper into one record that loses nothing (see the module docstring).

    `source` is the first copy's, `merged_from` the rest in input order, so the first citation key
    read stays the key (generated keys are made only for records that were read without one).
    """
    if not papers:
        msg = "merge_papers needs at least one paper"
        raise ValueError(msg)
    if len(papers) == 1:
        return papers[0]
    ranked = sorted(papers, key=_authority, reverse=True)  # stable: input order among equals
    best = ranked[0]
    title = _richest_title(best.title, [p.title for p in ranked])
    authors, author_variants = merge_authors([p.authors for p in ranked])
    venues, venue_losers = _merged_venues([p.venues for p in ranked])
    ids = [p.identifiers for p in ranked]
    # An arXiv DOI names the preprint: a published record does not take it, only its arXiv id.
    dois = [i.doi for i in ids if i.doi]
    if paper_stage(best) != PREPRINT_STAGE:
        dois = [d for d in dois if not arxiv_id(d)]
    doi = dois[0] if dois else None
    identifiers = Identifiers(
        doi=doi,
        arxiv=_pick(i.arxiv or arxiv_id(i.doi) for i in ids),
        url=_pick(i.url for i in ids),
        isbn=_pick(i.isbn for i in ids),
    )
    scalars = {
        "year": _pick(p.year for p in ranked),
        "volume": _pick(p.volume for p in ranked),
        "number": _pick(p.number for p in ranked),
        "pages": _pick(p.pages for p in ranked),
        "month": _pick(p.month for p in ranked),
        "note": _pick(p.note for p in ranked),
    }
    abstract = max((p.abstract or "" for p in ranked), key=len) or None
    extra: dict[str, str] = {}
    for paper in reversed(ranked):
        extra.update((k, v) for k, v in paper.extra if not k.startswith(MERGED_PREFIX))
    provenance: dict[str, list[str]] = {}
    for paper in ranked:  # what earlier merges kept stays kept
        for k, v in paper.extra:
            if k.startswith(MERGED_PREFIX):
                provenance.setdefault(k, []).extend(v.split(_SEPARATOR))
    lost: dict[str, str] = {}
    lost.update(_losers("title", title, (p.title for p in ranked)))
    for name, value in scalars.items():
        lost.update(_losers(name, value, (getattr(p, name) for p in ranked)))
    lost.update(_losers("abstract", abstract, (p.abstract for p in ranked)))
    lost.update(_losers("status", best.status.value, (p.status.value for p in ranked)))
    lost.update(_losers("doi", doi, (i.doi for i in ids), fold_case=True))
    for name in ("arxiv", "url", "isbn"):
        lost.update(_losers(name, getattr(identifiers, name), (getattr(i, name) for i in ids)))
    for name in {k for p in ranked for k, _ in p.extra if not k.startswith(MERGED_PREFIX)}:
        lost.update(_losers(name, extra.get(name), (p.fields.get(name) for p in ranked)))
    if author_variants:
        lost[MERGED_PREFIX + "authors"] = _SEPARATOR.join(author_variants)
    if venue_losers:
        lost[MERGED_PREFIX + "venue"] = _SEPARATOR.join(venue_losers)
    for key, value in lost.items():
        provenance.setdefault(key, []).extend(value.split(_SEPARATOR))
    extra.update({k: _SEPARATOR.join(dict.fromkeys(v)) for k, v in provenance.items()})
    sources = [s for p in papers for s in p.sources]
    return attrs.evolve(
        best,
        title=title,
        authors=authors,
        venues=venues,
        awards=tuple(dict.fromkeys(a for p in ranked for a in p.awards)),
        identifiers=identifiers,
        source=sources[0] if sources else None,
        merged_from=tuple(dict.fromkeys(sources[1:])),
        abstract=abstract,
        selected=any(p.selected for p in papers),
        extra=extra,
        **scalars,
    )


# ---- authors -------------------------------------------------------------------------------------


def _latin(name: str) -> bool:
    """Whether a name is written in Latin letters (accents allowed)."""
    return all(fold(c).isascii() for c in name if c.isalpha())


def _richness(author: Author) -> tuple[int, int, int, int]:
    """How much a printed name says: Latin script, a full given name, accents, then length."""
    given = author.given
    full_words = sum(
        1 for w in given.replace("-", " ").split() if len(w.rstrip(".")) > 1 and not w.endswith(".")
    )
    accents = sum(1 for c in author.name if c.isalpha() and not c.isascii())
    return (
        _latin(author.name),
        bool(given) and not is_initials(given),
        full_words,
        accents * 1000 + len(author.given) + len(author.family),
    )


def _same_person(a: Author, b: Author) -> bool:
    """Two printed forms of one person in one paper: the same key, or initials of the same name."""
    if a.key == b.key:
        return True
    if squash(a.family) != squash(b.family) or not a.family:
        return False
    ga, gb = squash(a.given), squash(b.given)
    if not ga or not gb:
        return True
    if is_initials(a.given) or is_initials(b.given):
        ia = "".join(w[0] for w in fold(a.given).replace("-", " ").replace(".", " ").split())
        ib = "".join(w[0] for w in fold(b.given).replace("-", " ").replace(".", " ").split())
        return ia.startswith(ib) or ib.startswith(ia) or a.initials_key == b.initials_key
    return ga.startswith(gb) or gb.startswith(ga)


def _same_place_person(a: Author, b: Author) -> bool:
    """At the same place of one paper's author list: one person in two scripts ("郑航" / "Hang Zheng"),
    or with given and family name swapped by an export ("Altenried, Moritz" / "Moritz, Altenried")."""
    if _latin(a.name) != _latin(b.name):
        return True
    words = {squash(w) for w in a.name.replace(",", " ").split()}
    return len(words) > 1 and words == {squash(w) for w in b.name.replace(",", " ").split()}


def merge_authors(lists: Sequence[Sequence[Author]]) -> tuple[tuple[Author, ...], list[str]]:
    """One author list from the copies' lists (most authoritative first), and the name forms that lost.

    The longest list is the frame ("et al." lists are shorter); every other copy's author joins the
    frame author who is the same person nearest its position (same key, or initials of the same
    name), or, in lists of one length, the author at its position when one of the two is written
    in another script or has the same name words in another order. Each frame author
    becomes the richest form with the union of the role flags.
    """
    lists = [tuple(a) for a in lists if a]
    if not lists:
        return (), []
    frame = max(lists, key=len)  # first of the longest: the most authoritative full list
    groups: list[list[Author]] = [[a] for a in frame]
    by_key: dict[str, list[int]] = {}
    by_initials: dict[str, list[int]] = {}
    for i, a in enumerate(frame):
        by_key.setdefault(a.key, []).append(i)
        by_initials.setdefault(a.initials_key, []).append(i)
    for authors in lists:
        if authors is frame:
            continue
        used: set[int] = set()
        same_length = len(authors) == len(frame)
        for pos, author in enumerate(authors):
            hits = [i for i in by_key.get(author.key, ()) if i not in used]
            if not hits:
                near = by_initials.get(author.initials_key, ())
                hits = [i for i in near if i not in used and _same_person(author, frame[i])]
            match = min(hits, key=lambda i: abs(i - pos)) if hits else None
            if match is None and same_length and pos not in used and _same_place_person(author, frame[pos]):
                match = pos
            if match is not None:
                used.add(match)
                groups[match].append(author)
    merged: list[Author] = []
    variants: list[str] = []
    for group in groups:
        richest = max(group, key=_richness)  # max is stable: the first of equals (most authoritative)
        merged.append(
            attrs.evolve(
                richest,
                equal_contribution=any(a.equal_contribution for a in group),
                corresponding=any(a.corresponding for a in group),
                equal_advising=any(a.equal_advising for a in group),
                is_owner=any(a.is_owner for a in group),
            )
        )
        for other in group:  # another spelling, not just another order of the same parts
            if (other.given, other.family, other.suffix) != (richest.given, richest.family, richest.suffix):
                variants.append(f"{richest.name} = {other.name}")
    return tuple(merged), list(dict.fromkeys(variants))


# ---- venues --------------------------------------------------------------------------------------


def _venue_richness(venue: Venue) -> tuple[int, int, int, int, int]:
    """A venue with a kind, an acronym and a clean name (no "PhD thesis, " around it) says most; then
    the venue table's own spelling ("Interspeech" over "INTERSPEECH"), then the longer name."""
    identity = venue_identity(venue.name or venue.acronym or "")
    clean = fold(identity.name) == fold(venue.name) or bool(venue.acronym and identity.name == venue.acronym)
    canonical = identity.known and identity.name in (venue.name, venue.acronym)
    return (venue.kind is not VenueKind.OTHER, bool(venue.acronym), clean, canonical, len(venue.name))


def _one_venue(a: Venue, b: Venue) -> bool:
    if a.acronym and b.acronym and squash(a.acronym) == squash(b.acronym):
        return True
    ia, ib = venue_identity(a.label), venue_identity(b.label)
    if squash(ia.name) == squash(ib.name):
        return True
    return bool(venues_agree(venue_words(a.name or a.acronym or ""), venue_words(b.name or b.acronym or "")))


def _merged_venues(lists: Iterable[tuple[Venue, ...]]) -> tuple[tuple[Venue, ...], list[str]]:
    groups: list[list[Venue]] = []
    for venues in lists:
        for venue in venues:
            for group in groups:
                if any(_one_venue(venue, kept) for kept in group):
                    group.append(venue)
                    break
            else:
                groups.append([venue])
    out: list[Venue] = []
    lost: list[str] = []
    for group in groups:
        richest = max(group, key=_venue_richness)
        out.append(
            attrs.evolve(
                richest,
                acronym=richest.acronym or _pick(v.acronym for v in group),
                kind=richest.kind
                if richest.kind is not VenueKind.OTHER
                else _pick(v.kind for v in group if v.kind is not VenueKind.OTHER) or VenueKind.OTHER,
                publisher=richest.publisher or _pick(v.publisher for v in group),
                year=richest.year or _pick(v.year for v in group),
            )
        )
        lost.extend(v.label for v in group if v.label != out[-1].label)
    return tuple(out), list(dict.fromkeys(lost))


def merge_venues(lists: Iterable[tuple[Venue, ...]]) -> tuple[Venue, ...]:
    """Union of venues; the names of one venue become its richest form (acronym, kind, clean name)."""
    return _merged_venues(lists)[0]
