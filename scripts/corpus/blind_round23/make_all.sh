#!/bin/sh
# Regenerate the whole batch and verify it. Run from this folder: sh make_all.sh
# Uses the venv one level up (../venv23) unless PY is set.
set -e
cd "$(dirname "$0")/gen"
PY="${PY:-../../venv23/bin/python}"
for n in 01 02 03 04 05 06 07 08 09 10; do
  "$PY" "d$n.py"
done
"$PY" verify.py
rm -rf __pycache__
