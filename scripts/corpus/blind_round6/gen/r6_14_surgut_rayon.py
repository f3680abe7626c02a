"""r6_14: Сургутский муниципальный район, Ханты-Мансийский автономный округ — Югра,
2024. Annex to the protocol of a municipal council (pdf) — OUTSIDE the
brief: a self-assessment table «значение | балл (0–5) | вес | взвешенный
балл», an extract from the regional rating with places, a similar-name
neighbour (город Сургут) and the okrug average, tables WITHOUT borders for
directions and МОЦ events, a hedged «свыше 20 тысяч»."""
from common import Gold, n, d, docx_helpers, OUT, DIRS, soffice_convert, tmp_path

NAME = "r6_14_surgutsky_rayon_prilozhenie_protokol"
g = Gold(NAME, "Сургутский муниципальный район", "Ханты-Мансийский автономный округ — Югра", 2024)
h = docx_helpers()

prog = dict(art=166, sport=97, social=118, science=52, tech=71, tourism=36)
stud = dict(art=9120, sport=7905, social=5330, science=1780, tech=2644, tourism=1395)
PROG, SREP = 540, 28174
g.check_sum(prog.values(), PROG)
g.check_sum(stud.values(), SREP)
POP, UNIQ, COV = 24998, 20424, 81.7
g.check_coverage(UNIQ, POP, COV)
CERT, CERT_SHARE = 6975, 27.9
g.check_share(CERT, POP, CERT_SHARE)
CRIT = [("1", "Охват детей 5–18 лет дополнительным образованием, %", d(COV), 5, 0.25),
        ("2", "Доля детей 5–18 лет, обучающихся по сертификатам финансирования, %",
         d(CERT_SHARE), 4, 0.15),
        ("3", "Количество дополнительных общеобразовательных программ, ед.", str(PROG), 5, 0.10),
        ("4", "Количество программ, получивших положительное заключение НОК, ед.", "18", 3, 0.10),
        ("5", "Численность обучающихся с ОВЗ, чел.", "702", 4, 0.10),
        ("5.1", "в т.ч. дети-инвалиды, чел.", "231", None, None),
        ("6", "Количество созданных новых мест, мест", "210", 5, 0.10),
        ("7", "Педагоги – участники мероприятий по развитию профессионального мастерства, чел.",
         "377", 4, 0.10),
        ("8", "Количество организаций – поставщиков в реестре ПФДО, ед.", "48", 4, 0.10)]
W = sum(c[4] for c in CRIT if c[4])
SCORE = round(sum(c[3] * c[4] for c in CRIT if c[4]), 2)
assert abs(W - 1) < 1e-9 and SCORE == 4.35

doc = h.new_doc(size=12, margins=(1.5, 1.5, 1.5, 2.5))
h.para(doc, "Приложение 3\nк протоколу заседания муниципального совета\nпо развитию "
       "дополнительного образования детей\nот 12.02.2025 № 1", align="r", size=10)
h.para(doc, "")
h.para(doc, "САМООЦЕНКА\nэффективности системы дополнительного образования детей "
       "Сургутского района за 2024 год\n(по критериям регионального мониторинга "
       "Департамента образования и науки ХМАО – Югры)", bold=True, align="c")
h.para(doc, "Подготовлено муниципальным опорным центром (МАУ ДО «Центр детского творчества», "
       "628415, ХМАО – Югра, Сургутский район, г. Лянтор; тел. 8 (34638) 2-14-77). "
       "Дополнительным образованием в районе охвачено свыше 20 тысяч детей; систему "
       "образуют 6 организаций дополнительного образования, 31 школа и 27 детских садов.",
       align="j", indent=1.25)
g.add("organizations_total", 6, "систему образуют")
h.para(doc, "Таблица 1. Оценка по критериям", italic=True, align="r", size=11)
t1 = [["№", "Критерий", "Значение за 2024 год", "Балл (0–5)", "Вес", "Взвешенный балл"]]
for num, lab, val, sc, w in CRIT:
    t1.append([num, lab, val, str(sc) if sc is not None else "—",
               d(w, 2) if w else "—", d(sc * w, 2) if w else "—"])
t1.append(["", "Итого", "", "", "1,00", d(SCORE, 2)])
h.table(doc, t1, header_rows=1, widths=[1.0, 8.0, 2.4, 1.6, 1.4, 2.2], size=10,
        align=["c", "l", "c", "c", "c", "c"], bold_rows=(len(t1) - 1,))
