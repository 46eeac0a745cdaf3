"""Textile pages (Redmine and Textpattern wikis): `h2.` headings, `#` / `*` items, `*bold*`, `_italic_`.

Each line is written as the Markdown it stands for, line for line (so every word keeps its source
line), and read by the Markdown reader: `hN. Title` is a heading, `# ` a numbered and `* ` a bulleted
item, `*strong*` / `_emphasis_` / `^sup^` / `@code@` their spans, `"text":url` a link. Block
modifiers (`p(note).`, `bq.`), `{{macros}}`, `!images!` and `[[wiki links]]` (their text) are markup.
"""

from __future__ import annotations

import re

from pubkit.reading.markup import markdown
from pubkit.reading.markup.base import Document

__all__ = ["looks_like_textile", "read"]

_HEADING = re.compile(r"h([1-6])(?:\([^()\n]{0,40}\)|\{[^{}\n]{0,80}\}|[<>=]{1,2}){0,3}\.[ \t]+")
_BLOCK = re.compile(r"(?:p|bq|fn\d{1,3})(?:\([^()\n]{0,40}\)|\{[^{}\n]{0,80}\}|[<>=]{1,2}){0,3}\.[ \t]+")
_ITEM = re.compile(r"([#*]{1,4})[ \t]+")
_MACRO = re.compile(r"\{\{[^{}\n]{0,200}\}\}")
_IMAGE = re.compile(r"![^!\s][^!\n]{0,300}!(?::\S+)?")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{1,200}))?\]\]")
_LINK = re.compile(r'"([^"\n]{1,300})":(\S{1,500}?)(?=[,.;:!?)]{0,3}(?:\s|$))')
_STRONG = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,500}?)(?<=\S)_(?![\w_])")
_SUPERSCRIPT = re.compile(r"\^(?=\S)([^^\n]{1,40}?)(?<=\S)\^")
_CODE = re.compile(r"(?<![\w@])@(?=\S)([^@\n]{1,200}?)(?<=\S)@(?![\w@])")
_TABLE_HEAD = re.compile(r"\|_\.[ \t]*")
#: Signs of Textile: a heading or block modifier line (two of them, or one with a Textile item).
_SIGN = re.compile(r"^(?:h[1-6]|p|bq)(?:\([^()\n]{0,40}\))?\.[ \t]", re.MULTILINE)


def looks_like_textile(sample: str) -> bool:
    """Whether content reads as Textile: `h1.` / `p.` / `bq.` block lines, at least two."""
    return len(_SIGN.findall(sample[:50_000], 0)) >= 2


def _inline(line: str) -> str:
    line = _MACRO.sub("", line)
    line = _IMAGE.sub("", line)
    line = _WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), line)
    line = _LINK.sub(lambda m: f"[{m.group(1)}]({m.group(2)})", line)
    line = _STRONG.sub(r"**\1**", line)
    line = _EMPHASIS.sub(r"*\1*", line)
    line = _SUPERSCRIPT.sub(r"<sup>\1</sup>", line)
    return _CODE.sub(r"`\1`", line)


def _markdown_line(line: str) -> str:
    """One Textile line as the Markdown line it stands for."""
    heading = _HEADING.match(line)
    if heading:
        return "#" * int(heading.group(1)) + " " + _inline(line[heading.end() :])
    block = _BLOCK.match(line)
    if block:
        return _inline(line[block.end() :])
    item = _ITEM.match(line)
    if item:
        depth = len(item.group(1)) - 1
        marker = "1." if item.group(1)[-1] == "#" else "-"
        return "   " * depth + f"{marker} " + _inline(line[item.end() :])
    return _inline(_TABLE_HEAD.sub("| ", line))


def read(text: str) -> Document:
    """Read a Textile page as the Markdown it is written like."""
    return markdown.read("\n".join(_markdown_line(line) for line in text.split("\n")))
