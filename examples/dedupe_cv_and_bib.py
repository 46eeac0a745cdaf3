"""Deduplicate a CV together with a BibTeX export of the same person, and say what was done and why.

    python examples/dedupe_cv_and_bib.py                               # the bundled examples
    python examples/dedupe_cv_and_bib.py my-cv.md scholar.bib -o merged.bib

pubkit tells two things apart:
  * duplicates - the same record written twice (the CV's "selected" list repeats the full list;
    the CV and the .bib both list a paper). These are merged into one paper, field by field.
  * versions - the same work at another stage (a workshop paper that became a conference paper,
    a conference paper extended into a journal submission). These are only linked in the report:
    a CV lists them as separate papers, so they stay separate.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pubkit


def bundled(name: str) -> str:
    """A file next to this script, named relative to the working directory when it is below it."""
    path = Path(__file__).resolve().parent / name
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def where(paper: pubkit.Paper) -> str:
    """Every place a record was read from: `examples/cv.md:11, examples/scholar.bib:4`."""
    return ", ".join(str(source) for source in paper.sources) or "<input>"


def main(cv: str | None = None, bib: str | None = None, output: str | None = None) -> int:
    cv = cv or bundled("cv.md")
    bib = bib or bundled("scholar.bib")

    # 1. Read both files into one bibliography; each paper remembers its file and line.
    both = pubkit.load([cv, bib])
    print(f"Read {len(both)} records from {cv} and {bib} ({len(both.problems)} problems)")

    # 2. Find duplicates and versions. Nothing is changed yet: the report only says what matched.
    report = pubkit.find_duplicates(both)
    print(f"{len(report.duplicates)} duplicate groups, {len(report.versions)} version links")

    print()
    print("MERGED (the same record more than once):")
    for group in report.duplicates:
        # `reasons` is the evidence in words ("same arXiv id", "same title, same first author, ...");
        # `score` the weakest link in the group, 0..1.
        print(f"  {group.papers[0].title}")
        print(f"    why: {'; '.join(group.reasons)} (score {group.score:.2f})")
        for paper in group.papers:
            print(f"    - {paper.title!r} ({paper.year or 'n.d.'}) from {where(paper)}")
        for conflict in group.conflicts:  # e.g. two different years: kept, and reported below
            print(f"    ! {conflict}")

    print()
    print("LINKED, NOT MERGED (versions of one work at different stages):")
    for group in report.versions:
        print(f"    why: {'; '.join(group.reasons)}")
        for paper in group.papers:
            venue = paper.venue.acronym or paper.venue.name if paper.venue else "no venue"
            print(f"    - {paper.title!r} ({venue}, {paper.status.value}) from {where(paper)}")

    # 3. Merge each duplicate group into one paper. The most authoritative copy (published over
    #    preprint, more fields filled) wins; gaps are filled from the others and every source is kept.
    merged = pubkit.merge_duplicates(both, report)
    print()
    print(f"After merging: {len(merged)} papers (from {len(both)} records)")
    for paper in merged:
        if paper.merged_from:
            print(f"  {paper.title[:60]!r}: {len(paper.sources)} copies -> {where(paper)}")
    for problem in merged.problems:  # disagreements between merged copies are problems, not lost
        print(f"  problem: {problem}")

    # 4. Write the result. `-o` decides the format from the suffix (.bib, .json, .md, .html).
    if output:
        pubkit.dump(merged, output)
        print(f"\nWrote {len(merged)} papers to {output}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cv", nargs="?", help="a CV publication list (default: examples/cv.md)")
    parser.add_argument("bib", nargs="?", help="a BibTeX export (default: examples/scholar.bib)")
    parser.add_argument("-o", "--output", help="write the deduplicated papers here (.bib, .json, .md, .html)")
    args = parser.parse_args()
    sys.exit(main(args.cv, args.bib, args.output))
