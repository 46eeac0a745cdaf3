"""A `.bib` embedded in a LaTeX CV (`filecontents`) and the records biblatex prints from it; the BibTeX
an HTML page holds for bibtex-js to render (`islands`).

`take` blanks each `\\begin{filecontents*}{x.bib} … \\end{filecontents*}` (lines kept) and reads its
records with pubkit's own BibTeX reader, each at its line in the document. `Embedded.place` then
stands a placeholder macro for each `\\fullcite{key}` (or an item that is only `\\cite{key}`) and
each `\\printbibliography[…]`: the LaTeX reader writes the record into the item, or the records the
bibliography prints (cited or `\\nocite`d, `\\nocite{*}` all; filtered by `keyword=`, `notkeyword=`,
`type=`, `nottype=`) under its `title=`. Fields are written with `write_record` from the Paper read;
the owner's name is bold and an equal contribution is marked `*`, as the BibTeX record said.
"""

from __future__ import annotations

import re

from attrs import evolve, field, frozen

from pubkit.errors import Problem
from pubkit.model import Paper, Status, VenueKind
from pubkit.reading.markup._builder import Assembler, LineIndex, TextBuilder, write_record
from pubkit.reading.markup.amsrefs import Record
from pubkit.reading.markup.base import Document

__all__ = ["CITE", "PRINT", "Embedded", "Printed", "islands", "take"]

CITE = "pubkitfullcite"
"""The macro `\\pubkitfullcite{N}` that stands for the N-th embedded record printed in full in place."""
PRINT = "pubkitprintbib"
"""The macro `\\pubkitprintbib{N}` that stands for the N-th `\\printbibliography`."""

_BEGIN = re.compile(r"\\begin\s*\{(filecontents\*?)\}\s*(?:\[[^\]\n]*\]\s*)?\{([^}\n]*)\}")
_ENTRY = re.compile(r"@\s*([A-Za-z]+)\s*[{(]\s*([^,\s{}()]+)\s*,")
_CITE = re.compile(r"\\(?:full|footfull)cite\s*\*?\s*(?:\[[^\]\n]*\]\s*){0,2}\{([^}]*)\}")
#: An item that is one `\cite{key}` and nothing more (up to the line's end).
_ITEM_CITE = re.compile(
    r"(\\item\s*(?:\[[^\]\n]*\])?\s*)\\(?:cite|citep|citet|parencite|textcite)\s*\*?\s*"
    r"\{([^}]*)\}(?=[ \t]*(?:\n|$))"
)
_NOCITE = re.compile(
    r"\\(?:no|full|footfull|auto|paren|text|foot)?cite[pt]?\s*\*?\s*(?:\[[^\]\n]*\]\s*){0,2}\{([^}]*)\}"
)
_PRINT = re.compile(r"\\printbibliography\s*(?:\[([^\]]*(?:\{[^}]*\}[^\]]*)*)\])?")
_OPTION = re.compile(r"\s*([A-Za-z]+)\s*=\s*(\{[^}]*\}|[^,]*)")
_LATEX_SPECIAL = re.compile(r"([&%$#_{}])")


@frozen
class Printed:
    """One `\\printbibliography`: its heading (None: none printed), level and the records it prints."""

    heading: str | None
    level: int
    records: tuple[int, ...]


@frozen
class Embedded:
    """The records of a document's embedded `.bib`s, by key, and what reading them found wrong."""

    records: tuple[Record, ...] = ()
    keys: dict[str, int] = field(factory=dict)
    types: tuple[str, ...] = ()
    keywords: tuple[frozenset[str], ...] = ()
    problems: tuple[Problem, ...] = ()

    def place(self, source: str, first: int) -> tuple[str, list[int], list[Printed], list[Problem]]:
        """`source` with placeholders for the citations printed in full and the bibliographies printed;
        the record numbers (counted from `first`) of the citations, the bibliographies, and a problem
        for each key the `.bib` does not hold."""
        if not self.records:
            return source, [], [], []
        index = LineIndex(source)
        problems: list[Problem] = []
        full: set[int] = set()

        def cite(found: re.Match[str], prefix: str = "") -> str:
            keys = [key.strip() for key in found.group(found.re.groups).split(",") if key.strip()]
            known = [self.keys[key] for key in keys if key in self.keys]
            for key in keys:
                if key not in self.keys:
                    line = index.line(found.start())
                    problems.append(Problem(f"citation key {key!r} is not in the embedded .bib", line=line))
            full.update(known)
            return prefix + "".join(f"\\{CITE}{{{first + number}}}" for number in known)

        source = _ITEM_CITE.sub(lambda found: cite(found, found.group(1)), source)
        source = _CITE.sub(cite, source)
        order: list[int] = []
        every = False
        for found in _NOCITE.finditer(source):
            for key in found.group(1).split(","):
                key = key.strip()
                every = every or key == "*"
                if key in self.keys and self.keys[key] not in order:
                    order.append(self.keys[key])
        if every:
            order.extend(number for number in range(len(self.records)) if number not in order)
        printed: list[Printed] = []

        def bibliography(found: re.Match[str]) -> str:
            options = {
                key.lower(): value.strip().strip("{}").strip()
                for key, value in _OPTION.findall(found.group(1) or "")
            }
            chosen = tuple(number for number in order if number not in full and self._prints(number, options))
            heading = options.get("heading", "bibliography")
            # biblatex's default title ("References") names referees in a CV: no heading, the section's
            title = None if heading == "none" else options.get("title")
            printed.append(Printed(title, 2 if heading.startswith("sub") else 1, chosen))
            return f"\\{PRINT}{{{len(printed) - 1}}}"

        source = _PRINT.sub(bibliography, source)
        return source, sorted(full), printed, problems

    def _prints(self, number: int, options: dict[str, str]) -> bool:
        """Whether a bibliography with `options` prints the record: its keyword and type filters."""
        words = self.keywords[number]
        kind = self.types[number]
        if "keyword" in options and options["keyword"].lower() not in words:
            return False
        if "notkeyword" in options and options["notkeyword"].lower() in words:
            return False
        if "type" in options and options["type"].lower() != kind:
            return False
        return not ("nottype" in options and options["nottype"].lower() == kind)


