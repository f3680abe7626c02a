"""r7_13: Скопинский район (Рязанская область), 2024, xlsx.

openpyxl, then recalculated by LibreOffice so formulas carry cached values.
Sheet «Показатели»: a comparison written by the district — two-row merged
header «Скопинский муниципальный район» over «2023 | 2024», then the town with
the similar name (г. Скопин), a neighbour district and the regional average;
coverage as a ROUND formula, the certificate share as a fraction formatted
as percent (0.301 -> 30,1 %), growth as a difference formula.
Sheet «Направленности»: directions with SUM totals and share formulas.
Sheet «Мероприятия»: a list of events with COUNTIF/SUMIF totals per group.
Inside the brief (territory columns), with xlsx-specific traps.
"""
import os
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.utils import get_column_letter
from common import Figures, OUT, write_outputs, xlsx_recalc

STEM = "r7_13_skopinskiy_rayon_sravnenie"
MUN, REG, YEAR = "Скопинский район", "Рязанская область", 2024
F = Figures()
A = F.add

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(name="Times New Roman", bold=True, size=11)
NORM = Font(name="Times New Roman", size=11)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
GREY = PatternFill("solid", fgColor="DDDDDD")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Показатели"
ws["A1"] = "Управление образования и молодёжной политики администрации Скопинского " \
           "муниципального района Рязанской области"
ws["A2"] = "Показатели деятельности муниципального опорного центра дополнительного образования " \
           "детей за 2024 год в сравнении с соседними территориями"
ws["A1"].font = NORM
ws["A2"].font = BOLD
ws.merge_cells("A1:H1")
ws.merge_cells("A2:H2")
ws.row_dimensions[2].height = 32
ws["A2"].alignment = CEN
ws["A1"].alignment = CEN
hdr1 = ["№", "Показатель", "Ед. изм.", "Скопинский муниципальный район", None,
        "г. Скопин (справочно)", "Милославский МР (справочно)", "Рязанская область, среднее"]
hdr2 = [None, None, None, "2023", "2024", "2024", "2024", "2024"]
for c, v in enumerate(hdr1, 1):
    ws.cell(4, c, v)
for c, v in enumerate(hdr2, 1):
    if v:
        ws.cell(5, c, v)
for rng in ("A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5" if False else None):
    if rng:
        ws.merge_cells(rng)
for c in range(1, 9):
    for r in (4, 5):
        cell = ws.cell(r, c)
        cell.font = BOLD
        cell.alignment = CEN
        cell.border = BOX
        cell.fill = GREY
ROW = 6
rows_by_key = {}
def put(no, label, unit, v23, v24, town, nb, reg, key=None, value=None, written=None, fmt=None,
        reading=None):
    global ROW
    vals = [no, label, unit, v23, v24, town, nb, reg]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(ROW, c, v)
        cell.font = NORM
        cell.border = BOX
        cell.alignment = WRAP if c == 2 else CEN
        if fmt and c >= 4 and not isinstance(v, str):
            cell.number_format = fmt
    if key:
        A(key, value, written if written is not None else str(v24), label,
          where=f"лист «Показатели», ячейка E{ROW} (Скопинский МР, 2024)", col=4,
          reading=reading)
    rows_by_key[key or label] = ROW
    ROW += 1

put(1, "Организации дополнительного образования", "ед.", 1, 1, 3, 1, "–",
    "organizations_total", 1)
put(2, "Организации в реестре поставщиков ПФДО", "ед.", 7, 9, 14, 5, "–", "providers_registry", 9)
put(3, "Дополнительные общеобразовательные программы", "ед.", 118, 126, 231, 74, "–",
    "programs_total", 126)
put(4, "Программы с положительным заключением НОК", "ед.", 2, 3, 6, 1, "–", "programs_nok", 3)
put(5, "Численность детей 5–18 лет (справочно)", "чел.", 3390, 3412, 6580, 2290, "–", fmt="#,##0")
r_pop = ROW - 1
put(6, "Обучающиеся без повторного счёта", "чел.", 2655, 2716, 5402, 1730, "–",
    "students_total", 2716, fmt="#,##0")
r_st = ROW - 1
put(7, "Охват детей 5–18 лет дополнительным образованием", "%",
    f"=ROUND(D{r_st}/D{r_pop}*100,1)", f"=ROUND(E{r_st}/E{r_pop}*100,1)", 82.1, 75.5, 80.4,
    "coverage_pct", 79.6, "79.6", fmt="0.0",
    reading="cached value of =ROUND(E11/E10*100,1)")
put(8, "Прирост численности обучающихся к предыдущему году", "чел.", "–", f"=E{r_st}-D{r_st}",
    "–", "–", "–", "coverage_growth_children", 61, "61")
