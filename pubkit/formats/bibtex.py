"""BibTeX and biblatex: read through pybtex's parser, write what BibTeX, biber and al-folio accept.

Reading decodes LaTeX to Unicode and remembers brace-protected title words (in the `extra` key
`pubkit-protect`, as `{Word} {Two Words}`) so that writing protects them again. Fields pubkit has
no attribute for are kept in `Paper.extra` and written back. See docs/formats.md for the mapping.
"""

from __future__ import annotations

import bisect
import gc
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, Literal

import attrs
import pybtex.errors
from pybtex.bibtex.utils import split_name_list
from pybtex.database import Person
from pybtex.database.input.bibtex import LowLevelParser, UndefinedMacro, month_names
from pybtex.scanner import PrematureEOF, PybtexError, PybtexSyntaxError
from pybtex.textutils import normalize_whitespace
from pybtex.utils import CaseInsensitiveDict

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem, Severity
from pubkit.formats._bibscan import BlockKind, ValueKind, iter_items, scan, value_parts
from pubkit.formats._latex import (
    PROTECT_KEY,
    citation_keys,
    encode,
    protect_title,
    protected_phrases,
    remember_phrases,
    remembered_phrases,
)
from pubkit.formats._records import NO_TITLE
from pubkit.latex import decode_once, is_plain, latex_to_text, strip_controls
from pubkit.model import (
    DOI_PATTERN,
    Author,
    Award,
    Identifiers,
    Paper,
    Source,
    Status,
    Venue,
    VenueKind,
    arxiv_id,
    month_number,
    normal_builder,
    normal_record,
)
from pubkit.names import initials_key
from pubkit.venues import guess_kind

