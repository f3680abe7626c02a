"""r3_12: Боровичский муниципальный район (Новгородская обл.), information for
the board of the education committee on 2024 -> odt.  NOT IN BRIEF:
(a) the unit column stands AFTER the value columns and uses multipliers
(«тыс. чел.», «тыс. руб.»), so 7,94 тыс. чел. = 7 940; (b) change columns
«Изменение (+/–), абс.» and «Изменение, %»; (c) a direction table whose units
sit in a separate column of each row instead of the header."""
import os
import datetime
from common import *

NAME = "r3_12_borovichi_kollegiya"
Y = 2024
POP23, POP24 = 9905, 9870
ST23, ST24 = 7720, 7940
C23, C24 = pct(ST23, POP23), pct(ST24, POP24)
check((C23, C24) == (77.9, 80.4), (C23, C24))
GR = ST24 - ST23
GR_PCT = round(100.0 * GR / ST23, 1)
check((GR, GR_PCT) == (220, 2.8), (GR, GR_PCT))
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
DN = ["художественная", "техническая", "естественнонаучная",
      "туристско-краеведческая", "социально-гуманитарная",
      "физкультурно-спортивная"]
P = [61, 24, 19, 14, 38, 33]
S = [3480, 1050, 820, 690, 2210, 2400]
check(sum(P) == 189 and sum(S) == 10650, (sum(P), sum(S)))


def ch(a, b, unit_pct=True):
    dv = b - a
    s_abs = ("+" if dv > 0 else ("–" if dv < 0 else "")) + (
        d(abs(dv), 2) if isinstance(a, float) else n(abs(dv)))
    if dv == 0:
        s_abs = "0"
    p = round(100.0 * dv / a, 1) if a else None
    s_p = "х" if p is None else (("+" if p > 0 else "–" if p < 0 else "")
                                 + d(abs(p)))
    return s_abs, s_p


doc = new_doc(size=12, created=datetime.datetime(2025, 2, 18, 10, 0))
para(doc, "Комитет образования Администрации Боровичского муниципального района",
     align="center", bold=True)
para(doc, "")
para(doc, "ИНФОРМАЦИЯ", align="center", bold=True)
para(doc, "к заседанию коллегии комитета образования 25.02.2025 «Об итогах "
     "развития дополнительного образования детей в 2024 году»",
     align="center")
para(doc, "")
para(doc, "Дополнительное образование детей в районе реализуют 3 организации "
     "дополнительного образования (Дом детского творчества, Детско-юношеская "
     "спортивная школа, Станция юных туристов), 16 общеобразовательных "
     "организаций и 11 дошкольных организаций. Основная часть обучающихся "
     "приходится на город Боровичи (5 610 детей), остальные – на сельские "
     "поселения района.", indent=True, align="justify")
para(doc, f"Прирост числа детей, охваченных дополнительным образованием, "
     f"составил {GR} человек, или {d(GR_PCT)} %. В Валдайском районе охват "
     f"составил 76,0 %, в среднем по Новгородской области – 78,3 %.",
     indent=True, align="justify")
para(doc, "Таблица 1. Основные показатели", bold=True)
g = [["№", "Показатель", "2023 г.", "2024 г.", "Ед. изм.",
      "Изменение (+/–), абс.", "Изменение, %"]]


def r(no, lab, a, b, unit, fa=None, fb=None, change=True):
    sa = fa if fa is not None else (n(a) if isinstance(a, int) else d(a, 2))
    sb = fb if fb is not None else (n(b) if isinstance(b, int) else d(b, 2))
    if change:
        c1, c2 = ch(a, b)
    else:
        c1, c2 = "х", "х"
    g.append([no, lab, sa, sb, unit, c1, c2])