put(9, "Обучающиеся с ОВЗ", "чел.", 61, 66, 143, 40, "–", "students_ovz", 66)
put(10, "Обучающиеся дети-инвалиды", "чел.", 20, 22, 51, 12, "–", "students_disabled", 22)
put(11, "Номинал сертификата ПФДО", "руб.", 6200, 6500, 6500, 6500, 6500,
    "certificate_nominal_rub", 6500.0, "6500", fmt="#,##0.00")
put(12, "Выдано сертификатов", "шт.", 2810, 3020, 5866, 1911, "–", "certificates_issued", 3020,
    fmt="#,##0")
put(13, "Активные сертификаты", "шт.", 1004, 1066, 1910, 640, "–", "certificates_active", 1066,
    fmt="#,##0")
put(14, "Дети, обучающиеся по сертификатам", "чел.", 980, 1027, 1876, 622, "–",
    "certificate_students", 1027, fmt="#,##0")
r_cs = ROW - 1
put(15, "Доля детей, обучающихся по сертификатам", "%", f"=ROUND(D{r_cs}/D{r_pop},3)",
    f"=ROUND(E{r_cs}/E{r_pop},3)", 0.285, 0.272, 0.296, "certificate_share_pct", 30.1, "0.301",
    fmt="0.0%", reading="a fraction: cached value 0.301 of a «0.0%» cell (shown 30,1 %) -> 30.1")
F.trap("лист «Показатели»: column D = 2023; columns F–H = г. Скопин (town with the similar "
       "name), Милославский МР, regional average; row 5 population; row numbers 1–15")
np_ = A("new_places", 20, "20", "создано", where=f"лист «Показатели», text cell B{ROW + 5}")
pd_ = A("teachers_pd_participants", 41, "41", "профессионального мастерства",
        where=f"лист «Показатели», text cell B{ROW + 5}")
note = ws.cell(ROW + 5, 2, f"Пояснение: в 2024 году в районе создано {np_} новых мест дополнительного "
               f"образования (в г. Скопине – 45); участниками мероприятий по развитию "
               f"профессионального мастерства стали {pd_} педагог.")
note.font = NORM
note.alignment = WRAP
ws.merge_cells(start_row=ROW + 5, start_column=2, end_row=ROW + 5, end_column=8)
ws.row_dimensions[ROW + 5].height = 30
F.trap("note: «в г. Скопине – 45» new places of the town")
F.trap("certificate share stored as a fraction 0.301 in a percent-formatted cell -> 30.1")
ws.cell(ROW + 1, 2, "Примечание: данные по г. Скопину и Милославскому району приведены по "
        "данным регионального модельного центра.").font = Font(name="Times New Roman", italic=True,
                                                              size=10)
ws.cell(ROW + 3, 2, "Руководитель МОЦ").font = NORM
ws.cell(ROW + 3, 5, "И.В. Трушина").font = NORM
ws.cell(ROW + 4, 2, "Тел. 8 (49156) 2-07-44; дата 23.01.2025").font = NORM
for c, w in zip("ABCDEFGH", [5, 52, 9, 13, 13, 15, 15, 15]):
    ws.column_dimensions[c].width = w

# ---- sheet 2
ws2 = wb.create_sheet("Направленности")
ws2["A1"] = "Программы и обучающиеся по направленностям, 2024 год"
ws2["A1"].font = BOLD
ws2.merge_cells("A1:E1")
heads = ["Направленность", "Программы, ед.", "Обучающиеся (с повторным счётом), чел.",
         "Доля обучающихся, %", "в т.ч. обучающиеся с ОВЗ, чел."]
for c, v in enumerate(heads, 1):
    cell = ws2.cell(3, c, v)
    cell.font = BOLD
    cell.alignment = CEN
    cell.border = BOX
    cell.fill = GREY
dirs = [("art", "Художественная", 38, 1240, 23), ("sport", "Физкультурно-спортивная", 19, 806, 7),
        ("social", "Социально-гуманитарная", 31, 902, 29), ("science", "Естественнонаучная", 12, 288, 5),
        ("tech", "Техническая", 17, 412, 5), ("tourism", "Туристско-краеведческая", 9, 176, 2)]
first, last = 4, 4 + len(dirs) - 1
tot_row = last + 1
for i, (k, lab, p, s, ovz) in enumerate(dirs):
    r = first + i
    vals = [lab, p, s, f"=ROUND(C{r}/C${tot_row}*100,1)", ovz]
    for c, v in enumerate(vals, 1):
        cell = ws2.cell(r, c, v)
        cell.font = NORM
        cell.border = BOX
        cell.alignment = WRAP if c == 1 else CEN
    A("programs_" + k, p, str(p), lab, where=f"лист «Направленности», B{r}", col=1)
    A("students_" + k, s, str(s), lab, where=f"лист «Направленности», C{r}", col=2)
