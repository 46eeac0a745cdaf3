"""JSON data islands of HTML pages (Next.js's `__NEXT_DATA__`, JSON-LD), read as data files are.

A page built by a JavaScript framework may show only "Loading…" while its list lives in a `<script>`
holding JSON: its records are found by shape as a YAML data file's are (`yamldata.records`), each at
the line where it starts inside the script (JSON is YAML, so composing it keeps every line; where
that fails, at the script's line). JSON-LD's schema.org works (`ScholarlyArticle`, `name`,
`author: [{name}]`, `datePublished`, `isPartOf`) are first written as such records. A record whose
title the visible page already shows is left out, so a page that renders its data reads it once.
Malformed JSON is a problem at its line.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import attrs

from pubkit.errors import Problem
from pubkit.reading.markup.base import Block, Document
from pubkit.reading.markup.yamldata import DataPath, data_node, records

if TYPE_CHECKING:
    from yaml import Node

__all__ = ["islands"]

#: Larger scripts are not read (a list's data is far smaller).
MAX_CHARS = 2_000_000
#: schema.org types of a work that a publication list holds.
_WORKS = frozenset(
    "scholarlyarticle article creativework book chapter thesis report techarticle newsarticle "
    "publicationissue collection dataset".split()
)


def islands(document: Document, scripts: list[tuple[str, int]]) -> Document:
    """`document` (the visible page) with the records of its JSON `scripts` (each source and its line)."""
    shown = _normal(" ".join(block.text for block in document.blocks))
    blocks: list[Block] = []
    headings = list(document.headings)
    problems = list(document.problems)
    for source, line in scripts:
        data = _data(source, line, problems)
        if data is None:
            continue
        read = records(data, "html")
        problems.extend(read.problems)
        new = [block for block in read.blocks if block.kind == "aside" or not _shown(block, shown)]
        blocks.extend(new)
        headings.extend(read.headings)
    if not blocks and len(problems) == len(document.problems):
        return document
    merged = sorted([*document.blocks, *blocks], key=lambda block: block.line)
    return attrs.evolve(document, blocks=merged, headings=headings, problems=problems)


def _data(source: str, line: int, problems: list[Problem]) -> Node | None:
    """The script's JSON as a node tree with lines, or None (malformed JSON is a problem)."""
    if len(source) > MAX_CHARS or not source.strip():
        return None
    try:
        value = json.loads(source)
    except json.JSONDecodeError as err:
        problems.append(Problem(f"JSON data in a script is malformed: {err.msg}", line=line + err.lineno - 1))
        return None
    except (RecursionError, ValueError):
        problems.append(Problem("JSON data in a script is nested too deeply to read", line=line))
        return None
    if _linked_data(value):
        works = _works(value, 0)
        finder = _Finder(source, line)
        return data_node(works, finder.line_of) if works else None
    import yaml

    try:
        node = yaml.compose(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, RecursionError):
        node = None
    if node is None:
        return data_node(value, lambda _path, _value: line)
    _shift(node, line - 1)
    return node


def _shift(root: Node, lines: int) -> None:
    """Move every node's line by `lines` (the script's place in the page), each node once."""
    from yaml import Mark

    stack = [root]
    seen: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        mark = node.start_mark
        node.start_mark = Mark(mark.name, mark.index, mark.line + lines, mark.column, None, None)
        if isinstance(node.value, list):
            for item in node.value:
                stack.extend(item if isinstance(item, tuple) else (item,))


def _linked_data(value: object) -> bool:
    """Whether the JSON is JSON-LD (an `@context`, or `@type` items)."""
    first = value[0] if isinstance(value, list) and value else value
    return isinstance(first, dict) and ("@context" in first or "@type" in first)


def _types(value: dict[str, object]) -> set[str]:
    kinds = value.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return {str(name).lower().rsplit("/", 1)[-1] for name in names if name}


def _name(value: object) -> str | None:
    """A schema.org thing's printed name: a string, or an object's `name` (a `Person`, a `Periodical`)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        name = value.get("name") or value.get("headline")
        if isinstance(name, str) and name.strip():
            return name.strip()
        given, family = value.get("givenName"), value.get("familyName")
        return " ".join(str(part) for part in (given, family) if part) or None
    return None


def _works(value: object, depth: int) -> list[dict[str, object]]:
    """The schema.org works in JSON-LD, in order, each as a data record (title, authors, date, venue)."""
    if depth > 32:
        return []
    if isinstance(value, list):
        return [work for item in value for work in _works(item, depth + 1)]
    if not isinstance(value, dict):
        return []
    title = _name(value)
    if _types(value) & _WORKS and title:
        people = value.get("author") or value.get("creator")
        authors = [_name(person) for person in (people if isinstance(people, list) else [people])]
        record: dict[str, object] = {"title": title, "authors": [name for name in authors if name]}
        venue = value.get("isPartOf") or value.get("publisher")
        while isinstance(venue, dict) and _types(venue) & {"publicationissue", "publicationvolume"}:
            venue = venue.get("isPartOf") or venue.get("name")
        if _name(venue):
            record["journal"] = _name(venue)
        for key, field in (("datePublished", "date"), ("doi", "doi"), ("url", "url"), ("sameAs", "url")):
            if isinstance(value.get(key), str):
                record.setdefault(field, value[key])
        return [record]
    return [work for item in value.values() for work in _works(item, depth + 1)]


class _Finder:
    """The line of each JSON-LD work: where its name first stands in the script after the last one."""

    def __init__(self, source: str, line: int) -> None:
        self._source = source
        self._line = line
        self._cursor = 0

    def line_of(self, path: DataPath, value: object) -> int:
        if not (isinstance(value, dict) and isinstance(value.get("title"), str)):
            return self._line
        needle = json.dumps(value["title"], ensure_ascii=False)
        found = self._source.find(needle, self._cursor)
        if found < 0:
            return self._line
        self._cursor = found + len(needle)
        return self._line + self._source.count("\n", 0, found)


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def _shown(block: Block, shown: str) -> bool:
    """Whether the record's title is in the visible page's text."""
    title = next(
        (block.text[s.start : s.end] for s in block.spans if s.kind == "field" and s.target == "title"), ""
    )
    return bool(title) and _normal(title) in shown
