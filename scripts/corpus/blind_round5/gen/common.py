"""Shared helpers for the round-5 blind batch generators.

Every generator builds its document, checks its own arithmetic with check()
before writing anything, then writes NAME.<ext> and NAME.gold.json into out/
and (when some gold figure is written in words / other units) an evidence file
into evidence/.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "out")
EVID = os.path.join(ROOT, "evidence")
LO_PROFILE = "file://" + os.path.join(tempfile.gettempdir(), "lo_r5")

NBSP = "\u00a0"
NNBSP = "\u202f"   # narrow no-break space
THIN = "\u2009"

FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct",
              "certificate_nominal_rub"}
DIRS = ["art", "sport", "social", "science", "tech", "tourism"]
KEYS = (["organizations_total", "providers_registry", "programs_total"]
        + ["programs_" + d for d in DIRS] + ["programs_nok", "students_total"]
        + ["students_" + d for d in DIRS]
        + ["coverage_pct", "coverage_growth_children", "coverage_growth_pct",
           "students_ovz", "students_disabled", "certificate_nominal_rub",
           "certificates_issued", "certificates_active", "certificate_students",
           "certificate_share_pct", "new_places", "events_parents",
           "events_parents_reach", "events_students", "events_students_reach",
           "events_teachers", "events_teachers_reach", "teachers_pd_participants"])


class CheckError(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise CheckError(msg)


def rnd(x, nd=1):
    """Round half up, as a person writing a report does."""
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP))


def pct(part, whole, nd=1):
    return rnd(part * 100.0 / whole, nd)


def check_cov(students, pop, written, nd=1, what="coverage"):
    check(pct(students, pop, nd) == written,
          f"{what}: {students}/{pop} = {students*100/pop:.4f} -> {pct(students, pop, nd)} != {written}")


def check_sum(parts, total, what="sum"):
    s = sum(parts.values()) if isinstance(parts, dict) else sum(parts)
    check(s == total, f"{what}: parts sum {s} != total {total}")


def fint(n, sep=NBSP):
    s = str(int(n))
    if len(s) <= 4 and sep in ("", "4"):
        return s
    if sep == "4":   # grouping only from 5 digits on (common in Russian typography)
        sep = NBSP
        if len(s) <= 4:
            return s
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fdec(x, nd=1, sep=NBSP, comma=","):
    s = f"{x:.{nd}f}"
    ip, _, fp = s.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    r = fint(int(ip), sep) + (comma + fp if nd else "")
    return ("-" if neg else "") + r


# ---------------------------------------------------------------- gold
class Gold:
    def __init__(self, name, municipality, region, year):
        self.name = name
        self.ident = {"municipality": municipality, "region": region, "year": year}
        self.figures = {}
        self.evidence = {}

    def add(self, key, value, ev=None, kind=None):
        check(key in KEYS, f"unknown key {key}")
        check(key not in self.figures, f"duplicate key {key}")
        if key in FLOAT_KEYS:
            value = float(value)
        else:
            check(float(value) == int(value), f"{key} must be integer")
            value = int(value)
        self.figures[key] = value
        if ev is not None:
            self.evidence[key] = {"snippet": ev, "kind": kind or "words"}

    def save(self):
        os.makedirs(OUT, exist_ok=True)
        os.makedirs(EVID, exist_ok=True)
        figs = {k: self.figures[k] for k in KEYS if k in self.figures}
        data = dict(self.ident)
        data["figures"] = figs
        with open(os.path.join(OUT, self.name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        ep = os.path.join(EVID, self.name + ".evidence.json")
        if self.evidence:
            with open(ep, "w", encoding="utf-8") as f:
                json.dump(self.evidence, f, ensure_ascii=False, indent=1)
                f.write("\n")
        elif os.path.exists(ep):
            os.remove(ep)
        print(f"{self.name}: {len(figs)} gold figures")


# ---------------------------------------------------------------- LibreOffice
def soffice_convert(src, target_ext, filt=None):
    """Convert src with LibreOffice into a temp dir, return the produced path."""
    sofc = shutil.which("soffice")
    check(sofc is not None, "soffice not found")
    tmp = tempfile.mkdtemp(prefix="r5conv_")
    conv = target_ext if not filt else f"{target_ext}:{filt}"
    subprocess.run([sofc, "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", conv, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    p = os.path.join(tmp, base + "." + target_ext)
    check(os.path.exists(p), f"conversion failed: {src} -> {target_ext}")
    return p


def out_path(name, ext):
    os.makedirs(OUT, exist_ok=True)
    return os.path.join(OUT, f"{name}.{ext}")


# ---------------------------------------------------------------- Russian number words
_UNITS = {
    1: ("один", "одна", "одно"), 2: ("два", "две", "два"), 3: ("три",) * 3,
    4: ("четыре",) * 3, 5: ("пять",) * 3, 6: ("шесть",) * 3, 7: ("семь",) * 3,
    8: ("восемь",) * 3, 9: ("девять",) * 3}
_TEENS = {10: "десять", 11: "одиннадцать", 12: "двенадцать", 13: "тринадцать",
          14: "четырнадцать", 15: "пятнадцать", 16: "шестнадцать",
          17: "семнадцать", 18: "восемнадцать", 19: "девятнадцать"}
_TENS = {2: "двадцать", 3: "тридцать", 4: "сорок", 5: "пятьдесят", 6: "шестьдесят",
         7: "семьдесят", 8: "восемьдесят", 9: "девяносто"}
_HUND = {1: "сто", 2: "двести", 3: "триста", 4: "четыреста", 5: "пятьсот",
         6: "шестьсот", 7: "семьсот", 8: "восемьсот", 9: "девятьсот"}


def words(n, gender="m"):
    """Nominative Russian words for 0 < n < 10**6."""
    g = {"m": 0, "f": 1, "n": 2}[gender]

    def below1000(k, g):
        w = []
        if k >= 100:
            w.append(_HUND[k // 100])
            k %= 100
        if 10 <= k < 20:
            w.append(_TEENS[k])
        else:
            if k >= 20:
                w.append(_TENS[k // 10])
                k %= 10
            if k:
                w.append(_UNITS[k][g])
        return w

    th, rest = divmod(n, 1000)
    out = []
    if th:
        out += below1000(th, 1)
        last = th % 100
        if 10 <= last < 20 or last % 10 in (0, 5, 6, 7, 8, 9):
            out.append("тысяч")
        elif last % 10 == 1:
            out.append("тысяча")
        else:
            out.append("тысячи")
    out += below1000(rest, g)
    return " ".join(out)
