"""d03: Кыштымский городской округ, 2023/2024 school year - slide deck exported to pdf."""
from common import NB, out, write_gold, pdf_fonts

STEM = "u1_03_kyshtym_slides"
EXT = "pdf"
GOLD = dict(municipality="Кыштымский городской округ", region="Челябинская область", year=2024,
            figures={
                "organizations_total": 3,
                "programs_total": 268,
                "programs_art": 74,
                "programs_tech": 29,
                "students_total": 5317,
                "coverage_pct": 79.4,
                "certificate_nominal_rub": 6345.0,
                "certificates_issued": 5890,
                "students_ovz": 188,
                "events_students": 36,
                "events_students_reach": 2740,
            })
EVIDENCE = {
    "organizations_total": "3",
    "programs_total": "268",
    "programs_art": "74",
    "programs_tech": "29",
    "students_total": f"5{NB}317",
    "coverage_pct": "79,4 %",
    "certificate_nominal_rub": "6 345 рублей 00 копеек",
    "certificates_issued": f"5{NB}890",
    "students_ovz": "188",
    "events_students": "36 мероприятий",
    "events_students_reach": f"2{NB}740",
}
COLUMNS = None

SLIDES = [
    ("Муниципальный опорный центр\nдополнительного образования детей\nКыштымского городского округа",
     ["Итоги 2023/2024 учебного года", "",
      "Августовское совещание работников образования", "Кыштым, 27 августа 2024 г.",
      "Докладчик: Е. В. Сафонова, руководитель МОЦ"], None),
    ("Сеть дополнительного образования", [
        "3", "организации дополнительного образования:",
        "• Дом детского творчества", "• Детско-юношеская спортивная школа",
        "• Станция юных техников", "",
        "+ программы ДО реализуют 9 школ и 6 детских садов (в число организаций ДО не входят)"],
     None),
    ("Охват детей 5–18 лет", [
        "79,4 %", "охват дополнительным образованием, 2023/2024 уч. год", "",
        "2022/2023 уч. год — 78,1 %",
        "Челябинская область — 77,6 %",
        "Цель на 2025/2026 уч. год — 82 %"],
     ("2022/23", 78.1, "2023/24", 79.4, "план 25/26", 82.0)),
    ("Дети в объединениях", [
        f"5{NB}317", "детей без повторного счёта", "",
        f"7{NB}902 — с повторным счётом (зачисления)",
        f"Численность детей 5–18 лет в округе — 6{NB}694 чел.",
        f"Для сравнения: Верхнеуфалейский ГО — 3{NB}418 детей"], None),
    ("Программы ДО", [
        "268", "дополнительных общеобразовательных программ в навигаторе", "",
        "Художественная направленность: 74",
        "Техническая направленность: 29",
        "Остальные направленности — см. приложение 2 (стр. 14–15)"], None),
    ("Персонифицированное финансирование", [
        "Номинал сертификата в 2023/2024 учебном году:",
        "6 345 рублей 00 копеек", "",
        f"Выдано сертификатов — 5{NB}890",
        "На 2024/2025 уч. год номинал планируется увеличить до 6 900 руб."], None),
    ("Инклюзия", [
        "188", "обучающихся с ОВЗ занимаются по программам ДО", "",
        "Дети-инвалиды — порядка 40 человек",
        "12 адаптированных программ (в 2022/2023 — 8)"], None),
    ("Мероприятия МОЦ для обучающихся", [
        "36 мероприятий", f"охват — 2{NB}740 детей", "",
        "Фестиваль «Кыштымские таланты», 14–16 марта",
        "Турнир по робототехнике «РобоУрал» (5-е место среди 22 команд области)"], None),
    ("Задачи на 2024/2025 учебный год", [
        "• довести охват до 80,5 %",
        "• открыть 60 новых мест по технической направленности",
        "• пройти НОК не менее 10 программ",
        "", "Контакты МОЦ: ул. Ленина, 25, тел. 8 (35151) 4-05-17"], None),
]


def build():
    from reportlab.pdfgen import canvas
    pdf_fonts()
    W, H = 960, 540
    c = canvas.Canvas(out(STEM + "." + EXT), pagesize=(W, H))
    for i, (title, lines, chart) in enumerate(SLIDES, 1):
        c.setFillColorRGB(0.12, 0.3, 0.55)
        c.rect(0, H - 90, W, 90, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("DJ-B", 26 if i > 1 else 24)
        y = H - 45
        tl = title.split("\n")
        if len(tl) > 1:
            c.setFont("DJ-B", 19)
            y = H - 30
        for t in tl:
            c.drawString(40, y, t)
            y -= 24
        c.setFillColorRGB(0, 0, 0)
        y = H - 150
        for j, ln in enumerate(lines):
            big = (j == 0 and i > 1 and len(ln) < 20)
            c.setFont("DJ-B" if big else "DJ", 54 if big else 20)
            c.drawString(60, y, ln)
            y -= 66 if big else 32
        if chart:
            x0, base = 620, 110
            c.setFont("DJ", 12)
            for k in range(0, len(chart), 2):
                lab, val = chart[k], chart[k + 1]
                h = (val - 70) * 18
                c.setFillColorRGB(0.3, 0.5, 0.8)
                c.rect(x0 + k * 50, base, 60, h, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                c.drawString(x0 + k * 50, base - 18, lab)
                c.drawString(x0 + k * 50 + 8, base + h + 6, str(val).replace(".", ","))
            c.setFont("DJ", 10)
            for t in (70, 75, 80, 85):
                c.drawRightString(x0 - 8, base + (t - 70) * 18 - 3, str(t))
        c.setFont("DJ", 12)
        c.drawRightString(W - 30, 20, str(i))
        c.drawString(30, 20, "МОЦ ДОД Кыштымского ГО")
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
    write_gold(STEM, **GOLD)
