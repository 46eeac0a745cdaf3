"""Conflict-aware clustering: strongest links first, never joining records that cannot link."""

from __future__ import annotations

from collections.abc import Sequence

from pubkit.dedup.records import Record
from pubkit.dedup.scoring import cannot_link, doi_relation, same_article

_SAMPLE = 24


def cluster(
    n: int, edges: list[tuple[float, int, int]], records: Sequence[Record]
) -> tuple[list[int], dict[int, list[int]]]:
    """Join the strongest links first; two clusters join only if no pair across them is a clear mismatch."""
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        left, right = members[ra], members[rb]
        years = doi_relation(records[a], records[b]) not in ("same", "version") and not same_article(
            records[a], records[b]
        )
        if any(
            cannot_link(records[x], records[y], years=years)
            for x in _sample(left, a)
            for y in _sample(right, b)
        ):
            continue
        if len(left) < len(right) or (len(left) == len(right) and rb < ra):
            ra, rb, left, right = rb, ra, right, left
        parent[rb] = ra
        left.extend(right)
        del members[rb]
    return [root(i) for i in range(n)], members


def _sample(members: list[int], linked: int) -> list[int]:
    """The members of a cluster to check before a join: all of a small cluster; of a big one (many
    copies of one paper), the linked record and the first and latest members, so that joining
    stays linear."""
    if len(members) <= _SAMPLE:
        return members
    half = _SAMPLE // 2
    return [linked, *members[:half], *members[-half:]]
