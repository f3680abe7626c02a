"""Rebuild every document of round 1:  python build_all.py [NN ...]
docx/txt are written straight into round1/; pdf and odt are written as docx into
make/_build/ and converted there with LibreOffice, then moved into round1/."""
import glob
import importlib
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BUILD, ROUND  # noqa: E402

mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(__file__), "d[0-9][0-9]_*.py")))
only = sys.argv[1:]
for m in mods:
    if only and m[1:3] not in only:
        continue
    mod = importlib.import_module(m)
    if mod.EXT in ("docx", "txt"):
        mod.build(ROUND)
    else:
        os.makedirs(BUILD, exist_ok=True)
        mod.build(BUILD)  # writes BUILD/NAME.docx
        src = os.path.join(BUILD, mod.NAME + ".docx")
        subprocess.run(["soffice", "--headless", "--convert-to", mod.EXT, "--outdir", BUILD, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(BUILD, mod.NAME + "." + mod.EXT), os.path.join(ROUND, mod.NAME + "." + mod.EXT))
    print("built", mod.NAME + "." + mod.EXT)
