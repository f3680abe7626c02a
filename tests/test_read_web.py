"""Saved web pages (.html) and e-mails (.eml): round 22 sent a press release saved from a
site and an e-mail thread, which the run passed over as unsupported formats."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from extractor.document import BlockKind, Document, Part
from extractor.errors import ReadError
from extractor.pipeline import read_one
from extractor.read import read_document
from tests.conftest import ROOT

ROUND22 = ROOT / "tests" / "data" / "blind" / "round22"


def _page(tmp_path: Path, body: str, head: str = '<meta charset="utf-8">') -> Document:
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>")
    return read_document(path, path.name)


def test_html_press_release_gives_its_figures() -> None:
    """round22 t7_09: a press release saved from a city's site."""
    result = read_one(ROUND22 / "t7_09_salekhard_html_pressrelease.html", "t7_09.html")
    assert result.record is not None
    record = result.record
    assert record.municipality == "город Салехард" and record.year == 2024
    assert record.value("coverage_pct") == pytest.approx(84.9)
    # its neighbour's and the okrug's coverage are quoted beside its own
    assert record.value("coverage_pct") not in (82.1, 86.3)


def test_html_blocks_headings_lists_and_tables(tmp_path: Path) -> None:
    doc = _page(
        tmp_path,
        "<h1>Итоги 2024 года</h1><p>Охват детей составил <b>81,2&nbsp;%</b>.<br>Второй"
        " абзац строки.</p><ul><li>программ – 214</li><li>детей – 6 118</li></ul>"
        "<table><thead><tr><th>Показатель</th><th>2024</th></tr></thead>"
        '<tbody><tr><td rowspan="2">Сертификаты</td><td>4 380</td></tr><tr><td>2 905</td></tr>'
        "</tbody></table>",
        head='<meta charset="utf-8"><title>Новости МОЦ</title>',
    )
    kinds = [(b.kind, b.part) for b in doc.blocks]
    assert kinds[0] == (BlockKind.paragraph, Part.header)  # the page's <title>
    assert doc.blocks[1].kind is BlockKind.heading and doc.blocks[1].text == "Итоги 2024 года"
    assert "81,2 %" in doc.blocks[2].text and "Второй абзац" in doc.blocks[2].text
    items = [b.text for b in doc.blocks if b.kind is BlockKind.list_item]
    assert items == ["– программ – 214", "– детей – 6 118"]
    table = next(b.table for b in doc.blocks if b.table is not None)
    assert table.header_rows == 1
    # a merged cell is given once, with its span; the next row's cell stands under 2024
    cells = [(c.text, c.row, c.col, c.row_span) for row in table.rows for c in row]
    assert cells[2:] == [("Сертификаты", 1, 0, 2), ("4 380", 1, 1, 1), ("2 905", 2, 1, 1)]


def test_html_hidden_text_scripts_and_styles_are_not_read(tmp_path: Path) -> None:
    doc = _page(
        tmp_path,
        '<p>Видно: 214 программ.</p><p style="display: none">Скрыто: 999 программ.</p>'
        '<div hidden>и 888</div><script>var x = "777 программ";</script>'
        "<style>p{}</style><!-- 666 в комментарии -->",
    )
    assert "214" in doc.text
    for hidden in ("999", "888", "777", "666"):
        assert hidden not in doc.text


def test_html_charset_from_meta(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    page += "</head><body><p>Охват детей – 79,4 %</p></body></html>"
    path.write_bytes(page.encode("cp1251"))
    doc = read_document(path, path.name)
    assert doc.format == "html" and "Охват детей – 79,4 %" in doc.text


def test_html_without_text_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>1</script></body></html>")
    with pytest.raises(ReadError) as err:
        read_document(path, path.name)
    assert err.value.code == "html.no_text"


def test_eml_thread_gives_its_figures() -> None:
    """round22 t7_10: an e-mail thread with the subject naming the district."""
    result = read_one(ROUND22 / "t7_10_birsky_eml_thread.eml", "t7_10.eml")
    assert result.record is not None and result.document is not None
    assert result.document.blocks[0].text.startswith("Тема: RE: RE: Бирский район")
    assert result.record.municipality == "Бирский район" and result.record.year == 2024
    assert result.record.value("certificates_issued") == 4380


def test_eml_html_body_and_attachments(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Отчёт МОЦ Кольского района за 2024 год"
    msg["From"] = "moc@example.ru"
    msg.set_content("<p>Охват детей – <b>76,9 %</b></p>", subtype="html")
    msg.add_attachment(b"PK\x03\x04", maintype="application", subtype="zip", filename="отчёт.docx")
    path = tmp_path / "letter.eml"
    path.write_bytes(msg.as_bytes())
    doc = read_document(path, path.name)
    assert doc.blocks[0].text == "Тема: Отчёт МОЦ Кольского района за 2024 год"
    assert any(b.part is Part.body and "76,9 %" in b.text for b in doc.blocks)
    warning = next(w for w in doc.warnings if w.code == "eml.attachments")
    assert "отчёт.docx" in warning.message


def test_eml_without_body_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.eml"
    path.write_bytes(b"Subject: test\r\n\r\n   \r\n")
    with pytest.raises(ReadError) as err:
        read_document(path, path.name)
    assert err.value.code == "eml.no_text"


ROUND26 = ROOT / "tests" / "data" / "blind" / "round26"


def test_srt_subtitles_are_read_as_sentences() -> None:
    """Round 26, 09: a council's video subtitles; what was said runs on over cues, a
    figure named in one cue and given in the next."""
    doc = read_document(ROUND26 / "u2_09_kirishi_srt.srt", "kirishi.srt")
    texts = [b.text for b in doc.blocks]
    assert not any("-->" in t for t in texts)  # time codes are no text
    assert any("за 2024 год" in t and "итогах работы" in t for t in texts)
    result = read_one(ROUND26 / "u2_09_kirishi_srt.srt", "kirishi.srt")
    assert result.record is not None
    assert result.record.municipality == "Киришский район" and result.record.year == 2024


def test_srt_without_text_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\n\n")
    with pytest.raises(ReadError) as err:
        read_document(path, path.name)
    assert err.value.code == "srt.no_text"
