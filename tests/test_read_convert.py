""".doc / .rtf / .odt through LibreOffice, on the corpus samples; and what happens when
LibreOffice is missing, fails or hangs."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

import pytest

from extractor.document import BlockKind, Document
from extractor.errors import ReadError
from extractor.extract.table_model import interpret
from extractor.read import convert, read_document
from extractor.read.convert import read_converted

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DATA = Path(__file__).resolve().parent / "data"

needs_libreoffice = pytest.mark.skipif(
    convert.find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: .doc/.rtf/.odt conversion cannot run",
)


@cache
def sample(name: str) -> Document:
    return read_document(CORPUS / name, name)


def check_spans(doc: Document) -> None:
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        for row in b.table.rows if b.table else []:
            for c in row:
                assert doc.text[c.start : c.end] == c.text


@needs_libreoffice
def test_rtf_report() -> None:
    doc = sample("sayansk_2024.rtf")
    assert (doc.format, doc.converted_from, doc.path) == ("docx", "rtf", "sayansk_2024.rtf")
    check_spans(doc)
    first = doc.blocks[0]
    assert first.kind is BlockKind.heading
    assert first.text == "Отчёт муниципального опорного центра города Саянска за 2024 год"
    items = [b for b in doc.blocks if b.kind is BlockKind.list_item]
    assert [b.label for b in items] == ["–"] * 6
    assert items[0].text == "– художественная – 37;"
    (table,) = [b for b in doc.blocks if b.kind is BlockKind.table]
    assert table.location.table == 0 and table.table is not None
    assert interpret(table.table).header_rows == 1
    assert table.table.grid()[-1] == ["Итого", "4 236"]
    assert "Охват детей в возрасте от 5 до 18 лет составил 80,7 %." in doc.text


@needs_libreoffice
def test_odt_report_keeps_merged_header_and_numbers() -> None:
    doc = sample("solikamsk_2024.odt")
    assert (doc.format, doc.converted_from) == ("docx", "odt")
    check_spans(doc)
    items = [b for b in doc.blocks if b.kind is BlockKind.list_item]
    assert [(b.label, b.text) for b in items] == [
        ("1.", "1. в реестр поставщиков включено 9 организаций;"),
        ("2.", "2. выдано 3 540 сертификатов, из них активны 3 012;"),
        ("3.", "3. положительное заключение НОК получили 22 программы."),
    ]
    (table,) = [b for b in doc.blocks if b.kind is BlockKind.table]
    assert table.table is not None and interpret(table.table).header_rows == 2
    top = [(c.text, c.row, c.col, c.row_span, c.col_span) for c in table.table.rows[0]]
    assert top == [("Показатель", 0, 0, 2, 1), ("Значение", 0, 1, 1, 2)]
    assert table.table.grid()[2] == ["Численность обучающихся, чел.", "9 860", "10 214"]
    assert doc.blocks[-1].text == "Номинал сертификата в 2024 году – 19 800,00 руб."


@needs_libreoffice
def test_doc_report() -> None:
    doc = sample("chelny_2024.doc")
    assert (doc.format, doc.converted_from) == ("docx", "doc")
    check_spans(doc)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == [BlockKind.heading, BlockKind.paragraph, BlockKind.table, BlockKind.paragraph]
    assert [b.location.paragraph for b in doc.blocks] == [0, 1, None, 2]
    table = doc.blocks[2].table
    assert table is not None and interpret(table).header_rows == 1
    assert table.grid() == [
        ["Показатель", "2023", "2024"],
        ["Число обучающихся", "48 930", "50 112"],
        ["Охват детей 5–18 лет, %", "85,4", "86,0"],
        ["Мероприятия для обучающихся", "41", "46"],
    ]


@needs_libreoffice
def test_old_word_file_named_docx_is_converted(tmp_path: Path) -> None:
    path = tmp_path / "Отчёт МОЦ 2024.docx"
    shutil.copyfile(CORPUS / "chelny_2024.doc", path)
    doc = read_document(path, "Отчёт МОЦ 2024.docx")
    assert (doc.format, doc.converted_from, doc.path) == ("docx", "doc", "Отчёт МОЦ 2024.docx")
    assert doc.text == sample("chelny_2024.doc").text


@needs_libreoffice
def test_damaged_file_fails_to_convert(tmp_path: Path) -> None:
    path = tmp_path / "half.doc"
    path.write_bytes((CORPUS / "chelny_2024.doc").read_bytes()[:5000])
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert info.value.code == "convert.failed"
    assert "LibreOffice не смог преобразовать" in info.value.message


@needs_libreoffice
def test_conversion_that_takes_too_long_is_stopped(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as info:
        read_converted(CORPUS / "sayansk_2024.rtf", "sayansk_2024.rtf", "rtf", timeout=0.05)
    assert info.value.code == "convert.timeout"
    assert "0.05 с" in info.value.message


def test_without_libreoffice_the_user_is_told_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing named soffice or libreoffice here
    monkeypatch.setattr(convert, "_KNOWN_PATHS", ())
    assert convert.find_soffice() is None
    with pytest.raises(ReadError) as info:
        read_document(CORPUS / "solikamsk_2024.odt")
    assert info.value.code == "convert.no_libreoffice"
    assert "LibreOffice" in info.value.message
    assert "apt install libreoffice-writer" in info.value.message


def test_password_protected_file_is_not_sent_to_libreoffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(convert, "_KNOWN_PATHS", ())
    with pytest.raises(ReadError) as info:
        read_converted(DATA / "encrypted.docx", "encrypted.docx", "doc")
    assert info.value.code == "docx.encrypted"


def test_xls_workbook_reads_as_its_xlsx(tmp_path: Path) -> None:
    """A blind round's monitoring workbook saved as Excel 97–2003 (.xls) reads through
    LibreOffice Calc with the same figures as the .xlsx."""
    import subprocess

    from extractor.pipeline import read_one

    soffice = convert.find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: .xls conversion cannot run")
    source = Path(__file__).parent / "data" / "blind" / "round3" / "r3_13_uhta_monitoring.xlsx"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless",
         "--convert-to", "xls", "--outdir", str(tmp_path), str(source)],
        capture_output=True, timeout=180, check=False,
    )  # fmt: skip
    xls = tmp_path / "r3_13_uhta_monitoring.xls"
    if not xls.is_file():
        pytest.skip("LibreOffice Calc is not installed: no .xls could be made")
    original = read_one(source, source.name).record
    converted = read_one(xls, xls.name)
    assert original is not None and converted.record is not None, converted.problems
    assert converted.document is not None and converted.document.converted_from == "xls"
    values = {f.key: f.value for f in converted.record.figures}
    assert values == {f.key: f.value for f in original.figures}
    assert len(values) >= 30
