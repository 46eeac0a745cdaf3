"""What every markup reader produces: a document of headed sections and candidate entries.

An entry is plain text (markup removed, entities and LaTeX decoded, soft line wraps as one space,
hard breaks as "\\n") plus `Span`s saying which characters were bold, italic, quoted, a link, ...,
and a map from character offsets back to source lines. The field labeller reads entries only,
never markup, so every markup is read the same way after this layer.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator

from attrs import field, frozen

from pubkit.errors import Problem
from pubkit.wording import MARKER_CHARS, legend_meaning

__all__ = ["Block", "Document", "Heading", "Span", "SpanKind"]

SpanKind = str
"""One of "bold", "italic", "underline", "quoted", "link", "sup", "sub", "code", "strike"."""

SPAN_KINDS = frozenset({"bold", "italic", "underline", "quoted", "link", "sup", "sub", "code", "strike"})


@frozen
class Span:
    """Characters `text[start:end]` of an entry shown with `kind` markup; `target` is a link's URL."""

    start: int
    end: int
    kind: SpanKind
    target: str | None = None


@frozen
class Heading:
    """A section heading: its plain text, level (1 largest) and 1-based source line."""

    text: str
    level: int
    line: int


def _lines(value: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(value)


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _headings(value: Iterable[Heading]) -> tuple[Heading, ...]:
    return tuple(value)


@frozen
class Block:
    """A candidate entry: a list item, a paragraph, a definition, a `\\bibitem`, or a heading.

    `breaks` maps text offsets to source lines: `(offset, line)` pairs, sorted by offset, the first
    at offset 0; the character at offset `o` is on the line of the last pair with offset <= `o`.
    `kind` is "item" (a list item of any markup), "paragraph", "heading" (a heading's own text,
    which may be a paper's title when the next block lists its authors) or "aside" (a note's text:
    read for legends, never an entry). `number` is the printed
    number of a numbered item ("[12]", "12.") when the markup shows one. `headings` is the path of
    headings above the block, outermost first.
    """

    text: str
    spans: tuple[Span, ...] = field(default=(), converter=_spans)
    breaks: tuple[tuple[int, int], ...] = field(default=((0, 1),), converter=_lines)
    kind: str = "paragraph"
    number: int | None = None
    headings: tuple[Heading, ...] = field(default=(), converter=_headings)

    @property
    def line(self) -> int:
        """The 1-based source line where the block starts."""
        return self.breaks[0][1] if self.breaks else 1

    def line_at(self, offset: int) -> int:
        """The 1-based source line of the character at `offset`."""
        index = bisect.bisect_right(self.breaks, (offset, 1 << 62)) - 1
        return self.breaks[max(index, 0)][1]

    def spans_at(self, offset: int) -> list[Span]:
        """The spans covering the character at `offset` (few per entry, so a scan is enough)."""
        return [s for s in self.spans if s.start <= offset < s.end]


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


def _problems(value: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(value)


@frozen
class Document:
    """A whole document read by one markup reader: its blocks in order, and every heading.

    `title` is a document title that is not a heading (YAML front matter `title:`, jemdoc `# jemdoc:
    title`, org `#+TITLE:`, LaTeX `\\title{}` / `\\name{}{}`), or None; `author` the document's author
    when the markup names one apart (org `#+AUTHOR:`, LaTeX `\\author{}`). `markup` names the reader.
    `problems` are what the markup itself could not read (a YAML syntax error, a CSV row too long),
    each at its line; the reader reports them with the file's path.
    """

    blocks: tuple[Block, ...] = field(default=(), converter=_blocks)
    headings: tuple[Heading, ...] = field(default=(), converter=_headings)
    title: str | None = None
    markup: str = "text"
    problems: tuple[Problem, ...] = field(default=(), converter=_problems)
    author: str | None = None


def free_marks(text: str) -> Iterator[str]:
    """Role markers `text` does not use (symbols, not superscripts), to print a role the page shows
    another way (a footnote, a tooltip)."""
    return iter(mark for mark in reversed(MARKER_CHARS) if mark not in text and not mark.isalnum())


def footnote_marks(
    text: str, definition: re.Pattern[str], reference: re.Pattern[str], cite: Callable[[str], str]
) -> str:
    """Footnotes that give authors a role, as the marker and legend a list prints: each footnote whose
    definition (`definition`'s groups: label, text) reads as a legend ("These authors contributed
    equally.") gets a marker the page does not use, each `reference` to it (group 1: the label) becomes
    `cite(marker)`, and its definition the legend's line "MARKER text"; a reference to any other footnote
    is dropped, so no name or title takes its label in."""
    notes = dict(definition.findall(text))
    free = free_marks(text)
    marks = {label: next(free, "") for label, body in notes.items() if legend_meaning(body)}
    marks = {label: mark for label, mark in marks.items() if mark}
    text = definition.sub(lambda m: f"{marks[m[1]]} {m[2]}" if m[1] in marks else m[0], text)
    return reference.sub(lambda m: cite(marks[m[1]]) if m[1] in marks else "", text)
