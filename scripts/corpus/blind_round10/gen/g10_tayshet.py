"""r10_10 — Тайшетский район (Иркутская область), выгрузка мониторинга за 2024 год,
xlsx.
Outside the brief: a long («tidy») export of an information system — one record per
row with ID, ОКТМО, municipality, period, indicator code, indicator, «Разрез»
(dimension: direction, with/without repeats, ПФДО item), unit, value, status;
2023 and 2024 records interleaved, plus region-average records; a second sheet with
month columns (янв … дек) and an «Итого» formula column."""
import os
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from common import Gold, n, d, tmpdir, recalc_xlsx

STEM = "r10_10_tayshet_vygruzka_monitoring"
g = Gold(STEM, "Тайшетский район", "Иркутская область", 2024, "xlsx")
MO = "Тайшетский район"
REG = "Иркутская область (в среднем)"
OKTMO = 25636000

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Выгрузка"
ws["A1"] = "Выгрузка данных мониторинга «Дополнительное образование детей» (форма МОЦ-ИО)"
ws["A1"].font = Font(bold=True)
ws["A2"] = ("Сформировано: 16.01.2025 10:42:17; пользователь: moc_taishet; "
            "фильтр: МО = Тайшетский район; период = 2023–2024")
hdr = ["ID записи", "ОКТМО", "Муниципальное образование", "Период", "Код показателя",
       "Показатель", "Разрез", "Ед. изм.", "Значение", "Статус"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(4, j, h)
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9D9D9")
    c.alignment = Alignment(wrap_text=True, vertical="center")
for col, w in zip("ABCDEFGHIJ", (11, 10, 26, 8, 9, 52, 26, 8, 11, 12)):
    ws.column_dimensions[col].width = w
recs = []          # (mo, period, code, indicator, cut, unit, value, key)


def add(code, ind, cut, unit, v23, v24, key=None, reg=None):
    recs.append((MO, "2023", code, ind, cut, unit, v23, None))
    recs.append((MO, "2024", code, ind, cut, unit, v24, key))
    if reg:
        recs.append((REG, "2024", code, ind, cut, unit, reg, None))


add("DO-01", "Количество организаций дополнительного образования", "Всего", "ед.",
    4, 4, "organizations_total")
add("DO-02", "Количество организаций в реестре поставщиков образовательных услуг "
    "(ПФДО)", "Всего", "ед.", 9, 10, "providers_registry")
add("DO-02", "Количество организаций в реестре поставщиков образовательных услуг "
    "(ПФДО)", "в т.ч. индивидуальные предприниматели", "ед.", 2, 3)
add("DO-03", "Количество дополнительных общеобразовательных программ", "Всего", "ед.",
    312, 338, "programs_total")
dirs = [("art", "Художественная", 95, 102, 3050, 3120),
        ("sport", "Физкультурно-спортивная", 58, 61, 2410, 2480),
        ("social", "Социально-гуманитарная", 72, 79, 1520, 1590),
        ("science", "Естественнонаучная", 29, 31, 580, 610),
        ("tech", "Техническая", 39, 44, 1005, 1060),
        ("tourism", "Туристско-краеведческая", 19, 21, 550, 530)]
assert sum(x[3] for x in dirs) == 338 and sum(x[2] for x in dirs) == 312
assert sum(x[5] for x in dirs) == 9390 and sum(x[4] for x in dirs) == 9115
for k, lab, p23, p24, s23, s24 in dirs:
    add("DO-03", "Количество дополнительных общеобразовательных программ", lab, "ед.",
        p23, p24, f"programs_{k}")
add("DO-04", "Количество программ, получивших положительное заключение НОК", "Всего",
    "ед.", 7, 9, "programs_nok")
add("DO-05", "Численность обучающихся по ДООП", "без повторного счёта", "чел.", 6902,
    7048, "students_total")
add("DO-05", "Численность обучающихся по ДООП", "с повторным счётом", "чел.", 9115, 9390)
for k, lab, p23, p24, s23, s24 in dirs:
    add("DO-05", "Численность обучающихся по ДООП", lab + " (с повторным счётом)",
        "чел.", s23, s24, f"students_{k}")
add("DO-06", "Численность детей в возрасте 5–18 лет (Иркутскстат)", "Всего", "чел.",
    9610, 9545)
add("DO-07", "Охват детей 5–18 лет дополнительным образованием", "Всего", "%", 71.8,
    73.8, "coverage_pct", reg=78.6)
recs.append((MO, "2024", "DO-08", "Прирост охвата детей дополнительным образованием",
             "чел.", "чел.", 146, "coverage_growth_children"))
recs.append((MO, "2024", "DO-08", "Прирост охвата детей дополнительным образованием",
             "%", "%", 2.0, "coverage_growth_pct"))
add("DO-09", "Численность обучающихся с ОВЗ", "Всего", "чел.", 214, 229, "students_ovz")
add("DO-10", "Численность обучающихся детей-инвалидов", "Всего", "чел.", 70, 76,
    "students_disabled")
add("DO-11", "Персонифицированное финансирование", "Номинал сертификата", "руб.",
    6900.0, 7285.6, "certificate_nominal_rub", reg=8120.0)
add("DO-11", "Персонифицированное финансирование", "Выдано сертификатов", "шт.", 8020,
    8311, "certificates_issued")
add("DO-11", "Персонифицированное финансирование", "Активные сертификаты", "шт.", 3660,
    3902, "certificates_active")
add("DO-11", "Персонифицированное финансирование", "Обучаются по сертификату", "чел.",
    1980, 2116, "certificate_students")
add("DO-11", "Персонифицированное финансирование", "Доля детей, охваченных ПФДО", "%",
    20.6, 22.2, "certificate_share_pct", reg=24.9)
add("DO-12", "Количество созданных новых мест", "Всего", "ед.", 100, 80, "new_places")

rid = 1048215
r = 5
for mo, per, code, ind, cut, unit, val, key in recs:
    vals = [rid, OKTMO if mo == MO else 25000000, mo, per, code, ind, cut, unit, val,
            "Утверждено"]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
    ws.cell(r, 9).number_format = ("#,##0.00" if unit == "руб." else
                                   "0.0" if unit == "%" else "#,##0")
    if key:
        written = (d(val, 2) if unit == "руб." else d(val) if unit == "%" else n(val))
        g.add(key, val, written, f"{mo} && 2024 && {code} && {cut}")
    rid += 7 if per == "2024" else 3
    r += 1
ws.auto_filter.ref = f"A4:J{r - 1}"
ws.freeze_panes = "A5"
ws.cell(r + 1, 1, f"Всего записей: {len(recs)}")

# ---------------------------------------------------------------- months sheet
ws = wb.create_sheet("Мероприятия МОЦ 2024")
ws["A1"] = "Мероприятия муниципального опорного центра по месяцам, 2024 год"
ws["A1"].font = Font(bold=True)
months = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя",
          "дек"]
