"""LaTeX CVs: `\\item`, `\\bibitem`, moderncv `\\cventry` / `\\cvitem`, `\\entry{..}{..}`-style entries.

pylatexenc parses (its LatexWalker) and decodes accents and symbols (LatexNodes2Text); this module
decides what is an entry, a heading or a span. An unknown macro followed by two or more brace
groups at the start of an entry is a CV class's entry macro: its non-empty arguments become the
lines of one entry. `%` comments, `comment` environments and `\\iffalse ... \\fi` are never read.
AMS `amsrefs` records (`\\bib{key}{type}{field={…}, …}`) are taken out first (`amsrefs.extract`) and
written back as entries whose fields their keys mark; `bibsection[Heading]` is a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

import attrs
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, SpecialsTextSpec
from pylatexenc.latex2text import get_default_latex_context_db as text_context_db
from pylatexenc.latexwalker import (
    LatexCharsNode,
    LatexCommentNode,
    LatexEnvironmentNode,
    LatexGroupNode,
    LatexMacroNode,
    LatexMathNode,
    LatexSpecialsNode,
    LatexWalker,
    get_default_latex_context_db,
)
from pylatexenc.macrospec import EnvironmentSpec, MacroSpec, SpecialsSpec

from pubkit.reading.markup import amsrefs, embedded_bib
from pubkit.reading.markup._builder import Assembler, LineIndex, TextBuilder, write_record
from pubkit.reading.markup.base import Document
from pubkit.reading.markup.latex_macros import expand, hide_definitions
from pubkit.wording import YEAR

__all__ = ["read"]

_FORMATS = {
    "textbf": "bold",
    "textit": "italic",
    "emph": "italic",
    "textsl": "italic",
    "underline": "underline",
    "uline": "underline",
    "textsuperscript": "sup",
    "textsubscript": "sub",
    "texttt": "code",
    "sout": "strike",
    "st": "strike",
    "textsc": "",
    "textrm": "",
    "textsf": "",
    "textnormal": "",
    "textmd": "",
    "textup": "",
    "mbox": "",
    "hbox": "",
    "text": "",
    "textcolor": "",
    "colorbox": "",
    "fbox": "",
    "makebox": "",
    "footnote": "",
    "small": "",
}
"""Macros whose last argument is text shown with a span kind ("" for none)."""

_SWITCHES = {
    "bf": "bold",
    "bfseries": "bold",
    "it": "italic",
    "itshape": "italic",
    "em": "italic",
    "sl": "italic",
    "slshape": "italic",
    "tt": "code",
    "ttfamily": "code",
}
"""Declarations that show the rest of their group with a span kind."""

_HEADINGS = {
    "part": 1,
    "chapter": 1,
    "section": 1,
    "subsection": 2,
    "subsubsection": 3,
    "paragraph": 4,
}


def _heading_level(name: str) -> int | None:
    """The level of a sectioning macro: LaTeX's own, and a CV class's `\\ecvsection`, `\\mysection`."""
    if name in _HEADINGS:
        return _HEADINGS[name]
    if (name.endswith("section") or name.endswith("rubric")) and name.isalpha():
        return 1 + name.count("sub")  # also the curve class's \subrubric
    return None


_ENTRY_MACROS = frozenset(
    "cventry cvitem cvitemwithcomment cvlistitem cvdoubleitem cvlistdoubleitem cvcolumn ecvitem".split()
)
_DROPPED = frozenset(
    "documentclass usepackage newcommand renewcommand providecommand newenvironment renewenvironment "
    "setlength addtolength setcounter addtocounter vspace hspace label ref pageref eqref includegraphics "
    "pagestyle thispagestyle geometry hypersetup definecolor color moderncvstyle moderncvcolor moderncvtheme "
    "moderncvicons photo phone email homepage address social extrainfo mobile fax nocite bibliographystyle "
    "bibliography addbibresource printbibliography input include includeonly cite citep citet pagenumbering "
    "hyphenation newlength settowidth renewcommand* titleformat titlespacing setmainfont setsansfont "
    "fontsize linespread newgeometry enlargethispage RequirePackage ProvidesPackage ProvidesClass "
    "LoadClass DeclareOption ProcessOptions PassOptionsToPackage def let newif".split()
)
_TITLES = frozenset({"title", "name", "author", "firstname", "familyname"})
_GAPS = frozenset({"quad", "qquad", "hfill", "\\", "newline"})
_LISTS = frozenset(
    "itemize enumerate description thebibliography etaremune compactitem compactenum asparaenum "
    "inparaenum outerlist innerlist cvitems rSubsection".split()
)
_BULLET_LISTS = frozenset({"itemize", "compactitem"})  # what may continue an entry (never a bibliography)
_SKIPPED_ENVIRONMENTS = frozenset({"comment", "figure", "verbatim", "lstlisting", "minted", "tikzpicture"})
_TABLES = frozenset({"tabular", "tabularx", "tabular*", "longtable", "tabu", "supertabular"})
_CELL_MACROS = frozenset({"multirow", "multicolumn", "makecell"})
#: TeX's lengths and counts set by `\name=value` (`\hangindent=2em`, `\parindent 0pt`, `\hangafter=1`).
_ASSIGNMENTS = frozenset(
    "hangindent hangafter parindent parskip leftskip rightskip baselineskip hsize vsize itemsep "
    "labelwidth labelsep leftmargin topsep parsep tolerance emergencystretch pretolerance".split()
)
_ASSIGNED = re.compile(
    r"[ \t]*=?[ \t]*-?(?:\d+(?:\.\d*)?|\.\d+)[ \t]*(?:pt|em|ex|cm|mm|in|bp|pc|sp|dd|cc)?[ \t]?"
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BEGIN_COMMENT = re.compile(r"\\begin\s*\{comment\}")
_END_COMMENT = re.compile(r"\\end\s*\{comment\}")
_IF = re.compile(r"\\(?:iffalse|fi|if[a-zA-Z@]*|else)(?![a-zA-Z@])")


def _context() -> Any:
    """pylatexenc's macro table, completed with CV and hyperref macros so their arguments are parsed."""
    db = get_default_latex_context_db()
    macros = [
        MacroSpec("href", "{{"),
        MacroSpec("bibitem", "[{"),
        MacroSpec("textsuperscript", "{"),
        MacroSpec("textsubscript", "{"),
        MacroSpec("uline", "{"),
        MacroSpec("sout", "{"),
        MacroSpec("name", "{{"),
        MacroSpec("firstname", "{"),
        MacroSpec("familyname", "{"),
        MacroSpec("cventry", "[{{{{{{"),
        MacroSpec("cvitem", "[{{"),
        MacroSpec("cvitemwithcomment", "[{{{"),
        MacroSpec("cvlistitem", "[{"),
        MacroSpec("cvdoubleitem", "[{{{{"),
        MacroSpec("cvlistdoubleitem", "[{{"),
        MacroSpec("cvsection", "*[{"),
        MacroSpec("ecvsection", "{"),  # europasscv
        MacroSpec("ecvsubsection", "{"),
        MacroSpec("ecvitem", "[{{"),
        MacroSpec("cvsubsection", "*[{"),
        MacroSpec("colorbox", "[{{"),
        MacroSpec("makebox", "[[{"),
        MacroSpec("moderncvstyle", "{"),
        MacroSpec("moderncvcolor", "{"),
        MacroSpec("moderncvtheme", "[{"),
        MacroSpec("definecolor", "{{{"),
        MacroSpec("hypersetup", "{"),
        MacroSpec("geometry", "{"),
        MacroSpec("addbibresource", "[{"),
        MacroSpec("photo", "[[{"),
        MacroSpec("phone", "[{"),
        MacroSpec("email", "{"),
        MacroSpec("homepage", "{"),
        MacroSpec("address", "{{{"),
        MacroSpec("social", "[[{"),
        MacroSpec("extrainfo", "{"),
        MacroSpec("setmainfont", "[{"),
        MacroSpec("titleformat", "*{[{{{{[{"),
        MacroSpec("titlespacing", "*{{{{"),
        MacroSpec("fontsize", "{{"),
        MacroSpec("linespread", "{"),
        MacroSpec(amsrefs.PLACEHOLDER, "{"),
        MacroSpec(embedded_bib.CITE, "{"),
        MacroSpec(embedded_bib.PRINT, "{"),
    ]
    environments = [
        EnvironmentSpec("thebibliography", "{"),
        EnvironmentSpec("bibsection", "["),  # amsrefs: `[Heading]`
        EnvironmentSpec("biblist", "*["),  # amsrefs: `[\resetbiblist{99}]`, or a heading
        EnvironmentSpec("tabularx", "{{"),
        EnvironmentSpec("longtable", "[{"),
        EnvironmentSpec("minipage", "[[[{"),
    ]
    # T1 fonts join ",," into „ (Polish and German babel write „Title'' so)
    specials = [SpecialsSpec(",,")]
    db.add_context_category(
        "pubkit-cv", macros=macros, environments=environments, specials=specials, prepend=True
    )
    return db


