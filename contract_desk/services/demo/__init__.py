"""The demo register: realistic, deterministic contracts for a first look and for the benchmarks.

May import ``domain``, ``models`` and ``services.register``; never Qt.
"""
