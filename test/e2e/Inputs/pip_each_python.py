"""The build integration on every CPython given: for each interpreter, a
fresh virtual environment, the pure pyir-toolkit wheel (argv[1]'s
directory) installed into it, then examples/package installed by pip with
build isolation (setuptools from PyPI; pyirc from $PYIR_PYIRC), and the
package run compiled and with PYIR_DISABLE=1: one line per interpreter,
`3.X: <extension suffix> compiled=True interpreted=False equal=True`.

    pip_each_python.py WHEEL_DIR PACKAGE_DIR RUNNER SCRATCH PYTHON...
"""
import os
import subprocess
import sys

wheels, package, runner, scratch = sys.argv[1:5]


def run(*command, **env):
    result = subprocess.run(command, capture_output=True, text=True,
                            env=dict(os.environ, **env))
    if result.returncode != 0:
        sys.exit("%s failed:\n%s%s" % (" ".join(command), result.stdout,
                                       result.stderr))
    return result.stdout


for python in sys.argv[5:]:
    version = run(python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])").strip()
    venv = os.path.join(scratch, "venv-" + version)
    run(python, "-m", "venv", venv)
    venv_python = os.path.join(venv, "bin", "python")
    run(venv_python, "-m", "pip", "install", "-q", "--no-index",
        "--find-links", wheels, "pyir-toolkit")
    run(venv_python, "-m", "pip", "install", "-q", "--find-links", wheels,
        package)
    nowhere = os.path.join(scratch, "nowhere")
    compiled = run(venv_python, runner, nowhere).splitlines()
    interpreted = run(venv_python, runner, nowhere, PYIR_DISABLE="1").splitlines()
    suffix = run(venv_python, "-c", "import pyirdemo.signal as s, os; "
                 "print(os.path.basename(s.__file__)[len('signal'):])").strip()
    print("%s: %s %s %s equal=%s" % (
        version, suffix, compiled[0].replace("compiled: ", "compiled="),
        interpreted[0].replace("compiled: ", "interpreted="),
        compiled[1:] == interpreted[1:]))