__all__ = ["PROTECT_KEY", "read", "write"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


Dialect = Literal["bibtex", "biblatex"]

# ----------------------------------------------------------------------------------------------
# Low-level parsing: pybtex's scanner, errors kept as data, one broken entry never losing the rest


class _Raw:
    """An entry read: type, key, fields (lower-case names, values expanded and collapsed), line, and
    where its text is (taken only for a problem's excerpt, so not copied out of the input)."""

    __slots__ = ("end", "fields", "key", "line", "source", "start", "type")

    def __init__(
        self, type: str, key: str | None, fields: dict[str, str], line: int, source: str, start: int, end: int
    ) -> None:
        self.type, self.key, self.fields, self.line = type, key, fields, line
        self.source, self.start, self.end = source, start, end

    @property
    def text(self) -> str:
        """The entry as written, white space around it stripped."""
        return self.source[self.start : self.end].strip()


_SYNTAX = "BibTeX syntax: "
_LONGEST_TITLE = 10_000  # longer "titles" are data dumps: their brace-protected phrases are not kept
_WARN: dict[str, Any] = {"kind": "invalid-field", "severity": Severity.WARNING}  # read, with a caveat
_ENTRY_START = re.compile(r"^[ \t\ufeff]*@", re.MULTILINE)  # a byte-order mark: a file joined to another
_INNER_ENTRY = re.compile(
    r"\n[ \t]*@[ \t]*(?!(?:string|comment|preamble)\b)[A-Za-z]+[ \t]*[{(]", re.IGNORECASE
)
_KNOWN_TYPES = _words(
    "article book booklet inbook incollection inproceedings conference manual mastersthesis misc "
    "phdthesis proceedings techreport unpublished online electronic www report thesis collection "
    "mvbook mvcollection mvproceedings bookinbook suppbook suppcollection suppperiodical periodical "
    "patent dataset software set xdata reference mvreference inreference artwork audio image movie "
    "music performance video standard letter review commentary jurisdiction legislation legal customa "
    "customb customc customd custome customf"
)


#: Entry types for a whole volume (the paper *is* the book): kept as they are when written back.
_VOLUME_TYPES = _words("book mvbook proceedings mvproceedings collection mvcollection booklet manual")
_VENUE_FIELDS = (
    "journaltitle",
    "journal",
    "booktitle",
    "eventtitle",
    "school",
    "institution",
    "howpublished",
)


_VENUE_FIELD_SET = frozenset(_VENUE_FIELDS)


#: The venue fields of a citation that may print no title: a journal's, a proceedings'.
_JOURNAL_FIELDS = frozenset(("journal", "journaltitle", "booktitle"))


def _venue_field(fields: dict[str, str]) -> str | None:
    """The name of the field that holds the venue, if the entry has one."""
    for name in _VENUE_FIELDS:
        if fields.get(name):
            return name
    return None


class _Lines:
    """Positions to 1-based line numbers (the line breaks are found on the first question only)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines: list[int] | None = None

    def __call__(self, pos: int) -> int:
        if self.newlines is None:
            self.newlines = [m.start() for m in re.finditer("\n", self.text)]
        return bisect.bisect_left(self.newlines, pos) + 1


#: An @string macro longer than this is cut: a few lines of doubling macros would fill any memory.
MACRO_LIMIT = 65_536


_MACROS_CUT = f"a macro holds at most {MACRO_LIMIT} characters, and all of them 4 times the file's size"


class _Macros(CaseInsensitiveDict):  # type: ignore[misc]
    """@string macros, each at most `MACRO_LIMIT` characters and all together at most `budget`
    (4 times the input's size); the names of those cut are kept for the problems."""

    def __init__(self, values: Any, budget: int) -> None:
        self.budget = budget
        self.cut: list[str] = []
        super().__init__(values)
        self.by_lower: dict[str, str] = {name.lower(): value for name, value in self.items()}

    def __setitem__(self, key: str, value: str) -> None:
        allowed = max(0, min(MACRO_LIMIT, self.budget))
        if len(value) > allowed:
            self.cut.append(key)
            value = value[:allowed]
        self.budget -= len(value)
        super().__setitem__(key, value)
        self.by_lower[key.lower()] = value

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        del self.by_lower[key.lower()]

    def find(self, name: str) -> str | None:
        """The macro's text, or None: `get` without the mapping protocol's layers (a lookup per use)."""
        return self.by_lower.get(name.lower())


def _new_macros(size: int) -> _Macros:
    # definitions are the file's own text, so 4x its size (plus room for a short file's macros) is
    # more than any real file needs, and a few lines of doubling macros stay small in memory
    macros = _Macros(month_names, 4 * size + 1024)
    # al-folio files write `selected=true` with no braces; bibtex-ruby reads that as the word.
    macros.update({"true": "true", "false": "false", "yes": "yes", "no": "no"})
    return macros


def _parse_chunk(
    text: str, offset: int, lines: _Lines, macros: Any, path: str | None
) -> tuple[list[_Raw], list[Problem], list[str]]:
    entries: list[_Raw] = []
    problems: list[Problem] = []
    preambles: list[str] = []
    errors: list[PybtexError] = []
    parser = LowLevelParser(text, keyless_entries=False, macros=macros, handle_error=errors.append)
    base_line = lines(offset)
    counted = 0  # errors looked at: a command that added a syntax error was not read to its end
    try:
        for command, body in parser:
            complete = all(isinstance(e, UndefinedMacro) for e in errors[counted:])
            counted = len(errors)
            start = parser.command_start
            kind = command.lower()
            if kind == "string":
                if getattr(macros, "cut", None):
                    problems.append(
                        Problem(
                            f"@string {macros.cut.pop()} is cut: {_MACROS_CUT}",
                            path=path,
                            line=lines(offset + start),
                            kind="invalid-field",
                            severity=Severity.WARNING,
                        )
                    )
                continue
            if kind == "preamble":
                preambles.append("".join(body[0]))
                problems.append(
                    Problem(
                        "@preamble ignored: pubkit keeps no LaTeX preamble",
                        path=path,
                        line=lines(offset + start),
                        text=preambles[-1][:300],
                        kind="ignored",
                        severity=Severity.WARNING,
                    )
                )
                continue
            key, fields = body
            values: dict[str, str] = {}
            for name, parts in fields:
                lower = name.lower()
                if lower in values:
                    problems.append(
                        Problem(
                            f"entry {key}: field {name!r} given twice; the first value is kept",
                            path=path,
                            line=lines(offset + start),
                            text=normalize_whitespace("".join(parts))[:300],
                            kind="duplicate-field",
                            severity=Severity.WARNING,
                        )
                    )
                    continue
                values[lower] = normalize_whitespace("".join(parts))
            end = parser.pos
            entries.append(
                _Raw(command, key, values, lines(offset + start), text, start, end),
            )
            tail = _lost_tail(text, end, key, entries[-1].line, path) if complete else None
            if tail is not None:
                problems.append(tail)
    except (PybtexError, RecursionError) as err:  # the scanner itself gave up
        errors.append(err if isinstance(err, PybtexError) else PybtexError(str(err)))
    starts_lines = [e.line for e in entries]
    undefined: dict[int, list[str]] = {}
    for error in errors:
        line = getattr(error, "lineno", None)
        where = base_line + line - 1 if isinstance(line, int) else base_line
        if isinstance(error, UndefinedMacro):
            # Macros defined in another file (a shared @string file): one problem per entry, not per use.
            index = bisect.bisect_right(starts_lines, where) - 1
            undefined.setdefault(entries[index].line if index >= 0 else where, []).append(str(error.args[0]))
            continue
        context = ""
        if isinstance(error, PybtexSyntaxError):
            try:
                context = error.get_context() or ""
            except Exception:  # pragma: no cover - pybtex context is best effort
                context = ""
        message = str(error)
        if isinstance(error, PrematureEOF):  # an unclosed brace or quote ran to the end of the text
            where, message = (
                base_line + _entry_line(text, error),
                "unbalanced braces: this entry never closes",
            )
        problems.append(
            Problem(f"{_SYNTAX}{message}", path=path, line=where, text=context.strip()[:300], kind="syntax")
        )
    for line, names in undefined.items():
        listed = ", ".join(dict.fromkeys(names))
        problems.append(
            Problem(
                f"undefined @string macro(s) {listed}; read as empty",
                path=path,
                line=line,
                kind="undefined-macro",
                severity=Severity.WARNING,
            )
        )
    return entries, problems, preambles


def _entry_line(text: str, error: PybtexSyntaxError) -> int:
    """0-based line, within `text`, of the command (entry) in which `error` happened."""
    start = getattr(error, "error_context_info", (0,))[0] or 0
    return text.count("\n", 0, start) if isinstance(start, int) else 0


def _read_chunks(
    text: str, starts: Sequence[int], stop: int, lines: _Lines, macros: Any, path: str | None
) -> tuple[list[_Raw], list[Problem], list[str]]:
    """pybtex over `text[starts[0]:stop]` one command at a time (each chunk runs to the next start):
    a broken command is one error with its text, and costs only itself."""
    entries: list[_Raw] = []
    problems: list[Problem] = []
    preambles: list[str] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else stop
        chunk = text[start:end]
        more, trouble, pre = _parse_chunk(chunk, start, lines, macros, path)
        broken = [p for p in trouble if p.message.startswith(_SYNTAX)]
        if broken:  # what pybtex made of a broken entry is partial: the entry is one error with its text
            more = []
            trouble = [p for p in trouble if p not in broken] + [
                attrs.evolve(broken[0], text=chunk.strip()[:300])
            ]
        entries += more
        problems += trouble
        preambles += pre
    return entries, problems, preambles


def _parse_pybtex(text: str, path: str | None) -> tuple[list[_Raw], list[Problem], list[str]]:
    """The reference reading: pybtex over the whole text, or command by command when something broke."""
    lines = _Lines(text)
    entries, problems, preambles = _parse_chunk(text, 0, lines, _new_macros(len(text)), path)
    # An unbalanced brace balanced again entries later makes one entry swallow the next ones silently.
    swallowed = any(_INNER_ENTRY.search(raw.text) for raw in entries)
    if not swallowed and not any(p.message.startswith(_SYNTAX) for p in problems):
        return entries, problems, preambles
    # Something broke: parse again entry by entry, so one bad entry costs only itself.
    starts = [m.end() - 1 for m in _ENTRY_START.finditer(text)]
    return _read_chunks(text, starts, len(text), lines, _new_macros(len(text)), path)


# a field after the white space that follows the entry: matched at the entry's end (one try, linear)
# (and linear in a search too: it starts only where white space starts, at the entry's closing brace)
_TAIL_FIELD = re.compile(r"(?<!\s)\s*(?:,\s*)?(?<![\w\-:+.])[A-Za-z][\w\-:+.]*\s*=")
_NEXT_ENTRY = ("\n\n@", "\n@", "\r\n\r\n@", "\r\n@")  # after an entry: no field can follow
_TAIL_NAMES = re.compile(r"(?:^|,)\s*([A-Za-z][\w\-:+.]*)\s*=")


# a line that starts a command with no entry type BibTeX can read: "@\ufffdarticle{key, ..."
# (a run of other characters before the brace may be long: "@éééé…proceedings{")
_BROKEN_COMMAND = re.compile(r"(?m)^[ \t]*@(?![A-Za-z])[^\s{}]*[^\n{]{0,40}\{")


def _lost_commands(raw: str, line: int, path: str | None) -> list[Problem]:
    """Text between commands that starts like an entry ("@" and a brace) but names no entry type:
    BibTeX skips it as a comment; here it is an error at its line, never a silent loss."""
    return [
        Problem(
            f"an '@' command without an entry type is not read: {raw[m.start() : m.start() + 60].strip()!r}",
            path=path,
            line=line + raw.count("\n", 0, m.start()),
            kind="unreadable-entry",
        )
        for m in _BROKEN_COMMAND.finditer(raw)
    ]


def _lost_tail(text: str, end: int, key: str | None, line: int, path: str | None) -> Problem | None:
    """A problem when the text after an entry's closing brace goes on with `name = value` fields: an
    unbalanced `}` inside a value closed the entry early (BibTeX counts `\\}` too), and BibTeX, biber
    and pybtex all skip what follows up to the next `@`. The lost fields are named."""
    if not _TAIL_FIELD.match(text, end):  # most entries: another entry or free text comes next
        return None
    stop = _ENTRY_START.search(text, end)
    tail = text[end : stop.start() if stop else len(text)].strip()
    blocks = scan("@tail{k" + ("" if tail.startswith(",") else ",") + tail)
    if blocks and blocks[0].kind is BlockKind.ENTRY:
        names = [f.name.lower() for f in blocks[0].fields]
    else:
        names = [n.lower() for n in _TAIL_NAMES.findall(tail)]
    return Problem(
        f"entry {key}: an unbalanced '}}' in a value closes the entry early (BibTeX counts '\\}}' too); "
        f"the fields after it are lost: {', '.join(dict.fromkeys(names))}",
        path=path,
        line=line,
        text=tail[:300],
        kind="syntax",
        severity=Severity.WARNING,
    )


# Enum members as plain names for the loops that read every field and block: `ValueKind.BRACES` is a
# lookup through the enum's class (~0.1 µs).
_BRACES, _QUOTES, _BARE = ValueKind.BRACES, ValueKind.QUOTES, ValueKind.BARE
_ENTRY, _STRING, _PREAMBLE, _ERROR, _TEXT = (
    BlockKind.ENTRY,
    BlockKind.STRING,
    BlockKind.PREAMBLE,
    BlockKind.ERROR,
    BlockKind.TEXT,
)
_PREPRINT, _PUBLISHED, _PREPRINT_VENUE = Status.PREPRINT, Status.PUBLISHED, VenueKind.PREPRINT
_WARNING = Severity.WARNING
# `normal_record` of the records made per entry (or per distinct name), called without its lookup
_NEW_PAPER: Callable[..., Paper] = normal_builder(Paper)
_NEW_SOURCE: Callable[..., Source] = normal_builder(Source)
_NEW_AUTHOR: Callable[..., Author] = normal_builder(Author)
_NEW_IDENTIFIERS: Callable[..., Identifiers] = normal_builder(Identifiers)
_NEW_VENUE: Callable[..., Venue] = normal_builder(Venue)


class _Expander:
    """Field values as pybtex reads them (delimiters off, `@string` macros substituted, `#` parts
    joined, white space collapsed), with all macro text substituted into one file bounded by a
    multiple of its size: `title = a # a # a ...` with a 64 kB macro would otherwise fill memory."""

    def __init__(self, macros: _Macros, budget: int) -> None:
        self.macros = macros
        self.budget = budget
        self.cut = False

    def raw(self, value: str, kind: ValueKind, undefined: list[str], *, macro: bool = False) -> str:
        """A value as written (`kind` says how it is delimited) before white space is collapsed; the
        names of undefined macros go to `undefined`.

        A `@string`'s own value (`macro`) stops just past `MACRO_LIMIT`, where `_Macros` cuts it.
        """
        if kind is _BRACES or kind is _QUOTES:
            return value[1:-1]
        if kind is _BARE:
            if value.isdigit():
                return value
            known = self.macros.find(value)  # one macro: the common case, read without the loop below
            if known is None:
                undefined.append(value)
                return ""
            if not macro and len(known) <= self.budget:
                self.budget -= len(known)
                return known
        out = []
        room = MACRO_LIMIT + 1 if macro else self.budget
        find = self.macros.by_lower.get
        for part in (value,) if kind is _BARE else value_parts(value):  # a bare value is one part
            first = part[:1]
            if first == '"' or first == "{":
                out.append(part[1:-1])
            elif part.isdigit():
                out.append(part)
            else:
                known = find(part.lower())
                if known is None:
                    undefined.append(part)
                    continue
                if len(known) > room:
                    known, self.cut = known[: max(0, room)], not macro
                room -= len(known)
                out.append(known)
        if not macro:
            self.budget = room
        return "".join(out)


def _parse_fast(text: str, path: str | None) -> tuple[list[_Raw], list[Problem], list[str]]:
    """The text read with pubkit's own scanner (`_bibscan`); only the commands it cannot read go
    through pybtex, so the result is the reference reading's wherever the scanner reads an entry."""
    lines = _Lines(text)
    macros = _new_macros(len(text))
    expander = _Expander(macros, 16 * len(text) + MACRO_LIMIT)
    entries: list[_Raw] = []
    problems: list[Problem] = []
    preambles: list[str] = []
    braces, quotes, bare = ValueKind.BRACES, ValueKind.QUOTES, ValueKind.BARE
    entry_kind, string_kind, preamble_kind, error_kind = _ENTRY, _STRING, _PREAMBLE, _ERROR
    names: dict[str, str] = {}  # field names as written -> lower case, one string each
    find = macros.by_lower.get
    # one item at a time, as the scanner finds it: a list of them all would double the peak memory
    items = iter_items(text, field_lines=False, plain_text=False)  # text blocks only with an '@'
    for kind, start, end, line, command, key, fields, _, _ in items:
        if kind is entry_kind:
            values: dict[str, str] = {}
            undefined: list[str] = []
            for field_name, value, value_kind, _ in fields:
                if value_kind is not bare or not value.isdigit():  # a number stays as written
                    if value_kind is braces or value_kind is quotes:
                        value = value[1:-1]
                    elif value_kind is bare and (known := find(value.lower())) is not None:
                        if len(known) <= expander.budget:  # one macro (`journal = jgcd`), inline
                            expander.budget -= len(known)
                            value = known
                        else:
                            value = expander.raw(value, value_kind, undefined)
                    else:
                        value = expander.raw(value, value_kind, undefined)
                    # white space collapsed; most values have none to collapse, which is ~3x faster to
                    # see than to split and join (`_collapsed`'s test, inline: it runs once per field)
                    if not value.isprintable() or "  " in value or value.strip(" ") != value:
                        value = " ".join(value.split())
                lower = names.get(field_name)
                if lower is None:
                    lower = names[field_name] = sys.intern(field_name.lower())
                if lower in values:
                    problems.append(
                        Problem(
                            f"entry {key}: field {field_name!r} given twice; the first value is kept",
                            path=path,
                            line=line,
                            text=value[:300],
                            kind="duplicate-field",
                            severity=Severity.WARNING,
                        )
                    )
                    continue
                values[lower] = value
            entries.append(_Raw(sys.intern(command), key, values, line, text, start, end))
            # (another entry right after: no field can follow, `_lost_tail` is not even asked)
            if not text.startswith(_NEXT_ENTRY, end):
                tail = _lost_tail(text, end, key, line, path)
                if tail is not None:
                    problems.append(tail)
        elif kind is string_kind or kind is preamble_kind:
            undefined = []
            macro_name, value, value_kind, _ = fields[0]
            value = expander.raw(value, value_kind, undefined, macro=kind is string_kind)
            if kind is string_kind:
                macros[macro_name] = value
                if macros.cut:
                    problems.append(
                        Problem(
                            f"@string {macros.cut.pop()} is cut: {_MACROS_CUT}",
                            path=path,
                            line=line,
                            kind="invalid-field",
                            severity=Severity.WARNING,
                        )
                    )
            else:
                preambles.append(value)
                problems.append(
                    Problem(
                        "@preamble ignored: pubkit keeps no LaTeX preamble",
                        path=path,
                        line=line,
                        text=value[:300],
                        kind="ignored",
                        severity=Severity.WARNING,
                    )
                )
        elif kind is error_kind:  # what the scanner cannot read, pybtex reads (or reports)
            starts = [start] + [m.end() - 1 for m in _ENTRY_START.finditer(text, start + 1, end)]
            more, trouble, pre = _read_chunks(text, starts, end, lines, macros, path)
            entries += more
            problems += trouble
            preambles += pre
            continue
        else:
            if kind is _TEXT and text.find("@", start, end) >= 0:  # `_lost_commands` needs an '@'
                problems.extend(_lost_commands(text[start:end], line, path))
            continue
        if undefined:  # (a record in normal form: some files have one per entry)
            message = f"undefined @string macro(s) {', '.join(dict.fromkeys(undefined))}; read as empty"
            problem = normal_record(Problem, message, path, line, "", None, "undefined-macro", _WARNING)
            problems.append(problem)
        if expander.cut:
            expander.cut = False
            problems.append(
                Problem(
                    f"@string macros used here add more than {16 * len(text) + MACRO_LIMIT} characters "
                    "to the file; cut there",
                    path=path,
                    line=line,
                    kind="invalid-field",
                    severity=Severity.WARNING,
                )
            )
    return entries, problems, preambles


# ----------------------------------------------------------------------------------------------
# Reading: raw fields to papers

_ARXIV_IN_TEXT = re.compile(
    r"arxiv(?:\s+preprint)?(?:\s*,)?\s*(?:arxiv\s*)?(?::|\s|abs/)\s*"
    r"(\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z.\-]*(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
    re.IGNORECASE,
)
_STATUS_WORDS = [
    (
        re.compile(r"^(?:under|in)\s+(?:review|submission)(?:\s+(?:at|to|in)\s+(?P<venue>.+))?$", re.I),
        Status.UNDER_REVIEW,
    ),
    (re.compile(r"^submitted(?:\s+(?:to|at)\s+(?P<venue>.+))?$", re.I), Status.SUBMITTED),
    (
        re.compile(
            r"^(?:accepted|to appear|in press|forthcoming)(?:\s+(?:at|to|in|for)\s+(?P<venue>.+))?$", re.I
        ),
        Status.ACCEPTED,
    ),
]


_PUBSTATE = {
    "forthcoming": Status.ACCEPTED,
    "inpress": Status.ACCEPTED,
    "accepted": Status.ACCEPTED,
    "submitted": Status.SUBMITTED,
    "underreview": Status.UNDER_REVIEW,
    "prepublished": Status.PREPRINT,
}
_STATUS_NOTE = {
    Status.ACCEPTED: "Accepted",
    Status.SUBMITTED: "Submitted",
    Status.UNDER_REVIEW: "Under review",
}
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]|[A-Z][a-z]{1,4})$")  # "Phys", "Rev", "J", "A" before a period
_AWARD_NOTE = re.compile(r"^Awards?:\s*(?P<names>.+?)\.?$")
_EQUAL_NOTE = re.compile(r"^Equal contribution:\s*(?P<names>.+?)\.?$")
_ALSO_NOTE = re.compile(r"^Also at\s+(?P<venues>.+?)\.?$")
_ACRONYM = re.compile(r"^(?P<name>.*\S)\s*\((?P<acronym>[^()]{1,40})\)$")
_ACRONYM_WORD = re.compile(r"^[A-Z0-9][A-Za-z0-9&@'.+/\-]*$")
_ANNOTATIONS = {
    "equal": "equal_contribution",
    "equalcontribution": "equal_contribution",
    "corresponding": "corresponding",
    "highlight": "is_owner",
    "me": "is_owner",
    "owner": "is_owner",
    "equaladvising": "equal_advising",
    "equal-advising": "equal_advising",
}
_URLISH = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://\S+|[\w.\-/]+\.[A-Za-z0-9]{1,5}|[\w.\-]*/[\w.\-/]*)$")
_CONSUMED = _words(
    "title author author+an year date month journal journaltitle booktitle eventtitle school "
    "institution howpublished publisher volume number issue pages abstract note doi url isbn eprint "
    "archiveprefix eprinttype arxiv abbr award award_name prize selected pubstate"
)


