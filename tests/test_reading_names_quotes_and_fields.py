"""Names, quotes and fields the twenty-eighth session's rounds found read wrong: Korean statuses and
Hangul names, Polish LaTeX quotes, names joined by a language's "and" before a colon, records in
fields set apart by bars, a series' bracket after a meeting's acronym, notes keyed under entries."""

from __future__ import annotations

from pathlib import Path

from conftest import author_names, read_file

from pubkit import Status


def test_korean_statuses_and_hangul_names_before_the_title(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# 김서연 (Seoyeon Kim)\n\n## 연구 실적\n\n본인은 *기울임체*로 표시.\n\n"
        "- (게재 승인) *Kim, S.*, Choi, M., & Lee, J. Momentary emotion regulation flexibility and "
        "depressive symptoms. *Behaviour Research and Therapy*.\n"
        "- (수정 후 재심사) *김서연*, 이하늘. 한국판 반추 반응 척도 단축형의 타당화. "
        "*한국심리학회지: 임상*.\n"
        "- (2024) 정다은, *김서연*. 대학생의 자기자비와 우울: 반추의 매개효과. *한국심리학회지: 임상*, "
        "10(1), 45-68.\n"
        "- (2022) *김서연*. 정서조절과 우울. 이민규 (편), *임상심리학의 최신 동향* (pp. 201-228). 학지사.\n",
    )
    accepted, revising, dated, chapter = bib.papers
    assert accepted.status is Status.ACCEPTED and author_names(accepted)[0] == "S. Kim"
    assert revising.status is Status.UNDER_REVIEW
    assert author_names(revising) == ["김서연", "이하늘"] and revising.title.startswith("한국판")
    assert author_names(dated) == ["정다은", "김서연"] and dated.title.startswith("대학생의")
    assert author_names(chapter) == ["김서연"] and chapter.title == "정서조절과 우울"
    assert chapter.venue is not None and chapter.venue.name == "임상심리학의 최신 동향"


def test_korean_abnt_names_parted_by_semicolons(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.org",
        "* 연구업적\n** 국내 학술지\n"
        "- 이정민; 최현정. 소양강 상류 냉수성 어류 서식지의 여름철 수온 변동. "
        "*한국환경생태학회지*, v. 39, 2025.\n"
        "- 이정민; 윤주덕. *DMZ 하천의 물고기*. 서천: 국립생태원, 2020. 212 p.\n",
    )
    article, book = bib.papers
    assert author_names(article) == ["이정민", "최현정"]
    assert article.title == "소양강 상류 냉수성 어류 서식지의 여름철 수온 변동"
    assert article.venue is not None and article.venue.name == "한국환경생태학회지"
    assert author_names(book) == ["이정민", "윤주덕"] and book.title == "DMZ 하천의 물고기"


def test_polish_latex_quotes_and_a_mark_between_the_names(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\section{Publikacje}\n✉ lub (c) -- autor korespondencyjny.\n\\begin{itemize}\n"
        "\\item Dąbrowska-Lis, Marta (c), i Karolina Wróbel. ,,Thermal Comfort in Retrofitted Large-Panel\n"
        "Buildings''. \\textit{IOP Conference Series} 1203 (2021): 032045.\n"
        "\\item Dąbrowska-Lis, Marta, i Piotr Zawadzki. ,,Retrofitting the Socialist City''. W "
        "\\textit{Post-Socialist Housing in Transition}, red. Irena Horvat i Jakub Novák, 211--32. "
        "Cham: Springer, 2022.\n"
        "\\item Weber, Anna. \\glqq Deutsche Titel\\grqq. \\textit{Zeitschrift} 3 (2020): 1--2.\n"
        "\\end{itemize}\n",
    )
    marked, chapter, german = bib.papers
    assert marked.title == "Thermal Comfort in Retrofitted Large-Panel Buildings"
    assert author_names(marked) == ["Marta Dąbrowska-Lis", "Karolina Wróbel"]
    assert marked.authors[0].corresponding  # ("(c)" has the legend "✉ lub (c)")
    assert chapter.venue is not None and chapter.venue.name == "Post-Socialist Housing in Transition"
    assert german.title == "Deutsche Titel"
    assert not bib.problems


