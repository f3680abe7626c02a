"""r5_10 — Вельский район, Архангельская область, 2024.
A saved e-mail thread in KOI8-R — shape OUTSIDE the brief.

Shape: RFC-822-like headers (From/To/Date/Subject/Content-Type), a reply with corrected
data as «Показатель ....... значение» dotted-leader lines and a TAB-separated mini table
by direction, a signature with phones, then the quoted earlier messages («> », «>> »):
the regional centre's request (deadline, template, regional average) and the first
version of the reply with a WRONG coverage value (84,1 %) that the new message corrects.
Traps: one figure stated twice with different values (hard case: keep the one that
agrees with the other figures — 79,1 % = 5 504 / 6 958), the quoted regional average
for 2023, deadline/dates/phones, a neighbour (Шенкурский район), growth stated as
«97 детей (+1,8 %)» (growth of the number of children), «две организации» in words.
"""
from common import Gold, check, check_cov, check_sum, fint, fdec, pct, out_path, words

NAME = "r5_10_velskij_email"
g = Gold(NAME, "Вельский район", "Архангельская область", 2024)

pop, uniq, cov, wrong_cov = 6958, 5504, 79.1, 84.1
prev_uniq = 5407
dirs = ["art", "sport", "social", "science", "tech", "tourism"]
prog = dict(art=58, sport=31, social=34, science=15, tech=19, tourism=17)
stud = dict(art=2140, sport=1866, social=1297, science=503, tech=715, tourism=684)
orgs, providers, nok = 2, 6, 5
ovz, disabled = 231, 58
nominal, issued, active, cert_st, cert_share = 6650.0, 6102, 5034, 1486, 27.0
new_places = 40
ev = dict(students=(16, 2035), parents=(6, 448), teachers=(9, 163))
teachers_pd = 88

P, S = sum(prog.values()), sum(stud.values())
check(P == 174 and S == 7205, f"totals {P} {S}")
check_cov(uniq, pop, cov)
check(pct(uniq, pop) != wrong_cov, "wrong value must disagree")
growth_children = uniq - prev_uniq
growth_pct = pct(growth_children, prev_uniq)
check(growth_children == 97 and growth_pct == 1.8, "growth")
check_cov(cert_st, uniq, cert_share, what="cert share")
check(words(2, "f") == "две", "words")

n = lambda x: fint(x, " ")  # noqa: E731
lab = dict(art="художественная", sport="физкультурно-спортивная",
           social="социально-гуманитарная", science="естественнонаучная",
           tech="техническая", tourism="туристско-краеведческая")


def dots(label, value, width=58):
    return f"{label} {'.' * max(3, width - len(label) - len(value) - 2)} {value}"


dir_rows = "\n".join(f"{lab[k]}\t{prog[k]}\t{n(stud[k])}" for k in dirs)
body = f"""From: "МОЦ Вельского района" <moc.velsk@yandex.ru>
To: "РМЦ ДОД Архангельской области" <rmc29@dvorec29.ru>
Cc: uo-velsk@mail.ru
Date: Thu, 23 Jan 2025 16:42:10 +0300
Subject: Re: Re: Мониторинг МОЦ за 2024 год - Вельский МР (исправленный)
MIME-Version: 1.0
Content-Type: text/plain; charset=koi8-r
Content-Transfer-Encoding: 8bit

Добрый день, Ольга Николаевна!

Высылаю исправленные данные по Вельскому району за 2024 год. В письме от 21.01
в охвате была ошибка: взяли численность детей не на ту дату. Правильно -- {fdec(cov)} %
(охвачено {n(uniq)} детей без повторного счета из {n(pop)} детей 5-18 лет).

{dots("Организаций доп. образования (ЦДО и ДЮСШ)", "две")}
{dots("Поставщиков в реестре ПФДО", str(providers))}
{dots("Программ всего", str(P))}
{dots("Программ с полож. заключением НОК", str(nok))}
{dots("Обучающихся без повторного счета", n(uniq))}
{dots("Обучающихся с повторным счетом", n(S))}
{dots("Охват 5-18 лет, %", fdec(cov))}
{dots("Прирост к 2023 г.", f"{growth_children} детей (+{fdec(growth_pct)} %)")}
{dots("Дети с ОВЗ / дети-инвалиды", f"{ovz} / {disabled}")}
{dots("Номинал сертификата, руб.", fdec(nominal, 2, " "))}
{dots("Сертификатов выдано / активных", f"{n(issued)} / {n(active)}")}
{dots("Обучаются по сертификатам", f"{n(cert_st)} ({fdec(cert_share)} %)")}
{dots("Новых мест создано", str(new_places))}
{dots("Мероприятий МОЦ для детей / охват", f"{ev['students'][0]} / {n(ev['students'][1])}")}
{dots("Мероприятий для родителей / охват", f"{ev['parents'][0]} / {ev['parents'][1]}")}
{dots("Мероприятий для педагогов / охват", f"{ev['teachers'][0]} / {ev['teachers'][1]}")}
{dots("Педагоги - участники мероприятий проф. мастерства", str(teachers_pd))}

По направленностям (программ / детей с повторным счетом):
направленность\tпрограмм\tдетей
{dir_rows}

Таблицу в формате Excel продублирую завтра, сегодня у нас не работает сервер.

--
С уважением,
Сафонова Марина Викторовна
руководитель МОЦ Вельского района
МБУ ДО "Центр дополнительного образования"
165150, Архангельская обл., г. Вельск, ул. Дзержинского, 36
тел. 8 (81836) 6-22-07, моб. 8-911-555-38-14

-------- Исходное сообщение --------
From: "РМЦ ДОД Архангельской области" <rmc29@dvorec29.ru>
Date: Wed, 22 Jan 2025 09:05:44 +0300
Subject: Re: Мониторинг МОЦ за 2024 год - Вельский МР

> Марина Викторовна, добрый день!
> У вас охват 84,1 %, а по нашим данным численность детей 5-18 лет в районе
> около 7 тысяч. Проверьте, пожалуйста. Для справки: средний охват по области
> в 2023 г. -- 77,6 %, у соседей (Шенкурский район) -- 73,2 %.
> Срок -- до 27.01.2025, форма -- по шаблону письма N 29-03/118.
>
> 21.01.2025 15:10, МОЦ Вельского района пишет:
>> Направляем данные мониторинга за 2024 год.
>> Охват 5-18 лет ............................ 84,1 %
>> Обучающихся без повторного счета .......... {n(uniq)}
>> Программ всего ............................ {P}
>> (остальные показатели -- во вложении)
"""
with open(out_path(NAME, "txt"), "wb") as fh:
    fh.write(body.encode("koi8-r"))

g.add("organizations_total", orgs,
      dots("Организаций доп. образования (ЦДО и ДЮСШ)", "две"), "words")
g.add("providers_registry", providers)
g.add("programs_total", P)
for k in dirs:
    g.add("programs_" + k, prog[k])
g.add("programs_nok", nok)
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
g.add("events_parents_reach", ev["parents"][1])
g.add("events_teachers", ev["teachers"][0])
g.add("events_teachers_reach", ev["teachers"][1])
g.add("teachers_pd_participants", teachers_pd)
g.save()
