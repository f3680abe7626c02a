"""Write corpus/baseline.json: every scored document's P/R/F1 and its identity fields
right (municipality, region, year: 0–3) as the code reads it now.

The tests fail when a document scores below its line here («no document gets worse»), so
run this after a change that makes documents better, and commit the file with the change:

    .venv/bin/python scripts/baseline.py

With `--compare` nothing is written: each document whose score moved is printed, and
each folder's overall P/R/F1.

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
    compare = "--compare" in sys.argv[1:]
    path = ROOT / "corpus" / "baseline.json"
    stored = json.loads(path.read_text(encoding="utf-8"))["documents"] if compare else {}
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
                "id": scored.evaluation.identity_documents.get(d.key, 0),
            }
        if compare:
            e = scored.evaluation
            o = e.overall
            print(f"{prefix}: P {o.precision:.3f} R {o.recall:.3f} F1 {o.f1:.3f}")
    if compare:
        for key, now in sorted(documents.items()):
            was = stored.get(key)
            if was is None or was["f1"] != now["f1"] or was.get("id", 3) != now["id"]:
                before = "new" if was is None else f"{was['f1']:.3f} id {was.get('id', '?')}"
                worse = was is not None and (
                    now["f1"] < was["f1"] or now["id"] < was.get("id", now["id"])
                )
                mark = "WORSE" if worse else ""
                print(f"  {key}: {before} -> {now['f1']:.3f} id {now['id']} {mark}")
        return
    text = json.dumps({"documents": dict(sorted(documents.items()))}, ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8")
    print(f"{len(documents)} documents → {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
