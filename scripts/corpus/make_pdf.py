"""Makes the sample PDF reports in corpus/ (with gold files) and the PDF edge cases in
tests/data/pdf/.

The reports are written as .docx with python-docx and turned into PDF by LibreOffice
(`soffice --headless`), as a municipality's own office would do it. Soft hyphens («~» in
the texts below) let LibreOffice break long words at line ends the way a hyphenating
word processor does; after conversion the script checks that the layout features the
reader is tested on really occur (a word broken at a line end, a compound adjective
broken at its hyphen, a table running over a page break) and stops if one went missing.

The edge cases: a scan (pages as pictures, rendered with pypdfium2 and saved by Pillow),
a password-protected PDF (LibreOffice's own PDF encryption), a truncated file, a file of
junk behind a PDF header, a PDF without pages, a font without a character map (text
comes out as (cid:NN)) and «bold» made by printing every glyph twice; the last three are
written byte by byte here.

Run: .venv/bin/python scripts/corpus/make_pdf.py   (needs soffice on PATH)
Only python-docx, pypdfium2, Pillow and pdfplumber are used, all already installed with
the project; nothing here runs in the tests.
"""

from __future__ import annotations

import io
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from docx import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from pdfminer.glyphlist import glyphname2unicode

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
EDGE = ROOT / "tests" / "data" / "pdf"
FONT = "DejaVu Serif"  # installed with LibreOffice's fonts; fixes the layout the checks expect
SHY = "\u00ad"
NBSP = "\u00a0"


# ---------------------------------------------------------------------------------------
# A small vocabulary for writing reports as .docx


def t(text: str) -> str:
    """Report text: «~» marks a soft hyphen, «_» a non-breaking space (10_923)."""
    return text.replace("~", SHY).replace("_", NBSP)


@dataclass
class Table:
    rows: list[list[str]]
    widths: list[float]  # cm
    header_rows: int = 1  # rows repeated at the top of every page the table runs over
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    bold_rows: tuple[int, ...] = (0,)
    rules_only: bool = False  # horizontal rules only, no vertical lines


class Report:
    def __init__(self, header: str, footer: str) -> None:
        self.doc = DocxDocument()
        style = self.doc.styles["Normal"]
        style.font.name = FONT
        style.font.size = Pt(12)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.space_before = Pt(0)
        fonts = style.element.rPr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        auto = OxmlElement("w:autoHyphenation")
        auto.set(qn("w:val"), "true")
        self.doc.settings.element.append(auto)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3), Cm(1.5)
        sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
        sec.header_distance, sec.footer_distance = Cm(1), Cm(1)
        head = sec.header.paragraphs[0]
        head.text = header
        head.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in head.runs:
            run.font.size = Pt(9)
        self._footer(sec.footer.paragraphs[0], footer)

    @staticmethod
    def _footer(par: object, pattern: str) -> None:
        """`pattern` with {PAGE} and {NUMPAGES} fields, e.g. "Стр. {PAGE} из {NUMPAGES}"."""
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER  # type: ignore[attr-defined]
        rest = pattern
        while rest:
            if rest.startswith("{PAGE}") or rest.startswith("{NUMPAGES}"):
                name = rest[1 : rest.index("}")]
                _field(par, name)
                rest = rest[len(name) + 2 :]
                continue
            cut = min(
                (i for i in (rest.find("{PAGE}"), rest.find("{NUMPAGES}")) if i >= 0),
                default=len(rest),
            )
            run = par.add_run(rest[:cut])  # type: ignore[attr-defined]
            run.font.size = Pt(10)
            rest = rest[cut:]

    def title(self, text: str) -> None:
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(12)
        run = p.add_run(t(text))
        run.bold = True
        run.font.size = Pt(14)

    def heading(self, text: str) -> None:
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        p.add_run(t(text)).bold = True

    def para(self, text: str, *, space_after: float = 0) -> None:
        p = self.doc.add_paragraph(t(text))
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.25)
        p.paragraph_format.space_after = Pt(space_after)

    def item(self, marker: str, text: str) -> None:
        """A list item typed by hand, as most reports do: marker, tab, hanging indent."""
        p = self.doc.add_paragraph(f"{marker}\t{t(text)}")
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-0.75)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))

    def table(self, spec: Table) -> None:
        rows, cols = len(spec.rows), len(spec.widths)
        tbl = self.doc.add_table(rows=rows, cols=cols)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        if spec.rules_only:
            _rules_only_borders(tbl)
        else:
            tbl.style = "Table Grid"
        tbl.autofit = False
        for col, width in zip(tbl.columns, spec.widths, strict=True):
            col.width = Cm(width)
        done: set[tuple[int, int]] = set()
        for r0, c0, r1, c1 in spec.merges:
            merged = tbl.cell(r0, c0).merge(tbl.cell(r1, c1))
            merged.text = ""
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        done.add((r, c))
        for r, row in enumerate(spec.rows):
            tr = tbl.rows[r]._tr
            props = tr.get_or_add_trPr()
            props.append(OxmlElement("w:cantSplit"))
            if r < spec.header_rows:
                props.append(OxmlElement("w:tblHeader"))
            for c, text in enumerate(row):
                cell = tbl.cell(r, c)
                cell.width = Cm(spec.widths[c])
                if (r, c) in done:
                    continue
                par = cell.paragraphs[0]
                par.text = ""
                run = par.add_run(t(text))
                run.font.size = Pt(11)
                run.bold = r in spec.bold_rows
                if c > 0 or r < spec.header_rows:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.doc.add_paragraph()

    def save_pdf(self, target: Path) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / f"{target.stem}.docx"
            self.doc.save(src)
            _soffice(src, Path(tmp))
            shutil.copyfile(Path(tmp) / f"{target.stem}.pdf", target)


