#!/bin/sh
# Rebuild all round-24 documents and gold files, then verify.
# Relative paths only: the script changes to its own folder first.
set -e
cd "$(dirname "$0")"
PY=${PYTHON:-../venv24/bin/python}
for n in 01 02 03 04 05 06 07 08 09 10 11 12; do
    "$PY" "gen/d$n.py"
done
"$PY" verify.py
find . -name __pycache__ -type d -prune -exec rm -rf {} +
