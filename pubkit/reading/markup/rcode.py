"""Tables written as R code in an R Markdown chunk (the `vitae` package's CVs): `tribble()` rows,
`tibble()` / `data.frame()` columns, and the `detailed_entries()` call that says what each column is.

`tribble(~year, ~title, …, 2024, "A title", …)` is a table whose `~` names are its header and whose
values, row by row, its rows; `tibble(year = c(…), title = c(…))` and `data.frame(…)` give their
columns whole. A value is an R string (escapes and raw strings read), a number, `NA` (no value), or
a call whose strings are its text (`c("A", "B")`: "A, B"). The next `detailed_entries(what = title,
when = year, with = authors, where = journal)` (or `brief_entries`) after a table in its chunk names
the column of each field, as vitae prints them; without one, a column's name does, as a table
heading does. No other R code is read. One pass over the code; nothing is evaluated.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrs import frozen

from pubkit.errors import Problem
from pubkit.wording import column_field

__all__ = ["Table", "tables"]

#: The calls that build a table, and how they hold it: row by row (`tribble`) or column by column.
_TABLE_CALLS = {
    "tribble": "rows",
    "frame_data": "rows",
    "tibble": "columns",
    "data_frame": "columns",
    "data.frame": "columns",
    "data.table": "columns",
}
#: vitae's entries calls and the field each of their arguments prints.
_ENTRY_CALLS = frozenset({"detailed_entries", "brief_entries"})
_ROLES = {"what": "title", "when": "date", "with": "author", "where": "container", "why": "other"}
#: Arguments of the table calls that are settings, never columns.
_SETTINGS = frozenset(
    {"stringsAsFactors", "check.names", "row.names", "check.rows", "fix.empty.names", ".name_repair", ".rows"}
)
_MISSING = frozenset({"NA", "NULL", "NA_character_", "NA_integer_", "NA_real_", "NA_complex_"})
_ESCAPES = {"n": "\n", "t": "\t", "r": "", "0": "", "a": "", "b": "", "f": "", "v": ""}
_OPERATORS = ("%>%", "<<-", "->>", "::", "<-", "->", "|>", "==", "!=", "<=", ">=", "&&", "||")


@frozen
class _Token:
    kind: str  # "str", "num", "name", "op"
    text: str
    line: int


@frozen
class Table:
    """A table R code builds: each row's cells as (field, text, source line); a cell's field is what
    the entries call or its column's name says ("other" when neither does)."""

    rows: tuple[tuple[tuple[str, str, int], ...], ...]
    line: int


def _string(code: str, start: int, quote: str) -> tuple[str, int] | None:
    """An R string literal's value and where it ends, or None when it is never closed."""
    chars: list[str] = []
    position = start + 1
    while position < len(code):
        char = code[position]
        if char == quote:
            return "".join(chars), position + 1
        if char != "\\" or position + 1 >= len(code):
            chars.append(char)
            position += 1
            continue
        following = code[position + 1]
        position += 2
        if following in "xuU":
            braced = position < len(code) and code[position] == "{"
            limit = {"x": 2, "u": 4, "U": 8}[following]
            digits_start = position + braced
            end = digits_start
            while end < len(code) and end - digits_start < limit and code[end] in "0123456789abcdefABCDEF":
                end += 1
            if end > digits_start:
                value = int(code[digits_start:end], 16)
                chars.append(chr(value) if value <= 0x10FFFF else "")
                position = end + (braced and end < len(code) and code[end] == "}")
                continue
        chars.append(_ESCAPES.get(following, following))
    return None


def _raw_string(code: str, start: int) -> tuple[str, int] | None:
    """An R raw string (`r"(…)"`, `R"---[…]---"`) starting at `start`: its value and end, or None."""
    quote = code[start + 1]
    position = start + 2
    while position < len(code) and code[position] == "-" and position - start < 100:
        position += 1
    if position >= len(code) or code[position] not in "([{":
        return None
    closer = {"(": ")", "[": "]", "{": "}"}[code[position]] + code[start + 2 : position] + quote
    end = code.find(closer, position + 1)
    if end < 0:
        return None
    return code[position + 1 : end], end + len(closer)


def _exponent_sign(code: str, position: int) -> bool:
    """Whether the character at `position` is the sign of a number's exponent (`1e-3`)."""
    return code[position] in "+-" and code[position - 1] in "eE"


