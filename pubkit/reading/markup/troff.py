"""groff / troff sources (`-ms`, `-me`, `-mm`, `-man`): requests start blocks, escapes give fonts and glyphs.

`.IP` / `.TP` / `.LI` / `.ip` / `.np` / `.XP` are items (a numeric tag is the item's number, a bullet
no text), `.PP` / `.LP` / `.pp` / `.P` paragraphs, `.SH` / `.NH` / `.SS` / `.sh` / `.H` headings,
`.TL` / `.AU` the document's title and owner; `.B` / `.I` / `.BI` arguments and `\\fB` / `\\fI` /
`\\fP` escapes are bold and italic spans, `\\(dg`-style escapes their glyphs; `.TS` tables give one
entry per row; macro definitions, equations, pictures and comments are skipped; other requests are
dropped. Every scan is a plain left-to-right walk with bounded look-ahead, so any input reads in
linear time.
"""

from __future__ import annotations

import re
import unicodedata

from pubkit.reading.markup._builder import Assembler, TextBuilder, split_number
from pubkit.reading.markup.base import Document

__all__ = ["looks_like_troff", "read"]

# A control line: "." or "'" then the request's name (or a comment).
_CONTROL = re.compile(r"[.'][ \t]*([^\s\\]{1,20})?")
_LEVEL = re.compile(r"[0-9]{1,2}")
_TAB = re.compile(r"\btab\s{0,4}\((.)\)")

#: The requests that start a paragraph, an item, a heading, or end a block.
_PARAGRAPHS = frozenset({"PP", "LP", "P", "pp", "lp", "QP", "AB", "PD0"})
_ITEMS = frozenset({"IP", "ip", "XP", "HP", "np", "bu", "LI", "TP", "TQ"})
_HEADINGS = frozenset({"SH", "NH", "SS", "sh", "uh", "H", "HU"})
_BREAKS = frozenset({"sp", "bp", "SK", "pg"})
_LINE_BREAKS = frozenset({"br", "ti", "in", "ce", "BR0"})
_DISPLAYS = frozenset({"DS", "ID", "LD", "CD", "BD", "RD", "(l", "(b", "(z", "(c", "(q", "DF"})
_DISPLAY_ENDS = frozenset({"DE", ")l", ")b", ")z", ")c", ")q"})
_LISTS = frozenset({"AL", "BL", "DL", "ML", "RL", "VL"})
_FOOTNOTES = {"FS": "FE", "(f": ")f", "(d": ")d"}
#: Bodies read by a preprocessor or never printed: each request and the request that ends it.
_SKIPPED = {"EQ": "EN", "PS": "PE", "G1": "G2", "[": "]", "IS": "IE", "GS": "GE", "PSPIC": "", "(x": ")x"}
_DEFINITIONS = frozenset({"de", "de1", "dei", "am", "am1", "ami", "ig"})
#: Font requests: their arguments are text in a font (`.B word post pre` in ms/me, alternating in man).
_FONT_REQUESTS = {
    "B": "B",
    "I": "I",
    "R": "R",
    "BI": "BI",
    "CW": "C",
    "UL": "U",
    "b": "B",
    "i": "I",
    "r": "R",
    "bi": "BI",
    "u": "U",
    "SM": "",
    "LG": "",
    "NL": "",
    "BX": "",
}
_ALTERNATING = {"BR": "BR", "RB": "RB", "IR": "IR", "RI": "RI", "IB": "IB", "BI": "BI"}
_KNOWN = (
    _PARAGRAPHS
    | _ITEMS
    | _HEADINGS
    | _BREAKS
    | _LINE_BREAKS
    | _DISPLAYS
    | _DISPLAY_ENDS
    | _LISTS
    | _DEFINITIONS
    | set(_FOOTNOTES)
    | set(_FOOTNOTES.values())
    | set(_SKIPPED)
    | set(_FONT_REQUESTS)
    | set(_ALTERNATING)
    | {"TL", "AU", "AI", "TH", "TS", "TE", "nf", "fi", "ft", "ds", "nr", "LE", "KS", "KE", "RS", "RE", "so"}
)

