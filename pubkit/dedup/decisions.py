"""Saved dedupe decisions: pairs a user has judged the same record or different records.

A record is named by a citation key it was read with ("rodriguez2021sparse") or by its title and
year ("Sparse attention routing (2021)", or a table `{title = "...", year = 2021}`); a name without
a space is a key. `find_duplicates(..., decisions=...)` merges `same` pairs and never joins
`different` ones (a `different` decision wins over a `same` one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from attrs import frozen

from pubkit.model import Paper
from pubkit.titles import normalize_title

__all__ = ["Decision", "Decisions", "RecordRef", "decisions_from_data"]

_TITLE_YEAR = re.compile(r"^(?P<title>.*?\S)\s*\((?P<year>\d{4})\)\s*$")


@frozen
class RecordRef:
    """One record as a decision names it: a citation key, or a title with an optional year."""

    key: str | None = None
    title: str | None = None
    year: int | None = None

    @classmethod
    def parse(cls, value: object) -> RecordRef:
        """`"key"`, `"Title (2021)"`, `"Title"` or `{title = ..., year = ...}` / `{key = ...}`."""
        if isinstance(value, Mapping):
            key, title, year = value.get("key"), value.get("title"), value.get("year")
            if key is None and title is None:
                msg = f"a record needs a 'key' or a 'title': {dict(value)!r}"
                raise ValueError(msg)
            if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
                msg = f"year must be a number, not {year!r}"
                raise ValueError(msg)
            return cls(str(key) if key is not None else None, str(title) if title is not None else None, year)
        if not isinstance(value, str) or not value.strip():
            msg = f"a record is a citation key, 'Title (year)' or a table, not {value!r}"
            raise ValueError(msg)
        text = value.strip()
        if " " not in text:
            return cls(key=text)
        found = _TITLE_YEAR.match(text)
        if found:
            return cls(title=found["title"], year=int(found["year"]))
        return cls(title=text)

    def matches(self, paper: Paper) -> bool:
        """Whether `paper` (or a copy merged into it) is the record this names."""
        if self.key is not None:
            wanted = self.key.casefold()  # BibTeX keys ignore case
            return any(s.key and s.key.casefold() == wanted for s in paper.sources)
        if self.year is not None and paper.year != self.year:
            return False
        return bool(self.title) and normalize_title(self.title or "") == normalize_title(paper.title)

    def __str__(self) -> str:
        if self.key is not None:
            return self.key
        return f"{self.title} ({self.year})" if self.year is not None else str(self.title)


@frozen
class Decision:
    """`verdict` ("same" or "different") about the records `first` and `second`."""

    verdict: Literal["same", "different"]
    first: RecordRef
    second: RecordRef


@frozen
class Decisions:
    """A set of decisions, as read from a decisions file or the `[decisions]` table of `pubkit.toml`."""

    items: tuple[Decision, ...] = ()

    def __len__(self) -> int:
        return len(self.items)

    def __add__(self, other: Decisions) -> Decisions:
        return Decisions(self.items + other.items)

    def pairs(self, papers: Sequence[Paper]) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
        """Index pairs `(same, different)` among `papers` (each pair ordered low, high)."""
        same: set[tuple[int, int]] = set()
        different: set[tuple[int, int]] = set()
        for decision in self.items:
            left = [i for i, p in enumerate(papers) if decision.first.matches(p)]
            right = [i for i, p in enumerate(papers) if decision.second.matches(p)]
            target = same if decision.verdict == "same" else different
            target.update((min(a, b), max(a, b)) for a in left for b in right if a != b)
        return same - different, different


def decisions_from_data(data: Mapping[str, Any], *, where: str = "decisions") -> Decisions:
    """Decisions from parsed TOML / JSON: `same = [[a, b], ...]` and `different = [[a, b], ...]`.

    Raises `ValueError` naming the entry (`where`, verdict and position) for anything else.
    """
    unknown = sorted(set(data) - {"same", "different"})
    if unknown:
        msg = f"{where}: unknown key(s) {', '.join(unknown)} (expected 'same' and 'different')"
        raise ValueError(msg)
    items: list[Decision] = []
    for verdict in ("same", "different"):
        pairs = data.get(verdict, [])
        if not isinstance(pairs, list):
            msg = f"{where}.{verdict}: expected a list of pairs"
            raise ValueError(msg)
        for n, pair in enumerate(pairs, 1):
            if not isinstance(pair, list) or len(pair) != 2:
                msg = f"{where}.{verdict}[{n}]: expected a pair [first, second], got {pair!r}"
                raise ValueError(msg)
            try:
                refs = [RecordRef.parse(x) for x in pair]
            except ValueError as err:
                msg = f"{where}.{verdict}[{n}]: {err}"
                raise ValueError(msg) from err
            items.append(Decision("same" if verdict == "same" else "different", refs[0], refs[1]))
    return Decisions(tuple(items))


def merge_decisions(parts: Iterable[Decisions]) -> Decisions:
    """All decisions of several sources, in order."""
    return Decisions(tuple(d for part in parts for d in part.items))
