"""Notes under entries, legends in other languages and the edges of titles the twenty-seventh session's
rounds found: an abstract under an undated preprint, a block quote under an entry, a wrapped title, a
status before its journal, a thesis's degree after the title."""

from __future__ import annotations

from pathlib import Path

from conftest import author_names, read_file

import pubkit
from pubkit import Status


def _venue(paper: pubkit.Paper) -> str | None:
    return paper.venue.name if paper.venue else None


def test_an_undated_preprint_with_an_abstract_is_read_not_dropped(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "page.html",
        "<h1>Marcus O. Adeyemi</h1><h2>Preprints</h2><ol>\n"
        "<li><u>M. O. Adeyemi</u>, L. Brenner, and S. Takahashi, Edge universality for sparse non-Hermitian "
        'random matrices, <a href="https://arxiv.org/abs/2406.11820">arXiv:2406.11820</a> [math.PR].\n'
        "<p><em>Abstract:</em> We prove that the spectral radius of a sparse i.i.d. matrix has Gumbel "
        "fluctuations after the natural rescaling, matching the dense Ginibre case.</p></li>\n"
        "<li><u>M. O. Adeyemi</u> and R. Castellano, Local law for the Kronecker random matrix ensemble, "
        "Electron. J. Probab. <strong>28</strong>, 1871 (2023).</li></ol>\n",
    )
    first, second = bib.papers
    assert first.title == "Edge universality for sparse non-Hermitian random matrices"
    assert first.identifiers.arxiv == "2406.11820"
    assert second.year == 2023  # (its page, 1871, is no year)


def test_legends_in_korean_japanese_turkish_and_portuguese_give_student_marks(tmp_path: Path) -> None:
    for legend, name in [
        ("‡ = 지도 대학원생, ^ = 지도 학부생(학부연구생).", "Minsu Kim‡"),
        ("凡例: ‡ = 指導大学院生、^ = 指導学部生（卒業研究）。", "Minsu Kim‡"),
        ("Açıklama: ‡ danışmanlığımdaki lisansüstü öğrenci; ^ lisans öğrencisi.", "Minsu Kim‡"),
        ("Legenda: ^ orientando(a) de mestrado; ‡ aluno(a) de iniciação científica (IC).", "Minsu Kim‡"),
    ]:
        bib = read_file(
            tmp_path,
            "cv.md",
            f"# Jieun Lee\n\n## Publications\n\n{legend}\n\n"
            f"1. **Jieun Lee**, {name}, and Sora Choi^. 2022. Prosodic cues to honorific particles in Seoul "
            "Korean. *Phonetics and Speech Sciences* 14, 3 (2022), 1–12.\n",
        )
        assert len(bib.papers) == 1
        assert not [p for p in bib.problems if "legend" in p.message], legend  # (the marks are understood)


def test_a_vietnamese_legend_sentence_beside_a_dated_line(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Nguyễn Thị Thủy\n\n## Công bố\n\n"
        "Ghi chú: tên tác giả được **in đậm**; † các tác giả đóng góp ngang nhau (đồng tác giả thứ nhất).\n"
        "Số trích dẫn lấy từ Google Scholar (cập nhật tháng 8/2024).\n\n"
        "1. V. D. Tran†, **T. T. Nguyen**†, T. L. Pham. Field safety of a live vaccine in pigs. "
        "*Vaccine* 41 (2023) 112–120.\n",
    )
    (paper,) = bib.papers
    assert [a.equal_contribution for a in paper.authors] == [True, True, False]


def test_a_title_wrapped_at_a_break_goes_on_to_its_full_stop(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Jieun Lee\n\n## Publications\n\n"
        "1. Minsu Kim, **Jieun Lee**, and Daniel Ortiz. 2024. KoHonor: A Benchmark for<br>\n"
        "   Honorific-Aware Generation in Korean. In *Proceedings of the 62nd Annual Meeting of the "
        "Association for Computational Linguistics*. 8812–8826.\n"
        "2. Radek Bláha and **Jieun Lee**. 2023. Creep of additively manufactured<br>\n"
        "   Inconel 939 in the as-built and heat-treated state. *Metals* 9, 7 (2023), 781.\n",
    )
    first, second = bib.papers
    assert first.title == "KoHonor: A Benchmark for Honorific-Aware Generation in Korean"
    assert (
        second.title == "Creep of additively manufactured Inconel 939 in the as-built and heat-treated state"
    )
    assert _venue(second) == "Metals"


