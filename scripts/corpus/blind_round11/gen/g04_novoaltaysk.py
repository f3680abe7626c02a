"""r11_04: город Новоалтайск (Алтайский край), 2024. A workbook modelled on the statistical
form 1-ДОП as a municipal summary made by the МОЦ: row codes («№ строки» 01-33), a column
number row, formulas for totals and shares (cached by a LibreOffice recalculation), a 2023
column «справочно», a reference sheet with the population by age groups."""
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from common import write_gold, out_path, recalc_xlsx

STEM = "r11_04_novoaltaysk_svod-1-dop"
wb = openpyxl.Workbook()
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------- Титул
ws = wb.active
ws.title = "Титул"
ws.column_dimensions["A"].width = 100
lines = [
    "ФЕДЕРАЛЬНОЕ СТАТИСТИЧЕСКОЕ НАБЛЮДЕНИЕ (разработка МОЦ)",
    "СВОДНЫЕ СВЕДЕНИЯ ПО ФОРМЕ № 1-ДОП «Сведения о дополнительном образовании детей»",
    "по городскому округу город Новоалтайск Алтайского края",
    "за январь – декабрь 2024 г.",
    "",
    "Составитель: муниципальный опорный центр дополнительного образования детей "
    "(МБУ ДО «Центр развития творчества детей и молодёжи»)",
    "Почтовый адрес: 658080, Алтайский край, г. Новоалтайск, ул. Октябрьская, 25",
    "Код по ОКПО: 40516271     ОКТМО: 01713000     Число отчитавшихся организаций: 17",
    "Ответственный за свод: Пахомова Ирина Сергеевна, тел. (38532) 2-14-80, "
    "e-mail: moc.novoaltaysk@mail.ru",
    "Дата составления: 20.01.2025",
]
for i, t in enumerate(lines, 1):
    ws.cell(i, 1, t).font = Font(bold=(i <= 4))