def test_names_joined_by_a_languages_and_before_a_colon(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "page.html",
        "<html><head><title>Publicatielijst S. Verhoeven</title></head><body><h1>Sanne Verhoeven</h1>\n"
        "<p>Hieronder staat mijn publicatielijst (bijgewerkt: februari 2024).</p>\n<h2>2024</h2>\n"
        "<p><u>Sanne Verhoeven</u>, Rik Jansen en Marloes Oosterhout: Holocene peat compaction as a driver "
        "of subsidence. <i>Geophysical Research Letters</i> 51 (2024).</p>\n"
        "<p>Lotte van Dijk, <u>Sanne Verhoeven</u>, Esther Hoekstra en Kim M. de Groot: A 3D voxel model "
        "of Holocene peat thickness. <i>Netherlands Journal of Geosciences</i> 103 (2024).</p>\n"
        "<h1>Presentaties (selectie)</h1>\n<p>Uitgenodigde lezing, NAC, Utrecht, 2023: ‘Veen als "
        "tijdbom?’. [Slides]</p></body></html>\n",
    )
    first, second = bib.papers  # (the introduction and the talk are no papers)
    assert author_names(first) == ["Sanne Verhoeven", "Rik Jansen", "Marloes Oosterhout"]
    assert first.title == "Holocene peat compaction as a driver of subsidence"
    assert author_names(second)[2:] == ["Esther Hoekstra", "Kim M. de Groot"]
    assert second.title == "A 3D voxel model of Holocene peat thickness"


def test_a_moderncv_record_in_fields_set_apart_by_bars(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\documentclass{moderncv}\n\\name{Zeynep}{Aksoy}\n\\begin{document}\n\\makecvtitle\n"
        "\\section{Araştırma Alanları}\n\\cvitem{}{Makroekonomi, para politikası.}\n"
        "\\section{Yayınlar}\n"
        "\\cvitem{2022}{\\textbf{Syrian Refugees and the Informal Employment of Natives} | M. Demir ve "
        "Z. Aksoy | \\textit{Journal of Population Economics} 35(4): 1487--1521}\n"
        "\\cvitem{}{\\small\\textit{Özet:} Firmaların enflasyon beklentileri daha hızlı güncelleniyor.}\n"
        "\\cvitem{2017}{\\textbf{Göç, Ücretler ve Bölgesel Eşitsizlik} | Z. Aksoy | \\textit{Ekonomi-tek} "
        "6(2): 1--28}\n\\end{document}\n",
    )
    refugees, migration = bib.papers  # (the abstract under the first is no paper)
    assert refugees.title == "Syrian Refugees and the Informal Employment of Natives"
    assert author_names(refugees) == ["M. Demir", "Z. Aksoy"]
    assert refugees.venue is not None and refugees.venue.name == "Journal of Population Economics"
    assert migration.title == "Göç, Ücretler ve Bölgesel Eşitsizlik"
    assert author_names(migration) == ["Z. Aksoy"]
    assert refugees.authors[1].is_owner  # (the page's name, not its first section's heading)


def test_a_quoted_title_before_a_thesis_degree_and_a_japanese_and(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Kenta Morimoto\n\n## 論文\n\n"
        "1. Morimoto, Kenta. 2014. “Band surgery on knots and links.” 博士論文, "
        "東京大学大学院数理科学研究科.\n"
        "2. Tran, Minh Khoa. “Upwelling Dynamics off South-Central Vietnam.” Luận án Tiến sĩ, Université de "
        "Toulouse III – Paul Sabatier, 2018.\n"
        "3. Morimoto, Kenta, と Shunsuke Tanabe. 2016. “Band moves on fibered links.” "
        "*Kobe J. Math.* 33: 1–9.\n",
    )
    japanese, vietnamese, joined = bib.papers
    assert japanese.title == "Band surgery on knots and links"
    assert vietnamese.title == "Upwelling Dynamics off South-Central Vietnam"
    assert author_names(joined) == ["Kenta Morimoto", "Shunsuke Tanabe"]


