"""LaTeX <-> Unicode, the one place that knows it: pylatexenc decodes, `encode` writes text that decodes back.

Every reader (BibTeX fields, LaTeX CVs) and `titles.normalize_title` decode through `decode`; every
LaTeX or BibTeX writer escapes through `encode`, whose output `decode` turns back into the same text.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from functools import lru_cache
from typing import Any

from pylatexenc import latex2text, latexencode, latexwalker, macrospec

__all__ = ["decode", "decode_once", "encode", "is_plain", "latex_to_text", "strip_controls"]

Spans = tuple[tuple[int, int], ...]

# ----------------------------------------------------------------------------------------------
# Decoding: pylatexenc with the macros BibTeX files use that it does not know


def _second_argument(n: Any, l2tobj: Any) -> str:
    args = n.nodeargd.argnlist if n.nodeargd is not None else []
    return str(l2tobj.nodelist_to_text([args[1]])) if len(args) > 1 and args[1] is not None else ""


def _verbatim_argument(n: Any, l2tobj: Any) -> str:
    args = n.nodeargd.argnlist if n.nodeargd is not None else []
    if not args or args[0] is None:
        return ""
    node = args[0]
    inner = node.nodelist if hasattr(node, "nodelist") else [node]
    return "".join(x.latex_verbatim() for x in inner)


_LITERAL_MACROS = {
    "textquotedbl": '"',
    "textless": "<",
    "textgreater": ">",
    "textunderscore": "_",
    "textbar": "|",
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textdollar": "$",
    "textpercent": "%",
    "textampersand": "&",
    "textmu": "\u00b5",
    "textendash": "\u2013",
    "textemdash": "\u2014",
    "textquoteleft": "\u2018",
    "textquoteright": "\u2019",
    "textquotedblleft": "\u201c",
    "textquotedblright": "\u201d",
}


def _contexts() -> tuple[Any, Any]:
    walker_db = latexwalker.get_default_latex_context_db()
    walker_db.add_context_category(
        "pubkit",
        prepend=True,
        macros=[
            macrospec.MacroSpec("href", "{{"),
            macrospec.MacroSpec("url", "{"),
            *(macrospec.MacroSpec(name, "") for name in _LITERAL_MACROS),
        ],
    )
    text_db = latex2text.get_default_latex_context_db()
    text_db.add_context_category(
        "pubkit",
        prepend=True,
        macros=[
            latex2text.MacroTextSpec("href", simplify_repl=_second_argument),
            latex2text.MacroTextSpec("url", simplify_repl=_verbatim_argument),
            *(latex2text.MacroTextSpec(name, value) for name, value in _LITERAL_MACROS.items()),
        ],
    )
    _index_specials(walker_db)
    return walker_db, text_db


def _index_specials(db: Any) -> None:
    """Give `db` a `test_for_specials` that looks only at the specials starting with the character
    at `pos`: pylatexenc's tries every special of every category at every character it reads (a
    sixth of parsing a value). Same answer: the longest match, the first of equal ones in category order."""
    by_first: dict[str, list[tuple[str, Any]]] = {}
    for category in db.category_list:
        for chars, spec in db.d[category]["specials"].items():
            if chars:
                by_first.setdefault(chars[0], []).append((chars, spec))

    def test_for_specials(s: str, pos: int, parsing_state: Any = None) -> Any:
        best, best_len = None, 0
        for chars, spec in by_first.get(s[pos : pos + 1], ()):
            if len(chars) > best_len and s.startswith(chars, pos):
                best, best_len = spec, len(chars)
        return best

    db.test_for_specials = test_for_specials


_WALKER_DB, _TEXT_DB = _contexts()
_TO_TEXT = latex2text.LatexNodes2Text(latex_context=_TEXT_DB, math_mode="text", keep_comments=False)
# `[\\$~%]|--|``|''|[?!]``, written as one character class (and what must follow): the search skips to
# the class's characters, ~2.5x faster over the fields of a large file
_NEEDS_LATEX = re.compile(r"[\\$~%\-`'?!](?:(?<=[\\$~%])|(?<=-)-|(?<=`)`|(?<=')'|(?<=[?!])`)")
# `_NEEDS_LATEX` or a brace, in one search (what `is_plain` asks of every field)
_NOT_PLAIN = re.compile(r"[{}\\$~%\-`'?!](?:(?<=[{}\\$~%])|(?<=-)-|(?<=`)`|(?<=')'|(?<=[?!])`)")
# `_NOT_PLAIN` or an ASCII control character (what makes ASCII text unprintable)
_NOT_PLAIN_ASCII = re.compile(
    r"[{}\\$~%\-`'?!\x00-\x1f\x7f](?:(?<=[{}\\$~%\x00-\x1f\x7f])|(?<=-)-|(?<=`)`|(?<=')'|(?<=[?!])`)"
)
_PERCENT = re.compile(r"(?<!\\)((?:\\\\)*)%")  # a bare % in a field is text, not a LaTeX comment
_BRACE = re.compile(r"[{}]")
_COMMAND = re.compile(r"\\(?:[A-Za-z]+\s*|(?=[^A-Za-z]))")
#: Longer values are not parsed as LaTeX: their commands are dropped and their text kept.
LATEX_LIMIT = 100_000


def _nodes(value: str) -> list[Any]:
    # Each parse leaves cyclic garbage (pylatexenc defines a class per call), which a reader that has
    # paused the collector would keep to its end (50x a small file's size): it is collected after the
    # parse. Everything made before the parse is frozen first, so that the collection looks at the
    # parse's own objects only, not at every record read since the previous parse (2-4% of reading a
    # small file), then unfrozen into the oldest generation. Objects frozen by someone else are never
    # unfrozen here: with any, the young generation is collected as it is.
    paused = not gc.isenabled()
    freeze = paused and not gc.get_freeze_count()
    if freeze:
        gc.freeze()
    try:
        walker = latexwalker.LatexWalker(value, latex_context=_WALKER_DB, tolerant_parsing=True)
        nodes, _, _ = walker.get_latex_nodes()
    finally:
        if paused:
            gc.collect(0)
        if freeze:
            gc.unfreeze()
    return list(nodes or [])


def _node_text(node: Any) -> str:
    return str(_TO_TEXT.node_to_text(node))


def _is_special(node: Any) -> bool:
    """BibTeX's "special character": a top-level group starting with a command (`{\\"u}`, `{$\\mu$}`)."""
    children = [
        c for c in node.nodelist if not (c.isNodeType(latexwalker.LatexCharsNode) and not c.chars.strip())
    ]
    return bool(children) and children[0].isNodeType((latexwalker.LatexMacroNode, latexwalker.LatexMathNode))