def _field(par: object, name: str) -> None:
    for kind, value in (("begin", None), ("instr", f" {name} "), ("end", None)):
        run = par.add_run()  # type: ignore[attr-defined]
        run.font.size = Pt(10)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = value
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def _rules_only_borders(tbl: object) -> None:
    props = tbl._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        ruled = side in ("top", "bottom", "insideH")
        el.set(qn("w:val"), "single" if ruled else "nil")
        if ruled:
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    props.append(borders)


def _soffice(src: Path, outdir: Path, export: str = "pdf") -> None:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", export, "--outdir", str(outdir), str(src)],
        check=True,
        capture_output=True,
        timeout=180,
    )


# ---------------------------------------------------------------------------------------
# The four reports


def rubtsovsk() -> tuple[Report, dict[str, object]]:
    """Алтайский край, город Рубцовск: narrative, lists with «–», «Стр. N из M»."""
    r = Report(
        "Муниципальный опорный центр дополнительного образования детей города Рубцовска",
        "Стр. {PAGE} из {NUMPAGES}",
    )
    r.title(
        "Отчёт о деятельности муниципального опорного центра дополнительного "
        "образования детей города Рубцовска Алтайского края за 2024 год"
    )
    r.heading("1. Общие сведения")
    r.para(
        "Муниципальный опорный центр дополнительного образования детей города Рубцовска "
        "(далее – МОЦ) создан на базе МБУ ДО «Центр детского творчества» в соответствии "
        "с приказом Управления образования Администрации города Рубцовска от 14.03.2022 "
        "№ 118-п в целях организационного, методического и аналитического сопро~вождения "
        "системы дополнительного образования детей и обеспечения её доступ~ности."
    )
    r.para(
        "В 2024 году дополнительное образование детей в городе обеспечивали семь "
        "организаций, в том числе три учреждения дополнительного образования и четыре "
        "общеобразовательные организации, реализующие дополнительные общеразвивающие "
        "программы для воспи~танников разного возраста. В реестр поставщиков "
        "образовательных услуг в системе персонифицированного финансирования включены "
        "12 организаций, включая индивидуальных предпринимателей и негосударственные "
        "организации, работающие с детьми."
    )
    r.para(
        "В отчётном году реализовывались 214 дополнительных общеобразовательных "
        "программ, из них по направленностям:"
    )
    for text in (
        "художественной – 58;",
        "физкультурно-спортивной – 47;",
        "социально-гуманитарной – 39;",
        "естественнонаучной – 21;",
        "технической – 35;",
        "туристско-краеведческой – 14.",
    ):
        r.item("–", text)
    r.para(
        "Численность обучающихся в 2024 году составила 12_486 детей (в 2023 году – "
        "11_902), в том числе по программам художественной направленности – 3_920, "
        "физкультурно-спортивной – 3_415, социально-гуманитарной – 2_108, "
        "естественнонаучной – 864, технической – 1_633, туристско-краеведческой – 546 "
        "обучающихся. Наибольшей популяр~ностью у воспи~танников и их родителей "
        "пользуются программы физкультурно-спортивной и художественной направленности."
    )
    r.para(
        "Охват детей в возрасте от 5 до 18 лет дополнительным образованием составил "
        "81,6 % (в 2023 году – 79,9 %); прирост числа детей, охваченных дополнительным "
        "образованием, – 584 ребёнка. Среди обучающихся – 312 детей с ограниченными "
        "возможностями здоровья и 87 детей-инвалидов, для которых разработаны "
        "адаптированные программы и организовано сопро~вождение."
    )
    r.para(
        "Методическая работа МОЦ в отчётном году была направлена на обновление "
        "содержания программ, развитие сетевого взаимо~действия организаций и "
        "вовлечение в дополнительное образование детей, находящихся в трудной жизненной "
        "ситуации. Специалисты МОЦ провели мониторинг востребованности программ, "
        "анкетирование родителей и обучающихся, по результатам которого "
        "скорректирован муниципальный перечень программ и расширена линейка "
        "краткосрочных программ для детей младшего школьного возраста, а также "
        "программ технической направленности для старшеклассников."
    )
    r.heading("2. Персонифицированное финансирование")
    r.para(
        "В 2024 году выдано 9_870 сертификатов дополнительного образования, из них "
        "активны 7_215. Номинал сертификата – 6_420,00 руб. По сертификатам "
        "персонифицированного финансирования обучаются 5_348 детей, что составляет "
        "42,8 % от общего числа обучающихся. Положительное заключение независимой "
        "оценки качества получили 36 программ, включённых в реестр сертифи~цированных "
        "программ муниципального образования."
    )
    r.heading("3. Мероприятия МОЦ")
    r.para(
        "За отчётный период МОЦ провёл 18 мероприятий для родителей (охват – 1_240 "
        "человек), 27 мероприятий для обучающихся (охват – 3_560 человек) и 11 "
        "мероприятий для педагогов (охват – 264 человека). Особое внимание уделялось "
        "информационно-разъяснительной работе с родительской общественностью и "
        "популяризации программ естественнонаучной и технической направ~ленности среди "
        "воспи~танников общеобразовательных организаций."
    )
    r.para(
        "Основными формами работы с педагогами стали семинары, мастер-классы и "
        "консультации по проекти~рованию разноуровневых программ. В мероприятиях по "
        "развитию профессионального мастерства приняли участие 146 педагогов "
        "дополнительного образования, из них 23 педагога стали победителями и призёрами "
        "муниципального этапа конкурса «Сердце отдаю детям»."
    )
    r.para(
        "Для повышения доступности программ физкультурно-спортивной и туристско-"
        "краеведческой направленности в сельских микрорайонах организованы выездные "
        "занятия и сетевые формы реализации программ совместно с образовательными "
        "организациями города и учрежде~ниями культуры и спорта."
    )
    r.heading("4. Задачи на 2025 год")
    r.para("В 2025 году МОЦ планирует:")
    for text in (
        "создать 120 новых мест дополнительного образования в рамках регионального проекта;",
        "довести охват детей дополнительным образованием до 83 %;",
        "изучить опыт города Бийска по организации летних профильных смен (охват – 2_000 детей).",
    ):
        r.item("–", text)
    r.para("Контактный телефон МОЦ: 8 (38557) 4-12-35.")
    gold = {
        "municipality": "город Рубцовск",
        "region": "Алтайский край",
        "year": 2024,
        "figures": {
            "organizations_total": 7,
            "providers_registry": 12,
            "programs_total": 214,
            "programs_art": 58,
            "programs_sport": 47,
            "programs_social": 39,
            "programs_science": 21,
            "programs_tech": 35,
            "programs_tourism": 14,
            "students_total": 12486,
            "students_art": 3920,
            "students_sport": 3415,
            "students_social": 2108,
            "students_science": 864,
            "students_tech": 1633,
            "students_tourism": 546,
            "coverage_pct": 81.6,
            "coverage_growth_children": 584,
            "students_ovz": 312,
            "students_disabled": 87,
            "certificates_issued": 9870,
            "certificates_active": 7215,
            "certificate_nominal_rub": 6420.0,
            "certificate_students": 5348,
            "certificate_share_pct": 42.8,
            "programs_nok": 36,
            "events_parents": 18,
            "events_parents_reach": 1240,
            "events_students": 27,
            "events_students_reach": 3560,
            "events_teachers": 11,
            "events_teachers_reach": 264,
            "teachers_pd_participants": 146,
        },
    }
    return r, gold


