"""The plain-text reader on the sample reports in corpus/ and on small files made here."""

from __future__ import annotations

import csv
import json
import random
import zlib
from pathlib import Path

import pytest

from extractor.catalogue import DIRECTIONS, catalogue
from extractor.document import Block, BlockKind, Document
from extractor.errors import ReadError
from extractor.extract.table_model import interpret
from extractor.read import read_document
from extractor.read.txt import read_txt

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GAZETTEER = ROOT.parent / "shared" / "gazetteer"

SAMPLES = {
    "txt_salsk_2024.txt": "utf-8",
    "txt_zlatoust_2024.txt": "cp1251",
    "txt_rodniki_2024.txt": "koi8-r",
    "txt_rossosh_2024.txt": "utf-16-le",
    "txt_nevinnomyssk_2024.txt": "utf-8-sig",
}


def read(name: str) -> Document:
    return read_txt(CORPUS / name, name)


def write(tmp_path: Path, content: str | bytes, name: str = "report.txt") -> Document:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return read_txt(path, name)


def outline(doc: Document) -> list[tuple[str, int | None]]:
    return [(b.kind.value, b.location.line) for b in doc.blocks]


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def tables(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind is BlockKind.table]


def assert_spans(doc: Document) -> None:
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        if b.table is not None:
            for row in b.table.rows:
                for c in row:
                    assert doc.text[c.start : c.end] == c.text


# --- the sample reports ----------------------------------------------------------------


@pytest.mark.parametrize(("name", "encoding"), SAMPLES.items())
def test_sample_encoding_is_detected_without_warnings(name: str, encoding: str) -> None:
    doc = read(name)
    assert doc.encoding == encoding
    assert doc.format == "txt"
    assert doc.path == name
    assert doc.warnings == []
    assert "\ufffd" not in doc.text
    assert "2024" in doc.text
    assert_spans(doc)
    for b in doc.blocks:  # readers hand over one-line, marker-free text
        assert "\n" not in b.text or b.kind is BlockKind.table
        assert "**" not in b.text


def test_samples_really_are_in_their_encodings_and_line_ends() -> None:
    raw = {name: (CORPUS / name).read_bytes() for name in SAMPLES}
    assert raw["txt_salsk_2024.txt"].decode("utf-8")
    assert b"\r" not in raw["txt_salsk_2024.txt"]
    assert b"\r\n" in raw["txt_zlatoust_2024.txt"]
    with pytest.raises(UnicodeDecodeError):
        raw["txt_zlatoust_2024.txt"].decode("utf-8")
    assert raw["txt_rodniki_2024.txt"].decode("koi8-r").startswith("Отчет о работе")
    assert raw["txt_rossosh_2024.txt"].startswith(b"\xff\xfe")
    assert b"\x0c" in raw["txt_rossosh_2024.txt"]  # a form feed
    nev = raw["txt_nevinnomyssk_2024.txt"]
    assert nev.startswith(b"\xef\xbb\xbf")
    assert b"\r" in nev and b"\n" not in nev


def test_salsk_blocks_in_order() -> None:
    doc = read("txt_salsk_2024.txt")
    assert outline(doc) == [
        ("heading", 1),
        ("paragraph", 5),
        ("heading", 11),
        ("paragraph", 14),
        ("paragraph", 20),
        ("table", 21),
        ("paragraph", 30),
        ("heading", 35),
        ("paragraph", 38),
        ("paragraph", 45),
        ("heading", 49),
        ("paragraph", 52),
        ("list_item", 53),
        ("list_item", 55),
        ("list_item", 56),
        ("paragraph", 58),
        ("paragraph", 64),
        ("paragraph", 68),
        ("paragraph", 69),
    ]
    b = doc.blocks
    # Three lines in capitals are one title.
    assert b[0].text == (
        "ОТЧЕТ О ДЕЯТЕЛЬНОСТИ МУНИЦИПАЛЬНОГО ОПОРНОГО ЦЕНТРА ДОПОЛНИТЕЛЬНОГО "
        "ОБРАЗОВАНИЯ ДЕТЕЙ САЛЬСКОГО РАЙОНА РОСТОВСКОЙ ОБЛАСТИ ЗА 2024 ГОД"
    )
    assert b[0].level == 1
    # «1. Общие сведения» underlined with ---: a heading, not a list item.
    assert (b[2].text, b[2].level, b[2].label) == ("1. Общие сведения", 2, None)
    assert b[7].text == "2. Персонифицированное финансирование"
    assert b[4].text == "Таблица 1. Программы и обучающиеся по направленностям"
    assert b[3].text.endswith(
        "по которым обучались 9 870 детей (в 2023 году – 198 программ и 9 412 детей)."
    )
    assert b[17].text == "Руководитель МОЦ Е. В. Кравченко"
    assert b[18].text == "Тел. 8 (86372) 5-12-34"


