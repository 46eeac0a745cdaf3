"""HTML lists: `<li>`, `<p>`, `<dd>`, `<div>` and table rows as entries, `<h1>`-`<h6>` as headings.

A small tokenizer of its own rather than `html.parser`, whose recovery from unclosed tags is
quadratic (`'<a ' * 10**5` takes minutes): every scan here stops at the next `<`, so reading is
linear. Comments (also unclosed ones), `<script>` and `<style>` are dropped.
"""

from __future__ import annotations

import html
import re

from pubkit.reading.markup._builder import Assembler, LineIndex, TextBuilder
from pubkit.reading.markup.base import Document, free_marks
from pubkit.wording import YEAR, cell_field, column_field, legend_meaning, record_key_field

__all__ = [
    "INLINE_SPANS",
    "HtmlReader",
    "apply_inline_tag",
    "attributes",
    "feed_inline",
    "read",
]

INLINE_SPANS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "italic": "italic",  # JATS XML, as publishers' reference lists carry it
    "bold": "bold",
    "em": "italic",
    "cite": "italic",
    "var": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strike",
    "strike": "strike",
    "del": "strike",
    "sup": "sup",
    "sub": "sub",
    "code": "code",
    "tt": "code",
    "kbd": "code",
    "samp": "code",
    "papertitle": "bold",  # Jon Barron's academic page template: a paper's title, set in bold by its CSS
}
"""Inline HTML elements and the span kind each one shows."""

_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 heading header hr html li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul head title".split()
)
_ITEMS = frozenset({"li", "dd", "dt"})
_INSIDE_ITEM = frozenset({"p", "div", "blockquote", "pre", "center", "section", "details", "summary"})
#: `<heading>` is the section heading of Jon Barron's academic page template (styled by its CSS).
_HEADINGS = {**{f"h{n}": n for n in range(1, 7)}, "heading": 2}
_SKIPPED = frozenset(
    {"script", "style", "template", "noscript", "title", "svg", "math", "nav", "footer", "aside", "button"}
    | {"textarea"}  # a form's field (bibtex-js keeps the page's BibTeX in one: read as data)
)
#: In Markdown an `<aside>` is a callout of the text (Notion's export), not a page's sidebar.
MARKDOWN_SKIPPED = _SKIPPED - {"aside"}
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)")
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def _tag_end(source: str, start: int) -> int:
    """Offset of the `>` closing the tag whose name ends at `start`, or -1 when a `<` comes first."""
    quote = ""
    for index in range(start, len(source)):
        char = source[index]
        if quote:
            if char == quote:
                quote = ""
            elif char == "<":
                return -1
        elif char == ">":
            return index
        elif char in "\"'":
            quote = char
        elif char == "<":
            return -1
    return -1


def attributes(source: str) -> dict[str, str]:
    """The attributes of a tag's inside, names lower-cased, values with entities decoded."""
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(source):
        value = match.group(2) or match.group(3) or match.group(4) or ""
        found.setdefault(match.group(1).lower(), html.unescape(value))
    return found


def _parse_tag(source: str, start: int) -> tuple[str, bool, str, int] | None:
    """(name, closing, attribute source, end) of a tag starting at `start`, or None if it is no tag."""
    match = _NAME.match(source, start)
    if not match:
        return None
    end = _tag_end(source, match.end())
    if end < 0:
        return None
    closing = source[start + 1] == "/"
    return match.group(1).lower(), closing, source[match.end() : end], end + 1


#: A link to a person's page (a portal's author profile): its text is a name, never a linked title.
_PERSON_PAGE = re.compile(r"(?i)/(?:persons?|people|authors?|staff|profiles?|researchers?|scholars?|pid)/")


def _is_person_link(attrs: dict[str, str], target: str) -> bool:
    """Whether a link leads to a person (rel="Person", class "person", a /persons/ page)."""
    marks = f"{attrs.get('rel', '')} {attrs.get('class', '')}".lower().split()
    return "person" in marks or "author" in marks or bool(_PERSON_PAGE.search(target))


def apply_inline_tag(builder: TextBuilder, tag: str) -> bool:
    """Apply one inline tag (`<b>`, `</a>`, `<br/>`, ...) to `builder`; False when it is not one."""
    parsed = _parse_tag(tag, 0) if tag.startswith("<") else None
    if parsed is None:
        return False
    name, closing, inside, _ = parsed
    if name == "br":
        builder.hard_break()
    elif name in INLINE_SPANS:
        (builder.close if closing else builder.open)(INLINE_SPANS[name])
    elif name == "a":
        if closing:
            builder.close("link")
        else:
            attrs = attributes(inside)
            target = attrs.get("href")
            if target and not _is_person_link(attrs, target):
                builder.open("link", target)
    elif name in _BLOCKS and name not in _ITEMS:
        builder.space()
    elif name == "abbr" and not closing and _field_of(inside) == "other":
        builder.open("field", "other")  # al-folio's `<abbr class="badge">JAN</abbr>`: the venue's badge
    elif name == "abbr" and closing and builder.innermost() == ("field", "other"):
        builder.close("field")
    else:
        return name in {"span", "font", "small", "big", "mark", "abbr", "img", "a", "label"}
    return True


def feed_inline(builder: TextBuilder, source: str, line: int) -> None:
    """Feed an HTML fragment as inline content (jemdoc `{{raw}}`): tags give spans, comments vanish."""
    index = LineIndex(source, line)
    cursor = 0
    text_start = 0
    while cursor < len(source):
        start = source.find("<", cursor)
        if start < 0:
            break
        if source.startswith("<!--", start):
            end = source.find("-->", start + 4)
            builder.text(html.unescape(source[text_start:start]), index.line(text_start))
            cursor = text_start = len(source) if end < 0 else end + 3
            continue
        parsed = _parse_tag(source, start)
        if parsed is None:
            cursor = start + 1
            continue
        builder.text(html.unescape(source[text_start:start]), index.line(text_start))
        cursor = text_start = parsed[3]
        apply_inline_tag(builder, source[start:cursor])
    builder.text(html.unescape(source[text_start:]), index.line(text_start))


