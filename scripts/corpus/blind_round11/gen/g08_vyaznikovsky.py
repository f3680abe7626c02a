"""r11_08: Вязниковский район (Владимирская область), 2024. Slides of a talk at the meeting of
school heads (one landscape page per slide, big numbers with labels below, slide numbers,
small ruled tables); pdf made from docx."""
import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from common import NB, docx_table, docx_para, docx_base_font, write_gold, build_path, to_pdf

STEM = "r11_08_vyaznikovsky_prezentaciya"
doc = docx.Document()
docx_base_font(doc, "Arial", 16)
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(25.4), Cm(14.29)
for m in ("left_margin", "right_margin"):
    setattr(sec, m, Cm(1.5))
sec.top_margin, sec.bottom_margin = Cm(1.0), Cm(0.8)
first = [True]


def slide(n, title):
    if not first[0]:
        doc.add_page_break()
    first[0] = False
    docx_para(doc, title, bold=True, size=22)


def footer(n):
    docx_para(doc, f"МКУ «Управление образования Вязниковского района»                          {n}",
              size=9, align="right")


def big(num, label):
    a = docx_para(doc, num, bold=True, size=26, align="center")
    b = docx_para(doc, label, size=12, align="center")
    a.paragraph_format.space_after = Pt(0)
    a.paragraph_format.space_before = Pt(2)
    b.paragraph_format.space_after = Pt(2)


slide(1, "Итоги работы муниципального опорного центра дополнительного образования детей "
         "Вязниковского района за 2024 год")
docx_para(doc, "Совещание руководителей образовательных организаций\n30 января 2025 г.", size=16)
docx_para(doc, "Докладчик: Лаптева Светлана Игоревна, руководитель МОЦ\n"
               "МБУ ДО «Центр внешкольной работы», г. Вязники", size=14)
footer(1)

slide(2, "Ключевые результаты 2024 года")
big("4", "организации дополнительного образования")
big("9" + NB + "116", "детей занимаются в объединениях (без повторного счёта)")
big("80,3" + NB + "%", "охват детей 5–18 лет дополнительным образованием")
big("+1,9" + NB + "%", "прирост охвата к 2023 году")
footer(2)

slide(3, "Дополнительные общеобразовательные программы, ед.")
rows = [
    ["Направленность", "2023", "2024"],
    ["Художественная", "66", "71"],
    ["Физкультурно-спортивная", "47", "48"],
    ["Социально-гуманитарная", "40", "44"],
    ["Естественнонаучная", "21", "23"],
    ["Техническая", "27", "31"],
    ["Туристско-краеведческая", "14", "15"],
    ["Всего", "215", "232"],
]
docx_table(doc, rows, widths=[10.0, 4.0, 4.0], bold_rows=(0, 7), font_size=13)
footer(3)

slide(4, "Обучающиеся по направленностям, чел. (с повторным счётом)")
rows = [
    ["Направленность", "2023", "2024", "Динамика"],
    ["Художественная", "3" + NB + "490", "3" + NB + "602", "+112"],
    ["Физкультурно-спортивная", "3" + NB + "150", "3" + NB + "217", "+67"],
    ["Социально-гуманитарная", "1" + NB + "890", "2" + NB + "011", "+121"],
    ["Естественнонаучная", "801", "844", "+43"],
    ["Техническая", "1" + NB + "205", "1" + NB + "388", "+183"],
    ["Туристско-краеведческая", "540", "560", "+20"],
    ["Итого", "11" + NB + "076", "11" + NB + "622", "+546"],
]
docx_table(doc, rows, widths=[9.0, 3.5, 3.5, 3.5], bold_rows=(0, 7), font_size=13)
footer(4)

slide(5, "Персонифицированное финансирование (ПФДО)")
rows = [
    ["Показатель", "План 2024", "Факт 2024"],
    ["Поставщики в реестре, ед.", "15", "18"],
    ["Номинал сертификата, руб.", "7" + NB + "480,00", "7" + NB + "480,00"],
    ["Выдано сертификатов", "8" + NB + "500", "8" + NB + "734"],
    ["Активные сертификаты", "–", "5" + NB + "902"],
    ["Обучаются по сертификатам, чел.", "2" + NB + "300", "2" + NB + "417"],
    ["Доля обучающихся по сертификатам, %", "25,0", "26,5"],
]
docx_table(doc, rows, widths=[10.0, 4.0, 4.0], bold_rows=(0,), font_size=13)
footer(5)

