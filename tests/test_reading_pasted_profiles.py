"""Lists pasted from research-profile sites with no blank line between records (buttons, counts and labels
in between), grant forms, and sections, names and legends in other languages and scripts. Each test is a
small copy of its kind."""

# ruff: noqa: E501  (citations written as the pages print them, one record a line)

from __future__ import annotations

import pubkit
from pubkit.names import split_name


def _read(text: str, path: str) -> list[pubkit.Paper]:
    return list(pubkit.loads(text, "cv", path=path))


LIBRARY = """Group library
Sort by: Year (newest first)

Iglesias, L., & Okoro, B. (2024). Mobile money and household resilience to climate shocks: Evidence from Kenya. Journal of Development Economics, 166, 103198.
Add to library
Cite
Open PDF
Okoro, B., Iglesias, L., & Mwangi, G. W. (2023). Informal insurance networks and drought: A structural approach. American Economic Journal: Applied Economics, 15(3), 245–279.
Add to library Cite
Iglesias, L. (2022). Remittances, risk, and rainfall. The World Bank Economic Review, 36(2), 412–437.
Add to library Cite
"""


def test_buttons_between_pasted_citations_end_each_record() -> None:
    papers = _read(LIBRARY, "library.txt")
    assert [p.title[:24] for p in papers] == [
        "Mobile money and househo",
        "Informal insurance netwo",
        "Remittances, risk, and r",
    ]
    assert [p.year for p in papers] == [2024, 2023, 2022]
    assert papers[1].venue is not None and papers[1].venue.name.startswith("American Economic Journal")


DBLP = """2024
[j9]
Tomasz Wieczorek, Lena Hoffmann:
Sparse Routing for Federated Learning on Edge Devices.
IEEE Trans. Mob. Comput. 23(5): 4412-4426 (2024)
[c14]
view
electronic edition via DOI
export record
Arjun Mehta, Tomasz Wieczorek:
Robust Aggregation under Byzantine Clients via Spectral Filtering.
AISTATS 2024: 3310-3322
"""


def test_a_person_pages_lower_case_labels_open_records_and_its_buttons_are_no_title() -> None:
    first, second = _read(DBLP, "dblp.txt")
    assert first.title == "Sparse Routing for Federated Learning on Edge Devices"
    assert second.title == "Robust Aggregation under Byzantine Clients via Spectral Filtering"
    assert [a.name for a in second.authors] == ["Arjun Mehta", "Tomasz Wieczorek"]


SCHOLAR = """TITLE	CITED BY	YEAR
Long-term exposure to fine particulate matter and incident dementia
P Raghunathan, M Okafor, J Lindqvist
The Lancet Planetary Health 6 (4), e310-e319, 2022
412	2022
Nitrogen dioxide and cognitive decline in older adults
P Raghunathan, M Okafor, A Whitfield
Environmental Health Perspectives 129 (8), 087001, 2021
187	2021
"""


def test_a_records_counts_and_year_end_it() -> None:
    first, second = _read(SCHOLAR, "scholar.txt")
    assert first.title.startswith("Long-term exposure") and second.title.startswith("Nitrogen dioxide")
    assert (first.year, second.year) == (2022, 2021)


LANGUAGES = """<html><body><h1>Dr. Ahmad Khatib</h1>
<h2>Research Papers in English-Language Journals</h2>
<ol><li>A. Khatib and S. Ali (2021). Pavement design under a hotter climate. Road Materials and Pavement Design, 22(4), 801-819.</li></ol>
<h2>Languages</h2>
<ul><li>Arabic (native), English (fluent), French (basic), since 2001 in Paris and Lyon, with courses.</li></ul>
</body></html>
"""


def test_a_section_named_by_its_papers_language_is_a_publication_section() -> None:
    (paper,) = _read(LANGUAGES, "languages.html")
    assert paper.title == "Pavement design under a hotter climate"


