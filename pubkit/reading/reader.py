"""A whole printed list -> `Bibliography`: sections, legends, entries, the list's template, its owner.

Stages: the markup layer gives blocks under headings; blocks in publication sections become
candidate entries (a heading that is a paper's title is joined with the author lines below it);
legends are read and blanked; the labeller labels every entry; entries that break the list's
dominant template are re-labelled; `interpret` turns each into a `Paper` or a `Problem`; the owner
comes from the caller, the document, the highlighted name, or the author on nearly every paper.

A long list is parsed (where its markup can be cut), labelled and interpreted in parts by forked
worker processes (one per CPU that is not busy), each part exactly as one process reads it, and the
parts put back in order.
"""

from __future__ import annotations

import gc
import html
import itertools
import os
import re
import sys
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar, cast

import attrs
from rapidfuzz.distance import Indel

from pubkit.bibliography import Bibliography
from pubkit.errors import ParseError, Problem, Severity
from pubkit.model import Author, Identifiers, Paper
from pubkit.names import (
    CJK_RANGES,
    HAN_HANGUL,
    PARTICLES,
    fold,
    latin,
    name_key,
    opens_capitalised,
    split_name,
    squash,
    uncapitalised,
    unspaced_script,
)
from pubkit.reading.interpret import (
    NAME_TOKEN,
    TITLE_STYLES,
    EntryContext,
    Reading,
    Unreadable,
    ends_sentence,
    settled_labels,
    to_paper,
)
from pubkit.reading.labeller import Labelled, Packed, label, load, pack, unpack
from pubkit.reading.markup import Pieces, cut, guess_fragment_markup, join, parse_piece
from pubkit.reading.markup import parse as parse_markup
from pubkit.reading.markup.base import Block, Document, Heading, Span
from pubkit.reading.markup.text import AUTHOR_OPENS
from pubkit.reading.template import apply_template
from pubkit.wording import (
    AUTHORS_KEYS,
    CAPITAL,
    COAUTHOR_NOTE,
    CORRESPONDING_WORDS,
    DITTO,
    EDITED_BY,
    EDITOR_ROLE,
    ELIDED_AUTHORS,
    EQUAL_CONTRIBUTION_WORDS,
    KEY_OPENS,
    LINK_WORDS,
    MARKER_CHARS,
    REVIEW_OPENS,
    ROLE_MARKS,
    SELF_WORDS,
    SOLE_AUTHOR,
    STUDENT_WORDS,
    SUPERSCRIPTS,
    UNDATED_WORDS,
    VENUE_BADGE,
    YEAR,
    heading_words,
    is_kind_of_work,
    is_unprinted_key,
    legend_meaning,
    status_in,
)

__all__ = ["parse_reference", "read", "read_document"]

_PUB_WORDS = re.compile(
    r"publication|paper|preprint|article|journal|conference|proceeding|workshop|thes[ie]s|thèse|rozprawa|"
    r"book|chapter|manuscript|manuscrit|submitted|under review|in press|bibliogra|\bworks\b|refereed|"
    r"peer[- ]reviewed|research output|selected|in progress|writings?\b|essays|contributions to science|"
    r"\bin the pipeline\b|forthcoming|editorials|commentaries|case reports|letters to the editor|"
    r"revise (?:and|&) resubmit|\br&r\b|under revision|revisions? requested|"  # an economist's sections
    r"(?:lead|first|senior|last|contact|corresponding|principal)[- ]author|"  # "Lead or contact author"
    r"report of scholarship|scholarship without|research investigations|"  # a US medical school's CV
    r"edited (?:volume|collection)|\bvolumes\b|"
    r"\bcitations\b|\bproducts\b|"
    # German, French, Spanish
    r"veröffentlichung|publikation|aufs[aä]tz|zeitschrift|beitr[aä]g|tagungsb|sammelb|monogra|schriften|"
    r"kommentierung|urteilsanmerkung|rezension|buchbesprechung|herausgeberschaft|"
    r"recensi|reseñas|comptes rendus|recenzj|anmeldelser|"
    r"dissertation|bücher|eingereicht|im erscheinen|ouvrage|revues|actes|publicaci|artículo|"
    r"sous presse|\bsoumis\b|à paraître|en prensa|comité de lecture|"
    r"\bactas\b|\batas\b|recensões|documentos de trabalho|"
    r"documentos de trabajo|documents de travail|textos para discuss|arbeitspapier|"  # working papers
    # Portuguese, Italian, Dutch
    r"produç[aã]o bibliográfica|artigos|periódicos|livros|capítulos|anais|publicaç|pubblicazion|"
    r"articol[io]|rivist[ae]|capitol[io]|saggi[o ]|\batti\b|monografi|curatel|"
    r"publicatie|artikelen|tijdschrift|"
    r"bijdragen|congresbundel|boeken|hoofdstuk|proefschrift|rapporten|berichte\b|\brapports\b|"
    # Scandinavian, Polish, Russian, Turkish; Korean, Chinese, Japanese
    r"publikasjon|artiklar|artikler|tidskrift|konferensbidrag|bokkapitel|avhandling|manuskript|"
    r"bogkapit|afhandling|publikationsliste|"  # Danish
    r"producao bibliografica|capitulos|trabalhos? em eventos|artigos publicados|"  # Portuguese, unaccented
    r"prac naukowych|prace naukowe|\bprace\b|dorobek|"  # Polish
    r"publikace|články|příspěvk|sborník|kapitoly|\bknih|kvalifikační práce|"  # Czech
    r"disertační|diplomov|bakalářsk|"  # (Czech theses)
    r"publikacj|artykuł|czasopism|konferencyjn|rozdział|публикац|стать[ия]|трудов|труды|монограф|препринт|"
    r"публікац|статт|статей|наукових праць|наукові праці|тези|"
    r"yayınlar|makale|bildiri|\beserler\b|kitap|kitab[ıi]|\bbölümler\b|\btezler\b|"  # Turkish
    r"논문|论文|論文|著作|書籍|出版物|专著|專著|编著|編著|点校|译著|譯著|文章|著書|저서|総説|報告書|プロシーディング|"
    r"프리프린트|预印本|預印本|プレプリント|"
    # Finnish, Indonesian / Malay, Vietnamese, Hebrew
    r"julkaisu|artikkel|monografi|opinnäyt|väitöskirj|konferenssi|kokoomateo|kirjoitu|publikasi|jurnal|artikel|"
    r"karya tulis|karya ilmiah|"  # Indonesian "Karya Tulis Akhir" (theses)
    r"\bbuku\b|"  # Indonesian "Buku", "Bab Buku" (books, chapters)
    r"publikatsioon|artiklid|väitekir|kogumik|"  # Estonian
    r"articole|lucrări|lucrari|cărți|capitole|teză|teza de doctorat|"  # Romanian
    r"tesi doctoral|capítols|llibres?\b|\blibros?\b|"  # Catalan, Spanish
    # Mexico's "Memorias en extenso": papers in proceedings
    r"\btesis\b|\btesi\b|\bteses\b|memorias en extenso|en extenso\b|"
    r"радови|radovi|часопис|časopis|casopis|саопштењ|saopštenj|saopstenj|зборник|zbornik|дисертациј|"
    r"disertacij|библиограф|књиг|knjig|поглављ|poglavlj|članci|чланци|"  # Serbian, Croatian, Bosnian
    r"prosiding|makalah|công trình|bài báo|tạp chí|hội nghị|sách|luận án|luận văn|kỷ yếu|פרסומים|מאמרים|"
    r"δημοσιεύσ|περιοδικ|πρακτικ|συνέδρι|κεφάλαι|βιβλί|άρθρ|"  # Greek
    r"منشورات|أبحاث|ابحاث|بحوث|مقالات|المؤتمرات|مؤتمرات|مجلات|كتب|فصول|"  # Arabic
    r"publikáci|közlemény|folyóirat|könyv|konferenciakötet|disszertáci|értekezés|"  # Hungarian
    r"machapisho|makala|majarida|sura katika vitabu|makongamano|"  # Swahili
    r"प्रकाशन|शोध पत्र|शोध-पत्र|लेख|पुस्तक|सम्मेलन|"  # Hindi
    r"학술지|저서|פרקים בספרים|כתבי עת|ספרים|כנסים|"
    r"жарияланым|мақала|еңбектер|диссертац|статии|журнал|"  # Kazakh, Russian, Bulgarian
    # Georgian
    r"პუბლიკაცი|სტატიებ|მონოგრაფი|კონფერენცი|ნაშრომ|სახელმძღვანელო|გამოცემ|დისერტაცი|შრომებ|თეზის|"
    r"հրապարակում|հոդված|մենագրություն|"  # Armenian
    r"مقاله|همایش|کنفرانس|کتاب|پایان‌نامه|پایان نامه|رساله|أوراق",  # Persian, Arabic
    re.IGNORECASE,
)
_PROCEEDINGS = re.compile(r"(?i)\bproceedings\b|\bprosiding\b|\btagungsb[äa]nde?\b|\banais\b")
_NO_PROCEEDINGS = re.compile(
    r"(?i)\b(?:no|without|not in)\s+(?:proceedings|papers?)\b|\bpapers? not included\b"
    r"|\bsenza\s+(?:pubblicazion\w*|atti)\b|\bsin\s+publicaci\w*|\bsem\s+publica\w*"  # it, es, pt
    r"|без\s+публикац\w*"  # Russian: "Выступления (без публикации)"
    r"|\bohne\s+tagungsb[äa]nd|\bbez\s+(?:sborníku|publikace)"
    r"|논문\s?미포함|(?:不含|无)论文|論文なし"  # Korean, Chinese, Japanese
    r"|không có (?:bài )?toàn văn"  # Vietnamese "(không có bài toàn văn)": no full paper
    r"|\b(?:ej|inte|ikke)\s+publicer\w*|\bopublicerade\b|\bupublicer\w*|\bnot published\b"  # sv, no, en
    r"|không in kỷ yếu|không kèm (?:bài|toàn văn)"  # Vietnamese: not in the proceedings, no paper with it
    r"|\btanpa\s(?:naskah\s)?publikasi"  # Indonesian "(tanpa naskah publikasi)"
)
_PUBLICATION_NOUN = re.compile(
    r"(?i)publication|paper|preprint|article|chapter|proceeding|thes[ie]s|book|manuscript|berichte|rapports"
    r"|(?:lead|first|senior|last|contact|corresponding|principal)[- ]author"
)
_NON_PUB_WORDS = re.compile(
    r"talk|presentation|seminar|service|award|honou?r|grant|fund|teaching|course|experience|"
    r"education|employment|position|appointment|werdegang|qualification|"
    r"personal (?:details|data|information)|"
    r"\bpeople\b|\bprizes?\b|\brewards?\b|\bproposals?\b|research support|distinci|distinç|\bdistinctions?\b|"
    r"\battended\b|\bresources\b|congress communications|comunicaci(?:ones|ons) (?:a congressos|orales)|"
    r"comunicazioni (?:a|ai|orali)\b|"
    r"skill|review(?:er|ing)|\breferee\b|activit|news|contact|"
    r"software|^code$|código|datasets?\b|data sets?\b|curated exhibitions?|exhibitions? curated|curatorial|"
    r"student(?!s?[-‐]\w)(?!s? (?:research|papers?|abstracts?|track|forum))|mentor|"
    r"\bintern(?:s|ships?)?\b|interest|biograph|about|patent|media|op-?eds?\b|blog|"
    r"senza atti|sans actes|ohne tagungsband|sin (?:publicaci[oó]n en )?actas|sin publicaci|"
    r"sem (?:publicaç|anais)|"
    r"(?<!in )press\b|testimony|amicus|\bprojects?\b|\bprojekt\w*|"
    r"working group|committee|organi[sz](?:ing|ation|er|ed\b)|outreach|supervis|reference[s]? available|"
    r"(?<!comité de )lecture|keynote|colloquium|communications? (?:orales?|invitées?|\(|sélection)|"
    r"vortr[aä]g|lehre|lehrveranstalt|preise|auszeichnung|stipend|förder|lebenslauf|ausbildung|"
    r"laufbahn|werdegang|berufserfahrung|drittmittel|"
    r"mitglied|(?<!be)gutacht|conférences invitées|exposés|enseignement|prix|bourse|charlas|docencia|premios|"
    r"ponencias?\b|presentaciones\b|\bproyectos?\b|"
    r"dirigid[ao]s\b|direcci[oó]n de tesis|formaci[oó]n\b|trayectoria|\bservicio|"
    r"apresentaç|palestra|ensino|orientaç|prêmio|formaç|istruzione|formazione|insegnamento|didattica|"
    r"\bpremi\b|esperienz|brevett|progett|presentazion|onderwijs|prijzen|lezingen|presentaties|voordracht|opleiding|"
    r"föredrag|foredrag|anslag|undervisning|examina|utbildning|handledning|wystąpien|\breferat(?:y|ów)?\b|dydaktyk|"
    r"nagrod|wykształcen|podsumowanie|доклад|выступлени|преподава|наград|образовани|экспедиц|"
    r"講演|口頭発表|学会発表(?!論文)|研究課題|競争的資金|担当経験|受賞|社会的活動|社会貢献|学会活動|略歴|"
    r"学歴|職歴|外部資金|研究分野|授業|"
    r"juhendami|projektid|tunnustus|elulookirjeldus|"  # Estonian
    r"työkokemus|rahoitus|opetus|ohjaus|henkilötiedot|koulutus|luottamustehtäv|apuraha|"  # Finnish
    r"đào tạo|dự án|đề tài|hướng dẫn|giảng dạy|giải thưởng|báo cáo mời|"  # Vietnamese
    r"proiecte|premii|"  # Romanian
    r"projectes|premis\b|finançament|financiación|docència|"  # Catalan
    r"^formation$|\binterventions?\b|encadrement|"  # French
    r"comunicações|comunicacoes|comunicaciones orales|pósteres|pôsteres|docência|"  # talks, teaching (pt, es)
    r"пројект|настав|наград|nagrade|предавањ|predavanj|"  # Serbian, Croatian
    r"apresentac|orientac|formacao|\bbanca\b|\bprojetos?\b|\bresumos?\b|"  # Portuguese, unaccented
    r"προγράμματ|διδασκαλ|βραβεί|ομιλί|χρηματοδότ|\bέργα\b|"  # Greek
    r"الإشراف|الاشراف|الجوائز|التدريس|مشاريع|المشاريع|"  # Arabic
    r"előadás|oktatás|díjak|projektek|"  # Hungarian
    r"\bmiradi\b|\btuzo\b|ufundishaji|"  # Swahili
    r"पुरस्कार|परियोजना|शिक्षण|"  # Hindi
    r"kekayaan intelektual|hak cipta|pengabdian|bidang minat|minat penelitian|riwayat|\bpendidikan\b|"
    r"presentasi|ceramah|pengajaran|"  # Indonesian
    r"konuşma|\bsunum|\bprojeler\b|\bdersler\b|ödüller|\böğrenim\b|\beğitim\b|\bunvanlar\b|"  # Turkish
    r"alanları|"  # Turkish: "Araştırma Alanları", research interests
    r"학력|경력|발표(?!\s?논문)|연구과제|수상|강의|"  # Korean
    r"přednášk|výuka|vzdělání|zaměstnání|ocenění|\bgranty\b|stručně|"  # Czech
    r"הרצאות|פרסים|מענקים|הוראה",  # Hebrew
    re.IGNORECASE,
)
_MARK = f"[{re.escape(ROLE_MARKS)}]"  # one role marker
_ANY_MARK = re.compile(_MARK)
#: "or" between two marks of one meaning: "✉ ou (c) = auteur correspondant", "(c) of ✉ = corresponderend".
_MARKS_OR = r"(?:or|ou|of|oder|o|eller|lub|nebo|veya|atau|hoặc|или)"
_LEGEND = re.compile(
    rf"\(?\s?\^?(?P<marks>{_MARK}(?:\s?[,/&]?\s?(?:and\s)?{_MARK}|\)?\s{_MARKS_OR}\s\(?{_MARK}){{0,2}})\^?\)?\s?"
    r"(?:after (?:a|an|the|each) (?:name|author)s?\s)?"  # "A dagger (†) after a name means …"
    r"(?:(?:indicates?|denotes?|means?|marks?|stands? for|for|:|=|---?|-|–|—|為|为|表示)\s?)?"
    # a gloss in another script before the English words in brackets: "は筆頭著者と同等の貢献 (equal ...)",
    # "समान योगदान (Equal contribution)"
    r"(?:[^\x00-\u024f()（\n;][^()（\n;]{0,40}?\s?[(（]\s?)?"
    r"(?:[^\W\d_][^/;()\n]{0,40}/\s?)?"  # "eşit katkı / equal contribution": the gloss after a slash
    r"(?P<meaning>(?:(?:an?|the|these|this|both|graduate|doctoral|phd|los|las|les|os|as)\s+)?"
    # "^ = HDR student …", "‡ = 지도 대학원생", "‡ = 指導大学院生", "^ danışmanlığımdaki lisansüstü öğrenci"
    r"(?:(?:undergraduate|postgraduate|hdr|master'?s|honours)\s+|지도\s?|指[導导]\s?)?"
    r"(?:danışmanlığım\w*\s)?(?:lisans(?:üstü)?\s)?"
    # "(*) Autores con igual contribución", "con † los autores de contribución equivalente"
    r"(?:(?:(?:los|las|les|os|as|the)\s)?(?:authors?|autor(?:es|as)?|auteurs?)\s(?:with|con|com|avec|de|of)\s+)?"
    r"(?:equal(?:ly)?[\w\s-]{0,30}?(?:contribution|contributed|advising|supervision)|"
    r"co-?first[\w\s-]{0,20}|joint first[\w\s-]{0,20}|(?:co-?)?corresponding[\w\s-]{0,20}|"
    r"(?:(?:co-?)?authors?(?: who| that)? )?contributed equally[\w\s,-]{0,60}|"
    r"co-?senior[\w\s-]{0,20}|co-?last[\w\s-]{0,20}|autoría sénior compartida|"
    r"student[\w\s-]{0,20}|(?:my )?(?:supervised )?students?|mentee[\w\s-]{0,20}|"
    r"(?:faculty |research |phd )?(?:advis[oe]r|supervisor)s?\b|principal investigator|"
    rf"{EQUAL_CONTRIBUTION_WORDS}|{CORRESPONDING_WORDS}|{STUDENT_WORDS}))"
    r"\s*[)）]?[.;,，。]?",
    re.IGNORECASE,
)
# "Equal contributions are marked with *", "corresponding authorship with ✉",
# "Authors marked * contributed equally"
#: A legend in another language with its meaning glossed in brackets: "Hvězdičkou (*) jsou označeni
#: autoři se stejným podílem (equal contribution)", "* تساوي المساهمة (equal contribution)".
_LEGEND_GLOSSED = re.compile(
    rf"(?:\((?P<marks>{_MARK})\)|(?:^|(?<=\s))(?P<bare>{_MARK})(?=\s))"
    r"[^.;\n()（）]{0,120}?[(（](?P<meaning>[^()（）\n]{3,60})[)）]"  # also full-width brackets
)
#: A short note, no citation, that says what a marker means in words of its own language, the meaning
#: after the mark: "Poznámka: hvězdička (*) označuje autory, kteří se na práci podíleli rovným dílem."
_LEGEND_SENTENCE = re.compile(
    rf"(?:\((?P<marks>{_MARK})\)|(?:^|(?<=[\s、，]))(?P<bare>{_MARK})(?=\s))"
    # ("지도한(또는 지도 중인) 학생"; a list's comma or the next mark ends it: "‡ = …学生、^ = …")
    rf"(?P<meaning>(?:[^.;\n()（）、，。{re.escape(ROLE_MARKS)}]|[(（](?:[^.;\n()（）]|\([^()\n]{{1,3}}\)){{0,12}}[)）])"
    r"{3,120})"  # (a bracket may hold another mark's: "✉ (ou (c)) indique l'auteur correspondant")
)
#: A marker named before it is shown: "an asterisk (", "a dagger ".
_MARK_NAME = r"(?:(?:an?\s+)?(?:asterisk|star|dagger|double dagger|hash|section sign|envelope)\s?\(?\s?)?"
_LEGEND_MEANING_FIRST = re.compile(
    r"(?P<meaning>equal(?:ly)? contribut\w*|co-?first authors?(?:hip)?|joint first authors?(?:hip)?|"
    r"(?:co-?)?corresponding authors?(?:hip)?|equal (?:advising|supervision)|"
    r"(?:names\s+of\s+)?(?:my\s+)?(?:(?:doctoral|phd|graduate|master'?s)\s+)?(?:students|advisees|mentees|trainees)"
    r"(?:\s+(?:I|we)\s+(?:supervise|supervised|mentor|mentored|advise|advised))?)"  # "… students I supervise"
    r"\s+(?:(?:are|is)\s+)?"
    r"(?:(?:marked|indicated|denoted|shown)\s+)?(?:with|by)\s+"
    rf"{_MARK_NAME}(?P<marks>{_MARK})"
    # "Authors marked * contributed equally", "Names marked with an asterisk (*) are my students"
    rf"|(?:authors?|names?)\s+(?:marked|indicated|denoted)\s+(?:(?:with|by)\s+)?{_MARK_NAME}"
    rf"(?P<marks2>{_MARK})\)?\s+"
    r"(?P<meaning2>contributed equally|"
    r"are (?:co-?first|corresponding|equal)[\w\s-]{0,20}|"
    r"are (?:my )?(?:(?:doctoral|phd|graduate|master'?s|undergraduate) )?(?:students|mentees|trainees))",
    re.IGNORECASE,
)
_YEAR_HEADING = re.compile(rf"^\D{{0,20}}({YEAR})\D{{0,20}}$")
_YEAR_SPAN_END = re.compile(rf"\(?(?:{YEAR})\s?[-–—]\s?(?:{YEAR}|present|today)\)?\s*$", re.I)
_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_NOT_A_PERSON = re.compile(
    r"\b(?:cv|curriculum|vitae|r[eé]sum[eé]|home|homepage|page|about|welcome|publications?|papers?|"
    r"lab|laboratory|group|team|center|centre|institute|institut|department|faculty|school|college|"
    r"university|universit[äé]t?|seminar|lehrstuhl|fakult[äa]t|departamento|dipartimento|"
    r"anthology|scholar|researchgate|orcid|dblp|semantic|google|profile|works|biographical|sketch|"
    r"biosketch|lý lịch|khoa học|riwayat|ansioluettelo|życiorys|professional|preparation|appointments|"
    r"synergistic|products|collection|repository|research|portal|browsing|library|report|zotero|"
    r"scopus|author|id|researcherid|wos|inspire|experiments?|"
    r"part|section|appendix|annex|form|application|contributions|intellectual|outputs|record|"  # forms
    r"lebenslauf|currículo|curriculo|βιογραφικό|σημείωμα|резюме|биография|біографія|життєпис|биографија|"
    r"سيرة|رزومه|קורות|ბიოგრაფია|түйіндеме|"  # "CV" in other languages
    r"بسمه|بسم)\b",  # (Iranian documents open "بسمه تعالی", "in His exalted name")
    re.I,
)


