"""Jupyter notebooks (`.ipynb`, nbformat 3 and 4): the text cells, each read in its own markup.

A notebook is JSON; what it shows as text are its markdown cells (and raw cells whose
`raw_mimetype` names a markup: HTML, LaTeX, reST, Markdown). Code cells and their outputs are
program and data, never read. Each cell is read alone, as Jupyter renders it, and the cells are
joined as a Markdown document's pieces are, so a heading in one cell heads the cells after it.
Every line of a cell maps back to the line of the `.ipynb` file holding the JSON string it came
from: nbformat writes a cell's `source` as a list of strings, one a line, or as one string, whose
escaped newlines all lie on the string's own line. A file that is not JSON, or JSON that is not a
notebook, is a problem (at the line JSON gives), never an exception.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

from pubkit.errors import Problem
from pubkit.reading.markup._builder import LineIndex
from pubkit.reading.markup.base import Block, Document, Heading

__all__ = ["looks_like_notebook", "read"]

#: A notebook's opening: a JSON object whose keys include "cells" (nbformat 4) or "worksheets" (3)
#: and, in what follows, a cell's "cell_type".
_OPENING = re.compile(r'\A\s*\{\s*"(?:cells|metadata|nbformat|nbformat_minor|worksheets)"\s*:')
_CELL_TYPE = re.compile(r'"cell_type"\s*:\s*"')
#: A JSON string token: quotes never stand outside one, so every match is a string of the document.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
#: The markup of a raw cell by its `raw_mimetype` (nbformat 4) or `format`.
_RAW_MARKUPS = {
    "text/markdown": "markdown",
    "text/html": "html",
    "text/latex": "latex",
    "text/restructuredtext": "rst",
    "text/x-rst": "rst",
    "text/asciidoc": "asciidoc",
}


class _Text(str):
    """A JSON string and the 1-based file line it stands on."""

    line: int


class _Object(list[Any]):
    """A JSON object as its [key, value] pairs in order (duplicate keys kept, as they are in the file)."""

    def get(self, key: str) -> Any:
        return next((value for name, value in self if name == key), None)


def looks_like_notebook(sample: str) -> bool:
    """Whether JSON text is a Jupyter notebook: an object opening with a notebook's key, with cells."""
    return bool(_OPENING.match(sample.lstrip("\ufeff"))) and _CELL_TYPE.search(sample) is not None


def _pairs(pairs: list[tuple[str, Any]]) -> _Object:
    return _Object([key, value] for key, value in pairs)


def _locate(data: Any, text: str) -> None:
    """Give every string of the parsed document (keys and values, in document order) the line of its
    token in `text`; JSON strings hold no raw newline, so a string lies on one line."""
    index = LineIndex(text)
    tokens = (index.line(found.start()) for found in _STRING.finditer(text))
    stack: list[tuple[list[Any], int]] = [(data, 0)] if isinstance(data, list) else []
    while stack:
        container, position = stack.pop()
        if position >= len(container):
            continue
        stack.append((container, position + 1))
        item = container[position]
        if isinstance(item, str):
            located = _Text(item)
            located.line = next(tokens, 1)
            container[position] = located
        elif isinstance(item, list):
            stack.append((item, 0))


def _problem(message: str, line: int = 1) -> Document:
    return Document(markup="notebook", problems=[Problem(message, line=line, kind="syntax")])


def read(text: str) -> Document:
    """Read a notebook's text cells; a file that is not a notebook is a problem, never an exception."""
    try:
        data = json.loads(text, object_pairs_hook=_pairs)
    except json.JSONDecodeError as err:
        return _problem(f"notebook is not valid JSON: {err.msg}", err.lineno)
    except RecursionError:
        return _problem("notebook is not read: JSON nested too deeply")
    cells = _cells(data)
    if cells is None:
        return _problem("JSON file is not a Jupyter notebook (no list of cells)")
    _locate(data, text)
    from pubkit.reading.markup import markdown

    documents = [doc for doc in map(_cell, cells) if doc is not None]
    joined = markdown.join(documents)
    problems = [p for doc in documents for p in doc.problems]
    return Document(joined.blocks, joined.headings, title=joined.title, markup="notebook", problems=problems)


def _cells(data: Any) -> list[_Object] | None:
    """The notebook's cells (nbformat 4's `cells`, nbformat 3's worksheets' cells), or None if it has none."""
    if not isinstance(data, _Object):
        return None
    cells = data.get("cells")
    if cells is None and isinstance(data.get("worksheets"), list):
        sheets = [sheet.get("cells") for sheet in data.get("worksheets") if isinstance(sheet, _Object)]
        cells = [cell for sheet in sheets if isinstance(sheet, list) for cell in sheet]
    if not isinstance(cells, list):
        return None
    return [cell for cell in cells if isinstance(cell, _Object)]


def _markup(cell: _Object) -> str | None:
    """The markup a cell is read in: Markdown for a markdown cell, a raw cell's declared one; None
    for code and for raw cells that declare none (nbconvert passes them on unread)."""
    kind = cell.get("cell_type")
    if kind == "markdown":
        return "markdown"
    if kind != "raw":
        return None
    metadata = cell.get("metadata")
    if not isinstance(metadata, _Object):
        return None
    declared = metadata.get("raw_mimetype") or metadata.get("format")
    return _RAW_MARKUPS.get(str(declared).lower()) if declared else None


def _source(cell: _Object) -> Iterator[_Text]:
    """The strings of a cell's source (nbformat 3 calls a code cell's `input`), each with its line."""
    source = cell.get("source")
    parts = source if isinstance(source, list) else [source]
    for part in parts:
        if isinstance(part, _Text):
            yield part


def _cell(cell: _Object) -> Document | None:
    """One text cell read in its markup, every line moved to the file line its string stands on."""
    markup = _markup(cell)
    if markup is None:
        return None
    pieces: list[str] = []
    lines: list[int] = []  # the file line of each line of the cell's text
    opens = True  # the next character starts a line of the cell's text
    for part in _source(cell):
        value = part.replace("\r\n", "\n").replace("\r", "\n")
        if not value:
            continue
        starts = value.count("\n") - value.endswith("\n") + opens
        lines.extend([part.line] * starts)
        opens = value.endswith("\n")
        pieces.append(value)
    if not pieces:
        return None
    from pubkit.reading.markup import parse

    document = parse("".join(pieces), markup=markup)
    return _moved(document, lines)


def _moved(document: Document, lines: list[int]) -> Document:
    """The document with each line number `n` (of the cell's text) replaced by `lines[n - 1]`."""

    def line(number: int) -> int:
        return lines[min(max(number, 1), len(lines)) - 1]

    headings: dict[Heading, Heading] = {h: Heading(h.text, h.level, line(h.line)) for h in document.headings}

    def heading(h: Heading) -> Heading:
        return headings.get(h) or Heading(h.text, h.level, line(h.line))

    blocks = [
        Block(
            b.text,
            b.spans,
            _distinct([(offset, line(number)) for offset, number in b.breaks]),
            b.kind,
            b.number,
            tuple(heading(h) for h in b.headings),
        )
        for b in document.blocks
    ]
    problems = [attrs.evolve(p, line=line(p.line)) if p.line else p for p in document.problems]
    return Document(
        blocks, list(headings.values()), title=document.title, markup=document.markup, problems=problems
    )


def _distinct(breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Line marks without repeats of the line before (several lines of a cell on one file line)."""
    kept: list[tuple[int, int]] = []
    for offset, number in breaks:
        if not kept or kept[-1][1] != number:
            kept.append((offset, number))
    return kept
