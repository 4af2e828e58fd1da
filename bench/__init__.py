"""Benchmarks: `uv run python bench/run.py [--only NAME] [--quick]` (see bench/run.py)."""
