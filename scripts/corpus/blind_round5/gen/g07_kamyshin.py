"""r5_07 — город Камышин, Волгоградская область, 2024. Covering letter + analytic note (pdf).

Shape (in the brief): letterhead, «Исх. № … от …», «На № …», greeting, signature; an
attached «аналитическая справка» with a BORDERLESS table (aligned by space in the pdf)
whose columns are territories and years: «город Камышин» (merged over 2023 | 2024),
«Камышинский муниципальный район», «Волгоградская область (в среднем)»; directions as a
running «;»-list in the text.
Traps: neighbour with a similar name (Камышинский район) and the region average as
columns, the previous year, postcode/phones/letter numbers, growth given as «312 человек,
или 2,3 %» (growth of the number of children; the p.p. difference 1,3 is NOT written),
population 5–18, the district's nominal, the repeated count.
"""
import os
import shutil

from common import (Gold, check, check_cov, check_sum, fint, fdec, pct, out_path,
                    soffice_convert, NBSP)
from docxkit import new_doc, para, table, page_break

NAME = "r5_07_kamyshin_pismo_spravka"
g = Gold(NAME, "город Камышин", "Волгоградская область", 2024)

pop = {2023: 17582, 2024: 17690}
uniq = {2023: 13538, 2024: 13850}
cov = {2023: 77.0, 2024: 78.3}
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
prog = dict(art=118, sport=62, social=85, science=33, tech=51, tourism=20)
stud = dict(art=4902, sport=4815, social=3470, science=1410, tech=2188, tourism=1221)
rep = {2023: 17640, 2024: 18006}
progs = {2023: 351, 2024: 369}
orgs = {2023: 6, 2024: 6}
prov = {2023: 12, 2024: 13}
nok = {2023: 5, 2024: 8}
ovz = {2023: 488, 2024: 517}
dis = {2023: 140, 2024: 149}
nom = {2023: 7100.00, 2024: 7420.50}
iss = {2023: 14870, 2024: 15120}
act = {2023: 12211, 2024: 12604}
cst = {2023: 3455, 2024: 3601}
csh = {2023: 25.5, 2024: 26.0}
newp = {2023: 150, 2024: 180}
ev = dict(students=(29, 4115), parents=(14, 1620), teachers=(17, 402))
teachers_pd = 209

for y in (2023, 2024):
    check_cov(uniq[y], pop[y], cov[y], what=f"cov {y}")
    check_cov(cst[y], uniq[y], csh[y], what=f"cert share {y}")
    check(act[y] <= iss[y], "certs")
check(sum(prog.values()) == progs[2024], "programs by direction")
check_sum(stud, rep[2024], "students by direction")
growth_children = uniq[2024] - uniq[2023]
growth_pct_children = pct(growth_children, uniq[2023])
check(growth_children == 312 and growth_pct_children == 2.3, "growth")

s = NBSP
n = lambda x: fint(x, s)  # noqa: E731

d = new_doc("Times New Roman", 12, margins=(2.0, 2.0, 1.5, 2.5))
para(d, "АДМИНИСТРАЦИЯ\nГОРОДСКОГО ОКРУГА – ГОРОД КАМЫШИН\nКОМИТЕТ ПО ОБРАЗОВАНИЮ", bold=True,
     align="l", size=12, after=2)
para(d, "ул. Октябрьская, д. 40, г. Камышин,\nВолгоградская обл., 403882\n"
        "тел./факс (84457) 4-91-26\nobrazovanie@kamyshin-adm.ru", align="l", size=9, after=4)
para(d, "24.01.2025 № 01-12/1847\nНа № 14-09/3311 от 10.01.2025", align="l", size=10, after=4)
para(d, "Директору ГАУ ДПО «Волгоградская\nгосударственная академия\nпоследипломного "
        "образования»\nИ. В. Мартыновой", align="r", size=12, after=12)
para(d, "Уважаемая Ирина Викторовна!", align="c", after=8)
para(d, "Комитет по образованию Администрации городского округа – город Камышин направляет "
        "информацию об итогах деятельности муниципального опорного центра дополнительного "
        "образования детей и о реализации Целевой модели развития системы дополнительного "
        "образования детей в 2024 году.", indent=1.25)
para(d, "Приложение: аналитическая справка на 2 л. в 1 экз.", indent=1.25, after=24)
para(d, "Председатель комитета\t\t\t\t\t\t\tС. В. Лемешко", align="l", after=30)
para(d, "Петрова Наталья Андреевна\n8 (84457) 4-91-26", align="l", size=9)

page_break(d)
para(d, "Приложение к письму\nот 24.01.2025 № 01-12/1847", align="r", size=10, after=8)
para(d, "Аналитическая справка\nоб итогах развития дополнительного образования детей в "
        "городском округе – город Камышин за 2024 год", bold=True, align="c", after=8)
para(d, f"По данным Волгоградстата, численность детей в возрасте от 5 до 18 лет, "
        f"проживающих в городе Камышине, составляет {n(pop[2024])} человек. В 2024 году "
        f"дополнительными общеобразовательными программами охвачено {n(uniq[2024])} детей "
        f"(без повторного счёта), охват составил {fdec(cov[2024])} %. Прирост численности "
        f"детей, охваченных дополнительным образованием, по сравнению с 2023 годом составил "
        f"{growth_children} человек, или {fdec(growth_pct_children)} %.", indent=1.25)
