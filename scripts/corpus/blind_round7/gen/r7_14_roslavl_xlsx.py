"""r7_14: Рославльский район (Смоленская область), 2024, xlsx.

openpyxl, then recalculated by LibreOffice.
OUTSIDE THE BRIEF:
  * «Основные показатели» — years as merged column groups with nested
    «план | факт» sub-columns (2023: план|факт, 2024: план|факт|% исполнения,
    2025: план), «% исполнения» a percent formula;
  * «По организациям» — organisations as COLUMNS with the «Всего по району»
    total column on the LEFT (a SUM formula over the columns to its right),
    indicators and directions as rows, two blocks (programmes, pupils);
  * «ПФДО и МОЦ» — a two-column list where some values are text with units
    («8 500,00 руб.», «15 (в т.ч. 4 ИП)») and others numbers.
"""
import os
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from common import Figures, OUT, write_outputs, xlsx_recalc

STEM = "r7_14_roslavlskiy_rayon_plan_fakt"
MUN, REG, YEAR = "Рославльский район", "Смоленская область", 2024
F = Figures()
A = F.add

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(name="Arial", bold=True, size=10)
NORM = Font(name="Arial", size=10)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
FILL = PatternFill("solid", fgColor="D9E1F2")

def style_range(ws, r1, r2, c1, c2, font=NORM, fill=None):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.font = font
            cell.border = BOX
            cell.alignment = WRAP if (c == 2 and font is NORM) else CEN
            if fill:
                cell.fill = fill

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Основные показатели"
ws["A1"] = "Отдел образования Администрации муниципального образования «Рославльский район» " \
           "Смоленской области"
ws["A2"] = "Плановые и фактические значения показателей дополнительного образования детей " \
           "(мониторинг МОЦ), 2023–2025 гг."
ws.merge_cells("A1:I1")
ws.merge_cells("A2:I2")
ws["A1"].font = NORM
ws["A2"].font = BOLD
ws.cell(4, 1, "№")
ws.cell(4, 2, "Показатель")
ws.cell(4, 3, "Ед. изм.")
ws.cell(4, 4, "2023 год")
ws.cell(4, 6, "2024 год")
ws.cell(4, 9, "2025 год")
for c, v in zip(range(4, 10), ["план", "факт", "план", "факт", "% исполнения", "план"]):
    ws.cell(5, c, v)
for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:H4"):
    ws.merge_cells(rng)
style_range(ws, 4, 5, 1, 9, BOLD, FILL)
r = 6
rows = {}
def put(no, label, unit, p23, f23, p24, f24, p25, key=None, value=None, written=None, fmt=None,
        pct=True):
    global r
    vals = [no, label, unit, p23, f23, p24, f24,
            f"=IF(ISNUMBER(F{r}),ROUND(G{r}/F{r},3),\"–\")" if pct else "–", p25]
    for c, v in enumerate(vals, 1):
        ws.cell(r, c, v)
    style_range(ws, r, r, 1, 9)
    ws.cell(r, 8).number_format = "0.0%"
    if fmt:
        for c in (4, 5, 6, 7, 9):
            ws.cell(r, c).number_format = fmt
    if key:
        A(key, value, written if written is not None else str(f24), label, col=6,
          where=f"лист «Основные показатели», G{r} (2024 факт)")
    rows[key or label] = r
    r += 1
put(1, "Охват детей в возрасте 5–18 лет дополнительным образованием", "%", 78.0, 78.6, 79.0,
    80.2, 81.0, "coverage_pct", 80.2, "80.2", fmt="0.0")
put(2, "Численность обучающихся по ДООП (без повторного счёта)", "чел.", 5600, 5655, 5700, 5781,
    5850, "students_total", 5781, fmt="#,##0")
r_st = r - 1
put(3, "Количество реализуемых ДООП", "ед.", 240, 246, 250, 262, 270, "programs_total", 262)
put(4, "ДООП с положительным заключением НОК", "ед.", 4, 4, 6, 7, 8, "programs_nok", 7)
put(5, "Обучающиеся с ОВЗ", "чел.", 150, 158, 160, 171, 175, "students_ovz", 171)
put(6, "Обучающиеся дети-инвалиды", "чел.", 50, 52, 54, 57, 60, "students_disabled", 57)
put(7, "Доля детей, обучающихся по сертификатам ПФДО", "%", 25.0, 26.3, 27.0, 28.4, 30.0,
    "certificate_share_pct", 28.4, "28.4", fmt="0.0")
