"""Hard-wrapping with occasional manual hyphenation, as in texts pasted from a word processor."""
import re
import textwrap

VOW = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")


def hyphenate_lines(lines, width, every=2, protect=()):
    """Move the first part of the next line's first long word to the end of this line with «-»."""
    out = list(lines)
    k = 0
    for i in range(len(out) - 1):
        nxt = out[i + 1]
        m = re.match(r"([А-Яа-яЁё]{9,})(.*)$", nxt)
        if not m or not out[i].strip():
            continue
        w = m.group(1)
        if any(w in p for p in protect):
            continue
        room = width - len(out[i]) - 2
        best = None
        for cut in range(3, len(w) - 3):
            if (cut <= room and (w[cut - 1] in VOW or w[cut - 1] == 'ь') and w[cut] not in VOW
                    and w[cut] not in 'ьъйЬЪЙ' and w[cut + 1] not in 'ьъЬЪ'):
                best = cut
        if best is None:
            continue
        k += 1
        if k % every:
            continue
        out[i] = out[i] + " " + w[:best] + "-"
        out[i + 1] = w[best:] + m.group(2)
    return out


def wrap(par, width=78, indent="", hyph=True, protect=()):
    lines = textwrap.wrap(par, width=width, initial_indent=indent, break_long_words=False, break_on_hyphens=False)
    return hyphenate_lines(lines, width, protect=protect) if hyph else lines
