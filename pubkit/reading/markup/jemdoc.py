"""jemdoc pages: `=` headings, `-` / `.` items, `*bold*` `/italic/` `_underline_` `+mono+`, `[url text]`.

`#` lines are comments (the first may be the `# jemdoc:` header), `\\n` is a hard break, a
backslash before a punctuation mark gives the mark itself, `{{...}}` is raw HTML, and `~~~` blocks
hold either more jemdoc (image and titled boxes), raw HTML, or code (skipped).
"""

from __future__ import annotations

import re

from pubkit.reading.markup._builder import LineBlocks, LineIndex, TextBuilder
from pubkit.reading.markup._inline import Op, render
from pubkit.reading.markup.base import Document
from pubkit.reading.markup.html import HtmlReader

__all__ = ["read"]

_HEADING = re.compile(r"(=+)[ \t]+(\S.*)")
_ITEM = re.compile(r"([-.:])\1*[ \t]+")
_LINK = re.compile(r"\[([^\[\]]*)\]")
_BOX = re.compile(r"\{([^{}\n]*)\}(?:\{([^{}\n]*)\})?")
_TITLE = re.compile(r"title\{([^{}\n]*)\}")
_DELIMITERS = {"*": "bold", "/": "italic", "_": "underline"}
_DASHES = re.compile(r"(?<![-!<])-{2,3}(?![->])")  # (not "<!--" or "-->" or a rule of dashes)
_VERBATIM = {"+": "code"}


def _ops(source: str) -> list[Op]:
    """Links, hard breaks and raw HTML of one entry, which the emphasis pairing must leave alone."""
    ops: list[Op] = []
    for found in _LINK.finditer(source):
        start, end = found.span()
        if (start and source[start - 1] == "\\") or source[end - 2] == "\\":
            continue
        inside = found.group(1)
        head = inside.split(None, 1)[0] if inside.strip() else ""
        if inside[:1].isspace() or not head:
            target, label_start = None, start + 1
        elif len(inside.strip()) == len(head):
            target, label_start = head, start + 1
        else:
            target, label_start = head, start + 1 + len(head)
            while source[label_start].isspace():
                label_start += 1
        ops.append(Op(start, label_start, "open", "link", target=target))
        ops.append(Op(end - 1, end, "close", "link"))
    position = source.find("\\n")
    while position >= 0:
        if position + 2 >= len(source) or not source[position + 2].isalpha():
            ops.append(Op(position, position + 2, "break"))
        position = source.find("\\n", position + 2)
    for found in _DASHES.finditer(source):  # jemdoc prints "--" as an en dash, "---" as an em dash
        if not any(op.start <= found.start() < op.end for op in ops):
            ops.append(Op(found.start(), found.end(), "text", text="—" if len(found.group()) == 3 else "–"))
    start = source.find("{{")
    while start >= 0:
        end = source.find("}}", start + 2)
        if end < 0:
            break
        ops.append(Op(start, end + 2, "html", text=source[start + 2 : end]))
        start = source.find("{{", end + 2)
    return ops


def _definition(rest: str) -> str:
    """A definition item `{term} text` as the term, a hard break, then the text."""
    if rest.startswith("{"):
        close = rest.find("}")
        if close > 0:
            return f"{rest[1:close]} \\n {rest[close + 1 :]}"
    return rest


class _Reader(LineBlocks):
    def __init__(self) -> None:
        super().__init__("jemdoc")

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        render(builder, source, index, delimiters=_DELIMITERS, verbatim=_VERBATIM, ops=_ops(source))

    def read(self, text: str) -> Document:
        rows = text.split("\n")
        index = 0
        while index < len(rows):
            number, line = index + 1, rows[index]
            index += 1
            stripped = line.strip()
            if line.startswith("#"):
                if index == 1 and line.startswith("# jemdoc:"):
                    title = _TITLE.search(line)
                    self.assembler.title = title.group(1).strip() if title else None
                continue
            if not stripped:
                self.flush()
                continue
            if stripped.startswith("~~~"):
                self.flush()
                index = self._box(rows, index)
                continue
            heading = _HEADING.fullmatch(line.rstrip())
            if heading:
                self.heading(number, heading.group(2), len(heading.group(1)))
                continue
            item = _ITEM.match(line)
            if item and not line.startswith("---"):
                self.item(number, _definition(line[item.end() :]))
                continue
            self.lines.append((number, line))
        self.flush()
        return self.assembler.document()

    def _box(self, rows: list[str], index: int) -> int:
        """Read a `~~~` block starting at row `index`; returns the row after its closing `~~~`."""
        end = index
        while end < len(rows) and not rows[end].strip().startswith("~~~"):
            end += 1
        body = rows[index:end]
        options = _BOX.match(body[0].strip()) if body else None
        style = (options.group(2) or "") if options else ""
        first = index + 1 + (1 if options else 0)
        inner = body[1:] if options else body
        if style == "raw":
            HtmlReader(self.assembler).feed("\n".join(inner), first)
        elif style == "table":
            self._table(inner, first)
        elif options is None or style.startswith("img") or options.group(2) is None:
            for offset, line in enumerate(inner):
                if not line.strip():
                    self.flush()
                elif not line.startswith("#"):
                    item = _ITEM.match(line)
                    if item:
                        self.flush()
                        self.kind = "item"
                        line = line[item.end() :]
                    self.lines.append((first + offset, line))
            self.flush()
        return end + 1

    def _table(self, rows: list[str], first: int) -> None:
        """A jemdoc table (`cell | cell ||` rows): each row one entry, its cells on separate lines."""
        row: list[str] = []
        start = first
        for offset, line in enumerate(rows):
            if not row:
                start = first + offset
            row.append(line)
            if line.rstrip().endswith("||"):
                cells = " ".join(row).rstrip()[:-2].split(" | ")
                self.lines = [(start, " \\n ".join(cell.strip() for cell in cells))]
                self.flush()
                row = []
        if row:
            self.lines = [(start, " \\n ".join(c.strip() for c in " ".join(row).split(" | ")))]
            self.flush()


def read(text: str) -> Document:
    """Read a jemdoc page."""
    return _Reader().read(text)
