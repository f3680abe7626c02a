"""r6_12: Кондопожский муниципальный район, Республика Карелия, 2024.
odt written directly with odfpy — OUTSIDE the brief: a cross table
organisations × directions whose cells hold pairs «программ / детей»,
a table of «число (доля, %)» cells, a share given as a fraction (0,195),
a nominal in «руб. … коп.», a town (Кондопога) as a part of the district."""
from odf import teletype
from odf.opendocument import OpenDocumentText
from odf.style import (GraphicProperties, ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, P

from common import Gold, n, d, OUT, DIRS

NAME = "r6_12_kondopozhsky_svodnaya"
g = Gold(NAME, "Кондопожский муниципальный район", "Республика Карелия", 2024)

# organisation -> {direction: (programs, students)}
ORGS = [
    ("МУ ДО «Дом детского творчества»", dict(art=(24, 980), social=(12, 410), science=(5, 160),
                                             tech=(8, 290), tourism=(3, 95))),
    ("МУ ДО «Кондопожская ДЮСШ»", dict(sport=(14, 720))),
    ("МОУ «Кондопожская СОШ № 1»", dict(art=(3, 88), sport=(2, 75), social=(3, 96),
                                       science=(1, 28), tech=(2, 54))),
    ("МОУ «Кондопожская СОШ № 2»", dict(art=(2, 70), sport=(2, 64), social=(2, 58), tech=(1, 30))),
    ("МОУ «Кондопожская СОШ № 3»", dict(art=(3, 92), sport=(2, 80), social=(2, 66),
                                       science=(2, 45), tech=(1, 26), tourism=(1, 22))),
    ("МОУ «Кондопожская СОШ № 6»", dict(art=(2, 55), sport=(1, 40), social=(2, 51))),
    ("МОУ «Кондопожская СОШ № 7»", dict(art=(2, 61), sport=(2, 58), social=(1, 33),
                                       science=(1, 24), tech=(1, 31))),
    ("МОУ «Гирвасская СОШ»", dict(art=(1, 22), sport=(1, 30), tourism=(1, 18))),
    ("МОУ «Кяппесельгская СОШ»", dict(art=(1, 19), sport=(1, 26), social=(1, 17))),
    ("МОУ «Петровская СОШ»", dict(art=(1, 24), sport=(1, 21), tourism=(1, 15))),
    ("МОУ «Спасогубская ООШ»", dict(art=(1, 14), social=(1, 12))),
    ("Дошкольные образовательные организации (9 учреждений, свод)",
     dict(art=(9, 310), sport=(4, 120), social=(3, 85))),
    ("ИП Маркова Е.С. («Робошкола»)", dict(tech=(2, 48))),
]
prog = {k: sum(o[1].get(k, (0, 0))[0] for o in ORGS) for k in DIRS}
stud = {k: sum(o[1].get(k, (0, 0))[1] for o in ORGS) for k in DIRS}
PROG, SREP = sum(prog.values()), sum(stud.values())
UNIQ, POP, COV = 4106, 5302, 77.4
g.check_coverage(UNIQ, POP, COV)
assert SREP > UNIQ
CERT = 1034
FRAC = round(CERT / POP, 3)
assert FRAC == 0.195
CATS = [("Обучающиеся без повторного счёта", UNIQ), ("из них: с ОВЗ", 147),
        ("дети-инвалиды", 39), ("проживающие в сельских поселениях", 1091)]
print("programs", PROG, prog, "students", SREP, stud)

doc = OpenDocumentText()
S = doc.styles
A = doc.automaticstyles
st_body = Style(name="Body", family="paragraph")
st_body.addElement(ParagraphProperties(textalign="justify", marginbottom="0.15cm",
                                       textindent="1cm"))
st_body.addElement(TextProperties(fontsize="12pt", fontname="Liberation Serif"))
S.addElement(st_body)
st_c = Style(name="Center", family="paragraph")
st_c.addElement(ParagraphProperties(textalign="center", marginbottom="0.1cm"))
st_c.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
S.addElement(st_c)
st_cell_p = Style(name="CellP", family="paragraph")
st_cell_p.addElement(ParagraphProperties(textalign="center"))
st_cell_p.addElement(TextProperties(fontsize="9pt"))
S.addElement(st_cell_p)
st_cell_l = Style(name="CellL", family="paragraph")
st_cell_l.addElement(TextProperties(fontsize="9pt"))
S.addElement(st_cell_l)
st_cell_b = Style(name="CellB", family="paragraph")
st_cell_b.addElement(ParagraphProperties(textalign="center"))
st_cell_b.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
S.addElement(st_cell_b)
st_caption = Style(name="Caption", family="paragraph")
st_caption.addElement(ParagraphProperties(textalign="end"))
st_caption.addElement(TextProperties(fontsize="10pt", fontstyle="italic"))
S.addElement(st_caption)
cellst = Style(name="Cell", family="table-cell")
cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
A.addElement(cellst)


def para(text, style=st_body):
    p = P(stylename=style)
    teletype.addTextToElement(p, text)
    doc.text.addElement(p)


def table(name, rows, widths, merges=(), bold_rows=(), left_cols=(0,)):
    ts = Style(name=f"T{name}", family="table")
    ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="center"))
    A.addElement(ts)
    t = Table(name=name, stylename=ts)
    for i, w in enumerate(widths):
        cs = Style(name=f"T{name}C{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
        A.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    span = {}
    covered = set()
    for (r1, c1, r2, c2) in merges:
        span[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for r, row in enumerate(rows):
        tr = TableRow()
        for c in range(len(widths)):
            if (r, c) in covered:
                tr.addElement(CoveredTableCell())
                continue
            kw = {}
            if (r, c) in span:
                kw = dict(numberrowsspanned=span[(r, c)][0], numbercolumnsspanned=span[(r, c)][1])
            tc = TableCell(stylename=cellst, valuetype="string", **kw)
            txt = row[c] if c < len(row) and row[c] is not None else ""
            for line in str(txt).split("\n"):
                sty = st_cell_b if r in bold_rows else st_cell_l if c in left_cols else st_cell_p
                p = P(stylename=sty)
                teletype.addTextToElement(p, line)
                tc.addElement(p)
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


para("Приложение 1\nк аналитической справке о состоянии дополнительного образования детей "
     "в Кондопожском муниципальном районе за 2024 год", st_caption)
para("СВОДНАЯ ИНФОРМАЦИЯ\nо реализации дополнительных общеобразовательных программ "
     "в организациях Кондопожского муниципального района в 2024 году", st_c)
para("Информация подготовлена муниципальным опорным центром (МУ ДО «Дом детского "
     "творчества», 186220, Республика Карелия, г. Кондопога, ул. Комсомольская, д. 5, "
     "тел. 8 (81451) 7-92-60) по данным АИС «Навигатор» на 31.12.2024.")
para("В районе работают 2 организации дополнительного образования – Дом детского "
     "творчества и Кондопожская ДЮСШ; программы реализуют также 9 школ, 9 детских садов и "
     "индивидуальный предприниматель. В реестр поставщиков ПФДО включены 12 организаций.")
g.add("organizations_total", 2, "В районе работают")
g.add("providers_registry", 12, "В реестр поставщиков")

para("Таблица 1. Программы и обучающиеся по организациям и направленностям", st_caption)
hdr1 = ["№", "Организация", "Направленность (программ / детей*)", None, None, None, None,
        None, "Всего"]
hdr2 = [None, None, "художест-венная", "физкуль-турно-спортивная", "социально-гумани-тарная",
        "естествен-нонаучная", "техни-ческая", "туристско-краевед-ческая", None]
rows = [hdr1, hdr2]
for i, (nm, dd) in enumerate(ORGS, 1):
    cells = []
    for k in DIRS:
        cells.append(f"{dd[k][0]} / {n(dd[k][1])}" if k in dd else "—")
    tp = sum(v[0] for v in dd.values())
    ts_ = sum(v[1] for v in dd.values())
    rows.append([str(i), nm] + cells + [f"{tp} / {n(ts_)}"])
rows.append(["", "ИТОГО по району"] + [f"{prog[k]} / {n(stud[k])}" for k in DIRS]
            + [f"{PROG} / {n(SREP)}"])
table("Таблица1", rows, [0.7, 4.6, 1.6, 1.7, 1.7, 1.6, 1.5, 1.7, 1.7],
      merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 7), (0, 8, 1, 8)],
      bold_rows=(0, 1, len(rows) - 1), left_cols=(1,))
