"""r4_05: Прокопьевский городской округ (Кемеровская область – Кузбасс), 2024 — xlsx
monitoring workbook. Sheets: Титульный, Раздел 1 (merged 2-row header, column-number
row, section rows, SUM formulas for totals, coverage/share as formulas with 0.0%
format, hidden rows with 2023 values), Раздел 2 (МОЦ events, Итого formula),
hidden sheet «2023» (last year's form: must not count). Written by openpyxl, then
recalculated and saved by LibreOffice so that cached values exist."""
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from common import *

NAME = "r4_05_prokopyevsk_monitoring.xlsx"
pop, stud = 28900, 23467
check(pct(stud, pop) == 81.2, "cov")
dirs = ["art", "tech", "science", "sport", "social", "tourism"]
P = dict(art=176, tech=82, science=64, sport=121, social=138, tourism=31)
check(sum(P.values()) == 612, "P")
ST = dict(art=9020, tech=3150, science=1730, sport=7410, social=4860, tourism=970)
check(sum(ST.values()) == 27140, "ST")
cs = 8960
check(pct(cs, pop) == 31.0, "cs")
names = dict(art="художественной", tech="технической", science="естественнонаучной",
             sport="физкультурно-спортивной", social="социально-гуманитарной", tourism="туристско-краеведческой")

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="center")
CE = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = openpyxl.Workbook()
t = wb.active
t.title = "Титульный"
t.column_dimensions["A"].width = 90
for i, line in enumerate([
        "МОНИТОРИНГ",
        "реализации дополнительных общеобразовательных программ и деятельности",
        "муниципального опорного центра дополнительного образования детей",
        "",
        "Субъект РФ: Кемеровская область – Кузбасс",
        "Муниципальное образование: Прокопьевский городской округ (г. Прокопьевск)",
        "Отчётный период: 2024 год (значения по состоянию на 01.01.2025)",
        "Дата заполнения: 20.01.2025",
        "Исполнитель: Лаптева И.Г., методист МОЦ, тел. 8 (3846) 61-27-90",
        "",
        "Форма утверждена приказом Министерства образования Кузбасса от 12.11.2024 № 3127"], 1):
    t.cell(row=i, column=1, value=line)
    if i <= 3:
        t.cell(row=i, column=1).font = Font(bold=True)
        t.cell(row=i, column=1).alignment = Alignment(horizontal="center")


def form_sheet(ws, vals, year_label):
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 9
    ws.column_dimensions["D"].width = 14
    ws.column_dimensions["E"].width = 34
    ws["A1"] = f"Раздел 1. Показатели дополнительного образования детей ({year_label})"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:E1")
    ws["A3"], ws["B3"], ws["C3"], ws["D3"], ws["E3"] = "№ п/п", "Наименование показателя", "Ед. изм.", "Значение", "Примечание"
    ws["D4"] = f"на 01.01.{int(year_label[:4]) + 1}"
    for c in "ABCE":
        ws.merge_cells(f"{c}3:{c}4")
    for i, c in enumerate("ABCDE", 1):
        ws[f"{c}5"] = i
    for r in (3, 4, 5):
        for c in "ABCDE":
            ws[f"{c}{r}"].alignment = CE
            ws[f"{c}{r}"].font = Font(bold=True)
            ws[f"{c}{r}"].border = B
    r = 6
    refs = {}
    hidden = []
    for item in vals:
        kind = item[0]
        if kind == "sec":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        else:
            _, no, label, unit, val, fmt, note, tag = item + (None,) * (8 - len(item))
            ws.cell(row=r, column=1, value=no)
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=unit)
            if isinstance(val, str) and "{" in val:
                val = val.format(**refs)
            ws.cell(row=r, column=4, value=val)
            if fmt:
                ws.cell(row=r, column=4).number_format = fmt
            ws.cell(row=r, column=5, value=note)
            if tag:
                refs[tag] = f"D{r}"
                if tag.startswith("hid"):
                    hidden.append(r)
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = B
            ws.cell(row=r, column=c).alignment = WR if c in (2, 5) else CE
        r += 1
    for h in hidden:
        ws.row_dimensions[h].hidden = True
    return r