# Events of the Berdsk report: (name, audience, date, reach). Audiences sum up to the
# totals stated after the table: parents 8 / 1 120, students 11 / 2 480, teachers 6 / 190.
BERDSK_EVENTS = [
    (
        "Родительское собрание «Навигатор дополнительного образования»",
        "родители",
        "18.01.2024",
        210,
    ),
    ("Фестиваль детского технического творчества «Техноёлка»", "обучающиеся", "26.01.2024", 340),
    ("Семинар «Разноуровневые программы»", "педагоги", "08.02.2024", 34),
    ("Открытый турнир по робототехнике", "обучающиеся", "22.02.2024", 180),
    ("Консультация «Как получить сертификат»", "родители", "05.03.2024", 95),
    ("Конкурс чтецов «Живое слово»", "обучающиеся", "19.03.2024", 260),
    ("Мастер-класс «Игровые технологии на занятии»", "педагоги", "02.04.2024", 28),
    ("День открытых дверей в Доме творчества", "родители", "13.04.2024", 180),
    ("Экологическая акция «Чистый берег»", "обучающиеся", "20.04.2024", 310),
    ("Форум «Родители – партнёры педагога»", "родители", "16.05.2024", 150),
    ("Летняя профильная смена «Юный исследователь»", "обучающиеся", "10.06.2024", 120),
    ("Туристский слёт школьников", "обучающиеся", "14.06.2024", 220),
    ("Вебинар «Персонифицированное финансирование»", "родители", "27.08.2024", 160),
    ("Августовская секция педагогов дополнительного образования", "педагоги", "29.08.2024", 46),
    ("Ярмарка программ дополнительного образования", "родители", "07.09.2024", 140),
    ("Соревнования «Весёлые старты»", "обучающиеся", "21.09.2024", 240),
    ("Конкурс профессионального мастерства «Педагог года»", "педагоги", "15.10.2024", 22),
    ("Интеллектуальная игра «Знатоки Бердска»", "обучающиеся", "24.10.2024", 150),
    ("Родительский лекторий «Талант ребёнка»", "родители", "12.11.2024", 85),
    ("Выставка декоративно-прикладного творчества", "обучающиеся", "19.11.2024", 380),
    ("Методическое объединение «Наставничество»", "педагоги", "26.11.2024", 31),
    ("Школа молодого педагога", "педагоги", "05.12.2024", 29),
    ("Новогодний концерт творческих коллективов", "обучающиеся", "20.12.2024", 280),
    ("Итоговое собрание «Итоги года»", "родители", "24.12.2024", 100),
    ("Городской хакатон «IT-каникулы»", "обучающиеся", "27.12.2024", 0),
]


