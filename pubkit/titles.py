"""Paper titles: one normal form for comparing them, and a symmetric similarity score.

`normalize_title` is the only place that knows how titles are written differently (LaTeX, accents,
"Re-labeling" vs "Relabeling", quotes and dashes); everything that compares titles goes through it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Indel

from pubkit.latex import latex_to_text
from pubkit.names import fold

__all__ = ["is_usable_title", "normalize_title", "title_similarity", "title_tokens"]

_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,40}>")
_INLINE_TAG = re.compile(r"</?(?:i|b|em|strong|sup|sub|sc|span|u)(?:\s[^<>]{0,40})?>", re.IGNORECASE)
_LATEX = re.compile(r"[\\{}$]")
# A hyphen (or soft hyphen / non-breaking hyphen) between two letters or digits joins the word.
_INNER_HYPHEN = re.compile(r"(?<=\w)[-\u00ad\u2010\u2011]\s*(?=\w)")
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u02bc](?=\w)")
_NON_WORD = re.compile(r"[\W_]+")
_JUNK = frozenset(
    {"", "name", "null", "none", "na", "nan", "untitled", "no title", "title", "notitle", "tbd"}
)

#: Words that carry no topic; left out when titles are compared word by word.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "toward",
        "towards",
        "under",
        "via",
        "with",
        "without",
        "based",
        "using",
        "its",
        "their",
        "our",
        "new",
    ]
)


# Letters without a decomposition that titles write either way ("Yıldız" / "Yildiz").
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ȷ": "j", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"}
)


def _fold(text: str) -> str:
    return fold(text.translate(_PLAIN_LETTERS))


@lru_cache(maxsize=65536)
def normalize_title(title: str) -> str:
    """Comparable form of a title: lower-case ASCII-ish words separated by single spaces.

    HTML entities and tags, then LaTeX (through `pubkit.latex`: `{\\AA}` is Å, `\\textbf{x}` is x)
    decoded; NFKC, accents and case folded; hyphens inside words dropped ("Re-labeling" =
    "Relabeling", "To-ward" = "Toward"); other punctuation a space.

    >>> normalize_title(r"Re-labeling {ImageNet}: from Single to Multi-Labels")
    'relabeling imagenet from single to multilabels'
    >>> normalize_title("Caf\\u00e9 \\u2014 \\\\'{e}t\\\\'{e}  \\u201cnotes\\u201d") == "cafe ete notes"
    True
    """
    text = title
    if "<" in text or "&" in text:  # CSL rich text and HTML pages: `<i>k</i>-optimality`, `Caf&eacute;`
        text = _HTML_TAG.sub(" ", _INLINE_TAG.sub("", html.unescape(text)))
    if _LATEX.search(text):
        text = latex_to_text(text)
    text = unicodedata.normalize("NFKC", text)
    text = _APOSTROPHE.sub("", text)
    text = _INNER_HYPHEN.sub("", text)
    text = _fold(text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def is_usable_title(title: str) -> bool:
    """Whether a title says enough to match on: not empty, not a spreadsheet error like `#NAME?`."""
    normal = normalize_title(title)
    return normal not in _JUNK and len(normal.replace(" ", "")) >= 4


def title_tokens(title: str) -> tuple[str, ...]:
    """The topic words of a title (normalised, stopwords dropped), in order."""
    return tuple(w for w in normalize_title(title).split() if w not in STOPWORDS)


def title_similarity(a: str, b: str) -> float:
    """Similarity of two titles in 0..1 (1 = same normal form), symmetric; 0 when either is unusable.

    The normalised Indel similarity (rapidfuzz) of the normal forms with spaces removed, so a
    title broken differently over lines or words still compares equal.

    >>> title_similarity("To-ward High-quality Font Generation", "Toward high quality font generation")
    1.0
    >>> title_similarity("", "Anything") == title_similarity("Anything", "") == 0.0
    True
    """
    if not (is_usable_title(a) and is_usable_title(b)):
        return 0.0
    na = normalize_title(a).replace(" ", "")
    nb = normalize_title(b).replace(" ", "")
    return float(Indel.normalized_similarity(na, nb))
