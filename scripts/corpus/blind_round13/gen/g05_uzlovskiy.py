"""r13_05: Узловский район (Тульская обл.), xlsx: long-format ("tidy") export from the
regional navigator, one value per row with period / value type / breakdown. Outside brief."""
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill
from common import Ev, OUT, NBSP, xl_border

FN = 'r13_05_uzlovskiy_vygruzka.xlsx'
ev = Ev(FN, 'Узловский район', 'Тульская область', 2024)
E = ev.f

wb = openpyxl.Workbook()
ws0 = wb.active
ws0.title = 'Параметры'
meta = [
    'Выгрузка из ГИС «Региональный навигатор дополнительного образования детей Тульской области»',
    'Отчёт: Показатели деятельности муниципального опорного центра (построчный формат)',
    'Фильтр: Муниципальное образование = «Узловский район»',
    'Период: 2023 – 2025 (факт, оценка, план)',
    'Дата формирования: 16.01.2025 09:15:44',
    'Сформировал: Иванова Н. П., методист МОЦ (МБУ ДО «Центр детского творчества», г. Узловая)',
    'Примечание: значения типа «оценка» внесены до закрытия отчётного периода и не уточнялись.',
]
for i, m in enumerate(meta, 1):
    ws0.cell(i, 1, m)
ws0.column_dimensions['A'].width = 110
ws0['A1'].font = Font(bold=True)

ws = wb.create_sheet('Данные')
H = ['ID записи', 'ОКТМО', 'Муниципальное образование', 'Период', 'Тип значения', 'Раздел',
     'Код показателя', 'Показатель', 'Разрез', 'Значение', 'Ед. изм.', 'Дата обновления']
ws.append(H)
MO = 'Узловский район'
OK = '70644000'
rid = [100412]


def row(per, typ, sec, code, name, cut, val, unit, upd='10.01.2025'):
    rid[0] += 7
    ws.append([rid[0], OK, MO, per, typ, sec, code, name, cut, val, unit, upd])


def fact3(sec, code, name, cut, v23, v24, unit, key=None, written=None, plan25=None,
          form=None, estimate=None):
    row(2023, 'факт', sec, code, name, cut, v23, unit, '12.01.2024')
    if estimate is not None:
        row(2024, 'оценка', sec, code, name, cut, estimate, unit, '15.11.2024')
    if key:
        anchor = name if cut in ('всего', '') else cut
        gv = v24 if not isinstance(v24, str) else None
        E(key, written[1], written[0], anchor, form=form)
    row(2024, 'факт', sec, code, name, cut, v24, unit)
    if plan25 is not None:
        row(2025, 'план', sec, code, name, cut, plan25, unit, '20.12.2024')


S1 = '1. Сеть'
fact3(S1, 'П-1.1', 'Организации дополнительного образования', 'всего', 3, 3, 'ед.',
      'organizations_total', ('3', 3), plan25=3)
fact3(S1, 'П-1.2', 'Организации в реестре поставщиков образовательных услуг', 'всего', 10, 13,
      'ед.', 'providers_registry', ('13', 13), plan25=15)
fact3(S1, 'П-1.3', 'Созданные новые места дополнительного образования', 'всего', 50, 84, 'ед.',
      'new_places', ('84', 84), plan25=60)
S2 = '2. Программы'
fact3(S2, 'П-2.1', 'Дополнительные общеобразовательные программы', 'всего', 281, 298, 'ед.',
      'programs_total', ('298', 298), plan25=305)
for code, cut, a, b, key in [
        ('П-2.1.1', 'художественная', 80, 84, 'programs_art'),
        ('П-2.1.2', 'физкультурно-спортивная', 63, 66, 'programs_sport'),
        ('П-2.1.3', 'социально-гуманитарная', 64, 70, 'programs_social'),
        ('П-2.1.4', 'естественнонаучная', 27, 28, 'programs_science'),
        ('П-2.1.5', 'техническая', 34, 36, 'programs_tech'),
        ('П-2.1.6', 'туристско-краеведческая', 13, 14, 'programs_tourism')]:
    fact3(S2, code, 'Дополнительные общеобразовательные программы', cut, a, b, 'ед.', key,
          (str(b), b))
fact3(S2, 'П-2.2', 'Программы, получившие положительное заключение НОК', 'всего', 7, 11, 'ед.',
      'programs_nok', ('11', 11))
row(2024, 'факт', S2, 'П-2.3', 'Программы, направленные на НОК', 'всего', 16, 'ед.')
S3 = '3. Контингент'
row(2023, 'факт', S3, 'П-3.0', 'Численность детей 5–18 лет (справочно, Туластат)', 'всего',
    10410, 'чел.', '12.01.2024')
row(2024, 'факт', S3, 'П-3.0', 'Численность детей 5–18 лет (справочно, Туластат)', 'всего',
    10416, 'чел.')
fact3(S3, 'П-3.1', 'Численность обучающихся', 'без повторного счёта', 8390, 8572, 'чел.',
      'students_total', ('8572', 8572), estimate=8600)