class _Counter:
    __slots__ = ("next",)

    def __init__(self, start: int) -> None:
        self.next = start


_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


#: A theme's mark for the page owner's name among the authors (`<span class="author-highlighted">`):
#: shown in bold, so it reads as a bold name does.
def _styled(inside: str) -> tuple[str, ...]:
    """The spans a `<span style="…">` shows (site builders and word processors write bold, italic and
    underline as inline styles: `font-weight:bold`, `font-style:italic`, `text-decoration:underline`)."""
    if "style" not in inside:
        return ()
    style = attributes(inside).get("style", "").lower().replace(" ", "")
    return tuple(kind for kind, pattern in _INLINE_STYLES if pattern.search(style))


_INLINE_STYLES = (
    ("bold", re.compile(r"font-weight:(?:bold|bolder|[6-9]00)")),
    ("italic", re.compile(r"font-style:(?:italic|oblique)")),
    ("underline", re.compile(r"text-decoration(?:-line)?:[^;]*underline")),
)
#: A style sheet's rule for one class: ".c3{font-weight:700;…}" (a word processor's export styles its
#: spans by class: Google Docs' "Download as web page").
_CLASS_RULE = re.compile(r"\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}")


def _class_styles(sheet: str) -> dict[str, tuple[str, ...]]:
    """The spans (bold, italic, underline) each class of a `<style>` sheet shows (classes that show any)."""
    styles: dict[str, tuple[str, ...]] = {}
    for rule in _CLASS_RULE.finditer(sheet):
        declarations = rule.group(2).lower().replace(" ", "")
        kinds = tuple(kind for kind, pattern in _INLINE_STYLES if pattern.search(declarations))
        if kinds:
            styles[rule.group(1)] = kinds
    return styles


_HIGHLIGHT_CLASS = re.compile(r"(?i)highlight|(?:^|\s)(?:me|self|myself|owner)(?:$|\s)")

#: The page's frame around its content (a theme's sidebar, menu, table of contents), by class or role.
_CHROME_CLASS = re.compile(  # also a footnote's mark in the text ("2021.¹"), not the footnote itself
    # (not a layout's mark on the content that a page has one: Quarto's "page-navbar", "has-sidebar")
    r"(?:^|[\s_-])(?<!page-)(?<!has-)(?<!with-)(?<!no-)"
    r"(?:sidebar|masthead|navbar|menu|breadcrumbs?|toc|footnote-anchor|footnote-ref|footref)(?:$|[\s_-])"
    # a Bootstrap modal (an abstract or a citation shown on a click): hidden until then
    r"|(?:^|\s)modal(?:$|\s)"
    # text for screen readers only ("(page author)" after the owner's name): not what the page shows
    r"|(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|screenreader-only|a11y-hidden)(?:$|\s)"
)
#: A tab's panel (Bootstrap's `tab-pane`, CMS profiles' `tab-panel`), hidden until its tab is clicked.
_TAB_PANEL_CLASS = re.compile(r"(?:^|\s)(?:tab-?pane|tab-?panel|tabs-panel|tab-content)(?:$|\s)")
#: Elements that hold the whole page: a layout class on them ("one-sidebar sidebar-first") hides nothing.
_NEVER_HIDDEN = frozenset({"html", "body", "main"})
#: The parts of a key / value list inside an entry (`<dl>`, or a `<table>` of `<th>` key cells).
_METADATA_PARTS = frozenset({"dt", "dd", "th", "td", "tr", "tbody", "thead"})
_CHROME_ROLES = frozenset({"navigation", "banner", "complementary", "contentinfo", "search"})


def _is_hidden(inside: str) -> bool:
    """Whether a tag's content is not the page's text: the `hidden` attribute, a `hidden` class
    (al-folio's abstracts and BibTeX blocks), a style that does not display it, or the theme's frame
    (`<div class="sidebar">`, `role="navigation"`), as `<nav>` and `<footer>` are."""
    lowered = inside.lower()
    if not any(word in lowered for word in ("hidden", "none", "class", "role")):
        return False
    found = attributes(inside)
    classes = found.get("class", "").lower()
    if found.get("role", "").lower() == "tabpanel" or _TAB_PANEL_CLASS.search(classes):
        return False  # a tab the page shows on a click: its papers are the page's ("hidden" until then)
    return (
        "hidden" in found
        or "hidden" in classes.split()
        or bool(_HIDING_STYLE.search(found.get("style", "")))
        or bool(_CHROME_CLASS.search(classes))
        or found.get("role", "").lower() in _CHROME_ROLES
    )


def _folded_abstract(lowered: str, end: int) -> bool:
    """Whether the `<details>` element opened before `end` folds away an entry's abstract or BibTeX (its
    `<summary>` says so): text the page shows on a click, no part of the citation. A `<details>` that
    folds a list of older papers ("2015–2018") is read."""
    summary = _SUMMARY.match(lowered, end)
    return summary is not None and _FOLDED_WORDS.match(_TAG.sub("", summary.group(1))) is not None


_SUMMARY = re.compile(r"\s*<summary\b[^>]*>(.{0,200}?)</summary>", re.S)
_TAG = re.compile(r"<[^<>]{0,500}>")  # (bounded: a "<" with no ">" is not read to the end each time)
_FOLDED_WORDS = re.compile(
    r"\s*(?:abstract|bibtex|bib|tl;?\s?dr|cite|citation|keywords|résumé|zusammenfassung)\b"
)


