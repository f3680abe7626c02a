"""r5_03 — Кандалакшский район, Мурманская область, 2023/2024 учебный год (-> 2024).
Answers to a regional monitoring questionnaire (docx) — shape OUTSIDE the brief.

Shape: a three-column questionnaire «№ вопроса | Вопрос | Ответ»; checkbox range answers
(☐/☒ «75–80 %»), answers with two values «5 / 4», «214 / 63», and NESTED tables inside
answer cells (programmes and pupils by direction; events by target group). Header with
the executor's phone, footer with a page number; a ranking «7 из 17».
Traps: checkbox ranges, population 5–18, number of teachers, submitted vs positive NOK,
share given as a fraction «0,146» (hard case → 14.6), regional ranking, previous school
year, «в т.ч.» parts, phone, school-year period.
"""
from common import Gold, check, check_cov, check_sum, fint, fdec, pct, out_path, NBSP
from docxkit import new_doc, para, table, set_header_footer
from docx.shared import Cm

NAME = "r5_03_kandalakshskij_anketa"
g = Gold(NAME, "Кандалакшский район", "Мурманская область", 2024)

pop = 7137
uniq, rep = 5588, 8606
cov = 78.3
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
prog = dict(art=61, sport=33, social=29, science=18, tech=22, tourism=15)
stud = dict(art=2904, sport=2116, social=1375, science=708, tech=937, tourism=566)
orgs, providers = 4, 6
nok_sent, nok_pos = 5, 4
ovz, disabled = 214, 63
nominal = 5940.00
issued, active, cert_st = 6312, 4977, 1042
share_fraction = "0,146"
growth_children, growth_pct = 127, 0.9
prev_uniq, prev_pop = 5461, 7056
new_places = 45
ev = dict(students=(18, 1260), parents=(7, 390), teachers=(11, 174))
teachers_pd, teachers_all = 97, 233

P = sum(prog.values())
check(P == 178, "programs total")
check_sum(stud, rep, "students by direction")
check_cov(uniq, pop, cov)
check(round(cert_st / pop, 3) == 0.146, "certificate share fraction (of children 5-18)")
check(uniq - prev_uniq == growth_children, "growth children")
check(round(cov - pct(prev_uniq, prev_pop), 1) == growth_pct,
      f"growth pct {cov} - {pct(prev_uniq, prev_pop)}")
check(active <= issued <= pop, "certs")

s = NBSP
n = lambda x: fint(x, "4")  # noqa: E731  (groups only from 5 digits)

d = new_doc("Arial", 10, margins=(1.5, 1.5, 1.5, 2.0))
set_header_footer(d, header="Анкета МОЦ · Кандалакшский район · исп. Фомина А. С., "
                            "тел. 8 (81533) 9-32-17",
                  footer="стр. ", page_field=True, size=8)
para(d, "Региональный модельный центр дополнительного образования детей Мурманской области",
     align="c", size=9, italic=True)
para(d, "АНКЕТА\nмуниципального опорного центра для регионального мониторинга "
        "реализации Целевой модели развития системы дополнительного образования детей",
     bold=True, align="c", size=12, after=6)
para(d, "Муниципальное образование: муниципальный район Кандалакшский район Мурманской "
        "области", align="l")
para(d, "Отчётный период: 2023/2024 учебный год (по состоянию на 01.06.2024)", align="l")
para(d, "Дата заполнения: 14.06.2024", align="l", after=6)
para(d, "Инструкция: отметьте нужный вариант знаком «☒»; числовые ответы указывайте без "
        "единиц измерения.", italic=True, size=9, align="l", after=6)

labels = dict(art="художественная", sport="физкультурно-спортивная",
              social="социально-гуманитарная", science="естественнонаучная",
              tech="техническая", tourism="туристско-краеведческая")

