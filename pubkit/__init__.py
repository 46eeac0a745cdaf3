"""pubkit: publication lists as clean, structured, deduplicated data.

Read CV-style lists, BibTeX / biblatex and CSL-JSON; find duplicates and versions; write BibTeX,
CSL-JSON and numbered lists.
"""

from importlib.metadata import PackageNotFoundError, version

from pubkit.bibliography import Bibliography
from pubkit.dedup import (
    Decisions,
    DuplicateGroup,
    DuplicateReport,
    dedupe,
    find_duplicates,
    merge_duplicates,
    merge_papers,
)
from pubkit.errors import FormatError, ParseError, Problem, PubkitError, Severity, WriteError
from pubkit.io import dump, dumps, load, loads
from pubkit.model import Author, Award, Identifiers, Paper, Source, Status, Venue, VenueKind
from pubkit.names import name_key, split_name
from pubkit.pages import dump_pages
from pubkit.reading.reader import parse_reference
from pubkit.titles import normalize_title, title_similarity

try:
    __version__ = version("pubkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "Author",
    "Award",
    "Bibliography",
    "Decisions",
    "DuplicateGroup",
    "DuplicateReport",
    "FormatError",
    "Identifiers",
    "Paper",
    "ParseError",
    "Problem",
    "PubkitError",
    "Severity",
    "Source",
    "Status",
    "Venue",
    "VenueKind",
    "WriteError",
    "__version__",
    "dedupe",
    "dump",
    "dump_pages",
    "dumps",
    "find_duplicates",
    "load",
    "loads",
    "merge_duplicates",
    "merge_papers",
    "name_key",
    "normalize_title",
    "parse_reference",
    "split_name",
    "title_similarity",
]
