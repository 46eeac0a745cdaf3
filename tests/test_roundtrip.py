"""One LaTeX layer read and written both ways, and round trips through every format that change nothing."""

from __future__ import annotations

import unicodedata

import pytest
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
