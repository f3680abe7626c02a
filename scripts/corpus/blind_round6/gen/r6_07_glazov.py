"""r6_07: город Глазов, Удмуртская Республика, 2024. Analytical МОЦ report
(docx): a per-direction table continued after a page break under
«Продолжение таблицы 1» with only the column-number row as header,
a «Примечание» column with numbers, years as rows (2022–2024 + 2025 план),
territory columns (город / Глазовский район / республика), numbers in words."""
from common import Gold, n, d, docx_helpers, OUT, DIRS

NAME = "r6_07_glazov_analitichesky_otchet"
g = Gold(NAME, "город Глазов", "Удмуртская Республика", 2024)
h = docx_helpers()

prog = dict(art=71, sport=40, social=55, science=19, tech=33, tourism=12)
ovzp = dict(art=6, sport=3, social=5, science=1, tech=2, tourism=1)
stud = dict(art=5210, sport=3980, social=2740, science=860, tech=1512, tourism=468)
PROG, SREP = 230, 14770
g.check_sum(prog.values(), PROG)
g.check_sum(stud.values(), SREP)
OVZP = sum(ovzp.values())
POP, UNIQ, COV = 15422, 12003, 77.8
g.check_coverage(UNIQ, POP, COV)
YEARS = [("2022", 212, 11360, 74.6), ("2023", 221, 11690, 76.1), ("2024", PROG, UNIQ, COV),
         ("2025 (план)", 235, 12100, 78.0)]
GROWTH, GROWTH_PCT = UNIQ - 11690, round(COV - 76.1, 1)
assert (GROWTH, GROWTH_PCT) == (313, 1.7)
CERT, CERT_SHARE = 4025, 26.1
g.check_share(CERT, POP, CERT_SHARE)

LAB = {"art": "Художественная", "sport": "Физкультурно-спортивная",
       "social": "Социально-гуманитарная", "science": "Естественнонаучная",
       "tech": "Техническая", "tourism": "Туристско-краеведческая"}
NOTE = {"art": "в т.ч. 4 программы сетевой формы", "sport": "из них 312 чел. – в школьных "
        "спортивных клубах", "social": "в т.ч. 2 программы для детей-мигрантов",
        "science": "—", "tech": "из них 210 чел. – детский технопарк «Кванториум»",
        "tourism": "в т.ч. 1 программа ИП"}

doc = h.new_doc(size=12)
h.para(doc, "Управление образования Администрации города Глазова", align="c", bold=True)
h.para(doc, "Муниципальный опорный центр дополнительного образования детей", align="c")
h.para(doc, "427620, Удмуртская Республика, г. Глазов, ул. Энгельса, д. 18а · тел. (34141) "
       "3-60-25", align="c", size=9)
h.para(doc, "")
h.para(doc, "АНАЛИТИЧЕСКИЙ ОТЧЁТ\nо состоянии и развитии дополнительного образования детей "
       "в городе Глазове по итогам 2024 года", bold=True, align="c")
h.para(doc, "1. Сеть и программы", bold=True)
h.para(doc, "В городе работают 5 организаций дополнительного образования (4 – в ведении "
       "Управления образования, 1 – Управления культуры); программы реализуют также 16 школ "
       "и 27 детских садов. В реестр поставщиков ПФДО включено 38 организаций, в т.ч. 3 ИП.",
       align="j", indent=1.25)
g.add("organizations_total", 5, "В городе работают")
g.add("providers_registry", 38, "В реестр поставщиков")
h.para(doc, "Таблица 1. Программы и обучающиеся по направленностям в 2024 году", italic=True,
       align="r", size=11)
head = [["Направленность", "Количество программ, ед.", "из них адаптированных для детей с ОВЗ",
         "Численность обучающихся, чел.*", "Примечание"],
        ["1", "2", "3", "4", "5"]]
part1 = DIRS[:3]
part2 = DIRS[3:]
rows1 = head + [[LAB[k], str(prog[k]), str(ovzp[k]), n(stud[k]), NOTE[k]] for k in part1]
W = [4.6, 2.4, 2.8, 2.8, 4.4]
AL = ["l", "c", "c", "c", "l"]
h.table(doc, rows1, header_rows=2, widths=W, size=10, align=AL)
h.para(doc, "Наибольшую долю составляют программы художественной направленности – 30,9 % от "
       "общего числа. В 2024 году открыто 14 новых объединений, закрыто 5.", align="j",
       indent=1.25)
