"""08 — Сегежский район (Республика Карелия), 2024; UTF-8 text with «|» tables.
OUTSIDE BRIEF: a direction × year matrix, indicator blocks as spanning rows, years as rows inside each block,
the «ВСЕГО» column on the LEFT before the directions; the 2025 row is a plan. Then a key/value «|» table with
«было → стало» columns and a short text."""
from common import *

NAME = "r9_08_segezhskiy_matrica"
g = Gold(NAME, "txt", "Сегежский район", "Республика Карелия", 2024)
L = ["Администрация Сегежского муниципального района",
     "Управление образования · МОЦ дополнительного образования детей (на базе МБОУ ДО «ЦДТ г. Сегежи»)",
     "186420, Республика Карелия, г. Сегежа, ул. Ленина, д. 9а · тел. 8 (81431) 4-30-77 · ИНН 1006004155",
     "",
     "ИТОГИ 2024 ГОДА В ЦИФРАХ: ДОПОЛНИТЕЛЬНОЕ ОБРАЗОВАНИЕ ДЕТЕЙ СЕГЕЖСКОГО РАЙОНА",
     "(к заседанию коллегии управления образования 20.02.2025, вопрос № 3)", "",
     "Таблица А. Матрица «направленность × год»"]
cols = ["Год", "ВСЕГО", "Худож.", "Физк.-спорт.", "Соц.-гум.", "Естеств.", "Технич.", "Тур.-краев."]
W = [12, 7, 7, 12, 10, 9, 8, 11]
def r(cells):
    return "| " + " | ".join(f"{c:<{w}}" if i == 0 else f"{c:>{w}}" for i, (c, w) in enumerate(zip(cells, W))) + " |"
bar = "|" + "|".join("-" * (w + 2) for w in W) + "|"
span = lambda t: "| " + f"{t:<{sum(W) + 3 * (len(W) - 1)}}" + " |"
L += [bar, r(cols), bar]
K = ["art", "sport", "social", "science", "tech", "tourism"]
blocks = [("Программы, ед.", "programs", [("2022", [149, 42, 31, 32, 14, 20, 10]), ("2023", [153, 43, 32, 33, 14, 21, 10]),
                                          ("2024", [158, 45, 33, 34, 15, 21, 10]), ("2025 план", [165, 46, 34, 36, 16, 23, 10])]),
          ("Обучающиеся (с повторным счётом), чел.", "students",
           [("2022", [5930, 1880, 1640, 1060, 350, 560, 440]), ("2023", [6105, 1921, 1688, 1102, 371, 580, 443]),
            ("2024", [6290, 1980, 1715, 1150, 388, 602, 455]), ("2025 план", [6400, 2000, 1750, 1180, 400, 620, 450])])]
for title, pre, yrs in blocks:
    L.append(span(title))
    for y, vals in yrs:
        assert vals[0] == sum(vals[1:]), (title, y)
        cells = [y] + [n(v) for v in vals]
        if y == "2024":
            for k, v in zip(K, vals[1:]):
                g.add(f"{pre}_{k}", v, n(v), "| 2024 ", f"table А, block «{title}», row 2024, column {k}", block=title)
            if pre == "programs":
                g.add("programs_total", vals[0], n(vals[0]), "| 2024 ", f"table А, block «{title}», row 2024, column ВСЕГО (left)", block=title)
        L.append(r(cells))
    L.append(bar)
L += ["Примечание: строка «2025 план» — плановые значения муниципальной программы «Развитие образования».", "",
      "Таблица Б. Прочие показатели (было → стало)"]
W2 = [52, 12, 12]
r2 = lambda c: "| " + " | ".join(f"{x:<{w}}" if i == 0 else f"{x:>{w}}" for i, (x, w) in enumerate(zip(c, W2))) + " |"
bar2 = "|" + "|".join("-" * (w + 2) for w in W2) + "|"
L += [bar2, r2(["Показатель", "было (2023)", "стало (2024)"]), bar2]
def kv(lab, old, key, val, w):
    if key:
        g.add(key, val, w, lab, f"table Б, row «{lab}», column «стало (2024)»")
    L.append(r2([lab, old, w]))
