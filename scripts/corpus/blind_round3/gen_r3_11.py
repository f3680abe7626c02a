"""r3_11: город Череповец (Вологодская обл.), talk with slides at the August
conference 2025 on the 2024/2025 school year -> odt (docx -> LibreOffice).
Shapes: «Слайд N» blocks; big numbers on their own line with the label below;
a text chart (axis of school years, values above); a years-as-rows table with
school years «2021/2022 … 2024/2025»; per-direction list."""
import os
import datetime
from common import *

NAME = "r3_11_cherepovec_vystuplenie"
Y = 2025
POP = 51930
ST = 42615
COV = pct(ST, POP)
check(COV == 82.1, COV)
ST_PREV = 41185
GROWTH = ST - ST_PREV
check(GROWTH == 1430, GROWTH)
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
DN = ["Художественная", "Техническая", "Естественнонаучная",
      "Туристско-краеведческая", "Социально-гуманитарная",
      "Физкультурно-спортивная"]
P = [318, 142, 96, 38, 176, 142]
PT = sum(P)
check(PT == 912, PT)
CERT_ST = 14780
SH = pct(CERT_ST, ST)
check(SH == 34.7, SH)
SY = ["2021/2022", "2022/2023", "2023/2024", "2024/2025"]
SY_COV = [77.4, 79.0, 80.6, COV]
SY_PR = [801, 846, 880, PT]

doc = new_doc(font="Arial", size=12, created=datetime.datetime(2025, 8, 25, 10, 0))
para(doc, "Выступление начальника управления образования мэрии города Череповца",
     bold=True, align="center")
para(doc, "на августовском педагогическом совещании 27.08.2025", align="center")
para(doc, "«Дополнительное образование: итоги 2024/2025 учебного года и задачи "
     "на новый учебный год»", align="center", italic=True)
para(doc, "")


def slide(no, title):
    para(doc, f"Слайд {no}", bold=True, size=10)
    if title:
        para(doc, title, bold=True)


def big(num, label, above=None):
    if above:
        para(doc, above, align="center", size=11)
    para(doc, num, bold=True, align="center", size=28, space_after=0)
    para(doc, label, align="center", size=11)


slide(1, "")
para(doc, "Уважаемые коллеги! Позвольте подвести итоги 2024/2025 учебного года "
     "в системе дополнительного образования детей нашего города.",
     align="justify")
slide(2, "Охват детей дополнительным образованием")
big(n(ST), "детей занимаются в объединениях дополнительного образования\n"
    "(без повторного счёта)")
big(f"{d(COV)} %", "охват детей в возрасте от 5 до 18 лет",
    above=f"из {n(POP)} детей 5–18 лет, проживающих в городе")
para(doc, "Почти 43 тысячи ребят каждую неделю приходят в наши кружки и "
     "секции.", align="justify")
para(doc, f"Это на {n(GROWTH)} детей больше, чем год назад. Областной "
     f"показатель – 80,2 %, в Вологде – 83,4 %, в Череповецком муниципальном "
     f"районе – 70,5 %.", align="justify")
slide(3, "Динамика охвата, %")
para(doc, "   " + "        ".join(d(x) for x in SY_COV), size=10)
para(doc, "   " + "   ".join(SY), size=10)
para(doc, "   (учебный год)", size=9, italic=True)
slide(4, "Программы и охват по учебным годам")
g = [["Учебный год", "Количество программ, ед.", "Охват детей 5–18 лет, %"]]
for i, y in enumerate(SY):
    g.append([y, str(SY_PR[i]), d(SY_COV[i])])
table(doc, g, header_rows=1, widths=[4.0, 5.0, 5.0], size=11, label_cols=(0,))
para(doc, "")
slide(5, "Программы по направленностям (2024/2025)")
for i, dn in enumerate(DN):
    para(doc, f"{dn} – {P[i]}", space_after=0)
para(doc, f"Итого: {PT} программ")
para(doc, "Положительное заключение независимой оценки качества получила "
     "21 программа; ещё 9 программ направлены на доработку.", align="justify")
slide(6, "Персонифицированное финансирование")
big("9 480 ₽", "номинал сертификата")
big(n(47320), "сертификатов выдано")
big(n(CERT_ST), f"детей обучаются по сертификатам ({d(SH)} %)")
slide(7, "Инклюзия")
para(doc, "В объединениях занимаются 1 415 детей с ОВЗ и 436 детей-инвалидов. "
     "Это 3,3 % от всех обучающихся.", align="justify")
slide(8, "Новые места")
big("520", "новых мест создано в 2024/2025 учебном году")
para(doc, "В 2025/2026 учебном году планируем создать ещё 300 мест, в том "
     "числе 120 – в кванториуме.", align="justify")
para(doc, "Муниципальный опорный центр провёл за год более 60 мероприятий для "
     "детей и родителей.", align="justify")
slide(9, "Задачи на 2025/2026 учебный год")
for t in ["1. Довести охват детей дополнительным образованием до 83 %.",
          "2. Увеличить долю программ технической направленности до 17 %.",
          "3. Обеспечить участие не менее 150 педагогов в конкурсах "
          "профессионального мастерства."]:
    para(doc, t, space_after=1)
slide(10, "")
para(doc, "Спасибо за внимание!", bold=True, align="center")

src = os.path.join(BUILD, NAME + ".docx")
doc.save(src)
odt = soffice_convert(src, "odt")
publish(odt, NAME + ".odt")

write_gold(NAME, "город Череповец", "Вологодская область", Y, {
    "programs_total": PT, **{f"programs_{k}": P[i] for i, k in enumerate(KEYS)},
    "programs_nok": 21, "students_total": ST, "coverage_pct": COV,
    "coverage_growth_children": GROWTH, "students_ovz": 1415,
    "students_disabled": 436, "certificate_nominal_rub": 9480.0,
    "certificates_issued": 47320, "certificate_students": CERT_ST,
    "certificate_share_pct": SH, "new_places": 520,
})
print("ok", NAME)
