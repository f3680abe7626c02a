"""r5_11 — город Клинцы, Брянская область, 2024.
Explanatory note to the statistical form 1-ДОП plus MOC data (odt, written with odfpy) —
shape OUTSIDE the brief.

Shape: «Пояснительная записка к форме № 1-ДОП», text that cites the form by line and
column («в строке 01 графы 5»), a table in the 1-ДОП manner: line-code column «№ строки»
(01–07), column numbers row «1 2 3 4 5 6 7», two-level merged header (programmes: всего /
адаптированных; pupils: всего / девочек / 5–9 лет), directions in the form's own order
(техническая first), «Всего (сумма строк 02–07)» FIRST; then MOC figures as text.
Traps: line codes 01–07 and column numbers, adapted programmes, girls and 5–9-year-olds
columns, an organisation code (ОКПО), children of the neighbouring Клинцовский район
taught in the town, previous year, population, «сто двадцать» in words.
"""
from common import Gold, check, check_cov, check_sum, fint, fdec, pct, out_path, NBSP, words
from odtkit import Odt

NAME = "r5_11_klincy_1dop_zapiska"
g = Gold(NAME, "город Клинцы", "Брянская область", 2024)

pop, uniq, cov = 10774, 8420, 78.2
prev_uniq, prev_pop, prev_cov = 8332, 10807, 77.1
order = ["tech", "science", "tourism", "social", "art", "sport"]
lab = dict(tech="техническая", science="естественнонаучная", tourism="туристско-краеведческая",
           social="социально-гуманитарная", art="художественная",
           sport="физкультурно-спортивная")
prog = dict(tech=36, science=21, tourism=12, social=44, art=83, sport=49)
adapt = dict(tech=1, science=2, tourism=0, social=6, art=4, sport=1)
stud = dict(tech=1518, science=803, tourism=476, social=1987, art=3960, sport=2958)
girls = dict(tech=402, science=431, tourism=214, social=1130, art=2690, sport=1143)
young = dict(tech=455, science=260, tourism=98, social=702, art=1421, sport=908)
orgs, providers, nok = 4, 8, 6
ovz, disabled = 341, 97
nominal, issued, active, cert_st, cert_share = 5800.0, 9015, 7620, 2189, 26.0
new_places = 120
ev = dict(students=(19, 2870), parents=(8, 712), teachers=(12, 245))
teachers_pd = 121

P_, S_ = sum(prog.values()), sum(stud.values())
check(P_ == 245 and S_ == 11702, "totals")
check(sum(adapt.values()) == 14 and sum(girls.values()) == 6010 and
      sum(young.values()) == 3844, "side columns")
check_cov(uniq, pop, cov)
check_cov(prev_uniq, prev_pop, prev_cov, what="prev")
growth_children, growth_pct = uniq - prev_uniq, round(cov - prev_cov, 1)
check(growth_children == 88 and growth_pct == 1.1, "growth")
check_cov(cert_st, uniq, cert_share, what="cert share")
check(words(120) == "сто двадцать", "words")

s = NBSP
n = lambda x: fint(x, s)  # noqa: E731

o = Odt()
o.footer_page("Пояснительная записка к форме № 1-ДОП, г. Клинцы — стр. ")
o.p("Управление образования Клинцовской городской администрации", "center")
o.p("243140, Брянская обл., г. Клинцы, ул. Октябрьская, 42; ОКПО 02098716; "
    "тел. (48336) 4-05-77", "center")
o.p("")
o.p("ПОЯСНИТЕЛЬНАЯ ЗАПИСКА\nк сводному отчёту по форме федерального статистического "
    "наблюдения № 1-ДОП «Сведения о дополнительном образовании детей» и к отчёту "
    "муниципального опорного центра за 2024 год\nгородской округ «город Клинцы» Брянской "
    "области", "title")
o.p("")
o.p(f"Сводный отчёт сформирован по данным {orgs} организаций дополнительного образования "
    f"(ЦДТ, ДЮСШ, СЮТ, ДДиЮ «Ровесник»), а также 11 общеобразовательных организаций, "
    f"реализующих дополнительные общеобразовательные программы. Свод выполнен МОЦ в "
    f"соответствии с приказом Управления образования от 15.01.2025 № 12.")