def test_a_series_bracket_after_the_acronym_and_a_place_after_the_venue(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Ekaterina Soboleva\n\n## Publications\n\n"
        "1. Ekaterina Soboleva and Anna Kuznetsova. 2024. Towards a nursing minimum data set. In *Innovation "
        "in Applied Nursing Informatics (NI 2024)* (Studies in Health Technology and Informatics, Vol. 315). "
        "IOS Press, 210–214.\n"
        "2. Екатерина Соболева и Полина Орлова. 2021. Чек-листы безопасности пациента. В сб.: *Материалы IV "
        "Всероссийского конгресса медицинских сестёр*. Санкт-Петербург, 112–114.\n"
        "3. Ekaterina Soboleva and Polina Orlova. 2021. Safety checklists for nurses. In *Proceedings of the "
        "Fourth Congress of Nurses*. Saint Petersburg, 112–114.\n",
    )
    series, collection, proceedings = bib.papers
    assert series.venue is not None
    assert (series.venue.name, series.venue.acronym) == ("Innovation in Applied Nursing Informatics", "NI")
    assert collection.venue is not None
    assert collection.venue.name == "Материалы IV Всероссийского конгресса медицинских сестёр"
    assert proceedings.venue is not None
    assert proceedings.venue.name == "Proceedings of the Fourth Congress of Nurses"


def test_a_venue_first_latex_list_with_caret_marks_and_a_doi_after_the_names(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\section*{Produção bibliográfica}\nLegenda: \\ddag\\ orientando(a) de mestrado ou doutorado;\n"
        "\\textasciicircum\\ bolsista de iniciação científica sob minha orientação.\n\\begin{enumerate}\n"
        "\\item \\textit{OPUS -- Revista da ANPPOM}, v. 30, 2024 --- ``Baixarias e contracantos''. "
        "Teixeira, H. B.; Andrade, L. M.\\ddag. DOI: 10.20504/opus2024.30.18\n"
        "\\item \\textit{Debates -- Cadernos do PPGM da UNIRIO}, n. 25 --- ``Transcrição como análise''. "
        "Ribeiro, C.\\textasciicircum; Teixeira, H. B.\n\\end{enumerate}\n",
    )
    opus, debates = bib.papers
    assert author_names(opus) == ["H. B. Teixeira", "L. M. Andrade"]
    assert debates.title == "Transcrição como análise"
    assert debates.venue is not None and debates.venue.name == "Debates – Cadernos do PPGM da UNIRIO"
    assert not [p for p in bib.problems if "legend" in p.message]  # ("^" and "‡" are explained)


def test_statuses_theses_and_preprints_named_in_indonesian_and_russian(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# R. P. Nugroho\n\n## Publikasi\n\n"
        "1. Putri, N. S., dan Nugroho, R. P. (dalam proses penerbitan). Pengaruh harga beras terhadap "
        "inflasi daerah. *Signifikan: Jurnal Ilmu Ekonomi*.\n"
        "2. Nugroho, R. P. (2016). *Essays on decentralisation in Indonesia* [Disertasi doktoral, The "
        "Australian National University]. Open Research ANU.\n"
        "3. Vorontsov, Aleksei. “Automation Risk in Russian Regions.” Доработка и повторное рассмотрение "
        "(R&R), Labour Economics. [PDF]\n"
        "4. Sokolov, Pavel, и Aleksei Vorontsov. “Text-Based Measures of Job Remoteness.” Препринт, "
        "arXiv:2403.01872 [econ.GN], 2024.\n",
    )
    pending, thesis, resubmit, preprint = bib.papers
    assert pending.status is Status.ACCEPTED and pending.title.startswith("Pengaruh")
    assert thesis.venue is not None and thesis.venue.publisher == "The Australian National University"
    assert resubmit.status is Status.UNDER_REVIEW
    assert resubmit.venue is not None and resubmit.venue.name == "Labour Economics"
    assert preprint.venue is not None and preprint.venue.name == "arXiv"


