"""Reproducible benchmarks of Contract Desk; run them with ``python bench/run.py``."""
