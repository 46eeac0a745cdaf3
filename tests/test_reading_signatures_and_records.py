"""Kinds the twenty-ninth session's rounds found read wrong: owners named in a signature or a CV's
subtitle, GOST records in Portuguese, CJK theses, venue-first lines with their names a line below,
typed emphasis opening a line, headings in lenticular brackets, DIN's "et al.:", an undated year."""

from __future__ import annotations

from pathlib import Path

from conftest import author_names, read_file

from pubkit import VenueKind, parse_reference


def _owners(paper: object) -> list[int]:
    return [k for k, a in enumerate(paper.authors) if a.is_owner]  # type: ignore[attr-defined]


def test_moderncv_name_in_chinese_with_its_latin_form_under_it(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\documentclass{moderncv}\n\\name{王思远}{}\n\\title{Siyuan Wang \\quad 教育技术学 · 学习分析}\n"
        "\\begin{document}\n\\section{论文发表}\n"
        "\\cvitem{[3]}{Siyuan Wang, Hui Zhao, and Ming Xu. 2024. Predicting MOOC dropout with knowledge "
        "tracing. \\textit{Computers \\& Education} 210 (2024), 104957.}\n"
        "\\cvitem{[2]}{李晓明 和 王思远. 2021. 智能导学系统中的学习者画像构建. "
        "\\textit{中国电化教育} 3 (2021), 88--95.}\n"
        "\\cvitem{[1]}{王思远. 2021. 在线学习环境中学习投入的多模态测量与干预研究. 博士学位论文. "
        "北京师范大学, 北京.}\n"
        "\\end{document}\n",
    )
    latin, chinese, thesis = bib.papers
    assert _owners(latin) == [0]
    assert author_names(chinese) == ["李晓明", "王思远"] and _owners(chinese) == [1]
    assert author_names(thesis) == ["王思远"] and _owners(thesis) == [0]
    assert thesis.venue is not None and thesis.venue.kind is VenueKind.THESIS
    assert thesis.venue.publisher == "北京师范大学"


def test_gost_records_in_portuguese(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Mariana Coutinho Falcão\n\n=== ARTIGOS ===\n\n"
        "Falcão, M. Pork, Portfolios, and Presidential Support: Evidence from Roll-Call Votes in Brazil / "
        "M. Falcão, J. Whitcombe // Legislative Studies Quarterly. – 2024. – Vol. 49, no. 1. – P. 87–118.\n\n"
        "Voto estratégico e migração partidária na Câmara dos Deputados / T. Lins, M. C. Falcão, G. Rabelo, "
        "C. Sena // Brazilian Political Science Review. – 2021. – Vol. 15, n. 2. – P. e0004.\n\n"
        "Falcão, M. C. Emendas parlamentares e sobrevivência de coalizões / M. C. Falcão, R. Duarte // "
        "Dados – Revista de Ciências Sociais. – 2024. – Vol. 67, n. 3. – P. e20220187.\n"
        "[PDF] https://example.org/pdf/dados2024.pdf  [Code] https://github.com/example/emendas\n\n"
        "Falcão, M. C. O Executivo no Congresso: trinta anos de agenda presidencial / M. C. Falcão // "
        "O Congresso Nacional depois de 1988 / org. H. Vasconcellos, P. Amaral. – Rio de Janeiro : FGV "
        "Editora, 2020. – P. 113–140.\n\n=== TESE ===\n\n"
        "Falcão, M. C. Governar com o Congresso : tese de doutorado em Ciência Política / M. C. Falcão ; "
        "Universidade de São Paulo. – São Paulo, 2016. – 231 f.\n",
    )
    assert not bib.problems  # (the line of links under a record is no citation)
    pork, voto, dados, chapter, thesis = bib.papers
    assert pork.title.startswith("Pork, Portfolios") and author_names(pork) == ["M. Falcão", "J. Whitcombe"]
    assert voto.title == "Voto estratégico e migração partidária na Câmara dos Deputados"
    assert author_names(voto) == ["T. Lins", "M. C. Falcão", "G. Rabelo", "C. Sena"]
    assert dados.venue is not None and dados.venue.name == "Dados – Revista de Ciências Sociais"
    assert chapter.title.startswith("O Executivo") and author_names(chapter) == ["M. C. Falcão"]
    assert chapter.year == 2020 and dict(chapter.extra)["editor"] == "H. Vasconcellos, P. Amaral"
    assert thesis.venue is not None and thesis.venue.publisher == "Universidade de São Paulo"


