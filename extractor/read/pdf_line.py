"""A line of PDF text as the layout code sees it, whichever library read the page."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Gap (pt) between glyphs that counts as a space. pdfplumber's default of 3 glues words
# set in 12 pt Times, whose space is 3 pt wide.
X_TOLERANCE = 1.5
# Glyphs whose tops lie this close (pt), in a chain, share a line (pdfplumber's default).
Y_TOLERANCE = 3.0
BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    first_word: float  # width of its first word: would it have fitted on the line above?


def is_bold(fontname: str) -> bool:
    return bool(BOLD.search(fontname))
