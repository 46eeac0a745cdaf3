"""Shared machinery of the markup readers: building one entry's text, spans and line map, and the document."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from pubkit.reading.markup.base import Block, Document, Heading, Span
from pubkit.wording import YEAR

__all__ = [
    "FIELD_ORDER",
    "YEARS",
    "YEAR_LABEL",
    "Assembler",
    "LineIndex",
    "TextBuilder",
    "equals_heading",
    "field_rank",
    "split_number",
    "write_record",
]

# A printed item number at the start of an entry: "[12]", "(12)", "12.", "12)".
_NUMBER = re.compile(r"(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})[.)])(?=\s|$)")
YEARS = (1800, 2100)
"""Four-digit numbers in this range starting an entry are its year ("2019.", "(2019)"), not its number."""

#: A line that is only a year (or years) over the entries under it: "2025", "2019–present", "2022 and
#: earlier".
YEAR_LABEL = re.compile(
    rf"\s*(?:{YEAR})(?:\s*[-–—]\s*(?:{YEAR}|present|today))?(?:\s+(?:and|&)\s+(?:earlier|before))?\s*:?\s*"
)

FIELD_ORDER = ("author", "title", "editor", "container", "publisher", "volume", "pages", "date", "status")
"""The order of a record's fields (a data file's, an export's row) when printed as one entry: a citation's."""


def equals_heading(line: str, shortest: int, longest: int, *, balanced: bool) -> tuple[int, str] | None:
    """A wiki's heading line ("== Publications ==") as the count of "=" opening it and its text, or None;
    `balanced`: the same count closes it (MediaWiki), else any count in range does (DokuWiki). Plain
    string work: a pattern of this shape is quadratic on a long line of spaces."""
    text = line.strip(" \t")
    opening = len(text) - len(text.lstrip("="))
    closing = len(text) - len(text.rstrip("="))
    if not (shortest <= opening <= longest and shortest <= closing <= longest) or opening + closing >= len(
        text
    ):
        return None
    if balanced and opening != closing:
        return None
    inner = text[opening : len(text) - closing].strip(" \t")
    return (opening, inner) if inner else None


def field_rank(field: str) -> int:
    """Where `field` goes in `FIELD_ORDER`; any other field after them all."""
    return FIELD_ORDER.index(field) if field in FIELD_ORDER else len(FIELD_ORDER)


def write_record(
    builder: TextBuilder,
    cells: Iterable[tuple[str, str, int]],
    write: Callable[[TextBuilder, str, int], None] | None = None,
) -> None:
    """A record's cells, each (field, text, source line), in a citation's order (`FIELD_ORDER`, then as
    given), a line each and each marked with its field: a data row read as the citation it stands for.
    `write` puts a cell's text into the builder when its markup is to be read (plain text by default)."""
    for field, text, line in sorted(cells, key=lambda cell: field_rank(cell[0])):
        if not builder.empty:
            builder.hard_break()
        builder.open("field", field)
        if write is None:
            builder.text(" ".join(text.split()), line)
        else:
            write(builder, text, line)
        builder.close("field")


def split_number(text: str) -> tuple[int | None, int]:
    """The printed number at the start of `text` and how many characters (with the space after) it takes."""
    found = _NUMBER.match(text)
    if not found:
        return None, 0
    digits = found.group(1) or found.group(2) or found.group(3)
    if len(digits) == 4 and YEARS[0] <= int(digits) <= YEARS[1]:
        return None, 0
    end = found.end()
    while end < len(text) and text[end].isspace():
        end += 1
    return int(digits), end


class LineIndex:
    """1-based line numbers of offsets into a source string, by bisection over the line starts."""

    def __init__(self, text: str, first_line: int = 1, lines: list[int] | None = None) -> None:
        self._starts = [0]
        self._starts.extend(m.end() for m in re.finditer("\n", text))
        self._first = first_line
        self._lines = lines

    def line(self, offset: int) -> int:
        """The line of the character at `offset`; `lines`, when given, numbers non-consecutive lines."""
        row = bisect.bisect_right(self._starts, offset) - 1
        if self._lines is not None and row < len(self._lines):
            return self._lines[row]
        return row + self._first


class _Open:
    __slots__ = ("kind", "start", "target")

    def __init__(self, kind: str, target: str | None) -> None:
        self.kind = kind
        self.target = target
        self.start: int | None = None


