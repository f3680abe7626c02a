"""moc-extract: figures from Russian МОЦ reports on supplementary education."""

__version__ = "0.1.0"
