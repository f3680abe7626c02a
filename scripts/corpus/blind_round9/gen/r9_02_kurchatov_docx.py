"""02 — город Курчатов (Курская обл.), 2024, docx.
OUTSIDE BRIEF: «сводная ведомость» with indicators as columns and quarters as rows (+ Итого за год, Справочно 2023),
two-level header with merged cells; plus years-as-rows table and a directions table."""
from common import *
from docx.shared import Pt

NAME = "r9_02_kurchatov_vedomost"
g = Gold(NAME, "docx", "город Курчатов", "Курская область", 2024)
d = docx_base(landscape=True, size=11)

para(d, "Администрация города Курчатова Курской области\nУправление по делам образования", bold=True, center=True)
para(d, "307251, Курская обл., г. Курчатов, пр-т Коммунистический, д. 33; тел. (47131) 4-21-09; ИНН 4634003318", center=True, size=9)
para(d, "Исх. № 02-11/96 от 05.02.2025                                                   Министерство образования и науки Курской области")
para(d, "Информационная справка о деятельности муниципального опорного центра г. Курчатова за 2024 год", bold=True, center=True)
para(d, "В городе работают " + g.add("organizations_total", 3, "три", "работают три учреждения", "paragraph 1",
        reading="«три учреждения дополнительного образования» = 3", factor=None)
     + " учреждения дополнительного образования (ДДТ, ДЮСШ, Центр «Успех»), в реестр поставщиков ПФДО включены "
     + g.add("providers_registry", 14, "14", "в реестр поставщиков ПФДО включены", "paragraph 1")
     + " организаций, из них 2 индивидуальных предпринимателя. Численность детей 5–18 лет — 7 215 чел., "
       "в Курчатовском районе охват составил 74,2 %, в среднем по Курской области — 78,4 %.")

para(d, "Сводная ведомость № 1. Мероприятия муниципального опорного центра по кварталам 2024 года", bold=True)
t = d.add_table(rows=9, cols=8)
docx_borders(t)
hdr1 = ["Период", "Для родителей", None, "Для обучающихся", None, "Для педагогов", None, "Педагоги — участники мероприятий проф. мастерства, чел."]
hdr2 = [None, "кол-во", "охват, чел.", "кол-во", "охват, чел.", "кол-во", "охват, чел.", None]
for j in range(8):
    if hdr1[j]:
        t.cell(0, j).text = hdr1[j]
    if hdr2[j]:
        t.cell(1, j).text = hdr2[j]
t.cell(0, 0).merge(t.cell(1, 0))
t.cell(0, 7).merge(t.cell(1, 7))
for j in (1, 3, 5):
    t.cell(0, j).merge(t.cell(0, j + 1))
q = [["I квартал", "3", "210", "6", "640", "5", "88", "17"],
     ["II квартал", "4", "365", "7", "815", "6", "104", "22"],
     ["III квартал", "2", "120", "3", "290", "2", "35", "9"],
     ["IV квартал", "5", "412", "8", "905", "7", "121", "28"]]
A = "Итого за 2024 год"
tot = [A,
       g.add("events_parents", 14, "14", A, "ведомость № 1, row «Итого за 2024 год», родители кол-во"),
       g.add("events_parents_reach", 1107, "1 107", A, "ведомость № 1, Итого, родители охват"),
       g.add("events_students", 24, "24", A, "ведомость № 1, Итого, обучающиеся кол-во"),
       g.add("events_students_reach", 2650, "2 650", A, "ведомость № 1, Итого, обучающиеся охват"),
       g.add("events_teachers", 20, "20", A, "ведомость № 1, Итого, педагоги кол-во"),
       g.add("events_teachers_reach", 348, "348", A, "ведомость № 1, Итого, педагоги охват"),
       g.add("teachers_pd_participants", 76, "76", A, "ведомость № 1, Итого, last column")]
ref = ["Справочно: 2023 год", "11", "904", "19", "2 115", "16", "301", "61"]
for i, r in enumerate(q + [tot, ref]):
    for j, v in enumerate(r):
        t.cell(i + 2, j).text = v
for row in t.rows:
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(10)