ARABIC = """<html dir="rtl"><body><h1>د. أحمد محمود الخطيب</h1>
<h2>المنشورات العلمية</h2>
<ol><li><strong>الخطيب، أحمد محمود</strong>؛ العلي، سارة يوسف (٢٠٢٣). "تقييم أداء الخلطات الإسفلتية". <em>مجلة الهندسة</em>، ٣٥(٢)، ١١٢-١٢٥.</li></ol>
</body></html>
"""


def test_arabic_semicolons_separate_inverted_names() -> None:
    (paper,) = _read(ARABIC, "arabic.html")
    assert [a.family for a in paper.authors] == ["الخطيب", "العلي"]
    assert paper.authors[0].is_owner and paper.year == 2023


GREEK = """Δημοσιεύσεις σε περιοδικά

[Π4] Nikolaou M.¹, Karagianni E.¹, Papadopoulos G. (2021). Sentinel-2 based estimation of crop water stress in cotton. Remote Sensing, 13(18): 3654.

   ¹ Ίση συνεισφορά των συγγραφέων.

6.3 Κεφάλαια σε βιβλία

[Κ1] Papadopoulos G. (2020). Irrigation of tree crops. In: Tsirogiannis I. (ed.), Irrigation and Drainage, Ziti, Thessaloniki, pp. 145-178.
"""


def test_superscript_digits_are_role_marks_with_a_legend_in_greek() -> None:
    first, second = _read(GREEK, "greek.txt")
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert [a.family for a in first.authors] == ["Nikolaou", "Karagianni", "Papadopoulos"]
    assert second.title == "Irrigation of tree crops"  # a numbered section in Greek words


NOTE_UNDER_HEADING = """Lebenslauf

Publikationen
(Die fünf wichtigsten Publikationen sind mit * gekennzeichnet.)

1. * Vogel, K. & Lago, S. (2021). Number attraction in German subject–verb agreement. Glossa Psycholinguistics, 1(1), 1–29.
2. Lago, S., Vogel, K. & Felser, C. (2019). Agreement attraction in native and non-native speakers of German. Bilingualism: Language and Cognition, 22(5), 1012–1027.
"""


def test_a_section_word_over_a_note_in_brackets_opens_the_section() -> None:
    papers = _read(NOTE_UNDER_HEADING, "dfg.txt")
    assert [p.year for p in papers] == [2021, 2019]


MARKED_FIRST_AUTHOR = """Section b: Track record

1. Ten most significant publications in major international peer-reviewed journals, monographs,
   and conference proceedings (without the PI's PhD supervisor as co-author)

1. E. Marchetti*, L. Rossi, J. Park, "Topological lasing in non-Hermitian photonic lattices", Nature Photonics 17, 512–518 (2023).
2. J. Park, E. Marchetti*, "Non-Abelian braiding of light in coupled waveguide arrays", Science 379, 1123–1127 (2023).
"""


def test_a_first_author_with_a_role_mark_still_opens_a_citation() -> None:
    papers = _read(MARKED_FIRST_AUTHOR, "erc.txt")
    assert [p.year for p in papers] == [2023, 2023]
    assert papers[0].title.startswith("Topological lasing")


def test_an_initial_before_a_particle_is_a_given_name() -> None:
    assert split_name("R. M. de Oliveira") == ("R. M.", "de Oliveira", "")


CCV = """Journal Articles

1.  Title: Modélisation de la croissance radiale du pin gris en fonction du climat et de la densité du
    peuplement
    Journal: The Forestry Chronicle
    Co-authors: Gagnon, Sophie; Tremblay, Marc-André
    Year: 2021
    Refereed?: Yes
"""


def test_a_cv_systems_numbered_record_and_its_wrapped_title() -> None:
    (paper,) = _read(CCV, "ccv.txt")
    assert paper.title.endswith("de la densité du peuplement") and paper.title.startswith("Modélisation")
    assert paper.venue is not None and paper.venue.name == "The Forestry Chronicle"
    assert [a.family for a in paper.authors] == ["Gagnon", "Tremblay"]


