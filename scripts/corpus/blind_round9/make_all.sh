#!/bin/bash
# Regenerate the round-9 blind batch into out/ and verify it. Paths are relative to this script.
set -e
cd "$(dirname "$0")"
PY="${PYTHON:-../venv6/bin/python}"
PY="$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")"   # absolute, symlink kept (venv)
rm -rf out build evidence
mkdir -p out build evidence
PROFILE="$(mktemp -d -t lo_r9_profile_XXXXXX)"
trap 'rm -rf "$PROFILE" build' EXIT
for gen in gen/r9_*.py; do
    (cd gen && "$PY" "$(basename "$gen")")
done
LO=(soffice "-env:UserInstallation=file://$PROFILE" --headless)
# pdf documents: docx/odt written to build/topdf, converted by LibreOffice
"${LO[@]}" --convert-to pdf --outdir out build/topdf/* >/dev/null 2>&1
# xlsx documents: written by openpyxl to build/recalc, re-saved by LibreOffice so formulas have cached values
"${LO[@]}" --convert-to xlsx --outdir out build/recalc/*.xlsx >/dev/null 2>&1
ls out | grep -v gold.json | wc -l | xargs echo "documents written:"
"$PY" verify.py
