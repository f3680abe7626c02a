"""r4_11: город Армавир (Краснодарский край), 2024 — xlsx workbook.
Sheets: «Свод по учреждениям» — per-organisation table with group subtotals and a
grand total as SUM formulas (NOT in brief), merged 2-row header, column-number row,
a hidden row (organisation reorganised, old numbers, excluded from sums), a
percent-formatted share column that is a share of something else;
«Показатели» — key figures, coverage and PFDO share as formulas in 0.0% format,
programs total linked to the other sheet, transposed directions block with «Всего»
last (SUM); hidden sheet «Расчёт_старый» with a draft (must not count)."""
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from common import *

NAME = "r4_11_armavir_uchrezhdeniya.xlsx"
pop, stud = 30400, 24776
check(pct(stud, pop) == 81.5, "cov")
cs = 9728
check(pct(cs, pop) == 32.0, "cs")
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
P = dict(art=181, sport=126, social=142, science=66, tech=85, tourism=34)
ST = dict(art=9840, sport=8120, social=5310, science=1870, tech=3390, tourism=1000)
check(sum(P.values()) == 634 and sum(ST.values()) == 29530, "dirs")
# per organisation: (name, programs, nok, students_with_repeats, teachers)
G1 = [("МАУ ДО «Дом детского творчества»", 131, 6, 4870, 64),
      ("МБУ ДО «Центр детского технического творчества «Пилот»", 58, 3, 2210, 27),
      ("МБУ ДО «Эколого-биологический центр»", 43, 2, 1430, 19),
      ("МБУ ДО «Детско-юношеский центр «Импульс»", 70, 2, 3080, 31),
      ("МАУ ДО «Спортивная школа «Олимп»", 50, 0, 2700, 38)]
G2 = [("МБОУ СОШ № 1", 21, 1, 1140, 12), ("МБОУ СОШ № 3", 18, 0, 960, 10),
      ("МБОУ СОШ № 4", 24, 1, 1305, 14), ("МБОУ СОШ № 6", 17, 0, 870, 9),
      ("МАОУ СОШ № 10", 26, 1, 1510, 15), ("МАОУ лицей № 9", 29, 1, 1620, 16),
      ("МБОУ гимназия № 1", 31, 1, 1780, 17), ("МБОУ СОШ № 15", 19, 0, 1045, 11),
      ("МБОУ СОШ № 16", 22, 0, 1190, 12), ("МБОУ СОШ № 18", 20, 0, 1040, 11)]
HIDDEN = ("МБОУ ООШ № 17 (реорганизована 01.09.2024)", 6, 0, 210, 3)
G3 = [("АНО ДО «Робошкола»", 14, 0, 620, 6), ("ИП Саркисян А.Г. (студия «Арт-Мастер»)", 9, 0, 410, 3),
      ("ЧОУ ДО «Лингва»", 12, 0, 590, 5), ("ИП Ткаченко О.В. (шахматный клуб)", 5, 0, 230, 2),
      ("АНО «Центр развития «Умка»»", 15, 0, 930, 7)]
allrows = G1 + G2 + G3
check(sum(x[1] for x in allrows) == 634, f"prog {sum(x[1] for x in allrows)}")
check(sum(x[2] for x in allrows) == 18, f"nok {sum(x[2] for x in allrows)}")
check(sum(x[3] for x in allrows) == 29530, f"stud {sum(x[3] for x in allrows)}")

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="center")
CE = Alignment(horizontal="center", vertical="center", wrap_text=True)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Свод по учреждениям"
for c, w in zip("ABCDEFG", (6, 52, 12, 14, 16, 12, 14)):
    ws.column_dimensions[c].width = w
ws["A1"] = "Сведения о реализации дополнительных общеобразовательных программ в муниципальном образовании город Армавир за 2024 год"
ws["A1"].font = Font(bold=True)
ws["A1"].alignment = WR
ws.merge_cells("A1:G1")
ws.row_dimensions[1].height = 32
hdr = {"A3": "№ п/п", "B3": "Наименование организации", "C3": "Количество ДООП, ед.",
       "C4": "всего", "D4": "из них с положит. заключением НОК", "E3": "Численность обучающихся, чел.",
       "E4": "всего (с повт. счётом)", "F4": "доля от итога по МО, %", "G3": "Педагоги ДО, чел."}
for k, v in hdr.items():
    ws[k] = v
ws.merge_cells("A3:A4"); ws.merge_cells("B3:B4"); ws.merge_cells("C3:D3"); ws.merge_cells("E3:F3"); ws.merge_cells("G3:G4")
for i in range(1, 8):
    ws.cell(row=5, column=i, value=i)
for r in (3, 4, 5):
    for i in range(1, 8):
        c = ws.cell(row=r, column=i); c.font = Font(bold=True); c.alignment = CE; c.border = B
r = 6
subtot_rows = []
TOTAL_ROW = None


