"""TOML data files (a CV's `cv.toml`): read as YAML data files are, records found by their shape.

`tomllib` parses the file (an invalid one is a problem at the line it names) and the data goes down
the YAML reader's path (`yamldata.records`): `[[publications.journal]]` tables are records under the
keys above them. TOML parsers give no lines, so one linear scan of the source finds every table
header and key: a record is at its `[[…]]` header's line, a value at its key's; a record written
inline (`papers = [{title = "…"}]`) is found by its first string after the previous one, and where
it is not found it takes its key's line, never a guessed one.
"""

from __future__ import annotations

import re
import sys

from pubkit.errors import Problem
from pubkit.reading.markup._builder import LineIndex
from pubkit.reading.markup.base import Document
from pubkit.reading.markup.yamldata import DataPath, comments, data_node, records

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]

__all__ = ["looks_like_toml", "read"]

#: Larger files are not read (as for YAML data files).
MAX_CHARS = 2_000_000
_BARE = re.compile(r"[A-Za-z0-9_-]+")
_AT_LINE = re.compile(r"at line (\d+)")
#: Lines that only TOML writes: an array-of-tables header, a `key = "string"` line.
_ARRAY_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*[\w\"'.-][^\]\n]*\]\][ \t]*(?:#[^\n]*)?$", re.MULTILINE)
_STRING_KEY = re.compile(r"^[ \t]*[A-Za-z_][\w-]*[ \t]*=[ \t]*(?:\"|'|\[)", re.MULTILINE)
_HEADER = re.compile(r"^[ \t]*\[[^\]\n]+\][ \t]*(?:#[^\n]*)?$")


def looks_like_toml(sample: str) -> bool:
    """A TOML data file: an `[[array.of.tables]]` header or several `key = "…"` lines, nearly every
    line a header, a key or a comment, and the whole parses (an INI file rarely does)."""
    keys = len(_STRING_KEY.findall(sample))
    if not _ARRAY_HEADER.search(sample) and keys < 3:
        return False
    lines = [line.strip() for line in sample.split("\n")[:400]]
    lines = [line for line in lines if line and not line.startswith("#")]
    shaped = sum(1 for line in lines if _HEADER.match(line) or re.match(r"[\w\"'.-]+[ \t]*=", line))
    if 2 * shaped < len(lines):
        return False

    try:
        tomllib.loads(sample)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return False
    return True


def read(text: str) -> Document:
    """Read a TOML data file: its records, each an entry under the keys above it, at its header's line."""
    if len(text) > MAX_CHARS:
        msg = f"TOML file too large to read as a list ({len(text):,} characters; at most {MAX_CHARS:,})"
        return Document(markup="tomldata", problems=[Problem(msg, line=1, kind="syntax")])

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        found = _AT_LINE.search(str(err))
        line = int(found.group(1)) if found else 1
        return Document(
            markup="tomldata", problems=[Problem(f"TOML syntax error: {err}", line=line, kind="syntax")]
        )
    except (RecursionError, ValueError) as err:
        msg = f"TOML not read: {'nested too deeply' if isinstance(err, RecursionError) else err}"
        return Document(markup="tomldata", problems=[Problem(msg, line=1, kind="syntax")])
    lines = _Lines(text)
    return records(data_node(data, lines.line_of), "tomldata", comments(text))


class _Table:
    """One table of the source: its header's line (1 for the root table) and the line of each key."""

    __slots__ = ("keys", "line", "offsets")

    def __init__(self, line: int) -> None:
        self.line = line
        self.keys: dict[str, int] = {}
        self.offsets: dict[str, int] = {}


