"""r10_03 — город Новошахтинск (Ростовская область), monitoring export for 2023,
fixed-width text, cp1251, CRLF.
Shape (brief): space-aligned export with section rows, numbered rows 2.1.3,
column-number row, 2022 / 2023 / «ср. по области» columns, wrapped labels with the
value on the first or on the last line, «х» and «-» for no value; a second
space-aligned table with neighbouring territories."""
import os
import textwrap
from common import Gold, OUT

STEM = "r10_03_novoshakhtinsk_monitoring"
g = Gold(STEM, "город Новошахтинск", "Ростовская область", 2023, "txt")

W_NO, W_LAB, W_U, W_V = 8, 46, 7, 11
lines = []


def L(s=""):
    lines.append(s)


def row(no, label, unit, v22, v23, vobl, where="first", key=None, val=None,
        anchor=None):
    """Wrap the label; put the values on the first or the last label line."""
    parts = textwrap.wrap(label, W_LAB) or [""]
    vi = 0 if where == "first" else len(parts) - 1
    for i, p in enumerate(parts):
        if i == vi:
            s = ((no if i == 0 else "").ljust(W_NO) + p.ljust(W_LAB) + unit.center(W_U)
                 + v22.rjust(W_V) + v23.rjust(W_V) + vobl.rjust(W_V))
        else:
            s = ("" if i else no).ljust(W_NO) + p
        L(s.rstrip())
    if key:
        assert anchor.lower().replace("ё", "е") in parts[vi].lower().replace("ё", "е"), \
            (anchor, parts[vi])
        g.add(key, val, v23, anchor)


def section(title):
    L(" " * W_NO + title)


SEP = "-" * (W_NO + W_LAB + W_U + 3 * W_V)
L("АИС \"Мониторинг дополнительного образования детей Ростовской области\"")
L("Форма ДОД-МО-1 (годовая)                         Выгружено: 22.01.2024 09:14:37")
L("Муниципальное образование: Город Новошахтинск     ОКТМО: 60730000")
L("Отчетный период: 2023 год                        Пользователь: novoshakht_uo_02")
L("Ответственный: Управление образования Администрации города Новошахтинска,")
L("  346918, Ростовская обл., г. Новошахтинск, ул. Харьковская, 97, тел. 8(86369)2-14-57")
L("")
L("Раздел 1. Показатели развития системы дополнительного образования детей")
L(SEP)
L("N п/п".ljust(W_NO) + "Наименование показателя".ljust(W_LAB) + "Ед.изм".center(W_U)
  + "2022".rjust(W_V) + "2023".rjust(W_V) + "Ср.по обл.".rjust(W_V))
L(" " * (W_NO + W_LAB + W_U) + "(факт)".rjust(W_V) + "(факт)".rjust(W_V)
  + "2023".rjust(W_V))
L(SEP)
L("1".ljust(W_NO) + "2".center(W_LAB) + "3".center(W_U) + "4".rjust(W_V)
  + "5".rjust(W_V) + "6".rjust(W_V))
L(SEP)
section("1. Сеть организаций")
row("1.1", "Количество организаций дополнительного образования (юридических лиц)",
    "ед.", "5", "5", "х", key="organizations_total", val=5,
    anchor="организаций дополнительного")
row("1.2", "Количество организаций, включенных в реестр исполнителей услуг по "
    "социальному сертификату", "ед.", "12", "14", "х", where="last",
    key="providers_registry", val=14, anchor="социальному сертификату")
section("2. Дополнительные общеобразовательные программы")
row("2.1", "Количество реализуемых ДООП, всего", "ед.", "388", "412", "х",
    key="programs_total", val=412, anchor="ДООП, всего")
L("".ljust(W_NO) + "в том числе по направленностям:")
pr = [("2.1.1", "художественная", "art", 142, 150),
      ("2.1.2", "физкультурно-спортивная", "sport", 61, 64),
      ("2.1.3", "социально-гуманитарная", "social", 83, 89),
      ("2.1.4", "естественнонаучная", "science", 37, 41),
      ("2.1.5", "техническая", "tech", 48, 52),
      ("2.1.6", "туристско-краеведческая", "tourism", 17, 16)]
assert sum(p[4] for p in pr) == 412 and sum(p[3] for p in pr) == 388
for no, lab, k, a, b in pr:
    row(no, lab, "ед.", str(a), str(b), "х", key=f"programs_{k}", val=b, anchor=lab)
row("2.2", "Количество ДООП, получивших положительное заключение по итогам НОК",
    "ед.", "6", "9", "х", where="last", key="programs_nok", val=9,
    anchor="итогам НОК")
row("2.3", "Количество ДООП, направленных на независимую оценку качества",
    "ед.", "11", "15", "х")
section("3. Контингент")
row("3.1", "Численность детей в возрасте от 5 до 18 лет, проживающих на территории "
    "МО (Росстат)", "чел.", "15480", "15612", "х", where="last")
row("3.2", "Численность детей, обучающихся по ДООП (без повторного счета)", "чел.",
    "11702", "12006", "х", where="last", key="students_total", val=12006,
    anchor="повторного счета)")
row("3.3", "Численность обучающихся по ДООП с повторным счетом, всего", "чел.",
    "14890", "15377", "х")
