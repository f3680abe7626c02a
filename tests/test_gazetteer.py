"""The municipality table (rules/municipalities.csv), its build script, the stem scheme
and the federal subjects of rules/regions.toml."""

from __future__ import annotations

import csv
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from extractor.gazetteer import (
    Kind,
    Municipality,
    derived_keys,
    gazetteer,
    name_stem,
    parse_table,
    phrase_keys,
    regions,
)

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "rules" / "municipalities.csv"
OKTMO_2019 = ROOT.parent / "shared" / "gazetteer" / "oktmo_municipal_2019.csv"


@cache
def load_build_script() -> ModuleType:
    """scripts/ is no package: load the script as a module (dataclasses need it listed)."""
    spec = importlib.util.spec_from_file_location(
        "build_municipalities", ROOT / "scripts" / "build_municipalities.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------- the table


def row(name: str, region: str) -> Municipality:
    found = [r for r in gazetteer().rows if r.name == name and r.region == region]
    assert len(found) == 1, (name, region, found)
    return found[0]


@pytest.mark.parametrize(
    ("name", "region", "oktmo", "kind", "stem", "city"),
    [
        ("Аксайский район", "Ростовская область", "60602000", Kind.district, "аксай", "Аксай"),
        ("город Батайск", "Ростовская область", "60707000", Kind.okrug, "батай", "Батайск"),
        (
            "Миасский городской округ",
            "Челябинская область",
            "75742000",
            Kind.okrug,
            "миас",
            "Миасс",
        ),
        (
            "Троицкий городской округ",
            "Челябинская область",
            "75752000",
            Kind.okrug,
            "троиц",
            "Троицк",
        ),
        (
            "Белокалитвинский район",
            "Ростовская область",
            "60606000",
            Kind.district,
            "белокалитвин",
            "Белая Калитва",
        ),
        ("городской округ Троицк", "Москва", "45931000", Kind.inner, "троиц", None),
        (
            "городской округ Долгопрудный",
            "Московская область",
            "46716000",
            Kind.okrug,
            "долгопрудн",
            "Долгопрудный",
        ),
        ("район имени Лазо", "Хабаровский край", "08624000", Kind.district, "лазо", None),
    ],
)
def test_known_rows(
    name: str, region: str, oktmo: str, kind: Kind, stem: str, city: str | None
) -> None:
    r = row(name, region)
    assert (r.oktmo, r.kind, r.stem, r.city) == (oktmo, kind, stem, city)


def test_every_row_is_complete() -> None:
    rows = gazetteer().rows
    # 2,597 formations of 1 January 2024, the three federal cities, and the two 2019
    # districts the 2024 register does not continue by code or name (Истринский,
    # Коломенский: rules/MUNICIPALITIES.md)
    assert len(rows) == 2599
    known = {r.name for r in regions().regions}
    for r in rows:
        assert r.region in known, r
        assert r.name and r.stem and len(r.oktmo) == 8 and r.oktmo.isdigit(), r
        assert (r.population is None) or r.city, r
    assert len({r.oktmo for r in rows}) == len(rows)
    assert {r.kind for r in rows} == set(Kind)
    assert len({r.region for r in rows}) == 85


def test_main_city_population_for_tie_breaking() -> None:
    r = row("Троицкий городской округ", "Челябинская область")
    assert r.population is not None and r.population > 50_000
    assert sum(1 for r in gazetteer().rows if r.city) > 1000


def test_stems_follow_the_scheme() -> None:
    """The stored stems are what the code computes today (guards a dictionary change)."""
    for r in gazetteer().rows:
        assert name_stem(r.name) == r.stem, r


def test_stored_city_keys_and_towns_follow_the_code() -> None:
    """The table's `city_stem` and `towns` are what `derived_keys` computes today."""
    rows = gazetteer().rows
    for r in rows:
        assert derived_keys(r.name, r.city) == (r.city_stem or "", r.towns), r
    # what the columns hold, on rows whose meaning is known
    batay = row("город Батайск", "Ростовская область")
    assert batay.towns == {"батайск"} and batay.city_stem == "батай"
    troick = row("Троицкий городской округ", "Челябинская область")
    assert troick.towns == {"троицк"}  # its city, not a town read from the adjective
    assert sum(1 for r in rows if r.towns) > 1000


def test_table_file_is_plain_utf8_csv() -> None:
    text = TABLE.read_text("utf-8")
    assert text.splitlines()[0] == (
        "oktmo,name,kind,region,stem,city,population,city_stem,towns,aliases,former"
    )
    assert "\r" not in text
    assert len(parse_table(text)) == 2599


@pytest.mark.parametrize(
    ("old", "region", "now", "kind"),
    [
        # renamed and made an okrug: the old name is an alias of the new row
        ("Чайковский район", "Пермский край", "Чайковский городской округ", Kind.okrug),
        ("Залесовский район", "Алтайский край", "Залесовский муниципальный округ", Kind.municipal),
        # merged: Рошаль into Шатура; a district named by the adjective of its town
        ("городской округ Рошаль", "Московская область", "городской округ Шатура", Kind.okrug),
        ("Шатурский район", "Московская область", "городской округ Шатура", Kind.okrug),
        ("Ленинский район", "Московская область", "Ленинский городской округ", Kind.okrug),
    ],
)
def test_old_names_find_the_present_row(old: str, region: str, now: str, kind: Kind) -> None:
    """The register of 1 January 2024 with every name its rows had since 2018 (issue 15:
    «Ленинский городской округ» and the reforms' okrugs were missing)."""
    found = [m.row for m in gazetteer().lookup([name_stem(old)]) if m.row.region == region]
    assert [(r.name, r.kind) for r in found] == [(now, kind)]


def test_federal_cities_are_rows() -> None:
    for city in ("Москва", "Санкт-Петербург", "Севастополь"):
        (r,) = [r for r in gazetteer().rows if r.kind is Kind.federal and r.region == city]
        assert r.name == f"город {city}"


@pytest.mark.skipif(not OKTMO_2019.is_file(), reason="../shared/gazetteer is absent")
def test_build_script_reproduces_the_table(tmp_path: Path) -> None:
    build = load_build_script()
    out = tmp_path / "municipalities.csv"
    assert build.main(["--gazetteer", str(OKTMO_2019.parent), "--out", str(out)]) == 0
    assert out.read_bytes() == TABLE.read_bytes()
    with out.open(encoding="utf-8") as fh:
        rows = {r["oktmo"]: r for r in csv.DictReader(fh)}
    assert rows["60602000"]["region"] == "Ростовская область"
    assert rows["60602000"]["city"] == "Аксай"
    assert rows["75742000"]["name"] == "Миасский городской округ"
    assert rows["75742000"]["region"] == "Челябинская область"


@pytest.mark.parametrize(
    ("oktmo_name", "kind", "display"),
    [
        ("Аксайский муниципальный район", Kind.district, "Аксайский район"),
        ("город Батайск", Kind.okrug, "город Батайск"),
        ("Троицкий", Kind.okrug, "Троицкий городской округ"),
        ("Балашиха", Kind.okrug, "городской округ Балашиха"),
        ("Долгопрудный", Kind.okrug, "городской округ Долгопрудный"),
        ("Ангарское", Kind.okrug, "Ангарское муниципальное образование"),
        ("Новоуральский:", Kind.okrug, "Новоуральский городской округ"),
        ("ЗАТО  Северск", Kind.okrug, "ЗАТО Северск"),
        ("Муниципальный район имени Лазо", Kind.district, "район имени Лазо"),
        ("Муниципальный район Заполярный район", Kind.district, "Заполярный район"),
        ("Муниципальный район Печора", Kind.district, "муниципальный район Печора"),
        ("городской округ Троицк", Kind.inner, "городской округ Троицк"),
    ],
)
def test_display_names(oktmo_name: str, kind: Kind, display: str) -> None:
    assert load_build_script().display_name(oktmo_name, kind) == display


# ------------------------------------------------------------------------ stems


@pytest.mark.parametrize(
    ("written", "stem"),
    [
        ("Троицкий городской округ", "троиц"),
        ("города Троицка", "троиц"),
        ("Троицкого ГО", "троиц"),
        ("г. Троицк", "троиц"),
        ("Троицком городском округе", "троиц"),
        ("города Батайска", "батай"),
        ("Батайских", "батай"),
        ("Аксайского муниципального района", "аксай"),
        ("Миасса", "миас"),
        ("Миасского ГО", "миас"),
        ("Белой Калитвы", "бел калитва"),
        ("Ростова-на-Дону", "ростов-на-дону"),
        ("Каменска-Шахтинского", "камен-шахтин"),
        ("Шпаковского муниципального округа", "шпаков"),
        ("городского округа Долгопрудный", "долгопрудн"),
        ("ЗАТО Северск", "север"),
    ],
)
def test_written_forms_meet_on_one_key(written: str, stem: str) -> None:
    assert stem in phrase_keys(written)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Белой Калитвы", {"Белокалитвинский район"}),  # a district centre → its district
        ("Аксая", {"Аксайский район"}),
        ("Батайска", {"город Батайск"}),
        ("Троицка", {"Троицкий городской округ", "городской округ Троицк", "Троицкий район"}),
    ],
)
def test_lookup(written: str, expected: set[str]) -> None:
    found = {m.row.name for m in gazetteer().lookup(phrase_keys(written))}
    assert expected <= found


