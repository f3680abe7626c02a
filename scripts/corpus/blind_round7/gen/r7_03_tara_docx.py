"""r7_03: Тарский муниципальный район (Омская область), 2024, docx.

OUTSIDE THE BRIEF:
  * Table 1 — organisations in rows, indicators in columns, every cell mixing
    value and unit («58 ед.», «1 436 чел.»), «Итого по району» row, a column of
    teachers (not a figure) and a number of schools inside the row label;
  * Table 3 — two-column «показатель | значение» list whose values carry their
    units and remarks in the same cell («11 ед. (в т.ч. 3 ИП)», «9 120,00 руб.»).
Also a transposed direction table (directions as columns, «Всего» last) and an
events table with forms of events; figures in words in prose.
"""
import os
from common import (Figures, n, d, NBSP, OUT, docx_new, docx_p, docx_runs,
                    docx_table, write_outputs)

STEM = "r7_03_tarskiy_rayon_svedeniya"
MUN, REG, YEAR = "Тарский район", "Омская область", 2024
F = Figures()
A = F.add

doc = docx_new(size=12)
docx_p(doc, "Комитет по образованию Администрации\nТарского муниципального района Омской области",
       bold=True, align="c")
docx_p(doc, "646530, Омская область, г. Тара, ул. Ленина, 21; тел. 8 (38171) 2-18-63; "
       "ОКТМО 52654000, ИНН 5535003090", align="c", size=9)
docx_p(doc, "17.01.2025 № 01-22/412", size=11)
docx_p(doc, "Руководителю регионального модельного центра\nдополнительного образования детей "
       "Омской области", align="r")
F.trap("letterhead postcode, phone, ОКТМО 52654000, ИНН; letter number 01-22/412")
docx_p(doc, "")
docx_p(doc, "Сведения о деятельности муниципального опорного центра дополнительного образования "
       "детей Тарского муниципального района за 2024 год", bold=True, align="c")
docx_p(doc, "")
docx_runs(doc, [("Сеть дополнительного образования района включает ", ""),
                (A("organizations_total", 3, "три организации",
                   "организации дополнительного образования",
                   where="prose, first paragraph", reading="«три» = 3"), ""),
                (" дополнительного образования (БОУ ДО «Тарский ДДТ», БОУ ДО «Тарская ДЮСШ», "
                 "БОУ ДО «Тарская СЮТ»), а также 26 общеобразовательных и 9 дошкольных "
                 "организаций, реализующих дополнительные общеобразовательные программы "
                 "(ДООП). Функции МОЦ с 2020 года выполняет БОУ ДО «Тарский ДДТ».", "")],
          align="j", indent=True)
F.trap("26 schools and 9 kindergartens that also run programmes (not organizations_total)")
docx_p(doc, "Таблица 1. Показатели организаций, реализующих ДООП, в 2024 году", italic=True,
       align="c")
T1 = [["№", "Организация", "Программы", "Группы", "Обучающиеся\n(с повторным счётом)",
       "Педагоги ДО"]]
orgs = [("1", "БОУ ДО «Тарский Дом детского творчества»", 58, 96, 1436, 41),
        ("2", "БОУ ДО «Тарская детско-юношеская спортивная школа»", 21, 52, 1102, 24),
        ("3", "БОУ ДО «Тарская станция юных техников»", 26, 44, 612, 15),
        ("4", "Общеобразовательные организации (26)", 88, 131, 2174, 97),
        ("5", "Дошкольные образовательные организации (9)", 14, 22, 296, 18),
        ("6", "Негосударственные организации и ИП (3)", 7, 12, 188, 9)]
for no, name, p, g, s, t in orgs:
    T1.append([no, name, f"{p} ед.", f"{g} ед.", f"{n(s)} чел.", f"{t} чел."])
tp, tg, ts, tt = (sum(o[i] for o in orgs) for i in (2, 3, 4, 5))
T1.append(["", "Итого по району",
           A("programs_total", tp, f"{tp} ед.", "Итого по району",
             where="Таблица 1, строка «Итого по району», столбец «Программы»", col=2),
           f"{tg} ед.", f"{n(ts)} чел.", f"{tt} чел."])
F.trap(f"Таблица 1: per-organisation rows; groups {tg}; teachers {tt}; "
       f"Итого students {n(ts)} is с повторным счётом (unique total given in prose)")
docx_table(doc, T1, header_rows=1, widths_cm=[0.8, 6.2, 2.4, 2.0, 2.8, 2.0],
           bold_rows=(7,), size=10)

docx_p(doc, "")
docx_runs(doc, [("Без повторного счёта дополнительным образованием в 2024 году охвачено ", ""),
                (A("students_total", 4206, f"4{NBSP}206", "Без повторного счёта",
                   where="prose after Таблица 1"), ""),
                (" детей. Охват детей в возрасте от 5 до 18 лет составил ", ""),
                (A("coverage_pct", 76.8, "76,8", "Охват детей в возрасте",
                   where="prose after Таблица 1"), ""),
                (" % (в 2023 году – 74,1 %, целевой показатель на 2024 год – 76,0 %). "
                 f"Численность детей 5–18 лет, проживающих в районе, – 5{NBSP}480 человек. "
                 "Прирост числа детей, охваченных дополнительным образованием, составил ", ""),
                (A("coverage_growth_children", 148, "148", "Прирост числа детей",
                   where="prose after Таблица 1"), ""),
                (" человек.", "")], align="j", indent=True)
F.trap("coverage 2023 74,1 %; target 76,0 %; population 5 480")

