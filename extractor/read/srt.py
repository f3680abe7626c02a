"""Subtitles saved as .srt (a recorded talk, a council's video): numbered cues, each a
time code and a line or two of speech.

What was said runs on from cue to cue («…опорного центра» / «за 2024 год»), so the cues
are put back into sentences: a paragraph ends with the cue whose text ends a sentence.
Cue numbers and time codes are no text of the report. A paragraph's place is the line of
the file its first cue's text stands on.
"""

from __future__ import annotations

import re
from pathlib import Path

from extractor.document import Document, Location
from extractor.errors import ReadError, os_error
from extractor.read.builder import DocumentBuilder
from extractor.read.txt import split_lines
from extractor.read.txt_decode import decode
from extractor.read.txt_tables import unwrap

_TIME = re.compile(
    r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}(?:\s.*)?$"
)
_INDEX = re.compile(r"^\s*\d+\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?…][»\"')\]]*$")


def read_srt(path: Path, display: str) -> Document:
    """Read a subtitles file; raise ReadError when it holds no text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise os_error(exc) from exc
    decoded = decode(data)
    builder = DocumentBuilder(path=display, format="srt", encoding=decoded.encoding)
    lines, _ = split_lines(decoded.text)
    pieces: list[str] = []
    first_line: int | None = None
    for k, line in enumerate(lines):
        text = line.text
        nxt = lines[k + 1].text if k + 1 < len(lines) else ""
        if not text or _TIME.match(text) or (_INDEX.match(text) and _TIME.match(nxt)):
            continue
        if first_line is None:
            first_line = line.no
        pieces.append(text)
        if _ENDS_SENTENCE.search(text) and (not nxt or _INDEX.match(nxt)):
            builder.add_text(unwrap("\n".join(pieces)), location=Location(line=first_line))
            pieces, first_line = [], None
    if pieces:
        builder.add_text(unwrap("\n".join(pieces)), location=Location(line=first_line))
    doc = builder.build()
    if not doc.blocks:
        raise ReadError("в файле субтитров нет текста", code="srt.no_text")
    return doc
