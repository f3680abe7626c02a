"""r10_09 — город Бугуруслан (Оренбургская область), письмо отдела образования с
информацией о деятельности МОЦ за 2024 год; docx -> pdf.
Shape (brief): a letter («Исх. № … от …», greeting, signature); a comparison table
without rules with the similarly named neighbour «Бугурусланский район» and the
region; a table with years as rows and indicators as columns; a ruled direction
table; events in prose."""
import os
from common import Gold, n, d, docx_base, para, docx_table, to_pdf, tmpdir

STEM = "r10_09_buguruslan_pismo_moc"
g = Gold(STEM, "город Бугуруслан", "Оренбургская область", 2024, "pdf")
doc = docx_base(font="Times New Roman", size=12, margins_cm=2.0)

head = docx_table(doc, [[
    "АДМИНИСТРАЦИЯ\nМУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\n«ГОРОД БУГУРУСЛАН»\nОТДЕЛ ОБРАЗОВАНИЯ\n"
    "461630, Оренбургская область,\nг. Бугуруслан, ул. Ленина, 45\nтел. (35352) 3-45-12\n"
    "Исх. № 01-12/148 от 24.01.2025",
    "Министерство образования\nОренбургской области\n\nЗаместителю министра\n"
    "И.В. Кудрявцевой"]], widths_cm=[8.5, 8.5], style=None, size=10, align_num=False)
para(doc, "")
para(doc, "О деятельности МОЦ за 2024 год", italic=True, size=11)
para(doc, "Уважаемая Ирина Викторовна!", align="c", bold=True)
para(doc, "Отдел образования администрации муниципального образования «город Бугуруслан» "
     "направляет информацию о результатах деятельности муниципального опорного центра "
     "дополнительного образования детей (МБУ ДО «Дом детского творчества») за 2024 год. "
     "Показатели приведены в сравнении с Бугурусланским районом и средними значениями "
     "по Оренбургской области (таблица 1).", align="j", indent_first=1.25)
para(doc, "Таблица 1", align="r", italic=True, size=10)
cmp = [["Показатель", "г. Бугуруслан", "Бугурусланский\nрайон", "Оренбургская\nобласть"],
       ["Организации ДО, ед.", g.add("organizations_total", 3, "3", "Организации ДО"),
        "2", "214"],
       ["Программы ДО, ед.", g.add("programs_total", 246, "246", "Программы ДО"), "97",
        n(11403)],
       ["Программы с положит. заключением НОК, ед.",
        g.add("programs_nok", 5, "5", "Программы с положит."), "1", "268"],
       ["Обучающиеся (без повт. счёта), чел.",
        g.add("students_total", 5870, n(5870), "Обучающиеся (без"), n(2105), n(298640)],
       ["Охват детей 5–18 лет, %", g.add("coverage_pct", 81.3, "81,3", "Охват детей"),
        "68,9", "79,5"],
       ["Дети с ОВЗ, чел.", g.add("students_ovz", 198, "198", "Дети с ОВЗ"), "64", "—"],
       ["Дети-инвалиды, чел.", g.add("students_disabled", 61, "61", "Дети-инвалиды"),
        "20", "—"],
       ["Доля детей, обучающихся по сертификатам, %",
        g.add("certificate_share_pct", 26.1, "26,1", "Доля детей, обучающихся"), "18,4", "25,9"],
       ["Номинал сертификата, руб.",
        g.add("certificate_nominal_rub", 7012.0, "7\u00a0012,00", "Номинал сертификата"),
        "7\u00a0012,00", "—"],
       ["Создано новых мест, ед.", g.add("new_places", 60, "60", "новых мест"), "45",
        n(3120)]]
docx_table(doc, cmp, widths_cm=[6.0, 3.0, 4.3, 3.7], style=None, size=10, header_rows=1)
para(doc, "")
para(doc, "Численность детей в возрасте 5–18 лет, проживающих в городе, составляет "
     "7\u00a0220 человек. Охват детей дополнительным образованием в городе выше "
     "среднеобластного значения. Количество обучающихся, программ и сертификатов за "
     "три года приведено в таблице 2.", align="j", indent_first=1.25)
