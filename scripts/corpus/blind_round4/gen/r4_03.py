"""r4_03: город Сибай (Республика Башкортостан), I полугодие 2025 — odt (via docx).
Shapes: half-year comparison with an «Отклонение (+/–)» column of signed numbers;
a cell holding two numbers «выдано (активных)»; a direction table whose every cell
holds «программ / обучающихся» (NOT in brief); Справочно population row."""
from common import *

NAME = "r4_03_sibay_polugodie.odt"
pop = {2024: 11190, 2025: 11200}
stud = {2024: 8652, 2025: 8904}
cov = {y: pct(stud[y], pop[y]) for y in pop}
check(cov == {2024: 77.3, 2025: 79.5}, f"{cov}")
cst = {2024: 2697, 2025: 2968}
csh = {y: pct(cst[y], pop[y]) for y in pop}
check(csh == {2024: 24.1, 2025: 26.5}, f"{csh}")
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
P = {2024: dict(art=64, sport=40, social=37, science=18, tech=25, tourism=12),
     2025: dict(art=66, sport=41, social=39, science=19, tech=27, tourism=12)}
ST = {2024: dict(art=2760, sport=2110, social=1480, science=610, tech=1132, tourism=560),
      2025: dict(art=2814, sport=2160, social=1530, science=640, tech=1180, tourism=580)}
for y in (2024, 2025):
    check(sum(ST[y].values()) == stud[y], f"ST {y}")
check(sum(P[2024].values()) == 196 and sum(P[2025].values()) == 204, "P")
S = NBSP


def sg(a, b, nd=None):
    d = b - a
    if nd:
        d = round(d, nd)
        s = fd(abs(d), nd)
    else:
        s = fi(abs(d), S)
    return ("+" if d > 0 else ("–" if d < 0 else "")) + s if d else "0"


doc = new_doc(size=12)
para(doc, "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ\n«ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДСКОГО ОКРУГА\nГОРОД СИБАЙ РЕСПУБЛИКИ БАШКОРТОСТАН»",
     bold=True, align="center", size=11)
para(doc, "453830, РБ, г. Сибай, ул. Ленина, 20; тел. 8 (34775) 5-21-36", align="center", size=9)
para(doc)
para(doc, "ИНФОРМАЦИЯ\nо результатах деятельности муниципального опорного центра дополнительного "
     "образования детей за I полугодие 2025 года", bold=True, align="center")
para(doc)
para(doc, "Муниципальный опорный центр (МОЦ) городского округа город Сибай работает на базе "
     "МБУ ДО «Центр детского творчества» с 2020 года. В городе действуют три муниципальные "
     "организации дополнительного образования: ЦДТ, Станция юных техников и Детский "
     "эколого-биологический центр; кроме того, дополнительные общеразвивающие программы "
     "реализуют 11 общеобразовательных организаций.", indent=True, align="justify")
para(doc, "Таблица 1. Сравнительные показатели за I полугодие 2024 и 2025 годов", bold=True)
rows = [["№", "Показатель", "I полугодие\n2024 г.", "I полугодие\n2025 г.", "Отклонение\n(+/–)"]]
rows.append(["1", "Количество муниципальных организаций дополнительного образования, ед.", "3", "3", "0"])
rows.append(["2", "Количество дополнительных общеобразовательных программ, ед.", "196", "204", sg(196, 204)])
rows.append(["3", "Численность обучающихся (без повторного счёта), чел.", fi(stud[2024], S), fi(stud[2025], S), sg(stud[2024], stud[2025])])
rows.append(["4", "Охват детей 5–18 лет дополнительным образованием, %", fd(cov[2024]), fd(cov[2025]), sg(cov[2024], cov[2025], 1) + " п.п."])
rows.append(["5", "Обучающиеся с ОВЗ, чел.", "214", "236", sg(214, 236)])
rows.append(["6", "Обучающиеся дети-инвалиды, чел.", "61", "58", sg(61, 58)])
rows.append(["7", "Сертификаты ПФДО: выдано (в т.ч. активных), шт.", f"{fi(9870, S)} ({fi(8115, S)})",
             f"{fi(10120, S)} ({fi(8430, S)})", f"{sg(9870, 10120)} ({sg(8115, 8430)})"])
