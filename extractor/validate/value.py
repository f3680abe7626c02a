"""The one check a value passes before it stands in a record, wherever it comes from.

A figure read from a report (extract/report.py), a value a reviewer wrote in
corrections.csv (corrections.py) and every figure of a record (record.py, `check_values`)
go through `value_fault`, so that all three agree on what a value may be: a finite
number that a double and Excel hold exactly (at most `digits` significant digits and a
whole part no longer than that, rules/checks.toml), whole when its unit counts things.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from extractor.catalogue import Unit
from extractor.validate.rules import check_rules

# A value no table can hold as it is: kept out of the record, never rounded.
UNREPRESENTABLE = "value.unrepresentable"
# A fraction where the unit counts programmes, children, events.
NOT_INTEGER = "value.not_integer"


@dataclass(frozen=True)
class ValueFault:
    code: str  # UNREPRESENTABLE or NOT_INTEGER
    why: str  # in Russian, a clause that stands after a dash: «… — не целое число, …»

    @property
    def representable(self) -> bool:
        """Whether the value can still be written and summed as it is."""
        return self.code != UNREPRESENTABLE


def exact(value: Decimal | float) -> Decimal:
    """The value as a decimal: a float as it prints (its shortest repr), not its binary
    expansion, so that 0.1 has one significant digit and not 55."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(repr(float(value)))


def significant_digits(value: Decimal) -> int:
    """Digits from the first non-zero one to the last non-zero one: 12 300 → 3, 0,050 → 1."""
    digits = "".join(map(str, value.as_tuple().digits)).strip("0")
    return max(len(digits), 1)


def value_fault(value: Decimal | float, unit: Unit) -> ValueFault | None:
    """Why `value` cannot be a value of an indicator in `unit`, or None when it can.

    Checked on the exact decimal: a Decimal as read, a float as it prints. Sign and the
    100 % ceiling are not checked here: such a value is still a number to show, and
    `check_values` reports it beside the others (value.negative, value.out_of_range).
    """
    d = exact(value)
    if not d.is_finite():
        return ValueFault(UNREPRESENTABLE, "не конечное число (NaN или бесконечность)")
    limit = check_rules().values.digits
    if d and d.adjusted() >= limit:
        return ValueFault(
            UNREPRESENTABLE,
            f"в целой части больше {limit} цифр — такого показателя не бывает, а Excel и "
            "итоги по региону исказили бы его",
        )
    # The digits as written bound the significant ones: most values need no counting.
    if len(d.as_tuple().digits) > limit and (n := significant_digits(d)) > limit:
        return ValueFault(
            UNREPRESENTABLE,
            f"значащих цифр {n}, а Excel хранит не больше {limit} — число было бы округлено",
        )
    if unit.integral and d != d.to_integral_value():
        return ValueFault(
            NOT_INTEGER, "не целое число, а показатель — количество (программ, детей, событий)"
        )
    return None
