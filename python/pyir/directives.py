"""The PyIR directive decorators (no-ops when interpreted).

The compiler reads these decorators from the source; interpreted, each one
returns the decorated function itself, unchanged except for a record of the
directives in ``func.__pyir_directives__`` (a dict such as
``{"boundscheck": False, "wraparound": False}``) for introspection.

Flag directives take exactly one ``bool``::

    @boundscheck(False)
    @wraparound(False)
    def f(a: f64[:]) -> float: ...

``nogil`` and ``inline`` work bare or with a flag: ``@nogil``, ``@nogil(True)``,
``@nogil(False)``. Anything other than a ``bool`` flag raises ``TypeError``,
so a mistake is caught interpreted as well as compiled.
"""

__all__ = ["boundscheck", "wraparound", "cdivision", "overflowcheck",
           "nogil", "inline", "DIRECTIVE_DEFAULTS", "get_directives"]

#: The directives and their defaults (``inline`` is off unless requested).
DIRECTIVE_DEFAULTS = {
    "boundscheck": True,
    "wraparound": True,
    "cdivision": False,
    "overflowcheck": True,
    "nogil": False,
    "inline": False,
}

_ATTR = "__pyir_directives__"


def _check_flag(name, flag):
    if not isinstance(flag, bool):
        hint = ""
        if callable(flag):
            hint = "; write @%s(True) or @%s(False), not bare @%s" % (
                name, name, name)
        raise TypeError("%s() flag must be a bool (True or False), not %s%s"
                        % (name, type(flag).__name__, hint))
    return flag


def _record(name, flag, func):
    """Record ``name=flag`` on ``func`` and return ``func`` itself."""
    if not callable(func) or isinstance(func, type):
        raise TypeError("@%s can only decorate a function, not %s"
                        % (name, type(func).__name__))
    directives = dict(getattr(func, _ATTR, None) or {})
    directives[name] = flag
    try:
        setattr(func, _ATTR, directives)
    except (AttributeError, TypeError):
        raise TypeError("@%s can only decorate a function, not %s"
                        % (name, type(func).__name__))
    return func


def _flag_directive(name, doc):
    def directive(flag):
        _check_flag(name, flag)

        def decorator(func):
            return _record(name, flag, func)
        decorator.__name__ = decorator.__qualname__ = "%s(%r)" % (name, flag)
        decorator.__doc__ = "Record %s=%r on a function; return it." % (
            name, flag)
        return decorator
    directive.__name__ = directive.__qualname__ = name
    directive.__doc__ = doc
    return directive


def _bare_or_flag_directive(name, doc):
    def directive(func_or_flag=True):
        if isinstance(func_or_flag, bool):
            flag = func_or_flag

            def decorator(func):
                return _record(name, flag, func)
            decorator.__name__ = decorator.__qualname__ = "%s(%r)" % (
                name, flag)
            decorator.__doc__ = "Record %s=%r on a function; return it." % (
                name, flag)
            return decorator
        if callable(func_or_flag) and not isinstance(func_or_flag, type):
            return _record(name, True, func_or_flag)
        raise TypeError("%s() takes a function (bare @%s) or a bool flag, "
                        "not %s" % (name, name, type(func_or_flag).__name__))
    directive.__name__ = directive.__qualname__ = name
    directive.__doc__ = doc
    return directive


boundscheck = _flag_directive("boundscheck", """\
boundscheck(flag) -> decorator

``@boundscheck(False)`` lets the compiled function skip the IndexError
checks on view indexing (out-of-range access is then undefined). Default
True. Interpreted: a no-op returning the function unchanged.""")

wraparound = _flag_directive("wraparound", """\
wraparound(flag) -> decorator

``@wraparound(False)``: negative view indices are not adjusted from the end
in compiled code. Default True. Interpreted: a no-op.""")

cdivision = _flag_directive("cdivision", """\
cdivision(flag) -> decorator

``@cdivision(True)``: C semantics for ``/ // %`` on ints in compiled code
(truncation, no zero check). Default False. Interpreted: a no-op.""")

overflowcheck = _flag_directive("overflowcheck", """\
overflowcheck(flag) -> decorator

``@overflowcheck(False)``: ``int`` arithmetic wraps instead of raising
OverflowError in compiled code. Default True. Interpreted: a no-op.""")

nogil = _bare_or_flag_directive("nogil", """\
nogil -> decorator; also nogil(flag) -> decorator

``@nogil`` or ``@nogil(True)``: the compiled call releases the GIL around
the function body. Default False. Interpreted: a no-op.""")

inline = _bare_or_flag_directive("inline", """\
inline -> decorator; also inline(flag) -> decorator

``@inline`` or ``@inline(True)``: hint to always inline the function into
its callers in compiled code. Interpreted: a no-op.""")


def compile(func):
    """Mark a function of a mixed module to be compiled (docs/language.md
    §9): ``pyirc`` compiles the functions marked ``@pyir.compile`` and keeps
    the rest of the module Python. Interpreted: returns ``func`` itself.

    Not in ``__all__``: ``from pyir import *`` does not shadow the builtin
    ``compile``; write ``@pyir.compile`` or ``from pyir import compile``.
    """
    if not callable(func) or isinstance(func, type):
        raise TypeError("@compile can only decorate a function, not %s"
                        % type(func).__name__)
    return func


def get_directives(func):
    """Return the directives in effect for ``func``: the defaults updated
    with those its decorators recorded (a new dict)."""
    result = dict(DIRECTIVE_DEFAULTS)
    result.update(getattr(func, _ATTR, None) or {})
    return result