rows = [
    ["№", "Вопрос", "Ответ"],
    ["1", "Наименование организации, на базе которой функционирует МОЦ",
     "МАУ ДО «Дом детского творчества», г. Кандалакша, ул. Первомайская, д. 26"],
    ["2", "Количество организаций дополнительного образования в муниципалитете, ед.",
     f"{orgs} (в т.ч. 1 спортивная школа)"],
    ["3", "Количество поставщиков, включённых в реестр исполнителей услуг по "
          "социальному сертификату, ед.", f"{providers} (из них 1 ИП)"],
    ["4", "Численность детей в возрасте 5–18 лет в муниципалитете (Мурманскстат), чел.",
     n(pop)],
    ["5", "Диапазон охвата детей 5–18 лет дополнительным образованием",
     "☐ менее 70 %   ☐ 70–75 %   ☒ 75–80 %   ☐ более 80 %"],
    ["6", "Охват детей 5–18 лет дополнительным образованием (точное значение), %",
     fdec(cov)],
    ["7", "Численность обучающихся, чел.: без повторного счёта / с повторным счётом",
     f"{n(uniq)} / {n(rep)}"],
    ["8", "Изменение охвата по сравнению с 2022/2023 учебным годом: прирост численности "
          "детей, чел. / прирост охвата, %", f"+{growth_children} / +{fdec(growth_pct)}"],
    ["9", "Программы и обучающиеся по направленностям (заполните таблицу)", ""],
    ["10", "Количество ДООП, направленных на НОК / получивших положительное заключение",
     f"{nok_sent} / {nok_pos}"],
    ["11", "Численность обучающихся с ОВЗ / из них детей-инвалидов, чел.",
     f"{ovz} / {disabled}"],
    ["12", "Номинал социального сертификата, руб.", fdec(nominal, 2, s)],
    ["13", "Количество выданных сертификатов / из них использованных для записи "
           "(активных), ед.", f"{n(issued)} / {n(active)}"],
    ["14", "Численность детей, обучающихся по сертификатам, чел.", n(cert_st)],
    ["15", "Доля детей, обучающихся по сертификатам, от общей численности детей "
           "5–18 лет (в долях единицы)", share_fraction],
    ["16", "Создано новых мест дополнительного образования, ед.",
     f"{new_places} (в т.ч. 30 — в центре «IT-куб»)"],
    ["17", "Мероприятия МОЦ за период (количество / охват, чел.)", ""],
    ["18", "Численность педагогов, участвовавших в мероприятиях по развитию "
           "профессионального мастерства, чел.", str(teachers_pd)],
    ["19", "Общая численность педагогов дополнительного образования, чел.",
     str(teachers_all)],
    ["20", "Место муниципалитета в региональном рейтинге МОЦ по итогам 2022/2023 уч. года",
     "7 из 17"],
    ["21", "Наличие муниципальной программы развития дополнительного образования",
     "☒ да   ☐ нет"],
]
t = table(d, rows, [1.2, 8.8, 7.5], header_rows=1, size=9, align="clc")

# nested table in answer of question 9
c9 = t.cell(9, 2)
grid = [["Направленность", "Программ, ед.", "Обучающихся, чел.*"]]
for k in dirs:
    grid.append([labels[k], str(prog[k]), n(stud[k])])
grid.append(["Итого", str(P), n(rep)])
table(c9, grid, [3.3, 1.8, 2.2], size=8, align="lcc", bold_rows=(7,))
c9.add_paragraph("* с повторным счётом")

c17 = t.cell(17, 2)
grid = [["Целевая группа", "Кол-во", "Охват"],
        ["обучающиеся", str(ev["students"][0]), n(ev["students"][1])],
        ["родители", str(ev["parents"][0]), str(ev["parents"][1])],
        ["педагоги", str(ev["teachers"][0]), str(ev["teachers"][1])]]
table(c17, grid, [3.3, 1.8, 2.2], size=8, align="lcc")

para(d, "")
para(d, "Комментарий МОЦ: охват в 2022/2023 учебном году составлял 77,4 %; целевое значение "
        "на 2024/2025 учебный год — 79 %.", size=9, italic=True, align="j")
para(d, "Руководитель МОЦ ______________ А. С. Фомина", align="l", before=10)

d.save(out_path(NAME, "docx"))

check(pct(prev_uniq, prev_pop) == 77.4, "comment value")
g.add("organizations_total", orgs)
g.add("providers_registry", providers)
g.add("programs_total", P)
for k in dirs:
    g.add("programs_" + k, prog[k])
g.add("programs_nok", nok_pos)
g.add("students_total", uniq)
for k in dirs:
    g.add("students_" + k, stud[k])
g.add("coverage_pct", cov)
g.add("coverage_growth_children", growth_children)
g.add("coverage_growth_pct", growth_pct)
g.add("students_ovz", ovz)
g.add("students_disabled", disabled)
g.add("certificate_nominal_rub", nominal)
g.add("certificates_issued", issued)
g.add("certificates_active", active)
g.add("certificate_students", cert_st)
g.add("certificate_share_pct", 14.6, share_fraction, "fraction")
g.add("new_places", new_places)
g.add("events_students", ev["students"][0])
g.add("events_students_reach", ev["students"][1])
g.add("events_parents", ev["parents"][0])
g.add("events_parents_reach", ev["parents"][1])
g.add("events_teachers", ev["teachers"][0])
g.add("events_teachers_reach", ev["teachers"][1])
g.add("teachers_pd_participants", teachers_pd)
g.save()
