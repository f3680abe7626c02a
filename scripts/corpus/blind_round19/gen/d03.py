from common import Doc, write_docx_family
doc = Doc("t4_03_kirovskiy_lo_slides", {
 "municipality": "Кировский район", "region": "Ленинградская область", "year": 2024,
 "figures": {"coverage_pct": 82.6, "students_total": 12904, "coverage_growth_children": 241,
  "coverage_growth_pct": 1.9, "programs_art": 148, "programs_sport": 96, "programs_social": 87,
  "programs_science": 41, "programs_tech": 64, "programs_tourism": 22, "programs_total": 458,
  "certificate_nominal_rub": 9120.0, "certificates_issued": 10476, "certificates_active": 7833,
  "certificate_share_pct": 60.7, "organizations_total": 6, "new_places": 150,
  "events_teachers": 22, "events_teachers_reach": 614, "events_students": 31,
  "events_students_reach": 5270, "events_parents": 11}})

def T(t):  return ("p", t, {"bold": True, "sz": 30, "color": "1F3864", "space_after": 14})
def BIG(t): return ("p", t, {"bold": True, "sz": 60, "color": "C00000", "space_after": 0})
def L(t, sz=20): return ("p", t, {"sz": sz, "space_after": 6})
def N(n):  return ("p", f"{n}", {"sz": 12, "align": "r", "color": "808080"})
PB = ("pb",)
bar = lambda k: "■" * k

B = [
 ("p", "Муниципальный опорный центр дополнительного образования детей", {"sz": 22, "color": "1F3864"}),
 ("p", "Кировский муниципальный район Ленинградской области", {"sz": 22, "bold": True, "color": "1F3864"}),
 ("p", " ", {"sz": 20}),
 ("p", "ИТОГИ 2024 ГОДА", {"bold": True, "sz": 54, "color": "C00000"}),
 ("p", "Совещание руководителей образовательных организаций", {"sz": 20}),
 ("p", "г. Кировск, 12 февраля 2025 г.", {"sz": 18, "color": "808080"}),
 N(1), PB,

 T("Охват дополнительным образованием"),
 BIG("⟦coverage_pct:82,6⟧ %"),
 L("детей 5–18 лет занимаются в объединениях"),
 L(" "),
 L("2023 год: 80,9 %        целевой показатель 2024: 82,0 %        Ленинградская область: 79,4 %", 18),
 N(2), PB,

 T("Сколько детей"),
 L("обучающихся без повторного счёта"),
 BIG("⟦students_total:12 904⟧"),
 L("с повторным счётом — 19 311", 18),
 L(" "),
 ("p", "+⟦coverage_growth_children:241⟧", {"bold": True, "sz": 44, "color": "548235", "space_after": 0}),
 L("детей к уровню 2023 года, или +⟦coverage_growth_pct:1,9⟧ %"),
 N(3), PB,

 T("Программы по направленностям, ед."),
 L("Художественная         " + bar(15) + "  ⟦programs_art:148⟧", 18),
 L("Физкультурно-спортивная " + bar(10) + "  ⟦programs_sport:96⟧", 18),
 L("Социально-гуманитарная  " + bar(9) + "  ⟦programs_social:87⟧", 18),
 L("Техническая            " + bar(6) + "  ⟦programs_tech:64⟧", 18),
 L("Естественнонаучная     " + bar(4) + "  ⟦programs_science:41⟧", 18),
 L("Туристско-краеведческая " + bar(2) + "  ⟦programs_tourism:22⟧", 18),
 L("0          50          100          150          200", 14),
 L("Всего программ в Навигаторе: ⟦programs_total:458⟧", 22),
 N(4), PB,

 T("Сертификаты дополнительного образования"),
 L("Номинал"),
 BIG("⟦certificate_nominal_rub:9 120⟧ ₽"),
 L("Выдано: ⟦certificates_issued:10 476⟧          Используются для записи: ⟦certificates_active:7 833⟧", 22),
 L(" "),
 BIG("⟦certificate_share_pct:60,7⟧ %"),
 L("детей обучаются по сертификату (региональный ориентир — 25 %)"),
 N(5), PB,

 T("Инфраструктура"),
 ("p", "⟦organizations_total:6⟧", {"bold": True, "sz": 60, "color": "C00000", "space_after": 0}),
 L("организаций дополнительного образования"),
 L("+ 26 общеобразовательных школ реализуют ДООП", 18),
 L(" "),
 ("p", "+⟦new_places:150⟧", {"bold": True, "sz": 60, "color": "548235", "space_after": 0}),
 L("новых мест создано в 2024 году (нацпроект «Образование»)"),
 L("в 2025 году — ещё 90 мест (план)", 16),
 N(6), PB,

 T("Мероприятия МОЦ в 2024 году"),
 L("Педагогам:   ⟦events_teachers:22⟧ мероприятия  /  ⟦events_teachers_reach:614⟧ участников", 24),
 L("Детям:   ⟦events_students:31⟧ мероприятие  /  ⟦events_students_reach:5 270⟧ участников", 24),
 L("Родителям:   ⟦events_parents:11⟧ мероприятий  /  около 900 участников", 24),
 L(" "),
 L("Рейтинг МОЦ в регионе: 4-е место из 18", 16),
 N(7), PB,

 T("Задачи на 2025 год"),
 L("• охват — не ниже 83,5 %"),
 L("• 480 программ в Навигаторе"),
 L("• 12 программ — на независимую оценку качества"),
 L("• Кванториум в г. Отрадное: 200 мест к 01.09.2025"),
 N(8), PB,

 ("p", "Спасибо за внимание!", {"bold": True, "sz": 44, "color": "1F3864", "align": "c"}),
 ("p", "moc-kirovsk@example.ru · +7 (81362) 2-48-11", {"sz": 18, "align": "c"}),
 N(9),
]
write_docx_family(doc, "pdf", B, page=(33.867, 19.05), font="Liberation Sans", size=20, margins_cm=1.5)
