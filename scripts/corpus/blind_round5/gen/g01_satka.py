"""r5_01 — Саткинский район, Челябинская область, 2024. Annual MOC report (docx).

Shapes: narrative sections; Table 1 with two header rows (merged «Значение показателя»
over «2023 г. | 2024 г.»), a column-number row «1 2 3 4 5 6», a «Динамика» column and a
«Примечание» column with numbers of its own; Table 2 per direction with merged headers
(programmes / pupils × two years) and «Итого (с повторным счётом)»; Table 3 events.
Traps: population 5–18, repeated count, region average in the note, previous year,
plan of new places, postcode/phone/order numbers, teachers' share, schools running
programmes, NOK submitted vs positive, «в т.ч. ИП».
"""
from common import (Gold, check, check_cov, check_sum, fint, fdec, pct, out_path, NBSP,
                    words)
from docxkit import new_doc, para, table, set_header_footer

NAME = "r5_01_satkinskij_otchet_moc"
g = Gold(NAME, "Саткинский район", "Челябинская область", 2024)

# ---------------------------------------------------------------- data
pop = {2023: 13390, 2024: 13482}
uniq = {2023: 10514, 2024: 10867}
rep = {2023: 15902, 2024: 16441}
cov = {2023: 78.5, 2024: 80.6}
ovz = {2023: 402, 2024: 436}
dis = {2023: 118, 2024: 127}
prog = {2023: dict(art=91, sport=60, social=49, science=27, tech=36, tourism=15),
        2024: dict(art=98, sport=64, social=57, science=31, tech=42, tourism=14)}
stud = {2023: dict(art=5080, sport=4251, social=2840, science=1230, tech=1508, tourism=993),
        2024: dict(art=5214, sport=4388, social=3106, science=1402, tech=1667, tourism=664)}
prog_total = {y: sum(prog[y].values()) for y in prog}
orgs = 6
providers = 9
nok_submitted, nok_positive, nok_back = 12, 9, 3
nominal = {2023: 6412.00, 2024: 6873.40}
issued, active = 11312, 9874
cert_st = 2516
cert_share = 23.2
new_places, new_places_plan = 126, 100
ev = dict(students=(34, 4910), parents=(12, 1088), teachers=(19, 412))
teachers_pd = 186
teachers_all = 305

# ---------------------------------------------------------------- checks
for y in (2023, 2024):
    check_cov(uniq[y], pop[y], cov[y], what=f"coverage {y}")
    check_sum(stud[y], rep[y], f"students by direction {y}")
growth_children = uniq[2024] - uniq[2023]
growth_pct = round(cov[2024] - cov[2023], 1)
check(growth_children == 353, "growth children")
check(growth_pct == 2.1, "growth pct")
check_cov(cert_st, uniq[2024], cert_share, what="certificate share")
check(active <= issued and nok_positive + nok_back == nok_submitted, "cert / nok")
check(sum(v[0] for v in ev.values()) == 65 and sum(v[1] for v in ev.values()) == 6410,
      "events totals")
check(pct(teachers_pd, teachers_all, 0) == 61.0, "teachers share")
check(prog_total[2024] == 306 and prog_total[2023] == 278, "programme totals")

S = NBSP


def n(x):
    return fint(x, S)


# ---------------------------------------------------------------- document
d = new_doc("Times New Roman", 12)
set_header_footer(d, header="МОЦ Саткинского муниципального района · отчёт за 2024 год",
                  footer="Страница ", page_field=True)
para(d, "Муниципальное бюджетное учреждение дополнительного образования\n«Центр детского "
        "творчества» Саткинского муниципального района", bold=True, align="c", size=11)
para(d, "456910, Челябинская обл., г. Сатка, ул. Пролетарская, д. 8; тел. 8 (35161) 4-12-37; "
        "moc-satka@mail.ru", align="c", size=9, after=12)
para(d, "ОТЧЁТ\nо деятельности муниципального опорного центра дополнительного образования "
        "детей Саткинского муниципального района за 2024 год", bold=True, align="c", after=10)

para(d, "1. Общие сведения", bold=True, before=6)
para(d, f"Муниципальный опорный центр (далее — МОЦ) создан на базе МБУ ДО «ЦДТ» приказом "
        f"Управления образования администрации Саткинского муниципального района "
        f"от 12.02.2020 № 214-од. В 2024 году МОЦ работал в соответствии с планом, "
        f"утверждённым приказом от 09.01.2024 № 7-од.", indent=1.25)
