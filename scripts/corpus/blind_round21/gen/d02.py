from common import *
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from docx.enum.text import WD_BREAK
NAME = "t6_02_arzamasskiy_slides"
doc = Document()
s = doc.sections[0]
s.orientation = WD_ORIENT.LANDSCAPE
s.page_width, s.page_height = Cm(33.867), Cm(19.05)
for m in ("left_margin", "right_margin"):
    setattr(s, m, Cm(2))
s.top_margin = s.bottom_margin = Cm(1.5)
st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(24)

slides = [
  [("МУНИЦИПАЛЬНЫЙ ОПОРНЫЙ ЦЕНТР", 40, True), ("Арзамасский муниципальный округ Нижегородской области", 28, False),
   ("(до 2021 года — Арзамасский муниципальный район)", 20, False), ("Итоги работы за 2024 год", 32, True),
   ("Арзамас, февраль 2025", 18, False)],
  [("Дети и охват", 36, True), ("Численность детей 5–18 лет в округе", 20, False), ("3 949", 44, True),
   ("2 946", 60, True), ("детей занимаются в кружках и секциях (без повторного счёта)", 22, False),
   ("74,6 %", 60, True), ("охват дополнительным образованием детей 5–18 лет", 22, False)],
  [("Программы по направленностям, ед.", 36, True),
   ("Художественная      ████████████████████  38", 22, False),
   ("Физкультурно-спортивная  ███████████  21", 22, False),
   ("Социально-гуманитарная  ██████  12", 22, False),
   ("Естественнонаучная  ████  7", 22, False),
   ("Техническая  █████████  17", 22, False),
   ("Туристско-краеведческая  █████  9", 22, False),
   ("0        10        20        30        40", 18, False),
   ("Всего: 104 программы", 30, True)],
  [("Персонифицированное финансирование", 36, True),
   ("номинал сертификата, руб.", 20, False), ("7 215,50", 44, True),
   ("2 518", 44, True), ("сертификатов выдано", 20, False),
   ("из них использованы для записи на программы", 20, False), ("2 107", 44, True),
   ("Плановое значение на 2025 год: 2 600 сертификатов", 18, False)],
  [("Мероприятия МОЦ в 2024 году", 36, True),
   ("Обучающиеся:  46 мероприятий  →  1 830 участников", 26, False),
   ("Педагоги:  12 семинаров и практикумов  →  214 участников", 26, False),
   ("Родители:  9 мероприятий (собрания, дни открытых дверей)  →  640 чел.", 26, False)],
  [("Охват ДО: мы и соседи, %", 36, True),
   ("г. Арзамас        ████████████████  81,2", 24, False),
   ("Арзамасский МО    ██████████████  74,6", 24, False),
   ("Нижегородская область  ███████████████  78,0", 24, False),
   ("Цель к 2030 году — 80 %", 22, True)],
  [("Задачи на 2025 год", 36, True), ("• создать 50 новых мест в точках роста", 24, False),
   ("• довести число программ до 115", 24, False), ("• открыть 3 программы для детей с ОВЗ", 24, False),
   ("Спасибо за внимание!", 32, True)],
]
n = len(slides)
for i, sl in enumerate(slides, 1):
    for text, size, bold in sl:
        para(doc, text, bold=bold, size=size, align="c", space_after=6)
    p = para(doc, f"{i} / {n}", size=14, align="r")
    if i < n:
        p.add_run().add_break(WD_BREAK.PAGE)
src = os.path.join(BUILD, NAME + ".docx")
doc.save(src)
convert_to_out(src, "pdf", NAME + ".pdf")
gold(NAME, "Арзамасский муниципальный округ", "Нижегородская область", 2024, {
    "students_total": (2946, "2 946"),
    "coverage_pct": (74.6, "74,6 %"),
    "programs_total": (104, "104"),
    "programs_art": (38, "38"),
    "programs_sport": (21, "21"),
    "programs_social": (12, "12"),
    "programs_science": (7, "7"),
    "programs_tech": (17, "17"),
    "programs_tourism": (9, "9"),
    "certificate_nominal_rub": (7215.5, "7 215,50"),
    "certificates_issued": (2518, "2 518"),
    "certificates_active": (2107, "2 107"),
    "events_students": (46, "46 мероприятий"),
    "events_students_reach": (1830, "1 830"),
    "events_teachers": (12, "12 семинаров"),
    "events_teachers_reach": (214, "214"),
    "events_parents": (9, "9 мероприятий"),
    "events_parents_reach": (640, "640"),
})
