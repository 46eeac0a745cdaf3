"""Markdown lists (CommonMark with inline and block HTML, Pandoc / Quarto definition lists and spans).

markdown-it-py parses and keeps each block's source lines; inline HTML is read by the HTML reader's
tag table, HTML blocks by the HTML reader itself, so `<b>` and `**` give the same span.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from pubkit.errors import Problem
from pubkit.reading.markup import jsx
from pubkit.reading.markup._builder import YEAR_LABEL, YEARS, Assembler, TextBuilder, write_record
from pubkit.reading.markup.base import Block, Document, Heading, footnote_marks
from pubkit.reading.markup.html import MARKDOWN_SKIPPED, HtmlReader, apply_inline_tag
from pubkit.reading.markup.shortcodes import hugo
from pubkit.wording import (
    KEY_OPENS,
    MARKER_CHARS,
    VENUE_BADGE,
    YEAR,
    cell_field,
    column_field,
    legend_meaning,
)

__all__ = ["cut", "join", "read", "read_piece"]

#: A Liquid tag, a kramdown attribute line, or a Pandoc / MyST fenced div's or Docusaurus admonition's
#: fence (`::: {.hanging-indent}`, `:::info Legend`, `:::`): none of the text (a fence left in would
#: open the entry under it).
_BARE_YEAR = re.compile(rf"\(?{YEAR}\)?")  # markdown-cv's "`2018`" badge
_TEMPLATE_LINE = re.compile(
    r"^[ \t]*(?:\{%[^\n]*%\}|\{:[^\n{}]*\}|"
    r":{3,}[ \t]*(?:\{[^\n{}]*\}|[\w-]+(?:[ \t]+[^\s:][^\n]{0,80})?)?)[ \t]*$",
    re.MULTILINE,
)
_DEFINITION_INDENT = re.compile(r"^:[ \t]{4,}", re.MULTILINE)
#: Lektor's `contents.lr`: "field: value" sections between "---" lines (a Markdown `body:` among them),
#: flow blocks opened by "#### text-block ####" and parted by "----"; the lines that structure it.
_LEKTOR_FIRST = re.compile(r"\A(?:_model|title|_template|_hidden|_slug):[ \t]")
_LEKTOR_SEPARATOR = re.compile(r"^(?:-{3,4}|#### [\w-]{1,40} ####)[ \t]*$", re.MULTILINE)
_TITLE = re.compile(r"^title:[ \t]*([^\n]+)$", re.MULTILINE)
#: An R chunk's fence info (`{r articles}`, `{r, echo=FALSE}`): its code may build tables of entries.
_R_CHUNK = re.compile(r"\{[rR](?=[\s,}])")
_SPANS = {"strong": "bold", "em": "italic", "s": "strike"}
_PANDOC_SPAN = re.compile(r"\[([^\[\]\n]*)\]\{([^{}\n]*)\}")
_SPAN_TAGS = {".underline": "u", ".ul": "u", ".mark": "b", ".smallcaps": ""}
#: Pandoc's superscript, `^s^` (no space or caret inside), as the HTML tag it stands for.
_SUPERSCRIPT = re.compile(r"\^([^\s^\\]{1,40})\^")
#: A superscript of asterisks ("Hoffmann<sup>*</sup>"): a role mark, no emphasis delimiter.
_SUP_STARS = re.compile(r"<sup>(\*{1,3})</sup>")


def _escaped_stars(found: re.Match[str]) -> str:
    return "<sup>" + found.group(1).replace("*", "\\*") + "</sup>"


_parser: MarkdownIt | None = None


def _markdown() -> MarkdownIt:
    global _parser
    if _parser is None:
        _parser = (
            MarkdownIt("commonmark", {"html": True})
            .enable(["table", "strikethrough"])
            .use(front_matter_plugin)
            .use(deflist_plugin)
        )
    return _parser


def _is_keyed_note(tokens: Sequence[Token], index: int) -> bool:
    """Whether the blockquote opening at `index` opens with a note's key ("> 요약: …", "> Note: …")."""
    inline = next((t for t in tokens[index + 1 : index + 4] if t.type == "inline"), None)
    return inline is not None and KEY_OPENS.match(inline.content) is not None


def _under_a_paragraph(tokens: Sequence[Token], index: int) -> bool:
    """Whether the blockquote opening at `index` starts on the line right after a paragraph of an entry's
    length (no blank line between: it interrupts the paragraph, as a note under an entry does; a short
    line over it, "Publications", introduces it)."""
    opening = tokens[index - 3] if index >= 3 else None
    quote = tokens[index].map
    if opening is None or opening.map is None or quote is None:
        return False
    return (
        opening.type == "paragraph_open"
        and tokens[index - 1].type == "paragraph_close"
        and opening.level == tokens[index].level
        and opening.map[1] == quote[0]
        and len(tokens[index - 2].content.split()) >= 8
    )


