"""r7_12: Асиновский район (Томская область), МОЦ report 2023, odt.

docx (python-docx) -> odt through LibreOffice (an office-made odt).
OUTSIDE THE BRIEF:
  * Table 3 — a schedule of events «№ | Дата | Мероприятие | Участников» with
    Roman section rows per target group and «Итого по разделу …: N мероприятий»
    rows, where the count of events is written inside the label cell and the
    reach in the number column; individual events (dates, «– 2023» in titles,
    participants per event) are parts;
  * Table 2 — ПФДО with state-on-date columns «на 01.01.2023 | на 31.12.2023».
Only a total «с повторным счётом» is given for pupils -> that total is
students_total (hard cases).  Report year 2023.
"""
import os
from common import (Figures, n, d, NBSP, OUT, docx_new, docx_p, docx_runs, docx_table,
                    write_outputs, soffice_convert)

STEM = "r7_12_asinovskiy_rayon_otchet"
MUN, REG, YEAR = "Асиновский район", "Томская область", 2023
F = Figures()
A = F.add

doc = docx_new(size=12)
docx_p(doc, "Управление образования администрации Асиновского района Томской области",
       bold=True, align="c")
docx_p(doc, "636840, Томская область, г. Асино, ул. имени Ленина, д. 40; тел. 8 (38241) 2-14-52",
       align="c", size=9)
docx_p(doc, "")
docx_p(doc, "УТВЕРЖДАЮ\nНачальник Управления образования\n_____________ Л.Н. Ивашкевич\n19.01.2024",
       align="r", size=11)
docx_p(doc, "")
docx_p(doc, "ОТЧЁТ\nо работе муниципального опорного центра дополнительного образования детей "
       "Асиновского района за 2023 год", bold=True, align="c")
docx_p(doc, "")
docx_p(doc, "1. Сеть дополнительного образования", bold=True)
docx_runs(doc, [("В 2023 году дополнительное образование детей в районе обеспечивали ", ""),
                (A("organizations_total", 3, "3 организации", "обеспечивали",
                   where="prose, section 1"), ""),
                (" дополнительного образования (МАОУ ДО «Дом детского творчества г. Асино», "
                 "МАУ ДО «ДЮСШ г. Асино», МБУ ДО «Станция юных натуралистов»), 16 "
                 "общеобразовательных организаций и 5 детских садов. МОЦ действует на базе "
                 "МАОУ ДО «ДДТ г. Асино» с 2020 года (приказ от 28.08.2020 № 221).", "")],
          align="j", indent=True)
F.trap("16 schools, 5 kindergartens; приказ № 221")
docx_p(doc, "2. Программы и обучающиеся", bold=True)
docx_p(doc, "Таблица 1. Дополнительные общеобразовательные программы и обучающиеся по "
       "направленностям в 2023 году", italic=True, align="c", size=11)
T1 = [["Направленность", "Количество программ", "из них модульных", "из них сетевых",
       "Количество обучающихся (с повторным счётом)"]]
dirs = [("art", "Художественная", 52, 11, 2, 2216), ("sport", "Физкультурно-спортивная", 28, 3, 0, 1480),
        ("social", "Социально-гуманитарная", 41, 9, 3, 1402),
        ("science", "Естественнонаучная", 19, 5, 2, 611), ("tech", "Техническая", 24, 7, 1, 838),
        ("tourism", "Туристско-краеведческая", 12, 2, 1, 437)]
for k, lab, p, m, s_, st in dirs:
    T1.append([lab, A("programs_" + k, p, str(p), lab, col=1, where="Таблица 1"), str(m),
               str(s_) if s_ else "–", A("students_" + k, st, n(st), lab, col=4,
                                          where="Таблица 1")])
tp = sum(x[2] for x in dirs)
ts = sum(x[5] for x in dirs)
T1.append(["Итого", A("programs_total", tp, str(tp), "Итого", col=1, where="Таблица 1, Итого"),
           str(sum(x[3] for x in dirs)), str(sum(x[4] for x in dirs)),
           A("students_total", ts, n(ts), "Итого", col=4, where="Таблица 1, Итого",
             reading="only a total с повторным счётом is given -> students_total")])
