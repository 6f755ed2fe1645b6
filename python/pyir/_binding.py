"""The type a type variable stands for, interpreted.

Compiled, `pyir.empty(n, T)` in a generic function allocates the element
type its specialisation binds `T` to (docs/language.md §8, §10).
Interpreted, the function is an ordinary function; `bound_type` finds,
from the running call's frame, the type the compiled dispatcher would
choose from the same arguments: the deciding argument is the first view
parameter annotated `T[...]`, else the first scalar parameter annotated
`T`, and it selects a constraint by the rules of §8.
"""
from .types import GenericView, ScalarType, TypeVar

# Buffer item formats (struct codes, without a byte-order prefix) by the
# kind of number they hold.
_FLOAT_FORMATS = "efd"
_SIGNED_FORMATS = "bhilqn"
_UNSIGNED_FORMATS = "BHILQN"


def item_kind(fmt):
    """The kind of number ("f", "i" or "u", as ScalarType.kind) a buffer's
    item format holds, or None (§6: kind and size select the type; `l`
    and `q` are both i64 on LP64)."""
    code = fmt.lstrip("@=<>!")
    if len(code) != 1:
        return None
    return ("f" if code in _FLOAT_FORMATS else
            "i" if code in _SIGNED_FORMATS else
            "u" if code in _UNSIGNED_FORMATS else None)



def _annotation_head(text):
    """("T", True) for "T[:]", ("T", False) for "T": the leading name of a
    string annotation and whether a subscript follows."""
    text = text.strip()
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return text[:end], text[end:].lstrip().startswith("[")


def typevar_name(t):
    """The name of a pyir or typing type variable, else None."""
    if isinstance(t, TypeVar):
        return t.name
    if type(t).__name__ == "TypeVar" and hasattr(t, "__constraints__"):
        return t.__name__
    return None


def typevar_constraints(t):
    return t.constraints if isinstance(t, TypeVar) else t.__constraints__


def _function_of(frame):
    """The module-level function whose call `frame` runs, or None."""
    code = frame.f_code
    for value in frame.f_globals.values():
        while value is not None:
            if getattr(value, "__code__", None) is code:
                return value
            value = getattr(value, "__wrapped__", None)
    return None


def _uses(annotation, typevar, func):
    """'view' if `annotation` is `T[...]` of `typevar`, 'scalar' if it is
    `T`, else None; string annotations (`from __future__ import
    annotations`) are read by name."""
    name = typevar_name(typevar)
    if isinstance(annotation, str):
        head, subscripted = _annotation_head(annotation)
        if head != name or func.__globals__.get(name) is not typevar:
            return None
        return "view" if subscripted else "scalar"
    if isinstance(annotation, GenericView) and annotation.typevar is typevar:
        return "view"
    if annotation is typevar:
        return "scalar"
    return None


def _buffer_type(func, param, value, typevar):
    """The constraint a view argument selects (its item kind and size)."""
    constraints = typevar_constraints(typevar)
    names = [c.name for c in constraints]
    # "f32, f64 or i64", as the compiled dispatcher says it.
    names = ", ".join(names[:-1]) + " or " + names[-1]
    try:
        view = memoryview(value)
    except TypeError:
        raise TypeError("%s() argument '%s' must be a buffer (%s), not %s"
                        % (func.__name__, param, names,
                           type(value).__name__)) from None
    with view:
        fmt, size = view.format, view.itemsize
    kind = item_kind(fmt)
    for c in constraints:
        if isinstance(c, ScalarType) and c.kind == kind and \
                c.itemsize == size:
            return c
    raise TypeError("%s() argument '%s' must be a buffer of %s, got item "
                    "format '%s' (%d bytes)" % (func.__name__, param, names,
                                                fmt, size))


def _is_integer(c):
    return c is int or (isinstance(c, ScalarType) and c.kind != "f")


def _is_float(c):
    return c is float or (isinstance(c, ScalarType) and c.kind == "f")


def _scalar_type(value, typevar):
    """The constraint a scalar argument selects (its Python type)."""
    constraints = typevar_constraints(typevar)
    if isinstance(value, bool) and bool in constraints:
        return bool
    if hasattr(value, "__index__"):
        for c in constraints:
            if _is_integer(c):
                return c
    if hasattr(value, "__index__") or hasattr(value, "__float__"):
        for c in constraints:
            if _is_float(c):
                return c
    return constraints[0]


def bound_type(typevar, frame):
    """The constraint of `typevar` that the call running in `frame` binds
    it to. TypeError if that function has no parameter of the variable."""
    func = _function_of(frame)
    name = typevar_name(typevar)
    if func is None:
        raise TypeError("type variable %s used outside a module-level "
                        "function" % name)
    annotations = getattr(func, "__annotations__", {})
    code = func.__code__
    params = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    # Each parameter's default (absent: a fresh object nothing is).
    defaults = dict(zip(params[code.co_argcount - len(func.__defaults__ or
                                                      ()):code.co_argcount],
                        func.__defaults__ or ()))
    defaults.update(func.__kwdefaults__ or {})
    uses = [(p, _uses(annotations.get(p), typevar, func)) for p in params]
    for kind in ("view", "scalar"):
        for param, use in uses:
            if use != kind:
                continue
            value = frame.f_locals[param]
            if kind == "view":
                return _buffer_type(func, param, value, typevar)
            # A deciding argument left to its default selects the first
            # constraint (§8); an explicit argument that is the very default
            # object is taken for it.
            if value is defaults.get(param, uses):
                return typevar_constraints(typevar)[0]
            return _scalar_type(value, typevar)
    raise TypeError("%s() has no parameter of type variable %s"
                    % (func.__name__, name))
