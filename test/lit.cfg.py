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
tools = ["pyir-opt", "pyirc", "FileCheck", "not", "count"]
llvm_config.add_tool_substitutions(tools, tool_dirs)

config.substitutions.append(("%pyir_src_root", config.pyir_src_root))
config.substitutions.append(("%pyir_obj_root", config.pyir_obj_root))
# Debian's CPython with its packages; the first python3 on PATH may differ.
config.substitutions.append(("%python", "/usr/bin/python3"))
