# -*- coding: utf-8 -*-
"""r8_13: Серовский городской округ (Свердловская область), 2024, xlsx (openpyxl → recalculated
by LibreOffice so formula cells carry cached values).
OUTSIDE the brief: a monitoring workbook with a title sheet (ОКТМО, ИНН), a sheet whose
value columns run «2024 | 2023 (справочно)» (current year first) with row codes, a
years-as-rows sheet (2022 … 2025 план) with formula columns (охват, прирост), a directions
sheet with SUM totals, a ПФДО sheet with a formula share, and a quarters sheet
(categories × I–IV кв. with a formula «Итого за год»)."""
import os
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from common import *

NAME = "r8_13_serovsky_monitoring.xlsx"
g = Gold(NAME, "Серовский городской округ", "Свердловская область", 2024)
wb = openpyxl.Workbook()
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="DDEBF7")
NUM = '#,##0'
DEC1 = '0.0'
RUB = '#,##0.00'

def grid(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = B

def hdr(ws, r, vals, c0=1):
    for i, v in enumerate(vals):
        c = ws.cell(r, c0 + i, v)
        c.font = Font(bold=True)
        c.fill = HF
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")

def cell_ref(ws, r, c):
    return "%s!%s%d" % (ws.title, get_column_letter(c), r)

# ---- Титул
ws = wb.active
ws.title = "Титул"
tit = [("Форма мониторинга деятельности муниципального опорного центра (МОЦ-2024)", None),
       ("Субъект РФ", "Свердловская область"),
       ("Муниципальное образование", "Серовский городской округ"),
       ("Код ОКТМО", "65756000"),
       ("Орган управления образованием", "Управление образования администрации Серовского городского округа"),
       ("ИНН", "6632012519"),
       ("МОЦ", "МАУ ДО «Центр внешкольной работы», 624992, г. Серов, ул. Ленина, д. 161"),
       ("Отчётный период", "2024 год"),
       ("Дата заполнения", "24.01.2025"),
       ("Ответственный", "Белоусова Н. Ю., тел. 8 (34385) 7-36-12"),
       ("Приказ о создании МОЦ", "от 19.08.2019 № 211-о")]
for i, (a, b) in enumerate(tit, 1):
    ws.cell(i, 1, a).font = Font(bold=(i == 1))
    if b:
        ws.cell(i, 2, b)
ws.column_dimensions["A"].width = 34
ws.column_dimensions["B"].width = 70

# ---- 1. Сеть и программы (2024 first, 2023 справочно)
ws = wb.create_sheet("1_Сеть_программы")
ws["A1"] = "Раздел 1. Сеть организаций и дополнительные общеобразовательные программы"
ws["A1"].font = Font(bold=True)
hdr(ws, 3, ["Код строки", "Показатель", "Ед. изм.", "2024 год", "2023 год (справочно)"])
lab = dict(art="художественной", sport="физкультурно-спортивной", social="социально-гуманитарной",
           science="естественнонаучной", tech="технической", tourism="туристско-краеведческой")
p24 = dict(art=112, sport=71, social=84, science=33, tech=49, tourism=21)
p23 = dict(art=108, sport=69, social=80, science=30, tech=45, tourism=20)
rows = [("0101", "Организации дополнительного образования", "ед.", 4, 4, "organizations_total"),
        ("0102", "Организации (включая ИП) в реестре поставщиков образовательных услуг", "ед.", 37, 34, "providers_registry"),
        ("0103", "Создано новых мест дополнительного образования", "ед.", 110, 140, "new_places")]
r = 4
for code, label, unit, v24, v23, key in rows:
    ws.cell(r, 1, code); ws.cell(r, 2, label); ws.cell(r, 3, unit); ws.cell(r, 4, v24); ws.cell(r, 5, v23)
    g.add(key, v24, str(v24), label, "лист «1_Сеть_программы», строка %s, графа «2024 год»" % code, cell=cell_ref(ws, r, 4))
    r += 1
ws.cell(r, 1, "0200"); ws.cell(r, 2, "Дополнительные общеобразовательные программы, всего"); ws.cell(r, 3, "ед.")
tot_r = r
ws.cell(r, 4, "=SUM(D%d:D%d)" % (r + 1, r + 6)); ws.cell(r, 5, "=SUM(E%d:E%d)" % (r + 1, r + 6))
g.add("programs_total", 370, "370", "программы, всего", "лист «1_Сеть_программы», строка 0200 (формула СУММ), графа «2024 год»",
      cell=cell_ref(ws, r, 4), note="formula =SUM(D%d:D%d), cached value 370" % (r + 1, r + 6))
r += 1
for i, d in enumerate(DIRS, 1):
    ws.cell(r, 1, "02%02d" % i); ws.cell(r, 2, "в т.ч. %s направленности" % lab[d]); ws.cell(r, 3, "ед.")
    ws.cell(r, 4, p24[d]); ws.cell(r, 5, p23[d])
    g.add("programs_" + d, p24[d], str(p24[d]), lab[d], "лист «1_Сеть_программы», строка 02%02d, графа «2024 год»" % i,
          cell=cell_ref(ws, r, 4), note="2023 is the next column")
    r += 1
ws.cell(r, 1, "0207"); ws.cell(r, 2, "Программы, получившие положительное заключение НОК"); ws.cell(r, 3, "ед.")
ws.cell(r, 4, 13); ws.cell(r, 5, 9)
g.add("programs_nok", 13, "13", "положительное заключение НОК", "лист «1_Сеть_программы», строка 0207, графа «2024 год»",
      cell=cell_ref(ws, r, 4))
r += 1
ws.cell(r, 1, "0208"); ws.cell(r, 2, "Программы, направленные на НОК"); ws.cell(r, 3, "ед."); ws.cell(r, 4, 17); ws.cell(r, 5, 12)
grid(ws, 3, r, 1, 5)
for rr in range(4, r + 1):
    ws.cell(rr, 2).alignment = Alignment(wrap_text=True)
    ws.cell(rr, 4).number_format = NUM
    ws.cell(rr, 5).number_format = NUM
ws.column_dimensions["A"].width = 11
ws.column_dimensions["B"].width = 62
ws.column_dimensions["C"].width = 9
ws.column_dimensions["D"].width = 12
ws.column_dimensions["E"].width = 14

# ---- 2. Контингент по годам (years as rows)
ws = wb.create_sheet("2_Контингент_по_годам")
ws["A1"] = "Раздел 2. Контингент обучающихся: динамика"
ws["A1"].font = Font(bold=True)
hdr(ws, 3, ["Год", "Численность детей 5–18 лет, чел.", "Обучающихся без повторного счёта, чел.",
            "Охват детей 5–18 лет, %", "Прирост численности обучающихся, чел.", "Прирост численности обучающихся, %",
            "Обучающиеся с ОВЗ, чел.", "Обучающиеся дети-инвалиды, чел."])
yrs = [(2022, 17180, 13105, 598, 122), (2023, 17260, 13396, 621, 131), (2024, 17320, 13650, 655, 139),
       ("2025 (план)", 17400, 13800, None, None)]
for i, (y, pop, st, ovz, inv) in enumerate(yrs):
    rr = 4 + i
    ws.cell(rr, 1, y); ws.cell(rr, 2, pop); ws.cell(rr, 3, st)
    ws.cell(rr, 4, "=ROUND(C%d/B%d*100,1)" % (rr, rr))
    if i == 0:
        ws.cell(rr, 5, "–"); ws.cell(rr, 6, "–")
    else:
        ws.cell(rr, 5, "=C%d-C%d" % (rr, rr - 1))
        ws.cell(rr, 6, "=ROUND((C%d/C%d-1)*100,1)" % (rr, rr - 1))
    ws.cell(rr, 7, ovz if ovz is not None else "х"); ws.cell(rr, 8, inv if inv is not None else "х")
    for c in (2, 3, 5, 7, 8):
        ws.cell(rr, c).number_format = NUM
    for c in (4, 6):
        ws.cell(rr, c).number_format = DEC1
grid(ws, 3, 7, 1, 8)
ws.row_dimensions[3].height = 48
for c in range(1, 9):
    ws.column_dimensions[get_column_letter(c)].width = 16
Wy = "лист «2_Контингент_по_годам», строка «2024», графа «%s»"
g.add("students_total", 13650, "13650", "2024", Wy % "Обучающихся без повторного счёта", cell=cell_ref(ws, 6, 3),
      note="17 320 in the same row is the population 5–18")
g.add("coverage_pct", 78.8, "78.8", "2024", Wy % "Охват (формула ROUND(C6/B6*100,1))", cell=cell_ref(ws, 6, 4))
g.add("coverage_growth_children", 254, "254", "2024", Wy % "Прирост, чел. (формула C6-C5)", cell=cell_ref(ws, 6, 5),
      note="a column of the form, stated in the workbook (cached value 254)")
g.add("coverage_growth_pct", 1.9, "1.9", "2024", Wy % "Прирост, % (формула)", cell=cell_ref(ws, 6, 6))
g.add("students_ovz", 655, "655", "2024", Wy % "ОВЗ", cell=cell_ref(ws, 6, 7))
g.add("students_disabled", 139, "139", "2024", Wy % "дети-инвалиды", cell=cell_ref(ws, 6, 8))
ws["A9"] = "Справочно: охват детей дополнительным образованием в городском округе Краснотурьинск – 77,1 %, по Свердловской области – 79,3 %."

# ---- 3. Направленности
ws = wb.create_sheet("3_Направленности")
ws["A1"] = "Раздел 3. Обучающиеся по направленностям (2024 год)"
ws["A1"].font = Font(bold=True)
hdr(ws, 3, ["Направленность", "Программ, ед.", "Обучающихся (с повторным счётом), чел.", "Доля обучающихся, %"])
s24 = dict(art=4980, sport=4420, social=3010, science=1150, tech=1640, tourism=760)
assert sum(s24.values()) == 15960 and sum(p24.values()) == 370
dl = dict(art="Художественная", sport="Физкультурно-спортивная", social="Социально-гуманитарная",
          science="Естественнонаучная", tech="Техническая", tourism="Туристско-краеведческая")
for i, d in enumerate(DIRS):
    rr = 4 + i
    ws.cell(rr, 1, dl[d]); ws.cell(rr, 2, "='1_Сеть_программы'!D%d" % (tot_r + 1 + i)); ws.cell(rr, 3, s24[d])
    ws.cell(rr, 4, "=ROUND(C%d/C$10*100,1)" % rr)
    ws.cell(rr, 3).number_format = NUM
    ws.cell(rr, 4).number_format = DEC1
    g.add("students_" + d, s24[d], str(s24[d]), dl[d], "лист «3_Направленности», строка «%s», графа «Обучающихся»" % dl[d],
          cell=cell_ref(ws, rr, 3))
ws.cell(10, 1, "Итого"); ws.cell(10, 2, "=SUM(B4:B9)"); ws.cell(10, 3, "=SUM(C4:C9)"); ws.cell(10, 4, "=SUM(D4:D9)")
ws.cell(10, 3).number_format = NUM
for c in range(1, 5):
    ws.cell(10, c).font = Font(bold=True)
ws.cell(11, 1, "Численность обучающихся без повторного счёта"); ws.cell(11, 3, "='2_Контингент_по_годам'!C6")
ws.cell(11, 3).number_format = NUM
grid(ws, 3, 11, 1, 4)
ws.column_dimensions["A"].width = 44
for c in "BCD":
    ws.column_dimensions[c].width = 20

# ---- 4. ПФДО
ws = wb.create_sheet("4_ПФДО")
ws["A1"] = "Раздел 4. Персонифицированное финансирование дополнительного образования"
ws["A1"].font = Font(bold=True)
hdr(ws, 3, ["Показатель", "Ед. изм.", "Значение"])
pf = [("Номинал сертификата", "руб.", 7360, RUB, "certificate_nominal_rub", 7360.0),
      ("Выдано сертификатов дополнительного образования", "шт.", 15880, NUM, "certificates_issued", 15880),
      ("Активные сертификаты (использованы для записи)", "шт.", 11690, NUM, "certificates_active", 11690),
      ("Численность детей, обучающихся с использованием сертификатов", "чел.", 5110, NUM, "certificate_students", 5110)]
for i, (label, unit, v, fmt, key, gv) in enumerate(pf):
    rr = 4 + i
    ws.cell(rr, 1, label); ws.cell(rr, 2, unit); ws.cell(rr, 3, v); ws.cell(rr, 3).number_format = fmt
    g.add(key, gv, str(v), label, "лист «4_ПФДО», строка «%s», графа «Значение»" % label, cell=cell_ref(ws, rr, 3))
ws.cell(8, 1, "Доля детей, обучающихся с использованием сертификатов, от общей численности обучающихся")
ws.cell(8, 2, "%"); ws.cell(8, 3, "=ROUND(C7/'2_Контингент_по_годам'!C6*100,1)"); ws.cell(8, 3).number_format = DEC1
g.add("certificate_share_pct", 37.4, "37.4", "Доля детей", "лист «4_ПФДО», строка «Доля детей…», графа «Значение» (формула)",
      cell=cell_ref(ws, 8, 3))
ws.cell(9, 1, "Норматив охвата сертификатами (справочно)"); ws.cell(9, 2, "%"); ws.cell(9, 3, 25)
grid(ws, 3, 9, 1, 3)
ws.column_dimensions["A"].width = 70
ws.column_dimensions["C"].width = 14

# ---- 5. Мероприятия по кварталам
ws = wb.create_sheet("5_Мероприятия")
ws["A1"] = "Раздел 5. Мероприятия МОЦ по кварталам 2024 года"
ws["A1"].font = Font(bold=True)
hdr(ws, 3, ["Показатель", "I кв.", "II кв.", "III кв.", "IV кв.", "Итого за год"])
ev = [("Мероприятия для обучающихся, ед.", (8, 9, 6, 13), "events_students", 36),
      ("Участники мероприятий для обучающихся, чел.", (640, 720, 380, 1130), "events_students_reach", 2870),
      ("Мероприятия для родителей (законных представителей), ед.", (3, 3, 1, 5), "events_parents", 12),
      ("Участники мероприятий для родителей, чел.", (240, 210, 60, 420), "events_parents_reach", 930),
      ("Мероприятия для педагогических работников, ед.", (5, 4, 2, 8), "events_teachers", 19),
      ("Участники мероприятий для педагогических работников, чел.", (110, 95, 37, 160), "events_teachers_reach", 402)]
for i, (label, qs, key, tot) in enumerate(ev):
    rr = 4 + i
    assert sum(qs) == tot
    ws.cell(rr, 1, label)
    for j, v in enumerate(qs):
        ws.cell(rr, 2 + j, v).number_format = NUM
    ws.cell(rr, 6, "=SUM(B%d:E%d)" % (rr, rr)).number_format = NUM
    ws.cell(rr, 6).font = Font(bold=True)
    g.add(key, tot, str(tot), label, "лист «5_Мероприятия», строка «%s», графа «Итого за год» (формула СУММ)" % label,
          cell=cell_ref(ws, rr, 6))
ws.cell(10, 1, "Педагоги – участники мероприятий по развитию профессионального мастерства (без повторного счёта), чел.")
for j in range(4):
    ws.cell(10, 2 + j, "х")
ws.cell(10, 6, 166)
g.add("teachers_pd_participants", 166, "166", "профессионального мастерства", "лист «5_Мероприятия», строка 10, графа «Итого за год»",
      cell=cell_ref(ws, 10, 6))
grid(ws, 3, 10, 1, 6)
ws.column_dimensions["A"].width = 66
for c in "BCDEF":
    ws.column_dimensions[c].width = 12
for rr in range(4, 11):
    ws.cell(rr, 1).alignment = Alignment(wrap_text=True)

path = os.path.join(OUT, NAME)
wb.save(path)
recalc_xlsx(path)
g.save(NAME)