def put(r, vals, bold=False):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v)
        c.border = B
        c.alignment = WR if i == 2 else CE
        if bold:
            c.font = Font(bold=True)
        if i == 5:
            c.number_format = "#,##0"
        if i == 6:
            c.number_format = "0.0%"


groups = [("1. Организации дополнительного образования", G1, "Итого по организациям дополнительного образования"),
          ("2. Общеобразовательные организации", G2, "Итого по общеобразовательным организациям"),
          ("3. Негосударственные организации и индивидуальные предприниматели", G3, "Итого по негосударственному сектору")]
hidden_row = None
for gi, (title, items, sub) in enumerate(groups, 1):
    ws.cell(row=r, column=1, value=title).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    first = r
    for k, it in enumerate(items, 1):
        put(r, [f"{gi}.{k}", it[0], it[1], it[2], it[3], None, it[4]])
        r += 1
        if gi == 2 and k == 8:
            put(r, ["2.х", HIDDEN[0], HIDDEN[1], HIDDEN[2], HIDDEN[3], None, HIDDEN[4]])
            hidden_row = r
            r += 1
    last = r - 1
    rng = lambda col: f"SUM({col}{first}:{col}{last})" if hidden_row is None or not (first <= hidden_row <= last) else \
        f"SUM({col}{first}:{col}{hidden_row - 1},{col}{hidden_row + 1}:{col}{last})"
    put(r, ["", sub, f"={rng('C')}", f"={rng('D')}", f"={rng('E')}", None, f"={rng('G')}"], bold=True)
    subtot_rows.append(r)
    r += 1
TOTAL_ROW = r
put(r, ["", "ВСЕГО по муниципальному образованию город Армавир"] +
    [("=" + "+".join(f"{c}{s}" for s in subtot_rows)) if c != "F" else None for c in "CDEFG"], bold=True)
# share column
for rr in range(7, TOTAL_ROW + 1):
    if ws.cell(row=rr, column=5).value is not None and rr != hidden_row:
        ws.cell(row=rr, column=6, value=f"=E{rr}/$E${TOTAL_ROW}")
ws.row_dimensions[hidden_row].hidden = True
ws.cell(row=TOTAL_ROW + 2, column=2, value="Примечание: обучающиеся, занимающиеся в нескольких организациях, учтены в каждой из них (с повторным счётом).").alignment = WR
ws.cell(row=TOTAL_ROW + 3, column=2, value="Для сравнения: в Новокубанском районе – 298 программ; в среднем по Краснодарскому краю охват – 80,9 %.").alignment = WR

s2 = wb.create_sheet("Показатели")
for c, w in zip("ABCDEFGH", (6, 50, 10, 14, 14, 14, 14, 12)):
    s2.column_dimensions[c].width = w
s2["A1"] = "Основные показатели дополнительного образования детей, г. Армавир, 2024 год"
s2["A1"].font = Font(bold=True)
s2.merge_cells("A1:E1")
items = [("1", "Численность детей 5–18 лет, проживающих в МО (справочно)", "чел.", pop, "#,##0"),
         ("2", "Численность обучающихся по ДООП без повторного счёта", "чел.", stud, "#,##0"),
         ("3", "Охват детей 5–18 лет дополнительным образованием", "%", "=D4/D3", "0.0%"),
         ("4", "Количество организаций дополнительного образования", "ед.", 5, "0"),
         ("5", "Организации и ИП в реестре поставщиков (соцзаказ)", "ед.", 38, "0"),
         ("6", "Количество ДООП, всего", "ед.", f"='Свод по учреждениям'!C{TOTAL_ROW}", "0"),
         ("7", "ДООП с положительным заключением НОК", "ед.", f"='Свод по учреждениям'!D{TOTAL_ROW}", "0"),
         ("8", "Номинал сертификата (социального сертификата)", "руб.", 16890, "#,##0.00"),
         ("9", "Выдано сертификатов", "шт.", 27105, "#,##0"),
         ("10", "Активные сертификаты (использованы для записи)", "шт.", 23640, "#,##0"),
         ("11", "Численность детей, обучающихся по сертификатам", "чел.", cs, "#,##0"),
         ("12", "Доля детей 5–18 лет, обучающихся по сертификатам", "%", "=D13/D3", "0.0%"),
         ("13", "Создано новых мест дополнительного образования", "ед.", 460, "0"),
         ("14", "Мероприятия МОЦ для обучающихся / охват", "ед. / чел.", 40, "0"),
         ("15", "Мероприятия МОЦ для родителей / охват", "ед. / чел.", 15, "0"),
         ("16", "Мероприятия МОЦ для педагогов / охват", "ед. / чел.", 22, "0"),
         ("17", "Педагоги – участники мероприятий по развитию профессионального мастерства", "чел.", 515, "0")]