@cache
def _text_context() -> Any:
    """pylatexenc's text conversions, with the role marks and babel's quotes it leaves out
    (`$^{\\ddagger}$`, `\\glqq` printed nothing) and T1's „ ligature."""
    db = text_context_db()
    marks = [MacroTextSpec("ddagger", "‡"), MacroTextSpec("ddag", "‡"), MacroTextSpec("dag", "†")]
    marks.append(MacroTextSpec("textasciicircum", "^"))  # (pylatexenc prints "ˆ", no role mark)
    babel = (("glqq", "„"), ("grqq", "“"), ("glq", "‚"), ("grq", "‘"), ("flqq", "«"), ("frqq", "»"))
    quotes = [MacroTextSpec(name, char) for name, char in babel]
    specials = [SpecialsTextSpec(",,", "„")]
    db.add_context_category("pubkit-marks", macros=marks + quotes, specials=specials, prepend=True)
    return db


def _strip_hidden(source: str) -> str:
    """Blank out `comment` environments and `\\iffalse ... \\fi` (nested conditionals counted)."""
    parts: list[tuple[int, int]] = []
    position = 0
    while True:
        begin = _BEGIN_COMMENT.search(source, position)
        if not begin:
            break
        closing = _END_COMMENT.search(source, begin.end())
        stop = closing.end() if closing else len(source)
        parts.append((begin.start(), stop))
        position = stop
    depth = 0
    hidden_from = -1
    for found in _IF.finditer(source):
        word = found.group(0)
        if hidden_from < 0:
            if word == "\\iffalse":
                hidden_from, depth = found.start(), 1
            continue
        if word == "\\fi":
            depth -= 1
            if depth == 0:
                parts.append((hidden_from, found.end()))
                hidden_from = -1
        elif word not in {"\\else"}:
            depth += 1
        elif depth == 1:
            parts.append((hidden_from, found.end()))
            hidden_from = -1
    if hidden_from >= 0:
        parts.append((hidden_from, len(source)))
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(parts):
        if start < cursor:
            start = cursor
        if end <= start:
            continue
        pieces.append(source[cursor:start])
        pieces.append(re.sub(r"[^\n]", " ", source[start:end]))
        cursor = end
    pieces.append(source[cursor:])
    return "".join(pieces)