def _braces_only(value: str) -> tuple[str, list[tuple[int, int]]]:
    """Text with braces but no LaTeX: drop the braces, remember the top-level groups (linear, and no
    per-character lists: a 10 MB field costs a few copies of itself, not forty)."""
    spans: list[tuple[int, int]] = []
    depth = start = 0
    for dropped, match in enumerate(_BRACE.finditer(value)):
        at = match.start() - dropped  # where this brace would be in the text without braces
        if match[0] == "{":
            if depth == 0:
                start = at
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and at > start:
                spans.append((start, at))
    return value.replace("{", "").replace("}", ""), spans


def _decode_latex(value: str) -> tuple[str, list[tuple[int, int]]]:
    value = _PERCENT.sub(r"\1\\%", value)
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    size = 0
    for node in _nodes(value):
        piece = _node_text(node)
        if (
            node.isNodeType(latexwalker.LatexGroupNode)
            and node.delimiters == ("{", "}")
            and piece.strip()
            and not _is_special(node)
        ):
            spans.append((size, size + len(piece)))
        out.append(piece)
        size += len(piece)
    return "".join(out), spans


# The common LaTeX of BibTeX fields, read without pylatexenc (which takes ~30 µs a character): accents
# on a letter, escaped specials, dashes and quotes as ligatures, letter macros closed by a non-letter,
# and brace groups. Each piece is decoded by pylatexenc alone (once per distinct piece) and the pieces
# are joined: equal to pylatexenc's reading of the whole value (tests/test_bibtex_fastpath.py checks it
# on every LaTeX value of the real collections). Anything else (math, `\\`, a macro followed by a space
# or an argument) is read as a whole top-level chunk (below), or the value goes to pylatexenc whole.
_SIMPLE_LETTER_MACROS = "|".join(
    sorted(
        {"i", "j", "ss", "o", "O", "l", "L", "aa", "AA", "ae", "AE", "oe", "OE", *_LITERAL_MACROS},
        key=len,
        reverse=True,
    )
)
# Text with no LaTeX: characters with no meaning to LaTeX, and the ones that have it only doubled. Its
# pattern is unrolled (each repetition starts at a `_SINGLE`), so a brace group of it that does not
# close is given up on in linear time.
_TEXT_CHAR = r"[^\\{}$~`'\-?!%&]"
_SINGLE = r"(?:-(?!-)|'(?!')|`(?!`)|[?!](?!`))"
_TEXT_RUN = rf"{_TEXT_CHAR}*(?:{_SINGLE}{_TEXT_CHAR}*)*"
# `^`, `_` and `#` outside math are characters to pylatexenc (`CO_{2}`, `^{31}P`); `&` is a special
# of its own; `\url{...}` with no brace, backslash or `$` inside is its argument as written (and
# `\cite{...}` is "<cit.>"); math of ASCII letters, digits and operators (`$O(n^{2})$`) is its text
# without braces, stripped; `\emph{...}` and the font commands pylatexenc reads alike are their
# argument's text (other font commands, `\textsf` or `\texttt`, pylatexenc drops with their text).
_SIMPLE_TOKEN = re.compile(
    rf"(?P<plain>(?:{_TEXT_CHAR}|{_SINGLE}){_TEXT_RUN})|(?P<word>\{{{_TEXT_RUN}\}})"  # text; a group of it
    r"|(?P<open>\{)|(?P<close>\})"
    r"|(?P<piece>\\[`'^\"~=.](?:[A-Za-z]|\{[A-Za-z]\}|\{\\[ij]\}|\\[ij](?![A-Za-z\s{]))"
    r"|\\[uvHckrbd](?:\{(?:[A-Za-z]|\\[ij])\}| [A-Za-z])"
    rf"|\\(?:{_SIMPLE_LETTER_MACROS})(?![A-Za-z\s{{])"
    r"|\\[{}&%$_#]|-{2,3}|``|''|[?!]`|~|&)"
    r"|(?P<percent>%)"
    r"|(?P<url>\\url\{[^{}\\$]*\})|(?P<cite>\\cite\{[^{}\\$]*\})"
    r"|(?P<format>\\(?:emph|textit|textbf|textsc|textrm|textsl|text|mathrm|underline)\{)"
    r"|(?P<math>\$(?:[A-Za-z0-9 ^_#+=/()\[\]<>.,:;|*@\"{}]|-(?!-)|'(?!')|`(?!`)|[?!](?!`))+\$)"
)
#: The combining character each accent macro of the simple subset puts on its letter, as pylatexenc's
#: `make_accented_char` does (NFC, `\i` and `\j` taken as i and j).
_ACCENT_MARKS = {
    "'": "\u0301",
    "`": "\u0300",
    '"': "\u0308",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "b": "\u0331",
    "d": "\u0323",
}
#: The other pieces of the simple subset, as pylatexenc reads them.
_PIECES = {
    **{"\\" + name: text for name, text in _LITERAL_MACROS.items()},
    **{"\\" + char: char for char in "{}&%$_#"},
    "\\i": "\u0131",
    "\\j": "\u0237",
    "\\ss": "\u00df",
    "\\o": "\u00f8",
    "\\O": "\u00d8",
    "\\l": "\u0142",
    "\\L": "\u0141",
    "\\aa": "\u00e5",
    "\\AA": "\u00c5",
    "\\ae": "\u00e6",
    "\\AE": "\u00c6",
    "\\oe": "\u0153",
    "\\OE": "\u0152",
    "--": "\u2013",
    "---": "\u2014",
    "``": "\u201c",
    "''": "\u201d",
    "?`": "\u00bf",
    "!`": "\u00a1",
    "~": "\u00a0",
    "&": "   ",  # an alignment tab, which pylatexenc prints as three spaces
}