para(doc, "Таблица 2", align="r", italic=True, size=10)
yrs = [["Год", "Охват, %", "Обучающихся, чел.", "Программ, ед.", "Выдано\nсертификатов, шт."],
       ["2022", "78,4", n(5620), "221", n(6480)],
       ["2023", "79,9", n(5741), "233", n(6912)],
       ["2024", "81,3", n(5870), "246",
        g.add("certificates_issued", 7254, n(7254), "2024")]]
docx_table(doc, yrs, widths_cm=[2.0, 2.6, 3.8, 3.4, 4.2], size=11, header_rows=1)
para(doc, "")
para(doc, "Из выданных сертификатов активными (использованными для записи на программы) "
     "являются "
     + g.add("certificates_active", 3105, n(3105), "активными", "text") +
     ", по сертификатам обучаются "
     + g.add("certificate_students", 1884, n(1884), "по сертификатам обучаются", "text") +
     " детей. В реестр поставщиков включены "
     + g.add("providers_registry", 8, "8", "В реестр поставщиков", "text") +
     " организаций (в т.ч. 2 индивидуальных предпринимателя).",
     align="j", indent_first=1.25)
para(doc, "Распределение программ и обучающихся по направленностям:", align="j",
     indent_first=1.25)
para(doc, "Таблица 3", align="r", italic=True, size=10)
dirs = [("art", "Художественная", 84, 2710), ("sport", "Физкультурно-спортивная", 41, 1905),
        ("social", "Социально-гуманитарная", 56, 1340),
        ("science", "Естественнонаучная", 20, 512), ("tech", "Техническая", 30, 880),
        ("tourism", "Туристско-краеведческая", 15, 363)]
assert sum(x[2] for x in dirs) == 246
rows = [["Направленность", "Программ, ед.", "Обучающихся (с повторным счётом), чел."]]
for k, lab, p, s in dirs:
    rows.append([lab, g.add(f"programs_{k}", p, str(p), lab),
                 g.add(f"students_{k}", s, n(s), lab)])
rows.append(["Всего", "246", n(sum(x[3] for x in dirs))])
docx_table(doc, rows, widths_cm=[6.5, 3.5, 7.0], size=11, header_rows=1,
           bold_rows=(len(rows) - 1,))
para(doc, "")
para(doc, "В 2024 году МОЦ организовал "
     + g.add("events_parents", 10, "10", "организовал", "text") +
     " мероприятий для родителей (охват – "
     + g.add("events_parents_reach", 720, "720", "для родителей", "text") +
     " человек), "
     + g.add("events_students", 22, "22", "для обучающихся", "text") +
     " – для обучающихся ("
     + g.add("events_students_reach", 2460, n(2460), "для обучающихся", "text") +
     " участников), "
     + g.add("events_teachers", 12, "12", "для педагогов", "text") +
     " – для педагогов ("
     + g.add("events_teachers_reach", 210, "210", "для педагогов", "text") +
     " участников). В 2025 году планируется открыть 2 новых объединения технической "
     "направленности на базе «Точек роста» и довести охват до 82 %.",
     align="j", indent_first=1.25)
para(doc, "")
para(doc, "Приложение: на 3 л. в 1 экз.", size=11)
para(doc, "")
para(doc, "Начальник отдела образования                                          "
     "Н.А. Гришина")
para(doc, "")
para(doc, "Исп. Тимофеева О.П.\n8 (35352) 3-45-19", size=9)
src = os.path.join(tmpdir(STEM), STEM + ".docx")
doc.save(src)
to_pdf(src, STEM)
g.save(traps=["letter: Исх. № 01-12/148 от 24.01.2025, address, phones",
              "comparison table without rules: similar-name neighbour «Бугурусланский "
              "район» and region columns",
              "years as rows (2022, 2023, 2024) — growth only computable, not stated",
              "population 5–18 (7 220)", "with-repeats direction pupils and «Всего» 7 710",
              "«в т.ч. 2 ИП»", "plan 2025 (2 associations, 82 %)",
              "«Приложение: на 3 л. в 1 экз.»"])
print("ok", STEM)
