"""Plain-text lists: paragraphs, bullet and numbered items, underlined or capitalised headings.

Hard-wrapped lines of one entry are joined with a space; a line that starts with a bullet or a
printed number starts a new entry even without a blank line before it. A record printed one field
per line ("CONTRIBUTORS: A; B", "DOI: ...", as ORCID prints its works) keeps its lines apart, and
its keys mark their values' fields.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise, takewhile
from unicodedata import east_asian_width

from pubkit.names import CJK_RANGES, PARTICLES, fold, opens_capitalised
from pubkit.reading.markup._builder import YEAR_LABEL, Assembler, TextBuilder
from pubkit.reading.markup.base import Document
from pubkit.wording import (
    CAPITAL,
    KEY_OPENS,
    LINK_WORDS,
    RECORD_BADGES,
    RECORD_KEY_FIELDS,
    WORK_KINDS,
    YEAR,
    heading_words,
    is_kind_of_work,
    legend_meaning,
    record_key_field,
    status_in,
)

__all__ = ["AUTHOR_OPENS", "ITEM_START", "read"]

ITEM_START = re.compile(
    rf"[ \t]{{0,8}}(?:(?!\*\*[^\s*])([-*•‣◦▪▸–+➢➤►▶◆●■✓✔→](?![^\W\d_])|[a-z][.)]|\d{{1,3}}\t)[ \t]*"
    rf"|(?=(?:{YEAR})(?:\t|  +\S))"
    r"|(?=\d{1,4}[.)][ \t]|\[[A-Z]{0,5}\d{1,4}\]|\(\d{1,4}\)[ \t]|[A-Z]{1,2}\d{1,3}[.)][ \t]"
    r"|\[[a-z]{1,2}\d{1,4}\][ \t]*$"  # dblp's "[c14]" on a line of its own
    r"|\d{1,3}[ \t]{3,}(?=[^\W\d_])"  # "1    Thomas Weber; …": a number set apart from the names
    r"|\d{1,3}．(?=\S)|\d{1,3}\.(?=[\u3040-\u30ff\u3400-\u9fff])"  # "１．材料強度学入門": no space in CJK
    r"|\d{1,3}-[ \t]+(?=[^\W\d_])))"  # Persian and Arabic lists' "۸- کاظمی، ع." (its digits read as 0-9)
)
"""The start of a list item: a bullet not glued to a word ("*Shared first authorship." is a legend), a letter
("a.") or a number before a tab (group 1, taken off),
or a printed number, label or year before a tab ("12.", "[J3]", "A1.", "2024<TAB>", left for the
builder)."""

_UNDERLINE = re.compile(r"[ \t]*(?:=+|-+|~+)[ \t]*$")
_CAPS_MAX = 60
_WRAP_MAX = 100  # no one hard-wraps a list wider than this


def _underline(line: str) -> int:
    """Heading level shown by an underline line ("===" 1, "---" 2, "~~~" 3), or 0."""
    if len(line.strip()) < 3 or not _UNDERLINE.match(line):
        return 0
    return {"=": 1, "-": 2, "~": 3}[line.strip()[0]]


#: A line that is only a year or a span of years ("2025", "2019–2020", "2021 and earlier"): a heading.
#: "2. Publikationer", "2.1 Artiklar i vetenskapliga tidskrifter", "VII. Доклады", "C. Contributions to
#: Science", "B1 Vertaisarvioimaton kirjoitus", "(c) PRODUCTS": a numbered section.
_NUMBERED = re.compile(
    r"[ \t]*(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?|([IVX]{1,5}|[A-Z])\.|[A-Z]\d{1,2}\.?|\([a-z]\)"
    r"|(?:الف|[\u0621-\u06d3])\))[ \t]+(\S.*)"  # (Persian and Arabic letters count too: "ب) مقالات …")
)
_SECTION_SIGNS = re.compile(rf"[.,;:\"“”]|{YEAR}|\d")
_NOTE_LINE = re.compile(r"[ \t]*\([^()\n]{3,200}\)[ \t]*")  # a note in brackets on a line of its own
_HEADING_WORDS = 8
_FUNCTION_WORDS = frozenset(
    "a an and the of in on for to with at by och i och på und der die das et de la le les y".split()
)


def _section_line(line: str, after: str) -> int:
    """A line that names a section: numbered ("2.1 Artiklar i tidskrifter", level by its number's
    parts; a short one may have text right below it) or in title case ("Invited Talks", level 2),
    standing alone or over a list's first item; 0 when it is not one. An entry has punctuation,
    years or many words."""
    numbered = _NUMBERED.fullmatch(line)
    short_numbered = numbered and len(numbered.group(3).split()) <= 4 and not after[:1].isspace()
    bare = _PARENTHESES.sub("", line).strip()
    kind = is_kind_of_work(bare) or _status_heading(bare)  # "Conference papers (full, peer reviewed)"
    over_entry = (  # "Invited Talks\n[T5] ...", "Book Chapter\nLee, A. (2021)", "Artigos completos\n1."
        ITEM_START.match(after)
        or ((kind or (numbered and "." in (numbered.group(1) or ""))) and AUTHOR_OPENS.match(after))
        or (kind and _GIVEN_NAME_OPENS.match(after))  # "Books\nREBECCA L. OSTRANDER, DISCIPLINE AND …"
        or _PRINTED_NUMBER.fullmatch(after)
        or _NOTE_LINE.fullmatch(after)  # "Publikationen\n(Die wichtigsten sind mit * gekennzeichnet.)"
        or (numbered and KEY_OPENS.match(after))  # "3. CÁC CÔNG TRÌNH …\nGhi chú: ✉ tác giả liên hệ"
    )
    if after.strip() and not short_numbered and not over_entry:
        return 0
    if kind and not numbered:
        return 2  # a kind of work, in any case, its note in brackets included
    text = numbered.group(3) if numbered else line.strip()
    words = text.split()
    roman = bool(numbered and numbered.group(2))  # "I. Статьи в изданиях, индексируемых в Scopus"
    parted = bool(numbered and "." in (numbered.group(1) or ""))  # "3.4. Luận án, luận văn"
    signs = _SECTION_SIGNS.search(text.replace(",", "") if roman or parted else text)
    counted = heading_words(_PARENTHESES.sub("", text))  # (an aside in brackets is not counted)
    if not words or counted > _HEADING_WORDS + 4 * roman or signs or not opens_capitalised(words[0]):
        return 0
    if numbered:
        return numbered.group(1).count(".") + 1 if numbered.group(1) else 1
    titled = all(opens_capitalised(w) or w.lower() in _FUNCTION_WORDS or w.startswith("(") for w in words)
    if _PRINTED_NUMBER.fullmatch(after):  # "Artigos completos publicados em periódicos\n1.": in any case
        return 2
    return 2 if titled and len(words) <= 5 else 0


#: A square or diamond before a line: Korean and Japanese CVs' section mark ("■ 연구 실적", "◆ 論文").
_HEADING_BULLET = re.compile(r"[ \t]*[■□▣◆◇][ \t]*(?P<label>\S.*)")
#: A section's name between the same dashes, rules or stars: "-- Artículos en revistas --", "== Books ==".
_FRAMED_HEADING = re.compile(
    r"[ \t]*(?:(-{2,}|={2,}|\*{3,}|~{2,}|—|–)[ \t]+(?P<label>\S.*?)[ \t]+\1"
    r"|【(?P<bracketed>[^【】\n]+)】)[ \t]*"  # (or in Japanese lenticular brackets: "【査読付き論文】")
)


def _short_label(text: str) -> bool:
    """A section's name: a few words, no sentence or citation signs outside its brackets."""
    bare = _PARENTHESES.sub("", text)
    return 1 <= len(bare.split()) <= 6 and not _SECTION_SIGNS.search(bare)


