"""Builds claims.c into OUTDIR with the interpreter's compiler and flags."""
import os
import subprocess
import sys
import sysconfig

out = sys.argv[1]
cc = (os.environ.get("CC") or sysconfig.get_config_var("CC")).split()
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "claims.c")
subprocess.check_call(cc + ["-shared", "-fPIC", "-O1", "-w",
                            "-I" + sysconfig.get_paths()["include"], src, "-o",
                            os.path.join(out, "claims" +
                                         sysconfig.get_config_var("EXT_SUFFIX"))])
