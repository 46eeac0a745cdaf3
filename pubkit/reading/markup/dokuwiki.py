"""DokuWiki pages (a lab's wiki): `====== headings ======`, `  - ` / `  * ` items, `**bold**` `//italic//`.

More `=` is a higher heading (six is level 1, two level 5). `__underline__`, `''mono''`, `<sup>` and
other inline HTML are read, `\\\\ ` is a hard break, `[[target|text]]` a link (its text; an internal
page's name when it has none), `{{media}}`, `((footnotes))` and `~~MACROS~~` nothing. `<WRAP>` boxes
are ordinary paragraphs, `<code>` / `<file>` blocks are skipped, and `^ heading ^` / `| cell |` table
rows are entries whose cells are marked with their column's field.
"""

from __future__ import annotations

import re

from pubkit.reading.markup._builder import LineBlocks, LineIndex, TextBuilder, equals_heading
from pubkit.reading.markup._inline import Op, non_overlapping, render
from pubkit.reading.markup.base import Document
from pubkit.wording import cell_field, column_field

__all__ = ["read"]

_ITEM = re.compile(r"(?: {2,}|\t+)[-*][ \t]+")
_LINK = re.compile(r"\[\[([^\[\]|\n]*)(?:\|([^\[\]\n]*))?\]\]")
_MEDIA = re.compile(r"\{\{[^{}\n]*\}\}")
_FOOTNOTE = re.compile(r"\(\([^()\n]*\)\)")
_MACRO = re.compile(r"~~[A-Z_]+(?::[^~\n]*)?~~")
_BREAK = re.compile(r"\\\\(?=[ \t]|$)")
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>")
_BOX = re.compile(r"</?(?:WRAP|wrap|note|box|panel|div)\b[^>\n]*>")  # no spaces around: linear in sub
_SKIPPED_BLOCK = re.compile(r"[ \t]*<(code|file|nowiki|html|php)\b[^>\n]*>")
_RULE = re.compile(r"[ \t]*-{4,}[ \t]*")
_ROW = re.compile(r"[ \t]*[|^].*[|^][ \t]*")
_DELIMITERS = {"**": "bold", "//": "italic", "__": "underline"}
_VERBATIM = {"''": "code"}


def _ops(source: str) -> list[Op]:
    """Links, media, footnotes, macros, breaks and inline HTML, which the emphasis pairing leaves alone."""
    ops: list[Op] = []
    for found in _LINK.finditer(source):
        target = found.group(1).strip()
        if found.group(2) is not None:
            external = "://" in target
            if external:
                ops.append(Op(found.start(), found.start(2), "open", "link", target=target))
                ops.append(Op(found.end(2), found.end(), "close", "link"))
            else:
                ops.append(Op(found.start(), found.start(2), "drop"))
                ops.append(Op(found.end(2), found.end(), "drop"))
        else:
            name = target if "://" in target else target.rsplit(":", 1)[-1].split("#")[0]
            ops.append(Op(found.start(), found.end(), "text", text=name))
    for pattern in (_MEDIA, _FOOTNOTE, _MACRO):
        ops.extend(Op(found.start(), found.end(), "drop") for found in pattern.finditer(source))
    ops.extend(Op(found.start(), found.end(), "break") for found in _BREAK.finditer(source))
    ops.extend(Op(found.start(), found.end(), "html", text=found.group(0)) for found in _TAG.finditer(source))
    return non_overlapping(ops)


def _render(builder: TextBuilder, source: str, index: LineIndex) -> None:
    render(builder, source, index, delimiters=_DELIMITERS, verbatim=_VERBATIM, ops=_ops(source), escape=None)


def _cells(line: str) -> list[tuple[str, bool]]:
    """A table row's cells, each with whether it is a heading cell (`^`)."""
    stripped = line.strip()
    cells: list[tuple[str, bool]] = []
    start, heading = 1, stripped[0] == "^"
    for k in range(1, len(stripped)):
        if stripped[k] in "|^" and stripped[k - 1 : k + 1] != "\\|":
            cells.append((stripped[start:k].strip(), heading))
            start, heading = k + 1, stripped[k] == "^"
    return cells


class _Reader(LineBlocks):
    def __init__(self) -> None:
        super().__init__("dokuwiki")
        self._columns: list[str | None] = []

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        _render(builder, source, index)

    def _row(self, number: int, line: str) -> None:
        """A table row: a heading row names the columns; another is an entry of its cells."""
        cells = _cells(line)
        if cells and all(heading for _, heading in cells):
            self._columns = [column_field(text) for text, _ in cells]
            return
        builder = TextBuilder()
        for k, (text, _) in enumerate(cells):
            if not text:
                continue
            builder.hard_break()
            field = cell_field(self._columns, k)
            if field:
                builder.open("field", field)
            _render(builder, text, LineIndex(text, number))
            if field:
                builder.close("field")
        self.assembler.block(builder, "item")

    def read(self, text: str) -> Document:
        rows = text.split("\n")
        index = 0
        table = False
        while index < len(rows):
            number, line = index + 1, rows[index]
            index += 1
            stripped = line.strip()
            skipped = _SKIPPED_BLOCK.match(line)
            if skipped and f"</{skipped.group(1)}" not in line[skipped.end() :]:
                self.flush()
                while index < len(rows) and f"</{skipped.group(1)}" not in rows[index]:
                    index += 1
                index += 1
                continue
            if (
                not stripped
                or _MACRO.fullmatch(stripped)
                or _BOX.fullmatch(line.strip())
                or _RULE.fullmatch(line)
            ):
                self.flush()
                continue
            if _ROW.fullmatch(line):
                self.flush()
                if not table:
                    self._columns = []
                table = True
                self._row(number, line)
                continue
            table = False
            heading = equals_heading(line, 2, 6, balanced=False)
            if heading:
                count, text = heading
                self.heading(number, text, 7 - count)
                continue
            item = _ITEM.match(line)
            if item:
                self.item(number, line[item.end() :])
                continue
            if self.kind == "item":
                self.flush()  # an item is one line; the next line is a paragraph of its own
            self.lines.append((number, _BOX.sub(" ", line)))
        self.flush()
        return self.assembler.document()


def read(text: str) -> Document:
    """Read a DokuWiki page."""
    return _Reader().read(text)
