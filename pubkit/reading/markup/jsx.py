"""JSX components of MDX pages (Docusaurus, Nextra, Astro): `<PubCard title="…" authors={["A", "B"]}
venue="…" year={2025} />` is a record, its props the keys a YAML data file's record has.

Only a self-closing component whose name starts with a capital and whose props hold a title and another
field is read; its lines are blanked in the Markdown (their numbers kept) and its record goes where it
stood, under the headings of the Markdown around it. A prop's value is a string, or a `{…}` expression
read as JSON (a number, a list of strings); any other expression (an object of links, a variable) is
left out. The scan is linear: each component is matched once and its braces counted once.
"""

from __future__ import annotations

import json
import re

import attrs

from pubkit.reading.markup.base import Document, Heading
from pubkit.reading.markup.yamldata import data_node, records

__all__ = ["components", "with_components"]

#: A component's opening: `<PubCard` at the start of a line (after an indent).
_OPENING = re.compile(r"^[ \t]{0,12}<([A-Z][\w.]{0,60})(?=\s)", re.MULTILINE)
#: A prop's name and the start of its value.
_PROP = re.compile(r"\s*([A-Za-z_][\w-]{0,40})\s*=\s*")
#: The longest component read (a card is a few hundred characters).
_MAX_CHARS = 20_000


def components(text: str) -> tuple[str, list[tuple[dict[str, object], int]]]:
    """The text with every record-like component blanked (newlines kept), and the components' props
    with the line each starts on."""
    found: list[tuple[dict[str, object], int]] = []
    pieces: list[str] = []
    done = 0
    scanned = 0  # text up to here was read as (part of) a component already, or failed to be one
    for opening in _OPENING.finditer(text):
        if opening.start() < scanned:
            continue
        props, end = _props(text, opening.end())
        scanned = end
        if props is None or "title" not in props or len(props) < 2:
            continue
        pieces += [text[done : opening.start()], re.sub(r"[^\n]", " ", text[opening.start() : end])]
        done = end
        found.append((props, text.count("\n", 0, opening.start()) + 1))
    if not found:
        return text, []
    return "".join([*pieces, text[done:]]), found


def with_components(document: Document, found: list[tuple[dict[str, object], int]]) -> Document:
    """`document` with the components' records, each among the blocks by its line and under the
    headings above that line."""
    lines = {line for _, line in found}
    read = records(
        data_node([props for props, _ in found], lambda path, _value: _line_of(path, found)), "markdown"
    )
    added = [
        attrs.evolve(block, headings=_path_at(document.headings, block.line))
        for block in read.blocks
        if block.line in lines
    ]
    merged = sorted([*document.blocks, *added], key=lambda block: block.line)
    return attrs.evolve(document, blocks=merged, problems=[*document.problems, *read.problems])


def _path_at(headings: tuple[Heading, ...], line: int) -> tuple[Heading, ...]:
    """The headings above `line`, outermost first (a heading closes those of its level and deeper)."""
    path: list[Heading] = []
    for heading in headings:
        if heading.line >= line:
            break
        while path and path[-1].level >= heading.level:
            path.pop()
        path.append(heading)
    return tuple(path)


def _line_of(path: tuple[str | int, ...], found: list[tuple[dict[str, object], int]]) -> int:
    """The line of a value: its component's."""
    return found[path[0]][1] if path and isinstance(path[0], int) and path[0] < len(found) else 1


def _props(text: str, start: int) -> tuple[dict[str, object] | None, int]:
    """The props of the component whose name ends at `start`, and where its `/>` ends; None (and where
    reading stopped) when it is not self-closing within `_MAX_CHARS` or a value cannot be told apart."""
    props: dict[str, object] = {}
    at = start
    limit = min(len(text), start + _MAX_CHARS)
    while at < limit:
        while at < limit and text[at] in " \t\r\n":
            at += 1
        if text.startswith("/>", at):
            return props, at + 2
        prop = _PROP.match(text, at)
        if prop is None:
            return None, at
        at = prop.end()
        if at >= limit:
            return None, at
        quote = text[at]
        if quote in "\"'":
            end = text.find(quote, at + 1, limit)
            if end < 0:
                return None, limit  # (scanned to the limit: no component opens before it)
            props[prop.group(1)] = text[at + 1 : end]
            at = end + 1
        elif quote == "{":
            end = _closing_brace(text, at, limit)
            if end < 0:
                return None, limit
            value = _expression(text[at + 1 : end])
            if value is not None:
                props[prop.group(1)] = value
            at = end + 1
        else:
            return None, at
    return None, at


def _closing_brace(text: str, start: int, limit: int) -> int:
    """The index of the `}` closing the `{` at `start` (strings skipped), or -1."""
    depth = 0
    quote = ""
    k = start
    while k < limit:
        char = text[k]
        if quote:
            if char == "\\":
                k += 1
            elif char == quote:
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1


def _expression(source: str) -> object | None:
    """A `{…}` prop's value when it is JSON data (a number, a string, a list of strings), else None."""
    try:
        value = json.loads(source)
    except (ValueError, RecursionError):
        return None
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    return value if isinstance(value, (int, float, str)) else None
