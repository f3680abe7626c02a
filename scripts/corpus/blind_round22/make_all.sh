#!/bin/sh
# Rebuilds every document and gold file of round 22, then verifies them.
# Run from anywhere; all paths are relative to this folder.
set -e
cd "$(dirname "$0")"
PY="${PY:-../venv22/bin/python}"
for i in 01 02 03 04 05 06 07 08 09 10 11 12; do
    "$PY" gen/d$i.py
done
"$PY" verify.py
find . -name __pycache__ -type d -prune -exec rm -rf {} +