class _Reader:
    def __init__(
        self,
        source: str,
        records: Sequence[amsrefs.Record] = (),
        printed: Sequence[embedded_bib.Printed] = (),
    ) -> None:
        self.source = source
        self.records = records
        self.printed = printed
        self.inline = False  # reading a record's value into its entry: nothing ends the entry
        self.context = _context()
        self.index = LineIndex(source)
        self.assembler = Assembler("latex")
        self.builder = TextBuilder()
        self.kind = "paragraph"
        self.number: int | None = None
        self.opened: int | None = None  # the line of the command that opened the current item
        self.entry_open = False  # an entry macro's item, which a list right after it continues
        self.continuing = False  # walking that list: its items are lines of the entry
        self.table = 0
        self.named = False  # the CV's owner named (`\name{…}{…}`): a `\title` after it is a line under it
        self.year_cell = ""  # the year in the first cell of the table's last row that printed one
        self.heading_notes: list[Any] | None = None  # footnotes of the heading being read
        self.to_text = LatexNodes2Text(
            latex_context=_text_context(), math_mode="text", strict_latex_spaces=False
        )
        self.known = self.to_text.latex_context

    # -- blocks -------------------------------------------------------------------------------
    def flush(self, line: int | None = None) -> None:
        if self.inline:
            self.builder.hard_break()
            return
        self.assembler.block(self.builder, self.kind, self.number, line if line is not None else self.opened)
        self.builder = TextBuilder()
        self.kind = "paragraph"
        self.number = None
        self.opened = None
        self.entry_open = False

    def start_item(
        self, label: str | None = None, *, keep_label: bool = True, line: int | None = None
    ) -> None:
        """Start an item (its command on `line`: "\\bibitem{key}" alone on its line is where the entry
        starts); a numeric label ("12", "[12]", "12.") is its number, other labels lead its text.
        In a list that continues an entry macro's item, an item is one more line of that item."""
        if self.continuing:
            self.builder.hard_break()
            return
        self.flush()
        self.kind = "item"
        self.opened = line
        if not label:
            return
        digits = label.strip("[]().")
        if digits.isdigit() and len(digits) <= 4:
            self.number = int(digits)
        elif _CITATION_KEY_LABEL.fullmatch(digits):
            return  # "\item[A1]", "\item[J12]": a key of the CV's own numbering, no part of the entry
        elif keep_label:
            self.builder.text(label, 1)
            self.builder.hard_break()

    def line(self, node: Any) -> int:
        return self.index.line(getattr(node, "pos", 0) or 0)

    # -- walking ------------------------------------------------------------------------------
    def nodes(self, nodelist: Sequence[Any] | None) -> None:
        if not nodelist:
            return
        opened: list[str] = []
        index = 0
        while index < len(nodelist):
            node = nodelist[index]
            index += 1
            if node is None or isinstance(node, LatexCommentNode):
                continue
            if self.entry_open and not _may_continue_entry(node):
                self.flush()
            if isinstance(node, LatexCharsNode):
                self.chars(node)
            elif isinstance(node, LatexGroupNode):
                self.nodes(node.nodelist)
            elif isinstance(node, LatexMathNode):
                self.math(node)
            elif isinstance(node, LatexSpecialsNode):
                self.specials(node)
            elif isinstance(node, LatexEnvironmentNode):
                self.environment(node)
            elif isinstance(node, LatexMacroNode):
                name = node.macroname
                if name in _SWITCHES:
                    self.builder.open(_SWITCHES[name])
                    opened.append(_SWITCHES[name])
                else:
                    index = self.macro(node, nodelist, index)
        for kind in reversed(opened):
            self.builder.close(kind)

    def chars(self, node: Any) -> None:
        text: str = node.chars
        line = self.line(node)
        parts = _BLANK_LINE.split(text)
        for number, part in enumerate(parts):
            if number:
                if self.kind == "item" or self.table:
                    self.builder.hard_break()
                else:
                    self.flush()
            if part:
                self.builder.text(self.to_text.nodelist_to_text([node]) if len(parts) == 1 else part, line)
            line += part.count("\n") + (2 if number < len(parts) - 1 else 0)

    def specials(self, node: Any) -> None:
        chars = node.specials_chars
        if chars == "&":
            if self.table and self.builder.length <= 8:  # the row's first cell, when it is short
                cell = self.builder.text_since(0).strip()
                if _YEAR_CELL.fullmatch(cell):
                    self.year_cell = cell
                elif not cell and self.year_cell:  # a blank year cell: the year of the row above
                    self.builder.text(self.year_cell, self.line(node))
            self.builder.hard_break()
            return
        self.builder.text(self._text([node]), self.line(node))

    def math(self, node: Any) -> None:
        """Math as text; `^x` / `_x` (one character or one group or macro) as superscript / subscript."""
        children = list(node.nodelist or ())
        if self._text(children).strip() in _SEPARATOR_BARS:  # `Title $|$ \emph{Venue}`: a field separator
            self.builder.end_field()
            return
        pending = ""
        for child in children:
            line = self.line(child)
            if pending:
                self.builder.open(pending)
                self.builder.text(self._text([child]), line)
                self.builder.close(pending)
                pending = ""
                continue
            if not isinstance(child, LatexCharsNode):
                self.builder.text(self._text([child]), line)
                continue
            chars: str = child.chars
            cursor = 0
            for position, char in enumerate(chars):
                if char in "^_" and position >= cursor:
                    self.builder.text(chars[cursor:position], line)
                    kind = "sup" if char == "^" else "sub"
                    if position + 1 < len(chars):
                        self.builder.open(kind)
                        self.builder.text(chars[position + 1], line)
                        self.builder.close(kind)
                        cursor = position + 2
                    else:
                        pending = kind
                        cursor = position + 1
            self.builder.text(chars[cursor:], line)

    def _text(self, nodes: Sequence[Any]) -> str:
        try:
            return str(self.to_text.nodelist_to_text(list(nodes)))
        except (IndexError, AttributeError, TypeError, ValueError):
            return "".join(getattr(n, "chars", "") or "" for n in nodes if n is not None)

    def _parted_text(self, nodes: Sequence[Any]) -> str:
        """The text of `nodes`, a gap (`\\quad`, `\\hfill`, a line break) as a " | " between parts: a CV's
        `\\title{Siyuan Wang \\quad 教育技术学}` is a name and a field."""
        parts: list[list[Any]] = [[]]
        for node in nodes:
            if isinstance(node, LatexMacroNode) and node.macroname in _GAPS:
                parts.append([])
            else:
                parts[-1].append(node)
        return " | ".join(text for part in parts if (text := self._text(part).strip()))

    def _verbatim(self, node: Any) -> str:
        raw = node.latex_verbatim() if node is not None else ""
        if raw.startswith("{") and raw.endswith("}"):
            raw = raw[1:-1]
        for escaped in ("\\_", "\\%", "\\#", "\\&", "\\~"):
            raw = raw.replace(escaped, escaped[1])
        return str(raw).strip()

    def environment(self, node: Any) -> None:
        name = node.environmentname
        if name in _SKIPPED_ENVIRONMENTS or name.startswith("comment"):
            return
        if name == "rubric" or (
            name not in _LISTS and name not in _AMSREFS_LISTS and _heading_level(name.lower()) is not None
        ):
            # the curve class's `\begin{rubric}{Publications}`, then `\entry`s; resume.cls's `rSection`
            self.flush()
            body = list(node.nodelist)
            first = next((k for k, n in enumerate(body) if not _is_blank(n)), None)
            if first is not None and isinstance(body[first], LatexGroupNode):
                self.nodes(body[first].nodelist)
                self.assembler.heading(self.builder, 1, self.line(body[first]))
                self.builder = TextBuilder()
                body = body[first + 1 :]
            self.nodes(body)
            self.flush()
            self.kind = "paragraph"
            return
        if name in _AMSREFS_LISTS:
            self.flush()
            self.optional_heading(node)
            self.nodes(node.nodelist)
            self.flush()
            return
        if name in _BULLET_LISTS and self.entry_open:  # Jake's résumé: a heading's `\resumeItem`s below it
            self.entry_open, self.continuing = False, True
            self.nodes(node.nodelist)
            self.continuing = False
            self.flush()
            return
        if name in _LISTS:
            self.flush()
            saved = self.kind
            self.nodes(node.nodelist)
            self.flush()
            self.kind = saved if saved != "item" else "paragraph"
            return
        if name in _TABLES:
            self.flush()
            self.year_cell = ""
            self.table += 1
            self.nodes(node.nodelist)
            self.table -= 1
            self.flush()
            return
        self.nodes(node.nodelist)

    def macro(self, node: Any, siblings: Sequence[Any], index: int) -> int:
        """Handle one macro; returns the index of the next sibling (unknown macros take following groups)."""
        name: str = node.macroname
        args = [a for a in (node.nodeargd.argnlist if node.nodeargd else []) if a is not None]
        groups = [a for a in args if isinstance(a, LatexGroupNode)]
        if name == "footnote" and self.heading_notes is not None and groups:
            self.heading_notes.append(groups[-1])  # a heading's footnote: a paragraph under it
        elif name in _FORMATS:
            kind = _FORMATS[name]
            self.builder.open(kind)
            if groups:
                self.nodes(groups[-1].nodelist)
            self.builder.close(kind)
        elif name == "href":
            target = self._verbatim(groups[0]) if groups else None
            self.builder.open("link", target or None)
            if len(groups) > 1:
                self.nodes(groups[1].nodelist)
            self.builder.close("link")
        elif name == "url":
            target = self._verbatim(groups[0]) if groups else ""
            self.builder.open("link", target or None)
            self.builder.text(target, self.line(node))
            self.builder.close("link")
        elif (level := _heading_level(name)) is not None:
            self.flush()
            self.heading_notes = []
            if groups:
                self.nodes(groups[-1].nodelist)
            notes, self.heading_notes = self.heading_notes, None
            self.assembler.heading(self.builder, level, self.line(node))
            self.builder = TextBuilder()
            for note in notes:  # "\section{Papers\footnote{† equal contribution}}": the legend under it
                self.nodes(note.nodelist)
                self.flush()
        elif name == "item":
            optional = next((a for a in args if getattr(a, "delimiters", ("[",))[0] == "["), None)
            label = self._text(optional.nodelist).strip() if optional is not None else None
            self.start_item(label, line=self.line(node))
        elif name == "bibitem":
            optional = next((a for a in args if getattr(a, "delimiters", ("{",))[0] == "["), None)
            label = self._text(optional.nodelist).strip() if optional is not None else None
            self.start_item(label, keep_label=False, line=self.line(node))
        elif name in {"\\", "newline", "linebreak", "cr"}:
            if self.table:
                self.flush()
            else:
                self.builder.hard_break()
        elif name in {"par", "bigskip", "medskip", "smallskip"}:
            if self.kind == "item":
                self.builder.hard_break()
            else:
                self.flush()
        elif name in _TITLES:
            self.title(name, groups)
        elif name == amsrefs.PLACEHOLDER:
            number = self._text(groups[0].nodelist).strip() if groups else ""
            if number.isdigit() and int(number) < len(self.records):
                self.record(self.records[int(number)])
        elif name == embedded_bib.CITE:
            number = self._text(groups[0].nodelist).strip() if groups else ""
            if number.isdigit() and int(number) < len(self.records):
                self.cited(self.records[int(number)], self.line(node))
        elif name == embedded_bib.PRINT:
            number = self._text(groups[0].nodelist).strip() if groups else ""
            if number.isdigit() and int(number) < len(self.printed):
                self.bibliography(self.printed[int(number)], self.line(node))
        elif name in _ENTRY_MACROS:
            self.entry(groups, self.line(node))
            # an entry macro with fewer arguments than its spec (Awesome-CV's five-argument \cventry)
            # took the next entry's macro as its last: that entry's groups follow it
            if any(isinstance(a, LatexMacroNode) and a.macroname in _ENTRY_MACROS for a in args):
                index, taken = self._skip_groups(siblings, index, keep=True)
                self.entry(taken)
        elif name in _DROPPED:
            return self._skip_groups(siblings, index, keep=False)[0]
        elif name in _ASSIGNMENTS:  # `\hangindent=2em`: a length set, no text (its value neither)
            following = siblings[index] if index < len(siblings) else None
            value = _ASSIGNED.match(following.chars) if isinstance(following, LatexCharsNode) else None
            if following is not None and value is not None:
                self.chars_after(following, value.end())
                return index + 1
        elif name in _CELL_MACROS:  # `\multirow{3}{*}{2024}`: a table cell's text is its last argument
            if not groups:  # (arguments pylatexenc left as the groups that follow)
                index, groups = self._skip_groups(siblings, index, keep=True)
            if groups:
                self.nodes(groups[-1].nodelist)
        elif self.known.get_macro_spec(name) is not None and node.nodeargd is not None:
            self.builder.text(self._text([node]), self.line(node))
        elif name == "entry" and not _opens_group(siblings, index):  # curve's `\entry*[2024] text`
            self.start_item(None)
            following = siblings[index] if index < len(siblings) else None
            if isinstance(following, LatexCharsNode) and (key := _ENTRY_KEY.match(following.chars)):
                # the key column (a year, a date range) is dropped: the entry's text prints its own
                self.chars_after(following, key.end())
                return index + 1
        else:
            index, taken = self._skip_groups(siblings, index, keep=True)
            if len(taken) >= 2 and self.builder.empty:
                self.entry(taken)
            else:
                for group in taken:
                    self.builder.space()
                    self.nodes(group.nodelist)
        return index

    def chars_after(self, node: Any, offset: int) -> None:
        """A text node's characters from `offset` on (what a macro before them took is dropped)."""
        rest, state = node.chars[offset:], node.parsing_state
        self.chars(LatexCharsNode(chars=rest, pos=node.pos + offset, len=len(rest), parsing_state=state))

    def optional_heading(self, node: Any) -> None:
        """An amsrefs list's optional argument as its heading (`bibsection[Articles]`), when it holds
        words rather than settings (`biblist[\\resetbiblist{99}]`)."""
        args = node.nodeargd.argnlist if node.nodeargd else []
        optional = next((a for a in args if isinstance(a, LatexGroupNode) and a.delimiters[0] == "["), None)
        if optional is None or not any(c.isalpha() for c in self._text(optional.nodelist)):
            return
        self.nodes(optional.nodelist)
        self.assembler.heading(self.builder, 2, self.line(optional))
        self.builder = TextBuilder()

    def record(self, record: amsrefs.Record) -> None:
        """An amsrefs `\\bib` as one entry at its line, each field's value on a line of its own and marked."""
        self.flush()
        self.kind = "item"
        write_record(self.builder, record.cells, self.value)
        self.flush(record.line)

    def cited(self, record: amsrefs.Record, line: int) -> None:
        """A record printed in full where it is cited (`\\fullcite{key}`): its fields, at `line`."""
        if self.kind == "paragraph" and self.builder.empty:
            self.kind = "item"
        elif not self.builder.empty:
            self.builder.hard_break()
        write_record(self.builder, ((name, text, line) for name, text, _ in record.cells), self.value)
        self.builder.hard_break()

    def bibliography(self, printed: embedded_bib.Printed, line: int) -> None:
        """A `\\printbibliography`: its title as a heading, then each record it prints at its own line."""
        self.flush()
        if printed.heading:
            self.builder.text(printed.heading, line)
            self.assembler.heading(self.builder, printed.level, line)
            self.builder = TextBuilder()
        for number in printed.records:
            self.record(self.records[number])

    def value(self, builder: TextBuilder, source: str, line: int) -> None:
        """A record's value, its LaTeX read into `builder` from `line` on (accents, math, spans)."""
        saved = self.index, self.builder, self.kind, self.inline, self.entry_open
        self.index, self.builder, self.kind, self.inline = LineIndex(source, line), builder, "item", True
        try:
            walker = LatexWalker(source, latex_context=self.context, tolerant_parsing=True)
            self.nodes(walker.get_latex_nodes()[0])
        except RecursionError:  # a brace nest deeper than the parser goes: the words without markup
            builder.text(_MARKUP_CHARS.sub(" ", source), line)
        finally:
            self.index, self.builder, self.kind, self.inline, self.entry_open = saved

    def _skip_groups(self, siblings: Sequence[Any], index: int, *, keep: bool) -> tuple[int, list[Any]]:
        """Brace groups right after an unknown macro (spaces and one newline between are allowed)."""
        taken: list[Any] = []
        probe = index
        while probe < len(siblings):
            node = siblings[probe]
            if isinstance(node, LatexGroupNode) and node.delimiters[0] == "{":
                taken.append(node)
                probe += 1
                index = probe
            elif isinstance(node, LatexCommentNode) or (
                isinstance(node, LatexCharsNode) and not node.chars.strip() and node.chars.count("\n") <= 1
            ):
                probe += 1
            else:
                break
        return index, taken if keep else []

    def entry(self, groups: Sequence[Any], line: int | None = None) -> None:
        """A CV entry macro (on `line`): its non-empty arguments are the lines of one item, which a list
        right after it continues (the bullets of a résumé heading)."""
        self.flush()
        self.kind = "item"
        self.opened = line
        if len(groups) > 1:  # `\cvitem{[A9]}{…}`: the CV's own number, as an `\item[A9]`'s
            label = self._text(groups[0].nodelist).strip().strip("[]().")
            if label.isdigit() and len(label) <= 3:
                self.number, groups = int(label), groups[1:]
            elif _CITATION_KEY_LABEL.fullmatch(label):
                groups = groups[1:]
        for group in groups:
            self.builder.hard_break()
            self.nodes(group.nodelist)
        self.entry_open = True

    def title(self, name: str, groups: Sequence[Any]) -> None:
        text = " ".join(self._parted_text(g.nodelist).strip() for g in groups).strip()
        if not text:
            return
        if name == "author":
            self.assembler.author = text
        if name == "title" and self.named:  # a CV's line under its owner's `\name`: a part of the title
            self.assembler.title = f"{self.assembler.title} | {text}"
        elif name in {"name", "firstname"} or self.assembler.title is None:
            subtitle = self.assembler.title if self.assembler.title and not self.named else None
            self.assembler.title = f"{text} | {subtitle}" if subtitle and name == "name" else text
        elif name == "familyname" and self.assembler.title:
            self.assembler.title = f"{self.assembler.title} {text}"
        self.named = self.named or name in {"name", "firstname", "familyname"}


