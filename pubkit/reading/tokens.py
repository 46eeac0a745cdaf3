"""Tokens of one entry and the features the field labeller sees for each.

A token is a run of non-space characters of a block's text. Its features are what a person reading
the list would notice: the word and its shape, punctuation around it, whether it is bold, italic,
quoted or a link, whether it could be a year, an initial or an identifier, how real records use
the word, and where it stands in the entry. Tokenizing and features are linear in the entry.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Sequence
from functools import _lru_cache_wrapper, cache, lru_cache
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from pubkit.names import CJK_RANGES, GEORGIAN, fold
from pubkit.reading.markup.base import Block, Span
from pubkit.wording import AWARD, MARKER_CHARS, QUOTE_PAIRS, STATUS_PHRASES, YEAR, quote_closers

__all__ = [
    "LEXICON_PATH",
    "Token",
    "features",
    "is_publisher_word",
    "lexicon",
    "quoted_ranges",
    "tokenize",
    "use_lexicon",
]

#: Word classes learned from real records (`pubkit.reading.train`): word -> "n" name, "v" venue, "t" title.
LEXICON_PATH = Path(__file__).resolve().parent / "model" / "lexicon.json"


_lexicon_path = LEXICON_PATH


@cache
def lexicon() -> dict[str, str]:
    """The word classes in use (the shipped ones unless `use_lexicon` named others), or none."""
    path = _lexicon_path
    try:
        data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data


_TOKEN = re.compile(r"[^\s]+")
#: A sentence glued to the next one (PhilPapers' "Deference without Dependence.Maeve O'Sullivan-Harte -
#: 2024 - …", "[REVIEW]Maeve …") ends a token at its full stop; a link or address stays one token.
_GLUED_SENTENCE = re.compile(r"(?:[a-z]{3}[.?!]|[A-Z]{3}\])[A-Z][a-z]")  # also "[REVIEW]Maeve"
_GLUED_TOKEN = re.compile(r"[^\s/@]*?(?:[a-z]{3}[.?!]|[A-Z]{3}\])(?=[A-Z][a-z])|[^\s]+")
#: In CJK text, which has no spaces, a word also ends after full-width punctuation and before an opening
#: bracket: "陳怡君、黃雅婷（2023）。題名。" is "陳怡君、" "黃雅婷" "（2023）。" "題名。".
_CJK_TOKEN = re.compile(r"[（(]?[^\s，、。：；（）]+[）)]?[，、。：；]*|[，、。：；（）]+")
_CJK_PUNCT = re.compile(r"[，、。：；（]")
#: Full-width punctuation, the Indic danda and Ethiopic stops as the ASCII the features know ("、" is a comma
#: between names).
_FULL_WIDTH = str.maketrans(
    {
        "，": ",",
        "、": ",",
        "。": ".",
        "：": ":",
        "；": ";",
        "（": "(",
        "）": ")",
        "।": ".",
        "፣": ",",
        "።": ".",
        "፤": ";",
        "؛": ";",  # Arabic script's semicolon and comma
        "،": ",",
    }
)
_TYPE_CODE_TOKEN = re.compile(r"\S+?(?:\]//|(?=\s)|$)")  # a GB/T type code's "[C]//" ends a token


class Token(NamedTuple):
    """One token: its text, offsets in the block, and the markup around it (a tuple: made by the
    ten thousand)."""

    text: str
    start: int
    end: int
    break_before: bool
    styles: frozenset[str]
    quoted: bool
    link: str | None


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks ("…", “…”, „…“, «…», ‘…’, ``…''), outermost only.

    A quote without its closing partner quotes nothing. An apostrophe between letters is no quote.
    Each opening quote finds its partner by bisection in the positions of closing marks, so a
    text full of unclosed quotes is read in O(n log n).
    """
    n = len(text)
    closers: dict[str, list[int]] = {}
    for mark in {*QUOTE_PAIRS.values(), '"', "'"}:
        found: list[int] = []
        j = text.find(mark)
        while j >= 0:
            inside_word = (
                mark in ("\u2019", "'") and 0 < j < n - 1 and text[j - 1].isalnum() and text[j + 1].isalnum()
            )
            if not inside_word:  # ‘Hopfield’s network’: the apostrophe closes nothing
                found.append(j)
            j = text.find(mark, j + 1)
        closers[mark] = found
    ranges: list[tuple[int, int]] = []
    i = 0
    while i < n:
        ch = text[i]
        close: str | None = None
        width = 1
        if text.startswith("``", i):
            close, width = "''", 2
        elif ch == "`" and not text.startswith("`", i + 1):  # LaTeX's single quotes: `Title'
            close = "'"
        elif ch == '"':
            close = '"'
        elif ch in QUOTE_PAIRS and not (ch == "\u2018" and i > 0 and text[i - 1].isalnum()):
            close = QUOTE_PAIRS[ch]
        if close is None:
            i += 1
            continue
        closing = _next_closer(closers[close], i + width)
        for other_close in quote_closers(ch)[1:]:  # „…” (Polish) as well as „…“ (German): the first
            other = _next_closer(closers[other_close], i + width)
            if other is not None and (closing is None or other < closing):
                closing, close = other, other_close
        if closing is None:
            i += width
            continue
        ranges.append((i, closing + len(close)))
        i = closing + len(close)
    return ranges


