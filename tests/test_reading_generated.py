"""Issue 9, bad input: every entry of a printed list becomes a paper or an error problem at its line.

Lists are generated (seeded) from invented records in every markup and citation style the reader
knows, with broken entries and with non-entries (legends, prose, comments, a talks section) that
must not be read; a list's entry lines must equal the lines of its papers and error problems.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pytest
from conftest import require_module

import pubkit
from pubkit.errors import Problem

# --- invented records ---------------------------------------------------------------------------

_GIVEN = (
    "Ann Bo Carla Dmitri Émile Łukasz Øyvind İlker Şölen Ömer Farida Gustavo Hana Ingrid Jae-won "
    "Kofi Lucía Mei Nikhil Olga Priya Quentin Rafael Sigrid Tomás Uma Viktor Wen Yusuf Zainab"
).split()
_FAMILY = (
    "Lee Roe Okafor Nakamura Petrov Dubois Kowalski Haugen Yılmaz Aydın Öztürk Haddad Silva Tanaka "
    "Solberg Park Asante Fernández Chen Sharma Ivanova Rao Moreau Sampaio Lindqvist García Das "
    "Novák Wu Demir Bello"
).split()
_ADJ = (
    "Robust Scalable Sparse Bayesian Adaptive Efficient Causal Stochastic Hierarchical Latent "
    "Contrastive Federated Differentiable Neural Probabilistic Temporal"
).split()
_NOUN = (
    "inference estimation networks kernels embeddings transport dynamics graphs sampling retrieval "
    "segmentation forecasting regression flows priors attention models tracking alignment"
).split()
_CONTEXT = (
    "in the wild|under distribution shift|for protein folding|with missing data|on edge devices|"
    "at scale|for climate downscaling|in sparse regimes|from noisy labels|for medical imaging"
).split("|")
_JOURNALS = (
    ("Journal of Machine Learning Research", "J Mach Learn Res"),
    ("Physical Review Letters", "Phys Rev Lett"),
    ("Nature Communications", "Nat Commun"),
    ("Bioinformatics", "Bioinformatics"),
    ("Journal of Applied Ecology", "J Appl Ecol"),
    ("IEEE Transactions on Signal Processing", "IEEE Trans Signal Process"),
)
_CONFERENCES = (
    ("International Conference on Machine Learning", "ICML"),
    ("Conference on Computer Vision and Pattern Recognition", "CVPR"),
    ("Annual Meeting of the Association for Computational Linguistics", "ACL"),
    ("International Conference on Learning Representations", "ICLR"),
)
_MONTHS = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()
_CITIES = "Oslo|Kyoto|Lagos|Montréal|Valparaíso|Kraków|Tartu|Bergen".split("|")
OWNER = ("Ingrid", "Solberg")


@dataclass(frozen=True)
class Record:
    """One invented publication, with the owner among its authors."""

    authors: tuple[tuple[str, str], ...]
    owner: int
    title: str
    venue: str
    abbrev: str
    conference: bool
    year: int
    volume: int
    number: int
    first_page: int
    last_page: int
    month: str


def invent(rng: random.Random) -> Record:
    """A record with 1-5 authors (one of them the owner), a title of 5-9 words and a venue."""
    count = rng.randint(1, 5)
    authors = [(rng.choice(_GIVEN), rng.choice(_FAMILY)) for _ in range(count)]
    owner = rng.randrange(count)
    authors[owner] = OWNER
    title = f"{rng.choice(_ADJ)} {rng.choice(_NOUN)} for {rng.choice(_ADJ).lower()} {rng.choice(_NOUN)}"
    title += f" {rng.choice(_CONTEXT)}"
    conference = rng.random() < 0.4
    venue, abbrev = rng.choice(_CONFERENCES if conference else _JOURNALS)
    first = rng.randint(1, 4000)
    return Record(
        tuple(authors),
        owner,
        title,
        venue,
        abbrev,
        conference,
        rng.randint(1998, 2025),
        rng.randint(1, 140),
        rng.randint(1, 12),
        first,
        first + rng.randint(3, 30),
        rng.choice(_MONTHS),
    )


# --- markup-neutral inline style: the markup supplies bold and italic -----------------------------


@dataclass(frozen=True)
class Inline:
    """How a markup prints bold and italic text."""

    bold: Callable[[str], str]
    italic: Callable[[str], str]


def _initials(given: str) -> str:
    return " ".join(f"{part[0].upper()}." for part in given.replace("-", " ").split())


def _names(rec: Record, m: Inline, form: Callable[[str, str], str]) -> list[str]:
    """Every author in `form`, the owner in bold."""
    return [m.bold(form(g, f)) if i == rec.owner else form(g, f) for i, (g, f) in enumerate(rec.authors)]


def _joined(names: list[str], last: str) -> str:
    """ "A, B and C" with `last` (", and", " and", ", &") before the last name."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f"{last} {names[-1]}"


