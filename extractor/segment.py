"""Segmentation: a Document's body cut into the units rules read.

A unit is a sentence, a list item or a table row, always a span of `Document.text`, so a
quote is never rebuilt text. List items carry their lead-in (the sentence that opens the
list: «…реализуются 164 программы, из них:»), because an item such as «художественной
направленности – 26» means nothing without it.
"""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel

from extractor.document import Block, BlockKind, Document, Location, Part
from extractor.extract.numbers import find_numbers
from extractor.extract.patterns import vocabulary


class UnitKind(StrEnum):
    sentence = "sentence"
    list_item = "list_item"
    table_row = "table_row"


class Unit(BaseModel):
    kind: UnitKind
    text: str
    start: int  # span in Document.text
    end: int
    block: int  # index in Document.blocks
    location: Location
    leadin: str | None = None  # text of the sentence that introduces a list
    leadin_start: int | None = None
    heading: str | None = None  # nearest heading above, for context only


def _sentences(text: str, offset: int) -> list[tuple[int, int]]:
    import razdel

    return [(offset + s.start, offset + s.stop) for s in razdel.sentenize(text)]


# A block that is a figure alone: a slide's big number («5 317», «79,4 %»).
_FIGURE_ONLY = re.compile(r"^\s*[+−-]?\d[\d\s.,]*\s*(?:%|₽|руб\.?)?\s*$")


def _continues(block: Block, nxt: Block | None) -> bool:
    """A paragraph broken in two by a stray empty line: no final stop, next starts small;
    or a slide's big number with its label in small letters under it («5 317» / «детей
    без повторного счёта»)."""
    return (
        nxt is not None
        and nxt.part is Part.body
        and (block.kind is BlockKind.paragraph or bool(_FIGURE_ONLY.match(block.text)))
        and nxt.kind is BlockKind.paragraph
        and not block.text.rstrip().endswith((".", "!", "?", ":", ";", "…"))
        and nxt.text[:1].islower()
    )


def _opens_list(text: str) -> bool:
    stripped = text.rstrip()
    low = stripped.lower()
    return (
        stripped.endswith(":")
        or low.endswith("из них")
        or low.endswith("в том числе")
        or "из них" in low[-120:]
        or "в том числе" in low[-120:]
        or stripped.endswith(",")
        or stripped.endswith("–")
    )


# A paper's date line («20 марта 2025 г. п. Прямицыно», «12.02.2025 № 15»): no title.
DATE_LINE = re.compile(
    rf"(?<!\d)\d{{1,2}}(?:\.\d{{1,2}}\.|\s+{vocabulary('period')['months']}\s+)(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
# A section of minutes or a form named in capitals before a colon («СЛУШАЛИ:»,
# «РЕШИЛИ:», «ПОВЕСТКА ДНЯ:»): it titles what follows as a heading does.
_SECTION_LABEL = re.compile(r"^\s*(?:\d+\.\s*)?[А-ЯЁ][А-ЯЁ ]{3,30}:\s*$")
# «Социально-гуманитарных среди них – 58»: a few words may come first.
_CONTINUES_PREVIOUS = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:из них|среди них|из которых|среди которых|в том числе|в т\.\s?ч\.)",
    re.I,
)


def _question(unit: Unit | None) -> Unit | None:
    """The unit when it asks a question («– Сколько программ сегодня можно выбрать?»):
    an interview's or a leaflet's answer after it says what its numbers are."""
    return unit if unit is not None and unit.text.rstrip().endswith("?") else None


def segment(doc: Document) -> list[Unit]:
    units: list[Unit] = []
    leadin: Unit | None = None  # last sentence of the paragraph before a run of list items
    heading: str | None = None
    asked: Unit | None = None  # a question ending the block before: its answer's context
    body = [(i, b) for i, b in enumerate(doc.blocks) if b.part is Part.body]
    joined_into: dict[int, int] = {}  # paragraph → the next one that continues it
    for k, (i, block) in enumerate(body):
        nxt = body[k + 1][1] if k + 1 < len(body) else None
        before = body[k - 1][1].text.rstrip() if k else ""
        if _FIGURE_ONLY.match(block.text) and before.endswith((",", "–", "-")):
            # «+ 41 общеобразовательная школа,» | «8» | «реализующая ДООП»: the small
            # line goes on with the line above the big number, not with the number
            continue
        if _continues(block, nxt):
            joined_into[i] = body[k + 1][0]
    skip: set[int] = set()
    for i, block in enumerate(doc.blocks):
        if block.part is not Part.body or i in skip:
            continue
        if block.kind is BlockKind.heading and not _FIGURE_ONLY.match(block.text):
            heading = block.text
            leadin = None
        if block.kind is BlockKind.list_item:
            item_leadin = leadin or asked
            units.append(
                Unit(
                    kind=UnitKind.list_item,
                    text=block.text,
                    start=block.start,
                    end=block.end,
                    block=i,
                    location=block.location,
                    leadin=item_leadin.text if item_leadin else None,
                    leadin_start=item_leadin.start if item_leadin else None,
                    heading=heading,
                )
            )
            # «3. Программы, в том числе по направленностям:» opens the items after it.
            if block.text.rstrip().endswith(":"):
                leadin = units[-1]
            asked = _question(units[-1])
            continue
        if block.kind is BlockKind.table and block.table is not None:
            for r, row in enumerate(block.table.rows):
                if not row:
                    continue
                start, end = row[0].start, row[-1].end
                units.append(
                    Unit(
                        kind=UnitKind.table_row,
                        text=doc.text[start:end],
                        start=start,
                        end=end,
                        block=i,
                        location=block.location.model_copy(update={"row": r}),
                        heading=heading,
                    )
                )
            leadin = None
            continue
        last: Unit | None = None
        previous: Unit | None = None
        run_end = block.end
        j = i
        while j in joined_into:
            j = joined_into[j]
            skip.add(j)
            run_end = doc.blocks[j].end
        for start, end in _sentences(doc.text[block.start : run_end], block.start):
            previous = last
            last = Unit(
                kind=UnitKind.sentence,
                text=doc.text[start:end],
                start=start,
                end=end,
                block=i,
                location=block.location,
                heading=heading,
            )
            # «Всего реализовано 136 программ. Из них художественной – 38, …»: the
            # sentence that opens with «из них» continues the one before it.
            if previous is not None and _CONTINUES_PREVIOUS.match(last.text):
                last.leadin = previous.text
                last.leadin_start = previous.start
            elif asked is not None:
                # an answer («– Программ ровно сто пятьдесят.») is read with its question
                last.leadin = asked.text
                last.leadin_start = asked.start
            units.append(last)
        # A paragraph that ends by opening a list («…, из них:») introduces the items after
        # it; any other paragraph ends the previous list's reach.
        leadin = last if last is not None and _opens_list(last.text) else None
        asked = _question(last)
        # A short title-like paragraph («V. Задачи на 2025 год») titles what follows.
        # One that states a figure («Художественная – 35», a slide's «127 программ») is
        # a line of figures, no title.
        if (
            block.kind is BlockKind.paragraph
            and len(block.text) <= 80
            and not block.text.rstrip().endswith((".", ";", ",", ":"))
            and not any(find_numbers(block.text))
            and not DATE_LINE.search(block.text)
        ) or _SECTION_LABEL.match(block.text):
            heading = block.text
    return units
