"""r3_13: муниципальный округ «Ухта» (Республика Коми), monitoring form for 2025
as an Excel workbook.  Written with openpyxl, then recalculated and re-saved by
LibreOffice so that formula cells carry cached values.
NOT IN BRIEF: Excel workbook; «Всего» column FIRST before the six direction
columns, computed by =SUM(); coverage and certificate share as formulas with a
percent format (0,81206 shown as 81,2 %); growth computed by a formula that
reads a HIDDEN sheet «2024_архив» (which itself must not count); hidden rows
with preliminary data; row codes «01»…«08» as in statistical forms; period
columns «2024 г. (справочно) | 2025 г.»."""
import datetime
import os
import shutil
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from common import *

NAME = "r3_13_uhta_monitoring"
Y = 2025
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
DIRS = ["художественная", "техническая", "естественнонаучная",
        "туристско-краеведческая", "социально-гуманитарная",
        "физкультурно-спортивная"]
D25 = dict(P=[104, 47, 33, 21, 69, 58], S=[6150, 2240, 1430, 890, 3560, 4020],
           ovz=508, inv=171, st=14540, pop=17905, prelim=14210)
D24 = dict(P=[100, 44, 31, 22, 66, 56], S=[5980, 2110, 1390, 905, 3420, 3930],
           ovz=471, inv=160, st=14090, pop=17960, prelim=13820)