reach = {"14": 7350, "15": 2080, "16": 812}
s2["A2"], s2["B2"], s2["C2"], s2["D2"], s2["E2"] = "№", "Показатель", "Ед. изм.", "Значение", "Охват, чел."
for i in range(1, 6):
    s2.cell(row=2, column=i).font = Font(bold=True); s2.cell(row=2, column=i).border = B; s2.cell(row=2, column=i).alignment = CE
for k, (no, lab, u, v, fmt) in enumerate(items, 3):
    for i, x in enumerate((no, lab, u, v, reach.get(no)), 1):
        c = s2.cell(row=k, column=i, value=x); c.border = B
        c.alignment = WR if i == 2 else CE
    s2.cell(row=k, column=4).number_format = fmt
    s2.cell(row=k, column=5).number_format = "#,##0"
base = 3 + len(items) + 1
s2.cell(row=base, column=2, value="Программы и обучающиеся по направленностям (с повторным счётом)").font = Font(bold=True)
hd = ["", "Показатель", "Худож.", "Физк.-спорт.", "Соц.-гум.", "Естеств.-науч.", "Технич.", "Тур.-краев.", "Всего"]
for c, w in zip("I", (10,)):
    s2.column_dimensions[c].width = w
for i, h in enumerate(hd, 1):
    c = s2.cell(row=base + 1, column=i, value=h); c.font = Font(bold=True); c.border = B; c.alignment = CE
for j, (lab, src) in enumerate((("Программ, ед.", P), ("Обучающихся, чел.", ST)), 2):
    rr = base + j
    s2.cell(row=rr, column=2, value=lab).border = B
    for i, d in enumerate(dirs, 3):
        c = s2.cell(row=rr, column=i, value=src[d]); c.border = B; c.number_format = "#,##0"; c.alignment = CE
    c = s2.cell(row=rr, column=9, value=f"=SUM(C{rr}:H{rr})"); c.border = B; c.number_format = "#,##0"; c.alignment = CE
s2.cell(row=base + 5, column=2, value="План на 2025 год: охват – 82,0 %, доля ПФДО – 33,0 %, новых мест – 300.").alignment = WR

s3 = wb.create_sheet("Расчёт_старый")
s3["A1"] = "Черновой расчёт (версия от 28.12.2024, не использовать)"
for k, (lab, v) in enumerate((("Обучающихся без повт. счёта", 24310), ("Охват", 0.7997), ("Программ", 617),
                               ("НОК", 15), ("Номинал", 16200), ("Новых мест", 410)), 2):
    s3.cell(row=k, column=1, value=lab); s3.cell(row=k, column=2, value=v)
s3.sheet_state = "hidden"

wb.properties.creator = "Пользователь"
wb.properties.lastModifiedBy = "Пользователь"
raw = os.path.join(BUILD, "r4_11_raw.xlsx")
wb.save(raw)
tmp = os.path.join(BUILD, "conv_r4_11"); os.makedirs(tmp, exist_ok=True)
out = soffice(raw, "xlsx", tmp)
shutil.copyfile(out, out_path(NAME))

chk = openpyxl.load_workbook(out_path(NAME), data_only=True)
check(chk["Расчёт_старый"].sheet_state == "hidden", "hidden sheet")
sv = chk["Свод по учреждениям"]
check(sv.cell(row=TOTAL_ROW, column=3).value == 634, f"total prog {sv.cell(row=TOTAL_ROW, column=3).value}")
check(sv.cell(row=TOTAL_ROW, column=5).value == 29530, "total stud")
check(sv.cell(row=TOTAL_ROW, column=4).value == 18, "total nok")
check(sv.row_dimensions[hidden_row].hidden, "hidden row")
pk = chk["Показатели"]
check(abs(pk["D5"].value - 0.815) < 1e-6 and abs(pk["D14"].value - 0.32) < 1e-6, f"pct {pk['D5'].value} {pk['D14'].value}")
check(pk["D8"].value == 634 and pk["D9"].value == 18, "links")
check(pk.cell(row=base + 3, column=9).value == 29530, "dir sum")

figures = {"organizations_total": 5, "providers_registry": 38, "programs_total": 634,
           **{f"programs_{d}": P[d] for d in dirs}, "programs_nok": 18, "students_total": stud,
           **{f"students_{d}": ST[d] for d in dirs}, "coverage_pct": 81.5, "certificate_nominal_rub": 16890.0,
           "certificates_issued": 27105, "certificates_active": 23640, "certificate_students": cs,
           "certificate_share_pct": 32.0, "new_places": 460, "events_students": 40, "events_students_reach": 7350,
           "events_parents": 15, "events_parents_reach": 2080, "events_teachers": 22, "events_teachers_reach": 812,
           "teachers_pd_participants": 515}
write_gold(NAME, "город Армавир", "Краснодарский край", 2024, figures)
print("ok", NAME, len(figures))
