"""The .docx reader on the corpus reports and on small hand-written edge-case files."""

from __future__ import annotations

import shutil
import zipfile
from functools import cache
from pathlib import Path

import docx
import pytest

from extractor.document import Block, BlockKind, Document, Part
from extractor.errors import ReadError
from extractor.extract.table_model import interpret
from extractor.normalise import one_line
from extractor.read import read_document
from extractor.read.docx import read_docx

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DATA = Path(__file__).resolve().parent / "data"
REPORTS = ["kolomna_2024", "bratsk_2024", "eysk_2024", "lysva_2024", "almetyevsk_2024"]


@cache
def report(name: str) -> Document:
    return read_docx(CORPUS / f"{name}.docx", f"{name}.docx")


def body(doc: Document) -> list[Block]:
    return doc.body()


def find(doc: Document, start: str) -> Block:
    """The one block whose text starts with `start`."""
    hits = [b for b in doc.blocks if b.text.startswith(start)]
    assert len(hits) == 1, [b.text for b in hits]
    return hits[0]


def tables(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind is BlockKind.table]


def rows(block: Block) -> list[list[tuple[str, int, int, int, int]]]:
    """Each stored cell as (text, row, col, row_span, col_span)."""
    assert block.table is not None
    return [[(c.text, c.row, c.col, c.row_span, c.col_span) for c in r] for r in block.table.rows]


# ---------------------------------------------------------------------------------------
# Every report


@pytest.mark.parametrize("name", REPORTS)
def test_every_block_and_cell_is_its_span_of_the_text(name: str) -> None:
    doc = report(name)
    assert doc.format == "docx" and doc.path == f"{name}.docx" and doc.converted_from is None
    assert doc.warnings == []
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        for row in b.table.rows if b.table else []:
            for c in row:
                assert b.start <= c.start <= c.end <= b.end
                assert doc.text[c.start : c.end] == c.text
    # The normaliser's work shows: no NBSP or soft hyphen survives into the text.
    assert "\u00a0" not in doc.text and "\u00ad" not in doc.text


@pytest.mark.parametrize("name", REPORTS)
def test_headers_and_footers_come_after_the_body(name: str) -> None:
    doc = report(name)
    parts = [b.part for b in doc.blocks]
    first_margin = next(i for i, p in enumerate(parts) if p is not Part.body)
    assert all(p is Part.body for p in parts[:first_margin])
    assert all(p is not Part.body for p in parts[first_margin:])
    assert all(b.location.paragraph is None for b in doc.blocks[first_margin:])


@pytest.mark.parametrize("name", ["kolomna_2024", "bratsk_2024", "lysva_2024", "almetyevsk_2024"])
def test_paragraph_index_is_the_body_paragraph_word_counts(name: str) -> None:
    """Checked against python-docx's own list of body paragraphs (these reports have no
    block content controls, so both count the same paragraphs)."""
    paragraphs = docx.Document(str(CORPUS / f"{name}.docx")).paragraphs
    seen = 0
    for b in body(report(name)):
        if b.kind is BlockKind.table:
            continue
        seen += 1
        expected = one_line(paragraphs[b.location.paragraph].text)
        text = one_line(b.text)
        if b.label:
            text = text.removeprefix(b.label).lstrip()
        assert text[:18] == expected[:18]
    assert seen > 10


# ---------------------------------------------------------------------------------------
# Коломна: interleaving, an «Итого» table, dash list, page-number footer


def test_kolomna_paragraphs_and_tables_interleave_in_reading_order() -> None:
    doc = report("kolomna_2024")
    kinds = [b.kind.value for b in body(doc)]
    assert kinds[:14] == [
        "heading",
        "heading",
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
    ] + ["list_item"] * 6 + ["paragraph", "table"]
    caption = find(doc, "Таблица 1. Контингент")
    first_table, second_table = tables(doc)
    coverage = find(doc, "Охват детей в возрасте от 5 до 18 лет")
    events = find(doc, "Сведения о мероприятиях")
    nok = find(doc, "Положительное заключение")
    order = [doc.blocks.index(b) for b in (caption, first_table, coverage, events, second_table)]
    assert order == sorted(order) and order[1] == order[0] + 1 and order[2] == order[1] + 1
    assert doc.blocks.index(nok) == doc.blocks.index(second_table) + 1
    assert (first_table.location.table, second_table.location.table) == (0, 1)
    assert (caption.location.paragraph, coverage.location.paragraph) == (12, 13)