def take(source: str) -> tuple[str, Embedded]:
    """`source` with every `filecontents` block blanked (its lines kept) and the BibTeX records the
    blocks hold, each at its line in `source`."""
    if "filecontents" not in source:
        return source, Embedded()
    from pubkit.formats import bibtex  # the formats import the reader: import when a .bib is there

    index = LineIndex(source)
    pieces: list[str] = []
    records: list[Record] = []
    keys: dict[str, int] = {}
    types: list[str] = []
    keywords: list[frozenset[str]] = []
    problems: list[Problem] = []
    cursor = 0
    for found in _BEGIN.finditer(source):
        if found.start() < cursor:
            continue
        end_tag = f"\\end{{{found.group(1)}}}"
        stop = source.find(end_tag, found.end())
        stop = len(source) if stop < 0 else stop
        end = min(stop + len(end_tag), len(source))
        body = source[found.end() : stop]
        pieces.append(source[cursor : found.start()])
        pieces.append("\n" * source.count("\n", found.start(), end))
        cursor = end
        if not _ENTRY.search(body):
            continue
        offset = index.line(found.end()) - 1
        kinds = {match.group(2): match.group(1).lower() for match in _ENTRY.finditer(body)}
        read = bibtex.read(body)
        problems.extend(evolve(p, line=p.line + offset) if p.line else p for p in read.problems)
        for paper in read:
            line = (paper.source.line if paper.source and paper.source.line else 1) + offset
            key = paper.source.key if paper.source else None
            if key:
                keys.setdefault(key, len(records))
            types.append(kinds.get(key or "", ""))
            extra = dict(paper.extra)
            keywords.append(
                frozenset(w.strip().lower() for w in extra.get("keywords", "").split(",") if w.strip())
            )
            records.append(Record(line, _cells(paper, extra, line)))
    pieces.append(source[cursor:])
    embedded = Embedded(tuple(records), keys, tuple(types), tuple(keywords), tuple(problems))
    return "".join(pieces), embedded


def _as_is(text: str) -> str:
    return text


def _latex_source(text: str) -> str:
    """Plain text as LaTeX source that prints it."""
    return _LATEX_SPECIAL.sub(r"\\\1", text.replace("\\", " "))


def islands(document: Document, sources: list[tuple[str, int]]) -> Document:
    """`document` (an HTML page) with the BibTeX records its `sources` hold (a `<textarea>` or a
    `<script type="text/x-bibtex">` that bibtex-js renders in the browser), each at its line, a record
    whose title the visible page already shows left out."""
    from pubkit.formats import bibtex  # the formats import the reader: import when a .bib is there

    shown = " ".join(" ".join(block.text.lower().split()) for block in document.blocks)
    assembler = Assembler(document.markup)
    problems = list(document.problems)
    for source, offset in sources:
        read = bibtex.read(source)
        problems.extend(evolve(p, line=p.line + offset - 1) if p.line else p for p in read.problems)
        for paper in read:
            if " ".join(paper.title.lower().split()) in shown:
                continue
            line = (paper.source.line if paper.source and paper.source.line else 1) + offset - 1
            builder = TextBuilder()
            write_record(builder, _cells(paper, dict(paper.extra), line, escape=False))
            assembler.block(builder, "item")
    added = assembler.document().blocks
    if not added and len(problems) == len(document.problems):
        return document
    blocks = sorted([*document.blocks, *added], key=lambda block: block.line)
    return evolve(document, blocks=blocks, problems=problems)


def _cells(
    paper: Paper, extra: dict[str, str], line: int, *, escape: bool = True
) -> tuple[tuple[str, str, int], ...]:
    """A Paper's fields as `write_record` cells (LaTeX source, or plain text when not `escape`), all at
    `line`."""
    quote = _latex_source if escape else _as_is
    names = []
    for author in paper.authors:
        name = quote(author.name)
        if author.is_owner and escape:
            name = f"\\textbf{{{name}}}"
        if author.equal_contribution and escape:
            name += "\\textsuperscript{*}"
        names.append(name)
    cells: list[tuple[str, str]] = [("author", "; ".join(names)), ("title", quote(paper.title))]
    venue = paper.venues[0] if paper.venues else None
    container = ""
    if venue is not None:
        container = venue.name + (f" ({venue.acronym})" if venue.acronym else "")
        if venue.kind is VenueKind.THESIS or extra.get("entrytype") == "thesis":
            container = ", ".join(part for part in (extra.get("type", ""), container) if part)
    elif paper.status is Status.PUBLISHED and venue is None and extra.get("publisher"):
        container = extra["publisher"]
    cells.append(("container", quote(container)))
    cells.append(("volume", quote(paper.volume or "")))
    cells.append(("pages", quote(paper.pages or "")))
    cells.append(("date", str(paper.year) if paper.year else ""))
    if paper.status is not Status.PUBLISHED:
        cells.append(("status", paper.status.value.replace("-", " ")))
    if paper.identifiers.doi:
        cells.append(("doi", quote(paper.identifiers.doi)))
    if paper.identifiers.arxiv:
        cells.append(("arxiv", quote(paper.identifiers.arxiv)))
    return tuple((name, text, line) for name, text in cells if text)
