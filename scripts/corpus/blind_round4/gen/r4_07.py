"""r4_07: Уссурийский городской округ (Приморский край), 2024 — docx letter
(«Исх. № … от …», greeting, signature) that carries its figures in a borderless
layout table holding two NESTED tables side by side (NOT in brief), followed by
one small table per direction (2023 | 2024, «в т.ч. с ОВЗ» rows)."""
from docx.shared import Cm, Pt
from common import *

NAME = "r4_07_ussuriysk_pismo.docx"
pop, stud = 31250, 24125
check(pct(stud, pop) == 77.2, "cov")
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
P = {2023: dict(art=158, sport=115, social=122, science=55, tech=79, tourism=30),
     2024: dict(art=164, sport=118, social=131, science=58, tech=86, tourism=31)}
ST = {2023: dict(art=7265, sport=6010, social=4720, science=1490, tech=2810, tourism=1005),
      2024: dict(art=7410, sport=6120, social=4985, science=1560, tech=3020, tourism=1030)}
OVZ = {2023: dict(art=240, sport=90, social=226, science=41, tech=55, tourism=22),
       2024: dict(art=262, sport=98, social=241, science=47, tech=61, tourism=25)}
check(sum(P[2024].values()) == 588, "P")
check(sum(ST[2024].values()) == stud, "ST")
check(sum(OVZ[2024].values()) == 734, "OVZ")
cs = 9690
check(pct(cs, pop) == 31.0, "cs")
S = NBSP

doc = new_doc(size=12)
head = doc.add_table(rows=1, cols=2)
head.autofit = False
l, r = head.rows[0].cells
l.width, r.width = Cm(8.5), Cm(8.0)
l.text = ""
para(None, "АДМИНИСТРАЦИЯ\nУССУРИЙСКОГО ГОРОДСКОГО ОКРУГА\nПРИМОРСКОГО КРАЯ\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nИ МОЛОДЁЖНОЙ ПОЛИТИКИ",
     bold=True, align="center", size=11, container=l)
para(None, "ул. Некрасова, д. 66, г. Уссурийск, 692519\nтел. (4234) 32-24-61, факс (4234) 32-07-15\n"
     "\n22.01.2025 № 27-01-14/318\nНа № 23/145 от 10.01.2025", align="center", size=9, container=l)
para(None, "\n\nМинистерство образования\nПриморского края\n\nРегиональный модельный центр\nдополнительного образования детей",
     size=12, container=r)
l.paragraphs[0]._p.getparent().remove(l.paragraphs[0]._p)
r.paragraphs[0]._p.getparent().remove(r.paragraphs[0]._p)
para(doc)
para(doc, "О результатах деятельности МОЦ за 2024 год", italic=True)
para(doc)
para(doc, "Уважаемая Элеонора Викторовна!", align="center")
para(doc, "Управление образования и молодёжной политики администрации Уссурийского городского "
     "округа (УГО) направляет информацию о результатах деятельности муниципального опорного "
     "центра дополнительного образования детей за 2024 год.", indent=True, align="justify")

lay = doc.add_table(rows=1, cols=2)
lay.autofit = False
a, b = lay.rows[0].cells
a.width, b.width = Cm(8.2), Cm(8.2)
para(None, "Сеть и программы", bold=True, align="center", size=10, container=a)
ta = table(a, [["Показатель", "2024 г."],
               ["Организации дополнительного образования, ед.", "9"],
               ["Поставщики в реестре исполнителей соцзаказа, ед.", "41"],
               ["ДООП, всего, ед.", "588"],
               ["ДООП с положительным заключением НОК, ед.", "16"],
               ["Созданы новые места ДО, ед.", "510"]], size=9, widths_cm=[5.6, 1.8], num_align_from=1)
para(None, "Контингент и сертификаты", bold=True, align="center", size=10, container=b)
tb = table(b, [["Показатель", "2024 г."],
               ["Обучающиеся (уникальные), чел.", fi(stud, S)],
               ["Охват детей 5–18 лет, %", "77,2"],
               ["Обучающиеся с ОВЗ, чел.", "734"],
               ["Дети-инвалиды, чел.", "205"],
               ["Социальные сертификаты выданы, шт.", fi(26940, S)],
               ["из них использованы для записи, шт.", fi(19880, S)],
               ["Обучаются по соцсертификатам, чел.", fi(cs, S)],
               ["Доля детей, обучающихся по сертификатам, %", "31,0"]], size=9, widths_cm=[5.6, 1.8], num_align_from=1)
for c in (a, b):
    c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)
para(doc)
para(doc, f"Численность детей в возрасте 5–18 лет, проживающих в округе, – {fi(pop, S)} человек; "
     f"в общеобразовательных организациях УГО обучаются {fi(27640, S)} школьников. Номинал "
     f"социального сертификата в 2024 году – 15 300 руб. Для сравнения: охват в Михайловском "
     f"муниципальном округе – 74,1 %, в среднем по Приморскому краю – 79,6 %.",
     indent=True, align="justify")
para(doc, "Программы и контингент по направленностям", bold=True, align="center")
names = dict(art="Художественная направленность", sport="Физкультурно-спортивная направленность",
             social="Социально-гуманитарная направленность", science="Естественнонаучная направленность",
             tech="Техническая направленность", tourism="Туристско-краеведческая направленность")
for d in dirs:
    para(doc, names[d], bold=True, size=10, space_after=0)
    table(doc, [["Показатель", "2023 г.", "2024 г."],
                ["Количество программ, ед.", str(P[2023][d]), str(P[2024][d])],
                ["Обучающихся, чел.", fi(ST[2023][d], S), fi(ST[2024][d], S)],
                ["в т.ч. с ОВЗ, чел.", str(OVZ[2023][d]), str(OVZ[2024][d])]],
          size=9, widths_cm=[7.0, 2.5, 2.5], num_align_from=1)
para(doc, "Обучающиеся учтены по основной программе (без повторного счёта).", italic=True, size=10)
para(doc)
para(doc, "В 2024 году МОЦ провёл 18 мероприятий для родителей (охват – 2 314 чел.), 35 мероприятий "
     "для обучающихся (охват – 6 870 чел.) и 21 мероприятие для педагогов (охват – 745 чел.). "
     "В мероприятиях по развитию профессионального мастерства приняли участие 402 педагога. "
     "В 2025 году планируется достичь охвата 78,0 %.", indent=True, align="justify")
para(doc)
para(doc, "Приложение: на 2 л. в 1 экз.")
para(doc)
para(doc, "Начальник управления                                                    И.Н. Тесленко")
para(doc)
para(doc, "Ким Анастасия Сергеевна\n8 (4234) 32-07-15", size=9)
save_docx(doc, out_path(NAME))

figures = {"organizations_total": 9, "providers_registry": 41, "programs_total": 588,
           **{f"programs_{d}": P[2024][d] for d in dirs}, "programs_nok": 16, "new_places": 510,
           "students_total": stud, **{f"students_{d}": ST[2024][d] for d in dirs}, "coverage_pct": 77.2,
           "students_ovz": 734, "students_disabled": 205, "certificates_issued": 26940,
           "certificates_active": 19880, "certificate_students": cs, "certificate_share_pct": 31.0,
           "certificate_nominal_rub": 15300.0, "events_parents": 18, "events_parents_reach": 2314,
           "events_students": 35, "events_students_reach": 6870, "events_teachers": 21,
           "events_teachers_reach": 745, "teachers_pd_participants": 402}
write_gold(NAME, "Уссурийский городской округ", "Приморский край", 2024, figures)
print("ok", NAME, len(figures))