@lru_cache(maxsize=4096)
def _piece_text(piece: str) -> str:
    """A piece of the simple subset as pylatexenc reads it (tests/test_latex_pieces.py compares every
    piece the subset has): from the tables, or pylatexenc itself for a piece they do not hold."""
    known = _PIECES.get(piece)
    if known is not None:
        return known
    accent = _ACCENT_MARKS.get(piece[1:2]) if piece[:1] == "\\" and len(piece) > 2 else None
    if accent is not None and (not piece[1].isalpha() or piece[2] in "{ "):  # `\'e`, `\c{c}`, `\c c`
        return unicodedata.normalize("NFC", piece.rstrip("}")[-1] + accent)
    return _decode_latex(piece)[0]


@lru_cache(maxsize=8192)
def _chunk_latex(chunk: str) -> tuple[str, Spans]:
    lone = _LONE_MACRO.fullmatch(chunk)
    if lone is not None:  # `$\beta$`, `{\textdegree}`: a symbol, with no span (a "special character")
        name = lone[lone.lastindex or 0]
        text = "" if _prints_nothing(name) else _lone_macro_text(name)
        if text is not None:
            return text, ()
    if chunk[:1] == "\\" and _drops_its_arguments(chunk):  # `\texttt{x}`, `\hspace{0pt}`
        return "", ()
    if len(chunk) > 2 and chunk[0] == "$" and chunk[-1] == "$" and chunk.count("$") == 2:
        math = _math_text(chunk[1:-1])
        if math is not None:  # math is a node of its own, never a protected group
            return math, ()
    found, spans = _decode_latex(chunk)
    return found, tuple(spans)


# Inline math of ASCII text, brace groups and macros, read as pylatexenc reads it in text mode without a
# parse of its own (~100 µs a chunk): in an equation, pylatexenc's text of a node list is its nodes'
# texts joined, except that a text node with nothing but blanks prints nothing, and a macro without
# arguments is followed by the blanks it ate when a text node comes next; the whole is stripped. A
# macro with arguments (`\mathcal{O}`, `\sqrt{n}`) is read by pylatexenc alone, once per distinct one.
_MATH_PART = re.compile(
    r"(?P<chars>(?:[A-Za-z0-9 ^_+=/()\[\]<>.,:;|*@\"]|-(?!-)|'(?!')|`(?!`)|[?!](?!`))+)"
    r"|(?P<open>\{)|(?P<close>\})|(?P<macro>\\[A-Za-z]+)(?P<space> *)"
)