def test_an_italic_title_is_not_cut_where_the_labeller_saw_a_venue(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "page.html",
        "<h1>Haruka Yamamoto</h1><h2>Preprints</h2><ol>\n"
        "<li>Mio Sakaguchi, Haruka Yamamoto &amp; Takeshi Onodera, <em>A Machine-Learning Emulator for Sea "
        "Surface Height in the Kuroshio Region</em> (arXiv Preprint No. 2406.12345, 2024).</li>\n"
        "<li>Haruka Yamamoto &amp; Mio Sakaguchi, <em>Subsurface Warming of the Kuroshio Extension</em>, 129 "
        "J. Geophys. Res. 1123 (2024).</li></ol>\n",
    )
    assert bib.papers[0].title == "A Machine-Learning Emulator for Sea Surface Height in the Kuroshio Region"


def test_a_status_then_its_journal_end_the_entry(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# R. T. de Almeida\n\n## Publicações\n\n"
        "1. L. F. Moraes, **R. T. de Almeida** e J. Eckermann, Short-range order in CrCoNi-based alloys from "
        "first principles, submetido à Phys. Rev. Mater.\n\n"
        "2. G. S. Pereira e **R. T. de Almeida**, Efeito da adição de Nb na liga CoCrFeNi, em revisão no "
        "J. Alloys Compd.\n\n"
        "3. **R. T. de Almeida**, L. F. Moraes. Is the Faraday screen turbulent? 已提交 ApJ (submitted).\n",
    )
    first, second, third = bib.papers
    assert (first.title, _venue(first), first.status) == (
        "Short-range order in CrCoNi-based alloys from first principles",
        "Phys. Rev. Mater.",
        Status.SUBMITTED,
    )
    assert (_venue(second), second.status) == ("J. Alloys Compd.", Status.UNDER_REVIEW)
    assert (third.title, _venue(third), third.status) == (
        "Is the Faraday screen turbulent?",
        "ApJ",
        Status.SUBMITTED,
    )


def test_a_thesis_degree_after_the_title_and_a_markdown_quote_under_an_entry(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Chiara Benedetti\n\n## Tesi\n\n"
        "**[2]** Benedetti C. | Cure infermieristiche mancate nei reparti di medicina: uno studio "
        "multicentrico | Tesi di Dottorato in Scienze Infermieristiche (XXXI ciclo), Università degli Studi "
        'di Roma "Tor Vergata" | 2019\n'
        "> **Abstract.** Obiettivo: sintetizzare le evidenze sul burnout (PRISMA 2020) su PubMed, CINAHL e "
        "Scopus; 24 studi inclusi.\n",
    )
    (paper,) = bib.papers  # (the quoted abstract is a note on it, no paper)
    assert paper.title == "Cure infermieristiche mancate nei reparti di medicina: uno studio multicentrico"
    assert paper.venue is not None and paper.venue.kind is pubkit.VenueKind.THESIS


def test_rst_a_number_continuing_a_sentence_and_a_quoted_note(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.rst",
        "Elif Karaaslan\n==============\n\nKitap bölümleri\n---------------\n\n"
        "**[4]** :u:`Karaaslan E` | Antidepresan ilaçlar | İçinde: Aydın S, Kaplan M (Ed.), *Temel ve Klinik "
        "Farmakoloji*,\n3. baskı | Ankara: Nobel Tıp Kitabevleri | 2022; s. 345–362\n\n"
        "**[3]** Karaaslan E, Tuncer M | Sex differences in ketamine responses in rats | Behavioural Brain "
        "Research | 2021; 402: 113094\n\n"
        "   *Not:* Dergi kapağında yer almıştır (Cilt 402, Mart 2021).\n",
    )
    chapter, article = bib.papers
    assert (chapter.title, author_names(chapter), _venue(chapter)) == (
        "Antidepresan ilaçlar",
        ["Karaaslan E"],
        "Temel ve Klinik Farmakoloji",
    )
    assert article.title == "Sex differences in ketamine responses in rats"
    assert len(bib.papers) == 2  # (the note is no paper, nor "3. baskı" an entry)


