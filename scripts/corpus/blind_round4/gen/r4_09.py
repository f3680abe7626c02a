"""r4_09: город Биробиджан (Еврейская автономная область), 2024/2025 учебный год —
UTF-8 with BOM, CRLF text with «+---+» box tables. Shapes: transposed table
(directions as columns, «Всего» last, abbreviated direction names); school-year
columns «2023/2024 уч. г. | 2024/2025 уч. г. | Изменение» with signed values;
a wrapped multi-line cell inside a box table."""
from common import *

NAME = "r4_09_birobidzhan_uchgod.txt"
pop = {2024: 10996, 2025: 11050}
stud = {2024: 8236, 2025: 8420}
cov = {y: pct(stud[y], pop[y]) for y in pop}
check(cov == {2024: 74.9, 2025: 76.2}, f"{cov}")
cs = {2024: 2510, 2025: 2763}
csh = {y: pct(cs[y], pop[y]) for y in pop}
check(csh == {2024: 22.8, 2025: 25.0}, f"{csh}")
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
P = dict(art=61, sport=40, social=42, science=18, tech=25, tourism=11)
ST = dict(art=2690, sport=2050, social=1540, science=610, tech=1080, tourism=450)
OVZ = dict(art=58, sport=21, social=64, science=9, tech=12, tourism=6)
NOK = dict(art=2, sport=1, social=1, science=0, tech=1, tourism=0)
check(sum(P.values()) == 197 and sum(ST.values()) == stud[2025] and sum(OVZ.values()) == 170 and sum(NOK.values()) == 5, "sums")


def box(rows, aligns, widths=None):
    """rows: list of rows; a cell may contain '\n' (multi-line cell)."""
    split = [[c.split("\n") for c in r] for r in rows]
    n = len(rows[0])
    w = widths or [max(len(line) for r in split for line in r[i]) for i in range(n)]
    sep = "+" + "+".join("-" * (w[i] + 2) for i in range(n)) + "+"
    out = [sep]
    for k, r in enumerate(split):
        h = max(len(c) for c in r)
        for j in range(h):
            cells = []
            for i, c in enumerate(r):
                t = c[j] if j < len(c) else ""
                cells.append(t.rjust(w[i]) if aligns[i] == "r" and k > 0 else t.ljust(w[i]))
            out.append("| " + " | ".join(cells) + " |")
        out.append(sep if k == 0 or k == len(split) - 1 else sep.replace("-", "-"))
    return out


def sgn(a, b, nd=None):
    d = round(b - a, nd) if nd else b - a
    s = fd(abs(d), nd) if nd else fi(abs(d))
    return "0" if d == 0 else ("+" if d > 0 else "-") + s


L = ["ИНФОРМАЦИОННАЯ СПРАВКА",
     "об итогах работы муниципального опорного центра дополнительного образования детей",
     "муниципального образования «Город Биробиджан» Еврейской автономной области",
     "за 2024/2025 учебный год", "",
     "Отдел образования мэрии города, 679016, г. Биробиджан, пр. 60-летия СССР, 12; тел. 8 (42622) 4-07-31",
     "Приказ о создании МОЦ: № 412-од от 29.08.2024 (переименование), исх. № 01-19/1177 от 03.07.2025", "",
     "Таблица 1. Программы и обучающиеся по направленностям, 2024/2025 учебный год", ""]
hdr = ["Показатель", "Худ.", "Физк.-\nспорт.", "Соц.-\nгум.", "Ест.-\nнауч.", "Техн.", "Тур.-\nкраев.", "Всего"]
rows = [hdr,
        ["Количество ДООП, ед."] + [str(P[d]) for d in dirs] + ["197"],
        ["Численность обучающихся,\nчел. (по основной программе)"] + [fi(ST[d]) for d in dirs] + [fi(stud[2025])],
        ["в т.ч. с ОВЗ, чел."] + [str(OVZ[d]) for d in dirs] + ["170"],
        ["ДООП с положительным\nзаключением НОК, ед."] + [str(NOK[d]) for d in dirs] + ["5"]]
L += box(rows, "lrrrrrrr")
L += ["Сокращения: Худ. – художественная, Физк.-спорт. – физкультурно-спортивная, Соц.-гум. –",
      "социально-гуманитарная, Ест.-науч. – естественнонаучная, Техн. – техническая, Тур.-краев. –",
      "туристско-краеведческая направленность.", "",
      "Таблица 2. Динамика показателей по учебным годам", ""]
rows2 = [["Показатель", "2023/2024\nуч. г.", "2024/2025\nуч. г.", "Изменение"],
         ["Организации дополнительного образования, ед.", "3", "3", "0"],
         ["Численность обучающихся (без повторного\nсчёта), чел.", fi(stud[2024]), fi(stud[2025]), sgn(stud[2024], stud[2025])],
         ["Охват детей 5–18 лет дополнительным\nобразованием, %", fd(cov[2024]), fd(cov[2025]), sgn(cov[2024], cov[2025], 1)],
         ["Обучающиеся дети-инвалиды, чел.", "49", "53", sgn(49, 53)],
         ["Выдано сертификатов ПФДО, шт.", fi(9120), fi(9480), sgn(9120, 9480)],
         ["Обучаются по сертификатам, чел.", fi(cs[2024]), fi(cs[2025]), sgn(cs[2024], cs[2025])],
         ["Доля детей, охваченных ПФДО, %", fd(csh[2024]), fd(csh[2025]), sgn(csh[2024], csh[2025], 1)],
         ["Численность детей 5–18 лет, проживающих\nв МО (справочно), чел.", fi(pop[2024]), fi(pop[2025]), sgn(pop[2024], pop[2025])]]
L += box(rows2, "lrrr")
L += ["",
      f"За учебный год охват детей дополнительным образованием вырос на 1,3 п.п., численность",
      f"обучающихся – на {stud[2025] - stud[2024]} человека. Для сравнения: Биробиджанский район – 71,5 %,",
      "Облученский район – 69,8 %, в среднем по ЕАО – 75,3 %. В школах города обучается 9 870 детей.", "",
      "Деятельность МОЦ. Для педагогов проведено 10 мероприятий, в которых приняли участие",
      "233 педагога; родительские собрания по навигатору посетили около 300 родителей.",
      "В 2025/2026 учебном году планируется открыть 2 новых объединения технической направленности",
      "и довести охват до 77 %.", "",
      "Руководитель МОЦ                                  М.Л. Гринберг", ""]
with open(out_path(NAME), "wb") as f:
    f.write(("\ufeff" + "\r\n".join(L)).encode("utf-8"))

figures = {"organizations_total": 3, "programs_total": 197, **{f"programs_{d}": P[d] for d in dirs},
           "programs_nok": 5, "students_total": stud[2025], **{f"students_{d}": ST[d] for d in dirs},
           "students_ovz": 170, "coverage_pct": cov[2025], "coverage_growth_children": stud[2025] - stud[2024],
           "coverage_growth_pct": 1.3, "students_disabled": 53, "certificates_issued": 9480,
           "certificate_students": cs[2025], "certificate_share_pct": csh[2025],
           "events_teachers": 10, "events_teachers_reach": 233}
write_gold(NAME, "город Биробиджан", "Еврейская автономная область", 2025, figures)
print("ok", NAME, len(figures))
