"""06 - Рассказовский район (Тамбовская область), 2024, XLSX.
OUTSIDE THE BRIEF: a regional monitoring workbook filled in by the МОЦ: a title
sheet with ОКТМО code, a per-organisation register (ИНН, type codes УДО/ОО/ДОО/ИП,
registry flag 1/0) with SUM / COUNTIF formulas, a transposed directions sheet with
a control row, an indicator sheet whose 2023 column is HIDDEN and whose share is a
formula formatted as a percentage (stored as a fraction), and a quarterly events
sheet (I–IV квартал + formula total).  Values were computed by LibreOffice.
Traps: город Рассказово (a separate urban okrug with a similar name), quarter
columns, per-organisation numbers, INNs, population, a total with repeats,
a control row with zero, hidden last-year column."""
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from common import Figs, tmpdir, recalc_xlsx

NAME = "r14_06_rasskazovsky_monitoring.xlsx"
F = Figs(NAME)
wb = openpyxl.Workbook()
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(bold=True)
WR = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if c.alignment is None or not c.alignment.wrap_text:
                c.alignment = WR


# ---------------------------------------------------------------- Титул
ws = wb.active
ws.title = "Титул"
ws.column_dimensions["A"].width = 34
ws.column_dimensions["B"].width = 80
ws["A1"] = ("Приложение 3 к письму Министерства образования и науки Тамбовской области "
            "от 09.12.2024 № 1.02-14/6371")
ws["A3"] = ("МОНИТОРИНГ деятельности муниципального опорного центра дополнительного "
            "образования детей")
ws["A3"].font = Font(bold=True, size=13)
ws["A4"] = "Отчётный период: 2024 год"
info = [("Муниципальное образование", "Рассказовский муниципальный округ"),
        ("Субъект РФ", "Тамбовская область"),
        ("Код ОКТМО", "68628000"),
        ("Наименование МОЦ", "МБУ ДО «Рассказовский районный центр дополнительного образования»"),
        ("Ответственный", "Сафонова Ирина Викторовна, методист, тел. 8 (47531) 2-44-18"),
        ("Дата заполнения", "21.01.2025")]
for i, (a, b) in enumerate(info):
    ws.cell(6 + i, 1, a).font = B
    ws.cell(6 + i, 2, b)
box(ws, "A6:B11")
ws["A13"] = ("Примечание: организации города Рассказово (городской округ) в мониторинг не "
             "включаются, сведения по ним представляет МОЦ г. Рассказово.")

