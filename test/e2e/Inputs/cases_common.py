"""Factories shared by the CASES files of harness.py (which puts their
directory on sys.path)."""
import numpy as np


def mk(*factories, **kw):
    """A call's arguments: each factory called (a fresh buffer per call),
    other values as they are."""
    return lambda: (tuple(f() if callable(f) else f for f in factories),
                    {k: (v() if callable(v) else v) for k, v in kw.items()})


def vec(n=7):
    return lambda: np.arange(1.0, n + 1.0)


def mv(n=7):
    return lambda: memoryview(np.arange(1.0, n + 1.0))