def berdsk() -> tuple[Report, dict[str, object]]:
    """Новосибирская область, город Бердск: tabular, «- N -» page numbers, a table with
    merged header cells and 2023 | 2024 columns, a table over a page break."""
    r = Report("МОЦ города Бердска • Отчёт за 2024 год", "- {PAGE} -")
    r.title(
        "Информационно-аналитический отчёт муниципального опорного центра "
        "дополнительного образования детей города Бердска Новосибирской области за "
        "2024 год"
    )
    r.para(
        "В 2024 году дополнительные общеобразовательные программы в городе Бердске "
        "реализовывали 9 организаций: четыре учреждения дополнительного образования, "
        "пять общеобразовательных школ. Сведения о программах и численности "
        "обучающихся по направленностям приведены в таблице 1.",
        space_after=6,
    )
    r.para("Таблица 1. Программы и обучающиеся по направленностям, 2024 год", space_after=4)
    r.table(
        Table(
            rows=[
                ["Направленность", "Кол-во программ", "Кол-во обучающихся"],
                ["Художественная", "44", "2_870"],
                ["Физкультурно-спортивная", "52", "3_645"],
                ["Социально-гуманитарная", "31", "1_512"],
                ["Естественнонаучная", "18", "706"],
                ["Техническая", "27", "1_184"],
                ["Туристско-краеведческая", "9", "318"],
                ["Итого", "181", "10_235"],
            ],
            widths=[7.0, 4.0, 5.0],
            bold_rows=(0, 7),
        )
    )
    r.para("Таблица 2. Основные показатели", space_after=4)
    r.table(
        Table(
            rows=[
                ["Показатель", "Значение", ""],
                ["", "2023", "2024"],
                ["Охват детей 5–18 лет дополнительным образованием, %", "78,2", "80,4"],
                ["Обучающиеся с ОВЗ, чел.", "198", "226"],
                ["Обучающиеся дети-инвалиды, чел.", "51", "58"],
                ["Выдано сертификатов", "7_950", "8_430"],
                ["Номинал сертификата, руб.", "5_800,00", "6_150,00"],
                ["Создано новых мест", "140", "175"],
            ],
            widths=[9.0, 3.5, 3.5],
            header_rows=2,
            merges=[(0, 0, 1, 0), (0, 1, 0, 2)],
            bold_rows=(0, 1),
        )
    )
    r.para(
        "В течение года МОЦ организовал и провёл мероприятия для всех участников "
        "образовательных отношений. Их перечень приведён в таблице 3.",
        space_after=6,
    )
    r.para("Таблица 3. Мероприятия МОЦ в 2024 году", space_after=4)
    rows = [["№", "Мероприятие", "Участники", "Дата", "Охват, чел."]]
    for i, (name, who, date, reach) in enumerate(BERDSK_EVENTS, start=1):
        rows.append([str(i), name, who, date, str(reach) if reach else "–"])
    r.table(Table(rows=rows, widths=[1.0, 7.5, 3.0, 2.6, 2.4]))
    r.para(
        "Всего проведено 25 мероприятий: для родителей – 8 (охват 1_120 человек), для "
        "обучающихся – 11 (охват 2_480 человек), для педагогов – 6 (охват 190 человек). "
        "Итоги хакатона «IT-каникулы» будут подведены в январе 2025 года."
    )
    r.para(
        "Руководитель МОЦ: Н. В. Соколова, тел. 8 (383) 412-07-93, e-mail: moc-berdsk@example.ru."
    )
    gold = {
        "municipality": "город Бердск",
        "region": "Новосибирская область",
        "year": 2024,
        "figures": {
            "organizations_total": 9,
            "programs_total": 181,
            "programs_art": 44,
            "programs_sport": 52,
            "programs_social": 31,
            "programs_science": 18,
            "programs_tech": 27,
            "programs_tourism": 9,
            "students_total": 10235,
            "students_art": 2870,
            "students_sport": 3645,
            "students_social": 1512,
            "students_science": 706,
            "students_tech": 1184,
            "students_tourism": 318,
            "coverage_pct": 80.4,
            "students_ovz": 226,
            "students_disabled": 58,
            "certificates_issued": 8430,
            "certificate_nominal_rub": 6150.0,
            "new_places": 175,
            "events_parents": 8,
            "events_parents_reach": 1120,
            "events_students": 11,
            "events_students_reach": 2480,
            "events_teachers": 6,
            "events_teachers_reach": 190,
        },
    }
    return r, gold


