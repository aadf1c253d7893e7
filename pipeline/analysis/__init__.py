"""Analysis: the spaCy model and our components, and the rules that find officials, zones, organisations,
dates and events in a text; `analyze.analyse()` is the entry point. Knows nothing of the database."""
