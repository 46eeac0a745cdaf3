"""Pairwise precision / recall / F1 and speed of `pubkit.find_duplicates` on labelled dedup benchmarks.

Usage: python benchmarks/dedupe_bench.py DIR [DIR ...] [--bib-dedupe-python PATH] [--versions merge|link]

Each DIR holds `records.csv[.gz]` (or `records_pre_merged*.csv[.gz]`, concatenated) and
`merged_record_ids.csv` (one gold cluster per row, ids joined by ";"). One JSON line per dataset.
With `--bib-dedupe-python`, bib-dedupe is run on the same records in that interpreter and its
scores and the speed ratio are printed too.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import itertools
import json
import multiprocessing
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from pubkit.bibliography import Bibliography
from pubkit.dedup import VersionMode, find_duplicates
from pubkit.model import Author, Identifiers, Paper, Source, Venue, VenueKind

csv.field_size_limit(1 << 30)

# "Wang G. Y.Wu S.Pei J. M." and "Bezdjian ArenKraaijenga Veronique J. C.": a new author starts
# at a capital that follows an initial's period or a lower-case letter without a space.
_GLUED = re.compile(r"(?<=[.a-z\u00df-\u00ff])(?=[A-Z][a-z\u00df-\u00ff])")
# Name prefixes written without a space before a capital: "McVeigh", "MacDonald", "DiMascio".
_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "du", "le", "la", "van", "von", "del", "o"})
_PARTICLES = _PREFIXES | {"der", "den", "della", "dos", "das", "ter", "ten", "st"}
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
_KINDS = {
    "inproceedings": VenueKind.CONFERENCE,
    "proceedings": VenueKind.CONFERENCE,
    "conference": VenueKind.CONFERENCE,
    "incollection": VenueKind.BOOK,
    "book": VenueKind.BOOK,
    "techreport": VenueKind.REPORT,
    "phdthesis": VenueKind.THESIS,
    "mastersthesis": VenueKind.THESIS,
}


def _split_glued(raw: str) -> list[str]:
    """Split "Wang G. Y.Wu S." and "Bezdjian ArenKraaijenga V." into names, but not "McVeigh"."""
    parts: list[str] = []
    start = 0
    for match in _GLUED.finditer(raw):
        at = match.start()
        word = raw[:at].rsplit(" ", 1)[-1]
        if word.lower() in _PREFIXES:
            continue
        parts.append(raw[start:at])
        start = at
    parts.append(raw[start:])
    return parts


def parse_authors(raw: str) -> tuple[Author, ...]:
    """Authors from a raw export string: "Last, F. and Last, F.", "A; B" or separator-less Medline."""
    raw = " ".join(raw.split())
    if not raw or raw.lower() in {"nan", "none", "anonymous", "[anonymous]"}:
        return ()
    if " and " in raw:
        parts = raw.split(" and ")
    elif ";" in raw:
        parts = raw.split(";")
    else:
        parts = _split_glued(raw)
    authors = []
    for part in parts[:500]:
        part = part.strip(" ,.;") if "," not in part.strip(" ,") else part.strip(" ;")
        if not part or part.lower() in {"et al", "others"}:
            continue
        try:
            if "," in part:
                authors.append(Author(part))
            else:
                # Medline "Family Initials": the family name is everything before the initials.
                # Medline "Family Given": the family name is the first word and any particles before
                # it ("Di Mascio R.", "van der Berg A."), the rest given names and initials.
                words = part.split()
                cut = 1
                while cut < len(words) - 1 and words[cut - 1].lower() in _PARTICLES:
                    cut += 1
                authors.append(Author.from_parts(" ".join(words[cut:]), " ".join(words[:cut])))
        except ValueError:
            continue
    return tuple(authors)


def _text(row: dict[str, str], name: str) -> str:
    value = (row.get(name) or "").strip()
    return "" if value.lower() in {"nan", "none", "na"} else value


def paper_from_row(row: dict[str, str], *, path: str) -> Paper:
    """One benchmark CSV row as a `Paper`; odd values are dropped, never fatal."""
    kind = _KINDS.get(_text(row, "ENTRYTYPE").lower(), VenueKind.JOURNAL)
    venue_name = _text(row, "journal") or _text(row, "booktitle")
    venues = (Venue(venue_name, kind=kind),) if venue_name else ()
    match = _YEAR.search(_text(row, "year"))
    doi_match = _DOI.search(_text(row, "doi"))
    try:
        identifiers = Identifiers(doi=doi_match.group(0).rstrip(".") if doi_match else None)
    except ValueError:
        identifiers = Identifiers()
    return Paper(
        _text(row, "title"),
        parse_authors(_text(row, "author")),
        venues,
        int(match.group(1)) if match else None,
        identifiers=identifiers,
        volume=_text(row, "volume"),
        number=_text(row, "number") or _text(row, "issue"),
        pages=_text(row, "pages"),
        source=Source(path, key=_text(row, "ID")),
    )


def _open(path: Path) -> Iterator[dict[str, str]]:
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def record_files(folder: Path) -> list[Path]:
    """The record CSVs of a benchmark folder: `records.csv[.gz]`, else `records_pre_merged*`."""
    main = [p for p in (folder / "records.csv.gz", folder / "records.csv") if p.exists()]
    return main[:1] or sorted(folder.glob("records_pre_merged*.csv*"))


def load_records(folder: Path) -> list[Paper]:
    """All records of a benchmark folder as papers, in file order."""
    papers: list[Paper] = []
    for path in record_files(folder):
        papers.extend(paper_from_row(row, path=path.name) for row in _open(path))
    return papers


def load_gold(folder: Path) -> list[set[str]]:
    """Gold duplicate clusters (sets of record ids) with two or more members."""
    clusters = []
    for row in _open(folder / "merged_record_ids.csv"):
        ids = {i.strip() for i in (row.get("merged_ids") or "").split(";") if i.strip()}
        if len(ids) > 1:
            clusters.append(ids)
    return clusters


def pairs(clusters: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    """Every unordered pair inside each cluster."""
    out: set[tuple[str, str]] = set()
    for cluster in clusters:
        out.update(itertools.combinations(sorted(cluster), 2))
    return out


def score(predicted: set[tuple[str, str]], gold: set[tuple[str, str]]) -> dict[str, float]:
    """Pairwise precision, recall and F1."""
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def run_pubkit(folder: Path, versions: VersionMode) -> dict[str, Any]:
    """Load, dedupe and score one folder with pubkit."""
    gold = pairs(load_gold(folder))
    start = time.perf_counter()
    papers = load_records(folder)
    loaded = time.perf_counter()
    report = find_duplicates(Bibliography(papers), versions=versions)
    end = time.perf_counter()
    predicted = pairs(
        [p.source.key for p in group.papers if p.source and p.source.key] for group in report.duplicates
    )
    return {
        "records": len(papers),
        "gold_pairs": len(gold),
        "predicted_pairs": len(predicted),
        **score(predicted, gold),
        "false_pairs": len(predicted - gold),
        "missed_pairs": len(gold - predicted),
        "seconds": round(end - loaded, 3),  # dedupe only; loading the CSV is load_seconds
        "load_seconds": round(loaded - start, 2),
        "records_per_second": round(len(papers) / max(end - loaded, 1e-9)),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


_BIB_DEDUPE_SCRIPT = """
import json, sys, time, resource
import pandas as pd
from bib_dedupe.bib_dedupe import prep, block, match, cluster
frames = [pd.read_csv(p) for p in sys.argv[1:]]
records = pd.concat(frames, ignore_index=True)
start = time.perf_counter()
records = prep(records, cpu=2)
pairs = block(records, cpu=2)
matches = match(pairs, cpu=2)
clusters = cluster(matches)
seconds = time.perf_counter() - start
peak = max(
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
) / 1024
print(json.dumps({"clusters": [sorted(c) for c in clusters], "seconds": seconds, "peak_mb": peak}))
"""


def run_bib_dedupe(folder: Path, python: str) -> dict[str, Any] | None:
    """Run bib-dedupe in its own interpreter on the same records; None when it fails."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(_BIB_DEDUPE_SCRIPT)
    files = [str(p) for p in record_files(folder)]
    try:
        done = subprocess.run(
            [python, script.name, *files], capture_output=True, text=True, check=True, timeout=3600
        )
    except (OSError, subprocess.SubprocessError) as err:
        print(f"bib-dedupe failed on {folder.name}: {err}", file=sys.stderr)
        return None
    finally:
        Path(script.name).unlink()
    result = json.loads(done.stdout.strip().splitlines()[-1])
    gold = pairs(load_gold(folder))
    predicted = pairs(result["clusters"])
    return {
        **score(predicted, gold),
        "seconds": round(result["seconds"], 3),
        "peak_mb": round(result["peak_mb"], 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, metavar="DIR")
    parser.add_argument("--versions", choices=["merge", "link"], default="merge")
    parser.add_argument("--bib-dedupe-python", metavar="PATH", help="interpreter with bib-dedupe installed")
    args = parser.parse_args(argv)
    status = 0
    for folder in args.folders:
        if not record_files(folder) or not (folder / "merged_record_ids.csv").exists():
            print(f"{folder}: no records.csv[.gz] / merged_record_ids.csv", file=sys.stderr)
            status = 1
            continue
        # A fresh process per dataset, so that its peak memory is its own.
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
            measured = pool.submit(run_pubkit, folder, args.versions).result()
        result: dict[str, Any] = {"dataset": folder.name, **measured}
        if args.bib_dedupe_python:
            other = run_bib_dedupe(folder, args.bib_dedupe_python)
            if other is not None:
                result["bib_dedupe"] = other
                # bib-dedupe's time starts after pandas read the CSV but includes its preparation;
                # ours is given without and with building the Paper records.
                result["speedup"] = round(other["seconds"] / max(result["seconds"], 1e-3), 1)
                total = result["seconds"] + result["load_seconds"]
                result["speedup_with_loading"] = round(other["seconds"] / max(total, 1e-3), 1)
        print(json.dumps(result), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
