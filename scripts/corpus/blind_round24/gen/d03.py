"""03 - Ангарский городской округ, 2024: slide deck (talk at the meeting of
heads of organisations) exported to pdf, 16:9 pages, big numbers."""
from reportlab.pdfgen import canvas
from common import Doc, NB, TH, pdf_fonts

d = Doc('t9_03_angarsk_slides', 'pdf', 'Ангарский городской округ',
        'Иркутская область', 2024)
f = d.f
pdf_fonts()
W, H = 960, 540
c = canvas.Canvas(d.path, pagesize=(W, H))
slide_no = [0]


def frame(title):
    slide_no[0] += 1
    c.setFillColorRGB(0.09, 0.27, 0.52)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont('DV-B', 26)
    c.drawString(40, H - 46, title)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.setFont('DV', 11)
    c.drawString(40, 20, 'МОЦ Ангарского городского округа · совещание руководителей ОО, 28.01.2025')
    c.drawRightString(W - 40, 20, str(slide_no[0]))
    c.setFillColorRGB(0, 0, 0)


def lines(x, y, items, size=18, font='DV', step=None):
    step = step or size * 1.45
    c.setFont(font, size)
    for t in items:
        c.drawString(x, y, t)
        y -= step
    return y


# 1 title
slide_no[0] += 1
c.setFillColorRGB(0.09, 0.27, 0.52)
c.rect(0, 0, W, H, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1)
c.setFont('DV-B', 34)
c.drawString(60, 330, 'Дополнительное образование детей')
c.drawString(60, 288, 'в Ангарском городском округе:')
c.drawString(60, 246, 'итоги 2024 года')
c.setFont('DV', 16)
c.drawString(60, 170, 'Муниципальный опорный центр (МБУ ДО «Центр детского творчества»)')
c.drawString(60, 146, 'Совещание руководителей образовательных организаций')
c.drawString(60, 122, 'г. Ангарск, 28 января 2025 г.')
c.showPage()

# 2 network
frame('Сеть: кто реализует ДООП')
c.setFont('DV-B', 96)
c.drawString(60, 300, f('organizations_total', 8, '8'))
lines(60, 262, ['организаций', 'дополнительного образования'], 22)
lines(420, 380, ['+ 41 общеобразовательная школа,', '   реализующая ДООП',
                 '+ 72 детских сада', '+ 14 негосударственных поставщиков', '   (в т.ч. 6 ИП)'], 20)
lines(420, 150, ['Школы и детсады в число организаций ДО не входят'], 13, 'DV-I')
c.showPage()

# 3 coverage
frame('Охват детей 5–18 лет')
c.setFont('DV-B', 110)
c.drawString(60, 270, f('coverage_pct', 83.6, '83,6') + NB + '%')
lines(60, 230, ['охват детей в возрасте 5–18 лет', 'дополнительным образованием, 2024'], 20)
# tiny bar chart by years
bx, by = 560, 110
for i, (yr, val) in enumerate([('2022', 81.7), ('2023', 82.9), ('2024', 83.6)]):
    h = (val - 75) * 30
    c.setFillColorRGB(0.4, 0.6, 0.85)
    c.rect(bx + i * 110, by, 70, h, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont('DV', 15)
    c.drawCentredString(bx + i * 110 + 35, by - 22, yr)
    c.drawCentredString(bx + i * 110 + 35, by + h + 8, str(val).replace('.', ','))
lines(560, 440, ['Иркутская область — 77,5 %', 'Целевой показатель на 2024 г. — 83,0 %'], 15)
c.showPage()

# 4 contingent
frame('Контингент обучающихся')
c.setFont('DV-B', 80)
c.drawString(60, 330, f('students_total', 34517, '34' + TH + '517'))
lines(60, 296, ['детей занимаются в объединениях ДО', '(без повторного счёта)'], 20)
c.setFont('DV-B', 44)
c.drawString(60, 170, '49' + TH + '208')
lines(60, 145, ['записей с повторным счётом'], 18)
c.setFont('DV-B', 44)
c.drawString(540, 330, '41' + TH + '289')
lines(540, 305, ['детей 5–18 лет проживают в округе', '(данные Иркутскстата на 01.01.2024)'], 17)
lines(540, 170, ['Школьников 1–11 классов — 29 870'], 17)
c.showPage()

# 5 directions
frame('Направленности (с повторным счётом), чел.')
y = lines(60, 420, [
    'Художественная ........................ ' + f('students_art', 14812, '14' + NB + '812'),
    'Физкультурно-спортивная ........... ' + f('students_sport', 15027, '15' + NB + '027'),
    'Социально-гуманитарная .............. ' + f('students_social', 7405, '7' + NB + '405'),
    'Естественнонаучная .................... ' + f('students_science', 3118, '3' + NB + '118'),
    'Техническая ............................... ' + f('students_tech', 6540, '6' + NB + '540'),
    'Туристско-краеведческая .............. ' + f('students_tourism', 2306, '2' + NB + '306'),
], 22, step=40)
lines(60, 120, ['Итого записей: 49 208. Рост к 2023 году по технической направленности — +11 %.'], 15, 'DV-I')
c.showPage()

# 6 certificates and places
frame('ПФДО и новые места')
c.setFont('DV-B', 64)
c.drawString(60, 350, f('certificate_students', 11240, '11' + NB + '240'))
lines(60, 318, ['детей обучаются по сертификатам', 'персонифицированного финансирования'], 19)
c.setFont('DV-B', 64)
c.drawString(60, 170, f('certificate_share_pct', 32.6, '32,6') + NB + '%')
lines(60, 140, ['от числа обучающихся (норматив области — 25 %)'], 17)
c.setFont('DV-B', 64)
c.drawString(540, 350, '+' + f('new_places', 620, '620'))
lines(540, 318, ['новых мест дополнительного', 'образования создано в 2024 году'], 19)
lines(540, 200, ['План на 2025 год: 450 мест', '(«Успех каждого ребёнка»)'], 17)
c.showPage()

# 7 tasks
frame('Задачи на 2025 год')
lines(60, 420, ['• охват детей 5–18 лет — не ниже 84 %;',
                '• не менее 30 программ на независимую оценку качества;',
                '• открыть «Кванториум» в 22 мкр. (ноябрь 2025);',
                '• около 3 тыс. детей — летние профильные смены.'], 21, step=42)
lines(60, 120, ['Контакты МОЦ: 8 (3955) 52-14-07, moc@angarsk-cdt.ru, 85 кв-л, д. 7'], 15)
c.showPage()
c.save()
d.save()
