"""r5_14 — Междуреченский городской округ, Кемеровская область — Кузбасс, 2023.
A KPI dashboard over a long-format («tidy») data export (xlsx) — shape OUTSIDE the brief.

Shape: sheet «Дашборд» with KPI tiles (merged label cell above a merged big-number cell,
values by SUMIFS formulas over the data sheet, percent tile as value/100 with a percent
format), a small «Динамика охвата» year table and a direction chart-data table (also
formulas); sheet «Данные» in long format «Год | Период | ОКТМО | Территория | Показатель
| Направленность | Ед. изм. | Значение | Источник» with an autofilter; rows of a
neighbouring okrug (Мысковский) are FILTERED OUT (hidden rows); a hidden sheet
«Справочник» with codes.
Traps: 2021/2022 rows and 2024 plan rows in the same columns as 2023; the region average
(Кузбасс) rows; OKTMO codes (32725000); hidden neighbour rows (must not be read); the
population 5–18 as an indicator row; repeated-count totals beside the unique total.
"""
import os
import shutil

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from common import Gold, check, check_cov, check_sum, out_path, pct, soffice_convert

NAME = "r5_14_mezhdurechenskij_dashboard"
MUN = "Междуреченский городской округ"
REG = "Кемеровская область — Кузбасс"
g = Gold(NAME, MUN, REG, 2023)

dirs = ["art", "sport", "social", "science", "tech", "tourism"]
dname = dict(art="художественная", sport="физкультурно-спортивная",
             social="социально-гуманитарная", science="естественнонаучная",
             tech="техническая", tourism="туристско-краеведческая")
D = {
    2023: dict(pop=13958, uniq=11245, cov=80.6, orgs=6, prov=15, nok=9, ovz=455, dis=121,
               nom=8020.0, iss=14062, act=11930, cst=3352, csh=29.8, newp=110,
               evs=28, evs_r=4406, evp=12, evp_r=1150, evt=15, evt_r=377, tpd=164,
               prog=dict(art=104, sport=81, social=72, science=27, tech=51, tourism=21),
               stud=dict(art=4820, sport=4515, social=2910, science=905, tech=2064,
                         tourism=788)),
    2022: dict(pop=13887, uniq=11026, cov=79.4, orgs=6, prov=14, nok=7, ovz=430, dis=118,
               nom=7640.0, iss=13500, act=11205, cst=3140, csh=28.5, newp=95,
               evs=25, evs_r=4010, evp=10, evp_r=980, evt=14, evt_r=350, tpd=150,
               prog=dict(art=98, sport=80, social=66, science=24, tech=47, tourism=22),
               stud=dict(art=4700, sport=4480, social=2790, science=860, tech=1950,
                         tourism=805)),
}
for y, v in D.items():
    check_cov(v["uniq"], v["pop"], v["cov"], what=f"cov {y}")
    check_cov(v["cst"], v["uniq"], v["csh"], what=f"cert share {y}")
    v["P"], v["S"] = sum(v["prog"].values()), sum(v["stud"].values())
check(D[2023]["P"] == 356 and D[2023]["S"] == 16002, "totals 2023")
check(D[2022]["P"] == 337 and D[2022]["S"] == 15585, "totals 2022")
gch = D[2023]["uniq"] - D[2022]["uniq"]
gpct = round(D[2023]["cov"] - D[2022]["cov"], 1)
check(gch == 219 and gpct == 1.2, "growth")

IND = dict(pop="Численность детей 5–18 лет (Кемеровостат)",
           uniq="Численность обучающихся (без повторного счёта)",
           S="Численность обучающихся (с повторным счётом)",
           cov="Охват детей 5–18 лет дополнительным образованием",
           orgs="Организации дополнительного образования",
           prov="Поставщики в реестре ПФДО", P="Дополнительные общеобразовательные программы",
           nok="Программы с положительным заключением НОК",
           ovz="Обучающиеся с ОВЗ", dis="Обучающиеся дети-инвалиды",
           nom="Номинал сертификата", iss="Выдано сертификатов",
           act="Активные сертификаты", cst="Обучающиеся по сертификатам",
           csh="Доля обучающихся по сертификатам", newp="Созданные новые места",
           evs="Мероприятия МОЦ для обучающихся", evs_r="Охват мероприятий для обучающихся",
           evp="Мероприятия МОЦ для родителей", evp_r="Охват мероприятий для родителей",
           evt="Мероприятия МОЦ для педагогов", evt_r="Охват мероприятий для педагогов",
           tpd="Педагоги — участники мероприятий по развитию проф. мастерства",
           gch="Прирост численности охваченных детей", gpct="Прирост охвата")
