"""Checks on one report: identity, values, sums, certificates, coverage, conflicts, gaps."""

from __future__ import annotations

from collections.abc import Iterable

from extractor.catalogue import DIRECTIONS, Unit, catalogue
from extractor.records import DocumentKind, Figure, Problem, Quote, ReportRecord, Severity
from extractor.validate.rules import check_rules
from extractor.validate.value import value_fault

_IDENTITY_FIELDS = {
    "municipality": "муниципалитет",
    "region": "регион",
    "year": "отчётный год",
}
_MEASURE_WORDS = {"programs": "программ", "students": "обучающихся"}
_CORRECT_HINT = "; при необходимости впишите верное значение в corrections.csv"


def number(value: float) -> str:
    """A value as a Russian reader writes it: «10 923», «16,7»."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", " ")
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def stated(f: Figure) -> str:
    """A figure as the table holds it, with the number as the report wrote it when that
    differs: «4 200 («4,2»)» for «4,2 тыс.», never «4,2» alone for 4 200."""
    shown = number(f.value)
    written = " ".join(f.written.split())
    return shown if written.replace(" ", "") == shown.replace(" ", "") else f"{shown} («{written}»)"


def label(key: str) -> str:
    return catalogue().get(key).label


def quotes(figures: Iterable[Figure | None]) -> list[Quote]:
    """Quotes of the figures, one per distinct sentence, in the order given."""
    out: list[Quote] = []
    for f in figures:
        if f is None:
            continue
        q = Quote.of(f)
        if not any(o.text == q.text and o.written == q.written for o in out):
            out.append(q)
    return out


def check_record(record: ReportRecord) -> list[Problem]:
    """Every check on one report, in the order a reader goes through it."""
    if record.kind is not DocumentKind.report:
        return [*check_kind(record), *check_identity(record)]
    return [
        *check_identity(record),
        *check_values(record),
        *check_sums(record),
        *check_certificates(record),
        *check_coverage(record),
        *check_conflicts(record),
        *check_approximate(record),
        *(check_core(record) if record.figures or record.corrected else check_none(record)),
    ]


def check_none(record: ReportRecord) -> list[Problem]:
    """Not one figure: one warning about the file instead of one per missing core figure."""
    return [
        Problem(
            file=record.file,
            severity=Severity.warning,
            code="figures.none",
            message="В отчёте не найдено ни одного показателя: проверьте, тот ли это "
            "документ и не вставлены ли таблицы картинками",
        )
    ]


def check_kind(record: ReportRecord) -> list[Problem]:
    """A document that is not one municipality's report (indicators.md, «Hard cases»):
    what it is, the words that say so, and how many numbers were set aside."""
    evidence = record.kind_evidence
    if evidence is None:
        return []
    kept = (
        f"; найденные в нём числа ({len(record.set_aside)}) в таблицу не внесены"
        if record.set_aside
        else ""
    )
    what, goes = {
        DocumentKind.regional: (
            "документ о нескольких муниципальных образованиях",
            "в таблицу муниципалитетов и в итоги по региону он не входит",
        ),
        DocumentKind.plan: (
            "план, приказ или программа, а не отчёт",
            "отчётных показателей в нём нет",
        ),
    }[record.kind]
    return [
        Problem(
            file=record.file,
            severity=Severity.warning,
            code=f"document.{record.kind.value}",
            message=f"Похоже, это {what} ({evidence.reason}): {goes}{kept}{_CORRECT_HINT}",
            quotes=[Quote(text=evidence.quote)],
        )
    ]


def check_identity(record: ReportRecord) -> list[Problem]:
    out: list[Problem] = []
    if record.identity_ambiguous:
        message = "Название муниципалитета неоднозначно: " + ", ".join(record.identity_ambiguous)
        if record.municipality is not None:
            chosen, *others = record.identity_ambiguous
            message = (
                f"Название муниципалитета неоднозначно, а свой регион отчёт не называет: "
                f"выбран {chosen}; так же называется: {', '.join(others)} — проверьте"
            )
        out.append(
            Problem(
                file=record.file,
                severity=Severity.warning,
                code="identity.ambiguous",
                message=message,
            )
        )
    for field, name in _IDENTITY_FIELDS.items():
        if field == "municipality" and record.kind is DocumentKind.regional:
            continue  # a summary over several municipalities has none of its own
        if getattr(record, field) is None:
            out.append(
                Problem(
                    file=record.file,
                    severity=Severity.warning,
                    code=f"identity.no_{field}",
                    message=f"Не удалось определить {name} отчёта",
                )
            )
    return out


def check_values(record: ReportRecord) -> list[Problem]:
    """Each value passes `value_fault` (finite, exact in Excel, whole for counts), is not
    negative, and a percentage lies in 0–100."""
    out: list[Problem] = []
    for f in record.figures:
        unit = Unit(f.unit)
        name = f"Показатель «{label(f.key)}»"
        if fault := value_fault(f.value, unit):
            # Extraction and corrections keep unrepresentable values out of the record;
            # one found here was put there by other code, and is reported all the same.
            code, message = fault.code, f"{name}: {f.written} — {fault.why}"
        elif f.value < 0:
            code = "value.negative"
            message = f"{name} не может быть отрицательным: {number(f.value)}"
        elif unit is Unit.percent and f.value > 100:
            code = "value.out_of_range"
            message = f"{name} в процентах не может быть больше 100: {number(f.value)}"
        else:
            continue
        out.append(
            Problem(
                file=record.file,
                severity=Severity.error,
                code=code,
                key=f.key,
                message=message,
                quotes=quotes([f]),
            )
        )
    return out


def check_sums(record: ReportRecord) -> list[Problem]:
    """The six направленности add up to the total (programmes, children)."""
    rules = check_rules().sums
    out: list[Problem] = []
    for measure in rules.measures:
        total = record.figure(f"{measure}_total")
        parts = [record.figure(f"{measure}_{d}") for d in DIRECTIONS]
        given = [p for p in parts if p is not None]
        if total is None or not given:
            continue
        s = sum(p.value for p in given)
        diff = s - total.value
        words = _MEASURE_WORDS.get(measure, measure)
        if len(given) == len(DIRECTIONS):
            if abs(diff) <= rules.tolerance:
                continue
            more = "больше" if diff > 0 else "меньше"
            message = (
                f"Сумма {words} по шести направленностям ({number(s)}) не равна общему числу "
                f"({number(total.value)}): {more} на {number(abs(diff))}"
            )
        elif diff > rules.tolerance:
            message = (
                f"Сумма {words} по {len(given)} указанным направленностям ({number(s)}) "
                f"больше общего числа ({number(total.value)}) на {number(diff)}"
            )
        else:
            continue
        out.append(
            Problem(
                file=record.file,
                severity=Severity.warning,
                code=f"sum.{measure}",
                key=f"{measure}_total",
                message=message,
                quotes=quotes([total, *given]),
            )
        )
    return out


def _not_more(
    record: ReportRecord, part_key: str, whole_key: str, code: str, message: str
) -> list[Problem]:
    part, whole = record.figure(part_key), record.figure(whole_key)
    if part is None or whole is None or part.value <= whole.value:
        return []
    return [
        Problem(
            file=record.file,
            severity=Severity.warning,
            code=code,
            key=part_key,
            message=f"{message}: {number(part.value)} > {number(whole.value)}",
            quotes=quotes([part, whole]),
        )
    ]


def check_certificates(record: ReportRecord) -> list[Problem]:
    return [
        *_not_more(
            record,
            "certificates_active",
            "certificates_issued",
            "certificates.active_over_issued",
            "Активных сертификатов больше, чем выдано",
        ),
        *_not_more(
            record,
            "certificate_students",
            "students_total",
            "certificates.students_over_total",
            "Детей, обучающихся по сертификату, больше, чем всех обучающихся",
        ),
    ]


def check_coverage(record: ReportRecord) -> list[Problem]:
    """The certificate share agrees with the counts it is a share of.

    The share is counted either from all children aged 5–18 (whose number the coverage
    percentage implies: students_total / coverage_pct) or from the pupils themselves;
    when it fits neither base, one of the four figures is wrong or counted differently.
    """
    tol = check_rules().coverage.relative_tolerance
    share = record.figure("certificate_share_pct")
    cert = record.figure("certificate_students")
    total = record.figure("students_total")
    if share is None or cert is None or total is None or share.value <= 0:
        return []
    base = cert.value * 100 / share.value  # the number of children the share is of
    bases = [total.value]
    coverage = record.figure("coverage_pct")
    if coverage is not None and coverage.value > 0:
        bases.append(total.value * 100 / coverage.value)
    if any(b > 0 and abs(base - b) / b <= tol for b in bases):
        return []
    of_total = cert.value * 100 / total.value if total.value else 0
    message = (
        f"Доля детей по сертификату ({number(share.value)} %) не сходится с числами отчёта: "
        f"{number(cert.value)} из {number(total.value)} обучающихся — это "
        f"{number(round(of_total, 1))} %"
    )
    if coverage is not None and len(bases) > 1:
        message += (
            f", а от всех детей 5–18 лет (по охвату {number(coverage.value)} % — около "
            f"{number(round(bases[1]))}) — {number(round(cert.value * 100 / bases[1], 1))} %"
        )
    return [
        Problem(
            file=record.file,
            severity=Severity.warning,
            code="coverage.inconsistent",
            key="certificate_share_pct",
            message=message,
            quotes=quotes([share, cert, total, coverage]),
        )
    ]


def check_conflicts(record: ReportRecord) -> list[Problem]:
    """One key stated with different values: all quotes are kept, the choice is said.

    The table holds the best-ranked value (select.py) so that the row is usable, but the
    warning names it and every other value with its sentence: nothing is chosen silently.
    A key a person corrected has no conflict left (corrections.py removes it).
    """
    out: list[Problem] = []
    for c in record.conflicts:
        chosen = record.figure(c.key)
        values = ", ".join(stated(f) for f in c.figures)
        message = f"Показатель «{label(c.key)}» указан в отчёте с разными значениями: {values}"
        if chosen is not None:
            message += f". В таблицу внесено {stated(chosen)} — проверьте{_CORRECT_HINT}"
        out.append(
            Problem(
                file=record.file,
                severity=Severity.warning,
                code="figure.conflict",
                key=c.key,
                message=message,
                quotes=[Quote.of(f) for f in c.figures],
            )
        )
    return out


def check_approximate(record: ReportRecord) -> list[Problem]:
    """A key the report gives only hedged («около 400 родителей»): not in the table, but
    named, with its sentence, so that a person can accept it through corrections.csv."""
    return [
        Problem(
            file=record.file,
            severity=Severity.info,
            code="figure.approximate",
            key=f.key,
            message=f"Показатель «{label(f.key)}» указан в отчёте только приблизительно "
            f"({stated(f)}, см. цитату): в таблицу не внесён{_CORRECT_HINT}",
            quotes=[Quote.of(f)],
        )
        for f in record.approximate
        if record.figure(f.key) is None
    ]


def check_core(record: ReportRecord) -> list[Problem]:
    """A headline figure is missing (unless a person said the report has none)."""
    return [
        Problem(
            file=record.file,
            severity=Severity.warning,
            code="figure.missing_core",
            key=key,
            message=f"В отчёте не найден основной показатель «{label(key)}»{_CORRECT_HINT}",
        )
        for key in check_rules().core
        if record.figure(key) is None and key not in record.corrected
    ]