def test_a_heading_in_capitals_with_an_aside_ends_the_publications(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "PRIYA RAGHUNATHAN\n\nPUBLICATIONS\n\n"
        "- P Raghunathan, H Amsel. Quiescent galaxies at z=5. ApJ 960, 12 (2024).\n\n"
        "INVITED TALKS AND COLLOQUIA (not papers)\n"
        '2024  "The first quiescent galaxies," Astronomy Colloquium, Caltech\n'
        '2023  "Quenching at cosmic dawn with COSMOS-Web," AAS 241 Meeting, Seattle (plenary)\n',
    )
    assert [p.title for p in bib.papers] == ["Quiescent galaxies at z=5"]


def test_venue_first_names_after_the_last_dash(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\section*{Publikace}\n\\begin{enumerate}\n"
        "\\item[1.] \\textbf{Oceanologia}, 2016, 58(4), 276--289 --\n"
        "  \\emph{Suspended sediment concentration in a glacier-fed bay}. --\n"
        "  Sobczak, I., \\textit{Horáková, T.}, Kowalski, M., Dvořák, K.\\\\\n  citováno 21×\n"
        "\\item[2.] \\textbf{Univerzita Karlova}, Praha, 2020 -- disertační práce --\n"
        "  \\emph{Oceanografické procesy v arktických fjordech}. --\n  \\textit{Horáková, T.}\\\\\n"
        "\\end{enumerate}\n",
    )
    article, thesis = bib.papers
    assert author_names(article) == ["I. Sobczak", "T. Horáková", "M. Kowalski", "K. Dvořák"]
    assert thesis.title == "Oceanografické procesy v arktických fjordech"


def test_chinese_title_after_latin_names_and_a_full_width_aside(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# 李明轩\n\n## 期刊论文\n\n"
        "- (2023) Wu, K., Sun, Q., Liang, Y., et al.（本人为第 7 作者）The FAST Northern-sky Pulsar Survey. "
        "RAA, 23, 045012.\n"
        "- (2022) Li, M., Wang, H. 基于FAST的脉冲星偏振定标方法研究. 天文学报, 63(4), 38.\n",
    )
    first, second = bib.papers
    assert first.title == "The FAST Northern-sky Pulsar Survey"
    assert (second.title, _venue(second)) == ("基于FAST的脉冲星偏振定标方法研究", "天文学报")


def test_mla_editors_after_organizado_por_are_no_authors(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Mariana F. Alves\n\n## Capítulos\n\n"
        '- Alves, Mariana F., e Eduardo V. Sampaio. "Canabinoides e transtornos de ansiedade." '
        "*Psicofarmacologia: fundamentos e prática clínica*, organizado por Helena K. Watanabe e Daniel O. "
        "Queiroz, 2ª ed., Artmed, 2023, pp. 233–56.\n",
    )
    (paper,) = bib.papers
    assert author_names(paper) == ["Mariana F. Alves", "Eduardo V. Sampaio"]


def test_bluebook_journals_in_cyrillic_and_of_one_word(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Anna V. Kuznetsova\n\n## Статьи\n\n"
        "- А. В. Кузнецова и Д. С. Орлов, *Каталитическая активность комплексов Pd(II)*, 72 Изв. АН. Сер. "
        "хим. 1540 (2023).\n"
        "- Anna V. Kuznetsova & Pavel A. Belov, *Nickel–NHC Complexes Bearing Hemilabile Pyridyl Arms*, 40 "
        "Organometallics 2345 (2021).\n"
        "- Pavel A. Belov & Anna V. Kuznetsova, *“Cocktail”-Type Catalysis with Pd–NHC Complexes*, 61 Angew. "
        "Chem. Int. Ed. e202203312 (2022).\n",
    )
    first, second, third = bib.papers
    assert (first.title, _venue(first)) == (
        "Каталитическая активность комплексов Pd(II)",
        "Изв. АН. Сер. хим",
    )
    assert _venue(second) == "Organometallics"
    assert third.title == "“Cocktail”-Type Catalysis with Pd–NHC Complexes"


