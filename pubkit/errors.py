"""Errors raised by pubkit and the `Problem` record that keeps unreadable input as data."""

from __future__ import annotations

import enum

from attrs import field, frozen

__all__ = ["KINDS", "FormatError", "ParseError", "Problem", "PubkitError", "Severity", "WriteError"]


class Severity(str, enum.Enum):
    """How bad a problem is: an ERROR lost an entry (or the input); a WARNING read it with a caveat."""

    ERROR = "error"
    WARNING = "warning"


#: The stable `Problem.kind` ids and what each means; callers may filter on them.
KINDS: dict[str, str] = {
    "unreadable-entry": "an entry (or item) could not be read and is not among the papers",
    "syntax": "the input's syntax is broken here (an unclosed brace, invalid JSON); what follows may be lost",
    "no-entries": "the input holds no entry at all",
    "duplicate-key": "a citation key (or CSL id) given twice; both entries kept",
    "duplicate-field": "a field given twice in one entry; the first value kept",
    "encoding": "bytes that are not valid in the file's encoding; the line was read as Latin-1",
    "undefined-macro": "a BibTeX @string macro used but never defined; read as empty",
    "ignored": "input pubkit keeps no record of (@preamble, an unknown CSL status)",
    "invalid-field": "a value that does not fit (year 20201, month 13); kept as an extra field or dropped",
    "unknown-type": "an entry type pubkit does not know; read as 'other' and written back as it came",
    "uncertain-field": "a field read with low confidence (a printed list's guessed venue or year)",
    "shape": "the input's top-level shape is unexpected (one object instead of an array); read anyway",
    "merge-conflict": "merged duplicates disagree on a field",
    "no-title": "a citation that prints no title (physics' and chemistry's styles): read with an empty title",
}


@frozen
class Problem:
    """Something in the input that could not be read: where it is, what went wrong, and the raw text.

    `line` is 1-based; `item` is the 0-based index for formats without lines (CSL-JSON arrays).
    `kind` is one of `KINDS`; `severity` says whether an entry was lost (ERROR) or read with a caveat.
    """

    message: str
    path: str | None = None
    line: int | None = None
    text: str = ""
    item: int | None = None
    kind: str = field(default="unreadable-entry", kw_only=True)
    severity: Severity = field(default=Severity.ERROR, kw_only=True, converter=Severity)

    @property
    def location(self) -> str:
        """`path:line` (or `path[item]`), the way compilers and linters name a place."""
        where = self.path or "<input>"
        if self.line is not None:
            return f"{where}:{self.line}"
        if self.item is not None:
            return f"{where}[{self.item}]"
        return where

    @property
    def is_error(self) -> bool:
        """Whether an entry (or the input) was lost, as opposed to read with a caveat."""
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class PubkitError(Exception):
    """Base class of every error pubkit raises on purpose."""


class ParseError(PubkitError, ValueError):
    """Input that cannot be read at all (not a single entry), or the first error under `strict=True`."""

    def __init__(self, message: str, problem: Problem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


class FormatError(PubkitError, ValueError):
    """An unknown format name, or a file whose format cannot be guessed."""


class WriteError(PubkitError, OSError):
    """A file pubkit will not or cannot write: read-only, an input it would lose data of, a bad path."""