def _next_closer(positions: list[int], start: int) -> int | None:
    """The first of the sorted `positions` at or after `start`, by bisection."""
    k = bisect.bisect_left(positions, start)
    return positions[k] if k < len(positions) else None


def tokenize(block: Block) -> list[Token]:
    """The tokens of a block, each with its markup spans and whether a hard break precedes it.

    One sweep over tokens, quotes and spans together: each span joins the active set once and
    leaves it once, so the work is linear in the text (times the nesting depth of the markup).
    """
    text = block.text
    quotes = quoted_ranges(text) if _QUOTE_OPENER.search(text) else []
    spans = sorted((s for s in block.spans if s.kind != "field"), key=lambda s: s.start)  # styles only
    tokens: list[Token] = []
    active: list[Span] = []
    styles, link = _NONE, None  # of the active spans; recomputed only when they change
    horizon = 0  # the first end among the active spans: until a token starts there, none leaves
    q = p = 0
    previous = -1
    pattern = (
        _TYPE_CODE_TOKEN
        if "]//" in text
        else _CJK_TOKEN
        if _CJK_PUNCT.search(text)
        else _GLUED_TOKEN
        if _GLUED_SENTENCE.search(text)
        else _TOKEN
    )
    for m in pattern.finditer(text):
        start, end = m.span()
        broken = previous >= 0 and text.find("\n", previous, start) >= 0
        previous = end
        while q < len(quotes) and quotes[q][1] <= start:
            q += 1
        quoted = q < len(quotes) and quotes[q][0] < end and quotes[q][1] > start
        changed = False
        while p < len(spans) and spans[p].start < end:
            active.append(spans[p])
            p += 1
            changed = True
        if active and (changed or start >= horizon):
            active = [s for s in active if s.end > start]
            changed = True
        if changed:
            styles = frozenset(s.kind for s in active) if active else _NONE
            link = next((s.target for s in active if s.kind == "link" and s.target), None)
            horizon = min((s.end for s in active), default=0)
        tokens.append(Token(m.group(), start, end, broken, styles, quoted, link))
    return tokens


_NONE: frozenset[str] = frozenset()
#: A text without any opening quotation mark has no quoted ranges (the common case: skip the scan).
_QUOTE_OPENER = re.compile("[" + re.escape("".join({*QUOTE_PAIRS, '"'})) + "]")


# --- word classes -------------------------------------------------------------------------------

_VENUE_WORDS = frozenset(
    """proceedings proc conference conf journal transactions trans workshop symposium congress meeting
    annual international int intl national european american asian ieee acm acl aaai ijcai siam springer
    letters review reviews magazine bulletin annals advances frontiers science nature research studies
    quarterly society association systems computing engineering arxiv preprint biorxiv medrxiv corr
    findings volume lecture notes series edition handbook companion forum colloquium summit
    academy physical chemical physics chemistry biology medicine medical clinical""".split()
)
_PUBLISHER_WORDS = frozenset(
    """press publishing publishers publisher springer elsevier wiley routledge sage oxford cambridge mit
    verlag taylor francis blackwell mcgraw hill pearson academic cuvillier birkhäuser kluwer world
    scientific morgan kaufmann curran associates now ios iop
    editorial ediciones edições editora editore editori edizioni éditions editions presses wydawnictwo
    издательство uitgeverij forlag förlag forlaget kiadó nakladatelství yayınları yayınevi brill gallimard
    harmattan nomos siebeck duncker humblot kohlhammer klostermann böhlau vandenhoeck ruprecht peeters
    palgrave macmillan bloomsbury polity laterza einaudi mulino carocci giappichelli giuffrè dalloz lgdj
    pedone bruylant larcier intersentia tecnos aranzadi dykinson trillas""".split()
)


