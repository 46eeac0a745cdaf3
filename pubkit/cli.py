"""The `pubkit` command: a thin shell over the public API (show, convert, list, dedupe).

Errors are one line, `pubkit: error: ...`, with exit status 1 for bad input and 2 for bad usage.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

import pubkit
from pubkit import config
from pubkit.bibliography import Bibliography
from pubkit.errors import PubkitError
from pubkit.formats import READ_FORMATS, WRITE_FORMATS, guess_format, lists
from pubkit.latex import strip_controls
from pubkit.model import Paper
from pubkit.stats import plot_stats, stats, stats_table

__all__ = ["main"]

EXIT_OK, EXIT_BAD_INPUT = 0, 1  # bad usage exits with 2 through argparse

_EPILOG_SHOW = """example:
  pubkit show cv.md            # every paper read, then the problems with file:line
  pubkit show --strict cv.md   # exit 1 when any entry could not be read"""
_EPILOG_CONVERT = """examples:
  pubkit convert cv.md -o papers.bib          # format from the suffix
  pubkit convert papers.bib --to csl-json     # to standard output
  pubkit convert cv.md --to biblatex --unicode -o papers.bib"""
_EPILOG_DEDUPE = """examples:
  pubkit dedupe cv.md scholar.bib -o publications.bib      # merged BibTeX
  pubkit dedupe cv.md scholar.bib --report text -o merged.bib
  pubkit dedupe records.bib --versions merge --report json --to csl-json
  pubkit dedupe cv.md dblp.bib --owner "Elena Rodríguez" --alias "E. Rodriguez" --decisions decided.toml \\
      --report-file report.json -o merged.bib"""
_EPILOG_LIST = """examples:
  pubkit list cv.md --to html --numbering descending
  pubkit list cv.md --dedupe --group-by kind --order year -o publications.md
  pubkit list refs.bib --to latex --first-author --years 2019- --no-ids
  pubkit list refs.bib --style apa --to html -o publications.html"""

_EPILOG_PAGES = """examples:
  pubkit pages --to hugo cv.md scholar.bib -o my-site          # content/publication/<slug>/index.md
  pubkit pages --to academicpages papers.bib -o my-site --dedupe  # _publications/<date>-<slug>.md
Files pubkit did not write are never overwritten."""

_EPILOG_STATS = """examples:
  pubkit stats cv.md --dedupe                     # tables: per year by venue kind and role, top venues
  pubkit stats cv.md scholar.bib --dedupe --plot papers.svg   # and a figure (needs pubkit[plot])"""


class _Console:
    """Where messages go: problems and progress on stderr (quietened by --quiet), data on stdout."""

    def __init__(self, *, quiet: bool, verbose: bool, err: TextIO) -> None:
        self.quiet, self.verbose, self.err = quiet, verbose, err

    def problem(self, text: str) -> None:
        if not self.quiet:
            print(f"pubkit: warning: {strip_controls(text)}", file=self.err)

    def info(self, text: str) -> None:
        if self.verbose and not self.quiet:
            print(f"pubkit: {text}", file=self.err)

    def done(self, text: str, output: str) -> None:
        """A one-line summary after writing a file (not when the data itself went to stdout)."""
        if output != "-" and not self.quiet:
            print(f"pubkit: {text}", file=self.err)


def _load(paths: Sequence[str], args: argparse.Namespace, console: _Console) -> Bibliography:
    bib = pubkit.load(list(paths), format=args.format, owner=args.owner)
    for problem in bib.problems:
        console.problem(str(problem))
    console.info(f"read {len(bib)} papers, {len(bib.problems)} problems from {', '.join(paths)}")
    return bib


