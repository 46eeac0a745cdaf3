"""Read a CV publication list and print what pubkit understood, then what it could not read.

    python examples/read_cv.py              # the bundled examples/cv.md
    python examples/read_cv.py my-cv.md     # your own list (Markdown or plain text)

Every entry of the list ends up either as a paper or as a problem with its file:line, so the
problems printed at the end are exactly the entries to fix (or to report). Exit status 1 when
there are problems, like a linter.
"""

from __future__ import annotations

import sys
from collections import Counter
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


def main(paths: Sequence[str] | None = None) -> int:
    paths = list(paths or [bundled("cv.md")])

    # 1. Read. The format comes from the suffix (.md / .txt are CV lists); several files are read
    #    in order and concatenated. Nothing is raised for a bad entry: it becomes a Problem.
    bib = pubkit.load(paths)
    print(f"Read {len(bib)} papers from {', '.join(paths)}")
    print(f"CV owner: {bib.owner or '(not found: pass owner=... to pubkit.load)'}")

    # 2. Every paper, with where it was read and the parts the reader told apart.
    for paper in bib:
        print()
        source = paper.source
        section = f"  [{source.section}]" if source and source.section else ""
        print(f"{source}{section}")
        print(f"  title:   {paper.title}")
        names = ", ".join(a.name + ("*" if a.equal_contribution else "") for a in paper.authors)
        print(f"  authors: {names}")
        venue = paper.venue
        where = f"{venue.acronym or venue.name} ({venue.kind.value})" if venue else "no venue"
        print(f"  venue:   {where}, {paper.year or 'no year'}, {paper.status.value}")
        role = paper.author_role()  # the owner's place in the author list: first, co-first, middle, last
        if role:
            print(f"  owner:   {role} author")
        if paper.awards:
            print(f"  awards:  {', '.join(award.name for award in paper.awards)}")
        if paper.identifiers:
            ids = paper.identifiers
            found = [f"{k}:{v}" for k, v in (("doi", ids.doi), ("arXiv", ids.arxiv), ("url", ids.url)) if v]
            print(f"  ids:     {' '.join(found)}")

    # 3. A summary by venue kind and status: a quick check that the reader classified things right.
    kinds = Counter(paper.kind.value for paper in bib)
    statuses = Counter(paper.status.value for paper in bib)
    print()
    print("By kind:   " + ", ".join(f"{n} {kind}" for kind, n in kinds.most_common()))
    print("By status: " + ", ".join(f"{n} {status}" for status, n in statuses.most_common()))

    # 4. The problems: entries that looked like publications but could not be read, with the raw text.
    print()
    if not bib.problems:
        print("No problems: every entry was read.")
        return 0
    print(f"{len(bib.problems)} problem(s):")
    for problem in bib.problems:
        print(f"  {problem}")  # "file:line: what went wrong"
        if problem.text:
            print(f"      {problem.text.strip()[:100]}")
    return 1


if __name__ == "__main__":
    if {"-h", "--help"} & set(sys.argv[1:]):
        sys.exit(print(__doc__))
    sys.exit(main(sys.argv[1:]))