def _math_text(content: str) -> str | None:
    """pylatexenc's text of `$content$`, or None when `content` holds anything else than the above."""
    stack: list[list[str]] = [[]]  # the texts of the node lists being read, one per open group
    pending: list[str] = [""]  # per list: the blanks a bare macro ate, printed if a text node follows
    position, end = 0, len(content)
    while position < end:
        part = _MATH_PART.match(content, position)
        if part is None:
            return None
        kind = part.lastgroup
        if kind == "chars":
            chars = part.group()
            stack[-1].append(pending[-1] + (chars if chars.strip() else ""))
            pending[-1] = ""
            position = part.end()
        elif kind == "open":
            stack.append([])
            pending.append("")
            position = part.end()
        elif kind == "close":
            if len(stack) == 1:
                return None
            inner = "".join(stack.pop())
            pending.pop()
            stack[-1].append(inner)
            pending[-1] = ""
            position = part.end()
        else:
            name = part["macro"][1:]
            bare = _bare_macro_text(name)
            if bare is not None:
                stack[-1].append(bare)
                pending[-1] = part["space"]
                position = part.end()
                continue
            argument_end = _chunk_end(content, position)
            if argument_end is None or not _paired(content[position:argument_end]):
                return None
            text = _math_macro_text(content[position:argument_end])
            if text is None:
                return None
            stack[-1].append(text)
            pending[-1] = ""
            position = argument_end
    if len(stack) != 1:
        return None
    return "".join(stack[0]).strip()


def _drops_its_arguments(chunk: str) -> bool:
    """Whether `chunk` is one macro with its braced arguments that pylatexenc prints as nothing: known
    to the parser, which reads the arguments, and dropped by the text table (`\\texttt`, `\\hspace`)."""
    name = _MACRO_NAME.match(chunk)
    if name is None or not _dropped_with_arguments(name[0][1:]):
        return False
    if "$" in chunk or _STRUCTURE.search(chunk):
        return False  # math or a verbatim or environment in an argument: left to pylatexenc
    return _chunk_end(chunk, 0) == len(chunk)


@lru_cache(maxsize=1024)
def _dropped_with_arguments(name: str) -> bool:
    spec = _WALKER_DB.get_macro_spec(name)
    if (
        spec is None
        or type(spec.args_parser) is not macrospec.MacroStandardArgsParser
        or "{" not in str(spec.args_parser.argspec)
    ):
        return False
    text_spec = _TEXT_DB.get_macro_spec(name)
    return text_spec is None or (not text_spec.simplify_repl and bool(text_spec.discard))


@lru_cache(maxsize=1024)
def _bare_macro_text(name: str) -> str | None:
    """The text of a macro that takes no argument (a fixed symbol, or nothing), else None."""
    return "" if _prints_nothing(name) else _lone_macro_text(name)


@lru_cache(maxsize=4096)
def _math_macro_text(macro: str) -> str | None:
    """pylatexenc's text of a macro with its braced arguments in math, unstripped: read between two
    periods (text nodes of their own, so the macro's text keeps its blanks); None when not so framed."""
    name = _MACRO_NAME.match(macro)
    spec = _WALKER_DB.get_macro_spec(name[0][1:]) if name is not None else None
    if (
        spec is None
        or type(spec.args_parser) is not macrospec.MacroStandardArgsParser
        or "{" not in str(spec.args_parser.argspec)  # with no argument it would eat the blanks after it
    ):
        return None
    text = _decode_latex(f"$.{macro}.$")[0]
    return text[1:-1] if len(text) >= 2 and text[0] == "." and text[-1] == "." else None


# A macro with no argument alone in a chunk: in math, in a group, in math in a group, or bare with the
# spaces it eats. Its text is its fixed replacement in pylatexenc's table (tests/test_latex_pieces.py
# compares every such macro in every form with pylatexenc's reading), so it costs no parse (~50 µs).
_LONE_MACRO = re.compile(r"\$\\([A-Za-z]+)\$|\{\\([A-Za-z]+)\}|\{\$\\([A-Za-z]+)\$\}|\\([A-Za-z]+)\s*")


@lru_cache(maxsize=1024)
def _lone_macro_text(name: str) -> str | None:
    """The text pylatexenc gives a macro with no arguments whose replacement is a fixed, non-empty
    string (`\\beta`, `\\textdegree`); None for any other (arguments, formatting, unknown, dropped)."""
    spec = _WALKER_DB.get_macro_spec(name)  # None: unknown to the parser, which reads no argument
    if spec is not None and str(spec.args_parser.argspec):
        return None
    text_spec = _TEXT_DB.get_macro_spec(name)
    repl = getattr(text_spec, "simplify_repl", None)
    if not isinstance(repl, str) or not repl.strip() or "%" in repl or "\\" in repl:
        return None
    return repl


