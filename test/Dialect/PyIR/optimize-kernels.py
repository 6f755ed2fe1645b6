# RUN: pyirc --emit=pyir %s | pyir-opt --pyir-O2 | FileCheck %s
# RUN: pyirc --emit=pyir %s | pyir-opt --pyir-O2 | FileCheck %s --check-prefix=CF

# End to end: the frontend's IR through the -O2 pipeline. Checks proven
# redundant vanish, the others stay, and the result is CF form again.
# CF-NOT: scf.
# CF-NOT: ub.poison

from pyir import f64, i64


# Both loads of a[i] in range(len(a)) are in bounds: no check, and CSE then
# merges them.
# CHECK-LABEL: func.func @norm
# CHECK: %[[N:.*]] = pyir.dim %arg0[0]
# CHECK: arith.cmpi slt
# CHECK: %[[X:.*]] = pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
# CHECK-NOT: pyir.load
# CHECK: pyir.mul %[[X]], %[[X]] : f64
def norm(a: f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += a[i] * a[i]
    return s


# b is indexed by a's length: the loop is versioned on len(a) <= len(b);
# the first copy has no check, the second (the original) keeps the bounds
# check on b (wraparound goes: i >= 0).
# CHECK-LABEL: func.func @dot
# CHECK: %[[COUNT:.*]] = arith.select
# CHECK: %[[NB:.*]] = pyir.dim %arg1[0]
# CHECK: %[[GUARD:.*]] = arith.cmpi sle, %[[COUNT]], %[[NB]]
# CHECK: cf.cond_br %[[GUARD]]
# CHECK: pyir.load %arg0[%[[I:.*]]] : !pyir.view<f64, 1>
# CHECK: pyir.load %arg1[%[[I]]] : !pyir.view<f64, 1>
# CHECK: pyir.load %arg0[%[[J:.*]]] : !pyir.view<f64, 1>
# CHECK: pyir.load %arg1[%[[J]]] boundscheck : !pyir.view<f64, 1>
def dot(a: f64[:], b: f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


# Prefix sum: the load is in bounds, the store to another view needs the
# guard len(a) <= len(out) (without it, the checked copy runs); the int sum
# keeps its overflow check in both copies.
# CHECK-LABEL: func.func @prefix_sum
# CHECK: arith.cmpi sle
# CHECK: pyir.load %arg0[%[[I:.*]]] : !pyir.view<si64, 1>
# CHECK: pyir.add checked
# CHECK: pyir.store %{{.*}}, %arg1[%[[I]]] : !pyir.view<si64, 1>
# CHECK: pyir.load %arg0[%[[J:.*]]] : !pyir.view<si64, 1>
# CHECK: pyir.add checked
# CHECK: pyir.store %{{.*}}, %arg1[%[[J]]] boundscheck : !pyir.view<si64, 1>
def prefix_sum(a: i64[:], out: i64[:]) -> int:
    s = 0
    for i in range(len(a)):
        s += a[i]
        out[i] = i64(s)
    return s


# A stencil over range(1, len(a) - 1): a[i - 1] and a[i + 1] are in bounds
# and i - 1, i + 1 cannot overflow; out[i] = out[k + 1] for the counter k
# needs count <= len(out) - 1: versioned on it, the checked copy keeps the
# check.
# CHECK-LABEL: func.func @stencil
# CHECK-NOT: checked
# CHECK: %[[NO:.*]] = pyir.dim %arg1[0]
# CHECK: %[[LIMIT:.*]] = arith.subi %[[NO]], %{{.*}}
# CHECK: arith.cmpi sle, %{{.*}}, %[[LIMIT]]
# CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
# CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
# CHECK: pyir.store %{{.*}}, %arg1[%{{.*}}] : !pyir.view<f64, 1>
# CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
# CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
# CHECK: pyir.store %{{.*}}, %arg1[%{{.*}}] boundscheck : !pyir.view<f64, 1>
# CHECK: return
def stencil(a: f64[:], out: f64[:]) -> None:
    for i in range(1, len(a) - 1):
        x = a[i - 1] + a[i + 1]
        out[i] = x
    return None


# The loop bound is a parameter, not the length: i >= 0 drops wraparound;
# the loop is versioned on max(n, 0) <= len(a), the checked copy keeps the
# bounds check.
# CHECK-LABEL: func.func @bound_not_dim
# CHECK: %[[COUNT:.*]] = arith.select
# CHECK: %[[NA:.*]] = pyir.dim %arg0[0]
# CHECK: arith.cmpi sle, %[[COUNT]], %[[NA]]
# CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<f64, 1>
# CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
def bound_not_dim(a: f64[:], n: int) -> float:
    s = 0.0
    for i in range(n):
        s += a[i]
    return s


# A negative step: i = len(a) - 1 - k stays in [0, len(a)).
# CHECK-LABEL: func.func @reverse
# CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<si64, 1>
def reverse(a: i64[:]) -> int:
    s = 0
    for i in range(len(a) - 1, -1, -1):
        s += a[i]
    return s


# A negative step that starts one past the end: a[len(a)] raises; the
# check must stay (and the trip count len(a) + 1 may exceed 2**63 - 1, so
# the loop keeps its unsigned test and is not lifted).
# CHECK-LABEL: func.func @reverse_off_by_one
# CHECK: pyir.load %arg0[%{{.*}}] boundscheck wraparound : !pyir.view<si64, 1>
def reverse_off_by_one(a: i64[:]) -> int:
    s = 0
    for i in range(len(a), -1, -1):
        s += a[i]
    return s


# One past the end: a[i + 1] over range(len(a)) may be out of bounds.
# CHECK-LABEL: func.func @off_by_one
# CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
def off_by_one(a: f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += a[i + 1]
    return s


# An index from a parameter keeps both checks.
# CHECK-LABEL: func.func @param_index
# CHECK: pyir.load %arg0[%arg1] boundscheck wraparound : !pyir.view<f64, 1>
def param_index(a: f64[:], i: int) -> float:
    return a[i]


# An index that may be negative keeps wraparound.
# CHECK-LABEL: func.func @maybe_negative
# CHECK: pyir.load %arg0[%{{.*}}] boundscheck wraparound : !pyir.view<f64, 1>
def maybe_negative(a: f64[:]) -> float:
    s = 0.0
    for i in range(len(a)):
        s += a[i - 1]
    return s


# A loop with an early return is not lifted, but its body runs only when
# the counter k <u max(len(a), 0): a[k] is in bounds.
# CHECK-LABEL: func.func @find
# CHECK: pyir.load %arg0[%{{.*}}] : !pyir.view<si64, 1>
def find(a: i64[:], x: int) -> int:
    for i in range(len(a)):
        if a[i] == x:
            return i
    return -1


# The same with a bound that is a parameter: the counter is below
# max(n, 0), which may exceed len(a): checked (wraparound goes, k >= 0).
# CHECK-LABEL: func.func @find_n
# CHECK: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<si64, 1>
def find_n(a: i64[:], n: int, x: int) -> int:
    for i in range(n):
        if a[i] == x:
            return i
    return -1
