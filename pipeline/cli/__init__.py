"""The `cpec` command line, one module per command group; the only package that prints or exits."""
