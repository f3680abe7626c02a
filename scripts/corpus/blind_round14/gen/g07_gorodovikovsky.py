"""07 - Городовиковский район (Республика Калмыкия), 2024, TXT (UTF-8, LF).
OUTSIDE THE BRIEF: a printed e-mail (mail-client export): header block
(От / Отправлено / Кому / Копия / Тема / Вложения), a greeting, tables pasted
into the body (markdown-like pipe tables and a space-aligned block copied from a
spreadsheet), a signature with phones and ИНН, and the quoted original request
of the regional centre below «-----Original Message-----» with last year's
values, a regional average and a 2024 target.
Traps: quoted 2023 values, the regional target, attachment sizes, dates and
times, the deadline, a number in words, phone numbers, ИНН, postal code."""
from common import Figs, n, d, pipe_table, space_table, write_txt

NAME = "r14_07_gorodovikovsky_pismo.txt"
F = Figs(NAME)
L = []
L += ["От: МОЦ Городовиковского района <moc.gorodovikovsk@yandex.ru>",
      "Отправлено: 20 января 2025 г. 16:42",
      "Кому: РМЦ ДОД Республики Калмыкия <rmc-kalm@mail.ru>",
      "Копия: Отдел образования ГРМО <gorodovikovsk-obr@mail.ru>",
      "Тема: RE: Сведения о деятельности МОЦ за 2024 год (срок - до 20.01.2025!)",
      "Вложения: Отчет_МОЦ_Городовиковский_2024.xlsx (34 КБ); Приказ_МОЦ_№12_2024.pdf (211 КБ)",
      "",
      "Добрый день, Светлана Бадмаевна!",
      "",
      "Направляем сведения о деятельности муниципального опорного центра дополнительного",
      "образования детей Городовиковского районного муниципального образования (ГРМО)",
      "Республики Калмыкия за 2024 год. Основные таблицы дублируем в тексте письма, так как",
      "в прошлый раз вложение у вас не открылось.",
      "",
      "1. Сеть, программы и охват",
      ""]
C = "2024"
rows = [["Показатель", "2023", "2024"]]


def r(label, a, b, key=None, value=None, anchor=None):
    if key:
        F.add(key, value, b, anchor, col=C)
    rows.append([label, a, b])


r("Организации дополнительного образования, ед.", "2", "2", "organizations_total", 2,
  "Организации дополнительного образования")
r("Организации в реестре исполнителей соцзаказа, ед.", "4", "6", "providers_registry", 6,
  "реестре исполнителей")
r("ДООП, всего, ед.", "86", "92", "programs_total", 92, "ДООП, всего")
r("ДООП с положительным заключением НОК, ед.", "1", "3", "programs_nok", 3,
  "положительным заключением")
r("Обучающиеся без повторного счета, чел.", n(1874, " "), n(1936, " "), "students_total", 1936,
  "без повторного счета")
r("Охват детей 5-18 лет, %", "75,1", "77,4", "coverage_pct", 77.4, "Охват детей")
r("Обучающиеся с ОВЗ, чел.", "59", "67", "students_ovz", 67, "с ОВЗ")
r("Дети-инвалиды, чел.", "22", "24", "students_disabled", 24, "Дети-инвалиды")
r("Создано новых мест, ед.", "30", "45", "new_places", 45, "новых мест")
L += pipe_table(rows, [52, 6, 6])
L += ["",
      "Прирост охвата к 2023 году - " +
      F.add("coverage_growth_children", 62, "62", "Прирост охвата к 2023 году", "text") +
      " ребенка (+" + F.add("coverage_growth_pct", 3.3, "3,3", "Прирост охвата к 2023 году", "text")
      + " %).",
      "",
      "2. По направленностям (копия из таблицы Excel, лист 2)",
      ""]
