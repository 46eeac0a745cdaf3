"""reStructuredText lists: underlined headings, `-` / `*` / `#.` / `1.` items, `**bold**`, `*italic*`, links.

`..` comments and directives (with their indented bodies) are skipped, but a note's body is read
as an aside (for its legend); `` `text <url>`_ `` is a link; a heading's level is the order in which
its adornment style first appears, as in docutils. An item goes on over blank lines while its text is
indented under its marker; the names of its field list (":Authors:", ":Journal:") are dropped and
mark the fields they name.
"""

from __future__ import annotations

import re

from pubkit.reading.markup._builder import LineBlocks, LineIndex, TextBuilder, split_number
from pubkit.reading.markup._inline import Op, render
from pubkit.reading.markup.base import Document, footnote_marks
from pubkit.wording import column_field

__all__ = ["read"]

_ADORNMENT = re.compile(r"([=\-`:'\"~^_*+#<>.])\1{2,}[ \t]*")
_ITEM = re.compile(r"[ \t]*(?:[-*+•][ \t]+|#\.[ \t]+|(?=\d{1,3}[.)][ \t]|\(\d{1,3}\)[ \t]))")
_LINK = re.compile(r"`([^`<]*)<([^<>`]*)>`_{1,2}")
_REFERENCE = re.compile(r"`([^`]+)`_{1,2}")
_ROLE = re.compile(r":[A-Za-z][\w.+-]*:(?=`)")
_INTERPRETED = re.compile(r"`([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")
_FIELD = re.compile(r":([^:\n]+):[ \t]")
_ITEM_FIELD = re.compile(r"[ \t]*:([A-Za-z][\w .-]{0,30}):[ \t]+")  # ":Authors: ..." in an item's body


def _runs_on(line: str) -> bool:
    """Whether a line ends mid-sentence (a comma, a bar), so that a number opening the next is no list's
    (a colon may end a paragraph that introduces the list: "Selected papers:\n1. …")."""
    return line.rstrip().endswith((",", ";", "|", "–"))


#: Directives whose body is the page's own text (a legend in a note): read as an aside, not skipped.
_READ_DIRECTIVE = re.compile(r"\.\.[ \t]+(?:note|tip|hint|important|admonition|attention)::")
_DELIMITERS = {"**": "bold", "*": "italic"}


def _ops(source: str) -> list[Op]:
    """Literals, links, references and roles of one entry, each kept away from the emphasis pairing."""
    ops: list[Op] = []
    taken = bytearray(len(source))

    def free(start: int, end: int) -> bool:
        if any(taken[start:end]):
            return False
        taken[start:end] = b"\x01" * (end - start)
        return True

    for found in _LITERAL.finditer(source):
        if free(found.start(), found.end()):
            ops.append(Op(found.start(), found.start() + 2, "open", "code", guard=found.end()))
            ops.append(Op(found.end() - 2, found.end(), "close", "code"))
    for found in _LINK.finditer(source):
        if free(found.start(), found.end()):
            target = found.group(2).strip() or None
            ops.append(Op(found.start(), found.start() + 1, "open", "link", target=target))
            ops.append(Op(found.start(2) - 1, found.end(), "close", "link", guard=found.end()))
    for found in _REFERENCE.finditer(source):
        if free(found.start(), found.end()):
            ops.append(Op(found.start(), found.start() + 1, "open", "link"))
            ops.append(Op(found.end(1), found.end(), "close", "link"))
    raised = set()  # where a superscript role's text starts ("Okonkwo, C. I.\ :sup:`s`": a mark)
    for found in _ROLE.finditer(source):
        if free(found.start(), found.end()):
            ops.append(Op(found.start(), found.end(), "drop"))
            if found.group(0) in (":sup:", ":superscript:"):
                raised.add(found.end())
    for found in _INTERPRETED.finditer(source):  # (its text is no markup: "Dvořák\ :sup:`*`")
        if free(found.start(), found.end()):
            if found.start() in raised:
                ops.append(Op(found.start(), found.start() + 1, "open", "sup", guard=found.end()))
                ops.append(Op(found.end() - 1, found.end(), "close", "sup"))
            else:
                ops.append(Op(found.start(), found.start() + 1, "drop", guard=found.end()))
                ops.append(Op(found.end() - 1, found.end(), "drop"))
    position = source.find("\\ ")
    while position >= 0:  # an escaped space joins inline markup to a word and prints as nothing
        if free(position, position + 2):
            ops.append(Op(position, position + 2, "drop"))
        position = source.find("\\ ", position + 2)
    return ops


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


