"""r4_06: город Черногорск (Республика Хакасия), 2024 — UTF-8 text, LF.
Shapes: «|» table with years as rows and abbreviated column headers explained in a
legend (abbreviations NOT in brief), a value with a footnote marker «79,9*»;
a «|» table whose units sit in a separate column and are multiplied («тыс. чел.»,
«тыс. руб.», «тыс. шт.») (NOT in brief); a tab-separated directions block."""
from common import *

NAME = "r4_06_chernogorsk_svodka.txt"
pop = {2022: 13358, 2023: 13420, 2024: 13480}
stud = {2022: 10205, 2023: 10480, 2024: 10770}
cov = {y: pct(stud[y], pop[y]) for y in pop}
check(cov == {2022: 76.4, 2023: 78.1, 2024: 79.9}, f"{cov}")
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
P = dict(art=82, sport=57, social=61, science=24, tech=35, tourism=15)
ST = dict(art=3940, sport=3420, social=2515, science=790, tech=1650, tourism=600)
OVZ = dict(art=104, sport=38, social=112, science=17, tech=29, tourism=12)
check(sum(P.values()) == 274 and sum(ST.values()) == 12915 and sum(OVZ.values()) == 312, "sums")
cs = 3370
check(pct(cs, pop[2024]) == 25.0, "cs")
g = stud[2024] - stud[2023]
check(g == 290 and round(g * 100 / stud[2023], 1) == 2.8, "growth")


def pipe(rows, aligns):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for k, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            cells.append(c.rjust(w[i]) if aligns[i] == "r" and k > 0 else c.ljust(w[i]))
        out.append("| " + " | ".join(cells) + " |")
        if k == 0:
            out.append("|" + "|".join(("-" * (w[i] + 1) + ":") if aligns[i] == "r" else ("-" * (w[i] + 2)) for i in range(len(w))) + "|")
    return out


L = []
L += ["СВОДКА ПОКАЗАТЕЛЕЙ",
      "муниципального опорного центра дополнительного образования детей г. Черногорска (РХ)",
      "за 2024 год",
      "",
      "Подготовлено: МОЦ на базе МБУ ДО «Центр детского творчества», 655162, г. Черногорск,",
      "ул. Юбилейная, 5; тел. 8 (39031) 2-66-14. Выгрузка из АИС «Навигатор ДО» от 15.01.2025.",
      "",
      "1. Динамика основных показателей", ""]
t1 = [["Год", "Кол-во УДО", "Кол-во ДООП", "Чис-ть обуч. (б/п)", "Чис-ть обуч. (с п/с)", "Охв. 5-18, %", "ОВЗ", "д/и"],
      ["2022", "4", "251", fi(stud[2022]), fi(12118), fd(cov[2022]), "268", "77"],
      ["2023", "4", "262", fi(stud[2023]), fi(12560), fd(cov[2023]), "289", "80"],
      ["2024", "4", "274", fi(stud[2024]), fi(sum(ST.values())), fd(cov[2024]) + "*", "312", "86"],
      ["2025 (план)", "4", "280", fi(10900), "н/д", "80,5", "–", "–"]]
L += pipe(t1, "lrrrrrrr")
L += ["",
      "Условные сокращения: УДО – учреждения дополнительного образования; ДООП – дополнительные",
      "общеобразовательные программы; б/п – без повторного счёта; с п/с – с повторным счётом;",
      "Охв. 5-18 – охват детей 5–18 лет доп. образованием; ОВЗ – обучающиеся с ОВЗ; д/и – дети-инвалиды.",
      "* по данным АИС «Навигатор ДО» на 31.12.2024; по РХ – 79,0 %, г. Абакан – 82,3 %,",
      "  Усть-Абаканский район – 73,6 %.",
      "",
      f"В 2024 году прирост числа детей, охваченных дополнительным образованием, составил {g} человек,",
      "или 2,8 %. В городе работают четыре организации дополнительного образования; кроме них",
      "дополнительные общеразвивающие программы реализуют 15 школ и 9 детских садов.",
      f"Численность детей 5–18 лет, проживающих в городе, – {fi(pop[2024])} чел.; обучающихся школ –",
      f"{fi(11204)} чел.",
      "",
      "2. Персонифицированное финансирование (ПФДО)", ""]
t2 = [["Показатель", "Значение", "Ед. изм.", "Примечание"],
      ["Обучающиеся по ДООП (без повторного счёта)", "10,77", "тыс. чел.", "учтены один раз"],
      ["Номинал сертификата финансирования", "11,35", "тыс. руб.", "пост. от 26.12.2023 № 3412-П"],
      ["Сертификаты дополнительного образования, выданные", "11,9", "тыс. шт.", "нарастающим итогом"],
      ["Дети, обучающиеся по сертификатам ПФДО", fi(cs), "чел.", ""],
      ["Доля детей, охваченных ПФДО", "25,0", "%", "норматив – 25 %"],
      ["Поставщики в реестре (организации и ИП)", "22", "ед.", "в т.ч. 5 ИП"]]
L += pipe(t2, "lrll")
L += ["",
      "3. Программы и обучающиеся по направленностям, 2024 г. (разделитель – табуляция)", ""]
tab = [["Направленность", "Программ", "Обуч. (с п/с)", "Из них ОВЗ"]]
names = dict(art="Художественная", sport="Физкультурно-спортивная", social="Социально-гуманитарная",
             science="Естественнонаучная", tech="Техническая", tourism="Туристско-краеведческая")
for d in dirs:
    tab.append([names[d], str(P[d]), fi(ST[d]), str(OVZ[d])])
tab.append(["ИТОГО", "274", fi(sum(ST.values())), "312"])
L += ["\t".join(r) for r in tab]
L += ["",
      "4. Независимая оценка качества и деятельность МОЦ", "",
      "Положительное заключение НОК получили 5 программ (ещё 3 программы возвращены на доработку).",
      "МОЦ провёл 7 мероприятий для родителей (охват 430 чел.). Ответственный за сводку –",
      "Сагалакова А.В. Следующая сводка – по итогам I полугодия 2025 г.", ""]
with open(out_path(NAME), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(L))

figures = {"organizations_total": 4, "programs_total": 274, **{f"programs_{d}": P[d] for d in dirs},
           "students_total": stud[2024], **{f"students_{d}": ST[d] for d in dirs}, "coverage_pct": cov[2024],
           "students_ovz": 312, "students_disabled": 86, "certificate_nominal_rub": 11350.0,
           "certificates_issued": 11900, "certificate_students": cs, "certificate_share_pct": 25.0,
           "providers_registry": 22, "programs_nok": 5, "events_parents": 7, "events_parents_reach": 430,
           "coverage_growth_children": g, "coverage_growth_pct": 2.8}
write_gold(NAME, "город Черногорск", "Республика Хакасия", 2024, figures,
           evidence={"certificate_nominal_rub": "Номинал сертификата финансирования | 11,35 | тыс. руб.",
                     "certificates_issued": "выданные | 11,9 | тыс. шт."})
print("ok", NAME, len(figures))
