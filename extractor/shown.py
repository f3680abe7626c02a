"""Text from file names, reports and the command line made safe to show in a terminal.

Apart from console.py (which imports rich) so that the command line's usage errors can
use it without making `moc-extract --help` slow.
"""

from __future__ import annotations

import unicodedata

# Control characters (ESC starts a terminal escape sequence that can rewrite the screen or
# the window title) and format characters (U+202E turns «отчёт‮txt.exe» around) in file
# names and report text are shown as codes, never sent to the terminal as they are.
_SHOWN = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def printable(text: str) -> str:
    """`text` safe to show in a terminal or a log line: control and format characters as
    codes (\\x1b, \\u202e). Rich markup is not this function's business: print with
    markup=False or as `Text`."""
    if text.isprintable():
        return text
    return "".join(
        ch
        if ch.isprintable() or unicodedata.category(ch) == "Zs"  # spaces, nbsp among them
        else _SHOWN.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        for ch in text
    )