def test_kolomna_directions_table_has_header_and_total_row() -> None:
    table = tables(report("kolomna_2024"))[0]
    assert table.table is not None and interpret(table.table).header_rows == 1
    assert table.table.grid() == [
        ["Направленность", "Кол-во программ", "Кол-во обучающихся"],
        ["художественная", "98", "4 215"],
        ["физкультурно-спортивная", "64", "3 870"],
        ["социально-гуманитарная", "71", "2 934"],
        ["естественнонаучная", "27", "1 102"],
        ["техническая", "38", "1 646"],
        ["туристско-краеведческая", "14", "512"],
        ["Итого", "312", "14 279"],
    ]
    total = table.table.rows[7][2]
    assert (total.location.table, total.location.row, total.location.col) == (0, 7, 2)
    assert table.text.endswith("Итого | 312 | 14 279")


def test_kolomna_dash_list_items() -> None:
    items = [b for b in report("kolomna_2024").blocks if b.kind is BlockKind.list_item]
    assert [(b.label, b.level) for b in items] == [("–", 0)] * 6
    assert items[0].text == "– художественной – 98;"
    assert items[-1].text == "– туристско-краеведческой – 14."
    assert [b.location.paragraph for b in items] == list(range(6, 12))


def test_kolomna_title_breaks_tabs_and_soft_hyphens() -> None:
    doc = report("kolomna_2024")
    title = doc.blocks[0]
    assert (title.kind, title.level) == (BlockKind.heading, 0)
    assert title.text.split("\n") == [
        "Отчёт о деятельности муниципального опорного центра",
        "дополнительного образования детей городского округа Коломна Московской области",
        "за 2024 год",
    ]
    assert find(doc, "1. Общие сведения").level == 1
    # A soft-hyphen character inside the word and a w:softHyphen element both vanish.
    assert "По сертификатам персонифицированного финансирования обучаются 3 208 детей" in (doc.text)
    assert "навигатор; консультации проводятся" in doc.text
    assert find(doc, "Руководитель МОЦ").text == "Руководитель МОЦ И. В. Соколова"
    assert "выдано 6 480 сертификатов" in doc.text and "21 350,00 руб." in doc.text


def test_kolomna_header_and_footer_have_no_page_numbers() -> None:
    doc = report("kolomna_2024")
    margins = [(b.part, b.text) for b in doc.blocks if b.part is not Part.body]
    assert margins == [
        (Part.header, "МОЦ городского округа Коломна · отчёт за 2024 год"),
        (Part.footer, "Страница из"),
    ]
    assert all(b.part is Part.body for b in body(doc))


# ---------------------------------------------------------------------------------------
# Братск: merged header, «Итого» across two columns, 2023 | 2024, numbered list, revisions


def test_bratsk_merged_cells_are_given_once_with_their_spans() -> None:
    block = tables(report("bratsk_2024"))[0]
    assert block.table is not None and interpret(block.table).header_rows == 2
    got = rows(block)
    assert got[0] == [
        ("№ п/п", 0, 0, 2, 1),
        ("Направленность", 0, 1, 2, 1),
        ("Количество", 0, 2, 1, 2),
    ]
    assert got[1] == [("программ", 1, 2, 1, 1), ("обучающихся", 1, 3, 1, 1)]
    assert got[2] == [
        ("1", 2, 0, 1, 1),
        ("Художественная", 2, 1, 1, 1),
        ("84", 2, 2, 1, 1),
        ("3 950", 2, 3, 1, 1),
    ]
    assert got[8] == [("Итого", 8, 0, 1, 2), ("291", 8, 2, 1, 1), ("14 636", 8, 3, 1, 1)]
    assert sum(len(r) for r in got) == 3 + 2 + 6 * 4 + 3
    for word in ("Количество", "Направленность", "№ п/п", "Итого"):
        assert block.text.count(word) == 1
    grid = block.table.grid()
    assert grid[1] == ["№ п/п", "Направленность", "программ", "обучающихся"]
    assert grid[8] == ["Итого", "Итого", "291", "14 636"]