#: Class names with which pages mark what a part of an entry is (al-folio, jekyll-scholar, Hugo and
#: WordPress themes): the page's own word beats the labeller's guess. "abbr" / "badge" show a venue's
#: short name beside the entry, not its venue.
FIELD_CLASSES = {
    **dict.fromkeys(("title", "pub-title", "paper-title", "article-title", "pubtitle", "ptitle"), "title"),
    **dict.fromkeys(
        ("author", "authors", "pub-authors", "pubauthors", "article-authors", "contributors", "pauthors"),
        "author",
    ),
    # the same words in the languages of national repositories' pages (CVar / SIGEVA, Lattes, HAL, IRIS)
    **dict.fromkeys(("titulo", "título", "titre", "titel", "titolo"), "title"),
    **dict.fromkeys(("autores", "autor", "auteurs", "auteur", "autoren", "autori"), "author"),
    **dict.fromkeys(
        ("medio", "revista", "revue", "zeitschrift", "rivista", "periodico", "periódico"), "container"
    ),
    **dict.fromkeys(("user-mention", "userlink", "confluence-userlink"), "author"),  # a wiki's @mention
    **dict.fromkeys(
        (
            *("periodical", "venue", "journal", "booktitle", "pub-venue", "pubvenue", "conference", "source"),
            *("pvenue", "jtitle", "btitle"),  # (abbreviated: a paper's venue, a journal's or a book's title)
            "host_publication",  # Pure's book or proceedings a chapter is in
        ),
        "container",
    ),
    **dict.fromkeys(("year", "pub-year", "pub-date", "date"), "date"),
    **dict.fromkeys(("volume", "issue", "journal-issue"), "volume"),
    **dict.fromkeys(("pages", "page", "pagination"), "pages"),
    **dict.fromkeys(("publisher", "pub-publisher"), "publisher"),
    **dict.fromkeys(("abbr", "badge", "type", "pub-type", "label", "citation-label"), "other"),
}


def is_prose(text: str) -> bool:
    """Whether text reads as sentences about a paper rather than a citation: a dozen words or more,
    mostly lower-case, that speak in the first or second person or run over several sentences."""
    words = text.split()
    if len(words) < 10 or 2 * sum(w[:1].islower() for w in words) < len(words):
        return False
    if _PERSON_WORD.search(text):
        return True
    return len(_SENTENCE_END.findall(text)) >= 2 and not _YEAR_WORD.search(text)  # a citation prints its year


_PERSON_WORD = re.compile(r"\b(?:I|we|We|our|Our|my|My|you|You|your|us|me)\b")
_YEAR_WORD = re.compile(rf"\b{YEAR}\b")
_SENTENCE_END = re.compile(r"[a-z)][.!?]\s+[A-Z]")


def _field_of(inside: str, *, span: bool = False) -> str | None:
    """The field an element's class (or schema.org `itemprop`, as DBLP marks its pages) names, if any;
    a `<span class="book">` (Pure's chapter) names the book a chapter is in (a block of that class
    may be a whole entry: a book)."""
    if "class" not in inside and "itemprop" not in inside:
        return None
    found = attributes(inside)
    prop = _ITEMPROPS.get(found.get("itemprop", ""))
    if prop:
        return prop
    classes = found.get("class", "").split()
    if span and "book" in classes:
        return "container"
    for name in classes:
        module = _CSS_MODULE.fullmatch(name)  # "PublicationCard_authors__9aQzX": a React page's field
        field = FIELD_CLASSES.get((module.group(1) if module else name).lower())
        if field:
            return field
    for name in classes:  # a plugin's prefixed name, "bibbase_paper_author", "tp_pub_type", "output-date"
        parts = _CLASS_PART.split(name.lower())
        if len(parts) >= 2 and parts[-1] == "title" and parts[-2] in _VENUE_PREFIXES:
            return "container"  # ORCID's "journal-title", a theme's "book_title": the venue's title
        last = parts[-1]
        if last != name.lower() and (FIELD_CLASSES.get(last) in _PREFIXED_FIELDS or last == "date"):
            return FIELD_CLASSES[last]
    return None


_CLASS_PART = re.compile(r"[_-]")
_VENUE_PREFIXES = frozenset(
    {"journal", "book", "container", "conference", "periodical", "proceedings", "venue"}
)
#: The fields a prefixed class name may give: its other words ("bibbase_paper_year") often wrap more.
_PREFIXED_FIELDS = frozenset({"author", "title", "other"})


#: schema.org properties of a citation's parts (microdata), and the fields they hold.
_ITEMPROPS = {
    "author": "author",
    "isPartOf": "container",
    "datePublished": "date",
    "publisher": "publisher",
    "volumeNumber": "volume",
    "pagination": "pages",
}
#: A class name made by CSS modules (Next.js, React): component, the name its author wrote, a hash.
_CSS_MODULE = re.compile(r"[A-Za-z][A-Za-z0-9]*_([A-Za-z][A-Za-z0-9-]*)__[A-Za-z0-9_-]{3,}")


#: A separator printed alone between two elements: a word of its own, never glued to theirs.
_SEPARATORS = frozenset("·•|/–—")


