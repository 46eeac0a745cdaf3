"""AMS `amsrefs` records inside LaTeX: `\\bib{key}{type}{author={Family, Given}, title={…}, …}`.

A record names its fields, so it is read as a data row is, never as prose: `extract` takes each
`\\bib` out of the source before the LaTeX reader walks it (a placeholder macro keeps its place and
its lines) and splits its field list at top-level commas, with the line of every value. Repeated
keys (`author=` once per author) are one field, in order; `book={title=…, editor=…}` and
`conference={title=…}` give the venue, the book's editors and publisher; the translation, the
MathSciNet review and the language are not what a citation prints. A `\\bib` whose braces do not
close before the next one is a problem at its line, and the records after it are still read.
Scanning is one pass over the source, so deep brace nests and unclosed groups cost linear time.
"""

from __future__ import annotations

import re

from attrs import frozen

from pubkit.errors import Problem
from pubkit.reading.markup._builder import LineIndex
from pubkit.reading.markup.yamldata import field_of_key

__all__ = ["PLACEHOLDER", "Record", "extract"]

PLACEHOLDER = "pubkitamsrefs"
"""The macro `\\pubkitamsrefs{N}` that stands for the N-th record in the source the LaTeX reader walks."""

_BIB = re.compile(r"\\bib(\*?)\s*\{")
#: Where a record's field list must have closed: the next record, or the end of its list.
_STOP = re.compile(r"\\bib\*?\s*\{|\\end\s*\{(?:biblist|bibsection|bibdiv)\*?\}")
_COMMENT = re.compile(r"(?<!\\)%")
_KEY = re.compile(r"\s*([A-Za-z][\w-]*)\s*=\s*")
#: amsrefs keys whose meaning differs from a data file's (`field_of_key`); None: not citation text.
_KEYS: dict[str, str | None] = {
    "address": "location",
    "type": "container",  # a thesis's "Ph.D. Thesis", printed before its organization
    "organization": "container",
    "institution": "container",
    "note": "other",
    "series": "other",
    "edition": "other",
    "eprint": "arxiv",
    "review": None,
    "language": None,
    "translation": None,
    "reprint": None,
    "partial": None,
    "xref": None,
    "label": None,
    "hyphenation": None,
}
#: Compound fields: keys inside `book={…}` / `conference={…}` and the fields they give.
_INNER: dict[str, dict[str, str | None]] = {
    "book": {"title": "container", "editor": "editor", "publisher": "publisher", "address": "location"},
    "conference": {"title": "conference"},
}
#: Fields whose repeated values are names, joined with "; " (others with ", ").
_NAMES = frozenset({"author", "editor"})


@frozen
class Record:
    """One `\\bib`: the line it opens on and its cells as `write_record` takes them (field, LaTeX
    source of the value, line of the value's first character)."""

    line: int
    cells: tuple[tuple[str, str, int], ...]


def _commented(source: str, position: int) -> bool:
    """Whether `position` is inside a `%` comment (an unescaped `%` before it on its line)."""
    start = source.rfind("\n", 0, position) + 1
    return _COMMENT.search(source, start, position) is not None


def _close(source: str, start: int, stop: int) -> int:
    """The end (after its closing brace) of the group opening at `start`, if it closes before `stop`;
    -1 otherwise. Escaped braces and `%` comments are stepped over."""
    depth = 0
    position = start
    while position < stop:
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "%":
            end = source.find("\n", position, stop)
            position = stop if end < 0 else end
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return -1


def _group_after(source: str, position: int, stop: int) -> tuple[int, int] | None:
    """The brace group after `position` (whitespace before it): its start and end, or None."""
    while position < stop and source[position].isspace():
        position += 1
    if position >= stop or source[position] != "{":
        return None
    end = _close(source, position, stop)
    return (position, end) if end > 0 else None


def _pairs(source: str, start: int, stop: int) -> list[tuple[str, int, int]]:
    """The `key=value` pairs of a field list between `start` and `stop`: each key (lower case) and the
    bounds of its value (inside its braces when braced; else up to the next top-level comma)."""
    pairs: list[tuple[str, int, int]] = []
    position = start
    while position < stop:
        found = _KEY.match(source, position, stop)
        if found is None:
            comma = _top_comma(source, position, stop)
            position = comma + 1
            continue
        key, position = found.group(1).lower(), found.end()
        if source.startswith("{", position):
            end = _close(source, position, stop)
            end = stop if end < 0 else end
            pairs.append((key, position + 1, max(end - 1, position + 1)))
        else:
            end = _top_comma(source, position, stop)
            pairs.append((key, position, end))
        position = _top_comma(source, end, stop) + 1
    return pairs