def _without_comments(text: str) -> str:
    """Remove HTML comments and Liquid's `{% comment %}…{% endcomment %}` blocks (an unclosed one runs to
    the end), keeping their newlines so lines stay put."""
    if "{%" in text:
        text = _without(text, _LIQUID_COMMENT, _LIQUID_END)
    return _without(text, _HTML_COMMENT, _HTML_END) if "<!--" in text else text


_HTML_COMMENT, _HTML_END = re.compile("<!--"), re.compile("-->")
_LIQUID_COMMENT = re.compile(r"\{%-?\s*comment\s*-?%\}")
_LIQUID_END = re.compile(r"\{%-?\s*endcomment\s*-?%\}")


def _without(text: str, opener: re.Pattern[str], closer: re.Pattern[str]) -> str:
    """`text` with every span from `opener` to `closer` replaced by its line breaks."""
    pieces: list[str] = []
    cursor = 0
    while (start := opener.search(text, cursor)) is not None:
        end = closer.search(text, start.end())
        stop = len(text) if end is None else end.end()
        pieces.append(text[cursor : start.start()])
        pieces.append("\n" * text.count("\n", start.start(), stop))
        cursor = stop
    pieces.append(text[cursor:])
    return "".join(pieces)


def _pandoc_span(found: re.Match[str]) -> str:
    """Pandoc's `[text]{.underline}` as the HTML tag it stands for (cheaper than the attrs plugin)."""
    tag = next((_SPAN_TAGS[word] for word in found.group(2).split() if word in _SPAN_TAGS), "")
    return f"<{tag}>{found.group(1)}</{tag}>" if tag else found.group(1)


#: A footnote's definition (`[^eq]: These authors contributed equally.`) and a reference to one.
_FOOTNOTE = re.compile(r"^\[\^([^\]\s]{1,40})\]:[ \t]*([^\n]*)$", re.MULTILINE)
_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]{1,40})\](?!:)")


def _footnote_marks(text: str) -> str:
    """Footnotes on authors (`**Zhang, W.**[^eq]` with `[^eq]: These authors contributed equally.`) as
    markers in superscript and their legend (`footnote_marks`)."""
    return footnote_marks(text, _FOOTNOTE, _FOOTNOTE_REF, lambda mark: f"<sup>{mark}</sup>")


def _prepare(text: str) -> str:
    """Drop comments, Liquid tags and kramdown attribute lines; Obsidian's and Hugo's markup, Pandoc
    spans and definitions made plain; footnotes on authors made markers."""
    if _LEKTOR_FIRST.match(text) and _LEKTOR_SEPARATOR.search(text):
        text = _LEKTOR_SEPARATOR.sub("", text)  # Lektor's contents.lr: its fields' "---" and flow blocks
    text = hugo(_obsidian(_without_comments(text)))
    text = _TEMPLATE_LINE.sub("", text)
    text = _footnote_marks(text) if "[^" in text else text
    text = _grid_tables(text) if _GRID_RULE.search(text) else text
    text = _PANDOC_SPAN.sub(_pandoc_span, text)
    text = _SUPERSCRIPT.sub(r"<sup>\1</sup>", text) if "^" in text else text
    text = _SUP_STARS.sub(_escaped_stars, text) if "<sup>*" in text else text
    text = _MYST_ROLE.sub(_myst_role, text) if "}`" in text else text
    text = _tabs_and_admonitions(text) if _BLOCK_OPENER.search(text) else text
    text = _lettered_items(text) if "b. " in text or "b) " in text else text
    text = _example_items(text) if "(@" in text or "#. " in text else text
    text = _HEADING_ATTRIBUTES.sub(r"\1", text) if "{#" in text or "{." in text else text
    return _DEFINITION_INDENT.sub(":   ", text)


#: Pandoc's attributes after a heading's text: "## Formación académica {#formacion}", "{.unnumbered}".
_HEADING_ATTRIBUTES = re.compile(r"^(#{1,6}[ \t][^\n{]*?\S)[ \t]+\{[#.][^{}\n]{0,200}\}[ \t]*$", re.MULTILINE)


#: Pandoc's example items `(@)`, `(@label)` and its auto-numbered `#.` items, which CommonMark reads as
#: paragraphs: numbered in turn, as Pandoc numbers them.
_EXAMPLE_ITEM = re.compile(r"^([ \t]{0,3})(?:\(@[\w-]{0,40}\)|#\.)[ \t]+(?=\S)", re.MULTILINE)


