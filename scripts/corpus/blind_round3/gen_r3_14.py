"""r3_14: Ржевский муниципальный округ (Тверская обл.), workbook of MOC results
for 2024.  openpyxl -> LibreOffice recalculation -> xlsx with cached values.
NOT IN BRIEF: events are given month by month on a sheet «Мероприятия» and the
year total exists only as a =SUM() row (cached value); programme and student
totals on the summary sheet are cross-sheet formulas over stacked per-direction
tables; plan column 2025; a hidden row «за 11 месяцев» and a hidden sheet
«Расчёт» with a neighbour's and draft values; percent formats."""
import datetime
import os
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from common import *

NAME = "r3_14_rzhev_itogi"
Y = 2024
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
DN = ["Художественная", "Техническая", "Естественнонаучная",
      "Туристско-краеведческая", "Социально-гуманитарная",
      "Физкультурно-спортивная"]
P23 = [53, 24, 16, 12, 32, 29]
P24 = [58, 25, 17, 12, 33, 29]
S23 = [3120, 960, 650, 560, 1810, 2310]
S24 = [3260, 1010, 690, 540, 1850, 2300]
check(sum(P24) == 174 and sum(S24) == 9650 and sum(S23) == 9410, "sums")
POP = (9310, 9284, 9260)
ST = (7205, 7390, 7450)
COV = pct(ST[1], POP[1])
check(COV == 79.6, COV)
SH = pct(2350, ST[1])
check(SH == 31.8, SH)
MONTHS = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль",
          "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"]
EV = {
    "par": [1, 1, 2, 0, 1, 0, 0, 1, 2, 1, 1, 2],
    "par_r": [80, 95, 160, 0, 120, 0, 0, 70, 210, 90, 85, 190],
    "stu": [3, 4, 3, 5, 4, 2, 1, 1, 4, 3, 4, 5],
    "stu_r": [310, 420, 280, 560, 390, 150, 60, 80, 450, 330, 410, 520],
    "tea": [2, 1, 2, 1, 1, 0, 0, 2, 2, 1, 2, 1],
    "tea_r": [34, 18, 41, 22, 15, 0, 0, 38, 45, 20, 36, 25],
}
TOT = {k: sum(v) for k, v in EV.items()}
check(TOT == {"par": 12, "par_r": 1100, "stu": 39, "stu_r": 3960, "tea": 15,
              "tea_r": 294}, TOT)

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(wrap_text=True, vertical="center")


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


wb = Workbook()
wb.properties.creator = "user"
wb.properties.lastModifiedBy = "user"
wb.properties.created = datetime.datetime(2025, 1, 22, 14, 5)
wb.properties.modified = datetime.datetime(2025, 1, 22, 14, 5)
sv = wb.active
sv.title = "Свод"
# ---- sheet «Направленности»: stacked small tables, one per direction
nd = wb.create_sheet("Направленности")
nd["A1"] = "Показатели по направленностям"
nd["A1"].font = BOLD
r = 3
P_CELLS, S_CELLS = [], []
for i, dn in enumerate(DN):
    nd.cell(r, 1, f"{dn} направленность").font = BOLD
    nd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    nd.cell(r + 1, 1, "Показатель")
    nd.cell(r + 1, 2, "Ед. изм.")
    nd.cell(r + 1, 3, "2023 г.")
    nd.cell(r + 1, 4, "2024 г.")
    for c in range(1, 5):
        nd.cell(r + 1, c).alignment = CEN
        nd.cell(r + 1, c).font = BOLD
    nd.cell(r + 2, 1, "Программы")
    nd.cell(r + 2, 2, "ед.")
    nd.cell(r + 2, 3, P23[i])
    nd.cell(r + 2, 4, P24[i])
    nd.cell(r + 3, 1, "Обучающиеся")
    nd.cell(r + 3, 2, "чел.")
    nd.cell(r + 3, 3, S23[i]).number_format = "#,##0"
    nd.cell(r + 3, 4, S24[i]).number_format = "#,##0"
    P_CELLS.append(f"Направленности!D{r + 2}")
    S_CELLS.append(f"Направленности!D{r + 3}")
    boxed(nd, r, r + 3, 1, 4)
    r += 5
nd.column_dimensions["A"].width = 36
for c in "BCD":
    nd.column_dimensions[c].width = 12

# ---- sheet «Свод»
sv["A1"] = ("Сводные показатели дополнительного образования детей "
            "Ржевского муниципального округа Тверской области")
