"""12 — Кяхтинский район (Республика Бурятия), 2024; xlsx (openpyxl, recalculated by LibreOffice).
Years as rows and indicators as columns (in brief), with formula columns (coverage %, growth, share); a transposed
direction sheet (directions as columns, «Всего» last, formula); events sheet."""
import openpyxl
from common import *

NAME = "r9_12_kyakhtinskiy_dinamika"
g = Gold(NAME, "xlsx", "Кяхтинский район", "Республика Бурятия", 2024)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Динамика"
ws.append(["МО «Кяхтинский район» Республики Бурятия · РУО · МОЦ ДО (МБУ ДО «Кяхтинский ДДТ»), 671840, г. Кяхта, ул. Ленина, 33 · ИНН 0312007140 · ОКТМО 81633101"])
ws.append(["Динамика показателей дополнительного образования детей"])
H = ["Год", "Организации ДО", "Поставщики ПФДО", "Программы", "Программы с НОК", "Дети 5–18 лет", "Обучающиеся (без повт. счёта)",
     "Охват, %", "Прирост обучающихся, чел.", "ОВЗ", "Дети-инвалиды", "Номинал сертификата, руб.", "Выдано сертификатов",
     "Активные сертификаты", "Обучаются по сертификату", "Доля по сертификату, %", "Новые места"]
ws.append(H)
data = [("2021", 2, 4, 118, 0, 7265, 4960, None, 140, 38, 5200, 4010, 3650, 2240, None, 0),
        ("2022", 2, 5, 124, 1, 7208, 5044, None, 158, 45, 5650, 4150, 3800, 2380, None, 25),
        ("2023", 2, 5, 129, 1, 7164, 5188, None, 167, 49, 6010, 4270, 3905, 2495, None, 30),
        ("2024", 2, 6, 134, 2, 7110, 5310, None, 176, 52, 6480, 4390, 4020, 2610, None, 50),
        ("2025 (план)", 2, 6, 140, 4, 7050, 5400, None, None, None, 6900, None, None, 2750, None, 60)]
for i, d in enumerate(data):
    r = ws.max_row + 1
    yr, org, prov, prog, nok, pop, stud, _, ovz, dis, nom, iss, act, cs, _, newp = d
    grow = f"=G{r}-G{r-1}" if i > 0 else None
    ws.append([yr, org, prov, prog, nok, pop, stud, f"=ROUND(G{r}/F{r}*100,1)", grow, ovz, dis, nom, iss, act, cs, f"=ROUND(O{r}/G{r}*100,1)", newp])
    if yr == "2024":
        A = "2024"
        for key, val, w in [("organizations_total", 2, "2"), ("providers_registry", 6, "6"), ("programs_total", 134, "134"), ("programs_nok", 2, "2"),
                            ("students_total", 5310, "5310"), ("coverage_pct", 74.7, "74.7"), ("coverage_growth_children", 122, "122"),
                            ("students_ovz", 176, "176"), ("students_disabled", 52, "52"), ("certificate_nominal_rub", 6480.0, "6480"),
                            ("certificates_issued", 4390, "4390"), ("certificates_active", 4020, "4020"), ("certificate_students", 2610, "2610"),
                            ("certificate_share_pct", 49.2, "49.2"), ("new_places", 50, "50")]:
            g.add(key, val, w, "2024 |", f"sheet «Динамика», row {r} (year 2024), column «{H[[k for k in ['','organizations_total','providers_registry','programs_total','programs_nok','','students_total','coverage_pct','coverage_growth_children','students_ovz','students_disabled','certificate_nominal_rub','certificates_issued','certificates_active','certificate_students','certificate_share_pct','new_places']].index(key)]}»",
                  reading="formula cell, cached value" if key in ("coverage_pct", "coverage_growth_children", "certificate_share_pct") else "")
ws.append(["Справочно: Республика Бурятия, 2024", None, None, None, None, None, None, 78.9])
ws.append(["Справочно: Кяхтинский район занимает 15-е место из 23 районов республики по охвату"])
ws.column_dimensions["A"].width = 14

w2 = wb.create_sheet("Направленности 2024")
w2.append(["Показатель", "Художественная", "Физкультурно-спортивная", "Социально-гуманитарная", "Естественнонаучная", "Техническая", "Туристско-краеведческая", "Всего"])
K = ["art", "sport", "social", "science", "tech", "tourism"]
P = [38, 30, 29, 12, 15, 10]
S = [1720, 1560, 1030, 380, 505, 470]
w2.append(["Программы, ед."] + P + ["=SUM(B2:G2)"])
w2.append(["Обучающиеся (с повторным счётом), чел."] + S + ["=SUM(B3:G3)"])
w2.append(["Обучающиеся в 2023 г., чел."] + [1690, 1532, 985, 371, 480, 455] + ["=SUM(B4:G4)"])
for k, p, s in zip(K, P, S):
    g.add(f"programs_{k}", p, str(p), "Программы, ед.", f"sheet «Направленности 2024», row 2, column {k}")
    g.add(f"students_{k}", s, str(s), "Обучающиеся (с повторным счётом)", f"sheet «Направленности 2024», row 3, column {k}")

w3 = wb.create_sheet("МОЦ 2024")
w3.append(["№", "Мероприятия МОЦ", "Количество", "Охват, чел.", "Дата последнего мероприятия"])
for i, (lab, k, c, r, dt) in enumerate([("для родителей", "parents", 6, 380, "12.12.2024"), ("для обучающихся", "students", 10, 1290, "20.12.2024"),
                                        ("для педагогов", "teachers", 8, 142, "17.12.2024")], 1):
    w3.append([i, lab, c, r, dt])
    g.add(f"events_{k}", c, str(c), lab, f"sheet «МОЦ 2024», row «{lab}», column «Количество»")
    g.add(f"events_{k}_reach", r, str(r), lab, f"sheet «МОЦ 2024», row «{lab}», column «Охват»")
w3.append([4, "педагоги — участники мероприятий по повышению профмастерства", None, 33, None])
g.add("teachers_pd_participants", 33, "33", "участники мероприятий по повышению профмастерства", "sheet «МОЦ 2024», row 4, column «Охват»")
w3.append([None, "Ответственный: Дамбаева С.Б., 8 (30142) 9-14-07"])
(BUILD / "recalc").mkdir(parents=True, exist_ok=True)
wb.save(BUILD / "recalc" / f"{NAME}.xlsx")
g.save(traps=["rows 2021–2023 and «2025 (план)»", "population column «Дети 5–18 лет»", "2023 students row on the directions sheet", "Всего (formula) = repeated count 5 665",
              "region 78,9 % and ranking 15-е из 23", "dates of events", "ИНН, ОКТМО, postcode, phone"],
       notes=["coverage %, growth and share are formulas (=ROUND(G/F*100,1), =G2024−G2023); their cached values are the document's stated values",
              "anchor «2024 |» = the row starting with 2024 as openpyxl reads it"])
