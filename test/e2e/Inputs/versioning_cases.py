"""Differential cases for versioning.py: extents that pass and that fail
each guard (IndexError at the same iteration, same partial writes)."""
import numpy as np

MODULE = "versioning.py"


def f(*values):
    return np.array(values, dtype=np.float64)


def call(*args):
    return lambda: (tuple(a.copy() if isinstance(a, np.ndarray) else a
                          for a in args), {})


A = np.arange(1.0, 9.0)
G = np.arange(30.0).reshape(5, 6)

CASES = {
    "dot": [call(A, A), call(A, np.ones(20)), call(A, np.ones(7)),
            call(A, np.ones(0)), call(f(), f()), call(f(), np.ones(3)),
            call(A[::2], A[::-3]), call(A[::-1], A[1:])],
    "saxpy": [call(2.0, A, np.ones(8)), call(2.0, A, np.ones(9)),
              call(2.0, A, np.ones(5)), call(-1.5, f(), f()),
              call(0.5, A, np.ones(0))],
    "shifted": [call(A, np.zeros(8)), call(A, np.zeros(6)),
                call(A, np.zeros(5)), call(A, np.zeros(0)),
                call(A[:3], np.zeros(1)), call(A[:3], np.zeros(0)),
                call(A[:2], np.zeros(0)), call(A[::-2], np.zeros(2))],
    "stencil2d": [call(G, np.zeros((5, 6))), call(G, np.zeros((9, 9))),
                  call(G, np.zeros((4, 6))), call(G, np.zeros((5, 5))),
                  call(G, np.zeros((3, 3))), call(G[:2], np.zeros((1, 1))),
                  call(G[:, :1], np.zeros((0, 0)))],
    "matmul": [call(G[:2, :3], G[:3, :4], np.zeros((2, 4))),
               call(G[:2, :3], G[:3, :4], np.zeros((3, 5))),
               call(G[:2, :3], G[:2, :4], np.zeros((2, 4))),
               call(G[:2, :3], G[:3, :4], np.zeros((2, 3))),
               call(G[:2, :3], G[:3, :4], np.zeros((1, 4))),
               call(G[::2, ::-1], G[:6, ::2], np.zeros((3, 3)))],
    "triangle": [call(np.arange(10), 10), call(np.arange(10), 11),
                 call(np.arange(10), 12), call(np.arange(10), 0),
                 call(np.arange(10), -4), call(np.arange(3)[::-1], 4)],
    "scan_while": [call(A, 0, 5.0), call(A, 0, 99.0), call(A, -1, 5.0),
                   call(A, 8, 5.0), call(A, 2**63 - 1, 1.0),
                   call(A, -2**63, 1.0), call(f(), 0, 1.0),
                   call(A[::-1], 3, 1.0)],
    "copy_n": [call(np.arange(6), np.zeros(6, dtype=np.int64), 6),
               call(np.arange(6), np.zeros(4, dtype=np.int64), 6),
               call(np.arange(4), np.zeros(6, dtype=np.int64), 6),
               call(np.arange(6), np.zeros(6, dtype=np.int64), -1),
               call(np.arange(6), np.zeros(6, dtype=np.int64), 7)],
    "pair_weights": [call(0), call(1), call(37), call(-3)],
    "mul_av": [call(A, np.zeros(8)), call(A[::-1].copy(), np.zeros(8)),
               call(f(), f()), call(A, np.zeros(7))],
    "evens": [call(A, 0, 8), call(A, 1, 8), call(A, 0, 9), call(A, 0, 10),
              call(A, -2, 8), call(A, -9, 3), call(A, 5, 2), call(f(), 0, 0),
              call(A[::-1], 3, 7), call(A, 2**63 - 2, 2**63 - 1),
              call(A, -2**63, -2**63 + 3)],
    "stepped": [call(A, 0, 1), call(A, 0, 3), call(A, 7, -1), call(A, 8, -1),
                call(A, 9, -2), call(A, -1, 1), call(A, -1, -1),
                call(A, -20, 5), call(A, 3, 0), call(f(), 0, 1),
                call(f(), -1, -1), call(A, 2**63 - 1, -2**62),
                call(A, -2**63, 2**63 - 1), call(A[::2], 1, 2)],
}
