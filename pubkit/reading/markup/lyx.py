"""LyX documents (`.lyx`, or content opening `#LyX … created this file`): layouts as blocks, insets inline.

The header (`\\begin_header … \\end_header`) is skipped; each `\\begin_layout X … \\end_layout` of the
body is a block: `Section` / `Subsection` / `Chapter` a heading, `Enumerate` / `Itemize` /
`Description` / `Bibliography` an item, `Title` the document's title, `Author` / `Date` an aside, any
other layout a paragraph; layouts nested under one (`\\begin_deeper`) are lines of it. Font toggles
(`\\series bold`, `\\emph on`, `\\shape italic`, `\\bar under`, `\\strikeout on`) are spans; a
`Formula` inset is its math as text (`$^{*}$` a superscript `*`), `Newline` a break, `Quotes` its
quote mark, an `href` a link, `ERT` its LaTeX as text; notes, comments, labels, citations and
deleted changes are not read, footnotes are asides. LyX writes a word's formatting and insets on lines
of their own, and the space before a wrapped line's first word at its start, so lines are joined as
written, except two lines of text (a hand-written wrap), joined with a space. One pass over the lines.
"""

from __future__ import annotations

import re

from pylatexenc.latex2text import LatexNodes2Text

from pubkit.errors import Problem, Severity
from pubkit.reading.markup._builder import Assembler, TextBuilder
from pubkit.reading.markup.base import Document

__all__ = ["looks_like_lyx", "read"]

_HEADING_LEVELS = {
    "part": 1,
    "chapter": 1,
    "section": 1,
    "addpart": 1,
    "addchap": 1,
    "addsec": 1,
    "subsection": 2,
    "subsubsection": 3,
    "paragraph": 4,
    "subparagraph": 5,
}
_ITEMS = frozenset({"enumerate", "itemize", "description", "list", "labeling", "bibliography"})
_ASIDES = frozenset({"author", "date", "address", "right address", "institute", "abstract", "keywords"})
#: Font toggles and the span each shows: `\series bold` opens bold, `\series default` closes it.
_TOGGLES = {
    "\\series": ("bold", frozenset({"bold"})),
    "\\emph": ("italic", frozenset({"on"})),
    "\\shape": ("italic", frozenset({"italic", "slanted"})),
    "\\bar": ("underline", frozenset({"under"})),
    "\\uuline": ("underline", frozenset({"on"})),
    "\\uwave": ("underline", frozenset({"on"})),
    "\\strikeout": ("strike", frozenset({"on"})),
    "\\xout": ("strike", frozenset({"on"})),
    "\\noun": ("", frozenset({"on"})),  # small capitals: no span of their own
}
#: Insets whose text is never printed (or is no part of the entry's text): skipped with what they hold.
_SKIPPED = frozenset(
    {"note", "phantom", "index", "nomenclature", "argument", "graphics", "preview", "listings", "info"}
)
#: Insets printed apart from the text they sit in: read as asides (legends), never entries.
_ASIDE_INSETS = frozenset({"foot", "marginal"})
#: Quote marks by the inset's style letter, then its side and size ("eld": English, left, double).
_QUOTES = {
    "e": "“”‘’",
    "s": "””’’",
    "g": "„“‚‘",
    "p": "„”‚’",
    "f": "«»‹›",
    "a": "»«›‹",
    "r": "«»‹›",
    "q": "\"\"''",
    "j": "「」『』",
    "k": "《》〈〉",
}
_SPECIAL_CHARS = {
    "ldots": "…",
    "\\ldots{}": "…",
    "\\ldots": "…",
    "menuseparator": "▸",
    "\\menuseparator": "▸",
    "slash": "/",
    "\\slash{}": "/",
    "nobreakdash": "-",
    "\\nobreakdash-": "-",
    "lyx": "LyX",
    "\\lyxarrow{}": "→",
    "tex": "TeX",
    "latex": "LaTeX",
    "latex2e": "LaTeX2e",
    "xetex": "XeTeX",
}
_SPACES = frozenset({"Newline", "Separator"})
#: Math symbols pylatexenc leaves out, as printed.
_MATH_SYMBOLS = {"ddagger": "‡", "S": "§", "P": "¶", "dag": "†", "ddag": "‡"}
_MATH_SYMBOL = re.compile(r"\\(ddagger|ddag|dag|S|P)(?![A-Za-z])")
#: Longest formula read as math; a longer one (no role marker) is read as its source.
_MAX_FORMULA = 2_000
_BODY_MARKS = frozenset({"\\lyxformat", "\\begin_document", "\\end_document", "\\begin_body", "\\end_body"})

_to_text: LatexNodes2Text | None = None