KAMENSKY_ORGS = [
    ("МАУ ДО «Дом детского творчества»", 31, 1_486),
    ("МАУ ДО «Детско-юношеская спортивная школа»", 14, 1_108),
    ("МАОУ «Мартюшевская СОШ»", 12, 642),
    ("МАОУ «Покровская СОШ»", 11, 596),
    ("МАОУ «Колчеданская СОШ»", 10, 531),
    ("МКОУ «Клевакинская СОШ»", 9, 402),
    ("МАОУ «Травянская СОШ»", 9, 388),
    ("МКОУ «Рыбниковская СОШ»", 8, 364),
    ("МАОУ «Новоисетская СОШ»", 10, 497),
    ("МКОУ «Черемховская СОШ»", 7, 318),
    ("МАОУ «Позарихинская СОШ»", 8, 356),
    ("МКОУ «Соколовская СОШ»", 7, 254),
]


def kamensky() -> tuple[Report, dict[str, object]]:
    """Свердловская область, Каменский городской округ: narrative with numbers in
    words and older direction names, a table of organisations over a page break."""
    r = Report(
        "Каменский городской округ. Муниципальный опорный центр",
        "{PAGE}",
    )
    r.title(
        "Анализ деятельности муниципального опорного центра Каменского городского "
        "округа по итогам 2024 года"
    )
    r.para(
        "Муниципальный опорный центр дополнительного образования детей Каменского "
        "городского округа Свердловской области функционирует на базе МАУ ДО «Дом "
        "детского творчества» с 2019 года. В 2024 году на территории округа "
        "дополнительные общеобразовательные общеразвивающие программы реализовали 12 "
        "организаций, из них две организации дополнительного образования и десять "
        "общеобразовательных организаций (см. таблицу)."
    )
    r.para(
        "Всего в 2024 году реализовано 136 программ. Из них социально-педагогической "
        "направленности – 25, художественной – 38, физкультурно-спортивной – 33, "
        "естественно-научной – 14, технической – 17 и туристско-краеведческой – 9. "
        "Положительное заключение по результатам независимой оценки качества получили "
        "22 программы. Количество обучающихся составило 6_942 человека; охват детей в "
        "возрасте от 5 до 18 лет дополнительным образованием – 76,9 процента, прирост "
        "охвата по сравнению с прошлым годом – 1,4 %. В 2023 году охват составлял 75,5 "
        "процента."
    )
    r.para(
        "Сведения о реализации программ в разрезе организаций представлены ниже. "
        "Программы физкультурно-спортивной направленности реализуются преимущественно "
        "в спортивной школе и в школьных спортивных клубах, программы туристско-"
        "краеведческой направленности – в сельских школах округа с опорой на ресурсы "
        "краеведческих музеев и сетевое взаимо~действие с учрежде~ниями культуры."
    )
    r.para(
        "В течение отчётного года МОЦ обеспечивал методическое сопро~вождение "
        "педагогов, реализующих программы в сельских школах, вёл мониторинг "
        "востребованности программ и занятости детей, в том числе детей, состоящих на "
        "различных видах учёта. По итогам мониторинга в перечень включены новые "
        "краткосрочные программы для детей младшего школьного возраста, расширено "
        "сетевое взаимо~действие школ с учрежде~ниями культуры и спорта, а на базе "
        "Дома детского творчества открыты два новых объединения технической "
        "направленности.",
        space_after=6,
    )
    rows = [["№ п/п", "Организация", "Кол-во программ", "Кол-во обучающихся"]]
    for i, (name, programs, students) in enumerate(KAMENSKY_ORGS, start=1):
        rows.append([str(i), name, str(programs), f"{students:_}"])
    rows.append(["", "Итого", "136", "6_942"])
    r.table(
        # the last column is narrow on purpose: «обучающихся» breaks inside the word
        Table(rows=rows, widths=[1.5, 9.0, 3.1, 2.4], bold_rows=(0, len(rows) - 1))
    )
    r.para(
        "Персонифицированное финансирование дополнительного образования детей "
        "осуществляется с 2020 года. В 2024 году выдано 5_120 сертификатов, из них "
        "активны 3_980; доля детей, обучающихся по сертификатам, – 28,5 %. Номинал "
        "сертификата установлен постановлением Администрации Каменского городского "
        "округа от 28.12.2023 № 2417."
    )
    r.para(
        "В отчётном году проведено девять методических мероприятий для педагогов, в "
        "которых приняли участие 212 человек, и пять мероприятий для родителей. "
        "Педагоги округа участвовали в областных конкурсах профессионального "
        "мастерства, информационно-методических семинарах и стажировках на базе "
        "регионального модельного центра."
    )
    r.para(
        "В 2025 году планируется увеличить охват детей программами технической и "
        "естественно-научной направленности до 1_500 человек за счёт открытия "
        "площадки «Точка роста» в Покровской школе."
    )
    gold = {
        "municipality": "Каменский городской округ",
        "region": "Свердловская область",
        "year": 2024,
        "figures": {
            "organizations_total": 12,
            "programs_total": 136,
            "programs_art": 38,
            "programs_sport": 33,
            "programs_social": 25,
            "programs_science": 14,
            "programs_tech": 17,
            "programs_tourism": 9,
            "programs_nok": 22,
            "students_total": 6942,
            "coverage_pct": 76.9,
            "coverage_growth_pct": 1.4,
            "certificates_issued": 5120,
            "certificates_active": 3980,
            "certificate_share_pct": 28.5,
            "events_teachers": 9,
            "events_teachers_reach": 212,
            "events_parents": 5,
        },
    }
    return r, gold


