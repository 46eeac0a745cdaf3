"""Helpers the BibTeX and CSL-JSON modules share: LaTeX text both ways, citation keys, venue kinds.

`decode` turns a field's LaTeX into Unicode and says which words were brace-protected; `encode`
escapes text so that it comes out of LaTeX literally; `protect_title` adds braces around the words
that BibTeX styles must not lower-case.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import latexcodec  # noqa: F401  (registers the "ulatex" codec)

from pubkit.model import Paper
from pubkit.names import fold

__all__ = [
    "auto_protected",
    "citation_keys",
    "decode",
    "default_key",
    "encode",
    "needs_protection",
    "protect_title",
    "protected_phrases",
    "word_spans",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Characters LaTeX treats specially, and how they are written so that they print as themselves.
# The brace-wrapped text commands are "special characters" to BibTeX: change.case$ leaves them alone.
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
}

# Reading: LaTeX for literal characters, replaced by private-use placeholders before latexcodec
# runs (it does not know all of them) and by the characters themselves at the end.
_LITERALS = {
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textunderscore": "_",
    "textdollar": "$",
    "textpercent": "%",
    "textampersand": "&",
    "textbar": "|",
    "textless": "<",
    "textgreater": ">",
}
_SYMBOLS = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " "}
_ULATEX: Any = codecs.lookup("ulatex")
_ULATEX_ASCII: Any = codecs.lookup("ulatex+ascii")
_PLACEHOLDER_BASE = 0xE000
_PLACEHOLDERS: dict[str, str] = {}
_UNPLACE: dict[str, str] = {}
for _index, _char in enumerate(sorted(set(_LITERALS.values()) | set(_SYMBOLS.values()))):
    _PLACEHOLDERS[_char] = chr(_PLACEHOLDER_BASE + _index)
    _UNPLACE[chr(_PLACEHOLDER_BASE + _index)] = _char
_UNPROTECTED = "\ue0ff"  # marks a brace group that is a command argument, not a case protection

_LITERAL_COMMAND = re.compile(
    r"\{\\(" + "|".join(_LITERALS) + r")(?:\{\})?\}|\\(" + "|".join(_LITERALS) + r")(?:\{\}|\s+|(?![A-Za-z]))"
)
_SYMBOL_COMMAND = re.compile(r"\\([&%$#_{} ])")
_FORMAT_COMMAND = re.compile(
    r"\\(?:emph|textit|textbf|textsc|texttt|textrm|textsf|textsl|textup|textmd|textnormal|mbox|text|"
    r"mathrm|mathit|mathbf|mathsf|mathtt|url|href\{[^{}]*\})\s*(?=\{)"
)
_NEEDS_CODEC = re.compile(r"\\|--|``|''|~|[?!]`")
_DOTLESS = re.compile(r"\{\\([ij])\}")
_WORD = re.compile(r"\S+")


def _placeholder_for(match: re.Match[str]) -> str:
    name = match.group(1) or match.group(2)
    return _PLACEHOLDERS[_LITERALS[name]]


def decode(value: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A field's LaTeX as Unicode text, with the (start, end) ranges of its brace-protected groups.

    >>> decode(r"{CutMix}: M{\\"u}ller -- 100\\% {\\textbackslash}input")
    ('CutMix: Müller – 100% \\\\input', ((0, 6),))
    """
    if not _NEEDS_CODEC.search(value) and "{" not in value and "}" not in value:
        return " ".join(value.split()), ()  # plain text (most fields): nothing to decode or protect
    text = _LITERAL_COMMAND.sub(_placeholder_for, value)
    text = _SYMBOL_COMMAND.sub(lambda m: _PLACEHOLDERS[_SYMBOLS[m.group(1)]], text)
    text = _FORMAT_COMMAND.sub(_UNPROTECTED, text)
    # `{\"A}` is a BibTeX "special character", not a case protection.
    text = text.replace("{\\", _UNPROTECTED + "{\\")
    text = _DOTLESS.sub(r"\\\1", text)
    if _NEEDS_CODEC.search(text):  # latexcodec is slow: only call it when there is LaTeX to decode
        with contextlib.suppress(ValueError, TypeError):  # it gives up on odd input: keep the source
            text = _ULATEX.decode(text)[0]
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    counted = True
    previous = ""
    for char in text:
        if char == "{":
            if depth == 0:
                start = len(out)
                counted = previous != _UNPROTECTED
            depth += 1
        elif char == "}":
            if depth == 0:
                continue  # a stray closing brace: drop it
            depth -= 1
            if depth == 0 and counted and len(out) > start:
                spans.append((start, len(out)))
        elif char != _UNPROTECTED:
            out.append(_UNPLACE.get(char, char))
        previous = char
    plain = "".join(out)
    # Collapse whitespace the same way the model does, keeping the ranges aligned.
    return _collapse(plain, spans)