def looks_like_lyx(sample: str) -> bool:
    """Whether content is a LyX file: its first line says LyX created it."""
    first = sample.lstrip("\ufeff \t\n")[:200].split("\n", 1)[0]
    return first.startswith("#LyX ") and "created this file" in first


def _latex_text(source: str) -> str:
    """LaTeX (math or text) as the characters it prints; what pylatexenc cannot read, as written."""
    global _to_text
    if _to_text is None:
        _to_text = LatexNodes2Text(math_mode="text", strict_latex_spaces=False)
    source = _MATH_SYMBOL.sub(lambda found: _MATH_SYMBOLS[found.group(1)], source)
    try:
        return str(_to_text.latex_to_text(source))
    except (IndexError, AttributeError, TypeError, ValueError, RecursionError):
        return source


def _group_end(text: str, start: int) -> int:
    """Where the brace group opening at `start` ends (after its `}`), or the text's end."""
    depth = 0
    for position in range(start, len(text)):
        if text[position] == "{":
            depth += 1
        elif text[position] == "}":
            depth -= 1
            if depth == 0:
                return position + 1
    return len(text)


def _math(builder: TextBuilder, formula: str, line: int) -> None:
    """A formula as text: `^x` / `^{…}` (a character, a macro or a group) a superscript, `_` a subscript."""
    source = formula.strip()
    for opener, closer in (("$$", "$$"), ("$", "$"), ("\\[", "\\]"), ("\\(", "\\)")):
        if source.startswith(opener) and source.endswith(closer) and len(source) >= len(opener) + len(closer):
            source = source[len(opener) : len(source) - len(closer)]
            break
    if len(source) > _MAX_FORMULA:
        builder.text(source, line)
        return
    cursor = position = 0
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char not in "^_":
            position += 1
            continue
        builder.text(_latex_text(source[cursor:position]), line)
        start = position + 1
        if start < len(source) and source[start] == "{":
            end = _group_end(source, start)
            inner = source[start + 1 : end - 1]
        elif start < len(source) and source[start] == "\\":
            end = start + 1
            while end < len(source) and source[end].isalpha():
                end += 1
            end = max(end, min(start + 2, len(source)))
            inner = source[start:end]
        else:
            end = min(start + 1, len(source))
            inner = source[start:end]
        kind = "sup" if char == "^" else "sub"
        builder.glue()
        builder.open(kind)
        builder.text(_latex_text(inner), line)
        builder.close(kind)
        builder.glue()
        cursor = position = end
    builder.text(_latex_text(source[cursor:]), line)


def _parameter(text: str) -> str:
    """An inset parameter's value: `"quoted \\"text\\""` unquoted, a bare word as it is."""
    text = text.strip()
    if not text.startswith('"'):
        return text
    chars: list[str] = []
    position = 1
    while position < len(text):
        char = text[position]
        if char == "\\" and position + 1 < len(text):
            chars.append(text[position + 1])
            position += 2
            continue
        if char == '"':
            break
        chars.append(char)
        position += 1
    return "".join(chars)


def _problem(message: str, line: int) -> Problem:
    """Malformed LyX at `line`: its text is still read, as far as it goes."""
    return Problem(message, line=line, kind="syntax", severity=Severity.WARNING)


class _Inset:
    """An open inset: its kind (what it is), how it is read, and what it collected so far."""

    __slots__ = ("builder", "kind", "layouts", "line", "mode", "params", "source")

    def __init__(self, kind: str, mode: str, line: int, builder: TextBuilder) -> None:
        self.kind = kind
        self.mode = mode  # "inline", "skip", "aside", "formula", "ert", "command"
        self.line = line
        self.builder = builder  # the builder to go back to when it ends
        self.layouts = 0
        self.params: dict[str, str] = {}
        self.source: list[str] = []