F.trap("Таблица 1: modular and network programme columns (parts)")
docx_table(doc, T1, header_rows=1, widths_cm=[5.0, 2.6, 2.4, 2.2, 4.3], bold_rows=(7,), size=10,
           left_cols=(0,))
docx_p(doc, "")
docx_p(doc, f"Всего в 2023 году дополнительными общеобразовательными программами было охвачено "
       f"{n(ts, NBSP)} обучающихся (с повторным счётом). Данные о численности обучающихся без "
       f"повторного счёта формируются региональным модельным центром по данным Навигатора и в "
       f"настоящем отчёте не приводятся.", align="j", indent=True)

docx_p(doc, "3. Персонифицированное финансирование", bold=True)
docx_runs(doc, [("Номинал сертификата дополнительного образования в 2023 году составлял ", ""),
                (A("certificate_nominal_rub", 7350.0, f"7{NBSP}350 руб.", "Номинал сертификата",
                   where="prose, section 3"), ""),
                (" (в 2022 году – 6 980 руб.).", "")], align="j", indent=True)
docx_p(doc, "Таблица 2. Показатели ПФДО", italic=True, align="c", size=11)
T2 = [["Показатель", "на 01.01.2023", "на 31.12.2023"]]
for key, v, lab, a, b in [
        ("certificates_issued", 4512, "Выдано сертификатов (нарастающим итогом), шт.", "4 120", "4 512"),
        ("certificates_active", 1744, "Активные сертификаты, шт.", "1 610", "1 744"),
        ("certificate_students", 1702, "Дети, обучающиеся по сертификатам, чел.", "1 588", "1 702"),
        ("certificate_share_pct", 26.0, "Доля детей 5–18 лет, обучающихся по сертификатам, %",
         "24,1", "26,0"),
        ("providers_registry", 12, "Поставщики в реестре ПФДО, ед.", "10", "12")]:
    T2.append([lab, a, A(key, v, b, lab, col=2, where="Таблица 2, «на 31.12.2023»")])
F.trap("Таблица 2: column «на 01.01.2023» (state at the start of the year); nominal 2022 6 980")
docx_table(doc, T2, header_rows=1, widths_cm=[10.0, 3.2, 3.2], size=10, left_cols=(0,))

docx_p(doc, "")
docx_p(doc, "4. Мероприятия МОЦ", bold=True)
docx_p(doc, "Таблица 3. План-отчёт о проведённых мероприятиях МОЦ в 2023 году", italic=True,
       align="c", size=11)
T3 = [["№", "Дата", "Наименование мероприятия", "Участников, чел."]]
span = []
groups = [
    ("I. Мероприятия для обучающихся", "events_students", "events_students_reach", [
        ("15.02.2023", "Районный конкурс исследовательских работ «Юный исследователь»", 84),
        ("22.03.2023", "Фестиваль детского творчества «Весенняя капель»", 312),
        ("12.04.2023", "Выставка технического творчества «Юный техник – 2023»", 96),
        ("18–19.05.2023", "Районный туристический слёт школьников", 148),
        ("01.06.2023", "Праздник «Планета детства»", 365),
        ("10.10.2023", "Муниципальный этап конкурса «Моя малая Родина»", 41),
        ("24.11.2023", "Фестиваль «Таланты Асиновского района»", 180)]),
    ("II. Мероприятия для родителей (законных представителей)", "events_parents",
     "events_parents_reach", [
        ("26.01.2023", "Родительское собрание «Навигатор: как записать ребёнка»", 118),
        ("20.04.2023", "День открытых дверей в организациях дополнительного образования", 204),
        ("30.08.2023", "Ярмарка дополнительного образования", 260),
        ("16.11.2023", "Онлайн-консультация «Сертификат ПФДО: вопросы и ответы»", 87)]),
    ("III. Мероприятия для педагогических работников", "events_teachers",
     "events_teachers_reach", [
        ("09.02.2023", "Семинар «Разработка модульных ДООП»", 38),
        ("16.03.2023", "Мастер-класс «Технологии наставничества»", 26),
        ("27.04.2023", "Муниципальный конкурс профмастерства «Сердце отдаю детям»", 9),
        ("31.08.2023", "Секция педагогов ДО августовской конференции", 64),
        ("19.10.2023", "Стажировочная площадка «Инженерные кадры»", 22),
        ("07.12.2023", "Методический марафон «ДООП нового поколения»", 47)])]