def _status_heading(line: str) -> bool:
    """A short line naming only the status of the works under it ("In Press and Under Review")."""
    words = line.split()
    return (
        1 <= len(words) <= 6
        and not _SECTION_SIGNS.search(line)
        and status_in(line) is not None
        and all(w[:1].isupper() or w.lower() in _FUNCTION_WORDS for w in words)
    )


#: A line of a year alone, or with the record's buttons after it: "2021  [PDF] [Slides]".
_YEAR_AND_BUTTONS = re.compile(rf"[ \t]*(?:{YEAR})[.,]?(?:[ \t]*\[[^\[\]\n]{{1,12}}\])*[ \t]*")


def _over_an_apa_entry(line: str, after: str) -> bool:
    """A short line opening a block, in any case, right over an APA entry's first line ("Capítulos de
    livros" over "Vasconcelos, M. C., & Duarte, L. F. (2022). …", text from a PDF with no blank line or
    bullet between them): the name of its section."""
    words = line.split()
    return (
        1 <= len(words) <= 7
        and opens_capitalised(words[0])
        and not _SECTION_SIGNS.search(line.replace(",", ""))  # (commas allowed: "Artigos aceitos, no prelo")
        and AUTHOR_OPENS.match(after) is not None
        and _APA_DATE.search(after) is not None
    )


#: APA's date after the names, then its full stop: "(2023). ", "(no prelo). ", "(2021, setembro). ".
_APA_DATE = re.compile(r"\([^()]{2,30}\)\.(?:\s|$)")


def _capitalised(line: str) -> bool:
    """A short line in capitals ("PUBLICATIONS", "JOURNAL ARTICLES", "INVITED TALKS (not papers)") reads
    as a heading."""
    stripped = line.strip()
    letters = [c for c in _PARENTHESES.sub("", stripped) if c.isalpha()]
    return len(letters) >= 2 and len(stripped) <= _CAPS_MAX and all(c.isupper() for c in letters)


#: "Key: value" lines of a record printed one field per line (ORCID's "CONTRIBUTORS: A; B", "DOI: ...").
_RECORD_KEY = re.compile(r"[ \t]*([A-Za-z][A-Za-z _-]{1,24}(?:\(s\))?):[ \t]+(?=\S)")
#: The next "Key: value" of a line that prints several, two spaces apart (Web of Science's "Source: LANCET
#: HIV  Volume: 12  Issue: 2  Pages: E101-E112  Published: FEB 2025").
_NEXT_KEY = re.compile(r"[ \t]{2,}(?=[A-Z][A-Za-z ]{1,24}(?:\(s\))?:[ \t])|[ \t]+\|[ \t]+")
#: A record's history line: when it was submitted, announced, published (no venue).
_HISTORY_LINE = re.compile(r"(?i)[ \t]*(?:submitted|originally announced|received|posted|last revised)\b")
#: "Record 3 of 13": a database's count over each record it prints.
_RECORD_COUNT = re.compile(r"[ \t]*(?:record|result|item)[ \t]+\d{1,5}[ \t]+of[ \t]+\d{1,6}[ \t]*", re.I)
#: Web of Science's names: "Mokoena, TN (Mokoena, Thandiwe N.)", the full name in brackets.
_SHORT_AND_FULL = re.compile(r"[^;()]+\(([^;()]+)\)")
#: "2024-06 | Journal article": a record's date, then the kind of work.
_DATE_KIND = re.compile(rf"[ \t]*((?:{YEAR})(?:-\d\d){{0,2}})[ \t]*\|[ \t]*(\S.*)")


def _key_field(key: str) -> str | None:
    """The field a record's "Key:" names (strictly: a key is no loose table heading)."""
    return record_key_field(key, loose=False)


_WRAPPING_FIELDS = frozenset({"title", "container", "author"})


def _numbered_source(text: str) -> bool:
    """A record's source that is a journal's name, then its volume or pages ("Journal of X, 198, 104812")."""
    name, *rest = text.split(",")
    return sum(c.isalpha() for c in name) >= 3 and any(part.strip()[:1].isdigit() for part in rest)


