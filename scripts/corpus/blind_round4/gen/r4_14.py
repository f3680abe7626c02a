"""r4_14: Дербентский район (Республика Дагестан), 2024 — docx.
Shapes (NOT in brief): a statistical-form table with a «№ строки» column of row codes
01…12 («Всего (сумма строк 02–07)»), column-number row, columns «Программ | Обучающихся
(с повторным счётом) | из них девочек»; territories as ROWS (the reporting district among
the districts and towns of the southern zone, with a «Место в зоне» rank column and a
row «в среднем по РД»); the neighbouring город Дербент (similar name) in the same table."""
from common import *

NAME = "r4_14_derbentskiy_1dop.docx"
pop, stud = 24300, 16621
check(pct(stud, pop) == 68.4, "cov")
cs = 4423
check(pct(cs, pop) == 18.2, "cs")
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
P = dict(art=64, sport=58, social=49, science=17, tech=21, tourism=17)
ST = dict(art=6110, sport=5480, social=3540, science=960, tech=1320, tourism=1190)
GIRLS = dict(art=3720, sport=1840, social=2010, science=520, tech=410, tourism=530)
check(sum(P.values()) == 226 and sum(ST.values()) == 18600, "dirs")
S = NBSP

doc = new_doc(size=12)
para(doc, "РЕСПУБЛИКА ДАГЕСТАН\nМКУ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ» МУНИЦИПАЛЬНОГО РАЙОНА «ДЕРБЕНТСКИЙ РАЙОН»\n"
     "368600, г. Дербент, ул. Гагарина, 23; тел. 8 (87240) 4-31-19", align="center", size=10, bold=True)
para(doc)
para(doc, "ИНФОРМАЦИЯ МУНИЦИПАЛЬНОГО ОПОРНОГО ЦЕНТРА\nо состоянии дополнительного образования детей "
     "в Дербентском районе за 2024 год", bold=True, align="center")
para(doc, "В районе работают два учреждения дополнительного образования – Дом детского творчества "
     "(п. Мамедкала) и Детско-юношеская спортивная школа (г. Дербент, обслуживает район), – а также "
     "48 общеобразовательных организаций, в 31 из которых действуют центры «Точка роста». В реестр "
     "поставщиков образовательных услуг включены 9 организаций.", indent=True, align="justify")
para(doc, "Раздел 1. Сведения о программах и обучающихся (по форме 1-ДОП)", bold=True, align="center", size=11)
names = dict(art="художественной", sport="физкультурно-спортивной", social="социально-гуманитарной",
             science="естественнонаучной", tech="технической", tourism="туристско-краеведческой")
rows = [["Наименование показателя", "№\nстроки", "Программ,\nед.", "Обучающихся,\nчел. (с повт.\nсчётом)", "из них\nдевочек"],
        ["1", "2", "3", "4", "5"],
        ["Всего по программам (сумма строк 02–07)", "01", "226", fi(18600, S), fi(sum(GIRLS.values()), S)]]
for i, d in enumerate(dirs, 2):
    rows.append([f"в том числе {names[d]} направленности" if i == 2 else f"{names[d]} направленности",
                 f"{i:02d}", str(P[d]), fi(ST[d], S), fi(GIRLS[d], S)])
rows += [["Из стр. 01: обучающиеся с ОВЗ", "08", "х", "254", "97"],
         ["Из стр. 01: дети-инвалиды", "09", "х", "118", "49"],
         ["Программы с положительным заключением НОК", "10", "2", "х", "х"],
         ["Численность обучающихся без повторного счёта", "11", "х", fi(stud, S), fi(8120, S)],
         ["Справочно: численность детей 5–18 лет, проживающих в районе", "12", "х", fi(pop, S), "н/д"]]
table(doc, rows, header_rows=2, size=10, widths_cm=[7.2, 1.5, 2.2, 3.0, 2.4], num_align_from=1)
para(doc)
para(doc, f"Охват детей 5–18 лет дополнительным образованием составил 68,4 % (в 2023 году – 66,9 %). "
     f"По сертификатам персонифицированного финансирования обучаются {fi(cs, S)} детей; номинал "
     f"сертификата – 7 115,00 руб. В 2024 году в сельских школах создано 300 новых мест дополнительного "
     f"образования. В школах района обучаются {fi(19840, S)} учащихся.", indent=True, align="justify")
para(doc, "Раздел 2. Показатели муниципалитетов Южной территориальной зоны РД за 2024 год",
     bold=True, align="center", size=11)
r2 = [["Муниципалитет", "Охват, %", "Программ, ед.", "Доля ПФДО, %", "Место в зоне"],
      ["г. Дербент", "74,9", "305", "21,0", "1"],
      ["г. Дагестанские Огни", "70,3", "96", "19,4", "2"],
      ["Дербентский район", "68,4", "226", "18,2", "3"],
      ["Магарамкентский район", "64,0", "141", "15,1", "4"],
      ["Табасаранский район", "61,7", "118", "14,6", "5"],
      ["Сулейман-Стальский район", "60,2", "109", "13,9", "6"],
      ["В среднем по Республике Дагестан", "71,2", "х", "17,8", "х"]]
table(doc, r2, header_rows=1, size=10, widths_cm=[6.2, 2.2, 2.6, 2.6, 2.4], bold_rows=(3,), num_align_from=1)
para(doc)
para(doc, "Деятельность МОЦ: проведено 4 мероприятия для родителей (охват – 370 человек) и 5 семинаров "
     "для педагогов (охват – 164 человека). В 2025 году планируется включить в реестр поставщиков ещё "
     "3 организации и довести охват до 70 %.", indent=True, align="justify")
para(doc)
para(doc, "Руководитель МОЦ                                          З.М. Алиева\n31.01.2025", size=11)
save_docx(doc, out_path(NAME))

figures = {"organizations_total": 2, "providers_registry": 9, "programs_total": 226,
           **{f"programs_{d}": P[d] for d in dirs}, **{f"students_{d}": ST[d] for d in dirs},
           "students_ovz": 254, "students_disabled": 118, "programs_nok": 2, "students_total": stud,
           "coverage_pct": 68.4, "certificate_students": cs, "certificate_share_pct": 18.2,
           "certificate_nominal_rub": 7115.0, "new_places": 300, "events_parents": 4,
           "events_parents_reach": 370, "events_teachers": 5, "events_teachers_reach": 164}
write_gold(NAME, "Дербентский район", "Республика Дагестан", 2024, figures,
           evidence={"organizations_total": "два учреждения дополнительного образования"})
print("ok", NAME, len(figures))
