"""Scoring extraction against gold files: how anyone tunes the rules.

A figure is right when its key and value match the gold (percent and rubles within 0.05).
Identity is scored apart: municipality by its core name, region and year exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field

from extractor.catalogue import Unit, catalogue
from extractor.document import Document
from extractor.extract.numbers import find_numbers
from extractor.gazetteer import gazetteer, stem_of
from extractor.records import Figure, ReportRecord

TOLERANCE = 0.05


class Gold(BaseModel):
    municipality: str | None = None
    region: str | None = None
    year: int | None = None
    figures: dict[str, float] = Field(default_factory=dict)


class Miss(BaseModel):
    file: str
    key: str
    kind: str  # "missed" (in gold, not found), "wrong" (found, other value), "extra"
    gold: float | str | None = None
    found: float | str | None = None
    quote: str | None = None


class KeyScore(BaseModel):
    key: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class Evaluation(BaseModel):
    files: int
    keys: list[KeyScore]
    overall: KeyScore
    # Each document's own figures (`key` is its file): an average hides a document that
    # got worse while others got better.
    documents: list[KeyScore] = Field(default_factory=list)
    identity_total: int
    identity_right: int
    # Each document's identity fields right (municipality, region, year: 0–3), by file.
    identity_documents: dict[str, int] = Field(default_factory=dict)
    misses: list[Miss]
    # The figures a document writes in its tables (by the gold's value in a table cell)
    # and those read from tables: how the table reading alone scores.
    tables: KeyScore | None = None

    @property
    def identity_accuracy(self) -> float:
        return self.identity_right / self.identity_total if self.identity_total else 1.0


def gold_path(document: Path) -> Path:
    return document.with_name(document.stem + ".gold.json")


def load_gold(path: Path) -> Gold:
    return Gold.model_validate(json.loads(path.read_text("utf-8")))


def core_name(name: str | None) -> str:
    """«город Батайск», «Батайск», «г. Батайск» → «батайск»."""
    return stem_of(name or "")


def same_municipality(record: ReportRecord, gold: Gold) -> bool:
    """The found municipality is the gold's: the same core name, or the gold names it by
    a name it had before (a gold written before a merger says «город Кимры» of what is
    the «Кимрский муниципальный округ» since 2023)."""
    if core_name(record.municipality) == core_name(gold.municipality):
        return True
    if record.oktmo is None or gold.municipality is None:
        return False
    row = gazetteer().by_oktmo.get(record.oktmo)
    return row is not None and core_name(gold.municipality) in row.aliases


def _close(a: float, b: float, unit: Unit) -> bool:
    return abs(a - b) <= (TOLERANCE if not unit.integral else 0.0)


def evaluate(
    pairs: list[tuple[ReportRecord, Gold]], in_tables: list[set[str]] | None = None
) -> Evaluation:
    """Scores of `pairs`; `in_tables`, per pair, the gold keys whose value the document
    writes in a table cell (see `table_keys`): with it, the table figures' own score."""
    cat = catalogue()
    tables = KeyScore(key="tables") if in_tables is not None else None
    scores = {k: KeyScore(key=k) for k in cat.ordered_keys()}
    misses: list[Miss] = []
    id_total = id_right = 0
    identity_documents: dict[str, int] = {}
    documents: list[KeyScore] = []
    for n, (record, gold) in enumerate(pairs):
        tabled = in_tables[n] if in_tables is not None else set()
        document = KeyScore(key=record.file)
        documents.append(document)
        found = {f.key: f for f in record.figures}
        for key in cat.ordered_keys():
            unit = cat.get(key).unit
            g = gold.figures.get(key)
            f = found.get(key)
            if g is None and f is None:
                continue
            score = scores[key]
            quote = f.provenance.quote if f else None
            if tables is not None and (key in tabled or (f is not None and _from_table(f))):
                _count(tables, g, f.value if f else None, unit)
            if g is not None and f is not None and _close(f.value, g, unit):
                score.tp += 1
                document.tp += 1
            elif g is not None and f is not None:
                score.fp += 1
                score.fn += 1
                document.fp += 1
                document.fn += 1
                misses.append(
                    Miss(
                        file=record.file, key=key, kind="wrong", gold=g, found=f.value, quote=quote
                    )
                )
            elif g is not None:
                score.fn += 1
                document.fn += 1
                misses.append(Miss(file=record.file, key=key, kind="missed", gold=g))
            else:
                assert f is not None
                score.fp += 1
                document.fp += 1
                misses.append(
                    Miss(file=record.file, key=key, kind="extra", found=f.value, quote=quote)
                )
        for field, same in (
            ("municipality", same_municipality(record, gold)),
            ("region", record.region == gold.region),
            ("year", record.year == gold.year),
        ):
            id_total += 1
            identity_documents.setdefault(record.file, 0)
            if same:
                id_right += 1
                identity_documents[record.file] += 1
            else:
                misses.append(
                    Miss(
                        file=record.file,
                        key=field,
                        kind="identity",
                        gold=getattr(gold, field),
                        found=getattr(record, field),
                    )
                )
    overall = KeyScore(
        key="overall",
        tp=sum(s.tp for s in scores.values()),
        fp=sum(s.fp for s in scores.values()),
        fn=sum(s.fn for s in scores.values()),
    )
    return Evaluation(
        files=len(pairs),
        keys=[s for s in scores.values() if s.tp + s.fp + s.fn],
        overall=overall,
        documents=documents,
        identity_total=id_total,
        identity_right=id_right,
        identity_documents=identity_documents,
        misses=misses,
        tables=tables,
    )