def test_a_plain_text_cv_with_typed_emphasis_and_hanging_indents(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "陈思远  CHEN Siyuan\n\n学术成果 / Publications\n（† 共同第一作者 / equal contribution）\n\n"
        "一、期刊论文  Journal Articles\n\n"
        "*陈思远*. 2024. “江南丝竹‘加花’变奏的计算分析.” 《音乐研究》(2): 45–58.\n"
        "王璐†, *陈思远*†. 2023. “二胡演奏中滑音的声学测量与风格分类.” 《中\n"
        "    央音乐学院学报》(4): 102–115.\n"
        "_Chen, Siyuan_, Wang Lu, and Zhang Hao. 2023. “Heterophony in Jiangnan\n"
        "    Sizhu: A Computational Approach.” Ethnomusicology Forum 32 (1): 77–\n"
        "    101. https://doi.org/10.1080/17411912.2023.2177391.\n"
        "__Ortega Vidal, M.__ y Kessler, A. Microtiming in flamenco bulerías. Music Percept. 41,\n"
        "    112–131 (2023).\n",
    )
    music, erhu, sizhu, flamenco = bib.papers  # (the hanging indents part the entries, no blank lines)
    assert music.venue is not None and music.venue.name == "音乐研究"
    assert author_names(erhu) == ["王璐", "陈思远"] and erhu.title == "二胡演奏中滑音的声学测量与风格分类"
    assert erhu.venue is not None and erhu.venue.name == "中央音乐学院学报"  # (the wrap inside 《》 joined)
    assert sizhu.title == "Heterophony in Jiangnan Sizhu: A Computational Approach"
    assert author_names(flamenco) == ["M. Ortega Vidal", "A. Kessler"]


def test_a_latex_cv_with_its_own_section_macro(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\documentclass{article}\n"
        "\\newcommand{\\sect}[1]{\\vspace{1.1em}{\\large\\bfseries\\scshape #1}\\\\[-0.7em]"
        "\\rule{\\linewidth}{0.4pt}\\\\[0.2em]}\n\\begin{document}\n"
        "\\sect{Publications}\n\\begin{enumerate}\n"
        "\\item Halvorsen IM, Rao S. Single-cell eQTLs in time. \\textit{Nat Genet}. 2024;56(3):412-421.\n"
        "\\end{enumerate}\n\\sect{Invited talks (selected)}\n\\begin{itemize}\n"
        "\\item Single-cell eQTLs in time. Biology of Genomes, Cold Spring Harbor Laboratory, May 2024.\n"
        "\\end{itemize}\n\\sect{Teaching}\n"
        "GENOME 541 Introduction to Computational Molecular Biology (co-instructor, 2023, 2024)\n"
        "\\end{document}\n",
    )
    (paper,) = bib.papers  # (the talk and the course are under headings of their own)
    assert paper.title == "Single-cell eQTLs in time"
    assert not bib.problems


def test_venue_first_vancouver_entries_and_a_quoted_title_that_speaks(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "page.html",
        "<h1>Femke van der Linden</h1><h2>Publicaties</h2><ul>\n"
        "<li><b>Journal of Advanced Nursing</b> (in revisie) &ndash; &ldquo;We knew something was "
        "wrong&rdquo;: family members' experiences with involvement in early warning score escalation.\n"
        "  Peeters L, <u>Van der Linden F</u>, Schoonhoven L, Vloet L.</li>\n"
        "<li><b>Journal of Nursing Management</b>, 2020 &ndash; Rapid response systems in Dutch hospitals: a "
        "national survey of nurse managers.\n  Van der Linden F, Douw G, Vloet L, Schoonhoven L. "
        "doi:10.1111/jonm.13012</li>\n"
        "<li><b>Worldviews on Evidence-Based Nursing</b>. 2019;16(4):290-298.\n  Nurses' worry and early "
        "recognition of deteriorating patients: a systematic review.\n  Van der Linden F, Douw G</li>\n"
        "</ul>\n",
    )
    family, survey, review = bib.papers  # (the first is no prose: "We knew" is its title's quote)
    assert family.title.startswith("“We knew something was wrong”") or family.title.startswith("We knew")
    assert author_names(survey) == ["Van der Linden F", "Douw G", "Vloet L", "Schoonhoven L"]
    assert review.venue is not None and review.venue.name == "Worldviews on Evidence-Based Nursing"
    assert author_names(review) == ["Van der Linden F", "Douw G"] and review.year == 2019


def test_an_org_list_in_bar_parted_fields_with_a_turkish_et_al(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.org",
        "* Yayınlar\n** Uluslararası kongre bildirileri\n"
        "10. Karataş EN, Yıldırım M, Şahin K. | AMPK-dependent nephroprotection by metformin\n"
        "    | 19th World Congress of Clinical Pharmacology (WCP2023), Glasgow | 2023 | [Sözlü Sunum]\n"
        "11. Yıldırım M, Karataş EN, Aksoy B ve ark. | SGLT2 inhibition in the cardiomyocyte\n"
        "    | 47th FEBS Congress (FEBS 2023), Tours | 2023\n",
    )
    ampk, sglt2 = bib.papers  # (a bar opening an item's next line goes on with it: no table's row)
    assert ampk.year == 2023 and author_names(ampk) == ["Karataş EN", "Yıldırım M", "Şahin K"]
    assert author_names(sglt2) == ["Yıldırım M", "Karataş EN", "Aksoy B"]
    assert sglt2.title == "SGLT2 inhibition in the cardiomyocyte"


