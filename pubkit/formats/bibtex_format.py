"""`pubkit format`: a `.bib` file in one consistent layout, everything no rule touches kept byte for byte.

Works on the lossless scanner's blocks, not on parsed papers, so comments, `@string`, `@preamble`,
`@comment`, unknown fields and every value's LaTeX survive exactly as written. The rules:

* entries `@type{key,` with lower-case type and field names, one field per line, `=` aligned;
* quoted values braced (`"x"` -> `{x}`), months as macros (`{October}` -> `oct`), `doi` without
  `https://doi.org/` or `doi:`, `url` without surrounding spaces or `\\url{}`, empty fields dropped;
* one blank line between commands; free text (comments, front matter) kept, with its lines as written;
* every line break of the kind most of the file uses (`\\r\\n` or `\\n`);
* optionally entries sorted (`key`, `year`, `author`; `-year` for descending) and fields ordered.

Entries that cannot be read (error blocks) are kept as they came. `format_bibtex` is idempotent.
"""

from __future__ import annotations

import itertools
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs
from attrs import frozen

from pubkit.errors import Problem
from pubkit.formats._bibscan import MONTH_MACROS, Block, BlockKind, Field, InnerComment, ValueKind, scan
from pubkit.latex import latex_to_text
from pubkit.model import Identifiers, month_number
from pubkit.names import fold, split_name

__all__ = ["MERGED_PREFIX", "SORTS", "format_bibtex", "merge_entries", "unreadable", "write_atomic"]

