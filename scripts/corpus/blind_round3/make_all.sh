#!/bin/sh
# Regenerate the whole round-3 blind batch and check it.
# Needs: .venv (python-docx, openpyxl, pdfplumber) and LibreOffice (soffice).
set -e
cd "$(dirname "$0")"
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
mkdir -p build
for g in gen_r3_*.py; do
    echo "== $g"
    "$PY" "$g"
done
"$PY" verify.py
