"""Synthetic CV entries for training the field labeller: real records printed the ways CVs print them.

Each record (title, authors, venue, year, ... of a real BibTeX entry) is rendered in a randomly drawn
style — field order, name form, separators, quoting, venue wording, volume/pages form, markers on
authors, the owner in bold / italic / underlined, awards, statuses, links, hard line breaks — and
every token keeps the label of the field it came from, so the labels are exact. Used only by
`pubkit.reading.train`; nothing here runs when a list is read.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import frozen

from pubkit.reading.markup.base import Block, Span
from pubkit.wording import JOURNAL_ABBREVIATIONS

__all__ = ["Piece", "render", "to_block"]

_FUNCTION = {"of", "on", "and", "for", "the", "in", "a", "an", "to", "with", "at", "&"}
_CJK_SYLLABLES = (
    "李王张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
_ACCENTED = {"E": "É", "L": "Ł", "O": "Ø", "I": "İ", "S": "Ş", "A": "Å", "C": "Ç", "U": "Ü", "Z": "Ž"}
_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec.")
_MONTH_NAMES = "January February March April May June July August September October November December".split()
_PLACES = (
    "Vancouver, Canada",
    "New Orleans, LA",
    "Seoul, Korea",
    "Vienna, Austria",
    "Long Beach, CA, USA",
    "Berlin, Germany",
    "Montréal, QC",
    "Dublin, Ireland",
    "Singapore",
    "Paris, France",
    "Kyoto, Japan",
    "Barcelona, Spain",
    "Honolulu, Hawaii",
    "Lisbon, Portugal",
    "Sydney, Australia",
)
_PUBLISHERS = ("Springer", "IEEE", "ACM", "Elsevier", "PMLR", "AAAI Press", "Curran Associates", "MIT Press")
_AWARDS = (
    "Oral",
    "Spotlight",
    "Best Paper Award",
    "Best Paper Runner-up",
    "Oral presentation",
    "Outstanding Paper Award",
    "Best Student Paper",
    "Honorable Mention",
    "Notable top-5%",
    "Highlight",
)
_LINKS = ("[PDF]", "[Code]", "[arXiv]", "[Slides]", "[Project]", "[Video]", "[Poster]", "[BibTeX]", "[paper]")
_NOTES = (
    "(1st student author)",
    "(equal contribution)",
    "(student first author)",
    "(invited)",
    "(extended abstract)",
)


@frozen
class Piece:
    """A run of text with one label; `styles` are markup spans over it, `glue` the separator before it."""

    text: str
    label: str
    styles: frozenset[str] = frozenset()
    glue: str = " "
    link: str | None = None


def _abbreviate(name: str) -> str:
    """A venue name as physics and chemistry lists print it: function words dropped, long words cut
    before a vowel ("Catalysis" -> "Catal.")."""
    words = []
    for word in name.split():
        low = word.lower().strip(",:")
        if low in _FUNCTION:
            continue
        short = JOURNAL_ABBREVIATIONS.get(low)
        if short is None and len(word) > 6 and word.isalpha():
            cut = next((k for k in range(4, len(word) - 1) if word[k].lower() in "aeiou"), len(word))
            short = word[:cut] + "." if cut < len(word) - 1 else word
        words.append(short or word)
    return " ".join(words)


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in _FUNCTION and w[0].isupper()]
    return "".join(w[0] for w in words[:6]).upper()


def _cjk_name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_CJK_SYLLABLES), "".join(rng.choice(_CJK_SYLLABLES) for _ in range(rng.randint(1, 2)))


def _initials(given: str, *, dots: bool = True, space: bool = True) -> str:
    parts = []
    for word in given.replace(".", " ").split():
        pieces = [p for p in word.split("-") if p]
        parts.append("-".join(p[0] + ("." if dots else "") for p in pieces))
    return (" " if space and dots else "").join(parts)


def _name(given: str, family: str, form: str, *, first: bool) -> str:
    if not given:
        return family
    if form == "full":
        return f"{given} {family}"
    if form == "initials":
        return f"{_initials(given)} {family}"
    if form == "initials-tight":
        return f"{_initials(given, space=False)} {family}"
    if form == "inverted-initials":
        return f"{family}, {_initials(given)}"
    if form == "inverted-full":
        return f"{family}, {given}"
    if form == "vancouver":
        return f"{family} {_initials(given, dots=False)}"
    if form == "mla":  # only the first author inverted
        return f"{family}, {given}" if first else f"{given} {family}"
    return f"{given} {family}"


def _authors(rec: Mapping[str, Any], rng: random.Random) -> list[Piece]:
    people = [(g or "", f or "") for g, f in rec["authors"] if (f or g)][:30]
    if rng.random() < 0.05:
        people = [_cjk_name(rng) for _ in people] or people
    elif rng.random() < 0.15 and people:
        i = rng.randrange(len(people))
        g, f = people[i]
        if f[:1] in _ACCENTED:
            people[i] = (g, _ACCENTED[f[0]] + f[1:])
        elif g[:1] in _ACCENTED:
            people[i] = (_ACCENTED[g[0]] + g[1:], f)
    form = rng.choice(
        ["full"] * 6
        + ["initials"] * 3
        + ["initials-tight", "inverted-initials", "inverted-initials", "inverted-full", "vancouver", "mla"]
    )
    sep = rng.choice([", "] * 6 + ["; "] * (2 if form.startswith("inverted") else 1))
    if form.startswith("inverted") or form == "vancouver":
        sep = rng.choice(["; ", ", "]) if form != "vancouver" else ", "
    final = rng.choice([sep, sep, " and ", ", and ", " & ", ", & "])
    etal_after = rng.choice([None, None, None, 3, 6, 10])
    owner = rng.randrange(len(people)) if people and rng.random() < 0.7 else None
    owner_style = rng.choice(["bold", "bold", "bold", "underline", "italic", "bold"])
    marker_mode = rng.random()
    cjk = any(re.search(r"[\u3400-\u9fff]", g + f) for g, f in people)
    pieces: list[Piece] = []
    shown = people if etal_after is None or len(people) <= etal_after else people[:etal_after]
    for i, (given, family) in enumerate(shown):
        name = f"{given}{family}" if cjk else _name(given, family, form, first=i == 0)
        mark = ""
        if marker_mode < 0.25 and i < 2:
            mark = "*"
        elif marker_mode < 0.35 and i == len(shown) - 1:
            mark = rng.choice(["†", "*", "✉", "#"])
        elif marker_mode < 0.4 and i < 2:
            mark = rng.choice(["#", "†", "‡"])
        styles = frozenset({owner_style}) if i == owner else frozenset()
        glue = " " if i == 0 else (final if i == len(shown) - 1 and etal_after is None else sep)
        if mark and rng.random() < 0.3:  # the marker as a superscript of its own
            pieces.append(Piece(name, "author", styles, glue))
            pieces.append(Piece(mark, "author", frozenset({"sup"}), ""))
        else:
            pieces.append(Piece(name + mark, "author", styles, glue))
    if len(shown) < len(people):
        pieces.append(Piece(rng.choice(["et al.", "et al", "...", "…", "and others"]), "author", glue=sep))
    return pieces


def _title(rec: Mapping[str, Any], rng: random.Random, end: str) -> Piece:
    title = rec["title"].rstrip(".")
    style = rng.random()
    if style < 0.35:
        left, right = rng.choice([("\u201c", "\u201d"), ('"', '"'), ("\u201c", "\u201d")])
        inner_end = "," if end == "," and rng.random() < 0.6 else ""
        outer = "" if inner_end else end
        return Piece(f"{left}{title}{inner_end}{right}{outer}", "title")
    if style < 0.50:
        return Piece(title + end, "title", frozenset({"italic"}))
    if style < 0.60:
        return Piece(title + end, "title", frozenset({"link"}), link="https://example.org/paper.pdf")
    if style < 0.65:
        return Piece(title + end, "title", frozenset({"bold"}))
    return Piece(title + (end if rng.random() < 0.9 else ""), "title")


def _venue_name(rec: Mapping[str, Any], rng: random.Random) -> tuple[str, str | None]:
    name = rec["venue"] or ""
    acronym = rec["acronym"]
    if not acronym and name and len(name.split()) >= 3 and rng.random() < 0.5:
        acronym = _acronym(name)
    if acronym and len(acronym) < 2:
        acronym = None
    return name, acronym


def _venue(rec: Mapping[str, Any], rng: random.Random, year: str | None) -> list[Piece]:
    """The venue with its prefix ("In Proceedings of"), acronym and maybe the year inside it."""
    name, acronym = _venue_name(rec, rng)
    if not name and not acronym:
        return []
    kind = rec["kind"]
    styles = frozenset({"italic"}) if rng.random() < 0.35 else frozenset()
    pieces: list[Piece] = []
    if kind in ("conference", "workshop") and rng.random() < 0.45:
        prefix = rng.choice(
            [
                "In",
                "In:",
                "In Proceedings of",
                "In Proc. of",
                "Proc.",
                "In the",
                "Published in",
                "Published on",
                "Published as a conference paper at",
                "Presented at",
                "Appeared in",
            ]
        )
        pieces.append(Piece(prefix, "container"))
    elif kind == "journal" and rng.random() < 0.1:
        pieces.append(Piece("In", "container"))
    form = rng.random()
    if acronym and form < 0.3:
        text = f"{name} ({acronym}" + (f" {year})" if year and rng.random() < 0.3 else ")")
        if year and text.endswith(f" {year})"):
            head, _, _ = text.rpartition(f" {year})")
            pieces.append(Piece(head, "container", styles))
            pieces.append(Piece(f"{year})", "date", styles, " "))
            return pieces
        pieces.append(Piece(text, "container", styles))
    elif acronym and form < 0.55:
        if year and rng.random() < 0.4:
            pieces.append(Piece(f"({acronym}", "container", styles))
            pieces.append(Piece(f"{year})", "date", styles))
        elif year and rng.random() < 0.7:  # "SIGMOD 2026, CCF-A" on a line of its own
            pieces.append(Piece(acronym, "container", styles))
            pieces.append(Piece(f"{year}" + rng.choice([",", "", "."]), "date", styles))
            if rng.random() < 0.3:
                pieces.append(
                    Piece(rng.choice(["CCF-A.", "CCF-B", "(CCF-A)", "CORE A*", "(CCF-C)"]), "other", styles)
                )
        else:
            pieces.append(Piece(acronym, "container", styles))
    else:
        if name and kind == "journal" and rng.random() < 0.35:
            name = _abbreviate(name)
        pieces.append(Piece(name or acronym or "", "container", styles))
    return pieces


def _numbers(rec: Mapping[str, Any], rng: random.Random) -> list[Piece]:
    volume, number, pages = rec["volume"], rec["number"], rec["pages"]
    pages = pages.replace("--", rng.choice(["-", "–", "--"])) if pages else None
    form = rng.random()
    out: list[Piece] = []
    if form < 0.08 and rec.get("year") and volume:  # Vancouver: "2022;13(1):1981"
        issue = f"({number})" if number else ""
        return [Piece(f"{rec['year']};{volume}{issue}" + (f":{pages}" if pages else "") + ".", "date")]
    if form < 0.4:  # "12(3), 45–67" / "12:45-67" / physics' "118, 3997"
        if volume:
            vol = f"{volume}({number})" if number else volume
            out.append(Piece(vol + (":" if pages and rng.random() < 0.4 else ","), "volume"))
        if pages and rng.random() < 0.25:
            pages = re.split(r"[-–]+", pages)[0]
        if pages:
            out.append(Piece(pages, "pages", glue="" if out and out[-1].text.endswith(":") else " "))
    elif form < 0.75:  # "vol. 12, no. 3, pp. 45-67"
        if volume:
            out.append(Piece(f"vol. {volume},", "volume"))
        if number:
            out.append(Piece(f"no. {number},", "volume"))
        if pages:
            out.append(Piece(f"pp. {pages}", "pages"))
    else:  # "Volume 12, pages 45-67"
        if volume:
            out.append(Piece(f"{rng.choice(['Volume', 'Vol.', 'Vol'])} {volume},", "volume"))
        if pages:
            out.append(Piece(f"{rng.choice(['pages', 'p.', 'pp.'])} {pages}", "pages"))
    return out


def _date(rec: Mapping[str, Any], rng: random.Random) -> str | None:
    year = rec["year"]
    if not year:
        return None
    if rec.get("month") and rng.random() < 0.3:
        month = (_MONTHS if rng.random() < 0.5 else _MONTH_NAMES)[rec["month"] - 1]
        return f"{month} {year}"
    return str(year)


def _end(pieces: list[Piece], mark: str) -> None:
    if pieces:
        last = pieces[-1]
        text = last.text.rstrip(",.;:")
        pieces[-1] = Piece(text + mark, last.label, last.styles, last.glue, last.link)


def render(rec: Mapping[str, Any], rng: random.Random) -> list[Piece]:
    """One record as one CV entry in a randomly drawn style; the pieces in printed order."""
    date = _date(rec, rng)
    order = rng.choices(
        [
            "authors-title-venue-date",
            "authors-date-title-venue",
            "title-authors-venue",
            "date-authors-title-venue",
        ],
        weights=[55, 25, 12, 8],
    )[0]
    breaks = (order.startswith("title") and rng.random() < 0.6) or rng.random() < 0.15
    sep = rng.choice([".", ",", "."])
    authors = _authors(rec, rng)
    title = _title(rec, rng, sep if rng.random() < 0.9 else "")
    year_in_venue = "venue-date" in order and rng.random() < 0.25
    venue = _venue(rec, rng, date if year_in_venue else None)
    if year_in_venue and any(p.label == "date" for p in venue):
        date = None
    numbers = _numbers(rec, rng) if rng.random() < 0.6 else []
    status: list[Piece] = []
    if rng.random() < 0.08:
        phrase = rng.choice(
            ["Submitted to", "Under review at", "To appear in", "Accepted at", "In revision at"]
        )
        status = [Piece(phrase, "status")]
        numbers = []
    trailing_status = []
    if not status and rng.random() < 0.05:
        trailing_status = [
            Piece(
                rng.choice(
                    ["(Under review)", "(to appear)", "(in press)", "In press.", "(accepted)", "(submitted)"]
                ),
                "status",
            )
        ]

    groups: list[list[Piece]] = []
    author_group = list(authors)
    if rng.random() < 0.04:
        author_group.append(Piece(rng.choice(_NOTES), "note"))
    if author_group:
        _end(
            author_group,
            rng.choice([".", ",", "."]) if order != "title-authors-venue" else rng.choice([".", ",", ""]),
        )
    date_piece: list[Piece] = []
    if date:
        if order.startswith("date"):
            date_piece = [Piece(rng.choice([f"({date})", f"{date}.", f"{date}:", f"[{date}]"]), "date")]
        elif order == "authors-date-title-venue":
            date_piece = [Piece(rng.choice([f"({date}).", f"{date}.", f"({date})"]), "date")]
        else:
            date_piece = [Piece(date + rng.choice([".", "", "."]), "date")]
    venue_group = status + venue + numbers
    extras: list[Piece] = []
    if (rec.get("publisher") or rng.random() < 0.06) and rng.random() < 0.3:
        extras.append(Piece((rec.get("publisher") or rng.choice(_PUBLISHERS)) + ",", "publisher"))
    if rng.random() < (0.2 if rec["kind"] in ("conference", "workshop") else 0.05):
        extras.append(Piece(rng.choice(_PLACES) + ",", "location"))
        if rng.random() < 0.4 and rec.get("month") is None:
            extras.append(Piece(rng.choice(_MONTHS) + ",", "date"))
    if order == "authors-title-venue-date" and numbers and date and rng.random() < 0.2:
        # ACS: "J. Am. Chem. Soc. 2004, 126, 1234–1240."
        groups = [author_group, [title], [*status, *venue, Piece(f"{date},", "date"), *numbers]]
    elif order == "authors-title-venue-date":
        tail = venue_group + extras + date_piece
        if len(tail) > len(date_piece):
            _end(tail[: len(tail) - len(date_piece)], ",")
        groups = [author_group, [title], tail]
    elif order == "authors-date-title-venue":
        if venue_group + extras:
            _end(venue_group + extras, ".")
        groups = [author_group + date_piece, [title], venue_group + extras]
    elif order == "title-authors-venue":
        tail = venue_group + extras + date_piece
        groups = [[title], author_group, tail]
    else:
        groups = [date_piece + author_group, [title], venue_group + extras]
    after: list[Piece] = list(trailing_status)
    if rng.random() < 0.1:
        after.append(
            Piece(
                f"({rng.choice(_AWARDS)})" if rng.random() < 0.5 else rng.choice(_AWARDS),
                "award",
                frozenset({"bold"}) if rng.random() < 0.3 else frozenset(),
            )
        )
    if rec.get("doi") and rng.random() < 0.2:
        after.append(Piece(rng.choice(["doi:", "DOI:", "https://doi.org/"]) + rec["doi"], "doi"))
    if (rec.get("arxiv") and rng.random() < 0.5) or rng.random() < 0.04:
        arxiv = (
            rec.get("arxiv")
            or f"{rng.randint(15, 25):02d}{rng.randint(1, 12):02d}.{rng.randint(1, 19999):05d}"
        )
        after.append(
            Piece(rng.choice(["arXiv:", "arXiv preprint arXiv:", "https://arxiv.org/abs/"]) + arxiv, "arxiv")
        )
    if rng.random() < 0.15:
        for link in rng.sample(_LINKS, rng.randint(1, 3)):
            after.append(Piece(link, "other", frozenset({"link"}), link="https://example.org"))
    pieces: list[Piece] = []
    for group in groups:
        for j, piece in enumerate(group):
            glue = piece.glue
            if j == 0 and pieces:
                glue = "\n" if breaks else " "
            pieces.append(Piece(piece.text, piece.label, piece.styles, glue if pieces else "", piece.link))
    for piece in after:
        pieces.append(Piece(piece.text, piece.label, piece.styles, " ", piece.link))
    return [p for p in pieces if p.text.strip()]


_GLUE = re.compile(r"^\s*([,;:.]*)\s*(.*?)\s*$", re.S)


def to_block(pieces: Sequence[Piece]) -> tuple[Block, list[str]]:
    """The block the pieces print as, and one label per whitespace token of its text.

    A piece's glue is either a hard break ("\n") or punctuation that joins the previous token
    (", ") followed by words that belong to the piece (" and ", ", & ").
    """
    text = ""
    spans: list[Span] = []
    labels: list[str] = []
    for piece in pieces:
        if text and piece.glue == "":  # glued to the previous token (a superscript marker)
            start = len(text)
            text += piece.text
            spans.extend(Span(start, len(text), kind) for kind in piece.styles)
            labels.extend([piece.label] * (len(piece.text.split()) - 1))
            continue
        if text:
            if piece.glue == "\n":
                text += "\n"
            else:
                m = _GLUE.match(piece.glue)
                punct, words = (m.group(1), m.group(2)) if m else ("", "")
                text += punct + " "
                if words:
                    text += words + " "
                    labels.extend([piece.label] * len(words.split()))
        start = len(text)
        text += piece.text
        for kind in piece.styles:
            spans.append(Span(start, len(text), kind, piece.link if kind == "link" else None))
        labels.extend([piece.label] * len(piece.text.split()))
    return Block(text, spans, ((0, 1),), "item"), labels