def test_salsk_wrapped_lines_and_hyphenated_words_are_joined() -> None:
    raw = (CORPUS / "txt_salsk_2024.txt").read_text("utf-8")
    # The file really breaks these words at line ends.
    assert "г. Сальска при-\nказом" in raw
    assert "осу-\nществляет" in raw
    assert "физкультурно-\nспортивной" in raw
    doc = read("txt_salsk_2024.txt")
    first = doc.blocks[1].text
    assert "г. Сальска приказом Управления образования" in first
    assert "№ 312-р и осуществляет организационное" in first
    assert first.startswith("Муниципальный опорный центр дополнительного образования детей")
    assert first.endswith("сопровождение системы дополнительного образования детей района.")
    nok = doc.blocks[15].text
    assert "естественнонаучной и физкультурно-спортивной направленностях" in nok
    assert nok.startswith("Положительное заключение НОК получила 31 программа из 35")
    assert "  " not in doc.text


def test_salsk_aligned_table_numbers_land_under_their_headers() -> None:
    doc = read("txt_salsk_2024.txt")
    [table] = tables(doc)
    assert table.location.line == 21
    assert table.table is not None
    assert interpret(table.table).header_rows == 1
    assert table.table.grid() == [
        ["Направленность", "Кол-во программ", "Кол-во обучающихся"],
        ["Художественная", "58", "2 614"],
        ["Физкультурно-спортивная", "47", "2 930"],
        ["Социально-гуманитарная", "41", "1 702"],
        ["Естественнонаучная", "24", "896"],
        ["Техническая", "31", "1 248"],
        ["Туристско-краеведческая", "11", "480"],
        ["Итого", "212", "9 870"],
    ]
    total = table.table.rows[7][2]
    assert (total.text, total.row, total.col) == ("9 870", 7, 2)
    assert (total.location.line, total.location.row, total.location.col) == (21, 7, 2)


def test_salsk_double_spaced_prose_is_not_a_table() -> None:
    raw = (CORPUS / "txt_salsk_2024.txt").read_text("utf-8").splitlines()
    assert "  " in raw[44] and "  " in raw[45]  # lines 45 and 46
    doc = read("txt_salsk_2024.txt")
    block = next(b for b in doc.blocks if b.location.line == 45)
    assert block.kind is BlockKind.paragraph
    assert block.text == (
        "Работа МОЦ строилась в соответствии с планом на 2024 год. Ежеквартально "
        "проводился мониторинг. Его результаты размещены на сайте МОЦ и обсуждены на "
        "совещании руководителей."
    )


def test_salsk_list_after_lead_in_with_wrapped_item() -> None:
    doc = read("txt_salsk_2024.txt")
    lead, *items = doc.blocks[11:15]
    assert lead.text == "В 2024 году МОЦ провел:"
    assert [(i.label, i.level) for i in items] == [("–", 1)] * 3
    assert [i.text for i in items] == [
        "– 12 мероприятий для родителей (охват – 860 человек), в том числе родительские "
        "собрания и дни открытых дверей в учреждениях;",
        "– 9 мероприятий для обучающихся (охват – 1 430 человек);",
        "– 6 мероприятий для педагогов (охват – 118 человек).",
    ]