# ---------------------------------------------------------------- 1_Организации
ws = wb.create_sheet("1_Организации")
ws["A1"] = "1. Организации, реализующие дополнительные общеобразовательные программы"
ws["A1"].font = Font(bold=True, size=12)
hdr = ["№", "Наименование организации", "ИНН", "Тип организации (УДО / ОО / ДОО / ИП)",
       "Включена в реестр поставщиков ПФДО (1 – да, 0 – нет)", "Количество ДООП, ед.",
       "Обучающихся (с повторным счётом), чел.", "ОКТМО поселения"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(3, j, h)
    c.font = B
    c.alignment = CEN
    ws.cell(4, j, j).alignment = CEN
orgs = [("МБУ ДО «Рассказовский районный центр дополнительного образования»", "6817004512",
         "УДО", 1, 24, 812, "68628428"),
        ("МБУ ДО «Рассказовская районная детско-юношеская спортивная школа»", "6817003720",
         "УДО", 1, 11, 531, "68628428"),
        ("МБОУ «Платоновская СОШ»", "6817002307", "ОО", 1, 9, 246, "68628440"),
        ("МБОУ «Верхнеспасская СОШ»", "6817002160", "ОО", 1, 8, 198, "68628416"),
        ("МБОУ «Нижнеспасская СОШ»", "6817002233", "ОО", 0, 7, 154, "68628432"),
        ("МБОУ «Каменская СОШ»", "6817002184", "ОО", 1, 8, 169, "68628420"),
        ("МБОУ «Озёрская ООШ»", "6817002410", "ОО", 0, 5, 63, "68628436"),
        ("МБДОУ детский сад «Колосок»", "6817005019", "ДОО", 0, 3, 42, "68628440"),
        ("ИП Трунова Елена Александровна (робототехника)", "681700318256", "ИП", 1, 2, 38,
         "68628428"),
        ("МБОУ «Коптевская СОШ»", "6817002120", "ОО", 1, 9, 91, "68628424")]
for i, o in enumerate(orgs):
    r = 5 + i
    ws.cell(r, 1, i + 1)
    for j, v in enumerate(o, 2):
        ws.cell(r, j, v)
last = 5 + len(orgs) - 1
tr = last + 1
ws.cell(tr, 2, "Итого по муниципальному образованию").font = B
ws.cell(tr, 5, f"=SUM(E5:E{last})")
ws.cell(tr, 6, f"=SUM(F5:F{last})")
ws.cell(tr, 7, f"=SUM(G5:G{last})")
box(ws, f"A3:H{tr}")
ws.cell(tr + 2, 2, "Справочно: число организаций дополнительного образования (тип УДО)")
ws.cell(tr + 2, 3, f'=COUNTIF(D5:D{last},"УДО")')
F.add("organizations_total", 2, "2", "число организаций дополнительного образования")
ws.cell(tr + 3, 2, "Справочно: число организаций, включённых в реестр поставщиков ПФДО")
ws.cell(tr + 3, 3, f"=SUM(E5:E{last})")
F.add("providers_registry", 7, "7", "включённых в реестр поставщиков ПФДО")
for col, w in zip("ABCDEFGH", [5, 58, 14, 16, 20, 14, 18, 13]):
    ws.column_dimensions[col].width = w

# ---------------------------------------------------------------- 2_Направленности
ws = wb.create_sheet("2_Направленности")
ws["A1"] = "2. Программы и обучающиеся по направленностям"
ws["A1"].font = Font(bold=True, size=12)
dirs = [("Художественная", 24, 684, 201), ("Физкультурно-спортивная", 15, 702, 187),
        ("Социально-гуманитарная", 19, 391, 96), ("Естественнонаучная", 9, 188, 44),
        ("Техническая", 12, 245, 88), ("Туристско-краеведческая", 7, 134, 21)]
keys = ["art", "sport", "social", "science", "tech", "tourism"]
ws.cell(3, 1, "Показатель").font = B
for j, (lab, *_r) in enumerate(dirs, 2):
    ws.cell(3, j, lab).font = B
ws.cell(3, 8, "Всего").font = B
labels = ["Количество ДООП, ед.", "Численность обучающихся (с повторным счётом), чел.",
          "из них по сертификатам ПФДО, чел."]
for i, lab in enumerate(labels):
    r = 4 + i
    ws.cell(r, 1, lab)
    for j, dd in enumerate(dirs, 2):
        ws.cell(r, j, dd[1 + i])
    ws.cell(r, 8, f"=SUM(B{r}:G{r})")
for j, (lab, p, s, _c) in enumerate(dirs):
    F.add("programs_" + keys[j], p, str(p), "Количество ДООП", col=lab)
    F.add("students_" + keys[j], s, str(s), "Численность обучающихся", col=lab)
F.add("programs_total", 86, "86", "Количество ДООП", col="Всего")
ws.cell(7, 1, "Контроль: расхождение с листом 1 (должно быть 0)")
ws.cell(7, 8, "=H4-'1_Организации'!F15")
box(ws, "A3:H7")
for row in ws["A3:H3"]:
    for c in row:
        c.alignment = CEN
ws.column_dimensions["A"].width = 46
for col in "BCDEFGH":
    ws.column_dimensions[col].width = 16

# ---------------------------------------------------------------- 3_Показатели
ws = wb.create_sheet("3_Показатели")
ws["A1"] = "3. Сводные показатели системы дополнительного образования"
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["№", "Показатель", "Ед. изм.", "2023 год", "2024 год", "Примечание"])
for c in ws[3]:
    c.font = B
    c.alignment = CEN
rows = [
    (1, "Численность детей 5–18 лет, проживающих на территории", "чел.", 2671, 2650,
     "по данным Тамбовстата"),
    (2, "Численность обучающихся (без повторного счёта)", "чел.", 1915, 1972, ""),
    (3, "Охват детей 5–18 лет дополнительным образованием", "%", "=ROUND(D5/D4*100,1)",
     "=ROUND(E5/E4*100,1)", "расчётный"),
    (4, "Обучающиеся с ОВЗ", "чел.", 88, 94, ""),
    (5, "Обучающиеся дети-инвалиды", "чел.", 29, 33, ""),
    (6, "Программы, получившие положительное заключение НОК", "ед.", 2, 4,
     "ещё 3 программы на рассмотрении"),
    (7, "Номинал сертификата ПФДО", "руб.", 9430, 10215.5, ""),
    (8, "Выдано сертификатов дополнительного образования", "ед.", 2012, 2186, ""),
    (9, "Активные сертификаты", "ед.", 1702, 1844, ""),
    (10, "Обучающиеся по сертификатам ПФДО (без повторного счёта)", "чел.", 540, 598, ""),
    (11, "Доля детей 5–18 лет, обучающихся по сертификатам ПФДО", "%",
     "=ROUND(D13/D4,3)", "=ROUND(E13/E4,3)", "расчётный"),
    (12, "Создано новых мест дополнительного образования", "ед.", 45, 60, "")]