_GLYPHS = {
    "dg": "†", "dd": "‡", "sc": "§", "ps": "¶", "em": "—", "en": "–", "hy": "-", "mi": "-", "pl": "+",
    "mu": "×", "di": "÷", "bu": "•", "lq": "“", "rq": "”", "oq": "‘", "cq": "’", "aq": "'", "dq": '"',
    "Fo": "«", "Fc": "»", "fo": "‹", "fc": "›", "bq": "‚", "Bq": "„", "co": "©", "rg": "®", "tm": "™",
    "de": "°", "ct": "¢", "Po": "£", "Ye": "¥", "Eu": "€", "eu": "€", "fm": "′", "sd": "″", "sq": "□",
    "ci": "○", "**": "*", "->": "→", "<-": "←", "<>": "↔", "ua": "↑", "da": "↓", ">=": "≥", "<=": "≤",
    "!=": "≠", "==": "≡", "~=": "≅", "~~": "≈", "+-": "±", "12": "½", "14": "¼", "34": "¾", "ss": "ß",
    "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "/o": "ø", "/O": "Ø", "/l": "ł", "/L": "Ł", "-D": "Ð",
    "Sd": "ð", "TP": "Þ", "Tp": "þ", "ga": "`", "aa": "´", "ha": "^", "ti": "~", "rs": "\\", "sl": "/",
    "ba": "|", "or": "|", "ru": "_", "ul": "_", "at": "@", "sh": "#", "Do": "$", "fa": "∀", "te": "∃",
    "if": "∞", "pt": "∝", "es": "∅", "mo": "∈", "sr": "√", "st": "∋", "ap": "∼", "pc": "·", "md": "⋅",
    "OK": "✓", "ho": "˛", "a-": "¯", "a.": "˙", "ab": "˘", "ah": "ˇ", "ao": "˚", "a\"": "˝", "id": "ı",
    "r!": "¡", "r?": "¿", "%0": "‰", "ob": "●", "lz": "◊", "uA": "⇑", "dA": "⇓", "rA": "⇒", "lA": "⇐",
}  # fmt: skip
_GREEK = dict(zip("abgdezyhiklmncoprstufxqw", "αβγδεζηθικλμνξοπρστυφχψω", strict=True))
_GREEK_UPPER = dict(zip("ABGDEZYHIKLMNCOPRSTUFXQW", "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", strict=True))
#: A composite glyph's accent (`\('e`, `\[:u]`) and an ms accent string after its letter (`e\*'`).
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", ":": "\u0308", ",": "\u0327"}
_ACCENT_STRINGS = {**_ACCENTS, "v": "\u030c", "o": "\u030a", "_": "\u0304", "8": "ß"}
_STRINGS = {"Q": "“", "U": "”", "-": "—", "Lq": "“", "Rq": "”", "lq": "“", "rq": "”", "R": "®", "Tm": "™"}
_FONTS = {"1": "R", "2": "I", "3": "B", "4": "BI"}
_SIMPLE = {
    "-": "-", "e": "\\", "\\": "\\", "E": "", "&": "", "|": "", "^": "", ")": "", "%": "", ":": "",
    "/": "", ",": "", "c": "", "p": "", "a": "", "d": "", "u": "", "r": "", "t": " ", " ": " ",
    "~": " ", "0": " ", "_": "_", ".": ".", "'": "'", "`": "`", "!": "", "{": "", "}": "", "z": "",
}  # fmt: skip
_DELIMITED = frozenset("hvwoXDlLbZxSHNRABCYVO")  # escapes with a delimited argument: \h'1i'
_NAMED = frozenset("ngmMFkY$")  # escapes with a name argument: \n(xx, \m[red], \$1
_BULLETS = frozenset("•·-–—*○●□■▪►◦✓+o")
_MAX_NAME = 64
_MAX_ARGUMENT = 256
_MAX_STRING = 256


def _kinds(font: str) -> frozenset[str]:
    """The spans a font name shows: bold and/or italic (`B`, `I`, `BI`, `CB`, `HI`), underline (`U`)."""
    kinds = set()
    if "B" in font:
        kinds.add("bold")
    if "I" in font:
        kinds.add("italic")
    if font == "U":
        kinds.add("underline")
    return frozenset(kinds)


