"""YAML written by users (column mappings, batch manifests), loaded with bounded memory.

Only plain YAML is read: safe tags, no aliases (``*name``), so a small file cannot expand
to gigabytes by repeating an anchor ("billion laughs"); files over :data:`MAX_BYTES` are
refused; text must be UTF-8. Every problem is a one-line :class:`UserError`.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "m.yaml"
>>> _ = path.write_text("a: &x [1, 2]\\nb: *x\\n")
>>> load_yaml(path, "mapping")
Traceback (most recent call last):
...
analysis.errors.UserError: ...m.yaml: line 2: YAML aliases (*name) are not allowed in a mapping
"""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.errors import UserError, read_utf8

MAX_BYTES = 1 << 20  # a mapping or manifest is a few kilobytes; 1 MiB is far more


class _NoAliases(yaml.SafeLoader):
    """The safe loader, refusing aliases before anything is expanded."""

    what = "file"

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise UserError(
                f"{self.name}: line {mark.line + 1}: YAML aliases (*name) are not allowed "
                f"in a {self.what}"
            )
        return super().compose_node(parent, index)


class _NoAliasesDatesAsText(_NoAliases):
    """As :class:`_NoAliases`, with dates kept as text (checked later as parameters)."""


_NoAliasesDatesAsText.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def load_yaml(path: str | Path, what: str, dates_as_text: bool = False) -> object:
    """The parsed contents of the YAML file at ``path`` (``what`` names it in messages)."""
    text = read_utf8(path, what, MAX_BYTES)
    loader_class = _NoAliasesDatesAsText if dates_as_text else _NoAliases
    loader = loader_class(text)
    loader.name, loader.what = str(path), what
    try:
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise UserError(f"{path}: not valid YAML{line}: {problem}") from None
    except RecursionError:
        raise UserError(f"{path}: not valid YAML: nested too deeply") from None
    finally:
        loader.dispose()