def _venue(rec: Record) -> str:
    return f"Proceedings of the {rec.venue} ({rec.abbrev})" if rec.conference else rec.venue


def _issue(rec: Record) -> str:
    return f"{rec.volume}({rec.number})"


def _pages(rec: Record) -> str:
    return f"{rec.first_page}–{rec.last_page}"


Style = Callable[[Record, Inline], list[str]]
"""A citation style: a record printed as the lines of one entry (one line for most styles)."""


def apa(rec: Record, m: Inline) -> list[str]:
    names = _joined(_names(rec, m, lambda g, f: f"{f}, {_initials(g)}"), ", &")
    return [f"{names} ({rec.year}). {rec.title}. {m.italic(_venue(rec))}, {_issue(rec)}, {_pages(rec)}."]


def chicago(rec: Record, m: Inline) -> list[str]:
    names = _names(rec, m, lambda g, f: f"{g} {f}")
    first_g, first_f = rec.authors[0]
    names[0] = m.bold(f"{first_f}, {first_g}") if rec.owner == 0 else f"{first_f}, {first_g}"
    return [
        f"{_joined(names, ', and')}. {rec.year}. “{rec.title}.” {m.italic(_venue(rec))} "
        f"{rec.volume} ({rec.number}): {_pages(rec)}."
    ]


def mla(rec: Record, m: Inline) -> list[str]:
    g, f = rec.authors[0]
    first = f"{f}, {g}"
    lead = m.bold(first) if rec.owner == 0 else first
    names = lead if len(rec.authors) == 1 else f"{lead}, et al."
    return [
        f"{names} “{rec.title}.” {m.italic(_venue(rec))}, vol. {rec.volume}, no. {rec.number}, "
        f"{rec.year}, pp. {_pages(rec)}."
    ]


def vancouver(rec: Record, m: Inline) -> list[str]:
    names = ", ".join(_names(rec, m, lambda g, f: f"{f} {''.join(p[0] for p in g.split('-'))}"))
    return [f"{names}. {rec.title}. {rec.abbrev}. {rec.year};{_issue(rec)}:{rec.first_page}-{rec.last_page}."]


def ieee(rec: Record, m: Inline) -> list[str]:
    names = _joined(_names(rec, m, lambda g, f: f"{_initials(g)} {f}"), ", and")
    return [
        f"{names}, “{rec.title},” {m.italic(_venue(rec))}, vol. {rec.volume}, no. {rec.number}, "
        f"pp. {_pages(rec)}, {rec.month} {rec.year}."
    ]


def harvard(rec: Record, m: Inline) -> list[str]:
    names = _joined(_names(rec, m, lambda g, f: f"{f}, {_initials(g)}"), " and")
    return [f"{names} ({rec.year}) '{rec.title}', {m.italic(_venue(rec))}, {_issue(rec)}, pp. {_pages(rec)}."]


def cv_quoted(rec: Record, m: Inline) -> list[str]:
    names = ", ".join(_names(rec, m, lambda g, f: f"{g} {f}"))
    venue = f"{rec.venue} ({rec.abbrev})"
    return [f'{names}, "{rec.title}", {venue}, {rec.year}.']


def title_first(rec: Record, m: Inline) -> list[str]:
    names = ", ".join(_names(rec, m, lambda g, f: f"{g} {f}"))
    return [m.bold(rec.title), names, f"{m.italic(_venue(rec))}, {rec.year}"]


def year_first(rec: Record, m: Inline) -> list[str]:
    names = _joined(_names(rec, m, lambda g, f: f"{f}, {_initials(g)}"), ", &")
    return [f"({rec.year}) {names} {rec.title}. {m.italic(_venue(rec))}, {_issue(rec)}, {_pages(rec)}."]


STYLES: dict[str, Style] = {
    "apa": apa,
    "chicago": chicago,
    "mla": mla,
    "vancouver": vancouver,
    "ieee": ieee,
    "harvard": harvard,
    "cv-quoted": cv_quoted,
    "title-first": title_first,
    "year-first": year_first,
}


