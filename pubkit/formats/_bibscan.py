r"""A lossless BibTeX scanner: a `.bib` text as blocks whose raw texts join back to the input byte for byte.

pybtex stays the reference reader. This scanner serves `pubkit format` and `pubkit check`, which
must keep what they do not change exactly as written and name the line of what they find.

How it reads (one pass, no backtracking; brace depth counted with `re.finditer` over `{` / `}`, and
like BibTeX it counts `\{` and `\}` too):

* An `@` outside an entry starts a command when a name and `{` or `(` follow it, unless a `%`
  comes earlier on its line outside any entry: `% @article{x, ...}` is a commented-out entry, kept
  as text (BibTeX and pybtex would try to read it as an entry).
* `@comment{...}` with balanced braces is one comment block; `@comment` without them (`@Comment
  1215.bib -*- mode: BibTeX -*-`) comments out the rest of its line only, as in BibTeX.
* Inside an entry, a line's rest after `%` where a field name or a comma is expected is an inner
  comment, kept in order with the fields (BibTeX and pybtex fail on such entries; `pubkit check`
  says so).
* Recovery: a command that does not close before the next line starting another command (`@name{`,
  `@name(` or `@comment` at the start of a line) is a block of kind "error" running up to that
  line. So an unclosed brace costs its own entry only, and every scan stays linear in the input.

`expand` reads a value as BibTeX does (macros, months, `#` joins); over the eight real collections
in `../shared/bib-corpus/` the blocks, keys, fields and expanded values agree with pybtex's for
every entry pybtex accepts (tests/test_bibscan.py).
"""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Iterator, Sequence

from attrs import frozen

__all__ = [
    "MONTH_MACROS",
    "Block",
    "BlockKind",
    "Field",
    "FieldItem",
    "InnerComment",
    "Item",
    "ValueKind",
    "expand",
    "iter_items",
    "iter_scan",
    "scan",
    "value_parts",
]


class BlockKind(str, enum.Enum):
    """What a block of a `.bib` text is."""

    ENTRY = "entry"
    STRING = "string"
    PREAMBLE = "preamble"
    COMMENT = "comment"
    TEXT = "text"
    """Free text between commands: blank lines, `%` comments, front matter."""
    ERROR = "error"
    """A command that could not be read; its raw text runs to the next line starting a command."""


class ValueKind(str, enum.Enum):
    """How a field's value is delimited."""

    BRACES = "braces"
    QUOTES = "quotes"
    BARE = "bare"
    """A macro name (`oct`, `IEEE_TPAMI`) or a number."""
    CONCAT = "concat"
    """Several parts joined with `#`."""


@frozen
class Field:
    """One `name = value` of an entry (or the one of a `@string`; a `@preamble`'s value has name "")."""

    name: str
    """As written (case kept)."""
    value: str
    """The value's text exactly as written, delimiters and `#` included."""
    kind: ValueKind
    line: int

    @property
    def inner(self) -> str:
        """The text inside the delimiters of a braced or quoted value; a bare or joined value as written."""
        return self.value[1:-1] if self.kind in (ValueKind.BRACES, ValueKind.QUOTES) else self.value


@frozen
class InnerComment:
    """A `%` comment inside an entry, and after how many of the entry's fields it came."""

    text: str
    """From `%` to the end of its line, line break excluded."""
    line: int
    after: int


@frozen
class Block:
    """A piece of a `.bib` text; `raw` is its exact text, so joining all blocks' raw gives the input."""

    kind: BlockKind
    raw: str
    line: int
    command: str = ""
    """The name after `@` as written ("Article", "string", "Comment"); empty for text."""
    key: str | None = None
    fields: tuple[Field, ...] = ()
    comments: tuple[InnerComment, ...] = ()
    message: str = ""
    """For an error block: what is wrong."""
    start: int = 0
    """Offset of `raw` in the scanned text."""

    def field(self, name: str) -> Field | None:
        """The first field called `name` (case-insensitive), if any."""
        lower = name.lower()
        return next((f for f in self.fields if f.name.lower() == lower), None)