def test_japanese_theses_and_a_signature_naming_the_owner(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "list.txt",
        "各位\n\nお世話になっております。業績リストを以下にお送りします。\n\n"
        "--------------------------------------------------\n佐伯 健太郎 / Kentaro SAEKI, Ph.D.\n"
        "東京大学 大気海洋研究所 准教授\n--------------------------------------------------\n\n"
        "【査読付き論文】\n\n"
        "K. Saeki, T. Yamada, H. Ito, Kuroshio path variability south of Japan, J. Geophys. Res. Oceans "
        "129, e2023JC020145 (2024).\n\n"
        "R. Nakano, K. Saeki, Submesoscale fronts in the Kuroshio, J. Phys. Oceanogr. 53, 1-20 (2023).\n\n"
        "SAEKI, K. **室戸半島における四万十帯メランジュの変形構造**. 2013. 修士論文 – "
        "高知大学大学院総合人間自然科学研究科, 高知, 2013.\n\n"
        "【招待講演・口頭発表（論文なし）】\n\n"
        "K. Saeki, 「黒潮大蛇行はいつ終わるのか」, 日本海洋学会 2024年度秋季大会 シンポジウム招待講演, "
        "広島 (2024年9月).\n",
    )
    assert bib.owner == "Kentaro SAEKI"
    first, second, thesis = bib.papers  # (the talks under their bracketed heading are skipped)
    assert _owners(first) == [0] and _owners(second) == [1]
    assert thesis.title == "室戸半島における四万十帯メランジュの変形構造"
    assert author_names(thesis) == ["K. SAEKI"]
    assert thesis.venue is not None and thesis.venue.kind is VenueKind.THESIS
    assert thesis.venue.publisher == "高知大学大学院総合人間自然科学研究科"


def test_indonesian_cv_venue_first_lines_and_its_sections(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Dr. Rizky Aditya Pratama, S.Si., M.Si.\nProgram Studi Kimia\n\nDAFTAR PUBLIKASI\n"
        "(Format ABNT. Jumlah sitasi menurut Google Scholar, Januari 2025.)\n\nA. JURNAL\n\n"
        "ACS Omega, 2023 -- Green Synthesis of ZnO Nanoparticles Using Leaf Extract "
        "<https://doi.org/10.1021/acsomega.2c07714>\n"
        "Novia Rahayu, Ayu Lestari, **Rizky A. Pratama**. 8(12), 11245–11256. [Dikutip: 31]\n\n"
        "Fuel, 2019 -- Catalytic cracking of waste cooking oil over hierarchical Y zeolite "
        "<https://doi.org/10.1016/j.fuel.2019.115841>\n"
        "**R. A. Pratama**, K. Sugimoto, H. Ishikawa, T. Morimoto. 255, 115841. [Dikutip: 57]\n\n"
        "Prosiding Seminar Nasional Kimia XII, 2017 -- Pemanfaatan lempung alam Pacitan sebagai "
        "pengemban katalis nikel\n**Rizky A. Pratama**, Hendra Gunawan. hlm. 211–218.\n\n"
        "B. KARYA TULIS AKHIR\n\n"
        "Dewi Kartika Sari, Ni Made Ayu Lestari: Health literacy among patients undergoing haemodialysis "
        "in Surabaya. Nurse Media Journal of Nursing 12(3): 301-312 (2022)\n\n"
        "PENYAJIAN KARYA DAN CERAMAH (tanpa naskah publikasi)\n\n"
        "2024  Suara dari Pura ke Laptop, ceramah umum, Bentara Budaya Bali, Gianyar, 2024.\n",
    )
    assert bib.owner == "Rizky Aditya Pratama"
    omega, fuel, prosiding, health = bib.papers  # (the note on the format and the talk are no papers)
    assert author_names(omega) == ["Novia Rahayu", "Ayu Lestari", "Rizky A. Pratama"]
    assert _owners(omega) == [2]
    assert omega.venue is not None and omega.venue.name == "ACS Omega"
    assert omega.title == "Green Synthesis of ZnO Nanoparticles Using Leaf Extract"
    assert author_names(fuel)[0] == "R. A. Pratama" and fuel.venue is not None and fuel.venue.name == "Fuel"
    assert author_names(prosiding) == ["Rizky A. Pratama", "Hendra Gunawan"]
    assert prosiding.title == "Pemanfaatan lempung alam Pacitan sebagai pengemban katalis nikel"
    assert author_names(health) == ["Dewi Kartika Sari", "Ni Made Ayu Lestari"]
    assert health.title.startswith("Health literacy")


