"""r3_07: город Димитровград (Ульяновская обл.), MOC report with quarterly
dynamics for 2025 -> pdf.  NOT IN BRIEF: (a) a comparison across quarters
«I кв. | II кв. | III кв. | IV кв. | 2025 год (итого)» where quarter cells are
parts (flows) or snapshots (stocks) and only the year column is the figure;
(b) a value-first table «Значение | Ед. изм. | Показатель» (units in their own
column, label last); (c) a direction table with «Всего» FIRST."""
import os
import datetime
from common import *

NAME = "r3_07_dimitrovgrad_kvartaly"
Y = 2025
POP = 20180
Q_ST = [15940, 15870, 14120, 16310]
ST = Q_ST[3]
Q_COV = [pct(x, POP) for x in Q_ST]
COV = Q_COV[3]
check(Q_COV == [79.0, 78.6, 70.0, 80.8], Q_COV)
EV = {
    "students": ([9, 12, 6, 14], [1020, 1480, 760, 1650]),
    "parents": ([3, 4, 1, 5], [260, 410, 90, 520]),
    "teachers": ([5, 6, 2, 7], [84, 112, 35, 131]),
}
CERTS = [14210, 14560, 15830, 16020]
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
DP = [130, 62, 44, 16, 88, 62]
PT = sum(DP)
check(PT == 402, PT)
CERT_ST = 5470
SH = pct(CERT_ST, ST)
check(SH == 33.5, SH)

doc = new_doc(size=11, created=datetime.datetime(2026, 1, 19, 10, 0))
para(doc, "Муниципальный опорный центр дополнительного образования детей",
     align="center", bold=True)
para(doc, "города Димитровграда Ульяновской области", align="center", bold=True)
para(doc, "")
para(doc, "ОТЧЁТ", align="center", bold=True)
para(doc, "о деятельности МОЦ в 2025 году: поквартальная динамика показателей",
     align="center")
para(doc, "")
para(doc, "1. Поквартальная динамика", bold=True)
para(doc, "Мероприятия МОЦ учитываются за квартал, численность обучающихся и "
     "сертификатов – на последний день квартала. Итоговая графа содержит "
     "значения за 2025 год (для численности – на 31.12.2025).", indent=True,
     align="justify")
g = [["Показатель", "I кв.", "II кв.", "III кв.", "IV кв.",
      "2025 год (итого)"]]


def ev(label, key, reach_label):
    c, r = EV[key]
    g.append([label] + [str(x) for x in c] + [str(sum(c))])
    g.append([reach_label] + [n(x) for x in r] + [n(sum(r))])


ev("Мероприятия для обучающихся, ед.", "students", "  охват обучающихся, чел.")
ev("Мероприятия для родителей, ед.", "parents", "  охват родителей, чел.")
ev("Мероприятия для педагогов, ед.", "teachers", "  охват педагогов, чел.")
g.append(["Выдано сертификатов (нарастающим итогом), шт."] +
         [n(x) for x in CERTS] + [n(CERTS[3])])
g.append(["Численность обучающихся без повторного счёта на конец периода, чел."]
         + [n(x) for x in Q_ST] + [n(ST)])
g.append(["Охват детей 5–18 лет, %"] + [d(x) for x in Q_COV] + [d(COV)])
table(doc, g, header_rows=1, size=9, widths=[6.6, 1.8, 1.8, 1.8, 1.8, 2.6],
      label_cols=(0,))
para(doc, "")
para(doc, "Снижение численности обучающихся в III квартале связано с летним "
     "периодом (окончание учебного года, выпуск 11-х классов); к концу года "
     "контингент восстановлен и превысил показатель I квартала на 370 детей.",
     indent=True, align="justify")
para(doc, "2. Основные показатели за 2025 год", bold=True)
g2 = [["Значение", "Ед. изм.", "Показатель"],
      ["9", "ед.", "организаций дополнительного образования"],
      ["41", "ед.", "организация в реестре поставщиков ПФДО (в т.ч. 8 ИП)"],
      [str(PT), "ед.", "дополнительных общеобразовательных программ, всего"],
      ["13", "ед.", "программ с положительным заключением НОК"],
      ["612", "чел.", "обучающихся с ОВЗ"],
      ["198", "чел.", "обучающихся детей-инвалидов"],
      ["10 200,00", "руб.", "номинал сертификата"],
      [n(CERT_ST), "чел.", "детей обучаются с использованием сертификатов"],
      [d(SH), "%", "доля обучающихся по сертификатам"],
      ["240", "мест", "создано новых мест дополнительного образования"],
      [n(POP), "чел.", "численность детей 5–18 лет (Ульяновскстат, справочно)"]]
table(doc, g2, header_rows=1, size=10, widths=[2.6, 1.8, 11.0],
      label_cols=(2,), num_align="right")
para(doc, "")
para(doc, "3. Программы по направленностям (ед.)", bold=True)
g3 = [["Всего", "Художеств.", "Технич.", "Естеств.-науч.", "Тур.-краев.",
       "Соц.-гум.", "Физк.-спорт."],
      [str(PT)] + [str(x) for x in DP]]
table(doc, g3, header_rows=1, size=9, label_cols=(),
      widths=[1.8, 2.6, 2.0, 2.6, 2.3, 2.0, 2.4])
para(doc, "")
para(doc, "Охват детей дополнительным образованием в Мелекесском районе – "
     "72,4 %, в среднем по Ульяновской области – 79,1 %. В 2026 году "
     "планируется создать 150 новых мест и довести охват до 81,5 %.",
     indent=True, align="justify")
para(doc, "Руководитель МОЦ                                   С.В. Гаврилова")
para(doc, "«19» января 2026 г.")

src = os.path.join(BUILD, NAME + ".docx")
doc.save(src)
pdf = soffice_convert(src, "pdf")
publish(pdf, NAME + ".pdf")

write_gold(NAME, "город Димитровград", "Ульяновская область", Y, {
    "organizations_total": 9, "providers_registry": 41, "programs_total": PT,
    **{f"programs_{k}": DP[i] for i, k in enumerate(KEYS)},
    "programs_nok": 13, "students_total": ST, "coverage_pct": COV,
    "students_ovz": 612, "students_disabled": 198,
    "certificate_nominal_rub": 10200.0, "certificates_issued": CERTS[3],
    "certificate_students": CERT_ST, "certificate_share_pct": SH,
    "new_places": 240,
    "events_parents": sum(EV["parents"][0]),
    "events_parents_reach": sum(EV["parents"][1]),
    "events_students": sum(EV["students"][0]),
    "events_students_reach": sum(EV["students"][1]),
    "events_teachers": sum(EV["teachers"][0]),
    "events_teachers_reach": sum(EV["teachers"][1]),
})
print("ok", NAME)
