"""How well pubkit reads printed publication lists and reference strings, against hand labels.

Usage: python benchmarks/reading_bench.py [--shared DIR] [--reader auto|cv|new] [--show-wrong]
                                          [--skip-references] [--skip-lists] [--skip-speed] [--entries N]

Prints three parts (figures only; nothing is asserted, least of all on time):

1. Reference strings: the fixed held-out 10% of `SHARED/reference-strings/` (AnyStyle's labelled
   data, `pubkit.reading.corpus.is_held_out`) read one by one through `pubkit.parse_reference`;
   accuracy per field and overall (rules in `reading_score.py`). "not available" until pubkit has
   `parse_reference`.
2. Lists: every list with hand labels (`tests/fixtures/reading/lists/NAME.* + NAME.labels.json`, and
   `tests/fixtures/reading/labels/NAME.labels.json` for `SHARED/real-lists/NAME.*` and the seed in
   `SHARED/seeds/`) read with `pubkit.load`; one row per list and a total: entries read / labelled,
   extra papers, problems, accuracy per field and over all fields.
3. Speed: a 10,000-entry Markdown list built from the labelled entries (other names and years,
   fixed seed) read in a fresh process: entries per second and peak memory (max RSS).

`--reader auto` (the default) reads lists with the new reader when pubkit has `parse_reference`, else
with the current CV reader (`format="cv"`); `cv` / `new` force one.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pubkit
from pubkit.reading.corpus import is_held_out, read_anystyle_dir

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reading_score import (  # a sibling script, not a package
    LIST_FIELDS,
    REFERENCE_FIELDS,
    FieldTally,
    Label,
    ListScore,
    load_labels,
    score_list,
    score_reference,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "reading"
DEFAULT_SHARED = Path(os.environ.get("PUBKIT_SHARED", ROOT.parent / "shared"))
SEED = 20261201


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def has_new_reader() -> bool:
    """Whether the new reader has landed (its public sign is `pubkit.parse_reference`)."""
    return hasattr(pubkit, "parse_reference")


def read_list(path: Path, reader: str) -> pubkit.Bibliography:
    """Read one list with the chosen reader ("cv": the current CV reader; "new": `pubkit.load(path)`)."""
    if reader == "cv":
        return pubkit.load(path, format="cv")
    return pubkit.load(path)


def labelled_lists(shared: Path) -> Iterator[tuple[str, Path | None, Path]]:
    """`(group, list file or None when absent, labels file)` for every labelled list, ours first.

    The group is "written here" for the lists in `tests/fixtures/reading/lists/`, else "real + seed".
    """
    for labels in sorted((FIXTURES / "lists").glob("*.labels.json")):
        stem = labels.name[: -len(".labels.json")]
        found = [p for p in labels.parent.glob(f"{stem}.*") if not p.name.endswith(".labels.json")]
        yield "written here", (found[0] if found else None), labels
    for labels in sorted((FIXTURES / "labels").glob("*.labels.json")):
        stem = labels.name[: -len(".labels.json")]
        found = [
            p
            for folder in (shared / "real-lists", shared / "seeds")
            for p in folder.glob(f"{stem}.*")
            if p.suffix != ".bib"
        ]
        yield "real + seed", (found[0] if found else None), labels


def bench_references(shared: Path) -> None:
    """Part 1: the held-out reference strings through `parse_reference`."""
    print("== 1. Reference strings (held-out 10% of reference-strings/, through parse_reference)")
    folder = shared / "reference-strings"
    if not has_new_reader():
        print("not available: pubkit.parse_reference does not exist yet\n")
        return
    if not folder.is_dir():
        print(f"not available: {folder} is absent\n")
        return
    parse = pubkit.parse_reference  # type: ignore[attr-defined]
    gold = [s for s in read_anystyle_dir(folder) if is_held_out(s.text)]
    outcomes = []
    refused = 0
    start = time.perf_counter()
    for item in gold:
        result = None
        try:
            result = parse(item.text)
        except pubkit.ParseError:
            refused += 1
        outcomes.append(score_reference(result, item))
    seconds = time.perf_counter() - start
    tally = FieldTally.of(outcomes)
    print(f"strings: {len(gold)}  refused (ParseError): {refused}  seconds: {seconds:.1f}")
    print("field        scored  accuracy")
    for name in REFERENCE_FIELDS:
        print(f"{name:12} {tally.scored.get(name, 0):6d}  {_pct(tally.accuracy(name))}")
    print(f"{'overall':12} {sum(tally.scored.values()):6d}  {_pct(tally.overall)}\n")


def bench_lists(shared: Path, reader: str, *, show_wrong: bool) -> None:
    """Part 2: every labelled list, one row each and a total."""
    print(f"== 2. Lists (reader: {reader})")
    heads = " ".join(f"{name[:6]:>6}" for name in LIST_FIELDS)
    print(f"{'list':38} {'read':>9} {'extra':>5} {'probl':>5} {heads} {'all':>6}")
    totals: dict[str, ListScore] = {}
    for group, path, labels_path in labelled_lists(shared):
        labels = load_labels(labels_path)
        if path is None:
            print(f"{labels_path.name:38} (list file absent: skipped)")
            continue
        problems: int | str
        try:
            bib = read_list(path, reader)
            papers, problems = list(bib), len(bib.problems)
        except Exception as err:  # a reader failing on a list is a result, not a crash of the benchmark
            papers, problems = [], f"error: {type(err).__name__}: {err}"[:120]
        score = score_list(papers, labels)
        totals[group] = totals[group] + score if group in totals else score
        cells = " ".join(_pct(score.fields.accuracy(f)) for f in LIST_FIELDS)
        shown = f"{problems:>5}" if isinstance(problems, int) else "    !"
        print(
            f"{path.name[:38]:38} {score.read:4d}/{score.labelled:<4d} {score.extra:5d} {shown} "
            f"{cells} {_pct(score.fields.overall)}"
        )
        if isinstance(problems, str):
            print(f"    {problems}")
        if show_wrong and score.wrong:
            print("    wrong: " + ", ".join(f"{line}:{field}" for line, field in score.wrong))
    if totals:
        totals["TOTAL"] = sum(totals.values(), ListScore(0, 0, 0, FieldTally()))
    for group, total in totals.items():
        cells = " ".join(_pct(total.fields.accuracy(f)) for f in LIST_FIELDS)
        print(
            f"{group.upper():38} {total.read:4d}/{total.labelled:<4d} {total.extra:5d} {'':5} "
            f"{cells} {_pct(total.fields.overall)}"
        )
    print()


_TEMPLATES = (
    "- {authors}. {title}. *{venue}*, {year}.",
    '1. {authors}, "{title}", {venue}, {year}.',
    "- {authors} ({year}). {title}. *{venue}*, {volume}({number}), {first}–{last}.",
    "- **{title}**  \n  {authors}  \n  *{venue}* {year}",
)


def _entries(rng: random.Random, labels: list[Label], count: int) -> Iterator[tuple[int, str]]:
    """`count` (year, Markdown entry) pairs made from labelled entries with other names and years."""
    families = sorted({a.replace(",", " ").split()[-1] for lab in labels for a in lab.authors if a.strip()})
    givens = sorted({a.split()[0] for lab in labels for a in lab.authors if " " in a and "," not in a})
    for number in range(count):
        label = labels[rng.randrange(len(labels))]
        names = [f"{rng.choice(givens)} {rng.choice(families)}" for _ in range(max(1, len(label.authors)))]
        owner = rng.randrange(len(names))
        names[owner] = "**Alex Q. Owner**"
        year = 1995 + rng.randrange(30)
        template = _TEMPLATES[(number // 250) % len(_TEMPLATES)]
        first = rng.randrange(1, 900)
        text = template.format(
            authors=", ".join(names),
            title=label.title,
            venue=label.venue or "Preprint",
            year=year,
            volume=rng.randrange(1, 60),
            number=rng.randrange(1, 12),
            first=first,
            last=first + rng.randrange(5, 30),
        )
        yield year, text


def build_big_list(shared: Path, count: int, seed: int) -> str:
    """A Markdown publication list of `count` entries, years descending, one section per year."""
    labels = [
        e
        for _, path, labels_path in labelled_lists(shared)
        if path is not None
        for e in load_labels(labels_path).entries
    ]
    rng = random.Random(seed)
    by_year: dict[int, list[str]] = {}
    for year, text in _entries(rng, labels, count):
        by_year.setdefault(year, []).append(text)
    parts = ["# Alex Q. Owner", "", "Publications, newest first. My name is in bold.", ""]
    for year in sorted(by_year, reverse=True):
        parts += [f"## {year}", "", *(f"{text}\n" for text in by_year[year])]
    return "\n".join(parts)


_CHILD = """
import json, resource, sys, time
import pubkit
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
bib = pubkit.load(sys.argv[1], format="cv") if sys.argv[2] == "cv" else pubkit.load(sys.argv[1])
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"papers": len(bib), "problems": len(bib.problems), "seconds": seconds,
                  "rss_import_kb": before, "rss_peak_kb": after}))
