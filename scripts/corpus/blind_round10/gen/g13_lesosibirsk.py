"""r10_13 — город Лесосибирск (Красноярский край), отчёт о работе МОЦ за 2024 год;
docx (landscape) -> pdf.
Outside the brief: a two-level header with age-group columns (5–9 / 10–14 / 15–17 лет)
and «Всего» and «в т.ч. с ОВЗ», with an «Итого (с повторным счётом)» and a
«Без повторного счёта» row; a wide table of events with twelve month columns in
Roman numerals plus «Итого»; a compact key–value table with short labels."""
import os
from common import Gold, n, d, docx_base, para, docx_table, to_pdf, tmpdir, cell_shade

STEM = "r10_13_lesosibirsk_otchet_moc"
g = Gold(STEM, "город Лесосибирск", "Красноярский край", 2024, "pdf")
doc = docx_base(font="Arial", size=11, landscape=True, margins_cm=1.5)

para(doc, "Управление образования администрации города Лесосибирска Красноярского края",
     align="c", size=10)
para(doc, "ОТЧЁТ О РАБОТЕ МУНИЦИПАЛЬНОГО ОПОРНОГО ЦЕНТРА ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ "
     "ДЕТЕЙ ГОРОДА ЛЕСОСИБИРСКА ЗА 2024 ГОД", bold=True, align="c")
para(doc, "662547, Красноярский край, г. Лесосибирск, ул. Победы, 42; тел. 8 (39145) "
     "5-24-61; ОКТМО 04722000", align="c", size=9)
para(doc, "")
para(doc, "Охват детей в возрасте 5–18 лет (9\u00a0100 чел.) дополнительным образованием "
     "составил "
     + g.add("coverage_pct", 75.4, "75,4", "составил", "text") +
     " % (в 2023 году – 73,5 %, по Красноярскому краю – 79,2 %). Число охваченных детей "
     "увеличилось на "
     + g.add("coverage_growth_children", 171, "171", "увеличилось на", "text") +
     " человек, или на "
     + g.add("coverage_growth_pct", 2.6, "2,6", "или на", "text") +
     " %. В соседнем Енисейском районе охват – 71,0 %, в городе Енисейске – 77,8 %.",
     align="j", indent_first=1.25)

para(doc, "Таблица 1. Программы и обучающиеся по направленностям и возрастным группам",
     bold=True, size=10)
dirs = [("art", "Художественная", 74, (1120, 1385, 402), 52),
        ("sport", "Физкультурно-спортивная", 40, (610, 1240, 515), 38),
        ("social", "Социально-гуманитарная", 52, (480, 790, 334), 47),
        ("science", "Естественнонаучная", 21, (190, 355, 120), 9),
        ("tech", "Техническая", 33, (260, 640, 205), 14),
        ("tourism", "Туристско-краеведческая", 12, (90, 210, 96), 6)]
assert sum(x[2] for x in dirs) == 232
tot_s = sum(sum(x[3]) for x in dirs)
assert tot_s == 9042
rows = [["Направленность", "Программ, ед.", "Обучающихся по возрастным группам, чел.",
         "", "", "Всего, чел.", "в т.ч. с ОВЗ, чел."],
        ["", "", "5–9 лет", "10–14 лет", "15–17 лет", "", ""]]
for k, lab, p, ages, ovz in dirs:
    rows.append([lab, g.add(f"programs_{k}", p, str(p), lab)] + [n(a) for a in ages]
                + [g.add(f"students_{k}", sum(ages), n(sum(ages)), lab), str(ovz)])
sum_ages = [sum(x[3][i] for x in dirs) for i in range(3)]
rows.append(["Итого (с повторным счётом)",
             g.add("programs_total", 232, "232", "Итого (с повторным счётом)")]
            + [n(a) for a in sum_ages] + [n(tot_s), str(sum(x[4] for x in dirs))])
uniq = (1702, 3566, 1590)
rows.append(["Без повторного счёта", "х"] + [n(a) for a in uniq]
            + [g.add("students_total", sum(uniq), n(sum(uniq)), "Без повторного счёта"),
               g.add("students_ovz", 141, "141", "Без повторного счёта")])
assert sum(uniq) == 6858
t = docx_table(doc, rows, widths_cm=[6.5, 3.0, 3.4, 3.4, 3.4, 3.4, 3.4], size=10,
               header_rows=2, bold_rows=(len(rows) - 2, len(rows) - 1))
h = t.rows[0].cells
h[0].merge(t.rows[1].cells[0])
h[1].merge(t.rows[1].cells[1])
h[2].merge(h[4])
h[5].merge(t.rows[1].cells[5])
h[6].merge(t.rows[1].cells[6])
for c in set(t.rows[0].cells) | set(t.rows[1].cells):
    cell_shade(c, "DEEAF6")
# the merges keep the texts of both cells: clean the merged header cells
for cell, text in ((t.cell(0, 0), "Направленность"), (t.cell(0, 1), "Программ, ед."),
                   (t.cell(0, 2), "Обучающихся по возрастным группам, чел."),
                   (t.cell(0, 5), "Всего, чел."), (t.cell(0, 6), "в т.ч. с ОВЗ, чел.")):
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    assert cell.text == text, cell.text

para(doc, "")
para(doc, "Таблица 2. Мероприятия МОЦ по месяцам 2024 года", bold=True, size=10)
months = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ev = [("Мероприятия для родителей, ед.", "events_parents",
       [1, 2, 1, 2, 1, 0, 0, 1, 2, 2, 2, 1]),
      ("Охват родителей, чел.", "events_parents_reach",
       [72, 160, 85, 140, 66, 0, 0, 118, 175, 150, 131, 83]),
      ("Мероприятия для обучающихся, ед.", "events_students",
       [2, 3, 4, 3, 4, 2, 1, 1, 3, 4, 3, 3]),
      ("Охват обучающихся, чел.", "events_students_reach",
       [230, 380, 520, 365, 470, 210, 80, 95, 390, 445, 410, 365]),
      ("Мероприятия для педагогов, ед.", "events_teachers",
       [1, 2, 2, 2, 1, 0, 0, 3, 2, 2, 2, 2]),
      ("Охват педагогов, чел.", "events_teachers_reach",
       [21, 38, 44, 35, 19, 0, 0, 88, 41, 40, 46, 30]),
      ("Педагоги – участники конкурсов проф. мастерства, чел.",
       "teachers_pd_participants", [0, 7, 12, 5, 0, 0, 0, 0, 10, 14, 10, 0])]
rows = [["Показатель"] + months + ["Итого"]]
for lab, k, vals in ev:
    tot = sum(vals)
    rows.append([lab] + [(str(v) if v else "–") for v in vals]
                + [g.add(k, tot, n(tot), lab.split(",")[0])])
assert [sum(e[2]) for e in ev] == [15, 1180, 33, 3960, 19, 402, 58]
docx_table(doc, rows, widths_cm=[6.4] + [1.45] * 12 + [2.2], size=9, header_rows=1)

para(doc, "")
para(doc, "Таблица 3. Сеть, НОК, ПФДО, инфраструктура", bold=True, size=10)
kv = [("Организации ДО, ед.", g.add("organizations_total", 4, "4", "Организации ДО")),
      ("В реестре поставщиков, ед.",
       g.add("providers_registry", 9, "9", "В реестре поставщиков")),
      ("Программы с положительным заключением НОК, ед.",
       g.add("programs_nok", 8, "8", "Программы с положительным")),
      ("Номинал сертификата, руб.",
       g.add("certificate_nominal_rub", 9735.48, "9\u00a0735,48", "Номинал")),
      ("Выдано сертификатов, шт.", g.add("certificates_issued", 7840, n(7840), "Выдано")),
      ("Активные сертификаты, шт.", g.add("certificates_active", 3515, n(3515),
                                          "Активные")),
      ("Обучаются по сертификатам, чел.",
       g.add("certificate_students", 2240, n(2240), "Обучаются по сертификатам")),
      ("Доля детей, обучающихся по сертификатам, %",
       g.add("certificate_share_pct", 24.6, "24,6", "Доля детей")),
      ("Создано новых мест, ед.", g.add("new_places", 125, "125", "новых мест")),
      ("Обучающиеся дети-инвалиды, чел.",
       g.add("students_disabled", 52, "52", "дети-инвалиды"))]
half = (len(kv) + 1) // 2
rows = []
for i in range(half):
    a = kv[i]
    b = kv[i + half] if i + half < len(kv) else ("", "")
    rows.append([a[0], a[1], b[0], b[1]])
docx_table(doc, rows, widths_cm=[9.0, 3.5, 9.0, 3.5], size=10)
para(doc, "")
para(doc, "План на 2025 год: охват – 77 %, 150 новых мест, 20 мероприятий для родителей. "
     "Руководитель МОЦ – Е.В. Гончарова, тел. 8 (39145) 5-24-61.", size=10)
src = os.path.join(tmpdir(STEM), STEM + ".docx")
doc.save(src)
to_pdf(src, STEM)
g.save(traps=["age-group columns 5–9 / 10–14 / 15–17 under a merged header",
              "«Итого (с повторным счётом)» 9 042 beside «Без повторного счёта» 6 858",
              "ОВЗ with repeats 166 beside unique 141",
              "twelve Roman-numeral month columns with «–» beside «Итого»",
              "population 5–18 (9 100)", "2023 coverage 73,5 %, regional 79,2 %",
              "neighbours Енисейский район 71,0 %, город Енисейск 77,8 %",
              "two key–value pairs per row", "plan 2025 (77 %, 150, 20)",
              "ОКТМО, phone, address"])
print("ok", STEM)