FORM = """PART D - Research Opportunity and Performance Evidence (ROPE) - CI Nguyen

D3. Ten career-best research outputs

1.  Nguyen TH, Walker SJ, Hughes TP (2022) Marine heatwaves drive recurrent mass bleaching. Nature Climate Change 12:456-462.
2.  Nguyen TH (2020) Thermal tolerance of reef corals. Coral Reefs 39:101-110.
3.  Walker SJ, Nguyen TH (2019) Coral recruitment after cyclones. Marine Biology 166:12.
"""


def test_a_forms_part_heading_names_no_owner() -> None:
    bib = pubkit.loads(FORM, "cv", path="rope.txt")
    assert bib.owner is not None and "Nguyen" in bib.owner
    assert [p.owner.family if p.owner else None for p in bib] == ["Nguyen"] * 3
    assert not bib.problems  # "D3. Ten career-best research outputs" is the section's heading


TOPICS = """# Research by topic

Papers are grouped by topic; my name is in **bold** and † marks equal contribution.

### Graph neural networks
- Aylin Demir†, **Tomás Ferreira**†, and Kenji Watanabe. Spectral rewiring for long-range graph learning. *NeurIPS*. [2024]
- **Tomás Ferreira** and Laura Bianchi. Expressive power of subgraph GNNs. *Journal of Machine Learning Research* 23(114):1–42. [2022]
- Kenji Watanabe and **Tomás Ferreira**. Positional encodings for directed graphs. arXiv:2405.11872. [2024]

### Workshop papers
- Aylin Demir and **Tomás Ferreira**. Do graph transformers need positional encodings? *NeurIPS Workshop on Graph Learning*. [2023]
"""


def test_papers_grouped_by_topic_beside_a_named_section_are_read() -> None:
    papers = _read(TOPICS, "topics.md")
    assert [p.year for p in papers] == [2024, 2022, 2024, 2023]
    assert [a.equal_contribution for a in papers[0].authors] == [True, True, False]


BADGES = """<dl>
  <dt>[ICML'24]</dt>
  <dd><b>Meera Iyer</b>, Yusuf Demir, and Karel Novak. Stochastic Frank&ndash;Wolfe without variance reduction. In <i>International Conference on Machine Learning</i>, 2024.</dd>
  <dt>[Math. Prog.'22]</dt>
  <dd><b>Meera Iyer</b> and Daniel Russo. Lower bounds for first-order methods. <i>Mathematical Programming</i>, 195:1–40, 2022.</dd>
</dl>
"""


def test_a_venue_badge_labelling_an_entry_is_no_name() -> None:
    papers = _read(BADGES, "badges.html")
    assert [a.name for a in papers[0].authors] == ["Meera Iyer", "Yusuf Demir", "Karel Novak"]
    assert [a.name for a in papers[1].authors] == ["Meera Iyer", "Daniel Russo"]


def test_and_in_capitals_between_names_in_capitals() -> None:
    paper = pubkit.parse_reference(
        "HALVORSEN, K. E., MBEKI, T. N., AND OSEI, A. (2021): Trade and growth, Econometrica, 89, 1-30."
    )
    assert [a.family for a in paper.authors] == ["HALVORSEN", "MBEKI", "OSEI"]


ORCID = """Works (3)

Pollinator network resilience after grassland restoration depends on landscape context
Journal of Applied Ecology
2024-02 | journal-article
DOI: 10.1111/1365-2664.14588
CONTRIBUTORS: Marta Kowalczyk; Jonas Eriksen
Source: Crossref

Functional trait convergence of plant communities in restored semi-natural grasslands
Ecology Letters
2023-11 | journal-article
DOI: 10.1111/ele.14312
Show more detail
Source: Crossref
"""


def test_a_record_printing_no_names_is_a_paper_without_authors_and_a_warning() -> None:
    bib = pubkit.loads(ORCID, "cv", path="orcid.txt")
    assert [(p.title[:20], p.year, len(p.authors)) for p in bib] == [
        ("Pollinator network r", 2024, 2),
        ("Functional trait con", 2023, 0),
    ]
    assert [(p.line, p.severity.value) for p in bib.problems] == [(10, "warning")]