def test_bratsk_year_columns_are_a_header() -> None:
    block = tables(report("bratsk_2024"))[1]
    assert block.location.table == 1
    assert block.table is not None and interpret(block.table).header_rows == 1
    assert block.table.grid()[0] == ["Показатель", "2023", "2024"]
    assert block.table.grid()[4] == ["Программы с положительным заключением НОК", "19", "26"]


def test_bratsk_numbered_list_with_lettered_sub_items() -> None:
    items = [b for b in report("bratsk_2024").blocks if b.kind is BlockKind.list_item]
    assert [(b.label, b.level) for b in items] == [
        ("1.", 0),
        ("2.", 0),
        ("а)", 1),
        ("б)", 1),
        ("3.", 0),
    ]
    assert items[2].text == "а) информирование родителей о порядке получения сертификата;"
    assert items[4].text == "3. мониторинг охвата детей дополнительным образованием."


def test_bratsk_revisions_links_and_smart_tags() -> None:
    doc = report("bratsk_2024")
    certificates = find(doc, "В 2024 году выдано")
    assert certificates.text.startswith(
        "В 2024 году выдано 4 215 сертификатов, из них активны 3 870"
    )
    assert "4 120" not in doc.text  # deleted with track changes on
    assert "через Навигатор дополнительного образования Иркутской области." in certificates.text
    assert "Сеть дополнительного образования города Братска в 2024 году" in doc.text


def test_bratsk_first_page_and_default_headers() -> None:
    doc = report("bratsk_2024")
    margins = [(b.part, b.text) for b in doc.blocks if b.part is not Part.body]
    assert margins == [
        (Part.header, "Приложение 2 к письму Департамента образования от 20.01.2025 № 37"),
        (Part.header, "МОЦ г. Братска – отчёт за 2024 год"),
        (Part.footer, "г. Братск, 2025"),  # the default footer holds only a PAGE field
    ]


# ---------------------------------------------------------------------------------------
# Ейский район: content controls, a text box, a nested table, Symbol bullets


def test_eysk_block_content_control_is_read_and_counted() -> None:
    doc = report("eysk_2024")
    name, address = find(doc, "Наименование:"), find(doc, "Адрес:")
    assert (name.origin, address.origin) == ("sdt", "sdt")
    assert (name.location.paragraph, address.location.paragraph) == (1, 2)
    coverage = find(doc, "По итогам 2024 года")
    assert coverage.origin is None and coverage.location.paragraph == 3
    # The inline control's value is part of its paragraph.
    assert "дополнительным образованием составил 84,2 % (в 2023 году – 82,7 %)" in coverage.text


def test_eysk_placeholder_prompt_is_not_text() -> None:
    doc = report("eysk_2024")
    assert "Щёлкните" not in doc.text
    assert find(doc, "Ответственный").text == "Ответственный за заполнение:"


def test_eysk_text_box_is_read_once_after_its_anchor() -> None:
    doc = report("eysk_2024")
    anchor = find(doc, "Основные показатели сети")
    i = doc.blocks.index(anchor)
    box = doc.blocks[i + 1 : i + 4]
    assert [b.text for b in box] == [
        "Ключевые итоги 2024 года",
        "создано 47 новых мест дополнительного образования;",
        "положительное заключение НОК получили 32 программы.",
    ]
    assert all(b.origin == "textbox" for b in box)
    assert all(b.location.paragraph == anchor.location.paragraph == 4 for b in box)
    # Word writes the box twice (DrawingML and a VML fallback); it is read once.
    assert doc.text.count("создано 47 новых мест") == 1
    assert "Ключевые итоги" not in anchor.text


