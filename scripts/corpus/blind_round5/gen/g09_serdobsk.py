"""r5_09 — Сердобский район, Пензенская область, I полугодие 2025 (-> 2025).
Fixed-width export of an information system form, cp1251 with CRLF (txt).

Shape (in the brief): space-aligned columns under a dashed-rule header, a column-number
row, codes «3.1», long labels wrapped onto continuation lines with hyphenation, values
on the first OR on the last line of a wrapped label, a form feed page break with the
header repeated («Продолжение формы МОЦ-2»), section rows, «х» cells.
Period columns: «2024 г. (факт)» | «I полуг. 2025 г. (факт)» | «2025 г. (план)»; the
reporting figures are the half-year column (hard case: half-year report -> its year).
Traps: previous full year and plan columns, population 5–18 «Справочно», a neighbour with
a similar name (Малосердобинский район) in a note, export date/time, page numbers,
system user id, the repeated count.
"""
import textwrap

from common import Gold, check, check_cov, check_sum, fint, fdec, pct, out_path

NAME = "r5_09_serdobskij_forma_polugodie"
g = Gold(NAME, "Сердобский район", "Пензенская область", 2025)

dirs = ["art", "sport", "social", "science", "tech", "tourism"]
Y, H, PL = "2024", "H1", "plan"
v = {
    "orgs": (3, 3, 3), "prov": (5, 5, 6),
    "prog": (131, 137, 140),
    "nok": (4, 3, 6),
    "pop": (4905, 4862, None),
    "uniq": (3770, 3826, 3900),
    "rep": (5198, 5291, None),
    "cov": (76.9, 78.7, 79.0),
    "ovz": (150, 141, 155), "dis": (44, 46, None),
    "nom": (5880.00, 6145.20, None),
    "iss": (4105, 4312, 4500), "act": (3511, 3705, None),
    "cst": (1090, 1133, 1200), "csh": (28.9, 29.6, 30.0),
    "newp": (45, 30, 60),
    "evs": (17, 9, 18), "evs_r": (2390, 1215, None),
    "evp": (8, 4, 8), "evp_r": (702, 356, None),
    "evt": (11, 6, 12), "evt_r": (230, 118, None),
    "tpd": (104, 57, 110),
}
prog = {Y: dict(art=39, sport=26, social=28, science=12, tech=17, tourism=9),
        H: dict(art=41, sport=27, social=30, science=12, tech=18, tourism=9),
        PL: dict(art=42, sport=27, social=31, science=13, tech=18, tourism=9)}
stud = {Y: dict(art=1560, sport=1390, social=985, science=380, tech=598, tourism=285),
        H: dict(art=1580, sport=1412, social=1004, science=388, tech=610, tourism=297)}
for i, p in enumerate((Y, H, PL)):
    check_sum(prog[p], v["prog"][i], f"programs {p}")
for i, p in enumerate((Y, H)):
    check_sum(stud[p], v["rep"][i], f"students {p}")
    check_cov(v["uniq"][i], v["pop"][i], v["cov"][i], what=f"cov {p}")
    check_cov(v["cst"][i], v["uniq"][i], v["csh"][i], what=f"cert share {p}")
    check(v["act"][i] <= v["iss"][i], "certs")
growth_children = v["uniq"][1] - v["uniq"][0]
growth_pct = round(v["cov"][1] - v["cov"][0], 1)
check(growth_children == 56 and growth_pct == 1.8, "growth")


def f(x, kind="i"):
    if x is None:
        return "х"
    if kind == "i":
        return fint(x, " ")
    if kind == "r":
        return fdec(x, 2, " ")
    return fdec(x, 1, " ")


W = (6, 42, 6, 11, 11, 10)   # code, label, unit, 2024, H1, plan
RULE = "-" * (sum(W) + 5)


def line(code, label, unit="", a="", b="", c=""):
    return (f"{code:<{W[0]}} {label:<{W[1]}} {unit:<{W[2]}}"
            f"{a:>{W[3]}} {b:>{W[4]}} {c:>{W[5]}}").rstrip()


out = []
page = [1]


def header(cont=False):
    out.append(f"АИС «Мониторинг дополнительного образования» Пензенской области"
               f"{'Стр. ' + str(page[0]):>{sum(W) + 5 - 63}}")
    if cont:
        out.append("Продолжение формы МОЦ-2")
    else:
        out.append("Форма МОЦ-2 (полугодовая)            Выгружено: 08.07.2025 11:42:06, "
                   "пользователь: moc_serdobsk (id 5812)")
        out.append("Муниципальное образование: Сердобский район")
        out.append("Отчетный период: I полугодие 2025 года (01.01.2025 - 30.06.2025)")
    out.append(RULE)
    out.append(line("Код", "Наименование показателя", "Ед.", "2024 г.", "I полуг.", "2025 г."))
    out.append(line("стр.", "", "изм.", "(факт)", "2025 г.", "(план)"))
    out.append(line("", "", "", "", "(факт)", ""))
    out.append(RULE)
    out.append(line("1", "2", "3", "4", "5", "6"))
    out.append(RULE)


def row(code, label, unit, key=None, kind="i", vals=None, last=False):
    vals = vals if vals is not None else v[key]
    cells = [f(x, kind) for x in vals]
    parts = label.split("\n")
    wrapped = []
    for p in parts:
        wrapped += textwrap.wrap(p, W[1]) or [""]
    if len(wrapped) == 1:
        out.append(line(code, wrapped[0], unit, *cells))
        return
    if last:
        out.append(line(code, wrapped[0]))
        for w in wrapped[1:-1]:
            out.append(line("", w))
        out.append(line("", wrapped[-1], unit, *cells))
    else:
        out.append(line(code, wrapped[0], unit, *cells))
        for w in wrapped[1:]:
            out.append(line("", w))