@lru_cache(maxsize=1024)
def _prints_nothing(name: str) -> bool:
    """Whether pylatexenc reads the macro with no arguments and prints nothing for it: unknown to both
    tables (`\\SI`, `\\kelvin`), or known with no replacement (`\\it`, `\\relax`: dropped, or its
    arguments' text, of which it has none)."""
    if name in _NOT_INNER:
        return False
    spec = _WALKER_DB.get_macro_spec(name)
    if spec is not None and (
        type(spec.args_parser) is not macrospec.MacroStandardArgsParser or str(spec.args_parser.argspec)
    ):
        return False
    text_spec = _TEXT_DB.get_macro_spec(name)
    return text_spec is None or not getattr(text_spec, "simplify_repl", None)


# Outside the common subset a value is still read piece by piece where its pieces are whole top-level
# nodes of pylatexenc's parse: a brace group, `$...$` / `$$...$$` math, or a macro with its braced
# arguments (`\ch`, `\url{...}`, `\textdegree` or `\beta` with the spaces they eat). pylatexenc decodes
# each such chunk alone (cached: `\ch{^{8}Li}` and `$\beta$` repeat across a collection) and the texts
# and spans are joined; a macro with optional or unbraced arguments returns None.
_SCAN_BRACES = re.compile(r"\\.|[{}]", re.DOTALL)
_SCAN_DOLLAR = re.compile(r"\\.|\$", re.DOTALL)
_MACRO_NAME = re.compile(r"\\(?:[A-Za-z]+|.)", re.DOTALL)
_SPACES = re.compile(r"\s*")


def _group_end(value: str, start: int) -> int | None:
    """The end of the brace group opening at `start`; None when it never closes."""
    depth = 0
    for found in _SCAN_BRACES.finditer(value, start):
        mark = found[0]
        if mark == "{":
            depth += 1
        elif mark == "}":
            depth -= 1
            if depth == 0:
                return found.end()
    return None


def _math_end(value: str, start: int) -> int | None:
    """The end of the `$...$` or `$$...$$` starting at `start`; None when it does not close plainly.

    A `$` that never closes is a chunk alone (pylatexenc reads it as nothing): the rest of the value is
    then read as text, piece by piece, not handed whole to pylatexenc, whose nodes take ~100 bytes a
    character."""
    display = value.startswith("$$", start)
    opening = start + (2 if display else 1)
    for found in _SCAN_DOLLAR.finditer(value, opening):
        if found[0] != "$":
            continue
        if not display:
            return found.end()
        return found.end() + 1 if value.startswith("$$", found.start()) else None
    return opening


def _chunk_end(value: str, start: int) -> int | None:
    """The end of the top-level node starting at `start` (see above), or None."""
    char = value[start]
    if char == "{":
        return _group_end(value, start)
    if char == "$":
        return _math_end(value, start)
    if char in "^_#&":  # outside math a special character alone, as pylatexenc reads it
        return start + 1
    name = _MACRO_NAME.match(value, start)
    if name is None:
        return None
    position = name.end()
    spec = _WALKER_DB.get_macro_spec(name[0][1:])
    argspec = str(spec.args_parser.argspec) if spec is not None else ""
    if not argspec:
        return _SPACES.match(value, position).end() if name[0][1:].isalpha() else position  # type: ignore[union-attr]
    for kind in argspec:
        after = _SPACES.match(value, position).end()  # type: ignore[union-attr]
        if kind == "{" and value.startswith("{", after):
            found = _group_end(value, after)
            if found is None:
                return None
            position = found
        elif kind not in "*[" or value.startswith(("*", "["), after):
            return None  # an unbraced or optional argument: left to pylatexenc
    return position


# Macros the tokenizer reads as something else than a macro node (math delimiters, environments), or
# whose argument is not LaTeX (`\verb`): never a node of their own inside a group.
_NOT_INNER = frozenset(("(", ")", "[", "]", "begin", "end", "verb"))
_STRUCTURE = re.compile(r"\\(?:[()\[\]]|(?:begin|end|verb)(?![A-Za-z]))")


def _inner_chunk_end(value: str, start: int) -> int | None:
    """The end of the node starting at `start` inside a brace group, as `_chunk_end` finds it, when it
    is read alone as pylatexenc reads it in the group: a closed `$...$`, `^`, `_` or `#`, or a macro
    with its braced arguments, with braces that pair (so it ends inside the group); else None.

    Outside math, pylatexenc's text of a group is the texts of its nodes joined (`strict_latex_spaces`
    keeps no macro's trailing space and every blank between nodes), as at the top level."""
    char = value[start]
    if char == "\\":
        name = _MACRO_NAME.match(value, start)
        if name is None or name[0][1:] in _NOT_INNER:
            return None
        spec = _WALKER_DB.get_macro_spec(name[0][1:])
        if spec is not None and type(spec.args_parser) is not macrospec.MacroStandardArgsParser:
            return None
    elif char == "$":
        closing = _math_end(value, start)
        if closing is None or closing - start < 3 or value.count("$", start, closing) != 2:
            return None  # display math, or math that does not close, is left to the whole group
    elif char not in "^_#":
        return None
    end = _chunk_end(value, start)
    if end is None or not _paired(value[start:end]) or _STRUCTURE.search(value, start, end):
        return None
    if char == "\\" and value.find("$", start, end) >= 0:
        return None  # math in an argument: left to the whole group
    return end


