"""r3_03: Обнинск (Калужская обл.), e-mail reply with corrected data for 2025,
printed to docx.  NOT IN BRIEF: a table inside an e-mail thread with quoted
earlier letters («> » lines, one with an erroneous value); cells holding two
numbers each («прогр. / чел.»); a «key: value» block in the mail body."""
import os
import datetime
from common import *

NAME = "r3_03_obninsk_pismo"
Y = 2025
POP = 17655
ST = 14884
COV = pct(ST, POP)
check(COV == 84.3, COV)
DIRS = ["художественная", "техническая", "естественнонаучная",
        "туристско-краеведческая", "социально-гуманитарная",
        "физкультурно-спортивная"]
KEYS = ["art", "tech", "science", "tourism", "social", "sport"]
P25 = [98, 58, 37, 12, 64, 49]
S25 = [7310, 2960, 1880, 640, 4730, 3940]
P24 = [91, 52, 35, 13, 60, 47]
S24 = [7020, 2710, 1790, 690, 4410, 3860]
check(sum(P25) == 318 and sum(S25) == 21460, "sum")
CERT_ST = 5320
SH = pct(CERT_ST, ST)
check(SH == 35.7, SH)

doc = new_doc(font="Arial", size=10, margins=1.8, created=datetime.datetime(2026, 1, 16, 10, 0))


def mono(text, **kw):
    return para(doc, text, space_after=0, **kw)


mono("От:        Морозова Елена Викторовна <moc-obninsk@example.org>", size=9)
mono("Отправлено: 16 января 2026 г. 11:42", size=9)
mono("Кому:      Отдел дополнительного образования <do-otdel@example.org>", size=9)
mono("Копия:     Управление общего образования Администрации города Обнинска",
     size=9)
mono("Тема:      RE: Сведения МОЦ за 2025 год (г. Обнинск) – УТОЧНЁННЫЕ", size=9,
     bold=True)
mono("Вложения:  МОЦ_Обнинск_2025_v2.xlsx (48 КБ)", size=9)
para(doc, "")
para(doc, "Добрый день, Ирина Сергеевна!")
para(doc, "Направляем уточнённые сведения по муниципальному опорному центру "
     "городского округа «Город Обнинск» за 2025 год. В нашем письме от "
     "12.01.2026 была допущена ошибка в строке по технической направленности "
     "(неверно указано число обучающихся), просим считать верными данные "
     "настоящего письма.", align="justify")
para(doc, "1) Программы и обучающиеся по направленностям (в ячейке: число "
     "программ, ед. / число обучающихся с повторным счётом, чел.):")
grid = [["Направленность", "2024 г.\nпрогр. / чел.", "2025 г.\nпрогр. / чел."]]
for i, dn in enumerate(DIRS):
    grid.append([dn, f"{P24[i]} / {n(S24[i])}", f"{P25[i]} / {n(S25[i])}"])
grid.append(["Всего", f"{sum(P24)} / {n(sum(S24))}",
             f"{sum(P25)} / {n(sum(S25))}"])
table(doc, grid, header_rows=1, widths=[6.0, 4.0, 4.0], size=10,
      bold_rows=(len(grid) - 1,), label_cols=(0,))
para(doc, "")
para(doc, "2) Основные показатели за 2025 год:")
for line in [
    f"Охват детей 5-18 лет: {d(COV)} % (дети 5-18 лет – {n(POP)} чел., "
    f"обучающиеся без повт. счёта – {n(ST)} чел.)",
    "Организаций доп. образования: 5 (в т.ч. 1 негосударственная)",
    "Поставщиков в реестре: 26",
    "Программ с положительным заключением НОК: 17",
    "Дети с ОВЗ: 517; дети-инвалиды: 164",
    "Номинал сертификата: 9 100 руб.",
    f"Выдано сертификатов: {n(16240)}",
    f"Обучаются по сертификатам: {n(CERT_ST)} детей ({d(SH)} % от обучающихся)",
    f"Мероприятия МОЦ: для детей – 31 (охват {n(3950)}), для родителей – 9 "
    f"(охват 740), для педагогов – 16 (охват 297)",
    "Новые места в 2025 г. не создавались (в 2024 г. – 120 мест).",
]:
    para(doc, "   • " + line, space_after=1)
para(doc, "")
para(doc, "Уточнённая форма во вложении. Если потребуется, готовы направить "
     "скан с подписью руководителя.", align="justify")
para(doc, "")
para(doc, "С уважением,")
para(doc, "Морозова Елена Викторовна,", space_after=0)
para(doc, "руководитель МОЦ г. Обнинска", space_after=0)
para(doc, "тел. 8 (484) 396-12-70, доб. 115")
para(doc, "")
q = "> "
quoted = [
    "-----Original Message-----",
    "From: Отдел дополнительного образования",
    "Sent: Tuesday, January 13, 2026 9:05 AM",
    "Subject: RE: Сведения МОЦ за 2025 год (г. Обнинск)",
    "",
    "Елена Викторовна, добрый день!",
    "В сведениях не сходится итог по обучающимся. Просим проверить и до "
    "16.01.2026 направить уточнённые данные. Для сведения: средний охват по "
    "области за 2025 г. – 80,4 %, в Малоярославецком районе – 77,9 %.",
    "",
    "> -----Original Message-----",
    "> From: Морозова Елена Викторовна",
    "> Sent: Monday, January 12, 2026 4:51 PM",
    "> Subject: Сведения МОЦ за 2025 год (г. Обнинск)",
    ">",
    "> художественная – 98 / 7 310",
    "> техническая – 58 / 2 690",
    "> естественнонаучная – 37 / 1 880",
    "> туристско-краеведческая – 12 / 640",
    "> социально-гуманитарная – 64 / 4 730",
    "> физкультурно-спортивная – 49 / 3 940",
    "> Всего – 318 / 21 460",
    "> Охват – 84,3 %.",
]
for line in quoted:
    para(doc, (q + line) if line else q.strip(), size=9, italic=True,
         space_after=0)

src = os.path.join(BUILD, NAME + ".docx")
doc.save(src)
publish(src, NAME + ".docx")

write_gold(NAME, "город Обнинск", "Калужская область", Y, {
    "organizations_total": 5, "providers_registry": 26,
    "programs_total": sum(P25),
    **{f"programs_{k}": P25[i] for i, k in enumerate(KEYS)},
    "programs_nok": 17, "students_total": ST,
    **{f"students_{k}": S25[i] for i, k in enumerate(KEYS)},
    "coverage_pct": COV, "students_ovz": 517, "students_disabled": 164,
    "certificate_nominal_rub": 9100.0, "certificates_issued": 16240,
    "certificate_students": CERT_ST, "certificate_share_pct": SH,
    "events_parents": 9, "events_parents_reach": 740, "events_students": 31,
    "events_students_reach": 3950, "events_teachers": 16,
    "events_teachers_reach": 297,
})
print("ok", NAME)
