#!/bin/sh
# Regenerate every document, gold file and evidence file of the round-14 blind
# batch, then run the independent check.  Only relative paths are used; run it
# from anywhere: it changes into its own folder first.
# PYTHON may be set to another interpreter that has python-docx, odfpy,
# openpyxl and pdfplumber; LibreOffice (soffice) must be on PATH.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
PYTHON=${PYTHON:-../venv14/bin/python}
rm -f r14_*.docx r14_*.odt r14_*.pdf r14_*.txt r14_*.xlsx r14_*.gold.json
rm -f gen/evidence/*.json
mkdir -p gen/evidence
for g in gen/g[0-9][0-9]_*.py; do
    echo "== $g"
    "$PYTHON" "$g"          # LibreOffice conversions run one after another
done
"$PYTHON" verify.py