def test_lookup_through_the_city() -> None:
    [match] = gazetteer().lookup(phrase_keys("Белой Калитвы"))
    assert match.via == "city" and match.row.oktmo == "60606000"


def test_ambiguous_stems_span_regions() -> None:
    octyabrsky = {m.row.region for m in gazetteer().lookup(["октябр"])}
    assert len(octyabrsky) >= 10
    assert "Ростовская область" in octyabrsky


# ---------------------------------------------------------------------- regions


def test_regions_cover_the_table_and_2022_subjects() -> None:
    reg = regions()
    assert len(reg.regions) == 89
    names = {r.name for r in reg.regions}
    assert {r.region for r in gazetteer().rows} <= names
    assert {"Донецкая Народная Республика", "Запорожская область"} <= names
    for r in reg.regions:
        assert r.genitive and r.prepositional and r.patterns


@pytest.mark.parametrize(
    ("text", "region", "quoted"),
    [
        ("в Ростовской области", "Ростовская область", "Ростовской области"),
        ("Ростовской обл.", "Ростовская область", "Ростовской обл."),
        ("реестр РО", "Ростовская область", "РО"),
        ("Челябинская обл., г. Троицк", "Челябинская область", "Челябинская обл."),
        ("в ХМАО", "Ханты-Мансийский автономный округ — Югра", "ХМАО"),
        ("Респ. Татарстан", "Республика Татарстан", "Респ. Татарстан"),
        ("в Татарстане", "Республика Татарстан", "Татарстане"),
        ("Алтайского края", "Алтайский край", "Алтайского края"),
        ("Республики Алтай", "Республика Алтай", "Республики Алтай"),
        (
            "Ямало-Ненецкого автономного округа",
            "Ямало-Ненецкий автономный округ",
            "Ямало-Ненецкого автономного округа",
        ),
        ("г. Москва", "Москва", "Москва"),
        ("Московской области", "Московская область", "Московской области"),
        ("в Кузбассе", "Кемеровская область — Кузбасс", "Кузбассе"),
        ("Чувашской Республики", "Чувашская Республика — Чувашия", "Чувашской Республики"),
        ("в ЛНР", "Луганская Народная Республика", "ЛНР"),
    ],
)
def test_region_names(text: str, region: str, quoted: str) -> None:
    [hit] = regions().find(text)
    assert hit.region.name == region
    assert text[hit.start : hit.end] == quoted


@pytest.mark.parametrize(
    "text",
    [
        "туристско-краеведческой направленности",  # «кра…» is not «край»
        "в Алтайском районе",  # an adjective without «край»
        "Московский проспект",
        "про новые программы",  # «ро» in lower case is no abbreviation
        "на Алтае",  # Республика Алтай or Алтайский край: not said
        "Коми-Пермяцкого округа",
    ],
)
def test_not_region_names(text: str) -> None:
    assert regions().find(text) == []
