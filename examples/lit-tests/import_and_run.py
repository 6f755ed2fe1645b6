# Compiled into an extension for %python, imported and called.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %pyirc %s -o %t/
# RUN: env PYTHONPATH=%t %python -c "import import_and_run as m; print(m.__file__.endswith('.so'), m.clamp(7, 0, 5), m.clamp(-3, 0, 5))" | FileCheck %s
# CHECK: True 5 0


def clamp(x: int, lo: int, hi: int) -> int:
    return min(max(x, lo), hi)