class TextBuilder:
    """Collects one entry's words: whitespace runs collapse to one space, hard breaks become "\\n".

    Spans open and close around the words added between; a span starts at its first word, so it
    never holds the space before it. Every word records its source line for `Block.breaks`.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._space = False
        self._break = False
        self._breaks: list[tuple[int, int]] = []
        self._open: list[_Open] = []
        self._spans: list[Span] = []
        self._first_line: int | None = None
        self._glued = False

    @property
    def empty(self) -> bool:
        """Whether no word was added yet."""
        return self._length == 0

    @property
    def first_line(self) -> int | None:
        """The source line of the first word, or of the first text seen when there is none."""
        return self._breaks[0][1] if self._breaks else self._first_line

    def text(self, chunk: str, line: int) -> None:
        """Add `chunk` starting on `line`; its newlines are soft wraps that advance the line."""
        if self._first_line is None:
            self._first_line = line
        for index, physical in enumerate(chunk.split("\n")):
            if index:
                self._space = True
                line += 1
            if not physical:
                continue
            if physical[0].isspace():
                self._space = True
            words = physical.split()
            if words:
                self._word(words[0], line)
            if len(words) > 1:
                # the words after the first on one line: each after a space, on the first's line,
                # inside every span open at the first (what `_word` would do for each of them)
                rest = " ".join(words[1:])
                self._parts.append(" ")
                self._parts.append(rest)
                self._length += 1 + len(rest)
            if physical[-1].isspace():
                self._space = True

    def _word(self, word: str, line: int) -> None:
        glued, self._glued = self._glued, False
        if self._breaks and line > self._breaks[-1][1]:
            self._space = self._space or not glued  # a later source line: the line end was a soft wrap
        elif self._breaks:
            line = self._breaks[-1][1]  # lines never run backwards (recovery from broken LaTeX can reorder)
        if self._length:
            if self._break:
                self._parts.append("\n")
                self._length += 1
            elif self._space:
                self._parts.append(" ")
                self._length += 1
        self._space = self._break = False
        for span in self._open:
            if span.start is None:
                span.start = self._length
        if not self._breaks or self._breaks[-1][1] != line:
            self._breaks.append((self._length, line))
        self._parts.append(word)
        self._length += len(word)

    @property
    def length(self) -> int:
        """How many characters the text holds so far."""
        return self._length

    @property
    def last_line(self) -> int | None:
        """The source line of the last word added."""
        return self._breaks[-1][1] if self._breaks else self._first_line

    def text_since(self, offset: int) -> str:
        """The text added after the first `offset` characters."""
        return "".join(self._parts)[offset:]

    def space(self) -> None:
        """A word boundary that is not in the text itself (a table cell, a block tag inside an entry)."""
        self._space = True

    def end_field(self, mark: str = ".") -> None:
        """End the last word with `mark` (no space before it): a field separator that the markup
        drew as a glyph, such as `Title $|$ Venue`."""
        if self._length and not self._break:
            self._parts.append(mark)
            self._length += len(mark)
            self._space = True

    def glue(self) -> None:
        """The next word goes on from the last one even from a later source line (LyX writes a word's
        formatting and insets on lines of their own): only whitespace in the text makes a space."""
        self._glued = True

    def hard_break(self) -> None:
        """An explicit line break: the next word starts after "\\n"."""
        if self._length:
            self._break = True

    def open(self, kind: str, target: str | None = None) -> None:
        """Start a span of `kind` at the next word; an empty `kind` marks a span that is not kept."""
        self._open.append(_Open(kind, target))

    def close(self, kind: str) -> None:
        """End the innermost open span of `kind` after the last word; a span that holds no word is dropped."""
        for index in range(len(self._open) - 1, -1, -1):
            span = self._open[index]
            if span.kind == kind:
                del self._open[index]
                self._keep(span)
                return

    def mark(self, start: int, kind: str, target: str | None = None) -> None:
        """A span of `kind` over the text from offset `start` to here, for markup whose meaning is known
        only once its words are read (a prose paragraph under a citation)."""
        if self._length > start:
            self._spans.append(Span(start, self._length, kind, target))

    def covered(self, start: int, kind: str) -> bool:
        """Whether a closed span of `kind` holds all the words added after offset `start`."""
        text = self.text_since(start)
        first = start + len(text) - len(text.lstrip())
        return any(s.kind == kind and s.start <= first and s.end >= self._length for s in self._spans)

    def innermost(self) -> tuple[str, str | None] | None:
        """The kind and target of the innermost open span, if any."""
        return (self._open[-1].kind, self._open[-1].target) if self._open else None

    def pending(self) -> list[tuple[str, str | None]]:
        """The open spans that hold no word yet (`<a href=…><h2>Title</h2></a>`: the link opened before
        the block that holds its words), to open again in the next builder."""
        return [(span.kind, span.target) for span in self._open if span.start is None]

    def _keep(self, span: _Open) -> None:
        if span.kind and span.start is not None and self._length > span.start:
            self._spans.append(Span(span.start, self._length, span.kind, span.target))

    def finish(self) -> tuple[str, list[Span], list[tuple[int, int]]]:
        """The text, its spans (unclosed ones end with the text) and its line map; the builder is spent."""
        for span in reversed(self._open):
            self._keep(span)
        self._open = []
        spans = sorted(self._spans, key=lambda s: (s.start, -s.end))
        return "".join(self._parts), spans, list(self._breaks)


def _shift(
    text: str, spans: list[Span], breaks: list[tuple[int, int]], cut: int
) -> tuple[str, list[Span], list[tuple[int, int]]]:
    """Drop the first `cut` characters, moving spans and line marks with the text."""
    moved = [Span(max(s.start - cut, 0), s.end - cut, s.kind, s.target) for s in spans if s.end - cut > 0]
    before = [pair for pair in breaks if pair[0] <= cut]
    after = [(offset - cut, line) for offset, line in breaks if offset > cut]
    start = [(0, before[-1][1])] if before and (not after or after[0][0] > 0) else []
    return text[cut:], moved, start + after


def _blank(text: str) -> bool:
    """Whether a block shows nothing: no text, or only white space and zero-width characters (a page
    builder's `<p>&#8203;</p>` spacer between entries)."""
    return not text.translate(_ZERO_WIDTH).strip()


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))