def _glyph(name: str) -> str:
    """A special character by its groff name: `dg`, `em`, `*a`, `'e`, `u00E9`, `u0065_0301`."""
    if name in _GLYPHS:
        return _GLYPHS[name]
    if len(name) == 2 and name[0] == "*":
        return _GREEK.get(name[1]) or _GREEK_UPPER.get(name[1], "")
    if len(name) == 2 and name[0] in _ACCENTS and name[1].isalpha():
        return unicodedata.normalize("NFC", name[1] + _ACCENTS[name[0]])
    if name[:1] == "u" and len(name) <= 40:
        try:
            return unicodedata.normalize("NFC", "".join(chr(int(part, 16)) for part in name[1:].split("_")))
        except (ValueError, OverflowError):
            return ""
    if len(name) == 1:
        return name
    return ""


def _name(text: str, pos: int) -> tuple[str, int]:
    """An escape's name at `pos`: one character, `(xx`, or `[long name]` (bounded); and where it ends."""
    if pos >= len(text):
        return "", pos
    if text[pos] == "(":
        return text[pos + 1 : pos + 3], min(pos + 3, len(text))
    if text[pos] == "[":
        close = text.find("]", pos + 1, pos + 1 + _MAX_NAME)
        if close < 0:
            return "", pos + 1
        return text[pos + 1 : close], close + 1
    return text[pos], pos + 1


def _strip_comment(line: str) -> str:
    """The line without a `\\"` or `\\#` comment (a `\\\\` pair is an escaped backslash, not a comment)."""
    pos = line.find("\\")
    while 0 <= pos < len(line) - 1:
        following = line[pos + 1]
        if following in '"#':
            return line[:pos]
        pos = line.find("\\", pos + 2)
    return line


def _arguments(text: str) -> list[str]:
    """A request's arguments: split at spaces, a `"..."` argument holds spaces (`""` is a quote)."""
    out: list[str] = []
    pos, size = 0, len(text)
    while pos < size:
        while pos < size and text[pos] in " \t":
            pos += 1
        if pos >= size:
            break
        if text[pos] == '"':
            pos += 1
            chars: list[str] = []
            while pos < size:
                if text[pos] == '"':
                    if pos + 1 < size and text[pos + 1] == '"':
                        chars.append('"')
                        pos += 2
                        continue
                    pos += 1
                    break
                if text[pos] == "\\" and pos + 1 < size:
                    chars.append(text[pos : pos + 2])
                    pos += 2
                    continue
                chars.append(text[pos])
                pos += 1
            out.append("".join(chars))
        else:
            start = pos
            while pos < size and text[pos] not in " \t":
                pos += 2 if text[pos] == "\\" else 1
            out.append(text[start:pos])
    return out


