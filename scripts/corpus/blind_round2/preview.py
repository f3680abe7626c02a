"""Render documents to PNG for a visual check (build/preview)."""
import os, subprocess, sys, pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
PV = os.path.join(HERE, "build", "preview")
for src in sys.argv[1:]:
    src = os.path.abspath(src)
    base = os.path.splitext(os.path.basename(src))[0]
    if not src.endswith(".pdf"):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", PV, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf = os.path.join(PV, base + ".pdf")
    else:
        pdf = src
    with pdfplumber.open(pdf) as p:
        for i, pg in enumerate(p.pages):
            out = os.path.join(PV, "%s_p%d.png" % (base, i + 1))
            pg.to_image(resolution=60).save(out)
            print(out)