def test_zlatoust_cp1251_markdown_headings_and_pipe_table() -> None:
    doc = read("txt_zlatoust_2024.txt")
    headings = [(b.text, b.location.line) for b in doc.blocks if b.kind is BlockKind.heading]
    assert headings == [
        (
            "Информационно-аналитическая справка о деятельности муниципального опорного "
            "центра дополнительного образования детей Златоустовского городского округа "
            "за 2024 год",
            1,
        ),
        ("1. Сеть организаций и программы", 5),
        ("2. Доступность дополнительного образования", 23),
        ("3. Мероприятия", 29),
    ]
    [table] = tables(doc)
    assert table.location.line == 11
    assert table.table is not None
    assert interpret(table.table).header_rows == 1
    assert table.table.grid() == [  # the |---|---| row is dropped, ** and nbsp cleaned
        ["Направленность", "Кол-во программ", "Кол-во обучающихся"],
        ["Художественная", "96", "4 210"],
        ["Физкультурно-спортивная", "54", "3 985"],
        ["Социально-гуманитарная", "62", "2 140"],
        ["Естественнонаучная", "27", "1 115"],
        ["Техническая", "44", "1 860"],
        ["Туристско-краеведческая", "9", "390"],
        ["Итого", "292", "13 700"],
    ]
    items = [b for b in doc.blocks if b.kind is BlockKind.list_item]
    assert [(b.label, b.level, b.location.line) for b in items] == [
        ("*", 1, 32),
        ("*", 1, 33),
        ("*", 1, 34),
    ]
    assert items[1].text == "* фестиваль технического творчества «РобоФест»;"
    lead = doc.blocks[doc.blocks.index(items[0]) - 1]
    assert lead.text.endswith("9 мероприятий для педагогов с охватом 310 человек:")
    assert doc.blocks[-1].text == "Контакты МОЦ: +7 (3513) 62-14-05, moc-zlat@mail.ru"


def test_rodniki_koi8_box_table_with_year_columns() -> None:
    doc = read("txt_rodniki_2024.txt")
    [table] = tables(doc)
    assert table.location.line == 14
    assert table.table is not None
    assert interpret(table.table).header_rows == 1
    grid = table.table.grid()
    assert grid == [
        ["Показатель", "2023", "2024"],
        ["Количество программ", "118", "126"],
        ["Количество обучающихся", "4 905", "5 212"],
        ["Охват детей 5-18 лет, %", "74,8", "77,3"],
        ["Обучающиеся с ОВЗ", "61", "68"],
    ]
    assert [row[2] for row in grid[1:]] == ["126", "5 212", "77,3", "68"]


def test_rodniki_underlined_title_and_nested_lists() -> None:
    doc = read("txt_rodniki_2024.txt")
    title = doc.blocks[0]
    assert (title.kind, title.level, title.location.line) == (BlockKind.heading, 1, 1)
    assert title.text == (
        "Отчет о работе муниципального опорного центра дополнительного образования "
        "детей Родниковского муниципального района за 2024 год"
    )
    items = [b for b in doc.blocks if b.kind is BlockKind.list_item]
    assert [(b.label, b.level, b.location.line) for b in items] == [
        ("1)", 1, 27),
        ("2)", 1, 28),
        ("3)", 1, 29),
        ("4)", 1, 30),
        ("5)", 1, 31),
        ("6)", 1, 32),
        ("1)", 1, 41),
        ("а)", 2, 43),
        ("б)", 2, 44),
        ("2)", 1, 45),
    ]
    assert items[1].text == "2) физкультурно-спортивной - 29;"
    assert items[6].text == (
        "1) семинары для педагогов дополнительного образования (7 семинаров, охват - 164 человека):"
    )
    assert items[7].text == 'а) "Разработка разноуровневых программ";'
    lead = doc.blocks[doc.blocks.index(items[0]) - 1]
    assert lead.text == "В 2024 году программы реализовывались по направленностям:"


def test_rossosh_utf16_pages_tab_table_and_lists() -> None:
    doc = read("txt_rossosh_2024.txt")
    assert doc.pages == 2
    pages = {b.location.line: b.location.page for b in doc.blocks}
    assert pages[18] == 1 and pages[20] == 2 and pages[33] == 2
    assert doc.blocks[2].kind is BlockKind.heading
    assert doc.blocks[2].text == "ИНФОРМАЦИЯ"
    assert doc.blocks[3].text.startswith("о реализации Целевой модели")
    items = [b for b in doc.blocks if b.kind is BlockKind.list_item]
    assert [b.text for b in items] == [
        "– художественной – 2 310;",
        "– спортивной – 2 085;",
        "– социально-педагогической – 1 264;",
        "– естественно-научной – 905;",
        "– технической – 1 122;",
        "– туристско-краеведческой – 360.",
    ]
    assert [b.location.line for b in items] == [11, 12, 13, 14, 15, 16]
    [table] = tables(doc)
    assert (table.location.line, table.location.page) == (22, 2)
    assert table.table is not None
    assert interpret(table.table).header_rows == 1
    assert table.table.grid() == [
        ["Вид мероприятий", "Количество", "Охват, чел."],
        ["Для родителей", "15", "1 240"],
        ["Для обучающихся", "22", "3 105"],
        ["Для педагогов", "11", "286"],
    ]
    cell = table.table.rows[2][2]
    assert (cell.location.page, cell.location.line, cell.location.row) == (2, 22, 2)


