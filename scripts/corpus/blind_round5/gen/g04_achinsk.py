"""r5_04 — город Ачинск, Красноярский край, 2024. Monitoring form (docx -> pdf).

Shape (in the brief): «№ п/п | Показатель | Ед. изм. | Целевое значение | Фактическое
значение», column-number row «1 2 3 4 5», section rows spanning the table, numbering
1.1 / 2.1.3 / 3.3.6, «в т.ч.», «из них», «Справочно» population row, «х» and «–» cells.
The long table breaks over pdf pages with its header repeated; section 5 follows as a
separate table under «Продолжение таблицы 1» with only the column-number row.
Traps: target column beside the fact column, schools running programmes, neighbour with a
similar name (Ачинский район) under the table, winners count, share of teachers, a hot
line phone, dates of population data, «из них ИП».
"""
from common import Gold, check, check_cov, check_sum, fint, fdec, pct, out_path, soffice_convert
from docxkit import new_doc, para, table, set_header_footer, cant_split, page_break
import os
import shutil

NAME = "r5_04_achinsk_monitoring"
g = Gold(NAME, "город Ачинск", "Красноярский край", 2024)

pop = 19806
uniq, rep, cov = 15528, 22140, 78.4
prev_uniq, prev_pop, prev_cov = 15126, 19695, 76.8
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
prog = dict(art=142, sport=88, social=97, science=46, tech=71, tourism=19)
prog_plan = dict(art=140, sport=85, social=95, science=50, tech=65, tourism=15)
stud = dict(art=6980, sport=5410, social=4326, science=1702, tech=2844, tourism=878)
orgs, providers, ip = 7, 14, 3
nok = 11
ovz, disabled = 612, 174
nominal = 8237.00
issued, active, cert_st, cert_share = 17904, 14215, 4431, 28.5
new_places = 210
ev = dict(students=(41, 6385), parents=(16, 1470), teachers=(23, 518))
teachers_pd = 264

P = sum(prog.values())
check(P == 463 and sum(prog_plan.values()) == 450, "programme totals")
check_sum(stud, rep, "students by direction")
check_cov(uniq, pop, cov)
check_cov(prev_uniq, prev_pop, prev_cov, what="prev coverage")
growth_children = uniq - prev_uniq
growth_pct = round(cov - prev_cov, 1)
check(growth_children == 402 and growth_pct == 1.6, "growth")
check_cov(cert_st, uniq, cert_share, what="cert share")

sp = " "  # plain spaces in this export
n = lambda x: fint(x, sp)  # noqa: E731
labels = dict(art="художественной", sport="физкультурно-спортивной",
              social="социально-гуманитарной", science="естественнонаучной",
              tech="технической", tourism="туристско-краеведческой")

d = new_doc("Arial", 10, margins=(1.5, 1.5, 1.2, 2.0))
set_header_footer(d, footer="Форма МОЦ-мониторинг (муниципальный уровень) — стр. ",
                  page_field=True, size=8)
para(d, "Приложение 2 к письму министерства образования Красноярского края\n"
        "от 15.11.2024 № 75-14321", align="r", size=8, after=8)
para(d, "ФОРМА МОНИТОРИНГА\nреализации Целевой модели развития региональной системы "
        "дополнительного образования детей (муниципальный уровень)", bold=True, align="c",
     size=11, after=6)
para(d, "Муниципальное образование: город Ачинск\nОтчётный период: 2024 год (по состоянию "
        "на 31.12.2024)\nОтветственный: МОЦ на базе МБУ ДО «Центр детского творчества»",
     align="l", after=6)
para(d, "Таблица 1", align="r", italic=True, size=9, keep=True)

H = [["№ п/п", "Наименование показателя", "Ед. изм.", "Целевое значение на 2024 г.",
      "Фактическое значение за 2024 г."],
     ["1", "2", "3", "4", "5"]]
rows = []
sections = []


def sec(title):
    sections.append(len(H) + len(rows))
    rows.append([title, None, None, None, None])


def row(num, label, unit, plan, fact):
    rows.append([num, label, unit, plan, fact])


sec("1. Инфраструктура и сеть")
row("1.1", "Количество организаций дополнительного образования (всех форм "
           "собственности), всего", "ед.", "7", str(orgs))
row("1.1.1", "в т.ч. негосударственных организаций", "ед.", "х", "–")
row("1.2", "Количество общеобразовательных организаций, реализующих дополнительные "
           "общеобразовательные программы", "ед.", "17", "17")
row("1.3", "Количество организаций, включённых в реестр поставщиков образовательных услуг "
           "(ПФДО)", "ед.", "12", str(providers))
row("1.3.1", "из них индивидуальных предпринимателей", "ед.", "х", str(ip))
row("1.4", "Количество новых мест дополнительного образования, созданных в отчётном году",
    "мест", "200", str(new_places))
row("1.5", "Количество центров «Точка роста», «IT-куб», детских технопарков "
           "«Кванториум», действующих на территории", "ед.", "9", "9")
sec("2. Дополнительные общеобразовательные программы (ДООП)")
row("2.1", "Количество реализуемых ДООП, всего", "ед.", str(sum(prog_plan.values())), str(P))
for i, k in enumerate(dirs, 1):
    row(f"2.1.{i}", f"{'в т.ч. ' if i == 1 else ''}{labels[k]} направленности", "ед.",
        str(prog_plan[k]), str(prog[k]))
