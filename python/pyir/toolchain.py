"""Where PyIR's tools are (a placeholder until the wheel's version lands)."""

import os
import shutil


def pyirc_path():
    """PYIR_PYIRC, else the wheel's bundled pyirc, else pyirc on PATH."""
    env = os.environ.get("PYIR_PYIRC")
    if env:
        return env
    bundled = os.path.join(os.path.dirname(__file__), "_bin", "pyirc")
    if os.path.isfile(bundled):
        return bundled
    return shutil.which("pyirc")
