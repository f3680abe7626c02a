"""r5_05 — город Новотроицк, Оренбургская область, 2023/2024 учебный год (-> 2024).
Slide deck of a talk at the August conference saved as pdf (landscape, one slide a page).

Shape (in the brief): short lines, a big number on its own line with its label below
(or above), chart data as small tables with school-year columns and territory bars,
slide numbers «3 / 9», a tasks slide with plans.
Traps: school years 2021/2022 … 2023/2024 (year = 2024), national target 2030, another
city (Орск) and the region as chart bars, schools running programmes, plans for
2024/2025, slide numbers, date of the conference.
"""
import os
import shutil

from common import (Gold, check, check_cov, check_sum, fint, fdec, out_path,
                    soffice_convert)
from docxkit import new_doc, para, table, page_break
from docx.shared import Pt

NAME = "r5_05_novotroick_prezentaciya"
g = Gold(NAME, "город Новотроицк", "Оренбургская область", 2024)

pop, uniq, cov = 12047, 9842, 81.7
prev_uniq, prev_pop, prev_cov = 9606, 11963, 80.3
cov_2022 = 78.9
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
prog = dict(art=74, sport=41, social=38, science=22, tech=35, tourism=11)
stud = dict(art=3806, sport=3214, social=1960, science=918, tech=1485, tourism=433)
orgs, providers, nok = 5, 12, 6
nominal, issued, active, cert_st, cert_share = 7050.0, 10386, 8902, 2657, 27.0
ovz, disabled, new_places = 388, 96, 150
ev = dict(students=(22, 3115), parents=(8, 1204), teachers=(15, 347))
teachers_pd = 87

P, S = sum(prog.values()), sum(stud.values())
check(P == 221 and S == 11816, f"totals {P} {S}")
check_cov(uniq, pop, cov)
check_cov(prev_uniq, prev_pop, prev_cov, what="prev")
growth_children, growth_pct = uniq - prev_uniq, round(cov - prev_cov, 1)
check(growth_children == 236 and growth_pct == 1.4, "growth")
check_cov(cert_st, uniq, cert_share, what="cert share")

n = lambda x: fint(x, " ")  # noqa: E731
TOTAL_SLIDES = 9
d = new_doc("Arial", 16, landscape=True, margins=(1.5, 1.5, 2.0, 2.0))
slide_no = [0]


def title(t):
    slide_no[0] += 1
    if slide_no[0] > 1:
        page_break(d)
    para(d, t, bold=True, size=26, align="l", after=14)


def big(num, label, above=None):
    if above:
        para(d, above, size=15, align="l", after=0)
    para(d, num, bold=True, size=40, align="l", after=0)
    if label:
        para(d, label, size=15, align="l", after=10)


def foot():
    para(d, f"Управление образования администрации г. Новотроицка          "
            f"{slide_no[0]} / {TOTAL_SLIDES}", size=10, align="r", before=12)


# 1
slide_no[0] = 1
para(d, "", after=60)
para(d, "Дополнительное образование детей\nгорода Новотроицка:\nитоги 2023/2024 учебного "
        "года и задачи на новый учебный год", bold=True, size=30, align="c", after=30)
para(d, "Августовская конференция педагогических работников\n27 августа 2024 г.", size=16,
     align="c", after=40)
para(d, "Докладчик: Литвинова Ольга Сергеевна, руководитель МОЦ", size=14, align="c")
foot()

# 2
title("Сеть дополнительного образования")
big(str(orgs), "организаций дополнительного образования\n(ЦДТ, ДЮСШ № 1, ДЮСШ № 2, "
               "СЮТ, ДЭБЦ)")
big(str(providers), "поставщиков услуг в реестре ПФДО\n(в т.ч. 3 НКО и 2 ИП)")
big("+ 19", "школ реализуют дополнительные общеобразовательные программы")
foot()

# 3
title("Охват детей 5–18 лет дополнительным образованием")
big(f"{fdec(cov)} %", f"детей в возрасте 5–18 лет ({n(pop)} чел. — по данным Оренбургстата)")
big(n(uniq), "обучающихся без повторного счёта")
para(d, f"прирост охвата: +{fdec(growth_pct)} %   |   прирост: +{growth_children} детей",
     size=15, bold=True, align="l", after=8)