def _unnumbered(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A record's lines with the item number before its first key taken off ("1.  Title: …", a CV
    system's export)."""
    if lines:
        number = _PRINTED_NUMBER.match(lines[0][1])
        if number and _RECORD_KEY.match(lines[0][1], number.end()):
            return [(lines[0][0], lines[0][1][number.end() :]), *lines[1:]]
    return lines


def _is_record(lines: list[tuple[int, str]]) -> bool:
    """A paragraph printed one field per line: at least two of its lines are "Key: value" lines whose
    key names a field, not all of them a citation's state ("Status: Accepted" under a citation)."""
    lines = _unnumbered(lines)
    keyed = [
        (text, _key_field(key.group(1)))
        for _, line in lines
        if _RECORD_KEY.match(line)
        for text in _NEXT_KEY.split(line)  # "Year: 2025 | Volume: 40, Issue: 1 | Journal Article"
        if (key := _RECORD_KEY.match(text))
    ]
    named = [field for _, field in keyed if field]
    under_a_citation = all(_INDENTED_KEY.fullmatch(text) for text, _ in keyed)  # "\tStatus:", "\tRefereed:"
    return len(named) >= 2 and not (under_a_citation and _CITATION_STATE.issuperset(named))


_CITATION_STATE = frozenset({"status", "other"})


def _record(builder: TextBuilder, lines: list[tuple[int, str]]) -> None:
    """A record's lines, each after a hard break; a key is dropped and marks its value's field (none:
    "other"). Of its
    lines without a key, a list of names is its authors, an identifier's line none of its fields, the
    first other line its title and the next its venue (unless it opens with a date or number, or a key
    names the venue), as such records print them; any other line is left to the labeller."""
    lines = _unnumbered(lines)
    keyed = {_key_field(key.group(1)) for _, text in lines if (key := _RECORD_KEY.match(text))}
    plain = 0
    last = None  # the field the line above named by its key
    for number, text in lines:
        if _PAGE_CHROME.fullmatch(text) or _RECORD_COUNT.fullmatch(text) or (plain and _action_line(text)):
            continue
        key = _RECORD_KEY.match(text)
        if key is None and last in _WRAPPING_FIELDS and "title" in keyed:
            builder.space()  # "Title: … de la densité du\n    peuplement": the value wrapped onto this line
            builder.open("field", last)
            builder.text(text.strip(), number)
            builder.close("field")
            continue
        last = _key_field(key.group(1)) if key and not _NEXT_KEY.search(text) else None
        if not builder.empty:
            builder.hard_break()
        if key and _NEXT_KEY.search(text):
            _keyed_segments(builder, text, number)
            continue
        dated = _DATE_KIND.fullmatch(text)
        field = _key_field(key.group(1)) if key else None
        by = _BY_NAMES.fullmatch(text) if plain == 1 else None
        if by:  # "by A, B, and 2 more" under the title: the names, without the count of the others
            field, text = "author", _MORE_NAMES.sub("", by.group(1))
            plain = 2
        elif plain >= 2 and "container" in keyed and not key:
            field = "other"  # an abstract under the names, when a key names the venue
        elif dated:
            builder.open("field", "date")
            builder.text(dated.group(1), number)
            builder.close("field")
            builder.space()
            field, text = "other", dated.group(2)
        elif key and (field or key.group(1).isupper()):  # an unknown key in capitals: metadata
            field, text = field or "other", text[key.end() :]  # ("AFFILIATIONS:", Scopus)
            if key.group(1).lower() == "source" and "container" not in keyed and _numbered_source(text):
                field = "container"  # "Source: Journal of X, 198, 104812" (not ORCID's "Source: Crossref")
            full = _SHORT_AND_FULL.findall(text) if field == "author" else []
            if full and len(full) == text.count("(") == text.count(";") + 1:
                text = "; ".join(name.strip() for name in full)  # the full names Web of Science adds
        elif ("title" in keyed and "author" in keyed) or (key and key.group(1).lower() in RECORD_KEY_FIELDS):
            field = "other"  # a key of no field ("Cited by:"); where keys name the title and the names, a
            # line without a field's key
        elif _SEMICOLON_NAMES.fullmatch(text.strip()):
            field = "author"  # "Chinedu E. Okonkwo; Babatunde O. Adewuyi" under the title
        elif _NAMES_LINE.fullmatch(text.strip()):
            field = "author"
        elif _IDENTIFIER_LINE.match(text):
            field = "other"
        elif plain == 0:
            field, plain = "title", 1
        elif _HISTORY_LINE.match(text):
            field = "other"  # arXiv's "Submitted 11 February, 2025; originally announced February 2025."
        elif plain == 1 and "container" not in keyed and not _OPENS_WITH_NUMBER.match(text):
            field, plain = "container", 2
        else:
            builder.text(text, number)
            continue
        builder.open("field", field)
        builder.text(text, number)
        builder.close("field")


#: A review database's number (and the review's state) opening a record's line of names: MathSciNet's
#: "MR4771034 Reviewed Kovalenko, Oleksandr; Petrenko, Iryna", zbMATH's "Zbl 1234.56789".
_ACCESSION_OPENING = re.compile(
    r"[ \t]*(?:MR\d{5,8}|Zbl[ \t]\d{4}\.\d{5})(?:[ \t]+(?:Reviewed|Pending|Indexed))?[ \t]+"
)
#: A line of subject classes (MSC: "41A17 (30D15)", "26D10 (41A17 41A44)").
_CLASSES_LINE = re.compile(r"[ \t]*\d\d[A-Z-]\d\d(?:[ \t,;()]+\d\d[A-Z-]\d\d)*[ \t)]*")


def _review_record(builder: TextBuilder, lines: list[tuple[int, str]]) -> None:
    """A review database's record (MathSciNet, zbMATH): its number and the authors' names, the title,
    then the source (left to the labeller); subject classes, counts, buttons and the reviewer are
    none of the citation's fields."""
    (number, first), (title_line, title) = lines[0], lines[1]
    opening = _ACCESSION_OPENING.match(first)
    assert opening is not None
    for field, text, line in (
        ("other", first[: opening.end()], number),
        ("author", first[opening.end() :], number),
        ("title", title, title_line),
    ):
        if field == "title":
            builder.hard_break()
        builder.open("field", field)
        builder.text(text, line)
        builder.close("field")
    for line, text in lines[2:]:
        builder.hard_break()
        key = _RECORD_KEY.match(text)
        if key or _CLASSES_LINE.fullmatch(text) or _action_line(text) or _reviewer_buttons(text):
            builder.open("field", "other")
            builder.text(text, line)
            builder.close("field")
        else:
            builder.text(text, line)


#: A name alone on its line, family name first: "Lindqvist, Karin", "Öberg, Mattias", "Lindqvist, K.".
_INVERTED_NAME_LINE = re.compile(
    rf"[ \t]*[{CAPITAL}][\w'’-]+(?:[ \t][{CAPITAL}][\w'’-]+){{0,2}},[ \t][{CAPITAL}][\w'’.-]*"
    rf"(?:[ \t][{CAPITAL}][\w'’.-]*){{0,2}}[ \t]*"
)
_ITEM_NUMBER = re.compile(r"^[ \t]*\d{1,4}[.)][ \t]+")
#: A portal's link to the rest of the names ("Visa övriga samt affilieringar", "Show all authors").
_MORE_NAMES_LINE = re.compile(r"(?i)[ \t]*(?:visa|show|view|näytä|vis)\b[^\d]{0,50}")
#: DiVA's source line: "2025 (Engelska)Ingår i: Applied Energy, ISSN …, Vol. 377, …" or, for a work of
#: its own, "2021 (Svenska)Rapport (Övrigt vetenskapligt)".
_SOURCE_LINE = re.compile(
    rf"[ \t]*({YEAR})[ \t]*(?:\([^()]{{1,30}}\))?[ \t]*"
    r"(?:(?:Ingår i|In|Julkaisussa|Inngår i|Indgår i):[ \t]*([^,]*)|(.*))"  # (the venue up to its comma)
)
_BOOK_EDITORS = re.compile(r"[ \t]*/[ \t]*\[ed\]")
#: Kinds of work that are no paper, as a portal names them after the year.
_NOT_A_PAPER = re.compile(r"(?i)[ \t]*(?:data ?set|software|patent|presentation|konferensbidrag, poster)")
#: "Stockholm: Energiforsk, 2021. , s. 64": a work's imprint, its publisher after the place.
_IMPRINT_LINE = re.compile(rf"[ \t]*[^:\d]{{2,40}}:[ \t]*([^,\d][^,]{{1,80}}),[ \t]*{YEAR}\b.*")


def _is_affiliated_record(lines: list[tuple[int, str]]) -> bool:
    """A record that prints each author on a line of their own with their affiliation on the next
    (DiVA): its first line is a name alone, its second no name but a place with commas or a stop."""
    first, second = _ITEM_NUMBER.sub("", lines[0][1], count=1), lines[1][1]
    return (
        _INVERTED_NAME_LINE.fullmatch(first) is not None
        and _INVERTED_NAME_LINE.fullmatch(second) is None
        and ("," in second or second.rstrip().endswith("."))
        and any(_SOURCE_LINE.match(text) for _, text in lines[2:])
    )


def _affiliated_record(builder: TextBuilder, lines: list[tuple[int, str]]) -> bool:
    """Its names (each affiliation line under a name is none of the citation), the title, the year and
    the venue its source line names ("Ingår i: Applied Energy"), or for a work of its own the publisher
    of its imprint; the rest is no field. False for a record of a work that is no paper (a data set)."""
    lines = [(lines[0][0], _ITEM_NUMBER.sub("", lines[0][1], count=1)), *lines[1:]]
    k, names = 0, []
    while k < len(lines) and _INVERTED_NAME_LINE.fullmatch(lines[k][1]):
        names.append(lines[k])
        k += 1
        under = lines[k][1] if k < len(lines) else ""
        over_source = k + 1 < len(lines) and _SOURCE_LINE.match(lines[k + 1][1]) is not None
        affiliation = (
            bool(under) and not _INVERTED_NAME_LINE.fullmatch(under) and not _SOURCE_LINE.match(under)
        )
        if affiliation and (not over_source or _MORE_NAMES_LINE.fullmatch(under)):
            k += 1  # the affiliation under the name (the line over the source line is the title)
        while k < len(lines) and _MORE_NAMES_LINE.fullmatch(lines[k][1]):
            k += 1
    source = next((j for j in range(k, len(lines)) if _SOURCE_LINE.match(lines[j][1])), None)
    if source is None or source == 0 or not names:
        return True
    found = _SOURCE_LINE.match(lines[source][1])
    assert found is not None
    if found.group(3) is not None and _NOT_A_PAPER.match(found.group(3)):
        return False
    imprint = next(
        (m for _, text in lines[source + 1 : source + 3] if (m := _IMPRINT_LINE.fullmatch(text))), None
    )
    fields: list[tuple[str, str, int]] = [
        ("author", "; ".join(text.strip() for _, text in names), names[0][0]),
        ("title", lines[source - 1][1], lines[source - 1][0]),
        ("date", found.group(1), lines[source][0]),
    ]
    # "Energy Transitions in the Nordic Countries / [ed] Per Åhman": the book, without its editors
    venue = _BOOK_EDITORS.split(found.group(2))[0].strip() if found.group(2) else None
    venue = venue or (imprint.group(1) if imprint else None)
    if venue:
        fields.append(("container", venue, lines[source][0]))
    for n, (field, text, line) in enumerate(fields):
        if n:
            builder.hard_break()
        builder.open("field", field)
        builder.text(text, line)
        builder.close("field")
    return True


def _reviewer_buttons(text: str) -> bool:
    """MathSciNet's row of buttons under a record ("Review PDF Clipboard Journal Article Make Link")."""
    words = text.lower().split()
    return bool(words) and {"clipboard", "link"} <= set(words)


def _keyed_segments(builder: TextBuilder, text: str, number: int) -> None:
    """A line of several "Key: value" fields, each value marked with its key's field; a source
    printed beside its volume, issue or pages names the venue."""
    segments = _NEXT_KEY.split(text.strip())
    keys = [_RECORD_KEY.match(segment) for segment in segments]
    fields = [_key_field(key.group(1)) if key else None for key in keys]
    numbered = any(field in ("volume", "pages") for field in fields)
    for k, (segment, key, field) in enumerate(zip(segments, keys, fields, strict=True)):
        if k:
            builder.space()
        source = key is not None and key.group(1).lower() == "source"
        field = "container" if source and numbered else field or "other"
        builder.open("field", field)
        builder.text(segment[key.end() :] if key else segment, number)
        builder.close("field")


#: The lines a profile page (LinkedIn) prints inside a publication's record, and the one before the
#: other authors' names: the owner is not among them.
_PROFILE_LINES = frozenset({"show publication", "see publication", "other authors", "other contributors"})
_OTHER_AUTHORS = frozenset({"other authors", "other contributors"})
_VENUE_DATE = re.compile(r"([^·]*[^·\s])[ \t]+·[ \t]+(.+)")  # (no lazy run before the dot: linear)


def _is_profile_record(lines: list[tuple[int, str]]) -> bool:
    return len(lines) >= 2 and any(text.strip().lower() in _PROFILE_LINES for _, text in lines[1:])


def _profile_record(builder: TextBuilder, lines: list[tuple[int, str]]) -> None:
    """A profile's publication record: its title, "Venue · Mar 12, 2024", "Show publication", a
    description, then "Other authors" over one name a line. The names are written "with A, B", as a
    CV prints co-authors, so that the reader puts the page's owner first."""
    others: list[tuple[int, str]] = []
    after_names = False
    for k, (number, text) in enumerate(lines):
        stripped = text.strip()
        if after_names:
            others.append((number, stripped))
            continue
        if stripped.lower() in _OTHER_AUTHORS:
            after_names = True
            continue
        if stripped.lower() in _PROFILE_LINES:
            continue
        dated = _VENUE_DATE.fullmatch(stripped) if k else None
        parts = [("title" if k == 0 else "other", stripped)]
        if dated:
            parts = [("container", dated.group(1)), ("date", dated.group(2))]
        for field, part in parts:
            if not builder.empty:
                builder.hard_break()
            builder.open("field", field)
            builder.text(part, number)
            builder.close("field")
    if others:
        builder.hard_break()
        builder.open("field", "author")
        builder.text("with " + ", ".join(name for _, name in others), others[0][0])
        builder.close("field")


#: A profile page's lines inside a record (Academia.edu): a button, a link to the rest of the abstract,
#: a count of readers.
_PAGE_CHROME = re.compile(r"(?i)[ \t]*(?:more|download(?: \(\.\w{2,4}\))?|[\d,.]+k? views?)[ \t]*")
#: "by Elif Karaca and Deniz Aksoy": a record's line of names, under its title.
_BY_NAMES = re.compile(r"[ \t]*by[ \t]+(\S.*)")
#: ", and 2 more": the names a page left out.
_MORE_NAMES = re.compile(r",?[ \t]+and[ \t]+\d{1,4}[ \t]+more[ \t]*$")
#: "Lindqvist A.; Moreau P.; Hassan R." or "Hassan R.": a record's line of names with initials.
_INITIALLED = r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2},? (?:[^\W\d_]\.-?){1,3}"
_NAMES_LINE = re.compile(rf"{_INITIALLED}(?:; ?{_INITIALLED}){{0,200}}\.?")
_IDENTIFIER_LINE = re.compile(r"[ \t]*(?:arXiv:|doi:|https?://|10\.\d{4,9}/)", re.I)
_OPENS_WITH_NUMBER = re.compile(r"[ \t]*[(\[]?\d")


