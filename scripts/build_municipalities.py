"""Build rules/municipalities.csv from the offline gazetteer in ../shared/gazetteer.

    .venv/bin/python scripts/build_municipalities.py [--gazetteer DIR] [--out FILE]

One row per municipal district, urban okrug and inner-city unit of a federal city, from
`oktmo_municipal_2019.csv` (OKTMO, April 2019), with the main city of each from `city.csv`
(hflabs/city, CC BY-SA 4.0). The output keeps CC BY-SA 4.0; see rules/MUNICIPALITIES.md.
Re-runnable: the same inputs give the same bytes.
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
DEFAULT_OUT = ROOT / "rules" / "municipalities.csv"
COLUMNS = ("oktmo", "name", "kind", "region", "stem", "city", "population", "city_stem", "towns")

_KINDS = {
    "муниципальный район": Kind.district,
    "городской округ": Kind.okrug,
    "внутригородское МО города федерального значения": Kind.inner,
}
# Bare okrug names that are adjectives of the «-ский» kind read «Миасский городской округ»;
# other bare names are town names («Долгопрудный», «Балашиха») and read «городской округ X».
_NESTED_SUBJECTS = ("118", "718", "719")  # НАО, ХМАО, ЯНАО are coded inside other subjects
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
    """The name as reports and indicators.md write it: «Аксайский район», «город Батайск»."""
    name = " ".join(oktmo_name.replace(":", " ").split())
    if kind is Kind.district:
        if name.endswith(" муниципальный район"):
            return name.removesuffix(" муниципальный район") + " район"
        rest = name.removeprefix("Муниципальный район ")
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


def join_cities(records: list[dict[str, str]], cities: list[City]) -> dict[str, list[City]]:
    """Cities by the OKTMO code of their row (README caveat 4).

    The direct join (first 5 digits + «000») misses about 70 cities whose 2021 codes are
    newer than the 2019 table; those are placed by name within their subject instead:
    the district they lie in, or, for an okrug's own city, the okrug named after it.
    """
    codes = {r["oktmo"] for r in records}
    by_place: dict[tuple[str, str, bool], list[str]] = {}
    for r in records:
        key = (r["subject_code"], name_stem(r["name"]), r["kind"] == "муниципальный район")
        by_place.setdefault(key, []).append(r["oktmo"])
    out: dict[str, list[City]] = {}
    for c in cities:
        if c.oktmo8 in codes:
            out.setdefault(c.oktmo8, []).append(c)
            continue
        place = name_stem(c.area or c.name)
        subject = _subject_code(c.oktmo8)
        # The preferred kind first; Moscow oblast's 2021 okrugs are still districts in 2019.
        found = by_place.get((subject, place, c.in_district)) or by_place.get(
            (subject, place, not c.in_district), []
        )
        if len(found) == 1:
            out.setdefault(found[0], []).append(c)
    return out


def build(gazetteer_dir: Path) -> list[dict[str, str]]:
    cities = read_cities(gazetteer_dir / "city.csv")
    with (gazetteer_dir / "oktmo_municipal_2019.csv").open(encoding="utf-8", newline="") as fh:
        records = list(csv.DictReader(fh))
    by_code = join_cities(records, cities)
    rows = []
    for rec in records:
        kind = _KINDS[rec["kind"]]
        stem = name_stem(rec["name"])
        city = main_city(by_code.get(rec["oktmo"], []), stem)
        name = display_name(rec["name"], kind)
        city_stem, towns = derived_keys(name, city.name if city else None)
        rows.append(
            {
                "oktmo": rec["oktmo"],
                "name": name,
                "kind": kind.value,
                "region": rec["subject"],
                "stem": stem,
                "city": city.name if city else "",
                "population": str(city.population) if city and city.population else "",
                "city_stem": city_stem,
                "towns": "|".join(sorted(towns)),
            }
        )
    return rows


def write(rows: list[dict[str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.gazetteer / "oktmo_municipal_2019.csv").is_file():
        print(f"нет файла {args.gazetteer / 'oktmo_municipal_2019.csv'}", file=sys.stderr)
        return 1
    rows = build(args.gazetteer)
    write(rows, args.out)
    kinds = Counter(r["kind"] for r in rows)
    with_city = sum(1 for r in rows if r["city"])
    print(f"{args.out}: {len(rows)} rows {dict(kinds)}, {with_city} with a main city")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
