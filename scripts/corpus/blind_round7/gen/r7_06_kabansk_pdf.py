"""r7_06: Кабанский район (Республика Бурятия), МОЦ report 2024, pdf (landscape).

docx -> pdf through LibreOffice, landscape pages.
OUTSIDE THE BRIEF:
  * Table 1 — execution of targets: «Плановое значение на 2024 год |
    Фактическое значение за 2024 год | % выполнения | Причины отклонения»;
  * Table 2 — directions with a two-level header: «Программы» over
    «всего | сетевые | адаптированные» and «Обучающиеся» over «всего | в т.ч. ОВЗ»;
  * Table 3 — quarters as rows (I–IV кв.) and categories × (мероприятий |
    участников) as paired columns, with the year total as the last row;
  * Table 4 — «Показатель | Значение | Источник данных», the source column
    holding dates, order numbers and «в т.ч. 4 ИП».
"""
import os
from common import (Figures, n, d, NBSP, OUT, docx_new, docx_p, docx_runs, docx_table,
                    docx_page_numbers, write_outputs, soffice_convert)

STEM = "r7_06_kabanskiy_rayon_otchet"
MUN, REG, YEAR = "Кабанский район", "Республика Бурятия", 2024
F = Figures()
A = F.add

doc = docx_new(size=11, landscape=True, margins_cm=1.8)
docx_page_numbers(doc, prefix="стр. ")
docx_p(doc, "МКУ «Районное управление образования» МО «Кабанский район» Республики Бурятия\n"
       "671200, Республика Бурятия, Кабанский район, с. Кабанск, ул. Кооперативная, д. 4; "
       "тел. 8 (30138) 4-15-72; ИНН 0309010874", align="c", size=9)
F.trap("letterhead: postcode 671200, phone, ИНН; page numbers «стр. N»")
docx_p(doc, "")
docx_p(doc, "ОТЧЁТ\nмуниципального опорного центра дополнительного образования детей "
       "МО «Кабанский район» за 2024 год", bold=True, align="c", size=12)
docx_p(doc, "")
docx_runs(doc, [("Система дополнительного образования района включает ", ""),
                (A("organizations_total", 2, "две организации",
                   "организации дополнительного образования", where="prose, first paragraph",
                   reading="«две» = 2"), ""),
                (" дополнительного образования (МБУ ДО «Кабанский районный Дом творчества», "
                 "МБУ ДО «Кабанская ДЮСШ»), 31 общеобразовательную организацию и 6 "
                 "дошкольных организаций, реализующих дополнительные общеобразовательные "
                 "программы. Функции МОЦ возложены на МБУ ДО «Кабанский районный Дом "
                 "творчества» (приказ РУО от 02.09.2021 № 318-о).", "")], align="j", indent=True)
F.trap("31 schools, 6 kindergartens; приказ № 318-о")
docx_p(doc, "1. Выполнение целевых показателей", bold=True)
docx_p(doc, "Таблица 1. Плановые и фактические значения показателей регионального проекта "
       "«Успех каждого ребёнка» на территории района", italic=True, align="c", size=10)
T1 = [["№", "Показатель", "Ед. изм.", "Плановое значение\nна 2024 год",
       "Фактическое значение\nза 2024 год", "% выполнения", "Причины отклонения"]]
def r1(no, label, unit, plan, fact, pct, why, key, value, anchor=None):
    A(key, value, fact, anchor or label, where="Таблица 1, «Фактическое значение за 2024 год»",
      seq=[plan, fact, pct], pos=1)
    T1.append([no, label, unit, plan, fact, pct, why])
r1("1", "Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием", "%",
   "80,0", "81,3", "101,6", "–", "coverage_pct", 81.3, "охваченных дополнительным образованием")
r1("2", "Численность обучающихся по ДООП (без повторного счёта)", "чел.", "6 850", "6 921",
   "101,0", "–", "students_total", 6921, "без повторного счёта")
