"""r10_07 — Находкинский городской округ (Приморский край), информация о показателях
МОЦ за 2024 год, plain text UTF-8 with «|» tables.
Shape (brief): monitoring form «№ п/п | Показатель | Ед. изм. | Значение» with section
rows, numbered rows 2.1.3, wrapped labels (value on the first or the last line),
«–», «н/д», «Справочно» row; a small 2023 | 2024 table after it."""
import os
import textwrap
from common import Gold, OUT

STEM = "r10_07_nakhodka_monitoring_forma"
g = Gold(STEM, "Находкинский городской округ", "Приморский край", 2024, "txt")
SP = " "          # thousands separator: a plain space in this export


def n(x):
    return f"{x:,}".replace(",", SP)


W = (7, 54, 8, 11)
lines = []
L = lines.append
rule = "+" + "+".join("-" * (w + 2) for w in W) + "+"


def cells(vals, aligns="llcr"):
    out = []
    for v, w, a in zip(vals, W, aligns):
        out.append(" " + (v.ljust(w) if a == "l" else v.rjust(w) if a == "r"
                          else v.center(w)) + " ")
    return "|" + "|".join(out) + "|"


def row(no, label, unit, value, where="first", key=None, val=None, anchor=None):
    parts = textwrap.wrap(label, W[1])
    vi = 0 if where == "first" else len(parts) - 1
    for i, p in enumerate(parts):
        L(cells([no if i == 0 else "", p, unit if i == vi else "",
                 value if i == vi else ""]))
    if key:
        if anchor not in parts[vi]:
            anchor = parts[vi].strip()       # the label text on the value line
        g.add(key, val, value, anchor)


def section(title):
    inner = sum(w + 3 for w in W) - 1
    L("|" + (" " + title).ljust(inner) + "|")


L("Приложение 2")
L("к письму министерства образования Приморского края")
L("от 05.12.2024 № 23/11874")
L("")
L("                 ИНФОРМАЦИЯ")
L("о показателях деятельности муниципального опорного центра")
L("      дополнительного образования детей")
L("")
L("Муниципальное образование: Находкинский городской округ")
L("Организация – МОЦ: МАУ ДО «Центр детского творчества» г. Находки")
L("Отчётный период: 2024 год")
L("")
L(rule)
L(cells(["№ п/п", "Показатель", "Ед. изм.", "Значение"], "cccc"))
L(rule)
section("1. Сеть организаций")
row("1.1", "Количество организаций дополнительного образования", "ед.", "6",
    key="organizations_total", val=6, anchor="организаций дополнительного")
row("1.1.1", "из них негосударственных", "ед.", "–")
row("1.2", "Количество организаций (в т.ч. индивидуальных предпринимателей), "
    "включённых в реестр поставщиков ПФДО", "ед.", "17", where="last",
    key="providers_registry", val=17, anchor="ПФДО")
L(rule)
section("2. Дополнительные общеобразовательные программы")
row("2.1", "Количество ДООП, всего", "ед.", "587", key="programs_total", val=587,
    anchor="ДООП, всего")
pr = [("2.1.1", "художественной", "art", 203), ("2.1.2", "физкультурно-спортивной",
                                                 "sport", 96),
      ("2.1.3", "социально-гуманитарной", "social", 131),
      ("2.1.4", "естественнонаучной", "science", 52),
      ("2.1.5", "технической", "tech", 74), ("2.1.6", "туристско-краеведческой",
                                             "tourism", 31)]
assert sum(p[3] for p in pr) == 587
for no, lab, k, v in pr:
    row(no, f"в т.ч. {lab} направленности", "ед.", str(v), key=f"programs_{k}", val=v,
        anchor=lab)
row("2.2", "Количество ДООП, прошедших независимую оценку качества (получивших "
    "положительное заключение)", "ед.", "14", where="last", key="programs_nok", val=14,
    anchor="положительное заключение")
row("2.3", "Количество ДООП, реализуемых в сетевой форме", "ед.", "23")
L(rule)
section("3. Контингент обучающихся")
row("3.1", "Численность обучающихся по ДООП (уникальных детей)", "чел.", n(16944),
    key="students_total", val=16944, anchor="уникальных детей")
row("3.2", "Численность обучающихся по направленностям (с повторным счётом):", "",
    "")
st = [("3.2.1", "художественной", "art", 7015), ("3.2.2", "физкультурно-спортивной",
                                                  "sport", 5230),
      ("3.2.3", "социально-гуманитарной", "social", 3390),
      ("3.2.4", "естественнонаучной", "science", 1248),
      ("3.2.5", "технической", "tech", 2460), ("3.2.6", "туристско-краеведческой",
                                               "tourism", 912)]
for no, lab, k, v in st:
    row(no, f"{lab} направленности", "чел.", n(v), key=f"students_{k}", val=v,
        anchor=lab)