row(2024, 'факт', S3, 'П-3.1', 'Численность обучающихся', 'с повторным счётом', 10725, 'чел.')
for code, cut, a, b, key in [
        ('П-3.2.1', 'художественная', 3010, 3120, 'students_art'),
        ('П-3.2.2', 'физкультурно-спортивная', 2790, 2874, 'students_sport'),
        ('П-3.2.3', 'социально-гуманитарная', 2105, 2210, 'students_social'),
        ('П-3.2.4', 'естественнонаучная', 870, 905, 'students_science'),
        ('П-3.2.5', 'техническая', f'1{NBSP}150', f'1{NBSP}214', 'students_tech'),
        ('П-3.2.6', 'туристско-краеведческая', 433, 402, 'students_tourism')]:
    wv = b if isinstance(b, str) else str(b)
    gv = int(str(b).replace(NBSP, ''))
    fact3(S3, code, 'Численность обучающихся по направленностям', cut, a, b, 'чел.', key,
          (wv, gv))
fact3(S3, 'П-3.3', 'Охват детей 5–18 лет дополнительным образованием', 'всего', 0.806, 0.823,
      'доля', 'coverage_pct', ('0.823', 82.3), form='fraction', plan25=0.83)
fact3(S3, 'П-3.4', 'Прирост численности детей, охваченных ДО', 'к предыдущему году', 155, 182,
      'чел.', 'coverage_growth_children', ('182', 182))
fact3(S3, 'П-3.5', 'Обучающиеся с ОВЗ', 'всего', 219, 236, 'чел.', 'students_ovz', ('236', 236))
fact3(S3, 'П-3.6', 'Обучающиеся дети-инвалиды', 'всего', 66, 71, 'чел.', 'students_disabled',
      ('71', 71))
S4 = '4. ПФДО'
fact3(S4, 'П-4.1', 'Номинал сертификата ПФДО', 'всего', 17600.0, 18934.62, 'руб.',
      'certificate_nominal_rub', ('18934.62', 18934.62), plan25=19800.0)
fact3(S4, 'П-4.2', 'Выдано сертификатов', 'нарастающим итогом', 9410, 9870, 'ед.',
      'certificates_issued', ('9870', 9870))
fact3(S4, 'П-4.3', 'Активные сертификаты', 'использованы для записи', 5210, 5630, 'ед.',
      'certificates_active', ('5630', 5630))
fact3(S4, 'П-4.4', 'Дети, обучающиеся по сертификату', 'всего', 2710, 2985, 'чел.',
      'certificate_students', ('2985', 2985))
fact3(S4, 'П-4.5', 'Доля детей, обучающихся по сертификату', 'всего', 26.0, 28.7, '%',
      'certificate_share_pct', ('28.7', 28.7), plan25=30.0)
S5 = '5. Мероприятия МОЦ'
for code, cut, k1, k2, a1, a2, b1, b2 in [
        ('П-5.1', 'для обучающихся', 'events_students', 'events_students_reach', 17, 1610, 21, 1954),
        ('П-5.2', 'для педагогов', 'events_teachers', 'events_teachers_reach', 8, 151, 9, 176),
        ('П-5.3', 'для родителей', 'events_parents', 'events_parents_reach', 5, 380, 8, 515)]:
    fact3(S5, code + '.1', 'Мероприятия МОЦ, количество', cut, a1, b1, 'ед.', k1, (str(b1), b1))
    bw = f'{b2 // 1000}{NBSP}{b2 % 1000:03d}' if b2 >= 1000 else b2
    fact3(S5, code + '.2', 'Мероприятия МОЦ, охват участников', cut, a2, bw, 'чел.', k2,
          (bw if isinstance(bw, str) else str(bw), b2))

bd = xl_border()
for r in ws.iter_rows(min_row=1, max_row=ws.max_row):
    for c in r:
        c.border = bd
        c.alignment = Alignment(vertical='top', wrap_text=(c.column in (6, 8, 9)))
for c in ws[1]:
    c.font = Font(bold=True)
    c.fill = PatternFill('solid', fgColor='DDEBF7')
for col, w in zip('ABCDEFGHIJKL', [10, 10, 18, 8, 10, 14, 10, 44, 24, 11, 8, 14]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = 'A2'
ws.auto_filter.ref = f'A1:L{ws.max_row}'
for r in range(2, ws.max_row + 1):
    if ws.cell(r, 11).value == 'руб.':
        ws.cell(r, 10).number_format = '#,##0.00'
    if ws.cell(r, 11).value == 'доля':
        ws.cell(r, 10).number_format = '0.000'

ws2 = wb.create_sheet('Справочно_область')
ws2.append(['Показатель', 'Тульская область, 2024 (в среднем по МО)', 'Ед. изм.'])
for a, b, c in [('Охват детей 5–18 лет дополнительным образованием', 0.809, 'доля'),
                ('Доля детей, обучающихся по сертификату', 27.4, '%'),
                ('Номинал сертификата ПФДО', 18500.0, 'руб.')]:
    ws2.append([a, b, c])
ws2.column_dimensions['A'].width = 52
ws2.column_dimensions['B'].width = 40
wb.save(OUT / FN)
ev.save(FN)