para(d, "")
para(d, "Сводная ведомость № 2. Динамика основных показателей", bold=True)
B = "2024"
rows = [["Год", "Программ ДО, ед.", "из них с положительным заключением НОК", "Обучающихся без повторного счёта, чел.",
         "Охват детей 5–18 лет, %", "Обучающихся с ОВЗ, чел.", "Детей-инвалидов, чел."],
        ["2022", "164", "2", "5 512", "77,1", "187", "49"],
        ["2023", "175", "4", "5 701", "79,6", "198", "52"],
        [B, g.add("programs_total", 186, "186", B, "ведомость № 2, row 2024, col «Программ ДО»"),
         g.add("programs_nok", 6, "6", B, "ведомость № 2, row 2024, col НОК"),
         g.add("students_total", 5893, "5 893", B, "ведомость № 2, row 2024"),
         g.add("coverage_pct", 81.7, "81,7", B, "ведомость № 2, row 2024, охват"),
         g.add("students_ovz", 212, "212", B, "ведомость № 2, row 2024, ОВЗ"),
         g.add("students_disabled", 57, "57", B, "ведомость № 2, row 2024, дети-инвалиды")],
        ["2025 (план)", "190", "8", "5 950", "82,0", "215", "58"]]
docx_table(d, rows, font=10)
para(d, "")
para(d, "Сводная ведомость № 3. Программы и обучающиеся по направленностям в 2024 году", bold=True)
dirs = [("Художественная", "art", 52, 2310), ("Физкультурно-спортивная", "sport", 41, 1954),
        ("Социально-гуманитарная", "social", 38, 1402), ("Естественнонаучная", "science", 21, 611),
        ("Техническая", "tech", 27, 873), ("Туристско-краеведческая", "tourism", 7, 204)]
rows = [["Направленность", "Программ, ед.", "Обучающихся (с повторным счётом), чел.", "Доля от общего числа обучающихся, %"]]
for lab, k, p, s in dirs:
    rows.append([lab, g.add(f"programs_{k}", p, str(p), lab, f"ведомость № 3, row {lab}, programs"),
                 g.add(f"students_{k}", s, n(s), lab, f"ведомость № 3, row {lab}, students"), dec(s / 7354 * 100)])
rows.append(["Всего", "186", "7 354", "100,0"])
docx_table(d, rows, font=10)
para(d, "")
para(d, "Число детей, охваченных дополнительным образованием, увеличилось на "
     + g.add("coverage_growth_children", 192, "192", "увеличилось на", "paragraph after ведомость № 3") + " человека. "
     "Номинал сертификата ПФДО в 2024 году — "
     + g.add("certificate_nominal_rub", 6950.0, "6 950 рублей 00 копеек", "Номинал сертификата ПФДО", "same paragraph") + ". "
     "Выдано " + g.add("certificates_issued", 5120, "5 120", "Выдано", "same paragraph") + " сертификатов, активны "
     + g.add("certificates_active", 4870, "4 870", "активны", "same paragraph") + "; по сертификатам обучаются "
     + g.add("certificate_students", 3655, "3 655", "по сертификатам обучаются", "same paragraph") + " детей, это "
     + g.add("certificate_share_pct", 62.0, "62,0", "по сертификатам обучаются", "same paragraph") + " % от числа обучающихся. "
     "Создано " + g.add("new_places", 90, "90", "Создано", "same paragraph") + " новых мест (план по региональному проекту — 90).")
para(d, "")
para(d, "Начальник управления по делам образования                  Т.И. Гладких")
para(d, "Исп. Бондарева Н.Ю., 8 (47131) 4-25-60", size=9)
d.save(OUT / f"{NAME}.docx")
g.save(traps=["quarter rows I–IV (parts of the year)", "Справочно: 2023 год row", "2022/2023/2025 (план) rows", "population 7 215",
              "«из них 2 ИП»", "neighbour Курчатовский район 74,2 %, region 78,4 %", "repeated total 7 354, share-of-total column",
              "plan of new places 90 (equal to fact)", "Исх. № 02-11/96 от 05.02.2025, phones, ИНН, postcode"],
       notes=["certificate_nominal_rub written as «6 950 рублей 00 копеек»; verify reads the leading number"])