para("* численность обучающихся указана с повторным счётом; в т.ч. в г. Кондопоге – "
     "3 015 детей.", st_caption)
for k in DIRS:
    g.add("programs_" + k, prog[k], "ИТОГО по району")
    g.add("students_" + k, stud[k], "ИТОГО по району")
g.add("programs_total", PROG, "ИТОГО по району")

para("Таблица 2. Состав обучающихся", st_caption)
rows2 = [["Категория обучающихся", "Численность, чел. (доля от числа обучающихся, %)"]]
for nm, v in CATS:
    rows2.append([nm, f"{n(v)} ({d(v / UNIQ * 100) if v != UNIQ else '100'})"])
table("Таблица2", rows2, [8.5, 6.5], bold_rows=(0,))
g.add("students_total", UNIQ, "без повторного счёта")
g.add("students_ovz", 147, "с ОВЗ")
g.add("students_disabled", 39, "дети-инвалиды")

para(f"Справочно: численность детей в возрасте 5–18 лет, проживающих на территории района, "
     f"– {n(POP)} человек (Карелиястат). Охват детей 5–18 лет дополнительным образованием "
     f"составил {d(COV)} % (по Республике Карелия – 78,2 %, в Медвежьегорском районе – 71,9 %).")
g.add("coverage_pct", COV, "Охват детей 5–18 лет")
para(f"Доля детей в возрасте 5–18 лет, обучающихся с использованием сертификатов "
     f"финансирования, – 0,195 ({n(CERT)} ребёнка). Номинал сертификата в 2024 году – "
     f"7 128 руб. 50 коп. Положительное заключение независимой оценки качества получили "
     f"3 программы ДДТ.")