g.add("coverage_pct", COV, "Охват детей 5–18 лет")
g.add("certificate_share_pct", CERT_SHARE, "обучающихся по сертификатам")
g.add("programs_total", PROG, "общеобразовательных программ")
g.add("programs_nok", 18, "положительное заключение")
g.add("students_ovz", 702, "с ОВЗ")
g.add("students_disabled", 231, "дети-инвалиды")
g.add("new_places", 210, "новых мест")
g.add("teachers_pd_participants", 377, "профессионального мастерства")
g.add("providers_registry", 48, "реестре ПФДО")
h.para(doc, "")
h.para(doc, f"Расчетные данные: численность обучающихся без повторного счета – {n(UNIQ)} чел.; "
       f"численность детей 5–18 лет, проживающих в районе, – {n(POP)} чел.; обучаются по "
       f"сертификатам финансирования {n(CERT)} детей. Номинал сертификата – 21 316,00 руб. "
       f"Выдано {n(23110)} сертификатов, из них активных – {n(19800)}.", align="j",
       indent=1.25)
g.add("students_total", UNIQ, "без повторного счета")
g.add("certificate_students", CERT, "сертификатам финансирования")
g.add("certificate_nominal_rub", 21316.0, "Номинал сертификата")
g.add("certificates_issued", 23110, "Выдано")
g.add("certificates_active", 19800, "активных")

h.para(doc, "Таблица 2. Выписка из сводного рейтинга муниципальных образований ХМАО – Югры "
       "(по данным за 2024 год)", italic=True, align="r", size=11)
t2 = [["Место", "Муниципальное образование", "Охват, %", "Доля ПФДО, %", "Итоговый балл"],
      ["1", "город Ханты-Мансийск", "84,0", "29,2", "4,61"],
      ["2", "Сургутский район", d(COV), d(CERT_SHARE), d(SCORE, 2)],
      ["3", "город Сургут", "78,2", "30,1", "4,28"],
      ["4", "Нижневартовский район", "79,0", "24,4", "4,02"],
      ["…", "…", "…", "…", "…"],
      ["", "Среднее по ХМАО – Югре", "80,3", "26,6", "–"]]
h.table(doc, t2, header_rows=1, widths=[1.6, 6.5, 2.4, 2.8, 3.2], size=10,
        align=["c", "l", "c", "c", "c"])

h.page_break(doc)
h.para(doc, "Справочно: программы и обучающиеся по направленностям", bold=True)
LAB = {"art": "Художественная", "sport": "Физкультурно-спортивная",
       "social": "Социально-гуманитарная", "science": "Естественнонаучная",
       "tech": "Техническая", "tourism": "Туристско-краеведческая"}
t3 = [["Направленность", "Программ", "Обучающихся*"]]
for k in DIRS:
    t3.append([LAB[k], str(prog[k]), n(stud[k])])
    g.add("programs_" + k, prog[k], LAB[k])
    g.add("students_" + k, stud[k], LAB[k])
t3.append(["Всего", str(PROG), n(SREP)])
h.table(doc, t3, header_rows=1, borders=False, widths=[7, 3, 3.5], size=11,
        align=["l", "r", "r"], bold_rows=(7,))
h.para(doc, "* с повторным счетом", italic=True, size=9)
h.para(doc, "")
h.para(doc, "Мероприятия МОЦ в 2024 году", bold=True)
t4 = [["Целевая группа", "Мероприятий", "Охват, чел."],
      ["Родители (законные представители)", "16", n(1340)],
      ["Обучающиеся", "44", n(6205)],
      ["Педагогические работники", "30", "845"]]
h.table(doc, t4, header_rows=1, borders=False, widths=[7, 3, 3.5], size=11,
        align=["l", "r", "r"])
g.add("events_parents", 16, "Родители")
g.add("events_parents_reach", 1340, "Родители")
g.add("events_students", 44, "Обучающиеся 44")
g.add("events_students_reach", 6205, "Обучающиеся 44")
g.add("events_teachers", 30, "Педагогические работники")
g.add("events_teachers_reach", 845, "Педагогические работники")
h.para(doc, "")
h.para(doc, "Секретарь совета\t\t\t\t\t\t\tО.Ю. Денисова")

tmp = tmp_path(".docx")
doc.save(tmp)
soffice_convert(tmp, "pdf", OUT / f"{NAME}.pdf")
g.write("pdf")
