"""Derive municipal_2024.csv and municipal_history.csv from SberIndex's versioned register
of municipal formations (t_dict_municipal_districts.xlsx; rules/MUNICIPALITIES.md says
where it comes from and under which licence).

    python scripts/data/derive_sberindex.py PATH/TO/t_dict_municipal_districts.xlsx

Needs pandas and openpyxl, which the project itself does not: run it in a virtual
environment of its own. The same file gives the same bytes.

- municipal_2024.csv: oktmo, name, kind, region of every formation in force at the end
  of the register (year_to 9999), plus the three federal cities, whose code is their
  subject's section-1 code (the two digits all their inner-city units share + «000000»).
- municipal_history.csv: old_oktmo, old_name, old_kind, new_oktmo, year, change: each
  earlier version of a formation in force, and each predecessor of a union, disunion or
  transfer (followed back through the register's change ids), unless it had the same
  code and name.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import sys
from collections import defaultdict, deque
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
SHA256 = "e2f540bcb1bdc6f4c94cdfbcf8c287e06a7b8da2ca6045ab9f36ba59fc687c07"
CURRENT = 9999  # year_to of a version still in force
KINDS = {
    "муниципальный район": "муниципальный район",
    "муниципальный округ": "муниципальный округ",
    "городской округ": "городской округ",
    "внутригородская территория города федерального значения": "внутригородская территория",
}
FEDERAL_CITIES = ("Москва", "Санкт-Петербург", "Севастополь")
# the subjects' names as rules/regions.toml writes them
REGIONS = {
    "Кемеровская область": "Кемеровская область — Кузбасс",
    "Чувашская Республика": "Чувашская Республика — Чувашия",
}


def oktmo8(value: object) -> str:
    digits = "".join(ch for ch in str(value) if ch.isdigit())
    if len(digits) != 11 or not digits.endswith("000"):
        raise ValueError(f"unexpected OKTMO {value!r}")
    return digits[:8]


def load(path: Path) -> pd.DataFrame:
    got = hashlib.sha256(path.read_bytes()).hexdigest()
    if got != SHA256:
        sys.exit(f"{path.name}: sha256 {got}, not the release rules/MUNICIPALITIES.md names")
    d = pd.read_excel(path, dtype={"oktmo": str})
    d["oktmo8"] = d["oktmo"].map(oktmo8)
    d["row"] = range(len(d))
    return d


def current(d: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    cur = d[d["year_to"] == CURRENT]
    assert cur["territory_id"].is_unique, "several versions of one territory in force"
    out = [
        (r.oktmo8, r.municipal_district_name, KINDS[r.municipal_district_type], r.region_name)
        for r in cur.itertuples()
    ]
    for city in FEDERAL_CITIES:
        inner = [o for o, _, k, reg in out if reg == city and k == "внутригородская территория"]
        prefixes = {o[:2] for o in inner}
        assert len(prefixes) == 1, (city, prefixes)
        out.append((prefixes.pop() + "000000", city, "город федерального значения", city))
    assert len({o for o, *_ in out}) == len(out)
    return sorted((o, n, k, REGIONS.get(reg, reg)) for o, n, k, reg in out)


def parents(d: pd.DataFrame) -> dict[int, list[int]]:
    """row → the rows it continues: its territory's previous version, or the
    predecessors of the union, disunion or transfer that made it."""
    par: dict[int, list[int]] = defaultdict(list)
    for _, g in d.sort_values("year_from").groupby("territory_id"):
        rows = list(g.itertuples())
        for prev, nxt in itertools.pairwise(rows):
            par[nxt.row].append(prev.row)
    before = d.dropna(subset=["change_id_to"]).groupby("change_id_to")
    for event, after in d.dropna(subset=["change_id_from"]).groupby("change_id_from"):
        kind = event.split("_")[0]
        pred = before.get_group(event) if event in before.groups else d.iloc[0:0]
        for s in after.itertuples():
            links = list(pred.itertuples())
            if kind == "transfer":  # a part moved: the successor continues its namesake
                links = [p for p in links if p.oktmo8 == s.oktmo8] or [
                    p
                    for p in links
                    if p.municipal_district_name_short == s.municipal_district_name_short
                ]
            elif kind not in ("union", "disunion"):
                raise ValueError(event)
            par[s.row].extend(p.row for p in links)
    return par


def history(d: pd.DataFrame) -> list[tuple[str, str, str, str, int, str]]:
    par = parents(d)
    by_row = d.set_index("row")
    out: dict[tuple[str, str, str], tuple[str, str, str, str, int, str]] = {}
    for cur in d[d["year_to"] == CURRENT].itertuples():
        seen: dict[int, set[str]] = {}
        queue = deque([(cur.row, frozenset[str]())])
        while queue:
            row, how = queue.popleft()
            for p in par.get(row, []):
                same = by_row.loc[p].territory_id == by_row.loc[row].territory_id
                kind = "version" if same else "change"
                if p not in seen:
                    seen[p] = set(how) | {kind}
                    queue.append((p, frozenset(seen[p])))
        for p in sorted(seen):
            o = by_row.loc[p]
            if o.oktmo8 == cur.oktmo8 and o.municipal_district_name == cur.municipal_district_name:
                continue
            key = (o.oktmo8, o.municipal_district_name, cur.oktmo8)
            change = "rename/type change" if seen[p] == {"version"} else "union/transfer"
            out.setdefault(
                key,
                (o.oktmo8, o.municipal_district_name, o.municipal_district_type, cur.oktmo8,
                 int(cur.year_from), change),
            )  # fmt: skip
    return sorted(out.values(), key=lambda r: (r[3], r[0], r[1]))


def write(name: str, header: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    d = load(Path(sys.argv[1]))
    write("municipal_2024.csv", ("oktmo", "name", "kind", "region"), current(d))
    write(
        "municipal_history.csv",
        ("old_oktmo", "old_name", "old_kind", "new_oktmo", "year", "change"),
        history(d),
    )


if __name__ == "__main__":
    main()
