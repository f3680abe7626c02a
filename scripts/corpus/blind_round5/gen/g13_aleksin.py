"""r5_13 — город Алексин, Тульская область, 2024. Monitoring workbook (xlsx, openpyxl,
recalculated by LibreOffice so that formula cells carry cached values).

Shape (in the brief): merged title rows, a two-level merged header «2024 год» over
«план | факт | % исполнения», a column-number row, section rows merged across, codes
1.1 / 3.3.2, «Примечание» column with numbers of its own, formulas (SUM of directions,
ROUND(pupils / population) with a percent format, growth, COUNTIF / SUMIF over an event
list on a second sheet), a HIDDEN row with preliminary data, a HIDDEN column with the
regional centre's draft remarks, a HIDDEN sheet «Расчёт» with the population by age.
Traps: 2023 and plan columns, «% исполнения» percentages, region average in the note,
per-event participant counts on the events sheet, hidden preliminary values (must not be
read), population 5–18.
"""
import os
import random
import shutil

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from common import Gold, check, check_cov, check_sum, out_path, pct, soffice_convert

NAME = "r5_13_aleksin_monitoring"
g = Gold(NAME, "город Алексин", "Тульская область", 2024)

dirs = ["art", "sport", "social", "science", "tech", "tourism"]
lab = dict(art="художественной", sport="физкультурно-спортивной",
           social="социально-гуманитарной", science="естественнонаучной",
           tech="технической", tourism="туристско-краеведческой")
age = {2023: (3350, 3330, 2122), 2024: (3310, 3402, 2181)}
pop = {y: sum(v) for y, v in age.items()}
uniq = {2023: 6871, 2024: 7036}
prog = {"2023": dict(art=63, sport=37, social=43, science=16, tech=28, tourism=8),
        "plan": dict(art=65, sport=38, social=44, science=18, tech=27, tourism=8),
        "2024": dict(art=66, sport=39, social=45, science=17, tech=28, tourism=8)}
stud = {"2023": dict(art=2950, sport=2590, social=1650, science=520, tech=990, tourism=310),
        "2024": dict(art=3010, sport=2644, social=1712, science=560, tech=1045, tourism=301)}
check(pop[2023] == 8802 and pop[2024] == 8893, "population")
cov = {y: round(uniq[y] / pop[y], 3) for y in pop}
check(cov[2023] == 0.781 and cov[2024] == 0.791, f"coverage {cov}")
check_cov(uniq[2024], pop[2024], 79.1)
growth_pct = round(round(cov[2024] - cov[2023], 3) * 100, 1)
check(growth_pct == 1.0, f"growth pct {growth_pct}")
growth_children = uniq[2024] - uniq[2023]
check(growth_children == 165, "growth children")
check(sum(prog["2024"].values()) == 203 and sum(prog["plan"].values()) == 200 and
      sum(prog["2023"].values()) == 195, "programs")
check(sum(stud["2024"].values()) == 9272 and sum(stud["2023"].values()) == 9010, "students")
cert = {"2023": 1880, "2024": 1970}
check(round(cert["2024"] / uniq[2024], 3) == 0.280, "cert share")

# events list: (group, count, total participants)
ev = {"обучающиеся": (20, 2760), "родители": (7, 520), "педагоги": (10, 208)}
rnd = random.Random(13)
events = []
titles = {"обучающиеся": ["Муниципальный конкурс «Юный техник»", "Фестиваль «Алексинские "
                          "звёздочки»", "Турслёт школьников", "Экологическая акция "
                          "«Зелёная Ока»", "Шахматный турнир", "Профильная смена «IT-старт»",
                          "Конкурс чтецов", "Соревнования по робототехнике"],
          "родители": ["Родительское собрание «Навигатор доп. образования»",
                       "День открытых дверей", "Вебинар о сертификатах ПФДО"],
          "педагоги": ["Семинар для педагогов ДО", "Мастер-класс", "Методическое "
                       "объединение", "Стажировка на базе «Кванториума»"]}
for grp, (cnt, total) in ev.items():
    cuts = sorted(rnd.sample(range(1, total), cnt - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total])]
    for i, p in enumerate(parts):
        events.append((grp, titles[grp][i % len(titles[grp])], p))