def _describe(paper: Paper) -> str:
    """A paper in a few human-readable lines, for `pubkit show`."""
    where = str(paper.source) if paper.source else "<input>"
    section = f"  [{paper.source.section}]" if paper.source and paper.source.section else ""
    number = f"  #{paper.source.number}" if paper.source and paper.source.number is not None else ""
    people = []
    for author in paper.authors:
        marks = "".join(
            mark
            for mark, on in (
                ("*", author.equal_contribution),
                ("†", author.corresponding),
                ("‡", author.equal_advising),
            )
            if on
        )
        people.append(f"{author.name}{marks}" + (" (owner)" if author.is_owner else ""))
    venues = "; ".join(f"{v.label} [{v.kind.value}]" for v in paper.venues) or "no venue"
    facts = [str(paper.year) if paper.year else "no year", paper.status.value]
    facts += [a.name for a in paper.awards]
    ids = paper.identifiers
    facts += [f"{k}:{v}" for k, v in (("doi", ids.doi), ("arXiv", ids.arxiv), ("url", ids.url)) if v]
    lines = [
        f"{where}{number}{section}",
        f"  {paper.title}",
        f"  {', '.join(people) or 'no authors'}",
        f"  {venues} · {' · '.join(facts)}",
    ]
    return "\n".join(strip_controls(line) for line in lines)  # no terminal escapes from the data


def _cmd_show(args: argparse.Namespace, console: _Console) -> int:
    bib = _load(args.files, args, console)
    print("\n\n".join(_describe(p) for p in bib))
    print(f"\n{len(bib)} papers, {len(bib.problems)} problems", file=sys.stdout)
    return (
        EXIT_BAD_INPUT if (args.strict and any(p.is_error for p in bib.problems)) or not len(bib) else EXIT_OK
    )


def _writer_options(args: argparse.Namespace, target: str) -> dict[str, object]:
    """The BibTeX writer's switches, passed only when writing BibTeX or biblatex."""
    if target not in ("bibtex", "biblatex"):
        return {}
    return {
        "unicode": args.unicode,
        "plain": args.plain,
        "extra_fields": False if args.no_extra_fields else None,
    }


def _bibtex_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--unicode", action="store_true", help="BibTeX: write UTF-8 instead of LaTeX escapes")
    parser.add_argument(
        "--plain", action="store_true", help="BibTeX: standard fields only; status, awards, roles in note"
    )
    parser.add_argument(
        "--no-extra-fields",
        action="store_true",
        help="BibTeX: leave out al-folio fields (abbr, award, selected)",
    )


def _cmd_convert(args: argparse.Namespace, console: _Console) -> int:
    bib = _load(args.files, args, console)
    target = args.to or (guess_format(args.output, writing=True) if args.output != "-" else None)
    if target is None:
        msg = "name the output format with --to when writing to standard output"
        raise _UsageError(msg)
    pubkit.dump(bib, args.output, target, force=args.force, **_writer_options(args, target))
    console.done(f"wrote {len(bib)} papers as {target} to {args.output}", args.output)
    return EXIT_BAD_INPUT if args.strict and any(p.is_error for p in bib.problems) else EXIT_OK


#: The list options a citation style leaves to pubkit (the style decides the rest).
_STYLED_OPTIONS = frozenset({"highlight", "markers", "legend", "title", "heading_level", "standalone"})


def _cmd_list(args: argparse.Namespace, console: _Console) -> int:
    bib = _load(args.files, args, console)
    style = args.to or (guess_format(args.output, writing=True) if args.output != "-" else "markdown")
    if style not in lists.STYLES:
        msg = f"pubkit list writes {', '.join(lists.STYLES)}, not {style!r}"
        raise _UsageError(msg)
    if args.dedupe:
        bib = pubkit.dedupe(bib)
    options = {o.name: getattr(args, o.name) for o in lists.OPTIONS if hasattr(args, o.name)}
    if args.citation_style:
        fixed = [o.flag for o in lists.OPTIONS if o.name in options and o.name not in _STYLED_OPTIONS]
        if fixed:
            msg = f"--style decides the order, numbering and form of entries; leave out {', '.join(fixed)}"
            raise _UsageError(msg)
        options["style"] = args.citation_style
    try:
        if options.get("markers"):
            options["markers"] = lists.parse_markers(options["markers"])  # overrides the defaults
        pubkit.dump(
            bib, args.output, style, force=args.force, **options
        )  # options checked before any file opens
    except ValueError as err:
        raise _UsageError(str(err)) from None
    return EXIT_BAD_INPUT if args.strict and any(p.is_error for p in bib.problems) else EXIT_OK