sv.merge_cells("A1:F1")
sv["A1"].font = Font(bold=True, size=12)
sv["A2"] = "за 2024 год"
sv.merge_cells("A2:F2")
sv["A2"].alignment = CEN
sv["A1"].alignment = CEN
sv["A4"], sv["B4"], sv["C4"], sv["D4"] = ("№", "Показатель", "Ед. изм.",
                                          "Значение показателя")
for c in "ABC":
    sv.merge_cells(f"{c}4:{c}5")
sv.merge_cells("D4:F4")
sv["D5"], sv["E5"], sv["F5"] = "2023 г. (факт)", "2024 г. (факт)", \
    "2025 г. (план)"
for i in range(6):
    sv.cell(6, 1 + i, i + 1)
for rr in (4, 5, 6):
    for c in range(1, 7):
        sv.cell(rr, c).alignment = CEN
        sv.cell(rr, c).font = BOLD if rr < 6 else Font(italic=True)
SP = "+".join(P_CELLS)
SS = "+".join(S_CELLS)
ROWS = [
    ("1", "Численность детей 5–18 лет, проживающих в округе", "чел.",
     POP[0], POP[1], POP[2], "#,##0"),
    ("2", "Численность обучающихся без повторного счёта", "чел.", ST[0], ST[1],
     ST[2], "#,##0"),
    ("2*", "Численность обучающихся (оперативные данные на 01.09.2024)",
     "чел.", None, 6980, None, "#,##0"),
    ("3", "Численность обучающихся с повторным счётом", "чел.", sum(S23),
     "=" + SS, 9700, "#,##0"),
    ("4", "Охват детей 5–18 лет дополнительным образованием", "%",
     "=D8/D7", "=E8/E7", 0.80, "0.0%"),
    ("5", "Прирост числа детей, охваченных дополнительным образованием",
     "чел.", 150, "=E8-D8", "=F8-E8", "#,##0"),
    ("6", "Количество организаций дополнительного образования", "ед.", 5, 5,
     5, "0"),
    ("7", "Количество организаций в реестре поставщиков (соцзаказ)", "ед.",
     12, 14, 15, "0"),
    ("8", "Количество ДООП, всего", "ед.", sum(P23), "=" + SP, 180, "0"),
    ("9", "ДООП с положительным заключением НОК", "ед.", 2, 4, 6, "0"),
    ("10", "Обучающиеся с ОВЗ", "чел.", 171, 188, "–", "#,##0"),
    ("11", "Обучающиеся дети-инвалиды", "чел.", 57, 62, "–", "#,##0"),
    ("12", "Номинал сертификата", "руб.", 6250, 6600, 6950, "#,##0.00"),
    ("13", "Выдано сертификатов", "шт.", 7810, 8030, 8200, "#,##0"),
    ("14", "Дети, обучающиеся по сертификатам", "чел.", 2140, 2350, 2500,
     "#,##0"),
    ("15", "Доля обучающихся по сертификатам", "%", "=D21/D8", "=E21/E8",
     "=F21/F8", "0.0%"),
    ("16", "Создано новых мест", "ед.", 100, 85, 60, "0"),
]
for k, (no, lab, unit, a, b, c, fmt) in enumerate(ROWS):
    rr = 7 + k
    sv.cell(rr, 1, no)
    sv.cell(rr, 2, lab).alignment = WRAP
    sv.cell(rr, 3, unit)
    for j, v in enumerate((a, b, c)):
        cell = sv.cell(rr, 4 + j, v)
        cell.number_format = fmt
        cell.alignment = Alignment(horizontal="right")
check(sv["B8"].value.startswith("Численность обучающихся без"), "row map")
check(sv["B21"].value.startswith("Дети, обучающиеся"), "row map 21")
sv.row_dimensions[9].hidden = True
boxed(sv, 4, 23, 1, 6)
sv["A25"] = "Справочно: мероприятия МОЦ по месяцам – см. лист «Мероприятия»."
sv.column_dimensions["A"].width = 6
sv.column_dimensions["B"].width = 58
sv.column_dimensions["C"].width = 9
for c in "DEF":
    sv.column_dimensions[c].width = 15

# ---- sheet «Мероприятия»
me = wb.create_sheet("Мероприятия")
me["A1"] = "Мероприятия муниципального опорного центра в 2024 году"
me.merge_cells("A1:G1")
me["A1"].font = BOLD
me["A3"] = "Месяц"
me.merge_cells("A3:A4")
for j, title in enumerate(["для родителей", "для обучающихся",
                           "для педагогов"]):
    c = 2 + 2 * j
    me.cell(3, c, "Мероприятия " + title)
    me.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
    me.cell(4, c, "кол-во, ед.")
    me.cell(4, c + 1, "охват, чел.")