class _Reader(LineBlocks):
    def __init__(self) -> None:
        super().__init__("rst")
        self.styles: list[tuple[str, bool]] = []
        self.hard: set[int] = set()  # lines of a line block, each after a hard break
        self.body_indent = 0  # where the open item's text starts: its body is indented as far
        self.last = ("heading", 0, 0)  # the kind, indent and words of the block read last

    def flush(self, level: int = 0) -> None:
        if self.lines:
            words = sum(len(text.split()) for _, text in self.lines)
            self.last = ("heading" if level else self.kind, _indent(self.lines[0][1]), words)
        super().flush(level)

    def render(self, builder: TextBuilder, source: str, index: LineIndex) -> None:
        ops = _ops(source)
        offset = 0
        for position, (number, text) in enumerate(self.lines):
            if number in self.hard and offset:
                ops.append(Op(offset - 1, offset, "break"))
            field = _ITEM_FIELD.match(text) if position else None
            if field:  # the field's name is dropped; a name that says what it holds marks the value
                kind = column_field(field.group(1), loose=False)
                ops.append(Op(offset, offset + field.end(), "open" if kind else "drop", "field", kind))
                if kind:
                    ops.append(Op(offset + len(text), offset + len(text), "close", "field"))
            offset += len(text) + 1
        render(builder, source, index, delimiters=_DELIMITERS, ops=ops)

    def level(self, char: str, overline: bool) -> int:
        style = (char, overline)
        if style not in self.styles:
            self.styles.append(style)
        return self.styles.index(style) + 1

    def read(self, text: str) -> Document:
        rows = text.split("\n")
        index = 0
        while index < len(rows):
            number, line = index + 1, rows[index]
            index += 1
            stripped = line.strip()
            if not stripped:
                if not self._body_goes_on(rows, index):
                    self.flush()
                continue
            note = _READ_DIRECTIVE.match(line)
            if note:  # a note's text is read for legends ("† marks equal contribution"), never entries
                self.flush()
                end = self._skip_body(rows, index, _indent(line))
                self.lines = [(number, line[note.end() :].strip())] if line[note.end() :].strip() else []
                self.lines += [(k + 1, rows[k].strip()) for k in range(index, end) if rows[k].strip()]
                self.kind = "aside"
                self.flush()
                index = end
                continue
            if line.startswith("..") and (len(stripped) == 2 or stripped[2:3].isspace()):
                self.flush()
                index = self._skip_body(rows, index, _indent(line))
                continue
            following = rows[index] if index < len(rows) else ""
            adornment = _ADORNMENT.fullmatch(line)
            if adornment and not self.lines:
                after = rows[index + 1] if index + 1 < len(rows) else ""
                if following.strip() and _ADORNMENT.fullmatch(after) and after[0] == line[0]:
                    self.lines = [(number + 1, following.strip())]
                    self.flush(self.level(line[0], True))
                    index += 2
                continue
            if (
                not self.lines
                and _ADORNMENT.fullmatch(following)
                and len(following.rstrip()) >= min(len(stripped), 4)
            ):
                self.lines = [(number, stripped)]
                self.flush(self.level(following[0], False))
                index += 1
                continue
            item = _ITEM.match(line)
            if item and self.kind == "paragraph" and self.lines and _runs_on(self.lines[-1][1]):
                item = None  # "…, *Temel ve Klinik Farmakoloji*,\n3. baskı": no list breaks a paragraph
            if item and not (self.kind == "item" and self.lines and _indent(line) >= self.body_indent):
                self.flush()
                self.kind = "item"
                rest = line[item.end() :]
                self.lines = [(number, rest)]
                # (a numbered item's marker stays in its text, the assembler's number: its body is
                # indented past the marker, as the next item's marker is not)
                marker = split_number(rest)[1] if item.end() == _indent(line) else 0
                self.body_indent = item.end() + marker
                continue
            if self.kind == "item" and _ITEM_FIELD.match(line):
                self.hard.add(number)  # a field of the item's field list: a line of its own
            if stripped.startswith("| "):
                self.hard.add(number)
                self.lines.append((number, stripped[2:]))
                continue
            if (
                len(self.lines) == 1
                and self.kind == "paragraph"
                and _indent(line) > _indent(self.lines[0][1])
            ):
                self.kind = "item"  # a definition list item: the term, then its indented definition
                self.hard.add(number)
                self.body_indent = _indent(line)
            field = _FIELD.match(stripped)
            if field and not self.lines:
                self.lines = [(number, stripped)]
                self.flush()
                continue
            # a block quote under an entry ("   *Not:* Dergi kapağında …") is its note; under a short line
            # ("Selected works:"), the list that line introduces
            kind, indent, words = self.last
            if not self.lines and kind in ("paragraph", "item") and _indent(line) > indent and words >= 8:
                self.kind = "aside"
            self.lines.append((number, line))
        self.flush()
        return self.assembler.document()

    def _body_goes_on(self, rows: list[str], index: int) -> bool:
        """Whether the item being read goes on after a blank line: the next text is indented under
        its marker (a field list or a paragraph of the item's body), and is no item or comment."""
        if self.kind != "item" or not self.lines:
            return False
        while index < len(rows) and not rows[index].strip():
            index += 1
        if index == len(rows):
            return False
        following = rows[index]
        if _indent(following) < self.body_indent or following.lstrip().startswith(".."):
            return False
        if index + 1 < len(rows) and _ADORNMENT.fullmatch(rows[index + 1]):
            return False
        self.hard.add(index + 1)  # the body's first line starts a line of its own
        return True

    def _skip_body(self, rows: list[str], index: int, indent: int) -> int:
        """The row after a comment or directive's indented body (blank lines inside included)."""
        while index < len(rows) and (not rows[index].strip() or _indent(rows[index]) > indent):
            index += 1
        return index


