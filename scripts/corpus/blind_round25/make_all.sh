#!/bin/sh
# Rebuild all round25 documents and gold files, then verify. Relative paths only.
set -e
cd "$(dirname "$0")"
PY="${PYTHON:-../venv25/bin/python}"
for f in gen/d[0-9][0-9].py; do
  "$PY" -B "$f"
done
"$PY" -B verify.py