rows.append(["8", "Численность детей, обучающихся по сертификатам ПФДО, чел.", fi(cst[2024], S), fi(cst[2025], S), sg(cst[2024], cst[2025])])
rows.append(["9", "Доля детей, охваченных ПФДО, %", fd(csh[2024]), fd(csh[2025]), sg(csh[2024], csh[2025], 1) + " п.п."])
rows.append(["", "Справочно: численность детей 5–18 лет, проживающих в ГО г. Сибай, чел.", fi(pop[2024], S), fi(pop[2025], S), sg(pop[2024], pop[2025])])
table(doc, rows, header_rows=1, size=10, widths_cm=[0.8, 7.0, 2.9, 2.9, 2.9], num_align_from=2)
para(doc)
para(doc, f"По сравнению с I полугодием 2024 года охват детей дополнительным образованием вырос на "
     f"2,2 процентного пункта: в объединениях занимаются на 252 ребёнка больше. Средний "
     f"показатель по Республике Башкортостан – 81,0 %, в соседнем Баймакском районе – 76,8 %. "
     f"Плановое значение охвата на конец 2025 года – 80,0 %.", indent=True, align="justify")
para(doc, "Таблица 2. Программы и обучающиеся по направленностям (программ / обучающихся)", bold=True)
names = dict(art="Художественная", sport="Физкультурно-спортивная", social="Социально-гуманитарная",
             science="Естественнонаучная", tech="Техническая", tourism="Туристско-краеведческая")
r2 = [["Направленность", "I полугодие 2024 г.\nпрограмм / чел.", "I полугодие 2025 г.\nпрограмм / чел."]]
for d in dirs:
    r2.append([names[d], f"{P[2024][d]} / {fi(ST[2024][d], S)}", f"{P[2025][d]} / {fi(ST[2025][d], S)}"])
r2.append(["Всего", f"196 / {fi(stud[2024], S)}", f"204 / {fi(stud[2025], S)}"])
table(doc, r2, header_rows=1, size=10, widths_cm=[6.0, 4.5, 4.5], bold_rows=(7,), num_align_from=1)
para(doc, "Примечание: обучающиеся учтены один раз – по основной программе.", italic=True, size=10)
para(doc)
para(doc, "Персонифицированное финансирование и независимая оценка качества", bold=True)
para(doc, "Номинал сертификата в 2025 году установлен в размере 14 215 рублей 00 копеек "
     "(в 2024 году – 13 460 рублей). На независимую оценку качества в I полугодии направлены "
     "4 программы, положительное заключение получили 3. В рамках проекта «Успех каждого "
     "ребёнка» создано 45 новых мест дополнительного образования; до конца года планируется "
     "создать ещё 60 мест.", indent=True, align="justify")
para(doc, "Деятельность МОЦ", bold=True)
para(doc, "За полугодие МОЦ провёл 5 мероприятий для родителей (охват – 648 человек) и 4 семинара "
     "для педагогов дополнительного образования (охват – 96 человек). Для подростков 14–17 лет "
     "организована профориентационная смена. В летних лагерях дневного пребывания при школах "
     "отдохнули 1 920 детей.", indent=True, align="justify")
para(doc)
para(doc, "Начальник отдела образования                                   Р.Ф. Галиев", )
para(doc, "Исп. Ишмуратова Г.З., 5-21-40", size=9)
src = save_docx(doc, os.path.join(BUILD, NAME.replace(".odt", ".docx")))
convert_to_root(src, "odt", NAME)

figures = {"organizations_total": 3, "programs_total": 204, **{f"programs_{d}": P[2025][d] for d in dirs},
           "students_total": stud[2025], **{f"students_{d}": ST[2025][d] for d in dirs},
           "coverage_pct": cov[2025], "coverage_growth_children": 252, "coverage_growth_pct": 2.2,
           "students_ovz": 236, "students_disabled": 58, "certificates_issued": 10120,
           "certificates_active": 8430, "certificate_students": cst[2025], "certificate_share_pct": csh[2025],
           "certificate_nominal_rub": 14215.0, "programs_nok": 3, "new_places": 45,
           "events_parents": 5, "events_parents_reach": 648, "events_teachers": 4, "events_teachers_reach": 96}
write_gold(NAME, "город Сибай", "Республика Башкортостан", 2025, figures,
           evidence={"organizations_total": "три муниципальные организации дополнительного образования",
                     "certificate_nominal_rub": "14 215 рублей 00 копеек"})
print("ok", NAME, len(figures))
