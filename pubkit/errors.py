"""Errors raised by pubkit and the `Problem` record that keeps unreadable input as data."""

from __future__ import annotations

from attrs import frozen

__all__ = ["FormatError", "ParseError", "Problem", "PubkitError"]


@frozen
class Problem:
    """Something in the input that could not be read: where it is, what went wrong, and the raw text.

    `line` is 1-based; `item` is the 0-based index for formats without lines (CSL-JSON arrays).
    """

    message: str
    path: str | None = None
    line: int | None = None
    text: str = ""
    item: int | None = None

    @property
    def location(self) -> str:
        """`path:line` (or `path[item]`), the way compilers and linters name a place."""
        where = self.path or "<input>"
        if self.line is not None:
            return f"{where}:{self.line}"
        if self.item is not None:
            return f"{where}[{self.item}]"
        return where

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class PubkitError(Exception):
    """Base class of every error pubkit raises on purpose."""


class ParseError(PubkitError, ValueError):
    """Input that cannot be read at all (not a single entry), or the first problem under `strict=True`."""

    def __init__(self, message: str, problem: Problem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


class FormatError(PubkitError, ValueError):
    """An unknown format name, or a file whose format cannot be guessed."""
