"""Imports the compiled module NAME from DIR and prints its file name, the
kind of suffix it has for this interpreter (EXT_SUFFIX, what
`pip wheel` tags cpXY; or abi3), and the interpreter with its build (GIL or
free-threaded: a free-threaded 3.13 would re-enable the GIL for a module
without Py_mod_gil). Usage: ext_suffix.py DIR NAME"""
import importlib
import importlib.machinery
import os
import platform
import sys
import sysconfig

directory, name = sys.argv[1:]
sys.path.insert(0, directory)
module = importlib.import_module(name)
base = os.path.basename(module.__file__)
suffix = base[len(name):]
if suffix == sysconfig.get_config_var("EXT_SUFFIX"):
    kind = "EXT_SUFFIX"
elif suffix in importlib.machinery.EXTENSION_SUFFIXES and ".abi3" in suffix:
    kind = "abi3"
else:
    kind = "unexpected suffix"
build = ("free-threaded" if sysconfig.get_config_var("Py_GIL_DISABLED")
         else "GIL")
print("%s: %s, %s %d.%d (%s)" % (base, kind, platform.python_implementation(),
                                 sys.version_info[0], sys.version_info[1],
                                 build))