def _document(nodes: Sequence[Any]) -> tuple[list[Any], Any | None]:
    """The preamble nodes and the `document` environment, when there is one."""
    for position, node in enumerate(nodes):
        if isinstance(node, LatexEnvironmentNode) and node.environmentname == "document":
            return list(nodes[:position]), node
    return [], None


def _may_continue_entry(node: Any) -> bool:
    """Whether a node can stand between an entry macro and the list that continues it."""
    if isinstance(node, LatexEnvironmentNode):
        return node.environmentname in _BULLET_LISTS
    if isinstance(node, LatexMacroNode):
        return node.macroname in _DROPPED or node.macroname in {"small", "footnotesize", "par"}
    return _is_blank(node)


def _is_blank(node: Any) -> bool:
    return isinstance(node, LatexCharsNode) and not node.chars.strip()


def _opens_group(siblings: Sequence[Any], index: int) -> bool:
    """Whether the next node (spaces aside) is a brace group: `entry{..}{..}`, not curve's `entry*[..]`."""
    while index < len(siblings) and _is_blank(siblings[index]):
        index += 1
    return index < len(siblings) and isinstance(siblings[index], LatexGroupNode)


_AMSREFS_LISTS = frozenset({"bibsection", "biblist", "bibdiv"})
_MARKUP_CHARS = re.compile(r"[{}\\$]+")
_CITATION_KEY_LABEL = re.compile(r"[A-Z]{1,5}[-.]?\d{1,4}[a-z]?")  # "J12", HCERES's "ACTI2"
_SEPARATOR_BARS = frozenset({"|", "∣", "‖", "||"})
_SPACE_RUN = re.compile(r"[ \t]{2,}")
_YEAR_CELL = re.compile(rf"{YEAR}")
_ENTRY_KEY = re.compile(r"\*?[ \t]*\[[^\]\n]*\]")