class HtmlReader:
    """Reads HTML into an `Assembler`: used for whole documents and for HTML blocks inside Markdown."""

    def __init__(self, assembler: Assembler, *, skipped: frozenset[str] = _SKIPPED) -> None:
        self.assembler = assembler
        self._skipped = skipped  # elements whose text is never the page's (Markdown keeps <aside>)
        self._stack: list[str] = []
        self._open: dict[str, int] = {}  # open elements by name, so that no check walks the stack
        self._levels: list[int] = []  # open headings
        self._lists: list[str] = []  # open "ol" / "ul"
        self._counters: list[_Counter] = []
        self._builder = TextBuilder()
        self._number: int | None = None
        self._term = False
        self._fails: dict[str, int] = {}
        self._brs = 0  # consecutive <br> with only white space between
        self._cells = 0  # <td> cells of the open table row: a row of cells is an entry
        self._spanning: tuple[int, int] | None = None  # the open cell's start and rowspan
        self._row = 0  # table rows seen
        self._hidden = 0  # depth inside an element the page hides (an abstract, a BibTeX block)
        self._depths: dict[str, int] = {}  # open elements by name, every element counted
        self._fields: list[tuple[str, int]] = []  # elements whose class names a field, and their depth
        self._carried: list[tuple[str, int]] = []  # rowspan cells' text and the last row under them
        self._metadata = 0  # open <dl>s inside an entry: "Date Issued: 2024-03" lines of that entry
        self._key_start: int | None = None  # where the open <dt>'s name starts
        self._key_field = "other"  # the field the last <dt> named, for its <dd>
        self._span_kinds: list[tuple[str, ...]] = []  # open <span>s: the spans each opened (bold, a field)
        self._columns: list[str | None] = []  # the field of each column of the open table, by its <th>
        self._cell_texts: list[str] = []  # the text of each cell of the open row
        self._row_spread = 1  # how many columns the open row's first cell spreads over
        self._cell_start = 0  # where the open cell's text starts
        self._heading_cell: int | None = None  # where the open <th>'s text starts
        self._cell_field = False  # whether the open <td> is marked with its column's field
        self._later_paragraph: int | None = None  # where a `<p>` after an item's first text starts
        self._absorbed = 0  # depth of lists nested in an entry's item: their items are its lines
        self._short_list = False  # whether the list opening now holds short items only ("DOI: …")
        self._column = 0  # the column the next cell of the open row starts in
        self._cell_column = 0  # the column of the open cell
        self._covered: dict[int, int] = {}  # column -> the last row a rowspan cell above covers it to
        self._layouts: list[bool] = []  # open tables: whether each lays the page out (not data)
        self._records: list[bool] = []  # open tables: whether each is one record, a field a row
        self._item_kinds: list[bool] = []  # open list items: whether each holds several entries
        self.scripts: list[
            tuple[str, int]
        ] = []  # JSON data islands (`__NEXT_DATA__`, JSON-LD), each at its line
        self.bibtex: list[tuple[str, int]] = []  # BibTeX in a `<textarea>` or script (bibtex-js), at its line
        self._class_styles: dict[str, tuple[str, ...]] = {}  # what the page's style sheets show, by class
        #: Whether the page's empty paragraphs end entries and its other paragraphs are an entry's lines
        #: (`blank_line_paragraphs`); where the open paragraph's text starts, in that case.
        self.paragraph_lines = False
        self._paragraph_start: int | None = None
        self._lines = 0  # paragraphs in the open entry, in that case

    def _styled(self, inside: str) -> tuple[str, ...]:
        """`_styled`, and what the page's style sheets show for the span's classes."""
        kinds = _styled(inside)
        if self._class_styles and "class" in inside:
            for name in attributes(inside).get("class", "").split():
                kinds += tuple(k for k in self._class_styles.get(name, ()) if k not in kinds)
        return kinds

    def _find(self, source: str, needle: str, start: int) -> int:
        """`source.find`, remembering a failure so that repeated misses stay linear."""
        failed = self._fails.get(needle)
        if failed is not None and start >= failed:
            return -1
        found = source.find(needle, start)
        if found < 0:
            self._fails[needle] = min(start, failed if failed is not None else start)
        return found

    def feed(self, source: str, first_line: int = 1) -> None:
        """Read `source`, whose first line is `first_line` of the file, then close the open entry."""
        self._fails = {}
        lowered = source.lower()
        ahead = _Ahead(lowered)
        index = LineIndex(source, first_line)
        cursor = 0
        text_start = 0
        length = len(source)
        while cursor < length:
            start = self._find(source, "<", cursor)
            if start < 0:
                break
            if source.startswith("<!--", start):
                self._text(source[text_start:start], index.line(text_start))
                end = self._find(source, "-->", start + 4)
                cursor = text_start = length if end < 0 else end + 3
                continue
            if source.startswith(("<!", "<?"), start):
                end = self._find(source, ">", start)
                if end < 0:
                    cursor = start + 2
                    continue
                self._text(source[text_start:start], index.line(text_start))
                cursor = text_start = end + 1
                continue
            parsed = _parse_tag(source, start)
            if parsed is None:
                cursor = start + 1
                continue
            name, closing, inside, end = parsed
            self._text(source[text_start:start], index.line(text_start))
            cursor = text_start = end
            if name in self._skipped and not closing and not inside.rstrip().endswith("/"):
                close = self._find(lowered, f"</{name}", end)
                cursor = text_start = length if close < 0 else close
                if name == "style":
                    self._class_styles.update(_class_styles(source[end:cursor]))
                if name == "script" and _is_data_script(inside):
                    self.scripts.append((source[end:cursor], index.line(end)))
                elif name in ("textarea", "script") and _BIBTEX_ENTRY.search(source, end, cursor):
                    self.bibtex.append((source[end:cursor], index.line(end)))
                if name == "title" and close > end and self.assembler.title is None:
                    self.assembler.title = " ".join(html.unescape(source[end:close]).split()) or None
                continue
            opens = name not in _VOID and not inside.rstrip().endswith("/")
            if name == "table" and not closing and opens:
                framed = bool(self._layouts and self._layouts[-1])
                self._layouts.append(_is_layout_table(lowered, end, inside, ahead, framed=framed))
                standalone = not self._layouts[-1] and not self._open.get("li")  # (an item's table: its keys)
                self._records.append(standalone and _is_record_table(lowered, end, ahead))
            table_closes = name == "table" and closing
            if self._records and self._records[-1] and name in _TABLE_PARTS:
                # a record printed as a table of its own, a key cell and a value a row (Faculty180):
                # one entry, its rows its lines, "Title: …"
                if name == "th" and closing:
                    self._builder.text(":", index.line(start))
                    self._builder.space()
                if table_closes:
                    self._records.pop()
                name = _RECORD_PARTS.get(name, "x-cell")
                table_closes = False
            if name == "li" and not closing and opens:
                self._item_kinds.append(_holds_entries(lowered, end, ahead))
            if name in ("ul", "ol") and not closing:
                self._short_list = _short_items(lowered, end, ahead, name)
            item_closes = name == "li" and closing
            if name == "li" and self._item_kinds and self._item_kinds[-1]:
                name = "div"  # an accordion's item: its paragraphs are the entries, not one entry
            if item_closes and self._item_kinds:
                self._item_kinds.pop()
            if self._layouts and self._layouts[-1] and name in _TABLE_PARTS:
                name = "div"  # a page laid out in a table: each cell a part of the page, not a record's
            if table_closes and self._layouts:
                self._layouts.pop()
            if name in _HEADINGS and self._in_item():
                name = "div"  # `<li><h3>Title</h3>authors...</li>` (Pure portals): a line of the item
            if self._hidden:
                if opens:
                    self._hidden += -1 if closing else 1
            elif closing:
                self._end(name)
                self._end_field(name)
            elif (
                opens
                and name not in _NEVER_HIDDEN
                and (_is_hidden(inside) or (name == "details" and _folded_abstract(lowered, end)))
            ):
                self._hidden = 1
            else:
                self._start(name, inside)
                if opens:
                    self._start_field(name, inside)
        self._text(source[text_start:], index.line(text_start))
        self._flush()

    def _text(self, chunk: str, line: int) -> None:
        if not chunk or self._hidden:
            return
        if not chunk.isspace():
            self._brs = 0
            if chunk.strip() in _SEPARATORS:  # `<span>Journal</span><span>·</span><span>2025</span>`
                chunk = f" {chunk.strip()} "
            if not chunk[
                0
            ].isspace():  # "k.k.</i><span\nlang=PL>, [w:]": a line break inside a tag is no space
                self._builder.glue()
        if not self._in_entry():
            parts = _BLANK_LINE.split(chunk)
            for number, part in enumerate(parts):
                if number:
                    self._flush()
                    line += 1
                self._builder.text(html.unescape(part), line)
                line += part.count("\n") + 1
            return
        self._builder.text(html.unescape(chunk), line)

    def _count(self, names: frozenset[str] | set[str] | dict[str, int]) -> int:
        return sum(self._open.get(name, 0) for name in names)

    def _in_entry(self) -> bool:
        return bool(self._levels) or self._count(_ITEMS) > 0 or self._open.get("p", 0) > 0

    def _in_entry_item(self) -> bool:
        """Inside a list item that holds an entry's text already (not a label over a list of entries,
        "2023" or "Journal articles", nor an accordion's panel of entries)."""
        return (
            self._open.get("li", 0) > 0
            and self._builder.length > 40
            and not (self._item_kinds and self._item_kinds[-1])
        )

    def _in_item(self) -> bool:
        in_row = self._open.get("tr", 0) > 0 and (self._cells > 0 or self._open.get("th", 0) > 0)
        return self._count(_ITEMS) > 0 or in_row  # a heading cell's `<p>` is a line of that cell

    def _push(self, name: str) -> None:
        self._stack.append(name)
        self._open[name] = self._open.get(name, 0) + 1
        if name in _HEADINGS:
            self._levels.append(_HEADINGS[name])
        elif name in {"ol", "ul"}:
            self._lists.append(name)

    def _pop(self) -> str:
        name = self._stack.pop()
        self._open[name] -= 1
        if name in _HEADINGS:
            self._levels.pop()
        elif name in {"ol", "ul"}:
            self._lists.pop()
            if name == "ol" and self._counters:
                self._counters.pop()
        return name

    def _metadata_tag(self, name: str, inside: str) -> bool:
        """A `<dl>` inside an entry (a repository's "Date Issued / Journal" pairs) and its `<dt>`/`<dd>`:
        lines of the entry, each value marked with the field its name says; False for other tags."""
        if (name == "dl" and self._in_item()) or (name == "table" and self._count(_ITEMS)):
            self._metadata += 1  # also a key / value table inside a list item (a Zotero report's item)
        elif not (self._metadata and name in _METADATA_PARTS):
            return False
        if name in {"tr", "tbody", "thead"}:
            if not inside.rstrip().endswith("/"):
                self._push(name)
            return True
        self._builder.hard_break()
        if name in {"dt", "th"}:
            self._key_start = self._builder.length
            self._builder.open("field", "other")
        elif name in {"dd", "td"}:
            self._builder.open("field", self._key_field)
        if not inside.rstrip().endswith("/"):
            self._push(name)
        return True

    def _end_metadata(self, name: str) -> None:
        if name in {"dl", "table"}:
            self._metadata -= 1
            return
        if name in {"tr", "tbody", "thead"}:
            return
        self._builder.close("field")
        if name in {"dt", "th"} and self._key_start is not None:
            field = record_key_field(self._builder.text_since(self._key_start))
            self._key_field = "title" if field == "work" else field or "other"
            self._key_start = None

    def _start_field(self, name: str, inside: str) -> None:
        depth = self._depths[name] = self._depths.get(name, 0) + 1
        field = _field_of(inside)
        if field:
            self._builder.open("field", field)
            self._fields.append((name, depth))

    def _end_field(self, name: str) -> None:
        depth = self._depths.get(name, 0)
        if not depth:
            return
        while self._fields and self._fields[-1][0] == name and self._fields[-1][1] >= depth:
            self._builder.close("field")
            self._fields.pop()
        self._depths[name] = depth - 1

    def _place_cell(self, inside: str) -> None:
        """The column of a new cell, past the columns that cells of rows above span (`rowspan`), and the
        columns it covers itself (HTML's table model, so that a column keeps its heading's field)."""
        while self._covered.get(self._column, -1) >= self._row:  # (only columns a rowspan covers)
            self._column += 1
        self._cell_column = self._column
        found = attributes(inside) if "span" in inside else {}
        rows, columns = found.get("rowspan", "1").strip(), found.get("colspan", "1").strip()
        width = min(int(columns), 100) if columns.isdigit() and int(columns) > 0 else 1
        if rows.isdigit() and 1 < int(rows) <= 1000:
            for k in range(self._column, self._column + width):
                self._covered[k] = self._row + int(rows) - 1
        self._column += width

    def _carry_cells(self) -> None:
        """A row under a rowspan cell of a row above: the cell's text ends it, as the reader sees it."""
        for text, _ in self._carried:
            if not self._builder.empty and text not in self._builder.text_since(0):
                self._builder.hard_break()
                self._builder.text(text, self._builder.last_line or 1)
        self._carried = [(text, last) for text, last in self._carried if last > self._row]

    def _is_caption_row(self) -> bool:
        """A row of one short cell spread across the table's columns ("List of Publications: Dr. R. K.
        Sharma", "B. Conference papers"), no year in it: the rows' heading, no entry."""
        if len(self._cell_texts) != 1 or self._row_spread < 3:
            return False
        text = " ".join(self._cell_texts[0].split())
        return 0 < len(text) <= 80 and not _A_YEAR.search(text)

    def _is_heading_row(self) -> bool:
        """A table's first row of plain cells that name its columns (Excel's and Word's tables print no
        `<th>`): three or more short cells, two of them a title's, names', venue's or year's."""
        texts = [" ".join(text.split()) for text in self._cell_texts]
        if len(texts) < 3 or any(len(text) > 40 or any(c.isdigit() for c in text[:1]) for text in texts):
            return False
        fields = [column_field(text, loose=False) for text in texts]
        return sum(f in ("title", "author", "container", "date", "work") for f in fields) >= 2

    def _flush(self) -> None:
        self._lines = 0
        heading = self._levels[-1] if self._levels else None
        item = self._in_item()
        pending = self._builder.pending()
        if heading is not None:
            self.assembler.heading(self._builder, heading)
        else:
            self.assembler.block(self._builder, "item" if item else "paragraph", self._number)
        self._builder = TextBuilder()
        for kind, target in pending:  # a link around the next block's words
            self._builder.open(kind, target)
        self._number = None
        self._term = False

    def _start(self, name: str, inside: str) -> None:
        if name in {"dd", "dt"} and self._stack and self._stack[-1] in {"dd", "dt"}:
            self._end(self._stack[-1])  # an unclosed `<DT>` ends where its `<DD>` starts (HTML's rule)
        if name == "br":
            self._brs += 1
            if self._brs > 1 and not self._in_item():
                self._flush()  # "<br><br>" outside a list: a blank line between entries
            else:
                self._builder.hard_break()
            return
        self._brs = 0
        if name in INLINE_SPANS or name == "a":
            apply_inline_tag(self._builder, f"<{name}{inside}>")
            return
        if name == "meta" and "author" in inside:  # the person who wrote the page, not the site's name
            found = attributes(inside)
            author = " ".join(found.get("content", "").split())
            if found.get("name", "").lower() == "author" and 0 < len(author) <= 80 and "/" not in author:
                self.assembler.title = author
            return
        if name == "span" and not inside.rstrip().endswith("/"):
            highlight = "class" in inside and bool(
                _HIGHLIGHT_CLASS.search(attributes(inside).get("class", ""))
            )
            field = None if highlight else _field_of(inside, span=True)  # `<span class="author">`
            kinds = ("bold",) if highlight else ("field",) if field else self._styled(inside)
            # a badge ("JMP", "Oral") stands apart from the words after it, as the page draws it
            self._span_kinds.append((*kinds, " ") if field == "other" else kinds)
            for kind in kinds:
                self._builder.open(kind, field if kind == "field" else None)
            return
        if name not in _BLOCKS:
            return
        if self._metadata_tag(name, inside):
            return
        if name == "tr":
            self._cells = 0
            self._column = 0
            self._row += 1
            self._cell_texts = []
        if name == "table":
            self._columns = []
            self._covered = {}
        if name == "th":
            self._heading_cell = self._builder.length
        if name in {"td", "th"}:
            self._place_cell(inside)
        if name == "td":
            self._cells += 1
            rows = attributes(inside).get("rowspan", "1").strip()
            if rows.isdigit() and 1 < int(rows) <= 1000:
                self._spanning = (self._builder.length, int(rows))
        if name == "p" and self._in_item() and self._builder.length > 40 and self._count(_ITEMS):
            self._later_paragraph = self._builder.length  # a paragraph under the item's first one
        nested = name in ("ul", "ol") and (self._absorbed or (self._short_list and self._in_entry_item()))
        if nested or (self._absorbed and name == "li"):
            self._absorbed += nested  # ORCID's ids under a work: "DOI: …", "PMID: …" are lines of it
            self._builder.hard_break()
        elif (name in _INSIDE_ITEM and self._in_item()) or name in {"td", "th"}:
            self._builder.hard_break()
        elif name == "dd" and self._term:
            self._builder.hard_break()
            self._term = False
        elif name == "p" and self.paragraph_lines and not self._levels and self._lines < _ENTRY_PARAGRAPHS:
            self._builder.hard_break()  # a line of the entry the paragraphs since the last empty one hold
            self._paragraph_start = self._builder.length
            self._lines += 1
        else:
            self._flush()
        if name == "ol":
            start = attributes(inside).get("start", "1")
            self._counters.append(_Counter(int(start) if start.strip().isdigit() else 1))
        elif (
            name == "li" and self._counters and self._lists and self._lists[-1] == "ol" and not self._absorbed
        ):
            value = attributes(inside).get("value", "")
            counter = self._counters[-1]
            if value.strip().isdigit():
                counter.next = int(value)
            self._number = counter.next
            counter.next += 1
        if name not in _VOID and not inside.rstrip().endswith("/"):
            self._push(name)
        if name == "td":  # (a `<p>` inside the cell leaves the cell's field open)
            self._cell_start = self._builder.length
            spread = attributes(inside).get("colspan", "1").strip()
            self._row_spread = int(spread) if spread.isdigit() and not self._cell_texts else 1
            column = cell_field(self._columns, self._cell_column)
            self._cell_field = column is not None
            if column is not None:
                self._builder.open("field", column)

    def _end(self, name: str) -> None:
        self._brs = 0
        if name in INLINE_SPANS or name == "a":
            apply_inline_tag(self._builder, f"</{name}>")
            return
        if name == "span":
            for kind in self._span_kinds.pop() if self._span_kinds else ():
                if kind == " ":
                    self._builder.space()
                else:
                    self._builder.close(kind)
            return
        if not self._open.get(name):
            return
        if self._absorbed and name in ("ul", "ol", "li"):
            self._absorbed -= name != "li"
            self._builder.hard_break()
        elif self._metadata and name in {"dl", "table", *_METADATA_PARTS}:
            self._end_metadata(name)
        elif name in _INSIDE_ITEM and self._in_item():
            if name == "p" and self._later_paragraph is not None:
                if is_prose(self._builder.text_since(self._later_paragraph)):  # a blog's summary of the paper
                    self._builder.mark(self._later_paragraph, "field", "note")
                self._later_paragraph = None
            self._builder.hard_break()
        elif name in {"td", "th"}:
            if name == "th" and self._heading_cell is not None:
                self._columns.append(column_field(self._builder.text_since(self._heading_cell)))
                self._heading_cell = None
            if name == "td":
                self._cell_texts.append(self._builder.text_since(self._cell_start))
            if name == "td" and self._cell_field:
                self._builder.close("field")
                self._cell_field = False
            if name == "td" and self._spanning is not None:  # a year column spanning the rows below
                start, rows = self._spanning
                text = self._builder.text_since(start).strip()
                if text:
                    self._carried.append((text, self._row + rows - 1))
                self._spanning = None
        elif name == "tr":
            if not self._columns and self._is_heading_row():
                self._columns = [column_field(text) for text in self._cell_texts]
                self._builder = TextBuilder()  # the columns' names: no entry
            elif self._is_caption_row():  # one cell across the table: a heading over the rows below
                self.assembler.heading(self._builder, 4)
                self._builder = TextBuilder()
            else:
                self._carry_cells()
                self._flush()
        elif name == "dt":
            self._term = not self._builder.empty
            if not self._term:
                self._flush()
        elif name == "p" and self._paragraph_start is not None:
            start, self._paragraph_start = self._paragraph_start, None
            if not self._builder.text_since(start).strip() or self._builder.covered(start, "bold"):
                self._flush()  # an empty paragraph ends the entry; a bold one is a label of its own
        else:
            self._flush()
        while self._stack and self._pop() != name:
            pass