def _paired(text: str) -> bool:
    """Whether the braces in `text` pair up."""
    depth = 0
    for brace in _BRACE.findall(text):
        depth += 1 if brace == "{" else -1
        if depth < 0:
            return False
    return depth == 0


def _decode_simple(value: str) -> tuple[str, list[tuple[int, int]]] | None:
    """`_decode_latex(value)` for the common subset of LaTeX; None for anything outside it."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    size = depth = start = 0
    first = blank = special = False  # of the top-level group being read
    position, end = 0, len(value)
    match = _SIMPLE_TOKEN.match
    group_at, saved = 0, (0, 0, 0)  # where the top-level group being read opened, and the output then
    closes: bool | None = None  # whether that group closes, once asked
    while position < end:
        token = match(value, position)
        if token is not None and token.lastgroup == "math" and not _paired(token.group()):
            token = None  # braces in math that do not pair: the math is a chunk for pylatexenc
        if token is None:
            # (only in a group that closes: a value with one that does not goes to pylatexenc whole)
            if depth and closes is None:
                closes = _group_end(value, group_at) is not None
            inner_end = _inner_chunk_end(value, position) if depth and closes else None
            if inner_end is not None:  # a node inside the group: its text alone, no span of its own
                text = _chunk_latex(value[position:inner_end])[0]
                if first:  # a group starting with a macro or math is a "special character"
                    special, first = value[position] in "\\$", False
                blank = blank and not text.strip()
                out.append(text)
                size += len(text)
                position = inner_end
                continue
            if depth:  # the top-level group is read as one chunk instead
                position, depth, size = group_at, 0, saved[1]
                del out[saved[0] :], spans[saved[2] :]
            chunk_end = _chunk_end(value, position)
            if chunk_end is None:
                return None
            text, chunk_spans = _chunk_latex(value[position:chunk_end])
            spans.extend((size + begin, size + finish) for begin, finish in chunk_spans)
            out.append(text)
            size += len(text)
            position = chunk_end
            continue
        position = token.end()
        kind = token.lastgroup
        if kind == "open":
            if depth == 0:
                start, first, blank, special = size, True, True, False
                group_at, saved, closes = token.start(), (len(out), size, len(spans)), None
            else:
                first = False  # a group as the first child: not special
            depth += 1
            continue
        if kind == "format":  # `\emph{`: its argument is read as text, and is no top-level group
            if depth == 0:
                start, first, blank, special = size, False, True, True
                group_at, saved, closes = token.start(), (len(out), size, len(spans)), None
            elif first:  # a group starting with a command: a "special character", no span
                special, first = True, False
            depth += 1
            continue
        if kind == "word":  # `{GPU}`: what `open`, `plain` and `close` do, in one step
            text = token.group()[1:-1]
            if depth == 0:
                if text.strip():
                    spans.append((size, size + len(text)))
            else:
                first, blank = False, blank and not text.strip()
            out.append(text)
            size += len(text)
            continue
        if kind == "close":
            if depth == 0:
                continue  # pylatexenc drops a '}' that closes nothing
            depth -= 1
            if depth == 0 and not blank and not special:
                spans.append((start, size))
            continue
        if kind == "plain":
            text = token.group()
        elif kind == "piece":
            text = _piece_text(token.group())
        elif kind == "percent":
            text = "%"
        elif kind == "cite":
            text = "<cit.>"  # what pylatexenc prints for a citation
        elif kind == "url":  # as written, a '%' escaped as `_decode_latex` escapes it before pylatexenc
            text = token.group()[5:-1].replace("%", "\\%")
        else:
            text = token.group()[1:-1].replace("{", "").replace("}", "").strip()
        if depth and (kind != "plain" or not text.isspace()):
            if first:  # BibTeX's "special character" group starts with a command (`{\\"u}`)
                special = kind != "plain" and (kind != "piece" or token.group()[0] == "\\")
                first = False
            blank = blank and not text.strip()
        out.append(text)
        size += len(text)
    if depth and not blank and not special:  # a group still open at the end closes there
        spans.append((start, size))
    return "".join(out), spans


@lru_cache(maxsize=65536)
def decode(value: str) -> tuple[str, Spans]:
    """A field's LaTeX as Unicode text, with the (start, end) ranges of its brace-protected groups.

    Whitespace is collapsed as the model collapses it; a value pylatexenc cannot parse (or too deeply
    nested for it) loses only its braces and commands' backslashes, never its text.

    >>> decode(r"{CutMix}: M{\\"u}ller -- 100\\% {\\textbackslash}input Y{\\i}ld{\\i}z")
    ('CutMix: Müller – 100% \\\\input Yıldız', ((0, 6),))
    """
    return _decode(value, spans=True)


@lru_cache(maxsize=65536)
def latex_to_text(value: str) -> str:
    """A LaTeX string as plain Unicode text (accents, `\\i`, `\\AA`, math symbols; formatting dropped)."""
    return _decode(value, spans=False)[0]


def is_plain(value: str) -> bool:
    """Whether `latex_to_text(value)` is `value` with its white space collapsed: no LaTeX, braces or
    control characters in it (most names and venues), so a reader can skip decoding it."""
    if value.isascii():  # (most) both tests in one search: an ASCII character is printable unless a control
        return not _NOT_PLAIN_ASCII.search(value)
    return value.isprintable() and not _NOT_PLAIN.search(value)


def decode_once(value: str, *, spans: bool = True) -> tuple[str, Spans]:
    """`decode` (or, without `spans`, `latex_to_text` and no spans) with no cache entry: for values that
    seldom repeat (titles, abstracts), which a cache would only hold in memory."""
    return _decode(value, spans=spans)


def _decode(value: str, *, spans: bool) -> tuple[str, Spans]:
    latex = _NEEDS_LATEX.search(value) is not None
    if not latex and (not spans or ("{" not in value and "}" not in value)):
        return _plain(value.replace("{", "").replace("}", "")), ()  # most fields: nothing to decode
    if latex and len(value) > LATEX_LIMIT:  # pylatexenc takes ~30 µs a character: a 10 MB field would hang
        return _plain(_COMMAND.sub("", value).replace("{", "").replace("}", "")), ()
    if not latex:
        text, groups = _braces_only(value)
    else:
        try:
            simple = _decode_simple(value)
            text, groups = simple if simple is not None else _decode_latex(value)
        except (RecursionError, latexwalker.LatexWalkerError, IndexError, ValueError, TypeError, KeyError):
            text, groups = _braces_only(value.replace("\\", ""))
    return _collapse(text, groups if spans else [])


def _plain(text: str) -> str:
    if text.isprintable() and "  " not in text and text.strip(" ") == text:
        return text  # collapsed already (most decoded fields: the reader collapsed them), no copy made
    return " ".join(strip_controls(text).split())


def _collapse(text: str, spans: list[tuple[int, int]]) -> tuple[str, Spans]:
    """Whitespace collapsed (and control characters dropped) as the model does, the spans moved along."""
    collapsed = _plain(text)
    if not spans:
        return collapsed, ()
    if collapsed == text:  # nothing collapsed (most titles): every span stays where it is
        return collapsed, _trimmed(collapsed, spans)
    needed = sorted({i for span in spans for i in span})
    position: dict[int, int] = {}
    size, pending, next_needed = 0, False, 0
    controls = not text.isprintable()
    for index, char in enumerate(text):
        if char.isspace() or (controls and _is_control(char)):
            pending = pending or (size > 0 and char.isspace())
        else:
            if pending:
                size, pending = size + 1, False
            size += 1
            index_size = size - 1
            while next_needed < len(needed) and needed[next_needed] == index:
                position[index] = index_size
                next_needed += 1
            continue
        while next_needed < len(needed) and needed[next_needed] == index:
            position[index] = size
            next_needed += 1
    for index in needed[next_needed:]:
        position[index] = size
    return collapsed, _trimmed(collapsed, [(position[begin], position[end]) for begin, end in spans])


def _trimmed(text: str, spans: list[tuple[int, int]]) -> Spans:
    """The spans without the spaces at their ends; those left empty dropped."""
    ranges = []
    for begin, end in spans:
        while begin < end and text[begin] == " ":
            begin += 1
        while end > begin and text[end - 1] == " ":
            end -= 1
        if end > begin:
            ranges.append((begin, end))
    return tuple(ranges)


# ----------------------------------------------------------------------------------------------
# Encoding: text as LaTeX that prints it and decodes back to it

# Characters LaTeX treats specially (or OT1 prints as something else), written to print as themselves.
# Brace-wrapped text commands are "special characters" to BibTeX: change.case$ leaves them alone.
_ESCAPES = {
    "\\": "{\\textbackslash}",
    "{": "{\\textbraceleft}",
    "}": "{\\textbraceright}",
    "~": "{\\textasciitilde}",
    "^": "{\\textasciicircum}",
    "&": "\\&",
    "%": "\\%",
    "$": "\\$",
    "#": "\\#",
    "_": "\\_",
    "<": "{\\textless}",
    ">": "{\\textgreater}",
    "|": "{\\textbar}",
}
# Pairs TeX fonts join into another character (ligatures): an empty group keeps them apart.
_LIGATURES = frozenset(["--", "``", "''", "!`", "?`", ",,"])
_ACCENTS = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0302": "^",
    "\u0303": "~",
    "\u0304": "=",
    "\u0306": "u",
    "\u0307": ".",
    "\u0308": '"',
    "\u030a": "r",
    "\u030b": "H",
    "\u030c": "v",
    "\u0323": "d",
    "\u0327": "c",
    "\u0328": "k",
    "\u0331": "b",
}
_LETTERS = {
    "ß": "\\ss",
    "ø": "\\o",
    "Ø": "\\O",
    "æ": "\\ae",
    "Æ": "\\AE",
    "œ": "\\oe",
    "Œ": "\\OE",
    "å": "\\aa",
    "Å": "\\AA",
    "ł": "\\l",
    "Ł": "\\L",
    "ı": "\\i",
    "ȷ": "\\j",
    "đ": "\\dj",
    "Đ": "\\DJ",
    "þ": "\\th",
    "Þ": "\\TH",
    "ð": "\\dh",
    "ŋ": "\\ng",
    "\u00b5": "\\textmu",
    "\u2013": "--",
    "\u2014": "---",
    "\u2018": "`",
    "\u2019": "'",
    "\u201c": "``",
    "\u201d": "''",
    "\u00a0": "~",
    "\u2026": "\\ldots",
    "\u00a1": "!`",
    "\u00bf": "?`",
}
_GREEK = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon "
    "phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega varepsilon vartheta "
    "varphi varsigma"
).split()


def _greek_name(char: str) -> str | None:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return None
    match = re.fullmatch(r"GREEK (SMALL|CAPITAL) LETTER ([A-Z]+)", name)
    if not match:
        return None
    word = match[2].lower().replace("lamda", "lambda")
    word = word.capitalize() if match[1] == "CAPITAL" else word
    return word if word in _GREEK else None


_NEEDS_PACKAGE = re.compile(r"\\(?:mathscr|mathbb|mathfrak|mathbbm|mathds|mathsf|mathtt)\b")
_PYLATEXENC = latexencode.UnicodeToLatexEncoder(
    non_ascii_only=True,
    replacement_latex_protection="braces-all",
    unknown_char_policy="keep",
    unknown_char_warning=False,
)


def _candidate(char: str) -> str | None:
    """LaTeX for one non-ASCII character, before it is checked to decode back."""
    if char in _LETTERS:
        latex = _LETTERS[char]
        return "{" + latex + "}" if latex.startswith("\\") else latex
    greek = _greek_name(char)
    if greek:
        return "{$\\" + greek + "$}"
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    if marks and base.isascii() and base.isalpha() and all(m in _ACCENTS for m in marks):
        latex = base  # i and j keep their dots: biber turns \'\i into a combining accent pdflatex refuses
        for index, mark in enumerate(marks):
            command = _ACCENTS[mark]
            latex = f"\\{command}{latex}" if not command.isalpha() else f"\\{command}{{{latex}}}"
            latex = "{" + latex + "}" if index < len(marks) - 1 else latex
        return "{" + latex + "}"
    latex = str(_PYLATEXENC.unicode_to_latex(char))
    return latex if latex != char else None


@lru_cache(maxsize=4096)
def _encode_char(char: str) -> str:
    """A non-ASCII character as ASCII LaTeX that decodes back to it; raw UTF-8 when there is none."""
    latex = _candidate(char)
    if latex is not None:
        latex = latex.replace("\\mathscr{", "\\mathcal{")  # \mathcal is LaTeX's own, \mathscr a package's
        if decode(latex)[0] == char and not _NEEDS_PACKAGE.search(latex):
            return latex
    plain = unicodedata.normalize("NFKC", char)  # 𝔸, ℝ, ﬁ: the plain letters (a deliberate normalisation)
    if plain != char and plain.isascii() and plain.isalnum():
        return encode(plain)
    return char  # CJK, Hangul, ...: for a document with a Unicode engine or a CJK package


_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# The control characters that are white space (tabs, line breaks), and all of them (category Cc is
# U+0000-U+001F and U+007F-U+009F) with the bidi overrides: `strip_controls` in two passes over the text,
# not one Python call per character (abstracts with a no-break space are not printable).
_SPACE_CONTROLS = re.compile("[\t\n\r\x0b\x0c\x1c\x1d\x1e\x85]")
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _is_control(char: str) -> bool:
    """Control characters (ESC, NUL, DEL, C1) and bidi overrides: never text, and they rewrite terminals."""
    return unicodedata.category(char) == "Cc" or char in _BIDI


def strip_controls(text: str) -> str:
    """Text without control characters (terminal escapes, NUL) or bidi overrides; tabs and line
    breaks become spaces. Every text output of pubkit goes through it."""
    if text.isprintable():
        return text
    return _CONTROLS.sub("", _SPACE_CONTROLS.sub(" ", text))


def encode(text: str, *, unicode: bool = False) -> str:
    """Text as LaTeX that prints it literally and `decode`s back to it: specials escaped, ligatures
    broken, control characters dropped, non-ASCII as `{\\"u}` (raw with `unicode=True`).

    >>> encode("100% \\\\input Müller -- a<b")
    '100\\\\% {\\\\textbackslash}input M{\\\\"u}ller -{}- a{\\\\textless}b'
    """
    out: list[str] = []
    previous = ""
    for char in strip_controls(text):
        if char in _ESCAPES:
            piece = _ESCAPES[char]
        elif char.isascii() or unicode:
            piece = char
        else:
            piece = _encode_char(char)
        if previous and previous[-1] + piece[0] in _LIGATURES:
            out.append("{}")  # `--`, ``` `` ```, `''`, `!``, `?``, `,,` would print as one other character
        out.append(piece)
        previous = piece
    return "".join(out)
