"""The PDF reader on the sample reports in corpus/ and the damaged files in tests/data/pdf/.

The files are made by scripts/corpus/make_pdf.py (LibreOffice's PDF export and a few
hand-written PDFs); the tests read them as a user's files would be read.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pdfplumber
import pytest

from extractor.document import Block, BlockKind, Document, Part
from extractor.errors import ReadError
from extractor.extract.table_model import interpret
from extractor.read import read_document
from extractor.read.pdf import _dehyphenate, read_pdf

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EDGE = ROOT / "tests" / "data" / "pdf"
SAMPLES = ["rubtsovsk_2024", "berdsk_2024", "kamensky_2024", "beloretsk_2024"]


@cache
def read(name: str) -> Document:
    path = CORPUS / f"{name}.pdf" if name in SAMPLES else EDGE / name
    return read_pdf(path, path.name)


def body(doc: Document) -> list[Block]:
    return doc.body()


def tables(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind is BlockKind.table]


def raw_text(name: str, page: int) -> str:
    """What bare pdfplumber sees on a page: the typesetter's lines, hyphens and all."""
    with pdfplumber.open(CORPUS / f"{name}.pdf") as pdf:
        return pdf.pages[page - 1].extract_text(x_tolerance=1.5)


# ---------------------------------------------------------------------------------------
# Offsets


@pytest.mark.parametrize("name", [*SAMPLES, "doubled_bold.pdf", "cid_glyphs.pdf", "mixed_scan.pdf"])
def test_every_block_and_cell_is_its_span_of_the_text(name: str) -> None:
    doc = read(name)
    assert doc.blocks
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        if b.table is not None:
            for row in b.table.rows:
                for c in row:
                    assert doc.text[c.start : c.end] == c.text
                    assert b.start <= c.start <= c.end <= b.end


# ---------------------------------------------------------------------------------------
# Рубцовск: narrative, lists, hyphenation, «Стр. N из M»


def test_rubtsovsk_reading_order_headings_and_lists() -> None:
    doc = read("rubtsovsk_2024")
    kinds = [(b.kind, b.text) for b in body(doc)]
    assert kinds[0] == (
        BlockKind.heading,
        "Отчёт о деятельности муниципального опорного центра дополнительного образования "
        "детей города Рубцовска Алтайского края за 2024 год",
    )
    assert kinds[1] == (BlockKind.heading, "1. Общие сведения")
    assert kinds[2][1].startswith("Муниципальный опорный центр дополнительного образования")
    headings = [t for k, t in kinds if k is BlockKind.heading]
    assert headings[1:] == [
        "1. Общие сведения",
        "2. Персонифицированное финансирование",
        "3. Мероприятия МОЦ",
        "4. Задачи на 2025 год",
    ]
    items = [b for b in body(doc) if b.kind is BlockKind.list_item]
    assert [b.text for b in items[:6]] == [
        "– художественной – 58;",
        "– физкультурно-спортивной – 47;",
        "– социально-гуманитарной – 39;",
        "– естественнонаучной – 21;",
        "– технической – 35;",
        "– туристско-краеведческой – 14.",
    ]
    assert {b.label for b in items} == {"–"}
    lead = body(doc)[body(doc).index(items[0]) - 1]
    assert lead.text == (
        "В отчётном году реализовывались 214 дополнительных общеобразовательных программ, "
        "из них по направленностям:"
    )
    # a list item that wraps over two lines stays one item
    assert items[6].text == (
        "– создать 120 новых мест дополнительного образования в рамках регионального проекта;"
    )
    assert [b.location.page for b in items] == [1] * 6 + [2] * 3


def test_rubtsovsk_words_broken_at_line_ends_are_joined() -> None:
    doc = read("rubtsovsk_2024")
    # the typesetter's breaks are really in the file
    assert "воспи-\nтанников" in raw_text("rubtsovsk_2024", 2)
    assert "сопро-\nвождения" in raw_text("rubtsovsk_2024", 1)
    assert "социально-\nгуманитарной – 2 108" in raw_text("rubtsovsk_2024", 1)
    text = doc.text
    assert "среди воспитанников общеобразовательных организаций" in text
    assert "аналитического сопровождения системы" in text
    # a compound adjective broken at its own hyphen keeps it
    assert "физкультурно-спортивной – 3 415, социально-гуманитарной – 2 108" in text
    assert not re.search(r"воспи[- ]танник|сопро[- ]вожд|социальногуманитар|- \w", text)


