"""r4_10: Краснокаменский муниципальный округ (Забайкальский край), 2024 — odt chapter
of a публичный доклад (schools, exams, meals, camps around the supplementary-education
section). Shapes: a cross-tab of directions × age groups «5–9 лет | 10–14 лет |
15–17 лет | Всего | из них девочки» (NOT in brief: ages as column headers); a table
«2023 | 2024 | Выполнение плана 2024, %» whose last column is percent of plan (NOT in
brief); program counts per direction in running text."""
from common import *

NAME = "r4_10_krasnokamensk_doklad.odt"
pop = {2023: 8954, 2024: 8960}
stud = {2023: 6590, 2024: 6720}
cov = {y: pct(stud[y], pop[y]) for y in pop}
check(cov == {2023: 73.6, 2024: 75.0}, f"{cov}")
cs = {2023: 1960, 2024: 2105}
csh = {y: pct(cs[y], pop[y]) for y in pop}
check(csh == {2023: 21.9, 2024: 23.5}, f"{csh}")
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
P = dict(art=52, sport=37, social=33, science=14, tech=19, tourism=7)
check(sum(P.values()) == 162, "P")
AGE = dict(art=(980, 890, 310), sport=(560, 760, 300), social=(420, 470, 250),
           science=(130, 230, 90), tech=(250, 470, 210), tourism=(70, 220, 110))
GIRLS = dict(art=1460, sport=590, social=740, science=250, tech=270, tourism=180)
ST = {d: sum(AGE[d]) for d in dirs}
check(ST == dict(art=2180, sport=1620, social=1140, science=450, tech=930, tourism=400), f"{ST}")
check(sum(ST.values()) == stud[2024], "ST sum")
S = NBSP


def plan_pct(f, p):
    return fd(round(f * 100 / p + 1e-9, 1))


doc = new_doc(size=12)
para(doc, "Публичный доклад о состоянии и результатах деятельности системы образования "
     "Краснокаменского муниципального округа Забайкальского края за 2024 год", italic=True, align="center", size=10)
para(doc, "3. Общее образование", bold=True)
para(doc, f"В 2024/2025 учебном году в 12 общеобразовательных организациях округа обучаются {fi(6950, S)} "
     f"школьников. Государственную итоговую аттестацию в форме ЕГЭ прошли 312 выпускников, средний "
     f"тестовый балл по русскому языку – 68,4.", indent=True, align="justify")
para(doc, "4. Организация питания", bold=True)
para(doc, f"Горячим питанием обеспечены {fi(5120, S)} обучающихся, в т.ч. 2 814 – бесплатно.", indent=True)
para(doc, "5. Дополнительное образование детей", bold=True)
para(doc, "В Краснокаменском муниципальном округе (до 2023 года – муниципальный район «Город "
     "Краснокаменск и Краснокаменский район») дополнительное образование детей обеспечивают три "
     "организации дополнительного образования – Дом детского творчества, Станция юных техников и "
     "Детско-юношеская спортивная школа, а также 12 школ и 14 детских садов. Координацию "
     "осуществляет муниципальный опорный центр, созданный на базе ДДТ.", indent=True, align="justify")
para(doc, f"В 2024 году реализовывалось 162 дополнительные общеобразовательные программы: художественной "
     f"направленности – {P['art']}, физкультурно-спортивной – {P['sport']}, социально-гуманитарной – "
     f"{P['social']}, естественнонаучной – {P['science']}, технической – {P['tech']}, "
     f"туристско-краеведческой – {P['tourism']}. Положительное заключение независимой оценки качества "
     f"получили три программы (ещё две находятся на экспертизе).", indent=True, align="justify")
para(doc, f"Дополнительным образованием охвачены {fi(stud[2024], S)} детей, или 75,0 % детей в возрасте "
     f"от 5 до 18 лет ({fi(pop[2024], S)} человек). Среди обучающихся 186 детей с ОВЗ и 61 ребёнок-инвалид. "
     f"Охват выше среднекраевого (72,4 %) и показателя Борзинского муниципального округа (70,2 %).",
     indent=True, align="justify")
