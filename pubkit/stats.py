"""Counts for a tenure dossier or a web page: papers per year by venue kind and by the owner's role,
top venues and co-authors; as a text table, and as a figure with matplotlib (`pubkit[plot]`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from attrs import frozen

from pubkit.bibliography import Bibliography
from pubkit.errors import PubkitError
from pubkit.model import Paper, VenueKind

__all__ = ["ROLES", "Stats", "plot_stats", "stats", "stats_table"]

#: The owner's roles, in the order tables and plots show them ("unmarked": no owner among the authors).
ROLES = ("first", "co-first", "last", "middle", "unmarked")
_NO_YEAR = "n.d."


@frozen
class Stats:
    """What `stats` counted; rows are `(year or "n.d.", counts per column)`, newest year first."""

    owner: str | None
    total: int
    kinds: tuple[str, ...]
    by_kind: tuple[tuple[str, tuple[int, ...]], ...]
    by_role: tuple[tuple[str, tuple[int, ...]], ...]
    top_venues: tuple[tuple[str, int], ...]
    top_coauthors: tuple[tuple[str, int], ...]


def _year(paper: Paper) -> str:
    return str(paper.year) if paper.year is not None else _NO_YEAR


def _rows(
    papers: Sequence[Paper], columns: Sequence[str], column_of: dict[int, str]
) -> list[tuple[str, tuple[int, ...]]]:
    counts: dict[str, Counter[str]] = {}
    for index, paper in enumerate(papers):
        counts.setdefault(_year(paper), Counter())[column_of[index]] += 1
    years = sorted((y for y in counts if y != _NO_YEAR), key=int, reverse=True)
    years += [_NO_YEAR] if _NO_YEAR in counts else []
    return [(year, tuple(counts[year][c] for c in columns)) for year in years]


def stats(bib: Bibliography | Iterable[Paper], *, top: int = 10) -> Stats:
    """Papers by year and venue kind, by year and the owner's role; the `top` venues and co-authors."""
    if not isinstance(bib, Bibliography):
        bib = Bibliography(bib)
    papers = [p.with_owner(bib.owner) if bib.owner else p for p in bib]
    kind_of = {i: p.kind.value for i, p in enumerate(papers)}
    kinds = tuple(k.value for k in VenueKind if k.value in kind_of.values())
    role_of = {i: p.author_role() or "unmarked" for i, p in enumerate(papers)}
    venues: Counter[str] = Counter()
    for paper in papers:
        if paper.venue is not None:
            venues[paper.venue.acronym or paper.venue.name] += 1
    names: dict[str, Counter[str]] = {}
    for paper in papers:
        for author in {a.key: a for a in paper.authors if not a.is_owner}.values():
            names.setdefault(author.key, Counter())[author.name] += 1
    coauthors = Counter({c.most_common(1)[0][0]: sum(c.values()) for c in names.values()})
    return Stats(
        bib.owner or next((a.name for p in papers for a in p.authors if a.is_owner), None),
        len(papers),
        kinds,
        tuple(_rows(papers, kinds, kind_of)),
        tuple(_rows(papers, ROLES, role_of)),
        tuple(venues.most_common(top)),
        tuple(coauthors.most_common(top)),
    )


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [header, *rows]
    ]
    return [line.rstrip() for line in lines]


def stats_table(counted: Stats) -> str:
    """The counts as plain-text tables (no extra dependency)."""
    who = f"{counted.owner}: " if counted.owner else ""
    lines = [f"{who}{counted.total} papers", ""]
    kind_rows = [[y, *map(str, c), str(sum(c))] for y, c in counted.by_kind]
    lines += _table(["year", *counted.kinds, "total"], kind_rows)
    roles = [r for i, r in enumerate(ROLES) if any(c[i] for _, c in counted.by_role)]
    role_rows = [[y, *(str(c[ROLES.index(r)]) for r in roles)] for y, c in counted.by_role]
    lines += ["", "The owner's role", *_table(["year", *roles], role_rows)]
    for title, pairs in (("Top venues", counted.top_venues), ("Top co-authors", counted.top_coauthors)):
        if pairs:
            lines += ["", title, *_table(["", "papers"], [[name, str(n)] for name, n in pairs])]
    return "\n".join(lines) + "\n"


def plot_stats(counted: Stats, path: str | os.PathLike[str]) -> None:
    """Draw papers per year by venue kind and by the owner's role, side by side; PNG, SVG or PDF by suffix."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        msg = "plots need matplotlib: pip install 'pubkit[plot]'"
        raise PubkitError(msg) from None
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in ("png", "svg", "pdf"):
        msg = f"cannot tell the image format of {os.fspath(path)!r}: use .png, .svg or .pdf"
        raise PubkitError(msg)
    figure, axes = plt.subplots(1, 2, figsize=(11, 4.2), sharey=True, layout="constrained")
    panels = (
        (axes[0], counted.by_kind, counted.kinds, "Papers per year by venue kind"),
        (axes[1], counted.by_role, ROLES, f"{counted.owner or 'The owner'}'s role"),
    )
    for ax, rows, columns, title in panels:
        ordered = sorted(rows, key=lambda row: (row[0] == _NO_YEAR, row[0]))  # oldest left, "n.d." last
        years = [y for y, _ in ordered]
        bottom = [0] * len(years)
        for index, column in enumerate(columns):
            heights = [c[index] for _, c in ordered]
            if any(heights):
                ax.bar(years, heights, bottom=bottom, label=column)
                bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        ax.set_ylim(top=max(bottom, default=1) * 1.25 + 0.5)  # room for the legend above the bars
        ax.set_title(title)
        ax.set_xlabel("year")
        ax.legend(frameon=False, fontsize="small", ncols=3, loc="upper left")
        ax.yaxis.get_major_locator().set_params(integer=True)
    axes[0].set_ylabel("papers")
    figure.suptitle(f"{counted.owner + ': ' if counted.owner else ''}{counted.total} papers")
    figure.savefig(path, format=suffix, dpi=150)
    plt.close(figure)