_TABLE_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})
_LAYOUT_ATTRIBUTES = re.compile(
    r"(?i)\b(?:width|border|cellpadding|cellspacing)\s*=|\bstyle\s*=\s*[\"'][^\"']*\b(?:width|border)\s*:"
)
_LAYOUT_SIGNS = re.compile(r"<(?:p|h[1-6]|heading|ul|ol)\b|<br\s*/?>\s*<br\b")
_HEADING_TAG = re.compile(r"<(?:h[1-6]|heading)\b")
_HEADING_CELL = re.compile(r"<td\b[^<>]*>\s*<(h[1-6]|heading)\b[^<>]*>[^<>]{1,80}</\1>\s*</td>")


class _Ahead:
    """Where a tag next occurs in the (lower-cased) page at or after a position. Positions asked only
    grow while a page is read, so each tag's search resumes where the last one ended: linear."""

    def __init__(self, lowered: str) -> None:
        self._text = lowered
        self._next: dict[str, int] = {}

    def find(self, needle: str, start: int) -> int:
        """The first offset of `needle` at or after `start`, or the page's length."""
        found = self._next.get(needle, -1)
        if found < start:
            found = self._text.find(needle, start)
            found = len(self._text) if found < 0 else found
            self._next[needle] = found
        return found


_RECORD_PARTS = {"table": "li", "tr": "p"}  # a record table read as an item of lines