def read(
    text: str,
    *,
    path: str | None = None,
    owner: str | None = None,
    markup: str | None = None,
    workers: int | None = None,
) -> Bibliography:
    """Read a printed publication list in any markup; sections that are not publications are skipped.

    `workers` as for `read_document`.
    """
    with _collector_paused():
        text = _readable_text(text)
        count = _lazy_workers(workers)
        doc = _parse(text, markup, path, count)
        return _read_document(doc, path, owner, count)


#: The words of an entry's problem when a reading rule of pubkit's own failed on it.
OWN_FAULT = "pubkit failed on it"
#: A document this long (in characters) is read by the worker processes in pieces of this size
#: where its markup can be cut (Markdown: at top-level headings).
PARALLEL_TEXT = 200_000
_PIECE = 25_000


def _parse(text: str, markup: str | None, path: str | None, workers: Callable[[], int]) -> Document:
    """The document, read in pieces by the worker processes when it is long and can be cut."""
    long = len(text) >= PARALLEL_TEXT and workers() > 1
    pieces = cut(text, size=_PIECE, markup=markup, path=path) if long else None
    if pieces is None:
        return parse_markup(text, markup=markup, path=path)
    docs = _in_parts(_Parse(pieces), len(pieces.texts), workers, part=1, least=2)
    return join(pieces.markup, docs)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _readable_text(text: str) -> str:
    """The text as the reader reads it (line breaks, and so every line number, kept): lone surrogates
    (which no encoding can write) as U+FFFD, the digits of every script ("٢٠٢٤", "২০২৪") as ASCII
    digits and an era's year as the Gregorian one (a year is a year in any script), a role marker a
    tool printed as LaTeX math outside LaTeX ("Okafor$^*$") as the marker, and a PDF's page breaks
    and ligatures ("ﬁ") as no characters and as letters."""
    if "$^" in text:
        text = _MATH_MARKER.sub(lambda m: _MATH_MARKS.get(m.group(1), m.group(1)), text)
    if "\f" in text:
        text = text.replace("\f", "")  # a page break in text copied from a PDF
    if _LIGATURE.search(text):
        text = text.translate(_LIGATURES)  # "ﬁbrillation" copied from a PDF
    if text.isascii():
        return text
    text = _SURROGATE.sub("\ufffd", text)
    if _INVISIBLE.search(text):  # a zero-width space, a BOM, a soft hyphen: no character of the text
        # (a word broken at a soft hyphen is joined on its first line: "Compres\xad\n  sive" is "Compressive")
        text = _INVISIBLE.sub("", _BROKEN_AT_SOFT_HYPHEN.sub(lambda m: f"{m[2]}\n{m[1]}", text))
    if _OTHER_DIGIT.search(text):  # (a C-level look first: translating every character costs more)
        text = _SOLAR_HIJRI_YEAR.sub(_solar_hijri_to_gregorian, text).translate(_SCRIPT_DIGITS)
    return _ERA_YEAR.sub(_gregorian, text) if ("年" in text) else text


_LIGATURE = re.compile("[\ufb00-\ufb06]")
#: Characters a copy leaves that print nothing: zero-width spaces and joiners between Latin letters, word
#: joiners, byte-order marks, soft hyphens (one before a line break is where a word was broken).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\xad]|(?<=[A-Za-z])[\u200c\u200d](?=[A-Za-z])")
_BROKEN_AT_SOFT_HYPHEN = re.compile("\xad[ \t]*\n([ \t]*)(\\w+)")
_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_MATH_MARKER = re.compile(r"\$\^\{?(\*|\\dagger|\\ddagger|\\#|\\S|\\P|[†‡#§¶])\}?\$")
_MATH_MARKS = {"\\dagger": "†", "\\ddagger": "‡", "\\#": "#", "\\S": "§", "\\P": "¶"}
#: The decimal digits of every script (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width, …).
_SCRIPT_DIGITS = {
    code: ord("0") + unicodedata.decimal(chr(code))
    for code in range(0x80, 0x20000)
    if unicodedata.category(chr(code)) == "Nd"
}
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # a decimal digit (Nd) other than 0-9: a key of `_SCRIPT_DIGITS`
#: A year counted in an era: Japan's Reiwa, Heisei, Shōwa ("令和6年", "令和元年") and Taiwan's Minguo
#: ("民國110年"), written as the Gregorian year so that a year is a year whatever the calendar.
_ERA_YEAR = re.compile(r"(令和|平成|昭和|民國|民国)\s?(元|\d{1,3})\s?年")
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": 1911, "民国": 1911}


#: A year of the Solar Hijri calendar in Persian digits ("۱۴۰۰"), Iran's, not in a range of numbers.
_SOLAR_HIJRI_YEAR = re.compile(
    r"(?<![\u06f0-\u06f9\d\-–])\u06f1[\u06f3\u06f4][\u06f0-\u06f9]{2}(?![\u06f0-\u06f9\d\-–])"
)


def _solar_hijri_to_gregorian(found: re.Match[str]) -> str:
    """The Gregorian year in which most of a Solar Hijri year falls (it begins in March): 1400 is 2021."""
    return str(int(found.group().translate(_SCRIPT_DIGITS)) + 621)


def _gregorian(found: re.Match[str]) -> str:
    number = 1 if found.group(2) == "元" else int(found.group(2))
    return f"{_ERA_START[found.group(1)] + number}年"


def parse_reference(text: str, *, owner: str | None = None) -> Paper:
    """Read one printed reference (plain, or with Markdown / HTML / LaTeX markup) into a `Paper`.

    Raises `ParseError` when no title can be told apart (a reference without authors is read), unless
    the reference is a citation that prints none (physics' and chemistry's "A. Lee, Phys. Rev. A 108,
    043312 (2023)."): that is read with an empty title.
    """
    text = _readable_text(text)
    doc = parse_markup(text, markup=guess_fragment_markup(text))
    blocks = [b for b in doc.blocks if b.kind != "heading" and b.text.strip()] or list(doc.blocks)
    if not blocks:
        msg = "empty reference"
        raise ParseError(msg)
    block = _raised_marks(_join_blocks(blocks) if len(blocks) > 1 else blocks[0])
    legend, block = _take_legends(block)
    try:
        paper = to_paper(label(block), EntryContext(legend=legend), require_authors=False).paper
    except Unreadable as err:
        raise ParseError(str(err)) from None
    except ValueError as err:
        msg = f"reference has an invalid field: {err}"
        raise ParseError(msg) from None
    return paper.with_owner(owner) if owner else paper


def read_document(
    doc: Document, *, path: str | None = None, owner: str | None = None, workers: int | None = None
) -> Bibliography:
    """Every paper of a parsed document, with a problem (file:line) for each entry that cannot be read.

    A long list is labelled and interpreted by `workers` processes (by default one per idle CPU, or
    `PUBKIT_WORKERS`; 1 reads in this process only), with the same result as one process gives.
    """
    with _collector_paused():
        return _read_document(doc, path, owner, _lazy_workers(workers))


def _lazy_workers(asked: int | None) -> Callable[[], int]:
    """How many processes read the list, worked out when a list is long enough to need them (and
    then once per read)."""
    return cache(lambda: _worker_count(asked))


def _read_document(
    doc: Document, path: str | None, owner: str | None, workers: Callable[[], int]
) -> Bibliography:
    legend: dict[str, str] = {}
    doc = attrs.evolve(doc, blocks=[_raised_marks(block) for block in _lettered_marks(doc.blocks)])
    taken = {id(block): _take_legends(block) for block in doc.blocks}  # each block's, found once
    for block in doc.blocks:  # a legend anywhere in the document ("my name is in bold, ‡ marks ...")
        legend.update(taken[id(block)][0])
    cleaned: list[Block] = []
    blocks, skipped = _publication_blocks(doc)
    for block in blocks:
        rest = _bars_as_full_stops(_without_portal_badges((taken.get(id(block)) or _take_legends(block))[1]))
        if rest.text.strip(" .;,:()"):
            cleaned.extend(_one_citation_per_line(rest))
    candidates = [b for b in _titles_beside_coauthor_notes(_join_title_headings(cleaned)) if _is_candidate(b)]
    labelled = apply_template(_label_all(candidates, workers))
    named = owner or _owner_from_document(doc)
    outcomes: list[_Outcome] | None = None
    if named:  # known before any entry is read: each entry is read and settled in one go
        settle = _Settle(labelled, legend, path, named, _owner_aliases(doc, named))
        outcomes = _owners_other_form_elsewhere(_in_parts(settle, len(labelled), workers), named)
        if owner or any(o.paper is not None and o.paper.owner is not None for o in outcomes):
            owner = named
        else:  # the page's name is on none of its papers (a site's name, "Eesti Teadusinfosüsteem")
            outcomes = None
    if outcomes is None:
        results = _in_parts(_Interpret(labelled, legend, path), len(labelled), workers)
        papers = [r.paper for r in results if isinstance(r, Reading)]
        highlighted: Counter[str] = Counter()
        printed: dict[str, str] = {}
        for result in results:
            if isinstance(result, Reading):
                for name in result.highlighted:
                    highlighted[name_key(name)] += 1
                    printed.setdefault(name_key(name), name)
        owner = (
            _most_highlighted(highlighted, printed, papers)
            or _most_frequent_author(papers, path)
            or _author_named_atop(doc, papers)
        )
        aliases = _owner_aliases(doc, owner) if owner else ()
        outcomes = [
            _settle(item, result, owner, legend, path, highlighted, aliases)
            for item, result in zip(labelled, results, strict=True)
        ]
        outcomes = _owners_other_form_elsewhere(outcomes, owner) if owner else outcomes
    outcomes = _ditto_authors(labelled, outcomes, legend, path)
    if not owner:
        outcomes = _coauthor_notes_without_owner(labelled, outcomes, legend, path)
    papers = []
    problems = [attrs.evolve(p, path=path) for p in doc.problems]  # what the markup could not read
    problems += [_skipped_section(section, left, path) for section, left in skipped.items()]
    unknown_marks: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.paper is not None:
            papers.append(outcome.paper)
        for mark in outcome.unexplained:
            unknown_marks.setdefault(mark, outcome.line)
        problems.extend(outcome.problems)
    for mark, line in sorted(unknown_marks.items(), key=lambda kv: kv[1]):
        problems.append(
            Problem(
                f"role marker {mark!r} is used but no legend says what it means; no role was given",
                path=path,
                line=line,
                kind="uncertain-field",
                severity=Severity.WARNING,
            )
        )
    if owner and owner.isupper():  # "ŞÖLEN AYDIN" atop a CV: the name as the papers print it
        printed_owner = Counter(a.name for p in papers for a in p.authors if a.is_owner)
        owner = printed_owner.most_common(1)[0][0] if printed_owner else uncapitalised(owner)
    if not papers and not problems:
        problems.append(
            Problem(
                "no publication entries found", path=path, line=1 if doc.blocks else None, kind="no-entries"
            )
        )
    problems.sort(key=lambda p: p.line or 0)
    return Bibliography(papers, problems=problems, owner=owner)


def _skipped_section(section: tuple[Heading, ...], left: list[Block], path: str | None) -> Problem:
    """What is said of a section no word names as publications, whose items (some reading as citations)
    were not read: a warning at its first, so that nothing goes unreported."""
    where = f"section {section[-1].text!r}" if section else "text before the first section"
    return Problem(
        f"{where}: {len(left)} item(s) not read as papers, as no word of its heading names publications",
        path=path,
        line=left[0].line,
        text=left[0].text[:300],
        kind="ignored",
        severity=Severity.WARNING,
    )


def _ditto_authors(
    items: Sequence[Labelled], outcomes: Sequence[_Outcome], legend: dict[str, str], path: str | None
) -> list[_Outcome]:
    """Chicago's "———." for the authors of the entry before: an entry that opens with it, unread for
    want of authors, is read with that entry's authors."""
    out = list(outcomes)
    for k, item in enumerate(items):
        previous = out[k - 1].paper if k else None
        if out[k].paper is not None or previous is None or not item.tokens:
            continue
        if not DITTO.match(item.tokens[0].text):
            continue
        again = _read_entry(item, legend, path, require_authors=False)
        if isinstance(again, Reading):
            paper = attrs.evolve(again.paper, authors=previous.authors)
            out[k] = _Outcome(paper, _caveats(item, paper, path), tuple(again.unexplained), item.block.line)
    return out


def _coauthor_notes_without_owner(
    items: Sequence[Labelled], outcomes: Sequence[_Outcome], legend: dict[str, str], path: str | None
) -> list[_Outcome]:
    """A page that prints its co-authors only ("Title" (with X and Y)) and names its owner nowhere: the
    note's word is no part of the first co-author's name, and an entry printing no name (the owner's own
    work) is read without authors, with a caveat, not lost."""
    notes = sum(_WITH.search(item.block.text) is not None for item in items)
    if notes < 2:
        return list(outcomes)
    out = list(outcomes)
    for k, item in enumerate(items):
        outcome = out[k]
        if outcome.paper is None:
            again = _read_entry(item, legend, path, require_authors=False)
            if not isinstance(again, Reading):
                continue
            paper = again.paper
        else:
            paper = outcome.paper
        first = paper.authors[0].name if paper.authors else ""
        note = _WITH.match(first)
        if note:
            rest = Author(first[note.end() :].strip())
            paper = attrs.evolve(paper, authors=(rest, *paper.authors[1:]))
        if paper is not outcome.paper:
            out[k] = _Outcome(paper, _caveats(item, paper, path), outcome.unexplained, item.block.line)
    return out


class _Outcome(NamedTuple):
    """What one entry adds to the bibliography: its paper, its problems (or caveats), the role
    markers no legend explains (in the order they were found) and the entry's line."""

    paper: Paper | None
    problems: list[Problem]
    unexplained: tuple[str, ...]
    line: int