for rr in (3, 4):
    for c in range(1, 8):
        me.cell(rr, c).alignment = CEN
        me.cell(rr, c).font = BOLD
keys = ["par", "par_r", "stu", "stu_r", "tea", "tea_r"]
for m, mon in enumerate(MONTHS):
    me.cell(5 + m, 1, mon)
    for j, k in enumerate(keys):
        me.cell(5 + m, 2 + j, EV[k][m])
# row 17: hidden 11-month subtotal, row 18: year total
me.cell(17, 1, "Итого за 11 месяцев (для отчёта от 05.12.2024)")
me.cell(18, 1, "Итого за 2024 год")
me.cell(18, 1).font = BOLD
for j in range(6):
    col = "BCDEFG"[j]
    me.cell(17, 2 + j, f"=SUM({col}5:{col}15)")
    me.cell(18, 2 + j, f"=SUM({col}5:{col}16)").font = BOLD
me.row_dimensions[17].hidden = True
boxed(me, 3, 18, 1, 7)
me["A20"] = ("Численность педагогов – участников мероприятий по развитию "
             "профессионального мастерства за год, чел.:")
me["G20"] = 47
me["A21"] = "План на 2025 год: не менее 70 мероприятий, охват – 6 000 чел."
me.column_dimensions["A"].width = 44
for c in "BCDEFG":
    me.column_dimensions[c].width = 13

# ---- hidden sheet «Расчёт»
rs = wb.create_sheet("Расчёт")
rs["A1"] = "Служебный лист (не печатать)"
rs["A3"], rs["B3"] = "Зубцовский муниципальный округ: обучающихся", 2140
rs["A4"], rs["B4"] = "Зубцовский муниципальный округ: охват, %", 73.5
rs["A5"], rs["B5"] = "Черновик: программ всего (до сверки с реестром)", 181
rs["A6"], rs["B6"] = "Черновик: обучающихся без повт. счёта", 7430
rs["A7"], rs["B7"] = "Черновик: охват", "=B6/Свод!E7"
rs.sheet_state = "hidden"

raw = os.path.join(BUILD, NAME + ".raw.xlsx")
wb.save(raw)
lo_dir = os.path.join(BUILD, "lo_" + NAME)
os.makedirs(lo_dir, exist_ok=True)
out = soffice_convert(raw, "xlsx", outdir=lo_dir)
publish(out, NAME + ".xlsx")

wbv = load_workbook(os.path.join(HERE, NAME + ".xlsx"), data_only=True)
wbf = load_workbook(os.path.join(HERE, NAME + ".xlsx"))
s = wbv["Свод"]
check(s["E10"].value == 9650, s["E10"].value)
check(abs(s["E11"].value - ST[1] / POP[1]) < 1e-9, s["E11"].value)
check(s["E12"].value == 185, s["E12"].value)
check(s["E15"].value == 174, s["E15"].value)
check(abs(s["E22"].value - 2350 / ST[1]) < 1e-9, s["E22"].value)
m = wbv["Мероприятия"]
check([m.cell(18, 2 + j).value for j in range(6)] ==
      [TOT[k] for k in keys], [m.cell(18, 2 + j).value for j in range(6)])
check(wbf["Расчёт"].sheet_state == "hidden", "Расчёт not hidden")
check(wbf["Свод"].row_dimensions[9].hidden, "Свод row 9 not hidden")
check(wbf["Мероприятия"].row_dimensions[17].hidden, "row 17 not hidden")
print("cached:", s["E11"].value, s["E22"].value, s["E12"].value,
      [m.cell(18, 2 + j).value for j in range(6)])

write_gold(NAME, "Ржевский муниципальный округ", "Тверская область", Y, {
    "organizations_total": 5, "providers_registry": 14, "programs_total": 174,
    **{f"programs_{k}": P24[i] for i, k in enumerate(KEYS)},
    "programs_nok": 4, "students_total": ST[1],
    **{f"students_{k}": S24[i] for i, k in enumerate(KEYS)},
    "coverage_pct": COV, "coverage_growth_children": 185,
    "students_ovz": 188, "students_disabled": 62,
    "certificate_nominal_rub": 6600.0, "certificates_issued": 8030,
    "certificate_students": 2350, "certificate_share_pct": SH,
    "new_places": 85, "events_parents": TOT["par"],
    "events_parents_reach": TOT["par_r"], "events_students": TOT["stu"],
    "events_students_reach": TOT["stu_r"], "events_teachers": TOT["tea"],
    "events_teachers_reach": TOT["tea_r"], "teachers_pd_participants": 47,
})
print("ok", NAME)