def _tokens(code: str, first_line: int, problems: list[Problem]) -> Iterator[_Token]:
    """R's tokens with their lines; comments skipped. An unclosed string is a problem at its line
    and ends the code."""
    line = first_line
    position = 0
    size = len(code)
    while position < size:
        char = code[position]
        if char == "\n":
            line += 1
            position += 1
        elif char in " \t\r\f":
            position += 1
        elif char == "#":
            end = code.find("\n", position)
            position = size if end < 0 else end
        elif char in "rR" and position + 1 < size and code[position + 1] in "\"'":
            raw = _raw_string(code, position)
            if raw is None:
                problems.append(Problem("R raw string never closed", line=line, kind="syntax"))
                return
            yield _Token("str", raw[0], line)
            line += code.count("\n", position, raw[1])
            position = raw[1]
        elif char in "\"'":
            found = _string(code, position, char)
            if found is None:
                problems.append(Problem("R string never closed", line=line, kind="syntax"))
                return
            yield _Token("str", found[0], line)
            line += code.count("\n", position, found[1])
            position = found[1]
        elif char == "`":
            end = code.find("`", position + 1)
            end = size if end < 0 else end
            yield _Token("name", code[position + 1 : end], line)
            line += code.count("\n", position, end)
            position = end + 1
        elif char.isdigit() or (char == "." and position + 1 < size and code[position + 1].isdigit()):
            end = position + 1
            while end < size and (code[end].isalnum() or code[end] == "." or _exponent_sign(code, end)):
                end += 1
            yield _Token("num", code[position:end].rstrip("Li"), line)
            position = end
        elif char.isalpha() or char in "._":
            end = position + 1
            while end < size and (code[end].isalnum() or code[end] in "._"):
                end += 1
            yield _Token("name", code[position:end], line)
            position = end
        else:
            operator = next((op for op in _OPERATORS if code.startswith(op, position)), char)
            if char == "%" and operator == char:  # a `%in%`-style operator
                end = code.find("%", position + 1, position + 40)
                operator = code[position : end + 1] if end > 0 else char
            yield _Token("op", operator, line)
            position += len(operator)


def _matches(tokens: Sequence[_Token]) -> list[int]:
    """For each opening bracket, the index of the bracket that closes it (-1: never closed); one pass."""
    match = [-1] * len(tokens)
    open_at: list[int] = []
    for index, token in enumerate(tokens):
        if token.kind != "op":
            continue
        if token.text in "([{":
            open_at.append(index)
        elif token.text in ")]}" and open_at:
            match[open_at.pop()] = index
    return match


def _arguments(
    tokens: Sequence[_Token], start: int, match: Sequence[int], *, to_end: bool = False
) -> list[tuple[int, int]] | None:
    """The arguments of the call whose `(` is at `start`, each as a range of token indices; when it is
    never closed, None (or, `to_end`, those up to the code's end). Nested brackets are stepped over,
    so a call costs its own top-level tokens."""
    end = match[start] if match[start] >= 0 or not to_end else len(tokens)
    if end < 0:
        return None
    arguments: list[tuple[int, int]] = []
    first = index = start + 1
    while index < end:
        token = tokens[index]
        if token.kind == "op" and token.text == ",":
            arguments.append((first, index))
            first = index + 1
        elif token.kind == "op" and token.text in "([{" and match[index] > index:
            index = match[index]
        index += 1
    if first < end or arguments:
        arguments.append((first, end))
    return arguments


def _named(argument: Sequence[_Token]) -> tuple[str | None, Sequence[_Token]]:
    """An argument's name (`year = …`) and its value's tokens."""
    if len(argument) >= 2 and argument[0].kind in ("name", "str") and argument[1].text == "=":
        return argument[0].text, argument[2:]
    return None, argument


def _value(tokens: Sequence[_Token]) -> str:
    """A cell's text: a string or number as written, `NA` nothing, a call its strings and numbers."""
    if len(tokens) == 1 and tokens[0].kind in ("str", "num"):
        return tokens[0].text
    if len(tokens) == 1:
        return "" if tokens[0].text in _MISSING else tokens[0].text
    if len(tokens) == 2 and tokens[0].text == "-" and tokens[1].kind == "num":
        return "-" + tokens[1].text
    separator = ", " if tokens and tokens[0].text in ("c", "list") else " "
    return separator.join(t.text for t in tokens if t.kind in ("str", "num"))


def _elements(tokens: Sequence[_Token]) -> list[Sequence[_Token]]:
    """A column's values: the elements of `c(…)` / `list(…)`, else the one value."""
    if len(tokens) >= 3 and tokens[0].text in ("c", "list") and tokens[1].text == "(":
        match = _matches(tokens)
        if match[1] == len(tokens) - 1:
            return [tokens[a:b] for a, b in _arguments(tokens, 1, match) or []]
    return [tokens]


def _column_field(name: str, roles: dict[str, str]) -> str | None:
    """The field of the column `name`: the entries call's word for it, else its name's."""
    if name in roles:
        return roles[name]
    words = " ".join(name.replace("_", " ").replace(".", " ").split())
    return column_field(words, loose=False) or column_field(words)


