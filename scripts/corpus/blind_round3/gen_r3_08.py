"""r3_08: город Волжск (Республика Марий Эл), export of form МОЦ-1 for 2024 from
an information system -> fixed-width text, cp1251, CRLF.  Shapes: space-aligned
columns «2023 г. | 2024 г.», long labels wrapped onto continuation lines (the
values sit on the first line for some rows and on the last line for others),
a page break (form feed) with «Продолжение таблицы 1» and the header repeated,
«Справочно» rows, «-» for no value."""
import os
import textwrap
from common import *

NAME = "r3_08_volzhsk_vygruzka"
Y = 2024
POP23, POP24 = 8412, 8390
ST23, ST24 = 6610, 6745
C23, C24 = pct(ST23, POP23), pct(ST24, POP24)
check((C23, C24) == (78.6, 80.4), (C23, C24))
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
DN = ["художественной", "технической", "естественнонаучной",
      "туристско-краеведческой", "социально-гуманитарной",
      "физкультурно-спортивной"]
P23 = [49, 19, 15, 8, 36, 31]
P24 = [52, 21, 16, 8, 38, 32]
S23 = [2890, 905, 690, 310, 1790, 2120]
S24 = [3010, 960, 705, 290, 1880, 2140]
check(sum(P24) == 167 and sum(S24) == 8985, (sum(P24), sum(S24)))
CERT_ST = 1960
SH = pct(CERT_ST, ST24)
check(SH == 29.1, SH)

W_NO, W_LAB, W_U, W_V = 7, 44, 9, 11
HEAD = [
    " N п/п  Наименование показателя" + " " * 21 + "Ед.изм.      2023 г.     2024 г.",
    " " + "-" * 6 + " " + "-" * 42 + "  " + "-" * 8 + "  " + "-" * 10 + "  " + "-" * 10,
]


def row(no, label, unit, v1, v2, at="last"):
    parts = textwrap.wrap(label, W_LAB - 2)
    out = []
    vi = 0 if at == "first" else len(parts) - 1
    for i, part in enumerate(parts):
        left = " " + (no if i == 0 else "").ljust(W_NO) + part.ljust(W_LAB - 2)
        if i == vi:
            left += "  " + unit.ljust(W_U - 1) + v1.rjust(W_V) + v2.rjust(W_V + 1)
        out.append(left.rstrip())
    return out


body = []
body += row("1", "Численность детей в возрасте 5-18 лет, проживающих на "
            "территории муниципального образования (справочно)", "чел.",
            n(POP23), n(POP24), at="first")
body += row("2", "Численность детей, обучающихся по дополнительным "
            "общеобразовательным программам (без повторного счета)", "чел.",
            n(ST23), n(ST24), at="last")
body += row("3", "Охват детей в возрасте 5-18 лет дополнительным образованием",
            "%", d(C23), d(C24), at="last")
body += row("4", "Количество организаций дополнительного образования", "ед.",
            "4", "4", at="first")
body += row("5", "Количество организаций, включенных в реестр поставщиков "
            "(ПФДО)", "ед.", "11", "13", at="last")
body += row("6", "Количество дополнительных общеобразовательных программ, "
            "всего", "ед.", str(sum(P23)), str(sum(P24)), at="last")
for i, dn in enumerate(DN):
    body += row(f"6.{i + 1}", ("в т.ч. " if i == 0 else "") + dn +
                " направленности", "ед.", str(P23[i]), str(P24[i]), at="last")
PAGE1_ROWS = len(body)
body2 = []
body2 += row("7", "Численность обучающихся с повторным счетом, всего", "чел.",
             n(sum(S23)), n(sum(S24)), at="first")
for i, dn in enumerate(DN):
    body2 += row(f"7.{i + 1}", ("в т.ч. по программам " if i == 0 else
                               "по программам ") + dn + " направленности",
                 "чел.", n(S23[i]), n(S24[i]), at="last")
body2 += row("8", "Численность обучающихся с ограниченными возможностями "
             "здоровья", "чел.", "161", "176", at="first")
body2 += row("9", "Численность обучающихся детей-инвалидов", "чел.", "52", "58",
             at="first")
body2 += row("10", "Номинал сертификата дополнительного образования", "руб.",
             "5 900,00", "6 300,00", at="last")
body2 += row("11", "Количество выданных сертификатов", "шт.", n(7105),
             n(7480), at="first")
body2 += row("12", "Численность детей, обучающихся с использованием "
             "сертификатов", "чел.", n(1840), n(CERT_ST), at="last")
body2 += row("13", "Доля детей, обучающихся по сертификатам", "%", "27,8",
             d(SH), at="first")
body2 += row("14", "Количество программ, получивших положительное "
             "заключение по итогам НОК", "ед.", "-", "4", at="last")
body2 += row("15", "Количество мероприятий МОЦ для педагогических работников",
             "ед.", "7", "9", at="last")
body2 += row("15.1", "охват педагогических работников", "чел.", "118", "137",
             at="first")
body2 += row("16", "Численность педагогов - участников мероприятий по "
             "развитию профессионального мастерства", "чел.", "35", "41",
             at="last")
body2 += row("", "Справочно: численность обучающихся общеобразовательных "
             "организаций", "чел.", n(7044), n(7102), at="last")

top = [
    "АИС \"Мониторинг дополнительного образования\"           Дата выгрузки: 27.01.2025 14:05",
    "Форма МОЦ-1 (годовая)                                    Пользователь: volzhsk_moc",
    "",
    "Субъект РФ:              Республика Марий Эл",
    "Муниципальное образование: городской округ \"Город Волжск\"",
    "Отчетный период:         2024 год",
    "Статус формы:            Утверждена (27.01.2025)",
    "",
    "Таблица 1. Показатели развития дополнительного образования детей",
    "",
]
lines = top + HEAD + body + ["", "" + " " * 70 + "Стр. 1 из 2"]
lines2 = ["\f" + "Продолжение таблицы 1", ""] + HEAD + body2 + [
    "",
    "Примечание: значения за 2023 г. перенесены из формы прошлого года.",
    "Справочно: охват детей дополнительным образованием в Волжском",
    "муниципальном районе за 2024 г. - 69,7 %, по Республике Марий Эл - 78,9 %.",
    "",
    "Ответственный: Иванова О.П., тел. (83631) 6-18-52",
    " " * 70 + "Стр. 2 из 2",
]
text = "\r\n".join(lines + lines2) + "\r\n"
dst = os.path.join(HERE, NAME + ".txt")
with open(dst, "wb") as f:
    f.write(text.encode("cp1251"))
with open(os.path.join(BUILD, NAME + ".utf8.txt"), "w", encoding="utf-8") as f:
    f.write(text)

write_gold(NAME, "город Волжск", "Республика Марий Эл", Y, {
    "organizations_total": 4, "providers_registry": 13,
    "programs_total": sum(P24),
    **{f"programs_{k}": P24[i] for i, k in enumerate(KEYS)},
    "programs_nok": 4, "students_total": ST24,
    **{f"students_{k}": S24[i] for i, k in enumerate(KEYS)},
    "coverage_pct": C24, "students_ovz": 176, "students_disabled": 58,
    "certificate_nominal_rub": 6300.0, "certificates_issued": 7480,
    "certificate_students": CERT_ST, "certificate_share_pct": SH,
    "events_teachers": 9, "events_teachers_reach": 137,
    "teachers_pd_participants": 41,
})
print("ok", NAME)