def _verbatim_field(name: str, value: str) -> bool:
    """A link or file name that tools read raw (al-folio's `pdf`, `code`, `preview`): not LaTeX text.

    Fields styles print (`address`, `series`, ...) are always text, whatever they look like.
    """
    printed = name in _BIBTEX_STANDARD or name in _BIBLATEX_STANDARD
    return (not printed or name in ("url", "doi", "file", "eprint", "urldate")) and bool(_URLISH.match(value))


@lru_cache(maxsize=65536)
def _decode_plain(value: str) -> str:
    """`latex_to_text` of a value the reader collapsed (a field, or a name's words joined by one
    space): a plain one, most of them, is its own text. Cached, plain ones too: venues, publishers,
    addresses, editors repeat across entries (macros, crossref targets), and a look-up costs less
    than `is_plain`'s test."""
    return value if is_plain(value) else latex_to_text(value)


def _acronym_like(text: str) -> bool:
    words = text.split()
    if not words or not all(_ACRONYM_WORD.match(w) for w in words):
        return False
    first = words[0]
    return sum(c.isupper() or c.isdigit() for c in first) >= 2


def _ends_with_word(text: str, word: str) -> bool:
    """`re.search(rf"(?<!\\w){re.escape(word)}$", text)` without compiling a pattern per word: `text`
    ends with `word` (or with `word` and a line break), not right after a word character."""
    if text.endswith("\n") and not text.endswith(word):
        text = text[:-1]
    if not text.endswith(word):
        return False
    before = text[-len(word) - 1 : -len(word)]
    return not (before.isalnum() or before == "_")


@lru_cache(maxsize=16384)
def _split_label(label: str, acronym: str | None) -> tuple[str, str | None]:
    """`Name (ACR)` as name and acronym, when the parenthesis is an acronym or repeats the end of the
    name's words with capitals (`Conference on Big Data (Big Data)`, as biblatex output writes it)."""
    if not label.endswith((")", ")\n")):  # what `_ACRONYM` needs at the end: most names, at once
        return label, acronym
    match = _ACRONYM.match(label)
    if not match:
        return label, acronym
    short, name = match["acronym"], match["name"]
    repeats = short[:1].isupper() and _ends_with_word(name, short)
    if short == acronym or (acronym is None and (_acronym_like(short) or repeats)):
        return name, short
    return label, acronym


_TYPE_KINDS = {
    "article": VenueKind.JOURNAL,
    "periodical": VenueKind.JOURNAL,
    "inproceedings": VenueKind.CONFERENCE,
    "conference": VenueKind.CONFERENCE,
    "proceedings": VenueKind.CONFERENCE,
    "mvproceedings": VenueKind.CONFERENCE,
    "incollection": VenueKind.BOOK,
    "inbook": VenueKind.BOOK,
    "book": VenueKind.BOOK,
    "mvbook": VenueKind.BOOK,
    "bookinbook": VenueKind.BOOK,
    "collection": VenueKind.BOOK,
    "phdthesis": VenueKind.THESIS,
    "mastersthesis": VenueKind.THESIS,
    "thesis": VenueKind.THESIS,
    "techreport": VenueKind.REPORT,
    "report": VenueKind.REPORT,
}


