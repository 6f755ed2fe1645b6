from pyir import f64


def last(a: f64[:]) -> f64:
    acc = 0.0
    for i in range(len(a)):
        if a[i] > 0.0:
            acc += a[i]
    return acc
