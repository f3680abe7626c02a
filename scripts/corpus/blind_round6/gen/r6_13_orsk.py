"""r6_13: город Орск, Оренбургская область, 2023. A letter with the МОЦ
report (docx): letterhead as a table with a nested table in the page header,
«Исх. №», greeting, a fact/plan table with three header rows and a column-
number row («2022 факт | 2023 факт | 2024 план»), one small table per
direction, territory columns (Орск / Новотроицк / область), words."""
from common import Gold, n, d, docx_helpers, OUT, DIRS, NNB

NAME = "r6_13_orsk_otchet_moc_2023"
g = Gold(NAME, "город Орск", "Оренбургская область", 2023)
h = docx_helpers()

prog = dict(art=112, sport=64, social=90, science=31, tech=58, tourism=17)
stud = dict(art=12940, sport=9630, social=7215, science=2410, tech=4388, tourism=1320)
ovz = dict(art=402, sport=188, social=301, science=47, tech=96, tourism=29)
PROG, SREP = 372, 37903
g.check_sum(prog.values(), PROG)
g.check_sum(stud.values(), SREP)
POP, UNIQ, COV = 36912, 29457, 79.8
g.check_coverage(UNIQ, POP, COV)
POP22, UNIQ22, COV22 = 36845, 28702, 77.9
g.check_coverage(UNIQ22, POP22, COV22)
GROWTH, GROWTH_PCT = UNIQ - UNIQ22, round(COV - COV22, 1)
assert (GROWTH, GROWTH_PCT) == (755, 1.9)
CERT, CERT_SHARE = 9705, 26.3
g.check_share(CERT, POP, CERT_SHARE)
OVZ, INV = 1034, 288
assert sum(ovz.values()) >= OVZ

sp = NNB   # this author uses narrow no-break spaces in numbers


def N(x):
    return n(x, sp)


doc = h.new_doc(font="Times New Roman", size=13, margins=(1.5, 1.5, 1.5, 2.5))
hdr = doc.sections[0].header
outer = hdr.add_table(rows=1, cols=2, width=h.Cm(17))
h.set_cell(outer.cell(0, 0), "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ ГОРОДА ОРСКА", bold=True,
           size=10, align="c")
inner = outer.cell(0, 0).add_table(rows=2, cols=2)
h.set_cell(inner.cell(0, 0), "пр. Ленина, д. 29, г. Орск,\nОренбургская обл., 462419", size=8)
h.set_cell(inner.cell(0, 1), "тел. (3537) 25-13-40\nфакс (3537) 25-13-49",
           size=8)
h.set_cell(inner.cell(1, 0), "ОКПО 02098563, ОГРН 1025602000230", size=8)
h.set_cell(inner.cell(1, 1), "ИНН/КПП 5613000350/561301001", size=8)
h.set_cell(outer.cell(0, 1), "", size=10)

h.table(doc, [["15.01.2024 № 01-25/88\nна № 03-09/2611 от 22.12.2023",
               "Министерство образования\nОренбургской области\n\nРегиональный модельный центр "
               "дополнительного образования детей"]],
        header_rows=0, borders=False, widths=[8, 8.5], align=["l", "l"], size=12)
h.para(doc, "")
h.para(doc, "Об итогах деятельности МОЦ за 2023 год", italic=True, size=12)
h.para(doc, "Уважаемая Елена Викторовна!", align="c", bold=True)
h.para(doc, "Управление образования администрации города Орска направляет отчёт о результатах "
       "деятельности муниципального опорного центра дополнительного образования детей "
       "(МОЦ) за 2023 год.", align="j", indent=1.25)
h.para(doc, "1. Основные показатели", bold=True)
h.para(doc, "Таблица 1", align="r", italic=True, size=11)
T = [("1", "Количество организаций дополнительного образования", "ед.", "8", "8", "8"),
     ("2", "Количество организаций в реестре поставщиков образовательных услуг", "ед.", "51",
      "57", "60"),
     ("3", "Количество дополнительных общеобразовательных программ", "ед.", "355", str(PROG),
      "380"),
     ("4", "Численность детей 5–18 лет (справочно)", "чел.", N(POP22), N(POP), "–"),
     ("5", "Численность обучающихся (без повторного счёта)", "чел.", N(UNIQ22), N(UNIQ),
      N(30000)),
     ("6", "Охват детей 5–18 лет дополнительным образованием", "%", d(COV22), d(COV), "80,5"),
     ("7", "Обучающиеся с ОВЗ", "чел.", "981", N(OVZ), "1 050"),
     ("7.1", "в т.ч. дети-инвалиды", "чел.", "265", str(INV), "–"),
     ("8", "Численность детей, обучающихся по сертификатам финансирования", "чел.", N(8790),
      N(CERT), N(10000)),
     ("9", "Доля детей 5–18 лет, обучающихся по сертификатам финансирования", "%", "23,9",
      d(CERT_SHARE), "27,0"),
     ("10", "Создано новых мест дополнительного образования", "мест", "410", "380", "250")]
rows = [["№ п/п", "Показатель", "Ед. изм.", "Значение показателя", None, None],
        [None, None, None, "2022 г. (факт)", "2023 г. (факт)", "2024 г. (план)"],
        ["1", "2", "3", "4", "5", "6"]] + [list(r) for r in T]
