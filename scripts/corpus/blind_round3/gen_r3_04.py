"""r3_04: Мичуринск (Тамбовская обл.), information on programmes by
organisation, 2024 (docx).  NOT IN BRIEF: a per-organisation table (УДО and
schools) with two subtotal rows («Итого по УДО», «Итого по ОО») and a grand
total «Всего по городскому округу»; organizations_total only in words;
a one-row transposed direction table with «Всего» last."""
import os
import datetime
from common import *

NAME = "r3_04_michurinsk_organizacii"
Y = 2024
POP = 12993
ST = 10316
COV = pct(ST, POP)
check(COV == 79.4, COV)
UDO = [
    ("МБУ ДО «Центр детского творчества»", 64, 3820, 96, 31, 1310),
    ("МБУ ДО «Станция юных техников»", 28, 1215, 30, 8, 540),
    ("МБУ ДО «Спортивная школа № 1»", 12, 1480, 18, 5, 0),
    ("МБУ ДО «Эколого-биологический центр»", 19, 905, 22, 6, 310),
]
OO = [
    ("МБОУ СОШ № 1", 11, 540, 14, 4, 120),
    ("МБОУ СОШ № 2", 9, 410, 9, 3, 95),
    ("МБОУ «Гимназия»", 14, 760, 12, 2, 180),
    ("МБОУ «Лицей»", 12, 690, 8, 3, 150),
    ("МБОУ СОШ № 5", 8, 380, 11, 5, 60),
    ("МБОУ СОШ № 7", 10, 455, 7, 2, 85),
    ("МБОУ СОШ № 15", 7, 300, 10, 4, 40),
    ("МБОУ СОШ № 18", 9, 420, 6, 1, 70),
    ("МБОУ СОШ № 19", 9, 390, 9, 3, 55),
]


def tot(rows):
    return [sum(r[i] for r in rows) for i in range(1, 6)]


TU, TO = tot(UDO), tot(OO)
TA = [a + b for a, b in zip(TU, TO)]
check(TA == [212, 11765, 252, 77, 3015], TA)
CERT_SH = pct(TA[4], ST)
check(CERT_SH == 29.2, CERT_SH)
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
DP = [70, 34, 25, 9, 44, 30]
DS = [3950, 1680, 1105, 420, 2430, 2180]
check(sum(DP) == TA[0] and sum(DS) == TA[1], "dirs")


def fmt_row(no, r):
    vals = [str(r[1]), n(r[2]), str(r[3]), str(r[4]),
            n(r[5]) if r[5] else "–"]
    return [no, r[0]] + vals


doc = new_doc(size=12, created=datetime.datetime(2025, 2, 3, 10, 0))
para(doc, "Комитет по образованию администрации города Мичуринска",
     align="center", bold=True)
para(doc, "Муниципальный опорный центр", align="center")
para(doc, "")
para(doc, "ИНФОРМАЦИЯ", bold=True, align="center")
para(doc, "о реализации дополнительных общеобразовательных программ в "
     "организациях городского округа – город Мичуринск Тамбовской области "
     "в 2024 году", bold=True, align="center")
para(doc, "")
para(doc, "Дополнительное образование детей в городском округе реализуют "
     "четыре учреждения дополнительного образования и девять "
     "общеобразовательных организаций. Кроме того, в двух детских школах "
     "искусств, подведомственных управлению культуры, обучаются 1 236 детей "
     "(в настоящую информацию не включены).", indent=True, align="justify")
para(doc, "Таблица 1. Сведения по организациям", bold=True)
grid = [
    ["№ п/п", "Организация", "Кол-во ДООП, ед.",
     "Обучающиеся (с повторным счётом), чел.", "", "",
     "Обучаются по сертификатам ПФДО, чел."],
    ["", "", "", "всего", "из них с ОВЗ", "дети-инвалиды", ""],
    ["1", "2", "3", "4", "5", "6", "7"],
]
bold = []
no = 1
grid.append(["", "Учреждения дополнительного образования", "", "", "", "", ""])
sec1 = len(grid) - 1
for r in UDO:
    grid.append(fmt_row(str(no), r)); no += 1
