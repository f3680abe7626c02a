#!/usr/bin/env bash
# Regenerate the whole round-4 blind batch (documents + gold files) and verify it.
# Needs: python3 venv in .venv (python-docx, openpyxl, pdfplumber, pypdfium2) and
# LibreOffice (`soffice`) for .odt/.pdf/.xlsx recalculation.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q python-docx openpyxl pdfplumber pypdfium2
fi
mkdir -p build
for g in gen/r4_[0-9][0-9].py; do
  (cd gen && ../.venv/bin/python "$(basename "$g")")
done
.venv/bin/python verify.py