def test_a_lettered_mark_takes_the_legend_of_the_mark_it_stands_for_and_pages_around_the_list(
    tmp_path: Path,
) -> None:
    bib = read_file(
        tmp_path,
        "page.html",
        "<h1>Elin Sandström</h1>\n<p>Jag forskar om syntes och karakterisering av tunna skikt av "
        "övergångsmetallnitrider, främst med reaktiv magnetronsputtring (sedan 2015).</p>\n"
        "<h2>Publikationer</h2><p><small>✉ = korresponderande författare.</small></p><ul>\n"
        "<li>SANDSTRÖM, E.; RAO, S.; KIM, J. (c) High-entropy nitride thin films: a round-robin study. "
        "<i>Surface and Coatings Technology</i>, v. 452, 2023.</li>\n"
        '<li>Op-ed: "Why thin films matter," Svenska Dagbladet, 12 Oct 2023.</li></ul>\n'
        "<p>© E. Sandström, 2024. Sidan är gjord för hand.</p>\n",
    )
    (paper,) = bib.papers  # (not the introduction, the op-ed or the copyright line)
    assert paper.title.startswith("High-entropy nitride thin films")
    assert paper.authors[-1].corresponding
    assert [p.message for p in bib.problems if "press" in p.message]  # (the op-ed is said, not dropped)


def test_a_word_export_whose_sections_are_numbered_paragraphs_in_capitals(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.html",
        '<p class="c2"><span class="c5">I. QUÁ TRÌNH ĐÀO TẠO</span></p>\n'
        '<p class="c2"><span>2017: Tiến sĩ Luật học, Trường Đại học Luật Hà Nội</span></p>\n'
        '<p class="c2"><span class="c5">II. CÔNG TRÌNH KHOA HỌC ĐÃ CÔNG BỐ</span></p>\n'
        "<p><span>Ghi chú: ‡ học viên cao học/nghiên cứu sinh do tôi hướng dẫn. Trích dẫn theo chuẩn "
        "Bluebook.</span></p>\n<ol>\n"
        "<li>Phạm Thị Thu Trang &amp; Nguyễn Hoàng Anh‡, Quyền được lãng quên trong pháp luật Việt Nam, "
        "Tạp chí Nghiên cứu Lập pháp số 8 (456), tr. 22 (2022).</li>\n"
        "<li>Trần Quốc Việt, Phạm Thị Thu Trang và cộng sự. Trí tuệ nhân tạo và trách nhiệm bồi thường. "
        "Tạp chí Luật học, số 4, tr. 58 (2020).</li>\n</ol>\n",
    )
    forgotten, ai = bib.papers  # (under the second section, not the first's education; the note no paper)
    assert author_names(forgotten) == ["Phạm Thị Thu Trang", "Nguyễn Hoàng Anh"]
    assert not [p for p in bib.problems if "legend" in p.message]  # (a Vietnamese student mark)
    assert author_names(ai) == ["Trần Quốc Việt", "Phạm Thị Thu Trang"]
    assert ai.venue is not None and ai.venue.name == "Tạp chí Luật học"


def test_a_quote_inside_a_markdown_item_is_its_note(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# К. А. Белоусова\n\n## Материалы конференций\n\n"
        "10. К. А. Белоусова и Д. С. Морозов, Роль дикого кабана в эпизоотическом процессе АЧС, в "
        "*Материалы Международной конференции «Актуальные вопросы ветеринарной биологии»* (СПбГУВМ, "
        "Санкт-Петербург, 2022), с. 88.\n"
        "    > Тезисы доклада; полный текст статьи см. в пункте 2 этого списка.\n",
    )
    (paper,) = bib.papers
    assert not bib.problems  # (the quote is no entry of its own)
    assert paper.title == "Роль дикого кабана в эпизоотическом процессе АЧС"
    assert paper.venue is not None and paper.venue.name.startswith("Материалы Международной конференции")


