"""``make lab``: JupyterLab on the package's notebooks, with this environment and its kernel.

The notebooks ask for the ``python3`` kernel. A kernelspec of that name for *this*
interpreter (the project's ``.venv``) is written under ``<venv>/share/analysis-jupyter`` and
put first on ``JUPYTER_PATH``, so a ``python3`` kernel registered elsewhere (``~/.local``,
conda) is never picked by mistake; reports are rendered with the same kind of kernel
(:func:`analysis.reports.render.private_kernel`). Notebooks are paired with jupytext
percent scripts (``notebooks/jupytext.toml``): saving ``explore.ipynb`` in JupyterLab also
writes ``explore.py``.

Run ``python -m analysis.lab [jupyter lab options]``, e.g. ``--no-browser --port 8899``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat

from analysis.paths import notebooks_dir, package_dir
from analysis.reports.render import write_kernelspec

KERNEL_DISPLAY_NAME = "Python 3 (analysis)"


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
    first = folder / "explore.ipynb"
    return [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={folder}",
        *([str(first)] if first.is_file() else []),
        *args,
    ]


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
    os.execv(command[0], command)


if __name__ == "__main__":  # pragma: no cover
    main()
