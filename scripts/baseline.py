"""Write corpus/baseline.json: every scored document's P/R/F1 as the code reads it now.

The tests fail when a document scores below its line here («no document gets worse»), so
run this after a change that makes documents better, and commit the file with the change:

    .venv/bin/python scripts/baseline.py

Scored: corpus/ (with corpus/heldout/) and each blind batch under tests/data/blind/,
which stays there, scored as it was before any tuning, until it joins corpus/.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.evaluate import baseline_folders, score_folder  # noqa: E402


def main() -> None:
    documents: dict[str, dict[str, float]] = {}
    for folder in baseline_folders(ROOT):
        scored = score_folder(folder)
        if scored.failed:
            raise SystemExit(f"not read: {scored.failed}")
        assert scored.evaluation is not None
        prefix = folder.relative_to(ROOT).as_posix()
        for d in scored.evaluation.documents:
            documents[f"{prefix}/{d.key}"] = {
                "p": round(d.precision, 4),
                "r": round(d.recall, 4),
                "f1": round(d.f1, 4),
            }
    path = ROOT / "corpus" / "baseline.json"
    text = json.dumps({"documents": dict(sorted(documents.items()))}, ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8")
    print(f"{len(documents)} documents → {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
