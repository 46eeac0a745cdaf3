"""Person names: splitting a printed name into given / family parts and comparing variants.

This is the one module that knows name rules. Printed forms are kept as they are; comparisons go
through `name_key`, so "Jung-Woo Ha" and "Jung-woo Ha" or "YoungJoon Yoo" and "Youngjoon Yoo" are
the same person.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

__all__ = [
    "CJK_RANGES",
    "GEORGIAN",
    "HAN_HANGUL",
    "caseless",
    "fold",
    "initials_key",
    "is_capitalised_surname",
    "is_initials",
    "name_key",
    "opens_capitalised",
    "split_name",
    "squash",
    "uncapitalised",
    "unspaced_script",
]

#: Georgian's letters (Mkhedruli), a script printed without capitals.
GEORGIAN = "\u10d0-\u10ff"
#: Lower-case words that begin a family name ("van der Berg", "de Rezende").
PARTICLES = frozenset(
    "van von der den de del della di da das dos do du la le ter ten zu bin ibn al el y ap ab".split()
)
#: Particles after which Iberian compound surnames keep the preceding word ("Sampaio de Rezende").
_COMPOUND_PARTICLES = frozenset({"de", "da", "das", "do", "dos", "del", "y"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
#: Capitalised particles that begin a family name inside a name: Māori "Te" ("Ngaio Te Rangi"), Irish
#: "Ní", "Ó", "Mac" ("Siobhán Ní Bhriain", "Dónal Ó Conaill").
_CAPITAL_PARTICLES = frozenset({"Te", "Ní", "Nic", "Ó", "Uí", "Mac", "Mhic"})
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


#: Letters that are not a base letter plus an accent, so Unicode decomposition leaves them alone.
_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h"}
    # Kazakh letters, as a name is also written in Russian spelling ("Жұмабаева", "Жумабаева")
    | dict(zip("әғқңөұүһӘҒҚҢӨҰҮҺ", "агкноуухАГКНОУУХ", strict=True))
)
#: An East Slavic patronymic ("Ігорович", "Сергеевна", "Ihorovych"): after the given name, in "Surname
#: Given Patronymic" order.
_PATRONYMIC = re.compile(r"(?:[оеєй]вич|[оеєії]вна|[іи]чна|ьич|[ое]vych|[oe]vich|[oe]vna|ivna|ichna)$")


_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.-?){1,3}")
_VANCOUVER_INITIALS = re.compile(
    r"[A-Z\u00c0-\u00de]{1,3}|[A-Z\u00c0-\u00de]-[A-Z\u00c0-\u00de]"
)  # "JA", "J-H"


def is_capitalised_surname(word: str) -> bool:
    """A word in capitals of four letters or more ("ROUX", "MARCHETTI-ROUX"): shorter ones may be
    initials ("Smith JA")."""
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 4
        and all(c.isupper() for c in letters)
        and all(c.isalpha() or c in "-'’" for c in word)
    )


def _runs(flags: list[bool]) -> int:
    """How many runs of equal values `flags` has."""
    return 1 + sum(a != b for a, b in itertools.pairwise(flags))


_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
        **{
            "ё": "e",
            "ж": "zh",
            "х": "kh",
            "ц": "ts",
            "ч": "ch",
            "ш": "sh",
            "щ": "shch",
            "ю": "yu",
            "я": "ya",
        },
        **{"ъ": "", "ь": "", "і": "i", "ї": "yi", "є": "ye", "ґ": "g"},
        **dict(zip("αβγδεζηικλμνξοπρσςτυφω", "avgdeziiklmnxoprsstyfo", strict=True)),
        **{"θ": "th", "χ": "ch", "ψ": "ps"},
        # Georgian, by the national system of 2002 ("ლომიძე" -> "Lomidze")
        **dict(zip("აბგდევზთიკლმნოპრსტუფქყჰ", "abgdevztiklmnoprstupkqh", strict=True)),
        **{"ჟ": "zh", "ღ": "gh", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh"},
        **{"ჯ": "j"},
    }
)


def uncapitalised(name: str) -> str:
    """A name printed in capitals as names are written ("ANA SOFÍA DE LA CRUZ" -> "Ana Sofía de la Cruz",
    "JEAN-PIERRE O'BRIEN" -> "Jean-Pierre O'Brien"); any other name as it is.

    >>> uncapitalised("ANA SOFÍA DE LA CRUZ"), uncapitalised("Ann Lee")
    ('Ana Sofía de la Cruz', 'Ann Lee')
    """
    if not name.isupper():
        return name
    words = name.title().split()
    return " ".join(w.lower() if k and w.lower() in PARTICLES else w for k, w in enumerate(words))


def latin(name: str) -> str:
    """A Cyrillic or Greek name in Latin letters, as journals transliterate it ("Соколова Е.А." ->
    "Sokolova E.A.", "Κωνσταντίνου" -> "Konstantinou"): to find one person printed in both scripts."""
    if _GREEK.search(name):  # accents off, then ELOT 743's digraphs: "ου" ou, "αυ" av / af, "γγ" ng
        name = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
        name = name.replace("ου", "ou").replace("Ου", "Ou").replace("ΟΥ", "OU")
        name = _GREEK_U.sub(_greek_u, name)
        name = name.replace("γγ", "ng").replace("Μπ", "B")
    if _GEORGIAN.search(name):  # a script without capitals: each word's first letter is one in Latin
        return " ".join(word.translate(_TO_LATIN).capitalize() for word in name.split(" "))
    return "".join(
        c.lower().translate(_TO_LATIN).capitalize() if c.isupper() else c.translate(_TO_LATIN) for c in name
    )


_GREEK = re.compile("[\u0370-\u03ff]")
#: "αυ", "ευ", "ηυ": "av", "ev", "iv", but "af", "ef", "if" before a voiceless consonant or at a word's end.
_GREEK_U = re.compile(r"([αεηΑΕΗ])υ(?:(?=[θκξπστφχψ])()|(?=\W|$)())?")
_GREEK_U_VOWEL = {"α": "a", "ε": "e", "η": "i", "Α": "A", "Ε": "E", "Η": "I"}


def _greek_u(found: re.Match[str]) -> str:
    voiceless = found[2] is not None or found[3] is not None
    return _GREEK_U_VOWEL[found[1]] + ("f" if voiceless else "v")


_GEORGIAN = re.compile(f"[{GEORGIAN}]")


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Case-fold and strip accents ("Müller" -> "muller", "Aydın" -> "aydin"): the base of every key.

    >>> fold("Müller"), fold("AYDIN") == fold("Aydın"), fold("Łukasz Øberg")
    ('muller', True, 'lukasz oberg')
    """
    if text.isascii():  # nothing to decompose: the common case, and much faster
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 17)
def split_name(name: str) -> tuple[str, str, str]:
    """Split a printed name into `(given, family, suffix)`.

    Understands "Given Family", "Family, Given", "Family, Jr., Given", particles ("Ludwig van
    Beethoven"), Iberian compound surnames ("Rafael Sampaio de Rezende") and initials ("S.C.
    Anderson", "Anderson, S.C.").

    >>> split_name("Rafael Sampaio de Rezende")
    ('Rafael', 'Sampaio de Rezende', '')
    >>> split_name("Anderson, S.C.")
    ('S.C.', 'Anderson', '')
    """
    name = " ".join(name.split())
    if not name:
        return "", "", ""
    if "," in name:
        parts = [p.strip() for p in name.split(",")]
        if len(parts) >= 3:
            return ", ".join(parts[2:]), parts[0], parts[1]
        family, given = parts
        if given.lower() in _SUFFIXES:
            # "John Smith, Jr." rather than "Smith, John"
            inner_given, inner_family, _ = split_name(family)
            return inner_given, inner_family, given
        last = family.rsplit(" ", 1)
        if (
            len(last) == 2 and last[1].lower() in _SUFFIXES
        ):  # "Mendoza Jr., A.R.": the suffix before the comma
            return given, last[0], last[1]
        words = given.rsplit(" ", 1)
        if len(words) == 2 and words[1].lower() in _SUFFIXES:  # "Mendoza, A.R. Jr.": the suffix at the end
            return words[0], family, words[1]
        return given, family, ""
    words = name.split(" ")
    suffix = ""
    if len(words) > 2 and words[-1].lower() in _SUFFIXES:
        suffix = words.pop()
    if len(words) == 1:
        return "", words[0], suffix
    if len(words) == 3 and _PATRONYMIC.search(words[2].lower()) and not _PATRONYMIC.search(words[1].lower()):
        return " ".join(words[1:]), words[0], suffix  # "Мельник Тарас Ігорович": surname, name, patronymic
    if _VANCOUVER_INITIALS.fullmatch(words[-1]) and all(
        w[:1].isupper() and not w.isupper() for w in words[:-1]
    ):
        return words[-1], " ".join(words[:-1]), suffix  # "Okonkwo-Hale B", "Smith JA": Vancouver order
    double = len(words) >= 3 and words[1][:1].isupper() and not _DOTTED_INITIALS.fullmatch(words[1])
    lead = 2 if double else 1  # (a double surname: "Huamán Torres L.")
    if all(len(w) > 2 and not w.endswith(".") for w in words[:lead]) and all(
        _DOTTED_INITIALS.fullmatch(w) for w in words[lead:]
    ):  # "Соколова Е.А.", "Smith J. A.", "Huamán Torres L.": the surname, then initials
        return " ".join(words[lead:]), " ".join(words[:lead]), suffix
    capitals = [is_capitalised_surname(w) for w in words]
    if any(capitals) and not all(capitals) and _runs(capitals) == 2 and not PARTICLES.intersection(words):
        # "MARCHETTI-ROUX Hélène", "Hélène MARCHETTI-ROUX": a surname in capitals, as French CVs print it
        family = " ".join(w for w, c in zip(words, capitals, strict=True) if c)
        return " ".join(w for w, c in zip(words, capitals, strict=True) if not c), family, suffix
    start = len(words) - 1
    for i in range(1, len(words) - 1):
        compound = (  # (an initial before the particle is a given name's: "R. M. de Oliveira")
            i >= 2
            and words[i].lower() in _COMPOUND_PARTICLES
            and words[i - 1][:1].isupper()
            and not _DOTTED_INITIALS.fullmatch(words[i - 1])
        )
        if (
            words[i] in PARTICLES or words[i] in _CAPITAL_PARTICLES or compound
        ):  # "Sampaio de Rezende", also "Sampaio De Rezende"
            start = i - 1 if compound else i
            break
    return " ".join(words[:start]), " ".join(words[start:]), suffix


