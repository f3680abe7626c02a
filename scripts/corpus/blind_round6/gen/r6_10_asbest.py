"""r6_10: Асбестовский городской округ, Свердловская область, 2024.
xlsx — OUTSIDE the brief: a «дорожная карта» monitoring sheet with columns
«Базовое (2023) | 2024 план | 2024 факт | Отклонение | % выполнения | Причины»
(formulas, percent formats, cross-sheet references), a quarter matrix of МОЦ
events with vertically merged group labels and «Итого за год» formulas plus
a «Справочно: 2023» column, a per-direction sheet with two-level merged
headers and share formulas, a hidden column and a hidden sheet."""
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side

from common import Gold, OUT, DIRS, soffice_convert, tmp_path

NAME = "r6_10_asbestovsky_dorozhnaya_karta"
g = Gold(NAME, "Асбестовский городской округ", "Свердловская область", 2024)

prog = dict(art=58, sport=36, social=33, science=14, tech=19, tourism=8)
stud = dict(art=3248, sport=2560, social=1502, science=520, tech=776, tourism=331)
stud23 = dict(art=3190, sport=2498, social=1460, science=515, tech=731, tourism=322)
PROG, SREP = 168, 8937
g.check_sum(prog.values(), PROG)
g.check_sum(stud.values(), SREP)
POP, UNIQ, COV = 9870, 7916, 80.2
g.check_coverage(UNIQ, POP, COV)
CERT, CERT_SHARE = 2615, 26.5
g.check_share(CERT, POP, CERT_SHARE)
Q = {"parents": ([2, 3, 1, 4], [120, 210, 60, 250], 8, 512),
     "students": ([6, 8, 3, 7], [540, 760, 410, 822], 20, 2100),
     "teachers": ([3, 4, 2, 5], [58, 77, 31, 96], 11, 240)}
EVTOT = {k: (sum(v[0]), sum(v[1])) for k, v in Q.items()}
assert EVTOT == {"parents": (10, 640), "students": (24, 2532), "teachers": (14, 262)}

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(bold=True)
WR = Alignment(wrap_text=True, vertical="center")
CC = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
# ------------------------------------------------ sheet «Направленности»
# (built first: «Показатели» refers to its total)
s3 = wb.active
s3.title = "Направленности"
LAB = {"art": "Художественная", "sport": "Физкультурно-спортивная",
       "social": "Социально-гуманитарная", "science": "Естественнонаучная",
       "tech": "Техническая", "tourism": "Туристско-краеведческая"}
s3["A1"] = "Программы и обучающиеся по направленностям, 2024 год (по данным АИС «Навигатор»)"
s3["A1"].font = B
s3.merge_cells("A1:F1")
s3["A3"], s3["B3"], s3["D3"], s3["F3"] = ("Направленность", "Программы",
                                          "Обучающиеся (с повторным счётом)", "2023, чел.")
s3["B4"], s3["C4"], s3["D4"], s3["E4"] = "ед.", "доля, %", "чел.", "доля, %"
for rng in ("A3:A4", "B3:C3", "D3:E3", "F3:F4"):
    s3.merge_cells(rng)
for c, v in zip("ABCDEF", range(1, 7)):
    s3[f"{c}5"] = v
for r, k in enumerate(DIRS, 6):
    s3[f"A{r}"] = LAB[k]
    s3[f"B{r}"] = prog[k]
    s3[f"C{r}"] = f"=B{r}/B$12"
    s3[f"D{r}"] = stud[k]
    s3[f"E{r}"] = f"=D{r}/D$12"
    s3[f"F{r}"] = stud23[k]
s3["A12"] = "Итого"
for c in "BDF":
    s3[f"{c}12"] = f"=SUM({c}6:{c}11)"
s3["C12"], s3["E12"] = "=SUM(C6:C11)", "=SUM(E6:E11)"
s3.column_dimensions["F"].hidden = True
for col, w in zip("ABCDEF", (30, 12, 10, 16, 10, 12)):
    s3.column_dimensions[col].width = w
for r in range(3, 13):
    for c in "ABCDEF":
        s3[f"{c}{r}"].border = box
        s3[f"{c}{r}"].alignment = WR if c == "A" and r > 5 else CC
    if r >= 6:
        for c in "CE":
            s3[f"{c}{r}"].number_format = "0.0%"
        for c in "BDF":
            s3[f"{c}{r}"].number_format = "#,##0"
for c in "ABCDEF":
    s3[f"{c}3"].font = s3[f"{c}4"].font = s3[f"{c}12"].font = B
s3["A14"] = "Без повторного счёта – 7 916 чел. (см. лист «Показатели», строка 2)."
for k in DIRS:
    g.add("programs_" + k, prog[k], LAB[k])
    g.add("students_" + k, stud[k], LAB[k])