class _Reader:
    def __init__(self) -> None:
        self.assembler = Assembler("lyx")
        self.problems: list[Problem] = []
        self.builder = TextBuilder()
        self.kind = "paragraph"  # the top layout's block kind, or "heading", "title"
        self.level = 0
        self.layout_line: int | None = None  # the open top layout's line (None: closed)
        self.pending = False  # a closed top layout whose block deeper layouts may continue
        self.depth = 0  # `\begin_deeper` nesting
        self.insets: list[_Inset] = []
        self.toggles: list[dict[str, str]] = [{}]  # per open layout: toggle command -> its span kind
        self.after_text = False  # the last line read was a line of text
        self.deleted = False  # inside a tracked deletion

    # -- blocks ---------------------------------------------------------------------------------
    def flush(self) -> None:
        """End the block being read."""
        if self.kind == "heading":
            self.assembler.heading(self.builder, self.level)
        elif self.kind == "title":
            text, _, _ = self.builder.finish()
            if text and self.assembler.title is None:
                self.assembler.title = text
        else:
            self.assembler.block(self.builder, self.kind)
        self.builder = TextBuilder()
        self.kind = "paragraph"
        self.pending = False

    def begin_layout(self, name: str, line: int) -> None:
        self.after_text = False
        self.toggles.append({})
        inset = self.insets[-1] if self.insets else None
        if inset is not None:
            if inset.layouts and not self.builder.empty:
                self.builder.hard_break()  # a second paragraph inside a box, a cell, a footnote
            inset.layouts += 1
            return
        if self.layout_line is not None:
            self.problems.append(_problem("LyX layout not closed before the next one", self.layout_line))
        key = name.strip().rstrip("*").lower()
        if self.pending and self.depth and self.kind in ("item", "paragraph"):
            self.builder.hard_break()  # a layout nested under an item: a line of it
        else:
            self.flush()
            if key in _HEADING_LEVELS:
                self.kind, self.level = "heading", _HEADING_LEVELS[key]
            elif key == "title":
                self.kind = "title"
            else:
                self.kind = "item" if key in _ITEMS else "aside" if key in _ASIDES else "paragraph"
        self.layout_line = line

    def end_layout(self, line: int) -> None:
        self.after_text = False
        for kind in self.toggles.pop().values():
            self.builder.close(kind)
        if not self.toggles:
            self.toggles.append({})
        if self.insets:
            return
        if self.layout_line is None:
            self.problems.append(_problem("LyX layout closed that was never opened", line))
        self.layout_line = None
        self.pending = True
        if self.kind not in ("item", "paragraph"):
            self.flush()

    # -- insets ---------------------------------------------------------------------------------
    def begin_inset(self, rest: str, line: int) -> None:
        words = rest.split()
        kind = words[0] if words else ""
        lowered = kind.lower()
        skipping = any(inset.mode in ("skip", "formula", "ert", "command") for inset in self.insets)
        if skipping or lowered in _SKIPPED or (lowered == "commandinset" and words[1:2] != ["href"]):
            mode = "skip"
        elif lowered == "formula":
            mode = "formula"
        elif lowered == "ert":
            mode = "ert"
        elif lowered in ("commandinset", "quotes", "space", "newline", "separator"):
            mode = "command"
        elif lowered in _ASIDE_INSETS:
            mode = "aside"
        else:
            mode = "inline"
        if lowered == "note" and words[1:2] == ["Greyedout"] and not skipping:
            mode = "inline"  # a greyed-out note is printed, in grey
        inset = _Inset(lowered, mode, line, self.builder)
        inset.params["args"] = " ".join(words[1:])
        if mode == "formula":
            inset.source.append(rest[len(kind) :].strip())
        if mode == "aside":
            self.builder = TextBuilder()
        self.insets.append(inset)

    def end_inset(self, line: int) -> None:
        if not self.insets:
            self.problems.append(_problem("LyX inset closed that was never opened", line))
            return
        inset = self.insets.pop()
        if inset.mode == "aside":
            self.assembler.block(self.builder, "aside")
            self.builder = inset.builder
        elif inset.mode == "formula":
            self.builder.glue()
            _math(self.builder, "\n".join(inset.source), inset.line)
            self.builder.glue()
        elif inset.mode == "ert":
            self.builder.glue()
            self.builder.text(_latex_text("".join(inset.source)), inset.line)
            self.builder.glue()
        elif inset.mode == "command":
            self.command_inset(inset)
        elif inset.kind == "tabular":
            self.table_line("<row>")  # the last row is an entry as the others are
        self.after_text = False

    def command_inset(self, inset: _Inset) -> None:
        """A one-line inset: a line break, a quote mark, a space, a link."""
        args = inset.params.get("args", "")
        if inset.kind == "newline" or (inset.kind == "separator" and args == "parbreak"):
            self.builder.hard_break()
        elif inset.kind == "quotes":
            style = args[:3]
            marks = _QUOTES.get(style[:1], _QUOTES["e"])
            index = (0 if style[1:2] != "r" else 1) + (2 if style[2:3] == "s" else 0)
            self.builder.glue()
            self.builder.text(marks[index], inset.line)
            self.builder.glue()
        elif inset.kind == "space":
            self.builder.space()
        elif inset.kind == "commandinset":  # an href: its name (or its target) as a link
            target = inset.params.get("target", "")
            prefix = inset.params.get("type", "")
            self.builder.glue()
            self.builder.open("link", (prefix + target) or None)
            self.builder.text(inset.params.get("name") or target, inset.line)
            self.builder.close("link")
            self.builder.glue()

    # -- lines ----------------------------------------------------------------------------------
    def text(self, text: str, line: int) -> None:
        """A line of text: joined to the last with a space only when that was a line of text too."""
        inset = self.insets[-1] if self.insets else None
        if inset is not None and inset.mode == "formula":
            inset.source.append(text)
            return
        if inset is not None and (inset.mode in ("skip", "command") or not inset.layouts):
            if inset.kind == "tabular":
                self.table_line(text.strip())
            return  # an inset's parameters (`status open`), above its first layout
        if self.deleted or (self.layout_line is None and inset is None):
            return  # text outside any layout: not LyX's
        if inset is not None and inset.mode == "ert":
            inset.source.append(text)
            return
        if not self.after_text:
            self.builder.glue()
        self.builder.text(text, line)
        self.after_text = True

    def table_line(self, text: str) -> None:
        """A table's row opens an entry of its own; its cells are lines of it."""
        if text.startswith("<row") and not self.builder.empty:
            self.assembler.block(self.builder, "item")
            self.builder = TextBuilder()
        elif text.startswith("</cell>"):
            self.builder.hard_break()

    def command(self, line_text: str, line: int) -> None:
        """A line opening with a backslash: a layout, an inset, a toggle, a character, a parameter."""
        name, _, rest = line_text.partition(" ")
        inset = self.insets[-1] if self.insets else None
        if name == "\\begin_inset":
            self.begin_inset(rest, line)
            return
        if name == "\\end_inset":
            self.end_inset(line)
            return
        if inset is not None and inset.mode == "skip":
            return
        if inset is not None and inset.mode == "ert":  # raw LaTeX: its lines as written, `\\` as itself
            if name == "\\begin_layout":
                inset.source.append("\n" if inset.layouts else "")
                inset.layouts += 1
            elif name == "\\backslash":
                inset.source.append("\\")
            return
        if inset is not None and inset.mode == "formula":
            inset.source.append(line_text)
            return
        self.after_text = False
        if name == "\\begin_layout":
            self.begin_layout(rest, line)
        elif name == "\\end_layout":
            self.end_layout(line)
        elif name == "\\begin_deeper":
            self.depth += 1
        elif name == "\\end_deeper":
            self.depth = max(self.depth - 1, 0)
        elif name in ("\\change_deleted", "\\change_inserted", "\\change_unchanged"):
            self.deleted = name == "\\change_deleted"
        elif name == "\\backslash":
            self.glued("\\", line)
        elif name == "\\SpecialChar":
            special = rest.strip()
            self.glued(_SPECIAL_CHARS.get(special.lower(), _SPECIAL_CHARS.get(special, "")), line)
        elif name in _TOGGLES:
            self.toggle(name, rest.strip())

    def parameter(self, line_text: str) -> None:
        """A line of a one-line inset: `name "value"` (an href's name and target, a quote's style)."""
        inset = self.insets[-1]
        key, _, value = line_text.partition(" ")
        inset.params.setdefault(key, _parameter(value))

    def glued(self, text: str, line: int) -> None:
        if self.deleted or not text or (self.layout_line is None and not self.insets):
            return
        self.builder.glue()
        self.builder.text(text, line)
        self.builder.glue()

    def toggle(self, name: str, value: str) -> None:
        kind, on_values = _TOGGLES[name]
        active = self.toggles[-1]
        if value in on_values and name not in active:
            if kind not in active.values():
                self.builder.open(kind)
            active[name] = kind
        elif value not in on_values and name in active:
            kind = active.pop(name)
            if kind not in active.values():
                self.builder.close(kind)

    def finish(self) -> Document:
        for inset in reversed(self.insets):
            self.problems.append(_problem(f"LyX inset {inset.kind!r} not closed", inset.line))
            if inset.mode == "aside":
                self.assembler.block(self.builder, "aside")
                self.builder = inset.builder
        self.insets = []
        if self.layout_line is not None:
            self.problems.append(_problem("LyX layout not closed", self.layout_line))
        self.flush()
        document = self.assembler.document()
        return Document(
            document.blocks, document.headings, title=document.title, markup="lyx", problems=self.problems
        )


def read(text: str) -> Document:
    """Read a LyX document: its body's layouts as blocks, the header skipped."""
    reader = _Reader()
    lines = text.split("\n")
    header: int | None = None
    for number, line in enumerate(lines, start=1):
        if header is not None:
            if line.startswith("\\end_header"):
                header = None
            continue
        if number == 1 and line.startswith("#LyX"):
            continue
        name = line.split(" ", 1)[0]
        if name == "\\begin_header":
            header = number
        elif name in _BODY_MARKS:
            continue
        elif reader.insets and reader.insets[-1].mode == "command" and line.strip():
            if name == "\\end_inset":
                reader.end_inset(number)
            else:
                reader.parameter(line)
        elif line.startswith("\\"):
            reader.command(line, number)
        elif line:
            reader.text(line, number)
    if header is not None:
        reader.problems.append(_problem("LyX header not closed", header))
    return reader.finish()