put(8, "Прирост численности обучающихся (без повторного счёта) к предыдущему году", "чел.",
    "–", "–", "–", f"=G{r_st}-E{r_st}", "–", "coverage_growth_children", 126, "126", pct=False)
r += 1
ws.cell(r, 2, "Справочно: численность детей 5–18 лет, проживающих в районе, чел.").font = NORM
ws.cell(r, 5, 7195).font = NORM
ws.cell(r, 7, 7208).font = NORM
r += 2
np_ = A("new_places", 60, "60", "создано", where=f"лист «Основные показатели», text cell B{r}")
pd_ = A("teachers_pd_participants", 97, "97", "профессионального мастерства",
        where=f"лист «Основные показатели», text cell B{r}")
ws.cell(r, 2, f"Пояснительная записка: в 2024 году в рамках регионального проекта создано {np_} "
        f"новых мест дополнительного образования (план – 60, на 2025 год – 30); в мероприятиях "
        f"по развитию профессионального мастерства приняли участие {pd_} педагогов "
        f"(2023 год – 84).").font = NORM
ws.cell(r, 2).alignment = WRAP
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
ws.row_dimensions[r].height = 42
r += 2
ws.cell(r, 2, "Начальник отдела образования").font = NORM
ws.cell(r, 7, "Е.А. Корнеева").font = NORM
ws.cell(r + 1, 2, "Исполнитель: руководитель МОЦ Н.В. Сидоренкова, тел. 8 (48134) 6-38-19").font = NORM
F.trap("«Основные показатели»: plan columns for 2023/2024/2025, 2023 fact, «% исполнения» "
       "formula (0.0% format); Справочно population 7 195 / 7 208")
for c, w in zip("ABCDEFGHI", [5, 50, 8, 10, 10, 10, 10, 12, 10]):
    ws.column_dimensions[c].width = w

# ---- sheet 2: organisations as columns, total column on the left
ws2 = wb.create_sheet("По организациям")
ws2["A1"] = "Программы и обучающиеся по организациям и направленностям, 2024 год"
ws2["A1"].font = BOLD
ws2.merge_cells("A1:G1")
heads = ["Показатель", "Всего по району", "МБУ ДО «ЦДТ»", "МБУ ДО «ДЮСШ»", "МБУ ДО «СЮТ»",
         "Общеобразовательные организации", "НКО и ИП"]
for c, v in enumerate(heads, 1):
    ws2.cell(3, c, v)
style_range(ws2, 3, 3, 1, 7, BOLD, FILL)
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
labels = ["художественная", "физкультурно-спортивная", "социально-гуманитарная",
          "естественнонаучная", "техническая", "туристско-краеведческая"]
PR = [[40, 0, 0, 30, 6], [0, 22, 0, 20, 3], [18, 0, 2, 32, 4], [4, 0, 14, 8, 0],
      [6, 0, 19, 10, 2], [5, 4, 0, 13, 0]]
ST = [[1210, 0, 0, 880, 160], [0, 940, 0, 610, 75], [390, 0, 40, 960, 88],
      [96, 0, 344, 190, 0], [140, 0, 470, 260, 44], [120, 88, 0, 296, 0]]
rr = 4
def block(title, data, prefix, unit):
    global rr
    top = rr
    ws2.cell(rr, 1, title)
    for c in range(3, 8):
        col = "CDEFG"[c - 3]
        ws2.cell(rr, c, f"=SUM({col}{rr + 1}:{col}{rr + 6})")
    ws2.cell(rr, 2, f"=SUM(C{rr}:G{rr})")
    style_range(ws2, rr, rr, 1, 7, BOLD)
    rr += 1
    for k, lab, v in zip(dirs, labels, data):
        ws2.cell(rr, 1, f"   {lab}")
        ws2.cell(rr, 2, f"=SUM(C{rr}:G{rr})")
        for c, x in enumerate(v, 3):
            ws2.cell(rr, c, x if x else "–")
        style_range(ws2, rr, rr, 1, 7)
        ws2.cell(rr, 1).alignment = WRAP
        A(prefix + k, sum(v), str(sum(v)), lab, col=1,
          where=f"лист «По организациям», B{rr} «Всего по району» (SUM formula)")
        rr += 1
    rr += 1
