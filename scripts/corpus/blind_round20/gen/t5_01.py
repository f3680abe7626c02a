"""t5_01: slide deck of the Belovo city okrug МОЦ, results of 2024 (pptx -> pdf)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from common import write_gold, soffice_convert

NAME = "t5_01_belovo_slides"
d = Document()
d.styles["Normal"].font.name = "DejaVu Sans"
sec = d.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(33.867), Cm(19.05)
sec.left_margin = sec.right_margin = Cm(1.5)
sec.top_margin = sec.bottom_margin = Cm(1.0)
RED, BLUE = RGBColor(0xC0, 0x39, 0x2B), RGBColor(0x1F, 0x3A, 0x6E)
first = [True]


def line(text, size=20, bold=False, color=None, space=4):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(space)
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    if color is not None:
        r.font.color.rgb = color
    return p


def slide(num, title):
    if not first[0]:
        d.add_page_break()
    first[0] = False
    if title:
        line(title, 32, True, BLUE, 14)


def footer(num):
    p = line(str(num), 12)
    p.alignment = 2

slide(1, None)
line("Муниципальный опорный центр", 40, True, BLUE)
line("дополнительного образования детей", 40, True, BLUE)
line("Беловского городского округа", 40, True, BLUE, 30)
line("Итоги работы за 2024 год", 32, False, None, 40)
line("Кемеровская область — Кузбасс", 20)
line("г. Белово, 20 января 2025 г.", 20)

slide(2, "Сеть дополнительного образования")
line("6", 96, True, RED, 0)
line("учреждений дополнительного образования", 22, False, None, 14)
line("21", 96, True, RED, 0)
line("организация в реестре поставщиков ПФДО (в т. ч. 2 ИП)", 22, False, None, 14)
line("Дополнительные общеобразовательные программы также реализуют 19 школ и 11 детских садов округа", 16)
footer(2)

slide(3, "Новые места")
line("95", 110, True, RED, 0)
line("новых мест создано в 2024 году", 28, False, None, 20)
line("федеральный проект «Успех каждого ребёнка» национального проекта «Образование»", 16)
footer(3)

slide(4, "Программы по направленностям")
line("дополнительных общеобразовательных программ реализовано в 2024 году", 18, False, None, 0)
line("412", 72, True, RED, 10)
dirs = [("художественная", 118), ("физкультурно-спортивная", 74), ("социально-гуманитарная", 96),
        ("естественнонаучная", 41), ("техническая", 57), ("туристско-краеведческая", 26)]
for lab, v in dirs:
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0)
    r = p.add_run(lab.ljust(26)); r.font.size = Pt(14)
    r = p.add_run("\u2588" * (v // 5) + " "); r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x2E, 0x86, 0xC1)
    r = p.add_run(str(v)); r.font.size = Pt(14); r.bold = True
line("0          25          50          75          100          125          150", 11)
line("Независимая оценка качества: положительное заключение — 9 программ; направлено на оценку — 15", 16)
footer(4)

slide(5, "Охват детей дополнительным образованием")
line("11 874", 80, True, RED, 0)
line("ребёнка занимаются в объединениях (без повторного счёта)", 20, False, None, 10)
line("83,5 %", 80, True, RED, 0)
line("охват детей 5–18 лет (+1,8 % к 2023 году; 2023 г. — 81,7 %)", 20, False, None, 10)
line("С повторным счётом — 16 302 места в объединениях · Численность детей 5–18 лет в округе — 14 215", 14)
line("Дети с ОВЗ — 312 · Дети-инвалиды — 87", 14)
footer(5)

slide(6, "Персонифицированное финансирование")
line("7 412,50 руб.", 44, True, RED, 0)
line("номинал сертификата", 16, False, None, 4)
line("10 960", 44, True, RED, 0)
line("выдано сертификатов", 16, False, None, 4)
line("4 388", 44, True, RED, 0)
line("детей обучаются с использованием сертификата", 16, False, None, 4)
line("37,0 %", 44, True, RED, 0)
line("доля детей, обучающихся по сертификату (норматив области — 25 %)", 18)
footer(6)

slide(7, "Для сравнения: соседи")
line("Беловский муниципальный округ:", 28, True)
line("охват — 76,2 %, в объединениях — 2 740 детей, 48 программ", 26, False, None, 30)
line("Ленинск-Кузнецкий городской округ:", 28, True)
line("охват — 80,9 %", 26)
footer(7)

slide(8, "Мероприятия МОЦ в 2024 году")
line("Для родителей", 18, True, BLUE, 0)
line("27", 44, True, RED, 0)
line("мероприятий · 1 930 участников", 18, False, None, 4)
line("Для обучающихся", 18, True, BLUE, 0)
line("41", 44, True, RED, 0)
line("мероприятие · 5 212 участников", 18, False, None, 4)
line("Для педагогов", 18, True, BLUE, 0)
line("18", 44, True, RED, 0)
line("мероприятий · 356 участников", 20)
footer(8)

slide(9, "Задачи на 2025 год")
for t in ("• создать 120 новых мест", "• довести охват детей 5–18 лет до 85 %",
          "• получить положительное заключение НОК ещё по 12 программам",
          "• выдать 2 000 сертификатов первоклассникам"):
    line(t, 28, False, None, 12)
footer(9)

slide(10, "Спасибо за внимание!")
line("МОЦ Беловского городского округа", 24)
line("г. Белово, ул. Советская, 21, каб. 305 · тел. 8 (38452) 2-14-60", 20)
footer(10)

os.makedirs("build", exist_ok=True)
d.save(os.path.join("build", NAME + ".docx"))
soffice_convert(os.path.join("build", NAME + ".docx"), "pdf")

F = {"organizations_total": (6, "6"), "providers_registry": (21, "21"),
     "new_places": (95, "95"), "programs_total": (412, "412"),
     "programs_art": (118, "118"), "programs_sport": (74, "74"), "programs_social": (96, "96"),
     "programs_science": (41, "41"), "programs_tech": (57, "57"), "programs_tourism": (26, "26"),
     "programs_nok": (9, "положительное заключение — 9 программ"),
     "students_total": (11874, "11 874"), "coverage_pct": (83.5, "83,5 %"),
     "coverage_growth_pct": (1.8, "+1,8 %"), "students_ovz": (312, "Дети с ОВЗ — 312"),
     "students_disabled": (87, "Дети-инвалиды — 87"),
     "certificate_nominal_rub": (7412.5, "7 412,50 руб."), "certificates_issued": (10960, "10 960"),
     "certificate_students": (4388, "4 388"), "certificate_share_pct": (37.0, "37,0 %"),
     "events_parents": (27, "27"), "events_parents_reach": (1930, "1 930 участников"),
     "events_students": (41, "41"), "events_students_reach": (5212, "5 212 участников"),
     "events_teachers": (18, "18"), "events_teachers_reach": (356, "356 участников")}
write_gold(NAME, "Беловский городской округ", "Кемеровская область — Кузбасс", 2024,
           {k: v[0] for k, v in F.items()}, {k: v[1] for k, v in F.items()})