UNIT = dict(pop="чел.", uniq="чел.", S="чел.", cov="%", orgs="ед.", prov="ед.", P="ед.",
            nok="ед.", ovz="чел.", dis="чел.", nom="руб.", iss="ед.", act="ед.", cst="чел.",
            csh="%", newp="мест", evs="ед.", evs_r="чел.", evp="ед.", evp_r="чел.",
            evt="ед.", evt_r="чел.", tpd="чел.", gch="чел.", gpct="п.п.")

rows = []
SRC = "мониторинг МОЦ / ЕАИС ДО"


def add(year, period, okt, terr, key, direction, value, src=SRC, hidden=False):
    rows.append(([year, period, okt, terr, IND[key], direction, UNIT[key], value, src],
                 hidden))


for y in (2022, 2023):
    v = D[y]
    for key in ("pop", "uniq", "cov", "orgs", "prov", "nok", "ovz", "dis", "nom", "iss",
                "act", "cst", "csh", "newp", "evs", "evs_r", "evp", "evp_r", "evt", "evt_r",
                "tpd"):
        add(y, "факт", "32725000", MUN, key, "всего", v[key])
    add(y, "факт", "32725000", MUN, "P", "всего", v["P"])
    for k in dirs:
        add(y, "факт", "32725000", MUN, "P", dname[k], v["prog"][k])
    add(y, "факт", "32725000", MUN, "S", "всего", v["S"])
    for k in dirs:
        add(y, "факт", "32725000", MUN, "S", dname[k], v["stud"][k])
add(2023, "факт", "32725000", MUN, "gch", "всего", gch)
add(2023, "факт", "32725000", MUN, "gpct", "всего", gpct)
add(2021, "факт", "32725000", MUN, "cov", "всего", 77.9)
for key, val in (("cov", 81.0), ("newp", 100), ("nom", 8400.0), ("P", 365)):
    add(2024, "план", "32725000", MUN, key, "всего", val, src="муниципальная программа")
for key, val in (("cov", 79.8), ("nom", 7900.0), ("csh", 27.6)):
    add(2023, "факт", "32000000", REG + " (в среднем)", key, "всего", val,
        src="РМЦ Кузбасса")
for key, val in (("cov", 74.3), ("uniq", 6120), ("P", 188), ("nom", 7500.0)):
    add(2023, "факт", "32728000", "Мысковский городской округ", key, "всего", val,
        hidden=True)

wb = openpyxl.Workbook()
dash = wb.active
dash.title = "Дашборд"
data = wb.create_sheet("Данные")
ref = wb.create_sheet("Справочник")

head = ["Год", "Период", "ОКТМО", "Территория", "Показатель", "Направленность", "Ед. изм.",
        "Значение", "Источник"]
data.append(head)
for c in data[1]:
    c.font = Font(bold=True)
hidden_rows = []
for vals, hid in rows:
    data.append(vals)
    r = data.max_row
    data.cell(r, 3).number_format = "@"
    if vals[6] == "руб.":
        data.cell(r, 8).number_format = "#,##0.00"
    if hid:
        data.row_dimensions[r].hidden = True
        hidden_rows.append(r)
data.auto_filter.ref = f"A1:I{data.max_row}"
for col, w in zip("ABCDEFGHI", (7, 9, 11, 34, 58, 26, 9, 12, 26)):
    data.column_dimensions[col].width = w
N = data.max_row

ref.append(["Код", "Направленность"])
for i, k in enumerate(dirs, 1):
    ref.append([f"0{i}", dname[k]])
ref.sheet_state = "hidden"

