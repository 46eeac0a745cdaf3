"""AsciiDoc CVs: `=` headings, `*` / `-` / `.` / `1.` items, `*bold*` `_italic_` `^sup^`, `url[text]` links.

`//` lines, `////` comment blocks, listing / literal / passthrough blocks (`----`, `....`, `++++`),
attribute lines (`:toc: left`) and block attribute lines (`[horizontal]`) are never entries; a
`.Title` line names the block below it, as a heading does; ` +` at a line end is a hard break.
"""

from __future__ import annotations

import re

from pubkit.reading.markup._builder import LineBlocks, LineIndex, TextBuilder
from pubkit.reading.markup._inline import Op, render
from pubkit.reading.markup.base import Document

__all__ = ["read"]

_HEADING = re.compile(r"(={1,6})[ \t]+(\S.*)")
_ITEM = re.compile(r"[ \t]*(?:\*{1,5}|-|\.{1,5}|\d{1,3}\.)[ \t]+(?=\S)")
_BLOCK_TITLE = re.compile(r"\.(?=[^.\s])(.*)")
_ATTRIBUTE = re.compile(r":!?[\w-]+!?:(?:[ \t].*)?")
_BLOCK_ATTRIBUTES = re.compile(r"\[[^\[\]]*\]")
_SKIPPED_BLOCKS = ("////", "----", "....", "++++")
_LINK = re.compile(r"(?:link:)?(https?://[^\s\[\]<>]+)\[([^\[\]\n]*)\]")
_BREAK = re.compile(r"[ \t]\+$", re.MULTILINE)
_MARK_SUP = re.compile(r"\^([*†‡#§]{1,3})\^")
_ANCHOR = re.compile(r"\[\[\[?[\w:.-]{1,80}(?:,[^\[\]\n]{0,80})?\]\]\]?[ \t]?")
_DELIMITERS = {"**": "bold", "*": "bold", "__": "italic", "_": "italic", "^": "sup", "~": "sub"}
_VERBATIM = {"`": "code"}


def _ops(source: str) -> list[Op]:
    """Links (`https://doi.org/x[doi:x]`, `link:url[text]`) and ` +` line ends of one block."""
    ops: list[Op] = []
    for found in _LINK.finditer(source):
        if found.group(2).strip():
            ops.append(Op(found.start(), found.start(2), "open", "link", target=found.group(1)))
            ops.append(Op(found.end() - 1, found.end(), "close", "link"))
        else:  # `https://x[]`: the address is the text
            ops.append(Op(found.start(), found.start(1), "open", "link", target=found.group(1)))
            ops.append(Op(found.end(1), found.end(), "close", "link"))
    for found in _BREAK.finditer(source):
        ops.append(Op(found.start(), found.end(), "break"))
    for found in _ANCHOR.finditer(source):  # a bibliography entry's "[[[key]]]", an anchor's "[[id]]"
        ops.append(Op(found.start(), found.end(), "drop"))
    for found in _MARK_SUP.finditer(source):  # "Ferraro^*^": a role mark (its "*" no bold delimiter)
        ops.append(Op(found.start(), found.end(), "text", text=found.group(1)))
    return ops


class _Reader(LineBlocks):
    def __init__(self) -> None:
        super().__init__("asciidoc")

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        render(builder, source, index, delimiters=_DELIMITERS, verbatim=_VERBATIM, ops=_ops(source))

    def read(self, text: str) -> Document:
        rows = text.split("\n")
        index = 0
        while index < len(rows):
            number, line = index + 1, rows[index]
            index += 1
            stripped = line.strip()
            fence = next(
                (f for f in _SKIPPED_BLOCKS if stripped.startswith(f) and set(stripped) == {f[0]}), None
            )
            if fence:
                self.flush()
                while index < len(rows) and rows[index].strip() != stripped:
                    index += 1
                index += 1
                continue
            if not stripped:
                self.flush()
                continue
            if (
                stripped.startswith("//")
                or _ATTRIBUTE.fullmatch(stripped)
                or _BLOCK_ATTRIBUTES.fullmatch(stripped)
            ):
                continue
            if stripped == "+":  # a list continuation: the item goes on
                continue
            heading = _HEADING.fullmatch(line.rstrip())
            if heading:
                level = len(heading.group(1))
                if level == 1 and self.assembler.title is None:
                    self.assembler.title = heading.group(2).strip()
                self.heading(number, heading.group(2), level)
                continue
            title = _BLOCK_TITLE.fullmatch(stripped)
            if title and not self.lines:
                self.heading(number, title.group(1), 6)
                continue
            item = _ITEM.match(line)
            if item:
                self.item(number, line[item.end() :])
                continue
            self.lines.append((number, line))
        self.flush()
        return self.assembler.document()


def read(text: str) -> Document:
    """Read an AsciiDoc document."""
    return _Reader().read(text)