def test_din_et_al_before_the_colon_and_an_undated_year_first_entry(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.tex",
        "\\section{Publications}\n\\begin{itemize}\n"
        "\\item \\textsc{Lindholm}, Sara ; \\textsc{Behrendt}, Jonas ; \\textsc{Fabre}, Camille et al.: "
        "Active learning of reactive potentials on Cu/ZnO. In: \\textit{ACS Catal.} 14 (2024), "
        "pp.~7788--7801\n"
        "\\item (2024) T.~R.~Halvorsen and L.~Whitaker-Yu. Limit profiles for reversible Markov chains. "
        "arXiv:2406.08812. Submitted.\n"
        "\\item ( -- ) T.~R.~Halvorsen. The interchange process on high-dimensional tori. In preparation.\n"
        "\\end{itemize}\n\\section{Disertační práce}\n"
        "\\cvitem{2019}{\\textit{Horáková T}. Melodické očekávání v lidové písni [disertační práce]. Brno: "
        "Masarykova univerzita; 2019.}\n",
    )
    din, limit, undated, thesis = bib.papers
    assert author_names(din) == ["Sara Lindholm", "Jonas Behrendt", "Camille Fabre"]
    assert author_names(limit) == ["T. R. Halvorsen", "L. Whitaker-Yu"]
    assert author_names(undated) == ["T. R. Halvorsen"] and undated.year is None
    assert undated.title == "The interchange process on high-dimensional tori"
    assert thesis.title.startswith("Melodické očekávání")


def test_korean_names_before_a_spaced_title_and_books_in_their_brackets(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# 김서연\n\n## 논문 실적\n\n"
        "- (D) 이준혁; 정다은; 김서연. 저조도 환경에서의 이벤트 카메라 기반 깊이 보완 기법. 방송공학회논문지 "
        "2023, 28 (2), 187--198.\n"
        "- 김서연. 2023. 「조선총독부 수역혈청제조소와 식민지 수의학」. 이정민 편, 『동물과 인간의 역사』, "
        "211–240쪽. 파주: 한울아카데미.\n\n"
        "    > 부산 수역혈청제조소의 혈청 생산과 수출을 중심으로 검토.\n\n"
        "- 김서연. 『수의사의 윤리: 진료실에서 마주하는 딜레마』. 서울: 범문에듀케이션.\n",
    )
    assert not bib.problems  # (the quote under an item is its note)
    article, chapter, book = bib.papers
    assert author_names(article) == ["이준혁", "정다은", "김서연"]
    assert article.title == "저조도 환경에서의 이벤트 카메라 기반 깊이 보완 기법"
    assert article.venue is not None and article.venue.name == "방송공학회논문지"
    assert chapter.venue is not None and chapter.venue.name == "동물과 인간의 역사"
    assert book.title == "수의사의 윤리: 진료실에서 마주하는 딜레마"
    assert dict(book.extra)["publisher"] == "범문에듀케이션"


def test_marks_after_the_comma_law_notes_editors_marked_after_the_names(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "publications.rst",
        "Rebecca A. Holloway\n==================\n\n† These authors contributed equally.\n\n"
        "Articles\n--------\n\n"
        '1. Delgado, Sofia,† Aaron T. Whitfield,† and Rebecca A. Holloway. "Nickel/Photoredox Dual '
        'Catalysis for 2-Aryl Piperidines." *Journal of the American Chemical Society* 146, no. 8 (2024): '
        "5412–20.\n"
        '2. Holloway, Rebecca A. Note, "Clickwrap and the Objective Theory of Assent." *Michigan Law '
        "Review* 109 (2011): 1333–60.\n"
        "3. Holloway R. A., Petersen K., eds. *Ancient DNA in Eurasian Archaeology*. Cham: Springer, 2019.\n",
    )
    dual, note, book = bib.papers
    assert author_names(dual) == ["Sofia Delgado", "Aaron T. Whitfield", "Rebecca A. Holloway"]
    assert [a.equal_contribution for a in dual.authors] == [True, True, False]
    assert author_names(note) == ["Rebecca A. Holloway"] and note.title.startswith("Clickwrap")
    assert book.title == "Ancient DNA in Eurasian Archaeology"