def test_nevinnomyssk_cr_only_one_line_per_paragraph() -> None:
    doc = read("txt_nevinnomyssk_2024.txt")
    assert outline(doc) == [
        ("heading", 1),
        ("heading", 4),
        ("paragraph", 5),
        ("paragraph", 6),
        ("paragraph", 7),
        ("heading", 9),
        ("paragraph", 10),
        ("paragraph", 11),
        ("paragraph", 12),
        ("heading", 14),
        ("paragraph", 15),
        ("paragraph", 17),
    ]
    assert [b.level for b in doc.blocks if b.kind is BlockKind.heading] == [1, 2, 2, 2]
    assert texts(doc)[1] == "Общие сведения"
    assert texts(doc)[7] == "Выдано 7 900 сертификатов, из них активны 6 215 (в 2023 году – 5 480)."
    assert texts(doc)[-1] == "Директор МБУ ДО «ЦДТ» Л. А. Гончарова"
    assert doc.pages is None and all(b.location.page is None for b in doc.blocks)


def test_read_document_dispatches_txt() -> None:
    doc = read_document(CORPUS / "txt_zlatoust_2024.txt", "sub/txt_zlatoust_2024.txt")
    assert doc.path == "sub/txt_zlatoust_2024.txt"
    assert doc.encoding == "cp1251"


# --- gold files of the samples ---------------------------------------------------------


def _gold(name: str) -> dict:
    return json.loads((CORPUS / name.replace(".txt", ".gold.json")).read_text("utf-8"))


@pytest.mark.parametrize("name", SAMPLES)
def test_gold_uses_catalogue_keys_and_adds_up(name: str) -> None:
    gold = _gold(name)
    assert gold["year"] == 2024
    keys = set(catalogue().ordered_keys())
    assert set(gold["figures"]) <= keys
    figures = gold["figures"]
    for kind in ("programs", "students"):
        parts = [figures.get(f"{kind}_{d}") for d in DIRECTIONS]
        if f"{kind}_total" in figures and all(p is not None for p in parts):
            assert sum(parts) == figures[f"{kind}_total"]
    for key, value in figures.items():
        integral = catalogue().get(key).unit.integral
        assert isinstance(value, int if integral else float), key
    doc = read(name)
    folded = doc.text.replace(" ", "")
    for key, value in figures.items():
        if isinstance(value, int) and value >= 10:  # small ones may be written in words
            assert str(value) in folded, key


@pytest.mark.parametrize("name", SAMPLES)
def test_gold_municipality_is_in_the_gazetteer(name: str) -> None:
    path = GAZETTEER / "oktmo_municipal_2019.csv"
    if not path.is_file():
        pytest.skip("../shared/gazetteer is absent beside this checkout")
    gold = _gold(name)
    with path.open(encoding="utf-8") as fh:
        names = {row["name"] for row in csv.DictReader(fh) if row["subject"] == gold["region"]}
    core = gold["municipality"].removeprefix("город ").split()[0]
    assert any(core in n for n in names), (gold["municipality"], gold["region"])


# --- the user's seed reports -----------------------------------------------------------


def test_seed_reports_read_cleanly(seeds_dir: Path) -> None:
    bataysk = read_txt(seeds_dir / "bataysk_2024.txt", "bataysk_2024.txt")
    troitsk = read_txt(seeds_dir / "troitsk_2024.txt", "troitsk_2024.txt")
    for doc in (bataysk, troitsk):
        assert doc.warnings == []
        assert doc.encoding == "utf-8"
        assert_spans(doc)
    title = bataysk.blocks[0]
    assert title.kind is BlockKind.heading
    assert title.text.startswith("Отчет о деятельности Муниципального опорного центра")
    assert title.text.endswith("города Батайска за 2024 год")
    items = [b for b in bataysk.blocks if b.kind is BlockKind.list_item]
    assert len(items) == 31
    assert items[0].text == "- художественной направленности – 26,"
    assert items[0].label == "-"
    # «6. …» and «7. …» stand on consecutive lines: still two items.
    assert [b.label for b in items[-2:]] == ["6.", "7."]
    assert items[-1].text == "7. Мониторинг и оценка результатов оказания услуг."
    lead = bataysk.blocks[bataysk.blocks.index(items[0]) - 1]
    assert lead.text.endswith(
        "реализуются 164 дополнительных общеобразовательных программ, из них:"
    )
    assert all(b.kind is BlockKind.paragraph for b in troitsk.blocks)
    assert troitsk.blocks[0].text.startswith("Доклад Баландинской Т.Ю.")
    assert any("«IT-куб»" in b.text for b in troitsk.blocks)