def _settle(
    item: Labelled,
    result: _Result,
    owner: str | None,
    legend: dict[str, str],
    path: str | None,
    highlighted: Counter[str] | None = None,
    aliases: tuple[str, ...] = (),
) -> _Outcome:
    """An entry's reading with the list's owner: read again with the owner's name anchored when the
    owner is not found among its authors; a paper's caveats. `highlighted` counts the list's
    highlighted names (by `name_key`), when the owner was found among them."""
    if (
        owner
        and isinstance(result, Reading)
        and any(a.name.lower() in SELF_WORDS for a in result.paper.authors)
    ):
        named = [Author(owner) if a.name.lower() in SELF_WORDS else a for a in result.paper.authors]
        result = attrs.evolve(result, paper=attrs.evolve(result.paper, authors=named))  # "myself": the owner
    paper = result.paper.with_owner(owner) if owner and isinstance(result, Reading) else None
    if owner and paper is not None and (paper.owner is None or fold(paper.owner.name) != fold(owner)):
        paper = _owner_read_as_two(paper, owner)
    if owner and (paper is None or paper.owner is None):
        # the owner's name is an author wherever it is printed: read the entry again with it
        anchored = _anchor_owner(item, owner)
        again = _read_entry(anchored, legend, path) if anchored is not None else None
        if anchored is not None and isinstance(again, Reading) and again.paper.with_owner(owner).owner:
            result, paper, item = again, again.paper.with_owner(owner), anchored
    if owner and paper is not None and paper.owner is None and isinstance(result, Reading):
        paper = _owner_printed_otherwise(paper, _most_often(result.highlighted, highlighted), owner)
        for alias in aliases if paper.owner is None else ():
            paper = paper.with_owner(alias)
            reordered = _family_name_first(alias) if paper.owner is None else None
            if reordered:  # "Фам К.Х." for the alias Фам Куанг Хюи
                paper = paper.with_owner(reordered)
    if owner and paper is not None and paper.owner is None and _FORMER_NAME.search(item.block.text):
        paper = _owner_under_a_former_name(paper, owner)
    if owner and (paper is None or paper.owner is None) and _coauthors_only(item, owner):
        again = _read_entry(item, legend, path, require_authors=False)
        if isinstance(again, Reading):
            sole = _owner_alone(item.block.text)
            alphabetical = legend.get("order") == "alphabetical"
            result, paper = again, _with_owner_first(again.paper, owner, sole=sole, alphabetical=alphabetical)
    if isinstance(result, Reading):
        paper = paper or result.paper
        return _Outcome(paper, _caveats(item, paper, path), tuple(result.unexplained), item.block.line)
    if isinstance(result, Problem):
        return _Outcome(None, [result], (), item.block.line)
    return _Outcome(None, [], (), item.block.line)


_Result = Reading | Problem | None


def _quotes_balanced(text: str) -> bool:
    """Whether every quote closes: "…", “…”, „…“ and „…” (German, Polish), and Swedish ”…”."""
    if text.count('"') % 2:
        return False
    low = left = swedish = 0  # quotes open: „ (closed by “ or ”), “ (closed by ”), and ” ... ”
    for mark in _CURLY_QUOTE.findall(text):
        if mark == "\u201e":
            low += 1
        elif mark == "\u201c":
            low, left = (low - 1, left) if low else (low, left + 1)
        elif left:
            left -= 1
        elif low:
            low -= 1
        else:
            swedish += 1
    return low == left == 0 and swedish % 2 == 0


_CURLY_QUOTE = re.compile("[\u201c\u201d\u201e]")


def _most_often(names: Sequence[str], counts: Counter[str] | None) -> Sequence[str]:
    """Of an entry's highlighted names, the one the list highlights most often (the owner, where a
    student is underlined beside them), when there is one; else all of them."""
    if len(names) < 2 or not counts:
        return names
    ranked = sorted(names, key=lambda name: counts[name_key(name)], reverse=True)
    return ranked[:1] if counts[name_key(ranked[0])] > counts[name_key(ranked[1])] else names


def _owner_read_as_two(paper: Paper, owner: str) -> Paper:
    """ "Quispe Mamani, Ana Lucía" read as two people (a family name of two words, then given names of
    two): one, the owner, when the two read backwards are the owner's name."""
    for k in range(len(paper.authors) - 1):
        family, given = paper.authors[k].name, paper.authors[k + 1].name
        # (the owner's name, or its initials: "Quispe Mamani" + "Luis Alberto" for Luis A. Quispe Mamani)
        if len(family.split()) > 1 and _same_name_abbreviated(f"{given} {family}", owner):
            merged = Author.from_parts(given, family, is_owner=True)
            others = [attrs.evolve(a, is_owner=False) if a.is_owner else a for a in paper.authors]
            return attrs.evolve(paper, authors=[*others[:k], merged, *others[k + 2 :]])
    return paper


def _same_name_abbreviated(name: str, owner: str) -> bool:
    """Whether two forms print one name, word for word, one of them abbreviating words to initials
    ("Luis Alberto Quispe Mamani" and "Luis A. Quispe Mamani")."""
    words, owners = _WORD.findall(fold(name)), _WORD.findall(fold(owner))
    return len(words) == len(owners) and all(
        a == b or (min(len(a), len(b)) == 1 and a[0] == b[0]) for a, b in zip(words, owners, strict=True)
    )


def _owner_printed_otherwise(paper: Paper, highlighted: Sequence[str], owner: str) -> Paper:
    """The owner printed otherwise than the owner's name: the one highlighted author in another script
    (**山田 太郎** on Taro Yamada's page) or order (**Nguyễn Thị Minh Anh**), the owner's Cyrillic name
    transliterated ("Sokolova E.A." on Соколова Екатерина's list), or a name printed family name first
    ("Kovács Eszter"); and, failing those, the one highlighted author with the owner's first initial: a
    name the owner published under before a change of name ("**Zielińska, M.**" on Marta Wiśniewska's
    list, née Zielińska)."""
    read = _owner_in_another_form(paper, highlighted, owner)
    one = highlighted[0] if len(highlighted) == 1 else None
    if read.owner is None and one is not None and _first_initial(one) == _first_initial(owner):
        return paper.with_owner(one)
    if read.owner is None and one is not None and _with_a_leading_initial(one, owner):
        return paper.with_owner(one)
    return read


def _with_a_leading_initial(printed: str, owner: str) -> bool:
    """ "**Chowdhury MTA**" on Tanvir Ahmed Chowdhury's page: the owner's family name, with the owner's
    initials after one more (a "Md." or "Mohammad" the page leaves out of the name)."""
    given, family, _ = split_name(printed)
    owner_given, owner_family, _ = split_name(owner)
    return (
        bool(family)
        and fold(family) == fold(owner_family)
        and len(_initials(given)) == len(_initials(owner_given)) + 1
        and _initials(given).endswith(_initials(owner_given))
    )


def _initials(given: str) -> str:
    """A given name's initials: "MTA" of "MTA" or "M. T. A.", "TA" of "Tanvir Ahmed"."""
    words = given.replace(".", " ").replace("-", " ").split()
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4:
        return words[0]
    return "".join(word[0].upper() for word in words)


#: An entry's note that the owner published it under another name: "(published under my maiden name)".
_FORMER_NAME_WORDS = (
    r"(?:birth|maiden|former|previous)\s(?:family\s|last\s)?name|née|geb\.|geborene|z domu|rozená|született"
)
_FORMER_NAME = re.compile(rf"(?i)\b(?:{_FORMER_NAME_WORDS})")


def _owner_under_a_former_name(paper: Paper, owner: str) -> Paper:
    """ "Wyss, Corinne, and H.-P. Bachmann. … (published under my maiden name)" on Corinne Aebischer's
    list: the one author with the owner's given name (or its initial) is the owner."""
    given = fold(split_name(owner)[0]).split()
    same = [
        a
        for a in paper.authors
        if _first_initial(a.name) == _first_initial(owner)
        and (not given or not a.given or fold(a.given).split()[0].rstrip(".") in (given[0], given[0][:1]))
    ]
    return paper.with_owner(same[0].name) if len(same) == 1 else paper


def _first_initial(name: str) -> str:
    return Author(name).initials_key.partition("|")[2][:1]


def _owner_in_another_form(paper: Paper, highlighted: Sequence[str], owner: str) -> Paper:
    if len(highlighted) == 1 and (
        _is_latin(highlighted[0]) != _is_latin(owner)
        or _same_words(highlighted[0], owner)
        or _same_words(owner, highlighted[0])  # "**Thu Ha Nguyen**" for Nguyen Thi Thu Ha: a word left out
    ):
        return paper.with_owner(highlighted[0])
    same = [
        k for k, a in enumerate(paper.authors) if _same_words(a.name, owner) and _same_words(owner, a.name)
    ]
    if (
        len(same) == 1
    ):  # "Restrepo Villegas, Mariana": the owner's words, split otherwise into given and family
        authors = [attrs.evolve(a, is_owner=k == same[0]) for k, a in enumerate(paper.authors)]
        return attrs.evolve(paper, authors=authors)
    transliterated = latin(owner)
    if transliterated != owner:
        return paper.with_owner(transliterated)
    other = [k for k, a in enumerate(paper.authors) if not _is_latin(a.name) and _transliterates_to(a, owner)]
    if len(other) == 1:  # "Сантьяго Р. М." on Santiago R. M.'s list ("Santyago": no one spelling)
        authors = [attrs.evolve(a, is_owner=k == other[0]) for k, a in enumerate(paper.authors)]
        return attrs.evolve(paper, authors=authors)
    reordered = _family_name_first(owner)
    return paper.with_owner(reordered) if reordered else paper


def _transliterates_to(author: Author, owner: str) -> bool:
    """Whether a name in another script, transliterated, is the owner's: the same first initial and a
    family name that differs by a letter or two ("Сантьяго" -> "Santyago" for Santiago)."""
    printed = Author(latin(author.name))
    family = split_name(owner)[1]
    return (
        _first_initial(printed.name) == _first_initial(owner)
        and Indel.normalized_similarity(fold(printed.family), fold(family)) >= 0.8
    )


def _family_name_first(name: str) -> str | None:
    """A name read with its first word as the family name: "Kovács Eszter" (Hungarian) printed "Kovács,
    E."; "Tan Wei Ling" (Chinese, in Singapore) printed "Tan, W. L."; "Nguyễn Thị Thu Hà" printed
    "Nguyen T.T.H."."""
    words = name.split()
    return f"{' '.join(words[1:])} {words[0]}" if 2 <= len(words) <= 4 else None


def _same_words(printed: str, owner: str) -> bool:
    """ "Nguyễn Thị Minh Anh" printed for the owner Minh Anh Nguyen: the owner's words are all in it."""
    words = set(_WORD.findall(fold(printed)))
    return len(words) >= 2 and set(_WORD.findall(fold(owner))) <= words


_WORD = re.compile(r"[^\W_]+")


def _owners_other_form_elsewhere(outcomes: list[_Outcome], owner: str) -> list[_Outcome]:
    """ "נועה לוי" atop a list whose English papers print "**Levi, N.**" (found as the owner by its
    highlight), or a maiden name a note gives ("Wyss, Corinne"): that form of the owner's name, in
    another script or another name, is the owner's wherever else it is printed, highlighted or not."""
    printed = Counter(
        o.paper.owner.name
        for o in outcomes
        if o.paper is not None
        and o.paper.owner is not None
        and (
            _is_latin(o.paper.owner.name) != _is_latin(owner)
            or _not_the_owners_form(o.paper.owner.name, owner)
        )
    )
    if not printed:
        return outcomes
    alias = printed.most_common(1)[0][0]
    return [
        o._replace(paper=o.paper.with_owner(alias)) if o.paper is not None and o.paper.owner is None else o
        for o in outcomes
    ]


def _not_the_owners_form(printed: str, owner: str) -> bool:
    """Whether a name read as the owner's (by a note, a highlight) is no form of the owner's name: a
    name the owner published under before ("Wyss, Corinne" on Corinne Aebischer's list)."""
    return Paper("", (Author(printed),)).with_owner(owner).owner is None


def _is_latin(name: str) -> bool:
    return any(c.isalpha() and c < "\u0250" for c in name)


# --- labelling and reading in worker processes ----------------------------------------------------

#: Below this many entries a list is read in this process: starting workers costs more than it saves.
PARALLEL_FROM = 500

_R = TypeVar("_R")


class _Work(Generic[_R]):
    """Work on the entries `start:stop` of a list, done here or in a forked worker process, which
    finds this object in its copy of memory (nothing is sent to it but the bounds)."""

    def here(self, start: int, stop: int) -> list[_R]:
        raise NotImplementedError

    def there(self, start: int, stop: int) -> object:
        """The results of `here`, in the form a worker sends them back in."""
        return self.here(start, stop)

    def received(self, start: int, stop: int, sent: object) -> list[_R]:
        """The results of `start:stop` from what a worker sent."""
        return cast("list[_R]", sent)


class _Parse(_Work[Document]):
    def __init__(self, pieces: Pieces) -> None:
        self.pieces = pieces

    def here(self, start: int, stop: int) -> list[Document]:
        return [parse_piece(self.pieces.markup, text) for text in self.pieces.texts[start:stop]]


class _Label(_Work[Labelled]):
    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks

    def here(self, start: int, stop: int) -> list[Labelled]:
        return [label(b) for b in self.blocks[start:stop]]

    def there(self, start: int, stop: int) -> object:
        return pack(self.here(start, stop))

    def received(self, start: int, stop: int, sent: object) -> list[Labelled]:
        return unpack(self.blocks[start:stop], cast("Packed", sent))


class _Interpret(_Work[_Result]):
    def __init__(self, items: Sequence[Labelled], legend: dict[str, str], path: str | None) -> None:
        self.items, self.legend, self.path = items, legend, path

    def here(self, start: int, stop: int) -> list[_Result]:
        return [_read_entry(item, self.legend, self.path) for item in self.items[start:stop]]


class _Settle(_Work[_Outcome]):
    def __init__(
        self,
        items: Sequence[Labelled],
        legend: dict[str, str],
        path: str | None,
        owner: str,
        aliases: tuple[str, ...] = (),
    ) -> None:
        self.items, self.legend, self.path, self.owner, self.aliases = items, legend, path, owner, aliases

    def here(self, start: int, stop: int) -> list[_Outcome]:
        legend, path, owner, aliases = self.legend, self.path, self.owner, self.aliases
        return [
            _settle(item, _read_entry(item, legend, path), owner, legend, path, None, aliases)
            for item in self.items[start:stop]
        ]


def _label_all(blocks: Sequence[Block], workers: Callable[[], int]) -> list[Labelled]:
    """Every candidate entry labelled; an entry under its own title heading keeps that line as its title."""
    if len(blocks) >= PARALLEL_FROM and workers() > 1:
        load()  # the model is loaded once, before the workers are forked, and shared with them
    labelled = _in_parts(_Label(blocks), len(blocks), workers)
    return [
        _title_from_heading(item) if block.kind == TITLED else item
        for block, item in zip(blocks, labelled, strict=True)
    ]


_adopted: _Work[Any] | None = None


def _adopt(work: _Work[Any]) -> None:
    global _adopted
    _adopted = work


def _there(start: int, stop: int) -> object:
    assert _adopted is not None
    return _adopted.there(start, stop)


#: Entries per part: small enough that the processes finish together (the last part of a stage is
#: what one process may wait for), large enough that sending a part costs little.
_PART = 100