def _is_record_table(lowered: str, start: int, ahead: _Ahead) -> bool:
    """Whether the table opening at `start` is one record: three rows or more, each a key cell (`<th>`)
    and a value cell, and no table inside."""
    region = _region(lowered, start, ahead, "table")
    if region is None:
        return False
    rows = region.count("<tr")
    keyed = len(_KEYED_ROW.findall(region))
    return rows >= 3 and keyed == rows and region.count("<th") == rows and region.count("<td") == rows


_KEYED_ROW = re.compile(r"<tr\b[^<>]{0,300}>\s*<th\b")  # (bounded: no scan to the end per row)


def _short_items(lowered: str, start: int, ahead: _Ahead, tag: str) -> bool:
    """Whether the list opening at `start` holds only short items (identifiers, a source line: at most
    a hundred characters of text each), not citations (IDEAS's "Other version(s)" of a paper)."""
    region = _region(lowered, start, ahead, tag)
    if region is None:
        return False
    items = region.count("<li")
    return items > 0 and len(_TAG.sub("", region).strip()) <= 100 * items


def _region(lowered: str, start: int, ahead: _Ahead, tag: str) -> str | None:
    """The element opening at `start` up to its close, or None when another of its kind opens first
    (nested: its own contents are judged when they open)."""
    end = ahead.find(f"</{tag}", start)
    if ahead.find(f"<{tag}", start) < end or end >= len(lowered):
        return None
    return lowered[start:end]