# pybtex's (and BibTeX's) name characters: what an entry type, field name or macro may be made of.
_NAME_FIRST = r"A-Za-z@!$&*+\-./:;<>?\[\\\]^_`|~\x7f"
_NAME = re.compile(rf"[{_NAME_FIRST}][{_NAME_FIRST}0-9]*")
_BARE = re.compile(rf"[0-9]+|[{_NAME_FIRST}][{_NAME_FIRST}0-9]*")
_SPACE = re.compile(r"\s*")
_TYPE_FIRST = _NAME_FIRST.replace("@", "")  # "@comment@comment": the command is "comment"
_HEAD = re.compile(rf"@(\s*)([{_TYPE_FIRST}][{_TYPE_FIRST}0-9]*)?\s*([{{(])?")
_BRACE = re.compile(r"[{}]")
_QUOTED = re.compile(r'[{}"]')
_PAREN_BODY = re.compile(r"[{}()]")
# A line that starts another command: where a broken command's error block ends.
_COMMAND_LINE = re.compile(
    r"^[ \t\ufeff]*@[ \t]*(?:[\w\-]*[ \t]*[{(]|[cC][oO][mM][mM][eE][nN][tT]\b)", re.MULTILINE
)
# A value's part: a brace group (two levels deep at most), a quoted text, a number or a macro name.
# Its repeats, and those of the patterns below, never need to give back what they took (each piece
# ends where the next must start): possessive (`*+`, Python 3.11+), they match the same, faster (no
# state is kept to backtrack into; a fifth of the time of matching the fields of a large file).
_ONCE = "+" if sys.version_info >= (3, 11) else ""
_RUN, _ANY = f"+{_ONCE}", f"*{_ONCE}"  # one or more, any number: possessive where supported
# `[^{}]` and `[^"{}]` written as the ranges they leave, which `re` tests with a bitmap (a negated class
# of two or three characters is tested character by character): a value's text is read ~1.5x faster.
_NO_BRACE, _NO_BRACE_QUOTE = r"[\x00-z|~-\U0010ffff]", r"[\x00-!#-z|~-\U0010ffff]"
_FAST_PART = (
    rf"\{{{_NO_BRACE}{_ANY}(?:\{{{_NO_BRACE}{_ANY}\}}{_NO_BRACE}{_ANY}){_ANY}\}}"
    rf'|"{_NO_BRACE_QUOTE}{_ANY}(?:\{{{_NO_BRACE}{_ANY}\}}{_NO_BRACE_QUOTE}{_ANY}){_ANY}"'
    rf"|[0-9]{_RUN}|[{_NAME_FIRST}][{_NAME_FIRST}0-9]{_ANY}"
)
# One `name = value` (parts joined by `#`; group 3 is the last joined part, None for a value of one part)
# then `,` or the close. It is matched right after a `,` (the key's or the previous field's), which the
# lookbehind asks for: in a search no match then starts inside a run of spaces, a name or a value, where
# every start would read the run again (quadratic: 10^5 spaces took minutes).
_FAST_FIELD = {
    close: re.compile(
        rf"(?<=,)\s{_ANY}([{_NAME_FIRST}][{_NAME_FIRST}0-9]{_ANY})\s{_ANY}=\s{_ANY}"
        rf"((?:{_FAST_PART})(\s{_ANY}\#\s{_ANY}(?:{_FAST_PART})){_ANY})\s{_ANY}([,{re.escape(close)}])"
    )
    for close in "})"
}
# A `@string`'s `name = value` and its close, from just after its `{` or `(` (which the lookbehind
# asks for, as `_FAST_FIELD`'s comma).
_FAST_STRING = {
    close: re.compile(
        rf"(?<=[{{(])\s{_ANY}([{_NAME_FIRST}][{_NAME_FIRST}0-9]{_ANY})\s{_ANY}=\s{_ANY}"
        rf"((?:{_FAST_PART})(\s{_ANY}\#\s{_ANY}(?:{_FAST_PART})){_ANY})\s{_ANY}{re.escape(close)}"
    )
    for close in "})"
}
#: The one-step field pattern looks this far at most: its backtracking state grows with every brace
#: group it passes, so a 10 MB value of `{x}` groups goes the linear way (`value`, `balanced`) instead.
_FAST_SPAN = 16_384
_FIRST_CHAR_KIND = {"{": ValueKind.BRACES, '"': ValueKind.QUOTES}
_KEY = {"{": re.compile(r"[^\s,}]+"), "(": re.compile(r"[^\s,]+")}
# A braced entry's key and the comma after it (no `=` or brace in the key: another goes the long way,
# no comment before the comma). It is matched right after the `{`; its lookbehinds let it start only
# where white space or a key after a brace does, so a search is linear too (a run is read from its start).
_KEY_COMMA = re.compile(r"(?<!\s)\s*(?<![^\s{])([^\s,{}=]+)\s*,")
_NOT_ENTRIES = frozenset(("comment", "preamble", "string"))


