"""The entry points: `find_duplicates` (duplicates to merge, versions to link), `merge_duplicates`,
and `dedupe` (both in one call). See docs/dedupe.md for the rules and how to tune them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

import attrs

from pubkit.bibliography import Bibliography
from pubkit.dedup.blocking import candidate_pairs
from pubkit.dedup.clustering import cluster
from pubkit.dedup.decisions import Decisions
from pubkit.dedup.merging import merge_papers
from pubkit.dedup.records import CITED_AT, Record, match_title
from pubkit.dedup.report import DuplicateGroup, DuplicateReport
from pubkit.dedup.scoring import evidence, explain_apart, judge, worth_review
from pubkit.errors import Problem, Severity
from pubkit.model import Paper, Source

#: Default minimum title similarity for two records to be duplicates on their title.
DEFAULT_THRESHOLD = 0.9
Progress = Callable[[int, int], None]
VersionMode = Literal["link", "merge"]


def _canonical_records(papers: Sequence[Paper]) -> list[Record]:
    """Records sorted by content, so that grouping does not depend on the input order.

    `index` is still the input index; the caller renumbers. Records equal on every compared field
    are ordered by their full `repr`, computed only for those few."""
    records = [Record(p, i) for i, p in enumerate(papers)]
    keys = {id(r): r.sort_key() for r in records}
    counts: dict[tuple[Any, ...], int] = defaultdict(int)
    for key in keys.values():
        counts[key] += 1
    return sorted(records, key=lambda r: (keys[id(r)], repr(r.paper) if counts[keys[id(r)]] > 1 else ""))


def _forget_collection_dois(records: Sequence[Record]) -> None:
    """A DOI carried by three or more different titles names a collection (a supplement of
    abstracts), not a paper: it is no evidence either way for those records."""
    titles: dict[str, set[str]] = defaultdict(set)
    for r in records:
        if r.doi_key and r.usable:
            titles[r.doi_key].add(r.title[:16])
    for r in records:
        if r.doi_key and len(titles.get(r.doi_key, ())) >= 3:
            r.doi = None
            r.doi_key = r.doi_work = ""


def _mark_notices(records: Sequence[Record]) -> None:
    """A record with the DOI of a correction notice is that notice, even when its export dropped
    the "Correction to:" from the title (and kept "(vol 12, pg 131, 2019)", where the corrected
    paper was printed): it is matched as a notice of the paper it names."""
    dois = {r.doi_key for r in records if r.notice and r.doi_key}
    for r in records:
        if r.doi_key in dois and not r.notice and r.usable:
            r.notice = match_title(CITED_AT.sub("", r.paper.title)).replace(" ", "")


def _check_options(threshold: float, versions: str) -> None:
    if versions not in ("link", "merge"):
        msg = f"versions must be 'link' or 'merge', got {versions!r}"
        raise ValueError(msg)
    if not 0.5 <= threshold <= 1.0:
        msg = f"threshold must be between 0.5 and 1.0, got {threshold!r}"
        raise ValueError(msg)


def find_duplicates(
    bib: Bibliography | Iterable[Paper],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    versions: VersionMode = "link",
    progress: Progress | None = None,
    decisions: Decisions | None = None,
) -> DuplicateReport:
    """Group duplicate records and link versions of the same work; the input is not changed.

    `threshold` is the minimum title similarity (0.5..1) for a match on the title; `versions="merge"`
    counts preprint / published copies of one paper as duplicates (systematic reviews), `"link"`
    reports them as versions (CVs). `progress(done, total)` is called while pairs are scored.
    `decisions` (a user's saved "same" / "different" pairs) overrule the scores.
    """
    _check_options(threshold, versions)
    papers = list(bib)
    records = _canonical_records(papers)
    order = [r.index for r in records]
    for n, r in enumerate(records):
        r.index = n
    position = dict(enumerate(order))  # canonical index -> input index
    _forget_collection_dois(records)
    _mark_notices(records)
    same, apart = (decisions or Decisions()).pairs([r.paper for r in records])
    candidates = candidate_pairs(records)
    total = len(candidates)
    near: set[tuple[int, int]] = set()
    step = max(1, total // 100)
    dup_edges: list[tuple[float, int, int]] = []
    version_edges: list[tuple[float, int, int]] = []
    reasons: dict[tuple[int, int], str] = {}
    for done, (a, b) in enumerate(candidates, 1):
        if (a, b) in apart or (a, b) in same:
            continue
        verdict = judge(records[a], records[b], threshold)
        if not verdict.kind:
            near.add((a, b))
        if verdict.kind == "duplicate" or (verdict.kind == "stage" and versions == "merge"):
            dup_edges.append((verdict.score, a, b))
        elif verdict.kind:
            version_edges.append((verdict.score, a, b))
        if verdict.kind:
            reasons[a, b] = verdict.reason
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total)
    for a, b in sorted(same):
        dup_edges.append((1.0, a, b))
        reasons[a, b] = "decided: same"
    roots, members = cluster(len(records), dup_edges, records, forced=same, apart=apart)

    def by_input(indexes: Iterable[int]) -> list[int]:
        return sorted(indexes, key=lambda i: position[i])

    inside: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
    for edge in dup_edges:
        if roots[edge[1]] == roots[edge[2]]:
            inside[roots[edge[1]]].append(edge)
    first_seen = {root_index: min(position[i] for i in group) for root_index, group in members.items()}
    groups = [
        _make_group([records[i] for i in by_input(members[root_index])], inside[root_index], reasons)
        for root_index in sorted(members, key=first_seen.__getitem__)
        if len(members[root_index]) > 1
    ]
    version_groups = _link_versions(records, roots, first_seen, version_edges, reasons, position)
    root_of = {id(r.paper): roots[r.index] for r in records}
    linked = [frozenset(root_of[id(p)] for p in g.papers) for g in version_groups]
    possible = _possible(records, sorted(near | apart), roots, apart, threshold, linked, position)
    return DuplicateReport(
        tuple(groups), tuple(version_groups), total=len(papers), mode=versions, possible=tuple(possible)
    )


def _possible(
    records: Sequence[Record],
    pairs: Iterable[tuple[int, int]],
    roots: list[int],
    apart: set[tuple[int, int]],
    threshold: float,
    linked: list[frozenset[int]],
    position: dict[int, int],
) -> list[DuplicateGroup]:
    """Pairs kept apart that a person should look at (see `worth_review`), with the reasons: one pair
    per two groups, none inside a group or between linked versions."""
    out: list[tuple[int, int, DuplicateGroup]] = []
    seen: set[frozenset[int]] = set()
    for a, b in pairs:
        both = frozenset({roots[a], roots[b]})
        if len(both) == 1 or both in seen or any(both <= group for group in linked):
            continue
        decided = (a, b) in apart
        if not decided and not worth_review(records[a], records[b]):
            continue
        seen.add(both)
        e = evidence(records[a], records[b])
        why = "decided: different" if decided else explain_apart(e, threshold)
        first, second = sorted((a, b), key=position.__getitem__)
        group = DuplicateGroup((records[first].paper, records[second].paper), round(e.title, 3), (why,))
        out.append((position[first], position[second], group))
    return [g for _, _, g in sorted(out, key=lambda t: (t[0], t[1]))]


def _make_group(
    members: list[Record], edges: list[tuple[float, int, int]], reasons: dict[tuple[int, int], str]
) -> DuplicateGroup:
    said = []
    for _, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        if reasons[a, b] not in said:
            said.append(reasons[a, b])
    score = min(s for s, _, _ in edges) if edges else 0.0
    return DuplicateGroup(tuple(r.paper for r in members), score, tuple(said), tuple(_conflicts(members)))


def _conflicts(members: Sequence[Record]) -> list[str]:
    found = []
    for label, values in (
        ("year", [r.paper.year for r in members]),
        ("DOI", [r.paper.identifiers.doi.casefold() if r.paper.identifiers.doi else None for r in members]),
        ("arXiv id", [r.arxiv for r in members]),
    ):
        distinct = sorted({str(v) for v in values if v is not None})
        if len(distinct) > 1:
            found.append(f"different {label}s: {', '.join(distinct)}")
    return found


def _link_versions(
    records: Sequence[Record],
    roots: list[int],
    first_seen: dict[int, int],
    edges: list[tuple[float, int, int]],
    reasons: dict[tuple[int, int], str],
    position: dict[int, int],
) -> list[DuplicateGroup]:
    """Version links between duplicate groups, each group linked to at most one group per stage."""
    best: dict[tuple[int, int], tuple[float, int, int]] = {}
    for score, a, b in edges:
        ra, rb = roots[a], roots[b]
        if ra == rb:
            continue
        key = (min(ra, rb), max(ra, rb))
        if key not in best or (-score, a, b) < (-best[key][0], best[key][1], best[key][2]):
            best[key] = (score, a, b)
    taken: set[tuple[int, int]] = set()  # (group root, stage of its partner)
    accepted: list[tuple[float, int, int, int, int]] = []
    for (ra, rb), (score, a, b) in sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0])):
        sa, sb = records[a].stage, records[b].stage
        if (ra, sb) in taken or (rb, sa) in taken:
            continue
        taken.update({(ra, sb), (rb, sa)})
        accepted.append((score, a, b, ra, rb))
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        parent.setdefault(i, i)
        while parent[i] != i:
            i = parent[i]
        return i

    for _, _, _, ra, rb in accepted:
        x, y = find(ra), find(rb)
        if x != y:
            parent[max(x, y, key=lambda r: first_seen[r])] = min(x, y, key=lambda r: first_seen[r])
    components: dict[int, list[tuple[float, int, int, int, int]]] = defaultdict(list)
    for link in accepted:
        components[find(link[3])].append(link)
    first_member: dict[int, Record] = {}
    for r in records:
        if roots[r.index] in first_seen and position[r.index] == first_seen[roots[r.index]]:
            first_member[roots[r.index]] = r
    out = []
    for comp_root in sorted(components, key=lambda r: first_seen[r]):
        links = components[comp_root]
        group_roots = sorted({r for link in links for r in link[3:]}, key=lambda r: first_seen[r])
        representatives = [first_member[g].paper for g in group_roots]
        said = [reasons[a, b] for _, a, b, _, _ in sorted(links, key=lambda link: (-link[0], link[1]))]
        out.append(DuplicateGroup(tuple(representatives), min(link[0] for link in links), tuple(said)))
    return out


def merge_duplicates(bib: Bibliography | Iterable[Paper], report: DuplicateReport) -> Bibliography:
    """One paper per duplicate group of `report`, merged field by field, in first-appearance order.

    `report` must come from `find_duplicates` on these same paper objects. Conflicts (two years, two
    DOIs) become `problems`; the merged paper keeps every copy's source.
    """
    if not isinstance(bib, Bibliography):
        bib = Bibliography(bib)
    known = {id(p) for p in bib.papers}
    if any(id(p) not in known for group in report.duplicates for p in group.papers):
        msg = "the report was made from other Paper objects than these: run find_duplicates on them"
        raise ValueError(msg)
    group_of: dict[int, DuplicateGroup] = {}
    for group in report.duplicates:
        for paper in group.papers:
            group_of[id(paper)] = group
    papers: list[Paper] = []
    problems = list(bib.problems)
    done: set[int] = set()
    for paper in bib.papers:
        found = group_of.get(id(paper))
        if found is None:
            papers.append(paper)
            continue
        group = found
        if id(group) in done:
            continue
        done.add(id(group))
        merged = merge_papers(group.papers)
        papers.append(merged)
        source = merged.source or Source()
        problems.extend(
            Problem(
                f"merged duplicates disagree: {c}",
                path=source.path,
                line=source.line,
                text=merged.title,
                kind="merge-conflict",
                severity=Severity.WARNING,
            )
            for c in group.conflicts
        )
    merged_bib: Bibliography = attrs.evolve(bib.with_papers(papers), problems=problems)
    return merged_bib


def dedupe(
    bib: Bibliography | Iterable[Paper],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    versions: VersionMode = "link",
    progress: Progress | None = None,
    decisions: Decisions | None = None,
) -> Bibliography:
    """`bib` with each duplicate group merged into one paper (see `find_duplicates`, `merge_duplicates`)."""
    if not isinstance(bib, Bibliography):
        bib = Bibliography(bib)
    report = find_duplicates(
        bib, threshold=threshold, versions=versions, progress=progress, decisions=decisions
    )
    return merge_duplicates(bib, report)
