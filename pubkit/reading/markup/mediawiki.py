"""MediaWiki pages (a lab's wiki): `== headings ==`, `#` / `*` items, `'''bold'''` `''italic''`, links.

`[url text]` is a link, `[[Page|text]]` its text, `{{doi|...}}` and `{{arxiv|...}}` their identifier,
other templates and magic words (`__NOTOC__`) nothing; a template spanning lines (an infobox) is
skipped whole. Inline HTML (`<u>`, `<sup>`, `<small>`) is read as HTML, `<!-- -->` never.
A citation template (`{{cite journal |last1=… |title=…}}`, `{{citation …}}`), on one line or one
parameter a line, names its fields: it is one record of its list item (or paragraph), written as a
data row is, at its first line; those inside `<ref>` are the article's sources and stay unread.
"""

from __future__ import annotations

import html
import re

import attrs

from pubkit.errors import Problem
from pubkit.reading.markup._builder import LineBlocks, LineIndex, TextBuilder, equals_heading, write_record
from pubkit.reading.markup._inline import Op, non_overlapping, render
from pubkit.reading.markup.base import Document
from pubkit.reading.markup.yamldata import field_of_key

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


#: A citation template's opening: `{{cite journal |`, `{{Citation|`, `{{cite arXiv`.
_CITATION = re.compile(
    r"\{\{[ \t\n]*((?:[Cc]ite|CITE)[ _][^{}|\n]{1,40}?|[Cc]itation|[Vv]cite[ _]\w+)[ \t\n]*(?=\||\}\})"
)
_REF_TAG = re.compile(r"<(/?)ref\b[^<>]{0,500}?(/?)>", re.IGNORECASE)
#: Where a citation record stands in the rows: a private-use character and the record's number.
_PLACE = re.compile("\ue000(\\d+)\ue001")
#: Numbered name parameters: `last1`, `first2`, `author3`, `editor1-last`, `editor-first2`, `author-link1`.
_NAME_KEY = re.compile(
    r"(author|editor|last|first|surname|given|forename|contributor|translator)"
    r"-?(\d*)-?(last|first|surname|given|link|mask|wikilink)?-?(\d*)"
)
#: Parameters and the field they print where it differs from a data file's key (`field_of_key`);
#: None: what a citation does not print (identifiers of catalogues, access dates, display switches).
_PARAMETERS: dict[str, str | None] = {
    "work": "container",
    "website": "container",
    "newspaper": "container",
    "magazine": "container",
    "periodical": "container",
    "book-title": "container",
    "booktitle": "container",
    "conference": "container",
    "encyclopedia": "container",
    "series": "other",
    "issue": "volume",
    "page": "pages",
    "at": "pages",
    "location": "location",
    "place": "location",
    "publication-place": "location",
    "eprint": "arxiv",
    "arxiv": "arxiv",
    "chapter": "title",
    "contribution": "title",
    "entry": "title",
    "trans-title": None,
    "trans-chapter": None,
    "script-title": None,
    "class": None,
    "type": None,
    "edition": "other",
    **dict.fromkeys(
        "access-date accessdate archive-url archiveurl archive-date archivedate url-status url-access "
        "doi-access doi-broken-date s2cid pmid pmc bibcode isbn issn eissn oclc jstor lccn hdl id zbl mr "
        "osti ssrn citeseerx rfc language lang df mode ref postscript quote display-authors display-editors "
        "name-list-style name-list-format via agency orig-date orig-year others format lay-url lay-source "
        "lay-date lay-summary trans-work script-work bibcode-access hdl-access".split(),
        None,
    ),
}


class _Citation:
    """One citation template: where it stands in the text and its named parameters (key, value, offset)."""

    __slots__ = ("end", "kind", "parameters", "start")

    def __init__(self, start: int, end: int, kind: str, parameters: list[tuple[str, str, int]]) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.parameters = parameters


def _close(text: str, start: int) -> int:
    """The end of the template opening at `start` (after its `}}`), nested templates and links
    counted; -1 when it never closes. One pass from `start`."""
    depth = 0
    position = start
    while True:
        found = text.find("{{", position)
        closing = text.find("}}", position)
        if closing < 0:
            return -1
        if 0 <= found < closing:
            depth += 1
            position = found + 2
            continue
        depth -= 1
        position = closing + 2
        if depth == 0:
            return position