def test_rubtsovsk_header_and_footer_are_apart_from_the_body() -> None:
    doc = read("rubtsovsk_2024")
    header = "Муниципальный опорный центр дополнительного образования детей города Рубцовска"
    furniture = [(b.part, b.location.page, b.text) for b in doc.blocks if b.part is not Part.body]
    assert furniture == [
        (Part.header, 1, header),
        (Part.footer, 1, "Стр. 1 из 2"),
        (Part.header, 2, header),
        (Part.footer, 2, "Стр. 2 из 2"),
    ]
    for b in body(doc):
        assert not re.search(r"Стр\. \d", b.text)
        assert b.text != header
    # blocks keep the order of the pages: header, body, footer
    parts = [(b.location.page, b.part) for b in doc.blocks]
    assert parts[0] == (1, Part.header) and parts[-1] == (2, Part.footer)


def test_rubtsovsk_paragraph_over_the_page_break_is_one_block() -> None:
    doc = read("rubtsovsk_2024")
    assert "Методическая работа МОЦ" in raw_text("rubtsovsk_2024", 1)
    assert "для старшеклассников." in raw_text("rubtsovsk_2024", 2)
    [para] = [b for b in body(doc) if b.text.startswith("Методическая работа МОЦ")]
    assert para.location.page == 1
    assert para.text.endswith("программ технической направленности для старшеклассников.")
    assert "развитие сетевого взаимодействия организаций" in para.text


def test_rubtsovsk_numbers_keep_their_thousands_spaces() -> None:
    text = read("rubtsovsk_2024").text
    assert "составила 12 486 детей (в 2023 году – 11 902)" in text
    assert "Номинал сертификата – 6 420,00 руб." in text
    assert "\u00a0" not in text


# ---------------------------------------------------------------------------------------
# Бердск: tables


def test_berdsk_direction_table_cells() -> None:
    doc = read("berdsk_2024")
    first = tables(doc)[0]
    assert first.location.page == 1 and first.location.table == 0
    assert first.table is not None
    assert interpret(first.table).header_rows == 1
    assert first.table.grid() == [
        ["Направленность", "Кол-во программ", "Кол-во обучающихся"],
        ["Художественная", "44", "2 870"],
        ["Физкультурно-спортивная", "52", "3 645"],
        ["Социально-гуманитарная", "31", "1 512"],
        ["Естественнонаучная", "18", "706"],
        ["Техническая", "27", "1 184"],
        ["Туристско-краеведческая", "9", "318"],
        ["Итого", "181", "10 235"],
    ]
    total = first.table.rows[7][2]
    assert (total.text, total.location.page, total.location.table) == ("10 235", 1, 0)
    assert (total.location.row, total.location.col) == (7, 2)


def test_berdsk_merged_header_cells_are_given_once() -> None:
    second = tables(read("berdsk_2024"))[1].table
    assert second is not None
    top = second.rows[0]
    assert [(c.text, c.row, c.col, c.row_span, c.col_span) for c in top] == [
        ("Показатель", 0, 0, 2, 1),
        ("Значение", 0, 1, 1, 2),
    ]
    assert [(c.text, c.col) for c in second.rows[1]] == [("2023", 1), ("2024", 2)]
    assert interpret(second).header_rows == 2
    grid = second.grid()
    assert grid[1] == ["Показатель", "2023", "2024"]
    assert grid[2] == ["Охват детей 5–18 лет дополнительным образованием, %", "78,2", "80,4"]
    assert grid[6] == ["Номинал сертификата, руб.", "5 800,00", "6 150,00"]
    assert grid[7] == ["Создано новых мест", "140", "175"]


