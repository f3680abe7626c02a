"""r7_08: Ахтубинский район (Астраханская область), analytical note 2024, txt UTF-8.

Plain UTF-8 text (LF) with «|» tables: a main table with columns
2023 | 2024 | «Астраханская обл. (среднее)» and wrapped labels (values on the
first line), a transposed direction table (directions as columns, «Всего»
last), a ПФДО table; events in prose with one hedged number; one figure
stated twice with different values (the one agreeing with the coverage wins).
Inside the brief.
"""
import os
from common import Figures, n, d, OUT, write_outputs, text_wrap, pipe_table

STEM = "r7_08_akhtubinskiy_rayon_spravka"
MUN, REG, YEAR = "Ахтубинский район", "Астраханская область", 2024
F = Figures()
A = F.add
L = []
P = L.append

P("Управление образованием администрации МО «Ахтубинский муниципальный район»".center(92))
P("416500, Астраханская область, г. Ахтубинск, ул. Волгоградская, д. 141".center(92))
P("тел. (85141) 4-04-37, ОКТМО 12605000".center(92))
F.trap("postcode 416500, ул. Волгоградская 141, phone, ОКТМО 12605000")
P("")
P("АНАЛИТИЧЕСКАЯ СПРАВКА".center(92))
P("по итогам деятельности муниципального опорного центра дополнительного образования детей".center(92))
P("Ахтубинского района за 2024 год".center(92))
P("")
P(text_wrap("Муниципальный опорный центр (МОЦ) создан приказом управления образованием "
            "от 19.08.2019 № 402 на базе МБУ ДО «Ахтубинский районный Дом детского "
            "творчества». В районе проживает 7 118 детей в возрасте от 5 до 18 лет; "
            "в 26 общеобразовательных школах обучается 6 402 человека.", indent="    "))
F.trap("приказ 19.08.2019 № 402; population 7 118; 26 schools, 6 402 pupils")
P("")
P("1. Основные показатели")
P("")
rows = [["№", "Показатель", "2023", "2024", "Астраханская обл. (среднее)"]]
def r(no, label, v23, v24, reg, key=None, value=None, anchor=None):
    if key:
        A(key, value, v24, anchor or label, where="таблица 1, столбец «2024»",
          seq=[v23, v24, reg], pos=1)
    rows.append([no, label, v23, v24, reg])
r("1", "Организации дополнительного образования, ед.", "3", "3", "–", "organizations_total", 3,
  "Организации дополнительного")
r("2", "Организации в реестре поставщиков ПФДО (включая школы и ИП), ед.", "15", "18", "–",
  "providers_registry", 18, "Организации в реестре")
r("3", "Дополнительные общеобразовательные программы, ед.", "286", "301", "–",
  "programs_total", 301, "Дополнительные общеобразовательные")
r("4", "Программы с положительным заключением НОК, ед.", "5", "7", "–", "programs_nok", 7,
  "Программы с положительным")
r("5", "Обучающиеся без повторного счёта, чел.", "5 610", "5 744", "–", "students_total", 5744,
  "Обучающиеся без повторного")
r("6", "Охват детей 5–18 лет дополнительным образованием, %", "78,9", "80,7", "79,6",
  "coverage_pct", 80.7, "Охват детей 5–18 лет")
r("7", "Обучающиеся с ОВЗ, чел.", "174", "181", "–", "students_ovz", 181, "Обучающиеся с ОВЗ")
r("8", "из них дети-инвалиды, чел.", "58", "61", "–", "students_disabled", 61,
  "из них дети-инвалиды")
r("9", "Новые места дополнительного образования, ед.", "40", "60", "–", "new_places", 60,
  "Новые места")
P(pipe_table(rows, [2, 40, 7, 7, 14], align=["r", "l", "r", "r", "r"]))
F.trap("таблица 1: 2023 column; regional average 79,6; row numbers 1–9")
P("")
P(text_wrap("Охват детей дополнительным образованием вырос на "
            f"{A('coverage_growth_pct', 1.8, '1,8', 'Охват детей дополнительным образованием вырос на', where='prose after таблица 1')} %"
            ", число обучающихся – на "
            f"{A('coverage_growth_children', 134, '134', 'число обучающихся – на', where='prose after таблица 1')}"
            " человека. В соседнем ЗАТО Знаменск охват составил 86,2 %, в Харабалинском "
            "районе – 77,5 %. Целевое значение на 2025 год – 81,0 %.", indent="    "))
