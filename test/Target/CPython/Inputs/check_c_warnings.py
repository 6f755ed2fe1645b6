"""Compiles the C that pyirc generates for each input at -O0 and -O2 with
the C compiler's warnings as errors (-Wall -Wextra; unused temporaries and
parameters of the generated code excepted). pyirc builds extensions with -w
(the warnings would be about C the user did not write), so this is what
keeps the backend warning-free.

    check_c_warnings.py [--pyirc-arg=ARG...] PYIRC INPUT.py...

(--pyirc-arg=--limited-api=3.11: the glue under the limited API.)
"""
import os
import subprocess
import sys
import sysconfig
import tempfile

FLAGS = ["-fsyntax-only", "-std=c11", "-Wall", "-Wextra", "-Werror",
         "-Wno-unused-parameter", "-Wno-unused-variable",
         "-Wno-unused-but-set-variable", "-Wno-unused-label",
         "-Wno-unused-function"]


def main():
    args = sys.argv[1:]
    extra = [a[len("--pyirc-arg="):] for a in args
             if a.startswith("--pyirc-arg=")]
    args = [a for a in args if not a.startswith("--pyirc-arg=")]
    pyirc, inputs = args[0], args[1:]
    include = sysconfig.get_paths()["include"]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for source in inputs:
            for level in ("-O0", "-O2"):
                c_file = os.path.join(tmp, "m.c")
                subprocess.run([pyirc, level, "--emit=c", source, "-o",
                                c_file] + extra, check=True)
                done = subprocess.run(["cc"] + FLAGS + ["-I" + include,
                                                        c_file],
                                      capture_output=True, text=True)
                name = "%s %s" % (os.path.basename(source), level)
                if done.returncode != 0:
                    failures += 1
                    print("FAIL %s\n%s" % (name, done.stderr[:3000]))
                else:
                    print("clean %s" % name)
    print("%d failures" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