def test_berdsk_table_over_page_break_is_joined_with_cell_pages() -> None:
    doc = read("berdsk_2024")
    events = [b for b in tables(doc) if b.text.startswith("№ | Мероприятие")]
    assert len(events) == 1, "the continuation must not be a table of its own"
    table = events[0].table
    assert table is not None
    assert events[0].location.page == 1 and events[0].location.table == 2
    assert len(tables(doc)) == 3
    grid = table.grid()
    assert grid[0] == ["№", "Мероприятие", "Участники", "Дата", "Охват, чел."]
    assert [row[0] for row in grid[1:]] == [str(i) for i in range(1, 26)]
    assert interpret(table).header_rows == 1
    assert grid[1] == [
        "1",
        "Родительское собрание «Навигатор дополнительного образования»",
        "родители",
        "18.01.2024",
        "210",
    ]
    assert grid[25] == ["25", "Городской хакатон «IT-каникулы»", "обучающиеся", "27.12.2024", "–"]
    # the header row LibreOffice repeated at the top of page 2 is not a data row
    assert sum(1 for row in grid if row[1] == "Мероприятие") == 1
    assert "№ Мероприятие Участники" in raw_text("berdsk_2024", 2)
    # each cell knows the page it stands on
    pages = {row[0].text: row[0].location.page for row in table.rows}
    with pdfplumber.open(CORPUS / "berdsk_2024.pdf") as pdf:
        on_page_2 = {r[0] for t in pdf.pages[1].find_tables() for r in t.extract()}
    assert on_page_2 & set(pages), "the table should really run over onto page 2"
    for number, page in pages.items():
        assert page == (2 if number in on_page_2 and number != "№" else 1), number
    assert all(c.location.table == 2 for row in table.rows for c in row)


def test_berdsk_dash_page_numbers_are_footers() -> None:
    doc = read("berdsk_2024")
    footers = [b.text for b in doc.blocks if b.part is Part.footer]
    assert footers == ["- 1 -", "- 2 -"]
    headers = {b.text for b in doc.blocks if b.part is Part.header}
    assert headers == {"МОЦ города Бердска • Отчёт за 2024 год"}
    assert not any(re.fullmatch(r"- \d+ -", b.text) for b in body(doc))


# ---------------------------------------------------------------------------------------
# Каменский ГО: table of organisations over a page break, bare page numbers


def test_kamensky_organisation_table_joined_over_pages() -> None:
    doc = read("kamensky_2024")
    [block] = tables(doc)
    table = block.table
    assert table is not None
    grid = table.grid()
    # «обучающихся» is broken inside the word in its narrow column; it is rejoined
    assert "обучаю\nщихся" in raw_text("kamensky_2024", 1)
    assert grid[0] == ["№ п/п", "Организация", "Кол-во программ", "Кол-во обучающихся"]
    assert len(grid) == 14
    assert grid[1] == ["1", "МАУ ДО «Дом детского творчества»", "31", "1 486"]
    assert grid[13] == ["", "Итого", "136", "6 942"]
    assert [row[0] for row in grid[1:13]] == [str(i) for i in range(1, 13)]
    pages = [row[0].location.page for row in table.rows]
    assert pages[0] == 1 and pages[-1] == 2
    assert pages == sorted(pages), "rows keep page order"
    assert raw_text("kamensky_2024", 2).count("Организация") == 1  # repeated header row


def test_kamensky_bare_page_numbers_and_paragraph_over_page() -> None:
    doc = read("kamensky_2024")
    assert [b.text for b in doc.blocks if b.part is Part.footer] == ["1", "2"]
    assert not any(b.text.isdigit() for b in body(doc))
    text = doc.text
    assert "Из них социально-педагогической направленности – 25" in text
    assert "методическое сопровождение педагогов" in text


# ---------------------------------------------------------------------------------------
# Белорецкий район: «1)» and «а)» lists, a table ruled with horizontal lines only


def test_beloretsk_numbered_and_lettered_lists() -> None:
    items = [b for b in body(read("beloretsk_2024")) if b.kind is BlockKind.list_item]
    assert [b.label for b in items] == ["1)", "2)", "3)", "а)", "б)", "в)", "г)", "д)", "е)"]
    assert items[0].text == (
        "1) организационно-методическое сопровождение организаций, реализующих "
        "дополнительные общеобразовательные программы;"
    )
    assert items[4].text == "б) спортивная – 2 480 человек;"