h.table(doc, rows, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)],
        header_rows=3, widths=[1.2, 8.0, 1.5, 2.2, 2.2, 2.2], size=10,
        align=["c", "l", "c", "c", "c", "c"])
g.add("organizations_total", 8, "Количество организаций дополнительного")
g.add("providers_registry", 57, "реестре поставщиков")
g.add("programs_total", PROG, "общеобразовательных программ")
g.add("students_total", UNIQ, "без повторного счёта")
g.add("coverage_pct", COV, "Охват детей 5–18 лет")
g.add("students_ovz", OVZ, "Обучающиеся с ОВЗ")
g.add("students_disabled", INV, "дети-инвалиды")
g.add("certificate_students", CERT, "Численность детей, обучающихся по сертификатам")
g.add("certificate_share_pct", CERT_SHARE, "Доля детей 5–18 лет")
g.add("new_places", 380, "новых мест")
h.para(doc, "")
h.para(doc, f"По сравнению с 2022 годом охват увеличился на {d(GROWTH_PCT)} %, численность "
       f"обучающихся выросла на {GROWTH} человек. Наибольший вклад внесли новые объединения "
       f"технической направленности на базе школ № 24, 49 и 88.", align="j", indent=1.25)
g.add("coverage_growth_pct", GROWTH_PCT, "охват увеличился на")
g.add("coverage_growth_children", GROWTH, "выросла на")

h.para(doc, "2. Программы по направленностям", bold=True)
LAB = {"art": "Художественная направленность", "sport": "Физкультурно-спортивная направленность",
       "social": "Социально-гуманитарная направленность",
       "science": "Естественнонаучная направленность", "tech": "Техническая направленность",
       "tourism": "Туристско-краеведческая направленность"}
for k in DIRS:
    h.para(doc, LAB[k], bold=True, size=11, keep=True)
    h.table(doc, [["Программ, ед.", str(prog[k])],
                  ["Обучающихся (с повторным счётом), чел.", N(stud[k])],
                  ["из них детей с ОВЗ, чел.", str(ovz[k])]],
            header_rows=0, widths=[9, 3], size=10, align=["l", "r"])
    g.add("programs_" + k, prog[k], LAB[k])
    g.add("students_" + k, stud[k], "Обучающихся (с повторным")
h.para(doc, f"Всего в 2023 году реализовывались {PROG} программы, по которым занимались "
       f"{N(SREP)} обучающихся (с повторным счётом).", align="j", indent=1.25)

h.para(doc, "3. Персонифицированное финансирование", bold=True)
h.para(doc, f"Номинал сертификата финансирования в 2023 году составлял 6{sp}120,00 руб. "
       f"Выдано {N(33870)} сертификатов, активными являются {N(27640)}. Программ, получивших "
       f"положительное заключение независимой оценки качества, – 15 (пятнадцать); ещё 6 "
       f"программ находятся на экспертизе.", align="j", indent=1.25)
g.add("certificate_nominal_rub", 6120.0, "Номинал сертификата")
g.add("certificates_issued", 33870, "Выдано")
g.add("certificates_active", 27640, "активными являются")
g.add("programs_nok", 15, "положительное заключение")

h.para(doc, "4. Сравнение с соседними территориями", bold=True)
t3 = [["Показатель (2023 г.)", "г. Орск", "г. Новотроицк", "Оренбургская область"],
      ["Охват детей 5–18 лет, %", d(COV), "76,4", "78,1"],
      ["Доля детей по сертификатам, %", d(CERT_SHARE), "25,0", "24,7"],
      ["Номинал сертификата, руб.", "6 120,00", "5 870,00", "–"]]
h.table(doc, t3, header_rows=1, widths=[6.5, 3.0, 3.3, 4.0], size=10,
        align=["l", "c", "c", "c"])

h.para(doc, "5. Деятельность МОЦ", bold=True)
h.para(doc, "Таблица 3. Мероприятия МОЦ в 2023 году", italic=True, align="r", size=11)
t4 = [["Целевая аудитория", "Мероприятия, ед.", "Охват, чел."],
      ["Родители", "18", N(1460)], ["Обучающиеся", "52", N(7930)],
      ["Педагоги", "27", N(1105)]]
h.table(doc, t4, header_rows=1, widths=[7, 4, 4], size=10, align=["l", "c", "c"])
g.add("events_parents", 18, "Родители")
g.add("events_parents_reach", 1460, "Родители")
g.add("events_students", 52, "Обучающиеся |")
g.add("events_students_reach", 7930, "Обучающиеся |")
g.add("events_teachers", 27, "Педагоги |")
g.add("events_teachers_reach", 1105, "Педагоги |")
h.para(doc, "")
h.para(doc, f"В мероприятиях по развитию профессионального мастерства приняли участие 412 "
       f"педагогов дополнительного образования (в 2022 году – 376). По итогам регионального "
       f"рейтинга МОЦ город занял 3-е место из 42 муниципальных образований.", align="j",
       indent=1.25)
g.add("teachers_pd_participants", 412, "приняли участие")
h.para(doc, "")
h.para(doc, "Начальник управления образования\t\t\t\t\tИ.Н. Вахрушева")
h.para(doc, "Исп. Солдатова Т.В., (3537) 25-13-47", size=9)

doc.save(OUT / f"{NAME}.docx")
g.write("docx")
