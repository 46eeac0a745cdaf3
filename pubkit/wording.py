"""What the words of printed lists mean: statuses, awards, rankings, role markers and their legends.

The one home of this wording (and of the year and capital-letter patterns printed lists use): the
list reader's features and its interpretation both read it here, so that a new phrase ("in
revision") is learned and interpreted alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pubkit.model import Status

__all__ = [
    "ABBREVIATED_VENUE_WORDS",
    "AUTHORS_KEYS",
    "AWARD",
    "AWARD_MARKS",
    "CAPITAL",
    "COAUTHOR_NOTE",
    "COAUTHOR_WORDS",
    "CORRESPONDING_WORDS",
    "DITTO",
    "EDITED_BY",
    "EDITOR_MARKS",
    "EDITOR_ROLE",
    "EQUAL_CONTRIBUTION_WORDS",
    "JOURNAL_ABBREVIATIONS",
    "KEY_OPENS",
    "LEGEND_MEANINGS",
    "LINK_WORDS",
    "MARKER_CHARS",
    "NOMINATED",
    "QUOTE_PAIRS",
    "RANKING",
    "RECORD_BADGES",
    "RECORD_KEY_FIELDS",
    "REVIEW_OPENS",
    "SELF_WORDS",
    "SOLE_AUTHOR",
    "STATUS_PHRASES",
    "STUDENT_WORDS",
    "SUPERSCRIPTS",
    "UNDATED_WORDS",
    "VENUE_BADGE",
    "WORK_KINDS",
    "YEAR",
    "cell_field",
    "column_field",
    "heading_words",
    "is_kind_of_work",
    "is_unprinted_key",
    "legend_meaning",
    "quote_closers",
    "record_key_field",
    "status_in",
]

#: Quotation marks that open a quoted title, and the mark that closes each (English, German,
#: French, single quotes, LaTeX's ``...'', Japanese 「」 and 『』, Swedish ”…”).
QUOTE_PAIRS = {
    "\u201c": "\u201d",
    "\u201e": "\u201c",
    "\u00ab": "\u00bb",
    "\u2018": "\u2019",
    "``": "''",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
    "\u3008": "\u3009",  # Chinese 〈article〉
    "\u300a": "\u300b",  # Chinese 《book or journal》
    "\u201d": "\u201d",  # Swedish and Finnish ”…”
}
#: The other mark that closes a quote: Polish, Czech and Hungarian „…” beside German „…“.
_SECOND_CLOSER = {"\u201e": "\u201d"}


def quote_closers(opener: str) -> tuple[str, ...]:
    """The marks that close a quote opened by `opener` ("„" is closed by "“" or "”"); none for no opener."""
    return tuple(c for c in (QUOTE_PAIRS.get(opener), _SECOND_CLOSER.get(opener)) if c)


#: The words of a list's link buttons ("[PDF] [Code] [Slides]"): never a field of the paper.
LINK_WORDS = frozenset(
    "link pdf code slides video paper poster bib bibtex project website data talk abstract html "
    "preprint supplement supplementary demo github dataset draft doi".split()
)

#: Words of the kind-of-work and action lines that research portals print around each entry
#: ("Article", "Full-text available", "Cite", "Download").
WORK_KINDS = frozenset(
    "article conference journal paper preprint chapter book thesis full-text available abs "
    "presentation poster report technical working file cite download read more "
    # the ACM Digital Library's kinds over each record
    "research-article short-paper review-article extended-abstract tutorial survey demonstration "
    "column".split()
)

#: The words of a line that names a kind of work: a repository's label over an entry ("Journal
#: Article", "Conference Poster", "Dataset"), a vita system's sub-heading ("Technical Report").
_KIND_WORDS = frozenset(
    "journal article review conference paper poster lecture book chapter report thesis doctoral master's "
    "bachelor's dataset software patent working preprint proceedings proceeding contribution abstract "
    "editorial letter talk presentation monograph dissertation habilitation technical other in to of and"
    " peer-reviewed refereed manuscript publication data submitted under preparation progress accepted"
    " selected invited press theses edited collection volume essay".split()
)
_KIND_NOUNS = _KIND_WORDS - {
    *("journal", "conference", "doctoral", "master's", "bachelor's", "working", "other", "review"),
    *("peer-reviewed", "refereed", "data", "submitted", "under", "preparation", "progress", "accepted"),
    *("selected", "invited", "press", "edited"),
    *("technical", "in", "to", "of", "and"),  # words that only qualify the kind
}


def is_kind_of_work(line: str) -> bool:
    """A line that only names a kind of work: one to five of its words (singular or plural), one of
    them a noun ("Journal Articles", "Book Chapter", "Dissertation", "Preprints and manuscripts in
    review")."""
    words = [w if w in _KIND_WORDS else w.removesuffix("s") for w in line.lower().split()]
    return 1 <= len(words) <= 5 and all(w in _KIND_WORDS for w in words) and not _KIND_NOUNS.isdisjoint(words)


#: The tags a researcher database prints on a line of their own under each record (researchmap's
#: "査読有り 筆頭著者 責任著者": refereed, first author, corresponding author): the record's last line.
RECORD_BADGES = frozenset(
    "査読有り 査読無し 招待有り 招待無し 筆頭著者 最終著者 責任著者 国際共著 共著 単著 国内誌 国際誌 "
    "refereed peer-reviewed invited open-access".split()
)

#: "M. Castells, +3 authors J. Ribas": the authors a portal (Semantic Scholar) leaves out, between two names.
ELIDED_AUTHORS = r",?\s{1,3}\+\d{1,4}\s(?:more\s)?authors?\s{1,3}"

#: Chicago's and MLA's "———." standing for the authors of the entry before.
DITTO = re.compile(r"^[-_—–]{3,}[.,]?$")

#: How a list's owner may name themselves among the authors ("Filbee-Dexter K., myself, …").
SELF_WORDS = frozenset({"me", "myself", "moi", "ich", "yo", "—", "––"})
"""(A dash among the authors, "L. Ferraro and —", is the owner too: hep-th lists write themselves so;
three dashes or more are `DITTO`.)"""

#: Characters that mark an author's role after (or before) the name.
MARKER_CHARS = "*†‡#§¶✉✨✦★☆⋆※∗¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈ"  # (superscripts: "Nikolaou M.¹" with a legend "¹ equal …")
#: The marks a name may carry: also a caret after it ("Ngata, R.^,", "^ denotes joint first authorship"),
#: which marks nothing inside a word ("$L^p$"), so the labeller's features leave it out.
ROLE_MARKS = MARKER_CHARS + "^"
#: "Single-authored", "solo-authored", "sole author": a note that the owner wrote the work alone.
SOLE_AUTHOR = re.compile(r"(?i)\b(?:single|solo|sole)[- ]?author(?:ed)?\b")
#: ASCII digits and the letters a-d as superscripts ("1" in `<sup>1</sup>`, "a" in `^a^`): role markers
#: when a legend explains them, an affiliation's number or letter otherwise.
SUPERSCRIPTS = dict(zip("123456789abcd", "¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈ", strict=True))
#: A regular-expression class of capital letters as names print them (Latin-1, Latin Extended,
#: Greek and Cyrillic).
CAPITAL = "A-Z\u00c0-\u00de\u0100-\u024f\u0391-\u03a9\u0400-\u042f"
#: A year as lists print it, 1600-2099 (a pattern to build regular expressions with).
YEAR = r"(?:1[6-9]|20)\d\d"
#: A badge of a venue and its year, as pages print one beside a paper: "CVPR 2025", "ECCV 2024 Oral".
VENUE_BADGE = re.compile(
    r"[A-Za-z0-9][\w&@.+/-]{1,20}(?: [A-Za-z][\w&@.+/-]{0,20}){0,3} ?'?\d{2,4}(?: [A-Za-z]\w{1,15})?"
)
#: The word before the co-authors a CV prints without its owner: "(with Jonas Erikson and Ann Lee)".
COAUTHOR_WORDS = ("with", "avec", "mit", "con", "com", "med", "met")
#: The words that open a note of co-authors, as a pattern: "with", "joint work with", "zus. mit",
#: "sammen med", "insieme a", "razem z".
COAUTHOR_NOTE = (
    rf"(?:(?:(?:zus(?:ammen)?\.?|gemeinsam|joint(?:ly)?(?:\s+work)?|sammen|tillsammans|samen|junto)\s+)?"
    rf"(?:{'|'.join(COAUTHOR_WORDS)})|insieme a|razem z|wspólnie z|spolu s)"
)
#: The marks that say the names before them are editors ("(eds.)", "Hg.", "(coords.)").
EDITOR_MARKS = (
    "eds?|editors?|hg|hrsg|dirs?|coords?|comps?|toim|szerk|red|éds?|orgs?|"
    "organizador(?:a|es|as)?|coordenador(?:a|es|as)?|coordinador(?:a|es|as)?|सं|संपा|محرر|محررون|עורכ?ים|עורך|επιμ|"
    "wahariri|mhariri|ur|ured(?:nic[ae]|nik)|ур|прир|ред|"  # (Croatian "ur.", "urednice", Serbian "ур.")
    "編|编|편"  # (Japanese, Chinese, Korean "(編)")
)
#: An editor's role before a co-author note: "(ed., with X)", "(guest ed., with X)", "(dir., avec X)".
EDITOR_ROLE = rf"(?:guest\s)?(?:{EDITOR_MARKS})\.?,?"
#: The words before a volume's editors ("edited by", "a cura di", "hrsg. von", "coordinado por").
EDITED_BY = (
    r"(?:hrsg\.\s+von|hg\.\s+von|herausgegeben von|ed(?:ited|s)?\.?\s+by|coord\.\s+by|éd\.\s+par|édité par|"
    r"sous la dir(?:ection)?\.?\s+de|a cura di|(?:coordinado|compilado|editado|organizado) por|a cargo de|"
    r"rediger(?:t|et|ad) a[vf]|onder redactie van|uredil[aei]?|"  # (Croatian "uredili X i Y")
    r"biên tập bởi|editoval[aiy]?|pod redakcją|red\.|под редакцией|под ред\.|"  # vi, cs, pl, ru
    r"disunting oleh|"  # id
    r"editörler)"  # tr
)
#: The words that open a review in a list, with what links them to the reviewed book: "Review of",
#: "Book review:", "Rez. zu:", "Recensión a:", "Compte rendu de", "Recenzja:", "Anmeldelse av".
REVIEW_OPENS = re.compile(
    r"(?i)(?:book\s)?(?:review|rezension|rez\.|besprechung|recensione|recensión|recensão|recenzja|recenze|"
    r"reseña|compte rendu|anmeldelse|recension|рецензия|рецензія)"
    r"(?:(?: zu| a| de| of| af| av| di| von| на)\s?:?|\s?:)\s"
    r"|(?i:arvio teoksesta|kirja-arvio:)\s"  # Finnish: "Arvio teoksesta X: *Book*"
)
#: The key of a record's line of authors on a profile copy ("Authors : SN Rahmawati, A Wibowo").
AUTHORS_KEYS = frozenset(
    {"authors", "author", "penulis", "author(s)", "creators", "creator", "autores", "contributors"}
)
#: A short key (one or two words) and its colon opening a text: a note's "요약: …", "Summary: …", a
#: portal's "Indexed: CSSCI" (what the reader and the markups take for a key, in one place).
KEY_OPENS = re.compile(r"(?<!\s)\s*[^\s:：]{1,20}(?:\s[^\s:：]{1,20})?\s?[:：](?=\s|$)")  # (one start a run)

#: Letters only Vietnamese writes ("ơ", "ư" and the tones under and over vowels; not "ă", "â", "đ", which
#: Romanian, French and Croatian write too): a text whose every word is a syllable.
_VIETNAMESE = re.compile("[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def heading_words(text: str) -> int:
    """How many words a heading has, counting what Vietnamese writes as two syllables ("hội nghị",
    "luận án") as one, so that its section names are as short as other languages'.

    >>> heading_words("Báo cáo toàn văn tại hội nghị khoa học"), heading_words("Conference papers")
    (5, 2)
    """
    words = len(text.split())
    return (words + 1) // 2 if _VIETNAMESE.search(text) else words


#: What a record prints in its year's place when it has none yet (PhilPapers' "- forthcoming -").
UNDATED_WORDS = frozenset({"forthcoming", "manuscript"})

#: Status phrases, most specific first; the first that matches names the status.
STATUS_PHRASES: tuple[tuple[re.Pattern[str], Status], ...] = (
    # each word list inside one "\b(?: … )\b": a branch that opens with a letter is skipped at a glance,
    # where "\bA\b|\bB\b|…" tries every branch at every character
    (
        re.compile(
            r"\b(?:under (?:major |minor )?(?:review|revision)|in (?:major |minor )?revision|"
            r"(?:major|minor) revision|(?:revise|reject) (?:and|&) resubmit|R&R|in review|"
            r"in begutachtung|en (?:cours de )?(?:révision|évaluation)|en revisión|en evaluaci[oó]n|"
            r"na recenziji|en dictamen|"
            r"bírálat alatt|v recenzním řízení|w recenzji|на рецензии|under granskning|po recenzji|"
            r"hakem sürecinde|hakem değerlendirmesinde|değerlendirmede|revizyonda|υπό κρίση|em revisão|"
            r"em avaliação|in revisione|in valutazione|"
            r"arvioitavana|dalam review|sedang ditelaah|đang phản biện|đang bình duyệt|đang chỉnh sửa|"
            r"revisie ingediend|"
            r"under revidering|"
            r"inakaguliwa|"
            r"доработка и повторное рассмотрение|на доработке|"
            r"на рецензировании|на рецензуванні|под рецензијом|под рецензия|на рецензия)\b|"
            r"قيد التحكيم|قيد المراجعة|בשיפוט|심사\s?중|(?:수정\s?후\s?)?재심사(?:\s?중)?|审稿中|在审|査読中",
            re.I,
        ),
        Status.UNDER_REVIEW,
    ),
    (
        re.compile(
            r"\b(?:submitted|in submission|(?:manuscript )?in prep(?:aration)?|eingereicht|in vorbereitung|"
            r"soumis|en préparation|(?:manuscrito )?enviado(?: para (?:su )?publicaci[oó]n)?|en preparación|"
            r"sottopost[oa]|sottomess[oa]|(?:manuscrito )?sometid[oa]|"
            r"in preparazione|ingediend|submetido|beküldve|inskickad|inskickat(?: manus)?|odesláno|"
            r"(?:praca |artykuł )?(?:wysłan[aey](?: do redakcji)?|złożon[aey]|zgłoszon[aey](?: do)?)|"
            r"направлен[аоы]?(?: в редакцию)?|отправлен[аоы]?|gönderildi|"
            r"manuscript submitted|trimis spre publicare|indsendt|innsendt|"
            r"draft (?:coming soon|available (?:up)?on request)|imewasilishwa|inaandaliwa|"
            r"υπό προετοιμασία|υποβλήθηκε|dalam persiapan|"
            r"poslano(?: na recenziju)?|predano|đã nộp|gửi đến)\b"
            r"|مقدم للنشر|قيد الإعداد|בהכנה|הוגש|投稿中|已投稿|已提交|提交中"
            r"|투고(?:\s?(?:중|완료))?(?![가-힣])",
            re.I,
        ),
        Status.SUBMITTED,
    ),
    (
        re.compile(
            r"\b(?:(?:accepted|in (?:the )?press|to appear|forthc(?:oming|(?=\.))|conditionally accepted|"
            r"under (?:advance )?contract|"
            r"angenommen|im (?:erscheinen|druck)|à paraître|sous presse|accepté|"
            r"en prensa|en premsa|aceptado|acceptat|in (?:corso di )?stampa|accettato|"
            r"no prelo|aceito|in druk|geaccepteerd|közlésre elfogadva|"
            r"megjelenés alatt|v tisku|přijato|w druku|przyjęt[aeoy] do druku|"
            r"в печати|принят[аоы]? к (?:печати|публикации)|у друці|прийнято до друку|у штампи|"
            r"прихваћен[оа]?|"
            r"под печат|приета за печат|accepterad(?: för publicering)?|i tryck|kommande|"
            r"baskıda|kabul edildi|"
            r"υπό δημοσίευση|(?:đã )?được chấp nhận|sắp xuất bản|đang in|diterima|hyväksytty|"
            r"acceptat spre publicare|în curs de publicare|u tisku|prihvaćen[oa]? za objavu|"
            r"accepteret(?: til publikation)?|akseptert|i trykken|under utgivning|"
            r"imekubaliwa(?: kuchapishwa)?|inachapishwa|itakayochapishwa|akan terbit|"
            r"dalam proses penerbitan)\b"
            r"|c\.\s?s\.(?!\w))|"
            r"مقبول للنشر|تحت الطبع|قيد النشر|בדפוס|התקבל לפרסום|"
            r"게재\s?(?:예정|승인|확정)|발표\s?예정|인쇄\s?중|"
            r"即将(?:发表|出版|刊出)|已(?:接收|录用)|印刷中|掲載(?:予定|決定)|採録決定",
            re.I,
        ),
        Status.ACCEPTED,
    ),
)

#: A distinction printed with a paper: "Oral", "Spotlight", "Best Paper Award", "Honorable mention".
#: A nomination for a prize, in the languages of the lists read ("Nominert til Brageprisen").
NOMINATED = r"nominated|nominert|nominiert|nominerad"
AWARD = re.compile(
    r"\b(?:oral(?: presentation)?|spotlight|"
    r"best\b[\w\s-]{0,40}?(?:paper|award|prize|presentation|poster|demo)|"
    r"award|prize|outstanding\b[\w\s-]{0,30}?paper|highlight|honou?rable mention|finalist|nominee|"
    rf"{NOMINATED}|shortlisted|longlisted|runner[- ]?up|distinguished paper|notable(?: top \d+%)?|"
    r"top[- ]\d+%|long talk|"
    r"contributed talk|plenary|invited (?:paper|talk)|most influential paper|highly[- ]cited|"
    r"test[- ]of[- ]time|editors['’]? (?:suggestion|choice|pick)|featured in physics|hot (?:paper|article)|"
    r"very important paper|(?:front|back|inside|outside) cover|cover (?:article|feature|image|picture)|🏆|"
    # "Premio al mejor póster", "Prémio de melhor artigo", "Prix du meilleur article", "Preis für den …"
    r"(?:(?:premio|prémio|prêmio|prix|preis)\s(?:al|a la|ao|à|de|du|de la|für (?:den|das|die))\s)?"
    r"(?:mejor|melhor|meilleure?|beste[nrs]?)\s(?:artículo|articulo|póster|poster|ponencia|trabajo|artigo|"
    r"trabalho|pôster|article|papier|communication|paper|vortrag|beitrag|presentaci[oó]n|apresentação))",
    re.I,
)

#: Marks that open an award note ("🏆 Best Paper"): what follows, up to the line's end, is the award.
AWARD_MARKS = frozenset("🏆🥇🥈🥉🏅🎖")

#: A venue ranking printed beside the venue: "CCF-A", "CORE A*", "(Rank B)"; kept apart from the venue.
RANKING = re.compile(
    r"\(?\b(?:CCF|CORE|Qualis|JCR)[- ]?(?:A\*|[ABC]\b|Q[1-4]\b|A1|A2|B[1-5])\)?|\(rank(?:ed)? [ABC]\*?\)|"
    r"\(?\b(?:JUFO[- ]?[0-3]|SINTA[- ]?[1-6]|Scopus[- ]Q[1-4])\b\)?",  # Finland's and Indonesia's ratings
    re.I,
)

#: The same meanings in other languages, as legends print them (one home: `legend_meaning` and the
#: reader's legend finder both use these).
EQUAL_CONTRIBUTION_WORDS = (
    r"shared? first[\w\s-]{0,20}|delat? förstaförfattar\w*|delt førsteforfatter\w*|równ\w* wkład\w*|"
    r"공동\s?제?\s?1\s?저자|"
    r"共同第一作者|同等の?貢献|gleich\w* beitrag\w*|geteilte erstautor\w*|gleichberechtigte erstautor\w*|"
    r"contribution égale|contribución (?:igual|equivalente)|igual contribuci[oó]n|igual contribui[cç][aã]o|"
    r"(?:(?:estos|los) autores )?contribuyeron (?:por igual|igualmente)|"
    r"равн\w* вклад\w*|مساهمة متساوية|"
    r"إسهام متساو\w*|gedeeld\w* eerste auteur\w*|"
    r"gelijke bijdrage|contribució igual|autoria compartida|autoría compartida|"
    r"autoria compartilhada|equal authorship|co-?primer[ao]s? autor\w*|"
    r"primer[ao]s? autor\w* compartid\w*|co-?primeir[ao]s? autor\w*|"
    r"ίση συνεισφορά|ισότιμη συνεισφορά|תרומה שווה|azonos hozzájárulás|egyenlő mértékben hozzájár\w*|"
    r"megosztott első szerző\w*|kontribusi setara|kontribusi yang sama|penulis pertama bersama|mchango sawa|"
    r"समान योगदान|contributo paritario|pari contributo|contribuição igual|eşit katkı|stejný podíl|"
    r"(?:rovným|stejným) (?:dílem|podílem)|"
    r"đóng góp (?:như|ngang|bằng) nhau|рівний внесок|سهم برابر"
)
CORRESPONDING_WORDS = (
    r"korrespond\w*|(?:autor(?:ka)? )?korespondencyjn\w*|"  # Polish "autor korespondencyjny"
    r"(?:autor(?:ul)? )?corespondent\w*|"  # Romanian "autor corespondent"
    r"(?:(?:autrice ou )?auteure? )?correspondant\w*|corresponderende? auteur|"  # French, Dutch
    r"autor(?:a|/a)? de correspond[eè]ncia|autor(?:a|/a)? para correspondencia|"  # Catalan, Spanish
    r"교신\s?저자|通讯作者|通訊作者|責任著者|переписк\w*|"
    r"υπεύθυνος αλληλογραφίας|συγγραφέας επικοινωνίας|מחבר מכותב|מחבר לתכתובת|levelező szerző|"
    r"penulis korespondensi|mwandishi wa mawasiliano|autore corrispondente|"
    r"sorumlu yazar|autor correspondente|tác giả liên hệ|автор для листування"
    r"|الباحث المراسل|المؤلف المراسل"
)
STUDENT_WORDS = (
    r"doktorand\w*|studen\w*|doktorant\w*|학생|学生|étudiant\w*|estudiante\w*|promovend\w*|"
    r"студент\w*|аспирант\w*|대학원생|학부생|学部生|大学院生|院生|研究生|博士生|硕士生|dottorand\w*|laureand\w*|"
    r"tesist\w*|doctorant\w*|doutorand\w*|mestrand\w*|orientand\w*|estudant\w*|alun[oa]s?\b|öğrenci\w*|"
    r"undergraduate research\w*|mahasiswa|bolsist\w*|"  # (Brazil's "bolsista de iniciação científica")
    r"học viên|nghiên cứu sinh|sinh viên"  # Vietnamese
)
LEGEND_MEANINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "equal_advising",
        re.compile(
            r"equal (?:advis|supervis|senior)|co-?senior|co-?last|joint last|autoría sénior compartida", re.I
        ),
    ),
    (
        "equal_contribution",
        re.compile(
            rf"equal(?:ly)? contribut|contributed equally|co-?first|joint first|equal|"
            rf"{EQUAL_CONTRIBUTION_WORDS}",
            re.I,
        ),
    ),
    ("corresponding", re.compile(rf"correspond|{CORRESPONDING_WORDS}", re.I)),
    ("student", re.compile(rf"student|mentee|trainee|supervised|advisee|{STUDENT_WORDS}", re.I)),
    # a mark for the owner's advisor or PI: understood, and no role of the model's
    ("advisor", re.compile(r"advis[oe]r|supervisor|\bmentor\b|\bPI\b|principal investigator|betreuer", re.I)),
)