def _in_parts(
    work: _Work[_R],
    count: int,
    workers: int | Callable[[], int],
    *,
    part: int | None = None,
    least: int | None = None,
) -> list[_R]:
    """`work` on entries 0:count in parts of `part` entries (by default `_PART`), by this process
    and `workers - 1` forked ones, the results in order; fewer than `least` (`PARALLEL_FROM`) are
    done here. The workers take parts from the end, this process from the start (each part it
    takes is withdrawn from the workers' queue), so they meet wherever the machine lets them.
    Without processes (or when one dies), the parts are done here."""
    part = part or _PART
    if count < (PARALLEL_FROM if least is None else least):
        return work.here(0, count)
    asked = workers() if callable(workers) else workers  # worked out only for a long list
    processes = min(asked, count // part)  # no more processes than parts
    if processes <= 1:
        return work.here(0, count)
    import multiprocessing  # imported when first needed: `import pubkit` stays fast
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    bounds = [(a, min(a + part, count)) for a in range(0, count, part)]
    try:
        pool = ProcessPoolExecutor(
            processes - 1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_adopt,
            initargs=(work,),
        )
    except (OSError, ImportError, NotImplementedError):  # no process pools here
        return work.here(0, count)
    parts: list[list[_R] | None] = [None] * len(bounds)
    try:
        futures: dict[int, Future[object]] = {}
        with suppress(OSError, BrokenProcessPool):  # no process could be started: done here below
            for k in reversed(range(len(bounds))):
                futures[k] = pool.submit(_there, *bounds[k])
        for k, (a, b) in enumerate(bounds):
            future = futures.get(k)
            if future is not None and not future.cancel():
                break  # a worker has it: the rest is theirs
            parts[k] = work.here(a, b)
        for k, (a, b) in enumerate(bounds):
            if parts[k] is None:
                try:
                    sent = futures[k].result()
                except BrokenProcessPool:  # a worker was killed: its part is done here
                    parts[k] = work.here(a, b)
                else:
                    parts[k] = work.received(a, b, sent)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return [result for part in parts if part is not None for result in part]


def _worker_count(workers: int | None) -> int:
    """Processes to read a long list with: as asked, else `PUBKIT_WORKERS`, else one per CPU that is
    not busy already; 1 where worker processes cannot be forked safely (no fork, a daemon process,
    or, unless asked for, other threads running)."""
    if workers is None:
        setting = os.environ.get("PUBKIT_WORKERS", "").strip()
        if setting.isdigit():
            workers = int(setting)
        elif threading.active_count() > 1:
            return 1
        else:
            workers = _idle_cpus()
    import multiprocessing

    forkable = "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
    if workers <= 1 or not forkable or multiprocessing.current_process().daemon:
        return 1
    return workers


def _idle_cpus() -> int:
    """The CPUs this process may run on, less those other processes are running on right now (the
    fewest of a few looks at the kernel's count of runnable tasks): a worker on a CPU that is busy
    anyway only adds the cost of splitting the work (measured: on two CPUs beside two busy processes,
    two processes read a list 1.5x slower than one)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if cpus <= 1:
        return 1
    others = None
    for look in range(_LOOKS):
        try:  # "0.52 0.58 0.59 3/312 12345": the fourth field counts the tasks runnable now, this one too
            running = Path("/proc/loadavg").read_text(encoding="ascii").split()[3].split("/")[0]
        except (OSError, IndexError):
            return cpus  # no such count here: every CPU
        if not running.isdigit():
            return cpus
        others = int(running) - 1 if others is None else min(others, int(running) - 1)
        if look + 1 < _LOOKS:
            time.sleep(0.002)
    return max(1, min(cpus, (os.cpu_count() or cpus) - (others or 0)))


#: Looks at the runnable tasks (a process that runs for a moment is not a busy CPU).
_LOOKS = 3


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a list is read: reading makes hundreds of thousands
    of small objects and almost no cycles, and the collector's passes over them cost a fifth of the
    time. Turned back on (if it was on) when done."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


#: Below this mean confidence over a title's tokens the title is reported as a guess.
_UNSURE_TITLE = 0.6


def _caveats(item: Labelled, paper: Paper, path: str | None) -> list[Problem]:
    """Warnings for an entry read with a caveat: a quote left open, a title the labeller was unsure of."""
    text = item.block.text
    found: list[Problem] = []

    def warn(message: str) -> None:
        found.append(
            Problem(
                message,
                path=path,
                line=item.block.line,
                text=text,
                kind="uncertain-field",
                severity=Severity.WARNING,
            )
        )

    if not _quotes_balanced(text):
        warn(f"unbalanced quotes: the title's closing quote is missing; read as {paper.title[:60]!r}")
    if not paper.authors:
        warn(f"no authors printed; read without authors: {paper.title[:60]!r}")
    title = [c for c, name in zip(item.confidence, item.labels, strict=True) if name == "title"]
    if title and paper.title and sum(title) / len(title) < _UNSURE_TITLE:
        warn(f"the title was told apart with low confidence; read as {paper.title[:60]!r}")
    lines = _source_lines(item.block)[1:] if len(item.block.breaks) > 2 else []
    numbered = sum(1 for line in lines if _NUMBERED_LINE.match(line))
    if numbered >= 2:  # a list the markup's reader did not split (Typst's `1.` items were one paragraph)
        warn(f"{numbered + 1} numbered lines read as one entry; the others may be entries of their own")
    return found


_NUMBERED_LINE = re.compile(r"\d{1,3}[.)]\s+[^\W\d_]")


def _read_entry(
    item: Labelled, legend: dict[str, str], path: str | None, *, require_authors: bool = True
) -> _Result:
    """One labelled entry as its reading, a problem, or None for prose that is no entry."""
    block = item.block
    context = EntryContext(
        legend=legend,
        path=path,
        section=_section(block),
        number=block.number,
        selected=any("selected" in h.text.lower() for h in block.headings),
        heading_year=_heading_year(block),
    )
    try:
        # a record whose keys or lines gave its title and venue or date prints no names when it has none
        # (ORCID's collapsed works): a paper without authors
        reading = to_paper(item, context, require_authors=require_authors and not _titled_record(block))
    except Unreadable as err:
        if block.kind in ("item", TITLED) or block.number is not None or _signals(block) >= 3:
            return Problem(str(err), path=path, line=block.line, text=block.text)
        # a paragraph that looked like a citation but is none: said, never silently dropped
        return _warning(block, path, f"paragraph looks like a citation but is not read as one: {err}")
    except ValueError as err:
        return Problem(f"entry has an invalid field: {err}", path=path, line=block.line, text=block.text)
    except Exception as err:  # a reading rule's own fault: this entry is reported at its line, the rest read
        failure = f"{type(err).__name__}: {err}"
        message = f"entry could not be read: {OWN_FAULT} ({failure}); please report this"
        return Problem(message, path=path, line=block.line, text=block.text)
    kind = _kind_of_no_paper(reading.paper)
    kind = kind or ("a piece for the press" if _PRESS_PIECE.match(block.text) else None)
    if kind is None:
        return reading
    # "US Patent App. 17/812,441", "Poster, SCMR Scientific Sessions": listed, but no paper
    return _warning(block, path, f"{kind}, not a paper: not read as one", kind="ignored")


def _titled_record(block: Block) -> bool:
    """A record printed a field a line whose markup named its title and its venue or date."""
    fields = {s.target for s in block.spans if s.kind == "field"}
    return "title" in fields and bool(fields & {"container", "date"})


def _warning(block: Block, path: str | None, message: str, *, kind: str = "unreadable-entry") -> Problem:
    """A warning about an entry at its line, with its text."""
    return Problem(message, path=path, line=block.line, text=block.text, kind=kind, severity=Severity.WARNING)


def _kind_of_no_paper(paper: Paper) -> str | None:
    """ "a patent" or "a presentation" for an entry its venue shows to be one, "a profile's header" for a
    position and its profile links read as one (a link's name among the authors), else None."""
    venues = " ".join(v.name for v in paper.venues)
    if _PATENT.search(venues) or _PATENT.match(paper.title):
        return "a patent"
    if paper.venue is not None and _PRESENTED.match(paper.venue.name):
        return "a presentation"
    if any(_PROFILE_LINKS.search(a.name) for a in paper.authors):
        return "a profile's header"  # "Senior Scientist, Institute …, ETH Zürich / ORCID: 0000-…"
    if paper.year is None and not paper.venues and _POSITION.search(paper.title):
        return "a profile's header"  # "Daniel R. Abernathy / Professor of Economics, Northwestern …"
    if (
        paper.year is None
        and not paper.venues
        and paper.identifiers == _NO_IDENTIFIERS
        and ". " in paper.title
        and (_ABOUT_THE_LIST.search(paper.title) or _SPEAKING.search(paper.title))
    ):
        return "a note on the list"  # "Numbering follows the Elsevier numeric style. Students I supervised …"
    return None


_NO_IDENTIFIERS = Identifiers()
#: An entry its kind opens as written for the press, not a paper: "Op-ed: "Why rate hikes …," JoongAng …".
_PRESS_PIECE = re.compile(r"(?i)\s*(?:op-?eds?|blog posts?|interviews?|podcasts?|press releases?)\s?:")


#: The links of a researcher's profile, which a page prints under their position, never in a name.
_PROFILE_LINKS = re.compile(r"(?i)\b(?:orcid|dblp|google scholar|researchgate|homepage)\b")
#: A position under a name atop a page ("Professor of Economics", "Associate Professor, …"), never a title.
_POSITION = re.compile(
    r"(?i)(?<!\w)(?:(?:assistant|associate|full|adjunct|visiting|emeritus|distinguished|senior|principal|research)"
    r"\s+){0,3}(?:professor|lecturer|research (?:fellow|scientist|associate)|postdoctoral \w+|ph\.?\s?d\.? "
    r"(?:student|candidate))\b(?:\s+(?:of|in)\s+\w+|,|$)"
)
_PATENT = re.compile(r"(?i)\b(?:patent|brevetto|patente|brevet|патент)|^пат\.")
#: "Oral presentation, ESC Congress 2025": the venue of a talk or a poster, an abstract only presented
#: (a venue such as "Lecture Notes in …" is no talk's, so only these words open one).
_PRESENTED = re.compile(r"(?i)(?:oral |poster |moderated |invited )?(?:presentation|poster|talk)\b")


#: "(with Jonas Erikson and Priya Natarajan)": the co-authors of a CV's own paper, the owner unnamed.
_WITH = re.compile(  # "(with X)", "(zus. mit X)", "(gemeinsam mit X)"
    rf"[(\[]?(?:{EDITOR_ROLE}\s)?\b{COAUTHOR_NOTE}\s+(?=[^\W\d_])"  # "(dir., avec X)", "(guest ed., with X)"
    r"|\bco-?authors?:?\s*(?=[^\W\d_])",
    re.IGNORECASE,
)


_WITH_BEFORE = re.compile(rf"[(\[,]\s?(?:\w+\.?,?\s){{0,2}}{COAUTHOR_NOTE}\s+$", re.IGNORECASE)
_WITH_NOTE = re.compile(  # "(with Sun-Hee Park)", "[joint work with A. Ito]"
    rf"[(\[]{COAUTHOR_NOTE}\s[{CAPITAL}][^()\[\]]*[)\]]"
)
#: A paragraph of a list led by its year and a dash ("2022 — Title"), not a line of prose about the owner.
_YEAR_LED = re.compile(rf"\s*(?:{YEAR}[a-z]?|(?P<status>[^\W\d][\w\s]{{2,30}}?))\s[—–-]\s")


def _led_by_a_year(text: str) -> bool:
    """Whether a paragraph opens with its year, or a status in the year's place, and a dash ("2022 —",
    "Forthcoming —"): an item of a list, not a line of prose."""
    led = _YEAR_LED.match(text)
    return led is not None and (not led["status"] or status_in(led["status"]) is not None)


_CITED_WHERE = frozenset({"publisher", "location", "arxiv", "doi"})  # a book, or a work with its identifier
#: "Köln/Weimar/Wien: Böhlau 2019", "New York: Routledge, 2021": where and by whom a book came out.
_PLACE_PUBLISHER_YEAR = re.compile(
    rf"\b[A-Z][^\s:,;()/]{{1,30}}(?:/[A-Z][^\s:,;()/]{{1,30}}){{0,4}}:\s[A-Z][^,;:()\d]{{1,60}},?\s{YEAR}\b"
)

#: Legal citations' "…, AJP 2022, S. 98–103", "sic! 2023, S. 311 ff." (a year, then pages) and a chapter's
#: "…, in: Meier/Huber (Hrsg.), Book": a work cited where it came out.
_CITED_TAIL = re.compile(rf"\b{YEAR}\)?,?\s(?:S\.|pp?\.|s\.|str\.)\s?\d|[,.]\s[Ii]n:\s")


def _coauthors_only(item: Labelled, owner: str) -> bool:
    """An entry of the owner's list that prints no author but its co-authors ("(with X and Y)") or
    none at all before its quoted or italic title: economics' and the humanities' CV style."""
    family = fold(split_name(owner)[1])
    editors = _named_editors(item)
    printed = " ".join(t.text for k, t in enumerate(item.tokens) if k not in editors)
    printed = printed[: m.start()] if (m := _EDITED_BY_PHRASE.search(printed)) else printed  # the book's
    if family and family in fold(printed):
        return False  # the owner is printed (not only as the book's editor): read as printed
    marked = next((s.start for s in item.block.spans if s.kind == "field" and s.target == "author"), None)
    if marked is not None and _WITH.match(item.block.text, marked):
        return True  # the page marks its names as co-authors ("Other authors" on a profile)
    if _owner_alone(item.block.text):
        return True  # "Title \ Single-authored.", "Review of *Book*, by X. *Journal*": the owner's alone
    labels = settled_labels(item)  # as the entry is read ("136 Harv. L. Rev." is no name)
    authors = [i for i, name in enumerate(labels) if name == "author"]
    if not authors:  # only a work's title, quoted or italic, or a book cited whole with its place,
        # publisher and date ("Title, Köln: Böhlau 2019"): a CV line about a position or a tool is no paper
        titled = [t for t, name in zip(item.tokens, labels, strict=True) if name == "title"]
        listed = (
            item.block.kind != "paragraph"
            or item.block.number is not None  # (Word's "1." paragraphs)
            or _led_by_a_year(item.block.text)  # "2022 — Title. Oslo: Universitetsforlaget."
        )
        cited = listed and (  # a list's item, not a line of prose about the owner
            ("date" in labels and not _CITED_WHERE.isdisjoint(labels))
            or (  # "Title, ZGR 2024, 412–451", "Title, JZ 2025 (im Erscheinen)"
                "container" in labels
                and ("date" in labels or "status" in labels)
                and ("pages" in labels or "status" in labels)
            )
            or bool(_PLACE_PUBLISHER_YEAR.search(item.block.text))
            or bool(_CITED_TAIL.search(item.block.text))
        )
        if len(titled) > 1 and titled[0].text in ("—", "–", "-"):
            titled = titled[1:]  # "2023 — “Title”": the dash after the year
        styled = titled and (
            _marked_as(item.block, "title")  # the page (or the reader, for a bare title) marks it
            or item.block.kind == TITLED  # a title the page prints as a heading
            or titled[0].quoted
            # jemdoc's "[papers/x.pdf Title]", Markdown's "[Title](url)", with the series and year after it
            or (
                titled[0].link is not None
                and "date" in labels
                and ("container" in labels or titled[-1].link != titled[0].link)  # words after the link
            )
            or "italic" in titled[0].styles
            or ("bold" in titled[0].styles and "container" in labels)  # "**Title**, *Journal*, 2021"
        )
        return bool(titled) and bool(styled or cited)
    first = item.tokens[authors[0]].start
    text = item.block.text
    if _WITH_BEFORE.search(text, max(0, first - 20), first):  # "(dir., avec | Jean-Daniel Rochat)"
        return True
    return any(_WITH.match(text, at) for at in (first, max(0, first - 1)))


def _owner_alone(text: str) -> bool:
    """An entry of the owner's list that says the owner wrote it alone: "Single-authored", or a book
    review ("Review of *Book*, by X": X wrote the book, not the review)."""
    return SOLE_AUTHOR.search(text) is not None or REVIEW_OPENS.match(text.lstrip()) is not None


def _named_editors(item: Labelled) -> set[int]:
    """The tokens of the editors' runs that say they are editors ("ed. by X and Y", "X (eds.)"); a run
    of names the labeller took for editors without such a word may be the authors."""
    out: set[int] = set()
    run: list[int] = []
    for k, name in enumerate([*item.labels, ""]):
        if name == "editor":
            run.append(k)
            continue
        if any(_EDITOR_WORD.fullmatch(item.tokens[i].text.strip("(),.:;")) for i in run):
            out.update(run)
        run = []
    return out


_EDITED_BY_PHRASE = re.compile(rf"(?i)\b{EDITED_BY}\s")
_EDITOR_WORD = re.compile(r"(?i)eds?|edited|by|hrsg|hg|éds?|dir|a cura di|red|toim")


def _with_owner_first(paper: Paper, owner: str, *, sole: bool = False, alphabetical: bool = False) -> Paper:
    """The owner as first author, then the co-authors an entry prints after "with" (none when the entry
    says the owner wrote it alone: then what was read as names is that note); on a page whose author
    lists are alphabetical, the owner where the family name sorts among them."""
    coauthors = []
    for author in () if sole else paper.authors:
        name = _WITH.sub("", author.name, count=1).strip(" ()")
        if name and fold(name) != fold(owner):
            given, family, suffix = split_name(name)  # "with Lars Øvergaard": "Lars" is his given name
            renamed = attrs.evolve(author, name=name, given=given, family=family, suffix=suffix)
            coauthors.append(renamed if name != author.name else author)
    owner_author = Author(uncapitalised(owner), is_owner=True)  # "ANA SOFÍA RESTREPO" atop the CV
    at = 0
    if alphabetical:
        at = sum(fold(a.family or a.name) < fold(owner_author.family or owner_author.name) for a in coauthors)
    return attrs.evolve(paper, authors=[*coauthors[:at], owner_author, *coauthors[at:]])


def _anchor_owner(item: Labelled, owner: str) -> Labelled | None:
    """The entry with the owner's printed name, and the names printed next to it, labelled as authors."""
    family = fold(split_name(owner)[1])
    if not family:
        return None
    tokens = item.tokens
    hits = [i for i, t in enumerate(tokens) if fold(t.text.strip(" ,;.:" + MARKER_CHARS)) == family]
    editors = _named_editors(item)  # the owner as the book's editor is no author of the chapter
    hits = [i for i in hits if item.labels[i] != "author" and i not in editors]
    if not hits:
        return None
    labels = list(item.labels)
    for hit in hits[:1]:
        start = end = hit
        while (  # a name never runs over a line break
            start > 0
            and not tokens[start].break_before
            and NAME_TOKEN.match(tokens[start - 1].text)
            and not ends_sentence(tokens[start - 1].text)
        ):
            start -= 1
        while (
            end + 1 < len(tokens)
            and not tokens[end + 1].break_before
            and NAME_TOKEN.match(tokens[end + 1].text)
            and not ends_sentence(tokens[end].text)
        ):
            end += 1
        for i in range(start, end + 1):
            labels[i] = "author"
    return item.relabelled(labels)


# --- sections -----------------------------------------------------------------------------------


def _is_pub_heading(text: str) -> bool:
    """A publication section's heading: its last section word names publications ("Student-led papers"
    is one, "Conference presentations" is not)."""
    return _section_kind(text) is True


_SCHOLARLY_WORKS = re.compile(
    r"(?i)\bscholarly (?:and creative )?(?:activities|works|output)|\bintellectual contributions\b"
)


#: A section of posters and demos, when no publication word says otherwise ("Workshop papers and posters").
_POSTERS = re.compile(r"(?i)\bposters?\b|\bdemos\b|\bdemonstrations\b")
#: A section of the languages one speaks, when no publication word says otherwise ("Papers in other
#: languages", "English-language journals" are publications).
_LANGUAGES = re.compile(r"(?i)languages?\b|sprachkenntnis|langues\b|idiomas\b|\blínguas\b")


def _section_kind(text: str) -> bool | None:
    """True for a publication heading, False for another section's, None when no section word shows."""
    negated = _NO_PROCEEDINGS.search(text) is not None
    text = _NO_PROCEEDINGS.sub(" ", text)  # "Talks (no proceedings)": the talks decide
    if _PROCEEDINGS.search(text):
        return True  # "Prosiding Seminar Nasional", "Proceedings of workshops": papers, whatever event
    if _SCHOLARLY_WORKS.search(text):
        return True  # Interfolio's "Scholarly and Creative Activities", Digital Measures' contributions
    outside = _HEADING_ASIDE.sub(" ", text)  # "Other Publications (book reviews, outreach)": the noun decides
    said = outside if _NEGATION.search(text) else text  # ("학술대회 발표 (초록 게재)", not "(not published)")
    if _PUBLISHED_ABSTRACTS.search(outside) or _PUBLISHED.search(said):
        # a clinician's "Abstracts and Poster Presentations": printed in journals' supplements; talks or
        # reports said to be published ("Глави от книги и публикувани доклади", "Published talks") too
        return True
    if outside.strip() and outside != text and (_PUB_WORDS.search(outside) or _NON_PUB_WORDS.search(outside)):
        text = outside
    pub = list(_PUB_WORDS.finditer(text))
    other = [m.end() for m in _NON_PUB_WORDS.finditer(text)]
    if not pub and not other:
        if negated:
            return False  # "Other reports (no full paper)": what it holds has no paper
        if status_in(text) is not None:
            return True  # "En evaluación", "Под рецензией": works under a status
        if _POSTERS.search(text):
            return False  # "Posters & Demos" ("Workshop papers and posters" is a publication section)
        # the languages one speaks ("Languages", "Language skills"; a title may name languages too)
        return False if len(text.split()) <= 3 and _LANGUAGES.search(text) else None
    if not other:
        return not negated  # ("KONFERENSBIDRAG (urval, ej publicerade)": presented, not published)
    # both: a publication noun named last wins ("Student-led papers"; not "Working groups and workshops")
    return bool(pub) and pub[-1].end() > max(other) and bool(_PUBLICATION_NOUN.match(pub[-1].group(0)))


_HEADING_ASIDE = re.compile(r"\([^()]*\)")
#: A heading's aside that goes on in lower case (no gloss of it): "OS -- Ouvrages (ou chapitres de …)".
#: An aside in lower case, or a list of capitalised indexes ("(SCI, SCI-E, SSCI, AHCI)", "(Scopus/WoS)").
_LOWER_ASIDE = re.compile(r"\((?=[a-zß-ÿ])[^()]*\)|\((?:[A-Z][\w-]{1,11}(?:,\s?|/|\s))*[A-Z][\w-]{1,11}\)")
_PUBLISHED_ABSTRACTS = re.compile(r"(?i)\babstracts\b")
_NEGATION = re.compile(r"(?i)\b(?:not|no|non|un|sin|sem|sans|ohne|nicht|niet|nie|ikke|inte)\b|미|未|不")
_PUBLISHED = re.compile(
    r"(?i)\b(?:published|publicad[oa]s|publiés|публикуван|опубликован|опублікован"
    r"|com publicação|com atas|con actas|avec actes|with proceedings)|게재|掲載"
)
#: Section headings are short ("Journal Articles", "Invited Talks"); a longer heading is a paper's title.
_SECTION_WORDS = 7
#: A section's number before its heading's words ("3.3.", "2.1", "IV.", "B."): no paper's title has one.
_SECTION_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.|[IVX]{1,5}\.|[A-H]\.)\s+(?=\w)")


def _in_publications(
    headings: Sequence[Heading], *, default: bool, titles: frozenset[int] = frozenset()
) -> bool | None:
    """Whether a heading path leads into a publication section (a sub-heading inherits its parent's);
    `titles` are the lines of headings that are papers' titles (linked headings). None: a section no
    word names, on a page whose other sections say which hold publications."""
    state: bool | None = default or None
    for heading in headings:
        numbered = _SECTION_NUMBER.match(heading.text)  # "3.3. Báo cáo tại hội nghị": a section's number
        words = heading.text[numbered.end() if numbered else 0 :].split()
        if heading.line in titles:
            continue  # a paper's title as a heading, not a section
        if heading.level <= 1 and _looks_like_person_heading(_without_credentials(heading.text)):
            continue  # the owner's name over the page ("Dr Eilidh MacAskill"), not a section
        # a long heading is a paper's title, unless it opens with a section's words: then they tell
        # ("Publications in journals indexed in the Journal Citation Reports")
        counted = heading_words(_LOWER_ASIDE.sub(" ", " ".join(words)))  # "(ou chapitres de ces ouvrages)"
        long = counted > _SECTION_WORDS and not heading.text.isupper() and not numbered  # capitals,
        # a number: a section's
        kind = _section_kind(" ".join(words[:2]) if long else heading.text)
        if long and kind is None and _section_kind(" ".join(words[:3])) is True:
            kind = True  # "Contributi in atti di convegni …" (not "Masked Retraining Teacher-student …")
        glossed = heading.text.split(" / ")  # "সম্মেলন ও আমন্ত্রিত বক্তৃতা / Conferences and Invited Talks"
        if (
            long
            and kind is None
            and len(glossed) > 1
            and max(len(g.split()) for g in glossed) <= _SECTION_WORDS
        ):
            kind = next((k for k in map(_section_kind, glossed) if k is not None), None)
        if kind is None and long:
            continue
        if kind is not None:
            state = kind
        elif heading.level <= 1 and not _YEAR_HEADING.match(heading.text):
            state = state and (default or None)  # a new top section without publication words
    return state


def _publication_blocks(doc: Document) -> tuple[list[Block], dict[tuple[Heading, ...], list[Block]]]:
    """The blocks inside publication sections (a short label line, "Grants", opens a section too); and,
    by section, the blocks left out of sections no word names where some read as citations."""
    titles = frozenset(b.line for b in doc.blocks if b.kind == "heading" and _is_linked(b))  # papers' titles
    any_pub = any(_is_pub_heading(h.text) for h in doc.headings if h.line not in titles)
    default = not any_pub or bool(doc.title and _is_pub_heading(doc.title))
    out: list[Block] = []
    label: Heading | None = None
    year: Heading | None = None  # a year printed alone just before (a card's year badge)
    inside: dict[tuple[Heading, ...], bool | None] = {}  # blocks of one section share their heading path
    unnamed: dict[tuple[Heading, ...], list[Block]] = {}  # the blocks of each section no word names
    previous: Block | None = None
    for block in doc.blocks:
        under_title = previous is not None and previous.line in titles  # a paper's title heading above
        previous = block
        if block.kind == "heading":
            label = None
        elif _is_label(block) and not under_title:  # ("Submitted" under a title is its status)
            label = Heading(block.text.strip(" :"), 9, block.line)
            continue
        if block.kind == "paragraph" and _LONE_YEAR.fullmatch(block.text):
            year = Heading(block.text.strip(), 9, block.line)
            continue
        if year is not None and not _YEAR.search(block.text):  # "2025" / "A. Roe, “Title,” Journal."
            block = attrs.evolve(block, headings=(*block.headings, year))
        year = None
        block = _without_number_line(block)
        typed = _under_work_type(block)
        if typed is not None and _NOT_PAPER_KIND.search(typed.headings[-1].text):
            continue  # a repository's poster, dataset or lecture: no paper
        block = typed or block
        headings = (*block.headings, label) if label else block.headings
        if headings not in inside:
            inside[headings] = _in_publications(headings, default=default, titles=titles)
        if inside[headings] or (inside[headings] is False and _plainly_a_paper(block)):
            out.append(block)  # (a paper in a talks section: "Ponencias …: … In: *Proceedings of …*")
        elif inside[headings] is None:  # under a section no word names: decided with its section's blocks
            section = tuple(h for h in headings if not _YEAR_HEADING.match(h.text))  # its years are one
            unnamed.setdefault(section, []).append(block)
            out.append(block)
    undecided = {id(b) for blocks in unnamed.values() for b in blocks}
    kept = {id(b) for blocks in unnamed.values() for b in _citations_of_unnamed_section(blocks)}
    skipped = {
        section: left
        for section, blocks in unnamed.items()
        if any(map(_reads_as_a_citation, left := [b for b in blocks if id(b) not in kept]))
    }
    return [b for b in out if id(b) not in undecided or id(b) in kept], skipped


def _plainly_a_paper(block: Block) -> bool:
    """A whole citation of a paper printed in a meeting's book ("… In: *Proceedings of the 30th Americas
    Conference …*", "En: Actas del …") or in a journal's volume and issue ("*Emerald Emerging Markets Case
    Studies*, *13*(2)"): a paper, under whatever section it stands (talks, teaching cases)."""
    text = block.text
    printed = _IN_PROCEEDINGS.search(text) is not None or _VOLUME_AND_ISSUE.search(text) is not None
    return printed and _full_citation(block)


_IN_PROCEEDINGS = re.compile(
    r"(?i)\b(?:in|en|em|in:|en:|em:)\s+(?:the\s+)?"
    r"(?:proceedings|proc\.|actas|anais|anales|memorias|atti|abstract book|book of abstracts)\b"
)  # (a poster's abstract printed in the meeting's "Book of Abstracts" is published too)
_VOLUME_AND_ISSUE = re.compile(  # "13(2)", "44(9):3512" (not a year in brackets: "567 (2023)")
    r"(?<![\d.])\d{1,4}\s?\((?!(?:1[89]|20)\d\d\))\d{1,4}(?:[-–]\d{1,4})?\)(?:[,:.]|$)"
)


def _citations_of_unnamed_section(blocks: list[Block]) -> list[Block]:
    """The blocks of a section no word names that are read: each plainly a citation; and, where the
    section's items are citations all but a few (a topic's papers: "### Graph neural networks" beside
    "### Workshop papers"), every item that reads as one."""
    plain = [b for b in blocks if _full_citation(b) or _titled_card(b) or _titled_record(b)]
    for k, block in enumerate(blocks):  # a card whose fields the page names, a block each: its title
        if not _marked_as(block, "title") or block in plain:  # (`<div class="pub-title">`), then its names
            continue
        card = list(itertools.takewhile(_card_field, blocks[k + 1 : k + 5]))
        if any(_marked_as(b, "author") for b in card):
            plain += [block, *card]
    items = [b for b in blocks if b.kind == "item"]
    likely = [b for b in items if _likely_citation(b)]
    if plain and len(items) >= 2 and 4 * len(likely) >= 3 * len(items):
        return [b for b in blocks if b in plain or b in likely]
    return plain


def _reads_as_a_citation(block: Block) -> bool:
    """Whether a block left out of a section no word names is said so: it reads as a citation, or opens
    with a name as citations do and has a year ("Vogt, Sabine ; Hoffmann-Berg, Lena: … 2021")."""
    return _likely_citation(block) or bool(AUTHOR_OPENS.match(block.text) and _YEAR.search(block.text))


def _likely_citation(block: Block) -> bool:
    """Whether a block reads as a citation by its signs (three of `_signals`, a year among them)."""
    return _signals(block) >= 3 and bool(_YEAR.search(block.text) or _heading_year(block))


def _card_field(block: Block) -> bool:
    """A block the page marks as a card's names, venue or date (under the card's title)."""
    return any(_marked_as(block, field) for field in ("author", "container", "date"))


_LONE_YEAR = re.compile(rf"\s*[(\[]?{YEAR}[)\]]?\s*")


def _full_citation(block: Block) -> bool:
    """A block that reads as a whole citation wherever it stands: it opens with a name written as
    citations write them, has a year and at least two other signs of one."""
    text = block.text.lstrip("★☆✪ ")  # (an award's star before the names)
    return (
        len(text.split()) >= 8
        and bool(AUTHOR_OPENS.match(text) or (_QUOTED_OPENING.match(text) and not _TALK.search(text)))
        # a year (its own, or its year heading's), or "in press" / "en prensa" for it
        and bool(_YEAR.search(text) or status_in(text) or _heading_year(block))
        and _signals(block) >= 3
    )


#: A talk's words: "“Title,” Keynote, IEEE SPAWC 2024" is no paper, though it opens as one does.
_TALK = re.compile(r"(?i)\b(?:keynote|invited talk|talk|seminar|colloquium|lecture|presentation|poster)\b")
#: "“Title” (with X), Venue, 2023": a citation that opens with its quoted title (the owner's own paper).
_QUOTED_OPENING = re.compile(r"\s*[“\"«‘]\S[^“”\"«»]{8,300}[”\"»’]")


def _titled_card(block: Block) -> bool:
    """A block that reads as a paper's card wherever it stands: a list item with a bold or linked title
    over a line of names, and a year ("**Title**<br>Ann Lee, Bo Roe<br>*CHI 2026*" under a page's
    "Research"), or a record of short lines, title, names, then venue and date (a portal's copied card)."""
    title, _, rest = block.text.partition("\n")
    names = _starts_with_names(rest) or _looks_like_person_heading(rest.partition("\n")[0])  # or one name
    if len(title.split()) < 3 or not names or not _YEAR.search(rest):
        return False
    styled = any(
        s.kind in ("bold", "link")
        and s.start <= len(title) - len(title.lstrip())
        and s.end >= len(title.rstrip())
        for s in block.spans
    )
    lines = block.text.split("\n")
    record = 3 <= len(lines) <= 8 and max(map(len, lines)) <= 200 and not _starts_with_names(title)
    return (block.kind == "item" and styled) or (block.kind == "paragraph" and record)


#: "1.1 Articolo in rivista", "6.1 Brevetto": a repository's numbered kind of work over an entry (IRIS).
_WORK_TYPE_LINE = re.compile(r"\d{1,2}\.\d{1,2}\.?\s+([^\W\d_][^\n\d]{2,60})")


_NOT_PAPER_KIND = re.compile(r"(?i)\b(?:poster|dataset|software|lecture|presentation|talk|patent)s?\b")


def _without_number_line(block: Block) -> Block:
    """A table row whose first cell is the entry's number ("2" over "Srisuk, P.; … 2024"), its year or
    a bullet ("•" over the entry, as layout tables drew lists): the entry after it, numbered (a year
    opening it); any other block as it is."""
    first, newline, rest = block.text.partition("\n")
    if newline and "\n" in rest and _YEAR_CELL.fullmatch(first) and len(rest.split()) >= 4:
        # a year column's cell over an entry of a field a line: the entry opens with its year (over
        # an entry of one line, the year is read as a heading's would be)
        return _with_text(block, f"{first} {rest}")
    number = _NUMBER_CELL.fullmatch(first) if newline else None
    bullet = number is None and newline and _BULLET_CELL.fullmatch(first)
    if (number is None and not bullet) or len(rest.split()) < 4:
        return block
    cut = _cut(block, len(first) + 1, len(block.text))
    return Block(
        cut.text,
        cut.spans,
        cut.breaks,
        cut.kind,
        int(number.group(1)) if number else block.number,
        cut.headings,
    )


_NUMBER_CELL = re.compile(r"\s*[\[(]?(\d{1,3})[.)\]]?\s*")  # (four digits: a year column)
_YEAR_CELL = re.compile(rf"\s*[\[(]?(?:{YEAR})[a-z]?[\])]?[.:]?\s*")
_BULLET_CELL = re.compile(r"\s*[•·‣◦▪▸►▶●■□○◆✓✔➢➤→*–-]\s*")


def _under_work_type(block: Block) -> Block | None:
    """An entry whose first line is only its kind of work ("1.1 Articolo in rivista", "Dataset") or a
    section's short label over the first entry ("Books, catalogues and chapters<br>Lee, A. …") with
    that kind made a heading over it, so the kind decides as a section would (a patent or a dataset is
    no paper); a numbered kind's line and a label are blanked (offsets kept): no part of the citation.
    None for any other block."""
    first, newline, rest = block.text.partition("\n")
    found = _WORK_TYPE_LINE.fullmatch(first.strip()) if newline and len(first) <= 80 else None
    named = found.group(1).strip() if found else first.strip()
    # (a label's citation is one line; a title's lines below it are its names, then its venue)
    label = found is None and "\n" not in rest.strip() and _SECTION_LABEL.fullmatch(named) is not None
    if found is None and not (newline and is_kind_of_work(named)) and not (newline and label):
        return None
    if len(rest.split()) < 4 or _section_kind(named) is None:
        return None
    kind = Heading(named, 9, block.line)
    if label:  # the entry starts on the line under its label
        block = _cut(block, len(first) + 1, len(block.text))
        return Block(block.text, block.spans, block.breaks, block.kind, None, (*block.headings, kind))
    text = " " * len(first) + "\n" + rest if found else block.text
    return Block(text, block.spans, block.breaks, block.kind, block.number, (*block.headings, kind))


#: A section's short label on a line of its own: a few capitalised words, commas and "&" / "and" between
#: them, no digit or stop ("Books, catalogues and chapters", "Press & criticism").
_SECTION_LABEL = re.compile(r"[^\W\d_][^\W\d]*(?:,?\s(?:&\s|and\s|y\s|et\s|und\s)?[^\W\d_][^\W\d]*){0,5}")


def _is_linked(heading: Block) -> bool:
    """A heading that is all one link, but for a badge ("JMP"): a paper's title linking to its page,
    not a section."""
    text = heading.text.strip()
    badges = sum(s.end - s.start for s in heading.spans if s.kind == "field" and s.target == "other")
    links = [s for s in heading.spans if s.kind == "link"]
    return len(text.split()) >= 3 and any(s.end - s.start >= 0.9 * (len(text) - badges) for s in links)


def _is_label(block: Block) -> bool:
    """A paragraph that is only a short section label ("Grants", "Reviews and book chapters:"), or one in
    capitals after its numeral ("II. CÔNG TRÌNH KHOA HỌC ĐÃ CÔNG BỐ")."""
    text = block.text.strip()
    numeral = _LABEL_NUMERAL.match(text) if block.number is None else None
    text = text[numeral.end() :] if numeral else text
    words = text.split()
    return (
        block.kind == "paragraph"
        and (1 <= len(words) <= 5 or (numeral is not None and text.isupper() and len(words) <= 8))
        and "\n" not in text
        and not any(c.isdigit() for c in text)
        and not text.endswith((".", ","))
        and (text[:1].isupper() or (text[:1].isalpha() and not text[:1].islower()))  # or caseless
        and bool(_PUB_WORDS.search(text) or _NON_PUB_WORDS.search(text))
        and not _ONE_DISTINCTION.search(text)
        and not _all_links(block)  # "DOI Dataset", "Dataset": a paper's buttons
    )


_LABEL_NUMERAL = re.compile(r"(?:[IVX]{1,4}|[A-H])\.\s")


def _all_links(block: Block) -> bool:
    """Whether every word of a block is inside a link (separators between links aside)."""
    links = [s for s in block.spans if s.kind == "link"]
    return bool(links) and all(
        any(s.start <= m.start() < s.end for s in links) for m in re.finditer(r"[^\s|/·•]+", block.text)
    )


#: A paper's own distinction on a line of its own ("Best Student Paper Award"), not a section of awards.
_ONE_DISTINCTION = re.compile(r"(?i)\b(?:best|outstanding|honou?rable|runner[- ]?up|finalist)\b")


def _section(block: Block) -> str | None:
    """The nearest heading above the block that is not a bare year."""
    for heading in reversed(block.headings):
        if not _YEAR_HEADING.match(heading.text):
            return heading.text
    return block.headings[-1].text if block.headings else None


def _heading_year(block: Block) -> int | None:
    for heading in reversed(block.headings):
        m = _YEAR_HEADING.match(heading.text)
        if m:
            return int(m.group(1))
    return None


# --- legends ------------------------------------------------------------------------------------


#: A legend saying that underlined (or bold) names are others' than the owner: students', trainees', a
#: lab's members ("students underlined", "Lab members in bold", "学生の氏名には下線", "underlined: student").
_OTHERS = r"(?:(?:lab|group|team) members?|students?|trainees?|mentees?)"
_STYLED_OTHERS = {
    style: re.compile(
        rf"(?i)\b{_OTHERS}(?:'|’)?(?: names?)?\s(?:are\s)?(?:in\s|set in\s)?{word}"
        rf"|{word}\w*(?: names?)?(?: are| =|:| indicates?| denotes?| marks?)\s(?:an?\s)?(?:\w+\s)?{_OTHERS}"
        + extra
    )
    for style, word, extra in (
        ("underline", "underlined", r"|学生[^。\n]{0,12}下線|下線[^。\n]{0,8}学生|밑줄[^.\n]{0,10}학생"),
        ("bold", "bold", ""),
    )
}


#: A superscript that is a list of marks ("a", "a,b", "1,*"): its letters a-d are marks too.
_RAISED_MARK_LIST = re.compile(r"\s?[1-9a-d*†‡§#](?:\s?[,;]\s?[1-9a-d*†‡§#]){0,5}\s?")


def _raised_marks(block: Block) -> Block:
    """Digits set in superscript (`<sup>1</sup>`, Pandoc's `^1^`) as the superscript digits they print,
    which are role markers when a legend says so ("^1^ denotes equal contribution") and an affiliation's
    number otherwise (same length: offsets kept). So are the letters a-d of a superscript that lists marks
    ("Ruiz<sup>a,b</sup>"), unless it follows a digit (an ordinal: "1<sup>a</sup>"; "XIX<sup>e</sup>" has
    no mark letter)."""
    raised = [s for s in block.spans if s.kind == "sup"]
    text = block.text
    if not raised or not any(c.isdigit() or c in "abcd" for s in raised for c in text[s.start : s.end]):
        return block
    chars = list(text)
    for span in raised:
        letters = (
            not text[span.start - 1 : span.start].isdigit()
            and _RAISED_MARK_LIST.fullmatch(text, span.start, span.end) is not None
        )
        for k in range(span.start, span.end):
            if chars[k].isdigit() or (letters and chars[k] in "abcd"):
                chars[k] = SUPERSCRIPTS.get(chars[k], chars[k])
    return _with_text(block, "".join(chars))


#: A letter in brackets that a legend makes a role mark: "(c): 교신저자", "(c) = corresponding author".
_LETTER_MARK_LEGEND = re.compile(
    rf"(?<![\w(])\((?P<tag>[A-Za-z]{{1,2}})\)\s?(?:{_MARKS_OR}\s{_MARK}\s?)?(?:[:=]|[-–—]{{1,2}}|indicates|denotes|marks)\s?"
    r"(?P<meaning>[^.;\n]{2,40})"
)
#: Marks given to lettered ones, first unused first ("(c)" → "(✉)": same length, offsets kept).
_MARKS_FOR_LETTERS = "✉§¶✦★☆⋆"


def _lettered_marks(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a lettered role mark ("Kim MJ(c), Lee SH", explained by a legend "(c): 교신저자")
    written as a marker character, so that the name reads without it and the legend gives its role.
    Without a legend a letter in brackets stays text."""
    implied = _implied_corresponding_mark(blocks)
    lettered = any("(" in block.text and _LETTER_MARK_LEGEND.search(block.text) for block in blocks)
    if not implied and not lettered:
        return list(blocks)
    tags = {
        m.group("tag")
        for block in blocks
        for m in _LETTER_MARK_LEGEND.finditer(block.text)
        if legend_meaning(m.group("meaning"))
    }
    free = [c for c in _MARKS_FOR_LETTERS if not any(c in block.text for block in blocks)]
    marks = dict(zip(sorted(tags), free, strict=False))
    if implied and "c" not in marks:
        marks["c"] = implied
    if not marks:
        return list(blocks)
    after_name = re.compile(rf"(?<=[\w.{re.escape(ROLE_MARKS)}])(\s?)\(({'|'.join(marks)})\)(?=[\s,.;:)]|$)")

    def in_legend(m: re.Match[str]) -> str:
        tag = m["tag"]
        return m[0].replace(f"({tag})", f"({marks[tag]})", 1) if tag in marks else m[0]

    def marked(text: str) -> str:
        text = _LETTER_MARK_LEGEND.sub(in_legend, text)
        return after_name.sub(lambda m: f"{m[1]}({marks[m[2]]})", text)

    return [_with_text(block, marked(block.text)) if "(" in block.text else block for block in blocks]


def _implied_corresponding_mark(blocks: Sequence[Block]) -> str:
    """The mark a legend gives the corresponding author ("✉ = korresponderande författare") where the
    entries also print "(c)" after a name and no legend explains it: the same role, in letters; else ""."""
    if not any("(c)" in block.text for block in blocks) or any(
        m.group("tag") == "c" for block in blocks for m in _LETTER_MARK_LEGEND.finditer(block.text)
    ):
        return ""
    for block in blocks:
        for m in _LEGEND.finditer(block.text) if _ANY_MARK.search(block.text) else ():
            if legend_meaning(m.group("meaning")) == "corresponding":
                return next((c for c in m.group("marks") if c in ROLE_MARKS), "")
    for block in blocks:  # (a legend in a sentence of its own language: "✉ (ou (c)) indique l'auteur …")
        for m in _LEGEND_SENTENCE.finditer(block.text) if len(block.text) < 400 else ():
            if legend_meaning(m.group("meaning")) == "corresponding":
                return m.group("marks") or m.group("bare")
    return ""


#: A page saying its author lists are in alphabetical order (mathematics, theoretical CS, economics).
_ALPHABETICAL = re.compile(
    r"(?i)\b(?:authors?|names?|co-?authors?)\b[^.\n]{0,40}\b(?:alphabetic(?:al)?(?:ly)?"
    r"|in alphabetical order)\b|\balphabetical (?:author )?order\b"
)


def _take_legends(block: Block) -> tuple[dict[str, str], Block]:
    """Marker meanings the block defines, and the block with the legend text blanked (offsets kept)."""
    found: dict[str, str] = {}
    text = block.text
    for style, pattern in _STYLED_OTHERS.items():
        if pattern.search(text):
            found[style] = "student"  # "students' names are underlined": the style marks no owner
    if _ALPHABETICAL.search(text):
        found["order"] = "alphabetical"  # "authors are listed alphabetically": where the owner stands
    if not _ANY_MARK.search(text):
        return found, block  # every legend names a marker: without one, none (the common case)
    spans: list[tuple[int, int]] = []
    for m in _LEGEND.finditer(text):
        meaning = legend_meaning(m.group("meaning"))
        marks = [c for c in m.group("marks") if c in ROLE_MARKS]
        if not meaning or not marks:
            continue
        # "* indicates ..." must stand at a boundary, not be an author's trailing marker ("Lee* equal …");
        # after a word and a space it may ("my name is in bold and † marks equal contribution")
        k = m.start("marks") - 1
        if k >= 0 and text[k].isalnum() and not m.group(0).lstrip().startswith("("):
            continue
        for mark in marks:
            found[mark] = meaning
        spans.append(m.span())
    for m in _LEGEND_MEANING_FIRST.finditer(text):
        meaning = legend_meaning(m.group("meaning") or m.group("meaning2"))
        mark = m.group("marks") or m.group("marks2")
        if meaning and mark:
            found[mark] = meaning
            spans.append(m.span())
    for m in _LEGEND_GLOSSED.finditer(text) if not found else ():
        meaning = legend_meaning(m.group("meaning"))
        if meaning:
            found[m.group("marks") or m.group("bare")] = meaning
            spans.append(m.span())
    for sentence in _LEGEND_SENTENCE.finditer(text) if len(text) < 400 else ():
        # "hvězdička (*) označuje autory, kteří se na práci podíleli rovným dílem": a short sentence of a
        # note, with no year (a citation's marked name is no legend), for a mark no legend above explained
        if (sentence.group("marks") or sentence.group("bare")) in found:
            continue
        start = max(text.rfind(c, 0, sentence.start()) for c in ".;\n") + 1
        end = min((j for c in ".\n" if (j := text.find(c, sentence.end())) >= 0), default=len(text))
        meaning = legend_meaning(sentence.group("meaning"))
        if meaning and end - start < 200 and not _YEAR.search(text, start, end):
            found[sentence.group("marks") or sentence.group("bare")] = meaning
            spans.append(sentence.span())
    if not spans:
        return found, block
    chars = list(text)
    for start, end in spans:
        legend = text[start:end]
        if legend.lstrip().startswith("(") and ")" in legend:  # an inline "(† — equal contribution)" among
            end = start + legend.rindex(")") + 1  # the names: the comma after it still parts two names
        chars[start:end] = " " * (end - start)
    return found, _with_text(block, "".join(chars))


def _without_portal_badges(block: Block) -> Block:
    """The block with a research portal's counts and badges blanked (offsets kept): "Citations (Scopus):
    38", "Lainaukset (Scopus): 7", "Open access", "Avoin saatavuus" are no part of a citation; nor are
    a group page's topic tags before a highlighted title ("[Vision] [NLP] **Title.**")."""
    tags = _TOPIC_TAGS.match(block.text) if block.text.startswith("[") else None
    if tags and not any(s.start <= tags.end() < s.end and s.kind in TITLE_STYLES for s in block.spans):
        tags = None  # (a tag is blanked only before a title the page highlights)
    if tags:
        block = _with_text(block, " " * tags.end() + block.text[tags.end() :])
    if not _PORTAL_BADGE.search(block.text):
        return block
    return _with_text(block, _PORTAL_BADGE.sub(lambda m: " " * len(m.group(0)), block.text))


#: Topic tags opening an entry: "[Vision] ", "[NLP] [Multimodal] " (words in brackets, no digit).
_TOPIC_TAGS = re.compile(r"(?:\[[A-Za-z][A-Za-z&/+ -]{0,24}\][ \t]+){1,4}")


#: A portal's count of citations or downloads ("Citations (Scopus): 38", "Lainaukset: 7", "Downloads
#: 214") or its open-access badge, in the languages portals print them in; a "·" before it goes too.
_PORTAL_BADGE = re.compile(
    r"(?i)(?:\s·\s*)?\b(?:(?:citations?|cited by|downloads|lainaukset|viittaukset|zitationen|citazioni|"
    r"citas|citações|cytowania|citeringar|siteringer|citaties)(?:\s\([^()\n]{1,20}\))?:?\s\d[\d,.]*"
    r"|open access(?! journal)|avoin saatavuus|öppen tillgång|åpen tilgang|offener zugang|accès ouvert"
    r"|acceso abierto|acesso aberto|accesso aperto|otwarty dostęp)\b"
)


def _bars_as_full_stops(block: Block) -> Block:
    """A home-made style whose fields are parted by bars ("Names | Title | *Journal* | 2024"): each bar
    ends its field as a full stop does (offsets kept), where two bars or more part the entry's first line
    (not a portal's "Indexed: CSSCI | Cited: 41 | Downloads: 2387" of keys and values)."""
    line = block.text.split("\n", 1)[0]
    parts = _BAR.split(line)
    if len(parts) < 3 or all(KEY_OPENS.match(part) and len(part) <= 40 for part in parts):
        return block
    return _with_text(block, _BAR.sub(_full_stop, line) + block.text[len(line) :])


_BAR = re.compile(r" ?\| ")  # ("《经济学动态》| 2024": glued to a CJK bracket)


def _full_stop(bar: re.Match[str]) -> str:
    """The full stop a bar stands for, its length kept: after a CJK word the ideographic one."""
    stop = "。" if unspaced_script(bar.string[max(bar.start() - 1, 0)]) else "."
    return stop.ljust(len(bar.group()))


def _one_citation_per_line(block: Block) -> list[Block]:
    """A paragraph whose every line is a whole citation ("A, B (2023). “Title.” *Venue*.<br>C (2021).
    …"), or whose lines are numbered in sequence ("14. *Title* (with …), J. Algebra<br>13. …", the
    owner left out), as one block per line; any other block as it is."""
    if "\n" not in block.text:
        return _numbered_source_lines(block) or [block]
    starts = [0, *(m.end() for m in re.finditer("\n", block.text))]
    ends = [*(start - 1 for start in starts[1:]), len(block.text)]  # each line without its break
    lines = [_cut(block, a, b) for a, b in zip(starts, ends, strict=True)]
    if all(_full_citation(line) for line in lines):
        return lines
    return _numbered_lines(block, lines) or _numbered_source_lines(block) or [block]


def _numbered_lines(block: Block, lines: list[Block]) -> list[Block] | None:
    """The lines of a paragraph as entries when each opens with the next number of one sequence, up or
    down ("[P2] …<br>[P1] …"; the first line's number may be the paragraph's own); else None."""
    found = [_LINE_NUMBER.match(line.text) for line in lines]
    if (found[0] is None and block.number is None) or not all(found[1:]):
        return None
    numbers = [_printed_number(m, block) for m in found]
    if not _in_sequence(numbers):
        return None
    return [
        _cut(line, match.end() if match else 0, len(line.text), number=number)
        for line, match, number in zip(lines, found, numbers, strict=True)
    ]


def _numbered_source_lines(block: Block) -> list[Block] | None:
    """A paragraph whose source lines open with the numbers of one sequence, three or more ("1. …" lines
    that LaTeX, or a markup pubkit does not know, joins into one paragraph), as one block per number; a
    source line without a number goes on the entry above it. None for any other paragraph."""
    if len(block.breaks) < 3:
        return None
    first = _LINE_NUMBER.match(block.text)
    starts = [(0, first)]
    for offset, _ in block.breaks[1:]:
        found = _LINE_NUMBER.match(block.text, offset)
        if found:
            starts.append((offset, found))
    if len(starts) < 3 or (first is None and block.number is None):
        return None
    numbers = [_printed_number(m, block) for _, m in starts]
    if not _in_sequence(numbers):
        return None
    ends = [offset for offset, _ in starts[1:]] + [len(block.text)]
    entries = []
    for (start, match), end, number in zip(starts, ends, numbers, strict=True):
        while end > start and block.text[end - 1].isspace():
            end -= 1
        entries.append(_cut(block, match.end() if match else start, end, number=number))
    return entries


def _printed_number(found: re.Match[str] | None, block: Block) -> int:
    """The number a line's label prints ("[P2]", "(3)", "14."), or the paragraph's own for its first line."""
    return int(next(g for g in found.groups() if g)) if found else block.number or 0


def _in_sequence(numbers: list[int]) -> bool:
    """Whether printed numbers go up or down one at a time ("1. 2. 3.", "[P2] [P1]")."""
    return {b - a for a, b in itertools.pairwise(numbers)} in ({1}, {-1})


_LINE_NUMBER = re.compile(r"[ \t]*(?:\[[A-Z]{0,3}(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)])[ \t]+(?=\S)")


def _cut(block: Block, start: int, end: int, *, number: int | None = None) -> Block:
    """The part `start:end` of a block: its spans clipped and its line map shifted (an entry of its own
    with `number`)."""
    spans = [
        Span(max(s.start, start) - start, min(s.end, end) - start, s.kind, s.target)
        for s in block.spans
        if s.start < end and s.end > start
    ]
    breaks = [(0, block.line_at(start)), *((o - start, line) for o, line in block.breaks if start < o < end)]
    return Block(block.text[start:end], spans, breaks, block.kind, number, block.headings)


def _with_text(block: Block, text: str) -> Block:
    return Block(text, block.spans, block.breaks, block.kind, block.number, block.headings)


# --- entries ------------------------------------------------------------------------------------

_DASHED_DATE = re.compile(
    rf"\s-\s(?:(?:{YEAR})(?:\s-\s|\s*$)|(?:{'|'.join(sorted(UNDATED_WORDS))})\b)", re.M
)  # (an undated record's line may run on into the next: "- manuscript Abstract: …")
_AUTHORS_KEY = re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, sorted(AUTHORS_KEYS)))})\s?:\s")
_ID = re.compile(r"(?i)arxiv|doi|10\.\d{4,9}/|e-print:\s?\d{4}\.\d{4,5}")


