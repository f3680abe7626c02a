"""r5_02 — Борисоглебский городской округ, Воронежская область, 2024.
Protocol of a meeting of the municipal council (docx) — shape OUTSIDE the brief.

Shape: «ПРОТОКОЛ № … заседания …», attendance, agenda, СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ in
reported speech, voting counts, and an annex («Приложение 1 к протоколу») with a
TRANSPOSED table: directions as columns under a merged «Направленность» header, «Всего»
last, indicators as rows (programmes, pupils with repeats, of them OVZ, NOK positive).
Traps: a namesake municipality in another region (Борисоглебский район Ярославской
области) with its own coverage, previous year values, target for 2025, vote counts,
protocol number/dates, attendance, repeated vs unique counts, nominal in rubles+kopecks,
new places in words.
"""
from common import Gold, check, check_cov, check_sum, fint, fdec, out_path, NBSP, words
from docxkit import new_doc, para, table, landscape_section

NAME = "r5_02_borisoglebskij_protokol"
g = Gold(NAME, "Борисоглебский городской округ", "Воронежская область", 2024)

pop = {2023: 9120, 2024: 9164}
uniq = {2023: 7154, 2024: 7318}
cov = {2023: 78.4, 2024: 79.9}
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
prog = dict(art=52, sport=38, social=41, science=19, tech=24, tourism=10)
stud = dict(art=2710, sport=2455, social=1980, science=865, tech=1120, tourism=412)
ovz = dict(art=96, sport=54, social=88, science=22, tech=26, tourism=12)
nok = dict(art=2, sport=1, social=2, science=0, tech=1, tourism=0)
orgs, providers = 3, 7
disabled = 71
nominal = 7215.60
issued, active, cert_st, cert_share = 8025, 6940, 1846, 25.2
new_places = 60
ev = dict(students=(27, 2340), parents=(9, 615), teachers=(14, 236))
teachers_pd = 118

P, S, O, N = (sum(x.values()) for x in (prog, stud, ovz, nok))
for y in pop:
    check_cov(uniq[y], pop[y], cov[y], what=f"coverage {y}")
check(P == 184 and S == 9542 and O == 298 and N == 6, f"annex totals {P} {S} {O} {N}")
growth_children = uniq[2024] - uniq[2023]
growth_pct = round(cov[2024] - cov[2023], 1)
check(growth_children == 164 and growth_pct == 1.5, "growth")
check_cov(cert_st, uniq[2024], cert_share, what="cert share")
check(words(60) == "шестьдесят", "words")

s = NBSP
n = lambda x: fint(x, s)  # noqa: E731

d = new_doc("Times New Roman", 13, margins=(2.0, 2.0, 1.5, 3.0))
para(d, "АДМИНИСТРАЦИЯ БОРИСОГЛЕБСКОГО ГОРОДСКОГО ОКРУГА\nВОРОНЕЖСКОЙ ОБЛАСТИ\n"
        "ОТДЕЛ ОБРАЗОВАНИЯ", bold=True, align="c", after=10)
para(d, "ПРОТОКОЛ № 4", bold=True, align="c", after=0)
para(d, "заседания муниципального Совета по развитию дополнительного образования детей",
     bold=True, align="c", after=8)
para(d, "г. Борисоглебск\t\t\t\t\t\t\t\t19 декабря 2024 г.", align="l", after=8)
para(d, "Председательствовал: Ситникова Л. А., руководитель отдела образования.", align="l")
para(d, "Секретарь: Черных О. В., методист МОЦ.", align="l")
para(d, "Присутствовали: 14 человек (список прилагается).", align="l", after=8)
para(d, "ПОВЕСТКА ДНЯ:", bold=True, align="l")
para(d, "1. Об итогах деятельности муниципального опорного центра дополнительного "
        "образования детей (МОЦ) за 2024 год.", align="j")
para(d, "2. О проекте плана работы МОЦ на 2025 год.", align="j", after=8)

para(d, "1. СЛУШАЛИ:", bold=True, align="l")
para(d, f"Гришину Т. Н., руководителя МОЦ, которая сообщила, что в 2024 году в "
        f"Борисоглебском городском округе работали {orgs} организации дополнительного "
        f"образования (Центр внешкольной работы, ДЮСШ и Станция юных техников). В реестр "
        f"поставщиков услуг по социальному сертификату включены {providers} организаций, "
        f"в т.ч. 1 индивидуальный предприниматель. Всего реализовано {P} дополнительных "
        f"общеобразовательных программ (в 2023 году — 171).", indent=1.25)
para(d, f"Численность детей в возрасте от 5 до 18 лет в округе — {n(pop[2024])} человек. "
        f"Дополнительным образованием охвачено {n(uniq[2024])} ребят без повторного счёта "
        f"(с повторным счётом — {n(S)}), охват составил {fdec(cov[2024])} % против "
        f"{fdec(cov[2023])} % в 2023 году: охват увеличился на {fdec(growth_pct)} %, "
        f"прирост составил {growth_children} детей.", indent=1.25)
para(d, f"Среди обучающихся {O} детей с ограниченными возможностями здоровья и "
        f"{disabled} ребёнок-инвалид. Номинал социального сертификата в 2024 году составил "
        f"{n(7215)} рублей 60 копеек. Выдано {n(issued)} сертификатов; по сертификатам обучаются {n(cert_st)} детей ({fdec(cert_share)} % "
        f"от числа обучающихся).", indent=1.25)