def is_publisher_word(word: str) -> bool:
    """Whether a word names publishers ("Press", "Verlag", "Routledge") as references print them."""
    return word.lower() in _PUBLISHER_WORDS


_FUNCTION_WORDS = frozenset(
    "a an and the of in on for to with by from at as via or is are its into over under toward towards".split()
)
_MONTHS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
    september october november december spring summer fall autumn winter""".split()
)
_STATUS_WORDS = frozenset(
    "submitted review revision accepted appear press forthcoming preparation resubmit submission".split()
)
_PREFIX_WORDS = frozenset(
    {"in", "in:", "proc", "proc.", "pp", "pp.", "vol", "vol.", "no", "no.", "p", "p."}
    | {"ტ.", "გვ."}  # Georgian's volume and pages ("ტ. 16, №2, 2022, გვ. 34–40")
)

_YEAR = re.compile(rf"^\(?\[?{YEAR}[a-z]?\]?\)?[.,;:)]*$")
_YEARISH = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_INITIALS = re.compile(rf"^(?:[A-Z\u00c0-\u024f{GEORGIAN}]\.-?){{1,3}},?$|^[A-Z]{{1,2}}[.,]?$")
_RANGE = re.compile(r"^\(?[A-Za-z]?\d+\s*[-–—]+\s*[A-Za-z]?\d+[.,;:)]*$")
_DOI = re.compile(r"10\.\d{4,9}/")
_ARXIV = re.compile(r"(?i)arxiv|^\d{4}\.\d{4,5}(?:v\d+)?[.,;]*$")
_URL = re.compile(r"(?i)^(?:<?https?://|www\.)")
_CJK = re.compile(f"[{CJK_RANGES}]")
_STRIP = "\"'“”‘’«»„()[]{}.,;:!?<>" + MARKER_CHARS


def _shape(word: str) -> str:
    """A compressed word shape: "Xx", "X.", "dd", "XX", "x-x". A word of Georgian, whose script has no
    capitals in print, is shaped as one that opens with a capital ("ლომიძე," is "Xx,")."""
    out: list[str] = []
    word = _CAPITALISED_SCRIPT.sub(_as_capitalised, word) if _CAPITALISED_SCRIPT.search(word) else word
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


#: The first letter of a word in a script printed without capitals, where every word may be a name's
#: (Georgian's Mkhedruli): the features read it as a capital, as in the scripts the labeller learnt.
_CAPITALISED_SCRIPT = re.compile(f"(?<![{GEORGIAN}])[{GEORGIAN}]")


def _as_capitalised(letter: re.Match[str]) -> str:
    return "A"


def _word_features(raw: str) -> tuple[str, ...]:
    """A token's own features: they depend on its text only, so they are computed once per word
    (a `_Kit` keeps them, with what the neighbours see of them)."""
    bare = raw.strip(_STRIP)
    low = fold(bare)
    feats = [
        f"w={low[:20]}",
        f"shape={_shape(raw)}",
        f"bshape={_shape(bare)}",
        f"first={raw[:1]}" if not raw[:1].isalnum() else "first=a",
        f"last={raw[-1:]}" if not raw[-1:].isalnum() else "last=a",
        f"suf={low[-3:]}",
        f"len={min(len(bare), 8)}",
    ]
    if len(raw) > 1 and not raw[-2].isalnum() and not raw[-1].isalnum():
        feats.append(f"last2={raw[-2:]}")
    if bare[:1].isupper() or _CAPITALISED_SCRIPT.match(bare):
        feats.append("cap")
    if bare.isupper() and len(bare) > 1:
        feats.append("allcaps")
    if _YEAR.match(raw):
        feats.append("year")
    elif _YEARISH.search(raw):
        feats.append("hasyear")
    if bare.isdigit():
        feats.append("number")
    elif any(c.isdigit() for c in raw):
        feats.append("digit")
    if _INITIALS.match(bare + ("." if raw.rstrip(",;").endswith(".") else "")):
        feats.append("initial")
    if _RANGE.match(raw):
        feats.append("range")
    if _DOI.search(raw) or low.startswith("doi"):
        feats.append("doi")
    if _ARXIV.search(raw):
        feats.append("arxiv")
    if _URL.match(raw):
        feats.append("url")
    if _CJK.search(raw):
        feats.append("cjk")
    if any(c in MARKER_CHARS for c in raw) and any(c.isalpha() for c in raw):
        feats.append("marked")
    if raw and all(c in MARKER_CHARS for c in raw.strip(",;.")):
        feats.append("marker")
    classes = lexicon().get(low.rstrip("."), "")
    feats.extend(f"lex={c}" for c in classes)
    if low in _VENUE_WORDS:
        feats.append("venueword")
    if low in _PUBLISHER_WORDS:
        feats.append("pubword")
    if low in _FUNCTION_WORDS:
        feats.append("func")
    if low in _MONTHS or (low[:3] in _MONTHS and len(low) <= 4):
        feats.append("month")
    if low in _STATUS_WORDS:
        feats.append("statusword")
    if fold(raw.rstrip(",;")) in _PREFIX_WORDS:
        feats.append("prefix")
    if low in {"and", "&"}:
        feats.append("and")
    if low in {"et", "al", "others"} or raw in {"…", "..."}:
        feats.append("etal")
    return tuple(feats)


_SHARED = ("w=", "shape=", "last=", "cap", "lex=")


_OFFSETS = (-2, -1, 1, 2)


def _neighbour_views(own: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """What the neighbours at -2, -1, 1 and 2 see of a token with features `own`: its shared
    features, and next to it its flags too."""
    shared = [f for f in own if f.startswith(_SHARED)]
    flags = [f for f in own if "=" not in f]
    near = shared + flags  # the tokens next to it see its flags too
    return tuple(tuple(f"{k}:{f}" for f in (near if k in (-1, 1) else shared)) for k in _OFFSETS)


_S = TypeVar("_S")  # a feature: text, or the bytes a model reads


class _Word(Generic[_S]):
    """All a word gives the features of the tokens around it (once per distinct word): its own
    features, what its neighbours at -2, -1, +1 and +2 see of it, and what it adds to the counts a
    reader keeps (a sentence ended, a comma, a year, an "In" opening a part)."""

    __slots__ = ("comma", "ends_sentence", "left", "left2", "opener", "own", "right", "right2", "year")

    def __init__(self, own: tuple[_S, ...], seen: Sequence[tuple[_S, ...]], raw: str) -> None:
        self.own: tuple[_S, ...] = own
        self.left2: tuple[_S, ...] = seen[0]  # what the token two to its right sees
        self.left: tuple[_S, ...] = seen[1]
        self.right: tuple[_S, ...] = seen[2]
        self.right2: tuple[_S, ...] = seen[3]
        bare = raw.strip(_QUOTES)
        self.ends_sentence: bool = (
            raw.endswith(".") and len(bare.rstrip(".")) > 1 and not _INITIALS.match(bare)
        )
        self.comma: bool = raw.endswith(",")
        self.year: bool = bool(_YEARISH.search(raw))
        self.opener: bool = raw in _OPENERS


class _Kit(Generic[_S]):
    """The strings features are made of, as text (`features`, for training) or as UTF-8 bytes without
    the word features the model has no weight for (`model_features`: crfsuite skips an attribute it
    does not know, so leaving it out changes nothing, and bytes it takes as they are)."""

    def __init__(
        self, encode: Callable[[str], _S], kept: Callable[[tuple[str, ...]], tuple[_S, ...]]
    ) -> None:
        self._encode: Callable[[str], _S] = encode
        self._kept: Callable[[tuple[str, ...]], tuple[_S, ...]] = kept  # a word's features, as used
        e = encode
        self.bias: _S = e("bias")
        self.lasttok: _S = e("lasttok")
        self.brk: _S = e("break")
        self.quoted: _S = e("quoted")
        self.award: _S = e("awardphrase")
        self.status: _S = e("statusphrase")
        self.breakafter: _S = e("breakafter")
        self.none: tuple[_S, ...] = (e("-2:none"), e("-1:none"), e("1:none"), e("2:none"))
        self.left_change: tuple[_S, ...] = (e("-1:quotechange"), e("-1:stylechange"))
        self.right_change: tuple[_S, ...] = (e("1:quotechange"), e("1:stylechange"))
        self.pos: tuple[_S, ...] = tuple(e(f"pos={k}") for k in range(11))
        self.idx: tuple[_S, ...] = tuple(e(f"idx={k}") for k in range(4))
        self.seg: tuple[_S, ...] = tuple(e(f"seg={k}") for k in range(5))
        self.sentences: tuple[_S, ...] = tuple(e(f"sent={k}") for k in range(5))
        self.commas: tuple[_S, ...] = tuple(e(f"comma={k}") for k in range(7))
        self.afteryear: _S = e("afteryear")
        self.afterin: _S = e("afterin")
        # the same as one-element (or a few elements') tuples, to splice into a token's list
        self.counted: tuple[tuple[_S, ...], ...] = (
            (),
            (self.afterin,),
            (self.afteryear,),
            (self.afteryear, self.afterin),
        )
        self.idx1: tuple[tuple[_S, ...], ...] = tuple((f,) for f in self.idx)
        self.lasttok1: tuple[_S, ...] = (self.lasttok,)
        self.brk1: tuple[_S, ...] = (self.brk,)
        self.quoted1: tuple[_S, ...] = (self.quoted,)
        self.award1: tuple[_S, ...] = (self.award,)
        self.status1: tuple[_S, ...] = (self.status,)
        self.none1: tuple[tuple[_S, ...], ...] = tuple((f,) for f in self.none)
        quote_left, style_left = self.left_change
        quote_right, style_right = self.right_change
        # by 2 * (quoted changes) + (styles change); on the right, + 4 * ... + 2 * ... + (a break after)
        self.left_changes: tuple[tuple[_S, ...], ...] = (
            (),
            (style_left,),
            (quote_left,),
            (quote_left, style_left),
        )
        self.right_changes: tuple[tuple[_S, ...], ...] = tuple(
            tuple(f for f, on in ((quote_right, q), (style_right, st), (self.breakafter, b)) if on)
            for q in (False, True)
            for st in (False, True)
            for b in (False, True)
        )
        self.word: _lru_cache_wrapper[_Word[_S]] = lru_cache(maxsize=1 << 17)(self._word)
        self.styles: _lru_cache_wrapper[tuple[_S, ...]] = lru_cache(maxsize=1 << 10)(self._styles)

    def _word(self, raw: str) -> _Word[_S]:
        raw = raw.translate(_FULL_WIDTH)
        own = _word_features(raw)
        seen = [self._kept(view) for view in _neighbour_views(own)]
        return _Word(self._kept(own), seen, raw)

    def _styles(self, styles: frozenset[str]) -> tuple[_S, ...]:
        return tuple(self._encode(f) for f in _style_features(styles))

    def clear(self) -> None:
        self.word.cache_clear()
        self.styles.cache_clear()

    def rows(self, tokens: Sequence[Token], text: str) -> list[list[_S]]:
        """Feature lists, one per token, with neighbours' features (see `features`)."""
        # One pass with every per-word part looked up once per token (cached by word) and the
        # constant strings built once: the same lists, in the same order, as feature by feature.
        n = len(tokens)
        word = self.word
        parts: list[_Word[_S]] = [word(t.text) for t in tokens]
        ends = [t.end for t in tokens]
        award_tokens = _phrase_tokens(tokens, ends, _spans(text, _AWARD_PATTERNS))
        status_tokens = _phrase_tokens(tokens, ends, status_spans(text))
        bias, pos, seg, sentences_, commas_ = self.bias, self.pos, self.seg, self.sentences, self.commas
        counted, idx, lasttok, brk, quoted_, award, status = (
            self.counted,
            self.idx1,
            self.lasttok1,
            self.brk1,
            self.quoted1,
            self.award1,
            self.status1,
        )
        none0, none1, none2, none3 = self.none1
        left_changes, right_changes = self.left_changes, self.right_changes
        style_features = self.styles
        nothing: tuple[_S, ...] = ()
        last = n - 1
        segment = sentences = commas = 0  # capped where their features stop counting
        year = opened = False
        previous_last = ""  # the last character of the previous word
        out: list[list[_S]] = []
        for i, token in enumerate(tokens):
            part = parts[i]
            breaks = token.break_before
            if breaks and segment < 4:
                segment += 1
            styles = token.styles
            quoted = token.quoted
            if i:
                before = tokens[i - 1]
                left = parts[i - 1].left
                left_change = left_changes[2 * (before.quoted != quoted) + (before.styles != styles)]
            else:
                left, left_change = none1, nothing
            if i < last:
                after = tokens[i + 1]
                right = parts[i + 1].right
                right_change = right_changes[
                    4 * (after.quoted != quoted) + 2 * (after.styles != styles) + after.break_before
                ]
            else:
                right, right_change = none2, nothing
            # one list display, in the order the model was trained with
            out.append(
                [
                    bias,
                    *part.own,
                    pos[10 * i // n],
                    sentences_[sentences],
                    commas_[commas],
                    *counted[2 * year + opened],
                    *(idx[i] if i < 4 else nothing),
                    *(lasttok if i == last else nothing),
                    seg[segment],
                    *(brk if breaks else nothing),
                    *(style_features(styles) if styles else nothing),
                    *(quoted_ if quoted else nothing),
                    *(award if i in award_tokens else nothing),
                    *(status if i in status_tokens else nothing),
                    *(parts[i - 2].left2 if i >= 2 else none0),
                    *left,
                    *left_change,
                    *right,
                    *right_change,
                    *(parts[i + 2].right2 if i + 2 < n else none3),
                ]
            )
            # what a reader keeps count of from the entry's start, for the tokens after this one
            if part.ends_sentence and sentences < 4:
                sentences += 1
            if part.comma and commas < 6:
                commas += 1
            year = year or part.year
            word_text = token.text
            opened = opened or part.opener or (word_text == "in" and previous_last in ".,")  # "" too
            previous_last = word_text[-1:]
        return out


def _same(text: str) -> str:
    return text


def _all(feats: tuple[str, ...]) -> tuple[str, ...]:
    return feats


_TEXT_KIT: _Kit[str] = _Kit(_same, _all)
_KITS: list[_Kit[Any]] = [_TEXT_KIT]


def use_lexicon(path: Path) -> None:
    """Take word classes from `path` from now on (training writes a new lexicon before its features)."""
    global _lexicon_path
    _lexicon_path = path
    lexicon.cache_clear()
    for kit in _KITS:
        kit.clear()


def features(tokens: Sequence[Token], text: str) -> list[list[str]]:
    """Feature lists (crfsuite's "name=value" strings), one per token, with neighbours' features.

    What the token is (`_word_features`), where it stands, its markup, the counts a reader keeps
    from the entry's start, and what it sees of its neighbours two either side.
    """
    return _TEXT_KIT.rows(tokens, text)


class ModelFeatures:
    """`features` as a model reads them: UTF-8 bytes, and only the word features `known` to it (all
    when None)."""

    def __init__(self, known: frozenset[bytes] | None) -> None:
        def kept(feats: tuple[str, ...]) -> tuple[bytes, ...]:
            encoded = map(str.encode, feats)
            return tuple(encoded) if known is None else tuple(filter(known.__contains__, encoded))

        self._kit: _Kit[bytes] = _Kit(str.encode, kept)
        _KITS.append(self._kit)

    def __call__(self, tokens: Sequence[Token], text: str) -> list[list[bytes]]:
        return self._kit.rows(tokens, text)


_AWARD_PATTERNS = (AWARD,)
_STATUS_PATTERNS = tuple(p for p, _ in STATUS_PHRASES)
_QUOTES = "\"'“”‘’«»()[]"
_OPENERS = frozenset({"In", "In:", "in:", "Dans", "En:", "Em:"})


@lru_cache(maxsize=1 << 10)
def _style_features(styles: frozenset[str]) -> tuple[str, ...]:
    return tuple(f"style={s}" for s in sorted(styles))


def _spans(text: str, patterns: Sequence[re.Pattern[str]]) -> tuple[tuple[int, int], ...]:
    """The spans of every match of each pattern in `text`, pattern by pattern."""
    return tuple(m.span() for pattern in patterns for m in pattern.finditer(text))


@lru_cache(maxsize=1 << 14)
def status_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the matches of each status phrase (`STATUS_PHRASES`, in order) in an entry's text:
    found once for the labeller's features and the interpretation (a scan costs as much as a token's
    features)."""
    return _spans(text, _STATUS_PATTERNS)


def _phrase_tokens(
    tokens: Sequence[Token], ends: Sequence[int], spans: Sequence[tuple[int, int]]
) -> set[int]:
    """Indexes of tokens (which end at `ends`) that overlap any of `spans`."""
    hits: set[int] = set()
    for start, end in spans:
        i = bisect.bisect_right(ends, start)
        while i < len(tokens) and tokens[i].start < end:
            hits.add(i)
            i += 1
    return hits
