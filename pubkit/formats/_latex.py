"""Helpers the BibTeX and CSL-JSON modules share: title case protection and citation keys.

`decode` / `encode` (re-exported from `pubkit.latex`, the one LaTeX layer) turn a field's LaTeX into
Unicode and back; `protect_title` adds braces around the words BibTeX styles must not lower-case.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence

from pubkit.latex import decode, encode
from pubkit.model import Paper
from pubkit.names import fold

__all__ = [
    "PROTECT_KEY",
    "auto_protected",
    "citation_keys",
    "decode",
    "default_key",
    "encode",
    "needs_protection",
    "protect_title",
    "protected_phrases",
    "remember_phrases",
    "remembered_phrases",
    "word_spans",
]

#: The `Paper.extra` key for title phrases the input protected from case changes: `{Word} {Two Words}`.
PROTECT_KEY = "pubkit-protect"
_REMEMBERED = re.compile(r"\{((?:[^{}\\]|\\.)+)\}")
_UNESCAPE = re.compile(r"\\(.)")
_LITERAL = re.compile(r"([{}\\\\])")  # what `remember_phrases` escapes


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A word's core: from its first letter or digit to its last, white space never inside (`[^\W_]` is
# `str.isalnum`); one linear scan, no list per word.
_WORD_CORE = re.compile(r"[^\W_](?:\S*[^\W_])?")


def word_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each word's core: whitespace-separated, without leading/trailing punctuation."""
    return [match.span() for match in _WORD_CORE.finditer(text)]


_PART_SPLIT = re.compile(r"[-/]")
_ASCII_DIGIT = re.compile("[0-9]")


def needs_protection(word: str) -> bool:
    """Whether a word must keep its capitals in a lower-casing BibTeX style: `CutMix`, `DNNs`, `3D`.

    >>> [needs_protection(w) for w in ("CutMix", "MS-COCO", "DNNs", "Learning", "A", "Cross-Modal")]
    [True, True, True, False, False, False]
    """
    if word[1:].islower() and (word.isalpha() or not word[:1].isupper()):
        return False  # no capital after the first letter, and no digit beside a capital: most words
    for part in _PART_SPLIT.split(word):
        if part.isascii():  # (most) the same rule without a generator per part: a capital is what
            rest = part[1:]  # lower-casing changes, a digit is 0-9
            if rest.lower() != rest or (part[:1].isupper() and _ASCII_DIGIT.search(part)):
                return True
        elif any(c.isupper() for c in part[1:]) or (
            any(c.isdigit() for c in part) and any(c.isupper() for c in part)
        ):
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
    chosen = {(b, e) for b, e in words if needs_protection(title[b:e])}
    chosen.update(_proper_nouns(title, words))
    return sorted(chosen)


