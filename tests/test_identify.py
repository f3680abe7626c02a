"""Identity of a report (municipality, region, year) on the seed reports and on short
invented texts, one per way a report names itself or misleads."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.document import BlockKind, Document, Part
from extractor.extract.identify import Identity, identify
from extractor.read.builder import DocumentBuilder, RawCell


def make_doc(text: str, path: str = "test.txt") -> Document:
    """A Document of paragraphs split on blank lines, as a plain-text report reads."""
    builder = DocumentBuilder(path=path, format="txt")
    for para in text.strip().split("\n\n"):
        builder.add_text(para, keep_lines=True)
    return builder.build()


def load_seed(path: Path) -> Document:
    try:
        from extractor.read.txt import read_txt  # noqa: F401  (may not be written yet)
    except ImportError:
        return make_doc(path.read_text("utf-8"), path.name)
    from extractor.read import read_document

    return read_document(path, path.name)


def check_evidence(doc: Document, identity: Identity) -> None:
    """Every piece of evidence points at real text: its span lies inside its quote."""
    for ev in identity.evidence:
        assert 0 <= ev.start < ev.end <= len(doc.text)
        assert doc.blocks[ev.block].start <= ev.start < doc.blocks[ev.block].end
        assert " ".join(doc.text[ev.start : ev.end].split()) in ev.quote


# ------------------------------------------------------------------------- seeds


@pytest.mark.parametrize(
    ("name", "municipality", "region", "oktmo"),
    [
        ("bataysk_2024.txt", "город Батайск", "Ростовская область", "60707000"),
        ("troitsk_2024.txt", "Троицкий городской округ", "Челябинская область", "75752000"),
    ],
)
def test_seed_reports(
    seeds_dir: Path, name: str, municipality: str, region: str, oktmo: str
) -> None:
    doc = load_seed(seeds_dir / name)
    identity = identify(doc)
    assert (identity.municipality, identity.region, identity.year) == (municipality, region, 2024)
    assert identity.oktmo == oktmo
    assert identity.ambiguous == []
    check_evidence(doc, identity)
    fields = {ev.field for ev in identity.evidence}
    assert fields == {"municipality", "region", "year"}


def test_seed_bataysk_evidence(seeds_dir: Path) -> None:
    doc = load_seed(seeds_dir / "bataysk_2024.txt")
    identity = identify(doc)
    year = [ev for ev in identity.evidence if ev.field == "year"]
    # the title's «за 2024 год» is the strongest; «создан в 2023 году» is not evidence
    assert year[0].rule == "year.for" and year[0].block == 0
    assert all(ev.value == "2024" for ev in year)
    region = next(ev for ev in identity.evidence if ev.field == "region")
    assert region.rule == "region.name"
    assert doc.text[region.start : region.end] == "Ростовской области"
    # the visit to МОЦ Аксайского района never becomes evidence
    assert all("Аксайск" not in doc.text[ev.start : ev.end] for ev in identity.evidence)


def test_seed_troitsk_region_from_table(seeds_dir: Path) -> None:
    identity = identify(load_seed(seeds_dir / "troitsk_2024.txt"))
    region = next(ev for ev in identity.evidence if ev.field == "region")
    assert region.rule == "region.gazetteer"  # the report never names its region


# ------------------------------------------------------------- invented reports

CASES: dict[str, tuple[str, str | None, str | None, int | None]] = {
    # kind word after an adjective; the region is never named
    "okrug_adjective_no_region": (
        """Отчёт муниципального опорного центра Миасского городского округа за 2024 год

        В Миасском городском округе дополнительные общеразвивающие программы реализуют
        девять организаций. Охват детей составил 81,2 %.""",
        "Миасский городской округ",
        "Челябинская область",
        2024,
    ),
    # district with region; «Ростовской обл.» abbreviated
    "district_with_region": (
        """Информация о работе МОЦ Белокалитвинского района (Ростовская обл.)

        В 2023 году в Белокалитвинском районе работали 14 кружков технической
        направленности.""",
        "Белокалитвинский район",
        "Ростовская область",
        2023,
    ),
    # a district centre named as a town: «г. Белая Калитва» → its district
    "town_to_district": (
        """Справка о деятельности опорного центра, г. Белая Калитва

        За 2024 год центром проведено 18 консультаций для родителей.""",
        "Белокалитвинский район",
        "Ростовская область",
        2024,
    ),
    # «МР» abbreviation
    "district_abbreviation": (
        """Отчёт МОЦ Шпаковского МР за 2022 год

        Всего в Шпаковском МР выдано 3 400 сертификатов.""",
        "Шпаковский муниципальный округ",
        "Ставропольский край",
        2022,
    ),
    # a post-2019 «муниципальный округ» is its row of the 2024 register
    "municipal_okrug_2024": (
        """Отчёт о деятельности МОЦ Шпаковского муниципального округа Ставропольского края
        за 2024 год

        Шпаковский муниципальный округ в 2024 году присоединился к системе
        персонифицированного финансирования.""",
        "Шпаковский муниципальный округ",
        "Ставропольский край",
        2024,
    ),
    # okrug named by a noun, type word first
    "okrug_noun": (
        """Муниципальный опорный центр городского округа Долгопрудный

        Итоги работы за 2024 год: 11 программ получили положительное заключение.""",
        "городской округ Долгопрудный",
        "Московская область",
        2024,
    ),
    # «муниципального образования «Город Шахты»», inner quotes
    "municipal_formation_quoted": (
        """Отчёт управления образования Администрации муниципального образования
        «Город Шахты» о работе МОЦ в 2024 году

        В 2024 году в городе Шахты открыто 120 новых мест.""",
        "город Шахты",
        "Ростовская область",
        2024,
    ),
    # ЗАТО
    "zato": (
        """Отчёт МОЦ ЗАТО Северск за 2023 год

        В ЗАТО Северск работают 7 организаций дополнительного образования.""",
        "ЗАТО Северск",
        "Томская область",
        2023,
    ),
    # a title in capitals
    "title_in_capitals": (
        """ОТЧЁТ О РАБОТЕ МОЦ КОПЕЙСКОГО ГОРОДСКОГО ОКРУГА ЗА 2024 ГОД

        Мероприятия для педагогов посетили 210 человек.""",
        "Копейский городской округ",
        "Челябинская область",
        2024,
    ),
    # Троицк: the kind word decides (Челябинская область's okrug, not Moscow's)
    "troitsk_okrug_word": (
        """Аналитическая справка МОЦ Троицкого городского округа

        В 2024 году в Троицком городском округе работали 6 организаций.""",
        "Троицкий городской округ",
        "Челябинская область",
        2024,
    ),
    # Троицк: Moscow's unit, named as such and with its region
    "troitsk_moscow": (
        """Отчёт опорного центра городского округа Троицк в городе Москве за 2024 год

        Дети городского округа Троицк занимаются в 37 объединениях.""",
        "городской округ Троицк",
        "Москва",
        2024,
    ),
    # Троицк: the district of Алтайский край
    "troitsk_altai_district": (
        """Отчёт МОЦ Троицкого района Алтайского края за 2024 год

        В Троицком районе охват дополнительным образованием составил 74 %.""",
        "Троицкий район",
        "Алтайский край",
        2024,
    ),
    # Троицк: settled by other places of one region named in the text
    "troitsk_by_neighbours": (
        """Доклад руководителя опорного центра г. Троицк, 2024 год

        Педагоги Троицка провели совместный фестиваль с коллегами Южноуральского
        городского округа и Пластовского района.""",
        "Троицкий городской округ",
        "Челябинская область",
        2024,
    ),
    # another municipality's experience is mentioned more often than the report's own
    "other_municipality_experience": (
        """Отчёт МОЦ Копейского городского округа за 2024 год

        В рамках обмена опытом педагоги посетили МОЦ Златоустовского городского округа.

        Изучен опыт Златоустовского городского округа по работе с навигатором.

        Состоялась выездная встреча в Златоустовском городском округе, а также
        стажировка на базе МОЦ Златоустовского городского округа.""",
        "Копейский городской округ",
        "Челябинская область",
        2024,
    ),
    # the reporting year among plan years, decree dates and a foundation year: placed
    # near the top, where they weigh most, and outnumbering the one real statement
    "plan_and_decree_years": (
        """Отчёт о работе опорного центра Азовского района

        Центр создан в 2021 году. Положение о центре утверждено распоряжением
        от 10.02.2025 № 45, изменения внесены приказом от 01.09.2025 № 77.

        В 2025 году планируется открыть ещё два кружка. В 2025 году основными
        задачами станут развитие сетевых форм. К 2030 году охват должен достичь 85 %.

        В 2024 году проведено 12 мероприятий для родителей (охват – 860 человек).""",
        "Азовский район",
        "Ростовская область",
        2024,
    ),
    # «за 2024 год» in a title that also names next year's tasks
    "report_and_plan_title": (
        """Отчёт о деятельности МОЦ города Азова за 2024 год и задачи, которые предстоит
        решить в 2025 году

        В 2025 году будет открыт технопарк.""",
        "город Азов",
        "Ростовская область",
        2024,
    ),
    # a bare town name, found by NER only («Миасса» → Миасс)
    "bare_town_by_ner": (
        """Итоги 2024 года

        Дети Миасса занимаются в 140 объединениях. Педагоги Миасса провели
        конкурс «Юный техник».""",
        "Миасский городской округ",
        "Челябинская область",
        2024,
    ),
    # an academic-year report counts for the calendar year in which that year ends
    "academic_year": (
        """Отчёт МОЦ города Азова за 2023-2024 учебный год

        В течение учебного года проведено 9 конкурсов.""",
        "город Азов",
        "Ростовская область",
        2024,
    ),
    # only a report date «по состоянию на 01.01.2025»: the state at the end of 2024
    "as_of_new_year": (
        """Сведения о системе дополнительного образования города Азова
        (по состоянию на 01.01.2025)

        Численность обучающихся – 6 112 человек.""",
        "город Азов",
        "Ростовская область",
        2024,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_identity(case: str) -> None:
    text, municipality, region, year = CASES[case]
    doc = make_doc(text)
    identity = identify(doc)
    got = (identity.municipality, identity.region, identity.year)
    assert got == (municipality, region, year), identity.evidence
    assert identity.ambiguous == []
    check_evidence(doc, identity)


UNRESOLVED: dict[str, tuple[str, set[str], str | None]] = {
    # «г. Троицк» alone: Челябинская область's town or Moscow's okrug
    "troitsk_town": (
        """Отчёт опорного центра г. Троицк за 2024 год

        В Троицке в 2024 году работали 5 организаций.""",
        {"Троицкий городской округ (Челябинская область)", "городской округ Троицк (Москва)"},
        None,
    ),
    # «Троицкий район» alone: Челябинская область or Алтайский край
    "troitsk_district": (
        """Справка МОЦ Троицкого района за 2024 год

        В Троицком районе выдано 950 сертификатов.""",
        {"Троицкий район (Челябинская область)", "Троицкий район (Алтайский край)"},
        None,
    ),
}


@pytest.mark.parametrize("case", list(UNRESOLVED))
def test_unresolved(case: str) -> None:
    text, candidates, region = UNRESOLVED[case]
    identity = identify(make_doc(text))
    assert identity.municipality is None and identity.oktmo is None
    assert identity.region == region
    assert candidates <= set(identity.ambiguous)
    assert identity.year == 2024


def test_letterhead_names_the_municipality() -> None:
    builder = DocumentBuilder(path="letter.docx", format="docx")
    builder.add_text("Управление образования Администрации Аксайского района", part=Part.header)
    builder.add_text("Отчёт муниципального опорного центра за 2024 год", kind=BlockKind.heading)
    builder.add_text("Проведено 14 мероприятий для педагогов (охват – 190 человек).")
    doc = builder.build()
    identity = identify(doc)
    assert (identity.municipality, identity.region, identity.year) == (
        "Аксайский район",
        "Ростовская область",
        2024,
    )
    assert identity.evidence[0].block == 0
    check_evidence(doc, identity)


def test_year_from_table_columns() -> None:
    builder = DocumentBuilder(path="t.docx", format="docx")
    builder.add_text("Сведения МОЦ Сальского района", kind=BlockKind.heading)
    cells = ["Показатель", "2023", "2024", "Охват, %", "76,1", "79,4"]
    builder.add_table([RawCell(t, i // 3, i % 3) for i, t in enumerate(cells)], header_rows=1)
    doc = builder.build()
    identity = identify(doc)
    assert (identity.municipality, identity.year) == ("Сальский район", 2024)
    year = next(ev for ev in identity.evidence if ev.field == "year")
    assert year.rule == "year.table" and doc.text[year.start : year.end] == "2024"


def test_ner_evidence() -> None:
    doc = make_doc(CASES["bare_town_by_ner"][0])
    identity = identify(doc)
    place = [ev for ev in identity.evidence if ev.field == "municipality"]
    assert place and all(ev.rule.startswith("ner.loc") for ev in place)
    assert {doc.text[ev.start : ev.end] for ev in place} == {"Миасса"}


def test_octyabrsky_settled_by_region() -> None:
    bare = identify(make_doc("Отчёт МОЦ Октябрьского района за 2024 год"))
    assert bare.municipality is None
    assert len(bare.ambiguous) >= 5
    named = identify(make_doc("Отчёт МОЦ Октябрьского района Ростовской области за 2024 год"))
    assert (named.municipality, named.region) == ("Октябрьский район", "Ростовская область")
    assert named.oktmo is not None and named.oktmo.startswith("60")


def test_nothing_to_find() -> None:
    identity = identify(make_doc("Протокол заседания методического объединения педагогов."))
    assert identity == Identity()


def test_only_another_municipality_is_not_enough() -> None:
    text = "Педагоги изучили опыт Златоустовского городского округа на выездном семинаре."
    identity = identify(make_doc(text))
    assert identity.municipality is None


def test_evidence_spans_and_rules() -> None:
    doc = make_doc(CASES["okrug_adjective_no_region"][0])
    identity = identify(doc)
    first = identity.evidence[0]
    assert first.field == "municipality" and first.block == 0
    assert doc.text[first.start : first.end] == "Миасского городского округа"
    assert first.rule.startswith("pattern.name+type")
    region = next(ev for ev in identity.evidence if ev.field == "region")
    assert region.rule == "region.gazetteer"
    year = next(ev for ev in identity.evidence if ev.field == "year")
    assert doc.text[year.start : year.end] == "за 2024 год"
