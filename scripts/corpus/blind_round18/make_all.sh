#!/bin/sh
# Rebuild every round18 document and gold file. Run from anywhere; paths are relative to this folder.
set -e
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venv18/bin/python}"
cd gen
for s in t3_*.py; do
  echo "== $s"
  "../$PYTHON" "$s"
done
cd ..
"$PYTHON" verify.py