class Assembler:
    """Turns finished builders into the document's blocks, keeping the path of headings above each."""

    def __init__(self, markup: str) -> None:
        self.markup = markup
        self.blocks: list[Block] = []
        self.headings: list[Heading] = []
        self._path: list[Heading] = []
        self.title: str | None = None
        self.author: str | None = None

    def heading(self, builder: TextBuilder, level: int, line: int | None = None) -> None:
        """Close a heading: a heading block under the headings of lower level, then part of the path."""
        first = builder.first_line
        text, spans, breaks = builder.finish()
        if _blank(text):
            return
        line = line or first or 1
        self._add_heading(Heading(text, level, line), text, spans, breaks)

    def _add_heading(
        self, heading: Heading, text: str, spans: list[Span], breaks: list[tuple[int, int]]
    ) -> None:
        """A heading block under the headings of lower level; the heading joins the path."""
        while self._path and self._path[-1].level >= heading.level:
            self._path.pop()
        self.blocks.append(Block(text, spans, breaks, kind="heading", headings=tuple(self._path)))
        self.headings.append(heading)
        self._path.append(heading)

    def block(
        self,
        builder: TextBuilder,
        kind: str = "paragraph",
        number: int | None = None,
        line: int | None = None,
    ) -> None:
        """Close an entry; a printed number at its start is taken off the text unless the markup gave one.
        `line` is where the markup opens a record before its first word (`\\bib{key}{type}{`): the block's
        line, as a YAML record's is its first key's."""
        text, spans, breaks = builder.finish()
        if _blank(text):
            return
        if line is not None and line < breaks[0][1]:
            breaks[0] = (0, line)
        if kind == "paragraph" and YEAR_LABEL.fullmatch(text):  # LaTeX's "\textbf{2024}" over a list
            self._add_heading(Heading(text.strip(), 6, breaks[0][1]), text, spans, breaks)
            return
        printed, cut = split_number(text)
        if printed is not None and cut < len(text):
            text, spans, breaks = _shift(text, spans, breaks, cut)
            if number is None:
                number = printed
        self.blocks.append(Block(text, spans, breaks, kind=kind, number=number, headings=tuple(self._path)))

    def document(self) -> Document:
        """The document read so far."""
        return Document(self.blocks, self.headings, title=self.title, markup=self.markup, author=self.author)


class LineBlocks:
    """The source lines of the block being read (line-based markups: jemdoc, org, reST), turned
    into a heading or a block by `flush`; a markup says how its inline markup renders in `render`."""

    def __init__(self, markup: str) -> None:
        self.assembler = Assembler(markup)
        self.lines: list[tuple[int, str]] = []
        self.kind = "paragraph"

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        """Feed the block's joined source into `builder` (each markup its own inline rules)."""
        raise NotImplementedError

    def heading(self, number: int, text: str, level: int) -> None:
        """A heading line: the block being read ends, the heading is one of its own."""
        self.flush()
        self.lines = [(number, text)]
        self.flush(level)

    def item(self, number: int, text: str) -> None:
        """The first line of a list item: the block being read ends, the item's opens."""
        self.flush()
        self.kind = "item"
        self.lines = [(number, text)]

    def flush(self, level: int = 0) -> None:
        """End the block being read: a heading of `level`, or a block of `self.kind` when 0."""
        if not self.lines:
            return
        source = "\n".join(text for _, text in self.lines)
        index = LineIndex(source, lines=[number for number, _ in self.lines])
        builder = TextBuilder()
        self.render(builder, source, index)
        if level:
            self.assembler.heading(builder, level)
        else:
            self.assembler.block(builder, self.kind)
        self.lines = []
        self.kind = "paragraph"
