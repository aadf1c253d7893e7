"""cpec-tracker pipeline: the rooms crawl/, analysis/, cli/ (the only printer) and demo/, and the use cases
that tie them together (extract, ingest, reprocess, evaluate)."""

__version__ = "0.1.0"
