"""The PyIR numeric type names and the typed-view annotations built from them.

Every name (``i8 i16 i32 i64 u8 u16 u32 u64 f32 f64``) is a
:class:`ScalarType` instance that plays two roles:

* a **conversion function** - ``i32(x)`` wraps an integer modulo 2**32 into
  the signed range, ``u8(x)`` modulo 2**8 into [0, 256), ``f32(x)`` rounds to
  the nearest binary32, ``f64(x)`` is ``float(x)``. The results are plain
  Python ``int`` / ``float`` objects and equal what compiled code computes.
* an **annotation** - subscripting with slices describes a typed view of a
  buffer: ``f64[:]`` (1-D), ``f64[:, :]`` (2-D), up to 4 dimensions, and
  ``::1`` on the last axis to require C-contiguity (``u8[::1]``,
  ``f64[:, ::1]``). The result is a :class:`ViewType`.
"""

from . import _convert, _tables

__all__ = [
    "ScalarType", "ViewType", "MAX_VIEW_NDIM", "SCALAR_TYPES", "TypeVar",
    "GenericView", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64",
]

#: The largest number of dimensions a view annotation may have
#: (PYIR_MAX_RANK of the C runtime's pyir_abi.h).
MAX_VIEW_NDIM = _tables.MAX_RANK


class ScalarType(object):
    """A fixed-width numeric type: conversion function and view element type.

    Attributes:
        name: the PyIR spelling, e.g. ``"i32"``.
        kind: ``"i"`` (signed integer), ``"u"`` (unsigned) or ``"f"`` (float).
        bits: the width in bits; ``itemsize`` is the width in bytes.
        min, max: the range of an integer type (``None`` for floats).
    """

    __slots__ = ("name", "kind", "bits", "itemsize", "min", "max")

    def __init__(self, name, kind, bits):
        if kind not in ("i", "u", "f"):
            raise ValueError("kind must be 'i', 'u' or 'f', not %r" % (kind,))
        self.name = name
        self.kind = kind
        self.bits = bits
        self.itemsize = bits // 8
        if kind == "i":
            self.min, self.max = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        elif kind == "u":
            self.min, self.max = 0, (1 << bits) - 1
        else:
            self.min = self.max = None

    @property
    def __name__(self):
        """The PyIR spelling, so the type reads like a function name."""
        return self.name

    @property
    def is_integer(self):
        """True for the ``iN`` and ``uN`` types."""
        return self.kind != "f"

    @property
    def is_signed(self):
        """True for the ``iN`` and ``fN`` types."""
        return self.kind != "u"

    def __call__(self, x):
        """Convert ``x`` to this type's value set; see the module docstring.

        Integer types: ``x`` (an int, a bool, a float truncated like
        ``int(x)``, or an object with ``__index__``) modulo 2**bits, two's
        complement. ``f32``: nearest binary32 value. ``f64``: ``float(x)``.
        Other argument types raise ``TypeError``.
        """
        if self.kind == "f":
            if self.bits == 32:
                return _convert.round_f32(self.name, x)
            return _convert.to_f64(self.name, x)
        return _convert.wrap_int(self.name, self.bits, self.kind == "i", x)

    def __getitem__(self, dims):
        """Build the view annotation ``self[dims]``; see :class:`ViewType`."""
        return ViewType._from_subscript(self, dims)

    def __repr__(self):
        return self.name

    def __reduce__(self):
        # The ten instances are singletons: pickle them by name.
        return self.name


class ViewType(object):
    """A typed-view annotation such as ``f64[:, ::1]``.

    Attributes:
        dtype: the element :class:`ScalarType`.
        ndim: the number of dimensions, 1 to :data:`MAX_VIEW_NDIM`.
        contiguous: True when the annotation ends in ``::1`` (the buffer
            must be C-contiguous).

    Instances compare equal (and hash equal) when all three attributes match.
    """

    __slots__ = ("dtype", "ndim", "contiguous")

    def __init__(self, dtype, ndim, contiguous=False):
        if not isinstance(dtype, ScalarType):
            raise TypeError("view element type must be a pyir scalar type, "
                            "not %r" % (dtype,))
        if (not isinstance(ndim, int) or isinstance(ndim, bool)
                or not 1 <= ndim <= MAX_VIEW_NDIM):
            raise ValueError("view ndim must be an int from 1 to %d, not %r"
                             % (MAX_VIEW_NDIM, ndim))
        if not isinstance(contiguous, bool):
            raise TypeError("contiguous must be a bool, not %r"
                            % (contiguous,))
        self.dtype = dtype
        self.ndim = ndim
        self.contiguous = contiguous

    @classmethod
    def _from_subscript(cls, dtype, dims):
        """Validate the subscript of ``dtype[dims]`` and build the view."""
        items = dims if isinstance(dims, tuple) else (dims,)
        usage = ("use ':' per axis, optionally '::1' on the last axis, "
                 "e.g. %s[:], %s[:, :] or %s[:, ::1]"
                 % (dtype.name, dtype.name, dtype.name))
        if not items:
            raise TypeError("%s[()]: a view needs at least one dimension; %s"
                            % (dtype.name, usage))
        if len(items) > MAX_VIEW_NDIM:
            raise TypeError("%s[...] with %d dimensions: views have at most "
                            "%d dimensions" % (dtype.name, len(items),
                                               MAX_VIEW_NDIM))
        contiguous = False
        last = len(items) - 1
        for axis, item in enumerate(items):
            if not isinstance(item, slice):
                raise TypeError("%s[...]: axis %d is %r, not a slice; %s"
                                % (dtype.name, axis, item, usage))
            if item.start is not None or item.stop is not None:
                raise TypeError("%s[...]: axis %d has bounds (%s); view "
                                "annotations take no start or stop; %s"
                                % (dtype.name, axis, _slice_text(item),
                                   usage))
            step = item.step
            if step is None:
                continue
            if type(step) is not int or step != 1:
                raise TypeError("%s[...]: axis %d has step %r; only '::1' "
                                "(C-contiguous) is allowed; %s"
                                % (dtype.name, axis, step, usage))
            if axis != last:
                raise TypeError("%s[...]: '::1' on axis %d; only the last "
                                "axis may be '::1' (C-contiguous views; "
                                "Fortran order is not supported)"
                                % (dtype.name, axis))
            contiguous = True
        return cls(dtype, len(items), contiguous)

    def __repr__(self):
        axes = [":"] * self.ndim
        if self.contiguous:
            axes[-1] = "::1"
        return "%s[%s]" % (self.dtype.name, ", ".join(axes))

    def __eq__(self, other):
        if not isinstance(other, ViewType):
            return NotImplemented
        return (self.dtype is other.dtype and self.ndim == other.ndim
                and self.contiguous == other.contiguous)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((ViewType, self.dtype.name, self.ndim, self.contiguous))

    def __getitem__(self, dims):
        raise TypeError("%r cannot be subscripted again; write all axes in "
                        "one subscript, e.g. %s[:, :]"
                        % (self, self.dtype.name))

    def __call__(self, *args, **kwargs):
        raise TypeError("%r is an annotation, not a conversion function"
                        % (self,))