#: Quotes that mark a paragraph as a citation: a title's ("APA", “Chicago”, ‘OSCOLA’, „German“);
#: «» and 「」 quote names of projects and courses as often as titles, so they are no sign of one.
_QUOTES = ('"', "\u201c", "\u201d", "\u2018", "\u201e")


def _signals(block: Block) -> int:
    """Signs that a paragraph is a citation: quotes, a year, an identifier, commas, a numbered item."""
    text = block.text
    return sum(
        (
            block.number is not None,
            any(q in text for q in _QUOTES),
            bool(_YEAR.search(text)) or _heading_year(block) is not None,  # or the year heading over it
            bool(_ID.search(text)),
            text.count(",") >= 2,
            text.count(". ") >= 2,
            any(s.kind in ("italic", "bold", "link") for s in block.spans),
            text.count("\n") >= 1 and len(text.split("\n")) <= 6,  # title / authors / venue lines
            bool(_AUTHORS_KEY.search(text)),  # a profile's record: "Authors : SN Rahmawati, A Wibowo"
            bool(_DASHED_DATE.search(text)),  # PhilPapers: "Title. A & B - 2024 - Journal"
            status_in(text) is not None,  # "‘Title’ (under review)": a paper not yet dated
            bool(_VOLUME_AND_ISSUE.search(text) or _PAGES_AFTER_VOLUME.search(text)),  # DBLP's one line:
            # "Erkenntnis 89(5): 1921-1944 (2024)", "Synthese 203: 88-101"
            _closing_year(text),  # "서울: 아카넷 (2022)": the year in brackets ends the citation
            bool(_DBLP_RECORD.match(text)),  # "Kenta Morimoto: Title. 博士論文, 京都大学 2019 [PDF]"
        )
    )


