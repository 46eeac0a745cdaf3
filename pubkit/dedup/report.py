"""What deduplication found: `DuplicateGroup` and `DuplicateReport`, as JSON-ready dicts or text."""

from __future__ import annotations

from typing import Any

from attrs import frozen

from pubkit.model import Paper


@frozen
class DuplicateGroup:
    """Papers judged the same record (in `.duplicates`) or the same work (in `.versions`).

    `score` is the weakest accepted link inside the group (0..1); `reasons` say why, pair by pair;
    `conflicts` list fields whose values disagree between the copies (two years, two DOIs).
    """

    papers: tuple[Paper, ...]
    score: float
    reasons: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.papers)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: papers as title / year / sources, score, reasons, conflicts."""
        return {
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "conflicts": list(self.conflicts),
            "papers": [_paper_summary(p) for p in self.papers],
        }


@frozen
class DuplicateReport:
    """What `find_duplicates` found: `duplicates` (to merge) and `versions` (to link), over `total` records.

    Papers in `versions` are one representative (the first copy) per duplicate group. `possible` are
    pairs that look alike but were kept apart: `score` is their title similarity, `reasons` why they
    were kept apart; review them and record a decision (see `pubkit.dedup.Decisions`).
    """

    duplicates: tuple[DuplicateGroup, ...] = ()
    versions: tuple[DuplicateGroup, ...] = ()
    total: int = 0
    mode: str = "link"
    possible: tuple[DuplicateGroup, ...] = ()

    @property
    def unique(self) -> int:
        """How many records remain after merging every duplicate group."""
        return self.total - sum(len(g) - 1 for g in self.duplicates)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict for `pubkit dedupe --report json`."""
        return {
            "records": self.total,
            "unique": self.unique,
            "versions_mode": self.mode,
            "duplicates": [g.to_dict() for g in self.duplicates],
            "versions": [g.to_dict() for g in self.versions],
            "possible": [g.to_dict() for g in self.possible],
        }

    def to_text(self) -> str:
        """A human-readable report: one block per group, papers with where they were read."""
        lines = [
            f"{self.total} records, {len(self.duplicates)} duplicate groups, "
            f"{len(self.versions)} version groups, {self.unique} after merging"
        ]
        sections = (
            ("Duplicates", self.duplicates),
            ("Versions", self.versions),
            ("Possible duplicates, kept apart (score = title similarity)", self.possible),
        )
        for title, groups in sections:
            if not groups:
                continue
            lines += ["", f"{title}:"]
            for number, group in enumerate(groups, 1):
                lines.append(f"  [{number}] score {group.score:.2f}: {'; '.join(group.reasons)}")
                for paper in group.papers:
                    where = ", ".join(str(s) for s in paper.sources) or "<input>"
                    year = paper.year or "n.d."
                    lines.append(f"      - {paper.title or '(no title)'} ({year}) [{where}]")
                lines.extend(f"      ! {conflict}" for conflict in group.conflicts)
        return "\n".join(lines)


def _paper_summary(paper: Paper) -> dict[str, Any]:
    return {
        "title": paper.title,
        "year": paper.year,
        "venue": paper.venue.label if paper.venue else None,
        "status": paper.status.value,
        "doi": paper.identifiers.doi,
        "arxiv": paper.identifiers.arxiv,
        "sources": [
            {"path": s.path, "line": s.line, "key": s.key, "section": s.section} for s in paper.sources
        ],
    }
