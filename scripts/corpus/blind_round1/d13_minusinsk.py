"""13 - город Минусинск (Красноярский край), e-mail with a pasted export, txt
(UTF-8 with BOM, LF).
NOT IN BRIEF: an e-mail header (Тема/От/Дата); a «паспорт» list with dotted leaders
where values carry trailing comments («4 (ЦДО «Ассоль», ДДТ, СЮТ, ДЮСШ)») and paired
values split by slashes («7 412 / 6 180», «9 / 18 / 12» for three target groups);
semicolon-separated (CSV) tables with numbers without thousands separators and
«Темп роста, %» columns (ratios, not growth figures); neighbour «Минусинский район»
with the same stem; region only inside the name of the information system."""
import os
from common import *

NAME = "13_minusinsk_navigator_vygruzka_2024"
EXT = "txt"

CSV = [("Художественная", 98, 104, "106,1", 3512, 3688, "105,0"),
       ("Физкультурно-спортивная", 41, 43, "104,9", 2290, 2315, "101,1"),
       ("Социально-гуманитарная", 57, 63, "110,5", 1804, 1936, "107,3"),
       ("Естественнонаучная", 20, 24, "120,0", 602, 691, "114,8"),
       ("Техническая", 28, 33, "117,9", 1010, 1142, "113,1"),
       ("Туристско-краеведческая", 11, 12, "109,1", 388, 402, "103,6")]


def dots(label, value, width=78):
    return label + " " + "." * max(3, width - len(label) - len(value) - 2) + " " + value


def build(outdir):
    L = ["Тема: Минусинск - показатели ДО за 2024 год (выгрузка)",
         "От: МОЦ г. Минусинска <moc.minusinsk@mail.ru>",
         "Кому: rmc@kipk.ru",
         "Дата: 21.01.2025 16:05",
         "",
         "Добрый день, коллеги!",
         "Направляем показатели МОЦ г. Минусинска за 2024 год. Таблицы ниже - выгрузка из АИС",
         "«Навигатор дополнительного образования детей Красноярского края» (разделитель \";\"),",
         "паспорт - из отчёта МОЦ. Данные Минусинского района (отдельное МО) сюда не входят:",
         "по нашим сведениям, охват в районе - 74,2 %.",
         "",
         "ПАСПОРТ МОЦ Г. МИНУСИНСКА (2024 год)",
         dots("Организации дополнительного образования", "4 (ЦДО «Ассоль», ДДТ, СЮТ, ДЮСШ)", 100),
         dots("   - кроме того, школы, реализующие ДООП", "11", 100),
         dots("Поставщики в реестре ПФДО", "15 (в т.ч. 4 ИП)", 100),
         dots("Дети 5-18 лет, проживающие в городе (Красноярскстат на 01.01.2024)", "11 000", 100),
         dots("Обучающиеся без повторного счёта", "8 745", 100),
         dots("Охват детей 5-18 лет, %", "79,5", 100),
         dots("Номинал сертификата, руб.", "8 237,00", 100),
         dots("Сертификатов выдано / активных", "7 412 / 6 180", 100),
         dots("Дети, обучающиеся по сертификатам", "3 234", 100),
         dots("Доля детей с сертификатами, %", "29,4", 100),
         dots("Мероприятия МОЦ (родители / обучающиеся / педагоги)", "9 / 18 / 12", 100),
         dots("Охват мероприятиями, чел. (родители / обучающиеся / педагоги)", "734 / 2 105 / 286", 100),
         dots("Новые места ДО, созданные в 2024 г.", "45", 100),
         dots("Плановый охват на 2025 г., %", "80,0", 100),
         "",
         "Выгрузка 1. Программы и обучающиеся по направленностям",
         "Направленность;Программ 2023;Программ 2024;Темп роста программ, %;Обучающихся 2023;Обучающихся 2024;Темп роста обучающихся, %"]
    for n, p1, p2, tp, s1, s2, ts in CSV:
        L.append(f"{n};{p1};{p2};{tp};{s1};{s2};{ts}")
    L += ["Итого (с повторным счётом);255;279;109,4;9606;10174;105,9",
          "",
          "Выгрузка 2. Отдельные категории обучающихся",
          "Категория;2023;2024;Примечание",
          "Обучающиеся с ОВЗ;231;247;",
          "Дети-инвалиды;64;70;из них 12 - на дистанционном обучении",
          "Дети в трудной жизненной ситуации;512;498;по данным КДН",
          "",
          "Если нужны данные в разрезе организаций - напишите, вышлем отдельным файлом.",
          "",
          "--",
          "С уважением,",
          "Зуева Ольга Петровна, руководитель МОЦ",
          "МБУ ДО «Центр дополнительного образования «Ассоль», г. Минусинск, ул. Гоголя, 66",
          "тел. 8 (39132) 5-08-44",
          ""]
    with open(os.path.join(outdir, NAME + "." + EXT), "w", encoding="utf-8-sig", newline="\n") as f:
        f.write("\n".join(L))

    fig = dict(organizations_total=4, providers_registry=15, students_total=8745, coverage_pct=79.5,
               certificate_nominal_rub=8237.0, certificates_issued=7412, certificates_active=6180,
               certificate_students=3234, certificate_share_pct=29.4, events_parents=9, events_students=18,
               events_teachers=12, events_parents_reach=734, events_students_reach=2105,
               events_teachers_reach=286, new_places=45, programs_total=279, students_ovz=247,
               students_disabled=70)
    ev = dict(organizations_total=E(". 4 (ЦДО", "4"), providers_registry=E(". 15 (в т.ч. 4 ИП)", "15"),
              certificates_issued=E("7 412 / 6 180", "7 412"),
              certificates_active=E("7 412 / 6 180", "6 180"), events_parents=E(". 9 / 18 / 12", "9 /"),
              events_students=E(". 9 / 18 / 12", "/ 18 /"), events_teachers=E(". 9 / 18 / 12", "/ 12"),
              events_parents_reach=E("734 / 2 105 / 286", "734"),
              events_students_reach=E("734 / 2 105 / 286", "2 105"),
              events_teachers_reach=E("734 / 2 105 / 286", "286"),
              programs_total=E(";255;279;", "279"),
              students_ovz=E("Обучающиеся с ОВЗ;231;247;", "247"),
              students_disabled=E("Дети-инвалиды;64;70;", "70"))
    simple = {"students_total": "8 745", "coverage_pct": "79,5", "certificate_nominal_rub": "8 237,00",
              "certificate_students": "3 234", "certificate_share_pct": "29,4", "new_places": "45"}
    for k, v in simple.items():
        line = next(l for l in L if l.endswith(" " + v))
        ev[k] = E(line[-40:], v)
    for key, (n, p1, p2, tp, s1, s2, ts) in zip(["art", "sport", "social", "science", "tech", "tourism"], CSV):
        fig["programs_" + key] = p2
        fig["students_" + key] = s2
        ctx = f"{n};{p1};{p2};{tp};{s1};{s2};"
        ev["programs_" + key] = E(ctx, f";{p2};")
        ev["students_" + key] = E(ctx, f";{s2};")
    assert all(ev[k] for k in fig), [k for k in fig if not ev.get(k)]
    write_gold(NAME, "город Минусинск", "Красноярский край", 2024, fig, ev)
