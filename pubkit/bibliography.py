"""`Bibliography`: an ordered collection of papers plus the problems met while reading them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import overload

from attrs import field, frozen

from pubkit.errors import Problem
from pubkit.model import Paper

__all__ = ["Bibliography"]


def _papers(values: Iterable[Paper]) -> tuple[Paper, ...]:
    return tuple(values)


def _problems(values: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(values)


@frozen
class Bibliography:
    """Papers in reading order and the `problems` that kept other entries from becoming papers.

    Every entry of an input ends up in exactly one of the two. `owner` is the CV owner's name when
    the source names one. Bibliographies concatenate with `+`, keeping each paper's own source.
    """

    papers: tuple[Paper, ...] = field(default=(), converter=_papers)
    problems: tuple[Problem, ...] = field(default=(), converter=_problems, kw_only=True)
    owner: str | None = field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        for item in self.papers:
            if not isinstance(item, Paper):
                msg = f"a Bibliography holds Paper records, got {type(item).__name__}"
                raise TypeError(msg)

    def __len__(self) -> int:
        return len(self.papers)

    def __iter__(self) -> Iterator[Paper]:
        return iter(self.papers)

    @overload
    def __getitem__(self, index: int) -> Paper: ...
    @overload
    def __getitem__(self, index: slice) -> Bibliography: ...
    def __getitem__(self, index: int | slice) -> Paper | Bibliography:
        if isinstance(index, slice):
            return Bibliography(self.papers[index], problems=self.problems, owner=self.owner)
        return self.papers[index]

    def __add__(self, other: object) -> Bibliography:
        if not isinstance(other, Bibliography):
            return NotImplemented
        return Bibliography(
            self.papers + other.papers,
            problems=self.problems + other.problems,
            owner=self.owner or other.owner,
        )

    def with_papers(self, papers: Iterable[Paper]) -> Bibliography:
        """The same bibliography (problems, owner) holding other papers: for filters and transforms."""
        return Bibliography(papers, problems=self.problems, owner=self.owner)
