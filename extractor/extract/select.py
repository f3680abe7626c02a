"""Choosing one value per key from the candidates, keeping disagreements visible.

One number in the text is one figure: when two rules read the same number as different
keys, the higher priority wins (declaration order breaks ties). One key with different
values is a conflict: the best-ranked value is reported and all are kept for review
(validation turns each conflict into a warning naming the value put in the table).

A fallback (a count «с повторным счётом») stands only when nothing else states its key.

A number that follows a larger one of the same key in the same sentence, after a colon,
is a part of its breakdown («создано 520 мест: 300 – в школах, 220 – …»), not a second
statement of the figure: it is no conflict.
"""

from __future__ import annotations

from extractor.catalogue import catalogue
from extractor.extract.figures import Candidate
from extractor.records import Conflict, Figure


def _breakdown_part(c: Candidate, cands: list[Candidate]) -> bool:
    p = c.figure.provenance
    for other in cands:
        o = other.figure.provenance
        if (
            o.quote_start == p.quote_start
            and o.end <= p.start
            and other.figure.value > c.figure.value
            and ":" in o.quote[o.end - o.quote_start : p.start - o.quote_start]
        ):
            return True
    return False


def select(
    candidates: list[Candidate],
) -> tuple[list[Figure], list[Conflict], list[Figure]]:
    """Each key's value, the keys stated with several, and the hedged values («около
    400») of keys the report states no other way: a hedged number is never a value."""
    exact = [c for c in candidates if not c.figure.approx]
    figures, conflicts = _chosen(exact)
    given = {f.key for f in figures}
    approximate, _ = _chosen([c for c in candidates if c.figure.approx])
    return figures, conflicts, [f for f in approximate if f.key not in given]


def _chosen(candidates: list[Candidate]) -> tuple[list[Figure], list[Conflict]]:
    # One key per number as written.
    by_span: dict[int, Candidate] = {}
    for c in candidates:
        pos = c.figure.provenance.start
        kept = by_span.get(pos)
        if kept is None or c.priority > kept.priority:
            by_span[pos] = c
    by_key: dict[str, list[Candidate]] = {}
    for c in sorted(by_span.values(), key=lambda c: c.figure.provenance.start):
        by_key.setdefault(c.figure.key, []).append(c)
    figures: list[Figure] = []
    conflicts: list[Conflict] = []
    for key in catalogue().ordered_keys():
        cands = by_key.get(key)
        if not cands:
            continue
        cands = [c for c in cands if not c.fallback] or cands
        best = max(cands, key=lambda c: c.priority)  # max keeps the earliest among equals
        figures.append(best.figure)
        distinct: list[Figure] = []
        primary = [c for c in cands if not c.secondary]
        for c in primary if best in primary else cands:
            if c is not best and _breakdown_part(c, cands):
                continue
            if not any(c.figure.same_value(d) for d in distinct):
                distinct.append(c.figure)
        if len(distinct) > 1:
            conflicts.append(Conflict(key=key, figures=distinct))
    return figures, conflicts