ASCIIDOC = """== Publications

[bibliography]
- [[[bellini2024]]] M. Ferraro^*^, *C. Bellini*^*^, and R. Osei. Self-healing perovskite films. Advanced Materials. 2024.
- [[[bellini2023b]]] *C. Bellini* and F. Greco. Strain engineering of tin halide perovskites. Phys. Rev. B 107, 045301. 2023.

^*^ Equal contribution.
"""


def test_asciidoc_bibliography_anchors_and_superscript_marks() -> None:
    first, second = _read(ASCIIDOC, "cv.adoc")
    assert [a.name for a in first.authors] == ["M. Ferraro", "C. Bellini", "R. Osei"]
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert [a.name for a in second.authors] == ["C. Bellini", "F. Greco"]


RST = """Publications
============

#. **D. Ferreira** [#eq]_, A. Tanaka [#eq]_, and J. Novák, "Radio continuum sizes of galaxies,"
   *Monthly Notices of the Royal Astronomical Society*, vol. 520, pp. 1234–1250, 2023.
#. M. Oyelaran and **D. Ferreira**, "Spectral ageing of radio relics," *MNRAS*, vol. 512, 2022. Best Student Paper [#]_.

.. [#eq] These authors contributed equally to this work.
.. [#] Royal Astronomical Society prize 2022.
"""


def test_rst_footnotes_on_authors_are_role_marks() -> None:
    first, second = _read(RST, "pubs.rst")
    assert [a.name for a in first.authors] == ["D. Ferreira", "A. Tanaka", "J. Novák"]
    assert [a.equal_contribution for a in first.authors] == [True, True, False]
    assert [a.name for a in second.authors] == ["M. Oyelaran", "D. Ferreira"]


SUP_STARS = """# Publications

<sup>*</sup> Equal contribution.

1. **Youssef El-Amin**<sup>*</sup>, Clara Hoffmann<sup>*</sup>, and Dmitri Volkov. Lattice-based blind signatures. In *CRYPTO 2023*, pp. 312–345. Springer, 2023.
"""


def test_markdown_superscript_stars_are_role_marks_not_emphasis() -> None:
    (paper,) = _read(SUP_STARS, "pubs.md")
    assert [(a.name, a.equal_contribution) for a in paper.authors] == [
        ("Youssef El-Amin", True),
        ("Clara Hoffmann", True),
        ("Dmitri Volkov", False),
    ]


GROUP = """## 2023

- [Vision] **Self-Supervised Point Cloud Completion with Occupancy Priors.** Anke de Vries\\*, Tomás Herrera\\*, Yusuf Demir. *ICCV 2023*. [[PDF](/p.pdf)]
- [NLP] [Multimodal] **Tokenization Methods for Morphologically Rich Languages: A Survey.** Li Wei, Sanne Bakker, Maria Costa. *Transactions of the Association for Computational Linguistics*, 2023.

\\* equal contribution
"""


def test_topic_tags_before_a_bold_title_and_names_after_its_full_stop() -> None:
    first, second = _read(GROUP, "group.md")
    assert first.title == "Self-Supervised Point Cloud Completion with Occupancy Priors"
    assert [a.name for a in first.authors] == ["Anke de Vries", "Tomás Herrera", "Yusuf Demir"]
    assert second.title == "Tokenization Methods for Morphologically Rich Languages: A Survey"


TABULAR = r"""\section*{Journal publications}
\begin{tabular}{ll}
\multirow{2}{*}{2024} & A. Lee, B. Roe. A title about batteries. \emph{Nature Energy} 9, 512--521. \\
 & C. Doe, A. Lee. Another title about cells. \emph{Joule} 3, 4--9. \\
\end{tabular}
"""


def test_a_latex_tables_multirow_year_cell() -> None:
    papers = _read(TABULAR, "cv.tex")
    assert [p.year for p in papers] == [2024, 2024]


