# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "PYIR"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".py", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.pyir_obj_root, "test")
config.excludes = ["Inputs", "CMakeLists.txt", "README.md", "lit.cfg.py",
                   "lit.site.cfg.py", "lit.local.cfg"]

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

tool_dirs = [os.path.join(config.pyir_obj_root, "bin"), config.llvm_tools_dir]
tools = ["pyir-opt", "pyir-translate", "pyirc", "FileCheck", "not", "count"]
llvm_config.add_tool_substitutions(tools, tool_dirs)

config.substitutions.append(("%pyir_src_root", config.pyir_src_root))
config.substitutions.append(("%pyir_obj_root", config.pyir_obj_root))
# The compiler of this build, and LLVM's headers, for the tests of what must
# not compile (test/Frontend/diagnostic-table.test).
config.substitutions.append(("%host_cxx", config.host_cxx))
config.substitutions.append(("%llvm_include_dir", config.llvm_include_dir))
# Debian's CPython with its packages; the first python3 on PATH may differ.
config.substitutions.append(("%python", "/usr/bin/python3"))

# The PyIR wheel (pyproject.toml): `%pyir_build_wheel` builds it, or reuses
# the one built from the same sources (one build per run, whichever test asks
# first; the others wait for it), and leaves it alone in %pyir_wheel_dir:
#   RUN: %pyir_build_wheel
#   RUN: VENV/bin/python -m pip install --no-index --find-links %pyir_wheel_dir pyir-toolkit
wheel_out = os.path.join(config.pyir_obj_root, "wheel")
config.substitutions.append(
    ("%pyir_build_wheel",
     os.path.join(config.pyir_src_root, "utils", "build-wheel.sh") + " " +
     wheel_out))
config.substitutions.append(
    ("%pyir_wheel_dir", os.path.join(wheel_out, "dist")))
config.substitutions.append(("%cmake", config.cmake_command))

# The sanitized build (ASan, UBSan, assertions; PYIR_ENABLE_FUZZER):
# this build if it is one, else the one utils/bootstrap.sh puts in
# PYIR_SANITIZED_BUILD_DIR. Its tools: the `fuzzer` feature and
# %pyir_frontend_fuzzer, %pyir_opt_fuzzer; the `sanitized-tools` feature and
# %asan_pyirc, %asan_pyir_opt.
sanitized_bin = os.path.join(
    config.pyir_obj_root if config.pyir_enable_fuzzer
    else config.pyir_sanitized_build_dir, "bin")
sanitized = {name: os.path.join(sanitized_bin, name)
             for name in ("pyir-frontend-fuzzer", "pyir-opt-fuzzer", "pyirc",
                          "pyir-opt")}
if all(os.path.exists(sanitized[n])
       for n in ("pyir-frontend-fuzzer", "pyir-opt-fuzzer")):
    config.available_features.add("fuzzer")
    config.substitutions.append(
        ("%pyir_frontend_fuzzer", sanitized["pyir-frontend-fuzzer"]))
    config.substitutions.append(
        ("%pyir_opt_fuzzer", sanitized["pyir-opt-fuzzer"]))
if all(os.path.exists(sanitized[n]) for n in ("pyirc", "pyir-opt")):
    config.available_features.add("sanitized-tools")
    config.substitutions.append(("%asan_pyirc", sanitized["pyirc"]))
    config.substitutions.append(("%asan_pyir_opt", sanitized["pyir-opt"]))
# The sanitizers' reports symbolized.
symbolizer = os.path.join(config.llvm_tools_dir, "llvm-symbolizer")
if os.path.exists(symbolizer):
    config.environment["ASAN_SYMBOLIZER_PATH"] = symbolizer
    config.environment["UBSAN_SYMBOLIZER_PATH"] = symbolizer