block("Программы, всего (ед.), в том числе:", PR, "programs_", "ед.")
block("Обучающиеся с повторным счётом, всего (чел.), в том числе:", ST, "students_", "чел.")
assert sum(map(sum, PR)) == 262
F.trap(f"«По организациям»: organisation columns are parts; the pupils block total "
       f"{sum(map(sum, ST))} is с повторным счётом")
for c, w in zip("ABCDEFG", [44, 14, 13, 13, 13, 18, 11]):
    ws2.column_dimensions[c].width = w

# ---- sheet 3
ws3 = wb.create_sheet("ПФДО и МОЦ")
ws3["A1"] = "Персонифицированное финансирование и деятельность МОЦ, 2024 год"
ws3["A1"].font = BOLD
ws3.merge_cells("A1:B1")
ws3.cell(3, 1, "Показатель")
ws3.cell(3, 2, "Значение")
style_range(ws3, 3, 3, 1, 2, BOLD, FILL)
items = [("Организации дополнительного образования, ед.", 3, "organizations_total", 3, "3"),
         ("Поставщики, включённые в реестр ПФДО", "15 (в т.ч. 4 ИП)", "providers_registry", 15, "15"),
         ("Номинал сертификата на 2024 год", "8 500,00 руб.", "certificate_nominal_rub", 8500.0,
          "8 500,00"),
         ("Выдано сертификатов (нарастающим итогом), шт.", 5930, "certificates_issued", 5930, "5930"),
         ("Активные сертификаты, шт.", 2112, "certificates_active", 2112, "2112"),
         ("Обучаются по сертификатам, чел.", 2047, "certificate_students", 2047, "2047"),
         ("Мероприятия МОЦ для обучающихся, ед.", 14, "events_students", 14, "14"),
         ("Охват обучающихся мероприятиями МОЦ, чел.", 1730, "events_students_reach", 1730, "1730"),
         ("Мероприятия МОЦ для родителей, ед.", 7, "events_parents", 7, "7"),
         ("Охват родителей мероприятиями МОЦ, чел.", 455, "events_parents_reach", 455, "455"),
         ("Мероприятия МОЦ для педагогов, ед.", 10, "events_teachers", 10, "10"),
         ("Охват педагогов мероприятиями МОЦ, чел.", 236, "events_teachers_reach", 236, "236"),
         ("Общеобразовательные организации, реализующие ДООП, ед.", 19, None, None, None),
         ("Номинал сертификата на 2025 год (проект)", "8 900,00 руб.", None, None, None)]
rr = 4
for lab, val, key, v, w in items:
    ws3.cell(rr, 1, lab)
    ws3.cell(rr, 2, val)
    style_range(ws3, rr, rr, 1, 2)
    ws3.cell(rr, 1).alignment = WRAP
    if key:
        A(key, v, w, lab, col=1, where=f"лист «ПФДО и МОЦ», B{rr}")
    rr += 1
F.trap("«ПФДО и МОЦ»: «в т.ч. 4 ИП»; 19 schools; nominal 2025 (проект) 8 900,00")
ws3.column_dimensions["A"].width = 58
ws3.column_dimensions["B"].width = 20

path = os.path.join(OUT, STEM + ".xlsx")
wb.save(path)
xlsx_recalc(path)
write_outputs(STEM, "xlsx", MUN, REG, YEAR, F, extra={"notes": [
    "Per-direction figures are SUM formulas in the left-hand «Всего по району» column; their "
    "cached values are what a data_only reader sees.",
    "Only «2024 год / факт» (column G) is the report's value on the first sheet."]})
print(path, len(F.items))
