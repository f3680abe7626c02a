#!/bin/sh
# Rebuild every document and gold file of round 20, then verify. Run from anywhere.
set -e
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venv20/bin/python}"
for g in gen/t5_*.py; do
  echo "== $g"
  PYTHONPATH=gen "$PYTHON" "$g"
done
rm -rf build
"$PYTHON" verify.py