para(d, "Охват, % (по учебным годам)", size=12, italic=True, align="l", after=2)
table(d, [["", "2021/2022", "2022/2023", "2023/2024"],
          ["г. Новотроицк", fdec(cov_2022), fdec(prev_cov), fdec(cov)],
          ["г. Орск", "77,5", "78,6", "79,2"],
          ["Оренбургская область", "78,8", "79,9", "80,6"]],
      [6.0, 3.5, 3.5, 3.5], header_rows=1, size=12, align="lccc")
para(d, "Национальная цель к 2030 году — 86 %", size=12, italic=True, align="l", before=4)
foot()

# 4
title("Программы и обучающиеся по направленностям")
para(d, f"Всего программ: {P}", bold=True, size=20, align="l", after=6)
labels = dict(art="Художественная", sport="Физкультурно-спортивная",
              social="Социально-гуманитарная", science="Естественнонаучная",
              tech="Техническая", tourism="Туристско-краеведческая")
grid = [["Направленность", "Программ", "Обучающихся*"]]
for k in dirs:
    grid.append([labels[k], str(prog[k]), n(stud[k])])
table(d, grid, [8.0, 3.5, 4.0], header_rows=1, size=14, align="lcc")
para(d, f"* с повторным счётом, всего {n(S)}", size=11, italic=True, align="l", before=4)
para(d, f"Независимую оценку качества успешно прошли {nok} программ", size=15, align="l",
     before=8)
foot()

# 5
title("Персонифицированное финансирование")
big(f"{n(int(nominal))} ₽", None, above="номинал сертификата в 2023/2024 уч. году")
para(d, "", after=6)
big(n(issued), "сертификатов выдано")
big("≈ 9 тыс.", "из них активны (использованы для записи)")
big(n(cert_st), f"детей обучаются по сертификатам — {fdec(cert_share)} % от всех обучающихся")
foot()

# 6
title("Инклюзия и новые места")
big(str(ovz), "детей с ОВЗ занимаются в объединениях")
big(str(disabled), "из них детей-инвалидов")
big(str(new_places), "новых мест создано (центр «IT-куб», 4 «Точки роста»)")
foot()

# 7
title("МОЦ в цифрах")
grid = [["Мероприятия МОЦ", "Кол-во", "Участников"],
        ["для детей (конкурсы, фестивали, профильные смены)", str(ev["students"][0]),
         n(ev["students"][1])],
        ["для родителей (собрания, вебинары, дни открытых дверей)", str(ev["parents"][0]),
         n(ev["parents"][1])],
        ["для педагогов (семинары, стажировки, мастер-классы)", str(ev["teachers"][0]),
         str(ev["teachers"][1])]]
table(d, grid, [13.0, 3.0, 4.0], header_rows=1, size=14, align="lcc")
para(d, "", after=8)
big(str(teachers_pd), "педагогов — участники конкурсов и мероприятий по развитию "
                      "профессионального мастерства")
foot()

# 8
title("Задачи на 2024/2025 учебный год")
for t in ["охват детей 5–18 лет — не менее 82,5 %",
          "создать 100 новых мест (технопарк «Кванториум» — 2025 г.)",
          "номинал сертификата — 7 400 ₽",
          "не менее 10 программ с положительным заключением НОК",
          "вовлечь 420 детей с ОВЗ"]:
    para(d, "• " + t, size=18, align="l", after=6)
foot()

# 9
title("Спасибо за внимание!")
para(d, "МОЦ г. Новотроицка: ул. Советская, 82, каб. 14\nтел. 8 (3537) 67-12-05\n"
        "moc-novotroitsk@yandex.ru", size=16, align="l")
foot()
check(slide_no[0] == TOTAL_SLIDES, "slide count")

tmp = out_path(NAME, "docx")
d.save(tmp)
pdf = soffice_convert(tmp, "pdf")
shutil.move(pdf, out_path(NAME, "pdf"))
os.remove(tmp)

g.add("organizations_total", orgs)
g.add("providers_registry", providers)
g.add("programs_total", P)
for k in dirs:
    g.add("programs_" + k, prog[k])
g.add("programs_nok", nok)
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
