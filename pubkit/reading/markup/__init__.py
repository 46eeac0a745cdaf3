"""Markup readers: one module per markup, each turning a document into `base.Document`.

`parse` picks the reader by the file's suffix or, without a telling one, by the content, and
imports it on first use so that `import pubkit` stays fast.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import NamedTuple, Protocol, cast

from pubkit.reading.markup.base import Block, Document, Heading, Span

__all__ = [
    "MARKUPS",
    "Block",
    "Document",
    "Heading",
    "Pieces",
    "Span",
    "cut",
    "guess_fragment_markup",
    "guess_markup",
    "join",
    "parse",
    "parse_piece",
]

MARKUPS = (
    "markdown",
    "html",
    "jemdoc",
    "latex",
    "org",
    "rst",
    "asciidoc",
    "typst",
    "mediawiki",
    "rtf",
    "yamldata",
    "tomldata",
    "delimited",
    "dokuwiki",
    "troff",
    "textile",
    "lyx",
    "notebook",
    "xmlrecords",
    "text",
)
"""The markups `parse` reads, each by the module of the same name."""

_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".qmd": "markdown",
    ".rmd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jemdoc": "jemdoc",
    ".tex": "latex",
    ".ltx": "latex",
    ".org": "org",
    ".rst": "rst",
    ".rest": "rst",
    ".adoc": "asciidoc",
    ".asciidoc": "asciidoc",
    ".typ": "typst",
    ".wiki": "mediawiki",
    ".mediawiki": "mediawiki",
    ".wikitext": "mediawiki",
    ".rtf": "rtf",
    ".yml": "yamldata",
    ".yaml": "yamldata",
    ".toml": "tomldata",
    ".csv": "delimited",
    ".tsv": "delimited",
    ".tab": "delimited",
    ".dokuwiki": "dokuwiki",
    ".ms": "troff",
    ".me": "troff",
    ".mm": "troff",
    ".mom": "troff",
    ".roff": "troff",
    ".groff": "troff",
    ".troff": "troff",
    ".nroff": "troff",
    ".tr": "troff",
    ".t": "troff",
    ".man": "troff",
    ".textile": "textile",
    ".lyx": "lyx",
    ".ipynb": "notebook",
    ".xml": "xmlrecords",
}

# Content signals, each a single line shape, for files without a telling suffix.
_SIGNALS: dict[str, tuple[re.Pattern[str], ...]] = {
    "markdown": (
        re.compile(
            r"^#{1,6} (?!equal|corresponding|co-?first|joint)\S", re.MULTILINE
        ),  # not a "# equal ..." legend
        re.compile(r"\*\*\S[^*\n]*\*\*"),
        re.compile(r"\[[^\[\]\n]+\]\([^()\s]+\)"),
        re.compile(r"\\[*_#\[\]]"),
        re.compile(r"^(?:[-*+]|\d{1,4}\.) [^\n]*[*_]\S", re.MULTILINE),
        re.compile(r"(?:^|\s)\*[^\s*][^*\n]*\*(?=[\s.,;:)]|$)", re.MULTILINE),
    ),
    "html": (
        re.compile(r"<(?:html|body|ul|ol|li|p|div|br|h[1-6])\b[^<>\n]*>", re.IGNORECASE),
        re.compile(r"</(?:li|p|div|ul|ol|h[1-6])>", re.IGNORECASE),
    ),
    "latex": (
        re.compile(r"\\(?:documentclass|begin|section|subsection|item|bibitem|cventry|textbf|emph)\b"),
        re.compile(r"\\(?:textit|href|end)\{"),
    ),
    "jemdoc": (re.compile(r"^# jemdoc:", re.MULTILINE), re.compile(r"^==+ \S", re.MULTILINE)),
    "org": (re.compile(r"^#\+(?:TITLE|AUTHOR|OPTIONS|begin_\w+):", re.MULTILINE | re.IGNORECASE),),
    "rst": (
        re.compile(r"^\.\. [a-z-]+::", re.MULTILINE),
        re.compile(r"^[^\n]+\n[=\-~^\"'`#*+]{4,}[ \t]*$", re.MULTILINE),
    ),
}


#: Signs of a DokuWiki page beside its `=` headings (which MediaWiki shares): two are enough.
_DOKUWIKI = (
    re.compile(r"^={6}[ \t]*[^=\n]+={6}[ \t]*$", re.MULTILINE),  # a level-1 heading
    re.compile(r"^ {2,}[-*] \S", re.MULTILINE),  # an indented item
    re.compile(r"(?<![:/\w])//[^/\s][^/\n]*?//"),  # //italic// (never a URL's "://")
    re.compile(r"~~[A-Z]+~~|<WRAP\b"),  # macros and boxes
    re.compile(r"^\^[^\n]*\^[ \t]*$", re.MULTILINE),  # a table's heading row
    re.compile(r"\\\\(?: |$)", re.MULTILINE),  # a forced line break
)
#: A YAML data file's lines: `- title: ...` items, `  key: value` keys, `---`, comments.
_YAML_ITEM = re.compile(r"[ \t]*- [A-Za-z_][\w-]*:(?:[ \t]|$)")
_YAML_LINE = re.compile(r"[ \t]*(?:- )?[A-Za-z_][\w-]*:(?:[ \t]|$)|[ \t]*- \S|---[ \t]*$|[ \t]+\S")


def _looks_like_yaml(sample: str) -> bool:
    """A data file: list items of mappings (`- title: ...`), and (nearly) every line a key, an item or
    a value's continuation."""
    lines = [line for line in sample.split("\n")[:400] if line.strip() and not line.lstrip().startswith("#")]
    items = sum(1 for line in lines if _YAML_ITEM.match(line))
    keyed = sum(1 for line in lines if _YAML_LINE.match(line))
    return items >= 2 and 10 * keyed >= 9 * len(lines)


