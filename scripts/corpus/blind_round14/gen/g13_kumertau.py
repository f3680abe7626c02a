"""13 - город Кумертау (Республика Башкортостан), 2024/2025 school year -> 2025, XLSX.
A workbook with a bilingual (Bashkir / Russian) letterhead; sheet 1 with a
two-level merged header «Учебный год» over «2023/2024 | 2024/2025», a
column-number row and a «Динамика, +/-» formula column; sheet 2 a transposed
directions table with a merged «Направленности» header where the school year
is in the row labels (previous year's rows too); sheet 3 a label/value card for
ПФДО plus an events table; a comment cell with the growth.
Traps: 2023/2024 column and rows, dynamics column, population, the neighbour
город Мелеуз, the report date 01.06.2025, a «не менее» target for 2025/2026."""
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from common import Figs, tmpdir, recalc_xlsx

NAME = "r14_13_kumertau_svod.xlsx"
F = Figs(NAME)
wb = openpyxl.Workbook()
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(bold=True)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
WR = Alignment(wrap_text=True, vertical="center")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if not (c.alignment and c.alignment.horizontal == "center"):
                c.alignment = WR


ws = wb.active
ws.title = "Свод"
ws["A1"] = ("Башҡортостан Республикаһы Ҡумертау ҡалаһы ҡала округы хакимиәтенең мәғариф "
            "идаралығы")
ws["A2"] = ("Управление образования Администрации городского округа город Кумертау "
            "Республики Башкортостан")
ws["A4"] = ("Информация о деятельности муниципального опорного центра дополнительного "
            "образования детей по итогам 2024/2025 учебного года")
ws["A4"].font = Font(bold=True, size=12)
ws["A5"] = "(по состоянию на 01.06.2025)"
for c, t in zip("ABCDF", ["№ п/п", "Показатель", "Ед. изм.", "Учебный год", "Динамика, +/-"]):
    ws[f"{c}7"] = t
ws["D8"], ws["E8"] = "2023/2024", "2024/2025"
ws.merge_cells("D7:E7")
for c in "ABCF":
    ws.merge_cells(f"{c}7:{c}8")
for j in range(1, 7):
    ws.cell(9, j, j)
for row in ws["A7:F9"]:
    for c in row:
        c.font = B
        c.alignment = CEN
C = "2024/2025"
data = [
    ("1", "Количество организаций дополнительного образования", "ед.", 4, 4,
     "organizations_total", "организаций дополнительного образования"),
    ("2", "Количество организаций, включённых в реестр поставщиков образовательных услуг",
     "ед.", 12, 15, "providers_registry", "реестр поставщиков"),
    ("3", "Количество дополнительных общеобразовательных программ, всего", "ед.", 298, 312,
     "programs_total", "программ, всего"),
    ("4", "Количество программ, получивших положительное заключение НОК", "ед.", 8, 13,
     "programs_nok", "положительное заключение"),
    ("5", "Численность детей 5–18 лет, проживающих в городском округе", "чел.", 10116, 10171,
     None, None),
    ("6", "Численность обучающихся (без повторного счёта)", "чел.", 8214, 8452,
     "students_total", "без повторного счёта"),
    ("7", "Охват детей 5–18 лет дополнительным образованием", "%", 81.2, 83.1,
     "coverage_pct", "Охват детей"),
    ("8", "Численность обучающихся с ОВЗ", "чел.", 264, 281, "students_ovz", "с ОВЗ"),
    ("9", "Численность обучающихся детей-инвалидов", "чел.", 97, 104, "students_disabled",
     "детей-инвалидов")]
for i, (no, lab, unit, a, b, key, anc) in enumerate(data):
    r = 10 + i
    ws.cell(r, 1, no)
    ws.cell(r, 2, lab)
    ws.cell(r, 3, unit)
    ws.cell(r, 4, a)
    ws.cell(r, 5, b)
    # the dynamics column is filled for counts only; percentages get «х»
    ws.cell(r, 6, "х" if unit == "%" else f"=E{r}-D{r}")
    fmt = "0.0" if unit == "%" else "#,##0"
    for j in (4, 5, 6):
        ws.cell(r, j).number_format = fmt
    if key:
        w = str(b).replace(".", ",")
        F.add(key, b if isinstance(b, float) else int(b), w, anc, col=C)
last = 10 + len(data) - 1
box(ws, f"A7:F{last}")
ws.cell(last + 2, 2, "Комментарий: прирост численности обучающихся за учебный год – 238 "
        "человек; охват выше, чем в городе Мелеузе (79,8 %).")
F.add("coverage_growth_children", 238, "238", "прирост численности обучающихся", "text")
ws.column_dimensions["A"].width = 7
ws.column_dimensions["B"].width = 62
ws.column_dimensions["C"].width = 9
for c in "DEF":
    ws.column_dimensions[c].width = 13

