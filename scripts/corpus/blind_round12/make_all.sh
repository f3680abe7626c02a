#!/bin/sh
# Regenerate the round-12 blind batch from gen/ and verify it.
# Usage: sh make_all.sh            (PYTHON defaults to ../venv12/bin/python)
#        PYTHON=path/to/python sh make_all.sh
# Needs python-docx, odfpy, openpyxl, pdfplumber in that Python and LibreOffice (soffice) on PATH.
set -e
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venv12/bin/python}"
export PYTHONDONTWRITEBYTECODE=1
rm -f r12_*.docx r12_*.pdf r12_*.txt r12_*.odt r12_*.xlsx r12_*.gold.json gen/evidence/*.json
for g in gen/g[0-9][0-9]_*.py; do
    "$PYTHON" "$g"
done
"$PYTHON" verify.py