COV = pct(D25["st"], D25["pop"])
check(COV == 81.2, COV)
check(sum(D25["P"]) == 332 and sum(D25["S"]) == 18290, "sums")
GROWTH = D25["st"] - D24["st"]
check(GROWTH == 450, GROWTH)
R1 = [  # code, label, unit, 2024, 2025, fmt
    ("01", "Количество организаций дополнительного образования", "ед.", 8, 8),
    ("02", "Количество организаций, включённых в реестр поставщиков "
     "образовательных услуг", "ед.", 24, 27),
    ("03", "Количество ДООП, получивших положительное заключение по итогам "
     "независимой оценки качества", "ед.", 11, 15),
    ("04", "Создано новых мест дополнительного образования (за год)", "ед.",
     180, 210),
    ("05", "Номинал сертификата дополнительного образования", "руб.", 8450,
     8816),
    ("06", "Количество выданных сертификатов", "шт.", 14720, 15100),
    ("07", "Количество активных сертификатов (использованных для записи)",
     "шт.", 10480, 11060),
    ("08", "Численность детей, обучающихся с использованием сертификатов",
     "чел.", 4930, 5260),
]
SH = pct(5260, D25["st"])
check(SH == 36.2, SH)
EVENTS = [
    ("10", "Количество мероприятий МОЦ для родителей (законных представителей)",
     "ед.", 14, 16),
    ("10.1", "  охват родителей", "чел.", 1310, 1520),
    ("11", "Количество мероприятий МОЦ для обучающихся", "ед.", 40, 44),
    ("11.1", "  охват обучающихся", "чел.", 5480, 5915),
    ("12", "Количество мероприятий МОЦ для педагогических работников", "ед.",
     20, 23),
    ("12.1", "  охват педагогических работников", "чел.", 377, 418),
    ("13", "Численность педагогов – участников мероприятий по развитию "
     "профессионального мастерства", "чел.", 88, 96),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


def contingent_sheet(ws, D, year, hide_prelim=True):
    ws["A1"] = (f"Раздел 2. Контингент обучающихся по дополнительным "
                f"общеобразовательным программам, {year} г.")
    ws.merge_cells("A1:J1")
    ws["A1"].font = BOLD
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = ("№ строки", "Показатель",
                                              "Ед. изм.", "Всего")
    ws["E3"] = "в том числе по направленностям"
    for c in ("A", "B", "C", "D"):
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("E3:J3")
    for i, dn in enumerate(DIRS):
        ws.cell(4, 5 + i, dn)
    for i in range(10):
        ws.cell(5, 1 + i, i + 1)
    for r in (3, 4, 5):
        for c in range(1, 11):
            ws.cell(r, c).alignment = CEN
            ws.cell(r, c).font = BOLD if r < 5 else Font(italic=True)
    rows = [
        ("01", "Количество дополнительных общеобразовательных программ",
         "ед.", "=SUM(E6:J6)", D["P"]),
        ("02", "Численность обучающихся (с повторным счётом)", "чел.",
         "=SUM(E7:J7)", D["S"]),
        ("03", "из них обучающихся с ОВЗ", "чел.", D["ovz"], None),
        ("04", "из них детей-инвалидов", "чел.", D["inv"], None),
        ("02а", "Численность обучающихся (предварительные данные на 01.10)",
         "чел.", D["prelim"], None),
        ("05", "Численность обучающихся без повторного счёта", "чел.", D["st"],
         None),
        ("06", "Численность детей 5–18 лет, проживающих на территории МО "
         "(данные Комистата)", "чел.", D["pop"], None),
        ("07", "Охват детей 5–18 лет дополнительным образованием "
         "(стр. 05 / стр. 06)", "%", "=D11/D12", None),
        ("07а", "Охват по предварительным данным (стр. 02а / стр. 06)", "%",
         "=D10/D12", None),
    ]
    for k, (code, lab, unit, tot, parts) in enumerate(rows):
        r = 6 + k
        ws.cell(r, 1, code)
        ws.cell(r, 2, lab).alignment = WRAP
        ws.cell(r, 3, unit)
        ws.cell(r, 4, tot)
        for i in range(6):
            ws.cell(r, 5 + i, parts[i] if parts else "х")
            ws.cell(r, 5 + i).number_format = "#,##0"
            ws.cell(r, 5 + i).alignment = Alignment(horizontal="right")
        ws.cell(r, 4).number_format = "#,##0"
        ws.cell(r, 4).font = BOLD
    ws["D13"].number_format = "0.0%"
    ws["D14"].number_format = "0.0%"
    if hide_prelim:
        ws.row_dimensions[10].hidden = True
        ws.row_dimensions[14].hidden = True
    boxed(ws, 3, 14, 1, 10)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 52
    ws.column_dimensions["C"].width = 8
    ws.column_dimensions["D"].width = 11
    for c in "EFGHIJ":
        ws.column_dimensions[c].width = 15
    ws.row_dimensions[4].height = 45


wb = Workbook()
wb.properties.creator = "user"
wb.properties.lastModifiedBy = "user"
wb.properties.created = datetime.datetime(2026, 1, 15, 11, 20)
wb.properties.modified = datetime.datetime(2026, 1, 15, 11, 20)
t = wb.active
t.title = "Титул"
t["A1"] = "ФОРМА МОНИТОРИНГА"
t["A2"] = ("развития системы дополнительного образования детей "
           "(муниципальный опорный центр)")
t.merge_cells("A1:D1")
t.merge_cells("A2:D2")
t["A1"].font = Font(bold=True, size=14)
for i, (a, b) in enumerate([
        ("Субъект Российской Федерации", "Республика Коми"),
        ("Муниципальное образование", "муниципальный округ «Ухта»"),
        ("Отчётный период", "2025 год"),
        ("Организация – МОЦ", "МУ ДО «Детско-юношеский центр»"),
        ("Дата заполнения", "15.01.2026"),
        ("Ответственный", "Кузьмина О.А., тел. 8 (8216) 74-39-05")]):
    t.cell(4 + i, 1, a).font = BOLD
    t.cell(4 + i, 2, b)
    t.merge_cells(start_row=4 + i, start_column=2, end_row=4 + i, end_column=4)
t.column_dimensions["A"].width = 34
t.column_dimensions["B"].width = 40

s1 = wb.create_sheet("Раздел 1")
s1["A1"] = "Раздел 1. Сеть, сертификаты, деятельность МОЦ"
s1.merge_cells("A1:E1")
s1["A1"].font = BOLD
s1["A3"], s1["B3"], s1["C3"], s1["D3"] = ("№ строки", "Показатель",
                                          "Ед. изм.", "Значение")
for c in "ABC":
    s1.merge_cells(f"{c}3:{c}4")
s1.merge_cells("D3:E3")
s1["D4"], s1["E4"] = "2024 г. (справочно)", "2025 г."
for i in range(5):
    s1.cell(5, 1 + i, i + 1)
for r in (3, 4, 5):
    for c in range(1, 6):
        s1.cell(r, c).alignment = CEN
        s1.cell(r, c).font = BOLD if r < 5 else Font(italic=True)
r = 6
for code, lab, unit, v24, v25 in R1:
    s1.cell(r, 1, code)
    s1.cell(r, 2, lab).alignment = WRAP
    s1.cell(r, 3, unit)
    s1.cell(r, 4, v24)
    s1.cell(r, 5, v25)
    fmt = "#,##0.00" if unit == "руб." else "#,##0"
    s1.cell(r, 4).number_format = fmt
    s1.cell(r, 5).number_format = fmt
    r += 1
# r == 14: share formula referencing the contingent sheets
s1.cell(r, 1, "09")
s1.cell(r, 2, "Доля детей, обучающихся по сертификатам (стр. 08 / стр. 05 "
        "раздела 2)").alignment = WRAP
s1.cell(r, 3, "%")
s1.cell(r, 4).value = "=D13/'2024_архив'!D11"
s1.cell(r, 5, "=E13/'Раздел 2'!D11")
s1.cell(r, 4).number_format = "0.0%"
s1.cell(r, 5).number_format = "0.0%"
r += 1
s1.cell(r, 1, "Деятельность МОЦ")
s1.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
s1.cell(r, 1).font = BOLD
r += 1
for code, lab, unit, v24, v25 in EVENTS:
    s1.cell(r, 1, code)
    s1.cell(r, 2, lab).alignment = WRAP
    s1.cell(r, 3, unit)
    s1.cell(r, 4, v24).number_format = "#,##0"
    s1.cell(r, 5, v25).number_format = "#,##0"
    r += 1
# hidden row: draft value for the teachers' events typed before correction
s1.cell(r, 1, "12*")
s1.cell(r, 2, "Количество мероприятий для педагогов (черновик, до сверки)")
s1.cell(r, 3, "ед.")
s1.cell(r, 5, 31)
s1.row_dimensions[r].hidden = True
last = r
boxed(s1, 3, last, 1, 5)
s1.column_dimensions["A"].width = 9
s1.column_dimensions["B"].width = 60
s1.column_dimensions["C"].width = 8
s1.column_dimensions["D"].width = 16
s1.column_dimensions["E"].width = 14

s2 = wb.create_sheet("Раздел 2")
contingent_sheet(s2, D25, 2025)
r = 16
s2.cell(r, 1, "08")
s2.cell(r, 2, "Прирост числа детей, охваченных дополнительным образованием, "
        "к 2024 г. (стр. 05 – стр. 05 архива)").alignment = WRAP
s2.cell(r, 3, "чел.")
s2.cell(r, 4, "=D11-'2024_архив'!D11").number_format = "#,##0"
boxed(s2, 16, 16, 1, 10)
s2["A18"] = "Примечание: строки 02а и 07а заполняются до 15 октября и в итоговую "\
    "форму не включаются."

arch = wb.create_sheet("2024_архив")
contingent_sheet(arch, D24, 2024, hide_prelim=False)
arch.sheet_state = "hidden"

raw = os.path.join(BUILD, NAME + ".raw.xlsx")
wb.save(raw)
lo_dir = os.path.join(BUILD, "lo_" + NAME)
os.makedirs(lo_dir, exist_ok=True)
out = soffice_convert(raw, "xlsx", outdir=lo_dir)   # recalculated copy
publish(out, NAME + ".xlsx")

# ---- check cached values, hidden state and formats survive LibreOffice
wbv = load_workbook(os.path.join(HERE, NAME + ".xlsx"), data_only=True)
wbf = load_workbook(os.path.join(HERE, NAME + ".xlsx"))
c = wbv["Раздел 2"]
check(abs(c["D13"].value - D25["st"] / D25["pop"]) < 1e-9, c["D13"].value)
check(c["D6"].value == 332 and c["D7"].value == 18290, (c["D6"].value,
                                                        c["D7"].value))
check(c["D16"].value == GROWTH, c["D16"].value)
check(abs(wbv["Раздел 1"]["E14"].value - 5260 / D25["st"]) < 1e-9,
      wbv["Раздел 1"]["E14"].value)
check(wbf["2024_архив"].sheet_state == "hidden", "archive not hidden")
check(wbf["Раздел 2"].row_dimensions[10].hidden, "row 10 not hidden")
check(wbf["Раздел 1"].row_dimensions[last].hidden, "draft row not hidden")
check("%" in wbf["Раздел 2"]["D13"].number_format,
      wbf["Раздел 2"]["D13"].number_format)
print("cached:", c["D13"].value, wbv["Раздел 1"]["E14"].value, c["D16"].value,
      wbf["Раздел 2"]["D13"].number_format)

write_gold(NAME, "городской округ Ухта", "Республика Коми", Y, {
    "organizations_total": 8, "providers_registry": 27,
    "programs_total": sum(D25["P"]),
    **{f"programs_{k}": D25["P"][i] for i, k in enumerate(KEYS)},
    "programs_nok": 15, "students_total": D25["st"],
    **{f"students_{k}": D25["S"][i] for i, k in enumerate(KEYS)},
    "coverage_pct": COV, "coverage_growth_children": GROWTH,
    "students_ovz": D25["ovz"], "students_disabled": D25["inv"],
    "certificate_nominal_rub": 8816.0, "certificates_issued": 15100,
    "certificates_active": 11060, "certificate_students": 5260,
    "certificate_share_pct": SH, "new_places": 210,
    "events_parents": 16, "events_parents_reach": 1520, "events_students": 44,
    "events_students_reach": 5915, "events_teachers": 23,
    "events_teachers_reach": 418, "teachers_pd_participants": 96,
})
print("ok", NAME)