def test_venue_first_lines_status_words_and_links_after_a_title(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "pubs.md",
        "# Daniel K. Osei\n\n## Publications\n\n"
        "- **IJCV 2023** — *Benchmarking Category-Level Object Pose Estimation in the Wild*  \n"
        "  Rui Zhang, **Daniel K. Osei**, Hannah Wexler  \n"
        "  International Journal of Computer Vision 131, 2210–2232\n"
        "- **CVPRW 2022** — *Synthetic Data for Hand-Object Pose:<br>How Much Realism Is Enough?*  \n"
        "  Mira Castellanos, **Daniel K. Osei**  \n  Workshop on Computer Vision for AR/VR\n"
        "- **Daniel K. Osei**, Lena Roth. Allele-specific chromatin accessibility in cardiomyocytes "
        "<https://doi.org/10.1038/s41588-024-01712-3>. Nat. Genet. 56, 812–823 (2024).\n"
        "- **Daniel K. Osei**, Kim S. | Talk moves in the wild | Under review at *Cognition and "
        "Instruction*  \n  Revise & resubmit received Dec. 2024.\n",
    )
    ijcv, cvprw, nature, review = bib.papers
    assert author_names(ijcv) == ["Rui Zhang", "Daniel K. Osei", "Hannah Wexler"]
    assert author_names(cvprw) == ["Mira Castellanos", "Daniel K. Osei"]
    assert cvprw.title == "Synthetic Data for Hand-Object Pose: How Much Realism Is Enough?"
    assert nature.title == "Allele-specific chromatin accessibility in cardiomyocytes"
    assert nature.identifiers.doi == "10.1038/s41588-024-01712-3"
    assert review.venue is not None and review.venue.name == "Cognition and Instruction"


def test_text_copied_from_a_pdf_and_its_undated_and_quoted_entries(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Claire Moreau\n\nPUBLICATIONS\n\n"
        "[J5] Nguyen, Thomas, _Claire Moreau_ et Julien Fabre. « Differentiable Contact Models for\n\n"
        "Claire Moreau – Curriculum vitae 2/4\n\n"
        "Trajectory Optimization: A Comparative Study ». IEEE Robotics and Automation Letters 7, no 2\n"
        "(2022) : 4120‑4127.\n\n"
        "[J4] Wróbel, Aleksandra, i _Claire Moreau_. b.d. „Lipschitz retractions onto finite subsets”. "
        "Preprint.\n\n"
        "[T1] _Moreau, C._ «La vivienda social en Madrid, 1939-1965: tipo, norma y construcción». Tesis "
        "doctoral, Universidad Politécnica de Madrid. DOI: 10.20868/UPM.thesis.43512\n\n"
        "WORKING PAPERS\n\n"
        "Vogt, Sabine ; Moreau, Claire ; Schuster, Felix: Well-being of students during the pandemic: Final "
        "report of the Konstanz Student Panel. Konstanz : University of Konstanz, 2021 (Working Paper "
        "Series Psychology; 12)\n",
    )
    assert not bib.problems  # (the page's header between two lines of an entry is no entry)
    contact, undated, thesis, report = bib.papers
    assert contact.title == "Differentiable Contact Models for Trajectory Optimization: A Comparative Study"
    assert contact.year == 2022
    assert author_names(undated) == ["Aleksandra Wróbel", "Claire Moreau"] and undated.year is None
    assert thesis.title == "La vivienda social en Madrid, 1939-1965: tipo, norma y construcción"
    assert thesis.venue is not None and "thesis.43512" not in thesis.venue.name
    assert report.title.startswith("Well-being of students")


def test_vancouver_book_after_its_editors_in_portuguese() -> None:
    paper = parse_reference(
        "Furtado LM. Fabricação digital no Brasil: dos laboratórios à produção da cidade. In: Lobo CR, "
        "Siqueira AM, organizadores. Arquitetura e tecnologias digitais: experiências brasileiras. São "
        "Paulo: Blucher; 2020. p. 77-98."
    )
    assert paper.venue is not None
    assert paper.venue.name == "Arquitetura e tecnologias digitais: experiências brasileiras"
    assert dict(paper.extra)["editor"] == "Lobo CR, Siqueira AM"