def _slice_text(s):
    """Render a slice as source text, e.g. ``0:4`` or ``::2``."""
    parts = ["" if s.start is None else repr(s.start),
             "" if s.stop is None else repr(s.stop)]
    if s.step is not None:
        parts.append(repr(s.step))
    return ":".join(parts)


i8 = ScalarType("i8", "i", 8)
i16 = ScalarType("i16", "i", 16)
i32 = ScalarType("i32", "i", 32)
i64 = ScalarType("i64", "i", 64)
u8 = ScalarType("u8", "u", 8)
u16 = ScalarType("u16", "u", 16)
u32 = ScalarType("u32", "u", 32)
u64 = ScalarType("u64", "u", 64)
f32 = ScalarType("f32", "f", 32)
f64 = ScalarType("f64", "f", 64)

#: Every scalar type by its PyIR name.
SCALAR_TYPES = dict((t.name, t) for t in
                    (i8, i16, i32, i64, u8, u16, u32, u64, f32, f64))


class TypeVar(object):
    """A constrained type variable for generic functions (docs/language.md
    §8): ``T = TypeVar("T", f32, f64)``, then ``def scale(a: T[:], k: T)``.

    Interpreted, a generic function is an ordinary function; the type
    variable only needs to work as an annotation: ``T`` for a scalar and
    ``T[:]``, ``T[::1]``, ``T[:, :]`` ... for views (a :class:`GenericView`),
    and as a conversion function in the body (``T(0)``), which returns its
    argument unchanged (the compiled specialisations convert to the bound
    type; the result of an interpreted call is the argument's own value).

    Attributes:
        name: the name given (the variable it is assigned to).
        constraints: the tuple of accepted types, in order.
    """

    __slots__ = ("name", "constraints")

    def __init__(self, name, *constraints):
        if not isinstance(name, str):
            raise TypeError("TypeVar() name must be a str, not %r" % (name,))
        if len(constraints) < 2:
            raise TypeError("TypeVar(%r) needs at least two constraints, "
                            "e.g. TypeVar(%r, f32, f64)" % (name, name))
        for c in constraints:
            if not (isinstance(c, ScalarType) or c in (int, float, bool)):
                raise TypeError("TypeVar(%r) constraint %r is not a pyir "
                                "scalar type (int, float, bool, i8 ... f64)"
                                % (name, c))
        self.name = name
        self.constraints = tuple(constraints)

    @property
    def __name__(self):
        return self.name

    def __getitem__(self, dims):
        """The generic view annotation ``T[dims]``."""
        items = dims if isinstance(dims, tuple) else (dims,)
        views = [ViewType._from_subscript(c, dims) for c in self.constraints
                 if isinstance(c, ScalarType)]
        if len(views) != len(self.constraints):
            raise TypeError("%s[...]: every constraint of a view's type "
                            "variable must be a pyir type (i8 ... f64)"
                            % self.name)
        return GenericView(self, len(items), views[0].contiguous)

    def __call__(self, x):
        """``T(x)`` interpreted: ``x`` unchanged (see the class docstring)."""
        return x

    def __repr__(self):
        return "~" + self.name


class GenericView(object):
    """The view annotation ``T[...]`` of a :class:`TypeVar` ``T``.

    Attributes:
        typevar: the :class:`TypeVar`.
        ndim, contiguous: as in :class:`ViewType`.
    """

    __slots__ = ("typevar", "ndim", "contiguous")

    def __init__(self, typevar, ndim, contiguous):
        self.typevar = typevar
        self.ndim = ndim
        self.contiguous = contiguous

    def __repr__(self):
        axes = [":"] * self.ndim
        if self.contiguous:
            axes[-1] = "::1"
        return "%s[%s]" % (self.typevar.name, ", ".join(axes))