#: A field as the scanner finds it: name, value as written, kind, line (what `Field` holds).
FieldItem = tuple[str, str, ValueKind, int]
#: A block as the scanner finds it, before a `Block` is made of it: kind, start and end offsets, line,
#: command, key, fields, inner comments, message. The BibTeX reader takes these as they are: a `Block`,
#: its `Field`s and its raw text cost more than reading the entry.
Item = tuple[BlockKind, int, int, int, str, "str | None", Sequence[FieldItem], Sequence[InnerComment], str]


# Enum members as plain names for the scanning loops: `BlockKind.TEXT` is a lookup through the enum's
# class (~0.1 µs), made for every block and field of a large file.
_TEXT, _ENTRY, _STRING, _PREAMBLE, _COMMENT, _ERROR = (
    BlockKind.TEXT,
    BlockKind.ENTRY,
    BlockKind.STRING,
    BlockKind.PREAMBLE,
    BlockKind.COMMENT,
    BlockKind.ERROR,
)
_BARE_VALUE, _JOINED = ValueKind.BARE, ValueKind.CONCAT


class _Broken(Exception):
    """A command that cannot be read; caught inside the scanner, never raised to callers."""


class _Scanner:
    def __init__(self, text: str, *, field_lines: bool = True, plain_text: bool = True) -> None:
        self.text = text
        self.field_lines = field_lines  # without them, a field found in one step has line 0
        self.plain_text = plain_text  # without it, free text with no '@' is not yielded
        self.end = len(text)
        self.line_pos = 0
        self.line_no = 1
        self.next_command = -1  # start of the next line starting a command, after the current one
        self.at_line_end, self.later = -1, -1  # `later_at`'s line end and answer

    def line(self, pos: int) -> int:
        """1-based line of `pos`; positions are asked for in increasing order, so this stays linear."""
        if pos > self.line_pos:
            self.line_no += self.text.count("\n", self.line_pos, pos)
            self.line_pos = pos
        return self.line_no

    def line_end(self, pos: int) -> int:
        """End of `pos`'s line, before its line break (`\n` or `\r\n`)."""
        eol = self.text.find("\n", pos)
        eol = self.end if eol < 0 else eol
        return eol - 1 if eol > pos and self.text[eol - 1] == "\r" else eol

    def limit_after(self, pos: int) -> int:
        """Start of the first line after `pos`'s line that starts a command (or the end of the text)."""
        if self.next_command <= pos:
            eol = self.text.find("\n", pos)
            self.next_command = self.command_line(eol + 1) if eol >= 0 else self.end
        return self.next_command

    def later_at(self, pos: int) -> int:
        """The first '@' on a line after `pos`'s with a blank or line break before it (or the end): no
        line starting a command starts before its line. Remembered, as `limit_after`: asked again for
        each entry of a long line, a search from the line's end would cost the rest of the text each time."""
        if pos > self.at_line_end:
            text = self.text
            eol = text.find("\n", pos)
            self.at_line_end = self.end if eol < 0 else eol
            if eol < 0:
                self.later = self.end
            elif self.later <= eol:
                at = text.find("@", eol)
                while at >= 0 and text[at - 1] not in " \t\ufeff\n":  # `x@y`: inside a word
                    at = text.find("@", at + 1)
                self.later = self.end if at < 0 else at
        return self.later

    def command_line(self, start: int) -> int:
        """`_COMMAND_LINE.search(text, start)`'s start (or the end), from the `@`s on: found with
        `str.find`, each line's start looked for back to the previous `@` only (linear)."""
        text = self.text
        at = previous = start - 1  # `start` follows a line break
        while True:
            at = text.find("@", at + 1)
            if at < 0:
                return self.end
            line_start = text.rfind("\n", previous, at) + 1
            previous = at
            if (
                line_start  # else on the line of the previous '@', which is no blank
                and not text[line_start:at].strip(" \t\ufeff")
                and _COMMAND_LINE.match(text, line_start)
            ):
                return line_start

    def items(self) -> Iterator[Item]:
        text, pos = self.text, 0
        search = 0
        # What the free text since `pos` says about the current line, kept up to `seen` so that
        # every character is looked at once: whether a '%' came, whether only blanks came.
        seen, percent, blank = 0, False, True
        while True:
            at = text.find("@", search)
            if at < 0:
                break
            search = at + 1
            eol = text.rfind("\n", seen, at)
            if eol + 1 == at:  # an '@' starting its line (most)
                percent, blank = False, True
            elif eol >= 0:
                percent, blank = "%" in text[eol + 1 : at], not text[eol + 1 : at].strip(" \t\ufeff")
            else:
                percent = percent or "%" in text[seen:at]
                blank = blank and not text[seen:at].strip(" \t\ufeff")
            seen = at
            if percent:
                continue  # a commented-out command
            head = _HEAD.match(text, at)
            assert head is not None  # the pattern matches "@" alone
            name, opener = head.group(2, 3)
            if name and opener:
                kind = "command"
            elif name and name.lower() == "comment":
                kind = "line comment"
            elif (name or opener) and blank:
                kind = "error"
            else:
                continue  # an '@' in free text (an e-mail address)
            if at > pos and (self.plain_text or text.find("@", pos, at) >= 0):
                yield _TEXT, pos, at, self.line(pos), "", None, (), (), ""
            if at > self.line_pos:  # `self.line(at)`, inline: this runs once per block
                self.line_no += text.count("\n", self.line_pos, at)
                self.line_pos = at
            line = self.line_no
            if kind == "command":
                item = self.command(at, name, head.end(), opener, line)
            elif kind == "line comment":
                item = _COMMENT, at, self.line_end(at), line, name, None, (), (), ""
            else:
                what = "no entry type after '@'" if not name else f"'{{' expected after @{name}"
                item = _ERROR, at, self.limit_after(at), line, name or "", None, (), (), what
            yield item
            pos = search = seen = item[2]
            percent, blank = False, text[pos - 1] == "\n"  # a command ending a line
        if pos < self.end and (self.plain_text or text.find("@", pos) >= 0):
            yield _TEXT, pos, self.end, self.line(pos), "", None, (), (), ""

    def command(self, at: int, name: str, body: int, opener: str, line: int) -> Item:
        """The command starting at `at` on `line`; an error block when it cannot be read."""
        close = "}" if opener == "{" else ")"
        kind = name.lower()
        if kind not in _NOT_ENTRIES or kind == "string":
            entry = self.unbounded_entry(at, name, body, close, line, kind)
            if entry is not None:
                return entry
        limit = self.limit_after(at)
        try:
            if kind == "comment":
                end = self.comment_end(body, opener, limit)
                if end < 0:  # unbalanced: as in BibTeX, only the rest of the line is a comment
                    end = self.line_end(at)
                return _COMMENT, at, end, line, name, None, (), (), ""
            if kind == "preamble":
                value, pos = self.value(body, limit, "")
                pos = self.expect(pos, close, limit, "@preamble")
                return _PREAMBLE, at, pos, line, name, None, (value,), (), ""
            if kind == "string":
                simple = _FAST_STRING[close].match(self.text, body, min(limit, body + _FAST_SPAN))
                if simple:  # the common case in one step, as `value` reads it
                    return self.string(at, name, line, simple)
                pos = _SPACE.match(self.text, body).end()  # type: ignore[union-attr]
                macro = _NAME.match(self.text, pos, limit)
                if not macro:
                    raise _Broken("@string: a macro name expected")
                pos = self.expect(macro.end(), "=", limit, f"@string {macro.group()}")
                value, pos = self.value(pos, limit, macro.group())
                pos = self.expect(pos, close, limit, f"@string {macro.group()}")
                return _STRING, at, pos, line, name, None, (value,), (), ""
            return self.entry(at, name, body, close, limit, line)
        except _Broken as err:
            return _ERROR, at, limit, line, name, None, (), (), str(err)

    def unbounded_entry(self, at: int, name: str, body: int, close: str, line: int, kind: str) -> Item | None:
        """The entry (or the `@string` of the common shape) read up to `later_at(at)` instead of
        `limit_after(at)` (whose search for the next command line costs more than most entries): an entry
        closing before the first '@' on a later line has no command line inside, so reads the same; None
        when it does not (then it is read again, bounded). Not up to the end of the text: an unclosed
        brace on every line would be read to the end each time."""
        if kind == "string":
            simple = _FAST_STRING[close].match(self.text, body, min(self.later_at(at), body + _FAST_SPAN))
            return None if simple is None else self.string(at, name, line, simple)
        line_state = self.line_pos, self.line_no
        try:
            return self.entry(at, name, body, close, self.later_at(at), line)
        except _Broken:
            self.line_pos, self.line_no = line_state
            return None

    def string(self, at: int, name: str, line: int, simple: re.Match[str]) -> Item:
        """The `@string` whose `name = value` and close `_FAST_STRING` matched."""
        macro_name, written, joined = simple.groups()
        value_kind = _FIRST_CHAR_KIND.get(written[0], _BARE_VALUE) if joined is None else _JOINED
        field = (macro_name, written, value_kind, self.line(simple.start(2)) if self.field_lines else 0)
        return _STRING, at, simple.end(), line, name, None, (field,), (), ""

    def comment_end(self, pos: int, opener: str, limit: int) -> int:
        """End (after the closing delimiter) of a balanced `@comment` body, or -1."""
        depth = 0
        for match in (_BRACE if opener == "{" else _PAREN_BODY).finditer(self.text, pos, limit):
            char = match.group()
            if char == "{":
                depth += 1
            elif char == "}":
                if depth == 0:
                    return match.end() if opener == "{" else -1
                depth -= 1
            elif char == ")" and depth == 0:
                return match.end()
        return -1

    def expect(self, pos: int, char: str, limit: int, where: str) -> int:
        pos = _SPACE.match(self.text, pos, limit).end()  # type: ignore[union-attr]
        if pos >= limit or self.text[pos] != char:
            found = repr(self.text[pos]) if pos < limit else "the end of the entry"
            raise _Broken(f"{where}: {char!r} expected, found {found}")
        return pos + 1

    def skip(self, pos: int, limit: int, comments: list[InnerComment], count: int) -> int:
        """Past whitespace and inner `%` comments."""
        text = self.text
        while True:
            pos = _SPACE.match(text, pos, limit).end()  # type: ignore[union-attr]
            if pos >= limit or text[pos] != "%":
                return pos
            eol = text.find("\n", pos, limit)
            eol = limit if eol < 0 else eol
            comments.append(InnerComment(text[pos:eol].rstrip("\r"), self.line(pos), count))
            pos = eol

    def entry(self, at: int, name: str, body: int, close: str, limit: int, line: int) -> Item:
        text = self.text
        fields: list[FieldItem] = []
        comments: list[InnerComment] = []
        head = _KEY_COMMA.match(text, body, limit) if close == "}" else None
        if head is not None:  # `{key,` (most entries): what the steps below read, in one match
            key, pos = head.group(1), head.end()
        else:
            pos = _SPACE.match(text, body, limit).end()  # type: ignore[union-attr]
            key_match = _KEY["{" if close == "}" else "("].match(text, pos, limit)
            if not key_match or "=" in key_match.group():
                raise _Broken(f"@{name}: the entry has no citation key")
            key = key_match.group()
            if close == ")" and key.endswith(")"):
                key = key[:-1]  # "@misc(key)": pybtex's paren key pattern would take the ')'
                pos = key_match.end() - 1
            else:
                pos = key_match.end()
            pos = self.skip(pos, limit, comments, 0)
            if pos < limit and text[pos] == close:
                return _ENTRY, at, pos + 1, line, name, key, (), comments, ""
            if pos >= limit or text[pos] != ",":
                raise _Broken(f"entry {key}: ',' expected after the key")
            pos += 1
        fast = _FAST_FIELD[close].match
        kinds, bare, concat = _FIRST_CHAR_KIND.get, _BARE_VALUE, _JOINED
        field_lines = self.field_lines
        window = min(limit, pos + _FAST_SPAN)
        while True:
            # the common case in one step: `name = {a {B} c}`, `"a {B}"`, bare or joined, then `,` or close
            simple = fast(text, pos, window)
            while simple is not None:
                field_name, value, joined, after = simple.groups()
                at_line = 0
                if field_lines:
                    start = simple.start(1)
                    if start > self.line_pos:  # `self.line(start)`, inline: this runs once per field
                        self.line_no += text.count("\n", self.line_pos, start)
                        self.line_pos = start
                    at_line = self.line_no
                fields.append(
                    (field_name, value, kinds(value[0], bare) if joined is None else concat, at_line)
                )
                pos = simple.end()
                if after == close:
                    return _ENTRY, at, pos, line, name, key, fields, comments, ""
                simple = fast(text, pos, window)
            window = min(limit, pos + _FAST_SPAN)  # the next fields' window starts after this one
            pos = self.skip(pos, limit, comments, len(fields))
            if pos >= limit:
                raise _Broken(f"entry {key}: never closes ({close!r} missing)")
            char = text[pos]
            if char == close:
                break
            if char == ",":
                pos += 1
                continue
            field_name = _NAME.match(text, pos, limit)
            if not field_name:
                raise _Broken(f"entry {key}: a field name expected, found {char!r}")
            field_line = self.line(pos)
            where = f"entry {key}, field {field_name.group()}"
            pos = self.expect(field_name.end(), "=", limit, where)
            value, pos = self.value(pos, limit, field_name.group(), field_line)
            fields.append(value)
            pos = self.skip(pos, limit, comments, len(fields))
            if pos < limit and text[pos] == ",":
                pos += 1
            elif pos >= limit:
                raise _Broken(
                    f"entry {key}: never closes ({close!r} missing after field {field_name.group()})"
                )
            elif text[pos] != close:
                raise _Broken(f"{where}: ',' or {close!r} expected, found {text[pos]!r}")
            window = min(limit, pos + _FAST_SPAN)
        return _ENTRY, at, pos + 1, line, name, key, fields, comments, ""

    def value(self, pos: int, limit: int, name: str, line: int = 0) -> tuple[FieldItem, int]:
        """A value (parts joined by `#`) from `pos`; the field and the position after its last part."""
        text = self.text
        pos = _SPACE.match(text, pos, limit).end()  # type: ignore[union-attr]
        start, parts, kind = pos, 0, ValueKind.BARE
        line = line or self.line(pos)
        while True:
            if pos >= limit:
                raise _Broken(f"field {name}: a value expected, found the end of the entry")
            char = text[pos]
            if char == "{":
                pos, kind = self.balanced(pos + 1, limit, _BRACE, name), ValueKind.BRACES
            elif char == '"':
                pos, kind = self.balanced(pos + 1, limit, _QUOTED, name), ValueKind.QUOTES
            else:
                bare = _BARE.match(text, pos, limit)
                if not bare:
                    raise _Broken(f"field {name}: a value expected, found {char!r}")
                pos, kind = bare.end(), ValueKind.BARE
            parts += 1
            after = _SPACE.match(text, pos, limit).end()  # type: ignore[union-attr]
            if after < limit and text[after] == "#":
                pos = _SPACE.match(text, after + 1, limit).end()  # type: ignore[union-attr]
                continue
            break
        return (name, text[start:pos], ValueKind.CONCAT if parts > 1 else kind, line), pos

    def balanced(self, pos: int, limit: int, pattern: re.Pattern[str], name: str) -> int:
        """Position after the `}` (or `"`) closing a value opened just before `pos`."""
        depth = 0
        quoted = pattern is _QUOTED
        for match in pattern.finditer(self.text, pos, limit):
            char = match.group()
            if char == "{":
                depth += 1
            elif char == "}":
                if depth == 0:
                    if quoted:
                        raise _Broken(f"field {name}: unbalanced '}}' in a quoted value")
                    return match.end()
                depth -= 1
            elif depth == 0:  # a closing quote
                return match.end()
        raise _Broken(f"field {name}: unclosed {'quote' if quoted else 'brace'}; the entry never closes")


