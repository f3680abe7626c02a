"""11 Гусевский городской округ (Калининградская область), 2024: slide deck printed to pdf (landscape,
one slide per page, slide numbers, big numbers with short captions), made from docx.
Years as columns 2022|2023|2024, share-of-total columns, previous values in parentheses."""
from common import Rec, docx_new, dpara, drun, dtable, fi, fd, to_pdf, NBSP

r = Rec("r12_11_gusevskiy_prezentatsiya", "pdf", "Гусевский городской округ", "Калининградская область", 2024)
c, t = r.c, r.t
G = NBSP


def slide_title(d, text, first=False):
    if not first:
        d.add_page_break()
    dpara(d, text, bold=True, size=24, space_after=12)


def slide_no(d, n):
    dpara(d, "")
    dpara(d, f"{n}", align="right", size=10)


def build(path):
    d = docx_new(font="Arial", size=14, landscape=True, margins_cm=(1.5, 2.0, 1.5, 2.0))
    dpara(d, "")
    dpara(d, "Муниципальный опорный центр дополнительного образования детей Гусевского городского округа",
          bold=True, size=28, align="center")
    dpara(d, "Итоги работы за 2024 год", bold=True, size=24, align="center")
    dpara(d, "")
    dpara(d, "Совещание руководителей образовательных организаций\nг. Гусев, 29 января 2025 г.", size=16, align="center")
    dpara(d, "Калининградская область", size=14, align="center")
    slide_no(d, 1)

    slide_title(d, "Ключевые результаты 2024 года")
    p = dpara(d, "", size=14)
    drun(p, t("students_total", 2973, "2" + G + "973", "ребёнка") + G + "ребёнка", bold=True, size=40)
    dpara(d, "занимаются в объединениях дополнительного образования (без повторного счёта)", size=16, space_after=14)
    p = dpara(d, "")
    drun(p, t("coverage_pct", 79.5, "79,5" + G + "%", "охвата") + G + "охвата", bold=True, size=40)
    dpara(d, "детей 5–18 лет дополнительным образованием (2023 г. – 77,7 %; цель 2024 г. – 79,0 %)", size=16, space_after=14)
    p = dpara(d, "")
    drun(p, "+" + t("coverage_growth_pct", 1.8, "1,8" + G + "%", "прирост") + G + "прирост" + G + "охвата", bold=True, size=40)
    dpara(d, "к уровню 2023 года (численность детей 5–18 лет – 3 740 чел.)", size=16)
    slide_no(d, 2)

    slide_title(d, "Сеть дополнительного образования")
    dtable(d, [["Показатель", "2023", "2024", "Комментарий"],
               ["Организации дополнительного образования", "2", c("organizations_total", 2, "2", "Организации дополнительного образования"), "ДДТ, ДЮСШ"],
               ["Поставщики в реестре ПФДО", "10", c("providers_registry", 11, "11", "Поставщики в реестре"), "в т.ч. 2 ИП"],
               ["Школы, реализующие ДООП", "9", "9", "из 10 школ округа"]],
           widths_cm=[10.0, 3.0, 3.0, 8.0], font_size=16)
    slide_no(d, 3)

    slide_title(d, "Программы по направленностям, ед.")
    pr = [("Художественная", 33, 35, 38, "art"), ("Физкультурно-спортивная", 18, 19, 20, "sport"),
          ("Социально-гуманитарная", 20, 22, 25, "social"), ("Естественнонаучная", 7, 8, 9, "science"),
          ("Техническая", 11, 12, 14, "tech"), ("Туристско-краеведческая", 5, 6, 6, "tourism")]
    rows = [["Направленность", "2022", "2023", "2024"]]
    for lab, a, b, x, k in pr:
        rows.append([lab, str(a), str(b), c("programs_" + k, x, str(x), lab)])
    rows.append(["Всего", str(sum(p[1] for p in pr)), str(sum(p[2] for p in pr)),
                 c("programs_total", 112, "112", "Всего")])
    assert sum(p[3] for p in pr) == 112
    dtable(d, rows, widths_cm=[10.0, 4.0, 4.0, 4.0], font_size=16, bold_rows=(7,))
    slide_no(d, 4)

    slide_title(d, "Контингент по направленностям (2024 г., с повторным счётом)")
    st = [("Художественная", 1205, "art"), ("Физкультурно-спортивная", 1020, "sport"), ("Социально-гуманитарная", 690, "social"),
          ("Естественнонаучная", 214, "science"), ("Техническая", 530, "tech"), ("Туристско-краеведческая", 228, "tourism")]
    tot = sum(x[1] for x in st)
    rows = [["Направленность", "Обучающихся, чел.", "Доля от общего числа, %"]]
    for lab, v, k in st:
        rows.append([lab, c("students_" + k, v, fi(v), lab), fd(v * 100 / tot)])
    rows.append(["Итого (с повторным счётом)", fi(tot), "100,0"])
    dtable(d, rows, widths_cm=[10.0, 6.0, 6.0], font_size=16, bold_rows=(7,))
    slide_no(d, 5)

    slide_title(d, "Персонифицированное финансирование (ПФДО)")
    dtable(d, [["Номинал сертификата", c("certificate_nominal_rub", 7100.0, "7 100,00", "Номинал сертификата") + " руб."],
               ["Выдано сертификатов", c("certificates_issued", 3120, fi(3120), "Выдано сертификатов")],
               ["Активных сертификатов", c("certificates_active", 2210, fi(2210), "Активных сертификатов")],
               ["Обучаются по сертификатам", c("certificate_students", 1018, fi(1018), "Обучаются по сертификатам") + " чел."],
               ["Доля детей, обучающихся по сертификатам", c("certificate_share_pct", 27.2, "27,2", "Доля детей") + " %"]],
           header_rows=0, widths_cm=[14.0, 8.0], font_size=18)
    slide_no(d, 6)

    slide_title(d, "Инклюзивное дополнительное образование")
    dtable(d, [["Категория", "2023", "2024"],
               ["Обучающиеся с ОВЗ", "80", c("students_ovz", 88, "88", "Обучающиеся с ОВЗ")],
               ["Дети-инвалиды", "21", c("students_disabled", 25, "25", "Дети-инвалиды")],
               ["Адаптированные программы, ед.", "6", "8"]],
           widths_cm=[12.0, 5.0, 5.0], font_size=18)
    slide_no(d, 7)

    slide_title(d, "Мероприятия МОЦ в 2024 году")
    dtable(d, [["Целевая аудитория", "Мероприятий", "Участников, чел."],
               ["Обучающиеся", c("events_students", 19, "19", "Обучающиеся") + " (2023 – 15)",
                c("events_students_reach", 1340, fi(1340), "Обучающиеся")],
               ["Родители", c("events_parents", 9, "9", "Родители") + " (2023 – 6)", c("events_parents_reach", 415, "415", "Родители")],
               ["Педагоги", c("events_teachers", 12, "12", "Педагоги") + " (2023 – 12)", c("events_teachers_reach", 198, "198", "Педагоги")]],
           widths_cm=[10.0, 6.0, 6.0], font_size=18)
    slide_no(d, 8)

    slide_title(d, "Качество и развитие")
    dpara(d, "•" + G + t("programs_nok", 5, "5", "положительное") + G + "программ" + G + "получили" + G + "положительное" + G +
          "заключение НОК (подано 8)", size=20, space_after=10)
    dpara(d, "•" + G + t("new_places", 30, "30", "новых") + G + "новых" + G + "мест создано в 2024 году (ДДТ, школа п. Михайлово)",
          size=20, space_after=10)
    dpara(d, "•" + G + t("teachers_pd_participants", 47, "47", "педагогов") + G + "педагогов" + G + "– участники конкурсов и курсов "
          "профессионального мастерства", size=20, space_after=10)
    dpara(d, "• 3-е место в региональном рейтинге МОЦ (из 22 муниципалитетов)", size=20)
    slide_no(d, 9)

    slide_title(d, "Планы на 2025 год")
    dpara(d, "• охват детей дополнительным образованием – не менее 80,5 %", size=20)
    dpara(d, "• 60 новых мест (Технопарк «Кванториум» на базе школы № 1)", size=20)
    dpara(d, "• 10 программ с положительным заключением НОК", size=20)
    dpara(d, "• 25 мероприятий для обучающихся, 12 – для родителей", size=20)
    slide_no(d, 10)
    dpara(d, "Спасибо за внимание!  Контакты МОЦ: 238050, г. Гусев, ул. Московская, 42, тел. 8 (40143) 3-12-58",
          size=12, align="center")
    d.save(path)


to_pdf(build, r, "docx")
r.save()
