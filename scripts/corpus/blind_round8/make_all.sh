#!/usr/bin/env bash
# Regenerate the 14 round-8 documents, their gold files and evidence, then verify.
# Usage: ./make_all.sh            (python: $PYTHON, else ../venv6/bin/python, else python3)
#        GAZETTEER_DIR=... ./make_all.sh   to point at the gazetteer explicitly
set -euo pipefail
cd "$(dirname "$0")"
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  if [ -x ../venv6/bin/python ]; then PY=../venv6/bin/python; else PY=python3; fi
fi
command -v soffice >/dev/null || { echo "soffice (LibreOffice) is needed for the pdf and xlsx documents" >&2; exit 1; }
mkdir -p out evidence
rm -f out/r8_* evidence/r8_*
for s in gen/r8_*.py; do
  "$PY" "$s"
done
"$PY" verify.py
