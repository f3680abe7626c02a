"""r5_12 — Туймазинский район, Республика Башкортостан, 2023.
A chapter set of a «публичный доклад» (docx written with python-docx, converted to odt
by LibreOffice).

Shape (in the brief): supplementary education is one section among schools, exams, meals,
summer camps and staff, each with numbers of its own; ONE SMALL TABLE PER DIRECTION
(«Показатель | 2022 год | 2023 год»); a «Справочно» table; a tasks section for 2024.
Traps: pupils of schools, exam takers and scores, children in camps, meal prices, teachers'
salary in rubles, population of the district in «тыс.», previous year columns, plans for
2024, «3,1 тыс. детей» (exact statement in other units -> 3100), «пять организаций» in
words, nominal in rubles «5 200 рублей».
"""
import os
import shutil

from common import (Gold, check, check_cov, check_sum, fint, fdec, pct, out_path,
                    soffice_convert, words)
from docxkit import new_doc, para, table

NAME = "r5_12_tujmazinskij_publichnyj_doklad"
g = Gold(NAME, "Туймазинский район", "Республика Башкортостан", 2023)

Y0, Y = 2022, 2023
pop = {Y0: 15700, Y: 15704}
uniq = {Y0: 12042, Y: 12306}
cov = {Y0: 76.7, Y: 78.4}
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
prog = {Y0: dict(art=104, sport=68, social=60, science=25, tech=41, tourism=19),
        Y: dict(art=112, sport=70, social=66, science=28, tech=47, tourism=18)}
stud = {Y0: dict(art=4380, sport=4872, social=2590, science=930, tech=1702, tourism=780),
        Y: dict(art=4552, sport=4910, social=2741, science=1006, tech=1884, tourism=752)}
orgs, providers, nok = 5, 12, 10
ovz, disabled = 498, 133
nominal, issued, active = 5200.0, 13100, 10874
cert_st, cert_share = 3100, 25.2
new_places = 90
ev = dict(students=(31, 5012), parents=(10, 1305), teachers=(18, 436))
teachers_pd = 198

for y in (Y0, Y):
    check_cov(uniq[y], pop[y], cov[y], what=f"cov {y}")
P = {y: sum(prog[y].values()) for y in prog}
S = {y: sum(stud[y].values()) for y in stud}
check(P[Y] == 341 and P[Y0] == 317 and S[Y] == 15845 and S[Y0] == 15254, "totals")
growth_children, growth_pct = uniq[Y] - uniq[Y0], round(cov[Y] - cov[Y0], 1)
check(growth_children == 264 and growth_pct == 1.7, "growth")
check_cov(cert_st, uniq[Y], cert_share, what="cert share")
check(words(5) == "пять", "words")

n = lambda x: fint(x, " ")  # noqa: E731

d = new_doc("Times New Roman", 12)
para(d, "ПУБЛИЧНЫЙ ДОКЛАД\nо состоянии и результатах деятельности системы образования\n"
        "муниципального района Туймазинский район Республики Башкортостан\nза 2023 год",
     bold=True, align="c", size=14, after=12)
para(d, "1. Общая характеристика системы образования", bold=True, before=6)
para(d, "Численность населения района на 1 января 2023 года — 74,3 тыс. человек. Сеть "
        "образовательных организаций включает 32 общеобразовательные организации (с "
        "филиалами — 47), 41 дошкольную образовательную организацию и 5 организаций "
        "дополнительного образования.", indent=1.25)
para(d, "2. Общее образование", bold=True, before=6)
para(d, "В 2023/2024 учебном году в школах района обучаются 14 500 детей, в первые классы "
        "принято 1 384 ребёнка. Во вторую смену занимаются 6,8 % школьников.", indent=1.25)
para(d, "3. Государственная итоговая аттестация", bold=True, before=6)
para(d, "ОГЭ сдавали 1 012 выпускников 9-х классов, ЕГЭ — 486 выпускников 11-х классов. "
        "Средний балл ЕГЭ по русскому языку — 68,4, по профильной математике — 57,9; "
        "получено 12 стобалльных результатов.", indent=1.25)
para(d, "4. Организация питания", bold=True, before=6)
para(d, "Горячим питанием обеспечены 98,2 % обучающихся; стоимость питания в 1–4 классах "
        "— 87,50 руб. в день.", indent=1.25)
para(d, "5. Летний отдых и оздоровление", bold=True, before=6)
para(d, "В пришкольных лагерях с дневным пребыванием отдохнули 4 215 детей, в загородном "
        "лагере «Звёздочка» — 1 120 детей (4 смены).", indent=1.25)
para(d, "6. Кадровое обеспечение", bold=True, before=6)
para(d, "В системе образования работают 1 230 педагогических работников, из них 148 "
        "педагогов дополнительного образования. Средняя заработная плата педагогов "
        "дополнительного образования в 2023 году — 52 417 руб.", indent=1.25)