ORG_YEARS = """#+TITLE: Aoife Ní Bhriain

* News
- [2024-05-02 Thu] Our paper on mutation is out in /Language/!

* Things I wrote
** 2024
- *Ní Bhriain, Aoife* & Ciarán Ó Dónaill. Initial consonant mutation as morphology: Evidence from child Irish. /Language/ 100(2). 301–339.
** 2023
- *Ní Bhriain, Aoife*. The syntax of copular clauses in Connacht Irish. /Natural Language & Linguistic Theory/ 41(3). 1021–1066.
- Kowalczyk, Marta & *Aoife Ní Bhriain*. Prosodic phrasing and verb-initial order. /Glossa: a journal of general linguistics/ 8(1). 1–34.

* Posters
- *Ní Bhriain, Aoife*. Mutation and morphology. LSA Annual Meeting, 2023.
"""


def test_papers_under_year_headlines_of_a_section_no_word_names() -> None:
    papers = _read(ORG_YEARS, "notes.org")
    assert [p.year for p in papers] == [2024, 2023, 2023]  # the year from the headline; no poster


CARDS_BESIDE_A_LIST = """<html><body><h1>Valtonen Lab</h1>
<h2>Highlights</h2>
<div class="highlights">
  <div class="pub-card">
    <div class="pub-title">Thalamic gating of visual flow signals during running</div>
    <div class="pub-authors">Abebe S, Kurz M, <b>Valtonen H</b></div>
    <div class="pub-venue"><i>Nat Neurosci</i> (2024)</div>
  </div>
</div>
<h2>Output</h2>
<h3>Journal articles</h3>
<ol><li>Valtonen H, Ohta R. Visual flow and locomotor speed are integrated in retrosplenial cortex. Cell Rep. 2020;31:107512.</li></ol>
</body></html>
"""


def test_cards_under_an_unnamed_section_beside_a_publication_list() -> None:
    papers = _read(CARDS_BESIDE_A_LIST, "lab.html")
    assert [(p.title[:20], p.year) for p in papers] == [
        ("Thalamic gating of v", 2024),
        ("Visual flow and loco", 2020),
    ]


HANGING = r"""\section*{Books}
\noindent\hangindent=2em \textbf{Wierzbicki, Tomasz}. \textit{The Merchant Republic: Gda\'nsk and the Baltic Grain Trade}. Cambridge: Cambridge University Press, 2019.

\noindent\hangindent 2em\hangafter=1 Wierzbicki, Tomasz. ``The Grain Trade in Crisis.'' \textit{Past \& Present} 240 (2018): 1--30.
"""


def test_a_latex_length_set_before_an_entry_is_no_text() -> None:
    first, second = _read(HANGING, "cv.tex")
    assert [a.name for a in first.authors] == ["Tomasz Wierzbicki"]
    assert [a.name for a in second.authors] == ["Tomasz Wierzbicki"]
    assert second.year == 2018


NOISE = """Publications

➢ Okafor, C.\u200b, & Lee, A. (2021). Single-\u200bcell atlases of the ageing kidney. Nature Aging, 1(3), 210–222.
• Lee, A., & Okafor, C. (2020). Compres\u00ad
  sive sensing for spatial transcriptomics. Genome Biology, 21, 88.
"""


def test_invisible_characters_and_an_arrow_bullet() -> None:
    first, second = _read(NOISE, "noise.txt")
    assert first.title == "Single-cell atlases of the ageing kidney"
    assert second.title.startswith("Compressive sensing")


DASHES = """– Marchetti, Sofia; Yamamoto, Kenji — “Silk Merchants and Consular Power in Treaty-Port Japan” — Journal of Global History 18, no. 3 (2023): 377–399.
– Ferri, Luca; Marchetti, Sofia — “The Sericulture Crisis and Italian Silk” — Economic History Review 75, no. 2 (2022): 401–425.
"""


def test_dashes_between_the_fields_of_a_citation() -> None:
    first, second = _read(DASHES, "dashes.txt")
    assert [v.name for v in first.venues] == ["Journal of Global History"]
    assert [a.name for a in second.authors] == ["Luca Ferri", "Sofia Marchetti"]