def _example_items(text: str) -> str:
    """Pandoc's example and auto-numbered items as ordered list items "1.", "2.", … (same lines)."""
    count = itertools.count(1)
    return _EXAMPLE_ITEM.sub(lambda m: f"{m.group(1)}{next(count)}. ", text)


#: An indented item lettered "a.", "b)" (Pandoc's fancy lists, an NIH biosketch's references under each
#: contribution), which CommonMark reads as a paragraph of the item above.
_LETTERED = re.compile(r"^([ \t]{2,8})([a-h])[.)][ \t]+(?=\S)", re.MULTILINE)


def _lettered_items(text: str) -> str:
    """Indented items lettered a, b, … as bullets nested in the item above (same lines)."""
    letters = {m.group(2) for m in _LETTERED.finditer(text)}
    if not {"a", "b"} <= letters:
        return text
    return _LETTERED.sub(lambda m: f"{m.group(1)}- ", text)


#: Obsidian's inline markup: `[[target|alias]]` shows the alias, `[[target]]` the target (a link
#: `[[PDF]](url)` is CommonMark's, left alone) and `![[embed]]` nothing; `==text==` is highlighted,
#: as Pandoc's `[text]{.mark}` is. Each class stops at the next delimiter, so a scan is linear.
_WIKILINK = re.compile(r"(!?)\[\[([^\[\]|\n]{1,300})(?:\|([^\[\]\n]{0,300}))?\]\](?!\()")
_HIGHLIGHT = re.compile(r"(?<![=\w])==(?=[^\s=])([^=\n]{1,300})(?<=\S)==(?![=\w])")
#: A task item (`- [ ] to do`, `> - [x] done`, in a callout too): a to-do, never an entry.
_TASK = re.compile(r"([ \t>]{0,40})[-*+][ \t]+\[[ xX]\](?=[ \t]|$)")
#: A callout's title line (`> [!info]- Legend`): the title is kept, the type and fold sign dropped.
_CALLOUT = re.compile(r"([ \t]{0,12}(?:>[ \t]{0,4}){1,8})\[![\w-]{1,40}\][+-]?[ \t]*")
_TAG = re.compile(r"#[\w/-]{1,100}")


def _obsidian(text: str) -> str:
    """Obsidian's markup made Markdown: comments `%% … %%` dropped (keeping their newlines), links and
    highlights as above, tasks and trailing `#tags` dropped, callout titles made plain."""
    if "%%" in text:
        text = _without_percent_comments(text)
    if "[[" in text:
        text = _WIKILINK.sub(_wikilink, text)
    if "==" in text:
        text = _HIGHLIGHT.sub(r"<b>\1</b>", text)
    if "[" not in text and "#" not in text:
        return text
    lines = text.split("\n")
    task: tuple[str, int] | None = None  # the quote marks and indent of the task item being dropped
    for k, line in enumerate(lines):
        prefix = line[: len(line) - len(line.lstrip(" \t>"))]
        if task is not None and line.strip(" \t>") and len(prefix) > task[1]:
            lines[k] = task[0]  # a line of the task's item
            continue
        task = None
        found = _TASK.match(line)
        if found:
            marks = found.group(1).count(">") * ">"
            task = (marks, len(found.group(1)))
            lines[k] = marks
            continue
        found = _CALLOUT.match(line)
        if found:
            line = found.group(1) + line[found.end() :]
        lines[k] = _without_tags(line) if "#" in line else line
    return "\n".join(lines)


def _without_percent_comments(text: str) -> str:
    """Obsidian comments `%% … %%` removed, their newlines kept; an unclosed `%%` is text."""
    pieces: list[str] = []
    cursor = 0
    while (start := text.find("%%", cursor)) >= 0:
        end = text.find("%%", start + 2)
        if end < 0:
            break
        pieces.append(text[cursor:start])
        pieces.append("\n" * text.count("\n", start, end))
        cursor = end + 2
    pieces.append(text[cursor:])
    return "".join(pieces)


def _wikilink(found: re.Match[str]) -> str:
    if found.group(1):
        return ""
    alias = found.group(3)
    return alias if alias is not None and alias.strip() else found.group(2).rstrip("\\")


def _without_tags(line: str) -> str:
    """A line without the `#tags` that end it (`#status/published #paper`), if other text comes before
    them; `#12` and `C#` are no tags."""
    words = line.rstrip().split(" ")
    end = len(words)
    while end > 1 and _TAG.fullmatch(words[end - 1]) and not words[end - 1][1:].isdigit():
        end -= 1
    if end == len(words) or not " ".join(words[:end]).strip(" \t>"):
        return line
    return " ".join(words[:end]).rstrip()