para(d, f"В рамках федерального проекта «Успех каждого ребёнка» создано шестьдесят новых "
        f"мест дополнительного образования в двух школах округа. Положительное заключение "
        f"по итогам независимой оценки качества получили {N} программ (подано 9).",
     indent=1.25)
para(d, f"МОЦ провёл {ev['students'][0]} мероприятий для обучающихся (охват "
        f"{n(ev['students'][1])} чел.), {ev['parents'][0]} — для родителей (охват "
        f"{ev['parents'][1]} чел.) и {ev['teachers'][0]} — для педагогов (охват "
        f"{ev['teachers'][1]} чел.). В мероприятиях по развитию профессионального "
        f"мастерства участвовали {teachers_pd} педагогов.", indent=1.25)
para(d, "Подробные данные по направленностям представлены в приложении 1 к протоколу.",
     indent=1.25, after=8)

para(d, "ВЫСТУПИЛИ:", bold=True, align="l")
para(d, f"Кравцов А. И., директор ДЮСШ, отметил, что физкультурно-спортивная направленность "
        f"остаётся второй по численности: {n(stud['sport'])} обучающихся в {prog['sport']} "
        f"программах. Предложил открыть отделение самбо на 25 мест.", indent=1.25)
para(d, "Лунёва Е. С., методист, рассказала об обмене опытом с коллегами из Борисоглебского "
        "района Ярославской области, где охват детей дополнительным образованием составил "
        "76,4 %, а номинал сертификата — 5 100 рублей.", indent=1.25, after=8)

para(d, "РЕШИЛИ:", bold=True, align="l")
para(d, "1.1. Информацию руководителя МОЦ принять к сведению.", indent=1.25)
para(d, "1.2. Обеспечить в 2025 году охват детей 5–18 лет дополнительным образованием не "
        "менее 81 % (целевой показатель муниципальной программы).", indent=1.25)
para(d, "1.3. Срок представления отчёта за I полугодие 2025 года — до 10.07.2025.",
     indent=1.25)
para(d, "Голосовали: «за» — 14, «против» — 0, «воздержались» — 0.", indent=1.25, after=8)
para(d, "2. СЛУШАЛИ: Гришину Т. Н. о проекте плана работы МОЦ на 2025 год (32 мероприятия).",
     indent=1.25)
para(d, "РЕШИЛИ: план одобрить. Голосовали единогласно.", indent=1.25, after=14)
para(d, "Председатель\t\t\t\t\t\t\tЛ. А. Ситникова", align="l")
para(d, "Секретарь\t\t\t\t\t\t\tО. В. Черных", align="l")

landscape_section(d)
para(d, "Приложение 1\nк протоколу № 4 от 19.12.2024", align="r", size=11, after=8)
para(d, "Сведения о дополнительных общеобразовательных программах и обучающихся\n"
        "по направленностям, 2024 год", bold=True, align="c", after=6)
heads = ["Художественная", "Физкультурно-спортивная", "Социально-гуманитарная",
         "Естественнонаучная", "Техническая", "Туристско-краеведческая"]
grid = [["Показатель", "Направленность", None, None, None, None, None, "Всего"],
        [None] + heads + [None],
        ["Количество программ, ед."] + [str(prog[k]) for k in dirs] + [str(P)],
        ["Численность обучающихся (с повторным счётом), чел."]
        + [n(stud[k]) for k in dirs] + [n(S)],
        ["из них с ОВЗ, чел."] + [str(ovz[k]) for k in dirs] + [str(O)],
        ["Программы, получившие положительное заключение НОК, ед."]
        + [str(nok[k]) if nok[k] else "–" for k in dirs] + [str(N)]]
table(d, grid, [6.0, 2.6, 2.9, 2.9, 2.6, 2.3, 2.9, 2.0],
      merges=[(0, 0, 1, 0), (0, 1, 0, 6), (0, 7, 1, 7)], header_rows=2, size=10,
      align="lcccccc" + "c", italic_rows=(4,))
para(d, "")
para(d, "Справочно: численность обучающихся без повторного счёта — "
        f"{n(uniq[2024])} чел.", size=10, italic=True, align="l")

d.save(out_path(NAME, "docx"))

g.add("organizations_total", orgs)
g.add("providers_registry", providers)
g.add("programs_total", P)
for k in dirs:
    g.add("programs_" + k, prog[k])
g.add("programs_nok", N)
g.add("students_total", uniq[2024])
for k in dirs:
    g.add("students_" + k, stud[k])
g.add("coverage_pct", cov[2024])
g.add("coverage_growth_children", growth_children)
g.add("coverage_growth_pct", growth_pct)
g.add("students_ovz", O)
g.add("students_disabled", disabled)
g.add("certificate_nominal_rub", nominal, f"{n(7215)} рублей 60 копеек", "rubkop")
g.add("certificates_issued", issued)
g.add("certificate_students", cert_st)
g.add("certificate_share_pct", cert_share)
g.add("new_places", new_places, "создано шестьдесят новых мест", "words")
g.add("events_students", ev["students"][0])
g.add("events_students_reach", ev["students"][1])
g.add("events_parents", ev["parents"][0])
g.add("events_parents_reach", ev["parents"][1])
g.add("events_teachers", ev["teachers"][0])
g.add("events_teachers_reach", ev["teachers"][1])
g.add("teachers_pd_participants", teachers_pd)
g.save()