def _block(text: str, item: Item) -> Block:
    kind, start, end, line, command, key, fields, comments, message = item
    return Block(
        kind,
        text[start:end],
        line,
        command,
        key,
        tuple(Field(*field) for field in fields),
        tuple(comments),
        message,
        start,
    )


def scan(text: str) -> list[Block]:
    r"""Split a `.bib` text into blocks; `"".join(b.raw for b in scan(text)) == text` always holds.

    Never raises on bad input: what cannot be read is a block of kind ERROR with its line.

    >>> blocks = scan('% my papers\n@article{k1, title = {A {B}}, year = 2020}\n@misc{k2,\n')
    >>> [(b.kind.value, b.line, b.key) for b in blocks]
    [('text', 1, None), ('entry', 2, 'k1'), ('text', 2, None), ('error', 3, None)]
    >>> [(f.name, f.value, f.kind.value) for f in blocks[1].fields]
    [('title', '{A {B}}', 'braces'), ('year', '2020', 'bare')]
    """
    return list(iter_scan(text))


def iter_scan(text: str) -> Iterator[Block]:
    """`scan`'s blocks one at a time: a reader that keeps only what it takes from each block holds a
    fraction of the memory the whole list takes (a 40-byte entry is a `Block` and `Field`s of ~600 bytes)."""
    return (_block(text, item) for item in _Scanner(text).items())