# --- encodings -------------------------------------------------------------------------

RUSSIAN = "Охват детей дополнительным образованием составил 78,4 %.\nИтого программ: 164\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (RUSSIAN.encode("cp1251"), "cp1251"),
        (RUSSIAN.encode("koi8-r"), "koi8-r"),
        (RUSSIAN.encode("cp866"), "cp866"),
        (RUSSIAN.encode("mac-cyrillic"), "mac-cyrillic"),
        (RUSSIAN.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + RUSSIAN.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + RUSSIAN.encode("utf-16-be"), "utf-16-be"),
        (RUSSIAN.encode("utf-16-le"), "utf-16-le"),  # Notepad without a BOM
        (RUSSIAN.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + RUSSIAN.encode("utf-32-le"), "utf-32-le"),
        ("Итого".encode("cp1251"), "cp1251"),  # five letters
        ("Итого".encode("koi8-r"), "koi8-r"),
        ("ОТЧЕТ О ДЕЯТЕЛЬНОСТИ МОЦ".encode("cp1251"), "cp1251"),  # capitals only
        ("ОТЧЕТ О ДЕЯТЕЛЬНОСТИ МОЦ".encode("koi8-r"), "koi8-r"),
        ("детей в возрасте".encode("koi8-r"), "koi8-r"),
        ("детей в возрасте".encode("cp1251"), "cp1251"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    doc = write(tmp_path, data)
    assert doc.encoding == encoding
    assert doc.warnings == []
    plain = data.decode(encoding).removeprefix("\ufeff")
    assert doc.text == " ".join(plain.split())


def test_binary_file_is_refused(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    with pytest.raises(ReadError) as err:
        write(tmp_path, png)
    assert err.value.code == "txt.binary"
    assert "двоичные данные" in err.value.message


def test_control_noise_without_nul_bytes_is_refused(tmp_path: Path) -> None:
    noise = bytes(1 + (i * 37) % 30 for i in range(3000))
    with pytest.raises(ReadError) as err:
        write(tmp_path, noise)
    assert err.value.code == "txt.binary"


@pytest.mark.parametrize("seed", range(6))
def test_compressed_or_random_bytes_are_refused(tmp_path: Path, seed: int) -> None:
    """Found by fuzzing: such bytes read as cp1251 are mostly «letters», and passed."""
    data = random.Random(seed).randbytes(4096)
    with pytest.raises(ReadError) as err:
        write(tmp_path, data)
    assert err.value.code == "txt.binary"


def test_compressed_report_named_txt_is_refused(tmp_path: Path) -> None:
    data = zlib.compress((CORPUS / "txt_salsk_2024.txt").read_bytes())
    with pytest.raises(ReadError) as err:
        write(tmp_path, data)
    assert err.value.code == "txt.binary"


def test_blank_cp1251_file_with_nbsp_has_no_text(tmp_path: Path) -> None:
    """Found by the bad-input run: cp866 read the NBSP (0xA0) as the letter «а»."""
    doc = write(tmp_path, b"  \r\n\t\xa0\r\n\xa0\xa0\r\n")
    assert doc.encoding == "cp1251"
    assert doc.blocks == []
    assert [w.code for w in doc.warnings] == ["txt.no_text"]


def test_bad_bytes_in_utf8_are_replaced_and_counted(tmp_path: Path) -> None:
    data = "Охват детей составил 78,4 %, выдано 2 310 сертификатов.".encode() + b"\xff\xfe" + b"\n"
    doc = write(tmp_path, data)
    assert doc.encoding == "utf-8"
    assert doc.text == "Охват детей составил 78,4 %, выдано 2 310 сертификатов.\ufffd\ufffd"
    [warning] = doc.warnings
    assert warning.code == "txt.bad_bytes"
    assert "нечитаемых байтов в файле: 2" in warning.message


def test_undefined_cp1251_byte_is_counted(tmp_path: Path) -> None:
    doc = write(tmp_path, "Итого программ: 164 ".encode("cp1251") + b"\x98")
    assert doc.encoding == "cp1251"
    assert [w.code for w in doc.warnings] == ["txt.bad_bytes"]
    assert doc.text == "Итого программ: 164 \ufffd"


def test_whitespace_only_file_warns(tmp_path: Path) -> None:
    doc = write(tmp_path, "  \n\t\n   \r\n")
    assert doc.blocks == []
    assert [w.code for w in doc.warnings] == ["txt.no_text"]


# --- lines, pages, paragraphs ----------------------------------------------------------


def test_line_endings_crlf_cr_and_mixed_count_the_same(tmp_path: Path) -> None:
    body = ["Первый абзац.", "", "Второй абзац.", "", "Третий абзац."]
    for eol in ("\n", "\r\n", "\r"):
        doc = write(tmp_path, eol.join(body))
        assert outline(doc) == [("paragraph", 1), ("paragraph", 3), ("paragraph", 5)]
    doc = write(tmp_path, "Первый абзац.\r\n\rВторой абзац.\n\r\nТретий абзац.")
    assert outline(doc) == [("paragraph", 1), ("paragraph", 3), ("paragraph", 5)]


def test_form_feeds_are_page_breaks(tmp_path: Path) -> None:
    doc = write(tmp_path, "Страница один.\n\fСтраница два.\n\n\fСтраница три.\f\n")
    assert [(b.text, b.location.line, b.location.page) for b in doc.blocks] == [
        ("Страница один.", 1, 1),
        ("Страница два.", 2, 2),
        ("Страница три.", 4, 3),
    ]
    assert doc.pages == 3


def test_first_line_indent_starts_paragraphs_without_blank_lines(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "    В 2024 году работа МОЦ велась по плану, утвержденному в январе.\n"
        "Все мероприятия проведены в срок.\n"
        "    Охват детей составил 78,4 %.\n",
    )
    assert texts(doc) == [
        "В 2024 году работа МОЦ велась по плану, утвержденному в январе. "
        "Все мероприятия проведены в срок.",
        "Охват детей составил 78,4 %.",
    ]


def test_hard_wrapped_paragraph_and_dash_at_line_start(tmp_path: Path) -> None:
    lines = [
        "В 2024 году дополнительные общеразвивающие программы реализовывали пять",
        "организаций района, а охват детей в возрасте от 5 до 18 лет в районе составил",
        "– 78,4 %, что выше уровня прошлого года на полтора процентного пункта.",
        "Показатель рассчитан по данным информационной системы «Навигатор».",
    ]
    assert len(lines[1]) + 2 > max(len(x) for x in lines)  # «–» did not fit after it
    doc = write(tmp_path, "\n".join(lines))
    assert outline(doc) == [("paragraph", 1)]
    assert "составил – 78,4 %, что выше" in doc.blocks[0].text


def test_short_lines_are_not_taken_for_a_wrapped_paragraph(tmp_path: Path) -> None:
    doc = write(tmp_path, "Руководитель МОЦ\nИсаева А. Б.\nМ.П.\nподпись\n")
    # «подпись» goes on in lower case: a wrap; the rest start new lines on purpose.
    assert texts(doc) == ["Руководитель МОЦ", "Исаева А. Б.", "М.П. подпись"]


def test_soft_hyphen_capital_and_digit_breaks(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "Северо-\nКавказский округ, 2023-\n2024 годы, вос\u00ad\nпитанники и педа-\nгоги\n",
    )
    assert texts(doc) == ["Северо-Кавказский округ, 2023-2024 годы, воспитанники и педагоги"]


# --- headings --------------------------------------------------------------------------


def test_heading_styles(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "# Отчет МОЦ\n\n"
        "Раздел первый\n=============\n\n"
        "**Итоги года**\nТекст раздела.\n\n"
        "ИТОГИ\nТекст после заглавных.\n\n"
        "## Подраздел ##\nТекст.\n\n"
        "МОЦ\n\n"
        "М.П.\n\n"
        "**Это жирный абзац, а не заголовок.**\n",
    )
    assert [(b.kind.value, b.level, b.text) for b in doc.blocks] == [
        ("heading", 1, "Отчет МОЦ"),
        ("heading", 1, "Раздел первый"),
        ("heading", 2, "Итоги года"),
        ("paragraph", None, "Текст раздела."),
        ("heading", 1, "ИТОГИ"),
        ("paragraph", None, "Текст после заглавных."),
        ("heading", 2, "Подраздел"),
        ("paragraph", None, "Текст."),
        ("paragraph", None, "МОЦ"),
        ("paragraph", None, "М.П."),
        ("paragraph", None, "Это жирный абзац, а не заголовок."),
    ]
    assert [b.location.line for b in doc.blocks] == [1, 3, 6, 7, 9, 10, 12, 13, 15, 17, 19]


def test_bold_title_over_several_lines(tmp_path: Path) -> None:
    doc = write(tmp_path, "**Отчет о деятельности\nМОЦ города Шахты\nза 2024 год**\n\nТекст.")
    assert [(b.kind.value, b.text) for b in doc.blocks] == [
        ("heading", "Отчет о деятельности МОЦ города Шахты за 2024 год"),
        ("paragraph", "Текст."),
    ]


# --- lists -----------------------------------------------------------------------------


def test_list_markers_levels_and_continuations(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "Мероприятия:\n"
        "1. Семинар по теме\n"
        "   «Навигатор» и социальный сертификат.\n"
        "2. Совещание:\n"
        "   а) первый вопрос;\n"
        "   б) второй вопрос\n"
        "      с продолжением;\n"
        "3. Конкурс.\n"
        "• пункт с точкой\n"
        "продолжение без отступа строчными\n"
        "— ещё пункт\n"
        "1.1. Подпункт\n"
        "2) Пункт со скобкой\n",
    )
    assert [(b.kind.value, b.label, b.level, b.location.line, b.text) for b in doc.blocks] == [
        ("paragraph", None, None, 1, "Мероприятия:"),
        ("list_item", "1.", 1, 2, "1. Семинар по теме «Навигатор» и социальный сертификат."),
        ("list_item", "2.", 1, 4, "2. Совещание:"),
        ("list_item", "а)", 2, 5, "а) первый вопрос;"),
        ("list_item", "б)", 2, 6, "б) второй вопрос с продолжением;"),
        ("list_item", "3.", 1, 8, "3. Конкурс."),
        ("list_item", "•", 1, 9, "• пункт с точкой продолжение без отступа строчными"),
        ("list_item", "–", 1, 11, "– ещё пункт"),
        ("list_item", "1.1.", 1, 12, "1.1. Подпункт"),
        ("list_item", "2)", 1, 13, "2) Пункт со скобкой"),
    ]  # fmt: skip


def test_dates_and_numbers_at_line_start_are_not_list_markers(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "26.11.2024 состоялось заседание коллегии.\n\n"
        "1635 человек осваивают программы.\n\n"
        "-5 градусов.\n",
    )
    assert [b.kind for b in doc.blocks] == [BlockKind.paragraph] * 3


# --- tables ----------------------------------------------------------------------------


def test_header_left_of_right_aligned_numbers(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "Показатель             Год        Всего\n"
        "Программы                 2024      164\n"
        "Обучающиеся               2024   10 923\n"
        "Итого                                 0\n",
    )
    [table] = tables(doc)
    assert table.table is not None
    assert table.table.grid() == [
        ["Показатель", "Год", "Всего"],
        ["Программы", "2024", "164"],
        ["Обучающиеся", "2024", "10 923"],
        ["Итого", "", "0"],
    ]
    assert interpret(table.table).header_rows == 1


def test_aligned_table_with_an_empty_cell_and_title_line(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "Таблица 2\n"
        "Направленность        Программы   Дети\n"
        "Художественная               26   1445\n"
        "Техническая                       1466\n"
        "Итого                        26   2911\n",
    )
    assert outline(doc) == [("paragraph", 1), ("table", 2)]
    table = doc.blocks[1].table
    assert table is not None
    assert table.grid()[2] == ["Техническая", "", "1466"]
    assert [c.col for c in table.rows[2]] == [0, 1, 2]


def test_table_without_header_and_with_numbers_only_rows(tmp_path: Path) -> None:
    doc = write(tmp_path, "Художественная    26\nТехническая       29\n")
    [table] = tables(doc)
    assert table.table is not None
    assert interpret(table.table).header_rows == 0
    assert table.table.grid() == [["Художественная", "26"], ["Техническая", "29"]]


@pytest.mark.parametrize(
    "text",
    [
        # double spaces after full stops, lines in a row
        "Это длинный абзац текста.  В нем после точки стоят два пробела, как\n"
        "это делали машинистки.  Такое расположение не должно стать таблицей, даже\n"
        "если строки идут подряд.  И третья строка тоже.\n",
        # a signature block: aligned, but no numbers
        "Руководитель МОЦ          Исаева А. Б.\nДата                      подпись\n",
        # a list spaced out after its markers
        "–  художественной направленности – 26;\n–  технической направленности – 29.\n",
        # one line with a pipe
        "Вот текст | с одной чертой.\nИ еще строка.\n",
    ],
)
def test_prose_is_not_a_table(tmp_path: Path, text: str) -> None:
    assert tables(write(tmp_path, text)) == []


def test_tab_separated_table_with_empty_field(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "Художественная\t26\t1445\nТуристско-краеведческая\t4\t124\nИтого\t\t1569\n",
    )
    [table] = tables(doc)
    assert table.table is not None
    assert table.table.grid() == [
        ["Художественная", "26", "1445"],
        ["Туристско-краеведческая", "4", "124"],
        ["Итого", "", "1569"],
    ]


def test_tabs_used_to_align(tmp_path: Path) -> None:
    doc = write(tmp_path, "Показатель\t\t2024\nПрограммы\t\t164\nОбучающиеся\t10923\n")
    [table] = tables(doc)
    assert table.table is not None
    assert table.table.grid() == [
        ["Показатель", "2024"],
        ["Программы", "164"],
        ["Обучающиеся", "10923"],
    ]
    assert interpret(table.table).header_rows == 1  # a year in the header is text


def test_pipe_table_without_outer_pipes(tmp_path: Path) -> None:
    doc = write(tmp_path, "Год | Программы\n--- | ---\n2023 | 150\n2024 | 164\n")
    [table] = tables(doc)
    assert table.table is not None
    assert table.table.grid() == [["Год", "Программы"], ["2023", "150"], ["2024", "164"]]
    assert interpret(table.table).header_rows == 1


def test_grid_table_with_cells_over_two_lines(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "+------------------+--------+\n"
        "| Направленность   | Кол-во |\n"
        "+==================+========+\n"
        "| Физкультурно-    |     60 |\n"
        "| спортивная       |        |\n"
        "+------------------+--------+\n"
        "| Техническая      |     29 |\n"
        "+------------------+--------+\n",
    )
    [table] = tables(doc)
    assert table.table is not None
    assert table.table.grid() == [
        ["Направленность", "Кол-во"],
        ["Физкультурно-спортивная", "60"],
        ["Техническая", "29"],
    ]


def test_box_drawing_characters(tmp_path: Path) -> None:
    doc = write(
        tmp_path,
        "Итоги:\n"
        "┌────────────┬──────┐\n"
        "│ Показатель │ 2024 │\n"
        "├────────────┼──────┤\n"
        "│ Программы  │  164 │\n"
        "│ Дети       │ 1445 │\n"
        "└────────────┴──────┘\n"
        "Конец.\n",
    )
    assert outline(doc) == [("paragraph", 1), ("table", 2), ("paragraph", 8)]
    table = doc.blocks[1].table
    assert table is not None
    assert table.grid() == [["Показатель", "2024"], ["Программы", "164"], ["Дети", "1445"]]
    assert interpret(table).header_rows == 1
    assert_spans(doc)


def test_gatchina_ruled_table_with_long_indicator_names() -> None:
    """A header ruled off with dashes, names longer than a cell, numbers with spaces."""
    doc = read_txt(CORPUS / "heldout" / "gatchina_2024.txt", "gatchina_2024.txt")
    [table] = tables(doc)
    assert table.location.line == 11
    assert table.table is not None
    assert interpret(table.table).header_rows == 1
    grid = table.table.grid()
    assert grid[0] == ["Показатель", "2023 г.", "2024 г."]
    assert len(grid) == 9  # the rule line is not a row
    assert grid[3] == ["Численность обучающихся по ДООП, чел.", "21 960", "22 847"]
    assert grid[5] == ["Численность обучающихся с ОВЗ, чел.", "602", "655"]
    assert grid[7] == [
        "Количество ДООП, получивших положительное заключение по итогам НОК, ед.",
        "34",
        "47",
    ]
    after = next(b for b in doc.blocks if b.location.line == 22)
    assert after.kind is BlockKind.paragraph


def test_long_double_spaced_prose_with_numbers_is_not_a_table(tmp_path: Path) -> None:
    text = (
        "В 2024 году в районе работали 14 организаций дополнительного образования детей.  "
        "Всего 12\n"
        "Обучение по программам проходили дети из всех поселений района без исключения.  "
        "Итого 9\n"
    )
    doc = write(tmp_path, text)
    assert not tables(doc)