class _Reader:
    """Reads the source line by line; `builder` is the block being read, `mode` says what it is."""

    def __init__(self, text: str) -> None:
        self.rows = text.split("\n")
        self.assembler = Assembler("troff")
        self.builder: TextBuilder | None = None
        self.mode = "block"  # "block", "heading", "TL", "AU", "AI", "aside"
        self.kind = "paragraph"
        self.number: int | None = None
        self.level = 1
        self.font: frozenset[str] = frozenset()
        self.previous: frozenset[str] = frozenset()
        self.nofill = False
        self.raised: TextBuilder | None = None  # the builder with a `\\u` superscript open
        self.tag_pending = False
        self.man = re.search(r"^[.'][ \t]*TH[ \t]", text, re.MULTILINE) is not None
        self.strings: dict[str, str] = {}
        self.budget = 2 * len(text) + 100_000
        self.lists: list[list[int]] = []  # mm lists: [numbered, counter]
        self.counter = 0  # me's .np
        self.title: str | None = None
        self.owner: str | None = None
        self.man_title: str | None = None
        self.stash: tuple[TextBuilder | None, str, str, int | None, int] | None = None

    # blocks

    def end(self) -> None:
        """Close the block being read: a heading, an entry, or the document's title or author."""
        builder, self.builder = self.builder, None
        self.tag_pending = False
        mode, self.mode = self.mode, "block"
        if builder is None:
            return
        if mode == "heading":
            self.assembler.heading(builder, self.level)
        elif mode in {"TL", "AU"}:
            text = builder.finish()[0].replace("\n", " ").strip()
            if mode == "TL" and text and self.title is None:
                self.title = text
            elif mode == "AU" and text and self.owner is None:
                self.owner = text
        elif mode != "AI":
            self.assembler.block(builder, "aside" if mode == "aside" else self.kind, self.number)
        self.kind = "paragraph"
        self.number = None

    def start(self, mode: str = "block", kind: str = "paragraph", number: int | None = None) -> TextBuilder:
        """Open a new block; a paragraph request sets the font back to roman."""
        self.end()
        self.builder = TextBuilder()
        self.mode, self.kind, self.number = mode, kind, number
        self.font = self.previous = frozenset()
        return self.builder

    def current(self) -> TextBuilder:
        """The block that text goes into: a paragraph when none is open (its font carried over)."""
        if self.builder is None:
            font = self.font
            self.builder = TextBuilder()
            self.mode, self.kind, self.number = "block", "paragraph", None
            for kind in sorted(font):
                self.builder.open(kind)
        return self.builder

    # inline text

    def set_font(self, builder: TextBuilder, name: str) -> None:
        """Switch the font: spans of the old font close after the last word, the new font's open."""
        new = self.previous if name == "P" else _kinds(_FONTS.get(name, name))
        for kind in sorted(self.font - new):
            builder.close(kind)
        for kind in sorted(new - self.font):
            builder.open(kind)
        self.previous, self.font = self.font, new

    def emit(self, builder: TextBuilder, text: str, line: int, depth: int = 0) -> None:
        """Feed one line (or argument) of troff text: escapes become glyphs, font spans or nothing."""
        parts: list[str] = []
        pos, size = 0, len(text)

        def flush() -> None:
            if parts:
                builder.text("".join(parts), line)
                parts.clear()

        while pos < size:
            found = text.find("\\", pos)
            if found < 0:
                parts.append(text[pos:])
                break
            parts.append(text[pos:found])
            if found + 1 >= size:
                break  # a line continued: the next line's words follow
            code = text[found + 1]
            pos = found + 2
            if code in '"#':
                break
            if code == "f":
                name, pos = _name(text, pos)
                flush()
                self.set_font(builder, name)
            elif code in "([":
                name, pos = _name(text, found + 1)
                parts.append(_glyph(name))
            elif code == "C" and pos < size:
                close = text.find(text[pos], pos + 1, pos + 1 + _MAX_NAME)
                parts.append(_glyph(text[pos + 1 : close]) if close > 0 else "")
                pos = close + 1 if close > 0 else pos + 1
            elif code == "N" and pos < size:
                close = text.find(text[pos], pos + 1, pos + 12)
                digits = text[pos + 1 : close] if close > 0 else ""
                parts.append(chr(int(digits)) if digits.isdigit() and int(digits) < 0x110000 else "")
                pos = close + 1 if close > 0 else pos + 1
            elif code == "*":
                name, pos = _name(text, pos)
                if name in _ACCENT_STRINGS and name not in self.strings:
                    self._accent(parts, name)
                elif name in self.strings and depth < 2 and self.budget > 0:
                    flush()
                    self.budget -= len(self.strings[name])
                    self.emit(builder, self.strings[name], line, depth + 1)
                else:
                    parts.append(_STRINGS.get(name, ""))
            elif code == "s":
                pos = self._size(text, pos)
            elif code in _DELIMITED and pos < size:
                close = text.find(text[pos], pos + 1, pos + 1 + _MAX_ARGUMENT)
                pos = close + 1 if close > 0 else pos + 1
            elif code in _NAMED:
                pos = _name(text, pos)[1]
            elif code in "ud":
                flush()
                if code == "u" and self.raised is not builder:
                    builder.open("sup")
                    self.raised = builder
                elif code == "d" and self.raised is builder:
                    builder.close("sup")
                    self.raised = None
            elif code in _SIMPLE:
                parts.append(_SIMPLE[code])
            else:
                parts.append(code)
        flush()

    @staticmethod
    def _accent(parts: list[str], name: str) -> None:
        """An ms accent string after its letter (`e\\*'` is é): the accent joins the last character."""
        accent = _ACCENT_STRINGS[name]
        if accent == "ß":
            parts.append(accent)
            return
        while parts and not parts[-1]:
            parts.pop()  # each empty piece once: a run of accents stays linear
        if parts:
            parts[-1] = parts[-1][:-1] + unicodedata.normalize("NFC", parts[-1][-1] + accent)

    @staticmethod
    def _size(text: str, pos: int) -> int:
        """Skip a `\\s` size escape's argument: `\\s-2`, `\\s0`, `\\s(12`, `\\s[+3]`, `\\s'12'`."""
        if pos < len(text) and text[pos] in "+-":
            pos += 1
        if pos < len(text) and text[pos] in "(['":
            if text[pos] == "'":
                close = text.find("'", pos + 1, pos + 12)
                return close + 1 if close > 0 else pos + 1
            return _name(text, pos)[1]
        end = pos
        while end < len(text) and end < pos + 2 and text[end].isdigit():
            end += 1
        return end

    def plain(self, text: str, line: int) -> str:
        """The text of a tag or title argument, escapes read, fonts ignored."""
        font, previous = self.font, self.previous
        builder = TextBuilder()
        self.emit(builder, text, line)
        self.font, self.previous = font, previous
        return builder.finish()[0]

    # requests

    def item(self, tag: str | None, line: int, number: int | None = None) -> None:
        """An item with its tag: a number or a bullet are no text, other tags (a year) open its text."""
        text = self.plain(tag, line).strip() if tag else ""
        if text and number is None:
            printed, cut = split_number(text)
            if printed is not None and cut >= len(text):
                number, text = printed, ""
            elif text.isdigit() and len(text) <= 3:
                number, text = int(text), ""
        builder = self.start(kind="item", number=number)
        if text and not all(ch in _BULLETS for ch in text):
            self.emit(builder, tag or "", line)
            self.set_font(builder, "R")
            builder.space()

    def heading(self, name: str, args: list[str], line: int) -> None:
        """A heading request: its level, and its text from the arguments or the lines that follow."""
        level = 2 if name == "SS" else 1
        if name in {"NH", "SH", "sh", "H"} and args and _LEVEL.fullmatch(args[0]):
            level = max(int(args[0]), 1)
            args = args[1:]
        if name in {"NH", "SH"} and not self.man:
            args = [a for a in args if not _LEVEL.fullmatch(a)]
        if name == "sh":
            self.counter = 0
        builder = self.start("heading")
        self.level = level
        if args:
            self.emit(builder, " ".join(args), line)
            if name not in {"SH", "NH"} or self.man:
                self.end()

    def font_request(self, name: str, args: list[str], line: int) -> None:
        """`.B word post pre` (ms, me) or alternating fonts (`.BR word post`, and man's `.B a b c`)."""
        builder = self.current()
        if self.tag_pending:
            self.tag_pending = False
        if name in _ALTERNATING and (self.man or name != "BI"):
            fonts = _ALTERNATING[name]
            for index, arg in enumerate(args):
                self.set_font(builder, fonts[index % 2])
                self.emit(builder, arg, line)
            self.set_font(builder, "R")
            return
        font = _FONT_REQUESTS.get(name, "R")
        if not args:
            if font:
                self.set_font(builder, font)
            return
        if self.man:
            self.set_font(builder, font or "R")
            self.emit(builder, " ".join(args), line)
            self.set_font(builder, "R")
            return
        outer = self.font
        if len(args) > 2:
            self.emit(builder, args[2], line)
        if font:
            self.set_font(builder, font)
        self.emit(builder, args[0], line)
        for kind in sorted(self.font - outer):
            builder.close(kind)
        for kind in sorted(outer - self.font):
            builder.open(kind)
        self.font = outer
        if len(args) > 1:
            self.emit(builder, args[1], line)

    def skip(self, index: int, terminator: str) -> int:
        """The row after the request `terminator` (`..` ends a definition) at or after row `index`."""
        while index < len(self.rows):
            row = self.rows[index]
            index += 1
            if row[:1] and row[0] in ".'" and row[1:].strip(" \t").split(" ", 1)[0] == terminator[1:]:
                return index
        return index

    def table(self, index: int) -> int:
        """A tbl table from row `index`: options, format lines up to a `.`, then one entry per data row."""
        self.end()
        rows = self.rows
        separator = "\t"
        if index < len(rows) and rows[index].rstrip().endswith(";"):
            found = _TAB.search(rows[index])
            separator = found.group(1) if found else "\t"
            index += 1
        index = self._format(index)
        while index < len(rows):
            row, number = rows[index], index + 1
            index += 1
            head = row.strip()
            if head.startswith((".TE", "'TE")):
                break
            if head == ".T&":
                index = self._format(index)
                continue
            if not head or head[:1] in ".'" or head in {"_", "=", "\\_", "\\="}:
                continue
            builder = TextBuilder()
            cells = row.split(separator)
            while cells:
                cell = cells.pop(0)
                builder.hard_break()
                if cell.strip() == "T{":
                    while index < len(rows) and not rows[index].startswith("T}"):
                        self.emit(builder, rows[index], index + 1)
                        index += 1
                    if index < len(rows):
                        cells = rows[index][2:].split(separator)[1:] + cells
                        index += 1
                    continue
                if cell.strip() not in {"_", "=", "\\^", "^"}:
                    self.emit(builder, cell, number)
                builder.space()
            self.font = self.previous = frozenset()
            self.assembler.block(builder)
        return index

    def _format(self, index: int) -> int:
        """The row after a table's format lines (the last ends with `.`), never past `.TE`."""
        while index < len(self.rows):
            row = self.rows[index].rstrip()
            if row.startswith(".TE"):
                return index
            index += 1
            if row.endswith("."):
                break
        return index

    def request(self, name: str, rest: str, index: int) -> int:
        """Act on one request at row `index` (0-based); returns the next row to read."""
        line = index + 1
        args = _arguments(_strip_comment(rest))
        if name in _FONT_REQUESTS or name in _ALTERNATING:
            self.font_request(name, args, line)
            return index + 1
        if self.mode in {"heading", "TL", "AU", "AI"} and name not in {"br", "ft"}:
            self.end()
        if name in _PARAGRAPHS:
            self.start(kind="item" if name == "XP" else "paragraph")
        elif name in _ITEMS:
            self._item(name, args, line)
        elif name in _HEADINGS:
            self.heading(name, args, line)
        elif name in {"TL", "AU", "AI"}:
            self.start(name)
            if args:
                self.emit(self.current(), " ".join(args), line)
        elif name == "TH":
            self.end()
            if args and self.man_title is None:
                self.man_title = self.plain(args[0], line).strip() or None
        elif name in _BREAKS:
            self.end()
        elif name in _LINE_BREAKS:
            if self.builder is not None:
                self.builder.hard_break()
        elif name == "nf" or name in _DISPLAYS:
            if name != "nf":
                self.end()
            self.nofill = True
        elif name == "fi" or name in _DISPLAY_ENDS:
            self.nofill = False
            if name != "fi":
                self.end()
        elif name == "ft":
            self.set_font(self.current(), args[0] if args else "P")
        elif name in _LISTS:
            self.end()
            self.lists.append([1 if name == "AL" else 0, 0])
        elif name == "LE":
            self.end()
            if self.lists:
                self.lists.pop()
        elif name == "ds" and args:
            value = rest.strip().split(None, 1)
            text = value[1] if len(value) > 1 else ""
            self.strings[args[0]] = (text[1:] if text.startswith('"') else text)[:_MAX_STRING]
        elif name in _FOOTNOTES:
            self.stash = (self.builder, self.mode, self.kind, self.number, self.level)
            self.builder = None
            self.start("aside")
        elif name in _FOOTNOTES.values():
            self.end()
            if self.stash is not None:
                self.builder, self.mode, self.kind, self.number, self.level = self.stash
                self.stash = None
        elif name in _SKIPPED:
            return self.skip(index + 1, "." + _SKIPPED[name]) if _SKIPPED[name] else index + 1
        elif name in _DEFINITIONS:
            end = args[1] if len(args) > 1 and name != "ig" else (args[0] if name == "ig" and args else ".")
            return self.skip(index + 1, "." + end)
        elif name == "TS":
            return self.table(index + 1)
        return index + 1

    def _item(self, name: str, args: list[str], line: int) -> None:
        """The item requests: `.IP tag`, `.ip tag`, `.LI mark`, `.np`, `.bu`, `.TP` (tag on the next line)."""
        if name == "np":
            self.counter += 1
            self.item(None, line, self.counter)
        elif name == "bu":
            self.item(None, line)
        elif name in {"TP", "TQ"}:
            self.item(None, line)
            self.tag_pending = True
        elif name == "LI" and not args and self.lists and self.lists[-1][0]:
            self.lists[-1][1] += 1
            self.item(None, line, self.lists[-1][1])
        else:
            self.item(args[0] if args and name != "HP" else None, line)

    def read(self) -> Document:
        """Read every row: control lines are requests, blank lines end blocks, other lines are text."""
        index = 0
        rows = self.rows
        while index < len(rows):
            row = rows[index]
            if row[:1] and row[0] in ".'":
                control = _CONTROL.match(row)
                name = control.group(1) if control else None
                body = row[control.end() :] if control else ""
                if name is None or row[1:].lstrip(" \t").startswith(('\\"', "\\#")):
                    index += 1  # a comment, or an empty request
                    continue
                if row[0] == "." or name in _KNOWN:
                    index = self.request(name, body, index)
                    continue
            if not row.strip():
                if self.mode != "aside":
                    self.end()
                index += 1
                continue
            self.text(row, index + 1)
            index += 1
        self.end()
        self.assembler.title = self._title()
        return self.assembler.document()

    def text(self, row: str, line: int) -> None:
        """A text line into the open block (or a new paragraph); a `.TP` paragraph's first line is its tag."""
        if self.tag_pending:
            self.tag_pending = False
            self.item(row, line)
            return
        uncommented = _strip_comment(row)
        if not uncommented.strip() and uncommented != row:
            return  # a line holding only a `\"` comment
        builder = self.current()
        if row[0] in " \t" or self.nofill:
            builder.hard_break()  # a line opening with a space breaks the line, as no-fill lines do
        self.emit(builder, uncommented, line)
        if self.nofill:
            builder.hard_break()

    def _title(self) -> str | None:
        """The document's title: `.TL` and the author named by `.AU` (a CV's owner), or man's `.TH`."""
        parts = [part for part in (self.title, self.owner) if part]
        return " | ".join(parts) if parts else self.man_title


