"""r10_04 — Сысертский городской округ (Свердловская область), «Форма МОЦ-1» за 2024 год,
xlsx workbook (recalculated by LibreOffice so formula cells carry cached values).
Outside the brief: a title sheet with ИНН/ОКТМО/phone; a plan / fact / deviation /
«% исполнения» sheet with line codes «0101…»; a two-level header sheet with directions
as rows; an events sheet with a category cell merged vertically over its rows and
half-year columns summed by formulas; a key–value ПФДО sheet with the unit inside
the label and a «Примечание» column."""
import os
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from common import Gold, n, d, tmpdir, recalc_xlsx

STEM = "r10_04_sysert_forma_moc1"
g = Gold(STEM, "Сысертский городской округ", "Свердловская область", 2024, "xlsx")

wb = openpyxl.Workbook()
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="DCE6F1")
WR = Alignment(wrap_text=True, vertical="top")
CE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = B


# ---------------------------------------------------------------- Титул
ws = wb.active
ws.title = "Титул"
ws.column_dimensions["A"].width = 34
ws.column_dimensions["B"].width = 70
ws["A1"] = ("Форма МОЦ-1 «Сведения о деятельности муниципального опорного центра "
            "дополнительного образования детей»")
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:B1")
ws["A2"] = "(годовая, представляется в РМЦ до 25 января года, следующего за отчётным)"
ws.merge_cells("A2:B2")
tit = [("Отчётный период", "2024 год"),
       ("Муниципальное образование", "Сысертский городской округ"),
       ("Наименование организации – МОЦ",
        "Муниципальное автономное учреждение дополнительного образования «Центр "
        "детского творчества» Сысертского городского округа"),
       ("ИНН / КПП", "6652011234 / 668501001"),
       ("ОКТМО", "65722000"),
       ("Адрес", "624022, Свердловская обл., г. Сысерть, ул. Орджоникидзе, д. 44"),
       ("Телефон / e-mail", "8 (34374) 6-01-23 / moc.sysert@yandex.ru"),
       ("Руководитель МОЦ", "Шестакова Наталья Викторовна"),
       ("Дата заполнения", "21.01.2025")]
for i, (a, b) in enumerate(tit, start=4):
    ws.cell(i, 1, a).font = Font(bold=True)
    ws.cell(i, 2, b).alignment = WR
box(ws, f"A4:B{3 + len(tit)}")

# ---------------------------------------------------------------- Р1 план-факт
ws = wb.create_sheet("Р1 План-факт")
for col, w in zip("ABCDEFG", (9, 62, 9, 13, 13, 15, 12)):
    ws.column_dimensions[col].width = w
