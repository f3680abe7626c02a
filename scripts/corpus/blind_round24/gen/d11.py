"""11 - Чебоксарский муниципальный округ (Чувашия), 2024: служебная записка
(memo) of the education department to the head of the округ for his annual
report to the deputies, odt.  OUTSIDE BRIEF.  Trap: the city of Cheboksary
(a different municipality) and Novocheboksarsk."""
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P as OP, List, ListItem
from odf import teletype
from common import Doc, NB, docx_soft

d = Doc('t9_11_cheboksary_mo_memo', 'odt', 'Чебоксарский муниципальный округ',
        'Чувашская Республика — Чувашия', 2024)
f = d.f
odt = OpenDocumentText()
just = Style(name='Just', family='paragraph')
just.addElement(ParagraphProperties(textalign='justify', textindent='1.25cm'))
just.addElement(TextProperties(fontsize='12pt', fontname='Times New Roman'))
right = Style(name='Right', family='paragraph')
right.addElement(ParagraphProperties(textalign='end', marginleft='9cm'))
center = Style(name='Center', family='paragraph')
center.addElement(ParagraphProperties(textalign='center'))
center.addElement(TextProperties(fontweight='bold'))
for s in (just, right, center):
    odt.automaticstyles.addElement(s)


def P(t, style=just):
    p = OP(stylename=style)
    teletype.addTextToElement(p, docx_soft(t))
    odt.text.addElement(p)


def items(ts):
    lst = List()
    for t in ts:
        li = ListItem()
        p = OP()
        teletype.addTextToElement(p, docx_soft(t))
        li.addElement(p)
        lst.addElement(li)
    odt.text.addElement(lst)


P('Главе Чебоксарского муниципального округа Чувашской Республики', right)
P('от начальника отдела образования и молодёжной политики', right)
P('СЛУЖЕБНАЯ ЗАПИСКА', center)
P('27.01.2025 № 03-14/56', center)
P('О результатах работы муниципального опорного центра в 2024 году', center)
P('Уважаемый глава! Для подготовки ежегодного отчёта главы муниципального округа перед '
  'Собранием депутатов направляю сведения о развитии дополнительного образования детей '
  'в 2024 году. Сведения по городу Чебоксары и городу Новочебоксарску приведены только '
  'для сравнения и в отчёт округа не включаются.')
P('Сеть и программы. В округе действует ' + f('organizations_total', 1, '1')
  + ' организация дополнительного образования — МБУ ДО «Центр детского творчества» '
  '(пос. Кугеси, ул. Советская, 25), на базе которого работает МОЦ. Дополнительные '
  'программы реализуют также 27 школ и 12 детских садов. В навигаторе размещено '
  + f('programs_total', 229, '229') + ' программ; положительное заключение независимой '
  'оценки качества получили ' + f('programs_nok', 17, '17') + ' программ (ещё 6 находятся '
  'на экспертизе).')
P('Охват. В 2024 году в объединениях дополнительного образования занимались '
  + f('students_total', 7712, '7' + NB + '712') + ' детей (уникальных) из 9' + NB + '975 детей '
  'в возрасте от 5 до 18 лет, проживающих в округе. Охват составил '
  + f('coverage_pct', 77.3, '77,3') + ' %, что на ' + f('coverage_growth_children', 214, '214')
  + ' детей больше, чем годом ранее. Охват вырос на ' + f('coverage_growth_pct', 2.1, '2,1')
  + ' % (2023 год — 75,2 %). Для сравнения: в г. Чебоксары — 86,1 %, в г. Новочебоксарске — '
  '84,0 %, в среднем по республике — 82,5 %.')
P('Наиболее востребованные направленности:')
items(['физкультурно-спортивная — ' + f('students_sport', 2430, '2' + NB + '430') + ' обучающихся;',
       'туристско-краеведческая — ' + f('students_tourism', 388, '388') + ' обучающихся '
       '(рост связан с программой «Моя малая родина — Чувашия»);',
       'художественная — более 2 тыс. обучающихся.'])
P('Сертификаты. Номинал сертификата персонифицированного финансирования на 2024 год — '
  + f('certificate_nominal_rub', 6980.0, '6' + NB + '980') + ' руб. (на 2025 год утверждён '
  'в размере 7' + NB + '350 руб.). Активных сертификатов, использованных для записи на '
  'программы, — ' + f('certificates_active', 3105, '3' + NB + '105') + '.')
P('Методическая работа. МОЦ провёл ' + f('events_teachers', 12, 'двенадцать', words=True)
  + ' мероприятий для педагогов (семинары, стажировки, конкурс «Сердце отдаю детям»). '
  'В мероприятиях по развитию профессионального мастерства приняли участие '
  + f('teachers_pd_participants', 34, '34') + ' педагога округа.')
P('Предложения на 2025 год: довести охват до 78,5 %, создать 100 новых мест в рамках '
  'проекта «Успех каждого ребёнка», открыть муниципальный «IT-куб» в с. Ишлеи.')
P('Начальник отдела образования и молодёжной политики ________ В. Н. Ефимова')
P('Исп.: Егорова А. П., 8 (83540) 2-15-77')
odt.save(d.path)
d.save()