for c, v in enumerate(["Итого", f"=SUM(B{first}:B{last})", f"=SUM(C{first}:C{last})",
                       f"=SUM(D{first}:D{last})", f"=SUM(E{first}:E{last})"], 1):
    cell = ws2.cell(tot_row, c, v)
    cell.font = BOLD
    cell.border = BOX
    cell.alignment = CEN if c > 1 else WRAP
F.trap("лист «Направленности»: share formulas, ОВЗ by direction (parts), Итого (SUM) pupils "
       "с повторным счётом")
for c, w in zip("ABCDE", [30, 14, 22, 14, 16]):
    ws2.column_dimensions[c].width = w

# ---- sheet 3
ws3 = wb.create_sheet("Мероприятия")
ws3["A1"] = "Мероприятия МОЦ, проведённые в 2024 году"
ws3["A1"].font = BOLD
ws3.merge_cells("A1:D1")
for c, v in enumerate(["Дата", "Мероприятие", "Категория участников", "Участников, чел."], 1):
    cell = ws3.cell(3, c, v)
    cell.font = BOLD
    cell.alignment = CEN
    cell.border = BOX
    cell.fill = GREY
events = [("14.02.2024", "Муниципальный конкурс «Юные таланты»", "обучающиеся", 214),
          ("21.02.2024", "Родительское собрание «Навигатор ДО»", "родители", 88),
          ("06.03.2024", "Семинар «Проектирование ДООП»", "педагоги", 23),
          ("17.04.2024", "Фестиваль технического творчества", "обучающиеся", 180),
          ("25.04.2024", "День открытых дверей", "родители", 140),
          ("15.05.2024", "Экологическая акция «Зелёная Рязанщина»", "обучающиеся", 96),
          ("29.05.2024", "Мастер-класс «Наставничество в ДО»", "педагоги", 31),
          ("03.06.2024", "Праздник «Здравствуй, лето!»", "обучающиеся", 320),
          ("28.08.2024", "Секция педагогов ДО августовского совещания", "педагоги", 40),
          ("20.09.2024", "Туристический слёт «Тропа Скопинского края»", "обучающиеся", 75),
          ("24.10.2024", "Онлайн-консультация «Сертификат ДО»", "родители", 62),
          ("13.11.2024", "Методический день «ДООП нового поколения»", "педагоги", 18),
          ("22.11.2024", "Конкурс «Моя малая родина»", "обучающиеся", 143),
          ("11.12.2024", "Стажировочная площадка «Инженерная школа»", "педагоги", 27)]
r = 4
for ev in events:
    for c, v in enumerate(ev, 1):
        cell = ws3.cell(r, c, v)
        cell.font = NORM
        cell.border = BOX
        cell.alignment = WRAP if c == 2 else CEN
    r += 1
lastev = r - 1
r += 1
ws3.cell(r, 1, "Итоги по категориям").font = BOLD
r += 1
for c, v in enumerate(["", "Категория", "Количество мероприятий", "Охват, чел."], 1):
    cell = ws3.cell(r, c, v)
    cell.font = BOLD
    cell.border = BOX
    cell.alignment = CEN
r += 1
for cat, label, kc, kr in [("обучающиеся", "Для обучающихся", "events_students", "events_students_reach"),
                           ("родители", "Для родителей", "events_parents", "events_parents_reach"),
                           ("педагоги", "Для педагогов", "events_teachers", "events_teachers_reach")]:
    cnt = sum(1 for e in events if e[2] == cat)
    reach = sum(e[3] for e in events if e[2] == cat)
    vals = ["", label, f'=COUNTIF(C$4:C${lastev},"{cat}")', f'=SUMIF(C$4:C${lastev},"{cat}",D$4:D${lastev})']
    for c, v in enumerate(vals, 1):
        cell = ws3.cell(r, c, v)
        cell.font = NORM
        cell.border = BOX
        cell.alignment = CEN
    A(kc, cnt, str(cnt), label, where=f"лист «Мероприятия», C{r} (COUNTIF)", col=2)
    A(kr, reach, str(reach), label, where=f"лист «Мероприятия», D{r} (SUMIF)", col=3)
    r += 1
F.trap("лист «Мероприятия»: event rows with dates and per-event participants (parts)")
for c, w in zip("ABCD", [13, 50, 22, 16]):
    ws3.column_dimensions[c].width = w

path = os.path.join(OUT, STEM + ".xlsx")
wb.save(path)
xlsx_recalc(path)
write_outputs(STEM, "xlsx", MUN, REG, YEAR, F, extra={"notes": [
    "Written forms are what openpyxl (data_only) returns: numbers without separators; "
    "the certificate share is the cached fraction 0.301 of a «0.0%» cell -> 30.1.",
    "The comparison is written by the district: only «Скопинский муниципальный район / 2024» "
    "(column E) is the report's."]})
print(path, len(F.items))
