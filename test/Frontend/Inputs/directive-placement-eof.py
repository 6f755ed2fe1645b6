from pyir import f64


# EOF-LABEL: func.func @f
# EOF: pyir.load %arg0[%{{.*}}] boundscheck : !pyir.view<f64, 1>
def f(a: f64[:], i: int) -> float:
    return a[i]
# pyir: wraparound=False