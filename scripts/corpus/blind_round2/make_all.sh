#!/bin/sh
# Regenerate every round-2 document and gold file, then check gold values against reader text.
# Usage: sh make_all.sh [python]   (python with python-docx and pdfplumber; default the project's .venv)
cd "$(dirname "$0")" || exit 1
PY=${1:-../../../.venv/bin/python}
for f in r2_*.py; do "$PY" "$f" >/dev/null || exit 1; done
"$PY" verify.py
rm -rf build