def _is_layout_table(lowered: str, start: int, inside: str, ahead: _Ahead, *, framed: bool = False) -> bool:
    """Whether the table opening at `start` lays out a page (2000s sites: a menu cell beside a content
    cell holding paragraphs, headings and `<br><br>` runs) rather than holding records: one or two
    rows, much text, three or more breaks between paragraphs, and a layout's sizes on the table
    (`width`, `border`, `cellpadding`) or a heading or a `<br><br>` in it. A table that holds a table
    frames the page, and so does one inside such a frame (`framed`) with a heading in a row of its own
    or in one of its one or two rows."""
    if ahead.find("<table", start) < ahead.find("</table", start):
        return True  # records never nest tables
    region = _region(lowered, start, ahead, "table")
    if region is None:
        return False
    headed = bool(_HEADING_CELL.search(region))  # a row that is only a section's heading
    if framed and (headed or (region.count("<tr") <= 2 and _HEADING_TAG.search(region) is not None)):
        return True
    if len(region) < 500 or (region.count("<tr") > 2 and not headed):
        return False
    signs = _LAYOUT_SIGNS.findall(region)
    sized = bool(_LAYOUT_ATTRIBUTES.search(inside))
    return len(signs) >= 3 and (sized or headed or any(sign.startswith(("<h", "<br")) for sign in signs))