def _record_key_line(text: str) -> bool:
    """A "KEY: value" line with its key in capitals: a record's (Scopus's "AFFILIATIONS: ...")."""
    key = _RECORD_KEY.match(text)
    return bool(key and key.group(1).isupper())


def _unwrapped(lines: list[tuple[int, str]]) -> bool:
    """Lines longer than any hard-wrap width, most with a year: a paragraph of one entry per line, not
    one wrapped entry (nor a record printed a field per line)."""
    if len(lines) < 2 or max(len(text.strip()) for _, text in lines) <= _WRAP_MAX:
        return False
    return 3 * sum(bool(_A_YEAR.search(text)) for _, text in lines) >= 2 * len(lines)


_A_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
#: "Ingrid Solberg | Mateo Ruiz", "Oliver Hartmann · Sara Lindgren · [...]": names on a line of their
#: own, as author pages (ACL Anthology, ResearchGate) print them, one field a line.
_NAME = r"(?:[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}|\[(?:\.\.\.|…)\])"
_NAME_LINE = re.compile(rf"{_NAME}(?:[ \t][|·][ \t]{_NAME}){{1,200}}")


_NAME_SEPARATOR = re.compile(r"[ \t][|·•][ \t]")
_SEMICOLON_NAMES = re.compile(rf"{_NAME}(?:; ?{_NAME}){{1,200}}")


_YEAR_KEY = re.compile(rf"({YEAR})(?:\t|  +(?=\S))")  # a year column: a tab, or two spaces or more
#: An entry's first author: "S. Patel", "J. K. Brandt", "Patel, S.".
#: A name printed given name first with a middle initial, opening a line: "Rebecca L. Ostrander, …",
#: "REBECCA L. OSTRANDER, …", "_Rebecca L. Ostrander_ & …" (plain text's underline).
_GIVEN_NAME_OPENS = re.compile(
    rf"_?[{CAPITAL}][\w'’-]+(?: [{CAPITAL}]\.)+ [{CAPITAL}][\w'’-]+_?[*†‡]*(?:,| &| and )"
)
_NAME_START = re.compile(r"(?:[A-Z]\.[ -]?){1,3}\s?[A-Z][\w'’-]+|[A-Z][\w'’-]+, (?:[A-Z]\.){1,3}")
#: A record's count under a section's name ("論文" over " 13": a researcher database's copied page).
_COUNT_LINE = re.compile(r"[ \t]*\d{1,4}[ \t]*")
_PARENTHESES = re.compile(r"\([^()\n]*\)")


def _badge_line(text: str) -> bool:
    """A line of a record's tags only ("査読有り 筆頭著者 責任著者 (in press)"), which ends the record."""
    words = _PARENTHESES.sub(" ", text).split()
    return bool(words) and all(w in RECORD_BADGES for w in words)


def _fields_by_line(lines: list[tuple[int, str]]) -> bool:
    """A paragraph printed one field per line: one of its lines lists names between bars or dots, it
    opens with a line of buttons or of the kind of work ("pdf bib abs", "Article"), it ends with a
    line of tags, or its lines stand apart as fields do (`_unpunctuated_fields`)."""
    if len(lines) < 3:
        return False
    if _unpunctuated_fields([text.strip() for _, text in lines]):
        return True
    if _badge_line(lines[-1][1]):
        return True
    first = [w.strip("[]()|,.;:").lower() for w in lines[0][1].split()]
    badge = bool(first) and all(w in LINK_WORDS or w in WORK_KINDS for w in first)
    # a portal's card ending with its buttons and counts: "87 Citations", "PDF", "Save"; its fields end
    # their lines (a citation wrapped over lines, its "[PDF] [BibTeX]" under it, is no card)
    content = [text.rstrip() for _, text in lines if not _action_line(text)]
    fields = content[1:-1] if len(content) >= 3 else content[:-1]  # (a card's title needs no full stop)
    ends = all(text[-1:] in ".?!:)" or text[-1:].isdigit() for text in fields)
    actions = _action_line(lines[-1][1]) and (sum(_action_line(text) for _, text in lines) >= 2 or ends)
    return badge or actions or any(_NAME_LINE.fullmatch(text.strip()) for _, text in lines)


