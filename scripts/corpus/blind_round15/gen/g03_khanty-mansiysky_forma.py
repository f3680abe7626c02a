"""03 - Ханты-Мансийский район (ХМАО - Югра), 2024, xlsx.
Shape (outside the brief): a statistical-style monitoring form «МОЦ-1» over several sheets
(title sheet with ОКУД/ОКПО/ОКТМО codes, sections Р1-Р4), «№ строки» line codes and a
column-number row, directions as columns in the order of form 1-ДО, years as columns,
totals and shares as FORMULAS (values cached by a LibreOffice round trip), the coverage
as a fraction in a percent-formatted cell, and an explanatory sheet of one-cell lines."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from common import Gold, lo_convert, tmpdir

g = Gold(3, "khanty-mansiysky", "forma", "xlsx", "Ханты-Мансийский район",
         "Ханты-Мансийский автономный округ — Югра", 2024)
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


# ---- title
ws = wb.active
ws.title = "Титул"
ws.column_dimensions["A"].width = 30
for col in "BCD":
    ws.column_dimensions[col].width = 24
lines = [
    "ФОРМА МОНИТОРИНГА № МОЦ-1",
    "Сведения о деятельности муниципального опорного центра дополнительного образования детей",
    "за 2024 год",
    "Представляют: МОЦ Ханты-Мансийского района (МАУ ДО ХМР «Центр дополнительного образования»)",
    "Сроки представления: до 25 января 2025 г. в Региональный модельный центр ХМАО – Югры",
    "Наименование отчитывающейся организации: Управление образования администрации Ханты-Мансийского района",
    "Почтовый адрес: 628002, г. Ханты-Мансийск, ул. Гагарина, д. 214",
]
for i, t in enumerate(lines, 1):
    ws.cell(i, 1, t).font = B if i <= 3 else Font()
ws.cell(9, 1, "Код формы по ОКУД")
ws.cell(9, 2, "Код по ОКПО")
ws.cell(9, 3, "Код по ОКТМО")
ws.cell(10, 1, "0609522")
ws.cell(10, 2, "41284375")
ws.cell(10, 3, "71829000")
grid(ws, 9, 10, 1, 3)

# ---- R1: network and programmes
ws = wb.create_sheet("Р1")
ws.column_dimensions["A"].width = 58
ws.column_dimensions["B"].width = 8
for col in "CDEFGHI":
    ws.column_dimensions[col].width = 13
ws["A1"] = "Раздел 1. Сеть организаций и дополнительные общеобразовательные программы"
ws["A1"].font = B
hdr = ["Наименование показателя", "№ строки", "Всего", "техническая", "естественно-научная",
       "туристско-краеведческая", "социально-гуманитарная", "художественная", "физкультурно-спортивная"]
ws.append([])
ws.append(hdr)
ws.append([str(i) for i in range(1, 10)])
# row 5: programmes
prog = {"tech": 22, "science": 19, "tourism": 14, "social": 27, "art": 41, "sport": 33}
order = ["tech", "science", "tourism", "social", "art", "sport"]
ws.append(["Число реализуемых ДООП, ед.", "01", "=SUM(D5:I5)"] + [prog[k] for k in order])
for k in order:
    g.t(f"programs_{k}", prog[k], str(prog[k]), "Число реализуемых ДООП")
g.t("programs_total", 156, "156", "Число реализуемых ДООП")
ws.append(["из них прошедших НОК с положительным заключением, ед.", "02", "=SUM(D6:I6)", 2, 1, 0, 2, 3, 1])
g.t("programs_nok", 9, "9", "прошедших НОК с положительным заключением")
ws.append(["направлено на НОК, ед.", "03", "=SUM(D7:I7)", 3, 2, 1, 3, 4, 2])
stud = {"tech": 498, "science": 406, "tourism": 233, "social": 771, "art": 1312, "sport": 1204}
ws.append(["Численность обучающихся по ДООП (с повторным счётом), чел.", "04", "=SUM(D8:I8)"] +
          [stud[k] for k in order])
for k in order:
    g.t(f"students_{k}", stud[k], str(stud[k]), "с повторным счётом")
ws.append(["Число организаций дополнительного образования (юридических лиц), ед.", "05", 3,
           "х", "х", "х", "х", "х", "х"])
g.t("organizations_total", 3, "3", "Число организаций дополнительного образования")
ws.append(["Число общеобразовательных организаций, реализующих ДООП, ед.", "06", 16,
           "х", "х", "х", "х", "х", "х"])
grid(ws, 3, 10, 1, 9)
for c in range(1, 10):
    ws.cell(3, c).font = B

# ---- R2: contingent, years as columns
ws = wb.create_sheet("Р2")
ws.column_dimensions["A"].width = 70
for col in "BCD":
    ws.column_dimensions[col].width = 14
ws["A1"] = "Раздел 2. Контингент (без повторного счёта)"
ws["A1"].font = B
ws.append([])
ws.append(["Наименование показателя", "№ строки", "2023 (справочно)", "2024"])
ws.append(["1", "2", "3", "4"])
ws.append(["Численность детей 5–18 лет, проживающих на территории МО (данные Росстата), чел.", "10", 4815, 4902])
ws.append(["Численность детей 5–18 лет, обучающихся по ДООП (без повторного счёта), чел.", "11", 3526, 3639])
g.t("students_total", 3639, "3639", "без повторного счёта), чел.")
ws.append(["Доля детей 5–18 лет, охваченных ДО (стр. 11 / стр. 10)", "12", "=ROUND(C6/C5,3)", "=ROUND(D6/D5,3)"])
ws["C7"].number_format = "0.0%"
ws["D7"].number_format = "0.0%"
g.t("coverage_pct", 74.2, "0.742", "охваченных ДО", form="fraction")
ws.append(["Прирост численности охваченных детей к предыдущему году, чел.", "13", 87, "=D6-C6"])
g.t("coverage_growth_children", 113, "113", "Прирост численности охваченных детей")
ws.append(["Прирост численности охваченных детей, %", "14", 2.5, "=ROUND((D6-C6)/C6*100,1)"])
g.t("coverage_growth_pct", 3.2, "3.2", "Прирост численности охваченных детей, %")
ws.append(["из стр. 11 – обучающиеся с ОВЗ, чел.", "15", 131, 142])
g.t("students_ovz", 142, "142", "обучающиеся с ОВЗ")
ws.append(["из стр. 11 – дети-инвалиды, чел.", "16", 38, 41])
g.t("students_disabled", 41, "41", "дети-инвалиды")
ws.append(["Справочно: дети района, обучающиеся в организациях г. Ханты-Мансийска, чел.", "17", 402, 417])
grid(ws, 3, 12, 1, 4)

# ---- R3: certificates, registry, places
ws = wb.create_sheet("Р3")
ws.column_dimensions["A"].width = 64
for col in "BCD":
    ws.column_dimensions[col].width = 14
ws["A1"] = "Раздел 3. Социальный сертификат, реестр поставщиков, новые места"
ws["A1"].font = B
ws.append([])
ws.append(["Показатель", "№ строки", "Ед. изм.", "Значение"])
ws.append(["Номинал сертификата ДО на 2024 год", "20", "руб.", 18406.75])
ws["D4"].number_format = "#,##0.00"
g.t("certificate_nominal_rub", 18406.75, "18406.75", "Номинал сертификата")
ws.append(["Количество выданных сертификатов (нарастающим итогом)", "21", "ед.", 3204])
g.t("certificates_issued", 3204, "3204", "выданных сертификатов")
ws.append(["из них активных (использованных для записи)", "22", "ед.", 2617])
g.t("certificates_active", 2617, "2617", "активных")
ws.append(["Численность детей, обучающихся с использованием сертификата", "23", "чел.", 2540])
g.t("certificate_students", 2540, "2540", "обучающихся с использованием сертификата")
ws.append(["Доля детей, обучающихся по сертификату (стр. 23 / Р2 стр. 10 × 100)", "24", "%",
           "=ROUND(D7/'Р2'!D5*100,1)"])
g.t("certificate_share_pct", 51.8, "51.8", "Доля детей, обучающихся по сертификату")
ws.append(["Число поставщиков, включённых в реестр", "25", "ед.", 21])
g.t("providers_registry", 21, "21", "включённых в реестр")
ws.append(["в т.ч. негосударственных", "26", "ед.", 6])
ws.append(["Создано новых мест дополнительного образования", "27", "мест", 85])
g.t("new_places", 85, "85", "Создано новых мест")
ws.append(["Планируется создать в 2025 году", "28", "мест", 60])
grid(ws, 3, 12, 1, 4)

# ---- R4: events
ws = wb.create_sheet("Р4")
ws.column_dimensions["A"].width = 40
for col in "BCD":
    ws.column_dimensions[col].width = 18
ws["A1"] = "Раздел 4. Мероприятия МОЦ"
ws["A1"].font = B
ws.append([])
ws.append(["Целевая группа", "№ строки", "Количество мероприятий, ед.", "Численность участников, чел."])
ws.append(["1", "2", "3", "4"])
ev = [("parents", "для родителей (законных представителей)", 15, 1126, "для родителей"),
      ("students", "для обучающихся", 22, 2075, "для обучающихся"),
      ("teachers", "для педагогических работников", 12, 284, "для педагогических")]
for i, (k, lab, n, reach, anc) in enumerate(ev):
    ws.append([lab, str(30 + i), n, reach])
    g.t(f"events_{k}", n, str(n), anc)
    g.t(f"events_{k}_reach", reach, str(reach), anc)
ws.append(["Всего", "33", "=SUM(C5:C7)", "=SUM(D5:D7)"])
grid(ws, 3, 8, 1, 4)

# ---- notes: one-cell lines
ws = wb.create_sheet("Пояснения")
ws.column_dimensions["A"].width = 120
notes = [
    "Пояснения к форме МОЦ-1 за 2024 год",
    "1. Данные Р2 стр. 10 – по оценке Ханты-Мансийскстата на 01.01.2024.",
    "2. Для сравнения: охват детей дополнительным образованием по ХМАО – Югре – 82,6 %, по г. Ханты-Мансийску – 88,1 %.",
    "3. Педагоги – участники мероприятий по развитию профессионального мастерства: 73 чел.",
    "4. Более 40 % детей проживают в труднодоступных населённых пунктах (д. Ярки, п. Кедровый и др.).",
    "5. В 2025 году планируется открытие 2 площадок «ТОЧКА РОСТА» и 60 новых мест.",
    "Исполнитель: Каргаполова И.Н., тел. 8 (3467) 32-24-17, доб. 105",
]
for t in notes:
    ws.append([t])
g.x("teachers_pd_participants", 73, "73", "профессионального мастерства")

tmp = tmpdir()
src = tmp / (g.stem + ".xlsx")
wb.save(src)
lo_convert(src, "xlsx:Calc MS Excel 2007 XML", g.path)
g.save()