def _parameters(text: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """The `key = value` parameters between `start` and `end` (the template's inside), split at the
    pipes outside nested templates and links; each value with the offset where it starts."""
    found: list[tuple[str, str, int]] = []
    depth = 0
    piece = start
    position = start
    while position <= end:
        pair = text[position : position + 2]
        if position == end or (depth == 0 and text[position] == "|"):
            key, equals, value = text[piece:position].partition("=")
            if equals and "\n" not in key.strip():
                offset = piece + len(key) + 1
                offset += len(value) - len(value.lstrip())
                found.append((" ".join(key.split()).lower(), value.strip(), offset))
            piece = position + 1
        elif pair in ("{{", "[["):
            depth += 1
            position += 1
        elif pair in ("}}", "]]"):
            depth = max(depth - 1, 0)
            position += 1
        position += 1
    return found


def _refs(text: str) -> list[tuple[int, int]]:
    """The spans of `<ref>…</ref>` (the article's footnotes), in order; an unclosed one runs to the end."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for tag in _REF_TAG.finditer(text):
        if not tag.group(1) and not tag.group(2) and opened is None:
            opened = tag.start()
        elif tag.group(1) and opened is not None:
            spans.append((opened, tag.end()))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _citations(text: str) -> tuple[list[_Citation], list[Problem]]:
    """The citation templates outside `<ref>`s, in order, none in another; an unclosed one is a problem."""
    refs = _refs(text)
    citations: list[_Citation] = []
    problems: list[Problem] = []
    position = 0
    ref = 0
    for found in _CITATION.finditer(text):
        if found.start() < position:
            continue
        while ref < len(refs) and refs[ref][1] <= found.start():
            ref += 1
        if ref < len(refs) and refs[ref][0] <= found.start():
            continue
        end = _close(text, found.start())
        if end < 0:
            line = text.count("\n", 0, found.start()) + 1
            problems.append(
                Problem(f"citation template {{{{{found.group(1).strip()}}} never closes", line=line)
            )
            break  # nothing after it closes either
        kind = " ".join(found.group(1).replace("_", " ").split()).lower()
        citations.append(_Citation(found.start(), end, kind, _parameters(text, found.end(), end - 2)))
        position = end
    return citations, problems


def _plain(value: str) -> str:
    """A parameter's value as printed: links as their text, no emphasis, nested templates and tags dropped."""
    value = _INTERNAL.sub(lambda m: m.group(1), value)
    value = _EXTERNAL.sub(lambda m: m.group(2) or "", value)
    value = re.sub(r"\{\{[^{}]*\}\}", "", value)
    value = _TAG.sub("", value).replace("'''", "").replace("''", "")
    return " ".join(html.unescape(value).split())


def _cells(citation: _Citation, lines: LineIndex) -> list[tuple[str, str, int]]:
    """A citation's cells as `write_record` takes them: names "First Last" in their numbers' order, a
    chapter as the title and its book as the venue, a thesis's type before its university."""
    names: dict[tuple[str, int], dict[str, tuple[str, int]]] = {}
    cells: list[tuple[str, str, int]] = []
    values = {key: (_plain(value), offset) for key, value, offset in citation.parameters}
    chapter = any(values.get(key, ("", 0))[0] for key in ("chapter", "contribution", "entry"))
    for key, (value, offset) in values.items():
        if not value:
            continue
        line = lines.line(offset)
        named = _NAME_KEY.fullmatch(key)
        if key in ("vauthors", "authors", "people", "veditors", "editors"):
            cells.append(("editor" if "editor" in key else "author", value, line))
        elif named and named.group(3) in ("link", "mask", "wikilink"):
            continue  # the person's article, not a name to print
        elif named:
            role = "editor" if named.group(1) == "editor" else "author"
            part = named.group(3) or named.group(1)
            part = {"surname": "last", "given": "first", "forename": "first"}.get(part, part)
            part = "whole" if part in ("author", "editor", "contributor", "translator") else part
            number = int(named.group(2) or named.group(4) or 1)
            names.setdefault((role, number), {})[part] = (value, line)
        elif key == "title" and chapter:
            cells.append(("container", value, line))
        elif key == "type" and "thesis" in citation.kind:
            thesis = value if "thesis" in value.lower() else f"{value} thesis"
            cells.append(("container", thesis, line))
        elif key in ("date", "year"):
            if key == "year" and "date" in values:
                continue
            cells.append(("date", value, line))
        else:
            field = _PARAMETERS[key] if key in _PARAMETERS else field_of_key(key)
            if field:
                cells.append((field, value, line))
    for role in ("author", "editor"):
        people = [(number, parts) for (kind, number), parts in sorted(names.items()) if kind == role]
        printed = [
            parts["whole"][0]
            if "whole" in parts
            else " ".join(p[0] for p in (parts.get("first"), parts.get("last")) if p)
            for _, parts in people
        ]
        if people and any(printed):
            line = min(line for _, parts in people for _, line in parts.values())
            cells.append((role, ", ".join(p for p in printed if p), line))
    return _thesis_order(cells)


def _thesis_order(cells: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A thesis's "PhD thesis" and its university (publisher) as one venue, "PhD thesis, University"."""
    types = [cell for cell in cells if cell[0] == "container" and cell[1].lower().endswith("thesis")]
    publisher = next((cell for cell in cells if cell[0] == "publisher"), None)
    if not types or publisher is None or any(c[0] == "container" and c not in types for c in cells):
        return cells
    rest = [cell for cell in cells if cell is not types[0] and cell is not publisher]
    return [*rest, ("container", f"{types[0][1]}, {publisher[1]}", types[0][2])]


_INFOBOX = re.compile(r"\{\{[ \t]*[Ii]nfobox\b")


def _subject(text: str) -> str | None:
    """Whom the page is about: its infobox's `name`, else the one `{{DEFAULTSORT:Family, Given}}` names."""
    infobox = _INFOBOX.search(text)
    end = _close(text, infobox.start()) if infobox else -1
    if infobox and end > 0:
        name = next((_plain(v) for k, v, _ in _parameters(text, infobox.end(), end - 2) if k == "name"), None)
        if name:
            return name
    found = re.search(r"\{\{DEFAULTSORT:([^{}|\n,]{1,80}),([^{}|\n]{1,80})\}\}", text)
    return " ".join(f"{found.group(2)} {found.group(1)}".split()) if found else None


def _without_comments(text: str) -> str:
    """`<!-- -->` blanked out, its line breaks kept (every line keeps its number)."""
    return re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)


class _Reader(LineBlocks):
    def __init__(self) -> None:
        super().__init__("mediawiki")
        self.records: list[list[tuple[str, str, int]]] = []
        self.problems: list[Problem] = []

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        """The entry's text, each citation template in it written as its record, on lines of its own."""
        cursor = 0
        for place in _PLACE.finditer(source):
            if place.start() > cursor:
                part = source[cursor : place.start()]
                render(builder, part, index, base=cursor, delimiters=_DELIMITERS, ops=_ops(part))
            builder.hard_break()
            write_record(builder, self.records[int(place.group(1))])
            builder.hard_break()
            cursor = place.end()
        part = source[cursor:]
        render(builder, part, index, base=cursor, delimiters=_DELIMITERS, ops=_ops(part))

    def flush(self, level: int = 0) -> None:
        """End the block being read; an entry is at its first row's line (a citation template's first
        line, where its first word, one parameter a line, may come later)."""
        if not self.lines:
            return
        if level:
            super().flush(level)
            return
        source = "\n".join(text for _, text in self.lines)
        builder = TextBuilder()
        self.render(builder, source, LineIndex(source, lines=[number for number, _ in self.lines]))
        self.assembler.block(builder, self.kind, line=self.lines[0][0])
        self.lines = []
        self.kind = "paragraph"

    def _rows(self, text: str) -> list[tuple[int, str]]:
        """The page's lines, each citation template in one place of its first line (its record)."""
        citations, problems = _citations(text)
        lines = LineIndex(text)
        parts: list[str] = []
        numbers = [1]
        line = 1
        position = 0
        for citation in citations:
            for _ in range(text.count("\n", position, citation.start)):
                line += 1
                numbers.append(line)
            parts.append(text[position : citation.start])
            parts.append(f"\ue000{len(self.records)}\ue001")
            self.records.append(_cells(citation, lines))
            line += text.count("\n", citation.start, citation.end)
            position = citation.end
        for _ in range(text.count("\n", position)):
            line += 1
            numbers.append(line)
        parts.append(text[position:])
        self.problems = problems
        self.assembler.title = _subject(text)
        return list(zip(numbers, "".join(parts).split("\n"), strict=True))

    def read(self, text: str) -> Document:
        rows = self._rows(_without_comments(text).replace("\ue000", " ").replace("\ue001", " "))
        index = 0
        while index < len(rows):
            number, line = rows[index]
            index += 1
            stripped = line.strip()
            if not stripped or _MAGIC.fullmatch(stripped):
                self.flush()
                continue
            if stripped.startswith("{{") and "}}" not in stripped:  # an infobox over several lines
                self.flush()
                while index < len(rows) and not rows[index][1].strip().startswith("}}"):
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
        return attrs.evolve(self.assembler.document(), problems=self.problems)


def read(text: str) -> Document:
    """Read a MediaWiki page."""
    return _Reader().read(text)
