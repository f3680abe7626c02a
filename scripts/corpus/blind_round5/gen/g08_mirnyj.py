"""r5_08 — Мирнинский район, Республика Саха (Якутия), 2024.
Export of a social-network channel (posts with dates, emoji, hashtags, view/like
counters) saved as UTF-8 text — shape OUTSIDE the brief.

Shape: several posts, newest first, each with a date line, emoji bullet lists
«✅ 8 967 ребят …», «🎨 художественная — 87 программ / 3 412 детей», reactions
«👁 2 315  ❤ 146  🔁 12», hashtags «#МОЦ14».
Traps: an older post «Итоги 2023 года» with last year's figures; a post announcing the
2025 nominal beside the 2024 one («в 2024 году — 7 560 ₽»); hedged «более 9 тысяч»; view
and like counters; region code in hashtags; towns of the district (Удачный, Айхал)
with their own counts; population of 5–18; repeated count; numbers in words
(«четыре организации», «семь программ»).
"""
from common import Gold, check, check_cov, check_sum, fint, fdec, out_path, NBSP, words

NAME = "r5_08_mirninskij_posty"
g = Gold(NAME, "Мирнинский район", "Республика Саха (Якутия)", 2024)

pop, uniq, cov = 11016, 8967, 81.4
prev_uniq, prev_cov = 8794, 80.6
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
prog = dict(art=87, sport=54, social=49, science=21, tech=36, tourism=13)
stud = dict(art=3412, sport=3051, social=1787, science=744, tech=1326, tourism=508)
orgs, providers, nok = 4, 10, 7
ovz, disabled = 344, 102
nominal, nominal_2025 = 7560.0, 8100.0
issued, active, cert_st, cert_share = 9870, 8115, 2466, 27.5
new_places = 75
ev = dict(students=(25, 3740), parents=(11, 980), teachers=(16, 311))
teachers_pd = 142

P, S = sum(prog.values()), sum(stud.values())
check(P == 260 and S == 10828, f"totals {P} {S}")
check_cov(uniq, pop, cov)
growth_children = uniq - prev_uniq
growth_pct = round(cov - prev_cov, 1)
check(growth_children == 173 and growth_pct == 0.8, "growth")
check(prev_cov == 80.6, "")
check_cov(cert_st, uniq, cert_share, what="cert share")
check(words(4, "f") == "четыре" and words(7) == "семь", "words")

n = lambda x: fint(x, NBSP)  # noqa: E731
emo = dict(art="🎨", sport="⚽", social="🤝", science="🔬", tech="🤖", tourism="🧭")
lab = dict(art="художественная", sport="физкультурно-спортивная",
           social="социально-гуманитарная", science="естественнонаучная",
           tech="техническая", tourism="туристско-краеведческая")

posts = []
posts.append(f"""МОЦ Мирнинского района | Дополнительное образование
20 янв 2025 в 10:14

📣 Новое в 2025 году!
Номинал сертификата дополнительного образования с 1 января увеличен до {n(int(nominal_2025))} ₽
(в 2024 году — {n(int(nominal))} ₽). Записаться на программы можно в Навигаторе
Якутии: р14.навигатор.дети 👉 подробнее — в закреплённом сообщении.

#МОЦ14 #ПФДО #Мирный

👁 2 315   ❤ 146   🔁 12""")

lines = "\n".join(f"{emo[k]} {lab[k]} — {prog[k]} прогр. / {n(stud[k])} чел." for k in dirs)
posts.append(f"""МОЦ Мирнинского района | Дополнительное образование
27 дек 2024 в 17:02

📊 ИТОГИ 2024 ГОДА В ЦИФРАХ

В Мирнинском районе работают четыре организации дополнительного образования, а всего
кружки и секции посещают более 9 тысяч мальчишек и девчонок! Точные данные:

✅ {n(uniq)} ребят занимаются в кружках и секциях (без повторного счёта)
✅ {fdec(cov)} % — охват детей от 5 до 18 лет (всего в районе {n(pop)} детей этого возраста)
✅ на {growth_children} ребёнка больше, чем год назад, охват вырос на {fdec(growth_pct)} %
✅ {P} дополнительных общеобразовательных программ
✅ {new_places} новых мест (IT-куб в Удачном и «Точка роста» в Айхале)

По направленностям (дети — с повторным счётом, всего {n(S)}):
{lines}

🌟 Инклюзия: {ovz} ребёнка с ОВЗ, из них {disabled} — дети-инвалиды.
🏅 Семь программ получили положительные заключения независимой оценки качества.

#итоги2024 #МОЦ14 #допобразование #УспехКаждогоРебенка

👁 4 108   ❤ 233   🔁 41""")