h.page_break(doc)
h.para(doc, "Продолжение таблицы 1", italic=True, align="r", size=11)
rows2 = [["1", "2", "3", "4", "5"]] + \
        [[LAB[k], str(prog[k]), str(ovzp[k]), n(stud[k]), NOTE[k]] for k in part2] + \
        [["Итого", str(PROG), str(OVZP), n(SREP), "без повторного счёта – 12 003 чел."]]
h.table(doc, rows2, header_rows=1, widths=W, size=10, align=AL, bold_rows=(4,))
h.para(doc, "* с повторным счётом (один ребёнок может заниматься в нескольких объединениях).",
       italic=True, size=9)
for k in DIRS:
    g.add("programs_" + k, prog[k], LAB[k])
    g.add("students_" + k, stud[k], LAB[k])
g.add("programs_total", PROG, "Итого")

h.para(doc, "2. Охват и динамика", bold=True)
h.para(doc, "Таблица 2. Динамика основных показателей", italic=True, align="r", size=11)
t2 = [["Год", "Количество программ, ед.", "Обучающихся без повторного счёта, чел.",
       "Охват детей 5–18 лет, %"]]
for y, p, u, c in YEARS:
    t2.append([y, str(p), n(u), d(c)])
h.table(doc, t2, header_rows=1, widths=[3.5, 4, 4.5, 4], size=10)
g.add("students_total", UNIQ, "2024 | 230")
g.add("coverage_pct", COV, "2024 | 230")
h.para(doc, f"По сравнению с 2023 годом охват вырос на {d(GROWTH_PCT)} процентного пункта, "
       f"прирост составил {GROWTH} детей. Численность детей в возрасте 5–18 лет, проживающих в "
       f"городе, на 01.01.2024 – {n(POP)} человек.", align="j", indent=1.25)
g.add("coverage_growth_pct", GROWTH_PCT, "охват вырос на")
g.add("coverage_growth_children", GROWTH, "прирост составил")
h.para(doc, "Таблица 3. Показатели в сравнении с соседними территориями (2024 г.)", italic=True,
       align="r", size=11)
t3 = [["Показатель", "г. Глазов", "Глазовский район", "Удмуртская Республика"],
      ["Охват детей 5–18 лет, %", d(COV), "70,4", "78,9"],
      ["Доля детей, обучающихся по сертификатам, %", d(CERT_SHARE), "19,8", "25,7"],
      ["Номинал сертификата, руб.", d(8237, 2), d(7410, 2), "—"]]
h.table(doc, t3, header_rows=1, widths=[6.8, 3.0, 3.2, 3.5], size=10, align=["l", "c", "c", "c"])
g.add("certificate_share_pct", CERT_SHARE, "по сертификатам")
g.add("certificate_nominal_rub", 8237.0, "Номинал сертификата")

h.para(doc, "3. Персонифицированное финансирование и инклюзия", bold=True)
h.para(doc, f"На 31.12.2024 выдано {n(13870)} сертификатов, активных – {n(10012)}. По "
       f"сертификатам финансирования обучаются {n(CERT)} детей. Программы дополнительного "
       f"образования посещают 398 детей с ОВЗ, из них 112 детей-инвалидов.", align="j",
       indent=1.25)
g.add("certificates_issued", 13870, "выдано")
g.add("certificates_active", 10012, "активных")
g.add("certificate_students", CERT, "обучаются")
g.add("students_ovz", 398, "детей с ОВЗ")
g.add("students_disabled", 112, "детей-инвалидов")
h.para(doc, "Независимую оценку качества прошли 9 программ: положительное заключение получили "
       "7, две программы направлены на доработку.", align="j", indent=1.25)
g.add("programs_nok", 7, "положительное заключение получили")

h.para(doc, "4. Деятельность МОЦ", bold=True)
h.para(doc, "Для педагогов проведено двадцать четыре мероприятия (семинары, стажировки, "
       "конкурс «Педагог дополнительного образования – 2024»), в которых приняли участие 611 "
       "человек. Для родителей организовано 10 мероприятий (охват 780 человек), для "
       "обучающихся – 33 мероприятия с охватом 2 945 детей.", align="j", indent=1.25)
g.add("events_teachers", 24, "Для педагогов", phrase="двадцать четыре мероприятия",
      kind="words")
g.add("events_teachers_reach", 611, "приняли участие")
g.add("events_parents", 10, "Для родителей")
g.add("events_parents_reach", 780, "Для родителей")
g.add("events_students", 33, "для обучающихся")
g.add("events_students_reach", 2945, "для обучающихся")
h.para(doc, "")
h.para(doc, "Руководитель МОЦ\t\t\t\t\t\tЕ.В. Перевощикова\n«24» января 2025 г.")

doc.save(OUT / f"{NAME}.docx")
g.write("docx")
