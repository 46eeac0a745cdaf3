"""One LaTeX layer read and written both ways, and round trips through every format that change nothing."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from typing import Any

import attrs
import pytest
from conftest import BIB_COLLECTIONS, ROOT, SHARED, shared_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pubkit
from pubkit.latex import decode, encode, latex_to_text, strip_controls


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"Y{\i}ld{\i}z", "Yıldız"),
        (r"Sabanc{\i} Turkish", "Sabancı Turkish"),
        (r"Rodr{\'{\i}}guez", "Rodríguez"),
        (r"Rodr\'{\i}guez", "Rodríguez"),
        (r"{\AA}ngstr{\"o}m", "Ångström"),
        (r"Na\"{\i}ve", "Naïve"),
        (r"\textbf{bold} and \emph{this}", "bold and this"),
        (r"$\Delta\nu$ and $\mu$ vs {\textmu}", "Δν and μ vs µ"),
        (r"$k$-optimality", "k-optimality"),
        (r"100\% of {\textbackslash}input, C-{}- and a -- b", "100% of \\input, C-- and a – b"),
        (r"p%20q", "p%20q"),  # a bare % in a field is text, not a comment
        (r"\href{http://x.org}{the site} \url{http://x.org/~a_b}", "the site http://x.org/~a_b"),
        (r"{\textless}{\textless}x{\textgreater}{\textgreater} a{\textbar}b", "<<x>> a|b"),
    ],
)
def test_decode_reads_what_bibtex_files_write(latex: str, text: str) -> None:
    assert latex_to_text(latex) == text


def test_decode_reports_the_brace_protected_groups_not_accent_groups() -> None:
    text, spans = decode(r"{CutMix} for M{\"u}ller {$\mu$}-nets and {DNNs}")
    assert [text[b:e] for b, e in spans] == ["CutMix", "DNNs"]


@pytest.mark.parametrize(
    "text",
    [
        "Δν",
        "Greek μ and micro µ",
        "Yıldız Sabancı",
        "Rodríguez Naïve Ångström",
        "ǖ ę ő ṣ ā Ç đ Ł",
        "€ © → ± …",
    ],
)
def test_ascii_encoding_reads_back_exactly(text: str) -> None:
    written = encode(text)
    assert written.isascii()
    assert decode(written)[0] == text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("C--", "C-{}-"),
        ("a---b", "a-{}-{}-b"),
        ("!`", "!{}`"),
        ("?`", "?{}`"),
        (",,", ",{},"),
        ("''q''", "'{}'q'{}'"),
        ("<<x>>", r"{\textless}{\textless}x{\textgreater}{\textgreater}"),
        ("a|b", r"a{\textbar}b"),
        ("Rodríguez", r"Rodr{\'i}guez"),  # not \'\i: biber makes that a combining accent pdflatex refuses
        ("x\x1b[31mred", "x[31mred"),
    ],
)
def test_encoding_breaks_ligatures_and_drops_control_characters(text: str, written: str) -> None:
    assert encode(text) == written
    assert decode(written)[0] == strip_controls(text)


_STABLE = st.characters(blacklist_categories=("Cs",)).filter(lambda c: unicodedata.normalize("NFKC", c) == c)


@settings(max_examples=300, suppress_health_check=list(HealthCheck), deadline=None)
@given(st.text(), st.text(alphabet=_STABLE))
def test_any_text_reads_back_from_unicode_and_ascii_latex(raw: str, stable: str) -> None:
    assert decode(encode(raw, unicode=True))[0] == " ".join(strip_controls(raw).split())
    # ASCII output too, except for styled letters (𝒃, ℝ, ﬁ) it writes plain: a documented normalisation
    assert decode(encode(stable))[0] == " ".join(strip_controls(stable).split())


def test_dblp_accented_dotless_i_reads_as_one_letter_and_writes_back_for_biber() -> None:
    bib = pubkit.loads(
        "@article{a, author={Jos{\\'{e}} Rodr{\\'{\\i}}guez and Ay{\\c{s}}e Y{\\i}ld{\\i}z},"
        " title={T}, journal={J}, year={2020}}",
        "bibtex",
        owner="José Rodríguez",
    )
    first, second = bib[0].authors
    assert (first.family, second.family) == ("Rodríguez", "Yıldız")
    assert first.is_owner
    written = pubkit.dumps(bib, "biblatex")
    assert r"Rodr{\'i}guez" in written and "textbackslash" not in written
    again = pubkit.loads(written, "bibtex", owner="José Rodríguez")
    assert again[0].authors == bib[0].authors


# ----------------------------------------------------------------------------------------------
# Round trips: what each format keeps


def _again(text: str, dialect: str = "bibtex") -> tuple[pubkit.Bibliography, pubkit.Bibliography, str]:
    first = pubkit.loads(text, "bibtex")
    written = pubkit.dumps(first, dialect)
    return first, pubkit.loads(written, "bibtex"), written


def _same(first: pubkit.Bibliography, second: pubkit.Bibliography) -> None:
    assert len(first) == len(second)
    for a, b in zip(first, second, strict=True):
        assert attrs.evolve(a, source=None) == attrs.evolve(b, source=None)


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
@pytest.mark.parametrize("entry_type", ["judicial", "blog", "law", "report", "conference"])
def test_entry_types_are_written_back_as_they_came(dialect: str, entry_type: str) -> None:
    first, second, written = _again(
        f"@{entry_type}{{k, title={{A Thing}}, author={{A. Author}}, year={{2020}}, howpublished={{Where}}}}",
        dialect,
    )
    assert written.startswith(f"@{entry_type}{{k,")
    _same(first, second)


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
@pytest.mark.parametrize(
    "fields",
    [
        "journal={Journal of Things}, booktitle={Proceedings of Other Things}",
        "school={MIT}, institution={CSAIL}",
        "howpublished={Slides}, institution={MIT}",
    ],
)
def test_a_second_venue_field_is_kept(dialect: str, fields: str) -> None:
    for entry_type in ("article", "inproceedings", "misc", "phdthesis"):
        first, second, written = _again(f"@{entry_type}{{k, title={{T}}, year={{2020}}, {fields}}}", dialect)
        _same(first, second)
        for value in re.findall(r"=\{([^}]*)\}", fields):
            assert "{" + value + "}" in written


@pytest.mark.parametrize(
    "url",
    [
        r"http://x.org/~a/p\%20q\&r",
        r"http://www.cs.technion.ac.il/{\textasciitilde}gershman/papers/sat05_full.pdf",
        "https://example.org/a_b#c%20d?e=f&g=h",
    ],
)
def test_urls_are_written_verbatim(url: str) -> None:
    first, second, written = _again(f"@misc{{k, title={{T}}, url={{{url}}}}}")
    assert first[0].identifiers.url == url == second[0].identifiers.url
    assert "{" + url + "}" in written


def test_dois_are_written_verbatim_not_escaped_as_text() -> None:
    first, second, written = _again(
        "@inproceedings{k, title={T}, booktitle={ECCV}, doi={10.1007/978-3-030-58452-8\\_13}}", "biblatex"
    )
    assert first[0].identifiers.doi == "10.1007/978-3-030-58452-8_13"
    assert "doi       = {10.1007/978-3-030-58452-8_13}" in written
    _same(first, second)


def test_whole_title_protection_with_inner_braces_survives() -> None:
    first, second, written = _again(
        "@inproceedings{k, title={{{TIMBERT}: Toponym Identifier For The Medical Domain Based on {BERT}}},"
        " booktitle={ACL}, year={2020}}"
    )
    assert first[0].title == "TIMBERT: Toponym Identifier For The Medical Domain Based on BERT"
    assert "{TIMBERT: Toponym Identifier For The Medical Domain Based on BERT}" in written
    _same(first, second)


def test_a_crossref_target_keeps_its_type_and_the_papers_citing_it_their_venue() -> None:
    text = (
        "@inproceedings{p1, title={Paper One}, author={A. Author}, crossref={neurips19}, pages={1--9}}\n"
        "@inproceedings{p2, title={Paper Two}, author={B. Author}, crossref={neurips19}}\n"
        "@proceedings{neurips19, title={Advances in Neural Information Processing Systems 32},"
        " booktitle={Advances in Neural Information Processing Systems 32}, editor={E. Editor},"
        " year={2019}, publisher={Curran}}\n"
    )
    for dialect in ("bibtex", "biblatex"):
        first, second, written = _again(text, dialect)
        assert "@proceedings{neurips19," in written and "abbr" not in written.split("@proceedings")[1]
        _same(first, second)
        assert first[0].venue is not None and first[0].venue.name.startswith("Advances in Neural")


def test_an_arxiv_id_in_note_or_volume_never_replaces_a_printed_venue() -> None:
    first, second, _ = _again(
        "@inproceedings{k, title={T}, booktitle={NeurIPS}, year={2020}, note={arXiv:2001.00001}}\n"
        "@article{c, title={U}, journal={CoRR}, volume={abs/2002.00002}, year={2020},"
        " eprint={2002.00002}, eprinttype={arXiv}}\n"
    )
    neurips, corr = first
    assert neurips.venue is not None and neurips.venue.name == "NeurIPS"
    assert neurips.status is pubkit.Status.PUBLISHED and neurips.identifiers.arxiv == "2001.00001"
    assert corr.venue is not None and corr.venue.name == "CoRR" and corr.identifiers.arxiv == "2002.00002"
    _same(first, second)


def test_a_submitted_to_note_beside_a_journal_keeps_the_whole_venue() -> None:
    first, second, written = _again(
        "@article{k, title={T}, journal={arXiv preprint}, year={2020}, note={Submitted to Phys. Rev. B}}"
    )
    assert "Phys. Rev. B" in (first[0].note or "")
    assert "Phys. Rev. B" in written
    _same(first, second)


def test_page_ranges_with_mixed_dashes_read_as_one_range() -> None:
    first, second, _ = _again("@article{k, title={T}, journal={J}, pages={271–-297}}")
    assert first[0].pages == "271-297"
    _same(first, second)


def test_non_ascii_bibtex_reads_back_exactly() -> None:
    paper = pubkit.Paper(
        "Δν of μ-mesons in µm wells, Yıldız–Sabancı", [pubkit.Author("Ángel Rodríguez")], year=2020
    )
    for dialect in ("bibtex", "biblatex"):
        written = pubkit.dumps([paper], dialect)
        assert written.isascii()
        back = pubkit.loads(written, "bibtex")[0]
        assert back.title == paper.title and back.authors == paper.authors


def test_csl_json_title_markup_is_kept() -> None:
    items = [{"id": "k", "type": "paper-conference", "title": "<i>k</i>-optimality for DCOP"}]
    bib = pubkit.loads(json.dumps(items), "csl-json")
    assert bib[0].title == "k-optimality for DCOP"
    again = json.loads(pubkit.dumps(bib, "csl-json"))
    assert again[0]["title"] == "<i>k</i>-optimality for DCOP"
    # and a literal `<i>` in a plain title is escaped, not turned into markup
    plain = pubkit.Paper("How local is that optimum? <i>k</i> -optimality")
    back = pubkit.loads(pubkit.dumps([plain], "csl-json"), "csl-json")
    assert back[0].title == plain.title


def _roundtrip_module() -> Any:
    spec = importlib.util.spec_from_file_location("roundtrip", ROOT / "benchmarks" / "roundtrip.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "collection",
    BIB_COLLECTIONS,
)
def test_real_collections_round_trip_unchanged(collection: str) -> None:
    path = shared_file(SHARED / "bib-corpus" / f"{collection}.bib.gz")
    limit = 2500 if collection == "cryptobib_db" else 300  # its first entries use @strings defined elsewhere
    rows = _roundtrip_module().run_collection(path, limit=limit, examples=2)
    assert rows and all(r["records"] > 0 for r in rows)
    changed = {r["trip"]: (r["changed"], r["lost"], r["examples"]) for r in rows if r["changed"] or r["lost"]}
    assert not changed


_TEXT = st.characters(blacklist_categories=("Cs", "Cc")).filter(
    lambda c: unicodedata.normalize("NFKC", c) == c and strip_controls(c) == c
)


@settings(max_examples=150, suppress_health_check=list(HealthCheck), deadline=None)
@given(
    st.text(_TEXT, min_size=1, max_size=30).filter(str.strip),  # a blank title is no paper's title
    st.text(_TEXT, min_size=1, max_size=12),
    st.sampled_from(["bibtex", "biblatex", "csl-json"]),
    st.booleans(),
)
def test_papers_with_any_unicode_title_and_name_come_back(
    title: str, family: str, fmt: str, raw: bool
) -> None:
    try:
        paper = pubkit.Paper(title, [pubkit.Author.from_parts("Ann", family)], year=2020)
    except (ValueError, TypeError):
        return  # a title or name that is only whitespace: not a paper
    options = {} if fmt == "csl-json" else {"unicode": raw}
    back = pubkit.loads(pubkit.dumps([paper], fmt, **options), "csl-json" if fmt == "csl-json" else "bibtex")
    assert back[0].title == paper.title
    assert back[0].authors[0].family == paper.authors[0].family


def test_crossref_targets_that_are_books_and_their_acronyms_stay_with_the_volume() -> None:
    text = (
        "@incollection{c, title={Chapter}, author={A. Author}, crossref={book1}, pages={1--9}}\n"
        "@book{book1, title={Search Methodologies}, booktitle={Search Methodologies}, year={2005},"
        " publisher={Springer}}\n"
        "@inproceedings{p, title={Paper}, author={B. Author}, crossref={nips19}}\n"
        "@proceedings{nips19, title={Advances in NeurIPS 32},"
        " booktitle={Advances in NeurIPS 32 (NeurIPS 32)}, year={2019}}\n"
        "@article{s, title={Submitted}, journal={Theory and Practice of Logic Programming},"
        " note={Submitted}}\n"
        "@misc{x, title={Preprint}, journal={arXiv preprint arXiv:2001.00001}, publisher={arXiv}}\n"
    )
    for dialect in ("bibtex", "biblatex"):
        first, second, _ = _again(text, dialect)
        _same(first, second)