F.trap("neighbours ЗАТО Знаменск 86,2 %, Харабалинский район 77,5 %; target 2025 81,0 %")
P("")
P("2. Программы и обучающиеся по направленностям (обучающиеся – с повторным счётом)")
P("")
heads = ["Худож.", "Физк.-спорт.", "Соц.-гум.", "Ест.-науч.", "Техн.", "Тур.-краев."]
keys = ["art", "sport", "social", "science", "tech", "tourism"]
pr = [88, 59, 71, 30, 38, 15]
st = [2730, 2216, 1644, 618, 802, 311]
ovz = [71, 18, 66, 12, 14, 6]
assert sum(pr) == 301
sp = [str(v) for v in pr] + [str(sum(pr))]
ss = [n(v) for v in st] + [n(sum(st))]
rows2 = [["Показатель"] + heads + ["Всего"],
         ["Программы, ед."] + [A("programs_" + k, v, str(v), "Программы, ед.",
                                 where=f"таблица 2, столбец «{h}»", seq=sp, pos=i)
                               for i, (k, v, h) in enumerate(zip(keys, pr, heads))] + [sp[-1]],
         ["Обучающиеся, чел."] + [A("students_" + k, v, n(v), "Обучающиеся, чел.",
                                    where=f"таблица 2, столбец «{h}»", seq=ss, pos=i)
                                  for i, (k, v, h) in enumerate(zip(keys, st, heads))] + [ss[-1]],
         ["в т.ч. с ОВЗ, чел."] + [str(v) for v in ovz] + [str(sum(ovz))]]
P(pipe_table(rows2, [18, 6, 12, 9, 10, 5, 11, 6]))
F.trap(f"таблица 2: ОВЗ by direction (sum {sum(ovz)} с повторным счётом); "
       f"«Всего» pupils {n(sum(st))} с повторным счётом")
P("")
P("3. Персонифицированное финансирование")
P("")
rows3 = [["Показатель", "Значение"]]
for key, val, w, lab in [("certificate_nominal_rub", 9876.0, "9 876,00", "Номинал сертификата, руб."),
                         ("certificates_issued", 6112, "6 112", "Выдано сертификатов, шт."),
                         ("certificates_active", 2540, "2 540",
                          "Активные сертификаты (использованы для записи), шт."),
                         ("certificate_students", 2498, "2 498",
                          "Дети, обучающиеся по сертификатам, чел."),
                         ("certificate_share_pct", 35.1, "35,1",
                          "Доля детей 5–18 лет, обучающихся по сертификатам, %")]:
    rows3.append([lab, A(key, val, w, lab, where="таблица 3")])
P(pipe_table(rows3, [52, 10]))
P("")
P("4. Деятельность МОЦ")
P("")
P(text_wrap("В 2024 году МОЦ провёл для обучающихся "
            f"{A('events_students', 19, '19', 'МОЦ провёл для обучающихся', where='prose, section 4')}"
            " мероприятий (конкурсы, фестивали, профильные смены), в которых приняли участие "
            f"{A('events_students_reach', 2105, '2 105', 'в которых приняли участие', where='prose, section 4')}"
            " детей. Для родителей организовано "
            f"{A('events_parents', 8, '8', 'Для родителей организовано', where='prose, section 4')}"
            " мероприятий, их посетили более 600 человек. Для педагогов проведено "
            f"{A('events_teachers', 10, '10', 'Для педагогов проведено', where='prose, section 4')}"
            " семинаров и мастер-классов с общим охватом "
            f"{A('events_teachers_reach', 254, '254', 'с общим охватом', where='prose, section 4')}"
            " человека; участниками мероприятий по развитию профессионального мастерства стали "
            f"{A('teachers_pd_participants', 112, '112', 'профессионального мастерства стали', where='prose, section 4')}"
            " педагогов.", indent="    "))
F.trap("hedged «более 600 человек» parents' reach: not in gold")
P("")
P("5. Выводы")
P("")
P(text_wrap("Таким образом, в 2024 году в системе дополнительного образования района занято "
            "5 774 ребёнка, показатели регионального проекта «Успех каждого ребёнка» выполнены. "
            "В 2025 году планируется открыть 2 новых объединения технической направленности и "
            "довести число программ до 320.", indent="    "))
F.trap("conflict: conclusion says 5 774 children, table 1 says 5 744; 5 744 agrees with "
       "the coverage (5 744 / 7 118 = 80,7 %), 5 774 would give 81,1 % -> gold 5 744; "
       "plan 2025: 320 programmes")
P("")
P("Руководитель МОЦ                                   О.П. Дюсенова")
P("Начальник управления образованием                  В.А. Колесникова")
P("31.01.2025")

path = os.path.join(OUT, STEM + ".txt")
with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(L) + "\n")
write_outputs(STEM, "txt", MUN, REG, YEAR, F, extra={"encoding": "utf-8", "window": 2, "notes": [
    "students_total is stated twice (5 744 in таблица 1, 5 774 in the conclusion); the hard-case "
    "rule keeps the value that agrees with the coverage: 5 744."]})
print(path, len(F.items))