def legend_meaning(text: str) -> str | None:
    """The role a legend's wording gives a marker: "equal_contribution", "corresponding", ... or None.

    >>> legend_meaning("indicates equal contribution"), legend_meaning("corresponding author")
    ('equal_contribution', 'corresponding')
    """
    return next((flag for flag, pattern in LEGEND_MEANINGS if pattern.search(text)), None)


def status_in(text: str) -> tuple[Status, re.Match[str]] | None:
    """The status a phrase in `text` names, with the match, or None.

    >>> status_in("In revision at Nature")[0].value, status_in("Proc. of the ACL") is None
    ('under-review', True)
    """
    for pattern, status in STATUS_PHRASES:
        m = pattern.search(text)
        if m:
            return status, m
    return None


#: ISO 4 abbreviations of words in journals' names ("Journal of Chemical Physics": "J. Chem. Phys.").
JOURNAL_ABBREVIATIONS = {
    "journal": "J.", "proceedings": "Proc.", "transactions": "Trans.", "international": "Int.",
    "conference": "Conf.", "physics": "Phys.", "physical": "Phys.", "chemistry": "Chem.",
    "chemical": "Chem.", "letters": "Lett.", "review": "Rev.", "reviews": "Rev.", "computer": "Comput.",
    "computational": "Comput.", "computing": "Comput.", "communications": "Commun.", "science": "Sci.",
    "sciences": "Sci.", "american": "Am.", "society": "Soc.", "research": "Res.", "engineering": "Eng.",
    "biology": "Biol.", "biological": "Biol.", "medicine": "Med.", "medical": "Med.", "applied": "Appl.",
    "mathematics": "Math.", "mathematical": "Math.", "european": "Eur.", "theoretical": "Theor.",
    "systems": "Syst.", "materials": "Mater.", "annals": "Ann.", "statistics": "Stat.",
    "intelligence": "Intell.", "artificial": "Artif.", "learning": "Learn.", "analysis": "Anal.",
    "information": "Inf.", "technology": "Technol.", "advances": "Adv.", "molecular": "Mol.",
    "environmental": "Environ.", "national": "Natl.", "academy": "Acad.", "quarterly": "Q.",
    "bulletin": "Bull.", "magazine": "Mag.", "geophysical": "Geophys.", "electronic": "Electron.",
}  # fmt: skip
#: The abbreviated words, as printed without their period ("chem", "phys", "comm"): a venue's, never a name's.
ABBREVIATED_VENUE_WORDS = frozenset(
    {short.rstrip(".").lower() for short in JOURNAL_ABBREVIATIONS.values()}
    | {"comp", "comm", "proc", "lett", "comment"}
)


