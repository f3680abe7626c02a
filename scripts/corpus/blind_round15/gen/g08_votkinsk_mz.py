"""08 - город Воткинск (Удмуртская Республика), 2025, xlsx.
Shape (outside the brief): «Отчёт о выполнении муниципального задания» (ОКУД 0506001) with
registry-record numbers, ОКЕИ codes, «утверждено / исполнено / допустимое отклонение»
columns and человеко-часы, followed by МОЦ annex sheets: a label/value sheet, directions,
years as ROWS (with a plan row), and events by QUARTERS with formula totals (cached by a
LibreOffice round trip)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from common import Gold, lo_convert, tmpdir

g = Gold(8, "votkinsk", "mz", "xlsx", "город Воткинск", "Удмуртская Республика", 2025)
wb = Workbook()
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(bold=True)
WR = Alignment(wrap_text=True, vertical="top")


def grid(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WR


ws = wb.active
ws.title = "МЗ"
ws.column_dimensions["A"].width = 28
for col in "BCDEFGHI":
    ws.column_dimensions[col].width = 15
for t in ["ОТЧЁТ О ВЫПОЛНЕНИИ МУНИЦИПАЛЬНОГО ЗАДАНИЯ № 7",
          "на 2025 год и плановый период 2026 и 2027 годов",
          "от «15» января 2026 г.",
          "Наименование муниципального учреждения: МБУ ДО «Центр детского творчества» г. Воткинска",
          "Вид деятельности: образование дополнительное детей и взрослых (ОКВЭД 85.41)",
          "Периодичность: годовая"]:
    ws.append([t])
ws["A1"].font = B
ws.append([])
ws.append(["Форма по ОКУД", "0506001", "Дата", "15.01.2026", "Код по сводному реестру", "943Щ4627"])
grid(ws, 8, 8, 1, 6)
ws.append([])
ws.append(["Часть 1. Сведения об оказываемых муниципальных услугах. Раздел 1"])
ws.append(["Наименование муниципальной услуги: Реализация дополнительных общеразвивающих программ"])
ws.append(["3.1. Сведения о фактическом достижении показателей, характеризующих качество муниципальной услуги"])
r0 = ws.max_row + 1
ws.append(["Уникальный номер реестровой записи", "Показатель качества", "Ед. изм.", "Код по ОКЕИ",
           "Утверждено в муниципальном задании на год", "Исполнено на отчётную дату",
           "Допустимое (возможное) отклонение", "Отклонение, превышающее допустимое", "Причина отклонения"])
ws.append(["804200О.99.0.ББ52АЖ48000", "Доля детей, осваивающих ДООП в объёме 100 %", "процент", "744", 95, 97.2,
           "5 %", "—", "—"])
ws.append(["804200О.99.0.ББ52АЖ48000", "Доля родителей, удовлетворённых условиями и качеством услуги", "процент",
           "744", 90, 93.8, "5 %", "—", "—"])
grid(ws, r0, ws.max_row, 1, 9)
ws.append([])
ws.append(["3.2. Сведения о фактическом достижении показателей, характеризующих объём муниципальной услуги"])
r0 = ws.max_row + 1
ws.append(["Уникальный номер реестровой записи", "Показатель объёма", "Ед. изм.", "Код по ОКЕИ",
           "Утверждено в муниципальном задании на год", "Исполнено на отчётную дату",
           "Допустимое (возможное) отклонение", "Отклонение, превышающее допустимое", "Причина отклонения"])
ws.append(["804200О.99.0.ББ52АЖ48000", "Количество человеко-часов", "человеко-час", "539", 312480, 318606,
           "10 %", "—", "—"])
ws.append(["804200О.99.0.ББ52АЕ76000", "Число обучающихся (ЦДТ)", "человек", "792", 2410, 2466, "10 %", "—",
           "—"])
grid(ws, r0, ws.max_row, 1, 9)
ws.append([])
ws.append(["Руководитель учреждения: директор Корепанова Н.Г. (тел. 8 (34145) 5-17-03)"])

# ---- МОЦ indicators
ws = wb.create_sheet("Показатели МОЦ")
ws.column_dimensions["A"].width = 70
ws.column_dimensions["B"].width = 10
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 34
ws.append(["Приложение к отчёту: показатели муниципального опорного центра (город Воткинск, 2025 год)"])
ws["A1"].font = B
ws.append([])
ws.append(["Показатель", "Ед. изм.", "Значение за 2025 год", "Источник данных"])
rows = [
    ("Организации дополнительного образования", "ед.", 4, "ЦДТ, ДЮСШ, ДШИ, СЮТ", "organizations_total"),
    ("Поставщики, включённые в реестр исполнителей соцзаказа", "ед.", 23, "в т.ч. 5 ИП", "providers_registry"),
    ("Программы с положительным заключением НОК", "ед.", 16, "АИС «Навигатор»", "programs_nok"),
    ("Обучающиеся по ДООП без повторного счёта", "чел.", 12904, "АИС «Навигатор»", "students_total"),
    ("Справочно: численность детей 5–18 лет", "чел.", 18712, "Удмуртстат", None),
    ("Обучающиеся с ОВЗ", "чел.", 486, "", "students_ovz"),
    ("Обучающиеся дети-инвалиды", "чел.", 154, "", "students_disabled"),
    ("Номинал сертификата", "руб.", 6214.73, "постановление от 27.12.2024 № 1905", "certificate_nominal_rub"),
    ("Выдано сертификатов", "ед.", 14110, "", "certificates_issued"),
    ("Активные сертификаты", "ед.", 11320, "", "certificates_active"),
    ("Дети, обучающиеся по сертификату", "чел.", 11096, "", "certificate_students"),
    ("Доля детей, обучающихся по сертификату", "%", 59.3, "целевое значение – 60 %", "certificate_share_pct"),
    ("Создано новых мест дополнительного образования", "мест", 110, "", "new_places"),
    ("Справочно: дети Воткинского района, обучающиеся в организациях города", "чел.", 611, "", None),
]
for lab, unit, val, src, key in rows:
    ws.append([lab, unit, val, src])
    if key:
        w = ("%.10g" % val) if isinstance(val, float) else str(val)
        g.t(key, val, w, lab.split(",")[0][:30])
grid(ws, 3, ws.max_row, 1, 4)
ws.append([])
ws.append(["Прирост числа детей, охваченных ДО, к 2024 году – 288 чел. (+2,3 %)."])
g.x("coverage_growth_children", 288, "288", "Прирост числа детей")
g.x("coverage_growth_pct", 2.3, "+2,3", "Прирост числа детей")
ws.append(["Педагоги – участники мероприятий по развитию профессионального мастерства за 2025 год: 147 чел."])
g.x("teachers_pd_participants", 147, "147", "профессионального мастерства")

# ---- directions
ws = wb.create_sheet("Направленности")
ws.column_dimensions["A"].width = 30
for col in "BCDE":
    ws.column_dimensions[col].width = 18
ws.append(["Программы и обучающиеся по направленностям, 2025 год"])
ws["A1"].font = B
ws.append(["Направленность", "Программы, ед.", "в т.ч. в сетевой форме", "Обучающиеся (с повторным счётом), чел.",
           "из них с ОВЗ"])
dirs = [("art", "художественная", 112, 9, 4312, 140), ("sport", "физкультурно-спортивная", 64, 2, 3980, 88),
        ("social", "социально-гуманитарная", 83, 11, 2276, 150), ("science", "естественнонаучная", 36, 4, 1124, 40),
        ("tech", "техническая", 67, 8, 2070, 52), ("tourism", "туристско-краеведческая", 26, 1, 735, 16)]
for k, lab, p, net, s, o in dirs:
    ws.append([lab, p, net, s, o])
    g.t(f"programs_{k}", p, str(p), lab)
    g.t(f"students_{k}", s, str(s), lab)
ws.append(["Итого", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
g.t("programs_total", 388, "388", "Итого")
grid(ws, 2, 9, 1, 5)

# ---- years as rows
ws = wb.create_sheet("Динамика")
for col, wd in zip("ABCDEF", (14, 12, 22, 12, 22, 20)):
    ws.column_dimensions[col].width = wd
ws.append(["Динамика основных показателей"])
ws["A1"].font = B
ws.append(["Год", "Охват, %", "Обучающихся (без повторного счёта), чел.", "Программ, ед.",
           "Номинал сертификата, руб.", "Мероприятий МОЦ, всего"])
ws.append(["2023", 66.9, 12433, 352, 5600, 44])
ws.append(["2024", 67.4, 12616, 370, 5880, 47])
ws.append(["2025", 69, 12904, 388, 6214.73, 50])
ws.append(["2026 (план)", 70, 13100, 395, "х", 55])
g.t("coverage_pct", 69.0, "69", "2025 |")
grid(ws, 2, 6, 1, 6)

# ---- events by quarters
ws = wb.create_sheet("Мероприятия МОЦ")
ws.column_dimensions["A"].width = 34
for col in "BCDEF":
    ws.column_dimensions[col].width = 12
ws.append(["Мероприятия МОЦ в 2025 году по кварталам"])
ws["A1"].font = B
ws.append(["Количество мероприятий, ед."])
ws.append(["Целевая группа", "I кв.", "II кв.", "III кв.", "IV кв.", "Итого за 2025 год"])
ev = [("parents", "Родители", (4, 3, 2, 5), (380, 260, 150, 512)),
      ("students", "Обучающиеся", (6, 5, 7, 6), (1120, 940, 1310, 1045)),
      ("teachers", "Педагоги", (3, 4, 1, 4), (96, 110, 35, 121))]
for i, (k, lab, n, _) in enumerate(ev):
    r = 4 + i
    ws.append([lab] + list(n) + [f"=SUM(B{r}:E{r})"])
    g.t(f"events_{k}", sum(n), str(sum(n)), lab + " |")
grid(ws, 3, 6, 1, 6)
ws.append([])
ws.append(["Охват участников, чел."])
ws.append(["Целевая группа", "I кв.", "II кв.", "III кв.", "IV кв.", "Итого за 2025 год"])
for i, (k, lab, _, reach) in enumerate(ev):
    r = 10 + i
    ws.append([lab + " (охват)"] + list(reach) + [f"=SUM(B{r}:E{r})"])
    g.t(f"events_{k}_reach", sum(reach), str(sum(reach)), lab + " (охват)")
grid(ws, 9, 12, 1, 6)

tmp = tmpdir()
src = tmp / (g.stem + ".xlsx")
wb.save(src)
lo_convert(src, "xlsx:Calc MS Excel 2007 XML", g.path)
g.save()