def test_swedish_statuses_and_a_section_of_talks_not_published(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "ELIN SUNDQVIST\n\nPUBLIKATIONER\n\n"
        "SUNDQVIST, Elin. When do voters punish local incumbents? Evidence from tax increases in Swedish\n"
        "municipalities. Inskickat manus, 2024.\n\n"
        "SUNDQVIST, Elin, Johan WIKSTRÖM och Anna-Karin LUNDBERG. Regional self-government and the\n"
        "geography of discontent in Sweden. Accepterad för publicering i West European Politics.\n\n"
        "KONFERENSBIDRAG (urval, ej publicerade)\n\n"
        '"Punishing the mayor? Local tax increases and incumbent support", ECPR General Conference, Prag,\n'
        "september 2023.\n",
    )
    submitted, accepted = bib.papers  # (the talk is no paper)
    assert submitted.status is Status.SUBMITTED
    assert accepted.status is Status.ACCEPTED
    assert accepted.venue is not None and accepted.venue.name == "West European Politics"


def test_korean_names_joined_by_an_ampersand_and_an_abbreviated_forthcoming(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# 정하은 (Ha-Eun Jeong)\n\n## 논문\n\n"
        "- **정하은**, 윤도현 & 강수빈. [생성형 AI 활용 수업에서 예비교사의 프롬프트 작성 전략 분석]"
        "(https://osf.io/preprints/edarxiv/x7k2m). *EdArXiv* (2024).\n"
        "- Jeong, Ha-Eun. forthc. Calibration and the value of higher-order evidence. *Mind*.\n",
    )
    prompts, mind = bib.papers
    assert author_names(prompts) == ["정하은", "윤도현", "강수빈"]
    assert prompts.title == "생성형 AI 활용 수업에서 예비교사의 프롬프트 작성 전략 분석"
    assert mind.status is Status.ACCEPTED


def test_a_text_cv_with_framed_year_headings_and_an_indonesian_book_section(tmp_path: Path) -> None:
    text_cv = read_file(
        tmp_path,
        "cv.txt",
        "M. C. FALCÃO\n\nPesquiso relações Executivo-Legislativo no Brasil e na América Latina desde "
        "2015.\n\n"
        "=== ARTIGOS EM PERIÓDICOS ===\n\n-- 2024 --\n\n"
        "Falcão, M. C.; Rabelo, G. Coalizões e ministérios no presidencialismo brasileiro. Dados, v. 67, "
        "n. 2, p. 1-34, 2024.\n\n-- 2021 --\n\n"
        "Falcão, M. C. Voto estratégico e migração partidária. Opinião Pública, v. 27, n. 1, p. 5-33.\n",
    )
    recent, older = text_cv.papers
    assert recent.year == 2024 and older.year == 2021  # (its year from the framed heading over it)
    assert not text_cv.problems  # (the dashes and the first-person line are no entries)
    page = read_file(
        tmp_path,
        "pubs.qmd",
        "# Dewi Kartika Sari\n\n## Bab Buku\n\n"
        "- Dewi Kartika Sari. Asuhan keperawatan pada pasien dengan penyakit ginjal kronik. Dalam: Yulia "
        "Hartati (ed.), *Keperawatan Medikal Bedah*. Jakarta: Salemba Medika, 2021, hlm. 101–130.\n",
    )
    assert [p.title for p in page.papers] == ["Asuhan keperawatan pada pasien dengan penyakit ginjal kronik"]


def test_an_owner_named_atop_only_in_chinese_characters(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\documentclass{moderncv}\n\\name{王思远}{}\n\\begin{document}\n\\makecvtitle\n"
        "\\section{个人简介}\n\\cvitem{}{华东师范大学教育信息技术学系助理研究员。}\n"
        "\\section{学术论文}\n"
        "\\cvitem{2023}{王思远, 陈悦, 李晓明. 多模态学习分析视角下的课堂投入测量. 电化教育研究, 2023, "
        "44(6): 55-62.}\n"
        "\\cvitem{2021}{李晓明, 王思远. 学习仪表盘设计研究综述. 中国电化教育, 2021(3): 1-9.}\n"
        "\\end{document}\n",
    )
    first, second = bib.papers
    assert first.authors[0].is_owner and second.authors[1].is_owner  # (not the section "个人简介")