"""


def bench_speed(shared: Path, reader: str, count: int, seed: int) -> None:
    """Part 3: read a generated `count`-entry list in a fresh process; entries/s and peak memory."""
    print(f"== 3. Speed ({count:,}-entry Markdown list, seed {seed}, reader: {reader})")
    text = build_big_list(shared, count, seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big-list.md"
        path.write_text(text, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), reader],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
    if done.returncode != 0:
        print(f"the reading process failed: {done.stderr.strip().splitlines()[-1:]}\n")
        return
    result = json.loads(done.stdout.strip().splitlines()[-1])
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    rate = count / result["seconds"] if result["seconds"] else float("inf")
    print(
        f"entries: {count}  papers read: {result['papers']}  problems: {result['problems']}  "
        f"bytes: {len(text.encode('utf-8')):,}"
    )
    print(f"seconds: {result['seconds']:.2f}  entries/s: {rate:,.0f}")
    imported_mb = result["rss_import_kb"] / 1024
    print(f"peak RSS: {children_kb / 1024:.0f} MB (after import pubkit: {imported_mb:.0f} MB)\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--reader", choices=("auto", "cv", "new"), default="auto", help="which list reader")
    parser.add_argument("--show-wrong", action="store_true", help="list line:field of every wrong field")
    parser.add_argument("--skip-references", action="store_true")
    parser.add_argument("--skip-lists", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--entries", type=int, default=10_000, help="size of the generated list")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the generated list")
    args = parser.parse_args(argv)
    reader = args.reader if args.reader != "auto" else ("new" if has_new_reader() else "cv")
    print(f"pubkit {pubkit.__version__}; shared data: {args.shared}\n")
    if not args.skip_references:
        bench_references(args.shared)
    if not args.skip_lists:
        bench_lists(args.shared, reader, show_wrong=args.show_wrong)
    if not args.skip_speed:
        bench_speed(args.shared, reader, args.entries, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
