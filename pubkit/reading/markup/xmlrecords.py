"""XML documents no bibliographic XML reader claims (a Lattes CV, a `<publications>` export): records.

An element whose attributes, text-only children and children's attributes name a title and authors
(or a year and a venue) is a record, written with `write_record` at its start line; its author
elements (repeated, in the order an order attribute gives) are its authors. The element names on its
path are its section headings, so the reader decides which hold papers. Keys mean what
`field_of_key` says; a small table below reads the Portuguese/Spanish words it does not know yet.
Parsing refuses entities (defusedxml) and walks the tree with a stack, so any depth costs linear time.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import attrs

from pubkit.formats import _xml
from pubkit.reading.markup._builder import Assembler, TextBuilder, write_record
from pubkit.reading.markup.base import Document
from pubkit.reading.markup.yamldata import field_of_key

__all__ = ["looks_like_xml", "read"]

#: Key words `field_of_key` does not read yet (Lattes' Portuguese, Spanish CVs): (pattern, field).
#: "book": a book's title, the venue of a chapter that has its own.
_KEY_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), field)
    for pattern, field in (
        (r"\b(?:pagina|page)s? (?:inicial|first|start)|\bfirst page|\bstart page", "first page"),
        (r"\b(?:pagina|page)s? (?:final|last|end)|\blast page|\bend page", "last page"),
        (r"^(?:ano|año|year)\b", "date"),
        (r"\b(?:titulo|title)s? .*\b(?:periodico|revista|anais|proceedings|journal)", "container"),
        (r"\b(?:titulo|title) .*\b(?:capitulo|chapter)", "title"),
        (r"\b(?:titulo|title) .*\b(?:livro|libro|book)\b", "book"),
        (r"^(?:titulo|título)\b", "title"),
        (r"\b(?:editora|editorial)\b", "publisher"),
        (r"\b(?:nome|nombre) .*\bevento\b", "conference"),
        (r"^(?:organizadores|editores)$", "editor"),
        (r"^(?:natureza|naturaleza|tipo|type|kind)$", "type"),
        (r"^(?:autor|autores|creator|creators)$", "author"),
    )
)
#: A translated copy of a field (`TITULO-DO-ARTIGO-INGLES`), not the field as printed.
_TRANSLATION = re.compile(r"\b(?:ingles|english|en|traducao|translated|traduccion)$")
#: An author element's attribute giving its place among the authors.
_ORDER = re.compile(r"\b(?:ordem|order|orden|position|seq|sequence|rank)\b")
#: A person element's attribute giving the CV owner's full name.
_OWNER = re.compile(r"^(?:nome completo|nombre completo|full name)$")


def looks_like_xml(sample: str) -> bool:
    """Whether `sample` opens as an XML document (a declaration, then an element that is not HTML)."""
    return (
        re.match(r"\s*<\?xml\b[^>]*>\s*(?:<!--.*?-->\s*)*<(?!html\b|!doctype)", sample, re.S | re.I)
        is not None
    )


def _words(key: str) -> str:
    """A key as lower-case words: `TITULO-DO-ARTIGO` -> "titulo do artigo"; namespaces dropped."""
    return " ".join(key.rsplit("}", 1)[-1].lower().replace("-", " ").replace("_", " ").split())


def _field(key: str) -> str | None:
    """The field a key names (None: none read)."""
    words = _words(key)
    if not words or _TRANSLATION.search(words):
        return None
    for pattern, field in _KEY_WORDS:
        if pattern.search(words):
            return field
    return field_of_key(words)


def _text(element: ET.Element) -> str:
    return " ".join((element.text or "").split())


def _author(element: ET.Element) -> tuple[int, str]:
    """An author element's order (0 when none is given) and printed name."""
    order = 0
    name = ""
    for key, value in element.attrib.items():
        words = _words(key)
        if _ORDER.search(words) and value.strip().isdigit():
            order = int(value)
        elif not name and value.strip() and (_field(key) == "author" or words in {"name", "nome", "nombre"}):
            name = " ".join(value.split())
    if not name:
        parts = [_text(element)] + [_text(child) for child in element if len(child) == 0]
        name = " ".join(part for part in parts if part)
    return order, name


def _is_author(element: ET.Element) -> bool:
    return _field(element.tag) == "author" or _field(element.tag + "s") == "author"