row("3.3", "Охват детей в возрасте от 5 до 18 лет дополнительным образованием", "%",
    "78,6", where="last", key="coverage_pct", val=78.6, anchor="дополнительным образованием")
row("3.4", "из них обучающихся с ограниченными возможностями здоровья", "чел.", "512",
    where="last", key="students_ovz", val=512, anchor="здоровья")
row("3.5", "из них детей-инвалидов", "чел.", "н/д")
row("3.6", "Прирост охвата детей дополнительным образованием по сравнению с 2023 годом",
    "%", "0,9", where="last", key="coverage_growth_pct", val=0.9,
    anchor="по сравнению с 2023 годом")
L(rule)
section("4. Персонифицированное финансирование (ПФДО)")
row("4.1", "Номинал сертификата дополнительного образования", "руб.", "9 118,00",
    key="certificate_nominal_rub", val=9118.0, anchor="Номинал сертификата")
row("4.2", "Количество выданных сертификатов", "шт.", n(18020),
    key="certificates_issued", val=18020, anchor="выданных сертификатов")
row("4.3", "Количество сертификатов, использованных для записи на программы "
    "(активных)", "шт.", n(7406), where="last", key="certificates_active", val=7406,
    anchor="(активных)")
row("4.4", "Численность детей, обучающихся с использованием сертификата", "чел.",
    n(5904), where="last", key="certificate_students", val=5904,
    anchor="использованием сертификата")
row("4.5", "Доля детей 5–18 лет, охваченных ПФДО", "%", "27,4",
    key="certificate_share_pct", val=27.4, anchor="охваченных ПФДО")
L(rule)
section("5. Деятельность МОЦ")
ev = [("5.1", "Мероприятия для родителей (законных представителей)", "ед.", 18,
       "events_parents", "для родителей"),
      ("5.1.1", "количество участников – родителей", "чел.", 1530,
       "events_parents_reach", "участников – родителей"),
      ("5.2", "Мероприятия для обучающихся", "ед.", 46, "events_students",
       "для обучающихся"),
      ("5.2.1", "количество участников – обучающихся", "чел.", 6215,
       "events_students_reach", "участников – обучающихся"),
      ("5.3", "Мероприятия для педагогических работников", "ед.", 27, "events_teachers",
       "для педагогических"),
      ("5.3.1", "количество участников – педагогов", "чел.", 604,
       "events_teachers_reach", "участников – педагогов")]
for no, lab, u, v, k, anc in ev:
    row(no, lab, u, n(v), key=k, val=v, anchor=anc)
row("5.4", "Численность педагогов – участников мероприятий по развитию "
    "профессионального мастерства", "чел.", "н/д", where="last")
L(rule)
section("6. Инфраструктура")
row("6.1", "Количество созданных новых мест дополнительного образования детей (все "
    "источники финансирования)", "ед.", "340", key="new_places", val=340,
    anchor="новых мест")
L(rule)
L(cells(["", "Справочно: численность детей 5–18 лет (на 01.01.2024)", "чел.",
         n(21557)]))
L(rule)
L("")
L("Динамика основных показателей")
W2 = (46, 10, 10)
r2 = "+" + "+".join("-" * (w + 2) for w in W2) + "+"
L(r2)
L("| " + "Показатель".ljust(W2[0]) + " | " + "2023".rjust(W2[1]) + " | "
  + "2024".rjust(W2[2]) + " |")
L(r2)
for lab, a, b in [("Охват детей 5–18 лет, %", "77,7", "78,6"),
                  ("Обучающихся (уникальных детей), чел.", n(16792), n(16944)),
                  ("Количество ДООП, ед.", "561", "587"),
                  ("Номинал сертификата, руб.", "8 640,00", "9 118,00")]:
    L("| " + lab.ljust(W2[0]) + " | " + a.rjust(W2[1]) + " | " + b.rjust(W2[2]) + " |")
L(r2)
L("")
L("Прирост численности детей, охваченных дополнительным образованием, составил "
  + g.add("coverage_growth_children", 152, "152", "Прирост численности", "text")
  + " чел.")
L("Данные о численности детей-инвалидов и педагогов – участников конкурсов будут")
L("представлены дополнительно после сверки с АИС «Навигатор» (до 20.01.2025).")
L("")
L("Руководитель МОЦ                     И.В. Ковалёва")
L("Исполнитель: Ткаченко А.С., 8 (4236) 69-22-15, moc-nakhodka@mail.ru")

with open(os.path.join(OUT, STEM + ".txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
g.save(traps=["«н/д» for disabled children and teachers' PD (no figure)",
              "«–» for non-state organisations", "network programmes 23",
              "row numbers 2.1.3, 5.1.1", "values on the last wrapped line",
              "with-repeats per-direction counts (no with-repeats total)",
              "«Справочно» population 21 557", "2023 column in the dynamics table",
              "letter number/date 05.12.2024 № 23/11874, deadline 20.01.2025, phone"])
print("ok", STEM)