def _progress_bar(console: _Console) -> Callable[[int, int], None] | None:
    """A one-line progress bar on stderr, only when stderr is a terminal and the input is large."""
    if console.quiet or not console.err.isatty():
        return None

    def draw(done: int, total: int) -> None:
        if total < 2000:
            return
        width = 30
        filled = width * done // max(total, 1)
        end = "\n" if done >= total else ""
        console.err.write(f"\rpubkit: dedupe [{'#' * filled}{'.' * (width - filled)}] {done}/{total}{end}")
        console.err.flush()

    return draw


def _cmd_dedupe(args: argparse.Namespace, console: _Console) -> int:
    if not 0.5 <= args.threshold <= 1:
        msg = f"--threshold must be between 0.5 and 1, not {args.threshold}"
        raise _UsageError(msg)
    settings = config.load_config(args.config)
    settings.apply()
    decisions = settings.decisions
    if args.decisions:
        decisions = decisions + config.load_decisions(args.decisions)
    bib = _load(args.files, args, console)
    owner = args.owner or settings.owner
    bib = config.apply_owner(bib, owner, [*settings.aliases, *(args.alias or [])])
    if owner and len(bib) and not any(p.owner for p in bib):
        console.problem(
            f"the owner {owner!r} is no author of any paper read; add the printed form with --alias"
        )
    report = pubkit.find_duplicates(
        bib,
        threshold=args.threshold,
        versions=args.versions,
        progress=_progress_bar(console),
        decisions=decisions,
    )
    if args.report_file:
        with open(args.report_file, "w", encoding="utf-8") as handle:
            json.dump(report.to_dict(), handle, ensure_ascii=False, indent=2)
            handle.write("\n")
    merged = pubkit.merge_duplicates(bib, report)
    for problem in merged.problems[len(bib.problems) :]:
        console.problem(str(problem))
    if args.report == "text":
        print(report.to_text(), file=sys.stderr)
    elif args.report == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), file=sys.stderr)
    target = args.to or (guess_format(args.output, writing=True) if args.output != "-" else "bibtex")
    pubkit.dump(merged, args.output, target, force=args.force, **_writer_options(args, target))
    console.done(
        f"{len(bib)} records -> {len(merged)} papers ({len(report.duplicates)} duplicate groups merged, "
        f"{len(report.versions)} version groups linked) -> {args.output}",
        args.output,
    )
    return EXIT_BAD_INPUT if args.strict and any(p.is_error for p in bib.problems) else EXIT_OK


def _cmd_pages(args: argparse.Namespace, console: _Console) -> int:
    bib = _load(args.files, args, console)
    if args.dedupe:
        bib = pubkit.dedupe(bib)
    report = pubkit.dump_pages(bib, args.to, args.output, prune=args.prune)
    for path in report.kept:
        console.problem(f"{path}: not written by pubkit (no 'generated_by: pubkit' mark); left as it is")
    for path in report.removed:
        console.info(f"removed {path}: its paper is no longer in the input")
    console.done(f"wrote {len(report.written)} files for {len(bib)} papers under {args.output}", args.output)
    return EXIT_BAD_INPUT if args.strict and any(p.is_error for p in bib.problems) else EXIT_OK


def _cmd_stats(args: argparse.Namespace, console: _Console) -> int:
    bib = _load(args.files, args, console)
    if args.dedupe:
        bib = pubkit.dedupe(bib)
    counted = stats(bib, top=args.top)
    print(stats_table(counted), end="")
    if args.plot:
        plot_stats(counted, args.plot)
        console.done(f"drew {counted.total} papers to {args.plot}", args.plot)
    return EXIT_BAD_INPUT if args.strict and any(p.is_error for p in bib.problems) else EXIT_OK


_EPILOG_FORMAT = """examples:
  pubkit format refs.bib > tidy.bib                  # the file in pubkit's layout, to standard output
  pubkit format --in-place --sort year refs.bib      # rewrite the file (atomically)
  pubkit format --check refs/*.bib                   # exit 1 and print a diff when a file would change
  pubkit format --field-order author,title,year refs.bib"""