posts.append(f"""МОЦ Мирнинского района | Дополнительное образование
25 дек 2024 в 12:40

💳 Сертификаты: итоги года
🔹 выдано {n(issued)} сертификатов
🔹 из них активных (по ним уже записались на программы) — {n(active)}
🔹 по сертификатам учатся {n(cert_st)} детей — это {fdec(cert_share)} % всех обучающихся
🔹 в реестре поставщиков {providers} организаций, в т.ч. 2 ИП из Удачного
Номинал сертификата в 2024 году — {n(int(nominal))} ₽ 💰

Вопросы — по телефону 8 (41136) 4-33-05 (пн–пт, 9:00–17:00).

#ПФДО #МОЦ14

👁 1 876   ❤ 64   🔁 9""")

posts.append(f"""МОЦ Мирнинского района | Дополнительное образование
23 дек 2024 в 09:30

👨‍👩‍👧 Для родителей, ребят и педагогов в 2024 году МОЦ провёл:
▪ {ev['students'][0]} мероприятий для детей — {n(ev['students'][1])} участников
▪ {ev['parents'][0]} встреч, собраний и вебинаров для родителей — около тысячи участников
▪ {ev['teachers'][0]} семинаров и мастер-классов для педагогов — {ev['teachers'][1]} участников
🎓 более 140 педагогов приняли участие в конкурсах и стажировках по развитию
профессионального мастерства. Спасибо коллегам из Ленского района за совместный
форум «Педагог-наставник» (собрал 58 участников)!

#МОЦ14 #педагоги

👁 1 502   ❤ 98   🔁 6""")

posts.append("""МОЦ Мирнинского района | Дополнительное образование
16 янв 2024 в 15:22

📊 Итоги 2023 года: 8 794 ребёнка в кружках и секциях, охват — 80,6 %,
241 программа, номинал сертификата — 7 020 ₽. Спасибо всем педагогам! 💙

#итоги2023 #МОЦ14

👁 2 977   ❤ 187   🔁 22""")

sep = "\n\n" + "—" * 40 + "\n\n"
text = ("Канал «МОЦ Мирнинского района | Дополнительное образование» (Республика Саха "
        "(Якутия))\nЭкспорт записей: 01.01.2024 – 31.01.2025, 5 записей\n\n"
        + sep.join(posts) + "\n")
with open(out_path(NAME, "txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write(text)

g.add("organizations_total", orgs, "работают четыре организации", "words")
g.add("providers_registry", providers)
g.add("programs_total", P)
for k in dirs:
    g.add("programs_" + k, prog[k])
g.add("programs_nok", nok, "Семь программ получили положительные", "words")
g.add("students_total", uniq)
for k in dirs:
    g.add("students_" + k, stud[k])
g.add("coverage_pct", cov)
g.add("coverage_growth_children", growth_children)
g.add("coverage_growth_pct", growth_pct)
g.add("students_ovz", ovz)
g.add("students_disabled", disabled)
g.add("certificate_nominal_rub", nominal)
g.add("certificates_issued", issued)
g.add("certificates_active", active)
g.add("certificate_students", cert_st)
g.add("certificate_share_pct", cert_share)
g.add("new_places", new_places)
g.add("events_students", ev["students"][0])
g.add("events_students_reach", ev["students"][1])
g.add("events_parents", ev["parents"][0])
g.add("events_teachers", ev["teachers"][0])
g.add("events_teachers_reach", ev["teachers"][1])
g.save()
