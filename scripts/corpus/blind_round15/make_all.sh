#!/bin/sh
# Regenerate every document of blind round 15 and check it with verify.py.
# Only relative paths: run from anywhere, e.g. `sh make_all.sh` or `PYTHON=python3 sh make_all.sh`.
# LibreOffice (soffice) must be on PATH; conversions run one after another.
set -e
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venv15/bin/python}"
export PYTHONDONTWRITEBYTECODE=1
for g in gen/g[0-9][0-9]_*.py; do
    "$PYTHON" "$g"
done
"$PYTHON" verify.py
