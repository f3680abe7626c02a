"""06 — Богородицкий район: slide deck for the August meeting, exported to pdf."""
from reportlab.pdfgen import canvas
from common import fonts, finish, OUT, NB

STEM = "u2_06_bogoroditsk_slides"

F = {
    "programs_total": (186, "186"),
    "students_total": (3517, "3" + NB + "517"),
    "coverage_pct": (78.0, "78 %"),
    "programs_nok": (12, "12"),
    "new_places": (120, "120"),
    "certificates_active": (1046, "1" + NB + "046"),
    "certificate_nominal_rub": (8237.0, "8" + NB + "237,00 руб."),
    "events_teachers": (9, "9"),
    "events_teachers_reach": (164, "164"),
    "students_ovz": (87, "87"),
}

fonts()
W, H = 842, 474
c = canvas.Canvas(str(OUT / f"{STEM}.pdf"), pagesize=(W, H))
slide_no = [0]


def slide(title):
    slide_no[0] += 1
    c.setFillColorRGB(0.08, 0.27, 0.55)
    c.rect(0, H - 62, W, 62, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("SansB", 22)
    c.drawString(36, H - 42, title)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Sans", 9)
    c.drawString(36, 18, "МОЦ Богородицкого района · Августовское совещание педагогов · 27.08.2024")
    c.drawRightString(W - 30, 18, str(slide_no[0]))


def big(x, y, number, label_lines, label_above=None):
    if label_above:
        c.setFont("Sans", 12)
        c.drawString(x, y + 52, label_above)
    c.setFont("SansB", 40)
    c.setFillColorRGB(0.85, 0.33, 0.1)
    c.drawString(x, y, number)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Sans", 12)
    for i, ln in enumerate(label_lines):
        c.drawString(x, y - 20 - i * 15, ln)


def lines(x, y, items, size=14, step=24):
    c.setFont("Sans", size)
    for i, t in enumerate(items):
        c.drawString(x, y - i * step, t)


# 1 — title
slide_no[0] += 1
c.setFillColorRGB(0.08, 0.27, 0.55)
c.rect(0, 0, W, H, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1)
c.setFont("SansB", 28)
c.drawString(50, 300, "Дополнительное образование детей:")
c.drawString(50, 262, "итоги 2024 года и задачи")
c.setFont("Sans", 15)
c.drawString(50, 200, "Муниципальный опорный центр МО Богородицкий район (Тульская обл.)")
c.drawString(50, 176, "Докладчик: Шестакова Анна Викторовна, руководитель МОЦ")
c.drawString(50, 120, "г. Богородицк, 27 августа 2024 г.")
c.showPage()
c.setFillColorRGB(0, 0, 0)

# 2 — key numbers
slide("2024 год в цифрах")
big(50, 300, F["programs_total"][1], ["дополнительных", "общеобразовательных программ"])
big(320, 300, F["students_total"][1], ["детей занимаются в кружках", "и секциях (без повторного счёта)"])
big(590, 300, F["coverage_pct"][1], ["охват детей 5–18 лет", "дополнительным образованием"])
c.setFont("Sans", 11)
c.drawString(50, 150, "Справочно: детей 5–18 лет в районе — 4 509; школьников — 3 822.")
c.drawString(50, 130, "Данные Навигатора на 01.08.2024; учебный год 2023/2024.")
c.showPage()

# 3 — dynamics chart
slide("Динамика охвата")
c.setFont("Sans", 11)
c.drawString(50, 370, "Численность обучающихся, чел.")
vals = [("2021", 3102), ("2022", 3301), ("2023", 3412), ("2024", 3517)]
for i, (yr, v) in enumerate(vals):
    x = 80 + i * 150
    h = (v - 2800) / 4
    c.setFillColorRGB(0.2, 0.45, 0.75)
    c.rect(x, 90, 70, h, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.drawCentredString(x + 35, 95 + h, f"{v:,}".replace(",", NB))
    c.drawCentredString(x + 35, 74, yr)
c.line(60, 88, 680, 88)
c.setFont("Sans", 12)
c.drawString(640, 300, "Норматив на 2024 г.:")
c.drawString(640, 282, "охват 80 %")
c.drawString(640, 250, "Тульская область:")
c.drawString(640, 232, "81,9 %")
c.showPage()

# 4 — quality and places
slide("Качество и доступность")
lines(50, 370, [
    "• Независимая оценка качества (НОК):",
    "    подано 15 программ, положительное заключение —",
])
c.setFont("SansB", 30)
c.drawString(70, 290, F["programs_nok"][1] + " программ")
lines(50, 240, [
    "• Новые места (ФП «Успех каждого ребёнка», «Точки роста»):",
])
c.setFont("SansB", 30)
c.drawString(70, 180, F["new_places"][1])
c.setFont("Sans", 12)
c.drawString(140, 185, "мест создано в 2024 году; в 2025-м — ещё 60 (план)")
lines(50, 120, ["• Дети с ОВЗ в объединениях ДО: " + F["students_ovz"][1] + " чел. (в 2023 г. — 71)"])
c.showPage()

# 5 — certificates
slide("Персонифицированное финансирование")
big(50, 300, F["certificates_active"][1], ["активных сертификатов", "(использованы для записи)"],
    label_above="Сертификаты ДО")
big(380, 300, F["certificate_nominal_rub"][1], ["номинал сертификата на 2024 год"])
c.setFont("Sans", 11)
c.drawString(50, 150, "Выдано сертификатов — более 2,8 тыс. Доля детей с сертификатами растёт.")
c.drawString(50, 130, "Номинал на 2025 год (проект): 8 650,00 руб.")
c.showPage()

# 6 — MOC work with teachers
slide("Методическое сопровождение")
lines(50, 370, [
    "Для педагогов ДО МОЦ провёл",
    F["events_teachers"][1] + " мероприятий: семинары, мастер-классы, «Школа наставника»",
    "Участников — " + F["events_teachers_reach"][1] + " педагогов",
    "",
    "Для детей и родителей — «Фестиваль открытий», день открытых дверей",
    "(итоги подводятся вместе с Домом культуры)",
], size=15, step=28)
c.showPage()

# 7 — tasks
slide("Задачи на 2024/2025 учебный год")
lines(50, 370, [
    "1. Выйти на охват 80 % детей 5–18 лет",
    "2. Довести число программ до 200, в т.ч. 30 технических",
    "3. Подать на НОК не менее 20 программ",
    "4. Горячая линия МОЦ: 8 (48761) 2-17-45, ул. Коммунаров, 20",
], size=16, step=32)
c.showPage()
c.save()

finish(STEM, "Богородицкий район", "Тульская область", 2024, F)