class _Reader(Protocol):
    def __call__(self, text: str) -> Document: ...


def guess_markup(path: str | None, text: str) -> str:
    """The markup of a document: by the suffix of `path`, else (`.txt`, no suffix) by what the text shows."""
    suffix = PurePath(path).suffix.lower() if path else ""
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    return _sniff(text)


def _sniff(text: str) -> str:
    """Guess the markup from content alone: a markup needs two distinct signals (or its header line)."""
    sample = text[:200_000]
    if sample.lstrip("\ufeff \t\r\n").startswith("{\\rtf"):
        return "rtf"
    from pubkit.reading.markup.notebook import looks_like_notebook

    if looks_like_notebook(sample):
        return "notebook"  # Jupyter's JSON: `{"cells": [{"cell_type": "markdown", ...`
    from pubkit.reading.markup.lyx import looks_like_lyx

    if looks_like_lyx(sample):
        return "lyx"  # "#LyX 2.3 created this file."
    if re.search(r"^[ \t]{0,3}```+[ \t]*\{[rR][\s,}]", sample, re.MULTILINE):
        return "markdown"  # R Markdown: a fenced R chunk, "```{r articles}"
    if re.search(r"^# jemdoc:", sample, re.MULTILINE):
        return "jemdoc"
    if re.search(r"^#\+(?:TITLE|AUTHOR):", sample, re.MULTILINE | re.IGNORECASE):
        return "org"
    if re.search(r"\\documentclass\b|\\begin\{(?:document|itemize|enumerate|thebibliography)\}", sample):
        return "latex"
    if re.search(r"<(?:!doctype html|html)\b", sample, re.IGNORECASE):
        return "html"
    from pubkit.reading.markup.xmlrecords import looks_like_xml

    if looks_like_xml(sample):
        return "xmlrecords"  # an XML document of records no bibliographic format claims (a Lattes CV)
    from pubkit.reading.markup.troff import looks_like_troff

    if looks_like_troff(sample):
        return "troff"  # `.PP` / `.IP` / `.SH` request lines, or `\fB...\fP` font escapes
    if re.search(r"^#(?:set|show|import|let) ", sample, re.MULTILINE):
        return "typst"
    if re.match(r"= \S[^\n]*\n(?:[^\n]*\n)?:[\w-]+:", sample):  # a document title, then attributes
        return "asciidoc"
    wiki_heading = re.search(r"^==+ [^=\n]+ ==+[ \t]*$", sample, re.MULTILINE)
    if wiki_heading and "'''" not in sample and sum(1 for p in _DOKUWIKI if p.search(sample)) >= 2:
        return "dokuwiki"  # "====== Publications ======" with `  - ` items, `//italic//`, `\\` breaks
    if wiki_heading and "'''" in sample:
        return "mediawiki"  # "== Publications ==" and bold in triple quotes
    from pubkit.reading.markup.textile import looks_like_textile

    if looks_like_textile(sample):
        return "textile"  # Redmine's "h2. Publications" and "p. …" block lines
    from pubkit.reading.markup.tomldata import looks_like_toml

    if looks_like_toml(sample):
        return "tomldata"  # `[[publications]]` tables and `title = "…"` keys that parse as TOML
    if _looks_like_yaml(sample):
        return "yamldata"
    if all(pattern.search(sample) for pattern in _SIGNALS["rst"]):
        return "rst"  # a `.. directive::` and an underlined title: reST, even with `**bold**` in it
    from pubkit.reading.markup.delimited import looks_delimited

    if looks_delimited(sample[:20_000]):
        return "delimited"
    scores = {name: sum(1 for p in patterns if p.search(sample)) for name, patterns in _SIGNALS.items()}
    best = max(scores, key=lambda name: scores[name])
    if scores[best] >= 2:
        return best
    if scores["markdown"] and _SIGNALS["markdown"][0].search(sample):  # a "# Heading"
        return "markdown"
    return "text"


