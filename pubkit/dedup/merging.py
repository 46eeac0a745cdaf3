"""Merging: one paper from its copies, field by field, the most authoritative copy first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from pubkit.dedup.records import _OTHER, _PREPRINT, _VENUE_NOISE, _squash, _stage
from pubkit.dedup.scoring import _venues_agree
from pubkit.model import Identifiers, Paper, Status, Venue, VenueKind
from pubkit.titles import is_usable_title, normalize_title

_STATUS_RANK = {
    Status.PUBLISHED: 4,
    Status.ACCEPTED: 3,
    Status.UNDER_REVIEW: 2,
    Status.SUBMITTED: 1,
    Status.PREPRINT: 0,
}


def _authority(paper: Paper) -> tuple[int, int, int]:
    stage = _stage(paper)
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
    return (_STATUS_RANK[paper.status] if stage != _PREPRINT else 0, stage if stage != _OTHER else 1, filled)


def _pick(values: Iterable[Any]) -> Any:
    return next((v for v in values if v), None)


def merge_papers(papers: Sequence[Paper]) -> Paper:
    """Merge copies of one paper: the most authoritative copy's values first, gaps filled from the others.

    Published beats preprint, a DOI beats none, the full venue name beats an abbreviation;
    identifiers, venues and awards are unioned; `source` is the first copy's, `merged_from` the rest.
    """
    if not papers:
        msg = "merge_papers needs at least one paper"
        raise ValueError(msg)
    if len(papers) == 1:
        return papers[0]
    ranked = sorted(papers, key=_authority, reverse=True)  # stable: input order among equals
    best = ranked[0]
    authors = max((p.authors for p in ranked), key=lambda a: (len(a), sum(len(x.given) for x in a)))
    authors = best.authors if len(best.authors) == len(authors) else authors
    identifiers = Identifiers(
        doi=_pick(p.identifiers.doi for p in ranked),
        arxiv=_pick(p.identifiers.arxiv for p in ranked),
        url=_pick(p.identifiers.url for p in ranked),
        isbn=_pick(p.identifiers.isbn for p in ranked),
    )
    extra: dict[str, str] = {}
    for paper in reversed(ranked):
        extra.update(paper.extra)
    sources = [s for p in papers for s in p.sources]
    return attrs.evolve(
        best,
        title=max((p.title for p in ranked), key=lambda t: (is_usable_title(t), t == best.title, len(t))),
        authors=authors,
        venues=_merge_venues(p.venues for p in ranked),
        year=_pick(p.year for p in ranked),
        awards=tuple(dict.fromkeys(a for p in ranked for a in p.awards)),
        identifiers=identifiers,
        source=sources[0] if sources else None,
        merged_from=tuple(dict.fromkeys(sources[1:])),
        volume=_pick(p.volume for p in ranked),
        number=_pick(p.number for p in ranked),
        pages=_pick(p.pages for p in ranked),
        month=_pick(p.month for p in ranked),
        abstract=max((p.abstract or "" for p in ranked), key=len) or None,
        note=_pick(p.note for p in ranked),
        selected=any(p.selected for p in papers),
        extra=extra,
    )


def _venue_key(venue: Venue) -> tuple[str, ...]:
    return tuple(
        w for w in normalize_title(venue.name or venue.acronym or "").split() if w not in _VENUE_NOISE
    )


def _merge_venues(lists: Iterable[tuple[Venue, ...]]) -> tuple[Venue, ...]:
    """Union of venues; two names of one venue keep the longer name and any acronym."""
    out: list[Venue] = []
    for venues in lists:
        for venue in venues:
            for n, kept in enumerate(out):
                same_acronym = bool(
                    venue.acronym and kept.acronym and _squash(venue.acronym) == _squash(kept.acronym)
                )
                if same_acronym or _venues_agree(_venue_key(venue), _venue_key(kept)):
                    longer = venue if len(venue.name) > len(kept.name) else kept
                    out[n] = attrs.evolve(
                        longer,
                        acronym=kept.acronym or venue.acronym,
                        kind=kept.kind if kept.kind is not VenueKind.OTHER else venue.kind,
                        publisher=kept.publisher or venue.publisher,
                        year=kept.year or venue.year,
                    )
                    break
            else:
                out.append(venue)
    return tuple(out)
