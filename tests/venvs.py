"""A fresh virtual environment with factx installed from a copy of this repository, as a newcomer runs
`pip install .` (or `pip install '.[report]'`): for the README's blocks and the core install's size."""

from __future__ import annotations

import shutil
import subprocess
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("factx", "pyproject.toml", "README.md", "LICENSE")


def fresh_install(base: Path, extras: str = "") -> tuple[Path, subprocess.CompletedProcess[str]]:
    """(the environment, pip's run) for factx with `extras` ("report"), installed under `base`."""
    source = base / "source"
    for name in COPIED:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, source / name)  # type: ignore[operator]
    env = base / "venv"
    venv.create(env, with_pip=True)
    target = f"{source}[{extras}]" if extras else str(source)
    done = subprocess.run(
        [str(env / "bin" / "python"), "-m", "pip", "install", "--no-input", target],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return env, done
