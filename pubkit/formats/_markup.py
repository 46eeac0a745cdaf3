"""The four output markups of numbered lists: escaping, bold, links, headings and list wrappers.

`pubkit.formats.lists` builds each entry from these primitives, so that everything taken from data
goes through exactly one `text()` escape per markup and nothing in a title can inject markup.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence

from attrs import frozen

from pubkit.latex import encode, strip_controls

__all__ = ["MARKUPS", "Group", "Item", "Markup", "split_label"]


def split_label(template: str) -> tuple[str, str] | None:
    """The text before and after the number in a label template: "{n}" if present, else the one "n".

    >>> split_label("[n]"), split_label("Paper {n}:"), split_label("entry n")
    (('[', ']'), ('Paper ', ':'), None)
    """
    if template.count("{n}") == 1:
        before, _, after = template.partition("{n}")
        return before, after
    if template.count("n") == 1:
        before, _, after = template.partition("n")
        return before, after
    return None


@frozen
class Item:
    """One rendered entry: its number (None when unnumbered) and its body in the target markup."""

    number: int | None
    body: str


@frozen
class Group:
    """A run of items under an optional heading (plain text, escaped by the markup)."""

    heading: str | None
    items: tuple[Item, ...]


class Markup:
    """Plain text: no escaping, no emphasis, links shown as their text. Subclasses add markup."""

    name = "text"

    def text(self, value: str) -> str:
        """Escape a piece of data so that it shows literally; control characters (terminal escapes) go."""
        return strip_controls(value)

    def strong(self, inner: str) -> str:
        """Highlight already-escaped text (the owner's name)."""
        return inner

    def link(self, label: str, url: str) -> str:
        """A link from already-escaped `label` to `url` (http or https only)."""
        return label

    def title(self, inner: str) -> str:
        """Quote an already-escaped title."""
        return f'"{inner}"'

    def label(self, template: str, number: int) -> str:
        """The visible label of an item: `template` with its "n" replaced by the number."""
        before, after = split_label(template) or ("[", "]")
        return f"{before}{number}{after}"

    def render(
        self,
        groups: Sequence[Group],
        *,
        label: str,
        descending: bool,
        legend: str | None,
        title: str | None,
        heading_level: int,
        standalone: bool,
    ) -> str:
        """The whole list: optional title, legend once, then each group with its heading."""
        blocks: list[str] = []
        if title:
            blocks.append(self.heading(self.text(title), max(heading_level - 1, 1)))
        if legend:
            blocks.append(self.paragraph(self.text(legend)))
        for group in groups:
            if group.heading is not None:
                blocks.append(self.heading(self.text(group.heading), heading_level))
            if group.items:
                blocks.append(self.items(group.items, label=label, descending=descending))
        body = "\n\n".join(blocks)
        if standalone:
            return self.document(body, title=title, label=label)
        return f"{body}\n" if body else ""

    def heading(self, inner: str, level: int) -> str:
        """A heading line (level 1 is the largest)."""
        return inner

    def paragraph(self, inner: str) -> str:
        """A line of running text (the legend)."""
        return inner

    def items(self, items: Sequence[Item], *, label: str, descending: bool) -> str:
        """One item per line, each prefixed by its label."""
        lines = []
        for item in items:
            prefix = f"{self.label(label, item.number)} " if item.number is not None else ""
            lines.append(f"{prefix}{item.body}")
        return "\n".join(lines)

    def document(self, body: str, *, title: str | None, label: str) -> str:
        """A complete document around `body` (plain text and Markdown need no wrapper)."""
        return f"{body}\n" if body else ""


_MD_SPECIAL = re.compile(r"([\\*_\[\]<>$~^@#|])|&(?=#?\w+;)")
_MD_BARE_LINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=\bwww)(\.)")


class MarkdownMarkup(Markup):
    """Markdown (CommonMark / pandoc): `**bold**`, `[text](url)`, backslash escapes, `- [n]` bullets."""

    name = "markdown"

    def text(self, value: str) -> str:
        value = _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), strip_controls(value))
        # A backtick, even escaped, can pair with another into a code span: an entity never does. (Greek
        # varia, U+1FEF, is one too once a reader normalises the text to NFC, as pandoc does.)
        value = value.replace("`", "&#96;").replace("\u1fef", "&#96;")
        # GitHub-flavoured Markdown links bare URLs; escaping their ":" or "." keeps data as text.
        return _MD_BARE_LINK.sub(lambda m: "\\" + m.group(0), value)

    def strong(self, inner: str) -> str:
        return f"**{inner}**"

    def link(self, label: str, url: str) -> str:
        return f"[{label}]({url})"

    def heading(self, inner: str, level: int) -> str:
        return f"{'#' * min(level, 6)} {inner}"

    def items(self, items: Sequence[Item], *, label: str, descending: bool) -> str:
        numbers = [i.number for i in items]
        ordered = label == "n." and not descending and None not in numbers
        lines = []
        for item in items:
            if item.number is None:
                # The body opens a block here: "1999. Smith" or "-Foo" must not start a list.
                body = re.sub(r"^(\d+)([.)])|^([-+=])", lambda m: f"{m[1] or ''}\\{m[2] or m[3]}", item.body)
                lines.append(f"- {body}")
            elif ordered:
                lines.append(f"{item.number}. {item.body}")
            else:
                # A bare "23." would start an ordered list that renderers renumber upwards.
                shown = self.label(label, item.number)
                shown = re.sub(r"^(\d+)([.)])", r"\1\\\2", shown)
                lines.append(f"- {shown} {item.body}")
        return "\n".join(lines)