# ---------------- dashboard
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="DDEBF7")
dash.merge_cells("B1:M1")
dash["B1"] = f"{MUN}: дополнительное образование детей — 2023 год"
dash["B1"].font = Font(bold=True, size=16)
dash.merge_cells("B2:M2")
dash["B2"] = "Панель показателей МОЦ (данные листа «Данные», фильтр: территория, год, факт)"
dash["B2"].font = Font(italic=True, size=9)
for col in "ABCDEFGHIJKLMN":
    dash.column_dimensions[col].width = 11


def sumifs(ind, year=2023, direction="всего", period="факт", terr=MUN):
    return (f'SUMIFS(Данные!$H$2:$H${N},Данные!$A$2:$A${N},{year},Данные!$B$2:$B${N},'
            f'"{period}",Данные!$D$2:$D${N},"{terr}",Данные!$E$2:$E${N},"{IND[ind]}",'
            f'Данные!$F$2:$F${N},"{direction}")')


tiles = [("B", "D", "Охват детей 5–18 лет", f"={sumifs('cov')}/100", "0.0%"),
         ("E", "G", "Детей в ДО (без повт. счёта)", f"={sumifs('uniq')}", "#,##0"),
         ("H", "J", "Программ ДО", f"={sumifs('P')}", "#,##0"),
         ("K", "M", "Организаций ДО", f"={sumifs('orgs')}", "0"),
         ("B", "D", "Номинал сертификата, ₽", f"={sumifs('nom')}", "#,##0.00"),
         ("E", "G", "Сертификатов выдано", f"={sumifs('iss')}", "#,##0"),
         ("H", "J", "Новых мест", f"={sumifs('newp')}", "0"),
         ("K", "M", "Обучаются по сертификатам", f"={sumifs('csh')}/100", "0.0%")]
tile_cells = {}
for i, (c1, c2, label, formula, fmt) in enumerate(tiles):
    top = 4 if i < 4 else 9
    dash.merge_cells(f"{c1}{top}:{c2}{top}")
    dash[f"{c1}{top}"] = label
    dash[f"{c1}{top}"].font = Font(size=10, color="555555")
    dash[f"{c1}{top}"].alignment = Alignment(horizontal="center")
    dash.merge_cells(f"{c1}{top+1}:{c2}{top+3}")
    cell = dash[f"{c1}{top+1}"]
    cell.value = formula
    cell.number_format = fmt
    cell.font = Font(bold=True, size=26, color="1F4E79")
    cell.alignment = Alignment(horizontal="center", vertical="center")
    cell.fill = fill
    tile_cells[label] = f"{c1}{top+1}"

dash["B14"] = "Динамика охвата, %"
dash["B14"].font = Font(bold=True)
for j, y in enumerate((2021, 2022, 2023)):
    col = "CDE"[j]
    dash[f"{col}15"] = y
    dash[f"{col}16"] = f"={sumifs('cov', year=y)}"
    dash[f"{col}16"].number_format = "0.0"
dash["B16"] = "охват"
dash["F15"] = "прирост 2023, п.п."
dash["F16"] = f"={sumifs('gpct')}"
dash["G15"] = "прирост, чел."
dash["G16"] = f"={sumifs('gch')}"
dash["H15"] = "Кузбасс, 2023"
dash["H16"] = f"={sumifs('cov', terr=REG + ' (в среднем)')}"
dash["I15"] = "план 2024"
dash["I16"] = f"={sumifs('cov', year=2024, period='план')}"

dash["B19"] = "Направленности (данные для диаграммы)"
dash["B19"].font = Font(bold=True)
dash.merge_cells("B20:D20")
dash["B20"], dash["E20"], dash["F20"] = "Направленность", "Программ", "Обучающихся*"
for i, k in enumerate(dirs):
    r = 21 + i
    dash.merge_cells(f"B{r}:D{r}")
    dash[f"B{r}"] = dname[k]
    dash[f"E{r}"] = f"={sumifs('P', direction=dname[k])}"
    dash[f"F{r}"] = f"={sumifs('S', direction=dname[k])}"