roman = ["I", "II", "III"]
word = {7: "7 мероприятий", 4: "4 мероприятия", 6: "6 мероприятий"}
no = 0
for gi, (title, kc, kr, evs) in enumerate(groups):
    span.append(len(T3))
    T3.append([title, "", "", ""])
    for date, name, cnt in evs:
        no += 1
        T3.append([str(no), date, name, str(cnt)])
    c, r_ = len(evs), sum(e[2] for e in evs)
    lab = f"Итого по разделу {roman[gi]}: {word[c]}"
    A(kc, c, word[c], f"Итого по разделу {roman[gi]}:", col=2,
      where=f"Таблица 3, «Итого по разделу {roman[gi]}» (count in the label cell)")
    T3.append(["", "", lab, A(kr, r_, n(r_), f"Итого по разделу {roman[gi]}:", col=3,
                               where=f"Таблица 3, «Итого по разделу {roman[gi]}»")])
F.trap("Таблица 3: event rows (dates, «– 2023», participants per event are parts); "
       "running numbers 1–17")
sub = [i for i, r in enumerate(T3) if r[2].startswith("Итого")]
docx_table(doc, T3, header_rows=1, widths_cm=[1.0, 2.8, 9.6, 2.8], span_rows=span,
           bold_rows=tuple(span + sub), size=10, left_cols=(2,))
docx_p(doc, "")
docx_runs(doc, [("В мероприятиях по развитию профессионального мастерства приняли участие ", ""),
                (A("teachers_pd_participants", 118, "118", "профессионального мастерства",
                   where="prose after Таблица 3"), ""),
                (" педагогов (без повторного счёта).", "")], align="j", indent=True)
docx_p(doc, "5. Ключевые показатели", bold=True)
docx_p(doc, "Таблица 4", italic=True, align="r", size=11)
T4 = [["Показатель", "2022 год", "2023 год", "Целевое значение на 2023 год (МП)"]]
for key, v, lab, a, b, c in [
        ("coverage_pct", 82.5, "Охват детей 5–18 лет дополнительным образованием, %", "80,9",
         "82,5", "80,0"),
        ("students_ovz", 104, "Обучающиеся с ОВЗ, чел.", "96", "104", "100"),
        ("students_disabled", 33, "Обучающиеся дети-инвалиды, чел.", "31", "33", "–"),
        ("programs_nok", 4, "Программы с положительным заключением НОК, ед.", "2", "4", "3"),
        ("new_places", 45, "Новые места дополнительного образования, ед.", "–", "45", "45")]:
    T4.append([lab, a, A(key, v, b, lab, col=2, where="Таблица 4, «2023 год»"), c])
F.trap("Таблица 4: 2022 column and target column (МП)")
docx_table(doc, T4, header_rows=1, widths_cm=[8.0, 2.4, 2.4, 3.6], size=10, left_cols=(0,))
docx_p(doc, "")
docx_runs(doc, [("Прирост охвата детей дополнительным образованием по сравнению с 2022 годом "
                 "составил ", ""),
                (A("coverage_growth_pct", 1.6, "1,6", "Прирост охвата", where="prose after "
                   "Таблица 4"), ""),
                (" %. Охват в Асиновском районе выше, чем в соседнем Первомайском районе "
                 "(78,2 %), и выше среднего по Томской области (81,7 %).", "")],
          align="j", indent=True)
F.trap("neighbour Первомайский район 78,2 %; Томская область 81,7 %")
docx_p(doc, "")
docx_p(doc, "Руководитель МОЦ                                         Н.А. Пестова")

tmp = os.path.join(OUT, STEM + ".docx")
doc.save(tmp)
soffice_convert(tmp, "odt", OUT)
os.remove(tmp)
write_outputs(STEM, "odt", MUN, REG, YEAR, F, extra={"notes": [
    "Only a total «с повторным счётом» (6 984) is stated; the report says the unique count is "
    "not given -> students_total = 6 984 per hard cases.",
    "Events counts are written inside the «Итого по разделу …» label cell («7 мероприятий»)."]})
print(STEM, len(F.items))