# an inline element closed: one is enough to read a single reference as HTML (or JATS XML)
_INLINE_HTML = re.compile(r"</(?:a|b|i|em|strong|cite|sup|sub|u|span|italic|bold)>", re.IGNORECASE)


def guess_fragment_markup(text: str) -> str:
    """The markup of one entry or reference: a single sign is enough (a `[text](url)` link, a tag)."""
    for name in ("latex", "html", "markdown", "org"):
        if any(pattern.search(text) for pattern in _SIGNALS[name]):
            return name
        if name == "html" and _INLINE_HTML.search(text):
            return name
    return "text"


def parse(text: str, *, markup: str | None = None, path: str | None = None) -> Document:
    """Read `text` as `markup` (one of `MARKUPS`; guessed from `path` and the text when None)."""
    name, text = _normalized(text, markup, path)
    module = importlib.import_module(f"pubkit.reading.markup.{name}")
    reader = cast(_Reader, module.read)
    return reader(text)


def _normalized(text: str, markup: str | None, path: str | None) -> tuple[str, str]:
    name = markup or guess_markup(path, text)
    if name not in MARKUPS:
        msg = f"unknown markup {name!r}: expected one of {', '.join(MARKUPS)}"
        raise ValueError(msg)
    return name, text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")


class Pieces(NamedTuple):
    """A long document cut where no block spans the cut: `parse_piece` reads each, apart (in any
    process), and `join` puts the documents together as `parse` reads the whole."""

    markup: str
    texts: list[str]


def cut(text: str, *, size: int, markup: str | None = None, path: str | None = None) -> Pieces | None:
    """`text` in pieces of about `size` characters, or None where it cannot be cut safely (only
    Markdown is cut: at top-level headings, unless a fence, an HTML block or a link reference
    definition could reach over them)."""
    name, text = _normalized(text, markup, path)
    if name != "markdown":
        return None
    from pubkit.reading.markup import markdown

    texts = markdown.cut(text, size)
    return Pieces(name, texts) if texts else None


def parse_piece(markup: str, text: str) -> Document:
    """One piece `cut` made, read alone."""
    from pubkit.reading.markup import markdown

    assert markup == "markdown"
    return markdown.read_piece(text)


def join(markup: str, docs: Sequence[Document]) -> Document:
    """The document of which `docs` are the pieces, in order, as `parse` reads it whole."""
    from pubkit.reading.markup import markdown

    assert markup == "markdown"
    return markdown.join(docs)
