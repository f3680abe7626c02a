#!/bin/sh
# Rebuild every document of the batch and its gold file, then verify.
# Relative paths only: run from anywhere, e.g. `sh make_all.sh`.
set -e
cd "$(dirname "$0")"
PY=../venv26/bin/python
[ -x "$PY" ] || PY=python3
for g in gen/d[0-9][0-9].py; do
  "$PY" "$g"
done
"$PY" verify.py
rm -rf gen/__pycache__ __pycache__
