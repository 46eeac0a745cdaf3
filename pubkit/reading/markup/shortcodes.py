"""Hugo content pages in Markdown: shortcodes (`{{< name key="value" >}}`, `{{% name %}}`) and TOML
front matter (`+++`), turned into Markdown and HTML the reader reads, every line kept in place.

A shortcode with a title and authors is a publication record (a theme's `{{< pub >}}`): it becomes
one line of HTML whose classes name its fields, as a theme's rendered page marks them; its keys
name fields by the YAML data reader's rule. Any other shortcode is markup: it is dropped, and the
text between a paired one's opener and closer stays as it is.
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

from pubkit.reading.markup._builder import field_rank
from pubkit.reading.markup.html import FIELD_CLASSES
from pubkit.reading.markup.yamldata import TYPE_KEYS, field_of_key

__all__ = ["hugo"]

#: A shortcode longer than this is no shortcode (an opener never closed, read as text).
_LONGEST = 5000
_OPENER = re.compile(r"\{\{([<%])")
_CLOSERS = {"<": ">}}", "%": "%}}"}
#: A parameter: `key="value"`, `key='v'`, key=`raw`, key=bare, or a value alone. A quoted value ends at
#: the next quote (Go's rare `\"` escape is not read: with it, an unclosed quote makes a scan quadratic).
_VALUE = r'"[^"]*"|\'[^\']*\'|`[^`]*`|[^\s"\'`=]+'
_PARAM = re.compile(rf"([\w.-]{{1,40}})[ \t]{{0,20}}=[ \t]{{0,20}}({_VALUE})|({_VALUE})")
#: The HTML class a field is printed with: the first class the HTML reader reads as that field.
_FIELD_CLASS = {field: name for name, field in reversed(FIELD_CLASSES.items())}
#: Fields a record prints as text after the others (no class names them).
_PLAIN = frozenset({"status", "editor"})
#: Fields printed as a citation's imprint, joined by commas: "Journal, 12, 3-4, 2024."
_IMPRINT = frozenset({"container", "publisher", "volume", "pages", "date"})
_TOML_TITLE = re.compile(r"title[ \t]*=[ \t]*(\"[^\"\n]*\"|'[^'\n]*')[ \t]*")


def hugo(text: str) -> str:
    """The text with its TOML front matter made YAML and its shortcodes replaced (see the module)."""
    if text.startswith("+++"):
        text = _toml_front_matter(text)
    if "{{" not in text:
        return text
    pieces: list[str] = []
    copied = cursor = 0  # the text is copied up to `copied`, searched for openers from `cursor`
    closing: dict[str, int] = {}  # the next closer of each kind found so far, -1 when there is none
    while (found := _OPENER.search(text, cursor)) is not None:
        start, kind = found.start(), found.group(1)
        end = closing.get(kind, 0)
        if 0 <= end < found.end():
            end = closing[kind] = text.find(_CLOSERS[kind], found.end())
        if end < 0 or end - start > _LONGEST:
            if end < 0 and all(closing.get(k, 0) < 0 for k in _CLOSERS):
                break  # no closer of any kind is left: no shortcode is
            cursor = found.end()
            continue
        stop = end + 3
        replaced = _replace(text, start, stop)
        line_start = text.rfind("\n", copied, start) + 1  # 0: not after a newline since `copied`
        if replaced.startswith("<div>") and copied <= line_start and not text[line_start:start].strip():
            start = line_start  # a record's HTML starts its line (not indented as code)
        pieces.append(text[copied:start])
        pieces.append(replaced)
        copied = cursor = stop
    pieces.append(text[copied:])
    return "".join(pieces)


def _toml_front_matter(text: str) -> str:
    """`+++` front matter as YAML front matter holding only its title (the other lines blank)."""
    lines = text.split("\n")
    if lines[0].strip() != "+++":
        return text
    end = next((k for k in range(1, len(lines)) if lines[k].strip() == "+++"), None)
    if end is None:
        return text
    out = ["---"] + [""] * (end - 1)
    title = next((k for k in range(1, end) if _TOML_TITLE.fullmatch(lines[k])), None)
    if title is not None:
        out[title] = "title: " + lines[title].split("=", 1)[1].strip()
    return "\n".join([*out, "---", *lines[end + 1 :]])


def _replace(text: str, start: int, stop: int) -> str:
    """What the shortcode at `text[start:stop]` stands for, padded with its newlines."""
    inner = text[start + 3 : stop - 3].strip()
    newlines = "\n" * text.count("\n", start, stop)
    if inner.startswith("/"):
        return newlines  # a closer (or a `{{</* escaped */>}}` one)
    params, values = _params(inner)
    record = _record(params)
    if record is None and values[:1] == ["doi"] and (doi := params.get("doi") or "".join(values[1:2])):
        record = _doi_link(doi)  # `{{< doi "10.1/x" >}}` after a citation: its DOI
    return newlines if record is None else record + newlines


def _params(inner: str) -> tuple[dict[str, str], list[str]]:
    """A shortcode's named parameters (keys lowercased), and its name and positional values."""
    params: dict[str, str] = {}
    values: list[str] = []
    for found in _PARAM.finditer(inner):
        if found.group(1):
            params.setdefault(found.group(1).lower(), _unquote(found.group(2)))
        else:
            values.append(_unquote(found.group(3)))
    return params, values


def _doi_link(doi: str) -> str:
    doi = doi.strip().removeprefix("https://doi.org/")
    return f'<a href="https://doi.org/{html.escape(doi, quote=True)}">doi:{html.escape(doi)}</a>'


def _unquote(value: str) -> str:
    return value[1:-1] if value[:1] in "\"'`" and len(value) >= 2 else value


def _record(params: dict[str, str]) -> str | None:
    """A publication record as one line of HTML, fields marked by class; None for a shortcode that is no
    record (no title, or no authors). Its kind of work (`type="dataset"`) is its first line, as a
    repository prints it, so that a kind that is no paper is skipped as its section would be."""
    fields: dict[str, list[str]] = {}
    for key, value in params.items():
        field = field_of_key(key)
        if field and value.strip():
            fields.setdefault(field, []).append(value.strip())
    if "title" not in fields or "author" not in fields:
        return None
    parts: list[str] = []
    kind = next((params[k] for k in TYPE_KEYS if params.get(k, "").strip()), None)
    if kind:
        parts.append(f'<span class="type">{html.escape(kind.strip().capitalize())}</span><br>')
    plain: list[str] = []
    order = sorted(fields, key=field_rank)
    last = next((f for f in reversed(order) if f in _IMPRINT), None)
    for field in order:
        value = " ".join(", ".join(fields[field]).split())  # on one line
        if field == "doi":
            plain.append(_doi_link(fields[field][0]))
        elif field in _FIELD_CLASS:
            stop = "," if field in _IMPRINT and field != last else _stop(value)
            parts.append(f'<span class="{_FIELD_CLASS[field]}">{_inline(value)}</span>{stop}')
        elif field in _PLAIN:
            plain.append(f"{_inline(value)}{_stop(value)}")
    return "<div>" + " ".join(parts + plain) + "</div>"


_parser: MarkdownIt | None = None


def _inline(value: str) -> str:
    """A value's Markdown (`**Name**`, `*Journal*`) as inline HTML."""
    global _parser
    if _parser is None:
        _parser = MarkdownIt("commonmark", {"html": True})
    return str(_parser.renderInline(value)).strip()


def _stop(value: str) -> str:
    """The full stop after a field, unless its value ends a sentence already."""
    return "" if value.endswith((".", "?", "!")) else "."
