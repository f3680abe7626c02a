#!/bin/sh
# Regenerate every document and gold file of the round-10 blind batch, then verify.
# Usage: sh make_all.sh      (PYTHON defaults to ../venv10/bin/python)
# Needs python-docx, odfpy, openpyxl, pdfplumber and LibreOffice (soffice) on PATH.
set -e
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venv10/bin/python}"
rm -f r10_*.docx r10_*.pdf r10_*.odt r10_*.xlsx r10_*.txt r10_*.gold.json
rm -rf gen/build gen/evidence
for script in gen/g[0-9][0-9]_*.py; do
    "$PYTHON" "$script"
done
rm -rf gen/build
"$PYTHON" verify.py