para(d, f"Сеть организаций дополнительного образования района включает "
        f"**шесть учреждений** (Центр детского творчества, две детско-юношеские спортивные "
        f"школы, станция юных техников, Центр «Радуга» в г. Бакале и Дом детского творчества "
        f"в р. п. Межевой). Кроме того, дополнительные общеобразовательные программы "
        f"реализуют 17 общеобразовательных организаций и 3 дошкольные образовательные "
        f"организации.", indent=1.25)
para(d, f"В реестр поставщиков образовательных услуг системы персонифицированного "
        f"финансирования включены {providers} организаций, в т.ч. 2 негосударственные "
        f"организации и 1 индивидуальный предприниматель.", indent=1.25)

para(d, "2. Охват детей дополнительным образованием", bold=True, before=6)
para(d, f"Численность детей в возрасте от 5 до 18 лет, проживающих на территории района, "
        f"по данным Челябинскстата на 01.01.2024 составляет {n(pop[2024])} человека. "
        f"Дополнительным образованием в 2024 году охвачено {n(uniq[2024])} детей "
        f"(без повторного счёта), что составляет {fdec(cov[2024])} %. Охват вырос на "
        f"{fdec(growth_pct)} % (на {growth_children} ребёнка) по сравнению с 2023 годом. "
        f"Средний показатель по Челябинской области — 81,2 %.", indent=1.25)
para(d, "Таблица 1. Основные показатели охвата", italic=True, align="r", size=11, keep=True)
grid = [
    ["№ п/п", "Показатель", "Значение показателя", None, "Динамика, +/-", "Примечание"],
    [None, None, "2023 г.", "2024 г.", None, None],
    ["1", "2", "3", "4", "5", "6"],
    ["1", "Численность детей в возрасте 5–18 лет, чел.", n(pop[2023]), n(pop[2024]),
     f"+{pop[2024]-pop[2023]}", "данные Челябинскстата на 1 января"],
    ["2", "Численность обучающихся по ДООП (без повторного счёта), чел.", n(uniq[2023]),
     n(uniq[2024]), f"+{growth_children}", "по данным Навигатора"],
    ["2.1", "то же с повторным счётом, чел.", n(rep[2023]), n(rep[2024]),
     f"+{rep[2024]-rep[2023]}", "—"],
    ["3", "Охват детей 5–18 лет дополнительным образованием, %", fdec(cov[2023]),
     fdec(cov[2024]), f"+{fdec(growth_pct)}", "по области – 81,2 %"],
    ["4", "Обучающиеся с ОВЗ, чел.", str(ovz[2023]), str(ovz[2024]),
     f"+{ovz[2024]-ovz[2023]}", "в т.ч. 58 по адаптированным программам"],
    ["5", "Обучающиеся дети-инвалиды, чел.", str(dis[2023]), str(dis[2024]),
     f"+{dis[2024]-dis[2023]}", ""],
]
table(d, grid, [1.2, 6.3, 2.0, 2.0, 2.2, 3.3],
      merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)],
      header_rows=3, size=10, align="cllccl")
para(d, "")

para(d, "3. Дополнительные общеобразовательные программы", bold=True, before=6)
para(d, f"В 2024 году реализовывалось {prog_total[2024]} дополнительных общеобразовательных "
        f"программ (в 2023 году — {prog_total[2023]}). Распределение программ и обучающихся "
        f"по направленностям приведено в таблице 2.", indent=1.25)
para(d, "Таблица 2. Программы и обучающиеся по направленностям", italic=True, align="r",
     size=11, keep=True)
labels = dict(art="Художественная", sport="Физкультурно-спортивная",
              social="Социально-гуманитарная", science="Естественнонаучная",
              tech="Техническая", tourism="Туристско-краеведческая")
grid = [["Направленность", "Количество программ, ед.", None, "Численность обучающихся, чел.",
         None],
        [None, "2023 г.", "2024 г.", "2023 г.", "2024 г."]]
for k in labels:
    grid.append([labels[k], str(prog[2023][k]), str(prog[2024][k]), n(stud[2023][k]),
                 n(stud[2024][k])])
