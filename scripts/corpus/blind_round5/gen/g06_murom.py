"""r5_06 — округ Муром, Владимирская область, 2024.
Report on the execution of a «дорожная карта» (plan of events) — shape OUTSIDE the brief.

Shape: landscape pdf; a six-column execution table «№ | Мероприятие | Срок | Ответственный
| Плановый (целевой) показатель | Отметка об исполнении», section rows in Roman numerals,
facts written as phrases inside the execution cell («Проведено 12 мероприятий, охват 936
родителей»), the table breaks over pdf pages with its header repeated; an annex with
plan/fact sub-columns per direction and an «Итого» row.
Traps: the title names the plan «на 2024 год» (it is a report on it, not a plan); a
target in every row; order numbers and dates; a neighbour with a similar name (Муромский
район) with its own figures; «в т.ч. 2 ИП»; NOK on revision; previous year.
"""
import os
import shutil

from common import (Gold, check, check_cov, check_sum, fint, fdec, out_path,
                    soffice_convert, NBSP)
from docxkit import new_doc, para, table, cant_split, set_header_footer

NAME = "r5_06_okrug_murom_dorozhnaya_karta"
g = Gold(NAME, "округ Муром", "Владимирская область", 2024)

pop, uniq, cov = 14464, 11904, 82.3
prev_uniq, prev_pop, prev_cov = 11699, 14425, 81.1
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
prog = dict(art=96, sport=58, social=61, science=24, tech=45, tourism=16)
prog_plan = dict(art=90, sport=55, social=60, science=28, tech=40, tourism=17)
stud = dict(art=5120, sport=4690, social=2865, science=1048, tech=2012, tourism=691)
stud_plan = dict(art=5000, sport=4600, social=2800, science=1100, tech=1900, tourism=700)
orgs, providers, nok, nok_back = 5, 11, 9, 3
nominal, issued, active, cert_st, cert_share = 6530.0, 12418, 10066, 3214, 27.0
ovz, disabled, new_places = 563, 142, 96
ev = dict(students=(33, 5275), parents=(12, 936), teachers=(14, 289))
teachers_pd = 171

P, S = sum(prog.values()), sum(stud.values())
check(P == 300 and sum(prog_plan.values()) == 290, "programs")
check(S == 16426 and sum(stud_plan.values()) == 16100, "students")
check_cov(uniq, pop, cov)
check_cov(prev_uniq, prev_pop, prev_cov, what="prev")
growth_children, growth_pct = uniq - prev_uniq, round(cov - prev_cov, 1)
check(growth_children == 205 and growth_pct == 1.2, "growth")
check_cov(cert_st, uniq, cert_share, what="cert share")

s = NBSP
n = lambda x: fint(x, s)  # noqa: E731

d = new_doc("Times New Roman", 11, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
set_header_footer(d, footer="", page_field=True, size=9)
para(d, "УТВЕРЖДАЮ\nНачальник Управления образования\nадминистрации округа Муром\n"
        "____________ Н. В. Игнатьева\n«30» января 2025 г.", align="r", size=11, after=10)
para(d, "ОТЧЁТ\nоб исполнении плана мероприятий («дорожной карты») по развитию "
        "дополнительного образования детей в округе Муром на 2024 год,\nутверждённого "
        "постановлением администрации округа Муром от 28.12.2023 № 512",
     bold=True, align="c", size=12, after=6)
para(d, f"Отчётный период: январь – декабрь 2024 года. Ответственный за свод: муниципальный "
        f"опорный центр (МБУ ДО «Центр внешкольной работы», ул. Московская, 15). "
        f"В округе Муром действуют {orgs} организаций дополнительного образования "
        f"(ЦВР, ДЮСШ № 1, ДЮСШ № 2, СЮТ, ЦДЮТ).", size=11, indent=1.0, after=6)

H = ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственный исполнитель",
     "Плановый (целевой) показатель", "Отметка об исполнении"]
rows = [H, ["1", "2", "3", "4", "5", "6"]]
secs = []


def sec(t):
    secs.append(len(rows))
    rows.append([t, None, None, None, None, None])


sec("I. Организационно-управленческие мероприятия")
rows.append(["1.1", "Актуализация муниципальной нормативной базы персонифицированного "
             "финансирования, установление номинала сертификата", "январь 2024",
             "Управление образования", "постановление об утверждении номинала",
             f"Постановление администрации округа Муром от 29.01.2024 № 87; номинал "
             f"сертификата — {fdec(nominal, 2, s)} руб."])
rows.append(["1.2", "Проведение мониторинга реализации Целевой модели, свод данных в "
             "региональный модельный центр", "ежеквартально", "МОЦ",
             "4 отчёта", "Представлено 4 отчёта (исх. № 01-16/214, № 01-16/655, "
             "№ 01-16/1102, № 01-16/1530)"])
sec("II. Развитие сети и обеспечение доступности")
rows.append(["2.1", "Обеспечение охвата детей в возрасте от 5 до 18 лет дополнительным "
             "образованием", "декабрь 2024", "Управление образования, МОЦ",
             "80,0 %", f"{fdec(cov)} % ({n(uniq)} чел. без повторного счёта из "
             f"{n(pop)} детей 5–18 лет); прирост охвата к 2023 году — {fdec(growth_pct)} % "
             f"(+{growth_children} детей)"])