def broken(kind: str, rec: Record, m: Inline) -> list[str]:
    """A deliberately broken entry made from a record (no title, a year alone, a quote left open, ...)."""
    names = ", ".join(_names(rec, m, lambda g, f: f"{g} {f}"))
    return {
        "no-title": [f"{names}. {m.italic(rec.venue)}, {rec.year}."],
        "only-year": [f"{rec.year}."],
        "unclosed-quote": [f'{names}, "{rec.title}, {rec.venue}, {rec.year}.'],
        "lone-name": [f"{rec.authors[-1][0]} {rec.authors[-1][1]}."],
        "lone-full-name": [f"{rec.authors[-1][0]} Q. {rec.authors[-1][1]}"],
        "no-title-one-author": [f"{m.bold(' '.join(OWNER))}. {m.italic(rec.venue)}, {rec.year}."],
        "no-year": [f"{names}. {rec.title}. {m.italic(rec.venue)}."],
        "year-and-venue": [f"{m.italic(rec.venue)}, vol. {rec.volume}, {rec.year}."],
        "empty": [""],
    }[kind]


BROKEN = (
    "no-title",
    "no-title-one-author",
    "only-year",
    "unclosed-quote",
    "lone-name",
    "lone-full-name",
    "no-year",
    "year-and-venue",
    "empty",
)


def _abstract(rng: random.Random) -> str:
    """An abstract printed below an entry: running text, never an entry."""
    words = [rng.choice(_NOUN) for _ in range(12)]
    return (
        f"Abstract: we study {' and '.join(words[:2])} when {words[2]} and {words[3]} meet, and show that "
        f"{rng.choice(_ADJ).lower()} {words[4]} improve {words[5]} by a wide margin. Our method combines "
        f"{words[6]}, {words[7]} and {words[8]}. Experiments on three benchmarks confirm the analysis. "
        f"We also discuss {words[9]}, {words[10]} and {words[11]}, and release our code."
    )


_PUB_SECTIONS = (
    "Journal articles",
    "Peer-reviewed publications",
    "Refereed papers",
    "Conference papers",
    "Preprints",
    "Book chapters",
)
_OTHER_SECTIONS = ("Invited talks", "Talks and seminars", "Service", "Teaching", "Presentations")


def talk(rec: Record, rng: random.Random) -> str:
    """A talk: it looks like an entry but sits in a section that is not publications."""
    return f'"{rec.title}", invited talk, University of {rng.choice(_CITIES)}, {rec.month} {rec.year}.'


# --- documents ----------------------------------------------------------------------------------


@dataclass
class Part:
    """One thing in a generated list: an entry, or a non-entry (legend, prose, comment, talk, empty item)."""

    kind: str  # "entry", "empty", "legend", "prose" (also abstracts), "comment", "talk"
    lines: list[str] = field(default_factory=list)
    text: str = ""


@dataclass
class Generated:
    """A rendered list and what it holds: entry lines, lines that must not be read, titles of non-entries."""

    text: str
    suffix: str
    entry_lines: list[int] = field(default_factory=list)
    quiet_lines: set[int] = field(default_factory=set)  # empty items: nothing to read, nothing lost
    hidden_titles: list[str] = field(default_factory=list)


