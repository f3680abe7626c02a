"""natasha must load in a fresh environment where pkg_resources does not exist."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import sys
sys.modules["pkg_resources"] = None  # as in a venv with current setuptools: import fails
from extractor.morph import natasha, analyzer
from natasha import Doc
n = natasha()
doc = Doc("Отчёт муниципального опорного центра города Батайска Ростовской области.")
doc.segment(n.segmenter)
doc.tag_morph(n.morph_tagger)
doc.tag_ner(n.ner_tagger)
for span in doc.spans:
    span.normalize(n.morph_vocab)
print("|".join(s.normal for s in doc.spans if s.type == "LOC"))
print(analyzer().parse("сертификатов")[0].normal_form)
"""


def test_natasha_loads_without_pkg_resources() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    locs, lemma = out.stdout.strip().splitlines()
    assert "Батайск" in locs.split("|")
    assert "Ростовская область" in locs.split("|")
    assert lemma == "сертификат"


def test_help_does_not_load_heavy_modules() -> None:
    probe = (
        "import contextlib, io, sys\n"
        "from extractor.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main(['--help'])\n"
        "    except SystemExit as exc:\n"
        "        assert exc.code == 0, exc.code\n"
        "heavy = [m for m in ('natasha', 'pdfplumber', 'docx', 'pymorphy3', 'razdel', 'rich', "
        "'pydantic') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_natasha_shares_the_process_dictionary_and_parses_as_its_own_would() -> None:
    from extractor.morph import analyzer, natasha

    vocab = natasha().morph_vocab
    assert type(vocab).__module__ == "natasha.morph.vocab"
    assert vocab.dictionary is analyzer().dictionary
    own = type(vocab)()
    assert own.dictionary is not analyzer().dictionary
    for word in ("Сальском", "районе", "Ханты-Мансийского", "Иркутской", "ёлках"):
        assert repr(vocab(word)) == repr(own(word))
        assert vocab.lemmatize(word, "PROPN", {}) == own.lemmatize(word, "PROPN", {})