row("2.2", "Количество ДООП, получивших положительное заключение по итогам независимой "
           "оценки качества", "ед.", "10", str(nok))
row("2.3", "Количество ДООП, реализуемых в сетевой форме", "ед.", "х", "23")
row("2.4", "Доля ДООП, реализуемых с применением дистанционных технологий", "%", "х", "6,5")
sec("3. Контингент обучающихся")
row("3.1", "Справочно: численность детей в возрасте от 5 до 18 лет (Красноярскстат, на "
           "01.01.2024)", "чел.", "х", n(pop))
row("3.2", "Численность детей, обучающихся по ДООП (без повторного счёта)", "чел.",
    n(15400), n(uniq))
row("3.3", "Численность обучающихся по ДООП с повторным счётом", "чел.", "х", n(rep))
for i, k in enumerate(dirs, 1):
    row(f"3.3.{i}", f"{'в т.ч. ' if i == 1 else ''}по программам {labels[k]} "
                    f"направленности", "чел.", "х", n(stud[k]))
row("3.4", "Охват детей в возрасте 5–18 лет дополнительным образованием", "%", "77,5",
    fdec(cov))
row("3.5", "Прирост численности детей, охваченных дополнительным образованием, к 2023 году",
    "чел.", "х", str(growth_children))
row("3.6", "Прирост охвата детей дополнительным образованием к 2023 году", "%", "х",
    fdec(growth_pct))
row("3.7", "Численность обучающихся с ограниченными возможностями здоровья", "чел.", "600",
    str(ovz))
row("3.8", "Численность обучающихся детей-инвалидов", "чел.", "х", str(disabled))
row("3.9", "Численность победителей и призёров мероприятий регионального и более высокого "
           "уровня", "чел.", "х", n(1093))
sec("4. Персонифицированное финансирование")
row("4.1", "Номинал сертификата дополнительного образования", "руб.", "х",
    fdec(nominal, 2, " "))
row("4.2", "Количество выданных сертификатов", "ед.", n(17000), n(issued))
row("4.3", "Количество активных сертификатов (использованных для записи на программы)",
    "ед.", "х", n(active))
row("4.4", "Численность детей, обучающихся с использованием сертификатов", "чел.", n(4300),
    n(cert_st))
row("4.5", "Доля детей, обучающихся по сертификатам, от общей численности обучающихся",
    "%", "25,0", fdec(cert_share))

grid = H + rows
merges = [(r, 0, r, 4) for r in sections]
t = table(d, grid, [1.3, 9.2, 1.5, 2.6, 2.8], merges=merges, header_rows=2, size=9,
          align="clccc", repeat=2, shade_rows=tuple(sections),
          cell_align={(r, 0): "l" for r in sections}, bold_rows=tuple(sections))
for r in t.rows:
    cant_split(r)

page_break(d)
para(d, "Продолжение таблицы 1", align="r", italic=True, size=9, keep=True)
grid2 = [["1", "2", "3", "4", "5"],
         ["5. Деятельность муниципального опорного центра", None, None, None, None],
         ["5.1", "Количество мероприятий МОЦ для обучающихся", "ед.", "35",
          str(ev["students"][0])],
         ["5.1.1", "охват обучающихся мероприятиями", "чел.", "х", n(ev["students"][1])],
         ["5.2", "Количество мероприятий МОЦ для родителей (законных представителей)", "ед.",
          "15", str(ev["parents"][0])],
         ["5.2.1", "охват родителей мероприятиями", "чел.", "х", n(ev["parents"][1])],
         ["5.3", "Количество мероприятий МОЦ для педагогических работников", "ед.", "20",
          str(ev["teachers"][0])],
         ["5.3.1", "охват педагогических работников", "чел.", "х", str(ev["teachers"][1])],
         ["5.4", "Численность педагогов — участников мероприятий по развитию "
                 "профессионального мастерства", "чел.", "250", str(teachers_pd)],
         ["5.5", "Доля педагогов дополнительного образования, прошедших повышение "
                 "квалификации", "%", "30,0", "34,2"]]
t2 = table(d, grid2, [1.3, 9.2, 1.5, 2.6, 2.8], merges=[(1, 0, 1, 4)], header_rows=1,
           size=9, align="clccc", shade_rows=(1,), bold_rows=(1,),
           cell_align={(1, 0): "l"})
para(d, "")
para(d, "Справочно: по Ачинскому району охват детей дополнительным образованием составил "
        "71,4 %, номинал сертификата — 6 900,00 руб. Горячая линия МОЦ: 8 (39151) 7-44-10.",
     size=9, italic=True, align="j")
para(d, "Начальник управления образования администрации города Ачинска"
        "\t\t\tТ. Н. Свирская", size=10, align="l", before=12)
para(d, "Исп.: Ковалёва М. П., методист МОЦ, 8 (39151) 5-20-81", size=8, align="l")

tmp = out_path(NAME, "docx")
d.save(tmp)
pdf = soffice_convert(tmp, "pdf")
shutil.move(pdf, out_path(NAME, "pdf"))
os.remove(tmp)

# the table must really break over a page with the header repeated
import pdfplumber  # noqa: E402
with pdfplumber.open(out_path(NAME, "pdf")) as pdfd:
    pages = [p.extract_text() or "" for p in pdfd.pages]
check(len(pages) >= 2, "table should span pages")
check(sum("Наименование показателя" in p for p in pages) >= 2,
      "header should be repeated on the next page")

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