# ------------------------------------------------ sheet «Показатели»
s1 = wb.create_sheet("Показатели", 0)
s1["A1"] = ("Дорожная карта по развитию дополнительного образования детей в Асбестовском "
            "городском округе на 2024–2025 годы")
s1["A2"] = "Мониторинг исполнения за 2024 год (по состоянию на 31.12.2024)"
s1["A1"].font = B
s1.merge_cells("A1:I1")
s1.merge_cells("A2:I2")
head = ["№", "Показатель", "Ед. изм.", "Базовое значение (2023)", "2024 план", "2024 факт",
        "Отклонение (факт – план)", "% выполнения", "Причины отклонения / комментарий"]
for c, v in zip("ABCDEFGHI", head):
    s1[f"{c}4"] = v
ind = [  # label, unit, base, plan, fact, comment
    ("Численность детей 5–18 лет, проживающих в городском округе (справочно)", "чел.", 9802,
     None, POP, "данные Свердловскстата"),
    ("Численность обучающихся по ДООП без повторного счёта", "чел.", 7702, 7800, UNIQ, ""),
    ("Охват детей 5–18 лет дополнительным образованием", "%", "=D6/D5", 0.79, "=F6/F5",
     "по Свердловской области – 79,6 %"),
    ("Количество организаций дополнительного образования", "ед.", 3, 3, 3, ""),
    ("Количество организаций в реестре поставщиков ПФДО", "ед.", 19, 20, 21, "в т.ч. 2 ИП"),
    ("Количество дополнительных общеобразовательных программ", "ед.", 160, 165,
     "=Направленности!B12", ""),
    ("Программы, получившие положительное заключение НОК", "ед.", 3, 4, 4, "подано 6"),
    ("Создано новых мест дополнительного образования", "мест", 60, 45, 45,
     "МАОУ СОШ № 30, МБОУ СОШ № 24"),
    ("Номинал сертификата финансирования", "руб.", 10210, 10982, 10982, ""),
    ("Выдано сертификатов", "шт.", 8760, 9000, 9104, ""),
    ("из них активных", "шт.", 7020, 7300, 7455, ""),
    ("Численность детей, обучающихся по сертификатам финансирования", "чел.", 2390, 2500,
     CERT, ""),
    ("Доля детей 5–18 лет, обучающихся по сертификатам финансирования", "%", "=D16/D5", 0.25,
     "=F16/F5", ""),
    ("Обучающиеся с ОВЗ", "чел.", 240, 250, 263, ""),
    ("в т.ч. дети-инвалиды", "чел.", 51, 55, 58, ""),
    ("Педагоги – участники мероприятий по развитию профессионального мастерства", "чел.", 61,
     70, 74, "курсы ИРО, стажировки"),
]
for i, (lab, unit, base, plan, fact, com) in enumerate(ind, 1):
    r = 4 + i
    s1[f"A{r}"], s1[f"B{r}"], s1[f"C{r}"] = i, lab, unit
    s1[f"D{r}"], s1[f"F{r}"], s1[f"I{r}"] = base, fact, com or None
    if plan is not None:
        s1[f"E{r}"] = plan
        s1[f"G{r}"] = f"=F{r}-E{r}"
        s1[f"H{r}"] = f"=F{r}/E{r}"
        s1[f"H{r}"].number_format = "0.0%"
    else:
        s1[f"E{r}"] = "–"
    fmt = "0.0%" if unit == "%" else "#,##0.00" if unit == "руб." else "#,##0"
    for c in "DEFG":
        s1[f"{c}{r}"].number_format = fmt
assert s1["B7"].value.startswith("Охват") and s1["B16"].value.startswith("Численность детей, обуч")
for col, w in zip("ABCDEFGHI", (5, 52, 8, 13, 11, 11, 13, 12, 30)):
    s1.column_dimensions[col].width = w
for r in range(4, 5 + len(ind)):
    for c in "ABCDEFGHI":
        s1[f"{c}{r}"].border = box
        s1[f"{c}{r}"].alignment = WR if c in "BI" and r > 4 else CC
        if r == 4:
            s1[f"{c}{r}"].font = B