para(d, "7. Дополнительное образование детей", bold=True, before=6)
para(d, f"Дополнительное образование детей в районе обеспечивают пять организаций "
        f"дополнительного образования: Центр детского творчества, Дворец пионеров и "
        f"школьников, две спортивные школы и Станция юных натуралистов. Муниципальный "
        f"опорный центр (МОЦ) создан на базе Дворца пионеров и школьников.", indent=1.25)
para(d, f"В 2023 году дополнительным образованием охвачено {n(uniq[Y])} детей в возрасте "
        f"5–18 лет (без повторного счёта), что составляет {fdec(cov[Y])} % (в 2022 году — "
        f"{fdec(cov[Y0])} %). Прирост охвата — {fdec(growth_pct)} %, или {growth_children} "
        f"детей. Реализовано {P[Y]} дополнительных общеобразовательных программ. "
        f"Данные по направленностям приведены в таблицах 7.1–7.6 (численность обучающихся "
        f"— с повторным счётом).", indent=1.25)
labels = dict(art="художественная", sport="физкультурно-спортивная",
              social="социально-гуманитарная", science="естественнонаучная",
              tech="техническая", tourism="туристско-краеведческая")
for i, k in enumerate(dirs, 1):
    para(d, f"Таблица 7.{i}. {labels[k].capitalize()} направленность", italic=True,
         align="l", size=11, keep=True, before=4)
    table(d, [["Показатель", "2022 год", "2023 год"],
              ["Количество программ, ед.", str(prog[Y0][k]), str(prog[Y][k])],
              ["Численность обучающихся, чел.", n(stud[Y0][k]), n(stud[Y][k])]],
          [8.0, 3.0, 3.0], size=10, align="lcc")
para(d, "Справочно:", bold=True, align="l", before=8, keep=True)
table(d, [["Показатель", "2022 год", "2023 год"],
          ["Численность детей 5–18 лет (Башкортостанстат), чел.", n(pop[Y0]), n(pop[Y])],
          ["Всего обучающихся с повторным счётом, чел.", n(S[Y0]), n(S[Y])],
          ["Всего программ, ед.", str(P[Y0]), str(P[Y])]],
      [8.0, 3.0, 3.0], size=10, align="lcc")
para(d, "")
para(d, f"В 2023 году в реестр поставщиков образовательных услуг, реализующих программы по "
        f"сертификатам, включены {providers} организаций, в т.ч. 3 негосударственные. "
        f"Номинал сертификата в 2023 году составлял {n(5200)} рублей. Выдано {n(issued)} "
        f"сертификатов, из них активными являются {n(active)}. По сертификатам обучаются "
        f"3,1 тыс. детей ({fdec(cert_share)} % от общей численности обучающихся).",
     indent=1.25)
para(d, f"Положительное заключение независимой оценки качества получили {nok} программ. "
        f"В рамках федерального проекта «Успех каждого ребёнка» создано {new_places} новых "
        f"мест. Дополнительные программы осваивают {ovz} детей с ОВЗ и {disabled} "
        f"ребёнка-инвалида.", indent=1.25)
para(d, f"МОЦ в 2023 году организовал {ev['students'][0]} мероприятие для обучающихся "
        f"(участвовали {n(ev['students'][1])} детей), {ev['parents'][0]} мероприятий для "
        f"родителей и {ev['teachers'][0]} мероприятий "
        f"для педагогов ({ev['teachers'][1]} участников). Свыше 190 педагогов приняли "
        f"участие в мероприятиях по развитию профессионального мастерства.", indent=1.25)
para(d, "8. Задачи на 2024 год", bold=True, before=6)
para(d, "— обеспечить охват детей дополнительным образованием не ниже 79,5 %;\n"
        "— создать 120 новых мест;\n— увеличить номинал сертификата до 5 600 рублей.",
     align="l")

tmp = out_path(NAME, "docx")
d.save(tmp)
odt = soffice_convert(tmp, "odt")
shutil.move(odt, out_path(NAME, "odt"))
os.remove(tmp)

g.add("organizations_total", orgs, "обеспечивают пять организаций", "words")
g.add("providers_registry", providers)
g.add("programs_total", P[Y])
for k in dirs:
    g.add("programs_" + k, prog[Y][k])
g.add("programs_nok", nok)
g.add("students_total", uniq[Y])
for k in dirs:
    g.add("students_" + k, stud[Y][k])
g.add("coverage_pct", cov[Y])
g.add("coverage_growth_children", growth_children)
g.add("coverage_growth_pct", growth_pct)
g.add("students_ovz", ovz)
g.add("students_disabled", disabled)
g.add("certificate_nominal_rub", nominal)
g.add("certificates_issued", issued)
g.add("certificates_active", active)
g.add("certificate_students", cert_st, "обучаются 3,1 тыс. детей", "thousands")
g.add("certificate_share_pct", cert_share)
g.add("new_places", new_places)
g.add("events_students", ev["students"][0])
g.add("events_students_reach", ev["students"][1])
g.add("events_parents", ev["parents"][0])
g.add("events_teachers", ev["teachers"][0])
g.add("events_teachers_reach", ev["teachers"][1])
g.save()