rnd.shuffle(events)
check(all(p > 0 for _, _, p in events), "positive participants")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Мониторинг МОЦ"
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
bold = Font(bold=True, name="Arial", size=10)
norm = Font(name="Arial", size=10)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9")
for col, w in zip("ABCDEFGHI", (8, 52, 8, 12, 12, 12, 12, 26, 20)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:H1")
ws["A1"] = ("Мониторинг деятельности муниципального опорного центра дополнительного "
            "образования детей муниципального образования город Алексин Тульской области")
ws["A1"].font = Font(bold=True, name="Arial", size=12)
ws["A1"].alignment = center
ws.row_dimensions[1].height = 32
ws.merge_cells("A2:H2")
ws["A2"] = "Отчётный период: 2024 год. Дата заполнения: 22.01.2025"
ws["A2"].alignment = center
hdr = [("A4:A5", "№ п/п"), ("B4:B5", "Показатель"), ("C4:C5", "Ед. изм."),
       ("D4:D5", "2023 год (факт)"), ("E4:G4", "2024 год"), ("H4:H5", "Примечание")]
for rng, t in hdr:
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = t
ws["E5"], ws["F5"], ws["G5"] = "план", "факт", "% исполнения"
ws["I4"] = "Замечания РМЦ (черновик)"
for c in range(1, 10):
    for r in (4, 5):
        cell = ws.cell(r, c)
        cell.font, cell.alignment, cell.border = bold, center, box
for i in range(1, 9):
    ws.cell(6, i, i).alignment = center
    ws.cell(6, i).border = box
    ws.cell(6, i).font = Font(italic=True, name="Arial", size=9)

r = [7]
rowref = {}


def section(title):
    ws.merge_cells(start_row=r[0], start_column=1, end_row=r[0], end_column=8)
    c = ws.cell(r[0], 1, title)
    c.font, c.fill = bold, grey
    r[0] += 1


def row(code, label, unit, v23, plan, fact, note=None, key=None, fmt="#,##0",
        pct_exec=True, draft=None):
    rr = r[0]
    vals = [code, label, unit, v23, plan, fact]
    for i, v in enumerate(vals, 1):
        c = ws.cell(rr, i, v)
        c.border, c.font = box, norm
        c.alignment = wrap if i == 2 else center
        if i >= 4 and not isinstance(v, str) or (isinstance(v, str) and v.startswith("=")):
            if i >= 4:
                c.number_format = fmt
    ge = ws.cell(rr, 7)
    if pct_exec and not (isinstance(plan, str) and not plan.startswith("=")) \
            and plan is not None:
        ge.value = f"=ROUND(F{rr}/E{rr},3)"
        ge.number_format = "0.0%"
    ge.border, ge.alignment = box, center
    hc = ws.cell(rr, 8, note)
    hc.border, hc.alignment, hc.font = box, wrap, Font(name="Arial", size=9)
    if draft is not None:
        ws.cell(rr, 9, draft)
    if key:
        rowref[key] = rr
    r[0] += 1
    return rr


section("1. Сеть организаций и инфраструктура")
row("1.1", "Количество организаций дополнительного образования", "ед.", 4, 4, 4, key="orgs")
row("1.2", "Количество организаций, включённых в реестр поставщиков ПФДО", "ед.", 8, 9, 9,
    note="в т.ч. 2 ИП, 1 НКО", key="prov")
row("1.3", "Создано новых мест дополнительного образования", "мест", 40, 60, 65,
    note="в т.ч. 30 мест — «Точка роста» СОШ № 9", key="newp")
section("2. Дополнительные общеобразовательные программы")
r_p = r[0]
row("2.1", "Количество реализуемых ДООП, всего", "ед.", f"=SUM(D{r_p+1}:D{r_p+6})",
    f"=SUM(E{r_p+1}:E{r_p+6})", f"=SUM(F{r_p+1}:F{r_p+6})", key="prog")
for i, k in enumerate(dirs, 1):
    row(f"2.1.{i}", f"{'в т.ч. ' if i == 1 else ''}{lab[k]} направленности", "ед.",
        prog["2023"][k], prog["plan"][k], prog["2024"][k], key="prog_" + k)
row("2.2", "Количество ДООП, получивших положительное заключение НОК", "ед.", 4, 5, 5,
    note="направлено на НОК — 7", key="nok")
section("3. Контингент")
rp = row("3.1", "Справочно: численность детей в возрасте 5–18 лет", "чел.",
         "='Расчёт'!B6", "х", "='Расчёт'!C6", note="Тулastat, на 01.01 отчётного года"
         .replace("Тулastat", "Туластат"), pct_exec=False, key="pop")
ru = row("3.2", "Численность обучающихся по ДООП (без повторного счёта)", "чел.",
         uniq[2023], 7000, uniq[2024], key="uniq", draft="сверить с Навигатором")
rh = row("3.2а", "Численность обучающихся (предварительно, на 01.12.2024)", "чел.", "х",
         "х", 7012, pct_exec=False)
ws.row_dimensions[rh].hidden = True
r_s = r[0]
row("3.3", "Численность обучающихся с повторным счётом, всего", "чел.",
    f"=SUM(D{r_s+1}:D{r_s+6})", "х", f"=SUM(F{r_s+1}:F{r_s+6})", pct_exec=False, key="rep")
for i, k in enumerate(dirs, 1):
    row(f"3.3.{i}", f"{'в т.ч. ' if i == 1 else ''}по программам {lab[k]} направленности",
        "чел.", stud["2023"][k], "х", stud["2024"][k], pct_exec=False, key="stud_" + k)
rc = row("3.4", "Охват детей 5–18 лет дополнительным образованием", "%",
         f"=ROUND(D{ru}/D{rp},3)", 0.79, f"=ROUND(F{ru}/F{rp},3)", note="по области – 80,4 %",
         fmt="0.0%", key="cov")
row("3.5", "Прирост численности детей, охваченных ДО, к 2023 году", "чел.", "х", "х",
    f"=F{ru}-D{ru}", pct_exec=False, key="gch")
row("3.6", "Прирост охвата к 2023 году", "п.п.", "х", "х", f"=ROUND(F{rc}-D{rc},3)",
    fmt="0.0%", pct_exec=False, key="gpct")
row("3.7", "Численность обучающихся с ОВЗ", "чел.", 270, 280, 287, key="ovz",
    draft="было 285?")
row("3.8", "Численность обучающихся детей-инвалидов", "чел.", 75, "х", 79, pct_exec=False,
    key="dis")
section("4. Персонифицированное финансирование")
row("4.1", "Номинал сертификата", "руб.", 7300, 7700, 7700, fmt="#,##0.00", key="nom")
row("4.2", "Выдано сертификатов", "ед.", 8010, 8200, 8240, key="iss")
row("4.3", "Активные сертификаты (использованные для записи)", "ед.", 6650, "х", 6998,
    pct_exec=False, key="act")
rcs = row("4.4", "Численность детей, обучающихся по сертификатам", "чел.", cert["2023"], 1900,
          cert["2024"], key="cst")
row("4.5", "Доля детей, обучающихся по сертификатам, от числа обучающихся", "%",
    f"=ROUND(D{rcs}/D{ru},3)", 0.27, f"=ROUND(F{rcs}/F{ru},3)", fmt="0.0%", key="csh")
section("5. Деятельность МОЦ")
EV = "'Мероприятия МОЦ'"
for code, grp, lbl, plan, d23 in [("5.1", "обучающиеся", "для обучающихся", 18, 16),
                                   ("5.2", "родители", "для родителей", 6, 5),
                                   ("5.3", "педагоги", "для педагогов", 10, 9)]:
    row(code, f"Количество мероприятий МОЦ {lbl}", "ед.", d23, plan,
        f'=COUNTIF({EV}!C:C,"{grp}")', key="evn_" + grp)
    row(code + ".1", f"охват мероприятиями {lbl}", "чел.", "х", "х",
        f'=SUMIF({EV}!C:C,"{grp}",{EV}!E:E)', pct_exec=False, key="evr_" + grp)
row("5.4", "Численность педагогов — участников мероприятий по развитию профессионального "
           "мастерства", "чел.", 90, 100, 96, key="tpd")
ws.column_dimensions["I"].hidden = True
ws.freeze_panes = "D7"
last = r[0]
ws.cell(last + 1, 2, "Руководитель МОЦ: Бирюкова С. А., тел. 8 (48753) 4-17-09")

# events sheet
es = wb.create_sheet("Мероприятия МОЦ")
for i, h in enumerate(["№", "Дата", "Целевая группа", "Мероприятие", "Участников, чел."], 1):
    es.cell(1, i, h).font = bold
for i, (grp, title, p) in enumerate(events, 1):
    month = 1 + (i * 11) % 12
    es.append([i, f"{1 + (i * 7) % 27:02d}.{month:02d}.2024", grp, title, p])
for col, w in zip("ABCDE", (5, 12, 16, 52, 16)):
    es.column_dimensions[col].width = w

# hidden calculation sheet
cs = wb.create_sheet("Расчёт")
cs["A1"] = "Численность детей по возрастам (Туластат), чел."
cs["B2"], cs["C2"] = "на 01.01.2023", "на 01.01.2024"
for i, lbl in enumerate(["5–9 лет", "10–14 лет", "15–17 лет"]):
    cs.cell(3 + i, 1, lbl)
    cs.cell(3 + i, 2, age[2023][i])
    cs.cell(3 + i, 3, age[2024][i])
cs["A6"] = "Итого 5–18 лет"
cs["B6"], cs["C6"] = "=SUM(B3:B5)", "=SUM(C3:C5)"
cs.sheet_state = "hidden"

raw = out_path(NAME, "raw.xlsx")
wb.save(raw)
conv = soffice_convert(raw, "xlsx", "Calc MS Excel 2007 XML")
shutil.move(conv, out_path(NAME, "xlsx"))
os.remove(raw)

# read back the cached values and check them
wb2 = openpyxl.load_workbook(out_path(NAME, "xlsx"), data_only=True)
w2 = wb2["Мониторинг МОЦ"]
F = lambda key: w2.cell(rowref[key], 6).value  # noqa: E731
check(wb2["Расчёт"].sheet_state == "hidden", "hidden sheet kept")
check(w2.row_dimensions[rh].hidden, "hidden row kept")
check(w2.column_dimensions["I"].hidden, "hidden column kept")
check(F("prog") == 203 and F("rep") == 9272, f"sums {F('prog')} {F('rep')}")
check(F("pop") == 8893 and abs(F("cov") - 0.791) < 1e-9, f"cov {F('cov')}")
check(F("gch") == 165 and abs(F("gpct") - 0.01) < 1e-9, f"growth {F('gpct')}")
check(abs(F("csh") - 0.28) < 1e-9, "cert share")
for grp, (cnt, tot) in ev.items():
    check(F("evn_" + grp) == cnt and F("evr_" + grp) == tot, f"events {grp}")
check("%" in w2.cell(rowref["cov"], 6).number_format, "percent format kept")

g.add("organizations_total", F("orgs"))
g.add("providers_registry", F("prov"))
g.add("programs_total", F("prog"))
for k in dirs:
    g.add("programs_" + k, F("prog_" + k))
g.add("programs_nok", F("nok"))
g.add("students_total", F("uniq"))
for k in dirs:
    g.add("students_" + k, F("stud_" + k))
g.add("coverage_pct", round(F("cov") * 100, 1))
g.add("coverage_growth_children", F("gch"))
g.add("coverage_growth_pct", round(F("gpct") * 100, 1))
g.add("students_ovz", F("ovz"))
g.add("students_disabled", F("dis"))
g.add("certificate_nominal_rub", F("nom"))
g.add("certificates_issued", F("iss"))
g.add("certificates_active", F("act"))
g.add("certificate_students", F("cst"))
g.add("certificate_share_pct", round(F("csh") * 100, 1))
g.add("new_places", F("newp"))
g.add("events_students", F("evn_обучающиеся"))
g.add("events_students_reach", F("evr_обучающиеся"))
g.add("events_parents", F("evn_родители"))
g.add("events_parents_reach", F("evr_родители"))
g.add("events_teachers", F("evn_педагоги"))
g.add("events_teachers_reach", F("evr_педагоги"))
g.add("teachers_pd_participants", F("tpd"))
check(g.figures["coverage_pct"] == 79.1 and g.figures["coverage_growth_pct"] == 1.0 and
      g.figures["certificate_share_pct"] == 28.0, "gold percent values")
g.save()