L("".ljust(W_NO) + "из них по направленностям:")
st = [("3.3.1", "художественная", "art", 5020, 5210),
      ("3.3.2", "физкультурно-спортивная", "sport", 3980, 4102),
      ("3.3.3", "социально-гуманитарная", "social", 2240, 2315),
      ("3.3.4", "естественнонаучная", "science", 1045, 1120),
      ("3.3.5", "техническая", "tech", 1880, 1930),
      ("3.3.6", "туристско-краеведческая", "tourism", 725, 700)]
assert sum(s[4] for s in st) == 15377 and sum(s[3] for s in st) == 14890
for no, lab, k, a, b in st:
    row(no, lab, "чел.", str(a), str(b), "х", key=f"students_{k}", val=b, anchor=lab)
row("3.4", "Доля детей 5-18 лет, охваченных дополнительным образованием (охват)", "%",
    "75,6", "76,9", "81,4", where="last", key="coverage_pct", val=76.9,
    anchor="(охват)")
row("3.5", "из числа обучающихся - дети с ограниченными возможностями здоровья",
    "чел.", "402", "436", "х", where="first", key="students_ovz", val=436,
    anchor="дети с ограниченными")
row("3.6", "из числа обучающихся - дети-инвалиды", "чел.", "118", "127", "х",
    key="students_disabled", val=127, anchor="дети-инвалиды")
section("4. Социальный сертификат (ПФДО)")
row("4.1", "Номинал сертификата", "руб.", "5120,00", "5312,46", "5480,00",
    key="certificate_nominal_rub", val=5312.46, anchor="Номинал сертификата")
row("4.2", "Количество выданных сертификатов", "шт.", "9870", "10254", "х",
    key="certificates_issued", val=10254, anchor="выданных сертификатов")
row("4.3", "Количество активных сертификатов (использованных для записи)", "шт.",
    "3015", "3380", "х", key="certificates_active", val=3380,
    anchor="активных сертификатов")
row("4.4", "Численность детей, обучающихся с использованием сертификата", "чел.",
    "2890", "3125", "х", where="last", key="certificate_students", val=3125,
    anchor="использованием сертификата")
row("4.5", "Доля детей 5-18 лет, обучающихся по сертификату", "%", "18,7", "20,0",
    "24,3", where="last", key="certificate_share_pct", val=20.0,
    anchor="сертификату")
section("5. Инфраструктура")
row("5.1", "Количество созданных новых мест дополнительного образования", "ед.",
    "-", "96", "х", where="last", key="new_places", val=96, anchor="образования")
section("6. Деятельность муниципального опорного центра")
ev = [("6.1", "Количество мероприятий МОЦ для родителей", "ед.", 9, 12,
       "events_parents", "для родителей"),
      ("6.1.1", "охват родителей", "чел.", 640, 815, "events_parents_reach",
       "охват родителей"),
      ("6.2", "Количество мероприятий МОЦ для обучающихся", "ед.", 21, 26,
       "events_students", "для обучающихся"),
      ("6.2.1", "охват обучающихся", "чел.", 2950, 3410, "events_students_reach",
       "охват обучающихся"),
      ("6.3", "Количество мероприятий МОЦ для педагогических работников", "ед.", 14,
       18, "events_teachers", "для педагогических"),
      ("6.3.1", "охват педагогических работников", "чел.", 310, 356,
       "events_teachers_reach", "охват педагогических"),
      ("6.4", "Численность педагогов - участников мероприятий по развитию "
       "профессионального мастерства", "чел.", 71, 84, "teachers_pd_participants",
       "профессионального мастерства")]
for no, lab, u, a, b, k, anc in ev:
    wh = "last" if k == "teachers_pd_participants" else "first"
    row(no, lab, u, str(a), str(b), "х", where=wh, key=k, val=b, anchor=anc)
L(SEP)
L("Примечание: данные по численности обучающихся - АИС \"Навигатор\" на 31.12.2023;")
L("численность населения 5-18 лет - Ростовстат на 01.01.2023.")
L("")
L("Раздел 2. Охват детей дополнительным образованием в сравнении с соседними")
L("территориями, 2023 год, %")
L("-" * 66)
cmp_rows = [("Город Новошахтинск", "76,9"), ("Город Шахты", "79,3"),
            ("Город Гуково", "74,8"), ("Красносулинский район", "72,5"),
            ("Родионово-Несветайский район", "70,1"), ("Ростовская область", "81,4")]
L("Территория".ljust(40) + "Охват, %".rjust(12) + "Место".rjust(10))
L("-" * 66)
for i, (t, v) in enumerate(cmp_rows):
    place = ["28", "17", "35", "41", "46", "-"][i]
    L(t.ljust(40) + v.rjust(12) + place.rjust(10))
L("-" * 66)
L("")
L("Руководитель МОЦ                      ____________  Е.А. Бондаренко")
L("Начальник Управления образования      ____________  Т.В. Кравченко")
L("Дата формирования: 22.01.2024                   Стр. 1 из 1")

data = "\r\n".join(lines) + "\r\n"
with open(os.path.join(OUT, STEM + ".txt"), "wb") as f:
    f.write(data.encode("cp1251"))
g.save(traps=["2022 column beside 2023", "«Ср. по обл.» column (81,4; 5480,00; 24,3)",
              "column-number row 1–6", "row numbers 2.1.3, 3.3.1, 6.1.1",
              "population 5–18 (15612)", "with-repeats total 15377 beside unique 12006",
              "NOK submitted 15 vs positive 9", "values on the last wrapped line",
              "neighbour table (Шахты, Гуково, Красносулинский) with ranks",
              "ОКТМО, phone, export timestamp, «Стр. 1 из 1»"])
print("ok", STEM)
