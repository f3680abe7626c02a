"""r13_12: город Урай (ХМАО – Югра), xlsx: monitoring workbook for 2025 with a title sheet,
years as rows under two-level merged headers, a column-number row, a plan row. In brief."""
import openpyxl
from openpyxl.styles import Font, Alignment
from common import Ev, OUT, xl_border

FN = 'r13_12_uray_monitoring.xlsx'
ev = Ev(FN, 'город Урай', 'Ханты-Мансийский автономный округ — Югра', 2025)
E = ev.f
wb = openpyxl.Workbook()
B = xl_border()
C = Alignment(horizontal='center', vertical='center', wrap_text=True)

t = wb.active
t.title = 'Титул'
t.merge_cells('A1:D1')
t['A1'] = 'МОНИТОРИНГ ДЕЯТЕЛЬНОСТИ МУНИЦИПАЛЬНОГО ОПОРНОГО ЦЕНТРА ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ ДЕТЕЙ'
t['A1'].font = Font(bold=True, size=12)
t['A1'].alignment = C
t.row_dimensions[1].height = 34
meta = [('Отчётный период:', '2025 год'),
        ('Субъект РФ:', 'ХМАО – Югра'),
        ('Муниципальное образование:', 'г. Урай'),
        ('Организация – МОЦ:', 'МАУ ДО «Центр молодёжи и дополнительного образования»'),
        ('Адрес:', '628285, ХМАО – Югра, г. Урай, мкр. 2, д. 39а'),
        ('ИНН:', '8606012345'),
        ('Исполнитель, телефон:', 'Гарипова Л. Р., 8 (34676) 2-33-51'),
        ('Дата заполнения:', '20.01.2026')]
for i, (a, b) in enumerate(meta, 3):
    t.cell(i, 1, a).font = Font(bold=True)
    t.cell(i, 2, b)
t.column_dimensions['A'].width = 30
t.column_dimensions['B'].width = 60


def header(ws, spec, row=3):
    """spec: list of (r1, c1, r2, c2, text)."""
    for r1, c1, r2, c2, txt in spec:
        if (r1, c1) != (r2, c2):
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        ws.cell(r1, c1, txt)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(r, c).border = B
                ws.cell(r, c).alignment = C
                ws.cell(r, c).font = Font(bold=True, size=9)


def body(ws, rows, start):
    for i, r in enumerate(rows):
        for j, v in enumerate(r, 1):
            c = ws.cell(start + i, j, v)
            c.border = B
            c.alignment = Alignment(horizontal='left' if j == 1 else 'center', vertical='center',
                                    wrap_text=True)
            if isinstance(v, float):
                c.number_format = '0.0'


# ---------------- sheet 1
s1 = wb.create_sheet('1. Сеть и программы')
s1['A1'] = 'Раздел 1. Сеть организаций и дополнительные общеобразовательные программы'
s1['A1'].font = Font(bold=True)
header(s1, [(3, 1, 4, 1, 'Год'), (3, 2, 4, 2, 'Организации ДО, ед.'),
            (3, 3, 4, 3, 'Организации в реестре поставщиков, ед.'),
            (3, 4, 3, 10, 'Дополнительные общеобразовательные программы, ед.'),
            (4, 4, 4, 4, 'всего'), (4, 5, 4, 5, 'худож.'), (4, 6, 4, 6, 'физк.-спорт.'),
            (4, 7, 4, 7, 'соц.-гум.'), (4, 8, 4, 8, 'естеств.-науч.'), (4, 9, 4, 9, 'техн.'),
            (4, 10, 4, 10, 'тур.-краев.'),
            (3, 11, 4, 11, 'из них с положит. заключением НОК, ед.'),
            (3, 12, 4, 12, 'Созданные новые места, ед.')])