slide(6, "Инклюзивное дополнительное образование")
big("213", "обучающихся с ОВЗ")
big("68", "детей-инвалидов")
docx_para(doc, "11 адаптированных программ • 3 педагога прошли курсы по работе с детьми с ОВЗ",
          size=13, align="center")
footer(6)

slide(7, "Мероприятия МОЦ в 2024 году")
rows = [
    ["Целевая аудитория", "Мероприятий", "Участников"],
    ["Родители", "10", "845"],
    ["Обучающиеся", "24", "3,1" + NB + "тыс."],
    ["Педагоги", "16", "402"],
    ["Итого", "50", "4,3" + NB + "тыс."],
]
docx_table(doc, rows, widths=[9.0, 4.5, 4.5], bold_rows=(0, 4), font_size=14)
footer(7)

slide(8, "Качество программ и инфраструктура")
docx_para(doc, "Независимая оценка качества: 8 программ – положительное заключение (подано 10)",
          size=16)
docx_para(doc, "Новые места: 120 мест создано в 2024 году (за 2023–2024 гг. – 245)", size=16)
docx_para(doc, "Профессиональное мастерство: 57 педагогов – участники конкурсов", size=16)
docx_para(doc, "Удовлетворённость родителей качеством услуг – 92 %", size=16)
footer(8)

slide(9, "Задачи на 2025 год")
docx_para(doc, "• охват детей 5–18 лет – не менее 81 %\n• доля обучающихся по сертификатам – 28 %\n"
               "• 150 новых мест в рамках проекта «Все лучшее детям»\n"
               "• не менее 10 программ с положительным заключением НОК", size=16)
docx_para(doc, "Спасибо за внимание!  Тел. МОЦ: 8 (49233) 2-18-44", size=14, align="center")
footer(9)

src = build_path(STEM + ".docx")
doc.save(src)
to_pdf(src, STEM + ".pdf")

F = [
    ("organizations_total", 4, "4", "организации дополнительного образования", "text", 1),
    ("students_total", 9116, "9 116", "без повторного счёта", "text", 1),
    ("coverage_pct", 80.3, "80,3", "охват детей 5–18 лет", "text", 1),
    ("coverage_growth_pct", 1.9, "1,9", "прирост охвата", "text", 1),
    ("programs_art", 71, "71", "Художественная", "table"),
    ("programs_sport", 48, "48", "Физкультурно-спортивная", "table"),
    ("programs_social", 44, "44", "Социально-гуманитарная", "table"),
    ("programs_science", 23, "23", "Естественнонаучная", "table"),
    ("programs_tech", 31, "31", "Техническая", "table"),
    ("programs_tourism", 15, "15", "Туристско-краеведческая", "table"),
    ("programs_total", 232, "232", "Всего", "table"),
    ("students_art", 3602, "3 602", "Художественная", "table"),
    ("students_sport", 3217, "3 217", "Физкультурно-спортивная", "table"),
    ("students_social", 2011, "2 011", "Социально-гуманитарная", "table"),
    ("students_science", 844, "844", "Естественнонаучная", "table"),
    ("students_tech", 1388, "1 388", "Техническая", "table"),
    ("students_tourism", 560, "560", "Туристско-краеведческая", "table"),
    ("providers_registry", 18, "18", "Поставщики в реестре", "table"),
    ("certificate_nominal_rub", 7480.0, "7 480,00", "Номинал", "table"),
    ("certificates_issued", 8734, "8 734", "Выдано", "table"),
    ("certificates_active", 5902, "5 902", "Активные", "table"),
    ("certificate_students", 2417, "2 417", "Обучаются по сертификатам", "table"),
    ("certificate_share_pct", 26.5, "26,5", "Доля обучающихся", "table"),
    ("students_ovz", 213, "213", "ОВЗ", "text", 1),
    ("students_disabled", 68, "68", "детей-инвалидов", "text", 1),
    ("events_parents", 10, "10", "Родители", "table"),
    ("events_parents_reach", 845, "845", "Родители", "table"),
    ("events_students", 24, "24", "Обучающиеся", "table"),
    ("events_students_reach", 3100, "3,1 тыс.", "Обучающиеся", "table"),
    ("events_teachers", 16, "16", "Педагоги", "table"),
    ("events_teachers_reach", 402, "402", "Педагоги", "table"),
    ("programs_nok", 8, "8", "положительное заключение", "text", 1),
    ("new_places", 120, "120", "Новые места", "text", 1),
    ("teachers_pd_participants", 57, "57", "участники конкурсов", "text", 1),
]
write_gold(STEM, "pdf", "Вязниковский район", "Владимирская область", 2024, F)
