# -*- coding: utf-8 -*-
"""r8_06: Тутаевский муниципальный район (Ярославская область), 2023, pdf from docx.
OUTSIDE the brief: a dashboard exported to pdf (landscape): a grid of KPI tiles (each
cell = big number, label, a small delta/comparison line), a years-as-rows dynamics table
with a plan row, a transposed directions table with abbreviated direction names in the
header and «Всего» last, and a quarterly events table with paired columns and a year total."""
import os
import shutil
from common import *

NAME = "r8_06_tutaevsky_dashboard.pdf"
g = Gold(NAME, "Тутаевский район", "Ярославская область", 2023)
Document, Pt, Cm, AL, WD_ORIENT, qn, OxmlElement = docx_tools()

doc = new_docx(font="Arial", size=10, landscape=True, margins_cm=(1.2, 1.2, 1.2, 1.2))
sec = doc.sections[0]
fp = sec.footer.paragraphs[0]
fp.text = "МОЦ Тутаевского МР · Источник: АИС «Навигатор дополнительного образования детей Ярославской области», выгрузка от 15.01.2024 10:42"
para(doc, "ДАШБОРД МУНИЦИПАЛЬНОГО ОПОРНОГО ЦЕНТРА ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ", bold=True, size=14, space_after=0)
para(doc, "Тутаевский муниципальный район · итоги 2023 года · данные на 31.12.2023 · 5-е место в рейтинге МОЦ "
          "Ярославской области (из 19)", size=10, space_after=6)

tiles = [
    [("77,7 %", "охват детей 5–18 лет дополнительным образованием", "2022 г.: 76,3 %"),
     ("6 540", "детей занимаются в объединениях (без повторного счёта)", "▲ +122 чел. (+1,9 %) к 2022 г."),
     ("8 420", "детей 5–18 лет проживает в районе", "данные Ярославльстата"),
     ("180", "дополнительных общеразвивающих программ", "▲ +12 к 2022 г.")],
    [("30,4 %", "детей обучаются по сертификатам ПФ", "цель на 2024 г.: 32 %"),
     ("1 985", "детей обучаются с использованием сертификата", "▲ +211 к 2022 г."),
     ("3", "организации дополнительного образования", "в реестре поставщиков ПФДО: 21"),
     ("60", "новых мест создано в 2023 году", "план – 60, исполнение 100 %")],
    [("312", "детей с ОВЗ занимаются по ДООП", "▲ +18 к 2022 г."),
     ("64", "ребёнка-инвалида обучаются по ДООП", "2022 г.: 59"),
     ("131", "педагог дополнительного образования", "средний возраст – 44 года"),
     ("5", "место в рейтинге МОЦ Ярославской области", "из 19 муниципалитетов")],
]
t = doc.add_table(rows=3, cols=4)
t.style = doc.styles["Table Grid"]
for ri, row in enumerate(tiles):
    for ci, (big, label, small) in enumerate(row):
        c = t.cell(ri, ci)
        p = c.paragraphs[0]
        r = p.add_run(big); r.bold = True; r.font.size = Pt(24)
        p.paragraph_format.space_after = Pt(0)
        p2 = c.add_paragraph(); r = p2.add_run(label); r.font.size = Pt(9)
        p2.paragraph_format.space_after = Pt(0)
        p3 = c.add_paragraph(); r = p3.add_run(small); r.font.size = Pt(8); r.italic = True
        p3.paragraph_format.space_after = Pt(4)
        c.width = Cm(6.7)
for gc in t._tbl.tblGrid.findall(qn("w:gridCol")):
    gc.set(qn("w:w"), str(int(6.7 * 567)))
T = "плитка «%s» (строка %d, столбец %d)"
g.add("coverage_pct", 77.7, "77,7", "охват детей 5–18 лет", T % ("77,7 %", 1, 1), note="«2022 г.: 76,3 %» is last year")
g.add("students_total", 6540, "6 540", "без повторного счёта", T % ("6 540", 1, 2))
g.add("coverage_growth_children", 122, "122", "без повторного счёта", T % ("6 540", 1, 2),
      note="small line «▲ +122 чел. (+1,9 %) к 2022 г.» of the students tile")
g.add("coverage_growth_pct", 1.9, "1,9", "без повторного счёта", T % ("6 540", 1, 2),
      note="same line: growth of the number of children covered, in percent")
g.add("programs_total", 180, "180", "общеразвивающих программ", T % ("180", 1, 4), note="«+12 к 2022 г.» is a change")
g.add("certificate_share_pct", 30.4, "30,4", "по сертификатам ПФ", T % ("30,4 %", 2, 1), note="32 % is a target")
g.add("certificate_students", 1985, "1 985", "с использованием сертификата", T % ("1 985", 2, 2))
g.add("organizations_total", 3, "3", "организации дополнительного образования", T % ("3", 2, 3))
g.add("providers_registry", 21, "21", "реестре поставщиков", T % ("3", 2, 3), note="small line «в реестре поставщиков ПФДО: 21»")
g.add("new_places", 60, "60", "новых мест создано", T % ("60", 2, 4))
g.add("students_ovz", 312, "312", "детей с ОВЗ", T % ("312", 3, 1))
g.add("students_disabled", 64, "64", "ребёнка-инвалида", T % ("64", 3, 2), note="«2022 г.: 59» is last year")

doc.add_page_break()
para(doc, "Динамика ключевых показателей", bold=True, size=13)
rows = [["Год", "Дети 5–18 лет, чел.", "Обучающихся (без повт. счёта), чел.", "Охват, %", "Программ, ед.",
         "Номинал сертификата, руб.", "Выдано сертификатов", "Активных сертификатов"],
        ["2021", N(8380), N(6204), "74,0", "151", D(4500, 2), N(6890), N(4870)],
        ["2022", N(8410), N(6418), "76,3", "168", D(4700, 2), N(7120), N(5230)],
        ["2023", N(8420), N(6540), "77,7", "180", D(4950, 2), N(7380), N(5544)],
        ["2024 (план)", "–", N(6600), "78,5", "185", D(5200, 2), "–", "–"]]
table(doc, rows, widths_cm=[2.8, 3.2, 4.2, 2.4, 2.6, 3.6, 3.4, 3.4], size=10, bold_rows=(3,))
g.add("certificate_nominal_rub", 4950.0, D(4950, 2), "2023", "таблица «Динамика», строка «2023», графа «Номинал сертификата, руб.»",
      note="rows 2021, 2022 and «2024 (план)» are other years")
g.add("certificates_issued", 7380, N(7380), "2023", "таблица «Динамика», строка «2023», графа «Выдано сертификатов»")
g.add("certificates_active", 5544, N(5544), "2023", "таблица «Динамика», строка «2023», графа «Активных сертификатов»")

para(doc, "")
para(doc, "Программы и обучающиеся по направленностям, 2023 год", bold=True, size=13)
pr = dict(art=58, sport=31, social=44, science=17, tech=21, tourism=9)
st = dict(art=2310, sport=1980, social=1420, science=560, tech=745, tourism=318)
assert sum(pr.values()) == 180 and sum(st.values()) == 7333
hdr = ["Показатель", "Художеств.", "Физкульт.-спорт.", "Соц.-гуманит.", "Естеств.-научн.", "Технич.", "Турист.-краевед.", "Всего"]
rows = [hdr,
        ["Программ, ед."] + [str(pr[d]) for d in DIRS] + ["180"],
        ["Обучающихся (с повторным счётом), чел."] + [N(st[d]) for d in DIRS] + [N(7333)],
        ["Доля программ, %"] + [D(pr[d] / 180 * 100, 1) for d in DIRS] + ["100,0"]]
table(doc, rows, widths_cm=[6.5, 2.7, 3.0, 2.9, 2.9, 2.5, 3.0, 2.2], size=10)
for i, d in enumerate(DIRS):
    g.add("programs_" + d, pr[d], str(pr[d]), "Программ, ед.", "таблица направленностей, строка «Программ, ед.», столбец «%s»" % hdr[i + 1])
    g.add("students_" + d, st[d], N(st[d]), "Обучающихся (с повторным счётом)",
          "таблица направленностей, строка «Обучающихся», столбец «%s»" % hdr[i + 1])

para(doc, "")
para(doc, "Мероприятия МОЦ по кварталам 2023 года", bold=True, size=13)
q = [("I квартал", 9, 560, 3, 180, 4, 62), ("II квартал", 8, 610, 2, 150, 3, 55),
     ("III квартал", 5, 230, 1, 40, 2, 31), ("IV квартал", 12, 750, 5, 320, 6, 100)]
tot = [sum(x[i] for x in q) for i in range(1, 7)]
assert tot == [34, 2150, 11, 690, 15, 248]
rows = [["Период", "Для обучающихся", None, "Для родителей", None, "Для педагогов", None],
        [None, "мероприятий", "участников", "мероприятий", "участников", "мероприятий", "участников"]]
for x in q:
    rows.append([x[0]] + [N(v) for v in x[1:]])
rows.append(["Итого за 2023 год"] + [N(v) for v in tot])
table(doc, rows, header_rows=2, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)],
      widths_cm=[5, 3.3, 3.3, 3.3, 3.3, 3.3, 3.3], size=10, bold_rows=(6,))
A = "Итого за 2023 год"
W = "таблица по кварталам, строка «Итого за 2023 год», графа «%s»"
g.add("events_students", 34, "34", A, W % "Для обучающихся – мероприятий")
g.add("events_students_reach", 2150, N(2150), A, W % "Для обучающихся – участников")
g.add("events_parents", 11, "11", A, W % "Для родителей – мероприятий")
g.add("events_parents_reach", 690, "690", A, W % "Для родителей – участников")
g.add("events_teachers", 15, "15", A, W % "Для педагогов – мероприятий")
g.add("events_teachers_reach", 248, "248", A, W % "Для педагогов – участников")
para(doc, "Комментарий МОЦ: положительное заключение независимой оценки качества получили 6 программ (подано 8). "
          "В мероприятиях по развитию профессионального мастерства приняли участие 96 педагогов.", size=9, italic=True)
g.add("programs_nok", 6, "6", "положительное заключение", "комментарий МОЦ под таблицей по кварталам (текст)",
      note="8 were submitted")
g.add("teachers_pd_participants", 96, "96", "приняли участие 96 педагогов", "комментарий МОЦ под таблицей по кварталам (текст)",
      note="the tile «131» is all teachers of ДО")
para(doc, "Страница 2 из 2", align="r", size=8)

tmp = build_dir()
src = os.path.join(tmp, "r8_06_tutaevsky_dashboard.docx")
doc.save(src)
to_pdf(src, NAME)
shutil.rmtree(tmp, ignore_errors=True)
g.save(NAME)