rows.append(["2.2", "Создание новых мест дополнительного образования в рамках проекта "
             "«Успех каждого ребёнка»", "сентябрь 2024", "Управление образования",
             "90 мест", f"Создано {new_places} мест (СОШ № 7 — 48, СОШ № 19 — 48)"])
rows.append(["2.3", "Расширение числа поставщиков услуг, включённых в реестр "
             "ПФДО", "в течение года", "МОЦ", "10 организаций",
             f"{providers} организаций (в т.ч. 2 ИП)"])
rows.append(["2.4", "Выдача сертификатов дополнительного образования", "в течение года",
             "МОЦ, образовательные организации", n(12000),
             f"Выдано {n(issued)} сертификатов, из них использованы для записи "
             f"(активны) {n(active)}"])
rows.append(["2.5", "Обучение детей с использованием сертификатов ПФДО", "в течение года",
             "МОЦ", "не менее 25 %", f"{n(cert_st)} детей ({fdec(cert_share)} % от числа "
             f"обучающихся)"])
rows.append(["2.6", "Вовлечение детей с ОВЗ и детей-инвалидов в дополнительное "
             "образование", "в течение года", "образовательные организации",
             "не менее 500 детей", f"{ovz} ребёнка с ОВЗ, в т.ч. {disabled} ребёнка-инвалида"])
sec("III. Содержание и качество программ")
rows.append(["3.1", "Обновление содержания дополнительных общеобразовательных программ",
             "до 01.09.2024", "организации ДО", f"{sum(prog_plan.values())} программ",
             f"Реализуется {P} программ (см. приложение)"])
rows.append(["3.2", "Прохождение процедуры независимой оценки качества ДООП",
             "октябрь 2024", "МОЦ", "8 программ",
             f"Положительное заключение получили {nok} программ; {nok_back} программы "
             f"направлены на доработку"])
sec("IV. Работа с обучающимися, родителями и педагогами")
rows.append(["4.1", "Муниципальные конкурсы, фестивали, профильные смены для "
             "обучающихся", "по графику", "МОЦ, организации ДО", "30 мероприятий",
             f"Проведено {ev['students'][0]} мероприятия, охват {n(ev['students'][1])} "
             f"обучающихся"])
rows.append(["4.2", "Родительские собрания, дни открытых дверей, консультации по "
             "навигатору", "в течение года", "МОЦ", "не менее 10 мероприятий",
             f"Проведено {ev['parents'][0]} мероприятий, охват {ev['parents'][1]} родителей"])
rows.append(["4.3", "Семинары, стажировки, методические объединения для педагогов "
             "дополнительного образования", "по плану МОЦ", "МОЦ", "12",
             f"{ev['teachers'][0]} (охват {ev['teachers'][1]} педагогов)"])
rows.append(["4.4", "Участие педагогов в конкурсах профессионального мастерства и "
             "мероприятиях по его развитию", "в течение года", "МОЦ",
             "150 педагогов", f"{teachers_pd} педагог"])
rows.append(["4.5", "Совместный фестиваль технического творчества с Муромским районом",
             "ноябрь 2024", "МОЦ, СЮТ", "1", "Проведён 22.11.2024; участвовали 640 детей "
             "Муромского района (охват ДО в районе — 68,9 %)"])
widths = [1.2, 7.0, 2.9, 3.6, 3.6, 8.4]
t = table(d, rows, widths, merges=[(r, 0, r, 5) for r in secs], header_rows=2, size=10,
          align="clcccl", repeat=2, shade_rows=tuple(secs), bold_rows=tuple(secs),
          cell_align={(r, 0): "l" for r in secs})
for r in t.rows:
    cant_split(r)

para(d, "")
para(d, "Приложение к отчёту", align="r", italic=True, size=10, keep=True)
para(d, "Программы и контингент по направленностям, 2024 год", bold=True, align="c",
     size=11, keep=True)
labels = dict(art="художественная", sport="физкультурно-спортивная",
              social="социально-гуманитарная", science="естественнонаучная",
              tech="техническая", tourism="туристско-краеведческая")
grid = [["Направленность", "Количество программ, ед.", None,
         "Численность обучающихся (с повторным счётом), чел.", None],
        [None, "план", "факт", "план", "факт"]]
for k in dirs:
    grid.append([labels[k], str(prog_plan[k]), str(prog[k]), n(stud_plan[k]), n(stud[k])])
grid.append(["Итого", str(sum(prog_plan.values())), str(P), n(sum(stud_plan.values())),
             n(S)])
t2 = table(d, grid, [7.0, 3.0, 3.0, 4.0, 4.0],
           merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], header_rows=2, size=10,
           align="lcccc", bold_rows=(len(grid) - 1,))
for r in t2.rows:
    cant_split(r)
para(d, "")
para(d, "Руководитель МОЦ\t\t\t\t\t\t\t\t\tА. А. Кузьмичёва, тел. 8 (49234) 3-27-41",
     align="l", size=10)

tmp = out_path(NAME, "docx")
d.save(tmp)
pdf = soffice_convert(tmp, "pdf")
shutil.move(pdf, out_path(NAME, "pdf"))
os.remove(tmp)
import pdfplumber  # noqa: E402
with pdfplumber.open(out_path(NAME, "pdf")) as pd_:
    pages = [p.extract_text() or "" for p in pd_.pages]
check(sum("Отметка об исполнении" in p for p in pages) >= 2, "table must split over pages")

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
