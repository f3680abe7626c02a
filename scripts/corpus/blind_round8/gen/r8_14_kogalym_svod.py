# -*- coding: utf-8 -*-
"""r8_14: город Когалым (ХМАО – Югра), 2024, xlsx recalculated by LibreOffice.
OUTSIDE the brief: a consolidated sheet with ORGANISATIONS IN ROWS and indicators in
columns (two header rows: «Количество программ, ед.» / «Численность обучающихся (с
повторным счётом), чел.» over the directions), the TOTAL row at the TOP built from SUM
formulas, zeros shown as «–» by a number format; a «показатель – единица – значение»
sheet with section sub-headers; and a comparison sheet (Когалым / Лангепас / Покачи / ХМАО)."""
import os
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from common import *

NAME = "r8_14_kogalym_svod.xlsx"
g = Gold(NAME, "город Когалым", "Ханты-Мансийский автономный округ — Югра", 2024)
wb = openpyxl.Workbook()
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="E2EFDA")
TF = PatternFill("solid", fgColor="FFF2CC")
NUMZ = '#,##0;-#,##0;"–"'

def ref(ws, r, c):
    return "%s!%s%d" % (ws.title, get_column_letter(c), r)

def alloc(total, weights):
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rem = total - sum(base)
    order = sorted(range(len(weights)), key=lambda i: -(raw[i] - base[i]))
    for i in order[:rem]:
        base[i] += 1
    return base

orgs = [("МАУ ДО «Дом детского творчества» (МОЦ)", "УДО", (30, 4, 20, 10, 18, 5)),
        ("МАУ ДО «Детская школа искусств»", "УДО", (35, 0, 0, 0, 0, 0)),
        ("МАУ ДО «Спортивная школа «Дворец спорта»", "УДО", (0, 30, 0, 0, 0, 2)),
        ("МАУ ДО «Детский технопарк «Кванториум»", "УДО", (0, 0, 2, 8, 20, 0)),
        ("МАОУ «Средняя общеобразовательная школа № 1»", "ОО", (3, 3, 5, 2, 1, 1)),
        ("МАОУ «Средняя школа № 3»", "ОО", (2, 4, 4, 2, 2, 1)),
        ("МАОУ «Средняя общеобразовательная школа № 5»", "ОО", (3, 2, 5, 1, 1, 0)),
        ("МАОУ «Средняя общеобразовательная школа № 6»", "ОО", (2, 3, 4, 2, 1, 1)),
        ("МАОУ «Средняя общеобразовательная школа № 7»", "ОО", (3, 3, 3, 1, 2, 1)),
        ("МАОУ «Средняя общеобразовательная школа № 8»", "ОО", (2, 2, 4, 1, 1, 0)),
        ("МАОУ «Средняя общеобразовательная школа № 10»", "ОО", (3, 3, 4, 2, 1, 1)),
        ("МАДОУ (11 детских садов)", "ДОО", (6, 4, 6, 2, 1, 0)),
        ("Негосударственные организации и ИП (3)", "НГО", (4, 3, 3, 0, 2, 0))]
PT = dict(art=92, sport=61, social=70, science=31, tech=45, tourism=12)
ST = dict(art=4110, sport=3980, social=2650, science=1020, tech=1530, tourism=390)
assert sum(PT.values()) == 311 and sum(ST.values()) == 13680
progs = {d: alloc(PT[d], [o[2][i] for o in orgs]) for i, d in enumerate(DIRS)}
studs = {d: alloc(ST[d], [o[2][i] for o in orgs]) for i, d in enumerate(DIRS)}
nok = alloc(12, [5, 2, 1, 2, 1, 0, 0, 0, 0, 0, 0, 0, 1])
ovz = alloc(498, [30, 6, 8, 6, 8, 7, 6, 7, 7, 6, 7, 10, 2])
inv = alloc(121, [30, 6, 8, 6, 8, 7, 6, 7, 7, 6, 7, 10, 2])
newp = alloc(85, [40, 0, 0, 30, 0, 0, 0, 0, 15, 0, 0, 0, 0])

# ---- Свод по организациям
ws = wb.active
ws.title = "Свод по организациям"
ws["A1"] = "Сводные сведения о реализации дополнительных общеобразовательных программ в организациях города Когалыма за 2024 год"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Источник: АИС «Навигатор дополнительного образования детей ХМАО – Югры», данные на 31.12.2024; сформировано МОЦ 20.01.2025"
short = ["худож.", "физк.-спорт.", "соц.-гуман.", "естеств.-науч.", "технич.", "турист.-краев."]
heads1 = ["№ п/п", "Организация", "Тип", "Количество программ, ед.", None, None, None, None, None, None,
          "из них с положит. заключением НОК", "Численность обучающихся (с повторным счётом), чел.", None, None, None, None, None, None,
          "из них с ОВЗ", "из них дети-инвалиды", "Создано новых мест"]
heads2 = [None, None, None, "всего"] + short + [None, "всего"] + short + [None, None, None]
for c, v in enumerate(heads1, 1):
    if v:
        ws.cell(3, c, v)
for c, v in enumerate(heads2, 1):
    if v:
        ws.cell(4, c, v)
ws.merge_cells("D3:J3"); ws.merge_cells("L3:R3")
for c in (1, 2, 3, 11, 19, 20, 21):
    ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
for r in (3, 4):
    for c in range(1, 22):
        cl = ws.cell(r, c)
        cl.font = Font(bold=True, size=9); cl.fill = HF; cl.border = B
        cl.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
TOP = 5
first, last = 6, 6 + len(orgs) - 1
ws.cell(TOP, 2, "ИТОГО по городу Когалыму")
for c in range(4, 22):
    ws.cell(TOP, c, "=SUM(%s%d:%s%d)" % (get_column_letter(c), first, get_column_letter(c), last))
for i, (name, typ, _) in enumerate(orgs):
    r = first + i
    ws.cell(r, 1, i + 1); ws.cell(r, 2, name); ws.cell(r, 3, typ)
    ws.cell(r, 4, "=SUM(E%d:J%d)" % (r, r))
    for j, d in enumerate(DIRS):
        ws.cell(r, 5 + j, progs[d][i])
        ws.cell(r, 13 + j, studs[d][i])
    ws.cell(r, 11, nok[i])
    ws.cell(r, 12, "=SUM(M%d:R%d)" % (r, r))
    ws.cell(r, 19, ovz[i]); ws.cell(r, 20, inv[i]); ws.cell(r, 21, newp[i])
for r in range(TOP, last + 1):
    for c in range(1, 22):
        cl = ws.cell(r, c)
        cl.border = B
        if c >= 4:
            cl.number_format = NUMZ
        if r == TOP:
            cl.font = Font(bold=True); cl.fill = TF
        if c == 2:
            cl.alignment = Alignment(wrap_text=True)
ws.cell(last + 2, 2, "Примечание: численность обучающихся приведена с повторным счётом; численность детей без повторного "
                     "счёта – см. лист «Показатели МОЦ». Тип: УДО – организации дополнительного образования, ОО – общеобразовательные, "
                     "ДОО – дошкольные, НГО – негосударственные.")
ws.column_dimensions["A"].width = 5
ws.column_dimensions["B"].width = 44
ws.column_dimensions["C"].width = 6
for c in range(4, 22):
    ws.column_dimensions[get_column_letter(c)].width = 8.5
ws.freeze_panes = "D5"
A = "ИТОГО по городу Когалыму"
W = "лист «Свод по организациям», строка «ИТОГО» (вверху, формулы СУММ), графа «%s»"
g.add("programs_total", 311, "311", A, W % "Количество программ – всего", cell=ref(ws, TOP, 4))
for j, d in enumerate(DIRS):
    g.add("programs_" + d, PT[d], str(PT[d]), A, W % ("Количество программ – " + short[j]), cell=ref(ws, TOP, 5 + j))
    g.add("students_" + d, ST[d], str(ST[d]), A, W % ("Численность обучающихся – " + short[j]), cell=ref(ws, TOP, 13 + j))
g.add("programs_nok", 12, "12", A, W % "из них с положит. заключением НОК", cell=ref(ws, TOP, 11))
g.add("students_ovz", 498, "498", A, W % "из них с ОВЗ", cell=ref(ws, TOP, 19))
g.add("students_disabled", 121, "121", A, W % "из них дети-инвалиды", cell=ref(ws, TOP, 20))
g.add("new_places", 85, "85", A, W % "Создано новых мест", cell=ref(ws, TOP, 21))

# ---- Показатели МОЦ
ws = wb.create_sheet("Показатели МОЦ")
ws["A1"] = "Основные показатели деятельности МОЦ города Когалыма за 2024 год"
ws["A1"].font = Font(bold=True, size=12)
for c, v in enumerate(["Показатель", "Ед. изм.", "Значение"], 1):
    cl = ws.cell(3, c, v); cl.font = Font(bold=True); cl.fill = HF; cl.border = B
r = 4
def secrow(t):
    global r
    ws.cell(r, 1, t).font = Font(bold=True, italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 1
def val(label, unit, v, key=None, gv=None, fmt='#,##0', note=""):
    global r
    ws.cell(r, 1, label); ws.cell(r, 2, unit); cl = ws.cell(r, 3, v); cl.number_format = fmt
    for c in (1, 2, 3):
        ws.cell(r, c).border = B
    if key:
        g.add(key, gv, str(gv) if not isinstance(gv, float) else repr(gv), label,
              "лист «Показатели МОЦ», строка «%s», графа «Значение»" % label, cell=ref(ws, r, 3), note=note)
    r += 1
    return r - 1
secrow("1. Сеть")
val("Организации дополнительного образования", "ед.", 4, "organizations_total", 4)
val("Организации и ИП в реестре поставщиков образовательных услуг", "ед.", 29, "providers_registry", 29)
secrow("2. Охват")
rp = val("Численность детей 5–18 лет, проживающих в городе (справочно)", "чел.", 13480)
rs = val("Численность обучающихся без повторного счёта (Навигатор)", "чел.", 11250, "students_total", 11250,
         note="the TOTAL row of the other sheet (13 680) is с повторным счётом")
val("Охват детей 5–18 лет дополнительным образованием", "%", "=ROUND(C%d/C%d*100,1)" % (rs, rp), "coverage_pct", 83.5, fmt='0.0')
val("Прирост численности обучающихся к 2023 году", "чел.", 233, "coverage_growth_children", 233)
val("Прирост численности обучающихся к 2023 году", "%", 2.1, "coverage_growth_pct", 2.1, fmt='0.0')
secrow("3. Персонифицированное финансирование")
val("Номинал сертификата", "руб.", 19628.5, "certificate_nominal_rub", 19628.5, fmt='#,##0.00')
val("Выдано сертификатов", "шт.", 12310, "certificates_issued", 12310)
val("Активные сертификаты", "шт.", 9840, "certificates_active", 9840)
rc = val("Дети, обучающиеся с использованием сертификатов", "чел.", 6480, "certificate_students", 6480)
val("Доля детей, обучающихся с использованием сертификатов", "%", "=ROUND(C%d/C%d*100,1)" % (rc, rs),
    "certificate_share_pct", 57.6, fmt='0.0')
secrow("4. Мероприятия МОЦ")
val("Мероприятия для обучающихся", "ед.", 33, "events_students", 33)
val("Участники мероприятий для обучающихся", "чел.", 2760, "events_students_reach", 2760)
val("Мероприятия для родителей", "ед.", 14, "events_parents", 14)
val("Участники мероприятий для родителей", "чел.", 1190, "events_parents_reach", 1190)
val("Мероприятия для педагогов", "ед.", 16, "events_teachers", 16)
val("Педагоги – участники мероприятий по развитию профессионального мастерства", "чел.", 143, "teachers_pd_participants", 143)
secrow("Справочно")
val("Численность обучающихся общеобразовательных организаций", "чел.", 12870)
val("Целевое значение охвата на 2025 год", "%", 84.0, fmt='0.0')
ws.column_dimensions["A"].width = 72
ws.column_dimensions["B"].width = 9
ws.column_dimensions["C"].width = 14

# ---- Сравнение
ws = wb.create_sheet("Сравнение")
ws["A1"] = "Показатели города Когалыма в сравнении с соседними муниципалитетами и средними по ХМАО – Югре (2024 год)"
ws["A1"].font = Font(bold=True)
hd = ["Показатель", "г. Когалым", "г. Лангепас", "г. Покачи", "ХМАО – Югра (в среднем)"]
for c, v in enumerate(hd, 1):
    cl = ws.cell(3, c, v); cl.font = Font(bold=True); cl.fill = HF; cl.border = B
cmp_rows = [("Охват детей 5–18 лет, %", "='Показатели МОЦ'!C%d" % (rs + 1), 81.2, 79.4, 80.6),
            ("Доля детей по сертификатам, %", "='Показатели МОЦ'!C%d" % (rc + 1), 49.3, 44.0, 45.2),
            ("Номинал сертификата, руб.", 19628.5, 18940.0, 18940.0, 19100.0),
            ("Программ, ед.", "='Свод по организациям'!D5", 240, 96, "х")]
for i, row in enumerate(cmp_rows):
    for c, v in enumerate(row, 1):
        cl = ws.cell(4 + i, c, v); cl.border = B
        if c > 1:
            cl.number_format = '#,##0.00' if "руб" in row[0] else ('0.0' if "%" in row[0] else '#,##0')
ws.column_dimensions["A"].width = 34
for c in "BCDE":
    ws.column_dimensions[c].width = 16

path = os.path.join(OUT, NAME)
wb.save(path)
recalc_xlsx(path)
g.save(NAME)
