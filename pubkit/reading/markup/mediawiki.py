"""MediaWiki pages (a lab's wiki): `== headings ==`, `#` / `*` items, `'''bold'''` `''italic''`, links.

`[url text]` is a link, `[[Page|text]]` its text, `{{doi|...}}` and `{{arxiv|...}}` their identifier,
other templates and magic words (`__NOTOC__`) nothing; a template spanning lines (an infobox) is
skipped whole. Inline HTML (`<u>`, `<sup>`, `<small>`) is read as HTML, `<!-- -->` never.
"""

from __future__ import annotations

import re

from pubkit.reading.markup._builder import LineBlocks, LineIndex, TextBuilder, equals_heading
from pubkit.reading.markup._inline import Op, non_overlapping, render
from pubkit.reading.markup.base import Document

__all__ = ["read"]

_ITEM = re.compile(r"[#*:;]+[ \t]*")
_EXTERNAL = re.compile(r"\[(https?://[^\s\]]+)(?:[ \t]+([^\]\n]*))?\]")
_INTERNAL = re.compile(r"\[\[(?:[^|\[\]\n]*\|)?([^\[\]\n]*)\]\]")  # no "[" inside: linear on "[[[["
_TEMPLATE = re.compile(r"\{\{([^{}|\n]*)(?:\|([^{}\n]*))?\}\}")
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>")
_MAGIC = re.compile(r"__[A-Z]+__")
_DELIMITERS = {"'''": "bold", "''": "italic"}
#: Templates that print an identifier: their argument, with its prefix.
_IDENTIFIERS = {"doi": "doi:", "arxiv": "arXiv:", "pmid": "PMID ", "hdl": "hdl:"}


def _ops(source: str) -> list[Op]:
    """Links, templates and inline HTML of one entry, kept away from the emphasis pairing."""
    ops: list[Op] = []
    for found in _EXTERNAL.finditer(source):
        if found.group(2):
            ops.append(Op(found.start(), found.start(2), "open", "link", target=found.group(1)))
            ops.append(Op(found.end() - 1, found.end(), "close", "link"))
        else:
            ops.append(Op(found.start(), found.end(), "text", text=found.group(1)))
    for found in _INTERNAL.finditer(source):
        ops.append(Op(found.start(), found.start(1), "drop"))
        ops.append(Op(found.end(1), found.end(), "drop"))
    for found in _TEMPLATE.finditer(source):
        prefix = _IDENTIFIERS.get(found.group(1).strip().lower())
        argument = (found.group(2) or "").strip()
        text = f"{prefix}{argument}" if prefix and argument else ""
        ops.append(Op(found.start(), found.end(), "text" if text else "drop", text=text))
    for found in _TAG.finditer(source):
        ops.append(Op(found.start(), found.end(), "html", text=found.group(0)))
    for found in _MAGIC.finditer(source):
        ops.append(Op(found.start(), found.end(), "drop"))
    return non_overlapping(ops)


def _without_comments(text: str) -> str:
    """`<!-- -->` blanked out, its line breaks kept (every line keeps its number)."""
    return re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)


class _Reader(LineBlocks):
    def __init__(self) -> None:
        super().__init__("mediawiki")

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        render(builder, source, index, delimiters=_DELIMITERS, ops=_ops(source))

    def read(self, text: str) -> Document:
        rows = _without_comments(text).split("\n")
        index = 0
        while index < len(rows):
            number, line = index + 1, rows[index]
            index += 1
            stripped = line.strip()
            if not stripped or _MAGIC.fullmatch(stripped):
                self.flush()
                continue
            if stripped.startswith("{{") and "}}" not in stripped:  # an infobox over several lines
                self.flush()
                while index < len(rows) and not rows[index].strip().startswith("}}"):
                    index += 1
                index += 1
                continue
            heading = equals_heading(line, 1, 6, balanced=True)
            if heading:
                count, text = heading
                self.heading(number, text, count)
                continue
            item = _ITEM.match(line)
            if item:
                self.item(number, line[item.end() :])
                continue
            self.lines.append((number, line))
        self.flush()
        return self.assembler.document()


def read(text: str) -> Document:
    """Read a MediaWiki page."""
    return _Reader().read(text)
