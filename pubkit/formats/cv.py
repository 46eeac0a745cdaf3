"""Reader for CV-style publication lists in Markdown or plain text.

A document is read in three passes: `_scan` splits it into headed sections and entry blocks (HTML
comments blanked out, wrapped lines joined), legends and the owner are found document-wide, then
`_EntryParser` turns each block into a `Paper` or a `Problem`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs
from attrs import define, field

from pubkit.bibliography import Bibliography
from pubkit.errors import Problem
from pubkit.model import Author, Award, Identifiers, Paper, Source, Status, Venue, VenueKind
from pubkit.names import fold, is_initials, name_key
from pubkit.venues import guess_kind

__all__ = ["read"]

# --- document structure -------------------------------------------------------------------------

_HEADING = re.compile(r"^\s{0,3}(#{1,6}|={1,6}(?=\s+\S))\s+(.*?)\s*#*\s*$")  # Markdown, jemdoc
_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1>\s*$", re.I)
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_PUB_WORDS = re.compile(
    r"publication|paper|preprint|article|journal|conference|proceeding|workshop|thes[ie]s|"
    r"book|chapter|manuscript|submitted|under review|in press|bibliography|works",
    re.IGNORECASE,
)
_NON_PUB_WORDS = re.compile(
    r"talk|presentation|seminar|service|award|honou?r|grant|fund|teaching|course|experience|"
    r"education|employment|position|skill|language|review(?:er|ing)|activit|news|contact|"
    r"software|student|mentor|intern|interest|biograph|about|patent|media|press\b|"
    r"working group|committee|organi[sz]",
    re.IGNORECASE,
)
# A list item: "- ", "* ", "+ ", "• ", jemdoc ". ", "1. ", "1) ", "[12] ", optionally combined ("- [23] ").
_BULLET = re.compile(r"^\s*(?:[-*+•]\s+|\.\s+(?=\S))?(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})[.)](?=\s))?\s*")
_LIST_START = re.compile(
    r"^\s*(?:[-*+•]\s+\S|\.\s+\S|\[\d{1,4}\]\s*\S|\(\d{1,4}\)\s+\S|\d{1,4}[.)]\s+\S|<li\b)", re.I
)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)

# --- markers and legends ------------------------------------------------------------------------

_MARKER_CHARS = "*†‡#§¶✉"
_DEFAULT_MARKERS = {
    "*": "equal_contribution",
    "†": "corresponding",
    "‡": "equal_advising",
    "✉": "corresponding",
}
_LEGEND = re.compile(
    r"(?:<sup>\s*)?\\?(?P<mark>[*†‡#§¶✉]|&dagger;|&Dagger;)(?:\s*</sup>)?\s*"
    r"(?:indicates|denotes|means|marks|stands for|for|:|=)\s+(?P<meaning>[^.;,\n]+?)(?:[.;,]|\s*$)",
    re.IGNORECASE,
)
_MEANINGS = (
    ("equal_advising", re.compile(r"equal (?:advis|supervis|senior)|co-?senior|co-?last|joint last", re.I)),
    (
        "equal_contribution",
        re.compile(r"equal(?:ly)? contribut|contributed equally|co-?first|joint first|equal", re.I),
    ),
    ("corresponding", re.compile(r"correspond", re.I)),
)

# --- entry fields -------------------------------------------------------------------------------

_QUOTES = (("\u201c", "\u201d"), ('"', '"'), ("\u201e", "\u201c"), ("\u00ab", "\u00bb"))
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.]\d)")
_ARXIV_ID = re.compile(
    r"arxiv(?:\s+preprint)?(?:\s+arxiv)?\s*[:/]?\s*(?:abs/)?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+/\d{7})", re.I
)
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5}(?:v\d+)?)", re.I)
_DOI = re.compile(r"(?:doi\.org/|doi:\s*)(10\.\d{4,9}/[^\s\])>,;]+)", re.I)
_URL = re.compile(r"https?://[^\s\])>]+")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
# tags other than <br> / <sup>, dropped before parsing (not autolinks like <https://...>)
_TAG = re.compile(r"</?(?!(?:sup|br)\b)[a-zA-Z][a-zA-Z0-9]*(?:\s[^>]*)?/?>")
_DEFINITION_TERM = re.compile(r"^((?:19|20)\d{2})(?:\s*[-–]+\s*\d{2,4})?\s*:\s+(?=\S)")
_BRACKETS = re.compile(r"\\?\[[^\[\]]*\\?\]")
_RANKING = re.compile(r"\(?\bCCF-[ABC]\b\)?")
_AWARD_WORDS = re.compile(
    r"\b(?:oral|spotlight|best|award|prize|outstanding|highlight|honou?rable mention|finalist|"
    r"nominee|nominat|runner[- ]?up|distinguished|notable)",
    re.I,
)
_STATUS_PHRASES = (
    (
        re.compile(r"\bunder (?:major |minor )?(?:review|revision)\b|\b(?:major|minor) revision\b", re.I),
        Status.UNDER_REVIEW,
    ),
    (re.compile(r"\bsubmitted\b", re.I), Status.SUBMITTED),
    (re.compile(r"\baccepted\b|\bin press\b|\bto appear\b|\bforthcoming\b", re.I), Status.ACCEPTED),
)
_STATUS_PREFIX = re.compile(
    r"^(?:(?:paper\s+)?(?:submitted|accepted|to appear|in press|under (?:major |minor )?review)"
    r"(?:\s+(?:to|at|in|by|for))?|published (?:as an? [\w\s]*?(?:paper|article) )?(?:at|in|on)|in:|in)\s+",
    re.I,
)
# words that never stand in a person's name: venue words in any case, function words in lower case
_NAME_STOP = re.compile(
    r"(?i:\b(?:conference|journal|proceedings|workshop|university|institute|transactions|symposium|"
    r"arxiv|preprint|learning|press|vol|pp|submitted|accepted|review|the)\b)|"
    r"\b(?:in|on|of|for|with|via|using|from|to|a|an|is|are|and)\b(?!\.)",
)
_NAME_WORD = re.compile(
    r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|ter|ten|bin|y)|[A-Z]\.[A-Z]\.?)$"
)


@define
class _Block:
    """Lines of one candidate entry, with where it stands in the document."""

    line: int
    section: str | None
    selected: bool
    lines: list[str] = field(factory=list)

    @property
    def text(self) -> str:
        """The lines joined; a Markdown hard break (two trailing spaces, "\\") becomes `<br>`."""
        out = ""
        for line in self.lines:
            hard = line.endswith("  ") or (
                line.rstrip().endswith("\\") and not line.rstrip().endswith("\\\\")
            )
            piece = line.strip()
            piece = piece[:-1].rstrip() if hard and piece.endswith("\\") else piece
            out += piece + (" <br> " if hard else " ")
        return out.strip()


def read(text: str, *, path: str | None = None, owner: str | None = None) -> Bibliography:
    """Read the publications of a Markdown or plain-text CV; other sections (talks, service) are skipped.

    `owner` names the CV's owner; without it the top heading or the most often bolded name is used.
    """
    front = _FRONT_MATTER.match(text)
    title = re.search(r"^title:\s*[\"']?(.*?)[\"']?\s*$", front.group(0), re.M) if front else None
    lines = _blank_comments(text).splitlines()
    blocks, headings = _scan(lines, starts_in_pub=bool(title and _is_pub_heading(title.group(1))))
    legend = dict(_DEFAULT_MARKERS)
    for block in blocks:
        legend.update(_legends(block.text))
    owner = owner or _owner_from_heading(headings)
    parser = _EntryParser(legend=legend, path=path)
    papers: list[Paper] = []
    problems: list[Problem] = []
    for block in blocks:
        result = parser.parse(block)
        if isinstance(result, Paper):
            papers.append(result)
        elif result is not None:
            problems.append(result)
    owner = owner or _most_bolded(blocks, papers) or _most_frequent_author(papers, path)
    if owner:
        papers = [p.with_owner(owner) for p in papers]
    if not papers and not problems:
        problems.append(Problem("no publication entries found", path=path, line=1 if text.strip() else None))
    return Bibliography(papers, problems=problems, owner=owner)


_FRONT_MATTER = re.compile(r"\A\ufeff?---\n.*?\n---\n", re.DOTALL)


def _blank_comments(text: str) -> str:
    """Remove HTML comments and YAML front matter but keep their line breaks, so line numbers stay true."""
    text = _HTML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text.replace("\r\n", "\n"))
    front = _FRONT_MATTER.match(text)
    return "\n" * front.group(0).count("\n") + text[front.end() :] if front else text


def _clean_heading(text: str) -> str:
    return _strip_markup(text).strip(" :")


def _scan(lines: list[str], *, starts_in_pub: bool = False) -> tuple[list[_Block], list[tuple[int, str]]]:
    """Split lines into entry blocks under publication headings; also return all headings (level, text)."""
    headings: list[tuple[int, str, int]] = []  # (level, text, line index)
    for i, raw in enumerate(lines):
        m = _HEADING.match(raw)
        html_heading = _HTML_HEADING.match(raw)
        if m:
            headings.append((len(m.group(1)), _clean_heading(m.group(2)), i))
        elif html_heading:
            headings.append((int(html_heading.group(1)), _clean_heading(html_heading.group(2)), i))
        elif i > 0 and _SETEXT.match(raw) and lines[i - 1].strip() and not _LIST_START.match(lines[i - 1]):
            headings.append((1 if raw.strip()[0] == "=" else 2, _clean_heading(lines[i - 1]), i - 1))
    heading_at = {i: (level, text) for level, text, i in headings}
    setext_lines = {i + 1 for _, _, i in headings if i + 1 < len(lines) and _SETEXT.match(lines[i + 1])}
    any_pub = any(_is_pub_heading(text) for _, text, _ in headings)

    blocks: list[_Block] = []
    stack: list[tuple[int, str, bool]] = []  # open headings: (level, text, is_pub)
    in_pub = starts_in_pub or not any_pub
    section: str | None = None
    current: _Block | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.text:
            blocks.append(current)
        current = None

    for i, raw in enumerate(lines):
        if i in heading_at:
            close()
            level, text = heading_at[i]
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent_pub = bool(stack) and stack[-1][2]
            is_pub = _is_pub_heading(text) or (parent_pub and not _NON_PUB_WORDS.search(text))
            stack.append((level, text, is_pub))
            in_pub = is_pub if any_pub else True
            if not _is_pub_heading(text) and _author_line_follows(lines, i):
                # A heading that is itself a paper title ("## SIGMark: ..."): it opens an entry.
                stack.pop()
                in_pub = True
                section = stack[-1][1] if stack else None
                current = _Block(i + 1, section, _is_selected(stack), [f"\u0000{text}\u0000"])
                continue
            section = text
            continue
        if i in setext_lines:
            continue
        if not in_pub:
            continue
        if not raw.strip():
            if current is not None and len(current.lines) < 3 and current.lines[0].startswith("\u0000"):
                continue  # keep a heading-title open across blank lines until its author and venue lines
            close()
            continue
        if _LIST_START.match(raw) or current is None:
            if current is not None and current.lines[0].startswith("\u0000") and not _LIST_START.match(raw):
                current.lines.append(f"<br>{raw}")
                continue
            close()
            current = _Block(i + 1, section, _is_selected(stack), [raw])
        else:
            current.lines.append(f"<br>{raw}" if current.lines[0].startswith("\u0000") else raw)
    close()
    return blocks, [(level, text) for level, text, _ in headings]


def _author_line_follows(lines: list[str], index: int) -> bool:
    """Whether the first non-blank line below a heading is an author list (the heading is a paper title)."""
    for raw in lines[index + 1 : index + 4]:
        if raw.strip():
            return _is_author_list(_TAG.sub("", raw))
    return False


def _is_pub_heading(text: str) -> bool:
    return bool(_PUB_WORDS.search(text)) and not _NON_PUB_WORDS.search(text)


def _is_selected(stack: Iterable[tuple[int, str, bool]]) -> bool:
    return any("selected" in text.lower() for _, text, _ in stack)


def _legends(text: str) -> dict[str, str]:
    """Marker meanings a legend line defines: "\\* indicates equal contribution" -> {"*": ...}."""
    found: dict[str, str] = {}
    for m in _LEGEND.finditer(text):
        mark = html.unescape(m.group("mark"))
        for flag, pattern in _MEANINGS:
            if pattern.search(m.group("meaning")):
                found[mark] = flag
                break
    return found


def _strip_legends(text: str) -> str:
    """Remove legend sentences (also one glued to the front of an entry)."""
    out = text
    for m in reversed(list(_LEGEND.finditer(text))):
        if any(p.search(m.group("meaning")) for _, p in _MEANINGS):
            out = out[: m.start()] + out[m.end() :]
    return out.strip()


_NOT_A_PERSON = re.compile(r"\b(?:cv|curriculum|vitae|r[eé]sum[eé]|home|homepage|page|about|welcome)\b", re.I)


def _owner_from_heading(headings: list[tuple[int, str]]) -> str | None:
    """The document's top heading when it is a person's name ("# Sanghyuk Chun")."""
    for level, text in headings:
        if level == 1:
            person = _looks_like_name(text) and not _PUB_WORDS.search(text)
            return text if person and not _NOT_A_PERSON.search(text) else None
    return None


# bold or emphasised spans: how CVs mark their owner (**Name**, <b>Name</b>, jemdoc's *Name*)
_BOLD = re.compile(
    r"\*\*([^*]+?)\*\*|<(?:b|strong|em)>(.+?)</(?:b|strong|em)>|__([^_]+?)__|(?<![*\w])\*([^*]+?)\*(?![*\w])"
)


def _most_bolded(blocks: list[_Block], papers: list[Paper]) -> str | None:
    """The author name bolded most often in entries: how CVs mark their owner."""
    authors = {a.key for p in papers for a in p.authors}
    counts: Counter[str] = Counter()
    printed: dict[str, str] = {}
    for block in blocks:
        for m in _BOLD.finditer(block.text):
            name = _clean_name(next(g for g in m.groups() if g))
            if _looks_like_name(name) and name_key(name) in authors:
                counts[name_key(name)] += 1
                printed.setdefault(name_key(name), name)
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return printed[key] if n >= 2 or len(counts) == 1 else None


def _most_frequent_author(papers: list[Paper], path: str | None) -> str | None:
    """The person on (nearly) every paper of a personal list: its owner.

    When two people qualify (a long-time advisor), the one named in the file name ("smith_cv.md") wins;
    still undecided, nobody is guessed.
    """
    counts = Counter(key for p in papers for key in {a.initials_key for a in p.authors})
    frequent = [key for key, n in counts.most_common() if n >= 3 and 5 * n >= 3 * len(papers)]
    stem = fold(Path(path).stem) if path else ""
    named = [key for key in frequent if key.split("|")[0] and key.split("|")[0] in stem]
    if len(named) == 1:
        key = named[0]
    elif len(frequent) == 1 and 5 * counts[frequent[0]] >= 4 * len(papers):
        key = frequent[0]
    else:
        return None
    return next(a.name for p in papers for a in p.authors if a.initials_key == key)


# --- one entry ----------------------------------------------------------------------------------


def _strip_markup(text: str) -> str:
    """Markdown / HTML emphasis and links to plain text; entities decoded."""
    text = _MD_LINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    text = re.sub(r"<br\s*/?>", " ", re.sub(r"</?sup>", "", text))
    text = text.replace("\\*", "*").replace("\\#", "#").replace("\\_", "_").replace("\\&", "&")
    text = re.sub(r"(?<!\w)(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)", r"\2", text)
    text = html.unescape(text)
    return " ".join(text.split())


def _clean_name(text: str) -> str:
    text = _strip_markup(text)
    text = text.strip(" .,;:*†‡#§¶✉")
    return re.sub(r"^and\s+", "", text).strip()


_CJK_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u00b7\s]{2,12}$")  # 李小龍, 김철수


def _looks_like_name(text: str) -> bool:
    """Whether text reads as one person's printed name (Latin script with capitals, or CJK)."""
    if _CJK_NAME.match(text):
        return True
    words = text.split()
    capitalised = sum(w[0].isupper() for w in words)
    if not 1 <= capitalised <= 5 or len(words) > 8 or any(ch.isdigit() for ch in text) or len(text) > 50:
        return False
    if _NAME_STOP.search(text) or not words[0][0].isupper():
        return False
    # every word capitalised, an initial or a particle; a lower-case last word is a typo ("Yu liang")
    return all(_NAME_WORD.match(w) for w in words[:-1]) and (
        bool(_NAME_WORD.match(words[-1])) or (len(words) > 1 and words[-1].isalpha())
    )