def _type_kind(entry_type: str) -> VenueKind:
    return _TYPE_KINDS.get(entry_type, VenueKind.OTHER)


def _persons(value: str, problems: list[Problem], where: dict[str, Any]) -> Sequence[Author]:
    authors, errors = _people(value)
    for error in errors:
        problems.append(Problem(f"name: {error}", text=value[:300], **where, **_WARN))
    return authors  # the cached tuple: records are frozen, and the paper takes a tuple as it is


@lru_cache(maxsize=65536)
def _people(value: str) -> tuple[tuple[Author, ...], tuple[str, ...]]:
    """An author list's people and pybtex's complaints about them; cached, as lists repeat across entries."""
    authors: list[Author] = []
    errors: list[str] = []
    if value and ("{" not in value or (_FLAT_BRACES.fullmatch(value) and not _AND_IN_GROUP.search(value))):
        names = [n.strip() for n in _AND.split(value)]
    else:
        names = split_name_list(value)
    for raw in names:
        author, complaints = _person_of(raw)
        if complaints:
            errors += complaints
        if author is not None:
            authors.append(author)
    return tuple(authors), tuple(errors)


_AND = re.compile(" [Aa][Nn][Dd] ")  # pybtex's `split_name_list` separator, for lists without braces
# `split_name_list` splits at the separators outside braces: a list whose brace groups are one level deep,
# closed and free of separators (`M{\"u}ller, J. and K. {van Dam}`) splits the same everywhere.
_FLAT_BRACES = re.compile(r"[^{}]*(?:\{[^{}]*\}[^{}]*)*")
_AND_IN_GROUP = re.compile(r"\{[^{}]* [Aa][Nn][Dd] [^{}]*\}")
_PLAIN_NAME = re.compile(r"[^{}\\~,]*,?[^{}\\~,]*")  # no braces, escapes or ties; at most one comma
# A name whose LaTeX stays inside its words (`M{\"u}ller`, `G\'{o}mez`): braces (two deep at most) and
# escapes with no space, comma or tie in them, and no tie; at most one comma outside braces. pybtex
# splits it into words where `str.split` does.
_TEX_NAME_PART = r"(?:[^{}\\~,\s]|\s|\\[^{}\s~,]|\{(?:[^{}\s,~]|\{[^{}\s,~]*\})*\})*"
_TEX_NAME = re.compile(rf"{_TEX_NAME_PART},?{_TEX_NAME_PART}")
# A name whose brace groups are one level deep, hold no LaTeX, tie or comma and may hold spaces
# (`R {La Joie}`, `J {van de Pol}`); at most one comma outside them. pybtex's words are split at the
# spaces outside the groups.
_GROUPED_PART = r"(?:[^{}\\~,]|\{[^{}\\~,]*\})*"
_GROUPED_NAME = re.compile(rf"{_GROUPED_PART},?{_GROUPED_PART}")
_GROUPED_WORD = re.compile(r"(?:[^\s{}]|\{[^{}]*\})+")
_GROUP = re.compile(r"\{[^{}]*\}")


def _plain_name(raw: str) -> tuple[str, str] | None:
    """(first + middle, von + last) as pybtex's `Person` splits a name with no braces, escapes or ties
    (or only those of `_TEX_NAME`) and at most one comma: in "von Last, First Middle" every word before
    the comma is the family name; in "First Middle von Last" it runs from the first word BibTeX reads
    as lower case ("van", "de la", `{D}i`) to the end, or it is the last word. None for any other name,
    and for a word with LaTeX before its first letter (`{\"O}zt{\"u}rk`: pybtex's rules for those are
    left to pybtex). Equal to `Person` on every such name of the eight real collections (tests)."""
    if not _PLAIN_NAME.fullmatch(raw) and not _TEX_NAME.fullmatch(raw):
        return _grouped_name(raw) if _GROUPED_NAME.fullmatch(raw) else None
    family, comma, given = raw.partition(",")
    words = family.split()
    if not words:
        return None
    if comma:
        return " ".join(given.split()), " ".join(words)
    return _first_last(words)


def _first_last(words: list[str]) -> tuple[str, str] | None:
    """(first + middle, von + last) of the words of a "First Middle von Last" name; None when a word
    starts with LaTeX before its first letter."""
    start = len(words) - 1
    for index, word in enumerate(words):
        first = word[0]
        if first.isupper():
            continue
        if not first.islower():
            lower = _lower_outside_groups(word)
            if lower is None:
                return None
            if not lower:
                continue
        start = index  # pybtex's `is_von_name`: the first letter (outside brace groups) is lower case
        break
    return " ".join(words[:start]), " ".join(words[start:])


def _lower_outside_groups(word: str) -> bool | None:
    """Whether the first letter of `word` outside its brace groups is lower case, as pybtex's
    `is_von_name` reads a word that does not start with a letter; None for LaTeX or nested groups."""
    outside = _GROUP.sub("", word) if "{" in word else word
    if "\\" in word or "{" in outside or "}" in outside:
        return None
    return next((c.islower() for c in outside if c.isalpha()), False)


# What makes a name not plain for `_simple_name`: LaTeX (as `is_plain` sees it), braces or ties.
_NOT_SIMPLE_NAME = re.compile(r"[{}\\~$%]|--|``|''|[?!]`|  ")


def _simple_name(raw: str) -> tuple[str, str] | None:
    """`_plain_name(raw)` for a name that is its own text (printable, no LaTeX, braces or ties, single
    spaces, at most one comma): (given, family); None for any other name."""
    # letters, spaces, commas and periods (most names): printable, and none of the pattern's LaTeX
    letters = raw.replace(" ", "").replace(",", "").replace(".", "").isalpha()
    if not letters and (not raw or not raw.isprintable() or _NOT_SIMPLE_NAME.search(raw)):
        return None
    if "  " in raw or raw.strip(" ") != raw:
        return None
    family, comma, given = raw.partition(",")
    if comma:
        family, given = family.strip(), given.strip()
        return None if not family or "," in given else (given, family)
    given, _, family = raw.rpartition(" ")  # (the last word is the family name in any case)
    for word in given.split(" ") if given else ():  # a loop, not `all(...)`: no generator per name
        if not word[0].isupper():
            return _plain_name(raw)
    return given, family


def _grouped_name(raw: str) -> tuple[str, str] | None:
    """`_plain_name` for a name of `_GROUPED_NAME` (brace groups with spaces, no LaTeX), split as pybtex's
    `Person` splits it (words at the spaces outside the groups)."""
    family, comma, given = raw.partition(",")
    words = _GROUPED_WORD.findall(family)
    if not words:
        return None
    if comma:
        return " ".join(_GROUPED_WORD.findall(given)), " ".join(words)
    return _first_last(words)


@lru_cache(maxsize=65536)
def _person_of(raw: str) -> tuple[Author | None, tuple[str, ...]]:
    """One name through pybtex's `Person` (von / last / jr / first), decoded; cached, as people repeat.
    None for BibTeX's "others" (et al., not a person) and for an empty name."""
    if raw.strip().lower() == "others":
        return None, ()
    plain = _simple_name(raw)
    if plain is not None:  # most names: `_plain_name`'s split of a name with no LaTeX, on single spaces
        given, family = plain
        # `Author.from_parts(given, family)` without its joins, converters and validator (the parts
        # are words joined by single spaces, the family name never empty)
        name = f"{given} {family}" if given else family
        return _NEW_AUTHOR(name, given, family, "", False, False, False, False), ()
    plain = _plain_name(raw)
    complaints: tuple[str, ...] = ()
    if plain is not None and is_plain(raw):  # split on single spaces already: nothing to decode
        given, family = plain
        # `Author.from_parts(given, family)` without its joins, converters and validator (the parts
        # are words joined by single spaces, the family name never empty): most people of a file
        name = f"{given} {family}" if given else family
        return _NEW_AUTHOR(name, given, family, "", False, False, False, False), complaints
    if plain is not None:
        given, family, suffix = _decode_plain(plain[0]), _decode_plain(plain[1]), ""
    else:
        with pybtex.errors.capture() as errors:
            person = Person(raw)
        given = _decode_plain(" ".join(person.first_names + person.middle_names))
        family = _decode_plain(" ".join(person.prelast_names + person.last_names))
        suffix = _decode_plain(" ".join(person.lineage_names))
        complaints = tuple(str(e) for e in errors)
    if not (given or family):
        return None, complaints
    if not family:
        given, family = "", given
    if not suffix and _collapsed(family) and (not given or _collapsed(given)):  # (decoded text is)
        name = f"{given} {family}" if given else family  # `Author.from_parts`, as above
        return _NEW_AUTHOR(name, given, family, "", False, False, False, False), complaints
    return Author.from_parts(given, family, suffix=suffix), complaints


def _annotate(authors: list[Author], annotation: str) -> list[Author]:
    flags: dict[int, dict[str, Any]] = {}
    for item in annotation.split(";"):
        if "=" not in item:
            continue
        position, _, names = item.partition("=")
        position = position.strip()
        if not position.isdigit():
            continue  # "1:family=..." part annotations carry nothing pubkit keeps
        index = int(position) - 1
        for name in names.split(","):
            flag = _ANNOTATIONS.get(name.strip().lower())
            if flag and 0 <= index < len(authors):
                flags.setdefault(index, {})[flag] = True
    return [attrs.evolve(a, **flags[i]) if i in flags else a for i, a in enumerate(authors)]