para(doc, "Таблица 5.1. Численность обучающихся по направленностям и возрастным группам, 2024 г., чел. "
     "(по основному месту обучения, без повторного счёта)", bold=True, align="center", size=11)
names = dict(art="Художественная", sport="Физкультурно-спортивная", social="Социально-гуманитарная",
             science="Естественнонаучная", tech="Техническая", tourism="Туристско-краеведческая")
rows = [["Направленность", "Возрастные группы", None, None, "Всего", "из них\nдевочки"],
        [None, "5–9 лет", "10–14 лет", "15–17 лет", None, None]]
for d in dirs:
    a = AGE[d]
    rows.append([names[d], fi(a[0], S), fi(a[1], S), fi(a[2], S), fi(ST[d], S), fi(GIRLS[d], S)])
tot = [sum(AGE[d][i] for d in dirs) for i in range(3)]
rows.append(["Итого", fi(tot[0], S), fi(tot[1], S), fi(tot[2], S), fi(stud[2024], S), fi(sum(GIRLS.values()), S)])
table(doc, rows, merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)], header_rows=2, size=10,
      widths_cm=[5.2, 2.1, 2.1, 2.1, 2.2, 2.2], bold_rows=(8,), num_align_from=1)
para(doc)
para(doc, "Таблица 5.2. Выполнение показателей муниципальной программы «Развитие образования»",
     bold=True, align="center", size=11)
plan = dict(prog=160, reg=16, cov=74.0, new=120, iss=7500, cs=2000, sh=22.5)
r2 = [["Показатель", "2023 г.", "2024 г.", "Выполнение плана\n2024 г., %"],
      ["Количество ДООП, ед.", "155", "162", plan_pct(162, plan["prog"])],
      ["Организации в реестре поставщиков ПФДО, ед.", "14", "16", plan_pct(16, plan["reg"])],
      ["Охват детей 5–18 лет дополнительным образованием, %", fd(cov[2023]), fd(cov[2024]), plan_pct(cov[2024], plan["cov"])],
      ["Создано новых мест дополнительного образования, ед.", "80", "120", plan_pct(120, plan["new"])],
      ["Выдано сертификатов дополнительного образования, шт.", fi(7420, S), fi(7790, S), plan_pct(7790, plan["iss"])],
      ["Дети, обучающиеся по сертификатам ПФДО, чел.", fi(cs[2023], S), fi(cs[2024], S), plan_pct(cs[2024], plan["cs"])],
      ["Доля детей, охваченных ПФДО, %", fd(csh[2023]), fd(csh[2024]), plan_pct(csh[2024], plan["sh"])]]
table(doc, r2, header_rows=1, size=10, widths_cm=[8.4, 2.2, 2.2, 3.2], num_align_from=1)
para(doc)
para(doc, "МОЦ в 2024 году провёл 6 мероприятий для родителей (охват – 415 человек), в том числе "
     "«Родительский университет» и дни открытых дверей. На 2025 год запланировано 8 таких мероприятий.",
     indent=True, align="justify")
para(doc, "6. Летняя оздоровительная кампания", bold=True)
para(doc, f"Летом 2024 года в лагерях с дневным пребыванием и загородном лагере «Ласточка» отдохнули "
     f"{fi(2300, S)} детей, из них 640 – в возрасте 14–17 лет.", indent=True, align="justify")
src = save_docx(doc, os.path.join(BUILD, NAME.replace(".odt", ".docx")))
convert_to_root(src, "odt", NAME)

figures = {"organizations_total": 3, "providers_registry": 16, "programs_total": 162,
           **{f"programs_{d}": P[d] for d in dirs}, "programs_nok": 3, "students_total": stud[2024],
           **{f"students_{d}": ST[d] for d in dirs}, "coverage_pct": cov[2024], "students_ovz": 186,
           "students_disabled": 61, "new_places": 120, "certificates_issued": 7790,
           "certificate_students": cs[2024], "certificate_share_pct": csh[2024],
           "events_parents": 6, "events_parents_reach": 415}
write_gold(NAME, "Краснокаменский муниципальный округ", "Забайкальский край", 2024, figures,
           evidence={"organizations_total": "три организации дополнительного образования",
                     "programs_nok": "получили три программы"})
print("ok", NAME, len(figures))
