"""pubkit: publication lists as clean, structured, deduplicated data.

Read CV-style lists, BibTeX / biblatex and CSL-JSON; find duplicates and versions; write BibTeX,
CSL-JSON and numbered lists.
"""

from importlib.metadata import PackageNotFoundError, version

from pubkit.bibliography import Bibliography
from pubkit.errors import FormatError, ParseError, Problem, PubkitError
from pubkit.io import dump, dumps, load, loads
from pubkit.model import Author, Award, Identifiers, Paper, Source, Status, Venue, VenueKind
from pubkit.names import name_key, split_name

try:
    __version__ = version("pubkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "Author",
    "Award",
    "Bibliography",
    "FormatError",
    "Identifiers",
    "Paper",
    "ParseError",
    "Problem",
    "PubkitError",
    "Source",
    "Status",
    "Venue",
    "VenueKind",
    "__version__",
    "dump",
    "dumps",
    "load",
    "loads",
    "name_key",
    "split_name",
]