sp = [["Направленность", "Программ, ед.", "Детей (с повт. счетом)"]]
for lab, kp, vp, ks, vs in [
        ("художественная", "programs_art", 27, "students_art", 712),
        ("физкультурно-спортивная", "programs_sport", 16, "students_sport", 658),
        ("социально-гуманитарная", "programs_social", 21, "students_social", 431),
        ("естественнонаучная", "programs_science", 9, "students_science", 187),
        ("техническая", "programs_tech", 12, "students_tech", 266),
        ("туристско-краеведческая", "programs_tourism", 7, "students_tourism", 129)]:
    sp.append([lab, F.add(kp, vp, str(vp), lab, col="Программ"),
               F.add(ks, vs, str(vs), lab, col="Детей")])
sp.append(["ИТОГО", "92", n(2383, " ")])
L += space_table(sp, [26, 14, 24])
L += ["",
      "3. ПФДО",
      ""]
rows = [["Показатель", "Значение"]]
rows.append(["Номинал сертификата, руб.",
             F.add("certificate_nominal_rub", 9870.0, "9 870,00", "Номинал сертификата")])
rows.append(["Выдано сертификатов (нарастающим итогом)",
             F.add("certificates_issued", 2214, "2 214", "Выдано сертификатов")])
rows.append(["Из них активных",
             F.add("certificates_active", 1905, "1 905", "активных")])
rows.append(["Детей, обучающихся по сертификатам",
             F.add("certificate_students", 574, "574", "обучающихся по сертификатам")])
rows.append(["Доля детей, обучающихся по сертификатам, %",
             F.add("certificate_share_pct", 23.0, "23,0", "Доля детей")])
L += pipe_table(rows, [44, 10])
L += ["",
      "4. Мероприятия МОЦ",
      ""]
rows = [["Для кого", "Мероприятий", "Участников"]]
for lab, k1, v1, k2, v2 in [("обучающиеся", "events_students", 21, "events_students_reach", 1316),
                            ("родители", "events_parents", 8, None, None),
                            ("педагоги", "events_teachers", 11, "events_teachers_reach", 142)]:
    rows.append([lab, F.add(k1, v1, str(v1), lab, col="Мероприятий"),
                 F.add(k2, v2, n(v2, " "), lab, col="Участников") if k2 else "около 380"])
L += pipe_table(rows, [14, 11, 11])
L += ["",
      "В мероприятиях по развитию профессионального мастерства приняли участие " +
      F.add("teachers_pd_participants", 38, "тридцать восемь", "приняли участие", "text",
            scale="words"),
      "педагогов (в 2023 году - 31).",
      "",
      "Приказ о работе МОЦ в 2024 году (№ 12 от 15.01.2024) прикладываем.",
      "",
      "--",
      "С уважением,",
      "Манджиева Баира Николаевна, руководитель МОЦ",
      "МКУ ДО «Городовиковский Дом детского творчества»",
      "359050, Республика Калмыкия, г. Городовиковск, ул. Комсомольская, 31",
      "тел. 8 (84731) 9-12-85, моб. +7 961 845-22-17, ИНН 0801003214",
      "",
      "-----Original Message-----",
      "From: РМЦ ДОД Республики Калмыкия <rmc-kalm@mail.ru>",
      "Sent: Monday, December 16, 2024 10:05 AM",
      "To: moc.gorodovikovsk@yandex.ru",
      "Subject: Сведения о деятельности МОЦ за 2024 год (срок - до 20.01.2025!)",
      "",
      "> Уважаемые коллеги!",
      "> Просим в срок до 20.01.2025 представить сведения о деятельности МОЦ за 2024 год",
      "> по прилагаемой форме. Для справки: охват детей дополнительным образованием по",
      "> республике в 2023 году - 76,2 %, целевое значение на 2024 год - 78,0 %.",
      "> Ваши данные за 2023 год: охват 75,1 %, обучающихся 1 874 чел., сертификатов",
      "> выдано 1 980.",
      "> ",
      "> С уважением, РМЦ ДОД, тел. 8 (84722) 4-05-33"]
write_txt(NAME, L, "utf-8", crlf=False)
F.save(NAME, "Городовиковский район", "Республика Калмыкия", 2024)
