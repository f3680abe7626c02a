"""06 — Вольский район (Саратовская обл.), I полугодие 2025 → year 2025; odt → pdf via LibreOffice.
OUTSIDE BRIEF: the municipality compared with the regional average in two columns plus an «Отклонение (+/–)» column;
directions table comparing I полугодие 2024 and I полугодие 2025 with a deviation column."""
from common import *

NAME = "r9_06_volskiy_polugodie"
g = Gold(NAME, "pdf", "Вольский район", "Саратовская область", 2025)
o = Odt()
o.p("Управление образования администрации Вольского муниципального района Саратовской области", o.center)
o.p("412906, Саратовская обл., г. Вольск, ул. Октябрьская, д. 114; тел. (84593) 7-06-52; ОКТМО 63611101", o.center)
o.p("Мониторинг показателей дополнительного образования детей: Вольский муниципальный район в сравнении со средними значениями по Саратовской области", o.bold)
o.p("Отчётный период: I полугодие 2025 года (по состоянию на 30.06.2025). Данные АИС «Навигатор» и ГИС «Соцзаказ».")
o.p("Таблица 1. Сравнение с региональными значениями")
rows = [["Показатель", "Ед.", "Вольский МР", "Саратовская обл. (в среднем)", "Отклонение (+/–)"]]
def R(lab, u, key, val, w, reg, dev, reading="", factor=1):
    an = "Программы с полож. заключением" if "НОК" in lab else lab
    rows.append([lab, u, g.add(key, val, w, an, f"table 1, row «{lab}», column «Вольский МР»", reading, factor) if key else w, reg, dev])
R("Организации ДО", "ед.", "organizations_total", 3, "3", "4", "–1")
R("Поставщики в реестре", "ед.", "providers_registry", 22, "22", "25", "–3")
R("Программы ДО, всего", "ед.", "programs_total", 226, "226", "251", "–25")
R("Программы с полож. заключением НОК", "ед.", "programs_nok", 8, "8", "6", "+2")
R("Дети 5–18 лет (население)", "чел.", None, None, "11 290", "12 054", "–764")
R("Обучающиеся без повт. счёта", "чел.", "students_total", 8985, "8 985", "9 812", "–827")
R("Охват детей 5–18 лет", "%", "coverage_pct", 79.6, "79,6", "81,4", "–1,8")
R("Обучающиеся с ОВЗ", "чел.", "students_ovz", 318, "318", "347", "–29")
R("Дети-инвалиды", "чел.", "students_disabled", 77, "77", "85", "–8")
R("Номинал сертификата", "руб.", "certificate_nominal_rub", 8020.0, "8 020,00", "8 020,00", "0")
R("Выдано сертификатов", "шт.", "certificates_issued", 7115, "7 115", "7 640", "–525")
R("Активные сертификаты", "шт.", "certificates_active", 6730, "6 730", "7 012", "–282")
R("Обучаются по сертификату", "чел.", "certificate_students", 4940, "4 940", "5 106", "–166")
R("Доля обучающихся по сертификату", "%", "certificate_share_pct", 55.0, "55,0", "52,0", "+3,0")
R("Новые места ДО", "ед.", "new_places", 110, "110", "95", "+15")
o.table(rows, widths=[7.2, 1.2, 2.6, 3.4, 2.6])
o.p("")
o.p("Таблица 2. Направленности: I полугодие 2025 г. к I полугодию 2024 г.")
rows2 = [["Направленность", "Программ, I пол. 2024", "Программ, I пол. 2025", "Обучающихся, I пол. 2024", "Обучающихся, I пол. 2025", "Отклонение, чел."]]
for lab, k, p0, p1, s0, s1 in [("Художественная", "art", 60, 62, 2790, 2880), ("Физкультурно-спортивная", "sport", 47, 49, 2455, 2510),
                               ("Социально-гуманитарная", "social", 43, 47, 1690, 1760), ("Естественнонаучная", "science", 21, 22, 655, 640),
                               ("Техническая", "tech", 31, 34, 960, 1035), ("Туристско-краеведческая", "tourism", 12, 12, 371, 390)]:
    an = lab.split("-")[0] + "-" if "-" in lab else lab  # pdf wraps «Физкультурно-/спортивная»: values on the first line
    rows2.append([lab, str(p0), g.add(f"programs_{k}", p1, str(p1), an, f"table 2, row {lab}, col «Программ, I пол. 2025»"),
                  n(s0), g.add(f"students_{k}", s1, n(s1), an, f"table 2, row {lab}, col «Обучающихся, I пол. 2025»"), f"{s1 - s0:+d}".replace("-", "–")])
rows2.append(["Итого (с повторным счётом)", "214", "226", "8 921", "9 215", "+294"])
o.table(rows2, widths=[4.6, 2.4, 2.4, 2.6, 2.6, 2.4])
o.p("")
o.p("Прирост к I полугодию 2024 г. — " + g.add("coverage_growth_children", 214, "214", "Прирост к I полугодию", "paragraph after table 2")
    + " детей (+" + g.add("coverage_growth_pct", 2.4, "2,4", "Прирост к I полугодию", "same line") + " %).")
o.p("Таблица 3. Мероприятия МОЦ в I полугодии 2025 г.")
rows3 = [["Категория", "Мероприятий", "Участников", "Отклонение от плана-графика"]]
for lab, k, c, r, dv in [("Родители", "parents", 8, 655, "+1"), ("Обучающиеся", "students", 12, 1530, "0"), ("Педагоги", "teachers", 14, 260, "+2")]:
    rows3.append([lab, g.add(f"events_{k}", c, str(c), lab, f"table 3, row {lab}"), g.add(f"events_{k}_reach", r, n(r), lab, f"table 3, row {lab}, участников"), dv])
rows3.append(["Педагоги — участники мероприятий проф. мастерства", g.add("teachers_pd_participants", 71, "71", "участники мероприятий проф.", "table 3, last row (label wraps, value on its first line)"), "х", "х"])
o.table(rows3, widths=[8.0, 2.6, 2.6, 3.8])
o.p("Ожидаемое значение охвата на конец 2025 года — 80,5 %. Вольский район занимает 21-е место из 42 районов области.")
o.p("Начальник управления образования                         И.В. Кондратьева")
o.p("Исп.: Гусева Т.М., тел. (84593) 7-12-40; 08.07.2025")
(BUILD / "topdf").mkdir(parents=True, exist_ok=True)
o.save(BUILD / "topdf" / f"{NAME}.odt")
g.save(traps=["regional average column and отклонение column", "I пол. 2024 columns", "population row 11 290", "repeated total 9 215",
              "deviation from plan column", "expected 80,5 % at year end", "ranking 21-е из 42", "date 30.06.2025, 08.07.2025, phones, ОКТМО"],
       notes=["half-year report: year = 2025 (hard case «a half-year or quarter report»)",
              "growth stated vs the same half-year of 2024: read as coverage_growth_children/pct"])
