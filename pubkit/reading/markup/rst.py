"""reStructuredText lists: underlined headings, `-` / `*` / `#.` / `1.` items, `**bold**`, `*italic*`, links.

`..` comments and directives (with their indented bodies) are skipped; `` `text <url>`_ `` is a
link; a heading's level is the order in which its adornment style first appears, as in docutils.
"""

from __future__ import annotations

import re

from pubkit.reading.markup._builder import LineBlocks, LineIndex, TextBuilder
from pubkit.reading.markup._inline import Op, render
from pubkit.reading.markup.base import Document

__all__ = ["read"]

_ADORNMENT = re.compile(r"([=\-`:'\"~^_*+#<>.])\1{2,}[ \t]*")
_ITEM = re.compile(r"[ \t]*(?:[-*+•][ \t]+|#\.[ \t]+|(?=\d{1,3}[.)][ \t]|\(\d{1,3}\)[ \t]))")
_LINK = re.compile(r"`([^`<]*)<([^<>`]*)>`_{1,2}")
_REFERENCE = re.compile(r"`([^`]+)`_{1,2}")
_ROLE = re.compile(r":[A-Za-z][\w.+-]*:(?=`)")
_INTERPRETED = re.compile(r"`([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")
_FIELD = re.compile(r":([^:\n]+):[ \t]")
_DELIMITERS = {"**": "bold", "*": "italic"}


def _ops(source: str) -> list[Op]:
    """Literals, links, references and roles of one entry, each kept away from the emphasis pairing."""
    ops: list[Op] = []
    taken = bytearray(len(source))

    def free(start: int, end: int) -> bool:
        if any(taken[start:end]):
            return False
        taken[start:end] = b"\x01" * (end - start)
        return True

    for found in _LITERAL.finditer(source):
        if free(found.start(), found.end()):
            ops.append(Op(found.start(), found.start() + 2, "open", "code", guard=found.end()))
            ops.append(Op(found.end() - 2, found.end(), "close", "code"))
    for found in _LINK.finditer(source):
        if free(found.start(), found.end()):
            target = found.group(2).strip() or None
            ops.append(Op(found.start(), found.start() + 1, "open", "link", target=target))
            ops.append(Op(found.start(2) - 1, found.end(), "close", "link", guard=found.end()))
    for found in _REFERENCE.finditer(source):
        if free(found.start(), found.end()):
            ops.append(Op(found.start(), found.start() + 1, "open", "link"))
            ops.append(Op(found.end(1), found.end(), "close", "link"))
    for found in _ROLE.finditer(source):
        if free(found.start(), found.end()):
            ops.append(Op(found.start(), found.end(), "drop"))
    for found in _INTERPRETED.finditer(source):
        if free(found.start(), found.end()):
            ops.append(Op(found.start(), found.start() + 1, "drop"))
            ops.append(Op(found.end() - 1, found.end(), "drop"))
    return ops


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


class _Reader(LineBlocks):
    def __init__(self) -> None:
        super().__init__("rst")
        self.styles: list[tuple[str, bool]] = []
        self.hard: set[int] = set()  # lines of a line block, each after a hard break

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        ops = _ops(source)
        offset = 0
        for number, text in self.lines:
            if number in self.hard and offset:
                ops.append(Op(offset - 1, offset, "break"))
            offset += len(text) + 1
        render(builder, source, index, delimiters=_DELIMITERS, ops=ops)

    def level(self, char: str, overline: bool) -> int:
        style = (char, overline)
        if style not in self.styles:
            self.styles.append(style)
        return self.styles.index(style) + 1

    def read(self, text: str) -> Document:
        rows = text.split("\n")
        index = 0
        while index < len(rows):
            number, line = index + 1, rows[index]
            index += 1
            stripped = line.strip()
            if not stripped:
                self.flush()
                continue
            if line.startswith("..") and (len(stripped) == 2 or stripped[2:3].isspace()):
                self.flush()
                index = self._skip_body(rows, index, _indent(line))
                continue
            following = rows[index] if index < len(rows) else ""
            adornment = _ADORNMENT.fullmatch(line)
            if adornment and not self.lines:
                after = rows[index + 1] if index + 1 < len(rows) else ""
                if following.strip() and _ADORNMENT.fullmatch(after) and after[0] == line[0]:
                    self.lines = [(number + 1, following.strip())]
                    self.flush(self.level(line[0], True))
                    index += 2
                continue
            if (
                not self.lines
                and _ADORNMENT.fullmatch(following)
                and len(following.rstrip()) >= min(len(stripped), 4)
            ):
                self.lines = [(number, stripped)]
                self.flush(self.level(following[0], False))
                index += 1
                continue
            item = _ITEM.match(line)
            if item:
                self.flush()
                self.kind = "item"
                rest = line[item.end() :]
                self.lines = [(number, rest)]
                continue
            if stripped.startswith("| "):
                self.hard.add(number)
                self.lines.append((number, stripped[2:]))
                continue
            if (
                len(self.lines) == 1
                and self.kind == "paragraph"
                and _indent(line) > _indent(self.lines[0][1])
            ):
                self.kind = "item"  # a definition list item: the term, then its indented definition
                self.hard.add(number)
            field = _FIELD.match(stripped)
            if field and not self.lines:
                self.lines = [(number, stripped)]
                self.flush()
                continue
            self.lines.append((number, line))
        self.flush()
        return self.assembler.document()

    def _skip_body(self, rows: list[str], index: int, indent: int) -> int:
        """The row after a comment or directive's indented body (blank lines inside included)."""
        while index < len(rows) and (not rows[index].strip() or _indent(rows[index]) > indent):
            index += 1
        return index


def read(text: str) -> Document:
    """Read a reStructuredText document."""
    return _Reader().read(text)