class Writer:
    """Lines of a document, remembering on which line each entry's text starts."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    @property
    def next_line(self) -> int:
        return len(self.lines) + 1

    def add(self, *lines: str) -> None:
        for line in lines:
            self.lines.extend(line.split("\n"))


@dataclass(frozen=True)
class Markup:
    """How one markup prints a list: its suffix, inline style, heading, item, comment, prologue."""

    suffix: str
    inline: Inline
    heading: Callable[[str], list[str]]
    item: Callable[[int, list[str]], list[str]]  # (number, lines of one entry) -> source lines
    comment: Callable[[list[str]], list[str]] | None
    begin: Sequence[str] = ()
    end: Sequence[str] = ()
    open_list: Sequence[str] = ()
    close_list: Sequence[str] = ()
    escape: Callable[[str], str] = lambda s: s


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;")


def _latex_escape(text: str) -> str:
    return text.replace("&", r"\&")


_MD = Inline(lambda s: f"**{s}**", lambda s: f"*{s}*")
_HTML = Inline(lambda s: f"<b>{s}</b>", lambda s: f"<i>{s}</i>")
_TEX = Inline(lambda s: rf"\textbf{{{s}}}", lambda s: rf"\emph{{{s}}}")
_ORG = Inline(lambda s: f"*{s}*", lambda s: f"/{s}/")
_PLAIN = Inline(lambda s: s, lambda s: s)


def _md_item(marker: Callable[[int], str]) -> Callable[[int, list[str]], list[str]]:
    def item(number: int, lines: list[str]) -> list[str]:
        lead = marker(number)
        pad = " " * len(lead)
        return [f"{lead}{lines[0]}".rstrip() + ("  " if len(lines) > 1 else "")] + [
            f"{pad}{line}" + ("  " if i < len(lines) - 2 else "") for i, line in enumerate(lines[1:])
        ]

    return item


def _md_bracket(number: int, lines: list[str]) -> list[str]:
    body = [f"[{number}] {lines[0]}".rstrip(), *lines[1:]]
    return [line + ("  " if i < len(body) - 1 else "") for i, line in enumerate(body)] + [""]


def _joined_item(lead: str, sep: str, pad: str) -> Callable[[int, list[str]], list[str]]:
    """Items whose extra lines follow a hard-break token (`<br>`, `\\\\`, jemdoc `\\n`)."""

    def item(number: int, lines: list[str]) -> list[str]:
        head = lead.format(n=number)
        out = [f"{head}{lines[0]}".rstrip()]
        out += [f"{pad}{line}" for line in lines[1:]]
        return [line + (sep if i < len(out) - 1 else "") for i, line in enumerate(out)]

    return item


def _html_item(number: int, lines: list[str]) -> list[str]:
    body = _joined_item("<li>", "<br>", "")(number, lines)
    body[-1] += "</li>"
    return body


def _bibitem(number: int, lines: list[str]) -> list[str]:
    return [
        rf"\bibitem{{ref{number}}}",
        *(rf"\newblock {line}" if i else line for i, line in enumerate(lines)),
    ]


def _cvitem(number: int, lines: list[str]) -> list[str]:
    return [rf"\cvitem{{}}{{{' '.join(lines)}}}"]


def _rst_heading(text: str) -> list[str]:
    return ["", text, "=" * len(text), ""]


MARKUPS: dict[str, Markup] = {
    "md-bullets": Markup(
        ".md",
        _MD,
        lambda t: ["", f"## {t}", ""],
        _md_item(lambda n: "- "),
        lambda lines: ["", "<!--", *lines, "-->", ""],
        begin=("# Ingrid Solberg", ""),
    ),
    "md-numbered": Markup(
        ".md",
        _MD,
        lambda t: ["", f"## {t}", ""],
        _md_item(lambda n: f"{n}. "),
        lambda lines: ["", "<!--", *lines, "-->", ""],
        begin=("# Ingrid Solberg", ""),
    ),
    "md-brackets": Markup(
        ".md",
        _MD,
        lambda t: ["", f"## {t}", ""],
        _md_bracket,
        lambda lines: ["", "<!-- ", *lines, "-->", ""],
        begin=("# Ingrid Solberg", ""),
    ),
    "html": Markup(
        ".html",
        _HTML,
        lambda t: [f"<h2>{t}</h2>"],
        _html_item,
        lambda lines: ["<!--", *lines, "-->"],
        begin=("<!DOCTYPE html>", "<html><body>", "<h1>Ingrid Solberg</h1>"),
        end=("</body></html>",),
        open_list=("<ol>",),
        close_list=("</ol>",),
        escape=_html_escape,
    ),
    "latex-item": Markup(
        ".tex",
        _TEX,
        lambda t: ["", rf"\section*{{{t}}}"],
        _joined_item(r"\item ", r" \\", "  "),
        lambda lines: [f"% {line}" for line in lines],
        begin=(r"\documentclass{article}", r"\begin{document}", r"{\LARGE Ingrid Solberg}"),
        end=(r"\end{document}",),
        open_list=(r"\begin{enumerate}",),
        close_list=(r"\end{enumerate}",),
        escape=_latex_escape,
    ),
    "latex-bibitem": Markup(
        ".tex",
        _TEX,
        lambda t: ["", rf"\section*{{{t}}}"],
        _bibitem,
        lambda lines: [f"%{line}" for line in lines],
        begin=(r"\documentclass{article}", r"\begin{document}", r"{\LARGE Ingrid Solberg}"),
        end=(r"\end{document}",),
        open_list=(r"\begin{thebibliography}{99}",),
        close_list=(r"\end{thebibliography}",),
        escape=_latex_escape,
    ),
    "moderncv": Markup(
        ".tex",
        _TEX,
        lambda t: ["", rf"\section{{{t}}}"],
        _cvitem,
        lambda lines: [f"%{line}" for line in lines],
        begin=(
            r"\documentclass{moderncv}",
            r"\moderncvstyle{classic}",
            r"\name{Ingrid}{Solberg}",
            r"\begin{document}",
            r"\makecvtitle",
        ),
        end=(r"\end{document}",),
        escape=_latex_escape,
    ),
    "org": Markup(
        ".org",
        _ORG,
        lambda t: [f"* {t}"],
        _joined_item("- ", r" \\", "  "),
        lambda lines: ["#+begin_comment", *lines, "#+end_comment"],
        begin=("#+TITLE: Ingrid Solberg", ""),
    ),
    "rst": Markup(
        ".rst",
        _MD,
        _rst_heading,
        lambda n, lines: [f"- {lines[0]}", *(f"  {line}" for line in lines[1:])],
        lambda lines: ["", "..", *(f"   {line}" for line in lines), ""],
        begin=("==============", "Ingrid Solberg", "=============="),
    ),
    "jemdoc": Markup(
        ".jemdoc",
        _ORG,
        lambda t: ["", f"== {t}", ""],
        _joined_item("- ", r" \n", "  "),
        lambda lines: [f"# {line}" for line in lines],
        begin=("# jemdoc: menu{MENU}{publications.html}", "= Ingrid Solberg", ""),
    ),
    "text": Markup(
        ".txt",
        _PLAIN,
        lambda t: ["", t.upper(), ""],
        lambda n, lines: [f"{n}. {lines[0]}", *(f"   {line}" for line in lines[1:])],
        None,
        begin=("INGRID SOLBERG", "Department of Biology, University of Bergen", ""),
    ),
}


def render(markup: Markup, sections: list[tuple[str, list[Part]]]) -> Generated:
    """The document's text and, for every entry, the line its text starts on."""
    out = Writer()
    gen = Generated("", markup.suffix)
    out.add(*markup.begin)
    number = 0
    for title, parts in sections:
        out.add(*markup.heading(title))
        listing = False
        for part in parts:
            lines = [markup.escape(line) for line in part.lines]
            if part.kind in ("legend", "prose"):
                if listing:
                    out.add(*markup.close_list)
                    listing = False
                out.add("", lines[0], "")
                continue
            if part.kind == "comment":
                assert markup.comment is not None
                gen.hidden_titles.append(part.text)
                out.add(*markup.comment(markup.item(number + 1, lines)))
                continue
            if not listing:
                out.add(*markup.open_list)
                listing = True
            number += 1
            start = out.next_line  # (an entry starts at its `\bibitem{key}`, alone on its line or not)
            if part.kind == "entry":
                gen.entry_lines.append(start)
            elif part.kind == "empty":
                gen.quiet_lines.add(start)
            else:  # a talk
                gen.hidden_titles.append(part.text)
            out.add(*markup.item(number, lines))
        if listing:
            out.add(*markup.close_list)
    out.add(*markup.end)
    gen.text = "\n".join(out.lines) + "\n"
    return gen