def _from_table(figure: Figure) -> bool:
    rule = figure.provenance.rule
    return rule == "tables.structured" or rule.endswith("@table")


def _count(score: KeyScore, gold: float | None, found: float | None, unit: Unit) -> None:
    if gold is not None and found is not None and _close(found, gold, unit):
        score.tp += 1
        return
    if found is not None:
        score.fp += 1
    if gold is not None:
        score.fn += 1


def table_keys(document: Document, gold: Gold) -> set[str]:
    """The gold keys whose value is written in a table cell of `document` (as a number
    of the cell, in thousands or as a fraction of a percent as well)."""
    cat = catalogue()
    values: list[float] = []
    for block in document.blocks:
        if block.table is None:
            continue
        for row in block.table.rows:
            for cell in row:
                values.extend(float(m.value) for m in find_numbers(cell.text))
    out = set()
    for key, g in gold.figures.items():
        unit = cat.get(key).unit
        if any(_close(v * k, g, unit) for v in values for k in (1, 1000, 100)):
            out.add(key)
    return out


class FolderScore(BaseModel):
    """Every document with a gold file under a folder, read and scored."""

    evaluation: Evaluation | None  # None: no document with a gold file could be read
    failed: list[tuple[str, str]] = Field(default_factory=list)  # (file, why) not read


def score_folder(folder: Path) -> FolderScore:
    """Read each document under `folder` that has `NAME.gold.json` beside it and score it;
    what `moc-extract eval` shows and what the per-document baseline is checked against."""
    from extractor.discover import discover
    from extractor.pipeline import read_one

    pairs: list[tuple[ReportRecord, Gold]] = []
    in_tables: list[set[str]] = []
    failed: list[tuple[str, str]] = []
    root = folder.resolve()
    found = discover(folder)
    # A gold file whose document the run passes over (a format it does not read) is a
    # document lost, not one to leave out of the score in silence.
    for skipped in found.skipped:
        if gold_path(folder / skipped.path).is_file():
            failed.append((skipped.path, skipped.message))
    for path, rel in found.files:
        gold = gold_path(path)
        if not gold.is_file():
            continue
        if root not in gold.resolve().parents:  # a link out of the folder is not read
            failed.append((rel, "файл эталона — ссылка за пределы папки"))
            continue
        try:
            answer = load_gold(gold)
        except (OSError, ValueError) as exc:  # pydantic's ValidationError is a ValueError
            failed.append((rel, f"файл эталона {gold.name} не прочитан: {exc}"))
            continue
        result = read_one(path, rel)
        if result.record is None:
            failed.append((rel, "; ".join(p.message for p in result.problems) or "?"))
            continue
        pairs.append((result.record, answer))
        in_tables.append(table_keys(result.document, answer) if result.document else set())
    return FolderScore(evaluation=evaluate(pairs, in_tables) if pairs else None, failed=failed)


def baseline_folders(root: Path) -> list[Path]:
    """The folders whose documents have a stored per-document score: the sample corpus
    and each blind batch awaiting its place in it."""
    return [root / "corpus", *sorted((root / "tests" / "data" / "blind").glob("round*"))]