def _proper_nouns(title: str, words: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """In a sentence-case title (most longer words inside a sentence in lower case), the capitalised
    ones: `auto_protected`'s second rule."""
    inner = []
    for index, (begin, end) in enumerate(words):
        if end - begin < 4 or index == 0:
            continue  # (the first word of a sentence is capitalised in any case)
        word = title[begin:end]
        if (
            word.isalpha()
            and not _starts_sentence(title, begin)
            and fold(word) not in STOP_WORDS
            and not needs_protection(word)
        ):
            inner.append((begin, end))
    capitalised = [(b, e) for b, e in inner if title[b].isupper()]
    return capitalised if inner and len(capitalised) * 2 < len(inner) else []


def _starts_sentence(title: str, begin: int) -> bool:
    """Whether the word at `begin` follows `:`, `?`, `!` or `.` (and spaces, quotes, a parenthesis)."""
    index = begin
    while index > 0 and title[index - 1] in "\"'(":
        index -= 1
    while index > 0 and title[index - 1].isspace():
        index -= 1
    return index > 0 and title[index - 1] in ":?!."


def protected_phrases(title: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The words (or runs of words) of `title` that the ranges `spans` protect, minus those
    `protect_title` protects anyway; what a reader should remember about a title's braces."""
    words: list[tuple[int, int]] | None = None  # all the title's words: found when first needed
    starts: list[int] = []
    ends: list[int] = []
    if len(spans) > 4:  # many groups: the title's words found once, each group's by bisection
        words = word_spans(title)
        starts, ends = [b for b, _ in words], [e for _, e in words]
    proper: set[tuple[int, int]] | None = None  # `auto_protected`'s second rule, found when first needed
    phrases: dict[str, None] = {}
    for begin, end in spans:
        if words is not None and starts:
            first = bisect.bisect_right(ends, begin)  # linear overall
            inside = words[first : bisect.bisect_left(starts, end)]
        else:  # a few groups (most titles): only the words around each are looked at
            inside = _words_in(title, begin, end)
        if not inside:
            continue
        if not _has_capital(title[begin:end]):
            continue  # `{\"u}` and other accent groups protect nothing worth remembering
        if len(inside) == 1:  # one word: not remembered when `protect_title` protects it anyway
            word = inside[0]
            if needs_protection(title[word[0] : word[1]]):
                continue
            if _may_be_proper(title, *word):
                if proper is None:
                    words = word_spans(title) if words is None else words
                    proper = set(_proper_nouns(title, words))
                if word in proper:
                    continue
        phrases[title[inside[0][0] : inside[-1][1]]] = None
    return list(phrases)


def _may_be_proper(title: str, begin: int, end: int) -> bool:
    """Whether `_proper_nouns` could list the word at `begin:end` (letters only, four or more, not
    starting a sentence, not the title's first word): the others need not find them all."""
    return (
        end - begin >= 4
        and title[begin:end].isalpha()
        and not _starts_sentence(title, begin)
        and _WORD_CORE.search(title, 0, begin) is not None
    )


def _has_capital(text: str) -> bool:
    """Whether a letter of `text` is a capital (ASCII text, most: whether lower-casing changes it)."""
    if text.isascii():
        return text.lower() != text
    return any(c.isalpha() and c.isupper() for c in text)


def _words_in(title: str, begin: int, end: int) -> list[tuple[int, int]]:
    """`word_spans(title)`'s words that end after `begin` and start before `end`, found from the
    start of the white-space-separated word `begin` is in."""
    start = begin
    while start > 0 and not title[start - 1].isspace():
        start -= 1
    found = []
    for core in _WORD_CORE.finditer(title, start):
        span = core.span()
        if span[0] >= end:
            break
        if span[1] > begin:
            found.append(span)
    return found


def remember_phrases(phrases: Iterable[str]) -> str:
    """The `PROTECT_KEY` value for protected phrases: sorted, each in braces, literal braces escaped."""
    escaped = (_LITERAL.sub(r"\\\1", p) for p in sorted(set(phrases)) if p)
    return " ".join("{" + p + "}" for p in escaped)


def remembered_phrases(value: str) -> list[str]:
    """The phrases a `PROTECT_KEY` value holds (the inverse of `remember_phrases`)."""
    return [_UNESCAPE.sub(r"\1", m) for m in _REMEMBERED.findall(value)]


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
    """One key per paper, unique and stable across runs.

    `key` is a user function; without it (or when it returns None or ""), the key a record was read
    with is kept, so that existing `\\cite` commands still work, and other records get `default_key`.
    Keys that were read (or given) are never renamed: they are reserved first, the first copy of a
    key read twice keeps it, and only generated keys (and later copies) take `a`, `b`, ... suffixes.
    """
    chosen: list[tuple[str, bool]] = []  # (key, read or given)
    for paper in papers:
        picked = key(paper) if key is not None else _read_key(paper)
        picked = _KEY_CHARS.sub("", picked or "")
        chosen.append((picked, True) if picked else (default_key(paper), False))
    keys: list[str | None] = [None] * len(chosen)
    taken: set[str] = set()
    for index, (item, read) in enumerate(chosen):
        if read and item not in taken:
            keys[index] = item
            taken.add(item)
    rest = [(index, item) for index, (item, _) in enumerate(chosen) if keys[index] is None]
    counts: dict[str, int] = {}
    for _, item in rest:
        counts[item] = counts.get(item, 0) + 1
    seen: dict[str, int] = {}
    for index, item in rest:
        if counts[item] == 1 and item not in taken:
            keys[index] = item
            taken.add(item)
            continue
        suffix = seen.get(item, 0)
        while True:
            candidate = item + _suffix(suffix)
            suffix += 1
            if candidate not in taken and candidate not in counts:
                break
        seen[item] = suffix
        taken.add(candidate)
        keys[index] = candidate
    return [k for k in keys if k is not None]


def _suffix(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters
