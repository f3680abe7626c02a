"""r6_04: Ленинск-Кузнецкий городской округ, Кемеровская область — Кузбасс, 2024.
xlsx modelled on a statistical form (1-ДОП style) — OUTSIDE the brief:
title sheet with ОКТМО/ОКПО codes, line codes «01…14» in their own column,
directions in the statistical-form order, an «из них девочки» column,
formulas (SUM, share, growth referring to a hidden sheet), percent format,
a hidden draft row, a «Справочно: 2023 год» column, a similar-name neighbour
(Ленинск-Кузнецкий муниципальный округ). Built with openpyxl, recalculated
by LibreOffice so that formula cells carry cached values."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from common import Gold, OUT, DIRS, soffice_convert, tmp_path

NAME = "r6_04_leninsk-kuznetsky_forma_mdo1"
g = Gold(NAME, "Ленинск-Кузнецкий городской округ", "Кемеровская область — Кузбасс", 2024)

# ------------------------------------------------------------- data
ORDER = ["tech", "science", "tourism", "social", "art", "sport"]   # stat-form order
LAB = {"tech": "технической", "science": "естественнонаучной",
       "tourism": "туристско-краеведческой", "social": "социально-гуманитарной",
       "art": "художественной", "sport": "физкультурно-спортивной"}
prog = dict(tech=22, science=17, tourism=8, social=41, art=63, sport=29)
stud = dict(tech=1204, science=733, tourism=388, social=2215, art=3870, sport=2941)
girls = dict(tech=402, science=418, tourism=171, social=1260, art=2705, sport=1106)
PROG, SREP = sum(prog.values()), sum(stud.values())
assert PROG == 180 and SREP == 11351
UNIQ, UNIQ_GIRLS, POP, POP_GIRLS = 9472, 4880, 11806, 5790
COV = 80.2
g.check_coverage(UNIQ, POP, COV)
UNIQ23 = 9105
GROWTH = UNIQ - UNIQ23
OVZ, INV = 287, 64
NOK = 14
CERT = 2893
CERT_SHARE = 24.5
g.check_share(CERT, POP, CERT_SHARE)

# ------------------------------------------------------------- workbook
wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(bold=True)
WR = Alignment(wrap_text=True, vertical="center")
CC = Alignment(horizontal="center", vertical="center", wrap_text=True)

t = wb.active
t.title = "Титул"
t.column_dimensions["A"].width = 100
title = [
    ("ФОРМА МДО-1 (муниципальная)", True),
    ("СВЕДЕНИЯ О ДОПОЛНИТЕЛЬНОМ ОБРАЗОВАНИИ ДЕТЕЙ", True),
    ("за 2024 год", True),
    ("", False),
    ("Утверждена приказом Министерства образования Кузбасса от 03.11.2023 № 3412", False),
    ("Представляют: органы местного самоуправления, осуществляющие управление в сфере образования", False),
    ("Срок представления: до 20 января 2025 г.", False),
    ("", False),
    ("Наименование муниципального образования: Ленинск-Кузнецкий городской округ", False),
    ("Отчитывающаяся организация: Управление образования администрации Ленинск-Кузнецкого городского округа", False),
    ("Почтовый адрес: 652500, Кемеровская область – Кузбасс, г. Ленинск-Кузнецкий, пр. Кирова, д. 56", False),
    ("Код по ОКПО: 02119834      Код по ОКТМО: 32719000", False),
    ("", False),
    ("Данные по организациям Ленинск-Кузнецкого муниципального округа в форму не включаются "
     "(представляются отдельной формой).", False),
]
for i, (txt, bold) in enumerate(title, 1):
    c = t.cell(row=i, column=1, value=txt or None)
    c.font = Font(bold=bold, size=12 if bold else 11)
    c.alignment = Alignment(horizontal="center" if i <= 3 else "left", wrap_text=True)

# ---- Раздел 1
s1 = wb.create_sheet("Раздел 1")
for col, w in zip("ABCDE", (62, 9, 14, 16, 14)):
    s1.column_dimensions[col].width = w
s1["A1"] = "Раздел 1. Дополнительные общеобразовательные программы и численность обучающихся"
s1["A1"].font = B
s1.merge_cells("A1:E1")
s1["A3"], s1["B3"], s1["C3"], s1["D3"] = ("Наименование показателя", "№ строки",
                                           "Число программ, ед.", "Численность обучающихся, человек")
s1["D4"], s1["E4"] = "всего", "из них девочки"
for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:E3"):
    s1.merge_cells(rng)
for c, v in zip("ABCDE", range(1, 6)):
    s1[f"{c}5"] = v
rows = [("Всего по программам (сумма строк 02–07)", "01", "=SUM(C8:C13)", "=SUM(D8:D13)", "=SUM(E8:E13)"),
        ("в том числе по направленностям:", None, None, None, None)]
for i, k in enumerate(ORDER, 2):
    rows.append((LAB[k], f"{i:02d}", prog[k], stud[k], girls[k]))
rows += [
    ("(черновик) итог 2023 года по строке 01", "01*", 171, 10968, 5512),      # hidden row 14
    ("Из строки 01: программы, получившие положительное заключение независимой оценки качества",
     "08", NOK, "x", "x"),
    ("Численность обучающихся без повторного счёта", "09", "x", UNIQ, UNIQ_GIRLS),
    ("из них: обучающиеся с ограниченными возможностями здоровья", "10", "x", OVZ, 121),
    ("           дети-инвалиды", "11", "x", INV, 27),
    ("Справочно: численность детей в возрасте 5–18 лет, проживающих на территории городского округа",
     "12", "x", POP, POP_GIRLS),
    ("Охват детей 5–18 лет дополнительным образованием (стр. 09 / стр. 12)", "13", "x", "=D16/D19", "x"),
    ("Прирост численности обучающихся (стр. 09) к 2023 году, чел.", "14", "x", "=D16-Расчёт!C5", "x"),
]
for r, vals in enumerate(rows, 6):
    for c, v in zip("ABCDE", vals):
        if v is not None:
            s1[f"{c}{r}"] = v
s1.merge_cells("A7:E7")
s1.row_dimensions[14].hidden = True
s1["D20"].number_format = "0.0%"
for r in range(3, 22):
    for c in "ABCDE":
        cell = s1[f"{c}{r}"]
        cell.border = box
        cell.alignment = WR if c == "A" and r > 5 else CC
        if r in (3, 4, 5, 6):
            cell.font = B
    for c in "CDE":
        if isinstance(s1[f"{c}{r}"].value, int) or str(s1[f"{c}{r}"].value).startswith("=SUM"):
            s1[f"{c}{r}"].number_format = "#,##0"
s1["A7"].font = Font(italic=True)
s1["A23"] = "Контрольные соотношения: стр. 01 ≥ стр. 09; стр. 10 ≥ стр. 11; стр. 13 ≤ 100 %."
s1["A23"].font = Font(italic=True, size=9)

g.add("programs_total", PROG, "Всего по программам")
for k in DIRS:
    g.add("programs_" + k, prog[k], LAB[k])
    g.add("students_" + k, stud[k], LAB[k])
g.add("programs_nok", NOK, "положительное заключение")
g.add("students_total", UNIQ, "без повторного счёта")
g.add("students_ovz", OVZ, "ограниченными возможностями")
g.add("students_disabled", INV, "дети-инвалиды")
g.add("coverage_pct", COV, "Охват детей 5–18 лет")
g.add("coverage_growth_children", GROWTH, "Прирост численности")

# ---- Раздел 2
s2 = wb.create_sheet("Раздел 2")
for col, w in zip("ABCDE", (66, 9, 9, 14, 16)):
    s2.column_dimensions[col].width = w
s2["A1"] = "Раздел 2. Персонифицированное финансирование и деятельность муниципального опорного центра"
s2["A1"].font = B
s2.merge_cells("A1:E1")
hdr = ("Наименование показателя", "№ строки", "Ед. изм.", "2024 год", "Справочно: 2023 год")
for c, v in zip("ABCDE", hdr):
    s2[f"{c}3"] = v
for c, v in zip("ABCDE", range(1, 6)):
    s2[f"{c}4"] = v
r2 = [
    ("Количество организаций дополнительного образования (без школ и детских садов)", "21", "ед.", 3, 3),
    ("Количество организаций – поставщиков услуг, включённых в реестр ПФДО", "22", "ед.", 24, 21),
    ("Номинал сертификата финансирования", "23", "руб.", 10450.75, 9870.00),
    ("Выдано сертификатов (нарастающим итогом)", "24", "шт.", 10987, 10402),
    ("из них активных (использованных для записи)", "25", "шт.", 8430, 7911),
    ("Численность детей, обучающихся по сертификатам финансирования", "26", "чел.", CERT, 2610),
    ("Доля детей 5–18 лет, обучающихся по сертификатам финансирования (стр. 26 / стр. 12)", "27", "%",
     "=D10/'Раздел 1'!D19", 0.224),
    ("Создано новых мест дополнительного образования", "28", "мест", 90, 150),
    ("Мероприятия МОЦ для родителей (законных представителей): количество", "29", "ед.", 11, 9),
    ("     охват участников", "30", "чел.", 575, 490),
    ("Мероприятия МОЦ для обучающихся: количество", "31", "ед.", 19, 17),
    ("     охват участников", "32", "чел.", 1640, 1502),
    ("Мероприятия МОЦ для педагогических работников: количество", "33", "ед.", 16, 12),
    ("     охват участников", "34", "чел.", 402, 355),
    ("Педагоги – участники мероприятий по развитию профессионального мастерства", "35", "чел.", 118, 97),
]
for r, vals in enumerate(r2, 5):
    for c, v in zip("ABCDE", vals):
        s2[f"{c}{r}"] = v
    for c in "DE":
        cell = s2[f"{c}{r}"]
        if vals[2] == "руб.":
            cell.number_format = "#,##0.00"
        elif vals[2] == "%":
            cell.number_format = "0.0%"
        else:
            cell.number_format = "#,##0"
for r in range(3, 5 + len(r2)):
    for c in "ABCDE":
        cell = s2[f"{c}{r}"]
        cell.border = box
        cell.alignment = WR if c == "A" and r > 4 else CC
        if r < 5:
            cell.font = B
s2["A22"] = "Должностное лицо, ответственное за предоставление информации: главный специалист Е.А. Морозова"
s2["A23"] = "тел. 8 (38456) 7-22-41        «17» января 2025 г."
assert s2["A11"].value.startswith("Доля") and s2["D10"].value == CERT

g.add("organizations_total", 3, "Количество организаций дополнительного")
g.add("providers_registry", 24, "реестр ПФДО")
g.add("certificate_nominal_rub", 10450.75, "Номинал сертификата")
g.add("certificates_issued", 10987, "Выдано сертификатов")
g.add("certificates_active", 8430, "активных")
g.add("certificate_students", CERT, "Численность детей, обучающихся по сертификатам")
g.add("certificate_share_pct", CERT_SHARE, "Доля детей 5–18 лет")
g.add("new_places", 90, "новых мест")
g.add("events_parents", 11, "для родителей")
g.add("events_parents_reach", 575, "для родителей")        # next row, window 3
g.add("events_students", 19, "для обучающихся")
g.add("events_students_reach", 1640, "для обучающихся")
g.add("events_teachers", 16, "для педагогических")
g.add("events_teachers_reach", 402, "для педагогических")
g.add("teachers_pd_participants", 118, "развитию профессионального")

# ---- hidden sheet with last year's data used by a formula
s3 = wb.create_sheet("Расчёт")
s3["A1"] = "Служебный лист: данные 2023 года"
s3["A5"], s3["B5"], s3["C5"] = "Обучающихся без повторного счёта", "стр. 09", UNIQ23
s3["A6"], s3["B6"], s3["C6"] = "Численность детей 5–18 лет", "стр. 12", 11652
s3.sheet_state = "hidden"

tmp = tmp_path(".xlsx")
wb.save(tmp)
soffice_convert(tmp, "xlsx:Calc MS Excel 2007 XML", OUT / f"{NAME}.xlsx")

# check cached values after recalculation
from openpyxl import load_workbook
chk = load_workbook(OUT / f"{NAME}.xlsx", data_only=True)
c1, c2 = chk["Раздел 1"], chk["Раздел 2"]
assert c1["C6"].value == PROG and c1["D6"].value == SREP, (c1["C6"].value, c1["D6"].value)
assert abs(c1["D20"].value * 100 - COV) < 0.05 and c1["D21"].value == GROWTH
assert abs(c2["D11"].value * 100 - CERT_SHARE) < 0.05
assert c1.row_dimensions[14].hidden and chk["Расчёт"].sheet_state == "hidden"
g.write("xlsx")