def _action_line(text: str) -> bool:
    """A line of a research portal's buttons and counts under a record ("PDF", "Save", "87 Citations",
    "Highly Influential", "TLDR", "Add to library Cite", "Show abstract"): no part of the citation."""
    if _DATE_KIND.fullmatch(text):
        return False  # "2021 | Book chapter": the record's date
    words = _COUNT.sub(" ", _SITE.sub(" ", text)).lower().split()
    words = [bare for w in words if (bare := w.strip("[]()|,.;:•·"))]  # ("PDF | Code": no word between)
    return 0 < len(words) <= _MOST_BUTTON_WORDS and all(w in _ACTION_WORDS for w in words)


_COUNT = re.compile(r"\d[\d,.]*")
_ACTION_WORDS = (
    LINK_WORDS
    | WORK_KINDS
    | frozenset(
        (
            "save alert expand tldr share follow highly influential citations citation cited view by "
            "add to library open show hide less detail details related documents articles versions all "
            "export record electronic edition via unpaywalled version references & free full text pmc "
            "similar access downloads views doi from favorites favourites email print bookmark"
        ).split()
    )
)
_MOST_BUTTON_WORDS = 10
#: A site's name in a button line ("[PDF] from arxiv.org"): no word of a citation.
_SITE = re.compile(r"(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:org|com|edu|net|gov|io|cc|ac\.[a-z]{2})(?![\w.])")


def _unpunctuated_fields(texts: list[str]) -> bool:
    """ "Kovács, Eszter ; Nagy, Péter\nTitle\nACTA VETERINARIA HUNGARICA 72 (2024)": an entry whose first
    line is its names alone, and whose every line ends where a field does (no comma, dash or function
    word left hanging) before a line that opens as a field does (a capital, a digit, a bracket)."""
    if texts and _PRINTED_NUMBER.fullmatch(texts[0]):
        texts = texts[1:]  # "1." on a line of its own over the entry
    first = texts[0] if len(texts) >= 3 else ""
    parts = [part.split() for part in re.split(r"[,;]|\band\b|&", first)]
    names = all(
        0 < len(words) <= 4 and all(w[:1].isupper() or w in PARTICLES for w in words) for words in parts
    )
    if len(parts) < 2 or not names or any(c.isdigit() or c == ":" for c in first):
        return False  # "Kovács, Eszter ; Nagy, Péter": the names alone
    if first.endswith(".") and not _INITIAL_END.search(first):
        return False  # a sentence, or a citation's first line
    for line, after in pairwise(texts):
        words = line.split()
        hanging = not words or line[-1] in ",;:-–/&" or words[-1].lower() in _FUNCTION_WORDS
        if hanging or not (after[:1].isupper() or after[:1].isdigit() or after[:1] in "(["):
            return False
    return True


_INITIAL_END = re.compile(r"(?:^|[\s,])[^\W\d_]\.$")  # "…, Lindqvist E." ends with an initial