_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?!\d)")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_YEARS: dict[int, int] = {}  # one int object per year, not one per paper (10^5 papers: 2.8 MB)
# A match never starts inside a run of white space (as `sub` and `split` take it anyway: a match
# starting there would start where the run starts), which keeps `search` linear over 10^5 spaces.
_PAGE_DASH = re.compile(r"(?:(?!\s)|(?<!\s))\s*[-–—]+\s*")
_SENTENCE_END = re.compile(r"\.\s+")
_VOLUME_ARXIV = re.compile(r"^abs/(\S+)$")


#: Pages of letters, digits and dashes (most): their LaTeX is dashes only, which `_PAGE_DASH` makes "-".
_PLAIN_PAGES = re.compile(r"[0-9A-Za-z .,:;/+()-]*")
#: Pages with one run of dashes and no space (`377--390`): `_PAGE_DASH.sub` in one match.
_ONE_DASH = re.compile(r"(?<![^\s\-–—])([^\s\-–—]*)-+([^\s\-–—]*)")  # (starts only where a run does)


#: Plain pages with one run of dashes and no space (`377--390`, most): both of the above in one match
#: (it starts only where a run of its characters does: a search is linear too).
_PLAIN_RANGE = re.compile(r"(?<![0-9A-Za-z.,:;/+()-])([0-9A-Za-z.,:;/+()]*)-+([0-9A-Za-z.,:;/+()]*)")


def _pages(value: str) -> str | None:
    """A `pages` field decoded, its dashes (and the spaces around them) one "-"; None when empty."""
    if value.isdigit():  # one page, as it is
        return value
    plain_range = _PLAIN_RANGE.fullmatch(value)
    if plain_range is not None:
        return f"{plain_range[1]}-{plain_range[2]}"
    pages = value if _PLAIN_PAGES.fullmatch(value) else _decode_plain(value)  # (collapsed by the reader)
    if not pages:
        return None
    dashed = _ONE_DASH.fullmatch(pages)
    if dashed is not None:
        return f"{dashed[1]}-{dashed[2]}"
    if "-" not in pages and "–" not in pages and "—" not in pages:
        return pages
    return _PAGE_DASH.sub("-", pages)


def _abstract(value: str) -> str:
    """An abstract decoded without a cache entry (abstracts do not repeat); a plain one as it is."""
    return value if is_plain(value) else decode_once(value, spans=False)[0]


def _number(value: str) -> str:
    """A volume or number decoded (digits, the common case, as they are)."""
    return value if value.isdigit() else _decode_plain(value)


def _year_month(fields: dict[str, str], notes: list[str]) -> tuple[int | None, int | None]:
    """Year and month from `date`, `year` and `month`; a value that is no year or month is a note."""
    year = month = None
    date = fields.get("date")
    match = _DATE.match(date) if date else None
    if match:
        year = int(match[1])
        month = int(match[2]) if match[2] and 1 <= int(match[2]) <= 12 else None
    elif date and date.strip():
        notes.append(f"date {date[:40]!r} is not a date; kept as an extra field")
    raw_year = fields.get("year", "")
    if len(raw_year) == 4 and raw_year.isascii() and raw_year.isdigit():  # most: `_YEAR`'s match, whole
        year = int(raw_year)
    elif match := _YEAR.search(raw_year):
        year = int(match[0])
    elif raw_year.strip() and any(c.isdigit() for c in raw_year):  # `20201`, `99`: not coerced into a year
        notes.append(f"year {raw_year[:40]!r} is not a year; kept as an extra field")
    if "month" in fields:
        found = month_number(_decode_plain(fields["month"]))
        if found is None and fields["month"].strip():
            notes.append(f"month {fields['month'][:40]!r} is not a month; kept as an extra field")
        month = found or month
    return (_YEARS.setdefault(year, year) if year and year > 0 else None), month


@attrs.define
class _Note:
    """A note taken apart into the sentences pubkit writes and the user's own text."""

    status: Status | None = None
    venue: str | None = None
    status_text: str = ""
    awards: list[str] = attrs.Factory(list)
    equal: list[str] = attrs.Factory(list)
    also: list[Venue] = attrs.Factory(list)
    rest: str | None = None


_NO_NOTE = _Note()  # an entry without a note: never changed (only a note with a venue is)


def _note_parts(note: str) -> _Note:
    """Split a note into the sentences pubkit writes (status, awards, equal contribution, other venues)."""
    found = _Note()
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(note):
        if pieces and _ABBREVIATION.search(pieces[-1]) and " " not in piece.strip():  # "Phys. Rev. B"
            pieces[-1] += ". " + piece
        else:
            pieces.append(piece)
    index = 0
    while index < len(pieces):
        piece = pieces[index].strip()
        bare = piece[:-1] if piece.endswith(".") else piece
        status = next(((p.match(bare), s) for p, s in _STATUS_WORDS if p.match(bare)), None)
        if status and found.status is None and status[0] is not None:
            found.status, found.venue, found.status_text = status[1], status[0]["venue"], piece
        elif match := _AWARD_NOTE.match(piece):
            found.awards += [a.strip() for a in match["names"].split(";") if a.strip()]
        elif match := _EQUAL_NOTE.match(piece):
            found.equal += [n.strip() for n in re.split(r",|\band\b", match["names"]) if n.strip()]
        elif match := _ALSO_NOTE.match(piece):
            found.also += [_venue_from_text(v) for v in match["venues"].split("; ") if v.strip()]
        else:
            break
        index += 1
    found.rest = ". ".join(pieces[index:]).strip() or None
    return found


@lru_cache(maxsize=16384)
def _name_status(name: str) -> tuple[Status | None, str]:
    """A venue field that is a status ("Submitted to X", "To appear"): the status and the venue left."""
    for pattern, found in _STATUS_WORDS:
        match = pattern.match(name)
        if match:
            return found, match["venue"] or ""
    return None, name


@lru_cache(maxsize=16384)
def _venue(name: str, acronym: str | None, kind: VenueKind, publisher: str | None) -> Venue:
    """One record per distinct venue: thousands of entries share it (records are frozen). Its text in
    normal form already (most: the reader collapsed it), it is made without the converters."""
    if (
        _collapsed(name)
        and (acronym is None or _collapsed(acronym))
        and (publisher is None or _collapsed(publisher))
    ):
        return _NEW_VENUE(name, acronym, kind, publisher, None)
    return Venue(name, acronym, kind, publisher=publisher)


def _collapsed(text: str) -> bool:
    """Whether `text` is non-empty and its white space collapsed (`" ".join(text.split()) == text`): every
    white space character but " " is unprintable."""
    return bool(text) and text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " "


_TYPE_DECIDES = frozenset(("phdthesis", "mastersthesis", "thesis", "techreport", "report"))


@lru_cache(maxsize=16384)
def _printed_venue(
    name: str, acronym: str | None, entry_type: str, publisher: str | None, talk: bool
) -> Venue:
    """The venue an entry's venue field names: acronym split off, kind from the wording (a thesis or
    a report: from the entry type; a `misc` of type talk: a talk); one lookup for the entries sharing it."""
    name, acronym = _split_label(name, acronym)
    kind = _type_kind(entry_type)
    if entry_type not in _TYPE_DECIDES:
        kind = guess_kind(name, kind)
        if kind is VenueKind.OTHER and talk:
            kind = VenueKind.TALK
    return _venue(name, acronym, kind, publisher)


def _venue_from_text(text: str) -> Venue:
    match = re.match(r"^(?P<label>.*?)(?:, (?P<year>\d{4}))?$", text.strip())
    label, year = (match["label"], match["year"]) if match else (text, None)
    name, acronym = _split_label(label, None)
    return Venue(name, acronym, guess_kind(name), year=int(year) if year else None)


_NO_IDENTIFIERS = Identifiers()
_BARE_DOI = re.compile(DOI_PATTERN)  # a DOI with no prefix or white space: `Identifiers` keeps it as it is


def _identifiers(
    fields: dict[str, str], extra: dict[str, str], problems: list[Problem], where: dict[str, Any]
) -> tuple[Identifiers, str | None]:
    """Identifiers from doi / url / isbn / eprint / arxiv / journal, and the arXiv id found in a venue."""
    doi = fields.get("doi")
    if doi and "\\" in doi:  # `8\\_13` from tools that escape DOIs as text
        doi = _decode_plain(doi)
    url = fields.get("url")
    isbn = _decode_plain(fields["isbn"]) if "isbn" in fields else None
    arxiv = None
    eprint_type = (fields.get("archiveprefix") or fields.get("eprinttype") or "").lower()
    if "arxiv" in fields:
        arxiv = fields["arxiv"].strip()
    elif "eprint" in fields and eprint_type in ("arxiv", "") and arxiv_id(fields["eprint"]):
        arxiv = fields["eprint"].strip()
    elif "eprint" in fields:
        extra["eprint"] = fields["eprint"]
        if eprint_type:
            extra["eprinttype"] = eprint_type
    venue_arxiv = None  # an arXiv id written as the venue ("arXiv preprint arXiv:2001.00001")
    for name in ("journal", "journaltitle", "booktitle", "howpublished", "volume", "note"):
        raw = fields.get(name)
        if not raw or ("x" not in raw and "X" not in raw and (name != "volume" or "/" not in raw)):
            continue  # no "arXiv" and no "abs/...": decoding LaTeX adds no letter x and no slash
        value = _decode_plain(raw)
        match = _ARXIV_IN_TEXT.search(value) or (name == "volume" and _VOLUME_ARXIV.match(value))
        if match:
            if arxiv is None:
                arxiv = match[1]
            if name == _venue_field(fields):
                venue_arxiv = match[1]
            break
    if arxiv is None:
        arxiv = arxiv_id(url) or arxiv_id(doi)
    if doi is None and arxiv is None and url is None and isbn is None:
        return _NO_IDENTIFIERS, venue_arxiv  # records are frozen: papers without any share one
    if arxiv is None and (doi is None or _BARE_DOI.fullmatch(doi)):
        # most: what the converters make of a bare DOI and of collapsed text, and what the validators accept
        return _NEW_IDENTIFIERS(doi, None, url or None, isbn or None), venue_arxiv
    try:
        return Identifiers(doi, arxiv, url, isbn), venue_arxiv
    except ValueError:
        pass  # which one is wrong: that one is kept as an extra field
    values = {"doi": doi, "arxiv": arxiv, "url": url, "isbn": isbn}
    for name in ("doi", "arxiv"):
        if values[name] is None:
            continue
        try:
            Identifiers(**{name: values[name]})
        except ValueError as err:
            problems.append(Problem(f"{name}: {err}; kept as an extra field", **where, **_WARN))
            extra[name] = values[name] or ""
            values[name] = None
    return Identifiers(**values), venue_arxiv


