"""The project's own exceptions: the only ones a reader or parser lets escape."""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class; `code` is stable and appears in warnings.csv."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class ReadError(ExtractorError):
    """A file could not be read at all; the run goes on with the other files."""

    code = "read.failed"


class UnsupportedFormat(ReadError):
    code = "read.unsupported"
