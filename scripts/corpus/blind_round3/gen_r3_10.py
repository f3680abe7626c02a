"""r3_10: город Великие Луки (Псковская обл.), letter with summary for 2024 ->
UTF-8 text (with BOM, CRLF) with «+---+» box tables.  NOT IN BRIEF: column
headers and row labels are abbreviations/codes (ХН, ТН, «Об.пс», «ДИ») decoded
only in a legend «Условные обозначения» under the table; coverage given as a
coefficient «К охв. = 0,812»; a box table whose header spans two lines."""
import os
from common import *

NAME = "r3_10_velikie-luki_svod"
Y = 2024
POP = 13965
ST = 11340
COV = pct(ST, POP)
check(COV == 81.2, COV)
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
CODES = ["ХН", "ТН", "ЕНН", "ТКН", "СГН", "ФСН"]
P = [84, 39, 27, 15, 55, 48]
S = [4870, 1640, 1090, 610, 3340, 3660]
OVZ = [120, 31, 25, 10, 88, 45]
DI = [41, 9, 6, 3, 27, 15]
CERT = [1120, 560, 380, 150, 710, 690]
check((sum(P), sum(S), sum(OVZ), sum(DI), sum(CERT)) ==
      (268, 15210, 319, 101, 3610), "sums")
SH = pct(sum(CERT), ST)
check(SH == 31.8, SH)


def box(rows, header_lines=1, right=True, total_sep=True):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = [sep]
    for ri, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            if ri < header_lines or i <= 1 or not right:
                cells.append(c.ljust(w[i]))
            else:
                cells.append(c.rjust(w[i]))
        out.append("| " + " | ".join(cells) + " |")
        if ri == header_lines - 1 or (total_sep and ri == len(rows) - 2):
            out.append(sep)
    out.append(sep)
    return out


L = []
L.append("Администрация города Великие Луки")
L.append("Управление образования")
L.append("182100, Псковская обл., г. Великие Луки, пр. Ленина, 24")
L.append("")
L.append("Исх. № 01-12/118 от 22.01.2025")
L.append("На № 3105 от 09.01.2025")
L.append("")
L.append("                         Министерство образования Псковской области")
L.append("")
L.append("О представлении сводных сведений МОЦ за 2024 год")
L.append("")
L.append("Управление образования Администрации города Великие Луки направляет "
         "сводные сведения о развитии дополнительного образования детей в "
         "городском округе за 2024 год.")
L.append("")
L.append("Таблица 1. Сводные показатели по направленностям, 2024 г.")
rows = [["N", "Напр.", "ДООП", "Об.пс", "ОВЗ", "ДИ", "Серт."],
        ["", "", "(ед.)", "(чел.)", "(чел.)", "(чел.)", "(чел.)"]]
for i, c in enumerate(CODES):
    rows.append([str(i + 1), c, str(P[i]), n(S[i]), str(OVZ[i]), str(DI[i]),
                 n(CERT[i])])
rows.append(["7", "ВСЕГО", str(sum(P)), n(sum(S)), str(sum(OVZ)),
             str(sum(DI)), n(sum(CERT))])
L += box(rows, header_lines=2)
L.append("Условные обозначения: ХН - художественная направленность; ТН - "
         "техническая; ЕНН - естественнонаучная; ТКН - туристско-краеведческая; "
         "СГН - социально-гуманитарная; ФСН - физкультурно-спортивная; ДООП - "
         "дополнительные общеобразовательные программы; Об.пс - обучающиеся с "
         "повторным счётом; ОВЗ - обучающиеся с ограниченными возможностями "
         "здоровья; ДИ - дети-инвалиды; Серт. - обучающиеся с использованием "
         "сертификатов ПФДО.")
L.append("")
L.append("Таблица 2. Показатели охвата и инфраструктуры")
rows2 = [["Код", "Показатель", "Знач."],
         ["Н1", "Численность детей 5-18 лет (Псковстат, на 01.01.2024), чел.",
          n(POP)],
         ["Н2", "Обучающиеся без повторного счёта, чел.", n(ST)],
         ["К охв.", "Коэффициент охвата (Н2 / Н1)", "0,812"],
         ["К охв.(2023)", "то же за 2023 г.", "0,796"],
         ["ОДО", "Организации дополнительного образования, ед.", "8"],
         ["Реестр", "Поставщики в реестре ПФДО, ед.", "21"],
         ["НОК+", "Программы с положительным заключением НОК, ед.", "7"],
         ["НМ", "Созданные новые места, ед.", "150"],
         ["Ном.", "Номинал сертификата, руб.", "5 312,46"],
         ["Д серт.", "Доля обучающихся по сертификатам, %", d(SH)]]
L += box(rows2, header_lines=1, total_sep=False)
L.append("")
L.append(f"Справочно: в Великолукском районе коэффициент охвата составил "
         f"0,689; по Псковской области - 0,774. Номинал сертификата на 2025 год "
         f"утверждён в размере 5 700,00 руб.")
L.append("")
L.append("В 2024 году МОЦ провёл 22 мероприятия для педагогов (участников - "
         "311) и 8 мероприятий для родителей (участников - 640).")
L.append("")
L.append("Начальник Управления образования                      Т.В. Ершова")
L.append("")
L.append("Исп. Петрова А.А., 8 (81153) 3-14-62")
text = "\r\n".join(L) + "\r\n"
with open(os.path.join(HERE, NAME + ".txt"), "w", encoding="utf-8-sig",
          newline="") as f:
    f.write(text)

write_gold(NAME, "город Великие Луки", "Псковская область", Y, {
    "organizations_total": 8, "providers_registry": 21,
    "programs_total": sum(P),
    **{f"programs_{k}": P[i] for i, k in enumerate(KEYS)},
    "programs_nok": 7, "students_total": ST,
    **{f"students_{k}": S[i] for i, k in enumerate(KEYS)},
    "coverage_pct": COV, "students_ovz": sum(OVZ),
    "students_disabled": sum(DI), "certificate_nominal_rub": 5312.46,
    "certificate_students": sum(CERT), "certificate_share_pct": SH,
    "new_places": 150, "events_parents": 8, "events_parents_reach": 640,
    "events_teachers": 22, "events_teachers_reach": 311,
})
print("ok", NAME)