@lru_cache(maxsize=1 << 17)
def squash(text: str) -> str:
    """`fold`, then letters and digits only: "Jung-Woo" -> "jungwoo", "d'Anesthésie" -> "danesthesie"."""
    return _NON_WORD.sub("", fold(text)).replace("_", "")


def _key_parts(name: str) -> tuple[str, str]:
    """Given and family name as keys see them: "De Rezende, Rafael Sampaio" (pybtex's split of an
    Iberian compound surname) is "Rafael" / "Sampaio De Rezende", as `split_name` reads the name."""
    given, family, _ = split_name(name)
    words = given.split()
    first = family.split(" ", 1)[0].lower()
    if (
        len(words) >= 2
        and first in _COMPOUND_PARTICLES
        and words[-1][:1].isupper()
        and not is_initials(words[-1])
    ):
        return " ".join(words[:-1]), f"{words[-1]} {family}"
    return given, family


@lru_cache(maxsize=1 << 17)
def name_key(name: str) -> str:
    """A comparison key for one person: accents, case, hyphens and spaces in the given name ignored,
    and the same for every way readers split the name.

    >>> name_key("Jung-Woo Ha") == name_key("Jung-woo Ha") == name_key("Ha, Jungwoo")
    True
    >>> name_key("Rafael Sampaio de Rezende") == name_key("De Rezende, Rafael Sampaio")
    True
    """
    given, family = _key_parts(name)
    return f"{squash(family)}|{squash(given)}"


