"""r6_11: Медведевский муниципальный район, Республика Марий Эл,
I полугодие 2025 года (year 2025). txt in UTF-16 LE with BOM, CRLF —
OUTSIDE the brief: a spreadsheet saved as «Unicode text» (tab-separated,
quoted cells with line breaks, empty cells of merged ranges), half-year
columns «I полугодие 2024 | 2024 год | I полугодие 2025 | Изменение»,
a «Примечание» column with numbers."""
from common import Gold, n, d, OUT, DIRS

NAME = "r6_11_medvedevsky_monitoring_1pg"
g = Gold(NAME, "Медведевский муниципальный район", "Республика Марий Эл", 2025)

prog = dict(art=47, sport=25, social=29, science=10, tech=13, tourism=6)
stud = dict(art=2530, sport=1890, social=1215, science=368, tech=552, tourism=214)
PROG, SREP = 130, 6769
g.check_sum(prog.values(), PROG)
g.check_sum(stud.values(), SREP)
share = {k: round(stud[k] / SREP * 100, 1) for k in DIRS}
g.check_shares_100(share.values())
POP = (8377, 8377, 8417)
UNIQ = (6210, 6455, 6492)
COV = (74.1, 77.1, 77.1)
for u, p, c in zip(UNIQ, POP, COV):
    g.check_coverage(u, p, c)
CERT = (1884, 1962, 2010)
SH = (22.5, 23.4, 23.9)
for u, p, c in zip(CERT, POP, SH):
    g.check_share(u, p, c)
GROWTH, GROWTH_PCT = UNIQ[2] - UNIQ[0], round(COV[2] - COV[0], 1)
assert (GROWTH, GROWTH_PCT) == (282, 3.0)


def cell(v):
    v = str(v)
    if any(ch in v for ch in '\t\n"'):
        return '"' + v.replace('"', '""') + '"'
    return v


NCOL = 7
rows = []


def R(*cells, pad=True):
    cells = list(cells)
    if pad:
        cells += [""] * (NCOL - len(cells))
    rows.append("\t".join(cell(c) for c in cells))


def ch(a, b, nd=0, money=False):
    diff = b - a
    s = d(diff, 2) if money else d(diff, nd) if nd else n(diff)
    return ("+" if diff > 0 else "") + s


R("Отдел образования администрации Медведевского муниципального района Республики Марий Эл", pad=False)
R("Мониторинг дополнительного образования детей за I полугодие 2025 года", pad=False)
R("(лист «Свод», файл Мониторинг_МОЦ_2025.xlsx; данные на 30.06.2025)", pad=False)
R(pad=False)
R("Таблица 1. Основные показатели")
R("№", "Показатель", "Ед. изм.", "I полугодие 2024", "2024 год", "I полугодие 2025",
  "Изменение к I полугодию 2024")
R("1", "2", "3", "4", "5", "6", "7")
T = [("1", "Количество организаций дополнительного образования", "ед.", 2, 2, 2),
     ("2", "Количество организаций в реестре поставщиков ПФДО", "ед.", 13, 14, 15),
     ("3", "Количество дополнительных общеобразовательных программ", "ед.", 121, 126, PROG),
     ("4", "Численность детей 5–18 лет\n(справочно, Марийстат)", "чел.", *POP),
     ("5", "Численность обучающихся\nбез повторного счета", "чел.", *UNIQ),
     ("6", "Охват детей 5–18 лет дополнительным образованием", "%", *COV),
     ("7", "Обучающиеся с ОВЗ", "чел.", 205, 219, 227),
     ("8", "в т.ч. дети-инвалиды", "чел.", 47, 49, 51),
     ("9", "Номинал сертификата финансирования", "руб.", 6500.0, 6500.0, 6980.0),
     ("10", "Выдано сертификатов (нарастающим итогом)", "шт.", 7120, 7388, 7540),
     ("11", "из них активных", "шт.", 5870, 6010, 6105),
     ("12", "Обучаются по сертификатам финансирования", "чел.", *CERT),
     ("13", "Доля детей 5–18 лет, обучающихся по сертификатам", "%", *SH),
     ("14", "Создано новых мест дополнительного образования", "мест", 0, 45, 30),
     ("15", "Программы с положительным заключением НОК", "ед.", 1, 2, 3)]