def test_eysk_nested_table_follows_its_parent() -> None:
    doc = report("eysk_2024")
    outer, inner = tables(doc)
    assert doc.blocks.index(inner) == doc.blocks.index(outer) + 1
    assert (outer.origin, outer.location.table) == (None, 0)
    assert (inner.origin, inner.location.table) == ("nested-table", 1)
    assert outer.table is not None and inner.table is not None
    assert outer.table.grid()[2] == ["Программы и обучающиеся", "в разрезе направленностей:"]
    assert "художественная" not in outer.text
    assert interpret(inner.table).header_rows == 1
    assert inner.table.grid()[1] == ["художественная", "46", "2 140"]
    assert inner.table.grid()[7] == ["Итого", "160", "7 824"]
    cell = inner.table.rows[7][2]
    assert (cell.location.table, cell.location.row, cell.location.col) == (1, 7, 2)


def test_eysk_symbol_font_bullets_and_page_number_footer() -> None:
    doc = report("eysk_2024")
    items = [b for b in doc.blocks if b.kind is BlockKind.list_item]
    assert [b.label for b in items] == ["•", "•", "•"]
    assert items[1].text == "• дни открытых дверей в организациях дополнительного образования;"
    footer = [b.text for b in doc.blocks if b.part is Part.footer]
    assert footer == ["– –"]


# ---------------------------------------------------------------------------------------
# Лысьва: Russian style names, outline level, style numbering, sections


def test_lysva_headings_by_russian_style_names_and_outline_level() -> None:
    doc = report("lysva_2024")
    headings = [(b.level, b.text[:22]) for b in doc.blocks if b.kind is BlockKind.heading]
    assert headings == [
        (1, "Публичный отчёт муници"),
        (2, "Раздел 1. Общая характ"),
        (2, "Раздел 2. Динамика пок"),  # w:outlineLvl on the paragraph itself
        (2, "Раздел 3. План работы "),
        (2, "Приложение. Организаци"),
    ]


def test_lysva_lists_by_style_and_multilevel_numbers() -> None:
    items = [b for b in report("lysva_2024").blocks if b.kind is BlockKind.list_item]
    dashes, plan = items[:6], items[6:]
    assert {(b.label, b.level) for b in dashes} == {("–", 0)}
    assert dashes[2].text == "– социально-педагогическая – 40 (1 515);"
    assert [(b.label, b.level) for b in plan] == [
        ("1.", 0),
        ("1.1.", 1),
        ("1.2.", 1),
        ("2.", 0),
        ("2.1.", 1),
    ]


def test_lysva_linked_header_is_not_repeated() -> None:
    doc = report("lysva_2024")
    margins = [(b.part, b.text) for b in doc.blocks if b.part is not Part.body]
    assert margins == [
        (Part.header, "Лысьвенский городской округ. МОЦ"),
        (Part.footer, "Лысьва, 2025"),
        (Part.footer, "стр."),
    ]
    appendix = tables(doc)[1]
    assert appendix.location.table == 1
    assert find(doc, "Приложение.").location.paragraph == 19  # 18 is the section break


# ---------------------------------------------------------------------------------------
# Альметьевский район: "1)" list, non-breaking hyphen, List Bullet style, even headers


def test_almetyevsk_parenthesised_numbers_and_built_in_bullets() -> None:
    doc = report("almetyevsk_2024")
    items = [b for b in doc.blocks if b.kind is BlockKind.list_item]
    assert [b.label for b in items] == ["1)", "2)", "3)", "4)", "5)", "6)", "•", "•", "•"]
    assert items[1].text == "2) физкультурно-спортивной – 96;"
    assert "активны 8 415; номинал сертификата составил 16 200,00 рублей" in doc.text
    assert "8 140" not in doc.text