# ---------------- Раздел 1
ws = wb.create_sheet("Раздел 1")
ws["A1"] = "Раздел 1. Сведения о реализуемых дополнительных общеобразовательных программах"
ws["A1"].font = Font(bold=True)
ws["A2"] = "Код по ОКЕИ: единица – 642, человек – 792"
hdr = ["Направленность программ", "№ строки", "Число программ, ед.",
       "из них адаптированных для детей с ОВЗ", "Численность обучающихся, чел.",
       "из них девочки"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(4, j, h)
    c.font = Font(bold=True)
    c.alignment = CEN
    c.border = B
for j in range(1, 7):
    c = ws.cell(5, j, j)
    c.alignment = CEN
    c.border = B
data = [
    ("художественная", "01", 88, 6, 3124, 2106),
    ("физкультурно-спортивная", "02", 57, 2, 2693, 905),
    ("социально-гуманитарная", "03", 49, 4, 1955, 1201),
    ("естественнонаучная", "04", 28, 1, 986, 540),
    ("техническая", "05", 41, 0, 1507, 381),
    ("туристско-краеведческая", "06", 14, 0, 412, 190),
]
r = 6
for row in data:
    for j, v in enumerate(row, 1):
        c = ws.cell(r, j, v)
        c.border = B
        if j >= 3:
            c.number_format = "#,##0"
    r += 1
ws.cell(r, 1, "Всего (сумма строк 01–06)").font = Font(bold=True)
ws.cell(r, 2, "07")
for j, col in zip(range(3, 7), "CDEF"):
    ws.cell(r, j, f"=SUM({col}6:{col}11)").number_format = "#,##0"
for j in range(1, 7):
    ws.cell(r, j).border = B
ws.cell(r + 2, 1, "Примечание: численность обучающихся по строкам 01–07 указывается с повторным "
                  "счётом (ребёнок, занимающийся по двум программам, учитывается дважды).")
ws.column_dimensions["A"].width = 34
for col in "BCDEF":
    ws.column_dimensions[col].width = 16
ws.row_dimensions[4].height = 48

# ---------------- Раздел 2-3
ws = wb.create_sheet("Раздел 2-3")
ws["A1"] = ("Раздел 2. Контингент обучающихся (без повторного счёта). "
            "Раздел 3. Сведения МОЦ о реализации ПФДО и деятельности центра")
ws["A1"].font = Font(bold=True)
hdr = ["Наименование показателя", "№ строки", "2024 г.", "2023 г. (справочно)"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(3, j, h)
    c.font = Font(bold=True)
    c.alignment = CEN
    c.border = B
for j in range(1, 5):
    ws.cell(4, j, j).alignment = CEN
    ws.cell(4, j).border = B
rows = [
    ("Раздел 2", None, None, None),
    ("Численность детей в возрасте 5–18 лет, проживающих в городском округе (справочно)", "08",
     12631, 12588),
    ("Численность обучающихся без повторного счёта", "09", 9764, 9512),
    ("из них: обучающиеся с ОВЗ", "10", 198, 185),
    ("дети-инвалиды", "11", 71, 66),
    ("Охват детей 5–18 лет дополнительным образованием, % (стр. 09 / стр. 08 × 100)", "12",
     "=ROUND(C7/C6*100,1)", "=ROUND(D7/D6*100,1)"),
    ("Прирост численности обучающихся к предыдущему году, чел.", "13", "=C7-D7", "х"),
    ("Прирост численности обучающихся к предыдущему году, %", "14",
     "=ROUND(C11/D7*100,1)", "х"),
    ("Раздел 3", None, None, None),
    ("Организации дополнительного образования (юридические лица)", "15", 4, 4),
    ("в т.ч. негосударственные", "16", 1, 1),
    ("Общеобразовательные организации, реализующие ДООП", "17", 12, 12),
    ("Поставщики образовательных услуг в реестре ПФДО", "18", 14, 11),
    ("Номинал сертификата ПФДО, руб.", "19", 7150, 6780),
    ("Выдано сертификатов дополнительного образования (на конец года)", "20", 9038, 8702),
    ("Активные сертификаты (использованные для записи)", "21", 6211, 5840),
    ("Дети, обучающиеся по сертификатам ПФДО", "22", 2540, 2283),
    ("Доля обучающихся по сертификатам, % (стр. 22 / стр. 09 × 100)", "23",
     "=ROUND(C21/C7*100,1)", "=ROUND(D21/D7*100,1)"),
    ("Создано новых мест дополнительного образования", "24", 150, 100),
    ("Мероприятия МОЦ для родителей (законных представителей), ед.", "25", 11, 8),
    ("охват родителей, чел.", "26", 730, 520),
    ("Мероприятия МОЦ для обучающихся, ед.", "27", 19, 17),
    ("охват обучающихся, чел.", "28", 2204, 1980),
    ("Мероприятия МОЦ для педагогических работников, ед.", "29", 15, 13),
    ("охват педагогических работников, чел.", "30", 342, 310),
    ("Педагоги – участники конкурсов профессионального мастерства, чел.", "31", 58, 49),
    ("ДООП, получившие положительное заключение НОК, ед.", "32", 7, 4),
    ("ДООП, направленные на НОК, ед.", "33", 9, 6),
]
r = 5
for name, code, v24, v23 in rows:
    ws.cell(r, 1, name).alignment = WR
    if code is None:
        ws.cell(r, 1).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    else:
        ws.cell(r, 2, code).alignment = CEN
        ws.cell(r, 3, v24)
        ws.cell(r, 4, v23)
        for j in (3, 4):
            ws.cell(r, j).number_format = "#,##0.00" if code == "19" else (
                "0.0" if code in ("12", "14", "23") else "#,##0")
    for j in range(1, 5):
        ws.cell(r, j).border = B
    r += 1
ws.column_dimensions["A"].width = 70
for col in "BCD":
    ws.column_dimensions[col].width = 16
ws.cell(r + 1, 1, "Руководитель МОЦ ____________ И. С. Пахомова")

# ---------------- Справочно
ws = wb.create_sheet("Справочно_население")
ws["A1"] = "Численность детского населения городского округа на 01.01.2024 (Алтайкрайстат), чел."
ws.append([])
ws.append(["Возрастная группа", "Численность, чел."])
ws.append(["5–9 лет", 4702])
ws.append(["10–14 лет", 4981])
ws.append(["15–17 лет", 2948])
ws.append(["Итого 5–18 лет", "=SUM(B4:B6)"])
ws.column_dimensions["A"].width = 30
ws.column_dimensions["B"].width = 20

path = out_path(STEM + ".xlsx")
wb.save(path)
recalc_xlsx(path)

F = [
    ("programs_art", 88, "88", "художественная", "table"),
    ("programs_sport", 57, "57", "физкультурно-спортивная", "table"),
    ("programs_social", 49, "49", "социально-гуманитарная", "table"),
    ("programs_science", 28, "28", "естественнонаучная", "table"),
    ("programs_tech", 41, "41", "техническая", "table"),
    ("programs_tourism", 14, "14", "туристско-краеведческая", "table"),
    ("programs_total", 277, "277", "Всего (сумма строк", "table"),
    ("students_art", 3124, "3124", "художественная", "table"),
    ("students_sport", 2693, "2693", "физкультурно-спортивная", "table"),
    ("students_social", 1955, "1955", "социально-гуманитарная", "table"),
    ("students_science", 986, "986", "естественнонаучная", "table"),
    ("students_tech", 1507, "1507", "техническая", "table"),
    ("students_tourism", 412, "412", "туристско-краеведческая", "table"),
    ("students_total", 9764, "9764", "без повторного счёта", "table"),
    ("students_ovz", 198, "198", "с ОВЗ", "table"),
    ("students_disabled", 71, "71", "дети-инвалиды", "table"),
    ("coverage_pct", 77.3, "77,3", "Охват детей", "table"),
    ("coverage_growth_children", 252, "252", "Прирост численности обучающихся", "table"),
    ("coverage_growth_pct", 2.6, "2,6", "Прирост численности обучающихся", "table"),
    ("organizations_total", 4, "4", "Организации дополнительного образования", "table"),
    ("providers_registry", 14, "14", "реестре ПФДО", "table"),
    ("certificate_nominal_rub", 7150.0, "7150", "Номинал сертификата", "table"),
    ("certificates_issued", 9038, "9038", "Выдано сертификатов", "table"),
    ("certificates_active", 6211, "6211", "Активные сертификаты", "table"),
    ("certificate_students", 2540, "2540", "обучающиеся по сертификатам", "table"),
    ("certificate_share_pct", 26.0, "26", "Доля обучающихся по сертификатам", "table"),
    ("new_places", 150, "150", "новых мест", "table"),
    ("events_parents", 11, "11", "для родителей", "table"),
    ("events_parents_reach", 730, "730", "охват родителей", "table"),
    ("events_students", 19, "19", "для обучающихся", "table"),
    ("events_students_reach", 2204, "2204", "охват обучающихся", "table"),
    ("events_teachers", 15, "15", "для педагогических", "table"),
    ("events_teachers_reach", 342, "342", "охват педагогических", "table"),
    ("teachers_pd_participants", 58, "58", "профессионального мастерства", "table"),
    ("programs_nok", 7, "7", "положительное заключение", "table"),
]
write_gold(STEM, "xlsx", "город Новоалтайск", "Алтайский край", 2024, F)
