"""11 — городской округ Ревда (Свердловская обл.), 2024; xlsx (openpyxl, recalculated by LibreOffice).
OUTSIDE BRIEF: a form with a «Значение показателя» column PER ORGANISATION TYPE (УДО | ОО | ДОО) and an «Итого» formula
column; unique counts only in Итого; organisations row where only УДО counts; directions sheet with SUM formulas;
«Справочно» sheet with population, region and neighbours."""
import openpyxl
from openpyxl.styles import Font, Alignment
from common import *

NAME = "r9_11_revda_forma"
g = Gold(NAME, "xlsx", "городской округ Ревда", "Свердловская область", 2024)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Форма 1"
ws.append(["Управление образования городского округа Ревда · МОЦ на базе МАУ ДО «ЦДО» · 623280, Свердловская обл., г. Ревда, ул. Мичурина, д. 35 · тел. (34397) 3-47-50"])
ws.append(["Форма 1. Значения показателей дополнительного образования детей по типам организаций за 2024 год (ГО Ревда)"])
ws.append([])
ws.append(["№", "Показатель", "Ед. изм.", "Значение показателя", None, None, "Итого по ГО"])
ws.append([None, None, None, "УДО", "ОО (школы)", "ДОО", None])
ws.merge_cells("D4:F4")
r0 = ws.max_row + 1
def row(no, lab, u, a, b, c, total=None, key=None, value=None, written=None, anchor=None):
    r = ws.max_row + 1
    if total is None:
        total = f"=SUM(D{r}:F{r})"
    ws.append([no, lab, u, a, b, c, total])
    if key:
        g.add(key, value, written, anchor or lab, f"sheet «Форма 1», row {r} «{lab}», column «{'Итого по ГО' if written != str(a) else 'УДО'}»")
row("1", "Организации, реализующие ДООП", "ед.", 3, 11, 7)
ws.append(["1.1", "из них организации дополнительного образования (УДО)", "ед.", 3, "х", "х", 3])
g.add("organizations_total", 3, "3", "из них организации дополнительного образования (УДО)", f"sheet «Форма 1», row {ws.max_row}, column УДО / Итого")
row("2", "Организации в реестре поставщиков ПФДО", "ед.", 4, 11, 3, None, "providers_registry", 18, "18")
row("3", "Дополнительные общеобразовательные программы", "ед.", 142, 96, 24, None, "programs_total", 262, "262")
row("3.1", "из них с положительным заключением НОК", "ед.", 7, 2, 0, None, "programs_nok", 9, "9")
row("4", "Обучающиеся (с повторным счётом)", "чел.", 6210, 4180, 720)
row("4.1", "Обучающиеся без повторного счёта (по ГО)", "чел.", "х", "х", "х", 9356, "students_total", 9356, "9356")
row("4.2", "в т.ч. с ОВЗ (без повторного счёта)", "чел.", "х", "х", "х", 305, "students_ovz", 305, "305")
row("4.3", "в т.ч. дети-инвалиды (без повторного счёта)", "чел.", "х", "х", "х", 84, "students_disabled", 84, "84")
row("5", "Численность детей 5–18 лет, проживающих в ГО", "чел.", "х", "х", "х", 11640)
r_cov = ws.max_row + 1
row("6", "Охват детей 5–18 лет дополнительным образованием", "%", "х", "х", "х", f"=ROUND(G{r_cov-4}/G{r_cov-1}*100,1)", "coverage_pct", 80.4, "80.4")
row("7", "Номинал сертификата", "руб.", "х", "х", "х", 8900, "certificate_nominal_rub", 8900.0, "8900")
row("8", "Выдано сертификатов", "шт.", "х", "х", "х", 7950, "certificates_issued", 7950, "7950")
row("9", "Активные сертификаты", "шт.", "х", "х", "х", 7480, "certificates_active", 7480, "7480")
row("10", "Обучаются по сертификатам", "чел.", 3310, 1640, 170, None, "certificate_students", 5120, "5120")
r_sh = ws.max_row + 1
row("11", "Доля детей, обучающихся по сертификатам", "%", "х", "х", "х", f"=ROUND(G{r_sh-1}/G{r_cov-4}*100,1)", "certificate_share_pct", 54.7, "54.7")
row("12", "Новые места дополнительного образования", "ед.", 60, 40, 0, None, "new_places", 100, "100")
for c, w in zip("ABCDEFG", [6, 58, 8, 10, 12, 8, 12]):
    ws.column_dimensions[c].width = w
