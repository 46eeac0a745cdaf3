"""A CV's own LaTeX macros, written out before the LaTeX reader walks the document.

CVs define shorthands for what every entry repeats: `\\newcommand{\\me}{\\textbf{L.~Ferreira}}` for
the owner's name, `\\newcommand{\\pub}[4]{\\item #1. \\textit{#2}. #3, #4.}` for an entry's layout.
Left as they are, the owner's name and whole entries are lost; written out, they read as printed.
Only `\\newcommand` / `\\renewcommand` / `\\providecommand` (with or without a number of arguments,
never with an optional argument's default) and `\\def\\name{...}` without arguments are expanded.
Expansion is bounded: at most `_MAX_DEFINITIONS` definitions, bodies of at most `_MAX_BODY`
characters, arguments of at most 2,000, `_MAX_USES` uses with arguments and `_MAX_DEPTH` rounds (a
macro used inside another's arguments), and output at most `_MAX_GROWTH` times the input, so a
document that defines a macro through itself or leaves arguments open cannot make reading explode.
Line breaks in a body are spaces and those of an argument stay where they are, so every line of the
document keeps its number.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["expand", "hide_definitions"]

_DEFINITION = re.compile(
    r"\\(?:(?:re|provide)?newcommand\*?\s*\{?\s*\\([A-Za-z]+)\s*\}?\s*(?:\[(\d)\])?\s*(?=\{)"
    r"|def\s*\\([A-Za-z]+)\s*(?=\{))"
)
#: Any definition, expandable or not: its name, then its argument count, defaults and body groups.
_ANY_DEFINITION = re.compile(
    r"\\(?:(?:re|provide)?new(?:command|environment)\*?|def(?=\s*\\))\s*(?:\{[^{}\n]{0,80}\}|\\[A-Za-z@]+)"
)
#: What comes right before a macro's name where the name is being defined, not used.
_DEFINED_HERE = re.compile(r"(?:newcommand|providecommand)\*?\s*\{?\s*$|\\def\s*$")
_MAX_BODY = 500
_MAX_DEPTH = 4
_MAX_GROWTH = 4
_MAX_USES = 5_000
_MAX_DEFINITIONS = 500


def _group(text: str, start: int, limit: int = 2_000) -> int:
    """The end (after its closing brace) of the brace group opening at `start` and closing within
    `limit` characters, or -1."""
    depth = 0
    for k in range(start, min(len(text), start + limit)):
        ch = text[k]
        if ch == "\\":
            continue
        if ch == "{" and text[k - 1 : k] != "\\":
            depth += 1
        elif ch == "}" and text[k - 1 : k] != "\\":
            depth -= 1
            if depth == 0:
                return k + 1
    return -1


def _definitions(text: str) -> dict[str, tuple[int, str]]:
    """Macro name -> (number of arguments, body) for every definition the reader can expand."""
    found: dict[str, tuple[int, str]] = {}
    for m in itertools.islice(_DEFINITION.finditer(text), _MAX_DEFINITIONS):
        name = m.group(1) or m.group(3)
        end = _group(text, m.end())
        if end < 0 or end - m.end() - 2 > _MAX_BODY:
            continue
        body = text[m.end() + 1 : end - 1].replace("\n", " ")  # its uses keep the lines they span
        if text.startswith("[", end):  # an optional argument's default: not expanded
            continue
        count = int(m.group(2) or 0)
        found[name] = (count, _as_heading(body) if count == 1 else body)
    return found


def _as_heading(body: str) -> str:
    """A one-argument macro's body, or a section heading where it sets its argument as a display line
    of its own in large type or over a rule (space before, a break after), as a CV's own class makes
    its sections: "\\vspace{1em}{\\large\\bfseries #1}\\\\\\rule{\\linewidth}{0.4pt}". (A bold line alone
    may be an entry's title: it is left to the reader.)"""
    displayed = _DISPLAYED.search(body) and _BROKEN_AFTER.search(body)
    return "\\section*{#1}" if "#1" in body and displayed and _SECTION_STYLE.search(body) else body


_DISPLAYED = re.compile(r"\\(?:vspace|bigskip|medskip|smallskip|par)\b")
_BROKEN_AFTER = re.compile(r"#1.*(?:\\\\|\\par\b|\\newline\b)")
_SECTION_STYLE = re.compile(r"\\(?:large|Large|LARGE|huge|Huge|scshape|rule|hrule|titlerule)\b")


def _arguments(text: str, start: int, count: int) -> tuple[list[str], int] | None:
    """`count` brace groups from `start` (spaces between), their contents and the end; None if absent."""
    values: list[str] = []
    at = start
    for _ in range(count):
        while at < len(text) and text[at] in " \t":
            at += 1
        if not text.startswith("{", at):
            return None
        end = _group(text, at)
        if end < 0:
            return None
        values.append(text[at + 1 : end - 1])
        at = end
    return values, at


def _round(text: str, macros: dict[str, tuple[int, str]], uses: re.Pattern[str]) -> str:
    """One left-to-right pass writing out every use of a macro (its arguments as they are); at most
    `_MAX_USES` uses with arguments, so that unclosed arguments cannot make the pass quadratic."""
    out: list[str] = []
    at = scanned = 0
    for m in uses.finditer(text):
        if m.start() < at or _DEFINED_HERE.search(text, max(0, m.start() - 20), m.start()):
            continue  # (the name in its own definition: "\renewcommand{\labelenumi}" in the body)
        count, body = macros[m.group(1)]
        if count:
            scanned += 1
            if scanned > _MAX_USES:
                break
            taken = _arguments(text, m.end(), count)
            if taken is None:
                continue
            values, end = taken
            for k, value in enumerate(values, 1):
                body = body.replace(f"#{k}", value)
        else:
            end = m.end()
        out.append(text[at : m.start()])
        out.append(body)
        at = end
    out.append(text[at:])
    return "".join(out)


def expand(text: str) -> str:
    """`text` with the uses of its own simple macros written out (bounded: see the module's doc)."""
    if "\\newcommand" not in text and "\\def" not in text and "command" not in text:
        return text
    macros = _definitions(text)
    if not macros:
        return text
    names = "|".join(map(re.escape, sorted(macros, key=len, reverse=True)))
    uses = re.compile(rf"\\({names})(?![A-Za-z])")  # a use: the name, not followed by a letter
    # after the preamble (a list's label may be defined again in the body), or the last definition
    begin = text.find("\\begin{document}")
    last = max(m.end() for m in _DEFINITION.finditer(text))
    start = begin if begin >= 0 else max(last, _group(text, last))
    head, body = text[:start], text[start:]
    for _ in range(_MAX_DEPTH):
        expanded = _round(body, macros, uses)
        if expanded == body or len(expanded) > _MAX_GROWTH * len(text) + 10_000:
            break
        body = expanded
    return head + body


def hide_definitions(text: str) -> str:
    """`text` with every macro and environment definition blanked (its newlines kept): a body such as
    `\\begin{itemize}` opened and never closed inside it would otherwise swallow the document."""
    if "new" not in text and "\\def" not in text:
        return text
    pieces: list[str] = []
    cursor = 0
    for m in _ANY_DEFINITION.finditer(text):
        if m.start() < cursor:
            continue
        end = m.end()
        while True:  # `[2]`, `[default]` and the brace groups of the body (two for an environment)
            at = end
            while at < len(text) and text[at] in " \t":
                at += 1
            if text.startswith("[", at) and (close := text.find("]", at, at + 200)) > 0:
                end = close + 1
            elif text.startswith("{", at) and (close := _group(text, at)) > 0:
                end = close
            else:
                break
        pieces.append(text[cursor : m.start()])
        pieces.append(re.sub(r"[^\n]", " ", text[m.start() : end]))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