def test_bluebook_brackets_after_a_styled_title(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Katharina Vogelsang\n\n## Veröffentlichungen\n\n"
        "- Katharina Vogelsang, *Normative Gründe und die Autorität des Rechts* (Mohr Siebeck 2022).\n"
        "- Katharina Vogelsang, *Normative Kraft ohne Zwang* (Bochumer Arbeitspapiere zur "
        "Rechtsphilosophie Nr. 7, 2020).\n"
        "- Katharina Vogelsang & Mira Osterkamp, *Zwei Begriffe der Verbindlichkeit* (eingereicht; "
        "Manuskript auf Anfrage).\n",
    )
    book, paper, submitted = bib.papers
    assert (dict(book.extra).get("publisher"), book.year) == ("Mohr Siebeck", 2022)
    assert (paper.title, _venue(paper), paper.year) == (
        "Normative Kraft ohne Zwang",
        "Bochumer Arbeitspapiere zur Rechtsphilosophie",
        2020,
    )
    assert (submitted.title, submitted.status) == ("Zwei Begriffe der Verbindlichkeit", Status.SUBMITTED)


def test_a_swedish_chapter_and_an_abnt_event_with_its_proceedings_title(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Emma Sandqvist\n\n## Publikationer\n\n"
        "1. E. Sandqvist, Detecting structural variants from long reads, i *Structural Variation Analysis: "
        "Methods and Protocols*, redigerad av A. Berg och K. Nyström (Humana Press, New York, 2024), "
        "s. 45–67.\n"
        "2. LOPES, J. V.; SANDQVIST, E. Overheating risk in social housing. In: PLEA CONFERENCE, 36., 2022, "
        "Santiago. Will Cities Survive? Proceedings [...]. Santiago: PLEA, 2022.\n",
    )
    chapter, paper = bib.papers
    assert (chapter.title, _venue(chapter)) == (
        "Detecting structural variants from long reads",
        "Structural Variation Analysis: Methods and Protocols",
    )
    assert _venue(paper) == "PLEA CONFERENCE"


_PDF_APA = """MARIANA C. VASCONCELOS

PRODUÇÃO BIBLIOGRÁFICA

Artigos publicados em periódicos
Vasconcelos, M. C., Duarte, L. F., & Quintela, R. S. (2023). Regulação emocional e
sintomas de ansiedade em adolescentes brasileiros. Psicologia: Reflexão e Crítica, 36(1),
Artigo 14. https://doi.org/10.1186/s41155-023-
00254-x
Albuquerque, T. R., & Vasconcelos, M. C. (2022). Validity evidence for the Brazilian
version of the ERQ-CA. Avaliação Psicológica, 21(2), 145–156.

Capítulos de livros
Vasconcelos, M. C., & Duarte, L. F. (2022). Avaliação da regulação emocional na
adolescência. In R. M. Bastos (Org.), Psicologia clínica (pp. 77–98). Artmed.
"""


def test_pdf_text_section_names_over_apa_entries_with_no_blank_line(tmp_path: Path) -> None:
    bib = read_file(tmp_path, "cv.txt", _PDF_APA)
    assert [p.year for p in bib.papers] == [2023, 2022, 2022]
    assert bib.papers[1].title == "Validity evidence for the Brazilian version of the ERQ-CA"


def test_kind_headings_over_given_name_first_entries_in_pdf_text(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "REBECCA L. OSTRANDER\n\nPUBLICATIONS\n\nBooks\nREBECCA L. OSTRANDER, DISCIPLINE AND DUE PROCESS IN "
        "AMERICAN PUBLIC SCHOOLS (Harv. Educ.\nPress 2022).\n\nArticles\nRebecca L. Ostrander, Restorative "
        "Justice as Procedural Due Process, 50 J.L. & Educ. 201\n(2021).\n",
    )
    assert [a.name.lower() for p in bib.papers for a in p.authors] == ["rebecca l. ostrander"] * 2
    assert all(p.owner is not None for p in bib.papers)