g.add("certificate_share_pct", 19.5, "обучающихся с использованием сертификатов",
      phrase="– 0,195", kind="fraction")
g.add("certificate_students", CERT, "ребёнка")
g.add("certificate_nominal_rub", 7128.5, "Номинал сертификата",
      phrase="7 128 руб. 50 коп.", kind="rub_kop")
g.add("programs_nok", 3, "Положительное заключение")

para("Таблица 3. Деятельность муниципального опорного центра", st_caption)
rows3 = [["Направление работы МОЦ", "Мероприятий", "Участников, чел."],
         ["Работа с педагогическими работниками", "11", "190"],
         ["Работа с родителями (законными представителями)", "6", "344"],
         ["Работа с обучающимися (конкурсы, слёты, профильная смена «Онего»)", "14", n(1270)]]
table("Таблица3", rows3, [9.0, 3.0, 3.0], bold_rows=(0,))
g.add("events_teachers", 11, "с педагогическими")
g.add("events_teachers_reach", 190, "с педагогическими")
g.add("events_parents", 6, "с родителями")
g.add("events_parents_reach", 344, "с родителями")
g.add("events_students", 14, "с обучающимися")
g.add("events_students_reach", 1270, "с обучающимися")
para("В мероприятиях по развитию профессионального мастерства (стажировки на базе ГАУ ДО "
     "РК «Ресурсный центр развития дополнительного образования», курсы ПК) приняли участие "
     "58 педагогов.")
g.add("teachers_pd_participants", 58, "приняли участие")
para("Директор МУ ДО «ДДТ», руководитель МОЦ                         И.А. Пахомова")

doc.save(str(OUT / f"{NAME}.odt"))
g.write("odt")