_CSS = """\
body {{ font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.45; }}
ol.pubkit-list > li {{ margin-bottom: 0.5em; }}
ol.pubkit-list > li::marker {{ content: {marker}; }}
"""


def _css_string(text: str) -> str:
    return '"' + "".join(c if c.isalnum() or c in " .,:;()[]{}-_#/" else f"\\{ord(c):x} " for c in text) + '"'


def _css_marker(label: str) -> str:
    before, after = split_label(label) or ("[", "]")
    parts = [_css_string(before) if before else "", "counter(list-item)", _css_string(f"{after} ")]
    return " ".join(p for p in parts if p)


class HtmlMarkup(Markup):
    """An HTML5 fragment: `<ol reversed>` where numbers descend, `<strong>`, escaped text and attributes."""

    name = "html"

    def text(self, value: str) -> str:
        return html.escape(strip_controls(value), quote=False)

    def strong(self, inner: str) -> str:
        return f"<strong>{inner}</strong>"

    def link(self, label: str, url: str) -> str:
        return f'<a href="{html.escape(url, quote=True)}">{label}</a>'

    def title(self, inner: str) -> str:
        return f'"<cite>{inner}</cite>"'

    def heading(self, inner: str, level: int) -> str:
        level = min(max(level, 1), 6)
        return f"<h{level}>{inner}</h{level}>"

    def paragraph(self, inner: str) -> str:
        return f'<p class="pubkit-legend">{inner}</p>'

    def items(self, items: Sequence[Item], *, label: str, descending: bool) -> str:
        numbers = [i.number for i in items if i.number is not None]
        if not numbers:
            rows = "".join(f"\n  <li>{item.body}</li>" for item in items)
            return f'<ul class="pubkit-list">{rows}\n</ul>'
        attributes = f' reversed start="{numbers[0]}"' if descending else f' start="{numbers[0]}"'
        rows = "".join(f'\n  <li value="{item.number}">{item.body}</li>' for item in items)
        return f'<ol class="pubkit-list"{attributes}>{rows}\n</ol>'

    def document(self, body: str, *, title: str | None, label: str) -> str:
        css = _CSS.format(marker=_css_marker(label))
        head_title = self.text(title or "Publications")
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{head_title}</title>\n<style>\n{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
        )


_LATEX_HEADINGS = {1: "section", 2: "subsection", 3: "subsubsection"}


def _pdflatex_fallback(char: str) -> str:
    """Preamble line: if pdflatex's utf8 input encoding has no definition for `char`, print its code point."""
    code = f"{ord(char):04X}"
    declare = f"\\DeclareUnicodeCharacter{{{code}}}{{[U+{code}]}}"
    return f"    \\@ifundefined{{u8:\\detokenize{{{char}}}}}{{{declare}}}{{}}%\n"


class LatexMarkup(Markup):
    """A LaTeX fragment: an `enumerate` with explicit labels, `\\textbf`, every special character escaped."""

    name = "latex"

    def text(self, value: str) -> str:
        # Non-ASCII stays UTF-8, which LaTeX reads natively (pdflatex through its default utf8
        # input encoding): "Müller" stays readable and nothing outside ASCII is a command. The one
        # LaTeX encoder escapes specials, breaks ligatures (`C-{}-`) and drops control characters.
        return encode(unicodedata.normalize("NFC", value), unicode=True)

    def strong(self, inner: str) -> str:
        return f"\\textbf{{{inner}}}"

    def title(self, inner: str) -> str:
        return f"``{inner}''"

    def heading(self, inner: str, level: int) -> str:
        return f"\\{_LATEX_HEADINGS.get(level, 'paragraph')}*{{{inner}}}"

    def items(self, items: Sequence[Item], *, label: str, descending: bool) -> str:
        if all(item.number is None for item in items):
            rows = "".join(f"\n  \\item{{}} {item.body}" for item in items)
            return f"\\begin{{itemize}}{rows}\n\\end{{itemize}}"
        rows = "".join(
            f"\n  \\item[{{{self.text(self.label(label, item.number))}}}] {item.body}"
            for item in items
            if item.number is not None
        )
        return f"\\begin{{enumerate}}{rows}\n\\end{{enumerate}}"

    def document(self, body: str, *, title: str | None, label: str) -> str:
        # Under pdflatex, T1 fonts typeset most Latin letters and any character without a definition
        # prints as its code point ("[U+6F22]") instead of stopping; xelatex / lualatex need neither.
        checks = "".join(_pdflatex_fallback(c) for c in sorted({c for c in body if not c.isascii()}))
        lines = [
            "\\documentclass{article}",
            "\\usepackage{iftex}",
            "\\ifPDFTeX",
            "  \\usepackage[T1]{fontenc}",
            "  \\IfFileExists{lmodern.sty}{\\usepackage{lmodern}}{}",
        ]
        if checks:
            lines += [
                "  \\makeatletter",
                "  \\AtBeginDocument{%",
                checks.rstrip("\n"),
                "  }",
                "  \\makeatother",
            ]
        lines += ["\\fi", "\\begin{document}", body, "\\end{document}", ""]
        return "\n".join(lines)


MARKUPS: dict[str, Markup] = {m.name: m for m in (Markup(), MarkdownMarkup(), HtmlMarkup(), LatexMarkup())}