def test_a_gost_record_goes_on_after_its_dash_and_a_comma_listed_japanese_legend(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "gyoseki.txt",
        "佐藤 健\n\n‡ = 指導している博士課程学生、^ = 指導した修士・学部学生（当時）。\n\n"
        "■ 査読付き学術論文\n\n"
        "Sato, K. Bayesian small area estimation with spatially varying shrinkage / K. Sato,\n"
        "H. Ikeda‡ // Journal of the Royal Statistical Society: Series C. –\n"
        "2024. – Vol. 73, No. 2. – P. 389–410.\n\n"
        "Sato, K. Posterior consistency for areal data / K. Sato, R. Mori^ // Bernoulli. – 2020.\n",
    )
    first, _ = bib.papers
    assert (first.title, first.year) == (
        "Bayesian small area estimation with spatially varying shrinkage",
        2024,
    )
    assert not [p for p in bib.problems if "legend" in p.message]


def test_a_capitalised_russian_owner_with_a_patronymic_owns_the_initialled_names(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "СОКОЛОВА ЕКАТЕРИНА АНДРЕЕВНА\nкандидат психологических наук\n\nПУБЛИКАЦИИ\n\n"
        "1. Соколова, Е.А. (2023) ‘Феномен «ага-переживания»: обзор’, Психологический журнал, 44(2), "
        "с. 5–17.\n"
        "2. Морозова, Л.Н., Соколова, Е.А. (2021) ‘Инсайт и уверенность’, Вопросы психологии, 67(2), "
        "с. 40–52.\n",
    )
    assert [p.owner.name if p.owner else None for p in bib.papers] == ["Е.А. Соколова", "Е.А. Соколова"]


def test_moderncv_year_column_before_a_bold_venue_and_numbered_paragraphs_under_a_heading(
    tmp_path: Path,
) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\section{Publicaties}\n"
        "\\cvitem{2024}{\\textbf{A\\&A} 683, A45 -- \\emph{Extended HI discs around nearby spirals} -- "
        "\\underline{van der Linden, S.}\\,(c), Bakker, J.~M., de Graaf, M.}\n"
        "\\cvitem{2023}{\\textbf{MNRAS} 520, 4410--4427 -- \\emph{The baryonic Tully--Fisher relation at the "
        "low-mass end} -- Mulder, E., \\underline{van der Linden, S.}, Bakker, J.~M.}\n",
    )
    first, second = bib.papers
    assert (first.title, _venue(first), first.year) == (
        "Extended HI discs around nearby spirals",
        "A&A",
        2024,
    )
    assert [a.name for a in first.authors] == ["S. van der Linden", "J. M. Bakker", "M. de Graaf"]
    assert _venue(second) == "MNRAS"
    page = read_file(
        tmp_path,
        "page.html",
        "<h1>Eleanor J. Marsh</h1><h2>Publications</h2><p>[6] Eleanor J. Marsh, Hannah Price: Supramolecular "
        "strategies in photoredox catalysis. ACS Catal. 12: 9876-9885 (2022)</p>"
        "<h3>Postdoctoral &amp; PhD work</h3><p>[5] Julien Moreau, Eleanor J. Marsh: Reductive CO2 fixation. "
        "Nat. Chem. 13: 1120-1128 (2021)</p><p>[4] Eleanor J. Marsh, Julien Moreau: A water-soluble "
        "acridinium photocatalyst. Chem. Commun. 57: 3345-3348 (2021)</p>",
    )
    assert len(page.papers) == 3 and not page.problems


def test_dblp_records_in_plain_text_one_name_and_a_wrapped_year(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "森本 健太 (Kenta Morimoto)\n\n■ 国際会議論文（査読付き）\n\n"
        "Haruka Nishida, Kenta Morimoto: Transfer learning for displacement estimation of railway\n"
        "bridges from smartphone videos. 17th World Conference on Earthquake Engineering (17WCEE)\n"
        "2021  [PDF] [Slides]\n\n■ 学位論文\n\n"
        "Kenta Morimoto: Vision-based structural health monitoring of steel bridges using deep\n"
        "learning. 博士論文, 京都大学 2019  [PDF]\n\n"
        "森本 健太, 西田 遥, 河村 剛: 深層学習を用いた画像計測による鋼橋の疲労き裂検出.\n"
        "土木学会論文集A1 78(4): 123-134 (2022)  [PDF]\n",
    )
    assert [p.year for p in bib.papers] == [2021, 2019, 2022]  # (none dropped, no "2021" entry)
    assert [a.name for a in bib.papers[2].authors] == ["森本 健太", "西田 遥", "河村 剛"]