#: Entry orders `format_bibtex(sort=...)` knows; a leading "-" reverses (missing values stay last).
SORTS = ("key", "year", "author")
_MONTH_MACROS = tuple(MONTH_MACROS)  # jan .. dec
_MONTH_WORDS = tuple(name.lower() for name in MONTH_MACROS.values())  # january .. december
_URL_WRAPPER = re.compile(r"^\\url\{([^{}]*)\}$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_BRACES_IN_KEY = re.compile(r"[{}]")
_AND = re.compile(r"(?<!\s)\s+and\s+", re.IGNORECASE)
_SPACE = " \t\r\n\ufeff"  # a stray byte-order mark between files is whitespace here
#: Blocks written back as they came (stripped of surrounding blank space): free text, broken commands.
_AS_WRITTEN = frozenset({BlockKind.TEXT, BlockKind.ERROR})


def _month(field: Field) -> str | None:
    """The month macro a month value names: `{Oct.}`, `"October"`, `{10}`, `10`, `OCT`; else None."""
    word = field.inner.strip().rstrip(".").lower()
    if field.kind is ValueKind.CONCAT or not word.isalnum():
        return None
    number = month_number(word)
    if number is None:
        return None
    if word.isdigit() or word == _MONTH_MACROS[number - 1] or word == "sept":
        return _MONTH_MACROS[number - 1]
    if field.kind is not ValueKind.BARE and _MONTH_WORDS[number - 1] == word:
        return _MONTH_MACROS[number - 1]  # a bare `october` is a macro of the file's own: left alone
    return None


def _value(field: Field) -> str | None:
    """A field's value as written out, or None to drop it (empty)."""
    name = field.name.lower()
    if field.kind in (ValueKind.BRACES, ValueKind.QUOTES) and not field.inner.strip(_SPACE):
        return None
    if name == "month":
        macro = _month(field)
        if macro:
            return macro
    if field.kind not in (ValueKind.BRACES, ValueKind.QUOTES):
        return field.value
    inner = field.inner
    if name == "doi":
        try:
            doi = Identifiers(doi=inner.strip(_SPACE)).doi  # the model's one rule for DOI prefixes
        except ValueError:
            doi = None  # not a DOI: kept as written (`pubkit check` reports it)
        inner = doi or inner
    elif name == "url":
        bare = inner.strip(_SPACE)
        wrapped = _URL_WRAPPER.match(bare)
        inner = wrapped.group(1).strip(_SPACE) if wrapped else bare
    return "{" + inner + "}"


def _entry(block: Block, field_order: Sequence[str] | None, indent: str) -> str:
    """An entry in the house layout; inner `%` comments stay before the field they preceded."""
    before: list[list[InnerComment]] = [[] for _ in range(len(block.fields) + 1)]
    for comment in block.comments:
        before[min(comment.after, len(block.fields))].append(comment)
    items = list(zip(block.fields, before[:-1], strict=True))
    if field_order:
        rank = {name.lower(): n for n, name in enumerate(field_order)}
        items.sort(key=lambda item: rank.get(item[0].name.lower(), len(rank)))
    lines = [(field.name.lower(), _value(field), comments) for field, comments in items]
    width = max((len(name) for name, value, _ in lines if value is not None), default=0)
    last = max((n for n, (_, value, _) in enumerate(lines) if value is not None), default=-1)
    out = [f"@{block.command.lower()}{{{block.key}"]
    for n, (name, value, comments) in enumerate(lines):
        out += [indent + c.text for c in comments]  # a dropped (empty) field keeps the comments before it
        if value is not None:
            out.append(f"{indent}{name.ljust(width)} = {value}{',' if n != last else ''}")
    out += [indent + c.text for c in before[-1]]
    if len(out) == 1:
        return out[0] + "}"
    out[0] += ","
    return "\n".join(out) + "\n}"


@frozen
class _Piece:
    """One output block: its text, its place in the input, and the line breaks before it there."""

    block: Block
    text: str
    index: int
    breaks: int | None
    """Line breaks in the blank space before it in the input; None for the first piece."""


def _pieces(blocks: Sequence[Block], field_order: Sequence[str] | None, indent: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    breaks: int | None = None
    for block in blocks:
        if block.kind in _AS_WRITTEN:
            core = block.raw.strip(_SPACE)
            if not core:
                breaks = None if not pieces else (breaks or 0) + block.raw.count("\n")
                continue
            lead = block.raw[: len(block.raw) - len(block.raw.lstrip(_SPACE))]
            before = None if not pieces else (breaks or 0) + lead.count("\n")
            pieces.append(_Piece(block, core, len(pieces), before))
            breaks = block.raw[len(block.raw.rstrip(_SPACE)) :].count("\n")
            continue
        layout = block.kind is BlockKind.ENTRY and not _BRACES_IN_KEY.search(block.key or "")
        text = _entry(block, field_order, indent) if layout else block.raw  # `@misc(k{})` only fits in ( )
        pieces.append(_Piece(block, text, len(pieces), breaks if pieces else None))
        breaks = 0
    return pieces


def _separator(previous: _Piece, piece: _Piece) -> str:
    """One blank line between commands; free text keeps being on the next line, or after a blank line."""
    if previous.index + 1 != piece.index or piece.breaks is None:
        return "\n\n"
    kinds = {previous.block.kind, piece.block.kind}
    loose = bool(kinds & _AS_WRITTEN) or kinds == {BlockKind.STRING}
    return "\n" if loose and piece.breaks <= 1 else "\n\n"


def _first_value(block: Block, *names: str) -> str | None:
    """The first non-empty value among fields `names` (empty ones are dropped, so never sorted by)."""
    for name in names:
        for field in block.fields:
            if field.name.lower() == name and field.inner.strip(_SPACE):
                return field.inner.strip(_SPACE)
    return None


def _first_author_family(block: Block) -> str | None:
    value = _first_value(block, "author", "editor")
    if value is None:
        return None
    first = _AND.split(value, maxsplit=1)[0]
    given, family, _ = split_name(latex_to_text(first))
    return fold(family or given)


def _year(block: Block) -> int | None:
    value = _first_value(block, "year", "date")
    found = _YEAR.search(value) if value else None
    return int(found.group(1)) if found else None


_SortKey = Callable[[Block], tuple[object, ...] | None]
_SORT_KEYS: dict[str, _SortKey] = {
    "key": lambda b: (b.key.casefold(),) if b.key else None,
    "year": lambda b: (y,) if (y := _year(b)) is not None else None,
    "author": lambda b: (a, _year(b) or 0) if (a := _first_author_family(b)) is not None else None,
}


def _sorted(pieces: list[_Piece], sort: str) -> list[_Piece]:
    """Entries in `sort` order, each with the free text and comments before it; `@string` and
    `@preamble` move up before the first entry, so every macro is still defined before its use, and
    entries other entries `crossref` come after all the others (sorted among themselves)."""
    descending = sort.startswith("-")
    by = _SORT_KEYS[sort.lstrip("-")]
    entry_at = [n for n, p in enumerate(pieces) if p.block.kind is BlockKind.ENTRY]
    if not entry_at:
        return pieces
    before = pieces[: entry_at[0]]
    commands = [n for n, p in enumerate(before) if p.block.kind not in _AS_WRITTEN]
    if commands:  # the first entry keeps the comments after the last command before it
        split = commands[-1] + 1
    else:  # a file header is the first text, when a blank line follows it
        after = before[1] if len(before) > 1 else pieces[entry_at[0]]
        split = 1 if before and (after.breaks or 0) >= 2 else 0
    head, pending = before[:split], before[split:]
    units: list[list[_Piece]] = []
    for piece in pieces[entry_at[0] : entry_at[-1] + 1]:
        if piece.block.kind in (BlockKind.STRING, BlockKind.PREAMBLE):
            head.append(piece)
        elif piece.block.kind is BlockKind.ENTRY:
            units.append([*pending, piece])
            pending = []
        else:
            pending.append(piece)
    # BibTeX reads a crossref's target only when it comes after the entries citing it
    parents = {(_first_value(unit[-1].block, "crossref") or "").lower() for unit in units}
    ordered: list[list[_Piece]] = []
    for group in (
        [u for u in units if (u[-1].block.key or "").lower() not in parents],
        [u for u in units if (u[-1].block.key or "").lower() in parents],
    ):
        keyed = [(by(unit[-1].block), unit) for unit in group]
        present = [(key, unit) for key, unit in keyed if key is not None]
        present.sort(key=lambda k: k[0], reverse=descending)
        ordered += [unit for _, unit in present] + [unit for key, unit in keyed if key is None]
    return [*head, *(p for unit in ordered for p in unit), *pieces[entry_at[-1] + 1 :]]


def format_bibtex(
    text: str,
    *,
    sort: str | None = None,
    field_order: Sequence[str] | None = None,
    indent: str = "  ",
) -> str:
    r"""`text` (a `.bib` file) in pubkit's layout; see the module docstring for the rules.

    >>> bib = '% mine\n@Article{k, Title="A {GAN}", month="October",doi={https://doi.org/10.1145/3},note={}}'
    >>> print(format_bibtex(bib))
    % mine
    @article{k,
      title = {A {GAN}},
      month = oct,
      doi   = {10.1145/3}
    }
    <BLANKLINE>
    """
    if sort is not None and sort.lstrip("-") not in SORTS:
        msg = f"sort by one of {', '.join(SORTS)} (with '-' for descending), not {sort!r}"
        raise ValueError(msg)
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    crlf = text.count("\r\n") * 2 > text.count("\n")
    pieces = _pieces(scan(text), field_order, indent)
    if sort:
        pieces = _sorted(pieces, sort)
    if not pieces:
        return bom
    out = [pieces[0].text]
    for previous, piece in itertools.pairwise(pieces):
        out += [_separator(previous, piece), piece.text]
    joined = "".join(out).replace("\r\n", "\n") + "\n"
    return bom + (joined.replace("\n", "\r\n") if crlf else joined)  # line breaks: the file's usual kind


#: Prefix of a field keeping a merged duplicate's differing value (as `pubkit.dedupe` keeps losers').
MERGED_PREFIX = "pubkit-merged-"
_SQUASH = re.compile(r"\s+")


def _merged(winner: Block, losers: Sequence[Block]) -> Block:
    """`winner` with every field of `losers` it lacks, their differing values as `pubkit-merged-NAME`
    and their keys in `ids` (biblatex's alias keys: citations of a removed key still resolve)."""
    fields = list(winner.fields)
    seen = {(f.name.lower(), _SQUASH.sub(" ", f.inner.strip())) for f in fields}
    names = {f.name.lower() for f in fields}
    aliases = [a.strip() for f in fields if f.name.lower() == "ids" for a in f.inner.split(",") if a.strip()]
    for loser in losers:
        aliases += [loser.key or ""]
        for field in loser.fields:
            name = field.name.lower()
            if name == "ids":
                aliases += [a.strip() for a in field.inner.split(",") if a.strip()]
                continue
            value = (name, _SQUASH.sub(" ", field.inner.strip()))
            if value in seen or not value[1]:
                continue
            seen.add(value)
            if name in names:
                field = attrs.evolve(field, name=f"{MERGED_PREFIX}{name}")
            names.add(field.name.lower())
            fields.append(field)
    aliases = [a for a in dict.fromkeys(aliases) if a and a != winner.key]
    fields = [f for f in fields if f.name.lower() != "ids"]
    if aliases:
        fields.append(Field("ids", "{" + ", ".join(aliases) + "}", ValueKind.BRACES, winner.line))
    comments = [*winner.comments, *(attrs.evolve(c, after=len(fields)) for b in losers for c in b.comments)]
    return attrs.evolve(winner, fields=tuple(fields), comments=tuple(comments))


def merge_entries(text: str, groups: Iterable[Sequence[int]]) -> str:
    """`text` with each group of entries (named by the lines their `@` is on) merged into its first.

    The later copies' entries go (the text around them stays); what they add is kept in the first.
    """
    blocks = scan(text)
    at_line = {b.line: n for n, b in enumerate(blocks) if b.kind is BlockKind.ENTRY}
    out: dict[int, str] = {}
    for group in groups:
        members = sorted({at_line[line] for line in group if line in at_line})
        if len(members) < 2:
            continue
        winner = _merged(blocks[members[0]], [blocks[n] for n in members[1:]])
        out[members[0]] = _entry(winner, None, "  ")
        out.update(dict.fromkeys(members[1:], ""))
    return "".join(out.get(n, b.raw) for n, b in enumerate(blocks))


def unreadable(text: str, *, path: str | None = None) -> list[Problem]:
    """The commands of `text` the scanner could not read (kept as they came by `format_bibtex`)."""
    return [
        Problem(
            f"BibTeX syntax: {b.message}; kept as it is",
            path=path,
            line=b.line,
            text=b.raw[:300],
            kind="syntax",
        )
        for b in scan(text)
        if b.kind is BlockKind.ERROR
    ]


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Replace a file's text in one step (a temporary file renamed over it), keeping its permissions."""
    target = Path(path).resolve()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