#: A rule of a Pandoc grid table (`+------+-----+`, `+======+`), which Markdown-it does not read.
_GRID_RULE = re.compile(r"(?m)^[ \t]{0,3}\+(?:[-=:]+\+)+[ \t]*$")


def _grid_tables(text: str) -> str:
    """Pandoc grid tables as HTML tables, a row's cells joined over their lines and rendered inline,
    each row on its first line and the table's other lines kept (as comments) so line numbers hold."""
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        if not _GRID_RULE.fullmatch(lines[k]):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and (_GRID_RULE.fullmatch(lines[end]) or lines[end].lstrip().startswith("|")):
            end += 1
        _grid_table(lines, k, end, lines[k].count("+") - 1)
        k = end
    return "\n".join(lines)


def _grid_table(lines: list[str], start: int, end: int, width: int) -> None:
    """Rewrite `lines[start:end]`, one grid table of `width` columns, in place (see `_grid_tables`)."""
    rules = {k for k in range(start, end) if _GRID_RULE.fullmatch(lines[k])}
    cell = "th" if any("=" in lines[k] for k in rules) else "td"  # the rows above a `+===+` rule are headings
    row: list[list[str]] = []
    first = start

    def put_row() -> None:
        inline = (_PANDOC_SPAN.sub(_pandoc_span, " ".join(parts)) for parts in row)
        cells = (f"<{cell}>{_markdown().renderInline(text)}</{cell}>" for text in inline)
        lines[first] = "<tr>" + "".join(cells) + "</tr>"

    for k in range(start, end):
        if k in rules:
            if row:
                put_row()
                row = []
            cell = "td" if "=" in lines[k] else cell
            lines[k] = "<!---->"
            continue
        inner = lines[k].strip().strip("|").split("|")
        if len(inner) != width:
            inner = [" ".join(inner)] + [""] * (width - 1)  # a span or a `|` in the text: one cell
        if not row:
            row, first = [[] for _ in range(width)], k
        for parts, part in zip(row, inner, strict=False):
            if part.strip():
                parts.append(part.strip())
        lines[k] = "<!---->"
    if row:  # a table cut off before its closing rule
        put_row()
    lines[start] = "<table>" + lines[start].removeprefix("<!---->")
    lines[end - 1] += "</table>"


#: Python-Markdown's content tabs (`=== "Journals"`) and admonitions (`!!! note "Legend"`, `??? tip`),
#: as MkDocs Material pages use them: the body indented under them is their text, not code.
_BLOCK_OPENER = re.compile(r'(?m)^(===|!!!|\?\?\?\+?)[ \t]+(?:([\w-]+)[ \t]*)?(?:"([^"\n]*)")?[ \t]*$')


def _tabs_and_admonitions(text: str) -> str:
    """A tab's label as a heading over its body, an admonition's title as a line of its body; the body
    taken out of its indentation (line for line, so every line keeps its number)."""
    lines = text.split("\n")
    inside = False
    for k, line in enumerate(lines):
        opener = _BLOCK_OPENER.fullmatch(line)
        if opener:
            label = opener.group(3) if opener.group(3) is not None else opener.group(2) or ""
            lines[k] = f"###### {label}" if opener.group(1) == "===" and label else label
            inside = True
        elif inside and line.strip() and not line.startswith(("    ", "\t")):
            inside = False
        elif inside:
            lines[k] = line[1:] if line.startswith("\t") else line[4:]
    return "\n".join(lines)


#: MyST / Sphinx roles: `{sup}`†``, `{emphasis}`x``; other roles (`{cite}`, `{doi}`) keep their text.
_MYST_ROLE = re.compile(r"\{([a-z][\w:-]{0,20})\}`([^`\n]{0,200})`")
_MYST_TAGS = {
    "sup": "sup",
    "superscript": "sup",
    "sub": "sub",
    "subscript": "sub",
    "emphasis": "em",
    "strong": "b",
}


def _myst_role(found: re.Match[str]) -> str:
    tag = _MYST_TAGS.get(found.group(1))
    return f"<{tag}>{found.group(2)}</{tag}>" if tag else found.group(2)


