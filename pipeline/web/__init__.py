"""The read-only query face: a JSON API under /api/ and server-rendered pages over the same data
(FastAPI + Jinja2), reading through storage/ on a read-only connection. `cpec serve` runs it."""