ws["A1"] = "Раздел 1. Выполнение целевых показателей муниципальной программы в 2024 году"
ws["A1"].font = Font(bold=True)
ws.merge_cells("A1:G1")
hdr = ["Код строки", "Наименование показателя", "Ед. изм.", "План на 2024 г.",
       "Факт за 2024 г.", "Отклонение\n(гр.5 – гр.4)", "% исполнения"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(3, j, h)
    c.font = Font(bold=True)
    c.alignment = CE
    c.fill = HF
for j in range(1, 8):
    ws.cell(4, j, j).alignment = CE
r = 5
FMT = {"чел.": "#,##0", "ед.": "#,##0", "%": "0.0"}


def r1(code, label, unit, plan, fact, key=None, anchor=None, written=None):
    global r
    ws.cell(r, 1, code)
    ws.cell(r, 2, label).alignment = WR
    ws.cell(r, 3, unit).alignment = CE
    pc = ws.cell(r, 4, plan)
    fc = ws.cell(r, 5, fact)
    for c in (pc, fc):
        c.number_format = FMT[unit]
    if isinstance(plan, (int, float)):
        ws.cell(r, 6, f"=E{r}-D{r}").number_format = FMT[unit]
        ws.cell(r, 7, f"=ROUND(E{r}/D{r}*100,1)").number_format = "0.0"
    else:
        ws.cell(r, 6, "х")
        ws.cell(r, 7, "х")
    if key:
        g.add(key, fact, written or (n(fact) if isinstance(fact, int) else d(fact)),
              anchor or label)
    r += 1


r1("0101", "Численность детей в возрасте 5–18 лет (справочно, по данным "
   "Свердловскстата на 01.01.2024)", "чел.", "х", 12950)
r1("0102", "Численность детей, охваченных дополнительным образованием (без повторного "
   "счёта)", "чел.", 9900, 10046, "students_total", "без повторного")
r1("0103", "Охват детей в возрасте 5–18 лет дополнительным образованием", "%", 76.5,
   77.6, "coverage_pct", "Охват детей")
r1("0104", "Прирост численности детей, охваченных дополнительным образованием, к "
   "уровню 2023 года", "чел.", 100, 162, "coverage_growth_children", "Прирост численности")
r1("0105", "Прирост охвата детей дополнительным образованием, %", "%", 0.5, 1.3,
   "coverage_growth_pct", "Прирост охвата")
r1("0106", "Количество организаций дополнительного образования", "ед.", 3, 3,
   "organizations_total", "организаций дополнительного")
r1("0107", "Количество реализуемых дополнительных общеобразовательных программ", "ед.",
   300, 318, "programs_total", "реализуемых")
r1("0108", "Количество программ, получивших положительное заключение НОК", "ед.", 10, 8,
   "programs_nok", "положительное заключение")
r1("0109", "Численность обучающихся с ОВЗ", "чел.", 180, 197, "students_ovz", "с ОВЗ")
r1("0110", "в том числе детей-инвалидов", "чел.", 60, 64, "students_disabled",
   "детей-инвалидов")
r1("0111", "Количество созданных новых мест дополнительного образования", "ед.", 145,
   145, "new_places", "новых мест")
r1("0112", "Численность детей, обучающихся по сертификатам (ПФДО / социальный заказ)",
   "чел.", 2700, 2851, "certificate_students", "обучающихся по сертификатам")
r1("0113", "Доля детей 5–18 лет, обучающихся по сертификатам", "%", 21.0, 22.0,
   "certificate_share_pct", "Доля детей 5–18 лет, обучающихся")
box(ws, f"A3:G{r - 1}")
ws.cell(r + 1, 1, "Примечание: плановые значения – по муниципальной программе «Развитие "
        "системы образования в Сысертском городском округе до 2027 года» (постановление "
        "от 30.10.2023 № 2158).")

# ---------------------------------------------------------------- Р2 направленности
ws = wb.create_sheet("Р2 Направленности")
for col, w in zip("ABCDE", (34, 14, 14, 16, 16)):
    ws.column_dimensions[col].width = w
ws["A1"] = "Раздел 2. Программы и обучающиеся по направленностям"
ws["A1"].font = Font(bold=True)
ws.merge_cells("A1:E1")
ws["A3"] = "Направленность"
ws.merge_cells("A3:A4")
ws["B3"] = "Количество программ, ед."
ws.merge_cells("B3:C3")
ws["D3"] = "Численность обучающихся (с повторным счётом), чел."
ws.merge_cells("D3:E3")
for j, h in enumerate(["2023", "2024", "2023", "2024"], 2):
    ws.cell(4, j, h)
for row in ws["A3:E4"]:
    for c in row:
        c.font = Font(bold=True)
        c.alignment = CE
        c.fill = HF
dirs = [("art", "Художественная", 90, 96, 4250, 4380),
        ("sport", "Физкультурно-спортивная", 55, 58, 3180, 3215),
        ("social", "Социально-гуманитарная", 66, 72, 2200, 2360),
        ("science", "Естественнонаучная", 28, 30, 905, 960),
        ("tech", "Техническая", 36, 41, 1590, 1720),
        ("tourism", "Туристско-краеведческая", 21, 21, 800, 785)]
assert sum(x[3] for x in dirs) == 318 and sum(x[5] for x in dirs) == 13420
for i, (k, lab, p23, p24, s23, s24) in enumerate(dirs, 5):
    ws.cell(i, 1, lab)
    for j, v in zip((2, 3, 4, 5), (p23, p24, s23, s24)):
        ws.cell(i, j, v).number_format = "#,##0"
    g.add(f"programs_{k}", p24, str(p24), lab)
    g.add(f"students_{k}", s24, n(s24), lab)
last = 4 + len(dirs)
ws.cell(last + 1, 1, "Итого").font = Font(bold=True)
for j, col in zip((2, 3, 4, 5), "BCDE"):
    c = ws.cell(last + 1, j, f"=SUM({col}5:{col}{last})")
    c.number_format = "#,##0"
    c.font = Font(bold=True)
box(ws, f"A3:E{last + 1}")

# ---------------------------------------------------------------- Р3 мероприятия
ws = wb.create_sheet("Р3 Мероприятия МОЦ")
for col, w in zip("ABCDE", (22, 58, 13, 13, 15)):
    ws.column_dimensions[col].width = w
ws["A1"] = "Раздел 3. Мероприятия, проведённые МОЦ"
ws["A1"].font = Font(bold=True)
ws.merge_cells("A1:E1")
for j, h in enumerate(["Целевая группа", "Показатель", "I полугодие", "II полугодие",
                       "Всего за 2024 год"], 1):
    c = ws.cell(3, j, h)
    c.font = Font(bold=True)
    c.alignment = CE
    c.fill = HF
groups = [("Родители (законные представители)",
           [("Количество мероприятий, ед.", 5, 7, "events_parents"),
            ("Охват участников, чел.", 430, 610, "events_parents_reach")]),
          ("Обучающиеся",
           [("Количество мероприятий, ед.", 11, 14, "events_students"),
            ("Охват участников, чел.", 1280, 1655, "events_students_reach")]),
          ("Педагогические работники",
           [("Количество мероприятий, ед.", 6, 9, "events_teachers"),
            ("Охват участников, чел.", 140, 212, "events_teachers_reach"),
            ("из них участники мероприятий по развитию профессионального мастерства, "
             "чел.", 34, 47, "teachers_pd_participants")])]
r = 4
for gname, items in groups:
    top = r
    for lab, h1, h2, k in items:
        ws.cell(r, 2, lab).alignment = WR
        ws.cell(r, 3, h1).number_format = "#,##0"
        ws.cell(r, 4, h2).number_format = "#,##0"
        ws.cell(r, 5, f"=C{r}+D{r}").number_format = "#,##0"
        anchor = gname.split()[0]
        if k == "teachers_pd_participants":
            anchor = "профессионального мастерства"
        g.add(k, h1 + h2, n(h1 + h2), anchor)
        r += 1
    ws.cell(top, 1, gname).alignment = CE
    ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
box(ws, f"A3:E{r - 1}")

# ---------------------------------------------------------------- Р4 ПФДО
ws = wb.create_sheet("Р4 ПФДО")
for col, w in zip("ABC", (70, 16, 34)):
    ws.column_dimensions[col].width = w
ws["A1"] = "Раздел 4. Персонифицированное финансирование дополнительного образования"
ws["A1"].font = Font(bold=True)
for j, h in enumerate(["Показатель", "Значение", "Примечание"], 1):
    c = ws.cell(3, j, h)
    c.font = Font(bold=True)
    c.alignment = CE
    c.fill = HF
p4 = [("Номинал сертификата на 2024 год (руб.)", 7160.45, "#,##0.00",
       "на 2023 год – 6 890,00 руб.", "certificate_nominal_rub", "Номинал"),
      ("Количество выданных сертификатов (шт.)", 9805, "#,##0",
       "нарастающим итогом с 01.09.2019", "certificates_issued", "выданных"),
      ("Количество сертификатов, по которым заключены договоры об обучении "
       "(активные) (шт.)", 4420, "#,##0", "", "certificates_active", "(активные)"),
      ("Количество организаций, включённых в реестр поставщиков (ед.)", 7, "0",
       "в т.ч. 3 ИП и 1 НКО", "providers_registry", "реестр поставщиков"),
      ("Доля детей 5–18 лет, получивших сертификат ДО (%)", 75.7, "0.0",
       "справочно", None, None)]
for i, (lab, v, fmt, note, k, anc) in enumerate(p4, 4):
    ws.cell(i, 1, lab).alignment = WR
    ws.cell(i, 2, v).number_format = fmt
    ws.cell(i, 3, note)
    if k:
        g.add(k, v, d(v, 2) if isinstance(v, float) else n(v), anc)
box(ws, f"A3:C{3 + len(p4)}")

src = os.path.join(tmpdir(STEM), STEM + ".xlsx")
wb.save(src)
recalc_xlsx(src, STEM)
g.save(traps=["plan column and formula deviation / % исполнения columns",
              "line codes 0101…0113 and column-number row 1–7",
              "population 5–18 (12 950) as «справочно» line",
              "2023 columns beside 2024 (two-level merged header)",
              "Итого of students with repeats (formula, 13 420)",
              "category cell merged vertically over 2–3 rows (only the top cell holds it)",
              "half-year columns I/II beside formula total",
              "«в т.ч. 3 ИП и 1 НКО» note", "share of children holding a certificate 75,7 %",
              "2023 nominal in the note", "ИНН/КПП, ОКТМО, phone, decree number and date"])
print("ok", STEM)
