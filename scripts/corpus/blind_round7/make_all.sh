#!/usr/bin/env bash
# Regenerates the 14 round-7 documents, their gold files and evidence into out/ and
# evidence/, then runs verify.py.  Paths are relative to this script.
# PYTHON may point to an interpreter with python-docx, odfpy, openpyxl, pdfplumber
# (default: ../venv6/bin/python if present, else python3); GAZETTEER_DIR / SHARED_DIR
# may point to the shared gazetteer / spec folders (default: found by walking up).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
if [ -z "${PYTHON:-}" ]; then
  if [ -x "$HERE/../venv6/bin/python" ]; then PYTHON="$HERE/../venv6/bin/python"; else PYTHON=python3; fi
fi
rm -rf out evidence
mkdir -p out evidence
cd gen
for s in r7_[0-9][0-9]_*.py; do
  echo "== $s"
  "$PYTHON" "$s"
done
cd "$HERE"
rm -rf gen/__pycache__
"$PYTHON" verify.py
