"""Allocation: ``pyir.empty``, ``pyir.zeros`` and ``pyir.empty_like``.

The interpreted side of docs/language.md §11. The result is a NumPy array
when NumPy is importable, else a ``memoryview`` (over a ``bytearray``):
exactly what a compiled module returns, so the differential rule covers
allocating functions and NumPy stays optional. Either way the result is
C-contiguous, with the element type's canonical format (the struct codes of
``FORMATS``: ``d f b h i q B H I Q``; NumPy reports ``l``/``L`` for the
64-bit integers on LP64, the same kind and size).
"""

import sys

from ._binding import bound_type, item_kind, typevar_name
from .types import ScalarType, SCALAR_TYPES, MAX_VIEW_NDIM

_NUMPY = []  # [numpy or None], imported on first allocation


def _numpy():
    """NumPy, or None when it is not importable (optional at run time)."""
    if not _NUMPY:
        try:
            import numpy
        except ImportError:
            numpy = None
        _NUMPY.append(numpy)
    return _NUMPY[0]

#: The struct code of each element type (the memoryview's format).
FORMATS = {"f64": "d", "f32": "f", "i8": "b", "i16": "h", "i32": "i",
           "i64": "q", "u8": "B", "u16": "H", "u32": "I", "u64": "Q"}

NEGATIVE_DIMENSIONS = "negative dimensions are not allowed"
#: PY_SSIZE_T_MAX: the most bytes an array may have (compiled: the same).
MAX_BYTES = (1 << 63) - 1


def _shape(shape):
    """The shape as a tuple of ints, checked as compiled code checks it."""
    if isinstance(shape, tuple):
        dims = tuple(int(d.__index__()) for d in shape)
    else:
        dims = (shape.__index__(),)
    if not 1 <= len(dims) <= MAX_VIEW_NDIM:
        raise TypeError("pyir arrays have 1 to %d dimensions, not %d"
                        % (MAX_VIEW_NDIM, len(dims)))
    return dims


def _allocate(dims, t, zero):
    if not isinstance(t, ScalarType):
        raise TypeError("the element type must be a pyir type (f64, i32, ...), "
                        "not %r" % (t,))
    if any(d < 0 for d in dims):
        raise ValueError(NEGATIVE_DIMENSIONS)
    nbytes = t.itemsize
    for d in dims:
        nbytes *= d
    if nbytes > MAX_BYTES:
        raise MemoryError("array too large: %d bytes" % nbytes)
    np = _numpy()
    if np is not None:
        return (np.zeros if zero else np.empty)(dims, np.dtype(FORMATS[t.name]))
    return _memoryview(dims, FORMATS[t.name], t.itemsize, nbytes)


def _memoryview(dims, fmt, itemsize, nbytes):
    """A memoryview of shape `dims` over a new zeroed bytearray. A memoryview
    cannot be cast to a shape with a zero extent: one on the first axis
    (only) is a slice of a one-row view; one on a later axis cannot be
    made."""
    if nbytes:
        return memoryview(bytearray(nbytes)).cast(fmt, dims)
    if 0 in dims[1:]:
        raise NotImplementedError(
            "without NumPy, an array with a zero extent after the first "
            "axis cannot be made")
    rows = tuple(d or 1 for d in dims)
    size = itemsize
    for d in rows:
        size *= d
    if size > MAX_BYTES:
        raise MemoryError("array too large: %d bytes" % size)
    return memoryview(bytearray(size)).cast(fmt, rows)[0:0]


def _element(t):
    """`t`, or for a type variable the type the calling generic function's
    arguments bind it to (as its compiled specialisation would: _binding)."""
    if typevar_name(t) is not None:
        # 0: _element, 1: empty or zeros, 2: the generic function.
        return bound_type(t, sys._getframe(2))
    return t


def empty(shape, t):
    """A new array of `shape` (an int or a tuple of ints) and element type
    `t` (a pyir type, or a type variable of the calling generic function);
    its elements are unspecified until written (as NumPy's)."""
    return _allocate(_shape(shape), _element(t), False)


def zeros(shape, t):
    """A new array of `shape` and element type `t`, filled with zeros."""
    return _allocate(_shape(shape), _element(t), True)


def element_type(view):
    """The pyir element type of a buffer's items (kind and size, §6)."""
    m = memoryview(view)
    kind = item_kind(m.format)
    for t in SCALAR_TYPES.values():
        if t.kind == kind and t.itemsize == m.itemsize:
            return t
    raise TypeError("no pyir element type has item format %r" % (m.format,))


def empty_like(view):
    """A new C-contiguous array with the shape and element type of `view`."""
    return _allocate(tuple(memoryview(view).shape), element_type(view), False)