def test_almetyevsk_odd_and_even_headers_and_number_only_footers() -> None:
    doc = report("almetyevsk_2024")
    margins = [(b.part, b.text) for b in doc.blocks if b.part is not Part.body]
    assert margins == [
        (Part.header, "Альметьевский муниципальный район Республики Татарстан"),
        (Part.header, "Отчёт МОЦ за 2024 год"),
    ]


# ---------------------------------------------------------------------------------------
# Edge cases in small hand-written packages

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'
)
_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/></Relationships>'
)
_STYLES = f"""<w:styles {_NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
  <w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="Мой заголовок"/>
  <w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="Punkt"><w:name w:val="Пункт"/>
  <w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style>
<w:style w:type="numbering" w:styleId="RomanList"><w:name w:val="Roman list"/>
  <w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
</w:styles>"""


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "", start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


_WINGDINGS_SQUARE = "\uf0a7"  # a private-use code point: the glyph lives in the font


def _font(name: str) -> str:
    return f'<w:rPr><w:rFonts w:ascii="{name}" w:hAnsi="{name}"/></w:rPr>'


_NUMBERING = f"""<w:numbering {_NS}>
<w:abstractNum w:abstractNumId="0">{_lvl(0, "decimal", "%1.")}
  {_lvl(1, "russianLower", "%2)", '<w:lvlRestart w:val="0"/>')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  {_lvl(0, "bullet", _WINGDINGS_SQUARE, _font("Wingdings"))}
  {_lvl(1, "bullet", "o", _font("Courier New"))}</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="RomanList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:styleLink w:val="RomanList"/>
  {_lvl(0, "upperRoman", "%1.", start=3)}</w:abstractNum>
<w:abstractNum w:abstractNumId="5">{_lvl(0, "russianLower", "%1)")}</w:abstractNum>
<w:abstractNum w:abstractNumId="6">{_lvl(0, "decimal", "%1.")}
  {_lvl(1, "decimal", "%1.%2.", '<w:pStyle w:val="Punkt"/>')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="6"/></w:num>
</w:numbering>"""


def _docx(tmp_path: Path, body: str, name: str = "edge.docx") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        zf.writestr("word/document.xml", f"<w:document {_NS}><w:body>{body}</w:body></w:document>")
        zf.writestr("word/numbering.xml", _NUMBERING)
        zf.writestr("word/styles.xml", _STYLES)
    return path


def _p(text: str = "", ppr: str = "", extra: str = "") -> str:
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run}{extra}</w:p>"


