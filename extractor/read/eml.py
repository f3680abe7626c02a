"""E-mails saved as .eml (RFC 5322 with MIME): a report sent as the letter itself.

Parsed with the standard library's `email` package (its default policy decodes encoded
headers and transfer encodings). The letter's subject, sender, addressee and date come
first, as a printed e-mail shows them; then its body: the plain-text part read as a .txt
file is, else the HTML part read as a web page is. Attachments are not read here: a
warning names them, since a report attached as .docx is a file of its own to save into
the folder.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from extractor.document import Document, Location, Part
from extractor.errors import ReadError, os_error
from extractor.normalise import one_line
from extractor.read.builder import DocumentBuilder
from extractor.read.html import add_html
from extractor.read.txt import add_plain_text

_HEADERS = (("Subject", "Тема"), ("From", "От"), ("To", "Кому"), ("Date", "Дата"))


def read_eml(path: Path, display: str) -> Document:
    """Read a saved e-mail; raise ReadError when it holds no text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise os_error(exc) from exc
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)  # the default policy makes EmailMessage
    builder = DocumentBuilder(path=display, format="eml")
    for n, (name, label) in enumerate(_HEADERS):
        value = _header(message, name)
        if value:
            builder.add_text(f"{label}: {value}", part=Part.header, location=Location(line=n + 1))
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        text = _content(body)
        if body.get_content_subtype() == "html":
            add_html(builder, text)
        else:
            add_plain_text(builder, text)
    names = [one_line(p.get_filename() or "без имени") for p in message.iter_attachments()]
    if names:
        builder.warn(
            "eml.attachments",
            "вложения письма не прочитаны: " + ", ".join(names) + " — сохраните их в папку "
            "с отчётами, чтобы прочитать как отдельные файлы",
        )
    doc = builder.build()
    if not any(b.part is Part.body for b in doc.blocks):
        if names:
            return doc  # a letter that only carries its report: the warning says so
        raise ReadError("в письме нет текста", code="eml.no_text")
    return doc


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, IndexError):  # a malformed header: shown as it stands
        value = message.get_all(name, failobj=[""])[0]
    return one_line(str(value or ""))


def _content(part: EmailMessage) -> str:
    """A text part decoded by its charset; an unknown or wrong charset replaced, not
    fatal."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""
