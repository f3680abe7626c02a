"""r7_11: Корсаковский городской округ (Сахалинская область), МОЦ passport 2024, odt.

odt written natively with odfpy.
OUTSIDE THE BRIEF:
  * «Паспорт МОЦ» — a two-column «показатель | значение» table with numbered
    section sub-header rows spanning both columns; values carry units and
    remarks in the same cell («9 ед., из них 3 ИП», «79,4 % (по области – 80,6 %)»);
  * two matrices «направленность × тип поставщика» (ЦДТ | ДЮСШ |
    общеобразовательные организации | НКО и ИП | Всего) for programmes and for
    pupils; the per-direction figure is the right-hand «Всего» column.
"""
import os
from common import Figures, n, d, NBSP, OUT, Odt, write_outputs

STEM = "r7_11_korsakovskiy_go_pasport"
MUN, REG, YEAR = "Корсаковский городской округ", "Сахалинская область", 2024
F = Figures()
A = F.add

o = Odt(size="12pt")
o.p("Департамент социального развития администрации Корсаковского городского округа",
    bold=True, align="center")
o.p("694020, Сахалинская область, г. Корсаков, ул. Советская, д. 41; тел. 8 (42435) 4-11-36; "
    "ИНН 6504019877", align="center", size="9pt")
F.trap("postcode 694020, phone, ИНН")
o.p("")
o.p("ПАСПОРТ\nмуниципального опорного центра дополнительного образования детей\n"
    "Корсаковского городского округа по состоянию на 31.12.2024", bold=True, align="center")
o.p("")
rows = [["Показатель", "Значение"]]
span = []
def sec(t):
    span.append(len(rows))
    rows.append([t, ""])
def r(label, cell, key=None, value=None, written=None, anchor=None, reading=None):
    if key:
        A(key, value, written, anchor or label, where="Паспорт, столбец «Значение»", col=1,
          reading=reading)
    rows.append([label, cell])

sec("1. Общие сведения")
r("Организация – оператор МОЦ", "МАУ ДО «Центр детского творчества» Корсаковского городского "
  "округа")
r("Документ о создании МОЦ", "приказ департамента социального развития от 01.09.2020 № 312")
r("Руководитель МОЦ", "Пак Елена Сергеевна, 8 (42435) 4-20-18")
sec("2. Сеть дополнительного образования")
r("Организации дополнительного образования", "2 ед. (МАУ ДО ЦДТ, МБУ ДО «ДЮСШ»)",
  "organizations_total", 2, "2 ед.")
r("Организации и ИП в реестре поставщиков ПФДО", "9 ед., из них 3 ИП", "providers_registry", 9,
  "9 ед.")
r("Новые места дополнительного образования, созданные в 2024 году", "25 мест", "new_places", 25,
  "25 мест")
sec("3. Контингент")
r("Численность детей в возрасте 5–18 лет (справочно)", f"5{NBSP}204 чел.")
r("Обучающиеся без повторного счёта", f"4{NBSP}132 чел.", "students_total", 4132, f"4{NBSP}132")
r("Охват детей 5–18 лет дополнительным образованием", "79,4 % (по области – 80,6 %)",
  "coverage_pct", 79.4, "79,4 %")
r("Обучающиеся с ОВЗ", "121 чел.", "students_ovz", 121, "121 чел.")
r("Обучающиеся дети-инвалиды", "37 чел.", "students_disabled", 37, "37 чел.")
sec("4. Персонифицированное финансирование")
r("Номинал сертификата", "16 450,00 руб.", "certificate_nominal_rub", 16450.0, "16 450,00 руб.")
r("Выдано сертификатов", "3 880 шт.", "certificates_issued", 3880, "3 880 шт.")
r("Активные сертификаты", "1 604 шт.", "certificates_active", 1604, "1 604 шт.")
r("Обучаются по сертификатам", "1 571 чел.", "certificate_students", 1571, "1 571 чел.")
r("Доля детей, обучающихся по сертификатам", "30,2 %", "certificate_share_pct", 30.2, "30,2 %")
sec("5. Программы")
r("Дополнительные общеобразовательные программы, всего", "158 ед.", "programs_total", 158,
  "158 ед.")
r("Программы с положительным заключением НОК", "3 ед. (подано на НОК – 5)", "programs_nok", 3,
  "3 ед.")
