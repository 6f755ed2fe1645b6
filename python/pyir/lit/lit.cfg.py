# -*- Python -*-
# The lit configuration of a folder of PyIR tests (pyir-lit, python -m
# pyir.lit: pyir/lit/__init__.py writes the lit.site.cfg.py that loads this
# file). A suite with its own lit.cfg.py can load it too, after setting:
#
#   config.pyir_test_source_root  the folder of the tests
#   config.test_exec_root         where %t files go
#   config.pyir_tools             {"pyirc": path or None, "pyir-opt": ...}
#   config.pyir_filecheck         the FileCheck command (a shell string)
#   config.pyir_python            the interpreter of %python
#
#   import pyir.lit
#   lit_config.load_config(config, pyir.lit.config_path())
import os
import shlex

import lit.formats

config.name = "pyir-lit"
# lit's own shell: `not`, `env`, `cd`, `rm`, `mkdir` work without LLVM's
# tools or a POSIX shell's quirks.
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py", ".test", ".mlir"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py",
                   "lit.local.cfg", "__pycache__"]
config.test_source_root = config.pyir_test_source_root

python = shlex.quote(config.pyir_python)
# Longest names first: lit substitutes in order.
for name in sorted(config.pyir_tools, key=len, reverse=True):
    path = config.pyir_tools[name]
    if path:
        config.available_features.add(name)
        command = shlex.quote(path)
        if name == "pyirc":
            # Extensions are built for the interpreter that runs them.
            command += " --python=" + python
    else:
        # Fails where it is used, naming the missing tool.
        command = name
    config.substitutions.append(("%" + name, command))
config.substitutions.append(("%python", python))
# FileCheck as a word of a RUN line (not inside a path or a longer name).
config.substitutions.append(
    (r"(?<![\w/.-])FileCheck(?![\w.-])", config.pyir_filecheck))

# What tests may need from the caller's environment: the pyir package's
# path, the C compiler pyirc honours, the tools' folder.
for variable in ("PYTHONPATH", "CC", "PYIR_BIN_DIR", "HOME"):
    if variable in os.environ:
        config.environment[variable] = os.environ[variable]

lit_config.note("lit %s; pyirc: %s; FileCheck: %s; %%python: %s" % (
    lit.__version__, config.pyir_tools.get("pyirc"), config.pyir_filecheck,
    python))