docx_p(doc, "Таблица 2. Программы и обучающиеся по направленностям", italic=True, align="c")
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
heads = ["Худож.", "Физк.-спорт.", "Соц.-гум.", "Естеств.-науч.", "Техн.", "Тур.-краев."]
progs = [61, 43, 52, 21, 25, 12]
studs = [1985, 1690, 1028, 402, 471, 232]
assert sum(progs) == tp and sum(studs) == ts
T2 = [["Показатель"] + heads + ["Всего"]]
rowp = ["Программы, ед."]
rows_ = ["Обучающиеся, чел. (с повт. счётом)"]
for i, s in enumerate(dirs):
    rowp.append(A("programs_" + s, progs[i], str(progs[i]), "Программы, ед.",
                  where=f"Таблица 2, столбец «{heads[i]}»", col=i + 1))
    rows_.append(A("students_" + s, studs[i], n(studs[i]), "Обучающиеся, чел.",
                   where=f"Таблица 2, столбец «{heads[i]}»", col=i + 1))
rowp.append(str(sum(progs)))
rows_.append(n(sum(studs)))
T2 += [rowp, rows_]
docx_table(doc, T2, header_rows=1, widths_cm=[4.2, 1.75, 1.75, 1.75, 1.75, 1.75, 1.75, 1.75],
           size=9, left_cols=(0,))

docx_p(doc, "")
docx_runs(doc, [("Положительное заключение по итогам независимой оценки качества получили ", ""),
                (A("programs_nok", 4, "4", "Положительное заключение",
                   where="prose"), ""),
                (" программы, ещё 2 программы находятся на рассмотрении экспертной комиссии.",
                 "")], align="j", indent=True)
F.trap("2 programmes pending НОК")

docx_p(doc, "Таблица 3. Персонифицированное финансирование и инклюзия", italic=True, align="c")
T3 = [["Показатель", "Значение на 31.12.2024"]]
def r3(key, value, label, cell, anchor=None, reading=None):
    A(key, value, cell.split(" (")[0] if key != "providers_registry" else "11 ед.",
      anchor or label, where="Таблица 3", col=1, reading=reading)
    T3.append([label, cell])
r3("providers_registry", 11, "Поставщики образовательных услуг в реестре ПФДО",
   "11 ед. (в т.ч. 3 ИП)")
r3("certificate_nominal_rub", 9120.0, "Номинал сертификата на 2024 год", "9 120,00 руб.")
r3("certificates_issued", 4870, "Выдано сертификатов (нарастающим итогом)", "4 870 шт.")
r3("certificates_active", 1702, "Сертификаты, использованные для записи на обучение",
   "1 702 шт.")
r3("certificate_students", 1640, "Обучаются с использованием сертификатов", "1 640 детей")
r3("certificate_share_pct", 29.9, "Доля детей 5–18 лет, обучающихся по сертификатам",
   "29,9 % (по области – 31,2 %)")
r3("students_ovz", 131, "Обучающиеся с ОВЗ (без повторного счёта)", "131 чел.")
r3("students_disabled", 39, "из них дети-инвалиды", "39 чел.")
F.trap("Таблица 3: «в т.ч. 3 ИП» part; «по области – 31,2 %» regional value in the same cell")
docx_table(doc, T3, header_rows=1, widths_cm=[10.0, 6.0], size=10, left_cols=(0,))

docx_p(doc, "")
docx_p(doc, "Таблица 4. Мероприятия МОЦ в 2024 году", italic=True, align="c")
T4 = [["Целевая группа", "Формы мероприятий", "Кол-во мероприятий", "Участников, чел."]]
for (label, forms, k1, v1, k2, v2) in [
        ("Обучающиеся", "конкурсы, фестивали, профильная смена «Твой старт»",
         "events_students", 12, "events_students_reach", 1470),
        ("Родители", "родительские собрания, День открытых дверей, онлайн-консультации",
         "events_parents", 5, "events_parents_reach", 388),
        ("Педагоги", "семинары, мастер-классы, стажировочные площадки",
         "events_teachers", 8, "events_teachers_reach", 196)]:
    T4.append([label, forms, A(k1, v1, str(v1), label, where="Таблица 4", col=2),
               A(k2, v2, n(v2), label, where="Таблица 4", col=3)])
T4.append(["Итого", "", "25", "2 054"])
docx_table(doc, T4, header_rows=1, widths_cm=[3.0, 7.5, 2.5, 3.0], size=10, bold_rows=(4,),
           left_cols=(0, 1))
docx_p(doc, "")
docx_runs(doc, [("Участниками мероприятий по развитию профессионального мастерства стали ", ""),
                (A("teachers_pd_participants", 73, "73", "профессионального мастерства",
                   where="prose after Таблица 4"), ""),
                (" педагога (в том числе 12 молодых специалистов). В рамках федерального проекта "
                 "«Успех каждого ребёнка» на базе МБОУ «Тарская СОШ № 2» создано ", ""),
                (A("new_places", 30, "тридцать", "создано", where="prose after Таблица 4",
                   reading="«тридцать» = 30"), ""),
                (" новых мест дополнительного образования.", "")], align="j", indent=True)
F.trap("12 young specialists (part); «СОШ № 2»; Итого 25 events / 2 054 participants")
docx_p(doc, "")
docx_p(doc, "Председатель комитета по образованию                              Е.Г. Шумилова")
docx_p(doc, "Исп.: Брагина А.С., тел. 8 (38171) 2-41-05", size=9)

path = os.path.join(OUT, STEM + ".docx")
doc.save(path)
write_outputs(STEM, "docx", MUN, REG, YEAR, F)
print(path, len(F.items))