_REQUEST_LINE = re.compile(
    r"^[.'][ \t]{0,4}(?:PP|LP|IP|XP|QP|SH|SS|NH|TL|AU|AI|TP|TH|TS|TE|DS|DE|RS|RE|KS|KE"
    r"|B|I|BI|IB|BR|IR|RB|RI|R|br|sp|ft|nr|ds|de|pp|lp|ip|np|sh|uh|nf|fi|HU|LI|AL|BL|LE|bp)(?=[ \t]|$)",
    re.MULTILINE,
)
_FONT_ESCAPE = re.compile(r"\\f(?:[BIRP]|\(BI|\[[A-Z]{1,3}\])")
_FONT_CLOSE = re.compile(r"\\f(?:[PR]|\[\])")


def looks_like_troff(sample: str) -> bool:
    """Whether text without a telling suffix is troff: several request lines of two kinds or more, or
    (blank-line paragraphs with only the escapes left) font escapes that open and close."""
    names = set()
    for count, found in enumerate(_REQUEST_LINE.finditer(sample), 1):
        names.add(found.group(0).lstrip(".' \t"))
        if count >= 3 and len(names) >= 2:
            return True
    fonts = 0
    for _ in _FONT_ESCAPE.finditer(sample):
        fonts += 1
        if fonts >= 4:
            break
    return fonts >= 4 and _FONT_CLOSE.search(sample) is not None and "\\begin{" not in sample


def read(text: str) -> Document:
    """Read a groff / troff source."""
    return _Reader(text).read()
