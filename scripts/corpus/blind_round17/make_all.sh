#!/bin/sh
# Rebuild every document, gold file and evidence file of round 17, then verify.
# Paths are relative to this folder; PYTHON defaults to the batch venv.
set -e
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venv17/bin/python}"
"$PYTHON" gen/build.py
"$PYTHON" verify.py