def test_beloretsk_table_with_horizontal_rules_only() -> None:
    doc = read("beloretsk_2024")
    [block] = tables(doc)
    assert block.table is not None
    assert interpret(block.table).header_rows == 1  # «2023», «2024» are column names, not figures
    assert block.table.grid() == [
        ["Показатель", "2023", "2024"],
        ["Количество обучающихся, чел.", "7 512", "7 860"],
        ["Охват детей от 5 до 18 лет, %", "72,1", "74,3"],
        ["Обучаются по сертификатам, чел.", "2 840", "3 105"],
        ["Новые места, ед.", "80", "96"],
    ]
    assert not any("7 512" in b.text for b in body(doc) if b.kind is not BlockKind.table)
    assert [b.text for b in doc.blocks if b.part is Part.footer] == ["Страница 1", "Страница 2"]


# ---------------------------------------------------------------------------------------
# Damage and errors


def test_doubled_bold_glyphs_are_read_once() -> None:
    with pdfplumber.open(EDGE / "doubled_bold.pdf") as pdf:
        assert "ООххвваатт" in pdf.pages[0].extract_text()
    doc = read("doubled_bold.pdf")
    assert [b.text for b in doc.blocks] == [
        "Охват детей дополнительным образованием – 81,6 %. Выдано 9 870 сертификатов."
    ]
    assert doc.warnings == []


def test_cid_glyph_page_warns_and_keeps_what_is_readable() -> None:
    doc = read("cid_glyphs.pdf")
    assert [(w.code, w.page) for w in doc.warnings] == [("pdf.cid_glyphs", 2)]
    assert "(cid:" not in doc.text
    assert [(b.location.page, b.text) for b in doc.blocks] == [
        (1, "Отчёт МОЦ за 2024 год. Программ – 214."),
        (2, "Таблица 5"),
    ]


def test_scan_without_text_layer_warns_once() -> None:
    doc = read("scanned.pdf")
    assert doc.pages == 2
    assert doc.blocks == []
    assert [(w.code, w.page) for w in doc.warnings] == [("pdf.no_text_layer", None)]
    assert "OCR" in doc.warnings[0].message


def test_scanned_page_in_a_text_pdf_warns_for_that_page() -> None:
    doc = read("mixed_scan.pdf")
    assert [(w.code, w.page) for w in doc.warnings] == [("pdf.no_text_layer", 2)]
    assert {b.location.page for b in doc.blocks} == {1}
    assert "Таблица 1. Программы и обучающиеся по направленностям, 2024 год" in doc.text


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("encrypted.pdf", "pdf.encrypted"),
        ("truncated.pdf", "pdf.corrupt"),
        ("junk.pdf", "pdf.corrupt"),
        ("no_pages.pdf", "pdf.no_pages"),
    ],
)
def test_unreadable_files_raise_read_error(name: str, code: str) -> None:
    with pytest.raises(ReadError) as info:
        read_pdf(EDGE / name, name)
    assert info.value.code == code
    assert re.search(r"[а-я]", info.value.message)


def test_dispatch_sends_pdf_here() -> None:
    doc = read_document(CORPUS / "beloretsk_2024.pdf")
    assert doc.format == "pdf" and doc.path == "beloretsk_2024.pdf" and doc.pages == 2
    with pytest.raises(ReadError) as info:
        read_document(EDGE / "encrypted.pdf")
    assert info.value.code == "pdf.encrypted"


# ---------------------------------------------------------------------------------------
# Hyphenation rules on their own


@pytest.mark.parametrize(
    ("broken", "joined"),
    [
        ("воспи-\nтанников", "воспитанников"),
        ("физкультурно-\nспортивной", "физкультурно-спортивной"),
        ("туристско-\nкраеведческой", "туристско-краеведческой"),
        ("информационно-\nразъяснительной", "информационно-разъяснительной"),
        ("кон-\nкурсов", "конкурсов"),
        ("IT-\nканикулы", "IT-каникулы"),
        ("Ханты-\nМансийский", "Ханты-Мансийский"),
        ("2023-\n2024", "2023-2024"),
        ("сопро\u00ad\nвождение", "сопровождение"),
    ],
)
def test_dehyphenate(broken: str, joined: str) -> None:
    assert _dehyphenate(broken) == joined
