"""Venue-first lists (a styled venue and its year, the title, the names) and the edges the twenty-sixth
session's rounds found: Markdown's bold in plain text, author lists longer than the labeller expects."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import author_names, read_file

import pubkit
from pubkit import Status


def test_markdown_bold_in_plain_text_is_the_owners_highlight_not_two_markers(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Haoran Lin\n\nPublications\n(* denotes equal contribution)\n\n"
        "[1] Mengyao Zhou*, Haoran Lin*, Qiang Fu. Calibrating large language models for selective question "
        "answering. In Proceedings of NAACL, 2024.\n"
        "[2] Yuxin Shao, **Haoran Lin**, Qiang Fu. Token-level credit assignment for preference "
        "optimization. In Proceedings of ICLR, 2024.\n",
    )
    first, second = bib.papers
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert author_names(second) == ["Yuxin Shao", "Haoran Lin", "Qiang Fu"]
    assert second.owner is not None and second.owner.name == "Haoran Lin"
    assert not any(a.equal_contribution for a in second.authors)


_VENUE_FIRST_ORG = """#+TITLE: Felix Ammersbach

* Publikationen

1. *CVPR 2024*. [[https://example.org][OmniWeather-3D: A Multi-Sensor Benchmark for 3D Perception]].
   L. Brandstätter, _F. Ammersbach_, M. Kessler, J. Oyelaran, S. Tiwari, C. Hoffmann-Ruiz,
   Y. Nakashima, P. Wróblewski, A. Demir, T. Lindner, E. Marchetti, R. Baumgartl,
   N. Chaudhary, H. Voss, D. Petrović, I. Gerlach, B. Rothenbühler, M. Sander, K. Scholz. \\\\
   [[https://example.org/a.pdf][PDF]] [[https://github.com/x/y][Code]]
2. *WACV 2022*. [[https://example.org/b][Label-Efficient LiDAR Semantic Segmentation with Pseudo-Labels]].
   J. Oyelaran, _F. Ammersbach_, K. Scholz. [[https://arxiv.org/abs/2110.05531][arXiv]]
3. *IEEE TPAMI*, 2024, Bd. 46, Nr. 8, S. 5521--5538. [[https://doi.org/10.1109/TPAMI.2024.3367012][Radar Scene
   Flow: Benchmarks, Methods and Open Problems]].
   M. Kessler, _F. Ammersbach_, Y. Nakashima, K. Scholz. [[https://arxiv.org/abs/2307.14122][arXiv]]
4. *NeurIPS 2023* (Datasets and Benchmarks Track). [[https://roadsense.org][RoadSense: A Multi-City Dataset]].
   H. Voss, N. Chaudhary, _F. Ammersbach_, K. Scholz.
"""


def test_a_styled_venue_and_its_year_open_the_entry(tmp_path: Path) -> None:
    papers = read_file(tmp_path, "cv.org", _VENUE_FIRST_ORG).papers
    assert [p.title for p in papers] == [
        "OmniWeather-3D: A Multi-Sensor Benchmark for 3D Perception",
        "Label-Efficient LiDAR Semantic Segmentation with Pseudo-Labels",
        "Radar Scene Flow: Benchmarks, Methods and Open Problems",
        "RoadSense: A Multi-City Dataset",
    ]
    assert [p.venue.name if p.venue else None for p in papers] == ["CVPR", "WACV", "IEEE TPAMI", "NeurIPS"]
    assert [p.year for p in papers] == [2024, 2022, 2024, 2023]
    assert author_names(papers[1]) == ["J. Oyelaran", "F. Ammersbach", "K. Scholz"]  # the arXiv link no name
    assert author_names(papers[2])[-1] == "K. Scholz"
    assert all(p.owner is not None and p.owner.name == "F. Ammersbach" for p in papers)


def test_a_long_author_list_is_all_authors_with_no_editors_mark(tmp_path: Path) -> None:
    (first, *_) = read_file(tmp_path, "cv.org", _VENUE_FIRST_ORG).papers
    assert len(first.authors) == 19
    assert author_names(first)[5] == "C. Hoffmann-Ruiz" and author_names(first)[-1] == "K. Scholz"


_RESUME_CLS = r"""\documentclass{resume}
\name{Rafael Cardoso}
\begin{document}
\begin{rSection}{Education}
{\bf University of Maryland, College Park} \hfill {\em Aug 2020 -- present} \\
Ph.D. in Computer Science. Advisor: Prof. Daniel K. Whitfield
\end{rSection}
\begin{rSection}{Publications}
\textbf{2024}
\begin{itemize}
\item CARDOSO, R. M.; WHITFIELD, D. K. Depth from motion blur: self-supervised monocular depth in the
wild. \textbf{IEEE Transactions on Pattern Analysis and Machine Intelligence}, v. 45, p. 3321-3330, 2024.
\item LIN, Y.; CARDOSO, R. M. Test-time adaptation for monocular depth. \textbf{International Journal of
Computer Vision}, v. 131, p. 1-20, 2024.
\end{itemize}
\end{rSection}
\end{document}
"""


def test_resume_class_sections_are_headings(tmp_path: Path) -> None:
    bib = read_file(tmp_path, "cv.tex", _RESUME_CLS)
    assert [p.title for p in bib.papers] == [
        "Depth from motion blur: self-supervised monocular depth in the wild",
        "Test-time adaptation for monocular depth",
    ]


_SET_OFF_TITLES_ORG = """#+TITLE: Camille Dufresne

* Publications

Légende : mon nom est _souligné_ ; ✉ ou (c) = autrice ou auteur correspondant.

17. /Journal of French Language Studies/, 2024, 34(1), p. 1-27. « Liaison et fréquence lexicale
    dans le corpus PFC ». _C. Dufresne_ ✉, H. Lemaire et A.-S. Barbier.
    Données et scripts R disponibles sur OSF. Version longue du chapitre de 2021.

16. /Journal of Phonetics/, soumis. "Speech rate normalisation and schwa". _C. Dufresne_ (c) et H. Lemaire.

15. /Manuel de linguistique du français parlé/, Berlin/Boston, De Gruyter, 2021, p. 211-240.
    « Le schwa ». _C. Dufresne_ et J. Rouvière.
"""


def test_a_styled_venue_then_a_set_off_title_and_a_note_line_under_the_names(tmp_path: Path) -> None:
    bib = read_file(tmp_path, "cv.org", _SET_OFF_TITLES_ORG)
    papers = bib.papers
    assert [p.title for p in papers] == [
        "Liaison et fréquence lexicale dans le corpus PFC",
        "Speech rate normalisation and schwa",
        "Le schwa",
    ]
    assert [p.venue.name if p.venue else None for p in papers] == [
        "Journal of French Language Studies",
        "Journal of Phonetics",
        "Manuel de linguistique du français parlé",
    ]
    assert author_names(papers[0]) == ["C. Dufresne", "H. Lemaire", "A.-S. Barbier"]
    assert papers[1].status is Status.SUBMITTED
    # "✉ ou (c) = …": both marks are the corresponding author's
    assert [a.corresponding for a in papers[0].authors] == [True, False, False]
    assert [a.corresponding for a in papers[1].authors] == [True, False]
    assert not [p for p in bib.problems if "legend" in p.message]


def test_a_bold_venue_a_status_and_a_linked_italic_title(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "research.md",
        "# Priya Ramaswamy\n\n## Working Papers\n\n"
        "1. **Review of Economic Studies**, revise and resubmit, 2024. [*Childcare Centers and Mothers' "
        "Employment*](/assets/pdf/anganwadi.pdf). Priya Ramaswamy and Hye-jin Seo. [PDF](/assets/a.pdf)\n\n"
        "2. **IZA Discussion Paper No. 16012**, 2023. [*Digital Wage Payments and Financial Inclusion*]"
        "(https://docs.iza.org/dp16012.pdf). Ahmed Farouqui and Priya Ramaswamy.\n\n"
        "3. **Handbook of Labor, Human Resources and Population Economics** (Springer), 2022. [*Public "
        "Works Programs in Developing Countries*](https://doi.org/10.1007/978-3-319-57365-6_311-1). "
        "Priya Ramaswamy.\n",
    )
    papers = bib.papers
    assert [p.title for p in papers] == [
        "Childcare Centers and Mothers' Employment",
        "Digital Wage Payments and Financial Inclusion",
        "Public Works Programs in Developing Countries",
    ]
    assert [p.venue.name if p.venue else None for p in papers] == [
        "Review of Economic Studies",
        "IZA Discussion Paper",  # (its number a number, not the series' name)
        "Handbook of Labor, Human Resources and Population Economics",
    ]
    assert author_names(papers[1]) == ["Ahmed Farouqui", "Priya Ramaswamy"]


def test_markdown_sub_items_of_prose_are_notes_on_the_entry(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "pubs.md",
        "# 김서연 (Seoyeon Kim)\n\n## 학술지 논문\n\n"
        "1. Seoyeon Kim, Jiho Park, and David M. Rowe. 2024. Bayesian Nonparametric Estimation under "
        "Network Interference. *Journal of the American Statistical Association* 119, 546 (2024), "
        "1120–1134.\n   - 📝 R 패키지 [`bnpinterf`](https://github.com/x/bnpinterf)로 구현. "
        "박사과정 박지호 학생의 첫 논문입니다.\n\n"
        "2. Seoyeon Kim. 2019. *Bayesian Nonparametric Methods for Causal Inference*. Ph.D. Dissertation. "
        "Duke University, Durham, NC.\n   - 📝 지도교수: David M. Rowe. Savage Award 최종 후보 (ISBA).\n",
    )
    assert [p.title for p in bib.papers] == [
        "Bayesian Nonparametric Estimation under Network Interference",
        "Bayesian Nonparametric Methods for Causal Inference",
    ]
    assert author_names(bib.papers[0]) == ["Seoyeon Kim", "Jiho Park", "David M. Rowe"]
    assert not bib.problems


def test_a_status_tag_in_brackets_opens_the_names(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "pubs.html",
        "<h1>Valentina Sotomayor Quiroga</h1><h2>Publicaciones</h2><ul>"
        '<li><span class="estado">[En prensa]</span> Sotomayor Quiroga, V., Fuentes, C. y Leiva, S. '
        "(en prensa). Disentangling activity and Doppler signals in ESPRESSO spectra. <i>The Astronomical "
        "Journal</i>.</li>"
        '<li><span class="estado">[Aceptado]</span> Ibarra, M., Sotomayor Quiroga, V. y Hollis, J. R. '
        "(2024). The TESS rotation periods of 312 nearby M dwarfs. <i>Monthly Notices of the Royal "
        "Astronomical Society</i>.</li></ul>",
    )
    first, second = bib.papers
    assert first.title == "Disentangling activity and Doppler signals in ESPRESSO spectra"
    assert len(first.authors) == 3 and first.venue is not None
    assert first.venue.name == "The Astronomical Journal"
    assert len(second.authors) == 3 and second.status is Status.ACCEPTED


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (  # GOST's bracketed et al. in Swedish
            "Adaptive divergence in Baltic and White Sea herring / K. Sjöholm, A. V. Petrova, M. Lindgren "
            "[m.fl.] // Genome Biology and Evolution. – 2023. – Vol. 15, № 4. – P. evad061.",
            ["K. Sjöholm", "A. V. Petrova", "M. Lindgren"],
        ),
        (  # "E. A." is two initials, not the Dutch et al. "e.a."
            "Herrera-Quispe, M., & Goldberg, E. A. (2020). Acculturative stress and alcohol use among "
            "Peruvian immigrants. Cultural Diversity and Ethnic Minority Psychology, 26(3), 345–356.",
            ["M. Herrera-Quispe", "E. A. Goldberg"],
        ),
    ],
)
def test_et_al_in_other_languages(text: str, authors: list[str]) -> None:
    assert [a.name for a in pubkit.parse_reference(text).authors] == authors


def test_title_first_with_initials_first_names_and_the_year_in_the_heading(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "lijst.txt",
        "Prof. dr. Lotte Vermeersch\n\n2024\n\n"
        "Citizens' assemblies and the legitimacy gap: evidence from Brussels. L. Vermeersch, J. Claes, "
        "M. Ruelens e.a. European Journal of Political Research 63(2): 541–563.\n\n"
        "Partijdiscipline in het Vlaams Parlement, 1995–2019. T. Gielen en L. Vermeersch. Res Publica 66(1): "
        "5-29.\n\n"
        "Question time under federalism: parliamentary questions in the Belgian Chamber. L. Vermeersch en "
        "T. Gielen. The Journal of Legislative Studies 27(2): 201–224.\n",
    )
    papers = bib.papers
    assert [p.title for p in papers] == [
        "Citizens' assemblies and the legitimacy gap: evidence from Brussels",
        "Partijdiscipline in het Vlaams Parlement, 1995–2019",
        "Question time under federalism: parliamentary questions in the Belgian Chamber",
    ]
    assert [author_names(p) for p in papers] == [
        ["L. Vermeersch", "J. Claes", "M. Ruelens"],
        ["T. Gielen", "L. Vermeersch"],
        ["L. Vermeersch", "T. Gielen"],
    ]
    assert [p.venue.name if p.venue else None for p in papers] == [
        "European Journal of Political Research",
        "Res Publica",
        "The Journal of Legislative Studies",
    ]


@pytest.mark.parametrize(
    "legend",
    [
        "References are given in the Vancouver style most of my journals use. A dagger (†) after a name "
        "means the authors contributed equally and share first authorship. PDFs are available on request "
        'or from <a href="https://eprints.whiterose.ac.uk/">our repository</a>.',
        "† estos autores contribuyeron por igual",
    ],
)
def test_equal_contribution_legends_said_otherwise(tmp_path: Path, legend: str) -> None:
    bib = read_file(
        tmp_path,
        "pubs.html",
        f"<h1>Emma Whitcombe</h1><h2>Publications</h2><p>{legend}</p><ol>"
        "<li>Harrow J†, Whitcombe E†, Strand M. Counting the sick poor: hospital statistics in Victorian "
        "Liverpool. Soc Hist Med. 2022;35(4):1120–42.</li></ol>",
    )
    (paper,) = bib.papers
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]
    assert not bib.problems


def test_a_student_legend_in_russian(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Елена Воронцова\n\nПубликации\n\n^ — студент(ка) или аспирант(ка) под моим руководством\n\n"
        "Anastasia Petrenko^, Elena Vorontsova & Olga Belova, Simulation-based training in sepsis "
        "recognition for nursing students, 121 Nurse Educ. Today 105701 (2023).\n",
    )
    (paper,) = bib.papers
    assert [a.name for a in paper.authors] == ["Anastasia Petrenko", "Elena Vorontsova", "Olga Belova"]
    assert not bib.problems  # the legend is understood: no marker without a meaning


def test_bluebook_names_before_an_italic_linked_title(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "yayinlar.html",
        "<h1>Elif Karaosmanoğlu</h1><h2>Makaleler</h2><ul>"
        '<li>Elif Karaosmanoğlu ve Can Yıldırım, <em><a href="https://dergipark.org.tr/a">Özerklik '
        "Kavramının Kant Sonrası Serüveni</a></em>, 21 Kaygı 512 (2022). [Atıf: 7]</li>"
        '<li>Elif Karaosmanoğlu, Can Yıldırım ve Deniz Aksoy, <em><a href="https://doi.org/10.1007/x">'
        "Autonomy, Paternalism and the Law of Informed Consent</a></em>, 23 Res Publica 301 (2017).</li>"
        '<li>Elif Karaosmanoğlu, <em><a href="https://example.org/t.pdf">Tanınma Kuramları: Hegel’den '
        "Honneth’e</a></em>, Siyaset Felsefesi Okumaları içinde 89 (Selin Ertürk &amp; Onur Baysal ed., "
        "2016).</li></ul>",
    )
    papers = bib.papers
    assert [p.title for p in papers] == [
        "Özerklik Kavramının Kant Sonrası Serüveni",
        "Autonomy, Paternalism and the Law of Informed Consent",
        "Tanınma Kuramları: Hegel’den Honneth’e",
    ]
    assert [author_names(p) for p in papers] == [
        ["Elif Karaosmanoğlu", "Can Yıldırım"],
        ["Elif Karaosmanoğlu", "Can Yıldırım", "Deniz Aksoy"],
        ["Elif Karaosmanoğlu"],
    ]


def test_an_initial_that_ends_the_names_line_is_no_journal_word(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\section*{Publikationen}\n\\begin{itemize}\n"
        "\\item[{[12]}] \\textit{Forming planets in the ring: hydrodynamic simulations of gaps} \\\\\n"
        "Strunz, O. und \\textbf{Riedlinger, J.} \\\\\nApJ 916, 45 (2021), DOI: 10.3847/1538-4357/ac0536\n"
        "\\item[{[11]}] \\textit{Scattered light from self-shadowed discs} \\\\\n"
        "\\textbf{Riedlinger, J.} \\\\\n"
        "A\\&A 612, A55 (2018), DOI: 10.1051/0004-6361/201731902\n\\end{itemize}\n",
    )
    assert [author_names(p) for p in bib.papers] == [["O. Strunz", "J. Riedlinger"], ["J. Riedlinger"]]
    assert [p.venue.name if p.venue else None for p in bib.papers] == ["ApJ", "A&A"]


def test_a_chinese_line_wrapped_inside_a_word_joins_without_a_space(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "陈思远 Siyuan CHEN\n\n发表论文\n\n"
        "[3] Siyuan Chen, Yuxin Wang & Hao Liu, Parental Phubbing and Adolescent Emotion Regulation\n"
        "in Chinese Families: A Longitudinal Panel Study, 60 Dev. Psychol. 1201 (2024).\n"
        "[2] 王雨欣、陈思远和刘浩，留守经历对青少年抑郁的影响：自我同情的中介作用，41 心理发展与\n"
        "教育 88 (2025).\n"
        "[1] Jiaqi Zhou & Siyuan Chen, Predicting Adolescent Loneliness from Passive Smartphone Sensing\n"
        "in Chinese Secondary Schools, 95 Child Dev. 1502 (2024).\n",
    )
    chinese = bib.papers[1]
    assert author_names(chinese) == ["王雨欣", "陈思远", "刘浩"]  # "和", Chinese "and", between two names
    assert chinese.venue is not None and chinese.venue.name == "心理发展与教育"


_FIELD_A_LINE_JEMDOC = """= Publikationer

== Artiklar

- /Nature Genetics/, 2024 \\n
  *Structural variants are a major source of expression variation in human tissues* \\n
  E. Bergqvist, R. Lindahl, H. Karimi och M. Holm \\n
  DOI: 10.1038/s41588-024-01712-3

- /Bioinformatics/ 2021 \\n
  *Fast detection of mobile element insertions from nanopore reads* \\n
  H. Karimi och E. Bergqvist \\n
  DOI: 10.1093/bioinformatics/btab318 \\n
  Kommentar: uppmärksammad i Svenska Dagbladet.
"""


def test_a_venue_a_title_and_the_names_each_on_a_line(tmp_path: Path) -> None:
    papers = read_file(tmp_path, "pubs.jemdoc", _FIELD_A_LINE_JEMDOC).papers
    assert [p.title for p in papers] == [
        "Structural variants are a major source of expression variation in human tissues",
        "Fast detection of mobile element insertions from nanopore reads",
    ]
    assert [author_names(p) for p in papers] == [
        ["E. Bergqvist", "R. Lindahl", "H. Karimi", "M. Holm"],
        ["H. Karimi", "E. Bergqvist"],
    ]
    assert [p.venue.name if p.venue else None for p in papers] == ["Nature Genetics", "Bioinformatics"]
    assert [p.identifiers.doi for p in papers] == [
        "10.1038/s41588-024-01712-3",
        "10.1093/bioinformatics/btab318",
    ]


def test_a_badge_and_its_title_with_the_names_on_the_same_line(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "pubs.md",
        "# Femke Hoogland\n\n## 2024\n\n"
        "- **LREC-COLING 2024** (Turijn) — *DuVeC: A Treebank of Verb Clusters in Dutch Dialects.* Femke "
        "Hoogland, Roos Smits en Lotte Janssens. [[PDF](https://aclanthology.org/a.pdf)]\n"
        "  > Noot: de treebank is beschikbaar onder CC BY 4.0.\n\n"
        "- **Glossa: a journal of general linguistics** 9(1), 2024 — *Red and green orders revisited.* Jesse "
        "Bakker en Femke Hoogland. [[PDF](https://www.glossa-journal.org/a)]\n",
    )
    first, second = bib.papers
    assert first.title == "DuVeC: A Treebank of Verb Clusters in Dutch Dialects"
    assert author_names(first) == ["Femke Hoogland", "Roos Smits", "Lotte Janssens"]
    assert author_names(second) == ["Jesse Bakker", "Femke Hoogland"]


def test_a_bluebook_volume_after_the_titles_comma_and_a_vietnamese_doctors_title(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "llkh.txt",
        "LÝ LỊCH KHOA HỌC\n\nTS. BS. Phạm Thu Hương\nGiảng viên chính, Trường Đại học Y Dược Thái Bình\n\n"
        "CÔNG TRÌNH KHOA HỌC ĐÃ CÔNG BỐ\n\n"
        "1. Quynh Anh Do, Huong Thu Pham & Tuan Anh Hoang, Out-of-Pocket Expenditure for Non-Communicable\n"
        "Disease Care Among Older Vietnamese Households, 20 Lancet Reg'l Health – W. Pac. 100375 (2022).\n",
    )
    (paper,) = bib.papers
    assert (
        paper.title
        == "Out-of-Pocket Expenditure for Non-Communicable Disease Care Among Older Vietnamese Households"
    )
    assert paper.owner is not None and paper.owner.name == "Huong Thu Pham"


def test_the_owner_named_in_two_scripts_with_a_degree_after_it(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "pubs.html",
        "<h1>박지훈 <small>Ji-Hoon Park, Ph.D.</small></h1><h2>논문</h2><ul>"
        "<li>Park, J.-H., Choi, Y., &amp; Nam, S. (2024). Subsurface marine heatwaves in the East Sea. "
        "<i>Geophysical Research Letters</i>, <i>51</i>(6), e2023GL107412.</li></ul>",
    )
    assert bib.owner == "Ji-Hoon Park"
    assert bib.papers[0].owner is not None and bib.papers[0].owner.name == "J.-H. Park"


def test_latex_single_quotes_and_italian_statuses(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\section*{Articoli}\n\\begin{itemize}\n"
        "\\item \\textit{Ferraresi, G.} e Marchetti, L. (in stampa) `Clitic climbing in Emilian dialects: a "
        "microcomparative study', \\emph{Rivista di Grammatica Generativa}.\n"
        "\\item Ferraresi, G. (in valutazione) `Microvariation in Northern Italian negation', "
        "\\emph{Journal of Linguistics}.\n\\end{itemize}\n",
    )
    first, second = bib.papers
    assert first.title == "Clitic climbing in Emilian dialects: a microcomparative study"
    assert first.status is Status.ACCEPTED
    assert second.title == "Microvariation in Northern Italian negation"
    assert second.status is Status.UNDER_REVIEW


@pytest.mark.parametrize(
    ("text", "title", "authors", "venue"),
    [
        (  # GOST: a person's initials inside the title
            "Воронцова Е. С. Гармоническое мышление Н. Я. Мясковского : монография. — М. : Композитор, "
            "2021. — 248 с.",
            "Гармоническое мышление Н. Я. Мясковского",
            ["Воронцова Е. С."],
            None,
        ),
        (  # Swedish IEEE: "i" before the italic proceedings
            'E. Sandberg och K. Lindqvist, "Parametric daylight studies for balcony retrofits," i *Proc. '
            "41st eCAADe Conference*, Graz, Österrike, 2023, vol. 2, s. 331–340.",
            "Parametric daylight studies for balcony retrofits",
            ["E. Sandberg", "K. Lindqvist"],
            "Proc. 41st eCAADe Conference",
        ),
    ],
)
def test_gost_and_swedish_ieee(
    tmp_path: Path, text: str, title: str, authors: list[str], venue: str | None
) -> None:
    (paper,) = read_file(tmp_path, "pubs.md", f"# Publikationer\n\n1. {text}\n").papers
    assert paper.title == title
    assert author_names(paper) == authors
    assert (paper.venue.name if paper.venue else None) == venue


def test_one_line_dblp_paragraphs_are_entries_not_dropped(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "김서연 (Seoyeon Kim)\n\n■ 연구 실적\n\n[국제 학술지]\n\n"
        "Seoyeon Kim, Minjun Cho: Polarization without irrationality: an agent-based model of testimonial\n"
        "trust. Synthese 203: 88 (2024) [PDF]\n\n"
        "Seoyeon Kim: Higher-order evidence and calibration. Erkenntnis 89(5): 1921-1944 (2024)\n\n"
        "김서연: 사회 인식론 입문: 믿음은 어떻게 공유되는가. 서울: 아카넷 (2022)\n\n"
        "정하늘, 조민준, 김서연: 과학 공동체의 인지적 분업 분석. 과학철학 (게재 예정) [Code]\n",
    )
    # every entry a paper or a problem at its line: none dropped without a word
    assert [p.title for p in bib.papers[:2]] == [
        "Polarization without irrationality: an agent-based model of testimonial trust",
        "Higher-order evidence and calibration",
    ]
    assert len(bib.papers) + sum(p.line == 12 for p in bib.problems) == 4


def test_a_given_name_an_initial_and_a_surname_are_no_gost_heading(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "pubs.md",
        "# Alex Q. Owner\n\n"
        "- **Alex Q. Owner** (2024). Anthropologie des frontaliers : un état des lieux. *La Suisse et ses "
        "frontières*, 5(10), 584–609.\n\n"
        "- **Contrast Sensitivity and Accommodative Lag in Myopic Young Adults**  \n"
        "  Olga Lee, **Alex Q. Owner**, Motaung Jafari  \n  *Scand. J. Optom. Vis. Sci.* 1996\n",
    )
    first, second = bib.papers
    assert author_names(first) == ["Alex Q. Owner"]
    assert first.title == "Anthropologie des frontaliers : un état des lieux"
    assert second.title == "Contrast Sensitivity and Accommodative Lag in Myopic Young Adults"
    assert author_names(second) == ["Olga Lee", "Alex Q. Owner", "Motaung Jafari"]


def test_a_word_exports_lettered_label_before_a_styled_venue(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "yayinlar.html",
        "<h1>Zeynep Aslıhan Karaca</h1><h2>Makaleler</h2>"
        "<p>A1. <b>A|Z ITU Journal of the Faculty of Architecture</b>, 2023, 20(1): 45–62. “Erken Cumhuriyet "
        "dönemi halkevi binalarında tipoloji ve temsiliyet” – Karaca, Z. A., Yüce, S. [Atıf: 3]</p>"
        "<p>A2. <b>Frontiers of Architectural Research</b>, 2022, 11(4): 701–718. “Thermal comfort in "
        "vernacular stone houses of Mardin” – Akbulut, H., Karaca, Z. A.</p>",
    )
    first, second = bib.papers
    assert first.title == "Erken Cumhuriyet dönemi halkevi binalarında tipoloji ve temsiliyet"
    assert first.venue is not None and first.venue.name == "A|Z ITU Journal of the Faculty of Architecture"
    assert author_names(first) == ["Z. A. Karaca", "S. Yüce"]
    assert second.title == "Thermal comfort in vernacular stone houses of Mardin"


def test_dblp_one_name_with_two_initials_and_turkish_statuses(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "pubs.md",
        "# Publicações\n\n"
        "- Ana C. F. Lopes: Formação docente e tecnologias digitais: tensões entre discurso e prática. "
        "Educação & Sociedade 43 (2022)\n"
        "- G. Şenol, Ç. Yıldırım: TESS light curves of detached binaries. The Astronomical Journal. "
        "Revizyonda.\n",
    )
    first, second = bib.papers
    assert author_names(first) == ["Ana C. F. Lopes"]
    assert first.title == "Formação docente e tecnologias digitais: tensões entre discurso e prática"
    assert second.status is Status.UNDER_REVIEW
    assert second.venue is not None and second.venue.name == "The Astronomical Journal"
