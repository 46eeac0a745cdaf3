"""The list's template: entries of one list are printed alike, so the majority corrects the outliers.

Three repairs are made from the labelled entries of a list:
- the line template, for entries printed over several lines (title / authors / venue): which field
  each line holds, chosen by the model's probabilities summed over every entry with that many lines,
  one field per line; an entry's unsure line that disagrees is re-labelled to the template's field;
- the field order: an entry whose main fields come in another order than most entries' (the venue
  read as the title in a title-first list), and that the model was unsure of, gets them swapped back;
- missing fields: an entry without a field most entries have gets it from the tokens the model
  found possibly of that field.
No reference parser does this: it reads one string at a time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pubkit.reading.interpret import fields_of
from pubkit.reading.labeller import Labelled

__all__ = ["apply_template"]

_FIELDS = ("author", "title", "container")
#: A line position joins the template when its best field holds this share of its tokens' probability.
_PURE = 0.6
#: Tokens the model labelled with at least this confidence keep their label.
_SURE = 0.99
#: Fields are swapped to the dominant order only when the model's mean confidence in them is below this.
_SWAP_BELOW = 0.8
#: At least this many entries with the same number of lines make a line template.
_MIN_ENTRIES = 3


def apply_template(items: list[Labelled]) -> list[Labelled]:
    """The entries with the outliers re-labelled after the list's line template and field order."""
    return _missing_fields(_by_field_order(_by_lines(items)))


def _lines(item: Labelled) -> list[list[int]]:
    """Token indexes of each printed line of an entry (split at hard breaks)."""
    lines: list[list[int]] = []
    for i, token in enumerate(item.tokens):
        if token.break_before or not lines:
            lines.append([])
        lines[-1].append(i)
    return lines


def _line_template(group: Sequence[Labelled], count: int) -> dict[int, str]:
    """Line position -> field, for the positions where the list agrees on one field (and at least
    `_MIN_ENTRIES` entries have that line)."""
    mass: list[dict[str, float]] = [dict.fromkeys(_FIELDS, 0.0) for _ in range(count)]
    present = Counter(p for item in group for p in range(len(_lines(item))))
    for item in group:
        for position, line in enumerate(_lines(item)):
            for i in line:
                for name in _FIELDS:
                    mass[position][name] += item.probability(i, name) / len(line)
    ranked = sorted(
        (
            (share, position, name)
            for position in range(count)
            for name, share in _shares(mass[position]).items()
        ),
        reverse=True,
    )
    template: dict[int, str] = {}
    for share, position, name in ranked:
        if (
            share < _PURE
            or position in template
            or name in template.values()
            or present[position] < _MIN_ENTRIES
        ):
            continue
        template[position] = name
    return template


def _shares(counts: dict[str, float]) -> dict[str, float]:
    total = sum(counts.values())
    return {name: n / total for name, n in counts.items()} if total else {}


def _by_lines(items: list[Labelled]) -> list[Labelled]:
    """Re-label unsure lines after the list's line template (entries aligned from their first line)."""
    members = [index for index, item in enumerate(items) if len(_lines(item)) >= 2]
    out = list(items)
    if len(members) >= _MIN_ENTRIES and 2 * len(members) >= len(items):
        count = max(len(_lines(items[i])) for i in members)
        template = _line_template([items[i] for i in members], count)
        for index in members:
            item = items[index]
            labels = list(item.labels)
            counts = Counter(labels)
            for position, line in enumerate(_lines(item)):
                field = template.get(position)
                if field is None:
                    continue
                here = Counter(labels[i] for i in line)
                for i in line:
                    name = labels[i]
                    if name in _FIELDS and name != field and item.confidence[i] < _SURE:
                        if counts[name] == here[name]:
                            continue  # the entry's only tokens of that field: keep them
                        labels[i] = field
                        for tally in (counts, here):
                            tally[name] -= 1
                            tally[field] += 1
            if labels != item.labels:
                out[index] = item.relabelled(labels)
    return out


def _order(item: Labelled) -> tuple[str, ...]:
    """The entry's main fields (authors, title, venue) in printed order; the date moves freely."""
    return tuple(name for name in fields_of(item.labels).order if name in _FIELDS)


def _dominant(orders: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The field order of most entries, when a list of at least four has one."""
    counts = Counter(o for o in orders if o)
    if len(orders) < 4 or not counts:
        return None
    dominant, n = counts.most_common(1)[0]
    return dominant if 2 * n >= len(orders) else None


def _by_field_order(items: list[Labelled]) -> list[Labelled]:
    orders = [_order(item) for item in items]
    dominant = _dominant(orders)
    if dominant is None:
        return items
    out: list[Labelled] = []
    for item, order in zip(items, orders, strict=True):
        if order == dominant or sorted(order) != sorted(dominant) or len(set(order)) != len(order):
            out.append(item)
            continue
        moved = [c for c, name in zip(item.confidence, item.labels, strict=True) if name in _FIELDS]
        if sum(moved) >= _SWAP_BELOW * len(moved):
            out.append(item)  # the model was sure of this entry's fields: another style in the same list
            continue
        mapping = dict(zip(order, dominant, strict=True))
        out.append(item.relabelled([mapping.get(name, name) for name in item.labels]))
    return out


#: A token the model gave at least this probability of a field the entry lacks may take that field.
_POSSIBLE = 0.1


def _missing_fields(items: list[Labelled]) -> list[Labelled]:
    """An entry without a field most entries have (authors read as part of the title) gets it back.

    The field is given to the longest run of tokens, next to where the dominant order puts it,
    that the model found possibly of that field.
    """
    orders = [_order(item) for item in items]
    dominant = _dominant(orders)
    if dominant is None:
        return items
    out: list[Labelled] = []
    for item, order in zip(items, orders, strict=True):
        missing = [f for f in dominant if f in _FIELDS and f not in order]
        labels = list(item.labels)
        for field in missing:
            run = _best_run(item, labels, field)
            for i in run:
                labels[i] = field
        out.append(item.relabelled(labels) if labels != item.labels else item)
    return out


def _best_run(item: Labelled, labels: list[str], field: str) -> list[int]:
    best_start, best_len = 0, 0
    start, length = 0, 0
    for i, name in enumerate(labels):
        if name in _FIELDS and item.probability(i, field) >= _POSSIBLE:
            if length == 0:
                start = i
            length += 1
            if length > best_len:
                best_start, best_len = start, length
        else:
            length = 0
    best = range(best_start, best_start + best_len)
    # a run that would swallow a whole field leaves that field missing: not a repair
    inside = Counter(labels[i] for i in best)
    total = Counter(labels)
    return list(best) if all(total[f] > inside[f] for f in inside if f in _FIELDS) else []