def _inline(builder: TextBuilder, token: Token) -> None:
    """Feed one inline token's children, tracking the source line through breaks and multi-line HTML."""
    line = token.map[0] + 1 if token.map else 1
    children = [c for c in token.children or () if c.type != "text" or c.content]  # (no empty texts)
    previous = ""  # the kind of the child before, and the first kind of the line
    first = ""
    for k, child in enumerate(children):
        kind = child.type
        first = first or kind
        styled_line = first.endswith("_open") and previous.endswith("_close")  # "**Title**" alone
        styled_next = k + 1 < len(children) and children[k + 1].type in ("strong_open", "em_open")
        if kind == "text":
            builder.text(child.content, line)
        elif kind == "softbreak" and (styled_line or styled_next):
            line += 1  # "**Title**" over its names, "*ICLR 2026*" under them: lines of their own, as printed
            builder.hard_break()
        elif kind == "softbreak":
            line += 1
            builder.text("\n", line - 1)
        elif kind == "hardbreak":
            line += 1
            builder.hard_break()
        elif kind.endswith("_open") and kind[:-5] in _SPANS:
            builder.open(_SPANS[kind[:-5]])
        elif kind.endswith("_close") and kind[:-6] in _SPANS:
            builder.close(_SPANS[kind[:-6]])
        elif kind == "link_open":
            builder.open("link", str(child.attrs.get("href", "")) or None)
        elif kind == "link_close":
            builder.close("link")
        elif kind == "code_inline":
            # "- `CVPR 2025` [Title](url), authors" (AcadHomepage): a leading badge of a venue and year;
            # markdown-cv's "`2018`" over the entry: its year alone
            content = child.content.strip()
            badge = builder.empty and VENUE_BADGE.fullmatch(content) is not None
            if badge:
                builder.open("field", "date" if _BARE_YEAR.fullmatch(content) else "container")
            else:
                builder.open("code")
            builder.text(child.content, line)
            builder.close("field" if badge else "code")
        elif kind == "image":
            builder.text(child.content, line)
        elif kind == "html_inline":
            if not child.content.startswith("<!--"):
                apply_inline_tag(builder, child.content)
            line += child.content.count("\n")
        if kind in ("softbreak", "hardbreak"):
            first = ""
        previous = kind


