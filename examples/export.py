"""Export a publication list as BibTeX, biblatex and CSL-JSON, then read each file back.

    python examples/export.py                     # examples/cv.md into a new temporary directory
    python examples/export.py out/                # ... into out/
    python examples/export.py out/ my-cv.md x.bib # your own files (several are concatenated)

The papers are exported as read. A CV often lists a paper twice (a "selected" list and the full
list): see dedupe_cv_and_bib.py to merge such copies first.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pubkit


def bundled(name: str) -> str:
    """A file next to this script, named relative to the working directory when it is below it."""
    path = Path(__file__).resolve().parent / name
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main(out_dir: str | None = None, inputs: Sequence[str] | None = None) -> int:
    out = Path(out_dir) if out_dir else Path(tempfile.mkdtemp(prefix="pubkit-export-"))
    out.mkdir(parents=True, exist_ok=True)
    inputs = list(inputs or [bundled("cv.md")])

    bib = pubkit.load(inputs)
    print(f"Read {len(bib)} papers ({len(bib.problems)} problems) from {', '.join(inputs)}")

    # pubkit.dump picks the format from the suffix (.bib -> BibTeX, .json -> CSL-JSON) unless one
    # is named; keyword options go to the format's writer. Every write is atomic: the file is
    # complete or untouched, never half-written.
    targets = [
        # Classic BibTeX, non-ASCII letters as LaTeX escapes ({\"u}): safe for any bibtex.
        (out / "papers.bib", "bibtex", {}),
        # biblatex for biber: UTF-8 kept, arXiv preprints as @online with eprint fields,
        # equal contribution and the owner as `author+an` annotations.
        (out / "papers-biblatex.bib", "biblatex", {"unicode": True}),
        # CSL-JSON for Zotero, pandoc and citeproc; pubkit's own fields go under "custom".
        (out / "papers.json", "csl-json", {}),
    ]
    for path, fmt, options in targets:
        pubkit.dump(bib, path, fmt, **options)
        print(f"Wrote {fmt:<9} {path} ({path.stat().st_size} bytes)")

    # Read each file back: the same number of papers, and the titles survive the round trip.
    print()
    for path, fmt, _ in targets:
        again = pubkit.load(path, format=fmt)
        same = sum(a.title == b.title for a, b in zip(bib, again, strict=False))
        print(f"{path.name}: read back {len(again)} papers, {same} with the same title")

    # What one entry looks like, so that you can check it before citing from it.
    print()
    print("The first BibTeX entry:")
    print(pubkit.dumps(bib[:1], "bibtex").rstrip())
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if {"-h", "--help"} & set(args):
        sys.exit(print(__doc__))
    sys.exit(main(args[0] if args else None, args[1:]))