WRAPPED = """Publications

Duranton, G., and M. Okafor (2021). "Subways and Urban Growth: Evidence from
    Earth." Journal of Urban Economics 124, 103345.
    [PDF] [BibTeX]
Okafor, M. (2019). "Highways and the Spatial Distribution of Jobs in Lagos."
    Review of Economic Studies 86(4), 1712-1750.
    [PDF] [BibTeX]
"""


def test_a_wrapped_citation_over_its_buttons_is_no_card() -> None:
    first, second = _read(WRAPPED, "cv.txt")
    assert first.venue is not None and first.venue.name == "Journal of Urban Economics"
    assert second.venue is not None and second.venue.name == "Review of Economic Studies"


HANGING_TEXT = """Articles in refereed journals
-----------------------------

Fenwick, Clare, and Pierre Dumas, ‘Maupassant’s Normandy: Landscape and Property’, Nineteenth-Century French
    Studies, 51 (2023), 233–54
Fenwick, Clare, ‘The Provincial Letter in Balzac’, Modern Language Review, 114
    (2019), 45–67
Okafor BC, Halvorsen I. 2020. A low-cost time-lapse camera system for flower visitation. Methods Ecol Evol.
    11(2):290-297.
Halvorsen I. 2019. Seed bank persistence under experimental warming. Arct Antarct Alp Res. 51(1):88-99.
"""


def test_a_hanging_indent_parts_wrapped_citations_with_no_blank_line() -> None:
    papers = _read(HANGING_TEXT, "cv.txt")
    assert [p.year for p in papers] == [2023, 2019, 2020, 2019]


DEFINITIONS = """<DL>
<DT><B>Pseudorandom generators for read-once branching programs</B>
<DD>Ilse Vandermeer, Rajeev Subramanian, and David K. Osei.<BR>
In <I>Proc. 34th ACM Symp. on Theory of Computing (STOC '02)</I>, Montr&eacute;al, May 2002.<BR>
[<A HREF="papers/stoc02.pdf">pdf</A>]
<P>
<DT><B>Extractors with logarithmic seed length and their applications</B>
<DD>Rajeev Subramanian.<BR>
<I>Proceedings of the 16th Annual IEEE Conference on Computational Complexity (CCC)</I>, pp. 77-89, 2001.<BR>
</DL>
"""


def test_an_unclosed_term_and_its_definition_are_one_entry() -> None:
    first, second = _read(DEFINITIONS, "papers.html")
    assert first.title == "Pseudorandom generators for read-once branching programs"
    assert [a.name for a in second.authors] == ["Rajeev Subramanian"]


STATUS_HEADING = """Hartmann, R. L. (2017). Effort, age, and the costs of control. Trends in Cognitive Sciences, 21(4), 250–252.

In Press and Under Review
Hartmann, R. L., & Patel, S. (in press). Reward learning across the lifespan: A meta-analysis.
    Psychological Bulletin.
Okafor, C. N., & Hartmann, R. L. (2024). Distractor suppression in adolescents. Manuscript submitted for
    publication.
"""


def test_a_status_heading_right_above_its_entries() -> None:
    papers = _read(STATUS_HEADING, "cv.txt")
    assert [p.title[:20] for p in papers] == [
        "Effort, age, and the",
        "Reward learning acro",
        "Distractor suppressi",
    ]


YEAR_COLUMN = """Publications
2023  Okoro, Daniel, and Laura Schenk. “Minimum Wages and Informal Employment: Evidence from
      Brazil.” American Economic Review 113 (6): 1512–48.
2019  Schenk, Laura, and Daniel Okoro. “Pay Transparency and Gender Gaps.” Economic Journal 129 (622): 2411–39.
      Okoro, Daniel. “Informal Insurance Networks and Funeral Societies.” Journal of Development
      Economics 139: 40–58.
"""


def test_a_year_column_of_spaces_before_wrapped_entries() -> None:
    papers = _read(YEAR_COLUMN, "cv.txt")
    assert [(p.title[:20], p.year) for p in papers] == [
        ("Minimum Wages and In", 2023),
        ("Pay Transparency and", 2019),
        ("Informal Insurance N", 2019),  # the year cell left blank: the year above
    ]