# --- what a table's column headings and a record's keys name ------------------------------------

#: Column headings of a publication table and the field each column holds ("Year | Title | Journal").
_COLUMN_FIELDS = {
    **dict.fromkeys(("title", "titre", "titel", "título", "tytuł", "cím"), "title"),
    **dict.fromkeys(("paper", "publication", "article"), "work"),  # a title or a citation: cell_field
    **dict.fromkeys(
        (
            "author",
            "authors",
            "co-authors",
            "coauthors",
            "auteurs",
            "autoren",
            "autores",
            "autorzy",
            "szerzők",
        ),
        "author",
    ),
    **dict.fromkeys(
        ("journal", "venue", "conference", "published in", "booktitle", "outlet", "source", "revue"),
        "container",
    ),
    **dict.fromkeys(("year", "date", "année", "jahr", "año", "rok", "év"), "date"),
    **dict.fromkeys(("links", "link", "pdf", "code", "doi", "url", "resources", "materials"), "other"),
    # the columns of a spreadsheet or reference-manager export and the keys of a YAML data file
    **dict.fromkeys(("school", "event", "book title", "publication title", "container title"), "container"),
    **dict.fromkeys(("editor", "editors"), "editor"),
    **dict.fromkeys(("publisher",), "publisher"),
    **dict.fromkeys(("volume", "vol", "issue"), "volume"),
    **dict.fromkeys(("pages", "page", "page range", "page-range"), "pages"),
    **dict.fromkeys(("status", "publication status"), "status"),
    **dict.fromkeys(
        ("id", "output id", "key", "isbn", "issn", "notes", "note", "peer reviewed", "refereed"), "other"
    ),
    **dict.fromkeys(
        ("type", "output type", "item type", "publication type", "document type", "category"), "other"
    ),
}