def test_a_bold_year_paragraph_in_latex_dates_the_list_under_it(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\section{Pubblicazioni}\n\\textbf{2024}\n\\begin{itemize}\n"
        "\\item Zanetti P., \\textbf{Marchetti G.} | Record-breaking dense water formation in the northern "
        "Adriatic | \\textit{Geophysical Research Letters}, 51, e2023GL106512\n\\end{itemize}\n\n"
        "\\textbf{2023}\n\\begin{itemize}\n\\item \\textbf{Marchetti G.}, Zanetti P. | Decadal reversals of "
        "the North Ionian Gyre | \\textit{Journal of Geophysical Research: Oceans}, 128(4), e2022JC019301\n"
        "\\end{itemize}\n",
    )
    assert [p.year for p in bib.papers] == [2024, 2023]


def test_dblp_names_with_student_marks_and_an_indonesian_legend(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "page.html",
        "<h1>Andi S. Nugroho</h1><h2>Publikasi</h2><p><b>Keterangan:</b> nama dengan tanda <b>^</b> = "
        "mahasiswa S1 bimbingan saya.</p><ol>"
        "<li>Andi S. Nugroho, Dimas Aryo Saputro^: Analisis kegagalan pipa superheater boiler PLTU. "
        "<i>Jurnal Sains Materi Indonesia</i> 19(3): 101-108 (2018)</li>"
        "<li>Andi S. Nugroho, Yoga Pratama^, Fakhri Anwar^: Hardness of Al-Si-Mg alloy after T6 heat "
        "treatment. AIP Conference Proceedings 2187: 020012 (2019)</li></ol>",
    )
    first, second = bib.papers
    assert [a.name for a in first.authors] == ["Andi S. Nugroho", "Dimas Aryo Saputro"]
    assert [a.name for a in second.authors] == ["Andi S. Nugroho", "Yoga Pratama", "Fakhri Anwar"]
    assert not [p for p in bib.problems if "legend" in p.message]


def test_quoted_entries_under_a_short_line_stay_entries(tmp_path: Path) -> None:
    """A quote under an entry is its note; under a short line that introduces a list, an entry."""
    markdown = read_file(
        tmp_path,
        "cv.md",
        "# Jane Doe\n\nPublications\n> Jane Doe. Deep nets for cats. Nature 12, 2020.\n\n"
        "> Jane Doe. Shallow nets. Science 3, 2021.\n",
    )
    rst = read_file(
        tmp_path,
        "cv.rst",
        "Jane Doe\n========\n\nSelected works:\n\n   Jane Doe. Deep nets for cats. Nature 12, 2020.\n\n"
        "   Jane Doe. Shallow nets. Science 3, 2021.\n\nMore, introduced by a colon:\n"
        "1. Jane Doe. Wide nets. Cell 4, 2019.\n",
    )
    assert [p.year for p in markdown.papers] == [2020, 2021]
    assert [p.year for p in rst.papers] == [2020, 2021, 2019]


def test_talks_without_publication_are_no_papers_in_russian_and_italian(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "page.html",
        "<h1>Белова Ксения Андреевна</h1><h2>Публикации</h2><ol><li>Белова, К. А. Регулирование "
        "генеративного ИИ. <i>Закон</i>. 2023. № 4. С. 12–25.</li></ol>"
        "<h3>Выступления (без публикации)</h3><ul><li>Белова, К. А. Искусственный интеллект в судебной "
        "системе. Петербургский международный юридический форум (2023).</li></ul>"
        "<h3>Interventi e conferenze (senza pubblicazione)</h3><ul><li>Belova, K. La soglia come progetto. "
        "Lezione invitata, Mendrisio (2024).</li></ul>",
    )
    assert len(bib.papers) == 1