def rows_for(v):
    L = [("sec", "1. Общие сведения"),
         ("row", "1.1", "Численность детей в возрасте от 5 до 18 лет, проживающих на территории МО (справочно)", "чел.", v["pop"], "#,##0", "данные Кемеровостата на 01.01", "pop"),
         ("row", "1.2", "Численность детей, обучающихся по ДООП (без повторного счёта)", "чел.", v["stud"], "#,##0", "", "stud"),
         ("row", "1.3", "Охват детей 5–18 лет дополнительным образованием", "%", "={stud}/{pop}", "0.0%", v["note_cov"], "cov"),
         ("row", "1.3а", "Охват детей 5–18 лет дополнительным образованием в предыдущем году", "%", v["cov_prev"], "0.0%", "", "hid1")]
    L += [("sec", "2. Сеть организаций и программы"),
          ("row", "2.1", "Количество организаций дополнительного образования", "ед.", v["org"], "0", "в т.ч. 2 спортивные школы"),
          ("row", "2.2", "Количество организаций и ИП в реестре поставщиков (ПФДО / соцзаказ)", "ед.", v["reg"], "0", "из них 12 негосударственных"),
          ("row", "2.3", "Количество ДООП, всего", "ед.", None, "0", "", "ptot")]
    first = None
    for i, d in enumerate(dirs, 1):
        L.append(("row", f"2.3.{i}", f"{'в т.ч. ' if i == 1 else ''}{names[d]} направленности", "ед.", v["P"][d], "0", "", f"p{i}"))
    L += [("row", "2.4", "Количество ДООП, получивших положительное заключение НОК", "ед.", v["nok"], "0", "направлено на НОК – " + str(v["nok_sent"]))]
    L += [("sec", "3. Контингент"),
          ("row", "3.1", "Численность обучающихся (с повторным счётом)", "чел.", None, "#,##0", "", "stot")]
    for i, d in enumerate(dirs, 1):
        L.append(("row", f"3.1.{i}", f"{'в т.ч. ' if i == 1 else ''}{names[d]} направленности", "чел.", v["ST"][d], "#,##0", "", f"s{i}"))
    L += [("row", "3.2", "Численность обучающихся с ОВЗ", "чел.", v["ovz"], "#,##0", ""),
          ("row", "3.3", "Численность обучающихся детей-инвалидов", "чел.", v["inv"], "#,##0", ""),
          ("sec", "4. Персонифицированное финансирование"),
          ("row", "4.1", "Номинал сертификата финансирования", "руб.", v["nom"], '#,##0.00" ₽"', ""),
          ("row", "4.2", "Количество выданных сертификатов", "шт.", v["iss"], "#,##0", ""),
          ("row", "4.2а", "Количество сертификатов, выданных в предыдущем году", "шт.", v["iss_prev"], "#,##0", "", "hid2"),
          ("row", "4.3", "Количество сертификатов, использованных для записи (активных)", "шт.", v["act"], "#,##0", ""),
          ("row", "4.4", "Численность детей, обучающихся с использованием сертификатов", "чел.", v["cs"], "#,##0", "", "cs"),
          ("row", "4.5", "Доля детей 5–18 лет, охваченных ПФДО", "%", "={cs}/{pop}", "0.0%", "целевой показатель – 25 %"),
          ("sec", "5. Инфраструктура"),
          ("row", "5.1", "Создано новых мест дополнительного образования", "ед.", v["new"], "0", "в т.ч. 150 – в «Точках роста»")]
    return L


def add_sums(ws):
    # fill SUM formulas for totals (rows tagged ptot / stot are immediately followed by 6 rows)
    for r in range(6, ws.max_row + 1):
        lab = ws.cell(row=r, column=2).value or ""
        if lab.startswith("Количество ДООП, всего") or lab.startswith("Численность обучающихся (с повторным"):
            ws.cell(row=r, column=4, value=f"=SUM(D{r + 1}:D{r + 6})")


cur = dict(pop=pop, stud=stud, cov_prev=0.793, org=7, reg=46, P=P, nok=14, nok_sent=19, ST=ST, ovz=705, inv=211,
           nom=12560, iss=25310, iss_prev=23980, act=21045, cs=cs, new=380,
           note_cov="по Кузбассу – 79,4 %; Прокопьевский муниципальный округ – 75,9 %")
prev = dict(pop=28760, stud=22806, cov_prev=0.771, org=6, reg=39,
            P=dict(art=170, tech=74, science=60, sport=118, social=131, tourism=30), nok=9, nok_sent=12,
            ST=dict(art=8800, tech=2900, science=1610, sport=7300, social=4620, tourism=930),
            ovz=668, inv=204, nom=11780, iss=23980, iss_prev=22100, act=19870, cs=8120, new=300,
            note_cov="")