class _Reader:
    def __init__(self) -> None:
        self.assembler = Assembler("markdown")
        self.builder = TextBuilder()
        self.items: list[str] = []  # open list items / definitions, innermost last
        self.quotes: list[str] = []  # open blockquotes: a "line" of the open entry, a "note" on it, a "block"
        self.number: int | None = None
        self.term = False
        self.prefix = ""  # a year printed as a list marker, put back in front of the text
        self.prefix_line = 1
        self.joined: list[int] = []  # levels of nested lists read as lines of their parent item
        self.asides: list[int] = []  # levels of nested lists read as notes on their parent item
        self.columns: list[str | None] = []  # the field of each table column, from its heading cell
        self.column = -1  # the table cell being read
        self.in_head = False
        self.problems: list[Problem] = []

    def flush(self) -> None:
        kind = "aside" if self.asides or "note" in self.quotes else "item" if self.items else "paragraph"
        self.assembler.block(self.builder, kind, self.number)
        self.builder = TextBuilder()
        self.number = None
        self.term = False

    def read(self, tokens: Sequence[Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "front_matter":
                self.assembler.title = _front_matter_title(token.content)
                for line, legend in _front_matter_legends(token.content):  # "description: † denotes …"
                    self.builder.text(legend, (token.map or [0])[0] + 2 + line)
                    self.flush()
            elif kind == "heading_open":
                self.flush()
                inline = tokens[index + 1]
                _inline(self.builder, inline)
                self.assembler.heading(self.builder, int(token.tag[1:]), (token.map or [0])[0] + 1)
                self.builder = TextBuilder()
                index += 2
            elif kind in {"bullet_list_open", "ordered_list_open"} and self._notes_of_item(tokens, index):
                self.flush()  # the entry, whole; its sub-items are notes on it ("  - 📝 Implemented in R.")
                self.asides.append(token.level)
            elif (
                kind in {"bullet_list_close", "ordered_list_close"}
                and token.level == (self.asides or [-1])[-1]
            ):
                self.asides.pop()
            elif kind in {"bullet_list_open", "ordered_list_open"} and self._lines_of_item(tokens, index):
                self.joined.append(token.level)  # its items are lines of the entry above them
            elif (
                kind in {"bullet_list_close", "ordered_list_close"}
                and self.joined
                and token.level == self.joined[-1]
            ):
                self.joined.pop()
            elif kind == "list_item_open" and self.joined and token.level == self.joined[-1] + 1:
                self.builder.hard_break()
                self.items.append("line")
            elif kind == "list_item_close" and self.items and self.items[-1] == "line":
                self.items.pop()
            elif kind in {"list_item_open", "dt_open"}:
                self.flush()
                self.items.append(kind)
                info = token.info.strip()
                self.number = int(info) if kind == "list_item_open" and info.isdigit() else None
                if self.number is not None and YEARS[0] <= self.number <= YEARS[1]:
                    self.prefix = f"{info}{token.markup} "
                    self.prefix_line = (token.map or [0])[0] + 1
                    self.number = None  # "2019." is the entry's year, not its number
            elif kind in {"list_item_close", "dd_close"}:
                if self.prefix:  # "- 2019." alone: an entry of its year only, not an empty list
                    self.builder.text(self.prefix, self.prefix_line)
                    self.prefix = ""
                self.flush()
                if self.items:
                    self.items.pop()
            elif kind == "dt_close":
                self.term = not self.builder.empty
                if self.items:
                    self.items.pop()
                if not self.term:
                    self.flush()
            elif kind == "dd_open":
                if self.term:
                    self.builder.hard_break()
                    self.term = False
                else:
                    self.flush()
                self.items.append(kind)
            elif kind in {"bullet_list_open", "ordered_list_open"} and YEAR_LABEL.fullmatch(
                self.builder.text_since(0)
            ):
                # "- **2025**" over its entries, nested: the year is their heading
                self.assembler.heading(self.builder, 6, (token.map or [0])[0])
                self.builder = TextBuilder()
                self.number = None
            elif kind == "blockquote_open":
                # a note quoted inside an entry's item ("  > Summary: …"): a line of the entry
                in_entry = bool(self.items) and not self.builder.empty
                inside = in_entry and _is_keyed_note(tokens, index)
                if inside:
                    self.builder.hard_break()
                else:
                    self.flush()
                # a quote right under an entry's paragraph ("…| 2023\n> **Abstract.** …"), or in its item
                # after its text ("- Kim, S. 2023. …\n\n    > 편자 서문과 제1장 …"): a note on it
                note = not inside and (in_entry or _under_a_paragraph(tokens, index))
                self.quotes.append("line" if inside else "note" if note else "block")
            elif kind == "blockquote_close":  # (its text flushed with the quote open: a note keeps its kind)
                if (self.quotes[-1] if self.quotes else "block") != "line":
                    self.flush()
                if self.quotes:
                    self.quotes.pop()
            elif kind in {"bullet_list_open", "ordered_list_open"}:
                self.flush()
            elif kind == "paragraph_open":
                if self.items and not self.builder.empty:
                    self.builder.hard_break()
                elif not self.items:
                    self.flush()
            elif kind == "paragraph_close":
                if not self.items:
                    self.flush()
            elif kind == "inline":
                if self.prefix:
                    self.builder.text(self.prefix, (token.map or [0])[0] + 1)
                    self.prefix = ""
                _inline(self.builder, token)
            elif kind in {"tr_open", "tr_close"}:
                self.flush()
                self.column = -1
            elif kind in {"thead_open", "thead_close"}:
                self.in_head = kind == "thead_open"
                if self.in_head:
                    self.columns = []
            elif kind in {"th_open", "td_open"}:
                self.builder.hard_break()
                self.column += 1
                if kind == "th_open" and self.in_head:
                    heading = tokens[index + 1].content if index + 1 < len(tokens) else ""
                    self.columns.append(column_field(heading))
                elif kind == "td_open" and (field := cell_field(self.columns, self.column)):
                    self.builder.open("field", field)
            elif kind == "td_close" and cell_field(self.columns, self.column):
                self.builder.close("field")
            elif kind == "code_block":
                self._code(token)
            elif kind == "fence" and _R_CHUNK.match(token.info.strip()):
                self._r_chunk(token)
            elif kind == "html_block":
                self.flush()
                reader = HtmlReader(self.assembler, skipped=MARKDOWN_SKIPPED)
                reader.feed(token.content, (token.map or [0])[0] + 1)
            index += 1
        self.flush()

    def _notes_of_item(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the list opening at `index` holds notes on the whole citation it is nested in (a
        sentence, then its year): up to three sub-items of prose, none a line of names, a link or an
        identifier ("  - 📝 초청 리뷰 논문 (국문).", "  - Extends our ICML paper.")."""
        head = self.builder.text_since(0)
        if not self.items or len(head.split()) < 10 or not _A_YEAR.search(head):
            return False
        sub = _sub_items(tokens, index)
        return sub is not None and 1 <= sub[0] <= 3 and all(_prose_note(text) for text in sub[1])

    def _lines_of_item(self, tokens: Sequence[Token], index: int) -> bool:
        """Whether the list opening at `index` holds the lines of the item it is nested in: a paper's
        title as the item, its authors, venue and links as up to four sub-items without lists of
        their own ("- **Title**" over "  - A. Author, B. Author" and "  - *CHI '25*"). A short item
        over many sub-items ("- Journal articles") is a section of entries instead, and so is a paragraph
        of prose over its references (an NIH biosketch's "Contributions to Science")."""
        words = len(self.builder.text_since(0).split())
        if not self.items or words < 4 or words > _LONGEST_ITEM_HEAD:
            return False
        sub = _sub_items(tokens, index)
        if sub is None:
            return False
        citations = sum(_CITATION_LIKE.search(text) is not None for text in sub[1])
        return 1 <= sub[0] <= 4 and citations < 2  # (two whole citations below: entries, not lines)

    def _r_chunk(self, token: Token) -> None:
        """An R chunk: the rows of the tables its code builds are entries (its other code is no text)."""
        from pubkit.reading.markup import rcode

        self.flush()
        tables, problems = rcode.tables(token.content, (token.map or [0])[0] + 2)
        self.problems.extend(problems)
        for table in tables:
            for row in table.rows:
                write_record(self.builder, row, _r_cell)
                self.assembler.block(self.builder, "item")
                self.builder = TextBuilder()

    def _code(self, token: Token) -> None:
        """An indented block (often an entry indented by accident) stays text; fenced code is skipped."""
        if not self.items:
            self.flush()
        line = (token.map or [0])[0] + 1
        for offset, physical in enumerate(token.content.split("\n")):
            self.builder.hard_break()
            self.builder.text(physical, line + offset)
        if not self.items:
            self.flush()


def _r_cell(builder: TextBuilder, text: str, line: int) -> None:
    """A cell of an R table, read as Pandoc's inline Markdown as vitae's entries are: `**bold**`,
    `^s^`, `--` an en dash."""
    source = _SUPERSCRIPT.sub(r"<sup>\1</sup>", " ".join(text.split()))
    source = _PANDOC_SPAN.sub(_pandoc_span, source.replace("---", "—").replace("--", "–"))
    for token in _markdown().parseInline(source):
        token.map = [line - 1, line]
        _inline(builder, token)


def read(text: str) -> Document:
    """Read a Markdown document (CommonMark, GitHub and Pandoc extensions, Jekyll front matter, MDX's
    record-like components)."""
    found: list[tuple[dict[str, object], int]] = []
    if "/>" in text:
        text, found = jsx.components(text)
    document = read_piece(_prepare(text))
    return jsx.with_components(document, found) if found else document


def read_piece(text: str) -> Document:
    """Read a prepared document, or one of the pieces `cut` made of it (its lines keep their numbers)."""
    reader = _Reader()
    reader.read(_markdown().parse(text))
    document = reader.assembler.document()
    if not reader.problems:
        return document
    return Document(document.blocks, document.headings, document.title, document.markup, reader.problems)


_HTML_TAG = re.compile(r"<[^<>\n]{1,40}>")
_LEGEND_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


#: A sub-item that is a whole citation: a sentence's end, then more words and a year.
def _sub_items(tokens: Sequence[Token], index: int) -> tuple[int, list[str]] | None:
    """How many items the list opening at `index` has and the texts in them, or None when one of them
    holds a list of its own."""
    level = tokens[index].level
    children, texts = 0, []
    for token in tokens[index + 1 :]:
        if token.level == level and token.nesting == -1:
            break
        if token.type in {"bullet_list_open", "ordered_list_open"}:
            return None
        children += token.type == "list_item_open" and token.level == level + 1
        if token.type == "inline":
            texts.append(token.content)
    return children, texts


def _prose_note(text: str) -> bool:
    """Whether a sub-item's text is a note in prose: no link or identifier, no line of names ("A. Lee,
    B. Roe"), no citation of its own."""
    if _IDENTIFIER.search(text) or _CITATION_LIKE.search(text):
        return False
    if len(_LINK.sub(" ", text).split()) < 3:
        return False  # ("[PDF] [Code]": the entry's links)
    parts = [p for p in _NAME_PARTS.split(text) if p.strip()]
    return not (len(parts) >= 2 and all(len(p.split()) <= 4 for p in parts))


_IDENTIFIER = re.compile(r"(?i)\bdoi\b|arxiv|10\.\d{4,9}/")
_LINK = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|<[^>\n]*>|https?://\S+")
_A_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_NAME_PARTS = re.compile(r"[,;、，]|\s(?:and|&)\s")
_CITATION_LIKE = re.compile(rf"\w[.?!]\s\S[^\n]{{10,300}}?(?<!\d){YEAR}(?!\d)")
#: The most words of an item whose sub-items are its lines (a title, with its authors and venue below).
_LONGEST_ITEM_HEAD = 40


def _front_matter_legends(content: str) -> list[tuple[int, str]]:
    """Sentences of the front matter's values that explain role markers ("description: … † denotes equal
    contribution."), with their 0-based line in it: the page prints them above its list."""
    found = []
    for number, line in enumerate(content.split("\n")):
        _key, colon, value = line.partition(":")
        if not colon or not any(mark in value for mark in MARKER_CHARS):
            continue
        for sentence in _LEGEND_SENTENCE_END.split(_HTML_TAG.sub("", value).strip().strip("\"'")):
            if any(mark in sentence for mark in MARKER_CHARS) and legend_meaning(sentence):
                found.append((number, sentence))
    return found


def _front_matter_title(content: str) -> str | None:
    """The front matter's `title:`, with the owner its `name:` and `surname:` give (vitae's R Markdown
    CVs) after a bar, as a page's title names its site's owner ("Publications | Jane Doe"); written
    "Surname, Name", since the surname is the family name ("Quispe Huamán, Mateo")."""
    found = _TITLE.search(content)
    title = found.group(1).strip().strip("\"'") if found else ""
    surname, name = _front_matter_value(content, "surname"), _front_matter_value(content, "name")
    owner = ", ".join(part for part in (surname, name) if part) if surname else ""
    if not owner:  # al-folio's "description: Hyun-Woo Cho — Associate Professor of Finance"
        described = _DESCRIBED_PERSON.match(_front_matter_value(content, "description"))
        owner = described.group(1) if described else ""
    return " | ".join(part for part in (title, owner) if part) or None


#: A description that opens with a person's name before a dash: "Hyun-Woo Cho — Associate Professor".
_DESCRIBED_PERSON = re.compile(r"((?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’-]+)\s[—–|]\s")


def _front_matter_value(content: str, key: str) -> str:
    """A top-level front matter key's first value as written on its line (quotes off), or ""."""
    for line in content.split("\n"):
        name, colon, value = line.partition(":")
        if colon and name == key and value.strip():
            return value.strip().strip("\"'")
    return ""


# --- a long document in pieces, read apart (in worker processes) and joined ------------------------

#: Where a piece may start: a top-level "#" heading after a blank line, which closes every block
#: before it (a paragraph, a list, a quote, a table, an HTML block that ends at a blank line).
_CUT = re.compile(r"(?<=\n)[ \t]*\n(?=#{1,6}(?:[ \t]|\n))")
#: What can reach over such a heading: a fenced code block, an HTML block that a blank line does not
#: end (script, pre, style, textarea, a comment, <?...?>, <!...>), a link reference definition
#: (they hold for the whole document). A document with any of them is read whole.
_SPANS_CUTS = re.compile(
    r"^[ \t>]*(?:```|~~~)|<(?:script|pre|style|textarea|\?|!)|\[[^\]\n]*\]:", re.IGNORECASE | re.MULTILINE
)

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def cut(text: str, size: int) -> list[str] | None:
    """The document, prepared, in pieces of about `size` characters that each read as they read in
    the whole (see `join`), or None when it cannot be cut. Each piece is preceded by as many blank
    lines as come before it, so that its blocks keep their line numbers."""
    text = _prepare(text)
    if len(text) < 2 * size or _SPANS_CUTS.search(text):
        return None
    front = 0  # YAML front matter ("# a comment" in it is no heading): no cut before its end
    if text.startswith("---"):
        end = _FRONT_MATTER_END.search(text, 3)
        if end is None:
            return None
        front = end.end()
    pieces: list[str] = []
    start = lines = 0
    for m in _CUT.finditer(text, front):
        if m.end() - start < size:
            continue
        pieces.append("\n" * lines + text[start : m.end()])
        lines += text.count("\n", start, m.end())
        start = m.end()
    if not pieces:
        return None
    pieces.append("\n" * lines + text[start:])
    return pieces


def join(docs: Sequence[Document]) -> Document:
    """The document whose pieces, read apart, are `docs`: each block's headings get the headings
    above its piece that are still open (those of a lower level than every heading of the piece so
    far), as reading the whole document gives them."""
    blocks: list[Block] = []
    headings: list[Heading] = []
    above: tuple[Heading, ...] = ()  # the path of headings where the piece starts
    title: str | None = None
    for doc in docs:
        title = title if title is not None else doc.title
        if not above:
            blocks.extend(doc.blocks)
        else:
            levels = iter(doc.headings)
            lowest = 1 << 30  # the lowest heading level of this piece so far
            for block in doc.blocks:
                if block.kind == "heading":
                    lowest = min(lowest, next(levels).level)
                kept = tuple(h for h in above if h.level < lowest)
                blocks.append(_under(kept, block) if kept else block)
        if doc.headings:
            last = next(b for b in reversed(doc.blocks) if b.kind == "heading")
            lowest = min(h.level for h in doc.headings)
            above = (*(h for h in above if h.level < lowest), *last.headings, doc.headings[-1])
        headings.extend(doc.headings)
    return Document(blocks, headings, title=title, markup="markdown")


def _under(above: tuple[Heading, ...], b: Block) -> Block:
    return Block(b.text, b.spans, b.breaks, b.kind, b.number, above + b.headings)