def build(
    markup: Markup,
    rng: random.Random,
    styles: Sequence[str],
    broken_kinds: Sequence[str] = (),
    *,
    entries: int = 6,
) -> Generated:
    """A list with `entries` entries in `styles`, the broken ones mixed in, and every kind of non-entry."""
    m = markup.inline

    def entry(style: str) -> Part:
        return Part("entry", STYLES[style](invent(rng), m))

    papers = [entry(styles[i % len(styles)]) for i in range(entries)]
    for kind in broken_kinds:
        lines = broken(kind, invent(rng), m)
        papers.insert(rng.randrange(len(papers) + 1), Part("empty" if kind == "empty" else "entry", lines))
    cut = rng.randint(1, len(papers) - 1)
    first, second = papers[:cut], papers[cut:]
    prose = "I study how ecosystems respond to change; the list below is kept up to date by hand."
    legend = f"My name is in {'bold' if m is not _PLAIN else 'the list'}; † marks equal contribution."
    first.insert(0, Part("legend", [legend]))
    first.insert(rng.randint(2, len(first)), Part("prose", [_abstract(rng)]))
    if markup.comment is not None:
        hidden = invent(rng)
        first.insert(rng.randint(1, len(first)), Part("comment", STYLES[styles[0]](hidden, m), hidden.title))
    talks = []
    for _ in range(2):
        rec = invent(rng)
        talks.append(Part("talk", [talk(rec, rng)], rec.title))
    sections = [
        (rng.choice(_PUB_SECTIONS[:3]), first),
        (rng.choice(_OTHER_SECTIONS), talks),
        (rng.choice(_PUB_SECTIONS[3:]), second),
    ]
    order = [sections[0], sections[2], sections[1]] if rng.random() < 0.5 else sections
    order[0][1].insert(0, Part("prose", [prose]))
    return render(markup, order)


