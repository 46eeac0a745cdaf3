"""Delimited exports (`.csv`, `.tsv`): a research-outputs report, a reference manager's or a spreadsheet's.

The header is the first row with two cells that name fields ("Title", "Authors", "Journal / Book /
Event"); each row below it is an entry at the line where the row starts (a quoted cell may span
lines), its cells marked with their column's field. The rows above the header are the export's
title. A type column ("Output Type", "Item Type") is the section a row sits in, so presentations,
datasets and media items are skipped as such sections are in any list; a one-cell row is a section
heading; a totals row is no entry. A row the `csv` module cannot read, or one too long to be a
citation, is a problem at its line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from pubkit.errors import Problem
from pubkit.reading.markup._builder import TextBuilder, write_record
from pubkit.reading.markup.base import Block, Document, Heading
from pubkit.wording import MARKER_CHARS, column_field

__all__ = ["looks_delimited", "read"]

_DELIMITERS = ("\t", ",", ";")
#: Rows searched for the header (an export's title rows come first).
_HEADER_ROWS = 30
#: A row longer than this (in characters) is no citation: a problem, not an entry.
MAX_ROW = 20_000
#: Columns whose values are the kind of work: the section a row sits in (the first one found).
_TYPE_COLUMNS = (
    "output type",
    "item type",
    "publication type",
    "document type",
    "type",
    "work type",
    "category",
    "kind",
)
#: A footer row: "Total outputs: 13", "Subtotal", "Count: 12".
_TOTALS = re.compile(r"(?i)^\s*(?:sub)?totals?\b|^\s*(?:count|sum|number of (?:outputs|records|items))\b")
_SHORT_HEADING = 4  # words: a longer cell is not a column heading


def _heading_field(cell: str) -> str | None:
    """The field a header cell names: exactly, or by a word of a short heading ("Journal / Book / Event")."""
    cell = cell.strip()
    if not cell or len(re.findall(r"\w+", cell)) > _SHORT_HEADING:
        return None
    return column_field(cell, loose=False) or column_field(cell)


def _header(rows: list[list[str]]) -> int | None:
    """The index of the header among the first rows: two cells name fields, one of them the title
    or the authors."""
    for index, row in enumerate(rows[:_HEADER_ROWS]):
        fields = [_heading_field(cell) for cell in row]
        named = [f for f in fields if f]
        if len(named) >= 2 and {"title", "author", "work"} & set(named):
            return index
    return None


def _rows(
    text: str, delimiter: str, problems: list[Problem] | None = None
) -> Iterator[tuple[int, list[str]]]:
    """Each row with the line it starts on; a row the `csv` module refuses is a problem (when asked)."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    end = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            if problems is not None:
                problems.append(Problem(f"row not read: {err}", line=end + 1, kind="syntax"))
            end = reader.line_num
            continue
        start, end = end + 1, reader.line_num
        yield start, row


def _dialect(text: str) -> tuple[str, int, list[list[str]]] | None:
    """The delimiter whose rows have a header (the one naming most fields), the header's line and the
    rows from the header on (of the first few)."""
    best: tuple[int, str, int, list[list[str]]] | None = None
    head = "\n".join(text[:200_000].split("\n")[: _HEADER_ROWS * 3])
    for delimiter in _DELIMITERS:
        if delimiter not in head:
            continue
        rows = list(zip(range(_HEADER_ROWS), _rows(head, delimiter), strict=False))
        index = _header([row for _, (_, row) in rows])
        if index is None:
            continue
        line, header = rows[index][1]
        named = sum(1 for cell in header if _heading_field(cell))
        if best is None or named > best[0]:
            best = (named, delimiter, line, [row for _, (_, row) in rows[index:]])
    return best[1:] if best else None


def looks_delimited(sample: str) -> bool:
    """Whether a text is a delimited export: a header of three or more short cells naming fields, and
    two rows below it exactly as wide (a citation's commas rarely line up so)."""
    found = _dialect(sample)
    if found is None:
        return False
    header, *rows = found[2]
    short = all(len(re.findall(r"\w+", cell)) <= _SHORT_HEADING + 1 for cell in header)
    return short and len(header) >= 3 and sum(len(row) == len(header) for row in rows) >= 2


