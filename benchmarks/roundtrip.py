"""Round trips over real .bib collections: load -> dumps -> load must give back every record unchanged.

Usage: python benchmarks/roundtrip.py [FILE.bib[.gz] ...] [--limit N] [--collection NAME] [--examples K]
(default files: ../shared/bib-corpus/*.bib.gz)

For each collection and each trip (bibtex, biblatex, bibtex -> csl-json -> bibtex, csl-json ->
csl-json) prints one JSON line: records read, records changed, records lost or gained, and the
changed records counted per cause (the record attribute that differs: `title`, `venues`,
`extra:booktitle`, ...), with `--examples` before/after pairs per cause. Differences that a
deliberate normalisation listed in docs/formats.md explains are counted apart (`normalised`), not
as changes. A last line sums them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pubkit
from pubkit.io import decode

CORPUS = (
    Path(os.environ.get("PUBKIT_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
    / "bib-corpus"
)
_ENTRY = re.compile(r"^[ \t]*@(?!\s*(?:string|comment|preamble)\b)", re.MULTILINE | re.IGNORECASE)


def read_collection(path: Path, limit: int | None = None) -> str:
    """A collection's text (gunzipped, decoded as pubkit decodes files), cut after `limit` entries."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    text, _ = decode(data, path=str(path))
    if limit is not None:
        starts = [m.start() for m in _ENTRY.finditer(text)]
        if len(starts) > limit:
            text = text[: starts[limit]]
    return text


def record(paper: pubkit.Paper) -> dict[str, Any]:
    """Everything a round trip must keep, as comparable values (not where it was read from)."""
    return {
        "title": paper.title,
        "authors": [
            (a.name, a.given, a.family, a.suffix, a.equal_contribution, a.corresponding, a.equal_advising)
            for a in paper.authors
        ],
        "owner": [a.is_owner for a in paper.authors],
        "venues": [(v.name, v.acronym, v.kind.value, v.publisher, v.year) for v in paper.venues],
        "year": paper.year,
        "month": paper.month,
        "status": paper.status.value,
        "awards": [a.name for a in paper.awards],
        "doi": paper.identifiers.doi,
        "arxiv": paper.identifiers.arxiv,
        "url": paper.identifiers.url,
        "isbn": paper.identifiers.isbn,
        "volume": paper.volume,
        "number": paper.number,
        "pages": paper.pages,
        "abstract": paper.abstract,
        "note": paper.note,
        "selected": paper.selected,
        **{f"extra:{k}": v for k, v in paper.extra},
    }


def differences(before: pubkit.Paper, after: pubkit.Paper) -> dict[str, tuple[Any, Any]]:
    """The attributes that differ between two readings of one record: {cause: (before, after)}."""
    a, b = record(before), record(after)
    return {k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)}


def normalisation(cause: str, old: Any, new: Any) -> str | None:
    """The deliberate normalisation (docs/formats.md) that explains a difference, if one does."""
    plain = old != new and type(old) is type(new) and isinstance(old, (str, list))  # text, or names
    if plain and unicodedata.normalize("NFKC", str(old)) == unicodedata.normalize("NFKC", str(new)):
        return "styled letters written plain in ASCII LaTeX (ℝ -> R)"
    if cause == "extra:entrytype" and (old, new) in (("proceedings", "book"), ("mvproceedings", "book")):
        return "a proceedings volume with authors written as @book"
    return None


def _trips() -> dict[str, Callable[[pubkit.Bibliography], tuple[pubkit.Bibliography, pubkit.Bibliography]]]:
    """Each trip: from the BibTeX reading, the (reference, result) pair to compare."""

    def via(*formats: str) -> Callable[[pubkit.Bibliography], pubkit.Bibliography]:
        def run(bib: pubkit.Bibliography) -> pubkit.Bibliography:
            for name in formats:
                bib = pubkit.loads(pubkit.dumps(bib, name), "bibtex" if name == "biblatex" else name)
            return bib

        return run

    def csl_csl(bib: pubkit.Bibliography) -> tuple[pubkit.Bibliography, pubkit.Bibliography]:
        first = via("csl-json")(bib)
        return first, via("csl-json")(first)

    return {
        "bibtex": lambda bib: (bib, via("bibtex")(bib)),
        "biblatex": lambda bib: (bib, via("biblatex")(bib)),
        "bibtex>csl-json>bibtex": lambda bib: (bib, via("csl-json", "bibtex")(bib)),
        "csl-json>csl-json": csl_csl,
    }