def beloretsk() -> tuple[Report, dict[str, object]]:
    """Республика Башкортостан, Белорецкий район: «1)» and «а)» lists, a table ruled
    with horizontal lines only, «Страница N»."""
    r = Report(
        "Отчёт МОЦ муниципального района Белорецкий район Республики Башкортостан",
        "Страница {PAGE}",
    )
    r.title("Отчёт о работе муниципального опорного центра Белорецкого района за 2024 год")
    r.para(
        "Деятельность муниципального опорного центра (МОЦ) в 2024 году осуществлялась в "
        "соответствии с распоряжением Министерства образования и науки Республики "
        "Башкортостан от 05.04.2024 № 312-р и планом работы, утверждённым отделом "
        "образования. Основными задачами МОЦ в отчётном году были:"
    )
    for i, text in enumerate(
        (
            "организационно-методическое сопро~вождение организаций, реализующих "
            "дополнительные общеобразовательные программы;",
            "ведение муниципального сегмента навигатора дополнительного образования;",
            "информационное сопро~вождение персонифицированного финансирования.",
        ),
        start=1,
    ):
        r.item(f"{i})", text)
    r.para(
        "Дополнительное образование детей в районе обеспечивается в пяти учреждениях "
        "дополнительного образования и в общеобразовательных организациях. Число "
        "реализуемых программ в 2024 году – 158. Обучающиеся распределены по "
        "направленностям следующим образом:"
    )
    for letter, text in zip(
        "абвгде",
        (
            "художественная – 2_210 человек;",
            "спортивная – 2_480 человек;",
            "социально-гуманитарная – 1_150 человек;",
            "естественнонаучная – 540 человек;",
            "техническая – 1_020 человек;",
            "туристско-краеведческая – 460 человек.",
        ),
        strict=True,
    ):
        r.item(f"{letter})", text)
    r.para("Динамика основных показателей приведена в таблице.", space_after=6)
    r.table(
        Table(
            rows=[
                ["Показатель", "2023", "2024"],
                ["Количество обучающихся, чел.", "7_512", "7_860"],
                ["Охват детей от 5 до 18 лет, %", "72,1", "74,3"],
                ["Обучаются по сертификатам, чел.", "2_840", "3_105"],
                ["Новые места, ед.", "80", "96"],
            ],
            widths=[9.0, 3.0, 3.0],
            rules_only=True,
        )
    )
    r.para(
        "В течение года специалисты МОЦ оказывали методическую помощь педагогам при "
        "разработке и корректировке программ, проводили мониторинг качества их "
        "реализации и сопро~вождали процедуру независимой оценки качества. В "
        "муниципальном сегменте навигатора размещена информация обо всех программах, "
        "реализуемых в районе; запись детей на программы осуществляется через портал "
        "навигатора, а для семей, не имеющих доступа к сети Интернет, организовано "
        "консультирование в учреждениях дополнительного образования."
    )
    r.para(
        "Особое внимание уделялось развитию сетевой формы реализации программ "
        "технической и естественнонаучной направленности в сельских школах района, "
        "организации выездных занятий и каникулярных профильных смен. Совместно с "
        "центром «Точка роста» проведены интенсивы для обучающихся сельских школ, в "
        "которых приняли участие дети из отдалённых населённых пунктов."
    )
    r.para(
        "Для родителей проведено 14 мероприятий с общим охватом 980 человек, для "
        "обучающихся – 22 мероприятия с охватом 2_650 человек. Информационно-"
        "просветительская работа велась через официальные сайты образовательных "
        "организаций и родительские чаты. Положительное заключение независимой оценки "
        "качества получили 19 программ."
    )
    r.para(
        "Работа с родительской общественностью строилась в форме собраний, "
        "консультаций и дней открытых дверей. Родителям разъяснялся порядок получения "
        "и использования сертификата дополнительного образования, возможности "
        "навигатора и особенности зачисления детей на программы. Для педагогов "
        "организованы семинары по проекти~рованию модульных программ и "
        "использованию дистанционных образовательных технологий."
    )
    r.para(
        "Для сравнения: в соседнем городском округе город Сибай охват детей "
        "дополнительным образованием составил 79,2 %. На 2025 год запланировано "
        "создание 110 новых мест по программам технической направленности."
    )
    gold = {
        "municipality": "Белорецкий район",
        "region": "Республика Башкортостан",
        "year": 2024,
        "figures": {
            "organizations_total": 5,
            "programs_total": 158,
            "students_total": 7860,
            "students_art": 2210,
            "students_sport": 2480,
            "students_social": 1150,
            "students_science": 540,
            "students_tech": 1020,
            "students_tourism": 460,
            "coverage_pct": 74.3,
            "certificate_students": 3105,
            "new_places": 96,
            "events_parents": 14,
            "events_parents_reach": 980,
            "events_students": 22,
            "events_students_reach": 2650,
            "programs_nok": 19,
        },
    }
    return r, gold