ws.cell(3, 1, "Показатель").font = Font(bold=True)
for j, m in enumerate(months, 2):
    ws.cell(3, j, m).font = Font(bold=True)
ws.cell(3, 14, "Итого").font = Font(bold=True)
ws.column_dimensions["A"].width = 52
ev = [("Мероприятия для родителей, ед.", "events_parents",
       [1, 2, 1, 1, 1, 0, 0, 1, 2, 1, 2, 1]),
      ("Участники – родители, чел.", "events_parents_reach",
       [64, 130, 75, 88, 92, 0, 0, 140, 171, 66, 152, 86]),
      ("Мероприятия для обучающихся, ед.", "events_students",
       [2, 3, 4, 3, 3, 2, 1, 1, 3, 3, 3, 3]),
      ("Участники – обучающиеся, чел.", "events_students_reach",
       [210, 305, 420, 318, 290, 240, 95, 80, 362, 355, 340, 365]),
      ("Мероприятия для педагогов, ед.", "events_teachers",
       [1, 2, 2, 1, 1, 0, 0, 2, 2, 2, 2, 2]),
      ("Участники – педагоги, чел.", "events_teachers_reach",
       [18, 41, 37, 16, 20, 0, 0, 52, 39, 35, 42, 29]),
      ("Педагоги – участники конкурсов профессионального мастерства, чел.",
       "teachers_pd_participants", [0, 6, 11, 4, 0, 0, 0, 0, 9, 12, 10, 0])]
for i, (lab, k, vals) in enumerate(ev, 4):
    ws.cell(i, 1, lab)
    for j, v in enumerate(vals, 2):
        ws.cell(i, j, v if v else "–")
    ws.cell(i, 14, f"=SUM(B{i}:M{i})").font = Font(bold=True)
    tot = sum(vals)
    g.add(k, tot, n(tot), lab.split(",")[0])
thin = Side(style="thin")
for row in ws["A3:N10"]:
    for c in row:
        c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.cell(12, 1, "Ответственный: Воронцова Е.А., тел. 8 (39563) 2-11-84")

src = os.path.join(tmpdir(STEM), STEM + ".xlsx")
wb.save(src)
recalc_xlsx(src, STEM)
g.save(traps=["2023 records interleaved with 2024 records", "region-average records "
              "(«Иркутская область (в среднем)»: 78,6 %, 8 120,00, 24,9 %)",
              "record IDs and ОКТМО 25636000 in every row",
              "«в т.ч. индивидуальные предприниматели» cut", "population 5–18 records",
              "with-repeats total 9 390 beside unique 7 048", "month columns with «–»",
              "export timestamp 16.01.2025 10:42:17, «Всего записей», phone"])
print("ok", STEM)
