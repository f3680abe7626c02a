#!/bin/sh
# Rebuild batch text1 (12 documents + gold) and verify it. Relative paths only.
set -e
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venvt1/bin/python}"
"$PYTHON" gen/build.py
"$PYTHON" gen/verify.py