dash["B27"] = "Итого"
dash["E27"], dash["F27"] = "=SUM(E21:E26)", "=SUM(F21:F26)"
dash["B28"] = "* с повторным счётом"
dash["H20"], dash["I20"] = "ОВЗ", "дети-инвалиды"
dash["H21"], dash["I21"] = f"={sumifs('ovz')}", f"={sumifs('dis')}"
dash["H23"], dash["I23"], dash["J23"] = "НОК (+)", "реестр ПФДО", "активные серт."
dash["H24"], dash["I24"], dash["J24"] = (f"={sumifs('nok')}", f"={sumifs('prov')}",
                                         f"={sumifs('act')}")
dash["B30"] = "Мероприятия МОЦ"
dash["B30"].font = Font(bold=True)
for j, (h, a, b) in enumerate((("для обучающихся", "evs", "evs_r"),
                               ("для родителей", "evp", "evp_r"),
                               ("для педагогов", "evt", "evt_r"))):
    r = 31 + j
    dash.merge_cells(f"B{r}:D{r}")
    dash[f"B{r}"] = h
    dash[f"E{r}"] = f"={sumifs(a)}"
    dash[f"F{r}"] = f"={sumifs(b)}"
dash["G30"], dash["E30"], dash["F30"] = "", "кол-во", "участников"
dash["B35"] = "Педагоги — участники мероприятий по развитию проф. мастерства"
dash["H35"] = f"={sumifs('tpd')}"
dash["B36"] = "Обучаются по сертификатам, чел."
dash["H36"] = f"={sumifs('cst')}"
dash["B37"] = "Справочно: детей 5–18 лет, чел."
dash["H37"] = f"={sumifs('pop')}"
dash["B39"] = "Обновлено: 05.02.2024 · МОЦ МБУ ДО «ЦДТ», тел. 8 (38475) 2-46-31"
dash["B39"].font = Font(size=8, italic=True)

raw = out_path(NAME, "raw.xlsx")
wb.save(raw)
conv = soffice_convert(raw, "xlsx", "Calc MS Excel 2007 XML")
shutil.move(conv, out_path(NAME, "xlsx"))
os.remove(raw)

wb2 = openpyxl.load_workbook(out_path(NAME, "xlsx"), data_only=True)
d2, a2 = wb2["Дашборд"], wb2["Данные"]
check(wb2["Справочник"].sheet_state == "hidden", "hidden sheet")
check(all(a2.row_dimensions[r].hidden for r in hidden_rows), "filtered rows hidden")
v = D[2023]
check(abs(d2[tile_cells["Охват детей 5–18 лет"]].value - 0.806) < 1e-9, "cov tile")
check(d2[tile_cells["Детей в ДО (без повт. счёта)"]].value == v["uniq"], "uniq tile")
check(d2[tile_cells["Программ ДО"]].value == v["P"], "P tile")
check(d2["E27"].value == v["P"] and d2["F27"].value == v["S"], "direction sums")
check([d2[f"E{21+i}"].value for i in range(6)] == [v["prog"][k] for k in dirs], "dir prog")
check(abs(d2["F16"].value - 1.2) < 1e-9 and d2["G16"].value == 219, "growth cells")
check(d2["E16"].value == 80.6 and d2["D16"].value == 79.4, "dynamics")

g.add("organizations_total", v["orgs"])
g.add("providers_registry", v["prov"])
g.add("programs_total", v["P"])
for k in dirs:
    g.add("programs_" + k, v["prog"][k])
g.add("programs_nok", v["nok"])
g.add("students_total", v["uniq"])
for k in dirs:
    g.add("students_" + k, v["stud"][k])
g.add("coverage_pct", v["cov"])
g.add("coverage_growth_children", gch)
g.add("coverage_growth_pct", gpct)
g.add("students_ovz", v["ovz"])
g.add("students_disabled", v["dis"])
g.add("certificate_nominal_rub", v["nom"])
g.add("certificates_issued", v["iss"])
g.add("certificates_active", v["act"])
g.add("certificate_students", v["cst"])
g.add("certificate_share_pct", v["csh"])
g.add("new_places", v["newp"])
g.add("events_students", v["evs"])
g.add("events_students_reach", v["evs_r"])
g.add("events_parents", v["evp"])
g.add("events_parents_reach", v["evp_r"])
g.add("events_teachers", v["evt"])
g.add("events_teachers_reach", v["evt_r"])
g.add("teachers_pd_participants", v["tpd"])
g.save()
