"""Plain-text lists: paragraphs, bullet and numbered items, underlined or capitalised headings.

Hard-wrapped lines of one entry are joined with a space; a line that starts with a bullet or a
printed number starts a new entry even without a blank line before it.
"""

from __future__ import annotations

import re

from pubkit.reading.markup._builder import Assembler, TextBuilder
from pubkit.reading.markup.base import Document

__all__ = ["ITEM_START", "read"]

ITEM_START = re.compile(r"[ \t]{0,8}(?:([-*•‣◦▪▸–+])[ \t]|(?=\d{1,3}[.)][ \t]|\[\d{1,3}\]|\(\d{1,3}\)[ \t]))")
"""The start of a list item: a bullet (group 1, taken off) or a printed number (left for the builder)."""

_UNDERLINE = re.compile(r"[ \t]*(?:=+|-+|~+)[ \t]*$")
_CAPS_MAX = 60


def _underline(line: str) -> int:
    """Heading level shown by an underline line ("===" 1, "---" 2, "~~~" 3), or 0."""
    if len(line.strip()) < 3 or not _UNDERLINE.match(line):
        return 0
    return {"=": 1, "-": 2, "~": 3}[line.strip()[0]]


def _capitalised(line: str) -> bool:
    """A short line in capitals ("PUBLICATIONS", "JOURNAL ARTICLES") reads as a heading."""
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    return len(letters) >= 2 and len(stripped) <= _CAPS_MAX and all(c.isupper() for c in letters)


def read(text: str) -> Document:
    """Read a plain-text document."""
    assembler = Assembler("text")
    lines = text.split("\n")
    builder = TextBuilder()
    kind = "paragraph"

    def flush() -> None:
        nonlocal builder, kind
        assembler.block(builder, kind)
        builder = TextBuilder()
        kind = "paragraph"

    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        index += 1
        if not line.strip():
            flush()
            continue
        after = lines[index] if index < len(lines) else ""
        level = _underline(after) if builder.empty else 0
        if level and not _underline(line):
            flush()
            builder.text(line, number)
            assembler.heading(builder, level, number)
            builder = TextBuilder()
            index += 1
            continue
        if builder.empty and _capitalised(line) and not ITEM_START.match(line):
            builder.text(line, number)
            assembler.heading(builder, 1, number)
            builder = TextBuilder()
            continue
        if _underline(line) and len(line.strip()) >= 3 and builder.empty:
            continue
        start = ITEM_START.match(line)
        if start:
            flush()
            kind = "item"
            line = line[start.end() :] if start.group(1) else line
        builder.text(line, number)
    flush()
    return assembler.document()