_EPILOG_CHECK = """examples:
  pubkit check refs.bib                              # file:line: severity: message [rule]
  pubkit check cv.md scholar.bib --fail-on warning   # exit 1 on warnings too
  pubkit check refs.bib --format json --disable title-unprotected --disable name-initials"""


def _cmd_format(args: argparse.Namespace, console: _Console) -> int:
    from pubkit.formats.bibtex_format import format_bibtex, merge_entries, unreadable, write_atomic

    order = [f.strip() for f in args.field_order.split(",") if f.strip()] if args.field_order else None
    status = EXIT_OK
    for path in args.files:
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as err:
            print(f"pubkit: error: {path}: cannot read: {err.strerror or err}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            line = data[: err.start].count(b"\n") + 1
            print(
                f"pubkit: error: {path}:{line}: not valid UTF-8; pubkit format rewrites UTF-8 files only",
                file=sys.stderr,
            )
            status = EXIT_BAD_INPUT
            continue
        for problem in unreadable(text, path=path):
            console.problem(str(problem))
        merged = text
        if args.dedupe:  # duplicates found on the papers read, merged on the entries as written
            report = pubkit.find_duplicates(pubkit.loads(text, "bibtex", path=path))
            merged = merge_entries(
                text, [[s.line for p in g.papers for s in p.sources[:1] if s.line] for g in report.duplicates]
            )
            if report.duplicates and not console.quiet:
                print(report.to_text(), file=sys.stderr)
        tidy = format_bibtex(merged, sort=args.sort, field_order=order)
        if args.check:
            if tidy != text:
                diff = difflib.unified_diff(
                    text.splitlines(keepends=True),
                    tidy.splitlines(keepends=True),
                    path,
                    f"{path} (formatted)",
                )
                sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
                console.problem(f"{path}: would be reformatted")
                status = EXIT_BAD_INPUT
        elif args.in_place and path != "-":
            if tidy != text:
                write_atomic(path, tidy)
                console.done(f"reformatted {path}", path)
        else:
            sys.stdout.write(tidy)
    return status


def _cmd_check(args: argparse.Namespace, console: _Console) -> int:
    from pubkit.check import check, check_settings, findings_to_json

    disable = [*check_settings(args.config), *(args.disable or [])]
    try:
        findings = check(
            args.files, format=args.input_format, disable=disable, duplicates=not args.no_duplicates
        )
    except ValueError as err:
        if isinstance(err, PubkitError):
            raise
        raise _UsageError(str(err)) from None
    if args.format == "json":
        print(findings_to_json(findings))
    else:
        for finding in findings:
            print(finding)
        errors = sum(f.severity.value == "error" for f in findings)
        console.done(
            f"{errors} error(s), {len(findings) - errors} warning(s) in {len(args.files)} file(s)", ""
        )
    failing = ("error",) if args.fail_on == "error" else ("error", "warning")
    return EXIT_BAD_INPUT if any(f.severity.value in failing for f in findings) else EXIT_OK


def _add_format_and_check(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`pubkit format` and `pubkit check`: .bib tidying and linting (their own --format means output)."""
    from pubkit.formats.bibtex_format import SORTS

    tidy = commands.add_parser(
        "format",
        help="rewrite .bib files in one consistent layout (or --check that they are)",
        description="Rewrite FILE.bib in pubkit's layout; comments, @string, unknown fields kept as written.",
        epilog=_EPILOG_FORMAT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    tidy.add_argument("files", nargs="+", metavar="FILE.bib")
    mode = tidy.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 and print a diff if a file would change"
    )
    mode.add_argument("-i", "--in-place", action="store_true", help="rewrite the files (atomically)")
    tidy.add_argument(
        "--sort",
        choices=[*SORTS, *(f"-{s}" for s in SORTS)],
        help="order entries (--sort=-year: newest first)",
    )
    tidy.add_argument("--field-order", metavar="F1,F2,...", help="these fields first, in this order")
    tidy.add_argument(
        "--dedupe", action="store_true", help="merge duplicate entries (pubkit dedupe's judgement)"
    )
    check = commands.add_parser(
        "check",
        help="lint bibliography files: DOIs, keys, required fields, names, venues, duplicates",
        description="Report problems in FILE(s) with file:line, severity and rule id.",
        epilog=_EPILOG_CHECK,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--format", choices=("text", "json"), default="text", help="how findings are printed")
    check.add_argument(
        "--fail-on", choices=("error", "warning"), default="error", help="exit 1 from this severity"
    )
    check.add_argument("--disable", metavar="RULE", action="append", help="skip a rule (repeatable)")
    check.add_argument(
        "--input-format", choices=sorted(READ_FORMATS), help="input format (default: from suffix)"
    )
    check.add_argument(
        "--no-duplicates", action="store_true", help="skip the likely-duplicate search (large files)"
    )
    check.add_argument("--config", metavar="FILE", help="settings file with [check] disable = [...]")
    for sub, run in ((tidy, _cmd_format), (check, _cmd_check)):
        sub.add_argument(
            "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
        sub.add_argument(
            "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
        sub.set_defaults(run=run)


class _UsageError(Exception):
    """Bad command-line usage found after parsing (exit status 2)."""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=sorted(READ_FORMATS), help="input format (default: from suffix or content)"
    )
    parser.add_argument("--owner", metavar="NAME", help="the CV owner's name (default: from the document)")
    # -q / -v also after the subcommand; SUPPRESS keeps a subcommand from resetting the global flag
    parser.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when any entry could not be read (warnings do not count)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, exposed for documentation and tests."""
    parser = argparse.ArgumentParser(
        prog="pubkit",
        description="Publication lists as clean, structured, deduplicated data.",
        epilog="Run 'pubkit COMMAND --help' for a command's options and an example. '-' means stdin/stdout.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {pubkit.__version__}")
    loud = parser.add_mutually_exclusive_group()
    loud.add_argument("-q", "--quiet", action="store_true", help="print no warnings about unreadable entries")
    loud.add_argument("-v", "--verbose", action="store_true", help="say what was read and written")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    _subcommand(
        commands,
        "show",
        _cmd_show,
        _EPILOG_SHOW,
        help="print the papers read from files, and what could not be read",
        description="Print every paper read from FILE, then the problems.",
    )
    convert = _subcommand(
        commands,
        "convert",
        _cmd_convert,
        _EPILOG_CONVERT,
        help="convert between formats (BibTeX, biblatex, CSL-JSON, lists)",
        description="Read FILE(s) and write them in another format.",
    )
    _output_flags(convert, sorted(WRITE_FORMATS), "output format (default: from OUT's suffix)")
    _bibtex_flags(convert)

    dedupe = _subcommand(
        commands,
        "dedupe",
        _cmd_dedupe,
        _EPILOG_DEDUPE,
        help="merge duplicates across files and link versions",
        description="Read FILE(s), merge duplicate records, write the result.",
    )
    _output_flags(dedupe, sorted(WRITE_FORMATS), "output format (default: from OUT, else bibtex)")
    dedupe.add_argument(
        "--report", choices=("text", "json"), help="print what was merged and linked, and why"
    )
    dedupe.add_argument(
        "--threshold",
        type=float,
        default=pubkit.dedup.DEFAULT_THRESHOLD,
        metavar="X",
        help="title similarity (0.5-1) from which a pair is judged on its title (default: %(default)s)",
    )
    dedupe.add_argument(
        "--versions",
        choices=("link", "merge"),
        default="link",
        help="link versions (preprint, workshop, journal extension) or merge them as duplicates",
    )
    dedupe.add_argument("--report-file", metavar="PATH", help="write the report as JSON to PATH")
    dedupe.add_argument(
        "--decisions", metavar="FILE", help="saved same / different decisions (TOML: same = [[a, b]], ...)"
    )
    dedupe.add_argument(
        "--alias", metavar="NAME", action="append", help="another name of the owner (repeatable)"
    )
    dedupe.add_argument("--config", metavar="FILE", help="settings file (default: ./pubkit.toml if present)")
    _bibtex_flags(dedupe)

    listing = _subcommand(
        commands,
        "list",
        _cmd_list,
        _EPILOG_LIST,
        help="write a numbered publication list (Markdown, text, HTML, LaTeX)",
        description="Write FILE(s) as a numbered list, the way a CV shows it.",
    )
    _output_flags(listing, list(lists.STYLES), "style (default: from OUT, else markdown)")
    listing.add_argument("--dedupe", action="store_true", help="merge duplicates first (versions stay apart)")
    listing.add_argument(
        "--style",
        dest="citation_style",
        metavar="NAME|PATH.csl",
        help="a citation style (apa, ieee, nature, ... or a .csl file); needs pubkit[styles]",
    )
    add_list_options(listing)

    pages = _subcommand(
        commands,
        "pages",
        _cmd_pages,
        _EPILOG_PAGES,
        help="write one page per paper for a Hugo Blox or academicpages (Jekyll) site",
        description="Read FILE(s) and write publication pages under the site folder DIR.",
    )
    pages.add_argument("--to", choices=pubkit.pages.PAGE_FORMATS, required=True, help="the site generator")
    pages.add_argument("-o", "--output", required=True, metavar="DIR", help="the site's root folder")
    pages.add_argument("--dedupe", action="store_true", help="merge duplicates first (versions stay apart)")
    pages.add_argument("--prune", action="store_true", help="delete pubkit's pages of papers gone")

    counting = _subcommand(
        commands,
        "stats",
        _cmd_stats,
        _EPILOG_STATS,
        help="count papers per year by venue kind and the owner's role; top venues and co-authors",
        description="Read FILE(s) and print counts as tables; --plot also draws them.",
    )
    counting.add_argument("--plot", metavar="IMAGE", help="draw the counts to a .png, .svg or .pdf file")
    counting.add_argument("--top", type=int, default=10, metavar="N", help="venues and co-authors shown (10)")
    counting.add_argument("--dedupe", action="store_true", help="merge duplicates first (not versions)")
    _add_format_and_check(commands)
    return parser


def _subcommand(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    run: Callable[[argparse.Namespace, _Console], int],
    epilog: str,
    *,
    help: str,
    description: str,
) -> argparse.ArgumentParser:
    """A subcommand reading FILE(s), with the input options every subcommand shares."""
    sub = commands.add_parser(
        name,
        help=help,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub.add_argument("files", nargs="+", metavar="FILE")
    _common(sub)
    sub.set_defaults(run=run)
    return sub


def _output_flags(sub: argparse.ArgumentParser, formats: list[str], to_help: str) -> None:
    sub.add_argument("-o", "--output", default="-", metavar="OUT", help="output file (default: stdout)")
    sub.add_argument("--to", choices=formats, help=to_help)
    sub.add_argument(
        "--force",
        action="store_true",
        help="write over an input even when that loses what it holds beyond the papers read",
    )


def add_list_options(parser: argparse.ArgumentParser) -> None:
    """Flags for every option of the list writer, from its `OPTIONS` table.

    Unset flags stay out of the namespace (SUPPRESS), so the writer applies its own defaults.
    """
    for option in lists.OPTIONS:
        if option.type is bool:
            action = "store_false" if option.default else "store_true"
            parser.add_argument(
                option.flag, dest=option.name, action=action, help=option.help, default=argparse.SUPPRESS
            )
            continue
        parser.add_argument(
            option.flag,
            dest=option.name,
            type=option.type,
            choices=option.choices,
            metavar=option.metavar,
            action="append" if option.repeat else "store",
            help=option.help,
            default=argparse.SUPPRESS,
        )
        if option.negative:
            parser.add_argument(
                option.negative, dest=option.name, action="store_const", const=None, default=argparse.SUPPRESS
            )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting, for tests and embedding."""
    parser = build_parser()
    args = parser.parse_args(argv)
    console = _Console(quiet=args.quiet, verbose=args.verbose, err=sys.stderr)
    run: Callable[[argparse.Namespace, _Console], int] = args.run
    try:
        return run(args, console)
    except _UsageError as err:
        parser.error(str(err))  # exits with status 2
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        return EXIT_OK
    except (PubkitError, OSError) as err:
        print(f"pubkit: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    return EXIT_OK  # pragma: no cover - parser.error does not return


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
