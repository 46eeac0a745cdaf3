"""Org-mode lists: `*` headings, `-` / `+` / `1.` items, `*bold*` `/italic/` `_underline_` `=verb=` `~code~`.

`# ` lines, `#+KEYWORD:` lines, property drawers and `#+begin_comment` / `#+begin_src` (and other
non-text) blocks are never entries; `#+TITLE:` is the document title; `[[url][text]]` is a link.
"""

from __future__ import annotations

import re

from pubkit.reading.markup._builder import LineBlocks, LineIndex, TextBuilder, write_record
from pubkit.reading.markup._inline import Op, render
from pubkit.reading.markup.base import Document
from pubkit.wording import record_key_field

__all__ = ["read"]

_HEADING = re.compile(r"(\*+)[ \t]+(.*)")
_TAGS = re.compile(r"(?<=[ \t]):[\w@#%:]+:[ \t]*$")  # after a space (no run of spaces: linear)
_TODO = re.compile(r"(?:TODO|DONE|NEXT|WAITING|CANCELLED)[ \t]+")


def _not_exported(heading: str) -> bool:
    """A heading org never exports: tagged `:noexport:` or opening with `COMMENT`."""
    tags = _TAGS.search(heading)
    return heading.startswith("COMMENT") or (tags is not None and ":noexport:" in tags.group(0))


def _subtree_ends(row: str, level: int) -> bool:
    """Whether a row is a heading of `level` or above, which ends the subtree of a heading at `level`."""
    heading = _HEADING.fullmatch(row)
    return heading is not None and len(heading.group(1)) <= level


_COUNTER_COOKIE = re.compile(
    r"^(\d{1,3}[.)][ \t]+)\[@\d{1,4}\][ \t]*"
)  # a list's "[@6]": its count starts at 6
_ITEM = re.compile(r"([ \t]*)(?:[-+][ \t]+|(?=\d{1,3}[.)][ \t])|\*[ \t]+)")
_KEYWORD = re.compile(r"#\+([A-Za-z_]+):[ \t]*(.*)")
_BEGIN = re.compile(r"[ \t]*#\+begin_(\w+)", re.IGNORECASE)
_LINK = re.compile(r"\[\[([^\[\]]*)\](?:\[([^\[\]]*)\])?\]")
_SCRIPT = re.compile(r"([\^_])\{([^{}\n]{1,20})\}")
_CHECKBOX = re.compile(r"\[[ Xx-]\][ \t]+")
_DELIMITERS = {"*": "bold", "/": "italic", "_": "underline", "+": "strike"}
_VERBATIM = {"=": "code", "~": "code"}
_TEXT_BLOCKS = frozenset({"quote", "verse", "center"})
#: Org's entities for the marks CVs print by names ("T. Bakker\dagger", "\ast: equal contribution").
_ENTITIES = {"dagger": "†", "ddagger": "‡", "ast": "*", "S": "§", "sect": "§", "para": "¶", "P": "¶"}
_ENTITY = re.compile(rf"\\({'|'.join(sorted(_ENTITIES, key=len, reverse=True))})(?:\{{\}})?(?![A-Za-z])")


def _ops(source: str) -> list[Op]:
    """Links, superscripts, entities (`\\dagger`) and `\\\\` line ends of one entry."""
    ops: list[Op] = []
    for found in _LINK.finditer(source):
        target, label = found.group(1), found.group(2)
        if label is None:
            ops.append(Op(found.start(), found.start() + 2, "open", "link", target=target or None))
            ops.append(Op(found.end() - 2, found.end(), "close", "link"))
        else:
            label_start = found.start(2)
            ops.append(Op(found.start(), label_start, "open", "link", target=target or None))
            ops.append(Op(found.end() - 2, found.end(), "close", "link"))
    for found in _SCRIPT.finditer(source):  # "Li Wei^{*}": a superscript marker, "CO_{2}"
        kind = "sup" if found.group(1) == "^" else "sub"
        ops.append(Op(found.start(), found.start(2), "open", kind, guard=found.end()))
        ops.append(Op(found.end(2), found.end(), "close", kind))
    for found in _ENTITY.finditer(source):
        ops.append(Op(found.start(), found.end(), "text", text=_ENTITIES[found.group(1)]))
    position = source.find("\\\\")
    while position >= 0:
        end = position + 2
        if end >= len(source) or source[end] == "\n":
            ops.append(Op(position, end, "break"))
        position = source.find("\\\\", end)
    return ops


