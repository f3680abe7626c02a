#!/bin/sh
# Rebuild every document and gold file of round21. Run from any directory.
set -e
cd "$(dirname "$0")/gen"
PYTHON="${PYTHON:-../../venv21/bin/python}"
for s in d01 d02 d03 d04 d05 d06 d07 d08 d09 d10 d11 d12; do
  echo "== $s"
  "$PYTHON" "$s.py"
done