o.p(f"В строке 01 графы 3 отражено общее количество реализуемых программ — {P_}, из них "
    f"адаптированных для детей с ОВЗ (графа 4) — 14. Численность обучающихся в строке 01 "
    f"графы 5 — {n(S_)} человека — приводится с повторным счётом: ребёнок, занимающийся "
    f"по двум программам, учитывается дважды.")
o.p("Таблица 1. Раздел 1 формы № 1-ДОП (свод по городскому округу)", "right")
grid = [["Направленность программ", "№ строки", "Число программ, ед.", None,
         "Численность обучающихся, чел.", None, None],
        [None, None, "всего", "из них адаптированных для детей с ОВЗ", "всего",
         "из них девочек", "из них в возрасте 5–9 лет"],
        ["1", "2", "3", "4", "5", "6", "7"],
        ["Всего (сумма строк 02–07)", "01", str(P_), str(sum(adapt.values())), n(S_),
         n(sum(girls.values())), n(sum(young.values()))]]
for i, k in enumerate(order, 2):
    grid.append([("в том числе: " if i == 2 else "") + lab[k], f"{i:02d}", str(prog[k]),
                 str(adapt[k]) if adapt[k] else "–", n(stud[k]), n(girls[k]), n(young[k])])
o.table(grid, [4.4, 1.4, 1.7, 2.5, 2.1, 1.8, 2.1],
        merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 6)], header_rows=3,
        align="lcccccc", bold_rows=(3,))
o.p("")
o.p(f"Численность детей, обучающихся по дополнительным общеобразовательным программам, "
    f"без повторного счёта составила {n(uniq)} человек (в 2023 году — {n(prev_uniq)}). "
    f"При численности детей в возрасте 5–18 лет {n(pop)} человека (Брянскстат, на "
    f"01.01.2024) охват дополнительным образованием составил {fdec(cov)} % "
    f"(в 2023 году — {fdec(prev_cov)} %). Охват увеличился на {fdec(growth_pct)} %, "
    f"численность охваченных детей — на {growth_children} человек.")
o.p(f"Кроме того, в организациях города обучаются 213 детей, проживающих в Клинцовском "
    f"районе; в расчёт охвата они не включены.")
o.p(f"Среди обучающихся {ovz} ребёнок с ограниченными возможностями здоровья (без "
    f"повторного счёта), в том числе {disabled} детей-инвалидов.")
o.p("Сведения муниципального опорного центра", "h")
o.p(f"В реестр поставщиков услуг персонифицированного финансирования включены все "
    f"организации дополнительного образования города, а также 4 негосударственные "
    f"организации и 2 индивидуальных предпринимателя. Номинал сертификата в 2024 году — {n(5800)} руб. Выдано {n(issued)} "
    f"сертификатов, из них активных — {n(active)}. С использованием сертификатов "
    f"обучаются {n(cert_st)} детей ({fdec(cert_share)} % от общей численности "
    f"обучающихся).")
o.p(f"По итогам независимой оценки качества положительное заключение получили {nok} "
    f"программ. В 2024 году создано сто двадцать новых мест (из них 60 — в детском "
    f"технопарке «Кванториум»).")
o.p(f"МОЦ проведено {ev['students'][0]} мероприятий для обучающихся (охват "
    f"{n(ev['students'][1])} чел.), {ev['parents'][0]} — для родителей (охват "
    f"{ev['parents'][1]} чел.), {ev['teachers'][0]} — для педагогических работников "
    f"(охват {ev['teachers'][1]} чел.). В мероприятиях по развитию профессионального "
    f"мастерства приняли участие {teachers_pd} педагог.")
o.p("")
o.p("Начальник Управления образования\t\t\t\tО. Н. Хохлова", "left")
o.p("Исполнитель: Дёмина Т. В., методист МОЦ, (48336) 4-11-52", "small")
o.save(out_path(NAME, "odt"))

g.add("organizations_total", orgs)
g.add("programs_total", P_)
for k in order:
    g.add("programs_" + k, prog[k])
g.add("programs_nok", nok)
g.add("students_total", uniq)
for k in order:
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
g.add("certificate_share_pct", cert_share)
g.add("new_places", new_places, "создано сто двадцать новых мест", "words")
g.add("events_students", ev["students"][0])
g.add("events_students_reach", ev["students"][1])
g.add("events_parents", ev["parents"][0])
g.add("events_parents_reach", ev["parents"][1])
g.add("events_teachers", ev["teachers"][0])
g.add("events_teachers_reach", ev["teachers"][1])
g.add("teachers_pd_participants", teachers_pd)
g.save()