def read(text: str) -> Document:
    """Read a delimited export: one entry per row below its header."""
    found = _dialect(text)
    problems: list[Problem] = []
    if found is None:
        return _without_header(text, problems)
    delimiter, header_line, (header, *_) = found
    columns = [_heading_field(cell) for cell in header]
    columns = ["title" if f == "work" and "title" not in columns else f for f in columns]
    names = [" ".join(cell.lower().split()) for cell in header]
    kind_column = next((names.index(n) for n in _TYPE_COLUMNS if n in names), None)
    blocks: list[Block] = []
    headings: list[Heading] = []
    section: Heading | None = None  # a one-cell row's heading
    kind: Heading | None = None  # the type column's
    for line, row in _stacked(_rows(text, delimiter, problems), columns):
        cells = [(k, cell.strip()) for k, cell in enumerate(row) if cell.strip()]
        if line <= header_line or not cells:
            if cells and line < header_line:
                blocks.append(_aside(line, row))  # a title row
            continue
        if sum(len(cell) for cell in row) > MAX_ROW:
            problems.append(_too_long(line, row))
            continue
        if any(_TOTALS.match(cell) for _, cell in cells) and len(cells) <= 2:
            continue  # "Total outputs: 13": a footer, not an entry
        if len(cells) == 1 and (
            cells[0][0] >= len(columns) or columns[cells[0][0]] not in ("title", "author")
        ):
            section, kind = Heading(cells[0][1], 1, line), None
            headings.append(section)
            continue
        value = row[kind_column].strip() if kind_column is not None and kind_column < len(row) else ""
        if value and (kind is None or kind.text != value):
            kind = Heading(value, 2 if section else 1, line)
            headings.append(kind)
        path = tuple(h for h in (section, kind if value else None) if h is not None)
        block = _row(line, row, columns, kind_column, path)
        if block is not None:
            blocks.append(block)
        blocks.extend(_aside(line, [cell]) for _, cell in cells if cell[0] in MARKER_CHARS)
    title = next((b.text.split("\n")[0] for b in blocks if b.kind == "aside"), None)
    return Document(blocks, headings, title=title, markup="delimited", problems=problems)


def _stacked(
    rows: Iterator[tuple[int, list[str]]], columns: list[str | None]
) -> Iterator[tuple[int, list[str]]]:
    """Rows as read, except a Google Scholar profile's: under "TITLE / CITED BY / YEAR" each paper is its
    title and its authors on rows of their own, then its venue in the title column beside the count and
    the year. Those rows are one row, the three lines stacked in the title cell (`_row` marks them)."""
    if not columns or columns[0] != "title":
        yield from rows
        return
    pending: list[tuple[int, list[str]]] = []
    for line, row in rows:
        one_cell = len([cell for cell in row if cell.strip()]) == 1 and bool(row[0].strip())
        if one_cell:
            pending.append((line, row))
            continue
        if len(pending) >= 2 and len(row) > 1 and row[0].strip():
            yield from pending[:-2]
            (start, title), (_, names) = pending[-2:]
            yield start, [f"{title[0].strip()}{_STACK}{names[0].strip()}{_STACK}{row[0].strip()}", *row[1:]]
        else:
            yield from pending
            yield line, row
        pending = []
    yield from pending


_STACK = "\x1e"  # between the title, author and venue lines stacked in one title cell
_STACKED_FIELDS = ("title", "author", "container")


def _too_long(line: int, row: list[str]) -> Problem:
    return Problem(f"row too long to be a citation ({sum(map(len, row)):,} characters)", line=line)


def _row(
    line: int, row: list[str], columns: list[str | None], kind_column: int | None, path: tuple[Heading, ...]
) -> Block | None:
    """A row as an entry: its cells in a citation's order, each on a line of its own and marked with its
    column's field (a column that names none: "other"); the type cell is its section, not its text."""
    cells = [
        (columns[k] or "other" if k < len(columns) else "other", cell.strip(), line)
        for k, cell in enumerate(row)
        if cell.strip() and k != kind_column
    ]
    if row and _STACK in row[0]:  # a Scholar row: its title, authors and venue on lines of their own
        stacked = [
            (f, part, line + k)
            for k, (f, part) in enumerate(zip(_STACKED_FIELDS, row[0].split(_STACK), strict=True))
        ]
        cells = stacked + cells[1:]
    builder = TextBuilder()
    write_record(builder, cells)
    text, spans, breaks = builder.finish()
    return Block(text, spans, breaks, kind="item", headings=path) if text else None


def _aside(line: int, row: list[str]) -> Block:
    """A title row (the export's name, the staff member it is about) or a note cell that opens with a
    role marker ("* equal contribution"): read for the owner and legends, never an entry."""
    builder = TextBuilder()
    for cell in row:
        if cell.strip():
            if not builder.empty:
                builder.hard_break()
            builder.text(" ".join(cell.split()), line)
    text, spans, breaks = builder.finish()
    return Block(text, spans, breaks, kind="aside")


def _without_header(text: str, problems: list[Problem]) -> Document:
    """Rows under no header that names fields: each row's cells as the text of one entry, for the
    labeller to read (what it cannot read is a problem at the row's line)."""
    delimiter = "\t" if "\t" in text[:10_000] else ","
    blocks: list[Block] = []
    for line, row in _rows(text, delimiter, problems):
        if sum(len(cell) for cell in row) > MAX_ROW:
            problems.append(_too_long(line, row))
            continue
        builder = TextBuilder()
        builder.text(". ".join(cell.strip() for cell in row if cell.strip()), line)
        text_, spans, breaks = builder.finish()
        if text_:
            blocks.append(Block(text_, spans, breaks, kind="paragraph"))
    return Document(blocks, markup="delimited", problems=problems)
