"""Typst CVs: `=` headings, `-` / `+` / `1.` items, `*bold*` `_italic_`, `#link("url")[text]`, `#emph[..]`,
`--` / `---` dashes.

Lines of code (`#set`, `#show`, `#import`, `#let`, a bare `#function(...)`), `//` comments and
`/* ... */` blocks are never entries; a `\\` at a line end is a hard break; the text inside a
code line's content brackets (`#align(center)[` ... `]`) is read as text. A CV's own shorthands
(`#let me(name) = underline(strong(name))`, `#let eq = super[†]`) are read as what they stand for.
"""

from __future__ import annotations

import re

from pubkit.reading.markup._builder import LineBlocks, LineIndex, TextBuilder
from pubkit.reading.markup._inline import Op, render
from pubkit.reading.markup.base import Document

__all__ = ["read"]

_HEADING = re.compile(r"(={1,6})[ \t]+(\S.*)")
_ITEM = re.compile(r"[ \t]*(?:[-+]|\d{1,4}\.)[ \t]+(?=\S)")  # `- x`, `+ x` and a numbered `12. x`
_TERM = re.compile(r"[ \t]*/[ \t]+([^:\n]+):[ \t]*")
_CODE = re.compile(r"[ \t]*#[A-Za-z]")
_LINE_COMMENT = re.compile(r"(?:^|(?<=\s))//.*$", re.MULTILINE)
_CALL = re.compile(r"#(link|emph|strong|super|sub|underline|text)(?:\(([^()\n]*)\))?\[")
_URL_ARGUMENT = re.compile(r"\s*\"([^\"]+)\"")
_BREAK = re.compile(r"[ \t]\\$", re.MULTILINE)
_DASHES = re.compile(r"(?<![-/])-{2,3}(?![->])")  # Typst's `--` and `---` (not a URL's or an arrow's)
_DASH = {"--": "–", "---": "—"}
#: `#let me(name) = underline(strong(name))` (a styling function) and `#let eq = super[†]` (a mark).
_LET_FUNCTION = re.compile(r"[ \t]*#let[ \t]+(\w+)\((\w+)\)[ \t]*=[ \t]*(.+)")
_LET_VALUE = re.compile(
    r"[ \t]*#let[ \t]+(\w+)[ \t]*=[ \t]*((?:super|sub)\[[^\[\]\n]{1,8}\]|\"[^\"\n]{1,8}\")[ \t]*"
)
_SPAN_OF = {"emph": "italic", "strong": "bold", "super": "sup", "sub": "sub", "underline": "underline"}
_DELIMITERS = {"*": "bold", "_": "italic"}
_VERBATIM = {"`": "code"}


def _ops(source: str) -> list[Op]:
    """Calls with content (`#link("url")[text]`, `#emph[x]`), comments and `\\` line ends of one block."""
    ops: list[Op] = []
    for found in _CALL.finditer(source):
        close = source.find("]", found.end())
        if close < 0:
            continue
        name = found.group(1)
        if name == "link":
            target = _URL_ARGUMENT.match(found.group(2) or "")
            ops.append(
                Op(found.start(), found.end(), "open", "link", target=target.group(1) if target else None)
            )
            ops.append(Op(close, close + 1, "close", "link"))
        elif name in _SPAN_OF:
            ops.append(Op(found.start(), found.end(), "open", _SPAN_OF[name]))
            ops.append(Op(close, close + 1, "close", _SPAN_OF[name]))
        else:  # `#text(size: 18pt)[...]`: only its content
            ops.append(Op(found.start(), found.end(), "drop"))
            ops.append(Op(close, close + 1, "drop"))
    for found in _LINE_COMMENT.finditer(source):  # never "https://": a comment follows a space
        ops.append(Op(found.start(), found.end(), "drop"))
    for found in _BREAK.finditer(source):
        ops.append(Op(found.start(), found.end(), "break"))
    for found in _DASHES.finditer(source):
        ops.append(Op(found.start(), found.end(), "text", text=_DASH[found.group()]))
    return sorted(ops, key=lambda op: op.start)


def _shorthands(rows: list[str]) -> dict[str, str]:
    """A document's `#let` shorthands, each as the markup it stands for: a function that styles its
    argument as its outermost known call (`#me` -> `#strong`), a mark as its value (`#eq` -> `#super[†]`)."""
    found: dict[str, str] = {}
    for row in rows:
        function = _LET_FUNCTION.fullmatch(row.rstrip())
        if function:
            call = next(
                (name for name in re.findall(r"(\w+)\(", function.group(3)) if name in _SPAN_OF), None
            )
            if call and function.group(2) in function.group(3):
                found[function.group(1)] = f"#{call}"
            continue
        value = _LET_VALUE.fullmatch(row.rstrip())
        if value:
            body = value.group(2)
            found[value.group(1)] = body.strip('"') if body.startswith('"') else f"#{body}"
    return found


class _Reader(LineBlocks):
    def __init__(self) -> None:
        super().__init__("typst")
        self.shorthand: re.Pattern[str] | None = None
        self.meaning: dict[str, str] = {}

    def expanded(self, line: str) -> str:
        """The line with the document's shorthands written out."""
        if self.shorthand is None or "#" not in line:
            return line
        return self.shorthand.sub(lambda m: self.meaning[m.group(1)], line)

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        render(builder, source, index, delimiters=_DELIMITERS, verbatim=_VERBATIM, ops=_ops(source))

    def read(self, text: str) -> Document:
        rows = text.split("\n")
        self.meaning = _shorthands(rows) if "#let" in text else {}
        if self.meaning:  # `#eq` alone, `#me[...]`: never a longer name (`#equation`) or a built-in
            names = "|".join(sorted(map(re.escape, self.meaning), key=len, reverse=True))
            self.shorthand = re.compile(rf"#({names})(?![\w(])")
        index = 0
        while index < len(rows):
            number, line = index + 1, rows[index]
            index += 1
            stripped = line.strip()
            if stripped.startswith("/*"):
                self.flush()
                while index < len(rows) and "*/" not in rows[index - 1]:
                    index += 1
                continue
            if not stripped or stripped in {"]", ")", "}"}:
                self.flush()
                continue
            if stripped.startswith("//"):
                continue
            if _CODE.match(line) and not _CALL.match(stripped):
                self.flush()  # `#set ...`, `#align(center)[`: code, whose content lines follow
                continue
            heading = _HEADING.fullmatch(line.rstrip())
            if heading:
                self.heading(number, heading.group(2), len(heading.group(1)))
                continue
            line = self.expanded(line)
            item = _ITEM.match(line)
            if item:
                self.item(number, line[item.end() :])
                continue
            term = _TERM.match(line)
            if term:
                self.item(number, f"{term.group(1)}: {line[term.end() :]}")
                continue
            self.lines.append((number, line))
        self.flush()
        return self.assembler.document()


def read(text: str) -> Document:
    """Read a Typst document."""
    return _Reader().read(text)