for rr in rows:
    ws.append(list(rr))
for r in range(4, 4 + len(rows)):
    ws.cell(r, 5).number_format = "#,##0"
    ws.cell(r, 4).number_format = "#,##0"
for r in (6,):
    ws.cell(r, 4).number_format = "0.0"
    ws.cell(r, 5).number_format = "0.0"
ws.cell(10, 4).number_format = "#,##0.00"
ws.cell(10, 5).number_format = "#,##0.00"
ws.cell(14, 4).number_format = "0.0%"
ws.cell(14, 5).number_format = "0.0%"
box(ws, f"A3:F{3 + len(rows)}")
ws.column_dimensions["D"].hidden = True
ws.column_dimensions["B"].width = 60
ws.column_dimensions["F"].width = 30
C = "2024 год"
F.add("students_total", 1972, "1972", "без повторного счёта", col=C)
F.add("coverage_pct", 74.4, "74,4", "Охват детей", col=C)
F.add("students_ovz", 94, "94", "с ОВЗ", col=C)
F.add("students_disabled", 33, "33", "дети-инвалиды", col=C)
F.add("programs_nok", 4, "4", "положительное заключение", col=C)
F.add("certificate_nominal_rub", 10215.5, "10215,50", "Номинал", col=C)
F.add("certificates_issued", 2186, "2186", "Выдано сертификатов", col=C)
F.add("certificates_active", 1844, "1844", "Активные сертификаты", col=C)
F.add("certificate_students", 598, "598", "Обучающиеся по сертификатам", col=C)
F.add("certificate_share_pct", 22.6, "0,226", "Доля детей", col=C, scale="fraction")
F.add("new_places", 60, "60", "новых мест", col=C)

# ---------------------------------------------------------------- 4_МОЦ
ws = wb.create_sheet("4_МОЦ")
ws["A1"] = "4. Мероприятия муниципального опорного центра (по кварталам)"
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["Показатель", "I квартал", "II квартал", "III квартал", "IV квартал",
           "Итого за год"])
for c in ws[3]:
    c.font = B
    c.alignment = CEN
ev = [("Мероприятия для обучающихся, ед.", [5, 7, 4, 9], "events_students", 25),
      ("Охват обучающихся мероприятиями, чел.", [310, 402, 226, 517], "events_students_reach",
       1455),
      ("Мероприятия для родителей, ед.", [2, 3, 0, 3], "events_parents", 8),
      ("Охват родителей мероприятиями, чел.", [96, 141, 0, 128], "events_parents_reach", 365),
      ("Мероприятия для педагогов, ед.", [3, 4, 1, 4], "events_teachers", 12),
      ("Охват педагогов мероприятиями, чел.", [54, 61, 18, 70], "events_teachers_reach", 203)]
for i, (lab, q, key, tot) in enumerate(ev):
    r = 4 + i
    ws.append([lab] + q + [f"=SUM(B{r}:E{r})"])
    assert sum(q) == tot
    F.add(key, tot, str(tot), lab.split(",")[0], col="Итого за год")
ws.append(["Педагоги – участники мероприятий по развитию профессионального мастерства "
           "(без повторного учёта), чел.", "х", "х", "х", "х", 49])
F.add("teachers_pd_participants", 49, "49", "профессионального мастерства",
      col="Итого за год")
box(ws, "A3:F10")
ws["A12"] = ("Примечание: прирост численности обучающихся (без повторного счёта) к уровню "
             "2023 года составил 57 человек, или 3,0 %.")
F.add("coverage_growth_children", 57, "57", "прирост численности обучающихся", "text")
F.add("coverage_growth_pct", 3.0, "3,0", "прирост численности обучающихся", "text")
ws.column_dimensions["A"].width = 70
for col in "BCDEF":
    ws.column_dimensions[col].width = 14

src = tmpdir() / NAME
wb.save(str(src))
recalc_xlsx(src, NAME)
F.save(NAME, "Рассказовский район", "Тамбовская область", 2024)