class _Reader:
    def __init__(self) -> None:
        self.assembler = Assembler("text")
        self.lines: list[tuple[int, str]] = []
        self.kind = "paragraph"
        self.in_record = False  # whether the block being read has a record's "KEY: value" line
        self.year_key = ""  # the year of a "2024<TAB>" key column, for entries with a blank key cell
        self.number_alone = 0  # the last number printed on a line of its own ("1.", "2.", …)
        self.indent = 0  # how far the block's first line is indented
        self.notes: set[int] = set()  # the lines that open a note under the entry (its sub-items)
        self.after_tail = False  # whether the last block ended at a line of counts (more may follow)
        self.width = 0  # the widest line of a text in Chinese or Japanese (where it was wrapped), or 0

    def flush(self) -> None:
        groups = (
            [[line] for line in self.lines]
            if self.kind == "paragraph" and _unwrapped(self.lines)
            else [self.lines]
        )
        for group in groups:
            builder = TextBuilder()
            if len(group) >= 3 and _ACCESSION_OPENING.match(group[0][1]):
                _review_record(builder, group)
            elif len(group) >= 4 and _is_affiliated_record(group):
                if not _affiliated_record(builder, group):
                    continue  # a data set's or a talk's record: no paper
            elif _is_profile_record(group):
                _profile_record(builder, group)
            elif _is_record(group):
                _record(builder, group)
            elif _fields_by_line(group):
                # a record over a line of tags prints its title first, then its authors
                fields: list[str | None] = [None] * len(group)
                if _badge_line(group[-1][1]):
                    fields[:2], fields[-1] = ["title", "author"], "other"
                buttons: set[int] = set()  # buttons, counts, the summary "TLDR" opens
                for k, (_, text) in enumerate(group):
                    if k and _action_line(text):  # (a row of buttons over the record opens it, as before)
                        buttons.update((k, k + 1) if text.strip().lower() == "tldr" else (k,))
                for k, (number, text) in enumerate(group):
                    if k in buttons:
                        continue
                    if not builder.empty:
                        builder.hard_break()
                    field = fields[k]
                    if field:
                        builder.open("field", field)
                    builder.text(_NAME_SEPARATOR.sub(", ", text), number)  # bars and dots: commas
                    if field:
                        builder.close("field")
            else:
                for number, text in _rejoined(
                    _ideographs_rejoined(group, self.width) if self.width else group
                ):
                    if number in self.notes:
                        builder.hard_break()
                    _styled_text(builder, text, number)
            self.assembler.block(builder, self.kind)
        self.lines = []
        self.notes = set()
        self.in_record = False
        self.kind = "paragraph"

    def _opens_entry_under_key(self, line: str) -> bool:
        """A line in the text column of a year-keyed list (its key cell blank) that opens an entry: the
        entry above ended with a full stop and this line opens with a name ("S. Patel", "Patel, S.")."""
        return (
            bool(self.year_key)
            and self.kind == "item"
            and line.startswith(("\t", "  "))
            and bool(self.lines)
            and self.lines[-1][1].rstrip().endswith(".")
            and bool(_NAME_START.match(line.lstrip()) or AUTHOR_OPENS.match(line.lstrip()))
        )

    def _opens_wrapped_entry(self, line: str) -> bool:
        """A line that opens the next citation of a list printed without blank lines or bullets (text
        from a PDF, each citation wrapped over lines): the block opens with a name as citations do, its
        last line ended the citation, and this line opens with a name too; or, in an economist's list of
        quoted titles ("“Title” (with X)" a line each), both open with a quoted title at the same indent."""
        if not self.lines or _INVERTED_NAME_LINE.fullmatch(self.lines[0][1]):
            return False  # (a record that prints a name a line, each over its affiliation, goes on)
        if _QUOTED_TITLE_LINE.match(self.lines[0][1]) and _QUOTED_TITLE_LINE.match(line):
            return _indent(line) == self.indent and self.lines[-1][1].rstrip()[-1:] in _QUOTE_ENDS
        # a hanging indent: the block's lines after its first are indented, and this line is not
        hanging = len(self.lines) >= 2 and _indent(self.lines[-1][1]) > self.indent == _indent(line)
        # (or a DOI wrapped at its hyphen: "https://doi.org/10.1186/s41155-023-\n00254-x")
        wrapped_id = len(self.lines) >= 2 and _IDENTIFIER_END.search(self.lines[-2][1]) is not None
        ended = _entry_ended(self.lines[-1][1]) or (wrapped_id and " " not in self.lines[-1][1].strip())
        long = len(line.split()) + len(_IDEOGRAPH.findall(line)) // 2 >= 4  # (not "Book Chapters", "[PDF]")
        if hanging and ended and long and not _action_line(line) and not _BUTTONS_LINE.fullmatch(line):
            return True  # (names a citation's opening does not show: "*陈思远*. 2024.", "王璐†, …")
        return _opens_with_names(self.lines[0][1]) and (hanging or ended) and _opens_with_names(line)

    def _note_under_entry(self, line: str) -> bool:
        """A bullet indented under an entry (a citation with its year, not a short label over items):
        a note of that entry ("* Reviewed in …", "* Winner, … Prize"), not an entry of its own."""
        if not self.lines or _indent(line) <= self.indent:
            return False
        text = " ".join(t for _, t in self.lines)
        return bool(_A_YEAR.search(text)) and len(text.split()) >= 6

    def _has_text(self) -> bool:
        """Whether the block has a line of a citation's text: not a label ("[c14]", "12.") or buttons."""
        return any(
            not _action_line(text) and not _LABEL_ALONE.fullmatch(text) and not _NUMBERS_LINE.fullmatch(text)
            for _, text in self.lines
        )

    def _record_done(self, line: str, after: str) -> bool:
        """Whether `line` ends a record copied from a portal with no blank line after it: the last of a run
        of buttons ("Add to library", "Cite", "Show abstract") or of counts ("412<TAB>2022" beside a
        record that printed its year) under two lines of text or one long one, with text next."""
        numbers = _NUMBERS_LINE.fullmatch(line) is not None
        if not (numbers or _action_line(line)) or not after.strip():
            return False
        if _action_line(after) or _NUMBERS_LINE.fullmatch(after) or _underline(after):
            return False  # the run goes on
        if _capitalised(after) or _RECORD_KEY.match(after):
            return False  # a heading next ("ARTICLE ATTRIBUTE" in a site's filter menu), or the record's key
        text = [t for _, t in self.lines if not _action_line(t) and not _NUMBERS_LINE.fullmatch(t)]
        if not _A_YEAR.search(" ".join(text)):
            return False  # no date yet: a page's menu, or a count inside a record ("Names\n12\nTitle")
        if not numbers:  # a run of two buttons or more: one ("more", "TLDR") may open what follows
            run = list(takewhile(lambda row: _action_line(row[1]), reversed(self.lines)))
            if sum(len(_COUNT.sub(" ", t).split()) for _, t in run) < 2:
                return False
        return len(text) >= 2 or (len(text) == 1 and len(text[0].split()) >= 8)

    def _numbered_item(self) -> bool:
        """Whether the block being read opens with a printed number ("12.", "3)", "[5]", or one on its own
        line)."""
        first = self.lines[0][1] if self.lines else ""
        return bool(_PRINTED_NUMBER.match(first) or _BRACKET_LABEL.match(first))

    def _names_before_a_year(self) -> bool:
        """Whether the block so far is an entry's names, ended by their full stop (no year or number
        opening it): what follows on a line of its own opening with a year is its date, not an item."""
        if not self.lines or not self.lines[-1][1].rstrip().endswith("."):
            return False
        first = self.lines[0][1].lstrip()
        return bool(AUTHOR_OPENS.match(first)) and not first[:1].isdigit()

    def _wrapped_number(self, line: str) -> bool:
        """Whether a line's printed number goes on from the line before, cut after a dash or a comma
        ("pp. 305–" / "310. Oral presentation."), rather than numbering the next item (it is not the
        current item's number plus or minus one; in an unnumbered entry, the pages' second half after a
        dash: "… 32 (1): 77–" / "101. https://doi.org/…")."""
        printed = _PRINTED_NUMBER.match(line)
        if printed is None or not self.lines or not self.lines[-1][1].rstrip().endswith(("-", "–", "—", ",")):
            return False
        first = _PRINTED_NUMBER.match(self.lines[0][1])
        if first is None:
            return self.lines[-1][1].rstrip()[-1] != ","
        return abs(int(printed.group(1)) - int(first.group(1))) != 1

    def heading(self, text: str, number: int, level: int) -> None:
        self.year_key = ""
        self.flush()
        builder = TextBuilder()
        builder.text(text, number)
        self.assembler.heading(builder, level, number)

    def read(self, text: str) -> Document:
        rows = text.split("\n")
        if _IDEOGRAPH.search(text):  # (the width most long lines reach, not a heading's or a URL's)
            widths = sorted(_display_width(row) for row in rows if row.strip())
            self.width = widths[len(widths) * 3 // 4] if widths else 0
        furniture = _page_furniture(rows)
        index = 0
        while index < len(rows):
            line = rows[index]
            number = index + 1
            index += 1
            if index - 1 in furniture:
                continue
            if not line.strip():
                self.flush()
                continue
            after = rows[index] if index < len(rows) else ""
            level = _underline(after) if not self.lines else 0
            if level and not _underline(line):
                self.heading(line, number, level)
                index += 1
                continue
            if (  # "論文" over its count (in a block, "Fish and Fisheries\n2021" is a venue over its year)
                _COUNT_LINE.fullmatch(after)
                and not (self.lines and YEAR_LABEL.fullmatch(after))
                and len(line) <= 40
                and not _SECTION_SIGNS.search(line)
            ):
                self.heading(line.strip(), number, 1)  # "論文" over its count
                index += 1
                continue
            if not self.lines and _capitalised(line) and not ITEM_START.match(line):
                self.heading(line, number, 1)
                continue
            if not self.lines and _over_an_apa_entry(line, after):
                self.heading(line.strip(), number, 2)  # "Artigos publicados em periódicos\nLee, A. (2023). …"
                continue
            if not self.lines and YEAR_LABEL.fullmatch(line):  # also over its first entry's lines
                self.heading(line, number, 3)
                continue
            if len(self.lines) == 1 and _section_line(self.lines[0][1], "") and _section_line(line, after):
                above, self.lines = self.lines[0], []  # "Publications\nJournal articles\nLee, A. (2024) …"
                self.heading(above[1].strip(), above[0], 1)
            # a section line right after an entry that ended ("...pp. 189–221.\nInvited Talks\n[T5] ...")
            ended = not self.lines or (
                _entry_ended(self.lines[-1][1])
                and bool(
                    ITEM_START.match(after) or AUTHOR_OPENS.match(after) or _PRINTED_NUMBER.fullmatch(after)
                )
            )
            boxed = _HEADING_BULLET.fullmatch(line) or _FRAMED_HEADING.fullmatch(line)
            label = next((text for text in boxed.groupdict().values() if text), "") if boxed else ""
            if boxed and _short_label(label):  # "■ 학술대회 발표 (최근 3년)", "-- Libros --"
                self.heading(label.strip(), number, 1)
                continue
            if boxed and YEAR_LABEL.fullmatch(label):  # "-- 2024 --" over its entries
                self.heading(label.strip(), number, 3)
                continue
            section = _section_line(line, after) if ended else 0
            if section:
                self.heading(_NUMBERED.sub(r"\3", line).strip(), number, section)
                continue
            if _underline(line) and not self.lines:
                continue
            if self.lines and _INDENTED_KEY.fullmatch(self.lines[-1][1]) and AUTHOR_OPENS.match(line):
                self.flush()  # "Title … Journal.\n\tStatus: Accepted\n\tRefereed: Yes": the keys end an entry
                self.kind = "item"
            if self.after_tail and not self.lines and _NUMBERS_LINE.fullmatch(line):
                continue  # the rest of a record's counts ("241 *" over "2019"), after the record ended
            self.after_tail = False
            if (
                self.lines
                and _action_line(line)
                and not self._has_text()
                and _BRACKET_LABEL.fullmatch(self.lines[0][1])
            ):
                continue  # buttons between an entry's label and its text ("[c14]", "view", "export record")
            # "1." (Lattes) or "1" (a portal's result) on a line of its own over its entry
            alone = _PRINTED_NUMBER.fullmatch(line) or _BARE_NUMBER.fullmatch(line)
            if alone and self.lines and int(alone.group(1)) in (1, self.number_alone + 1):
                self.flush()
                self.kind = "item"
            if alone:
                self.number_alone = int(alone.group(1))
            start = ITEM_START.match(line)
            starred = start is not None and (start.group(1) or "").strip() == "*"
            if starred and start and legend_meaning(line[start.end() :].split(";")[0]):
                self.flush()  # "* Co-first authors; ‡ corresponding author": a legend, its marker kept
                start = None
            if start and start.group(1) and self._note_under_entry(line):
                self.notes.add(number)  # "     * Winner, Marraro Prize, 2022" under a book: its note
                self.lines.append((number, line[start.end() :]))
                continue
            if start and self.in_record and not start.group(1):
                start = None  # "(2024) Journal, 221" inside a record printed a field per line (Scopus)
            if start and _YEAR_IN_BRACKETS.match(line) and self._numbered_item():
                start = None  # "1.\nNames\nTitle\n(2022) pp. 245-246.": the year line of a numbered entry
            # " 9. … Springer;\n    2016. p. 123-58.": Vancouver's year wrapped, no item 2016
            if (
                start
                and _YEAR_AS_NUMBER.match(line)
                and (self._numbered_item() or self._names_before_a_year())
            ):
                start = (
                    None  # (Chicago's "Villalba Ruiz, Jorge, … y Nerea Urkiola.\n2023. «Title»": its year)
                )
            if (
                start
                and start.group(1) in ("–", "—")
                and self._numbered_item()
                and not _PRINTED_NUMBER.match(line, start.end())
            ):
                start = None  # "… (Oral)\n– Giải Nhất …": a dash the line wrapped before, in a numbered entry
            if start and not start.group(1) and self._wrapped_number(line):
                start = None  # "… pp. 305–\n310. Oral presentation.": the pages go on, no item 310
            if start and self.lines and self.lines[-1][1].rstrip().endswith((" –", " —")):
                start = None  # GOST's "… // Journal. –\n2024. – Vol. 73": the record goes on after its dash
            if start and self.lines and _YEAR_AND_BUTTONS.fullmatch(line):
                start = None  # DBLP's "… (17WCEE)\n2021  [PDF] [Slides]": the record's year, wrapped
            if start:
                self.flush()
                self.kind = "item"
                line = line[start.end() :] if start.group(1) else line
                key = _YEAR_KEY.match(line)
                self.year_key = key.group(1) if key else ""
                if key:  # (the column as a tab, whatever spaces a text CV put there)
                    line = f"{key.group(1)}\t{line[key.end() :]}"
            elif self._opens_entry_under_key(line):  # "2024<TAB>A …\n<TAB>B. Name …": B under 2024
                self.flush()
                self.kind = "item"
                line = f"{self.year_key}\t{line.lstrip()}"
            elif self._opens_wrapped_entry(line):  # "…, 29, 1187–1205.\nHartley, J., Wiśniewski, T. …"
                self.flush()
                self.kind = "item"
            if not self.lines:
                self.indent = _indent(rows[index - 1])
            self.lines.append((number, line))
            if len(self.lines) > 1 and _INDENTED_KEY.fullmatch(line):
                self.kind = "item"  # a citation its CV system's keys follow: an entry
            self.in_record = self.in_record or _record_key_line(line)
            if _badge_line(line) and len(self.lines) >= 3:
                self.flush()  # the record's tags: its last line
            elif self._record_done(line, after):
                self.after_tail = _NUMBERS_LINE.fullmatch(line) is not None
                self.flush()  # a portal's buttons or counts under a record: the next line opens another
        self.flush()
        return self.assembler.document()


def _opens_with_names(line: str) -> bool:
    """Whether a line opens as a citation's names do: "Hartley, J., …", "陈思远. 2020.", "王璐†, 李娜. …"."""
    return bool(AUTHOR_OPENS.match(line) or _CJK_NAMES_OPEN.match(line))


#: CJK names (two to four characters, styled or marked) before their full stop: "陈思远. ", "王璐†, 李娜. ".
_CJK_NAME = rf"[*_]?[{CJK_RANGES}]{{2,4}}[*_]?[†‡*]{{0,2}}"
_CJK_NAMES_OPEN = re.compile(rf"{_CJK_NAME}(?:[,，、;；]\s?{_CJK_NAME}){{0,20}}[.．]\s")


def _rejoined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An entry's lines with the words a line end hyphenated joined again ("Chem-" / "istry of
    Materials", as text from a PDF breaks them): without the hyphen where the whole word is one the
    records use, with it for a compound ("self-" / "supervised" is "self-supervised")."""
    if len(lines) < 2 or not any(_BROKEN_WORD.search(text) for _, text in lines[:-1]):
        return lines
    from pubkit.reading.tokens import lexicon  # (the records' words: imported only when a line breaks one)

    words = lexicon()
    out = list(lines)
    for k in range(len(out) - 1):
        broken = _BROKEN_WORD.search(out[k][1])
        rest = out[k + 1][1].lstrip()
        if broken is None or not rest[:1].islower():
            continue
        tail, _, after = rest.partition(" ")
        whole = broken.group(1) + tail
        joined = whole if fold(whole.rstrip(".,;:")) in words else f"{broken.group(1)}-{tail}"
        out[k] = (out[k][0], out[k][1][: broken.start()] + joined)
        out[k + 1] = (out[k + 1][0], after)
    return [(number, text) for number, text in out if text.strip()]


def _ideographs_rejoined(lines: list[tuple[int, str]], width: int) -> list[tuple[int, str]]:
    """An entry's lines with Chinese or Japanese words a full line's end cut joined again without a space
    ("…心理发展与" / "教育 88 (2025)"): these scripts put no space between words, so the wrap was inside
    one. A shorter line (a title over its names) ends where its writer ended it."""
    out = list(lines)
    for k in range(len(out) - 1):
        text, rest = out[k][1].rstrip(), out[k + 1][1].lstrip()
        if not (_IDEOGRAPH.match(text[-1:]) and _IDEOGRAPH.match(rest[:1])):
            continue
        inside = any(text.count(a) > text.count(b) for a, b in _CJK_BRACKETS)  # ("…《城市音" / "乐文化…》")
        if not inside and (width < 60 or _display_width(text) < width - 6):
            continue  # (a short text, or a short line: a title over its names ends where it was ended)
        head, _, after = rest.partition(" ")
        if head[-1:] in ",，、;；" and not inside:
            continue  # the next line opens with a name of a list of names: "刘子航, 赵浩然, …"
        out[k] = (out[k][0], text + head)
        out[k + 1] = (out[k + 1][0], after)
    return [(number, text) for number, text in out if text.strip()]


#: A line of buttons only: "[PDF] [BibTeX] [Online Appendix]".
_BUTTONS_LINE = re.compile(r"(?:[ \t]*\[[^\[\]\n]{1,30}\])+[ \t]*")
#: Brackets and quotes a CJK line may wrap inside: a wrap there cuts a word.
_CJK_BRACKETS = (("《", "》"), ("“", "”"), ("「", "」"), ("『", "』"), ("（", "）"))


def _display_width(text: str) -> int:
    """Columns a line takes in a fixed-width font: two for each wide (CJK) character."""
    return len(text) + sum(1 for c in text if c >= "\u1100" and east_asian_width(c) in "WF")


_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


#: A line that ends with a word cut by a hyphen ("Chem-"), not a dash ("--") nor a lone hyphen.
_BROKEN_WORD = re.compile(r"(?<![\w-])([^\W\d_]{2,})-[ \t]*$")


def _styled_text(builder: TextBuilder, text: str, line: int) -> None:
    """A line's text with "**Lin**" as bold words, "_Brennan KT_" as underlined ones and "*Journal of Labor
    Economics*" as italic ones: how a CV saved as text, or written as text, marks what was styled."""
    at = 0
    for m in _STYLED.finditer(text) if "_" in text or "*" in text else ():
        style = ("bold", "bold", "underline", "italic")[m.lastindex - 1 if m.lastindex else 0]
        words = m.group(m.lastindex or 0)
        builder.text(text[at : m.start()], line)
        builder.open(style)
        builder.text(words, line)
        builder.close(style)
        at = m.end()
    builder.text(text[at:], line)


#: "**Lin H.**", "__Ortega Vidal, M.__", "_Brennan KT_" and "*Economic Journal*": words between asterisk or
#: underscore pairs, underscores or asterisks, not inside a word or an identifier ("snake_case_name") and
#: not between authors' markers ("Lévesque, J.*, Adeyemi, F. O.*").
_STYLED = re.compile(
    r"(?<![^\s(\[\"“,，、;])\*\*([\w(\[\"“](?:[^*\n]{0,118}[^\s*])?)\*\*(?![\w*])"  # Markdown's bold
    r"|(?<![\w_])__([^\s_](?:[^_\n]{0,58}[^\s_])?)__(?![\w_])"
    r"|(?<![\w_])_([^\s_](?:[^_\n]{0,58}[^\s_])?)_(?![\w_])"
    r"|(?<![^\s(\[\"“])\*([^\s*](?:[^*\n]{0,118}[^\s*])?)\*(?![\w*])"  # after a space or an opening
)


def _indent(line: str) -> int:
    """The columns of white space before a line's first character (a tab to the next multiple of 8)."""
    return len(line.expandtabs()) - len(line.expandtabs().lstrip())


#: A line that opens with a quoted title ("“Land Markets after Restitution”", '"Title," *Journal*').
_QUOTED_TITLE_LINE = re.compile(r"[ \t]*[\"“„«][^\W\d_]")
_QUOTE_ENDS = frozenset('"”»).')


def _entry_ended(line: str) -> bool:
    """Whether a line ends a citation: with a full stop, a bracket, or an identifier ("doi:10.5194/…")."""
    return line.rstrip().endswith((".", ")")) or bool(_IDENTIFIER_END.search(line))


_IDENTIFIER_END = re.compile(r"(?i)(?:doi:\s?|https?://)\S+[ \t]*$")


def _page_furniture(rows: list[str]) -> set[int]:
    """The rows of a PDF page's footer ("… Side 1 af 3"), a page number alone between blank rows and the
    header repeated atop the page after it and, where an entry runs on over the page break (its line
    ends mid-sentence, the next page's first line opens no item), the blank rows around them too."""
    skipped: set[int] = set()
    numbers = {  # pdftotext's "2" alone between blank rows, at a page's foot
        k
        for k, row in enumerate(rows)
        if _PAGE_NUMBER.fullmatch(row)
        and (k == 0 or not rows[k - 1].strip())
        and (k + 1 == len(rows) or not rows[k + 1].strip())
    }
    seen = Counter(row.strip() for row in rows)
    headers = set()  # the header atop the next page: the first row after the number, printed on every page
    footers = {k for k, row in enumerate(rows) if _PAGE_FOOTER.search(row)}  # ("Página 1 de 3", then it)
    for k, row in enumerate(rows):  # "Claire Moreau – Curriculum vitae 2/4" between blank rows
        counter = _PAGE_COUNTER.search(row) if len(row) <= 100 else None
        alone = (k == 0 or not rows[k - 1].strip()) and (k + 1 == len(rows) or not rows[k + 1].strip())
        if counter and alone and 1 <= int(counter.group(1)) <= int(counter.group(2)):
            footers.add(k)
    for k in numbers | footers:
        after = next((j for j in range(k + 1, min(k + 4, len(rows))) if rows[j].strip()), None)
        if after is not None and seen[rows[after].strip()] >= 2 and len(rows[after]) <= 100:
            headers.add(after)
    for index in sorted(footers | numbers | headers):
        skipped.add(index)
        before, after = index - 1, index + 1
        while before >= 0 and not rows[before].strip():
            before -= 1
        while after < len(rows) and not rows[after].strip():
            after += 1
        ended = before < 0 or rows[before].rstrip().endswith((".", ")", ":"))
        if not ended and after < len(rows) and not ITEM_START.match(rows[after]):
            skipped.update(range(before + 1, after))
    return skipped


#: A page's header or footer in text copied from a PDF: "… Page 3 of 9", "Side 1 af 3", "Seite 2 von 5".
_PAGE_FOOTER = re.compile(
    r"(?i)(?:^|\s)(?:page|side|seite|página|pagina|strona|sivu|sida|str\.)\s\d{1,4}\s"
    r"(?:of|af|von|de|di|z|av|/)\s\d{1,4}[ \t]*$"
)
_PAGE_NUMBER = re.compile(r"[ \t]*\d{1,3}[ \t]*")
_PAGE_COUNTER = re.compile(r"\s(\d{1,3})\s?/\s?(\d{1,3})[ \t]*$")  # "… Curriculum vitae 2/4"
_YEAR_IN_BRACKETS = re.compile(rf"[ \t]*\((?:{YEAR})\)")
_YEAR_AS_NUMBER = re.compile(rf"[ \t]*(?:{YEAR})\.[ \t]")
_PRINTED_NUMBER = re.compile(r"[ \t]*(\d{1,3})[.)](?:[ \t]|$)")
_BARE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t]*")
_BRACKET_LABEL = re.compile(r"[ \t]*\[[A-Za-z]{0,5}\d{1,4}\][ \t]*")
#: A line of numbers only (a portal's counts and year beside a record: "412<TAB>2022", "241 *").
_NUMBERS_LINE = re.compile(r"[ \t]*\d[\d,.]*(?:[ \t]+\d[\d,.]*)*(?:[ \t]*\*)?[ \t]*")
#: A line that is an entry's label or number alone: "[c14]", "[J3]", "12.", "(4)".
_LABEL_ALONE = re.compile(r"[ \t]*(?:\[[A-Za-z]{0,5}\d{1,4}\]|\(?\d{1,4}[.)]?)[ \t]*")
#: An indented "Key: value" line under a citation (a CV system's metadata: "\tStatus: Accepted").
_INDENTED_KEY = re.compile(r"[ \t]+[A-Z][\w/-]{1,20}(?: [\w/-]{1,20}){0,2}:[ \t][^:]{1,40}")


#: A line opening with a citation's first author: inverted ("Nguyen, T. H.", "Alvarado-Brooks, K. M.",
#: "Kõiv-Tammeorg, Maarja (2024)"), initials first ("A. B. Lindqvist,") or Vancouver's "Whitfield-Arce DM,".
AUTHOR_OPENS = re.compile(
    rf"[{CAPITAL}][\w'’-]{{1,30}}(?: [{CAPITAL}][\w'’-]{{1,30}})?[*†‡#]{{0,2}}, "
    rf"(?:[{CAPITAL}]\.|[{CAPITAL}][^\W\d_]{{1,20}}[ ,.;])"
    rf"|(?:[{CAPITAL}]\.[ -]?){{1,3}}[{CAPITAL}][\w'’-]+[*†‡#]{{0,2}},"  # "E. Marchetti*,": a role marker
    rf"|[{CAPITAL}][\w'’-]{{1,30}}(?: [{CAPITAL}][\w'’-]{{1,30}})? [{CAPITAL}]{{1,3}}[*^†‡]?"
    rf"(?:,|\. (?={YEAR}))"  # (Vancouver's sole author before the year: "Halvorsen I. 2019.")
)


def read(text: str) -> Document:
    """Read a plain-text document."""
    return _Reader().read(text)