#: DBLP's one-line record: names (given name first) before a colon, a title closed by a full stop, and
#: the year closing the record before its buttons.
_NAME_WORDS = rf"[{CAPITAL}][\w'’.-]+(?: [{CAPITAL}][\w'’.-]+){{1,3}}"
_DBLP_RECORD = re.compile(
    rf"{_NAME_WORDS}(?:, {_NAME_WORDS}){{0,30}}: \S[^\n]{{10,400}}?\. \S[^\n]{{0,300}}?\b(?:{YEAR})"
    r"(?:\s*\[[^\[\]\n]{1,12}\])*\s*$"
)


_PAGES_AFTER_VOLUME = re.compile(r"\d:\s?\d{1,6}[-–]\d|\bpp?\.\s?\d")


#: A key to the list's marks written as "X = meaning" pairs, one of them the owner's own name.
_ROLE_KEY = re.compile(r"(?i)\S\s?=\s?(?:myself|me|the cv'?s owner|this cv'?s author)\b")


def _is_candidate(block: Block) -> bool:
    """List items in publication sections are entries; paragraphs only when they look like citations."""
    words = len(block.text.split())
    if block.kind in ("heading", "aside") or not words or not any(c.isalnum() for c in block.text):
        return False  # (a rule of dashes between entries, "--", is none)
    if "=" in block.text and _ROLE_KEY.search(block.text):
        return False  # "L. Ruiz Delgado = myself; s = student I supervised": the list's key, no paper
    if "\n" in block.text and is_unprinted_key(block.text.split("\n", 1)[0]):
        return False  # a profile's "Department / Medicine" row: a key no citation prints, and its value
    if (
        block.kind == "item"
        and words >= 20
        and _SPEAKING.search(_QUOTED_SPAN.sub(" ", block.text))  # (not a title's "“We knew …”")
        and not (_YEAR.search(block.text) or _ID.search(block.text))  # (an undated preprint's arXiv id)
    ):
        return False  # "… My doctoral work established that …": prose over its papers, no citation
    if _NOTE_OPENS.match(block.text):
        return False  # "Özet: Firmaların …", "Abstract: We …": a note under an entry, no citation
    if (block.kind != "item" or not block.headings) and block.number is None and _owner_card(block):
        return False  # "Peter Halloran, Professor Emeritus / Department of …": the owner's card, no paper
    if block.kind in ("item", TITLED) or block.number is not None:
        return True  # a list item, a titled entry, or a paragraph with a printed number ("[2] ...")
    if words < 3:
        return False
    text = block.text
    if _FIRST_PERSON_OPENS.match(text) or _ABOUT_THE_LIST.search(text) or _COPYRIGHT.match(text):
        return False  # "I'm a PhD student at …", "Citation counts from Google Scholar": about the owner
    if _links_line(text):
        return False  # "[PDF] https://… [Code] https://…" under an entry: its links, no citation
    section = block.headings[-1].text if block.headings else ""
    if _DASHED_DATE.search(text):
        return True  # PhilPapers' record: "Title. A & B - 2024 - Journal", "Title. A - manuscript"
    dated = bool(
        _YEAR.search(text)
        or _ID.search(text)
        or _NO_DATE.search(text)
        or _heading_year(block)
        or status_in(section)
        or _closing_status(text)  # "Names: Title. Journal (게재 예정).": a paper not yet dated
    )
    cites = dated or any(q in text for q in _QUOTES)
    if words <= 40 and _WITH_NOTE.search(text):
        return True  # "Firm Wage Premia and Commuting Zones (with Sun-Hee Park)": an economist's paper
    words = _printed_words(text) if words < 5 and _YEAR.search(text) else words  # (in a dated paragraph)
    return words >= 5 and (_signals(block) >= 3 or (cites and _signals(block) >= 2))


def _printed_words(text: str) -> int:
    """How many words `text` prints (CJK writes no spaces between words: two characters count as one)."""
    return len(text.split()) + len(_CJK_CHARACTER.findall(text)) // 2


def _closing_year(text: str) -> bool:
    """Whether a paragraph ends with its year in brackets (and the entry's buttons), the only year it
    prints (a biography's "… (2011) e doutorado … (2015)." prints several)."""
    closing = _CLOSING_BRACKET.search(text)
    return (
        closing is not None
        and _YEAR.fullmatch(closing.group(1)) is not None
        and len(_YEAR.findall(text)) == 1
    )


def _closing_status(text: str) -> bool:
    """Whether a paragraph ends with a status in brackets, as a citation does in its year's place."""
    closing = _CLOSING_BRACKET.search(text)
    return closing is not None and status_in(closing.group(1)) is not None


