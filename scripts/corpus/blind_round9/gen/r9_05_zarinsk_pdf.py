"""05 — город Заринск (Алтайский край), 2024; pdf via LibreOffice.
Letter «Исх. № … от …» with a comparison table drawn WITHOUT borders (aligned columns):
город | соседний Заринский район | в среднем по краю (in brief: territories as columns, borderless pdf)."""
from common import *

NAME = "r9_05_zarinsk_spravka"
g = Gold(NAME, "pdf", "город Заринск", "Алтайский край", 2024)
d = docx_base(size=11)
para(d, "КОМИТЕТ ПО ОБРАЗОВАНИЮ И ДЕЛАМ МОЛОДЁЖИ АДМИНИСТРАЦИИ ГОРОДА ЗАРИНСКА АЛТАЙСКОГО КРАЯ", bold=True, center=True)
para(d, "659100, г. Заринск, ул. Союза Республик, д. 12; тел./факс (38595) 4-06-18; e-mail: komobr@zarinsk.ru", center=True, size=9)
para(d, "Исх. № 01-12/417 от 21.01.2025                       Министерство образования и науки Алтайского края", size=10)
para(d, "Аналитическая справка о развитии дополнительного образования детей в городе Заринске в 2024 году", bold=True, center=True)
para(d, "Уважаемая Наталья Викторовна!")
para(d, "Направляем сведения о деятельности муниципального опорного центра (МОЦ) г. Заринска за 2024 год. "
     "Сеть дополнительного образования города включает " + g.add("organizations_total", 2, "два", "включает два", "paragraph 2",
        reading="«два учреждения дополнительного образования» = 2", factor=None)
     + " учреждения дополнительного образования (ДДТ и ДЮСШ); кроме того, ДООП реализуют 7 школ города.")
para(d, "Таблица 1. Показатели города в сравнении с соседним районом и краем", bold=True)
rows = [["Показатель", "г. Заринск", "Заринский район", "Алтайский край"]]
def R(lab, key, val, w, dist, kray, reading="", factor=1):
    rows.append([lab, g.add(key, val, w, lab, f"table 1 (borderless), row «{lab}», column «г. Заринск»", reading=reading, factor=factor) if key else w, dist, kray])
R("Численность детей 5–18 лет, чел.", None, None, "7 640", "2 915", "н/д")
R("Обучающиеся (без повт. счёта), чел.", "students_total", 6018, "6 018", "2 204", "–")
R("Охват детей 5–18 лет, %", "coverage_pct", 78.8, "78,8", "75,6", "80,2")
R("Программы ДО, всего, ед.", "programs_total", 142, "142", "88", "–")
R("Программы с заключением НОК, ед.", "programs_nok", 4, "4", "1", "–")
R("Поставщики в реестре ПФДО, ед.", "providers_registry", 9, "9", "5", "–")
R("Обучающиеся с ОВЗ, чел.", "students_ovz", 188, "188", "73", "–")
R("Дети-инвалиды, чел.", "students_disabled", 46, "46", "19", "–")
R("Номинал сертификата, руб.", "certificate_nominal_rub", 5400.0, "5 400,00", "5 400,00", "5 400,00")
R("Выдано сертификатов, шт.", "certificates_issued", 5210, "5 210", "1 980", "–")
R("Использованные сертификаты, шт.", "certificates_active", 4960, "4 960", "1 744", "–")
R("Обучаются по сертификату, чел.", "certificate_students", 3310, "3 310", "1 120", "–")
R("Доля обучающихся по ПФДО, %", "certificate_share_pct", 55.0, "55,0", "50,8", "52,4")
R("Новые места ДО, ед.", "new_places", 60, "60", "30", "–")
docx_table(d, rows, borders=False, font=10, widths=[8.0, 2.8, 3.2, 3.0])
para(d, "")
para(d, "Таблица 2. Программы и обучающиеся по направленностям (г. Заринск)", bold=True)
rows2 = [["Направленность", "Программ, ед.", "Обучающихся, чел.", "Справочно: 2023 г., чел."]]
for lab, k, p, s, s0 in [("Художественная", "art", 40, 2240, 2175), ("Физкультурно-спортивная", "sport", 30, 1860, 1802),
                         ("Социально-гуманитарная", "social", 29, 1190, 1104), ("Естественнонаучная", "science", 14, 420, 398),
                         ("Техническая", "tech", 22, 760, 731), ("Туристско-краеведческая", "tourism", 7, 215, 240)]:
    rows2.append([lab, g.add(f"programs_{k}", p, str(p), lab, f"table 2 (borderless), row {lab}, programs"),
                  g.add(f"students_{k}", s, n(s), lab, f"table 2, row {lab}, students"), n(s0)])
rows2.append(["Итого (с повторным счётом)", "142", "6 685", "6 450"])
docx_table(d, rows2, borders=False, font=10, widths=[7.0, 3.0, 3.5, 3.5])
para(d, "")
para(d, "Число детей в ДО за год увеличилось на "
     + g.add("coverage_growth_children", 127, "127", "увеличилось на", "paragraph after table 2") + " человек (к уровню 2023 года).")
para(d, "МОЦ провёл " + g.add("events_parents", 10, "10", "МОЦ провёл", "paragraph «МОЦ провёл …»") + " мероприятий для родителей")
para(d, "(охват " + g.add("events_parents_reach", 780, "780", "(охват", "next line") + " чел.), " + g.add("events_students", 15, "15", "мероприятий для обучающихся", "next line")
     + " мероприятий для обучающихся")
para(d, "(" + g.add("events_students_reach", 1940, "1 940", "участников", "next line") + " участников) и "
     + g.add("events_teachers", 13, "13", "для педагогов", "next line") + " — для педагогов")
para(d, "(охвачено " + g.add("events_teachers_reach", 236, "236", "охвачено", "next line") + " педагогов).")
para(d, "Курсы повышения квалификации и стажировки прошли " + g.add("teachers_pd_participants", 58, "58", "стажировки прошли", "paragraph") + " педагогов ДО.")
para(d, "Краевой целевой показатель охвата на 2025 год — 81,0 %. Город занимает 12-е место среди 69 муниципалитетов края.")
para(d, "")
para(d, "Председатель комитета                                    С.А. Шумилова")
para(d, "Исп. Вершинина О.Л., (38595) 4-06-21", size=9)
(BUILD / "topdf").mkdir(parents=True, exist_ok=True)
d.save(BUILD / "topdf" / f"{NAME}.docx")
g.save(traps=["neighbour Заринский район column (similar name)", "Алтайский край column (region average)", "population 7 640", "2023 column in table 2",
              "7 schools", "repeated total 6 685", "target 81,0 % for 2025", "ranking 12-е место среди 69", "Исх. № 01-12/417 от 21.01.2025, phones, postcode"],
       notes=["the comparison is written by the city: only its column is the report's (hard case «comparison table written by one municipality»)",
              "the table has no borders at all (w:tblBorders = nil)"])