r1("3", "Количество реализуемых ДООП", "ед.", "300", "312", "104,0", "–", "programs_total", 312)
r1("4", "Количество ДООП, получивших положительное заключение НОК", "ед.", "10", "8", "80,0",
   "2 программы возвращены на доработку", "programs_nok", 8, "положительное заключение НОК")
r1("5", "Доля детей, обучающихся по сертификатам ПФДО", "%", "25,0", "26,4", "105,6", "–",
   "certificate_share_pct", 26.4, "обучающихся по сертификатам ПФДО")
r1("6", "Количество созданных новых мест дополнительного образования", "ед.", "80", "80",
   "100,0", "–", "new_places", 80, "новых мест")
r1("7", "Численность обучающихся с ОВЗ", "чел.", "190", "203", "106,8", "–", "students_ovz", 203,
   "обучающихся с ОВЗ")
r1("8", "Численность обучающихся детей-инвалидов", "чел.", "60", "64", "106,7", "–",
   "students_disabled", 64, "детей-инвалидов")
F.trap("Таблица 1: plan column; «% выполнения» column (101,6 … 80,0); "
       "«2 программы возвращены на доработку»")
docx_table(doc, T1, header_rows=1, widths_cm=[0.9, 9.3, 1.6, 3.0, 3.2, 2.4, 5.6], size=10,
           left_cols=(1, 6))
docx_p(doc, "")
docx_runs(doc, [("Численность детей в возрасте от 5 до 18 лет, проживающих в районе, составляет "
                 f"8{NBSP}513 человек. Прирост числа обучающихся по сравнению с 2023 годом – ", ""),
                (A("coverage_growth_children", 114, "114", "Прирост числа обучающихся",
                   where="prose after Таблица 1"), ""),
                (" детей. Охват дополнительным образованием в соседнем Прибайкальском районе "
                 "составил 77,9 %, в среднем по Республике Бурятия – 79,5 %.", "")],
          align="j", indent=True)
F.trap("population 8 513; neighbour Прибайкальский район 77,9 %; Республика Бурятия 79,5 %")

docx_p(doc, "2. Программы и обучающиеся по направленностям", bold=True, keep=True)
docx_p(doc, "Таблица 2", italic=True, align="r", size=10, keep=True)
T2 = [["Направленность", "Программы, ед.", "", "", "Обучающиеся (с повторным счётом), чел.", ""],
      ["", "всего", "в т.ч. сетевые", "в т.ч. адаптированные", "всего", "в т.ч. с ОВЗ"]]
dirs = [("art", "Художественная", 96, 4, 7, 3402, 84),
        ("sport", "Физкультурно-спортивная", 64, 1, 3, 2716, 41),
        ("social", "Социально-гуманитарная", 71, 6, 9, 1988, 72),
        ("science", "Естественнонаучная", 33, 3, 2, 834, 18),
        ("tech", "Техническая", 34, 2, 1, 1092, 11),
        ("tourism", "Туристско-краеведческая", 14, 1, 0, 506, 6)]
for k, lab, p, net, ad, s, ovz in dirs:
    seq = [str(p), str(net), str(ad) if ad else "–", n(s), str(ovz)]
    T2.append([lab, A("programs_" + k, p, str(p), lab, where="Таблица 2, Программы/всего",
                      seq=seq, pos=0),
               seq[1], seq[2],
               A("students_" + k, s, n(s), lab, where="Таблица 2, Обучающиеся/всего",
                 seq=seq, pos=3), seq[4]])
tot = [sum(x[i] for x in dirs) for i in range(2, 7)]
assert tot[0] == 312
T2.append(["Итого"] + [n(t) for t in tot])
F.trap(f"Таблица 2: network/adapted programme sub-columns; ОВЗ by direction (sum {tot[4]}, "
       f"с повторным счётом); Итого pupils {n(tot[3])} с повторным счётом")
docx_table(doc, T2, header_rows=2, widths_cm=[6.0, 2.6, 3.2, 3.8, 5.0, 3.4],
           merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)], bold_rows=(8,), size=10,
           left_cols=(0,))