def read(text: str) -> Document:
    """Read a LaTeX document or fragment; input that pylatexenc cannot walk is read as plain text."""
    # the CV's own macros written out; pylatexenc reads long runs of spaces in O(n^2)
    text, embedded = embedded_bib.take(text)
    expanded = _SPACE_RUN.sub(" ", hide_definitions(expand(_strip_hidden(text))))
    source, records, problems = amsrefs.extract(expanded)
    source, _, printed, cite_problems = embedded.place(source, len(records))
    records = [*records, *embedded.records]
    problems = [*problems, *embedded.problems, *cite_problems]
    reader = _Reader(source, records, printed)
    try:
        walker = LatexWalker(source, latex_context=reader.context, tolerant_parsing=True)
        nodes, _, _ = walker.get_latex_nodes()
        preamble, body = _document(nodes)
        if body is not None:
            for node in preamble:
                if isinstance(node, LatexMacroNode) and node.macroname in _TITLES:
                    reader.macro(node, preamble, 0)
            reader.nodes(body.nodelist)
        else:
            reader.nodes(nodes)
        reader.flush()
    except RecursionError:
        from pubkit.reading.markup import text as plain

        fallback = plain.read(expanded)
        return Document(fallback.blocks, fallback.headings, title=None, markup="latex", problems=problems)
    document = reader.assembler.document()
    return attrs.evolve(document, problems=problems) if problems else document
