"""moc-extract: figures from Russian МОЦ reports on supplementary education."""

from extractor.morph import install_pymorphy_redirect

__version__ = "0.1.0"

# Before anything can import natasha or yargy (see extractor/morph.py): cheap, no imports.
install_pymorphy_redirect()