# --- the check ----------------------------------------------------------------------------------


def check(gen: Generated) -> None:
    """Every entry is a paper or an error problem at its line; nothing else is read."""
    bib = pubkit.loads(gen.text, "cv", path=f"generated{gen.suffix}")
    paper_lines = [p.source.line if p.source else None for p in bib]
    errors = [p for p in bib.problems if p.is_error]
    error_lines = [p.line for p in errors]
    listing = "\n".join(f"{i:3d} {line}" for i, line in enumerate(gen.text.split("\n"), 1))
    found = set(paper_lines) | (set(error_lines) - gen.quiet_lines)
    assert None not in found, f"a paper or an error problem without a line\n{_report(bib)}"
    assert all(isinstance(p, Problem) and p.path for p in bib.problems)
    assert sorted(n for n in found if n is not None) == sorted(gen.entry_lines), (
        f"entry lines differ\n{_report(bib)}\n{listing}"
    )
    assert len(bib) + len(set(error_lines) - gen.quiet_lines) == len(gen.entry_lines), _report(bib)
    assert len(set(paper_lines)) == len(paper_lines), f"two papers from one line\n{_report(bib)}"
    assert not set(paper_lines) & gen.quiet_lines, "a paper read from an empty item"
    warned = {p.line for p in bib.problems if not p.is_error}
    assert warned <= set(paper_lines) | set(error_lines), f"a warning away from any entry\n{_report(bib)}"
    read_titles = {p.title.lower() for p in bib}
    for title in gen.hidden_titles:
        assert title.lower() not in read_titles, f"read from a comment or a talk: {title!r}"


def _report(bib: pubkit.Bibliography) -> str:
    papers = [f"paper  {p.source}: {p.title[:70]!r}" for p in bib]
    problems = [f"{p.severity.value:7}{p.line}: {p.message[:90]}" for p in bib.problems]
    return "\n".join(papers + problems)


# --- the tests ----------------------------------------------------------------------------------

#: Broken entries the reader drops without a problem (strict xfails, each reported on its issue); none today.
KNOWN_DROPS: dict[tuple[str, str], str] = {}


def _seed(*parts: str) -> int:
    """A seed per test case that is stable across runs (`hash` of a str is salted per process)."""
    return sum((i + 1) * ord(c) for i, c in enumerate("/".join(parts)))


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("markup", sorted(MARKUPS))
def test_every_entry_of_a_style_is_read_or_reported(markup: str, style: str) -> None:
    check(build(MARKUPS[markup], random.Random(_seed(markup, style)), [style]))


def _broken_case(markup: str, kind: str) -> object:
    reason = KNOWN_DROPS.get((markup, kind))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(markup, kind, marks=marks, id=f"{markup}-{kind}")


@pytest.mark.parametrize(("markup", "kind"), [_broken_case(m, k) for m in sorted(MARKUPS) for k in BROKEN])
def test_a_broken_entry_is_a_problem_at_its_line(markup: str, kind: str) -> None:
    rng = random.Random(_seed(markup, kind))
    check(build(MARKUPS[markup], rng, ["apa", "ieee", "cv-quoted"], [kind], entries=4))


def test_random_mixes_of_styles_and_broken_entries() -> None:
    require_module("hypothesis")
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.sampled_from(sorted(MARKUPS)),
        st.lists(st.sampled_from(sorted(STYLES)), min_size=1, max_size=4),
        st.lists(st.sampled_from(BROKEN), max_size=3),
        st.integers(0, 2**32),
        st.integers(2, 12),
    )
    def mixed(markup: str, styles: list[str], kinds: list[str], seed: int, entries: int) -> None:
        # the drops pinned above as strict xfails
        readable = [k for k in kinds if (markup, k) not in KNOWN_DROPS]
        check(build(MARKUPS[markup], random.Random(seed), styles, readable, entries=entries))

    mixed()
