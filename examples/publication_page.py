"""Build a publication page (Markdown and HTML) from a CV and a BibTeX export, duplicates merged.

    python examples/publication_page.py               # bundled examples, into a temporary directory
    python examples/publication_page.py site/ my-cv.md scholar.bib

The page is numbered the way CVs are ([n] down to [1]), grouped by venue kind, with the owner's
name in bold and a legend for the equal-contribution marker. docs/lists.md lists every option.
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
    out = Path(out_dir) if out_dir else Path(tempfile.mkdtemp(prefix="pubkit-page-"))
    out.mkdir(parents=True, exist_ok=True)
    inputs = list(inputs or [bundled("cv.md"), bundled("scholar.bib")])

    # 1. Read everything and merge duplicates (versions of a work stay separate entries).
    bib = pubkit.load(inputs)
    papers = pubkit.dedupe(bib)
    print(f"Read {len(bib)} records from {', '.join(inputs)}; {len(papers)} papers after merging duplicates")
    print(f"Owner (set in bold): {papers.owner}")

    # 2. The list options are the same for every style; only the markup differs.
    options = {
        "group_by": "kind",  # "Journal articles", "Conference papers", ... in that order
        "order": "year",  # newest first within each group
        "numbering": "descending",  # [n] ... [1] across the whole page, as CVs number them
        "title": f"Publications of {papers.owner}" if papers.owner else "Publications",
    }

    # 3. Markdown, for a static-site generator (Jekyll, Hugo, MkDocs) or a README.
    markdown = out / "publications.md"
    pubkit.dump(papers, markdown, "markdown", **options)

    # 4. A complete HTML page (standalone=True adds <html>, <head> and a small stylesheet);
    #    without it you get a fragment to paste into an existing page.
    page = out / "publications.html"
    pubkit.dump(papers, page, "html", standalone=True, **options)

    for path in (markdown, page):
        print(f"Wrote {path} ({path.stat().st_size} bytes)")
    print()
    print("The Markdown page begins:")
    for line in markdown.read_text(encoding="utf-8").splitlines()[:8]:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if {"-h", "--help"} & set(args):
        sys.exit(print(__doc__))
    sys.exit(main(args[0] if args else None, args[1:]))
