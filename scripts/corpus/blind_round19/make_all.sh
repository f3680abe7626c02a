#!/bin/sh
# Rebuild every document of round 19, its gold file and gen/forms/*.forms.json, then verify.
# Run from anywhere; all paths are relative to this folder.
set -e
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venv19/bin/python}"
for g in gen/d[0-9][0-9].py; do
  "$PYTHON" "$g"
done
"$PYTHON" verify.py