def _pairs(
    before: pubkit.Bibliography, after: pubkit.Bibliography
) -> tuple[list[tuple[pubkit.Paper, pubkit.Paper]], int, int]:
    """Records paired in order (by citation key when counts differ), and the numbers lost and gained."""
    if len(before) == len(after):
        return list(zip(before, after, strict=True)), 0, 0
    by_key: dict[str, list[pubkit.Paper]] = {}
    for paper in after:
        by_key.setdefault(paper.source.key if paper.source and paper.source.key else "", []).append(paper)
    pairs, lost = [], 0
    for paper in before:
        key = paper.source.key if paper.source and paper.source.key else ""
        found = by_key.get(key)
        if found:
            pairs.append((paper, found.pop(0)))
        else:
            lost += 1
    return pairs, lost, sum(len(v) for v in by_key.values())


def _shown(old: Any, new: Any) -> str:
    """`old -> new`, cut to the neighbourhood of the first difference."""
    a, b = repr(old), repr(new)
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    start = max(0, start - 40)
    cut_a, cut_b = a[start : start + 120], b[start : start + 120]
    dots = "..." if start else ""
    return f"{dots}{cut_a} -> {dots}{cut_b}"


def run_collection(
    path: Path, *, limit: int | None, examples: int, trips: Iterable[str] | None = None
) -> list[dict[str, Any]]:
    """One row per trip for one collection."""
    text = read_collection(path, limit)
    started = time.perf_counter()
    bib = pubkit.loads(text, "bibtex", path=str(path))
    read_seconds = time.perf_counter() - started
    rows = []
    table = _trips()
    for name in trips or table:
        started = time.perf_counter()
        reference, result = table[name](bib)
        pairs, lost, gained = _pairs(reference, result)
        causes: Counter[str] = Counter()
        normalised: Counter[str] = Counter()
        shown: dict[str, list[str]] = {}
        changed = 0
        for before, after in pairs:
            diff = differences(before, after)
            explained = {c: normalisation(c, *d) for c, d in diff.items()}
            normalised.update({n for n in explained.values() if n})
            diff = {c: d for c, d in diff.items() if not explained[c]}
            if not diff:
                continue
            changed += 1
            for cause, (old, new) in diff.items():
                causes[cause] += 1
                if len(shown.setdefault(cause, [])) < examples:
                    key = before.source.key if before.source else None
                    shown[cause].append(f"{key}: {_shown(old, new)}")
        row: dict[str, Any] = {
            "collection": path.name.removesuffix(".gz").removesuffix(".bib"),
            "trip": name,
            "records": len(reference),
            "changed": changed,
            "lost": lost,
            "gained": gained,
            "causes": dict(causes.most_common()),
            "normalised": dict(normalised.most_common()),
            "read_s": round(read_seconds, 1),
            "trip_s": round(time.perf_counter() - started, 1),
        }
        if examples:
            row["examples"] = shown
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="collections (default: ../shared/bib-corpus)")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N entries of each")
    parser.add_argument("--collection", action="append", default=[], help="only collections named so")
    parser.add_argument("--trip", action="append", choices=list(_trips()), help="only these trips")
    parser.add_argument("--examples", type=int, default=0, help="before/after examples per cause")
    args = parser.parse_args(argv)
    files = args.files or sorted(CORPUS.glob("*.bib.gz"))
    if args.collection:
        files = [f for f in files if any(c in f.name for c in args.collection)]
    if not files:
        parser.error(f"no collections found (looked in {CORPUS})")
    totals: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    records: Counter[str] = Counter()
    for path in files:
        for row in run_collection(path, limit=args.limit, examples=args.examples, trips=args.trip):
            print(json.dumps(row, ensure_ascii=False), flush=True)
            changed[row["trip"]] += row["changed"] + row["lost"]
            records[row["trip"]] += row["records"]
            totals.update({f"{row['trip']} / {k}": v for k, v in row["causes"].items()})
    summary = {
        "total": {t: {"records": records[t], "changed_or_lost": changed[t]} for t in records},
        "causes": dict(totals.most_common()),
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
