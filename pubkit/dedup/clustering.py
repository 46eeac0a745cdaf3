"""Conflict-aware clustering: strongest links first, never joining records that cannot link."""

from __future__ import annotations

from collections.abc import Sequence, Set

from pubkit.dedup.records import Record
from pubkit.dedup.scoring import cannot_link, doi_relation, same_article

_SAMPLE = 24


def cluster(
    n: int,
    edges: list[tuple[float, int, int]],
    records: Sequence[Record],
    *,
    forced: Set[tuple[int, int]] = frozenset(),
    apart: Set[tuple[int, int]] = frozenset(),
) -> tuple[list[int], dict[int, list[int]]]:
    """Join the strongest links first; two clusters join only if no pair across them is a clear mismatch.

    `forced` links (a user's "same" decisions) join without that check; no join ever puts a pair of
    `apart` (a user's "different" decisions) into one cluster."""
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
        if apart and any({root(x), root(y)} == {ra, rb} for x, y in apart):
            continue
        if (a, b) not in forced and _clash(records, left, right, a, b):
            continue
        if len(left) < len(right) or (len(left) == len(right) and rb < ra):
            ra, rb, left, right = rb, ra, right, left
        parent[rb] = ra
        left.extend(right)
        del members[rb]
    return [root(i) for i in range(n)], members


def _clash(records: Sequence[Record], left: list[int], right: list[int], a: int, b: int) -> bool:
    """Whether any pair across two clusters is a clear mismatch (checked on samples of big clusters)."""
    years = doi_relation(records[a], records[b]) not in ("same", "version") and not same_article(
        records[a], records[b]
    )
    return any(
        cannot_link(records[x], records[y], years=years) for x in _sample(left, a) for y in _sample(right, b)
    )


def _sample(members: list[int], linked: int) -> list[int]:
    """The members of a cluster to check before a join: all of a small cluster; of a big one (many
    copies of one paper), the linked record and the first and latest members, so that joining
    stays linear."""
    if len(members) <= _SAMPLE:
        return members
    half = _SAMPLE // 2
    return [linked, *members[:half], *members[-half:]]