def column_field(heading: str, *, loose: bool = True) -> str | None:
    """The field a table column holds, from its heading cell ("Journal" -> container; `loose`, also
    from a word of a longer heading: "Các tác giả" -> author, "Năm công bố" -> date), if it names one;
    "work" for a "Paper" column, a title or a whole citation (`cell_field` tells which)."""
    key = " ".join(heading.lower().strip(" *_:.").split())
    if key in _COLUMN_FIELDS or not loose:
        field = _COLUMN_FIELDS.get(key)
        return "title" if field == "work" and not loose else field  # a record's "Paper:" is its title
    return next((field for field, words in _COLUMN_WORDS if words.search(key)), None)


def cell_field(columns: Sequence[str | None], index: int) -> str | None:
    """The field of the cells of column `index`: a "Paper" / "Publication" column holds titles beside an
    author or venue column, the venue beside a "Title" column, and whole citations (no one field) when it
    stands alone beside a year."""
    field = columns[index] if 0 <= index < len(columns) else None
    if field == "work" and "title" in columns:
        return "container"  # Google Scholar's CSV: "Authors | Title | Publication | Volume | …"
    if field == "work":
        return "title" if "author" in columns or "container" in columns else None
    return field


#: Words that name a column's field inside a longer heading, in the order they are tried.
_COLUMN_WORDS = (
    ("author", re.compile(r"\b(?:authors?|autor(?:es|en)?|auteurs?|tác giả|penulis|tekijät)\b")),
    ("title", re.compile(r"\b(?:title|titre|titel|título|titolo|tên bài báo|tên công trình|judul|nimike)\b")),
    (
        "container",
        re.compile(r"\b(?:journal|venue|conference|revista|revue|zeitschrift|tạp chí|hội nghị|jurnal)\b"),
    ),
    ("date", re.compile(r"\b(?:year|année|jahr|año|anno|năm|tahun|vuosi)\b")),
    ("status", re.compile(r"\bstatus\b")),
    ("other", re.compile(r"^(?:#|no|nr|n°|tt|stt|s/n|sl\.? no)$")),
)


