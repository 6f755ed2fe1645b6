# The pyir dialect of a function: Python's checked int arithmetic is explicit.
# RUN: %pyirc --emit=pyir %s | FileCheck %s


# CHECK-LABEL: func.func @scale
# CHECK: %[[P:.*]] = pyir.mul checked %arg0, %arg1 : i64
# CHECK: pyir.add checked %[[P]], %{{.*}} : i64
def scale(x: int, k: int) -> int:
    return x * k + 1