para(d, f"Дополнительное образование в городе обеспечивают {orgs[2024]} организаций "
        f"дополнительного образования, а также 16 общеобразовательных и 9 дошкольных "
        f"организаций. Реализуется {progs[2024]} дополнительных общеобразовательных "
        f"программ, в том числе по направленностям: художественная — {prog['art']} "
        f"({n(stud['art'])} обучающихся); физкультурно-спортивная — {prog['sport']} "
        f"({n(stud['sport'])}); социально-гуманитарная — {prog['social']} "
        f"({n(stud['social'])}); естественнонаучная — {prog['science']} "
        f"({n(stud['science'])}); техническая — {prog['tech']} ({n(stud['tech'])}); "
        f"туристско-краеведческая — {prog['tourism']} ({n(stud['tourism'])}). Численность "
        f"обучающихся по направленностям приведена с повторным счётом (всего "
        f"{n(rep[2024])}).", indent=1.25)
para(d, "Основные показатели в сравнении с Камышинским муниципальным районом и средними "
        "значениями по Волгоградской области приведены в таблице.", indent=1.25, after=6)

rows = [
    ("Численность детей 5–18 лет, чел.", n(pop[2023]), n(pop[2024]), n(4763), "х"),
    ("Обучающиеся без повторного счёта, чел.", n(uniq[2023]), n(uniq[2024]), n(3425), "х"),
    ("Обучающиеся с повторным счётом, чел.", n(rep[2023]), n(rep[2024]), n(4410), "х"),
    ("Охват детей 5–18 лет, %", fdec(cov[2023]), fdec(cov[2024]), "71,9", "80,1"),
    ("Организации дополнительного образования, ед.", str(orgs[2023]), str(orgs[2024]), "2",
     "х"),
    ("Поставщики в реестре ПФДО, ед.", str(prov[2023]), str(prov[2024]), "4", "х"),
    ("Программы, всего, ед.", str(progs[2023]), str(progs[2024]), "142", "х"),
    ("Программы с положительным заключением НОК, ед.", str(nok[2023]), str(nok[2024]), "1",
     "х"),
    ("Обучающиеся с ОВЗ, чел.", str(ovz[2023]), str(ovz[2024]), "120", "х"),
    ("Обучающиеся дети-инвалиды, чел.", str(dis[2023]), str(dis[2024]), "37", "х"),
    ("Номинал сертификата, руб.", fdec(nom[2023], 2, s), fdec(nom[2024], 2, s),
     fdec(6980, 2, s), fdec(7215, 2, s)),
    ("Выдано сертификатов, ед.", n(iss[2023]), n(iss[2024]), n(3980), "х"),
    ("Активные сертификаты, ед.", n(act[2023]), n(act[2024]), n(3102), "х"),
    ("Обучаются по сертификатам, чел.", n(cst[2023]), n(cst[2024]), n(811), "х"),
    ("Доля обучающихся по сертификатам, %", fdec(csh[2023]), fdec(csh[2024]), "23,7",
     "27,4"),
    ("Создано новых мест, ед.", str(newp[2023]), str(newp[2024]), "30", "х"),
]
grid = [["Показатель", "город Камышин", None, "Камышинский\nмуниципальный\nрайон",
         "Волгоградская\nобласть\n(в среднем)"],
        [None, "2023 г.", "2024 г.", "2024 г.", "2024 г."]]
grid += [list(r) for r in rows]
table(d, grid, [6.0, 2.2, 2.2, 3.1, 3.1], merges=[(0, 0, 1, 0), (0, 1, 0, 2)],
      header_rows=2, borders=False, size=10, align="lrrrr")
para(d, "")
para(d, f"Муниципальным опорным центром в 2024 году проведено {ev['students'][0]} "
        f"мероприятий для обучающихся с охватом {n(ev['students'][1])} человек, "
        f"{ev['parents'][0]} — для родителей ({n(ev['parents'][1])} чел.), "
        f"{ev['teachers'][0]} — для педагогических работников ({ev['teachers'][1]} чел.). "
        f"В мероприятиях, направленных на развитие профессионального мастерства, приняли "
        f"участие {teachers_pd} педагогов.", indent=1.25)
para(d, "В 2025 году планируется создать 120 новых мест и довести охват до 79,5 %.",
     indent=1.25)

tmp = out_path(NAME, "docx")
d.save(tmp)
pdf = soffice_convert(tmp, "pdf")
shutil.move(pdf, out_path(NAME, "pdf"))
os.remove(tmp)

y = 2024
g.add("organizations_total", orgs[y])
g.add("providers_registry", prov[y])
g.add("programs_total", progs[y])
for k in dirs:
    g.add("programs_" + k, prog[k])
g.add("programs_nok", nok[y])
g.add("students_total", uniq[y])
for k in dirs:
    g.add("students_" + k, stud[k])
g.add("coverage_pct", cov[y])
g.add("coverage_growth_children", growth_children)
g.add("coverage_growth_pct", growth_pct_children)
g.add("students_ovz", ovz[y])
g.add("students_disabled", dis[y])
g.add("certificate_nominal_rub", nom[y])
g.add("certificates_issued", iss[y])
g.add("certificates_active", act[y])
g.add("certificate_students", cst[y])
g.add("certificate_share_pct", csh[y])
g.add("new_places", newp[y])
g.add("events_students", ev["students"][0])
g.add("events_students_reach", ev["students"][1])
g.add("events_parents", ev["parents"][0])
g.add("events_parents_reach", ev["parents"][1])
g.add("events_teachers", ev["teachers"][0])
g.add("events_teachers_reach", ev["teachers"][1])
g.add("teachers_pd_participants", teachers_pd)
g.save()
