"""RTF documents (a bibliography saved from a word processor, Zotero's "Copy to RTF"), read as HTML.

The RTF is turned into the HTML it shows, line for line (every source line keeps its number):
`\\par` ends a paragraph, `\\line` breaks one, `{\\b ..}` / `\\b ... \\b0` are bold, `\\i` italic,
`\\ul` underline, `\\super` superscript; `\\uN` and `\\'hh` are their characters; the font, colour
and style tables, `{\\*...}` destinations and pictures are skipped; every other control word is
dropped. One linear pass over the text.
"""

from __future__ import annotations

import html as html_escape
import re

from pubkit.reading.markup import html
from pubkit.reading.markup.base import Document

__all__ = ["read", "to_html"]

_TOKEN = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|(\n)|([^\\{}\n]+)", re.S
)
#: Destinations whose text is not the document's.
_SKIPPED = frozenset(
    "fonttbl colortbl stylesheet info pict header footer headerl headerr footerl footerr listtable "
    "listoverridetable rsidtbl generator xmlnstbl expandedcolortbl themedata colorschememapping "
    "latentstyles datastore mmathPr pgdsctbl revtbl filetbl".split()
)
_STYLES = {"b": "b", "i": "i", "ul": "u", "super": "sup", "sub": "sub"}
_CHARACTERS = {
    "emdash": "—",
    "endash": "–",
    "lquote": "‘",
    "rquote": "’",
    "ldblquote": "“",
    "rdblquote": "”",
    "bullet": "•",
}


class _State:
    __slots__ = ("skip", "styles", "uc")

    def __init__(self, skip: bool = False, styles: frozenset[str] = frozenset(), uc: int = 1) -> None:
        self.skip, self.styles, self.uc = skip, styles, uc


def to_html(text: str) -> str:
    """The HTML an RTF document shows, with the RTF's line breaks where they were."""
    out: list[str] = ["<html><body><p>"]
    opened: list[str] = []  # the style tags open in `out`, innermost last
    state = _State()
    stack: list[_State] = []
    pending_skip = 0  # characters after \uN still to skip (its fallback)
    fresh_group = False  # the group just opened: its first control word may make it a destination

    written = [False]  # whether the open paragraph has text yet

    def paragraph_end() -> None:
        out.append("</p><p>")
        written[0] = False

    def emit(chunk: str) -> None:
        written[0] = written[0] or bool(chunk.strip())
        want = sorted(state.styles)
        if opened != want:
            out.extend(f"</{tag}>" for tag in reversed(opened))
            out.extend(f"<{tag}>" for tag in want)
            opened[:] = want
        out.append(chunk)

    for m in _TOKEN.finditer(text):
        word, number, hexa, symbol, brace, newline, plain = m.groups()
        if newline:
            out.append("\n")  # the source's line break, kept for line numbers
            continue
        if brace == "{":
            stack.append(state)
            state = _State(state.skip, state.styles, state.uc)
            fresh_group = True
            continue
        if brace == "}":
            state = stack.pop() if stack else _State()
            fresh_group = False
            continue
        if symbol == "*" and fresh_group:
            state.skip = True
            continue
        if symbol == "\n":  # a backslash ending a line: a paragraph's end (the line break kept)
            if not state.skip:
                paragraph_end()
            out.append("\n")
            continue
        starts_group, fresh_group = fresh_group, False
        if word is not None:
            if (starts_group and word in _SKIPPED) or word == "pict":
                state.skip = True
            elif word in _STYLES:
                tag = _STYLES[word]
                on = number != "0"
                state.styles = state.styles | {tag} if on else state.styles - {tag}
            elif word in ("ulnone", "nosupersub", "plain"):
                state.styles = frozenset()
            elif word == "uc":
                state.uc = int(number or 1)
            elif word == "u" and number and not state.skip:
                code = int(number) % 65536
                emit(html_escape.escape(chr(code)))
                pending_skip = state.uc
            elif (word in ("par", "sect", "page") or (word == "pard" and written[0])) and not state.skip:
                paragraph_end()  # (\pard sets a paragraph's properties anew: a new paragraph)
            elif word in ("line", "tab") and not state.skip:
                emit("<br>" if word == "line" else " ")
            elif word in _CHARACTERS and not state.skip:
                emit(_CHARACTERS[word])
            continue
        if state.skip:
            continue
        if hexa is not None:
            if pending_skip:
                pending_skip -= 1
                continue
            emit(html_escape.escape(bytes([int(hexa, 16)]).decode("cp1252", errors="replace")))
        elif symbol is not None:
            emit({"~": "\u00a0", "-": "", "_": "-"}.get(symbol, html_escape.escape(symbol)))
        elif plain:
            if pending_skip:
                plain, pending_skip = plain[pending_skip:], max(0, pending_skip - len(plain))
            emit(html_escape.escape(plain))
    out.extend(f"</{tag}>" for tag in reversed(opened))
    out.append("</p></body></html>")
    return "".join(out)


def read(text: str) -> Document:
    """Read an RTF document."""
    return html.read(to_html(text))
