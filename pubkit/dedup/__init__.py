"""Duplicates and versions: blocking, pair scoring, conflict-aware clustering, field-by-field merging."""

from pubkit.dedup.decisions import Decision, Decisions, RecordRef, decisions_from_data
from pubkit.dedup.find import DEFAULT_THRESHOLD, VersionMode, dedupe, find_duplicates, merge_duplicates
from pubkit.dedup.merging import merge_papers
from pubkit.dedup.report import DuplicateGroup, DuplicateReport

__all__ = [
    "DEFAULT_THRESHOLD",
    "Decision",
    "Decisions",
    "DuplicateGroup",
    "DuplicateReport",
    "RecordRef",
    "VersionMode",
    "decisions_from_data",
    "dedupe",
    "find_duplicates",
    "merge_duplicates",
    "merge_papers",
]
