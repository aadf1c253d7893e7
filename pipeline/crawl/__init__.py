"""Crawling: discovery (feeds, sitemaps, listing pages), URL canonicalisation, polite fetching (robots.txt,
per-host delay, retries), the CPEC topic filter, a pass over sources, and the scheduler that repeats it."""