def _collapse(text: str, spans: list[tuple[int, int]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    mapping: list[int] = []
    out: list[str] = []
    pending_space = False
    for char in text:
        if char.isspace():
            pending_space = bool(out)
            mapping.append(len(out))
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
        mapping.append(len(out))
        out.append(char)
    mapping.append(len(out))
    collapsed = "".join(out)
    ranges = []
    for begin, end in spans:
        new_begin, new_end = mapping[begin], mapping[end]
        while new_begin < new_end and collapsed[new_begin] == " ":
            new_begin += 1
        while new_end > new_begin and collapsed[new_end - 1] == " ":
            new_end -= 1
        if new_end > new_begin:
            ranges.append((new_begin, new_end))
    return collapsed, tuple(ranges)


def encode(text: str, *, unicode: bool = False) -> str:
    """Text as BibTeX-safe LaTeX that prints literally: specials escaped, non-ASCII as `{\\"u}`.

    With `unicode=True` non-ASCII characters stay raw UTF-8. Characters LaTeX has no ASCII
    spelling for (CJK, ...) always stay raw.

    >>> encode("100% \\\\input{x} Müller")
    '100\\\\% {\\\\textbackslash}input{\\\\textbraceleft}x{\\\\textbraceright} M{\\\\"u}ller'
    """
    out: list[str] = []
    for char in text:
        if unicodedata.category(char) == "Cc":
            out.append(" " if char in "\t\n\r" else "")  # control characters are not text
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 128 or unicode:
            out.append(char)
        else:
            out.append(_encode_char(char))
    return "".join(out)


def _encode_char(char: str) -> str:
    try:
        latex = str(_ULATEX_ASCII.encode(char)[0])
    except (ValueError, TypeError):
        # Styled letters (math script 𝒱, full-width Ａ) fall back to their plain form; the rest
        # (CJK, Hangul) stays raw UTF-8, for a document with a Unicode engine or a CJK package.
        plain = unicodedata.normalize("NFKC", char)
        if plain != char and all(ord(c) < 128 for c in plain):
            return encode(plain)
        return char
    latex = latex.strip()
    if not latex:
        return char
    if latex.startswith("\\"):
        return "{" + latex + "}"
    return latex


def word_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each word's core: whitespace-separated, without leading/trailing punctuation."""
    spans = []
    for match in _WORD.finditer(text):
        word = match.group()
        inside = [i for i, c in enumerate(word) if c.isalnum()]
        if inside:
            spans.append((match.start() + inside[0], match.start() + inside[-1] + 1))
    return spans


def needs_protection(word: str) -> bool:
    """Whether a word must keep its capitals in a lower-casing BibTeX style: `CutMix`, `DNNs`, `3D`.

    >>> [needs_protection(w) for w in ("CutMix", "MS-COCO", "DNNs", "Learning", "A", "Cross-Modal")]
    [True, True, True, False, False, False]
    """
    for part in re.split(r"[-/]", word):
        if any(c.isupper() for c in part[1:]):
            return True
        if any(c.isdigit() for c in part) and any(c.isupper() for c in part):
            return True
    return False


def auto_protected(title: str) -> list[tuple[int, int]]:
    """The words `protect_title` protects on its own: those `needs_protection` names and, in a
    sentence-case title, the capitalised words inside a sentence (proper nouns: "Bayesian").

    >>> t = "Learning in Bayesian networks from ImageNet images"
    >>> [t[b:e] for b, e in auto_protected(t)]
    ['Bayesian', 'ImageNet']
    """
    words = word_spans(title)
    chosen = [(b, e) for b, e in words if needs_protection(title[b:e])]
    inner = []
    for index, (begin, end) in enumerate(words):
        if index == 0 or re.search(r"[:?!.]\s*$", title[:begin].rstrip("\"'(")):
            continue  # the first word of a sentence is capitalised in any case
        word = title[begin:end]
        if len(word) >= 4 and word.isalpha() and fold(word) not in STOP_WORDS and not needs_protection(word):
            inner.append((begin, end))
    capitalised = [(b, e) for b, e in inner if title[b].isupper()]
    if inner and len(capitalised) * 2 < len(inner):
        chosen += [r for r in capitalised if r not in chosen]
    return sorted(chosen)


def protected_phrases(title: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The words (or runs of words) of `title` that the ranges `spans` protect, minus those
    `protect_title` protects anyway; what a reader should remember about a title's braces."""
    words = word_spans(title)
    automatic = set(auto_protected(title))
    phrases: list[str] = []
    for begin, end in spans:
        touched = [(b, e) for b, e in words if b < end and e > begin]
        if not touched:
            continue
        if not any(c.isalpha() and c.isupper() for c in title[begin:end]):
            continue  # `{\"u}` and other accent groups protect nothing worth remembering
        phrase = title[touched[0][0] : touched[-1][1]]
        if len(touched) == 1 and touched[0] in automatic:
            continue
        if phrase not in phrases:
            phrases.append(phrase)
    return phrases


def protect_title(title: str, *, remember: Iterable[str] = (), unicode: bool = False) -> str:
    """A title as LaTeX with acronyms, mixed-case words and the remembered phrases brace-protected.

    >>> protect_title("CutMix: Regularization on ImageNet for Bayesian DNNs", remember=["Bayesian"])
    '{CutMix}: Regularization on {ImageNet} for {Bayesian} {DNNs}'
    """
    words = word_spans(title)
    ranges = auto_protected(title)
    starts = {b for b, _ in words}
    ends = {e for _, e in words}
    for phrase in remember:
        if not phrase:
            continue
        for match in re.finditer(re.escape(phrase), title):
            if match.start() in starts and match.end() in ends:
                ranges.append((match.start(), match.end()))
    merged: list[tuple[int, int]] = []
    for begin, end in sorted(ranges):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    out: list[str] = []
    position = 0
    for begin, end in merged:
        out.append(encode(title[position:begin], unicode=unicode))
        out.append("{" + encode(title[begin:end], unicode=unicode) + "}")
        position = end
    out.append(encode(title[position:], unicode=unicode))
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# Citation keys

STOP_WORDS = _words(
    "a an the on of in for to and with from by at as is are be do does how what when which why "
    "towards toward via into over under about"
)


def _ascii_word(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text).replace("ß", "ss").replace("ø", "o").replace("ł", "l"))


def default_key(paper: Paper) -> str:
    """A Google Scholar style key: first author's family name, year, first title word not a stop word.

    >>> from pubkit.model import Author
    >>> paper = Paper("Probabilistic Embeddings", [Author("Sanghyuk Chun")], year=2021)
    >>> default_key(paper)
    'chun2021probabilistic'
    """
    family = ""
    if paper.authors:
        first = paper.authors[0]
        words = (first.family or first.name).split()
        capitalised = [w for w in words if w[:1].isupper()] or words
        family = _ascii_word(capitalised[0]) if capitalised else ""
    word = ""
    for candidate in re.split(r"[\s\-/:]+", paper.title):
        cleaned = _ascii_word(candidate)
        if cleaned and cleaned not in STOP_WORDS:
            word = cleaned
            break
    key = f"{family}{paper.year or ''}{word}"
    return key or "paper"


_KEY_CHARS = re.compile(r"[^A-Za-z0-9_:.\-+/]")


_READ_KEY = re.compile(r"^[A-Za-z][\w:.+-]{0,63}$")  # a citation key, not a URL or a bare number


def _read_key(paper: Paper) -> str | None:
    """The first citation key among the sources a paper was read (or merged) from."""
    return next((s.key for s in paper.sources if s.key and _READ_KEY.match(s.key)), None)


def citation_keys(papers: Sequence[Paper], *, key: Callable[[Paper], str | None] | None = None) -> list[str]:
    """One key per paper, unique: collisions get `a`, `b`, ... suffixes in order (stable across runs).

    `key` is a user function; without it (or when it returns None or ""), the key a record was read
    with is kept, so that existing `\\cite` commands still work, and other records get `default_key`.
    """
    raw = []
    for paper in papers:
        chosen = key(paper) if key is not None else _read_key(paper)
        chosen = _KEY_CHARS.sub("", chosen or "") or default_key(paper)
        raw.append(chosen)
    counts: dict[str, int] = {}
    for item in raw:
        counts[item] = counts.get(item, 0) + 1
    taken = {k for k, n in counts.items() if n == 1}
    seen: dict[str, int] = {}
    keys = []
    for item in raw:
        if counts[item] == 1:
            keys.append(item)
            continue
        index = seen.get(item, 0)
        while True:
            candidate = item + _suffix(index)
            index += 1
            if candidate not in taken:
                break
        seen[item] = index
        taken.add(candidate)
        keys.append(candidate)
    return keys


def _suffix(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters
