"""03 — Кингисеппский район (Ленинградская обл.), 2024, docx.
OUTSIDE BRIEF: one long table whose rows are grouped by vertically merged cells in the first column
(«Сеть», «Программы», «Контингент», «ПФДО», «МОЦ»), with value, unit and «Примечание» in separate columns;
the remarks hold numbers that are not figures."""
from common import *
from docx.shared import Pt

NAME = "r9_03_kingiseppskiy_svedeniya"
g = Gold(NAME, "docx", "Кингисеппский район", "Ленинградская область", 2024)
d = docx_base(size=11)
para(d, "КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ МО «КИНГИСЕППСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН» ЛЕНИНГРАДСКОЙ ОБЛАСТИ", bold=True, center=True)
para(d, "188480, г. Кингисепп, пр. Карла Маркса, д. 2а; тел. 8 (81375) 4-88-20; ОКТМО 41621101; ИНН 4707009950", center=True, size=9)
para(d, "Сведения о состоянии системы дополнительного образования детей и работе муниципального опорного центра Кингисеппского района по итогам 2024 года", bold=True, center=True)
para(d, "(к приказу комитета от 30.01.2025 № 41)", center=True, size=10)

G = []  # (group, label, value_str, unit, remark, key, value)
def row(group, label, unit, remark, key=None, value=None, written=None, anchor=None):
    if key:
        written = g.add(key, value, written, anchor or label, f"table, group «{group}», row «{label}», column «Значение»")
    G.append([group, label, written, unit, remark])

row("Сеть организаций", "Организации дополнительного образования (УДО)", "ед.", "ДДТ, ДЮСШ, ЦИТ, СЮН, ДШИ в ведении комитета", "organizations_total", 5, "5")
row("Сеть организаций", "Поставщики услуг в реестре (соцзаказ / ПФДО)", "ед.", "в т.ч. 4 ИП", "providers_registry", 31, "31")
row("Сеть организаций", "Общеобразовательные организации, реализующие ДООП", "ед.", "из 18 школ", None, None, "16")
P = "Программы"
row(P, "Дополнительные общеразвивающие программы, всего", "ед.", "в 2023 г. – 259", "programs_total", 274, "274")
for lab, k, v in [("художественная", "art", 78), ("физкультурно-спортивная", "sport", 55), ("социально-гуманитарная", "social", 61),
                  ("естественнонаучная", "science", 30), ("техническая", "tech", 36), ("туристско-краеведческая", "tourism", 14)]:
    row(P, f"программы: {lab}", "ед.", "", f"programs_{k}", v, str(v))
row(P, "Программы с положительным заключением НОК", "ед.", "подано 19, на доработке 5", "programs_nok", 12, "12")
K = "Контингент"
row(K, "Обучающиеся без повторного счёта", "чел.", "в 2023 г. – 9 560", "students_total", 9822, "9 822")
row(K, "Обучающиеся с повторным счётом", "чел.", "", None, None, "11 440")
for lab, k, v in [("художественная", "art", 3540), ("физкультурно-спортивная", "sport", 3115), ("социально-гуманитарная", "social", 2290),
                  ("естественнонаучная", "science", 905), ("техническая", "tech", 1122), ("туристско-краеведческая", "tourism", 468)]:
    row(K, f"обучающиеся: {lab}", "чел.", "", f"students_{k}", v, n(v))
row(K, "Дети с ОВЗ", "чел.", "", "students_ovz", 377, "377")
row(K, "Дети-инвалиды", "чел.", "из них 41 – с ОВЗ", "students_disabled", 96, "96")
row(K, "Охват детей 5–18 лет", "%", "по Ленинградской области – 80,6 %; норматив – 80 %", "coverage_pct", 78.7, "78,7")
row(K, "Численность детей 5–18 лет (Петростат)", "чел.", "на 01.01.2024", None, None, "12 480")
S = "ПФДО"
row(S, "Номинал сертификата", "руб.", "для детей с ОВЗ – 13 725,00 руб.", "certificate_nominal_rub", 9150.0, "9 150,00")
row(S, "Выдано сертификатов (нарастающим итогом)", "шт.", "", "certificates_issued", 8040, "8 040")
row(S, "Активные сертификаты", "шт.", "", "certificates_active", 7620, "7 620")
row(S, "Обучаются с использованием сертификата", "чел.", "", "certificate_students", 5480, "5 480")
row(S, "Доля обучающихся по сертификату", "%", "целевое значение – 60 %", "certificate_share_pct", 55.8, "55,8")
M = "Деятельность МОЦ"
row(M, "Мероприятия для родителей", "ед.", "собрания, дни открытых дверей", "events_parents", 12, "12")
row(M, "Охват родителей", "чел.", "", "events_parents_reach", 940, "940")
row(M, "Мероприятия для обучающихся", "ед.", "в т.ч. 6 муниципальных конкурсов", "events_students", 21, "21")
row(M, "Охват обучающихся мероприятиями", "чел.", "", "events_students_reach", 2760, "2 760")
row(M, "Мероприятия для педагогов", "ед.", "", "events_teachers", 27, "27")
row(M, "Охват педагогов", "чел.", "", "events_teachers_reach", 495, "495")
row(M, "Педагоги — участники мероприятий проф. мастерства", "чел.", "из 286 педагогов ДО", "teachers_pd_participants", 133, "133")

t = d.add_table(rows=len(G) + 1, cols=5)
docx_borders(t)
for j, h in enumerate(["Раздел", "Показатель", "Значение", "Ед. изм.", "Примечание"]):
    t.cell(0, j).text = h
start = 1
for i, r in enumerate(G, start=1):
    for j in range(1, 5):
        t.cell(i, j).text = r[j]
# merge group cells
i = 1
while i <= len(G):
    j = i
    while j + 1 <= len(G) and G[j][0] == G[i - 1][0]:
        j += 1
    c = t.cell(i, 0).merge(t.cell(j, 0)) if j > i else t.cell(i, 0)
    c.text = G[i - 1][0]
    i = j + 1
for rw in t.rows:
    for c in rw.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(9.5)
from docx.shared import Cm
set_widths(t, [2.6, 6.4, 2.2, 1.5, 4.8])

para(d, "")
para(d, "Число детей, занимающихся в объединениях дополнительного образования, выросло на "
     + g.add("coverage_growth_children", 262, "262", "выросло на", "paragraph after the table") + " человека (+"
     + g.add("coverage_growth_pct", 2.7, "2,7", "выросло на", "paragraph after the table") + " %). "
     "За год создано " + g.add("new_places", 175, "сто семьдесят пять", "создано сто семьдесят пять", "same paragraph",
                              reading="«сто семьдесят пять новых мест» = 175", factor=None)
     + " новых мест (ЦИТ «Кванториум», школы № 1 и № 5). Для сравнения: в Сланцевском районе охват — 76,9 %, в Волосовском — 81,2 %.")
para(d, "Председатель комитета по образованию                          Г.А. Минаева")
para(d, "Исполнитель: Лукина С.П., тел. 8 (81375) 4-88-27", size=9)
d.save(OUT / f"{NAME}.docx")
g.save(traps=["16 schools running ДООП (not УДО)", "remarks: «в т.ч. 4 ИП», «в 2023 г. – 259», «подано 19, на доработке 5», «в 2023 г. – 9 560», region 80,6 %, норматив 80 %, ОВЗ nominal 13 725,00, target 60 %, «из 286 педагогов»",
              "repeated total 11 440", "population 12 480 on 01.01.2024", "neighbours Сланцевский 76,9 %, Волосовский 81,2 %", "order 30.01.2025 № 41, phone, ОКТМО, ИНН"],
       notes=["new_places in words: «сто семьдесят пять»"])