class _Lines:
    """Where each table and key of a TOML source is, found by one scan, as data paths."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._index = LineIndex(text)
        self.tables: dict[DataPath, _Table] = {(): _Table(1)}
        self._found: dict[DataPath, int] = {}
        self._scan()

    def line_of(self, path: DataPath, value: object) -> int:
        """The line of the value at `path`: its table's header, its key's line, or for a record inside
        an inline array the line of its first string (its key's when that is not found)."""
        if path in self.tables:
            return self.tables[path].line
        if path in self._found:
            return self._found[path]
        for cut in range(len(path) - 1, -1, -1):
            table = self.tables.get(path[:cut])
            if table is None:
                continue
            key = path[cut]
            if not isinstance(key, str) or key not in table.keys:
                return table.line
            line = table.keys[key]
            if cut + 2 <= len(path) and isinstance(path[cut + 1], int) and isinstance(value, dict):
                line = self._inline_record(path, table, key, value) or line
            return line
        return 1

    def _inline_record(
        self, path: DataPath, table: _Table, key: str, value: dict[object, object]
    ) -> int | None:
        """The line of a record written inline in an array: where its first string stands, after the
        record before it (remembered, so each search starts where the last one ended)."""
        first = next((v for v in value.values() if isinstance(v, str) and v.strip()), None)
        if first is None:
            return None
        needle = first.strip().split("\n")[0][:80]
        cursor = (*path[:-1], "#cursor")
        start = self._found.get(cursor, table.offsets[key])
        found = self._text.find(needle, start)
        if found < 0:
            return None
        self._found[cursor] = found + len(needle)
        self._found[path] = self._index.line(found)
        return self._found[path]

    def _scan(self) -> None:
        """Record every header and key: headers as the data path of the table they open (each array of
        tables counted, nested ones inside the element they belong to), keys by their first part."""
        text, position, length = self._text, 0, len(self._text)
        current = self.tables[()]
        counts: dict[tuple[str, ...], int] = {}
        while position < length:
            position = _skip_blank(text, position)
            if position >= length:
                break
            char = text[position]
            if char == "#":
                position = _line_end(text, position)
            elif char == "[":
                double = text.startswith("[[", position)
                parts, position = _key(text, position + (2 if double else 1))
                position = _line_end(text, position)
                path = self._table_path(tuple(parts), double, counts)
                current = self.tables.setdefault(path, _Table(self._index.line(position - 1)))
            else:
                start = position
                parts, position = _key(text, position)
                if parts and parts[0] not in current.keys:
                    current.keys[parts[0]] = self._index.line(start)
                    current.offsets[parts[0]] = start
                position = _skip_value(text, position)

    @staticmethod
    def _table_path(parts: tuple[str, ...], double: bool, counts: dict[tuple[str, ...], int]) -> DataPath:
        """The data path of a header's table: each array of tables on the way with its current index."""
        if double:
            counts[parts] = counts.get(parts, -1) + 1
            for name in [name for name in counts if len(name) > len(parts) and name[: len(parts)] == parts]:
                del counts[name]  # a new element: the arrays inside it start again
        path: list[str | int] = []
        for size in range(1, len(parts) + 1):
            path.append(parts[size - 1])
            if parts[:size] in counts:
                path.append(counts[parts[:size]])
        return tuple(path)


def _skip_blank(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end + 1


def _key(text: str, position: int) -> tuple[list[str], int]:
    """A dotted key's parts (bare or quoted) from `position`, and where they end (after `=` or `]`)."""
    parts: list[str] = []
    while position < len(text):
        while position < len(text) and text[position] in " \t":
            position += 1
        char = text[position : position + 1]
        bare = _BARE.match(text, position)
        if char in ('"', "'"):
            value, position = _string(text, position)
            parts.append(value)
        elif bare:
            parts.append(bare.group(0))
            position = bare.end()
        elif char == ".":
            position += 1
        elif char == "=":
            return parts, position + 1
        elif char == "]":
            return parts, position + (2 if text.startswith("]]", position) else 1)
        else:
            break
    return parts, position


def _string(text: str, position: int) -> tuple[str, int]:
    """A quoted string (basic or literal, one line or multi-line) from its opening quote: its raw
    text and where it ends."""
    quote = text[position]
    triple = text.startswith(quote * 3, position)
    close = quote * 3 if triple else quote
    cursor = position + len(close)
    while cursor < len(text):
        if quote == '"' and text[cursor] == "\\":
            cursor += 2
            continue
        if text.startswith(close, cursor):
            end = cursor + len(close)
            while (
                triple and end < len(text) and text[end] == quote
            ):  # `""""` closes after the content's quote
                end += 1
            return text[position + len(close) : cursor], end
        if not triple and text[cursor] == "\n":
            break
        cursor += 1
    return text[position + len(close) : cursor], cursor


def _skip_value(text: str, position: int) -> int:
    """Where a key's value ends: the end of its line, after any arrays and inline tables it opens."""
    depth = 0
    length = len(text)
    while position < length:
        char = text[position]
        if char in "\"'":
            _, position = _string(text, position)
            continue
        if char == "#":
            position = _line_end(text, position) - 1
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        elif char == "\n" and depth <= 0:
            return position + 1
        position += 1
    return position