docx_p(doc, "")
docx_p(doc, "3. Мероприятия МОЦ", bold=True, keep=True)
docx_p(doc, "Таблица 3. Мероприятия МОЦ по кварталам 2024 года", italic=True, align="c", size=10,
       keep=True)
T3 = [["Период", "Для обучающихся", "", "Для родителей", "", "Для педагогов", ""],
      ["", "мероприятий", "участников", "мероприятий", "участников", "мероприятий",
       "участников"]]
q = [("I квартал", 5, 612, 2, 188, 4, 96), ("II квартал", 6, 804, 2, 164, 3, 88),
     ("III квартал", 3, 371, 1, 96, 2, 41), ("IV квартал", 7, 897, 3, 283, 6, 177)]
for row in q:
    T3.append([row[0]] + [n(v) for v in row[1:]])
tots = [sum(r[i] for r in q) for i in range(1, 7)]
keys = ["events_students", "events_students_reach", "events_parents", "events_parents_reach",
        "events_teachers", "events_teachers_reach"]
last = ["Итого за 2024 год"]
for i, (k, v) in enumerate(zip(keys, tots)):
    last.append(A(k, v, n(v), "Итого за 2024 год", where=f"Таблица 3, last row, column {i + 1}",
                  seq=[n(t) for t in tots], pos=i))
T3.append(last)
F.trap("Таблица 3: quarterly rows (I–IV квартал) are parts of the year total")
docx_table(doc, T3, header_rows=2, widths_cm=[4.6, 3.3, 3.3, 3.3, 3.3, 3.3, 3.3],
           merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)], bold_rows=(6,),
           size=10, left_cols=(0,))
docx_p(doc, "")
docx_runs(doc, [("В мероприятиях по развитию профессионального мастерства (курсы, семинары, "
                 "стажировки, конкурс «Педагог дополнительного образования – 2024») приняли "
                 "участие ", ""),
                (A("teachers_pd_participants", 88, "88", "приняли участие",
                   where="prose after Таблица 3"), ""),
                (" педагогов района.", "")], align="j", indent=True)

docx_p(doc, "4. Персонифицированное финансирование", bold=True, keep=True)
docx_p(doc, "Таблица 4", italic=True, align="r", size=10, keep=True)
T4 = [["Показатель", "Значение", "Источник данных"]]
def r4(label, val, src, key, value):
    A(key, value, val, label, where="Таблица 4, «Значение»")
    T4.append([label, val, src])
r4("Номинал сертификата ПФДО, руб.", "7 460,00",
   "Постановление администрации МО «Кабанский район» от 25.12.2023 № 1718",
   "certificate_nominal_rub", 7460.0)
r4("Выдано сертификатов, шт.", "6 034", "ИС «Навигатор дополнительного образования РБ», "
   "выгрузка на 31.12.2024", "certificates_issued", 6034)
r4("Сертификаты, использованные для записи (активные), шт.", "2 318", "ИС ПФДО",
   "certificates_active", 2318)
r4("Дети, обучающиеся с использованием сертификатов, чел.", "2 247", "ИС ПФДО",
   "certificate_students", 2247)
r4("Организации в реестре поставщиков ПФДО, ед.", "16", "Реестр поставщиков (в т.ч. 4 ИП)",
   "providers_registry", 16)
F.trap("Таблица 4 source column: dates, постановление № 1718, «в т.ч. 4 ИП»")
docx_table(doc, T4, header_rows=1, widths_cm=[9.0, 3.0, 12.0], size=10, left_cols=(0, 2))
docx_p(doc, "")
docx_p(doc, "Руководитель МОЦ                         Д.Б. Цыдыпова\n"
       "Начальник МКУ «РУО»                      С.В. Ларионова\n27.01.2025")

tmp = os.path.join(OUT, STEM + ".docx")
doc.save(tmp)
soffice_convert(tmp, "pdf", OUT)
os.remove(tmp)
write_outputs(STEM, "pdf", MUN, REG, YEAR, F, extra={"window": 3})
print(STEM, len(F.items))
