"""Errors a user can fix: the CLI prints their message and exits with code 2.

>>> str(UserError("events.csv: file not found"))
'events.csv: file not found'
"""

from __future__ import annotations


class UserError(Exception):
    """A mistake in the input or the command (missing file, unknown column, bad option)."""