def _entry_to_paper(raw: _Raw, owner: str | None, path: str | None, problems: list[Problem]) -> Paper | None:
    where: dict[str, Any] = {"path": path, "line": raw.line}
    fields = raw.fields
    entry_type = raw.type.lower()
    if entry_type not in _KNOWN_TYPES:
        problems.append(
            Problem(
                f"unknown entry type @{raw.type} (key {raw.key}); read as 'other'",
                **where,
                kind="unknown-type",
                severity=Severity.WARNING,
            )
        )
    title_source = fields.get("title", "")
    if len(title_source) <= _LONGEST_TITLE:
        # titles seldom repeat: no cache entry; a plain one (collapsed by the reader) is its own text
        title, spans = (title_source, ()) if is_plain(title_source) else decode_once(title_source)
    else:  # a data dump, not a title: its brace groups are not worth a span each
        title, spans = _decode_plain(title_source), ()
    venue_field = _venue_field(fields)
    if not title and (title_source.strip() or not fields.get("author") or venue_field not in _JOURNAL_FIELDS):
        problems.append(
            Problem(
                f"entry {raw.key or '?'} (@{raw.type}) has no title; skipped", text=raw.text[:300], **where
            )
        )
        return None
    if not title:  # "Firsov, O. B., Zh. Eksp. Teor. Fiz. 36, 1517 (1959)": kept, as printed
        message = f"entry {raw.key or '?'} (@{raw.type}) {NO_TITLE}"
        problems.append(Problem(message, **where, kind="no-title", severity=Severity.WARNING))
    extra: dict[str, str] = {}
    for name, value in fields.items():
        # a second venue field (eventtitle beside booktitle, institution beside school) is kept too
        if name not in _CONSUMED or (name in _VENUE_FIELD_SET and name != venue_field):
            # (a link or file name has no space: most values are text without the pattern's look)
            verbatim = " " not in value and _verbatim_field(name, value)
            extra[name] = value if verbatim else _decode_plain(value)
    phrases = protected_phrases(title, spans) if spans and len(title) <= _LONGEST_TITLE else []
    if phrases:  # sorted: writing them back may protect them in another order
        extra[PROTECT_KEY] = remember_phrases(phrases)
    if entry_type == "mastersthesis":
        extra["entrytype"] = entry_type  # the thesis kind; pubkit's model only says "thesis"
    if entry_type not in _KNOWN_TYPES or (entry_type in _VOLUME_TYPES and not venue_field):
        extra["entrytype"] = (
            entry_type  # written back as it came: a whole volume, or a type pubkit does not know
        )
    authors = _persons(fields.get("author", ""), problems, where)
    if "author+an" in fields:
        authors = _annotate(list(authors), fields["author+an"])
    notes: list[str] = []
    year, month = _year_month(fields, notes)
    for note in notes:
        problems.append(Problem(note, text=raw.text[:300], **where, **_WARN))
        extra[note.split()[0]] = _decode_plain(fields[note.split()[0]])
    if fields.get("year") and year is None:
        extra["year"] = _decode_plain(fields["year"])
    identifiers, venue_arxiv = _identifiers(fields, extra, problems, where)

    note_text = _decode_plain(fields["note"]) if "note" in fields else ""
    parts = _note_parts(note_text) if note_text else _NO_NOTE
    status = parts.status or _PUBSTATE.get(fields.get("pubstate", "").strip().lower())

    # The venue: which field holds it depends on the entry type.
    acronym = _decode_plain(fields["abbr"]) if "abbr" in fields else None
    name = _decode_plain(fields[venue_field]) if venue_field else ""
    if not name and parts.venue:
        name = parts.venue
    elif parts.venue:  # "Submitted to Phys. Rev. B" beside a printed venue: the sentence stays in the note
        parts.rest = ". ".join(x for x in (parts.status_text, parts.rest) if x)
    publisher = _decode_plain(fields["publisher"]) if "publisher" in fields else None
    venues: list[Venue] = []
    name_status, name = _name_status(name)
    status = status or name_status
    if venue_arxiv or (
        not name and identifiers.arxiv and entry_type in ("online", "misc", "unpublished", "article")
    ):
        name, status = "arXiv", status or Status.PREPRINT
        if acronym and acronym.lower() in ("arxiv", "preprint"):
            acronym = None
    if entry_type == "unpublished" and status is None:
        status = Status.SUBMITTED
    if name:
        talk = entry_type == "misc" and fields.get("type", "").lower() == "talk"
        try:
            venues.append(_printed_venue(name, acronym, entry_type, publisher, talk))
        except ValueError as err:  # pragma: no cover - a name is always there
            problems.append(Problem(f"venue: {err}", **where, **_WARN))
    elif acronym and acronym.lower() not in ("preprint", "arxiv"):
        extra["abbr"] = acronym
    if publisher and not venues:
        extra["publisher"] = publisher
    if parts.also:
        venues += parts.also
    if status is None:
        status = _PREPRINT if venues and venues[0].kind is _PREPRINT_VENUE else _PUBLISHED

    awards = []
    for field_name in ("award", "award_name", "prize"):
        if fields.get(field_name):
            awards = [a.strip() for a in _decode_plain(fields[field_name]).split(";") if a.strip()]
            break
    for award in parts.awards:
        if award not in awards:
            awards.append(award)
    if parts.equal:
        wanted = {initials_key(n) for n in parts.equal}
        authors = [
            attrs.evolve(a, equal_contribution=True) if a.initials_key in wanted else a for a in authors
        ]

    venue = venues[0] if venues else None
    natural = _natural_type_of(venue, status, identifiers.arxiv, latex=False)
    printed = venue is not None and venue.kind is not _PREPRINT_VENUE
    if (
        entry_type != natural
        and (natural != "unpublished" or printed)
        and entry_type != _natural_type_of(venue, status, identifiers.arxiv, latex=True)
    ):
        # (a submitted @article whose journal field only said "Under review" is written @unpublished)
        # the writer would choose another type: remember this one so that it is written back
        extra["entrytype"] = entry_type
    number = fields.get("number") or fields.get("issue")
    # Every value is in the model's normal form (text collapsed as the reader and the decoder collapse
    # it, "" as None, tuples of records, a year in 1..9999, a month in 1..12, extra fields as sorted
    # pairs): the paper is assembled without the converters and validators (a tenth of reading a file;
    # tests check `attrs.evolve(paper) == paper` on every paper of the real collections).
    paper = _NEW_PAPER(
        title,
        tuple(authors),
        tuple(venues),
        year,
        status,
        tuple(Award(a) for a in awards) if awards else (),
        identifiers,
        _NEW_SOURCE(path, raw.line, None, None, raw.key),
        (),
        (_number(fields["volume"]) or None) if "volume" in fields else None,
        (_number(number) or None) if number else None,
        _pages(fields["pages"]) if "pages" in fields else None,
        month,
        (_abstract(fields["abstract"]) or None) if "abstract" in fields else None,
        parts.rest,
        fields.get("selected", "").strip().lower() in ("true", "yes", "1"),
        tuple(sorted(extra.items())),
    )
    return paper.with_owner(owner) if owner else paper


#: Fields of a crossref target that are its own, not the volume's: website fields and keys.
_NOT_INHERITED = _words("crossref key ids abbr award award_name prize selected arxiv")


