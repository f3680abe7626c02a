"""Rule data (vocabularies, patterns with examples); installed as `extractor.rules`."""