# --------------------------------------------------------------- directions
ws = wb.create_sheet("Направленности")
ws["A1"] = "Программы и обучающиеся по направленностям"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"] = "Показатель"
ws["B3"] = "Направленности"
ws.merge_cells("B3:G3")
ws["H3"] = "Всего"
ws.merge_cells("A3:A4")
ws.merge_cells("H3:H4")
names = ["художественная", "физкультурно-спортивная", "социально-гуманитарная",
         "естественнонаучная", "техническая", "туристско-краеведческая"]
keys = ["art", "sport", "social", "science", "tech", "tourism"]
for j, nm in enumerate(names):
    ws.cell(4, 2 + j, nm)
rows = [("Программ, ед. (2023/2024)", [80, 58, 66, 28, 44, 22], None),
        ("Программ, ед. (2024/2025)", [84, 61, 70, 29, 46, 22], "programs_"),
        ("Обучающихся, чел. (2023/2024, с повторным счётом)",
         [3310, 3050, 2160, 850, 1420, 604], None),
        ("Обучающихся, чел. (2024/2025, с повторным счётом)",
         [3406, 3118, 2240, 874, 1507, 612], "students_")]
for i, (lab, vals, pref) in enumerate(rows):
    r = 5 + i
    ws.cell(r, 1, lab)
    for j, v in enumerate(vals):
        ws.cell(r, 2 + j, v).number_format = "#,##0"
        if pref:
            F.add(pref + keys[j], v, str(v), lab, col=names[j])
    ws.cell(r, 8, f"=SUM(B{r}:G{r})").number_format = "#,##0"
for row in ws["A3:H4"]:
    for c in row:
        c.font = B
        c.alignment = CEN
box(ws, "A3:H8")
ws.column_dimensions["A"].width = 44
for c in "BCDEFGH":
    ws.column_dimensions[c].width = 15

# --------------------------------------------------------------- ПФДО and МОЦ
ws = wb.create_sheet("ПФДО_МОЦ")
ws["A1"] = "Персонифицированное финансирование и деятельность МОЦ (2024/2025 учебный год)"
ws["A1"].font = Font(bold=True, size=12)
card = [("Номинал сертификата ПФДО на 2025 год, руб.", 9950.0, "#,##0.00",
         "certificate_nominal_rub", "9950,00", "Номинал сертификата"),
        ("Выдано сертификатов дополнительного образования, шт.", 9120, "#,##0",
         "certificates_issued", "9120", "Выдано сертификатов"),
        ("Активные сертификаты, шт.", 7904, "#,##0", "certificates_active", "7904",
         "Активные сертификаты"),
        ("Обучающиеся с использованием сертификатов ПФДО, чел.", 2790, "#,##0",
         "certificate_students", "2790", "с использованием сертификатов"),
        ("Доля детей 5–18 лет, обучающихся по сертификатам, %", 27.4, "0.0",
         "certificate_share_pct", "27,4", "Доля детей"),
        ("Создано новых мест дополнительного образования, ед.", 120, "0", "new_places", "120",
         "новых мест"),
        ("Плановое значение охвата ПФДО на 2025/2026 уч. год, %", "не менее 30", None, None,
         None, None)]
for i, (lab, v, fmt, key, w, anc) in enumerate(card):
    ws.cell(3 + i, 1, lab)
    c = ws.cell(3 + i, 2, v)
    if fmt:
        c.number_format = fmt
    if key:
        F.add(key, v, w, anc)
box(ws, f"A3:B{3 + len(card) - 1}")
r0 = 3 + len(card) + 1
ws.cell(r0, 1, "Мероприятия МОЦ").font = B
ws.cell(r0 + 1, 1, "Целевая группа")
ws.cell(r0 + 1, 2, "Количество мероприятий")
ws.cell(r0 + 1, 3, "Охват, чел.")
for c in range(1, 4):
    ws.cell(r0 + 1, c).font = B
    ws.cell(r0 + 1, c).alignment = CEN
for i, (lab, k1, v1, k2, v2) in enumerate([
        ("обучающиеся", "events_students", 46, "events_students_reach", 4120),
        ("родители (законные представители)", "events_parents", 17, "events_parents_reach", 1385),
        ("педагогические работники", "events_teachers", 24, None, "н/д")]):
    r = r0 + 2 + i
    ws.cell(r, 1, lab)
    ws.cell(r, 2, v1)
    ws.cell(r, 3, v2).number_format = "#,##0"
    anc = lab.split(" (")[0]
    F.add(k1, v1, str(v1), anc, col="Количество мероприятий")
    if k2:
        F.add(k2, v2, str(v2), anc, col="Охват")
r = r0 + 5
ws.cell(r, 1, "педагоги – участники мероприятий по развитию профессионального мастерства")
ws.cell(r, 2, "х")
ws.cell(r, 3, 173)
F.add("teachers_pd_participants", 173, "173", "профессионального мастерства", col="Охват")
box(ws, f"A{r0 + 1}:C{r}")
ws.column_dimensions["A"].width = 62
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 14

src = tmpdir() / NAME
wb.save(str(src))
recalc_xlsx(src, NAME)
F.save(NAME, "город Кумертау", "Республика Башкортостан", 2025)
