#!/usr/bin/env bash
# Regenerate the round-6 blind batch: documents, gold files, evidence; then verify.
# Usage: [PY=/path/to/python] ./make_all.sh
# PY needs python-docx, openpyxl, pdfplumber and odfpy; LibreOffice (soffice) must be on PATH
# (or set SOFFICE). Each generator runs LibreOffice headless with a private profile in a
# temporary directory that is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")"
PY="${PY:-python3}"
rm -rf out evidence
mkdir -p out evidence
for g in gen/r6_*.py; do
    "$PY" "$g"
done
"$PY" verify.py
