"""r3_09: город Кирово-Чепецк (Кировская обл.), информационная справка МОЦ
за 2025 год -> UTF-8 text with «|» pipe tables (LF).  Shapes: transposed
table (directions as columns with abbreviated names, indicators as rows,
«Всего» last); one small table per direction with 2024 | 2025 columns;
«с повторным счётом» counts; amounts «7 120 рублей 00 копеек»."""
import os
from common import *

NAME = "r3_09_kirovo-chepeck_spravka"
Y = 2025
POP = 11520
ST = 9560
COV = pct(ST, POP)
check(COV == 83.0, COV)
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
ABBR = ["Худож.", "Техн.", "Ест.-науч.", "Тур.-краев.", "Соц.-гум.",
        "Физк.-спорт."]
FULL = ["Художественная", "Техническая", "Естественнонаучная",
        "Туристско-краеведческая", "Социально-гуманитарная",
        "Физкультурно-спортивная"]
P25 = [71, 33, 24, 10, 45, 39]
S25 = [4120, 1305, 990, 385, 2350, 3010]
OVZ = [98, 21, 17, 6, 73, 41]
NEWP = [0, 60, 25, 0, 0, 15]
P24 = [68, 29, 22, 11, 43, 37]
S24 = [3985, 1190, 940, 410, 2205, 2930]
check(sum(P25) == 222 and sum(S25) == 12160 and sum(OVZ) == 256
      and sum(NEWP) == 100, "sums")


def pipe_table(rows, aligns=None):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for ri, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            cells.append(c.ljust(w[i]) if i == 0 else c.rjust(w[i]))
        out.append("| " + " | ".join(cells) + " |")
        if ri == 0:
            out.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
    return out


L = []
L.append("Управление образования администрации муниципального образования "
         "\"Город Кирово-Чепецк\" Кировской области")
L.append("Муниципальный опорный центр дополнительного образования детей")
L.append("")
L.append("ИНФОРМАЦИОННАЯ СПРАВКА")
L.append("о развитии дополнительного образования детей в 2025 году")
L.append("")
L.append(f"В 2025 году в городе дополнительным образованием охвачены {n(ST)} "
         f"детей (без повторного счёта), что составляет {d(COV)} % от "
         f"численности детей 5-18 лет ({n(POP)} человек). С учётом повторного "
         f"счёта зарегистрировано {n(sum(S25))} занятий-мест. В Кирово-Чепецком "
         f"районе охват – 74,1 %.")
L.append("Дополнительное образование реализуют 6 организаций дополнительного "
         "образования, 14 школ и 19 детских садов; в реестр поставщиков "
         "включены 23 организации (в т.ч. 3 ИП).")
L.append("")
L.append("Таблица 1. Показатели по направленностям, 2025 год")
L.append("")
rows = [["Показатель"] + ABBR + ["Всего"]]
rows.append(["Программы, ед."] + [str(x) for x in P25] + [str(sum(P25))])
rows.append(["Обучающиеся (с повт. счётом), чел."] + [n(x) for x in S25]
            + [n(sum(S25))])
rows.append(["из них с ОВЗ, чел."] + [str(x) for x in OVZ] + [str(sum(OVZ))])
rows.append(["Новые места, ед."] + [str(x) if x else "–" for x in NEWP]
            + [str(sum(NEWP))])
L += pipe_table(rows)
L.append("")
L.append("Таблицы 2.1-2.6. Динамика по направленностям (по учебным годам)")
for i, fn in enumerate(FULL):
    L.append("")
    L.append(f"2.{i + 1}. {fn} направленность")
    r = [["Показатель", "2023/2024 уч. г.", "2024/2025 уч. г."],
         ["Программы, ед.", str(P24[i]), str(P25[i])],
         ["Обучающиеся, чел.", n(S24[i]), n(S25[i])]]
    L += pipe_table(r)
L.append("")
L.append("Персонифицированное финансирование")
L.append("")
L += pipe_table([
    ["Показатель", "Значение"],
    ["Номинал сертификата", "7 120 рублей 00 копеек"],
    ["Выдано сертификатов", n(10830)],
    ["Активных сертификатов (использованы для записи)", n(8015)],
    ["Норматив охвата ПФДО", "25 %"],
])
L.append("")
L.append("Деятельность МОЦ в 2025 году")
L.append("")
L += pipe_table([
    ["Целевая группа", "Мероприятий", "Участников"],
    ["Обучающиеся", "27", n(2640)],
    ["Родители", "10", "815"],
    ["Педагоги", "14", "226"],
])
L.append("")
L.append("Положительное заключение независимой оценки качества получили "
         "8 программ (всего на НОК направлено 10). В конкурсах "
         "профессионального мастерства участвовали 52 педагога.")
L.append("")
L.append("На 2026 год: создание 120 новых мест, охват – 83,5 %.")
L.append("Контакты МОЦ: 613040, г. Кирово-Чепецк, ул. Ленина, д. 37; "
         "тел. (83361) 4-52-70.")
text = "\n".join(L) + "\n"
with open(os.path.join(HERE, NAME + ".txt"), "w", encoding="utf-8") as f:
    f.write(text)

write_gold(NAME, "город Кирово-Чепецк", "Кировская область", Y, {
    "organizations_total": 6, "providers_registry": 23,
    "programs_total": sum(P25),
    **{f"programs_{k}": P25[i] for i, k in enumerate(KEYS)},
    "programs_nok": 8, "students_total": ST,
    **{f"students_{k}": S25[i] for i, k in enumerate(KEYS)},
    "coverage_pct": COV, "students_ovz": sum(OVZ),
    "certificate_nominal_rub": 7120.0, "certificates_issued": 10830,
    "certificates_active": 8015, "new_places": sum(NEWP),
    "events_parents": 10, "events_parents_reach": 815,
    "events_students": 27, "events_students_reach": 2640,
    "events_teachers": 14, "events_teachers_reach": 226,
    "teachers_pd_participants": 52,
})
print("ok", NAME)