s1 = wb.create_sheet("Раздел 1")
form_sheet(s1, rows_for(cur), "2024 год")
add_sums(s1)
s2 = wb.create_sheet("Раздел 2")
s2.column_dimensions["A"].width = 6
s2.column_dimensions["B"].width = 58
s2.column_dimensions["C"].width = 16
s2.column_dimensions["D"].width = 16
s2["A1"] = "Раздел 2. Деятельность муниципального опорного центра в 2024 году"
s2["A1"].font = Font(bold=True)
s2.merge_cells("A1:D1")
hdr = ["№", "Категория участников", "Количество мероприятий, ед.", "Охват, чел."]
for i, h in enumerate(hdr, 1):
    c = s2.cell(row=3, column=i, value=h)
    c.font = Font(bold=True); c.alignment = CE; c.border = B
for i in range(1, 5):
    c = s2.cell(row=4, column=i, value=i); c.alignment = CE; c.border = B
data = [("1", "Мероприятия для обучающихся", 31, 5240),
        ("2", "Мероприятия для родителей (законных представителей)", 12, 1870),
        ("3", "Мероприятия для педагогических работников", 17, 604)]
for j, (no, lab, n, reach) in enumerate(data, 5):
    for i, v in enumerate((no, lab, n, reach), 1):
        c = s2.cell(row=j, column=i, value=v); c.border = B
        c.alignment = WR if i == 2 else CE
        if i == 4:
            c.number_format = "#,##0"
s2.cell(row=8, column=2, value="Итого").font = Font(bold=True)
s2.cell(row=8, column=3, value="=SUM(C5:C7)")
s2.cell(row=8, column=4, value="=SUM(D5:D7)").number_format = "#,##0"
for i in range(1, 5):
    s2.cell(row=8, column=i).border = B
    s2.cell(row=8, column=i).alignment = CE if i != 2 else WR
s2.cell(row=10, column=2, value="Численность педагогов – участников мероприятий по развитию профессионального мастерства, чел.").alignment = WR
s2.cell(row=10, column=3, value=296)
s2.cell(row=11, column=2, value="Доля таких педагогов от общего числа педагогов ДО, %").alignment = WR
s2.cell(row=11, column=3, value=0.386).number_format = "0.0%"
s2.cell(row=12, column=2, value="Мероприятия для родителей, запланированные на 2025 год, ед.").alignment = WR
s2.cell(row=12, column=3, value=14)
s3 = wb.create_sheet("2023")
form_sheet(s3, rows_for(prev), "2023 год")
add_sums(s3)
s3.sheet_state = "hidden"

wb.properties.creator = "Пользователь"
wb.properties.lastModifiedBy = "Пользователь"
raw = os.path.join(BUILD, "r4_05_raw.xlsx")
wb.save(raw)
tmp = os.path.join(BUILD, "conv_r4_05")
os.makedirs(tmp, exist_ok=True)
out = soffice(raw, "xlsx", tmp)
shutil.copyfile(out, out_path(NAME))

# verify cached values and sheet states survived
chk = openpyxl.load_workbook(out_path(NAME), data_only=True)
check(chk["2023"].sheet_state == "hidden", "hidden sheet lost")
ws = chk["Раздел 1"]
vals = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=4).value for r in range(6, ws.max_row + 1)}
check(abs(vals["1.3"] - 0.81201) < 1e-4, f"cov cache {vals['1.3']}")
check(vals["2.3"] == 612 and vals["3.1"] == 27140, f"sum cache {vals['2.3']} {vals['3.1']}")
check(abs(vals["4.5"] - 0.310) < 1e-3, "share cache")
hid = [r for r, d in ws.row_dimensions.items() if d.hidden]
check(len(hid) == 2, f"hidden rows {hid}")
check(chk["Раздел 2"]["C8"].value == 60, "events sum cache")

figures = {"students_total": stud, "coverage_pct": 81.2, "organizations_total": 7, "providers_registry": 46,
           "programs_total": 612, **{f"programs_{d}": P[d] for d in dirs}, "programs_nok": 14,
           **{f"students_{d}": ST[d] for d in dirs}, "students_ovz": 705, "students_disabled": 211,
           "certificate_nominal_rub": 12560.0, "certificates_issued": 25310, "certificates_active": 21045,
           "certificate_students": cs, "certificate_share_pct": 31.0, "new_places": 380,
           "events_students": 31, "events_students_reach": 5240, "events_parents": 12,
           "events_parents_reach": 1870, "events_teachers": 17, "events_teachers_reach": 604,
           "teachers_pd_participants": 296}
write_gold(NAME, "Прокопьевский городской округ", "Кемеровская область — Кузбасс", 2024, figures)
print("ok", NAME, len(figures))