class _Reader(LineBlocks):
    def __init__(self) -> None:
        super().__init__("org")
        self.item_indent = 0  # the open item's indentation

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        render(
            builder,
            source,
            index,
            delimiters=_DELIMITERS,
            verbatim=_VERBATIM,
            ops=_ops(source),
            escape=None,
            org=True,
        )

    def read(self, text: str) -> Document:
        rows = text.split("\n")
        index = 0
        drawer = False
        while index < len(rows):
            number, line = index + 1, rows[index]
            index += 1
            stripped = line.strip()
            if drawer:
                drawer = stripped.upper() != ":END:"
                continue
            if stripped.upper() in {":PROPERTIES:", ":LOGBOOK:"}:
                drawer = True
                continue
            begin = _BEGIN.match(line)
            if begin:
                self.flush()
                name = begin.group(1).lower()
                end = index
                closing = f"#+end_{name}"
                while end < len(rows) and rows[end].strip().lower() != closing:
                    end += 1
                if name in _TEXT_BLOCKS:
                    for offset, inner in enumerate(rows[index:end]):
                        if inner.strip():
                            self.lines.append((index + 1 + offset, inner))
                        else:
                            self.flush()
                    self.flush()
                index = end + 1
                continue
            keyword = _KEYWORD.match(stripped)
            if keyword:
                if keyword.group(1).upper() == "TITLE":
                    self.assembler.title = keyword.group(2).strip() or None
                elif keyword.group(1).upper() == "AUTHOR":
                    self.assembler.author = keyword.group(2).strip() or None
                continue
            if stripped == "#" or stripped.startswith("# "):
                continue
            if not stripped:
                self.flush()
                continue
            heading = _HEADING.fullmatch(line)
            if heading and _not_exported(heading.group(2)):  # its whole subtree is no part of the page
                self.flush()
                level = len(heading.group(1))
                while index < len(rows) and not _subtree_ends(rows[index], level):
                    index += 1
                continue
            if heading:
                title = _TAGS.sub("", heading.group(2)).rstrip(" \t")
                todo = _TODO.match(title)
                title = title[todo.end() :] if todo else title
                fields, after = _record_fields(rows, index)
                if fields:  # "** Title" over "- Authors :: …" lines or a properties drawer: one record
                    self.record(number, title, fields)
                    index = after
                    continue
                self.heading(number, title, len(heading.group(1)))
                continue
            # "10. Names | Title\n    | Venue | 2023": an item's line opening with a bar, no table's row
            indent = len(line) - len(line.lstrip())
            under = self.kind == "item" and bool(self.lines) and indent > self.item_indent
            if stripped.startswith("|") and under and not stripped.endswith("|"):
                self.lines.append((number, line))
                continue
            if stripped.startswith("|"):
                self.table_row(number, stripped)
                continue
            item = _ITEM.match(line)
            if item and self._under_an_entry(len(item.group(1).expandtabs())):
                # its note, abstract, award: a line of its own in the entry (org's "\\" line end)
                last, text = self.lines[-1]
                self.lines[-1] = (last, f"{text} \\\\")
                self.lines.append((number, line[item.end() :]))
                continue
            if item:
                self.item_indent = len(item.group(1).expandtabs())
                rest = _COUNTER_COOKIE.sub(r"\1", line[item.end() :])  # "6. [@6] Text": the number, once
                checkbox = _CHECKBOX.match(rest)
                self.item(number, rest[checkbox.end() :] if checkbox else rest)
                continue
            self.lines.append((number, line))
        self.flush()
        return self.assembler.document()

    def _under_an_entry(self, indent: int) -> bool:
        """Whether an item indented by `indent` is one under the open item's entry ("   - Abstract: …"
        under "1. Names. "Title." …"), as Markdown reads it, not one of a group the open item names
        ("- 2024" over its papers)."""
        opened = self.kind == "item" and bool(self.lines)
        return opened and indent > self.item_indent and len(self.lines[0][1]) > 40

    def record(self, number: int, title: str, fields: list[tuple[str, str, int]]) -> None:
        """A headline that is a paper's title and the fields its lines name, as one entry."""
        self.flush()
        builder = TextBuilder()

        def write(builder: TextBuilder, text: str, line: int) -> None:
            self.render(builder, text, LineIndex(text, line))

        # (each field at the headline's line: the record starts there whatever field is written first)
        write_record(
            builder, [("title", title, number), *((f, text, number) for f, text, _ in fields)], write
        )
        self.assembler.block(builder, "item")

    def table_row(self, number: int, row: str) -> None:
        """A table row is one entry, its cells on separate lines; rule rows (`|---+---|`) are skipped."""
        self.flush()
        if set(row) <= set("|-+: "):
            return
        builder = TextBuilder()
        for cell in row.strip("|").split("|"):
            builder.hard_break()
            builder.text(cell, number)
        self.assembler.block(builder, "paragraph")


#: A description item ("- Authors :: Sato, K., Watanabe, M.") or a property (":JOURNAL: J. Climate").
_DESCRIPTION = re.compile(r"[ \t]*[-+][ \t]+([^:\n]{1,30}?)[ \t]+::[ \t]*(.*)")
_PROPERTY = re.compile(r"[ \t]*:([A-Za-z_/-]{1,30}):[ \t]*(.*)")


def _record_fields(rows: list[str], start: int) -> tuple[list[tuple[str, str, int]], int]:
    """The fields that the description items or the properties drawer right under a headline name
    (each cell: field, text, line), and the row after them; none when fewer than two name a field."""
    fields: list[tuple[str, str, int]] = []
    index = start
    drawer = index < len(rows) and rows[index].strip().upper() == ":PROPERTIES:"
    index += drawer
    while index < len(rows):
        line = rows[index]
        if drawer and line.strip().upper() == ":END:":
            index += 1
            break
        found = (_PROPERTY if drawer else _DESCRIPTION).fullmatch(line)
        if found is None:
            break
        field = record_key_field(found.group(1))
        if field is None and "/" in found.group(1):  # "Volume/pages :: 38(4), 1021–1040"
            field = record_key_field(found.group(1).split("/")[0])
        fields.append((field or "other", found.group(2), index + 1))
        index += 1
    named = [field for field, _, _ in fields if field != "other"]
    return (fields, index) if len(named) >= 2 else ([], start)


def read(text: str) -> Document:
    """Read an org-mode document."""
    return _Reader().read(text)