def _holds_entries(lowered: str, start: int, ahead: _Ahead) -> bool:
    """Whether the list item opening at `start` is a container of entries (an accordion's panel: a
    header, then three or more paragraphs of some length), not one entry with its lines."""
    region = _region(lowered, start, ahead, "li")
    if region is None:
        return False
    paragraphs = region.count("<p")
    return paragraphs >= 3 and len(region) >= 80 * paragraphs


_A_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
#: A BibTeX record's opening: "@article{", "@inproceedings {".
_BIBTEX_ENTRY = re.compile(r"@[A-Za-z]{3,20}\s?\{")


def _is_data_script(inside: str) -> bool:
    """Whether a `<script>` holds JSON data (`application/json`, JSON-LD, Next.js's `__NEXT_DATA__`)."""
    attrs = attributes(inside)
    kind = attrs.get("type", "").lower().split(";")[0].strip()
    return kind in ("application/json", "application/ld+json") or attrs.get("id") == "__NEXT_DATA__"


#: Hugo Blox's role icon after an author: `<i class="author-notes …" title="Equal contribution">`.
_AUTHOR_NOTE = re.compile(
    r"""<(i|span)\b[^<>]{0,200}?\bclass=["'][^"'<>]{0,80}\bauthor-notes\b[^<>]{0,300}>\s{0,20}</\1>""",
    re.IGNORECASE,
)


def _author_notes(text: str) -> str:
    """Role icons whose tooltip is a legend ("Equal contribution") as a marker the page does not use,
    raised after the name, and that marker's legend at the end of the page (its lines kept)."""
    free = free_marks(text)
    marks: dict[str, str] = {}

    def mark(found: re.Match[str]) -> str:
        meaning = html.unescape(attributes(found.group(0)).get("title", "")).strip()
        if not legend_meaning(meaning):
            return ""
        if meaning not in marks:
            marks[meaning] = next(free, "")
        return f"<sup>{marks[meaning]}</sup>" if marks[meaning] else ""

    text = _AUTHOR_NOTE.sub(mark, text)
    legends = "".join(
        f"<p>{symbol} {html.escape(meaning)}</p>" for meaning, symbol in marks.items() if symbol
    )
    return text + legends


#: The most paragraphs one entry of such a page holds (a title, names, a venue, a note or two).
_ENTRY_PARAGRAPHS = 6
_PARAGRAPH_TAG = re.compile(r"<(/?)p\b[^<>]{0,500}>", re.IGNORECASE)


def blank_line_paragraphs(text: str) -> bool:
    """Whether a page (a word processor's export: Google Docs writes a blank line as `<p><span></span></p>`)
    separates its entries by empty paragraphs and prints an entry a field a paragraph: most runs of
    paragraphs between the empty ones are of two to four (title, names, venue), and three or more are."""
    runs: list[int] = []
    run = 0
    opened: int | None = None
    for tag in _PARAGRAPH_TAG.finditer(text):
        if not tag.group(1):
            opened = tag.end()
            continue
        if opened is None:
            continue
        inner = _TAG.sub("", text[opened : tag.start()]).replace("&nbsp;", " ")
        opened = None
        if inner.strip():
            run += 1
        elif run:
            runs.append(run)
            run = 0
    runs.append(run)
    lines = sum(2 <= r <= 4 for r in runs)
    return lines >= 3 and lines * 3 >= len([r for r in runs if r]) * 2


def read(text: str) -> Document:
    """Read an HTML document (or fragment); records in its JSON data islands are read as a data file's,
    those whose title the visible page already shows left out (a rendered page repeats its data)."""
    if "author-notes" in text:
        text = _author_notes(text)
    assembler = Assembler("html")
    reader = HtmlReader(assembler)
    reader.paragraph_lines = blank_line_paragraphs(text)
    reader.feed(text)
    document = assembler.document()
    if reader.bibtex:
        from pubkit.reading.markup import embedded_bib

        document = embedded_bib.islands(document, reader.bibtex)
    if not reader.scripts:
        return document
    from pubkit.reading.markup.jsondata import islands

    return islands(document, reader.scripts)