def _inherit(entries: list[_Raw]) -> None:
    """Resolve `crossref`: missing fields come from the referenced entry (its title as booktitle)."""
    referring = [e for e in entries if "crossref" in e.fields]
    if not referring:  # most files: no index of every key to build
        return
    by_key = {e.key.lower(): e for e in entries if e.key}
    for entry in referring:
        target = by_key.get(entry.fields.get("crossref", "").strip().lower())
        if target is None or target is entry:
            continue
        for name, value in target.fields.items():
            if name == "title" and target.type.lower() in (
                "proceedings",
                "book",
                "mvproceedings",
                "collection",
            ):
                name = "booktitle"
            if name not in entry.fields and name not in _NOT_INHERITED:
                entry.fields[name] = value


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read BibTeX or biblatex text; entries that cannot be read become problems with their line."""
    return _read(text, path, owner, _parse_fast)


def _read_pybtex(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """`read` through pybtex alone: the reference the fast path is compared with (tests, benchmarks)."""
    return _read(text, path, owner, _parse_pybtex)


def _read(
    text: str,
    path: str | None,
    owner: str | None,
    parse: Callable[[str, str | None], tuple[list[_Raw], list[Problem], list[str]]],
) -> Bibliography:
    # Reading allocates millions of small acyclic objects; the cyclic collector would walk the growing
    # heap again and again (a third of the time on a 27 MB file): paused while reading, as mypy does.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _read_entries(text, path, owner, parse)
    finally:
        if paused:
            gc.enable()


def _read_entries(
    text: str,
    path: str | None,
    owner: str | None,
    parse: Callable[[str, str | None], tuple[list[_Raw], list[Problem], list[str]]],
) -> Bibliography:
    entries, problems, _ = parse(text, path)
    _inherit(entries)
    papers: list[Paper] = []
    first_line: dict[str, int] = {}
    entries.reverse()
    while entries:  # each raw entry let go once read: raw entries and papers are not all held at once
        raw = entries.pop()
        if raw.key is not None:
            seen = first_line.get(raw.key.lower())
            if seen is not None:
                problems.append(
                    Problem(
                        f"duplicate key {raw.key!r} (first at line {seen}); both entries kept",
                        path=path,
                        line=raw.line,
                        kind="duplicate-key",
                        severity=Severity.WARNING,
                    )
                )
            else:
                first_line[raw.key.lower()] = raw.line
        paper = _entry_to_paper(raw, owner, path, problems)
        if paper is not None:
            papers.append(paper)
    problems.sort(key=lambda p: p.line or 0)
    return Bibliography(papers, problems=problems, owner=owner)


# ----------------------------------------------------------------------------------------------
# Writing

_BIBTEX_STANDARD = _words(
    "address annote author booktitle chapter crossref edition editor howpublished institution journal "
    "key month note number organization pages publisher school series title type volume year doi url "
    "isbn issn eprint archiveprefix primaryclass abstract keywords"
)
_BIBLATEX_STANDARD = _words(
    "abstract addendum afterword annotation annotator author authortype bookauthor bookpagination "
    "booksubtitle booktitle booktitleaddon chapter commentator date doi edition editor editora "
    "editorb editorc editortype eid entrysubtype eprint eprintclass eprinttype eventdate eventtitle "
    "eventtitleaddon file foreword holder howpublished indextitle institution introduction isan isbn "
    "ismn isrn issn issue issuesubtitle issuetitle iswc journalsubtitle journaltitle label language "
    "library location mainsubtitle maintitle maintitleaddon month nameaddon note number organization "
    "origdate origlanguage origlocation origpublisher origtitle pages pagetotal pagination part "
    "publisher pubstate reprinttitle series shortauthor shorteditor shorthand shorthandintro "
    "shortjournal shortseries shorttitle subtitle title titleaddon translator type url urldate venue "
    "version volume volumes year keywords crossref xref entryset related options ids"
)
_MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_\-+:.]*$")


_WORD_START_ESCAPE = re.compile(r"(^|\s)\{(\\text[a-z]+)\}")


def _name_latex(text: str, *, unicode: bool) -> str:
    """A name part as LaTeX; a word starting with an escaped character gets `\\textbackslash{}`, not
    `{\\textbackslash}`, whose brace group biber's initials cut in half (`familyi={}\\bibinitperiod}`)."""
    return _WORD_START_ESCAPE.sub(r"\1\2{}", encode(text, unicode=unicode))


def _person(author: Author, unicode: bool) -> str:
    def part(text: str) -> str:
        value = _name_latex(text, unicode=unicode)
        if "," in text or re.search(r"\band\b", text, re.IGNORECASE):
            return "{" + value + "}"
        return value

    family = author.family or author.name
    family_out = part(family)
    words = family.split()
    # "Sampaio de Rezende": a capitalised word before a particle would be read as a given name part
    # by some tools, so the whole family name is grouped; "van der Berg" stays open for von rules.
    if len(words) > 1 and words[0][:1].isupper() and any(w[:1].islower() for w in words[1:]):
        family_out = "{" + _name_latex(family, unicode=unicode) + "}"
    if not author.given and not author.suffix:
        return "{" + _name_latex(family, unicode=unicode) + "}" if len(words) > 1 else family_out
    if author.suffix:
        return f"{family_out}, {part(author.suffix)}, {part(author.given)}"
    return f"{family_out}, {part(author.given)}"


def _annotation(authors: Sequence[Author]) -> str:
    items = []
    for index, author in enumerate(authors, start=1):
        names = [
            name
            for name, on in (
                ("equal", author.equal_contribution),
                ("corresponding", author.corresponding),
                ("equaladvising", author.equal_advising),
                ("highlight", author.is_owner),
            )
            if on
        ]
        if names:
            items.append(f"{index}={','.join(names)}")
    return "; ".join(items)


def _remembered(paper: Paper) -> list[str]:
    return remembered_phrases(paper.fields.get(PROTECT_KEY, ""))


def _is_arxiv_preprint(paper: Paper) -> bool:
    """A paper whose venue is arXiv (or that has none and is a preprint): written as an arXiv entry.

    A printed venue that is a preprint server of its own (DBLP's `CoRR`) is kept as it is.
    """
    return _arxiv_preprint(paper.venue, paper.status, paper.identifiers.arxiv)


def _arxiv_preprint(venue: Venue | None, status: Status, arxiv: str | None) -> bool:
    return bool(arxiv) and (
        (venue is None and status is Status.PREPRINT)
        or (venue is not None and venue.kind is VenueKind.PREPRINT and venue.name.lower().startswith("arxiv"))
    )


def _natural_type(paper: Paper, latex: bool) -> str:
    """The entry type the writer gives a paper from its status and venue kind alone."""
    return _natural_type_of(paper.venue, paper.status, paper.identifiers.arxiv, latex)


#: The entry type (BibTeX, biblatex) for a venue of each kind; others are `misc`.
_KIND_TYPES = {
    VenueKind.CONFERENCE: ("inproceedings", "inproceedings"),
    VenueKind.WORKSHOP: ("inproceedings", "inproceedings"),
    VenueKind.DEMO: ("inproceedings", "inproceedings"),
    VenueKind.JOURNAL: ("article", "article"),
    VenueKind.PREPRINT: ("article", "article"),
    VenueKind.BOOK: ("incollection", "inbook"),  # biblatex's @incollection needs an editor
    VenueKind.THESIS: ("phdthesis", "phdthesis"),
    VenueKind.REPORT: ("techreport", "techreport"),
}
_MISC = ("misc", "misc")
_NOT_YET_OUT = frozenset((Status.SUBMITTED, Status.UNDER_REVIEW))
# The two tables keyed by the members' names: an enum member hashes in Python (`Enum.__hash__`), its
# `_name_` in C, and the reader asks once or twice per entry.
_NOT_YET_OUT_NAMES = frozenset(status._name_ for status in _NOT_YET_OUT)
_KIND_TYPES_BY_NAME = {kind._name_: types for kind, types in _KIND_TYPES.items()}


def _natural_type_of(venue: Venue | None, status: Status, arxiv: str | None, latex: bool) -> str:
    """`_natural_type` from the parts it reads, before the paper is built."""
    if status._name_ in _NOT_YET_OUT_NAMES:
        return "unpublished"
    if arxiv and _arxiv_preprint(venue, status, arxiv):
        return "online" if latex else "article"
    return _KIND_TYPES_BY_NAME.get(venue.kind._name_, _MISC)[latex] if venue else "misc"


#: Where the venue goes for each entry type (BibTeX, biblatex); other types use `howpublished`.
_VENUE_SLOT = {
    "article": ("journal", "journaltitle"),
    "inproceedings": ("booktitle", "booktitle"),
    "conference": ("booktitle", "booktitle"),
    "incollection": ("booktitle", "booktitle"),
    "inbook": ("booktitle", "booktitle"),
    "phdthesis": ("school", "institution"),
    "mastersthesis": ("school", "institution"),
    "thesis": ("school", "institution"),
    "techreport": ("institution", "institution"),
    "proceedings": ("booktitle", "booktitle"),
    "mvproceedings": ("booktitle", "booktitle"),
    "book": ("booktitle", "booktitle"),  # a whole volume with a venue: a crossref target, as DBLP writes them
    "mvbook": ("booktitle", "booktitle"),
    "collection": ("booktitle", "booktitle"),
    "mvcollection": ("booktitle", "booktitle"),
    "report": ("institution", "institution"),
}


def _venue_slot(entry_type: str, latex: bool, kept: Iterable[str]) -> str:
    """The field for the venue: the type's own, unless a second venue field kept in `extra` would then
    be read as the venue (the reader takes the first of `_VENUE_FIELDS`): then one before it."""
    natural = _VENUE_SLOT.get(entry_type, ("howpublished", "howpublished"))[latex]
    if "crossref" in kept and "booktitle" not in kept:
        natural = (
            "booktitle"  # where the crossref target's title would come back: read from it the first time
        )
    order = {name: index for index, name in enumerate(_VENUE_FIELDS)}
    first_kept = min((order[k] for k in kept if k in order), default=len(_VENUE_FIELDS))
    if order[natural] < first_kept:
        return natural
    options = ("institution", "school", "booktitle", "journaltitle" if latex else "journal", "journaltitle")
    return next((f for f in options if order[f] < first_kept), "journaltitle")


