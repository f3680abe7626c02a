"""Report records made in tests, with figures that carry a real-looking provenance."""

from __future__ import annotations

from extractor.catalogue import catalogue
from extractor.document import Location
from extractor.records import Figure, Provenance, ReportRecord


def written(value: float) -> str:
    """The number as a Russian report writes it: «10 923», «83,0»."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u00a0")
    return f"{value}".replace(".", ",")


def figure(file: str, key: str, value: float, line: int = 1) -> Figure:
    unit = catalogue().get(key).unit
    text = written(value)
    quote = f"Показатель {key}: {text}{' %' if unit == 'percent' else ''}."
    start = quote.index(text)
    return Figure(
        key=key,
        value=value,
        unit=unit,
        written=text,
        provenance=Provenance(
            file=file,
            block=line - 1,
            location=Location(line=line),
            start=start,
            end=start + len(text),
            quote=quote,
            quote_start=0,
            quote_end=len(quote),
            rule=f"test.{key}",
        ),
    )


def record(
    file: str,
    municipality: str | None,
    region: str | None,
    year: int | None,
    oktmo: str | None = None,
    **values: float,
) -> ReportRecord:
    return ReportRecord(
        file=file,
        municipality=municipality,
        region=region,
        year=year,
        oktmo=oktmo,
        figures=[figure(file, k, v, i + 1) for i, (k, v) in enumerate(values.items())],
    )