#: What a paragraph's last bracket holds, before the entry's buttons ("… 과학철학 (게재 예정) [Code]").
_CLOSING_BRACKET = re.compile(r"\(([^()\n]{2,40})\)[.\s]*(?:\[[^\[\]\n]{1,12}\][.\s]*)*$")
_ABOUT_THE_LIST = re.compile(
    r"(?i)\b(?:citation counts?|citations? from|h-index|last updated|updated on|created by|last modified by"
    r"|derni[eè]re mise à jour|mis à jour le|zuletzt aktualisiert|letzte aktualisierung"
    r"|última actualizaci[oó]n"
    r"|última atualiza[cç][aã]o|ultimo aggiornamento|bijgewerkt"
    r"|please (?:add|send|e-?mail|submit|update|contact)"  # a wiki's instructions to its editors
    r"|this page lists|for a (?:complete|full) list|(?:listado|lista) complet[oa]|liste complète"
    # the list's own conventions: "Numbering follows the Elsevier numeric style", "works are given in …"
    r"|numbering follows|(?:citation|reference|numeric) style|(?:works|titles) are (?:given|listed|entered)"
    r"|(?:is|are) (?:underlined|in bold|boldfaced|marked|flagged)"
    r"|normas? (?:APA|ABNT|Vancouver|ISO)|(?:APA|MLA|Chicago|Vancouver|Harvard|ABNT) (?:style|format)"
    r"|format (?:APA|MLA|Chicago|Vancouver|Harvard|ABNT|IEEE)\b|jumlah sitasi|sitasi menurut"  # Indonesian
    r"|(?:appears?|printed|set|shown) in (?:bold|italics?|boldface)"  # "My name appears in italics."
    r"|\bin (?:APA|MLA|Chicago|Vancouver|Harvard|ABNT|IEEE)\b[^.]{0,30}\b(?:format|style)"
    r"|(?:encontram-se|estão|están|sont|sind)"
    r" (?:assinalad|marcad|señalad|indicad|marqu|markiert|gekennz)\w*)\b"
)


def _owner_card(block: Block) -> bool:
    """Whether a paragraph names a position ("Professor Emeritus", "Investigadora Titular") and no date
    but the page's own ("Stand: Oktober 2024"): the owner's card atop a list, no paper."""
    text = block.text
    undated = _CAREER_SPAN.sub(" ", _AS_OF.sub(" ", text))
    return bool(_CARD_POSITION.search(text)) and not (
        _YEAR.search(undated) or _ID.search(text) or _heading_year(block)
    )


#: The years a position or a training ran: "(MIR, Hospital Clínic, 2013–2018)", "since 2021".
_CAREER_SPAN = re.compile(
    rf"(?i){YEAR}\s?[-–—]\s?(?:{YEAR}|present|today|now|heute|actualidad)\b|\bsince {YEAR}"
)
#: When a page was last brought up to date: "Stand: Oktober 2024", "Mise à jour : septembre 2024".
_AS_OF = re.compile(
    r"(?i)\b(?:stand|mise à jour|fecha del cvn|actualizad[oa](?: en| el)?|(?:last )?updated(?: on)?|as of)"
    r"\s?:?\s?[^\n]{0,30}"
)
#: A position's title, as an owner's card under a page's heading prints it beside the name.
_CARD_POSITION = re.compile(
    r"(?i)\b(?:(?:assistant |associate |full |adjunct |visiting )?professor(?:in)?|profesora?|professeure?"
    r"|investigadora?|lecturer|research (?:fellow|scientist|associate)|postdoc\w*|chercheuse?|ricercatrice"
    r"|ricercatore|wissenschaftliche[rn]? (?:mitarbeiter(?:in)?|berater(?:in)?)"
    r"|ma[îi]tre(?:sse)? de conférences|lehrstuhl für)\b"
)
#: "I am", "My name is" and their kin opening a bio, before the owner's name.
_I_AM = re.compile(
    r"(?:I am|I'm|I’m|My name is|Je suis|Ich bin|Ich heiße|Soy|Sou|Sono|Jestem|Είμαι|Я|Ik ben|Jag heter|"
    r"Mi occupo|Je travaille|Ich arbeite|Jag forskar|Jag är|Jeg forsker|Jeg er|Ich forsche|Ik onderzoek|"
    r"Pesquiso|Investigo)"
    r"(?:\s(?:the|el|la|o|a|η|ο|der|die))?\s"
)


_FIRST_PERSON_OPENS = re.compile(rf"(?:I|My|We|Our)\s|{_I_AM.pattern}")
#: A citation's "no date" where its year would stand: APA's "(n.d.)", ACM's "[n. d.]", "(s.d.)", "(o. J.)".
_NO_DATE = re.compile(r"[(\[](?:n\.\s?d|s\.\s?[df]|o\.\s?J)\.[)\]]")
#: A page's copyright line: "© K. A. Zubarev, 2024. …", "Copyright 2023 …".
_LINK_BUTTON = re.compile(r"\[([^\[\]\n]{1,20})\]\s*(?:<?https?://\S+)?\s*")


def _links_line(text: str) -> bool:
    """Whether `text` is only link buttons, each with its address: "[PDF] https://… [Code] https://…"."""
    buttons = list(_LINK_BUTTON.finditer(text.strip()))
    return (
        bool(buttons)
        and sum(m.end() - m.start() for m in buttons) == len(text.strip())
        and all(m.group(1).strip().lower() in LINK_WORDS for m in buttons)
    )


_COPYRIGHT = re.compile(r"(?i)\s*(?:©|\(c\)\s?(?:19|20)\d\d|copyright\b)")
#: A note under an entry, by its key: "Abstract:", "Özet:", "Not:", "Zusammenfassung:", "摘要：".
_NOTE_OPENS = re.compile(
    r"(?i)\s*(?:abstract|summary|notes?|özet|not|zusammenfassung|anmerkung|résumé|resumo|resumen|riassunto|"
    r"samenvatting|streszczenie|sammanfattning|sammendrag|tiivistelmä|abstra[ck]t?|shrnutí|аннотация|"
    r"анотація|реферат|tóm tắt|요약|초록|摘要|概要|要旨|"
    r"ghi chú|nota|uwaga|poznámka|примечание|примітка|備考|참고)\s?[:：]"
)
#: A quoted run of words: a title's, or words the title quotes.
_QUOTED_SPAN = re.compile(r"“[^“”\n]{1,300}”|\"[^\"\n]{1,300}\"|‘[^‘’\n]{1,300}’|„[^„“”\n]{1,300}[“”]")
#: The owner speaking in prose ("I showed", "my doctoral work", "we developed"): no citation's words.
_SPEAKING = re.compile(r"(?<![\w.])(?:I|[Mm]y|[Ww]e|[Oo]ur)\s")


def _join_blocks(blocks: Sequence[Block]) -> Block:
    """Blocks as one, separated by hard breaks; spans and line maps shifted."""
    text = ""
    spans: list[Span] = []
    breaks: list[tuple[int, int]] = []
    for block in blocks:
        if text:
            text += "\n"
        offset = len(text)
        text += block.text
        spans.extend(Span(s.start + offset, s.end + offset, s.kind, s.target) for s in block.spans)
        breaks.extend((o + offset, line) for o, line in block.breaks)
    first = blocks[0]
    return Block(text, spans, breaks or ((0, first.line),), "item", first.number, first.headings)


#: The kind of an entry made of a heading (its title) and the lines below it.
TITLED = "titled"


def _title_from_heading(item: Labelled) -> Labelled:
    """An entry whose first line is a heading: that line is the title, and only that line."""
    labels = list(item.labels)
    first_line = True
    badges = [s for s in item.block.spans if s.kind == "field" and s.target == "other"]  # "JMP", "Oral"
    for i, token in enumerate(item.tokens):
        first_line = first_line and not token.break_before
        if first_line and any(s.start <= token.start < s.end for s in badges):
            labels[i] = "other"
        elif first_line:
            labels[i] = "title"
        elif labels[i] == "title":
            others = {name: p for name, p in item.alternatives[i].items() if name != "title"}
            labels[i] = max(others, key=lambda name: others[name]) if others else "author"
    return item.relabelled(labels)


#: "Recommended citation:" before a whole reference (Jekyll's academicpages, repositories, journals).
_CITATION_LABEL = re.compile(
    r"\s*(?:recommended\s+citation|suggested\s+citation|how\s+to\s+cite|cite\s+(?:this\s+\w+\s+)?as"
    r"|full\s+citation|citation|reference)\s*:\s*",
    re.IGNORECASE,
)
#: "Published in *Venue*, 2024": the line a page prints under a paper's title heading.
_PUBLISHED_IN = re.compile(
    r"\s*(?:published|appeared|appears|presented|accepted)\s+(?:in|at)\b", re.IGNORECASE
)


def _without_citation_label(block: Block) -> Block | None:
    """The block with its "Recommended citation:" label blanked (offsets kept), or None without one."""
    found = _CITATION_LABEL.match(block.text)
    if found is None or len(block.text) - found.end() < 20:
        return None
    return _with_text(block, " " * found.end() + block.text[found.end() :])


def _titles_beside_coauthor_notes(blocks: list[Block]) -> list[Block]:
    """An economist's "Work in Progress": "Title (with X)" lines and bare "Title" lines, the owner's
    alone. In a section where a paragraph names its co-authors so, a paragraph that is one title-like
    line is an entry whose whole text is its title (a `TITLED` block the reader marks as a title)."""
    with_notes = {b.headings for b in blocks if b.kind == "paragraph" and _WITH_NOTE.search(b.text)}
    if not with_notes:
        return blocks
    return [
        Block(
            b.text, (*b.spans, Span(0, len(b.text), "field", "title")), b.breaks, TITLED, b.number, b.headings
        )
        if b.kind == "paragraph" and b.headings in with_notes and _bare_title(b.text)
        else b
        for b in blocks
    ]


def _bare_title(text: str) -> bool:
    """One line that reads as a title alone: 3 to 30 words opening with a capital, no full stop, no
    person's name, and no more digits than a year in the topic ("the 2007 Elterngeld Reform")."""
    words = text.split()
    return (
        3 <= len(words) <= 30
        and "\n" not in text
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ",", ";", ":"))
        and ". " not in text
        and not _WITH_NOTE.search(text)
        and not _looks_like_person_heading(text)
        and sum(c.isdigit() for c in text) <= 4
    )


_HOME_LINK = re.compile(r"(?:https?://[^/\s]+)?/?(?:index\.html?)?")


def _heading_over_citations(heading: Block, below: Sequence[Block]) -> bool:
    """A heading over two whole citations, the first not printing the heading's words ("Atas de encontros
    científicos" over "Correia, B. A. (2023). Digitizing …"): a section's heading no word named, not a
    paper's title over its lines (which would take the citations below it as its own)."""
    if heading.kind != "heading" or len(below) < 2 or not all(map(_full_citation, below[:2])):
        return False
    words = _WORD.findall(fold(heading.text))
    return " ".join(words) not in " ".join(_WORD.findall(fold(below[0].text)))