for num, lab, unit, a, b, c in T:
    if unit == "%":
        vals = [d(a), d(b), d(c), ch(a, c, 1)]
    elif unit == "руб.":
        vals = [d(a, 2), d(b, 2), d(c, 2), ch(a, c, money=True)]
    else:
        vals = [n(a), n(b), n(c), ch(a, c) if c != a else "0"]
    R(num, lab, unit, *vals)
R("", "Справочно: средний охват по Республике Марий Эл за 2024 год – 78,3 %")
R("", f"Прирост численности охваченных детей к I полугодию 2024 г. – {GROWTH} чел., охват "
      f"вырос на {d(GROWTH_PCT)} п.п.")
R(pad=False)
g.add("organizations_total", 2, "организаций дополнительного образования")
g.add("providers_registry", 15, "реестре поставщиков")
g.add("programs_total", PROG, "общеобразовательных программ")
g.add("students_total", UNIQ[2], "без повторного счета")
g.add("coverage_pct", COV[2], "Охват детей 5–18 лет")
g.add("students_ovz", 227, "с ОВЗ")
g.add("students_disabled", 51, "дети-инвалиды")
g.add("certificate_nominal_rub", 6980.0, "Номинал сертификата")
g.add("certificates_issued", 7540, "Выдано сертификатов")
g.add("certificates_active", 6105, "из них активных")
g.add("certificate_students", CERT[2], "Обучаются по сертификатам")
g.add("certificate_share_pct", SH[2], "Доля детей 5–18 лет")
g.add("new_places", 30, "новых мест")
g.add("programs_nok", 3, "положительным заключением")
g.add("coverage_growth_children", GROWTH, "Прирост численности охваченных")
g.add("coverage_growth_pct", GROWTH_PCT, "охват вырос на")

R("Таблица 2. Программы и обучающиеся по направленностям, I полугодие 2025 г.")
R("Направленность", "", "Программ, ед.", "Обучающихся, чел. (с повторным счетом)",
  "Доля обучающихся, %")
LAB = {"art": "Художественная", "sport": "Физкультурно-спортивная",
       "social": "Социально-гуманитарная", "science": "Естественнонаучная\n(в т.ч. экологическая)",
       "tech": "Техническая", "tourism": "Туристско-краеведческая"}
for k in DIRS:
    R(LAB[k], "", str(prog[k]), n(stud[k]), d(share[k]))
    g.add("programs_" + k, prog[k], LAB[k].split("\n")[-1] if k == "science" else LAB[k])
    g.add("students_" + k, stud[k], LAB[k].split("\n")[-1] if k == "science" else LAB[k])
R("Итого", "", str(PROG), n(SREP), "100,0")
R(pad=False)
R("Таблица 3. Мероприятия муниципального опорного центра, I полугодие 2025 г.")
R("Целевая группа", "", "Количество мероприятий", "Охват, чел.", "Примечание")
EV = [("Родители (законные представители)", 4, 265, "из них 2 – в онлайн-формате"),
      ("Обучающиеся", 11, 1130, "в т.ч. 120 чел. – дистанционно"),
      ("Педагогические работники", 6, 98, "из них 3 выездных семинара")]
for nm, k, r, note in EV:
    R(nm, "", str(k), n(r), note)
g.add("events_parents", 4, "Родители")
g.add("events_parents_reach", 265, "Родители")
g.add("events_students", 11, "Обучающиеся")
g.add("events_students_reach", 1130, "Обучающиеся")
g.add("events_teachers", 6, "Педагогические работники")
g.add("events_teachers_reach", 98, "Педагогические работники")
R(pad=False)
R("Исполнитель: методист МОЦ Г.А. Яндемирова, тел. 8 (83635) 7-14-52", pad=False)
R("пгт Медведево, 08.07.2025", pad=False)

text = "\r\n".join(rows) + "\r\n"
(OUT / f"{NAME}.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
g.write("txt", encoding="utf-16")