kv("Учреждения дополнительного образования", "2", "organizations_total", 2, "2")
kv("Поставщики в реестре ПФДО", "7", "providers_registry", 8, "8")
kv("Программы с положительным заключением НОК", "3", "programs_nok", 5, "5")
kv("Дети 5–18 лет, проживающие в районе", "7 045", None, None, "6 980")
kv("Дети, занимающиеся в ДО (без повторного счёта)", "5 311", "students_total", 5402, "5 402")
kv("Охват детей 5–18 лет ДО, %", "75,4", "coverage_pct", 77.4, "77,4")
kv("в т.ч. дети с ОВЗ", "152", "students_ovz", 165, "165")
kv("в т.ч. дети-инвалиды", "38", "students_disabled", 41, "41")
kv("Номинал сертификата ПФДО, руб.", "10 450,00", "certificate_nominal_rub", 11200.0, "11 200,00")
kv("Выдано сертификатов", "4 512", "certificates_issued", 4760, "4 760")
kv("Сертификаты, по которым есть зачисление", "4 280", "certificates_active", 4515, "4 515")
kv("Дети, обучающиеся по сертификатам", "2 705", "certificate_students", 2890, "2 890")
kv("Доля детей, обучающихся по сертификатам, %", "50,9", "certificate_share_pct", 53.5, "53,5")
kv("Новые места ДО (нац. проект «Образование»)", "30", "new_places", 45, "45")
L += [bar2, "",
      "МОЦ в 2024 году: для родителей — " + g.add("events_parents", 9, "9", "для родителей", "text line «МОЦ в 2024 году: …»")
      + " мероприятий (" + g.add("events_parents_reach", 610, "610", "для родителей", "same line") + " чел.);",
      "  для обучающихся — " + g.add("events_students", 13, "13", "для обучающихся", "next line") + " мероприятий ("
      + g.add("events_students_reach", 1480, "1 480", "для обучающихся", "next line") + " чел.);",
      "  для педагогов — " + g.add("events_teachers", 11, "11", "для педагогов", "next line") + " мероприятий ("
      + g.add("events_teachers_reach", 190, "190", "для педагогов", "next line") + " чел.), в т.ч. 4 выездных семинара в Беломорском и Медвежьегорском районах.",
      "Участники мероприятий по развитию профессионального мастерства: " + g.add("teachers_pd_participants", 47, "47", "развитию профессионального мастерства", "line") + " педагогов (из 126 педагогов ДО района).",
      "В Беломорском районе охват составил 73,8 %, в среднем по Республике Карелия — 79,9 %.",
      "Около 1,5 тыс. детей занимались в летних профильных сменах.", "",
      "Начальник управления образования  ___________  М.В. Рябова", "Подготовила: Кошкина Е.А., методист МОЦ, 8 (81431) 4-31-02"]
(OUT / f"{NAME}.txt").write_text("\n".join(L) + "\n", encoding="utf-8")
g.save(traps=["2022/2023 rows and «2025 план» row of the matrix", "ВСЕГО column on the left; students ВСЕГО is a repeated count (6 290) while the unique count 5 402 is in table Б",
              "«было (2023)» column", "population 6 980", "neighbour Беломорский 73,8 %, Карелия 79,9 %", "hedged «Около 1,5 тыс.» (summer shifts)",
              "«4 выездных семинара» part", "126 teachers", "date 20.02.2025, вопрос № 3, phones, ИНН, postcode"],
       notes=["students_total taken from table Б (без повторного счёта), not from the matrix ВСЕГО (с повторным счётом)",
              "matrix anchors are unique only inside their block: evidence gives the block heading (verify checks the first «| 2024» line after it)"])
