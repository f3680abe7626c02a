#!/usr/bin/env bash
# Regenerate every round-5 document and gold file, then verify them.
# Needs: python venv with python-docx, openpyxl, pdfplumber, odfpy (default: python3)
#        and LibreOffice (soffice) for docx->pdf, docx->odt and the xlsx recalculation.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PY="${PY:-python3}"
command -v soffice >/dev/null || { echo "soffice not found" >&2; exit 1; }
rm -rf "$HERE/out" "$HERE/evidence"
mkdir -p "$HERE/out" "$HERE/evidence"
cd "$HERE/gen"
for g in g[0-9][0-9]_*.py; do
  echo "== $g"
  "$PY" "$g"
done
cd "$HERE"
"$PY" verify.py