A5 = '2025 (факт)'
body(s1, [list(range(1, 13)),
          ['2023 (факт)', 2, 8, 240, 67, 57, 48, 21, 33, 14, 6, 60],
          ['2024 (факт)', 2, 10, 251, 70, 59, 51, 22, 35, 14, 10, 45],
          [A5, E('organizations_total', 2, '2', A5), E('providers_registry', 12, '12', A5),
           E('programs_total', 268, '268', A5), E('programs_art', 74, '74', A5),
           E('programs_sport', 62, '62', A5), E('programs_social', 55, '55', A5),
           E('programs_science', 24, '24', A5), E('programs_tech', 38, '38', A5),
           E('programs_tourism', 15, '15', A5), E('programs_nok', 13, '13', A5),
           E('new_places', 30, '30', A5)],
          ['2026 (план)', 2, 13, 275, 75, 63, 57, 25, 40, 15, 16, 25]], 5)
for r in range(5, 10):
    for c in range(2, 13):
        v = s1.cell(r, c).value
        if isinstance(v, str) and v.isdigit():
            s1.cell(r, c).value = int(v)
s1.column_dimensions['A'].width = 14
for col in 'BCDEFGHIJKL':
    s1.column_dimensions[col].width = 11

# ---------------- sheet 2
s2 = wb.create_sheet('2. Контингент')
s2['A1'] = 'Раздел 2. Контингент обучающихся'
s2['A1'].font = Font(bold=True)
header(s2, [(3, 1, 4, 1, 'Год'), (3, 2, 4, 2, 'Численность детей 5–18 лет (справочно), чел.'),
            (3, 3, 3, 4, 'Обучающиеся, чел.'), (4, 3, 4, 3, 'без повторного счёта'),
            (4, 4, 4, 4, 'с повторным счётом'),
            (3, 5, 3, 10, 'в т.ч. по направленностям (с повторным счётом), чел.'),
            (4, 5, 4, 5, 'худож.'), (4, 6, 4, 6, 'физк.-спорт.'), (4, 7, 4, 7, 'соц.-гум.'),
            (4, 8, 4, 8, 'естеств.-науч.'), (4, 9, 4, 9, 'техн.'), (4, 10, 4, 10, 'тур.-краев.'),
            (3, 11, 4, 11, 'Охват детей 5–18 лет, %'),
            (3, 12, 4, 12, 'из них (гр. 3) с ОВЗ, чел.'),
            (3, 13, 4, 13, 'из них дети-инвалиды, чел.'),
            (3, 14, 3, 15, 'Прирост числа обучающихся к предыдущему году'),
            (4, 14, 4, 14, 'чел.'), (4, 15, 4, 15, '%')])
body(s2, [list(range(1, 16)),
          ['2023 (факт)', 7760, 6290, 8640, 2330, 2600, 1490, 660, 1100, 460, 81.1, 200, 57, 84, 1.4],
          ['2024 (факт)', 7801, 6380, 8795, 2370, 2650, 1530, 675, 1110, 460, 81.8, 212, 61, 90, 1.4],
          [A5, 7842, E('students_total', 6497, '6497', A5), 8930,
           E('students_art', 2410, '2410', A5), E('students_sport', 2690, '2690', A5),
           E('students_social', 1560, '1560', A5), E('students_science', 690, '690', A5),
           E('students_tech', 1120, '1120', A5), E('students_tourism', 460, '460', A5),
           E('coverage_pct', 82.8, '82.8', A5), E('students_ovz', 221, '221', A5),
           E('students_disabled', 64, '64', A5), E('coverage_growth_children', 117, '117', A5),
           E('coverage_growth_pct', 1.8, '1.8', A5)],
          ['2026 (план)', 7880, 6560, 9000, None, None, None, None, None, None, 83.2, 225, None,
           63, 1.0]], 5)
for r in range(6, 10):
    for c in range(2, 16):
        v = s2.cell(r, c).value
        if isinstance(v, str) and v.replace('.', '').isdigit():
            s2.cell(r, c).value = float(v) if '.' in v else int(v)
            if '.' in v:
                s2.cell(r, c).number_format = '0.0'