s1[f"B{6 + len(ind)}"] = "Ответственный: начальник отдела образования Н.В. Зуева, тел. (34365) 2-05-17"
g.add("students_total", UNIQ, "без повторного счёта")
g.add("coverage_pct", COV, "Охват детей 5–18 лет")
g.add("organizations_total", 3, "организаций дополнительного образования")
g.add("providers_registry", 21, "реестре поставщиков")
g.add("programs_total", PROG, "дополнительных общеобразовательных программ")
g.add("programs_nok", 4, "положительное заключение")
g.add("new_places", 45, "новых мест")
g.add("certificate_nominal_rub", 10982.0, "Номинал сертификата")
g.add("certificates_issued", 9104, "Выдано сертификатов")
g.add("certificates_active", 7455, "из них активных")
g.add("certificate_students", CERT, "Численность детей, обучающихся по сертификатам")
g.add("certificate_share_pct", CERT_SHARE, "Доля детей 5–18 лет")
g.add("students_ovz", 263, "Обучающиеся с ОВЗ")
g.add("students_disabled", 58, "дети-инвалиды")
g.add("teachers_pd_participants", 74, "развитию профессионального мастерства")

# ------------------------------------------------ sheet «Мероприятия МОЦ»
s2 = wb.create_sheet("Мероприятия МОЦ", 1)
s2["A1"] = "Мероприятия муниципального опорного центра в 2024 году (поквартально)"
s2["A1"].font = B
s2.merge_cells("A1:H1")
for c, v in zip("ABCDEFGH", ["Целевая группа", "Показатель", "I кв.", "II кв.", "III кв.",
                             "IV кв.", "Итого за 2024 год", "Справочно: 2023 год"]):
    s2[f"{c}3"] = v
GR = {"parents": "Родители (законные представители)", "students": "Обучающиеся",
      "teachers": "Педагогические работники"}
r = 4
for k in ("parents", "students", "teachers"):
    cnt, reach, c23, r23 = Q[k]
    s2[f"A{r}"] = GR[k]
    s2.merge_cells(f"A{r}:A{r + 1}")
    s2[f"B{r}"], s2[f"B{r + 1}"] = "количество мероприятий, ед.", "охват участников, чел."
    for j, c in enumerate("CDEF"):
        s2[f"{c}{r}"], s2[f"{c}{r + 1}"] = cnt[j], reach[j]
    s2[f"G{r}"], s2[f"G{r + 1}"] = f"=SUM(C{r}:F{r})", f"=SUM(C{r + 1}:F{r + 1})"
    s2[f"H{r}"], s2[f"H{r + 1}"] = c23, r23
    r += 2
s2[f"A{r}"], s2[f"B{r}"] = "Всего", "количество мероприятий, ед."
s2[f"B{r + 1}"] = "охват участников, чел."
s2.merge_cells(f"A{r}:A{r + 1}")
for c in "CDEFGH":
    s2[f"{c}{r}"] = f"={c}4+{c}6+{c}8"
    s2[f"{c}{r + 1}"] = f"={c}5+{c}7+{c}9"
for col, w in zip("ABCDEFGH", (34, 28, 8, 8, 8, 8, 12, 12)):
    s2.column_dimensions[col].width = w
for rr in range(3, r + 2):
    for c in "ABCDEFGH":
        s2[f"{c}{rr}"].border = box
        s2[f"{c}{rr}"].alignment = WR if c in "AB" and rr > 3 else CC
        s2[f"{c}{rr}"].number_format = "#,##0"
        if rr == 3 or rr >= r:
            s2[f"{c}{rr}"].font = B
g.add("events_parents", 10, "Родители")
g.add("events_parents_reach", 640, "Родители")
g.add("events_students", 24, "Обучающиеся |")
g.add("events_students_reach", 2532, "Обучающиеся |")
g.add("events_teachers", 14, "Педагогические работники")
g.add("events_teachers_reach", 262, "Педагогические работники")

# ------------------------------------------------ hidden sheet
s4 = wb.create_sheet("Лист1 (старый)")
s4["A1"] = "Черновик от 12.12.2024 – не использовать"
s4["A2"], s4["B2"] = "Охват, %", 0.781
s4["A3"], s4["B3"] = "Обучающихся без повт. счёта", 7655
s4.sheet_state = "hidden"

tmp = tmp_path(".xlsx")
wb.save(tmp)
soffice_convert(tmp, "xlsx:Calc MS Excel 2007 XML", OUT / f"{NAME}.xlsx")

chk = load_workbook(OUT / f"{NAME}.xlsx", data_only=True)
c1, c2, c3 = chk["Показатели"], chk["Мероприятия МОЦ"], chk["Направленности"]
assert abs(c1["F7"].value * 100 - COV) < 0.05, c1["F7"].value
assert abs(c1["F17"].value * 100 - CERT_SHARE) < 0.05, c1["F17"].value
assert c1["F10"].value == PROG and c3["B12"].value == PROG and c3["D12"].value == SREP
assert (c2["G4"].value, c2["G5"].value, c2["G6"].value, c2["G7"].value, c2["G8"].value,
        c2["G9"].value) == (10, 640, 24, 2532, 14, 262)
assert chk["Лист1 (старый)"].sheet_state == "hidden" and c3.column_dimensions["F"].hidden
g.write("xlsx")