sec("6. Деятельность МОЦ")
r("Мероприятия для обучающихся / охват", "11 / 1 204 чел.")
r("Мероприятия для родителей / охват", "5 / 296 чел.")
r("Мероприятия для педагогов / охват", "8 / 141 чел.")
for lab, k1, v1, k2, v2, w2 in [
        ("Мероприятия для обучающихся / охват", "events_students", 11, "events_students_reach",
         1204, "1 204 чел."),
        ("Мероприятия для родителей / охват", "events_parents", 5, "events_parents_reach", 296,
         "296 чел."),
        ("Мероприятия для педагогов / охват", "events_teachers", 8, "events_teachers_reach", 141,
         "141 чел.")]:
    A(k1, v1, f"{v1} /", lab, where="Паспорт, раздел 6, before «/»", col=1)
    A(k2, v2, w2, lab, where="Паспорт, раздел 6, after «/»", col=1)
F.trap("Паспорт: приказ № 312, phone of the head; population 5 204 (справочно); «по области – "
       "80,6 %»; «из них 3 ИП»; «подано на НОК – 5»")
o.table(rows, [10.0, 7.0], header_rows=1, span_rows=span, bold_rows=tuple(span), size="10pt",
        left_cols=(0, 1))
o.p("")
o.p("Таблица 1. Программы по направленностям и типам поставщиков, ед.", italic=True,
    align="center", size="11pt")
provs = ["МАУ ДО ЦДТ", "МБУ ДО «ДЮСШ»", "Общеобраз. организации", "НКО и ИП", "Всего"]
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
labels = ["Художественная", "Физкультурно-спортивная", "Социально-гуманитарная",
          "Естественнонаучная", "Техническая", "Туристско-краеведческая"]
P = [[31, 0, 12, 4], [0, 14, 9, 2], [14, 0, 21, 3], [7, 0, 8, 0], [11, 0, 10, 2], [4, 2, 4, 0]]
S = [[602, 0, 410, 96], [0, 840, 322, 58], [280, 0, 512, 71], [140, 0, 188, 0],
     [214, 0, 236, 38], [88, 54, 97, 0]]
def matrix(vals, prefix, unit_fmt):
    t = [["Направленность"] + provs]
    for k, lab, v in zip(dirs, labels, vals):
        tot = sum(v)
        t.append([lab] + [unit_fmt(x) if x else "–" for x in v] +
                 [A(prefix + k, tot, unit_fmt(tot), lab, col=5,
                    where=f"Таблица {'1' if prefix == 'programs_' else '2'}, «Всего»")])
    cols = [sum(v[i] for v in vals) for i in range(4)]
    t.append(["Итого"] + [unit_fmt(c) for c in cols] + [unit_fmt(sum(cols))])
    return t
T1 = matrix(P, "programs_", str)
assert sum(map(sum, P)) == 158
o.table(T1, [4.6, 2.4, 2.6, 2.9, 2.2, 2.0], header_rows=1, bold_rows=(7,), size="10pt",
        left_cols=(0,))
o.p("")
o.p("Таблица 2. Обучающиеся по направленностям и типам поставщиков (с повторным счётом), чел.",
    italic=True, align="center", size="11pt")
T2 = matrix(S, "students_", n)
o.table(T2, [4.6, 2.4, 2.6, 2.9, 2.2, 2.0], header_rows=1, bold_rows=(7,), size="10pt",
        left_cols=(0,))
F.trap(f"Таблицы 1–2: provider-type columns are parts; Итого pupils {n(sum(map(sum, S)))} "
       "с повторным счётом")
o.p("")
o.p("По сравнению с 2023 годом охват детей дополнительным образованием вырос на "
    f"{A('coverage_growth_pct', 0.9, '0,9', 'вырос на', where='prose after the tables')} %, "
    "численность обучающихся увеличилась на "
    f"{A('coverage_growth_children', 64, '64', 'увеличилась на', where='prose after the tables')}"
    " человека. В мероприятиях по развитию профессионального мастерства приняли участие "
    f"{A('teachers_pd_participants', 52, '52', 'профессионального мастерства', where='prose after the tables')}"
    " педагога.", align="justify", indent="1.25cm")
o.p("Для сравнения: охват детей дополнительным образованием в соседнем Анивском городском "
    "округе составил 77,1 %, в городском округе «Город Южно-Сахалинск» – 83,4 %. В 2025 году "
    "планируется создать ещё 40 новых мест и довести охват до 80,0 %.", align="justify",
    indent="1.25cm")
F.trap("neighbours Анивский ГО 77,1 %, Южно-Сахалинск 83,4 %; plan 2025: 40 places, 80,0 %")
o.p("")
o.p("Начальник департамента социального развития                         О.В. Андреева")
o.p("Дата: 24.01.2025", size="10pt")

path = os.path.join(OUT, STEM + ".odt")
o.save(path)
write_outputs(STEM, "odt", MUN, REG, YEAR, F, extra={"notes": [
    "Раздел 6 of the passport gives «events / reach» in one cell: «11 / 1 204 чел.»."]})
print(path, len(F.items))
