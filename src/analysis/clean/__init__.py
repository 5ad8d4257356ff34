"""Cleaning steps: each takes the canonical events frame, keeps every row, and logs its changes.

One module per step (``from analysis.clean.actors import normalise_actors``); the chained
pipeline is :func:`analysis.clean.pipeline.clean`, also importable as ``analysis.clean``.
"""
