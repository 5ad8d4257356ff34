"""Cleaning steps: each takes the canonical events frame, keeps every row, and logs its changes."""