def _top_comma(source: str, position: int, stop: int) -> int:
    """The first comma at brace depth 0 from `position` (or `stop`)."""
    depth = 0
    while position < stop:
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        elif char == "," and depth == 0:
            return position
        position += 1
    return stop


def _cells(source: str, start: int, stop: int, index: LineIndex) -> tuple[tuple[str, str, int], ...]:
    """A record's cells: the values of each field joined in the order given, at the first one's line."""
    values: dict[str, list[tuple[int, int, str]]] = {}
    conference: list[tuple[int, int, str]] = []
    editors: list[tuple[int, int, str]] = []  # the record's own, not its book's
    for key, begin, end in _pairs(source, start, stop):
        if key in _INNER:
            for inner, inner_begin, inner_end in _pairs(source, begin, end):
                field = _INNER[key].get(inner, "other")
                if field == "conference":
                    conference.append((inner_begin, inner_end, ""))
                elif field:
                    values.setdefault(field, []).append((inner_begin, inner_end, ""))
            continue
        field = _KEYS[key] if key in _KEYS else field_of_key(key)
        if key == "editor":
            editors.append((begin, end, ""))
        elif field:
            values.setdefault(field, []).append((begin, end, "no. " if key == "number" else ""))
    if conference:  # a meeting's name is the venue only when no book carries the proceedings
        values.setdefault("container" if "container" not in values else "other", []).extend(conference)
    if editors:  # an edited work's editors stand where its authors would, as amsrefs prints them
        values.setdefault("editor" if "author" in values else "author", []).extend(editors)
    cells = (_joined(field, parts, source, index) for field, parts in values.items())
    return tuple(cell for cell in cells if cell[1])


def _joined(
    field: str, parts: list[tuple[int, int, str]], source: str, index: LineIndex
) -> tuple[str, str, int]:
    """One cell from a field's values (each after its printed prefix: an issue's "no."), separated by
    "; " for names (", " otherwise) and by as many line breaks as lie between them, so every word
    keeps its line."""
    separator = "; " if field in _NAMES else ", "
    pieces: list[str] = []
    first = last = index.line(parts[0][0])
    for begin, end, prefix in parts:
        raw = source[begin:end]
        value = raw.strip()
        if not value:
            continue
        line = index.line(begin + len(raw) - len(raw.lstrip()))
        if pieces:
            pieces.append(separator + "\n" * max(line - last, 0))
        else:
            first = line
        pieces.append(prefix + value)
        last = line + value.count("\n")
    return field, "".join(pieces), first


def extract(source: str) -> tuple[str, list[Record], list[Problem]]:
    """The source with each `\\bib` replaced by `\\pubkitamsrefs{N}` (lines kept), the records in
    order, and a problem at the line of each record that could not be read. `\\bib*` (a record only
    cross-referenced) is removed."""
    if "\\bib" not in source:
        return source, [], []
    index = LineIndex(source)
    pieces: list[str] = []
    records: list[Record] = []
    problems: list[Problem] = []
    cursor = 0
    for found in _BIB.finditer(source):
        if found.start() < cursor or _commented(source, found.start()):
            continue
        following = _STOP.search(source, found.end())
        stop = following.start() if following else len(source)
        line = index.line(found.start())
        key = _group_after(source, found.end() - 1, stop)
        kind = _group_after(source, key[1], stop) if key else None
        body = _group_after(source, kind[1], stop) if kind else None
        end = body[1] if body else stop
        pieces.append(source[cursor : found.start()])
        blank = "\n" * source.count("\n", found.start(), end)
        if body is None or kind is None:
            problems.append(Problem("amsrefs \\bib record not read: its braces do not close", line=line))
            pieces.append(blank)
        elif found.group(1):
            pieces.append(blank)
        else:
            cells = _cells(source, body[0] + 1, body[1] - 1, index)
            pieces.append(f"\\{PLACEHOLDER}{{{len(records)}}}{blank}")
            records.append(Record(line, cells))
        cursor = end
    pieces.append(source[cursor:])
    return "".join(pieces), records, problems