def _fields(element: ET.Element) -> tuple[dict[str, str], list[str]]:
    """A candidate record's fields (the first value of each) and its authors in order."""
    pairs: list[tuple[str, str]] = list(element.attrib.items())
    authors: list[tuple[int, int, str]] = []
    for child in element:
        if _is_author(child):
            members = [child] if len(child) == 0 or child.attrib else list(child)
            for member in members:
                order, name = _author(member)
                if name:
                    authors.append((order, len(authors), name))
        elif len(child) == 0:
            pairs.extend(child.attrib.items())
            if _text(child):
                pairs.append((child.tag, _text(child)))
    fields: dict[str, str] = {}
    for key, value in pairs:
        value = " ".join(value.split())
        field = _field(key) if value else None
        if field and field not in fields:
            fields[field] = value
    return fields, [name for _, _, name in sorted(authors)]


def _cells(fields: dict[str, str], authors: list[str], line: int) -> list[tuple[str, str, int]]:
    """A record's `write_record` cells."""
    cells = dict(fields)
    book = cells.pop("book", "")
    if book and "title" not in cells:
        cells["title"] = book
    elif book:
        cells.setdefault("container", book)
    conference = cells.pop("conference", "")
    if conference:
        cells.setdefault("container", conference)
    first, last = cells.pop("first page", ""), cells.pop("last page", "")
    if first:
        cells.setdefault("pages", f"{first}–{last}" if last and last != first else first)
    if authors:
        cells["author"] = "; ".join(authors)
    for dropped in ("type", "editor", "other", "url", "award", "location"):
        cells.pop(dropped, None)
    return [(field, value, line) for field, value in cells.items()]


def _is_record(fields: dict[str, str], authors: list[str]) -> bool:
    if "title" not in fields and "book" not in fields:
        return False
    return bool(authors or fields.get("author")) or ("date" in fields and "container" in fields)


_Path = tuple[str, int, "_Path | None"]
#: How many of a record's nearest ancestors name its section.
_HEADING_DEPTH = 8


def _headings(element: ET.Element, path: _Path | None, kind: str) -> list[tuple[int, str]]:
    """A record's section headings, (level, text): its nearest ancestors' names, its own, and its
    kind (a Lattes "RESUMO"), as words the reader's section words are read in."""
    names: list[tuple[int, str]] = []
    depth = path[1] + 1 if path else 1
    names.append((depth, element.tag))
    while path is not None and len(names) < _HEADING_DEPTH:
        names.append((path[1], path[0]))
        path = path[2]
    names.reverse()
    if kind:
        names.append((depth + 1, kind))
    return [(level, _words(name).upper()) for level, name in names]


def read(text: str) -> Document:
    """Read an XML document's records; XML that is not well-formed is a problem at its line."""
    tree, problem = _xml.parse(text, None)
    if tree is None:
        return Document(markup="xmlrecords", problems=(problem,) if problem else ())
    assembler = Assembler("xmlrecords")
    owner: str | None = None
    shown: list[tuple[int, str]] = []  # the heading path written so far: (level, text)
    # each element with its ancestors' names as a linked list (name, depth, parent): linear at any depth
    stack: list[tuple[ET.Element, _Path | None]] = [(tree.root, None)]
    while stack:
        element, path = stack.pop()
        fields, authors = _fields(element)
        if not _is_record(fields, authors):
            if owner is None:
                owner = next(
                    (" ".join(v.split()) for k, v in element.attrib.items() if _OWNER.match(_words(k))), None
                )
            here = (element.tag, (path[1] + 1) if path else 1, path)
            stack.extend((child, here) for child in reversed(element))
            continue
        line = tree.line(element) or 1
        texts = _headings(element, path, fields.get("type", ""))
        common = 0
        while common < min(len(shown), len(texts)) and shown[common] == texts[common]:
            common += 1
        for level, heading in texts[common:]:
            builder = TextBuilder()
            builder.text(heading, line)
            assembler.heading(builder, level, line)
        shown = texts
        builder = TextBuilder()
        write_record(builder, _cells(fields, authors, line))
        assembler.block(builder, "item", None, line)
    document = assembler.document()
    return attrs.evolve(document, title=owner) if owner else document