def iter_items(text: str, *, field_lines: bool = True, plain_text: bool = True) -> Iterator[Item]:
    """`iter_scan`'s blocks as the scanner finds them (`Item`s: offsets, no raw text, fields as tuples),
    for a reader that takes only the values: an entry read costs no `Block` or `Field` objects.
    Without `field_lines`, the fields of the common shape have line 0 (blocks keep their lines);
    without `plain_text`, text blocks with no '@' in them (blank lines, comments) are left out."""
    return _Scanner(text, field_lines=field_lines, plain_text=plain_text).items()


#: The month macros every BibTeX style defines (`month = oct`), as pybtex expands them.
MONTH_MACROS = {
    m[:3].lower(): m
    for m in "January February March April May June July August September October November December".split()
}
_PART = re.compile(r'[{}"#]')
# A value of `_FAST_FIELD`'s shape, whole, and one of its parts: nothing between two parts can start one.
_FAST_JOINED = re.compile(rf"(?:{_FAST_PART})(?:\s*\#\s*(?:{_FAST_PART}))*")
_FAST_PART_ONLY = re.compile(_FAST_PART)


def value_parts(value: str) -> list[str]:
    """The parts of a raw value joined by `#`, each as written (`"J. " # jacm` -> `['"J. "', 'jacm']`).

    >>> value_parts('"J. " # jacm # {, vol #1}')
    ['"J. "', 'jacm', '{, vol #1}']
    """
    if '"' not in value and "{" not in value and "}" not in value:  # macros and numbers only: `a # b`
        return [part.strip() for part in value.split("#")]
    if len(value) <= _FAST_SPAN and _FAST_JOINED.fullmatch(value):
        return _FAST_PART_ONLY.findall(value)  # the one-step shape (most): its parts, found in one pass
    parts, depth, quoted, start = [], 0, False, 0
    for match in _PART.finditer(value):
        char = match.group()
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            parts.append(value[start : match.start()].strip())
            start = match.end()
    parts.append(value[start:].strip())
    return parts


def expand(value: str, macros: dict[str, str]) -> tuple[str, list[str]]:
    """A raw value as BibTeX reads it: delimiters off, `@string` macros (lower-case names in `macros`,
    then the month macros) replaced, parts joined; and the names of the macros no one defined (read as "").

    >>> expand('"J. " # jacm # { 12}', {"jacm": "ACM"})
    ('J. ACM 12', [])
    """
    out, undefined = [], []
    for part in value_parts(value):
        if part[:1] in ('"', "{"):
            out.append(part[1:-1])
        elif part.isdigit():
            out.append(part)
        else:
            name = part.lower()
            known = macros.get(name, MONTH_MACROS.get(name))
            if known is None:
                undefined.append(part)
            out.append(known or "")
    return "".join(out), undefined
