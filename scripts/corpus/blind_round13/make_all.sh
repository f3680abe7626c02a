#!/bin/sh
# Regenerate every document, gold file and evidence file of the round-13 blind batch,
# then verify the batch. Uses relative paths only; run from anywhere.
set -e
cd "$(dirname "$0")"
PYTHON="${PYTHON:-../venv13/bin/python}"
rm -f r13_*.docx r13_*.pdf r13_*.odt r13_*.xlsx r13_*.txt r13_*.gold.json gen/evidence/*.json
for g in gen/g[0-9][0-9]_*.py; do
    "$PYTHON" "$g"          # LibreOffice conversions run one after another
done
"$PYTHON" verify.py