ws["A1"].font = ws["A2"].font = Font(bold=True)

w2 = wb.create_sheet("Направленности")
w2.append(["Распределение программ и обучающихся по направленностям, 2024 год"])
w2.append(["Направленность", "Программ, ед.", "Обучающихся (с повт. счётом), чел.", "Доля обучающихся, %"])
dirs = [("художественная", "art", 75, 3450), ("физкультурно-спортивная", "sport", 58, 3190), ("социально-гуманитарная", "social", 57, 2215),
        ("естественнонаучная", "science", 26, 780), ("техническая", "tech", 33, 1010), ("туристско-краеведческая", "tourism", 13, 465)]
for lab, k, p, s in dirs:
    r = w2.max_row + 1
    w2.append([lab, p, s, f"=ROUND(C{r}/C$9*100,1)"])
    g.add(f"programs_{k}", p, str(p), lab, f"sheet «Направленности», row {r}, column B")
    g.add(f"students_{k}", s, str(s), lab, f"sheet «Направленности», row {r}, column C")
w2.append(["Всего", "=SUM(B3:B8)", "=SUM(C3:C8)", "=ROUND(C9/C$9*100,1)"])
w2.column_dimensions["A"].width = 28
w2.column_dimensions["C"].width = 30

w3 = wb.create_sheet("МОЦ")
w3.append(["Мероприятия муниципального опорного центра, 2024 год"])
w3.append(["Целевая аудитория", "Мероприятий, ед.", "Участников, чел.", "Удовлетворённость, %"])
for lab, k, c, r, sat in [("Родители", "parents", 15, 1140, 94.1), ("Обучающиеся", "students", 20, 2690, 96.3), ("Педагоги", "teachers", 18, 355, 91.8)]:
    w3.append([lab, c, r, sat])
    g.add(f"events_{k}", c, str(c), lab, f"sheet «МОЦ», row «{lab}», column B")
    g.add(f"events_{k}_reach", r, str(r), lab, f"sheet «МОЦ», row «{lab}», column C")
w3.append(["Итого", "=SUM(B3:B5)", "=SUM(C3:C5)", None])
w3.append(["Педагоги — участники мероприятий по развитию профмастерства", 91, None, None])
g.add("teachers_pd_participants", 91, "91", "участники мероприятий по развитию профмастерства", "sheet «МОЦ», row 7")
w3.column_dimensions["A"].width = 40

w4 = wb.create_sheet("Справочно")
w4.append(["Территория", "Охват детей 5–18 лет, %", "Дети 5–18 лет, чел."])
w4.append(["Свердловская область (в среднем)", 82.0, None])
w4.append(["ГО Первоуральск", 79.1, 21480])
w4.append(["ГО Дегтярск", 76.5, 2310])
w4.append(["Целевое значение на 2025 год (ГО Ревда)", 81.0, None])
w4.append(["Исполнитель: Старцева Л.Н., тел. (34397) 3-47-52; дата заполнения 22.01.2025"])
w4.column_dimensions["A"].width = 44
(BUILD / "recalc").mkdir(parents=True, exist_ok=True)
wb.save(BUILD / "recalc" / f"{NAME}.xlsx")
g.save(traps=["row 1 total 21 organisations incl. 11 schools and 7 kindergartens (only УДО = 3 is organizations_total)", "per-type columns (parts) beside Итого",
              "repeated total 11 110 (formula)", "population 11 640", "satisfaction %", "share-of-total column on Направленности", "Справочно sheet: region 82,0, Первоуральск, Дегтярск, target 81,0",
              "phones, postcode, date"],
       notes=["Итого, coverage and share are formulas; LibreOffice recalculation stores cached values; verify reads data_only",
              "xlsx values are read as openpyxl returns them: 9356, 80.4, 8900"])
