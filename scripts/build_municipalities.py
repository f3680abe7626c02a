"""Build rules/municipalities.csv from the offline gazetteer in ../shared/gazetteer and
the register of 1 January 2024 in scripts/data.

    .venv/bin/python scripts/build_municipalities.py [--gazetteer DIR] [--data DIR] [--out FILE]

One row per municipal formation of district level as of 1 January 2024
(`scripts/data/municipal_2024.csv`: municipal districts and okrugs, urban okrugs, the
inner-city units of the federal cities and the three federal cities themselves; SberIndex
after Rosstat's OKTMO, CC BY-SA 4.0), each with the names it had since 2018 as aliases
(`scripts/data/municipal_history.csv`) and those of the April 2019 OKTMO table
(`oktmo_municipal_2019.csv`), so a report that still says «Чайковский район» finds the
«городской округ Чайковский»; a 2019 row the 2024 register does not continue is kept as
it was. The main city of each row comes from `city.csv` (hflabs/city, CC BY-SA 4.0). The
output keeps CC BY-SA 4.0; see rules/MUNICIPALITIES.md. Re-runnable: the same inputs give
the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from extractor.gazetteer import Kind, derived_keys, name_stem

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GAZETTEER = ROOT.parent / "shared" / "gazetteer"
DEFAULT_DATA = ROOT / "scripts" / "data"
DEFAULT_OUT = ROOT / "rules" / "municipalities.csv"
COLUMNS = (
    "oktmo",
    "name",
    "kind",
    "region",
    "stem",
    "city",
    "population",
    "city_stem",
    "towns",
    "aliases",
    "former",
)

_KINDS = {
    "муниципальный район": Kind.district,
    "городской округ": Kind.okrug,
    "внутригородское МО города федерального значения": Kind.inner,
    "внутригородская территория": Kind.inner,
    "внутригородская территория города федерального значения": Kind.inner,
    "муниципальный округ": Kind.municipal,
    "город федерального значения": Kind.federal,
}
# Bare okrug names that are adjectives of the «-ский» kind read «Миасский городской округ»;
# other bare names are town names («Долгопрудный», «Балашиха») and read «городской округ X».
_NESTED_SUBJECTS = ("118", "718", "719")  # НАО, ХМАО, ЯНАО are coded inside other subjects
_INNER_PREFIX = "внутригородская территория города федерального значения "
_DERIVED_ADJ = re.compile(r"(?:ский|цкий|ской|цкой)$")
_NEUTER_ADJ = re.compile(r"(?:ское|цкое)$")
_KEEP_AS_IS = re.compile(
    r"^(?:город|ЗАТО|пос[её]лок|рабочий|округ|городской|муниципальный)\b|район$|округ$|ЗАТО$",
    re.IGNORECASE,
)


@dataclass
class City:
    name: str
    population: int | None
    capital: bool  # district or regional centre
    oktmo8: str  # 8-digit code of its municipal formation, per the README join
    area: str  # the district or okrug (FIAS) the city lies in; empty for an okrug's city
    in_district: bool  # FIAS area type «р-н»


def display_name(oktmo_name: str, kind: Kind) -> str:
    """The name as reports and indicators.md write it: «Аксайский район», «город Батайск»,
    «Залесовский муниципальный округ», «город Москва»."""
    name = " ".join(oktmo_name.replace(":", " ").split())
    name = name.removeprefix(_INNER_PREFIX)  # the 2024 register's inner-city units
    if kind is Kind.federal:
        return f"город {name}"
    if kind is Kind.municipal and name.startswith("муниципальный округ "):
        rest = name.removeprefix("муниципальный округ ")
        if " " not in rest and _DERIVED_ADJ.search(rest):  # «… Оленинский» → «Оленинский …»
            return f"{rest} муниципальный округ"
        return name
    if kind is Kind.okrug and name.startswith("городской округ "):
        # the 2024 register writes every urban okrug «городской округ X»; the bare name
        # is what the 2019 table gave, and is written as people write it
        name = name.removeprefix("городской округ ")
    if kind is Kind.district:
        if name.endswith(" муниципальный район"):
            return name.removesuffix(" муниципальный район") + " район"
        rest = re.sub(r"^[Мм]униципальный район ", "", name)
        if rest.endswith("район"):  # «Муниципальный район Заполярный район», «… и Нейский район»
            return rest
        if rest.startswith("имени "):
            return "район " + rest
        return "муниципальный район " + rest  # «муниципальный район Печора»
    if kind is Kind.okrug:
        if _KEEP_AS_IS.search(name):
            return name
        if _DERIVED_ADJ.search(name):
            return name + " городской округ"
        if _NEUTER_ADJ.search(name):  # «Ангарское»: the OKTMO name of a municipal formation
            return name + " муниципальное образование"
        return "городской округ " + name
    return name


def read_cities(path: Path) -> list[City]:
    with path.open(encoding="utf-8", newline="") as fh:
        out = []
        for rec in csv.DictReader(fh):
            # An okrug's own city in Moscow oblast is given as area «г Истра», city empty.
            name = rec["city"] or (rec["area"] if rec["area_type"] == "г" else "")
            if not name or not rec["oktmo"]:
                continue  # Moscow, St Petersburg, Sevastopol appear only as regions
            out.append(
                City(
                    name=name,
                    population=int(rec["population"]) if rec["population"] else None,
                    capital=rec["capital_marker"] != "0",
                    oktmo8=rec["oktmo"][:5] + "000",
                    area=rec["area"],
                    in_district=rec["area_type"] == "р-н",
                )
            )
        return out


def main_city(candidates: list[City], stem: str) -> City | None:
    """The city a row is known by: its namesake, else the centre, else the largest."""
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda c: (name_stem(c.name) == stem, c.capital, c.population or 0, c.name),
    )


def _subject_code(oktmo: str) -> str:
    return oktmo[:3] if oktmo[:3] in _NESTED_SUBJECTS else oktmo[:2]


def join_cities(
    rows: list[dict[str, str]], cities: list[City], went: dict[str, set[str]]
) -> dict[str, list[City]]:
    """Cities by the OKTMO code of their row (README caveat 4 of ../shared/gazetteer).

    The direct join (first 5 digits + «000»), else through the 2019 code the city's
    district had (`went`: 2019 code → its 2024 rows), else by name within the subject:
    the district the city lies in, or, for an okrug's own city, the okrug named after it.
    """
    codes = {r["oktmo"] for r in rows}
    by_place: dict[tuple[str, str, bool], list[str]] = {}
    for r in rows:
        key = (_subject_code(r["oktmo"]), r["stem"], r["kind"] != Kind.okrug.value)
        by_place.setdefault(key, []).append(r["oktmo"])
        for alias in filter(None, r["aliases"].split("|")):
            by_place.setdefault((_subject_code(r["oktmo"]), alias, True), []).append(r["oktmo"])
    out: dict[str, list[City]] = {}
    for c in cities:
        if c.oktmo8 in codes:
            out.setdefault(c.oktmo8, []).append(c)
            continue
        targets = went.get(c.oktmo8, set())
        if len(targets) == 1:
            out.setdefault(next(iter(targets)), []).append(c)
            continue
        place = name_stem(c.area or c.name)
        subject = _subject_code(c.oktmo8)
        found = by_place.get((subject, place, c.in_district)) or by_place.get(
            (subject, place, not c.in_district), []
        )
        found = sorted(set(found))
        if len(found) == 1:
            out.setdefault(found[0], []).append(c)
    return out


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build(gazetteer_dir: Path, data_dir: Path) -> list[dict[str, str]]:
    cities = read_cities(gazetteer_dir / "city.csv")
    old = _read_csv(gazetteer_dir / "oktmo_municipal_2019.csv")
    current = _read_csv(data_dir / "municipal_2024.csv")
    history = _read_csv(data_dir / "municipal_history.csv")
    now = {r["oktmo"]: r for r in current}

    # Where each older unit went, and the names and kinds each 2024 row had before.
    went: dict[str, set[str]] = {}
    former: dict[str, set[tuple[str, Kind]]] = {code: set() for code in now}
    for h in history:
        if h["new_oktmo"] in now:
            went.setdefault(h["old_oktmo"], set()).add(h["new_oktmo"])
            former[h["new_oktmo"]].add((h["old_name"], _KINDS[h["old_kind"]]))
    stems_now: dict[tuple[str, str], list[str]] = {}
    for r in current:
        key = (r["region"], name_stem(_bare(r["name"])))
        stems_now.setdefault(key, []).append(r["oktmo"])
    kept_2019: list[dict[str, str]] = []
    for rec in old:
        kind = _KINDS[rec["kind"]]
        if rec["oktmo"] in now:
            went.setdefault(rec["oktmo"], set()).add(rec["oktmo"])
        elif rec["oktmo"] not in went:
            # changed before the 2024 register's history begins: found by its name
            same = stems_now.get((rec["subject"], name_stem(rec["name"])), [])
            if not same:  # «Шатурский район» → «городской округ Шатура»: adjective of a noun
                same = _named_after(rec, stems_now)
            if len(same) == 1:
                went[rec["oktmo"]] = {same[0]}
            else:
                kept_2019.append(rec)
                print(f"2019: {rec['name']} ({rec['subject']}) не найден в реестре 2024 г.")
                continue
        for code in went[rec["oktmo"]]:
            former[code].add((rec["name"], kind))

    rows = []
    for r in current:
        kind = _KINDS[r["kind"]]
        name = display_name(r["name"], kind)
        stem = name_stem(name)
        aliases = {name_stem(_bare(n)) for n, _ in former[r["oktmo"]]} - {stem, ""}
        kinds = {k.value for _, k in former[r["oktmo"]]} - {kind.value}
        rows.append(_row(r["oktmo"], name, kind, r["region"], stem, aliases, kinds))
    for rec in kept_2019:
        kind = _KINDS[rec["kind"]]
        name = display_name(rec["name"], kind)
        rows.append(
            _row(rec["oktmo"], name, kind, rec["subject"], name_stem(rec["name"]), set(), set())
        )
    rows.sort(key=lambda r: r["oktmo"])

    by_code = join_cities(rows, cities, went)
    for row in rows:
        city = main_city(by_code.get(row["oktmo"], []), row["stem"])
        city_stem, towns = derived_keys(row["name"], city.name if city else None)
        row["city"] = city.name if city else ""
        row["population"] = str(city.population) if city and city.population else ""
        row["city_stem"] = city_stem
        row["towns"] = "|".join(sorted(towns))
    return rows


def _named_after(rec: dict[str, str], stems_now: dict[tuple[str, str], list[str]]) -> list[str]:
    """The 2024 rows of the 2019 row's subject whose key starts with the 2019 key (four
    letters at least): a district named by the adjective of the town its okrug is named
    after now. The stem scheme keeps «шатур» and «шатура» apart on purpose (README of
    rules/MUNICIPALITIES.md); here, within one subject and for a vanished row, it is the
    row's continuation."""
    key = name_stem(rec["name"])
    if len(key) < 4:
        return []
    return sorted(
        code
        for (region, stem), codes in stems_now.items()
        if region == rec["subject"] and stem.startswith(key)
        for code in codes
    )


def _bare(name: str) -> str:
    """A 2024 name without what the 2019 table did not write in front of it."""
    return name.removeprefix(_INNER_PREFIX).removeprefix("городской округ ")


def _row(
    oktmo: str, name: str, kind: Kind, region: str, stem: str, aliases: set[str], kinds: set[str]
) -> dict[str, str]:
    return {
        "oktmo": oktmo,
        "name": name,
        "kind": kind.value,
        "region": region,
        "stem": stem,
        "city": "",
        "population": "",
        "city_stem": "",
        "towns": "",
        "aliases": "|".join(sorted(aliases)),
        "former": "|".join(sorted(kinds)),
    }


def write(rows: list[dict[str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.gazetteer / "oktmo_municipal_2019.csv").is_file():
        print(f"нет файла {args.gazetteer / 'oktmo_municipal_2019.csv'}", file=sys.stderr)
        return 1
    rows = build(args.gazetteer, args.data)
    write(rows, args.out)
    kinds = Counter(r["kind"] for r in rows)
    with_city = sum(1 for r in rows if r["city"])
    print(f"{args.out}: {len(rows)} rows {dict(kinds)}, {with_city} with a main city")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
