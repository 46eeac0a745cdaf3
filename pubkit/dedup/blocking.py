"""Blocking: the candidate pairs worth scoring (shared DOI, arXiv id, title or author keys)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pubkit.dedup.records import Record

BLOCK_CAP = 64
WINDOW = 12


def candidate_pairs(records: Sequence[Record]) -> list[tuple[int, int]]:
    """Pairs of record indexes sharing a blocking key; large blocks compared only to near neighbours."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for r in records:
        i = r.index
        if r.doi:
            blocks["d", r.doi].append(i)
        if r.arxiv:
            blocks["x", r.arxiv].append(i)
        if r.usable:
            blocks["t", r.title].append(i)
            if len(r.title) >= 30:
                blocks["p", r.title[:24]].append(i)
                blocks["s", r.title[-24:]].append(i)
        if r.fam:
            second = r.fam[1] if len(r.fam) > 1 else ""
            blocks["a", f"{r.fam[0]}|{second}"].append(i)
            if r.year:
                blocks["y", f"{r.fam[0]}|{r.year}"].append(i)
    found: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2:
            continue
        if len(members) <= BLOCK_CAP:
            found.update((a, b) for n, a in enumerate(members) for b in members[n + 1 :])
            continue
        # A big block (a common name, a generic title): neighbours in an order that keeps likely
        # duplicates together: by title for author blocks, by year and authors for title blocks.
        if key[0] in "ay":
            ordered = sorted(members, key=lambda i: (records[i].title, i))
        else:
            ordered = sorted(members, key=lambda i: (records[i].year or 0, records[i].fam, i))
        for n, a in enumerate(ordered):
            found.update((min(a, b), max(a, b)) for b in ordered[n + 1 : n + 1 + WINDOW])
    return sorted(found)
