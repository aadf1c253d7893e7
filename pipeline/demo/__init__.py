"""`cpec demo`: a small invented CPEC news site (site/) served on 127.0.0.1 and crawled once."""
