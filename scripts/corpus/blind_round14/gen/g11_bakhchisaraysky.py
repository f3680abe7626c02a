"""11 - Бахчисарайский район (Республика Крым), 2025, PDF from DOCX (landscape).
A slide deck saved as pdf: one slide per page, slide titles, «big number»
lines, small chart-data tables (years as rows 2021–2025, directions with a
share column), a slide with targets for 2026, slide numbers and a footer date.
Traps: 2021–2024 rows, shares of directions, schools that run programmes,
«в т.ч.» non-state providers, 2026 targets, Симферопольский район and the
republic average, the presentation date 22.01.2026, slide numbers."""
from common import (Figs, n, d, docx_new, docx_p, docx_table, tmpdir, to_pdf)

NAME = "r14_11_bakhchisaraysky_prezentaciya.pdf"
F = Figs(NAME)
doc = docx_new(landscape=True, size=16, margins_cm=1.8, font="Arial")
FOOT = "Управление образования администрации Бахчисарайского района · 22.01.2026"
slide_no = [0]


def slide(title):
    slide_no[0] += 1
    p = docx_p(doc, title, bold=True, size=26, page_before=slide_no[0] > 1)
    docx_p(doc, "")


def foot():
    docx_p(doc, "")
    docx_p(doc, f"{FOOT}                                                  {slide_no[0]}",
           size=10, align="r")


slide("Итоги работы муниципального опорного центра дополнительного образования детей "
      "Бахчисарайского района Республики Крым в 2025 году")
docx_p(doc, "Совещание руководителей образовательных организаций", size=18)
docx_p(doc, "Докладчик: Асанова Эльвира Решатовна, руководитель МОЦ (МБОУ ДО «ЦДЮТ»)", size=16)
foot()

slide("Ключевые результаты 2025 года")
docx_p(doc, "+" + F.add("coverage_growth_children", 331, "331",
                        "прирост числа обучающихся к 2024 году", "text")
       + " – прирост числа обучающихся к 2024 году", size=24, bold=True)
docx_p(doc, F.add("coverage_growth_pct", 3.0, "3,0", "% – рост численности детей", "text")
       + " % – рост численности детей, охваченных дополнительным образованием", size=24, bold=True)
docx_p(doc, F.add("new_places", 210, "210", "новых мест", "text")
       + " новых мест дополнительного образования создано", size=24, bold=True)
docx_p(doc, F.add("teachers_pd_participants", 287, "287", "педагогов – участники", "text")
       + " педагогов – участники мероприятий по развитию профмастерства", size=24, bold=True)
foot()

slide("Динамика охвата детей дополнительным образованием")
rows = [["Год", "Обучающихся (без повторного счёта), чел.", "Охват детей 5–18 лет, %"]]
for y, s, c in [(2021, 10148, 71.2), (2022, 10472, 72.9), (2023, 10690, 74.1),
                (2024, 10905, 74.6)]:
    rows.append([str(y), n(s), d(c)])
rows.append(["2025", F.add("students_total", 11236, n(11236), "2025", col="без повторного"),
             F.add("coverage_pct", 75.8, "75,8", "2025", col="Охват")])
docx_table(doc, rows, header_rows=1, widths_cm=[4.0, 9.0, 7.0], size=14)
docx_p(doc, "Численность детей 5–18 лет в районе – 14 820 чел. Для сравнения: Симферопольский "
       "район – 79,4 %, Республика Крым – 77,0 %.", size=14)
foot()

slide("Сеть организаций")
docx_table(doc, [["Организации", "Количество, ед."],
                 ["Организации дополнительного образования",
                  F.add("organizations_total", 4, "4", "Организации дополнительного образования",
                        col="Количество")],
                 ["Общеобразовательные организации, реализующие ДООП", "27"],
                 ["Исполнители услуг в реестре (социальный заказ), всего",
                  F.add("providers_registry", 14, "14", "в реестре", col="Количество")],
                 ["в т.ч. негосударственные организации и ИП", "6"]],
           header_rows=1, widths_cm=[16.0, 6.0], size=14)
foot()