grid.append(["Итого (с повторным счётом)", str(prog_total[2023]), str(prog_total[2024]),
             n(rep[2023]), n(rep[2024])])
table(d, grid, [5.5, 2.6, 2.6, 3.1, 3.1], merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)],
      header_rows=2, size=10, align="lcccc", bold_rows=(len(grid) - 1,))
para(d, "")
para(d, f"Процедуру независимой оценки качества в 2024 году прошли {nok_submitted} программ: "
        f"положительное заключение получили {nok_positive}, {nok_back} программы направлены "
        f"на доработку.", indent=1.25)

para(d, "4. Персонифицированное финансирование", bold=True, before=6)
para(d, f"Номинал сертификата на 2024 год установлен в размере {fdec(nominal[2024], 2)} руб. "
        f"(в 2023 году — {fdec(nominal[2023], 2)} руб.). Выдано сертификатов (всего по "
        f"состоянию на 31.12.2024) — {n(issued)}, из них активных, использованных для записи "
        f"на программы, — {n(active)}. По сертификатам персонифицированного финансирования "
        f"обучаются {n(cert_st)} детей, что составляет {fdec(cert_share)} % от общего числа "
        f"обучающихся.", indent=1.25)
para(d, f"В рамках регионального проекта «Успех каждого ребёнка» при плановом значении "
        f"{new_places_plan} мест создано {new_places} новых мест дополнительного образования "
        f"(технопарк «Кванториум» — 48 мест, остальные — в школах района).", indent=1.25)

para(d, "5. Деятельность МОЦ", bold=True, before=6)
para(d, "Таблица 3. Мероприятия, проведённые МОЦ в 2024 году", italic=True, align="r",
     size=11, keep=True)
grid = [["Целевая группа", "Количество мероприятий", "Охват, чел."],
        ["Обучающиеся", str(ev['students'][0]), n(ev['students'][1])],
        ["Родители (законные представители)", str(ev['parents'][0]), n(ev['parents'][1])],
        ["Педагогические работники", str(ev['teachers'][0]), str(ev['teachers'][1])],
        ["Итого", "65", n(6410)]]
table(d, grid, [7.0, 4.0, 4.0], size=10, align="lcc", bold_rows=(4,))
para(d, "")
para(d, f"В мероприятиях по развитию профессионального мастерства (конкурс «Сердце отдаю "
        f"детям», методические марафоны, стажировки) приняли участие {teachers_pd} педагогов "
        f"дополнительного образования, или 61 % от их общего числа ({teachers_all} чел.).",
     indent=1.25)
para(d, "6. Задачи на 2025 год", bold=True, before=6)
para(d, "Довести охват детей 5–18 лет до 81,5 %, создать не менее 90 новых мест, увеличить "
        "число программ технической и естественнонаучной направленностей до 80.", indent=1.25)
para(d, "")
para(d, "Руководитель МОЦ\t\t\t\t\t\tЕ. В. Кутепова", align="l")
para(d, "20.01.2025", align="l", size=10)

d.save(out_path(NAME, "docx"))

# ---------------------------------------------------------------- gold
check(words(6) == "шесть", "words")
g.add("organizations_total", orgs, "шесть учреждений", "words")
g.add("providers_registry", providers)
g.add("programs_total", prog_total[2024])
for k in labels:
    g.add("programs_" + k, prog[2024][k])
g.add("programs_nok", nok_positive)
g.add("students_total", uniq[2024])
for k in labels:
    g.add("students_" + k, stud[2024][k])
g.add("coverage_pct", cov[2024])
g.add("coverage_growth_children", growth_children)
g.add("coverage_growth_pct", growth_pct)
g.add("students_ovz", ovz[2024])
g.add("students_disabled", dis[2024])
g.add("certificate_nominal_rub", nominal[2024])
g.add("certificates_issued", issued)
g.add("certificates_active", active)
g.add("certificate_students", cert_st)
g.add("certificate_share_pct", cert_share)
g.add("new_places", new_places)
g.add("events_students", ev["students"][0])
g.add("events_students_reach", ev["students"][1])
g.add("events_parents", ev["parents"][0])
g.add("events_parents_reach", ev["parents"][1])
g.add("events_teachers", ev["teachers"][0])
g.add("events_teachers_reach", ev["teachers"][1])
g.add("teachers_pd_participants", teachers_pd)
g.save()