s2.column_dimensions['A'].width = 14
for col in 'BCDEFGHIJKLMNO':
    s2.column_dimensions[col].width = 11

# ---------------- sheet 3
s3 = wb.create_sheet('3. ПФДО')
s3['A1'] = 'Раздел 3. Персонифицированное финансирование дополнительного образования'
s3['A1'].font = Font(bold=True)
header(s3, [(3, 1, 3, 1, 'Показатель'), (3, 2, 3, 2, '2024 год'), (3, 3, 3, 3, '2025 год'),
            (3, 4, 3, 4, 'Целевое значение на 2025 год (госпрограмма ХМАО – Югры)')])
rows3 = [
    ['Номинал сертификата, руб.', 31250.0, E('certificate_nominal_rub', 33404.17, '33404.17', 'Номинал сертификата'), 'х'],
    ['Выдано сертификатов, ед.', 7120, E('certificates_issued', 7365, '7365', 'Выдано сертификатов'), 'х'],
    ['Активные сертификаты (использованы для записи), ед.', 4870, E('certificates_active', 5012, '5012', 'Активные сертификаты'), 'х'],
    ['Дети, обучающиеся по сертификатам, чел.', 2305, E('certificate_students', 2398, '2398', 'Дети, обучающиеся по сертификатам'), 'х'],
    ['Доля детей, обучающихся по сертификатам, %', 29.5, E('certificate_share_pct', 30.6, '30.6', 'Доля детей, обучающихся по сертификатам'), 30.0],
]
body(s3, rows3, 4)
for r in range(4, 9):
    v = s3.cell(r, 3).value
    s3.cell(r, 3).value = float(v) if '.' in v else int(v)
s3.cell(4, 2).number_format = s3.cell(4, 3).number_format = '#,##0.00'
s3.cell(8, 3).number_format = '0.0'
s3.column_dimensions['A'].width = 52
for col in 'BCD':
    s3.column_dimensions[col].width = 16

# ---------------- sheet 4
s4 = wb.create_sheet('4. Мероприятия МОЦ')
s4['A1'] = 'Раздел 4. Мероприятия муниципального опорного центра'
s4['A1'].font = Font(bold=True)
header(s4, [(3, 1, 4, 1, 'Категория участников'),
            (3, 2, 3, 3, 'Количество мероприятий, ед.'), (4, 2, 4, 2, '2024'), (4, 3, 4, 3, '2025'),
            (3, 4, 3, 5, 'Охват участников, чел.'), (4, 4, 4, 4, '2024'), (4, 5, 4, 5, '2025')])
rows4 = [
    [1, 2, 3, 4, 5],
    ['Обучающиеся', 20, E('events_students', 23, '23', 'Обучающиеся'), 1640,
     E('events_students_reach', 1812, '1812', 'Обучающиеся')],
    ['Педагогические работники', 9, E('events_teachers', 11, '11', 'Педагогические работники'), 140,
     E('events_teachers_reach', 175, '175', 'Педагогические работники')],
    ['Родители (законные представители)', 6, E('events_parents', 8, '8', 'Родители'), 390,
     E('events_parents_reach', 468, '468', 'Родители')],
    ['Итого', 35, 42, 2170, 2455],
]
body(s4, rows4, 5)
for r in range(6, 10):
    for c in (3, 5):
        s4.cell(r, c).value = int(s4.cell(r, c).value)
s4.cell(9, 1).font = Font(bold=True)
s4.cell(11, 1, 'Педагоги – участники мероприятий по развитию профессионального мастерства, чел.')
s4.cell(11, 2, 48)
s4.cell(11, 3, 55)
E('teachers_pd_participants', 55, '55', 'развитию профессионального мастерства')
s4.cell(12, 1, 'Примечание: гр. 2 и 4 – по данным отчёта за 2024 год (для сравнения).')
s4.column_dimensions['A'].width = 46
for col in 'BCDE':
    s4.column_dimensions[col].width = 12
wb.save(OUT / FN)
ev.save(FN)
