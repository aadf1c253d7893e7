"""cpec-tracker pipeline: discover, fetch, extract, analyze, ingest, schedule; cli is the only printer."""

__version__ = "0.1.0"
