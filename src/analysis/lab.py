"""``make lab``: JupyterLab on the package's notebooks, with this environment and its kernel.

The notebooks ask for the ``python3`` kernel. A kernelspec of that name for *this*
interpreter (the project's ``.venv``) is written under ``<venv>/share/analysis-jupyter`` and
put first on ``JUPYTER_PATH``, so a ``python3`` kernel registered elsewhere (``~/.local``,
conda) is never picked by mistake; reports are rendered with the same kind of kernel
(:func:`analysis.reports.render.private_kernel`). Notebooks are paired with jupytext
percent scripts (``notebooks/jupytext.toml``): saving ``explore.ipynb`` in JupyterLab also
writes ``explore.py``.

Tracked notebooks stay as committed: every save (and autosave) goes through
:func:`strip_for_git`, which drops outputs, execution counts and the metadata a kernel or
JupyterLab adds, so running the tour never changes ``explore.ipynb`` on disk. The server's
printed address opens ``explore.ipynb`` directly, and running as root (containers) works.

Run ``python -m analysis.lab [jupyter lab options]``, e.g. ``--no-browser --port 8899``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat

from analysis.paths import notebooks_dir, package_dir
from analysis.reports.render import write_kernelspec

KERNEL_DISPLAY_NAME = "Python 3"  # what the committed notebooks say: opening one changes nothing
NOTEBOOK_METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}
FIRST_NOTEBOOK = "explore.ipynb"


def kernel_folder() -> Path:
    """Where the project's kernelspec is written: inside the running environment.

    >>> kernel_folder().name
    'analysis-jupyter'
    """
    return Path(sys.prefix) / "share" / "analysis-jupyter"


def lab_command(args: list[str]) -> list[str]:
    """The ``jupyter lab`` command line: this interpreter, ``explore.ipynb`` opened, the
    notebooks folder as the root, then ``args``.

    >>> lab_command(["--no-browser"])[1:3]
    ['-m', 'jupyterlab']
    """
    folder = notebooks_dir()
    first = folder / FIRST_NOTEBOOK
    root = ["--allow-root"] if _is_root() and "--allow-root" not in args else []
    return [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={folder}",
        *([f"--LabApp.default_url=/lab/tree/{FIRST_NOTEBOOK}"] if first.is_file() else []),
        "--ContentsManager.pre_save_hook=analysis.lab.strip_for_git",
        *root,
        *args,
    ]


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def strip_for_git(model: dict, **_: object) -> dict:
    """JupyterLab's pre-save hook: a notebook is saved as committed, without outputs,
    execution counts, kernel-written metadata or cell metadata other than ``tags``.

    >>> model = {"type": "notebook", "content": {"metadata": {"kernelspec": {"name": "x"},
    ...     "language_info": {"name": "python", "version": "3.11.2"}}, "cells": [
    ...     {"cell_type": "code", "source": "1", "execution_count": 3, "outputs": [{}],
    ...      "metadata": {"tags": ["parameters"], "scrolled": True}}]}}
    >>> cell = strip_for_git(model)["content"]["cells"][0]
    >>> cell["outputs"], cell["execution_count"], cell["metadata"]
    ([], None, {'tags': ['parameters']})
    >>> model["content"]["metadata"]["language_info"]
    {'name': 'python'}
    """
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return model
    content = model["content"]
    content["metadata"] = {k: dict(v) for k, v in NOTEBOOK_METADATA.items()}
    for cell in content.get("cells", []):
        tags = cell.get("metadata", {}).get("tags")
        cell["metadata"] = {"tags": tags} if tags else {}
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    return model


def paired_script(nb: nbformat.NotebookNode) -> str:
    """The percent script jupytext pairs with ``nb``, written with the notebooks' settings
    (``notebooks/jupytext.toml``): what saving in JupyterLab writes.

    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Title"),
    ...     nbformat.v4.new_code_cell("x = 1")])
    >>> print(paired_script(nb))
    # %% [markdown]
    # # Title
    <BLANKLINE>
    # %%
    x = 1
    <BLANKLINE>
    """
    import jupytext
    from jupytext.config import load_jupytext_configuration_file

    config = load_jupytext_configuration_file(str(package_dir("notebooks") / "jupytext.toml"))
    return jupytext.writes(nb, fmt="py:percent", config=config)


def main(args: list[str] | None = None) -> None:  # pragma: no cover - replaces the process
    """Write the kernelspec, put it first on ``JUPYTER_PATH`` and start JupyterLab."""
    folder = write_kernelspec(kernel_folder(), KERNEL_DISPLAY_NAME, {})
    before = os.environ.get("JUPYTER_PATH")
    os.environ["JUPYTER_PATH"] = os.pathsep.join([str(folder), *([before] if before else [])])
    command = lab_command(sys.argv[1:] if args is None else args)
    print(
        f"JupyterLab opens {FIRST_NOTEBOOK} at the address it prints below "
        f"(…/lab/tree/{FIRST_NOTEBOOK}?token=…); saving never writes outputs into the "
        "tracked notebooks.",
        flush=True,
    )
    os.execv(command[0], command)


if __name__ == "__main__":  # pragma: no cover
    main()