def _join_title_headings(blocks: list[Block]) -> list[Block]:
    """A heading that is a paper's title ("## Title" over an author line) joined with the lines below;
    when a "Recommended citation:" paragraph follows it, that whole reference is the entry instead."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        cited = _without_citation_label(block) if block.kind != "heading" else None
        if cited is not None:
            out.append(cited)
            i += 1
            continue
        bold = block.kind == "paragraph" and _bold_title_line(block)  # "**Title**" over names, then venue
        linked = block.kind == "paragraph" and (  # "[Title](url)" over its authors, or the page says so
            _is_linked(block) or _marked_as(block, "title") or bold
        )
        bare = _without_credentials(block.text) if block.kind == "heading" or linked else ""
        person = bare != block.text.strip() and _looks_like_person_heading(bare)  # "Ann Lee, MD, MPH"
        person = person or any(  # the site's name, linked to its home page (a theme's header): no title
            s.kind == "link" and _HOME_LINK.fullmatch(s.target or "-") for s in block.spans
        )
        if (
            (block.kind == "heading" or linked)
            and not person
            and not _is_pub_heading(block.text)
            and not _YEAR_HEADING.match(block.text)  # "2021 & earlier", "Before 2019"
            and not _YEAR_SPAN_END.search(block.text)  # "Before the Park lab (2009–2016)"
            and _printed_words(block.text) >= 3  # ("单细胞转录组数据中细胞类型注释方法的研究进展": a title)
            and not _heading_over_citations(block, blocks[i + 1 : i + 3])
        ):
            below = blocks[i + 1 : i + 5]
            at = next(
                (k for k, b in enumerate(below) if b.kind != "heading" and _without_citation_label(b)), None
            )
            if at is not None and all(b.kind != "heading" for b in below[:at]):
                i += 1 + at  # the heading and what it shows (venue, abstract) are in the citation
                continue
            following: list[Block] = []
            j = i + 1
            card = block.kind == "heading" and _is_linked(block)  # a linked title over its lines
            named = False  # whether a line of names is among them yet
            while (
                j < len(blocks)
                # a card goes on past its venue, tags and blurb to its names (Quarto: date and authors last)
                and (len(following) < 3 or (card and not named and len(following) < 6))
                and _a_line_below(blocks[j], linked=card, first=not following)
                # a card never runs past a heading into the next section
                and not any(h.line > block.line for h in blocks[j].headings)
            ):
                seeking = card and not named  # a card's blurb, tags and linked notes before its names
                prose = _is_prose(blocks[j].text) and not seeking
                next_title = _marked_as(blocks[j], "title") or (bold and _bold_title_line(blocks[j]))
                if prose or (_is_link_row(blocks[j]) and not seeking) or next_title:
                    break  # an abstract below the entry, its "[Project] | [Code]" links, the next title
                following.append(blocks[j])
                line = _first_line(blocks[j])  # names alone: no digits (a venue's or a date's line)
                named = (
                    named
                    or _marked_as(blocks[j], "author")
                    or _WITH.match(line) is not None  # "with Lars Øvergaard and Mei Nakagawa"
                    or _looks_like_person_heading(line)
                    or (
                        _starts_with_names(line)
                        and not any(c.isdigit() for c in line)
                        and not _is_prose(line)
                    )
                )
                j += 1
            first = _first_line(following[0]) if following else ""
            sole_author = card and len(following) >= 2 and _looks_like_person_heading(first)  # one name
            names_below = card and any(_starts_with_names(_first_line(b)) for b in following[1:])
            coauthors = (  # "with Aylin Çelik and Jonas Wüthrich", "Single-authored.": the owner's
                _WITH.match(first) is not None or SOLE_AUTHOR.match(first) is not None
            )
            names = bool(following) and (
                _starts_with_names(first)
                or coauthors
                or names_below  # a card's venue, date and authors lines, in the theme's order
                or sole_author
                or _PUBLISHED_IN.match(first) is not None
                or _marked_as(following[0], "author")
            )
            # a linked or marked title over its venue or status and no names: the owner's alone
            # ("Entry Deterrence in Retail Gasoline" / "*RAND Journal of Economics*, 2023"; "Submitted")
            venue_below = (
                (card or _marked_as(block, "title"))
                and bool(following)
                and (
                    status_in(first) is not None
                    or _YEAR.search(first) is not None
                    or any(s.kind == "italic" for s in following[0].spans)
                )
            )
            names = names or venue_below
            # a linked title the page marks as one, with nothing of its citation below it (a work in
            # progress, a job market paper over its buttons): the owner's alone, its title only
            alone = card and _marked_as(block, "title") and all(map(_is_link_row, following))
            label = bold and any(c.isdigit() for c in first)  # a bold section label over an entry
            if alone:
                out.append(Block(block.text, block.spans, block.breaks, TITLED, None, block.headings))
                i = j  # (its buttons are none of it)
                continue
            if names and not label:
                badge = out.pop() if linked and out and _is_badge(out[-1], block) else None
                lines = [
                    block,
                    *following,
                    *([Block(badge.text, (), badge.breaks, badge.kind)] if badge else []),
                ]
                joined = _join_blocks(lines)
                # the heading's line is the title, all of it ("When do models forget? Interference across …")
                spans = joined.spans
                if block.kind == "heading":
                    spans = (*spans, Span(0, len(block.text.rstrip()), "field", "title"))
                out.append(Block(joined.text, spans, joined.breaks, TITLED, None, block.headings))
                i = j
                continue
        out.append(block)
        i += 1
    return out


def _a_line_below(block: Block, *, linked: bool, first: bool = False) -> bool:
    """A block that may be a line of the entry a title heading opens: a paragraph, under a linked
    title a short one-line item (a card's authors / venue / date items, as Semantic Scholar prints
    them), or right under the title a sub-heading of names (a Bootstrap card's `<h6>` authors). A
    paragraph with its own printed number ("[5] Names: Title. …") is an entry of its own, never a line."""
    if block.kind == "paragraph":
        return block.number is None
    if block.kind == "heading":
        return first and _starts_with_names(block.text)
    return linked and block.kind == "item" and "\n" not in block.text and len(block.text.split()) <= 40


def _bold_title_line(block: Block) -> bool:
    """A paragraph that is one bold line of four words or more, no section's label: a paper's title
    printed over its names (Squarespace, Google Sites: title, authors and venue each a paragraph)."""
    text = block.text.strip()
    whole = any(s.kind == "bold" and s.end - s.start >= len(text) - 1 for s in block.spans)
    return (
        whole
        and "\n" not in text
        and (len(text.split()) >= 4 or (len(text) >= 10 and not text.isascii() and " " not in text))  # 日本語
        and not _is_label(block)
        and not _is_pub_heading(text)
    )


def _marked_as(block: Block, field: str) -> bool:
    """Whether the page marks the whole block as holding `field` (`<div class="authors">`)."""
    return any(
        s.kind == "field" and s.target == field and s.end - s.start >= len(block.text) - 1
        for s in block.spans
    )


def _is_link_row(block: Block) -> bool:
    """A short line of links only ("Project | Code", "[PDF] [Slides]")."""
    linked = bytearray(len(block.text))
    for span in block.spans:
        if span.kind == "link":
            linked[span.start : span.end] = b"\x01" * (span.end - span.start)
    letters = [k for k, c in enumerate(block.text) if c.isalpha()]
    if any(c.isdigit() for c in block.text):
        return False  # "Memory & Cognition, 52(8), 1877–1893" linked: a venue's line, not buttons
    return len(block.text.split()) <= 6 and bool(letters) and all(linked[k] for k in letters)


def _is_badge(block: Block, title: Block) -> bool:
    """A venue-and-year badge just above a linked title ("CVPR 2025" in AcadHomepage's paper box)."""
    return (
        block.kind == "paragraph"
        and 0 <= title.line - block.line <= 4
        and VENUE_BADGE.fullmatch(block.text.strip()) is not None
    )


def _first_line(block: Block) -> str:
    """The text of a block's first source line (up to a soft or a hard break)."""
    end = block.breaks[1][0] if len(block.breaks) > 1 else len(block.text)
    return block.text[:end].split("\n", 1)[0]


def _is_prose(text: str) -> bool:
    """Running text (an abstract, a paragraph about the work) rather than an entry's lines."""
    words = text.split()
    return text.lower().startswith("abstract") or (len(words) > 60 and text.count(". ") >= 3)


_ELIDED_AUTHORS = re.compile(ELIDED_AUTHORS)


def _starts_with_names(text: str) -> bool:
    """Whether a line starts like an author list: capitalised words separated by commas (or
    semicolons: "Emily Sorensen; Rafael Costa Lima; Hannah Meyer")."""
    head = _ELIDED_AUTHORS.sub(", ", text.split("\n", 1)[0])
    parts = [p.strip(" " + MARKER_CHARS) for p in re.split(r"[,;]|\band\b|&", head)[:4] if p.strip()]
    if len(parts) < 1:
        return False
    good = sum(1 for p in parts if 1 <= len(p.split()) <= 5 and all(w[:1].isupper() for w in p.split()[:1]))
    return good >= max(1, len(parts) - 1) and ("," in head or ";" in head)


# --- owner --------------------------------------------------------------------------------------


_CREDENTIALS = re.compile(
    r",?\s{0,3}\b(?:Ph\.?\s?D\.?|M\.?D\.?|M\.?Sc?\.?|MBA|FRS|Dra?\.?|Prof\.?|Profa?\.?|Professor|Doctor|"
    r"Assoc\.|Asst\.|Mr\.?|Mrs\.?|Ms\.?|"
    r"Mgr\.|Ing\.|Bc\.|RNDr\.|PhDr\.|MUDr\.|JUDr\.|doc\.|CSc\.|DrSc\.|habil\.|Dipl\.-\w+\.|Eng\.|Ir\.|"
    r"iur\.|jur\.|phil\.|rer\.\s?(?:nat|pol|oec)\.|med\.|"
    r"Conf\.|Lect\.|Asist\.|univ\.|S\.l\.|ş\.l\.|Ș\.l\.|"  # Romanian ranks: "Conf. dr. ing.", "Ș.l. dr."
    r"inż\.|hab\.|mgr|Priv\.-Doz\.|PD|(?:Ao\.\s?)?Univ\.-Prof\.|Jun\.-Prof\.|apl\.\s?Prof\.|"  # Polish
    r"TS\.|ThS\.|PGS\.|GS\.|TSKH\.|BS\.|CKII?\.|Doç\.|Öğr\.|Üyesi|"  # Vietnamese "PGS. TS. BS.", "Doç."
    r"دکتر|دكتور|د\.|أ\.\s?د\.|پروفسور|ד\"ר|פרופ'|проф\.|д-р|доц\.)"  # Persian, Arabic, Hebrew, Russian
    # "dr hab. inż.", German "PD Dr.", Austrian "Univ.-Prof. Dr."
    r"(?=\s|,|$)",
    re.I,
)


#: Letters after a name ("Abena Osei-Bonsu, MD, MPH", "FRCP", "LL.M. (Cambridge)"), whatever the degree.
_POST_NOMINALS = re.compile(
    r"(?:,\s*(?:(?:[A-Z]\.?){2,6}\b\.?|(?:[A-Z][a-zA-Z]{0,3}\.){2,4})(?:\s?\([^()\n]{1,40}\))?)+\s*$"
    r"|\s(?:MBBS|MBChB|MRCP|FRCS|FRCOG|FWACS|FACS|FRCPC?|FRACP|FRCR|FRCPath|FMedSci|FRSE?|FREng|FACP|FACC"
    r"|FAHA|DPhil|MPhil|DSc|ScD|MPH|MSc|PhD|MD)\b(?:[\s,]+[A-Z][A-Za-z()]{1,8})*\s*$"
)  # "Ann Lee, MD, MPH"; "Chidinma N. Okafor MBBS" (a degree without its comma)
#: "NAME: Okafor, Chinwe Adaeze", up to the end of the line or the next "KEY:" of a joined line.
_NAME_FIELD = re.compile(
    r"(?m)(?:^|\s)(?:NAME|Name|name|Nom|Nome|Nombre)[ \t]*:[ \t]*([^\W\d_][^:\n]{2,60}?)"
    r"(?=\s+[a-z]?[A-Z]{2}[^:\n]{0,60}:|\s*$)"
)
_BY_AUTHOR = re.compile(
    r"(?i)(?:by author|items for author|publications of|works by|papers by)[:\s]+[\"“„]?"
    r"([^\W\d_][^\"“”:|()\n]{2,60}?)[\"”]?\)?\s*$"
)
_PUBLICATIONS_OF = re.compile(
    r"(?i:publications|papers|works|writings) (?:of|by) ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})"
    r"(?=,| \(|\.? *$)"
)
_GLOSSED_NAME = re.compile(r"[(（]([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})[)）]")
_CJK_CHARACTER = re.compile(f"[{CJK_RANGES}]")
_CJK_WHOLE_NAME = re.compile(f"[{HAN_HANGUL}]{{2,3}}")  # (not "个人简介", "教育背景")
_NATIVE_GLOSS = re.compile(rf"[(（]([{CJK_RANGES}]{{2,5}})[)）]")
#: A text's runs of CJK characters and of other characters: "陆文渊 LU Wenyuan" -> "陆文渊 ", "LU Wenyuan".
_SCRIPT_RUNS = re.compile(rf"[{CJK_RANGES}\s]+|[^{CJK_RANGES}]+")
_TITLE_PARTS = re.compile(r"\s+(?:[|·–—/]|-{1,3})\s+|\s*[|·]\s*|:\s+")


_NAME_KEY = re.compile(r"(?i)^\s*(?:owner|author|name|autor|nom|nome|nombre)\s?:\s+")


def _without_credentials(text: str) -> str:
    """A name heading without titles and letters after it: "Dr. Ann Lee, MD, MPH" -> "Ann Lee"."""
    text = _NAME_KEY.sub("", html.unescape(text))  # Notion's "Owner: Tan Wei Ling"
    return _POST_NOMINALS.sub("", _CREDENTIALS.sub("", text)).strip(" #*,")


def _looks_like_person_heading(text: str) -> bool:
    words = text.split()
    if len(words) == 1 and _CJK_WHOLE_NAME.fullmatch(text) and not _starts_a_section_word(text):
        return True  # "\\name{王思远}", "# 김서연": a Chinese or Korean name, whole (the papers decide)
    if not 2 <= len(words) <= 4 or _NOT_A_PERSON.search(text) or _starts_a_section_word(text):
        return False
    if unspaced_script(text):  # "山田 健一": a family and a given name of a few characters each
        return len(words) == 2 and all(len(w) <= 4 and unspaced_script(w) for w in words)
    if not _is_latin(text) and _PUB_WORDS.search(text):
        return False  # "المنشورات العلمية": a heading in a script without capitals, naming publications
    if _is_latin(text) and any(w.isalpha() and not _is_latin(w) for w in words):
        return False  # "Λήψη PDF" ("Download PDF"): words of two scripts are a link's text, no name
    return all(opens_capitalised(w) or w.lower() in PARTICLES for w in words) and not any(
        ch.isdigit() for ch in text
    )


def _starts_a_section_word(text: str) -> bool:
    """Whether a word of `text` opens with a section's word ("Skills", "Publications"), not one that
    only holds it, as a name may ("MacAskill", "Prizeman")."""
    return any(
        not text[m.start() - 1 : m.start()].isalpha()
        for words in (_PUB_WORDS, _NON_PUB_WORDS, _PROCEEDINGS)
        for m in words.finditer(text)
    )


def _owner_from_document(doc: Document) -> str | None:
    """The document's top heading (or title) when it is a person's name ("# Sanghyuk Chun")."""
    people = _people_named_atop(doc)  # a name in Latin letters first, as pubkit names owners of two scripts
    return next((name for name in people if _is_latin(name)), people[0] if people else None)


def _owner_aliases(doc: Document, owner: str) -> tuple[str, ...]:
    """The owner's name in another script or order where the document gives it beside the owner's ("山田
    健一 業績一覧 (Publications of YAMADA Ken'ichi)", "Hang T. M. Nguyen" and "Nguyễn Thị Minh Hằng"):
    papers printing that form are the owner's too."""
    return tuple(
        name
        for name in _people_named_atop(doc)
        if _is_latin(name) != _is_latin(owner) or _same_words_reordered(name, owner)
    ) + _former_names(doc, owner)


#: A page's note on the owner's earlier family name: "Papers before 2014 appear under my birth name
#: *Kühn*", "née Wyss", "(geb. Meier)".
_FORMER_FAMILY = re.compile(rf"(?i:\b(?:{_FORMER_NAME_WORDS}))[:,]?\s[*_/\"“]?([{CAPITAL}][\w'’-]+)")


def _former_names(doc: Document, owner: str) -> tuple[str, ...]:
    """The owner's name with the earlier family name a note atop the list gives ("Sabine Kühn" for
    Sabine Vogelsang): papers printing it are the owner's."""
    given = split_name(owner)[0]
    for block in doc.blocks[:12]:
        found = _FORMER_FAMILY.search(block.text)
        if found and given and fold(found.group(1)) != fold(split_name(owner)[1]):
            return (f"{given} {found.group(1)}",)
    return ()


def _same_words_reordered(name: str, owner: str) -> bool:
    """Whether two forms of a name share their words' initials and a whole word of at least three
    letters, in another order ("Nguyễn Thị Minh Hằng" beside "Hang T. M. Nguyen")."""
    words, owners = _WORD.findall(fold(name)), _WORD.findall(fold(owner))
    if words == owners or sorted(w[0] for w in words) != sorted(w[0] for w in owners):
        return False
    return bool({w for w in words if len(w) >= 3} & {w for w in owners if len(w) >= 3})


def _people_named_atop(doc: Document) -> list[str]:
    """The names of people the document's author, title, top heading and first lines give, likeliest
    owner first."""
    top = [h for h in doc.headings if h.level == 1][:1]
    # the page's own heading first (not a section's: "Bidang Minat"), then its title's parts
    candidates = [top[0].text] if top and _section_kind(top[0].text) is None else []
    if doc.author:  # `\author{…}`, `#+AUTHOR:`: a document's own author, before anything else
        candidates.insert(0, doc.author)
    if doc.title:  # "Publications | Lena Hoffmann": a page's title names the site's owner beside the page
        candidates += [doc.title, *(part for part in _TITLE_PARTS.split(doc.title) if part.strip())]
    for text in [doc.title or "", *(h.text for h in doc.headings[:3])]:  # a repository's "Browsing by
        named = _BY_AUTHOR.search(text)  # Author "Brunner, Seraina"", "Publications of Seraina Brunner"
        if named:
            candidates[:0] = [" ".join(reversed(named.group(1).split(", ", 1)))]
    for block in doc.blocks[:6]:  # "NAME: Okafor, Chinwe Adaeze" (an NIH biosketch) names the owner
        # (line by line: "Name : Elif Nur AYDOĞAN" ends at its line, not at the next field's capitals)
        named = _NAME_FIELD.search("\n".join(_source_lines(block))) if block.line <= 15 else None
        if named:
            candidates[:0] = [" ".join(reversed(named.group(1).split(", ", 1)))]
        of = _PUBLICATIONS_OF.search(block.text) if block.line <= 15 else None
        if of:  # "description: Publications of Eleni Karamanou, Associate Professor of …"
            candidates[:0] = [of.group(1)]
    for block in doc.blocks[:6]:  # a bio in the first person, the name in bold: "Είμαι η **Ελένη …**"
        intro = _I_AM.match(block.text)
        bold = next((s for s in block.spans if s.kind == "bold"), None) if intro else None
        if intro and bold is not None and bold.start <= intro.end() + 1:
            candidates.insert(0, block.text[bold.start : bold.end])
    for k, block in enumerate(doc.blocks[:4]):  # a CV's first lines: its owner ("CURRICULUM VITAE",
        # then the name; a profile's, under a menu; a LaTeX CV's first block, after its preamble)
        # (a third block only for the name in another script under it: "أ.د. عبدالعزيز بن سعد الغامدي")
        third = k == 2 and not _is_latin(block.text[:80])
        # (or the name in Latin letters under a heading in another script: "王晓峰" / "Wang Xiaofeng, Ph.D.")
        above = doc.blocks[k - 1] if k >= 1 else None
        glossed = above is not None and above.kind == "heading" and not _is_latin(above.text[:80])
        if (k <= 1 or third or glossed or block.line <= 12) and block.kind in ("paragraph", "heading"):
            first = _first_line(block)  # "CURRICULUM VITAE – ANNA LINDBERG"
            shown = block.text.split("\n", 1)[0]  # (HTML wraps its source lines where the page does not:
            if shown != first and doc.markup == "html":  # "Dra. Guadalupe Ramírez | Soto" is one line)
                candidates.append(shown)
            candidates += [first, *(part for part in _TITLE_PARTS.split(first) if part.strip())]
            if shown != first and doc.markup != "html":
                candidates.append(shown)
            if _NATIVE_GLOSS.search(first):  # "Yanan Liu (刘亚楠), DVM, Ph.D."
                candidates.append(_NATIVE_GLOSS.sub("", first))
            if k == 0:  # a text CV's first lines: "بسمه تعالی / رزومه علمی / دکتر علیرضا کاظمی"
                candidates += [line for line in _source_lines(block)[1:3] if len(line.split()) <= 5]
            # "西村 遥 / ニシムラ ハルカ (Haruka Nishimura)": the name in Latin letters beside the native one
            candidates += _GLOSSED_NAME.findall(block.text[:200])
            # a bio that opens with its subject in bold, a verb after it: "**Dr. iur. K. Abeling** ist …"
            opening = next((s for s in block.spans if s.kind == "bold" and s.start == 0), None)
            if opening is not None and block.text[opening.end :].lstrip(" ,")[:1].islower():
                candidates.append(block.text[opening.start : opening.end])
    people = [text for text in map(_without_credentials, candidates) if _looks_like_person_heading(text)]
    for (
        text
    ) in candidates:  # "陆文渊 LU Wenyuan", "星野 大輔 (Daisuke HOSHINO), Ph.D.": a name in two scripts
        runs = (
            [_without_credentials(part.strip(" (),")) for part in _SCRIPT_RUNS.findall(text)]
            if unspaced_script(text)
            else []
        )
        if len(runs) == 2 and _looks_like_person_heading(runs[1]) and 2 <= len(runs[0]) <= 5:
            people += runs
        elif len(runs) == 2 and _looks_like_person_heading(runs[0]) and 2 <= len(runs[1]) <= 5:
            people += runs  # "Yi-Chun Lin 林怡君": the Latin name first
        elif (gloss := _NATIVE_GLOSS.search(text)) is not None:  # "Yanan Liu (刘亚楠), DVM": the other way
            latin = _without_credentials(text[: gloss.start()]).strip(" ,")
            if _looks_like_person_heading(latin):
                people += [latin, gloss.group(1)]
        elif runs and unspaced_script(runs[0]) and _looks_like_person_heading(runs[0]):
            people.append(runs[0])
    return list(dict.fromkeys(people))


def _most_highlighted(counts: Counter[str], printed: dict[str, str], papers: list[Paper]) -> str | None:
    name = _most_highlighted_name(counts, printed, papers)
    if name is None:
        return None
    # the fullest way the list prints that person ("Martín Acosta Villalba" for "Acosta Villalba M")
    read = next((a for p in papers for a in p.authors if a.name == name), Author(name))
    shown = Paper("", [attrs.evolve(read, is_owner=False)])
    fuller = [n for n in printed.values() if len(n) > len(name) and shown.with_owner(n).owner]
    return max(fuller, key=len) if fuller else name


def _most_highlighted_name(counts: Counter[str], printed: dict[str, str], papers: list[Paper]) -> str | None:
    if not counts:
        return None
    (key, n), *rest = counts.most_common(2)
    enough = n >= 2 or (len(counts) == 1 and len(papers) <= 2)
    other = printed[rest[0][0]] if rest else ""
    if rest and _is_latin(printed[key]) != _is_latin(other) and 2 * rest[0][1] >= max(n, 4):
        # one person in two scripts, each highlighted often (**陳怡君** and **Chen, Y.-C.**): the Latin
        # name is the owner's, and the other script is matched when settling
        key = key if _is_latin(printed[key]) else rest[0][0]
    elif rest and rest[0][1] == n:  # a tie between two people
        return None
    return printed[key] if enough else None


def _script_free_key(author: Author) -> str:
    """An author's initials key in Latin letters, by the last word of the family name: "Бондаренко О. В."
    and "Bondarenko O." are one person on a list printed in two scripts, "R. A. Cervantes-Villaseñor" and
    "R. A. Cervantes Villaseñor" on one printing a double surname two ways."""
    latin_author = author if author.name.isascii() else Author(latin(author.name))
    family = latin_author.family.replace("-", " ").split()
    return f"{squash(family[-1]) if family else ''}|{squash(latin_author.given)[:1]}"


def _author_named_atop(doc: Document, papers: list[Paper]) -> str | None:
    """An author of many of the papers whose name stands alone on a line above them (a profile's name
    over its affiliation: ACM's, a portal's copied page) or is glossed in Latin letters there ("教授 山本
    健太 (Kenta YAMAMOTO) の研究業績"), however the papers print it ("Yamamoto, K.")."""
    if len(papers) < 3:
        return None
    first = min((p.source.line for p in papers if p.source and p.source.line), default=0)
    names: list[str] = []
    for block in doc.blocks:
        if block.line >= first or len(names) > _ATOP_NAMES:
            break
        names += [line for line in _source_lines(block) if 2 <= len(line.split()) <= 5]
        names += _GLOSSED_NAME.findall(block.text[:300])
    sample = papers[:60]
    for name in names[:_ATOP_NAMES]:
        name = _without_credentials(name)
        if _looks_like_person_heading(name):
            found = sum(p.with_owner(name).owner is not None for p in sample)
            if 5 * found >= 2 * len(sample):
                return name
    return None


_ATOP_NAMES = 40  # the lines looked at above the first paper


def _source_lines(block: Block) -> list[str]:
    """A block's text line by source line (a paragraph joins its lines with spaces)."""
    offsets = [offset for offset, _ in block.breaks] + [len(block.text)]
    return [block.text[a:b].strip() for a, b in itertools.pairwise(offsets)]


def _most_frequent_author(papers: list[Paper], path: str | None) -> str | None:
    """The person on (nearly) every paper of a personal list; a tie is broken by the file name."""
    counts = Counter(key for p in papers for key in {_script_free_key(a) for a in p.authors})
    papers = [p for p in papers if p.authors]  # (a work printed without names argues for no one)
    frequent = [key for key, n in counts.most_common() if n >= 3 and 5 * n >= 3 * len(papers)]
    stem = fold(Path(path).stem) if path else ""
    named = [key for key in frequent if key.split("|")[0] and key.split("|")[0] in stem]
    if len(named) == 1:
        key = named[0]
    elif (  # on (nearly) every paper, and on more than anyone else (a supervisor on most of them)
        frequent
        and 5 * counts[frequent[0]] >= 4 * len(papers)
        and (len(frequent) == 1 or counts[frequent[0]] > counts[frequent[1]])
    ):
        key = frequent[0]
    else:
        return None
    names = Counter(a.name for p in papers for a in p.authors if _script_free_key(a) == key)
    return max(names, key=lambda name: (names[name], len(name)))  # as most papers print it
