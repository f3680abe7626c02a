#!/usr/bin/env bash
# Regenerates every document, gold file and evidence file of round 11, then runs verify.py.
# Usage: ./make_all.sh            (PYTHON defaults to ../venv11/bin/python)
set -euo pipefail
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venv11/bin/python}"
case "$PYTHON" in
  */*) PYTHON="$(cd "$(dirname "$PYTHON")" && pwd)/$(basename "$PYTHON")" ;;
esac
rm -f r11_[0-9][0-9]_*
rm -rf gen/build gen/evidence
(
  cd gen
  for g in g[0-9][0-9]_*.py; do
    echo "== $g"
    "$PYTHON" "$g"
  done
)
"$PYTHON" verify.py