def test_polish_caps_names_initials_and_a_french_legend_in_a_sentence(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.txt",
        "Agnieszka Lipińska\n\n=== ARTYKUŁY ===\n\n"
        "LIPIŃSKA, Agnieszka, KOWALCZYK, Piotr i DĄBROWSKA, Ewa. Collective narcissism and trust. Polish "
        "Psychological Bulletin. 2021, t. 52, nr 1, s. 1–12.\n\n"
        "LIPIŃSKA, Agnieszka i NOWICKA, Karolina. Conspiracy beliefs and climate policy. Praca zgłoszona "
        "do: Political Psychology (w recenzji).\n\n"
        "Y Nugroho, A Lipińska. Rabies vaccination coverage in Bali. Jurnal Veteriner 20 (2), 211-219, "
        "2019\n\nLégende : ✉ (ou (c)) indique l'auteur correspondant.\n\n"
        "A. Roux et A. Lipińska (c). Fast multi-contact planning. Robotics and Autonomous Systems 150, "
        "2022.\n",
    )
    caps, submitted, initials, marked = bib.papers
    assert author_names(caps) == ["Agnieszka LIPIŃSKA", "Piotr KOWALCZYK", "Ewa DĄBROWSKA"]
    assert submitted.venue is not None and submitted.venue.name == "Political Psychology"
    assert author_names(initials) == ["Y Nugroho", "A Lipińska"]
    assert author_names(marked) == ["A. Roux", "A. Lipińska"] and marked.authors[1].corresponding


def test_cards_of_abbreviated_classes_and_titles_quoted_before_their_names(tmp_path: Path) -> None:
    cards = read_file(
        tmp_path,
        "pubs.html",
        "<html><head><title>周屹然 Yiran Zhou | 论文</title></head><body><h1>周屹然 Yiran Zhou</h1>\n"
        "<h2>论文 Publications</h2>\n"
        '<div class="paper"><div class="ptitle">单细胞转录组数据中细胞类型注释方法的研究进展</div>\n'
        '<div class="authors"><b>周屹然</b>，孙文杰，王建峰</div>\n'
        '<div class="venue">遗传 (Hereditas), 2022, 44(6): 487–501</div></div>\n'
        '<div class="paper"><div class="ptitle">Single-cell atlas of the developing human cerebellum</div>\n'
        '<div class="authors"><b>Yiran Zhou</b>, Haoyu Lin</div>\n'
        '<div class="venue">Genome Research, 2024, 34(5): 701–716</div></div>\n'
        "</body></html>\n",
    )
    review, atlas = cards.papers
    assert review.title == "单细胞转录组数据中细胞类型注释方法的研究进展"
    assert author_names(review) == ["周屹然", "孙文杰", "王建峰"]
    assert author_names(atlas) == ["Yiran Zhou", "Haoyu Lin"]
    quoted = read_file(
        tmp_path,
        "cv.txt",
        "Д. А. Колесников\n\nПУБЛИКАЦИИ\n\n"
        '1. "Lieb–Thirring inequalities for operators on star graphs" — D. A. Kolesnikov, E. Yu. Lapteva, '
        "S. R. Akhmedov. Russ. J. Math. Phys., 2020, vol. 27, no. 3, pp. 340–352.\n\n"
        '2. "Absolutely continuous spectrum of Jacobi matrices" — D. A. Kolesnikov. J. Funct. Anal., 2022, '
        "vol. 283, no. 7, 109591.\n",
    )
    lieb, jacobi = quoted.papers
    assert author_names(lieb) == ["D. A. Kolesnikov", "E. Yu. Lapteva", "S. R. Akhmedov"]
    assert lieb.venue is not None and lieb.venue.name == "Russ. J. Math. Phys."
    assert author_names(jacobi) == ["D. A. Kolesnikov"]
    assert jacobi.venue is not None and jacobi.venue.name == "J. Funct. Anal."


def test_a_bold_abbreviated_journal_first_and_editors_named_before_a_cura_di(tmp_path: Path) -> None:
    bib = read_file(
        tmp_path,
        "cv.md",
        "# Katharina Vogelsang\n\n## Publikationen\n\n"
        "1. **Math. Z.** (zur Veröffentlichung angenommen) – *Optimal regularity for the Signorini problem "
        "in dimension two*. Katharina Vogelsang, Anna Sokolova.\n"
        "2. **J. Reine Angew. Math.** 787 (2022), 87–121 – *On the structure of branch points for two-valued "
        "harmonic functions*. Daniel Osterholt, Katharina Vogelsang.\n"
        "3. Vogelsang, Katharina, e Davide Lanza, a cura di. 2023. *Linguistica dei corpora e intelligenza "
        "artificiale*. Pisa: Pisa University Press.\n",
    )
    signorini, branch, edited = bib.papers
    assert signorini.title.startswith("Optimal regularity") and signorini.venue is not None
    assert signorini.venue.name == "Math. Z."
    assert author_names(signorini) == ["Katharina Vogelsang", "Anna Sokolova"]
    assert author_names(branch) == ["Daniel Osterholt", "Katharina Vogelsang"]
    assert branch.venue is not None and branch.venue.name == "J. Reine Angew. Math."
    assert author_names(edited) == ["Katharina Vogelsang", "Davide Lanza"]