def _call_name(tokens: Sequence[_Token], index: int) -> str | None:
    """The name of the function called at `index` (a name right before a `(`), without its package."""
    token = tokens[index]
    if token.kind != "name" or index + 1 >= len(tokens) or tokens[index + 1].text != "(":
        return None
    return token.text


def tables(code: str, first_line: int) -> tuple[list[Table], list[Problem]]:
    """The tables an R chunk builds (one entry a row, at the row's line) and what could not be read."""
    problems: list[Problem] = []
    tokens = list(_tokens(code, first_line, problems))
    match = _matches(tokens)
    found: list[tuple[int, str, list[Sequence[_Token]]]] = []  # (token index, kind, arguments)
    entries: list[tuple[int, dict[str, str]]] = []  # each entries call's column roles
    index = 0
    while index < len(tokens):
        name = _call_name(tokens, index)
        if name is None or (name not in _TABLE_CALLS and name not in _ENTRY_CALLS):
            index += 1
            continue
        ranges = _arguments(tokens, index + 1, match, to_end=name in _TABLE_CALLS)
        if ranges is None or match[index + 1] < 0:  # a table's rows up to the end are still read
            problems.append(Problem(f"R call {name}( never closed", line=tokens[index].line, kind="syntax"))
        if ranges is None:
            break
        if name in _ENTRY_CALLS:  # its arguments are read where they stand: `what = title`
            roles: dict[str, str] = {}
            for a, b in ranges:
                key, value = _named(tokens[a : min(b, a + 3)])
                if key in _ROLES and b - a == 3 and value[0].kind in ("name", "str"):
                    roles[value[0].text] = _ROLES[key]
            entries.append((index, roles))
            index += 1
        else:  # a table: read whole, then stepped over
            found.append((index, _TABLE_CALLS[name], [tokens[a:b] for a, b in ranges]))
            index = match[index + 1] + 1 if match[index + 1] >= 0 else len(tokens)
    out: list[Table] = []
    for start, kind, values in found:
        roles = next((r for at, r in entries if at > start), {})
        if kind == "rows":
            table = _rows(values, roles, tokens[start].line, problems)
        else:
            table = _columns(values, roles, tokens[start].line)
        if table is not None:
            out.append(table)
    return out, problems


def _is_publications(fields: Sequence[str | None], roles: dict[str, str]) -> bool:
    """Whether a table holds entries: an entries call prints it, or its columns name a title or authors."""
    return bool(roles) or bool({"title", "author", "work"} & set(fields))


def _cell(field: str | None, tokens: Sequence[_Token]) -> tuple[str, str, int] | None:
    text = " ".join(_value(tokens).split())
    if not text or not tokens:
        return None
    return ("title" if field == "work" else field or "other"), text, tokens[0].line


def _rows(
    arguments: list[Sequence[_Token]], roles: dict[str, str], line: int, problems: list[Problem]
) -> Table | None:
    """A `tribble()`: its `~name` header, then its values a row at a time."""
    names = [a[1].text for a in arguments if len(a) == 2 and a[0].text == "~" and a[1].kind != "op"]
    values = [value for value in arguments[len(names) :] if value]  # a trailing comma is no value
    if not names:
        return None
    fields = [_column_field(name, roles) for name in names]
    if not _is_publications(fields, roles):
        return None
    rows: list[tuple[tuple[str, str, int], ...]] = []
    for start in range(0, len(values), len(names)):
        row = values[start : start + len(names)]
        if len(row) < len(names):
            at = next((a[0].line for a in row if a), line)
            problems.append(Problem(f"tribble row with {len(row)} of {len(names)} values", line=at))
            break
        cells = [_cell(field, value) for field, value in zip(fields, row, strict=True)]
        kept = tuple(cell for cell in cells if cell is not None)
        if kept:
            rows.append(kept)
    return Table(tuple(rows), line)


def _columns(arguments: list[Sequence[_Token]], roles: dict[str, str], line: int) -> Table | None:
    """A `tibble()` / `data.frame()`: named columns of values (`c(…)`), a value of one element recycled."""
    columns: list[tuple[str | None, list[Sequence[_Token]]]] = []
    for argument in arguments:
        name, value = _named(argument)
        if name is None or name in _SETTINGS or not value:
            continue
        columns.append((_column_field(name, roles), _elements(value)))
    if not columns or not _is_publications([field for field, _ in columns], roles):
        return None
    count = max(len(values) for _, values in columns)
    rows: list[tuple[tuple[str, str, int], ...]] = []
    for row in range(count):
        cells = [
            _cell(field, values[row] if row < len(values) else values[0])
            for field, values in columns
            if row < len(values) or len(values) == 1
        ]
        kept = tuple(cell for cell in cells if cell is not None)
        if kept:
            rows.append(kept)
    return Table(tuple(rows), line)