REPORTS = {
    "rubtsovsk_2024": rubtsovsk,
    "berdsk_2024": berdsk,
    "kamensky_2024": kamensky,
    "beloretsk_2024": beloretsk,
}


# ---------------------------------------------------------------------------------------
# Checks that the layout really has what the tests rely on


def _line_ends(path: Path) -> list[tuple[int, str, str]]:
    """(page, line, next line) for every body line ending in a hyphen."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lines = [ln["text"] for ln in page.extract_text_lines(x_tolerance=1.5)]
            for a, b in itertools.pairwise(lines):
                if a.endswith("-") and a[-2:-1].isalpha():
                    out.append((page.page_number, a, b))
            page.close()
    return out


def check(name: str, path: Path) -> list[str]:
    problems = []
    ends = _line_ends(path)
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
    if pages < 2:
        problems.append(f"{name}: only {pages} page")
    if name == "rubtsovsk_2024":
        soft = [e for e in ends if e[1].split()[-1].rstrip("-") in _SOFT_HEADS]
        compound = [e for e in ends if e[1].split()[-1] in _COMPOUND_HEADS]
        if not soft:
            problems.append(f"{name}: no word broken at a soft hyphen; line ends: {ends}")
        if not compound:
            problems.append(f"{name}: no compound broken at its hyphen; line ends: {ends}")
    if name in ("berdsk_2024", "kamensky_2024"):
        with pdfplumber.open(path) as pdf:
            heads = [pdf.pages[i].find_tables() for i in range(pages)]
        over = any(
            heads[i] and heads[i + 1] and heads[i + 1][0].bbox[1] < 120 for i in range(pages - 1)
        )
        if not over:
            problems.append(f"{name}: no table runs over a page break")
    return problems


_SOFT_HEADS = {
    "сопро",
    "доступ",
    "воспи",
    "популяр",
    "сертифи",
    "направ",
    "проекти",
    "учрежде",
    "взаимо",
}
_COMPOUND_HEADS = {
    "физкультурно-",
    "социально-",
    "туристско-",
    "информационно-",
    "естественно-",
    "организационно-",
}


# ---------------------------------------------------------------------------------------
# Edge cases


def _pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF whose object n (1-based) is objects[n-1]; object 1 is the catalog."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


class _SimpleFont:
    """A one-byte font whose codes 128+ name Cyrillic glyphs, so text extracts right
    without embedding a font program (viewers substitute a face)."""

    def __init__(self) -> None:
        names = {}
        for glyph, char in glyphname2unicode.items():
            names.setdefault(char, glyph)
        self.codes: dict[str, int] = {}
        self.diffs: list[str] = []
        for ch in "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя–«»№":
            self.codes[ch] = 128 + len(self.diffs)
            self.diffs.append(names[ch])

    def encode(self, text: str) -> bytes:
        raw = bytes(self.codes.get(ch, ord(ch)) if ord(ch) > 127 else ord(ch) for ch in text)
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    def dict(self, descriptor: int) -> bytes:
        diffs = " ".join("/" + n for n in self.diffs)
        return (
            b"<< /Type /Font /Subtype /Type1 /BaseFont /HandMadeSerif /FirstChar 32 "
            b"/LastChar 255 /Widths [" + b" 500" * 224 + b"] /FontDescriptor %d 0 R "
            b"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 "
            % descriptor
            + diffs.encode()
            + b"] >> >>"
        )


_DESCRIPTOR = (
    b"<< /Type /FontDescriptor /FontName /HandMadeSerif /Flags 34 /FontBBox [0 -200 1000 900]"
    b" /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>"
)


def _text_ops(
    font: _SimpleFont, lines: list[str], *, y: float = 780, double: bool = False
) -> bytes:
    ops = []
    for line in lines:
        shifts = (0.0, 0.4) if double else (0.0,)
        for dx in shifts:  # «bold» by printing twice, a little apart
            ops.append(b"BT /F1 12 Tf %.2f %.2f Td (%s) Tj ET" % (72 + dx, y, font.encode(line)))
        y -= 16
    return "\n".join(o.decode("latin-1") for o in ops).encode("latin-1")


def doubled_pdf() -> bytes:
    font = _SimpleFont()
    content = _text_ops(
        font,
        [
            "Охват детей дополнительным образованием – 81,6 %.",
            "Выдано 9 870 сертификатов.",
        ],
        double=True,
    )
    return _pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>",
            font.dict(5),
            _DESCRIPTOR,
            _stream(content),
        ]
    )


def cid_pdf() -> bytes:
    """Page 1 readable; page 2 mostly drawn with a CID font that has no ToUnicode map."""
    font = _SimpleFont()
    page1 = _text_ops(font, ["Отчёт МОЦ за 2024 год.", "Программ – 214."])
    glyphs = b"".join(b"%04X" % g for g in range(36, 96))
    page2 = (
        _text_ops(font, ["Таблица 5"])
        + b"\nBT /F2 12 Tf 72 740 Td <"
        + glyphs
        + b"> Tj ET\nBT /F2 12 Tf 72 724 Td <"
        + glyphs
        + b"> Tj ET"
    )
    resources = b"/Resources << /Font << /F1 4 0 R /F2 7 0 R >> >>"
    return _pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            + resources
            + b" /Contents 6 0 R >>",
            font.dict(5),
            _DESCRIPTOR,
            _stream(page1),
            b"<< /Type /Font /Subtype /Type0 /BaseFont /HandMadeCID /Encoding /Identity-H "
            b"/DescendantFonts [8 0 R] >>",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /HandMadeCID "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            b"/FontDescriptor 5 0 R /DW 500 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            + resources
            + b" /Contents 10 0 R >>",
            _stream(page2),
        ]
    )


def no_pages_pdf() -> bytes:
    return _pdf_bytes(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    )


def scanned_pdf(source: Path, target: Path, pages: list[int]) -> None:
    """Pages of `source` as grey JPEG pictures, as a scanner would give them."""
    doc = pdfium.PdfDocument(str(source))
    images = [doc[i].render(scale=100 / 72, grayscale=True).to_pil().convert("L") for i in pages]
    doc.close()
    images[0].save(
        target, "PDF", resolution=100, save_all=True, append_images=images[1:], quality=40
    )


def mixed_pdf(text_source: Path, scan: Path, target: Path) -> None:
    """First page with a text layer, second page only a picture."""
    out = pdfium.PdfDocument.new()
    src = pdfium.PdfDocument(str(text_source))
    pic = pdfium.PdfDocument(str(scan))
    out.import_pages(src, [0])
    out.import_pages(pic, [0])
    out.save(str(target))
    for d in (out, src, pic):
        d.close()


def encrypted_pdf(target: Path) -> None:
    r = Report("МОЦ", "{PAGE}")
    r.para("Этот отчёт защищён паролем при сохранении.")
    options = (
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"moc2024"}}'
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "encrypted.docx"
        r.doc.save(src)
        _soffice(src, Path(tmp), options)
        shutil.copyfile(Path(tmp) / "encrypted.pdf", target)


def make_edge_cases(sample: Path) -> None:
    EDGE.mkdir(parents=True, exist_ok=True)
    (EDGE / "doubled_bold.pdf").write_bytes(doubled_pdf())
    (EDGE / "cid_glyphs.pdf").write_bytes(cid_pdf())
    (EDGE / "no_pages.pdf").write_bytes(no_pages_pdf())
    data = sample.read_bytes()
    (EDGE / "truncated.pdf").write_bytes(data[: len(data) // 3])
    junk = bytes((i * 97 + 13) % 256 for i in range(4000))
    (EDGE / "junk.pdf").write_bytes(b"%PDF-1.7\n" + junk)
    scanned_pdf(sample, EDGE / "scanned.pdf", [0, 1])
    mixed_pdf(CORPUS / "berdsk_2024.pdf", EDGE / "scanned.pdf", EDGE / "mixed_scan.pdf")
    encrypted_pdf(EDGE / "encrypted.pdf")


def main() -> int:
    if shutil.which("soffice") is None:
        print("soffice (LibreOffice) is needed", file=sys.stderr)
        return 2
    problems: list[str] = []
    for name, make in REPORTS.items():
        report, gold = make()
        target = CORPUS / f"{name}.pdf"
        report.save_pdf(target)
        (CORPUS / f"{name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        problems += check(name, target)
        print(f"wrote {target.relative_to(ROOT)}")
    make_edge_cases(CORPUS / "rubtsovsk_2024.pdf")
    print(f"wrote edge cases in {EDGE.relative_to(ROOT)}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