def read(text: str) -> Document:
    """Read a reStructuredText document."""
    text = _substituted(text) if ".. |" in text else text
    return _Reader().read(_footnote_marks(text) if "]_" in text else text)


#: A substitution's definition: `.. |br| raw:: html`, `.. |me| replace:: H. Y. Ong`.
_SUBSTITUTION = re.compile(r"^\.\.[ \t]+\|([^|\n]{1,40})\|[ \t]+([\w-]+)::[ \t]*([^\n]*)$", re.MULTILINE)


def _substituted(text: str) -> str:
    """`|name|` written out: a `replace::` substitution's text; any other (raw HTML, an image) as
    nothing, as a page shows a line break or a picture. Each line keeps its number."""
    values = {
        name: (value.strip() if kind == "replace" else "")
        for name, kind, value in _SUBSTITUTION.findall(text)
    }
    if not values:
        return text
    uses = re.compile("|".join(rf"\|{re.escape(name)}\|(?:_{{1,2}})?" for name in values))
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if "|" in line and not _SUBSTITUTION.match(line):
            lines[k] = uses.sub(lambda m: values[m.group(0).strip("_").strip("|")], line)
    return "\n".join(lines)


#: A footnote's definition (`.. [#eq] Equal contribution.`, `.. [1] …`, `.. [*] …`) and a reference to
#: one (`Ferreira [#eq]_`, `Tanaka\ [#eq]_`).
_FOOTNOTE = re.compile(r"^\.\.[ \t]+\[(#[\w-]*|\d{1,3}|\*)\][ \t]+([^\n]*)$", re.MULTILINE)
_FOOTNOTE_REF = re.compile(r"(?:\\ |[ \t])?\[(#[\w-]*|\d{1,3}|\*)\]_")


def _footnote_marks(text: str) -> str:
    """Footnotes on authors (`**D. Ferreira** [#eq]_` with `.. [#eq] Equal contribution.`) as markers
    glued to the names and their legend (`footnote_marks`); "Best Student Paper [#]_" loses its mark."""
    return footnote_marks(text, _FOOTNOTE, _FOOTNOTE_REF, lambda mark: mark)
