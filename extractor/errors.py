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


def os_error(exc: OSError) -> ReadError:
    """The reason a file cannot be opened, in words the analyst can act on."""
    if isinstance(exc, PermissionError):
        return ReadError(
            "нет прав на чтение файла; разрешите чтение и повторите запуск",
            code="read.permission",
        )
    if isinstance(exc, FileNotFoundError):
        return ReadError(
            "файл не найден (исчез во время работы или это ссылка на несуществующий файл)",
            code="read.not_found",
        )
    return ReadError(f"файл не открывается: {exc.strerror or exc}", code="read.os")