def _num(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def _read(tmp_path: Path, body: str) -> Document:
    doc = read_docx(_docx(tmp_path, body), "edge.docx")
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
    return doc


def test_list_counters_restart_continue_and_formats(tmp_path: Path) -> None:
    body = "".join(
        [
            _p("a", _num(1)),
            _p("b", _num(1, 1)),
            _p("c", _num(1, 1)),
            _p("d", _num(1)),
            _p("e", _num(1, 1)),  # lvlRestart 0: the letters go on after "2."
            _p("f", _num(2)),  # a new instance with startOverride starts again
            _p("g", _num(3)),  # a new instance without one continues the list
            _p("h", _num(4)),
            _p("i", _num(4, 1)),
            _p("j", _num(6)),  # numStyleLink → the style's list, which starts at III
            _p("k", '<w:pStyle w:val="Punkt"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
            _p("l", _num(8)),
            _p("m", '<w:pStyle w:val="Punkt"/>'),  # the level comes from lvl/pStyle
        ]
        + [_p(f"r{i}", _num(7)) for i in range(10)]
    )
    doc = _read(tmp_path, body)
    got = [(b.text, b.kind.value, b.label, b.level) for b in doc.blocks[:13]]
    assert got == [
        ("1. a", "list_item", "1.", 0),
        ("а) b", "list_item", "а)", 1),
        ("б) c", "list_item", "б)", 1),
        ("2. d", "list_item", "2.", 0),
        ("в) e", "list_item", "в)", 1),
        ("1. f", "list_item", "1.", 0),
        ("2. g", "list_item", "2.", 0),
        ("• h", "list_item", "•", 0),
        ("o i", "list_item", "o", 1),
        ("III. j", "list_item", "III.", 0),
        ("k", "paragraph", None, None),
        ("1. l", "list_item", "1.", 0),
        ("1.1. m", "list_item", "1.1.", 1),
    ]
    # Word's Russian letters skip ё, й, ъ, ы, ь: the tenth is «к».
    assert [b.label for b in doc.blocks[13:]] == [f"{ch})" for ch in "абвгдежзик"]


def test_table_grid_before_hmerge_sdt_rows_and_deleted_rows(tmp_path: Path) -> None:
    def tc(text: str, tcpr: str = "") -> str:
        return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{_p(text)}</w:tc>"

    restart = '<w:hMerge w:val="restart"/>'
    body = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        # A continuation with nothing above it starts a cell of its own.
        f'<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>{tc("Год", "<w:vMerge/>")}'
        f"{tc('Значение')}</w:tr>"
        f"<w:tr>{tc('Итого', restart)}{tc('', '<w:hMerge/>')}{tc('42')}</w:tr>"
        f"<w:sdt><w:sdtPr/><w:sdtContent><w:tr>{tc('x')}{tc('y')}{tc('7')}</w:tr>"
        "</w:sdtContent></w:sdt>"
        f'<w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>{tc("удалено")}{tc("")}'
        f"{tc('')}</w:tr>"
        # With the deleted row gone, this continuation extends «x».
        f"<w:tr>{tc('', '<w:vMerge/>')}{tc('z')}{tc('8')}</w:tr>"
        "</w:tbl>"
    )
    doc = _read(tmp_path, body)
    (block,) = doc.blocks
    assert rows(block) == [
        [("Год", 0, 1, 1, 1), ("Значение", 0, 2, 1, 1)],
        [("Итого", 1, 0, 1, 2), ("42", 1, 2, 1, 1)],
        [("x", 2, 0, 2, 1), ("y", 2, 1, 1, 1), ("7", 2, 2, 1, 1)],
        [("z", 3, 1, 1, 1), ("8", 3, 2, 1, 1)],
    ]
    assert block.table is not None and interpret(block.table).header_rows == 1
    assert "удалено" not in doc.text


def test_numeric_first_row_is_not_a_header(tmp_path: Path) -> None:
    row = "<w:tr>{}</w:tr>"
    cells = "".join(f"<w:tc>{_p(t)}</w:tc>" for t in ("Охват, %", "83,5"))
    doc = _read(tmp_path, f"<w:tbl>{row.format(cells)}{row.format(cells)}</w:tbl>")
    assert doc.blocks[0].table is not None and interpret(doc.blocks[0].table).header_rows == 0


def test_inline_content_rules(tmp_path: Path) -> None:
    def r(inner: str, rpr: str = "") -> str:
        return f"<w:r><w:rPr>{rpr}</w:rPr>{inner}</w:r>"

    def t(text: str) -> str:
        return f'<w:t xml:space="preserve">{text}</w:t>'

    field = (
        r('<w:fldChar w:fldCharType="begin"/>')
        + r("<w:instrText> REF _Ref1 \\h </w:instrText>")
        + r('<w:fldChar w:fldCharType="separate"/>')
        + r(t("таблица 3"))
        + r('<w:fldChar w:fldCharType="end"/>')
    )
    paragraphs = [
        "<w:p>" + r(t("видно ")) + r(t("скрыто "), "<w:vanish/>") + r(t("и видно")) + "</w:p>",
        "<w:p>"
        + r(t("см. "))
        + field
        + r(t("; стр. "))
        + '<w:fldSimple w:instr=" PAGE ">'
        + r(t("5"))
        + "</w:fldSimple></w:p>",
        '<w:p><w:moveFrom w:id="1" w:author="a">' + r(t("было ")) + "</w:moveFrom>"
        '<w:moveTo w:id="2" w:author="a">' + r(t("стало")) + "</w:moveTo>"
        '<w:customXml w:element="x">' + r(t(" 12")) + "</w:customXml></w:p>",
        "<w:p>" + r(t("формула ")) + "<m:oMath><m:r><m:t>x=2</m:t></m:r></m:oMath></w:p>",
        "<w:p>" + r('<w:sym w:font="Symbol" w:char="F0B7"/>' + t(" пункт")) + "</w:p>",
        "<w:p>"
        + r(t("ФИО: "))
        + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + r(t("Введите текст"))
        + "</w:sdtContent></w:sdt><w:sdt><w:sdtPr/><w:sdtContent>"
        + r(t("Иванова"))
        + "</w:sdtContent></w:sdt></w:p>",
        "<w:p>"
        + r(
            t("стра")
            + "<w:softHyphen/>"
            + t("ница")
            + "<w:noBreakHyphen/>"
            + t("1")
            + "<w:tab/>"
            + t("конец")
            + "<w:br/>"
            + t("строка")
        )
        + "</w:p>",
    ]
    doc = _read(tmp_path, "".join(paragraphs))
    assert [b.text for b in doc.blocks] == [
        "видно и видно",
        "см. таблица 3; стр.",
        "стало 12",
        "формула x=2",
        "• пункт",
        "ФИО: Иванова",
        "страница-1 конец\nстрока",
    ]


def test_text_boxes_vml_only_and_inside_cells(tmp_path: Path) -> None:
    vml = (
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        + _p("в рамке VML")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    alt = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        "<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
        + _p("в рамке в ячейке")
        + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        + _p("в рамке в ячейке")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    body = (
        _p("до", extra=vml)
        + f"<w:tbl><w:tr><w:tc>{_p('ячейка', extra=alt)}</w:tc></w:tr></w:tbl>"
        + _p("после")
    )
    doc = _read(tmp_path, body)
    got = [
        (b.kind.value, b.text, b.origin, b.location.paragraph, b.location.table) for b in doc.blocks
    ]
    assert got == [
        ("paragraph", "до", None, 0, None),
        ("paragraph", "в рамке VML", "textbox", 0, None),
        ("table", "ячейка", None, None, 0),
        ("paragraph", "в рамке в ячейке", "textbox", None, None),
        ("paragraph", "после", None, 1, None),
    ]


def test_headings_by_outline_and_numbered_headings(tmp_path: Path) -> None:
    body = (
        _p("Введение", '<w:outlineLvl w:val="0"/>')
        + _p("Свой стиль", '<w:pStyle w:val="MyHeading"/>')
        + _p("Текст", '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>')
        + _p("Итоги", '<w:pStyle w:val="Heading1"/>' + _num(1))
    )
    doc = _read(tmp_path, body)
    assert [(b.kind.value, b.level, b.label, b.text) for b in doc.blocks] == [
        ("heading", 1, None, "Введение"),
        ("heading", 1, None, "Свой стиль"),
        ("paragraph", None, None, "Текст"),
        ("heading", 1, "1.", "1. Итоги"),
    ]


def test_placeholder_block_control_counts_but_gives_no_text(tmp_path: Path) -> None:
    body = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + _p("Место для ввода текста.")
        + "</w:sdtContent></w:sdt>"
        + _p("")
        + _p("Третий абзац")
        + "<w:tbl><w:tr><w:tc><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + _p("Введите значение")
        + "</w:sdtContent></w:sdt></w:tc><w:tc><w:sdt><w:sdtPr/><w:sdtContent>"
        + _p("12,5")
        + "</w:sdtContent></w:sdt></w:tc></w:tr></w:tbl>"
    )
    doc = _read(tmp_path, body)
    assert [(b.text, b.location.paragraph) for b in doc.blocks] == [
        ("Третий абзац", 2),
        (" | 12,5", None),
    ]


def test_empty_document_and_alt_chunk_warn(tmp_path: Path) -> None:
    doc = _read(tmp_path, _p("") + '<w:altChunk r:id="rId9"/>')
    assert doc.blocks == []
    assert [w.code for w in doc.warnings] == ["docx.alt_chunk", "docx.no_text"]


def _damaged_copy(tmp_path: Path, drop: set[str], patch: dict[str, bytes]) -> Path:
    source = CORPUS / "kolomna_2024.docx"
    path = tmp_path / "повреждён.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as out:
        for name in src.namelist():
            if name not in drop:
                out.writestr(name, patch.get(name, src.read(name)))
    return path


def test_package_with_missing_and_broken_parts_keeps_what_it_can(tmp_path: Path) -> None:
    """python-docx refuses such a file whole; Word opens it, and so does the reader."""
    path = _damaged_copy(
        tmp_path,
        drop={"word/styles.xml", "[Content_Types].xml"},
        patch={"word/header1.xml": b"<w:hdr xmlns:w='x'><w:p>"},
    )
    doc = read_docx(path, path.name)
    assert [w.code for w in doc.warnings] == ["docx.damaged_package", "docx.missing_part"]
    intact = report("kolomna_2024")
    assert [b.text for b in doc.body()] == [b.text for b in intact.body()]
    assert [b.label for b in doc.blocks if b.label] == ["–"] * 6
    assert [(b.part, b.text) for b in doc.blocks if b.part is not Part.body] == [
        (Part.footer, "Страница из")
    ]


# ---------------------------------------------------------------------------------------
# Files that cannot be read


def _error(path: Path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_docx(path, path.name)
    return info.value


def test_text_file_named_docx_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "отчёт.docx"
    path.write_text("Отчёт МОЦ за 2024 год", encoding="utf-8")
    err = _error(path)
    assert err.code == "docx.not_zip" and "не zip-архив" in err.message


def test_truncated_docx_is_corrupt(tmp_path: Path) -> None:
    data = (CORPUS / "kolomna_2024.docx").read_bytes()
    path = tmp_path / "обрезан.docx"
    path.write_bytes(data[: len(data) // 2])
    err = _error(path)
    assert err.code == "docx.corrupt" and "повреждён" in err.message


def test_damaged_member_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "crc.docx"
    shutil.copyfile(CORPUS / "kolomna_2024.docx", path)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    raw = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start + 100, start + 120):
        raw[k] ^= 0xFF
    path.write_bytes(bytes(raw))
    assert _error(path).code == "docx.corrupt"


def test_broken_xml_is_corrupt(tmp_path: Path) -> None:
    path = _docx(tmp_path, "<w:p><w:r><w:t>обрыв</w:r>")
    err = _error(path)
    assert err.code == "docx.corrupt" and "разметка" in err.message


def test_zip_without_word_document(tmp_path: Path) -> None:
    path = tmp_path / "архив.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "не документ")
    err = _error(path)
    assert err.code == "docx.not_word" and "word/document.xml" in err.message


def test_other_office_file_renamed_to_docx(tmp_path: Path) -> None:
    path = tmp_path / "таблица.docx"
    ct = _CT.replace("wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml").replace(
        "/word/document.xml", "/xl/workbook.xml"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", _RELS.replace("word/document.xml", "xl/workbook.xml"))
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert _error(path).code == "docx.not_word"


def test_password_protected_docx(tmp_path: Path) -> None:
    """tests/data/encrypted.docx: a one-paragraph python-docx file encrypted once with
    msoffcrypto-tool 6.1 (password «moc»); that tool is not a dependency."""
    err = _error(DATA / "encrypted.docx")
    assert err.code == "docx.encrypted" and "паролем" in err.message
    # Routed by its first bytes (an OLE box) the file reaches the converter, which
    # says the same instead of handing it to LibreOffice.
    with pytest.raises(ReadError) as info:
        read_document(DATA / "encrypted.docx")
    assert info.value.code == "docx.encrypted"


def test_old_word_file_given_to_the_docx_reader(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    shutil.copyfile(CORPUS / "chelny_2024.doc", path)
    err = _error(path)
    assert err.code == "docx.not_zip" and ".doc" in err.message