@lru_cache(maxsize=1 << 17)
def initials_key(name: str) -> str:
    """A looser key, family name plus first initial: "S. Chun" and "Sanghyuk Chun" share it.

    >>> initials_key("S. Chun") == initials_key("Sanghyuk Chun")
    True
    """
    given, family = _key_parts(name)
    return f"{squash(family)}|{squash(given)[:1]}"


_INITIAL_PARTS = re.compile(r"[\s.-]+")


#: The letters of the scripts written without spaces between a person's family and given names (kana,
#: CJK ideographs, Hangul), as a character class's ranges: the one home of "CJK" for every module.
CJK_RANGES = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
#: The characters Chinese and Korean names are written in (ideographs, Hangul syllables), as ranges.
HAN_HANGUL = "\u4e00-\u9fff\uac00-\ud7a3"
_UNSPACED_SCRIPT = re.compile(f"[{CJK_RANGES}]")


def unspaced_script(name: str) -> bool:
    """Whether `name` is written in a script that may print it with or without a space ("山田 健一")."""
    return _UNSPACED_SCRIPT.search(name) is not None


@lru_cache(maxsize=1 << 17)
def caseless(letter: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew); Georgian's Mkhedruli counts as one
    (Unicode calls it lower case since it added the Mtavruli capitals, which names never use)."""
    return letter.isalpha() and (
        (not letter.isupper() and not letter.islower()) or _GEORGIAN.match(letter) is not None
    )


def opens_capitalised(word: str) -> bool:
    """Whether a word opens with a capital, or with a letter of a script that has none (Arabic, Hebrew,
    Georgian): where names and headings are told by their capitals, such a word may be either.

    >>> tuple(opens_capitalised(w) for w in ("Lee", "lee", "کاظمی", "שרון", "ლომიძე", "1st", ""))
    (True, False, True, True, True, False, False)
    """
    first = word[:1]
    return first.isupper() or caseless(first)


def is_initials(given: str) -> bool:
    """Whether a given name is only initials ("S.", "S.C.", "J.-W.", "SC"), not a short name ("Bo").

    >>> tuple(is_initials(g) for g in ("S.", "S.C.", "J.-W.", "SC", "é.", "Bo", "Li", ""))
    (True, True, True, True, True, False, False, False)
    """
    parts = [p for p in _INITIAL_PARTS.split(given) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return False
    if all(len(p) == 1 for p in parts):
        return True
    return len(parts) == 1 and 2 <= len(parts[0]) <= 3 and parts[0].isupper()  # "SC", "JWH"
