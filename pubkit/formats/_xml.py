"""XML inputs (EndNote, DBLP) parsed safely: defusedxml refuses entity expansion and external entities.

`parse` also remembers the line each element starts on, so that problems name a line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import defusedxml
import defusedxml.ElementTree

from pubkit.errors import Problem

__all__ = ["Tree", "parse", "text_of"]


class Tree:
    """A parsed document: its root and the 1-based line each element starts on."""

    def __init__(self, root: ET.Element, lines: dict[int, int]) -> None:
        self.root = root
        self._lines = lines

    def line(self, element: ET.Element) -> int | None:
        """The line `element` starts on."""
        return self._lines.get(id(element))


class _Builder(ET.TreeBuilder):
    def __init__(self) -> None:
        super().__init__()
        self.expat: Any = None
        self.lines: dict[int, int] = {}

    def start(self, tag: Any, attrs: Any) -> ET.Element:
        element = super().start(tag, attrs)
        if self.expat is not None:
            self.lines[id(element)] = self.expat.CurrentLineNumber
        return element


def parse(text: str, path: str | None) -> tuple[Tree | None, Problem | None]:
    """The document, or a problem naming the line where it stops being XML (or uses entities)."""
    builder = _Builder()
    parser = defusedxml.ElementTree.DefusedXMLParser(target=builder)
    builder.expat = getattr(parser, "parser", None)
    try:
        parser.feed(text.lstrip("\ufeff"))
        root = parser.close()
    except defusedxml.DefusedXmlException as err:
        message = f"XML entities or external references are refused (not expanded): {err}"
        return None, Problem(message, path=path, line=_line_of(builder), kind="syntax")
    except ET.ParseError as err:
        line = err.position[0] if err.position else None
        return None, Problem(f"not well-formed XML: {err}", path=path, line=line, kind="syntax")
    return Tree(root, builder.lines), None


def _line_of(builder: _Builder) -> int | None:
    expat = builder.expat
    return int(expat.CurrentLineNumber) if expat is not None else None


def text_of(element: ET.Element | None) -> str:
    """All text inside an element (EndNote wraps text in `<style>`, DBLP titles hold `<i>`), spaces folded."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())
