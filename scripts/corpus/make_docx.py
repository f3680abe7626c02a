"""Writes the Word sample reports of the corpus, each with its gold file.

Five .docx reports (Московская, Иркутская области, Краснодарский, Пермский края,
Татарстан) built with python-docx, plus raw WordprocessingML where python-docx has no
API (text boxes, content controls, fields, tracked changes, list numbering). Three more
reports are written the same way and then saved by LibreOffice as .odt, .rtf and .doc,
so the conversion path has real files to read; their intermediate .docx is not kept.

Re-runnable: `.venv/bin/python scripts/corpus/make_docx.py` (LibreOffice is needed for
the converted three; without it they are left as they are). Tests never run this.

Markers in the report texts: "~" is a non-breaking space (thousands: "14~279"), "¬" a soft
hyphen, "\\t" a tab and "\\n" a line break inside the paragraph.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AUTHOR = "Методист МОЦ"
REVISION_DATE = "2025-01-17T09:30:00Z"


def _xml(fragment: str):
    """Parse a fragment whose root tag is written as `<w:tag NS ...>`."""
    return parse_xml(fragment.replace(" NS", " " + NS, 1))


def _text(s: str) -> str:
    return escape(s.replace("~", "\u00a0").replace("¬", "\u00ad"))


def _run_xml(text: str, rpr: str = "") -> str:
    """One run; tabs and line breaks in `text` become w:tab / w:br."""
    parts: list[str] = []
    buf = ""
    for ch in text:
        if ch in "\t\n":
            if buf:
                parts.append(f'<w:t xml:space="preserve">{_text(buf)}</w:t>')
                buf = ""
            parts.append("<w:tab/>" if ch == "\t" else "<w:br/>")
        else:
            buf += ch
    if buf:
        parts.append(f'<w:t xml:space="preserve">{_text(buf)}</w:t>')
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r>{rpr_xml}{''.join(parts)}</w:r>"


# ---------------------------------------------------------------------------------------
# Inline pieces a paragraph is written from


class Piece:
    def xml(self, doc: docx.document.Document) -> str:
        raise NotImplementedError


@dataclass
class Bold(Piece):
    text: str

    def xml(self, doc: docx.document.Document) -> str:
        return _run_xml(self.text, "<w:b/>")


@dataclass
class Del(Piece):
    """Text deleted with track changes on: Word shows it struck out, it is not content."""

    text: str

    def xml(self, doc: docx.document.Document) -> str:
        return (
            f'<w:del w:id="{_next_id()}" w:author="{AUTHOR}" w:date="{REVISION_DATE}">'
            f'<w:r><w:delText xml:space="preserve">{_text(self.text)}</w:delText></w:r></w:del>'
        )


@dataclass
class Ins(Piece):
    text: str

    def xml(self, doc: docx.document.Document) -> str:
        return (
            f'<w:ins w:id="{_next_id()}" w:author="{AUTHOR}" w:date="{REVISION_DATE}">'
            f"{_run_xml(self.text)}</w:ins>"
        )


@dataclass
class Link(Piece):
    text: str
    url: str

    def xml(self, doc: docx.document.Document) -> str:
        rid = doc.part.relate_to(self.url, RT.HYPERLINK, is_external=True)
        rpr = '<w:color w:val="0563C1"/><w:u w:val="single"/>'
        return f'<w:hyperlink r:id="{rid}" w:history="1">{_run_xml(self.text, rpr)}</w:hyperlink>'


@dataclass
class Smart(Piece):
    """An old-style smart tag, as Word 2003-2007 left around place names."""

    text: str
    element: str = "place"

    def xml(self, doc: docx.document.Document) -> str:
        return (
            '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
            f'w:element="{self.element}">{_run_xml(self.text)}</w:smartTag>'
        )


@dataclass
class InlineSdt(Piece):
    """A run-level content control (a form field the author filled in)."""

    text: str
    tag: str = "value"
    placeholder: bool = False

    def xml(self, doc: docx.document.Document) -> str:
        plc = "<w:showingPlcHdr/>" if self.placeholder else ""
        rpr = '<w:rStyle w:val="PlaceholderText"/>' if self.placeholder else ""
        return (
            f'<w:sdt><w:sdtPr><w:alias w:val="{self.tag}"/><w:tag w:val="{self.tag}"/>'
            f'<w:id w:val="{_next_id()}"/>{plc}<w:text/></w:sdtPr>'
            f"<w:sdtContent>{_run_xml(self.text, rpr)}</w:sdtContent></w:sdt>"
        )


@dataclass
class Field(Piece):
    """A complex field (begin / instruction / separate / shown result / end)."""

    instr: str
    shown: str

    def xml(self, doc: docx.document.Document) -> str:
        return (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {self.instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f"{_run_xml(self.shown)}"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )


@dataclass
class SimpleField(Piece):
    instr: str
    shown: str

    def xml(self, doc: docx.document.Document) -> str:
        return f'<w:fldSimple w:instr=" {self.instr} ">{_run_xml(self.shown)}</w:fldSimple>'


class SoftHyphen(Piece):
    def xml(self, doc: docx.document.Document) -> str:
        return "<w:r><w:softHyphen/></w:r>"


class NoBreakHyphen(Piece):
    def xml(self, doc: docx.document.Document) -> str:
        return "<w:r><w:noBreakHyphen/></w:r>"


@dataclass
class TextBox(Piece):
    """A floating text box, written as Word writes it: a DrawingML shape with a VML
    fallback for old readers, both holding the same paragraphs."""

    paragraphs: Sequence[str]
    width_cm: float = 7.5
    height_cm: float = 3.2

    def xml(self, doc: docx.document.Document) -> str:
        n = _next_id()
        cx, cy = int(self.width_cm * 360000), int(self.height_cm * 360000)
        content = "".join(
            f"<w:p>{_run_xml(t, '<w:b/>' if i == 0 else '')}</w:p>"
            for i, t in enumerate(self.paragraphs)
        )
        box = f"<w:txbxContent>{content}</w:txbxContent>"
        choice = (
            '<mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" '
            'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
            f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{n}" name="Надпись {n}"/><wp:cNvGraphicFramePr/>'
            "<a:graphic><a:graphicData "
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
            '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
            f"</wps:spPr><wps:txbx>{box}</wps:txbx>"
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
            'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        )
        fallback = (
            "<mc:Fallback><w:pict>"
            f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Надпись {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:{self.width_cm}cm;'
            f"height:{self.height_cm}cm;z-index:{251659264 + n};mso-position-horizontal:right;"
            'mso-position-horizontal-relative:margin" fillcolor="#f2f2f2" strokeweight=".5pt">'
            f"<v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        )
        return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


_ids = iter(range(100, 100000))


def _next_id() -> int:
    return next(_ids)


Inline = str | Piece


def fill(doc: docx.document.Document, p, pieces: Iterable[Inline]) -> None:
    """Append runs for `pieces` to the python-docx paragraph `p`."""
    for piece in pieces:
        xml = _run_xml(piece) if isinstance(piece, str) else piece.xml(doc)
        wrapper = _xml(f"<w:wrap NS>{xml}</w:wrap>")
        for child in list(wrapper):
            p._p.append(child)


def para(
    doc: docx.document.Document,
    *pieces: Inline,
    container=None,
    style: str | None = None,
    num: tuple[int, int] | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
    outline: int | None = None,
):
    p = (container or doc).add_paragraph(style=style)
    if align is not None:
        p.alignment = align
    ppr = p._p.get_or_add_pPr()
    if num is not None:
        num_id, ilvl = num
        ppr.append(
            _xml(f'<w:numPr NS><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
        )
    if outline is not None:
        ppr.append(_xml(f'<w:outlineLvl NS w:val="{outline}"/>'))
    fill(doc, p, pieces)
    return p


def heading(doc: docx.document.Document, text: str, level: int = 1) -> None:
    para(doc, text, style=f"Heading {level}")


def block_sdt(doc: docx.document.Document, tag: str, paragraphs: Sequence[Sequence[Inline]]):
    """A block-level content control holding whole paragraphs (a filled-in form part)."""
    sdt = _xml(
        f'<w:sdt NS><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{_next_id()}"/></w:sdtPr><w:sdtContent/></w:sdt>'
    )
    content = sdt.find(f"{W}sdtContent")
    ps = [para(doc, *pieces) for pieces in paragraphs]
    ps[0]._p.addprevious(sdt)
    for p in ps:
        content.append(p._p)
    return sdt


# ---------------------------------------------------------------------------------------
# Numbering definitions


@dataclass
class Lvl:
    fmt: str  # decimal, bullet, russianLower, lowerLetter ...
    text: str  # "%1.", "–", "%1.%2."
    font: str | None = None
    start: int = 1


@dataclass
class Numbering:
    doc: docx.document.Document
    _next_abstract: int = field(init=False)
    _next_num: int = field(init=False)

    def __post_init__(self) -> None:
        root = self.root
        self._next_abstract = 1 + max(
            (int(a.get(f"{W}abstractNumId")) for a in root.findall(f"{W}abstractNum")),
            default=-1,
        )
        self._next_num = 1 + max(
            (int(n.get(f"{W}numId")) for n in root.findall(f"{W}num")), default=0
        )

    @property
    def root(self):
        return self.doc.part.numbering_part.element

    def add(self, levels: Sequence[Lvl]) -> int:
        """A new list definition and its first instance; returns the numId."""
        aid = self._next_abstract
        self._next_abstract += 1
        lvls = []
        for i, lv in enumerate(levels):
            font = (
                f'<w:rPr><w:rFonts w:ascii="{lv.font}" w:hAnsi="{lv.font}" w:hint="default"/>'
                "</w:rPr>"
                if lv.font
                else ""
            )
            left = 720 + 360 * i
            lvls.append(
                f'<w:lvl w:ilvl="{i}"><w:start w:val="{lv.start}"/>'
                f'<w:numFmt w:val="{lv.fmt}"/><w:lvlText w:val="{escape(lv.text)}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="360"/>'
                f"</w:pPr>{font}</w:lvl>"
            )
        multi = "multilevel" if len(levels) > 1 else "hybridMultilevel"
        abstract = _xml(
            f'<w:abstractNum NS w:abstractNumId="{aid}">'
            f'<w:multiLevelType w:val="{multi}"/>{"".join(lvls)}</w:abstractNum>'
        )
        first_num = self.root.find(f"{W}num")
        if first_num is not None:  # the schema wants every abstractNum before any num
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        return self._instance(aid, restart=False)

    def restart(self, num_id: int) -> int:
        """Another instance of the same list that starts again from 1."""
        num = next(n for n in self.root.findall(f"{W}num") if n.get(f"{W}numId") == str(num_id))
        aid = int(num.find(f"{W}abstractNumId").get(f"{W}val"))
        return self._instance(aid, restart=True)

    def _instance(self, aid: int, restart: bool) -> int:
        nid = self._next_num
        self._next_num += 1
        override = (
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            if restart
            else ""
        )
        self.root.append(
            _xml(f'<w:num NS w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{override}</w:num>')
        )
        return nid


DASH = [Lvl("bullet", "–")]
DECIMAL = [Lvl("decimal", "%1."), Lvl("russianLower", "%2)")]


# ---------------------------------------------------------------------------------------
# Document, tables, headers and footers


def new_document(title: str) -> docx.document.Document:
    doc = docx.Document()
    props = doc.core_properties
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.title = title
    props.created = props.modified = dt.datetime(2025, 1, 20, 9, 0, 0)
    props.revision = 1
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin, section.right_margin = Cm(3), Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(2)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    rpr = normal.element.get_or_add_rPr()
    rpr.append(_xml('<w:lang NS w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/>'))
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 16), ("Heading 1", 14), ("Heading 2", 13)):
        doc.styles[name].font.name = "Times New Roman"
        doc.styles[name].font.size = Pt(size)
    return doc


def table(
    doc: docx.document.Document,
    rows: Sequence[Sequence[str | None]],
    *,
    container=None,
    merges: Sequence[tuple[int, int, int, int]] = (),
    repeat_header: int = 0,
    bold_rows: Sequence[int] = (0,),
    widths_cm: Sequence[float] | None = None,
):
    """A bordered table; `None` marks a position covered by a merged cell."""
    n_cols = max(len(r) for r in rows)
    if container is None:
        t = doc.add_table(rows=len(rows), cols=n_cols)
    else:
        t = container.add_table(rows=len(rows), cols=n_cols)
    t.style = doc.styles["Table Grid"]
    for r1, c1, r2, c2 in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is None:
                continue
            cell = t.cell(r, c)
            p = cell.paragraphs[0]
            for run in list(p.runs):
                run._r.getparent().remove(run._r)
            fill(doc, p, [Bold(text) if r in bold_rows else text])
    for r in range(repeat_header):
        trpr = t.rows[r]._tr.get_or_add_trPr()
        trpr.append(_xml("<w:tblHeader NS/>"))
    if widths_cm:
        for row in t.rows:
            for cell, width in zip(row.cells, widths_cm, strict=False):
                cell.width = Cm(width)
    return t


def page_footer(doc: docx.document.Document, footer, prefix: str, total: bool) -> None:
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pieces: list[Inline] = [prefix, Field("PAGE", "1")]
    if total:
        pieces += [" из ", Field("NUMPAGES", "3")]
    fill(doc, p, pieces)


def header_text(doc: docx.document.Document, header, text: str) -> None:
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fill(doc, p, [text])


def write_gold(name: str, municipality: str, region: str, figures: dict[str, float]) -> None:
    gold = {"municipality": municipality, "region": region, "year": 2024, "figures": figures}
    path = CORPUS / f"{name}.gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------
# Reports


def kolomna(path: Path) -> None:
    """Коломна: interleaved text and tables, an «Итого» row, a dash lead-in list,
    page-number footers, non-breaking spaces and soft hyphens."""
    doc = new_document("Отчёт МОЦ городского округа Коломна за 2024 год")
    nums = Numbering(doc)
    dash = nums.add(DASH)
    sec = doc.sections[0]
    header_text(doc, sec.header, "МОЦ городского округа Коломна · отчёт за 2024 год")
    page_footer(doc, sec.footer, "Страница ", total=True)

    para(
        doc,
        "Отчёт о деятельности муниципального опорного центра\nдополнительного образования "
        "детей городского округа Коломна Московской области\nза 2024 год",
        style="Title",
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    heading(doc, "1. Общие сведения")
    para(
        doc,
        "Муниципальный опорный центр дополнительного образования детей (далее – МОЦ) "
        "создан на базе МБУ ДО «Дом детского творчества» в соответствии с постановлением "
        "Администрации городского округа Коломна от 14.03.2021 № 612 «О создании "
        "муниципального опорного центра». Контактный телефон МОЦ: 8 (496) 615-42-17.",
    )
    para(
        doc,
        "В 2024 году дополнительное образование детей в городском округе обеспечивали "
        "девять организаций, подведомственных Управлению образования. В реестр "
        "поставщиков образовательных услуг в рамках социального заказа включены "
        "14 организаций, в том числе 3 негосударственные.",
    )
    heading(doc, "2. Дополнительные общеобразовательные программы")
    para(
        doc,
        "В 2024 году реализовывалось 312 дополнительных общеобразовательных программ, "
        "из них по направленностям:",
    )
    for item in (
        "художественной – 98;",
        "физкультурно-спортивной – 64;",
        "социально-гуманитарной – 71;",
        "естественнонаучной – 27;",
        "технической – 38;",
        "туристско-краеведческой – 14.",
    ):
        para(doc, item, num=(dash, 0))
    para(
        doc,
        "Таблица 1. Контингент обучающихся по направленностям",
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    table(
        doc,
        [
            ["Направленность", "Кол-во программ", "Кол-во обучающихся"],
            ["художественная", "98", "4~215"],
            ["физкультурно-спортивная", "64", "3~870"],
            ["социально-гуманитарная", "71", "2~934"],
            ["естественнонаучная", "27", "1~102"],
            ["техническая", "38", "1~646"],
            ["туристско-краеведческая", "14", "512"],
            ["Итого", "312", "14~279"],
        ],
        repeat_header=1,
        bold_rows=(0, 7),
        widths_cm=(7.5, 4, 4.5),
    )
    para(
        doc,
        "Охват детей в возрасте от 5 до 18 лет дополнительным образованием составил "
        "81,6~% (в 2023 году – 79,2~%). Число детей, охваченных дополнительным "
        "образованием, увеличилось за год на 412 человек, прирост составил 3,0~%.",
    )
    para(
        doc,
        "Среди обучающихся – 286 детей с ограниченными возможностями здоровья и "
        "94 ребёнка-инвалида; для них реализуются 17 адаптированных программ.",
    )
    heading(doc, "3. Персонифицированное финансирование")
    para(
        doc,
        "В 2024 году выдано 6~480 сертификатов дополнительного образования, из них "
        "активны 5~917. Номинал сертификата – 21~350,00 руб. По сертификатам "
        "персонифи¬цированного финансирования обучаются 3~208 детей, что составляет "
        "22,5~% от общего числа обучающихся.",
    )
    para(
        doc,
        "Для информирования семей о возможностях сертификата используется региональный "
        "навигатор; консульта",
        SoftHyphen(),
        "ции проводятся по вторникам и четвергам с 10:00 до 17:00.",
    )
    heading(doc, "4. Мероприятия МОЦ")
    para(doc, "Сведения о мероприятиях, проведённых МОЦ в 2024 году, приведены в таблице 2.")
    table(
        doc,
        [
            ["Категория участников", "Кол-во мероприятий", "Охват, чел."],
            ["Родители (законные представители)", "18", "1~240"],
            ["Обучающиеся", "27", "3~560"],
            ["Педагогические работники", "11", "236"],
        ],
        widths_cm=(7.5, 4, 4.5),
    )
    para(
        doc,
        "Положительное заключение независимой оценки качества получили 44 программы.",
    )
    para(
        doc,
        "На 2025 год запланировано довести охват до 82,5~% и число программ до 320. "
        "Будет изучен опыт МОЦ Воскресенского округа, где в 2024 году открыто 15 новых "
        "программ технической направленности.",
    )
    para(doc, "")
    para(doc, "Руководитель МОЦ\t\tИ. В. Соколова")
    doc.save(path)
    write_gold(
        path.stem,
        "городской округ Коломна",
        "Московская область",
        {
            "organizations_total": 9,
            "providers_registry": 14,
            "programs_total": 312,
            "programs_art": 98,
            "programs_sport": 64,
            "programs_social": 71,
            "programs_science": 27,
            "programs_tech": 38,
            "programs_tourism": 14,
            "programs_nok": 44,
            "students_total": 14279,
            "students_art": 4215,
            "students_sport": 3870,
            "students_social": 2934,
            "students_science": 1102,
            "students_tech": 1646,
            "students_tourism": 512,
            "coverage_pct": 81.6,
            "coverage_growth_children": 412,
            "coverage_growth_pct": 3.0,
            "students_ovz": 286,
            "students_disabled": 94,
            "certificates_issued": 6480,
            "certificates_active": 5917,
            "certificate_nominal_rub": 21350.0,
            "certificate_students": 3208,
            "certificate_share_pct": 22.5,
            "events_parents": 18,
            "events_parents_reach": 1240,
            "events_students": 27,
            "events_students_reach": 3560,
            "events_teachers": 11,
            "events_teachers_reach": 236,
        },
    )


def bratsk(path: Path) -> None:
    """Братск: a two-row header with vertical and horizontal merges, an «Итого» row
    merged across two columns, a «2023 | 2024» table, a numbered list with sub-items,
    tracked changes, a hyperlink, a smart tag, a different first-page header."""
    doc = new_document("Информационно-аналитическая справка МОЦ города Братска")
    nums = Numbering(doc)
    tasks = nums.add(DECIMAL)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    header_text(
        doc,
        sec.first_page_header,
        "Приложение 2 к письму Департамента образования от 20.01.2025 № 37",
    )
    header_text(doc, sec.header, "МОЦ г. Братска – отчёт за 2024 год")
    fill(doc, sec.footer.paragraphs[0], [SimpleField("PAGE", "2")])
    fill(doc, sec.first_page_footer.paragraphs[0], ["г. Братск, 2025"])

    para(
        doc,
        Bold(
            "Информационно-аналитическая справка о деятельности муниципального опорного "
            "центра дополнительного образования детей города Братска за 2024 год"
        ),
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    heading(doc, "Задачи МОЦ в 2024 году")
    para(doc, "В отчётном году МОЦ решал следующие задачи:")
    para(
        doc,
        "организационно-методическое сопровождение организаций дополнительного образования;",
        num=(tasks, 0),
    )
    para(doc, "развитие системы персонифицированного финансирования, в том числе:", num=(tasks, 0))
    para(doc, "информирование родителей о порядке получения сертификата;", num=(tasks, 1))
    para(doc, "сопровождение поставщиков образовательных услуг;", num=(tasks, 1))
    para(doc, "мониторинг охвата детей дополнительным образованием.", num=(tasks, 0))
    heading(doc, "Сеть организаций и программы")
    para(
        doc,
        "Сеть дополнительного образования ",
        Smart("города Братска"),
        " в 2024 году составили 11 организаций; в региональный реестр поставщиков "
        "включено 17 организаций. Сведения о программах и обучающихся приведены в таблице.",
    )
    table(
        doc,
        [
            ["№ п/п", "Направленность", "Количество", None],
            [None, None, "программ", "обучающихся"],
            ["1", "Художественная", "84", "3~950"],
            ["2", "Физкультурно-спортивная", "57", "4~310"],
            ["3", "Социально-гуманитарная", "62", "2~745"],
            ["4", "Естественнонаучная", "31", "1~208"],
            ["5", "Техническая", "45", "1~987"],
            ["6", "Туристско-краеведческая", "12", "436"],
            ["Итого", None, "291", "14~636"],
        ],
        merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (8, 0, 8, 1)),
        bold_rows=(0, 1, 8),
        widths_cm=(1.5, 7, 3.5, 4),
    )
    para(
        doc,
        "Охват детей в возрасте от 5 до 18 лет дополнительным образованием составил "
        "78,4~%. Динамика основных показателей представлена ниже.",
    )
    table(
        doc,
        [
            ["Показатель", "2023", "2024"],
            ["Охват детей 5–18 лет дополнительным образованием, %", "76,8", "78,4"],
            ["Количество дополнительных общеобразовательных программ", "274", "291"],
            ["Численность обучающихся, чел.", "13~902", "14~636"],
            ["Программы с положительным заключением НОК", "19", "26"],
        ],
        widths_cm=(10, 3, 3),
    )
    heading(doc, "Персонифицированное финансирование")
    para(
        doc,
        "В 2024 году выдано ",
        Del("4~120"),
        Ins("4~215"),
        " сертификатов, из них активны 3~870. Номинал сертификата – 18~500,00 руб. "
        "Запись на программы ведётся через ",
        Link(
            "Навигатор дополнительного образования Иркутской области",
            "https://xn--38-kmc.xn--80aafey1amqq.xn--d1acj3b/",
        ),
        ".",
    )
    para(
        doc,
        "В рамках проекта «Успех каждого ребёнка» в 2024 году создано 95 новых мест; "
        "в 2025 году планируется создать ещё 120 мест.",
    )
    heading(doc, "Работа с родителями и педагогами")
    para(
        doc,
        "Проведено 12 мероприятий для родителей (охват – 860 человек). Для педагогов "
        "организовано 9 семинаров и мастер-классов, в них приняли участие 174 педагога.",
    )
    para(doc, "Справку подготовила: Е. А. Петрова, методист МОЦ, тел. 8 (3953) 41-27-05.")
    doc.save(path)
    write_gold(
        path.stem,
        "город Братск",
        "Иркутская область",
        {
            "organizations_total": 11,
            "providers_registry": 17,
            "programs_total": 291,
            "programs_art": 84,
            "programs_sport": 57,
            "programs_social": 62,
            "programs_science": 31,
            "programs_tech": 45,
            "programs_tourism": 12,
            "programs_nok": 26,
            "students_total": 14636,
            "students_art": 3950,
            "students_sport": 4310,
            "students_social": 2745,
            "students_science": 1208,
            "students_tech": 1987,
            "students_tourism": 436,
            "coverage_pct": 78.4,
            "certificates_issued": 4215,
            "certificates_active": 3870,
            "certificate_nominal_rub": 18500.0,
            "new_places": 95,
            "events_parents": 12,
            "events_parents_reach": 860,
            "events_teachers": 9,
            "events_teachers_reach": 174,
        },
    )


def eysk(path: Path) -> None:
    """Ейский район: content controls (block, inline, and one still showing its prompt),
    a text box, a nested table, a Symbol-font bullet list."""
    doc = new_document("Отчёт МОЦ муниципального образования Ейский район")
    nums = Numbering(doc)
    bullets = nums.add([Lvl("bullet", "\uf0b7", font="Symbol")])
    sec = doc.sections[0]
    header_text(doc, sec.header, "Ейский район • муниципальный опорный центр")
    page_footer(doc, sec.footer, "– ", total=False)
    fill(doc, sec.footer.paragraphs[0], [" –"])

    para(
        doc,
        "Отчёт о деятельности муниципального опорного центра дополнительного образования "
        "детей муниципального образования Ейский район Краснодарского края за 2024 год",
        style="Title",
    )
    block_sdt(
        doc,
        "Сведения о МОЦ",
        [
            [
                "Наименование: муниципальный опорный центр на базе МБУ ДО «Центр детского "
                "творчества» г. Ейска."
            ],
            ["Адрес: 353680, г. Ейск, ул. Свердлова, д. 75; тел. 8 (86132) 2-41-05."],
        ],
    )
    para(
        doc,
        "По итогам 2024 года охват детей от 5 до 18 лет дополнительным образованием составил ",
        InlineSdt("84,2", tag="Охват"),
        "~% (в 2023 году – 82,7~%). Для сравнения: в соседнем Щербиновском районе "
        "охват составил 79,0~%.",
    )
    para(
        doc,
        "Основные показатели сети приведены в таблице 1; показатели по направленностям "
        "даны во вложенной таблице.",
        TextBox(
            [
                "Ключевые итоги 2024 года",
                "создано 47 новых мест дополнительного образования;",
                "положительное заключение НОК получили 32 программы.",
            ]
        ),
    )
    outer = table(
        doc,
        [
            ["Показатель", "Значение"],
            [
                "Количество организаций, реализующих дополнительные общеобразовательные программы",
                "7",
            ],
            ["Программы и обучающиеся", None],
            ["Охват детей 5–18 лет, %", "84,2"],
        ],
        widths_cm=(6, 10),
    )
    cell = outer.cell(2, 1)
    fill(doc, cell.paragraphs[0], ["в разрезе направленностей:"])
    table(
        doc,
        [
            ["Направленность", "Программ", "Обучающихся"],
            ["художественная", "46", "2~140"],
            ["физкультурно-спортивная", "38", "2~620"],
            ["социально-гуманитарная", "29", "1~305"],
            ["естественнонаучная", "17", "584"],
            ["техническая", "22", "918"],
            ["туристско-краеведческая", "8", "257"],
            ["Итого", "160", "7~824"],
        ],
        container=cell,
        bold_rows=(0, 7),
        widths_cm=(4.8, 2.3, 2.7),
    )
    para(
        doc,
        "С использованием социального сертификата обучаются 2~914 детей (37,2~% от "
        "общего числа обучающихся).",
    )
    para(doc, "Для родителей в 2024 году проведено 21 мероприятие с охватом 1~130 человек:")
    for item in (
        "родительские собрания по вопросам персонифицированного финансирования;",
        "дни открытых дверей в организациях дополнительного образования;",
        "консультации специалистов МОЦ в режиме онлайн.",
    ):
        para(doc, item, num=(bullets, 0))
    para(
        doc,
        "Ответственный за заполнение: ",
        InlineSdt("Щёлкните или коснитесь здесь, чтобы ввести текст.", tag="ФИО", placeholder=True),
    )
    doc.save(path)
    write_gold(
        path.stem,
        "Ейский район",
        "Краснодарский край",
        {
            "organizations_total": 7,
            "programs_total": 160,
            "programs_art": 46,
            "programs_sport": 38,
            "programs_social": 29,
            "programs_science": 17,
            "programs_tech": 22,
            "programs_tourism": 8,
            "programs_nok": 32,
            "students_total": 7824,
            "students_art": 2140,
            "students_sport": 2620,
            "students_social": 1305,
            "students_science": 584,
            "students_tech": 918,
            "students_tourism": 257,
            "coverage_pct": 84.2,
            "certificate_students": 2914,
            "certificate_share_pct": 37.2,
            "new_places": 47,
            "events_parents": 21,
            "events_parents_reach": 1130,
        },
    )


def lysva(path: Path) -> None:
    """Лысьва: Russian-named heading styles, a heading by outline level, a two-level
    numbered plan (1., 1.1.), a dash list that takes its numbering from the paragraph
    style, a «2023 год | 2024 год» table, a second section whose header is linked."""
    doc = new_document("Отчёт МОЦ Лысьвенского городского округа за 2024 год")
    for name, size in (("Заголовок 1", 15), ("Заголовок 2", 13)):
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.font.bold = True
        st.font.size = Pt(size)
    nums = Numbering(doc)
    plan = nums.add([Lvl("decimal", "%1."), Lvl("decimal", "%1.%2.")])
    dash = nums.add(DASH)
    dash_style = doc.styles.add_style("Список тире", WD_STYLE_TYPE.PARAGRAPH)
    dash_style.base_style = doc.styles["Normal"]
    dash_style.element.get_or_add_pPr().append(
        _xml(f'<w:numPr NS><w:numId w:val="{dash}"/></w:numPr>')
    )
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    header_text(doc, sec.header, "Лысьвенский городской округ. МОЦ")
    page_footer(doc, sec.footer, "стр. ", total=False)
    fill(doc, sec.first_page_footer.paragraphs[0], ["Лысьва, 2025"])

    para(
        doc,
        "Публичный отчёт муниципального опорного центра Лысьвенского городского округа "
        "Пермского края за 2024 год",
        style="Заголовок 1",
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    para(doc, "Раздел 1. Общая характеристика системы", style="Заголовок 2")
    para(
        doc,
        "Дополнительное образование детей в Лысьвенском городском округе реализуют "
        "8 организаций, из них 3 – организации дополнительного образования, 5 – "
        "общеобразовательные организации.",
    )
    para(doc, "Количество программ по направленностям:")
    for item in (
        "художественная – 61 программа (2~480 обучающихся);",
        "спортивная – 42 (2~105);",
        "социально-педагогическая – 40 (1~515);",
        "естественно-научная – 21 (712);",
        "техническая – 30 (1~180);",
        "туристско-краеведческая – 12 (320).",
    ):
        para(doc, item, style="Список тире")
    para(doc, "Раздел 2. Динамика показателей", outline=1)
    table(
        doc,
        [
            ["Показатель", "2023 год", "2024 год"],
            ["Количество дополнительных общеобразовательных программ", "198", "206"],
            ["Численность обучающихся, чел.", "7~945", "8~312"],
            ["Охват детей 5–18 лет, %", "74,1", "76,9"],
            ["Доля детей, обучающихся по сертификатам, %", "18,3", "20,4"],
        ],
        repeat_header=1,
        widths_cm=(10, 3, 3),
    )
    para(
        doc,
        "Положительное заключение НОК получила 31 программа. Для обучающихся проведено "
        "16 мероприятий (конкурсы, фестивали, профильные смены), их участниками стали "
        "2~140 детей. В мероприятиях по развитию профессионального мастерства приняли "
        "участие 127 педагогов.",
    )
    para(doc, "Раздел 3. План работы МОЦ на 2025 год", style="Заголовок 2")
    for text, level in (
        ("Организационная деятельность", 0),
        ("актуализация реестра программ в навигаторе;", 1),
        ("мониторинг охвата детей (целевой показатель 2025 года – 78~%).", 1),
        ("Методическая деятельность", 0),
        ("проведение муниципального конкурса программ;", 1),
    ):
        para(doc, text, num=(plan, level))
    landscape = doc.add_section()
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21)
    para(doc, "Приложение. Организации дополнительного образования", style="Заголовок 2")
    table(
        doc,
        [
            ["Организация", "Адрес", "Телефон"],
            ["МБУ ДО «Дом детского творчества»", "ул. Мира, 15", "8 (34249) 2-15-40"],
            ["МБУ ДО «ДЮСШ № 1»", "ул. Смышляева, 3", "8 (34249) 6-03-12"],
            ["МБУ ДО «Станция юных техников»", "пр. Победы, 38", "8 (34249) 2-71-88"],
        ],
        widths_cm=(9, 8, 6),
    )
    doc.save(path)
    write_gold(
        path.stem,
        "Лысьвенский городской округ",
        "Пермский край",
        {
            "organizations_total": 8,
            "programs_total": 206,
            "programs_art": 61,
            "programs_sport": 42,
            "programs_social": 40,
            "programs_science": 21,
            "programs_tech": 30,
            "programs_tourism": 12,
            "programs_nok": 31,
            "students_total": 8312,
            "students_art": 2480,
            "students_sport": 2105,
            "students_social": 1515,
            "students_science": 712,
            "students_tech": 1180,
            "students_tourism": 320,
            "coverage_pct": 76.9,
            "certificate_share_pct": 20.4,
            "events_students": 16,
            "events_students_reach": 2140,
            "teachers_pd_participants": 127,
        },
    )


def almetyevsk(path: Path) -> None:
    """Альметьевский район: narrative with numbers in words and «процента», a «1)» list,
    non-breaking hyphens, a bulleted list by the built-in List Bullet style, tracked
    changes, odd/even page headers."""
    doc = new_document("Отчёт МОЦ Альметьевского муниципального района за 2024 год")
    doc.settings.odd_and_even_pages_header_footer = True
    nums = Numbering(doc)
    paren = nums.add([Lvl("decimal", "%1)")])
    sec = doc.sections[0]
    header_text(doc, sec.header, "Альметьевский муниципальный район Республики Татарстан")
    header_text(doc, sec.even_page_header, "Отчёт МОЦ за 2024 год")
    page_footer(doc, sec.footer, "", total=False)
    page_footer(doc, sec.even_page_footer, "", total=False)

    heading(
        doc,
        "Отчёт о работе муниципального опорного центра Альметьевского "
        "муниципального района за 2024 год",
    )
    para(
        doc,
        "В Альметьевском муниципальном районе дополнительное образование детей "
        "обеспечивают двенадцать организаций. В 2024 году реализовывалось 428 "
        "дополнительных общеобразовательных программ:",
    )
    for pieces in (
        ["художественной направленности – 131;"],
        ["физкультурно", NoBreakHyphen(), "спортивной – 96;"],
        ["социально-гуманитарной – 88;"],
        ["естественнонаучной – 41;"],
        ["технической – 55;"],
        ["туристско-краеведческой – 17."],
    ):
        para(doc, *pieces, num=(paren, 0))
    para(
        doc,
        "Численность обучающихся – 19~874 человека, из них в объединениях "
        "художественной направленности – 5~960, физкультурно-спортивной – 5~120, "
        "социально-гуманитарной – 4~035, естественнонаучной – 1~642, технической – "
        "2~387, туристско-краеведческой – 730.",
    )
    para(
        doc,
        "Охват детей в возрасте от 5 до 18 лет дополнительным образованием составляет "
        "86,3 процента при региональном целевом показателе 82 процента. Число детей с "
        "ОВЗ, занимающихся в объединениях, – 412, детей-инвалидов – 158.",
    )
    heading(doc, "Сертификаты дополнительного образования", level=2)
    para(
        doc,
        "В 2024 году выдано 9~870 сертификатов, из них активны ",
        Del("8~140"),
        Ins("8~415"),
        "; номинал сертификата составил 16~200,00 рублей. Доля детей, обучающихся по "
        "сертификатам, – 31,6 процента.",
    )
    heading(doc, "Мероприятия", level=2)
    para(doc, "Для педагогических работников МОЦ организовал:")
    for item in (
        "августовскую секцию педагогов дополнительного образования;",
        "стажировочные площадки на базе Центра технического творчества;",
        "муниципальный этап конкурса «Сердце отдаю детям».",
    ):
        para(doc, item, style="List Bullet")
    para(
        doc,
        "Всего для педагогов проведено 24 мероприятия (охват – 530 человек). Работа "
        "МОЦ ведётся в соответствии с приказом Министерства образования и науки "
        "Республики Татарстан от 12.02.2021 № под-1952/21.",
    )
    doc.save(path)
    write_gold(
        path.stem,
        "Альметьевский район",
        "Республика Татарстан",
        {
            "organizations_total": 12,
            "programs_total": 428,
            "programs_art": 131,
            "programs_sport": 96,
            "programs_social": 88,
            "programs_science": 41,
            "programs_tech": 55,
            "programs_tourism": 17,
            "students_total": 19874,
            "students_art": 5960,
            "students_sport": 5120,
            "students_social": 4035,
            "students_science": 1642,
            "students_tech": 2387,
            "students_tourism": 730,
            "coverage_pct": 86.3,
            "students_ovz": 412,
            "students_disabled": 158,
            "certificates_issued": 9870,
            "certificates_active": 8415,
            "certificate_nominal_rub": 16200.0,
            "certificate_share_pct": 31.6,
            "events_teachers": 24,
            "events_teachers_reach": 530,
        },
    )


# ---------------------------------------------------------------------------------------
# Reports that reach the corpus only through LibreOffice


def sayansk(path: Path) -> None:
    """Саянск (→ .rtf): narrative, a dash list, a table with an «Итого» row."""
    doc = new_document("Отчёт МОЦ города Саянска за 2024 год")
    dash = Numbering(doc).add(DASH)
    heading(doc, "Отчёт муниципального опорного центра города Саянска за 2024 год")
    para(
        doc,
        "В городе Саянске дополнительные общеобразовательные программы реализуют пять "
        "организаций. Всего в 2024 году реализовано 118 программ, в которых обучались "
        "4~236 детей.",
    )
    para(doc, "Распределение программ по направленностям:")
    for item in (
        "художественная – 37;",
        "физкультурно-спортивная – 29;",
        "социально-гуманитарная – 24;",
        "естественнонаучная – 9;",
        "техническая – 14;",
        "туристско-краеведческая – 5.",
    ):
        para(doc, item, num=(dash, 0))
    table(
        doc,
        [
            ["Направленность", "Кол-во обучающихся"],
            ["Художественная", "1~310"],
            ["Физкультурно-спортивная", "1~185"],
            ["Социально-гуманитарная", "802"],
            ["Естественнонаучная", "296"],
            ["Техническая", "498"],
            ["Туристско-краеведческая", "145"],
            ["Итого", "4~236"],
        ],
        bold_rows=(0, 7),
    )
    para(
        doc,
        "Охват детей в возрасте от 5 до 18 лет составил 80,7~%. Проведено 8 мероприятий "
        "для родителей (охват – 540 человек).",
    )
    doc.save(path)
    write_gold(
        path.stem,
        "город Саянск",
        "Иркутская область",
        {
            "organizations_total": 5,
            "programs_total": 118,
            "programs_art": 37,
            "programs_sport": 29,
            "programs_social": 24,
            "programs_science": 9,
            "programs_tech": 14,
            "programs_tourism": 5,
            "students_total": 4236,
            "students_art": 1310,
            "students_sport": 1185,
            "students_social": 802,
            "students_science": 296,
            "students_tech": 498,
            "students_tourism": 145,
            "coverage_pct": 80.7,
            "events_parents": 8,
            "events_parents_reach": 540,
        },
    )


def solikamsk(path: Path) -> None:
    """Соликамск (→ .odt): a numbered list and a table with a merged header."""
    doc = new_document("Отчёт МОЦ Соликамского городского округа за 2024 год")
    steps = Numbering(doc).add([Lvl("decimal", "%1.")])
    heading(doc, "Муниципальный опорный центр Соликамского городского округа: итоги 2024 года")
    para(doc, "Основные результаты работы МОЦ в 2024 году:")
    for item in (
        "в реестр поставщиков включено 9 организаций;",
        "выдано 3~540 сертификатов, из них активны 3~012;",
        "положительное заключение НОК получили 22 программы.",
    ):
        para(doc, item, num=(steps, 0))
    table(
        doc,
        [
            ["Показатель", "Значение", None],
            [None, "2023", "2024"],
            ["Численность обучающихся, чел.", "9~860", "10~214"],
            ["Охват детей 5–18 лет, %", "77,5", "79,1"],
        ],
        merges=((0, 0, 1, 0), (0, 1, 0, 2)),
        bold_rows=(0, 1),
    )
    para(doc, "Номинал сертификата в 2024 году – 19~800,00 руб.")
    doc.save(path)
    write_gold(
        path.stem,
        "Соликамский городской округ",
        "Пермский край",
        {
            "providers_registry": 9,
            "certificates_issued": 3540,
            "certificates_active": 3012,
            "programs_nok": 22,
            "students_total": 10214,
            "coverage_pct": 79.1,
            "certificate_nominal_rub": 19800.0,
        },
    )


def chelny(path: Path) -> None:
    """Набережные Челны (→ .doc): narrative with a «2023 | 2024» table."""
    doc = new_document("Отчёт МОЦ города Набережные Челны за 2024 год")
    heading(doc, "Отчёт МОЦ города Набережные Челны за 2024 год")
    para(
        doc,
        "В 2024 году в городе Набережные Челны дополнительное образование детей "
        "обеспечивали 34 организации, реализующие 1~046 дополнительных "
        "общеобразовательных программ.",
    )
    table(
        doc,
        [
            ["Показатель", "2023", "2024"],
            ["Число обучающихся", "48~930", "50~112"],
            ["Охват детей 5–18 лет, %", "85,4", "86,0"],
            ["Мероприятия для обучающихся", "41", "46"],
        ],
    )
    para(
        doc,
        "Мероприятия МОЦ для обучающихся охватили 6~850 детей. Прирост числа детей, "
        "охваченных дополнительным образованием, составил 1~182 человека.",
    )
    doc.save(path)
    write_gold(
        path.stem,
        "город Набережные Челны",
        "Республика Татарстан",
        {
            "organizations_total": 34,
            "programs_total": 1046,
            "students_total": 50112,
            "coverage_pct": 86.0,
            "events_students": 46,
            "events_students_reach": 6850,
            "coverage_growth_children": 1182,
        },
    )


DOCX: dict[str, Callable[[Path], None]] = {
    "kolomna_2024": kolomna,
    "bratsk_2024": bratsk,
    "eysk_2024": eysk,
    "lysva_2024": lysva,
    "almetyevsk_2024": almetyevsk,
}
# name -> (writer, LibreOffice filter)
CONVERTED: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "sayansk_2024": (sayansk, "rtf", "rtf:Rich Text Format"),
    "solikamsk_2024": (solikamsk, "odt", "odt:writer8"),
    "chelny_2024": (chelny, "doc", "doc:MS Word 97"),
}


def _convert(source: Path, target: Path, filter_name: str, soffice: str) -> None:
    with tempfile.TemporaryDirectory(prefix="moc-gen-") as tmp:
        profile = Path(tmp, "profile").as_uri()
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                filter_name,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        made = Path(tmp, source.stem + target.suffix)
        shutil.move(made, target)


def main() -> int:
    for name, write in DOCX.items():
        write(CORPUS / f"{name}.docx")
        print(f"wrote corpus/{name}.docx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice is not installed: the .odt/.rtf/.doc samples are left as they are")
        return 0
    with tempfile.TemporaryDirectory(prefix="moc-gen-") as tmp:
        for name, (write, ext, filter_name) in CONVERTED.items():
            source = Path(tmp, f"{name}.docx")
            write(source)
            _convert(source, CORPUS / f"{name}.{ext}", filter_name, soffice)
            print(f"wrote corpus/{name}.{ext}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
