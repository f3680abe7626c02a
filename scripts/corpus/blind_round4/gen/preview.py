"""Render a document (docx/odt/pdf) to PNG pages in build/preview for a visual check."""
import os, sys, subprocess
import pypdfium2 as p
from common import BUILD, soffice
src = sys.argv[1]
pv = os.path.join(BUILD, "preview"); os.makedirs(pv, exist_ok=True)
if not src.endswith(".pdf"):
    src = soffice(src, "pdf", pv)
pdf = p.PdfDocument(src)
stem = os.path.splitext(os.path.basename(src))[0]
for i in range(len(pdf)):
    pdf[i].render(scale=float(sys.argv[2]) if len(sys.argv) > 2 else 0.9).to_pil().save(os.path.join(pv, f"{stem}_{i}.png"))
print(len(pdf), "pages")