def section(t):
    out.append("")
    out.append(t)


header()
section("1. СЕТЬ ОРГАНИЗАЦИЙ")
row("1.1", "Количество организаций дополнительного\nобразования детей", "ед.", "orgs")
row("1.2", "Количество организаций в реестре постав-\nщиков ПФДО (соцзаказ)", "ед.", "prov",
    last=True)
row("1.3", "Создано новых мест дополнительного обра-\nзования (нарастающим итогом с начала "
           "года)", "мест", "newp")
section("2. ПРОГРАММЫ")
row("2.1", "Количество дополнительных общеобразова-\nтельных программ, всего", "ед.", "prog",
    last=True)
lab = dict(art="художественной", sport="физкультурно-спортивной",
           social="социально-гуманитарной", science="естественнонаучной",
           tech="технической", tourism="туристско-краеведческой")
for i, k in enumerate(dirs, 1):
    row(f"2.1.{i}", f"{'в т.ч. ' if i == 1 else ''}{lab[k]} направленности", "ед.",
        vals=(prog[Y][k], prog[H][k], prog[PL][k]))
row("2.2", "Количество программ, получивших положи-\nтельное заключение НОК", "ед.", "nok",
    last=True)
section("3. КОНТИНГЕНТ")
row("3.0", "Справочно: численность детей 5-18 лет\n(Пензастат на 01.01 соответствующего "
           "года)", "чел.", "pop")
row("3.1", "Численность обучающихся (без повтор-\nного счета)", "чел.", "uniq")
row("3.2", "Численность обучающихся с повторным\nсчетом, всего", "чел.", "rep", last=True)

out.append("\f")
page[0] = 2
header(cont=True)
for i, k in enumerate(dirs, 1):
    row(f"3.2.{i}", f"{'в т.ч. ' if i == 1 else ''}{lab[k]} направленности", "чел.",
        vals=(stud[Y][k], stud[H][k], None))
row("3.3", "Охват детей 5-18 лет дополнительным\nобразованием", "%", "cov", kind="d",
    last=True)
row("3.4", "Прирост численности обучающихся к 2024 г.", "чел.",
    vals=(None, growth_children, None))
row("3.5", "Прирост охвата к 2024 г.", "%", kind="d", vals=(None, growth_pct, None))
row("3.6", "Обучающиеся с ОВЗ", "чел.", "ovz")
row("3.7", "Обучающиеся дети-инвалиды", "чел.", "dis")
section("4. ПЕРСОНИФИЦИРОВАННОЕ ФИНАНСИРОВАНИЕ")
row("4.1", "Номинал сертификата", "руб.", "nom", kind="r")
row("4.2", "Выдано сертификатов (всего на конец\nпериода)", "ед.", "iss")
row("4.3", "Активные сертификаты (использованы для\nзаписи)", "ед.", "act", last=True)
row("4.4", "Дети, обучающиеся с использованием сер-\nтификата ПФДО", "чел.", "cst",
    last=True)
row("4.5", "Доля детей, обучающихся по сертификатам,\nот числа обучающихся", "%", "csh",
    kind="d")
section("5. ДЕЯТЕЛЬНОСТЬ МОЦ")
row("5.1", "Мероприятия для обучающихся", "ед.", "evs")
row("5.1.1", "охват обучающихся", "чел.", "evs_r")
row("5.2", "Мероприятия для родителей (законных\nпредставителей)", "ед.", "evp")
row("5.2.1", "охват родителей", "чел.", "evp_r")
row("5.3", "Мероприятия для педагогических работников", "ед.", "evt")
row("5.3.1", "охват педагогов", "чел.", "evt_r")
row("5.4", "Педагоги - участники мероприятий по раз-\nвитию профессионального мастерства",
    "чел.", "tpd", last=True)
out.append(RULE)
out.append("Примечание: данные по Малосердобинскому району в форму не включаются (охват "
           "там 74,2 %).")
out.append("Ответственный: Жукова Е.П., тел. 8 (84167) 2-15-93")
out.append("")

text = "\r\n".join(out)
with open(out_path(NAME, "txt"), "wb") as fh:
    fh.write(text.encode("cp1251"))

i = 1
g.add("organizations_total", v["orgs"][i])
g.add("providers_registry", v["prov"][i])
g.add("programs_total", v["prog"][i])
for k in dirs:
    g.add("programs_" + k, prog[H][k])
g.add("programs_nok", v["nok"][i])
g.add("students_total", v["uniq"][i])
for k in dirs:
    g.add("students_" + k, stud[H][k])
g.add("coverage_pct", v["cov"][i])
g.add("coverage_growth_children", growth_children)
g.add("coverage_growth_pct", growth_pct)
g.add("students_ovz", v["ovz"][i])
g.add("students_disabled", v["dis"][i])
g.add("certificate_nominal_rub", v["nom"][i])
g.add("certificates_issued", v["iss"][i])
g.add("certificates_active", v["act"][i])
g.add("certificate_students", v["cst"][i])
g.add("certificate_share_pct", v["csh"][i])
g.add("new_places", v["newp"][i])
g.add("events_students", v["evs"][i])
g.add("events_students_reach", v["evs_r"][i])
g.add("events_parents", v["evp"][i])
g.add("events_parents_reach", v["evp_r"][i])
g.add("events_teachers", v["evt"][i])
g.add("events_teachers_reach", v["evt_r"][i])
g.add("teachers_pd_participants", v["tpd"][i])
g.save()
