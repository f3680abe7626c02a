# -*- coding: utf-8 -*-
"""Shared: catalogue keys (indicators.md v1.1), marker parsing, document list."""
import re

DIRS = ["art", "sport", "social", "science", "tech", "tourism"]
KEYS = (["organizations_total", "providers_registry", "programs_total"]
        + ["programs_" + d for d in DIRS] + ["programs_nok", "students_total"]
        + ["students_" + d for d in DIRS]
        + ["coverage_pct", "coverage_growth_children", "coverage_growth_pct", "students_ovz",
           "students_disabled", "certificate_nominal_rub", "certificates_issued", "certificates_active",
           "certificate_students", "certificate_share_pct", "new_places", "events_parents",
           "events_parents_reach", "events_students", "events_students_reach", "events_teachers",
           "events_teachers_reach", "teachers_pd_participants"])
FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_nominal_rub", "certificate_share_pct"}

MARK = re.compile(r"\[\[(\w+)(?:=([^|\]]+))?\|([^|\]]+)\]\]")


def parse_value(key, raw):
    s = raw.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", ".")
    return float(s) if key in FLOAT_KEYS else int(s)


def strip(text, sink=None, in_table=False):
    """Replace markers by their written form; collect figure records into sink."""
    def rep(m):
        key, val, written = m.group(1), m.group(2), m.group(3)
        if sink is not None:
            sink.append(dict(key=key, value=parse_value(key, val if val else written),
                             written=written, in_table=in_table, explicit=bool(val)))
        return written
    return MARK.sub(rep, text)


def all_docs():
    import docs1, docs2
    return [docs1.D01, docs1.D02, docs1.D03, docs1.D04, docs1.D05, docs1.D06,
            docs2.D07, docs2.D08, docs2.D09, docs2.D10, docs2.D11, docs2.D12]


def figures_of(doc):
    figs = []
    for b in doc["blocks"]:
        if b[0] == "table":
            for row in b[1]:
                for c in row:
                    strip(c, figs, True)
        elif len(b) > 1:
            strip(b[1], figs, False)
    return figs


def basename(doc):
    return "t1_%02d_%s" % (doc["n"], doc["slug"])


def ext(doc):
    return doc["fmt"]


def gold(doc):
    figs = figures_of(doc)
    seen = {}
    for f in figs:
        if f["key"] in seen and seen[f["key"]] != f["value"]:
            raise ValueError("%s: key %s twice with different values" % (basename(doc), f["key"]))
        seen[f["key"]] = f["value"]
    ordered = {k: seen[k] for k in KEYS if k in seen}
    return {"municipality": doc["municipality"], "region": doc["region"], "year": doc["year"],
            "figures": ordered}