r("1", "Организации дополнительного образования", 3, 3, "ед.")
r("2", "Организации в реестре поставщиков ПФДО", 9, 11, "ед.")
r("3", "Дополнительные общеобразовательные программы", 176, 189, "ед.")
r("4", "Программы с положительным заключением НОК", 3, 5, "ед.")
r("5", "Численность детей 5–18 лет, проживающих в районе", 9.905, 9.870,
  "тыс. чел.", fa="9,905", fb="9,870")
g[-1][5], g[-1][6] = "–0,035", "–0,4"
r("6", "Обучающиеся (без повторного счёта)", 7.72, 7.94, "тыс. чел.")
r("7", "Обучающиеся (с повторным счётом)", 10.38, 10.65, "тыс. чел.")
r("8", "Охват детей 5–18 лет", C23, C24, "%", fa=d(C23), fb=d(C24),
  change=False)
r("9", "Обучающиеся с ОВЗ", 205, 221, "чел.")
r("10", "Обучающиеся дети-инвалиды", 64, 69, "чел.")
r("11", "Номинал сертификата", 6.75, 7.02, "тыс. руб.")
r("12", "Активные сертификаты", 2480, 2705, "шт.")
r("13", "Доля детей, обучающихся по сертификатам", 31.2, 33.4, "%",
  fa="31,2", fb="33,4", change=False)
r("14", "Созданные новые места", 0, 75, "ед.", fa="–")
g[-1][5], g[-1][6] = "+75", "х"
table(doc, g, header_rows=1, size=10, label_cols=(1,),
      widths=[0.9, 6.4, 1.7, 1.7, 1.9, 2.3, 2.0])
para(doc, "")
para(doc, "Таблица 2. Программы и обучающиеся по направленностям, 2024 г.",
     bold=True)
g2 = [["Направленность", "Показатель", "Значение", "Ед. изм."]]
merges = []
for i, dn in enumerate(DN):
    g2.append([dn, "программы", str(P[i]), "ед."])
    g2.append(["", "обучающиеся", n(S[i]), "чел."])
    merges.append((len(g2) - 2, 0, len(g2) - 1, 0))
g2.append(["Всего", "программы", str(sum(P)), "ед."])
g2.append(["", "обучающиеся (с повторным счётом)", n(sum(S)), "чел."])
merges.append((len(g2) - 2, 0, len(g2) - 1, 0))
table(doc, g2, merges=merges, header_rows=1, size=10, label_cols=(0, 1),
      widths=[5.5, 5.5, 2.5, 2.0])
para(doc, "")
para(doc, "Муниципальный опорный центр провёл 15 мероприятий для родителей "
     "(охват – 930 человек) и 24 мероприятия для обучающихся (охват – "
     "2 870 человек). В 2025 году планируется создать 60 новых мест и "
     "довести охват до 81 %. Около 150 педагогов района приняли участие в "
     "мероприятиях по развитию профессионального мастерства.", indent=True,
     align="justify")
para(doc, "Председатель комитета образования                     Л.Н. Фёдорова")

src = os.path.join(BUILD, NAME + ".docx")
doc.save(src)
odt = soffice_convert(src, "odt")
publish(odt, NAME + ".odt")

write_gold(NAME, "Боровичский район", "Новгородская область", Y, {
    "organizations_total": 3, "providers_registry": 11,
    "programs_total": sum(P), **{f"programs_{k}": P[i] for i, k in
                                 enumerate(KEYS)},
    "programs_nok": 5, "students_total": ST24,
    **{f"students_{k}": S[i] for i, k in enumerate(KEYS)},
    "coverage_pct": C24, "coverage_growth_children": GR,
    "coverage_growth_pct": GR_PCT, "students_ovz": 221,
    "students_disabled": 69, "certificate_nominal_rub": 7020.0,
    "certificates_active": 2705, "certificate_share_pct": 33.4,
    "new_places": 75, "events_parents": 15, "events_parents_reach": 930,
    "events_students": 24, "events_students_reach": 2870,
})
print("ok", NAME)