grid.append(["", "Итого по УДО", str(TU[0]), n(TU[1]), str(TU[2]), str(TU[3]),
             n(TU[4])]); bold.append(len(grid) - 1)
grid.append(["", "Общеобразовательные организации", "", "", "", "", ""])
sec2 = len(grid) - 1
for r in OO:
    grid.append(fmt_row(str(no), r)); no += 1
grid.append(["", "Итого по ОО", str(TO[0]), n(TO[1]), str(TO[2]), str(TO[3]),
             n(TO[4])]); bold.append(len(grid) - 1)
grid.append(["", "Всего по городскому округу", str(TA[0]), n(TA[1]),
             str(TA[2]), str(TA[3]), n(TA[4])]); bold.append(len(grid) - 1)
bold += [sec1, sec2]
table(doc, grid, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5),
                         (0, 6, 1, 6), (sec1, 1, sec1, 6), (sec2, 1, sec2, 6)],
      header_rows=2, bold_rows=tuple(bold), size=9,
      widths=[1.0, 6.4, 1.8, 2.2, 1.8, 1.8, 2.4])
para(doc, "")
para(doc, f"Численность обучающихся без повторного счёта составляет {n(ST)} "
     f"детей, или {d(COV)} % от численности детей в возрасте 5–18 лет, "
     f"проживающих в городском округе ({n(POP)} чел. по данным Тамбовстата). "
     f"В 2023 году охват составлял 78,6 %, в Мичуринском муниципальном округе "
     f"в 2024 году – 71,3 %.", indent=True, align="justify")
para(doc, f"По сертификатам ПФДО обучаются {n(TA[4])} детей ({d(CERT_SH)} % от "
     f"общего числа обучающихся). Номинал сертификата в 2024 году – "
     f"6 345 рублей 00 копеек.", indent=True, align="justify")
para(doc, "Таблица 2. Распределение программ и обучающихся по направленностям",
     bold=True)
g2 = [["", "Худож.", "Технич.", "Естеств.-науч.", "Турист.-краевед.",
       "Соц.-гуман.", "Физк.-спорт.", "Всего"],
      ["Программы, ед."] + [str(x) for x in DP] + [str(sum(DP))],
      ["Обучающиеся, чел."] + [n(x) for x in DS] + [n(sum(DS))]]
table(doc, g2, header_rows=1, size=9, label_cols=(0,),
      widths=[3.4, 1.8, 1.8, 2.0, 2.0, 1.8, 1.8, 1.8])
para(doc, "")
para(doc, "Таблица 3. Сеть организаций и сертификаты (по состоянию на начало "
     "и на конец отчётного года)", bold=True)
g3 = [["Показатель", "на 01.01.2024", "на 01.01.2025"],
      ["Учреждения дополнительного образования, ед.", "4", "4"],
      ["Организации в реестре поставщиков ПФДО, ед.", "15", "18"],
      ["Выдано сертификатов дополнительного образования (нарастающим "
       "итогом), шт.", n(9840), n(10410)]]
table(doc, g3, header_rows=1, size=10, label_cols=(0,),
      widths=[10.0, 3.0, 3.0])
para(doc, "")
para(doc, "Организации расположены по адресам: ЦДТ – ул. Советская, 291; "
     "СЮТ – ул. Красная, 48; спортивная школа – ул. Лаврова, 83. "
     "Телефон МОЦ: 8 (47545) 5-22-19.", size=10)
para(doc, "Председатель комитета по образованию                  А.Н. Кононов")

src = os.path.join(BUILD, NAME + ".docx")
doc.save(src)
publish(src, NAME + ".docx")

write_gold(NAME, "город Мичуринск", "Тамбовская область", Y, {
    "organizations_total": 4, "providers_registry": 18,
    "programs_total": TA[0],
    **{f"programs_{k}": DP[i] for i, k in enumerate(KEYS)},
    "students_total": ST,
    **{f"students_{k}": DS[i] for i, k in enumerate(KEYS)},
    "coverage_pct": COV, "students_ovz": TA[2], "students_disabled": TA[3],
    "certificate_nominal_rub": 6345.0, "certificates_issued": 10410,
    "certificate_students": TA[4],
    "certificate_share_pct": CERT_SH,
})
print("ok", NAME)