#: Keys of a record printed a field a line (a `<dl>` or key / value table inside an entry, ORCID's and
#: Scopus' "KEY: value" lines, a Zotero report) whose meaning differs from a table column's of that name.
RECORD_KEY_FIELDS: dict[str, str | None] = {
    **dict.fromkeys(("publication", "publication title", "proceedings title", "book title"), "container"),
    "journal": "container",
    "journal/publisher": "container",  # Interfolio's activity record
    "details": "volume",  # Interfolio's "Volume 288, Issue 4, Article 110761"
    "url/doi": "doi",
    "journal ref": "container",  # arXiv's listing
    "contributors": "author",
    "publication date": "date",  # Academia.edu's record
    "publication name": "container",
    "research interests": "other",
    "author(s)": "author",  # Web of Science's full record
    **dict.fromkeys(("proceedings", "preprint", "booktitle", "book"), "container"),
    "status": "status",
    **dict.fromkeys(("editor(s)", "book editor(s)"), "editor"),
    "published": "date",
    "year of publication": "date",  # a search engine's record (BASE)
    **dict.fromkeys(("description", "summary"), "other"),
    **dict.fromkeys(("subjects", "content provider", "collection", "data provider"), None),
    **dict.fromkeys(("article number", "early access"), "other"),
    **dict.fromkeys(  # Web of Science's full record keeping: none of the citation's fields
        (
            "accession number", "author keywords", "keywords plus", "addresses", "corresponding address",
            "web of science categories", "web of science index", "cited reference count",
            "total times cited", "research areas", "e-mail addresses",
        ),
        None,
    ),
    **dict.fromkeys(("źródło", "forrás"), "container"),  # a Polish and a Hungarian portal's "source"
    **dict.fromkeys(("tytuł równoległy", "afiliacja", "słowa kluczowe", "punktacja"), "other"),
    **dict.fromkeys(("source", "type", "document type", "doi", "abstract", "comments"), "other"),
    "author full names": "other",  # Scopus: the names again, with their ids; the short ones are read
    **dict.fromkeys(  # a reference manager's record keeping: none of the citation's fields
        (
            "item type", "short title", "journal abbr", "date added", "modified", "library catalog",
            "language", "issn", "isbn", "accessed", "extra", "rights", "archive", "loc. in archive",
            "call number", "url",
        ),
        None,
    ),
    **dict.fromkeys(  # a profile's chrome under each paper: where to read it and how it is counted
        ("view in", "citations", "cited by", "times cited", "fields", "translation", "downloads", "views"),
        None,
    ),
    **dict.fromkeys(  # a profile's header: the person's place, never a paper's
        ("department", "address", "institution", "office", "phone", "telephone", "email", "e-mail"), None
    ),
    # Spain's CVN (Currículum Vitae Normalizado): a record per work, several keys on a line
    "autores (p.o. de firma)": "author",
    "nombre de la publicación": "container",
    "volumen": "volume",
    "página inicial-final": "pages",
    "fecha": "date",
    "título del trabajo": "title",
    "nombre del congreso": "container",
    "fecha de celebración": "date",
    "ciudad de celebración": "location",
    **dict.fromkeys(("publicación en acta congreso", "tipo de participación", "ámbito del congreso"), None),
    **dict.fromkeys(
        ("tipo de producción", "tipo de soporte", "posición de firma", "nº total de autores", "editorial"),
        None,
    ),
}  # fmt: skip


def is_unprinted_key(key: str) -> bool:
    """Whether a record's key names something no citation prints ("View in", "Department", "ISSN")."""
    key = " ".join(key.split()).lower().strip(" :")
    return key in RECORD_KEY_FIELDS and RECORD_KEY_FIELDS[key] is None


def record_key_field(key: str, *, loose: bool = True) -> str | None:
    """The field a record's key names: its own meaning in records first, else a table column's."""
    key = " ".join(key.split()).lower().rstrip(":")
    return RECORD_KEY_FIELDS[key] if key in RECORD_KEY_FIELDS else column_field(key, loose=loose)