@define
class _EntryParser:
    """Turns one block into a `Paper`, or a `Problem` when it looks like an entry but can't be read."""

    legend: dict[str, str]
    path: str | None

    def parse(self, block: _Block) -> Paper | Problem | None:
        raw = block.text
        text = _strip_legends(_TAG.sub("", raw))
        m = _BULLET.match(text)
        number = next((int(g) for g in m.groups() if g), None) if m else None
        body = text[m.end() :] if m else text
        term = _DEFINITION_TERM.match(body)  # pandoc "2024\n:   entry"
        term_year = int(term.group(1)) if term else None
        body = body[term.end() :] if term else body
        listed = bool(m and m.group(0).strip()) or term is not None
        if not body or not self._looks_like_entry(body, listed=listed):
            return None
        try:
            return self._paper(body, block, number, term_year)
        except _Unreadable as err:
            return Problem(str(err), path=self.path, line=block.line, text=raw)
        except ValueError as err:  # a model validator refused a field
            return Problem(f"entry has an invalid field: {err}", path=self.path, line=block.line, text=raw)

    @staticmethod
    def _looks_like_entry(body: str, *, listed: bool) -> bool:
        """Two signs of a citation (a list item, quotes, a year, an id, commas) make a block an entry."""
        plain = _strip_markup(body.replace("\u0000", ""))
        if len(plain) < 15:
            return False
        signals = sum(
            (
                listed,
                any(q in body for q, _ in _QUOTES),
                bool(_YEAR.search(plain)),
                bool(_ARXIV_ID.search(body) or _DOI.search(body)),
                plain.count(",") >= 2,
                "\u0000" in body,
            )
        )
        return signals >= 2

    def _paper(self, body: str, block: _Block, number: int | None, term_year: int | None) -> Paper:
        authors_text, title, rest = self._split(body)
        authors = self._authors(authors_text)
        ids = self._identifiers(body)
        ranking = _RANKING.search(rest)
        rest = _RANKING.sub(" ", _BRACKETS.sub(" ", _URL.sub(" ", _MD_LINK.sub(" ", rest))))
        rest = re.sub(r"\(\s*\)", " ", rest)
        rest_plain = _strip_markup(re.sub(r"<br\s*/?>|<\s*>", " ", rest))
        rest_plain, awards = _take_awards(rest_plain)
        status, status_note, rest_plain = _take_status(rest_plain)
        rest_plain, numbers = _take_numbers(rest_plain)
        venues = _venues(rest_plain, ids)
        year = _first_year(v.year for v in venues) or _year_in(rest_plain) or term_year or ids.arxiv_year
        if numbers.get("volume") and venues and venues[0].kind is VenueKind.OTHER:
            venues[0] = attrs.evolve(venues[0], kind=VenueKind.JOURNAL)  # a volume number: a periodical
        if len({v.year for v in venues}) <= 1:
            venues = [attrs.evolve(v, year=None) for v in venues]
        if venues and all(v.kind is VenueKind.PREPRINT for v in venues) and status is Status.PUBLISHED:
            status = Status.PREPRINT
        if not venues and ids.arxiv and status is Status.PUBLISHED:
            status = Status.PREPRINT
        if not title:
            msg = "entry has no title that can be told apart from its authors and venue"
            raise _Unreadable(msg)
        if not authors:
            msg = f"entry {title[:60]!r} has no authors that can be read"
            raise _Unreadable(msg)
        return Paper(
            title,
            authors,
            venues,
            year,
            status,
            awards,
            ids,
            source=Source(self.path, block.line, block.section, number),
            note=status_note,
            selected=block.selected,
            volume=numbers.get("volume"),
            number=numbers.get("number"),
            pages=numbers.get("pages"),
            extra={"ranking": ranking.group(0).strip("()")} if ranking else None,
        )

    # splitting an entry into authors / title / rest

    def _split(self, body: str) -> tuple[str, str, str]:
        if "\u0000" in body:  # a heading gave the title; the lines below it are authors, then venue
            _, title, rest = body.split("\u0000", 2)
            parts = [p for p in _SEGMENT_BREAK.split(rest) if p.strip(" .")]
            index = next((i for i, p in enumerate(parts) if _is_author_list(p)), None)
            if index is None:
                msg = "entry under a title heading has no author line"
                raise _Unreadable(msg)
            return parts[index], _clean_title(title), " ".join(parts[index + 1 : index + 2])
        quoted = _find_quoted(body)
        if quoted is not None:
            start, end, inner = quoted
            return body[:start], _clean_title(inner), body[end:]
        if any(body.count(q) % 2 == 1 for q, c in _QUOTES if q == c) or any(
            body.count(o) != body.count(c) for o, c in _QUOTES if o != c
        ):
            msg = "unbalanced quotes: the title's closing quote is missing"
            raise _Unreadable(msg)
        if _segments(body):
            authors, title, rest = _split_segments(body)
            return authors, _clean_title(title), rest
        return _split_unquoted(body)

    def _authors(self, text: str) -> list[Author]:
        text = html.unescape(text)
        text = re.sub(r"<sup>\s*(.*?)\s*</sup>", r"\1", text)
        text = text.replace("\\*", "\u0001").replace("\\#", "#")
        tokens = [t for t in re.split(r",|;|\s+and\s+|\s+&\s+|^and\s+", text) if t and t.strip(" .")]
        tokens = _join_inverted(tokens)
        authors: list[Author] = []
        for token in tokens:
            token = token.replace("**", "").replace("__", "")
            token = re.sub(r"(?<!\w)\*(?=\S)(.+?)(?<=\S)\*(?!\w)", r"\1", token)  # *emphasis*
            token = re.sub(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", r"\1", token)
            marks = set(re.findall(rf"[{re.escape(_MARKER_CHARS)}\u0001]", token))
            name = _clean_name(token.replace("\u0001", ""))
            if not name or _ET_AL.fullmatch(name):
                continue
            if not _looks_like_name(name):
                msg = f"cannot read {name!r} as an author name"
                raise _Unreadable(msg)
            flags = {self.legend.get("*" if m == "\u0001" else m) for m in marks} - {None}
            authors.append(
                Author(
                    name,
                    equal_contribution="equal_contribution" in flags,
                    corresponding="corresponding" in flags,
                    equal_advising="equal_advising" in flags,
                )
            )
        return authors

    @staticmethod
    def _identifiers(body: str) -> Identifiers:
        arxiv = _ARXIV_ID.search(body) or _ARXIV_URL.search(body)
        doi = _DOI.search(body)
        urls = [u for u in _URL.findall(body) if "doi.org" not in u and "arxiv.org" not in u]
        return Identifiers(
            doi=doi.group(1).rstrip(".") if doi else None,
            arxiv=arxiv.group(1) if arxiv else None,
            url=urls[0] if urls else None,
        )


class _Unreadable(Exception):
    """An entry that looks like a publication but whose parts cannot be told apart."""


def _find_quoted(body: str) -> tuple[int, int, str] | None:
    """The first quoted span: (start of opening quote, end after closing quote, inner text)."""
    best: tuple[int, int, str] | None = None
    for opening, closing in _QUOTES:
        start = body.find(opening)
        if start < 0:
            continue
        end = body.find(closing, start + 1)
        if end < 0:
            continue
        if best is None or start < best[0]:
            best = (start, end + 1, body[start + 1 : end])
    return best


def _clean_title(text: str) -> str:
    title = _strip_markup(text).strip()
    return title.rstrip(",").rstrip() if not title.endswith("?") else title


_SEGMENT_BREAK = re.compile(r"\s*(?:<br\s*/?>|\\n(?=\s|$)|\u0000)\s*", re.I)


def _segments(body: str) -> list[str]:
    """Explicit parts of an entry: split at `<br>` or jemdoc's `\\n`."""
    parts = [p.strip() for p in _SEGMENT_BREAK.split(body) if p.strip(" .")]
    return parts if len(parts) >= 2 else []


def _split_segments(body: str) -> tuple[str, str, str]:
    """Title / authors / venue from `<br>`-separated parts, whichever order they come in."""
    parts = _segments(body)
    author_index = next((i for i, p in enumerate(parts) if _is_author_list(p)), None)
    if author_index is None:
        msg = "entry has no line that reads as an author list"
        raise _Unreadable(msg)
    others = [p for i, p in enumerate(parts) if i != author_index]
    emphasized = [p for p in others if re.match(r"^\s*(?:\*|_|\[|<a\b)", p)]
    title = emphasized[0] if emphasized and author_index > 0 else (others[0] if author_index > 0 else "")
    if not title and others:
        title, others = others[0], others[1:]
    else:
        others = [p for p in others if p is not title]
    return parts[author_index], title, " ".join(others)


def _is_author_list(text: str) -> bool:
    """Whether a piece of text reads as a list of person names (first one a name, 80% of all)."""
    tokens = [t for t in re.split(r",|\s+and\s+|\s&\s", _strip_markup(text)) if t.strip(" .")]
    is_name = [_looks_like_name(_clean_name(t)) or bool(_ET_AL.fullmatch(t.strip())) for t in tokens]
    return bool(tokens) and is_name[0] and 5 * sum(is_name) >= 4 * len(tokens)


_ET_AL = re.compile(r"et\.? al\.?|\.\.\.|…|others|\(?\d+ (?:other |more )?(?:co-?)?authors\)?", re.I)
_SENTENCE_END = re.compile(r"(?<=[a-z\u00df-\u00ff0-9)\]?!*_])\.\s+(?=\S)")


def _split_unquoted(body: str) -> tuple[str, str, str]:
    """Unquoted entries: "A. Author, B. Author. Title. Venue" or "Title, A. Author, B. Author, Venue 2008"."""
    sentences = _SENTENCE_END.split(body.replace("<br>", ". "), maxsplit=2)
    if len(sentences) >= 2:
        authors = re.sub(r"[\s(]*(?:19|20)\d{2}[a-z]?\)?\s*$", "", sentences[0])
        if _is_author_list(authors):
            return authors, _clean_title(sentences[1]), sentences[2] if len(sentences) > 2 else ""
    tokens = body.split(",")
    is_name = [
        all(_looks_like_name(_clean_name(n)) for n in re.split(r"\s+(?:and|&)\s+", t) if n.strip())
        for t in tokens
    ]
    best: tuple[int, int] | None = None
    i = 0
    while i < len(tokens):
        if is_name[i]:
            j = i
            while j + 1 < len(tokens) and is_name[j + 1]:
                j += 1
            if best is None or (j - i) > (best[1] - best[0]):
                best = (i, j)
            i = j + 1
        else:
            i += 1
    if best is None:
        msg = "entry has no quoted title and no recognisable author list"
        raise _Unreadable(msg)
    first, last = best
    if first == 0:
        msg = "entry has no quoted title and its title cannot be told apart from the authors and venue"
        raise _Unreadable(msg)
    title = ",".join(tokens[:first])
    return ",".join(tokens[first : last + 1]), _clean_title(title), ",".join(tokens[last + 1 :])


def _join_inverted(tokens: list[str]) -> list[str]:
    """Re-join "Anderson, S.C." pairs that splitting on commas tore apart."""
    out: list[str] = []
    for token in tokens:
        bare = _clean_name(token.replace("\u0001", ""))
        if out and is_initials(bare) and len(_clean_name(out[-1]).split()) == 1:
            out[-1] = f"{out[-1]},{token}"
            continue
        out.append(token)
    return [_invert(t) for t in out]


def _invert(token: str) -> str:
    if "," not in token:
        return token
    family, given = token.split(",", 1)
    return f"{given.strip()} {family.strip()}"


# --- venue, year, status, awards ----------------------------------------------------------------


def _take_awards(text: str) -> tuple[str, list[Award]]:
    """Pull award mentions ("(Oral)", "(Best paper runner-up award)", "Spotlight") out of the venue text."""
    awards: list[Award] = []

    def keep(m: re.Match[str]) -> str:
        inner = m.group(1).strip(" .")
        if _AWARD_WORDS.search(inner) and not re.search(r"\b(?:conference|workshop|journal)\b", inner, re.I):
            awards.append(Award(re.sub(r"^🏆\s*", "", inner)))
            return " "
        return m.group(0)

    text = re.sub(r"\(([^()]*)\)", keep, text)
    trailing = re.search(
        r"[.,;]\s*((?:[^.,;()]*?\b(?:oral|spotlight|best paper|award)\b[^.,;()]*))\.?\s*$", text, re.I
    )
    if trailing:
        awards.append(Award(trailing.group(1).strip(" .🏆")))
        text = text[: trailing.start()]
    return text, awards


def _take_status(text: str) -> tuple[Status, str | None, str]:
    """The publication status named in the venue text, the phrase worth keeping as a note, and the rest."""
    status = Status.PUBLISHED
    note = None
    for pattern, value in _STATUS_PHRASES:
        m = pattern.search(text)
        if m:
            status = value
            paren = re.search(r"\(([^()]*" + re.escape(m.group(0)) + r"[^()]*)\)", text, re.I)
            if paren:
                note = paren.group(1).strip()
                text = text.replace(paren.group(0), " ")
            break
    if re.search(r"\bin preparation\b", text, re.I):
        note = "in preparation"
        status = Status.SUBMITTED if status is Status.PUBLISHED else status
        text = re.sub(r"\(?\bin preparation\b\)?", " ", text, flags=re.I)
    text = re.sub(r"^the\s+", "", _STATUS_PREFIX.sub("", text.strip(" ,.;:")))  # "Accepted to the Conference"
    return status, note, text


def _venues(text: str, ids: Identifiers) -> list[Venue]:
    """Venues in "Full Name (ACRONYM), 2021", several joined by "and" after a year."""
    if ids.arxiv:  # the arXiv id is an identifier; "arXiv" is the venue only when nothing else is named
        without = re.sub(r"\barxiv(?:\s+preprint)?\b", " ", _ARXIV_ID.sub(" ", text), flags=re.I)
        text = without if re.search(r"[A-Za-z]{3,}", without) else "arXiv"
    text = _DOI.sub(" ", text)
    text = re.sub(r"\bdoi:?\s*$", "", text.strip(), flags=re.I)
    parts = re.split(r"(?<=\b(?:19|20)\d{2})\s*[.,]?\s+and\s+", text)
    venues = []
    for part in parts:
        venue = _venue(part)
        if venue is not None:
            venues.append(venue)
    return venues


_PAGES = re.compile(r"\b(?:pp?\.|pages|S\.)\s*(\d+\s*[-–]+\s*\d+|\d+)")
_VOLUME = re.compile(r"\b[Vv]ol(?:ume)?\.?\s*(\d+)")
_ISSUE = re.compile(r"\b(?:[Nn]o|[Ii]ssue)\.?\s*(\d+)")
_VOLUME_TAIL = re.compile(r"\s(\d+)\s*(?:\((\d+)\))?\s*(?:[:,]\s*([A-Za-z]?\d+(?:\s*[-–]+\s*\d+)?))?\s*$")


def _take_numbers(text: str) -> tuple[str, dict[str, str]]:
    """Volume, issue and pages printed after a venue ("J. Chem. Phys. 128, 244102", "vol. 7, pp. 1-9")."""
    found: dict[str, str] = {}
    for key, pattern in (("pages", _PAGES), ("volume", _VOLUME), ("number", _ISSUE)):
        m = pattern.search(text)
        if m:
            found[key] = re.sub(r"\s*[-–]+\s*", "--", m.group(1))
            text = text[: m.start()] + text[m.end() :]
    years = _YEAR.findall(text)
    year_free = _YEAR.sub(" ", text).rstrip(" ,.;:()")
    m = _VOLUME_TAIL.search(year_free)
    if m and "volume" not in found:
        found["volume"] = m.group(1)
        if m.group(2):
            found["number"] = m.group(2)
        if m.group(3):
            found.setdefault("pages", re.sub(r"\s*[-–]+\s*", "--", m.group(3)))
        text = " ".join([year_free[: m.start()], *years])
    return re.sub(r"(?:\s*,)+\s*(?=,|$)", "", text), found


def _venue(text: str) -> Venue | None:
    text = text.strip(" ,.;:")
    year = _year_in(text)
    acronym = None
    paren = re.search(r"\(([^()]+)\)(?=[\s,.;:]*(?:(?:19|20)\d{2})?[\s,.;:)]*$)", text)
    if paren:
        inner = paren.group(1).strip(" *_")
        inner_year = _year_in(inner)
        inner_clean = _YEAR.sub("", inner).strip(" ,'’")
        if inner_clean and not re.fullmatch(r"\d+", inner_clean) and len(inner_clean) <= 40:
            acronym = inner_clean
            year = year or inner_year
            text = text[: paren.start()]
        elif inner_year:
            text = text[: paren.start()]
    text = _YEAR.sub(lambda m: "" if m.group(0) == str(year) else m.group(0), text)
    name = re.sub(r"\s+", " ", text).strip(" ,;:()-")
    if name.endswith(".") and not re.search(r"\b[A-Z][a-z]{0,5}\.\s", name):
        name = name.rstrip(".")  # a sentence end, not an abbreviation as in "J. Chem. Phys."
    name = re.sub(r",?\s*(?:vol\.|pp\.|pages)\s*$", "", name, flags=re.I)
    if re.fullmatch(r"arxiv(?: preprint)?(?: arxiv)?", name, re.I):
        name = "arXiv"
    if not name and not acronym:
        return None
    kind = guess_kind(f"{name} {acronym or ''}", VenueKind.CONFERENCE if acronym else VenueKind.OTHER)
    return Venue(name or (acronym or ""), acronym if name else None, kind, year=year)


def _year_in(text: str) -> int | None:
    years = _YEAR.findall(_URL.sub(" ", text))
    return int(years[-1]) if years else None


def _first_year(years: Iterator[int | None]) -> int | None:
    return next((y for y in years if y is not None), None)
