"""Title normal form and similarity: the spelling variants that must compare equal, and the score's laws."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pubkit.titles import is_usable_title, normalize_title, title_similarity, title_tokens


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Re-labeling ImageNet", "Relabeling ImageNet"),
        ("To-ward High-quality Few-shot Font Generation", "Toward Highquality Fewshot font generation"),
        ("{CutMix}: Regularization Strategy", "CutMix: Regularization Strategy"),
        (r"\emph{Deep} learning for {M}usic", "Deep Learning for Music"),
        (r"Schr\"{o}dinger bridges", "Schrödinger Bridges"),
        ("Café au lait", "Cafe au Lait"),
        ("An Empirical Evaluation on\n  Robustness", "An Empirical Evaluation on Robustness"),
        ("Sharing economy \u2013 a \u201cdecision\u201d", 'Sharing Economy - a "Decision"'),
        ("Proofs \u2014 and refutations.", "proofs and refutations"),
        ("The role of <i>in vivo</i> models", "The role of in vivo models"),
        ("Ｆｕｌｌｗｉｄｔｈ text", "Fullwidth text"),
        (r"\textbf{Bold} claims", "Bold claims"),  # not "extbfbold"
        (r"{\AA}ngstr{\"o}m-scale imaging", "Angstrom-scale imaging"),  # the Å is kept
        (r"Y{\i}ld{\i}z and Na\"{\i}ve methods", "Yildiz and naive methods"),
        ("Caf&eacute; &amp; bar", "Café & bar"),  # not "caf eacute"
        ("<i>k</i>-optimality", r"$k$-optimality"),
        ("\u0394\u03bd spectra", r"$\Delta\nu$ spectra"),
    ],
)
def test_spelling_variants_share_a_normal_form(a: str, b: str) -> None:
    assert normalize_title(a) == normalize_title(b)
    assert title_similarity(a, b) == 1.0


@pytest.mark.parametrize("title", ["", "   ", "#NAME?", "[No title]", "Untitled", "N/A", "{}", "A"])
def test_unusable_titles_are_recognised_and_never_similar(title: str) -> None:
    assert not is_usable_title(title)
    assert title_similarity(title, title) == 0.0
    assert title_similarity(title, "A perfectly fine title") == 0.0


def test_tokens_drop_stopwords_and_keep_order() -> None:
    assert title_tokens("Learning De-biased Representations with Biased Representations") == (
        "learning",
        "debiased",
        "representations",
        "biased",
        "representations",
    )


def test_distinct_papers_with_shared_words_score_below_the_duplicate_bar() -> None:
    rebias = "Learning De-biased Representations with Biased Representations"
    style = "StyleAugment: Learning Texture De-biased Representations by Style Augmentation"
    assert title_similarity(rebias, style) < 0.8


@given(st.text(max_size=60), st.text(max_size=60))
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    score = title_similarity(a, b)
    assert score == title_similarity(b, a)
    assert 0.0 <= score <= 1.0


@given(st.text(max_size=80))
def test_normal_form_is_idempotent_and_identity_scores_one(title: str) -> None:
    normal = normalize_title(title)
    assert normalize_title(normal) == normal
    if is_usable_title(title):
        assert title_similarity(title, title) == 1.0
