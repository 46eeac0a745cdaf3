"""The table of formats: which module reads or writes which format name, and suffix guessing.

Each format module offers `read(text, *, path=None, owner=None) -> Bibliography` and/or
`write(bib, **options) -> str`. Modules are imported on first use, so a format's dependencies
load only when that format is used.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import PurePath
from typing import Any, NamedTuple

from pubkit.bibliography import Bibliography
from pubkit.errors import FormatError

__all__ = ["READ_FORMATS", "WRITE_FORMATS", "guess_format", "reader", "sniff", "writer"]


_LISTS = "pubkit.formats.lists"


class _Entry(NamedTuple):
    module: str
    options: dict[str, Any]


READ_FORMATS: dict[str, _Entry] = {
    "cv": _Entry("pubkit.formats.cv", {}),
    "bibtex": _Entry("pubkit.formats.bibtex", {}),
    "biblatex": _Entry("pubkit.formats.bibtex", {}),
    "csl-json": _Entry("pubkit.formats.csljson", {}),
    "ris": _Entry("pubkit.formats.ris", {}),
    "nbib": _Entry("pubkit.formats.nbib", {}),
    "endnote-xml": _Entry("pubkit.formats.endnote_xml", {}),
    "dblp-xml": _Entry("pubkit.formats.dblp_xml", {}),
    "orcid-json": _Entry("pubkit.formats.orcid_json", {}),
    "wos": _Entry("pubkit.formats.wos", {}),
}
WRITE_FORMATS: dict[str, _Entry] = {
    "bibtex": _Entry("pubkit.formats.bibtex", {"dialect": "bibtex"}),
    "biblatex": _Entry("pubkit.formats.bibtex", {"dialect": "biblatex"}),
    "csl-json": _Entry("pubkit.formats.csljson", {}),
    "markdown": _Entry("pubkit.formats.lists", {"style": "markdown"}),
    "text": _Entry("pubkit.formats.lists", {"style": "text"}),
    "html": _Entry("pubkit.formats.lists", {"style": "html"}),
    "latex": _Entry("pubkit.formats.lists", {"style": "latex"}),
    "ris": _Entry("pubkit.formats.ris", {}),
    "json-resume": _Entry("pubkit.formats.json_resume", {}),
    "rendercv": _Entry("pubkit.formats.rendercv", {}),
    "hayagriva": _Entry("pubkit.formats.hayagriva", {}),
}
_SUFFIXES = {
    ".md": "cv",
    ".markdown": "cv",
    ".qmd": "cv",
    ".rmd": "cv",
    ".txt": "cv",
    ".text": "cv",
    ".jemdoc": "cv",
    ".org": "cv",
    ".rst": "cv",
    ".rtf": "cv",
    ".yml": "cv",
    ".yaml": "cv",
    ".toml": "cv",
    ".csv": "cv",
    ".tsv": "cv",
    ".ipynb": "cv",
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".json": "csl-json",
    ".csl": "csl-json",
    ".html": "html",
    ".htm": "html",
    ".tex": "latex",
    ".ris": "ris",
    ".nbib": "nbib",
    ".medline": "nbib",
    ".ciw": "wos",
}


_CV_ONLY_WHEN_READING = frozenset({".html", ".htm", ".tex"})
#: Data files read as publication lists, never written as one (RenderCV, Hayagriva: name the format).
_READ_ONLY = frozenset({".yml", ".yaml", ".toml", ".csv", ".tsv", ".ipynb"})
#: Suffixes several formats share: the content decides (a PubMed or Web of Science export saved as .txt).
_SNIFFED = {
    ".xml": ("endnote-xml", "dblp-xml"),
    ".json": ("csl-json", "orcid-json", "cv"),
    ".txt": ("ris", "nbib", "wos"),
    ".text": ("ris", "nbib", "wos"),
}
#: An HTML page named `.xml`: still refused (tests/test_formats_readers.py), not read as XML records.
_HTML_ROOT = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<(?:html|!doctype html)\b", re.IGNORECASE)
_RIS_LINE = re.compile(r"^TY  - ", re.MULTILINE)
_MEDLINE_LINE = re.compile(r"^PMID- ", re.MULTILINE)
_WOS_HEADER = re.compile(r"^FN [^\n]*\n(?:VR|PT) ")
_WOS_RECORD = re.compile(r"^PT [A-Z]\b[^\n]*\n(?:[A-Z][A-Z0-9]|   )[ \n]", re.MULTILINE)
_WOS_END = re.compile(r"^ER[ \t\r]*$", re.MULTILINE)
#: How a JSON document opens: an object's first key (or its end), or an array's first value.
_JSON_START = re.compile(r'\{\s*(?:"|\}|$)|\[\s*(?:[{\["\]]|-?\d|true|false|null|$)')


def sniff(text: str) -> str | None:
    r"""The input format `text` itself shows (RIS, MEDLINE, Web of Science, EndNote / DBLP XML, ORCID /
    CSL-JSON, BibTeX; a Jupyter notebook is a list to read, "cv").

    >>> sniff("TY  - JOUR\nTI  - A title\nER  - "), sniff('<?xml version="1.0"?><dblpperson name="X">')
    ('ris', 'dblp-xml')
    >>> sniff("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI A title\nER\nEF")
    'wos'

    """
    stripped = text.lstrip("\ufeff \t\r\n")
    head = stripped[:20000]
    if _RIS_LINE.search(head[:5000]):
        return "ris"
    if _MEDLINE_LINE.search(head[:5000]):
        return "nbib"
    if _WOS_HEADER.match(head) or (_WOS_RECORD.search(head[:5000]) and _WOS_END.search(head)):
        return "wos"
    if stripped.startswith("<"):
        if re.search(r"<dblp(?:person)?[\s/>]", head):
            return "dblp-xml"
        if re.search(r"<records?[\s/>]", head):
            return "endnote-xml"
        return None
    if stripped.startswith("{\\rtf"):
        return None  # a word processor's document: a list to read as a CV
    if _JSON_START.match(stripped):  # not a wiki's "{{>toc}}" or a template's "{% … %}"
        from pubkit.reading.markup.notebook import looks_like_notebook

        if looks_like_notebook(head):
            return "cv"  # a Jupyter notebook: its Markdown cells hold the list
        orcid = any(f'"{key}"' in head for key in ("put-code", "work-summary", "bulk", "activities-summary"))
        return "orcid-json" if orcid else "csl-json"
    if stripped.startswith("@") or "\n@" in stripped[:5000]:
        return "bibtex"
    return None


def guess_format(path: str | PurePath, text: str | None = None, *, writing: bool = False) -> str:
    """The format a file's suffix implies; for shared or unknown suffixes, sniff `text` when given."""
    suffix = PurePath(path).suffix.lower()
    name = _SUFFIXES.get(suffix)
    if writing and suffix in _READ_ONLY:
        name = None
    elif writing and name == "cv":
        name = "markdown" if suffix in {".md", ".markdown", ".qmd", ".rmd"} else "text"
    if not writing and suffix in _CV_ONLY_WHEN_READING:
        name = "cv"  # a publication page or a LaTeX CV: read as a list, written as one
    if not writing and suffix in _SNIFFED and text is not None:
        sniffed = sniff(text)
        name = sniffed if sniffed in _SNIFFED[suffix] else name
        if name is None and suffix == ".xml" and not _HTML_ROOT.match(text):
            name = "cv"  # XML no bibliographic reader claims (a Lattes CV): its records read as a list
    if name is not None and (name in (WRITE_FORMATS if writing else READ_FORMATS)):
        return name
    if not writing and text is not None and suffix not in _SNIFFED:
        return sniff(text) or "cv"
    known = ", ".join(sorted(WRITE_FORMATS if writing else READ_FORMATS))
    how = "its suffix or content" if text is not None else "its suffix"
    msg = f"cannot tell the format of {str(path)!r} from {how}; name one of: {known}"
    raise FormatError(msg)


def _lookup(table: dict[str, _Entry], name: str, verb: str) -> _Entry:
    try:
        return table[name]
    except KeyError:
        known = ", ".join(sorted(table))
        msg = f"pubkit cannot {verb} {name!r}; formats it can {verb}: {known}"
        raise FormatError(msg) from None


def reader(name: str) -> Callable[..., Bibliography]:
    """The `read` function of a format."""
    entry = _lookup(READ_FORMATS, name, "read")
    module = importlib.import_module(entry.module)
    read: Callable[..., Bibliography] = module.read
    return read


def writer(name: str) -> Callable[..., str]:
    """The `write` function of a format, with the format's fixed options bound."""
    entry = _lookup(WRITE_FORMATS, name, "write")
    module = importlib.import_module(entry.module)
    write: Callable[..., str] = module.write

    def bound(bib: Bibliography, **options: Any) -> str:
        if "style" in options and entry.module == _LISTS:  # a citation style: the markup comes from `name`
            styled = importlib.import_module("pubkit.formats.styled")
            styled_write: Callable[..., str] = styled.write
            return styled_write(bib, markup=entry.options["style"], **options)
        return write(bib, **entry.options, **options)

    return bound