slide("Дополнительные общеобразовательные программы")
rows = [["Направленность", "2024", "2025"]]
for lab, key, a, b in [("Художественная", "programs_art", 91, 98),
                       ("Физкультурно-спортивная", "programs_sport", 64, 67),
                       ("Социально-гуманитарная", "programs_social", 72, 81),
                       ("Естественнонаучная", "programs_science", 33, 36),
                       ("Техническая", "programs_tech", 44, 48),
                       ("Туристско-краеведческая", "programs_tourism", 27, 26)]:
    rows.append([lab, str(a), F.add(key, b, str(b), lab, col="2025")])
rows.append(["Всего программ", "331", F.add("programs_total", 356, "356", "Всего программ",
                                            col="2025")])
rows.append(["из них с положительным заключением НОК", "9", "более 10"])
docx_table(doc, rows, header_rows=1, widths_cm=[14.0, 4.0, 4.0], size=13,
           bold_rows=(7,))
foot()

slide("Обучающиеся по направленностям (с повторным счётом)")
rows = [["Направленность", "Обучающихся, чел.", "Доля, %"]]
tot = 14565
for lab, key, v in [("Художественная", "students_art", 4512),
                    ("Физкультурно-спортивная", "students_sport", 3870),
                    ("Социально-гуманитарная", "students_social", 2614),
                    ("Естественнонаучная", "students_science", 1046),
                    ("Техническая", "students_tech", 1721),
                    ("Туристско-краеведческая", "students_tourism", 802)]:
    rows.append([lab, F.add(key, v, n(v), lab, col="Обучающихся"), d(100 * v / tot)])
rows.append(["Итого", n(tot), "100,0"])
docx_table(doc, rows, header_rows=1, widths_cm=[12.0, 6.0, 4.0], size=13, bold_rows=(7,))
foot()

slide("Социальный сертификат на получение услуг дополнительного образования")
docx_table(doc, [["Показатель", "2025 год"],
                 ["Номинал социального сертификата, руб.",
                  F.add("certificate_nominal_rub", 8112.0, d(8112, 2), "Номинал", col="2025")],
                 ["Выдано сертификатов, шт.",
                  F.add("certificates_issued", 5930, n(5930), "Выдано сертификатов", col="2025")],
                 ["Обучаются по социальному сертификату, чел.",
                  F.add("certificate_students", 3388, n(3388), "Обучаются по социальному",
                        col="2025")],
                 ["Доля детей 5–18 лет, обучающихся по сертификату, %",
                  F.add("certificate_share_pct", 22.9, "22,9", "Доля детей", col="2025")]],
           header_rows=1, widths_cm=[16.0, 6.0], size=14)
foot()

slide("Мероприятия МОЦ в 2025 году")
rows = [["Целевая группа", "Мероприятий", "Участников"]]
for lab, k1, v1, k2, v2 in [("Обучающиеся", "events_students", 64, "events_students_reach", 5870),
                            ("Родители", "events_parents", 21, "events_parents_reach", 1436),
                            ("Педагоги", "events_teachers", 30, "events_teachers_reach", 612)]:
    rows.append([lab, F.add(k1, v1, str(v1), lab, col="Мероприятий"),
                 F.add(k2, v2, n(v2), lab, col="Участников")])
docx_table(doc, rows, header_rows=1, widths_cm=[10.0, 6.0, 6.0], size=14)
foot()

slide("Задачи на 2026 год")
docx_p(doc, "• охват детей дополнительным образованием – не менее 78 %", size=18)
docx_p(doc, "• 150 новых мест в рамках проекта «Всё лучшее – детям»", size=18)
docx_p(doc, "• 20 программ с положительным заключением НОК", size=18)
foot()

slide("Спасибо за внимание!")
docx_p(doc, "298400, Республика Крым, г. Бахчисарай, ул. Советская, 8", size=16)
docx_p(doc, "тел. +7 (36554) 4-12-37, moc-bahch@crimeaedu.ru", size=16)
foot()

src = tmpdir() / "r14_11_bakhchisaraysky_prezentaciya.docx"
doc.save(str(src))
to_pdf(src, NAME)
F.save(NAME, "Бахчисарайский район", "Республика Крым", 2025)