def _entry(
    paper: Paper, key: str, dialect: Dialect, *, unicode: bool, extra_fields: bool, plain: bool
) -> str:
    latex = dialect == "biblatex"
    fields: list[tuple[str, str]] = []  # (name, value written inside braces, or a bare macro when marked)

    def text(value: str) -> str:
        return encode(value, unicode=unicode)

    venue = paper.venue
    status = paper.status
    arxiv_preprint = _is_arxiv_preprint(paper)
    unpublished = status in (Status.SUBMITTED, Status.UNDER_REVIEW)
    kind = venue.kind if venue else VenueKind.OTHER
    venue_label = venue.label if venue else ""
    entry_type = _natural_type(paper, latex)
    original_type = paper.fields.get("entrytype", "")
    if (
        entry_type == "misc"
        and original_type in _VOLUME_TYPES
        and paper.authors
        and "proceedings" in original_type
    ):
        # A proceedings volume listed as a work of its own with its people given as authors (as
        # websites list edited volumes) is a @book, which has authors.
        entry_type = "book"
    elif original_type:
        entry_type = original_type  # the type it was read with (a crossref target, @law, @report)

    if paper.authors:
        fields.append(("author", " and ".join(_person(a, unicode) for a in paper.authors)))
        annotation = _annotation(paper.authors)
        if annotation and not plain:
            fields.append(("author+an", annotation))
    fields.append(("title", protect_title(paper.title, remember=_remembered(paper), unicode=unicode)))

    if venue is not None and not arxiv_preprint:
        kept = [name.lower() for name, _ in paper.extra]
        if entry_type == "unpublished":
            venue_field = "eventtitle" if latex else ("journal" if kind is VenueKind.JOURNAL else "booktitle")
            if plain and not latex:
                venue_field = ""
            elif any(k in _VENUE_FIELDS for k in kept):
                venue_field = _venue_slot(entry_type, latex, kept)
        else:
            venue_field = _venue_slot(entry_type, latex, kept)
        if venue_field:
            fields.append((venue_field, text(venue_label)))
        if venue.publisher:
            fields.append(("publisher", text(venue.publisher)))
    elif arxiv_preprint and not latex:
        fields.append(("journal", text(f"arXiv preprint arXiv:{paper.identifiers.arxiv}")))
    elif arxiv_preprint and any(k in _VENUE_FIELDS for k, _ in paper.extra):
        # biblatex's @online needs no venue, but a kept second venue field would be read as this one
        fields.append((_venue_slot(entry_type, latex, [k for k, _ in paper.extra]), "arXiv"))
    if arxiv_preprint and venue is not None and venue.publisher:
        fields.append(("publisher", text(venue.publisher)))
    if kind is VenueKind.TALK and not plain:
        fields.append(("type", "talk"))

    if paper.year is not None:
        if latex:
            date = f"{paper.year:04d}" + (f"-{paper.month:02d}" if paper.month else "")
            fields.append(("date", date))
        else:
            fields.append(("year", str(paper.year)))
    if paper.month is not None and latex and paper.year is None:
        fields.append(("month", str(paper.month)))
    if paper.month is not None and not latex:
        fields.append(("month", "\x00" + _MONTH_MACROS[paper.month - 1]))
    for name, value in (("volume", paper.volume), ("number", paper.number)):
        if value:
            fields.append((name, text(value)))
    if paper.pages:
        fields.append(("pages", "--".join(text(part) for part in _PAGE_DASH.split(paper.pages))))

    ids = paper.identifiers
    if ids.doi:
        fields.append(("doi", _verbatim(ids.doi)))  # as printed by \\doi / \\url: `8_13`, not `8\\_13`
    if ids.url:
        fields.append(("url", _verbatim(ids.url)))
    if ids.isbn:
        fields.append(("isbn", text(ids.isbn)))
    if ids.arxiv:
        fields.append(("eprint", ids.arxiv))
        fields.append(("eprinttype" if latex else "archiveprefix", "arxiv" if latex else "arXiv"))

    # What BibTeX has no field for: sentences in `note`, and the fields al-folio reads.
    sentences = []
    if unpublished and plain and venue is not None and not latex:
        word = "Submitted to" if status is Status.SUBMITTED else "Under review at"
        sentences.append(f"{word} {venue_label}")
    elif status in _STATUS_NOTE and not _note_parts(paper.note or "").venue:  # "Submitted to X" says it
        sentences.append(_STATUS_NOTE[status])
    awards = [a.name for a in paper.awards]
    if awards and (plain or not extra_fields):
        sentences.append("Award: " + "; ".join(awards))
    if plain:
        equal = [a.name for a in paper.authors if a.equal_contribution]
        if equal:
            sentences.append("Equal contribution: " + ", ".join(equal))

    if len(paper.venues) > 1:  # BibTeX holds one venue: the others are written for people to read
        sentences.append("Also at " + "; ".join(_venue_text(v) for v in paper.venues[1:]))
    if paper.note:
        sentences.append(paper.note)
    if sentences:
        fields.append(("note", text(". ".join(sentences))))
    if paper.abstract:
        fields.append(("abstract", text(paper.abstract)))
    if extra_fields and not plain:
        if venue is not None and venue.acronym:
            fields.append(("abbr", text(venue.acronym)))
        elif arxiv_preprint:
            fields.append(("abbr", "arXiv"))
        if awards:
            joined = "; ".join(awards)
            fields.append(("award", text(joined)))
            fields.append(("award_name", text(joined)))
        if paper.selected:
            fields.append(("selected", "true"))
        if ids.arxiv:
            fields.append(("arxiv", ids.arxiv))

    written = {name for name, _ in fields}
    standard = _BIBLATEX_STANDARD if latex else _BIBTEX_STANDARD
    for name, value in _csl_as_bibtex(paper.extra):
        lower = name.lower()
        if (
            lower.startswith(("pubkit-", "csl:"))
            or lower in written
            or lower in ("entrytype",)
            or not _FIELD_NAME.match(name)
        ):
            continue
        if plain and lower not in standard:
            continue
        if not extra_fields and lower in ("abbr", "award", "award_name", "selected", "arxiv", "prize"):
            continue
        fields.append((lower, _verbatim(value) if _verbatim_field(lower, value) else text(value)))
        written.add(lower)

    width = max(len(name) for name, _ in fields)
    body = []
    for name, value in fields:
        shown = value[1:] if value.startswith("\x00") else "{" + value + "}"
        body.append(f"  {name.ljust(width)} = {shown}")
    return f"@{entry_type}{{{key},\n" + ",\n".join(body) + "\n}\n"


def _venue_text(venue: Venue) -> str:
    return venue.label + (f", {venue.year}" if venue.year else "")


def _verbatim(value: str) -> str:
    """A URL, DOI or file name: written as it was read (hyperref's `\\url` reads it raw); only braces
    that do not pair up, which would end the field, are percent-encoded."""
    value = strip_controls(value)
    depth = 0
    for char in value:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            break
    if depth == 0:
        return value
    return value.replace("{", "%7B").replace("}", "%7D")


# CSL variables read from CSL-JSON that BibTeX has a field for (the rest stay CSL-only).
_CSL_TO_BIBTEX = {
    "csl:ISSN": "issn",
    "csl:edition": "edition",
    "csl:collection-title": "series",
    "csl:publisher-place": "address",
    "csl:event-place": "venue",
    "csl:keyword": "keywords",
    "csl:language": "language",
    "csl:event-title": "eventtitle",
    "csl:editor": "editor",
}


def _csl_as_bibtex(extra: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """`extra` with CSL variables renamed to their BibTeX fields (values are stored as JSON strings)."""
    out = []
    for name, value in extra:
        field = _CSL_TO_BIBTEX.get(name)
        if field is not None:
            try:
                decoded = json.loads(value)
            except ValueError:
                decoded = value
            if isinstance(decoded, (str, int, float)):
                out.append((field, str(decoded)))
                continue
            if isinstance(decoded, list) and all(isinstance(p, dict) for p in decoded):  # CSL names
                people = [
                    ", ".join(str(p[k]) for k in ("family", "given") if p.get(k)) or str(p.get("literal", ""))
                    for p in decoded
                ]
                out.append((field, " and ".join(x for x in people if x)))
                continue
        out.append((name, value))
    return out


def write(
    bib: Bibliography | Iterable[Paper],
    *,
    dialect: Dialect = "bibtex",
    key: Callable[[Paper], str | None] | None = None,
    unicode: bool = False,
    extra_fields: bool | None = None,
    plain: bool = False,
) -> str:
    """Write papers as BibTeX (`dialect="bibtex"`) or biblatex (`"biblatex"`).

    `key` makes citation keys (default: Google Scholar style, made unique); `unicode` keeps non-ASCII
    raw instead of `{\\"u}`; `extra_fields` adds al-folio's fields (abbr, award, selected, arxiv):
    by default to BibTeX (what al-folio reads), not to biblatex (biber warns about each);
    `plain` writes standard fields only, with status, awards and equal contribution in `note`.
    """
    if dialect not in ("bibtex", "biblatex"):
        msg = f"dialect must be 'bibtex' or 'biblatex', not {dialect!r}"
        raise ValueError(msg)
    papers = list(bib)
    keys = citation_keys(papers, key=key)
    website = dialect == "bibtex" if extra_fields is None else extra_fields
    return "\n".join(
        _entry(p, k, dialect, unicode=unicode, extra_fields=website, plain=plain)
        for p, k in zip(papers, keys, strict=True)
    )
