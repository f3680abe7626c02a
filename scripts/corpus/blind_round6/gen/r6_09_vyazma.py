"""r6_09: Вяземский муниципальный район, Смоленская область, 2024/2025
учебный год (year 2025). A talk with slides at the August conference (pdf,
landscape): a big number on its own line with its label below, tables
WITHOUT borders (aligned columns), school-year rows, a neighbour and the
region average, a «plans» slide, slide numbers."""
from common import Gold, n, d, docx_helpers, OUT, DIRS, soffice_convert, tmp_path

NAME = "r6_09_vyazemsky_prezentatsiya"
g = Gold(NAME, "Вяземский муниципальный район", "Смоленская область", 2025)
h = docx_helpers()

prog = dict(art=64, sport=37, social=41, science=15, tech=22, tourism=10)
stud = dict(art=4402, sport=3318, social=2104, science=655, tech=1078, tourism=437)
PROG, SREP = 189, 11994
g.check_sum(prog.values(), PROG)
g.check_sum(stud.values(), SREP)
POP, UNIQ, COV = 12974, 10327, 79.6
g.check_coverage(UNIQ, POP, COV)
HIST = [("2022/2023", 172, 9618, 74.8, 12858), ("2023/2024", 181, 9915, 76.9, 12893)]
for _, _, u, c, p in HIST:
    g.check_coverage(u, p, c)
GROWTH = UNIQ - 9915
assert GROWTH == 412
CERT, CERT_SHARE = 3412, 26.3
g.check_share(CERT, POP, CERT_SHARE)

doc = h.new_doc(font="Arial", size=16, landscape=True, margins=(1.5, 1.2, 2.0, 2.0))
slide_no = [0]


def slide(title):
    if slide_no[0]:
        h.page_break(doc)
    slide_no[0] += 1
    h.para(doc, title, bold=True, size=24, space_after=12)


def foot():
    h.para(doc, f"Слайд {slide_no[0]}", align="r", size=10)


slide("Дополнительное образование детей Вяземского района: итоги 2024/2025 учебного года")
h.para(doc, "Августовская педагогическая конференция работников образования\n"
       "муниципального образования «Вяземский район» Смоленской области", size=18)
h.para(doc, "27 августа 2025 г.", size=16)
h.para(doc, "Н.Г. Ермакова, начальник отдела дополнительного образования и воспитательной "
       "работы комитета образования", italic=True, size=14)
foot()

slide("Охват дополнительным образованием")
h.para(doc, f"{d(COV)} %", bold=True, size=54, align="c", space_after=0)
h.para(doc, "детей 5–18 лет охвачены дополнительным образованием", align="c", size=18)
h.para(doc, f"{n(UNIQ)} детей (без повторного счёта) из {n(POP)}, проживающих в районе",
       align="c", size=16)
h.para(doc, f"+{GROWTH} ребёнка к 2023/2024 учебному году", align="c", size=16, bold=True)
h.para(doc, "Цель национального проекта к 2030 году – 82 %", align="c", size=14, italic=True)
foot()
g.add("coverage_pct", COV, "детей 5–18 лет охвачены")
g.add("students_total", UNIQ, "без повторного счёта")
g.add("coverage_growth_children", GROWTH, "ребёнка к 2023/2024")

slide("Динамика за три года")
t = [["Учебный год", "Программ", "Обучающихся (без повт. счёта)", "Охват, %"]]
for y, p, u, c, _ in HIST:
    t.append([y, str(p), n(u), d(c)])
t.append(["2024/2025", str(PROG), n(UNIQ), d(COV)])
h.table(doc, t, header_rows=1, borders=False, widths=[5, 4, 8, 4], size=18)
foot()
g.add("programs_total", PROG, "2024/2025")

slide("Программы и дети по направленностям (2024/2025)")
LAB = {"art": "Художественная", "sport": "Физкультурно-спортивная",
       "social": "Социально-гуманитарная", "science": "Естественнонаучная",
       "tech": "Техническая", "tourism": "Туристско-краеведческая"}
t = [["Направленность", "Программы", "Дети*"]]
for k in DIRS:
    t.append([LAB[k], str(prog[k]), n(stud[k])])
    g.add("programs_" + k, prog[k], LAB[k])
    g.add("students_" + k, stud[k], LAB[k])
t.append(["Всего", str(PROG), n(SREP)])
h.table(doc, t, header_rows=1, borders=False, widths=[9, 4, 4], size=16, bold_rows=(7,))
h.para(doc, "* с повторным счётом", size=12, italic=True)
foot()

slide("Персонифицированное финансирование")
t = [[n(CERT), d(CERT_SHARE) + " %", "9 874 ₽"],
     ["детей обучаются по сертификатам финансирования",
      "доля от численности детей 5–18 лет", "номинал сертификата в 2024/2025 уч. году"]]
h.table(doc, t, header_rows=0, borders=False, widths=[8, 8, 8], size=16, bold_rows=(0,))
h.para(doc, "")
h.para(doc, "В 2023/2024 уч. году: 3 105 детей, 24,1 %, номинал 9 120 ₽", size=14, italic=True)
foot()
g.add("certificate_students", CERT, "детей обучаются по")
g.add("certificate_share_pct", CERT_SHARE, "доля от численности")
g.add("certificate_nominal_rub", 9874.0, "номинал сертификата в")

slide("Муниципальный опорный центр: мероприятия")
t = [["Целевая группа", "Мероприятий", "Участников"],
     ["Педагоги", "14", "389"], ["Родители", "6", "510"], ["Обучающиеся", "25", n(2760)]]
h.table(doc, t, header_rows=1, borders=False, widths=[8, 5, 5], size=18)
foot()
g.add("events_teachers", 14, "Педагоги")
g.add("events_teachers_reach", 389, "Педагоги")
g.add("events_parents", 6, "Родители")
g.add("events_parents_reach", 510, "Родители")
g.add("events_students", 25, "Обучающиеся 25")
g.add("events_students_reach", 2760, "Обучающиеся 25")

slide("Инфраструктура и качество")
for big, lab in (("4", "организации дополнительного образования"),
                 ("60", "новых мест создано (из них 25 – на базе школ)"),
                 ("5", "программ получили положительное заключение НОК (подано 8)"),
                 ("274", "ребёнка с ОВЗ занимаются в объединениях")):
    h.para(doc, big, bold=True, size=36, space_after=0)
    h.para(doc, lab, size=16, space_after=8)
foot()
g.add("organizations_total", 4, "организации дополнительного")
g.add("new_places", 60, "новых мест создано")
g.add("programs_nok", 5, "положительное заключение")
g.add("students_ovz", 274, "ребёнка с ОВЗ")

slide("Мы и соседи: охват, %")
t = [["Вяземский район", "Сафоновский район", "Смоленская область"],
     [d(COV), "76,2", "78,8"]]
h.table(doc, t, header_rows=0, borders=False, widths=[8, 8, 8], size=18, bold_rows=(1,))
foot()

slide("Задачи на 2025/2026 учебный год")
h.para(doc, "• охват – не менее 80,5 %\n• +40 новых мест (Новосельская и Андрейковская школы)\n"
       "• 3 новые программы технической направленности\n• 100 % программ – в АИС «Навигатор»",
       size=18)
foot()

tmp = tmp_path(".docx")
doc.save(tmp)
soffice_convert(tmp, "pdf", OUT / f"{NAME}.pdf")
g.write("pdf")
